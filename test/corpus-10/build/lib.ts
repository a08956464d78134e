// Builders for corpus 10 (writer F): MIME messages with the transfer encodings practices' mail clients use,
// and the PDF forms they attach (flat text, fillable AcroForm, image-only scans). Nothing here reads the extractor.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export type Encoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';
export interface Part { headers: string[]; body: string }

const wrap76 = (s: string) => s.replace(/(.{76})/g, '$1\n').replace(/\n$/, '');

export function quotedPrintable(text: string): string {
  return text.split('\n').map((line) => {
    let encoded = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(byte);
      encoded += byte > 126 || byte === 61 || (byte < 32 && byte !== 9) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : ch;
    }
    encoded = encoded.replace(/[ \t]$/, (m) => `=${m.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    const out: string[] = [];
    while (encoded.length > 75) {
      let cut = 75;
      // never split an =XX escape across a soft line break
      const esc = encoded.lastIndexOf('=', cut);
      if (esc > cut - 3) cut = esc;
      out.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    out.push(encoded);
    return out.join('\n');
  }).join('\n');
}

function encodeBody(text: string, enc: Encoding): string {
  if (enc === 'base64') return wrap76(Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8').toString('base64'));
  if (enc === 'quoted-printable') return quotedPrintable(text);
  if (enc === '7bit' && /[^\x00-\x7f]/.test(text)) throw new Error(`non-ASCII text in a 7bit part: ${text.slice(0, 60)}`);
  return text;
}

export const textPart = (text: string, enc: Encoding = '7bit', charset = 'utf-8'): Part => ({
  headers: [`Content-Type: text/plain; charset="${charset}"`, `Content-Transfer-Encoding: ${enc}`],
  body: encodeBody(text, enc),
});

export const htmlPart = (html: string, enc: Encoding = 'quoted-printable'): Part => ({
  headers: ['Content-Type: text/html; charset="utf-8"', `Content-Transfer-Encoding: ${enc}`],
  body: encodeBody(html, enc),
});

export const attachment = (filename: string, contentType: string, bytes: Uint8Array): Part => ({
  headers: [`Content-Type: ${contentType}; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64'],
  body: wrap76(Buffer.from(bytes).toString('base64')),
});

export const forwardedMessage = (raw: string): Part => ({
  headers: ['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="forwarded message.eml"'],
  body: raw,
});

let boundaryCount = 0;
export function multipart(subtype: 'mixed' | 'alternative' | 'related' | 'report', parts: Part[], extra = ''): Part {
  const boundary = `----=_Part_${++boundaryCount}_${(boundaryCount * 7919).toString(16)}.corpus10`;
  const body = parts.map((p) => `--${boundary}\n${p.headers.join('\n')}\n\n${p.body}\n`).join('') + `--${boundary}--`;
  return { headers: [`Content-Type: multipart/${subtype}; boundary="${boundary}"${extra}`], body };
}

const encodeWord = (s: string) => (/[^\x00-\x7f]/.test(s) ? `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=` : s);
export const address = (name: string | null, email: string) => (name ? `${encodeWord(name.includes(',') ? `"${name}"` : name)} <${email}>` : email);

export interface Message {
  from: [string | null, string];
  to: string;
  cc?: string;
  subject: string;
  date: string;
  messageId: string;
  extraHeaders?: string[];
  authenticated?: boolean;
  body: Part;
}

export function renderMessage(m: Message): string {
  const domain = m.from[1].split('@')[1]!;
  const headers = [
    ...(m.authenticated === false ? [] : [
      `Authentication-Results: spf=pass (sender IP is 40.92.${domain.length}.${m.subject.length % 250})`,
      ` smtp.mailfrom=${domain}; dkim=pass (signature was verified)`,
      ` header.d=${domain};dmarc=pass action=none header.from=${domain}`,
    ]),
    `From: ${address(m.from[0], m.from[1])}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${m.date}`,
    `Message-ID: ${m.messageId}`,
    ...(m.extraHeaders ?? []),
    'MIME-Version: 1.0',
    ...m.body.headers,
  ];
  return `${headers.join('\n')}\n\n${m.body.body}\n`;
}

export const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

export function writeCase(root: string, mailbox: string, file: string, message: Message, expected: object): void {
  mkdirSync(join(root, mailbox), { recursive: true });
  writeFileSync(join(root, mailbox, `${file}.eml`), crlf(renderMessage(message)));
  writeFileSync(join(root, mailbox, `${file}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
}

// ---- PDFs ----
const FIXED_DATE = new Date('2026-12-01T09:00:00Z');

/** A typed (flat text) form, as Word's "Save as PDF" gives. */
export async function flatTextPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 790;
  for (const line of lines) {
    if (line === '\f') { page = doc.addPage([595, 842]); y = 790; continue; }
    const heading = line.startsWith('# ');
    page.drawText(heading ? line.slice(2) : line, { x: 50, y, size: heading ? 13 : 10.5, font: heading ? bold : font });
    y -= heading ? 24 : 18;
  }
  return doc.save({ useObjectStreams: false });
}

/** A fillable AcroForm: printed labels beside text fields whose internal names are whatever the form's author left. */
export async function fillablePdf(title: string[], rows: { label: string; field: string; value?: string }[], footer: string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  let y = 790;
  for (const t of title) { page.drawText(t, { x: 50, y, size: 13, font: bold }); y -= 22; }
  y -= 10;
  for (const row of rows) {
    if (row.field === '') { y -= 6; page.drawText(row.label, { x: 50, y, size: 11, font: bold }); y -= 24; continue; }
    page.drawText(row.label, { x: 50, y: y + 5, size: 9.5, font });
    const field = form.createTextField(row.field);
    field.setText(row.value ?? '');
    field.addToPage(page, { x: 240, y, width: 300, height: 18, font });
    y -= 28;
  }
  y -= 10;
  for (const f of footer) { page.drawText(f, { x: 50, y, size: 9, font }); y -= 14; }
  form.updateFieldAppearances(font);
  return doc.save({ useObjectStreams: false });
}

/** An image-only scan of a printed, hand-finished form: no text layer at all. */
export async function scannedPdf(lines: string[], opts: { signed: boolean; signatureLabelLine: number; seed: number }): Promise<Uint8Array> {
  const width = 1240, height = 1754;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  let rnd = opts.seed;
  const random = () => ((rnd = (rnd * 16807) % 2147483647) / 2147483647);
  ctx.fillStyle = '#f4f2ec';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate(0.009);
  ctx.translate(-width / 2, -height / 2);
  ctx.fillStyle = '#1d1d1d';
  let y = 140;
  let signatureY = 0;
  lines.forEach((line, i) => {
    const heading = line.startsWith('# ');
    ctx.font = heading ? 'bold 34px "DejaVu Sans"' : '27px "DejaVu Sans"';
    ctx.fillText(heading ? line.slice(2) : line, 110, y);
    if (i === opts.signatureLabelLine) signatureY = y;
    y += heading ? 62 : 50;
  });
  // signature box beside its label
  ctx.strokeStyle = '#333';
  ctx.lineWidth = 2;
  ctx.strokeRect(520, signatureY - 36, 520, 54);
  if (opts.signed) {
    ctx.strokeStyle = '#1a2a7a';
    ctx.lineWidth = 3.5;
    ctx.beginPath();
    ctx.moveTo(545, signatureY);
    for (let k = 0; k < 9; k++) {
      const x = 560 + k * 48;
      ctx.bezierCurveTo(x, signatureY - 34 * random(), x + 20, signatureY + 14 * random(), x + 40, signatureY - 8 * random());
    }
    ctx.stroke();
  }
  ctx.restore();
  // scanner speckle
  ctx.fillStyle = 'rgba(60,60,60,0.35)';
  for (let k = 0; k < 900; k++) ctx.fillRect(random() * width, random() * height, 2, 2);
  const jpeg = canvas.toBuffer('image/jpeg', 72);
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('Canon iR-ADV C5535 PDF');
  const image = await doc.embedJpg(jpeg);
  const page = doc.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save({ useObjectStreams: false });
}

// ---- expected files ----
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });
export function expected(mailbox: string, kind: string, organisation: ReturnType<typeof org> | null, fields: object, mustRaise: string[], traits: string[], ignored: 'auto_reply' | 'bounce' | null = null) {
  return { mailbox, kind, ignored, organisation, fields, mustRaise, traits };
}
