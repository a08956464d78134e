// Writer AA's renditions of the forms the seeds describe (own wording and layout).
import type { Form, Item, Mark } from './forms.js';

export interface GppV {
  version?: 'v3' | 'v2';
  practice: string; code: string; address: string;
  nominee: string; jobTitle: string; email: string; phone: string;
  approver: string; approverRole: string; approverEmail: string; signed: boolean; date: string;
  struckEmail?: string;
}

export function gppForm(v: GppV): Form {
  const old = v.version === 'v2';
  return {
    header: old ? 'PCSE Online - GPP Practice User Admin Certification (v2.0 03/2023)' : 'Primary Care Support England  |  PCSE Online',
    footer: old ? 'Return to pcse.portalenquiries@nhs.net   Form GPP-UA v2.0' : 'GPP Practice User Administrator Certification Form  v3.1 (2025)   Page 1 of 1   Return both parts to pcse.portalenquiries@nhs.net',
    items: [
      { t: 'title', text: old ? 'GPP Practice User Admin - Certification' : 'GP Payments and Pensions (GPP)', sub: old ? undefined : 'Practice User Administrator Certification Form' },
      { t: 'para', text: 'Use this form when your practice has no GPP Practice User Administrator. A practice may have a maximum of four. Complete both parts. Part 2 must be completed by one of the organisation\'s approvers.' },
      { t: 'section', text: old ? 'PART 1 - SURGERY AND NOMINEE' : 'Part 1 - Practice and nominated user administrator' },
      { t: 'field', label: old ? 'Surgery name' : 'Practice name', value: v.practice, name: 'PracticeName' },
      { t: 'field', label: old ? 'Organisation code' : 'Practice code (ODS)', value: v.code, name: 'ODSCode' },
      { t: 'field', label: 'Practice address', value: v.address, name: 'PracticeAddress', lines: 2 },
      { t: 'field', label: old ? 'Name of user admin' : 'Nominee full name', value: v.nominee, name: 'NomineeName' },
      { t: 'field', label: 'Job title', value: v.jobTitle, name: 'NomineeJobTitle' },
      { t: 'field', label: old ? 'E-mail' : 'Nominee email address', value: v.email, name: 'NomineeEmail', struck: v.struckEmail },
      { t: 'field', label: old ? 'Tel' : 'Nominee telephone', value: v.phone, name: 'NomineePhone' },
      { t: 'gap', h: 6 },
      { t: 'section', text: old ? 'PART 2 - AUTHORISING PARTNER' : 'Part 2 - Certification by an organisation approver' },
      { t: 'para', text: 'I certify that the person named in Part 1 works for this practice and should be given the GPP Practice User Administrator role in PCSE Online.' },
      { t: 'field', label: old ? 'Authorising partner name' : 'Approver name', value: v.approver, name: 'ApproverName' },
      { t: 'field', label: old ? 'Position' : 'Approver role', value: v.approverRole, name: 'ApproverRole' },
      { t: 'field', label: old ? 'E-mail' : 'Approver email address', value: v.approverEmail, name: 'ApproverEmail' },
      { t: 'sig', label: 'Signature', signed: v.signed, dateLabel: 'Date', date: v.date, name: 'ApproverSignature' },
    ],
  };
}

export interface OeGpV {
  practice: string; code: string; address: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string; phone: string; struckEmail?: string;
  signatory: string; capacity: string[]; mark: Mark; sigEmail: string; sigPosition?: string; signed: boolean; date: string;
  notesPage?: boolean; blankCopy?: boolean;
}

const OE_GP_CAP = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

export function oeGpForm(v: OeGpV): Form {
  const page1: Item[] = [
    { t: 'title', text: 'Open Exeter', sub: 'Request to set up a Primary User - GP Practices' },
    { t: 'para', text: 'A Primary User manages Open Exeter access for colleagues in the practice (add, amend and delete users, reset passwords). Return the completed form to pcse.openexeter@nhs.net. Forms not signed at the bottom of this page cannot be processed.' },
    { t: 'section', text: 'A. Practice' },
    { t: 'field', label: 'Practice name', value: v.practice, name: 'Practice' },
    { t: 'field', label: 'Practice code', value: v.code, name: 'PracticeCode' },
    { t: 'field', label: 'Address', value: v.address, name: 'Address', lines: 2 },
    { t: 'section', text: 'B. Proposed Primary User' },
    { t: 'field', label: 'Title', value: v.title, name: 'PU_Title' },
    { t: 'field', label: 'Forename', value: v.forename, name: 'PU_Forename' },
    { t: 'field', label: 'Surname', value: v.surname, name: 'PU_Surname' },
    { t: 'field', label: 'Job title', value: v.jobTitle, name: 'PU_JobTitle' },
    { t: 'field', label: 'NHSmail address', value: v.email, name: 'PU_Email', struck: v.struckEmail },
    { t: 'field', label: 'Telephone number', value: v.phone, name: 'PU_Phone' },
    { t: 'section', text: 'C. Authorised signatory' },
    { t: 'para', text: 'To be signed by one of: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.' },
    { t: 'field', label: 'Name of signatory', value: v.signatory, name: 'Sig_Name' },
    { t: 'ticks', label: 'Capacity in which you sign (tick one)', options: OE_GP_CAP, ticked: v.capacity, mark: v.mark, name: 'Sig_Capacity' },
    ...(v.sigPosition !== undefined ? [{ t: 'field', label: 'Position / job title', value: v.sigPosition, name: 'Sig_Position' } as Item] : []),
    { t: 'field', label: 'Signatory email', value: v.sigEmail, name: 'Sig_Email' },
    { t: 'sig', label: 'Signature', signed: v.signed, dateLabel: 'Date', date: v.date, name: 'Sig' },
  ];
  const items: Item[] = [...page1];
  if (v.notesPage) {
    items.push({ t: 'page' }, { t: 'title', text: 'Guidance notes' },
      { t: 'para', text: '1. Each organisation should have a Primary User; we recommend two so that passwords can always be reset.\n2. The Primary User will see "Organisation Maintenance" under Application once set up.\n3. If no signatory listed in section C is available, request a new Caldicott Guardian first.\n4. PCSE validates the signatory before the Primary User is created.\n5. Keep a copy of this form for your records.' },
      { t: 'gap', h: 30 }, { t: 'section', text: 'For PCSE use only' },
      { t: 'field', label: 'Received', value: '' }, { t: 'field', label: 'Signatory validated by', value: '' }, { t: 'field', label: 'Created on Open Exeter', value: '' });
  }
  if (v.blankCopy) {
    items.push({ t: 'page' }, ...page1.map((it): Item => it.t === 'field' ? { ...it, value: '', struck: undefined } : it.t === 'ticks' ? { ...it, ticked: [] } : it.t === 'sig' ? { ...it, signed: false, date: '' } : it));
  }
  return { footer: 'Open Exeter Primary User request (GP) - OE-PU-GP 04/2024', items };
}

export interface OeOtherV {
  old?: boolean;
  orgType: string[]; orgName: string; code: string; address: string;
  nominee: string; jobTitle: string; email: string; phone: string;
  signatory: string; capacity: string[]; mark: Mark; sigEmail: string; sigPosition: string; signed: boolean; date: string;
}

export function oeOtherForm(v: OeOtherV): Form {
  return {
    footer: v.old ? 'OE Primary Contact form (non-GP) issue 2 - 2021' : 'Open Exeter Primary User request (other organisations) - OE-PU-OTH 04/2024',
    items: [
      { t: 'title', text: 'Open Exeter', sub: v.old ? 'Application for a Primary Contact (organisations other than GP practices)' : 'Request to set up a Primary User - Other organisations' },
      { t: 'para', text: 'For pharmacies, dental and optical practices, trusts and other organisations using Open Exeter. Must be signed at the bottom of page 1 by a Caldicott Guardian, a member of the Board of Directors or an existing Primary User of the organisation.' },
      { t: 'section', text: v.old ? '1. Organisation' : 'A. Organisation' },
      { t: 'ticks', label: 'Type of organisation', options: ['Pharmacy', 'Dental practice', 'Optical / ophthalmic practice', 'NHS trust', 'Other'], ticked: v.orgType, mark: v.mark, name: 'OrgType' },
      { t: 'field', label: 'Organisation name', value: v.orgName, name: 'OrgName' },
      { t: 'field', label: v.old ? 'Organisation / practice code' : 'ODS code', value: v.code, name: 'OrgCode' },
      { t: 'field', label: 'Address', value: v.address, name: 'OrgAddress', lines: 2 },
      { t: 'section', text: v.old ? '2. Primary Contact' : 'B. Proposed Primary User' },
      { t: 'field', label: 'Full name', value: v.nominee, name: 'PU_Name' },
      { t: 'field', label: 'Job title', value: v.jobTitle, name: 'PU_Job' },
      { t: 'field', label: v.old ? 'E-mail address' : 'Email address', value: v.email, name: 'PU_Email' },
      { t: 'field', label: 'Telephone', value: v.phone, name: 'PU_Tel' },
      { t: 'section', text: v.old ? '3. Authorisation' : 'C. Authorised signatory' },
      { t: 'field', label: 'Name', value: v.signatory, name: 'AS_Name' },
      { t: 'field', label: 'Position', value: v.sigPosition, name: 'AS_Position' },
      { t: 'ticks', label: 'Signing as', options: ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'], ticked: v.capacity, mark: v.mark, name: 'AS_Capacity' },
      { t: 'field', label: 'Email', value: v.sigEmail, name: 'AS_Email' },
      { t: 'sig', label: 'Signature', signed: v.signed, dateLabel: 'Date', date: v.date, name: 'AS_Sig' },
    ],
  };
}

export interface OptoV { orgType: string[]; name: string; code: string; address: string; nominee: string; email: string; phone: string; roles: string[]; holder: string; holderEmail: string; date: string }

export function optoForm(v: OptoV): Form {
  return {
    footer: 'Ophthalmic user administrator nomination - practice copy',
    items: [
      { t: 'title', text: 'Nomination of a User Administrator', sub: 'PCSE Online - Ophthalmic Payments / Performers List' },
      { t: 'para', text: 'The contract holder nominates up to four User Administrators. The nominee will receive an email from PCSE with next steps.' },
      { t: 'section', text: 'Practice' },
      { t: 'ticks', label: 'Organisation type', options: ['GP practice', 'Dental practice', 'Ophthalmic practice', 'Pharmacy'], ticked: v.orgType, mark: 'X', name: 'OrgType' },
      { t: 'field', label: 'Practice name', value: v.name },
      { t: 'field', label: 'ODS code', value: v.code },
      { t: 'field', label: 'Address', value: v.address, lines: 2 },
      { t: 'section', text: 'Nominee' },
      { t: 'field', label: 'Name', value: v.nominee },
      { t: 'field', label: 'Email', value: v.email },
      { t: 'field', label: 'Phone', value: v.phone },
      { t: 'ticks', label: 'Role(s) requested', options: ['OPTO Organisation User Administration', 'PL Organisation User Administration'], ticked: v.roles, mark: 'X', name: 'Roles' },
      { t: 'section', text: 'Contract holder' },
      { t: 'field', label: 'Contract holder name', value: v.holder },
      { t: 'field', label: 'Contract holder email', value: v.holderEmail },
      { t: 'sig', label: 'Signature', signed: true, dateLabel: 'Date', date: v.date },
    ],
  };
}

export interface PcnV { pcn: string; code: string; nominee: string; job: string; email: string; approver: string; approverJob: string; icb: string; approverEmail: string; date: string }

export function pcnForm(v: PcnV): Form {
  return {
    footer: 'PCN User Administrator request - to be approved by an ICB approver on the NHSE Authorised Email List (AEL)',
    items: [
      { t: 'title', text: 'PCN User Administrator Request', sub: 'PCSE Online access for a Primary Care Network' },
      { t: 'section', text: '1. PCN' },
      { t: 'field', label: 'PCN name', value: v.pcn },
      { t: 'field', label: 'PCN ODS code', value: v.code },
      { t: 'section', text: '2. Person to be PCN user admin' },
      { t: 'field', label: 'Name', value: v.nominee },
      { t: 'field', label: 'Job title', value: v.job },
      { t: 'field', label: 'Email', value: v.email },
      { t: 'section', text: '3. ICB approval' },
      { t: 'para', text: 'The approver must be a member of the ICB listed as an approver on the NHSE Authorised Email List.' },
      { t: 'field', label: 'Approver name', value: v.approver },
      { t: 'field', label: 'Job title', value: v.approverJob },
      { t: 'field', label: 'ICB', value: v.icb },
      { t: 'field', label: 'Approver email', value: v.approverEmail },
      { t: 'sig', label: 'Signature', signed: true, dateLabel: 'Date', date: v.date },
    ],
  };
}

export interface BranchV {
  mainName: string; mainCode: string; contact: string; contactEmail: string; mainAddress: string; mainPhone: string;
  branchTitle: string; branchContact: string; branchEmail: string; branchCode: string; branchName: string; branchAddress: string; branchPhone: string;
  date: string;
}

export function branchForm(v: BranchV): Form {
  return {
    header: 'FAX / SCAN TO EMAIL',
    footer: 'Branch set-up request - prepared by the practice from the PCSE help page',
    items: [
      { t: 'title', text: 'REQUEST: PCSE ONLINE ACCESS FOR A BRANCH SURGERY' },
      { t: 'para', text: 'To: PCSE Data Manager (pcse.datamanager@nhs.net). We would like to set up access to PCSE Online for our branch practice.' },
      { t: 'section', text: 'MAIN PRACTICE' },
      { t: 'field', label: 'Name of main practice', value: v.mainName },
      { t: 'field', label: 'Organisation type', value: 'GP' },
      { t: 'field', label: 'Main practice ODS code', value: v.mainCode },
      { t: 'field', label: 'Main contact held by PCSE', value: v.contact },
      { t: 'field', label: 'Main contact email', value: v.contactEmail },
      { t: 'field', label: 'Address', value: v.mainAddress, lines: 3 },
      { t: 'field', label: 'Telephone', value: v.mainPhone },
      { t: 'section', text: 'BRANCH PRACTICE' },
      { t: 'field', label: 'Main contact for branch (incl. title)', value: `${v.branchTitle} ${v.branchContact}` },
      { t: 'field', label: 'Branch main contact email', value: v.branchEmail },
      { t: 'field', label: 'Branch ODS code', value: v.branchCode },
      { t: 'field', label: 'Branch name', value: v.branchName },
      { t: 'field', label: 'Branch address', value: v.branchAddress, lines: 3 },
      { t: 'field', label: 'Branch telephone', value: v.branchPhone },
      { t: 'sig', label: 'Signed (main contact)', signed: true, dateLabel: 'Date', date: v.date },
    ],
  };
}

export interface EmailChangeV { name: string; code: string; current: string; next: string; contact: string; date: string }

export function emailChangeForm(v: EmailChangeV): Form {
  return {
    footer: 'Practice details change notification - internal template',
    items: [
      { t: 'title', text: 'Notification of change of practice details' },
      { t: 'para', text: 'Please update your records with the details below.' },
      { t: 'section', text: 'Practice' },
      { t: 'field', label: 'Practice name', value: v.name },
      { t: 'field', label: 'Practice code', value: v.code },
      { t: 'section', text: 'Change' },
      { t: 'ticks', label: 'Detail changing', options: ['Practice email address', 'Telephone', 'Address', 'Opening hours'], ticked: ['Practice email address'], mark: 'check', name: 'Change' },
      { t: 'field', label: 'Current practice email', value: v.current },
      { t: 'field', label: 'New practice email', value: v.next },
      { t: 'field', label: 'Telephone', value: 'N/A' },
      { t: 'field', label: 'Address', value: '-' },
      { t: 'field', label: 'Completed by', value: v.contact },
      { t: 'sig', label: 'Signature', signed: true, dateLabel: 'Date', date: v.date },
    ],
  };
}
