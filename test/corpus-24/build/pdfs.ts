// PDFs for corpus 24 (writer T): fillable AcroForms, flat word-processor exports, a system report, and the scan
// wrappers. pdf-lib takes font subset names from Math.random, so every document is made under a seeded Math.random;
// dates are fixed.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

async function seeded<T>(seed: string, fn: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = rng(`pdf/${seed}`);
  try {
    return await fn();
  } finally {
    Math.random = orig;
  }
}

interface Meta { title?: string; author?: string; creator: string; producer: string; date: Date }

function setMeta(doc: PDFDocument, m: Meta): void {
  if (m.title) doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setCreationDate(m.date);
  doc.setModificationDate(m.date);
}

const save = async (doc: PDFDocument, objectStreams = true): Promise<Buffer> => Buffer.from(await doc.save({ useObjectStreams: objectStreams }));

const A4: [number, number] = [595.28, 841.89];
const black = rgb(0.08, 0.08, 0.08);
const grey = rgb(0.88, 0.88, 0.88);

function txt(p: PDFPage, s: string, x: number, y: number, f: PDFFont, size = 10, color = black): void {
  p.drawText(s, { x, y, font: f, size, color });
}

/** Wraps text into lines no wider than width; draws them; returns the y below. */
function para(p: PDFPage, s: string, x: number, y: number, width: number, f: PDFFont, size = 10, lh = size * 1.35): number {
  let line = '';
  for (const w of s.split(' ')) {
    const t = line ? `${line} ${w}` : w;
    if (f.widthOfTextAtSize(t, size) > width && line) {
      txt(p, line, x, y, f, size);
      y -= lh;
      line = w;
    } else line = t;
  }
  if (line) {
    txt(p, line, x, y, f, size);
    y -= lh;
  }
  return y;
}

/** A signature drawn as a vector path, seeded. */
function signature(p: PDFPage, x: number, y: number, w: number, seed: string): void {
  const r = rng(`sig/${seed}`);
  let d = `M 0 0 C ${w * 0.05} ${-20} ${w * 0.15} ${-18} ${w * 0.1} 4`;
  let cx = w * 0.12;
  const humps = 5 + Math.floor(r() * 5);
  const step = (w * 0.65) / humps;
  for (let i = 0; i < humps; i++) {
    const up = -(6 + r() * 14);
    d += ` C ${(cx + step * 0.2).toFixed(1)} ${up.toFixed(1)} ${(cx + step * 0.6).toFixed(1)} ${(up + 4).toFixed(1)} ${(cx + step).toFixed(1)} ${(r() * 4 - 2).toFixed(1)}`;
    cx += step;
  }
  d += ` C ${cx + 10} 8 ${w * 0.3} 12 ${w * 0.15} 6`;
  p.drawSvgPath(d, { x, y, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
}

// ---------------------------------------------------------------------------------------------------------------

export interface GppFormValues {
  practiceName: string; odsCode: string; nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string;
}

/**
 * GPP Practice User Administrator certification, two pages, made fillable by an auto field detection
 * (field names Text1... and Check Box1, as Acrobat's "Prepare Form" names them).
 */
export function gppCertificationAcroform(seed: string, v: GppFormValues): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { title: 'GPP Practice User Administrator Certification Form', author: 'PCSE', creator: 'Acrobat PDFMaker 23 for Word', producer: 'Adobe PDF Library 23.1.175', date: new Date('2024-03-14T10:21:00Z') });
    const hel = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const form = doc.getForm();
    const p1 = doc.addPage(A4);
    p1.drawRectangle({ x: 40, y: 770, width: 515, height: 45, color: grey });
    txt(p1, 'Primary Care Support England', 52, 796, bold, 14);
    txt(p1, 'GP Payments and Pensions - Practice User Administrator Certification Form', 52, 780, hel, 9.5);
    let y = para(p1, 'Use this form if your practice has no GPP Practice User Administrator, or needs a new one. Complete both parts. Part 2 must be completed by one of your organisation\'s approvers. Return the form to pcse.portalenquiries@nhs.net.', 40, 745, 515, hel, 9.5);
    txt(p1, 'Part 1: Practice and nominee', 40, y - 12, bold, 12);
    y -= 40;
    let n = 1;
    const field = (page: PDFPage, label: string, value: string, yy: number, h = 22): void => {
      page.drawRectangle({ x: 40, y: yy, width: 190, height: h, color: grey, borderColor: black, borderWidth: 0.6 });
      txt(page, label, 46, yy + h / 2 - 3.5, hel, 9.5);
      const f = form.createTextField(`Text${n++}`);
      f.addToPage(page, { x: 230, y: yy, width: 325, height: h, borderColor: black, borderWidth: 0.6, font: hel });
      f.setFontSize(10);
      if (value) f.setText(value);
    };
    for (const [label, value] of [['Practice name', v.practiceName], ['Practice ODS code', v.odsCode], ['Nominee name', v.nomineeName], ['Nominee job title', v.nomineeRole], ['Nominee email address', v.nomineeEmail], ['Nominee telephone', v.nomineePhone]] as [string, string][]) {
      field(p1, label, value, y);
      y -= 22;
    }
    y = para(p1, 'The nominee will be sent a verification link to the email address above. A practice may have up to four GPP Practice User Administrators; they can set up other users and assign the Joiner & Leaver and Practice Estimate and Salary Change roles.', 40, y - 20, 515, hel, 9);
    txt(p1, 'Page 1 of 2', 500, 30, hel, 8);
    const p2 = doc.addPage(A4);
    txt(p2, 'Part 2: Certification by an organisation approver', 40, 790, bold, 12);
    y = para(p2, 'I certify that the nominee in Part 1 is employed by the practice and should be given the GPP Practice User Administrator role. I am one of the organisation\'s approvers.', 40, 765, 515, hel, 9.5);
    y -= 16;
    for (const [label, value] of [['Approver name', v.approverName], ['Approver position', v.approverRole], ['Approver email address', v.approverEmail]] as [string, string][]) {
      field(p2, label, value, y);
      y -= 22;
    }
    p2.drawRectangle({ x: 40, y: y - 26, width: 190, height: 48, color: grey, borderColor: black, borderWidth: 0.6 });
    txt(p2, 'Signature', 46, y - 4, hel, 9.5);
    p2.drawRectangle({ x: 230, y: y - 26, width: 325, height: 48, borderColor: black, borderWidth: 0.6 });
    signature(p2, 250, y - 8, 150, `${seed}/approver`);
    y -= 48;
    field(p2, 'Date', v.date, y);
    y -= 40;
    const cb = form.createCheckBox('Check Box1');
    cb.addToPage(p2, { x: 40, y, width: 12, height: 12, borderColor: black, borderWidth: 0.8 });
    cb.check();
    para(p2, 'I confirm the information on this form is correct.', 60, y + 2, 480, hel, 9.5);
    txt(p2, 'Page 2 of 2', 500, 30, hel, 8);
    form.updateFieldAppearances(hel);
    return save(doc);
  });
}

export interface PcnFormValues {
  pcnName: string; pcnCode: string; nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverOrg: string; approverEmail: string; date: string;
}

/** PCN user administrator request, a Word document saved as PDF (Times, a two-column table, no fields). */
export function pcnRequestFlat(seed: string, v: PcnFormValues): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { title: 'PCN User Admin Request', author: 'Ellerby, Thomas', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: new Date('2026-11-10T15:02:11Z') });
    const tr = await doc.embedFont(StandardFonts.TimesRoman);
    const tb = await doc.embedFont(StandardFonts.TimesRomanBold);
    const p = doc.addPage(A4);
    txt(p, 'Request for a PCN User Administrator - PCSE Online', 56, 780, tb, 15);
    let y = para(p, 'To be completed by the PCN and approved by an ICB approver who is listed on the NHSE Authorised Email List (AEL). The ICB approver submits the completed request to pcse.portalenquiries@nhs.net.', 56, 752, 483, tr, 11);
    const table = (title: string, rows: [string, string][]): void => {
      y -= 14;
      p.drawRectangle({ x: 56, y: y - 4, width: 483, height: 18, color: rgb(0.8, 0.85, 0.92), borderColor: black, borderWidth: 0.5 });
      txt(p, title, 62, y + 1, tb, 11);
      y -= 22;
      for (const [a, b] of rows) {
        p.drawRectangle({ x: 56, y: y - 6, width: 200, height: 22, borderColor: black, borderWidth: 0.5 });
        p.drawRectangle({ x: 256, y: y - 6, width: 283, height: 22, borderColor: black, borderWidth: 0.5 });
        txt(p, a, 62, y + 1, tr, 11);
        txt(p, b, 262, y + 1, tr, 11);
        y -= 22;
      }
    };
    table('Section A - Primary Care Network', [['PCN name', v.pcnName], ['PCN ODS code', v.pcnCode]]);
    table('Section B - Proposed PCN User Administrator', [['Full name', v.nomineeName], ['Role in PCN', v.nomineeRole], ['NHSmail address', v.nomineeEmail], ['Telephone', v.nomineePhone]]);
    table('Section C - ICB approval', [['Approver name', v.approverName], ['Job title', v.approverRole], ['ICB', v.approverOrg], ['Email address', v.approverEmail], ['On NHSE AEL as approver?', 'Yes'], ['Date approved', v.date]]);
    y -= 20;
    para(p, 'By approving this request the ICB approver confirms that the person named in Section B works for the PCN and should manage PCSE Online access for the PCN\'s staff.', 56, y, 483, tr, 10.5);
    txt(p, 'PCN UA request v1.4 (ICB)', 56, 40, tr, 8);
    return save(doc, false);
  });
}

export interface OeGpValues {
  practiceName: string; odsCode: string; address: string; phone: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string; phoneUser: string;
  signatoryName: string; signatoryRole: 'Lead GP' | 'GP Partner' | 'Caldicott Guardian' | 'Existing Primary Contact' | 'Member of the Board of Directors'; signatoryEmail: string; date: string;
}

/** Open Exeter Primary User request (GP practices), fillable with descriptive field names, signed with a drawn path. */
export function oeGpFillable(seed: string, v: OeGpValues): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { title: 'Open Exeter Primary User Request - GP Practice', creator: 'Adobe Acrobat Pro (64-bit) 24.2.20759', producer: 'Adobe Acrobat Pro (64-bit) 24.2.20759', date: new Date('2025-06-02T08:40:00Z') });
    const hel = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const form = doc.getForm();
    const p = doc.addPage(A4);
    txt(p, 'Open Exeter - Primary User Request (GP Practice)', 40, 790, bold, 15);
    let y = para(p, 'Please type into the fields. This form must be signed by an authorised signatory at the bottom of page 1 and emailed to pcse.openexeter@nhs.net.', 40, 768, 515, hel, 9.5);
    const field = (name: string, label: string, value: string, h = 20): void => {
      txt(p, label, 40, y - 13, hel, 9.5);
      const f = form.createTextField(name);
      f.addToPage(p, { x: 210, y: y - 18, width: 345, height: h, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.6, backgroundColor: rgb(0.93, 0.95, 1), font: hel });
      f.setFontSize(10);
      if (value) f.setText(value);
      y -= h + 6;
    };
    txt(p, '1. Practice details', 40, y - 10, bold, 11);
    y -= 20;
    field('Practice Name', 'Practice name', v.practiceName);
    field('Practice Code', 'Practice code', v.odsCode);
    field('Practice Address', 'Practice address', v.address);
    field('Practice Telephone', 'Telephone', v.phone);
    txt(p, '2. Primary User', 40, y - 10, bold, 11);
    y -= 20;
    field('PU Title', 'Title', v.title);
    field('PU Forename', 'Forename', v.forename);
    field('PU Surname', 'Surname', v.surname);
    field('PU Job Title', 'Job title', v.jobTitle);
    field('PU Email', 'NHSmail address', v.email);
    field('PU Telephone', 'Direct telephone', v.phoneUser);
    txt(p, '3. Authorised signatory', 40, y - 10, bold, 11);
    y -= 24;
    const roles: OeGpValues['signatoryRole'][] = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
    roles.forEach((r, i) => {
      const cb = form.createCheckBox(`Signatory ${r}`);
      const cx = 40 + (i % 3) * 175;
      const cy = y - Math.floor(i / 3) * 18;
      cb.addToPage(p, { x: cx, y: cy, width: 10, height: 10, borderColor: black, borderWidth: 0.8 });
      if (r === v.signatoryRole) cb.check();
      txt(p, r, cx + 15, cy + 1.5, hel, 9);
    });
    y -= 44;
    field('Signatory Name', 'Name of signatory', v.signatoryName);
    field('Signatory Email', 'Signatory email', v.signatoryEmail);
    txt(p, 'Signature', 40, y - 20, hel, 9.5);
    p.drawRectangle({ x: 210, y: y - 36, width: 345, height: 36, borderColor: rgb(0.4, 0.4, 0.4), borderWidth: 0.6 });
    signature(p, 225, y - 22, 140, `${seed}/sig`);
    y -= 44;
    field('Date Signed', 'Date', v.date);
    txt(p, 'OE PU GP v2 - page 1 of 1', 40, 30, hel, 8);
    form.updateFieldAppearances(hel);
    return save(doc);
  });
}

export interface OeFlatValues {
  practiceName: string; odsCode: string; nomineeName: string; nomineeJob: string; nomineeEmail: string;
  signatoryName: string; signatoryPosition: string; date: string;
}

/** Open Exeter Primary User request typed into a Word template and exported flat (Helvetica, label: value lines). */
export function oeGpFlat(seed: string, v: OeFlatValues): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { title: 'OE Primary User form', author: 'Reception', creator: 'Writer', producer: 'LibreOffice 7.6', date: new Date('2026-11-17T11:05:43Z') });
    const hel = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const p = doc.addPage(A4);
    txt(p, 'OPEN EXETER', 50, 790, bold, 18);
    txt(p, 'Application for Primary User access - GP Practices', 50, 768, bold, 12);
    let y = 736;
    const line = (a: string, b: string): void => {
      txt(p, a, 50, y, bold, 10.5);
      txt(p, b, 230, y, hel, 10.5);
      p.drawLine({ start: { x: 228, y: y - 3 }, end: { x: 545, y: y - 3 }, thickness: 0.4, color: rgb(0.5, 0.5, 0.5) });
      y -= 24;
    };
    line('Practice name:', v.practiceName);
    line('Practice code:', v.odsCode);
    y -= 10;
    txt(p, 'Person requiring Primary User access', 50, y, bold, 11);
    y -= 24;
    line('Name:', v.nomineeName);
    line('Job title:', v.nomineeJob);
    line('Email:', v.nomineeEmail);
    y -= 10;
    txt(p, 'Authorisation', 50, y, bold, 11);
    y = para(p, 'To be signed by the Lead GP, a GP Partner, the Caldicott Guardian, the existing Primary Contact or a member of the Board of Directors.', 50, y - 20, 495, hel, 9.5);
    y -= 8;
    line('Name of signatory:', v.signatoryName);
    line('Position:', v.signatoryPosition);
    txt(p, 'Signature:', 50, y, bold, 10.5);
    signature(p, 240, y + 2, 120, `${seed}/sig`);
    p.drawLine({ start: { x: 228, y: y - 3 }, end: { x: 545, y: y - 3 }, thickness: 0.4, color: rgb(0.5, 0.5, 0.5) });
    y -= 24;
    line('Date:', v.date);
    txt(p, 'Page 1', 280, 30, hel, 8);
    return save(doc, false);
  });
}

export interface ExtensionRow { label: string; existing: string; next: string }

/** A pharmacy group's change-of-ownership summary, landscape, a three-column table. */
export function extensionTable(seed: string, title: string, intro: string, rows: ExtensionRow[], footer: string): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { title, author: 'H Sandhu', creator: 'Microsoft® Excel® for Microsoft 365', producer: 'Microsoft® Excel® for Microsoft 365', date: new Date('2026-11-12T16:44:09Z') });
    const hel = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const p = doc.addPage([A4[1], A4[0]]);
    txt(p, title, 40, 540, bold, 15);
    let y = para(p, intro, 40, 516, 760, hel, 10);
    y -= 10;
    const cols = [40, 250, 530];
    const widths = [210, 280, 280];
    const head = ['', 'EXISTING PHARMACY (main contact already set up)', 'NEW PHARMACY (to be added)'];
    head.forEach((h, i) => {
      p.drawRectangle({ x: cols[i]!, y: y - 6, width: widths[i]!, height: 22, color: rgb(0.75, 0.85, 0.75), borderColor: black, borderWidth: 0.5 });
      txt(p, h, cols[i]! + 5, y + 1, bold, 9);
    });
    y -= 22;
    for (const r of rows) {
      [r.label, r.existing, r.next].forEach((c, i) => {
        p.drawRectangle({ x: cols[i]!, y: y - 6, width: widths[i]!, height: 22, borderColor: black, borderWidth: 0.5, color: i === 0 ? grey : undefined });
        txt(p, c, cols[i]! + 5, y + 1, i === 0 ? bold : hel, 9.5);
      });
      y -= 22;
    }
    para(p, footer, 40, y - 16, 760, hel, 9.5);
    return save(doc);
  });
}

export interface OdsReportValues { code: string; name: string; address: string[]; parent: string; parentName: string; opened: string; role: string; reportDate: string; reference: string }

/** The ODS team's new-organisation report, as a system-generated PDF (Courier values, grey bands). */
export function odsReport(seed: string, v: OdsReportValues): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { title: `ODS New Organisation Report ${v.code}`, creator: 'ODS Data Management Service', producer: 'JasperReports Library version 6.20.0', date: new Date('2026-11-06T07:30:00Z') });
    const hel = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const mono = await doc.embedFont(StandardFonts.Courier);
    const p = doc.addPage(A4);
    txt(p, 'Organisation Data Service', 40, 800, bold, 14);
    txt(p, 'New Organisation Code Report', 40, 782, hel, 11);
    txt(p, `Report date: ${v.reportDate}`, 400, 800, hel, 9);
    txt(p, `Reference: ${v.reference}`, 400, 788, hel, 9);
    let y = 748;
    const band = (t: string): void => {
      p.drawRectangle({ x: 40, y: y - 4, width: 515, height: 16, color: grey });
      txt(p, t, 44, y, bold, 10);
      y -= 24;
    };
    const kv = (k: string, val: string): void => {
      txt(p, k, 44, y, hel, 9.5);
      txt(p, val, 200, y, mono, 10);
      y -= 16;
    };
    band('Organisation');
    kv('Organisation code', v.code);
    kv('Name', v.name);
    v.address.forEach((a, i) => kv(i === 0 ? 'Address' : '', a));
    kv('Primary role', v.role);
    kv('Operational from', v.opened);
    y -= 8;
    band('Relationships');
    kv('Is a branch of', `${v.parent}  ${v.parentName}`);
    y -= 8;
    band('Notes');
    para(p, 'This report is issued when a new ODS code is created. Codes for GP branch surgeries are formed from the parent practice code followed by a three-digit suffix. Please keep this report for your records; you may be asked for it by other NHS organisations when setting up systems access.', 44, y, 505, hel, 9);
    txt(p, 'ODS - NHS England - exeter.helpdesk@nhs.net - 0300 303 4034', 40, 30, hel, 8);
    return save(doc);
  });
}

/** Wraps scanned JPEG pages into an image-only PDF, as a multifunction device writes it. */
export function scanPdf(seed: string, pages: Buffer[], producer: string, date: Date): Promise<Buffer> {
  return seeded(seed, async () => {
    const doc = await PDFDocument.create();
    setMeta(doc, { creator: producer, producer, date });
    for (const jpg of pages) {
      const img = await doc.embedJpg(jpg);
      const p = doc.addPage(A4);
      p.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
    }
    return save(doc, false);
  });
}
