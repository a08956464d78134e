// The PCSE forms of corpus 25 as content (writer U's own wording and layout; the real forms were not available).
import type { FormDoc, Row } from './layout.js';

const f = (key: string, label: string, value: string | null | undefined, lines?: number): Row => ({ k: 'field', key, label, value: value ?? '', lines });

// ---------------------------------------------------------------- GPP Practice User Administrator certification

export interface Gpp {
  practiceName?: string | null;
  practiceCode?: string | null;
  practiceAddress?: string | null;
  nomineeName?: string | null;
  nomineeJob?: string | null;
  nomineeEmail?: string | null;
  nomineePhone?: string | null;
  approverName?: string | null;
  approverRole?: string | null;
  approverEmail?: string | null;
  signed: boolean;
  date?: string | null;
}

export function gppForm(d: Gpp, family: 'sans' | 'serif' = 'sans'): FormDoc {
  return {
    family,
    banner: ['Primary Care Support England', 'GP Payments and Pensions', 'Practice User Administrator Certification Form'],
    pages: [
      {
        sections: [
          {
            rows: [
              { k: 'para', text: 'Use this form if your practice has no GPP Practice User Administrator in PCSE Online. Once set up, the User Administrator can nominate further GPP Practice User Administrators themselves (a maximum of four per practice) and assign GP Payments and Pensions roles such as Joiner & Leaver and Practice Estimate and Salary Change.' },
              { k: 'para', text: 'Complete both parts of the form. Part 2 must be completed by one of your organisation\u2019s approvers.' },
            ],
          },
          {
            heading: 'Part 1 \u2013 Practice details',
            rows: [f('practice_name', 'Practice name', d.practiceName), f('practice_code', 'Practice code', d.practiceCode), f('practice_address', 'Practice address', d.practiceAddress, 2)],
          },
          {
            heading: 'Part 1 \u2013 Nominated User Administrator',
            rows: [f('nominee_name', 'Name', d.nomineeName), f('nominee_job_title', 'Job title', d.nomineeJob), f('nominee_email', 'Email', d.nomineeEmail), f('nominee_telephone', 'Telephone', d.nomineePhone)],
          },
          { rows: [{ k: 'para', text: 'The email address must belong to the nominee; it will be their PCSE Online user name. A verification link will be sent to it once the role is set up.', size: 8.5, italic: true }] },
        ],
        footer: 'PCSE GPP PUA Certification Form v3.1   |   Page 1 of 2',
      },
      {
        sections: [
          {
            heading: 'Part 2 \u2013 Certification by organisation approver',
            rows: [
              { k: 'para', text: 'I certify that the person named in Part 1 works at the practice named above and should be given the GPP Practice User Administrator role in PCSE Online. I understand that this role can create and deactivate users and assign GP Payments and Pensions roles for the practice.' },
              { k: 'gap', h: 4 },
              f('approver_name', 'Name', d.approverName),
              f('approver_role', 'Role in the practice', d.approverRole),
              f('approver_email', 'Email', d.approverEmail),
              { k: 'sig', key: 'approver_signature', label: 'Signature', signed: d.signed },
              f('approver_date', 'Date', d.date),
            ],
          },
          {
            rows: [
              { k: 'para', text: 'Return both parts of this form to pcse.portalenquiries@nhs.net. Forms that are incomplete, or where Part 2 is not completed by an approver, will be returned to the practice.' },
              { k: 'para', text: 'PCSE does not remove roles from user accounts. To remove a user\u2019s roles, please ask your practice\u2019s User Administrator.', size: 8.5, italic: true },
            ],
          },
        ],
        footer: 'PCSE GPP PUA Certification Form v3.1   |   Page 2 of 2',
      },
    ],
  };
}

// ---------------------------------------------------------------- Open Exeter Primary User: GP practices

export const OE_GP_ROLES = [
  ['lead_gp', 'Lead GP'],
  ['gp_partner', 'GP Partner'],
  ['caldicott_guardian', 'Caldicott Guardian'],
  ['existing_primary_contact', 'Existing Primary Contact'],
  ['board_member', 'Member of the Board of Directors'],
] as const;

export interface OeGp {
  practiceName?: string | null;
  practiceCode?: string | null;
  practiceAddress?: string | null;
  practicePhone?: string | null;
  title?: string | null;
  forename?: string | null;
  surname?: string | null;
  job?: string | null;
  email?: string | null;
  phone?: string | null;
  signatoryName?: string | null;
  signatoryPosition?: string | null;
  signatoryEmail?: string | null;
  ticked: string[]; // role keys
  signed: boolean;
  date?: string | null;
}

export function oeGpForm(d: OeGp, family: 'sans' | 'serif' = 'sans'): FormDoc {
  return {
    family,
    banner: ['Primary Care Support England \u2013 Cervical Screening Administration', 'Open Exeter', 'Request for a Primary User \u2013 GP Practices'],
    pages: [
      {
        sections: [
          {
            heading: 'Section 1 \u2013 Practice details',
            rows: [f('practice_name', 'Practice name', d.practiceName), f('practice_code', 'Practice code', d.practiceCode), f('practice_address', 'Practice address', d.practiceAddress, 2), f('practice_telephone', 'Practice telephone', d.practicePhone)],
          },
          {
            heading: 'Section 2 \u2013 Primary User',
            rows: [
              f('nominee_title', 'Title', d.title), f('nominee_forename', 'First name', d.forename), f('nominee_surname', 'Surname', d.surname),
              f('nominee_job_title', 'Job title', d.job), f('nominee_email', 'NHSmail address', d.email), f('nominee_telephone', 'Direct telephone', d.phone),
            ],
          },
          {
            heading: 'Section 3 \u2013 Authorised signatory',
            rows: [
              { k: 'para', text: 'I confirm that the person named in Section 2 works at this practice and should be given Primary User (Organisation Maintenance) access to Open Exeter for this practice.' },
              f('signatory_name', 'Name', d.signatoryName),
              f('signatory_position', 'Position', d.signatoryPosition),
              f('signatory_email', 'Email address', d.signatoryEmail),
              { k: 'choice', key: 'capacity', label: 'Signing as (tick one)', options: OE_GP_ROLES.map(([key, text]) => ({ key, text, checked: d.ticked.includes(key) })) },
              { k: 'sig', key: 'signature', label: 'Signature', signed: d.signed },
              f('signatory_date', 'Date', d.date),
            ],
          },
          { rows: [{ k: 'para', text: 'This form must be signed at the bottom of this page by an authorised signatory, otherwise we are unable to process the request.', bold: true, size: 9 }] },
        ],
        footer: 'Open Exeter Primary User Request (GP) v4.2   |   Page 1 of 2',
      },
      {
        sections: [
          {
            heading: 'Guidance notes',
            rows: [
              { k: 'heading', text: 'About Primary Users' },
              { k: 'para', text: 'Each organisation using Open Exeter should have a Primary User (also known as a Primary Contact), who manages user access for other members of staff, for example a practice manager. The Primary User can add, amend and delete users and reset passwords. We recommend two Primary User accounts for each practice.' },
              { k: 'heading', text: 'Who can sign this form?' },
              { k: 'para', text: 'The form must be signed by one of the following authorised signatories for the practice:' },
              { k: 'bullets', items: OE_GP_ROLES.map(([, t]) => t) },
              { k: 'para', text: 'Forms signed by anyone else, including practice managers who are not an existing Primary Contact, will be returned unprocessed. If no authorised signatory is available, please request a new Caldicott Guardian first.' },
              { k: 'heading', text: 'Organisations other than GP practices' },
              { k: 'para', text: 'Please use the form \u201cRequest for a Primary User \u2013 Other Organisations\u201d, which has its own list of authorised signatories.' },
              { k: 'heading', text: 'Returning the form' },
              { k: 'para', text: 'Email the completed and signed form to pcse.openexeter@nhs.net. On receipt we will validate the authorised signatory and then authorise the Primary User. Additional permissions for existing users must be requested by email from an authorised signatory using an NHS email address.' },
            ],
          },
        ],
        footer: 'Open Exeter Primary User Request (GP) v4.2   |   Page 2 of 2',
      },
    ],
  };
}

// ---------------------------------------------------------------- Open Exeter Primary User: other organisations

export const OE_OTHER_ROLES = [
  ['caldicott_guardian', 'Caldicott Guardian'],
  ['board_member', 'Member of the Board of Directors'],
  ['existing_primary_user', 'Existing Primary User'],
] as const;

export interface OeOther {
  orgName?: string | null;
  orgType?: string | null;
  orgCode?: string | null;
  orgAddress?: string | null;
  name?: string | null;
  job?: string | null;
  email?: string | null;
  phone?: string | null;
  signatoryName?: string | null;
  signatoryJob?: string | null;
  signatoryEmail?: string | null;
  ticked: string[];
  signed: boolean;
  date?: string | null;
}

export function oeOtherForm(d: OeOther, family: 'sans' | 'serif' = 'sans'): FormDoc {
  return {
    family,
    banner: ['Primary Care Support England \u2013 Cervical Screening Administration', 'Open Exeter', 'Request for a Primary User \u2013 Other Organisations'],
    pages: [
      {
        sections: [
          {
            rows: [{ k: 'para', text: 'For organisations other than GP practices (for example sexual health services, colposcopy clinics, PCN hubs and community providers) that need a Primary User for Open Exeter.' }],
          },
          {
            heading: 'A. Organisation',
            rows: [f('organisation_name', 'Organisation name', d.orgName), f('organisation_type', 'Type of organisation', d.orgType), f('organisation_code', 'Organisation code (ODS)', d.orgCode), f('organisation_address', 'Address', d.orgAddress, 2)],
          },
          {
            heading: 'B. Proposed Primary User',
            rows: [f('primary_user_name', 'Full name', d.name), f('primary_user_job_title', 'Job title', d.job), f('primary_user_email', 'NHS email address', d.email), f('primary_user_telephone', 'Telephone', d.phone)],
          },
          {
            heading: 'C. Authorisation',
            rows: [
              { k: 'para', text: 'I authorise the person named in part B to be set up as a Primary User for Open Exeter for the organisation named in part A.' },
              f('signatory_name', 'Full name', d.signatoryName),
              f('signatory_job_title', 'Job title', d.signatoryJob),
              f('signatory_email', 'NHS email address', d.signatoryEmail),
              { k: 'choice', key: 'capacity', label: 'Capacity (tick one)', options: OE_OTHER_ROLES.map(([key, text]) => ({ key, text, checked: d.ticked.includes(key) })) },
              { k: 'sig', key: 'signature', label: 'Signature', signed: d.signed },
              f('signed_date', 'Date', d.date),
            ],
          },
          { rows: [{ k: 'para', text: 'Please ensure the form is signed by an authorised signatory at the bottom of page 1, otherwise we are unable to process the request.', bold: true, size: 9 }] },
        ],
        footer: 'Open Exeter Primary User Request (Other Organisations) v2.0   |   Page 1 of 2',
      },
      {
        sections: [
          {
            heading: 'Notes for completing this form',
            rows: [
              { k: 'para', text: 'The Primary User manages access to Open Exeter for the other members of staff in your organisation: they can add, amend and delete users and reset passwords.' },
              { k: 'heading', text: 'Authorised signatories (other organisations)' },
              { k: 'para', text: 'To validate the request, part C must be signed by one of:' },
              { k: 'bullets', items: OE_OTHER_ROLES.map(([, t]) => t) },
              { k: 'para', text: 'GP practices must not use this form: the GP practice form may be signed by a Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact or a Member of the Board of Directors.' },
              { k: 'para', text: 'If there is no one available from the list of signatories, please request a new Caldicott Guardian before returning this form.' },
              { k: 'para', text: 'Send the completed form to pcse.openexeter@nhs.net.' },
            ],
          },
        ],
        footer: 'Open Exeter Primary User Request (Other Organisations) v2.0   |   Page 2 of 2',
      },
    ],
  };
}

// ---------------------------------------------------------------- PCN user administrator request

export interface Pcn {
  pcnName: string;
  pcnCode: string;
  icb: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  cdName: string;
  cdEmail: string;
}

export function pcnForm(d: Pcn): FormDoc {
  return {
    banner: ['PCSE Online', 'PCN User Administrator Request'],
    pages: [
      {
        sections: [
          { rows: [{ k: 'para', text: 'For Primary Care Networks with no PCN user administrator in PCSE Online. Once completed by the PCN, this form must be approved and sent to pcse.portalenquiries@nhs.net by an ICB approver listed on the NHSE Authorised Email List (AEL).' }] },
          { heading: 'PCN details', rows: [f('pcn_name', 'PCN name', d.pcnName), f('pcn_code', 'PCN code', d.pcnCode), f('icb', 'ICB', d.icb)] },
          { heading: 'Person to be set up as PCN user administrator', rows: [f('nominee_name', 'Name', d.nomineeName), f('nominee_role', 'Role', d.nomineeRole), f('nominee_email', 'Email', d.nomineeEmail), f('nominee_phone', 'Telephone', d.nomineePhone)] },
          { heading: 'Requested by (PCN Clinical Director)', rows: [f('cd_name', 'Name', d.cdName), f('cd_email', 'Email', d.cdEmail)] },
          {
            heading: 'ICB approval (ICB approver on the AEL only)',
            rows: [f('icb_approver_name', 'Name', ''), f('icb_approver_role', 'Job title', ''), f('icb_approver_email', 'Email', ''), f('icb_date', 'Date approved', '')],
          },
        ],
        footer: 'PCN UA request v1.3',
      },
    ],
  };
}
