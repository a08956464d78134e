// The PDFs of corpus-55 (writer AY): fillable AcroForms, flat text forms and image-only scans (drawn with
// @napi-rs/canvas, rotated, speckled, a scribbled signature, embedded as the page's only content). Fixed dates,
// seeded noise: two builds give identical bytes.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export function rng(seed: string): () => number {
  let a = parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A scribbled signature as polylines in a w×h box (y down). */
function scribble(seed: string, w: number, h: number): [number, number][][] {
  const r = rng(`sig:${seed}`);
  const first: [number, number][] = [];
  for (let t = 0; t <= 1.0001; t += 0.04) {
    const th = Math.PI * 2 * t * 1.2 - Math.PI / 2;
    first.push([w * 0.1 + Math.cos(th) * w * 0.06 + t * w * 0.05, h * 0.45 + Math.sin(th) * h * 0.35]);
  }
  const run: [number, number][] = [];
  const loops = 5 + Math.floor(r() * 5);
  for (let i = 0; i <= loops * 12; i++) {
    const t = i / (loops * 12);
    const ph = t * loops * Math.PI * 2;
    run.push([w * 0.2 + t * w * 0.65 + Math.cos(ph) * w * 0.015, h * 0.55 - Math.sin(ph) * h * (0.12 + 0.15 * r()) ]);
  }
  const tail: [number, number][] = [];
  for (let t = 0; t <= 1.0001; t += 0.05) tail.push([w * (0.08 + t * 0.85), h * 0.85 - Math.sin(t * Math.PI) * h * 0.08]);
  return [first, run, tail];
}

export type Row = [label: string, value: string];
export interface FormSpec {
  title: string;
  intro?: string;
  sections: { heading: string; rows: Row[] }[];
  signature?: { label: string; seed: string | null; date: string }; // seed null: box left blank
  footer: string;
}

const FIXED = new Date('2026-11-16T09:00:00Z');

async function newDoc(title: string, creator: string) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setCreator(creator);
  doc.setProducer(creator);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return doc;
}

function wrap(font: PDFFont, s: string, size: number, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > w && line) { out.push(line); line = word; } else line = next;
  }
  if (line) out.push(line);
  return out;
}

function drawSig(page: PDFPage, seed: string, x: number, y: number, w: number, h: number) {
  const d = scribble(seed, w, h).map((s) => s.map(([px, py], i) => `${i ? 'L' : 'M'} ${px.toFixed(1)} ${py.toFixed(1)}`).join(' ')).join(' ');
  page.drawSvgPath(d, { x, y: y + h, borderColor: rgb(0.1, 0.15, 0.45), borderWidth: 1.1 });
}

/** A flat form: labels and values as text in table cells (a word-processor export). */
export async function flatForm(f: FormSpec, fillable = false): Promise<Uint8Array> {
  const doc = await newDoc(f.title, fillable ? 'Adobe Acrobat Pro 2024' : 'Microsoft® Word for Microsoft 365');
  const reg = await doc.embedFont(fillable ? StandardFonts.Helvetica : StandardFonts.TimesRoman);
  const bold = await doc.embedFont(fillable ? StandardFonts.HelveticaBold : StandardFonts.TimesRomanBold);
  const form = doc.getForm();
  let page = doc.addPage([595, 842]);
  let y = 790;
  page.drawText('NHS England  |  Primary Care Support England', { x: 40, y, size: 9, font: bold, color: rgb(0, 0.37, 0.72) });
  y -= 26;
  for (const l of wrap(bold, f.title, 14, 515)) { page.drawText(l, { x: 40, y, size: 14, font: bold }); y -= 18; }
  if (f.intro) for (const l of wrap(reg, f.intro, 9, 515)) { page.drawText(l, { x: 40, y, size: 9, font: reg, color: rgb(0.3, 0.3, 0.3) }); y -= 12; }
  y -= 8;
  let n = 0;
  for (const s of f.sections) {
    if (y < 140) { page = doc.addPage([595, 842]); y = 790; }
    page.drawText(s.heading, { x: 40, y, size: 11, font: bold });
    y -= 8;
    for (const [label, value] of s.rows) {
      const lines = wrap(reg, value || ' ', 10, 300);
      const h = Math.max(22, lines.length * 13 + 8);
      y -= h;
      page.drawRectangle({ x: 40, y, width: 200, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6, color: rgb(0.94, 0.95, 0.97) });
      page.drawRectangle({ x: 240, y, width: 315, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
      page.drawText(label, { x: 46, y: y + h - 14, size: 9, font: bold });
      if (fillable) {
        n += 1;
        const tf = form.createTextField(`${label.replace(/[^A-Za-z0-9 ]/g, '').trim()} ${n}`);
        if (lines.length > 1) tf.enableMultiline();
        tf.setText(value);
        tf.addToPage(page, { x: 242, y: y + 2, width: 311, height: h - 4, font: reg, borderWidth: 0 });
        tf.setFontSize(9);
      } else {
        lines.forEach((l, i) => page.drawText(l, { x: 246, y: y + h - 14 - i * 13, size: 10, font: reg }));
      }
    }
    y -= 22;
  }
  if (f.signature) {
    if (y < 120) { page = doc.addPage([595, 842]); y = 790; }
    page.drawText(f.signature.label, { x: 40, y, size: 9, font: bold });
    page.drawRectangle({ x: 40, y: y - 58, width: 260, height: 50, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
    if (f.signature.seed) drawSig(page, f.signature.seed, 50, y - 54, 230, 42);
    page.drawText(`Date: ${f.signature.date}`, { x: 320, y: y - 30, size: 10, font: reg });
  }
  doc.getPages().forEach((p, i, all) => p.drawText(`${f.footer}   Page ${i + 1} of ${all.length}`, { x: 40, y: 28, size: 7, font: reg, color: rgb(0.4, 0.4, 0.4) }));
  return doc.save({ useObjectStreams: false });
}

let fontsReady = false;
function scanFonts() {
  if (fontsReady) return;
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'ScanSans');
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'ScanSansBold');
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf', 'ScanHand');
  fontsReady = true;
}

/**
 * An image-only scan of a printed form filled in by hand: 150 dpi A4 JPEG, skewed by `angle` degrees, with
 * speckle, a grey edge shadow and a scribbled signature. No text layer.
 */
export async function scanForm(f: FormSpec, seed: string, angle: number): Promise<Uint8Array> {
  scanFonts();
  const W = 1240;
  const H = 1754;
  const c = createCanvas(W, H);
  const g = c.getContext('2d');
  const r = rng(`scan:${seed}`);
  g.fillStyle = '#f7f6f1';
  g.fillRect(0, 0, W, H);
  g.save();
  g.translate(W / 2, H / 2);
  g.rotate((angle * Math.PI) / 180);
  g.translate(-W / 2, -H / 2);
  g.fillStyle = '#111';
  g.font = '22px ScanSansBold';
  g.fillText('Primary Care Support England', 90, 120);
  let y = 180;
  g.font = '30px ScanSansBold';
  for (const l of f.title.match(/.{1,60}(\s|$)/g) ?? [f.title]) { g.fillText(l.trim(), 90, y); y += 40; }
  g.font = '19px ScanSans';
  if (f.intro) for (const l of f.intro.match(/.{1,95}(\s|$)/g) ?? []) { g.fillText(l.trim(), 90, y); y += 26; }
  y += 20;
  for (const s of f.sections) {
    g.font = '24px ScanSansBold';
    g.fillStyle = '#111';
    g.fillText(s.heading, 90, y);
    y += 14;
    for (const [label, value] of s.rows) {
      const h = 62;
      g.strokeStyle = '#333';
      g.lineWidth = 2;
      g.strokeRect(90, y, 400, h);
      g.strokeRect(490, y, 660, h);
      g.font = '21px ScanSansBold';
      g.fillStyle = '#111';
      g.fillText(label, 102, y + 38);
      g.font = '30px ScanHand';
      g.fillStyle = '#1b2a6b';
      g.fillText(value, 506 + r() * 8, y + 42 + (r() - 0.5) * 4);
      y += h;
    }
    y += 40;
  }
  if (f.signature) {
    g.font = '21px ScanSansBold';
    g.fillStyle = '#111';
    g.fillText(f.signature.label, 90, y);
    g.strokeRect(90, y + 12, 540, 120);
    g.font = '26px ScanHand';
    g.fillStyle = '#1b2a6b';
    g.fillText(`Date: ${f.signature.date}`, 680, y + 80);
    if (f.signature.seed) {
      g.strokeStyle = '#1b2a6b';
      g.lineWidth = 3;
      for (const stroke of scribble(f.signature.seed, 480, 100)) {
        g.beginPath();
        stroke.forEach(([px, py], i) => (i ? g.lineTo(110 + px, y + 22 + py) : g.moveTo(110 + px, y + 22 + py)));
        g.stroke();
      }
    }
  }
  g.font = '16px ScanSans';
  g.fillStyle = '#333';
  g.fillText(f.footer, 90, H - 70);
  g.restore();
  // edge shadow and speckle
  const grad = g.createLinearGradient(0, 0, 60, 0);
  grad.addColorStop(0, 'rgba(60,60,60,0.55)');
  grad.addColorStop(1, 'rgba(60,60,60,0)');
  g.fillStyle = grad;
  g.fillRect(0, 0, 60, H);
  for (let i = 0; i < 2600; i++) {
    g.fillStyle = `rgba(20,20,20,${(0.2 + r() * 0.6).toFixed(2)})`;
    const s = 1 + r() * 2.5;
    g.fillRect(r() * W, r() * H, s, s);
  }
  const jpg = c.toBuffer('image/jpeg', 82);
  const doc = await newDoc('Scan', 'RICOH IM C3000');
  const img = await doc.embedJpg(jpg);
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return doc.save({ useObjectStreams: false });
}
