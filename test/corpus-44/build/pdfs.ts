// The PCSE forms of corpus 44 (writer AN), in this writer's own layouts: fillable AcroForms and flat text with pdf-lib.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';

const FIXED = new Date(Date.UTC(2027, 0, 4, 9, 0, 0));

export async function newDoc(title: string, author: string, when: Date = FIXED): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setCreator('Microsoft Word for Microsoft 365');
  doc.setProducer('Microsoft Word for Microsoft 365');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc;
}

export async function save(doc: PDFDocument): Promise<Buffer> {
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      const t = cur ? `${cur} ${w}` : w;
      if (font.widthOfTextAtSize(t, size) > width && cur) { out.push(cur); cur = w; } else cur = t;
    }
    out.push(cur);
  }
  return out;
}

function para(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number, width: number, lead = 1.35): number {
  for (const l of wrap(text, font, size, width)) { page.drawText(l, { x, y, size, font }); y -= size * lead; }
  return y;
}

const SIG_PATHS = [
  'M0 10 C 8 -6, 14 22, 22 8 S 34 -4, 40 12 L 44 4 C 52 18, 60 -2, 70 10 S 88 14, 96 6',
  'M0 6 C 6 20, 12 -4, 18 12 C 22 22, 30 0, 36 8 L 40 2 C 48 14, 52 16, 58 4 C 66 -4, 80 18, 92 8',
  'M2 14 C 10 0, 16 0, 20 16 C 24 26, 34 -2, 42 6 C 48 12, 50 2, 58 10 S 74 4, 84 12 L 100 6',
];

export function drawSignature(page: PDFPage, x: number, y: number, variant: number): void {
  page.drawSvgPath(SIG_PATHS[variant % SIG_PATHS.length]!, { x, y: y + 18, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2, scale: 1 });
}

// ---------------------------------------------------------------- GPP Practice User Administrator certification

export interface GppCert {
  practiceName: string; odsCode: string; address: string; phone: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string; signed: boolean;
}

/** Fillable, two pages (part A on page 1, part B on page 2). */
export async function gppCertFillable(v: GppCert, author: string): Promise<Buffer> {
  const doc = await newDoc('GP Payments and Pensions Practice User Administrator Certification', author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const p1 = doc.addPage([595.28, 841.89]);
  p1.drawRectangle({ x: 40, y: 770, width: 515, height: 44, color: rgb(0, 0.37, 0.72) });
  p1.drawText('Primary Care Support England', { x: 52, y: 796, size: 11, font: bold, color: rgb(1, 1, 1) });
  p1.drawText('GP Payments and Pensions - Practice User Administrator Certification', { x: 52, y: 780, size: 12, font: bold, color: rgb(1, 1, 1) });
  let y = para(p1, 'Use this form when your practice has no GPP Practice User Administrator. Complete both parts of the form. Part B must be completed by one of your organisation\'s approvers. Return the completed form to pcse.portalenquiries@nhs.net.', 45, 748, font, 9.5, 505);
  y -= 8;
  p1.drawText('PART A - Practice and nominated User Administrator', { x: 45, y, size: 11.5, font: bold });
  y -= 26;
  const rowsA: [string, string, string][] = [
    ['a_practice_name', 'Practice name', v.practiceName],
    ['a_ods_code', 'Practice code (ODS)', v.odsCode],
    ['a_practice_address', 'Practice address', v.address],
    ['a_practice_tel', 'Practice telephone', v.phone],
    ['a_nominee_name', 'Full name of nominee', v.nomineeName],
    ['a_nominee_role', 'Job title', v.nomineeJob],
    ['a_nominee_email', 'Nominee email address', v.nomineeEmail],
    ['a_nominee_tel', 'Nominee telephone', v.nomineePhone],
  ];
  for (const [name, label, value] of rowsA) {
    p1.drawText(label, { x: 45, y: y + 5, size: 9.5, font });
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(p1, { x: 195, y, width: 355, height: 20, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
    y -= 30;
  }
  y -= 10;
  para(p1, 'The nominee will receive an email from PCSE with a verification link. Once set up, the GPP Practice User Administrator can set up other GPP Practice User Administrators (a maximum of four per practice) and assign the Joiner & Leaver and Practice Estimate and Salary Change roles.', 45, y, font, 9, 505);
  p1.drawText('Page 1 of 2', { x: 510, y: 30, size: 8, font });

  const p2 = doc.addPage([595.28, 841.89]);
  p2.drawText('PART B - Certification by an organisation approver', { x: 45, y: 790, size: 11.5, font: bold });
  y = para(p2, 'I certify that the person named in Part A works at the practice and should be given the GPP Practice User Administrator role in PCSE Online for this practice.', 45, 768, font, 9.5, 505);
  y -= 16;
  const rowsB: [string, string, string][] = [
    ['b_approver_name', 'Approver name', v.approverName],
    ['b_approver_position', 'Position / role', v.approverRole],
    ['b_approver_email', 'Approver email address', v.approverEmail],
    ['b_date', 'Date', v.date],
  ];
  for (const [name, label, value] of rowsB) {
    p2.drawText(label, { x: 45, y: y + 5, size: 9.5, font });
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(p2, { x: 195, y, width: 355, height: 20, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
    y -= 30;
  }
  p2.drawText('Signature', { x: 45, y: y + 5, size: 9.5, font });
  p2.drawRectangle({ x: 195, y: y - 20, width: 240, height: 42, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.8 });
  if (v.signed) drawSignature(p2, 205, y - 14, v.approverName.length);
  p2.drawText('Page 2 of 2', { x: 510, y: 30, size: 8, font });
  form.updateFieldAppearances(font);
  return save(doc);
}

// ---------------------------------------------------------------- Open Exeter Primary User (GP practices)

export const GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'] as const;
export const OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'] as const;

export interface OeForm {
  orgName: string; orgCode: string; address: string; orgPhone: string;
  surname: string; forenames: string; jobTitle: string; email: string; phone: string;
  signatoryName: string; capacity: string; signatoryEmail: string; date: string; signed: boolean;
}

function oeGuidance(page: PDFPage, font: PDFFont, bold: PDFFont, gp: boolean): void {
  page.drawText('Guidance notes', { x: 45, y: 790, size: 13, font: bold });
  let y = para(page, 'A Primary User (also known as a Primary Contact) manages Open Exeter access for their organisation: they can add, amend and delete users and reset passwords. We recommend two Primary Users per organisation.', 45, 764, font, 10, 505);
  y -= 10;
  y = para(page, gp ? 'Authorised signatories - GP practices. This form must be signed at the bottom of page 1 by one of:' : 'Authorised signatories - organisations other than GP practices. This form must be signed at the bottom of page 1 by one of:', 45, y, bold, 10, 505);
  y -= 4;
  for (const c of gp ? GP_CAPACITIES : OTHER_CAPACITIES) { page.drawText(`-  ${c}`, { x: 60, y, size: 10, font }); y -= 15; }
  y -= 8;
  y = para(page, 'Forms that are not signed by an authorised signatory cannot be processed. PCSE will validate the authorised signatory before the Primary User is set up.', 45, y, font, 10, 505);
  y -= 8;
  y = para(page, 'If no authorised signatory is available, request a new Caldicott Guardian before submitting this form.', 45, y, font, 10, 505);
  y -= 8;
  para(page, 'Email the completed form to pcse.openexeter@nhs.net', 45, y, bold, 10, 505);
  page.drawText('Page 2 of 2', { x: 510, y: 30, size: 8, font });
}

/** Fillable Open Exeter Primary User request (GP practices), two pages. */
export async function oeGpFillable(v: OeForm, author: string): Promise<Buffer> {
  const doc = await newDoc('Open Exeter - Request for a Primary User (GP Practice)', author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const p1 = doc.addPage([595.28, 841.89]);
  p1.drawText('Open Exeter (Cervical Screening)', { x: 45, y: 800, size: 10, font: bold, color: rgb(0, 0.37, 0.72) });
  p1.drawText('Request for a Primary User - GP Practice', { x: 45, y: 780, size: 15, font: bold });
  let y = 752;
  const section = (t: string): void => {
    p1.drawRectangle({ x: 40, y: y - 4, width: 515, height: 18, color: rgb(0.88, 0.92, 0.97) });
    p1.drawText(t, { x: 45, y, size: 10.5, font: bold });
    y -= 28;
  };
  const row = (name: string, label: string, value: string, w = 330): void => {
    p1.drawText(label, { x: 48, y: y + 5, size: 9, font });
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(p1, { x: 215, y, width: w, height: 18, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
    y -= 25;
  };
  section('1. Practice details');
  row('Practice_Name', 'Practice name', v.orgName);
  row('Practice_Code', 'Practice code', v.orgCode, 120);
  row('Practice_Address', 'Address', v.address);
  row('Practice_Tel', 'Telephone', v.orgPhone, 160);
  section('2. Person to be set up as Primary User');
  row('PU_Surname', 'Surname', v.surname);
  row('PU_Forenames', 'Forename(s)', v.forenames);
  row('PU_JobTitle', 'Job title', v.jobTitle);
  row('PU_Email', 'NHS email address', v.email);
  row('PU_Tel', 'Direct telephone', v.phone, 160);
  section('3. Authorised signatory');
  row('Sig_Name', 'Name of signatory', v.signatoryName);
  row('Sig_Email', 'Signatory email', v.signatoryEmail);
  p1.drawText('Capacity (tick one)', { x: 48, y: y + 5, size: 9, font });
  let cx = 215;
  let cy = y;
  GP_CAPACITIES.forEach((c, i) => {
    const cb = form.createCheckBox(`Capacity_${i + 1}`);
    cb.addToPage(p1, { x: cx, y: cy, width: 11, height: 11, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
    if (c === v.capacity) cb.check();
    p1.drawText(c, { x: cx + 15, y: cy + 2, size: 8.5, font });
    if (i % 2 === 1) { cx = 215; cy -= 17; } else cx = 380;
  });
  y = cy - 24;
  p1.drawText('I confirm I am an authorised signatory for this practice and that the person named in section 2 requires Primary User access.', { x: 48, y, size: 8, font });
  y -= 30;
  p1.drawText('Signature', { x: 48, y: y + 5, size: 9, font });
  p1.drawRectangle({ x: 215, y: y - 18, width: 200, height: 38, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
  if (v.signed) drawSignature(p1, 225, y - 12, v.signatoryName.length + 1);
  p1.drawText('Date', { x: 430, y: y + 5, size: 9, font });
  const d = form.createTextField('Sig_Date');
  d.setText(v.date);
  d.addToPage(p1, { x: 455, y: y - 2, width: 90, height: 18, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
  p1.drawText('Page 1 of 2', { x: 510, y: 30, size: 8, font });
  oeGuidance(doc.addPage([595.28, 841.89]), font, bold, true);
  form.updateFieldAppearances(font);
  return save(doc);
}

/** Flat (printed to PDF from a word processor) Open Exeter Primary User request (GP practices), two pages. */
export async function oeGpFlat(v: OeForm, author: string, serif: boolean): Promise<Buffer> {
  const doc = await newDoc('OE Primary User form', author);
  const font = await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const p1 = doc.addPage([595.28, 841.89]);
  p1.drawText('OPEN EXETER - PRIMARY USER REQUEST (GP PRACTICE)', { x: 60, y: 790, size: 13, font: bold });
  let y = 760;
  const table = (title: string, rows: [string, string][]): void => {
    p1.drawText(title, { x: 60, y, size: 11, font: bold });
    y -= 8;
    for (const [k, val] of rows) {
      p1.drawRectangle({ x: 60, y: y - 16, width: 170, height: 20, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
      p1.drawRectangle({ x: 230, y: y - 16, width: 305, height: 20, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
      p1.drawText(k, { x: 64, y: y - 10, size: 9.5, font });
      p1.drawText(val, { x: 234, y: y - 10, size: 10, font });
      y -= 20;
    }
    y -= 22;
  };
  table('Practice', [['Practice name', v.orgName], ['Practice code', v.orgCode], ['Address', v.address], ['Telephone', v.orgPhone]]);
  table('Primary User', [['Surname', v.surname], ['Forename(s)', v.forenames], ['Job title', v.jobTitle], ['Email', v.email], ['Telephone', v.phone]]);
  table('Authorised signatory', [['Name', v.signatoryName], ['Capacity', v.capacity], ['Email', v.signatoryEmail], ['Date', v.date]]);
  p1.drawText('Signature:', { x: 60, y, size: 10, font });
  p1.drawLine({ start: { x: 120, y: y - 2 }, end: { x: 330, y: y - 2 }, thickness: 0.5 });
  if (v.signed) drawSignature(p1, 130, y - 4, v.surname.length);
  y -= 30;
  para(p1, 'Authorised signatories: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors (see page 2).', 60, y, font, 8.5, 475);
  oeGuidance(doc.addPage([595.28, 841.89]), font, bold, true);
  return save(doc);
}

// ---------------------------------------------------------------- PCN user administrator request (flat)

export interface PcnForm {
  pcnName: string; pcnCode: string; memberPractices: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string;
  icbName: string; approverName: string; approverRole: string; approverEmail: string; onAel: string; date: string;
}

export async function pcnFlat(v: PcnForm, author: string): Promise<Buffer> {
  const doc = await newDoc('PCN User Admin request', author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([841.89, 595.28]);
  page.drawText('PCSE Online - PCN User Administrator request (ICB approval)', { x: 40, y: 550, size: 14, font: bold });
  page.drawText('To be submitted to pcse.portalenquiries@nhs.net by an ICB approver listed on the NHSE Authorised Email List (AEL).', { x: 40, y: 532, size: 9, font });
  const cols = [40, 250, 520];
  let y = 500;
  const row = (a: string, b: string, c: string, f: PDFFont): void => {
    [a, b, c].forEach((t, i) => {
      const w = i === 0 ? 210 : i === 1 ? 270 : 280;
      page.drawRectangle({ x: cols[i]!, y: y - 6, width: w, height: 22, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      page.drawText(t, { x: cols[i]! + 4, y: y + 1, size: 9.5, font: f });
    });
    y -= 22;
  };
  row('Section', 'Item', 'Details', bold);
  row('1. PCN', 'PCN name', v.pcnName, font);
  row('', 'PCN ODS code', v.pcnCode, font);
  row('', 'Member practices', v.memberPractices, font);
  row('2. Nominated PCN user admin', 'Full name', v.nomineeName, font);
  row('', 'Role in PCN', v.nomineeRole, font);
  row('', 'Email address', v.nomineeEmail, font);
  row('3. ICB approval', 'ICB', v.icbName, font);
  row('', 'Approver name', v.approverName, font);
  row('', 'Approver job title', v.approverRole, font);
  row('', 'Approver email', v.approverEmail, font);
  row('', 'Listed on NHSE AEL?', v.onAel, font);
  row('', 'Date approved', v.date, font);
  return save(doc);
}

/** A scanned page (JPEG) placed on an A4 page, no text layer. */
export async function scanPdf(pages: Buffer[], title: string, producer: string): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  for (const jpg of pages) {
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return save(doc);
}
