// The covering letter that is scanned in front of a form: practice letterhead, a letter, a received stamp.
import { para, type Op } from './pdfs.js';

export function coverLetterPage(): Op[] {
  const p: Op[] = [];
  // letterhead
  p.push({ t: 'rect', x: 470, y: 34, w: 86, h: 34, fill: [0, 0.37, 0.72] });
  p.push({ t: 'text', x: 481, y: 60, s: 22, str: 'NHS', bold: true, colour: [1, 1, 1] });
  p.push({ t: 'text', x: 40, y: 52, s: 17, str: 'Temple Quay Practice', bold: true, colour: [0.1, 0.2, 0.45] });
  p.push({ t: 'text', x: 40, y: 68, s: 9.5, str: 'part of Brunel Health Partnership Ltd', colour: [0.1, 0.2, 0.45] });
  p.push({ t: 'text', x: 40, y: 82, s: 9, str: '1 Kingsley Hall, Temple Way, Bristol BS1 6NH   |   Tel 0117 902 1188   |   templequay.practice@nhs.net' });
  p.push({ t: 'line', x1: 40, y1: 92, x2: 556, y2: 92 });
  p.push({ t: 'text', x: 40, y: 130, s: 10.5, str: 'PCSE Open Exeter' });
  p.push({ t: 'text', x: 40, y: 144, s: 10.5, str: 'by email: pcse.openexeter@nhs.net' });
  p.push({ t: 'text', x: 430, y: 130, s: 10.5, str: '18 January 2027' });
  p.push({ t: 'text', x: 40, y: 180, s: 10.5, str: 'Dear Sir or Madam' });
  p.push({ t: 'text', x: 40, y: 204, s: 10.5, str: 'Request for an Open Exeter Primary User - Temple Quay Practice (L81144)', bold: true });
  let y = 228;
  for (const t of [
    'Temple Quay Practice is run by Brunel Health Partnership Ltd, a GP practice company. Our previous Primary User left the company in December and we currently have nobody who can add or remove Open Exeter users or reset passwords.',
    'Please find overleaf the completed Primary User request form for our Operations Manager, Mrs Kathryn Dyer. I have signed the form at the bottom of page 1 as the company\'s Medical Director and a member of its Board of Directors.',
    'If you need to verify my signature, please contact me on the number above or at olumide.bankole@nhs.net.',
  ]) {
    const r = para(t, 40, y, 500, 10.5, 15);
    p.push(...r.ops);
    y = r.y + 10;
  }
  p.push({ t: 'text', x: 40, y: y + 6, s: 10.5, str: 'Yours faithfully' });
  p.push({ t: 'sig', name: 'cover-sig', x: 40, y: y + 14, w: 170, h: 34, signed: true, seed: 'Dr Olumide Bankole cover', box: false });
  p.push({ t: 'text', x: 40, y: y + 66, s: 10.5, str: 'Dr Olumide Bankole' });
  p.push({ t: 'text', x: 40, y: y + 80, s: 10.5, str: 'Medical Director, Brunel Health Partnership Ltd' });
  p.push({ t: 'stamp', x: 330, y: y + 30, lines: ['TEMPLE QUAY PRACTICE', 'BRUNEL HEALTH PARTNERSHIP LTD', '18 JAN 2027', 'BRISTOL BS1 6NH'], angle: -8, colour: [0.45, 0.12, 0.55] });
  p.push({ t: 'text', x: 40, y: 800, s: 7.5, str: 'Brunel Health Partnership Ltd. Registered in England and Wales No. 10984412. Registered office: 1 Kingsley Hall, Temple Way, Bristol BS1 6NH.' });
  return p;
}
