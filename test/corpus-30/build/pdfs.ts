// The forms and letters, written with pdf-lib (fillable and flat) and @napi-rs/canvas (image-only scans).
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, PDFPage, PDFFont, StandardFonts, rgb } from 'pdf-lib';
import { rng } from './lib.js';

const FIXED = new Date('2026-11-02T08:00:00Z');
const FONTS = '/usr/share/fonts/truetype';
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Regular.ttf`, 'ScanSans');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSans-Bold.ttf`, 'ScanSansBold');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationSerif-Italic.ttf`, 'ScanHand');
GlobalFonts.registerFromPath(`${FONTS}/dejavu/DejaVuSansCondensed-Oblique.ttf`, 'ScanHand2');
GlobalFonts.registerFromPath(`${FONTS}/liberation/LiberationMono-Regular.ttf`, 'ScanMono');

async function newDoc(title: string, author: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setCreator('Microsoft Word');
  doc.setProducer('Microsoft: Print To PDF');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  return doc;
}

const save = (doc: PDFDocument) => doc.save({ useObjectStreams: false });

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const w of para.split(' ')) {
      const t = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(t, size) > width && line) {
        out.push(line);
        line = w;
      } else line = t;
    }
    out.push(line);
  }
  return out;
}

function para(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number, width: number, lead = 1.35): number {
  for (const l of wrap(text, font, size, width)) {
    page.drawText(l, { x, y, size, font });
    y -= size * lead;
  }
  return y;
}

/** A hand signature as a vector path (for signed fillable forms and letters). */
function scribblePath(seed: string, w: number, h: number): string {
  const r = rng(seed);
  let d = `M 0 ${h * 0.6}`;
  let x = 0;
  for (let i = 0; i < 7; i++) {
    const nx = x + w / 7;
    d += ` C ${x + r() * w * 0.2} ${-h * 0.2 + r() * h * 0.3} ${nx - r() * w * 0.15} ${h * (0.7 + r() * 0.5)} ${nx} ${h * (0.3 + r() * 0.4)}`;
    x = nx;
  }
  d += ` M ${w * 0.1} ${h * 0.9} L ${w * 0.95} ${h * 0.75}`;
  return d;
}

function drawScribble(page: PDFPage, seed: string, x: number, y: number, w: number, h: number) {
  page.drawSvgPath(scribblePath(seed, w, h), { x, y: y + h, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.2 });
}

// ---------------------------------------------------------------- GPP certification (fillable)

export interface GppCert {
  practiceName: string;
  odsCode: string;
  address: string;
  nomineeName: string;
  nomineeJob: string;
  nomineeEmail: string;
  nomineePhone: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  signed: boolean;
  date: string;
  seed: string;
}

export async function gppCertAcro(c: GppCert): Promise<Uint8Array> {
  const doc = await newDoc('GPP Practice User Administrator Certification Form', 'PCSE');
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 40, y: 770, width: 515, height: 46, color: rgb(0, 0.37, 0.72) });
  page.drawText('Primary Care Support England', { x: 52, y: 798, size: 10, font: bold, color: rgb(1, 1, 1) });
  page.drawText('GP Payments and Pensions - Practice User Administrator Certification', { x: 52, y: 781, size: 12, font: bold, color: rgb(1, 1, 1) });
  let y = para(page, 'Complete both parts of this form and return it to pcse.portalenquiries@nhs.net. Part 2 must be authorised by one of the organisation\'s approvers. A practice may have a maximum of four GPP Practice User Administrators.', 40, 750, helv, 9, 515);
  y -= 8;
  page.drawText('Part 1 - Practice and nominated User Administrator', { x: 40, y, size: 11, font: bold });
  y -= 24;
  const field = (label: string, name: string, value: string, yy: number, h = 18) => {
    page.drawText(label, { x: 40, y: yy + 5, size: 9, font: helv });
    const f = form.createTextField(name);
    if (h > 20) f.enableMultiline();
    if (value) f.setText(value);
    f.addToPage(page, { x: 210, y: yy, width: 345, height: h, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
  };
  field('Practice name', 'Part1.PracticeName', c.practiceName, y);
  y -= 26;
  field('Practice ODS code', 'Part1.ODSCode', c.odsCode, y);
  y -= 44;
  field('Practice address', 'Part1.PracticeAddress', c.address, y, 36);
  y -= 26;
  field('Nominee full name', 'Part1.NomineeName', c.nomineeName, y);
  y -= 26;
  field('Nominee job title', 'Part1.NomineeJobTitle', c.nomineeJob, y);
  y -= 26;
  field('Nominee NHSmail address', 'Part1.NomineeEmail', c.nomineeEmail, y);
  y -= 26;
  field('Nominee telephone', 'Part1.NomineePhone', c.nomineePhone, y);
  y -= 40;
  page.drawText('Part 2 - Authorisation by an organisation approver', { x: 40, y, size: 11, font: bold });
  y -= 16;
  y = para(page, 'I confirm that the person named in Part 1 works for this practice and should be given the GPP Practice User Administrator role in PCSE Online.', 40, y, helv, 9, 515);
  y -= 14;
  field('Approver name', 'Part2.ApproverName', c.approverName, y);
  y -= 26;
  field('Approver role / position', 'Part2.ApproverRole', c.approverRole, y);
  y -= 26;
  field('Approver email', 'Part2.ApproverEmail', c.approverEmail, y);
  y -= 44;
  page.drawText('Signature', { x: 40, y: y + 14, size: 9, font: helv });
  const sig = form.createTextField('Part2.Signature');
  if (c.signed) sig.setText(c.approverName);
  sig.addToPage(page, { x: 210, y, width: 170, height: 32, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
  sig.setFontSize(10);
  page.drawRectangle({ x: 385, y, width: 170, height: 32, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.8 });
  page.drawText('(sign)', { x: 388, y: y + 3, size: 6, font: helv, color: rgb(0.5, 0.5, 0.5) });
  if (c.signed) drawScribble(page, c.seed, 405, y + 3, 130, 26);
  y -= 26;
  field('Date', 'Part2.Date', c.signed ? c.date : '', y);
  page.drawText('PCSE use only: received ____/____/______   actioned by ____________', { x: 40, y: 50, size: 8, font: helv, color: rgb(0.4, 0.4, 0.4) });
  form.updateFieldAppearances(helv);
  return save(doc);
}

// ---------------------------------------------------------------- Open Exeter primary user (fillable)

export interface OeForm {
  kind: 'gp' | 'other';
  orgName: string;
  orgCode: string;
  forename: string;
  surname: string;
  jobTitle: string;
  email: string;
  phone: string;
  sigName: string;
  sigPosition: string;
  capacity: number | null; // index into the capacity list, or null when none ticked
  signed: boolean;
  date: string;
  seed: string;
}

const GP_CAPS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OTHER_CAPS = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];

export async function oeAcro(c: OeForm): Promise<Uint8Array> {
  const doc = await newDoc(`Open Exeter Primary User request (${c.kind === 'gp' ? 'GP practices' : 'other organisations'})`, 'PCSE');
  doc.setCreator('Adobe Acrobat Pro DC');
  doc.setProducer('Adobe Acrobat Pro DC 23.6');
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const page = doc.addPage([595, 842]);
  page.drawText('NHS Cervical Screening - Open Exeter', { x: 40, y: 800, size: 10, font: helv, color: rgb(0, 0.37, 0.72) });
  page.drawText('Application for a Primary User', { x: 40, y: 780, size: 16, font: bold });
  page.drawText(c.kind === 'gp' ? 'GP Practices' : 'Organisations other than GP practices', { x: 40, y: 762, size: 11, font: bold, color: rgb(0.3, 0.3, 0.3) });
  let y = 730;
  const field = (label: string, name: string, value: string, yy: number, x = 200, w = 355) => {
    page.drawText(label, { x: 40, y: yy + 5, size: 9, font: helv });
    const f = form.createTextField(name);
    if (value) f.setText(value);
    f.addToPage(page, { x, y: yy, width: w, height: 18, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 });
  };
  page.drawText('Section A - Organisation', { x: 40, y, size: 11, font: bold });
  y -= 24;
  field(c.kind === 'gp' ? 'Practice name' : 'Organisation name', 'txtOrgName', c.orgName, y);
  y -= 26;
  field(c.kind === 'gp' ? 'Practice code' : 'Organisation code', 'txtOrgCode', c.orgCode, y);
  y -= 34;
  page.drawText('Section B - Person to be set up as Primary User', { x: 40, y, size: 11, font: bold });
  y -= 24;
  field('Surname', 'txtPUSurname', c.surname, y);
  y -= 26;
  field('Forename', 'txtPUForename', c.forename, y);
  y -= 26;
  field('Job title', 'txtPUJobTitle', c.jobTitle, y);
  y -= 26;
  field('NHS email address', 'txtPUEmail', c.email, y);
  y -= 26;
  field('Telephone', 'txtPUTel', c.phone, y);
  y -= 34;
  page.drawText('Section C - Authorised signatory', { x: 40, y, size: 11, font: bold });
  y -= 14;
  y = para(page, 'This application must be signed by one of the signatories below. Applications signed by anyone else will be returned.', 40, y, helv, 8.5, 515);
  y -= 10;
  const caps = c.kind === 'gp' ? GP_CAPS : OTHER_CAPS;
  caps.forEach((cap, i) => {
    const cb = form.createCheckBox(`chkCapacity${i + 1}`);
    cb.addToPage(page, { x: 44, y: y - 2, width: 11, height: 11, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 });
    if (c.capacity === i) cb.check();
    page.drawText(cap, { x: 62, y, size: 9, font: helv });
    y -= 17;
  });
  y -= 8;
  field('Signatory name', 'txtSigName', c.sigName, y);
  y -= 26;
  field('Signatory position', 'txtSigPosition', c.sigPosition, y);
  y -= 44;
  page.drawText('Signature', { x: 40, y: y + 14, size: 9, font: helv });
  page.drawRectangle({ x: 200, y, width: 220, height: 34, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 });
  const sig = form.createTextField('txtSignature');
  if (c.signed) sig.setText(c.sigName);
  sig.addToPage(page, { x: 201, y: y + 1, width: 218, height: 14, borderWidth: 0 });
  if (c.signed) drawScribble(page, c.seed, 290, y + 6, 110, 24);
  page.drawText('Date', { x: 430, y: y + 14, size: 9, font: helv });
  const df = form.createTextField('txtSigDate');
  if (c.signed && c.date) df.setText(c.date);
  df.addToPage(page, { x: 460, y: y + 8, width: 95, height: 18, borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 });
  page.drawText('Page 1 of 2 - the form must be signed at the bottom of this page', { x: 40, y: 40, size: 8, font: helv, color: rgb(0.4, 0.4, 0.4) });
  const p2 = doc.addPage([595, 842]);
  p2.drawText('Notes for completion', { x: 40, y: 790, size: 13, font: bold });
  para(p2, '1. Email the completed and signed form to pcse.openexeter@nhs.net.\n2. PCSE will validate the authorised signatory before the Primary User is created.\n3. The Primary User can add, amend and delete users within the organisation and reset passwords ("Organisation Maintenance").\n4. Two Primary Users are recommended for each organisation.\n5. If no signatory is available, request a new Caldicott Guardian before applying.', 40, 764, helv, 10, 515, 1.6);
  p2.drawText('Page 2 of 2', { x: 40, y: 40, size: 8, font: helv, color: rgb(0.4, 0.4, 0.4) });
  form.updateFieldAppearances(helv);
  return save(doc);
}

// ---------------------------------------------------------------- flat letter exported from Word

export interface Letter {
  org: string;
  orgLines: string[];
  to: string[];
  date: string;
  ref: string;
  salutation: string;
  heading: string;
  paragraphs: string[];
  signName: string;
  signRole: string;
  seed: string;
}

export async function wordLetter(l: Letter): Promise<Uint8Array> {
  const doc = await newDoc(l.heading, l.signName);
  doc.setProducer('Microsoft® Word for Microsoft 365');
  doc.setCreator('Microsoft® Word for Microsoft 365');
  const serif = await doc.embedFont(StandardFonts.TimesRoman);
  const serifB = await doc.embedFont(StandardFonts.TimesRomanBold);
  const sans = await doc.embedFont(StandardFonts.Helvetica);
  const sansB = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.3, 841.9]);
  // logo: three leaves and the name
  const green = rgb(0.13, 0.45, 0.3);
  page.drawCircle({ x: 70, y: 785, size: 14, color: green });
  page.drawCircle({ x: 88, y: 795, size: 10, color: rgb(0.35, 0.65, 0.45) });
  page.drawCircle({ x: 86, y: 773, size: 8, color: rgb(0.55, 0.78, 0.55) });
  page.drawText(l.org.toUpperCase(), { x: 108, y: 786, size: 15, font: sansB, color: green });
  page.drawText('Caring together across our communities', { x: 108, y: 771, size: 8.5, font: sans, color: rgb(0.35, 0.35, 0.35) });
  let ry = 800;
  for (const line of l.orgLines) {
    const w = sans.widthOfTextAtSize(line, 8);
    page.drawText(line, { x: 555 - w, y: ry, size: 8, font: sans, color: rgb(0.3, 0.3, 0.3) });
    ry -= 10;
  }
  page.drawLine({ start: { x: 40, y: 755 }, end: { x: 555, y: 755 }, thickness: 1, color: green });
  let y = 720;
  for (const line of l.to) {
    page.drawText(line, { x: 56, y, size: 11, font: serif });
    y -= 13.5;
  }
  y -= 14;
  page.drawText(l.date, { x: 56, y, size: 11, font: serif });
  y -= 16;
  page.drawText(`Our ref: ${l.ref}`, { x: 56, y, size: 11, font: serif });
  y -= 28;
  page.drawText(l.salutation, { x: 56, y, size: 11, font: serif });
  y -= 22;
  page.drawText(l.heading, { x: 56, y, size: 11, font: serifB });
  y -= 22;
  for (const p of l.paragraphs) {
    y = para(page, p, 56, y, serif, 11, 480, 1.3);
    y -= 9;
  }
  y -= 6;
  page.drawText('Yours faithfully', { x: 56, y, size: 11, font: serif });
  y -= 46;
  drawScribble(page, l.seed, 60, y + 4, 130, 30);
  page.drawLine({ start: { x: 56, y }, end: { x: 250, y }, thickness: 0.6, color: rgb(0, 0, 0) });
  y -= 12;
  page.drawText('Signed', { x: 56, y, size: 9, font: serif, color: rgb(0.35, 0.35, 0.35) });
  y -= 16;
  page.drawText(l.signName, { x: 56, y, size: 11, font: serifB });
  y -= 14;
  page.drawText(l.signRole, { x: 56, y, size: 11, font: serif });
  page.drawText(`${l.org} is a partnership registered with the CQC. Registered office as above.`, { x: 56, y: 40, size: 7.5, font: sans, color: rgb(0.45, 0.45, 0.45) });
  return save(doc);
}

// ---------------------------------------------------------------- flat PCN form (text layer, table)

export interface PcnForm {
  pcnName: string;
  pcnCode: string;
  rows: [string, string][];
  approver: [string, string][];
}

export async function pcnFlat(f: PcnForm): Promise<Uint8Array> {
  const doc = await newDoc('PCN User Administrator request', 'PCSE');
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  page.drawText('PCSE Online - PCN User Administrator request', { x: 40, y: 790, size: 15, font: bold });
  page.drawText('For PCNs without a PCN user admin. To be approved by an ICB approver on the NHSE Authorised Email List.', { x: 40, y: 772, size: 8.5, font: helv });
  let y = 740;
  const table = (title: string, rows: [string, string][]) => {
    page.drawText(title, { x: 40, y, size: 11, font: bold });
    y -= 8;
    for (const [k, v] of rows) {
      page.drawRectangle({ x: 40, y: y - 20, width: 190, height: 20, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6, color: rgb(0.92, 0.94, 0.97) });
      page.drawRectangle({ x: 230, y: y - 20, width: 325, height: 20, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
      page.drawText(k, { x: 45, y: y - 14, size: 9, font: helv });
      page.drawText(v, { x: 235, y: y - 14, size: 9.5, font: helv });
      y -= 20;
    }
    y -= 24;
  };
  table('1. PCN', [['PCN name', f.pcnName], ['PCN ODS code', f.pcnCode]]);
  table('2. Nominated PCN user administrator', f.rows);
  table('3. ICB approval', f.approver);
  para(page, 'By approving this request the ICB approver confirms the nominee is employed by or works on behalf of the PCN named above.', 40, y, helv, 8.5, 515);
  return save(doc);
}

// ---------------------------------------------------------------- scans

interface ScanLine {
  t: 'title' | 'h' | 'label' | 'text' | 'box' | 'tick' | 'sig' | 'gap' | 'small';
  label?: string;
  value?: string;
  hand?: boolean;
  ticked?: boolean;
  signed?: boolean;
}

function drawFormPage(ctx: SKRSContext2D, lines: ScanLine[], seed: string) {
  const r = rng(`${seed}/hand`);
  ctx.fillStyle = '#fdfdfb';
  ctx.fillRect(0, 0, 1240, 1754);
  let y = 120;
  for (const l of lines) {
    ctx.fillStyle = '#111';
    if (l.t === 'title') {
      y += 18;
      ctx.font = '40px ScanSansBold';
      ctx.fillText(l.value!, 100, y);
      y += 60;
    } else if (l.t === 'h') {
      y += 34;
      ctx.font = '30px ScanSansBold';
      ctx.fillText(l.value!, 100, y);
      y += 44;
    } else if (l.t === 'small' || l.t === 'text') {
      ctx.font = l.t === 'small' ? '22px ScanSans' : '27px ScanSans';
      ctx.fillText(l.value!, 100, y);
      y += l.t === 'small' ? 32 : 38;
    } else if (l.t === 'gap') {
      y += 24;
    } else if (l.t === 'box') {
      ctx.font = '26px ScanSans';
      ctx.fillText(l.label!, 100, y + 34);
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 2;
      ctx.strokeRect(470, y, 670, 50);
      if (l.value) {
        ctx.save();
        ctx.fillStyle = l.hand ? '#1b2a6b' : '#111';
        ctx.font = l.hand ? '34px ScanHand' : '28px ScanSans';
        ctx.translate(485, y + 37);
        ctx.rotate((r() - 0.5) * (l.hand ? 0.02 : 0.004));
        ctx.fillText(l.value, 0, 0);
        ctx.restore();
      }
      y += 64;
    } else if (l.t === 'tick') {
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 2;
      ctx.strokeRect(110, y, 30, 30);
      ctx.font = '26px ScanSans';
      ctx.fillText(l.label!, 160, y + 25);
      if (l.ticked) {
        ctx.strokeStyle = '#1b2a6b';
        ctx.lineWidth = 5;
        ctx.beginPath();
        ctx.moveTo(108, y + 14);
        ctx.lineTo(122, y + 32);
        ctx.lineTo(150, y - 8);
        ctx.stroke();
      }
      y += 44;
    } else if (l.t === 'sig') {
      ctx.font = '26px ScanSans';
      ctx.fillText(l.label ?? 'Signature', 100, y + 50);
      ctx.strokeStyle = '#222';
      ctx.lineWidth = 2;
      ctx.strokeRect(470, y, 420, 90);
      if (l.signed) {
        const s = rng(`${seed}/sig`);
        ctx.strokeStyle = '#1b2a6b';
        ctx.lineWidth = 3.5;
        ctx.beginPath();
        ctx.moveTo(500, y + 60);
        let x = 500;
        for (let i = 0; i < 8; i++) {
          const nx = x + 38;
          ctx.bezierCurveTo(x + s() * 20, y + 5 + s() * 30, nx - s() * 20, y + 70 + s() * 20, nx, y + 30 + s() * 35);
          x = nx;
        }
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(520, y + 78);
        ctx.lineTo(820, y + 66);
        ctx.stroke();
      }
      if (l.value) {
        ctx.font = '26px ScanSans';
        ctx.fillStyle = '#111';
        ctx.fillText('Date', 910, y + 50);
        ctx.font = '32px ScanHand';
        ctx.fillStyle = '#1b2a6b';
        ctx.fillText(l.value, 980, y + 52);
      }
      y += 110;
    }
  }
}

/** Noise, skew and a shadowed edge, then JPEG. rotate: 0, 90 or 180 degrees of the finished page. */
function scanify(src: Canvas, seed: string, rotate: 0 | 90 | 180): { jpg: Buffer; w: number; h: number } {
  const r = rng(`${seed}/noise`);
  const w = rotate === 90 ? 1754 : 1240;
  const h = rotate === 90 ? 1240 : 1754;
  const out = createCanvas(w, h);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#f4f4f0';
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate((rotate * Math.PI) / 180 + (r() - 0.5) * 0.025);
  ctx.drawImage(src, -620, -877);
  ctx.restore();
  // speckle
  for (let i = 0; i < 2600; i++) {
    ctx.fillStyle = `rgba(30,30,30,${0.15 + r() * 0.5})`;
    const s = r() < 0.9 ? 1.5 : 3;
    ctx.fillRect(r() * w, r() * h, s, s);
  }
  // shadowed edge of the scanner lid
  const g = ctx.createLinearGradient(0, 0, 60, 0);
  g.addColorStop(0, 'rgba(40,40,40,0.55)');
  g.addColorStop(1, 'rgba(40,40,40,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 60, h);
  // faint streak
  ctx.fillStyle = 'rgba(90,90,90,0.08)';
  ctx.fillRect(Math.floor(r() * w), 0, 3, h);
  return { jpg: out.toBuffer('image/jpeg', 72), w, h };
}

async function scanPdf(pages: { lines: ScanLine[]; rotate?: 0 | 90 | 180 }[], seed: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setProducer('KONICA MINOLTA bizhub C300i');
  doc.setCreator('KONICA MINOLTA bizhub C300i');
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  for (let i = 0; i < pages.length; i++) {
    const p = pages[i]!;
    const c = createCanvas(1240, 1754);
    drawFormPage(c.getContext('2d'), p.lines, `${seed}/${i}`);
    const s = scanify(c, `${seed}/${i}`, p.rotate ?? 0);
    const img = await doc.embedJpg(s.jpg);
    const pw = s.w === 1240 ? 595 : 842;
    const ph = s.w === 1240 ? 842 : 595;
    const page = doc.addPage([pw, ph]);
    page.drawImage(img, { x: 0, y: 0, width: pw, height: ph });
  }
  return save(doc);
}

export async function gppCertScanTwoPages(c: GppCert): Promise<Uint8Array> {
  const p1: ScanLine[] = [
    { t: 'small', value: 'Primary Care Support England' },
    { t: 'title', value: 'GP Payments and Pensions' },
    { t: 'text', value: 'Practice User Administrator Certification Form' },
    { t: 'small', value: 'Complete both parts and return to pcse.portalenquiries@nhs.net' },
    { t: 'h', value: 'Part 1 - Practice and nominee' },
    { t: 'box', label: 'Practice name', value: c.practiceName, hand: true },
    { t: 'box', label: 'Practice ODS code', value: c.odsCode, hand: true },
    { t: 'box', label: 'Address', value: c.address, hand: true },
    { t: 'box', label: 'Nominee full name', value: c.nomineeName, hand: true },
    { t: 'box', label: 'Nominee job title', value: c.nomineeJob, hand: true },
    { t: 'box', label: 'Nominee email', value: c.nomineeEmail, hand: true },
    { t: 'box', label: 'Nominee telephone', value: c.nomineePhone, hand: true },
    { t: 'gap' },
    { t: 'small', value: 'Part 2 (authorisation) is on page 2.' },
    { t: 'small', value: 'Page 1 of 2' },
  ];
  const p2: ScanLine[] = [
    { t: 'h', value: 'Part 2 - Authorisation by an organisation approver' },
    { t: 'small', value: 'I confirm the person named in Part 1 works for this practice and should be' },
    { t: 'small', value: 'given the GPP Practice User Administrator role in PCSE Online.' },
    { t: 'gap' },
    { t: 'box', label: 'Approver name', value: c.approverName, hand: true },
    { t: 'box', label: 'Role / position', value: c.approverRole, hand: true },
    { t: 'box', label: 'Approver email', value: c.approverEmail, hand: true },
    { t: 'gap' },
    { t: 'sig', signed: c.signed, value: c.date },
    { t: 'gap' },
    { t: 'small', value: 'Page 2 of 2' },
  ];
  return scanPdf([{ lines: p1 }, { lines: p2 }], c.seed);
}

export async function oeScan(c: OeForm, rotate: 0 | 90 | 180): Promise<Uint8Array> {
  const caps = c.kind === 'gp' ? GP_CAPS : OTHER_CAPS;
  const lines: ScanLine[] = [
    { t: 'small', value: 'NHS Cervical Screening - Open Exeter' },
    { t: 'title', value: 'Application for a Primary User' },
    { t: 'text', value: c.kind === 'gp' ? 'GP Practices' : 'Organisations other than GP practices' },
    { t: 'h', value: 'Section A - Organisation' },
    { t: 'box', label: c.kind === 'gp' ? 'Practice name' : 'Organisation name', value: c.orgName, hand: true },
    { t: 'box', label: c.kind === 'gp' ? 'Practice code' : 'Organisation code', value: c.orgCode, hand: true },
    { t: 'h', value: 'Section B - Primary User' },
    { t: 'box', label: 'Surname', value: c.surname, hand: true },
    { t: 'box', label: 'Forename', value: c.forename, hand: true },
    { t: 'box', label: 'Job title', value: c.jobTitle, hand: true },
    { t: 'box', label: 'NHS email address', value: c.email, hand: true },
    { t: 'box', label: 'Telephone', value: c.phone, hand: true },
    { t: 'h', value: 'Section C - Authorised signatory' },
    ...caps.map((cap, i): ScanLine => ({ t: 'tick', label: cap, ticked: c.capacity === i })),
    { t: 'box', label: 'Signatory name', value: c.sigName, hand: true },
    { t: 'box', label: 'Signatory position', value: c.sigPosition, hand: true },
    { t: 'sig', signed: c.signed, value: c.date },
    { t: 'small', value: 'Page 1 of 1 - the form must be signed at the bottom of page 1' },
  ];
  return scanPdf([{ lines, rotate }], c.seed);
}
