/**
 * Writes the forms attached to corpus 6 (test/corpus-6/pdfs/*.pdf), in the ways small contractors
 * really send them: flat text PDFs (value beside, below, or in a table cell next to the label),
 * fillable AcroForms with different field-naming habits, and scanned / phone-photographed pages
 * (image only, no text layer) drawn with @napi-rs/canvas.
 *
 * Deterministic: fixed dates and a seeded random generator, so a rebuild does not churn the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export const PDF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdfs');
const FIXED_DATE = new Date('2026-11-20T09:00:00Z');

GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'PrintSans');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'PrintSansBold');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf', 'Hand1');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf', 'Hand2');

export type FormType = 'gpp' | 'oe_gp' | 'oe_other';
export type Style = 'beside' | 'below' | 'table' | 'acro' | 'scan';
/** How a fillable form names its fields (the habits of different form tools). */
export type Naming = 'numbered' | 'hungarian' | 'snake' | 'acrobat';

export interface FormSpec {
  file: string;
  type: FormType;
  style: Style;
  naming?: Naming;
  /** Values by field key (see FIELDS); absent or '' = left blank. */
  values: Record<string, string>;
  /** Role ticked on page 2 (Open Exeter forms), drawn as [X]. */
  tickRole?: string;
  /** Whether the signature box holds a signature. */
  signed: boolean;
  /** Scans: rotation in degrees and which handwriting. */
  rotate?: number;
  hand?: 'Hand1' | 'Hand2';
  /** Phone photo: JPEG, greyish paper, stronger noise. */
  photo?: boolean;
}

interface FieldDef { key: string; label: string }

const TITLES: Record<FormType, string[]> = {
  gpp: ['GP Payments and Pensions', 'Practice User Administrator Certification Form'],
  oe_gp: ['Open Exeter - Request for a Primary User', 'GP Practices'],
  oe_other: ['Open Exeter - Request for a Primary User', 'Other organisations (non GP practice)'],
};

const INTRO: Record<FormType, string> = {
  gpp: 'Complete both parts of this form and return it to pcse.portalenquiries@nhs.net',
  oe_gp: 'This form must be signed by an authorised signatory at the bottom of page 1. Email it to pcse.openexeter@nhs.net',
  oe_other: 'This form must be signed by an authorised signatory at the bottom of page 1. Email it to pcse.openexeter@nhs.net',
};

const FIELDS: Record<FormType, { heading: string; fields: FieldDef[] }[]> = {
  gpp: [
    { heading: 'Part A - Organisation and nominated Practice User Administrator', fields: [
      { key: 'orgName', label: 'Practice name' },
      { key: 'ods', label: 'Practice code (ODS)' },
      { key: 'nomName', label: 'Full name of nominee' },
      { key: 'nomJob', label: 'Job title' },
      { key: 'nomEmail', label: 'Email address' },
      { key: 'nomPhone', label: 'Telephone' },
    ] },
    { heading: 'Part B - Authorisation by an organisation approver', fields: [
      { key: 'appName', label: 'Approver name' },
      { key: 'appRole', label: 'Position / role' },
      { key: 'appEmail', label: 'Approver email' },
      { key: 'date', label: 'Date' },
    ] },
  ],
  oe_gp: [
    { heading: 'Section 1 - Practice details', fields: [
      { key: 'orgName', label: 'Practice name' },
      { key: 'ods', label: 'Practice code' },
      { key: 'address', label: 'Practice address' },
    ] },
    { heading: 'Section 2 - Proposed Primary User', fields: [
      { key: 'nomName', label: 'Name' },
      { key: 'nomJob', label: 'Job title' },
      { key: 'nomEmail', label: 'Email' },
      { key: 'nomPhone', label: 'Contact number' },
    ] },
    { heading: 'Section 3 - Authorised signatory (see page 2)', fields: [
      { key: 'sigName', label: 'Signatory name' },
      { key: 'sigRole', label: 'Signatory role' },
      { key: 'sigEmail', label: 'Signatory email' },
      { key: 'date', label: 'Date' },
    ] },
  ],
  oe_other: [
    { heading: 'Section 1 - Organisation details', fields: [
      { key: 'orgName', label: 'Organisation name' },
      { key: 'ods', label: 'Organisation code' },
      { key: 'orgType', label: 'Type of organisation' },
    ] },
    { heading: 'Section 2 - Proposed Primary User', fields: [
      { key: 'nomName', label: 'Name' },
      { key: 'nomJob', label: 'Job title' },
      { key: 'nomEmail', label: 'Email' },
    ] },
    { heading: 'Section 3 - Authorised signatory (see page 2)', fields: [
      { key: 'sigName', label: 'Signatory name' },
      { key: 'sigRole', label: 'Signatory role' },
      { key: 'sigEmail', label: 'Signatory email' },
      { key: 'date', label: 'Date' },
    ] },
  ],
};

const PAGE2_ROLES: Record<FormType, string[]> = {
  gpp: [],
  oe_gp: ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'],
  oe_other: ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'],
};

function fieldName(naming: Naming, def: FieldDef, index: number): string {
  const words = def.label.replace(/[^A-Za-z ]/g, ' ').trim().split(/\s+/);
  switch (naming) {
    case 'numbered': return `Text${index + 1}`;
    case 'hungarian': return `txt${def.key[0]!.toUpperCase()}${def.key.slice(1)}`;
    case 'snake': return words.map((w) => w.toLowerCase()).join('_');
    case 'acrobat': {
      // Acrobat's auto-detect names repeated labels Name_2, Email_2…
      return words[0]!;
    }
  }
}

/** A small deterministic PRNG (mulberry32) so scans are identical on every rebuild. */
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

function seedOf(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('corpus-6 generator');
  doc.setCreator('corpus-6 generator');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

function text(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size = 10): void {
  page.drawText(s, { x, y, size, font });
}

function page2Text(page: PDFPage, font: PDFFont, bold: PDFFont, spec: FormSpec): void {
  let y = 790;
  text(page, bold, 'Page 2 - Authorised signatories', 50, y, 13);
  y -= 26;
  text(page, font, spec.type === 'oe_gp' ? 'This form must be signed by one of the following signatories:' : 'The form must be signed by one of the following signatories:', 50, y);
  y -= 20;
  for (const r of PAGE2_ROLES[spec.type]) {
    text(page, font, `${spec.tickRole === r ? '[X]' : '[ ]'}  ${r}`, 60, y);
    y -= 18;
  }
  y -= 10;
  text(page, font, 'If no signatory is available, request a new Caldicott Guardian before sending this form.', 50, y, 9);
}

async function textPdf(spec: FormSpec): Promise<Uint8Array> {
  const doc = await newDoc(TITLES[spec.type].join(' - '));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  let y = 790;
  for (const t of TITLES[spec.type]) { text(page, bold, t, 50, y, 14); y -= 20; }
  text(page, font, INTRO[spec.type], 50, y, 8); y -= 24;
  const form = spec.style === 'acro' ? doc.getForm() : null;
  let index = 0;
  const used = new Map<string, number>();
  for (const section of FIELDS[spec.type]) {
    text(page, bold, section.heading, 50, y, 11); y -= 22;
    for (const def of section.fields) {
      const value = spec.values[def.key] ?? '';
      if (spec.style === 'beside') {
        text(page, font, `${def.label}: ${value}`, 50, y); y -= 18;
      } else if (spec.style === 'below') {
        text(page, font, def.label, 50, y, 9); y -= 14;
        text(page, font, value === '' ? '' : value, 60, y, 11); y -= 20;
      } else if (spec.style === 'table') {
        page.drawRectangle({ x: 50, y: y - 6, width: 180, height: 20, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
        page.drawRectangle({ x: 230, y: y - 6, width: 315, height: 20, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
        text(page, font, def.label, 55, y);
        if (value !== '') text(page, font, value, 235, y);
        y -= 20;
      } else {
        text(page, font, def.label, 50, y);
        let name = fieldName(spec.naming ?? 'numbered', def, index);
        const n = (used.get(name) ?? 0) + 1;
        used.set(name, n);
        if (n > 1) name = `${name}_${n}`;
        const tf = form!.createTextField(name);
        tf.addToPage(page, { x: 230, y: y - 4, width: 315, height: 16, font });
        if (value !== '') tf.setText(value);
        y -= 24;
      }
      index++;
    }
    y -= 8;
  }
  // signature box at the bottom of page 1
  text(page, font, 'Signature:', 50, 120);
  page.drawRectangle({ x: 120, y: 100, width: 220, height: 40, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
  if (spec.signed) {
    page.drawSvgPath('M 0 0 C 20 -30, 40 25, 60 -5 S 100 -20, 130 5 L 160 -10', { x: 135, y: 125, borderWidth: 1.2, borderColor: rgb(0.1, 0.1, 0.4) });
  }
  if (form) form.updateFieldAppearances(font);
  if (spec.type !== 'gpp') page2Text(doc.addPage([595, 842]), font, bold, spec);
  return doc.save({ useObjectStreams: false });
}

/** Draws one page as a scanned / photographed sheet and returns its image bytes. */
function scanPage(spec: FormSpec, pageNo: number): { data: Buffer; jpeg: boolean; w: number; h: number } {
  const W = 1240;
  const H = 1754;
  const rand = rng(seedOf(spec.file + pageNo));
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = spec.photo ? '#d9d6cf' : '#fafafa';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate(((spec.rotate ?? 0.8) * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  if (spec.photo) {
    // the sheet itself, lighter than the desk around it
    ctx.fillStyle = '#f4f2ec';
    ctx.fillRect(40, 30, W - 80, H - 60);
  }
  ctx.fillStyle = '#111';
  const print = (s: string, x: number, y: number, size = 24, bold = false) => {
    ctx.font = `${size}px ${bold ? 'PrintSansBold' : 'PrintSans'}`;
    ctx.fillStyle = '#161616';
    ctx.fillText(s, x, y);
  };
  const hand = (s: string, x: number, y: number) => {
    ctx.fillStyle = '#1b2a6b';
    let cx = x;
    for (const ch of s) {
      const size = 30 + rand() * 4;
      ctx.font = `${size.toFixed(1)}px ${spec.hand ?? 'Hand1'}`;
      ctx.fillText(ch, cx, y + (rand() - 0.5) * 4);
      cx += ctx.measureText(ch).width + (rand() - 0.3) * 1.5;
    }
  };
  if (pageNo === 1) {
    let y = 140;
    for (const t of TITLES[spec.type]) { print(t, 110, y, 34, true); y += 48; }
    print(INTRO[spec.type], 110, y, 17); y += 60;
    for (const section of FIELDS[spec.type]) {
      print(section.heading, 110, y, 25, true); y += 58;
      for (const def of section.fields) {
        print(`${def.label}:`, 110, y, 23);
        ctx.strokeStyle = '#555';
        ctx.lineWidth = 1;
        ctx.beginPath(); ctx.moveTo(450, y + 6); ctx.lineTo(1120, y + 6); ctx.stroke();
        const v = spec.values[def.key] ?? '';
        if (v !== '') hand(v, 460, y - 2);
        y += 58;
      }
      y += 20;
    }
    print('Signature:', 110, 1560, 23);
    ctx.strokeStyle = '#222';
    ctx.strokeRect(260, 1510, 460, 90);
    if (spec.signed) {
      ctx.strokeStyle = '#1b2a6b';
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      let sx = 290;
      let sy = 1565;
      ctx.moveTo(sx, sy);
      for (let i = 0; i < 9; i++) {
        const nx = sx + 30 + rand() * 20;
        const ny = 1540 + rand() * 45;
        ctx.bezierCurveTo(sx + 10, sy - 40 * rand(), nx - 10, ny + 40 * rand(), nx, ny);
        sx = nx; sy = ny;
      }
      ctx.stroke();
    }
  } else {
    let y = 140;
    print('Page 2 - Authorised signatories', 110, y, 30, true); y += 70;
    print('This form must be signed by one of the following signatories:', 110, y, 23); y += 60;
    for (const r of PAGE2_ROLES[spec.type]) {
      print(`${spec.tickRole === r ? '[X]' : '[  ]'}   ${r}`, 140, y, 24); y += 50;
    }
  }
  ctx.restore();
  // scanner / camera noise
  const noise = spec.photo ? 2600 : 900;
  for (let i = 0; i < noise; i++) {
    const g = Math.floor(80 + rand() * 120);
    ctx.fillStyle = `rgba(${g},${g},${g},${(0.15 + rand() * 0.4).toFixed(2)})`;
    ctx.fillRect(rand() * W, rand() * H, 1 + rand() * 2, 1 + rand() * 2);
  }
  if (spec.photo) {
    // uneven light from a phone held over the desk
    const grad = ctx.createLinearGradient(0, 0, W, H);
    grad.addColorStop(0, 'rgba(0,0,0,0)');
    grad.addColorStop(1, 'rgba(0,0,0,0.18)');
    ctx.fillStyle = grad;
    ctx.fillRect(0, 0, W, H);
    return { data: canvas.toBuffer('image/jpeg', 78), jpeg: true, w: W, h: H };
  }
  return { data: canvas.toBuffer('image/png'), jpeg: false, w: W, h: H };
}

async function scanPdf(spec: FormSpec): Promise<Uint8Array> {
  const doc = await newDoc(spec.photo ? 'IMG_scan' : 'Scanned document');
  const pages = spec.type === 'gpp' ? [1] : [1, 2];
  for (const p of pages) {
    const img = scanPage(spec, p);
    const embedded = img.jpeg ? await doc.embedJpg(img.data) : await doc.embedPng(img.data);
    const page = doc.addPage([595, 842]);
    page.drawImage(embedded, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save({ useObjectStreams: false });
}

export async function writeForms(specs: FormSpec[]): Promise<void> {
  mkdirSync(PDF_DIR, { recursive: true });
  for (const spec of specs) {
    const bytes = spec.style === 'scan' ? await scanPdf(spec) : await textPdf(spec);
    writeFileSync(join(PDF_DIR, spec.file), bytes);
  }
}

