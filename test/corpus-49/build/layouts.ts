// The layouts of the forms and letters attached to the corpus (this writer's own renderings; the real PCSE forms differ).
import type { Op } from './forms.js';

const NHS_BLUE: [number, number, number] = [0, 0.37, 0.72];
const GREY: [number, number, number] = [0.86, 0.88, 0.9];

function header(ops: Op[], org = 'Primary Care Support England'): void {
  ops.push({ t: 'text', x: 50, y: 44, s: org, size: 9, font: 'sansB', color: [0.2, 0.2, 0.2] });
  ops.push({ t: 'rect', x: 482, y: 26, w: 63, h: 26, fill: NHS_BLUE, stroke: null });
  ops.push({ t: 'text', x: 490, y: 46, s: 'NHS', size: 19, font: 'sansB', color: [1, 1, 1] });
}

function bar(ops: Op[], y: number, s: string): number {
  ops.push({ t: 'rect', x: 50, y, w: 495, h: 16, fill: GREY, stroke: null });
  ops.push({ t: 'text', x: 55, y: y + 11.5, s, size: 9.5, font: 'sansB' });
  return y + 22;
}

/** A label and its answer box; returns the next y. */
function row(ops: Op[], y: number, label: string, key: string, h = 17, multiline = false, labelW = 150): number {
  ops.push({ t: 'text', x: 55, y: y + 11.5, s: label, size: 8.5 });
  ops.push({ t: 'rect', x: 50 + labelW, y, w: 495 - labelW, h, lw: 0.5 });
  ops.push({ t: 'value', key, x: 50 + labelW, y, w: 495 - labelW, h, multiline });
  return y + h + 4;
}

export type OeVariant = 'gp' | 'other';

export const OE_GP_CAPACITIES = ['cap_lead_gp', 'cap_gp_partner', 'cap_caldicott', 'cap_existing_pc', 'cap_board'] as const;
export const OE_OTHER_CAPACITIES = ['cap_caldicott', 'cap_board', 'cap_existing_pu'] as const;

/**
 * Open Exeter Primary User request form, two pages; the signature at the bottom of page 1.
 * Value keys: orgName, orgCode, orgType (other only), address, postcode, phone, puTitle, puFirst, puSurname, puJob,
 * puEmail, puPhone, puUserId, sigName, sigPosition, sigEmail, sigDate; check keys cap_*; signature key `signature`.
 */
export function oeForm(variant: OeVariant, version = 'v4.1'): Op[][] {
  const p1: Op[] = [];
  header(p1);
  p1.push({ t: 'text', x: 50, y: 84, s: 'Open Exeter Primary User Request Form', size: 16, font: 'sansB', color: NHS_BLUE });
  p1.push({ t: 'text', x: 50, y: 102, s: variant === 'gp' ? 'For GP Practices' : 'For organisations other than GP Practices', size: 11.5, font: 'sansB' });
  p1.push({
    t: 'wrap', x: 50, y: 120, w: 495, size: 8.5,
    s: "Use this form to ask PCSE to set up a Primary User for Open Exeter. A Primary User has the 'Organisation Maintenance' application and can add, amend and delete users and reset passwords for your organisation. The form must be signed by an authorised signatory at the bottom of this page, otherwise we are unable to process the request. Email the completed form to pcse.openexeter@nhs.net",
  });
  let y = 162;
  y = bar(p1, y, variant === 'gp' ? 'Section 1 - Practice details' : 'Section 1 - Organisation details');
  y = row(p1, y, variant === 'gp' ? 'Practice name' : 'Organisation name', 'orgName');
  y = row(p1, y, variant === 'gp' ? 'Practice code (ODS)' : 'Organisation code (ODS)', 'orgCode');
  if (variant === 'other') y = row(p1, y, 'Type of organisation', 'orgType');
  y = row(p1, y, 'Address', 'address', 28, true);
  y = row(p1, y, 'Postcode', 'postcode');
  y = row(p1, y, 'Telephone', 'phone');
  y += 4;
  y = bar(p1, y, 'Section 2 - Primary User details');
  y = row(p1, y, 'Title', 'puTitle');
  y = row(p1, y, 'First name', 'puFirst');
  y = row(p1, y, 'Surname', 'puSurname');
  y = row(p1, y, 'Job title', 'puJob');
  y = row(p1, y, 'Email address (NHSmail)', 'puEmail');
  y = row(p1, y, 'Telephone', 'puPhone');
  y = row(p1, y, 'Current Open Exeter user ID', 'puUserId');
  p1.push({ t: 'text', x: 55, y: y + 2, s: '(if the person already has an Open Exeter account)', size: 7, color: [0.35, 0.35, 0.35] });
  y += 12;
  y = bar(p1, y, 'Section 3 - Authorised signatory');
  p1.push({
    t: 'wrap', x: 55, y: y + 6, w: 485, size: 8,
    s: 'I confirm that the person named in Section 2 requires Primary User access to Open Exeter for the organisation in Section 1 and that I am authorised to approve this request in the capacity ticked below (tick one).',
  });
  y += 30;
  const caps: [string, string][] =
    variant === 'gp'
      ? [['cap_lead_gp', 'Lead GP'], ['cap_gp_partner', 'GP Partner'], ['cap_caldicott', 'Caldicott Guardian'], ['cap_existing_pc', 'Existing Primary Contact'], ['cap_board', 'Member of the Board of Directors']]
      : [['cap_caldicott', 'Caldicott Guardian'], ['cap_board', 'Member of the Board of Directors'], ['cap_existing_pu', 'Existing Primary User within the organisation']];
  caps.forEach(([key, label], i) => {
    const col = i % 3;
    const r = Math.floor(i / 3);
    const x = 58 + col * 165;
    const yy = y + r * 17;
    p1.push({ t: 'rect', x, y: yy, w: 10, h: 10, lw: 0.7 });
    p1.push({ t: 'check', key, x, y: yy, size: 10 });
    p1.push({ t: 'text', x: x + 15, y: yy + 8.5, s: label, size: 8.5 });
  });
  y += caps.length > 3 ? 38 : 22;
  y = row(p1, y, 'Full name', 'sigName');
  y = row(p1, y, 'Position / job title', 'sigPosition');
  y = row(p1, y, 'Email address', 'sigEmail');
  p1.push({ t: 'text', x: 55, y: y + 14, s: 'Signature', size: 8.5, font: 'sansB' });
  p1.push({ t: 'rect', x: 200, y, w: 345, h: 36, lw: 0.9 });
  p1.push({ t: 'sig', key: 'signature', x: 200, y, w: 345, h: 36 });
  y += 40;
  y = row(p1, y, 'Date', 'sigDate');
  p1.push({ t: 'line', x1: 50, y1: 806, x2: 545, y2: 806, w: 0.4 });
  p1.push({ t: 'text', x: 50, y: 818, s: `PCSE Open Exeter Primary User Request - ${variant === 'gp' ? 'GP Practices' : 'Other Organisations'} - ${version}`, size: 7 });
  p1.push({ t: 'text', x: 500, y: 818, s: 'Page 1 of 2', size: 7 });

  const p2: Op[] = [];
  header(p2);
  p2.push({ t: 'text', x: 50, y: 84, s: 'Guidance notes', size: 13, font: 'sansB', color: NHS_BLUE });
  const who =
    variant === 'gp'
      ? 'For a GP Practice this form must be signed by one of: the Lead GP; a GP Partner; the Caldicott Guardian; the existing Primary Contact; a member of the Board of Directors.'
      : 'For organisations other than GP Practices this form must be signed by one of: the Caldicott Guardian; a member of the Board of Directors; an existing Primary User within the organisation.';
  const paras = [
    'Each organisation using Open Exeter should have a Primary User who manages user access for other members of staff. We recommend two Primary Users for each organisation so that access can be managed when one of them is away.',
    who,
    'Forms signed by anyone else (for example a practice manager or an IT or administrative colleague signing on behalf of a signatory) cannot be accepted. If no authorised signatory is available you should request a new Caldicott Guardian.',
    'Please complete every section in full. The Primary User must have an individual NHSmail address; shared or generic mailboxes cannot be used for Open Exeter accounts.',
    'Once the Primary User has been created they can set up other users through Organisation Maintenance. Open Exeter then notifies PCSE of each new user; PCSE authorises the user and issues a temporary password.',
  ];
  let py = 108;
  for (const p of paras) {
    p2.push({ t: 'wrap', x: 50, y: py, w: 495, s: p, size: 9.5, lead: 13 });
    py += 13 * Math.ceil(p.length / 100) + 14;
  }
  py += 10;
  py = bar(p2, py, 'For PCSE use only');
  for (const l of ['Date received', 'Signatory validated (Y/N)', 'Processed by', 'Date processed']) {
    p2.push({ t: 'text', x: 55, y: py + 11, s: l, size: 8.5, color: [0.3, 0.3, 0.3] });
    p2.push({ t: 'line', x1: 200, y1: py + 14, x2: 400, y2: py + 14, w: 0.4 });
    py += 20;
  }
  p2.push({ t: 'line', x1: 50, y1: 806, x2: 545, y2: 806, w: 0.4 });
  p2.push({ t: 'text', x: 50, y: 818, s: `PCSE Open Exeter Primary User Request - ${variant === 'gp' ? 'GP Practices' : 'Other Organisations'} - ${version}`, size: 7 });
  p2.push({ t: 'text', x: 500, y: 818, s: 'Page 2 of 2', size: 7 });
  return [p1, p2];
}

/**
 * The GPP Practice User Administrator certification form (one page, two parts).
 * Keys: practiceName, practiceCode, nomName, nomJob, nomEmail, nomPhone, apName, apRole, apEmail, apDate; sig `apSignature`.
 */
export function gppCertForm(): Op[][] {
  const p: Op[] = [];
  header(p);
  p.push({ t: 'text', x: 50, y: 84, s: 'GP Payments and Pensions (GPP)', size: 15, font: 'sansB', color: NHS_BLUE });
  p.push({ t: 'text', x: 50, y: 102, s: 'Practice User Administrator Certification Form', size: 12, font: 'sansB' });
  p.push({
    t: 'wrap', x: 50, y: 122, w: 495, size: 8.5,
    s: 'Complete this form if your practice has no GPP Practice User Administrator. Part A is completed by the practice and Part B by one of your organisation\'s approvers. Return both parts to pcse.portalenquiries@nhs.net. A practice may have a maximum of four GPP Practice User Administrators.',
  });
  let y = 162;
  y = bar(p, y, 'Part A - Practice and nominee');
  y = row(p, y, 'Practice name', 'practiceName');
  y = row(p, y, 'Practice code', 'practiceCode');
  y = row(p, y, 'Nominee full name', 'nomName');
  y = row(p, y, 'Nominee job title', 'nomJob');
  y = row(p, y, 'Nominee email address', 'nomEmail');
  y = row(p, y, 'Nominee telephone', 'nomPhone');
  y += 8;
  y = bar(p, y, 'Part B - Certification by an organisation approver');
  p.push({
    t: 'wrap', x: 55, y: y + 6, w: 485, size: 8,
    s: 'I certify that the person named in Part A is employed by or works on behalf of the practice and should be given the GPP Practice User Administrator role in PCSE Online. I understand that this role allows them to assign GP Payments and Pensions roles to other users at the practice.',
  });
  y += 36;
  y = row(p, y, 'Approver full name', 'apName');
  y = row(p, y, 'Approver role', 'apRole');
  y = row(p, y, 'Approver email address', 'apEmail');
  p.push({ t: 'text', x: 55, y: y + 14, s: 'Signature', size: 8.5, font: 'sansB' });
  p.push({ t: 'rect', x: 200, y, w: 345, h: 36, lw: 0.9 });
  p.push({ t: 'sig', key: 'apSignature', x: 200, y, w: 345, h: 36 });
  y += 40;
  row(p, y, 'Date', 'apDate');
  p.push({ t: 'line', x1: 50, y1: 806, x2: 545, y2: 806, w: 0.4 });
  p.push({ t: 'text', x: 50, y: 818, s: 'PCSE GPP PUA Certification v2.3', size: 7 });
  return [p];
}

/**
 * A PCN user administrator request with the ICB approval (flat).
 * Keys: pcnName, pcnCode, icbName, nomName, nomRole, nomEmail, nomPhone, apName, apJob, apEmail, apDate; check ael; sig apSignature.
 */
export function pcnForm(): Op[][] {
  const p: Op[] = [];
  header(p);
  p.push({ t: 'text', x: 50, y: 84, s: 'PCN User Administrator Request', size: 15, font: 'sansB', color: NHS_BLUE });
  p.push({
    t: 'wrap', x: 50, y: 104, w: 495, size: 8.5,
    s: 'For a Primary Care Network with no PCN user administrator in PCSE Online. The request must be approved and sent to PCSE by a member of the ICB who is listed as an approver on the NHS England Authorised Email List (AEL).',
  });
  let y = 140;
  y = bar(p, y, '1. Primary Care Network');
  y = row(p, y, 'PCN name', 'pcnName');
  y = row(p, y, 'PCN code', 'pcnCode');
  y = row(p, y, 'ICB', 'icbName');
  y += 6;
  y = bar(p, y, '2. Nominated PCN user administrator');
  y = row(p, y, 'Name', 'nomName');
  y = row(p, y, 'Role in the PCN', 'nomRole');
  y = row(p, y, 'Email address', 'nomEmail');
  y = row(p, y, 'Telephone', 'nomPhone');
  y += 6;
  y = bar(p, y, '3. ICB approval');
  y = row(p, y, 'Approver name', 'apName');
  y = row(p, y, 'Job title', 'apJob');
  y = row(p, y, 'Email address', 'apEmail');
  p.push({ t: 'rect', x: 58, y: y + 2, w: 10, h: 10, lw: 0.7 });
  p.push({ t: 'check', key: 'ael', x: 58, y: y + 2, size: 10 });
  p.push({ t: 'text', x: 74, y: y + 10.5, s: 'I confirm I am listed as an ICB approver on the NHSE Authorised Email List', size: 8.5 });
  y += 22;
  p.push({ t: 'text', x: 55, y: y + 14, s: 'Signature', size: 8.5, font: 'sansB' });
  p.push({ t: 'rect', x: 200, y, w: 345, h: 36, lw: 0.9 });
  p.push({ t: 'sig', key: 'apSignature', x: 200, y, w: 345, h: 36 });
  y += 40;
  row(p, y, 'Date', 'apDate');
  p.push({ t: 'text', x: 50, y: 818, s: 'PCN UA request (ICB approval) - 2025', size: 7 });
  return [p];
}

export interface LetterSpec {
  org: string;
  orgLines: string[];
  to: string[];
  date: string;
  ref?: string;
  heading: string;
  paras: string[];
  signoff: string;
  sigKey: string;
  signName: string;
  signTitle: string[];
  font?: 'sans' | 'serif';
  accent?: [number, number, number];
}

/** A one-page letter on the organisation's letterhead. */
export function letter(l: LetterSpec): Op[][] {
  const f = l.font ?? 'sans';
  const fb = f === 'sans' ? 'sansB' : 'serifB';
  const p: Op[] = [];
  const accent = l.accent ?? NHS_BLUE;
  p.push({ t: 'rect', x: 482, y: 30, w: 63, h: 26, fill: NHS_BLUE, stroke: null });
  p.push({ t: 'text', x: 490, y: 50, s: 'NHS', size: 19, font: 'sansB', color: [1, 1, 1] });
  p.push({ t: 'text', x: 50, y: 50, s: l.org, size: 13, font: fb, color: accent });
  l.orgLines.forEach((s, i) => p.push({ t: 'text', x: 50, y: 66 + i * 11, s, size: 8.5, font: f, color: [0.3, 0.3, 0.3] }));
  let y = 140;
  l.to.forEach((s, i) => p.push({ t: 'text', x: 50, y: y + i * 13, s, size: 10.5, font: f }));
  y += l.to.length * 13 + 16;
  p.push({ t: 'text', x: 50, y, s: l.date, size: 10.5, font: f });
  if (l.ref) p.push({ t: 'text', x: 360, y, s: l.ref, size: 10.5, font: f });
  y += 28;
  p.push({ t: 'text', x: 50, y, s: l.heading, size: 11, font: fb });
  y += 20;
  for (const para of l.paras) {
    p.push({ t: 'wrap', x: 50, y, w: 495, s: para, size: 10.5, font: f, lead: 14 });
    y += 14 * (para.split('\n').length + Math.floor(para.length / 88)) + 12;
  }
  y += 4;
  p.push({ t: 'text', x: 50, y, s: l.signoff, size: 10.5, font: f });
  y += 6;
  p.push({ t: 'sig', key: l.sigKey, x: 50, y, w: 220, h: 40 });
  y += 52;
  p.push({ t: 'text', x: 50, y, s: l.signName, size: 10.5, font: fb });
  l.signTitle.forEach((s, i) => p.push({ t: 'text', x: 50, y: y + 14 + i * 13, s, size: 10.5, font: f }));
  return [p];
}

/** The ODS team's "new organisation code" PDF report (flat). Keys are rows of label/value pairs. */
export function odsReport(rows: [string, string][], generated: string): Op[][] {
  const p: Op[] = [];
  p.push({ t: 'text', x: 50, y: 50, s: 'Organisation Data Service', size: 14, font: 'sansB', color: NHS_BLUE });
  p.push({ t: 'text', x: 50, y: 66, s: 'New Organisation Code Report', size: 11, font: 'sansB' });
  p.push({ t: 'text', x: 380, y: 50, s: `Generated: ${generated}`, size: 8 });
  p.push({ t: 'line', x1: 50, y1: 78, x2: 545, y2: 78, w: 1, color: NHS_BLUE });
  let y = 96;
  for (const [k, v] of rows) {
    p.push({ t: 'rect', x: 50, y, w: 170, h: 18, fill: [0.93, 0.95, 0.97], lw: 0.4 });
    p.push({ t: 'rect', x: 220, y, w: 325, h: 18, lw: 0.4 });
    p.push({ t: 'text', x: 55, y: y + 12.5, s: k, size: 8.5, font: 'sansB' });
    p.push({ t: 'text', x: 225, y: y + 12.5, s: v, size: 8.5 });
    y += 18;
  }
  p.push({
    t: 'wrap', x: 50, y: y + 24, w: 495, size: 8,
    s: 'This report is issued when a new organisation code is created. Please retain it for your records and quote the organisation code in all correspondence with NHS England, PCSE and other national services. Enquiries: ODS team, 0300 303 4034, exeter.helpdesk@nhs.net',
  });
  return [p];
}
