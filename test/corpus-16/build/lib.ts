// Hand-built MIME for validation corpus 16 (writer L). Everything is deterministic: boundaries, Thread-Index
// values and received hops come from a seeded generator keyed on the message's own id.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

/** A small deterministic generator (mulberry32) seeded from a string. */
export function rng(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const hex = (seed: string, n: number): string => createHash('sha256').update(seed).digest('hex').slice(0, n);
const b64 = (seed: string, bytes: number): string => createHash('sha512').update(seed).digest().subarray(0, bytes).toString('base64');

/** Normalises any line ending to CRLF. */
export const crlf = (s: string): string => s.replace(/\r\n|\r|\n/g, CRLF);

// ---------- encodings ----------

export function qp(text: string): string {
  const lines = crlf(text).split(CRLF);
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (b === 0x3d || b < 0x20 && b !== 0x09 || b > 0x7e) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else tokens.push(String.fromCharCode(b));
    }
    let cur = '';
    for (const t of tokens) {
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

export function base64Body(data: Buffer | string): string {
  const s = (typeof data === 'string' ? Buffer.from(crlf(data), 'utf8') : data).toString('base64');
  return (s.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

/** RFC 2047 encoded word(s); B or Q. */
export function encodeWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  if (mode === 'B') {
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
    return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
  }
  const enc = [...Buffer.from(s, 'utf8')].map((b) =>
    b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
  const words = enc.match(/(?:=[0-9A-F]{2}|[^=]){1,45}/g) ?? [];
  return words.map((w) => `=?UTF-8?Q?${w}?=`).join(' ');
}

export interface Addr { name?: string; email: string }

export function fmtAddr(a: Addr, mode: 'B' | 'Q' = 'B'): string {
  if (!a.name) return a.email;
  const n = /^[\x20-\x7e]*$/.test(a.name) ? (/[,()<>@;:"[\]]/.test(a.name) ? `"${a.name.replace(/"/g, '\\"')}"` : a.name) : encodeWord(a.name, mode);
  return `${n} <${a.email}>`;
}

/** Folds a header line at spaces to about 78 columns. */
export function fold(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.trim() !== `${name}:`) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

// ---------- MIME tree ----------

export type Enc = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Leaf {
  kind: 'leaf';
  contentType: string; // full value, e.g. 'text/plain; charset="utf-8"'
  encoding: Enc;
  content: Buffer | string;
  extra?: [string, string][];
}
export interface Multi {
  kind: 'multi';
  subtype: 'mixed' | 'alternative' | 'related' | 'report';
  params?: string;
  boundary: string;
  parts: Node[];
  preamble?: string;
}
export type Node = Leaf | Multi;

export function encodeContent(content: Buffer | string, enc: Enc): string {
  if (enc === 'base64') return base64Body(content);
  const s = typeof content === 'string' ? crlf(content) : content.toString('utf8');
  if (enc === 'quoted-printable') return qp(s);
  return crlf(s);
}

export function nodeHeaders(n: Node): string[] {
  if (n.kind === 'leaf') {
    const h = [fold('Content-Type', n.contentType), `Content-Transfer-Encoding: ${n.encoding}`];
    for (const [k, v] of n.extra ?? []) h.push(fold(k, v));
    return h;
  }
  return [fold('Content-Type', `multipart/${n.subtype};${n.params ? ` ${n.params};` : ''} boundary="${n.boundary}"`)];
}

export function nodeBody(n: Node): string {
  if (n.kind === 'leaf') return encodeContent(n.content, n.encoding);
  const out: string[] = [];
  if (n.preamble) out.push(n.preamble, '');
  for (const p of n.parts) {
    out.push(`--${n.boundary}`);
    out.push(...nodeHeaders(p), '', nodeBody(p));
  }
  out.push(`--${n.boundary}--`, '');
  return out.join(CRLF);
}

// ---------- convenience ----------

export const textLeaf = (text: string, enc: Enc = 'quoted-printable', charset = 'utf-8', flowed = false): Leaf => ({
  kind: 'leaf', contentType: `text/plain; charset="${charset}"${flowed ? '; format=flowed' : ''}`, encoding: enc, content: text,
});
export const htmlLeaf = (html: string, enc: Enc = 'quoted-printable', charset = 'utf-8'): Leaf => ({
  kind: 'leaf', contentType: `text/html; charset="${charset}"`, encoding: enc, content: html,
});
export function pdfLeaf(filename: string, data: Buffer, style: 'outlook' | 'gmail' | 'apple' | 'plain' = 'outlook'): Leaf {
  const extra: [string, string][] = [];
  if (style === 'outlook') {
    extra.push(['Content-Description', filename], ['Content-Disposition', `attachment; filename="${filename}"; size=${data.length}; creation-date="Mon, 23 Nov 2026 08:00:00 GMT"; modification-date="Mon, 23 Nov 2026 08:00:00 GMT"`]);
  } else if (style === 'gmail') {
    extra.push(['Content-Disposition', `attachment; filename="${filename}"`], ['X-Attachment-Id', `f_${hex(filename, 9)}0`], ['Content-ID', `<f_${hex(filename, 9)}0>`]);
  } else if (style === 'apple') {
    extra.push(['Content-Disposition', `attachment; filename="${filename}"`]);
  } else extra.push(['Content-Disposition', `attachment; filename="${filename}"`]);
  return { kind: 'leaf', contentType: `application/pdf; name="${filename}"`, encoding: 'base64', content: data, extra };
}

/** Turns plain text into the HTML Outlook would send for it (MsoNormal paragraphs). */
export function outlookHtml(text: string, opts: { mono?: boolean } = {}): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const font = opts.mono ? 'font-family:&quot;Courier New&quot;' : 'font-family:&quot;Arial&quot;,sans-serif';
  const paras = crlf(text).split(CRLF).map((l) => {
    if (l.trim() === '') return '<p class="MsoNormal"><span style="font-size:11.0pt;' + font + '"><o:p>&nbsp;</o:p></span></p>';
    const body = esc(l).replace(/ {2}/g, ' &nbsp;').replace(/\t/g, '&nbsp;&nbsp;&nbsp;&nbsp;');
    return `<p class="MsoNormal"><span style="font-size:11.0pt;${font}">${body}<o:p></o:p></span></p>`;
  });
  return [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
    '<style><!--',
    '/* Font Definitions */',
    '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}',
    '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}',
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}',
    'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}',
    '.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}',
    '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1 {page:WordSection1;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
    '<div class="WordSection1">',
    ...paras,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join(CRLF);
}

/** Minimal HTML as Gmail or Apple Mail would send (divs and <br>). */
export function simpleHtml(text: string, style: 'gmail' | 'apple' = 'gmail'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = crlf(text).split(CRLF);
  if (style === 'gmail') {
    return `<div dir="ltr">${lines.map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('')}</div>${CRLF}`;
  }
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${lines
    .map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>'))
    .join(CRLF)}</body></html>${CRLF}`;
}

// ---------- messages ----------

export type Client = 'outlook' | 'owa' | 'outlook-ios' | 'gmail' | 'apple' | 'iphone' | 'thunderbird' | 'system';
export type Auth = 'pass' | 'fail' | 'none' | 'gmail';

export interface MessageSpec {
  client: Client;
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  subject: string;
  /** ISO time, UTC */
  date: string;
  messageId: string;
  inReplyTo?: string;
  auth: Auth;
  body: Node;
  extraHeaders?: [string, string][];
  subjectMode?: 'B' | 'Q';
  nameMode?: 'B' | 'Q';
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function rfcDate(iso: string, offsetMin = 0): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMin >= 0 ? '+' : '-';
  const off = `${sign}${p(Math.floor(Math.abs(offsetMin) / 60))}${p(Math.abs(offsetMin) % 60)}`;
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${off}`;
}

function authResults(auth: Auth, fromDomain: string, r: () => number): string[] {
  const ip = `${40 + Math.floor(r() * 10)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}`;
  if (auth === 'none') return [];
  if (auth === 'fail') {
    return [fold('Authentication-Results', `spf=fail (sender IP is 185.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}) smtp.mailfrom=${fromDomain}; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=${fromDomain};compauth=fail reason=000`)];
  }
  if (auth === 'gmail') {
    return [fold('Authentication-Results', `spf=pass (sender IP is 209.85.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}) smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified) header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};compauth=pass reason=100`)];
  }
  return [fold('Authentication-Results', `spf=pass (sender IP is ${ip}) smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified) header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};compauth=pass reason=100`)];
}

function outlookHost(r: () => number): string {
  const pre = ['LO2P265', 'LO4P265', 'CWLP265', 'LNXP265', 'DB9P265', 'AS8P265'][Math.floor(r() * 6)]!;
  return `${pre}MB${String(1000 + Math.floor(r() * 8999))}.GBRP265.PROD.OUTLOOK.COM`;
}

/** The whole message, CRLF. */
export function buildMessage(m: MessageSpec): string {
  const r = rng(m.messageId);
  const fromDomain = m.from.email.split('@')[1]!;
  const h: string[] = [];
  const hostA = outlookHost(r);
  const hostB = outlookHost(r);
  // Outlook stamps UTC; personal clients stamp local time (GMT in November and December).
  const date = rfcDate(m.date);
  const recvDate = rfcDate(new Date(Date.parse(m.date) + 2000 + Math.floor(r() * 4000)).toISOString());

  h.push(`Received: from ${hostA} (2603:10a6:20b:${hex(m.messageId + 'a', 3)}::${hex(m.messageId + 'b', 2)}) by${CRLF} ${hostB} with HTTPS; ${recvDate}`);
  h.push(...authResults(m.auth, fromDomain, r));
  if (m.client === 'gmail') {
    h.push(fold('DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=${Math.floor(Date.parse(m.date) / 1000)}; x=${Math.floor(Date.parse(m.date) / 1000) + 604800}; darn=nhs.net; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=${b64(m.messageId + 'bh', 32)}; b=${b64(m.messageId + 'b', 96)}`));
    h.push(fold('X-Google-Smtp-Source', `AGHT+I${b64(m.messageId + 'g', 48).replace(/[+/=]/g, 'x')}`));
    h.push(`X-Received: by 2002:a05:6402:${hex(m.messageId + 'x', 4)} with SMTP id ${hex(m.messageId + 'y', 16)}; ${date}`);
  }
  if (m.client === 'apple') h.push('Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))');
  else if (m.client === 'iphone') h.push('Mime-Version: 1.0 (1.0)');
  else h.push('MIME-Version: 1.0');
  h.push(fold('From', fmtAddr(m.from, m.nameMode)));
  h.push(fold('To', m.to.map((a) => fmtAddr(a, m.nameMode)).join(', ')));
  if (m.cc && m.cc.length) h.push(fold('CC', m.cc.map((a) => fmtAddr(a, m.nameMode)).join(', ')));
  h.push(fold('Subject', encodeWord(m.subject, m.subjectMode ?? 'B')));
  if (m.client === 'outlook' || m.client === 'owa' || m.client === 'outlook-ios') {
    h.push(fold('Thread-Topic', encodeWord(m.subject.replace(/^(?:(?:RE|FW|Fwd|FWD|Re|Fw):\s*)+/i, ''), m.subjectMode ?? 'B')));
    h.push(`Thread-Index: ${b64(m.messageId + 'ti', 22)}`);
  }
  h.push(`Date: ${date}`);
  h.push(`Message-ID: ${m.messageId}`);
  if (m.inReplyTo) h.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`);
  switch (m.client) {
    case 'outlook':
    case 'owa':
      h.push('Accept-Language: en-GB, en-US', 'Content-Language: en-GB');
      h.push(`X-MS-Has-Attach: ${hasAttach(m.body) ? 'yes' : ''}`, 'X-MS-TNEF-Correlator: ');
      h.push(`x-ms-publictraffictype: Email`, `X-MS-Exchange-Organization-SCL: 1`);
      h.push(`X-MS-Exchange-CrossTenant-originalarrivaltime: ${recvDate.replace(/^\w+, /, '').replace(/ \+0000$/, ' (UTC)')}`);
      h.push(`X-MS-Exchange-CrossTenant-id: 37c354b2-85b0-47f5-b222-07b48d774ee3`);
      h.push(`X-MS-Exchange-Transport-CrossTenantHeadersStamped: ${hostB.split('.')[0]}`);
      if (m.client === 'owa') h.push('X-MS-Exchange-Organization-AuthAs: Internal', 'x-originating-ip: [86.' + Math.floor(r() * 250) + '.' + Math.floor(r() * 250) + '.' + Math.floor(r() * 250) + ']');
      break;
    case 'outlook-ios':
      h.push('Accept-Language: en-GB, en-US', 'Content-Language: en-GB', `X-MS-Has-Attach: ${hasAttach(m.body) ? 'yes' : ''}`, 'X-MS-TNEF-Correlator: ');
      h.push('X-MS-Exchange-Organization-SCL: 1');
      break;
    case 'apple':
      h.push('X-Mailer: Apple Mail (2.3826.200.121)');
      break;
    case 'iphone':
      h.push('X-Mailer: iPhone Mail (22B91)');
      break;
    case 'thunderbird':
      h.push('User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB');
      break;
    default:
      break;
  }
  for (const [k, v] of m.extraHeaders ?? []) h.push(fold(k, v));
  h.push(...nodeHeaders(m.body));
  return `${h.join(CRLF)}${CRLF}${CRLF}${nodeBody(m.body)}${m.body.kind === 'leaf' ? CRLF : ''}`;
}

function hasAttach(n: Node): boolean {
  if (n.kind === 'leaf') return /application\/pdf|message\/rfc822/.test(n.contentType);
  return n.parts.some(hasAttach);
}

export function boundary(client: Client, seed: string, tag = ''): string {
  switch (client) {
    case 'outlook':
    case 'owa':
    case 'outlook-ios':
      return `_00${tag || '0'}_${hex(seed + tag, 28).toUpperCase()}_`;
    case 'gmail':
      return `0000000000${hex(seed + tag, 16)}`;
    case 'apple':
    case 'iphone':
      return `Apple-Mail=_${hex(seed + tag, 8).toUpperCase()}-${hex(seed + tag + '1', 4).toUpperCase()}-${hex(seed + tag + '2', 4).toUpperCase()}-${hex(seed + tag + '3', 4).toUpperCase()}-${hex(seed + tag + '4', 12).toUpperCase()}`;
    case 'thunderbird':
      return `------------${hex(seed + tag, 24)}`;
    default:
      return `=_Part_${hex(seed + tag, 6)}_${hex(seed + tag + 'q', 10)}`;
  }
}

export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;
