// Forms as practices send them: fillable AcroForms (field names of this writer's choosing) and flat text PDFs whose
// values sit in table cells. Fixed dates and metadata; build.ts seeds Math.random (pdf-lib's font resource names).
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { rng } from './lib.js';

const A4: [number, number] = [595.28, 841.89];

export interface Meta {
  title: string;
  author?: string;
  creator: string;
  producer: string;
  date: string; // ISO
}

async function newDoc(m: Meta): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setCreationDate(new Date(m.date));
  doc.setModificationDate(new Date(m.date));
  return doc;
}

async function save(doc: PDFDocument): Promise<Buffer> {
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const next = cur ? `${cur} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > width && cur) {
        out.push(cur);
        cur = w;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

function para(page: PDFPage, font: PDFFont, text: string, x: number, y: number, size: number, width: number, lead = 1.3): number {
  for (const l of wrap(text, font, size, width)) {
    page.drawText(l, { x, y, size, font });
    y -= size * lead;
  }
  return y;
}

function nhsBadge(page: PDFPage, bold: PDFFont, x: number, y: number): void {
  page.drawRectangle({ x, y, width: 62, height: 26, color: rgb(0, 0.37, 0.72) });
  page.drawText('NHS', { x: x + 8, y: y + 6, size: 17, font: bold, color: rgb(1, 1, 1) });
}

/** A table with wrapped cells; returns the y under it. */
function table(
  page: PDFPage,
  fonts: { reg: PDFFont; bold: PDFFont },
  x: number,
  y: number,
  widths: number[],
  rows: string[][],
  opts: { size?: number; headerRow?: boolean; boldFirstCol?: boolean; shadeHeader?: boolean; minH?: number } = {},
): number {
  const size = opts.size ?? 9.5;
  for (const [ri, r] of rows.entries()) {
    const cellLines = r.map((c, ci) => {
      const f = (opts.headerRow && ri === 0) || (opts.boldFirstCol && ci === 0) ? fonts.bold : fonts.reg;
      return { f, lines: wrap(c, f, size, widths[ci]! - 8) };
    });
    const h = Math.max(opts.minH ?? 18, ...cellLines.map((c) => c.lines.length * size * 1.25 + 7));
    let cx = x;
    for (const [ci, c] of cellLines.entries()) {
      const w = widths[ci]!;
      const shade = (opts.headerRow && ri === 0 && opts.shadeHeader) || (opts.boldFirstCol && ci === 0);
      page.drawRectangle({ x: cx, y: y - h, width: w, height: h, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7, color: shade ? rgb(0.9, 0.93, 0.97) : undefined });
      let ly = y - size - 3;
      for (const l of c.lines) {
        page.drawText(l, { x: cx + 4, y: ly, size, font: c.f });
        ly -= size * 1.25;
      }
      cx += w;
    }
    y -= h;
  }
  return y;
}

/** A scrawl in ink for forms signed with Acrobat's "draw" tool: a few loops and a flourish, different per signer. */
function drawnSignature(page: PDFPage, x: number, y: number, seed: string): void {
  const r = rng(`signature:${seed}`);
  const f = (n: number) => n.toFixed(1);
  let cx = 0;
  let d = `M 0 ${f(r() * 6 - 3)}`;
  const strokes = 4 + Math.floor(r() * 4);
  for (let i = 0; i < strokes; i++) {
    const w = 8 + r() * 12;
    const up = 8 + r() * 12;
    d += ` C ${f(cx + w * 0.2)} ${f(up)} ${f(cx + w * 0.9)} ${f(up * (0.5 + r() * 0.6))} ${f(cx + w * 0.6)} ${f(-2 + r() * 4)}`;
    d += ` S ${f(cx + w * 1.1)} ${f(-6 - r() * 6)} ${f(cx + w * 1.3)} ${f(r() * 5)}`;
    cx += w * 1.3;
  }
  d += ` M ${f(r() * 10)} ${f(7 + r() * 4)} C ${f(cx * 0.3)} ${f(4 + r() * 4)} ${f(cx * 0.7)} ${f(9 - r() * 4)} ${f(cx + 12)} ${f(3 - r() * 3)}`;
  page.drawSvgPath(d, { x, y, borderColor: rgb(0.05, 0.1, 0.35), borderWidth: 1.1 });
}

// ---------------------------------------------------------------------------------------------------------------
// GPP Practice User Administrator certification: fillable, two parts on one page, field names A1_… / B1_…

export interface GppCert {
  practiceName: string;
  odsCode: string;
  practiceAddress: string;
  uaName: string;
  uaJobTitle: string;
  uaEmail: string;
  uaPhone: string;
  approverName: string;
  approverPosition: string;
  approverEmail: string;
  signed: boolean;
  date: string;
}

export async function gppCertAcroform(v: GppCert, m: Meta): Promise<Buffer> {
  const doc = await newDoc(m);
  const page = doc.addPage(A4);
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  nhsBadge(page, bold, 495, 790);
  page.drawText('Primary Care Support England', { x: 40, y: 805, size: 10, font: bold, color: rgb(0, 0.37, 0.72) });
  page.drawText('GP Payments and Pensions (GPP)', { x: 40, y: 770, size: 15, font: bold });
  page.drawText('Practice User Administrator Certification Form', { x: 40, y: 752, size: 13, font: bold });
  let y = para(page, reg, 'Use this form if your practice has no GPP Practice User Administrator. Complete both parts. Part B must be completed by one of your organisation\'s approvers. Return the form to pcse.portalenquiries@nhs.net', 40, 730, 9, 515);
  const form = doc.getForm();
  const row = (label: string, name: string, value: string, yy: number, h = 20) => {
    page.drawText(label, { x: 40, y: yy + 6, size: 9.5, font: reg });
    const tf = form.createTextField(name);
    tf.setText(value);
    tf.addToPage(page, { x: 215, y: yy, width: 340, height: h, font: reg, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
    tf.setFontSize(10);
  };
  y -= 14;
  page.drawRectangle({ x: 36, y: y - 4, width: 523, height: 18, color: rgb(0, 0.37, 0.72) });
  page.drawText('PART A  -  Practice and nominated User Administrator', { x: 42, y, size: 10.5, font: bold, color: rgb(1, 1, 1) });
  y -= 32;
  row('Practice name', 'A1_PracticeName', v.practiceName, y);
  row('Practice ODS code', 'A2_ODSCode', v.odsCode, (y -= 26));
  row('Practice address', 'A3_PracticeAddress', v.practiceAddress, (y -= 26));
  row('Full name of nominee', 'A4_NomineeFullName', v.uaName, (y -= 26));
  row('Job title', 'A5_NomineeJobTitle', v.uaJobTitle, (y -= 26));
  row('NHSmail address', 'A6_NomineeEmail', v.uaEmail, (y -= 26));
  row('Telephone', 'A7_NomineeTel', v.uaPhone, (y -= 26));
  y -= 34;
  page.drawRectangle({ x: 36, y: y - 4, width: 523, height: 18, color: rgb(0, 0.37, 0.72) });
  page.drawText('PART B  -  Certification by an organisation approver', { x: 42, y, size: 10.5, font: bold, color: rgb(1, 1, 1) });
  y -= 22;
  y = para(page, reg, 'I certify that the person named in Part A works at the practice named above and should be given the GPP Practice User Administrator role in PCSE Online. I understand that a practice may have no more than four GPP Practice User Administrators.', 40, y, 9, 515);
  y -= 12;
  row('Approver name', 'B1_ApproverName', v.approverName, y);
  row('Position held', 'B2_ApproverPosition', v.approverPosition, (y -= 26));
  row('Approver email', 'B3_ApproverEmail', v.approverEmail, (y -= 26));
  y -= 48;
  page.drawText('Signature', { x: 40, y: y + 16, size: 9.5, font: reg });
  page.drawRectangle({ x: 215, y, width: 200, height: 40, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
  if (v.signed) drawnSignature(page, 232, y + 18, v.approverName);
  page.drawText('Date', { x: 425, y: y + 16, size: 9.5, font: reg });
  const dt = form.createTextField('B4_Date');
  dt.setText(v.date);
  dt.addToPage(page, { x: 455, y: y + 10, width: 100, height: 20, font: reg, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
  para(page, reg, 'PCSE use only:  Received ______   Checked ______   Set up ______', 40, 80, 8.5, 515);
  page.drawText('GPP-UA-CERT v3.2  |  Page 1 of 1', { x: 40, y: 40, size: 7.5, font: reg, color: rgb(0.4, 0.4, 0.4) });
  form.updateFieldAppearances(reg);
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// An ophthalmic practice's own user-admin nomination form: plain-English field names with spaces, role check boxes

export interface OptoNom {
  practiceName: string;
  odsCode: string;
  nomineeName: string;
  nomineeEmail: string;
  nomineePhone: string;
  opto: boolean;
  pl: boolean;
  holderName: string;
  holderEmail: string;
  date: string;
}

export async function optoNominationAcroform(v: OptoNom, m: Meta): Promise<Buffer> {
  const doc = await newDoc(m);
  const page = doc.addPage(A4);
  const reg = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  page.drawText(v.practiceName, { x: 50, y: 790, size: 16, font: bold, color: rgb(0.1, 0.35, 0.3) });
  page.drawLine({ start: { x: 50, y: 782 }, end: { x: 545, y: 782 }, thickness: 1.5, color: rgb(0.1, 0.35, 0.3) });
  page.drawText('Nomination of a PCSE Online User Administrator', { x: 50, y: 755, size: 13, font: bold });
  let y = para(page, reg, 'To be completed and signed by the contract holder. Each practice may have up to four user administrators for each service.', 50, 735, 10.5, 495);
  const form = doc.getForm();
  const row = (label: string, name: string, value: string, yy: number) => {
    page.drawText(label, { x: 50, y: yy + 6, size: 11, font: reg });
    const tf = form.createTextField(name);
    tf.setText(value);
    tf.addToPage(page, { x: 230, y: yy, width: 315, height: 20, font: reg, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
  };
  y -= 20;
  page.drawText('1. Practice', { x: 50, y, size: 12, font: bold });
  row('Practice name', 'Practice Name', v.practiceName, (y -= 30));
  row('ODS / contractor code', 'Practice Code', v.odsCode, (y -= 26));
  y -= 34;
  page.drawText('2. Person nominated', { x: 50, y, size: 12, font: bold });
  row('Full name', 'Name of nominee', v.nomineeName, (y -= 30));
  row('Email address (username)', 'Nominee email', v.nomineeEmail, (y -= 26));
  row('Contact number', 'Nominee telephone', v.nomineePhone, (y -= 26));
  y -= 30;
  page.drawText('Role(s) requested - tick all that apply', { x: 50, y, size: 11, font: reg });
  const cb = (label: string, name: string, on: boolean, yy: number) => {
    const c = form.createCheckBox(name);
    c.addToPage(page, { x: 230, y: yy - 2, width: 12, height: 12, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.8 });
    if (on) c.check();
    page.drawText(label, { x: 250, y: yy, size: 11, font: reg });
  };
  cb('OPTO Organisation User Administration (Ophthalmic Payments)', 'Check Box OPTO', v.opto, (y -= 22));
  cb('PL Organisation User Administration (Performers List)', 'Check Box PL', v.pl, (y -= 20));
  y -= 40;
  page.drawText('3. Contract holder', { x: 50, y, size: 12, font: bold });
  row('Name of contract holder', 'Contract holder name', v.holderName, (y -= 30));
  row('Email address', 'Contract holder email', v.holderEmail, (y -= 26));
  y -= 50;
  page.drawText('Signature', { x: 50, y: y + 14, size: 11, font: reg });
  page.drawRectangle({ x: 230, y, width: 190, height: 36, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
  drawnSignature(page, 245, y + 16, v.holderName);
  page.drawText('Date', { x: 430, y: y + 14, size: 11, font: reg });
  const d = form.createTextField('Date signed');
  d.setText(v.date);
  d.addToPage(page, { x: 460, y: y + 8, width: 85, height: 20, font: reg, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
  page.drawText('Send to pcse.portalenquiries@nhs.net', { x: 50, y: 60, size: 9, font: reg, color: rgb(0.3, 0.3, 0.3) });
  form.updateFieldAppearances(reg);
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Open Exeter Primary User request (GP practices): fillable, txt…/chk… names, signatory capacity as check boxes,
// page 1 ends with the signature box; page 2 holds the guidance

export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'] as const;

export interface OeGp {
  practiceName: string;
  practiceCode: string;
  practiceAddress: string;
  nomineeName: string;
  nomineeJobTitle: string;
  nomineeEmail: string;
  nomineePhone: string;
  capacity: (typeof OE_GP_CAPACITIES)[number] | null;
  signatoryName: string;
  signatoryEmail: string;
  signed: boolean;
  date: string;
}

export async function oeGpAcroform(v: OeGp, m: Meta): Promise<Buffer> {
  const doc = await newDoc(m);
  const page = doc.addPage(A4);
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  nhsBadge(page, bold, 495, 790);
  page.drawText('Open Exeter', { x: 40, y: 800, size: 11, font: bold, color: rgb(0, 0.37, 0.72) });
  page.drawText('Request for a Primary User - GP Practice', { x: 40, y: 772, size: 15, font: bold });
  const form = doc.getForm();
  const row = (label: string, name: string, value: string, yy: number) => {
    page.drawText(label, { x: 40, y: yy + 6, size: 9.5, font: reg });
    const tf = form.createTextField(name);
    tf.setText(value);
    tf.addToPage(page, { x: 200, y: yy, width: 355, height: 19, font: reg, borderColor: rgb(0.35, 0.35, 0.35), borderWidth: 0.7 });
  };
  let y = 740;
  page.drawText('Section 1: Practice details', { x: 40, y, size: 11, font: bold });
  row('Practice name', 'txtPracticeName', v.practiceName, (y -= 26));
  row('Practice code', 'txtPracticeCode', v.practiceCode, (y -= 24));
  row('Practice address', 'txtPracticeAddress', v.practiceAddress, (y -= 24));
  y -= 32;
  page.drawText('Section 2: Person to be set up as Primary User', { x: 40, y, size: 11, font: bold });
  row('Full name', 'txtPUName', v.nomineeName, (y -= 26));
  row('Job title', 'txtPUJobTitle', v.nomineeJobTitle, (y -= 24));
  row('NHSmail address', 'txtPUEmail', v.nomineeEmail, (y -= 24));
  row('Telephone', 'txtPUTel', v.nomineePhone, (y -= 24));
  y -= 32;
  page.drawText('Section 3: Authorised signatory', { x: 40, y, size: 11, font: bold });
  y = para(page, reg, 'This form must be signed by one of the following. Please tick the capacity in which you are signing:', 40, y - 18, 9.5, 515);
  const ids = ['chkLeadGP', 'chkGPPartner', 'chkCaldicott', 'chkExistingPC', 'chkBoard'];
  for (const [i, cap] of OE_GP_CAPACITIES.entries()) {
    const c = form.createCheckBox(ids[i]!);
    const yy = y - 6 - i * 18;
    c.addToPage(page, { x: 48, y: yy - 2, width: 11, height: 11, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.8 });
    if (v.capacity === cap) c.check();
    page.drawText(cap, { x: 66, y: yy, size: 10, font: reg });
  }
  y -= 6 + OE_GP_CAPACITIES.length * 18 + 14;
  row('Signatory name', 'txtSigName', v.signatoryName, y);
  row('Signatory NHSmail address', 'txtSigEmail', v.signatoryEmail, (y -= 24));
  y -= 54;
  page.drawText('Signature', { x: 40, y: y + 16, size: 9.5, font: reg });
  page.drawRectangle({ x: 200, y, width: 210, height: 42, borderColor: rgb(0.35, 0.35, 0.35), borderWidth: 0.7 });
  if (v.signed) drawnSignature(page, 215, y + 20, v.signatoryName);
  page.drawText('Date', { x: 420, y: y + 16, size: 9.5, font: reg });
  const d = form.createTextField('dtSigned');
  d.setText(v.date);
  d.addToPage(page, { x: 450, y: y + 10, width: 105, height: 19, font: reg, borderColor: rgb(0.35, 0.35, 0.35), borderWidth: 0.7 });
  page.drawText('Forms not signed here cannot be processed.  Page 1 of 2', { x: 40, y: 40, size: 8, font: reg, color: rgb(0.4, 0.4, 0.4) });
  const p2 = doc.addPage(A4);
  p2.drawText('Guidance', { x: 40, y: 790, size: 13, font: bold });
  let y2 = para(p2, reg, 'Each organisation using Open Exeter should have a Primary User, who manages user access for other members of staff. The Primary User can add, amend and delete users and reset passwords. We recommend two Primary Users per organisation.', 40, 765, 10, 515);
  y2 = para(p2, reg, 'For a GP practice the form must be signed by the Lead GP, a GP Partner, the Caldicott Guardian, an existing Primary Contact or a member of the Board of Directors. Please ensure the form is signed at the bottom of page 1.', 40, y2 - 10, 10, 515);
  para(p2, reg, 'Email the completed form to pcse.openexeter@nhs.net', 40, y2 - 10, 10, 515);
  p2.drawText('Page 2 of 2', { x: 40, y: 40, size: 8, font: reg, color: rgb(0.4, 0.4, 0.4) });
  form.updateFieldAppearances(reg);
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Flat PDFs: a Word table printed to PDF

export interface FlatDoc {
  heading: string;
  subheading?: string;
  intro?: string;
  sections: { title?: string; widths: number[]; rows: string[][]; headerRow?: boolean; boldFirstCol?: boolean; after?: string }[];
  signature?: { label: string; name: string; date: string };
  footer?: string;
  font?: 'helvetica' | 'times';
  logo?: boolean;
}

export async function flatTablePdf(v: FlatDoc, m: Meta): Promise<Buffer> {
  const doc = await newDoc(m);
  const page = doc.addPage(A4);
  const times = v.font === 'times';
  const reg = await doc.embedFont(times ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(times ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  if (v.logo) nhsBadge(page, bold, 480, 785);
  page.drawText(v.heading, { x: 50, y: 770, size: 14, font: bold });
  let y = 750;
  if (v.subheading) {
    page.drawText(v.subheading, { x: 50, y, size: 11, font: reg });
    y -= 20;
  }
  if (v.intro) y = para(page, reg, v.intro, 50, y, 10, 495) - 8;
  for (const s of v.sections) {
    if (s.title) {
      page.drawText(s.title, { x: 50, y, size: 11, font: bold });
      y -= 8;
    }
    y = table(page, { reg, bold }, 50, y, s.widths, s.rows, { headerRow: s.headerRow, boldFirstCol: s.boldFirstCol, shadeHeader: true, minH: 20 });
    y -= 12;
    if (s.after) y = para(page, reg, s.after, 50, y - 4, 9.5, 495) - 8;
    y -= 8;
  }
  if (v.signature) {
    y -= 10;
    page.drawText(v.signature.label, { x: 50, y, size: 10, font: reg });
    page.drawLine({ start: { x: 140, y: y - 2 }, end: { x: 330, y: y - 2 }, thickness: 0.6 });
    drawnSignature(page, 150, y + 2, v.signature.name);
    page.drawText(`Date: ${v.signature.date}`, { x: 350, y, size: 10, font: reg });
    y -= 16;
    page.drawText(v.signature.name, { x: 140, y, size: 9.5, font: reg });
  }
  if (v.footer) page.drawText(v.footer, { x: 50, y: 40, size: 8, font: reg, color: rgb(0.4, 0.4, 0.4) });
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Image-only pages (scans) wrapped into a PDF as a scanner does it

export async function imagePdf(jpegs: Buffer[], m: Meta): Promise<Buffer> {
  const doc = await newDoc(m);
  for (const j of jpegs) {
    const img = await doc.embedJpg(j);
    const page = doc.addPage(A4);
    page.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return save(doc);
}
