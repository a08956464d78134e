// Scanned paper forms for corpus 24 (writer T): printed forms drawn with @napi-rs/canvas, filled in by hand
// (jittered lettering in biro colours, ticks, signature scribbles), then put through a scanner: skew, paper tone,
// grain, speckle, a shadowed edge, a drum streak, JPEG. 150 dpi A4 (1240 x 1754 px). Seeded, so reproducible.
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { rng } from './lib.js';

const FONTS = '/usr/share/fonts/truetype';
let registered = false;
function registerFonts(): void {
  if (registered) return;
  const reg: [string, string][] = [
    ['liberation/LiberationSans-Regular.ttf', 'LSans'],
    ['liberation/LiberationSans-Bold.ttf', 'LSansBold'],
    ['liberation/LiberationSerif-Regular.ttf', 'LSerif'],
    ['liberation/LiberationSerif-Bold.ttf', 'LSerifBold'],
    ['liberation/LiberationSerif-Italic.ttf', 'LSerifItalic'],
    ['liberation/LiberationSansNarrow-Regular.ttf', 'LNarrow'],
    ['liberation/LiberationSansNarrow-Italic.ttf', 'LNarrowItalic'],
    ['dejavu/DejaVuSans-Oblique.ttf', 'DVOblique'],
    ['dejavu/DejaVuSansCondensed-Oblique.ttf', 'DVCondOblique'],
    ['dejavu/DejaVuSans.ttf', 'DVSans'],
  ];
  for (const [p, alias] of reg) GlobalFonts.registerFromPath(`${FONTS}/${p}`, alias);
  registered = true;
}

export const W = 1240;
export const H = 1754;

export class Sheet {
  readonly c: Canvas;
  readonly g: SKRSContext2D;
  constructor() {
    registerFonts();
    this.c = createCanvas(W, H);
    this.g = this.c.getContext('2d');
    this.g.fillStyle = '#ffffff';
    this.g.fillRect(0, 0, W, H);
    this.g.textBaseline = 'alphabetic';
  }
  text(s: string, x: number, y: number, o: { size?: number; font?: string; color?: string; align?: 'left' | 'center' | 'right' } = {}): void {
    const g = this.g;
    g.font = `${o.size ?? 22}px ${o.font ?? 'LSans'}`;
    g.fillStyle = o.color ?? '#161616';
    g.textAlign = o.align ?? 'left';
    g.fillText(s, x, y);
    g.textAlign = 'left';
  }
  /** Wrapped paragraph; returns the y below it. */
  para(s: string, x: number, y: number, width: number, o: { size?: number; font?: string; lh?: number } = {}): number {
    const g = this.g;
    const size = o.size ?? 21;
    g.font = `${size}px ${o.font ?? 'LSans'}`;
    g.fillStyle = '#161616';
    const lh = o.lh ?? size * 1.35;
    let line = '';
    for (const w of s.split(' ')) {
      const t = line ? `${line} ${w}` : w;
      if (g.measureText(t).width > width && line) {
        g.fillText(line, x, y);
        y += lh;
        line = w;
      } else line = t;
    }
    if (line) {
      g.fillText(line, x, y);
      y += lh;
    }
    return y;
  }
  rect(x: number, y: number, w: number, h: number, o: { lw?: number; fill?: string; stroke?: string } = {}): void {
    const g = this.g;
    if (o.fill) {
      g.fillStyle = o.fill;
      g.fillRect(x, y, w, h);
    }
    g.lineWidth = o.lw ?? 1.6;
    g.strokeStyle = o.stroke ?? '#202020';
    g.strokeRect(x, y, w, h);
  }
  line(x1: number, y1: number, x2: number, y2: number, lw = 1.4, dash: number[] = []): void {
    const g = this.g;
    g.setLineDash(dash);
    g.lineWidth = lw;
    g.strokeStyle = '#202020';
    g.beginPath();
    g.moveTo(x1, y1);
    g.lineTo(x2, y2);
    g.stroke();
    g.setLineDash([]);
  }
  box(x: number, y: number, s = 26): void {
    this.rect(x, y, s, s, { lw: 1.8 });
  }
  /** A labelled entry row: label left, box right; returns the box's writing origin. */
  row(label: string, x: number, y: number, labelW: number, boxW: number, h = 54, size = 21): { x: number; y: number } {
    this.rect(x, y, labelW, h, { fill: '#e9e9e9', lw: 1.4 });
    this.rect(x + labelW, y, boxW, h, { lw: 1.4 });
    const lines = label.split('\n');
    const y0 = y + h / 2 + size * 0.35 - ((lines.length - 1) * size * 1.15) / 2;
    lines.forEach((l, i) => this.text(l, x + 12, y0 + i * size * 1.15, { size }));
    return { x: x + labelW + 14, y: y + h - 14 };
  }
}

export interface HandStyle { font: string; size: number; color: string; slant: number; jitter: number; spacing: number; weight: number }

export const HANDS: Record<string, HandStyle> = {
  capsBlue: { font: 'DVCondOblique', size: 31, color: 'rgba(22,38,128,0.92)', slant: 0.02, jitter: 1.0, spacing: 1.5, weight: 0.7 },
  capsBlack: { font: 'LNarrow', size: 33, color: 'rgba(28,28,34,0.9)', slant: -0.03, jitter: 1.2, spacing: 2.5, weight: 0.9 },
  looseBlue: { font: 'LSerifItalic', size: 34, color: 'rgba(18,30,110,0.9)', slant: 0.05, jitter: 1.4, spacing: 0.5, weight: 0.6 },
  neatBlack: { font: 'LNarrowItalic', size: 32, color: 'rgba(20,20,24,0.92)', slant: 0.0, jitter: 0.8, spacing: 1.2, weight: 0.8 },
};

/** A hand: lettering with per-character wobble, baseline drift and pressure, ticks, crosses and signatures. */
export class Pen {
  constructor(private readonly rand: () => number, private readonly st: HandStyle) {}
  private j(a: number): number {
    return (this.rand() * 2 - 1) * a;
  }
  write(g: SKRSContext2D, s: string, x: number, y: number, o: { size?: number } = {}): number {
    const st = this.st;
    const base = o.size ?? st.size;
    let cx = x;
    let drift = 0;
    const driftRate = this.j(0.012);
    for (const ch of s) {
      const size = base * (1 + this.j(0.09));
      g.font = `${size.toFixed(1)}px ${st.font}`;
      const w = g.measureText(ch).width;
      if (ch === ' ') {
        cx += w + st.spacing * 2 + this.j(2);
        continue;
      }
      drift += driftRate * w;
      g.save();
      g.translate(cx + w / 2, y + drift + this.j(st.jitter * 2.2));
      g.rotate(st.slant + this.j(0.11));
      g.transform(1 + this.j(0.08), 0, this.j(0.12), 1, 0, 0);
      g.fillStyle = st.color;
      g.globalAlpha = 0.82 + this.rand() * 0.18;
      g.fillText(ch, -w / 2, 0);
      if (st.weight > 0) {
        g.globalAlpha *= 0.55;
        g.fillText(ch, -w / 2 + st.weight, 0.3);
      }
      g.restore();
      cx += w + st.spacing + this.j(1.2);
    }
    return cx;
  }
  tick(g: SKRSContext2D, x: number, y: number, s = 26): void {
    g.save();
    g.strokeStyle = this.st.color;
    g.lineWidth = 3.2;
    g.lineCap = 'round';
    g.beginPath();
    g.moveTo(x + s * 0.1 + this.j(2), y + s * 0.5 + this.j(2));
    g.quadraticCurveTo(x + s * 0.3, y + s * 0.75, x + s * 0.42 + this.j(2), y + s * 0.95 + this.j(2));
    g.quadraticCurveTo(x + s * 0.7, y + s * 0.3, x + s * 1.25 + this.j(3), y - s * 0.35 + this.j(3));
    g.stroke();
    g.restore();
  }
  /** A signature: one of three shapes (loop and humps, initial and a long stroke, a tight zigzag), never the same twice. */
  sign(g: SKRSContext2D, x: number, y: number, w: number, h: number): void {
    g.save();
    g.strokeStyle = this.st.color;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.lineWidth = 2.2 + this.rand() * 1.2;
    g.beginPath();
    const mid = y + h * (0.5 + this.j(0.1));
    const kind = Math.floor(this.rand() * 3);
    if (kind === 0) {
      g.moveTo(x, mid);
      g.bezierCurveTo(x + w * 0.02, y - h * 0.1, x + w * 0.16 + this.j(10), y + this.j(8), x + w * 0.1, mid + h * 0.2);
      g.bezierCurveTo(x + w * 0.05, mid + h * 0.4, x + w * 0.2, mid, x + w * 0.22, mid - h * 0.1);
      let cx = x + w * 0.22;
      const humps = 5 + Math.floor(this.rand() * 6);
      const step = (w * (0.5 + this.rand() * 0.2)) / humps;
      for (let i = 0; i < humps; i++) {
        const up = mid - h * (0.15 + this.rand() * 0.55);
        g.bezierCurveTo(cx + step * 0.2, up, cx + step * 0.6, up + this.j(8), cx + step, mid + this.j(8));
        cx += step;
      }
      g.bezierCurveTo(cx + w * 0.05, mid + h * 0.3, x + w * 0.3, mid + h * 0.45 + this.j(5), x + w * 0.12, mid + h * 0.3);
    } else if (kind === 1) {
      g.moveTo(x + w * 0.05, mid + h * 0.3);
      g.lineTo(x + w * 0.12 + this.j(5), y);
      g.bezierCurveTo(x + w * 0.3, y + h * 0.1, x + w * 0.25, mid, x + w * 0.1, mid);
      g.bezierCurveTo(x + w * 0.3, mid + h * 0.1, x + w * 0.35, mid + h * 0.4, x + w * 0.12, mid + h * 0.45);
      let cx = x + w * 0.3;
      g.moveTo(cx, mid + h * 0.2);
      while (cx < x + w * 0.95) {
        const step = w * (0.04 + this.rand() * 0.06);
        g.quadraticCurveTo(cx + step / 2, mid - h * (0.1 + this.rand() * 0.4), cx + step, mid + h * (0.1 + this.rand() * 0.2));
        cx += step;
      }
      g.moveTo(x + w * 0.2, mid + h * 0.55);
      g.lineTo(x + w * (0.8 + this.j(0.1)), mid + h * (0.45 + this.j(0.1)));
    } else {
      g.moveTo(x, mid);
      let cx = x;
      let up = true;
      while (cx < x + w * 0.85) {
        const step = w * (0.02 + this.rand() * 0.05);
        g.lineTo(cx + step, up ? y + h * (0.1 + this.rand() * 0.3) : mid + h * (0.1 + this.rand() * 0.3));
        cx += step;
        up = !up;
      }
      g.bezierCurveTo(cx + w * 0.1, y, cx + w * 0.05, mid + h * 0.5, x + w * 0.4, mid + h * 0.35);
    }
    g.stroke();
    g.restore();
  }
}

export interface ScanNoise { skewDeg: number; grey: boolean; tone: [number, number, number]; grain: number; speckles: number; shadow: 'left' | 'top' | 'right' | null; streakX?: number; blur: number; quality: number; scale?: number; contrast?: number }

/** Puts a drawn page through a scanner; returns JPEG bytes. */
export async function scanify(src: Canvas, seed: string, n: ScanNoise): Promise<Buffer> {
  const rand = rng(seed);
  const out = createCanvas(W, H);
  const g = out.getContext('2d');
  g.fillStyle = `rgb(${n.tone[0]},${n.tone[1]},${n.tone[2]})`;
  g.fillRect(0, 0, W, H);
  g.save();
  g.translate(W / 2 + (rand() - 0.5) * 14, H / 2 + (rand() - 0.5) * 10);
  g.rotate((n.skewDeg * Math.PI) / 180);
  const sc = n.scale ?? 0.985;
  g.scale(sc, sc);
  g.globalCompositeOperation = 'multiply';
  if (n.blur > 0) g.filter = `blur(${n.blur}px)`;
  g.drawImage(src, -W / 2, -H / 2);
  g.filter = 'none';
  g.restore();
  const img = g.getImageData(0, 0, W, H);
  const d = img.data;
  const contrast = n.contrast ?? 1.08;
  for (let i = 0; i < d.length; i += 4) {
    const noise = (rand() + rand() + rand() - 1.5) * n.grain;
    const grey = 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]!;
    for (let k = 0; k < 3; k++) {
      let v = n.grey ? grey : d[i + k]!;
      v = (v - 128) * contrast + 128 + noise;
      d[i + k] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  g.putImageData(img, 0, 0);
  // speckle and dust
  for (let i = 0; i < n.speckles; i++) {
    const x = rand() * W;
    const y = rand() * H;
    const r = rand() < 0.9 ? 0.6 + rand() * 1.2 : 1.5 + rand() * 2.5;
    g.fillStyle = `rgba(30,30,30,${0.25 + rand() * 0.6})`;
    g.beginPath();
    g.arc(x, y, r, 0, Math.PI * 2);
    g.fill();
  }
  // a hair or two
  for (let i = 0; i < 2; i++) {
    g.strokeStyle = 'rgba(40,40,40,0.35)';
    g.lineWidth = 1;
    g.beginPath();
    let x = rand() * W;
    let y = rand() * H;
    g.moveTo(x, y);
    for (let k = 0; k < 5; k++) {
      x += (rand() - 0.5) * 40;
      y += (rand() - 0.3) * 30;
      g.lineTo(x, y);
    }
    g.stroke();
  }
  if (n.streakX !== undefined) {
    const grad = g.createLinearGradient(n.streakX - 3, 0, n.streakX + 3, 0);
    grad.addColorStop(0, 'rgba(0,0,0,0)');
    grad.addColorStop(0.5, 'rgba(60,60,60,0.28)');
    grad.addColorStop(1, 'rgba(0,0,0,0)');
    g.fillStyle = grad;
    g.fillRect(n.streakX - 3, 0, 6, H);
  }
  if (n.shadow) {
    const depth = 70 + rand() * 40;
    const grad = n.shadow === 'left' ? g.createLinearGradient(0, 0, depth, 0)
      : n.shadow === 'right' ? g.createLinearGradient(W, 0, W - depth, 0)
        : g.createLinearGradient(0, 0, 0, depth);
    grad.addColorStop(0, 'rgba(25,25,25,0.85)');
    grad.addColorStop(0.35, 'rgba(60,60,60,0.35)');
    grad.addColorStop(1, 'rgba(0,0,0,0)');
    g.fillStyle = grad;
    if (n.shadow === 'left') g.fillRect(0, 0, depth, H);
    else if (n.shadow === 'right') g.fillRect(W - depth, 0, depth, H);
    else g.fillRect(0, 0, W, depth);
  }
  return out.encode('jpeg', n.quality);
}

// ---------------------------------------------------------------------------------------------------------------
// The four scanned documents.

function pcseHeader(s: Sheet, title: string, sub: string): number {
  s.rect(90, 80, W - 180, 92, { fill: '#d6d6d6', lw: 0 });
  s.text('Primary Care Support England', 112, 122, { size: 30, font: 'LSansBold' });
  s.text('PCSE', W - 112, 122, { size: 40, font: 'LSansBold', align: 'right' });
  s.text('Delivered on behalf of NHS England', 112, 155, { size: 19 });
  s.text(title, 90, 236, { size: 31, font: 'LSansBold' });
  s.text(sub, 90, 274, { size: 20 });
  return 300;
}

/** Scan 1: GP Payments and Pensions Practice User Administrator certification form, filled in by two hands. */
export async function scanGppCertification(seed: string): Promise<Buffer[]> {
  const s = new Sheet();
  const r = rng(`${seed}/hand`);
  const bev = new Pen(r, HANDS.capsBlue!);
  const gp = new Pen(r, HANDS.neatBlack!);
  const g = s.g;
  let y = pcseHeader(s, 'GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form');
  y = s.para('Please complete BOTH parts of this form in BLOCK CAPITALS. Part 2 must be completed and signed by one of the organisation\'s approvers. Return the completed form to pcse.portalenquiries@nhs.net. Incomplete forms will be returned.', 90, y + 16, W - 180, { size: 20 });
  s.text('Part 1 - Practice and nominated User Administrator', 90, y + 30, { size: 25, font: 'LSansBold' });
  y += 50;
  const lw = 390;
  const bw = W - 180 - lw;
  const rows: [string, string][] = [
    ['Practice name', 'ELMWOOD MEDICAL PRACTICE'],
    ['Practice code (ODS)', 'P84012'],
    ['Nominee full name', 'BEVERLEY NWACHUKWU'],
    ['Nominee job title', 'RECEPTION MANAGER'],
    ['Nominee email address\n(nhs.net where possible)', 'b.nwachukwu@nhs.net'],
    ['Nominee telephone', '0161 496 0412'],
  ];
  for (const [label, val] of rows) {
    const p = s.row(label, 90, y, lw, bw, 62);
    bev.write(g, val, p.x, p.y - 2, { size: val.includes('@') ? 30 : undefined });
    y += 62;
  }
  s.text('Part 2 - Certification by an organisation approver', 90, y + 56, { size: 25, font: 'LSansBold' });
  y = s.para('I certify that the person named in Part 1 works for the practice named above and should be given the GPP Practice User Administrator role in PCSE Online. I understand that a practice may have no more than four GPP Practice User Administrators.', 90, y + 96, W - 180, { size: 20 });
  y += 6;
  const rows2: [string, string][] = [
    ['Approver name', 'Saira Ahmed'],
    ['Position / role', 'GP Partner'],
    ['Approver email address', 'saira.ahmed@nhs.net'],
  ];
  for (const [label, val] of rows2) {
    const p = s.row(label, 90, y, lw, bw, 62);
    gp.write(g, val, p.x, p.y - 2);
    y += 62;
  }
  const sig = s.row('Signature', 90, y, lw, bw, 110);
  gp.sign(g, sig.x + 20, y + 18, 300, 70);
  y += 110;
  const dt = s.row('Date', 90, y, lw, bw, 62);
  gp.write(g, '12/11/26', dt.x, dt.y - 2);
  y += 62;
  s.text('For PCSE use only:   Received ______   Checked ______   Set up ______', 90, y + 60, { size: 19 });
  s.text('PCSE GPP UA Certification v3.2', 90, H - 70, { size: 16 });
  s.text('Page 1 of 1', W - 90, H - 70, { size: 16, align: 'right' });
  return [await scanify(s.c, `${seed}/scan`, { skewDeg: 0.8, grey: true, tone: [236, 236, 234], grain: 14, speckles: 260, shadow: 'left', blur: 0.5, quality: 62 })];
}

function oeHeader(s: Sheet, title: string): number {
  s.text('NHS', W - 100, 120, { size: 54, font: 'LSansBold', align: 'right', color: '#1a1a1a' });
  s.text('Open Exeter', 90, 115, { size: 36, font: 'LSansBold' });
  s.text('Cervical Screening - access to the Open Exeter system', 90, 152, { size: 20 });
  s.line(90, 176, W - 90, 176, 2.5);
  s.text(title, 90, 232, { size: 29, font: 'LSansBold' });
  return 262;
}

/** Scan 2: Open Exeter Primary User request, GP practices; page 1 filled in by hand, page 2 printed notes. */
export async function scanOeGp(seed: string): Promise<Buffer[]> {
  const s = new Sheet();
  const r = rng(`${seed}/hand`);
  const pm = new Pen(r, HANDS.capsBlack!);
  const gp = new Pen(r, HANDS.looseBlue!);
  const g = s.g;
  let y = oeHeader(s, 'Request for a Primary User - GP Practices');
  y = s.para('Use this form to ask PCSE to set up a Primary User (Primary Contact) for your GP practice. Please write clearly in capitals. The form must be signed at the bottom of this page by an authorised signatory or it cannot be processed.', 90, y + 10, W - 180, { size: 20 });
  s.text('Section 1 - Practice', 90, y + 24, { size: 24, font: 'LSansBold' });
  y += 42;
  const lw = 360;
  const bw = W - 180 - lw;
  for (const [label, val] of [['Practice name', 'SALTMARSH SURGERY'], ['Practice code', 'Y02719'], ['Practice telephone', '01255 496 802']] as [string, string][]) {
    const p = s.row(label, 90, y, lw, bw, 58);
    pm.write(g, val, p.x, p.y - 2);
    y += 58;
  }
  s.text('Section 2 - Person to be set up as Primary User', 90, y + 46, { size: 24, font: 'LSansBold' });
  y += 64;
  for (const [label, val] of [['Title', 'MRS'], ['Forename(s)', 'NUALA'], ['Surname', 'McGINLEY'], ['Job title', 'PRACTICE MANAGER'], ['NHSmail address', 'nuala.mcginley@nhs.net']] as [string, string][]) {
    const p = s.row(label, 90, y, lw, bw, 58);
    pm.write(g, val, p.x, p.y - 2);
    y += 58;
  }
  s.text('Section 3 - Authorised signatory', 90, y + 46, { size: 24, font: 'LSansBold' });
  y = s.para('I confirm that the person named in Section 2 works at this practice and should be a Primary User of Open Exeter. I am (tick one):', 90, y + 80, W - 180, { size: 20 });
  const opts = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
  const cols = [90, 470, 850];
  opts.forEach((o, i) => {
    const cx = cols[i % 3]!;
    const cy = y + Math.floor(i / 3) * 46;
    s.box(cx, cy, 26);
    s.text(o, cx + 38, cy + 21, { size: 20 });
    if (o === 'GP Partner') gp.tick(g, cx, cy, 26);
  });
  y += 104;
  for (const [label, val] of [['Signatory name', 'Dr James Hargreaves']] as [string, string][]) {
    const p = s.row(label, 90, y, lw, bw, 58);
    gp.write(g, val, p.x, p.y - 2);
    y += 58;
  }
  const sg = s.row('Signature', 90, y, lw, bw, 100);
  gp.sign(g, sg.x + 10, y + 14, 330, 70);
  y += 100;
  const dt = s.row('Date', 90, y, lw, bw, 58);
  gp.write(g, '16.11.2026', dt.x, dt.y - 2);
  s.text('Open Exeter PU form (GP) - Page 1 of 2', 90, H - 70, { size: 16 });

  const s2 = new Sheet();
  let y2 = oeHeader(s2, 'Notes for completing this form');
  const notes = [
    'A Primary User (also known as a Primary Contact) manages Open Exeter access for the other members of staff in the practice: they can add, amend and delete users and reset passwords.',
    'We recommend that every practice has two Primary Users so that access can still be managed when one of them is away.',
    'The form must be signed by one of the following: Lead GP; GP Partner; Caldicott Guardian; Existing Primary Contact; Member of the Board of Directors. We will validate the signatory before the Primary User is set up.',
    'If there is no one available to sign, the practice should first request a new Caldicott Guardian.',
    'Email the completed and signed form to pcse.openexeter@nhs.net. Do not send it by post.',
    'Once set up, the Primary User will find "Organisation Maintenance" under the Application menu.',
  ];
  notes.forEach((n, i) => {
    s2.text(`${i + 1}.`, 90, y2 + 30, { size: 21 });
    y2 = s2.para(n, 130, y2 + 30, W - 230, { size: 21 }) + 6;
  });
  s2.text('Open Exeter PU form (GP) - Page 2 of 2', 90, H - 70, { size: 16 });
  const noise: ScanNoise = { skewDeg: -1.1, grey: false, tone: [247, 244, 232], grain: 11, speckles: 180, shadow: null, streakX: 884, blur: 0.4, quality: 66 };
  return [await scanify(s.c, `${seed}/p1`, noise), await scanify(s2.c, `${seed}/p2`, { ...noise, skewDeg: -0.7, speckles: 120 })];
}

/** Scan 3: Open Exeter Primary User request, other organisations; filled in, signature box left empty. */
export async function scanOeOther(seed: string): Promise<Buffer[]> {
  const s = new Sheet();
  const r = rng(`${seed}/hand`);
  const a = new Pen(r, HANDS.capsBlue!);
  const g = s.g;
  let y = oeHeader(s, 'Request for a Primary User - other organisations');
  y = s.para('For organisations that are not GP practices (for example hubs, clinics and screening services). Please complete in capitals. The form must be signed by an authorised signatory at the bottom of page 1.', 90, y + 10, W - 180, { size: 20 });
  s.text('1. Organisation', 90, y + 24, { size: 24, font: 'LSansBold' });
  y += 42;
  const lw = 380;
  const bw = W - 180 - lw;
  for (const [label, val] of [['Organisation name', 'COASTAL CARE PCN (HUB)'], ['Organisation (ODS) code', 'U60372'], ['Type of organisation', 'PCN - EXTENDED ACCESS HUB']] as [string, string][]) {
    const p = s.row(label, 90, y, lw, bw, 58);
    a.write(g, val, p.x, p.y - 2);
    y += 58;
  }
  s.text('2. Proposed Primary User', 90, y + 46, { size: 24, font: 'LSansBold' });
  y += 64;
  for (const [label, val] of [['Full name', 'DOROTA WIŚNIEWSKA'], ['Job title', 'HUB CO-ORDINATOR'], ['Email address', 'dorota.wisniewska@nhs.net'], ['Telephone', '01903 496 277']] as [string, string][]) {
    const p = s.row(label, 90, y, lw, bw, 58);
    a.write(g, val, p.x, p.y - 2);
    y += 58;
  }
  s.text('3. Authorised signatory', 90, y + 46, { size: 24, font: 'LSansBold' });
  y = s.para('Signed by one of: Caldicott Guardian; Member of the Board of Directors; an existing Primary User within the organisation. Tick which applies:', 90, y + 80, W - 180, { size: 20 });
  const opts = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];
  const cols = [90, 420, 860];
  opts.forEach((o, i) => {
    s.box(cols[i]!, y, 26);
    s.text(o, cols[i]! + 38, y + 21, { size: 20 });
    if (i === 1) a.tick(g, cols[i]!, y, 26);
  });
  y += 58;
  const p1 = s.row('Signatory name', 90, y, lw, bw, 58);
  a.write(g, 'GRAHAM PETTIFER', p1.x, p1.y - 2);
  y += 58;
  s.row('Signature', 90, y, lw, bw, 100);
  y += 100;
  const p2 = s.row('Date', 90, y, lw, bw, 58);
  a.write(g, '18/11/26', p2.x, p2.y - 2);
  s.text('OE PU form (non-GP) - Page 1 of 1', 90, H - 70, { size: 16 });
  return [await scanify(s.c, `${seed}/p1`, { skewDeg: 0.5, grey: true, tone: [228, 228, 226], grain: 20, speckles: 420, shadow: 'top', blur: 0.7, quality: 58, contrast: 1.15 })];
}

/** Scan 4: a typed letter on headed paper, printed, signed and scanned. */
export async function scanLetter(seed: string): Promise<Buffer[]> {
  const s = new Sheet();
  const r = rng(`${seed}/hand`);
  const pen = new Pen(r, HANDS.looseBlue!);
  const g = s.g;
  s.text('LINDEN HALL SURGERY', W / 2, 130, { size: 38, font: 'LSerifBold', align: 'center' });
  s.text('14 Linden Road  -  Carlton  -  Nottingham  -  NG4 3AA', W / 2, 170, { size: 21, font: 'LSerif', align: 'center' });
  s.text('Telephone 0115 496 0321     Practice code R83052', W / 2, 200, { size: 21, font: 'LSerif', align: 'center' });
  s.line(120, 222, W - 120, 222, 1.8);
  s.text('PCSE Data Manager', 140, 300, { size: 24, font: 'LSerif' });
  s.text('Primary Care Support England', 140, 332, { size: 24, font: 'LSerif' });
  s.text('By email: pcse.datamanager@nhs.net', 140, 364, { size: 24, font: 'LSerif' });
  s.text('19th November 2026', W - 140, 300, { size: 24, font: 'LSerif', align: 'right' });
  s.text('Dear Sir or Madam', 140, 440, { size: 24, font: 'LSerif' });
  s.text('Re: Update practice email address - Linden Hall Surgery (R83052)', 140, 490, { size: 24, font: 'LSerifBold' });
  let y = s.para('Following the reorganisation of our NHSmail accounts, the practice reception mailbox is being retired at the end of this month. Please update the practice email address that PCSE holds for us as follows:', 140, 545, W - 280, { size: 24, font: 'LSerif', lh: 34 });
  y += 16;
  s.text('Practice name:', 180, y, { size: 24, font: 'LSerif' });
  s.text('Linden Hall Surgery', 520, y, { size: 24, font: 'LSerif' });
  s.text('Practice code:', 180, y + 38, { size: 24, font: 'LSerif' });
  s.text('R83052', 520, y + 38, { size: 24, font: 'LSerif' });
  s.text('Current practice email:', 180, y + 76, { size: 24, font: 'LSerif' });
  s.text('lindenhall.reception@nhs.net', 520, y + 76, { size: 24, font: 'LSerif' });
  s.text('New practice email:', 180, y + 114, { size: 24, font: 'LSerif' });
  s.text('lindenhall.admin@nhs.net', 520, y + 114, { size: 24, font: 'LSerif' });
  y = s.para('The new address is an NHSmail shared (organisation) mailbox which is monitored by our administration team throughout the day. Please send your confirmation to the new address.', 140, y + 180, W - 280, { size: 24, font: 'LSerif', lh: 34 });
  y = s.para('Should you need to verify this request please telephone the practice and ask for me.', 140, y + 14, W - 280, { size: 24, font: 'LSerif', lh: 34 });
  s.text('Yours faithfully', 140, y + 40, { size: 24, font: 'LSerif' });
  pen.sign(g, 150, y + 70, 280, 80);
  s.text('Anjali Deshpande', 140, y + 200, { size: 24, font: 'LSerif' });
  s.text('Practice Manager', 140, y + 234, { size: 24, font: 'LSerif' });
  s.text('Partners: Dr R. Whitworth, Dr S. Oyelaran, Dr H. Brooks', W / 2, H - 90, { size: 17, font: 'LSerif', align: 'center' });
  return [await scanify(s.c, `${seed}/p1`, { skewDeg: 0.3, grey: true, tone: [240, 240, 240], grain: 9, speckles: 90, shadow: 'right', blur: 0.35, quality: 70 })];
}
