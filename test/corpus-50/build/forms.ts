// Form layouts (writer AT's own designs): the GPP Practice User Administrator certification form, the Open Exeter
// Primary User request forms (GP practices and other organisations), and an ODS new-organisation report.
import type { Item } from './pdfs.js';

const LABEL_X = 56;
const FIELD_X = 236;
const FIELD_W = 303;
const ROW = 26;

function rows(start: number, list: [label: string, name: string, value: string][], size?: number): { items: Item[]; end: number } {
  const items: Item[] = [];
  let y = start;
  for (const [label, name, value] of list) {
    items.push({ t: 'text', x: LABEL_X, y: y + 13, size: 9.5, text: label });
    items.push({ t: 'field', name, x: FIELD_X, y, w: FIELD_W, h: 18, value, size });
    y += ROW;
  }
  return { items, end: y };
}

export interface GppValues {
  practiceName: string; odsCode: string; address: string;
  nomineeName: string; jobTitle: string; nomineeEmail: string; phone: string;
  approverName: string; approverRole: string; approverEmail: string;
  signed: boolean; sigTyped?: string; date: string;
}

export function gppForm(v: GppValues, size?: number): Item[] {
  const items: Item[] = [
    { t: 'text', x: 50, y: 62, size: 15, text: 'GP Payments and Pensions (GPP)', bold: true },
    { t: 'text', x: 50, y: 82, size: 13, text: 'Practice User Administrator Certification Form', bold: true },
    { t: 'text', x: 50, y: 104, size: 8.5, text: 'Use this form to nominate a GPP Practice User Administrator where your practice has no user administrator in place.' },
    { t: 'text', x: 50, y: 116, size: 8.5, text: 'Complete both parts. Part B must be completed by one of your organisation\'s approvers. Return to pcse.portalenquiries@nhs.net' },
    { t: 'band', x: 50, y: 130, w: 495, h: 18, text: 'Part A \u2013 Practice and nominee details' },
  ];
  const a = rows(158, [
    ['Practice name', 'practice_name', v.practiceName],
    ['Practice ODS code', 'practice_ods', v.odsCode],
    ['Practice address', 'practice_address', v.address],
    ['Nominee full name', 'nominee_name', v.nomineeName],
    ['Nominee job title', 'nominee_job_title', v.jobTitle],
    ['Nominee email address', 'nominee_email', v.nomineeEmail],
    ['Nominee telephone', 'nominee_phone', v.phone],
  ], size);
  items.push(...a.items);
  const bY = a.end + 10;
  items.push({ t: 'band', x: 50, y: bY, w: 495, h: 18, text: 'Part B \u2013 Authorisation by an organisation approver' });
  items.push({ t: 'text', x: 56, y: bY + 34, size: 8.5, text: 'I confirm that I am an approver for the organisation named in Part A and that the nominee should be given the' });
  items.push({ t: 'text', x: 56, y: bY + 46, size: 8.5, text: 'GPP Practice User Administrator role in PCSE Online for this organisation.' });
  const b = rows(bY + 58, [
    ['Approver full name', 'approver_name', v.approverName],
    ['Approver role / position', 'approver_role', v.approverRole],
    ['Approver email address', 'approver_email', v.approverEmail],
  ], size);
  items.push(...b.items);
  items.push({ t: 'text', x: LABEL_X, y: b.end + 24, size: 9.5, text: 'Signature' });
  items.push({ t: 'sig', name: 'approver_signature', x: FIELD_X, y: b.end, w: FIELD_W, h: 40, signed: v.signed, typed: v.sigTyped });
  items.push({ t: 'text', x: LABEL_X, y: b.end + 63, size: 9.5, text: 'Date' });
  items.push({ t: 'field', name: 'approver_date', x: FIELD_X, y: b.end + 50, w: 120, h: 18, value: v.date, size });
  items.push({ t: 'line', x1: 50, y1: 790, x2: 545, y2: 790 });
  items.push({ t: 'text', x: 50, y: 802, size: 7, text: 'PCSE GPP-UA-CERT v3.2  |  Primary Care Support England is provided on behalf of NHS England' });
  return items;
}

export type OeCapacity = 'lead_gp' | 'gp_partner' | 'caldicott_guardian' | 'existing_primary_contact' | 'board_member' | 'existing_primary_user' | null;

export interface OeValues {
  orgName: string; code: string; address: string;
  nomineeName: string; jobTitle: string; email: string; phone: string;
  capacity: OeCapacity; sigName: string; sigPosition: string; sigEmail: string;
  signed: boolean; sigTyped?: string; date: string;
}

export function oeForm(kind: 'gp' | 'other', v: OeValues, size?: number): Item[][] {
  const gp = kind === 'gp';
  const items: Item[] = [
    { t: 'text', x: 50, y: 58, size: 11, text: 'Open Exeter \u2013 Cervical Screening Administration', bold: true },
    { t: 'text', x: 50, y: 80, size: 14, text: gp ? 'Request for a Primary User \u2013 GP Practices' : 'Request for a Primary User \u2013 Other Organisations', bold: true },
    { t: 'text', x: 50, y: 100, size: 8.5, text: 'Please complete all sections in BLOCK CAPITALS. The form must be signed by an authorised signatory at the bottom of' },
    { t: 'text', x: 50, y: 111, size: 8.5, text: 'this page, otherwise the request cannot be processed. Email the completed form to pcse.openexeter@nhs.net' },
    { t: 'band', x: 50, y: 124, w: 495, h: 18, text: gp ? 'Section 1 \u2013 Practice details' : 'Section 1 \u2013 Organisation details' },
  ];
  const s1 = rows(152, gp
    ? [['Practice name', 'org_name', v.orgName], ['Practice code', 'org_code', v.code], ['Practice address', 'org_address', v.address]]
    : [['Organisation name', 'org_name', v.orgName], ['Organisation code (if known)', 'org_code', v.code], ['Address', 'org_address', v.address]], size);
  items.push(...s1.items);
  items.push({ t: 'band', x: 50, y: s1.end + 8, w: 495, h: 18, text: 'Section 2 \u2013 Proposed Primary User' });
  const s2 = rows(s1.end + 36, [
    ['Full name', 'pu_name', v.nomineeName],
    ['Job title', 'pu_job_title', v.jobTitle],
    ['Email address', 'pu_email', v.email],
    ['Telephone', 'pu_phone', v.phone],
  ], size);
  items.push(...s2.items);
  const s3y = s2.end + 8;
  items.push({ t: 'band', x: 50, y: s3y, w: 495, h: 18, text: 'Section 3 \u2013 Authorised signatory' });
  items.push({ t: 'text', x: 56, y: s3y + 34, size: 9, text: 'I confirm that I am an authorised signatory for this organisation in the capacity ticked below (tick one):' });
  const caps: [OeCapacity, string][] = gp
    ? [['lead_gp', 'Lead GP'], ['gp_partner', 'GP Partner'], ['caldicott_guardian', 'Caldicott Guardian'], ['existing_primary_contact', 'Existing Primary Contact'], ['board_member', 'Member of the Board of Directors']]
    : [['caldicott_guardian', 'Caldicott Guardian'], ['board_member', 'Member of the Board of Directors'], ['existing_primary_user', 'Existing Primary User within the organisation']];
  let cy = s3y + 44;
  caps.forEach(([cap, label], i) => {
    const col = i % 2;
    const x = col === 0 ? 62 : 300;
    items.push({ t: 'check', name: `capacity_${cap}`, x, y: cy, checked: v.capacity === cap });
    items.push({ t: 'text', x: x + 16, y: cy + 9, size: 9.5, text: label });
    if (col === 1 || i === caps.length - 1) cy += 18;
  });
  const s3 = rows(cy + 8, [
    ['Signatory full name', 'sig_name', v.sigName],
    ['Signatory job title / position', 'sig_position', v.sigPosition],
    ['Signatory email address', 'sig_email', v.sigEmail],
  ], size);
  items.push(...s3.items);
  items.push({ t: 'text', x: LABEL_X, y: s3.end + 24, size: 9.5, text: 'Signature' });
  items.push({ t: 'sig', name: 'sig_signature', x: FIELD_X, y: s3.end, w: FIELD_W, h: 40, signed: v.signed, typed: v.sigTyped });
  items.push({ t: 'text', x: LABEL_X, y: s3.end + 63, size: 9.5, text: 'Date' });
  items.push({ t: 'field', name: 'sig_date', x: FIELD_X, y: s3.end + 50, w: 120, h: 18, value: v.date, size });
  items.push({ t: 'line', x1: 50, y1: 800, x2: 545, y2: 800 });
  items.push({ t: 'text', x: 50, y: 812, size: 7, text: `OE-PU-${gp ? 'GP' : 'ORG'} v4  |  Page 1 of 2` });
  const page2: Item[] = [
    { t: 'text', x: 50, y: 62, size: 12, text: 'Guidance notes', bold: true },
    { t: 'text', x: 50, y: 86, size: 9, text: 'The Primary User manages access to Open Exeter for their organisation: adding, amending and deleting users and' },
    { t: 'text', x: 50, y: 98, size: 9, text: 'resetting passwords. We recommend two Primary Users for each organisation.' },
    { t: 'text', x: 50, y: 118, size: 9, text: gp
      ? 'For GP practices the form must be signed by the Lead GP, a GP Partner, the Caldicott Guardian, the existing Primary'
      : 'For other organisations the form must be signed by the Caldicott Guardian, a member of the Board of Directors or' },
    { t: 'text', x: 50, y: 130, size: 9, text: gp ? 'Contact or a member of the Board of Directors.' : 'an existing Primary User within the organisation.' },
    { t: 'text', x: 50, y: 150, size: 9, text: 'If no signatory is available, request a new Caldicott Guardian first.' },
    { t: 'text', x: 50, y: 812, size: 7, text: `OE-PU-${gp ? 'GP' : 'ORG'} v4  |  Page 2 of 2` },
  ];
  return [items, page2];
}

/** A printed ODS "new organisation" report (monospaced, as the ODS team sends it), for a branch's code. */
export function odsReport(v: { code: string; name: string; addressLines: string[]; parent: string; parentName: string; opened: string; requested: string }): Item[] {
  const items: Item[] = [
    { t: 'text', x: 50, y: 60, size: 14, text: 'NHS England', bold: true },
    { t: 'text', x: 50, y: 78, size: 11, text: 'Organisation Data Service (ODS)' },
    { t: 'text', x: 380, y: 60, size: 9, text: `Report date: ${v.requested}` },
    { t: 'text', x: 380, y: 73, size: 9, text: 'Ref: ODS-NEW-ORG' },
    { t: 'line', x1: 50, y1: 92, x2: 545, y2: 92, width: 1.2 },
    { t: 'text', x: 50, y: 118, size: 13, text: 'NEW ORGANISATION REPORT', bold: true },
    { t: 'text', x: 50, y: 138, size: 9, text: 'The following organisation has been created in the ODS database.' },
  ];
  const kv: [string, string][] = [
    ['Organisation Code', v.code],
    ['Organisation Name', v.name],
    ...v.addressLines.map((l, i): [string, string] => [i === 0 ? 'Address' : '', l]),
    ['Primary Role', 'BRANCH SURGERY'],
    ['Parent Organisation', `${v.parent}  ${v.parentName}`],
    ['Relationship', 'IS A BRANCH OF'],
    ['Operational Open Date', v.opened],
    ['Record Class', 'SITE'],
  ];
  let y = 170;
  for (const [k, val] of kv) {
    if (k) items.push({ t: 'text', x: 56, y, size: 10, text: k, bold: true });
    items.push({ t: 'text', x: 230, y, size: 10, text: val });
    y += 20;
  }
  items.push({ t: 'line', x1: 50, y1: y + 4, x2: 545, y2: y + 4 });
  items.push({ t: 'text', x: 50, y: y + 26, size: 8.5, text: 'This report is issued only when a new ODS code is created. Please keep it for' });
  items.push({ t: 'text', x: 50, y: y + 38, size: 8.5, text: 'your records and send a copy to any organisation that asks for evidence of the' });
  items.push({ t: 'text', x: 50, y: y + 50, size: 8.5, text: 'code. Enquiries: exeter.helpdesk@nhs.net  0300 303 4034' });
  items.push({ t: 'text', x: 50, y: 812, size: 7, text: 'ODS \u2013 Organisation Data Service  |  Page 1 of 1' });
  return items;
}
