// MIME writer for corpus 26 (writer V): deterministic RFC 5322 messages with CRLF line endings.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Person { name: string | null; email: string | null }

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment { filename: string; contentType: string; data: Buffer; inline?: boolean }

export type Client = 'nhsmail' | 'gmail' | 'iphone' | 'system' | 'outlookcom' | 'exchange';

export interface Mail {
  slug: string;
  client: Client;
  from: { name: string | null; email: string };
  to?: string;
  cc?: string[];
  subject: string;
  date: string; // RFC 5322 date
  text?: string;
  html?: string;
  attachments?: Attachment[];
  headers?: [string, string][];
  inReplyTo?: string;
  /** a raw MIME body with its own Content-Type (bounces); replaces text/html/attachments */
  rawBody?: { contentType: string; body: string };
  expect: Omit<Expected, 'mailbox'>;
}

export const MAILBOX_ADDR: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A small seeded PRNG (mulberry32). */
export function rng(seed: string): () => number {
  let a = parseInt(hash(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isAscii = (s: string) => /^[\x20-\x7e\t\r\n]*$/.test(s);

export function encodeWord(s: string): string {
  if (isAscii(s)) return s;
  return `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function displayName(name: string | null): string {
  if (!name) return '';
  if (!isAscii(name)) return `${encodeWord(name)} `;
  if (/[,()<>@;:\\".[\]]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" `;
  return `${name} `;
}

export const addr = (p: { name: string | null; email: string }): string => (p.name ? `${displayName(p.name)}<${p.email}>` : p.email);

/** Quoted-printable (RFC 2045) with soft breaks at 76 columns, on CRLF text. */
export function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    // soft-wrap
    let rest = enc;
    while (rest.length > 75) {
      let cut = 75;
      const eq = rest.lastIndexOf('=', cut - 1);
      if (eq > cut - 3) cut = eq;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\r\n');
}

export const b64 = (data: Buffer): string => (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');

const crlf = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

function textPart(type: 'plain' | 'html', body: string): string {
  const normal = body.replace(/\r\n/g, '\n');
  const longLine = normal.split('\n').some((l) => l.length > 900);
  if (isAscii(normal) && !longLine) {
    return `Content-Type: text/${type}; charset="us-ascii"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${crlf(normal)}`;
  }
  return `Content-Type: text/${type}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(normal)}`;
}

function attachmentPart(a: Attachment): string {
  const fname = encodeWord(a.filename);
  return [
    `Content-Type: ${a.contentType}; name="${fname}"`,
    `Content-Description: ${fname}`,
    `Content-Disposition: ${a.inline ? 'inline' : 'attachment'}; filename="${fname}"; size=${a.data.length}`,
    'Content-Transfer-Encoding: base64',
    '',
    b64(a.data),
  ].join('\r\n');
}

function multipart(subtype: string, boundary: string, parts: string[]): string {
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;
}

function clientHeaders(m: Mail, id: string): [string, string][] {
  const dom = m.from.email.split('@')[1]!;
  switch (m.client) {
    case 'nhsmail':
      return [
        ['Authentication-Results', `spf=pass (sender IP is 40.92.${parseInt(id.slice(0, 2), 16) % 250}.${parseInt(id.slice(2, 4), 16) % 250})\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${dom};dmarc=pass action=none\r\n header.from=${dom};compauth=pass reason=100`],
        ['Received', `from LO${id.slice(0, 1).toUpperCase()}P265MB${parseInt(id.slice(4, 8), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e0::11) by\r\n LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${m.date}`],
      ];
    case 'exchange':
      return [
        ['Authentication-Results', `spf=pass smtp.mailfrom=${dom}; dkim=pass header.d=${dom}; dmarc=pass header.from=${dom}`],
        ['Received', `from mail-gw${parseInt(id.slice(0, 2), 16) % 9}.${dom} (mail-gw.${dom} [195.89.${parseInt(id.slice(2, 4), 16) % 250}.17]) by\r\n mx.nhs.net with ESMTPS; ${m.date}`],
        ['X-Mailer', 'Microsoft Outlook 16.0'],
      ];
    case 'gmail':
      return [
        ['Authentication-Results', `mx.nhs.net; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=${m.from.email}; dmarc=pass header.from=gmail.com`],
        ['Received', `by mail-wr1-f${parseInt(id.slice(0, 2), 16) % 70}.google.com with SMTP id ${id.slice(8, 20)}; ${m.date}`],
        ['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; h=to:subject:message-id:date:from:mime-version; bh=${Buffer.from(id.slice(0, 32), 'hex').toString('base64')}; b=${Buffer.from(id, 'hex').toString('base64')}`],
      ];
    case 'outlookcom':
      return [
        ['Authentication-Results', `spf=pass smtp.mailfrom=${dom}; dkim=pass header.d=${dom}; dmarc=pass header.from=${dom}`],
        ['X-MS-Exchange-Organization-SCL', '1'],
      ];
    case 'iphone':
      return [
        ['Authentication-Results', `spf=pass smtp.mailfrom=${dom}; dkim=pass header.d=${dom}; dmarc=pass header.from=${dom}`],
        ['X-Mailer', 'iPhone Mail (22B91)'],
      ];
    case 'system':
      return [['Authentication-Results', `spf=pass smtp.mailfrom=${dom}; dkim=pass header.d=${dom}; dmarc=pass header.from=${dom}`]];
  }
}

export function buildEml(mailbox: Mailbox, m: Mail): string {
  const id = hash(`corpus-26/${mailbox}/${m.slug}`);
  const dom = m.from.email.split('@')[1]!;
  const msgDom = m.client === 'nhsmail' ? 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM' : m.client === 'gmail' ? 'mail.gmail.com' : dom;
  const messageId = `<${id.slice(0, 24).toUpperCase()}@${msgDom}>`;
  const headers: [string, string][] = [
    ...clientHeaders(m, id),
    ['From', addr(m.from)],
    ['To', m.to ?? MAILBOX_ADDR[mailbox]],
  ];
  if (m.cc?.length) headers.push(['Cc', m.cc.join(', ')]);
  headers.push(['Subject', encodeWord(m.subject)], ['Date', m.date], ['Message-ID', messageId]);
  if (m.inReplyTo) headers.push(['In-Reply-To', m.inReplyTo], ['References', m.inReplyTo]);
  if (m.client === 'nhsmail') headers.push(['Thread-Topic', encodeWord(m.subject.replace(/^(RE|FW|Fwd):\s*/i, ''))], ['Content-Language', 'en-GB']);
  headers.push(...(m.headers ?? []));
  headers.push(['MIME-Version', '1.0']);

  let body: string;
  const b = (n: string) => `_${n}_${id.slice(24, 48)}_`;
  if (m.rawBody) {
    body = `Content-Type: ${m.rawBody.contentType.replace('BOUNDARY', b('rep'))}\r\n\r\n${crlf(m.rawBody.body.replaceAll('BOUNDARY', b('rep')))}`;
  } else {
    let content: string;
    if (m.text !== undefined && m.html !== undefined) content = multipart('alternative', b('alt'), [textPart('plain', m.text), textPart('html', m.html)]);
    else if (m.html !== undefined) content = textPart('html', m.html);
    else content = textPart('plain', m.text ?? '');
    if (m.attachments?.length) {
      body = multipart('mixed', b('mix'), [content, ...m.attachments.map(attachmentPart)]);
      body = body.replace(/^(Content-Type: multipart\/mixed; boundary="[^"]+"\r\n\r\n)/, '$1This is a multi-part message in MIME format.\r\n\r\n');
    } else body = content;
  }
  const head = headers.map(([k, v]) => `${k}: ${v}`).join('\r\n');
  const out = `${head}\r\n${body}`;
  return out.endsWith('\r\n') ? out : `${out}\r\n`;
}

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Quote an earlier message Outlook-style (no > markers, header block). */
export function outlookQuote(h: { from: string; sent: string; to: string; subject: string; cc?: string }, body: string): string {
  return `\n________________________________\nFrom: ${h.from}\nSent: ${h.sent}\nTo: ${h.to}\n${h.cc ? `Cc: ${h.cc}\n` : ''}Subject: ${h.subject}\n\n${body}`;
}

/** Quote an earlier message Gmail-style with > markers. */
export function gtQuote(intro: string, body: string): string {
  return `\n${intro}\n\n${body.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date in 2026, UK winter time (+0000). */
export function date(day: number, month: number, hh: number, mm: number, ss = 0): string {
  const d = new Date(Date.UTC(2026, month - 1, day, hh, mm, ss));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[month - 1]} 2026 ${p(hh)}:${p(mm)}:${p(ss)} +0000`;
}

/** The date as Outlook prints it in a quoted header ("Monday, November 9, 2026 8:47 AM"). */
export function sentLine(day: number, month: number, hh: number, mm: number): string {
  const d = new Date(Date.UTC(2026, month - 1, day, hh, mm));
  const long = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
  const mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `${long}, ${day} ${mon} 2026 ${h12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'}`;
}

export const org = (odsCode: string | null, type: string) => ({ odsCode, type });
export const person = (name: string | null, email: string | null) => ({ name, email });
