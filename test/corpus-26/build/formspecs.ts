// The forms of writer V (own wording and layouts).
import type { FormSpec, Row } from './forms.js';

const RETURN_GUIDE = (mailbox: string): Row[] => [
  { t: 'para', s: 'Guidance notes', bold: true, size: 10 },
  { t: 'para', s: `Return the completed form as an attachment to ${mailbox}. Forms that are incomplete, illegible or not signed where indicated cannot be processed and will be returned to the sender.` },
  { t: 'para', s: 'Please use NHS email addresses wherever possible. Personal email addresses (for example Gmail, Hotmail or Outlook.com) should not be used for system access.' },
  { t: 'para', s: 'Keep a copy of this form for your records. Processing normally takes up to five working days from receipt of a complete form.' },
];

export interface GppValues {
  practiceName: string; ods: string; address: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverRole: string; approverEmail: string; signed: boolean; date: string;
}

export function gppForm(v: GppValues, names?: Record<string, string>): FormSpec {
  const n = (k: string) => names?.[k];
  return {
    title: 'GP Payments and Pensions (GPP)',
    subtitle: 'Practice User Administrator - Certification Form',
    ref: 'GPP-UA/CF v3.2',
    footer: 'GPP Practice User Administrator Certification Form v3.2',
    pages: [
      [
        {
          heading: 'Part 1 - Practice and nominated User Administrator',
          rows: [
            { t: 'para', s: 'Complete this part with the details of the person the practice wishes to hold the GPP Practice User Administrator role in PCSE Online. A practice may have up to four GPP User Administrators.' },
            { t: 'text', label: 'Practice name', value: v.practiceName, field: n('practiceName') },
            { t: 'text', label: 'Practice ODS code', value: v.ods, field: n('ods') },
            { t: 'text', label: 'Practice address', value: v.address, field: n('address'), tall: true },
            { t: 'text', label: 'Nominee full name', value: v.nomineeName, field: n('nomineeName') },
            { t: 'text', label: 'Nominee job title', value: v.nomineeJob, field: n('nomineeJob') },
            { t: 'text', label: 'Nominee NHS email address', value: v.nomineeEmail, field: n('nomineeEmail') },
            { t: 'text', label: 'Nominee telephone', value: v.nomineePhone, field: n('nomineePhone') },
          ],
        },
        {
          heading: 'Part 2 - Certification by an organisation approver',
          rows: [
            { t: 'para', s: 'I certify that the person named in Part 1 works at this practice and should be given the GPP Practice User Administrator role in PCSE Online for this practice.' },
            { t: 'text', label: 'Approver full name', value: v.approverName, field: n('approverName') },
            { t: 'text', label: 'Position held at the practice', value: v.approverRole, field: n('approverRole') },
            { t: 'text', label: 'Approver email address', value: v.approverEmail, field: n('approverEmail') },
            { t: 'sig', label: 'Signature of approver', signed: v.signed, field: n('sig') },
            { t: 'text', label: 'Date', value: v.date, field: n('date') },
          ],
        },
      ],
      [{ rows: RETURN_GUIDE('pcse.portalenquiries@nhs.net') }],
    ],
  };
}

export interface PcnValues {
  pcnName: string; pcnCode: string; lead: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverJob: string; icb: string; approverEmail: string; ael: boolean; signed: boolean; date: string;
}

export function pcnForm(v: PcnValues): FormSpec {
  return {
    title: 'Primary Care Network - User Administrator Request',
    subtitle: 'PCSE Online access for a PCN with no PCN user administrator',
    footer: 'PCN UA request (ICB approval required)',
    pages: [[
      { heading: 'Section A - The PCN', rows: [
        { t: 'text', label: 'PCN name', value: v.pcnName },
        { t: 'text', label: 'PCN ODS code', value: v.pcnCode },
        { t: 'text', label: 'Lead / host practice', value: v.lead },
      ] },
      { heading: 'Section B - Proposed PCN user administrator', rows: [
        { t: 'text', label: 'Full name', value: v.nomineeName },
        { t: 'text', label: 'Job title', value: v.nomineeJob },
        { t: 'text', label: 'Email address', value: v.nomineeEmail },
        { t: 'text', label: 'Telephone', value: v.nomineePhone },
      ] },
      { heading: 'Section C - ICB approval', rows: [
        { t: 'para', s: 'To be completed by an ICB approver who is listed on the NHSE Authorised Email List (AEL). The ICB approver submits the form to PCSE.' },
        { t: 'text', label: 'Approver name', value: v.approverName },
        { t: 'text', label: 'Job title', value: v.approverJob },
        { t: 'text', label: 'Integrated Care Board', value: v.icb },
        { t: 'text', label: 'Approver email', value: v.approverEmail },
        { t: 'check', label: 'I confirm I am listed as an approver on the NHSE AEL', on: v.ael },
        { t: 'sig', label: 'Signature', signed: v.signed },
        { t: 'text', label: 'Date approved', value: v.date },
      ] },
    ], [{ rows: RETURN_GUIDE('pcse.portalenquiries@nhs.net') }]],
  };
}

export interface OeValues {
  orgName: string; orgCode: string; orgService?: string; address: string; phone: string;
  title: string; first: string; surname: string; job: string; email: string; nomPhone: string;
  capacity: 'Lead GP' | 'GP Partner' | 'Caldicott Guardian' | 'Existing Primary Contact' | 'Member of the Board of Directors' | 'Existing Primary User' | null;
  otherRole: string; sigName: string; sigEmail: string; signed: boolean; date: string;
}

const GP_CAPS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'] as const;
const OTHER_CAPS = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'] as const;

export function oeForm(kind: 'gp' | 'other', v: OeValues, opts: { serif?: boolean; acroNames?: boolean } = {}): FormSpec {
  let i = 0;
  const f = () => (opts.acroNames ? `Text${++i}` : undefined);
  let cb = 0;
  const cf = () => (opts.acroNames ? `Check Box${++cb}` : undefined);
  const caps = kind === 'gp' ? GP_CAPS : OTHER_CAPS;
  const org: Row[] = kind === 'gp'
    ? [
      { t: 'text', label: 'Practice name', value: v.orgName, field: f() },
      { t: 'text', label: 'Practice code', value: v.orgCode, field: f() },
      { t: 'text', label: 'Practice address', value: v.address, field: f(), tall: true },
      { t: 'text', label: 'Practice telephone', value: v.phone, field: f() },
    ]
    : [
      { t: 'text', label: 'Organisation name', value: v.orgName, field: f() },
      { t: 'text', label: 'Service / department', value: v.orgService ?? '', field: f() },
      { t: 'text', label: 'Organisation code (if known)', value: v.orgCode, field: f() },
      { t: 'text', label: 'Address', value: v.address, field: f(), tall: true },
      { t: 'text', label: 'Telephone', value: v.phone, field: f() },
    ];
  return {
    title: kind === 'gp' ? 'Open Exeter - Primary User Request (GP Practices)' : 'Open Exeter - Primary User Request (Other Organisations)',
    subtitle: 'Cervical screening administration: request to set up a Primary User (Organisation Maintenance)',
    serif: opts.serif,
    footer: kind === 'gp' ? 'OE-PU-GP form' : 'OE-PU-ORG form',
    pages: [[
      { heading: kind === 'gp' ? '1. GP practice' : '1. Organisation', rows: org },
      { heading: '2. Person to be set up as Primary User', rows: [
        { t: 'text', label: 'Title', value: v.title, field: f() },
        { t: 'text', label: 'First name', value: v.first, field: f() },
        { t: 'text', label: 'Surname', value: v.surname, field: f() },
        { t: 'text', label: 'Job title', value: v.job, field: f() },
        { t: 'text', label: 'NHS email address', value: v.email, field: f() },
        { t: 'text', label: 'Direct telephone', value: v.nomPhone, field: f() },
      ] },
      { heading: '3. Authorised signatory (sign at the bottom of this page)', rows: [
        { t: 'para', s: `The request must be signed by one of the following. Tick the capacity in which you sign${kind === 'gp' ? '' : ' on behalf of the organisation'}.` },
        ...caps.map((c): Row => ({ t: 'check', label: c, on: v.capacity === c, field: cf() })),
        { t: 'text', label: 'Other (state role)', value: v.otherRole, field: f() },
        { t: 'text', label: 'Signatory name', value: v.sigName, field: f() },
        { t: 'text', label: 'Signatory email', value: v.sigEmail, field: f() },
        { t: 'sig', label: 'Signature', signed: v.signed, field: opts.acroNames ? 'Signature1' : undefined },
        { t: 'text', label: 'Date', value: v.date, field: f() },
      ] },
    ], [{ rows: [
      ...RETURN_GUIDE('pcse.openexeter@nhs.net'),
      { t: 'para', s: 'A Primary User can add, amend and delete users for the organisation and reset their passwords. Two Primary Users per organisation are recommended.' },
      { t: 'para', s: 'If no authorised signatory is available, a new Caldicott Guardian should be requested before this form is sent.' },
    ] }]],
  };
}
