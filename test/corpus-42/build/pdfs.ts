// The attached forms: layouts of this writer's own, drawn once as operations and rendered three ways
// (flat text PDF, fillable AcroForm, scanned page image with no text layer).
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFFont, PDFPage, StandardFonts, rgb, degrees } from 'pdf-lib';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DVSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DVSansBold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DVSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Italic.ttf`, 'DVSerifItalic');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansMono.ttf`, 'DVMono');

export const W = 595;
export const H = 842;

export type Op =
  | { t: 'text'; x: number; y: number; s: number; str: string; b?: boolean; grey?: boolean }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { t: 'check'; x: number; y: number; on: boolean };

export interface Field {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  value: string;
  check?: boolean;
}

export interface FormPage {
  ops: Op[];
  fields: Field[];
  /** where the signature goes (top-left box), and whether it is signed */
  sig?: { x: number; y: number; w: number; h: number; signed: boolean; seed: number };
}

// ---------------------------------------------------------------- drawing helpers for layouts

class Layout {
  ops: Op[] = [];
  fields: Field[] = [];
  sig?: FormPage['sig'];
  text(x: number, y: number, str: string, s = 9.5, b = false): this {
    this.ops.push({ t: 'text', x, y, s, str, b });
    return this;
  }
  para(x: number, y: number, width: number, str: string, s = 9, lead = 12.5): number {
    const charsPerLine = Math.floor(width / (s * 0.5));
    const words = str.split(' ');
    let cur = '';
    let yy = y;
    for (const w of words) {
      if (cur && (cur + ' ' + w).length > charsPerLine) {
        this.text(x, yy, cur, s);
        yy += lead;
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) this.text(x, yy, cur, s);
    return yy + lead;
  }
  band(y: number, str: string): this {
    this.ops.push({ t: 'rect', x: 40, y, w: W - 80, h: 18, fill: 0.85 });
    return this.text(46, y + 13, str, 10.5, true);
  }
  box(key: string, label: string, x: number, y: number, w: number, value: string, labelW = 150, h = 18): this {
    this.text(x, y + 12.5, label, 9);
    this.ops.push({ t: 'rect', x: x + labelW, y, w: w - labelW, h });
    this.fields.push({ key, x: x + labelW, y, w: w - labelW, h, value });
    return this;
  }
  check(key: string, label: string, x: number, y: number, on: boolean): this {
    this.ops.push({ t: 'check', x, y, on });
    this.fields.push({ key, x, y, w: 10, h: 10, value: on ? 'Yes' : 'Off', check: true });
    return this.text(x + 15, y + 8.5, label, 9);
  }
  page(): FormPage {
    return { ops: this.ops, fields: this.fields, sig: this.sig };
  }
}

// ---------------------------------------------------------------- the forms

export interface GppValues {
  practiceName: string;
  odsCode: string;
  address: string;
  nomineeName: string;
  nomineeEmail: string;
  nomineeJob: string;
  nomineePhone: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  date: string;
  signed: boolean;
}

/** GP Payments and Pensions: Practice User Administrator certification (one page, two parts). */
export function gppForm(v: GppValues, seed: number): FormPage {
  const L = new Layout();
  L.text(40, 50, 'Primary Care Support England', 9, true).text(420, 50, 'PCSE Online', 9, true);
  L.text(40, 78, 'GP Payments and Pensions', 15, true);
  L.text(40, 98, 'Practice User Administrator Certification Form', 13, true);
  let y = L.para(40, 120, 515, 'Use this form when your practice has no GPP Practice User Administrator. A practice may have up to four. Complete Part 1 and Part 2 and return the form to pcse.portalenquiries@nhs.net. Part 2 must be authorised by one of your organisation\'s approvers.', 8.5, 11.5);
  y += 6;
  L.band(y, 'Part 1 - Practice and nominated User Administrator');
  y += 28;
  L.box('practice.name', 'Practice name', 40, y, 515, v.practiceName); y += 24;
  L.box('practice.ods', 'Practice ODS code', 40, y, 300, v.odsCode); y += 24;
  L.box('practice.address', 'Practice address', 40, y, 515, v.address); y += 30;
  L.box('nominee.name', 'Nominee full name', 40, y, 515, v.nomineeName); y += 24;
  L.box('nominee.email', 'Nominee email address', 40, y, 515, v.nomineeEmail); y += 24;
  L.box('nominee.job', 'Job title', 40, y, 515, v.nomineeJob); y += 24;
  L.box('nominee.phone', 'Telephone', 40, y, 300, v.nomineePhone); y += 34;
  L.band(y, 'Part 2 - Authorisation by an organisation approver');
  y += 26;
  y = L.para(40, y, 515, 'I certify that the person named in Part 1 works for this practice and should hold the GPP Practice User Administrator role in PCSE Online.', 8.5, 11.5) + 4;
  L.box('approver.name', 'Approver name', 40, y, 515, v.approverName); y += 24;
  L.box('approver.role', 'Approver role / position', 40, y, 515, v.approverRole); y += 24;
  L.box('approver.email', 'Approver email address', 40, y, 515, v.approverEmail); y += 24;
  L.text(40, y + 24, 'Signature', 9);
  L.ops.push({ t: 'rect', x: 190, y, w: 220, h: 40 });
  L.sig = { x: 190, y, w: 220, h: 40, signed: v.signed, seed };
  L.box('approver.date', 'Date', 420, y + 11, 135, v.date, 30);
  y += 60;
  L.para(40, y, 515, 'Once set up, the GPP Practice User Administrator can create other GPP User Administrators and assign the Joiner & Leaver and Practice Estimate and Salary Change roles.', 8, 11);
  L.text(40, 810, 'PCSE GPP UA cert v3.2', 7).text(500, 810, 'Page 1 of 1', 7);
  return L.page();
}

export interface OeValues {
  orgKind: 'gp' | 'other';
  orgName: string;
  orgCode: string;
  orgType?: string;
  address: string;
  nomineeName: string;
  nomineeJob: string;
  nomineeEmail: string;
  nomineePhone: string;
  sigName: string;
  sigRoleTick: number; // index into the role list, -1 none
  sigRoleOther?: string;
  sigEmail: string;
  date: string;
  signed: boolean;
}

export const OE_GP_ROLES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_ROLES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

/** Open Exeter: request for a Primary User (page 1 the request, page 2 the guidance). */
export function oeForm(v: OeValues, seed: number): FormPage[] {
  const gp = v.orgKind === 'gp';
  const roles = gp ? OE_GP_ROLES : OE_OTHER_ROLES;
  const L = new Layout();
  L.text(40, 50, 'Open Exeter - Cervical Screening', 9, true).text(430, 50, 'PCSE', 9, true);
  L.text(40, 80, 'Request for an Open Exeter Primary User', 15, true);
  L.text(40, 98, gp ? 'For GP practices' : 'For organisations other than GP practices', 11, true);
  let y = L.para(40, 118, 515, 'The Primary User manages access for other members of staff (Organisation Maintenance). Please complete all sections. The form must be signed by an authorised signatory at the bottom of this page (see page 2), otherwise we are unable to process the request.', 8.5, 11.5) + 4;
  L.band(y, gp ? 'Section 1 - GP practice' : 'Section 1 - Organisation');
  y += 28;
  L.box('org.name', gp ? 'Practice name' : 'Organisation name', 40, y, 515, v.orgName); y += 24;
  if (!gp) { L.box('org.type', 'Type of organisation', 40, y, 515, v.orgType ?? ''); y += 24; }
  L.box('org.code', gp ? 'Practice code' : 'Organisation code (if known)', 40, y, 300, v.orgCode); y += 24;
  L.box('org.address', 'Address', 40, y, 515, v.address); y += 32;
  L.band(y, 'Section 2 - Person to be set up as Primary User');
  y += 28;
  L.box('pu.name', 'Full name', 40, y, 515, v.nomineeName); y += 24;
  L.box('pu.job', 'Job title', 40, y, 515, v.nomineeJob); y += 24;
  L.box('pu.email', 'NHS email address', 40, y, 515, v.nomineeEmail); y += 24;
  L.box('pu.phone', 'Telephone', 40, y, 300, v.nomineePhone); y += 32;
  L.band(y, 'Section 3 - Authorised signatory');
  y += 28;
  L.box('sig.name', 'Signatory name', 40, y, 515, v.sigName); y += 26;
  L.text(40, y + 8, 'Capacity (tick one)', 9);
  roles.forEach((r, i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    L.check(`sig.role.${i}`, r, 190 + col * 185, y + row * 16, v.sigRoleTick === i);
  });
  y += Math.ceil(roles.length / 2) * 16 + 6;
  L.box('sig.email', 'Signatory email', 40, y, 515, v.sigEmail); y += 26;
  L.text(40, y + 24, 'Signature', 9);
  L.ops.push({ t: 'rect', x: 190, y, w: 220, h: 40 });
  L.sig = { x: 190, y, w: 220, h: 40, signed: v.signed, seed };
  L.box('sig.date', 'Date', 420, y + 11, 135, v.date, 30);
  L.text(40, 810, gp ? 'OE PU form (GP) 2026' : 'OE PU form (non-GP) 2026', 7).text(500, 810, 'Page 1 of 2', 7);

  const P = new Layout();
  P.text(40, 60, 'Guidance notes', 14, true);
  let g = P.para(40, 84, 515, 'Each organisation using Open Exeter should have a Primary User, who manages user access for other members of staff. We recommend two Primary User accounts per organisation. The Primary User can add, amend and delete users and reset passwords.', 9) + 8;
  P.text(40, g, 'Who may sign this form', 11, true);
  g += 18;
  g = P.para(40, g, 515, gp ? 'For a GP practice the form must be signed by one of:' : 'For an organisation other than a GP practice the form must be signed by one of:', 9);
  for (const r of roles) { P.text(56, g, `-  ${r}`, 9); g += 13; }
  g += 8;
  g = P.para(40, g, 515, 'If no-one from the list is available, please request a new Caldicott Guardian before applying. Forms signed by anyone else, or not signed at the bottom of page 1, will be returned.', 9) + 8;
  P.para(40, g, 515, 'Email the completed form to pcse.openexeter@nhs.net. We will validate the signatory and then authorise your organisation\'s Primary User.', 9);
  P.text(40, 810, gp ? 'OE PU form (GP) 2026' : 'OE PU form (non-GP) 2026', 7).text(500, 810, 'Page 2 of 2', 7);
  return [L.page(), P.page()];
}

// ---------------------------------------------------------------- PDF output

export interface PdfMeta {
  title: string;
  producer: string;
  creator: string;
  date: string; // ISO, fixed
  author?: string;
}

async function newDoc(meta: PdfMeta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreationDate(new Date(meta.date));
  doc.setModificationDate(new Date(meta.date));
  return doc;
}

function drawOps(page: PDFPage, ops: Op[], font: PDFFont, bold: PDFFont): void {
  for (const o of ops) {
    if (o.t === 'text') page.drawText(o.str, { x: o.x, y: H - o.y, size: o.s, font: o.b ? bold : font, color: o.grey ? rgb(0.4, 0.4, 0.4) : rgb(0, 0, 0) });
    else if (o.t === 'rect') page.drawRectangle({ x: o.x, y: H - o.y - o.h, width: o.w, height: o.h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: o.fill === undefined ? 0.6 : 0, color: o.fill === undefined ? undefined : rgb(o.fill, o.fill, o.fill) });
    else if (o.t === 'line') page.drawLine({ start: { x: o.x1, y: H - o.y1 }, end: { x: o.x2, y: H - o.y2 }, thickness: 0.6 });
    else {
      page.drawRectangle({ x: o.x, y: H - o.y - 10, width: 10, height: 10, borderColor: rgb(0, 0, 0), borderWidth: 0.7 });
      if (o.on) page.drawText('X', { x: o.x + 2, y: H - o.y - 8.5, size: 9, font: bold });
    }
  }
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A signature scribble inside the box, as a list of cubic curves (box coordinates, top-left origin). */
function scribble(sig: NonNullable<FormPage['sig']>): [number, number][][] {
  const r = rng(sig.seed);
  const strokes: [number, number][][] = [];
  let x = sig.x + 14 + r() * 10;
  const base = sig.y + sig.h * 0.62;
  const pts: [number, number][] = [[x, base]];
  const n = 7 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    x += 10 + r() * 14;
    pts.push([x, base - 6 - r() * 18]);
    pts.push([x + 4, base + r() * 6]);
  }
  strokes.push(pts);
  strokes.push([[sig.x + 20, base + 6], [sig.x + 90 + r() * 60, base + 2 + r() * 5], [sig.x + 170, base - 4]]);
  return strokes;
}

function svgPath(pts: [number, number][]): string {
  let d = `M ${pts[0]![0]} ${pts[0]![1]}`;
  for (let i = 1; i < pts.length; i++) {
    const [px, py] = pts[i - 1]!;
    const [x, y] = pts[i]!;
    d += ` Q ${px + (x - px) * 0.5 + 3} ${py - 6} ${x} ${y}`;
  }
  return d;
}

export interface FlatOpts {
  /** a browser's print header and footer (date and time, title, URL, page n/m) */
  browser?: { stamp: string; title: string; url: string };
  serif?: boolean;
}

/** Flat text PDF: values drawn into the boxes, no fields. */
export async function flatPdf(pages: FormPage[], meta: PdfMeta, o: FlatOpts = {}): Promise<Buffer> {
  const doc = await newDoc(meta);
  const font = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  pages.forEach((p, i) => {
    const page = doc.addPage([W, H]);
    drawOps(page, p.ops, font, bold);
    for (const f of p.fields) {
      if (f.check) continue;
      page.drawText(f.value, { x: f.x + 4, y: H - f.y - f.h + 5.5, size: 9.5, font });
    }
    if (p.sig?.signed) for (const s of scribble(p.sig)) page.drawSvgPath(svgPath(s), { x: 0, y: H, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2 });
    if (o.browser) {
      page.drawText(o.browser.stamp, { x: 22, y: H - 18, size: 7.5, font });
      page.drawText(o.browser.title, { x: 250, y: H - 18, size: 7.5, font });
      page.drawText(o.browser.url, { x: 22, y: 14, size: 7.5, font });
      page.drawText(`${i + 1}/${pages.length}`, { x: W - 40, y: 14, size: 7.5, font });
    }
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Free-flowing flat text pages (letters, notices), with optional columns. */
export async function textPdf(pages: Op[][], meta: PdfMeta, serif = false): Promise<Buffer> {
  const doc = await newDoc(meta);
  const font = await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  for (const ops of pages) drawOps(doc.addPage([W, H]), ops, font, bold);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Fillable AcroForm: labels drawn, values in text fields and check boxes named by `names`. */
export async function acroPdf(pages: FormPage[], meta: PdfMeta, names: (key: string) => string): Promise<Buffer> {
  const doc = await newDoc(meta);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  for (const p of pages) {
    const page = doc.addPage([W, H]);
    drawOps(page, p.ops.filter((o) => o.t !== 'check'), font, bold);
    for (const f of p.fields) {
      if (f.check) {
        const cb = form.createCheckBox(names(f.key));
        cb.addToPage(page, { x: f.x, y: H - f.y - f.h, width: f.w, height: f.h, borderWidth: 0.7 });
        if (f.value === 'Yes') cb.check();
      } else {
        const tf = form.createTextField(names(f.key));
        tf.addToPage(page, { x: f.x, y: H - f.y - f.h, width: f.w, height: f.h, font, borderWidth: 0, backgroundColor: rgb(0.9, 0.93, 1) });
        tf.setFontSize(9.5);
        if (f.value) tf.setText(f.value);
      }
    }
    if (p.sig) {
      const sf = form.createTextField(names('sig.signature'));
      sf.addToPage(page, { x: p.sig.x + 1, y: H - p.sig.y - p.sig.h + 1, width: p.sig.w - 2, height: p.sig.h - 2, font, borderWidth: 0 });
      if (p.sig.signed) for (const s of scribble(p.sig)) page.drawSvgPath(svgPath(s), { x: 0, y: H, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2 });
    }
  }
  form.updateFieldAppearances(font);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- scans (image-only)

export interface ScanOpts {
  seed: number;
  skewDeg: number;
  contrast: number; // 0..1, 1 = black ink
  noise: number; // speckles per page
  stamp?: { lines: string[]; x: number; y: number; rot: number };
  photo?: boolean; // a phone photo of the page on a desk
  jpegQuality: number;
  handFilled?: boolean; // values written by hand-style lettering
  dpi?: number;
}

function paintPage(ctx: SKRSContext2D, p: FormPage, k: number, ink: string, hand: boolean): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W * k, H * k);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 1.1;
  for (const o of p.ops) {
    if (o.t === 'text') {
      ctx.font = `${o.s * k}px ${o.b ? 'DVSansBold' : 'DVSans'}`;
      ctx.fillText(o.str, o.x * k, o.y * k);
    } else if (o.t === 'rect') {
      if (o.fill !== undefined) {
        ctx.fillStyle = '#d6d6d6';
        ctx.fillRect(o.x * k, o.y * k, o.w * k, o.h * k);
        ctx.fillStyle = ink;
      } else ctx.strokeRect(o.x * k, o.y * k, o.w * k, o.h * k);
    } else if (o.t === 'line') {
      ctx.beginPath();
      ctx.moveTo(o.x1 * k, o.y1 * k);
      ctx.lineTo(o.x2 * k, o.y2 * k);
      ctx.stroke();
    } else {
      ctx.strokeRect(o.x * k, o.y * k, 10 * k, 10 * k);
    }
  }
  // values: typed, or written by hand in blue ballpoint
  for (const f of p.fields) {
    if (f.check) {
      if (f.value === 'Yes') {
        ctx.save();
        ctx.strokeStyle = hand ? '#1b2a80' : ink;
        ctx.lineWidth = 2.2;
        ctx.beginPath();
        ctx.moveTo((f.x + 1) * k, (f.y + 5) * k);
        ctx.lineTo((f.x + 4) * k, (f.y + 9) * k);
        ctx.lineTo((f.x + 11) * k, (f.y - 2) * k);
        ctx.stroke();
        ctx.restore();
      }
      continue;
    }
    ctx.save();
    ctx.fillStyle = hand ? '#1b2a80' : ink;
    ctx.font = hand ? `${11.5 * k}px DVSerifItalic` : `${9.5 * k}px DVSans`;
    ctx.fillText(f.value, (f.x + 4) * k, (f.y + f.h - 5) * k);
    ctx.restore();
  }
  if (p.sig?.signed) {
    ctx.save();
    ctx.strokeStyle = '#14216e';
    ctx.lineWidth = 2;
    for (const s of scribble(p.sig)) {
      ctx.beginPath();
      ctx.moveTo(s[0]![0] * k, s[0]![1] * k);
      for (let i = 1; i < s.length; i++) {
        const [px, py] = s[i - 1]!;
        const [x, y] = s[i]!;
        ctx.quadraticCurveTo((px + (x - px) * 0.5 + 3) * k, (py - 6) * k, x * k, y * k);
      }
      ctx.stroke();
    }
    ctx.restore();
  }
}

async function scanImage(p: FormPage, o: ScanOpts): Promise<{ jpg: Buffer; w: number; h: number }> {
  const dpi = o.dpi ?? 150;
  const k = dpi / 72;
  const pw = Math.round(W * k);
  const ph = Math.round(H * k);
  const g = Math.round(255 * (1 - o.contrast));
  const ink = `rgb(${g},${g},${g})`;
  const src = createCanvas(pw, ph);
  paintPage(src.getContext('2d'), p, k, ink, o.handFilled ?? false);
  if (o.stamp) {
    const c = src.getContext('2d');
    c.save();
    c.translate(o.stamp.x * k, o.stamp.y * k);
    c.rotate((o.stamp.rot * Math.PI) / 180);
    c.strokeStyle = 'rgba(40,60,160,0.75)';
    c.fillStyle = 'rgba(40,60,160,0.75)';
    c.lineWidth = 2.5;
    const bw = 190 * k;
    const bh = (o.stamp.lines.length * 13 + 10) * k;
    c.strokeRect(0, 0, bw, bh);
    o.stamp.lines.forEach((l, i) => {
      c.font = `${(i === 0 ? 10.5 : 9) * k}px DVSansBold`;
      c.fillText(l, 8 * k, (16 + i * 13) * k);
    });
    c.restore();
  }
  const r = rng(o.seed);
  const outW = o.photo ? Math.round(pw * 1.12) : pw;
  const outH = o.photo ? Math.round(ph * 1.1) : ph;
  const out = createCanvas(outW, outH);
  const ctx = out.getContext('2d');
  if (o.photo) {
    const grad = ctx.createLinearGradient(0, 0, outW, outH);
    grad.addColorStop(0, '#6b5540');
    grad.addColorStop(1, '#8a6f52');
    ctx.fillStyle = grad;
    ctx.fillRect(0, 0, outW, outH);
  } else {
    ctx.fillStyle = '#fbfbf8';
    ctx.fillRect(0, 0, outW, outH);
  }
  ctx.save();
  ctx.translate(outW / 2, outH / 2);
  ctx.rotate((o.skewDeg * Math.PI) / 180);
  const scale = o.photo ? 0.95 : 1;
  ctx.scale(scale, scale);
  ctx.drawImage(src, -pw / 2, -ph / 2);
  ctx.restore();
  if (o.photo) {
    // uneven light and the phone's shadow across one corner
    const shade = ctx.createRadialGradient(outW * 0.3, outH * 0.25, outW * 0.1, outW * 0.5, outH * 0.5, outW * 0.9);
    shade.addColorStop(0, 'rgba(255,250,235,0.05)');
    shade.addColorStop(1, 'rgba(40,30,20,0.28)');
    ctx.fillStyle = shade;
    ctx.fillRect(0, 0, outW, outH);
  } else {
    // the scanner lid's shadow along the left edge
    const edge = ctx.createLinearGradient(0, 0, 40, 0);
    edge.addColorStop(0, 'rgba(60,60,60,0.55)');
    edge.addColorStop(1, 'rgba(60,60,60,0)');
    ctx.fillStyle = edge;
    ctx.fillRect(0, 0, 40, outH);
  }
  const img = ctx.getImageData(0, 0, outW, outH);
  const d = img.data;
  for (let i = 0; i < o.noise; i++) {
    const x = Math.floor(r() * outW);
    const y = Math.floor(r() * outH);
    const s = 1 + Math.floor(r() * 2);
    const v = Math.floor(r() * 120);
    for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) {
      const idx = ((y + dy) * outW + (x + dx)) * 4;
      if (idx + 2 < d.length) { d[idx] = v; d[idx + 1] = v; d[idx + 2] = v; }
    }
  }
  ctx.putImageData(img, 0, 0);
  return { jpg: out.encodeSync('jpeg', o.jpegQuality), w: outW, h: outH };
}

/** Image-only PDF: each page a JPEG, no text layer, as an MFP's scan-to-email or a phone's scanner app writes it. */
export async function scanPdf(pages: FormPage[], meta: PdfMeta, opts: ScanOpts[]): Promise<Buffer> {
  const doc = await newDoc(meta);
  for (let i = 0; i < pages.length; i++) {
    const o = opts[i] ?? opts[0]!;
    const { jpg, w, h } = await scanImage(pages[i]!, o);
    const img = await doc.embedJpg(jpg);
    const pw = o.photo ? (w * 72) / (o.dpi ?? 150) : W;
    const ph = o.photo ? (h * 72) / (o.dpi ?? 150) : H;
    const page = doc.addPage([pw, ph]);
    page.drawImage(img, { x: 0, y: 0, width: pw, height: ph, rotate: degrees(0) });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A small PNG logo for signatures (cid: inline part). */
export function logoPng(text: string, colour: string): Buffer {
  const c = createCanvas(180, 48);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 180, 48);
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 48, 48);
  ctx.fillStyle = '#ffffff';
  ctx.font = '22px DVSansBold';
  ctx.fillText(text.slice(0, 2), 6, 32);
  ctx.fillStyle = colour;
  ctx.font = '13px DVSansBold';
  ctx.fillText(text, 56, 30);
  return c.encodeSync('png');
}

export { Layout };
