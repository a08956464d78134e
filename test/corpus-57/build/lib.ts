// MIME, PDF and scan helpers for corpus-57 (writer BA). Deterministic: fixed dates, seeded noise, hashed boundaries.
import { createHash } from 'node:crypto';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type Person = { name: string | null; email: string | null };

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment { filename: string; data: Uint8Array; contentType?: string }

export interface Mail {
  mailbox: Mailbox;
  slug: string;
  from: [string | null, string];
  to?: [string | null, string][];
  cc?: [string | null, string][];
  subject: string;
  date: string; // RFC 5322 date
  text: string;
  html?: boolean; // also send an HTML alternative built from the text
  htmlOnly?: boolean;
  attachments?: Attachment[];
  headers?: [string, string][];
  report?: { status: string; original: string }; // a delivery status notification
  auth?: 'pass' | 'none';
  expected: Expected;
}

const CRLF = '\r\n';
const MAILBOX_ADDRESS: Record<Mailbox, [string, string]> = {
  portalenquiries: ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'],
  datamanager: ['PCSE Data Manager', 'pcse.datamanager@nhs.net'],
  openexeter: ['PCSE Open Exeter', 'pcse.openexeter@nhs.net'],
};

export const hash = (s: string, n = 24): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Seeded pseudo-random numbers (mulberry32 from a hash of the key). */
export function rng(key: string): () => number {
  let a = parseInt(hash(key, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

function encodeWord(s: string): string {
  if (isAscii(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encodeWord(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

function qp(text: string): string {
  const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return text.replace(/\r\n/g, '\n').split('\n').map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let cur = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      const tok = ((b === 0x20 || b === 0x09) && last) || b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) ? hex(b) : String.fromCharCode(b);
      if (cur.length + tok.length > 75) {
        out += `${cur}=${CRLF}`;
        cur = '';
      }
      cur += tok;
    }
    return out + cur;
  }).join(CRLF);
}

const b64 = (d: Uint8Array | string): string =>
  ((typeof d === 'string' ? Buffer.from(d, 'utf8') : Buffer.from(d)).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(text: string): string {
  const body = text.split('\n').map((l) => (l.trim() ? escapeHtml(l) : '&nbsp;')).map((l) => `<div>${l}</div>`).join('\r\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\r\n${body}\r\n</div></body></html>`;
}

function textPart(text: string, sub: 'plain' | 'html'): string {
  return `Content-Type: text/${sub}; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${qp(text)}${CRLF}`;
}

function multipart(subtype: string, parts: string[], boundary: string, params = ''): string {
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"${params}${CRLF}${CRLF}`
    + parts.map((p) => `--${boundary}${CRLF}${p}`).join(CRLF) + `${CRLF}--${boundary}--${CRLF}`;
}

export function renderEml(m: Mail): string {
  const [toName, toEmail] = MAILBOX_ADDRESS[m.mailbox];
  const fromDomain = m.from[1].split('@')[1] ?? 'example.org';
  const h: [string, string][] = [];
  if ((m.auth ?? 'pass') === 'pass') {
    h.push(['Authentication-Results', `spf=pass (sender IP is 40.92.${parseInt(hash(m.slug, 2), 16) % 250}.${parseInt(hash(m.slug + 'x', 2), 16) % 250}) smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified) header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain}`]);
  }
  h.push(['From', addr(m.from[0], m.from[1])]);
  h.push(['To', (m.to ?? [[toName, toEmail]]).map(([n, e]) => addr(n, e)).join(', ')]);
  if (m.cc?.length) h.push(['Cc', m.cc.map(([n, e]) => addr(n, e)).join(', ')]);
  h.push(['Subject', encodeWord(m.subject)]);
  h.push(['Date', m.date]);
  h.push(['Message-ID', `<${hash(m.slug, 16).toUpperCase()}@${fromDomain === 'nhs.net' ? 'LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM' : fromDomain}>`]);
  for (const x of m.headers ?? []) h.push(x);
  h.push(['MIME-Version', '1.0']);
  const bnd = (d: number) => `_00${d}_${hash(`${m.slug}/${d}`, 20).toUpperCase()}_`;
  let body: string;
  if (m.report) {
    const human = textPart(m.text, 'plain');
    const status = `Content-Type: message/delivery-status${CRLF}${CRLF}${m.report.status.replace(/\n/g, CRLF)}${CRLF}`;
    const orig = `Content-Type: text/rfc822-headers${CRLF}${CRLF}${m.report.original.replace(/\n/g, CRLF)}${CRLF}`;
    body = multipart('report', [human, status, orig], bnd(1), '; report-type=delivery-status');
  } else {
    let content: string;
    if (m.htmlOnly) content = textPart(toHtml(m.text), 'html');
    else if (m.html) content = multipart('alternative', [textPart(m.text, 'plain'), textPart(toHtml(m.text), 'html')], bnd(2));
    else content = textPart(m.text, 'plain');
    if (m.attachments?.length) {
      const atts = m.attachments.map((a) => {
        const ct = a.contentType ?? 'application/pdf';
        return `Content-Type: ${ct}; name="${a.filename}"${CRLF}Content-Description: ${a.filename}${CRLF}Content-Disposition: attachment; filename="${a.filename}"; size=${a.data.length}${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${b64(a.data)}${CRLF}`;
      });
      body = multipart('mixed', [content, ...atts], bnd(1));
    } else body = content;
  }
  return h.map(([k, v]) => `${k}: ${v}`).join(CRLF) + CRLF + body;
}

// ---------------------------------------------------------------------------------------------------------------
// PDFs

const PDF_DATE = new Date(Date.UTC(2026, 10, 2, 9, 0, 0));

async function newDoc(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Microsoft Word');
  doc.setProducer('corpus-57 build');
  doc.setCreationDate(PDF_DATE);
  doc.setModificationDate(PDF_DATE);
  return doc;
}

export interface FormRow { label: string; value: string; field?: string }

/** A one-page form. `fillable`: each value sits in an AcroForm text field; otherwise the values are drawn as text. */
export async function formPdf(opts: { title: string; intro?: string; sections: { heading: string; rows: FormRow[] }[]; fillable: boolean; signature?: { label: string; signed: boolean; key: string }; footer?: string }): Promise<Uint8Array> {
  const doc = await newDoc(opts.title);
  const page = doc.addPage([595.28, 841.89]);
  const reg = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  let y = 790;
  page.drawText('Primary Care Support England', { x: 40, y, size: 10, font: bold, color: rgb(0.11, 0.31, 0.6) });
  y -= 22;
  page.drawText(opts.title, { x: 40, y, size: 14, font: bold });
  y -= 18;
  if (opts.intro) {
    for (const line of wrap(opts.intro, 95)) {
      page.drawText(line, { x: 40, y, size: 9, font: reg });
      y -= 12;
    }
    y -= 6;
  }
  let n = 0;
  for (const s of opts.sections) {
    page.drawRectangle({ x: 40, y: y - 4, width: 515, height: 18, color: rgb(0.87, 0.9, 0.96) });
    page.drawText(s.heading, { x: 44, y: y + 1, size: 10, font: bold });
    y -= 24;
    for (const r of s.rows) {
      page.drawText(r.label, { x: 44, y, size: 9, font: reg });
      page.drawRectangle({ x: 220, y: y - 5, width: 335, height: 17, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
      if (opts.fillable) {
        const f = form.createTextField(r.field ?? `field${++n}`);
        f.setText(r.value);
        f.addToPage(page, { x: 221, y: y - 4, width: 333, height: 15, font: reg, borderWidth: 0 });
        f.setFontSize(9);
      } else if (r.value) page.drawText(r.value, { x: 224, y, size: 9.5, font: reg });
      y -= 21;
    }
    y -= 8;
  }
  if (opts.signature) {
    page.drawText(opts.signature.label, { x: 44, y, size: 9, font: reg });
    page.drawRectangle({ x: 220, y: y - 30, width: 200, height: 42, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 0.6 });
    if (opts.signature.signed) {
      const strokes = signatureStrokes(opts.signature.key, 180, 30);
      for (const st of strokes) {
        for (let i = 1; i < st.length; i++) {
          const a = st[i - 1]!;
          const b = st[i]!;
          page.drawLine({ start: { x: 230 + a[0], y: y + 6 - a[1] }, end: { x: 230 + b[0], y: y + 6 - b[1] }, thickness: 1.1, color: rgb(0.1, 0.15, 0.45) });
        }
      }
    }
    y -= 50;
  }
  if (opts.footer) for (const line of wrap(opts.footer, 100)) {
    page.drawText(line, { x: 40, y, size: 8, font: reg, color: rgb(0.35, 0.35, 0.35) });
    y -= 11;
  }
  if (opts.fillable) form.updateFieldAppearances(reg);
  return doc.save({ useObjectStreams: false });
}

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if ((line + ' ' + w).trim().length > width) {
      out.push(line);
      line = w;
    } else line = (line + ' ' + w).trim();
  }
  if (line) out.push(line);
  return out;
}

/** A signature scribble: a few strokes of connected loops, in a box of w × h (y downwards). */
export function signatureStrokes(key: string, w: number, h: number): [number, number][][] {
  const r = rng(`sig:${key}`);
  const strokes: [number, number][][] = [];
  let x0 = 2;
  const nStrokes = 2 + Math.floor(r() * 2);
  for (let s = 0; s < nStrokes; s++) {
    const pts: [number, number][] = [];
    const len = (w / nStrokes) * (0.7 + r() * 0.3);
    const loops = 3 + Math.floor(r() * 4);
    for (let i = 0; i <= 60; i++) {
      const t = i / 60;
      const x = x0 + t * len + Math.sin(t * loops * Math.PI * 2) * (4 + r() * 2);
      const y = h * 0.55 - Math.cos(t * loops * Math.PI * 2) * h * (0.25 + r() * 0.1) - t * h * 0.15 * (s % 2 ? -1 : 1);
      pts.push([x, y]);
    }
    strokes.push(pts);
    x0 += len + 4;
  }
  strokes.push([[0, h * 0.9], [w * 0.9, h * 0.82]]);
  return strokes;
}

// ---------------------------------------------------------------------------------------------------------------
// Scans: a form drawn on a 150 dpi canvas, skewed, speckled, JPEG, the only content of the page

const W = 1240;
const H = 1754;
const MM = W / 210;
let fontsDone = false;
function fonts() {
  if (fontsDone) return;
  const LIB = '/usr/share/fonts/truetype/liberation/';
  GlobalFonts.registerFromPath(`${LIB}LiberationSans-Regular.ttf`, 'BAPrint');
  GlobalFonts.registerFromPath(`${LIB}LiberationSans-Bold.ttf`, 'BAPrintBold');
  GlobalFonts.registerFromPath(`${LIB}LiberationMono-Regular.ttf`, 'BAType');
  GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf', 'BAHand');
  fontsDone = true;
}

export class Scan {
  readonly canvas = createCanvas(W, H);
  readonly ctx: SKRSContext2D;
  constructor(readonly seed: string) {
    fonts();
    this.ctx = this.canvas.getContext('2d');
    this.ctx.fillStyle = '#ffffff';
    this.ctx.fillRect(0, 0, W, H);
  }
  print(s: string, x: number, y: number, pt = 10, bold = false) {
    this.ctx.fillStyle = '#111111';
    this.ctx.font = `${Math.round((pt / 72) * 150)}px ${bold ? 'BAPrintBold' : 'BAPrint'}`;
    this.ctx.fillText(s, x * MM, y * MM);
  }
  typed(s: string, x: number, y: number, pt = 11) {
    this.ctx.fillStyle = '#1a1a1a';
    this.ctx.font = `${Math.round((pt / 72) * 150)}px BAType`;
    this.ctx.fillText(s, x * MM, y * MM);
  }
  hand(s: string, x: number, y: number, pt = 13) {
    const r = rng(`hand:${this.seed}:${s}:${x}:${y}`);
    const c = this.ctx;
    let px = x * MM;
    const size0 = (pt / 72) * 150;
    for (const ch of s) {
      const size = size0 * (0.92 + r() * 0.16);
      c.font = `${size.toFixed(1)}px BAHand`;
      c.save();
      c.translate(px, y * MM + (r() - 0.5) * 3);
      c.rotate((r() - 0.5) * 0.12);
      c.fillStyle = '#1b2a6b';
      c.fillText(ch, 0, 0);
      c.restore();
      px += c.measureText(ch).width * (1 + r() * 0.06) + 0.5;
    }
  }
  box(x: number, y: number, w: number, h: number, fill?: string) {
    const c = this.ctx;
    if (fill) {
      c.fillStyle = fill;
      c.fillRect(x * MM, y * MM, w * MM, h * MM);
    }
    c.strokeStyle = '#222222';
    c.lineWidth = 1.4;
    c.strokeRect(x * MM, y * MM, w * MM, h * MM);
  }
  tick(x: number, y: number) {
    const c = this.ctx;
    c.strokeStyle = '#1b2a6b';
    c.lineWidth = 3;
    c.beginPath();
    c.moveTo(x * MM, (y + 2.5) * MM);
    c.lineTo((x + 1.6) * MM, (y + 4.5) * MM);
    c.lineTo((x + 5) * MM, (y - 1) * MM);
    c.stroke();
  }
  signature(key: string, x: number, y: number, w: number, h: number) {
    const c = this.ctx;
    c.strokeStyle = '#182565';
    c.lineWidth = 2.6;
    c.lineCap = 'round';
    for (const st of signatureStrokes(key, w * MM, h * MM)) {
      c.beginPath();
      st.forEach(([a, b], i) => (i === 0 ? c.moveTo(x * MM + a, y * MM + b) : c.lineTo(x * MM + a, y * MM + b)));
      c.stroke();
    }
  }
  /** Labelled rows of a form, values typed or handwritten; returns the y below. */
  rows(rows: [string, string][], y: number, fill: 'typed' | 'hand'): number {
    for (const [label, value] of rows) {
      this.box(15, y, 60, 10);
      this.box(75, y, 120, 10);
      this.print(label, 17, y + 6.8, 9.5);
      if (value) {
        if (fill === 'hand') this.hand(value, 78, y + 7.3);
        else this.typed(value, 78, y + 7);
      }
      y += 10;
    }
    return y;
  }
  heading(s: string, y: number): number {
    this.box(15, y, 180, 10, '#dfe7f4');
    this.print(s, 17, y + 7, 10.5, true);
    return y + 10;
  }
  jpeg(angleDeg: number, specks = 2200): Buffer {
    const r = rng(`scan:${this.seed}`);
    const out = createCanvas(W, H);
    const c = out.getContext('2d');
    c.fillStyle = '#f1efe9';
    c.fillRect(0, 0, W, H);
    c.save();
    c.translate(W / 2 + 9, H / 2 - 6);
    c.rotate((angleDeg * Math.PI) / 180);
    c.globalAlpha = 0.95;
    c.drawImage(this.canvas, -W / 2, -H / 2);
    c.restore();
    c.globalAlpha = 1;
    for (let i = 0; i < specks; i++) {
      const g = Math.floor(60 + r() * 120);
      c.fillStyle = `rgba(${g},${g},${g},${(0.3 + r() * 0.5).toFixed(2)})`;
      const s = r() < 0.88 ? 1 : 2 + Math.floor(r() * 2);
      c.fillRect(Math.floor(r() * W), Math.floor(r() * H), s, s);
    }
    const grad = c.createLinearGradient(0, 0, 50, 0);
    grad.addColorStop(0, 'rgba(50,50,50,0.5)');
    grad.addColorStop(1, 'rgba(50,50,50,0)');
    c.fillStyle = grad;
    c.fillRect(0, 0, 50, H);
    return out.toBuffer('image/jpeg', 74);
  }
}

export async function scanPdf(pages: Buffer[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('RICOH MP C3004 scan');
  doc.setCreationDate(PDF_DATE);
  doc.setModificationDate(PDF_DATE);
  for (const jpg of pages) {
    const img = await doc.embedJpg(jpg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}

export const MM_PER_PAGE = MM;
