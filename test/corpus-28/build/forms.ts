// Writer X's forms: one layout engine, three back ends (a flat text PDF, a fillable AcroForm, a scanned image page).
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type PDFForm } from 'pdf-lib';
import { rng } from './lib.js';

export type Row =
  | { t: 'title'; text: string; size?: number }
  | { t: 'head'; text: string }
  | { t: 'para'; text: string; size?: number }
  | { t: 'field'; key: string; label: string; value: string | null; tall?: boolean }
  | { t: 'check'; key: string; label: string; options: string[]; checked: string[] }
  | { t: 'sig'; key: string; label: string; signed: boolean; signer?: string }
  | { t: 'gap'; h: number };

export interface FormDef { pages: Row[][]; footer?: string }

export type Naming = 'textN' | 'hungarian' | 'snake' | 'acrobat' | 'coded' | 'pascal';
export interface Style {
  layout: 'beside' | 'below' | 'table';
  check: 'box' | 'brackets' | 'yesno' | 'cellX' | 'ballot';
  font?: 'helv' | 'times';
  sigStyle?: 'scribble' | 'typed';
  labelWidth?: number;
}

// ---------------------------------------------------------------- back-end interface (top-down points, A4 595x842)
interface Backend {
  newPage(): void;
  text(x: number, y: number, s: string, size: number, o?: { bold?: boolean; italic?: boolean }): void;
  width(s: string, size: number, bold?: boolean): number;
  rect(x: number, y: number, w: number, h: number, fill?: number): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
  value(key: string, label: string, x: number, y: number, w: number, h: number, s: string | null): void;
  check(key: string, option: string, x: number, y: number, size: number, checked: boolean): void;
  sig(x: number, y: number, w: number, h: number, signed: boolean, signer: string | undefined, typed: boolean, boxed?: boolean): void;
  section(): void;
}

const L = 50;
const R = 545;

function wrap(be: Backend, s: string, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (be.width(next, size) > width && cur) { out.push(cur); cur = w; } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

function layout(def: FormDef, st: Style, be: Backend): void {
  const LW = st.labelWidth ?? 175;
  def.pages.forEach((rows, pi) => {
    if (pi > 0) be.newPage();
    let y = 50;
    let inTable = false;
    const endTable = () => { if (inTable) { y += 8; inTable = false; } };
    for (const r of rows) {
      if (r.t !== 'field' && !(r.t === 'check' && (st.check === 'cellX' || st.check === 'yesno'))) endTable();
      switch (r.t) {
        case 'title':
          for (const line of wrap(be, r.text, r.size ?? 15, R - L)) { be.text(L, y + 15, line, r.size ?? 15, { bold: true }); y += (r.size ?? 15) + 5; }
          y += 6;
          break;
        case 'head':
          be.section();
          be.rect(L, y, R - L, 16, 0.86);
          be.text(L + 4, y + 12, r.text, 10.5, { bold: true });
          y += 24;
          break;
        case 'para':
          for (const line of wrap(be, r.text, r.size ?? 9, R - L)) { be.text(L, y + 10, line, r.size ?? 9); y += (r.size ?? 9) + 3; }
          y += 5;
          break;
        case 'gap':
          y += r.h;
          break;
        case 'field': {
          const h = r.tall ? 30 : 18;
          if (st.layout === 'beside') {
            be.text(L, y + 12, r.label, 9.5);
            be.value(r.key, r.label, L + LW, y, R - L - LW, h, r.value);
            y += h + 6;
          } else if (st.layout === 'below') {
            be.text(L, y + 10, r.label, 9.5, { bold: true });
            be.value(r.key, r.label, L, y + 14, R - L, h, r.value);
            y += h + 22;
          } else {
            inTable = true;
            be.rect(L, y, LW, h + 4);
            be.rect(L + LW, y, R - L - LW, h + 4);
            be.text(L + 4, y + 14, r.label, 9.5, { bold: true });
            be.value(r.key, r.label, L + LW + 2, y + 2, R - L - LW - 4, h, r.value);
            y += h + 4;
          }
          break;
        }
        case 'check': {
          if (st.check === 'box' || st.check === 'ballot') {
            be.text(L, y + 12, r.label, 9.5, st.layout === 'below' ? { bold: true } : undefined);
            let yy = st.layout === 'below' ? y + 18 : y;
            const x0 = st.layout === 'below' ? L : L + LW;
            for (const o of r.options) {
              be.check(r.key, o, x0, yy + 3, 10, r.checked.includes(o));
              be.text(x0 + 16, yy + 12, o, 9.5);
              yy += 16;
            }
            y = yy + 6;
          } else if (st.check === 'brackets') {
            be.text(L, y + 12, r.label, 9.5, st.layout === 'below' ? { bold: true } : undefined);
            let yy = st.layout === 'below' ? y + 16 : y;
            const x0 = st.layout === 'below' ? L : L + LW;
            for (const o of r.options) { be.text(x0, yy + 12, `[${r.checked.includes(o) ? 'X' : ' '}]  ${o}`, 9.5); yy += 15; }
            y = yy + 6;
          } else if (st.check === 'yesno') {
            be.text(L, y + 12, r.label, 9.5, { bold: true });
            y += 18;
            for (const o of r.options) {
              if (st.layout === 'table') {
                be.rect(L, y, LW, 18); be.rect(L + LW, y, R - L - LW, 18);
                be.text(L + 4, y + 13, o, 9.5); be.text(L + LW + 6, y + 13, r.checked.includes(o) ? 'Yes' : 'No', 9.5);
                y += 18;
              } else {
                be.text(L + 12, y + 12, `${o}:`, 9.5);
                be.text(L + LW, y + 12, r.checked.includes(o) ? 'Yes' : 'No', 9.5);
                y += 15;
              }
            }
            y += 6;
          } else {
            // cellX: a table, the option in the left cell, an X in the right cell
            be.rect(L, y, R - L, 18, 0.93);
            be.text(L + 4, y + 13, r.label, 9.5, { bold: true });
            y += 18;
            for (const o of r.options) {
              be.rect(L, y, R - L - 60, 18); be.rect(R - 60, y, 60, 18);
              be.text(L + 4, y + 13, o, 9.5);
              if (r.checked.includes(o)) be.text(R - 34, y + 13, 'X', 10, { bold: true });
              y += 18;
            }
            y += 8;
          }
          break;
        }
        case 'sig': {
          const h = 36;
          be.text(L, y + 14, r.label, 9.5, st.layout === 'beside' ? undefined : { bold: true });
          be.sig(r.label ? L + LW : L, y, 220, h, r.signed, r.signer, st.sigStyle === 'typed', r.label !== '');
          y += h + 8;
          break;
        }
      }
    }
    if (def.footer) be.text(L, 815, `${def.footer}   Page ${pi + 1} of ${def.pages.length}`, 7.5);
  });
}

// ---------------------------------------------------------------- signatures
export function scribblePath(seed: string, w: number, h: number): string {
  const r = rng(`sig:${seed}`);
  let x = 6 + r() * 10;
  let y = h * (0.45 + r() * 0.2);
  let d = `M ${x.toFixed(1)} ${y.toFixed(1)}`;
  const n = 5 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = Math.min(w - 6, x + (w - 20) / n + r() * 8);
    const ny = h * (0.25 + r() * 0.55);
    d += ` C ${(x + r() * 14).toFixed(1)} ${(h * (0.05 + r() * 0.3)).toFixed(1)} ${(nx - r() * 14).toFixed(1)} ${(h * (0.7 + r() * 0.28)).toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`;
    x = nx; y = ny;
  }
  d += ` M ${(w * 0.15).toFixed(1)} ${(h * 0.82).toFixed(1)} L ${(w * (0.55 + r() * 0.3)).toFixed(1)} ${(h * (0.74 + r() * 0.1)).toFixed(1)}`;
  return d;
}

// ---------------------------------------------------------------- PDF back ends
class Namer {
  private n = 0;
  private b = 0;
  private sec = 0;
  private q = 0;
  private used = new Map<string, number>();
  constructor(private style: Naming, private page = () => 1) {}
  section() { this.sec += 1; this.q = 0; }
  private uniq(base: string): string {
    const c = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, c);
    return c === 1 ? base : `${base}_${c}`;
  }
  text(key: string, label: string): string {
    this.q += 1;
    switch (this.style) {
      case 'textN': return `Text${++this.n}`;
      case 'hungarian': return this.uniq(`txt${pascal(key)}`);
      case 'snake': return this.uniq(key);
      case 'pascal': return this.uniq(pascal(key));
      case 'acrobat': return this.uniq(label.replace(/[().:/]/g, '').replace(/\s+/g, ' ').trim());
      case 'coded': return `p${this.page()}_s${this.sec}_q${String(this.q).padStart(2, '0')}`;
    }
  }
  box(key: string, option: string): string {
    switch (this.style) {
      case 'textN':
      case 'acrobat': return `Check Box${++this.b}`;
      case 'hungarian': return this.uniq(`chk${pascal(option)}`);
      case 'snake': return this.uniq(`${key}_${option.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/_+$/, '')}`);
      case 'pascal': return this.uniq(`${pascal(key)}${pascal(option)}`);
      case 'coded': this.q += 1; return `p${this.page()}_s${this.sec}_q${String(this.q).padStart(2, '0')}_cb`;
    }
  }
}
const pascal = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');

class PdfBackend implements Backend {
  pages: PDFPage[] = [];
  private form: PDFForm;
  private namer: Namer;
  constructor(private doc: PDFDocument, private f: { reg: PDFFont; bold: PDFFont; ital: PDFFont }, private acro: Naming | null, private seed: string) {
    this.form = doc.getForm();
    this.namer = new Namer(acro ?? 'textN', () => this.pages.length);
    this.newPage();
  }
  get page(): PDFPage { return this.pages[this.pages.length - 1]!; }
  newPage() { this.pages.push(this.doc.addPage([595, 842])); }
  section() { this.namer.section(); }
  text(x: number, y: number, s: string, size: number, o?: { bold?: boolean; italic?: boolean }) {
    this.page.drawText(s, { x, y: 842 - y, size, font: o?.bold ? this.f.bold : o?.italic ? this.f.ital : this.f.reg, color: rgb(0.05, 0.05, 0.05) });
  }
  width(s: string, size: number, bold?: boolean) { return (bold ? this.f.bold : this.f.reg).widthOfTextAtSize(s, size); }
  rect(x: number, y: number, w: number, h: number, fill?: number) {
    this.page.drawRectangle({ x, y: 842 - y - h, width: w, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6, ...(fill !== undefined ? { color: rgb(fill, fill, fill) } : {}) });
  }
  line(x1: number, y1: number, x2: number, y2: number) { this.page.drawLine({ start: { x: x1, y: 842 - y1 }, end: { x: x2, y: 842 - y2 }, thickness: 0.5 }); }
  value(key: string, label: string, x: number, y: number, w: number, h: number, s: string | null) {
    if (this.acro) {
      const tf = this.form.createTextField(this.namer.text(key, label));
      if (h > 20) tf.enableMultiline();
      tf.addToPage(this.page, { x, y: 842 - y - h, width: w, height: h, font: this.f.reg, borderColor: rgb(0.55, 0.55, 0.6), borderWidth: 0.6, backgroundColor: rgb(0.93, 0.95, 1) });
      if (s) tf.setText(s);
      tf.setFontSize(9.5);
      return;
    }
    if (!s) return;
    const lines = s.split('\n');
    lines.forEach((ln, i) => this.text(x + 3, y + 12 + i * 11, ln, 10));
  }
  check(key: string, option: string, x: number, y: number, size: number, checked: boolean) {
    if (this.acro) {
      const cb = this.form.createCheckBox(this.namer.box(key, option));
      cb.addToPage(this.page, { x, y: 842 - y - size, width: size, height: size, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
      if (checked) cb.check();
      return;
    }
    this.rect(x, y, size, size);
    if (checked) this.text(x + 1.6, y + size - 1.5, 'X', size, { bold: true });
  }
  sig(x: number, y: number, w: number, h: number, signed: boolean, signer: string | undefined, typed: boolean, boxed = true) {
    if (boxed) this.rect(x, y, w, h);
    if (!signed) return;
    if (typed) { this.text(x + 8, y + h - 11, signer ?? '', 15, { italic: true }); return; }
    this.page.drawSvgPath(scribblePath(`${this.seed}:${signer}`, w, h), { x, y: 842 - y, borderColor: rgb(0.08, 0.12, 0.45), borderWidth: 1.3 });
  }
}

const FIXED_DATE = new Date('2026-11-02T08:00:00Z');

/** Math.random is seeded while pdf-lib runs (it names font resources with random suffixes). */
async function seeded<T>(seed: string, f: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = rng(`pdf:${seed}`);
  try { return await f(); } finally { Math.random = orig; }
}

async function newDoc(title: string, producer: string, creator: string, date: Date): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc;
}

export interface PdfOpts { title: string; producer?: string; creator?: string; date?: Date }

export async function flatPdf(seed: string, def: FormDef, st: Style, o: PdfOpts): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await newDoc(o.title, o.producer ?? 'Microsoft® Word for Microsoft 365', o.creator ?? 'Microsoft® Word for Microsoft 365', o.date ?? FIXED_DATE);
    const times = st.font === 'times';
    const f = {
      reg: await doc.embedFont(times ? StandardFonts.TimesRoman : StandardFonts.Helvetica),
      bold: await doc.embedFont(times ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold),
      ital: await doc.embedFont(times ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique),
    };
    layout(def, st, new PdfBackend(doc, f, null, seed));
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

export async function acroPdf(seed: string, def: FormDef, st: Style, naming: Naming, o: PdfOpts): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await newDoc(o.title, o.producer ?? 'Adobe PDF Library 24.2.159', o.creator ?? 'Adobe Acrobat Pro (64-bit) 24.2.20759', o.date ?? FIXED_DATE);
    const f = {
      reg: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      ital: await doc.embedFont(StandardFonts.HelveticaOblique),
    };
    layout(def, st, new PdfBackend(doc, f, naming, seed));
    doc.getForm().updateFieldAppearances(f.reg);
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

// ---------------------------------------------------------------- scans
const FONT_DIR = '/usr/share/fonts/truetype';
let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  const reg = (file: string, alias: string) => GlobalFonts.registerFromPath(`${FONT_DIR}/${file}`, alias);
  reg('liberation/LiberationSans-Regular.ttf', 'PrintSans');
  reg('liberation/LiberationSans-Bold.ttf', 'PrintSansBold');
  reg('dejavu/DejaVuSans.ttf', 'PrintDejaVu');
  reg('dejavu/DejaVuSans-Oblique.ttf', 'HandA');
  reg('liberation/LiberationSerif-Italic.ttf', 'HandB');
  reg('dejavu/DejaVuSansCondensed-Oblique.ttf', 'HandC');
  reg('liberation/LiberationSansNarrow-Italic.ttf', 'HandD');
  fontsReady = true;
}

export interface ScanOpts {
  /** Handwriting face for the filled values. */
  hand: 'HandA' | 'HandB' | 'HandC' | 'HandD';
  /** Degrees of rotation per page. */
  angle: number[];
  ink?: string;
  quality?: number;
  /** Values typed (printed) rather than handwritten: a form typed in Word, printed, signed and scanned. */
  typedValues?: boolean;
}

const SC = 1240 / 595;

class CanvasBackend implements Backend {
  pages: Canvas[] = [];
  private ctx!: SKRSContext2D;
  private r: () => number;
  constructor(private seed: string, private o: ScanOpts, private st: Style) { this.r = rng(`hand:${seed}`); this.newPage(); }
  newPage() {
    const c = createCanvas(1240, 1754);
    this.ctx = c.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, 1240, 1754);
    this.pages.push(c);
  }
  section() { /* printed form: nothing to name */ }
  text(x: number, y: number, s: string, size: number, o?: { bold?: boolean; italic?: boolean }) {
    this.ctx.fillStyle = '#141414';
    this.ctx.font = `${(size * SC).toFixed(1)}px ${o?.bold ? 'PrintSansBold' : /[☐☒]/.test(s) ? 'PrintDejaVu' : 'PrintSans'}`;
    this.ctx.fillText(s, x * SC, y * SC);
  }
  width(s: string, size: number, bold?: boolean) {
    this.ctx.font = `${(size * SC).toFixed(1)}px ${bold ? 'PrintSansBold' : 'PrintSans'}`;
    return this.ctx.measureText(s).width / SC;
  }
  rect(x: number, y: number, w: number, h: number, fill?: number) {
    if (fill !== undefined) { const g = Math.round(fill * 255); this.ctx.fillStyle = `rgb(${g},${g},${g})`; this.ctx.fillRect(x * SC, y * SC, w * SC, h * SC); }
    this.ctx.strokeStyle = '#333';
    this.ctx.lineWidth = 1.4;
    this.ctx.strokeRect(x * SC, y * SC, w * SC, h * SC);
  }
  line(x1: number, y1: number, x2: number, y2: number) {
    this.ctx.strokeStyle = '#333'; this.ctx.lineWidth = 1.2;
    this.ctx.beginPath(); this.ctx.moveTo(x1 * SC, y1 * SC); this.ctx.lineTo(x2 * SC, y2 * SC); this.ctx.stroke();
  }
  private hand(x: number, y: number, s: string, sizePx: number) {
    const ctx = this.ctx;
    const r = this.r;
    ctx.fillStyle = this.o.ink ?? '#1b2a78';
    ctx.font = `${sizePx.toFixed(1)}px ${this.o.hand}`;
    let cx = x;
    const drift = (r() - 0.5) * 0.02;
    for (const ch of s) {
      ctx.save();
      ctx.translate(cx, y + (r() - 0.5) * 2.4 + (cx - x) * drift);
      ctx.rotate((r() - 0.5) * 0.07);
      ctx.fillText(ch, 0, 0);
      ctx.restore();
      cx += ctx.measureText(ch).width * (1.0 + (r() - 0.4) * 0.09);
    }
  }
  value(_key: string, _label: string, x: number, y: number, w: number, h: number, s: string | null) {
    if (this.st.layout !== 'table') this.line(x, y + h, x + w, y + h); // a printed line to write on
    if (!s) return;
    if (this.o.typedValues) {
      s.split('\n').forEach((ln, i) => { this.ctx.fillStyle = '#111'; this.ctx.font = `${(10.5 * SC).toFixed(1)}px PrintSans`; this.ctx.fillText(ln, (x + 3) * SC, (y + 13 + i * 12) * SC); });
      return;
    }
    s.split('\n').forEach((ln, i) => this.hand((x + 4) * SC, (y + 14 + i * 13) * SC, ln, 12.2 * SC));
  }
  check(_key: string, option: string, x: number, y: number, size: number, checked: boolean) {
    if (this.st.check === 'ballot') {
      this.ctx.fillStyle = '#141414';
      this.ctx.font = `${(12 * SC).toFixed(1)}px PrintDejaVu`;
      this.ctx.fillText(checked ? '☒' : '☐', x * SC, (y + size) * SC);
      return;
    }
    this.rect(x, y, size, size);
    if (!checked) return;
    const ctx = this.ctx;
    const r = this.r;
    ctx.strokeStyle = this.o.ink ?? '#1b2a78';
    ctx.lineWidth = 3.2;
    ctx.beginPath();
    const bx = x * SC;
    const by = y * SC;
    const s = size * SC;
    ctx.moveTo(bx - 2, by + s * 0.5 + r() * 3);
    ctx.lineTo(bx + s * 0.4, by + s + 2);
    ctx.lineTo(bx + s * 1.3 + r() * 4, by - s * 0.5);
    ctx.stroke();
    void option;
  }
  sig(x: number, y: number, w: number, h: number, signed: boolean, signer: string | undefined, _typed: boolean) {
    this.rect(x, y, w, h);
    if (!signed) return;
    const ctx = this.ctx;
    ctx.save();
    ctx.translate(x * SC, y * SC);
    ctx.scale(SC, SC);
    ctx.strokeStyle = this.o.ink ?? '#1b2a78';
    ctx.lineWidth = 1.5;
    ctx.stroke(new Path2D(scribblePath(`${this.seed}:${signer}`, w, h)));
    ctx.restore();
  }
}

export async function scanPdf(seed: string, def: FormDef, st: Style, o: ScanOpts, meta: PdfOpts): Promise<Buffer> {
  registerFonts();
  const be = new CanvasBackend(seed, o, st);
  layout(def, st, be);
  const r = rng(`noise:${seed}`);
  const jpgs: Buffer[] = be.pages.map((pg, i) => {
    const out = createCanvas(1240, 1754);
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#efede6';
    ctx.fillRect(0, 0, 1240, 1754);
    ctx.save();
    ctx.translate(620, 877);
    ctx.rotate(((o.angle[i] ?? o.angle[0] ?? 0) * Math.PI) / 180);
    ctx.globalAlpha = 0.96;
    ctx.drawImage(pg, -620 + (r() - 0.5) * 16, -877 + (r() - 0.5) * 16);
    ctx.restore();
    ctx.globalAlpha = 1;
    // a shadowed edge where the lid did not close
    const grad = ctx.createLinearGradient(0, 0, 38, 0);
    grad.addColorStop(0, 'rgba(40,40,40,0.55)');
    grad.addColorStop(1, 'rgba(40,40,40,0)');
    ctx.fillStyle = grad;
    ctx.fillRect(0, 0, 38, 1754);
    // speckle and toner dust
    for (let k = 0; k < 2600; k++) {
      const g = Math.floor(60 + r() * 120);
      ctx.fillStyle = `rgba(${g},${g},${g},${(0.25 + r() * 0.5).toFixed(2)})`;
      const s = r() < 0.92 ? 1.2 : 2.6;
      ctx.fillRect(r() * 1240, r() * 1754, s, s);
    }
    // a faint streak from the scanner glass
    ctx.fillStyle = 'rgba(90,90,90,0.08)';
    ctx.fillRect(300 + r() * 600, 0, 2, 1754);
    return out.encodeSync('jpeg', o.quality ?? 72);
  });
  return seeded(seed, async () => {
    const doc = await newDoc(meta.title, meta.producer ?? 'RICOH IM C3000', meta.creator ?? 'RICOH IM C3000', meta.date ?? FIXED_DATE);
    for (const j of jpgs) {
      const img = await doc.embedJpg(j);
      const page = doc.addPage([595.28, 841.89]);
      page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
    }
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

// ---------------------------------------------------------------- the three forms
export const OE_GP_ROLES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_ROLES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

export interface OePerson { title?: string; first?: string; surname?: string; full?: string; job?: string; email?: string; phone?: string }
export interface OeData {
  org: { name: string; code: string; address?: string; phone?: string; type?: string };
  nominee: OePerson;
  signatory: { name: string; roles: string[]; roleText?: string; email?: string; signed: boolean; date?: string };
  /** Use one "Full name" line for the nominee instead of first name and surname. */
  fullName?: boolean;
}

const oePage2 = (gp: boolean): Row[] => [
  { t: 'title', text: 'Guidance notes', size: 13 },
  { t: 'head', text: 'Who can sign this form?' },
  {
    t: 'para', text: gp
      ? 'For GP practices this form must be signed by one of the following authorised signatories: Lead GP; GP Partner; Caldicott Guardian; Existing Primary Contact; Member of the Board of Directors. A practice manager may not sign unless they are an existing Primary Contact.'
      : 'For organisations other than GP practices this form must be signed by one of the following authorised signatories: Caldicott Guardian; Member of the Board of Directors; an existing Primary User within the organisation.',
  },
  { t: 'para', text: 'One of the above signatories needs to validate the application and to grant access for a Primary User to be set up. Please ensure the form is signed at the bottom of page 1, otherwise we are unable to process the request.' },
  { t: 'head', text: 'What if there is no available signatory?' },
  { t: 'para', text: 'If you have no-one available from the list of signatories, you should request a new Caldicott Guardian before submitting this form.' },
  { t: 'head', text: 'About Primary Users' },
  { t: 'para', text: 'The Primary User (also known as the Primary Contact) can add, amend and delete users and reset passwords for their organisation in Open Exeter using Organisation Maintenance. We recommend two Primary User accounts per organisation.' },
  { t: 'para', text: 'Email the completed form to pcse.openexeter@nhs.net. Upon receipt we will validate the authorised signatory and authorise the request.' },
  { t: 'head', text: 'For PCSE use only' },
  { t: 'field', key: 'office_received_by', label: 'Received by', value: null },
  { t: 'field', key: 'office_date', label: 'Date processed', value: null },
  { t: 'field', key: 'office_user_id', label: 'Open Exeter user ID issued', value: null },
];

function nomineeRows(d: OeData): Row[] {
  const n = d.nominee;
  return [
    { t: 'field', key: 'nominee_title', label: 'Title', value: n.title ?? null },
    ...(d.fullName
      ? [{ t: 'field', key: 'nominee_full_name', label: 'Full name', value: n.full ?? null } as Row]
      : [
        { t: 'field', key: 'nominee_first_name', label: 'First name', value: n.first ?? null } as Row,
        { t: 'field', key: 'nominee_surname', label: 'Surname', value: n.surname ?? null } as Row,
      ]),
    { t: 'field', key: 'nominee_job_title', label: 'Job title', value: n.job ?? null },
    { t: 'field', key: 'nominee_email', label: 'Email', value: n.email ?? null },
    { t: 'field', key: 'nominee_phone', label: 'Telephone', value: n.phone ?? null },
  ];
}

export function oeGpForm(d: OeData): FormDef {
  return {
    footer: 'PCSE Open Exeter Primary User request - GP practices (v3.2)',
    pages: [[
      { t: 'title', text: 'Open Exeter - Request for a Primary User (GP Practices)' },
      { t: 'para', text: 'Please complete all sections and return the form to pcse.openexeter@nhs.net. The form must be signed by an authorised signatory at the bottom of this page (see page 2).' },
      { t: 'head', text: 'Section 1 - Practice details' },
      { t: 'field', key: 'practice_name', label: 'Practice name', value: d.org.name },
      { t: 'field', key: 'practice_code', label: 'Practice code (ODS)', value: d.org.code },
      { t: 'field', key: 'practice_address', label: 'Address', value: d.org.address ?? null, tall: true },
      { t: 'field', key: 'practice_phone', label: 'Telephone', value: d.org.phone ?? null },
      { t: 'head', text: 'Section 2 - Person to be set up as Primary User' },
      ...nomineeRows(d),
      { t: 'head', text: 'Section 3 - Authorised signatory' },
      { t: 'para', text: 'I confirm that the person named in Section 2 works at this practice and should be given Primary User (Organisation Maintenance) access to Open Exeter.' },
      { t: 'field', key: 'signatory_name', label: 'Name', value: d.signatory.name },
      { t: 'check', key: 'signatory_position', label: 'Position (tick one)', options: OE_GP_ROLES, checked: d.signatory.roles },
      ...(d.signatory.roleText !== undefined ? [{ t: 'field', key: 'signatory_position_other', label: 'Other position', value: d.signatory.roleText } as Row] : []),
      { t: 'field', key: 'signatory_email', label: 'Email', value: d.signatory.email ?? null },
      { t: 'sig', key: 'signature', label: 'Signature', signed: d.signatory.signed, signer: d.signatory.name },
      { t: 'field', key: 'signature_date', label: 'Date', value: d.signatory.date ?? null },
    ], oePage2(true)],
  };
}

export function oeOtherForm(d: OeData): FormDef {
  return {
    footer: 'PCSE Open Exeter Primary User request - other organisations (v2.7)',
    pages: [[
      { t: 'title', text: 'Open Exeter - Request for a Primary User (Other Organisations)' },
      { t: 'para', text: 'For organisations that are not GP practices (for example laboratories, colposcopy clinics, sexual health services, ICBs). Return to pcse.openexeter@nhs.net signed at the bottom of this page.' },
      { t: 'head', text: 'Section 1 - Organisation details' },
      { t: 'field', key: 'org_name', label: 'Organisation name', value: d.org.name },
      { t: 'field', key: 'org_code', label: 'Organisation code', value: d.org.code },
      { t: 'field', key: 'org_type', label: 'Organisation type', value: d.org.type ?? null },
      { t: 'field', key: 'org_address', label: 'Address', value: d.org.address ?? null, tall: true },
      { t: 'field', key: 'org_phone', label: 'Telephone', value: d.org.phone ?? null },
      { t: 'head', text: 'Section 2 - Person to be set up as Primary User' },
      ...nomineeRows(d),
      { t: 'head', text: 'Section 3 - Authorised signatory' },
      { t: 'para', text: 'I confirm that the person named in Section 2 should be set up as a Primary User for this organisation.' },
      { t: 'field', key: 'signatory_name', label: 'Name', value: d.signatory.name },
      { t: 'check', key: 'signatory_capacity', label: 'Capacity (tick one)', options: OE_OTHER_ROLES, checked: d.signatory.roles },
      ...(d.signatory.roleText !== undefined ? [{ t: 'field', key: 'signatory_job_title', label: 'Job title', value: d.signatory.roleText } as Row] : []),
      { t: 'field', key: 'signatory_email', label: 'Email', value: d.signatory.email ?? null },
      { t: 'sig', key: 'signature', label: 'Signature', signed: d.signatory.signed, signer: d.signatory.name },
      { t: 'field', key: 'signature_date', label: 'Date', value: d.signatory.date ?? null },
    ], oePage2(false)],
  };
}

export interface GppData {
  practice: { name: string; code: string };
  nominee: { name: string; job?: string; email: string; phone?: string };
  approver: { name: string; role: string; email?: string; signed: boolean; date?: string };
  existingAdmins?: string;
  /** Put Part 2 on its own page. */
  twoPages?: boolean;
}

export function gppForm(d: GppData): FormDef {
  const part1: Row[] = [
    { t: 'title', text: 'GP Payments and Pensions - Practice User Administrator Certification Form' },
    { t: 'para', text: 'Use this form when your practice has no GPP Practice User Administrator. Complete both parts of the form and return it to pcse.portalenquiries@nhs.net. A practice may have a maximum of four GPP Practice User Administrators.' },
    { t: 'head', text: 'Part 1 - Practice and nominee details' },
    { t: 'field', key: 'practice_name', label: 'Practice name', value: d.practice.name },
    { t: 'field', key: 'practice_code', label: 'Practice code', value: d.practice.code },
    { t: 'field', key: 'nominee_name', label: 'Name of nominee', value: d.nominee.name },
    { t: 'field', key: 'nominee_job_title', label: 'Job title', value: d.nominee.job ?? null },
    { t: 'field', key: 'nominee_email', label: 'Email address', value: d.nominee.email },
    { t: 'field', key: 'nominee_phone', label: 'Telephone', value: d.nominee.phone ?? null },
    { t: 'field', key: 'existing_admins', label: 'Current number of GPP user admins', value: d.existingAdmins ?? null },
  ];
  const part2: Row[] = [
    { t: 'head', text: 'Part 2 - Certification by an organisation approver' },
    { t: 'para', text: 'I certify that the nominee named in Part 1 is employed by or works on behalf of the practice and should be given the GPP Practice User Administrator role in PCSE Online. I am one of the organisation\'s approvers.' },
    { t: 'field', key: 'approver_name', label: 'Approver name', value: d.approver.name },
    { t: 'field', key: 'approver_role', label: 'Role / position', value: d.approver.role },
    { t: 'field', key: 'approver_email', label: 'Email address', value: d.approver.email ?? null },
    { t: 'sig', key: 'approver_signature', label: 'Signature', signed: d.approver.signed, signer: d.approver.name },
    { t: 'field', key: 'approver_date', label: 'Date', value: d.approver.date ?? null },
  ];
  return { footer: 'PCSE GPP Practice User Administrator Certification', pages: d.twoPages ? [part1, part2] : [[...part1, ...part2]] };
}

/** Only the first page (a scan of page 1 alone). */
export const page1Only = (def: FormDef): FormDef => ({ ...def, pages: [def.pages[0]!] });
