/**
 * Writes the forms attached to corpus 5 (test/corpus-5/pdfs/*.pdf) in the ways practices send them:
 * fillable AcroForms (several field-naming habits), flat text PDFs (value beside, below, or in a
 * table cell next to the label) and scans (image-only pages, no text layer). Deterministic: fixed
 * dates and a seeded noise generator, so a rebuild does not churn the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export const PDF_OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdfs');
const FIXED_DATE = new Date('2026-11-02T08:30:00Z');

// A slanted serif stands in for handwriting; both ship with Debian's fonts-dejavu / fonts-liberation.
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf', 'Hand');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'Print');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'PrintBold');

export interface PdfField {
  label: string;
  /** AcroForm field name (the naming habit of whoever built the form). */
  name: string;
  value: string;
  /** A checkbox: value 'X' when ticked. */
  check?: boolean;
}

export interface PdfSpec {
  file: string;
  title: string;
  intro: string[];
  sections: { heading: string; fields: PdfField[] }[];
  style: 'acro' | 'beside' | 'below' | 'table' | 'scan';
  /** Second page (e.g. the list of allowed signatories, with ticks). */
  page2?: { heading: string; lines: string[] };
  /** Scans only: how the signature box looks. */
  signature?: 'scribble' | 'empty';
  /** Scans only: rotation in degrees. */
  rotate?: number;
  seed?: number;
}

function line(page: PDFPage, font: PDFFont, text: string, x: number, y: number, size = 10): void {
  page.drawText(text, { x, y, size, font });
}

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('Microsoft: Print To PDF');
  doc.setCreator('Microsoft Word');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

async function textPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await newDoc(spec.title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  let y = 790;
  line(page, bold, spec.title, 50, y, 13);
  y -= 22;
  for (const t of spec.intro) {
    line(page, font, t, 50, y, 8.5);
    y -= 13;
  }
  y -= 8;
  for (const sec of spec.sections) {
    line(page, bold, sec.heading, 50, y, 10.5);
    y -= 20;
    for (const f of sec.fields) {
      const shown = f.check ? `[${f.value === 'X' ? 'X' : ' '}] ${f.label}` : f.label;
      if (spec.style === 'acro') {
        if (f.check) {
          line(page, font, f.label, 75, y, 10);
          const cb = form.createCheckBox(f.name);
          cb.addToPage(page, { x: 52, y: y - 2, width: 12, height: 12 });
          if (f.value === 'X') cb.check();
        } else {
          line(page, font, f.label, 50, y, 10);
          const tf = form.createTextField(f.name);
          tf.addToPage(page, { x: 250, y: y - 4, width: 295, height: 16, font });
          if (f.value !== '') tf.setText(f.value);
        }
        y -= 26;
      } else if (spec.style === 'beside' || f.check) {
        line(page, font, f.check ? shown : `${f.label}  ${f.value === '' ? '____________________' : f.value}`, 50, y, 10);
        y -= 20;
      } else if (spec.style === 'below') {
        line(page, font, f.label, 50, y, 9);
        line(page, font, f.value === '' ? '________________________________' : f.value, 60, y - 14, 11);
        y -= 34;
      } else {
        // table: bordered cells, label left, value in the right-hand cell
        page.drawRectangle({ x: 50, y: y - 6, width: 200, height: 20, borderColor: rgb(0, 0, 0), borderWidth: 0.6, color: rgb(0.9, 0.93, 0.97) });
        page.drawRectangle({ x: 250, y: y - 6, width: 295, height: 20, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
        line(page, font, f.label, 54, y, 9);
        line(page, font, f.value, 254, y, 10);
        y -= 20;
      }
    }
    y -= 14;
  }
  if (spec.style === 'acro') form.updateFieldAppearances(font);
  if (spec.page2) {
    const p2 = doc.addPage([595, 842]);
    let y2 = 790;
    line(p2, bold, spec.page2.heading, 50, y2, 12);
    y2 -= 24;
    for (const t of spec.page2.lines) {
      line(p2, font, t, 50, y2, 10);
      y2 -= 17;
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Small deterministic PRNG (mulberry32) for scan noise and the scribble. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = 1240;
const H = 1754;

function scanPage(draw: (ctx: SKRSContext2D) => void, rotate: number, rand: () => number): Buffer {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f2ec';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((rotate * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  draw(ctx);
  ctx.restore();
  // scanner speckle and a faint grey edge where the lid did not close
  for (let i = 0; i < 2500; i++) {
    const g = Math.floor(90 + rand() * 120);
    ctx.fillStyle = `rgba(${g},${g},${g},${0.25 + rand() * 0.5})`;
    ctx.fillRect(rand() * W, rand() * H, 1 + rand() * 2, 1 + rand() * 2);
  }
  ctx.fillStyle = 'rgba(60,60,60,0.25)';
  ctx.fillRect(W - 18, 0, 18, H);
  return canvas.toBuffer('image/png');
}

function scribble(ctx: SKRSContext2D, x: number, y: number, rand: () => number): void {
  ctx.strokeStyle = '#16237a';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  let cx = x;
  for (let i = 0; i < 9; i++) {
    const nx = cx + 25 + rand() * 30;
    ctx.bezierCurveTo(cx + 10, y - 40 - rand() * 30, nx - 10, y + 30 + rand() * 20, nx, y - 5 + rand() * 10);
    cx = nx;
  }
  ctx.stroke();
}

async function scanPdf(spec: PdfSpec): Promise<Uint8Array> {
  const rand = rng(spec.seed ?? 7);
  const rotate = spec.rotate ?? 0.8;
  const pages: Buffer[] = [];
  pages.push(
    scanPage((ctx) => {
      ctx.fillStyle = '#111';
      ctx.font = '34px PrintBold';
      ctx.fillText(spec.title, 90, 130);
      ctx.font = '20px Print';
      let y = 180;
      for (const t of spec.intro) {
        ctx.fillText(t, 90, y);
        y += 30;
      }
      y += 20;
      for (const sec of spec.sections) {
        ctx.font = '26px PrintBold';
        ctx.fillStyle = '#111';
        ctx.fillText(sec.heading, 90, y);
        y += 48;
        for (const f of sec.fields) {
          ctx.fillStyle = '#111';
          ctx.font = '23px Print';
          if (f.check) {
            ctx.strokeStyle = '#111';
            ctx.lineWidth = 2;
            ctx.strokeRect(90, y - 22, 26, 26);
            ctx.fillText(f.label, 130, y);
            if (f.value === 'X') {
              ctx.font = '30px Hand';
              ctx.fillStyle = '#16237a';
              ctx.fillText('X', 93, y + 1);
            }
            y += 46;
            continue;
          }
          const isSignature = /signature/i.test(f.label);
          if (isSignature) y += 30;
          ctx.fillText(f.label, 90, y);
          ctx.strokeStyle = '#555';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(480, y + 6);
          ctx.lineTo(1130, y + 6);
          ctx.stroke();
          if (isSignature) {
            ctx.strokeRect(480, y - 50, 650, 62);
            if (spec.signature !== 'empty') scribble(ctx, 510, y - 15, rand);
            y += 20;
          } else if (f.value !== '') {
            ctx.font = '30px Hand';
            ctx.fillStyle = '#16237a';
            ctx.fillText(f.value, 490 + rand() * 12, y - 2 + rand() * 4);
          }
          y += 52;
        }
        y += 24;
      }
    }, rotate, rand),
  );
  if (spec.page2) {
    const p2 = spec.page2;
    pages.push(
      scanPage((ctx) => {
        ctx.fillStyle = '#111';
        ctx.font = '28px PrintBold';
        ctx.fillText(p2.heading, 90, 130);
        ctx.font = '23px Print';
        let y = 200;
        for (const t of p2.lines) {
          const tick = /^\[X\]/.exec(t);
          ctx.fillStyle = '#111';
          ctx.font = '23px Print';
          ctx.fillText(tick ? `[   ]${t.slice(3)}` : t, 90, y);
          if (tick) {
            ctx.font = '30px Hand';
            ctx.fillStyle = '#16237a';
            ctx.fillText('X', 98, y + 2);
          }
          y += 40;
        }
      }, -rotate / 2, rand),
    );
  }
  const doc = await newDoc(spec.title);
  doc.setProducer('Canon iR-ADV C5535 PDF');
  doc.setCreator('Canon iR-ADV C5535');
  if (process.env.C5_DUMP) pages.forEach((png, i) => writeFileSync(`/tmp/${spec.file}-${i}.png`, png));
  for (const png of pages) {
    const img = await doc.embedPng(png);
    const page = doc.addPage([595, 842]);
    page.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save({ useObjectStreams: false });
}

export async function writePdf(spec: PdfSpec): Promise<string> {
  mkdirSync(PDF_OUT, { recursive: true });
  const bytes = spec.style === 'scan' ? await scanPdf(spec) : await textPdf(spec);
  writeFileSync(join(PDF_OUT, spec.file), bytes);
  return spec.file;
}

// ---- the seed forms' wording, shared by every instance -----------------------------------------

export const GPP_TITLE = 'GP Payments and Pensions - Practice User Administrator Certification';
export const GPP_INTRO = [
  'Use this form when your practice has no GPP Practice User Administrator.',
  'Part A: the person to be set up. Part B: authorisation by one of the organisation\'s approvers.',
  'Complete both parts of the form and return to pcse.portalenquiries@nhs.net',
];
export const OE_GP_TITLE = 'Open Exeter - Primary User Request (GP Practice)';
export const OE_OTHER_TITLE = 'Open Exeter - Primary User Request (Other Organisations)';
export const OE_INTRO = [
  'Cervical screening administration service. The form must be signed by an authorised',
  'signatory at the bottom of page 1. Email the completed form to pcse.openexeter@nhs.net',
];
export function oeGpPage2(ticked: string | null): { heading: string; lines: string[] } {
  const roles = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
  return {
    heading: 'Page 2 - Authorised signatories (GP Practice)',
    lines: ['This form must be signed by one of the following signatories:', ...roles.map((r) => `[${r === ticked ? 'X' : ' '}] ${r}`),
      'One of the above signatories needs to validate the application and to grant access', 'for a Primary User to be set up.'],
  };
}
export function oeOtherPage2(ticked: string | null): { heading: string; lines: string[] } {
  const roles = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];
  return {
    heading: 'Page 2 - Authorised signatories (Other Organisations)',
    lines: ['The form must be signed by one of the following signatories:', ...roles.map((r) => `[${r === ticked ? 'X' : ' '}] ${r}`),
      'If you have no-one available from the list of signatories, request a new Caldicott', 'Guardian before returning this form.'],
  };
}
