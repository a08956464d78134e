// The attached documents of corpus-34 (writer AD). Layouts are this writer's own; the values come from the emails.
import { StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { ACROBAT, Flat, LIBRE, SCANNER, WORD, WORD2016, a4Canvas, addFaxPage, addJpegPage, newDoc, saveDoc, scribblePath, type Painter } from './pdfkit.js';
import { seedOf } from './lib.js';

const D = (iso: string) => new Date(iso);

// ---------------------------------------------------------------------------------------------------------------
// GPP Practice User Administrator certification: shared wording
const GPP_TITLE = 'GP Payments and Pensions (GPP) Practice User Administrator Certification';
const GPP_INTRO = 'Use this form to nominate a GPP Practice User Administrator for PCSE Online where your practice has no user administrator. Complete both parts and return the form to pcse.portalenquiries@nhs.net.';
const GPP_DECL = 'I certify that I am an approver for the organisation named in Part A and that the person named above should be given the GPP Practice User Administrator role for this organisation.';

export interface GppCert {
  practiceName: string; odsCode: string; address: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string;
}

/** A fillable AcroForm with names a hurried form designer left behind. */
export async function gppCertAcroOdd(d: GppCert, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'GPP UA Certification', author: 'pcse-forms', ...ACROBAT, date: D(created) });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  const form = doc.getForm();
  const H = 841.89;
  const t = (x: number, y: number, s: string, size = 10, f: PDFFont = helv) => page.drawText(s, { x, y: H - y, size, font: f });
  t(50, 60, GPP_TITLE, 12.5, bold);
  wrapAt(page, helv, GPP_INTRO, 50, 82, 495, 9);
  t(50, 130, 'Part A - Organisation and nominee', 11, bold);
  const fields: [string, string, string][] = [
    ['Practice name', 'Practice Name_1', d.practiceName],
    ['Practice code (ODS)', 'ODS  Code', d.odsCode],
    ['Practice address', 'fill_3', d.address],
    ['Nominee full name', 'fill_4', d.nomineeName],
    ['Nominee job title', 'Job_Title_3', d.nomineeJob],
    ['Nominee email address', 'NOMINEE EMAIL ADDRESS (nhs.net only)', d.nomineeEmail],
    ['Nominee telephone', 'fill_7', d.nomineePhone],
  ];
  let y = 150;
  for (const [label, name, value] of fields) {
    t(50, y + 13, label, 9.5);
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x: 200, y: H - y - 18, width: 345, height: 18, font: helv, borderWidth: 0.6, borderColor: rgb(0.3, 0.3, 0.3) });
    y += 26;
  }
  t(50, y + 22, 'Part B - Approver certification', 11, bold);
  wrapAt(page, helv, GPP_DECL, 50, y + 40, 495, 9);
  y += 78;
  const bfields: [string, string, string][] = [
    ['Approver name (print)', 'Approver.0', d.approverName],
    ['Approver role / position', 'Approver.Role', d.approverRole],
    ['Approver email address', 'Approver.e-mail', d.approverEmail],
    ['Date', 'Date_af_date', d.date],
  ];
  for (const [label, name, value] of bfields) {
    t(50, y + 13, label, 9.5);
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x: 200, y: H - y - 18, width: 345, height: 18, font: helv, borderWidth: 0.6, borderColor: rgb(0.3, 0.3, 0.3) });
    y += 26;
  }
  t(50, y + 13, 'Signature', 9.5);
  page.drawRectangle({ x: 200, y: H - y - 40, width: 220, height: 40, borderWidth: 0.6, borderColor: rgb(0.3, 0.3, 0.3) });
  page.drawSvgPath(scribblePath(seedOf(d.approverName), 150, 28), { x: 215, y: H - y - 6, borderWidth: 1.1, borderColor: rgb(0.05, 0.1, 0.4) });
  const cb = form.createCheckBox('Check Box1');
  cb.addToPage(page, { x: 50, y: H - y - 80, width: 11, height: 11 });
  cb.check();
  t(68, y + 79, 'I have read the PCSE Online user administrator responsibilities.', 9);
  t(50, 810, 'GPP UA cert v2.1  |  Page 1 of 1', 7.5);
  return saveDoc(doc);
}

/** The same certification after Acrobat's "Prepare Form" auto-detection: undefined, Name_2 and friends. */
export async function gppCertAcroAuto(d: GppCert, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Microsoft Word - GPP_UA_Certification_Form_v3.docx', author: 'hollandk', ...ACROBAT, date: D(created) });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const H = 841.89;
  const p1 = doc.addPage([595.28, 841.89]);
  const p2 = doc.addPage([595.28, 841.89]);
  const form = doc.getForm();
  const put = (page: PDFPage, x: number, y: number, s: string, size = 10, f: PDFFont = helv) => page.drawText(s, { x, y: H - y, size, font: f });
  const field = (page: PDFPage, name: string, value: string, x: number, y: number, w: number) => {
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x, y: H - y - 16, width: w, height: 16, font: helv, borderWidth: 0 });
    page.drawLine({ start: { x, y: H - y - 16 }, end: { x: x + w, y: H - y - 16 }, thickness: 0.5 });
  };
  put(p1, 56, 64, 'Primary Care Support England', 9);
  put(p1, 56, 90, GPP_TITLE, 12, bold);
  wrapAt(p1, helv, GPP_INTRO, 56, 110, 480, 9.5);
  put(p1, 56, 160, 'PART A', 11, bold);
  const rows: [string, string, string][] = [
    ['Name of practice:', 'undefined', d.practiceName],
    ['Practice ODS code:', 'undefined_2', d.odsCode],
    ['Address:', 'undefined_3', d.address],
    ['Name:', 'Name', d.nomineeName],
    ['Job title:', 'Text3', d.nomineeJob],
    ['Email:', 'Email', d.nomineeEmail],
    ['Telephone:', 'Telephone', d.nomineePhone],
  ];
  let y = 180;
  for (const [i, [label, name, value]] of rows.entries()) {
    if (i === 3) { put(p1, 56, y + 16, 'Details of the person to be nominated', 10, bold); y += 26; }
    put(p1, 56, y + 12, label, 10);
    field(p1, name, value, 190, y, 340);
    y += 28;
  }
  put(p1, 56, 800, 'Continued overleaf', 8);
  put(p2, 56, 70, 'PART B', 11, bold);
  wrapAt(p2, helv, GPP_DECL, 56, 92, 480, 9.5);
  y = 140;
  const brows: [string, string, string][] = [
    ['Name:', 'Name_2', d.approverName],
    ['Position:', 'Position', d.approverRole],
    ['Email:', 'Email_2', d.approverEmail],
    ['Date:', 'Date', d.date],
  ];
  for (const [label, name, value] of brows) {
    put(p2, 56, y + 12, label, 10);
    field(p2, name, value, 190, y, 340);
    y += 28;
  }
  put(p2, 56, y + 22, 'Signature:', 10);
  p2.drawSvgPath(scribblePath(seedOf(`${d.approverName}x`), 130, 26), { x: 195, y: H - y - 4, borderWidth: 1, borderColor: rgb(0, 0, 0) });
  p2.drawLine({ start: { x: 190, y: H - y - 30 }, end: { x: 530, y: H - y - 30 }, thickness: 0.5 });
  return saveDoc(doc);
}

/** Flat Word export: labels and values as separate runs in two columns; a pasted signature image as vectors. */
export async function gppCertFlat(d: GppCert, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'GPP Practice User Administrator Certification', author: d.nomineeName, ...WORD, date: D(created) });
  const f = await Flat.make(doc, 'helvetica', 10);
  f.line(GPP_TITLE, { size: 12, bold: true });
  f.space(4);
  f.wrap(GPP_INTRO, { size: 9 });
  f.space(10);
  f.line('Part A', { bold: true, size: 11 });
  f.kv('Practice name', d.practiceName, { vx: 250 });
  f.kv('Practice ODS code', d.odsCode, { vx: 250 });
  f.kv('Practice address', d.address, { vx: 250 });
  f.space(6);
  f.kv('Nominee name', d.nomineeName, { vx: 250 });
  f.kv('Nominee job title', d.nomineeJob, { vx: 250 });
  f.kv('Nominee email', d.nomineeEmail, { vx: 250 });
  f.kv('Nominee telephone', d.nomineePhone, { vx: 250 });
  f.space(14);
  f.line('Part B', { bold: true, size: 11 });
  f.wrap(GPP_DECL, { size: 9 });
  f.kv('Approver name', d.approverName, { vx: 250 });
  f.kv('Approver position', d.approverRole, { vx: 250 });
  f.kv('Approver email', d.approverEmail, { vx: 250 });
  f.kv('Signature', '', { vx: 250 });
  f.signature(250, f.y + 4, seedOf(d.approverEmail));
  f.space(20);
  f.kv('Date', d.date, { vx: 250 });
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
export interface PcnForm {
  pcnName: string; pcnCode: string; leadPractice: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  requestedBy: string; requestedRole: string;
  icbName: string; icbApprover: string; icbRole: string; icbEmail: string; icbDate: string;
}

export async function pcnFormFlat(d: PcnForm, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'PCN User Admin Request', author: d.requestedBy, ...WORD2016, date: D(created) });
  const f = await Flat.make(doc, 'helvetica', 10);
  f.line('PCSE Online - PCN User Administrator request', { size: 13, bold: true });
  f.space(2);
  f.wrap('For Primary Care Networks with no PCN user administrator. The request must be approved by an ICB approver listed on the NHSE Authorised Email List (AEL) and sent to PCSE by that approver.', { size: 9 });
  f.space(8);
  f.table([['Section 1', 'PCN details']], [60, 160, 535], { head: true });
  f.kv('PCN name', d.pcnName, { lx: 66, vx: 245 });
  f.kv('PCN ODS code', d.pcnCode, { lx: 66, vx: 245 });
  f.kv('Lead / host practice', d.leadPractice, { lx: 66, vx: 245 });
  f.space(10);
  f.table([['Section 2', 'Person to be set up as PCN user administrator']], [60, 160, 535], { head: true });
  f.kv('Full name', d.nomineeName, { lx: 66, vx: 245 });
  f.kv('Role in PCN', d.nomineeRole, { lx: 66, vx: 245 });
  f.kv('Email address', d.nomineeEmail, { lx: 66, vx: 245 });
  f.kv('Telephone', d.nomineePhone, { lx: 66, vx: 245 });
  f.kv('Requested by', `${d.requestedBy} (${d.requestedRole})`, { lx: 66, vx: 245 });
  f.space(10);
  f.table([['Section 3', 'ICB approval (to be completed by the ICB approver)']], [60, 160, 535], { head: true });
  f.kv('ICB', d.icbName, { lx: 66, vx: 245 });
  f.kv('Approver name', d.icbApprover, { lx: 66, vx: 245 });
  f.kv('Job title', d.icbRole, { lx: 66, vx: 245 });
  f.kv('Approver email', d.icbEmail, { lx: 66, vx: 245 });
  f.kv('Date approved', d.icbDate, { lx: 66, vx: 245 });
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
export interface ChangeOfDetails {
  practiceName: string; odsCode: string; address: string;
  rows: [string, string, string][]; // item, current, new
  contactName: string; contactRole: string; date: string;
}

/** Word export with an old/new comparison table. */
export async function changeOfDetailsTable(d: ChangeOfDetails, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Change of practice details', author: d.contactName, ...WORD, date: D(created) });
  const f = await Flat.make(doc, 'helvetica', 10);
  f.line('NOTIFICATION OF CHANGE OF PRACTICE DETAILS', { size: 12.5, bold: true });
  f.space(6);
  f.kv('Practice:', d.practiceName, { vx: 160 });
  f.kv('Practice code:', d.odsCode, { vx: 160 });
  f.kv('Address:', d.address, { vx: 160 });
  f.space(14);
  f.table([['Detail', 'Current (old)', 'New'], ...d.rows], [60, 170, 352, 535], { head: true, size: 9.5 });
  f.space(18);
  f.kv('Completed by:', d.contactName, { vx: 160 });
  f.kv('Role:', d.contactRole, { vx: 160 });
  f.kv('Date:', d.date, { vx: 160 });
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
export interface ExtensionLetter {
  letterhead: string[]; date: string; salutation: string; paras: string[];
  existing: [string, string][]; // label, value (Existing pharmacy column)
  newer: [string, string][]; // label, value (New pharmacy column)
  signOff: string[];
}

/** A letter with two side-by-side columns: the existing pharmacy and the new pharmacy. */
export async function extensionLetter(d: ExtensionLetter, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Letter to PCSE', author: d.signOff[0], ...LIBRE, date: D(created) });
  const f = await Flat.make(doc, 'times', 11);
  for (const [i, l] of d.letterhead.entries()) f.line(l, { x: 330, size: i === 0 ? 14 : 9.5, bold: i === 0, gap: 2 });
  f.rule(60, 535, 10, 1);
  f.space(10);
  f.line(d.date);
  f.space(10);
  f.line('Primary Care Support England - Data Management');
  f.line('By email: pcse.datamanager@nhs.net');
  f.space(12);
  f.line(d.salutation);
  f.space(4);
  for (const p of d.paras) { f.wrap(p); f.space(6); }
  f.space(4);
  const top = f.y + 14;
  f.at(60, top, 'EXISTING PHARMACY', { bold: true, size: 10.5 });
  f.at(305, top, 'NEW PHARMACY', { bold: true, size: 10.5 });
  const column = (rows: [string, string][], lx: number, vx: number): number => {
    let y = top + 4;
    for (const [l, v] of rows) {
      y += 15;
      f.at(lx, y, l, { size: 10 });
      v.split('\n').forEach((part, i) => f.at(vx, y + i * 12.5, part, { size: 10 }));
      y += (v.split('\n').length - 1) * 12.5;
    }
    return y;
  };
  f.y = Math.max(column(d.existing, 60, 150), column(d.newer, 305, 385)) + 16;
  f.line('Yours sincerely');
  f.space(6);
  f.signature(60, f.y + 4, seedOf(d.signOff[0]!));
  f.space(30);
  for (const l of d.signOff) f.line(l, { gap: 2 });
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
export interface BranchLetter {
  letterhead: string[]; partners: string; date: string; paras: string[];
  main: [string, string][]; branch: [string, string][]; signOff: string[];
}

export async function branchLetter(d: BranchLetter, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Branch set up request', author: d.signOff[0], ...WORD, date: D(created) });
  const f = await Flat.make(doc, 'helvetica', 10);
  for (const [i, l] of d.letterhead.entries()) f.line(l, { size: i === 0 ? 15 : 9, bold: i === 0, gap: 2 });
  f.wrap(d.partners, { size: 7.5 });
  f.rule(60, 535, 6, 0.8);
  f.space(14);
  f.line(d.date);
  f.space(8);
  f.line('Dear PCSE Data Management team,');
  f.space(4);
  for (const p of d.paras) { f.wrap(p); f.space(6); }
  f.line('Main practice', { bold: true, size: 10.5, gap: 8 });
  for (const [l, v] of d.main) f.kv(l, v, { lx: 72, vx: 245, gap: 5 });
  f.space(10);
  f.line('Branch practice', { bold: true, size: 10.5, gap: 8 });
  for (const [l, v] of d.branch) f.kv(l, v, { lx: 72, vx: 245, gap: 5 });
  f.space(14);
  f.line('Kind regards,');
  f.space(28);
  for (const l of d.signOff) f.line(l, { gap: 2 });
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Open Exeter Primary User request (GP practices): shared wording
export interface OeGp {
  practiceName: string; odsCode: string; address: string; phone: string;
  title: string; forename: string; surname: string; job: string; email: string; direct: string;
  tick: number | null; // 0 Lead GP, 1 GP Partner, 2 Caldicott Guardian, 3 Existing Primary Contact, 4 Board member
  sigName: string; sigPosition: string; sigEmail: string; date: string; signed: boolean;
}
const OE_TITLE = 'Open Exeter - Request for a Primary User (GP Practices)';
const OE_INTRO = 'Use this form to ask for a member of staff at a GP practice to be set up as an Open Exeter Primary User (Organisation Maintenance). Email the completed and signed form to pcse.openexeter@nhs.net.';
const OE_TICKS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OE_DECL = 'I confirm that the person named in Section 2 should be set up as a Primary User of Open Exeter for this practice. I am (tick one):';
const OE_FOOT = 'This form must be signed by an authorised signatory at the bottom of page 1 or it cannot be processed.';

/** Word export of the OE GP form: two-column label/value runs, a position line, a typed or drawn signature. */
export async function oeGpWord(d: OeGp, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'OE Primary User form', author: d.sigName, ...WORD, date: D(created) });
  const f = await Flat.make(doc, 'helvetica', 10);
  f.line(OE_TITLE, { size: 12.5, bold: true });
  f.space(2);
  f.wrap(OE_INTRO, { size: 9 });
  f.space(6);
  f.line('Section 1 - Practice', { bold: true, size: 10.5, gap: 8 });
  f.kv('Practice name', d.practiceName);
  f.kv('Practice code', d.odsCode);
  f.kv('Address', d.address);
  f.kv('Telephone', d.phone);
  f.space(6);
  f.line('Section 2 - Proposed Primary User', { bold: true, size: 10.5, gap: 8 });
  f.kv('Title', d.title);
  f.kv('Forename', d.forename);
  f.kv('Surname', d.surname);
  f.kv('Job title', d.job);
  f.kv('NHS email address', d.email);
  f.kv('Direct telephone', d.direct);
  f.space(6);
  f.line('Section 3 - Authorised signatory', { bold: true, size: 10.5, gap: 8 });
  f.wrap(OE_DECL, { size: 9.5 });
  for (const [i, l] of OE_TICKS.entries()) {
    f.y += 15;
    f.box(72, f.y - 9, 10, 10);
    if (d.tick === i) f.tick(72, f.y - 9);
    f.at(90, f.y, l, { size: 9.5 });
  }
  f.space(6);
  f.kv('Name', d.sigName);
  f.kv('Position', d.sigPosition);
  f.kv('Email', d.sigEmail);
  f.kv('Signature', '');
  if (d.signed) f.signature(230, f.y - 10, seedOf(d.sigName));
  f.space(14);
  f.kv('Date', d.date);
  f.space(22);
  f.wrap(OE_FOOT, { size: 8.5, bold: true });
  f.at(60, 815, 'OE-PU-GP v4  Page 1 of 1', { size: 7 });
  return saveDoc(doc);
}

/** The OE GP form as a LibreOffice fillable form: "Text Box 7", "Check Box 3", an empty signature box. */
export async function oeGpAcro(d: OeGp, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'OE_PrimaryUser_GP_fillable', ...LIBRE, date: D(created) });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const H = 841.89;
  const page = doc.addPage([595.28, 841.89]);
  const form = doc.getForm();
  const t = (x: number, y: number, s: string, size = 9.5, fnt: PDFFont = helv) => page.drawText(s, { x, y: H - y, size, font: fnt });
  t(50, 56, OE_TITLE, 12.5, bold);
  wrapAt(page, helv, OE_INTRO, 50, 76, 495, 9);
  let n = 1;
  const tf = (label: string, value: string, y: number) => {
    t(50, y + 12, label);
    const f = form.createTextField(`Text Box ${n++}`);
    f.setText(value);
    f.addToPage(page, { x: 200, y: H - y - 16, width: 345, height: 16, font: helv, borderWidth: 0.5, borderColor: rgb(0.4, 0.4, 0.4), backgroundColor: rgb(0.93, 0.95, 1) });
  };
  t(50, 120, 'Section 1 - Practice', 10.5, bold);
  let y = 128;
  for (const [l, v] of [['Practice name', d.practiceName], ['Practice code', d.odsCode], ['Address', d.address], ['Telephone', d.phone]] as const) { tf(l, v, y); y += 22; }
  t(50, y + 18, 'Section 2 - Proposed Primary User', 10.5, bold);
  y += 26;
  for (const [l, v] of [['Title', d.title], ['Forename', d.forename], ['Surname', d.surname], ['Job title', d.job], ['NHS email address', d.email], ['Direct telephone', d.direct]] as const) { tf(l, v, y); y += 22; }
  t(50, y + 18, 'Section 3 - Authorised signatory', 10.5, bold);
  y = wrapAt(page, helv, OE_DECL, 50, y + 34, 495, 9) + 6;
  for (const [i, l] of OE_TICKS.entries()) {
    const cb = form.createCheckBox(`Check Box ${i + 1}`);
    cb.addToPage(page, { x: 66, y: H - y - 11, width: 10, height: 10 });
    if (d.tick === i) cb.check();
    t(84, y + 9, l, 9);
    y += 15;
  }
  y += 6;
  for (const [l, v] of [['Name', d.sigName], ['Position', d.sigPosition], ['Email', d.sigEmail]] as const) { tf(l, v, y); y += 22; }
  t(50, y + 12, 'Signature');
  const sig = form.createTextField('Signature1');
  sig.addToPage(page, { x: 200, y: H - y - 36, width: 220, height: 36, font: helv, borderWidth: 0.5, borderColor: rgb(0.4, 0.4, 0.4), backgroundColor: rgb(0.93, 0.95, 1) });
  if (d.signed) sig.setText(d.sigName);
  y += 42;
  t(50, y + 12, 'Date');
  const dt = form.createTextField('Date1_af_date');
  dt.setText(d.signed ? d.date : '');
  dt.addToPage(page, { x: 200, y: H - y - 16, width: 120, height: 16, font: helv, borderWidth: 0.5, borderColor: rgb(0.4, 0.4, 0.4), backgroundColor: rgb(0.93, 0.95, 1) });
  t(50, 800, OE_FOOT, 8.5, bold);
  return saveDoc(doc);
}

/** The OE GP form printed blank and filled in by hand, sent through a fax-mode scanner (200 × 100 dpi, 1 bit). */
export async function oeGpFax(d: OeGp, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Scan', ...SCANNER, date: D(created) });
  const p = a4Canvas(200, seedOf(`${d.email}fax`), 0.6);
  paintOeGp(p, d, 'hand');
  p.printed(40, 22, `12/11/2026 16:42  FROM: 01204 555 019  ST AIDANS SURG   TO: SCAN   P.001/001`, 7.5, { grey: '#000000' });
  addFaxPage(doc, p.canvas, seedOf(`${d.email}noise`));
  return saveDoc(doc);
}

/** The OE GP form typed, printed, signed by hand and scanned fed sideways (150 dpi grey, page turned 90°). */
export async function oeGpRotated(d: OeGp, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'SCN_0042', ...SCANNER, date: D(created) });
  const p = a4Canvas(150, seedOf(`${d.email}rot`), -0.8);
  paintOeGp(p, d, 'typed');
  p.speckle(260, 595, 842);
  await addJpegPage(doc, p.canvas, { quality: 72, rotate90: true, dpi: 150, seed: seedOf(`${d.email}rn`), tint: 14, noise: 18 });
  return saveDoc(doc);
}

function paintOeGp(p: Painter, d: OeGp, mode: 'hand' | 'typed'): void {
  const val = (x: number, y: number, s: string) => (mode === 'hand' ? p.hand(x, y, s, 12.5) : p.printed(x, y, s, 10.5));
  p.printed(50, 62, OE_TITLE, 13.5, { bold: true });
  wrapPaint(p, OE_INTRO, 50, 82, 495, 9);
  p.printed(50, 128, 'Section 1 - Practice', 11, { bold: true });
  let y = 148;
  for (const [l, v] of [['Practice name', d.practiceName], ['Practice code', d.odsCode], ['Address', d.address], ['Telephone', d.phone]] as const) {
    p.printed(50, y, l, 9.5);
    p.line(190, y + 3, 545, y + 3, 0.5);
    val(196, y - 1, v);
    y += 24;
  }
  p.printed(50, y + 6, 'Section 2 - Proposed Primary User', 11, { bold: true });
  y += 30;
  for (const [l, v] of [['Title', d.title], ['Forename', d.forename], ['Surname', d.surname], ['Job title', d.job], ['NHS email address', d.email], ['Direct telephone', d.direct]] as const) {
    p.printed(50, y, l, 9.5);
    p.line(190, y + 3, 545, y + 3, 0.5);
    val(196, y - 1, v);
    y += 24;
  }
  p.printed(50, y + 6, 'Section 3 - Authorised signatory', 11, { bold: true });
  wrapPaint(p, OE_DECL, 50, y + 24, 495, 9);
  y += 52;
  for (const [i, l] of OE_TICKS.entries()) {
    p.box(66, y - 9, 10, 10);
    if (d.tick === i) p.tick(65, y - 10);
    p.printed(84, y, l, 9.5);
    y += 16;
  }
  y += 10;
  for (const [l, v] of [['Name', d.sigName], ['Position', d.sigPosition], ['Email', d.sigEmail]] as const) {
    p.printed(50, y, l, 9.5);
    p.line(190, y + 3, 545, y + 3, 0.5);
    val(196, y - 1, v);
    y += 24;
  }
  p.printed(50, y + 10, 'Signature', 9.5);
  p.box(190, y - 8, 230, 40);
  if (d.signed) p.scribble(200, y - 4, 150, 30, seedOf(d.sigName));
  y += 50;
  p.printed(50, y, 'Date', 9.5);
  p.line(190, y + 3, 330, y + 3, 0.5);
  if (d.signed) p.hand(196, y - 1, d.date, 12);
  p.printed(50, 800, OE_FOOT, 8.5, { bold: true });
  p.printed(50, 822, 'OE-PU-GP v4  Page 1 of 1', 7);
}

// ---------------------------------------------------------------------------------------------------------------
export interface OeOther {
  orgName: string; orgType: string; orgCode: string; address: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  capacity: string; sigName: string; sigJob: string; sigEmail: string; date: string;
}

/** The OE form for organisations other than GP practices, Word export with a two-column table of runs. */
export async function oeOtherWord(d: OeOther, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Open Exeter Primary User Request - Other Organisations', author: d.sigName, ...WORD, date: D(created) });
  const f = await Flat.make(doc, 'helvetica', 10);
  f.line('Open Exeter - Request for a Primary User (organisations other than GP practices)', { size: 11.5, bold: true });
  f.space(4);
  f.wrap('For screening laboratories, colposcopy clinics, sexual health services, trusts and other organisations that use Open Exeter for cervical screening. Email the signed form to pcse.openexeter@nhs.net.', { size: 9 });
  f.space(10);
  f.table([
    ['Organisation name', d.orgName],
    ['Type of organisation', d.orgType],
    ['Organisation code', d.orgCode],
    ['Address', d.address],
  ], [60, 220, 535], { size: 9.5 });
  f.space(10);
  f.line('Proposed Primary User', { bold: true, size: 10.5, gap: 6 });
  f.space(6);
  f.table([
    ['Name', d.nomineeName],
    ['Job title', d.nomineeJob],
    ['Email address', d.nomineeEmail],
    ['Telephone', d.nomineePhone],
  ], [60, 220, 535], { size: 9.5 });
  f.space(10);
  f.line('Authorised signatory', { bold: true, size: 10.5, gap: 6 });
  f.wrap('The signatory must be the Caldicott Guardian, a member of the Board of Directors, or an existing Primary User within the organisation.', { size: 9 });
  f.space(7);
  f.table([
    ['Signing as', d.capacity],
    ['Name', d.sigName],
    ['Job title', d.sigJob],
    ['Email address', d.sigEmail],
    ['Signature', '\n\n'],
    ['Date', d.date],
  ], [60, 220, 535], { size: 9.5 });
  f.signature(232, f.y - 50, seedOf(d.sigEmail), 120, 24);
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
export interface OptoNomination {
  letterhead: string[]; practiceName: string; code: string; address: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  holderName: string; holderGoc: string; date: string;
}

/** A practice's own OPTO admin nomination form, typed, printed, signed in ink, scanned clean at 300 dpi. */
export async function optoNominationScan(d: OptoNomination, created: string): Promise<Uint8Array> {
  const doc = await newDoc({ title: 'Scanned Document', ...{ creator: 'Canon iR-ADV C3826', producer: 'Canon iR-ADV C3826' }, date: D(created) });
  const p = a4Canvas(300, seedOf(`${d.nomineeEmail}300`), 0.25);
  p.printed(50, 60, d.letterhead[0]!, 17, { bold: true, serif: true });
  let y = 78;
  for (const l of d.letterhead.slice(1)) { p.printed(50, y, l, 8.5, { serif: true, grey: '#333333' }); y += 12; }
  p.line(50, y, 545, y, 1);
  p.printed(50, y + 34, 'PCSE Online - Ophthalmic Payments user administrator nomination', 12.5, { bold: true });
  wrapPaint(p, 'As contract holder I nominate the colleague below for the OPTO Organisation User Administration role (Opto User Management (Organisation)) for our practice on PCSE Online.', 50, y + 56, 495, 10);
  y += 100;
  const rows: [string, string][] = [
    ['Practice name', d.practiceName], ['Practice (ODS) code', d.code], ['Practice address', d.address], [' ', ' '],
    ['Nominee name', d.nomineeName], ['Nominee role', d.nomineeRole], ['Nominee email', d.nomineeEmail], ['Nominee telephone', d.nomineePhone], [' ', ' '],
    ['Contract holder', d.holderName], ['GOC number', d.holderGoc],
  ];
  for (const [l, v] of rows) {
    if (l.trim()) {
      p.box(50, y - 13, 150, 20, 0.5);
      p.box(200, y - 13, 345, 20, 0.5);
      p.printed(56, y, l, 9.5, { bold: true });
      p.printed(206, y, v, 10);
    }
    y += 20;
  }
  y += 14;
  p.printed(50, y, 'Signature of contract holder', 9.5, { bold: true });
  p.box(214, y - 14, 220, 46, 0.5);
  p.scribble(228, y - 8, 160, 32, seedOf(d.holderName), '#14206b');
  y += 52;
  p.printed(50, y, 'Date', 9.5, { bold: true });
  p.hand(206, y, d.date, 12, '#14206b');
  p.speckle(40, 595, 842);
  await addJpegPage(doc, p.canvas, { quality: 82, dpi: 300, seed: seedOf(`${d.nomineeEmail}j`), tint: 4, noise: 6 });
  return saveDoc(doc);
}

// ---------------------------------------------------------------------------------------------------------------
function wrapAt(page: PDFPage, font: PDFFont, s: string, x: number, y: number, width: number, size: number): number {
  const H = page.getHeight();
  let cur = '';
  let yy = y;
  for (const w of s.split(' ')) {
    const next = cur ? `${cur} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && cur) { page.drawText(cur, { x, y: H - yy, size, font }); yy += size + 3; cur = w; } else cur = next;
  }
  if (cur) page.drawText(cur, { x, y: H - yy, size, font });
  return yy;
}

function wrapPaint(p: Painter, s: string, x: number, y: number, width: number, size: number): number {
  p.ctx.font = `${size}px "DejaVu Sans"`;
  let cur = '';
  let yy = y;
  for (const w of s.split(' ')) {
    const next = cur ? `${cur} ${w}` : w;
    if (p.ctx.measureText(next).width > width && cur) { p.printed(x, yy, cur, size); yy += size + 3; cur = w; p.ctx.font = `${size}px "DejaVu Sans"`; } else cur = next;
  }
  if (cur) p.printed(x, yy, cur, size);
  return yy;
}

