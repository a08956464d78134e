// Image-only scans for corpus 38 (writer AH): forms drawn with @napi-rs/canvas, then photographed or scanned
// (perspective, skew, greyscale, specks), and wrapped in a PDF page with pdf-lib. No text layer.
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { rng } from './lib.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
let fontsReady = false;
function fonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'FormSans');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'FormSansBold');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'FormSerif');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'HandPen');
  GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerifCondensed-Italic.ttf`, 'HandPen2');
  fontsReady = true;
}

type Ctx = SKRSContext2D;

/** Writes text as a hand would: each letter a little rotated, raised, resized and spaced. */
function hand(ctx: Ctx, text: string, x: number, y: number, size: number, r: () => number, ink = 'rgb(22,36,112)', face = 'HandPen'): void {
  let cx = x;
  ctx.fillStyle = ink;
  const drift = (r() - 0.5) * 0.05; // the line wanders up or down a little
  for (const ch of text) {
    const s = size * (0.94 + r() * 0.12);
    ctx.font = `${s.toFixed(1)}px ${face}`;
    const w = ctx.measureText(ch).width;
    ctx.save();
    ctx.translate(cx, y + (cx - x) * drift + (r() - 0.5) * size * 0.16);
    ctx.rotate((r() - 0.5) * 0.16);
    ctx.transform(1, 0, -0.05 - r() * 0.14, 1 + (r() - 0.5) * 0.12, 0, 0);
    ctx.fillText(ch, 0, 0);
    ctx.globalAlpha = 0.35;
    ctx.fillText(ch, 0.6, 0.3);
    ctx.restore();
    ctx.globalAlpha = 1;
    cx += w * (0.93 + r() * 0.16) + (ch === ' ' ? size * 0.12 : 0);
  }
}

/** A pen signature: an initial with a loop, uneven joined humps and loops, and a flourish underneath. */
function scribble(ctx: Ctx, x: number, y: number, w: number, h: number, r: () => number, ink = 'rgb(18,30,100)'): void {
  ctx.strokeStyle = ink;
  ctx.lineWidth = Math.max(1.3, h / 14);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  // a tall initial
  ctx.moveTo(x, y + h * 0.2);
  ctx.bezierCurveTo(x + w * 0.02, y - h * 1.3, x + w * 0.12, y - h * 1.2, x + w * 0.08, y - h * 0.2);
  ctx.bezierCurveTo(x + w * 0.05, y + h * 0.4, x + w * 0.02, y - h * 0.3, x + w * 0.14, y - h * 0.3);
  let px = x + w * 0.14;
  let py = y - h * 0.3;
  const steps = 6 + Math.floor(r() * 4);
  const stepW = (w * 0.78) / steps;
  for (let i = 0; i < steps; i++) {
    const kind = r();
    const nx = px + stepW * (0.7 + r() * 0.6);
    const ny = y - h * (r() - 0.5) * 0.5;
    if (kind < 0.35) {
      // a loop: up past the line, back on itself, down
      ctx.bezierCurveTo(px + stepW * 0.9, py - h * (0.9 + r() * 0.6), px - stepW * 0.3, py - h * (0.8 + r() * 0.4), nx, ny);
    } else if (kind < 0.75) {
      // a hump
      ctx.bezierCurveTo(px + stepW * 0.2, py - h * (0.3 + r() * 0.7), nx - stepW * 0.3, ny - h * (0.2 + r() * 0.5), nx, ny);
    } else {
      // a dip below the line
      ctx.bezierCurveTo(px + stepW * 0.3, py + h * (0.4 + r() * 0.6), nx - stepW * 0.4, ny + h * (0.5 + r() * 0.5), nx, ny);
    }
    px = nx;
    py = ny;
  }
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x + w * (0.25 + r() * 0.1), y + h * 0.55);
  ctx.bezierCurveTo(x + w * 0.5, y + h * (0.7 + r() * 0.3), x + w * 0.8, y + h * 0.2, px + w * 0.06, y + h * (0.1 + r() * 0.3));
  ctx.stroke();
}

function tick(ctx: Ctx, x: number, y: number, s: number, ink = 'rgb(22,36,112)'): void {
  ctx.strokeStyle = ink;
  ctx.lineWidth = s * 0.16;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y + s * 0.5);
  ctx.lineTo(x + s * 0.35, y + s * 0.95);
  ctx.lineTo(x + s * 1.1, y - s * 0.2);
  ctx.stroke();
}

function page(wPx: number, hPx: number): { canvas: Canvas; ctx: Ctx } {
  fonts();
  const canvas = createCanvas(wPx, hPx);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, wPx, hPx);
  return { canvas, ctx };
}

// ------------------------------------------------------------------------------------------------------------------
// Scan 1: GPP Practice User Administrator certification, printed blank, filled in by hand, signed, scanned at 150 dpi.
export interface HandGpp {
  practice: string; code: string;
  nomTitle: string; nomFirst: string; nomSurname: string; nomRole: string; nomEmail: string; nomPhone: string;
  apName: string; apPosition: string; apEmail: string; apDate: string;
}

export async function scanGppHandwritten(d: HandGpp): Promise<Buffer> {
  const s = 150 / 25.4; // px per mm
  const W = Math.round(210 * s);
  const H = Math.round(297 * s);
  const { canvas, ctx } = page(W, H);
  const r = rng(3801);
  const mm = (v: number) => v * s;
  ctx.fillStyle = '#000';
  ctx.font = `${mm(5.4)}px FormSansBold`;
  ctx.fillText('GP Payments and Pensions (GPP)', mm(18), mm(24));
  ctx.font = `${mm(4.2)}px FormSansBold`;
  ctx.fillText('Practice User Administrator – Certification Form', mm(18), mm(32));
  ctx.fillStyle = 'rgb(0,94,184)';
  ctx.fillRect(mm(168), mm(14), mm(24), mm(11));
  ctx.fillStyle = '#fff';
  ctx.font = `${mm(6.5)}px FormSansBold`;
  ctx.fillText('NHS', mm(171), mm(23));
  ctx.fillStyle = '#000';
  ctx.font = `${mm(2.9)}px FormSans`;
  ctx.fillText('Please complete in BLOCK CAPITALS using black or blue ink. Both parts must be completed.', mm(18), mm(41));
  ctx.fillText('Return to pcse.portalenquiries@nhs.net', mm(18), mm(46));

  const box = (label: string, y: number, h = 12) => {
    ctx.strokeStyle = '#222';
    ctx.lineWidth = 1.2;
    ctx.strokeRect(mm(18), mm(y), mm(174), mm(h));
    ctx.fillStyle = '#000';
    ctx.font = `${mm(2.7)}px FormSans`;
    ctx.fillText(label, mm(20), mm(y + 3.8));
  };
  ctx.font = `${mm(3.8)}px FormSansBold`;
  ctx.fillText('PART 1 – Practice and nominated user administrator', mm(18), mm(56));
  const p1 = [
    ['Practice name', d.practice, 'cap'],
    ['Practice code', d.code, 'cap'],
    ['Title', d.nomTitle, 'cap'],
    ['First name', d.nomFirst, 'cap'],
    ['Surname', d.nomSurname, 'cap'],
    ['Job title', d.nomRole, 'mix'],
    ['Email address', d.nomEmail, 'mix'],
    ['Telephone', d.nomPhone, 'mix'],
  ] as const;
  let y = 60;
  for (const [label, value, style] of p1) {
    box(label, y);
    hand(ctx, style === 'cap' ? value.toUpperCase() : value, mm(24), mm(y + 10), mm(5.2), r);
    y += 14;
  }
  y += 6;
  ctx.fillStyle = '#000';
  ctx.font = `${mm(3.8)}px FormSansBold`;
  ctx.fillText('PART 2 – Authorisation (organisation approver)', mm(18), mm(y));
  ctx.font = `${mm(2.8)}px FormSans`;
  ctx.fillText('I confirm the person in Part 1 should hold the GPP Practice User Administrator role for this practice.', mm(18), mm(y + 5.5));
  y += 9;
  const p2 = [
    ['Name of approver', d.apName, 'cap'],
    ['Position in organisation', d.apPosition, 'mix'],
    ['Approver email address', d.apEmail, 'mix'],
  ] as const;
  for (const [label, value, style] of p2) {
    box(label, y);
    hand(ctx, style === 'cap' ? value.toUpperCase() : value, mm(24), mm(y + 10), mm(5.2), r);
    y += 14;
  }
  box('Signature', y, 18);
  scribble(ctx, mm(40), mm(y + 11), mm(55), mm(8), r);
  y += 20;
  box('Date', y);
  hand(ctx, d.apDate, mm(24), mm(y + 10), mm(5.2), r);
  ctx.fillStyle = '#555';
  ctx.font = `${mm(2.3)}px FormSans`;
  ctx.fillText('GPP-UA-CERT  (printed copy)   1 of 1', mm(18), mm(288));

  const out = scanFinish(canvas, { seed: 3802, angleDeg: -0.55, grey: false, specks: 40, dpiScale: 1, edgeShadow: 0.25 });
  return wrapPdf(out.jpeg, out.w, out.h, 150, 'Xerox AltaLink C8130 Scan', 'Xerox AltaLink C8130');
}

// ------------------------------------------------------------------------------------------------------------------
// The Open Exeter Primary User form (GP practices) as printed on paper, for scans 2 and 3.
export interface PrintedOe {
  practice: string; code: string; address: string; phone: string;
  title: string; forename: string; surname: string; role: string; email: string;
  capacity: 'Lead GP' | 'GP Partner' | 'Caldicott Guardian' | 'Existing Primary Contact' | 'Member of the Board of Directors' | 'Other';
  otherText?: string;
  sigName: string; sigEmail: string; date: string; handDate?: boolean;
}

function drawPrintedOe(ctx: Ctx, s: number, d: PrintedOe, r: () => number): void {
  const mm = (v: number) => v * s;
  ctx.fillStyle = '#000';
  ctx.font = `${mm(3.2)}px FormSans`;
  ctx.fillText('Primary Care Support England – Open Exeter', mm(18), mm(18));
  ctx.font = `${mm(5.6)}px FormSansBold`;
  ctx.fillText('Primary User Request Form', mm(18), mm(27));
  ctx.font = `${mm(4)}px FormSansBold`;
  ctx.fillText('GP Practices', mm(18), mm(34));
  ctx.font = `${mm(2.8)}px FormSans`;
  ctx.fillText('This form must be signed at the bottom of this page by an authorised signatory. Email to pcse.openexeter@nhs.net', mm(18), mm(41));
  const row = (label: string, value: string, y: number) => {
    ctx.strokeStyle = '#000';
    ctx.lineWidth = Math.max(1, s * 0.2);
    ctx.strokeRect(mm(18), mm(y), mm(60), mm(10));
    ctx.strokeRect(mm(78), mm(y), mm(114), mm(10));
    ctx.fillStyle = '#000';
    ctx.font = `${mm(3.3)}px FormSansBold`;
    ctx.fillText(label, mm(20), mm(y + 6.5));
    ctx.font = `${mm(3.6)}px FormSans`;
    ctx.fillText(value, mm(81), mm(y + 6.8));
  };
  ctx.font = `${mm(3.9)}px FormSansBold`;
  ctx.fillText('1. Practice details', mm(18), mm(51));
  let y = 54;
  row('Practice name', d.practice, y); y += 10;
  row('Practice code', d.code, y); y += 10;
  row('Address', d.address, y); y += 10;
  row('Telephone', d.phone, y); y += 19;
  ctx.font = `${mm(3.9)}px FormSansBold`;
  ctx.fillText('2. Person to be set up as Primary User', mm(18), mm(y - 3));
  row('Title', d.title, y); y += 10;
  row('Forename', d.forename, y); y += 10;
  row('Surname', d.surname, y); y += 10;
  row('Job role', d.role, y); y += 10;
  row('NHS email', d.email, y); y += 19;
  ctx.font = `${mm(3.9)}px FormSansBold`;
  ctx.fillText('3. Authorised signatory – please tick one', mm(18), mm(y - 3));
  const caps = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors', 'Other (please state)'];
  y += 2;
  for (const cap of caps) {
    ctx.strokeStyle = '#000';
    ctx.strokeRect(mm(20), mm(y), mm(4.5), mm(4.5));
    ctx.fillStyle = '#000';
    ctx.font = `${mm(3.3)}px FormSans`;
    ctx.fillText(cap, mm(28), mm(y + 3.8));
    const chosen = cap.startsWith('Other') ? d.capacity === 'Other' : cap === d.capacity;
    if (chosen) tick(ctx, mm(20.3), mm(y + 0.2), mm(4.2));
    if (cap.startsWith('Other')) {
      ctx.beginPath();
      ctx.moveTo(mm(64), mm(y + 4.2));
      ctx.lineTo(mm(150), mm(y + 4.2));
      ctx.stroke();
      if (d.otherText) {
        ctx.font = `${mm(3.6)}px FormSans`;
        ctx.fillText(d.otherText, mm(66), mm(y + 3.6));
      }
    }
    y += 7;
  }
  y += 4;
  row('Signatory name', d.sigName, y); y += 10;
  row('Signatory email', d.sigEmail, y); y += 10;
  ctx.strokeRect(mm(18), mm(y), mm(60), mm(18));
  ctx.strokeRect(mm(78), mm(y), mm(114), mm(18));
  ctx.font = `${mm(3.3)}px FormSansBold`;
  ctx.fillText('Signature', mm(20), mm(y + 6.5));
  scribble(ctx, mm(88), mm(y + 11), mm(48), mm(7), r);
  y += 18;
  if (d.handDate) {
    row('Date', '', y);
    hand(ctx, d.date, mm(82), mm(y + 7.6), mm(4.6), r);
  } else row('Date', d.date, y);
  ctx.fillStyle = '#444';
  ctx.font = `${mm(2.4)}px FormSans`;
  ctx.fillText('OE Primary User (GP) – v4 – page 1 of 1', mm(18), mm(287));
}

// Scan 2: the Open Exeter GP form photographed on a desk with a phone (perspective, uneven light).
export async function photoOe(d: PrintedOe): Promise<Buffer> {
  const s = 6; // px per mm, 1260 x 1782 flat page
  const W = Math.round(210 * s);
  const H = Math.round(297 * s);
  const { ctx } = page(W, H);
  const r = rng(3811);
  drawPrintedOe(ctx, s, d, r);
  const src = ctx.getImageData(0, 0, W, H);
  const OW = 1512;
  const OH = 2016;
  const out = createCanvas(OW, OH);
  const octx = out.getContext('2d');
  const dst = octx.createImageData(OW, OH);
  // page corners in the photo: top-left, top-right, bottom-right, bottom-left
  const quad: [number, number][] = [[188, 132], [1348, 198], [1446, 1898], [92, 1852]];
  const Hm = homography([[0, 0], [W, 0], [W, H], [0, H]], quad);
  const [i0, i1, i2, i3, i4, i5, i6, i7, i8] = invert3(Hm) as [number, number, number, number, number, number, number, number, number];
  const rr = rng(3812);
  const noise = new Float32Array(64 * 64).map(() => rr());
  for (let y = 0; y < OH; y++) {
    for (let x = 0; x < OW; x++) {
      const o = (y * OW + x) * 4;
      const den = i6 * x + i7 * y + i8;
      const u = (i0 * x + i1 * y + i2) / den;
      const v = (i3 * x + i4 * y + i5) / den;
      // light falls from the top right; a soft shadow of the phone at the bottom left
      const light = 0.8 + 0.2 * (x / OW) - 0.12 * (y / OH) - (x < 560 && y > 1500 ? 0.1 * Math.min(1, (560 - x) / 300) * Math.min(1, (y - 1500) / 300) : 0);
      let R: number;
      let G: number;
      let B: number;
      if (u >= 0 && v >= 0 && u < W - 1 && v < H - 1) {
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const px = (xx: number, yy: number, c: number) => src.data[(yy * W + xx) * 4 + c]!;
        const bil = (c: number) => px(x0, y0, c) * (1 - fx) * (1 - fy) + px(x0 + 1, y0, c) * fx * (1 - fy) + px(x0, y0 + 1, c) * (1 - fx) * fy + px(x0 + 1, y0 + 1, c) * fx * fy;
        R = bil(0) * 0.97 * light;
        G = bil(1) * 0.95 * light;
        B = bil(2) * 0.88 * light;
      } else {
        // a wooden desk
        const grain = Math.sin(x * 0.035 + Math.sin(y * 0.006) * 4) * 7 + Math.sin(x * 0.11 + y * 0.002) * 3 + noise[(x % 64) * 64 + (y % 64)]! * 10;
        R = (118 + grain) * light;
        G = (86 + grain * 0.75) * light;
        B = (58 + grain * 0.5) * light;
      }
      const n = (noise[((x * 7) % 64) * 64 + ((y * 13) % 64)]! - 0.5) * 10;
      dst.data[o] = clamp(R + n);
      dst.data[o + 1] = clamp(G + n);
      dst.data[o + 2] = clamp(B + n);
      dst.data[o + 3] = 255;
    }
  }
  octx.putImageData(dst, 0, 0);
  const jpeg = out.encodeSync('jpeg', 82);
  return wrapPdf(jpeg, OW, OH, 200, 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', 'Notes');
}

// Scan 3: the Open Exeter GP form on a multifunction printer: greyscale, 120 dpi, skewed, specks.
export async function greyScanOe(d: PrintedOe): Promise<Buffer> {
  const s = 120 / 25.4;
  const W = Math.round(210 * s);
  const H = Math.round(297 * s);
  const { canvas, ctx } = page(W, H);
  const r = rng(3821);
  drawPrintedOe(ctx, s, d, r);
  const out = scanFinish(canvas, { seed: 3822, angleDeg: 1.45, grey: true, specks: 520, dpiScale: 120 / 150, edgeShadow: 0.6 });
  return wrapPdf(out.jpeg, out.w, out.h, 120, 'RICOH IM C3000 PDF', 'RICOH IM C3000');
}

// ------------------------------------------------------------------------------------------------------------------
function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

/** Rotates the page on the platen, darkens the lid edge, adds dust and toner specks, optionally greyscale. */
function scanFinish(src: Canvas, o: { seed: number; angleDeg: number; grey: boolean; specks: number; dpiScale: number; edgeShadow: number }): { jpeg: Buffer; w: number; h: number } {
  const W = src.width;
  const H = src.height;
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((o.angleDeg * Math.PI) / 180);
  ctx.translate(-W / 2 + 6, -H / 2 + 4);
  ctx.drawImage(src, 0, 0);
  ctx.restore();
  const r = rng(o.seed);
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      let R = d[i]!;
      let G = d[i + 1]!;
      let B = d[i + 2]!;
      const edge = x < 18 ? o.edgeShadow * (1 - x / 18) : 0;
      const n = (r() - 0.5) * 16;
      if (o.grey) {
        let l = 0.299 * R + 0.587 * G + 0.114 * B;
        l = (l - 128) * 1.15 + 128 - 6; // a little more contrast, paper slightly grey
        l = l * (1 - edge) + n;
        R = G = B = l;
      } else {
        R = R * (1 - edge) + n;
        G = G * (1 - edge) + n;
        B = B * (1 - edge) * 0.985 + n;
      }
      d[i] = clamp(R);
      d[i + 1] = clamp(G);
      d[i + 2] = clamp(B);
    }
  }
  ctx.putImageData(img, 0, 0);
  ctx.fillStyle = 'rgba(20,20,20,0.85)';
  for (let k = 0; k < o.specks; k++) {
    const x = r() * W;
    const y = r() * H;
    const rad = (0.5 + r() * 1.6) * Math.max(0.8, o.dpiScale);
    ctx.beginPath();
    ctx.arc(x, y, rad, 0, Math.PI * 2);
    ctx.fill();
  }
  // two hairs / scratches on the glass
  ctx.strokeStyle = 'rgba(40,40,40,0.6)';
  ctx.lineWidth = 1;
  for (let k = 0; k < 2; k++) {
    const x = r() * W;
    const y = r() * H;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.bezierCurveTo(x + 20, y + 10, x + 30, y - 15, x + 55, y + 5);
    ctx.stroke();
  }
  return { jpeg: out.encodeSync('jpeg', o.grey ? 58 : 72), w: W, h: H };
}

async function wrapPdf(jpeg: Buffer, w: number, h: number, dpi: number, producer: string, creator: string): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer(producer);
  doc.setCreator(creator);
  const when = new Date('2026-11-10T09:00:00Z');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const img = await doc.embedJpg(jpeg);
  const pw = (w / dpi) * 72;
  const ph = (h / dpi) * 72;
  const p = doc.addPage([pw, ph]);
  p.drawImage(img, { x: 0, y: 0, width: pw, height: ph });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** The 3×3 homography that maps four source points to four destination points. */
function homography(src: [number, number][], dst: [number, number][]): number[] {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!;
    const [u, v] = dst[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(A, b);
  return [...h, 1];
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k] = M[r]![k]! - f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

function invert3(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}
