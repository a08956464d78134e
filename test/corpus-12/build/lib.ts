// Writer H's MIME helpers: every message is built as a byte string (one char = one byte) and written with CRLF.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const ROOT = join(import.meta.dirname, '..');

export type Person = { name: string | null; email: string | null };
export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

/** A MIME entity: its headers (already folded) and its encoded body, both as byte strings with CRLF. */
export interface Part { headers: string[]; body: string }

const toBytes = (s: string, charset = 'utf-8'): string =>
  (charset.toLowerCase() === 'utf-8' ? Buffer.from(s, 'utf8') : iconv.encode(s, charset)).toString('latin1');

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

export function b64(bytes: string | Uint8Array | Buffer): string {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/**
 * Quoted-printable of a byte string. `\u0007` in the source text forces a soft line break at that point
 * (used to break an address across lines, as some clients do).
 */
export function qp(bytes: string, width = 76): string {
  const out: string[] = [];
  for (const rawLine of bytes.split(/\r?\n/)) {
    let line = '';
    const chars: string[] = [];
    for (let i = 0; i < rawLine.length; i++) {
      const ch = rawLine[i]!;
      const c = ch.charCodeAt(0);
      if (ch === '\u0007') { chars.push('\u0007'); continue; }
      const isEnd = i === rawLine.length - 1;
      if ((c >= 33 && c <= 126 && ch !== '=') || ((c === 32 || c === 9) && !isEnd)) chars.push(ch);
      else chars.push(`=${c.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    const lines: string[] = [];
    for (const tok of chars) {
      if (tok === '\u0007') { lines.push(`${line}=`); line = ''; continue; }
      if (line.length + tok.length > width - 1) { lines.push(`${line}=`); line = ''; }
      line += tok;
    }
    lines.push(line);
    out.push(lines.join('\r\n'));
  }
  return out.join('\r\n');
}

export function text(body: string, opt: { charset?: string; cte?: '7bit' | '8bit' | 'quoted-printable' | 'base64'; flowed?: boolean } = {}): Part {
  return leaf('text/plain', body, opt);
}
export function html(body: string, opt: { charset?: string; cte?: '7bit' | '8bit' | 'quoted-printable' | 'base64' } = {}): Part {
  return leaf('text/html', body, opt);
}

function leaf(type: string, body: string, opt: { charset?: string; cte?: string; flowed?: boolean }): Part {
  const charset = opt.charset ?? 'utf-8';
  const cte = opt.cte ?? 'quoted-printable';
  const bytes = toBytes(crlf(body).replace(/\u0007/g, cte === 'quoted-printable' ? '\u0007' : ''), charset);
  let enc: string;
  if (cte === 'quoted-printable') enc = qp(bytes);
  else if (cte === 'base64') enc = b64(bytes);
  else enc = bytes;
  return {
    headers: [`Content-Type: ${type}; charset="${charset}"${opt.flowed ? '; format=flowed' : ''}`, `Content-Transfer-Encoding: ${cte}`],
    body: enc,
  };
}

export function attachment(type: string, filename: string, bytes: Uint8Array | Buffer, opt: { inline?: string } = {}): Part {
  const headers = [`Content-Type: ${type}; name="${filename}"`];
  if (opt.inline) headers.push(`Content-ID: <${opt.inline}>`, `Content-Disposition: inline; filename="${filename}"`);
  else headers.push(`Content-Disposition: attachment; filename="${filename}"; size=${bytes.length}`);
  headers.push('Content-Transfer-Encoding: base64');
  return { headers, body: b64(bytes) };
}

let boundaryN = 0;
export function multi(subtype: 'mixed' | 'alternative' | 'related' | 'report', parts: Part[], extra = ''): Part {
  boundaryN += 1;
  const boundary = `----=_Part_H${boundaryN.toString(16).padStart(4, '0')}_${(boundaryN * 7919).toString(36)}`;
  const body = [
    ...parts.flatMap((p) => [`--${boundary}`, ...p.headers, '', p.body]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { headers: [`Content-Type: multipart/${subtype}; boundary="${boundary}"${extra}`], body };
}

export function rfc822(msg: string): Part {
  return { headers: ['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="forwarded.eml"'], body: msg };
}

/** RFC 2047 encoded-word (B) for a header value. */
export const ew = (s: string, charset = 'utf-8') => `=?${charset}?B?${Buffer.from(toBytes(s, charset), 'latin1').toString('base64')}?=`;
/** RFC 2047 encoded-word (Q). */
export const ewq = (s: string, charset = 'utf-8') =>
  `=?${charset}?Q?${[...toBytes(s, charset)].map((ch) => {
    const c = ch.charCodeAt(0);
    if (ch === ' ') return '_';
    if (/[A-Za-z0-9!*+\-/]/.test(ch)) return ch;
    return `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('')}?=`;

export interface Msg {
  from: string;           // full From header value
  to: string;
  cc?: string;
  subject: string;        // header value, may be encoded already
  date: string;           // RFC 5322 date
  id: string;             // Message-ID without brackets
  headers?: string[];     // extra headers (before MIME-Version)
  body: Part;
  auth?: 'nhs' | 'none' | string; // Authentication-Results flavour
}

export function message(m: Msg): string {
  const dom = (m.from.match(/@([A-Za-z0-9.-]+)>?\s*$/)?.[1] ?? 'nhs.net').toLowerCase();
  const auth = m.auth === 'none' ? [] : [
    `Authentication-Results: spf=pass (sender IP is 40.92.${(m.id.length * 13) % 250}.${(m.id.length * 7) % 250})`,
    ` smtp.mailfrom=${dom}; dkim=pass (signature was verified)`,
    ` header.d=${dom};dmarc=pass action=none header.from=${dom};compauth=pass reason=100`,
  ];
  const head = [
    ...auth,
    `Received: from mail-${m.id.length}.${dom} (mail.${dom}) by AM7PR08MB5412.eurprd08.prod.outlook.com`,
    ` with Microsoft SMTP Server; ${m.date}`,
    `From: ${m.from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    `Message-ID: <${m.id}>`,
    ...(m.headers ?? []),
    'MIME-Version: 1.0',
    ...m.body.headers,
  ];
  return `${head.join('\r\n')}\r\n\r\n${m.body.body}${m.body.body.endsWith('\r\n') ? '' : '\r\n'}`;
}

export interface Email { mailbox: Mailbox; slug: string; eml: string | Promise<string>; expected: Omit<Expected, 'mailbox'> }

export async function writeAll(emails: Email[]): Promise<void> {
  const counters: Record<string, number> = {};
  for (const e of emails) {
    const n = (counters[e.mailbox] = (counters[e.mailbox] ?? 0) + 1);
    const dir = join(ROOT, e.mailbox);
    mkdirSync(dir, { recursive: true });
    const base = join(dir, `${String(n).padStart(3, '0')}-${e.slug}`);
    const raw = await e.eml;
    if (/(?<!\r)\n/.test(raw)) throw new Error(`${base}: bare LF`);
    writeFileSync(`${base}.eml`, Buffer.from(raw, 'latin1'));
    const exp: Expected = { mailbox: e.mailbox, ...e.expected };
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(exp, null, 2)}\n`);
  }
}

// Shorthands for expected files.
export const P = (name: string | null, email: string | null): Person => ({ name, email });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });
export const unclassified = (traits: string[], ignored: Expected['ignored'] = null): Omit<Expected, 'mailbox'> =>
  ({ kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits });

// Footers and signatures writer H's senders carry.
export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const LEGAL_FOOTER = (org: string) => `
--
DISCLAIMER: The information contained in this e-mail and any attachments is confidential and may be legally privileged. It is intended solely for the addressee(s). Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful. ${org} accepts no liability for any damage caused by any virus transmitted by this e-mail. ${org} is registered in England and Wales. Registered office as above. Calls may be recorded for training and monitoring purposes.
Please consider the environment before printing this email.
`;

export const PCSE_PORTAL = 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>';
export const PCSE_DM = '"PCSE Data Manager" <pcse.datamanager@nhs.net>';
export const PCSE_OE = 'pcse.openexeter@nhs.net';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The HTML a phone or webmail client sends beside the plain text: paragraphs and <br>, optional signature image. */
export function htmlOf(t: string, opt: { cidImage?: string; font?: string } = {}): string {
  const paras = t.replace(/\u0007/g, '').split(/\n{2,}/).map((p) => `<div dir="ltr">${esc(p).replace(/\n/g, '<br>\n')}</div><div><br></div>`);
  const img = opt.cidImage ? `\n<div><img src="cid:${opt.cidImage}" width="180" height="48" alt="logo"></div>` : '';
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:${opt.font ?? 'Calibri, Helvetica, sans-serif'}; font-size:11pt">\n${paras.join('\n')}${img}\n</body></html>`;
}
export const alt = (t: string, opt: { cidImage?: string; charset?: string; cte?: 'quoted-printable' | 'base64' | '7bit' | '8bit' } = {}) =>
  multi('alternative', [text(t, { charset: opt.charset, cte: opt.cte }), html(htmlOf(t, opt), { charset: opt.charset, cte: opt.cte })]);
