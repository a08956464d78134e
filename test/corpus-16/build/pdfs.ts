// The forms attached to corpus 16's emails, written with pdf-lib. Layouts are this writer's own.
// Every document gets fixed dates and producer strings so two builds give the same bytes.
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb } from 'pdf-lib';
import { rng } from './lib.js';

const A4: [number, number] = [595.28, 841.89];
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.45, 0.45, 0.45);
const NHS_BLUE = rgb(0, 0.37, 0.72);

async function newDoc(meta: { title: string; producer: string; creator: string; date: string; author?: string }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreationDate(new Date(meta.date));
  doc.setModificationDate(new Date(meta.date));
  return doc;
}

const save = async (doc: PDFDocument) => Buffer.from(await doc.save({ useObjectStreams: false }));

/** Text with top-left coordinates (y measured down from the top of the page). */
function t(page: PDFPage, s: string, x: number, yTop: number, font: PDFFont, size: number, color = BLACK) {
  page.drawText(s, { x, y: page.getHeight() - yTop - size, size, font, color });
}
function hline(page: PDFPage, x1: number, x2: number, yTop: number, th = 0.6, color = BLACK) {
  page.drawLine({ start: { x: x1, y: page.getHeight() - yTop }, end: { x: x2, y: page.getHeight() - yTop }, thickness: th, color });
}
function box(page: PDFPage, x: number, yTop: number, w: number, h: number, th = 0.6, fill?: ReturnType<typeof rgb>) {
  page.drawRectangle({ x, y: page.getHeight() - yTop - h, width: w, height: h, borderWidth: th, borderColor: BLACK, color: fill });
}
/** A pen signature: a few joined curves, seeded. */
function scribble(page: PDFPage, x: number, yTop: number, w: number, seed: string) {
  // SVG path coordinates run downwards from the origin given to drawSvgPath (the page's top-left corner here).
  const r = rng(seed);
  let px = x;
  let py = yTop + 12;
  let d = `M ${px} ${py}`;
  const n = 5 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const nx = x + ((i + 1) / n) * w;
    const ny = yTop + 6 + r() * 14;
    d += ` C ${px + 6} ${py - 14 * r()} ${nx - 8} ${ny + 16 * r()} ${nx} ${ny}`;
    px = nx;
    py = ny;
  }
  page.drawSvgPath(d, { x: 0, y: page.getHeight(), borderColor: rgb(0.08, 0.1, 0.35), borderWidth: 1.1 });
}

// ---------------------------------------------------------------------------
// 1. GPP certification form, "fillable" original flattened by a browser's Print to PDF (Microsoft: Print To PDF).
//    Browser header/footer lines, values drawn in the field boxes, no AcroForm left.
export interface GppCert {
  practiceName: string; practiceCode: string; practiceAddress: string;
  nomineeName: string; nomineeTitle: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; signed: boolean; date: string;
  /** A signature typed into the signature field instead of a pen signature. */
  typedSignature?: string;
}

export async function gppCertPrinted(v: GppCert, opts: { fileUrl: string; printedAt: string; date: string }): Promise<Buffer> {
  const doc = await newDoc({ title: 'GPP_Practice_User_Admin_Certification_v3.pdf', producer: 'Microsoft: Print To PDF', creator: '', date: opts.date });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const arial = helv;
  // Print to PDF shrinks an A4 page to fit inside the browser's margins: scale 0.94, offset.
  const pages: PDFPage[] = [doc.addPage(A4), doc.addPage(A4)];
  pages.forEach((p, i) => {
    t(p, opts.printedAt, 22, 14, arial, 8);
    t(p, 'GPP_Practice_User_Admin_Certification_v3.pdf', 230, 14, arial, 8);
    t(p, opts.fileUrl, 22, 818, arial, 8);
    t(p, `${i + 1}/2`, 555, 818, arial, 8);
  });
  const p = pages[0]!;
  const L = 48;
  t(p, 'Primary Care Support England', L, 50, bold, 10, NHS_BLUE);
  t(p, 'GP Payments and Pensions', L, 64, helv, 10, NHS_BLUE);
  t(p, 'PRACTICE USER ADMINISTRATOR – CERTIFICATION', L, 92, bold, 15);
  t(p, 'Use this form when the practice has no GPP Practice User Administrator. Complete Part A and Part B.', L, 116, helv, 9, GREY);
  const fieldRow = (label: string, value: string, y: number) => {
    t(p, label, L, y, helv, 9);
    box(p, L, y + 12, 498, 20, 0.5, rgb(0.93, 0.95, 1));
    t(p, value, L + 5, y + 17, helv, 10.5);
  };
  t(p, 'PART A – Practice and nominee', L, 142, bold, 11);
  hline(p, L, 546, 157, 1, NHS_BLUE);
  fieldRow('Practice name', v.practiceName, 166);
  fieldRow('Practice code (ODS)', v.practiceCode, 204);
  fieldRow('Practice address', v.practiceAddress, 242);
  fieldRow('Name of nominated user administrator', v.nomineeName, 280);
  fieldRow('Job title', v.nomineeTitle, 318);
  fieldRow('Email address (this will be the PCSE Online user name)', v.nomineeEmail, 356);
  fieldRow('Contact telephone', v.nomineePhone, 394);
  t(p, 'PART B – Organisation approver', L, 446, bold, 11);
  hline(p, L, 546, 461, 1, NHS_BLUE);
  t(p, 'I confirm that I am an approver for the organisation named in Part A and that the person named should be given', L, 470, helv, 9);
  t(p, 'the GPP Practice User Administrator role in PCSE Online.', L, 482, helv, 9);
  fieldRow('Approver name', v.approverName, 504);
  fieldRow('Position in the organisation', v.approverRole, 542);
  fieldRow('Approver email address', v.approverEmail, 580);
  t(p, 'Signature', L, 618, helv, 9);
  box(p, L, 630, 300, 40, 0.5, rgb(0.93, 0.95, 1));
  if (v.typedSignature) t(p, v.typedSignature, L + 8, 643, await doc.embedFont(StandardFonts.HelveticaOblique), 14);
  else if (v.signed) scribble(p, L + 20, 642, 150, v.approverName);
  t(p, 'Date', 370, 618, helv, 9);
  box(p, 370, 630, 176, 20, 0.5, rgb(0.93, 0.95, 1));
  t(p, v.date, 375, 635, helv, 10.5);
  const q = pages[1]!;
  t(q, 'Guidance', L, 60, bold, 12);
  const guide = [
    'The completed form must be returned by email to pcse.portalenquiries@nhs.net.',
    'A practice may have up to four GPP Practice User Administrators.',
    'Once set up, the administrator can assign the Joiner & Leaver and Practice Estimate and Salary Change roles.',
    'Forms that are incomplete or not approved cannot be processed.',
  ];
  guide.forEach((g, i) => t(q, `${i + 1}.  ${g}`, L, 86 + i * 16, helv, 9.5));
  return save(doc);
}

// ---------------------------------------------------------------------------
// 2. Ophthalmic user administrator nomination, fillable, with the generic names a PDF editor's "prepare form" gives
//    blank lines (fill_1 … fill_12, Check Box1 …).
export interface OptoNom {
  practiceName: string; code: string; address: string; nomineeName: string; nomineeEmail: string; nomineePhone: string;
  opto: boolean; pl: boolean; holderName: string; holderEmail: string; date: string;
}

export async function optoNominationFillable(v: OptoNom, date: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'Ophthalmic user admin nomination', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const p = doc.addPage(A4);
  const form = doc.getForm();
  const L = 56;
  t(p, 'OPHTHALMIC PRACTICES', L, 48, bold, 10, NHS_BLUE);
  t(p, 'Nomination of a PCSE Online User Administrator', L, 64, bold, 14);
  t(p, 'To be completed and signed by the contract holder. Maximum of four user administrators per practice.', L, 86, helv, 9, GREY);
  const rows: [string, string, number][] = [
    ['Practice / trading name', 'fill_1', 116], ['Contract (TP) code', 'fill_2', 144], ['Practice address', 'fill_3', 172],
    ['Nominee full name', 'fill_4', 226], ['Nominee email address', 'fill_5', 254], ['Nominee telephone', 'fill_6', 282],
  ];
  const vals: Record<string, string> = { fill_1: v.practiceName, fill_2: v.code, fill_3: v.address, fill_4: v.nomineeName, fill_5: v.nomineeEmail, fill_6: v.nomineePhone };
  t(p, 'Section 1 – Practice', L, 100, bold, 10.5);
  t(p, 'Section 2 – Nominee', L, 208, bold, 10.5);
  for (const [label, name, y] of rows) {
    t(p, label, L, y, helv, 10);
    hline(p, 210, 540, y + 14);
    const f = form.createTextField(name);
    f.setText(vals[name]);
    f.addToPage(p, { x: 210, y: p.getHeight() - y - 13, width: 330, height: 14, borderWidth: 0, font: helv });
  }
  t(p, 'Section 3 – Role(s) requested (tick)', L, 316, bold, 10.5);
  const cb = (name: string, label: string, y: number, on: boolean) => {
    const c = form.createCheckBox(name);
    c.addToPage(p, { x: L, y: p.getHeight() - y - 12, width: 12, height: 12, borderWidth: 0.8 });
    if (on) c.check();
    t(p, label, L + 20, y, helv, 10);
  };
  cb('Check Box1', 'OPTO Organisation User Administration (Ophthalmic Payments)', 336, v.opto);
  cb('Check Box2', 'PL Organisation User Administration (Performers List)', 356, v.pl);
  t(p, 'Section 4 – Contract holder declaration', L, 392, bold, 10.5);
  t(p, 'I am the contract holder for the practice above and I nominate the person in Section 2.', L, 410, helv, 9.5);
  const rows2: [string, string, string, number][] = [
    ['Contract holder name', 'fill_7', v.holderName, 436], ['Contract holder email', 'fill_8', v.holderEmail, 464], ['Date', 'fill_10', v.date, 520],
  ];
  for (const [label, name, value, y] of rows2) {
    t(p, label, L, y, helv, 10);
    hline(p, 210, 540, y + 14);
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(p, { x: 210, y: p.getHeight() - y - 13, width: 330, height: 14, borderWidth: 0, font: helv });
  }
  t(p, 'Signature', L, 492, helv, 10);
  hline(p, 210, 540, 506);
  const sig = form.createTextField('fill_9');
  sig.setText(`/${v.holderName}/`);
  sig.addToPage(p, { x: 210, y: p.getHeight() - 492 - 13, width: 330, height: 14, borderWidth: 0, font: helv });
  t(p, 'Email the completed form to pcse.portalenquiries@nhs.net', L, 560, helv, 9, GREY);
  form.updateFieldAppearances(helv);
  return save(doc);
}

// ---------------------------------------------------------------------------
// 3. Organisation Data Service new-organisation report (flat, as the ODS team's PDF report).
export interface OdsReport { code: string; name: string; address: string[]; parent: string; parentName: string; opened: string; phone: string }
export async function odsReport(v: OdsReport, date: string): Promise<Buffer> {
  const doc = await newDoc({ title: `ODS Organisation Report ${v.code}`, producer: 'iText® 7.2.5 ©2000-2023 iText Group NV', creator: 'ODS Portal Reporting', date });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const p = doc.addPage([A4[1], A4[0]]);
  t(p, 'Organisation Data Service', 40, 30, bold, 16, NHS_BLUE);
  t(p, 'New Organisation Report', 40, 52, helv, 12);
  t(p, `Report generated ${v.opened}`, 600, 36, helv, 9, GREY);
  const cols = [40, 150, 330, 560, 660];
  const heads = ['Org Code', 'Name', 'Address', 'Parent Org', 'Op. Date'];
  box(p, 36, 84, 770, 22, 0.5, rgb(0.86, 0.9, 0.96));
  heads.forEach((h, i) => t(p, h, cols[i]!, 90, bold, 10));
  box(p, 36, 106, 770, 18 + v.address.length * 13, 0.5);
  t(p, v.code, cols[0]!, 112, helv, 10);
  t(p, v.name, cols[1]!, 112, helv, 10);
  v.address.forEach((a, i) => t(p, a, cols[2]!, 112 + i * 13, helv, 10));
  t(p, v.parent, cols[3]!, 112, helv, 10);
  t(p, v.parentName, cols[3]!, 125, helv, 8, GREY);
  t(p, v.opened, cols[4]!, 112, helv, 10);
  t(p, `Role: BRANCH SURGERY (RO96)     Status: ACTIVE     Contact telephone: ${v.phone}`, 40, 150 + v.address.length * 13, helv, 10);
  t(p, 'This report is issued once, when a new code is created. Keep it for your records.', 40, 520, helv, 8, GREY);
  return save(doc);
}

// ---------------------------------------------------------------------------
// 4. Open Exeter Primary User request, other organisations: printed blank form whose values were typed on top in a
//    PDF editor (Courier), each a little off its line.
export interface OeOther {
  orgName: string; code: string; orgType: string; address: string;
  nomineeName: string; nomineeTitle: string; nomineeEmail: string; nomineePhone: string;
  capacity: 'caldicott' | 'board' | 'primary'; signatoryName: string; signatoryEmail: string; date: string; signed: boolean;
}

function oeOtherBlank(p: PDFPage, helv: PDFFont, bold: PDFFont) {
  const L = 50;
  t(p, 'Open Exeter', L, 44, bold, 18, NHS_BLUE);
  t(p, 'Cervical screening administration – Primary User request', L, 68, helv, 11);
  t(p, 'FOR ORGANISATIONS OTHER THAN GP PRACTICES', L, 86, bold, 10);
  const lab = (s: string, y: number) => {
    t(p, s, L, y, helv, 10);
    hline(p, 200, 545, y + 12, 0.5);
  };
  t(p, 'A. Organisation', L, 116, bold, 11);
  lab('Organisation name', 136); lab('ODS code', 160); lab('Type of organisation', 184); lab('Address', 208);
  t(p, 'B. Person to be the Primary User', L, 244, bold, 11);
  lab('Full name', 264); lab('Job title', 288); lab('NHSmail address', 312); lab('Telephone', 336);
  t(p, 'C. Authorised signatory', L, 372, bold, 11);
  t(p, 'Tick the capacity in which you sign:', L, 390, helv, 9.5);
  const opts = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User for this organisation'];
  opts.forEach((o, i) => {
    box(p, L, 408 + i * 20, 11, 11, 0.7);
    t(p, o, L + 18, 408 + i * 20, helv, 10);
  });
  lab('Signatory name', 476); lab('Signatory email', 500); lab('Signature', 530); lab('Date', 556);
  t(p, 'The form must be signed at the bottom of this page. Send it to pcse.openexeter@nhs.net', L, 596, helv, 8.5, GREY);
}

export async function oeOtherTyped(v: OeOther, date: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'OE Primary User - non GP', producer: 'PDF-XChange Core API SDK (10.3.1.387)', creator: 'PDF-XChange Editor 10.3.1.387', date });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const cour = await doc.embedFont(StandardFonts.Courier);
  const p = doc.addPage(A4);
  oeOtherBlank(p, helv, bold);
  // Typed values: deliberately a few points off each line (some sit on it, some above, one shifted right).
  const typed: [string, number, number][] = [
    [v.orgName, 214, 131], [v.code, 236, 158], [v.orgType, 205, 177], [v.address, 210, 205],
    [v.nomineeName, 219, 259], [v.nomineeTitle, 203, 286], [v.nomineeEmail, 226, 305], [v.nomineePhone, 208, 333],
    [v.signatoryName, 212, 470], [v.signatoryEmail, 221, 497], [v.date, 215, 551],
  ];
  for (const [s, x, y] of typed) t(p, s, x, y, cour, 11);
  const capY = { caldicott: 0, board: 1, primary: 2 }[v.capacity];
  t(p, 'X', 51.5, 406 + capY * 20, cour, 12);
  if (v.signed) scribble(p, 240, 520, 130, v.signatoryName);
  return save(doc);
}

// 5. The same layout as a fillable form whose field names a PDF editor guessed from nearby text.
export async function oeOtherFillable(v: OeOther, date: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'Open Exeter Primary User request (non-GP)', producer: 'Adobe PDF Library 23.1.175', creator: 'Adobe Acrobat Pro (64-bit) 23.6.20320', date });
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const p = doc.addPage(A4);
  oeOtherBlank(p, helv, bold);
  const form = doc.getForm();
  const H = p.getHeight();
  const tf = (name: string, value: string, y: number) => {
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(p, { x: 202, y: H - y - 11, width: 340, height: 13, borderWidth: 0, font: helv });
  };
  tf('Organisation name', v.orgName, 136); tf('undefined', v.code, 160); tf('undefined_2', v.orgType, 184); tf('Address', v.address, 208);
  tf('Full name', v.nomineeName, 264); tf('Job title', v.nomineeTitle, 288); tf('NHSmail address', v.nomineeEmail, 312); tf('Telephone', v.nomineePhone, 336);
  tf('Full name_2', v.signatoryName, 476); tf('undefined_3', v.signatoryEmail, 500); tf('Date', v.date, 556);
  const caps = ['Check Box1', 'Check Box2', 'Check Box3'];
  const on = { caldicott: 0, board: 1, primary: 2 }[v.capacity];
  caps.forEach((n, i) => {
    const c = form.createCheckBox(n);
    c.addToPage(p, { x: 50, y: H - 408 - i * 20 - 11, width: 11, height: 11, borderWidth: 0 });
    if (i === on) c.check();
  });
  if (v.signed) scribble(p, 240, 520, 130, v.signatoryName);
  form.updateFieldAppearances(helv);
  return save(doc);
}

// ---------------------------------------------------------------------------
// 6. Open Exeter Primary User request, GP practices, exported from a word processor (Times, two pages, flat).
export interface OeGp {
  practiceName: string; code: string; address: string; nomineeName: string; nomineeTitle: string; nomineeEmail: string; nomineePhone: string;
  capacity: 'lead_gp' | 'gp_partner' | 'caldicott' | 'primary_contact' | 'board' | null; signatoryName: string; signatoryRole: string; date: string; signed: boolean;
}
export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const capIndex = (c: OeGp['capacity']) => (c === null ? -1 : ['lead_gp', 'gp_partner', 'caldicott', 'primary_contact', 'board'].indexOf(c));

export async function oeGpWordExport(v: OeGp, date: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'Open Exeter Primary User Form GP', producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365', author: 'reception', date });
  const tr = await doc.embedFont(StandardFonts.TimesRoman);
  const tb = await doc.embedFont(StandardFonts.TimesRomanBold);
  const p = doc.addPage(A4);
  const L = 72;
  t(p, 'OPEN EXETER – REQUEST FOR A PRIMARY USER', L, 60, tb, 14);
  t(p, 'GP Practices', L, 80, tr, 12);
  const row = (label: string, value: string, y: number) => {
    box(p, L, y, 170, 22, 0.5);
    box(p, L + 170, y, 281, 22, 0.5);
    t(p, label, L + 5, y + 6, tb, 11);
    t(p, value, L + 175, y + 6, tr, 11);
  };
  t(p, '1. Practice details', L, 110, tb, 12);
  row('Practice name', v.practiceName, 128); row('Practice code', v.code, 150); row('Address', v.address, 172);
  t(p, '2. Proposed Primary User', L, 210, tb, 12);
  row('Name', v.nomineeName, 228); row('Job title', v.nomineeTitle, 250); row('Email (NHSmail)', v.nomineeEmail, 272); row('Telephone', v.nomineePhone, 294);
  t(p, '3. Authorised signatory', L, 334, tb, 12);
  t(p, 'This form must be signed by one of the following (please mark one):', L, 352, tr, 11);
  OE_GP_CAPACITIES.forEach((c, i) => {
    t(p, `${capIndex(v.capacity) === i ? '[X]' : '[  ]'}  ${c}`, L + 10, 372 + i * 17, tr, 11);
  });
  row('Name of signatory', v.signatoryName, 466); row('Position', v.signatoryRole, 488);
  box(p, L, 510, 170, 40, 0.5); box(p, L + 170, 510, 281, 40, 0.5);
  t(p, 'Signature', L + 5, 516, tb, 11);
  if (v.signed) scribble(p, L + 190, 520, 140, v.signatoryName);
  row('Date', v.date, 550);
  t(p, 'Forms not signed at the bottom of page 1 cannot be processed.', L, 590, tr, 10);
  const q = doc.addPage(A4);
  t(q, 'Notes', L, 60, tb, 12);
  ['The Primary User manages Open Exeter access for the practice (Organisation Maintenance).',
    'Two Primary Users per organisation are recommended.',
    'Email the signed form to pcse.openexeter@nhs.net.'].forEach((s, i) => t(q, s, L, 84 + i * 16, tr, 11));
  return save(doc);
}
