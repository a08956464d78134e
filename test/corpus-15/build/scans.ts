// Image-only scans for corpus-15: the printed form is drawn, filled by hand or by typewriter-style text, signed,
// then skewed and speckled like a flatbed or MFD scan and stored as JPEG pages with no text layer.
import { ScanPage, scanPdf } from './pdfs.js';

type Fill = 'hand' | 'typed';

export interface OeGpValues {
  practice: string; code: string; address: string; phone: string;
  title: string; forename: string; surname: string; jobTitle: string; email: string; userPhone: string;
  capacity: 'Lead GP' | 'GP Partner' | 'Caldicott Guardian' | 'Existing Primary Contact' | 'Member of the Board of Directors';
  sigName: string; sigEmail: string; date: string;
}

function put(p: ScanPage, fill: Fill, s: string, x: number, y: number) {
  if (!s) return;
  if (fill === 'hand') p.hand(s, x, y, 13);
  else p.typed(s, x, y, 11);
}

/** The printed Open Exeter GP form, filled in. */
function oeGpPage(seed: string, v: OeGpValues, fill: Fill): ScanPage {
  const p = new ScanPage(seed);
  p.nhsLogo(171, 10);
  p.print('Primary Care Support England', 15, 18, 11, true, '#1d4f9a');
  p.print('Open Exeter: request for a Primary User (GP practices)', 15, 32, 14, true);
  let y = p.printPara('The Primary User manages Open Exeter access for the practice (Organisation Maintenance). This form must be signed at the bottom of page 1 by an authorised signatory. Please complete in BLOCK CAPITALS and email to pcse.openexeter@nhs.net.', 15, 40, 180, 9);
  y += 4;
  const rowH = 10.5;
  const section = (title: string, rows: [string, string][]) => {
    p.box(15, y, 180, rowH, '#dfe7f4');
    p.print(title, 17, y + 7.2, 10.5, true);
    y += rowH;
    for (const [label, value] of rows) {
      p.box(15, y, 55, rowH);
      p.box(70, y, 125, rowH);
      p.print(label, 17, y + 7, 9.5);
      put(p, fill, value, 73, y + 7.6);
      y += rowH;
    }
    y += 5;
  };
  section('Section 1  Practice details', [['Practice name', v.practice], ['Practice code', v.code], ['Practice address', v.address], ['Practice telephone', v.phone]]);
  section('Section 2  Person to be set up as Primary User', [['Title', v.title], ['Forename', v.forename], ['Surname', v.surname], ['Job title', v.jobTitle], ['NHSmail address', v.email], ['Direct telephone', v.userPhone]]);
  p.box(15, y, 180, rowH, '#dfe7f4');
  p.print('Section 3  Authorised signatory (tick one)', 17, y + 7.2, 10.5, true);
  y += rowH + 4;
  const caps: OeGpValues['capacity'][] = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
  caps.forEach((c, i) => {
    const cx = 17 + (i % 3) * 60;
    const cy = y + Math.floor(i / 3) * 9;
    p.box(cx, cy, 5, 5);
    p.print(c, cx + 7, cy + 4.3, 9.5);
    if (c === v.capacity) p.tick(cx + 0.5, cy + 0.2, 4.5);
  });
  y += 22;
  for (const [label, value] of [['Name of signatory', v.sigName], ['Email', v.sigEmail], ['Date', v.date]] as [string, string][]) {
    p.box(15, y, 55, rowH);
    p.box(70, y, 125, rowH);
    p.print(label, 17, y + 7, 9.5);
    put(p, fill, value, 73, y + 7.6);
    y += rowH;
  }
  p.box(15, y, 55, 20);
  p.box(70, y, 125, 20);
  p.print('Signature', 17, y + 7, 9.5);
  p.signature(`${seed}:${v.sigName}`, 74, y + 1.5, 70, 17);
  y += 28;
  p.printPara('PCSE will validate the signatory before setting up the Primary User. Incomplete or unsigned forms cannot be processed.', 15, y, 180, 8, '#555555');
  p.print('OE-PU-GP  v2.4  Page 1 of 1', 15, 288, 7, false, '#555555');
  return p;
}

export async function oeGpHandwrittenScan(seed: string, v: OeGpValues): Promise<Uint8Array> {
  const page = oeGpPage(seed, v, 'hand');
  const jpg = page.scanned({ angleDeg: -0.9, dx: 6, dy: 10, shadow: 'left', quality: 70, speckles: 2600 });
  return scanPdf([jpg], { creator: 'RICOH IM C3000', producer: 'RICOH IM C3000', date: '2026-11-26T13:41:07Z' });
}

export async function oeGpTwoFormScan(seed: string, first: OeGpValues, second: OeGpValues): Promise<Uint8Array> {
  const p1 = oeGpPage(`${seed}/1`, first, 'typed').scanned({ angleDeg: 0.6, dx: -4, dy: 6, shadow: 'top', quality: 68, speckles: 2000 });
  const p2 = oeGpPage(`${seed}/2`, second, 'typed').scanned({ angleDeg: -1.3, dx: 8, dy: -5, shadow: 'top', quality: 68, speckles: 2200 });
  return scanPdf([p1, p2], { creator: 'Canon iR-ADV C5535  PDF', producer: 'Adobe PSL 1.3e for Canon', date: '2026-12-01T10:17:52Z', title: 'SCAN0042' });
}

export interface GppScanValues {
  practice: string; code: string; address: string;
  title: string; firstName: string; surname: string; jobTitle: string; email: string; phone: string;
  approverName: string; approverRole: string; approverEmail: string; date: string;
}

/** A GPP certification form, typed, printed, signed and scanned (one page, both parts). */
export async function gppTypedScan(seed: string, v: GppScanValues): Promise<Uint8Array> {
  const p = new ScanPage(seed);
  p.nhsLogo(171, 10);
  p.print('Primary Care Support England', 15, 18, 11, true, '#1d4f9a');
  p.print('GP Payments and Pensions: Practice User Administrator', 15, 32, 14, true);
  p.print('Certification Form', 15, 39, 14, true);
  let y = p.printPara('Use this form if your practice has no GPP Practice User Administrator. Complete BOTH parts. Part B must be signed by one of the organisation\'s approvers. Return to pcse.portalenquiries@nhs.net.', 15, 47, 180, 9);
  y += 4;
  const rowH = 11;
  const rows = (title: string, list: [string, string][]) => {
    p.box(15, y, 180, rowH, '#e3e3e3');
    p.print(title, 17, y + 7.5, 10.5, true);
    y += rowH;
    for (const [label, value] of list) {
      p.box(15, y, 58, rowH);
      p.box(73, y, 122, rowH);
      p.print(label, 17, y + 7.3, 9.5);
      p.typed(value, 76, y + 7.6, 11);
      y += rowH;
    }
    y += 6;
  };
  rows('PART A  Practice and nominated User Administrator', [
    ['Practice name', v.practice], ['Practice ODS code', v.code], ['Practice address', v.address],
    ['Title', v.title], ['First name', v.firstName], ['Surname', v.surname], ['Job title', v.jobTitle], ['NHSmail address', v.email], ['Telephone', v.phone],
  ]);
  y = p.printPara('PART B  I certify that the person named in Part A works at this practice and should be given the GPP Practice User Administrator role. I am an approver for the organisation.', 15, y + 2, 180, 9.5, '#111111');
  y += 3;
  for (const [label, value] of [['Approver name', v.approverName], ['Position', v.approverRole], ['Email', v.approverEmail], ['Date', v.date]] as [string, string][]) {
    p.box(15, y, 58, rowH);
    p.box(73, y, 122, rowH);
    p.print(label, 17, y + 7.3, 9.5);
    p.typed(value, 76, y + 7.6, 11);
    y += rowH;
  }
  p.box(15, y, 58, 22);
  p.box(73, y, 122, 22);
  p.print('Signature', 17, y + 7.3, 9.5);
  p.signature(`${seed}:${v.approverName}`, 78, y + 2, 72, 18);
  p.print('PCSE GPP UA Cert v3.1', 15, 288, 7, false, '#555555');
  const jpg = p.scanned({ angleDeg: 1.1, dx: -10, dy: 4, shadow: 'none', quality: 66, speckles: 3000 });
  return scanPdf([jpg], { creator: 'HP LaserJet MFP M428fdw', producer: 'HP Scan', date: '2026-11-30T09:05:33Z' });
}
