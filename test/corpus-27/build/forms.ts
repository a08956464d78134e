// Writer W's own form layouts. Values are passed in; the same spec renders fillable, flat or scanned.
import type { FormSpec } from './pdfs.js';

const NHSE = 'NHS England  |  Primary Care Support England';

export interface GppCertValues {
  practiceName: string; practiceCode: string; address: string;
  nomineeName: string; nomineeTitle: string; nomineeEmail: string; nomineePhone: string; nomineeLabel?: string;
  approverName: string; approverPosition: string; approverEmail: string; signed: boolean; typedName?: string; date: string;
}

export function gppCert(id: string, v: GppCertValues): FormSpec {
  return {
    id,
    header: NHSE,
    title: 'GP Payments and Pensions - Practice User Administrator Certification',
    intro: [
      'Use this form when your practice has no GPP Practice User Administrator on PCSE Online. Part A names the person to be set up; Part B must be completed and signed by one of the organisation\'s approvers. Return the completed form to pcse.portalenquiries@nhs.net.',
    ],
    sections: [
      { heading: 'Part A1 - Practice', rows: [
        { label: 'Practice name', value: v.practiceName, field: 'A1_PracticeName' },
        { label: 'Practice code (ODS)', value: v.practiceCode, field: 'A1_PracticeCode' },
        { label: 'Practice address', value: v.address, field: 'A1_Address', tall: true },
      ] },
      { heading: 'Part A2 - Person to be set up as GPP Practice User Administrator', rows: [
        { label: v.nomineeLabel ?? 'Full name', value: v.nomineeName, field: 'A2_Name' },
        { label: 'Job title', value: v.nomineeTitle, field: 'A2_JobTitle' },
        { label: 'Email address (PCSE Online user name)', value: v.nomineeEmail, field: 'A2_Email' },
        { label: 'Telephone', value: v.nomineePhone, field: 'A2_Phone' },
      ] },
      { heading: 'Part B - Certification by an organisation approver',
        note: 'I confirm that the person named in Part A2 works for the practice named in Part A1 and should be given the GPP Practice User Administrator role on PCSE Online.',
        rows: [
          { label: 'Approver name', value: v.approverName, field: 'B_ApproverName' },
          { label: 'Position in the practice', value: v.approverPosition, field: 'B_Position' },
          { label: 'Approver email address', value: v.approverEmail, field: 'B_Email' },
        ] },
    ],
    signature: { label: 'Approver\'s signature', signed: v.signed, fieldName: 'B_Signature', typedName: v.typedName, date: v.date },
    footer: 'PCSE GPP-UA-CERT v3.2  -  one form per nominee',
  };
}

export interface PcnValues {
  pcnName: string; pcnCode: string; leadPractice: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string;
  icb: string; approverName: string; approverTitle: string; approverEmail: string; signed: boolean; date: string;
}

export function pcnForm(id: string, v: PcnValues): FormSpec {
  return {
    id,
    header: NHSE,
    title: 'Primary Care Network - PCN User Administrator request',
    intro: ['For a PCN with no PCN user admin on PCSE Online. Section 3 must be completed by a member of the ICB who is listed as an approver on the NHSE Authorised Email List (AEL); the ICB approver sends the form to PCSE.'],
    sections: [
      { heading: '1. PCN details', rows: [
        { label: 'PCN name', value: v.pcnName },
        { label: 'PCN ODS code', value: v.pcnCode },
        { label: 'Lead / host practice', value: v.leadPractice },
      ] },
      { heading: '2. Proposed PCN user administrator', rows: [
        { label: 'Name', value: v.nomineeName },
        { label: 'Role in the PCN', value: v.nomineeRole },
        { label: 'NHSmail address', value: v.nomineeEmail },
      ] },
      { heading: '3. ICB approval', rows: [
        { label: 'Integrated Care Board', value: v.icb },
        { label: 'Approver name', value: v.approverName },
        { label: 'Job title', value: v.approverTitle },
        { label: 'Approver email (as on the AEL)', value: v.approverEmail },
      ] },
    ],
    signature: { label: 'ICB approver', signed: v.signed, date: v.date },
    footer: 'PCN-UA form  -  issued by PCSE',
  };
}

const OE_GUIDANCE = {
  title: 'Guidance notes',
  lines: [
    'The Primary User (also known as the Primary Contact) manages Open Exeter access for the organisation: they can add, amend and delete users and reset passwords. We recommend two Primary Users per organisation.',
    'The form must be signed by an authorised signatory at the bottom of page 1. Forms that are not signed there cannot be processed.',
    'PCSE validates the authorised signatory before the Primary User is set up. Email the completed form to pcse.openexeter@nhs.net.',
    'If you have no authorised signatory available you should request a new Caldicott Guardian first.',
  ],
};

export interface OeValues {
  orgName: string; orgCode: string; address: string; orgTypeLine?: string;
  nomineeName: string; nomineeTitle: string; nomineeEmail: string; nomineePhone: string; existingUserId?: string;
  signatoryName: string; signatoryEmail: string; ticks: boolean[]; otherRole?: string; signed: boolean; typedName?: string; date: string;
}

export function oeGp(id: string, v: OeValues): FormSpec {
  const roles = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
  return {
    id,
    header: `${NHSE}  |  Cervical Screening Administration`,
    title: 'Open Exeter - Request for a Primary User (GP Practices)',
    sections: [
      { heading: 'Practice details', rows: [
        { label: 'Practice name', value: v.orgName, field: 'PracticeName' },
        { label: 'Practice code', value: v.orgCode, field: 'PracticeCode' },
        { label: 'Address', value: v.address, field: 'PracticeAddress', tall: true },
      ] },
      { heading: 'Person to be set up as Primary User', rows: [
        { label: 'Name', value: v.nomineeName, field: 'PU Name' },
        { label: 'Job title', value: v.nomineeTitle, field: 'PU Job Title' },
        { label: 'Email', value: v.nomineeEmail, field: 'PU Email' },
        { label: 'Telephone', value: v.nomineePhone, field: 'PU Telephone' },
        { label: 'Existing Open Exeter user ID (if any)', value: v.existingUserId ?? '', field: 'PU Existing ID' },
      ] },
      { heading: 'Authorised signatory', rows: [
        { label: 'Name', value: v.signatoryName, field: 'Sig Name' },
        { label: 'Email', value: v.signatoryEmail, field: 'Sig Email' },
      ], checksTitle: 'I am signing as (tick one):', checks: roles.map((label, i) => ({ label, checked: v.ticks[i] ?? false, field: `Sig Role ${i + 1}` })) },
    ],
    signature: { label: 'Signed by the authorised signatory named above', signed: v.signed, fieldName: 'Sig Signature', typedName: v.typedName, date: v.date },
    footer: 'OE-PU-GP  rev 11/2025',
    page2: OE_GUIDANCE,
  };
}

export function oeOther(id: string, v: OeValues): FormSpec {
  const roles = ['Caldicott Guardian', 'Member of the Board of Directors', 'An existing Primary User within the organisation'];
  return {
    id,
    header: `${NHSE}  |  Cervical Screening Administration`,
    title: 'Open Exeter - Request for a Primary User (organisations other than GP practices)',
    sections: [
      { heading: 'Organisation details', rows: [
        { label: 'Organisation name', value: v.orgName, field: 'Org_Name' },
        { label: 'Type of organisation / service', value: v.orgTypeLine ?? '', field: 'Org_Type' },
        { label: 'Organisation / site code (if known)', value: v.orgCode, field: 'Org_Code' },
        { label: 'Address', value: v.address, field: 'Org_Address', tall: true },
      ] },
      { heading: 'Person to be set up as Primary User', rows: [
        { label: 'Name', value: v.nomineeName, field: 'PU_Name' },
        { label: 'Job title', value: v.nomineeTitle, field: 'PU_JobTitle' },
        { label: 'Email', value: v.nomineeEmail, field: 'PU_Email' },
        { label: 'Telephone', value: v.nomineePhone, field: 'PU_Tel' },
      ] },
      { heading: 'Authorised signatory', rows: [
        { label: 'Name', value: v.signatoryName, field: 'AS_Name' },
        { label: 'Email', value: v.signatoryEmail, field: 'AS_Email' },
      ], checksTitle: 'Capacity in which I sign (tick one):', checks: [
        ...roles.map((label, i) => ({ label, checked: v.ticks[i] ?? false, field: `AS_Capacity_${i + 1}` })),
      ] },
      { heading: 'If none of the above applies', rows: [{ label: 'Other (please state)', value: v.otherRole ?? '', field: 'AS_Other' }] },
    ],
    signature: { label: 'Signature of authorised signatory', signed: v.signed, fieldName: 'AS_Signature', typedName: v.typedName, date: v.date },
    footer: 'OE-PU-ORG  rev 11/2025',
    page2: OE_GUIDANCE,
  };
}
