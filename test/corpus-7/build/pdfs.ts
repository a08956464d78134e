/**
 * Writes the forms attached to corpus 7 (test/corpus-7/pdfs/*.pdf) the way commissioning teams, federations and
 * practices send them: fillable AcroForms (whatever the form's author named the fields), flat PDFs printed from Word
 * (value after a colon, value on the line below, value in a table cell, a four-column grid, ticks drawn as [X]) and
 * scans (image-only pages: printed, filled by hand, signed, scanned or photographed). Deterministic: fixed dates and
 * a seeded generator, so a rebuild does not churn the committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export const PDF_OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdfs');
const FIXED_DATE = new Date('2026-11-27T10:00:00Z');

// Hands: three slanted or condensed faces stand in for three people's handwriting (Debian fonts-dejavu, fonts-liberation).
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf', 'HandSlant');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf', 'HandRound');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf', 'HandCaps');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'FormText');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'FormBold');

export interface FormField {
  label: string;
  /** AcroForm field name, in the habit of whoever built the form. */
  name?: string;
  value: string;
  /** A tick box: value 'X' when ticked. */
  tick?: boolean;
  /** The signature line: on scans an ink scribble (unless the scan says blank), on flat forms the typed value. */
  signature?: boolean;
  /** Grid layout only: this field sits in the right-hand pair of the row above. */
  right?: boolean;
}

export interface FormSpec {
  file: string;
  title: string;
  intro: string[];
  sections: { heading: string; fields: FormField[] }[];
  layout: 'acro' | 'colon' | 'below' | 'cells' | 'grid' | 'scan';
  /** A second page: e.g. the Open Exeter list of who may sign (a decoy for anyone reading names from it). */
  page2?: { heading: string; lines: string[] };
  footer?: string[];
  scan?: {
    hand: 'HandSlant' | 'HandRound' | 'HandCaps';
    /** Block capitals, as forms ask. */
    caps?: boolean;
    signature: 'ink' | 'blank' | 'initials';
    rotate: number;
    seed: number;
    /** A phone photo: JPEG, uneven light, a darker edge. Otherwise a flatbed scan (PNG). */
    photo?: boolean;
    ink?: string;
  };
}

function text(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size = 10): void {
  page.drawText(s, { x, y, size, font });
}

async function newDoc(title: string, producer: string, creator: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

async function flatOrFillable(spec: FormSpec): Promise<Uint8Array> {
  const doc = await newDoc(spec.title, spec.layout === 'acro' ? 'Adobe Acrobat Pro (64-bit) 24.4' : 'Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  let y = 795;
  text(page, bold, spec.title, 48, y, 12.5);
  y -= 20;
  for (const t of spec.intro) {
    text(page, font, t, 48, y, 8.5);
    y -= 12;
  }
  y -= 10;
  for (const sec of spec.sections) {
    text(page, bold, sec.heading, 48, y, 10.5);
    y -= 19;
    for (let i = 0; i < sec.fields.length; i++) {
      const f = sec.fields[i]!;
      if (spec.layout === 'acro') {
        if (f.tick) {
          text(page, font, f.label, 72, y, 9.5);
          const cb = form.createCheckBox(f.name ?? f.label);
          cb.addToPage(page, { x: 50, y: y - 2, width: 11, height: 11 });
          if (f.value === 'X') cb.check();
        } else {
          text(page, font, f.label, 48, y, 9.5);
          const tf = form.createTextField(f.name ?? f.label);
          tf.addToPage(page, { x: 235, y: y - 4, width: 310, height: 16, font });
          if (f.value !== '') tf.setText(f.value);
        }
        y -= 24;
        continue;
      }
      if (f.tick) {
        text(page, font, `[${f.value === 'X' ? 'X' : ' '}] ${f.label}`, 52, y, 10);
        y -= 18;
        continue;
      }
      if (spec.layout === 'colon') {
        text(page, font, `${f.label}: ${f.value}`, 52, y, 10);
        y -= 18;
      } else if (spec.layout === 'below') {
        text(page, bold, f.label, 52, y, 8.5);
        text(page, font, f.value === '' ? '' : f.value, 52, y - 13, 10.5);
        page.drawLine({ start: { x: 52, y: y - 16 }, end: { x: 540, y: y - 16 }, thickness: 0.4, color: rgb(0.4, 0.4, 0.4) });
        y -= 32;
      } else if (spec.layout === 'cells') {
        page.drawRectangle({ x: 48, y: y - 7, width: 190, height: 21, borderColor: rgb(0, 0, 0), borderWidth: 0.5, color: rgb(0.87, 0.92, 0.87) });
        page.drawRectangle({ x: 238, y: y - 7, width: 310, height: 21, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
        text(page, font, f.label, 52, y, 9);
        text(page, font, f.value, 243, y, 10);
        y -= 21;
      } else {
        // grid: two label/value pairs per row; a field marked `right` shares the row of the field before it
        if (f.right) continue;
        const next = sec.fields[i + 1];
        const pair = next?.right ? next : null;
        const cells: [number, number, string, boolean][] = [[48, 95, f.label, true], [143, pair ? 150 : 405, f.value, false]];
        if (pair) cells.push([293, 95, pair.label, true], [388, 160, pair.value, false]);
        for (const [x, w, s, isLabel] of cells) {
          page.drawRectangle({ x, y: y - 7, width: w, height: 21, borderColor: rgb(0, 0, 0), borderWidth: 0.5, ...(isLabel ? { color: rgb(0.9, 0.9, 0.9) } : {}) });
          text(page, font, s, x + 4, y, isLabel ? 8 : 9.5);
        }
        y -= 21;
      }
    }
    y -= 14;
  }
  for (const t of spec.footer ?? []) {
    text(page, font, t, 48, y, 8);
    y -= 11;
  }
  if (spec.layout === 'acro') form.updateFieldAppearances(font);
  if (spec.page2) {
    const p2 = doc.addPage([595, 842]);
    let y2 = 795;
    text(p2, bold, spec.page2.heading, 48, y2, 11.5);
    y2 -= 22;
    for (const t of spec.page2.lines) {
      text(p2, font, t, 48, y2, 10);
      y2 -= 16;
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** mulberry32: a small deterministic generator for the hand's wobble, the speckle and the scribble. */
function seeded(seed: number): () => number {
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

/** Writes a value as a person would: each letter a little off the line, a little tilted, the size drifting. */
function handwrite(ctx: SKRSContext2D, s: string, x: number, y: number, hand: string, ink: string, rand: () => number): void {
  let cx = x;
  let size = 29 + rand() * 3;
  ctx.fillStyle = ink;
  for (const ch of s) {
    size = Math.max(26, Math.min(34, size + (rand() - 0.5) * 1.6));
    ctx.font = `${size.toFixed(1)}px ${hand}`;
    const dy = (rand() - 0.5) * 3;
    const tilt = (rand() - 0.5) * 0.07;
    ctx.save();
    ctx.translate(cx, y + dy);
    ctx.rotate(tilt);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width + (rand() - 0.3) * 1.5;
  }
}

function scribble(ctx: SKRSContext2D, x: number, y: number, loops: number, ink: string, rand: () => number): void {
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2.6;
  ctx.beginPath();
  ctx.moveTo(x, y);
  let cx = x;
  for (let i = 0; i < loops; i++) {
    const nx = cx + 22 + rand() * 34;
    ctx.bezierCurveTo(cx + 8, y - 45 - rand() * 25, nx - 12, y + 25 + rand() * 25, nx, y - 8 + rand() * 14);
    cx = nx;
  }
  ctx.moveTo(x - 10, y + 14);
  ctx.lineTo(cx + 15, y + 6 + rand() * 6);
  ctx.stroke();
}

function paper(ctx: SKRSContext2D, photo: boolean, rand: () => number): void {
  if (photo) {
    const g = ctx.createLinearGradient(0, 0, W, H);
    g.addColorStop(0, '#e9e6df');
    g.addColorStop(1, '#c9c5bb');
    ctx.fillStyle = g;
  } else {
    ctx.fillStyle = '#f7f6f2';
  }
  ctx.fillRect(0, 0, W, H);
  void rand;
}

function grain(ctx: SKRSContext2D, photo: boolean, rand: () => number): void {
  for (let i = 0; i < (photo ? 1200 : 3000); i++) {
    const g = Math.floor(80 + rand() * 130);
    ctx.fillStyle = `rgba(${g},${g},${g},${0.2 + rand() * 0.45})`;
    ctx.fillRect(rand() * W, rand() * H, 1 + rand() * 2, 1 + rand() * 2);
  }
  if (photo) {
    // the phone's shadow across the bottom and the table showing at one edge
    const g = ctx.createLinearGradient(0, H - 260, 0, H);
    g.addColorStop(0, 'rgba(40,40,40,0)');
    g.addColorStop(1, 'rgba(40,40,40,0.35)');
    ctx.fillStyle = g;
    ctx.fillRect(0, H - 260, W, 260);
    ctx.fillStyle = 'rgba(92,64,40,0.9)';
    ctx.fillRect(0, 0, 14, H);
  } else {
    ctx.fillStyle = 'rgba(50,50,50,0.22)';
    ctx.fillRect(0, 0, W, 12);
  }
}

function scanPage1(spec: FormSpec, rand: () => number): Buffer {
  const s = spec.scan!;
  const ink = s.ink ?? '#1b2a80';
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  paper(ctx, s.photo === true, rand);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((s.rotate * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  ctx.fillStyle = '#121212';
  ctx.font = '32px FormBold';
  ctx.fillText(spec.title, 80, 120);
  ctx.font = '19px FormText';
  let y = 165;
  for (const t of spec.intro) {
    ctx.fillText(t, 80, y);
    y += 27;
  }
  y += 18;
  for (const sec of spec.sections) {
    ctx.fillStyle = '#121212';
    ctx.font = '25px FormBold';
    ctx.fillText(sec.heading, 80, y);
    y += 46;
    for (const f of sec.fields) {
      ctx.fillStyle = '#121212';
      ctx.font = '22px FormText';
      if (f.tick) {
        ctx.strokeStyle = '#121212';
        ctx.lineWidth = 2;
        ctx.strokeRect(80, y - 21, 25, 25);
        ctx.fillText(f.label, 120, y);
        if (f.value === 'X') handwrite(ctx, 'X', 83, y, s.hand, ink, rand);
        y += 44;
        continue;
      }
      if (f.signature) {
        y += 26;
        ctx.fillText(f.label, 80, y);
        ctx.strokeStyle = '#333';
        ctx.lineWidth = 1.5;
        ctx.strokeRect(440, y - 56, 690, 70);
        if (s.signature === 'ink') scribble(ctx, 470, y - 18, 8, ink, rand);
        if (s.signature === 'initials') scribble(ctx, 470, y - 18, 3, ink, rand);
        y += 66;
        continue;
      }
      ctx.fillText(f.label, 80, y);
      ctx.strokeStyle = '#666';
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      ctx.moveTo(440, y + 7);
      ctx.lineTo(1130, y + 7);
      ctx.stroke();
      if (f.value !== '') handwrite(ctx, s.caps ? f.value.toUpperCase() : f.value, 450 + rand() * 14, y - 2, s.hand, ink, rand);
      y += 50;
    }
    y += 20;
  }
  ctx.fillStyle = '#121212';
  ctx.font = '17px FormText';
  for (const t of spec.footer ?? []) {
    ctx.fillText(t, 80, y);
    y += 24;
  }
  ctx.restore();
  grain(ctx, s.photo === true, rand);
  return s.photo ? canvas.toBuffer('image/jpeg', 72) : canvas.toBuffer('image/png');
}

function scanPage2(spec: FormSpec, rand: () => number): Buffer {
  const s = spec.scan!;
  const p2 = spec.page2!;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  paper(ctx, s.photo === true, rand);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((-s.rotate * 0.6 * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  ctx.fillStyle = '#121212';
  ctx.font = '27px FormBold';
  ctx.fillText(p2.heading, 80, 120);
  let y = 190;
  for (const t of p2.lines) {
    const ticked = t.startsWith('[X]');
    ctx.fillStyle = '#121212';
    ctx.font = '22px FormText';
    ctx.fillText(t.startsWith('[') ? `[    ]${t.slice(3)}` : t, 80, y);
    if (ticked) handwrite(ctx, 'X', 88, y + 2, s.hand, s.ink ?? '#1b2a80', rand);
    y += 38;
  }
  ctx.restore();
  grain(ctx, s.photo === true, rand);
  return s.photo ? canvas.toBuffer('image/jpeg', 72) : canvas.toBuffer('image/png');
}

async function scanned(spec: FormSpec): Promise<Uint8Array> {
  const s = spec.scan!;
  const rand = seeded(s.seed);
  const images = [scanPage1(spec, rand)];
  if (spec.page2) images.push(scanPage2(spec, rand));
  const doc = s.photo
    ? await newDoc('Scanned Document', 'Microsoft Lens', 'Office Lens for iOS')
    : await newDoc(spec.title, 'RICOH IM C3000 PDF', 'RICOH IM C3000');
  if (process.env.C7_DUMP) images.forEach((img, i) => writeFileSync(`/tmp/${spec.file}-${i}.${s.photo ? 'jpg' : 'png'}`, img));
  for (const img of images) {
    const embedded = s.photo ? await doc.embedJpg(img) : await doc.embedPng(img);
    const page = doc.addPage([595, 842]);
    page.drawImage(embedded, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save({ useObjectStreams: false });
}

export async function writeForm(spec: FormSpec): Promise<void> {
  mkdirSync(PDF_OUT, { recursive: true });
  const bytes = spec.layout === 'scan' ? await scanned(spec) : await flatOrFillable(spec);
  writeFileSync(join(PDF_OUT, spec.file), bytes);
}

// ---- the wording of PCSE's forms, shared by every copy in this corpus --------------------------------------------

export const GPP_CERT_TITLE = 'GP Payments and Pensions Practice User Administrator Certification';
export const GPP_CERT_INTRO = [
  'For practices with no GPP Practice User Administrator. A practice may have a maximum of four user admins.',
  'Part 1 is completed by the person to be set up; Part 2 must be authorised by one of your organisation\'s approvers.',
  'Complete both parts of the form and return to pcse.portalenquiries@nhs.net',
];
export const OE_GP = 'Open Exeter Primary User Request - GP Practices';
export const OE_OTHER = 'Open Exeter Primary User Request - Other Organisations';
export const OE_INTRO = [
  'Cervical Screening Administration Service. Please complete in BLOCK CAPITALS.',
  'The form must be signed by an authorised signatory at the bottom of this page, otherwise',
  'we are unable to process the request. Email the completed form to pcse.openexeter@nhs.net',
];

/** Page 2 of the GP form: who may sign. The ticks show which role the signatory holds. */
export function oeGpSignatories(tick: string | null): { heading: string; lines: string[] } {
  const roles = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
  return {
    heading: 'Guidance - who can sign this form (GP Practices)',
    lines: [
      'This form must be signed by one of the following signatories. Tick the one that applies.',
      ...roles.map((r) => `[${r === tick ? 'X' : ' '}] ${r}`),
      'The signatory validates the application and grants access for a Primary User to be set up.',
      'Example: Dr A N Other, Lead GP, a.nother@nhs.net',
    ],
  };
}

export function oeOtherSignatories(tick: string | null): { heading: string; lines: string[] } {
  const roles = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];
  return {
    heading: 'Guidance - who can sign this form (Other Organisations)',
    lines: [
      'The form must be signed by one of the following signatories, to validate the request:',
      ...roles.map((r) => `[${r === tick ? 'X' : ' '}] ${r}`),
      'If no-one from this list is available, request a new Caldicott Guardian first.',
    ],
  };
}
