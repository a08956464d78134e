// MIME writing for corpus 47: hand-built RFC 5322 messages with CRLF line ends.
import { createHash } from 'node:crypto';

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface Expected {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Mail {
  slug: string;
  mailbox: Expected['mailbox'];
  from: string; // display form, e.g. 'Jo Bloggs <jo@nhs.net>'
  to?: string;
  cc?: string;
  subject: string;
  date: string; // RFC 5322 date
  client?: 'outlook' | 'gmail' | 'apple' | 'system' | 'android' | 'notify';
  text?: string;
  html?: string;
  attachments?: Attachment[];
  extraHeaders?: string[];
  inReplyTo?: string;
  expected: Omit<Expected, 'mailbox'>;
  /** a whole raw body (multipart/report etc.) with its content type, instead of text/html/attachments */
  raw?: { contentType: string; body: string };
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

export function encodeWord(s: string): string {
  if (isAscii(s)) return s;
  return `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** Encodes the display name of an address ("Name <addr>") when it is not ASCII. */
export function encodeAddress(a: string): string {
  return a
    .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((part) => {
      const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(part);
      if (!m) return part.trim();
      const name = m[1] ?? '';
      if (!name) return `<${m[2]}>`;
      if (isAscii(name)) return `${name} <${m[2]}>`;
      return `${encodeWord(name.replace(/^"|"$/g, ''))} <${m[2]}>`;
    })
    .join(', ');
}

export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    let enc = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(byte);
      if ((byte >= 33 && byte <= 126 && ch !== '=') || byte === 32 || byte === 9) enc += ch;
      else enc += `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    enc = enc.replace(/([ \t])$/, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    while (enc.length > 76) {
      let cut = 75;
      const eq = enc.lastIndexOf('=', cut);
      if (eq > cut - 3) cut = eq;
      out.push(`${enc.slice(0, cut)}=`);
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join('\r\n');
}

const b64 = (data: Buffer): string => (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');

function textPart(body: string, sub: 'plain' | 'html'): string {
  const needsQp = !isAscii(body.replace(/\n/g, ' ')) || body.split('\n').some((l) => l.length > 900);
  const enc = needsQp ? 'quoted-printable' : '7bit';
  const content = needsQp ? quotedPrintable(body) : body.replace(/\r?\n/g, '\r\n');
  return `Content-Type: text/${sub}; charset="utf-8"\r\nContent-Transfer-Encoding: ${enc}\r\n\r\n${content}`;
}

function boundary(slug: string, n: number): string {
  return `----=_Part_${n}_${createHash('sha256').update(slug).digest('hex').slice(0, 24)}`;
}

const CLIENT_HEADERS: Record<NonNullable<Mail['client']>, string[]> = {
  outlook: ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Content-Language: en-GB', 'X-Mailer: Microsoft Outlook 16.0'],
  gmail: [],
  apple: ['X-Mailer: Apple Mail (2.3774.500.171.1.1)'],
  android: ['X-Mailer: Outlook for Android'],
  system: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
  notify: ['X-Mailer: Open Exeter Notification Service'],
};

const MAILBOX_ADDR: Record<Expected['mailbox'], string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export function buildEml(m: Mail, index: number): string {
  const fromAddr = /<([^>]+)>/.exec(m.from)?.[1] ?? m.from;
  const domain = fromAddr.split('@')[1] ?? 'example.org';
  const client = m.client ?? 'outlook';
  const h: string[] = [];
  h.push(
    `Authentication-Results: spf=pass (sender IP is 40.92.${index % 200}.${(index * 7) % 250}) smtp.mailfrom=${domain};`,
    ` dkim=pass (signature was verified) header.d=${domain}; dmarc=pass action=none header.from=${domain}`,
  );
  h.push(`Received: from mail${index}.${domain} by mx.nhs.net with ESMTPS; ${m.date}`);
  h.push(`From: ${encodeAddress(m.from)}`);
  h.push(`To: ${encodeAddress(m.to ?? MAILBOX_ADDR[m.mailbox])}`);
  if (m.cc) h.push(`Cc: ${encodeAddress(m.cc)}`);
  h.push(`Subject: ${encodeWord(m.subject)}`);
  h.push(`Date: ${m.date}`);
  const idDomain = client === 'gmail' ? 'mail.gmail.com' : client === 'apple' ? 'icloud.com' : domain.toUpperCase().includes('NHS') ? 'LO2P265MB1234.GBRP265.PROD.OUTLOOK.COM' : `mail.${domain}`;
  const opaque = createHash('sha256').update(`c47/${m.slug}`).digest('hex').slice(0, 20).toUpperCase();
  h.push(`Message-ID: <${opaque}${String(index).padStart(3, '0')}@${idDomain}>`);
  if (m.inReplyTo) h.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`);
  h.push(...CLIENT_HEADERS[client]);
  if (m.extraHeaders) h.push(...m.extraHeaders);
  h.push('MIME-Version: 1.0');

  let body: string;
  if (m.raw) {
    h.push(`Content-Type: ${m.raw.contentType}`);
    body = m.raw.body.replace(/\r?\n/g, '\r\n');
  } else {
    const alt = m.text !== undefined && m.html !== undefined;
    let inner: string;
    if (alt) {
      const b = boundary(m.slug, 1);
      inner = `Content-Type: multipart/alternative; boundary="${b}"\r\n\r\n--${b}\r\n${textPart(m.text ?? '', 'plain')}\r\n--${b}\r\n${textPart(m.html ?? '', 'html')}\r\n--${b}--\r\n`;
    } else if (m.html !== undefined) {
      inner = textPart(m.html, 'html');
    } else {
      inner = textPart(m.text ?? '', 'plain');
    }
    if (m.attachments?.length) {
      const b = boundary(m.slug, 2);
      const parts = [inner, ...m.attachments.map((a) => {
        const fn = encodeWord(a.filename);
        return `Content-Type: ${a.contentType}; name="${fn}"\r\nContent-Description: ${fn}\r\nContent-Disposition: attachment; filename="${fn}"; size=${a.data.length}\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.data)}`;
      })];
      h.push(`Content-Type: multipart/mixed; boundary="${b}"`);
      body = `This is a multi-part message in MIME format.\r\n\r\n${parts.map((p) => `--${b}\r\n${p}\r\n`).join('')}--${b}--\r\n`;
    } else {
      const idx = inner.indexOf('\r\n\r\n');
      const hdr = inner.slice(0, idx).split('\r\n');
      h.push(...hdr);
      body = inner.slice(idx + 4);
    }
  }
  return `${h.join('\r\n')}\r\n\r\n${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

export const NHS_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');

/** Seeded PRNG (mulberry32) for noise in scans. */
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
