// Image-only scans for corpus 16: forms drawn with @napi-rs/canvas in system fonts, then photographed or scanned
// (perspective, uneven light, skew, speckle, shadows), embedded as JPEG pages with no text layer.
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { rng } from './lib.js';
import { OE_GP_CAPACITIES, capIndex, type GppCert, type OeGp } from './pdfs.js';

const FONT_DIR = '/usr/share/fonts/truetype';
let fontsReady = false;
function fonts() {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'LibSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'LibSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Regular.ttf`, 'LibSerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationMono-Regular.ttf`, 'LibMono');
  GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSans-Oblique.ttf`, 'DVOblique');
  GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-BoldOblique.ttf`, 'DVHand');
  fontsReady = true;
}

/** A4 page drawn in points (top-left origin) at a given dpi. */
class Sheet {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  readonly k: number;
  constructor(readonly dpi: number) {
    fonts();
    this.k = dpi / 72;
    this.canvas = createCanvas(Math.round(8.27 * dpi), Math.round(11.69 * dpi));
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }
  text(s: string, x: number, y: number, size: number, font = 'LibSans', color = '#111111') {
    const c = this.ctx;
    c.font = `${size * this.k}px ${font}`;
    c.fillStyle = color;
    c.textBaseline = 'top';
    c.fillText(s, x * this.k, y * this.k);
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#111111') {
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = w * this.k;
    c.beginPath();
    c.moveTo(x1 * this.k, y1 * this.k);
    c.lineTo(x2 * this.k, y2 * this.k);
    c.stroke();
  }
  rect(x: number, y: number, w: number, h: number, lw = 0.6, fill?: string) {
    const c = this.ctx;
    if (fill) {
      c.fillStyle = fill;
      c.fillRect(x * this.k, y * this.k, w * this.k, h * this.k);
    }
    c.strokeStyle = '#111111';
    c.lineWidth = lw * this.k;
    c.strokeRect(x * this.k, y * this.k, w * this.k, h * this.k);
  }
  tick(x: number, y: number, s: number, color = '#1a2a6c') {
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = 1.8 * this.k;
    c.beginPath();
    c.moveTo((x + s * 0.1) * this.k, (y + s * 0.5) * this.k);
    c.lineTo((x + s * 0.4) * this.k, (y + s * 0.9) * this.k);
    c.lineTo((x + s * 1.0) * this.k, (y - s * 0.1) * this.k);
    c.stroke();
  }
  signature(x: number, y: number, w: number, seed: string, color = '#1a2a6c') {
    const r = rng(seed);
    const c = this.ctx;
    c.strokeStyle = color;
    c.lineWidth = 1.4 * this.k;
    c.beginPath();
    let px = x;
    let py = y + 14;
    c.moveTo(px * this.k, py * this.k);
    const n = 6;
    for (let i = 0; i < n; i++) {
      const nx = x + ((i + 1) / n) * w;
      const ny = y + 4 + r() * 18;
      c.bezierCurveTo((px + 8) * this.k, (py - 18 * r()) * this.k, (nx - 10) * this.k, (ny + 16 * r()) * this.k, nx * this.k, ny * this.k);
      px = nx;
      py = ny;
    }
    c.stroke();
  }
}

function speckle(canvas: Canvas, seed: string, amount: number, grey: number, dots: number) {
  const r = rng(seed);
  const ctx = canvas.getContext('2d');
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (r() - 0.5) * amount;
    for (let j = 0; j < 3; j++) d[i + j] = Math.max(0, Math.min(255, Math.round(d[i + j]! * grey + n)));
  }
  ctx.putImageData(img, 0, 0);
  ctx.fillStyle = 'rgba(20,20,20,0.7)';
  for (let i = 0; i < dots; i++) {
    const x = r() * canvas.width;
    const y = r() * canvas.height;
    ctx.fillRect(x, y, 1 + r() * 2.5, 1 + r() * 2.5);
  }
}

async function imagePdf(pages: { jpeg: Buffer; wPt: number; hPt: number }[], meta: { producer: string; creator: string; title: string; date: string }): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  doc.setTitle(meta.title);
  doc.setCreationDate(new Date(meta.date));
  doc.setModificationDate(new Date(meta.date));
  for (const pg of pages) {
    const img = await doc.embedJpg(pg.jpeg);
    const page = doc.addPage([pg.wPt, pg.hPt]);
    page.drawImage(img, { x: 0, y: 0, width: pg.wPt, height: pg.hPt });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** An MFD scan: the sheet rotated by `skewDeg` onto a grey platen, with a shadowed edge and speckle. */
async function mfdScan(sheet: Sheet, seed: string, o: { skewDeg: number; grey: number; shadow: 'left' | 'top' | 'right'; colour: boolean }): Promise<Buffer> {
  const W = sheet.canvas.width;
  const H = sheet.canvas.height;
  const out = createCanvas(W, H);
  const c = out.getContext('2d');
  c.fillStyle = o.colour ? '#d8d6d0' : '#cfcfcf';
  c.fillRect(0, 0, W, H);
  c.save();
  c.translate(W / 2 + W * 0.006, H / 2 + H * 0.004);
  c.rotate((o.skewDeg * Math.PI) / 180);
  c.drawImage(sheet.canvas, -W / 2, -H / 2, W * 0.985, H * 0.985);
  c.restore();
  const g = o.shadow === 'left' ? c.createLinearGradient(0, 0, W * 0.07, 0) : o.shadow === 'right' ? c.createLinearGradient(W, 0, W * 0.93, 0) : c.createLinearGradient(0, 0, 0, H * 0.05);
  g.addColorStop(0, 'rgba(40,40,40,0.75)');
  g.addColorStop(1, 'rgba(40,40,40,0)');
  c.fillStyle = g;
  c.fillRect(0, 0, W, H);
  speckle(out, seed, 26, o.grey, 900);
  if (!o.colour) {
    const img = c.getImageData(0, 0, W, H);
    const d = img.data;
    for (let i = 0; i < d.length; i += 4) {
      const y = Math.round(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
      d[i] = d[i + 1] = d[i + 2] = y;
    }
    c.putImageData(img, 0, 0);
  }
  return out.encode('jpeg', 78);
}

// ---------------------------------------------------------------------------
// GPP certification form, printed, filled in on screen, signed in pen, then photographed on a desk with a phone.
function drawGppCert(s: Sheet, v: GppCert) {
  const L = 50;
  s.text('Primary Care Support England', L, 40, 11, 'LibSansBold', '#005eb8');
  s.text('GP PAYMENTS AND PENSIONS', L, 56, 11, 'LibSans', '#005eb8');
  s.text('Practice User Administrator Certification Form', L, 82, 17, 'LibSansBold');
  s.text('Complete BOTH parts. Return to pcse.portalenquiries@nhs.net', L, 108, 11);
  s.text('PART 1   The practice and the person nominated', L, 140, 13, 'LibSansBold');
  const row = (label: string, value: string, y: number) => {
    s.text(label, L, y, 11);
    s.line(220, y + 16, 545, y + 16);
    s.text(value, 226, y + 1, 12.5, 'LibSerif', '#1b1b1b');
  };
  row('Practice name', v.practiceName, 166);
  row('Practice ODS code', v.practiceCode, 194);
  row('Practice address', v.practiceAddress, 222);
  row('Nominee name', v.nomineeName, 250);
  row('Nominee job title', v.nomineeTitle, 278);
  row('Nominee email', v.nomineeEmail, 306);
  row('Nominee telephone', v.nomineePhone, 334);
  s.text('PART 2   Approval', L, 380, 13, 'LibSansBold');
  s.text('I am one of the organisation\'s approvers and I approve this nomination.', L, 402, 11);
  row('Approver name', v.approverName, 430);
  row('Role', v.approverRole, 458);
  row('Approver email', v.approverEmail, 486);
  s.text('Signature', L, 520, 11);
  s.line(220, 546, 545, 546);
  if (v.signed) s.signature(240, 520, 150, v.approverName);
  row('Date', v.date, 560);
  s.text('PCSE use only:  received ________   actioned ________', L, 640, 10, 'LibSans', '#555555');
}

export async function gppCertPhonePhoto(v: GppCert, seed: string, date: string): Promise<Buffer> {
  const sheet = new Sheet(200);
  drawGppCert(sheet, v);
  const src = sheet.canvas;
  const W = 1500;
  const H = 2000;
  const out = createCanvas(W, H);
  const c = out.getContext('2d');
  // desk
  const desk = c.createLinearGradient(0, 0, W, H);
  desk.addColorStop(0, '#6b5a45');
  desk.addColorStop(1, '#3e3226');
  c.fillStyle = desk;
  c.fillRect(0, 0, W, H);
  // keystone: the phone was held nearer the bottom of the page
  const TL = { x: 205, y: 95 };
  const TR = { x: 1320, y: 130 };
  const BL = { x: 70, y: 1905 };
  const BR = { x: 1445, y: 1880 };
  const sw = src.width;
  const sh = src.height;
  const strip = 3;
  for (let y = 0; y < sh; y += strip) {
    const t0 = y / sh;
    const t1 = Math.min(1, (y + strip) / sh);
    const l0 = { x: TL.x + (BL.x - TL.x) * t0, y: TL.y + (BL.y - TL.y) * t0 };
    const r0 = { x: TR.x + (BR.x - TR.x) * t0, y: TR.y + (BR.y - TR.y) * t0 };
    const l1 = { x: TL.x + (BL.x - TL.x) * t1, y: TL.y + (BL.y - TL.y) * t1 };
    const xv = { x: (r0.x - l0.x) / sw, y: (r0.y - l0.y) / sw };
    const yv = { x: (l1.x - l0.x) / strip, y: (l1.y - l0.y) / strip };
    c.setTransform(xv.x, xv.y, yv.x, yv.y, l0.x, l0.y);
    c.drawImage(src, 0, y, sw, strip + 1, 0, 0, sw, strip + 1);
  }
  c.setTransform(1, 0, 0, 1, 0, 0);
  // uneven light: a lamp to the top left, the phone's shadow bottom right
  c.globalCompositeOperation = 'multiply';
  const light = c.createRadialGradient(W * 0.25, H * 0.15, 80, W * 0.5, H * 0.55, W * 1.15);
  light.addColorStop(0, '#fffdf4');
  light.addColorStop(0.6, '#d9d2c2');
  light.addColorStop(1, '#8f8674');
  c.fillStyle = light;
  c.fillRect(0, 0, W, H);
  const shade = c.createRadialGradient(W * 0.85, H * 0.92, 20, W * 0.85, H * 0.92, 520);
  shade.addColorStop(0, 'rgba(70,70,70,0.55)');
  shade.addColorStop(1, 'rgba(255,255,255,0)');
  c.fillStyle = shade;
  c.fillRect(0, 0, W, H);
  c.globalCompositeOperation = 'source-over';
  speckle(out, seed, 14, 1, 0);
  const jpeg = await out.encode('jpeg', 82);
  return imagePdf([{ jpeg, wPt: 595, hPt: 793 }], { producer: 'iOS Version 18.1.1 (Build 22B91) Quartz PDFContext', creator: 'Photos', title: 'IMG_4471', date });
}

// ---------------------------------------------------------------------------
// Open Exeter GP Primary User form (this writer's own layout), printed, completed by hand or typed, scanned.
function drawOeGp(s: Sheet, v: OeGp, hand: boolean) {
  const L = 50;
  const valFont = hand ? 'DVHand' : 'LibSans';
  const valColour = hand ? '#1a2a6c' : '#111111';
  const val = (x: string) => (hand && !x.includes('@') ? x.toUpperCase() : x);
  s.rect(L, 36, 495, 54, 1, '#e8eef8');
  s.text('OPEN EXETER', L + 12, 44, 16, 'LibSansBold', '#003087');
  s.text('Primary User request form – GP practices', L + 12, 66, 12.5);
  s.text('Section 1: the practice', L, 110, 12.5, 'LibSansBold');
  const row = (label: string, value: string, y: number) => {
    s.rect(L, y, 165, 26, 0.6, '#f4f4f4');
    s.rect(L + 165, y, 330, 26, 0.6);
    s.text(label, L + 6, y + 7, 11);
    s.text(val(value), L + 172, y + 6, 12, valFont, valColour);
  };
  row('Practice name', v.practiceName, 130);
  row('Practice code', v.code, 156);
  row('Address', v.address, 182);
  s.text('Section 2: the Primary User', L, 226, 12.5, 'LibSansBold');
  row('Full name', v.nomineeName, 246);
  row('Job title', v.nomineeTitle, 272);
  row('NHSmail address', v.nomineeEmail, 298);
  row('Telephone', v.nomineePhone, 324);
  s.text('Section 3: authorised signatory – tick one', L, 368, 12.5, 'LibSansBold');
  OE_GP_CAPACITIES.forEach((cap, i) => {
    s.rect(L + 4, 392 + i * 22, 13, 13, 0.8);
    s.text(cap, L + 26, 392 + i * 22, 11.5);
    if (capIndex(v.capacity) === i) s.tick(L + 4, 392 + i * 22, 13);
  });
  row('Signatory name', v.signatoryName, 512);
  row('Position', v.signatoryRole, 538);
  s.rect(L, 564, 165, 44, 0.6, '#f4f4f4');
  s.rect(L + 165, 564, 330, 44, 0.6);
  s.text('Signature', L + 6, 578, 11);
  if (v.signed) s.signature(L + 190, 574, 150, v.signatoryName);
  row('Date', v.date, 608);
  s.text('This form must be signed above (bottom of page 1). Email it to pcse.openexeter@nhs.net', L, 650, 10.5, 'LibSans', '#444444');
}

export async function oeGpScanWithStickyNote(v: OeGp, note: string[], seed: string, date: string): Promise<Buffer> {
  const sheet = new Sheet(150);
  drawOeGp(sheet, v, true);
  // The sticky note was on the sheet when it went through the scanner.
  const c = sheet.ctx;
  const k = sheet.k;
  c.save();
  c.translate(360 * k, 668 * k);
  c.rotate((-4 * Math.PI) / 180);
  c.fillStyle = 'rgba(0,0,0,0.18)';
  c.fillRect(6 * k, 6 * k, 180 * k, 120 * k);
  const g = c.createLinearGradient(0, 0, 0, 120 * k);
  g.addColorStop(0, '#fff27a');
  g.addColorStop(1, '#f7e35a');
  c.fillStyle = g;
  c.fillRect(0, 0, 180 * k, 120 * k);
  c.fillStyle = '#2a2a8a';
  c.font = `${14 * k}px DVOblique`;
  c.textBaseline = 'top';
  note.forEach((ln, i) => c.fillText(ln, 10 * k, (12 + i * 20) * k));
  c.restore();
  const jpeg = await mfdScan(sheet, seed, { skewDeg: 0.9, grey: 0.97, shadow: 'top', colour: true });
  return imagePdf([{ jpeg, wPt: 595.28, hPt: 841.89 }], { producer: 'KONICA MINOLTA bizhub C300i', creator: 'KONICA MINOLTA bizhub C300i', title: 'SKM_C300i26112309410', date });
}

export async function oeGpScanMfd(v: OeGp, seed: string, date: string): Promise<Buffer> {
  const sheet = new Sheet(150);
  drawOeGp(sheet, v, false);
  const jpeg = await mfdScan(sheet, seed, { skewDeg: -1.3, grey: 0.9, shadow: 'left', colour: false });
  return imagePdf([{ jpeg, wPt: 595.28, hPt: 841.89 }], { producer: 'Xerox AltaLink C8130', creator: 'Xerox AltaLink C8130', title: 'Scan_0042', date });
}

// ---------------------------------------------------------------------------
// PCN user administrator request approved by the ICB (layout of this writer's own), scanned in greyscale.
export interface PcnForm {
  pcnName: string; pcnCode: string; leadPractice: string; nomineeName: string; nomineeRole: string; nomineeEmail: string;
  approverName: string; approverTitle: string; icb: string; approverEmail: string; ael: boolean; date: string;
}

export async function pcnFormScan(v: PcnForm, seed: string, date: string): Promise<Buffer> {
  const s = new Sheet(150);
  const L = 56;
  s.text('PCSE Online – PCN User Administrator request', L, 46, 16, 'LibSansBold');
  s.text('For a Primary Care Network with no PCN user admin. To be approved by the ICB.', L, 72, 11);
  const row = (label: string, value: string, y: number) => {
    s.text(label, L, y, 11.5);
    s.text(value, 236, y, 12.5, 'LibMono');
    s.line(232, y + 17, 540, y + 17, 0.5, '#555555');
  };
  s.text('1  Network', L, 104, 13, 'LibSansBold');
  row('PCN name', v.pcnName, 126);
  row('PCN ODS code', v.pcnCode, 152);
  row('Lead practice', v.leadPractice, 178);
  s.text('2  Nominated PCN user administrator', L, 220, 13, 'LibSansBold');
  row('Name', v.nomineeName, 242);
  row('Role in the PCN', v.nomineeRole, 268);
  row('Email', v.nomineeEmail, 294);
  s.text('3  ICB approval', L, 336, 13, 'LibSansBold');
  row('Approver name', v.approverName, 358);
  row('Job title', v.approverTitle, 384);
  row('ICB', v.icb, 410);
  row('Approver email', v.approverEmail, 436);
  s.rect(L, 472, 13, 13, 0.8);
  if (v.ael) s.tick(L, 472, 13, '#111111');
  s.text('I am listed as an approver on the NHSE Authorised Email List (AEL).', L + 22, 472, 11.5);
  s.text('Signature', L, 508, 11.5);
  s.line(232, 530, 540, 530, 0.5, '#555555');
  s.signature(250, 506, 140, v.approverName, '#222222');
  row('Date', v.date, 544);
  s.text('Send to pcse.portalenquiries@nhs.net from the approver\'s or the PCN\'s NHSmail account.', L, 600, 10, 'LibSans', '#444444');
  const jpeg = await mfdScan(s, seed, { skewDeg: 0.6, grey: 0.86, shadow: 'right', colour: false });
  return imagePdf([{ jpeg, wPt: 595.28, hPt: 841.89 }], { producer: 'Canon iR-ADV C5535', creator: 'Canon iR-ADV C5535', title: '', date });
}

/** For looking at a scan while writing the corpus: the sheet alone as PNG. */
export async function previewOeGp(v: OeGp): Promise<Buffer> {
  const s = new Sheet(150);
  drawOeGp(s, v, true);
  return s.canvas.encode('png');
}
