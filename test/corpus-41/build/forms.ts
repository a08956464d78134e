// The forms of corpus 41, laid out by writer AK: one description of each page (in PDF points, y measured from the
// top) drawn three ways: as a flat text PDF, as a fillable AcroForm, and on a canvas for the scans (scans.ts).
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export const A4 = { w: 595.28, h: 841.89 };

export type Op =
  | { t: 'text'; x: number; y: number; s: string; size: number; bold?: boolean; italic?: boolean; gray?: number; align?: 'left' | 'right' | 'center' }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w?: number; gray?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number; stroke?: boolean }
  | { t: 'check'; x: number; y: number; size: number; name: string; on: boolean }
  | { t: 'field'; name: string; x: number; y: number; w: number; h: number; value: string; size?: number; multiline?: boolean; caps?: boolean }
  | { t: 'sig'; x: number; y: number; w: number; h: number; seed: string; present: boolean; style?: 'loop' | 'initials' | 'scrawl' };

export interface Page { ops: Op[] }
export interface Template { pages: Page[]; title: string }

/** Rough Helvetica width: enough to wrap paragraphs the same way in every rendering. */
const approxWidth = (s: string, size: number) => s.length * size * 0.5;

export function para(ops: Op[], x: number, y: number, width: number, text: string, size = 9, lead = 1.35, o: { bold?: boolean; italic?: boolean } = {}): number {
  const words = text.split(/\s+/);
  let line = '';
  let yy = y;
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (approxWidth(next, size) > width && line) {
      ops.push({ t: 'text', x, y: yy, s: line, size, ...o });
      yy += size * lead;
      line = w;
    } else line = next;
  }
  if (line) {
    ops.push({ t: 'text', x, y: yy, s: line, size, ...o });
    yy += size * lead;
  }
  return yy;
}

function sectionBar(ops: Op[], y: number, s: string, x = 45, w = 505): number {
  ops.push({ t: 'rect', x, y, w, h: 17, fill: 0.86 });
  ops.push({ t: 'text', x: x + 6, y: y + 12.5, s, size: 10.5, bold: true });
  return y + 26;
}

/** A label and a field box on one row; returns the next row's y. */
function row(ops: Op[], y: number, label: string, name: string, value: string, o: { h?: number; lx?: number; fx?: number; fw?: number; multiline?: boolean; caps?: boolean } = {}): number {
  const h = o.h ?? 18;
  const fx = o.fx ?? 215;
  ops.push({ t: 'text', x: o.lx ?? 50, y: y + 12.5, s: label, size: 9.5 });
  ops.push({ t: 'rect', x: fx, y, w: o.fw ?? 330, h, stroke: true });
  ops.push({ t: 'field', name, x: fx, y, w: o.fw ?? 330, h, value, size: 10, multiline: o.multiline, caps: o.caps });
  return y + h + 7;
}

function header(ops: Op[], top: string, right = 'NHS England') {
  ops.push({ t: 'rect', x: 0, y: 0, w: A4.w, h: 8, fill: 0.25 });
  ops.push({ t: 'text', x: 45, y: 34, s: top, size: 9, bold: true, gray: 0.25 });
  ops.push({ t: 'text', x: 550, y: 34, s: right, size: 11, bold: true, align: 'right' });
  ops.push({ t: 'line', x1: 45, y1: 42, x2: 550, y2: 42, w: 0.8 });
}

function footer(ops: Op[], left: string, right: string) {
  ops.push({ t: 'line', x1: 45, y1: 805, x2: 550, y2: 805, w: 0.5, gray: 0.5 });
  ops.push({ t: 'text', x: 45, y: 818, s: left, size: 7.5, gray: 0.35 });
  ops.push({ t: 'text', x: 550, y: 818, s: right, size: 7.5, gray: 0.35, align: 'right' });
}

// ---------------------------------------------------------------- GPP certification
export interface GppCert {
  practiceName: string; odsCode: string; practiceAddress: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string; signed: boolean; sigSeed: string;
}

export function gppCertTemplate(d: GppCert): Template {
  const ops: Op[] = [];
  header(ops, 'PRIMARY CARE SUPPORT ENGLAND  |  PCSE Online');
  ops.push({ t: 'text', x: 45, y: 72, s: 'GP Payments and Pensions', size: 17, bold: true });
  ops.push({ t: 'text', x: 45, y: 92, s: 'Practice User Administrator Certification Form', size: 13.5, bold: true, gray: 0.2 });
  let y = para(ops, 45, 116, 505, 'Use this form when your practice has no GPP Practice User Administrator in PCSE Online. Complete both parts. Part B must be completed and signed by one of your organisation\'s approvers. Return the completed form to pcse.portalenquiries@nhs.net.', 9);
  y = sectionBar(ops, y + 6, 'Part A  -  Practice and nominee details');
  y = row(ops, y, 'Practice name', 'practice_name', d.practiceName);
  y = row(ops, y, 'Practice code (ODS)', 'practice_code', d.odsCode);
  y = row(ops, y, 'Practice address', 'practice_address', d.practiceAddress, { h: 38, multiline: true });
  y = row(ops, y, 'Nominee full name', 'nominee_name', d.nomineeName);
  y = row(ops, y, 'Nominee job title', 'nominee_job_title', d.nomineeJob);
  y = row(ops, y, 'Nominee email address', 'nominee_email', d.nomineeEmail);
  y = row(ops, y, 'Nominee telephone', 'nominee_phone', d.nomineePhone);
  y = sectionBar(ops, y + 8, 'Part B  -  Certification by an organisation approver');
  y = para(ops, 50, y + 3, 495, 'I certify that the person named in Part A works for the practice named above and should be given the GPP Practice User Administrator role in PCSE Online. I am one of the organisation\'s approvers.', 9);
  y += 6;
  y = row(ops, y, 'Approver name', 'approver_name', d.approverName);
  y = row(ops, y, 'Position / role', 'approver_position', d.approverRole);
  y = row(ops, y, 'Approver email address', 'approver_email', d.approverEmail);
  ops.push({ t: 'text', x: 50, y: y + 12.5, s: 'Signature', size: 9.5 });
  ops.push({ t: 'rect', x: 215, y, w: 330, h: 44, stroke: true });
  ops.push({ t: 'sig', x: 225, y: y + 3, w: 170, h: 38, seed: d.sigSeed, present: d.signed });
  y += 51;
  y = row(ops, y, 'Date', 'date', d.date, { fw: 140 });
  y = para(ops, 45, y + 14, 505, 'Once set up, the GPP Practice User Administrator can add up to three further GPP administrators for the practice and assign the Joiner & Leaver and Practice Estimate and Salary Change roles. Each practice may have a maximum of four GPP administrators.', 8, 1.35, { italic: true });
  footer(ops, 'PCSE GPP UA certification  v3.2', 'Page 1 of 1');
  return { pages: [{ ops }], title: 'GPP Practice User Administrator Certification' };
}

// ---------------------------------------------------------------- Open Exeter primary user (GP and other)
export interface OePrimary {
  kind: 'gp' | 'other';
  orgName: string; orgCode: string; orgType?: string; orgAddress: string; orgPhone: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string; phone: string;
  capacity: string; // one of the tick-box labels
  signatoryName: string; signatoryEmail: string; signatoryPosition: string; date: string; signed: boolean; sigSeed: string;
}
export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

export function oePrimaryTemplate(d: OePrimary): Template {
  const gp = d.kind === 'gp';
  const ops: Op[] = [];
  header(ops, 'OPEN EXETER  |  Cervical Screening', 'PCSE');
  ops.push({ t: 'text', x: 45, y: 70, s: 'Request for an Open Exeter Primary User', size: 16, bold: true });
  ops.push({ t: 'text', x: 45, y: 88, s: gp ? 'GP Practices' : 'Organisations other than GP Practices', size: 12, bold: true, gray: 0.3 });
  let y = para(ops, 45, 108, 505, `A Primary User manages Open Exeter access for the ${gp ? 'practice' : 'organisation'}: adding, amending and deleting users and resetting passwords. Complete all sections. The form must be signed at the bottom of this page by an authorised signatory or it cannot be processed. Email the completed form to pcse.openexeter@nhs.net.`, 8.8);
  y = sectionBar(ops, y + 4, gp ? 'Section 1   Practice details' : 'Section 1   Organisation details');
  y = row(ops, y, gp ? 'Practice name' : 'Organisation name', 'org_name', d.orgName);
  y = row(ops, y, gp ? 'Practice code' : 'Organisation code', 'org_code', d.orgCode, { fw: 140 });
  if (!gp) y = row(ops, y, 'Type of organisation', 'org_type', d.orgType ?? '');
  y = row(ops, y, 'Address', 'org_address', d.orgAddress, { h: 38, multiline: true });
  y = row(ops, y, 'Telephone', 'org_phone', d.orgPhone, { fw: 200 });
  y = sectionBar(ops, y + 4, 'Section 2   Person to be set up as Primary User');
  y = row(ops, y, 'Title', 'pu_title', d.title, { fw: 80 });
  y = row(ops, y, 'Forename(s)', 'pu_forename', d.forename);
  y = row(ops, y, 'Surname', 'pu_surname', d.surname);
  y = row(ops, y, 'Job title', 'pu_job_title', d.jobTitle);
  y = row(ops, y, 'NHSmail address', 'pu_email', d.email);
  y = row(ops, y, 'Direct telephone', 'pu_phone', d.phone, { fw: 200 });
  y = sectionBar(ops, y + 4, 'Section 3   Authorised signatory');
  y = para(ops, 50, y, 495, `I confirm that the person named in Section 2 should be given Primary User access for this ${gp ? 'practice' : 'organisation'}. I sign in the capacity ticked below:`, 8.8);
  const caps = gp ? OE_GP_CAPACITIES : OE_OTHER_CAPACITIES;
  let cx = 50;
  let cy = y + 2;
  caps.forEach((c, i) => {
    const w = approxWidth(c, 8.8) + 30;
    if (cx + w > 548) {
      cx = 50;
      cy += 17;
    }
    ops.push({ t: 'rect', x: cx, y: cy, w: 10, h: 10, stroke: true });
    ops.push({ t: 'check', x: cx, y: cy, size: 10, name: `capacity_${i + 1}`, on: c === d.capacity });
    ops.push({ t: 'text', x: cx + 15, y: cy + 8.5, s: c, size: 8.8 });
    cx += w;
  });
  y = cy + 20;
  y = row(ops, y, 'Signatory name', 'sig_name', d.signatoryName);
  y = row(ops, y, 'Position', 'sig_position', d.signatoryPosition);
  y = row(ops, y, 'Signatory email', 'sig_email', d.signatoryEmail);
  ops.push({ t: 'text', x: 50, y: y + 12.5, s: 'Signature', size: 9.5 });
  ops.push({ t: 'rect', x: 215, y, w: 200, h: 36, stroke: true });
  ops.push({ t: 'sig', x: 222, y: y + 2, w: 150, h: 32, seed: d.sigSeed, present: d.signed });
  ops.push({ t: 'text', x: 425, y: y + 12.5, s: 'Date', size: 9.5 });
  ops.push({ t: 'rect', x: 452, y, w: 93, h: 18, stroke: true });
  ops.push({ t: 'field', name: 'sig_date', x: 452, y, w: 93, h: 18, value: d.date, size: 10 });
  footer(ops, `Open Exeter Primary User request (${gp ? 'GP' : 'non-GP'})  v2.1`, 'Page 1 of 2');

  const p2: Op[] = [];
  header(p2, 'OPEN EXETER  |  Cervical Screening', 'PCSE');
  p2.push({ t: 'text', x: 45, y: 70, s: 'Notes for completing this form', size: 13, bold: true });
  let y2 = 92;
  const notes = gp
    ? [
      'Who can sign: a Lead GP, a GP Partner, the Caldicott Guardian, an existing Primary Contact or a member of the Board of Directors. Practice managers who are not already a Primary Contact cannot sign this form.',
      'We recommend each practice has two Primary Users so that password resets can continue when one is away.',
      'The Primary User must have an NHSmail address. Generic or shared mailboxes cannot be used as a Primary User login.',
      'If there is no-one available to sign, request a new Caldicott Guardian before sending the form.',
      'To add permissions for an existing user, an authorised signatory should email pcse.openexeter@nhs.net from an NHS email address; no form is needed.',
    ]
    : [
      'Who can sign: the Caldicott Guardian, a member of the Board of Directors or an existing Primary User within the organisation.',
      'Organisations other than GP practices include colposcopy clinics, sexual health services, laboratories, screening offices and commissioners.',
      'The Primary User must have an NHSmail address. Generic or shared mailboxes cannot be used as a Primary User login.',
      'If there is no-one available to sign, request a new Caldicott Guardian before sending the form.',
    ];
  for (const n of notes) y2 = para(p2, 55, y2, 490, `\u2022  ${n}`, 9) + 6;
  p2.push({ t: 'rect', x: 45, y: y2 + 20, w: 505, h: 90, stroke: true });
  p2.push({ t: 'text', x: 52, y: y2 + 35, s: 'For PCSE use only', size: 9, bold: true });
  p2.push({ t: 'text', x: 52, y: y2 + 55, s: 'Signatory validated:  Y / N        Date:                 Initials:', size: 9 });
  p2.push({ t: 'text', x: 52, y: y2 + 75, s: 'User ID created:                      Case reference:', size: 9 });
  footer(p2, `Open Exeter Primary User request (${gp ? 'GP' : 'non-GP'})  v2.1`, 'Page 2 of 2');
  return { pages: [{ ops }, { ops: p2 }], title: gp ? 'Open Exeter Primary User request - GP practices' : 'Open Exeter Primary User request - other organisations' };
}

// ---------------------------------------------------------------- PCN user administrator request
export interface PcnReq {
  pcnName: string; pcnCode: string; leadPractice: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  cdName: string; cdEmail: string;
  icbName: string; approverName: string; approverJob: string; approverEmail: string; date: string; signed: boolean; sigSeed: string;
}
export function pcnTemplate(d: PcnReq): Template {
  const ops: Op[] = [];
  header(ops, 'PRIMARY CARE SUPPORT ENGLAND  |  PCSE Online');
  ops.push({ t: 'text', x: 45, y: 70, s: 'Primary Care Network - User Administrator Request', size: 15, bold: true });
  let y = para(ops, 45, 92, 505, 'For a PCN with no PCN user administrator in PCSE Online. The request must be approved in Section D by a member of the ICB who is an approver on the NHS England Authorised Email List (AEL), and sent to pcse.portalenquiries@nhs.net by that approver.', 8.8);
  y = sectionBar(ops, y + 4, 'Section A   PCN details');
  y = row(ops, y, 'PCN name', 'A1_pcn_name', d.pcnName);
  y = row(ops, y, 'PCN ODS code', 'A2_pcn_code', d.pcnCode, { fw: 140 });
  y = row(ops, y, 'Lead / host practice', 'A3_lead_practice', d.leadPractice);
  y = sectionBar(ops, y + 4, 'Section B   Person to be PCN user administrator');
  y = row(ops, y, 'Full name', 'B1_name', d.nomineeName);
  y = row(ops, y, 'Job title', 'B2_job', d.nomineeJob);
  y = row(ops, y, 'Email address', 'B3_email', d.nomineeEmail);
  y = row(ops, y, 'Telephone', 'B4_phone', d.nomineePhone, { fw: 200 });
  y = sectionBar(ops, y + 4, 'Section C   Requested by (PCN Clinical Director)');
  y = row(ops, y, 'Clinical Director name', 'C1_cd_name', d.cdName);
  y = row(ops, y, 'Clinical Director email', 'C2_cd_email', d.cdEmail);
  y = sectionBar(ops, y + 4, 'Section D   ICB approval (AEL approver)');
  y = row(ops, y, 'ICB', 'D1_icb', d.icbName);
  y = row(ops, y, 'Approver name', 'D2_approver_name', d.approverName);
  y = row(ops, y, 'Approver job title', 'D3_approver_job', d.approverJob);
  y = row(ops, y, 'Approver email', 'D4_approver_email', d.approverEmail);
  ops.push({ t: 'text', x: 50, y: y + 12.5, s: 'Signature', size: 9.5 });
  ops.push({ t: 'rect', x: 215, y, w: 200, h: 36, stroke: true });
  ops.push({ t: 'sig', x: 222, y: y + 2, w: 150, h: 32, seed: d.sigSeed, present: d.signed, style: 'initials' });
  ops.push({ t: 'text', x: 425, y: y + 12.5, s: 'Date', size: 9.5 });
  ops.push({ t: 'rect', x: 452, y, w: 93, h: 18, stroke: true });
  ops.push({ t: 'field', name: 'D5_date', x: 452, y, w: 93, h: 18, value: d.date, size: 10 });
  footer(ops, 'PCN UA request  v1.4', 'Page 1 of 1');
  return { pages: [{ ops }], title: 'PCN User Administrator Request' };
}

// ---------------------------------------------------------------- a plain table document (branch details, admin lists)
export function tableDoc(title: string, intro: string[], head: string[], rows: string[][], widths: number[], foot: string[] = [], o: { letterhead?: string[] } = {}): Template {
  const ops: Op[] = [];
  let y = 50;
  if (o.letterhead) {
    o.letterhead.forEach((l, i) => ops.push({ t: 'text', x: 550, y: y + i * 12, s: l, size: i === 0 ? 11 : 8.5, bold: i === 0, align: 'right' }));
    y += o.letterhead.length * 12 + 14;
  }
  ops.push({ t: 'text', x: 45, y, s: title, size: 14, bold: true });
  y += 22;
  for (const p of intro) y = para(ops, 45, y, 505, p, 9.5) + 5;
  y += 4;
  const x0 = 45;
  const drawRow = (cells: string[], bold: boolean) => {
    const wrapped = cells.map((c, i) => {
      const lines: string[] = [];
      for (const part of c.split('\n')) {
        let line = '';
        for (const w of part.split(' ')) {
          const next = line ? `${line} ${w}` : w;
          if (approxWidth(next, 9) > widths[i]! - 8 && line) {
            lines.push(line);
            line = w;
          } else line = next;
        }
        lines.push(line);
      }
      return lines;
    });
    const h = Math.max(...wrapped.map((l) => l.length)) * 12 + 8;
    let x = x0;
    wrapped.forEach((lines, i) => {
      ops.push({ t: 'rect', x, y, w: widths[i]!, h, stroke: true, ...(bold ? { fill: 0.88 } : {}) });
      lines.forEach((l, j) => ops.push({ t: 'text', x: x + 4, y: y + 13 + j * 12, s: l, size: 9, bold }));
      x += widths[i]!;
    });
    y += h;
  };
  drawRow(head, true);
  for (const r of rows) drawRow(r, false);
  y += 16;
  for (const p of foot) y = para(ops, 45, y, 505, p, 9.5) + 5;
  return { pages: [{ ops }], title };
}

/** A letter on letterhead (for the first page of a scanned pack). */
export function letterDoc(letterhead: string[], addressee: string[], date: string, paras: string[], signers: { name: string; role: string; seed: string }[]): Template {
  const ops: Op[] = [];
  letterhead.forEach((l, i) => ops.push({ t: 'text', x: i === 0 ? 297 : 297, y: 55 + i * 13, s: l, size: i === 0 ? 15 : 8.5, bold: i === 0, align: 'center' }));
  let y = 55 + letterhead.length * 13 + 6;
  ops.push({ t: 'line', x1: 60, y1: y, x2: 535, y2: y, w: 0.7 });
  y += 30;
  addressee.forEach((l) => {
    ops.push({ t: 'text', x: 60, y, s: l, size: 10 });
    y += 13;
  });
  y += 10;
  ops.push({ t: 'text', x: 60, y, s: date, size: 10 });
  y += 26;
  for (const p of paras) y = para(ops, 60, y, 470, p, 10, 1.4) + 8;
  y += 6;
  let x = 60;
  for (const s of signers) {
    ops.push({ t: 'sig', x, y, w: 130, h: 34, seed: s.seed, present: true });
    ops.push({ t: 'text', x, y: y + 48, s: s.name, size: 10, bold: true });
    ops.push({ t: 'text', x, y: y + 61, s: s.role, size: 9 });
    x += 235;
  }
  return { pages: [{ ops }], title: 'Letter' };
}

// ---------------------------------------------------------------- signatures
/** An SVG path (y down) for a handwritten signature inside w×h, from a seed: a tall capital, a run of small
 * connected loops of varying height, a second capital for the surname, and an underline flourish. */
export function signaturePath(seed: string, w: number, h: number, style: 'loop' | 'initials' | 'scrawl' = 'loop'): string {
  let s = 0;
  for (const c of seed) s = (s * 31 + c.charCodeAt(0)) >>> 0;
  const r = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const base = h * 0.68;
  const pts: [number, number][] = [];
  let x = w * 0.03;
  const capital = (height: number) => {
    pts.push([x, base], [x + w * 0.03, base - height], [x + w * 0.055, base - height * 0.85], [x + w * 0.04, base + h * 0.08]);
    x += w * 0.06;
  };
  const run = (letters: number) => {
    for (let i = 0; i < letters; i++) {
      const tall = r() < 0.25;
      const top = base - (tall ? h * (0.45 + r() * 0.2) : h * (0.12 + r() * 0.14));
      const step = w * (0.025 + r() * 0.03);
      pts.push([x + step * 0.35, top], [x + step, base + (r() - 0.5) * h * 0.1]);
      x += step;
    }
  };
  capital(h * (0.55 + r() * 0.3));
  run(style === 'initials' ? 1 : 4 + Math.floor(r() * 3));
  x += w * 0.04;
  capital(h * (0.5 + r() * 0.3));
  run(style === 'initials' ? 2 : style === 'scrawl' ? 9 : 5 + Math.floor(r() * 4));
  const scale = Math.min(1, (w * 0.92) / x);
  const P = pts.map(([a, b]) => [a * scale, b] as [number, number]);
  let d = `M ${P[0]![0].toFixed(1)} ${P[0]![1].toFixed(1)}`;
  for (let i = 1; i < P.length; i++) {
    const p0 = P[i - 1]!;
    const p1 = P[i]!;
    const mx = (p0[0] + p1[0]) / 2 + (r() - 0.5) * 3;
    d += ` Q ${mx.toFixed(1)} ${p0[1].toFixed(1)} ${p1[0].toFixed(1)} ${p1[1].toFixed(1)}`;
  }
  const endX = P[P.length - 1]![0];
  d += ` M ${(w * 0.06).toFixed(1)} ${(h * 0.9).toFixed(1)} Q ${(endX * 0.5).toFixed(1)} ${(h * (0.8 + r() * 0.12)).toFixed(1)} ${Math.min(w * 0.97, endX + w * 0.08).toFixed(1)} ${(h * 0.84).toFixed(1)}`;
  return d;
}

// ---------------------------------------------------------------- PDF output
export interface PdfMeta { title: string; author?: string; creator: string; producer: string; date: Date }

async function newDoc(meta: PdfMeta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc;
}

interface Fonts { reg: PDFFont; bold: PDFFont; ital: PDFFont; value: PDFFont }

function drawStatic(page: PDFPage, op: Op, f: Fonts) {
  const Y = (y: number) => A4.h - y;
  switch (op.t) {
    case 'text': {
      const font = op.bold ? f.bold : op.italic ? f.ital : f.reg;
      const width = font.widthOfTextAtSize(op.s, op.size);
      const x = op.align === 'right' ? op.x - width : op.align === 'center' ? op.x - width / 2 : op.x;
      page.drawText(op.s, { x, y: Y(op.y), size: op.size, font, color: rgb(op.gray ?? 0, op.gray ?? 0, op.gray ?? 0) });
      break;
    }
    case 'line':
      page.drawLine({ start: { x: op.x1, y: Y(op.y1) }, end: { x: op.x2, y: Y(op.y2) }, thickness: op.w ?? 0.8, color: rgb(op.gray ?? 0, op.gray ?? 0, op.gray ?? 0) });
      break;
    case 'rect':
      page.drawRectangle({
        x: op.x, y: Y(op.y + op.h), width: op.w, height: op.h,
        ...(op.fill !== undefined ? { color: rgb(op.fill, op.fill, op.fill) } : {}),
        ...(op.stroke ? { borderColor: rgb(0.2, 0.2, 0.2), borderWidth: 0.7 } : {}),
      });
      break;
    default:
      break;
  }
}

function drawSig(page: PDFPage, op: Extract<Op, { t: 'sig' }>, ink = rgb(0.08, 0.1, 0.35)) {
  if (!op.present) return;
  page.drawSvgPath(signaturePath(op.seed, op.w, op.h, op.style), { x: op.x, y: A4.h - op.y, borderColor: ink, borderWidth: 1.1 });
}

/** Everything printed on the page, values included: a flat PDF (a word-processor export or "print to PDF"). */
export async function flatPdf(t: Template, meta: PdfMeta, o: { serif?: boolean; useObjectStreams?: boolean; valueCase?: 'as-is' } = {}): Promise<Uint8Array> {
  const doc = await newDoc(meta);
  const f: Fonts = o.serif
    ? { reg: await doc.embedFont(StandardFonts.TimesRoman), bold: await doc.embedFont(StandardFonts.TimesRomanBold), ital: await doc.embedFont(StandardFonts.TimesRomanItalic), value: await doc.embedFont(StandardFonts.TimesRoman) }
    : { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), ital: await doc.embedFont(StandardFonts.HelveticaOblique), value: await doc.embedFont(StandardFonts.Helvetica) };
  for (const p of t.pages) {
    const page = doc.addPage([A4.w, A4.h]);
    for (const op of p.ops) {
      if (op.t === 'field') {
        const lines = op.multiline ? op.value.split('\n') : [op.value];
        lines.forEach((l, i) => page.drawText(l, { x: op.x + 4, y: A4.h - op.y - (op.multiline ? 11 : 12.5) - i * 10.5, size: op.multiline ? 9 : op.size ?? 10, font: f.value }));
      } else if (op.t === 'check') {
        if (op.on) page.drawText('X', { x: op.x + 1.8, y: A4.h - op.y - op.size + 1.6, size: op.size, font: f.bold });
      } else if (op.t === 'sig') drawSig(page, op);
      else drawStatic(page, op, f);
    }
  }
  return doc.save({ useObjectStreams: o.useObjectStreams ?? false });
}

/** The same form with AcroForm fields holding the values; the signature drawn on the page (Fill & Sign). */
export async function fillablePdf(t: Template, meta: PdfMeta, fieldName: (name: string) => string): Promise<Uint8Array> {
  const doc = await newDoc(meta);
  const f: Fonts = { reg: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), ital: await doc.embedFont(StandardFonts.HelveticaOblique), value: await doc.embedFont(StandardFonts.Helvetica) };
  const form = doc.getForm();
  for (const p of t.pages) {
    const page = doc.addPage([A4.w, A4.h]);
    for (const op of p.ops) {
      if (op.t === 'field') {
        const tf = form.createTextField(fieldName(op.name));
        if (op.multiline) tf.enableMultiline();
        tf.setText(op.value === '' ? undefined : op.value);
        tf.addToPage(page, { x: op.x + 0.5, y: A4.h - op.y - op.h + 0.5, width: op.w - 1, height: op.h - 1, font: f.value, borderWidth: 0, backgroundColor: rgb(0.93, 0.95, 1) });
        tf.setFontSize(op.multiline ? 9 : op.size ?? 10);
      } else if (op.t === 'check') {
        const cb = form.createCheckBox(fieldName(op.name));
        cb.addToPage(page, { x: op.x, y: A4.h - op.y - op.size, width: op.size, height: op.size, borderWidth: 0.7, borderColor: rgb(0.2, 0.2, 0.2) });
        if (op.on) cb.check();
      } else if (op.t === 'sig') drawSig(page, op);
      else drawStatic(page, op, f);
    }
  }
  form.updateFieldAppearances(f.value);
  return doc.save({ useObjectStreams: false });
}

/** Scanned pages (already encoded images) wrapped one per A4 page, no text layer. */
export async function imagePdf(pages: { data: Uint8Array; type: 'jpg' | 'png' }[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await newDoc(meta);
  for (const p of pages) {
    const img = p.type === 'jpg' ? await doc.embedJpg(p.data) : await doc.embedPng(p.data);
    const page = doc.addPage([A4.w, A4.h]);
    page.drawImage(img, { x: 0, y: 0, width: A4.w, height: A4.h });
  }
  return doc.save({ useObjectStreams: true });
}
