// The three scanned forms of corpus 44 (writer AN).
import { GP_CAPACITIES, OTHER_CAPACITIES, scanPdf, type GppCert, type OeForm } from './pdfs.js';
import { Sheet, degrade, W } from './scans.js';

/** GPP certification typed, printed, signed in ink, stamped and put through the practice MFD (one page, both parts). */
export async function gppCertScan(v: GppCert, practiceStamp: string[]): Promise<Buffer> {
  const s = new Sheet(4401);
  s.fill(90, 90, W - 180, 80, '#d9d9d9');
  s.text('GP Payments and Pensions', 110, 122, 24, { bold: true });
  s.text('Practice User Administrator Certification Form', 110, 156, 28, { bold: true });
  let y = s.para('Complete both parts and return to pcse.portalenquiries@nhs.net. Part 2 must be completed by one of the organisation\'s approvers.', 100, 215, 20, 1040);
  y += 20;
  s.text('Part 1: Practice and nominee', 100, y, 26, { bold: true });
  y += 30;
  const rows: [string, string][] = [
    ['Practice name', v.practiceName], ['Practice ODS code', v.odsCode], ['Practice address', v.address], ['Practice telephone', v.phone],
    ['Nominee full name', v.nomineeName], ['Nominee job title', v.nomineeJob], ['Nominee email', v.nomineeEmail], ['Nominee telephone', v.nomineePhone],
  ];
  const table = (list: [string, string][]): void => {
    for (const [k, val] of list) {
      s.box(100, y, 330, 62); s.box(430, y, 710, 62);
      s.text(k, 114, y + 40, 21);
      s.text(val, 446, y + 41, 24, { serif: true });
      y += 62;
    }
  };
  table(rows);
  y += 50;
  s.text('Part 2: Approver certification', 100, y, 26, { bold: true });
  y += 16;
  y = s.para('I certify that the nominee named in Part 1 is employed by the practice and should hold the GPP Practice User Administrator role.', 100, y + 24, 20, 1040);
  y += 4;
  table([['Approver name', v.approverName], ['Position', v.approverRole], ['Approver email', v.approverEmail], ['Date', v.date]]);
  s.box(100, y, 330, 120); s.box(430, y, 710, 120);
  s.text('Signature', 114, y + 68, 21);
  if (v.signed) s.signature(470, y + 78, 330);
  y += 170;
  s.stamp(practiceStamp, 640, y + 40, -0.06);
  s.text('PCSE GPP UA cert v2.1', 100, 1690, 16);
  const jpg = degrade(s, { seed: 91, angle: 0.012, dx: 14, dy: 9, contrast: 0.86, paper: 246, noise: 26, speckles: 900, shadow: 0.05, gray: true, quality: 72 });
  return scanPdf([jpg], 'Scan_0114', 'RICOH IM C3000');
}

function oeGpSheet(v: OeForm, seed: number): Sheet {
  const s = new Sheet(seed);
  s.text('Open Exeter', 100, 120, 22, { bold: true });
  s.text('Application for a Primary User - GP Practices', 100, 160, 32, { bold: true });
  s.para('Please complete in BLOCK CAPITALS. The form must be signed by an authorised signatory at the bottom of this page.', 100, 205, 20, 1040);
  let y = 260;
  const line = (label: string, value: string): void => {
    s.text(label, 100, y + 40, 21);
    s.ctx.strokeStyle = '#333333'; s.ctx.lineWidth = 1.5;
    s.ctx.beginPath(); s.ctx.moveTo(400, y + 46); s.ctx.lineTo(1140, y + 46); s.ctx.stroke();
    s.hand(value, 412, y + 38, 30);
    y += 66;
  };
  s.text('A. Practice', 100, y + 20, 24, { bold: true }); y += 30;
  line('Practice name', v.orgName); line('Practice code', v.orgCode); line('Address', v.address); line('Telephone', v.orgPhone);
  y += 20;
  s.text('B. Primary User', 100, y + 20, 24, { bold: true }); y += 30;
  line('Surname', v.surname); line('Forename(s)', v.forenames); line('Job title', v.jobTitle); line('Email address', v.email); line('Telephone', v.phone);
  y += 20;
  s.text('C. Authorised signatory', 100, y + 20, 24, { bold: true }); y += 30;
  line('Name', v.signatoryName); line('Email address', v.signatoryEmail);
  s.text('Capacity (tick)', 100, y + 40, 21);
  GP_CAPACITIES.forEach((c, i) => {
    const bx = i % 2 === 0 ? 400 : 780; const by = y + 18 + Math.floor(i / 2) * 44;
    s.box(bx, by, 28, 28, 2);
    s.text(c, bx + 40, by + 23, 20);
    if (c === v.capacity) s.tick(bx + 2, by + 4);
  });
  y += 160;
  s.text('Signature', 100, y + 50, 21);
  s.box(400, y, 420, 90, 2);
  if (v.signed) s.signature(430, y + 56, 330);
  s.text('Date', 850, y + 50, 21);
  s.hand(v.date, 920, y + 50, 28);
  s.text('Page 1 of 2', 1040, 1690, 16);
  return s;
}

/** The Open Exeter GP form filled in by hand, signed, and photographed on a desk with a phone. */
export async function oeGpPhoto(v: OeForm): Promise<Buffer> {
  const s = oeGpSheet(v, 4402);
  const jpg = degrade(s, { seed: 92, angle: -0.028, dx: -18, dy: 22, contrast: 0.78, paper: 232, noise: 34, speckles: 200, shadow: 0.35, gray: false, quality: 68 });
  return scanPdf([jpg], 'IMG_4471.jpg', 'iOS Version 17.5 (Build 21F90) Quartz PDFContext');
}

/** The Open Exeter form for organisations other than GP practices, typed, signed, scanned in two pages. */
export async function oeOtherScan(v: OeForm): Promise<Buffer> {
  const s = new Sheet(4403);
  s.text('Open Exeter: Primary User Request', 100, 130, 34, { bold: true, serif: true });
  s.text('Organisations other than GP practices', 100, 175, 24, { serif: true });
  let y = 230;
  const table = (title: string, rows: [string, string][]): void => {
    s.fill(100, y, 1040, 44, '#e3e3e3'); s.box(100, y, 1040, 44, 2);
    s.text(title, 114, y + 31, 22, { bold: true, serif: true });
    y += 44;
    for (const [k, val] of rows) {
      s.box(100, y, 380, 58); s.box(480, y, 660, 58);
      s.text(k, 114, y + 38, 21, { serif: true });
      s.text(val, 494, y + 39, 23, { serif: true });
      y += 58;
    }
    y += 30;
  };
  table('1. Organisation', [['Organisation name', v.orgName], ['Organisation code', v.orgCode], ['Address', v.address], ['Telephone', v.orgPhone]]);
  table('2. Primary User to be set up', [['Surname', v.surname], ['Forename(s)', v.forenames], ['Job title', v.jobTitle], ['Email address', v.email], ['Telephone', v.phone]]);
  table('3. Authorised signatory', [['Name', v.signatoryName], ['Email address', v.signatoryEmail]]);
  s.text('Signatory capacity:', 100, y + 10, 22, { serif: true });
  OTHER_CAPACITIES.forEach((c, i) => {
    const by = y + 30 + i * 44;
    s.box(480, by, 28, 28, 2);
    s.text(c, 524, by + 23, 21, { serif: true });
    if (c === v.capacity) s.text('X', 484, by + 25, 28, { bold: true });
  });
  y += 190;
  s.text('Signature', 100, y + 50, 22, { serif: true });
  s.box(480, y, 460, 90, 2);
  if (v.signed) s.signature(510, y + 55, 360, '#111111');
  s.text('Date', 100, y + 140, 22, { serif: true });
  s.text(v.date, 494, y + 140, 23, { serif: true });
  s.text('Page 1 of 2', 1040, 1690, 16, { serif: true });
  const p2 = new Sheet(4404);
  p2.text('Guidance notes', 100, 140, 32, { bold: true, serif: true });
  let g = p2.para('A Primary User manages Open Exeter access for the organisation: adding, amending and deleting users and resetting passwords. Two Primary Users are recommended.', 100, 200, 22, 1040, { serif: true });
  g = p2.para('This form must be signed at the bottom of page 1 by one of the following authorised signatories:', 100, g + 20, 22, 1040, { serif: true });
  for (const c of OTHER_CAPACITIES) { p2.text(`\u2022  ${c}`, 140, g + 10, 22, { serif: true }); g += 40; }
  g = p2.para('Forms not signed by an authorised signatory cannot be processed. If no signatory is available, request a new Caldicott Guardian first.', 100, g + 30, 22, 1040, { serif: true });
  p2.para('Send the completed form to pcse.openexeter@nhs.net', 100, g + 20, 22, 1040, { bold: true, serif: true });
  p2.text('Page 2 of 2', 1040, 1690, 16, { serif: true });
  const d = { contrast: 0.9, paper: 248, noise: 18, speckles: 500, shadow: 0, gray: true, quality: 75 };
  const j1 = degrade(s, { ...d, seed: 93, angle: -0.009, dx: 6, dy: -4 });
  const j2 = degrade(p2, { ...d, seed: 94, angle: 0.006, dx: -5, dy: 8 });
  return scanPdf([j1, j2], 'Scanned document', 'Canon iR-ADV C5535  PDF');
}
