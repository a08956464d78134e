// The four scanned forms of corpus 36 (writer AF): what was on the paper before it was scanned or photographed.
import { A4, Sheet } from './scans.js';

const L = 50; // left margin, points
const R = A4.w - 50;

function labelled(s: Sheet, y: number, label: string, value: string, opts: { x2?: number; hand?: boolean; size?: number; mono?: boolean } = {}): void {
  const x2 = opts.x2 ?? 205;
  s.text(L, y, label, 9.5, 'sans');
  s.line(x2, y + 3, R, y + 3, 0.5, '#555555', [1.2, 1.6]);
  if (opts.mono) s.text(x2 + 4, y, value, opts.size ?? 10.5, 'mono', '#101010');
  else s.hand(x2 + 4, y - 1, value, opts.size ?? 13.5);
}

/** S1: GPP Practice User Administrator certification, printed and filled in by hand (to be photographed). */
export function gppHandSheet(): Sheet {
  const s = new Sheet(150, 3601);
  s.text(L, 58, 'Primary Care Support England', 9, 'sans', '#005eb8');
  s.text(R - 70, 58, 'PCSE Online', 9, 'sansb', '#005eb8');
  s.line(L, 66, R, 66, 1.2, '#005eb8');
  s.text(L, 92, 'GP Payments and Pensions (GPP)', 15, 'sansb');
  s.text(L, 112, 'Practice User Administrator Certification Form', 13, 'sansb');
  let y = s.para(L, 136, 'Use this form when your practice has no GPP Practice User Administrator or needs an additional one. A practice may have up to four. Complete Part A and Part B and email the form to pcse.portalenquiries@nhs.net.', R - L, 9);
  y += 8;
  s.rect(L, y, R - L, 20, 0, '#e8eef7');
  s.text(L + 6, y + 14, 'Part A  -  Practice and nominated User Administrator', 10.5, 'sansb');
  y += 44;
  labelled(s, y, 'Practice name', 'Corvedale Surgery');
  y += 30;
  labelled(s, y, 'Practice code (ODS)', 'M82608');
  y += 30;
  labelled(s, y, 'Nominee first name', 'Bethan');
  y += 30;
  labelled(s, y, 'Nominee surname', 'Lloyd-Hughes');
  y += 30;
  labelled(s, y, 'Job title', 'Practice Administrator');
  y += 30;
  labelled(s, y, 'Nominee NHSmail address', 'bethan.lloyd-hughes@nhs.net');
  y += 30;
  labelled(s, y, 'Telephone', '01584 841 207');
  y += 30;
  s.rect(L, y, R - L, 20, 0, '#e8eef7');
  s.text(L + 6, y + 14, 'Part B  -  Certification by an organisation approver', 10.5, 'sansb');
  y += 38;
  y = s.para(L, y, 'I certify that the person named in Part A works for the practice and should be given the GPP Practice User Administrator role in PCSE Online. I am one of the organisation\'s approvers.', R - L, 9);
  y += 14;
  labelled(s, y, 'Approver name', 'Dr Richard Pargeter');
  y += 30;
  labelled(s, y, 'Position in the practice', 'Senior Partner');
  y += 30;
  labelled(s, y, 'Approver email', 'r.pargeter@nhs.net');
  y += 30;
  s.text(L, y, 'Signature', 9.5);
  s.rect(205, y - 22, 170, 40, 0.6, null, '#555555');
  s.scribble(210, y - 20, 160, 36);
  s.text(390, y, 'Date', 9.5);
  s.line(420, y + 3, R, y + 3, 0.5, '#555555', [1.2, 1.6]);
  s.hand(424, y - 1, '2/11/26', 13.5);
  s.text(L, A4.h - 40, 'GPP UA Certification  v3.2   Page 1 of 1', 7.5, 'sans', '#666666');
  return s;
}

function tickBox(s: Sheet, x: number, y: number, label: string, ticked: boolean, typed: boolean): void {
  s.rect(x, y - 9, 10, 10, 0.7);
  if (ticked) {
    if (typed) s.text(x + 1.5, y - 0.5, 'X', 9.5, 'mono');
    else s.tick(x + 1, y - 9);
  }
  s.text(x + 15, y, label, 9.5);
}

/** S2: Open Exeter Primary User form for GP practices, typed in Word, printed, signed, scanned grey at low resolution. */
export function oeTypedSheet(): Sheet {
  const s = new Sheet(96, 3602);
  s.text(L, 60, 'Open Exeter', 18, 'sansb');
  s.text(L, 82, 'Application for a Primary User  -  GP Practices', 12.5, 'sansb');
  s.line(L, 90, R, 90, 1);
  let y = s.para(L, 108, 'A Primary User manages Open Exeter access for the practice (adding, amending and deleting users and resetting passwords). This form must be signed at the bottom of this page by one of the authorised signatories listed in Section 3. Email the completed form to pcse.openexeter@nhs.net.', R - L, 9);
  const grid = (rows: [string, string][], top: number): number => {
    let yy = top;
    for (const [k, v] of rows) {
      s.rect(L, yy, 165, 24, 0.6, '#f0f0f0');
      s.rect(L + 165, yy, R - L - 165, 24, 0.6);
      s.text(L + 5, yy + 15.5, k, 9.5);
      s.text(L + 171, yy + 16, v, 11, 'mono');
      yy += 24;
    }
    return yy;
  };
  y += 10;
  s.text(L, y, 'Section 1  -  Practice details', 11, 'sansb');
  y = grid(
    [
      ['Practice name', 'Brookside Surgery'],
      ['Practice code', 'D82655'],
      ['Practice address', 'The Street, Ludham, NR29 5QT'],
    ],
    y + 8,
  );
  y += 20;
  s.text(L, y, 'Section 2  -  Proposed Primary User', 11, 'sansb');
  y = grid(
    [
      ['Title', 'Ms'],
      ['Forename', 'Aoife'],
      ['Surname', 'Brennan-Kelly'],
      ['Job role', 'Reception Manager'],
      ['NHSmail address', 'aoife.brennan-kelly@nhs.net'],
      ['Telephone', '01692 678 420'],
    ],
    y + 8,
  );
  y += 20;
  s.text(L, y, 'Section 3  -  Authorised signatory', 11, 'sansb');
  y += 16;
  s.text(L, y, 'I am (tick one):', 9.5);
  y += 18;
  tickBox(s, L + 10, y, 'Lead GP', true, true);
  tickBox(s, L + 150, y, 'GP Partner', false, true);
  tickBox(s, L + 300, y, 'Caldicott Guardian', false, true);
  y += 18;
  tickBox(s, L + 10, y, 'Existing Primary Contact', false, true);
  tickBox(s, L + 200, y, 'Member of the Board of Directors', false, true);
  y = grid(
    [
      ['Signatory name', 'Dr Anand Mistry'],
      ['Signatory email', 'anand.mistry@nhs.net'],
    ],
    y + 12,
  );
  s.rect(L, y, 165, 46, 0.6, '#f0f0f0');
  s.rect(L + 165, y, 170, 46, 0.6);
  s.text(L + 5, y + 26, 'Signature', 9.5);
  s.scribble(L + 172, y + 4, 150, 38, '#202020');
  s.rect(L + 335, y, 40, 46, 0.6, '#f0f0f0');
  s.text(L + 340, y + 26, 'Date', 9.5);
  s.rect(L + 375, y, R - L - 375, 46, 0.6);
  s.text(L + 381, y + 27, '19/11/2026', 11, 'mono');
  s.text(L, A4.h - 40, 'OE-PU-GP  Page 1 of 2', 7.5, 'sans', '#555555');
  return s;
}

/** S3: a typed letter asking for a branch set-up, signed; it goes through the scanner upside down. */
export function branchLetterSheet(): Sheet {
  const s = new Sheet(150, 3603);
  s.text(L, 62, 'MOORLAND VIEW SURGERY', 16, 'serifb', '#2b4a2b');
  s.text(L, 78, 'Station Road, Princetown, Yelverton, Devon PL20 6QX   ·   Tel 01822 890 512', 8.5, 'serif', '#2b4a2b');
  s.line(L, 86, R, 86, 0.8, '#2b4a2b');
  let y = 120;
  s.text(L, y, 'PCSE Data Management', 10.5, 'serif');
  s.text(L, y + 14, 'by email: pcse.datamanager@nhs.net', 10.5, 'serif');
  s.text(R - 110, y, '24 November 2026', 10.5, 'serif');
  y += 46;
  s.text(L, y, 'Dear PCSE,', 10.5, 'serif');
  y += 22;
  s.text(L, y, 'Request to set up PCSE Online access for our new branch surgery', 10.5, 'serifb');
  y += 20;
  y = s.para(L, y, 'We have now received the ODS code for our branch surgery at Postbridge and would like to set up access to PCSE Online for the branch. The details you asked for are below.', R - L, 10.5, 'serif');
  const rows = (title: string, items: [string, string][]): void => {
    y += 8;
    s.text(L, y, title, 10.5, 'serifb');
    y += 18;
    for (const [k, v] of items) {
      s.text(L + 10, y, k, 10.5, 'serif');
      s.text(L + 215, y, v, 10.5, 'serif');
      y += 16;
    }
  };
  rows('Main practice', [
    ['Practice name:', 'Moorland View Surgery'],
    ['Organisation type:', 'GP practice'],
    ['ODS code:', 'L83012'],
    ['Main contact held by PCSE:', 'Jenny Rowe'],
    ['Main contact email:', 'jenny.rowe7@nhs.net'],
    ['Address:', 'Station Road, Princetown, Yelverton, PL20 6QX'],
    ['Telephone:', '01822 890 512'],
  ]);
  rows('Branch surgery', [
    ['Main contact for the branch:', 'Mr Barnaby Quick'],
    ['Email:', 'barnaby.quick@nhs.net'],
    ['Branch ODS code:', 'L83102001'],
    ['Branch name:', 'Postbridge Branch Surgery'],
    ['Address:', 'The Old Chapel, Postbridge, Yelverton, PL20 6TH'],
    ['Telephone:', '01822 880 207'],
  ]);
  y += 6;
  y = s.para(L, y, 'Barnaby is our branch manager (and, so that there is no confusion, my husband; he is not a GP). Please call the surgery if you need to verify anything.', R - L, 10.5, 'serif');
  y += 10;
  s.text(L, y, 'Yours faithfully,', 10.5, 'serif');
  s.scribble(L, y + 6, 150, 42);
  y += 64;
  s.text(L, y, 'Dr Tamsin Quick', 10.5, 'serif');
  s.text(L, y + 15, 'Senior Partner, Moorland View Surgery', 10.5, 'serif');
  return s;
}

/** S4: Open Exeter Primary User form with one handwritten capital per box. */
export function oeBoxesSheet(): Sheet {
  const s = new Sheet(150, 3604);
  const BW = 15;
  s.text(L, 58, 'NHS  Cervical Screening  -  Open Exeter', 9, 'sansb', '#005eb8');
  s.text(L, 86, 'PRIMARY USER REQUEST (GP PRACTICE)', 15, 'sansb');
  s.text(L, 104, 'Please write in BLOCK CAPITALS, one character per box. Use black or blue ink.', 9, 'sans');
  let y = 130;
  const row = (label: string, n: number, value: string): void => {
    s.text(L, y, label, 9, 'sansb');
    s.boxHand(L, y + 5, n, value, BW, 19);
    y += 44;
  };
  s.rect(L, y - 12, R - L, 17, 0, '#dce6f2');
  s.text(L + 5, y, '1. GP PRACTICE', 10, 'sansb');
  y += 22;
  row('Practice code', 6, 'L85633');
  row('Practice name', 30, 'WITHYPOOL & EXFORD SURGERY');
  s.rect(L, y - 12, R - L, 17, 0, '#dce6f2');
  s.text(L + 5, y, '2. PERSON TO BE SET UP AS PRIMARY USER', 10, 'sansb');
  y += 22;
  row('Forename(s)', 20, 'DANIEL');
  row('Surname', 20, 'LE MARQUAND');
  row('Job title', 30, 'DEPUTY PRACTICE MANAGER');
  row('NHSmail address', 30, 'DANIEL.LEMARQUAND@NHS.NET');
  s.rect(L, y - 12, R - L, 17, 0, '#dce6f2');
  s.text(L + 5, y, '3. AUTHORISED SIGNATORY', 10, 'sansb');
  y += 20;
  s.text(L, y, 'Capacity (tick one):', 9, 'sans');
  y += 16;
  const caps = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
  caps.forEach((c, i) => {
    const x = L + (i % 3) * 165;
    const yy = y + Math.floor(i / 3) * 17;
    s.rect(x, yy - 9, 10, 10, 0.7);
    if (c === 'Caldicott Guardian') s.tick(x + 1, yy - 10, 10);
    s.text(x + 15, yy, c, 9);
  });
  y += 44;
  row('Signatory name', 20, 'SAM FERRIS');
  row('Signatory NHSmail address', 30, 'SAM.FERRIS@NHS.NET');
  s.text(L, y, 'Signature', 9, 'sansb');
  s.rect(L, y + 5, 230, 44, 0.7);
  s.scribble(L + 8, y + 8, 200, 38);
  s.text(L + 260, y, 'Date (DD MM YYYY)', 9, 'sansb');
  s.boxHand(L + 260, y + 5, 8, '27112026', BW, 19);
  s.text(L, A4.h - 40, 'This form must be signed at the bottom of page 1.   OE/PU/GP/2  Page 1 of 1', 7.5, 'sans', '#555555');
  return s;
}

/** S2, page 2: the guidance notes printed on the back of the typed Open Exeter form. */
export function oeGuidanceSheet(): Sheet {
  const s = new Sheet(96, 3612);
  s.text(L, 60, 'Guidance notes', 14, 'sansb');
  let y = 86;
  for (const t of [
    'Who can sign: the Lead GP, a GP Partner, the Caldicott Guardian, the existing Primary Contact or a member of the Board of Directors.',
    'The Primary User can add, amend and delete Open Exeter users at the practice and reset their passwords. Organisations usually have two Primary Users.',
    'If the proposed Primary User already has an Open Exeter user ID, please give it so that the existing account is updated rather than a new one created.',
    'Forms that are not signed at the bottom of page 1 will be returned.',
  ])
    y = s.para(L, y, t, R - L, 9.5) + 8;
  s.text(L, A4.h - 40, 'OE-PU-GP  Page 2 of 2', 7.5, 'sans', '#555555');
  return s;
}
