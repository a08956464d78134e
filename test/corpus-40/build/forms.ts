// The PCSE forms of corpus 40 as text PDFs (fillable or flat), in writer AJ's own layouts.
import { type FItem, type FormDoc, renderForm, renderReport } from './pdfs.js';

// ---------- GPP Practice User Administrator certification ----------

export interface GppValues {
  practice: string; code: string; address: string; nominee: string; job: string; email: string; tel: string;
  approver: string; role: string; approverEmail: string; date: string; signed: boolean;
}

const GPP_GUIDANCE: FItem[] = [
  { t: 'heading', text: 'Guidance' },
  { t: 'text', text: 'The GPP Practice User Administrator manages access to the GP Payments and Pensions service in PCSE Online for the practice. Once set up they can create users, amend roles, update details, deactivate users and assign other GPP Practice User Administrators (a maximum of four per practice).' },
  { t: 'text', text: 'Roles the administrator can assign include Joiner & Leaver, Practice Estimate and Salary Change, and GPP - Practice User Management (for example for the practice\'s accountant).' },
  { t: 'text', text: 'Part B must be completed by one of the organisation\'s approvers. Forms without Part B cannot be processed.' },
  { t: 'text', text: 'Return the completed form to pcse.portalenquiries@nhs.net. The nominee will receive an email with a verification link to set up their account.' },
];

/** Fillable, generic field names (Text1 ... Text11, Check Box1): what a form saved from Word gets. */
export function gppFillable(v: GppValues, meta: FormDoc['meta']): Promise<Buffer> {
  let n = 0;
  const tf = (label: string, value: string | null, lines?: number): FItem => ({ t: 'field', f: { label, value, name: `Text${++n}`, lines } });
  const page1: FItem[] = [
    { t: 'text', text: 'Complete this form if your practice has no GPP Practice User Administrator, or to add one. Complete both Part A and Part B.' },
    { t: 'heading', text: 'Part A - Practice and nominee details' },
    tf('Practice name', v.practice),
    tf('Practice code (ODS)', v.code),
    tf('Practice address', v.address, 2),
    tf('Nominee full name', v.nominee),
    tf('Nominee job title', v.job),
    tf('Nominee email address', v.email),
    tf('Nominee telephone number', v.tel),
    { t: 'checks', label: 'Declaration', checks: [{ label: 'The nominee is employed by the practice and has agreed to take on this role', checked: true, name: 'Check Box1' }] },
    { t: 'heading', text: 'Part B - Authorisation by an organisation approver' },
    tf('Approver full name', v.approver),
    tf('Approver role / position in the organisation', v.role),
    tf('Approver email address', v.approverEmail),
    { t: 'sign', label: 'Signature of approver', name: 'Signature1', signed: v.signed, seed: `${meta.title}|sig`, date: { label: 'Date', value: v.date, name: `Text${++n}` } },
  ];
  return renderForm({
    mode: 'fillable', style: 'boxed', font: 'helv',
    header: ['Primary Care Support England', 'PCSE Online - user management', 'pcse.portalenquiries@nhs.net'],
    title: ['GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form'],
    pages: [page1, GPP_GUIDANCE],
    footer: 'GPP PUA Certification Form v3.2 (fillable)',
    meta,
  });
}

/** Flat, a word-processor export: two-column table, Times. */
export function gppFlat(v: GppValues, meta: FormDoc['meta']): Promise<Buffer> {
  const f = (label: string, value: string | null, lines?: number): FItem => ({ t: 'field', f: { label, value, name: label, lines } });
  const page1: FItem[] = [
    { t: 'text', text: 'Please complete both parts of this form and return it to pcse.portalenquiries@nhs.net.', italic: true },
    { t: 'heading', text: 'PART A: Practice details and nominated user administrator' },
    f('Name of practice', v.practice),
    f('Practice ODS code', v.code),
    f('Practice address', v.address, 2),
    f('Name of nominated GPP Practice User Administrator', v.nominee),
    f('Job title', v.job),
    f('Email address (NHS mail preferred)', v.email),
    f('Contact telephone', v.tel),
    { t: 'gap', h: 8 },
    { t: 'heading', text: 'PART B: Certification by an organisation approver' },
    { t: 'text', text: 'I certify that the person named in Part A is employed by the practice and is authorised to act as GPP Practice User Administrator.' },
    f('Approver name', v.approver),
    f('Position', v.role),
    f('Approver email address', v.approverEmail),
    { t: 'sign', label: 'Signed', name: 'sig', signed: v.signed, seed: `${meta.title}|sig`, date: { label: 'Date', value: v.date, name: 'date' } },
  ];
  return renderForm({
    mode: 'flat', style: 'table', font: 'times',
    header: ['NHS England', 'Primary Care Support England'],
    title: ['GP Payments and Pensions', 'Practice User Administrator Certification'],
    pages: [page1, GPP_GUIDANCE],
    footer: 'PCSE GPP PUA cert (Word version)',
    meta,
  });
}

// ---------- PCN user administrator request (ICB approval) ----------

export interface PcnValues {
  pcn: string; code: string; nominee: string; nomineeRole: string; email: string; tel: string;
  approver: string; approverJob: string; icb: string; approverEmail: string; onAel: boolean; date: string;
}

export function pcnFlat(v: PcnValues, meta: FormDoc['meta']): Promise<Buffer> {
  const f = (label: string, value: string | null): FItem => ({ t: 'field', f: { label, value, name: label } });
  return renderForm({
    mode: 'flat', style: 'boxed', font: 'helv',
    header: ['Primary Care Support England', 'PCSE Online - PCN & ICB user management'],
    title: ['PCN User Administrator Request'],
    pages: [[
      { t: 'text', text: 'For a Primary Care Network that has no PCN user admin in PCSE Online. The request must be approved and submitted to PCSE by a member of the ICB who is listed as an approver on the NHSE Authorised Email List (AEL).' },
      { t: 'heading', text: 'Section 1 - Primary Care Network' },
      f('PCN name', v.pcn),
      f('PCN ODS code', v.code),
      { t: 'heading', text: 'Section 2 - Person to be set up as PCN user admin' },
      f('Full name', v.nominee),
      f('Role in the PCN', v.nomineeRole),
      f('Email address', v.email),
      f('Telephone', v.tel),
      { t: 'heading', text: 'Section 3 - ICB approval' },
      f('Approver name', v.approver),
      f('Job title', v.approverJob),
      f('ICB', v.icb),
      f('Approver email address', v.approverEmail),
      { t: 'checks', label: 'Authorised Email List', checks: [{ label: 'I confirm I am listed as an approver on the NHSE Authorised Email List', checked: v.onAel, name: 'ael' }] },
      { t: 'sign', label: 'Signature', name: 'sig', signed: true, seed: `${meta.title}|sig`, date: { label: 'Date', value: v.date, name: 'date' } },
    ]],
    footer: 'PCN UA request form v1.4',
    meta,
  });
}

// ---------- Open Exeter Primary User: GP practices ----------

export interface OeGpFormValues {
  practice: string; code: string; address: string; title: string; forename: string; surname: string; job: string; email: string;
  tel: string; existingUser: string; signatory: string; sigEmail: string;
  role: 'Lead GP' | 'GP Partner' | 'Caldicott Guardian' | 'Existing Primary Contact' | 'Member of the Board of Directors' | 'Other';
  otherRole?: string; signed: boolean; date: string | null;
}

const OE_NOTES: FItem[] = [
  { t: 'heading', text: 'Notes' },
  { t: 'text', text: 'Each organisation using Open Exeter should have a Primary User (also known as a Primary Contact), who manages user access for other members of staff. We recommend two Primary User accounts.' },
  { t: 'text', text: 'The form must be signed by an authorised signatory at the bottom of page 1, otherwise PCSE is unable to process the request.' },
  { t: 'text', text: 'GP practices: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact or a Member of the Board of Directors.' },
  { t: 'text', text: 'If no signatory is available, request a new Caldicott Guardian first.' },
  { t: 'text', text: 'Email the completed form to pcse.openexeter@nhs.net.' },
];

export function oeGp(v: OeGpFormValues, mode: 'flat' | 'fillable', meta: FormDoc['meta']): Promise<Buffer> {
  const named = mode === 'fillable';
  const f = (label: string, value: string | null, name: string): FItem => ({ t: 'field', f: { label, value, name: named ? name : label } });
  const roles = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors', ...(mode === 'flat' ? ['Other'] : [])];
  const page1: FItem[] = [
    { t: 'text', text: 'Use this form to ask for a member of staff in a GP practice to be set up as an Open Exeter Primary User.' },
    { t: 'heading', text: 'Practice details' },
    f('Practice name', v.practice, 'Practice_Name'),
    f('Practice code', v.code, 'Practice_Code'),
    f('Practice address', v.address, 'Practice_Address'),
    { t: 'heading', text: 'Primary User details' },
    { t: 'row', fields: [
      { label: 'Title', value: v.title, name: named ? 'PU_Title' : 'Title' },
      { label: 'Forename', value: v.forename, name: named ? 'PU_Forename' : 'Forename' },
      { label: 'Surname', value: v.surname, name: named ? 'PU_Surname' : 'Surname' },
    ] },
    f('Job title', v.job, 'PU_JobTitle'),
    f('NHS email address', v.email, 'PU_Email'),
    f('Telephone number', v.tel, 'PU_Phone'),
    f('Existing Open Exeter user ID (if any)', v.existingUser, 'PU_ExistingID'),
    { t: 'heading', text: 'Authorised signatory' },
    f('Signatory name', v.signatory, 'Sig_Name'),
    f('Signatory email address', v.sigEmail, 'Sig_Email'),
    { t: 'checks', label: 'Position of signatory (tick one)', cols: 2, checks: roles.map((r, i) => ({ label: r, checked: r === v.role, name: `Sig_Role_${i + 1}` })) },
    ...(mode === 'flat' ? [f('If other, please state', v.otherRole ?? null, 'Sig_Other')] : []),
    { t: 'sign', label: 'Signature of authorised signatory', name: 'Sig_Signature', signed: v.signed, seed: `${meta.title}|sig`, date: { label: 'Date', value: v.date, name: 'Sig_Date' } },
  ];
  return renderForm({
    mode, style: mode === 'flat' ? 'table' : 'boxed', font: mode === 'flat' ? 'times' : 'helv',
    header: ['Primary Care Support England', 'Open Exeter user management', 'pcse.openexeter@nhs.net'],
    title: ['Open Exeter', 'Primary User Request - GP Practices'],
    pages: [page1, OE_NOTES],
    footer: mode === 'flat' ? 'OE Primary User form (GP) - printed from Word' : 'OE Primary User form (GP) v5 fillable',
    meta,
  });
}

// ---------- Open Exeter Primary User: other organisations (fillable, LiveCycle-style names) ----------

export interface OeOtherFormValues {
  org: string; orgType: string; code: string; address: string; forename: string; surname: string; job: string; email: string; tel: string;
  signatory: string; sigJob: string; sigEmail: string; role: 'Caldicott Guardian' | 'Member of the Board of Directors' | 'Existing Primary User';
  signed: boolean; date: string;
}

export function oeOther(v: OeOtherFormValues, meta: FormDoc['meta']): Promise<Buffer> {
  let n = 0;
  const lc = (): string => `form1[0].Page1[0].TextField${++n}[0]`;
  const f = (label: string, value: string | null): FItem => ({ t: 'field', f: { label, value, name: lc() } });
  const roles = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'] as const;
  return renderForm({
    mode: 'fillable', style: 'table', font: 'helv',
    header: ['Primary Care Support England', 'Open Exeter'],
    title: ['Open Exeter Primary User Request', 'Organisations other than GP practices'],
    pages: [[
      { t: 'text', text: 'To request a Primary User within your organisation (non-GP practice). The form must be signed by a Caldicott Guardian, a Member of the Board of Directors or an existing Primary User within the organisation.' },
      { t: 'heading', text: '1  Organisation' },
      f('Organisation name', v.org),
      f('Type of organisation', v.orgType),
      f('Organisation code (if known)', v.code),
      f('Address', v.address),
      { t: 'heading', text: '2  Proposed Primary User' },
      f('Forename', v.forename),
      f('Surname', v.surname),
      f('Job title', v.job),
      f('Email address', v.email),
      f('Telephone', v.tel),
      { t: 'heading', text: '3  Authorised signatory' },
      f('Name', v.signatory),
      f('Job title', v.sigJob),
      f('Email address', v.sigEmail),
      { t: 'checks', label: 'I sign as:', checks: roles.map((r, i) => ({ label: r, checked: r === v.role, name: `form1[0].Page1[0].CheckBox${i + 1}[0]` })) },
      { t: 'sign', label: 'Signature', name: 'sig', signed: v.signed, seed: `${meta.title}|sig`, date: { label: 'Date', value: v.date, name: 'form1[0].Page1[0].DateField1[0]' } },
    ], OE_NOTES],
    footer: 'OE PU form - other organisations',
    meta,
  });
}

// ---------- ODS new organisation report ----------

export function odsReport(v: { code: string; name: string; address: string[]; parent: string; parentName: string; opened: string; ref: string }, meta: FormDoc['meta']): Promise<Buffer> {
  return renderReport([
    { text: 'ORGANISATION DATA SERVICE', size: 14, bold: true },
    { text: 'NEW ORGANISATION CODE REPORT', size: 11, bold: true, gap: 8 },
    { text: `Report reference: ${v.ref}` },
    { text: `Report date:      ${v.opened}`, gap: 10 },
    { text: 'ORGANISATION', bold: true },
    { text: `Code:             ${v.code}` },
    { text: `Name:             ${v.name}` },
    ...v.address.map((a, i) => ({ text: `${i === 0 ? 'Address:          ' : '                  '}${a}` })),
    { text: 'Role:             BRANCH SURGERY (RO96)' },
    { text: `Open date:        ${v.opened}`, gap: 10 },
    { text: 'RELATIONSHIPS', bold: true },
    { text: `Parent:           ${v.parent}  ${v.parentName}` },
    { text: 'Relationship:     IS A BRANCH OF', gap: 14 },
    { text: 'This report is issued when a new ODS code is created. Queries: Exeter.helpdesk@nhs.net  0300 303 4034', size: 8 },
  ], meta);
}
