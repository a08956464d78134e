// The forms attached to corpus 14 (writer J). Layouts are this writer's own; values come from the email definitions.
// Vector PDFs with pdf-lib; image-only "scans" rendered with @napi-rs/canvas and embedded with no text layer.
import { createCanvas, GlobalFonts, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { rng, seedOf } from './lib.js';

const A4W = 595.28;
const A4H = 841.89;

const FONT_DIR = '/usr/share/fonts/truetype';
for (const [file, family] of [
  ['liberation/LiberationSans-Regular.ttf', 'Liberation Sans'],
  ['liberation/LiberationSans-Bold.ttf', 'Liberation Sans'],
  ['dejavu/DejaVuSans.ttf', 'DejaVu Sans'],
  ['dejavu/DejaVuSansCondensed-Oblique.ttf', 'DejaVu Sans Condensed'],
] as const) {
  const f = `${FONT_DIR}/${file}`;
  if (existsSync(f)) GlobalFonts.registerFromPath(f, family);
}

interface Meta { title: string; producer: string; creator: string; when: string; author?: string }

async function newDoc(m: Meta): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(m.title);
  doc.setProducer(m.producer);
  doc.setCreator(m.creator);
  if (m.author) doc.setAuthor(m.author);
  doc.setCreationDate(new Date(m.when));
  doc.setModificationDate(new Date(m.when));
  return doc;
}

async function save(doc: PDFDocument): Promise<Buffer> {
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- a drawer both pdf-lib and canvas can back

interface Drawer {
  text(x: number, y: number, s: string, size?: number, bold?: boolean): void;
  line(x1: number, y1: number, x2: number, y2: number, w?: number): void;
  rect(x: number, y: number, w: number, h: number, lw?: number): void;
  shade(x: number, y: number, w: number, h: number): void;
}

class PdfDrawer implements Drawer {
  constructor(private page: PDFPage, private font: PDFFont, private bold: PDFFont) {}
  text(x: number, y: number, s: string, size = 9.5, bold = false) {
    this.page.drawText(s, { x, y: A4H - y, size, font: bold ? this.bold : this.font, color: rgb(0.08, 0.08, 0.1) });
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6) {
    this.page.drawLine({ start: { x: x1, y: A4H - y1 }, end: { x: x2, y: A4H - y2 }, thickness: w, color: rgb(0.35, 0.35, 0.4) });
  }
  rect(x: number, y: number, w: number, h: number, lw = 0.7) {
    this.page.drawRectangle({ x, y: A4H - y - h, width: w, height: h, borderWidth: lw, borderColor: rgb(0.3, 0.3, 0.35) });
  }
  shade(x: number, y: number, w: number, h: number) {
    this.page.drawRectangle({ x, y: A4H - y - h, width: w, height: h, color: rgb(0.86, 0.9, 0.95) });
  }
}

interface Ink { paper: string; print: string; shade: string; rule: string }

class CanvasDrawer implements Drawer {
  constructor(private ctx: SKRSContext2D, private ink: Ink) {}
  text(x: number, y: number, s: string, size = 9.5, bold = false) {
    this.ctx.fillStyle = this.ink.print;
    this.ctx.font = `${bold ? 'bold ' : ''}${size}px "Liberation Sans"`;
    this.ctx.fillText(s, x, y);
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6) {
    this.ctx.strokeStyle = this.ink.rule;
    this.ctx.lineWidth = w;
    this.ctx.beginPath();
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.stroke();
  }
  rect(x: number, y: number, w: number, h: number, lw = 0.7) {
    this.ctx.strokeStyle = this.ink.rule;
    this.ctx.lineWidth = lw;
    this.ctx.strokeRect(x, y, w, h);
  }
  shade(x: number, y: number, w: number, h: number) {
    this.ctx.fillStyle = this.ink.shade;
    this.ctx.fillRect(x, y, w, h);
  }
}

type Pos = { x: number; y: number };

/** Wraps a paragraph into lines of at most n characters. */
function wrap(s: string, n: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && (cur + ' ' + w).length > n) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** A labelled row with a writing line: returns where a value would be written. */
function row(d: Drawer, y: number, label: string, x0 = 48, lx = 222, rx = 548): Pos {
  d.text(x0, y, label, 9.5);
  d.line(lx, y + 3, rx, y + 3);
  return { x: lx + 4, y };
}

function tickBox(d: Drawer, x: number, y: number, label: string): Pos {
  d.rect(x, y - 9, 10, 10);
  d.text(x + 15, y, label, 9.5);
  return { x: x + 1.5, y: y - 0.5 };
}

/** A cursive-looking signature as an SVG path, about 130 × 36 units, origin top-left: an initial, then a scribbled surname. */
export function signaturePath(seed: string, width = 130): string {
  const r = rng(seedOf(`sig/${seed}`));
  const f = (n: number) => n.toFixed(1);
  const slant = 0.15 + r() * 0.35;
  const sx = (x: number, y: number) => x + (30 - y) * slant;
  let d = '';
  // the initial: a tall loop or a hooked stroke
  const ix = 4 + r() * 6;
  if (r() < 0.5) {
    d += `M ${f(sx(ix, 30))} 30 C ${f(sx(ix + 2, 0))} ${f(-4 - r() * 6)}, ${f(sx(ix + 18, 2))} 2, ${f(sx(ix + 10, 28))} 28`;
    d += ` C ${f(sx(ix + 4, 34))} 34, ${f(sx(ix, 20))} 20, ${f(sx(ix + 16, 18))} 18`;
  } else {
    d += `M ${f(sx(ix, 10))} 10 C ${f(sx(ix + 14, -6))} -6, ${f(sx(ix + 20, 8))} 8, ${f(sx(ix + 8, 30))} 30`;
    d += ` M ${f(sx(ix - 2, 20))} 20 L ${f(sx(ix + 16, 17))} 17`;
  }
  // the surname: humps of varied height, the odd descender
  let x = ix + 22 + r() * 6;
  let y = 26 + r() * 4;
  d += ` M ${f(sx(x, y))} ${f(y)}`;
  const end = width - 6 - r() * 20;
  while (x < end) {
    const step = 6 + r() * 9;
    const kind = r();
    const nx = x + step;
    if (kind < 0.15) {
      // descender loop
      d += ` C ${f(sx(x + step * 0.3, 44))} 44, ${f(sx(x - 2, 40))} 40, ${f(sx(nx, 26))} 26`;
      y = 26;
    } else {
      const top = kind < 0.35 ? 4 + r() * 6 : 16 + r() * 8;
      const ny = 24 + r() * 7;
      d += ` C ${f(sx(x + step * 0.1, top))} ${f(top)}, ${f(sx(x + step * 0.8, top + 2))} ${f(top + 2)}, ${f(sx(nx, ny))} ${f(ny)}`;
      y = ny;
    }
    x = nx;
  }
  // a closing flourish, sometimes an underline
  if (r() < 0.6) d += ` M ${f(ix + 8 + r() * 10)} ${f(36 + r() * 3)} C ${f(width * 0.4)} ${f(31 + r() * 5)}, ${f(width * 0.7)} ${f(39 + r() * 3)}, ${f(x + 4)} ${f(28 + r() * 6)}`;
  else d += ` C ${f(x + 6)} ${f(y + 6)}, ${f(x + 10)} ${f(y - 10)}, ${f(x + 14)} ${f(y - 14)}`;
  return d;
}

function pdfSignature(page: PDFPage, seed: string, x: number, yTop: number, scale = 1, color = rgb(0.05, 0.1, 0.35)) {
  page.drawSvgPath(signaturePath(seed), { x, y: A4H - yTop, scale, borderColor: color, borderWidth: 1.1 });
}

// ---------------------------------------------------------------- GPP Practice User Administrator certification (flat)

export interface GppData {
  practiceName: string;
  practiceCode: string;
  address1: string;
  address2: string;
  nomineeName: string;
  nomineeJob: string;
  nomineeEmail: string;
  nomineePhone: string;
  approverName: string;
  approverPosition: string;
  approverEmail: string;
  approverGmc: string;
  date: string;
}

interface GppSlots {
  practiceName: Pos; practiceCode: Pos; address1: Pos; address2: Pos;
  nomineeName: Pos; nomineeJob: Pos; nomineeEmail: Pos; nomineePhone: Pos;
  approverName: Pos; approverPosition: Pos; approverEmail: Pos; approverGmc: Pos; signature: Pos; date: Pos;
}

function drawGppTemplate(d: Drawer, top = 0): GppSlots {
  let y = top + 58;
  d.text(48, y, 'Primary Care Support England', 9, true);
  d.text(430, y, 'PCSE GPP-UA-CERT', 8);
  y += 26;
  d.text(48, y, 'GP Payments and Pensions (GPP)', 13, true);
  y += 19;
  d.text(48, y, 'Practice User Administrator Certification Form', 15, true);
  y += 22;
  for (const l of wrap('Use this form when your practice has no GPP Practice User Administrator in PCSE Online. Complete both parts. Part 2 must be completed by one of your organisation\'s approvers. A practice may have up to four GPP Practice User Administrators.', 104)) {
    d.text(48, y, l, 8.5);
    y += 11;
  }
  y += 12;
  d.shade(44, y - 12, 508, 17);
  d.text(48, y, 'PART 1  -  Practice and nominee details', 10.5, true);
  y += 28;
  const practiceName = row(d, y, 'Practice name'); y += 25;
  const practiceCode = row(d, y, 'Practice code (ODS)'); y += 25;
  const address1 = row(d, y, 'Practice address'); y += 25;
  const address2 = row(d, y, ''); y += 25;
  const nomineeName = row(d, y, 'Name of nominated User Administrator'); y += 25;
  const nomineeJob = row(d, y, 'Job title'); y += 25;
  const nomineeEmail = row(d, y, 'Email address (nhs.net)'); y += 25;
  const nomineePhone = row(d, y, 'Telephone number'); y += 34;
  d.shade(44, y - 12, 508, 17);
  d.text(48, y, 'PART 2  -  Certification by an organisation approver', 10.5, true);
  y += 20;
  for (const l of wrap('I certify that the person named in Part 1 works for this practice and should be given the GPP Practice User Administrator role in PCSE Online for the practice named above.', 104)) {
    d.text(48, y, l, 8.5);
    y += 11;
  }
  y += 16;
  const approverName = row(d, y, 'Approver name'); y += 25;
  const approverPosition = row(d, y, 'Position in the practice'); y += 25;
  const approverEmail = row(d, y, 'Approver email address'); y += 25;
  const approverGmc = row(d, y, 'GMC number (if a GP)'); y += 27;
  d.text(48, y + 8, 'Signature', 9.5);
  d.rect(222, y - 8, 190, 40);
  const signature = { x: 228, y: y - 4 };
  d.text(424, y + 8, 'Date', 9.5);
  d.line(450, y + 11, 548, y + 11);
  const date = { x: 454, y: y + 8 };
  y += 64;
  d.text(48, y, 'Return the completed form to pcse.portalenquiries@nhs.net. Forms without Part 2 cannot be processed.', 8);
  d.text(48, y + 12, 'Version 2.1  May 2025', 7.5);
  return { practiceName, practiceCode, address1, address2, nomineeName, nomineeJob, nomineeEmail, nomineePhone, approverName, approverPosition, approverEmail, approverGmc, signature, date };
}

/** GPP form completed with Acrobat "Fill & Sign": a flat form with free text placed near (not in) the spaces. */
export async function gppFillAndSign(g: GppData, seed: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'GPP Practice User Administrator Certification Form', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20220', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20220', when: '2026-12-01T15:12:40Z' });
  const page = doc.addPage([A4W, A4H]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const slots = drawGppTemplate(new PdfDrawer(page, font, bold));
  const r = rng(seedOf(`fs/${seed}`));
  // Fill & Sign text goes where the user clicked: a little above or past the line, sometimes starting over the label.
  const put = (p: Pos, s: string, dx = 0, dy = 0) => {
    if (!s) return;
    page.drawText(s, { x: p.x + dx + (r() * 6 - 2), y: A4H - p.y - dy + (r() * 3 - 1), size: 10, font, color: rgb(0, 0, 0) });
  };
  put(slots.practiceName, g.practiceName, 6);
  put(slots.practiceCode, g.practiceCode, 40, 1);
  put(slots.address1, g.address1);
  put(slots.address2, g.address2, 0, -2);
  put(slots.nomineeName, g.nomineeName, 12);
  put(slots.nomineeJob, g.nomineeJob);
  put(slots.nomineeEmail, g.nomineeEmail, -2);
  put(slots.nomineePhone, g.nomineePhone);
  put(slots.approverName, g.approverName, 20);
  put(slots.approverPosition, g.approverPosition);
  put(slots.approverEmail, g.approverEmail);
  put(slots.approverGmc, g.approverGmc, 3);
  pdfSignature(page, seed, slots.signature.x + 20, slots.signature.y + 2, 1, rgb(0, 0, 0));
  put(slots.date, g.date, 6);
  return save(doc);
}

/**
 * GPP form completed in Word for the web and printed from the browser to PDF: the browser's own header (date, page
 * title) and footer (the document's SharePoint address, "Page n of 2") on each page, the form as a two-column table.
 */
export async function gppBrowserPrint(g: GppData, o: { url: string; printed: string; docTitle: string; typedSignature: string }): Promise<Buffer> {
  const doc = await newDoc({ title: o.docTitle, producer: 'Skia/PDF m131', creator: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', when: '2026-12-02T09:41:07Z' });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ital = await doc.embedFont(StandardFonts.HelveticaOblique);
  const chrome = (page: PDFPage, n: number) => {
    page.drawText(o.printed, { x: 22, y: A4H - 18, size: 7.5, font });
    const t = o.docTitle;
    page.drawText(t, { x: (A4W - font.widthOfTextAtSize(t, 7.5)) / 2, y: A4H - 18, size: 7.5, font });
    const pg = `Page ${n} of 2`;
    let url = o.url;
    const room = A4W - 44 - font.widthOfTextAtSize(pg, 7.5) - 24;
    while (font.widthOfTextAtSize(`${url}...`, 7.5) > room) url = url.slice(0, -1);
    page.drawText(url === o.url ? url : `${url}...`, { x: 22, y: 14, size: 7.5, font });
    page.drawText(pg, { x: A4W - 22 - font.widthOfTextAtSize(pg, 7.5), y: 14, size: 7.5, font });
  };
  const table = (page: PDFPage, y0: number, rows: [string, string][]) => {
    let y = y0;
    for (const [k, v] of rows) {
      const h = 24;
      page.drawRectangle({ x: 60, y: A4H - y - h, width: 190, height: h, borderWidth: 0.5, borderColor: rgb(0.55, 0.55, 0.55), color: rgb(0.93, 0.95, 0.98) });
      page.drawRectangle({ x: 250, y: A4H - y - h, width: 285, height: h, borderWidth: 0.5, borderColor: rgb(0.55, 0.55, 0.55) });
      page.drawText(k, { x: 66, y: A4H - y - 15, size: 9.5, font: bold });
      page.drawText(v, { x: 256, y: A4H - y - 15, size: 10, font });
      y += h;
    }
    return y;
  };
  const p1 = doc.addPage([A4W, A4H]);
  chrome(p1, 1);
  p1.drawText('GP Payments and Pensions (GPP)', { x: 60, y: A4H - 80, size: 13, font: bold, color: rgb(0, 0.37, 0.72) });
  p1.drawText('Practice User Administrator Certification Form', { x: 60, y: A4H - 100, size: 15, font: bold });
  let y = 122;
  for (const l of wrap('Complete both parts of this form and return it to pcse.portalenquiries@nhs.net. Part 2 must be completed by one of your organisation\'s approvers.', 96)) {
    p1.drawText(l, { x: 60, y: A4H - y, size: 9, font });
    y += 12;
  }
  y += 14;
  p1.drawText('Part 1: Practice and nominee details', { x: 60, y: A4H - y, size: 11.5, font: bold });
  y = table(p1, y + 10, [
    ['Practice name', g.practiceName],
    ['Practice code', g.practiceCode],
    ['Practice address', g.address1],
    ['', g.address2],
    ['Nominee full name', g.nomineeName],
    ['Nominee job title', g.nomineeJob],
    ['Nominee email', g.nomineeEmail],
    ['Nominee telephone', g.nomineePhone],
  ]);
  p1.drawText('Continued overleaf: Part 2 must be completed by an approver.', { x: 60, y: A4H - y - 24, size: 8.5, font: ital });
  const p2 = doc.addPage([A4W, A4H]);
  chrome(p2, 2);
  y = 80;
  p2.drawText('Part 2: Certification by an organisation approver', { x: 60, y: A4H - y, size: 11.5, font: bold });
  y += 18;
  for (const l of wrap('I certify that the person named in Part 1 works for this practice and should be given the GPP Practice User Administrator role in PCSE Online.', 96)) {
    p2.drawText(l, { x: 60, y: A4H - y, size: 9, font });
    y += 12;
  }
  y = table(p2, y + 8, [
    ['Approver name', g.approverName],
    ['Position', g.approverPosition],
    ['Email', g.approverEmail],
    ['GMC number', g.approverGmc],
    ['Signature', ''],
    ['Date', g.date],
  ]);
  // a typed "signature" in italics in the signature cell, as people do in Word
  p2.drawText(o.typedSignature, { x: 256, y: A4H - (y - 48) - 16, size: 12, font: ital });
  return save(doc);
}

// ---------------------------------------------------------------- PCN user administrator request (fillable AcroForm)

export interface PcnData {
  pcnName: string; pcnCode: string; memberPractices: string;
  nomineeName: string; nomineeJob: string; nomineeEmail: string; nomineePhone: string;
  approverName: string; approverJob: string; approverIcb: string; approverEmail: string; date: string;
}

export async function pcnAcroForm(v: PcnData): Promise<Buffer> {
  const doc = await newDoc({ title: 'PCN User Administrator Request', producer: 'Microsoft: Print To PDF; modified using iText 7.2.5', creator: 'Adobe Acrobat Pro DC 23.1', when: '2026-12-03T11:20:00Z' });
  const page = doc.addPage([A4W, A4H]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const d = new PdfDrawer(page, font, bold);
  const form = doc.getForm();
  d.text(48, 60, 'PCSE Online', 10, true);
  d.text(48, 86, 'Primary Care Network (PCN) User Administrator Request', 14, true);
  let y = 108;
  for (const l of wrap('For a PCN with no PCN user administrator. The request must be approved and submitted by a member of the ICB who is listed as an approver on the NHS England Authorised Email List (AEL).', 104)) {
    d.text(48, y, l, 8.5);
    y += 11;
  }
  const field = (name: string, label: string, value: string, yy: number, w = 300) => {
    d.text(48, yy + 13, label, 9.5);
    const tf = form.createTextField(name);
    tf.setText(value);
    tf.addToPage(page, { x: 240, y: A4H - yy - 18, width: w, height: 18, font, borderWidth: 0.6, borderColor: rgb(0.4, 0.4, 0.45) });
    tf.setFontSize(9.5);
  };
  y += 14;
  d.shade(44, y, 508, 17);
  d.text(48, y + 12, 'Section 1  PCN and nominee', 10.5, true);
  y += 26;
  field('PCN_Name', 'PCN name', v.pcnName, y); y += 26;
  field('PCN ODS', 'PCN ODS code (U code)', v.pcnCode, y, 120); y += 26;
  field('Text3', 'Member practices', v.memberPractices, y); y += 26;
  field('Text4', 'Nominee full name', v.nomineeName, y); y += 26;
  field('Text5', 'Nominee job title', v.nomineeJob, y); y += 26;
  field('Text6', 'Nominee email (nhs.net)', v.nomineeEmail, y); y += 26;
  field('Text7', 'Nominee telephone', v.nomineePhone, y, 160); y += 40;
  d.shade(44, y, 508, 17);
  d.text(48, y + 12, 'Section 2  ICB approval', 10.5, true);
  y += 26;
  field('Approver', 'ICB approver name', v.approverName, y); y += 26;
  field('Text9', 'Job title', v.approverJob, y); y += 26;
  field('Text10', 'ICB', v.approverIcb, y); y += 26;
  field('Text11', 'Approver email', v.approverEmail, y); y += 30;
  const cb = form.createCheckBox('Check Box1');
  cb.addToPage(page, { x: 48, y: A4H - y - 12, width: 11, height: 11, borderWidth: 0.8, borderColor: rgb(0.3, 0.3, 0.3) });
  cb.check();
  d.text(66, y + 9, 'I confirm I am listed as an approver for this ICB on the NHSE Authorised Email List (AEL).', 9);
  y += 24;
  field('Date1_af_date', 'Date approved', v.date, y, 120);
  y += 50;
  d.text(48, y, 'Send the approved form from the approver\'s own nhs.net account to pcse.portalenquiries@nhs.net.', 8);
  return save(doc);
}

// ---------------------------------------------------------------- ODS new organisation code report (text PDF)

export interface OdsReport { ref: string; code: string; name: string; address: string[]; postcode: string; parent: string; parentName: string; role: string; opened: string; issued: string }

export async function odsReport(o: OdsReport): Promise<Buffer> {
  const doc = await newDoc({ title: `ODS Organisation Report ${o.code}`, producer: 'JasperReports Library version 6.20.0', creator: 'ODS Portal', when: '2026-11-27T16:02:11Z' });
  const page = doc.addPage([A4W, A4H]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const d = new PdfDrawer(page, font, bold);
  d.text(48, 56, 'NHS England', 11, true);
  d.text(48, 70, 'Organisation Data Service', 9);
  d.text(400, 56, `Report ref: ${o.ref}`, 8.5);
  d.text(400, 68, `Issued: ${o.issued}`, 8.5);
  d.text(48, 110, 'New Organisation Code Notification', 15, true);
  d.text(48, 130, 'The organisation below has been created in the ODS database. Please keep this report for your records.', 9);
  const rows: [string, string][] = [
    ['Organisation code', o.code],
    ['Organisation name', o.name],
    ...o.address.map((a, i): [string, string] => [i === 0 ? 'Address' : '', a]),
    ['Postcode', o.postcode],
    ['Primary role', o.role],
    ['Parent organisation', `${o.parent}  ${o.parentName}`],
    ['Operational start date', o.opened],
    ['Record status', 'Active'],
  ];
  let y = 160;
  for (const [k, v] of rows) {
    d.line(48, y + 6, 548, y + 6, 0.3);
    d.text(52, y, k, 9.5, true);
    d.text(210, y, v, 9.5);
    y += 20;
  }
  y += 20;
  for (const l of wrap('Codes are published in the next ODS release. For queries about this report contact the ODS team on 0300 303 4034 or exeter.helpdesk@nhs.net quoting the report reference.', 100)) {
    d.text(48, y, l, 8.5);
    y += 11;
  }
  return save(doc);
}

// ---------------------------------------------------------------- Open Exeter Primary User forms

export type OeCapacity = 'lead_gp' | 'gp_partner' | 'caldicott' | 'epc' | 'board' | 'epu' | null;

export interface OeGpData {
  practiceName: string; practiceCode: string; address: string; phone: string;
  puTitle: string; puForename: string; puSurname: string; puJob: string; puEmail: string; puPhone: string;
  sigName: string; sigPosition: string; sigEmail: string; capacity: OeCapacity; signed: boolean; date: string;
}

export interface OeOtherData {
  orgName: string; orgType: string; orgCode: string; address: string; phone: string;
  puTitle: string; puForename: string; puSurname: string; puJob: string; puEmail: string; puPhone: string;
  sigName: string; sigPosition: string; sigEmail: string; capacity: OeCapacity; signed: boolean; date: string;
}

interface OeSlots {
  a: Pos[]; // section A rows in order
  b: Pos[]; // section B rows: title, forename, surname, job, email, phone
  sigName: Pos; sigPosition: Pos; sigEmail: Pos;
  boxes: Partial<Record<Exclude<OeCapacity, null>, Pos>>;
  signature: Pos; date: Pos;
}

function drawOeTemplate(d: Drawer, kind: 'gp' | 'other'): OeSlots {
  let y = 52;
  d.text(48, y, 'Primary Care Support England', 9, true);
  d.text(400, y, kind === 'gp' ? 'Form OE-PU-GP v3.2' : 'Form OE-PU-ORG v3.2', 8);
  y += 28;
  d.text(48, y, 'Open Exeter  -  Cervical Screening', 12, true);
  y += 20;
  d.text(48, y, kind === 'gp' ? 'Request for a Primary User: GP Practices' : 'Request for a Primary User: Other Organisations', 15, true);
  y += 20;
  const intro = kind === 'gp'
    ? 'A Primary User has Organisation Maintenance and can add, amend and delete users and reset passwords for the practice. This form must be signed at the bottom of this page by an authorised signatory, or it cannot be processed.'
    : 'For organisations other than GP practices. A Primary User has Organisation Maintenance and can add and delete users for the organisation. This form must be signed at the bottom of this page by an authorised signatory.';
  for (const l of wrap(intro, 104)) {
    d.text(48, y, l, 8.5);
    y += 11;
  }
  y += 10;
  d.shade(44, y - 12, 508, 17);
  d.text(48, y, kind === 'gp' ? 'A.  Practice details' : 'A.  Organisation details', 10.5, true);
  y += 24;
  const a: Pos[] = [];
  const aLabels = kind === 'gp' ? ['Practice name', 'Practice code', 'Practice address', 'Telephone'] : ['Organisation name', 'Type of organisation', 'Organisation code (if known)', 'Address', 'Telephone'];
  for (const l of aLabels) {
    a.push(row(d, y, l, 48, 200));
    y += 23;
  }
  y += 8;
  d.shade(44, y - 12, 508, 17);
  d.text(48, y, 'B.  Proposed Primary User', 10.5, true);
  y += 24;
  const b: Pos[] = [];
  for (const l of ['Title', 'Forename(s)', 'Surname', 'Job title', 'NHSmail address', 'Telephone']) {
    b.push(row(d, y, l, 48, 200));
    y += 23;
  }
  y += 8;
  d.shade(44, y - 12, 508, 17);
  d.text(48, y, 'C.  Authorised signatory', 10.5, true);
  y += 18;
  const stmt = kind === 'gp'
    ? 'I confirm that the person in section B works for the practice and needs Primary User access to Open Exeter. I am one of the signatories ticked below.'
    : 'I confirm that the person in section B works for the organisation and needs Primary User access to Open Exeter. I am one of the signatories ticked below.';
  for (const l of wrap(stmt, 104)) {
    d.text(48, y, l, 8.5);
    y += 11;
  }
  y += 12;
  const sigName = row(d, y, 'Name', 48, 200); y += 23;
  const sigPosition = row(d, y, 'Position / job title', 48, 200); y += 23;
  const sigEmail = row(d, y, 'Email address', 48, 200); y += 25;
  d.text(48, y, 'Capacity (tick one):', 9.5);
  const boxes: OeSlots['boxes'] = {};
  if (kind === 'gp') {
    boxes.lead_gp = tickBox(d, 200, y, 'Lead GP');
    boxes.gp_partner = tickBox(d, 290, y, 'GP Partner');
    boxes.caldicott = tickBox(d, 390, y, 'Caldicott Guardian');
    y += 18;
    boxes.epc = tickBox(d, 200, y, 'Existing Primary Contact');
    boxes.board = tickBox(d, 350, y, 'Member of the Board of Directors');
  } else {
    boxes.caldicott = tickBox(d, 200, y, 'Caldicott Guardian');
    boxes.board = tickBox(d, 330, y, 'Member of the Board of Directors');
    y += 18;
    boxes.epu = tickBox(d, 200, y, 'Existing Primary User within the organisation');
  }
  y += 26;
  d.text(48, y + 14, 'Signature', 9.5);
  d.rect(200, y, 200, 40);
  const signature = { x: 206, y: y + 2 };
  d.text(414, y + 14, 'Date', 9.5);
  d.line(442, y + 17, 548, y + 17);
  const date = { x: 446, y: y + 14 };
  d.text(48, 808, 'Return to pcse.openexeter@nhs.net', 7.5);
  d.text(500, 808, 'Page 1 of 2', 7.5);
  return { a, b, sigName, sigPosition, sigEmail, boxes, signature, date };
}

function drawOeGuidance(d: Drawer) {
  let y = 70;
  d.text(48, y, 'Guidance notes', 13, true);
  y += 24;
  const notes = [
    'Who can sign (GP practices): Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact, Member of the Board of Directors.',
    'Who can sign (other organisations): Caldicott Guardian, Member of the Board of Directors, an existing Primary User within the organisation.',
    'The form must be signed at the bottom of page 1. Unsigned forms are returned.',
    'We recommend two Primary Users per organisation so that passwords can always be reset.',
    'If no signatory is available, request a new Caldicott Guardian first.',
    'Once set up, the Primary User can create other users. Open Exeter notifies PCSE of each new user and PCSE issues the password.',
  ];
  for (const n of notes) {
    for (const [i, l] of wrap(n, 96).entries()) {
      d.text(i === 0 ? 48 : 58, y, i === 0 ? `-  ${l}` : l, 9.5);
      y += 13;
    }
    y += 6;
  }
  d.text(500, 808, 'Page 2 of 2', 7.5);
}

const capacityOf = (c: OeCapacity) => c;

/** The GP form filled as an AcroForm and flattened on saving ("Print to PDF" of a filled form): appearance text only. */
export async function oeGpFlattened(v: OeGpData, seed: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'Open Exeter Primary User Request - GP Practices', producer: 'Adobe PDF Library 23.8.53', creator: 'Acrobat PDFMaker 23 for Word', when: '2026-12-02T14:05:31Z', author: 'PCSE' });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([A4W, A4H]);
  const s = drawOeTemplate(new PdfDrawer(page, font, bold), 'gp');
  const form = doc.getForm();
  let n = 0;
  const tf = (p: Pos, value: string, w = 330) => {
    const f = form.createTextField(`f1_${String(++n).padStart(2, '0')}[0]`);
    f.setText(value);
    f.addToPage(page, { x: p.x - 2, y: A4H - p.y - 2.2, width: w, height: 13, font, borderWidth: 0 });
    f.setFontSize(10);
  };
  const vals = [v.practiceName, v.practiceCode, v.address, v.phone];
  s.a.forEach((p, i) => tf(p, vals[i] ?? ''));
  const bv = [v.puTitle, v.puForename, v.puSurname, v.puJob, v.puEmail, v.puPhone];
  s.b.forEach((p, i) => tf(p, bv[i] ?? ''));
  tf(s.sigName, v.sigName);
  tf(s.sigPosition, v.sigPosition);
  tf(s.sigEmail, v.sigEmail);
  for (const [k, p] of Object.entries(s.boxes)) {
    const cb = form.createCheckBox(`c1_${k}[0]`);
    cb.addToPage(page, { x: p.x - 0.5, y: A4H - p.y - 0.5, width: 8, height: 8, borderWidth: 0 });
    if (k === capacityOf(v.capacity)) cb.check();
  }
  tf(s.date, v.date, 100);
  if (v.signed) pdfSignature(page, seed, s.signature.x + 30, s.signature.y + 2);
  form.flatten();
  const p2 = doc.addPage([A4W, A4H]);
  drawOeGuidance(new PdfDrawer(p2, font, bold));
  return save(doc);
}

/** The GP form completed with Fill & Sign: free text and a tick mark placed over the flat form. */
export async function oeGpFillAndSign(v: OeGpData, seed: string): Promise<Buffer> {
  const doc = await newDoc({ title: 'OE-PU-GP', producer: 'Adobe Acrobat Reader (64-bit) 24.5.20320', creator: 'Acrobat PDFMaker 23 for Word', when: '2026-12-07T10:48:02Z' });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([A4W, A4H]);
  const s = drawOeTemplate(new PdfDrawer(page, font, bold), 'gp');
  const p2 = doc.addPage([A4W, A4H]);
  drawOeGuidance(new PdfDrawer(p2, font, bold));
  const r = rng(seedOf(`oefs/${seed}`));
  const put = (p: Pos, text: string, dx = 0, dy = 0) => {
    if (!text) return;
    page.drawText(text, { x: p.x + 8 + dx + r() * 10, y: A4H - p.y + 1 + dy + r() * 2, size: 10.5, font, color: rgb(0, 0, 0) });
  };
  const av = [v.practiceName, v.practiceCode, v.address, v.phone];
  s.a.forEach((p, i) => put(p, av[i] ?? '', i === 1 ? 30 : 0));
  const bv = [v.puTitle, v.puForename, v.puSurname, v.puJob, v.puEmail, v.puPhone];
  s.b.forEach((p, i) => put(p, bv[i] ?? '', 0, i === 4 ? -3 : 0));
  put(s.sigName, v.sigName);
  put(s.sigPosition, v.sigPosition);
  put(s.sigEmail, v.sigEmail);
  const box = v.capacity ? s.boxes[v.capacity] : undefined;
  // drawSvgPath's y grows downwards from the given origin: the tick spans box.y - 12 … box.y (top-down), over the box
  if (box) page.drawSvgPath('M 0 5 L 4 10 L 12 -2', { x: box.x, y: A4H - box.y + 10, borderColor: rgb(0, 0, 0), borderWidth: 1.4 });
  put(s.date, v.date, -4);
  if (v.signed) pdfSignature(page, seed, s.signature.x + 30, s.signature.y + 2, 1, rgb(0, 0, 0));
  return save(doc);
}

// ---------------------------------------------------------------- scans

const DPI = 150;
const PX = DPI / 72;

interface ScanStyle {
  ink: Ink;
  pen: string; // handwriting colour
  skewDeg: number;
  noise: number; // speckles per 10 000 px
  rotate90?: boolean;
  jpegQuality: number;
}

/** Handwriting: block capitals for names, jittered letter by letter. */
function hand(ctx: SKRSContext2D, r: () => number, x: number, y: number, s: string, pen: string, size = 12) {
  ctx.fillStyle = pen;
  let cx = x;
  for (const ch of s) {
    ctx.save();
    ctx.translate(cx, y + (r() - 0.5) * 1.4);
    ctx.rotate((r() - 0.5) * 0.08);
    ctx.font = `${(size * (0.95 + r() * 0.1)).toFixed(2)}px "DejaVu Sans Condensed"`;
    ctx.fillText(ch, 0, 0);
    const w = ctx.measureText(ch).width;
    ctx.restore();
    cx += w + 0.4 + r() * 0.6;
  }
}

function handSignature(ctx: SKRSContext2D, seed: string, x: number, y: number, pen: string, scale = 1) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  ctx.strokeStyle = pen;
  ctx.lineWidth = 1.3;
  ctx.lineCap = 'round';
  ctx.stroke(new Path2D(signaturePath(seed)));
  ctx.restore();
}

function handTick(ctx: SKRSContext2D, p: Pos, pen: string) {
  ctx.save();
  ctx.strokeStyle = pen;
  ctx.lineWidth = 1.8;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(p.x, p.y - 4);
  ctx.lineTo(p.x + 4, p.y + 1);
  ctx.lineTo(p.x + 13, p.y - 13);
  ctx.stroke();
  ctx.restore();
}

/** Renders one A4 page through `draw` (in points, top-left origin), with the scanner's skew, noise and tone. */
async function renderScan(seed: string, st: ScanStyle, draw: (ctx: SKRSContext2D, r: () => number) => void): Promise<Buffer> {
  const W = Math.round(A4W * PX);
  const H = Math.round(A4H * PX);
  const r = rng(seedOf(`scan/${seed}`));
  const sheet = createCanvas(W, H);
  const ctx = sheet.getContext('2d');
  ctx.fillStyle = st.ink.paper;
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((st.skewDeg * Math.PI) / 180);
  ctx.translate(-W / 2 + (r() - 0.5) * 10, -H / 2 + (r() - 0.5) * 10);
  ctx.scale(PX, PX);
  draw(ctx, r);
  ctx.restore();
  // toner speckles and a faint feed streak
  const speckles = Math.round((W * H * st.noise) / 10000);
  for (let i = 0; i < speckles; i++) {
    const g = Math.floor(60 + r() * 120);
    ctx.fillStyle = `rgba(${g},${g},${g},${(0.25 + r() * 0.5).toFixed(2)})`;
    ctx.fillRect(r() * W, r() * H, 1 + r() * 1.6, 1 + r() * 1.6);
  }
  ctx.fillStyle = 'rgba(120,120,120,0.06)';
  ctx.fillRect(Math.floor(W * (0.2 + r() * 0.6)), 0, 3, H);
  let out = sheet;
  if (st.rotate90) {
    const rot = createCanvas(H, W);
    const rc = rot.getContext('2d');
    rc.translate(0, W);
    rc.rotate(-Math.PI / 2);
    rc.drawImage(sheet, 0, 0);
    out = rot;
  }
  const jpeg = out.toBuffer('image/jpeg', st.jpegQuality);
  const doc = await newDoc({ title: `Scan_${seed}`, producer: 'Canon iR-ADV C5535  PDF', creator: 'Canon iR-ADV C5535', when: '2026-12-03T08:55:00Z' });
  const img = await doc.embedJpg(jpeg);
  const page = st.rotate90 ? doc.addPage([A4H, A4W]) : doc.addPage([A4W, A4H]);
  const { width, height } = page.getSize();
  page.drawImage(img, { x: 0, y: 0, width, height });
  return save(doc);
}

function fillOe(ctx: SKRSContext2D, r: () => number, s: OeSlots, a: string[], b: string[], v: { sigName: string; sigPosition: string; sigEmail: string; capacity: OeCapacity; signed: boolean; date: string }, pen: string, seed: string) {
  s.a.forEach((p, i) => hand(ctx, r, p.x + 6, p.y, a[i] ?? '', pen));
  s.b.forEach((p, i) => hand(ctx, r, p.x + 6, p.y, b[i] ?? '', pen));
  hand(ctx, r, s.sigName.x + 6, s.sigName.y, v.sigName, pen);
  hand(ctx, r, s.sigPosition.x + 6, s.sigPosition.y, v.sigPosition, pen);
  hand(ctx, r, s.sigEmail.x + 6, s.sigEmail.y, v.sigEmail, pen);
  const box = v.capacity ? s.boxes[v.capacity] : undefined;
  if (box) handTick(ctx, box, pen);
  if (v.signed) handSignature(ctx, seed, s.signature.x + 24, s.signature.y + 1, pen, 1.05);
  hand(ctx, r, s.date.x + 4, s.date.y, v.date, pen);
}

export async function oeGpScan(v: OeGpData, seed: string, look: 'low_contrast' | 'office'): Promise<Buffer> {
  const st: ScanStyle = look === 'low_contrast'
    ? { ink: { paper: '#e4e1d9', print: '#9a9893', shade: '#dbd8d0', rule: '#a9a6a0' }, pen: '#7c86a3', skewDeg: 0.45, noise: 1.2, jpegQuality: 72 }
    : { ink: { paper: '#f7f6f2', print: '#1c1c1c', shade: '#e2e2e2', rule: '#555555' }, pen: '#1a2a6c', skewDeg: -0.9, noise: 3, jpegQuality: 78 };
  return renderScan(seed, st, (ctx, r) => {
    const s = drawOeTemplate(new CanvasDrawer(ctx, st.ink), 'gp');
    fillOe(ctx, r, s, [v.practiceName, v.practiceCode, v.address, v.phone], [v.puTitle, v.puForename, v.puSurname, v.puJob, v.puEmail, v.puPhone], v, st.pen, seed);
  });
}

export async function oeOtherScanRotated(v: OeOtherData, seed: string): Promise<Buffer> {
  const st: ScanStyle = { ink: { paper: '#fbfbf8', print: '#151515', shade: '#e6e6e6', rule: '#4a4a4a' }, pen: '#101a4a', skewDeg: 0.6, noise: 2, rotate90: true, jpegQuality: 78 };
  return renderScan(seed, st, (ctx, r) => {
    const s = drawOeTemplate(new CanvasDrawer(ctx, st.ink), 'other');
    fillOe(ctx, r, s, [v.orgName, v.orgType, v.orgCode, v.address, v.phone], [v.puTitle, v.puForename, v.puSurname, v.puJob, v.puEmail, v.puPhone], v, st.pen, seed);
  });
}

/** A small practice logo for HTML signatures (inline cid: image). */
export function logoPng(initials: string, colour: string, label: string): Buffer {
  const c = createCanvas(220, 64);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 220, 64);
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.arc(32, 32, 28, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = 'bold 22px "Liberation Sans"';
  ctx.fillText(initials, 32 - ctx.measureText(initials).width / 2, 40);
  ctx.fillStyle = colour;
  ctx.font = 'bold 15px "Liberation Sans"';
  const words = label.split(' ');
  const half = Math.ceil(words.length / 2);
  ctx.fillText(words.slice(0, half).join(' '), 70, 28);
  ctx.fillText(words.slice(half).join(' '), 70, 48);
  return c.toBuffer('image/png');
}

export function nhsLogoPng(): Buffer {
  const c = createCanvas(90, 36);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#005eb8';
  ctx.fillRect(0, 0, 90, 36);
  ctx.fillStyle = '#ffffff';
  ctx.font = 'italic bold 26px "Liberation Sans"';
  ctx.fillText('NHS', 12, 28);
  return c.toBuffer('image/png');
}

