// Page layouts shared by the PDF renderer (pdf-lib) and the scan renderer (@napi-rs/canvas): forms and letters
// are laid out once as primitives in points from the top-left of an A4 page, then drawn by either.
import { mulberry32, seedOf } from './lib.js';

export const A4 = { w: 595.28, h: 841.89 };

export type FontName = 'sans' | 'sansBold' | 'serif' | 'serifBold' | 'serifItalic';
export type Measure = (text: string, size: number, font: FontName) => number;

export type Prim =
  | { t: 'text'; x: number; y: number; size: number; font: FontName; text: string; color?: [number, number, number] }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: [number, number, number]; stroke?: [number, number, number]; lw?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; lw?: number; color?: [number, number, number] }
  | { t: 'field'; kind: 'text' | 'check' | 'sig'; key: string; x: number; y: number; w: number; h: number; multiline?: boolean };

export type Values = Record<string, string | boolean | undefined>;

// ---------------------------------------------------------------------------------------------------------------
// Text wrapping

export function wrapText(text: string, width: number, size: number, font: FontName, measure: Measure): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(' ');
    let cur = '';
    for (const w of words) {
      const next = cur ? `${cur} ${w}` : w;
      if (cur && measure(next, size, font) > width) {
        out.push(cur);
        cur = w;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Forms

export type Row =
  | { kind: 'text'; label: string; key: string; h?: number; multiline?: boolean }
  | { kind: 'check'; label: string; options: { label: string; key: string }[]; other?: { label: string; key: string } }
  | { kind: 'sig'; label: string; key: string; dateLabel: string; dateKey: string }
  | { kind: 'para'; text: string };

export interface Section {
  heading: string;
  note?: string;
  rows: Row[];
}

export interface FormSpec {
  header: string[]; // first line large
  ref?: string; // small reference at the top right
  intro?: string;
  sections: Section[];
  page1Footer?: string;
  page2?: { heading: string; paras: string[] };
  labelWidth?: number; // fraction of the content width
  accent?: [number, number, number];
  font?: 'sans' | 'serif';
}

const BLACK: [number, number, number] = [0, 0, 0];
const GREY: [number, number, number] = [0.86, 0.86, 0.86];

export function layoutForm(spec: FormSpec, measure: Measure): Prim[][] {
  const sans = spec.font === 'serif' ? 'serif' : 'sans';
  const bold: FontName = spec.font === 'serif' ? 'serifBold' : 'sansBold';
  const accent = spec.accent ?? [0, 0.37, 0.72];
  const L = 42;
  const R = A4.w - 42;
  const W = R - L;
  const lw = W * (spec.labelWidth ?? 0.42);
  const p: Prim[] = [];
  let y = 36;
  if (spec.ref) p.push({ t: 'text', x: R - measure(spec.ref, 7.5, sans), y, size: 7.5, font: sans, text: spec.ref });
  // NHS-style lozenge at the top right
  p.push({ t: 'rect', x: R - 62, y: y + 6, w: 62, h: 25, fill: accent });
  p.push({ t: 'text', x: R - 55, y: y + 25, size: 17, font: bold, text: 'NHS', color: [1, 1, 1] });
  y += 20;
  spec.header.forEach((line, i) => {
    const size = i === 0 ? 15 : 10.5;
    y += i === 0 ? 12 : 15;
    p.push({ t: 'text', x: L, y, size, font: bold, text: line });
  });
  y += 14;
  if (spec.intro) {
    for (const ln of wrapText(spec.intro, W, 8.5, sans, measure)) {
      y += 11;
      p.push({ t: 'text', x: L, y, size: 8.5, font: sans, text: ln });
    }
    y += 8;
  }
  for (const s of spec.sections) {
    y += 6;
    p.push({ t: 'rect', x: L, y, w: W, h: 17, fill: accent });
    p.push({ t: 'text', x: L + 5, y: y + 12.2, size: 9.5, font: bold, text: s.heading, color: [1, 1, 1] });
    y += 17;
    if (s.note) {
      const lines = wrapText(s.note, W - 10, 7.8, sans, measure);
      p.push({ t: 'rect', x: L, y, w: W, h: lines.length * 10 + 6, fill: [0.95, 0.95, 0.95], stroke: BLACK, lw: 0.5 });
      lines.forEach((ln, i) => p.push({ t: 'text', x: L + 5, y: y + 11 + i * 10, size: 7.8, font: sans, text: ln }));
      y += lines.length * 10 + 6;
    }
    for (const r of s.rows) {
      if (r.kind === 'para') {
        const lines = wrapText(r.text, W - 10, 8, sans, measure);
        p.push({ t: 'rect', x: L, y, w: W, h: lines.length * 10.5 + 8, stroke: BLACK, lw: 0.5 });
        lines.forEach((ln, i) => p.push({ t: 'text', x: L + 5, y: y + 12 + i * 10.5, size: 8, font: sans, text: ln }));
        y += lines.length * 10.5 + 8;
        continue;
      }
      if (r.kind === 'text') {
        const lines = wrapText(r.label, lw - 10, 8.5, bold, measure);
        const h = Math.max(r.h ?? 22, lines.length * 10.5 + 9);
        p.push({ t: 'rect', x: L, y, w: lw, h, fill: GREY, stroke: BLACK, lw: 0.5 });
        p.push({ t: 'rect', x: L + lw, y, w: W - lw, h, stroke: BLACK, lw: 0.5 });
        lines.forEach((ln, i) => p.push({ t: 'text', x: L + 5, y: y + 13 + i * 10.5, size: 8.5, font: bold, text: ln }));
        p.push({ t: 'field', kind: 'text', key: r.key, x: L + lw + 2, y: y + 2, w: W - lw - 4, h: h - 4, multiline: r.multiline });
        y += h;
      } else if (r.kind === 'check') {
        const lines = wrapText(r.label, lw - 10, 8.5, bold, measure);
        const opts = r.options.length + (r.other ? 1 : 0);
        const h = Math.max(lines.length * 10.5 + 9, opts * 16 + 6);
        p.push({ t: 'rect', x: L, y, w: lw, h, fill: GREY, stroke: BLACK, lw: 0.5 });
        p.push({ t: 'rect', x: L + lw, y, w: W - lw, h, stroke: BLACK, lw: 0.5 });
        lines.forEach((ln, i) => p.push({ t: 'text', x: L + 5, y: y + 13 + i * 10.5, size: 8.5, font: bold, text: ln }));
        r.options.forEach((o, i) => {
          const oy = y + 5 + i * 16;
          p.push({ t: 'rect', x: L + lw + 8, y: oy, w: 10, h: 10, stroke: BLACK, lw: 0.8 });
          p.push({ t: 'field', kind: 'check', key: o.key, x: L + lw + 8, y: oy, w: 10, h: 10 });
          p.push({ t: 'text', x: L + lw + 24, y: oy + 8.5, size: 8.5, font: sans, text: o.label });
        });
        if (r.other) {
          const oy = y + 5 + r.options.length * 16;
          const lx = L + lw + 8;
          p.push({ t: 'text', x: lx, y: oy + 8.5, size: 8.5, font: sans, text: r.other.label });
          const ox = lx + measure(r.other.label, 8.5, sans) + 4;
          p.push({ t: 'line', x1: ox, y1: oy + 10, x2: R - 8, y2: oy + 10, lw: 0.4 });
          p.push({ t: 'field', kind: 'text', key: r.other.key, x: ox, y: oy - 3, w: R - 8 - ox, h: 13 });
        }
        y += h;
      } else {
        const h = 44;
        const dateW = 120;
        p.push({ t: 'rect', x: L, y, w: lw, h, fill: GREY, stroke: BLACK, lw: 0.5 });
        p.push({ t: 'text', x: L + 5, y: y + 13, size: 8.5, font: bold, text: r.label });
        p.push({ t: 'rect', x: L + lw, y, w: W - lw - dateW, h, stroke: BLACK, lw: 0.5 });
        p.push({ t: 'field', kind: 'sig', key: r.key, x: L + lw + 2, y: y + 2, w: W - lw - dateW - 4, h: h - 4 });
        p.push({ t: 'rect', x: R - dateW, y, w: dateW, h, stroke: BLACK, lw: 0.5 });
        p.push({ t: 'text', x: R - dateW + 4, y: y + 10, size: 7.5, font: bold, text: r.dateLabel });
        p.push({ t: 'field', kind: 'text', key: r.dateKey, x: R - dateW + 3, y: y + 16, w: dateW - 6, h: 20 });
        y += h;
      }
    }
  }
  const pages: Prim[][] = [p];
  if (spec.page1Footer) {
    for (const [i, ln] of wrapText(spec.page1Footer, W, 7, sans, measure).entries()) p.push({ t: 'text', x: L, y: A4.h - 40 + i * 9, size: 7, font: sans, text: ln });
  }
  p.push({ t: 'text', x: R - 40, y: A4.h - 20, size: 7, font: sans, text: spec.page2 ? 'Page 1 of 2' : 'Page 1 of 1' });
  if (spec.page2) {
    const q: Prim[] = [];
    let y2 = 60;
    q.push({ t: 'text', x: L, y: y2, size: 12, font: bold, text: spec.page2.heading });
    y2 += 10;
    for (const para of spec.page2.paras) {
      y2 += 8;
      for (const ln of wrapText(para, W, 9, sans, measure)) {
        y2 += 12;
        q.push({ t: 'text', x: L, y: y2, size: 9, font: sans, text: ln });
      }
    }
    q.push({ t: 'text', x: R - 40, y: A4.h - 20, size: 7, font: sans, text: 'Page 2 of 2' });
    pages.push(q);
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------------------------
// Letters on letterhead (Word exports)

export interface LetterSpec {
  org: string[]; // letterhead: org name first, then address lines
  orgRight?: string[]; // contact block at the right
  nhsLogo?: boolean;
  logoText?: string; // a non-NHS brand mark
  date: string;
  ourRef?: string;
  to: string[];
  salutation: string;
  heading?: string;
  paras: (string | { table: string[][]; colWidth?: number })[];
  closing: string;
  sigKey?: string; // signature seed (omitted: not signed)
  signoff: string[]; // name, role lines
  cc?: string;
  footer?: string;
  accent?: [number, number, number];
  font?: 'sans' | 'serif';
}

export function layoutLetter(spec: LetterSpec, measure: Measure): Prim[][] {
  const f: FontName = spec.font === 'serif' ? 'serif' : 'sans';
  const fb: FontName = spec.font === 'serif' ? 'serifBold' : 'sansBold';
  const accent = spec.accent ?? [0, 0.37, 0.72];
  const L = 62;
  const R = A4.w - 56;
  const W = R - L;
  const p: Prim[] = [];
  let y = 48;
  if (spec.nhsLogo) {
    p.push({ t: 'rect', x: R - 70, y, w: 70, h: 28, fill: accent });
    p.push({ t: 'text', x: R - 62, y: y + 21.5, size: 19, font: 'sansBold', text: 'NHS', color: [1, 1, 1] });
    y += 40;
    spec.org.forEach((ln, i) => {
      const size = i === 0 ? 11 : 8.5;
      p.push({ t: 'text', x: R - measure(ln, size, i === 0 ? 'sansBold' : 'sans'), y, size, font: i === 0 ? 'sansBold' : 'sans', text: ln, color: i === 0 ? accent : BLACK });
      y += i === 0 ? 13 : 10.5;
    });
  } else {
    if (spec.logoText) p.push({ t: 'text', x: L, y: y + 14, size: 20, font: 'sansBold', text: spec.logoText, color: accent });
    let yy = y;
    spec.org.forEach((ln, i) => {
      const size = i === 0 ? 10 : 8.5;
      p.push({ t: 'text', x: R - measure(ln, size, i === 0 ? 'sansBold' : 'sans'), y: yy + 4, size, font: i === 0 ? 'sansBold' : 'sans', text: ln });
      yy += i === 0 ? 12 : 10.5;
    });
    y = yy;
    p.push({ t: 'line', x1: L, y1: y + 4, x2: R, y2: y + 4, lw: 1.2, color: accent });
    y += 8;
  }
  if (spec.orgRight) {
    for (const ln of spec.orgRight) {
      y += 10.5;
      p.push({ t: 'text', x: R - measure(ln, 8.5, 'sans'), y, size: 8.5, font: 'sans', text: ln });
    }
  }
  y += 24;
  const addrTop = y;
  for (const ln of spec.to) {
    p.push({ t: 'text', x: L, y, size: 10.5, font: f, text: ln });
    y += 13;
  }
  let yr = addrTop;
  if (spec.ourRef) {
    p.push({ t: 'text', x: R - 150, y: yr, size: 10, font: f, text: `Our ref: ${spec.ourRef}` });
    yr += 13;
  }
  p.push({ t: 'text', x: R - 150, y: yr, size: 10, font: f, text: spec.date });
  y += 20;
  p.push({ t: 'text', x: L, y, size: 10.5, font: f, text: spec.salutation });
  y += 22;
  if (spec.heading) {
    for (const ln of wrapText(spec.heading, W, 10.5, fb, measure)) {
      p.push({ t: 'text', x: L, y, size: 10.5, font: fb, text: ln });
      y += 13.5;
    }
    y += 8;
  }
  for (const para of spec.paras) {
    if (typeof para === 'string') {
      for (const ln of wrapText(para, W, 10.5, f, measure)) {
        p.push({ t: 'text', x: L, y, size: 10.5, font: f, text: ln });
        y += 13.5;
      }
      y += 8;
    } else {
      const cols = Math.max(...para.table.map((r) => r.length));
      const c0 = para.colWidth ?? (cols === 2 ? W * 0.38 : W / cols);
      const cw = (i: number) => (cols === 2 ? (i === 0 ? c0 : W - c0) : W / cols);
      for (const [ri, r] of para.table.entries()) {
        const wrapped = r.map((c, i) => wrapText(c, cw(i) - 8, 9.5, (ri === 0 && cols > 2) || (cols === 2 && i === 0) ? fb : f, measure));
        const h = Math.max(...wrapped.map((w) => w.length)) * 12 + 6;
        let x = L;
        wrapped.forEach((lines, i) => {
          const bold = (ri === 0 && cols > 2) || (cols === 2 && i === 0);
          p.push({ t: 'rect', x, y: y - 10, w: cw(i), h, stroke: BLACK, lw: 0.5, fill: bold ? [0.93, 0.93, 0.93] : undefined });
          lines.forEach((ln, li) => p.push({ t: 'text', x: x + 4, y: y + li * 12, size: 9.5, font: bold ? fb : f, text: ln }));
          x += cw(i);
        });
        y += h;
      }
      y += 12;
    }
  }
  p.push({ t: 'text', x: L, y, size: 10.5, font: f, text: spec.closing });
  y += 6;
  if (spec.sigKey) p.push({ t: 'field', kind: 'sig', key: spec.sigKey, x: L, y, w: 150, h: 40 });
  y += 50;
  spec.signoff.forEach((ln, i) => {
    p.push({ t: 'text', x: L, y, size: 10.5, font: i === 0 ? fb : f, text: ln });
    y += 13.5;
  });
  if (spec.cc) {
    y += 12;
    p.push({ t: 'text', x: L, y, size: 9.5, font: f, text: spec.cc });
  }
  if (spec.footer) {
    for (const [i, ln] of wrapText(spec.footer, W, 7, 'sans', measure).entries()) p.push({ t: 'text', x: L, y: A4.h - 42 + i * 9, size: 7, font: 'sans', text: ln, color: [0.35, 0.35, 0.35] });
  }
  return [p];
}

// ---------------------------------------------------------------------------------------------------------------
// Signatures: pen strokes in a unit box, drawn by both renderers.

export type Stroke = [number, number][];

const GLYPHS: Record<string, [number, number][]> = {
  n: [[0, 0], [0.1, -0.9], [0.32, -1], [0.42, -0.5], [0.46, 0], [0.58, -0.9], [0.82, -1], [0.92, -0.4], [1.0, 0]],
  m: [[0, 0], [0.08, -0.9], [0.25, -1], [0.32, -0.4], [0.34, 0], [0.42, -0.9], [0.6, -1], [0.66, -0.4], [0.68, 0], [0.76, -0.9], [0.94, -1], [1.0, -0.4], [1.08, 0]],
  e: [[0, 0], [0.45, -0.45], [0.5, -0.82], [0.28, -0.92], [0.12, -0.5], [0.3, 0], [0.65, -0.08]],
  l: [[0, 0], [0.38, -1.2], [0.52, -2], [0.34, -2.1], [0.2, -1.6], [0.28, -0.6], [0.46, 0], [0.66, -0.12]],
  o: [[0, -0.2], [0.15, -0.85], [0.45, -1], [0.62, -0.55], [0.42, 0], [0.15, -0.35], [0.4, -0.9], [0.78, -0.82]],
  a: [[0.62, -0.88], [0.25, -0.9], [0.05, -0.35], [0.28, 0], [0.58, -0.45], [0.64, -1], [0.64, -0.3], [0.78, 0], [0.95, -0.12]],
  r: [[0, 0], [0.12, -0.78], [0.28, -0.95], [0.34, -0.68], [0.52, -0.95], [0.7, -0.78]],
  i: [[0, 0], [0.2, -0.9], [0.24, -0.2], [0.4, 0], [0.58, -0.22]],
  t: [[0, 0], [0.22, -1.1], [0.3, -1.7], [0.28, -0.4], [0.42, 0], [0.6, -0.2]],
  h: [[0, 0], [0.35, -1.3], [0.45, -2], [0.28, -2.05], [0.2, -1.2], [0.22, 0], [0.35, -0.85], [0.6, -1], [0.7, -0.4], [0.78, 0], [0.92, -0.15]],
  s: [[0, 0], [0.3, -0.55], [0.42, -1], [0.55, -0.4], [0.35, 0], [0.1, -0.1], [0.6, -0.05]],
  c: [[0.55, -0.82], [0.3, -0.95], [0.08, -0.45], [0.3, 0], [0.65, -0.12]],
  u: [[0, -0.85], [0.06, -0.2], [0.28, 0], [0.48, -0.5], [0.5, -0.95], [0.52, -0.25], [0.66, 0], [0.82, -0.12]],
  k: [[0, 0], [0.35, -1.3], [0.42, -2], [0.25, -1.9], [0.18, -0.9], [0.15, 0], [0.3, -0.7], [0.55, -0.95], [0.35, -0.5], [0.6, 0], [0.78, -0.1]],
  y: [[0, -0.85], [0.1, -0.2], [0.3, -0.05], [0.5, -0.9], [0.45, 0.2], [0.3, 0.8], [0.1, 0.75], [0.3, 0.2], [0.75, -0.1]],
  g: [[0.55, -0.85], [0.2, -0.85], [0.05, -0.35], [0.3, -0.05], [0.55, -0.6], [0.52, 0.3], [0.3, 0.8], [0.1, 0.7], [0.35, 0.1], [0.78, -0.1]],
  d: [[0.55, -0.85], [0.2, -0.9], [0.05, -0.35], [0.3, 0], [0.55, -0.5], [0.62, -2], [0.6, -0.5], [0.72, 0], [0.9, -0.1]],
  b: [[0, 0], [0.35, -1.3], [0.42, -2], [0.25, -1.9], [0.2, -0.9], [0.22, 0], [0.5, -0.2], [0.55, -0.8], [0.3, -0.7], [0.8, -0.8]],
  w: [[0, -0.9], [0.08, -0.1], [0.25, 0], [0.4, -0.7], [0.5, 0], [0.7, -0.2], [0.82, -0.95], [0.95, -0.8]],
  v: [[0, -0.9], [0.15, -0.1], [0.32, 0], [0.55, -0.95], [0.72, -0.85]],
};

/** Pen strokes in a unit box for a signer: a capital loop for the initial and a cursive run of the surname. */
export function signatureStrokes(seed: string): Stroke[] {
  const rnd = mulberry32(seedOf(`sig:${seed}`));
  const words = seed.replace(/^(Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\s+/i, '').split(/\s+/).filter(Boolean);
  const surname = (words[words.length - 1] ?? seed).toLowerCase().replace(/[^a-z]/g, '');
  const letters = [...surname.slice(1, 1 + 4 + Math.floor(rnd() * 3))].map((ch) => GLYPHS[ch] ?? GLYPHS[(['n', 'e', 'r', 'o', 'a'] as const)[ch.charCodeAt(0) % 5]!]!);
  const slant = 0.28 + rnd() * 0.12;
  const strokes: [number, number][][] = [];
  // Capital: a tall loop, open to the right, run into the surname.
  const cap: [number, number][] = [[0.1, 0.1], [0.0, -1.2], [0.35, -2.6], [0.9, -2.4], [0.85, -1.4], [0.2, -0.9], [0.95, -0.7], [1.2, -0.1]];
  let x = 1.25;
  const run: [number, number][] = [...cap];
  for (const g of letters) {
    const sx = 0.85 + rnd() * 0.3;
    const sy = 0.85 + rnd() * 0.3;
    const w = Math.max(...g.map((p) => p[0]));
    for (const [gx, gy] of g) run.push([x + gx * sx + (rnd() - 0.5) * 0.05, gy * sy + (rnd() - 0.5) * 0.06]);
    x += w * sx + 0.05;
  }
  run.push([x + 0.5, -0.6 - rnd() * 0.4]);
  strokes.push(run);
  // A first-name initial in front when there is a forename, as a separate small stroke.
  if (words.length > 1 && rnd() < 0.5) strokes.push([[-0.9, 0], [-0.6, -1.4], [-0.45, -1.6], [-0.5, -0.4], [-0.2, -0.2]]);
  // The underline flourish.
  strokes.push([[0.2 + rnd() * 0.4, 0.55], [x * 0.45, 0.35 + rnd() * 0.2], [x * 0.95, 0.3 + rnd() * 0.15]]);
  // Map to the unit box, slanted.
  const all = strokes.flat().map(([a, b]) => [a - b * slant, b] as [number, number]);
  const minX = Math.min(...all.map((p) => p[0]));
  const maxX = Math.max(...all.map((p) => p[0]));
  const minY = -2.7;
  const maxY = 0.9;
  return strokes.map((s) => s.map(([a, b]) => [((a - b * slant) - minX) / (maxX - minX), (b - minY) / (maxY - minY)] as [number, number]));
}

/** Catmull-Rom through the points as cubic Bézier segments, in the box's coordinates. */
export function strokeToBeziers(s: Stroke, x: number, y: number, w: number, h: number): { start: [number, number]; segs: [number, number, number, number, number, number][] } {
  const pts = s.map(([a, b]) => [x + a * w, y + b * h] as [number, number]);
  const segs: [number, number, number, number, number, number][] = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] ?? pts[i]!;
    const p1 = pts[i]!;
    const p2 = pts[i + 1]!;
    const p3 = pts[i + 2] ?? p2;
    segs.push([p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6, p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6, p2[0], p2[1]]);
  }
  return { start: pts[0]!, segs };
}
