/**
 * Writes the forms attached to corpus 8 (test/corpus-8/pdfs/*.pdf): fillable forms exported from Word (AcroForm
 * fields named the way Word's legacy form controls name them), flat printed-to-PDF forms, and forms completed by hand,
 * then scanned (image only, no text layer; slight rotation, speckle, handwriting fonts) drawn with @napi-rs/canvas.
 * Deterministic (fixed dates, seeded noise) so a rebuild does not churn the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const PDF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdfs');
const FIXED_DATE = new Date('2026-11-27T10:00:00Z');

GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'C8Print');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'C8PrintBold');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf', 'C8Hand');

export type FormType = 'gpp' | 'oe_gp' | 'oe_other';

export interface FormSpec {
  file: string;
  type: FormType;
  style: 'word' | 'flat' | 'scan';
  /** Label → value, in the order the form prints them; '' leaves the box empty. */
  rows: [string, string][];
  /** The signatory role ticked in the role list (Open Exeter forms). */
  tick?: string;
  signed: boolean;
  rotate?: number;
  seed?: number;
}

const TITLE: Record<FormType, [string, string]> = {
  gpp: ['GP Payments and Pensions', 'Practice User Administrator Certification Form'],
  oe_gp: ['Open Exeter - Request for a Primary User', 'GP Practices'],
  oe_other: ['Open Exeter - Request for a Primary User', 'Other organisations (non GP practice)'],
};
const ROLES: Record<FormType, string[]> = {
  gpp: [],
  oe_gp: ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'],
  oe_other: ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'],
};
const SIGN_LINE = 'Signature of authorised signatory';

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fieldName = (i: number) => `Text${i + 1}`;

async function wordOrFlat(f: FormSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer(f.style === 'word' ? 'Microsoft® Word for Microsoft 365' : 'Microsoft: Print To PDF');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  page.drawText(TITLE[f.type][0], { x: 50, y: 790, size: 15, font: bold });
  page.drawText(TITLE[f.type][1], { x: 50, y: 770, size: 12, font: bold });
  let y = 730;
  f.rows.forEach(([label, value], i) => {
    page.drawText(label, { x: 50, y, size: 10, font });
    if (f.style === 'word') {
      const tf = form.createTextField(fieldName(i));
      tf.setText(value);
      tf.addToPage(page, { x: 250, y: y - 5, width: 290, height: 18, font });
    } else {
      page.drawRectangle({ x: 250, y: y - 5, width: 290, height: 18, borderWidth: 0.5 });
      if (value) page.drawText(value, { x: 254, y, size: 10, font });
    }
    y -= 30;
  });
  if (ROLES[f.type].length) {
    page.drawText('Role of authorised signatory (tick one):', { x: 50, y, size: 10, font: bold });
    y -= 22;
    ROLES[f.type].forEach((r, i) => {
      if (f.style === 'word') {
        const cb = form.createCheckBox(`Check${i + 1}`);
        cb.addToPage(page, { x: 50, y: y - 2, width: 10, height: 10 });
        if (r === f.tick) cb.check();
      } else {
        page.drawText(r === f.tick ? '[X]' : '[  ]', { x: 50, y, size: 10, font });
      }
      page.drawText(r, { x: 72, y, size: 10, font });
      y -= 18;
    });
  }
  y -= 20;
  page.drawText(SIGN_LINE, { x: 50, y, size: 10, font });
  page.drawRectangle({ x: 250, y: y - 20, width: 290, height: 40, borderWidth: 0.5 });
  if (f.signed) page.drawText('/signed electronically/', { x: 260, y: y - 2, size: 12, font });
  return doc.save({ useObjectStreams: false });
}

async function scan(f: FormSpec): Promise<Uint8Array> {
  const W = 1240;
  const H = 1754;
  const random = seeded(f.seed ?? 8);
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#000';
  ctx.font = '34px C8PrintBold';
  ctx.fillText(TITLE[f.type][0], 90, 140);
  ctx.font = '28px C8PrintBold';
  ctx.fillText(TITLE[f.type][1], 90, 185);
  let y = 270;
  for (const [label, value] of f.rows) {
    ctx.font = '26px C8Print';
    ctx.fillStyle = '#000';
    ctx.fillText(label, 90, y);
    ctx.strokeStyle = '#666';
    ctx.lineWidth = 1;
    ctx.strokeRect(560, y - 38, 590, 52);
    ctx.font = '32px C8Hand';
    ctx.fillStyle = '#14145a';
    if (value) ctx.fillText(value, 575, y);
    y += 78;
  }
  ctx.fillStyle = '#000';
  if (ROLES[f.type].length) {
    ctx.font = '26px C8PrintBold';
    ctx.fillText('Role of authorised signatory (tick one):', 90, y);
    y += 50;
    ctx.font = '26px C8Print';
    for (const r of ROLES[f.type]) {
      ctx.strokeRect(90, y - 24, 28, 28);
      if (r === f.tick) {
        ctx.strokeStyle = '#14145a';
        ctx.lineWidth = 4;
        ctx.beginPath();
        ctx.moveTo(93, y - 10);
        ctx.lineTo(103, y);
        ctx.lineTo(120, y - 30);
        ctx.stroke();
        ctx.strokeStyle = '#666';
        ctx.lineWidth = 1;
      }
      ctx.fillText(r, 135, y);
      y += 46;
    }
  }
  y += 40;
  ctx.font = '26px C8Print';
  ctx.fillText(SIGN_LINE, 90, y);
  ctx.strokeRect(560, y - 50, 590, 80);
  if (f.signed) {
    ctx.strokeStyle = '#14145a';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(600, y);
    for (let i = 1; i <= 16; i++) ctx.quadraticCurveTo(600 + i * 22 - 11, y - 30 + random() * 55, 600 + i * 22, y + (random() - 0.5) * 18);
    ctx.stroke();
  }
  const out = createCanvas(W, H);
  const o = out.getContext('2d');
  o.fillStyle = '#f2f1ec';
  o.fillRect(0, 0, W, H);
  o.translate(W / 2, H / 2);
  o.rotate(((f.rotate ?? 0.8) * Math.PI) / 180);
  o.translate(-W / 2, -H / 2);
  o.drawImage(c, 0, 0);
  o.setTransform(1, 0, 0, 1, 0, 0);
  const img = o.getImageData(0, 0, W, H);
  for (let i = 0; i < 5000; i++) {
    const p = (Math.floor(random() * W) + Math.floor(random() * H) * W) * 4;
    const v = random() < 0.5 ? 50 : 210;
    img.data[p] = img.data[p + 1] = img.data[p + 2] = v;
  }
  o.putImageData(img, 0, 0);
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('RICOH IM C3000 scan to email');
  const png = await doc.embedPng(out.toBuffer('image/png'));
  doc.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save({ useObjectStreams: false });
}

export async function writeForms(forms: FormSpec[]): Promise<void> {
  mkdirSync(PDF_DIR, { recursive: true });
  for (const f of forms) writeFileSync(join(PDF_DIR, f.file), f.style === 'scan' ? await scan(f) : await wordOrFlat(f));
}
