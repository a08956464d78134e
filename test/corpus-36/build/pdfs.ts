// The PDF attachments of corpus 36 (writer AF): fillable forms, word-processor exports and image-only scans.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng } from './lib.js';
import { branchLetterSheet, gppHandSheet, oeBoxesSheet, oeGuidanceSheet, oeTypedSheet } from './scanforms.js';
import { photo, scan } from './scans.js';

const FIXED = new Date('2026-11-01T09:00:00Z');
const A4: [number, number] = [595.28, 841.89];
const INK = rgb(0.1, 0.12, 0.36);
const GREY = rgb(0.35, 0.35, 0.35);
const BLUE = rgb(0, 0.37, 0.72);

/** pdf-lib names font resources with Math.random: seed it so two builds give identical bytes. */
async function seeded<T>(seed: number, fn: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = rng(seed);
  try {
    return await fn();
  } finally {
    Math.random = orig;
  }
}

async function newDoc(title: string, producer: string, creator: string, created = FIXED): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer(producer);
  doc.setCreator(creator);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  return doc;
}

/** A scribbled signature as an SVG path inside a w × h box. */
function signaturePath(seed: number, w: number, h: number): string {
  const r = rng(seed);
  let x = w * 0.05;
  let y = h * 0.6;
  const parts = [`M ${x.toFixed(1)} ${y.toFixed(1)}`];
  const n = 6 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const nx = x + (w * 0.85) / n + (r() - 0.5) * 6;
    const ny = h * (0.25 + 0.5 * r());
    parts.push(`C ${(x + r() * 12).toFixed(1)} ${(h * (0.05 + 0.3 * r())).toFixed(1)} ${(nx - r() * 14).toFixed(1)} ${(h * (0.7 + 0.3 * r())).toFixed(1)} ${nx.toFixed(1)} ${ny.toFixed(1)}`);
    x = nx;
    y = ny;
  }
  parts.push(`M ${(w * 0.1).toFixed(1)} ${(h * 0.85).toFixed(1)} Q ${(w * 0.5).toFixed(1)} ${(h * 0.7).toFixed(1)} ${(w * 0.95).toFixed(1)} ${(h * 0.8).toFixed(1)}`);
  return parts.join(' ');
}

function sign(page: PDFPage, seed: number, x: number, yTop: number, w: number, h: number): void {
  page.drawSvgPath(signaturePath(seed, w, h), { x, y: yTop, borderColor: INK, borderWidth: 1.1 });
}

/** Wraps a paragraph; returns the y below it. */
function para(page: PDFPage, font: PDFFont, text: string, x: number, y: number, width: number, size = 9.5, lead = 1.35): number {
  let line = '';
  for (const w of text.split(' ')) {
    const t = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(t, size) > width && line) {
      page.drawText(line, { x, y, size, font });
      y -= size * lead;
      line = w;
    } else line = t;
  }
  if (line) page.drawText(line, { x, y, size, font });
  return y - size * lead;
}

// ---------- P1: GPP certification, fillable, two pages ----------

export async function gppFillable(): Promise<Uint8Array> {
  return seeded(101, async () => {
    const doc = await newDoc('GPP Practice User Administrator Certification', 'Adobe PDF Library 23.1.175', 'Adobe InDesign 19.0 (Windows)');
    const helv = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const form = doc.getForm();
    const L = 50;
    const W = 495;
    const field = (page: PDFPage, name: string, label: string, value: string, y: number, w = 300): void => {
      page.drawText(label, { x: L, y: y + 6, size: 9.5, font: helv });
      const tf = form.createTextField(name);
      tf.setText(value);
      tf.addToPage(page, { x: L + 170, y, width: w, height: 20, font: helv, borderColor: GREY, borderWidth: 0.6, backgroundColor: rgb(0.93, 0.95, 1) });
      tf.setFontSize(10);
    };
    const p1 = doc.addPage(A4);
    p1.drawText('PCSE', { x: L, y: 790, size: 22, font: bold, color: BLUE });
    p1.drawText('Primary Care Support England', { x: L + 68, y: 792, size: 10, font: helv, color: BLUE });
    p1.drawText('GP Payments and Pensions - Practice User Administrator certification', { x: L, y: 752, size: 13, font: bold });
    let y = para(p1, helv, 'Complete this form if your GP practice has no GPP Practice User Administrator, or to add one (up to four per practice). Part A is completed by the practice; Part B must be completed and signed by one of the organisation\'s approvers. Return both parts to pcse.portalenquiries@nhs.net.', L, 728, W);
    y -= 10;
    p1.drawRectangle({ x: L, y: y - 4, width: W, height: 20, color: rgb(0.86, 0.9, 0.96) });
    p1.drawText('Part A: the practice and the person nominated', { x: L + 6, y: y + 2, size: 11, font: bold });
    y -= 40;
    field(p1, 'org_nm', 'Practice name', 'Fellside Surgery', y);
    y -= 30;
    field(p1, 'org_ods', 'Practice ODS code', 'A82619', y, 120);
    y -= 30;
    field(p1, 'org_addr', 'Practice address', 'Market Place, Garrigill, Alston, CA9 3DS', y);
    y -= 44;
    field(p1, 'nom_fn', 'Nominee first name', 'Ciara', y);
    y -= 30;
    field(p1, 'nom_sn', 'Nominee surname', "O'Donoghue", y);
    y -= 30;
    field(p1, 'nom_jt', 'Nominee job title', 'Assistant Practice Manager', y);
    y -= 30;
    field(p1, 'nom_eml', 'Nominee NHSmail address', 'ciara.odonoghue@nhs.net', y);
    y -= 30;
    field(p1, 'nom_tel', 'Nominee telephone', '01434 381 220', y, 160);
    p1.drawText('Page 1 of 2   GPP-UAC/2026', { x: L, y: 40, size: 7.5, font: helv, color: GREY });

    const p2 = doc.addPage(A4);
    y = 780;
    p2.drawRectangle({ x: L, y: y - 4, width: W, height: 20, color: rgb(0.86, 0.9, 0.96) });
    p2.drawText('Part B: certification by an organisation approver', { x: L + 6, y: y + 2, size: 11, font: bold });
    y = para(p2, helv, 'I confirm that the person named in Part A works at the practice and I authorise PCSE to give them the GPP Practice User Administrator role in PCSE Online. I am an approver for this organisation.', L, y - 26, W);
    const cb = form.createCheckBox('decl_ok');
    cb.addToPage(p2, { x: L, y: y - 14, width: 11, height: 11, borderColor: GREY, borderWidth: 0.6 });
    cb.check();
    p2.drawText('I agree with the statement above', { x: L + 18, y: y - 12, size: 9.5, font: helv });
    y -= 50;
    field(p2, 'appr_nm', 'Approver name', 'Dr Michael Thwaite', y);
    y -= 30;
    field(p2, 'sig_cap', 'Capacity', 'GP Partner', y);
    y -= 30;
    field(p2, 'appr_eml', 'Approver email', 'michael.thwaite1@nhs.net', y);
    y -= 50;
    p2.drawText('Signature', { x: L, y: y + 16, size: 9.5, font: helv });
    p2.drawRectangle({ x: L + 170, y, width: 200, height: 42, borderColor: GREY, borderWidth: 0.6 });
    sign(p2, 7101, L + 176, y + 40, 185, 36);
    y -= 34;
    field(p2, 'sig_dt', 'Date', '03/11/2026', y, 100);
    p2.drawText('Page 2 of 2   GPP-UAC/2026', { x: L, y: 40, size: 7.5, font: helv, color: GREY });
    form.updateFieldAppearances(helv);
    return doc.save({ useObjectStreams: false });
  });
}

// ---------- P2: Open Exeter Primary User, GP practices, fillable ----------

export async function oeGpFillable(): Promise<Uint8Array> {
  return seeded(102, async () => {
    const doc = await newDoc('Open Exeter Primary User request - GP practice', 'Microsoft: Print To PDF', 'Microsoft Word');
    const helv = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const form = doc.getForm();
    const L = 56;
    const W = 483;
    const p1 = doc.addPage(A4);
    p1.drawText('Open Exeter - cervical screening', { x: L, y: 792, size: 10, font: helv, color: BLUE });
    p1.drawText('Request for a Primary User: GP practices', { x: L, y: 768, size: 15, font: bold });
    let y = para(p1, helv, 'Use this form to ask PCSE to set up a member of practice staff as an Open Exeter Primary User (the user with Organisation Maintenance). It must be signed at the bottom of this page by an authorised signatory.', L, 746, W, 9);
    const row = (name: string, label: string, value: string, w = 290): void => {
      p1.drawText(label, { x: L, y: y + 5, size: 9, font: helv });
      const tf = form.createTextField(name);
      if (value) tf.setText(value);
      tf.addToPage(p1, { x: L + 190, y, width: w, height: 18, font: helv, borderColor: GREY, borderWidth: 0.5 });
      tf.setFontSize(9.5);
      y -= 25;
    };
    y -= 14;
    p1.drawText('1  Practice', { x: L, y, size: 11, font: bold });
    y -= 26;
    row('prac_nm', 'Practice name', 'Tregony Surgery');
    row('prac_cd', 'Practice code', 'L82077', 100);
    row('prac_addr', 'Address', 'Fore Street, Tregony, Truro, TR2 5RN');
    y -= 8;
    p1.drawText('2  Person to become Primary User', { x: L, y, size: 11, font: bold });
    y -= 26;
    row('pu_ttl', 'Title', 'Mr', 60);
    row('pu_fn', 'Forename', 'Jago');
    row('pu_sn', 'Surname', 'Trethewey');
    row('pu_role', 'Job role', 'Reception Supervisor');
    row('pu_eml', 'NHSmail address', 'jago.trethewey@nhs.net');
    row('pu_tel', 'Telephone', '01872 530 441', 140);
    row('pu_oeid', 'Existing Open Exeter user ID (if any)', '', 140);
    y -= 8;
    p1.drawText('3  Authorised signatory', { x: L, y, size: 11, font: bold });
    y -= 20;
    p1.drawText('Capacity in which you sign (tick one):', { x: L, y, size: 9, font: helv });
    y -= 20;
    const caps: [string, string, boolean][] = [
      ['cap_lgp', 'Lead GP', false],
      ['cap_gpp', 'GP Partner', true],
      ['cap_cg', 'Caldicott Guardian', false],
      ['cap_epc', 'Existing Primary Contact', false],
      ['cap_bod', 'Member of the Board of Directors', false],
    ];
    caps.forEach(([n, label, on], i) => {
      const x = L + (i % 3) * 165;
      const yy = y - Math.floor(i / 3) * 18;
      const cb = form.createCheckBox(n);
      cb.addToPage(p1, { x, y: yy, width: 10, height: 10, borderColor: GREY, borderWidth: 0.6 });
      if (on) cb.check();
      p1.drawText(label, { x: x + 15, y: yy + 1.5, size: 9, font: helv });
    });
    y -= 46;
    row('sg_nm', 'Signatory name', 'Dr Alan Pengelly');
    row('sg_eml', 'Signatory NHSmail address', 'alan.pengelly@nhs.net');
    p1.drawText('Signature', { x: L, y: y - 6, size: 9, font: helv });
    p1.drawRectangle({ x: L + 190, y: y - 30, width: 190, height: 44, borderColor: GREY, borderWidth: 0.5 });
    sign(p1, 7102, L + 196, y + 12, 176, 38);
    y -= 50;
    row('sg_dt', 'Date', '20/11/2026', 100);
    p1.drawText('Signature required here - forms without a signature on page 1 cannot be processed.   Page 1 of 2', { x: L, y: 40, size: 7.5, font: helv, color: GREY });
    const p2 = doc.addPage(A4);
    p2.drawText('Notes', { x: L, y: 780, size: 13, font: bold });
    let yy = 756;
    for (const t of [
      'A Primary User can add, amend and delete users for the practice and reset their passwords. We recommend two Primary Users per organisation.',
      'Authorised signatories for GP practices: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.',
      'Email the completed and signed form to pcse.openexeter@nhs.net. We will validate the signatory before setting up the Primary User.',
    ])
      yy = para(p2, helv, t, L, yy, W, 9.5) - 8;
    p2.drawText('Page 2 of 2', { x: L, y: 40, size: 7.5, font: helv, color: GREY });
    form.updateFieldAppearances(helv);
    return doc.save({ useObjectStreams: false });
  });
}

// ---------- P3: Open Exeter Primary User, other organisations, fillable, left unsigned ----------

export async function oeOtherFillable(): Promise<Uint8Array> {
  return seeded(103, async () => {
    const doc = await newDoc('OE Primary User - non GP organisations', 'macOS Version 15.1 (Build 24B83) Quartz PDFContext', 'Pages');
    const helv = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const form = doc.getForm();
    const L = 54;
    const p = doc.addPage(A4);
    p.drawText('OPEN EXETER', { x: L, y: 790, size: 18, font: bold, color: rgb(0.2, 0.2, 0.2) });
    p.drawText('Primary User request for organisations other than GP practices', { x: L, y: 768, size: 12, font: bold });
    let y = para(p, helv, 'For colposcopy clinics, laboratories, sexual health services and other organisations using Open Exeter. Signatory must be a Caldicott Guardian, a member of the Board of Directors or an existing Primary User of the organisation. Sign at the bottom of page 1.', L, 748, 487, 9);
    const row = (name: string, label: string, value: string, w = 280): void => {
      p.drawText(label, { x: L, y: y + 5, size: 9, font: helv });
      const tf = form.createTextField(name);
      if (value) tf.setText(value);
      tf.addToPage(p, { x: L + 200, y, width: w, height: 18, font: helv, borderColor: GREY, borderWidth: 0.5, backgroundColor: rgb(0.97, 0.97, 0.9) });
      tf.setFontSize(9.5);
      y -= 26;
    };
    y -= 16;
    p.drawText('Organisation', { x: L, y, size: 11, font: bold });
    y -= 26;
    row('orgName', 'Organisation name', 'Rose Lane Wellbeing Clinic');
    row('orgCode', 'Organisation code (if known)', '', 100);
    row('orgType', 'Type of organisation', 'Independent sexual and women\'s health clinic');
    row('orgAddress', 'Address', '2 Rose Lane, Ledbury, HR8 1AB');
    y -= 6;
    p.drawText('Proposed Primary User', { x: L, y, size: 11, font: bold });
    y -= 26;
    row('nomForename', 'Forename', 'Precious');
    row('nomSurname', 'Surname', 'Moyo');
    row('nomJobTitle', 'Job title', 'Clinic Coordinator');
    row('nomEmail', 'Email address', 'precious.moyo@roselaneclinic.co.uk');
    y -= 6;
    p.drawText('Authorised signatory', { x: L, y, size: 11, font: bold });
    y -= 26;
    row('sigName', 'Name', 'Dr Helena Sørensen');
    row('sigEmail', 'Email address', 'helena.sorensen@roselaneclinic.co.uk');
    p.drawText('Capacity', { x: L, y: y + 5, size: 9, font: helv });
    const caps: [string, string, boolean][] = [
      ['chkCaldicott', 'Caldicott Guardian', true],
      ['chkBoard', 'Board of Directors', false],
      ['chkExistingPU', 'Existing Primary User', false],
    ];
    caps.forEach(([n, label, on], i) => {
      const x = L + 200 + i * 100;
      const cb = form.createCheckBox(n);
      cb.addToPage(p, { x, y: y + 4, width: 10, height: 10, borderColor: GREY, borderWidth: 0.6 });
      if (on) cb.check();
      p.drawText(label, { x: x + 14, y: y + 5.5, size: 8, font: helv });
    });
    y -= 60;
    p.drawText('Signature', { x: L, y: y + 18, size: 9, font: helv });
    p.drawRectangle({ x: L + 200, y, width: 220, height: 44, borderColor: GREY, borderWidth: 0.5 });
    y -= 30;
    row('sigDate', 'Date', '', 100);
    p.drawText('Page 1 of 1', { x: L, y: 40, size: 7.5, font: helv, color: GREY });
    form.updateFieldAppearances(helv);
    return doc.save({ useObjectStreams: false });
  });
}

// ---------- flat exports with values under their labels ----------

interface Block {
  heading?: string;
  items?: [string, string][];
  text?: string;
}

async function flatUnderLabels(seed: number, o: { title: string; producer: string; creator: string; serif: boolean; head: string[]; blocks: Block[]; signAfter?: string; foot: string }): Promise<Uint8Array> {
  return seeded(seed, async () => {
    const doc = await newDoc(o.title, o.producer, o.creator);
    const reg = await doc.embedFont(o.serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
    const bold = await doc.embedFont(o.serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
    const L = 72;
    const W = 451;
    const p = doc.addPage(A4);
    let y = 770;
    o.head.forEach((h, i) => {
      p.drawText(h, { x: L, y, size: i === 0 ? 15 : 10.5, font: i === 0 ? bold : reg });
      y -= i === 0 ? 22 : 15;
    });
    y -= 8;
    for (const b of o.blocks) {
      if (b.heading) {
        p.drawText(b.heading, { x: L, y, size: 12, font: bold });
        p.drawLine({ start: { x: L, y: y - 4 }, end: { x: L + W, y: y - 4 }, thickness: 0.5, color: GREY });
        y -= 24;
      }
      if (b.text) y = para(p, reg, b.text, L, y, W, 10.5) - 6;
      for (const [k, v] of b.items ?? []) {
        p.drawText(k, { x: L, y, size: 10, font: bold });
        y -= 14;
        for (const line of v.split('\n')) {
          p.drawText(line, { x: L, y, size: 11, font: reg });
          y -= 14;
        }
        y -= 7;
        if (b.heading && k === o.signAfter) {
          p.drawText('Signature', { x: L, y, size: 10, font: bold });
          sign(p, seed * 7, L, y - 4, 150, 36);
          y -= 58;
        }
      }
      y -= 6;
    }
    p.drawText(o.foot, { x: L, y: 36, size: 7.5, font: reg, color: GREY });
    return doc.save({ useObjectStreams: false });
  });
}

/** P4: Open Exeter Primary User (GP) typed in Word, exported to PDF, signed by the practice manager. */
export const oeGpWordExport = (): Promise<Uint8Array> =>
  flatUnderLabels(104, {
    title: 'OE primary user form Bewcastle',
    producer: 'Microsoft® Word for Microsoft 365',
    creator: 'Microsoft® Word for Microsoft 365',
    serif: true,
    head: ['Open Exeter Primary User Request (GP Practice)', 'Please complete all sections. The form must be signed at the bottom of page 1 by an authorised signatory.'],
    blocks: [
      { heading: 'Practice', items: [['Practice name', 'Bewcastle & Roadhead Surgery'], ['Practice code', 'A82650']] },
      { heading: 'Proposed Primary User', items: [['Full name', 'Donna Carruthers'], ['Job title', 'Senior Receptionist'], ['NHSmail address', 'donna.carruthers@nhs.net']] },
      { heading: 'Authorised signatory', items: [['Name', 'Mhairi McGillivray'], ['Capacity', 'Practice Manager'], ['Email', 'mhairi.mcgillivray@nhs.net'], ['Date', '30/11/2026']] },
    ],
    signAfter: 'Email',
    foot: 'OE Primary User Request (GP)  -  page 1 of 1',
  });

/** P7: GPP certification typed in Word and exported (flat), values under their labels. */
export const gppWordExport = (): Promise<Uint8Array> =>
  flatUnderLabels(107, {
    title: 'GPP User Admin Certification',
    producer: 'Microsoft® Word 2019',
    creator: 'Microsoft® Word 2019',
    serif: false,
    head: ['GPP Practice User Administrator Certification', 'GP Payments and Pensions  |  PCSE Online', 'Return to pcse.portalenquiries@nhs.net'],
    blocks: [
      {
        heading: 'Part A  -  Practice and nominee',
        items: [
          ['Practice name', 'Kettlewell & Upper Wharfedale Medical Practice'],
          ['Practice ODS code', 'B82041'],
          ['Name of person nominated', 'Oluwaseun Adeyemi-Clarke'],
          ['Job title', 'Practice Administrator'],
          ['NHSmail address', 'oluwaseun.adeyemi-clarke@nhs.net'],
        ],
      },
      {
        heading: 'Part B  -  Organisation approver',
        text: 'I certify that the person named in Part A should be given the GPP Practice User Administrator role for this practice.',
        items: [
          ['Approver name', 'Dr Helen Rudd'],
          ['Role', 'GP Partner'],
          ['Approver email', 'helen.rudd@nhs.net'],
          ['Date', '26/11/2026'],
        ],
      },
    ],
    signAfter: 'Approver email',
    foot: 'GPP PUA certification  -  typed version',
  });

/** P8: an independent pharmacy's request to extend its main contact to a newly bought pharmacy. */
export const extensionLetter = (): Promise<Uint8Array> =>
  flatUnderLabels(108, {
    title: 'Main contact extension - Broadway Village Pharmacy',
    producer: 'LibreOffice 7.6',
    creator: 'Writer',
    serif: false,
    head: ["Sandhu's Pharmacy", '22 Kings Road, Evesham, WR11 3BQ   Tel 01386 442 910', 'Request to extend an existing main contact to a new pharmacy'],
    blocks: [
      {
        heading: 'Existing pharmacy',
        items: [
          ['Pharmacy name', "Sandhu's Pharmacy"],
          ['ODS code', 'FH471'],
          ['Main contact held by PCSE', 'Harjinder Sandhu'],
          ['Main contact email', 'harj.sandhu@nhs.net'],
          ['Address', '22 Kings Road\nEvesham\nWR11 3BQ'],
          ['Telephone', '01386 442 910'],
        ],
      },
      {
        heading: 'New pharmacy (acquired 1 November 2026)',
        items: [
          ['ODS code', 'FC389'],
          ['Pharmacy name', 'Broadway Village Pharmacy'],
          ['Address', '1 The Green\nBroadway\nWorcestershire\nWR12 7AA'],
        ],
      },
    ],
    foot: "Sandhu's Pharmacy Ltd  -  registered in England",
  });

/** P5: a family optician's letter from the contract holder nominating an OPTO user administrator. */
export async function optoLetter(): Promise<Uint8Array> {
  return seeded(105, async () => {
    const doc = await newDoc('Letter to PCSE', 'LibreOffice 24.2', 'Writer');
    const reg = await doc.embedFont(StandardFonts.Helvetica);
    const bold = await doc.embedFont(StandardFonts.HelveticaBold);
    const obl = await doc.embedFont(StandardFonts.HelveticaOblique);
    const L = 70;
    const p = doc.addPage(A4);
    p.drawText('Van der Veen Opticians', { x: L, y: 780, size: 18, font: bold, color: rgb(0.45, 0.1, 0.2) });
    p.drawText('Family opticians since 1968  ·  14 Sheep Street, Bicester, OX26 6JW  ·  01869 252 117', { x: L, y: 762, size: 8.5, font: obl, color: GREY });
    p.drawText('pieter@vanderveenopticians.co.uk', { x: L, y: 750, size: 8.5, font: obl, color: GREY });
    let y = 710;
    for (const l of ['Primary Care Support England', 'pcse.portalenquiries@nhs.net', '', '25 November 2026', '', 'Dear Sir or Madam,', '']) {
      p.drawText(l, { x: L, y, size: 10.5, font: reg });
      y -= 15;
    }
    p.drawText('Nomination of an Ophthalmic Payments user administrator - practice code TPV04', { x: L, y, size: 10.5, font: bold });
    y -= 22;
    y = para(p, reg, 'As contract holder for Van der Veen Opticians I would like to nominate my daughter to hold the OPTO Organisation User Administration role for our practice in PCSE Online. She manages the practice day to day and will look after our users.', L, y, 455, 10.5) - 8;
    const items: [string, string][] = [
      ['Name of nominee', 'Esmé van der Veen'],
      ['Email address of nominee', 'esme@vanderveenopticians.co.uk'],
      ['Role requested', 'OPTO Organisation User Administration'],
    ];
    for (const [k, v] of items) {
      p.drawText(k, { x: L + 20, y, size: 10, font: bold });
      y -= 14;
      p.drawText(v, { x: L + 20, y, size: 10.5, font: reg });
      y -= 20;
    }
    y = para(p, reg, 'I do not need a user administrator role myself. Please reply to me or to the practice email if you need anything further.', L, y - 4, 455, 10.5) - 14;
    p.drawText('Yours faithfully,', { x: L, y, size: 10.5, font: reg });
    sign(p, 7105, L, y - 6, 140, 38);
    y -= 58;
    p.drawText('Pieter van der Veen', { x: L, y, size: 10.5, font: reg });
    p.drawText('Contract Holder, Van der Veen Opticians', { x: L, y: y - 15, size: 10.5, font: reg });
    return doc.save({ useObjectStreams: false });
  });
}

// ---------- image-only scans ----------

async function imagePdf(seed: number, pages: { jpg: Buffer; w: number; h: number }[], producer: string, creator: string, title: string): Promise<Uint8Array> {
  return seeded(seed, async () => {
    const doc = await newDoc(title, producer, creator);
    for (const pg of pages) {
      const img = await doc.embedJpg(pg.jpg);
      const page = doc.addPage([pg.w, pg.h]);
      page.drawImage(img, { x: 0, y: 0, width: pg.w, height: pg.h });
    }
    return doc.save({ useObjectStreams: false });
  });
}

/** S1: the GPP form photographed on a desk with a phone (perspective, uneven light). */
export const scanPhotoGpp = (): Promise<Uint8Array> =>
  imagePdf(201, [{ jpg: photo(gppHandSheet(), 2201, [[214, 168], [1332, 252], [1421, 1884], [86, 1796]]), w: 600, h: 800 }], 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', 'Notes', 'Scanned Document');

/** S2: the Open Exeter GP form, typed, signed and scanned in greyscale at 96 dpi (two pages). */
export const scanLowResOe = (): Promise<Uint8Array> =>
  imagePdf(
    202,
    [
      { jpg: scan(oeTypedSheet(), { seed: 2202, skewDeg: -0.8, grey: true, noise: 9, specks: 60, quality: 55 }), w: A4[0], h: A4[1] },
      { jpg: scan(oeGuidanceSheet(), { seed: 2212, skewDeg: -0.5, grey: true, noise: 9, specks: 40, quality: 55 }), w: A4[0], h: A4[1] },
    ],
    'RICOH Aficio MP 2352',
    'RICOH Aficio MP 2352',
    'Scan',
  );

/** S3: the branch set-up letter, fed into the scanner upside down. */
export const scanUpsideDownBranch = (): Promise<Uint8Array> =>
  imagePdf(203, [{ jpg: scan(branchLetterSheet(), { seed: 2203, skewDeg: 0.6, rotate180: true, noise: 6, specks: 40, shadowEdge: true, quality: 72 }), w: A4[0], h: A4[1] }], 'Canon iR-ADV C3530', 'Canon iR-ADV C3530', 'SCAN0047');

/** S4: the Open Exeter GP form with one handwritten capital per box. */
export const scanBoxedOe = (): Promise<Uint8Array> =>
  imagePdf(204, [{ jpg: scan(oeBoxesSheet(), { seed: 2204, skewDeg: 1.1, noise: 6, specks: 50, quality: 75 }), w: A4[0], h: A4[1] }], 'Brother MFC-L2710DW', 'Brother iPrint&Scan', 'Scan_20261127_0915');
