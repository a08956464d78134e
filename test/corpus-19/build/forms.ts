// The filled forms attached in corpus 19 (writer O): ten PDFs, three of them image-only scans.
import {
  acroForm, flatBelowLabel, type FormDoc, GPP_CERT_NOTE, GPP_INTRO, GPP_TITLE, imagePdf, OE_GP_CAPACITY, OE_GP_INTRO,
  OE_GP_TITLE, OE_OTHER_CAPACITY, OE_OTHER_INTRO, OE_OTHER_TITLE, OE_PAGE2, type Row, twoColumnTable,
} from './pdfs.js';
import { scanPage, scanTextPage } from './scans.js';

interface GppData {
  practice: string;
  ods: string;
  uaName: string;
  uaRole: string;
  uaEmail: string;
  uaTel: string;
  apName: string;
  apPosition: string;
  apEmail: string;
  apSig: string;
  apDate: string;
  names?: string[];
}

function gppDoc(d: GppData, meta: FormDoc['meta']): FormDoc {
  const n = d.names ?? [];
  const f = (i: number, label: string, value: string): Row => ({ t: 'field', label, value, name: n[i] });
  return {
    title: GPP_TITLE,
    intro: GPP_INTRO,
    sections: [
      {
        heading: 'Part 1 - Practice and User Administrator details',
        rows: [f(0, 'Practice name', d.practice), f(1, 'Practice ODS code', d.ods), f(2, 'User Administrator full name', d.uaName), f(3, 'Job title', d.uaRole), f(4, 'Email address (NHSmail preferred)', d.uaEmail), f(5, 'Contact telephone', d.uaTel)],
      },
      {
        heading: 'Part 2 - Certification by an organisation approver',
        rows: [
          { t: 'note', text: GPP_CERT_NOTE },
          f(6, 'Approver full name', d.apName), f(7, 'Position in the organisation', d.apPosition), f(8, 'Approver email address', d.apEmail),
          { t: 'sig', label: 'Signature', value: d.apSig, name: n[9] }, f(10, 'Date', d.apDate),
        ],
      },
    ],
    footer: 'PCSE Online - GPP Practice User Administrator Certification Form (v3.2)',
    meta,
  };
}

interface OeGpData {
  practice: string;
  ods: string;
  address: string;
  puTitle: string;
  puForename: string;
  puSurname: string;
  puJob: string;
  puEmail: string;
  puTel: string;
  sgName: string;
  sgJob: string;
  sgCapacity: number | null;
  sgEmail: string;
  sgSig: string;
  sgDate: string;
  names?: string[];
  capNames?: string[];
}

function oeGpDoc(d: OeGpData, meta: FormDoc['meta']): FormDoc {
  const n = d.names ?? [];
  const f = (i: number, label: string, value: string): Row => ({ t: 'field', label, value, name: n[i] });
  return {
    title: OE_GP_TITLE,
    intro: OE_GP_INTRO,
    sections: [
      { heading: 'Section A - GP practice', rows: [f(0, 'Practice name', d.practice), f(1, 'Practice code (ODS)', d.ods), f(2, 'Practice address', d.address)] },
      {
        heading: 'Section B - Person to be set up as Primary User',
        rows: [f(3, 'Title', d.puTitle), f(4, 'Forename', d.puForename), f(5, 'Surname', d.puSurname), f(6, 'Job title', d.puJob), f(7, 'NHSmail address', d.puEmail), f(8, 'Telephone', d.puTel)],
      },
      {
        heading: 'Section C - Authorised signatory (sign at the bottom of page 1)',
        rows: [
          f(9, 'Signatory name', d.sgName), f(10, 'Signatory job title', d.sgJob),
          { t: 'choice', label: 'Capacity in which you sign (tick one)', options: OE_GP_CAPACITY, selected: d.sgCapacity, names: d.capNames },
          f(11, 'Signatory email', d.sgEmail), { t: 'sig', label: 'Signature', value: d.sgSig, name: n[12] }, f(13, 'Date', d.sgDate),
        ],
      },
    ],
    footer: 'Open Exeter Primary User request (GP practices) - page 1 of 2',
    page2: OE_PAGE2,
    meta,
  };
}

interface OeOtherData {
  org: string;
  code: string;
  service: string;
  address: string;
  puName: string;
  puJob: string;
  puEmail: string;
  puTel: string;
  sgName: string;
  sgJob: string;
  sgCapacity: number | null;
  sgEmail: string;
  sgSig: string;
  sgDate: string;
  names?: string[];
  capNames?: string[];
}

function oeOtherDoc(d: OeOtherData, meta: FormDoc['meta']): FormDoc {
  const n = d.names ?? [];
  const f = (i: number, label: string, value: string): Row => ({ t: 'field', label, value, name: n[i] });
  return {
    title: OE_OTHER_TITLE,
    intro: OE_OTHER_INTRO,
    sections: [
      { heading: 'Section 1 - Organisation', rows: [f(0, 'Organisation name', d.org), f(1, 'Organisation code (if known)', d.code), f(2, 'Type of service', d.service), f(3, 'Address', d.address)] },
      { heading: 'Section 2 - Proposed Primary User', rows: [f(4, 'Full name', d.puName), f(5, 'Job title', d.puJob), f(6, 'NHSmail address', d.puEmail), f(7, 'Telephone', d.puTel)] },
      {
        heading: 'Section 3 - Authorised signatory',
        rows: [
          f(8, 'Name', d.sgName), f(9, 'Job title', d.sgJob),
          { t: 'choice', label: 'I sign as (tick one)', options: OE_OTHER_CAPACITY, selected: d.sgCapacity, names: d.capNames },
          f(10, 'Email', d.sgEmail), { t: 'sig', label: 'Signature', value: d.sgSig, name: n[11] }, f(12, 'Date', d.sgDate),
        ],
      },
    ],
    footer: 'Open Exeter Primary User request (other organisations) - page 1 of 2',
    page2: OE_PAGE2,
    meta,
  };
}

const word = (title: string, author: string, date: string): FormDoc['meta'] => ({ title, author, creator: 'Microsoft(R) Word for Microsoft 365', producer: 'Microsoft(R) Word for Microsoft 365', date });
const acro = (title: string, author: string, date: string): FormDoc['meta'] => ({ title, author, creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date });
const scanner = (title: string, date: string, model: string): FormDoc['meta'] => ({ title, author: '', creator: model, producer: model, date });

// ---------------------------------------------------------------------------------------------------------------

/** P01: GPP certification, fillable, field names of this writer's own. */
export const gppHarbourside = (): Promise<Buffer> => acroForm(gppDoc({
  practice: 'Harbourside Medical Practice', ods: 'L83061', uaName: 'Bethany Coles', uaRole: 'Operations Manager', uaEmail: 'bethany.coles1@nhs.net', uaTel: '01752 418 300',
  apName: 'Dr Anjali Mehta', apPosition: 'GP Partner', apEmail: 'anjali.mehta3@nhs.net', apSig: 'Anjali Mehta', apDate: '02/11/2026',
  names: ['p1_practice_name', 'p1_ods_code', 'p1_ua_name', 'p1_ua_role', 'p1_ua_email', 'p1_ua_tel', 'p2_approver_name', 'p2_approver_position', 'p2_approver_email', 'p2_signature', 'p2_date'],
}, acro('GPP Practice User Administrator Certification', 'PCSE', '2026-11-02T10:14:00Z')));

/** P02: GPP certification, flat text, value under its label (a Word export). */
export const gppCastleStreet = (): Promise<Buffer> => flatBelowLabel(gppDoc({
  practice: 'Castle Street Surgery', ods: 'M85711', uaName: 'Rachel Dunmore', uaRole: 'Practice Manager', uaEmail: 'rachel.dunmore@nhs.net', uaTel: '0121 496 0732',
  apName: 'Dr Peter Akinola', apPosition: 'GP Partner', apEmail: 'p.akinola@nhs.net', apSig: 'P. Akinola', apDate: '05/11/2026',
}, word('GPP UA certification - Castle Street', 'Peter Akinola', '2026-11-05T11:40:00Z')), 'times');

/** P03: GPP certification, fillable with Acrobat's default names, Part 2 left blank. */
export const gppMeadowbank = (): Promise<Buffer> => acroForm(gppDoc({
  practice: 'Meadowbank Surgery', ods: 'C82044', uaName: 'Lauren Fitzgerald', uaRole: 'Assistant Practice Manager', uaEmail: 'lauren.fitzgerald2@nhs.net', uaTel: '01482 335 210',
  apName: '', apPosition: '', apEmail: '', apSig: '', apDate: '',
  names: ['Text1', 'Text2', 'Text3', 'Text4', 'Text5', 'Text6', 'Text7', 'Text8', 'Text9', 'Signature1', 'Text10'],
}, acro('', 'OBrandt', '2026-11-06T15:02:00Z')));

/** P04: GPP certification printed, signed, scanned upside down. */
export async function gppFernhillScan(): Promise<Buffer> {
  const doc = gppDoc({
    practice: 'Fernhill Surgery', ods: 'N81093', uaName: 'Gareth Pryce', uaRole: 'Finance Lead', uaEmail: 'gareth.pryce@nhs.net', uaTel: '01244 380 561',
    apName: 'Dr Helen Osei', apPosition: 'Managing Partner', apEmail: 'helen.osei@nhs.net', apSig: 'H Osei', apDate: '09/11/2026',
  }, word('', '', '2026-11-09T00:00:00Z'));
  return imagePdf([scanPage(doc, 'upside_down', 1904)], scanner('Scan_20261110_093412', '2026-11-10T09:34:12Z', 'Canon iR-ADV C5840'));
}

/** O01: Open Exeter Primary User (GP), flat text, value under its label. */
export const oeTrelawny = (): Promise<Buffer> => flatBelowLabel(oeGpDoc({
  practice: 'Trelawny Health Centre', ods: 'L82019', address: 'Chapel Street, Liskeard, PL14 3AR',
  puTitle: 'Mrs', puForename: 'Kerry', puSurname: 'Penhaligon', puJob: 'Practice Manager', puEmail: 'kerry.penhaligon@nhs.net', puTel: '01579 342 660',
  sgName: 'Dr Simon Trevithick', sgJob: 'Senior Partner', sgCapacity: 0, sgEmail: 'simon.trevithick@nhs.net', sgSig: 'S. Trevithick', sgDate: '11/11/2026',
}, word('Open Exeter Primary User Request - GP', 'Callum Rees', '2026-11-11T12:20:00Z')));

/** O02: Open Exeter Primary User (GP), two-column table. */
export const oeNorthfield = (): Promise<Buffer> => twoColumnTable(oeGpDoc({
  practice: 'Northfield Road Surgery', ods: 'M87024', address: '211 Northfield Road, Birmingham, B30 1EA',
  puTitle: 'Mr', puForename: 'Adeel', puSurname: 'Rashid', puJob: 'IT & Data Lead', puEmail: 'adeel.rashid@nhs.net', puTel: '0121 459 2207',
  sgName: 'Dr Catherine Moyo', sgJob: 'Salaried GP', sgCapacity: 2, sgEmail: 'catherine.moyo@nhs.net', sgSig: 'C Moyo', sgDate: '12 Nov 2026',
}, word('OE Primary User form - Northfield Road', 'Adeel Rashid', '2026-11-12T09:05:00Z')));

/** O03: Open Exeter Primary User (GP), faxed: faded, low contrast, fax resolution. */
export async function oeAbbeyMeadFax(): Promise<Buffer> {
  const doc = oeGpDoc({
    practice: 'Abbey Mead Surgery', ods: 'J81045', address: 'Abbey Road, Tiverton, EX16 6NP',
    puTitle: 'Miss', puForename: 'Tasha', puSurname: 'Greenwood', puJob: 'Senior Receptionist', puEmail: 'tasha.greenwood@nhs.net', puTel: '01884 252 337',
    sgName: 'Dr Robert Llewellyn', sgJob: 'Partner', sgCapacity: 1, sgEmail: 'robert.llewellyn@nhs.net', sgSig: 'R Llewellyn', sgDate: '13/11/2026',
  }, word('', '', '2026-11-13T00:00:00Z'));
  const header = 'NOV-13-2026 14:52  FROM: ABBEY MEAD SURGERY 01884 252300  P.001/002';
  return imagePdf([
    scanPage(doc, 'fax', 3107, header),
    scanTextPage(OE_PAGE2.heading, OE_PAGE2.paras, OE_PAGE2.footer, 'fax', 3108),
  ], scanner('fax_20261113_1452', '2026-11-13T14:53:00Z', 'RightFax 21.2 Fax-to-Email'));
}

/** O04: Open Exeter Primary User (GP), fillable, signed by the practice manager with no capacity ticked. */
export const oeIvyLane = (): Promise<Buffer> => acroForm(oeGpDoc({
  practice: 'Ivy Lane Surgery', ods: 'B83027', address: '2 Ivy Lane, Bradford, BD9 4PX',
  puTitle: 'Mr', puForename: 'Craig', puSurname: 'Sutherland', puJob: 'Deputy Practice Manager', puEmail: 'craig.sutherland@nhs.net', puTel: '01274 541 093',
  sgName: 'Joanne Pickering', sgJob: 'Practice Manager', sgCapacity: null, sgEmail: 'joanne.pickering@nhs.net', sgSig: 'Joanne Pickering', sgDate: '16/11/2026',
  names: ['OE_Practice', 'OE_Code', 'OE_Address', 'PU_Title', 'PU_Forename', 'PU_Surname', 'PU_JobTitle', 'PU_Email', 'PU_Phone', 'SIG_Name', 'SIG_JobTitle', 'SIG_Email', 'SIG_Signature', 'SIG_Date'],
  capNames: ['CAP_LeadGP', 'CAP_Partner', 'CAP_Caldicott', 'CAP_PrimaryContact', 'CAP_Board'],
}, acro('Open Exeter Primary User Request (GP)', 'Meridian Practice IT', '2026-11-16T10:30:00Z')));

/** O05: Open Exeter Primary User (other organisations), fillable, names with spaces. */
export const oeWessexHub = (): Promise<Buffer> => acroForm(oeOtherDoc({
  org: 'Wessex Vale GP Federation - Enhanced Access Hub', code: '', service: 'GP federation enhanced access hub', address: 'Unit 3, Andover Business Park, Andover, SP10 3FG',
  puName: 'Sophie Marchetti', puJob: 'Hub Operations Lead', puEmail: 'sophie.marchetti@nhs.net', puTel: '01264 772 019',
  sgName: 'Anthony Okafor-Reid', sgJob: 'Director of Operations', sgCapacity: 1, sgEmail: 'anthony.okafor-reid@nhs.net', sgSig: 'A. Okafor-Reid', sgDate: '17/11/2026',
  names: ['Organisation Name', 'Organisation Code', 'Service Type', 'Organisation Address', 'Primary User Name', 'Primary User Job Title', 'Primary User Email', 'Primary User Tel', 'Signatory Name', 'Signatory Job Title', 'Signatory Email', 'Signature', 'Date Signed'],
  capNames: ['Capacity Caldicott', 'Capacity Board', 'Capacity Existing PU'],
}, acro('OE Primary User - other organisations', 'Ben Hollis', '2026-11-17T13:45:00Z')));

/** O06: Open Exeter Primary User (other organisations), filled by hand, scanned with skew. */
export async function oeSexualHealthScan(): Promise<Buffer> {
  const doc = oeOtherDoc({
    org: 'South Hams Sexual Health Service', code: 'RK950', service: 'Community sexual health clinic', address: 'Totnes Community Hospital, Coronation Road, Totnes, TQ9 5GH',
    puName: 'Chloe Vance', puJob: 'Clinic Coordinator', puEmail: 'chloe.vance1@nhs.net', puTel: '01803 862 615',
    sgName: 'Bridget Halloran', sgJob: 'Lead Nurse', sgCapacity: 2, sgEmail: 'bridget.halloran@nhs.net', sgSig: 'B Halloran', sgDate: '18/11/2026',
  }, word('', '', '2026-11-18T00:00:00Z'));
  return imagePdf([scanPage(doc, 'hand_skew', 5521)], scanner('SCAN0042', '2026-11-18T16:10:00Z', 'HP LaserJet MFP M430 Scan'));
}
