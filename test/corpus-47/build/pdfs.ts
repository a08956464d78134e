// PDF attachments for corpus 47: fillable AcroForms and flat text PDFs (pdf-lib) and image-only scans (@napi-rs/canvas).
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

const FIXED = new Date('2026-11-02T09:00:00.000Z');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans.ttf`, 'DejaVu Sans');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Bold.ttf`, 'DejaVu Sans Bold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif.ttf`, 'DejaVu Serif');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSerif-Bold.ttf`, 'DejaVu Serif Bold');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSans-Oblique.ttf`, 'DejaVu Sans Oblique');
GlobalFonts.registerFromPath(`${FONT_DIR}/DejaVuSansCondensed-Oblique.ttf`, 'DejaVu Cond Oblique');

async function newDoc(title: string, creator: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor(creator);
  doc.setCreator(creator);
  doc.setProducer(creator);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return doc;
}

const save = async (doc: PDFDocument): Promise<Buffer> => Buffer.from(await doc.save({ useObjectStreams: false }));

interface Pen { page: PDFPage; font: PDFFont; bold: PDFFont; y: number }

function line(p: Pen, text: string, opts: { size?: number; bold?: boolean; x?: number; gap?: number } = {}): void {
  const size = opts.size ?? 10;
  p.page.drawText(text, { x: opts.x ?? 56, y: p.y, size, font: opts.bold ? p.bold : p.font, color: rgb(0, 0, 0) });
  p.y -= opts.gap ?? size + 5;
}

function wrap(p: Pen, text: string, size = 10, width = 480): void {
  const words = text.split(' ');
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (p.font.widthOfTextAtSize(next, size) > width) {
      line(p, cur, { size });
      cur = w;
    } else cur = next;
  }
  if (cur) line(p, cur, { size });
}

// ---------------------------------------------------------------- fillable forms

export interface GppCert {
  practiceName: string; odsCode: string; address: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string; signature: string;
}

/** GPP Practice User Administrator certification: Part A (nominee) and Part B (approver), one page, fillable. */
export async function gppCertFillable(c: GppCert): Promise<Buffer> {
  const doc = await newDoc('GPP Practice User Administrator Certification', 'Microsoft Word - GPP UA Certification');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const p: Pen = { page, font, bold, y: 790 };
  page.drawRectangle({ x: 40, y: 770, width: 515, height: 40, color: rgb(0, 0.37, 0.72) });
  page.drawText('Primary Care Support England', { x: 52, y: 795, size: 11, font: bold, color: rgb(1, 1, 1) });
  page.drawText('GP Payments and Pensions - Practice User Administrator Certification', { x: 52, y: 780, size: 10, font, color: rgb(1, 1, 1) });
  p.y = 745;
  wrap(p, 'Use this form to nominate a GPP Practice User Administrator where the practice has no user administrator. A practice may have up to four. Complete both parts and return to pcse.portalenquiries@nhs.net.', 9);
  p.y -= 6;
  const form = doc.getForm();
  const field = (label: string, name: string, value: string, w = 300): void => {
    line(p, label, { size: 9, gap: 0 });
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x: 230, y: p.y - 4, width: w, height: 16, font, borderWidth: 0.6 });
    p.y -= 24;
  };
  line(p, 'PART A - Practice and nominated user administrator', { bold: true, size: 11, gap: 20 });
  field('Practice name', 'practice_name', c.practiceName);
  field('Practice ODS code', 'practice_code', c.odsCode, 120);
  field('Practice address', 'practice_address', c.address);
  field('Nominee full name', 'ua_name', c.nomineeName);
  field('Nominee job title', 'ua_job_title', c.nomineeRole);
  field('Nominee email address', 'ua_email', c.nomineeEmail);
  field('Nominee telephone', 'ua_phone', c.nomineePhone, 160);
  p.y -= 10;
  line(p, 'PART B - Authorisation by an organisation approver', { bold: true, size: 11, gap: 16 });
  wrap(p, 'I confirm that the person named in Part A is employed by the practice and should be given the GPP Practice User Administrator role in PCSE Online.', 9);
  p.y -= 6;
  field('Approver name', 'approver_name', c.approverName);
  field('Approver position', 'approver_position', c.approverRole);
  field('Approver email address', 'approver_email', c.approverEmail);
  field('Signature', 'approver_signature', c.signature);
  field('Date', 'approver_date', c.date, 120);
  return save(doc);
}

export interface OeForm {
  orgKind: 'gp' | 'other';
  orgName: string; orgCode: string; address: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  signatoryName: string; signatoryCapacity: string; signatoryEmail: string; signed: boolean; date: string;
}

function oeGuidancePage(doc: PDFDocument, font: PDFFont, bold: PDFFont, kind: 'gp' | 'other'): void {
  const page = doc.addPage([595, 842]);
  const p: Pen = { page, font, bold, y: 790 };
  line(p, 'Guidance notes (page 2)', { bold: true, size: 13, gap: 22 });
  wrap(p, 'Each organisation using Open Exeter should have a Primary User, who manages access for other members of staff. We recommend two Primary Users per organisation.');
  p.y -= 6;
  wrap(p, 'The form must be signed at the bottom of page 1 by an authorised signatory, otherwise we are unable to process the request. Accepted signatories:');
  const roles = kind === 'gp'
    ? ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors']
    : ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];
  for (const r of roles) line(p, `-  ${r}`, { x: 70 });
  p.y -= 6;
  wrap(p, 'If no signatory is available, request a new Caldicott Guardian first. Email the completed form to pcse.openexeter@nhs.net.');
}

/** Open Exeter Primary User request, two pages (page 2 guidance), fillable. */
export async function oeFormFillable(c: OeForm): Promise<Buffer> {
  const doc = await newDoc('Open Exeter Primary User Request', 'PCSE forms');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const p: Pen = { page, font, bold, y: 790 };
  line(p, c.orgKind === 'gp' ? 'OPEN EXETER - REQUEST FOR A PRIMARY USER (GP PRACTICES)' : 'OPEN EXETER - REQUEST FOR A PRIMARY USER (OTHER ORGANISATIONS)', { bold: true, size: 12, gap: 16 });
  line(p, 'Cervical screening administration - Organisation Maintenance access', { size: 9, gap: 24 });
  const form = doc.getForm();
  const box = (label: string, name: string, value: string, w = 280): void => {
    page.drawText(label, { x: 56, y: p.y, size: 9, font });
    const f = form.createTextField(name);
    if (value) f.setText(value);
    f.addToPage(page, { x: 250, y: p.y - 5, width: w, height: 17, font, borderWidth: 0.5 });
    p.y -= 26;
  };
  line(p, 'Section 1  Organisation', { bold: true, gap: 18 });
  box('Organisation name', 'OrgName', c.orgName);
  box('Organisation code', 'OrgCode', c.orgCode, 110);
  box('Address', 'OrgAddress', c.address);
  line(p, 'Section 2  Proposed Primary User', { bold: true, gap: 18 });
  box('Full name', 'PU_Name', c.nomineeName);
  box('Job title', 'PU_JobTitle', c.nomineeJob);
  box('NHS email address', 'PU_Email', c.nomineeEmail);
  box('Telephone', 'PU_Tel', c.nomineePhone, 160);
  line(p, 'Section 3  Authorised signatory (see page 2)', { bold: true, gap: 18 });
  box('Signatory name', 'Sig_Name', c.signatoryName);
  box('Capacity (e.g. GP Partner)', 'Sig_Capacity', c.signatoryCapacity);
  box('Signatory email', 'Sig_Email', c.signatoryEmail);
  box('Signature', 'Sig_Signature', c.signed ? c.signatoryName : '');
  box('Date', 'Sig_Date', c.signed ? c.date : '', 110);
  oeGuidancePage(doc, font, bold, c.orgKind);
  return save(doc);
}

/** Open Exeter Primary User request as a flat text PDF (a word-processor export of the form, typed in). */
export async function oeFormFlat(c: OeForm): Promise<Buffer> {
  const doc = await newDoc('Open Exeter Primary User form', 'Microsoft® Word for Microsoft 365');
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const page = doc.addPage([595, 842]);
  const p: Pen = { page, font, bold, y: 790 };
  line(p, 'Open Exeter: Primary User application', { bold: true, size: 14, gap: 18 });
  line(p, c.orgKind === 'gp' ? 'For GP practices' : 'For organisations other than GP practices', { size: 10, gap: 22 });
  const row = (label: string, value: string): void => {
    page.drawRectangle({ x: 56, y: p.y - 6, width: 480, height: 20, borderWidth: 0.5, borderColor: rgb(0.4, 0.4, 0.4) });
    page.drawText(label, { x: 62, y: p.y, size: 10, font: bold });
    page.drawText(value, { x: 250, y: p.y, size: 10, font });
    p.y -= 20;
  };
  row('Organisation', c.orgName);
  row('Organisation code', c.orgCode);
  row('Address', c.address);
  p.y -= 12;
  row('Primary User name', c.nomineeName);
  row('Job title', c.nomineeJob);
  row('Email', c.nomineeEmail);
  row('Telephone', c.nomineePhone);
  p.y -= 12;
  line(p, 'Authorisation', { bold: true, size: 11, gap: 16 });
  row('Signatory', c.signatoryName);
  row('Capacity', c.signatoryCapacity);
  row('Email', c.signatoryEmail);
  row('Signed', c.signed ? `/s/ ${c.signatoryName}` : '');
  row('Date', c.date);
  oeGuidancePage(doc, font, bold, c.orgKind);
  return save(doc);
}

/** A letter on headed paper, flat text. */
export async function headedLetter(head: { name: string; lines: string[]; colour: [number, number, number] }, body: string[]): Promise<Buffer> {
  const doc = await newDoc(head.name, 'Microsoft® Word for Microsoft 365');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const [r, g, b] = head.colour;
  page.drawRectangle({ x: 0, y: 772, width: 595, height: 70, color: rgb(r, g, b) });
  page.drawText(head.name, { x: 40, y: 810, size: 18, font: bold, color: rgb(1, 1, 1) });
  head.lines.forEach((l, i) => page.drawText(l, { x: 360, y: 822 - i * 11, size: 8, font, color: rgb(1, 1, 1) }));
  const p: Pen = { page, font, bold, y: 740 };
  for (const para of body) {
    if (para === '') { p.y -= 8; continue; }
    if (para.startsWith('# ')) { line(p, para.slice(2), { bold: true, size: 11, gap: 16 }); continue; }
    if (para.startsWith('| ')) { line(p, para.slice(2), { size: 10, gap: 14 }); continue; }
    wrap(p, para, 10);
  }
  return save(doc);
}

export interface BranchFormData {
  mainName: string; mainCode: string; mainContact: string; mainEmail: string; mainAddress: string; mainPhone: string;
  branchName: string; branchCode: string; branchAddress: string; branchPhone: string;
  branchTitle: string; branchContact: string; branchEmail: string;
}

/** A practice's own "branch set-up" form, fillable, two columns. */
export async function branchFormFillable(d: BranchFormData): Promise<Buffer> {
  const doc = await newDoc('Branch set-up request', 'LibreOffice 7.6');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([842, 595]);
  page.drawText('Request to set up a branch practice on PCSE Online', { x: 40, y: 550, size: 14, font: bold });
  page.drawText('Completed by the practice. Send to pcse.datamanager@nhs.net', { x: 40, y: 534, size: 9, font });
  const form = doc.getForm();
  const col = (x: number, heading: string, rows: [string, string, string][]): void => {
    page.drawText(heading, { x, y: 500, size: 11, font: bold });
    let y = 475;
    for (const [label, name, value] of rows) {
      page.drawText(label, { x, y: y + 14, size: 8, font, color: rgb(0.3, 0.3, 0.3) });
      const f = form.createTextField(name);
      f.setText(value);
      f.addToPage(page, { x, y: y - 4, width: 360, height: 16, font, borderWidth: 0.5 });
      y -= 40;
    }
  };
  col(40, 'MAIN SITE', [
    ['Practice name', 'Text1', d.mainName], ['ODS code', 'Text2', d.mainCode], ['Main contact held by PCSE', 'Text3', d.mainContact],
    ['Main contact email', 'Text4', d.mainEmail], ['Address', 'Text5', d.mainAddress], ['Telephone', 'Text6', d.mainPhone],
  ]);
  col(440, 'BRANCH SITE', [
    ['Branch name', 'Text7', d.branchName], ['Branch ODS code', 'Text8', d.branchCode], ['Address', 'Text9', d.branchAddress],
    ['Telephone', 'Text10', d.branchPhone], ['Branch main contact (title and name)', 'Text11', `${d.branchTitle} ${d.branchContact}`],
    ['Branch main contact email', 'Text12', d.branchEmail],
  ]);
  return save(doc);
}

// ---------------------------------------------------------------- scans

type Draw = (ctx: SKRSContext2D, r: () => number) => void;

const W = 1240;
const H = 1754;

/** Renders pages to JPEG images (skew, noise, grey paper) and embeds them in a PDF with no text layer. */
export async function scanPdf(seed: number, pages: { draw: Draw; skewDeg: number; contrast: number }[]): Promise<Buffer> {
  const doc = await newDoc('Scan', 'RICOH IM C3000 scan');
  const r = rng(seed);
  for (const pg of pages) {
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d');
    const paper = Math.round(235 + 10 * pg.contrast);
    ctx.fillStyle = `rgb(${paper},${paper},${paper - 4})`;
    ctx.fillRect(0, 0, W, H);
    ctx.save();
    ctx.translate(W / 2, H / 2);
    ctx.rotate((pg.skewDeg * Math.PI) / 180);
    ctx.translate(-W / 2 + 10 * r(), -H / 2 + 10 * r());
    const ink = Math.round(40 + 60 * (1 - pg.contrast));
    ctx.fillStyle = `rgb(${ink},${ink},${ink + 5})`;
    ctx.strokeStyle = `rgb(${ink},${ink},${ink + 5})`;
    pg.draw(ctx, r);
    ctx.restore();
    // speckle and a shadowed edge
    for (let i = 0; i < 2500; i++) {
      const g = Math.round(80 + 120 * r());
      ctx.fillStyle = `rgba(${g},${g},${g},${0.25 + 0.4 * r()})`;
      ctx.fillRect(Math.floor(r() * W), Math.floor(r() * H), 1 + Math.floor(r() * 2), 1 + Math.floor(r() * 2));
    }
    const grad = ctx.createLinearGradient(0, 0, 40, 0);
    grad.addColorStop(0, 'rgba(60,60,60,0.55)');
    grad.addColorStop(1, 'rgba(60,60,60,0)');
    ctx.fillStyle = grad;
    ctx.fillRect(0, 0, 40, H);
    const jpg = canvas.encodeSync('jpeg', 72);
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return save(doc);
}

export function text(ctx: SKRSContext2D, s: string, x: number, y: number, size: number, face = 'DejaVu Sans'): void {
  ctx.font = `${size}px "${face}"`;
  ctx.fillText(s, x, y);
}

/** Handwriting-like lettering: oblique face with jitter per word. */
export function hand(ctx: SKRSContext2D, r: () => number, s: string, x: number, y: number, size = 34): void {
  ctx.save();
  ctx.fillStyle = 'rgb(20,35,110)';
  let cx = x;
  for (const w of s.split(' ')) {
    ctx.font = `${size + Math.round(r() * 3)}px "DejaVu Cond Oblique"`;
    ctx.fillText(w, cx, y + (r() - 0.5) * 4);
    cx += ctx.measureText(`${w} `).width;
  }
  ctx.restore();
}

export function signature(ctx: SKRSContext2D, r: () => number, x: number, y: number, w = 260): void {
  ctx.save();
  ctx.strokeStyle = 'rgb(15,25,95)';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  let cx = x;
  for (let i = 0; i < 7; i++) {
    const nx = cx + w / 7;
    ctx.bezierCurveTo(cx + 10, y - 40 * r(), nx - 10, y + 30 * r(), nx, y + (r() - 0.5) * 20);
    cx = nx;
  }
  ctx.moveTo(x - 10, y + 18);
  ctx.lineTo(x + w * 0.9, y + 10);
  ctx.stroke();
  ctx.restore();
}

export function stamp(ctx: SKRSContext2D, lines: string[], x: number, y: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(-0.12);
  ctx.strokeStyle = 'rgba(170,30,40,0.75)';
  ctx.fillStyle = 'rgba(170,30,40,0.75)';
  ctx.lineWidth = 4;
  ctx.strokeRect(0, 0, 380, 40 + lines.length * 34);
  lines.forEach((l, i) => text(ctx, l, 18, 50 + i * 34, i === 0 ? 30 : 24, 'DejaVu Sans Bold'));
  ctx.restore();
}

export function box(ctx: SKRSContext2D, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.lineWidth = 2;
  ctx.strokeRect(x, y, w, h);
  ctx.restore();
}
