// The forms writer R's senders attach: layouts drawn once and rendered three ways — a fillable AcroForm, a flat
// "printed to PDF" page, or a printed page filled in by hand and scanned (image only, no text layer).
import { GlobalFonts, type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb as pdfRgb } from 'pdf-lib';
import { type Rng, rng, withSeededRandom } from './lib.js';

export const PAGE_W = 595;
export const PAGE_H = 842;

export type Op =
  | { t: 'text'; x: number; y: number; s: number; str: string; bold?: boolean; italic?: boolean }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number; lw?: number; noStroke?: boolean }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; lw?: number };

export interface Slot {
  key: string;
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  type: 'text' | 'check' | 'sign' | 'area';
}

export class Layout {
  pages: Op[][] = [[]];
  slots: Slot[] = [];
  constructor(public serif = false) {}
  get p(): number {
    return this.pages.length - 1;
  }
  newPage(): this {
    this.pages.push([]);
    return this;
  }
  op(o: Op): this {
    this.pages[this.p]!.push(o);
    return this;
  }
  text(x: number, y: number, str: string, s = 9.5, o: { bold?: boolean; italic?: boolean } = {}): this {
    return this.op({ t: 'text', x, y, s, str, ...o });
  }
  para(x: number, y: number, lines: string[], s = 9, lead = 12): number {
    lines.forEach((l, i) => this.text(x, y + i * lead, l, s));
    return y + lines.length * lead;
  }
  bar(y: number, str: string, x = 50, w = 495): this {
    this.op({ t: 'rect', x, y, w, h: 18, fill: 0.82, noStroke: true });
    return this.text(x + 6, y + 13, str, 10.5, { bold: true });
  }
  /** A labelled box on one row; returns the next row's y. */
  row(y: number, label: string, key: string, o: { h?: number; x0?: number; w?: number; type?: Slot['type']; lx?: number } = {}): number {
    const h = o.h ?? 20;
    const x0 = o.x0 ?? 210;
    const w = o.w ?? 545 - x0;
    this.text(o.lx ?? 56, y + 13, label, 9.5);
    this.op({ t: 'rect', x: x0, y, w, h, lw: 0.75 });
    this.slots.push({ key, page: this.p, x: x0, y, w, h, type: o.type ?? (h > 24 ? 'area' : 'text') });
    return y + h + 7;
  }
  check(x: number, y: number, key: string, label: string): this {
    this.op({ t: 'rect', x, y, w: 11, h: 11, lw: 0.75 });
    this.slots.push({ key, page: this.p, x, y, w: 11, h: 11, type: 'check' });
    return this.text(x + 17, y + 9.5, label, 9.5);
  }
}

export type Values = Record<string, string | boolean | undefined>;

// ---------------------------------------------------------------- the forms

/** GP Payments and Pensions Practice User Administrator certification form (both parts on one page). */
export function gppCertForm(): Layout {
  const L = new Layout();
  L.text(50, 48, 'Primary Care Support England', 9);
  L.text(460, 48, 'OFFICIAL', 9, { bold: true });
  L.text(50, 80, 'GP Payments and Pensions', 16, { bold: true });
  L.text(50, 101, 'Practice User Administrator Certification Form', 13, { bold: true });
  L.para(50, 124, [
    'Use this form where your practice has no GPP Practice User Administrator in PCSE Online. Please complete both',
    "parts. Part B must be completed by one of your organisation's approvers. Return the completed form to",
    'pcse.portalenquiries@nhs.net. Incomplete forms will be returned.',
  ]);
  L.bar(166, 'Part A - Practice and nominee details');
  let y = 194;
  y = L.row(y, 'Practice name', 'practiceName');
  y = L.row(y, 'Practice ODS code', 'odsCode', { w: 120 });
  y = L.row(y, 'Nominee full name', 'nomineeName');
  y = L.row(y, 'Nominee job title', 'nomineeJobTitle');
  y = L.row(y, 'Nominee email address', 'nomineeEmail');
  y = L.row(y, 'Nominee telephone', 'nomineePhone', { w: 180 });
  y += 8;
  L.bar(y, 'Part B - Certification by organisation approver');
  y = L.para(56, y + 32, [
    'I certify that the person named in Part A works for the practice named above and should be given the',
    'GPP Practice User Administrator role in PCSE Online for this practice.',
  ]);
  y += 8;
  y = L.row(y, 'Approver full name', 'approverName');
  y = L.row(y, 'Position / role', 'approverRole');
  y = L.row(y, 'Approver email address', 'approverEmail');
  y = L.row(y, 'Signature', 'signature', { h: 42, type: 'sign', w: 220 });
  L.row(y, 'Date', 'date', { w: 120 });
  L.text(50, 805, 'PCSE GPP UA Certification v3.1', 7.5);
  L.text(480, 805, 'Page 1 of 1', 7.5);
  return L;
}

const OE_HEAD = (L: Layout, sub: string) => {
  L.text(50, 48, 'Open Exeter - Cervical Screening Administration Service', 9);
  L.text(50, 82, 'Request for a Primary User', 16, { bold: true });
  L.text(50, 102, sub, 12, { bold: true });
};

/** Open Exeter Primary User request form for GP practices: signatory at the bottom of page 1, notes on page 2. */
export function oeGpForm(): Layout {
  const L = new Layout();
  OE_HEAD(L, 'GP Practices');
  L.para(50, 124, [
    'Use this form to ask for a member of practice staff to be set up as an Open Exeter Primary User (Organisation',
    'Maintenance). Please complete all sections in BLOCK CAPITALS and read the notes on page 2.',
  ]);
  L.bar(152, 'Section 1 - Practice details');
  let y = 178;
  y = L.row(y, 'Practice name', 'practiceName');
  y = L.row(y, 'Practice code', 'odsCode', { w: 120 });
  y = L.row(y, 'Practice address', 'practiceAddress', { h: 34 });
  y = L.row(y, 'Practice telephone', 'practicePhone', { w: 180 });
  y += 4;
  L.bar(y, 'Section 2 - Primary User details');
  y += 26;
  y = L.row(y, 'Title', 'nomineeTitle', { w: 70 });
  y = L.row(y, 'Forename(s)', 'nomineeForename');
  y = L.row(y, 'Surname', 'nomineeSurname');
  y = L.row(y, 'Job title', 'nomineeJobTitle');
  y = L.row(y, 'NHSmail address', 'nomineeEmail');
  y = L.row(y, 'Telephone', 'nomineePhone', { w: 180 });
  y += 4;
  L.bar(y, 'Section 3 - Authorised signatory');
  y += 30;
  L.text(56, y, 'I confirm that I am (tick one):', 9.5);
  y += 10;
  L.check(60, y, 'roleLeadGp', 'Lead GP');
  L.check(200, y, 'roleGpPartner', 'GP Partner');
  L.check(340, y, 'roleCaldicott', 'Caldicott Guardian');
  y += 18;
  L.check(60, y, 'rolePrimaryContact', 'Existing Primary Contact');
  L.check(200, y, 'roleBoard', 'Member of the Board of Directors');
  y += 22;
  y = L.row(y, 'Full name', 'signatoryName');
  y = L.row(y, 'Email address', 'signatoryEmail');
  y = L.row(y, 'Signature', 'signature', { h: 36, type: 'sign', w: 200 });
  L.text(425, y - 30, 'Date', 9.5);
  L.op({ t: 'rect', x: 452, y: y - 43, w: 93, h: 20, lw: 0.75 });
  L.slots.push({ key: 'date', page: 0, x: 452, y: y - 43, w: 93, h: 20, type: 'text' });
  L.text(50, 806, 'Forms not signed above by an authorised signatory cannot be processed.', 8, { italic: true });
  L.text(480, 822, 'Page 1 of 2', 7.5);
  L.newPage();
  L.text(50, 60, 'Notes', 13, { bold: true });
  L.para(50, 84, [
    '1. A Primary User manages access to Open Exeter for other members of staff at the practice: they can add,',
    '   amend and delete users and reset passwords (Organisation Maintenance).',
    '2. We recommend that each practice has two Primary Users.',
    '3. The form must be signed by one of: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact or a',
    '   Member of the Board of Directors. We will validate the signatory before the request is authorised.',
    '4. The Primary User must have an NHSmail address.',
    '5. If no signatory is available, please request a new Caldicott Guardian first.',
    '',
    'Email the completed form to pcse.openexeter@nhs.net',
  ], 9.5, 15);
  L.text(480, 822, 'Page 2 of 2', 7.5);
  return L;
}

/** Open Exeter Primary User request form for organisations other than GP practices. */
export function oeOtherForm(): Layout {
  const L = new Layout();
  OE_HEAD(L, 'Other Organisations (non-GP)');
  L.para(50, 124, ['For hospital units, laboratories, sexual health and community services and other organisations.', 'Please complete all sections.']);
  L.bar(152, 'Section 1 - Organisation details');
  let y = 178;
  y = L.row(y, 'Organisation name', 'orgName');
  y = L.row(y, 'Department / unit', 'orgUnit');
  y = L.row(y, 'Organisation code', 'odsCode', { w: 120 });
  y = L.row(y, 'Address', 'orgAddress', { h: 34 });
  y += 4;
  L.bar(y, 'Section 2 - Primary User details');
  y += 26;
  y = L.row(y, 'Full name', 'nomineeName');
  y = L.row(y, 'Job title', 'nomineeJobTitle');
  y = L.row(y, 'NHSmail address', 'nomineeEmail');
  y = L.row(y, 'Telephone', 'nomineePhone', { w: 180 });
  y += 4;
  L.bar(y, 'Section 3 - Authorised signatory');
  y += 30;
  L.text(56, y, 'I confirm that I am (tick one):', 9.5);
  y += 10;
  L.check(60, y, 'roleCaldicott', 'Caldicott Guardian');
  L.check(200, y, 'roleBoard', 'Member of the Board of Directors');
  L.check(400, y, 'rolePrimaryUser', 'Existing Primary User');
  y += 24;
  y = L.row(y, 'Full name', 'signatoryName');
  y = L.row(y, 'Job title', 'signatoryJobTitle');
  y = L.row(y, 'Email address', 'signatoryEmail');
  y = L.row(y, 'Signature', 'signature', { h: 36, type: 'sign', w: 200 });
  L.row(y, 'Date', 'date', { w: 120 });
  L.text(50, 806, 'Forms not signed above by an authorised signatory cannot be processed. Return to pcse.openexeter@nhs.net', 8, { italic: true });
  return L;
}

/** A PCN user administrator request approved by the ICB. */
export function pcnForm(): Layout {
  const L = new Layout();
  L.text(50, 48, 'PCSE Online', 9);
  L.text(50, 80, 'Primary Care Network (PCN) User Administrator Request', 14, { bold: true });
  L.para(50, 102, [
    'For PCNs with no PCN user administrator in PCSE Online. Section 3 must be completed by an ICB approver listed on',
    'the NHS England Authorised Email List (AEL), who submits the form to pcse.portalenquiries@nhs.net.',
  ]);
  L.bar(132, 'Section 1 - PCN details');
  let y = 158;
  y = L.row(y, 'PCN name', 'pcnName');
  y = L.row(y, 'PCN ODS code', 'odsCode', { w: 120 });
  y = L.row(y, 'ICB', 'icb');
  y += 4;
  L.bar(y, 'Section 2 - Nominated PCN user administrator');
  y += 26;
  y = L.row(y, 'Full name', 'nomineeName');
  y = L.row(y, 'Job title', 'nomineeJobTitle');
  y = L.row(y, 'Email address', 'nomineeEmail');
  y = L.row(y, 'Telephone', 'nomineePhone', { w: 180 });
  y += 4;
  L.bar(y, 'Section 3 - ICB approval');
  y += 26;
  y = L.row(y, 'Approver full name', 'approverName');
  y = L.row(y, 'Job title / role', 'approverRole');
  y = L.row(y, 'Approver email address', 'approverEmail');
  y += 2;
  L.check(60, y, 'onAel', 'I confirm I am an ICB approver listed on the NHSE Authorised Email List');
  y += 22;
  L.row(y, 'Date approved', 'date', { w: 120 });
  L.text(50, 805, 'PCSE PCN UA v1.4', 7.5);
  return L;
}

/** The ODS team's report for a newly created code, as practices forward it. */
export function odsReport(): Layout {
  const L = new Layout();
  L.text(50, 52, 'NHS England', 10, { bold: true });
  L.text(50, 66, 'Organisation Data Service', 9);
  L.text(50, 104, 'Organisation Details Report', 15, { bold: true });
  L.text(50, 122, 'New organisation code created', 10);
  const rows: [string, string][] = [
    ['Organisation code', 'code'], ['Organisation name', 'name'], ['Address line 1', 'addr1'], ['Address line 2', 'addr2'], ['Town', 'town'],
    ['Postcode', 'postcode'], ['Primary role', 'role'], ['Parent organisation', 'parent'], ['Operational start date', 'start'], ['Date of report', 'reportDate'],
  ];
  let y = 146;
  for (const [label, key] of rows) {
    L.op({ t: 'rect', x: 50, y, w: 170, h: 20, fill: 0.92, lw: 0.5 });
    L.op({ t: 'rect', x: 220, y, w: 325, h: 20, lw: 0.5 });
    L.text(56, y + 13.5, label, 9.5, { bold: true });
    L.slots.push({ key, page: 0, x: 220, y, w: 325, h: 20, type: 'text' });
    y += 20;
  }
  L.para(50, y + 24, [
    'This report is issued when a new organisation code is created. Please keep it for your records and send a copy',
    'to any organisation that asks for evidence of the code. Enquiries: exeter.helpdesk@nhs.net / 0300 303 4034.',
  ], 8.5);
  return L;
}

/** A practice's own retyped version of the Open Exeter GP form (a Word table exported to PDF). */
export function wordOeForm(rows: [string, string][], title: string[]): Layout {
  const L = new Layout(true);
  title.forEach((t, i) => L.text(72, 80 + i * 18, t, i === 0 ? 14 : 11.5, { bold: i === 0 }));
  let y = 80 + title.length * 18 + 14;
  for (const [label, key] of rows) {
    if (key.startsWith('#')) {
      L.op({ t: 'rect', x: 72, y, w: 451, h: 20, fill: 0.85, lw: 0.5 });
      L.text(78, y + 14, label, 11, { bold: true });
      y += 20;
      continue;
    }
    const h = key === 'signature' ? 40 : key.endsWith('Address') ? 34 : 20;
    L.op({ t: 'rect', x: 72, y, w: 190, h, lw: 0.5 });
    L.op({ t: 'rect', x: 262, y, w: 261, h, lw: 0.5 });
    L.text(78, y + 14, label, 11);
    L.slots.push({ key, page: 0, x: 262, y, w: 261, h, type: key === 'signature' ? 'sign' : h > 24 ? 'area' : 'text' });
    y += h;
  }
  return L;
}

// ---------------------------------------------------------------- PDF rendering

export interface PdfMeta {
  title: string;
  author?: string;
  creator: string;
  producer: string;
  date: string; // ISO
}

async function fonts(doc: PDFDocument, serif: boolean) {
  return {
    reg: await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica),
    bold: await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold),
    ital: await doc.embedFont(serif ? StandardFonts.TimesRomanItalic : StandardFonts.HelveticaOblique),
  };
}

function drawOps(page: PDFPage, ops: Op[], f: { reg: PDFFont; bold: PDFFont; ital: PDFFont }) {
  for (const o of ops) {
    if (o.t === 'text') page.drawText(o.str, { x: o.x, y: PAGE_H - o.y, size: o.s, font: o.bold ? f.bold : o.italic ? f.ital : f.reg });
    else if (o.t === 'rect')
      page.drawRectangle({
        x: o.x, y: PAGE_H - o.y - o.h, width: o.w, height: o.h,
        ...(o.fill !== undefined ? { color: pdfRgb(o.fill, o.fill, o.fill) } : {}),
        ...(o.noStroke ? {} : { borderColor: pdfRgb(0, 0, 0), borderWidth: o.lw ?? 0.75 }),
      });
    else page.drawLine({ start: { x: o.x1, y: PAGE_H - o.y1 }, end: { x: o.x2, y: PAGE_H - o.y2 }, thickness: o.lw ?? 0.75 });
  }
}

/** A signature scribble as an SVG path in a w×h box (y down): an initial, a run of humps and loops, a flourish. */
export function scribble(seed: string, w: number, h: number): string {
  const r = rng(seed);
  const f = (n: number) => n.toFixed(1);
  const mid = h * (0.55 + r() * 0.1);
  let x = w * (0.04 + r() * 0.06);
  // the initial: a tall up-and-down stroke, sometimes looped
  let d = `M ${f(x)} ${f(mid + h * 0.15)} C ${f(x + w * 0.02)} ${f(h * 0.02)} ${f(x + w * 0.1)} ${f(h * 0.05)} ${f(x + w * 0.08)} ${f(mid + h * 0.2)}`;
  x += w * 0.09;
  const n = 4 + Math.floor(r() * 5);
  const amp = 0.15 + r() * 0.3;
  for (let i = 0; i < n; i++) {
    const step = (w * (0.62 + r() * 0.1)) / n;
    const loop = r() < 0.3;
    const c1x = loop ? x + step * 1.1 : x + step * (0.1 + r() * 0.3);
    const c1y = mid - h * (amp + r() * 0.2);
    const c2x = loop ? x - step * 0.2 : x + step * (0.5 + r() * 0.3);
    const c2y = mid + h * (0.05 + r() * amp);
    x += step;
    d += ` C ${f(c1x)} ${f(c1y)} ${f(c2x)} ${f(c2y)} ${f(x)} ${f(mid + (r() - 0.5) * h * 0.2)}`;
  }
  // the flourish back under the name
  const fx = x + w * (0.03 + r() * 0.05);
  d += ` C ${f(fx)} ${f(mid + h * 0.3)} ${f(w * 0.5)} ${f(mid + h * (0.25 + r() * 0.1))} ${f(w * (0.1 + r() * 0.1))} ${f(mid + h * (0.2 + r() * 0.1))}`;
  return d;
}

/** Flat (printed to PDF) or fillable (AcroForm) rendering of a filled layout. */
export async function renderPdf(
  L: Layout,
  values: Values,
  o: { mode: 'flat' | 'acro'; meta: PdfMeta; fieldNames?: Record<string, string>; fontSize?: number; signSeed?: string; signTyped?: boolean },
): Promise<Buffer> {
  return withSeededRandom(`pdf|${o.meta.title}|${JSON.stringify(values)}`, async () => {
    const doc = await PDFDocument.create();
    const f = await fonts(doc, L.serif);
    const pages = L.pages.map((ops) => {
      const page = doc.addPage([PAGE_W, PAGE_H]);
      drawOps(page, ops, f);
      return page;
    });
    const form = o.mode === 'acro' ? doc.getForm() : null;
    const fs = o.fontSize ?? 10;
    for (const s of L.slots) {
      const page = pages[s.page]!;
      const v = values[s.key];
      const name = o.fieldNames?.[s.key] ?? s.key;
      if (s.type === 'sign') {
        if (v) {
          if (o.signTyped && typeof v === 'string') page.drawText(v, { x: s.x + 6, y: PAGE_H - s.y - s.h + 10, size: 15, font: f.ital, color: pdfRgb(0.05, 0.1, 0.35) });
          else page.drawSvgPath(scribble(o.signSeed ?? `${o.meta.title}|sig`, s.w * 0.9, s.h * 0.9), { x: s.x + 4, y: PAGE_H - s.y - 2, borderColor: pdfRgb(0.05, 0.1, 0.4), borderWidth: 1.1 });
        }
        continue;
      }
      if (s.type === 'check') {
        if (form) {
          const cb = form.createCheckBox(name);
          cb.addToPage(page, { x: s.x, y: PAGE_H - s.y - s.h, width: s.w, height: s.h, borderWidth: 0 });
          if (v) cb.check();
        } else if (v) page.drawText('X', { x: s.x + 2, y: PAGE_H - s.y - s.h + 2, size: 10, font: f.bold });
        continue;
      }
      const text = typeof v === 'string' ? v : '';
      if (form) {
        const tf = form.createTextField(name);
        if (s.type === 'area') tf.enableMultiline();
        if (text) tf.setText(text);
        tf.addToPage(page, { x: s.x + 1, y: PAGE_H - s.y - s.h + 1, width: s.w - 2, height: s.h - 2, borderWidth: 0, font: f.reg });
        tf.setFontSize(s.type === 'area' ? 9 : fs);
      } else if (text) {
        const lines = text.split('\n');
        const size = s.type === 'area' ? fs - 0.5 : fs;
        lines.forEach((l, i) => page.drawText(l, { x: s.x + 5, y: PAGE_H - s.y - 13.5 - i * (size + 2), size, font: f.reg }));
      }
    }
    if (form) form.updateFieldAppearances(f.reg);
    setMeta(doc, o.meta);
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}

function setMeta(doc: PDFDocument, m: PdfMeta) {
  const d = new Date(m.date);
  doc.setTitle(m.title);
  if (m.author) doc.setAuthor(m.author);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setCreationDate(d);
  doc.setModificationDate(d);
}

// ---------------------------------------------------------------- scans

let fontsReady = false;
function registerFonts() {
  if (fontsReady) return;
  const dir = '/usr/share/fonts/truetype';
  GlobalFonts.registerFromPath(`${dir}/liberation/LiberationSans-Regular.ttf`, 'FormSans');
  GlobalFonts.registerFromPath(`${dir}/liberation/LiberationSans-Bold.ttf`, 'FormSansBold');
  GlobalFonts.registerFromPath(`${dir}/liberation/LiberationSans-Italic.ttf`, 'FormSansItalic');
  GlobalFonts.registerFromPath(`${dir}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'HandA');
  GlobalFonts.registerFromPath(`${dir}/dejavu/DejaVuSans-Oblique.ttf`, 'HandB');
  GlobalFonts.registerFromPath(`${dir}/liberation/LiberationSansNarrow-Italic.ttf`, 'HandC');
  fontsReady = true;
}

export interface Hand {
  /** which of the hand "styles" (font, slant, size, ink) writes this form */
  font: 'HandA' | 'HandB' | 'HandC';
  size: number; // px at 150 dpi
  slant: number; // radians
  ink: string;
  caps?: string[]; // slot keys written in block capitals
  wobble?: number;
}

/** Writes text as a person would, letter by letter with small wobbles. */
function handwrite(ctx: SKRSContext2D, text: string, x: number, y: number, hand: Hand, r: Rng, maxW: number) {
  let cx = x;
  const wob = hand.wobble ?? 1;
  const slope = (r() - 0.35) * 0.03;
  const size0 = hand.size;
  ctx.fillStyle = hand.ink;
  for (const ch of text) {
    const size = size0 * (0.94 + r() * 0.12);
    ctx.font = `${size.toFixed(1)}px ${hand.font}`;
    const w = ctx.measureText(ch).width;
    if (cx - x + w > maxW) break;
    ctx.save();
    ctx.translate(cx, y - (cx - x) * slope + (r() - 0.5) * 2.2 * wob);
    ctx.rotate((r() - 0.5) * 0.09 * wob);
    ctx.transform(1, 0, Math.tan(hand.slant * 0.3), 1, 0, 0);
    ctx.fillText(ch, 0, 0);
    ctx.lineWidth = 0.7;
    ctx.strokeStyle = hand.ink;
    ctx.strokeText(ch, 0, 0);
    ctx.restore();
    cx += w * (0.93 + r() * 0.1) + (ch === ' ' ? size * 0.12 : 0.6);
  }
}

function tick(ctx: SKRSContext2D, x: number, y: number, s: number, ink: string, r: Rng) {
  ctx.strokeStyle = ink;
  ctx.lineWidth = 3.2;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x + s * 0.1, y + s * 0.55);
  ctx.lineTo(x + s * (0.38 + r() * 0.05), y + s * 0.92);
  ctx.lineTo(x + s * (1.15 + r() * 0.2), y - s * (0.25 + r() * 0.15));
  ctx.stroke();
}

function signCanvas(ctx: SKRSContext2D, seed: string, x: number, y: number, w: number, h: number, ink: string) {
  const d = scribble(seed, w, h);
  ctx.save();
  ctx.translate(x, y);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2.6;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const toks = d.split(' ');
  ctx.beginPath();
  for (let i = 0; i < toks.length; ) {
    const c = toks[i++];
    const num = () => Number(toks[i++]);
    if (c === 'M') ctx.moveTo(num(), num());
    else if (c === 'L') ctx.lineTo(num(), num());
    else if (c === 'C') ctx.bezierCurveTo(num(), num(), num(), num(), num(), num());
  }
  ctx.stroke();
  ctx.restore();
}

export interface ScanDefects {
  angle: number; // degrees
  dx: number;
  dy: number;
  noise: number; // 0..20
  speckles: number;
  edgeShadow: 'left' | 'top' | 'none';
  gray: boolean;
  quality: number; // JPEG 0..100
  blur: number; // px
  toner?: number; // 0..1: lighter print
}

const DPI_W = 1240;
const DPI_H = 1754;
const K = DPI_W / PAGE_W;

/** Renders one page of a printed form, filled in by hand, and scans it. Returns JPEG bytes. */
function scanPage(L: Layout, pageNo: number, values: Values, hand: Hand, def: ScanDefects, seed: string): Buffer {
  registerFonts();
  const r = rng(`scan|${seed}|${pageNo}`);
  const paper = createCanvas(DPI_W, DPI_H);
  const ctx = paper.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, DPI_W, DPI_H);
  const tone = def.toner ?? 0;
  const printed = `rgb(${Math.round(25 + tone * 60)},${Math.round(25 + tone * 60)},${Math.round(28 + tone * 60)})`;
  for (const o of L.pages[pageNo]!) {
    if (o.t === 'text') {
      ctx.fillStyle = printed;
      ctx.font = `${(o.s * K).toFixed(1)}px ${o.bold ? 'FormSansBold' : o.italic ? 'FormSansItalic' : 'FormSans'}`;
      ctx.fillText(o.str, o.x * K, o.y * K);
    } else if (o.t === 'rect') {
      if (o.fill !== undefined) {
        const g = Math.round(255 * o.fill + tone * 20);
        ctx.fillStyle = `rgb(${g},${g},${g})`;
        ctx.fillRect(o.x * K, o.y * K, o.w * K, o.h * K);
      }
      if (!o.noStroke) {
        ctx.strokeStyle = printed;
        ctx.lineWidth = (o.lw ?? 0.75) * K;
        ctx.strokeRect(o.x * K, o.y * K, o.w * K, o.h * K);
      }
    } else {
      ctx.strokeStyle = printed;
      ctx.lineWidth = (o.lw ?? 0.75) * K;
      ctx.beginPath();
      ctx.moveTo(o.x1 * K, o.y1 * K);
      ctx.lineTo(o.x2 * K, o.y2 * K);
      ctx.stroke();
    }
  }
  // the hand-filled values
  for (const s of L.slots.filter((x) => x.page === pageNo)) {
    const v = values[s.key];
    if (!v) continue;
    if (s.type === 'check') {
      tick(ctx, s.x * K + 2, s.y * K + 1, s.w * K, hand.ink, r);
      continue;
    }
    if (s.type === 'sign') {
      signCanvas(ctx, `${seed}|sig`, s.x * K + 8, s.y * K + 4, s.w * K * 0.8, s.h * K * 0.95, hand.ink);
      continue;
    }
    const text = String(v);
    const caps = hand.caps?.includes(s.key) ? text.toUpperCase() : text;
    const lines = caps.split('\n');
    const lh = hand.size * 1.22;
    lines.forEach((l, i) => {
      const baseY = s.type === 'area' ? s.y * K + hand.size * 0.95 + i * lh : s.y * K + s.h * K * 0.5 + hand.size * 0.36 + (r() - 0.3) * 4;
      handwrite(ctx, l, s.x * K + 8 + r() * 6, baseY, hand, r, s.w * K - 14);
    });
  }

  // the scanner
  const out = createCanvas(DPI_W, DPI_H);
  const o2 = out.getContext('2d');
  o2.fillStyle = 'rgb(246,245,241)';
  o2.fillRect(0, 0, DPI_W, DPI_H);
  o2.save();
  if (def.blur > 0) o2.filter = `blur(${def.blur}px)`;
  o2.translate(DPI_W / 2 + def.dx, DPI_H / 2 + def.dy);
  o2.rotate((def.angle * Math.PI) / 180);
  o2.globalCompositeOperation = 'multiply';
  o2.drawImage(paper, -DPI_W / 2, -DPI_H / 2);
  o2.restore();
  o2.filter = 'none';
  const img = o2.getImageData(0, 0, DPI_W, DPI_H);
  const d = img.data;
  for (let y = 0; y < DPI_H; y++) {
    const shadeY = def.edgeShadow === 'top' && y < 46 ? (46 - y) * 2.6 : 0;
    for (let x = 0; x < DPI_W; x++) {
      const i = (y * DPI_W + x) * 4;
      const shadeX = def.edgeShadow === 'left' && x < 52 ? (52 - x) * 2.4 : 0;
      const n = (r() + r() - 1) * def.noise - shadeX - shadeY;
      if (def.gray) {
        const lum = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]! + n;
        const v = lum > 236 ? 248 + (lum - 236) * 0.2 : lum; // background flattening of an MFD
        d[i] = d[i + 1] = d[i + 2] = Math.max(0, Math.min(255, v));
      } else {
        d[i] = Math.max(0, Math.min(255, d[i]! + n));
        d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! + n));
        d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! + n - 2));
      }
    }
  }
  for (let k = 0; k < def.speckles; k++) {
    const x = Math.floor(r() * DPI_W);
    const y = Math.floor(r() * DPI_H);
    const rad = r() < 0.85 ? 1 : 2;
    const v = 40 + r() * 90;
    for (let yy = -rad; yy <= rad; yy++)
      for (let xx = -rad; xx <= rad; xx++) {
        if (xx * xx + yy * yy > rad * rad || x + xx < 0 || y + yy < 0 || x + xx >= DPI_W || y + yy >= DPI_H) continue;
        const i = ((y + yy) * DPI_W + x + xx) * 4;
        d[i] = d[i + 1] = d[i + 2] = v;
      }
  }
  o2.putImageData(img, 0, 0);
  return out.toBuffer('image/jpeg', def.quality);
}

/** An image-only PDF of a scanned, hand-completed printed form (the pages given). */
export async function renderScan(L: Layout, values: Values, o: { hand: Hand; defects: ScanDefects[]; pages: number[]; meta: PdfMeta; seed: string }): Promise<Buffer> {
  return withSeededRandom(`scanpdf|${o.seed}`, async () => {
    const doc = await PDFDocument.create();
    for (const [i, p] of o.pages.entries()) {
      const jpg = scanPage(L, p, values, o.hand, o.defects[i] ?? o.defects[0]!, o.seed);
      const im = await doc.embedJpg(jpg);
      const page = doc.addPage([PAGE_W, PAGE_H]);
      page.drawImage(im, { x: 0, y: 0, width: PAGE_W, height: PAGE_H });
    }
    setMeta(doc, o.meta);
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  });
}
