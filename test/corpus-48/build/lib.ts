// MIME writing for corpus 48: everything derived from fixed inputs (no clocks, no randomness).
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

export const hash = (s: string, n = 16): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** A small deterministic PRNG (mulberry32) seeded from a string. */
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

export interface Person { name: string; email: string }

export type Client =
  | 'outlook' // Outlook desktop on NHSmail: multipart/alternative, QP
  | 'owa' // Outlook on the web
  | 'outlook-ios' // Outlook for iOS / Android
  | 'gmail'
  | 'apple' // Apple Mail on a Mac
  | 'iphone'
  | 'thunderbird'
  | 'system' // an application's own notification
  | 'exchange'; // Exchange-generated (auto replies, bounces)

export interface Attachment { filename: string; contentType: string; data: Buffer }

export interface MailSpec {
  id: string; // unique key, drives Message-ID and boundaries
  client: Client;
  from: Person;
  fromRaw?: string; // a From header written by hand
  to: string; // header text
  cc?: string;
  date: string; // ISO, UTC
  subject: string;
  text?: string; // plain text body (LF line ends; converted)
  html?: string | true; // true: derive an HTML part from text in the client's style
  htmlOnly?: boolean;
  attachments?: Attachment[];
  inReplyTo?: string;
  references?: string;
  extraHeaders?: [string, string][];
  auth?: 'pass' | 'none' | 'ext-pass';
  /** Whole body already built (multipart/report etc.): content type and body. */
  raw?: { contentType: string; body: string };
  importance?: 'high';
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

export function rfcDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** Outlook's "Sent:" line in a quoted header block. */
export function outlookSent(iso: string): string {
  const d = new Date(iso);
  const long = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()];
  const h = d.getUTCHours();
  return `${long}, ${d.getUTCDate()} ${month} ${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${p2(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

export function encodeWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  if (mode === 'B') return `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
  const q = [...Buffer.from(s, 'utf8')]
    .map((b) => (b === 0x20 ? '_' : (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `=?utf-8?Q?${q}?=`;
}

export function addr(p: Person): string {
  if (!p.name) return p.email;
  if (!isAscii(p.name)) return `${encodeWord(p.name)} <${p.email}>`;
  if (/[,()<>@;:\\".[\]]/.test(p.name)) return `"${p.name.replace(/(["\\])/g, '\\$1')}" <${p.email}>`;
  return `${p.name} <${p.email}>`;
}

/** Folds a header line at spaces to under 78 characters. */
export function fold(line: string): string {
  if (line.length <= 76) return line;
  const out: string[] = [];
  let cur = '';
  for (const w of line.split(' ')) {
    if (cur && (cur + ' ' + w).length > 76) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out.join(`${CRLF} `);
}

export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) || (b === 9 && !last)) toks.push(String.fromCharCode(b));
      else toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += t;
    }
    out.push(cur);
  }
  return out.join(CRLF);
}

export function b64(buf: Buffer, width = 76): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML in the style of the client, from the plain text. Lines starting with ">" become a blockquote. */
export function htmlFrom(text: string, client: Client): string {
  const lines = text.split('\n');
  if (client === 'outlook' || client === 'owa' || client === 'exchange') {
    const body = lines
      .map((l) => {
        if (/^_{20,}$/.test(l)) return '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>';
        const m = /^(From|Sent|To|Cc|Subject|Date):(.*)$/.exec(l);
        if (m) return `<p class="MsoNormal"><b>${m[1]}:</b>${esc(m[2]!)}<o:p></o:p></p>`;
        return `<p class="MsoNormal">${l.trim() === '' ? '&nbsp;' : esc(l)}<o:p></o:p></p>`;
      })
      .join('\n');
    return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;mso-ligatures:standardcontextual;mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink {mso-style-priority:99;color:#0563C1;text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;mso-ligatures:none;}
@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>
`;
  }
  // Gmail, Apple, iPhone, Outlook mobile, Thunderbird: div/br, quotes as blockquote
  const parts: string[] = [];
  let quote: string[] | null = null;
  const flush = () => {
    if (quote) {
      const inner = quote.map((l) => (l.trim() === '' ? '<br>' : `${esc(l)}<br>`)).join('\n');
      parts.push(client === 'gmail'
        ? `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n${inner}\n</blockquote>`
        : `<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n${inner}\n</blockquote>`);
      quote = null;
    }
  };
  for (const l of lines) {
    if (l.startsWith('>')) {
      quote ??= [];
      quote.push(l.replace(/^> ?/, ''));
      continue;
    }
    flush();
    parts.push(client === 'gmail' ? (l.trim() === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`) : l.trim() === '' ? '<br>' : `${esc(l)}<br>`);
  }
  flush();
  if (client === 'gmail') return `<div dir="ltr">\n${parts.join('\n')}\n</div>\n`;
  if (client === 'apple' || client === 'iphone') return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${parts.join('\n')}</body></html>\n`;
  return `<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n<body>\n<div dir="ltr">\n${parts.join('\n')}\n</div>\n</body>\n</html>\n`;
}

function domainOf(email: string): string {
  return email.split('@')[1] ?? 'example.invalid';
}

export function messageIdFor(spec: Pick<MailSpec, 'id' | 'client' | 'from'>): string {
  const h = hash(`mid:${spec.id}`, 32).toUpperCase();
  switch (spec.client) {
    case 'outlook':
    case 'owa':
    case 'exchange':
      return `<${h.slice(0, 4)}P265MB${h.slice(4, 8)}${h.slice(8, 28)}@${h.slice(0, 4)}P265MB${h.slice(4, 8)}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'outlook-ios':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}@GVXP123MB${h.slice(16, 20)}.GBRP123.PROD.OUTLOOK.COM>`;
    case 'gmail':
      return `<CA+${Buffer.from(h.slice(0, 30), 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.gmail.com>`;
    case 'apple':
    case 'iphone':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${domainOf(spec.from.email)}>`;
    case 'thunderbird':
      return `<${h.slice(0, 8).toLowerCase()}-${h.slice(8, 12).toLowerCase()}-${h.slice(12, 16).toLowerCase()}@${domainOf(spec.from.email)}>`;
    case 'system':
      return `<${h.slice(0, 20).toLowerCase()}.notify@${domainOf(spec.from.email)}>`;
  }
}

function clientHeaders(spec: MailSpec): string[] {
  const h = hash(`th:${spec.id}`, 24);
  const idx = Buffer.from(h, 'hex').toString('base64');
  switch (spec.client) {
    case 'outlook':
      return [`Thread-Topic: ${encodeWord(spec.subject.replace(/^(RE|FW|Fwd|Re):\s*/i, ''))}`, `Thread-Index: ${idx}`, 'Accept-Language: en-GB, en-US', 'Content-Language: en-GB', 'X-MS-Has-Attach: ' + (spec.attachments?.length ? 'yes' : ''), 'X-MS-TNEF-Correlator:', 'X-MS-Exchange-Organization-SCL: 1', 'msip_labels:'];
    case 'owa':
      return [`Thread-Topic: ${encodeWord(spec.subject.replace(/^(RE|FW|Fwd|Re):\s*/i, ''))}`, `Thread-Index: ${idx}`, 'Accept-Language: en-GB, en-US', 'Content-Language: en-GB', 'X-MS-Has-Attach: ' + (spec.attachments?.length ? 'yes' : ''), 'x-ms-exchange-messagesentrepresentingtype: 1'];
    case 'outlook-ios':
      return ['X-Mailer: Outlook for iOS and Android', `Thread-Index: ${idx}`, 'Content-Language: en-GB'];
    case 'gmail':
      return [`X-Gm-Message-State: ${Buffer.from(hash(`gm:${spec.id}`, 40), 'hex').toString('base64')}`, `X-Google-Smtp-Source: ${Buffer.from(hash(`gs:${spec.id}`, 40), 'hex').toString('base64')}`];
    case 'apple':
      return ['X-Mailer: Apple Mail (2.3774.600.62)'];
    case 'iphone':
      return ['X-Mailer: iPhone Mail (21G93)'];
    case 'thunderbird':
      return ['User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB'];
    case 'system':
      return ['X-Mailer: OE-Notify 3.2', 'Auto-Submitted: auto-generated', 'Precedence: bulk'];
    case 'exchange':
      return [];
  }
}

function authHeaders(spec: MailSpec): string[] {
  const dom = domainOf(spec.from.email);
  if (spec.auth === 'none') return [];
  const ip = `40.92.${(parseInt(hash(`ip:${spec.id}`, 2), 16) % 200) + 10}.${(parseInt(hash(`ip2:${spec.id}`, 2), 16) % 200) + 10}`;
  return [
    `Authentication-Results: spf=pass (sender IP is ${ip})${CRLF} smtp.mailfrom=${dom}; dkim=pass (signature was verified)${CRLF} header.d=${dom};dmarc=pass action=none${CRLF} header.from=${dom};compauth=pass reason=100`,
    dom === 'nhs.net'
      ? `Received: from ${hash(`rv:${spec.id}`, 8).toUpperCase()}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:${hash(`rx:${spec.id}`, 3)}::${hash(`ry:${spec.id}`, 2)}) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM${CRLF} with HTTPS; ${rfcDate(spec.date)}`
      : `Received: from ${spec.client === 'gmail' ? `mail-wr1-f${parseInt(hash(`rv:${spec.id}`, 2), 16) % 90}.google.com` : `mx.${dom}`} (${ip}) by${CRLF} AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.${parseInt(hash(`rz:${spec.id}`, 2), 16) % 250}) with Microsoft SMTP Server; ${rfcDate(spec.date)}`,
  ];
}

function textPart(text: string, client: Client): { headers: string[]; body: string } {
  const norm = text.replace(/\r\n/g, '\n');
  const ascii = /^[\x00-\x7f]*$/.test(norm);
  const longLine = norm.split('\n').some((l) => l.length > 900);
  if (client === 'gmail' || client === 'apple' || client === 'iphone' || client === 'outlook' || client === 'owa' || client === 'outlook-ios' || !ascii || longLine) {
    if (client === 'iphone' && !ascii)
      return { headers: ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64'], body: b64(Buffer.from(norm.replace(/\n/g, CRLF), 'utf8')) };
    return { headers: ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable'], body: qp(norm) };
  }
  return { headers: ['Content-Type: text/plain; charset=UTF-8; format=flowed', 'Content-Transfer-Encoding: 7bit'], body: norm.replace(/\n/g, CRLF) };
}

function htmlPart(html: string): { headers: string[]; body: string } {
  return { headers: ['Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable'], body: qp(html) };
}

function part(p: { headers: string[]; body: string }): string {
  return `${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}`;
}

function multipart(kind: string, boundary: string, parts: string[], extra = ''): { headers: string[]; body: string } {
  const body = parts.map((x) => `--${boundary}${CRLF}${x}${CRLF}`).join('') + `--${boundary}--${CRLF}`;
  return { headers: [`Content-Type: multipart/${kind};${extra}${CRLF}\tboundary="${boundary}"`], body };
}

function boundaryFor(spec: MailSpec, which: string): string {
  const h = hash(`b:${spec.id}:${which}`, 24);
  switch (spec.client) {
    case 'outlook':
    case 'owa':
    case 'exchange':
    case 'outlook-ios':
      return `_00${which === 'alt' ? '0' : '4'}_${h.toUpperCase()}_`;
    case 'gmail':
      return `0000000000${h.slice(0, 18)}`;
    case 'apple':
    case 'iphone':
      return `Apple-Mail-${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 24).toUpperCase()}`;
    default:
      return `------------${h.slice(0, 24)}`;
  }
}

function attachmentPart(a: Attachment, client: Client): string {
  const name = isAscii(a.filename) ? `"${a.filename}"` : `"${encodeWord(a.filename)}"`;
  const headers = [`Content-Type: ${a.contentType}; name=${name}`];
  if (client === 'outlook' || client === 'owa') headers.push(`Content-Description: ${a.filename}`);
  headers.push(`Content-Disposition: attachment; filename=${name}${client === 'outlook' || client === 'owa' ? `; size=${a.data.length}` : ''}`);
  headers.push('Content-Transfer-Encoding: base64');
  return `${headers.join(CRLF)}${CRLF}${CRLF}${b64(a.data)}`;
}

export function buildMail(spec: MailSpec): { eml: string; messageId: string } {
  const messageId = messageIdFor(spec);
  const H: string[] = [];
  H.push(...authHeaders(spec));
  H.push(fold(`From: ${spec.fromRaw ?? addr(spec.from)}`));
  H.push(fold(`To: ${spec.to}`));
  if (spec.cc) H.push(fold(`CC: ${spec.cc}`));
  H.push(`Subject: ${isAscii(spec.subject) ? fold(spec.subject) : encodeWord(spec.subject)}`);
  H.push(`Date: ${rfcDate(spec.date)}`);
  H.push(`Message-ID: ${messageId}`);
  if (spec.references) H.push(fold(`References: ${spec.references}`));
  if (spec.inReplyTo) H.push(`In-Reply-To: ${spec.inReplyTo}`);
  if (spec.importance) H.push('Importance: high', 'X-Priority: 1');
  H.push(...clientHeaders(spec));
  for (const [k, v] of spec.extraHeaders ?? []) H.push(`${k}: ${v}`);
  H.push('MIME-Version: 1.0');

  let top: { headers: string[]; body: string };
  if (spec.raw) {
    top = { headers: [`Content-Type: ${spec.raw.contentType}`], body: spec.raw.body };
  } else {
    const text = spec.text ?? '';
    const html = spec.html === true ? htmlFrom(text, spec.client) : spec.html;
    let bodyPart: { headers: string[]; body: string };
    if (spec.htmlOnly && html) bodyPart = htmlPart(html);
    else if (html) bodyPart = multipart('alternative', boundaryFor(spec, 'alt'), [part(textPart(text, spec.client)), part(htmlPart(html))]);
    else bodyPart = textPart(text, spec.client);
    if (spec.attachments?.length) {
      top = multipart('mixed', boundaryFor(spec, 'mix'), [part(bodyPart), ...spec.attachments.map((a) => attachmentPart(a, spec.client))]);
    } else top = bodyPart;
  }
  const eml = `${H.join(CRLF)}${CRLF}${top.headers.join(CRLF)}${CRLF}${CRLF}${top.body}${top.body.endsWith(CRLF) ? '' : CRLF}`;
  return { eml, messageId };
}

/** An NHSmail-style disclaimer, as Outlook on NHSmail appends it. */
export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const PCSE_PORTAL: Person = { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' };
export const PCSE_DM: Person = { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' };
export const PCSE_OE: Person = { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' };
export const toHeader = (p: Person) => addr(p);
