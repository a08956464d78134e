// Writer H's forms: fillable AcroForms with export-style field names, flat text PDFs, and image-only scans.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export type Row =
  | { label: string; value: string; field?: string }
  | { label: string; ticks: { label: string; on: boolean; field?: string }[] };

export interface FormSpec {
  title: string;
  subtitle?: string;
  intro?: string[];
  sections: { heading: string; rows: Row[] }[];
  signature: { label: string; signed: boolean; field?: string; date?: string; dateField?: string };
  footer?: string;
  page2?: string[];
  meta?: { author?: string; producer?: string; creator?: string };
}

const A4: [number, number] = [595.28, 841.89];

function wrap(s: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    const t = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(t, size) > width && line) { out.push(line); line = w; } else line = t;
  }
  if (line) out.push(line);
  return out;
}

function scribble(page: PDFPage, x: number, y: number) {
  page.drawSvgPath('M 0 0 C 8 -14 16 10 24 -4 S 36 -16 44 2 C 50 12 56 -10 66 -2 S 80 8 92 -6 L 104 -2', {
    x, y, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.3,
  });
}

function page2(doc: PDFDocument, font: PDFFont, lines: string[]) {
  const p = doc.addPage(A4);
  let y = 790;
  for (const l of lines) {
    for (const w of wrap(l, font, 9.5, 500)) { p.drawText(w, { x: 50, y, size: 9.5, font }); y -= 13; }
    y -= 5;
  }
}

async function setMeta(doc: PDFDocument, spec: FormSpec) {
  doc.setTitle(spec.title);
  if (spec.meta?.author) doc.setAuthor(spec.meta.author);
  doc.setProducer(spec.meta?.producer ?? 'LibreOffice 7.6');
  doc.setCreationDate(new Date('2026-11-02T10:00:00Z')); doc.setModificationDate(new Date('2026-11-02T10:00:00Z'));
  doc.setCreator(spec.meta?.creator ?? 'Writer');
}

/** A fillable form: labels drawn, values in text fields named as the spec says; tick boxes as check boxes. */
export async function acroForm(spec: FormSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await setMeta(doc, spec);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const page = doc.addPage(A4);
  let y = 800;
  page.drawText(spec.title, { x: 40, y, size: 13, font: bold }); y -= 18;
  if (spec.subtitle) { page.drawText(spec.subtitle, { x: 40, y, size: 9, font }); y -= 16; }
  for (const i of spec.intro ?? []) for (const w of wrap(i, font, 8.5, 515)) { page.drawText(w, { x: 40, y, size: 8.5, font }); y -= 11; }
  y -= 6;
  let auto = 1;
  for (const s of spec.sections) {
    page.drawRectangle({ x: 38, y: y - 4, width: 520, height: 16, color: rgb(0.85, 0.9, 0.96) });
    page.drawText(s.heading, { x: 42, y, size: 10, font: bold }); y -= 22;
    for (const r of s.rows) {
      if ('ticks' in r) {
        page.drawText(r.label, { x: 42, y, size: 9, font });
        y -= 15;
        for (const t of r.ticks) {
          const cb = form.createCheckBox(t.field ?? `Check Box${auto++}`);
          cb.addToPage(page, { x: 60, y: y - 2, width: 10, height: 10 });
          if (t.on) cb.check();
          page.drawText(t.label, { x: 76, y, size: 9, font });
          y -= 14;
        }
        y -= 4;
      } else {
        page.drawText(r.label, { x: 42, y, size: 9, font });
        const tf = form.createTextField(r.field ?? `Text${auto++}`);
        tf.setText(r.value);
        tf.addToPage(page, { x: 230, y: y - 4, width: 320, height: 15, font, borderWidth: 0.6 });
        y -= 20;
      }
    }
    y -= 6;
  }
  page.drawText(spec.signature.label, { x: 42, y, size: 9, font: bold });
  page.drawRectangle({ x: 230, y: y - 22, width: 200, height: 34, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
  if (spec.signature.field) {
    const sf = form.createTextField(spec.signature.field);
    sf.addToPage(page, { x: 232, y: y - 20, width: 196, height: 30, borderWidth: 0 });
  }
  if (spec.signature.signed) scribble(page, 250, y - 4);
  y -= 40;
  if (spec.signature.date !== undefined) {
    page.drawText('Date', { x: 42, y, size: 9, font });
    const df = form.createTextField(spec.signature.dateField ?? `Text${auto++}`);
    df.setText(spec.signature.date);
    df.addToPage(page, { x: 230, y: y - 4, width: 120, height: 15, font, borderWidth: 0.6 });
    y -= 20;
  }
  if (spec.footer) page.drawText(spec.footer, { x: 40, y: 30, size: 7.5, font });
  form.updateFieldAppearances(font);
  if (spec.page2) page2(doc, font, spec.page2);
  return doc.save();
}

/** A flat PDF: values printed on the label's line ('line') or in a two-column ruled table ('table'). Ticks as [X] / [ ]. */
export async function flatForm(spec: FormSpec, style: 'line' | 'table'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await setMeta(doc, spec);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(A4);
  let y = 800;
  page.drawText(spec.title, { x: 40, y, size: 13, font: bold }); y -= 18;
  if (spec.subtitle) { page.drawText(spec.subtitle, { x: 40, y, size: 9, font }); y -= 16; }
  for (const i of spec.intro ?? []) for (const w of wrap(i, font, 8.5, 515)) { page.drawText(w, { x: 40, y, size: 8.5, font }); y -= 11; }
  y -= 6;
  for (const s of spec.sections) {
    page.drawText(s.heading, { x: 40, y, size: 10.5, font: bold }); y -= 16;
    for (const r of s.rows) {
      const value = 'ticks' in r ? r.ticks.map((t) => `${t.on ? '[X]' : '[ ]'} ${t.label}`).join('   ') : r.value;
      if (style === 'line') {
        page.drawText(`${r.label}: ${'ticks' in r ? '' : value}`, { x: 46, y, size: 9.5, font });
        if ('ticks' in r) { y -= 13; page.drawText(value, { x: 60, y, size: 9.5, font }); }
        y -= 16;
      } else {
        const lines = wrap(value, font, 9.5, 300);
        const h = 6 + lines.length * 12;
        page.drawRectangle({ x: 40, y: y - h + 10, width: 190, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
        page.drawRectangle({ x: 230, y: y - h + 10, width: 325, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
        page.drawText(r.label, { x: 44, y, size: 9.5, font: bold });
        lines.forEach((l, i) => page.drawText(l, { x: 236, y: y - i * 12, size: 9.5, font }));
        y -= h;
      }
    }
    y -= 10;
  }
  page.drawText(`${spec.signature.label}:`, { x: 46, y, size: 9.5, font: bold });
  page.drawRectangle({ x: 230, y: y - 22, width: 200, height: 34, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
  if (spec.signature.signed) scribble(page, 250, y - 4);
  y -= 40;
  if (spec.signature.date !== undefined) page.drawText(`Date: ${spec.signature.date}`, { x: 46, y, size: 9.5, font });
  if (spec.footer) page.drawText(spec.footer, { x: 40, y: 30, size: 7.5, font });
  if (spec.page2) page2(doc, font, spec.page2);
  return doc.save();
}

/** A phone/copier scan: the filled form rendered to an image (about 170 dpi), skewed and speckled; no text layer. */
export async function scanForm(spec: FormSpec, opt: { angle: number; seed: number; jpeg?: boolean; handwritten?: boolean }): Promise<Uint8Array> {
  const dpi = 170;
  const W = Math.round(8.27 * dpi), H = Math.round(11.69 * dpi);
  const cv = createCanvas(W, H);
  const g = cv.getContext('2d');
  g.fillStyle = '#fbfaf6'; g.fillRect(0, 0, W, H);
  g.save();
  g.translate(W / 2, H / 2); g.rotate((opt.angle * Math.PI) / 180); g.translate(-W / 2, -H / 2);
  const s = dpi / 72;
  let y = 60 * s;
  const txt = (t: string, x: number, size: number, weight = '', colour = '#111') => {
    g.fillStyle = colour; g.font = `${weight} ${size * s}px "DejaVu Sans"`.trim(); g.fillText(t, x * s, y);
  };
  txt(spec.title, 40, spec.title.length > 60 ? 11 : 13, 'bold'); y += 20 * s;
  if (spec.subtitle) { txt(spec.subtitle, 40, 9); y += 16 * s; }
  g.font = `${8 * s}px "DejaVu Sans"`;
  for (const i of spec.intro ?? []) {
    let line = '';
    for (const w of i.split(' ')) {
      const t = line ? `${line} ${w}` : w;
      if (g.measureText(t).width > 510 * s && line) { txt(line, 40, 8); y += 12 * s; line = w; } else line = t;
    }
    txt(line, 40, 8); y += 12 * s;
  }
  y += 8 * s;
  const hand = (t: string, x: number) => {
    g.fillStyle = '#1a2a6c'; g.font = `${11.5 * s}px "DejaVu Serif"`; g.fillText(t, x * s, y);
  };
  for (const sec of spec.sections) {
    g.fillStyle = '#dde4ee'; g.fillRect(38 * s, y - 12 * s, 520 * s, 17 * s);
    txt(sec.heading, 42, 10, 'bold'); y += 22 * s;
    for (const r of sec.rows) {
      if ('ticks' in r) {
        txt(r.label, 42, 9); y += 16 * s;
        for (const t of r.ticks) { txt(`${t.on ? '☒' : '☐'} ${t.label}`, 60, 10); y += 15 * s; }
        y += 4 * s;
      } else {
        txt(r.label, 42, 9);
        g.strokeStyle = '#444'; g.lineWidth = 1; g.strokeRect(230 * s, y - 12 * s, 320 * s, 17 * s);
        if (opt.handwritten) hand(r.value, 234); else txt(r.value, 234, 10);
        y += 22 * s;
      }
    }
    y += 6 * s;
  }
  txt(spec.signature.label, 42, 9, 'bold');
  g.strokeStyle = '#222'; g.lineWidth = 1.2; g.strokeRect(230 * s, y - 14 * s, 200 * s, 36 * s);
  if (spec.signature.signed) drawScribble(g, 245 * s, y + 4 * s, s, opt.seed);
  y += 44 * s;
  if (spec.signature.date !== undefined) { txt('Date', 42, 9); if (opt.handwritten) hand(spec.signature.date, 234); else txt(spec.signature.date, 234, 10); }
  if (spec.footer) { y = H - 40 * s; txt(spec.footer, 40, 7.5); }
  g.restore();
  // speckle and a darker copier edge
  let r = opt.seed;
  const rnd = () => ((r = (r * 1103515245 + 12345) % 2147483648) / 2147483648);
  g.fillStyle = 'rgba(40,40,40,0.55)';
  for (let i = 0; i < 2600; i++) g.fillRect(rnd() * W, rnd() * H, 1 + rnd() * 1.6, 1 + rnd() * 1.6);
  g.fillStyle = 'rgba(0,0,0,0.08)'; g.fillRect(0, 0, 14, H);
  const img = opt.jpeg ? await cv.encode('jpeg', 82) : await cv.encode('png');
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-11-02T10:00:00Z')); doc.setModificationDate(new Date('2026-11-02T10:00:00Z'));
  doc.setProducer(opt.jpeg ? 'iOS Version 18.1 (Build 22B83) Quartz PDFContext' : 'RICOH MP C3004 Scan');
  const pic = opt.jpeg ? await doc.embedJpg(img) : await doc.embedPng(img);
  const page = doc.addPage(A4);
  page.drawImage(pic, { x: 0, y: 0, width: A4[0], height: A4[1] });
  if (spec.page2) {
    const p2 = doc.addPage(A4);
    const cv2 = createCanvas(W, H); const g2 = cv2.getContext('2d');
    g2.fillStyle = '#fbfaf6'; g2.fillRect(0, 0, W, H); g2.fillStyle = '#222'; g2.font = `${9 * s}px "DejaVu Sans"`;
    spec.page2.forEach((l, i) => g2.fillText(l.slice(0, 110), 40 * s, (60 + i * 16) * s));
    const im2 = opt.jpeg ? await doc.embedJpg(await cv2.encode('jpeg', 75)) : await doc.embedPng(await cv2.encode('png'));
    p2.drawImage(im2, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return doc.save();
}

function drawScribble(g: SKRSContext2D, x: number, y: number, s: number, seed: number) {
  g.strokeStyle = '#0d1f63'; g.lineWidth = 2.2; g.beginPath(); g.moveTo(x, y);
  let r = seed;
  const rnd = () => ((r = (r * 16807) % 2147483647) / 2147483647);
  for (let i = 1; i <= 14; i++) g.bezierCurveTo(x + (i * 9 - 4) * s, y - (rnd() * 22 - 6) * s, x + (i * 9 - 2) * s, y + (rnd() * 14 - 4) * s, x + i * 9 * s, y - (rnd() * 8) * s);
  g.stroke();
  g.beginPath(); g.moveTo(x + 10 * s, y + 6 * s); g.lineTo(x + 120 * s, y + 2 * s); g.stroke();
}

/** A small signature logo, referenced from HTML as cid:. */
export async function logo(label: string): Promise<Buffer> {
  const cv = createCanvas(360, 96); const g = cv.getContext('2d');
  g.fillStyle = '#005eb8'; g.fillRect(0, 0, 360, 96); g.fillStyle = '#fff'; g.font = 'bold 30px "DejaVu Sans"'; g.fillText(label, 16, 60);
  return cv.encode('png');
}
