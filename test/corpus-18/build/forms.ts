// Writer N's own layouts of the forms named in the seeds, as page descriptions that both the PDF writer (pdfs.ts)
// and the scan renderer (scans.ts) draw. Coordinates are PDF points on an A4 page, measured from the top-left.

export interface Field {
  t: 'field';
  name: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h?: number;
  labelW: number;
  value: string;
  /** Typed in a wrong box and crossed through by pen (scans only). */
  struck?: boolean;
  /** A pen correction written beside or above the box (scans only). */
  correction?: string;
  /** The value is written by hand rather than typed (scans only). */
  hand?: boolean;
  multiline?: boolean;
}
export interface Check { t: 'check'; name: string; label: string; x: number; y: number; checked: boolean; hand?: boolean }
export interface Sig { t: 'sig'; name: string; label: string; x: number; y: number; w: number; h: number; labelW: number; signed: boolean; seed: number }
export interface Txt { t: 'text'; x: number; y: number; s: string; size: number; bold?: boolean; serif?: boolean; color?: [number, number, number] }
export interface Para { t: 'para'; x: number; y: number; w: number; s: string; size: number; lead?: number; serif?: boolean; italic?: boolean }
export interface Rule { t: 'rule'; x: number; y: number; w: number; thick?: number }
export interface Band { t: 'band'; x: number; y: number; w: number; h: number; rgb: [number, number, number]; label?: string; labelColor?: [number, number, number]; size?: number }
export interface Note { t: 'note'; x: number; y: number; s: string; size: number; angle?: number; color?: [number, number, number] }
export type El = Field | Check | Sig | Txt | Para | Rule | Band | Note;
export interface Page { els: El[] }
export const A4 = { w: 595.28, h: 841.89 };

const NHS_BLUE: [number, number, number] = [0, 0.37, 0.72];

/** Approximate wrap by character count (Helvetica averages ~0.5 em). */
export function wrap(s: string, width: number, size: number, factor = 0.5): string[] {
  const max = Math.max(10, Math.floor(width / (size * factor)));
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && (line + ' ' + word).length > max) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

function header(els: El[], title: string, subtitle: string): number {
  els.push({ t: 'band', x: 40, y: 32, w: 515, h: 34, rgb: NHS_BLUE, label: 'Primary Care Support England', labelColor: [1, 1, 1], size: 13 });
  els.push({ t: 'text', x: 470, y: 54, s: 'NHS', size: 20, bold: true, color: [1, 1, 1] });
  els.push({ t: 'text', x: 40, y: 96, s: title, size: 15, bold: true });
  els.push({ t: 'text', x: 40, y: 116, s: subtitle, size: 12, bold: true });
  return 132;
}

function section(els: El[], y: number, label: string): number {
  els.push({ t: 'band', x: 40, y, w: 515, h: 18, rgb: [0.88, 0.92, 0.97], label, labelColor: [0, 0.19, 0.45], size: 10.5 });
  return y + 26;
}

// ------------------------------------------------------------------ GPP Practice User Administrator certification

export interface GppData {
  practiceName: string;
  practiceCode: string;
  practiceAddress: string;
  title: string;
  firstName: string;
  surname: string;
  jobTitle: string;
  email: string;
  phone: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  signed: boolean;
  date: string;
  seed: number;
}

const GPP_INTRO =
  'Use this form only if your practice has no GPP Practice User Administrator. A practice may have a maximum of four. Complete BOTH parts and email the form to pcse.portalenquiries@nhs.net. Part B must be completed by one of your organisation\'s approvers.';

const GPP_CERT =
  'I certify that the person named in Part A works for the practice named above and should be given the GPP Practice User Administrator role in PCSE Online for this practice. I understand that this role can create users and assign GP Payments and Pensions roles.';

/** The GPP certification as three pages (Part A, Part B, guidance): the fillable version. */
export function gppThreePages(d: GppData): Page[] {
  const p1: El[] = [];
  let y = header(p1, 'GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form');
  p1.push({ t: 'para', x: 40, y: y + 6, w: 515, s: GPP_INTRO, size: 9.5 });
  y += 62;
  y = section(p1, y, 'PART A - Practice details and nominated User Administrator');
  const rows: [string, string, string][] = [
    ['partA.practiceName', 'Practice name', d.practiceName],
    ['partA.practiceCode', 'Practice code (ODS)', d.practiceCode],
    ['partA.practiceAddress', 'Practice address', d.practiceAddress],
    ['partA.uaTitle', 'Title', d.title],
    ['partA.uaFirstName', 'First name', d.firstName],
    ['partA.uaSurname', 'Surname', d.surname],
    ['partA.uaJobTitle', 'Job title', d.jobTitle],
    ['partA.uaEmail', 'Email address (used as user name)', d.email],
    ['partA.uaPhone', 'Telephone number', d.phone],
  ];
  for (const [name, label, value] of rows) {
    p1.push({ t: 'field', name, label, x: 40, y, w: 515, labelW: 190, value, h: name.endsWith('Address') ? 34 : 20, multiline: name.endsWith('Address') });
    y += name.endsWith('Address') ? 42 : 28;
  }
  p1.push({ t: 'text', x: 40, y: 800, s: 'GPP PUA Certification v3.2  -  Page 1 of 3', size: 8 });

  const p2: El[] = [];
  y = header(p2, 'GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form');
  y = section(p2, y + 6, 'PART B - Certification by an organisation approver');
  p2.push({ t: 'para', x: 40, y, w: 515, s: GPP_CERT, size: 9.5 });
  y += 52;
  const rows2: [string, string, string][] = [
    ['partB.approverName', 'Approver full name', d.approverName],
    ['partB.approverRole', 'Position / role in the organisation', d.approverRole],
    ['partB.approverEmail', 'Approver email address', d.approverEmail],
  ];
  for (const [name, label, value] of rows2) {
    p2.push({ t: 'field', name, label, x: 40, y, w: 515, labelW: 190, value });
    y += 28;
  }
  p2.push({ t: 'sig', name: 'partB.signature', label: 'Signature', x: 40, y, w: 515, h: 44, labelW: 190, signed: d.signed, seed: d.seed });
  y += 52;
  p2.push({ t: 'field', name: 'partB.date', label: 'Date', x: 40, y, w: 330, labelW: 190, value: d.date });
  p2.push({ t: 'text', x: 40, y: 800, s: 'GPP PUA Certification v3.2  -  Page 2 of 3', size: 8 });

  const p3: El[] = [];
  y = header(p3, 'GP Payments and Pensions (GPP)', 'Guidance notes (please keep)');
  const notes = [
    '1. Who can be a GPP Practice User Administrator? Any member of the practice team who will manage access to GP Payments and Pensions in PCSE Online, for example a practice manager or a partner.',
    '2. Who is an approver? An approver is a person authorised to sign on behalf of the organisation, for example a GP partner or the Lead GP.',
    '3. What happens next? PCSE will set up the role and the User Administrator will receive an email with a verification link. The link expires, so please act on it promptly.',
    '4. Accountants: your User Administrator can give an accountant the GPP - Practice User Management role. You do not need this form for that.',
    '5. Leavers: if your User Administrator is leaving, please ask them to assign the role to a colleague before they go.',
  ];
  for (const n of notes) {
    p3.push({ t: 'para', x: 40, y: y + 8, w: 515, s: n, size: 10 });
    y += 56;
  }
  p3.push({ t: 'text', x: 40, y: 800, s: 'GPP PUA Certification v3.2  -  Page 3 of 3', size: 8 });
  return [{ els: p1 }, { els: p2 }, { els: p3 }];
}

/** The same certification printed on one page (both parts), as photographed or scanned. */
export function gppOnePage(d: GppData): Page {
  const els: El[] = [];
  let y = header(els, 'GP Payments and Pensions (GPP)', 'Practice User Administrator Certification Form');
  els.push({ t: 'para', x: 40, y: y + 4, w: 515, s: GPP_INTRO, size: 9.5 });
  y += 58;
  y = section(els, y, 'PART A - Practice details and nominated User Administrator');
  const rows: [string, string, string][] = [
    ['practiceName', 'Practice name', d.practiceName],
    ['practiceCode', 'Practice code (ODS)', d.practiceCode],
    ['practiceAddress', 'Practice address', d.practiceAddress],
    ['uaName', 'Title / First name / Surname', `${d.title} ${d.firstName} ${d.surname}`.trim()],
    ['uaJob', 'Job title', d.jobTitle],
    ['uaEmail', 'Email address', d.email],
    ['uaPhone', 'Telephone number', d.phone],
  ];
  for (const [name, label, value] of rows) {
    els.push({ t: 'field', name, label, x: 40, y, w: 515, labelW: 175, value, h: 22 });
    y += 29;
  }
  y = section(els, y + 6, 'PART B - Certification by an organisation approver');
  els.push({ t: 'para', x: 40, y, w: 515, s: GPP_CERT, size: 9.5 });
  y += 48;
  for (const [name, label, value] of [
    ['approverName', 'Approver full name', d.approverName],
    ['approverRole', 'Position / role', d.approverRole],
    ['approverEmail', 'Approver email address', d.approverEmail],
  ] as [string, string, string][]) {
    els.push({ t: 'field', name, label, x: 40, y, w: 515, labelW: 175, value, h: 22 });
    y += 29;
  }
  els.push({ t: 'sig', name: 'sig', label: 'Signature', x: 40, y, w: 515, h: 46, labelW: 175, signed: d.signed, seed: d.seed });
  y += 54;
  els.push({ t: 'field', name: 'date', label: 'Date', x: 40, y, w: 320, labelW: 175, value: d.date, h: 22 });
  els.push({ t: 'text', x: 40, y: 808, s: 'GPP PUA Certification v3.2', size: 8 });
  return { els };
}

// ------------------------------------------------------------------ Open Exeter primary user (GP practices / other organisations)

export interface OeData {
  gp: boolean;
  orgName: string;
  orgCode: string;
  orgType?: string; // other organisations only
  orgAddress: string;
  orgPhone: string;
  title: string;
  forename: string;
  surname: string;
  jobTitle: string;
  email: string;
  phone: string;
  existingId: string;
  capacity: string | null; // the ticked capacity label, or null
  sigName: string;
  sigPosition: string;
  sigEmail: string;
  signed: boolean;
  date: string;
  seed: number;
}

export const OE_GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
export const OE_OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

export interface OeOverrides {
  /** Per-field changes for the scan with values in the wrong boxes. */
  fields?: Record<string, Partial<Field>>;
  handCapacity?: boolean;
}

export function oePage1(d: OeData, ov: OeOverrides = {}): Page {
  const els: El[] = [];
  let y = header(els, 'Open Exeter - Cervical Screening', d.gp ? 'Request for a Primary User: GP Practices' : 'Request for a Primary User: Other Organisations (non-GP)');
  els.push({
    t: 'para', x: 40, y: y + 4, w: 515, size: 9,
    s: 'A Primary User (also known as Primary Contact) manages Open Exeter access for the organisation: adds, amends and deletes users and resets passwords. Complete all sections in BLOCK CAPITALS or type. The form must be signed by an authorised signatory at the bottom of this page.',
  });
  y += 50;
  y = section(els, y, d.gp ? 'SECTION 1 - Practice details' : 'SECTION 1 - Organisation details');
  const f = (name: string, label: string, value: string, h = 20, labelW = 165): void => {
    const o = ov.fields?.[name] ?? {};
    els.push({ t: 'field', name, label, x: 40, y, w: 515, labelW, value, h, ...o });
    y += h + 7;
  };
  f('orgName', d.gp ? 'Practice name' : 'Organisation name', d.orgName);
  f('orgCode', d.gp ? 'Practice code' : 'Organisation code', d.orgCode);
  if (!d.gp) f('orgType', 'Type of organisation', d.orgType ?? '');
  f('orgAddress', 'Address', d.orgAddress);
  f('orgPhone', 'Telephone', d.orgPhone);
  y = section(els, y + 4, 'SECTION 2 - Proposed Primary User');
  f('puTitle', 'Title', d.title);
  f('puForename', 'Forename(s)', d.forename);
  f('puSurname', 'Surname', d.surname);
  f('puJobTitle', 'Job title', d.jobTitle);
  f('puEmail', 'NHSmail address', d.email);
  f('puPhone', 'Direct telephone', d.phone);
  f('puExistingId', 'Existing Open Exeter user ID (if any)', d.existingId, 20, 195);
  y = section(els, y + 4, 'SECTION 3 - Authorised signatory');
  els.push({ t: 'text', x: 40, y: y + 2, s: 'Capacity in which you sign (tick one):', size: 9.5 });
  y += 12;
  const caps = d.gp ? OE_GP_CAPACITIES : OE_OTHER_CAPACITIES;
  let cx = 40;
  let row = 0;
  for (const c of caps) {
    const w = 26 + c.length * 5.2;
    if (cx + w > 555) {
      cx = 40;
      row++;
    }
    els.push({ t: 'check', name: `cap.${c.replace(/\W+/g, '')}`, label: c, x: cx, y: y + row * 17, checked: d.capacity === c, hand: ov.handCapacity });
    cx += w + 14;
  }
  y += (row + 1) * 17 + 6;
  f('sigName', 'Signatory name', d.sigName);
  f('sigPosition', 'Position', d.sigPosition);
  f('sigEmail', 'Signatory email', d.sigEmail);
  els.push({ t: 'sig', name: 'sigSignature', label: 'Signature', x: 40, y, w: 360, h: 40, labelW: 165, signed: d.signed, seed: d.seed });
  const dateO = ov.fields?.['sigDate'] ?? {};
  els.push({ t: 'field', name: 'sigDate', label: 'Date', x: 410, y, w: 145, labelW: 34, value: d.date, h: 40, ...dateO });
  els.push({ t: 'text', x: 40, y: 812, s: `OE-PU-${d.gp ? 'GP' : 'ORG'} 2024  -  Page 1 of 2`, size: 8 });
  return { els };
}

export function oePage2(d: OeData): Page {
  const els: El[] = [];
  let y = header(els, 'Open Exeter - Cervical Screening', 'Notes for completion');
  const notes = d.gp
    ? [
        'Who can sign? For GP practices the form must be signed by one of: the Lead GP, a GP Partner, the Caldicott Guardian, an existing Primary Contact, or a member of the Board of Directors.',
        'Unsigned forms, or forms signed anywhere other than at the bottom of page 1, cannot be processed and will be returned.',
        'Email the completed form to pcse.openexeter@nhs.net. PCSE will validate the signatory and set up the Primary User.',
        'Passwords: Open Exeter users can reset their own password and update their own email address once set up.',
      ]
    : [
        'Who can sign? For organisations other than GP practices the form must be signed by one of: the Caldicott Guardian, a member of the Board of Directors, or an existing Primary User within the organisation.',
        'If no signatory is available you should first request a new Caldicott Guardian.',
        'Email the completed form to pcse.openexeter@nhs.net. PCSE will validate the signatory and set up the Primary User.',
      ];
  for (const n of notes) {
    els.push({ t: 'para', x: 40, y: y + 8, w: 515, s: n, size: 10 });
    y += 52;
  }
  y = section(els, y + 10, 'FOR PCSE USE ONLY');
  els.push({ t: 'field', name: 'pcse.ref', label: 'Case reference', x: 40, y, w: 515, labelW: 165, value: '' });
  els.push({ t: 'field', name: 'pcse.checked', label: 'Signatory validated by', x: 40, y: y + 28, w: 515, labelW: 165, value: '' });
  els.push({ t: 'text', x: 40, y: 812, s: `OE-PU-${d.gp ? 'GP' : 'ORG'} 2024  -  Page 2 of 2`, size: 8 });
  return { els };
}

// ------------------------------------------------------------------ PCN user administrator request with ICB approval

export interface PcnData {
  pcnName: string;
  pcnCode: string;
  memberPractices: string;
  nomineeName: string;
  nomineeRole: string;
  nomineeEmail: string;
  nomineePhone: string;
  requestedBy: string;
  icbName: string;
  approverName: string;
  approverRole: string;
  approverEmail: string;
  aelConfirmed: boolean;
  date: string;
  seed: number;
}

export function pcnForm(d: PcnData): Page[] {
  const els: El[] = [];
  let y = header(els, 'PCSE Online - PCN User Administrator', 'Request where the PCN has no user administrator');
  els.push({
    t: 'para', x: 40, y: y + 4, w: 515, size: 9.5,
    s: 'This request must be approved and submitted to PCSE by a member of the ICB who is listed as an approver on the NHSE Authorised Email List (AEL). Requests approved by anyone else cannot be actioned.',
  });
  y += 46;
  y = section(els, y, '1. Primary Care Network');
  const f = (name: string, label: string, value: string): void => {
    els.push({ t: 'field', name, label, x: 40, y, w: 515, labelW: 180, value, h: 22 });
    y += 29;
  };
  f('pcnName', 'PCN name', d.pcnName);
  f('pcnCode', 'PCN code', d.pcnCode);
  f('members', 'Member practices', d.memberPractices);
  y = section(els, y + 4, '2. Nominated PCN user administrator');
  f('nName', 'Full name', d.nomineeName);
  f('nRole', 'Role in the PCN', d.nomineeRole);
  f('nEmail', 'NHSmail address', d.nomineeEmail);
  f('nPhone', 'Telephone', d.nomineePhone);
  f('reqBy', 'Requested by (PCN)', d.requestedBy);
  y = section(els, y + 4, '3. ICB approval');
  f('icb', 'Integrated Care Board', d.icbName);
  f('aName', 'Approver name', d.approverName);
  f('aRole', 'Approver job title', d.approverRole);
  f('aEmail', 'Approver email', d.approverEmail);
  els.push({ t: 'check', name: 'ael', label: 'I confirm I am listed as an approver on the NHSE Authorised Email List', x: 40, y: y + 2, checked: d.aelConfirmed });
  y += 24;
  els.push({ t: 'sig', name: 'aSig', label: 'Approver signature', x: 40, y, w: 360, h: 40, labelW: 180, signed: true, seed: d.seed });
  els.push({ t: 'field', name: 'aDate', label: 'Date', x: 410, y, w: 145, labelW: 34, value: d.date, h: 40 });
  els.push({ t: 'text', x: 40, y: 812, s: 'PCN-UA-ICB 1.4', size: 8 });
  return [{ els }];
}

// ------------------------------------------------------------------ plain letters

export interface LetterData {
  head: string[]; // letterhead lines, first in bold
  dateLine: string;
  to: string[];
  re: string;
  paras: string[];
  signOff: string;
  sigName: string;
  sigLines: string[];
  seed: number;
  serif?: boolean;
}

export function letter(d: LetterData): Page {
  const els: El[] = [];
  const serif = d.serif ?? true;
  let y = 60;
  d.head.forEach((l, i) => {
    els.push({ t: 'text', x: 40, y, s: l, size: i === 0 ? 16 : 9.5, bold: i === 0, serif, color: i === 0 ? [0.1, 0.25, 0.45] : [0.25, 0.25, 0.25] });
    y += i === 0 ? 18 : 12;
  });
  els.push({ t: 'rule', x: 40, y: y + 2, w: 515, thick: 1.2 });
  y += 34;
  for (const l of d.to) {
    els.push({ t: 'text', x: 40, y, s: l, size: 11, serif });
    y += 14;
  }
  y += 10;
  els.push({ t: 'text', x: 40, y, s: d.dateLine, size: 11, serif });
  y += 28;
  els.push({ t: 'text', x: 40, y, s: d.re, size: 11, bold: true, serif });
  y += 24;
  for (const para of d.paras) {
    const lines = wrap(para, 515, 11, 0.48);
    els.push({ t: 'para', x: 40, y, w: 515, s: para, size: 11, lead: 15, serif });
    y += lines.length * 15 + 10;
  }
  y += 6;
  els.push({ t: 'text', x: 40, y, s: d.signOff, size: 11, serif });
  els.push({ t: 'sig', name: 'letterSig', label: '', x: 40, y: y + 8, w: 200, h: 42, labelW: 0, signed: true, seed: d.seed });
  y += 62;
  els.push({ t: 'text', x: 40, y, s: d.sigName, size: 11, bold: true, serif });
  y += 14;
  for (const l of d.sigLines) {
    els.push({ t: 'text', x: 40, y, s: l, size: 11, serif });
    y += 14;
  }
  return { els };
}

/** A seeded signature scribble as an SVG path inside a w×h box (origin top-left). */
export function scribble(seed: number, w: number, h: number): string {
  let a = seed >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const f = (n: number) => n.toFixed(1);
  let x = w * 0.06;
  let y = h * (0.45 + r() * 0.2);
  let d = `M ${f(x)} ${f(y)}`;
  const strokes = 5 + Math.floor(r() * 4);
  for (let i = 0; i < strokes; i++) {
    const nx = x + (w * 0.8) / strokes;
    const ny = h * (0.25 + r() * 0.55);
    d += ` C ${f(x + r() * 20)} ${f(h * (0.05 + r() * 0.3))}, ${f(nx - r() * 20)} ${f(h * (0.6 + r() * 0.35))}, ${f(nx)} ${f(ny)}`;
    x = nx;
    y = ny;
  }
  d += ` M ${f(w * 0.1)} ${f(h * 0.78)} C ${f(w * 0.35)} ${f(h * 0.62)}, ${f(w * 0.6)} ${f(h * 0.9)}, ${f(w * 0.9)} ${f(h * 0.7)}`;
  return d;
}
