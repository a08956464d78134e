// The PCSE forms attached in corpus-11, generated with pdf-lib: fillable AcroForms whose field names say
// little about the field, and flat text PDFs with the value below its label or in a table cell.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';

const FIXED_DATE = new Date('2026-11-01T09:00:00Z');

async function newDoc(title: string) {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('Forms Designer 11.2');
  doc.setCreator('Word');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const italic = await doc.embedFont(StandardFonts.HelveticaOblique);
  return { doc, font, bold, italic };
}

function text(page: PDFPage, s: string, x: number, y: number, font: PDFFont, size = 10) {
  page.drawText(s, { x, y, size, font, color: rgb(0, 0, 0) });
}

function line(page: PDFPage, x1: number, y1: number, x2: number, y2: number) {
  page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.6, color: rgb(0.3, 0.3, 0.3) });
}

function header(page: PDFPage, bold: PDFFont, font: PDFFont, title: string, sub: string) {
  text(page, 'Primary Care Support England', 50, 800, font, 9);
  text(page, title, 50, 776, bold, 14);
  text(page, sub, 50, 760, font, 9);
}

// ---------------------------------------------------------------------------------------------------------------
// GPP Practice User Administrator Certification form, fillable. Field names are the designer's defaults.
export interface GppValues {
  practiceName: string; practiceCode: string; practiceAddress: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; signature: string; date: string;
}

export async function gppCertAcro(v: GppValues): Promise<Uint8Array> {
  const { doc, font, bold } = await newDoc('GP Payments and Pensions Practice User Administrator Certification');
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  header(page, bold, font, 'GP Payments and Pensions - Practice User Administrator Certification', 'Complete both parts and return to pcse.portalenquiries@nhs.net');
  const rows: [string, string, string, number][] = [
    ['Part 1 - Practice and nominated User Administrator', '', '', 720],
    ['Practice name', 'Text Field 12', v.practiceName, 695],
    ['Practice code (ODS)', 'Text Field 13', v.practiceCode, 670],
    ['Practice address', 'Text Field 14', v.practiceAddress, 645],
    ['Full name of nominee', 'Text Field 2', v.nomineeName, 610],
    ['Job title', 'Text Field 3', v.nomineeJob, 585],
    ['NHS email address', 'Text Field 4', v.nomineeEmail, 560],
    ['Contact telephone', 'Text Field 5', v.nomineePhone, 535],
    ['Part 2 - Authorisation by an organisation approver', '', '', 490],
    ['I certify that the person named in Part 1 should be given the GPP Practice User Administrator role.', '', '', 470],
    ['Approver name', 'Text Field 21', v.approverName, 440],
    ['Position in practice', 'Text Field 22', v.approverRole, 415],
    ['Approver email', 'Text Field 23', v.approverEmail, 390],
    ['Signature', 'Text Field 24', v.signature, 365],
    ['Date', 'Text Field 25', v.date, 340],
  ];
  for (const [label, name, value, y] of rows) {
    if (!name) { text(page, label, 50, y, label.startsWith('Part') ? bold : font, label.startsWith('Part') ? 11 : 9); continue; }
    text(page, label, 50, y + 5, font, 10);
    const f = form.createTextField(name);
    if (value) f.setText(value);
    f.addToPage(page, { x: 210, y, width: 330, height: 18, font });
  }
  text(page, 'Part 2 must be completed by one of the organisation\'s approvers.', 50, 300, font, 8);
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}

// GPP certification, flat: each value printed on the line below its label (a typed, printed-to-PDF copy).
export async function gppCertFlatBelow(v: GppValues): Promise<Uint8Array> {
  const { doc, font, bold, italic } = await newDoc('GPP User Admin Certification (completed)');
  const page = doc.addPage([595, 842]);
  header(page, bold, font, 'GP Payments and Pensions', 'Practice User Administrator Certification Form');
  let y = 725;
  const block = (label: string, value: string, f: PDFFont = font) => {
    text(page, label, 50, y, bold, 9);
    y -= 15;
    if (value) text(page, value, 60, y, f, 11);
    line(page, 55, y - 4, 540, y - 4);
    y -= 26;
  };
  text(page, 'PART ONE: PRACTICE DETAILS AND NOMINEE', 50, y, bold, 11); y -= 24;
  block('Name of practice', v.practiceName);
  block('Practice ODS code', v.practiceCode);
  block('Address', v.practiceAddress);
  block('Name of person to be set up as GPP Practice User Administrator', v.nomineeName);
  block('Their role at the practice', v.nomineeJob);
  block('Their nhs.net email address', v.nomineeEmail);
  block('Telephone', v.nomineePhone);
  y -= 6;
  text(page, 'PART TWO: APPROVER', 50, y, bold, 11); y -= 24;
  block('Approver full name', v.approverName);
  block('Approver position', v.approverRole);
  block('Approver email', v.approverEmail);
  block('Signature', v.signature, italic);
  block('Date', v.date);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// Open Exeter Primary User request.
export interface OeValues {
  orgName: string; orgCode: string; orgAddress: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  signatoryName: string; signatoryEmail: string; signatoryRoleBox: string; signature: string; date: string;
}

const GP_BOXES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OTHER_BOXES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];

function oeGuidancePage(doc: PDFDocument, font: PDFFont, bold: PDFFont, gp: boolean) {
  const p2 = doc.addPage([595, 842]);
  text(p2, 'Guidance notes', 50, 790, bold, 12);
  const lines = [
    'The Primary User manages Open Exeter access for other members of staff in the organisation.',
    'The form must be signed by an authorised signatory at the bottom of page 1,',
    'otherwise PCSE is unable to process the request.',
    gp ? 'GP practices: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.'
      : 'Other organisations: Caldicott Guardian, Member of the Board of Directors, an existing Primary User.',
    'Return the completed form to pcse.openexeter@nhs.net',
  ];
  lines.forEach((l, i) => text(p2, l, 50, 760 - i * 16, font, 9));
}

// Fillable, field names from a converted XFA form.
export async function oeAcro(v: OeValues, gp: boolean): Promise<Uint8Array> {
  const { doc, font, bold } = await newDoc(gp ? 'Open Exeter Primary User Request - GP Practice' : 'Open Exeter Primary User Request - Other Organisations');
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  header(page, bold, font, gp ? 'Open Exeter - Request for a Primary User (GP Practices)' : 'Open Exeter - Request for a Primary User (Other Organisations)', 'Cervical screening administration');
  const P = 'topmostSubform[0].Page1[0]';
  const rows: [string, string, string, number][] = [
    [gp ? 'Section A - Practice' : 'Section A - Organisation', '', '', 725],
    [gp ? 'Practice name' : 'Organisation name', `${P}.TextField1[0]`, v.orgName, 700],
    [gp ? 'Practice code' : 'Organisation code', `${P}.TextField1[1]`, v.orgCode, 676],
    ['Address', `${P}.TextField1[2]`, v.orgAddress, 652],
    ['Section B - Primary User to be set up', '', '', 615],
    ['Full name', `${P}.TextField2[0]`, v.nomineeName, 590],
    ['Job title', `${P}.TextField2[1]`, v.nomineeJob, 566],
    ['Email', `${P}.TextField2[2]`, v.nomineeEmail, 542],
    ['Telephone', `${P}.TextField2[3]`, v.nomineePhone, 518],
    ['Section C - Authorised signatory', '', '', 480],
    ['Name', `${P}.TextField3[0]`, v.signatoryName, 455],
    ['Email', `${P}.TextField3[1]`, v.signatoryEmail, 431],
  ];
  for (const [label, name, value, y] of rows) {
    if (!name) { text(page, label, 50, y, bold, 11); continue; }
    text(page, label, 50, y + 5, font, 10);
    const f = form.createTextField(name);
    if (value) f.setText(value);
    f.addToPage(page, { x: 190, y, width: 350, height: 18, font });
  }
  text(page, 'Signatory role (tick one):', 50, 405, font, 10);
  const boxes = gp ? GP_BOXES : OTHER_BOXES;
  boxes.forEach((b, i) => {
    const y = 385 - i * 20;
    const cb = form.createCheckBox(`${P}.CheckBox${i + 1}[0]`);
    cb.addToPage(page, { x: 60, y, width: 12, height: 12 });
    if (b === v.signatoryRoleBox) cb.check();
    text(page, b, 80, y + 2, font, 10);
  });
  const sy = 385 - boxes.length * 20 - 20;
  text(page, 'Signature', 50, sy + 5, font, 10);
  const sig = form.createTextField(`${P}.Signature1[0]`);
  if (v.signature) sig.setText(v.signature);
  sig.addToPage(page, { x: 190, y: sy, width: 200, height: 18, font });
  text(page, 'Date', 400, sy + 5, font, 10);
  const dt = form.createTextField(`${P}.DateField1[0]`);
  if (v.date) dt.setText(v.date);
  dt.addToPage(page, { x: 430, y: sy, width: 110, height: 18, font });
  text(page, 'Page 1 of 2', 270, 40, font, 8);
  oeGuidancePage(doc, font, bold, gp);
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}

// Flat: value printed below its label.
export async function oeFlatBelow(v: OeValues, gp: boolean): Promise<Uint8Array> {
  const { doc, font, bold, italic } = await newDoc('Open Exeter Primary User form');
  const page = doc.addPage([595, 842]);
  header(page, bold, font, gp ? 'Open Exeter Primary User Request: GP Practices' : 'Open Exeter Primary User Request: Other Organisations', 'Please complete in BLOCK CAPITALS or type');
  let y = 725;
  const block = (label: string, value: string, f: PDFFont = font) => {
    text(page, label, 50, y, bold, 9);
    y -= 15;
    if (value) text(page, value, 60, y, f, 11);
    y -= 22;
  };
  block(gp ? 'PRACTICE NAME' : 'ORGANISATION NAME', v.orgName);
  block(gp ? 'PRACTICE CODE' : 'ORGANISATION CODE', v.orgCode);
  block('ADDRESS', v.orgAddress);
  text(page, 'PRIMARY USER', 50, y, bold, 11); y -= 22;
  block('NAME', v.nomineeName);
  block('JOB TITLE', v.nomineeJob);
  block('EMAIL ADDRESS', v.nomineeEmail);
  block('TELEPHONE', v.nomineePhone);
  text(page, 'AUTHORISED SIGNATORY', 50, y, bold, 11); y -= 22;
  block('NAME OF SIGNATORY', v.signatoryName);
  block('SIGNATORY EMAIL', v.signatoryEmail);
  block('CAPACITY IN WHICH SIGNING', v.signatoryRoleBox);
  block('SIGNATURE', v.signature, italic);
  block('DATE', v.date);
  text(page, 'Page 1 of 2', 270, 40, font, 8);
  oeGuidancePage(doc, font, bold, gp);
  return doc.save({ useObjectStreams: false });
}

// Flat: a two-column table, label cell on the left, value cell on the right.
export async function oeFlatTable(v: OeValues, gp: boolean): Promise<Uint8Array> {
  const { doc, font, bold, italic } = await newDoc('OE PU request');
  const page = doc.addPage([595, 842]);
  header(page, bold, font, gp ? 'Open Exeter: Primary User Application (GP Practice)' : 'Open Exeter: Primary User Application', 'Cervical Screening Administration Service');
  const rows: [string, string, boolean?][] = [
    [gp ? 'Practice' : 'Organisation', v.orgName],
    ['Code', v.orgCode],
    ['Address', v.orgAddress],
    ['Primary User name', v.nomineeName],
    ['Primary User job title', v.nomineeJob],
    ['Primary User email', v.nomineeEmail],
    ['Primary User telephone', v.nomineePhone],
    ['Signatory name', v.signatoryName],
    ['Signatory email', v.signatoryEmail],
    ['Signatory role', v.signatoryRoleBox],
    ['Signature', v.signature, true],
    ['Date', v.date],
  ];
  const top = 730, h = 26, x0 = 50, x1 = 230, x2 = 545;
  rows.forEach(([label, value, sig], i) => {
    const y = top - i * h;
    line(page, x0, y, x2, y);
    text(page, label, x0 + 6, y - 17, bold, 10);
    if (value) text(page, value, x1 + 6, y - 17, sig ? italic : font, 10);
  });
  const bottom = top - rows.length * h;
  line(page, x0, bottom, x2, bottom);
  line(page, x0, top, x0, bottom);
  line(page, x1, top, x1, bottom);
  line(page, x2, top, x2, bottom);
  text(page, 'Page 1 of 2', 270, 40, font, 8);
  oeGuidancePage(doc, font, bold, gp);
  return doc.save({ useObjectStreams: false });
}
