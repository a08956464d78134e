// Forms, letters and scans for corpus 54 (writer AX), written with pdf-lib; scan pages drawn with @napi-rs/canvas.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { prng } from './lib.js';

const FIXED = new Date('2026-11-02T08:00:00Z');

// ---------- form model ----------
export type Row =
  | { t: 'text'; label: string; value: string; name?: string }
  | { t: 'check'; label: string; options: string[]; checked: number[]; names?: string[] }
  | { t: 'sig'; label: string; signed: boolean }
  | { t: 'note'; text: string };
export interface Section { heading: string; rows: Row[] }
export interface FormSpec { title: string; subtitle?: string; pages: Section[][] }

export const text = (label: string, value: string, name?: string): Row => ({ t: 'text', label, value, name });
export const check = (label: string, options: string[], checked: number[], names?: string[]): Row => ({ t: 'check', label, options, checked, names });
export const sig = (signed: boolean, label = 'Signature'): Row => ({ t: 'sig', label, signed });
export const note = (t: string): Row => ({ t: 'note', text: t });

// ---------- the three PCSE forms ----------
export interface GppValues {
  practiceName: string; practiceCode: string; practiceAddress: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string; signed: boolean;
  existingUser?: boolean;
}

export function gppForm(v: GppValues, names: (i: number) => string = (i) => `f${i}`): FormSpec {
  return {
    title: 'GP Payments and Pensions (GPP)', subtitle: 'Practice User Administrator Certification Form',
    pages: [[
      { heading: 'Part 1 - Practice and nominee details', rows: [
        note('Complete both parts of this form and return it to pcse.portalenquiries@nhs.net. Each practice may have a maximum of four GPP Practice User Administrators.'),
        text('Practice name', v.practiceName, names(1)), text('Practice code (ODS)', v.practiceCode, names(2)), text('Practice address', v.practiceAddress, names(3)),
        text('Nominee full name', v.nomineeName, names(4)), text('Job title', v.nomineeJob, names(5)), text('Nominee email address', v.nomineeEmail, names(6)),
        text('Telephone', v.nomineePhone, names(7)),
        check('Does the nominee already have a PCSE Online account?', ['Yes', 'No'], [v.existingUser ? 0 : 1], [names(8), names(9)]),
      ] },
    ], [
      { heading: 'Part 2 - Certification by an organisation approver', rows: [
        note('I certify that the person named in Part 1 is authorised to act as GPP Practice User Administrator for the practice named above.'),
        text('Approver name', v.approverName, names(10)), text('Position / role', v.approverRole, names(11)), text('Approver email address', v.approverEmail, names(12)),
        sig(v.signed), text('Date', v.date, names(13)),
      ] },
    ]],
  };
}

export interface OeValues {
  orgName: string; orgCode: string; orgAddress: string; orgType?: string;
  title: string; forename: string; surname: string; job: string; email: string; phone: string;
  sigName: string; sigEmail: string; capacity: number; signed: boolean; date: string;
  existingUserId?: string;
}

export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

export function oeForm(kind: 'gp' | 'other', v: OeValues, names: (i: number) => string = (i) => `f${i}`): FormSpec {
  const caps = kind === 'gp' ? OE_GP_CAPACITIES : OE_OTHER_CAPACITIES;
  const orgRows = kind === 'gp'
    ? [text('Practice name', v.orgName, names(1)), text('Practice code', v.orgCode, names(2)), text('Practice address', v.orgAddress, names(3))]
    : [text('Organisation name', v.orgName, names(1)), text('Organisation code', v.orgCode, names(2)), text('Type of organisation', v.orgType ?? '', names(20)), text('Address', v.orgAddress, names(3))];
  return {
    title: 'Open Exeter - Request for a Primary User',
    subtitle: kind === 'gp' ? 'GP Practices' : 'Other organisations (non-GP practice)',
    pages: [[
      { heading: kind === 'gp' ? 'Section 1 - GP practice' : 'Section 1 - Organisation', rows: orgRows },
      { heading: 'Section 2 - Proposed Primary User', rows: [
        text('Title', v.title, names(4)), text('Forename', v.forename, names(5)), text('Surname', v.surname, names(6)),
        text('Job title', v.job, names(7)), text('NHS email address', v.email, names(8)), text('Telephone', v.phone, names(9)),
      ] },
      { heading: 'Section 3 - Authorised signatory', rows: [
        note(kind === 'gp' ? 'This form must be signed by the Lead GP, a GP Partner, the Caldicott Guardian, an existing Primary Contact or a member of the Board of Directors.'
          : 'This form must be signed by the Caldicott Guardian, a member of the Board of Directors or an existing Primary User within the organisation.'),
        text('Signatory name', v.sigName, names(10)), text('Signatory email', v.sigEmail, names(11)),
        check('Capacity', caps, [v.capacity], caps.map((_c, i) => names(30 + i))),
        sig(v.signed), text('Date', v.date, names(12)),
      ] },
    ], [
      { heading: 'Section 4 - Access (page 2)', rows: [
        text('Existing Open Exeter user ID (if any)', v.existingUserId ?? '', names(13)),
        check('Applications required', ['Organisation Maintenance', 'Cervical Screening'], [0, 1], [names(40), names(41)]),
        note('The Primary User can add, amend and delete users and reset passwords for the organisation. Email the completed form to pcse.openexeter@nhs.net. Forms not signed at the bottom of page 1 cannot be processed.'),
        note('For PCSE use only: Date received ______ Signatory validated ______ Processed by ______'),
      ] },
    ]],
  };
}

// ---------- flat and fillable rendering with pdf-lib ----------
type Layout = 'beside' | 'below' | 'table';

function wrap(s: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of s.split(/\s+/)) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && cur) { out.push(cur); cur = w; } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

function scribble(page: PDFPage, x: number, y: number, seed: number): void {
  const r = prng(seed);
  let d = `M ${0} ${0}`;
  let cx = 0;
  for (let i = 0; i < 7; i++) {
    const nx = cx + 14 + r() * 12;
    d += ` C ${cx + 5} ${-14 - r() * 8} ${nx - 5} ${10 + r() * 8} ${nx} ${(r() - 0.5) * 8}`;
    cx = nx;
  }
  page.drawSvgPath(d, { x, y, borderColor: rgb(0.1, 0.15, 0.45), borderWidth: 1.2 });
}

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Microsoft® Word for Microsoft 365');
  doc.setProducer('Microsoft® Word for Microsoft 365');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return doc;
}

export interface FlatOpts { layout: Layout; serif?: boolean; seed: number; acro?: boolean; checkStyle?: 'X' | 'tick' | 'yes' }

/** A form printed from Word (values beside, below or in table cells) or a fillable AcroForm (acro: true). */
export async function renderForm(spec: FormSpec, o: FlatOpts): Promise<Uint8Array> {
  const doc = await newDoc(`${spec.title} ${spec.subtitle ?? ''}`.trim());
  const font = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const form = o.acro ? doc.getForm() : null;
  let sigSeed = o.seed;
  for (const [pi, sections] of spec.pages.entries()) {
    const page = doc.addPage([595, 842]);
    let y = 800;
    page.drawText(spec.title, { x: 50, y, size: 15, font: bold });
    y -= 18;
    if (spec.subtitle) { page.drawText(spec.subtitle, { x: 50, y, size: 12, font: bold }); y -= 14; }
    page.drawText(`Page ${pi + 1} of ${spec.pages.length}`, { x: 480, y: 30, size: 8, font });
    y -= 10;
    for (const sec of sections) {
      y -= 8;
      page.drawRectangle({ x: 45, y: y - 4, width: 505, height: 16, color: rgb(0.85, 0.9, 0.95) });
      page.drawText(sec.heading, { x: 50, y, size: 10.5, font: bold });
      y -= 22;
      for (const row of sec.rows) {
        if (row.t === 'note') {
          for (const l of wrap(row.text, font, 9, 495)) { page.drawText(l, { x: 50, y, size: 9, font }); y -= 12; }
          y -= 4;
        } else if (row.t === 'text') {
          if (form && row.name) {
            page.drawText(row.label, { x: 50, y, size: 10, font });
            const f = form.createTextField(row.name);
            f.setText(row.value || undefined);
            f.addToPage(page, { x: 220, y: y - 5, width: 320, height: 17, font, borderWidth: 0.5 });
            y -= 24;
          } else if (o.layout === 'beside') {
            page.drawText(`${row.label}:`, { x: 50, y, size: 10, font: bold });
            page.drawText(row.value, { x: 50 + bold.widthOfTextAtSize(`${row.label}:`, 10) + 8, y, size: 10, font });
            y -= 18;
          } else if (o.layout === 'below') {
            page.drawText(row.label, { x: 50, y, size: 10, font: bold });
            y -= 14;
            page.drawText(row.value, { x: 62, y, size: 10, font });
            page.drawLine({ start: { x: 60, y: y - 3 }, end: { x: 540, y: y - 3 }, thickness: 0.4 });
            y -= 18;
          } else {
            page.drawRectangle({ x: 48, y: y - 6, width: 170, height: 20, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
            page.drawRectangle({ x: 218, y: y - 6, width: 330, height: 20, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
            page.drawText(row.label, { x: 52, y, size: 9.5, font: bold });
            page.drawText(row.value, { x: 222, y, size: 10, font });
            y -= 20;
          }
        } else if (row.t === 'check') {
          page.drawText(row.label, { x: 50, y, size: 10, font: o.layout === 'table' || !form ? bold : font });
          y -= 15;
          for (const [i, opt] of row.options.entries()) {
            const on = row.checked.includes(i);
            if (form && row.names?.[i]) {
              const c = form.createCheckBox(row.names[i]!);
              c.addToPage(page, { x: 62, y: y - 2, width: 10, height: 10 });
              if (on) c.check();
              page.drawText(opt, { x: 78, y, size: 10, font });
            } else {
              const mark = o.checkStyle === 'yes' ? (on ? 'YES' : '') : o.checkStyle === 'tick' ? (on ? '(ticked)' : '') : on ? '[X]' : '[  ]';
              if (o.checkStyle === 'yes' || o.checkStyle === 'tick') {
                page.drawText(`${opt}${mark ? `   ${mark}` : ''}`, { x: 62, y, size: 10, font });
              } else page.drawText(`${mark} ${opt}`, { x: 62, y, size: 10, font });
            }
            y -= 14;
          }
          y -= 4;
        } else {
          page.drawText(row.label, { x: 50, y, size: 10, font: bold });
          page.drawRectangle({ x: 220, y: y - 30, width: 220, height: 40, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
          if (row.signed) scribble(page, 232, y - 12, sigSeed++);
          y -= 46;
        }
      }
    }
  }
  return doc.save({ useObjectStreams: false });
}

// ---------- letters on headed paper ----------
export interface Letter {
  head: string[]; // organisation name first, then address / phone / email lines
  to?: string[];
  date: string;
  subject?: string;
  paragraphs: string[];
  table?: [string, string][];
  signoff: string[]; // "Yours faithfully", then name / role lines
  signed: boolean;
}

export async function renderLetter(l: Letter, seed: number, serif = false): Promise<Uint8Array> {
  const doc = await newDoc(l.subject ?? l.head[0] ?? 'Letter');
  const font = await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 0, y: 790, width: 595, height: 52, color: rgb(0.0, 0.37, 0.72) });
  page.drawText(l.head[0] ?? '', { x: 40, y: 810, size: 17, font: bold, color: rgb(1, 1, 1) });
  let hy = 775;
  for (const h of l.head.slice(1)) { page.drawText(h, { x: 555 - font.widthOfTextAtSize(h, 8.5), y: hy, size: 8.5, font, color: rgb(0.2, 0.2, 0.2) }); hy -= 11; }
  let y = Math.min(hy, 740) - 12;
  for (const t of l.to ?? []) { page.drawText(t, { x: 50, y, size: 10.5, font }); y -= 13; }
  y -= 8;
  page.drawText(l.date, { x: 50, y, size: 10.5, font }); y -= 24;
  if (l.subject) { page.drawText(l.subject, { x: 50, y, size: 11, font: bold }); y -= 22; }
  const para = (p: string) => { for (const line of wrap(p, font, 10.5, 495)) { page.drawText(line, { x: 50, y, size: 10.5, font }); y -= 14; } y -= 8; };
  const [first, ...rest] = l.paragraphs;
  if (first !== undefined) para(first);
  if (l.table) {
    for (const [k, v] of l.table) {
      page.drawRectangle({ x: 50, y: y - 6, width: 190, height: 19, borderWidth: 0.5, borderColor: rgb(0.3, 0.3, 0.3) });
      page.drawRectangle({ x: 240, y: y - 6, width: 305, height: 19, borderWidth: 0.5, borderColor: rgb(0.3, 0.3, 0.3) });
      page.drawText(k, { x: 54, y, size: 9.5, font: bold });
      page.drawText(v, { x: 244, y, size: 9.5, font });
      y -= 19;
    }
    y -= 12;
  }
  for (const p of rest) para(p);
  const [closing, ...who] = l.signoff;
  page.drawText(closing ?? '', { x: 50, y, size: 10.5, font }); y -= 14;
  if (l.signed) scribble(page, 55, y - 16, seed);
  y -= 38;
  for (const w of who) { page.drawText(w, { x: 50, y, size: 10.5, font }); y -= 13; }
  return doc.save({ useObjectStreams: false });
}

// ---------- scans ----------
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'ScanSans');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', 'ScanSansBold');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf', 'ScanHand');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'ScanSym');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf', 'ScanHand2');

const W = 1240;
const H = 1754;

export interface ScanOpts { seed: number; angle: number; hand: 'hand' | 'hand2' | 'typed'; specks?: number; checkGlyph?: 'box' | 'tick' }

function handText(ctx: SKRSContext2D, s: string, x: number, y: number, o: ScanOpts, r: () => number): void {
  if (o.hand === 'typed') { ctx.font = '27px ScanSans'; ctx.fillStyle = '#111'; ctx.fillText(s, x, y); return; }
  ctx.fillStyle = '#1a2466';
  let cx = x;
  for (const ch of s) {
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * 3);
    ctx.rotate((r() - 0.5) * 0.06);
    ctx.font = `${30 + Math.floor(r() * 3)}px ${o.hand === 'hand' ? 'ScanHand' : 'ScanHand2'}`;
    ctx.fillText(ch, 0, 0);
    cx += ctx.measureText(ch).width + 0.5;
    ctx.restore();
  }
}

function handScribble(ctx: SKRSContext2D, x: number, y: number, r: () => number): void {
  ctx.strokeStyle = '#14206a';
  ctx.lineWidth = 2.6;
  ctx.beginPath();
  ctx.moveTo(x, y);
  let cx = x;
  for (let i = 0; i < 9; i++) {
    const nx = cx + 22 + r() * 20;
    ctx.bezierCurveTo(cx + 8, y - 30 - r() * 20, nx - 8, y + 24 + r() * 16, nx, y + (r() - 0.5) * 14);
    cx = nx;
  }
  ctx.stroke();
}

/** Draws one page of a form or letter as a printed, filled and scanned sheet: slight rotation, specks, grey edge. */
function scanPage(draw: (ctx: SKRSContext2D, r: () => number) => void, o: ScanOpts, pageNo: number): Buffer {
  const r = prng(o.seed * 31 + pageNo);
  const sheet = createCanvas(W, H);
  const s = sheet.getContext('2d');
  s.fillStyle = '#ffffff';
  s.fillRect(0, 0, W, H);
  draw(s, r);
  const out = createCanvas(W, H);
  const c = out.getContext('2d');
  c.fillStyle = '#d8d8d8';
  c.fillRect(0, 0, W, H);
  c.translate(W / 2, H / 2);
  c.rotate((o.angle * Math.PI) / 180);
  c.drawImage(sheet, -W / 2 + 6, -H / 2 + 4);
  c.setTransform(1, 0, 0, 1, 0, 0);
  for (let i = 0; i < (o.specks ?? 160); i++) {
    const g = Math.floor(r() * 90);
    c.fillStyle = `rgb(${g},${g},${g})`;
    c.beginPath();
    c.arc(r() * W, r() * H, 0.6 + r() * 1.8, 0, Math.PI * 2);
    c.fill();
  }
  const grad = c.createLinearGradient(0, 0, 40, 0);
  grad.addColorStop(0, 'rgba(60,60,60,0.55)');
  grad.addColorStop(1, 'rgba(60,60,60,0)');
  c.fillStyle = grad;
  c.fillRect(0, 0, 40, H);
  return out.toBuffer('image/jpeg', 82);
}

async function imagesToPdf(pages: Buffer[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('RICOH MP C3004');
  doc.setProducer('RICOH MP C3004');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  for (const p of pages) {
    const img = await doc.embedJpg(p);
    const page = doc.addPage([595, 842]);
    page.drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save({ useObjectStreams: false });
}

/** An image-only scan of a printed form (no text layer). */
export async function scanForm(spec: FormSpec, o: ScanOpts): Promise<Uint8Array> {
  const pages = spec.pages.map((sections, pi) => scanPage((ctx, r) => {
    ctx.fillStyle = '#000';
    let y = 110;
    ctx.font = '38px ScanSansBold';
    ctx.fillText(spec.title, 100, y); y += 44;
    if (spec.subtitle) { ctx.font = '30px ScanSansBold'; ctx.fillText(spec.subtitle, 100, y); y += 40; }
    ctx.font = '20px ScanSans';
    ctx.fillText(`Page ${pi + 1} of ${spec.pages.length}`, 1000, 1700);
    for (const sec of sections) {
      y += 24;
      ctx.fillStyle = '#e4e4e4'; ctx.fillRect(90, y - 32, 1060, 44);
      ctx.fillStyle = '#000'; ctx.font = '27px ScanSansBold'; ctx.fillText(sec.heading, 100, y); y += 56;
      for (const row of sec.rows) {
        ctx.fillStyle = '#000';
        if (row.t === 'note') {
          ctx.font = '22px ScanSans';
          const words = row.text.split(' ');
          let line = '';
          for (const w of words) {
            if (ctx.measureText(`${line} ${w}`).width > 1040 && line) { ctx.fillText(line, 100, y); y += 30; line = w; } else line = line ? `${line} ${w}` : w;
          }
          ctx.fillText(line, 100, y); y += 42;
        } else if (row.t === 'text') {
          ctx.font = '25px ScanSans'; ctx.fillText(row.label, 100, y);
          ctx.strokeStyle = '#000'; ctx.lineWidth = 1.2; ctx.strokeRect(480, y - 34, 670, 48);
          if (row.value) handText(ctx, row.value, 494, y, o, r);
          y += 60;
        } else if (row.t === 'check') {
          ctx.font = '25px ScanSans'; ctx.fillText(row.label, 100, y); y += 42;
          for (const [i, opt] of row.options.entries()) {
            const on = row.checked.includes(i);
            ctx.fillStyle = '#000';
            if (o.checkGlyph === 'tick') {
              ctx.strokeStyle = '#000'; ctx.lineWidth = 1.5; ctx.strokeRect(130, y - 24, 28, 28);
              if (on) { ctx.font = '40px ScanSym'; ctx.fillStyle = '#1a2466'; ctx.fillText('✓', 128, y + 4); }
            } else { ctx.font = '32px ScanSym'; ctx.fillText(on ? '☒' : '☐', 128, y + 2); }
            ctx.fillStyle = '#000'; ctx.font = '25px ScanSans'; ctx.fillText(opt, 175, y);
            y += 40;
          }
          y += 10;
        } else {
          ctx.font = '25px ScanSans'; ctx.fillText(row.label, 100, y);
          ctx.strokeStyle = '#000'; ctx.lineWidth = 1.5; ctx.strokeRect(480, y - 34, 500, 100);
          if (row.signed) handScribble(ctx, 510, y + 20, r);
          y += 120;
        }
      }
    }
  }, o, pi));
  return imagesToPdf(pages, 'Scanned document');
}

/** An image-only scan of a printed letter. */
export async function scanLetter(l: Letter, o: ScanOpts): Promise<Uint8Array> {
  const page = scanPage((ctx, r) => {
    ctx.fillStyle = '#000';
    ctx.font = '44px ScanSansBold';
    ctx.fillText(l.head[0] ?? '', 100, 130);
    ctx.font = '21px ScanSans';
    let hy = 180;
    for (const h of l.head.slice(1)) { ctx.fillText(h, 100, hy); hy += 28; }
    ctx.fillRect(100, hy, 1040, 3);
    let y = hy + 70;
    ctx.font = '26px ScanSans';
    for (const t of l.to ?? []) { ctx.fillText(t, 100, y); y += 34; }
    y += 20; ctx.fillText(l.date, 100, y); y += 60;
    if (l.subject) { ctx.font = '27px ScanSansBold'; ctx.fillText(l.subject, 100, y); y += 56; }
    const para = (p: string) => {
      ctx.font = '26px ScanSans';
      let line = '';
      for (const w of p.split(' ')) {
        if (ctx.measureText(`${line} ${w}`).width > 1040 && line) { ctx.fillText(line, 100, y); y += 36; line = w; } else line = line ? `${line} ${w}` : w;
      }
      ctx.fillText(line, 100, y); y += 54;
    };
    const [first, ...rest] = l.paragraphs;
    if (first !== undefined) para(first);
    for (const [k, v] of l.table ?? []) {
      ctx.font = '25px ScanSansBold'; ctx.fillText(k, 110, y);
      ctx.font = '25px ScanSans'; ctx.fillText(v, 520, y);
      ctx.strokeStyle = '#000'; ctx.lineWidth = 1; ctx.strokeRect(100, y - 32, 410, 46); ctx.strokeRect(510, y - 32, 640, 46);
      y += 46;
    }
    y += 26;
    for (const p of rest) para(p);
    const [closing, ...who] = l.signoff;
    ctx.font = '26px ScanSans'; ctx.fillText(closing ?? '', 100, y); y += 40;
    if (l.signed) handScribble(ctx, 110, y + 30, r);
    y += 90;
    for (const w of who) { ctx.fillText(w, 100, y); y += 34; }
  }, o, 0);
  return imagesToPdf([page], 'Scan');
}
