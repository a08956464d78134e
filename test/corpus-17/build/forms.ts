// Writer M's own form layouts (inspired by the seeds' descriptions, not copies of PCSE's forms).
import type { FormSpec, Row } from './pdfs.js';

type Mark = 'scribble' | 'blank' | { typed: string };

export interface OeGp {
  practice: string;
  code: string;
  address?: string;
  nominee: { name: string; job: string; email: string; phone?: string };
  capacity: number[]; // 0 Lead GP, 1 GP Partner, 2 Caldicott Guardian, 3 Existing Primary Contact, 4 Board
  signatory: { name: string; position: string; email?: string };
  mark: Mark;
  date: string;
  names?: Partial<Record<'practice' | 'code' | 'address' | 'nName' | 'nJob' | 'nEmail' | 'nPhone' | 'sName' | 'sPosition' | 'sEmail' | 'date', string>>;
  tickNames?: string[];
  version?: string;
}

export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

export function oeGpForm(v: OeGp): FormSpec {
  const n = v.names ?? {};
  const f = (label: string, value: string, name?: string): Row => ({ t: 'field', label, value, name });
  return {
    header: ['NHS England', 'Primary Care Support England'],
    title: 'Open Exeter: Primary User Request - GP Practice',
    subtitle: `Cervical screening administration  |  ${v.version ?? 'Form OE-GP v3.2'}`,
    intro: [
      'Use this form to ask PCSE to set up a member of practice staff as a Primary User (Organisation Maintenance) on Open Exeter. Complete every box, then have it signed below by one of the authorised signatories. Unsigned forms cannot be processed.',
    ],
    sections: [
      {
        heading: 'A. Practice',
        rows: [f('Practice name', v.practice, n.practice), f('Practice code', v.code, n.code), ...(v.address !== undefined ? [f('Practice address', v.address, n.address)] : [])],
      },
      {
        heading: 'B. Member of staff to become Primary User',
        rows: [
          f('Full name', v.nominee.name, n.nName),
          f('Job title', v.nominee.job, n.nJob),
          f('NHSmail address', v.nominee.email, n.nEmail),
          ...(v.nominee.phone !== undefined ? [f('Telephone', v.nominee.phone, n.nPhone)] : []),
        ],
      },
      {
        heading: 'C. Authorised signatory',
        rows: [
          { t: 'ticks', label: 'I sign this request as (tick one)', options: OE_GP_CAPACITIES, checked: v.capacity, names: v.tickNames },
          f('Name of signatory', v.signatory.name, n.sName),
          f('Position', v.signatory.position, n.sPosition),
          ...(v.signatory.email !== undefined ? [f('Signatory email', v.signatory.email, n.sEmail)] : []),
          { t: 'sign', label: 'Signature', mark: v.mark },
          f('Date', v.date, n.date),
        ],
      },
    ],
    footer: 'Return the signed form to pcse.openexeter@nhs.net. PCSE validates the signatory before the Primary User is created.',
  };
}

export interface OeOther {
  organisation: string;
  orgType: string;
  code: string;
  address?: string;
  nominee: { name: string; job: string; email: string };
  capacity: number[]; // 0 Caldicott Guardian, 1 Board, 2 Existing Primary User
  signatory: { name: string; job: string; email: string };
  mark: Mark;
  date: string;
  names?: Partial<Record<'org' | 'orgType' | 'code' | 'address' | 'nName' | 'nJob' | 'nEmail' | 'sName' | 'sJob' | 'sEmail' | 'date', string>>;
  tickNames?: string[];
}

export const OE_OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

export function oeOtherForm(v: OeOther): FormSpec {
  const n = v.names ?? {};
  const f = (label: string, value: string, name?: string): Row => ({ t: 'field', label, value, name });
  return {
    header: ['Primary Care Support England'],
    title: 'Open Exeter Primary User Request: Organisations other than GP Practices',
    subtitle: 'For trusts, hospices, independent providers, commissioners and other bodies',
    intro: ['Please type or write clearly. The request must be signed at the foot of this page by the Caldicott Guardian, a member of the Board of Directors or an existing Primary User of the organisation.'],
    sections: [
      {
        heading: '1  Organisation',
        rows: [
          f('Organisation name', v.organisation, n.org),
          f('Type of organisation', v.orgType, n.orgType),
          f('Organisation (ODS) code', v.code, n.code),
          ...(v.address !== undefined ? [f('Address', v.address, n.address)] : []),
        ],
      },
      {
        heading: '2  Proposed Primary User',
        rows: [f('Name', v.nominee.name, n.nName), f('Job title', v.nominee.job, n.nJob), f('Email address', v.nominee.email, n.nEmail)],
      },
      {
        heading: '3  Authorisation',
        rows: [
          { t: 'ticks', label: 'Capacity in which you sign', options: OE_OTHER_CAPACITIES, checked: v.capacity, names: v.tickNames },
          f('Name', v.signatory.name, n.sName),
          f('Job title', v.signatory.job, n.sJob),
          f('Email address', v.signatory.email, n.sEmail),
          { t: 'sign', label: 'Signature', mark: v.mark },
          f('Date', v.date, n.date),
        ],
      },
    ],
  };
}

export interface Gpp {
  practice: string;
  code: string;
  nominee: { name: string; job: string; email: string; phone: string };
  approver: { name: string; role: string; email: string };
  mark: Mark;
  date: string;
  names?: Partial<Record<'practice' | 'code' | 'nName' | 'nJob' | 'nEmail' | 'nPhone' | 'aName' | 'aRole' | 'aEmail' | 'date', string>>;
}

export function gppForm(v: Gpp): FormSpec {
  const n = v.names ?? {};
  const f = (label: string, value: string, name?: string): Row => ({ t: 'field', label, value, name });
  return {
    header: ['PCSE Online', 'GP Payments and Pensions'],
    title: 'Practice User Administrator Certification',
    subtitle: 'GP Payments and Pensions (GPP) - Part 1 and Part 2 must both be completed',
    intro: [
      'A practice may have up to four GPP Practice User Administrators. The person named in Part 1 will be able to create PCSE Online users for the practice and assign GPP roles such as Joiner & Leaver and Practice Estimate and Salary Change.',
      'Part 2 must be completed by one of the organisation\'s approvers. Return both parts to pcse.portalenquiries@nhs.net.',
    ],
    sections: [
      {
        heading: 'Part 1 - Nominated User Administrator',
        rows: [
          f('Practice name', v.practice, n.practice),
          f('Practice code', v.code, n.code),
          f('Name of nominee', v.nominee.name, n.nName),
          f('Job title', v.nominee.job, n.nJob),
          f('Email address (this will be the user name)', v.nominee.email, n.nEmail),
          f('Contact telephone', v.nominee.phone, n.nPhone),
          { t: 'para', text: 'I understand that as a User Administrator I am responsible for deactivating users who leave the practice and for giving users only the roles they need.' },
        ],
      },
      {
        heading: 'Part 2 - Certification by an organisation approver',
        newPage: true,
        rows: [
          { t: 'para', text: 'I certify that the person named in Part 1 works for the practice and should be given the GPP Practice User Administrator role in PCSE Online.' },
          f('Approver name', v.approver.name, n.aName),
          f('Role in the organisation', v.approver.role, n.aRole),
          f('Approver email address', v.approver.email, n.aEmail),
          { t: 'sign', label: 'Signature', mark: v.mark },
          f('Date', v.date, n.date),
        ],
      },
    ],
  };
}
