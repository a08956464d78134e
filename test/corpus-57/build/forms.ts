// The forms attached in corpus-57 (writer BA): fillable, flat text and image-only scans.
import { formPdf, Scan, scanPdf } from './lib.js';

export interface GppCert {
  practice: string; code: string; nominee: string; nomineeRole: string; nomineeEmail: string; nomineePhone: string;
  approver: string; approverRole: string; approverEmail: string; date: string;
}

const GPP_INTRO = 'Certification of a GPP Practice User Administrator. Part A: the person to be given the GPP Practice User Administrator role. Part B: to be signed by one of the organisation\'s approvers. A practice may hold up to four GPP Practice User Administrators.';

function gppSections(v: GppCert) {
  return [
    { heading: 'Organisation', rows: [{ label: 'Practice name', value: v.practice, field: 'PracticeName' }, { label: 'Practice ODS code', value: v.code, field: 'ODSCode' }] },
    { heading: 'Part A  Nominated GPP Practice User Administrator', rows: [
      { label: 'Full name', value: v.nominee, field: 'NomineeName' }, { label: 'Job title', value: v.nomineeRole, field: 'NomineeJobTitle' },
      { label: 'Email address', value: v.nomineeEmail, field: 'NomineeEmail' }, { label: 'Telephone', value: v.nomineePhone, field: 'NomineePhone' }] },
    { heading: 'Part B  Approver', rows: [
      { label: 'Approver name', value: v.approver, field: 'ApproverName' }, { label: 'Approver role', value: v.approverRole, field: 'ApproverRole' },
      { label: 'Approver email', value: v.approverEmail, field: 'ApproverEmail' }, { label: 'Date', value: v.date, field: 'Date' }] },
  ];
}

export const gppCertAcro = (v: GppCert) => formPdf({ title: 'GPP Practice User Administrator certification', intro: GPP_INTRO, sections: gppSections(v), fillable: true, signature: { label: 'Approver signature', signed: true, key: v.approver } });
export const gppCertFlat = (v: GppCert) => formPdf({ title: 'GPP Practice User Administrator certification', intro: GPP_INTRO, sections: gppSections(v), fillable: false, signature: { label: 'Approver signature', signed: true, key: v.approver } });

export async function gppCertScan(v: GppCert): Promise<Uint8Array> {
  const s = new Scan(`gpp:${v.code}`);
  s.print('Primary Care Support England', 15, 16, 11, true);
  s.print('GPP Practice User Administrator certification', 15, 28, 15, true);
  s.print('Please type or write clearly. Part B must be signed by one of the organisation\'s approvers.', 15, 36, 9);
  let y = s.heading('Organisation', 42);
  y = s.rows([['Practice name', v.practice], ['Practice ODS code', v.code]], y, 'typed') + 5;
  y = s.heading('Part A  Nominated GPP Practice User Administrator', y);
  y = s.rows([['Full name', v.nominee], ['Job title', v.nomineeRole], ['Email address', v.nomineeEmail], ['Telephone', v.nomineePhone]], y, 'typed') + 5;
  y = s.heading('Part B  Approver', y);
  y = s.rows([['Approver name', v.approver], ['Approver role', v.approverRole], ['Approver email', v.approverEmail], ['Date', v.date]], y, 'typed') + 5;
  s.print('Approver signature', 17, y + 8, 9.5);
  s.box(75, y, 90, 22);
  s.signature(v.approver, 80, y + 2, 75, 16);
  return scanPdf([s.jpeg(0.9)], 'Scan_0047');
}

export interface OeGp {
  practice: string; code: string; address: string; phone: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string;
  capacity: string; sigName: string; sigEmail: string; date: string; signed: boolean;
}

const CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

export async function oeGpScan(v: OeGp, fill: 'hand' | 'typed', angle: number): Promise<Uint8Array> {
  const s = new Scan(`oe:${v.code}:${v.surname}`);
  s.print('Primary Care Support England', 15, 16, 11, true);
  s.print('Open Exeter: request for a Primary User (GP practices)', 15, 28, 14, true);
  s.print('Must be signed at the bottom of page 1 by an authorised signatory. BLOCK CAPITALS please.', 15, 36, 9);
  let y = s.heading('Section 1  Practice', 42);
  y = s.rows([['Practice name', v.practice], ['Practice code', v.code], ['Address', v.address], ['Telephone', v.phone]], y, fill) + 5;
  y = s.heading('Section 2  Person to be Primary User', y);
  y = s.rows([['Title', v.title], ['Forename', v.forename], ['Surname', v.surname], ['Job title', v.jobTitle], ['NHSmail address', v.email]], y, fill) + 5;
  y = s.heading('Section 3  Authorised signatory (tick one)', y);
  y += 4;
  CAPACITIES.forEach((c, i) => {
    const cx = 17 + (i % 3) * 60;
    const cy = y + Math.floor(i / 3) * 9;
    s.box(cx, cy, 5, 5);
    s.print(c, cx + 7, cy + 4.3, 9.5);
    if (c === v.capacity) s.tick(cx + 0.5, cy + 0.3);
  });
  y += 22;
  y = s.rows([['Name of signatory', v.sigName], ['Email', v.sigEmail], ['Date', v.date]], y, fill) + 4;
  s.print('Signature', 17, y + 8, 9.5);
  s.box(75, y, 90, 22);
  if (v.signed) s.signature(v.sigName, 80, y + 2, 75, 16);
  return scanPdf([s.jpeg(angle)], 'Scanned document');
}

export const oeGpFlat = (v: OeGp) => formPdf({
  title: 'Open Exeter: request for a Primary User (GP practices)',
  intro: 'The Primary User manages Open Exeter access for the practice (Organisation Maintenance). This form must be signed at the bottom of page 1 by an authorised signatory: Lead GP, GP Partner, Caldicott Guardian, existing Primary Contact or a member of the Board of Directors.',
  fillable: false,
  sections: [
    { heading: 'Section 1  Practice', rows: [{ label: 'Practice name', value: v.practice }, { label: 'Practice code', value: v.code }, { label: 'Address', value: v.address }, { label: 'Telephone', value: v.phone }] },
    { heading: 'Section 2  Person to be Primary User', rows: [{ label: 'Title', value: v.title }, { label: 'Forename', value: v.forename }, { label: 'Surname', value: v.surname }, { label: 'Job title', value: v.jobTitle }, { label: 'NHSmail address', value: v.email }] },
    { heading: 'Section 3  Authorised signatory', rows: [{ label: 'Capacity', value: v.capacity }, { label: 'Name of signatory', value: v.sigName }, { label: 'Email', value: v.sigEmail }, { label: 'Date', value: v.date }] },
  ],
  signature: { label: 'Signature', signed: v.signed, key: v.sigName },
});

export const oeOtherAcro = (v: { org: string; code: string; orgType: string; forename: string; surname: string; jobTitle: string; email: string; capacity: string; sigName: string; sigEmail: string; date: string }) => formPdf({
  title: 'Open Exeter: request for a Primary User (other organisations)',
  intro: 'For organisations other than GP practices. To be signed by the Caldicott Guardian, a member of the Board of Directors or an existing Primary User.',
  fillable: true,
  sections: [
    { heading: 'Organisation', rows: [{ label: 'Organisation name', value: v.org, field: 'OrgName' }, { label: 'Organisation code', value: v.code, field: 'OrgCode' }, { label: 'Organisation type', value: v.orgType, field: 'OrgType' }] },
    { heading: 'Proposed Primary User', rows: [{ label: 'Forename', value: v.forename, field: 'PU_Forename' }, { label: 'Surname', value: v.surname, field: 'PU_Surname' }, { label: 'Job title', value: v.jobTitle, field: 'PU_JobTitle' }, { label: 'Email', value: v.email, field: 'PU_Email' }] },
    { heading: 'Authorised signatory', rows: [{ label: 'Capacity', value: v.capacity, field: 'Sig_Capacity' }, { label: 'Name', value: v.sigName, field: 'Sig_Name' }, { label: 'Email', value: v.sigEmail, field: 'Sig_Email' }, { label: 'Date', value: v.date, field: 'Sig_Date' }] },
  ],
  signature: { label: 'Signature', signed: true, key: v.sigName },
});

export const extensionFlat = (v: { exCode: string; exName: string; mc: string; mcEmail: string; exAddress: string; exPhone: string; newCode: string; newName: string; newAddress: string; note: string }) => formPdf({
  title: 'Extend an existing Main Contact to a new practice',
  intro: 'Please complete both parts. PCSE will telephone the new practice to verify the request before the Main Contact is added.',
  fillable: false,
  sections: [
    { heading: 'Existing practice', rows: [{ label: 'ODS code', value: v.exCode }, { label: 'Practice name', value: v.exName }, { label: 'Main contact name', value: v.mc }, { label: 'Main contact email', value: v.mcEmail }, { label: 'Address', value: v.exAddress }, { label: 'Telephone', value: v.exPhone }] },
    { heading: 'New practice', rows: [{ label: 'ODS code', value: v.newCode }, { label: 'Practice name', value: v.newName }, { label: 'Address', value: v.newAddress }] },
  ],
  footer: v.note,
});

export const branchAcro = (v: { mainCode: string; mainName: string; mainMc: string; mainMcEmail: string; mainAddress: string; mainPhone: string; brCode: string; brName: string; brAddress: string; brPhone: string; brTitle: string; brMc: string; brMcEmail: string }) => formPdf({
  title: 'GP branch set-up request',
  intro: 'Branch ODS codes are the main site code followed by three digits. PCSE will telephone the practice to verify.',
  fillable: true,
  sections: [
    { heading: 'Main practice', rows: [{ label: 'ODS code', value: v.mainCode, field: 'Main.ODS' }, { label: 'Practice name', value: v.mainName, field: 'Main.Name' }, { label: 'Main contact', value: v.mainMc, field: 'Main.Contact' }, { label: 'Main contact email', value: v.mainMcEmail, field: 'Main.ContactEmail' }, { label: 'Address', value: v.mainAddress, field: 'Main.Address' }, { label: 'Telephone', value: v.mainPhone, field: 'Main.Phone' }] },
    { heading: 'Branch', rows: [{ label: 'Branch ODS code', value: v.brCode, field: 'Branch.ODS' }, { label: 'Branch name', value: v.brName, field: 'Branch.Name' }, { label: 'Address', value: v.brAddress, field: 'Branch.Address' }, { label: 'Telephone', value: v.brPhone, field: 'Branch.Phone' }, { label: 'Main contact title', value: v.brTitle, field: 'Branch.ContactTitle' }, { label: 'Main contact name', value: v.brMc, field: 'Branch.Contact' }, { label: 'Main contact email', value: v.brMcEmail, field: 'Branch.ContactEmail' }] },
  ],
});
