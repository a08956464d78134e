// Writer AE's form layouts, in points on an A4 page with the origin at the top left. The same layout is drawn as a
// flat text PDF, as a fillable AcroForm, or as a scanned image (pdfs.ts), so a form looks the same in every shape.

export type El =
  | { t: 'text'; x: number; y: number; s: number; str: string; bold?: boolean; italic?: boolean; grey?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number; stroke?: boolean }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w?: number }
  | { t: 'field'; name: string; x: number; y: number; w: number; h: number; value: string | null; size?: number }
  | { t: 'check'; name: string; x: number; y: number; size: number; checked: boolean }
  | { t: 'sig'; x: number; y: number; w: number; h: number; signed: boolean; seed: number };

export type Page = El[];

export const A4 = { w: 595, h: 842 };

export interface OeValues {
  form: 'gp' | 'other';
  orgName: string | null;
  orgType?: string | null; // other organisations only
  orgCode: string | null;
  orgAddress: string | null;
  orgPhone: string | null;
  nomTitle: string | null;
  nomForename: string | null;
  nomSurname: string | null;
  nomRole: string | null;
  nomEmail: string | null;
  nomPhone: string | null;
  /** index into the capacity list of the form, or null when nothing is ticked */
  capacity: number | null;
  sigName: string | null;
  sigJobTitle: string | null;
  sigEmail: string | null;
  signed: boolean;
  sigDate: string | null;
  seed: number;
  /** names the fields are given in a fillable version */
  fieldNames?: 'descriptive' | 'generic' | 'designer';
}

export const GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

function namer(style: OeValues['fieldNames']) {
  let n = 0;
  return (descriptive: string): string => {
    n += 1;
    if (style === 'generic') return `Text${n}`;
    if (style === 'designer') return `form1[0].Page1[0].${descriptive.replace(/[^A-Za-z]/g, '')}[0]`;
    return descriptive;
  };
}

function sectionBar(y: number, title: string): El[] {
  return [
    { t: 'rect', x: 40, y, w: 515, h: 17, fill: 0.82 },
    { t: 'text', x: 46, y: y + 12, s: 10, str: title, bold: true },
  ];
}

function row(y: number, label: string, name: string, value: string | null, h = 18, labelW = 165): El[] {
  return [
    { t: 'text', x: 46, y: y + 12, s: 9, str: label },
    { t: 'field', name, x: 40 + labelW, y, w: 515 - labelW, h, value },
  ];
}

/** The Open Exeter Primary User application (GP practices OE-PU1 or other organisations OE-PU2), two pages. */
export function oeForm(v: OeValues): Page[] {
  const nm = namer(v.fieldNames);
  const gp = v.form === 'gp';
  const p1: El[] = [];
  p1.push({ t: 'text', x: 40, y: 34, s: 8, str: 'Primary Care Support England  |  Cervical Screening Administration', grey: 0.35 });
  p1.push({ t: 'text', x: 455, y: 34, s: 8, str: gp ? 'OE-PU1 v3.2' : 'OE-PU2 v3.2', grey: 0.35 });
  p1.push({ t: 'text', x: 40, y: 62, s: 15, str: 'Open Exeter \u2013 Request for a Primary User', bold: true });
  p1.push({ t: 'text', x: 40, y: 80, s: 11, str: gp ? 'GP Practices' : 'Organisations other than GP Practices', bold: true, grey: 0.25 });
  p1.push({ t: 'text', x: 40, y: 98, s: 8.5, str: 'Please complete every section in BLOCK CAPITALS or type. The form must be signed by an authorised signatory' });
  p1.push({ t: 'text', x: 40, y: 109, s: 8.5, str: 'at the bottom of this page (see page 2 for who may sign), otherwise the request cannot be processed.' });
  let y = 122;
  p1.push(...sectionBar(y, gp ? 'Section A \u2013 Practice details' : 'Section A \u2013 Organisation details'));
  y += 23;
  if (gp) {
    p1.push(...row(y, 'Practice name', nm('Practice name'), v.orgName)); y += 23;
    p1.push(...row(y, 'Practice code (ODS)', nm('Practice code'), v.orgCode)); y += 23;
  } else {
    p1.push(...row(y, 'Organisation name', nm('Organisation name'), v.orgName)); y += 23;
    p1.push(...row(y, 'Type of organisation', nm('Organisation type'), v.orgType ?? null)); y += 23;
    p1.push(...row(y, 'Organisation code (if known)', nm('Organisation code'), v.orgCode)); y += 23;
  }
  p1.push(...row(y, 'Address', nm('Address'), v.orgAddress, 30)); y += 35;
  p1.push(...row(y, 'Telephone', nm('Telephone'), v.orgPhone)); y += 28;
  p1.push(...sectionBar(y, 'Section B \u2013 Person to be set up as Primary User'));
  y += 23;
  p1.push(...row(y, 'Title', nm('Nominee title'), v.nomTitle)); y += 23;
  p1.push(...row(y, 'Forename(s)', nm('Nominee forename'), v.nomForename)); y += 23;
  p1.push(...row(y, 'Surname', nm('Nominee surname'), v.nomSurname)); y += 23;
  p1.push(...row(y, 'Job title / role', nm('Nominee job title'), v.nomRole)); y += 23;
  p1.push(...row(y, 'NHSmail address', nm('Nominee email'), v.nomEmail)); y += 23;
  p1.push(...row(y, 'Direct telephone', nm('Nominee telephone'), v.nomPhone)); y += 28;
  p1.push(...sectionBar(y, 'Section C \u2013 Authorised signatory'));
  y += 24;
  p1.push({ t: 'text', x: 46, y: y + 4, s: 8.5, str: 'I confirm that the person named in Section B requires Primary User access to Open Exeter for the organisation in' });
  p1.push({ t: 'text', x: 46, y: y + 15, s: 8.5, str: 'Section A and that I hold one of the capacities below. Tick ONE box.' });
  y += 26;
  const caps = gp ? GP_CAPACITIES : OTHER_CAPACITIES;
  const capNames = gp ? ['LeadGP', 'GPPartner', 'Caldicott', 'ExistingPC', 'Board'] : ['Caldicott', 'Board', 'ExistingPU'];
  caps.forEach((c, i) => {
    const col = i % 2;
    const rowI = Math.floor(i / 2);
    const cx = 52 + col * 250;
    const cy = y + rowI * 17;
    p1.push({ t: 'check', name: v.fieldNames === 'generic' ? `Check Box${i + 1}` : `Capacity ${capNames[i]}`, x: cx, y: cy, size: 10, checked: v.capacity === i });
    p1.push({ t: 'text', x: cx + 16, y: cy + 9, s: 9, str: c });
  });
  y += Math.ceil(caps.length / 2) * 17 + 6;
  p1.push(...row(y, 'Name of signatory', nm('Signatory name'), v.sigName)); y += 23;
  p1.push(...row(y, 'Job title', nm('Signatory job title'), v.sigJobTitle)); y += 23;
  p1.push(...row(y, 'Email address', nm('Signatory email'), v.sigEmail)); y += 23;
  p1.push({ t: 'text', x: 46, y: y + 12, s: 9, str: 'Signature', bold: true });
  p1.push({ t: 'sig', x: 205, y, w: 200, h: 42, signed: v.signed, seed: v.seed });
  p1.push({ t: 'text', x: 415, y: y + 12, s: 9, str: 'Date' });
  p1.push({ t: 'field', name: nm('Date signed'), x: 445, y, w: 110, h: 18, value: v.sigDate });
  p1.push({ t: 'text', x: 40, y: 820, s: 7.5, str: 'Page 1 of 2', grey: 0.4 });

  const p2: El[] = [];
  p2.push({ t: 'text', x: 40, y: 34, s: 8, str: 'Primary Care Support England  |  Cervical Screening Administration', grey: 0.35 });
  p2.push({ t: 'text', x: 40, y: 62, s: 13, str: 'Guidance notes', bold: true });
  let g = 88;
  const para = (lines: string[], bold = false) => {
    for (const l of lines) {
      p2.push({ t: 'text', x: 40, y: g, s: 9.5, str: l, bold });
      g += 14;
    }
    g += 6;
  };
  para(['Who may sign this form'], true);
  if (gp) {
    para(['For a GP practice the form must be signed by ONE of the following authorised signatories:']);
    para(['   \u2022  Lead GP', '   \u2022  GP Partner', '   \u2022  Caldicott Guardian', '   \u2022  Existing Primary Contact', '   \u2022  Member of the Board of Directors']);
    para(['Forms signed by anyone else (for example a practice manager, a salaried or locum GP, or the person being', 'nominated, unless they already hold one of the capacities above) will be returned.']);
  } else {
    para(['For organisations other than GP practices the form must be signed by ONE of the following:']);
    para(['   \u2022  Caldicott Guardian', '   \u2022  Member of the Board of Directors', '   \u2022  An existing Primary User within the organisation']);
    para(['If no-one is available from the list above, please request a new Caldicott Guardian before applying.']);
  }
  para(['About Primary Users'], true);
  para(['A Primary User (also known as a Primary Contact) can add, amend and delete users and reset passwords', 'through Organisation Maintenance. We recommend two Primary Users per organisation.']);
  para(['Returning the form'], true);
  para(['Email the completed and signed form to pcse.openexeter@nhs.net. We will validate the authorised', 'signatory and then authorise your organisation\u2019s request. Please do not send passwords by email.']);
  para(['Data protection'], true);
  para(['The information on this form is used only to set up and audit access to the Open Exeter system.']);
  p2.push({ t: 'text', x: 40, y: 820, s: 7.5, str: 'Page 2 of 2', grey: 0.4 });
  return [p1, p2];
}

export interface GppValues {
  practiceName: string;
  practiceCode: string;
  nomName: string;
  nomRole: string;
  nomEmail: string;
  nomPhone: string;
  apprName: string;
  apprRole: string;
  apprEmail: string;
  apprDate: string;
  seed: number;
}

/** GP Payments and Pensions Practice User Administrator certification (writer AE's layout), one page, two parts. */
export function gppForm(v: GppValues): Page[] {
  const p: El[] = [];
  p.push({ t: 'text', x: 40, y: 40, s: 14, str: 'GP Payments and Pensions', bold: true });
  p.push({ t: 'text', x: 40, y: 58, s: 12, str: 'Practice User Administrator Certification Form', bold: true });
  p.push({ t: 'text', x: 40, y: 76, s: 8.5, str: 'Complete both parts and return to pcse.portalenquiries@nhs.net. Part 2 must be completed by one of the organisation\u2019s approvers.' });
  let y = 90;
  p.push(...sectionBar(y, 'Part 1 \u2013 Nominated Practice User Administrator'));
  y += 24;
  p.push(...row(y, 'Practice name', 'p1', v.practiceName)); y += 23;
  p.push(...row(y, 'Practice code', 'p2', v.practiceCode)); y += 23;
  p.push(...row(y, 'Full name of nominee', 'p3', v.nomName)); y += 23;
  p.push(...row(y, 'Job title', 'p4', v.nomRole)); y += 23;
  p.push(...row(y, 'Email address (username)', 'p5', v.nomEmail)); y += 23;
  p.push(...row(y, 'Telephone', 'p6', v.nomPhone)); y += 30;
  p.push(...sectionBar(y, 'Part 2 \u2013 Certification by an organisation approver'));
  y += 26;
  p.push({ t: 'text', x: 46, y, s: 8.5, str: 'I certify that the person named in Part 1 is employed by the practice and should be given the GPP Practice User' });
  p.push({ t: 'text', x: 46, y: y + 11, s: 8.5, str: 'Administrator role in PCSE Online. I understand the practice may have no more than four user administrators.' });
  y += 22;
  p.push(...row(y, 'Approver name', 'a1', v.apprName)); y += 23;
  p.push(...row(y, 'Role in the organisation', 'a2', v.apprRole)); y += 23;
  p.push(...row(y, 'Approver email', 'a3', v.apprEmail)); y += 23;
  p.push({ t: 'text', x: 46, y: y + 12, s: 9, str: 'Signature', bold: true });
  p.push({ t: 'sig', x: 205, y, w: 200, h: 40, signed: true, seed: v.seed });
  p.push({ t: 'text', x: 415, y: y + 12, s: 9, str: 'Date' });
  p.push({ t: 'field', name: 'a4', x: 445, y, w: 110, h: 18, value: v.apprDate });
  p.push({ t: 'text', x: 40, y: 820, s: 7.5, str: 'GPP-UA-CERT (writer AE layout)  Page 1 of 1', grey: 0.4 });
  return [p];
}

export interface RaValues {
  applicant: string;
  position: string;
  org: string;
  orgCode: string;
  sponsor: string;
  sponsorRole: string;
  roles: string;
  seed: number;
}

/** A Registration Authority smartcard request, scanned by mistake behind an Open Exeter form. */
export function raForm(v: RaValues): Page[] {
  const p: El[] = [];
  p.push({ t: 'text', x: 40, y: 44, s: 13, str: 'Registration Authority \u2013 Smartcard Access Request (RA01)', bold: true });
  p.push({ t: 'text', x: 40, y: 62, s: 8.5, str: 'Return to your local RA team. Do not send this form to PCSE.' });
  let y = 80;
  p.push(...sectionBar(y, 'Applicant'));
  y += 24;
  p.push(...row(y, 'Applicant full name', 'r1', v.applicant)); y += 23;
  p.push(...row(y, 'Position', 'r2', v.position)); y += 23;
  p.push(...row(y, 'Organisation', 'r3', v.org)); y += 23;
  p.push(...row(y, 'Organisation code', 'r4', v.orgCode)); y += 23;
  p.push(...row(y, 'Access profile / roles', 'r5', v.roles, 30)); y += 40;
  p.push(...sectionBar(y, 'Sponsor'));
  y += 24;
  p.push(...row(y, 'Sponsor name', 'r6', v.sponsor)); y += 23;
  p.push(...row(y, 'Sponsor role', 'r7', v.sponsorRole)); y += 23;
  p.push({ t: 'text', x: 46, y: y + 12, s: 9, str: 'Sponsor signature', bold: true });
  p.push({ t: 'sig', x: 205, y, w: 200, h: 40, signed: true, seed: v.seed });
  p.push({ t: 'text', x: 40, y: 820, s: 7.5, str: 'RA01 (local version)', grey: 0.4 });
  return [p];
}
