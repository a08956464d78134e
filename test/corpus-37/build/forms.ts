// The forms of corpus 37 (writer AG's own layouts of the PCSE forms the seeds describe).
import type { FormSpec } from './layout.js';

const OE_ACCENT: [number, number, number] = [0.0, 0.37, 0.72];

export const GPP_CERT: FormSpec = {
  header: ['GP Payments and Pensions (GPP)', 'Practice User Administrator Certification', 'PCSE Online user management'],
  ref: 'PCSE GPP-PUA-01  v3.1  April 2026',
  intro:
    'Use this form when your practice has no GPP Practice User Administrator, or needs an additional one (maximum four per practice). ' +
    'Complete BOTH parts. Part B must be completed by one of your organisation\'s approvers. PCSE cannot process the form if Part B is incomplete. ' +
    'Return the completed form to pcse.portalenquiries@nhs.net.',
  sections: [
    {
      heading: 'PART A   Practice and nominated user administrator',
      rows: [
        { kind: 'text', label: 'Practice name', key: 'practiceName' },
        { kind: 'text', label: 'Practice ODS code', key: 'odsCode' },
        { kind: 'text', label: 'Practice address', key: 'address', h: 34, multiline: true },
        { kind: 'text', label: 'Nominated user: full name (BLOCK CAPITALS)', key: 'nomineeName' },
        { kind: 'text', label: 'Nominated user: job title', key: 'nomineeRole' },
        { kind: 'text', label: 'Nominated user: NHS email address', key: 'nomineeEmail' },
        { kind: 'text', label: 'Nominated user: contact telephone', key: 'nomineePhone' },
      ],
    },
    {
      heading: 'PART B   Certification by an organisation approver',
      rows: [
        {
          kind: 'para',
          text: 'I certify that the person named in Part A is employed by, or contracted to, the practice named above, and I authorise PCSE to give them the GPP Practice User Administrator role in PCSE Online. I understand they will be able to create users and assign GP Payments and Pensions roles for the practice.',
        },
        { kind: 'text', label: 'Approver: full name', key: 'approverName' },
        { kind: 'text', label: 'Approver: role in the organisation', key: 'approverRole' },
        { kind: 'text', label: 'Approver: email address', key: 'approverEmail' },
        { kind: 'sig', label: 'Approver: signature', key: 'approverSig', dateLabel: 'Date (dd/mm/yyyy)', dateKey: 'approverDate' },
      ],
    },
  ],
  page1Footer: 'Primary Care Support England provides administrative and support services for primary care on behalf of NHS England. Personal data on this form is used only to set up access to PCSE Online.',
  page2: {
    heading: 'Guidance notes',
    paras: [
      'The GPP Practice User Administrator manages access to the GP Payments and Pensions service for the practice. Once set up they can assign the Joiner & Leaver, Practice Estimate and Salary Change and GPP - Practice User Management roles, and set up other GPP Practice User Administrators (to a maximum of four).',
      'The nominated user must have their own email address. PCSE will send a verification link to this address; the link must be used to set a password before the account can be used.',
      'Part B must be completed by an approver of the organisation, for example a GP Partner or, for a corporate provider, a Director. A form signed by the nominee for themselves will be returned.',
      'If a user administrator leaves, we recommend that another user administrator in the practice assigns the role to a colleague so that the practice keeps continuity of access.',
    ],
  },
  accent: [0.0, 0.37, 0.72],
};

/** Field names of the fillable GPP form: long descriptive names, as a Word-to-PDF form wizard leaves them. */
export const GPP_CERT_LONG_NAMES: Record<string, string> = {
  practiceName: 'Part A - Practice name',
  odsCode: 'Part A - Practice ODS code',
  address: 'Part A - Practice address (including postcode)',
  nomineeName: 'Nominated user - full name (block capitals)',
  nomineeRole: 'Nominated user - job title',
  nomineeEmail: 'Nominated user - NHS email address',
  nomineePhone: 'Nominated user - contact telephone number',
  approverName: 'Part B - Approver full name',
  approverRole: 'Part B - Approver role within the organisation (for example GP Partner)',
  approverEmail: 'Part B - Approver email address',
  approverDate: 'Part B - Date signed (dd/mm/yyyy)',
};

const OE_GP_ROWS_SIGNATORY = {
  heading: 'SECTION 3   Authorised signatory',
  note: 'This form must be signed by ONE of: the Lead GP, a GP Partner, the Caldicott Guardian, the existing Primary Contact, or a member of the Board of Directors. PCSE will validate the signatory before the Primary User is set up.',
  rows: [
    { kind: 'text' as const, label: 'Full name', key: 'sigName' },
    {
      kind: 'check' as const,
      label: 'Capacity (tick one)',
      options: [
        { label: 'Lead GP', key: 'capLead' },
        { label: 'GP Partner', key: 'capPartner' },
        { label: 'Caldicott Guardian', key: 'capCg' },
        { label: 'Existing Primary Contact', key: 'capExisting' },
        { label: 'Member of the Board of Directors', key: 'capBoard' },
      ],
    },
    { kind: 'text' as const, label: 'Email address', key: 'sigEmail' },
    { kind: 'sig' as const, label: 'Signature', key: 'sig', dateLabel: 'Date', dateKey: 'sigDate' },
  ],
};

export const OE_GP: FormSpec = {
  header: ['Open Exeter', 'Request for a Primary User: GP Practices', 'Cervical screening administration'],
  ref: 'OE/PU/GP  rev. 07/2025',
  intro:
    'Use this form to ask PCSE to set up a Primary User (also known as a Primary Contact) for your GP practice in Open Exeter. ' +
    'The Primary User has Organisation Maintenance and can add, amend and delete users and reset passwords. We recommend two Primary Users per practice. ' +
    'The form must be signed at the bottom of this page by an authorised signatory or we are unable to process it. Email the completed form to pcse.openexeter@nhs.net.',
  sections: [
    {
      heading: 'SECTION 1   Practice details',
      rows: [
        { kind: 'text', label: 'Practice name', key: 'practiceName' },
        { kind: 'text', label: 'Practice code (ODS)', key: 'odsCode' },
        { kind: 'text', label: 'Practice address', key: 'address', h: 34, multiline: true },
      ],
    },
    {
      heading: 'SECTION 2   Nominated Primary User',
      rows: [
        { kind: 'text', label: 'Full name (BLOCK CAPITALS)', key: 'nomineeName' },
        { kind: 'text', label: 'Job title', key: 'nomineeRole' },
        { kind: 'text', label: 'NHSmail address', key: 'nomineeEmail' },
        { kind: 'text', label: 'Existing Open Exeter user ID (if any)', key: 'nomineeUserId' },
      ],
    },
    OE_GP_ROWS_SIGNATORY,
  ],
  page2: {
    heading: 'Notes for completing this form',
    paras: [
      'Each organisation using Open Exeter should have a Primary User, who manages user access for other members of staff, for example a practice manager. Organisations with two Primary Users find this the quickest way to manage access, including password resets.',
      'You can check whether you are already a Primary User: if Organisation Maintenance appears under the Application drop-down menu, you already have the access needed to set up new users and reset passwords.',
      'Once the Primary User is set up, new users they create in Open Exeter are notified to PCSE automatically. PCSE authorises the new user and issues a password.',
      'If no one listed in Section 3 is available to sign, please arrange for a Caldicott Guardian to be registered for your organisation before sending this form.',
    ],
  },
  accent: OE_ACCENT,
};

/** The fillable GP form with long descriptive field names. */
export const OE_GP_LONG_NAMES: Record<string, string> = {
  practiceName: 'Section 1 - Practice name',
  odsCode: 'Section 1 - Practice code (ODS)',
  address: 'Section 1 - Practice address',
  nomineeName: 'Nominated Primary User - full name (block capitals)',
  nomineeRole: 'Nominated Primary User - job title',
  nomineeEmail: 'Nominated Primary User - NHSmail address',
  nomineeUserId: 'Nominated Primary User - existing Open Exeter user ID (if any)',
  sigName: 'Authorised signatory - full name',
  capLead: 'Authorised signatory - capacity - Lead GP',
  capPartner: 'Authorised signatory - capacity - GP Partner',
  capCg: 'Authorised signatory - capacity - Caldicott Guardian',
  capExisting: 'Authorised signatory - capacity - Existing Primary Contact',
  capBoard: 'Authorised signatory - capacity - Member of the Board of Directors',
  sigEmail: 'Authorised signatory - email address',
  sigDate: 'Authorised signatory - date signed',
};

export const OE_OTHER: FormSpec = {
  header: ['Open Exeter', 'Request for a Primary User: Other Organisations', 'Trusts, hospices, community and sexual health services (not GP practices)'],
  ref: 'OE/PU/ORG  rev. 07/2025',
  intro:
    'Use this form to ask PCSE to set up a Primary User for an organisation that is not a GP practice. The Primary User can add and delete users in Open Exeter for the organisation. ' +
    'The form must be signed at the bottom of this page by an authorised signatory, otherwise we are unable to process the request. Email the completed form to pcse.openexeter@nhs.net.',
  sections: [
    {
      heading: 'SECTION 1   Organisation',
      rows: [
        { kind: 'text', label: 'Organisation name', key: 'orgName' },
        { kind: 'text', label: 'Organisation code (if known)', key: 'orgCode' },
        { kind: 'text', label: 'Type of organisation', key: 'orgType' },
        { kind: 'text', label: 'Department / service', key: 'dept' },
        { kind: 'text', label: 'Address', key: 'address', h: 34, multiline: true },
      ],
    },
    {
      heading: 'SECTION 2   Nominated Primary User',
      rows: [
        { kind: 'text', label: 'Surname', key: 'nomSurname' },
        { kind: 'text', label: 'Forename(s)', key: 'nomForenames' },
        { kind: 'text', label: 'Job title', key: 'nomineeRole' },
        { kind: 'text', label: 'Email address', key: 'nomineeEmail' },
      ],
    },
    {
      heading: 'SECTION 3   Authorised signatory',
      note: 'The form must be signed by ONE of: the Caldicott Guardian, a member of the Board of Directors, or an existing Primary User within the organisation.',
      rows: [
        { kind: 'text', label: 'Full name', key: 'sigName' },
        { kind: 'text', label: 'Job title', key: 'sigTitle' },
        {
          kind: 'check',
          label: 'Signing as (tick one)',
          options: [
            { label: 'Caldicott Guardian', key: 'capCg' },
            { label: 'Member of the Board of Directors', key: 'capBoard' },
            { label: 'Existing Primary User within the organisation', key: 'capPu' },
          ],
          other: { label: 'Other (please state):', key: 'capOther' },
        },
        { kind: 'text', label: 'Email address', key: 'sigEmail' },
        { kind: 'sig', label: 'Signature', key: 'sig', dateLabel: 'Date', dateKey: 'sigDate' },
      ],
    },
  ],
  page2: {
    heading: 'Notes for completing this form',
    paras: [
      'Upon receipt of the completed form, PCSE will validate the authorised signatory and then authorise your organisation\'s request for a Primary User.',
      'If you have no one available from the list of signatories, you should request a new Caldicott Guardian for your organisation before returning this form.',
      'Once the Primary User has been created for your organisation, they can add and delete users in Open Exeter.',
    ],
  },
  accent: OE_ACCENT,
};

/** XFA-style dotted names, as a LiveCycle form keeps them after it is saved as a static AcroForm. */
export const OE_OTHER_XFA_NAMES: Record<string, string> = {
  orgName: 'OEPrimaryUser[0].Page1[0].Sect1[0].OrgName[0]',
  orgCode: 'OEPrimaryUser[0].Page1[0].Sect1[0].OrgCode[0]',
  orgType: 'OEPrimaryUser[0].Page1[0].Sect1[0].OrgType[0]',
  dept: 'OEPrimaryUser[0].Page1[0].Sect1[0].Service[0]',
  address: 'OEPrimaryUser[0].Page1[0].Sect1[0].Address[0]',
  nomSurname: 'OEPrimaryUser[0].Page1[0].Sect2[0].Nominee[0].Surname[0]',
  nomForenames: 'OEPrimaryUser[0].Page1[0].Sect2[0].Nominee[0].Forenames[0]',
  nomineeRole: 'OEPrimaryUser[0].Page1[0].Sect2[0].Nominee[0].JobTitle[0]',
  nomineeEmail: 'OEPrimaryUser[0].Page1[0].Sect2[0].Nominee[0].Email[0]',
  sigName: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].Name[0]',
  sigTitle: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].JobTitle[0]',
  capCg: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].Capacity[0].CaldicottGuardian[0]',
  capBoard: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].Capacity[0].BoardMember[0]',
  capPu: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].Capacity[0].ExistingPrimaryUser[0]',
  capOther: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].Capacity[0].OtherText[0]',
  sigEmail: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].Email[0]',
  sigDate: 'OEPrimaryUser[0].Page1[0].Sect3[0].Signatory[0].DateSigned[0]',
};

/** A practice's own Word copy of the GP form: capacity typed as text, not ticked. */
export const OE_GP_WORD: FormSpec = {
  header: ['Open Exeter - Primary User request', 'GP Practice', 'Please return to pcse.openexeter@nhs.net'],
  intro: 'Section 3 must be signed by an authorised signatory at the bottom of page 1.',
  sections: [
    {
      heading: '1. Practice',
      rows: [
        { kind: 'text', label: 'Practice name', key: 'practiceName' },
        { kind: 'text', label: 'Practice code', key: 'odsCode' },
        { kind: 'text', label: 'Address', key: 'address', h: 34, multiline: true },
      ],
    },
    {
      heading: '2. Person to be set up as Primary User',
      rows: [
        { kind: 'text', label: 'Name', key: 'nomineeName' },
        { kind: 'text', label: 'Role at the practice', key: 'nomineeRole' },
        { kind: 'text', label: 'Email (NHSmail)', key: 'nomineeEmail' },
        { kind: 'text', label: 'Telephone', key: 'nomineePhone' },
      ],
    },
    {
      heading: '3. Authorised signatory',
      note: 'Lead GP, GP Partner, Caldicott Guardian, existing Primary Contact or member of the Board of Directors.',
      rows: [
        { kind: 'text', label: 'Name', key: 'sigName' },
        { kind: 'text', label: 'Capacity in which signing', key: 'sigCapacity' },
        { kind: 'text', label: 'Email', key: 'sigEmail' },
        { kind: 'sig', label: 'Signature', key: 'sig', dateLabel: 'Date', dateKey: 'sigDate' },
      ],
    },
  ],
  labelWidth: 0.36,
  accent: [0.25, 0.25, 0.25],
  font: 'serif',
};

export const PCN_FORM: FormSpec = {
  header: ['PCSE Online', 'PCN User Administrator Request', 'For a Primary Care Network that has no PCN user admin'],
  ref: 'PCSE PCN-UA-02',
  intro:
    'A PCN with a PCN user admin manages its own users through the User Management tab. If your PCN has no PCN user admin, complete this form and ask your ICB to approve it. ' +
    'The form must be approved and sent to PCSE by a member of the ICB who is listed as an approver on the NHS England Authorised Email List (AEL).',
  sections: [
    {
      heading: 'SECTION 1   Primary Care Network',
      rows: [
        { kind: 'text', label: 'PCN name', key: 'pcnName' },
        { kind: 'text', label: 'PCN ODS code', key: 'pcnCode' },
        { kind: 'text', label: 'Lead / host practice', key: 'host' },
      ],
    },
    {
      heading: 'SECTION 2   Nominated PCN user administrator',
      rows: [
        { kind: 'text', label: 'Full name', key: 'nomineeName' },
        { kind: 'text', label: 'Job title', key: 'nomineeRole' },
        { kind: 'text', label: 'Email address', key: 'nomineeEmail' },
        { kind: 'text', label: 'Telephone', key: 'nomineePhone' },
      ],
    },
    {
      heading: 'SECTION 3   ICB approval',
      note: 'To be completed by an ICB approver listed on the NHS England Authorised Email List.',
      rows: [
        { kind: 'text', label: 'Approver name', key: 'approverName' },
        { kind: 'text', label: 'Approver job title', key: 'approverRole' },
        { kind: 'text', label: 'Integrated Care Board', key: 'icb' },
        { kind: 'text', label: 'Approver email address', key: 'approverEmail' },
        { kind: 'sig', label: 'Signature', key: 'approverSig', dateLabel: 'Date approved', dateKey: 'approverDate' },
      ],
    },
  ],
  accent: [0.0, 0.37, 0.72],
};
