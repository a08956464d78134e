// Printed forms filled in by hand, then scanned: drawn with @napi-rs/canvas at 150 dpi, degraded like an office MFD
// scan (skew, blur, noise, speckle, a shadowed edge, JPEG), one JPEG per page. Every random choice is seeded.
import { Canvas, GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { rng } from './lib.js';

const DPI = 150;
const S = DPI / 72;
const W = Math.round(595.28 * S);
const H = Math.round(841.89 * S);

let fontsReady = false;
function fonts(): void {
  if (fontsReady) return;
  const d = '/usr/share/fonts/truetype';
  GlobalFonts.registerFromPath(`${d}/liberation/LiberationSans-Regular.ttf`, 'PrintSans');
  GlobalFonts.registerFromPath(`${d}/liberation/LiberationSans-Bold.ttf`, 'PrintSansBold');
  GlobalFonts.registerFromPath(`${d}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'HandSlant');
  GlobalFonts.registerFromPath(`${d}/dejavu/DejaVuSerif-Italic.ttf`, 'HandLoop');
  GlobalFonts.registerFromPath(`${d}/dejavu/DejaVuSansMono.ttf`, 'HandBlock');
  GlobalFonts.registerFromPath(`${d}/liberation/LiberationSansNarrow-Italic.ttf`, 'HandNarrow');
  fontsReady = true;
}

export type HandStyle = 'HandSlant' | 'HandLoop' | 'HandBlock' | 'HandNarrow';

export interface Pen {
  style: HandStyle;
  ink: string;
  size: number; // pt
  rnd: () => number;
}

export class Sheet {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  constructor() {
    fonts();
    this.canvas = createCanvas(W, H);
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, W, H);
    this.ctx.scale(S, S);
  }
  text(t: string, x: number, y: number, size = 9.5, bold = false, color = '#111111'): void {
    this.ctx.fillStyle = color;
    this.ctx.font = `${size}px ${bold ? 'PrintSansBold' : 'PrintSans'}`;
    this.ctx.fillText(t, x, y);
  }
  wrapText(t: string, x: number, y: number, width: number, size = 9, lead = 1.3): number {
    this.ctx.font = `${size}px PrintSans`;
    let cur = '';
    for (const w of t.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (this.ctx.measureText(next).width > width && cur) {
        this.text(cur, x, y, size);
        y += size * lead;
        cur = w;
      } else cur = next;
    }
    this.text(cur, x, y, size);
    return y + size * lead;
  }
  box(x: number, y: number, w: number, h: number, lw = 0.8, fill?: string): void {
    if (fill) {
      this.ctx.fillStyle = fill;
      this.ctx.fillRect(x, y, w, h);
    }
    this.ctx.strokeStyle = '#333333';
    this.ctx.lineWidth = lw;
    this.ctx.strokeRect(x, y, w, h);
  }
  band(t: string, x: number, y: number, w: number): void {
    this.ctx.fillStyle = '#1d5fa8';
    this.ctx.fillRect(x, y, w, 17);
    this.text(t, x + 6, y + 12.5, 10.5, true, '#ffffff');
  }
  nhs(x: number, y: number): void {
    this.ctx.fillStyle = '#1d5fa8';
    this.ctx.fillRect(x, y, 62, 26);
    this.text('NHS', x + 8, y + 20, 17, true, '#ffffff');
  }
  /** Handwriting: letter by letter, each with its own lean, size and baseline. */
  hand(t: string, x: number, y: number, pen: Pen): number {
    const c = this.ctx;
    c.fillStyle = pen.ink;
    c.strokeStyle = pen.ink;
    let cx = x;
    for (const ch of t) {
      const sz = pen.size * (0.92 + pen.rnd() * 0.16);
      c.font = `${sz}px ${pen.style}`;
      c.save();
      c.translate(cx, y + (pen.rnd() - 0.5) * pen.size * 0.12);
      c.rotate((pen.rnd() - 0.5) * 0.09);
      c.fillText(ch, 0, 0);
      c.lineWidth = 0.25;
      c.strokeText(ch, 0, 0);
      c.restore();
      cx += c.measureText(ch).width * (0.97 + pen.rnd() * 0.1);
    }
    return cx;
  }
  tick(x: number, y: number, size: number, pen: Pen): void {
    const c = this.ctx;
    c.strokeStyle = pen.ink;
    c.lineWidth = 1.6;
    c.lineCap = 'round';
    c.beginPath();
    c.moveTo(x + size * 0.05, y + size * (0.5 + pen.rnd() * 0.1));
    c.quadraticCurveTo(x + size * 0.25, y + size * 0.75, x + size * 0.38, y + size * 1.05);
    c.quadraticCurveTo(x + size * 0.7, y + size * 0.2, x + size * 1.35, y - size * (0.35 + pen.rnd() * 0.2));
    c.stroke();
  }
  cross(x: number, y: number, size: number, pen: Pen): void {
    const c = this.ctx;
    c.strokeStyle = pen.ink;
    c.lineWidth = 1.5;
    c.beginPath();
    c.moveTo(x + 1, y + 1);
    c.lineTo(x + size - 1 + pen.rnd(), y + size - 1);
    c.moveTo(x + size - 1, y + 1 + pen.rnd());
    c.lineTo(x + 1, y + size - 1);
    c.stroke();
  }
  /** A hand-drawn ring round a word, not quite closed. */
  ring(cx: number, cy: number, rx: number, ry: number, pen: Pen): void {
    const c = this.ctx;
    c.strokeStyle = pen.ink;
    c.lineWidth = 1.3;
    c.beginPath();
    const start = -0.4 + pen.rnd() * 0.3;
    for (let i = 0; i <= 60; i++) {
      const a = start + (i / 60) * (Math.PI * 2 + 0.35);
      const wob = 1 + (pen.rnd() - 0.5) * 0.04 + i * 0.0012;
      const px = cx + Math.cos(a) * rx * wob;
      const py = cy + Math.sin(a) * ry * wob;
      if (i === 0) c.moveTo(px, py);
      else c.lineTo(px, py);
    }
    c.stroke();
  }
  signature(x: number, y: number, w: number, pen: Pen): void {
    const c = this.ctx;
    c.strokeStyle = pen.ink;
    c.lineWidth = 1.2;
    c.lineCap = 'round';
    c.beginPath();
    c.moveTo(x, y);
    let px = x;
    while (px < x + w) {
      const nx = px + 8 + pen.rnd() * 14;
      c.bezierCurveTo(px + 3, y - 14 * pen.rnd() - 4, nx - 4, y + 10 * pen.rnd(), nx, y - 4 + pen.rnd() * 8);
      px = nx;
    }
    c.stroke();
    c.beginPath();
    c.moveTo(x + 6, y + 6);
    c.quadraticCurveTo(x + w * 0.5, y + 2 + pen.rnd() * 6, x + w * 0.95, y + 4);
    c.stroke();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner

export interface ScanDefects {
  skewDeg: number;
  shiftX: number;
  shiftY: number;
  blur: number; // 0 none, otherwise downscale factor (0.5..0.9)
  noise: number; // grey-level noise amplitude
  speckles: number;
  shadow: 'left' | 'top' | 'right' | null;
  grey: boolean;
  contrast: number; // 1 = unchanged; <1 washes out
  paper: number; // background grey level 0..255
  jpegQuality: number;
  streak?: number; // x position (px) of a vertical roller streak
}

export async function scan(sheet: Sheet, d: ScanDefects, seed: string): Promise<Buffer> {
  const r = rng(`scan:${seed}`);
  let src: Canvas = sheet.canvas;
  if (d.blur > 0) {
    const small = createCanvas(Math.round(W * d.blur), Math.round(H * d.blur));
    const sc = small.getContext('2d');
    sc.imageSmoothingEnabled = true;
    sc.drawImage(src, 0, 0, small.width, small.height);
    const back = createCanvas(W, H);
    const bc = back.getContext('2d');
    bc.imageSmoothingEnabled = true;
    bc.drawImage(small, 0, 0, W, H);
    src = back;
  }
  const out = createCanvas(W, H);
  const c = out.getContext('2d');
  c.fillStyle = `rgb(${d.paper},${d.paper},${Math.max(0, d.paper - 6)})`;
  c.fillRect(0, 0, W, H);
  c.save();
  c.translate(W / 2 + d.shiftX, H / 2 + d.shiftY);
  c.rotate((d.skewDeg * Math.PI) / 180);
  c.globalCompositeOperation = 'multiply';
  c.drawImage(src, -W / 2, -H / 2);
  c.restore();
  const img = c.getImageData(0, 0, W, H);
  const px = img.data;
  for (let y = 0; y < H; y++) {
    let shade = 1;
    if (d.shadow === 'top' && y < 70) shade = 0.45 + 0.55 * (y / 70);
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      let s = shade;
      if (d.shadow === 'left' && x < 60) s *= 0.4 + 0.6 * (x / 60);
      if (d.shadow === 'right' && x > W - 60) s *= 0.4 + 0.6 * ((W - x) / 60);
      if (d.streak !== undefined && Math.abs(x - d.streak) < 2) s *= 0.82;
      const n = (r() - 0.5) * d.noise;
      for (let k = 0; k < 3; k++) {
        let v = px[i + k]!;
        if (d.grey) v = 0.3 * px[i]! + 0.59 * px[i + 1]! + 0.11 * px[i + 2]!;
        v = 128 + (v - 128) * d.contrast;
        v = v * s + n;
        px[i + k] = Math.max(0, Math.min(255, v));
      }
    }
  }
  for (let k = 0; k < d.speckles; k++) {
    const x = Math.floor(r() * W);
    const y = Math.floor(r() * H);
    const rad = r() < 0.85 ? 0 : 1;
    for (let dy = -rad; dy <= rad; dy++)
      for (let dx = -rad; dx <= rad; dx++) {
        const i = (Math.min(H - 1, Math.max(0, y + dy)) * W + Math.min(W - 1, Math.max(0, x + dx))) * 4;
        const v = 30 + r() * 60;
        px[i] = v;
        px[i + 1] = v;
        px[i + 2] = v;
      }
  }
  c.putImageData(img, 0, 0);
  return out.encode('jpeg', d.jpegQuality);
}

// ---------------------------------------------------------------------------------------------------------------
// Printed form 1: GPP Practice User Administrator Certification Form (the same form as the fillable one)

export interface GppHand {
  practiceName: string;
  odsCode: string;
  practiceAddress: string;
  uaName: string;
  uaJobTitle: string;
  uaEmail: string;
  uaPhone: string;
  approverName: string;
  approverPosition: string;
  approverEmail: string;
  date: string;
}

export function gppCertSheet(v: GppHand, penA: Pen, penB: Pen): Sheet {
  const s = new Sheet();
  s.nhs(495, 26);
  s.text('Primary Care Support England', 40, 45, 10, true, '#1d5fa8');
  s.text('GP Payments and Pensions (GPP)', 40, 78, 15, true);
  s.text('Practice User Administrator Certification Form', 40, 96, 13, true);
  let y = s.wrapText("Use this form if your practice has no GPP Practice User Administrator. Complete both parts. Part B must be completed by one of your organisation's approvers. Return the form to pcse.portalenquiries@nhs.net", 40, 118, 515, 9);
  y += 6;
  s.band('PART A  -  Practice and nominated User Administrator', 36, y, 523);
  y += 30;
  const rowA: [string, string][] = [
    ['Practice name', v.practiceName],
    ['Practice ODS code', v.odsCode],
    ['Practice address', v.practiceAddress],
    ['Full name of nominee', v.uaName],
    ['Job title', v.uaJobTitle],
    ['NHSmail address', v.uaEmail],
    ['Telephone', v.uaPhone],
  ];
  for (const [label, val] of rowA) {
    s.text(label, 40, y + 14, 9.5);
    s.box(215, y, 340, 20);
    s.hand(val, 220, y + 15, penA);
    y += 26;
  }
  y += 14;
  s.band('PART B  -  Certification by an organisation approver', 36, y, 523);
  y += 30;
  y = s.wrapText('I certify that the person named in Part A works at the practice named above and should be given the GPP Practice User Administrator role in PCSE Online. I understand that a practice may have no more than four GPP Practice User Administrators.', 40, y, 515, 9);
  y += 6;
  const rowB: [string, string][] = [
    ['Approver name', v.approverName],
    ['Position held', v.approverPosition],
    ['Approver email', v.approverEmail],
  ];
  for (const [label, val] of rowB) {
    s.text(label, 40, y + 14, 9.5);
    s.box(215, y, 340, 20);
    s.hand(val, 220, y + 15, penB);
    y += 26;
  }
  y += 18;
  s.text('Signature', 40, y + 24, 9.5);
  s.box(215, y, 200, 40);
  s.signature(228, y + 24, 140, penB);
  s.text('Date', 425, y + 24, 9.5);
  s.box(455, y + 10, 100, 20);
  s.hand(v.date, 460, y + 25, penB);
  s.text('PCSE use only:  Received ______   Checked ______   Set up ______', 40, 770, 8.5);
  s.text('GPP-UA-CERT v3.2  |  Page 1 of 1', 40, 805, 7.5, false, '#666666');
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Printed form 2: Open Exeter Primary User request, GP practice (the same form as the fillable one)

export const OE_GP_CAPS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

export interface OeGpHand {
  practiceName: string;
  practiceCode: string;
  practiceAddress: string;
  nomineeName: string;
  nomineeJobTitle: string;
  nomineeEmail: string;
  nomineePhone: string;
  capacityIndex: number;
  mark: 'tick' | 'ring';
  signatoryName: string;
  signatoryEmail: string;
  date: string;
}

export function oeGpSheet(v: OeGpHand, penA: Pen, penB: Pen): Sheet {
  const s = new Sheet();
  s.nhs(495, 26);
  s.text('Open Exeter', 40, 45, 11, true, '#1d5fa8');
  s.text('Request for a Primary User - GP Practice', 40, 72, 15, true);
  let y = 92;
  s.text('Section 1: Practice details', 40, y + 10, 11, true);
  y += 18;
  const rows = (list: [string, string][], pen: Pen) => {
    for (const [label, val] of list) {
      s.text(label, 40, y + 13, 9.5);
      s.box(200, y, 355, 19);
      s.hand(val, 205, y + 14.5, pen);
      y += 24;
    }
  };
  rows([['Practice name', v.practiceName], ['Practice code', v.practiceCode], ['Practice address', v.practiceAddress]], penA);
  y += 12;
  s.text('Section 2: Person to be set up as Primary User', 40, y + 10, 11, true);
  y += 18;
  rows([['Full name', v.nomineeName], ['Job title', v.nomineeJobTitle], ['NHSmail address', v.nomineeEmail], ['Telephone', v.nomineePhone]], penA);
  y += 12;
  s.text('Section 3: Authorised signatory', 40, y + 10, 11, true);
  y = s.wrapText('This form must be signed by one of the following. Please tick the capacity in which you are signing:', 40, y + 28, 515, 9.5);
  for (const [i, cap] of OE_GP_CAPS.entries()) {
    const yy = y + i * 18;
    s.box(48, yy - 9, 11, 11);
    s.text(cap, 66, yy, 10);
    if (i === v.capacityIndex) {
      if (v.mark === 'tick') s.tick(48, yy - 9, 11, penB);
      else {
        s.ctx.font = '10px PrintSans';
        const w = s.ctx.measureText(cap).width;
        s.ring(66 + w / 2, yy - 3.5, w / 2 + 7, 8.5, penB);
      }
    }
  }
  y += OE_GP_CAPS.length * 18 + 4;
  rows([['Signatory name', v.signatoryName], ['Signatory NHSmail address', v.signatoryEmail]], penB);
  y += 10;
  s.text('Signature', 40, y + 26, 9.5);
  s.box(200, y, 210, 42);
  s.signature(214, y + 26, 150, penB);
  s.text('Date', 420, y + 26, 9.5);
  s.box(450, y + 13, 105, 19);
  s.hand(v.date, 455, y + 27.5, penB);
  s.text('Forms not signed here cannot be processed.  Page 1 of 2', 40, 805, 8, false, '#666666');
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Printed form 3: Open Exeter Primary User request, other organisations (only on paper)

export const OE_OTHER_CAPS = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];

export interface OeOtherHand {
  orgName: string;
  orgType: string;
  orgCode: string;
  orgAddress: string;
  nomineeName: string;
  nomineeJobTitle: string;
  nomineeEmail: string;
  nomineePhone: string;
  capacityIndex: number;
  signatoryName: string;
  signatoryJobTitle: string;
  signatoryEmail: string;
  date: string;
}

export function oeOtherSheet(v: OeOtherHand, penA: Pen, penB: Pen): Sheet {
  const s = new Sheet();
  s.nhs(495, 26);
  s.text('Open Exeter', 40, 45, 11, true, '#1d5fa8');
  s.text('Request for a Primary User', 40, 72, 15, true);
  s.text('Organisations other than GP practices', 40, 90, 11.5);
  let y = 106;
  const rows = (list: [string, string][], pen: Pen) => {
    for (const [label, val] of list) {
      s.text(label, 40, y + 14, 9.5);
      s.box(210, y, 345, 20);
      s.hand(val, 215, y + 15.5, pen);
      y += 25;
    }
  };
  s.band('1. Organisation', 36, y, 523);
  y += 26;
  rows([['Organisation name', v.orgName], ['Type of organisation', v.orgType], ['Organisation code (if known)', v.orgCode], ['Address', v.orgAddress]], penA);
  y += 8;
  s.band('2. Proposed Primary User', 36, y, 523);
  y += 26;
  rows([['Full name', v.nomineeName], ['Job title', v.nomineeJobTitle], ['NHSmail address', v.nomineeEmail], ['Telephone', v.nomineePhone]], penA);
  y += 8;
  s.band('3. Authorised signatory', 36, y, 523);
  y += 24;
  y = s.wrapText('To be signed by one of the following. Tick one box to show the capacity in which you sign:', 40, y + 8, 515, 9.5);
  for (const [i, cap] of OE_OTHER_CAPS.entries()) {
    const yy = y + 4 + i * 19;
    s.box(48, yy - 10, 12, 12);
    s.text(cap, 68, yy, 10);
    if (i === v.capacityIndex) s.tick(48, yy - 10, 12, penB);
  }
  y += OE_OTHER_CAPS.length * 19 + 8;
  rows([['Name', v.signatoryName], ['Job title', v.signatoryJobTitle], ['NHSmail address', v.signatoryEmail]], penB);
  y += 8;
  s.text('Signature', 40, y + 26, 9.5);
  s.box(210, y, 210, 42);
  s.signature(222, y + 26, 150, penB);
  s.text('Date', 428, y + 26, 9.5);
  s.box(455, y + 13, 100, 20);
  s.hand(v.date, 460, y + 28, penB);
  s.text('The signature must be on this page. Return to pcse.openexeter@nhs.net', 40, 790, 8.5);
  s.text('OE-PU-ORG  Page 1 of 1', 40, 805, 8, false, '#666666');
  return s;
}

export const pen = (style: HandStyle, size: number, ink: string, seed: string): Pen => ({ style, size, ink, rnd: rng(`pen:${seed}`) });
