// MIME writing for corpus 43 (writer AM). Everything is derived from the inputs: no clock, no unseeded randomness.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Addr {
  name?: string;
  email: string;
}

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment {
  filename: string;
  contentType: string;
  data: Uint8Array;
}

export type Client = 'outlook' | 'gmail' | 'iphone' | 'android' | 'system';

export interface MailSpec {
  slug: string;
  mailbox: Mailbox;
  client: Client;
  from: Addr;
  to?: Addr[];
  cc?: Addr[];
  subject: string;
  /** RFC 5322 date, e.g. "Tue, 3 Nov 2026 08:41:07 +0000" */
  date: string;
  text: string;
  /** an HTML part written by hand; when absent, Outlook mail gets one generated from the text */
  html?: string;
  htmlOnly?: boolean;
  attachments?: Attachment[];
  /** a whole raw MIME body replacing the generated one (bounces) */
  rawBody?: { contentType: string; body: string };
  extraHeaders?: [string, string][];
  inReplyTo?: string;
  expected: Omit<Expected, 'mailbox'>;
}

export const mailboxAddr = (m: Mailbox): Addr => ({
  name: m === 'portalenquiries' ? 'PCSE Portal Enquiries' : m === 'datamanager' ? 'PCSE Data Manager' : 'PCSE Open Exeter',
  email: `pcse.${m}@nhs.net`,
});

const hex = (s: string, n: number): string => createHash('sha256').update(s).digest('hex').slice(0, n);

const needsEncoding = (s: string): boolean => /[^\x20-\x7e]/.test(s);

/** RFC 2047 encoded-word(s), base64, split so each word stays short. */
export function encodeWord(s: string): string {
  if (!needsEncoding(s)) return s;
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

export function formatAddr(a: Addr): string {
  if (!a.name) return a.email;
  if (needsEncoding(a.name)) return `${encodeWord(a.name)} <${a.email}>`;
  if (/[,.()<>@;:"[\]]/.test(a.name)) return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, soft breaks at 76. */
export function qp(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    let rest = enc;
    while (rest.length > 75) {
      let cut = 75;
      // do not split an =XX escape
      const esc = rest.lastIndexOf('=', cut);
      if (esc > cut - 3) cut = esc;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\r\n');
}

export function b64(data: Uint8Array): string {
  const s = Buffer.from(data).toString('base64');
  return (s.match(/.{1,76}/g) ?? []).join('\r\n');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML part Outlook would send next to the text: one paragraph per line. */
export function outlookHtml(text: string): string {
  const paras = text
    .split('\n')
    .map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${escapeHtml(l)}<o:p></o:p></p>`))
    .join('\r\n');
  return [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
    '<style><!--',
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
    '<div class="WordSection1">',
    paras,
    '</div>',
    '</body>',
    '</html>',
  ].join('\r\n');
}

export function messageId(spec: MailSpec): string {
  const h = hex(`${spec.slug}|${spec.from.email}|${spec.date}`, 32).toUpperCase();
  switch (spec.client) {
    case 'outlook':
      return `<${h.slice(0, 16)}${h.slice(16, 20)}@LO${h.slice(20, 21).replace(/[A-F]/, '2')}P265MB${parseInt(h.slice(21, 25), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'gmail':
      return `<CA+${Buffer.from(h, 'hex').toString('base64').replace(/[/+=]/g, 'x')}@mail.gmail.com>`;
    case 'iphone':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@nhs.net>`;
    case 'android':
      return `<${h.slice(0, 24).toLowerCase()}@email.android.com>`;
    case 'system':
      return `<${h.slice(0, 20).toLowerCase()}.${h.slice(20, 28).toLowerCase()}@${spec.from.email.split('@')[1]}>`;
  }
}

function clientHeaders(spec: MailSpec): string[] {
  const dom = spec.from.email.split('@')[1] ?? 'nhs.net';
  const auth = `Authentication-Results: spf=pass (sender IP is 52.101.${parseInt(hex(spec.slug, 2), 16) % 200}.${parseInt(hex(spec.slug + 'x', 2), 16) % 250})\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${dom};dmarc=pass action=none\r\n header.from=${dom};compauth=pass reason=100`;
  switch (spec.client) {
    case 'outlook':
      return [auth, 'X-MS-Has-Attach: ' + (spec.attachments?.length ? 'yes' : ''), 'X-MS-TNEF-Correlator: ', 'Content-Language: en-GB', `Thread-Topic: ${encodeWord(spec.subject.replace(/^(RE|FW|Fwd):\s*/i, ''))}`];
    case 'gmail':
      return [auth, 'X-Mailer: Gmail'].slice(0, 1);
    case 'iphone':
      return [auth, 'X-Mailer: iPhone Mail (22B91)'];
    case 'android':
      return [auth, 'X-Mailer: Outlook for Android'];
    case 'system':
      return [auth];
  }
}

let boundaryCounter = 0;
const boundary = (spec: MailSpec, tag: string): string => `_${tag}_${hex(spec.slug + tag + String(boundaryCounter++), 24)}_`;

function textPart(text: string, subtype: 'plain' | 'html'): string {
  const crlf = text.replace(/\r?\n/g, '\n');
  if (/[^\x00-\x7f]/.test(crlf) || crlf.split('\n').some((l) => l.length > 76) || subtype === 'html') {
    return `Content-Type: text/${subtype}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(crlf)}`;
  }
  return `Content-Type: text/${subtype}; charset="us-ascii"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${crlf.replace(/\n/g, '\r\n')}`;
}

function attachmentPart(a: Attachment): string {
  const fname = needsEncoding(a.filename) ? encodeWord(a.filename) : `"${a.filename}"`;
  if (a.contentType === 'message/rfc822') {
    return `Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=${fname}\r\n\r\n${Buffer.from(a.data).toString('utf8')}`;
  }
  return [
    `Content-Type: ${a.contentType}; name=${fname}`,
    `Content-Description: ${a.filename}`,
    `Content-Disposition: attachment; filename=${fname}; size=${a.data.length}`,
    'Content-Transfer-Encoding: base64',
    '',
    b64(a.data),
  ].join('\r\n');
}

function multipart(b: string, subtype: string, parts: string[]): string {
  return `Content-Type: multipart/${subtype}; boundary="${b}"\r\n\r\n${parts.map((p) => `--${b}\r\n${p}\r\n`).join('')}--${b}--`;
}

/** The whole message as bytes (CRLF). */
export function buildEml(spec: MailSpec): string {
  boundaryCounter = 0;
  const headers: string[] = [...clientHeaders(spec)];
  headers.push(`From: ${formatAddr(spec.from)}`);
  headers.push(`To: ${(spec.to ?? [mailboxAddr(spec.mailbox)]).map(formatAddr).join(',\r\n\t')}`);
  if (spec.cc?.length) headers.push(`CC: ${spec.cc.map(formatAddr).join(',\r\n\t')}`);
  headers.push(`Subject: ${encodeWord(spec.subject)}`);
  headers.push(`Date: ${spec.date}`);
  headers.push(`Message-ID: ${messageId(spec)}`);
  if (spec.inReplyTo) headers.push(`In-Reply-To: ${spec.inReplyTo}`, `References: ${spec.inReplyTo}`);
  for (const [k, v] of spec.extraHeaders ?? []) headers.push(`${k}: ${v}`);
  headers.push('MIME-Version: 1.0');

  let body: string;
  if (spec.rawBody) {
    body = `Content-Type: ${spec.rawBody.contentType}\r\n\r\n${spec.rawBody.body.replace(/\r?\n/g, '\r\n')}`;
  } else {
    const html = spec.html ?? (spec.client === 'outlook' ? outlookHtml(spec.text) : undefined);
    let content: string;
    if (spec.htmlOnly && html) content = textPart(html, 'html');
    else if (html) content = multipart(boundary(spec, '000alt'), 'alternative', [textPart(spec.text, 'plain'), textPart(html, 'html')]);
    else content = textPart(spec.text, 'plain');
    if (spec.attachments?.length) {
      body = multipart(boundary(spec, '004mix'), 'mixed', [content, ...spec.attachments.map(attachmentPart)]);
    } else body = content;
  }
  const [ctHead, ...rest] = body.split('\r\n\r\n');
  const msg = `${headers.join('\r\n')}\r\n${ctHead}\r\n\r\n${spec.attachments?.length || body.startsWith('Content-Type: multipart') ? 'This is a multi-part message in MIME format.\r\n\r\n' : ''}${rest.join('\r\n\r\n')}\r\n`;
  return msg;
}
