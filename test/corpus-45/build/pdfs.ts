// The attached forms of corpus 45 (writer AO): PCSE form layouts of this writer's own, filled the ways practices
// fill them (typed over with FreeText annotations, Acrobat-saved AcroForms, browser-filled forms with
// NeedAppearances, printed-to-PDF flattened forms) and forms redrawn in a word processor (tables, glyph tick boxes).
import { PDFArray, PDFCheckBox, PDFDict, PDFDocument, PDFFont, PDFName, PDFNumber, PDFPage, PDFString, StandardFonts, rgb } from 'pdf-lib';
import { rng } from './lib.js';

export const A4: [number, number] = [595.28, 841.89];
const FIXED_DATE = new Date('2026-11-02T08:00:00Z');

export type Item =
  | { t: 'banner'; text: string }
  | { t: 'title'; text: string }
  | { t: 'para'; text: string; size?: number }
  | { t: 'heading'; text: string }
  | { t: 'field'; key: string; label: string; name: string; lines?: number }
  | { t: 'checks'; label: string; options: { key: string; label: string; name: string }[] }
  | { t: 'sig'; key: string; dateKey: string; dateName: string }
  | { t: 'page' };

export interface FormSpec {
  title: string;
  footer: string;
  items: Item[];
}

export interface Slot {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  kind: 'text' | 'check' | 'sig';
  name: string;
  labelX: number;
}

export type Draw =
  | { op: 'text'; x: number; y: number; size: number; bold?: boolean; text: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: number; stroke?: boolean }
  | { op: 'band'; x: number; y: number; w: number; h: number; rgb: [number, number, number] };

export type Measure = (text: string, size: number, bold: boolean) => number;

export interface Layout {
  pages: Draw[][];
  slots: Record<string, Slot>;
}

const M = 48;
const BOX_X = 238;
const BOX_W = A4[0] - M - BOX_X;

function wrap(text: string, size: number, width: number, measure: Measure, bold = false): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const word of para.split(' ')) {
      const next = cur ? `${cur} ${word}` : word;
      if (measure(next, size, bold) > width && cur) {
        out.push(cur);
        cur = word;
      } else cur = next;
    }
    out.push(cur);
  }
  return out;
}

/** Lays a PCSE form out on A4 pages: labels on the left, boxes on the right. */
export function layoutForm(spec: FormSpec, measure: Measure): Layout {
  const pages: Draw[][] = [[]];
  const slots: Record<string, Slot> = {};
  let y = A4[1] - M;
  let p = 0;
  const page = () => pages[p]!;
  for (const it of spec.items) {
    switch (it.t) {
      case 'page':
        pages.push([]);
        p++;
        y = A4[1] - M;
        break;
      case 'banner':
        page().push({ op: 'band', x: M, y: y - 22, w: A4[0] - 2 * M, h: 24, rgb: [0, 0.37, 0.72] });
        page().push({ op: 'text', x: M + 8, y: y - 15, size: 10, bold: true, text: it.text });
        y -= 36;
        break;
      case 'title':
        for (const l of wrap(it.text, 14, A4[0] - 2 * M, measure, true)) {
          page().push({ op: 'text', x: M, y: y - 14, size: 14, bold: true, text: l });
          y -= 19;
        }
        y -= 6;
        break;
      case 'para': {
        const size = it.size ?? 9;
        for (const l of wrap(it.text, size, A4[0] - 2 * M, measure)) {
          page().push({ op: 'text', x: M, y: y - size, size, text: l });
          y -= size + 3.5;
        }
        y -= 6;
        break;
      }
      case 'heading':
        page().push({ op: 'rect', x: M, y: y - 18, w: A4[0] - 2 * M, h: 18, fill: 0.88 });
        page().push({ op: 'text', x: M + 5, y: y - 13, size: 10.5, bold: true, text: it.text });
        y -= 26;
        break;
      case 'field': {
        const h = 19 + ((it.lines ?? 1) - 1) * 13;
        const lines = wrap(it.label, 9.5, BOX_X - M - 10, measure);
        lines.forEach((l, i) => page().push({ op: 'text', x: M, y: y - 13 - i * 11, size: 9.5, text: l }));
        page().push({ op: 'rect', x: BOX_X, y: y - h, w: BOX_W, h, stroke: true });
        slots[it.key] = { page: p, x: BOX_X, y: y - h, w: BOX_W, h, kind: 'text', name: it.name, labelX: M };
        y -= Math.max(h, lines.length * 11 + 4) + 7;
        break;
      }
      case 'checks':
        page().push({ op: 'text', x: M, y: y - 12, size: 9.5, text: it.label });
        for (const o of it.options) {
          page().push({ op: 'rect', x: BOX_X, y: y - 13, w: 11, h: 11, stroke: true });
          page().push({ op: 'text', x: BOX_X + 18, y: y - 11, size: 9.5, text: o.label });
          slots[o.key] = { page: p, x: BOX_X, y: y - 13, w: 11, h: 11, kind: 'check', name: o.name, labelX: BOX_X + 18 };
          y -= 17;
        }
        y -= 6;
        break;
      case 'sig': {
        page().push({ op: 'text', x: M, y: y - 14, size: 9.5, text: 'Signature' });
        page().push({ op: 'rect', x: BOX_X, y: y - 42, w: 170, h: 42, stroke: true });
        slots[it.key] = { page: p, x: BOX_X, y: y - 42, w: 170, h: 42, kind: 'sig', name: 'Signature', labelX: M };
        page().push({ op: 'text', x: BOX_X + 180, y: y - 14, size: 9.5, text: 'Date' });
        const dx = BOX_X + 206;
        page().push({ op: 'rect', x: dx, y: y - 19, w: A4[0] - M - dx, h: 19, stroke: true });
        slots[it.dateKey] = { page: p, x: dx, y: y - 19, w: A4[0] - M - dx, h: 19, kind: 'text', name: it.dateName, labelX: BOX_X + 180 };
        y -= 52;
        break;
      }
    }
  }
  pages.forEach((pg, i) => pg.push({ op: 'text', x: M, y: 26, size: 7.5, text: `${spec.footer}    Page ${i + 1} of ${pages.length}` }));
  return { pages, slots };
}

// ---------------------------------------------------------------- the three PCSE forms (this writer's layouts)

const ORG = 'Primary Care Support England';

export const GPP_CERT: FormSpec = {
  title: 'GPP Practice User Administrator Certification',
  footer: 'PCSE GPP UA certification v3.1 (09/2025)',
  items: [
    { t: 'banner', text: `${ORG}  |  PCSE Online  |  GP Payments and Pensions` },
    { t: 'title', text: 'GP Payments and Pensions: Practice User Administrator Certification Form' },
    { t: 'para', text: 'Use this form when your practice has no GPP Practice User Administrator. Complete both parts of the form. Part 2 must be authorised by one of your organisation\'s approvers. Return the completed form to pcse.portalenquiries@nhs.net. Each practice may have a maximum of four GPP Practice User Administrators.' },
    { t: 'heading', text: 'Part 1: Practice and nominee' },
    { t: 'field', key: 'practice_name', label: 'Practice name', name: 'Practice Name' },
    { t: 'field', key: 'practice_code', label: 'Practice code (ODS)', name: 'ODS Code' },
    { t: 'field', key: 'practice_address', label: 'Practice address', name: 'Practice Address', lines: 2 },
    { t: 'field', key: 'nominee_name', label: 'Full name of nominated user administrator', name: 'Nominee Name' },
    { t: 'field', key: 'nominee_role', label: 'Job title', name: 'Nominee Job Title' },
    { t: 'field', key: 'nominee_email', label: 'Email address (this will be the user name)', name: 'Nominee Email' },
    { t: 'field', key: 'nominee_phone', label: 'Telephone number', name: 'Nominee Telephone' },
    { t: 'heading', text: 'Part 2: Certification by an organisation approver' },
    { t: 'para', text: 'I certify that the person named in Part 1 works for the practice named above and should be given the GPP Practice User Administrator role in PCSE Online. I understand that this role can create users and assign GP Payments and Pensions roles for the practice.' },
    { t: 'field', key: 'approver_name', label: 'Approver name', name: 'Approver Name' },
    { t: 'field', key: 'approver_role', label: 'Position in the organisation', name: 'Approver Position' },
    { t: 'field', key: 'approver_email', label: 'Approver email address', name: 'Approver Email' },
    { t: 'sig', key: 'sig', dateKey: 'date', dateName: 'Date' },
    { t: 'para', size: 8, text: 'PCSE will set up the user administrator and send them an email with a verification link. The link expires after 72 hours.' },
  ],
};

const OE_GUIDANCE = (gp: boolean): Item[] => [
  { t: 'page' },
  { t: 'banner', text: `${ORG}  |  Open Exeter` },
  { t: 'heading', text: 'Guidance notes' },
  { t: 'para', size: 9.5, text: 'A Primary User (also known as a Primary Contact) manages Open Exeter access for the other members of staff in the organisation: adding, amending and deleting users and resetting passwords through Organisation Maintenance. We recommend two Primary Users per organisation.' },
  { t: 'para', size: 9.5, text: 'Please ensure the form is signed by an authorised signatory at the bottom of page 1, otherwise we are unable to process the request. We will validate the authorised signatory before the Primary User is set up.' },
  { t: 'para', size: 9.5, text: gp
    ? 'For GP practices the form must be signed by one of the following:\n   - Lead GP\n   - GP Partner\n   - Caldicott Guardian\n   - Existing Primary Contact\n   - Member of the Board of Directors'
    : 'For organisations other than GP practices the form must be signed by one of the following:\n   - Caldicott Guardian\n   - Member of the Board of Directors\n   - An existing Primary User within the organisation' },
  { t: 'para', size: 9.5, text: 'If no-one from the list of signatories is available, please request a new Caldicott Guardian first.' },
  { t: 'para', size: 9.5, text: 'Email the completed form to pcse.openexeter@nhs.net' },
];

export const OE_GP: FormSpec = {
  title: 'Open Exeter Primary User request (GP practice)',
  footer: 'PCSE Open Exeter PU form GP v2.4',
  items: [
    { t: 'banner', text: `${ORG}  |  Open Exeter  |  Cervical Screening` },
    { t: 'title', text: 'Open Exeter: Request for a Primary User (GP practices)' },
    { t: 'para', text: 'Use this form to ask for a member of staff in your GP practice to be set up as an Open Exeter Primary User with Organisation Maintenance. The form must be signed by an authorised signatory at the bottom of this page (see page 2).' },
    { t: 'heading', text: 'Section A: Practice details' },
    { t: 'field', key: 'org_name', label: 'Practice name', name: 'txtPracticeName' },
    { t: 'field', key: 'org_code', label: 'Practice code', name: 'txtPracticeCode' },
    { t: 'field', key: 'org_address', label: 'Practice address', name: 'txtAddress', lines: 2 },
    { t: 'heading', text: 'Section B: Proposed Primary User' },
    { t: 'field', key: 'nominee_name', label: 'Full name', name: 'txtPUName' },
    { t: 'field', key: 'nominee_role', label: 'Job title', name: 'txtPURole' },
    { t: 'field', key: 'nominee_email', label: 'NHS email address', name: 'txtPUEmail' },
    { t: 'field', key: 'nominee_phone', label: 'Direct telephone', name: 'txtPUTel' },
    { t: 'heading', text: 'Section C: Authorised signatory' },
    { t: 'para', text: 'I confirm that the person named in Section B works at this practice and requires Primary User access to Open Exeter.' },
    { t: 'field', key: 'sig_name', label: 'Name of signatory', name: 'txtSigName' },
    { t: 'field', key: 'sig_email', label: 'Signatory email address', name: 'txtSigEmail' },
    { t: 'checks', label: 'Capacity (tick one)', options: [
      { key: 'c_lead_gp', label: 'Lead GP', name: 'chkLeadGP' },
      { key: 'c_gp_partner', label: 'GP Partner', name: 'chkPartner' },
      { key: 'c_caldicott', label: 'Caldicott Guardian', name: 'chkCaldicott' },
      { key: 'c_primary', label: 'Existing Primary Contact', name: 'chkPrimary' },
      { key: 'c_board', label: 'Member of the Board of Directors', name: 'chkBoard' },
    ] },
    { t: 'sig', key: 'sig', dateKey: 'date', dateName: 'txtDate' },
    ...OE_GUIDANCE(true),
  ],
};

export const OE_OTHER: FormSpec = {
  title: 'Open Exeter Primary User request (other organisations)',
  footer: 'PCSE Open Exeter PU form non-GP v2.4',
  items: [
    { t: 'banner', text: `${ORG}  |  Open Exeter  |  Cervical Screening` },
    { t: 'title', text: 'Open Exeter: Request for a Primary User (organisations other than GP practices)' },
    { t: 'para', text: 'Use this form to ask for a member of staff in your organisation to be set up as an Open Exeter Primary User. The form must be signed by an authorised signatory at the bottom of this page (see page 2).' },
    { t: 'heading', text: 'Section A: Organisation' },
    { t: 'field', key: 'org_name', label: 'Organisation name', name: 'OrgName' },
    { t: 'field', key: 'org_code', label: 'Organisation code', name: 'OrgCode' },
    { t: 'field', key: 'org_type', label: 'Type of organisation (e.g. laboratory, colposcopy clinic, sexual health service)', name: 'OrgType' },
    { t: 'field', key: 'org_address', label: 'Address', name: 'OrgAddress', lines: 2 },
    { t: 'heading', text: 'Section B: Proposed Primary User' },
    { t: 'field', key: 'nominee_name', label: 'Full name', name: 'PUName' },
    { t: 'field', key: 'nominee_role', label: 'Job title', name: 'PUJobTitle' },
    { t: 'field', key: 'nominee_email', label: 'Email address', name: 'PUEmail' },
    { t: 'heading', text: 'Section C: Authorised signatory' },
    { t: 'field', key: 'sig_name', label: 'Name of signatory', name: 'SigName' },
    { t: 'field', key: 'sig_email', label: 'Signatory email address', name: 'SigEmail' },
    { t: 'checks', label: 'Capacity (tick one)', options: [
      { key: 'c_caldicott', label: 'Caldicott Guardian', name: 'Check Box1' },
      { key: 'c_board', label: 'Member of the Board of Directors', name: 'Check Box2' },
      { key: 'c_existing', label: 'Existing Primary User', name: 'Check Box3' },
    ] },
    { t: 'sig', key: 'sig', dateKey: 'date', dateName: 'SigDate' },
    ...OE_GUIDANCE(false),
  ],
};

// ---------------------------------------------------------------- drawing with pdf-lib

interface Fonts {
  reg: PDFFont;
  bold: PDFFont;
}

async function newDoc(title: string, producer: string, creator: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

function drawPage(page: PDFPage, ops: Draw[], f: Fonts): void {
  const band = ops.find((d) => d.op === 'band');
  for (const d of ops) {
    if (d.op === 'text' && band && d.y > band.y && d.y < band.y + band.h) continue;
    if (d.op === 'text') page.drawText(d.text, { x: d.x, y: d.y, size: d.size, font: d.bold ? f.bold : f.reg, color: rgb(0, 0, 0) });
    else if (d.op === 'band') {
      page.drawRectangle({ x: d.x, y: d.y, width: d.w, height: d.h, color: rgb(...d.rgb) });
    } else page.drawRectangle({ x: d.x, y: d.y, width: d.w, height: d.h, borderColor: d.stroke ? rgb(0.2, 0.2, 0.2) : undefined, borderWidth: d.stroke ? 0.7 : 0, color: d.fill !== undefined ? rgb(d.fill, d.fill, d.fill) : undefined });
  }
}

/** The banner's text is white: redraw it over the band. */
function drawBannerText(page: PDFPage, ops: Draw[], f: Fonts): void {
  const band = ops.find((d) => d.op === 'band');
  if (!band || band.op !== 'band') return;
  for (const d of ops) {
    if (d.op === 'text' && d.y > band.y && d.y < band.y + band.h) page.drawText(d.text, { x: d.x, y: d.y, size: d.size, font: f.bold, color: rgb(1, 1, 1) });
  }
}

/** A handwritten-looking signature as an SVG path, from a seed. */
export function scribble(seed: string, w: number, h: number): string {
  let s = 0;
  for (const c of seed) s = (s * 31 + c.charCodeAt(0)) >>> 0;
  const r = rng(s);
  let x = w * 0.06;
  let y = h * (0.45 + r() * 0.2);
  let d = `M ${x.toFixed(1)} ${y.toFixed(1)}`;
  const n = 7 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = x + (w * 0.85) / n;
    const ny = h * (0.25 + r() * 0.55);
    d += ` C ${(x + r() * 12).toFixed(1)} ${(y - 10 - r() * h * 0.4).toFixed(1)} ${(nx - r() * 12).toFixed(1)} ${(ny + 8 + r() * h * 0.3).toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`;
    x = nx;
    y = ny;
  }
  d += ` M ${(w * 0.1).toFixed(1)} ${(h * 0.8).toFixed(1)} Q ${(w * 0.5).toFixed(1)} ${(h * 0.7).toFixed(1)} ${(w * 0.9).toFixed(1)} ${(h * 0.78).toFixed(1)}`;
  return d;
}

export type Values = Record<string, string | boolean>;

export interface FillOptions {
  mode: 'freetext' | 'acrobat' | 'browser' | 'printed';
  /** FreeText placement: per key, [dx, dy] from the box's inside left; default inside the box */
  nudge?: Record<string, [number, number]>;
  /** where the typed answers go when the typist put them under the label instead of in the box */
  underLabel?: string[];
  title: string;
  producer: string;
  creator: string;
}

function addFreeText(doc: PDFDocument, page: PDFPage, helv: PDFFont, text: string, x: number, y: number, size: number): void {
  const lines = text.split('\n');
  const w = Math.max(...lines.map((l) => helv.widthOfTextAtSize(l, size))) + 6;
  const h = lines.length * (size + 2) + 4;
  const ctx = doc.context;
  const content = `/Tx BMC q BT /Helv ${size} Tf 0 0 0.55 rg ${lines.map((l, i) => `1 0 0 1 3 ${(h - 2 - (i + 1) * (size + 2) + 2).toFixed(2)} Tm (${l.replace(/([()\\])/g, '\\$1')}) Tj`).join(' ')} ET Q EMC`;
  const ap = ctx.stream(content, {
    Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h],
    Resources: { Font: { Helv: helv.ref } },
  });
  const apRef = ctx.register(ap);
  const annot = ctx.obj({
    Type: 'Annot', Subtype: 'FreeText', Rect: [x, y, x + w, y + h],
    Contents: PDFString.of(text), DA: PDFString.of(`0 0 0.55 rg /Helv ${size} Tf`), F: 4,
    T: PDFString.of('Practice Admin'), Border: [0, 0, 0], IT: 'FreeTextTypeWriter',
    M: PDFString.of('D:20261102091500Z'), AP: { N: apRef },
  });
  const ref = ctx.register(annot);
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), ctx.obj([ref]));
}

function addInk(doc: PDFDocument, page: PDFPage, seed: string, slot: Slot): void {
  // An ink annotation drawn with the viewer's pen tool: polylines sampled along the scribble.
  let s = 0;
  for (const c of seed) s = (s * 31 + c.charCodeAt(0)) >>> 0;
  const r = rng(s);
  const pts: number[] = [];
  const n = 40;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    pts.push(slot.x + 8 + t * (slot.w - 30), slot.y + slot.h * 0.5 + Math.sin(t * 17 + r() * 2) * slot.h * 0.28 * (0.6 + r() * 0.4));
  }
  const ctx = doc.context;
  const minY = slot.y;
  const path = pts.reduce((acc, v, i) => acc + (i % 2 === 0 ? `${(v - slot.x).toFixed(1)} ` : `${(v - minY).toFixed(1)} ${i === 1 ? 'm' : 'l'} `), '');
  const ap = ctx.register(ctx.stream(`0 0 0.4 RG 1.2 w 1 J 1 j ${path}S`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, slot.w, slot.h] }));
  const annot = ctx.obj({
    Type: 'Annot', Subtype: 'Ink', Rect: [slot.x, slot.y, slot.x + slot.w, slot.y + slot.h], F: 4,
    InkList: [pts.map((v) => PDFNumber.of(Math.round(v * 10) / 10))], C: [0, 0, 0.4], BS: { W: 1.2 },
    T: PDFString.of('Practice Admin'), M: PDFString.of('D:20261102091600Z'), AP: { N: ap },
  });
  const ref = ctx.register(annot);
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (annots instanceof PDFArray) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), ctx.obj([ref]));
}

/** A PCSE form filled one of four ways. Signature values: `ink:<name>` draws a pen signature, `typed:<text>` types it. */
export async function filledForm(spec: FormSpec, values: Values, o: FillOptions): Promise<Buffer> {
  const doc = await newDoc(o.title, o.producer, o.creator);
  const f: Fonts = { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const measure: Measure = (t, s, b) => (b ? f.bold : f.reg).widthOfTextAtSize(t, s);
  const lay = layoutForm(spec, measure);
  const pages = lay.pages.map((ops) => {
    const pg = doc.addPage(A4);
    drawPage(pg, ops, f);
    drawBannerText(pg, ops, f);
    return pg;
  });
  if (o.mode === 'freetext') {
    for (const [key, v] of Object.entries(values)) {
      const slot = lay.slots[key];
      if (!slot) continue;
      const pg = pages[slot.page]!;
      if (slot.kind === 'check') {
        if (v === true) addFreeText(doc, pg, f.reg, 'X', slot.x + 0.5, slot.y - 1.5, 10);
        continue;
      }
      if (slot.kind === 'sig') {
        if (typeof v === 'string' && v.startsWith('ink:')) addInk(doc, pg, v.slice(4), slot);
        else if (typeof v === 'string' && v.startsWith('typed:')) addFreeText(doc, pg, f.reg, v.slice(6), slot.x + 6, slot.y + 12, 11);
        continue;
      }
      if (typeof v !== 'string' || !v) continue;
      const [dx, dy] = o.nudge?.[key] ?? [4, 0];
      const lines = v.split('\n').length;
      const size = 10;
      const baseY = slot.y + slot.h - lines * (size + 2) - 4;
      if (o.underLabel?.includes(key)) addFreeText(doc, pg, f.reg, v, slot.labelX + dx, slot.y - 6 + dy, size);
      else addFreeText(doc, pg, f.reg, v, slot.x + dx, baseY + dy, size);
    }
  } else {
    const form = doc.getForm();
    for (const [key, slot] of Object.entries(lay.slots)) {
      const pg = pages[slot.page]!;
      const v = values[key];
      if (slot.kind === 'check') {
        const cb = form.createCheckBox(slot.name);
        cb.addToPage(pg, { x: slot.x, y: slot.y, width: slot.w, height: slot.h, borderWidth: 0 });
        if (v === true) cb.check();
      } else if (slot.kind === 'sig') {
        if (typeof v === 'string' && v.startsWith('ink:')) {
          pg.drawSvgPath(scribble(v.slice(4), slot.w - 20, slot.h - 8), { x: slot.x + 10, y: slot.y + slot.h - 4, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
        } else {
          const tf = form.createTextField('Signature');
          tf.addToPage(pg, { x: slot.x + 1, y: slot.y + 1, width: slot.w - 2, height: slot.h - 2, borderWidth: 0, font: f.reg });
          if (typeof v === 'string' && v.startsWith('typed:')) tf.setText(v.slice(6));
        }
      } else {
        const tf = form.createTextField(slot.name);
        if (slot.h > 22) tf.enableMultiline();
        tf.addToPage(pg, { x: slot.x + 1, y: slot.y + 1, width: slot.w - 2, height: slot.h - 2, borderWidth: 0, font: f.reg });
        tf.setFontSize(slot.h > 22 ? 9.5 : 10);
        if (typeof v === 'string' && v) tf.setText(v);
      }
    }
    if (o.mode === 'acrobat') form.updateFieldAppearances(f.reg);
    if (o.mode === 'printed') {
      form.updateFieldAppearances(f.reg);
      form.flatten();
    }
    if (o.mode === 'browser') {
      // Only the text fields lose their appearances; the check boxes keep their on/off states from the blank form.
      for (const field of form.getFields()) {
        if (field instanceof PDFCheckBox) continue;
        for (const w of field.acroField.getWidgets()) w.dict.delete(PDFName.of('AP'));
      }
      form.acroForm.dict.set(PDFName.of('NeedAppearances'), doc.context.obj(true));
      const bytes = await doc.save({ updateFieldAppearances: false });
      return Buffer.from(bytes);
    }
  }
  return Buffer.from(await doc.save({ updateFieldAppearances: false }));
}

// ---------------------------------------------------------------- word-processor exports

export type Cell =
  | string
  | { ticks: { label: string; on: boolean }[]; style: 'box' | 'tick' }
  | { yesNo: 'Yes' | 'No'; style: 'strike' | 'delete' }
  | { sig: string }
  | { blank: true };

export interface WordDoc {
  title: string;
  producer: string;
  creator: string;
  landscape?: boolean;
  serif?: boolean;
  letterhead?: { org: string; lines: string[]; colour: [number, number, number] };
  heading: string;
  intro?: string[];
  sections: { heading?: string; rows: [string, Cell][]; breakBefore?: boolean }[];
  closing?: string[];
  footer?: string;
}

export async function wordDoc(w: WordDoc): Promise<Buffer> {
  const doc = await newDoc(w.title, w.producer, w.creator);
  const reg = await doc.embedFont(w.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(w.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  const zapf = await doc.embedFont(StandardFonts.ZapfDingbats);
  const size: [number, number] = w.landscape ? [A4[1], A4[0]] : A4;
  const [PW, PH] = size;
  const LM = 56;
  const tableW = PW - 2 * LM;
  const qW = tableW * (w.landscape ? 0.38 : 0.44);
  const fs = w.serif ? 10.5 : 9.5;
  const lh = fs + 3.5;
  const measure = (t: string, s: number, b = false) => (b ? bold : reg).widthOfTextAtSize(t, s);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage(size);
    pages.push(page);
    y = PH - 44;
    if (w.letterhead) {
      const lh2 = w.letterhead;
      page.drawCircle({ x: PW - LM - 22, y: y - 16, size: 20, color: rgb(...lh2.colour) });
      page.drawText(lh2.org.split(' ').map((s) => s[0]).join('').slice(0, 3), { x: PW - LM - 36, y: y - 21, size: 13, font: bold, color: rgb(1, 1, 1) });
      page.drawText(lh2.org, { x: LM, y: y - 12, size: 14, font: bold, color: rgb(...lh2.colour) });
      lh2.lines.forEach((l, i) => page.drawText(l, { x: LM, y: y - 26 - i * 10, size: 8, font: reg, color: rgb(0.3, 0.3, 0.3) }));
      y -= 30 + lh2.lines.length * 10;
      page.drawLine({ start: { x: LM, y }, end: { x: PW - LM, y }, thickness: 1, color: rgb(...lh2.colour) });
      y -= 18;
    }
  };
  newPage();
  for (const l of wrap(w.heading, 13, tableW, measure, true)) {
    page.drawText(l, { x: LM, y: y - 13, size: 13, font: bold });
    y -= 18;
  }
  y -= 6;
  for (const para of w.intro ?? []) {
    for (const l of wrap(para, fs, tableW, measure)) {
      page.drawText(l, { x: LM, y: y - fs, size: fs, font: reg });
      y -= lh;
    }
    y -= 5;
  }
  const cellLines = (c: Cell): number => {
    if (typeof c === 'string') return Math.max(1, wrap(c, fs, tableW - qW - 12, measure).length);
    if ('ticks' in c) return c.style === 'box' ? c.ticks.length : Math.ceil(c.ticks.length / 2);
    if ('sig' in c) return 3;
    return 1;
  };
  for (const sec of w.sections) {
    if (sec.breakBefore) newPage();
    if (sec.heading) {
      if (y < 90) newPage();
      page.drawRectangle({ x: LM, y: y - 17, width: tableW, height: 17, color: rgb(0.85, 0.89, 0.95), borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      page.drawText(sec.heading, { x: LM + 5, y: y - 12.5, size: fs, font: bold });
      y -= 17;
    }
    for (const [q, c] of sec.rows) {
      const qLines = wrap(q, fs, qW - 10, measure, true);
      const n = Math.max(qLines.length, cellLines(c));
      const h = n * lh + 8;
      if (y - h < 50) newPage();
      page.drawRectangle({ x: LM, y: y - h, width: qW, height: h, color: rgb(0.96, 0.96, 0.96), borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      page.drawRectangle({ x: LM + qW, y: y - h, width: tableW - qW, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.5 });
      qLines.forEach((l, i) => page.drawText(l, { x: LM + 5, y: y - 4 - fs - i * lh, size: fs, font: bold }));
      const ax = LM + qW + 6;
      const ay = y - 4 - fs;
      if (typeof c === 'string') {
        wrap(c, fs, tableW - qW - 12, measure).forEach((l, i) => page.drawText(l, { x: ax, y: ay - i * lh, size: fs, font: reg }));
      } else if ('ticks' in c) {
        c.ticks.forEach((t, i) => {
          if (c.style === 'box') {
            page.drawText(t.on ? '\u25A0' : '\u2751', { x: ax, y: ay - i * lh, size: fs, font: zapf });
            page.drawText(t.label, { x: ax + 14, y: ay - i * lh, size: fs, font: reg });
          } else {
            const col = i % 2;
            const row = Math.floor(i / 2);
            const x = ax + col * ((tableW - qW) / 2);
            page.drawText(t.label, { x, y: ay - row * lh, size: fs, font: reg });
            if (t.on) page.drawText('\u2714', { x: x + measure(t.label, fs) + 5, y: ay - row * lh, size: fs, font: zapf });
          }
        });
      } else if ('yesNo' in c) {
        if (c.style === 'delete') page.drawText(c.yesNo, { x: ax, y: ay, size: fs, font: reg });
        else {
          page.drawText('Yes / No', { x: ax, y: ay, size: fs, font: reg });
          const off = c.yesNo === 'Yes' ? measure('Yes / ', fs) : 0;
          const wd = measure(c.yesNo === 'Yes' ? 'No' : 'Yes', fs);
          page.drawLine({ start: { x: ax + off - 1, y: ay + fs * 0.32 }, end: { x: ax + off + wd + 1, y: ay + fs * 0.32 }, thickness: 0.9 });
        }
      } else if ('sig' in c) {
        page.drawSvgPath(scribble(c.sig, 150, 34), { x: ax + 4, y: ay + fs, borderColor: rgb(0.05, 0.05, 0.3), borderWidth: 1.1 });
      }
      y -= h;
    }
    y -= 12;
  }
  for (const para of w.closing ?? []) {
    if (y < 70) newPage();
    for (const l of wrap(para, fs, tableW, measure)) {
      page.drawText(l, { x: LM, y: y - fs, size: fs, font: reg });
      y -= lh;
    }
    y -= 5;
  }
  pages.forEach((p, i) => p.drawText(`${w.footer ? `${w.footer}    ` : ''}Page ${i + 1} of ${pages.length}`, { x: LM, y: 24, size: 7.5, font: reg, color: rgb(0.35, 0.35, 0.35) }));
  // The word processor's symbol font carries a ToUnicode map: the boxes copy out as \u2610/\u2612 and the tick as \u2714.
  await zapf.embed();
  const fontDict = doc.context.lookup(zapf.ref);
  if (fontDict instanceof PDFDict) {
    const cmap = [
      '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
      '1 begincodespacerange', '<00> <FF>', 'endcodespacerange',
      '3 beginbfchar', '<34> <2714>', '<6E> <2612>', '<71> <2610>', 'endbfchar',
      'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
    ].join('\n');
    fontDict.set(PDFName.of('ToUnicode'), doc.context.register(doc.context.stream(cmap)));
  }
  return Buffer.from(await doc.save());
}

/** Wraps image pages (JPEG or PNG) into a PDF with no text layer, as a scanner or phone app does. */
export async function imagePdf(images: { data: Buffer; png?: boolean }[], producer: string, creator: string): Promise<Buffer> {
  const doc = await newDoc('', producer, creator);
  for (const im of images) {
    const img = im.png ? await doc.embedPng(im.data) : await doc.embedJpg(im.data);
    const page = doc.addPage(A4);
    page.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return Buffer.from(await doc.save());
}

