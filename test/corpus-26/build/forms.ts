// Form layouts of writer V: a form is laid out once into drawing operations (points, y from the top of an A4 page)
// and rendered three ways: flat text PDF, fillable AcroForm, or an image-only scan (scans.ts).

export type Row =
  | { t: 'text'; label: string; value: string; field?: string; tall?: boolean }
  | { t: 'check'; label: string; on: boolean; field?: string }
  | { t: 'sig'; label: string; signed: boolean; field?: string }
  | { t: 'para'; s: string; size?: number; bold?: boolean };

export interface Section { heading?: string; rows: Row[] }

export interface FormSpec {
  title: string;
  subtitle?: string;
  ref?: string;
  pages: Section[][];
  serif?: boolean;
  footer?: string;
}

export type Op =
  | { t: 'text'; x: number; y: number; size: number; bold: boolean; s: string }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: boolean }
  | { t: 'value'; x: number; y: number; w: number; h: number; s: string; field: string }
  | { t: 'check'; x: number; y: number; on: boolean; field: string }
  | { t: 'sig'; x: number; y: number; w: number; h: number; signed: boolean; field: string };

/** Measure widths approximately (Helvetica-like average) so that the layout is renderer-independent. */
const approxWidth = (s: string, size: number) => s.length * size * 0.5;

function wrap(s: string, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    const next = line ? `${line} ${w}` : w;
    if (approxWidth(next, size) > width && line) {
      out.push(line);
      line = w;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

export function layout(spec: FormSpec): Op[][] {
  let auto = 0;
  const name = (f?: string) => f ?? `Field${++auto}`;
  return spec.pages.map((sections, pi) => {
    const ops: Op[] = [];
    let y = 50;
    if (pi === 0) {
      ops.push({ t: 'text', x: 50, y, size: 15, bold: true, s: spec.title });
      y += 20;
      if (spec.subtitle) {
        ops.push({ t: 'text', x: 50, y, size: 10, bold: false, s: spec.subtitle });
        y += 16;
      }
      if (spec.ref) ops.push({ t: 'text', x: 440, y: 30, size: 8, bold: false, s: spec.ref });
    } else {
      ops.push({ t: 'text', x: 50, y, size: 11, bold: true, s: `${spec.title} (continued)` });
      y += 22;
    }
    for (const sec of sections) {
      if (sec.heading) {
        y += 18;
        ops.push({ t: 'rect', x: 45, y: y - 12, w: 505, h: 17, fill: true });
        ops.push({ t: 'text', x: 50, y, size: 10, bold: true, s: sec.heading });
        y += 16;
      }
      for (const r of sec.rows) {
        if (r.t === 'para') {
          const size = r.size ?? 8.5;
          for (const l of wrap(r.s, size, 495)) {
            ops.push({ t: 'text', x: 50, y: y + 2, size, bold: !!r.bold, s: l });
            y += size + 3.5;
          }
          y += 4;
        } else if (r.t === 'text') {
          const h = r.tall ? 34 : 19;
          const lab = wrap(r.label, 9, 170);
          lab.forEach((l, i) => ops.push({ t: 'text', x: 50, y: y + 13 + i * 11, size: 9, bold: false, s: l }));
          ops.push({ t: 'rect', x: 228, y, w: 317, h, fill: false });
          ops.push({ t: 'value', x: 228, y, w: 317, h, s: r.value, field: name(r.field) });
          y += Math.max(h, lab.length * 11 + 4) + 5;
        } else if (r.t === 'check') {
          ops.push({ t: 'rect', x: 232, y: y + 2, w: 11, h: 11, fill: false });
          ops.push({ t: 'check', x: 232, y: y + 2, on: r.on, field: name(r.field) });
          ops.push({ t: 'text', x: 250, y: y + 11, size: 9, bold: false, s: r.label });
          y += 16;
        } else {
          ops.push({ t: 'text', x: 50, y: y + 14, size: 9, bold: false, s: r.label });
          ops.push({ t: 'rect', x: 228, y, w: 317, h: 40, fill: false });
          ops.push({ t: 'sig', x: 228, y, w: 317, h: 40, signed: r.signed, field: name(r.field) });
          y += 46;
        }
      }
    }
    if (spec.footer) ops.push({ t: 'text', x: 50, y: 815, size: 7, bold: false, s: `${spec.footer}   Page ${pi + 1} of ${spec.pages.length}` });
    return ops;
  });
}
