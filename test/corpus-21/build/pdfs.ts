// The PCSE forms this corpus attaches (writer Q's own layouts of the GPP certification form and the two Open Exeter
// Primary User forms), drawn from one description so the flat, fillable and scanned versions agree.
import { GlobalFonts, Path2D, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';

export const PAGE_W = 595.28;
export const PAGE_H = 841.89;

type RGB = [number, number, number];
export type Font = 'sans' | 'sansBold' | 'sansOblique';
export type Op =
  | { t: 'text'; x: number; y: number; s: number; text: string; font?: Font; color?: RGB }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: RGB; stroke?: boolean }
  | { t: 'field'; key: string; x: number; y: number; w: number; h: number; value: string; multiline?: boolean }
  | { t: 'check'; key: string; x: number; y: number; size: number; checked: boolean }
  | { t: 'sig'; key: string; x: number; y: number; w: number; h: number; present: boolean; seed: string };
export interface FormDoc { pages: Op[][]; title: string }

const GREY: RGB = [0.88, 0.88, 0.88];
const LABEL: RGB = [0.95, 0.95, 0.95];
const NHS_BLUE: RGB = [0, 0.37, 0.72];

/** Wraps a paragraph by an estimated Helvetica advance (good enough for both renderers). */
function wrap(text: string, width: number, size: number): string[] {
  const avg = size * 0.5;
  const max = Math.floor(width / avg);
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur && (cur + ' ' + w).length > max) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

function para(ops: Op[], text: string, x: number, y: number, w: number, s: number, font: Font = 'sans'): number {
  for (const line of wrap(text, w, s)) {
    ops.push({ t: 'text', x, y, s, text: line, font });
    y += s * 1.35;
  }
  return y;
}

function header(ops: Op[], title1: string, title2: string, sub?: string): number {
  ops.push({ t: 'text', x: 50, y: 42, s: 8.5, text: 'Primary Care Support England', font: 'sansBold', color: [0.2, 0.2, 0.2] });
  ops.push({ t: 'text', x: 50, y: 53, s: 7.5, text: 'Delivered on behalf of NHS England', color: [0.35, 0.35, 0.35] });
  ops.push({ t: 'rect', x: 488, y: 30, w: 57, h: 24, fill: NHS_BLUE });
  ops.push({ t: 'text', x: 495, y: 49, s: 18, text: 'NHS', font: 'sansBold', color: [1, 1, 1] });
  ops.push({ t: 'text', x: 50, y: 88, s: 16, text: title1, font: 'sansBold' });
  ops.push({ t: 'text', x: 50, y: 108, s: 13, text: title2, font: 'sansBold' });
  if (sub) ops.push({ t: 'text', x: 50, y: 124, s: 9, text: sub, font: 'sansOblique', color: [0.3, 0.3, 0.3] });
  return sub ? 140 : 126;
}

function section(ops: Op[], y: number, text: string): number {
  ops.push({ t: 'rect', x: 50, y, w: 495, h: 18, fill: GREY });
  ops.push({ t: 'text', x: 55, y: y + 13, s: 10.5, text, font: 'sansBold' });
  return y + 18;
}

function row(ops: Op[], y: number, label: string, key: string, value: string, h = 22, labelW = 175): number {
  ops.push({ t: 'rect', x: 50, y, w: labelW, h, fill: LABEL, stroke: true });
  const lines = wrap(label, labelW - 10, 9);
  lines.forEach((l, i) => ops.push({ t: 'text', x: 55, y: y + 14 + i * 11 - (lines.length - 1) * 5, s: 9, text: l }));
  ops.push({ t: 'rect', x: 50 + labelW, y, w: 495 - labelW, h, stroke: true });
  ops.push({ t: 'field', key, x: 50 + labelW, y, w: 495 - labelW, h, value, multiline: h > 30 });
  return y + h;
}

function footer(ops: Op[], text: string, page: string): void {
  ops.push({ t: 'line', x1: 50, y1: 800, x2: 545, y2: 800, w: 0.5 });
  ops.push({ t: 'text', x: 50, y: 812, s: 7, text, color: [0.35, 0.35, 0.35] });
  ops.push({ t: 'text', x: 505, y: 812, s: 7, text: page, color: [0.35, 0.35, 0.35] });
}

// ---------------- GPP Practice User Administrator certification ----------------

export interface GppValues {
  practiceName: string; practiceCode: string; practiceAddress: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; signed: boolean; date: string;
}

export function gppForm(v: GppValues, seed: string): FormDoc {
  const ops: Op[] = [];
  let y = header(ops, 'GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form');
  y = para(ops, 'Use this form where your practice has no GPP Practice User Administrator. Each practice may have a maximum of four GPP Practice User Administrators. Complete both parts of the form and return it to pcse.portalenquiries@nhs.net. Incomplete forms will be returned.', 50, y + 12, 495, 9) + 6;
  y = section(ops, y, 'Part 1 - Practice and nominated user administrator');
  y = row(ops, y, 'Practice name', 'practiceName', v.practiceName);
  y = row(ops, y, 'Practice code (ODS)', 'practiceCode', v.practiceCode);
  y = row(ops, y, 'Practice address', 'practiceAddress', v.practiceAddress, 36);
  y = row(ops, y, 'Full name of nominee', 'nomineeName', v.nomineeName);
  y = row(ops, y, 'Job title', 'nomineeJob', v.nomineeJob);
  y = row(ops, y, 'Email address (this will be the user name)', 'nomineeEmail', v.nomineeEmail, 26);
  y = row(ops, y, 'Telephone number', 'nomineePhone', v.nomineePhone);
  y += 14;
  y = section(ops, y, 'Part 2 - Certification by an organisation approver');
  y = para(ops, 'I certify that the person named in Part 1 works for the practice named above and is authorised to act as its GPP Practice User Administrator. I understand that a user administrator can create users, amend and remove GP Payments and Pensions roles and assign user administrator roles within the practice.', 50, y + 14, 495, 9) + 4;
  y = row(ops, y, 'Approver name', 'approverName', v.approverName);
  y = row(ops, y, 'Role / position in the organisation', 'approverRole', v.approverRole, 26);
  y = row(ops, y, 'Approver email address', 'approverEmail', v.approverEmail);
  ops.push({ t: 'rect', x: 50, y, w: 175, h: 42, fill: LABEL, stroke: true });
  ops.push({ t: 'text', x: 55, y: y + 24, s: 9, text: 'Signature' });
  ops.push({ t: 'rect', x: 225, y, w: 320, h: 42, stroke: true });
  ops.push({ t: 'sig', key: 'signature', x: 225, y, w: 320, h: 42, present: v.signed, seed });
  y += 42;
  y = row(ops, y, 'Date', 'date', v.date);
  y += 18;
  ops.push({ t: 'text', x: 50, y, s: 8.5, text: 'Notes', font: 'sansBold' });
  y = para(ops, '1. The approver must be one of the organisation\'s approvers (for example a GP partner or the Lead GP). 2. Once set up, the nominee receives an email with a verification link and can then set up other GPP Practice User Administrators and assign the Joiner & Leaver and Practice Estimate and Salary Change roles. 3. An accountant may be given the GPP - Practice User Management role by your user administrator; do not use this form for accountants.', 50, y + 12, 495, 8);
  footer(ops, 'PCSE Online | GPP Practice User Administrator Certification Form | Version 3.2', 'Page 1 of 1');
  return { pages: [ops], title: 'GPP Practice User Administrator Certification Form' };
}

// ---------------- Open Exeter Primary User (GP practices / other organisations) ----------------

export type GpCapacity = 'lead_gp' | 'gp_partner' | 'caldicott_guardian' | 'existing_primary_contact' | 'board_member';
export type OtherCapacity = 'caldicott_guardian' | 'board_member' | 'existing_primary_user';

export interface OeValues {
  orgName: string; orgCode: string; orgAddress: string; orgPhone: string; orgType?: string;
  puTitle: string; puFirst: string; puLast: string; puJob: string; puEmail: string; puPhone: string;
  additional: boolean | null;
  capacity: string | null; // one of the capacities, or null (none ticked)
  capacityOther?: string; // written in beside the boxes
  sigName: string; sigEmail: string; signed: boolean; date: string;
}

const GP_CAPS: [GpCapacity, string][] = [
  ['lead_gp', 'Lead GP'], ['gp_partner', 'GP Partner'], ['caldicott_guardian', 'Caldicott Guardian'],
  ['existing_primary_contact', 'Existing Primary Contact'], ['board_member', 'Member of the Board of Directors'],
];
const OTHER_CAPS: [OtherCapacity, string][] = [
  ['caldicott_guardian', 'Caldicott Guardian'], ['board_member', 'Member of the Board of Directors'],
  ['existing_primary_user', 'An existing Primary User within the organisation'],
];

export function oeForm(kind: 'gp' | 'other', v: OeValues, seed: string): FormDoc {
  const ops: Op[] = [];
  const gp = kind === 'gp';
  let y = header(ops, 'Open Exeter', gp ? 'Request for a Primary User - GP Practices' : 'Request for a Primary User - Other Organisations',
    'Cervical screening - Organisation Maintenance access');
  y = para(ops, gp
    ? 'Use this form to ask for a member of practice staff to be set up as an Open Exeter Primary User. A Primary User can add, amend and delete users and reset passwords for the practice. We recommend two Primary Users per practice.'
    : 'Use this form to ask for a Primary User to be set up for an organisation that is not a GP practice (for example a screening service, laboratory, colposcopy clinic, health board or out-of-hours provider).', 50, y + 8, 495, 9) + 4;
  y = section(ops, y, gp ? 'Section A - Practice details' : 'Section A - Organisation details');
  if (gp) {
    y = row(ops, y, 'Practice name', 'orgName', v.orgName, 20, 160);
    y = row(ops, y, 'Practice code', 'orgCode', v.orgCode, 20, 160);
  } else {
    y = row(ops, y, 'Organisation name', 'orgName', v.orgName, 20, 160);
    y = row(ops, y, 'Type of organisation', 'orgType', v.orgType ?? '', 20, 160);
    y = row(ops, y, 'Organisation code (if known)', 'orgCode', v.orgCode, 20, 160);
  }
  y = row(ops, y, 'Address', 'orgAddress', v.orgAddress, 32, 160);
  y = row(ops, y, 'Telephone', 'orgPhone', v.orgPhone, 20, 160);
  y += 8;
  y = section(ops, y, 'Section B - Primary User details');
  y = row(ops, y, 'Title', 'puTitle', v.puTitle, 20, 160);
  y = row(ops, y, 'Forename(s)', 'puFirst', v.puFirst, 20, 160);
  y = row(ops, y, 'Surname', 'puLast', v.puLast, 20, 160);
  y = row(ops, y, 'Job title', 'puJob', v.puJob, 20, 160);
  y = row(ops, y, 'Email address', 'puEmail', v.puEmail, 20, 160);
  y = row(ops, y, 'Telephone', 'puPhone', v.puPhone, 20, 160);
  ops.push({ t: 'rect', x: 50, y, w: 160, h: 20, fill: LABEL, stroke: true });
  ops.push({ t: 'text', x: 55, y: y + 13, s: 9, text: 'Additional Primary User?' });
  ops.push({ t: 'rect', x: 210, y, w: 335, h: 20, stroke: true });
  ops.push({ t: 'check', key: 'addYes', x: 220, y: y + 5, size: 10, checked: v.additional === true });
  ops.push({ t: 'text', x: 235, y: y + 13, s: 9, text: 'Yes' });
  ops.push({ t: 'check', key: 'addNo', x: 270, y: y + 5, size: 10, checked: v.additional === false });
  ops.push({ t: 'text', x: 285, y: y + 13, s: 9, text: 'No (first / replacement Primary User)' });
  y += 28;
  y = section(ops, y, 'Section C - Authorised signatory');
  y = para(ops, `I confirm that the person named in Section B should be set up as an Open Exeter Primary User for the ${gp ? 'practice' : 'organisation'} named in Section A, and that I am an authorised signatory in the capacity ticked below.`, 50, y + 13, 495, 8.5) + 2;
  const caps = gp ? GP_CAPS : OTHER_CAPS;
  ops.push({ t: 'text', x: 50, y: y + 6, s: 9, text: 'Capacity (tick one):', font: 'sansBold' });
  y += 12;
  caps.forEach(([key, label], i) => {
    const col = i % 3;
    const r = Math.floor(i / 3);
    const x = 55 + col * 165;
    const yy = y + r * 16;
    ops.push({ t: 'check', key: `cap_${key}`, x, y: yy, size: 9, checked: v.capacity === key });
    ops.push({ t: 'text', x: x + 14, y: yy + 8, s: gp || i < 2 ? 8.5 : 7.5, text: label });
  });
  y += Math.ceil(caps.length / 3) * 16 + 4;
  y = row(ops, y, 'Signatory name', 'sigName', v.sigName, 20, 160);
  y = row(ops, y, 'Signatory email', 'sigEmail', v.sigEmail, 20, 160);
  ops.push({ t: 'rect', x: 50, y, w: 160, h: 38, fill: LABEL, stroke: true });
  ops.push({ t: 'text', x: 55, y: y + 22, s: 9, text: 'Signature' });
  ops.push({ t: 'rect', x: 210, y, w: 335, h: 38, stroke: true });
  ops.push({ t: 'sig', key: 'signature', x: 210, y, w: 335, h: 38, present: v.signed, seed });
  y += 38;
  y = row(ops, y, 'Date', 'date', v.date, 20, 160);
  ops.push({ t: 'text', x: 50, y: y + 14, s: 8, font: 'sansBold', text: 'The form must be signed here, at the bottom of page 1, by an authorised signatory, or it cannot be processed.' });
  footer(ops, `Open Exeter Primary User Request - ${gp ? 'GP Practices' : 'Other Organisations'} | Email to pcse.openexeter@nhs.net`, 'Page 1 of 2');

  const p2: Op[] = [];
  let y2 = 60;
  p2.push({ t: 'text', x: 50, y: y2, s: 13, text: 'Guidance notes', font: 'sansBold' });
  y2 += 20;
  const notes = gp
    ? ['Who can sign: the Lead GP, a GP Partner, the practice\'s Caldicott Guardian, an existing Primary Contact or a member of the Board of Directors.',
      'A Primary User is also known as a Primary Contact. You can check whether you are already a Primary User: Organisation Maintenance will be listed under the Application drop-down menu.',
      'Once the Primary User is set up they can add and delete users in Open Exeter. When a new user is created Open Exeter notifies PCSE, which authorises the user and issues a password.',
      'To ask for extra permissions for an existing user, an authorised signatory should email pcse.openexeter@nhs.net from an NHS email address.']
    : ['Who can sign: the organisation\'s Caldicott Guardian, a member of the Board of Directors, or an existing Primary User within the organisation.',
      'If no-one from this list is available, the organisation should first appoint a new Caldicott Guardian.',
      'Once the Primary User is set up they can add and delete users in Open Exeter for the organisation.'];
  for (const n of notes) y2 = para(p2, `- ${n}`, 50, y2, 495, 9) + 6;
  y2 += 20;
  y2 = section(p2, y2, 'For PCSE use only');
  for (const l of ['Date received', 'Signatory validated (initials)', 'Primary User created (date)', 'Processed by']) y2 = row(p2, y2, l, `pcse_${l}`, '', 22, 200);
  footer(p2, `Open Exeter Primary User Request - ${gp ? 'GP Practices' : 'Other Organisations'} | v2.1`, 'Page 2 of 2');
  return { pages: [ops, p2], title: `Open Exeter Primary User Request - ${gp ? 'GP Practices' : 'Other Organisations'}` };
}

// ---------------- signatures ----------------

/** A signature scribble as SVG path data in a w×h box (y down). */
export function scribble(seed: string, w: number, h: number): string {
  const r = rng(seed);
  const x0 = 10 + r() * 30;
  const width = Math.min(w - x0 - 10, 130 + r() * 70);
  const mid = h * 0.6;
  let x = x0;
  let d = `M ${x.toFixed(1)} ${(mid + 2).toFixed(1)}`;
  const steps = 7 + Math.floor(r() * 4);
  for (let i = 0; i < steps; i++) {
    const nx = x + width / steps;
    const up = mid - h * (0.25 + r() * 0.3);
    const down = mid + h * (0.05 + r() * 0.2);
    d += ` C ${(x + width / steps * 0.3).toFixed(1)} ${up.toFixed(1)}, ${(x + width / steps * 0.6).toFixed(1)} ${down.toFixed(1)}, ${nx.toFixed(1)} ${(mid - h * 0.05 + r() * h * 0.1).toFixed(1)}`;
    x = nx;
  }
  d += ` M ${(x0 + width * 0.1).toFixed(1)} ${(mid + h * 0.18).toFixed(1)} L ${(x0 + width * 0.95).toFixed(1)} ${(mid + h * 0.12).toFixed(1)}`;
  return d;
}

// ---------------- PDF (flat text or AcroForm) ----------------

export interface PdfMeta { producer: string; creator: string; author?: string; date: string; title?: string }

async function newDoc(meta: PdfMeta, title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const d = new Date(meta.date);
  doc.setCreationDate(d);
  doc.setModificationDate(d);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setTitle(meta.title ?? title);
  return doc;
}

/** Renders a form as a text PDF: flat (values printed in the cells) or fillable (AcroForm fields named by `names`). */
export async function renderPdf(form: FormDoc, mode: 'flat' | 'acro', meta: PdfMeta, names: Record<string, string> = {}, o: { serif?: boolean; valueSize?: number } = {}): Promise<Buffer> {
  const doc = await newDoc(meta, form.title);
  const fonts: Record<Font, PDFFont> = o.serif
    ? { sans: await doc.embedFont(StandardFonts.TimesRoman), sansBold: await doc.embedFont(StandardFonts.TimesRomanBold), sansOblique: await doc.embedFont(StandardFonts.TimesRomanItalic) }
    : { sans: await doc.embedFont(StandardFonts.Helvetica), sansBold: await doc.embedFont(StandardFonts.HelveticaBold), sansOblique: await doc.embedFont(StandardFonts.HelveticaOblique) };
  const form_ = mode === 'acro' ? doc.getForm() : null;
  const vs = o.valueSize ?? 10;
  for (const ops of form.pages) {
    const page: PDFPage = doc.addPage([PAGE_W, PAGE_H]);
    for (const op of ops) {
      switch (op.t) {
        case 'text':
          page.drawText(op.text, { x: op.x, y: PAGE_H - op.y, size: op.s, font: fonts[op.font ?? 'sans'], color: rgb(...(op.color ?? [0, 0, 0])) });
          break;
        case 'line':
          page.drawLine({ start: { x: op.x1, y: PAGE_H - op.y1 }, end: { x: op.x2, y: PAGE_H - op.y2 }, thickness: op.w ?? 0.75, color: rgb(0.3, 0.3, 0.3) });
          break;
        case 'rect':
          page.drawRectangle({ x: op.x, y: PAGE_H - op.y - op.h, width: op.w, height: op.h, color: op.fill ? rgb(...op.fill) : undefined, borderColor: op.stroke ? rgb(0.35, 0.35, 0.35) : undefined, borderWidth: op.stroke ? 0.6 : 0 });
          break;
        case 'field': {
          const name = names[op.key];
          if (form_ && name) {
            const f = form_.createTextField(name);
            if (op.multiline) f.enableMultiline();
            f.setText(op.value || undefined);
            f.addToPage(page, { x: op.x + 1.5, y: PAGE_H - op.y - op.h + 1.5, width: op.w - 3, height: op.h - 3, borderWidth: 0, font: fonts.sans });
            f.setFontSize(op.multiline ? 9 : vs);
          } else if (op.value) {
            const lines = op.value.split('\n');
            const top = op.y + (op.h - lines.length * (vs + 2)) / 2 + vs - 1;
            lines.forEach((l, i) => page.drawText(l, { x: op.x + 5, y: PAGE_H - top - i * (vs + 2), size: vs, font: fonts.sans }));
          }
          break;
        }
        case 'check': {
          const name = names[op.key];
          if (form_ && name) {
            const c = form_.createCheckBox(name);
            c.addToPage(page, { x: op.x, y: PAGE_H - op.y - op.size, width: op.size, height: op.size, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
            if (op.checked) c.check();
          } else {
            page.drawRectangle({ x: op.x, y: PAGE_H - op.y - op.size, width: op.size, height: op.size, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
            if (op.checked) page.drawText('X', { x: op.x + 1.6, y: PAGE_H - op.y - op.size + 1.5, size: op.size - 1, font: fonts.sansBold });
          }
          break;
        }
        case 'sig':
          if (op.present) page.drawSvgPath(scribble(op.seed, op.w, op.h), { x: op.x, y: PAGE_H - op.y, borderColor: rgb(0.05, 0.1, 0.45), borderWidth: 1.1 });
          break;
      }
    }
  }
  if (form_) form_.updateFieldAppearances(fonts.sans);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------- scans ----------------

let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  const dir = '/usr/share/fonts/truetype/dejavu/';
  for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSansCondensed-Oblique.ttf']) GlobalFonts.registerFromPath(dir + f);
  fontsReady = true;
}

const cssFont = (f: Font, px: number) => (f === 'sans' ? `${px}px "DejaVu Sans"` : f === 'sansBold' ? `bold ${px}px "DejaVu Sans"` : `italic ${px}px "DejaVu Sans"`);

/** Writes text as if by hand: oblique, uneven baseline and size, ink colour. */
export function handText(ctx: SKRSContext2D, text: string, x: number, y: number, px: number, seed: string, ink = 'rgba(20,30,90,0.92)'): void {
  const r = rng(seed);
  ctx.save();
  ctx.fillStyle = ink;
  let cx = x;
  for (const ch of text) {
    const size = px * (0.92 + r() * 0.16);
    ctx.font = `italic ${size.toFixed(1)}px "DejaVu Sans Condensed"`;
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * px * 0.12);
    ctx.rotate((r() - 0.5) * 0.08);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
    cx += ctx.measureText(ch).width * (0.98 + r() * 0.1);
  }
  ctx.restore();
}

export interface ScanOpts {
  dpi: number; skewDeg?: number; quality: number; seed: string;
  hand?: Set<string>; // field keys written by hand
  handPx?: number;
  overlay?: (ctx: SKRSContext2D, page: number, k: number) => void; // drawn on the paper (before the scan noise), page coords × k
  shadow?: boolean; speckle?: number; blur?: boolean;
}

/** Renders one page of a form as a scanner would: a JPEG of the paper, a little rotated and noisy. */
export function scanPage(ops: Op[], pageIndex: number, o: ScanOpts): Buffer {
  registerFonts();
  const k = o.dpi / 72;
  const W = Math.round(PAGE_W * k);
  const H = Math.round(PAGE_H * k);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const r = rng(`${o.seed}/${pageIndex}`);
  ctx.fillStyle = '#f6f5f1';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  if (o.skewDeg) {
    ctx.translate(W / 2, H / 2);
    ctx.rotate((o.skewDeg * Math.PI) / 180);
    ctx.translate(-W / 2, -H / 2);
    ctx.translate(W * 0.006, H * 0.004);
  }
  ctx.fillStyle = '#fdfdfb';
  ctx.fillRect(0, 0, W, H);
  const tone = (c: RGB | undefined) => (c ? `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})` : '#111');
  for (const op of ops) {
    switch (op.t) {
      case 'text':
        ctx.fillStyle = tone(op.color);
        ctx.font = cssFont(op.font ?? 'sans', op.s * k * 0.98);
        ctx.fillText(op.text, op.x * k, op.y * k);
        break;
      case 'line':
        ctx.strokeStyle = '#444';
        ctx.lineWidth = (op.w ?? 0.75) * k;
        ctx.beginPath();
        ctx.moveTo(op.x1 * k, op.y1 * k);
        ctx.lineTo(op.x2 * k, op.y2 * k);
        ctx.stroke();
        break;
      case 'rect':
        if (op.fill) {
          ctx.fillStyle = tone(op.fill);
          ctx.fillRect(op.x * k, op.y * k, op.w * k, op.h * k);
        }
        if (op.stroke) {
          ctx.strokeStyle = '#555';
          ctx.lineWidth = 0.7 * k;
          ctx.strokeRect(op.x * k, op.y * k, op.w * k, op.h * k);
        }
        break;
      case 'field': {
        if (!op.value) break;
        const lines = op.value.split('\n');
        if (o.hand?.has(op.key)) {
          const px = (o.handPx ?? 12) * k;
          lines.forEach((l, i) => handText(ctx, l, (op.x + 6) * k, (op.y + op.h / 2 + 4 - (lines.length - 1) * 6 + i * 12) * k, px, `${o.seed}/${op.key}/${i}`));
        } else {
          ctx.fillStyle = '#151515';
          const vs = 10;
          ctx.font = cssFont('sans', vs * k);
          const top = op.y + (op.h - lines.length * (vs + 2)) / 2 + vs - 1;
          lines.forEach((l, i) => ctx.fillText(l, (op.x + 5) * k, (top + i * (vs + 2)) * k));
        }
        break;
      }
      case 'check':
        ctx.strokeStyle = '#222';
        ctx.lineWidth = 0.8 * k;
        ctx.strokeRect(op.x * k, op.y * k, op.size * k, op.size * k);
        if (op.checked) {
          ctx.strokeStyle = o.hand?.size ? 'rgba(20,30,90,0.95)' : '#111';
          ctx.lineWidth = 1.6 * k;
          ctx.beginPath();
          if (o.hand?.size) {
            ctx.moveTo((op.x + 1) * k, (op.y + op.size * 0.55) * k);
            ctx.lineTo((op.x + op.size * 0.4) * k, (op.y + op.size + 1) * k);
            ctx.lineTo((op.x + op.size + 4) * k, (op.y - 4) * k);
          } else {
            ctx.moveTo((op.x + 1.5) * k, (op.y + 1.5) * k);
            ctx.lineTo((op.x + op.size - 1.5) * k, (op.y + op.size - 1.5) * k);
            ctx.moveTo((op.x + op.size - 1.5) * k, (op.y + 1.5) * k);
            ctx.lineTo((op.x + 1.5) * k, (op.y + op.size - 1.5) * k);
          }
          ctx.stroke();
        }
        break;
      case 'sig':
        if (op.present) {
          ctx.save();
          ctx.translate(op.x * k, op.y * k);
          ctx.scale(k, k);
          ctx.strokeStyle = 'rgba(10,20,110,0.9)';
          ctx.lineWidth = 1.3;
          ctx.stroke(new Path2D(scribble(op.seed, op.w, op.h)));
          ctx.restore();
        }
        break;
    }
  }
  o.overlay?.(ctx, pageIndex, k);
  ctx.restore();
  // scanner noise: speckles, a shadowed edge, a faint grey cast
  const speckles = o.speckle ?? 900;
  for (let i = 0; i < speckles; i++) {
    ctx.fillStyle = `rgba(40,40,40,${(0.15 + r() * 0.5).toFixed(2)})`;
    const s = r() < 0.9 ? 1 : 2;
    ctx.fillRect(Math.floor(r() * W), Math.floor(r() * H), s * Math.max(1, Math.round(k / 2)), s * Math.max(1, Math.round(k / 2)));
  }
  if (o.shadow) {
    const g = ctx.createLinearGradient(0, 0, W * 0.04, 0);
    g.addColorStop(0, 'rgba(60,60,60,0.55)');
    g.addColorStop(1, 'rgba(60,60,60,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, W * 0.04, H);
  }
  if (o.blur) {
    const small = createCanvas(Math.round(W * 0.7), Math.round(H * 0.7));
    small.getContext('2d').drawImage(canvas, 0, 0, small.width, small.height);
    ctx.drawImage(small, 0, 0, W, H);
  }
  return canvas.encodeSync('jpeg', o.quality);
}

/** Wraps JPEG page images into an image-only PDF, as a scanner's scan-to-email does. */
export async function imagePdf(pages: Buffer[], meta: PdfMeta): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const d = new Date(meta.date);
  doc.setCreationDate(d);
  doc.setModificationDate(d);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  if (meta.title) doc.setTitle(meta.title);
  for (const jpg of pages) {
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([PAGE_W, PAGE_H]);
    page.drawImage(img, { x: 0, y: 0, width: PAGE_W, height: PAGE_H });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

export async function scanPdf(form: FormDoc, o: ScanOpts, meta: PdfMeta, pages?: number[]): Promise<Buffer> {
  const idx = pages ?? form.pages.map((_, i) => i);
  return imagePdf(idx.map((i) => scanPage(form.pages[i]!, i, o)), meta);
}
