// The forms of corpus 17: one layout engine drawn three ways (flat text, fillable AcroForm, Word-style table with
// the label and value columns written one after the other) and rendered to image-only scans with @napi-rs/canvas.
import { createHash } from 'node:crypto';
import { Canvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, type PDFFont, type PDFForm, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { rng } from './lib.js';

// ---------------------------------------------------------------- spec

export type Row =
  | { t: 'field'; label: string; value: string; name?: string }
  | { t: 'ticks'; label: string; options: string[]; checked: number[]; names?: string[] }
  | { t: 'sign'; label: string; mark: 'scribble' | 'blank' | { typed: string }; name?: string }
  | { t: 'para'; text: string; bold?: boolean };

export interface Section {
  heading: string;
  rows: Row[];
  newPage?: boolean;
}

export interface FormSpec {
  header?: string[];
  title: string;
  subtitle?: string;
  intro?: string[];
  sections: Section[];
  footer?: string;
  /** "Page n of m" in the footer */
  pageNumbers?: boolean;
}

export interface PdfMeta {
  title?: string;
  author?: string;
  creator?: string;
  producer?: string;
  date: string; // ISO
}

// ---------------------------------------------------------------- painters

type Style = 'regular' | 'bold' | 'italic' | 'value';

interface Painter {
  text(x: number, y: number, s: string, size: number, style: Style): void;
  width(s: string, size: number, style: Style): number;
  rect(x: number, y: number, w: number, h: number, o: { fill?: number; stroke?: boolean; lw?: number }): void;
  line(x1: number, y1: number, x2: number, y2: number, lw?: number): void;
  cross(x: number, y: number, size: number): void;
  scribble(x: number, y: number, w: number, h: number, seed: string): void;
  field?(name: string, x: number, y: number, w: number, h: number, value: string): void;
  check?(name: string, x: number, y: number, size: number, checked: boolean): void;
  newPage(): void;
  pageIndex(): number;
  setPage(i: number): void;
}

export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
const M = 50;
const LABEL_W = 190;
const VX = 250;
const VW = PAGE_W - M - VX;

function scribblePath(w: number, h: number, seed: string): string {
  const r = rng(seed);
  let x = 4;
  let y = h * 0.6;
  let d = `M ${x.toFixed(1)} ${y.toFixed(1)}`;
  const n = 5 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const nx = Math.min(w - 4, x + (w * 0.7) / n + r() * 10);
    const ny = h * (0.25 + r() * 0.55);
    d += ` C ${(x + r() * 20).toFixed(1)} ${(h * r()).toFixed(1)} ${(nx - r() * 20).toFixed(1)} ${(h * r()).toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`;
    x = nx;
    y = ny;
  }
  d += ` M ${(w * 0.15).toFixed(1)} ${(h * 0.8).toFixed(1)} L ${(w * 0.55).toFixed(1)} ${(h * 0.72).toFixed(1)}`;
  return d;
}

class PdfPainter implements Painter {
  page!: PDFPage;
  pages = 0;
  all: PDFPage[] = [];
  form: PDFForm;
  constructor(
    private doc: PDFDocument,
    private fonts: Record<Style, PDFFont>,
    private fieldFont: PDFFont,
  ) {
    this.form = doc.getForm();
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.all.push(this.page);
    this.pages++;
  }
  pageIndex() {
    return this.pages - 1;
  }
  setPage(i: number) {
    this.page = this.all[i]!;
  }
  text(x: number, y: number, s: string, size: number, style: Style) {
    this.page.drawText(s, { x, y: PAGE_H - y, size, font: this.fonts[style], color: rgb(0.08, 0.08, 0.1) });
  }
  width(s: string, size: number, style: Style) {
    return this.fonts[style].widthOfTextAtSize(s, size);
  }
  rect(x: number, y: number, w: number, h: number, o: { fill?: number; stroke?: boolean; lw?: number }) {
    this.page.drawRectangle({
      x, y: PAGE_H - y - h, width: w, height: h,
      color: o.fill !== undefined ? rgb(o.fill, o.fill, o.fill) : undefined,
      borderColor: o.stroke ? rgb(0.35, 0.35, 0.35) : undefined,
      borderWidth: o.stroke ? (o.lw ?? 0.6) : 0,
    });
  }
  line(x1: number, y1: number, x2: number, y2: number, lw = 0.6) {
    this.page.drawLine({ start: { x: x1, y: PAGE_H - y1 }, end: { x: x2, y: PAGE_H - y2 }, thickness: lw, color: rgb(0.35, 0.35, 0.35) });
  }
  cross(x: number, y: number, size: number) {
    this.line(x + 2, y + 2, x + size - 2, y + size - 2, 1.2);
    this.line(x + 2, y + size - 2, x + size - 2, y + 2, 1.2);
  }
  scribble(x: number, y: number, w: number, h: number, seed: string) {
    this.page.drawSvgPath(scribblePath(w, h, seed), { x, y: PAGE_H - y, borderColor: rgb(0.1, 0.15, 0.45), borderWidth: 1.3 });
  }
  field(name: string, x: number, y: number, w: number, h: number, value: string) {
    const f = this.form.createTextField(name);
    if (value) f.setText(value);
    f.addToPage(this.page, { x, y: PAGE_H - y - h, width: w, height: h, font: this.fieldFont, borderWidth: 0.6, borderColor: rgb(0.35, 0.35, 0.35), backgroundColor: rgb(0.93, 0.95, 1) });
    f.setFontSize(11);
  }
  check(name: string, x: number, y: number, size: number, checked: boolean) {
    const c = this.form.createCheckBox(name);
    c.addToPage(this.page, { x, y: PAGE_H - y - size, width: size, height: size, borderWidth: 0.6, borderColor: rgb(0.35, 0.35, 0.35) });
    if (checked) c.check();
  }
}

let fontsRegistered = false;
function registerFonts() {
  if (fontsRegistered) return;
  const base = '/usr/share/fonts/truetype';
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSans-Regular.ttf`, 'C17Sans');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSans-Bold.ttf`, 'C17SansBold');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSans-Italic.ttf`, 'C17SansItalic');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationSerif-Regular.ttf`, 'C17Serif');
  GlobalFonts.registerFromPath(`${base}/liberation/LiberationMono-Regular.ttf`, 'C17Mono');
  GlobalFonts.registerFromPath(`${base}/dejavu/DejaVuSans.ttf`, 'C17DejaVu');
  GlobalFonts.registerFromPath(`${base}/dejavu/DejaVuSerif-Italic.ttf`, 'C17Hand');
  fontsRegistered = true;
}

export type ValueFont = 'C17Sans' | 'C17Serif' | 'C17Mono' | 'C17Hand' | 'C17DejaVu';

class CanvasPainter implements Painter {
  canvases: Canvas[] = [];
  ctx!: SKRSContext2D;
  constructor(
    private scale: number,
    private valueFont: ValueFont,
    private ink: string,
  ) {
    registerFonts();
    this.newPage();
  }
  newPage() {
    const c = new Canvas(Math.round(PAGE_W * this.scale), Math.round(PAGE_H * this.scale));
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
    this.canvases.push(c);
    this.ctx = ctx;
  }
  pageIndex() {
    return this.canvases.length - 1;
  }
  setPage(i: number) {
    this.ctx = this.canvases[i]!.getContext('2d');
  }
  private font(size: number, style: Style) {
    const fam = style === 'bold' ? 'C17SansBold' : style === 'italic' ? 'C17SansItalic' : style === 'value' ? this.valueFont : 'C17Sans';
    return `${(size * this.scale).toFixed(1)}px ${fam}`;
  }
  text(x: number, y: number, s: string, size: number, style: Style) {
    this.ctx.font = this.font(size, style);
    this.ctx.fillStyle = style === 'value' && this.valueFont === 'C17Hand' ? '#1b2a6b' : this.ink;
    this.ctx.fillText(s, x * this.scale, y * this.scale);
  }
  width(s: string, size: number, style: Style) {
    this.ctx.font = this.font(size, style);
    return this.ctx.measureText(s).width / this.scale;
  }
  rect(x: number, y: number, w: number, h: number, o: { fill?: number; stroke?: boolean; lw?: number }) {
    const k = this.scale;
    if (o.fill !== undefined) {
      const g = Math.round(o.fill * 255);
      this.ctx.fillStyle = `rgb(${g},${g},${g})`;
      this.ctx.fillRect(x * k, y * k, w * k, h * k);
    }
    if (o.stroke) {
      this.ctx.strokeStyle = '#555555';
      this.ctx.lineWidth = (o.lw ?? 0.6) * k;
      this.ctx.strokeRect(x * k, y * k, w * k, h * k);
    }
  }
  line(x1: number, y1: number, x2: number, y2: number, lw = 0.6) {
    const k = this.scale;
    this.ctx.strokeStyle = '#444444';
    this.ctx.lineWidth = lw * k;
    this.ctx.beginPath();
    this.ctx.moveTo(x1 * k, y1 * k);
    this.ctx.lineTo(x2 * k, y2 * k);
    this.ctx.stroke();
  }
  cross(x: number, y: number, size: number) {
    const k = this.scale;
    this.ctx.strokeStyle = '#1b2a6b';
    this.ctx.lineWidth = 1.8 * k;
    this.ctx.beginPath();
    this.ctx.moveTo((x + 2) * k, (y + size * 0.55) * k);
    this.ctx.lineTo((x + size * 0.4) * k, (y + size - 1) * k);
    this.ctx.lineTo((x + size + 3) * k, (y - 3) * k);
    this.ctx.stroke();
  }
  scribble(x: number, y: number, w: number, h: number, seed: string) {
    const k = this.scale;
    const d = scribblePath(w, h, seed);
    const toks = d.split(' ');
    this.ctx.strokeStyle = '#1b2a6b';
    this.ctx.lineWidth = 1.6 * k;
    this.ctx.beginPath();
    let i = 0;
    const num = () => Number(toks[i++]);
    while (i < toks.length) {
      const op = toks[i++];
      if (op === 'M') this.ctx.moveTo(x * k + num() * k, y * k + num() * k);
      else if (op === 'L') this.ctx.lineTo(x * k + num() * k, y * k + num() * k);
      else if (op === 'C') {
        const a = [num(), num(), num(), num(), num(), num()];
        this.ctx.bezierCurveTo(x * k + a[0]! * k, y * k + a[1]! * k, x * k + a[2]! * k, y * k + a[3]! * k, x * k + a[4]! * k, y * k + a[5]! * k);
      }
    }
    this.ctx.stroke();
  }
}

// ---------------------------------------------------------------- layout

function wrap(p: Painter, s: string, size: number, style: Style, width: number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (cur && p.width(next, size, style) > width) {
        out.push(cur);
        cur = w;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

export type Mode = 'flat' | 'fill' | 'columns';

interface Deferred {
  draw: () => void;
}

function layout(spec: FormSpec, p: Painter, mode: Mode, seed: string): void {
  let y = M;
  let fieldNo = 0;
  const bottom = PAGE_H - 60;
  const ensure = (h: number) => {
    if (y + h > bottom) {
      p.newPage();
      y = M;
    }
  };
  for (const h of spec.header ?? []) {
    p.text(PAGE_W - M - p.width(h, 11, 'bold'), y + 2, h, 11, 'bold');
    y += 15;
  }
  y += 10;
  for (const line of wrap(p, spec.title, 16, 'bold', PAGE_W - 2 * M)) {
    p.text(M, y + 14, line, 16, 'bold');
    y += 21;
  }
  if (spec.subtitle) {
    for (const line of wrap(p, spec.subtitle, 12, 'regular', PAGE_W - 2 * M)) {
      p.text(M, y + 12, line, 12, 'regular');
      y += 16;
    }
  }
  y += 6;
  for (const para of spec.intro ?? []) {
    for (const line of wrap(p, para, 11, 'regular', PAGE_W - 2 * M)) {
      ensure(15);
      p.text(M, y + 11, line, 11, 'regular');
      y += 14.5;
    }
    y += 5;
  }
  for (const [si, sec] of spec.sections.entries()) {
    if (sec.newPage) {
      p.newPage();
      y = M;
    } else ensure(60);
    p.rect(M, y, PAGE_W - 2 * M, 21, { fill: 0.86 });
    p.text(M + 6, y + 15, sec.heading, 12, 'bold');
    y += 28;
    const ordered: Deferred[] = [];
    const lab: Deferred[] = [];
    const val: Deferred[] = [];
    const at = (d: Deferred): Deferred => {
      const pg = p.pageIndex();
      return { draw: () => (p.setPage(pg), d.draw()) };
    };
    const labels = { push: (d: Deferred) => (lab.push(at(d)), ordered.push(lab[lab.length - 1]!)), forEach: (f: (d: Deferred) => void) => lab.forEach(f) };
    const values = { push: (d: Deferred) => (val.push(at(d)), ordered.push(val[val.length - 1]!)), forEach: (f: (d: Deferred) => void) => val.forEach(f) };
    for (const [ri, row] of sec.rows.entries()) {
      const rowSeed = `${seed}-${si}-${ri}`;
      if (row.t === 'para') {
        const lines = wrap(p, row.text, 11, row.bold ? 'bold' : 'regular', PAGE_W - 2 * M);
        ensure(lines.length * 14.5 + 4);
        for (const line of lines) {
          const yy = y;
          labels.push({ draw: () => p.text(M, yy + 11, line, 11, row.bold ? 'bold' : 'regular') });
          y += 14.5;
        }
        y += 5;
        continue;
      }
      if (row.t === 'field') {
        const lines = wrap(p, row.label, 11, 'regular', LABEL_W);
        const h = Math.max(lines.length * 14, 21);
        ensure(h + 6);
        const yy = y;
        labels.push({ draw: () => lines.forEach((l, i) => p.text(M, yy + 14 + i * 14, l, 11, 'regular')) });
        const name = row.name ?? `field${++fieldNo}`;
        if (row.value && p.width(row.value, 11.5, 'value') > VW - 8) throw new Error(`value does not fit its box: ${row.value}`);
        values.push({
          draw: () => {
            if (mode === 'fill' && p.field) p.field(name, VX, yy, VW, 21, row.value);
            else {
              if (mode === 'flat') p.rect(VX, yy, VW, 21, { stroke: true });
              if (row.value) p.text(VX + 5, yy + 15, row.value, 11.5, 'value');
            }
          },
        });
        if (mode === 'columns') {
          labels.push({ draw: () => p.line(M, yy + h + 3, PAGE_W - M, yy + h + 3, 0.5) });
        }
        y += h + 6;
        continue;
      }
      if (row.t === 'ticks') {
        const lines = wrap(p, row.label, 11, 'regular', LABEL_W);
        const h = Math.max(lines.length * 14, row.options.length * 19);
        ensure(h + 8);
        const yy = y;
        labels.push({ draw: () => lines.forEach((l, i) => p.text(M, yy + 13 + i * 14, l, 11, 'regular')) });
        row.options.forEach((opt, oi) => {
          const oy = yy + oi * 19;
          labels.push({ draw: () => p.text(VX + 20, oy + 12, opt, 11, 'regular') });
          const checked = row.checked.includes(oi);
          const name = row.names?.[oi] ?? `check${++fieldNo}`;
          values.push({
            draw: () => {
              if (mode === 'fill' && p.check) p.check(name, VX, oy + 1, 12, checked);
              else {
                p.rect(VX, oy + 1, 12, 12, { stroke: true });
                if (checked) p.cross(VX, oy + 1, 12);
              }
            },
          });
        });
        y += h + 8;
        continue;
      }
      // signature
      const lines = wrap(p, row.label, 11, 'regular', LABEL_W);
      const h = Math.max(lines.length * 14, 44);
      ensure(h + 8);
      const yy = y;
      labels.push({ draw: () => lines.forEach((l, i) => p.text(M, yy + 14 + i * 14, l, 11, 'regular')) });
      values.push({
        draw: () => {
          if (mode !== 'columns') p.rect(VX, yy, VW, 44, { stroke: true });
          if (row.mark === 'scribble') p.scribble(VX + 10, yy + 4, 170, 36, rowSeed);
          else if (row.mark !== 'blank') p.text(VX + 6, yy + 27, row.mark.typed, 12, 'value');
        },
      });
      y += h + 8;
    }
    if (mode === 'columns') {
      // Word table: the label column is written first, then the value column.
      labels.forEach((d) => d.draw());
      values.forEach((d) => d.draw());
    } else ordered.forEach((d) => d.draw());
    p.setPage(p.pageIndex());
    y += 6;
  }
  if (spec.footer) {
    ensure(30);
    y += 10;
    for (const line of wrap(p, spec.footer, 11, 'italic', PAGE_W - 2 * M)) {
      p.text(M, y + 11, line, 11, 'italic');
      y += 14.5;
    }
  }
}

// ---------------------------------------------------------------- pdf writers

async function newDoc(meta: PdfMeta): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const d = new Date(meta.date);
  doc.setCreationDate(d);
  doc.setModificationDate(d);
  doc.setProducer(meta.producer ?? 'Microsoft® Word for Microsoft 365');
  doc.setCreator(meta.creator ?? 'Microsoft® Word for Microsoft 365');
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  return doc;
}

export interface DrawOpts {
  /** Times for a word-processor look */
  serif?: boolean;
  /** page numbers in the footer */
  pageFooter?: string;
}

/** A text PDF: flat (label and value row by row), fillable (AcroForm fields named by the spec) or Word table columns. */
export async function formPdf(spec: FormSpec, mode: Mode, meta: PdfMeta, o: DrawOpts = {}): Promise<Buffer> {
  const doc = await newDoc(meta);
  const reg = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const ital = await doc.embedFont(o.serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique);
  const painter = new PdfPainter(doc, { regular: reg, bold, italic: ital, value: reg }, reg);
  layout(spec, painter, mode, meta.date);
  if (o.pageFooter) {
    const pages = doc.getPages();
    pages.forEach((pg, i) => pg.drawText(`${o.pageFooter}   Page ${i + 1} of ${pages.length}`, { x: M, y: 28, size: 9, font: reg, color: rgb(0.4, 0.4, 0.4) }));
  }
  if (mode === 'fill') painter.form.updateFieldAppearances(reg);
  return Buffer.from(await doc.save({ useObjectStreams: mode !== 'flat' }));
}

export interface ScanOpts {
  seed: string;
  dpi?: number;
  valueFont?: ValueFont;
  /** degrees of skew per page (small) */
  skew?: number[];
  /** 180 for upside-down, 90 for sideways */
  rotate?: 0 | 90 | 180 | 270;
  /** 0..1 darkness of the ink per page (1 = normal); lower is fainter */
  ink?: number[];
  /** paper tone 0..255 per page */
  paper?: number[];
  shadow?: 'left' | 'right' | 'top' | null;
  speckles?: number;
  quality?: number;
  scanner?: string;
}

/** Draws the spec on canvas pages, then degrades each page like an office MFD and embeds the JPEGs with no text layer. */
export async function scanPdf(spec: FormSpec, meta: PdfMeta, o: ScanOpts): Promise<Buffer> {
  const dpi = o.dpi ?? 150;
  const painter = new CanvasPainter(dpi / 72, o.valueFont ?? 'C17Sans', '#161616');
  layout(spec, painter, 'flat', o.seed);
  const doc = await PDFDocument.create();
  const d = new Date(meta.date);
  doc.setCreationDate(d);
  doc.setModificationDate(d);
  doc.setProducer(meta.producer ?? o.scanner ?? 'RICOH IM C3000');
  doc.setCreator(meta.creator ?? o.scanner ?? 'RICOH IM C3000');
  if (meta.title) doc.setTitle(meta.title);
  for (const [i, src] of painter.canvases.entries()) {
    const jpg = degrade(src, {
      seed: `${o.seed}-${i}`,
      skew: o.skew?.[i] ?? 0,
      rotate: o.rotate ?? 0,
      ink: o.ink?.[i] ?? 1,
      paper: o.paper?.[i] ?? 238,
      shadow: o.shadow ?? null,
      speckles: o.speckles ?? 400,
      quality: o.quality ?? 72,
    });
    const img = await doc.embedJpg(jpg);
    const landscape = o.rotate === 90 || o.rotate === 270;
    const page = doc.addPage(landscape ? [PAGE_H, PAGE_W] : [PAGE_W, PAGE_H]);
    page.drawImage(img, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function degrade(src: Canvas, o: { seed: string; skew: number; rotate: number; ink: number; paper: number; shadow: string | null; speckles: number; quality: number }): Buffer {
  const r = rng(o.seed);
  const landscape = o.rotate === 90 || o.rotate === 270;
  const W = landscape ? src.height : src.width;
  const H = landscape ? src.width : src.height;
  const c = new Canvas(W, H);
  const ctx = c.getContext('2d');
  const pv = o.paper;
  ctx.fillStyle = `rgb(${pv},${pv},${Math.max(0, pv - 6)})`;
  ctx.fillRect(0, 0, W, H);
  // faint ink: lighten the source by blending white over it
  const s2 = new Canvas(src.width, src.height);
  const c2 = s2.getContext('2d');
  c2.drawImage(src, 0, 0);
  if (o.ink < 1) {
    c2.fillStyle = `rgba(255,255,255,${(1 - o.ink).toFixed(3)})`;
    c2.fillRect(0, 0, src.width, src.height);
  }
  ctx.save();
  ctx.translate(W / 2 + (r() - 0.5) * 14, H / 2 + (r() - 0.5) * 14);
  ctx.rotate(((o.rotate + o.skew) * Math.PI) / 180);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(s2, -src.width / 2, -src.height / 2);
  ctx.restore();
  ctx.globalCompositeOperation = 'source-over';
  // speckles and toner dust
  for (let i = 0; i < o.speckles; i++) {
    const g = Math.floor(60 + r() * 120);
    ctx.fillStyle = `rgba(${g},${g},${g},${(0.25 + r() * 0.5).toFixed(2)})`;
    const rr = 0.6 + r() * 1.8;
    ctx.beginPath();
    ctx.arc(r() * W, r() * H, rr, 0, Math.PI * 2);
    ctx.fill();
  }
  // a couple of faint roller streaks
  for (let i = 0; i < 2; i++) {
    const x = r() * W;
    ctx.fillStyle = 'rgba(120,120,120,0.08)';
    ctx.fillRect(x, 0, 2 + r() * 3, H);
  }
  if (o.shadow) {
    const w = 70;
    const grad = o.shadow === 'left' ? ctx.createLinearGradient(0, 0, w, 0) : o.shadow === 'right' ? ctx.createLinearGradient(W, 0, W - w, 0) : ctx.createLinearGradient(0, 0, 0, w);
    grad.addColorStop(0, 'rgba(40,40,40,0.55)');
    grad.addColorStop(1, 'rgba(40,40,40,0)');
    ctx.fillStyle = grad;
    if (o.shadow === 'left') ctx.fillRect(0, 0, w, H);
    else if (o.shadow === 'right') ctx.fillRect(W - w, 0, w, H);
    else ctx.fillRect(0, 0, W, w);
  }
  return c.toBuffer('image/jpeg', o.quality);
}

// ---------------------------------------------------------------- an encrypted PDF (Standard security handler, RC4 128-bit, R3)

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const md5 = (b: Buffer) => createHash('md5').update(b).digest();
const padPw = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  // plain RC4 (OpenSSL 3 has it only in the legacy provider)
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const xorKey = (k: Buffer, i: number) => Buffer.from(k.map((b) => b ^ i));

/** A one-page text PDF protected by a user password the recipient does not have. */
export function encryptedPdf(lines: string[], userPw: string, ownerPw: string, meta: PdfMeta): Buffer {
  const n = 16;
  const P = -3904;
  const id = md5(Buffer.from(`${meta.date}${lines.join('|')}`));
  // Algorithm 3: O
  let h = md5(padPw(ownerPw));
  for (let i = 0; i < 50; i++) h = md5(h);
  const okey = h.subarray(0, n);
  let O = rc4(okey, padPw(userPw));
  for (let i = 1; i <= 19; i++) O = rc4(xorKey(okey, i), O);
  // Algorithm 2: file key
  const pb = Buffer.alloc(4);
  pb.writeInt32LE(P);
  let k = md5(Buffer.concat([padPw(userPw), O, pb, id]));
  for (let i = 0; i < 50; i++) k = md5(k.subarray(0, n));
  const key = k.subarray(0, n);
  // Algorithm 5: U
  let U = rc4(key, md5(Buffer.concat([PAD, id])));
  for (let i = 1; i <= 19; i++) U = rc4(xorKey(key, i), U);
  U = Buffer.concat([U, Buffer.alloc(16, 0)]);
  const objKey = (num: number) => md5(Buffer.concat([key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])])).subarray(0, Math.min(n + 5, 16));
  const enc = (num: number, data: Buffer) => rc4(objKey(num), data);
  const escStr = (s: string) => s.replace(/([()\\])/g, '\\$1');
  let content = 'BT\n/F1 15 Tf\n50 780 Td\n';
  lines.forEach((l, i) => {
    content += `${i === 0 ? '' : '0 -20 Td\n'}(${escStr(l)}) Tj\n`;
    if (i === 0) content += '/F1 11 Tf\n';
  });
  content += 'ET\n';
  const stream = enc(5, Buffer.from(content, 'latin1'));
  const hexStr = (num: number, s: string) => `<${enc(num, Buffer.from(s, 'latin1')).toString('hex')}>`;
  const d = new Date(meta.date);
  const pdfDate = `D:${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${String(d.getUTCHours()).padStart(2, '0')}${String(d.getUTCMinutes()).padStart(2, '0')}00Z`;
  const objs: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
    [`<< /Length ${stream.length} >>\nstream\n`, stream, '\nendstream'],
    [`<< /Title ${hexStr(6, meta.title ?? '')} /Producer ${hexStr(6, meta.producer ?? 'Microsoft: Print To PDF')} /CreationDate ${hexStr(6, pdfDate)} >>`],
    [`<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`],
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.6\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let off = chunks[0]!.length;
  const offsets: number[] = [];
  objs.forEach((parts, i) => {
    offsets.push(off);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), ...parts.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : x)), Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(body);
    off += body.length;
  });
  const xref = [`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const idHex = id.toString('hex');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info 6 0 R /Encrypt 7 0 R /ID [<${idHex}> <${idHex}>] >>\nstartxref\n${off}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
