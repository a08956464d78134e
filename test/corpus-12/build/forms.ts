// The three form layouts writer H's senders return, filled per email (field names vary by how the form was exported).
import type { FormSpec, Row } from './pdfs.js';

export interface GppCert {
  practice: string; code: string; address?: string;
  nominee: string; nomineeEmail: string; nomineePhone: string;
  approver: string; approverRole: string | Row; approverEmail: string;
  signed: boolean; date: string;
  names?: string[]; // AcroForm field names in row order (practice, code, address, nominee, email, phone, approver, role, approverEmail, signature, date)
}

export function gppCert(c: GppCert): FormSpec {
  const n = c.names ?? [];
  const roleRow: Row = typeof c.approverRole === 'string'
    ? { label: 'Approver job title / role', value: c.approverRole, field: n[7] }
    : c.approverRole;
  return {
    title: 'GP Payments and Pensions - Practice User Administrator Certification Form',
    subtitle: 'Primary Care Support England | PCSE Online user management',
    intro: [
      'Use this form to nominate a GPP Practice User Administrator where your practice has no user administrator. A practice may have up to four.',
      'Complete BOTH parts. Part B must be completed by one of your organisation\'s approvers. Return to pcse.portalenquiries@nhs.net',
    ],
    sections: [
      {
        heading: 'Part A - Practice and nominated User Administrator',
        rows: [
          { label: 'Practice name', value: c.practice, field: n[0] },
          { label: 'Practice code (ODS)', value: c.code, field: n[1] },
          ...(c.address !== undefined ? [{ label: 'Practice address', value: c.address, field: n[2] }] : []),
          { label: 'Full name of User Administrator', value: c.nominee, field: n[3] },
          { label: 'Email address (nhs.net)', value: c.nomineeEmail, field: n[4] },
          { label: 'Contact telephone', value: c.nomineePhone, field: n[5] },
        ],
      },
      {
        heading: 'Part B - Certification by organisation approver',
        rows: [
          { label: 'Approver full name', value: c.approver, field: n[6] },
          roleRow,
          { label: 'Approver email address', value: c.approverEmail, field: n[8] },
        ],
      },
    ],
    signature: { label: 'Approver signature', signed: c.signed, field: n[9], date: c.date, dateField: n[10] },
    footer: 'PCSE GPP UA Cert v3.2 - I certify the person named in Part A is employed by the practice and requires the role.',
    page2: [
      'Guidance notes',
      '1. The GPP Practice User Administrator can create users and assign the Joiner & Leaver, Practice Estimate and Salary Change',
      '   and GPP - Practice User Management roles within the practice.',
      '2. Incomplete or unsigned forms will be returned.',
      '3. PCSE will email the nominated User Administrator a verification link once the role has been set up.',
    ],
  };
}

export interface OePrimary {
  kind: 'gp' | 'other';
  orgName: string; orgCode: string; orgAddress: string;
  title?: string; forename: string; surname: string; jobTitle: string; email: string; phone: string;
  sigName: string; sigRoleTicks?: { label: string; on: boolean; field?: string }[]; sigRoleText?: string; sigEmail?: string;
  signed: boolean; date: string;
  names?: string[]; // field names: orgName, orgCode, orgAddress, title, forename, surname, jobTitle, email, phone, sigName, sigRoleText, sigEmail, signature, date
}

export const GP_SIGNATORIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OTHER_SIGNATORIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

export function oePrimary(c: OePrimary): FormSpec {
  const n = c.names ?? [];
  const sigRows: Row[] = [{ label: 'Authorised signatory name', value: c.sigName, field: n[9] }];
  if (c.sigRoleTicks) sigRows.push({ label: 'Signatory role (tick one)', ticks: c.sigRoleTicks });
  if (c.sigRoleText !== undefined) sigRows.push({ label: 'Signatory position', value: c.sigRoleText, field: n[10] });
  if (c.sigEmail !== undefined) sigRows.push({ label: 'Signatory email', value: c.sigEmail, field: n[11] });
  return {
    title: c.kind === 'gp'
      ? 'Open Exeter - Request for a Primary User (GP Practices)'
      : 'Open Exeter - Request for a Primary User (Other Organisations, non-GP)',
    subtitle: 'Cervical Screening Administration Service | PCSE',
    intro: [
      'The Primary User manages Open Exeter access for the organisation (Organisation Maintenance): adds, amends and deletes users and resets passwords.',
      'This form MUST be signed by an authorised signatory at the bottom of page 1. Email the completed form to pcse.openexeter@nhs.net',
    ],
    sections: [
      {
        heading: 'Section 1 - Organisation',
        rows: [
          { label: c.kind === 'gp' ? 'Practice name' : 'Organisation name', value: c.orgName, field: n[0] },
          { label: c.kind === 'gp' ? 'Practice code' : 'Organisation code', value: c.orgCode, field: n[1] },
          { label: 'Address', value: c.orgAddress, field: n[2] },
        ],
      },
      {
        heading: 'Section 2 - Proposed Primary User',
        rows: [
          ...(c.title !== undefined ? [{ label: 'Title', value: c.title, field: n[3] }] : []),
          { label: 'Forename', value: c.forename, field: n[4] },
          { label: 'Surname', value: c.surname, field: n[5] },
          { label: 'Job title', value: c.jobTitle, field: n[6] },
          { label: 'NHS email address', value: c.email, field: n[7] },
          { label: 'Telephone', value: c.phone, field: n[8] },
        ],
      },
      { heading: 'Section 3 - Authorised signatory', rows: sigRows },
    ],
    signature: { label: 'Signature of authorised signatory', signed: c.signed, field: n[12], date: c.date, dateField: n[13] },
    footer: 'Page 1 of 2 - Open Exeter PU request v4 - unsigned forms cannot be processed',
    page2: [
      'Notes for completion',
      c.kind === 'gp'
        ? 'Authorised signatories (GP practices): ' + GP_SIGNATORIES.join(', ') + '.'
        : 'Authorised signatories (other organisations): ' + OTHER_SIGNATORIES.join(', ') + '.',
      'If no signatory is available, request a new Caldicott Guardian first.',
      'Page 2 of 2',
    ],
  };
}
