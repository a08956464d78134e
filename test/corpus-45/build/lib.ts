// MIME writing for corpus 45 (writer AO): hand-built RFC 5322 messages with CRLF line ends.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
  /** a message/rfc822 part is written as 8bit text rather than base64 */
  inline?: boolean;
}

export type Client = 'nhsmail' | 'outlook365' | 'gmail' | 'apple' | 'system';

export interface Mail {
  client: Client;
  from: [string, string];
  to: [string, string][];
  cc?: [string, string][];
  subject: string;
  date: string;
  id: string;
  text: string;
  html?: string;
  attachments?: Attachment[];
  inReplyTo?: string;
  headers?: [string, string][];
  /** full override of the top-level content type (bounces, reports) */
  raw?: { contentType: string; body: string };
  auth?: 'pass' | 'none';
}

const CRLF = '\r\n';

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

export function encodeWord(s: string): string {
  if (isAscii(s)) return s;
  const b = Buffer.from(s, 'utf8').toString('base64');
  return `=?UTF-8?B?${b}?=`;
}

function addr([name, email]: [string, string]): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encodeWord(name)} <${email}>`;
  return /[,.;:()@"]/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
}

/** Folds a header at spaces to keep lines under 78 characters. */
function fold(line: string): string {
  if (line.length <= 76) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > 76) {
    let cut = rest.lastIndexOf(' ', 76);
    if (cut <= 0) cut = rest.indexOf(' ', 76);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.join(CRLF);
}

export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const enc = lines.map((line) => {
    let out = '';
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (b === 0x3d || b < 0x20 || b > 0x7e) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else toks.push(String.fromCharCode(b));
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out += `${cur}=${CRLF}`;
        cur = '';
      }
      cur += t;
    }
    out += cur;
    return out;
  });
  return enc.join(CRLF);
}

function b64(data: Buffer): string {
  const s = data.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(CRLF);
}

function textPart(type: 'plain' | 'html', body: string): string {
  const needsQp = !isAscii(body.replace(/\n/g, ' ')) || body.split('\n').some((l) => l.length > 76);
  const norm = body.replace(/\r\n/g, '\n');
  return [
    `Content-Type: text/${type}; charset="utf-8"`,
    `Content-Transfer-Encoding: ${needsQp ? 'quoted-printable' : '7bit'}`,
    '',
    needsQp ? qp(norm) : norm.split('\n').join(CRLF),
  ].join(CRLF);
}

function boundary(tag: string, id: string): string {
  return `_=_${tag}_${hash(id + tag).slice(0, 24)}`;
}

function bodyPart(m: Mail): string {
  if (!m.html) return textPart('plain', m.text);
  const b = boundary('alt', m.id);
  return [
    `Content-Type: multipart/alternative; boundary="${b}"`,
    '',
    `--${b}`,
    textPart('plain', m.text),
    `--${b}`,
    textPart('html', m.html),
    `--${b}--`,
  ].join(CRLF);
}

function attachmentPart(a: Attachment): string {
  if (a.inline) {
    return [`Content-Type: ${a.contentType}`, 'Content-Disposition: attachment', 'Content-Transfer-Encoding: 8bit', '', a.data.toString('utf8').replace(/\r?\n/g, CRLF)].join(CRLF);
  }
  const fn = isAscii(a.filename) ? `"${a.filename}"` : `"${encodeWord(a.filename)}"`;
  return [
    `Content-Type: ${a.contentType}; name=${fn}`,
    `Content-Description: ${a.filename}`,
    `Content-Disposition: attachment; filename=${fn}; size=${a.data.length}`,
    'Content-Transfer-Encoding: base64',
    '',
    b64(a.data),
  ].join(CRLF);
}

function clientHeaders(m: Mail): string[] {
  const domain = m.from[1].split('@')[1] ?? 'example.org';
  const auth = m.auth === 'none'
    ? []
    : [`Authentication-Results: spf=pass (sender IP is 40.92.${(hash(m.id).charCodeAt(0) % 200) + 10}.${(hash(m.id).charCodeAt(1) % 200) + 10}) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`];
  const h = hash(m.id).toUpperCase();
  switch (m.client) {
    case 'nhsmail':
      return [...auth, `Received: from ${h.slice(0, 4)}P265MB${h.slice(4, 8)}.GBRP265.PROD.OUTLOOK.COM by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${m.date}`, 'X-MS-Has-Attach: ' + (m.attachments?.length ? 'yes' : ''), 'X-MS-TNEF-Correlator: ', 'Content-Language: en-GB', 'X-Originating-IP: [10.0.0.1]'];
    case 'outlook365':
      return [...auth, `Received: from ${h.slice(0, 4)}PR01MB${h.slice(4, 8)}.eurprd01.prod.exchangelabs.com with HTTPS; ${m.date}`, 'Content-Language: en-GB', 'X-MS-Exchange-Organization-SCL: 1'];
    case 'gmail':
      return [...auth, `Received: by mail-wr1-f41.google.com with SMTP id ${h.slice(0, 12).toLowerCase()}; ${m.date}`, `X-Gm-Message-State: AOJu0Y${h.slice(0, 20)}`];
    case 'apple':
      return [...auth, 'X-Mailer: iPhone Mail (21G93)'];
    case 'system':
      return [...auth, 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'];
  }
}

export function buildEml(m: Mail): string {
  const head: string[] = [
    ...clientHeaders(m),
    `From: ${addr(m.from)}`,
    `To: ${m.to.map(addr).join(', ')}`,
    ...(m.cc?.length ? [`Cc: ${m.cc.map(addr).join(', ')}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${m.date}`,
    `Message-ID: ${m.id}`,
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
    ...(m.headers ?? []).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
  ];
  let body: string;
  if (m.raw) {
    head.push(`Content-Type: ${m.raw.contentType}`);
    body = m.raw.body.replace(/\r?\n/g, CRLF);
  } else if (m.attachments?.length) {
    const b = boundary('mix', m.id);
    head.push(`Content-Type: multipart/mixed; boundary="${b}"`);
    body = ['This is a multi-part message in MIME format.', '', `--${b}`, bodyPart(m), ...m.attachments.flatMap((a) => [`--${b}`, attachmentPart(a)]), `--${b}--`, ''].join(CRLF);
  } else {
    const part = bodyPart(m);
    const idx = part.indexOf(CRLF + CRLF);
    head.push(...part.slice(0, idx).split(CRLF));
    body = part.slice(idx + 4) + CRLF;
  }
  return head.map(fold).join(CRLF) + CRLF + CRLF + body;
}

/** NHSmail's standard footer. */
export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export function escHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A plain text body turned into the simple HTML an Outlook client would send alongside it. */
export function htmlOf(text: string): string {
  const paras = text.trim().split(/\n{2,}/).map((p) => `<p class="MsoNormal">${p.split('\n').map(escHtml).join('<br>\n')}</p>`);
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-GB"><div class="WordSection1">\n${paras.join('\n<p class="MsoNormal">&nbsp;</p>\n')}\n</div></body></html>`;
}

/** A seeded PRNG (mulberry32), so the scans are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
