// The forms attached to corpus-15's emails: fillable AcroForms (pdf-lib) whose field names come from other tools
// (LiveCycle "form1[0].#subform[0].TextField1[0]", IRS-style "topmostSubform[0].Page1[0].f1_01[0]", plain English
// "Name of nominee"), flat text PDFs with the values in table cells, and image-only scans rendered with
// @napi-rs/canvas (no text layer): a form filled in by hand, a two-page scan of two forms, a typed form signed and
// scanned. Fixed dates and seeded noise: two builds give identical bytes.
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb, type RGB } from 'pdf-lib';
import { createHash } from 'node:crypto';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

export function rng(seed: string): () => number {
  let a = parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A handwritten-looking signature as a list of strokes (points in a w×h box, y down). */
export function signatureStrokes(seed: string, w: number, h: number): [number, number][][] {
  const r = rng(`sig:${seed}`);
  const strokes: [number, number][][] = [];
  // a capital: a loop, a tall stroke with a hook, or a wide S-curve
  const cap: [number, number][] = [];
  const cx = w * (0.08 + r() * 0.05);
  const kind = Math.floor(r() * 3);
  for (let t = 0; t <= 1.0001; t += 0.04) {
    if (kind === 0) {
      const th = Math.PI * 2 * t * 1.15 - Math.PI / 2;
      cap.push([cx + Math.cos(th) * w * 0.06 + t * w * 0.05, h * 0.45 + Math.sin(th) * h * 0.38]);
    } else if (kind === 1) {
      cap.push([cx + t * w * 0.04 + Math.sin(t * Math.PI) * w * 0.03, h * (0.05 + t * 0.8) + Math.sin(t * 9) * h * 0.03]);
    } else {
      const th = t * Math.PI * 2;
      cap.push([cx + t * w * 0.12, h * 0.45 - Math.sin(th) * h * 0.35]);
    }
  }
  strokes.push(cap);
  // running cursive loops
  const run: [number, number][] = [];
  const loops = 6 + Math.floor(r() * 5);
  const x0 = cx + w * 0.08;
  const span = w * (0.62 + r() * 0.1);
  const n = loops * 14;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const amp = h * (0.14 + 0.14 * Math.abs(Math.sin(t * (4 + loops) + r() * 0.4))) * (1 - t * 0.35);
    const ph = t * loops * Math.PI * 2;
    run.push([x0 + t * span + Math.cos(ph) * w * 0.018, h * 0.55 - Math.sin(ph) * amp + (r() - 0.5) * 1.2]);
  }
  strokes.push(run);
  // underline flourish
  const fl: [number, number][] = [];
  const y0 = h * (0.82 + r() * 0.08);
  for (let t = 0; t <= 1.0001; t += 0.05) fl.push([w * (0.05 + t * 0.85), y0 - Math.sin(t * Math.PI) * h * 0.08 + t * h * 0.04]);
  strokes.push(fl);
  return strokes;
}

function strokesToSvg(strokes: [number, number][][]): string {
  return strokes
    .map((s) => s.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${x.toFixed(1)} ${y.toFixed(1)}`).join(' '))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// pdf-lib helpers

const FIXED = (iso: string) => new Date(iso);

async function newDoc(meta: { title: string; author?: string; creator: string; producer: string; date: string }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(FIXED(meta.date));
  doc.setModificationDate(FIXED(meta.date));
  return doc;
}

interface Fonts { reg: PDFFont; bold: PDFFont; ital: PDFFont }

async function fonts(doc: PDFDocument, family: 'helv' | 'times' = 'helv'): Promise<Fonts> {
  if (family === 'times') {
    return { reg: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold), ital: await doc.embedFont(StandardFonts.TimesRomanItalic) };
  }
  return { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), ital: await doc.embedFont(StandardFonts.HelveticaOblique) };
}

const INK = rgb(0.1, 0.14, 0.42);
const GREY = rgb(0.35, 0.35, 0.35);
const NHS_BLUE = rgb(0, 0.37, 0.72);

function txt(page: PDFPage, s: string, x: number, y: number, font: PDFFont, size = 10, color: RGB = rgb(0, 0, 0)) {
  page.drawText(s, { x, y, font, size, color });
}

/** Wrap a paragraph to a width; returns the y below it. */
function para(page: PDFPage, s: string, x: number, y: number, w: number, font: PDFFont, size = 9, lead = 12, color: RGB = rgb(0, 0, 0)): number {
  const words = s.split(' ');
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > w) {
      txt(page, line, x, y, font, size, color);
      y -= lead;
      line = word;
    } else line = next;
  }
  if (line) {
    txt(page, line, x, y, font, size, color);
    y -= lead;
  }
  return y;
}

function rect(page: PDFPage, x: number, y: number, w: number, h: number, fill?: RGB, border = 0.6) {
  page.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: border, color: fill });
}

function drawSignature(page: PDFPage, seed: string, x: number, y: number, w: number, h: number) {
  page.drawSvgPath(strokesToSvg(signatureStrokes(seed, w, h)), { x, y: y + h, borderColor: INK, borderWidth: 1.1 });
}

function header(page: PDFPage, f: Fonts, title: string, sub?: string) {
  const { width, height } = page.getSize();
  page.drawRectangle({ x: width - 95, y: height - 62, width: 60, height: 26, color: NHS_BLUE });
  txt(page, 'NHS', width - 86, height - 56, f.bold, 19, rgb(1, 1, 1));
  txt(page, 'Primary Care Support England', 40, height - 50, f.bold, 11, NHS_BLUE);
  let y = height - 92;
  y = para(page, title, 40, y, width - 80, f.bold, 14, 18);
  if (sub) y = para(page, sub, 40, y - 2, width - 80, f.reg, 9, 12, GREY);
  return y;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. GPP certification form, fillable, LiveCycle-style names (form1[0].#subform[n].TextFieldN[0])

export interface GppForm {
  practiceName: string; odsCode: string; address: string;
  title: string; firstName: string; surname: string; jobTitle: string; email: string; phone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string; signed: boolean;
}

export async function gppLiveCycle(v: GppForm, seed: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'GPP Practice User Administrator Certification Form', creator: 'Adobe LiveCycle Designer ES 9.0', producer: 'Adobe LiveCycle Designer ES 9.0', date: '2026-11-20T10:12:00Z' });
  const f = await fonts(doc);
  const form = doc.getForm();
  let n = 0;
  const field = (page: PDFPage, sub: number, label: string, value: string, x: number, y: number, w: number, h = 18, multiline = false) => {
    txt(page, label, x, y + h + 3, f.reg, 8, GREY);
    n += 1;
    const tf = form.createTextField(`form1[0].#subform[${sub}].TextField${n}[0]`);
    if (multiline) tf.enableMultiline();
    tf.setText(value);
    tf.addToPage(page, { x, y, width: w, height: h, font: f.reg, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6, backgroundColor: rgb(0.93, 0.95, 1) });
    tf.setFontSize(multiline ? 9 : 10);
  };
  const p1 = doc.addPage([595, 842]);
  let y = header(p1, f, 'GP Payments and Pensions (GPP) Practice User Administrator Certification Form',
    'Use this form when your practice has no GPP Practice User Administrator. Complete both parts and return it to pcse.portalenquiries@nhs.net. A practice may have up to four GPP Practice User Administrators.');
  y -= 10;
  txt(p1, 'Part A  Practice details', 40, y, f.bold, 11);
  y -= 34;
  field(p1, 0, 'Practice name', v.practiceName, 40, y, 330);
  field(p1, 0, 'Practice code (ODS)', v.odsCode, 390, y, 165);
  y -= 58;
  field(p1, 0, 'Practice address', v.address, 40, y, 515, 36, true);
  y -= 30;
  txt(p1, 'Part A (continued)  Nominated GPP Practice User Administrator', 40, y, f.bold, 11);
  y -= 34;
  field(p1, 0, 'Title', v.title, 40, y, 60);
  field(p1, 0, 'First name(s)', v.firstName, 115, y, 200);
  field(p1, 0, 'Surname', v.surname, 330, y, 225);
  y -= 44;
  field(p1, 0, 'Job title', v.jobTitle, 40, y, 250);
  field(p1, 0, 'Telephone', v.phone, 305, y, 250);
  y -= 44;
  field(p1, 0, 'NHSmail address (this will be the user name)', v.email, 40, y, 515);
  y -= 36;
  para(p1, 'The nominated person will be given the GPP Practice User Administrator role and can then assign the Joiner & Leaver and Practice Estimate and Salary Change roles to colleagues. Part B must be completed by one of the organisation\'s approvers.', 40, y, 515, f.ital, 8.5, 11, GREY);
  txt(p1, 'PCSE GPP UA Cert v3.1   Page 1 of 2', 40, 30, f.reg, 7, GREY);

  const p2 = doc.addPage([595, 842]);
  y = header(p2, f, 'Part B  Certification by an organisation approver');
  y -= 6;
  y = para(p2, 'I certify that the person named in Part A works at the practice named in Part A and should be given the GPP Practice User Administrator role in PCSE Online. I am one of the practice\'s approvers (a GP partner, the lead GP or a person authorised to sign on behalf of the contract holder).', 40, y, 515, f.reg, 9, 12);
  y -= 40;
  field(p2, 1, 'Full name', v.approverName, 40, y, 300);
  field(p2, 1, 'Position held', v.approverRole, 355, y, 200);
  y -= 44;
  field(p2, 1, 'Email address', v.approverEmail, 40, y, 515);
  y -= 70;
  txt(p2, 'Signature', 40, y + 53, f.reg, 8, GREY);
  rect(p2, 40, y, 300, 48);
  if (v.signed) drawSignature(p2, seed, 48, y + 4, 200, 40);
  n = 0;
  const df = form.createTextField('form1[0].#subform[1].DateTimeField1[0]');
  df.setText(v.date);
  txt(p2, 'Date (DD/MM/YYYY)', 355, y + 53, f.reg, 8, GREY);
  df.addToPage(p2, { x: 355, y: y + 15, width: 200, height: 18, font: f.reg, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6, backgroundColor: rgb(0.93, 0.95, 1) });
  df.setFontSize(10);
  txt(p2, 'PCSE GPP UA Cert v3.1   Page 2 of 2', 40, 30, f.reg, 7, GREY);
  form.updateFieldAppearances(f.reg);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Optical chain's internal nomination form, fillable, plain-English field names

export interface OptoChainForm {
  nominee: string; nomineeEmail: string; nomineeRole: string; practice: string; ods: string; opto: boolean; pl: boolean;
  holder: string; holderPosition: string; holderEmail: string; date: string;
}

export async function optoChainForm(v: OptoChainForm, seed: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'PCSE Online admin nomination', author: 'ClearSight Opticians Ltd - Professional Services', creator: 'Microsoft Word for Microsoft 365', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date: '2026-11-19T15:40:00Z' });
  const f = await fonts(doc);
  const form = doc.getForm();
  const page = doc.addPage([595, 842]);
  txt(page, 'ClearSight', 40, 790, f.bold, 20, rgb(0.05, 0.45, 0.45));
  txt(page, 'OPTICIANS', 148, 790, f.reg, 11, rgb(0.05, 0.45, 0.45));
  txt(page, 'Professional Services Team', 400, 794, f.reg, 9, GREY);
  let y = 748;
  y = para(page, 'PCSE Online - User Administrator nomination (store / domiciliary)', 40, y, 515, f.bold, 14, 18);
  y = para(page, 'Internal form. Complete one form per store. The contract holder must sign. Professional Services will send the form to PCSE (pcse.portalenquiries@nhs.net) with a covering email.', 40, y - 2, 515, f.reg, 9, 12, GREY);
  const tf = (name: string, label: string, value: string, x: number, yy: number, w: number) => {
    txt(page, label, x, yy + 22, f.bold, 9);
    const t = form.createTextField(name);
    t.setText(value);
    t.addToPage(page, { x, y: yy, width: w, height: 18, font: f.reg, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
    t.setFontSize(10);
  };
  y -= 40;
  tf('Store or practice name', 'Store / practice name', v.practice, 40, y, 340);
  tf('ODS code', 'ODS (TP) code', v.ods, 400, y, 155);
  y -= 50;
  tf('Name of nominee', 'Full name of the colleague to be nominated', v.nominee, 40, y, 340);
  tf('Nominee job role', 'Job role', v.nomineeRole, 400, y, 155);
  y -= 50;
  tf('Nominee email address', 'Colleague\'s NHSmail address', v.nomineeEmail, 40, y, 515);
  y -= 34;
  txt(page, 'Role requested (tick)', 40, y, f.bold, 9);
  y -= 22;
  const cb = (name: string, label: string, on: boolean, yy: number) => {
    const c = form.createCheckBox(name);
    c.addToPage(page, { x: 40, y: yy, width: 12, height: 12, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.8 });
    if (on) c.check();
    txt(page, label, 60, yy + 2, f.reg, 10);
  };
  cb('Check Box 1', 'OPTO Organisation User Administration (Ophthalmic Payments / GOS claims)', v.opto, y);
  y -= 20;
  cb('Check Box 2', 'PL Organisation User Administration (Ophthalmic Performers List)', v.pl, y);
  y -= 40;
  txt(page, 'Contract holder approval', 40, y, f.bold, 11);
  y -= 14;
  y = para(page, 'I am the contract holder for the GOS contract at the store above and I nominate the colleague above as a User Administrator for PCSE Online.', 40, y, 515, f.reg, 9, 12);
  y -= 30;
  tf('Name of contract holder', 'Name', v.holder, 40, y, 250);
  tf('Position', 'Position', v.holderPosition, 310, y, 245);
  y -= 50;
  tf('Contract holder email', 'Email', v.holderEmail, 40, y, 250);
  tf('Date', 'Date', v.date, 310, y, 245);
  y -= 70;
  txt(page, 'Signature', 40, y + 52, f.bold, 9);
  rect(page, 40, y, 250, 46);
  drawSignature(page, seed, 48, y + 4, 170, 38);
  txt(page, 'CSO-PS-017 rev 4 (2025)  -  Uncontrolled when printed', 40, 30, f.reg, 7, GREY);
  form.updateFieldAppearances(f.reg);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Open Exeter Primary User, GP practices: flat text PDF, values in table cells

export interface OePrimaryGp {
  practice: string; code: string; address: string; phone: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string; userPhone: string;
  sigName: string; sigPosition: string; sigEmail: string; date: string; signed: boolean;
}

export async function oePrimaryGpTable(v: OePrimaryGp, seed: string, variant: 'table' | 'word' = 'table'): Promise<Uint8Array> {
  const doc = await newDoc({
    title: variant === 'table' ? 'Open Exeter Primary User request - GP practice' : 'OE primary user form',
    creator: variant === 'table' ? 'Microsoft® Word for Microsoft 365' : 'Writer', producer: variant === 'table' ? 'Microsoft® Word for Microsoft 365' : 'LibreOffice 7.6',
    date: variant === 'table' ? '2026-11-25T11:02:00Z' : '2026-11-30T08:47:00Z',
  });
  const f = await fonts(doc, variant === 'word' ? 'times' : 'helv');
  const page = doc.addPage([595, 842]);
  let y = header(page, f, 'Open Exeter: request for a Primary User (GP practices)',
    'The Primary User manages Open Exeter access for the practice (Organisation Maintenance). The form must be signed at the bottom of page 1 by an authorised signatory. Email the completed form to pcse.openexeter@nhs.net.');
  y -= 8;
  const rowH = 22;
  const table = (title: string, rows: [string, string][]) => {
    page.drawRectangle({ x: 40, y: y - rowH, width: 515, height: rowH, color: rgb(0.85, 0.9, 0.97), borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.6 });
    txt(page, title, 46, y - 15, f.bold, 10);
    y -= rowH;
    for (const [label, value] of rows) {
      rect(page, 40, y - rowH, 190, rowH);
      rect(page, 230, y - rowH, 325, rowH);
      txt(page, label, 46, y - 15, f.reg, 9.5);
      txt(page, value, 236, y - 15, f.reg, 10);
      y -= rowH;
    }
    y -= 12;
  };
  table('Section 1  Practice details', [
    ['Practice name', v.practice], ['Practice code', v.code], ['Practice address', v.address], ['Practice telephone', v.phone],
  ]);
  table('Section 2  Person to be set up as Primary User', [
    ['Title', v.title], ['Forename', v.forename], ['Surname', v.surname], ['Job title', v.jobTitle], ['NHSmail address', v.email], ['Direct telephone', v.userPhone],
  ]);
  y -= 6;
  y = para(page, 'Section 3  Authorised signatory. One of: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.', 40, y, 515, f.bold, 10, 13);
  y -= 4;
  const rows: [string, string][] = [['Name', v.sigName], ['Position (from the list above)', v.sigPosition], ['Email', v.sigEmail], ['Date', v.date]];
  for (const [label, value] of rows) {
    rect(page, 40, y - rowH, 190, rowH);
    rect(page, 230, y - rowH, 325, rowH);
    txt(page, label, 46, y - 15, f.reg, 9.5);
    txt(page, value, 236, y - 15, f.reg, 10);
    y -= rowH;
  }
  rect(page, 40, y - 50, 190, 50);
  rect(page, 230, y - 50, 325, 50);
  txt(page, 'Signature', 46, y - 15, f.reg, 9.5);
  if (v.signed) drawSignature(page, seed, 240, y - 46, 190, 42);
  y -= 64;
  para(page, 'PCSE will validate the signatory before setting up the Primary User. Incomplete or unsigned forms cannot be processed.', 40, y, 515, f.ital, 8, 10, GREY);
  txt(page, 'OE-PU-GP  v2.4  Page 1 of 1', 40, 28, f.reg, 7, GREY);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Open Exeter Primary User, other organisations: fillable, IRS/LiveCycle-style names (topmostSubform[0].Page1[0].f1_NN[0])

export interface OePrimaryOther {
  org: string; code: string; orgDescription: string; address: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string; phone: string;
  sigName: string; sigEmail: string; capacity: 'caldicott' | 'board' | 'existing'; date: string; signed: boolean;
}

export async function oePrimaryOtherLiveCycle(v: OePrimaryOther, seed: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Open Exeter Primary User - other organisations', creator: 'Adobe LiveCycle Designer 11.0', producer: 'Adobe XML Form Module Library', date: '2026-11-27T14:20:00Z' });
  const f = await fonts(doc);
  const form = doc.getForm();
  const page = doc.addPage([595, 842]);
  let y = header(page, f, 'Open Exeter: request for a Primary User (organisations other than GP practices)',
    'For screening services, hubs, providers and other organisations. To be signed at the bottom of page 1 by the Caldicott Guardian, a member of the Board of Directors or an existing Primary User of the organisation.');
  let n = 0;
  const tf = (label: string, value: string, x: number, yy: number, w: number) => {
    n += 1;
    txt(page, label, x, yy + 21, f.reg, 8, GREY);
    const t = form.createTextField(`topmostSubform[0].Page1[0].f1_${String(n).padStart(2, '0')}[0]`);
    t.setText(value);
    t.addToPage(page, { x, y: yy, width: w, height: 17, font: f.reg, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.5, backgroundColor: rgb(0.95, 0.97, 1) });
    t.setFontSize(9.5);
  };
  y -= 14;
  txt(page, '1. Organisation', 40, y, f.bold, 10.5);
  y -= 32;
  tf('Organisation name', v.org, 40, y, 330);
  tf('Organisation (ODS) code', v.code, 385, y, 170);
  y -= 40;
  tf('Type of organisation / service', v.orgDescription, 40, y, 515);
  y -= 40;
  tf('Address', v.address, 40, y, 515);
  y -= 30;
  txt(page, '2. Proposed Primary User', 40, y, f.bold, 10.5);
  y -= 32;
  tf('Title', v.title, 40, y, 55);
  tf('Forename', v.forename, 105, y, 200);
  tf('Surname', v.surname, 315, y, 240);
  y -= 40;
  tf('Job title', v.jobTitle, 40, y, 250);
  tf('Telephone', v.phone, 305, y, 250);
  y -= 40;
  tf('NHSmail address', v.email, 40, y, 515);
  y -= 30;
  txt(page, '3. Authorised signatory', 40, y, f.bold, 10.5);
  y -= 32;
  tf('Name of signatory', v.sigName, 40, y, 300);
  tf('Date', v.date, 355, y, 200);
  y -= 40;
  tf('Signatory email', v.sigEmail, 40, y, 515);
  y -= 22;
  txt(page, 'Capacity in which you sign (tick one)', 40, y, f.reg, 9);
  y -= 20;
  const caps: [OePrimaryOther['capacity'], string][] = [['caldicott', 'Caldicott Guardian'], ['board', 'Member of the Board of Directors'], ['existing', 'Existing Primary User within the organisation']];
  caps.forEach(([key, label], i) => {
    const c = form.createCheckBox(`topmostSubform[0].Page1[0].c1_1[${i}]`);
    c.addToPage(page, { x: 40 + i * 175, y, width: 11, height: 11, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.8 });
    if (key === v.capacity) c.check();
    const words = label.split(' ');
    let first = '';
    while (words.length && `${first} ${words[0]}`.trim().length <= 28) first = `${first} ${words.shift()}`.trim();
    txt(page, first, 56 + i * 175, y + 2, f.reg, 8.5);
    if (words.length) txt(page, words.join(' '), 56 + i * 175, y - 8, f.reg, 8.5);
  });
  y -= 76;
  txt(page, 'Signature of authorised signatory', 40, y + 54, f.reg, 8, GREY);
  rect(page, 40, y, 300, 48);
  if (v.signed) drawSignature(page, seed, 48, y + 4, 200, 40);
  txt(page, 'OE-PU-ORG v1.9   Page 1 of 1', 40, 28, f.reg, 7, GREY);
  form.updateFieldAppearances(f.reg);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Pharmacy group's acquisition notice: flat text, a three-column table

export async function pharmacyAcquisitionTable(rows: [string, string, string][], meta: { ref: string; date: string; signer: string }): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Request to extend Main Contact - acquisition', author: 'Kestrel Pharmacy Ltd', creator: 'Microsoft® Excel® for Microsoft 365', producer: 'Microsoft® Excel® for Microsoft 365', date: '2026-12-02T16:05:00Z' });
  const f = await fonts(doc);
  const page = doc.addPage([842, 595]);
  txt(page, 'KESTREL PHARMACY LTD', 40, 545, f.bold, 16, rgb(0.55, 0.1, 0.15));
  txt(page, 'Superintendent Pharmacist\'s Office  |  Registered in England No. 04418820', 40, 530, f.reg, 8.5, GREY);
  txt(page, 'PCSE Online: request to extend our existing Main Contact to a newly acquired pharmacy', 40, 500, f.bold, 12);
  txt(page, `Our ref: ${meta.ref}     Date: ${meta.date}`, 40, 484, f.reg, 9);
  const colW = [200, 281, 281];
  const x0 = 40;
  let y = 460;
  const rowH = 24;
  rows.forEach((r, i) => {
    let x = x0;
    r.forEach((cell, j) => {
      const fill = i === 0 ? rgb(0.88, 0.88, 0.88) : j === 0 ? rgb(0.96, 0.96, 0.96) : undefined;
      rect(page, x, y - rowH, colW[j]!, rowH, fill, 0.5);
      txt(page, cell, x + 6, y - 16, i === 0 || j === 0 ? f.bold : f.reg, 9.5);
      x += colW[j]!;
    });
    y -= rowH;
  });
  y -= 24;
  txt(page, 'PCSE may telephone the new pharmacy to verify these details. Please contact the Superintendent\'s office with any query.', 40, y, f.reg, 9);
  txt(page, `Signed: ${meta.signer}`, 40, y - 18, f.reg, 9);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// Scans: canvas at 150 dpi, JPEG in a PDF page, no text layer

const DV = '/usr/share/fonts/truetype/dejavu/';
const LIB = '/usr/share/fonts/truetype/liberation/';
let registered = false;
function registerFonts() {
  if (registered) return;
  GlobalFonts.registerFromPath(`${LIB}LiberationSans-Regular.ttf`, 'ScanPrint');
  GlobalFonts.registerFromPath(`${LIB}LiberationSans-Bold.ttf`, 'ScanPrintBold');
  GlobalFonts.registerFromPath(`${LIB}LiberationMono-Regular.ttf`, 'ScanType');
  GlobalFonts.registerFromPath(`${DV}DejaVuSansCondensed-Oblique.ttf`, 'ScanHand');
  GlobalFonts.registerFromPath(`${LIB}LiberationSansNarrow-Italic.ttf`, 'ScanHand2');
  registered = true;
}

const W = 1240;
const H = 1754;
const MM = W / 210;

export class ScanPage {
  readonly ctx: SKRSContext2D;
  readonly canvas = createCanvas(W, H);
  constructor(readonly seed: string) {
    registerFonts();
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, W, H);
  }
  print(s: string, xmm: number, ymm: number, pt = 10, bold = false, color = '#111111') {
    const c = this.ctx;
    c.fillStyle = color;
    c.font = `${Math.round((pt / 72) * 150)}px ${bold ? 'ScanPrintBold' : 'ScanPrint'}`;
    c.fillText(s, xmm * MM, ymm * MM);
  }
  /** Wrapped printed paragraph; returns the y (mm) below it. */
  printPara(s: string, xmm: number, ymm: number, wmm: number, pt = 9, color = '#333333'): number {
    const c = this.ctx;
    c.font = `${Math.round((pt / 72) * 150)}px ScanPrint`;
    const words = s.split(' ');
    let line = '';
    const lead = (pt * 1.35 * 25.4) / 72;
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (c.measureText(next).width > wmm * MM) {
        this.print(line, xmm, ymm, pt, false, color);
        ymm += lead;
        line = w;
      } else line = next;
    }
    if (line) {
      this.print(line, xmm, ymm, pt, false, color);
      ymm += lead;
    }
    return ymm;
  }
  typed(s: string, xmm: number, ymm: number, pt = 11) {
    this.ctx.fillStyle = '#1a1a1a';
    this.ctx.font = `${Math.round((pt / 72) * 150)}px ScanType`;
    this.ctx.fillText(s, xmm * MM, ymm * MM);
  }
  box(xmm: number, ymm: number, wmm: number, hmm: number, fill?: string, lw = 1.4) {
    const c = this.ctx;
    if (fill) {
      c.fillStyle = fill;
      c.fillRect(xmm * MM, ymm * MM, wmm * MM, hmm * MM);
    }
    c.strokeStyle = '#222222';
    c.lineWidth = lw;
    c.strokeRect(xmm * MM, ymm * MM, wmm * MM, hmm * MM);
  }
  line(x1: number, y1: number, x2: number, y2: number, lw = 1.2) {
    const c = this.ctx;
    c.strokeStyle = '#333333';
    c.lineWidth = lw;
    c.beginPath();
    c.moveTo(x1 * MM, y1 * MM);
    c.lineTo(x2 * MM, y2 * MM);
    c.stroke();
  }
  nhsLogo(xmm: number, ymm: number) {
    const c = this.ctx;
    c.fillStyle = '#1d4f9a';
    c.fillRect(xmm * MM, ymm * MM, 24 * MM, 10 * MM);
    c.fillStyle = '#ffffff';
    c.font = `bold ${Math.round(7.2 * MM)}px ScanPrintBold`;
    c.fillText('NHS', (xmm + 2.2) * MM, (ymm + 8.2) * MM);
  }
  /** Handwriting: a slanted font, each letter jittered in size, angle and baseline; blue-black ink. */
  hand(s: string, xmm: number, ymm: number, pt = 13, ink = '#1b2a6b') {
    const r = rng(`hand:${this.seed}:${s}:${xmm}:${ymm}`);
    const c = this.ctx;
    let x = xmm * MM;
    const base = ymm * MM;
    const px = (pt / 72) * 150;
    let drift = 0;
    for (const ch of s) {
      const size = px * (0.9 + r() * 0.2);
      c.font = `${size.toFixed(1)}px ${r() < 0.5 ? 'ScanHand' : 'ScanHand2'}`;
      drift += (r() - 0.5) * 0.9;
      drift = Math.max(-3, Math.min(3, drift));
      c.save();
      c.translate(x, base + drift);
      c.rotate((r() - 0.5) * 0.16);
      c.fillStyle = ink;
      c.strokeStyle = ink;
      c.lineWidth = 0.7;
      c.fillText(ch, 0, 0);
      c.strokeText(ch, 0, 0);
      c.restore();
      x += c.measureText(ch).width * (0.98 + r() * 0.1) + (ch === ' ' ? px * 0.1 : 0.4);
    }
  }
  tick(xmm: number, ymm: number, sizeMm = 4.5) {
    const c = this.ctx;
    c.strokeStyle = '#1b2a6b';
    c.lineWidth = 3.2;
    c.lineCap = 'round';
    c.beginPath();
    c.moveTo(xmm * MM, (ymm + sizeMm * 0.55) * MM);
    c.lineTo((xmm + sizeMm * 0.35) * MM, (ymm + sizeMm) * MM);
    c.lineTo((xmm + sizeMm * 1.1) * MM, (ymm - sizeMm * 0.2) * MM);
    c.stroke();
  }
  signature(key: string, xmm: number, ymm: number, wmm: number, hmm: number) {
    const c = this.ctx;
    c.strokeStyle = '#182565';
    c.lineWidth = 2.6;
    c.lineCap = 'round';
    c.lineJoin = 'round';
    for (const s of signatureStrokes(key, wmm * MM, hmm * MM)) {
      c.beginPath();
      s.forEach(([x, y], i) => (i === 0 ? c.moveTo(xmm * MM + x, ymm * MM + y) : c.lineTo(xmm * MM + x, ymm * MM + y)));
      c.stroke();
    }
  }
  /** The page as a scanner would deliver it: skewed, noisy, slightly grey, a shadow along one edge; JPEG. */
  scanned(opts: { angleDeg: number; dx?: number; dy?: number; shadow?: 'left' | 'top' | 'none'; quality?: number; speckles?: number }): Buffer {
    const r = rng(`scan:${this.seed}`);
    const out = createCanvas(W, H);
    const c = out.getContext('2d');
    c.fillStyle = '#f2f0ea';
    c.fillRect(0, 0, W, H);
    c.save();
    c.translate(W / 2 + (opts.dx ?? 0), H / 2 + (opts.dy ?? 0));
    c.rotate((opts.angleDeg * Math.PI) / 180);
    c.globalAlpha = 0.94;
    c.drawImage(this.canvas, -W / 2, -H / 2);
    c.restore();
    c.globalAlpha = 1;
    const n = opts.speckles ?? 1800;
    for (let i = 0; i < n; i++) {
      const g = Math.floor(70 + r() * 120);
      c.fillStyle = `rgba(${g},${g},${g},${(0.25 + r() * 0.5).toFixed(2)})`;
      const s = r() < 0.9 ? 1 : 2;
      c.fillRect(Math.floor(r() * W), Math.floor(r() * H), s, s);
    }
    if (opts.shadow && opts.shadow !== 'none') {
      const grad = opts.shadow === 'left' ? c.createLinearGradient(0, 0, 60, 0) : c.createLinearGradient(0, 0, 0, 60);
      grad.addColorStop(0, 'rgba(60,60,60,0.55)');
      grad.addColorStop(1, 'rgba(60,60,60,0)');
      c.fillStyle = grad;
      if (opts.shadow === 'left') c.fillRect(0, 0, 60, H);
      else c.fillRect(0, 0, W, 60);
    }
    return out.toBuffer('image/jpeg', opts.quality ?? 72);
  }
}

export { MM as SCAN_MM };

export async function scanPdf(pages: Buffer[], meta: { producer: string; creator: string; date: string; title?: string }): Promise<Uint8Array> {
  const doc = await newDoc({ title: meta.title ?? '', creator: meta.creator, producer: meta.producer, date: meta.date });
  for (const jpg of pages) {
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}
