// The text and fillable PDF forms of corpus 38 (writer AH), all of this writer's own layouts, written with pdf-lib.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb, type RGB } from 'pdf-lib';

const FIXED = new Date('2026-11-02T08:00:00Z');

async function newDoc(meta: { title: string; author: string; creator: string; producer: string; date?: Date }): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date ?? FIXED);
  doc.setModificationDate(meta.date ?? FIXED);
  return doc;
}

const save = async (doc: PDFDocument): Promise<Buffer> => Buffer.from(await doc.save({ useObjectStreams: false }));

const WORD = 'Microsoft® Word for Microsoft 365';

/** Splits text into lines that fit a width. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

interface Fonts { reg: PDFFont; bold: PDFFont }

/** A label/value table as Word draws it: grey label column, ruled cells. Returns the y below the table. */
function table(page: PDFPage, f: Fonts, x: number, y: number, widths: number[], rows: string[][], opts: { size?: number; headerRow?: boolean; shade?: RGB; labelCols?: number[]; rowTops?: number[] } = {}): number {
  const size = opts.size ?? 10;
  const lh = size * 1.25;
  const shade = opts.shade ?? rgb(0.9, 0.9, 0.9);
  const labelCols = opts.labelCols ?? [0];
  let cy = y;
  rows.forEach((row, ri) => {
    const header = opts.headerRow && ri === 0;
    const cellLines = row.map((cell, ci) => wrap(cell, header || labelCols.includes(ci) ? f.bold : f.reg, size, widths[ci]! - 8));
    const h = Math.max(...cellLines.map((l) => l.length)) * lh + 8;
    opts.rowTops?.push(cy, h);
    let cx = x;
    row.forEach((_cell, ci) => {
      const w = widths[ci]!;
      if (header || labelCols.includes(ci)) page.drawRectangle({ x: cx, y: cy - h, width: w, height: h, color: header ? rgb(0.78, 0.85, 0.93) : shade });
      page.drawRectangle({ x: cx, y: cy - h, width: w, height: h, borderColor: rgb(0, 0, 0), borderWidth: 0.5 });
      cellLines[ci]!.forEach((ln, li) => {
        page.drawText(ln, { x: cx + 4, y: cy - 4 - size - li * lh + 1, size, font: header || labelCols.includes(ci) ? f.bold : f.reg, color: rgb(0, 0, 0) });
      });
      cx += w;
    });
    cy -= h;
  });
  return cy;
}

function para(page: PDFPage, font: PDFFont, text: string, x: number, y: number, width: number, size = 10, color = rgb(0, 0, 0)): number {
  const lines = wrap(text, font, size, width);
  lines.forEach((ln, i) => page.drawText(ln, { x, y: y - i * size * 1.3, size, font, color }));
  return y - lines.length * size * 1.3;
}

/** A pen signature as an SVG path, drawn in dark blue. */
function signature(page: PDFPage, path: string, x: number, y: number, scale = 1): void {
  page.drawSvgPath(path, { x, y, scale, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
}

export const SIGS = {
  lockhart: 'M0 0 C 8 -18, 14 -20, 18 -4 S 26 10, 30 -2 C 34 -14, 40 -12, 44 -2 L 52 -8 C 60 -16, 70 -2, 78 -6 S 96 -14, 110 -4',
  malhotra: 'M0 -4 C 6 -22, 12 -22, 14 -6 C 16 6, 24 6, 28 -8 C 30 -16, 36 -16, 40 -6 S 52 2, 58 -10 L 66 -2 C 74 6, 86 -16, 100 -8',
  dunmore: 'M0 -10 C 10 -2, 14 -26, 20 -12 S 30 0, 36 -12 C 42 -22, 48 -4, 54 -10 S 70 -18, 82 -8 S 96 -2, 104 -12',
  pritchard: 'M0 -2 L 6 -22 C 14 -26, 18 -14, 8 -12 C 18 -10, 22 -2, 28 -6 S 38 -14, 44 -6 C 50 2, 58 -12, 64 -6 S 80 -2, 92 -10',
  whitfield: 'M0 -12 C 4 -4, 8 -4, 10 -12 C 12 -4, 16 -4, 18 -14 M 22 -8 C 30 -20, 36 -2, 42 -10 S 56 -16, 62 -6 S 80 -12, 96 -8',
  morrow: 'M0 -6 C 6 -20, 14 -18, 16 -6 C 18 4, 28 -2, 30 -10 S 40 -18, 46 -8 L 58 -10 C 66 -12, 74 -2, 88 -6',
};

// ---------------------------------------------------------------------------------------------------------------
// 1. GPP Practice User Administrator certification (Word export, values in table cells, signed) — portalenquiries
export interface GppCert {
  practiceName: string; practiceCode: string; practiceAddress: string;
  nominee: { title: string; first: string; surname: string; jobTitle: string; email: string; phone: string };
  approver: { name: string; position: string; email: string; date: string; sig: string };
  author: string;
}

export async function gppCertWord(d: GppCert): Promise<Buffer> {
  const doc = await newDoc({ title: 'GPP Practice User Administrator Certification Form', author: d.author, creator: WORD, producer: WORD });
  const f = { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const page = doc.addPage([595.32, 841.92]);
  page.drawRectangle({ x: 470, y: 780, width: 70, height: 28, color: rgb(0, 0.37, 0.72) });
  page.drawText('NHS', { x: 482, y: 787, size: 18, font: f.bold, color: rgb(1, 1, 1) });
  page.drawText('GP Payments and Pensions', { x: 56, y: 790, size: 15, font: f.bold, color: rgb(0, 0.19, 0.53) });
  page.drawText('Practice User Administrator Certification Form', { x: 56, y: 771, size: 13, font: f.bold, color: rgb(0, 0.19, 0.53) });
  let y = para(page, f.reg, 'Use this form where your practice has no GPP Practice User Administrator. Complete both parts and return the form to pcse.portalenquiries@nhs.net. Part 2 must be completed by one of the organisation\'s approvers.', 56, 748, 480, 9);
  y -= 10;
  page.drawText('Part 1 – Practice and nominee details', { x: 56, y, size: 11, font: f.bold });
  y -= 8;
  y = table(page, f, 56, y, [170, 314], [
    ['Practice name', d.practiceName],
    ['Practice code (ODS)', d.practiceCode],
    ['Practice address', d.practiceAddress],
  ]);
  y -= 12;
  y = table(page, f, 56, y, [170, 314], [
    ['Nominee details', ''],
    ['Title', d.nominee.title],
    ['First name', d.nominee.first],
    ['Surname', d.nominee.surname],
    ['Job title', d.nominee.jobTitle],
    ['Email address', d.nominee.email],
    ['Contact telephone', d.nominee.phone],
  ], { headerRow: true });
  y -= 18;
  page.drawText('Part 2 – Authorisation by an organisation approver', { x: 56, y, size: 11, font: f.bold });
  y -= 4;
  y = para(page, f.reg, 'I confirm that the person named in Part 1 should be given the GPP Practice User Administrator role for the practice above, and that I am authorised to approve this request on behalf of the organisation.', 56, y - 8, 480, 9);
  y -= 4;
  const tops: number[] = [];
  y = table(page, f, 56, y, [170, 314], [
    ['Approver name', d.approver.name],
    ['Position', d.approver.position],
    ['Email address', d.approver.email],
    ['Signature', '\n\n'],
    ['Date', d.approver.date],
  ], { rowTops: tops });
  signature(page, d.approver.sig, 236, tops[6]! - tops[7]! * 0.72, 1.1);
  page.drawText('GPP UA Cert v3.2 – Official Sensitive when completed', { x: 56, y: 40, size: 7, font: f.reg, color: rgb(0.4, 0.4, 0.4) });
  page.drawText('Page 1 of 1', { x: 500, y: 40, size: 7, font: f.reg, color: rgb(0.4, 0.4, 0.4) });
  void y;
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. PCN user administrator request, fillable, generic field names (Text1…, Check Box1…) — portalenquiries
export interface PcnGeneric {
  pcnName: string; pcnCode: string; memberPractices: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  icbName: string; approverName: string; approverRole: string; approverEmail: string; onAel: boolean; date: string; sig: string;
}

export async function pcnFormGeneric(d: PcnGeneric): Promise<Buffer> {
  const doc = await newDoc({ title: 'PCN User Admin Request', author: 'ICB Primary Care', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272' });
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  const form = doc.getForm();
  page.drawText('Primary Care Network – PCSE Online User Administrator Request', { x: 40, y: 740, size: 13, font: bold });
  para(page, reg, 'For PCNs that have no PCN user admin. The request must be approved by a member of the ICB who is listed as an approver on the NHSE Authorised Email List (AEL) and submitted by them to PCSE.', 40, 720, 530, 9);
  const labels: [string, number][] = [];
  let n = 0;
  const field = (label: string, value: string, y: number, x = 40, w = 330, lw = 200) => {
    n += 1;
    page.drawText(label, { x, y: y + 5, size: 9, font: reg });
    const tf = form.createTextField(`Text${n}`);
    tf.setText(value);
    tf.addToPage(page, { x: x + lw, y, width: w, height: 18, font: reg, borderWidth: 0.6, borderColor: rgb(0.5, 0.5, 0.5) });
    tf.setFontSize(9.5);
    labels.push([label, n]);
  };
  let y = 670;
  page.drawText('Section A – PCN details', { x: 40, y: y + 20, size: 10.5, font: bold });
  field('PCN name', d.pcnName, y); y -= 26;
  field('PCN ODS code', d.pcnCode, y); y -= 26;
  field('Member practices', d.memberPractices, y); y -= 44;
  page.drawText('Section B – Person to be set up as PCN user admin', { x: 40, y: y + 20, size: 10.5, font: bold });
  field('Full name', d.nomineeName, y); y -= 26;
  field('Job title', d.nomineeRole, y); y -= 26;
  field('Email address (nhs.net)', d.nomineeEmail, y); y -= 26;
  field('Telephone', d.nomineePhone, y); y -= 44;
  page.drawText('Section C – ICB approval', { x: 40, y: y + 20, size: 10.5, font: bold });
  field('ICB', d.icbName, y); y -= 26;
  field('Approver name', d.approverName, y); y -= 26;
  field('Approver job title', d.approverRole, y); y -= 26;
  field('Approver email', d.approverEmail, y); y -= 30;
  page.drawText('I am listed as an approver on the NHSE Authorised Email List', { x: 40, y: y + 4, size: 9, font: reg });
  const cb1 = form.createCheckBox('Check Box1');
  cb1.addToPage(page, { x: 360, y, width: 12, height: 12, borderWidth: 0.6, borderColor: rgb(0.3, 0.3, 0.3) });
  if (d.onAel) cb1.check();
  page.drawText('Yes', { x: 376, y: y + 3, size: 9, font: reg });
  const cb2 = form.createCheckBox('Check Box2');
  cb2.addToPage(page, { x: 410, y, width: 12, height: 12, borderWidth: 0.6, borderColor: rgb(0.3, 0.3, 0.3) });
  if (!d.onAel) cb2.check();
  page.drawText('No', { x: 426, y: y + 3, size: 9, font: reg });
  y -= 52;
  page.drawText('Signature', { x: 40, y: y + 20, size: 9, font: reg });
  page.drawRectangle({ x: 240, y: y, width: 200, height: 36, borderColor: rgb(0.5, 0.5, 0.5), borderWidth: 0.6 });
  signature(page, d.sig, 250, y + 8, 1);
  y -= 30;
  field('Date', d.date, y, 40, 120);
  page.drawText('Form PCN-UA1 (04/2026)', { x: 40, y: 30, size: 7, font: reg, color: rgb(0.45, 0.45, 0.45) });
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Optical chain's internal OPTO admin nomination, fillable with descriptive names — portalenquiries
export interface OptoFill {
  storeName: string; storeCode: string; storeAddress: string;
  nomineeName: string; nomineeEmail: string; nomineeRole: string;
  rolesRequested: string; contractHolder: string; capacity: string; chEmail: string; date: string; sig: string; ref: string;
}

export async function optoNominationFillable(d: OptoFill): Promise<Buffer> {
  const doc = await newDoc({ title: 'CV-OPS-017 PCSE Online admin nomination', author: 'Optical Compliance', creator: 'Microsoft® Word for Microsoft 365', producer: 'Nitro PDF Pro 14.18.1.41' });
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.32, 841.92]);
  const form = doc.getForm();
  page.drawRectangle({ x: 0, y: 790, width: 595.32, height: 52, color: rgb(0.05, 0.32, 0.36) });
  page.drawText('ClearView Opticians', { x: 40, y: 812, size: 17, font: bold, color: rgb(1, 1, 1) });
  page.drawText('Support Office – Optical Compliance', { x: 40, y: 797, size: 9, font: reg, color: rgb(0.85, 0.95, 0.95) });
  page.drawText('CV-OPS-017  PCSE Online: nomination of a store user administrator', { x: 40, y: 760, size: 12, font: bold });
  para(page, reg, 'Complete one form per store. The contract holder for the store must sign. Support Office will send the completed form to PCSE on the store\'s behalf.', 40, 742, 510, 9);
  const rows: [string, string, string][] = [
    ['store_name', 'Store (trading name)', d.storeName],
    ['store_ods_code', 'Store ODS / contractor code', d.storeCode],
    ['store_address', 'Store address', d.storeAddress],
    ['nominee_full_name', 'Colleague to be nominated', d.nomineeName],
    ['nominee_job_title', 'Colleague job title', d.nomineeRole],
    ['nominee_email', 'Colleague email address', d.nomineeEmail],
    ['roles_requested', 'PCSE Online role(s) requested', d.rolesRequested],
    ['contract_holder_name', 'Contract holder name', d.contractHolder],
    ['contract_holder_capacity', 'Capacity', d.capacity],
    ['contract_holder_email', 'Contract holder email', d.chEmail],
    ['date_signed', 'Date', d.date],
    ['internal_ref', 'Support Office ref', d.ref],
  ];
  let y = 700;
  for (const [name, label, value] of rows) {
    page.drawText(label, { x: 40, y: y + 6, size: 9.5, font: bold });
    const tf = form.createTextField(name);
    tf.setText(value);
    if (name === 'store_address') {
      tf.enableMultiline();
      tf.addToPage(page, { x: 230, y: y - 14, width: 320, height: 32, font: reg, borderWidth: 0.5, borderColor: rgb(0.6, 0.6, 0.6), backgroundColor: rgb(0.93, 0.96, 1) });
      tf.setFontSize(9);
      y -= 46;
    } else {
      tf.addToPage(page, { x: 230, y, width: 320, height: 20, font: reg, borderWidth: 0.5, borderColor: rgb(0.6, 0.6, 0.6), backgroundColor: rgb(0.93, 0.96, 1) });
      tf.setFontSize(10);
      y -= 32;
    }
    if (name === 'contract_holder_email') {
      page.drawText('Contract holder signature', { x: 40, y: y + 6, size: 9.5, font: bold });
      page.drawRectangle({ x: 230, y: y - 18, width: 320, height: 40, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
      signature(page, d.sig, 244, y - 6, 1);
      y -= 56;
    }
  }
  page.drawText('Support Office use only – do not send to stores', { x: 40, y: 60, size: 7.5, font: reg, color: rgb(0.5, 0.5, 0.5) });
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 4. HR new-starter access request (Word export, values in table cells) — portalenquiries
export interface NewStarter {
  company: string; ref: string; starter: string; jobTitle: string; startDate: string; site: string; siteCode: string; siteAddress: string;
  workEmail: string; lineManager: string; replaces: string; systems: string[][]; raisedBy: string; raisedOn: string;
}

export async function hrNewStarterWord(d: NewStarter): Promise<Buffer> {
  const doc = await newDoc({ title: `New starter systems access – ${d.ref}`, author: 'People Hub', creator: WORD, producer: WORD });
  const f = { reg: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold) };
  const page = doc.addPage([595.32, 841.92]);
  page.drawText(d.company, { x: 56, y: 786, size: 16, font: f.bold, color: rgb(0.45, 0.1, 0.45) });
  page.drawText('People Team – New starter: systems access request', { x: 56, y: 766, size: 12, font: f.bold });
  page.drawText(`Reference: ${d.ref}`, { x: 400, y: 766, size: 10, font: f.reg });
  let y = table(page, f, 56, 744, [170, 314], [
    ['New starter', d.starter],
    ['Job title', d.jobTitle],
    ['Start date', d.startDate],
    ['Practice', d.site],
    ['Practice ODS code', d.siteCode],
    ['Practice address', d.siteAddress],
    ['Work email', d.workEmail],
    ['Line manager', d.lineManager],
    ['Replaces', d.replaces],
  ], { size: 10.5 });
  y -= 20;
  page.drawText('Systems and roles required', { x: 56, y, size: 11.5, font: f.bold });
  y = table(page, f, 56, y - 8, [150, 190, 144], [['System', 'Role / access level', 'Actioned by'], ...d.systems], { headerRow: true, labelCols: [], size: 10 });
  y -= 20;
  y = para(page, f.reg, `Raised by ${d.raisedBy} on ${d.raisedOn}. External requests are sent automatically to the supplier mailbox recorded for each system.`, 56, y, 480, 9.5);
  void y;
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Main contact extension, two-column table existing / new (Word export) — datamanager
export interface ExtensionTable {
  group: string; title: string;
  existing: { name: string; code: string; contact: string; email: string; address: string; phone: string };
  newer: { name: string; code: string; address: string; completion: string };
  signedBy: string;
}

export async function extensionTableWord(d: ExtensionTable): Promise<Buffer> {
  const doc = await newDoc({ title: d.title, author: d.signedBy, creator: WORD, producer: WORD });
  const f = { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const page = doc.addPage([841.92, 595.32]);
  page.drawText(d.group, { x: 50, y: 545, size: 16, font: f.bold, color: rgb(0.1, 0.35, 0.2) });
  page.drawText(d.title, { x: 50, y: 524, size: 12, font: f.bold });
  let y = table(page, f, 50, 500, [190, 275, 275], [
    ['', 'Existing pharmacy (main contact held)', 'New pharmacy (to be added)'],
    ['Pharmacy name', d.existing.name, d.newer.name],
    ['ODS code', d.existing.code, d.newer.code],
    ['Main contact held by PCSE', d.existing.contact, 'Same as existing'],
    ['Main contact email', d.existing.email, 'Same as existing'],
    ['Address', d.existing.address, d.newer.address],
    ['Telephone', d.existing.phone, 'TBC – line being transferred'],
    ['Change of ownership completed', 'n/a', d.newer.completion],
  ], { headerRow: true, size: 10 });
  y -= 20;
  para(page, f.reg, `Prepared by ${d.signedBy}. Please call the new pharmacy to verify before adding it to the main contact's PCSE Online account.`, 50, y, 700, 9.5);
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Open Exeter Primary User request (GP practices), two pages: form, then guidance — openexeter
export interface OeGp {
  practice: string; code: string; address: string; phone: string;
  nominee: { title: string; first: string; surname: string; role: string; email: string; phone: string; smartcard: string };
  capacity: 'Lead GP' | 'GP Partner' | 'Caldicott Guardian' | 'Existing Primary Contact' | 'Member of the Board of Directors' | 'Other';
  signatory: { name: string; email: string; date: string; sig: string | null };
}

const OE_CAPS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'] as const;

export async function oePrimaryGpTwoPage(d: OeGp): Promise<Buffer> {
  const doc = await newDoc({ title: 'Open Exeter Primary User request - GP practice', author: d.signatory.name, creator: WORD, producer: WORD });
  const f = { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const p1 = doc.addPage([595.32, 841.92]);
  p1.drawText('Open Exeter – Cervical Screening', { x: 56, y: 790, size: 11, font: f.reg, color: rgb(0.3, 0.3, 0.3) });
  p1.drawText('Request for a Primary User: GP Practice', { x: 56, y: 770, size: 15, font: f.bold });
  let y = para(p1, f.reg, 'Section 1 to be completed by the practice. Section 2 must be signed by an authorised signatory (see page 2). Return to pcse.openexeter@nhs.net.', 56, 750, 480, 9);
  y -= 8;
  p1.drawText('Section 1 – Practice and Primary User', { x: 56, y, size: 11, font: f.bold });
  y = table(p1, f, 56, y - 8, [170, 314], [
    ['Practice name', d.practice],
    ['Practice code', d.code],
    ['Practice address', d.address],
    ['Practice telephone', d.phone],
    ['Title', d.nominee.title],
    ['Forename', d.nominee.first],
    ['Surname', d.nominee.surname],
    ['Job role', d.nominee.role],
    ['NHS email address', d.nominee.email],
    ['Direct telephone', d.nominee.phone],
    ['Smartcard UUID (if known)', d.nominee.smartcard],
  ]);
  y -= 18;
  p1.drawText('Section 2 – Authorised signatory', { x: 56, y, size: 11, font: f.bold });
  y -= 18;
  p1.drawText('I confirm the person above should be a Primary User for this practice. I sign as (tick one):', { x: 56, y, size: 9, font: f.reg });
  y -= 18;
  for (const cap of OE_CAPS) {
    p1.drawRectangle({ x: 60, y: y - 2, width: 9, height: 9, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
    if (cap === d.capacity) p1.drawText('X', { x: 61.5, y: y - 0.5, size: 8.5, font: f.bold });
    p1.drawText(cap, { x: 76, y, size: 9.5, font: f.reg });
    y -= 15;
  }
  y -= 6;
  const tops: number[] = [];
  y = table(p1, f, 56, y, [170, 314], [
    ['Signatory name', d.signatory.name],
    ['Signatory email', d.signatory.email],
    ['Signature', '\n\n'],
    ['Date', d.signatory.date],
  ], { rowTops: tops });
  if (d.signatory.sig) signature(p1, d.signatory.sig, 240, tops[4]! - tops[5]! * 0.72, 1.05);
  p1.drawText('OE-PU-GP v2.1   Page 1 of 2', { x: 56, y: 36, size: 7, font: f.reg, color: rgb(0.4, 0.4, 0.4) });
  void y;

  const p2 = doc.addPage([595.32, 841.92]);
  p2.drawText('Guidance notes', { x: 56, y: 780, size: 14, font: f.bold });
  let g = 755;
  const notes = [
    'Who can sign. The form must be signed at the bottom of page 1 by one of: Lead GP; GP Partner; Caldicott Guardian; an Existing Primary Contact; a Member of the Board of Directors. Forms signed by anyone else, including practice managers who are not partners, will be returned.',
    'Primary Users. Each organisation should have a Primary User who manages access for other staff. We recommend two Primary Users per organisation so that passwords can always be reset.',
    'Organisation Maintenance. A Primary User sees "Organisation Maintenance" under the Application menu. If you already have it, you do not need this form.',
    'Email addresses. Give an nhs.net address for the Primary User. Example: jane.smith@nhs.net. Shared mailboxes cannot be Primary Users.',
    'New users. Once set up, the Primary User creates accounts for other staff; Open Exeter notifies PCSE, who authorise the account and issue a password.',
    'No signatory available? Ask your ICB how to appoint a Caldicott Guardian before sending the form.',
    'Data protection. The information on this form is used only to administer access to Open Exeter. It is kept for 6 years from the date the account is closed.',
  ];
  for (const n of notes) {
    g = para(p2, f.reg, `•  ${n}`, 56, g, 480, 10) - 10;
  }
  p2.drawText('OE-PU-GP v2.1   Page 2 of 2', { x: 56, y: 36, size: 7, font: f.reg, color: rgb(0.4, 0.4, 0.4) });
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 7. Open Exeter Primary User request, fillable with this writer's own names, signature box — openexeter
export interface OeFill {
  practice: string; code: string; address: string;
  nomineeFirst: string; nomineeSurname: string; nomineeRole: string; nomineeEmail: string;
  capacity: (typeof OE_CAPS)[number];
  signatoryName: string; signatoryEmail: string; date: string;
}

export async function oePrimaryFillable(d: OeFill): Promise<Buffer> {
  const doc = await newDoc({ title: 'OE Primary User GP', author: 'PCSE', creator: 'Adobe LiveCycle Designer 11.0', producer: 'Adobe XML Form Module Library' });
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.32, 841.92]);
  const form = doc.getForm();
  page.drawText('Open Exeter Primary User Application – GP Practice', { x: 45, y: 785, size: 14, font: bold });
  page.drawText('Please type in the boxes. The authorised signatory must sign in the signature box.', { x: 45, y: 768, size: 9, font: reg });
  const text = (name: string, label: string, value: string, y: number) => {
    page.drawText(label, { x: 45, y: y + 5, size: 9.5, font: reg });
    const tf = form.createTextField(name);
    tf.setText(value);
    tf.addToPage(page, { x: 215, y, width: 330, height: 19, font: reg, borderWidth: 0.7, borderColor: rgb(0, 0, 0) });
    tf.setFontSize(10);
  };
  let y = 725;
  page.drawText('Practice', { x: 45, y: y + 24, size: 11, font: bold });
  text('OE_PracticeName', 'Practice name', d.practice, y); y -= 26;
  text('OE_PracticeCode', 'Practice code', d.code, y); y -= 26;
  text('OE_PracticeAddress', 'Address', d.address, y); y -= 46;
  page.drawText('Primary User', { x: 45, y: y + 24, size: 11, font: bold });
  text('OE_PU_Forename', 'Forename', d.nomineeFirst, y); y -= 26;
  text('OE_PU_Surname', 'Surname', d.nomineeSurname, y); y -= 26;
  text('OE_PU_JobRole', 'Job role', d.nomineeRole, y); y -= 26;
  text('OE_PU_Email', 'NHS email address', d.nomineeEmail, y); y -= 46;
  page.drawText('Authorised signatory (tick capacity)', { x: 45, y: y + 24, size: 11, font: bold });
  OE_CAPS.forEach((cap, i) => {
    const cb = form.createCheckBox(`OE_Sig_Capacity_${i + 1}`);
    cb.addToPage(page, { x: 50, y: y - i * 18, width: 11, height: 11, borderWidth: 0.7, borderColor: rgb(0, 0, 0) });
    if (cap === d.capacity) cb.check();
    page.drawText(cap, { x: 68, y: y - i * 18 + 2, size: 9.5, font: reg });
  });
  y -= OE_CAPS.length * 18 + 20;
  text('OE_Sig_Name', 'Signatory name', d.signatoryName, y); y -= 26;
  text('OE_Sig_Email', 'Signatory email', d.signatoryEmail, y); y -= 50;
  page.drawText('Signature', { x: 45, y: y + 22, size: 9.5, font: reg });
  const sig = form.createTextField('OE_Sig_Signature');
  sig.addToPage(page, { x: 215, y, width: 330, height: 40, font: reg, borderWidth: 0.7, borderColor: rgb(0, 0, 0) });
  y -= 30;
  text('OE_Sig_Date', 'Date', d.date, y);
  page.drawText('Form OE-GP-01 (rev. 2025)  –  page 1 of 1', { x: 45, y: 40, size: 7, font: reg, color: rgb(0.4, 0.4, 0.4) });
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 8. Open Exeter Primary User request, other organisations (Word export, values in table cells, signed) — openexeter
export interface OeOther {
  org: string; code: string; orgType: string; address: string; service: string;
  nominee: { name: string; role: string; email: string; phone: string };
  signatory: { name: string; capacity: string; email: string; date: string; sig: string };
}

export async function oePrimaryOtherWord(d: OeOther): Promise<Buffer> {
  const doc = await newDoc({ title: 'Open Exeter Primary User request (non-GP)', author: d.signatory.name, creator: WORD, producer: WORD });
  const f = { reg: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold) };
  const page = doc.addPage([595.32, 841.92]);
  page.drawText('Open Exeter: Primary User request', { x: 56, y: 785, size: 16, font: f.bold });
  page.drawText('Organisations other than GP practices', { x: 56, y: 766, size: 12, font: f.reg });
  let y = table(page, f, 56, 740, [180, 304], [
    ['Organisation name', d.org],
    ['Organisation code', d.code],
    ['Organisation type', d.orgType],
    ['Address', d.address],
    ['Screening service provided', d.service],
  ], { size: 11 });
  y -= 16;
  page.drawText('Proposed Primary User', { x: 56, y, size: 12, font: f.bold });
  y = table(page, f, 56, y - 6, [180, 304], [
    ['Name', d.nominee.name],
    ['Job role', d.nominee.role],
    ['Email', d.nominee.email],
    ['Telephone', d.nominee.phone],
  ], { size: 11 });
  y -= 16;
  page.drawText('Authorised signatory', { x: 56, y, size: 12, font: f.bold });
  y = para(page, f.reg, 'Must be the Caldicott Guardian, a member of the Board of Directors, or an existing Primary User within the organisation.', 56, y - 14, 484, 10);
  const tops: number[] = [];
  y = table(page, f, 56, y - 2, [180, 304], [
    ['Name', d.signatory.name],
    ['Capacity', d.signatory.capacity],
    ['Email', d.signatory.email],
    ['Signature', '\n\n\n'],
    ['Date', d.signatory.date],
  ], { size: 11, rowTops: tops });
  signature(page, d.signatory.sig, 250, tops[6]! - tops[7]! * 0.72, 1.1);
  void y;
  return save(doc);
}
