// The form layouts of corpus 39 (writer AI). Each template draws its labels and boxes into a Page and records
// where each value goes; `fillFlat` writes values into the boxes (typed or by hand), `fillablePdf` makes an AcroForm.

import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { A4, BLACK, GREY, INK, NHS_BLUE, Page, pdfFonts, renderToPdf, SHADE, setMeta, sigSvgPath, type FontName, type RGB } from './forms.js';

export interface Slot { key: string; x: number; y: number; w: number; h: number }
export interface CheckSlot { key: string; x: number; y: number; size: number }
export interface Template { pages: Page[]; slots: Slot[]; checks: CheckSlot[]; sig: { page: number; x: number; y: number; w: number; h: number } | null }

export interface FillStyle {
  font: FontName;
  size: number;
  color: RGB;
}
export const TYPED: FillStyle = { font: 'sans', size: 10, color: BLACK };
export const HAND: FillStyle = { font: 'hand', size: 13, color: INK };
export const CAPS: FillStyle = { font: 'handCaps', size: 11.5, color: INK };

const META = (title: string, author: string, creator = 'Microsoft® Word for Microsoft 365', producer = 'Microsoft® Word for Microsoft 365') => ({
  title, author, creator, producer,
});

function header(p: Page, title: string, subtitle: string): void {
  p.band(0, 0, A4.w, 62, NHS_BLUE);
  p.text(40, 28, 'Primary Care Support England', 9, 'sansBold', [1, 1, 1]);
  p.text(40, 48, title, 14, 'sansBold', [1, 1, 1]);
  p.text(40, 84, subtitle, 9, 'sans', GREY);
}

function section(p: Page, y: number, label: string): void {
  p.band(40, y, A4.w - 80, 18, SHADE);
  p.text(46, y + 13, label, 10, 'sansBold');
}

/** A labelled box: label on the left, value box on the right. */
function row(t: Template, pageIdx: number, key: string, label: string, y: number, labelW = 170, boxW = A4.w - 80 - 170): void {
  const p = t.pages[pageIdx]!;
  p.text(44, y + 14, label, 9.5);
  p.box(40 + labelW, y, boxW, 20, 0.7);
  t.slots.push({ key, x: 40 + labelW, y, w: boxW, h: 20 });
}

function checkRow(t: Template, pageIdx: number, key: string, label: string, x: number, y: number): void {
  const p = t.pages[pageIdx]!;
  p.box(x, y, 11, 11, 0.8);
  p.text(x + 17, y + 9.5, label, 9.5);
  t.checks.push({ key, x, y, size: 11 });
}

// ---------------------------------------------------------------- GPP certification

export function gppTemplate(): Template {
  const t: Template = { pages: [new Page()], slots: [], checks: [], sig: null };
  const p = t.pages[0]!;
  header(p, 'GPP Practice User Administrator Certification', 'GP Payments and Pensions (GPP). Complete both parts and return to pcse.portalenquiries@nhs.net');
  section(p, 100, 'Part 1: Practice and nominated user administrator');
  let y = 128;
  for (const [k, l] of [['practice', 'Practice name'], ['ods', 'Practice ODS code'], ['address', 'Practice address'], ['nomineeName', 'Nominee full name'], ['nomineeRole', 'Nominee job title'], ['nomineeEmail', 'Nominee email address'], ['nomineePhone', 'Nominee telephone']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  p.para(44, y + 8, A4.w - 88, 'The nominee will hold the GPP Practice User Administrator role and will be able to assign GPP roles (Joiner & Leaver; Practice Estimate and Salary Change; GPP - Practice User Management) to other users at this practice. A practice may hold no more than four GPP Practice User Administrators.', 8.5);
  section(p, y + 46, 'Part 2: Certification by an organisation approver');
  y += 72;
  y = p.para(44, y + 4, A4.w - 88, 'I certify that the person named in Part 1 works at this practice and should be given the GPP Practice User Administrator role in PCSE Online. I am authorised to approve this request on behalf of the practice.', 9);
  y += 6;
  for (const [k, l] of [['approverName', 'Approver full name'], ['approverRole', 'Approver role / position'], ['approverEmail', 'Approver email address']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  p.text(44, y + 30, 'Signature', 9.5);
  p.box(210, y, 200, 44, 0.7);
  t.sig = { page: 0, x: 214, y: y + 2, w: 190, h: 40 };
  p.text(422, y + 30, 'Date', 9.5);
  p.box(450, y + 16, 105, 20, 0.7);
  t.slots.push({ key: 'date', x: 450, y: y + 16, w: 105, h: 20 });
  p.text(40, A4.h - 30, 'PCSE GPP UA Cert v3.2  |  Page 1 of 1', 7.5, 'sans', GREY);
  return t;
}

// ---------------------------------------------------------------- Open Exeter primary user (GP practices)

export const OE_GP_CAPACITIES = [
  ['lead_gp', 'Lead GP'],
  ['gp_partner', 'GP Partner'],
  ['caldicott', 'Caldicott Guardian'],
  ['primary_contact', 'Existing Primary Contact'],
  ['board', 'Member of the Board of Directors'],
] as const;

export const OE_OTHER_CAPACITIES = [
  ['caldicott', 'Caldicott Guardian'],
  ['board', 'Member of the Board of Directors'],
  ['primary_user', 'Existing Primary User within the organisation'],
] as const;

export function oeTemplate(kind: 'gp' | 'other', twoPages = true): Template {
  const t: Template = { pages: [new Page()], slots: [], checks: [], sig: null };
  const p = t.pages[0]!;
  p.text(40, 44, 'Open Exeter', 20, 'serifBold', NHS_BLUE);
  p.text(40, 66, kind === 'gp' ? 'Request for a Primary User: GP Practices' : 'Request for a Primary User: Other Organisations (non-GP)', 13, 'serifBold');
  p.text(40, 84, 'Cervical screening administration. Return the signed form to pcse.openexeter@nhs.net', 9, 'serif', GREY);
  p.line(40, 94, A4.w - 40, 94, 1.2, NHS_BLUE);
  let y = 108;
  p.text(40, y + 10, kind === 'gp' ? '1. Practice details' : '1. Organisation details', 11, 'serifBold');
  y += 20;
  const orgRows: [string, string][] = kind === 'gp'
    ? [['org', 'Practice name'], ['ods', 'Practice code (ODS)']]
    : [['org', 'Organisation name'], ['ods', 'Organisation code (ODS)'], ['orgType', 'Type of organisation']];
  for (const [k, l] of orgRows) {
    row(t, 0, k, l, y);
    y += 26;
  }
  y += 6;
  p.text(40, y + 10, '2. Person to be set up as Primary User', 11, 'serifBold');
  y += 20;
  for (const [k, l] of [['nomineeName', 'Full name'], ['nomineeRole', 'Job title'], ['nomineeEmail', 'NHS email address'], ['nomineePhone', 'Telephone']] as const) {
    row(t, 0, k, l, y);
    y += 26;
  }
  y += 6;
  p.text(40, y + 10, '3. Authorised signatory', 11, 'serifBold');
  y += 18;
  y = p.para(44, y + 4, A4.w - 88, kind === 'gp'
    ? 'This form must be signed by one of the following. Tick the box that applies to you:'
    : 'This form must be signed by one of the following. Tick the box that applies to you:', 9);
  const caps = kind === 'gp' ? OE_GP_CAPACITIES : OE_OTHER_CAPACITIES;
  let i = 0;
  for (const [k, l] of caps) {
    const col = i % 2;
    checkRow(t, 0, k, l, col === 0 ? 60 : 300, y + 2);
    if (col === 1 || i === caps.length - 1) y += 18;
    i++;
  }
  y += 6;
  for (const [k, l] of [['sigName', 'Signatory name'], ['sigEmail', 'Signatory email address']] as const) {
    row(t, 0, k, l, y);
    y += 26;
  }
  p.text(44, y + 30, 'Signature', 9.5);
  p.box(210, y, 200, 44, 0.7);
  t.sig = { page: 0, x: 214, y: y + 2, w: 190, h: 40 };
  p.text(422, y + 30, 'Date', 9.5);
  p.box(450, y + 16, 105, 20, 0.7);
  t.slots.push({ key: 'date', x: 450, y: y + 16, w: 105, h: 20 });
  p.text(40, A4.h - 46, 'Requests cannot be processed unless the form is signed by an authorised signatory at the bottom of this page.', 8.5, 'serif');
  p.text(40, A4.h - 30, `OE-PU-${kind === 'gp' ? 'GP' : 'ORG'} v4  |  Page 1 of ${twoPages ? 2 : 1}`, 7.5, 'sans', GREY);
  if (twoPages) {
    const q = new Page();
    t.pages.push(q);
    q.text(40, 50, 'Guidance notes', 14, 'serifBold', NHS_BLUE);
    let yy = 76;
    for (const s of [
      'A Primary User (also known as a Primary Contact) manages access to Open Exeter for other members of staff in the organisation: they can add, amend and delete users and reset passwords.',
      'We recommend that each organisation has two Primary Users, so that access can still be managed when one of them is away.',
      'You can check whether you are already a Primary User: "Organisation Maintenance" appears in the Application drop-down menu when you log in.',
      'When the new Primary User creates accounts for colleagues, Open Exeter notifies PCSE, who authorise the new user and issue them with a password.',
      'Additional permissions for an existing user are requested by email to pcse.openexeter@nhs.net from an NHS email address, by a Lead GP, GP Partner, Caldicott Guardian or a member of the Board of Directors.',
      'If no one from the list of signatories is available, please arrange for a new Caldicott Guardian to be registered first.',
    ]) {
      yy = q.para(40, yy, A4.w - 80, s, 10, 'serif') + 8;
    }
    q.text(40, A4.h - 30, `OE-PU-${kind === 'gp' ? 'GP' : 'ORG'} v4  |  Page 2 of 2`, 7.5, 'sans', GREY);
  }
  return t;
}

// ---------------------------------------------------------------- Ophthalmic user administrator nomination

export function optoTemplate(): Template {
  const t: Template = { pages: [new Page()], slots: [], checks: [], sig: null };
  const p = t.pages[0]!;
  header(p, 'Ophthalmic Practice: User Administrator Nomination', 'To be completed by the contract holder. Up to four user administrators per practice.');
  section(p, 100, 'Practice');
  let y = 126;
  for (const [k, l] of [['practice', 'Practice name'], ['ods', 'ODS code (TP...)'], ['holderName', 'Contract holder name'], ['holderEmail', 'Contract holder email']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  section(p, y + 6, 'Nominated user administrator');
  y += 32;
  for (const [k, l] of [['nomineeName', 'Name of nominee'], ['nomineeRole', 'Nominee position'], ['nomineeEmail', 'Nominee email address']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  p.text(44, y + 12, 'Role(s) requested:', 9.5, 'sansBold');
  y += 20;
  checkRow(t, 0, 'opto', 'OPTO Organisation User Administration (Ophthalmic Payments)', 60, y);
  y += 18;
  checkRow(t, 0, 'pl', 'PL Organisation User Administration (Performers List)', 60, y);
  y += 30;
  p.para(44, y, A4.w - 88, 'I confirm that I am the contract holder for the practice named above and that I nominate the person above as a user administrator for PCSE Online.', 9);
  y += 36;
  p.text(44, y + 30, 'Signature of contract holder', 9.5);
  p.box(210, y, 200, 44, 0.7);
  t.sig = { page: 0, x: 214, y: y + 2, w: 190, h: 40 };
  p.text(422, y + 30, 'Date', 9.5);
  p.box(450, y + 16, 105, 20, 0.7);
  t.slots.push({ key: 'date', x: 450, y: y + 16, w: 105, h: 20 });
  return t;
}

// ---------------------------------------------------------------- PCN user administrator request

export function pcnTemplate(): Template {
  const t: Template = { pages: [new Page()], slots: [], checks: [], sig: null };
  const p = t.pages[0]!;
  header(p, 'PCN User Administrator Request', 'For a Primary Care Network without a PCN user admin. Must be approved by an ICB approver on the NHSE Authorised Email List.');
  section(p, 100, 'A. Primary Care Network');
  let y = 126;
  for (const [k, l] of [['pcn', 'PCN name'], ['ods', 'PCN ODS code'], ['icb', 'Integrated Care Board']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  section(p, y + 6, 'B. Person to be set up as PCN user admin');
  y += 32;
  for (const [k, l] of [['nomineeName', 'Full name'], ['nomineeRole', 'Role in the PCN'], ['nomineeEmail', 'NHS email address']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  section(p, y + 6, 'C. ICB approval (approver on the NHSE Authorised Email List)');
  y += 32;
  for (const [k, l] of [['approverName', 'Approver name'], ['approverRole', 'Approver job title'], ['approverEmail', 'Approver email address']] as const) {
    row(t, 0, k, l, y);
    y += 27;
  }
  p.text(44, y + 30, 'Signature', 9.5);
  p.box(210, y, 200, 44, 0.7);
  t.sig = { page: 0, x: 214, y: y + 2, w: 190, h: 40 };
  p.text(422, y + 30, 'Date', 9.5);
  p.box(450, y + 16, 105, 20, 0.7);
  t.slots.push({ key: 'date', x: 450, y: y + 16, w: 105, h: 20 });
  return t;
}

// ---------------------------------------------------------------- filling

export interface FillSpec {
  values: Record<string, string>;
  /** a value crossed out in the box, with the new value written after it */
  struck?: Record<string, string>;
  ticks?: string[];
  signed?: boolean;
  sigSeed?: number;
  style?: FillStyle;
  /** per-slot style overrides (e.g. an email written in capitals, a date in a different pen) */
  styles?: Record<string, FillStyle>;
  /** colour of the ticks (default: black when typed, ink when handwritten) */
  tickColor?: RGB;
}

/** Pages with the values drawn into the boxes. */
export function fillFlat(t: Template, f: FillSpec): Page[] {
  const pages = t.pages.map((p) => {
    const q = new Page();
    q.ops = [...p.ops];
    return q;
  });
  const style = f.style ?? TYPED;
  for (const s of t.slots) {
    const v = f.values[s.key];
    if (!v) continue;
    const st = f.styles?.[s.key] ?? style;
    const base = s.y + s.h - 5.5;
    const p = pages[0]!;
    const old = f.struck?.[s.key];
    if (old) {
      p.struck(s.x + 5, base, old, TYPED.size, 'sans', BLACK);
      const oldW = old.length * TYPED.size * 0.5 + 12;
      p.text(s.x + 5 + oldW, base - (st.font === 'sans' ? 0 : 1), v, st.size, st.font === 'sans' ? 'hand' : st.font, st.font === 'sans' ? INK : st.color);
    } else {
      p.text(s.x + 5, base, v, st.size, st.font, st.color);
    }
  }
  for (const c of t.checks) {
    if (f.ticks?.includes(c.key)) pages[0]!.tick(c.x + 1, c.y + c.size - 1, c.size + 2, f.tickColor ?? ((f.style ?? TYPED).font === 'sans' ? BLACK : INK));
  }
  if (f.signed && t.sig) pages[t.sig.page]!.sig(t.sig.x, t.sig.y, t.sig.w, t.sig.h, f.sigSeed ?? 7);
  return pages;
}

/** An AcroForm: the template drawn flat, a text field per slot and a check box per tick, named by `names`. */
export async function fillablePdf(
  t: Template,
  f: FillSpec,
  names: Record<string, string>,
  meta: { title: string; author: string; creator?: string; producer?: string; date: Date },
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  setMeta(doc, { ...META(meta.title, meta.author, meta.creator ?? 'Adobe Acrobat Pro (64-bit) 24.4.20272', meta.producer ?? 'Adobe Acrobat Pro (64-bit) 24.4.20272'), date: meta.date });
  const fonts = await pdfFonts(doc);
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  const pdfPages = t.pages.map((p) => {
    const page = doc.addPage([A4.w, A4.h]);
    renderToPdf(page, p.ops, fonts);
    return page;
  });
  const page0 = pdfPages[0]!;
  const H = A4.h;
  for (const s of t.slots) {
    const name = names[s.key];
    if (!name) continue;
    const tf = form.createTextField(name);
    const v = f.values[s.key];
    if (v) tf.setText(v);
    tf.addToPage(page0, { x: s.x + 1, y: H - s.y - s.h + 1, width: s.w - 2, height: s.h - 2, borderWidth: 0, backgroundColor: rgb(0.93, 0.95, 1), font: helv });
    tf.setFontSize(10);
  }
  for (const c of t.checks) {
    const name = names[c.key];
    if (!name) continue;
    const cb = form.createCheckBox(name);
    cb.addToPage(page0, { x: c.x + 1, y: H - c.y - c.size + 1, width: c.size - 2, height: c.size - 2, borderWidth: 0, backgroundColor: rgb(0.93, 0.95, 1) });
    if (f.ticks?.includes(c.key)) cb.check();
  }
  if (f.signed && t.sig) {
    const page = pdfPages[t.sig.page]!;
    page.drawSvgPath(sigSvgPath(t.sig.w, t.sig.h, f.sigSeed ?? 7), { x: t.sig.x, y: H - t.sig.y, borderColor: rgb(INK[0], INK[1], INK[2]), borderWidth: 1.2 });
  }
  form.updateFieldAppearances(helv);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
