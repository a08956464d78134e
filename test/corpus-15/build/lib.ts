// MIME written by hand for corpus-15 (writer K): CRLF line endings, quoted-printable with soft breaks, base64,
// RFC 2047 encoded words, multipart/alternative, mixed, related and report. Everything is deterministic:
// boundaries come from a hash of the message's slug, dates are fixed strings.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export const MAILBOX_ADDRESS: Record<Mailbox, string> = {
  portalenquiries: 'pcse.portalenquiries@nhs.net',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: 'pcse.openexeter@nhs.net',
};

export const MAILBOX_DISPLAY: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries',
  datamanager: 'PCSE Data Manager',
  openexeter: 'PCSE Open Exeter',
};

export type Encoding = 'qp' | 'b64' | '7bit' | '8bit';

export type Part =
  | { kind: 'leaf'; contentType: string; encoding: Encoding; body: Buffer | string; extraHeaders?: [string, string][] }
  | { kind: 'multi'; subtype: string; params?: string; parts: Part[]; preamble?: string; extraHeaders?: [string, string][] };

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Mail {
  slug: string;
  /** Headers in the order they appear, before the MIME headers of the body. */
  headers: [string, string][];
  body: Part;
  expected: Expected;
}

const CRLF = '\r\n';

export const hash = (s: string, n = 24): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Normalise any line ending to CRLF. */
export const crlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);

// ---------------------------------------------------------------------------------------------------------------
// Transfer encodings

export function qpEncode(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let cur = '';
      const push = (tok: string) => {
        if (cur.length + tok.length > 75) {
          out += `${cur}=${CRLF}`;
          cur = '';
        }
        cur += tok;
      };
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        const last = i === bytes.length - 1;
        if ((b === 0x20 || b === 0x09) && last) push(hex(b));
        else if (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09)) push(hex(b));
        else push(String.fromCharCode(b));
      }
      return out + cur;
    })
    .join(CRLF);
}

export function b64Encode(data: Buffer | string): string {
  const s = (typeof data === 'string' ? Buffer.from(crlf(data), 'utf8') : data).toString('base64');
  return (s.match(/.{1,76}/g) ?? []).join(CRLF);
}

// ---------------------------------------------------------------------------------------------------------------
// Headers

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words, each at most 75 characters, split on character boundaries. */
export function encodeWords(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    if (mode === 'B') words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    else {
      const q = [...Buffer.from(chunk, 'utf8')]
        .map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) && b < 0x80 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
        .join('');
      words.push(`=?utf-8?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const ch of s) {
    const next = chunk + ch;
    const size = mode === 'B' ? Math.ceil(Buffer.byteLength(next, 'utf8') / 3) * 4 : Buffer.byteLength(next, 'utf8') * 3;
    if (size > 60) flush();
    chunk += ch;
  }
  flush();
  return words.join(' ');
}

/** A mailbox as a header value: quoted or encoded display name as needed. */
export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encodeWords(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Fold a header at whitespace so that lines stay near 78 characters. */
export function foldHeader(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.length > name.length + 1) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

export const subjectHeader = (s: string, mode: 'B' | 'Q' = 'Q'): string => (isAscii(s) ? s : encodeWords(s, mode));

// ---------------------------------------------------------------------------------------------------------------
// Parts

export const plain = (text: string, encoding: Encoding = 'qp', charset = 'utf-8', extra = ''): Part => ({
  kind: 'leaf', contentType: `text/plain; charset="${charset}"${extra}`, encoding, body: text,
});

export const html = (text: string, encoding: Encoding = 'qp', charset = 'utf-8'): Part => ({
  kind: 'leaf', contentType: `text/html; charset="${charset}"`, encoding, body: text,
});

export const alt = (...parts: Part[]): Part => ({ kind: 'multi', subtype: 'alternative', parts });
export const mixed = (...parts: Part[]): Part => ({ kind: 'multi', subtype: 'mixed', parts });

export function pdfPart(filename: string, data: Uint8Array, inline = false): Part {
  return {
    kind: 'leaf',
    contentType: `application/pdf; name="${filename}"`,
    encoding: 'b64',
    body: Buffer.from(data),
    extraHeaders: [
      ['Content-Description', filename],
      ['Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${filename}"; size=${data.length}`],
    ],
  };
}

export function report(human: string, status: string, originalHeaders: string): Part {
  return {
    kind: 'multi', subtype: 'report', params: '; report-type=delivery-status',
    parts: [
      alt(plain(human, 'qp'), html(`<html><head></head><body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">${human
        .split('\n').map((l) => (l.trim() ? l.replace(/&/g, '&amp;').replace(/</g, '&lt;') : '&nbsp;')).join('<br>\n')}</div></body></html>`, 'qp')),
      { kind: 'leaf', contentType: 'message/delivery-status', encoding: '7bit', body: status },
      { kind: 'leaf', contentType: 'text/rfc822-headers', encoding: '7bit', body: originalHeaders },
    ],
  };
}

function encodeBody(p: Extract<Part, { kind: 'leaf' }>): string {
  switch (p.encoding) {
    case 'qp': return qpEncode(typeof p.body === 'string' ? p.body : p.body.toString('utf8'));
    case 'b64': return b64Encode(p.body);
    default: return crlf(typeof p.body === 'string' ? p.body : p.body.toString('utf8'));
  }
}

const CTE: Record<Encoding, string> = { qp: 'quoted-printable', b64: 'base64', '7bit': '7bit', '8bit': '8bit' };

export type BoundaryStyle = 'outlook' | 'gmail' | 'apple' | 'generic' | 'exchange';

function boundaryFor(style: BoundaryStyle, seed: string, depth: number): string {
  const h = hash(`${seed}/${depth}`, 32);
  switch (style) {
    case 'outlook': return `_00${depth}_${h.slice(0, 20).toUpperCase()}_`;
    case 'gmail': return `000000000000${h.slice(0, 16)}`;
    case 'apple': return `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}`;
    case 'exchange': return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    default: return `----=_Part_${depth}_${h.slice(0, 10)}`;
  }
}

function serializePart(p: Part, style: BoundaryStyle, seed: string, depth: number): { headers: string[]; body: string } {
  if (p.kind === 'leaf') {
    const headers = [foldHeader('Content-Type', p.contentType), `Content-Transfer-Encoding: ${CTE[p.encoding]}`];
    for (const [k, v] of p.extraHeaders ?? []) headers.push(foldHeader(k, v));
    return { headers, body: encodeBody(p) };
  }
  const boundary = boundaryFor(style, seed, depth);
  const headers = [`Content-Type: multipart/${p.subtype}${p.params ?? ''};${CRLF}\tboundary="${boundary}"`];
  for (const [k, v] of p.extraHeaders ?? []) headers.push(foldHeader(k, v));
  let body = p.preamble ? `${crlf(p.preamble)}${CRLF}${CRLF}` : '';
  p.parts.forEach((child, i) => {
    const c = serializePart(child, style, `${seed}.${i}`, depth + 1);
    body += `--${boundary}${CRLF}${c.headers.join(CRLF)}${CRLF}${CRLF}${c.body}${CRLF}`;
  });
  body += `--${boundary}--${CRLF}`;
  return { headers, body };
}

export function serializeMail(m: Mail, style: BoundaryStyle): string {
  const top = m.headers.map(([k, v]) => foldHeader(k, v));
  const b = serializePart(m.body, style, m.slug, 0);
  return `${[...top, 'MIME-Version: 1.0', ...b.headers].join(CRLF)}${CRLF}${CRLF}${b.body}${b.body.endsWith(CRLF) ? '' : CRLF}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers for writing the messages

/** HTML-escape. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text to simple HTML paragraphs (used for Outlook's HTML alternative). */
export function outlookHtml(text: string, font = 'Aptos'): string {
  const paras = text.replace(/\r\n/g, '\n').split('\n');
  const body = paras
    .map((l) => `<p class="MsoNormal">${l.trim() ? esc(l) : '<o:p>&nbsp;</o:p>'}</p>`)
    .join('\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:${font};}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"${font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>
`;
}

export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Received/Authentication headers of a message sent from NHSmail (Exchange Online). */
export function nhsmailTrace(date: string, host: string, dkim = true): [string, string][] {
  return [
    ['Received', `from ${host}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${hash(host, 3)}::${hash(date, 2)}) by LO0P265MB6203.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`],
    ['Authentication-Results', `spf=pass (sender IP is 40.107.${parseInt(hash(host, 2), 16) % 200}.${parseInt(hash(date, 2), 16) % 250}) smtp.mailfrom=nhs.net; dkim=${dkim ? 'pass (signature was verified)' : 'none (message not signed)'} header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;compauth=pass reason=100`],
  ];
}

/** Received/Authentication headers of a message from an external domain (Google Workspace, Microsoft 365 tenant). */
export function externalTrace(date: string, domain: string, via: 'google' | 'm365' | 'apple'): [string, string][] {
  const ip = via === 'google' ? '209.85.221.' : via === 'apple' ? '17.58.63.' : '40.107.22.';
  const last = parseInt(hash(domain + date, 2), 16) % 250;
  const relay = via === 'google' ? `mail-wr1-f${last}.google.com` : via === 'apple' ? `pv50p00im-ztdg10011${last % 10}.me.com` : `mail-db8eur05on20${last}.outbound.protection.outlook.com`;
  return [
    ['Received', `from ${relay} (${ip}${last}) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.${last % 200}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.13 via Frontend Transport; ${date}`],
    ['Authentication-Results', `spf=pass (sender IP is ${ip}${last}) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`],
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Envelopes: the header set and order of each mail client

export type Client = 'outlook' | 'android' | 'gmail' | 'apple' | 'iphone' | 'system' | 'exchange-ndr';
export type Trace = 'nhsmail' | 'google' | 'm365' | 'apple' | 'none';

export interface Envelope {
  slug: string;
  mailbox: Mailbox;
  from: [string | null, string];
  to?: string;
  cc?: [string | null, string][];
  subject: string;
  /** 'YYYY-MM-DD HH:MM:SS' in UTC (all dates are in GMT). */
  date: string;
  client: Client;
  trace: Trace;
  inReplyTo?: string;
  references?: string[];
  messageId?: string;
  extra?: [string, string][];
  hasAttach?: boolean;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function rfcDate(d: string, suffix = ''): string {
  const dt = new Date(`${d.replace(' ', 'T')}Z`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[dt.getUTCDay()]}, ${dt.getUTCDate()} ${MONTHS[dt.getUTCMonth()]} ${dt.getUTCFullYear()} ${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}:${pad(dt.getUTCSeconds())} +0000${suffix}`;
}

export function outlookHost(seed: string): string {
  const n = parseInt(hash(seed, 4), 16) % 9000 + 1000;
  const pre = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB', 'CWXP265MB'][parseInt(hash(seed, 2), 16) % 5];
  return `${pre}${n}`;
}

export function messageIdFor(env: Envelope): string {
  if (env.messageId) return env.messageId;
  const h = hash(`mid:${env.slug}`, 40);
  const domain = env.from[1].split('@')[1]!;
  switch (env.client) {
    case 'outlook':
    case 'android': {
      const host = outlookHost(env.slug);
      return `<${host}${h.slice(0, 12).toUpperCase()}${parseInt(h.slice(12, 16), 16)}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
    }
    case 'gmail': return `<CA${Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, '').slice(0, 40)}@mail.gmail.com>`;
    case 'apple':
    case 'iphone': return `<${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}@${domain}>`;
    default: return `<${h.slice(0, 24)}.${h.slice(24, 32)}@${domain}>`;
  }
}

export function envelopeHeaders(env: Envelope): [string, string][] {
  const date = rfcDate(env.date);
  const from = addr(env.from[0], env.from[1]);
  const to = env.to ?? addr(MAILBOX_DISPLAY[env.mailbox], MAILBOX_ADDRESS[env.mailbox]);
  const cc = env.cc?.map(([n, e]) => addr(n, e)).join(', ');
  const subject = subjectHeader(env.subject);
  const mid = messageIdFor(env);
  const refs = env.references?.join(' ');
  const domain = env.from[1].split('@')[1]!;
  const h: [string, string][] = [];
  const traceDate = rfcDate(env.date);
  if (env.trace === 'nhsmail') h.push(...nhsmailTrace(traceDate, outlookHost(env.slug)));
  else if (env.trace === 'google') h.push(...externalTrace(traceDate, domain, 'google'));
  else if (env.trace === 'm365') h.push(...externalTrace(traceDate, domain, 'm365'));
  else if (env.trace === 'apple') h.push(...externalTrace(traceDate, domain, 'apple'));
  const threadIndex = Buffer.from(hash(`ti:${env.slug}`, 44), 'hex').toString('base64');
  switch (env.client) {
    case 'outlook':
    case 'android':
    case 'exchange-ndr':
      h.push(['From', from], ['To', to]);
      if (cc) h.push(['CC', cc]);
      h.push(['Subject', subject]);
      h.push(['Thread-Topic', env.subject.replace(/^(RE|FW|Fwd|Re|Automatic reply|Undeliverable): */i, '').replace(/[^\x20-\x7e]/g, '?')]);
      h.push(['Thread-Index', threadIndex]);
      h.push(['Date', date], ['Message-ID', mid]);
      if (refs) h.push(['References', refs]);
      if (env.inReplyTo) h.push(['In-Reply-To', env.inReplyTo]);
      h.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB']);
      h.push(['X-MS-Has-Attach', env.hasAttach ? 'yes' : ''], ['X-MS-TNEF-Correlator', '']);
      if (env.client === 'android') h.push(['X-MS-Exchange-Organization-SCL', '1']);
      break;
    case 'gmail':
      h.push(['From', from], ['Date', date], ['Message-ID', mid]);
      if (env.inReplyTo) h.push(['In-Reply-To', env.inReplyTo]);
      if (refs) h.push(['References', refs]);
      h.push(['Subject', subject], ['To', to]);
      if (cc) h.push(['Cc', cc]);
      break;
    case 'apple':
    case 'iphone':
      h.push(['From', from], ['Subject', subject], ['Date', date]);
      if (env.inReplyTo) h.push(['In-Reply-To', env.inReplyTo]);
      if (cc) h.push(['Cc', cc]);
      h.push(['To', to]);
      if (refs) h.push(['References', refs]);
      h.push(['Message-Id', mid]);
      h.push(['X-Mailer', env.client === 'iphone' ? 'iPhone Mail (22B91)' : 'Apple Mail (2.3826.300.87.4.3)']);
      break;
    default:
      h.push(['From', from], ['To', to]);
      if (cc) h.push(['Cc', cc]);
      h.push(['Subject', subject], ['Date', date], ['Message-ID', mid]);
      if (env.inReplyTo) h.push(['In-Reply-To', env.inReplyTo]);
      if (refs) h.push(['References', refs]);
  }
  for (const x of env.extra ?? []) h.push(x);
  return h;
}

export interface Built { mailbox: Mailbox; slug: string; eml: string; expected: Expected }

const STYLE: Record<Client, BoundaryStyle> = {
  outlook: 'outlook', android: 'outlook', 'exchange-ndr': 'exchange', gmail: 'gmail', apple: 'apple', iphone: 'apple', system: 'generic',
};

export function build(env: Envelope, body: Part, expected: Expected): Built {
  const mail: Mail = { slug: `${env.mailbox}/${env.slug}`, headers: envelopeHeaders(env), body, expected };
  return { mailbox: env.mailbox, slug: env.slug, eml: serializeMail(mail, STYLE[env.client]), expected };
}

// Expected-file helpers
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });
export const person = (name: string | null, email: string | null) => ({ name, email });
export function exp(kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, mustRaise: string[] = [], traits: string[] = [], ignored: Expected['ignored'] = null): Expected {
  return { kind, ignored, organisation, fields, mustRaise, traits };
}

/** Gmail-style HTML: each line a div, blank lines as <div><br></div>. */
export function gmailDivs(text: string): string {
  return text.replace(/\r\n/g, '\n').split('\n').map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('');
}

/** Apple Mail HTML body wrapper. */
export const appleHtml = (inner: string) => `<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${inner}</body></html>`;
