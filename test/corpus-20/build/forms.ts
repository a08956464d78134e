// The PCSE forms this writer's senders attach: GPP Practice User Administrator certification and the two Open Exeter
// Primary User request forms. One layout description, drawn three ways: flat text (pdf-lib), fillable AcroForm
// (pdf-lib, with whatever field names the sender's copy happened to have) and image-only scans (@napi-rs/canvas → JPEG
// → pdf-lib), so a scan is recognisably the same form as its digital sibling.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'FormSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'FormSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Oblique.ttf`, 'HandA');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Italic.ttf`, 'HandB');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'Typewriter');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'HandC');

export const W = 595.28;
export const H = 841.89;
const FIXED_DATE = new Date('2026-11-02T09:00:00Z');

export interface Box {
  x: number;
  y: number; // top, from the top of the page
  w: number;
  h: number;
  page: number;
}

/** Drawing surface in points with the origin at the top left. */
interface Drawer {
  page(n: number): void;
  text(s: string, x: number, y: number, size: number, bold?: boolean, grey?: number): void;
  rect(x: number, y: number, w: number, h: number, fill?: number, stroke?: boolean): void;
  line(x1: number, y1: number, x2: number, y2: number, width?: number): void;
  width(s: string, size: number, bold?: boolean): number;
}

function para(d: Drawer, s: string, x: number, y: number, maxW: number, size: number, lead = 1.35, bold = false): number {
  const words = s.split(' ');
  let cur = '';
  let yy = y;
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (d.width(t, size, bold) > maxW && cur) {
      d.text(cur, x, yy, size, bold);
      yy += size * lead;
      cur = w;
    } else cur = t;
  }
  if (cur) d.text(cur, x, yy, size, bold);
  return yy + size * lead;
}

// ---------------------------------------------------------------- layouts

export type Layout = 'grid' | 'stacked';
export type FormKind = 'gpp' | 'oe_gp' | 'oe_other';

interface Row {
  key: string;
  label: string;
  tall?: boolean;
}

const GPP_PART1: Row[] = [
  { key: 'practiceName', label: 'Practice name' },
  { key: 'practiceCode', label: 'Practice code (ODS code)' },
  { key: 'practiceAddress', label: 'Practice address', tall: true },
  { key: 'nomineeName', label: 'Full name of nominated User Administrator' },
  { key: 'nomineeJob', label: 'Job title' },
  { key: 'nomineeEmail', label: 'Email address (nhs.net)' },
  { key: 'nomineePhone', label: 'Contact telephone number' },
];
const GPP_PART2: Row[] = [
  { key: 'approverName', label: 'Approver full name' },
  { key: 'approverRole', label: 'Approver role / position in the practice' },
  { key: 'approverEmail', label: 'Approver email address' },
  { key: 'signature', label: 'Signature', tall: true },
  { key: 'date', label: 'Date' },
];
const OE_USER: Row[] = [
  { key: 'title', label: 'Title' },
  { key: 'forename', label: 'Forename' },
  { key: 'surname', label: 'Surname' },
  { key: 'jobTitle', label: 'Job title' },
  { key: 'email', label: 'Email address' },
  { key: 'userPhone', label: 'Telephone' },
];
const OE_GP_ORG: Row[] = [
  { key: 'orgName', label: 'Practice name' },
  { key: 'orgCode', label: 'Practice code' },
  { key: 'orgAddress', label: 'Practice address', tall: true },
  { key: 'orgPhone', label: 'Practice telephone' },
];
const OE_OTHER_ORG: Row[] = [
  { key: 'orgName', label: 'Organisation name' },
  { key: 'orgType', label: 'Type of organisation' },
  { key: 'orgCode', label: 'Organisation code (if known)' },
  { key: 'orgAddress', label: 'Address', tall: true },
  { key: 'orgPhone', label: 'Telephone' },
];
const OE_SIGN: Row[] = [
  { key: 'signatoryName', label: 'Name of signatory' },
  { key: 'signatoryEmail', label: 'Signatory email address' },
  { key: 'signature', label: 'Signature', tall: true },
  { key: 'date', label: 'Date' },
];
export const OE_GP_TICKS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_TICKS = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];

function rows(d: Drawer, list: Row[], y0: number, layout: Layout, boxes: Record<string, Box>, page: number): number {
  let y = y0;
  for (const r of list) {
    const hh = r.tall ? 34 : 19;
    if (layout === 'grid') {
      d.text(r.label, 50, y + 13, 9);
      d.rect(245, y, 300, hh, undefined, true);
      boxes[r.key] = { x: 245, y, w: 300, h: hh, page };
      y += hh + 7;
    } else {
      // label on its own line, the answer on a ruled line below it
      const vh = r.tall ? 28 : 16;
      d.text(r.label, 50, y + 9, 8.5, true);
      d.line(50, y + 11 + vh, 545, y + 11 + vh, 0.5);
      boxes[r.key] = { x: 46, y: y + 10, w: 499, h: vh, page };
      y += vh + 15;
    }
  }
  return y;
}

function header(d: Drawer, service: string, title: string, ref: string): number {
  d.rect(0, 0, W, 8, 0.0);
  d.text('Primary Care Support England', 50, 40, 10, true, 0.3);
  d.rect(470, 24, 75, 28, 0.15);
  d.text('PCSE', 483, 44, 16, true, 1);
  d.text(service, 50, 74, 15, true);
  d.text(title, 50, 94, 13, true);
  d.text(ref, 50, 810, 7, false, 0.4);
  return 112;
}

function section(d: Drawer, s: string, y: number): number {
  d.rect(45, y, 505, 18, 0.88);
  d.text(s, 50, y + 13, 10, true);
  return y + 26;
}

function ticks(d: Drawer, list: string[], y0: number, boxes: Record<string, Box>, page: number): number {
  let y = y0;
  list.forEach((t, i) => {
    d.rect(60, y, 11, 11, undefined, true);
    boxes[`tick${i}`] = { x: 60, y, w: 11, h: 11, page };
    d.text(t, 80, y + 9.5, 9.5);
    y += 15;
  });
  return y + 4;
}

/** Draws the static form; returns the value boxes. */
function drawForm(d: Drawer, kind: FormKind, layout: Layout, withGuidancePage: boolean): Record<string, Box> {
  const b: Record<string, Box> = {};
  d.page(0);
  if (kind === 'gpp') {
    let y = header(d, 'GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form', 'PCSE GPP Practice User Administrator Certification Form  v2.1  October 2025      Page 1 of 1');
    y = para(d, 'Use this form if your practice has no GPP Practice User Administrator, or needs another one. The GPP Practice User Administrator can create users and assign GP Payments and Pensions roles (for example Joiner & Leaver, Practice Estimate and Salary Change). Each practice can have a maximum of four GPP Practice User Administrators. Complete both parts of this form and return it to pcse.portalenquiries@nhs.net.', 50, y + 4, 495, 8.5);
    y = section(d, 'Part 1 - Practice and nominated User Administrator', y + 4);
    y = rows(d, GPP_PART1, y, layout, b, 0);
    y = section(d, 'Part 2 - Certification by an organisation approver', y + 4);
    y = para(d, 'I certify that the person named in Part 1 works at the practice named above and I authorise PCSE to give them the GPP Practice User Administrator role in PCSE Online. This part must be completed by one of the organisation\'s approvers.', 50, y + 2, 495, 8.5);
    rows(d, GPP_PART2, y + 2, layout, b, 0);
    return b;
  }
  const gp = kind === 'oe_gp';
  const pages = withGuidancePage ? 2 : 1;
  let y = header(d, 'Open Exeter - Cervical Screening', gp ? 'Request for a Primary User - GP Practices' : 'Request for a Primary User - Other Organisations', `PCSE Open Exeter Primary User request (${gp ? 'GP practices' : 'other organisations'})  v3.0      Page 1 of ${pages}`);
  y = para(d, `Each organisation using Open Exeter should have a Primary User, who manages user access for other members of staff. This form must be signed by an authorised signatory at the bottom of page 1, otherwise we are unable to process the request. Email the completed form to pcse.openexeter@nhs.net.`, 50, y + 4, 495, 8.5);
  y = section(d, gp ? 'Section 1 - Practice details' : 'Section 1 - Organisation details', y + 2);
  y = rows(d, gp ? OE_GP_ORG : OE_OTHER_ORG, y, layout, b, 0);
  y = section(d, 'Section 2 - Primary User details', y + 2);
  y = rows(d, OE_USER, y, layout, b, 0);
  y = section(d, 'Section 3 - Authorised signatory', y + 2);
  d.text('I confirm that I am authorised to sign this request in the capacity ticked below (tick one):', 50, y + 8, 8.5);
  y = ticks(d, gp ? OE_GP_TICKS : OE_OTHER_TICKS, y + 16, b, 0);
  rows(d, OE_SIGN, y, layout, b, 0);
  if (withGuidancePage) {
    d.page(1);
    let y2 = header(d, 'Open Exeter - Cervical Screening', 'Guidance notes for the Primary User request', `PCSE Open Exeter Primary User request (${gp ? 'GP practices' : 'other organisations'})  v3.0      Page 2 of 2`);
    y2 = section(d, 'Who can sign this form', y2 + 4);
    y2 = para(d, gp ? 'For a GP practice the form must be signed by one of the following authorised signatories:' : 'For an organisation that is not a GP practice the form must be signed by one of the following:', 50, y2 + 4, 495, 9.5);
    for (const t of gp ? OE_GP_TICKS : OE_OTHER_TICKS) {
      d.text(`\u2022  ${t}`, 64, y2 + 4, 9.5);
      y2 += 16;
    }
    y2 = para(d, 'If you have no-one available from the list of signatories, you should request a new Caldicott Guardian before submitting this form.', 50, y2 + 10, 495, 9.5);
    y2 = section(d, 'What happens next', y2 + 8);
    y2 = para(d, 'Upon receipt of the completed form, PCSE will validate the authorised signatory and then authorise your organisation\'s request for a Primary User. The Primary User can then add, amend and delete users and reset passwords for their organisation in Open Exeter ("Organisation Maintenance").', 50, y2 + 4, 495, 9.5);
    y2 = para(d, 'Organisations are recommended to have two Primary User accounts, so that access can still be managed when one Primary User is away.', 50, y2 + 6, 495, 9.5);
    y2 = section(d, 'Data protection', y2 + 8);
    para(d, 'The information on this form is used only to set up and manage access to Open Exeter. Do not send patient information with this form.', 50, y2 + 4, 495, 9.5);
  }
  return b;
}

// ---------------------------------------------------------------- values

export interface FormValues {
  [key: string]: string | undefined;
}

export interface FormSpec {
  kind: FormKind;
  layout: Layout;
  guidancePage?: boolean;
  values: FormValues;
  /** Index of the ticked capacity box (Open Exeter forms). */
  tick?: number | null;
  /** Text written beside the tick boxes (e.g. a role that is not on the list). */
  tickNote?: string;
  /** Name drawn as a signature; null leaves the box empty. */
  signature: string | null;
}

// ---------------------------------------------------------------- pdf-lib drawers

function pdfDrawer(doc: PDFDocument, font: PDFFont, bold: PDFFont): Drawer & { pages: PDFPage[] } {
  const pages: PDFPage[] = [];
  let cur: PDFPage;
  return {
    pages,
    page(n) {
      while (pages.length <= n) pages.push(doc.addPage([W, H]));
      cur = pages[n]!;
    },
    text(s, x, y, size, isBold, grey) {
      cur.drawText(s, { x, y: H - y, size, font: isBold ? bold : font, color: grey === undefined ? rgb(0, 0, 0) : rgb(grey, grey, grey) });
    },
    rect(x, y, w, h, fill, stroke) {
      cur.drawRectangle({ x, y: H - y - h, width: w, height: h, ...(fill !== undefined ? { color: rgb(fill, fill, fill) } : {}), ...(stroke ? { borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 } : {}) });
    },
    line(x1, y1, x2, y2, width = 0.7) {
      cur.drawLine({ start: { x: x1, y: H - y1 }, end: { x: x2, y: H - y2 }, thickness: width, color: rgb(0, 0, 0) });
    },
    width(s, size, isBold) {
      return (isBold ? bold : font).widthOfTextAtSize(s, size);
    },
  };
}

/** A scribbled signature as an SVG path, seeded by the name. */
function signaturePath(name: string, w: number, h: number): string {
  const r = rng(`sig|${name}`);
  let x = 4;
  let p = `M ${x} ${h * 0.6}`;
  const n = 5 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = x + w / (n + 1);
    p += ` C ${(x + r() * 10).toFixed(1)} ${(h * (0.1 + r() * 0.3)).toFixed(1)}, ${(nx - r() * 10).toFixed(1)} ${(h * (0.6 + r() * 0.35)).toFixed(1)}, ${nx.toFixed(1)} ${(h * (0.35 + r() * 0.3)).toFixed(1)}`;
    x = nx;
  }
  p += ` M ${(w * 0.15).toFixed(1)} ${(h * 0.8).toFixed(1)} L ${(w * 0.8).toFixed(1)} ${(h * 0.72).toFixed(1)}`;
  return p;
}

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setTitle(title);
  return doc;
}

const TITLES: Record<FormKind, string> = {
  gpp: 'GPP Practice User Administrator Certification Form',
  oe_gp: 'Open Exeter Primary User request - GP practices',
  oe_other: 'Open Exeter Primary User request - other organisations',
};

/** A flat (printed-to-PDF) form: the values are text on the page. */
export async function flatForm(spec: FormSpec, producer = 'Microsoft: Print To PDF'): Promise<Buffer> {
  const doc = await newDoc(TITLES[spec.kind]);
  doc.setProducer(producer);
  doc.setCreator(producer.includes('Word') ? 'Microsoft® Word for Microsoft 365' : 'Microsoft Edge');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const d = pdfDrawer(doc, font, bold);
  const boxes = drawForm(d, spec.kind, spec.layout, spec.guidancePage ?? false);
  for (const [k, v] of Object.entries(spec.values)) {
    const b = boxes[k];
    if (!b || v === undefined || k === 'signature') continue;
    d.page(b.page);
    const lines = v.split('\n');
    lines.forEach((l, i) => d.text(l, b.x + 4, b.y + 13 + i * 11, 10));
  }
  if (spec.tick !== undefined && spec.tick !== null) {
    const b = boxes[`tick${spec.tick}`]!;
    d.page(b.page);
    d.text('X', b.x + 2, b.y + 9.5, 10, true);
  }
  if (spec.tickNote) {
    const b = boxes.tick0!;
    d.page(b.page);
    d.text(spec.tickNote, 330, b.y + 9.5, 10);
  }
  if (spec.signature) {
    const b = boxes.signature!;
    const page = d.pages[b.page]!;
    page.drawSvgPath(signaturePath(spec.signature, 150, b.h - 4), { x: b.x + 10, y: H - b.y - 2, borderColor: rgb(0.05, 0.1, 0.4), borderWidth: 1.1 });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A fillable form: AcroForm fields named as the sender's copy had them. */
export async function fillableForm(spec: FormSpec, fieldNames: Record<string, string>, tickNames: string[]): Promise<Buffer> {
  const doc = await newDoc(TITLES[spec.kind]);
  doc.setProducer('Adobe Acrobat Pro (64-bit) 25.1.20432');
  doc.setCreator('Adobe Acrobat Pro (64-bit) 25.1.20432');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const d = pdfDrawer(doc, font, bold);
  const boxes = drawForm(d, spec.kind, spec.layout, spec.guidancePage ?? false);
  const form = doc.getForm();
  for (const [k, name] of Object.entries(fieldNames)) {
    const b = boxes[k]!;
    const f = form.createTextField(name);
    const v = spec.values[k];
    if (b.h > 25) f.enableMultiline();
    if (v) f.setText(v);
    f.addToPage(d.pages[b.page]!, { x: b.x + 1, y: H - b.y - b.h + 1, width: b.w - 2, height: b.h - 2, font, borderWidth: 0 });
  }
  tickNames.forEach((name, i) => {
    const b = boxes[`tick${i}`];
    if (!b) return;
    const c = form.createCheckBox(name);
    c.addToPage(d.pages[b.page]!, { x: b.x, y: H - b.y - b.h, width: b.w, height: b.h, borderWidth: 0 });
    if (spec.tick === i) c.check();
  });
  if (spec.tickNote) {
    const b = boxes.tick0!;
    d.page(b.page);
    d.text(spec.tickNote, 330, b.y + 9.5, 10);
  }
  if (spec.signature) {
    const b = boxes.signature!;
    d.pages[b.page]!.drawSvgPath(signaturePath(spec.signature, 150, b.h - 4), { x: b.x + 10, y: H - b.y - 2, borderColor: rgb(0.05, 0.1, 0.4), borderWidth: 1.1 });
  }
  form.updateFieldAppearances(font);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- scans

export type ScanStyle = 'photo' | 'mfd';
export type Hand = 'typed' | 'hand' | 'capitals';

const DPI = 150;
const K = DPI / 72;
const PX_W = 1240;
const PX_H = 1754;

function canvasDrawer(ctxs: SKRSContext2D[]): Drawer {
  let ctx = ctxs[0]!;
  return {
    page(n) {
      ctx = ctxs[n]!;
    },
    text(s, x, y, size, isBold, grey) {
      const g = Math.round((grey ?? 0) * 255);
      ctx.fillStyle = `rgb(${g},${g},${g})`;
      ctx.font = `${(size * K).toFixed(1)}px ${isBold ? 'FormSansBold' : 'FormSans'}`;
      ctx.fillText(s, x * K, y * K);
    },
    rect(x, y, w, h, fill, stroke) {
      if (fill !== undefined) {
        const g = Math.round(fill * 255);
        ctx.fillStyle = `rgb(${g},${g},${g})`;
        ctx.fillRect(x * K, y * K, w * K, h * K);
      }
      if (stroke) {
        ctx.strokeStyle = 'rgb(50,50,50)';
        ctx.lineWidth = 1.4;
        ctx.strokeRect(x * K, y * K, w * K, h * K);
      }
    },
    line(x1, y1, x2, y2, width = 0.7) {
      ctx.strokeStyle = 'black';
      ctx.lineWidth = width * K;
      ctx.beginPath();
      ctx.moveTo(x1 * K, y1 * K);
      ctx.lineTo(x2 * K, y2 * K);
      ctx.stroke();
    },
    width(s, size, isBold) {
      ctx.font = `${(size * K).toFixed(1)}px ${isBold ? 'FormSansBold' : 'FormSans'}`;
      return ctx.measureText(s).width / K;
    },
  };
}

/** Writes `s` as if by hand: each glyph slightly turned, resized and off the line. */
function handwrite(ctx: SKRSContext2D, s: string, x: number, y: number, sizePx: number, r: () => number, font: string, ink: string): void {
  let cx = x;
  const drift = (r() - 0.5) * 0.03;
  const slant = -0.12 - r() * 0.1;
  for (const ch of s) {
    const sz = sizePx * (0.88 + r() * 0.24);
    ctx.save();
    ctx.font = `${sz.toFixed(1)}px ${font}`;
    ctx.fillStyle = ink;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 0.6 + r() * 0.5;
    ctx.translate(cx, y + (r() - 0.5) * 4 + (cx - x) * drift);
    ctx.rotate((r() - 0.5) * 0.16);
    ctx.transform(1, 0, slant + (r() - 0.5) * 0.08, 1, 0, 0);
    ctx.fillText(ch, 0, 0);
    ctx.strokeText(ch, 0, 0); // pen pressure: a heavier stroke on some letters
    const w = ctx.measureText(ch).width;
    ctx.restore();
    cx += w * (0.86 + r() * 0.2) + (ch === ' ' ? r() * 4 : 0);
  }
}

function drawScribble(ctx: SKRSContext2D, name: string, x: number, y: number, w: number, h: number, ink: string): void {
  const r = rng(`scr|${name}`);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2.6;
  ctx.beginPath();
  let px = x;
  ctx.moveTo(px, y + h * 0.6);
  const n = 5 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = px + w / (n + 1);
    ctx.bezierCurveTo(px + r() * 20, y + h * (0.1 + r() * 0.3), nx - r() * 20, y + h * (0.6 + r() * 0.35), nx, y + h * (0.35 + r() * 0.3));
    px = nx;
  }
  ctx.moveTo(x + w * 0.15, y + h * 0.85);
  ctx.lineTo(x + w * 0.8, y + h * 0.76);
  ctx.stroke();
}

function addNoise(ctx: SKRSContext2D, w: number, h: number, r: () => number, amount: number, tint: [number, number, number]): void {
  const img = ctx.getImageData(0, 0, w, h);
  const px = img.data;
  for (let i = 0; i < px.length; i += 4) {
    const n = (r() - 0.5) * amount;
    px[i] = Math.max(0, Math.min(255, px[i]! * tint[0] + n));
    px[i + 1] = Math.max(0, Math.min(255, px[i + 1]! * tint[1] + n));
    px[i + 2] = Math.max(0, Math.min(255, px[i + 2]! * tint[2] + n));
  }
  // speckle
  for (let k = 0; k < (w * h) / 2500; k++) {
    const x = Math.floor(r() * w);
    const y = Math.floor(r() * h);
    const i = (y * w + x) * 4;
    const v = 40 + r() * 60;
    px[i] = v;
    px[i + 1] = v;
    px[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
}

/** An image-only scan of the form: pages rendered at 150 dpi, written into, then photographed or scanned. */
export async function scannedForm(spec: FormSpec, style: ScanStyle, hand: Hand, seed: string, angleDeg: number): Promise<Buffer> {
  const pages = spec.guidancePage ? 2 : 1;
  const canvases = Array.from({ length: pages }, () => createCanvas(PX_W, PX_H));
  const ctxs = canvases.map((c) => {
    const ctx = c.getContext('2d');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, PX_W, PX_H);
    return ctx;
  });
  const d = canvasDrawer(ctxs);
  const boxes = drawForm(d, spec.kind, spec.layout, spec.guidancePage ?? false);
  const r = rng(seed);
  const ink = hand === 'typed' ? 'rgb(15,15,15)' : 'rgb(18,32,105)';
  for (const [k, v0] of Object.entries(spec.values)) {
    const b = boxes[k];
    if (!b || v0 === undefined || k === 'signature') continue;
    const ctx = ctxs[b.page]!;
    const v = hand === 'capitals' && !k.toLowerCase().includes('email') ? v0.toUpperCase() : v0;
    v.split('\n').forEach((line, i) => {
      const bx = (b.x + 5) * K;
      const by = (b.y + 14 + i * 12) * K;
      if (hand === 'typed') {
        ctx.fillStyle = ink;
        ctx.font = `${(10 * K).toFixed(1)}px Typewriter`;
        ctx.fillText(line, bx, by);
      } else handwrite(ctx, line, bx, by, 11.5 * K, r, hand === 'capitals' ? 'HandC' : 'HandA', ink);
    });
  }
  if (spec.tick !== undefined && spec.tick !== null) {
    const b = boxes[`tick${spec.tick}`]!;
    const ctx = ctxs[b.page]!;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo((b.x + 1) * K, (b.y + 6) * K);
    ctx.lineTo((b.x + 4.5) * K, (b.y + 10.5) * K);
    ctx.lineTo((b.x + 13) * K, (b.y - 2) * K);
    ctx.stroke();
  }
  if (spec.tickNote) {
    const b = boxes.tick0!;
    handwrite(ctxs[b.page]!, spec.tickNote, 330 * K, (b.y + 10) * K, 11.5 * K, r, 'HandA', ink);
  }
  if (spec.signature) {
    const b = boxes.signature!;
    drawScribble(ctxs[b.page]!, spec.signature, (b.x + 14) * K, (b.y + 2) * K, 170 * K, (b.h - 4) * K, 'rgb(18,32,105)');
  }

  const doc = await newDoc('Scanned Document');
  doc.setProducer(style === 'photo' ? 'Microsoft Lens' : 'RICOH IM C3000');
  doc.setCreator(style === 'photo' ? 'Microsoft Lens' : 'RICOH IM C3000');
  for (let p = 0; p < pages; p++) {
    const out = createCanvas(PX_W, PX_H);
    const o = out.getContext('2d');
    const rr = rng(`${seed}|page${p}`);
    if (style === 'photo') {
      // a phone photo of the sheet on a desk: dark surround, sheet turned and smaller, uneven light
      o.fillStyle = 'rgb(74,62,52)';
      o.fillRect(0, 0, PX_W, PX_H);
      o.save();
      o.translate(PX_W / 2 + 14, PX_H / 2 + 6);
      o.rotate(((angleDeg + p * 0.7) * Math.PI) / 180);
      o.scale(0.9, 0.9);
      o.shadowColor = 'rgba(0,0,0,0.5)';
      o.shadowBlur = 25;
      o.drawImage(canvases[p]!, -PX_W / 2, -PX_H / 2);
      o.restore();
      const g = o.createLinearGradient(0, 0, PX_W, PX_H);
      g.addColorStop(0, 'rgba(255,250,235,0.10)');
      g.addColorStop(0.6, 'rgba(0,0,0,0.0)');
      g.addColorStop(1, 'rgba(0,0,0,0.22)');
      o.fillStyle = g;
      o.fillRect(0, 0, PX_W, PX_H);
      addNoise(o, PX_W, PX_H, rr, 18, [0.97, 0.95, 0.9]);
    } else {
      o.fillStyle = 'rgb(246,245,241)';
      o.fillRect(0, 0, PX_W, PX_H);
      o.save();
      o.translate(PX_W / 2, PX_H / 2);
      o.rotate(((angleDeg + p * -0.4) * Math.PI) / 180);
      o.drawImage(canvases[p]!, -PX_W / 2 + 6, -PX_H / 2 + 4);
      o.restore();
      // a shadowed binding edge
      const g = o.createLinearGradient(0, 0, 40, 0);
      g.addColorStop(0, 'rgba(0,0,0,0.35)');
      g.addColorStop(1, 'rgba(0,0,0,0)');
      o.fillStyle = g;
      o.fillRect(0, 0, 40, PX_H);
      addNoise(o, PX_W, PX_H, rr, 12, [0.98, 0.98, 0.97]);
    }
    const jpg = out.encodeSync('jpeg', style === 'photo' ? 72 : 80);
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([W, H]);
    page.drawImage(img, { x: 0, y: 0, width: W, height: H });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A plain one-page letter-like PDF (e.g. the ODS team's report of a new code). */
export async function simpleDoc(title: string, lines: { text: string; size?: number; bold?: boolean }[]): Promise<Buffer> {
  const doc = await newDoc(title);
  doc.setProducer('Organisation Data Service reporting');
  doc.setCreator('ODS Portal');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([W, H]);
  let y = 70;
  for (const l of lines) {
    const size = l.size ?? 10;
    if (l.text) page.drawText(l.text, { x: 60, y: H - y, size, font: l.bold ? bold : font });
    y += size * 1.6;
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
