// The attached forms: pdf-lib for the fillable, flat and letter PDFs; @napi-rs/canvas for the two image-only scans.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

const FIXED = new Date('2026-11-30T10:00:00Z');
const A4: [number, number] = [595.28, 841.89];

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('');
  doc.setProducer('corpus-13 writer I');
  doc.setCreator('corpus-13 writer I');
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
      const cand = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(cand, size) > width && line) {
        out.push(line);
        line = w;
      } else line = cand;
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

// ---------------------------------------------------------------------------------------------------------------
// 1. GPP Practice User Administrator certification: fillable AcroForm, field names of this writer's choosing.
export interface GppForm {
  practiceName: string;
  ods: string;
  practiceAddress: string;
  forename: string;
  surname: string;
  email: string;
  phone: string;
  jobTitle: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  signed: string; // typed signature, '' when unsigned
  date: string;
}

export async function gppAcroform(d: GppForm): Promise<Uint8Array> {
  const doc = await newDoc('GP Payments and Pensions - Practice User Administrator Certification');
  const page = doc.addPage(A4);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  page.drawRectangle({ x: 0, y: 790, width: 595.28, height: 52, color: rgb(0, 0.37, 0.72) });
  page.drawText('Primary Care Support England', { x: 40, y: 815, size: 14, font: bold, color: rgb(1, 1, 1) });
  page.drawText('GP Payments and Pensions (GPP)', { x: 40, y: 798, size: 10, font, color: rgb(1, 1, 1) });
  page.drawText('Practice User Administrator Certification Form', { x: 40, y: 760, size: 16, font: bold });
  para(page, 'Use this form when your practice has no GPP Practice User Administrator. Complete both parts. Part 2 must be completed by one of your organisation\'s approvers. Return to pcse.portalenquiries@nhs.net', 40, 740, font, 9, 515);
  const form = doc.getForm();
  let y = 690;
  const field = (label: string, name: string, value: string, h = 18) => {
    page.drawText(label, { x: 40, y: y + 5, size: 9.5, font });
    const f = form.createTextField(name);
    f.setText(value);
    f.addToPage(page, { x: 215, y, width: 340, height: h, borderWidth: 0.8, borderColor: rgb(0.4, 0.4, 0.4) });
    y -= h + 10;
  };
  page.drawText('Part 1 - Practice and nominated User Administrator', { x: 40, y: 712, size: 11, font: bold });
  field('Practice name', 'p1_practice_name', d.practiceName);
  field('Practice (ODS) code', 'p1_practice_code', d.ods);
  field('Practice address', 'p1_practice_addr', d.practiceAddress);
  field('Forename(s)', 'p1_ua_forename', d.forename);
  field('Surname', 'p1_ua_surname', d.surname);
  field('Email address (nhs.net)', 'p1_ua_email', d.email);
  field('Contact telephone', 'p1_ua_tel', d.phone);
  field('Job title', 'p1_ua_jobtitle', d.jobTitle);
  y -= 14;
  page.drawText('Part 2 - Certification by an organisation approver', { x: 40, y: y + 20, size: 11, font: bold });
  y -= 10;
  y = para(page, 'I certify that the person named in Part 1 works for the practice named above and should be given the GPP Practice User Administrator role in PCSE Online.', 40, y + 12, font, 9, 515) - 8;
  field('Approver full name', 'p2_appr_name', d.approverName);
  field('Approver role / position', 'p2_appr_position', d.approverRole);
  field('Approver email', 'p2_appr_email', d.approverEmail);
  field('Signature', 'p2_appr_sig', d.signed, 26);
  field('Date', 'p2_appr_date', d.date);
  page.drawText('PCSE use only: received ____  actioned ____', { x: 40, y: 40, size: 8, font });
  form.updateFieldAppearances(font);
  return save(doc);
}

// 2. The same certification as a flat text PDF (a practice's own Word version, printed to PDF).
export async function gppFlat(d: GppForm): Promise<Uint8Array> {
  const doc = await newDoc('PUA certification');
  const page = doc.addPage(A4);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  page.drawText('GP PAYMENTS AND PENSIONS', { x: 60, y: 780, size: 13, font: bold });
  page.drawText('PRACTICE USER ADMINISTRATOR CERTIFICATION', { x: 60, y: 763, size: 13, font: bold });
  let y = 730;
  const row = (n: string, label: string, value: string) => {
    page.drawText(`${n}  ${label}`, { x: 60, y, size: 11, font });
    page.drawText(value, { x: 300, y, size: 11, font: bold });
    page.drawLine({ start: { x: 298, y: y - 3 }, end: { x: 540, y: y - 3 }, thickness: 0.5 });
    y -= 24;
  };
  page.drawText('SECTION A  (practice)', { x: 60, y, size: 11, font: bold });
  y -= 22;
  row('A1', 'Name of practice', d.practiceName);
  row('A2', 'Practice code', d.ods);
  row('A3', 'Address', d.practiceAddress);
  y -= 8;
  page.drawText('SECTION B  (person to be User Administrator)', { x: 60, y, size: 11, font: bold });
  y -= 22;
  row('B1', 'First name', d.forename);
  row('B2', 'Last name', d.surname);
  row('B3', 'NHS email', d.email);
  row('B4', 'Telephone', d.phone);
  row('B5', 'Position', d.jobTitle);
  y -= 8;
  page.drawText('SECTION C  (authorisation)', { x: 60, y, size: 11, font: bold });
  y -= 18;
  y = para(page, 'To be signed by one of the organisation\'s approvers. By signing I confirm the person in Section B may administer GPP users for this practice.', 60, y, font, 10, 470) - 10;
  row('C1', 'Name of approver', d.approverName);
  row('C2', 'Approver\'s role', d.approverRole);
  row('C3', 'Approver\'s email', d.approverEmail);
  row('C4', 'Signed', d.signed);
  row('C5', 'Dated', d.date);
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Open Exeter Primary User request, GP practices: fillable, the signatory's role a set of check boxes.
export const OE_GP_ROLES = [
  ['chk_sig_leadgp', 'Lead GP'],
  ['chk_sig_partner', 'GP Partner'],
  ['chk_sig_caldicott', 'Caldicott Guardian'],
  ['chk_sig_primarycontact', 'Existing Primary Contact'],
  ['chk_sig_board', 'Member of the Board of Directors'],
] as const;

export interface OeForm {
  orgName: string;
  orgCode: string;
  orgAddress: string;
  nomineeName: string;
  nomineeEmail: string;
  nomineePhone: string;
  nomineeJob: string;
  sigName: string;
  sigEmail: string;
  sigRole: string; // a label from the list, or free text for "other"
  signed: string;
  date: string;
}

export async function oeGpAcroform(d: OeForm): Promise<Uint8Array> {
  const doc = await newDoc('Open Exeter - Primary User request - GP practices');
  const page = doc.addPage(A4);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  page.drawText('OPEN EXETER', { x: 40, y: 790, size: 18, font: bold, color: rgb(0.1, 0.3, 0.5) });
  page.drawText('Request for a Primary User - GP Practices', { x: 40, y: 768, size: 13, font: bold });
  para(page, 'The Primary User manages Open Exeter access for other staff in the practice (Organisation Maintenance). This form must be signed at the bottom of page 1 by an authorised signatory. Email the completed form to pcse.openexeter@nhs.net', 40, 748, font, 9, 515);
  let y = 690;
  const f = (label: string, name: string, value: string) => {
    page.drawText(label, { x: 40, y: y + 5, size: 9.5, font });
    const t = form.createTextField(name);
    t.setText(value);
    t.addToPage(page, { x: 230, y, width: 325, height: 18, borderWidth: 0.8 });
    y -= 27;
  };
  page.drawText('1. Practice', { x: 40, y: y + 22, size: 11, font: bold });
  f('Practice name', 'txtPracticeName', d.orgName);
  f('Practice code', 'txtPracticeCode', d.orgCode);
  f('Practice address', 'txtPracticeAddress', d.orgAddress);
  y -= 10;
  page.drawText('2. Person to be set up as Primary User', { x: 40, y: y + 22, size: 11, font: bold });
  f('Full name', 'txtPUName', d.nomineeName);
  f('Email address', 'txtPUEmail', d.nomineeEmail);
  f('Telephone', 'txtPUTel', d.nomineePhone);
  f('Job title', 'txtPUJobTitle', d.nomineeJob);
  y -= 10;
  page.drawText('3. Authorised signatory', { x: 40, y: y + 22, size: 11, font: bold });
  f('Signatory name', 'txtSigName', d.sigName);
  f('Signatory email', 'txtSigEmail', d.sigEmail);
  page.drawText('Capacity in which you sign (tick one):', { x: 40, y: y + 5, size: 9.5, font });
  y -= 20;
  for (const [name, label] of OE_GP_ROLES) {
    const c = form.createCheckBox(name);
    c.addToPage(page, { x: 60, y: y - 2, width: 11, height: 11 });
    if (label === d.sigRole) c.check();
    page.drawText(label, { x: 80, y, size: 9.5, font });
    y -= 17;
  }
  y -= 8;
  f('Signature', 'txtSignature', d.signed);
  f('Date', 'txtSigDate', d.date);
  form.updateFieldAppearances(font);
  doc.addPage(A4).drawText('Page 2 - Guidance notes: Primary Users can add, amend and delete users and reset passwords.', { x: 40, y: 780, size: 9, font });
  return save(doc);
}

// 4. The GP form as a flat PDF: a practice's retyped copy with [X] ticks.
export async function oeGpFlat(d: OeForm): Promise<Uint8Array> {
  const doc = await newDoc('OE primary user form');
  const page = doc.addPage(A4);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  page.drawText('Open Exeter - Primary User Application (GP Practice)', { x: 50, y: 780, size: 13, font: bold });
  let y = 745;
  const line = (label: string, value: string) => {
    page.drawText(`${label}:`, { x: 50, y, size: 10.5, font: bold });
    page.drawText(value, { x: 210, y, size: 10.5, font });
    y -= 20;
  };
  line('Organisation', d.orgName);
  line('Organisation code', d.orgCode);
  line('Address', d.orgAddress);
  y -= 10;
  line('Proposed Primary User', d.nomineeName);
  line('Email', d.nomineeEmail);
  line('Phone', d.nomineePhone);
  line('Role in practice', d.nomineeJob);
  y -= 10;
  page.drawText('AUTHORISED SIGNATORY', { x: 50, y, size: 10.5, font: bold });
  y -= 20;
  line('Name', d.sigName);
  line('Email', d.sigEmail);
  page.drawText('Signing as:', { x: 50, y, size: 10.5, font: bold });
  y -= 18;
  const known = OE_GP_ROLES.map(([, l]) => l as string);
  for (const l of [...known, 'Other (please state)']) {
    const ticked = l === d.sigRole || (l.startsWith('Other') && !known.includes(d.sigRole));
    page.drawText(`${ticked ? '[X]' : '[ ]'} ${l}${l.startsWith('Other') && ticked ? `: ${d.sigRole}` : ''}`, { x: 70, y, size: 10.5, font });
    y -= 16;
  }
  y -= 10;
  line('Signature', d.signed);
  line('Date', d.date);
  return save(doc);
}

// 5. A typed letter on letterhead, carrying the request instead of the form (other organisations).
export interface Letter {
  letterhead: string[];
  ref: string;
  date: string;
  body: string;
  signOff: string[];
  signedScript: string;
}

export async function letterPdf(d: Letter): Promise<Uint8Array> {
  const doc = await newDoc('Letter');
  const page = doc.addPage(A4);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const ital = await doc.embedFont(StandardFonts.TimesRomanItalic);
  let y = 790;
  page.drawText(d.letterhead[0]!, { x: 320, y, size: 14, font: bold, color: rgb(0.2, 0.1, 0.4) });
  y -= 16;
  for (const l of d.letterhead.slice(1)) {
    page.drawText(l, { x: 320, y, size: 9.5, font });
    y -= 12;
  }
  page.drawLine({ start: { x: 60, y: y - 4 }, end: { x: 535, y: y - 4 }, thickness: 1, color: rgb(0.2, 0.1, 0.4) });
  y -= 30;
  page.drawText('Primary Care Support England', { x: 60, y, size: 11, font });
  page.drawText('Open Exeter team - by email: pcse.openexeter@nhs.net', { x: 60, y: y - 13, size: 11, font });
  y -= 40;
  page.drawText(`Our ref: ${d.ref}`, { x: 60, y, size: 11, font });
  page.drawText(d.date, { x: 440, y, size: 11, font });
  y -= 30;
  y = para(page, d.body, 60, y, font, 11, 475, 1.4);
  y -= 16;
  page.drawText(d.signedScript, { x: 60, y, size: 20, font: ital, color: rgb(0.05, 0.1, 0.45) });
  y -= 22;
  for (const l of d.signOff) {
    page.drawText(l, { x: 60, y, size: 11, font: l === d.signOff[0] ? bold : font });
    y -= 14;
  }
  return save(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Scans: a page drawn on a canvas, photographed or scanned, embedded as the page's only content.
const W = 1654;
const H = 2339; // A4 at 200 dpi

type Draw = (ctx: SKRSContext2D) => void;

function scribble(ctx: SKRSContext2D, x: number, y: number, seed: number): void {
  const r = rng(seed);
  ctx.strokeStyle = '#102a6b';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  for (let i = 0; i < 14; i++) ctx.quadraticCurveTo(x + i * 22 + 10, y - 30 + r() * 50, x + (i + 1) * 22, y + r() * 16 - 8);
  ctx.stroke();
}

function formPage(title: string[], rows: [string, string][], roles: { label: string; ticked: boolean }[], sig: { name: string; seed: number } | null, date: string): Draw {
  return (ctx) => {
    ctx.fillStyle = '#000';
    ctx.font = 'bold 46px "Liberation Sans"';
    let y = 170;
    for (const t of title) {
      ctx.fillText(t, 140, y);
      y += 60;
    }
    y += 30;
    for (const [label, value] of rows) {
      ctx.font = '34px "Liberation Sans"';
      ctx.fillStyle = '#000';
      ctx.fillText(label, 140, y);
      ctx.strokeStyle = '#555';
      ctx.lineWidth = 2;
      ctx.strokeRect(640, y - 42, 880, 60);
      ctx.font = '38px "DejaVu Sans"';
      ctx.fillStyle = '#15236b';
      ctx.fillText(value, 660, y);
      y += 86;
    }
    ctx.fillStyle = '#000';
    ctx.font = 'bold 34px "Liberation Sans"';
    ctx.fillText('Signatory capacity (tick one):', 140, y + 10);
    y += 70;
    for (const r of roles) {
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 3;
      ctx.strokeRect(170, y - 32, 38, 38);
      if (r.ticked) {
        ctx.strokeStyle = '#15236b';
        ctx.lineWidth = 6;
        ctx.beginPath();
        ctx.moveTo(172, y - 14);
        ctx.lineTo(188, y + 4);
        ctx.lineTo(214, y - 40);
        ctx.stroke();
      }
      ctx.fillStyle = '#000';
      ctx.font = '34px "Liberation Sans"';
      ctx.fillText(r.label, 240, y);
      y += 62;
    }
    y += 40;
    ctx.font = '34px "Liberation Sans"';
    ctx.fillText('Signature:', 140, y);
    ctx.strokeStyle = '#555';
    ctx.lineWidth = 2;
    ctx.strokeRect(640, y - 70, 880, 110);
    if (sig) scribble(ctx, 680, y - 10, sig.seed);
    y += 110;
    ctx.fillStyle = '#000';
    ctx.fillText('Date:', 140, y);
    ctx.font = '38px "DejaVu Sans"';
    ctx.fillStyle = '#15236b';
    ctx.fillText(date, 660, y);
  };
}

function listPage(title: string, lines: string[]): Draw {
  return (ctx) => {
    ctx.fillStyle = '#000';
    ctx.font = 'bold 44px "Liberation Sans"';
    ctx.fillText(title, 140, 200);
    ctx.font = '36px "Liberation Sans"';
    let y = 300;
    for (const l of lines) {
      ctx.fillText(l, 140, y);
      y += 64;
    }
  };
}

/** A flatbed scan: grey paper, speckle, a small rotation. */
function scanned(draw: Draw, seed: number, angle: number): Buffer {
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f4f3ef';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  draw(ctx);
  ctx.restore();
  const r = rng(seed);
  ctx.fillStyle = 'rgba(60,60,60,0.5)';
  for (let i = 0; i < 1400; i++) ctx.fillRect(r() * W, r() * H, 1 + r() * 2, 1 + r() * 2);
  return c.toBuffer('image/jpeg', 82);
}

/** A phone photo: the sheet on a desk, skewed a little, a shadow across one corner. */
function photographed(draw: Draw, seed: number): Buffer {
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#6b5a48';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  // A mild keystone approximated by a skew and a vertical squash.
  ctx.setTransform(0.95, 0.012, -0.02, 0.96, 60, 40);
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, W, H);
  draw(ctx);
  ctx.restore();
  const g = ctx.createLinearGradient(0, H, W * 0.6, H * 0.55);
  g.addColorStop(0, 'rgba(0,0,0,0.28)');
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, W, H);
  const r = rng(seed);
  ctx.fillStyle = 'rgba(255,255,255,0.05)';
  for (let i = 0; i < 600; i++) ctx.fillRect(r() * W, r() * H, 3, 3);
  return c.toBuffer('image/jpeg', 78);
}

async function imagePdf(pages: Buffer[]): Promise<Uint8Array> {
  const doc = await newDoc('Scanned document');
  for (const jpg of pages) {
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage(A4);
    page.drawImage(img, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  return save(doc);
}

// 6. A phone photo of the GP Open Exeter form (signed).
export async function oeGpPhoto(d: OeForm, seed: number): Promise<Uint8Array> {
  const draw = formPage(
    ['Open Exeter', 'Primary User request - GP Practices'],
    [
      ['Practice name', d.orgName],
      ['Practice code', d.orgCode],
      ['Primary User name', d.nomineeName],
      ['Primary User email', d.nomineeEmail],
      ['Telephone', d.nomineePhone],
      ['Signatory name', d.sigName],
      ['Signatory email', d.sigEmail],
    ],
    OE_GP_ROLES.map(([, l]) => ({ label: l, ticked: l === d.sigRole })),
    d.signed ? { name: d.signed, seed } : null,
    d.date,
  );
  return imagePdf([photographed(draw, seed)]);
}

// 7. A two-page flatbed scan of the "other organisations" form; page 2 is the form's list of allowed signatories.
export const OE_OTHER_ROLES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];

export async function oeOtherScan(d: OeForm, seed: number): Promise<Uint8Array> {
  const p1 = formPage(
    ['Open Exeter', 'Primary User request - other organisations'],
    [
      ['Organisation', d.orgName],
      ['Organisation code', d.orgCode],
      ['Primary User name', d.nomineeName],
      ['Primary User email', d.nomineeEmail],
      ['Job title', d.nomineeJob],
      ['Signatory name', d.sigName],
      ['Signatory email', d.sigEmail],
    ],
    OE_OTHER_ROLES.map((l) => ({ label: l, ticked: l === d.sigRole })),
    d.signed ? { name: d.signed, seed } : null,
    d.date,
  );
  const p2 = listPage('Who may sign this form (page 2)', [
    'This form must be signed at the bottom of page 1 by one of:',
    '  - Caldicott Guardian',
    '  - Member of the Board of Directors',
    '  - An existing Primary User within the organisation',
    '',
    'If no-one from this list is available, request a new',
    'Caldicott Guardian before applying.',
    '',
    'Return the completed form to pcse.openexeter@nhs.net',
  ]);
  return imagePdf([scanned(p1, seed, 0.8), scanned(p2, seed + 1, -0.6)]);
}
