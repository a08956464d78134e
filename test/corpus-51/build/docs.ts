// The attached documents: forms (fillable, flat, scanned) and letters on headed paper.
import { PDFDocument, StandardFontEmbedder, StandardFonts, rgb } from 'pdf-lib';
import { drawCanvasPage, drawPdfPage, type Op } from './layout.js';
import { scanPage, scanPdf, type ScanOpts } from './scan.js';

type Mode = 'typed' | 'hand' | 'fillable';
interface Meta { title: string; author?: string; creator: string; producer: string; date: string }
interface Row { label: string; value?: string; h?: number }
interface FieldBox { name: string; x: number; y: number; w: number; h: number; value: string; multiline?: boolean }

const typedOrHand = (ops: Op[], mode: Mode, x: number, y: number, value: string | undefined, seed: string, size = 10.5) => {
  if (!value) return;
  if (mode === 'typed') ops.push({ t: 'text', x, y, s: size, f: 'sans', str: value });
  else if (mode === 'hand') ops.push({ t: 'hand', x, y: y + 1, s: size + 2, str: value, seed });
};

/** Label column on the left, a box on the right; in fillable mode the box becomes an AcroForm field. */
function rows(ops: Op[], fields: FieldBox[], mode: Mode, top: number, list: (Row & { name: string })[], seed: string, lx = 50, bx = 228, bw = 317): number {
  let y = top;
  for (const r of list) {
    const h = r.h ?? 20;
    ops.push({ t: 'text', x: lx, y: y + 13.5, s: 9.5, f: 'sans', str: r.label });
    ops.push({ t: 'rect', x: bx, y, w: bw, h, lw: 0.7 });
    if (mode === 'fillable') fields.push({ name: r.name, x: bx, y, w: bw, h, value: r.value ?? '' });
    else typedOrHand(ops, mode, bx + 5, y + 14, r.value, `${seed}:${r.name}`);
    y += h + 6;
  }
  return y;
}

async function finish(ops: Op[][], fields: FieldBox[][], checks: { name: string; page: number; x: number; y: number; on: boolean }[], meta: Meta): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(new Date(meta.date));
  doc.setModificationDate(new Date(meta.date));
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const form = doc.getForm();
  for (let i = 0; i < ops.length; i++) {
    const page = await drawPdfPage(doc, ops[i]!);
    for (const f of fields[i] ?? []) {
      const tf = form.createTextField(f.name);
      if (f.multiline) tf.enableMultiline();
      tf.setText(f.value);
      tf.addToPage(page, { x: f.x + 1, y: 841.89 - f.y - f.h + 1, width: f.w - 2, height: f.h - 2, font: helv, borderWidth: 0, backgroundColor: rgb(0.93, 0.95, 1) });
      tf.setFontSize(10);
    }
    for (const c of checks.filter((x) => x.page === i)) {
      const cb = form.createCheckBox(c.name);
      cb.addToPage(page, { x: c.x, y: 841.89 - c.y - 10, width: 10, height: 10, borderWidth: 0.8, borderColor: rgb(0, 0, 0) });
      if (c.on) cb.check();
    }
  }
  if (fields.flat().length) form.updateFieldAppearances(helv);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

async function scanned(pages: Op[][], meta: Meta, opts: ScanOpts[]): Promise<Buffer> {
  const jpgs = pages.map((p, i) => scanPage(drawCanvasPage(p), opts[i] ?? opts[0]!));
  return scanPdf(jpgs, { title: meta.title, producer: meta.producer, creator: meta.creator, date: new Date(meta.date) });
}

// ---------------------------------------------------------------- GPP certification
export interface GppCert {
  practiceName: string; practiceCode: string; practiceAddress: string;
  nomineeName: string; nomineeRole: string; nomineeEmail: string; nomineeTel: string;
  approverName: string; approverPosition: string; approverEmail: string; signed: boolean; date: string;
}

function gppCertOps(v: GppCert, mode: Mode, seed: string): { ops: Op[]; fields: FieldBox[]; checkY: number } {
  const ops: Op[] = [];
  const fields: FieldBox[] = [];
  ops.push({ t: 'rect', x: 0, y: 0, w: 595.28, h: 56, lw: 0, fill: 0.12 });
  ops.push({ t: 'text', x: 545, y: 34, s: 18, f: 'sansB', str: 'NHS', grey: 1, right: true });
  ops.push({ t: 'text', x: 50, y: 25, s: 10, f: 'sansB', str: 'Primary Care Support England', grey: 1 });
  ops.push({ t: 'text', x: 50, y: 40, s: 8.5, f: 'sans', str: 'PCSE Online user management', grey: 0.85 });
  ops.push({ t: 'text', x: 50, y: 88, s: 15, f: 'sansB', str: 'GP Payments and Pensions (GPP)' });
  ops.push({ t: 'text', x: 50, y: 107, s: 13, f: 'sansB', str: 'Practice User Administrator Certification Form' });
  ops.push({ t: 'wrap', x: 50, y: 128, w: 495, s: 9, str: 'Use this form where your practice has no GPP Practice User Administrator. Please complete both parts. Part 2 must be completed by one of your organisation\'s approvers. A practice may have up to four GPP Practice User Administrators. Return the completed form to pcse.portalenquiries@nhs.net' });
  ops.push({ t: 'rect', x: 50, y: 172, w: 495, h: 18, lw: 0, fill: 0.85 });
  ops.push({ t: 'text', x: 56, y: 185, s: 10.5, f: 'sansB', str: 'Part 1 - Practice and nominee details' });
  let y = rows(ops, fields, mode, 198, [
    { name: 'P1_PracticeName', label: 'Practice name', value: v.practiceName },
    { name: 'P1_PracticeCode', label: 'Practice code (ODS)', value: v.practiceCode },
    { name: 'P1_PracticeAddress', label: 'Practice address', value: v.practiceAddress },
    { name: 'P1_NomineeName', label: 'Nominee full name', value: v.nomineeName },
    { name: 'P1_NomineeJobTitle', label: 'Nominee job title', value: v.nomineeRole },
    { name: 'P1_NomineeEmail', label: 'Nominee email address', value: v.nomineeEmail },
    { name: 'P1_NomineeTelephone', label: 'Nominee telephone', value: v.nomineeTel },
  ], seed);
  y += 10;
  ops.push({ t: 'rect', x: 50, y, w: 495, h: 18, lw: 0, fill: 0.85 });
  ops.push({ t: 'text', x: 56, y: y + 13, s: 10.5, f: 'sansB', str: 'Part 2 - Certification by an organisation approver' });
  ops.push({ t: 'wrap', x: 50, y: y + 34, w: 495, s: 9, str: 'I certify that the person named in Part 1 works for the practice and should be given the GPP Practice User Administrator role in PCSE Online. I am one of the organisation\'s approvers.' });
  const checkY = y + 52;
  ops.push({ t: 'text', x: 66, y: checkY + 8.5, s: 9, str: 'I confirm the declaration above' });
  if (mode !== 'fillable') {
    ops.push({ t: 'rect', x: 50, y: checkY, w: 10, h: 10, lw: 0.8 });
    if (mode === 'hand') ops.push({ t: 'tick', x: 50, y: checkY, size: 10, hand: true, seed: `${seed}:decl` });
    else ops.push({ t: 'tick', x: 50, y: checkY, size: 10 });
  }
  y = rows(ops, fields, mode, checkY + 22, [
    { name: 'P2_ApproverName', label: 'Approver full name', value: v.approverName },
    { name: 'P2_ApproverPosition', label: 'Position', value: v.approverPosition },
    { name: 'P2_ApproverEmail', label: 'Approver email address', value: v.approverEmail },
  ], seed);
  ops.push({ t: 'text', x: 50, y: y + 13.5, s: 9.5, str: 'Signature' });
  ops.push({ t: 'rect', x: 228, y, w: 317, h: 42, lw: 0.7 });
  if (v.signed) ops.push({ t: 'sig', x: 240, y: y + 4, w: 150, h: 34, seed: `${seed}:sig` });
  y += 48;
  ops.push({ t: 'text', x: 50, y: y + 13.5, s: 9.5, str: 'Date' });
  ops.push({ t: 'rect', x: 228, y, w: 140, h: 20, lw: 0.7 });
  if (mode === 'fillable') fields.push({ name: 'P2_Date', x: 228, y, w: 140, h: 20, value: v.date });
  else typedOrHand(ops, mode === 'typed' ? 'hand' : mode, 233, y + 14, v.date, `${seed}:date`);
  ops.push({ t: 'line', x1: 50, y1: 800, x2: 545, y2: 800, lw: 0.4, grey: 0.5 });
  ops.push({ t: 'text', x: 50, y: 812, s: 7.5, str: 'PCSE GPP-UA-CERT v3.2  |  Official Sensitive when complete', grey: 0.35 });
  ops.push({ t: 'text', x: 545, y: 812, s: 7.5, str: 'Page 1 of 1', grey: 0.35, right: true });
  return { ops, fields, checkY };
}

export async function gppCertFillable(v: GppCert, seed: string, meta: Meta): Promise<Buffer> {
  const { ops, fields, checkY } = gppCertOps(v, 'fillable', seed);
  return finish([ops], [fields], [{ name: 'P2_Declaration', page: 0, x: 50, y: checkY, on: true }], meta);
}

export async function gppCertFlat(v: GppCert, seed: string, meta: Meta): Promise<Buffer> {
  return finish([gppCertOps(v, 'typed', seed).ops], [[]], [], meta);
}

export async function gppCertScan(v: GppCert, seed: string, meta: Meta, scan: ScanOpts): Promise<Buffer> {
  return scanned([gppCertOps(v, 'typed', seed).ops], meta, [scan]);
}

// ---------------------------------------------------------------- Open Exeter primary user
export interface OePrimary {
  kind: 'gp' | 'other';
  orgName: string; orgCode: string; orgType?: string; orgAddress: string;
  surname: string; forenames: string; jobTitle: string; email: string; tel: string;
  signatoryName: string; capacity: number; signatoryTitle?: string; signatoryEmail: string; signed: boolean; date: string;
}
const GP_CAPACITIES = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OTHER_CAPACITIES = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

function oeOps(v: OePrimary, mode: Mode, seed: string): { pages: Op[][]; fields: FieldBox[][]; checks: { name: string; page: number; x: number; y: number; on: boolean }[] } {
  const ops: Op[] = [];
  const fields: FieldBox[] = [];
  const checks: { name: string; page: number; x: number; y: number; on: boolean }[] = [];
  ops.push({ t: 'text', x: 545, y: 48, s: 20, f: 'sansB', str: 'NHS', right: true });
  ops.push({ t: 'text', x: 50, y: 48, s: 17, f: 'sansB', str: 'Open Exeter' });
  ops.push({ t: 'text', x: 50, y: 68, s: 12, f: 'sansB', str: v.kind === 'gp' ? 'Request for a Primary User - GP Practices' : 'Request for a Primary User - Other Organisations' });
  ops.push({ t: 'line', x1: 50, y1: 76, x2: 545, y2: 76, lw: 1.2 });
  ops.push({ t: 'wrap', x: 50, y: 92, w: 495, s: 8.8, str: `A Primary User manages Open Exeter access for ${v.kind === 'gp' ? 'the practice' : 'the organisation'}: adding, amending and deleting users and resetting passwords. Please complete every section in BLOCK CAPITALS. The form must be signed by an authorised signatory at the bottom of this page or it cannot be processed. Email the completed form to pcse.openexeter@nhs.net` });
  ops.push({ t: 'text', x: 50, y: 140, s: 10.5, f: 'sansB', str: v.kind === 'gp' ? 'Section 1  Practice details' : 'Section 1  Organisation details' });
  const sec1: (Row & { name: string })[] = v.kind === 'gp'
    ? [
      { name: 'S1_PracticeName', label: 'Practice name', value: v.orgName },
      { name: 'S1_PracticeCode', label: 'Practice code', value: v.orgCode },
      { name: 'S1_PracticeAddress', label: 'Practice address', value: v.orgAddress },
    ]
    : [
      { name: 'S1_OrganisationName', label: 'Organisation name', value: v.orgName },
      { name: 'S1_OrganisationCode', label: 'Organisation code', value: v.orgCode },
      { name: 'S1_OrganisationType', label: 'Type of organisation', value: v.orgType },
      { name: 'S1_Address', label: 'Address', value: v.orgAddress },
    ];
  let y = rows(ops, fields, mode, 148, sec1, seed);
  ops.push({ t: 'text', x: 50, y: y + 12, s: 10.5, f: 'sansB', str: 'Section 2  Proposed Primary User' });
  y = rows(ops, fields, mode, y + 20, [
    { name: 'S2_Surname', label: 'Surname', value: v.surname },
    { name: 'S2_Forenames', label: 'Forename(s)', value: v.forenames },
    { name: 'S2_JobTitle', label: 'Job title', value: v.jobTitle },
    { name: 'S2_Email', label: 'NHSmail address', value: v.email },
    { name: 'S2_Telephone', label: 'Telephone', value: v.tel },
  ], seed);
  ops.push({ t: 'text', x: 50, y: y + 12, s: 10.5, f: 'sansB', str: 'Section 3  Authorised signatory' });
  y = rows(ops, fields, mode, y + 20, [{ name: 'S3_SignatoryName', label: 'Full name', value: v.signatoryName }], seed);
  ops.push({ t: 'text', x: 50, y: y + 10, s: 9.5, str: 'Capacity (tick one)' });
  const caps = v.kind === 'gp' ? GP_CAPACITIES : OTHER_CAPACITIES;
  caps.forEach((c, i) => {
    const cx = 228 + (i % 2) * 160;
    const cy = y + Math.floor(i / 2) * 16;
    ops.push({ t: 'text', x: cx + 15, y: cy + 8.5, s: 8.8, str: c });
    if (mode === 'fillable') checks.push({ name: `S3_Capacity_${i + 1}`, page: 0, x: cx, y: cy, on: i === v.capacity });
    else {
      ops.push({ t: 'rect', x: cx, y: cy, w: 10, h: 10, lw: 0.8 });
      if (i === v.capacity) ops.push(mode === 'hand' ? { t: 'tick', x: cx, y: cy, size: 10, hand: true, seed: `${seed}:cap` } : { t: 'tick', x: cx, y: cy, size: 10 });
    }
  });
  y += Math.ceil(caps.length / 2) * 16 + 6;
  const tail: (Row & { name: string })[] = [];
  if (v.kind === 'other') tail.push({ name: 'S3_JobTitle', label: 'Job title', value: v.signatoryTitle });
  tail.push({ name: 'S3_Email', label: 'Email address', value: v.signatoryEmail });
  y = rows(ops, fields, mode, y, tail, seed);
  ops.push({ t: 'text', x: 50, y: y + 13.5, s: 9.5, str: 'Signature' });
  ops.push({ t: 'rect', x: 228, y, w: 200, h: 40, lw: 0.7 });
  if (v.signed) ops.push({ t: 'sig', x: 236, y: y + 4, w: 140, h: 32, seed: `${seed}:sig` });
  ops.push({ t: 'text', x: 438, y: y + 13.5, s: 9.5, str: 'Date' });
  ops.push({ t: 'rect', x: 465, y, w: 80, h: 20, lw: 0.7 });
  if (mode === 'fillable') fields.push({ name: 'S3_Date', x: 465, y, w: 80, h: 20, value: v.date });
  else typedOrHand(ops, mode, 469, y + 14, v.date, `${seed}:date`, 9.5);
  ops.push({ t: 'text', x: 50, y: 815, s: 7.5, str: 'Open Exeter PU form v5 - please sign above. Page 1 of 2', grey: 0.35 });

  const p2: Op[] = [];
  p2.push({ t: 'text', x: 50, y: 60, s: 12, f: 'sansB', str: 'Notes for completion' });
  p2.push({ t: 'wrap', x: 50, y: 82, w: 495, s: 9, lh: 13, str: v.kind === 'gp'
    ? 'Authorised signatories for GP practices: Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.\nIt is recommended that each organisation has two Primary Users so that access can be managed when one is absent.\nThe Primary User will receive their log-in details by email once PCSE has validated the signatory.'
    : 'Authorised signatories for organisations other than GP practices: Caldicott Guardian, Member of the Board of Directors, an existing Primary User within the organisation.\nIf no signatory is available, a new Caldicott Guardian should be registered first.\nThe Primary User will receive their log-in details by email once PCSE has validated the signatory.' });
  p2.push({ t: 'text', x: 50, y: 200, s: 10.5, f: 'sansB', str: 'For PCSE use only' });
  p2.push({ t: 'rect', x: 50, y: 208, w: 495, h: 90, lw: 0.7 });
  p2.push({ t: 'text', x: 58, y: 226, s: 9, str: 'Signatory validated by:', grey: 0.3 });
  p2.push({ t: 'text', x: 58, y: 250, s: 9, str: 'Date processed:', grey: 0.3 });
  p2.push({ t: 'text', x: 58, y: 274, s: 9, str: 'User ID issued:', grey: 0.3 });
  p2.push({ t: 'text', x: 50, y: 815, s: 7.5, str: 'Open Exeter PU form v5. Page 2 of 2', grey: 0.35 });
  return { pages: [ops, p2], fields: [fields, []], checks };
}

export async function oePrimaryFillable(v: OePrimary, seed: string, meta: Meta): Promise<Buffer> {
  const { pages, fields, checks } = oeOps(v, 'fillable', seed);
  return finish(pages, fields, checks, meta);
}
export async function oePrimaryFlat(v: OePrimary, seed: string, meta: Meta): Promise<Buffer> {
  const { pages } = oeOps(v, 'typed', seed);
  return finish(pages, [[], []], [], meta);
}
export async function oePrimaryScan(v: OePrimary, seed: string, meta: Meta, mode: 'typed' | 'hand', scans: ScanOpts[], pagesWanted = 1): Promise<Buffer> {
  const { pages } = oeOps(v, mode, seed);
  return scanned(pages.slice(0, pagesWanted), meta, scans);
}

// ---------------------------------------------------------------- letters on headed paper
export interface Letterhead { org: string; strap?: string; lines: string[]; colour: number }
export interface LetterBody {
  ref?: string; date: string; to: string[]; salutation: string; heading: string;
  paras: (string | { table: string[][]; widths: number[] })[];
  closing: string; signer: string; signerLines: string[]; signed: boolean; footer?: string; font?: 'sans' | 'serif';
}

function wrapCount(str: string, w: number, size: number, f: 'sans' | 'serif' | 'sansB' | 'serifB'): number {
  const emb = StandardFontEmbedder.for(({ sans: StandardFonts.Helvetica, serif: StandardFonts.TimesRoman, sansB: StandardFonts.HelveticaBold, serifB: StandardFonts.TimesRomanBold } as const)[f] as never);
  let n = 0;
  for (const para of str.split('\n')) {
    let cur = '';
    n++;
    for (const word of para.split(' ')) {
      const next = cur ? `${cur} ${word}` : word;
      if (emb.widthOfTextAtSize(next, size) > w && cur) { n++; cur = word; } else cur = next;
    }
  }
  return n;
}

function letterOps(h: Letterhead, b: LetterBody, seed: string): Op[] {
  const f = b.font ?? 'sans';
  const fb = f === 'sans' ? 'sansB' : 'serifB';
  const ops: Op[] = [];
  ops.push({ t: 'rect', x: 0, y: 0, w: 595.28, h: 8, lw: 0, fill: h.colour });
  ops.push({ t: 'text', x: 50, y: 50, s: 16, f: 'sansB', str: h.org });
  if (h.strap) ops.push({ t: 'text', x: 50, y: 64, s: 8.5, f: 'sansI', str: h.strap, grey: 0.3 });
  h.lines.forEach((l, i) => ops.push({ t: 'text', x: 545, y: 40 + i * 11, s: 8, str: l, right: true, grey: 0.25 }));
  let y = 120;
  for (const l of b.to) { ops.push({ t: 'text', x: 50, y, s: 10, f, str: l }); y += 13; }
  y += 10;
  if (b.ref) { ops.push({ t: 'text', x: 50, y, s: 10, f, str: `Our ref: ${b.ref}` }); y += 13; }
  ops.push({ t: 'text', x: 50, y, s: 10, f, str: b.date });
  y += 28;
  ops.push({ t: 'text', x: 50, y, s: 10, f, str: b.salutation });
  y += 22;
  ops.push({ t: 'wrap', x: 50, y, w: 495, s: 10.5, f: fb, str: b.heading });
  y += 13 + wrapCount(b.heading, 495, 10.5, fb) * 13;
  for (const p of b.paras) {
    if (typeof p === 'string') {
      const lines = wrapCount(p, 495, 10, f);
      ops.push({ t: 'wrap', x: 50, y, w: 495, s: 10, f, str: p, lh: 13.5 });
      y += lines * 13.5 + 10;
    } else {
      const rowH = 15;
      p.table.forEach((r, ri) => {
        let x = 50;
        r.forEach((c, ci) => {
          const w = p.widths[ci]!;
          ops.push({ t: 'rect', x, y: y - 11, w, h: rowH, lw: 0.5, ...(ri === 0 ? { fill: 0.88 } : {}) });
          ops.push({ t: 'text', x: x + 3, y, s: 8.6, f: ri === 0 || ci === 0 ? fb : f, str: c });
          x += w;
        });
        y += rowH;
      });
      y += 14;
    }
  }
  ops.push({ t: 'text', x: 50, y, s: 10, f, str: b.closing });
  y += 10;
  if (b.signed) ops.push({ t: 'sig', x: 52, y, w: 130, h: 34, seed: `${seed}:sig`, ink: 'black' });
  y += 46;
  ops.push({ t: 'text', x: 50, y, s: 10, f: fb, str: b.signer });
  for (const l of b.signerLines) { y += 13; ops.push({ t: 'text', x: 50, y, s: 10, f, str: l }); }
  if (b.footer) {
    ops.push({ t: 'line', x1: 50, y1: 790, x2: 545, y2: 790, lw: 0.4, grey: 0.5 });
    ops.push({ t: 'wrap', x: 50, y: 802, w: 495, s: 7, str: b.footer });
  }
  return ops;
}

export async function letterPdf(h: Letterhead, b: LetterBody, seed: string, meta: Meta): Promise<Buffer> {
  return finish([letterOps(h, b, seed)], [[]], [], meta);
}
export async function letterScan(h: Letterhead, b: LetterBody, seed: string, meta: Meta, scan: ScanOpts): Promise<Buffer> {
  return scanned([letterOps(h, b, seed)], meta, [scan]);
}
