// A small document model for the forms and letters of corpus 25: written once, laid out in several styles (the
// official form with boxes, or a Word re-typing with values beside, below or in table cells), then rendered either
// by pdf-lib (fillable or flat) or by @napi-rs/canvas (a printed page filled in by hand and scanned).
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

const FONT_DIR = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Regular.ttf`, 'LibSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Bold.ttf`, 'LibSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSans-Italic.ttf`, 'LibSansItalic');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Regular.ttf`, 'LibSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Bold.ttf`, 'LibSerifBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/liberation/LiberationSerif-Italic.ttf`, 'LibSerifItalic');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSans.ttf`, 'DejaVu');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSans-Oblique.ttf`, 'DejaVuOblique');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'DejaVuCondOblique');
GlobalFonts.registerFromPath(`${FONT_DIR}/dejavu/DejaVuSansMono.ttf`, 'DejaVuMono');

export type FontId = 'sans' | 'sansB' | 'sansI' | 'serif' | 'serifB' | 'serifI';
export const CANVAS_FONT: Record<FontId, string> = {
  sans: 'LibSans', sansB: 'LibSansBold', sansI: 'LibSansItalic', serif: 'LibSerif', serifB: 'LibSerifBold', serifI: 'LibSerifItalic',
};

const measureCtx = createCanvas(10, 10).getContext('2d');
export function width(s: string, size: number, font: FontId): number {
  measureCtx.font = `${size}px ${CANVAS_FONT[font]}`;
  return measureCtx.measureText(s).width;
}

export function wrap(s: string, size: number, font: FontId, maxW: number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const t = cur ? `${cur} ${w}` : w;
      if (width(t, size, font) > maxW && cur) {
        out.push(cur);
        cur = w;
      } else cur = t;
    }
    out.push(cur);
  }
  return out;
}

// ---------------------------------------------------------------- the content model

export type Row =
  | { k: 'field'; key: string; label: string; value: string; lines?: number; hint?: string }
  | { k: 'choice'; key: string; label: string; options: { key: string; text: string; checked: boolean }[] }
  | { k: 'sig'; key: string; label: string; signed: boolean }
  | { k: 'para'; text: string; size?: number; bold?: boolean; italic?: boolean }
  | { k: 'bullets'; items: string[] }
  | { k: 'heading'; text: string }
  | { k: 'gap'; h: number };

export interface Section { heading?: string; rows: Row[] }
export interface Page { sections: Section[]; footer?: string }
export interface FormDoc { banner: string[]; pages: Page[]; family?: 'sans' | 'serif' }

export type Style = 'form' | 'table' | 'beside' | 'below';
export type BoxStyle = 'box' | 'glyph' | 'brackets';

// ---------------------------------------------------------------- primitive operations (pt, top-left origin)

export type Op =
  | { t: 'text'; x: number; y: number; s: string; size: number; font: FontId; gray?: number; color?: [number, number, number] }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w: number; gray?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; lw: number; fill?: [number, number, number]; stroke?: number }
  | { t: 'val'; key: string; label: string; x: number; y: number; w: number; h: number; s: string; size: number; font: FontId; lines: number }
  | { t: 'cbox'; key: string; label: string; x: number; y: number; size: number; checked: boolean; style: BoxStyle }
  | { t: 'sig'; key: string; x: number; y: number; w: number; h: number; signed: boolean; boxed: boolean };

export const PAGE_W = 595;
export const PAGE_H = 842;
const M = 56;
const BLUE: [number, number, number] = [0, 0.369, 0.722];

/** Lays a document out in one style; returns one op list per page. */
export function layout(doc: FormDoc, style: Style, box: BoxStyle): Op[][] {
  const serif = doc.family === 'serif';
  const F = (b = false, i = false): FontId => (serif ? (b ? 'serifB' : i ? 'serifI' : 'serif') : b ? 'sansB' : i ? 'sansI' : 'sans');
  const pages: Op[][] = [];
  doc.pages.forEach((page, pi) => {
    const ops: Op[] = [];
    let y = M;
    if (pi === 0) {
      if (style === 'form') {
        ops.push({ t: 'rect', x: PAGE_W - M - 70, y: y - 6, w: 70, h: 28, lw: 0, fill: BLUE });
        ops.push({ t: 'text', x: PAGE_W - M - 62, y: y + 15, s: 'NHS', size: 22, font: 'sansB', color: [1, 1, 1] });
        doc.banner.forEach((b, i) => {
          ops.push({ t: 'text', x: M, y: y + 8 + i * 18, s: b, size: i === 0 ? 10 : 14, font: i === 0 ? 'sans' : 'sansB', color: i === 0 ? BLUE : [0, 0, 0] });
        });
        y += 8 + doc.banner.length * 18 + 8;
        ops.push({ t: 'line', x1: M, y1: y, x2: PAGE_W - M, y2: y, w: 1.2, gray: 0.2 });
        y += 16;
      } else {
        doc.banner.forEach((b, i) => {
          const size = i === doc.banner.length - 1 ? 14 : 11;
          const f = F(true);
          const w = width(b, size, f);
          ops.push({ t: 'text', x: (PAGE_W - w) / 2, y: y + 10, s: b, size, font: f });
          y += size + 6;
        });
        y += 12;
      }
    }
    const labelW = style === 'table' ? 190 : 185;
    const valX = M + labelW + 8;
    const valW = PAGE_W - M - valX;
    for (const sec of page.sections) {
      if (sec.heading) {
        if (style === 'form') {
          ops.push({ t: 'rect', x: M, y, w: PAGE_W - 2 * M, h: 18, lw: 0, fill: [0.86, 0.91, 0.96] });
          ops.push({ t: 'text', x: M + 5, y: y + 13, s: sec.heading, size: 11, font: 'sansB' });
          y += 26;
        } else {
          y += 4;
          ops.push({ t: 'text', x: M, y: y + 11, s: sec.heading, size: 11.5, font: F(true) });
          y += 20;
        }
      }
      const tableTop = y;
      for (const row of sec.rows) {
        switch (row.k) {
          case 'gap':
            y += row.h;
            break;
          case 'heading':
            ops.push({ t: 'text', x: M, y: y + 11, s: row.text, size: 11, font: F(true) });
            y += 18;
            break;
          case 'para': {
            const size = row.size ?? 9.5;
            const f = F(row.bold, row.italic);
            for (const l of wrap(row.text, size, f, PAGE_W - 2 * M)) {
              ops.push({ t: 'text', x: M, y: y + size, s: l, size, font: f });
              y += size * 1.32;
            }
            y += 5;
            break;
          }
          case 'bullets':
            for (const it of row.items) {
              ops.push({ t: 'text', x: M + 10, y: y + 9.5, s: '\u2022', size: 9.5, font: F() });
              ops.push({ t: 'text', x: M + 22, y: y + 9.5, s: it, size: 9.5, font: F() });
              y += 13.5;
            }
            y += 4;
            break;
          case 'field': {
            const lines = row.lines ?? 1;
            if (style === 'form') {
              const h = 17 * lines;
              for (const [i, l] of wrap(row.label, 9.5, 'sans', labelW - 4).entries()) ops.push({ t: 'text', x: M, y: y + 12 + i * 11, s: l, size: 9.5, font: 'sans' });
              ops.push({ t: 'rect', x: valX, y, w: valW, h, lw: 0.7, stroke: 0.25 });
              ops.push({ t: 'val', key: row.key, label: row.label, x: valX, y, w: valW, h, s: row.value, size: 10, font: 'sans', lines });
              y += h + 7;
            } else if (style === 'table') {
              const vl = row.value ? wrap(row.value, 10, F(), valW - 10) : [''];
              const ll = wrap(row.label, 9.5, F(true), labelW - 10);
              const h = Math.max(20, 13 * Math.max(vl.length, ll.length) + 8);
              ops.push({ t: 'rect', x: M, y, w: labelW, h, lw: 0.6, stroke: 0, fill: [0.93, 0.93, 0.93] });
              ops.push({ t: 'rect', x: M + labelW, y, w: PAGE_W - 2 * M - labelW, h, lw: 0.6, stroke: 0 });
              ll.forEach((l, i) => ops.push({ t: 'text', x: M + 5, y: y + 14 + i * 13, s: l, size: 9.5, font: F(true) }));
              vl.forEach((l, i) => ops.push({ t: 'text', x: M + labelW + 6, y: y + 14 + i * 13, s: l, size: 10, font: F() }));
              y += h;
            } else if (style === 'beside') {
              const lab = `${row.label}:`;
              const lw = width(lab, 10, F(true));
              ops.push({ t: 'text', x: M, y: y + 11, s: lab, size: 10, font: F(true) });
              const vl = row.value ? wrap(row.value, 10, F(), PAGE_W - 2 * M - lw - 8) : [''];
              vl.forEach((l, i) => ops.push({ t: 'text', x: M + lw + 6, y: y + 11 + i * 13.5, s: l, size: 10, font: F() }));
              y += 13.5 * vl.length + 5;
            } else {
              ops.push({ t: 'text', x: M, y: y + 11, s: row.label, size: 10, font: F(true) });
              y += 14;
              const vl = row.value ? wrap(row.value, 10, F(), PAGE_W - 2 * M - 12) : [''];
              vl.forEach((l, i) => ops.push({ t: 'text', x: M + 12, y: y + 11 + i * 13.5, s: l, size: 10, font: F() }));
              y += 13.5 * vl.length + 6;
            }
            break;
          }
          case 'choice': {
            if (style === 'form') {
              ops.push({ t: 'text', x: M, y: y + 11, s: row.label, size: 9.5, font: 'sans' });
              let cx = valX;
              let cy = y;
              for (const o of row.options) {
                const w = width(o.text, 9.5, 'sans') + 26;
                if (cx + w > PAGE_W - M) {
                  cx = valX;
                  cy += 17;
                }
                ops.push({ t: 'cbox', key: o.key, label: o.text, x: cx, y: cy + 2, size: 10, checked: o.checked, style: 'box' });
                ops.push({ t: 'text', x: cx + 15, y: cy + 11, s: o.text, size: 9.5, font: 'sans' });
                cx += w;
              }
              y = cy + 24;
            } else if (style === 'table') {
              const h = 14 * row.options.length + 8;
              ops.push({ t: 'rect', x: M, y, w: labelW, h, lw: 0.6, stroke: 0, fill: [0.93, 0.93, 0.93] });
              ops.push({ t: 'rect', x: M + labelW, y, w: PAGE_W - 2 * M - labelW, h, lw: 0.6, stroke: 0 });
              wrap(row.label, 9.5, F(true), labelW - 10).forEach((l, i) => ops.push({ t: 'text', x: M + 5, y: y + 14 + i * 13, s: l, size: 9.5, font: F(true) }));
              row.options.forEach((o, i) => {
                ops.push({ t: 'cbox', key: o.key, label: o.text, x: M + labelW + 6, y: y + 5 + i * 14, size: 10, checked: o.checked, style: box });
                ops.push({ t: 'text', x: M + labelW + (box === 'brackets' ? 26 : 20), y: y + 14 + i * 14, s: o.text, size: 10, font: F() });
              });
              y += h;
            } else {
              ops.push({ t: 'text', x: M, y: y + 11, s: style === 'beside' ? `${row.label}:` : row.label, size: 10, font: F(true) });
              y += 15;
              for (const o of row.options) {
                ops.push({ t: 'cbox', key: o.key, label: o.text, x: M + 12, y: y + 1, size: 10, checked: o.checked, style: box });
                ops.push({ t: 'text', x: M + (box === 'brackets' ? 32 : 27), y: y + 10, s: o.text, size: 10, font: F() });
                y += 14;
              }
              y += 5;
            }
            break;
          }
          case 'sig': {
            if (style === 'form') {
              ops.push({ t: 'text', x: M, y: y + 12, s: row.label, size: 9.5, font: 'sans' });
              ops.push({ t: 'rect', x: valX, y, w: valW, h: 40, lw: 0.7, stroke: 0.25 });
              ops.push({ t: 'sig', key: row.key, x: valX, y, w: valW, h: 40, signed: row.signed, boxed: true });
              y += 47;
            } else if (style === 'table') {
              ops.push({ t: 'rect', x: M, y, w: labelW, h: 40, lw: 0.6, stroke: 0, fill: [0.93, 0.93, 0.93] });
              ops.push({ t: 'rect', x: M + labelW, y, w: PAGE_W - 2 * M - labelW, h: 40, lw: 0.6, stroke: 0 });
              ops.push({ t: 'text', x: M + 5, y: y + 14, s: row.label, size: 9.5, font: F(true) });
              ops.push({ t: 'sig', key: row.key, x: M + labelW + 4, y: y + 2, w: 200, h: 36, signed: row.signed, boxed: false });
              y += 40;
            } else {
              const lab = `${row.label}:`;
              const lw = width(lab, 10, F(true));
              ops.push({ t: 'text', x: M, y: y + 26, s: lab, size: 10, font: F(true) });
              ops.push({ t: 'line', x1: M + lw + 6, y1: y + 28, x2: M + lw + 206, y2: y + 28, w: 0.5 });
              ops.push({ t: 'sig', key: row.key, x: M + lw + 10, y: y - 4, w: 190, h: 34, signed: row.signed, boxed: false });
              y += 36;
            }
            break;
          }
        }
      }
      void tableTop;
      y += 8;
    }
    if (page.footer) {
      ops.push({ t: 'line', x1: M, y1: PAGE_H - 44, x2: PAGE_W - M, y2: PAGE_H - 44, w: 0.4, gray: 0.5 });
      ops.push({ t: 'text', x: M, y: PAGE_H - 32, s: page.footer, size: 8, font: F(), gray: 0.35 });
    }
    pages.push(ops);
  });
  return pages;
}

// ---------------------------------------------------------------- letters on letterhead

export interface Letter {
  org: string;
  headLines: string[]; // address, telephone, email, ODS under the name
  date: string;
  to?: string[];
  salutation: string;
  re?: string;
  body: (string | { table: [string, string][] })[];
  closing: string;
  signed: boolean;
  signName: string;
  signLines: string[];
  family?: 'sans' | 'serif';
  colour?: [number, number, number];
}

export function letterOps(l: Letter): Op[][] {
  const serif = l.family === 'serif';
  const F = (b = false): FontId => (serif ? (b ? 'serifB' : 'serif') : b ? 'sansB' : 'sans');
  const colour = l.colour ?? [0.1, 0.3, 0.45];
  const ops: Op[] = [];
  let y = 50;
  ops.push({ t: 'text', x: M, y: y + 18, s: l.org, size: 20, font: F(true), color: colour });
  y += 28;
  for (const h of l.headLines) {
    ops.push({ t: 'text', x: M, y: y + 9, s: h, size: 8.5, font: F(), gray: 0.3 });
    y += 11;
  }
  y += 4;
  ops.push({ t: 'rect', x: M, y, w: PAGE_W - 2 * M, h: 2, lw: 0, fill: colour });
  y += 24;
  if (l.to) {
    for (const t of l.to) {
      ops.push({ t: 'text', x: M, y: y + 10, s: t, size: 10.5, font: F() });
      y += 13.5;
    }
    y += 10;
  }
  ops.push({ t: 'text', x: M, y: y + 10, s: l.date, size: 10.5, font: F() });
  y += 28;
  ops.push({ t: 'text', x: M, y: y + 10, s: l.salutation, size: 10.5, font: F() });
  y += 22;
  if (l.re) {
    ops.push({ t: 'text', x: M, y: y + 10, s: l.re, size: 10.5, font: F(true) });
    y += 22;
  }
  for (const b of l.body) {
    if (typeof b === 'string') {
      for (const ln of wrap(b, 10.5, F(), PAGE_W - 2 * M)) {
        ops.push({ t: 'text', x: M, y: y + 10.5, s: ln, size: 10.5, font: F() });
        y += 14;
      }
      y += 9;
    } else {
      for (const [k, v] of b.table) {
        const vl = wrap(v, 10.5, F(), PAGE_W - 2 * M - 170);
        const h = Math.max(18, vl.length * 14 + 5);
        ops.push({ t: 'rect', x: M, y, w: 160, h, lw: 0.5, stroke: 0 });
        ops.push({ t: 'rect', x: M + 160, y, w: PAGE_W - 2 * M - 160, h, lw: 0.5, stroke: 0 });
        ops.push({ t: 'text', x: M + 5, y: y + 13, s: k, size: 10, font: F(true) });
        vl.forEach((v2, i) => ops.push({ t: 'text', x: M + 166, y: y + 13 + i * 14, s: v2, size: 10.5, font: F() }));
        y += h;
      }
      y += 12;
    }
  }
  ops.push({ t: 'text', x: M, y: y + 10, s: l.closing, size: 10.5, font: F() });
  y += 16;
  ops.push({ t: 'sig', key: 'signature', x: M, y, w: 170, h: 38, signed: l.signed, boxed: false });
  y += 44;
  ops.push({ t: 'text', x: M, y: y + 10, s: l.signName, size: 10.5, font: F(true) });
  y += 14;
  for (const s of l.signLines) {
    ops.push({ t: 'text', x: M, y: y + 10, s, size: 10.5, font: F() });
    y += 14;
  }
  return [ops];
}

/** A cursive-looking scribble inside a box, as SVG path data (y down), from a seed. */
export function scribble(w: number, h: number, r: () => number): string {
  const f = (v: number) => v.toFixed(1);
  const mid = h * (0.5 + (r() - 0.5) * 0.15);
  // an initial: a tall loop
  let x = w * (0.04 + r() * 0.05);
  let d = `M ${f(x)} ${f(h * 0.85)} C ${f(x + w * 0.02)} ${f(h * 0.1)}, ${f(x + w * 0.12)} ${f(-h * 0.05)}, ${f(x + w * 0.09)} ${f(h * 0.45)}`;
  d += ` C ${f(x + w * 0.06)} ${f(h * 0.75)}, ${f(x - w * 0.02)} ${f(h * 0.5)}, ${f(x + w * 0.1)} ${f(mid)}`;
  x += w * 0.1;
  const n = 4 + Math.floor(r() * 5);
  const step = (w * (0.55 + r() * 0.2)) / n;
  for (let i = 0; i < n; i++) {
    const up = h * (0.05 + r() * 0.4);
    const down = h * (0.6 + r() * 0.35);
    const loop = r() < 0.3;
    d += loop
      ? ` C ${f(x + step * 0.9)} ${f(up)}, ${f(x - step * 0.2)} ${f(up)}, ${f(x + step)} ${f(mid + (r() - 0.5) * h * 0.3)}`
      : ` C ${f(x + step * 0.25)} ${f(up)}, ${f(x + step * 0.55)} ${f(down)}, ${f(x + step)} ${f(mid + (r() - 0.5) * h * 0.35)}`;
    x += step;
  }
  // the flourish underneath
  d += ` C ${f(x + w * 0.05)} ${f(h * 0.2)}, ${f(x + w * 0.04)} ${f(h * 0.95)}, ${f(w * (0.15 + r() * 0.1))} ${f(h * (0.8 + r() * 0.1))}`;
  d += ` M ${f(w * (0.2 + r() * 0.1))} ${f(h * 0.9)} L ${f(x + w * 0.02)} ${f(h * (0.82 + r() * 0.1))}`;
  return d;
}
