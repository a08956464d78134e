// MIME, PDFs and scans for corpus-53 (writer AW). Everything is deterministic: boundaries come from a hash of the
// slug, dates are fixed, scan noise comes from a seeded generator.
import { createHash } from 'node:crypto';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export const MAILBOX_ADDRESS: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType?: string;
}

export interface MailSpec {
  mailbox: Mailbox;
  slug: string;
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  /** minutes after the corpus epoch; gives a fixed date */
  at: number;
  client?: 'nhsmail' | 'gmail' | 'iphone' | 'outlookcom' | 'system';
  headers?: [string, string][];
  text: string;
  html?: string;
  /** send only the HTML part */
  htmlOnly?: boolean;
  encoding?: 'qp' | '8bit' | 'b64' | '7bit';
  attachments?: Attachment[];
  /** a raw multipart/report body instead of text (bounces) */
  report?: { text: string; status: string; original: string };
  expected: Expected;
}

export interface Built {
  mailbox: Mailbox;
  slug: string;
  eml: string;
  expected: Expected;
}

const CRLF = '\r\n';
export const hash = (s: string, n = 24): string => createHash('sha256').update(s).digest('hex').slice(0, n);
const crlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);

// ---------------------------------------------------------------------------------------------------------------
// Headers and encodings

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
export const encWord = (s: string): string => (isAscii(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`);

/** A mailbox header value: display name (RFC 2047 when not ASCII, quoted when it has specials) and address. */
export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encWord(name)} <${email}>`;
  if (/[(),.:;<>@[\]"]/.test(name)) return `"${name.replace(/"/g, '\\"')}" <${email}>`;
  return `${name} <${email}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EPOCH = Date.UTC(2026, 10, 2, 8, 3, 0); // Mon 2 Nov 2026 08:03 UTC
export function rfcDate(minutes: number): string {
  const d = new Date(EPOCH + minutes * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
export const pdfDate = (minutes: number): Date => new Date(EPOCH + minutes * 60_000);

function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    let enc = '';
    for (const b of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(b);
      enc += (b >= 33 && b <= 126 && ch !== '=') || b === 32 ? ch : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    if (enc.endsWith(' ')) enc = `${enc.slice(0, -1)}=20`;
    while (enc.length > 76) {
      let cut = 75;
      while (enc[cut - 1] === '=' || enc[cut - 2] === '=') cut--;
      out.push(`${enc.slice(0, cut)}=`);
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join(CRLF);
}

const b64 = (buf: Buffer): string => (buf.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

function leaf(contentType: string, body: string, enc: 'qp' | '8bit' | 'b64' | '7bit'): string {
  const te = enc === 'b64' ? 'base64' : enc === 'qp' ? 'quoted-printable' : enc;
  const payload = enc === 'qp' ? qp(body) : enc === 'b64' ? b64(Buffer.from(body, 'utf8')) : crlf(body);
  return `Content-Type: ${contentType}; charset="utf-8"${CRLF}Content-Transfer-Encoding: ${te}${CRLF}${CRLF}${payload}${CRLF}`;
}

function multipart(subtype: string, boundary: string, parts: string[], params = ''): string {
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"${params}${CRLF}${CRLF}${parts.map((p) => `--${boundary}${CRLF}${p}`).join(CRLF)}${CRLF}--${boundary}--${CRLF}`;
}

const CLIENT_HEADERS: Record<string, (id: string) => [string, string][]> = {
  nhsmail: (id) => [
    ['Thread-Topic', ''],
    ['Thread-Index', `AQH${hash(id, 20)}`],
    ['X-MS-Has-Attach', ''],
    ['Content-Language', 'en-GB'],
    ['X-MS-Exchange-Organization-AuthAs', 'Internal'],
  ],
  outlookcom: (id) => [['X-MS-Exchange-Organization-SCL', '1'], ['X-OriginatorOrg', 'outlook.com'], ['Thread-Index', `AdX${hash(id, 18)}`]],
  gmail: () => [['X-Gm-Message-State', 'AOJu0YwQx3e2Pq']],
  iphone: () => [['X-Mailer', 'iPhone Mail (22B91)']],
  system: () => [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All']],
};

function authResults(from: string): string {
  const dom = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'unknown';
  return `spf=pass (sender IP is 40.92.${dom.length}.${dom.length * 3}) smtp.mailfrom=${dom}; dkim=pass (signature was verified) header.d=${dom};dmarc=pass action=none header.from=${dom};compauth=pass reason=100`;
}

export function build(m: MailSpec): Built {
  const client = m.client ?? 'nhsmail';
  const fromDom = /@([^>\s]+)>?\s*$/.exec(m.from)?.[1] ?? 'nhs.net';
  const msgId = client === 'gmail' ? `<CA+${hash(m.slug, 30)}@mail.gmail.com>` : `<${hash(m.slug, 16).toUpperCase()}@${client === 'nhsmail' ? 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM' : fromDom}>`;
  const h: [string, string][] = [
    ['Authentication-Results', authResults(m.from)],
    ['Received', `from mail.${fromDom} by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${rfcDate(m.at)}`],
    ['From', m.from],
    ['To', m.to ?? MAILBOX_ADDRESS[m.mailbox]],
  ];
  if (m.cc) h.push(['Cc', m.cc]);
  h.push(['Subject', encWord(m.subject)], ['Date', rfcDate(m.at)], ['Message-ID', msgId]);
  h.push(...(CLIENT_HEADERS[client]?.(m.slug) ?? []), ...(m.headers ?? []));
  h.push(['MIME-Version', '1.0']);

  const enc = m.encoding ?? (isAscii(m.text.replace(/\n/g, ' ')) ? '7bit' : 'qp');
  const B = (k: string) => `_${k}_${hash(m.slug + k, 20)}`;
  let body: string;
  if (m.report) {
    body = multipart('report', B('rep'), [
      leaf('text/plain', m.report.text, '7bit'),
      `Content-Type: message/delivery-status${CRLF}${CRLF}${crlf(m.report.status)}${CRLF}`,
      `Content-Type: text/rfc822-headers${CRLF}${CRLF}${crlf(m.report.original)}${CRLF}`,
    ], '; report-type=delivery-status');
  } else {
    let content: string;
    if (m.htmlOnly && m.html) content = leaf('text/html', m.html, 'qp');
    else if (m.html) content = multipart('alternative', B('alt'), [leaf('text/plain', m.text, enc), leaf('text/html', m.html, 'qp')]);
    else content = leaf('text/plain', m.text, enc);
    if (m.attachments?.length) {
      const atts = m.attachments.map((a) => {
        const fn = isAscii(a.filename) ? a.filename : encWord(a.filename);
        return `Content-Type: ${a.contentType ?? 'application/pdf'}; name="${fn}"${CRLF}Content-Disposition: attachment; filename="${fn}"; size=${a.content.length}${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${b64(a.content)}${CRLF}`;
      });
      body = multipart('mixed', B('mix'), [content, ...atts]);
    } else body = content;
  }
  const head = h.map(([k, v]) => (v === '' ? `${k}: ` : `${k}: ${v}`)).join(CRLF);
  return { mailbox: m.mailbox, slug: m.slug, eml: `${head}${CRLF}${body}`, expected: m.expected };
}

// ---------------------------------------------------------------------------------------------------------------
// PDFs with pdf-lib (Helvetica: WinAnsi text only)

export interface FormRow {
  label: string;
  field?: string;
  value: string;
}

async function newDoc(title: string, at: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('');
  doc.setProducer('Microsoft Word for Microsoft 365');
  doc.setCreator('Microsoft Word');
  doc.setCreationDate(pdfDate(at));
  doc.setModificationDate(pdfDate(at));
  return doc;
}

/** A fillable form: heading, notes, then one text field per row (or flat text when `flat`). */
export async function formPdf(opts: { title: string; intro: string[]; rows: FormRow[]; at: number; flat?: boolean; footer?: string[] }): Promise<Buffer> {
  const doc = await newDoc(opts.title, opts.at);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  page.drawText('NHS England - Primary Care Support England', { x: 50, y: 800, size: 9, font, color: rgb(0.2, 0.3, 0.6) });
  page.drawText(opts.title, { x: 50, y: 775, size: 14, font: bold });
  let y = 750;
  for (const l of opts.intro) {
    page.drawText(l, { x: 50, y, size: 9, font });
    y -= 13;
  }
  y -= 10;
  for (const r of opts.rows) {
    page.drawText(r.label, { x: 50, y: y + 5, size: 10, font: bold });
    if (opts.flat) {
      page.drawText(r.value, { x: 240, y: y + 5, size: 10, font });
      page.drawLine({ start: { x: 235, y: y + 1 }, end: { x: 545, y: y + 1 }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
    } else {
      const tf = form.createTextField(r.field ?? r.label);
      tf.setText(r.value);
      tf.addToPage(page, { x: 235, y, width: 310, height: 18, font, borderWidth: 0.8, borderColor: rgb(0.4, 0.4, 0.4) });
    }
    y -= 28;
  }
  y -= 6;
  for (const l of opts.footer ?? []) {
    page.drawText(l, { x: 50, y, size: 8, font });
    y -= 11;
  }
  if (!opts.flat) form.updateFieldAppearances(font);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A flat letter: lines of text (blank line = gap). */
export async function letterPdf(title: string, lines: string[], at: number): Promise<Buffer> {
  const doc = await newDoc(title, at);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  let y = 790;
  for (const l of lines) {
    const isHead = l.startsWith('# ');
    page.drawText(isHead ? l.slice(2) : l, { x: 60, y, size: isHead ? 12 : 10, font: isHead ? bold : font });
    y -= isHead ? 20 : 14;
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------------------------------------------------------
// Scans: a printed form filled by hand, drawn on a canvas at 150 dpi, rotated, speckled, JPEG, one image per page

const W = 1240;
const H = 1754;
const MM = W / 210;
let fontsDone = false;
function fonts() {
  if (fontsDone) return;
  const LIB = '/usr/share/fonts/truetype/liberation/';
  const DV = '/usr/share/fonts/truetype/dejavu/';
  GlobalFonts.registerFromPath(`${LIB}LiberationSans-Regular.ttf`, 'AwPrint');
  GlobalFonts.registerFromPath(`${LIB}LiberationSans-Bold.ttf`, 'AwPrintBold');
  GlobalFonts.registerFromPath(`${DV}DejaVuSans-Oblique.ttf`, 'AwHand');
  GlobalFonts.registerFromPath(`${LIB}LiberationSansNarrow-Regular.ttf`, 'AwCaps');
  fontsDone = true;
}

/** Mulberry32: a seeded generator so the noise is the same on every run. */
export function rng(seed: string): () => number {
  let a = parseInt(hash(seed, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ScanRow {
  label: string;
  value: string;
  caps?: boolean;
}

export interface ScanForm {
  seed: string;
  header: string;
  title: string;
  intro: string[];
  rows: ScanRow[];
  /** check boxes: label and whether ticked */
  ticks?: { label: string; ticked: boolean }[];
  tickHeading?: string;
  signatureLabel: string;
  /** null: the box is left blank */
  signature: string | null;
  date: string | null;
  footer?: string[];
  angle: number;
}

function drawForm(c: SKRSContext2D, f: ScanForm, r: () => number) {
  const print = (s: string, x: number, y: number, pt: number, boldFace = false) => {
    c.fillStyle = '#151515';
    c.font = `${Math.round((pt / 72) * 150)}px ${boldFace ? 'AwPrintBold' : 'AwPrint'}`;
    c.fillText(s, x * MM, y * MM);
  };
  const hand = (s: string, x: number, y: number, caps = false) => {
    c.fillStyle = '#1c2a6b';
    c.font = `${caps ? 40 : 36}px ${caps ? 'AwCaps' : 'AwHand'}`;
    let cx = x * MM;
    for (const ch of caps ? s.toUpperCase() : s) {
      const dy = (r() - 0.5) * 2.2;
      c.fillText(ch, cx, y * MM + dy);
      cx += c.measureText(ch).width + (r() - 0.3) * 1.2;
    }
  };
  print(f.header, 18, 16, 9);
  print(f.title, 18, 28, 15, true);
  let y = 38;
  for (const l of f.intro) {
    print(l, 18, y, 9);
    y += 5;
  }
  y += 6;
  c.strokeStyle = '#333';
  c.lineWidth = 1.6;
  for (const row of f.rows) {
    print(row.label, 18, y + 7, 10, true);
    c.strokeRect(80 * MM, y * MM, 112 * MM, 11 * MM);
    if (row.value) hand(row.value, 83, y + 8, row.caps);
    y += 15;
  }
  if (f.ticks) {
    y += 3;
    if (f.tickHeading) print(f.tickHeading, 18, y, 10, true);
    y += 7;
    for (const t of f.ticks) {
      c.strokeRect(20 * MM, (y - 4) * MM, 5 * MM, 5 * MM);
      print(t.label, 28, y, 10);
      if (t.ticked) {
        c.strokeStyle = '#1c2a6b';
        c.lineWidth = 4;
        c.beginPath();
        c.moveTo(20.5 * MM, (y - 2) * MM);
        c.lineTo(22.3 * MM, (y + 0.5) * MM);
        c.lineTo(26.5 * MM, (y - 6) * MM);
        c.stroke();
        c.strokeStyle = '#333';
        c.lineWidth = 1.6;
      }
      y += 8;
    }
  }
  y += 6;
  print(f.signatureLabel, 18, y + 8, 10, true);
  c.strokeRect(80 * MM, y * MM, 64 * MM, 20 * MM);
  if (f.signature) {
    // a scribble: the signer's initials in slanted hand, then a looping stroke
    c.fillStyle = '#0d1a55';
    c.font = '54px AwHand';
    c.fillText(f.signature, 84 * MM, (y + 14) * MM);
    const w = c.measureText(f.signature).width;
    c.strokeStyle = '#0d1a55';
    c.lineWidth = 3;
    c.beginPath();
    let x0 = 84 * MM + w;
    const y0 = (y + 12) * MM;
    c.moveTo(x0, y0);
    const end = 142 * MM;
    while (x0 + 30 < end) {
      c.bezierCurveTo(x0 + 8, y0 - 26 - r() * 16, x0 + 16, y0 + 22, x0 + 22 + r() * 6, y0 - 4);
      x0 += 24;
    }
    c.stroke();
  }
  print('Date', 148, y + 8, 10, true);
  c.strokeRect(158 * MM, y * MM, 36 * MM, 11 * MM);
  if (f.date) hand(f.date, 160, y + 8);
  y += 30;
  for (const l of f.footer ?? []) {
    print(l, 18, y, 8);
    y += 4.5;
  }
}

export async function scanPdf(forms: ScanForm[], at: number): Promise<Buffer> {
  fonts();
  const doc = await PDFDocument.create();
  doc.setProducer('RICOH MP C3004ex');
  doc.setCreator('RICOH MP C3004ex');
  doc.setCreationDate(pdfDate(at));
  doc.setModificationDate(pdfDate(at));
  for (const f of forms) {
    const r = rng(f.seed);
    const src = createCanvas(W, H);
    const s = src.getContext('2d');
    s.fillStyle = '#ffffff';
    s.fillRect(0, 0, W, H);
    drawForm(s, f, r);
    const out = createCanvas(W, H);
    const c = out.getContext('2d');
    c.fillStyle = '#f4f3ef';
    c.fillRect(0, 0, W, H);
    c.save();
    c.translate(W / 2 + (r() - 0.5) * 14, H / 2 + (r() - 0.5) * 14);
    c.rotate((f.angle * Math.PI) / 180);
    c.drawImage(src, -W / 2, -H / 2);
    c.restore();
    // a shadowed edge and specks
    const g = c.createLinearGradient(0, 0, 40, 0);
    g.addColorStop(0, 'rgba(60,60,60,0.55)');
    g.addColorStop(1, 'rgba(60,60,60,0)');
    c.fillStyle = g;
    c.fillRect(0, 0, 40, H);
    for (let i = 0; i < 900; i++) {
      const shade = Math.floor(40 + r() * 110);
      c.fillStyle = `rgba(${shade},${shade},${shade},${0.3 + r() * 0.6})`;
      const sz = r() < 0.92 ? 1 + r() * 2 : 2 + r() * 4;
      c.fillRect(r() * W, r() * H, sz, sz);
    }
    const jpg = out.toBuffer('image/jpeg', 70);
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------------------------------------------------------
// Expected helpers

export const P = (name: string | null, email: string | null) => ({ name, email });
export const NHS_FOOTER = `

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.

NHSmail is the secure email and directory service available for all NHS staff in England.`;
