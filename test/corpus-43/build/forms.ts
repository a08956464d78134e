// The PCSE forms in this writer's own layouts (content from the seeds): GPP Practice User Administrator certification,
// Open Exeter Primary User request for GP practices and for other organisations. Each returns its pages as layouts.
import { Layout } from './pdfs.js';

export type Sig = { kind: 'scribble'; seed: number } | { kind: 'typed'; text: string; field: string | null } | { kind: 'empty'; field: string | null };

/** field name chooser: null = flat text; otherwise the AcroForm name the authoring tool would have given */
export type Namer = ((key: string) => string) | null;
const nm = (namer: Namer, key: string): string | null => (namer ? namer(key) : null);

export interface GppCert {
  practiceName: string;
  odsCode: string;
  address: string;
  phone: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  signature: Sig;
  date: string;
}

export function gppCertPages(v: GppCert, namer: Namer): Layout[] {
  const p1 = new Layout();
  p1.text('Primary Care Support England', 9, true).text('GP Payments and Pensions (GPP)', 9);
  p1.gap(4).text('Practice User Administrator Certification Form', 15, true).gap(2);
  p1.para('Use this form where your practice has no GPP Practice User Administrator in PCSE Online. Complete both parts. Part B must be completed by one of your organisation\u2019s approvers. Return the completed form to pcse.portalenquiries@nhs.net.', 8.5);
  p1.gap(6).banner('Part A \u2013 Practice and nominee details');
  p1.row('Practice name', v.practiceName, nm(namer, 'practiceName'));
  p1.row('Practice ODS code', v.odsCode, nm(namer, 'odsCode'));
  p1.row('Practice address', v.address, nm(namer, 'address'), { h: 42, multiline: true });
  p1.row('Practice telephone', v.phone, nm(namer, 'phone'));
  p1.gap(6).text('Nominated GPP Practice User Administrator', 9.5, true);
  p1.row('Full name', v.nomineeName, nm(namer, 'nomineeName'));
  p1.row('Job title', v.nomineeRole, nm(namer, 'nomineeRole'));
  p1.row('NHS email address', v.nomineeEmail, nm(namer, 'nomineeEmail'));
  p1.row('Contact telephone', v.nomineePhone, nm(namer, 'nomineePhone'));
  p1.gap(10).banner('Part B \u2013 Certification by an organisation approver');
  p1.para('I certify that the person named in Part A is employed by or contracted to the practice named above, that they require the GPP Practice User Administrator role, and that I am an approver for this organisation.', 8.5);
  p1.gap(4);
  p1.row('Approver full name', v.approverName, nm(namer, 'approverName'));
  p1.row('Position / role', v.approverRole, nm(namer, 'approverRole'));
  p1.row('Approver email address', v.approverEmail, nm(namer, 'approverEmail'));
  p1.signature('Signature', v.signature);
  p1.row('Date', v.date, nm(namer, 'date'));
  p1.gap(10).text('PCSE-GPP-UA01  v3.2', 7);

  const p2 = new Layout();
  p2.text('Guidance notes', 13, true).gap(4);
  for (const s of [
    '1. Each practice may have a maximum of four GPP Practice User Administrators. Once one administrator is set up, they can set up further administrators themselves in PCSE Online without a form.',
    '2. A GPP Practice User Administrator can assign the Joiner & Leaver, Practice Estimate and Salary Change and GPP \u2013 Practice User Management roles to other users at the practice.',
    '3. The nominee must have their own email address; NHSmail is preferred. Shared mailboxes cannot be used as a PCSE Online user name.',
    '4. Part B must be signed by an approver for the organisation (for example a GP partner or the contract holder). Forms without a signature in Part B will be returned.',
    '5. The nominee will receive an email from PCSE Online with a link to verify their account. Verification links expire; ask the nominee to check their junk folder.',
    'For help, contact the PCSE Customer Support Centre on 0333 014 2884.',
  ]) p2.para(s, 9).gap(4);
  return [p1, p2];
}

export interface OeGp {
  practiceName: string;
  practiceCode: string;
  address: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  existingUser: boolean;
  existingUserId: string;
  signatoryName: string;
  signatoryPosition: string;
  signatoryEmail: string;
  ticks: { leadGp?: boolean; partner?: boolean; caldicott?: boolean; primaryContact?: boolean; board?: boolean };
  signature: Sig;
  date: string;
}

export const OE_GP_ROLES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

export function oeGpPages(v: OeGp, namer: Namer): Layout[] {
  const p1 = new Layout();
  p1.text('NHS Cervical Screening \u2013 Open Exeter', 9, true);
  p1.gap(2).text('Request for an Open Exeter Primary User', 15, true).text('GP practices', 11, true).gap(2);
  p1.para('Please complete all sections in BLOCK CAPITALS or electronically. The form must be signed by an authorised signatory at the bottom of this page (see page 2). Email the completed form to pcse.openexeter@nhs.net.', 8.5);
  p1.gap(6).banner('Section 1 \u2013 Practice');
  p1.row('Practice name', v.practiceName, nm(namer, 'practiceName'));
  p1.row('Practice code', v.practiceCode, nm(namer, 'practiceCode'));
  p1.row('Practice address', v.address, nm(namer, 'address'), { h: 42, multiline: true });
  p1.gap(6).banner('Section 2 \u2013 Person to be set up as Primary User');
  p1.row('Full name', v.nomineeName, nm(namer, 'nomineeName'));
  p1.row('Job title', v.nomineeRole, nm(namer, 'nomineeRole'));
  p1.row('NHS email address', v.nomineeEmail, nm(namer, 'nomineeEmail'));
  p1.row('Telephone', v.nomineePhone, nm(namer, 'nomineePhone'));
  p1.gap(4).text('Does this person already have an Open Exeter user account?', 8.5, true);
  p1.checks([
    { label: 'Yes \u2013 give user ID below', checked: v.existingUser, field: nm(namer, 'existingYes') },
    { label: 'No \u2013 new user', checked: !v.existingUser, field: nm(namer, 'existingNo') },
  ]);
  p1.row('Existing user ID', v.existingUserId, nm(namer, 'existingUserId'));
  p1.gap(6).banner('Section 3 \u2013 Authorised signatory');
  p1.para('I confirm that the person named in Section 2 works at this practice and requires Primary User (Organisation Maintenance) access to Open Exeter. My capacity is (tick one):', 8.5);
  p1.checks(
    [
      { label: OE_GP_ROLES[0]!, checked: !!v.ticks.leadGp, field: nm(namer, 'tickLeadGp') },
      { label: OE_GP_ROLES[1]!, checked: !!v.ticks.partner, field: nm(namer, 'tickPartner') },
      { label: OE_GP_ROLES[2]!, checked: !!v.ticks.caldicott, field: nm(namer, 'tickCaldicott') },
      { label: OE_GP_ROLES[3]!, checked: !!v.ticks.primaryContact, field: nm(namer, 'tickPrimaryContact') },
      { label: OE_GP_ROLES[4]!, checked: !!v.ticks.board, field: nm(namer, 'tickBoard') },
    ],
    3,
  );
  p1.row('Name of signatory', v.signatoryName, nm(namer, 'signatoryName'));
  p1.row('Position', v.signatoryPosition, nm(namer, 'signatoryPosition'));
  p1.row('Email address', v.signatoryEmail, nm(namer, 'signatoryEmail'));
  p1.signature('Signature', v.signature);
  p1.row('Date', v.date, nm(namer, 'date'));
  p1.gap(8).text('OE-PU-GP  Page 1 of 2', 7);

  const p2 = new Layout();
  p2.text('Guidance for GP practices', 13, true).gap(4);
  p2.para('Who can sign this form', 10, true);
  p2.para('One of the following signatories must validate the application and sign at the bottom of page 1:', 9);
  for (const r of OE_GP_ROLES) p2.para(`\u2022  ${r}`, 9, false, 12);
  p2.gap(6).para('We cannot process a form that is unsigned or signed by anyone not listed above. If there is no available signatory, the practice should request a new Caldicott Guardian.', 9);
  p2.gap(6).para('What a Primary User can do', 10, true);
  p2.para('The Primary User (also known as the Primary Contact) has the Organisation Maintenance application and can add, amend and delete users and reset passwords for the practice. We recommend two Primary Users per organisation.', 9);
  p2.gap(6).para('New users', 10, true);
  p2.para('When a Primary User creates a new user, Open Exeter notifies PCSE, who will authorise the user and issue a password.', 9);
  p2.gap(6).para('Return the completed page 1 (both pages may be sent) to pcse.openexeter@nhs.net.', 9);
  p2.gap(8).text('OE-PU-GP  Page 2 of 2', 7);
  return [p1, p2];
}

export interface OeOther {
  orgName: string;
  orgCode: string;
  orgType: string;
  address: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  signatoryName: string;
  signatoryJobTitle: string;
  signatoryEmail: string;
  capacity: { caldicott?: boolean; board?: boolean; primaryUser?: boolean };
  signature: Sig;
  date: string;
}

export const OE_OTHER_ROLES = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];

export function oeOtherPages(v: OeOther, namer: Namer): Layout[] {
  const p1 = new Layout();
  p1.text('Open Exeter \u2013 Cervical Screening Administration', 9, true);
  p1.gap(2).text('Primary User Request: organisations other than GP practices', 13.5, true).gap(2);
  p1.para('For NHS trusts, hospices, sexual health and community services, prison healthcare and other organisations using Open Exeter. The request must be signed by an authorised signatory at the foot of this page.', 8.5);
  p1.gap(6).banner('A. Organisation details');
  p1.row('Organisation name', v.orgName, nm(namer, 'orgName'));
  p1.row('Organisation (ODS) code', v.orgCode, nm(namer, 'orgCode'));
  p1.row('Type of organisation', v.orgType, nm(namer, 'orgType'));
  p1.row('Address', v.address, nm(namer, 'address'), { h: 42, multiline: true });
  p1.gap(6).banner('B. Primary User to be created');
  p1.row('Name', v.nomineeName, nm(namer, 'nomineeName'));
  p1.row('Job title', v.nomineeRole, nm(namer, 'nomineeRole'));
  p1.row('Email (nhs.net or secure)', v.nomineeEmail, nm(namer, 'nomineeEmail'));
  p1.row('Telephone', v.nomineePhone, nm(namer, 'nomineePhone'));
  p1.gap(6).banner('C. Authorisation');
  p1.para('I authorise the creation of the Primary User named in section B. I sign in my capacity as:', 8.5);
  p1.checks(
    [
      { label: 'Caldicott Guardian', checked: !!v.capacity.caldicott, field: nm(namer, 'capCaldicott') },
      { label: 'Member of the Board of Directors', checked: !!v.capacity.board, field: nm(namer, 'capBoard') },
      { label: 'Existing Primary User', checked: !!v.capacity.primaryUser, field: nm(namer, 'capPrimaryUser') },
    ],
    3,
  );
  p1.row('Name', v.signatoryName, nm(namer, 'signatoryName'));
  p1.row('Job title', v.signatoryJobTitle, nm(namer, 'signatoryJobTitle'));
  p1.row('Email', v.signatoryEmail, nm(namer, 'signatoryEmail'));
  p1.signature('Signature', v.signature);
  p1.row('Date', v.date, nm(namer, 'date'));
  p1.gap(8).text('OE-PU-ORG (1/2)', 7);

  const p2 = new Layout();
  p2.text('Notes', 13, true).gap(4);
  p2.para('Authorised signatories for organisations other than GP practices', 10, true);
  for (const r of OE_OTHER_ROLES) p2.para(`\u2022  ${r}`, 9, false, 12);
  p2.gap(6).para('Requests signed by anyone else cannot be accepted. If no signatory is available, request a new Caldicott Guardian for your organisation first.', 9);
  p2.gap(6).para('Once the Primary User is created they can add and delete users for the organisation in Open Exeter and reset their passwords. Users can reset their own password and update their own email address.', 9);
  p2.gap(6).para('Send the signed form to pcse.openexeter@nhs.net.', 9);
  p2.gap(8).text('OE-PU-ORG (2/2)', 7);
  return [p1, p2];
}

/** Acrobat's "Prepare Form" names each detected field after the text beside it, numbering repeats. */
export function acrobatNamer(labels: Record<string, string>): Namer {
  const seen = new Map<string, number>();
  const given = new Map<string, string>();
  return (key: string) => {
    const prior = given.get(key);
    if (prior) return prior;
    const base = labels[key] ?? key;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const name = n === 1 ? base : `${base}_${n}`;
    given.set(key, name);
    return name;
  };
}

/** Word-to-PDF converters number fields in order: Text1, Text2, Check Box1… */
export function numberedNamer(): Namer {
  let text = 0;
  let box = 0;
  const given = new Map<string, string>();
  return (key: string) => {
    const prior = given.get(key);
    if (prior) return prior;
    const name = /^(tick|cap|existing(Yes|No))/.test(key) ? `Check Box${++box}` : `Text${++text}`;
    given.set(key, name);
    return name;
  };
}

/** a form designer who named fields after the data */
export const semanticNamer: Namer = (key: string) => key.replace(/([A-Z])/g, '_$1').toLowerCase();
