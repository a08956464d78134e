// MIME by hand for corpus 25 (writer U): deterministic headers, boundaries and message ids from content hashes.
import { createHash } from 'node:crypto';

export const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** mulberry32: a small seeded generator, so scans and pdf-lib's font suffixes come out the same every run. */
export function rng(seed: number | string): () => number {
  let a = typeof seed === 'number' ? seed >>> 0 : parseInt(sha(seed).slice(0, 8), 16);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- encodings

const CRLF = '\r\n';

/** Normalises any line ending to CRLF. */
export const crlf = (s: string): string => s.replace(/\r?\n/g, CRLF);

/** Quoted-printable (RFC 2045) of UTF-8 text, soft line breaks at 76. */
export function qp(text: string): string {
  const lines = text.replace(/\r?\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) toks.push(String.fromCharCode(b));
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

export const b64 = (buf: Buffer | string): string =>
  (typeof buf === 'string' ? Buffer.from(buf, 'utf8') : buf).toString('base64').replace(/.{1,76}/g, (m) => `${m}${CRLF}`).replace(/\r\n$/, '');

/** RFC 2047 encoded word(s) for a header value, only when it is not plain ASCII. */
export function word(s: string, enc: 'B' | 'Q' = 'B'): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  if (enc === 'B') {
    const chunks: string[] = [];
    let cur = '';
    for (const ch of s) {
      if (Buffer.byteLength(cur + ch, 'utf8') > 42) {
        chunks.push(cur);
        cur = '';
      }
      cur += ch;
    }
    if (cur) chunks.push(cur);
    return chunks.map((c) => `=?utf-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
  }
  const q = [...Buffer.from(s, 'utf8')]
    .map((b) => (b === 0x20 ? '_' : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `=?utf-8?Q?${q}?=`;
}

/** A display-name mailbox: quoted when needed, encoded when not ASCII. */
export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${word(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a long header line at spaces (RFC 5322 §2.2.3). */
function fold(line: string): string {
  if (line.length <= 78 || line.includes(CRLF)) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > 78) {
    let at = rest.lastIndexOf(' ', 76);
    if (at <= 0) at = rest.indexOf(' ', 76);
    if (at <= 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out.join(CRLF);
}

// ---------------------------------------------------------------- MIME tree

export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';
export interface Leaf {
  kind: 'leaf';
  type: string; // e.g. text/plain; charset="utf-8"
  cte: Cte;
  content: string | Buffer;
  headers?: [string, string][];
}
export interface Multi {
  kind: 'multi';
  sub: 'mixed' | 'alternative' | 'related' | 'report; report-type=delivery-status';
  parts: Node[];
  preamble?: string;
}
export type Node = Leaf | Multi;

export const text = (s: string, cte: Cte = 'quoted-printable', charset = 'utf-8'): Leaf => ({ kind: 'leaf', type: `text/plain; charset="${charset}"`, cte, content: s });
export const html = (s: string, cte: Cte = 'quoted-printable', charset = 'utf-8'): Leaf => ({ kind: 'leaf', type: `text/html; charset="${charset}"`, cte, content: s });
export const alt = (t: string, h: string, cte: Cte = 'quoted-printable'): Multi => ({ kind: 'multi', sub: 'alternative', parts: [text(t, cte), html(h, cte)] });
export const mixed = (...parts: Node[]): Multi => ({ kind: 'multi', sub: 'mixed', parts, preamble: 'This is a multi-part message in MIME format.' });

export function pdf(filename: string, buf: Buffer, style: 'outlook' | 'gmail' | 'apple' = 'outlook'): Leaf {
  const fn = /^[\x20-\x7e]*$/.test(filename) ? `"${filename}"` : `"${word(filename)}"`;
  const headers: [string, string][] =
    style === 'outlook'
      ? [
          ['Content-Type', `application/pdf; name=${fn}`],
          ['Content-Description', filename],
          ['Content-Disposition', `attachment; filename=${fn}; size=${buf.length};\r\n\tcreation-date="Mon, 09 Nov 2026 09:00:00 GMT";\r\n\tmodification-date="Mon, 09 Nov 2026 09:00:00 GMT"`],
        ]
      : style === 'gmail'
        ? [
            ['Content-Type', `application/pdf; name=${fn}`],
            ['Content-Disposition', `attachment; filename=${fn}`],
            ['X-Attachment-Id', `f_${sha(buf).slice(0, 9)}`],
            ['Content-ID', `<f_${sha(buf).slice(0, 9)}>`],
          ]
        : [
            ['Content-Disposition', `attachment;\r\n\tfilename=${fn}`],
            ['Content-Type', `application/pdf;\r\n\tx-unix-mode=0644;\r\n\tname=${fn}`],
          ];
  return { kind: 'leaf', type: 'application/pdf', cte: 'base64', content: buf, headers };
}

export const rfc822 = (raw: string, filename: string): Leaf => ({
  kind: 'leaf',
  type: 'message/rfc822',
  cte: '7bit',
  content: raw,
  headers: [
    ['Content-Type', `message/rfc822; name="${filename}"`],
    ['Content-Disposition', `attachment; filename="${filename}"`],
  ],
});

function encodeBody(l: Leaf): string {
  const buf = typeof l.content === 'string' ? Buffer.from(l.content, 'utf8') : l.content;
  switch (l.cte) {
    case 'base64':
      return b64(buf);
    case 'quoted-printable':
      return qp(buf.toString('utf8'));
    default:
      return crlf(buf.toString(l.cte === '8bit' ? 'utf8' : 'latin1'));
  }
}

function renderNode(n: Node, seed: string): { headers: string[]; body: string } {
  if (n.kind === 'leaf') {
    const hs = l2h(n);
    return { headers: hs, body: encodeBody(n) };
  }
  const rendered = n.parts.map((p, i) => renderNode(p, `${seed}.${i}`));
  const inner = rendered.map((r) => `${r.headers.join(CRLF)}${CRLF}${CRLF}${r.body}`);
  const boundary = boundaryFor(n.sub, sha(`${seed}${inner.join('')}`));
  const body = [
    n.preamble && boundaryStyle === 'outlook' ? `${n.preamble}${CRLF}${CRLF}` : '',
    ...inner.map((p) => `--${boundary}${CRLF}${p}${CRLF}`),
    `--${boundary}--${CRLF}`,
  ].join('');
  return { headers: [`Content-Type: multipart/${n.sub};${CRLF}\tboundary="${boundary}"`], body: body.replace(/\r\n$/, '') };
}

function l2h(l: Leaf): string[] {
  const hs = l.headers ? l.headers.map(([k, v]) => `${k}: ${v}`) : [`Content-Type: ${l.type}`];
  hs.push(`Content-Transfer-Encoding: ${l.cte}`);
  return hs;
}

let boundaryStyle: 'outlook' | 'gmail' | 'apple' | 'thunderbird' = 'outlook';
function boundaryFor(sub: string, h: string): string {
  const tag = sub.startsWith('mixed') ? 'mix' : sub.startsWith('alt') ? 'alt' : sub.startsWith('rel') ? 'rel' : 'rep';
  switch (boundaryStyle) {
    case 'gmail':
      return `000000000000${h.slice(0, 16)}`;
    case 'apple':
      return `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}`;
    case 'thunderbird':
      return `------------${h.slice(0, 24)}`;
    default:
      return `_00${tag}_${h.slice(0, 28)}_`;
  }
}

// ---------------------------------------------------------------- whole messages

export type Client = 'outlook' | 'owa' | 'gmail' | 'apple' | 'iphone' | 'android' | 'thunderbird' | 'system';

export interface Msg {
  client: Client;
  from: [string | null, string];
  to: [string | null, string][];
  cc?: [string | null, string][];
  subject: string;
  date: string; // RFC 5322 date
  body: Node;
  inReplyTo?: string;
  extra?: [string, string][]; // extra headers placed before MIME-Version
  seed: string;
  nhsAuth?: boolean; // add NHSmail-style Authentication-Results
}

const HOSTS = ['LO2P265MB', 'CWLP265MB', 'LO4P265MB', 'LO0P265MB', 'DB9P265MB', 'AM0P265MB'];

export function messageId(m: Msg): string {
  const h = sha(`mid:${m.seed}:${m.subject}:${m.date}`);
  const num = parseInt(h.slice(0, 4), 16) % 9000 + 1000;
  const host = HOSTS[parseInt(h.slice(4, 5), 16) % HOSTS.length]!;
  switch (m.client) {
    case 'outlook':
    case 'owa':
      return `<${host}${num}${h.slice(5, 17).toUpperCase()}@${host}${num}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'gmail':
      return `<CA+${Buffer.from(h.slice(0, 30), 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.gmail.com>`;
    case 'apple':
    case 'iphone':
      return `<${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}@${m.from[1].split('@')[1]}>`;
    case 'android':
      return `<${host}${num}${h.slice(5, 15).toUpperCase()}@${host}${num}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'thunderbird':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${m.from[1].split('@')[1]}>`;
    default:
      return `<${h.slice(0, 20)}.${num}@${m.from[1].split('@')[1]}>`;
  }
}

export function render(m: Msg): string {
  boundaryStyle = m.client === 'gmail' ? 'gmail' : m.client === 'apple' || m.client === 'iphone' ? 'apple' : m.client === 'thunderbird' ? 'thunderbird' : 'outlook';
  const { headers: ct, body } = renderNode(m.body, m.seed);
  const mid = messageId(m);
  const h = sha(m.seed);
  const hs: string[] = [];
  const fromDomain = m.from[1].split('@')[1]!;
  const nhs = m.nhsAuth ?? fromDomain === 'nhs.net';
  if (m.client === 'outlook' || m.client === 'owa' || m.client === 'android') {
    const host = HOSTS[parseInt(h.slice(0, 2), 16) % HOSTS.length]!;
    hs.push(`Received: from ${host}${parseInt(h.slice(2, 5), 16) % 9000}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${h.slice(5, 8)}::${h.slice(8, 10)}) by ${HOSTS[0]}5432.GBRP265.PROD.OUTLOOK.COM${CRLF} with HTTPS; ${m.date}`);
    if (nhs) hs.push(`Authentication-Results: spf=pass (sender IP is 40.92.${parseInt(h.slice(10, 12), 16)}.${parseInt(h.slice(12, 14), 16)})${CRLF} smtp.mailfrom=nhs.net; dkim=pass (signature was verified)${CRLF} header.d=nhs.net;dmarc=pass action=none${CRLF} header.from=nhs.net;compauth=pass reason=100`);
  } else if (m.client === 'gmail') {
    hs.push(`Received: by mail-wm1-f${parseInt(h.slice(0, 2), 16)}.google.com with SMTP id ${h.slice(2, 14)}; ${m.date}`);
    hs.push(`DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${fromDomain}; s=20230601; t=1794300000;${CRLF} h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;${CRLF} bh=${Buffer.from(h.slice(0, 32), 'hex').toString('base64')};${CRLF} b=${Buffer.from(h, 'hex').toString('base64')}`);
  } else if (m.client === 'thunderbird') {
    hs.push(`Received: from [192.168.1.${parseInt(h.slice(0, 2), 16) % 200 + 20}] (host${parseInt(h.slice(2, 4), 16)}-${parseInt(h.slice(4, 6), 16)}.range86-${parseInt(h.slice(6, 8), 16)}.btcentralplus.com [86.${parseInt(h.slice(8, 10), 16)}.${parseInt(h.slice(10, 12), 16)}.${parseInt(h.slice(12, 14), 16)}])${CRLF}\tby smtp.${fromDomain} with ESMTPSA; ${m.date}`);
  } else if (m.client === 'apple' || m.client === 'iphone') {
    hs.push(`Received: from smtpclient.apple ([86.${parseInt(h.slice(0, 2), 16)}.${parseInt(h.slice(2, 4), 16)}.${parseInt(h.slice(4, 6), 16)}]) by smtp.${fromDomain} with ESMTPSA; ${m.date}`);
    if (nhs) hs.push(`Authentication-Results: spf=pass smtp.mailfrom=nhs.net; dkim=pass header.d=nhs.net;dmarc=pass action=none header.from=nhs.net`);
  }
  if (m.client === 'apple' || m.client === 'iphone') {
    hs.push(`Content-Type: ${ct[0]!.replace(/^Content-Type: /, '')}`);
    if (ct.length > 1) hs.push(...ct.slice(1));
    hs.push(`Mime-Version: 1.0 (${m.client === 'iphone' ? 'iPhone Mail 22B83' : 'Mac OS X Mail 16.0 \\(3826.200.121\\)'})`);
    hs.push(fold(`Subject: ${word(m.subject)}`));
    hs.push(`From: ${addr(...m.from)}`);
    if (m.inReplyTo) hs.push(`In-Reply-To: ${m.inReplyTo}`);
    hs.push(`Date: ${m.date}`);
    if (m.cc?.length) hs.push(fold(`Cc: ${m.cc.map((c) => addr(...c)).join(', ')}`));
    hs.push(fold(`To: ${m.to.map((c) => addr(...c)).join(', ')}`));
    hs.push(`Message-Id: ${mid}`);
    if (m.client === 'iphone') hs.push('X-Mailer: iPhone Mail (22B83)');
    else hs.push('X-Mailer: Apple Mail (2.3826.200.121)');
    for (const [k, v] of m.extra ?? []) hs.push(`${k}: ${v}`);
    return `${hs.join(CRLF)}${CRLF}${CRLF}${body}${CRLF}`;
  }
  hs.push(`From: ${addr(...m.from)}`);
  hs.push(fold(`To: ${m.to.map((c) => addr(...c)).join(', ')}`));
  if (m.cc?.length) hs.push(fold(`CC: ${m.cc.map((c) => addr(...c)).join(', ')}`));
  hs.push(fold(`Subject: ${word(m.subject)}`));
  if (m.client === 'outlook' || m.client === 'owa' || m.client === 'android') {
    hs.push(fold(`Thread-Topic: ${word(m.subject.replace(/^((re|fw|fwd):\s*)+/i, ''))}`));
    hs.push(`Thread-Index: ${Buffer.from(h.slice(0, 44), 'hex').toString('base64')}`);
  }
  hs.push(`Date: ${m.date}`);
  hs.push(`Message-ID: ${mid}`);
  if (m.inReplyTo) {
    hs.push(`References: ${m.inReplyTo}`);
    hs.push(`In-Reply-To: ${m.inReplyTo}`);
  }
  if (m.client === 'outlook' || m.client === 'owa' || m.client === 'android') {
    hs.push('Accept-Language: en-GB, en-US');
    hs.push('Content-Language: en-GB');
    hs.push(`X-MS-Has-Attach: ${JSON.stringify(m.body).includes('application/pdf') ? 'yes' : ''}`);
    hs.push('X-MS-TNEF-Correlator: ');
    if (m.client === 'android') hs.push('x-ms-reactions: allow');
  }
  if (m.client === 'gmail') hs.push('X-Gm-Features: AQt7F2q_x1l0w-GmailAppFeatures');
  if (m.client === 'thunderbird') hs.push('User-Agent: Mozilla Thunderbird');
  for (const [k, v] of m.extra ?? []) hs.push(`${k}: ${v}`);
  hs.push('MIME-Version: 1.0');
  hs.push(...ct);
  return `${hs.join(CRLF)}${CRLF}${CRLF}${body}${CRLF}`;
}

// ---------------------------------------------------------------- dates and small text helpers

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** RFC 5322 date for a UTC ISO timestamp, optionally written in another offset. */
export function rfcDate(iso: string, offsetMin = 0): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMin >= 0 ? '+' : '-';
  const off = `${sign}${p(Math.floor(Math.abs(offsetMin) / 60))}${p(Math.abs(offsetMin) % 60)}`;
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${off}`;
}

/** "09 November 2026 08:55" as Outlook writes a forwarded header's Sent line. */
export function outlookSent(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** "Mon, 9 Nov 2026 at 08:55" as Gmail writes it. */
export function gmailSent(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Outlook desktop HTML around paragraphs (each string one MsoNormal paragraph; '' an empty one). */
export function outlookHtml(paras: string[], raw = false): string {
  const ps = paras
    .map((p) => (p === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${raw ? p : esc(p).replace(/\n/g, '<br>\n')}<o:p></o:p></p>`))
    .join('\n');
  return outlookDoc(ps);
}

/** An Outlook desktop HTML document around ready-made body HTML. */
export function outlookDoc(inner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
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

export interface Email {
  slug: string;
  eml: string;
  expected: Expected;
  pdfs: number;
  scans: number;
}

export const P = (name: string | null, email: string | null) => ({ name, email });
