// MIME and expected-file helpers for corpus 14 (writer J). Everything here is deterministic: no clock, no Math.random.

export const CRLF = '\r\n';

/** mulberry32: a small seeded generator, so every run writes the same bytes. */
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

export function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const HEX = '0123456789ABCDEF';

export function hex(r: () => number, n: number, alphabet = HEX): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

/** An Exchange Online (NHSmail) message id, in the shape Outlook writes them. */
export function exchangeId(seed: string, host = 'LO2P265MB'): string {
  const r = rng(seedOf(seed));
  const server = `${host}${1000 + Math.floor(r() * 8999)}`;
  return `<${server}${hex(r, 32)}@${server}.GBRP265.PROD.OUTLOOK.COM>`;
}

export function boundaryFor(seed: string, kind: string): string {
  const r = rng(seedOf(`${seed}/${kind}`));
  return `_00${Math.floor(r() * 9)}_${hex(r, 28)}_`;
}

// ---------------------------------------------------------------- encodings

export function base64Lines(buf: Buffer): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(CRLF);
}

/** Quoted-printable (RFC 2045) of UTF-8 text, soft line breaks at 76, CRLF line ends. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    let cur = '';
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
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

const needsEncoding = (s: string) => /[^\x20-\x7e]/.test(s);

/** RFC 2047 encoded-word (B) for a header text, split so no word passes 75 characters. */
export function encodeWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (!needsEncoding(s)) return s;
  if (mode === 'Q') {
    const bytes = Buffer.from(s, 'utf8');
    let enc = '';
    for (const b of bytes) {
      if (b === 0x20) enc += '_';
      else if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return `=?utf-8?Q?${enc}?=`;
  }
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 39) {
      words.push(`=?utf-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(`=?utf-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
  return words.join(`${CRLF} `);
}

/** A mailbox for a header: display name (quoted or encoded when needed) and address. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'Q'): string {
  if (!name) return email;
  if (needsEncoding(name)) return `${encodeWord(name, mode)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a header line at spaces so no physical line passes 78 characters (encoded headers are passed as is). */
export function foldHeader(name: string, value: string): string {
  if (value.includes(CRLF)) return `${name}: ${value}`;
  const full = `${name}: ${value}`;
  if (full.length <= 78) return full;
  const words = full.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join(CRLF);
}

// ---------------------------------------------------------------- MIME tree

export type Encoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Leaf {
  type: string; // e.g. 'text/plain; charset="utf-8"'
  encoding: Encoding;
  content: string | Buffer;
  headers?: [string, string][]; // extra headers (Content-Disposition, Content-ID, …)
}

export interface Multi {
  multipart: 'mixed' | 'alternative' | 'related' | 'report';
  params?: string; // e.g. 'report-type=delivery-status' or 'type="multipart/alternative"'
  boundary: string;
  parts: Node[];
  preamble?: string;
}

export type Node = Leaf | Multi;

const isMulti = (n: Node): n is Multi => 'multipart' in n;

function encodeBody(l: Leaf): string {
  const buf = typeof l.content === 'string' ? Buffer.from(l.content.replace(/\r\n/g, '\n'), 'utf8') : l.content;
  switch (l.encoding) {
    case 'base64':
      return base64Lines(buf);
    case 'quoted-printable':
      return qp(buf.toString('utf8'));
    default:
      return buf.toString('utf8').replace(/\r\n/g, '\n').split('\n').join(CRLF);
  }
}

function nodeHeaders(n: Node): string[] {
  if (isMulti(n)) {
    const p = n.params ? `;${CRLF}\t${n.params}` : '';
    return [`Content-Type: multipart/${n.multipart};${CRLF}\tboundary="${n.boundary}"${p}`];
  }
  const h = [foldHeader('Content-Type', n.type)];
  for (const [k, v] of n.headers ?? []) h.push(foldHeader(k, v));
  h.push(`Content-Transfer-Encoding: ${n.encoding}`);
  return h;
}

function nodeBody(n: Node): string {
  if (!isMulti(n)) return encodeBody(n);
  const out: string[] = [];
  if (n.preamble) out.push(n.preamble, '');
  for (const p of n.parts) {
    out.push(`--${n.boundary}`);
    out.push(...nodeHeaders(p));
    out.push('');
    out.push(nodeBody(p));
    out.push('');
  }
  out.push(`--${n.boundary}--`);
  return out.join(CRLF);
}

/** A whole message: top-level headers in the order given, then the MIME tree. */
export function message(headers: [string, string][], root: Node): string {
  const h = headers.map(([k, v]) => foldHeader(k, v));
  h.push('MIME-Version: 1.0');
  h.push(...nodeHeaders(root));
  return `${h.join(CRLF)}${CRLF}${CRLF}${nodeBody(root)}${CRLF}`;
}

export const textPart = (text: string, encoding: Encoding = 'quoted-printable', charset = 'utf-8'): Leaf => ({
  type: `text/plain; charset="${charset}"`, encoding, content: text,
});

export const htmlPart = (html: string, encoding: Encoding = 'quoted-printable'): Leaf => ({
  type: 'text/html; charset="utf-8"', encoding, content: html,
});

export const pdfPart = (name: string, pdf: Buffer): Leaf => ({
  type: `application/pdf; name="${name}"`,
  encoding: 'base64',
  content: pdf,
  headers: [
    ['Content-Description', name],
    ['Content-Disposition', `attachment; filename="${name}"; size=${pdf.length}`],
  ],
});

export const imagePart = (name: string, cid: string, png: Buffer): Leaf => ({
  type: `image/png; name="${name}"`,
  encoding: 'base64',
  content: png,
  headers: [
    ['Content-Description', name],
    ['Content-Disposition', `inline; filename="${name}"; size=${png.length}`],
    ['Content-ID', `<${cid}>`],
  ],
});

// ---------------------------------------------------------------- HTML helpers

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The boilerplate Outlook wraps round every HTML body. */
export function outlookHtml(body: string, font = 'Aptos'): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:${font};}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"${font}",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"${font}",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>
`;
}

/** Outlook paragraph helper. */
export const p = (html: string, style = '') => `<p class="MsoNormal"${style ? ` style="${style}"` : ''}>${html}<o:p></o:p></p>`;
export const blank = () => p('&nbsp;');

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', hellip: '…', pound: '£' };

/** The plain-text alternative Outlook writes beside an HTML body (roughly: blocks become lines, cells tabs). */
export function htmlToText(html: string): string {
  let s = html.replace(/\r\n/g, '\n');
  s = s.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  s = s.replace(/\n/g, ' ');
  s = s.replace(/<img[^>]*alt="([^"]*)"[^>]*>/gi, '[$1]').replace(/<img[^>]*>/gi, '');
  s = s.replace(/<a [^>]*href="mailto:([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, _to: string, t: string) => t);
  s = s.replace(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, t: string) => (t.replace(/<[^>]+>/g, '').trim() === href ? t : `${t}<${href}>`));
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/(td|th)>/gi, '\t');
  s = s.replace(/<\/(p|div|tr|h[1-6]|li|table)>/gi, '\n');
  s = s.replace(/<li[^>]*>/gi, '- ');
  s = s.replace(/<hr[^>]*>/gi, '\n________________________________\n');
  s = s.replace(/<[^>]+>/g, '');
  s = s.replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m));
  const lines = s.split('\n').map((l) => l.replace(/^[\t ]+/, '').replace(/[ \u00a0]+/g, (m) => (m.includes('\u00a0') ? ' ' : m.length > 1 ? ' ' : m)).replace(/\t+$/g, '').replace(/^ +| +$/g, ''));
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && out[out.length - 1] === '') continue;
    out.push(l);
  }
  return out.join('\n').trim() + '\n';
}

/** multipart/alternative of an HTML body and its derived text. */
export function alternative(seed: string, html: string, opts: { text?: string; enc?: Encoding } = {}): Multi {
  return {
    multipart: 'alternative',
    boundary: boundaryFor(seed, 'alt'),
    parts: [textPart(opts.text ?? htmlToText(html), opts.enc ?? 'quoted-printable'), htmlPart(html, opts.enc ?? 'quoted-printable')],
  };
}

// ---------------------------------------------------------------- dates and standard headers

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date from an ISO string (UTC). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export function nhsAuth(domain = 'nhs.net', dkim: 'pass' | 'none' | 'fail' = 'pass'): [string, string] {
  const ip = domain === 'nhs.net' ? '40.92.11.47' : '185.132.181.20';
  return ['Authentication-Results', `spf=pass (sender IP is ${ip}) smtp.mailfrom=${domain}; dkim=${dkim}${dkim === 'pass' ? ' (signature was verified)' : ''} header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`];
}

export function received(iso: string, seed: string): [string, string] {
  const r = rng(seedOf(`${seed}/rcv`));
  const a = `LO${Math.floor(r() * 9)}P265MB${1000 + Math.floor(r() * 8999)}.GBRP265.PROD.OUTLOOK.COM`;
  const b = `CWLP265MB${1000 + Math.floor(r() * 8999)}.GBRP265.PROD.OUTLOOK.COM`;
  return ['Received', `from ${a} (2603:10a6:600:${hex(r, 3).toLowerCase()}::${Math.floor(r() * 20)}) by ${b} with HTTPS; ${rfcDate(iso)}`];
}

export interface Std {
  seed: string;
  date: string; // ISO
  from: string; // already formatted with addr()
  to: string;
  subject: string; // raw (encoded here if needed)
  sender?: string;
  cc?: string;
  replyTo?: string;
  inReplyTo?: string;
  references?: string;
  threadTopic?: string;
  authDomain?: string | null; // null: no Authentication-Results header
  extra?: [string, string][];
  messageId?: string;
  lang?: string;
  attach?: boolean;
}

/** Headers in the order Exchange writes them. */
export function stdHeaders(o: Std): [string, string][] {
  const h: [string, string][] = [];
  if (o.authDomain !== null) h.push(nhsAuth(o.authDomain ?? 'nhs.net'));
  h.push(received(o.date, o.seed));
  h.push(['From', o.from]);
  if (o.sender) h.push(['Sender', o.sender]);
  h.push(['To', o.to]);
  if (o.cc) h.push(['CC', o.cc]);
  if (o.replyTo) h.push(['Reply-To', o.replyTo]);
  h.push(['Subject', encodeWord(o.subject)]);
  if (o.threadTopic) h.push(['Thread-Topic', encodeWord(o.threadTopic)]);
  h.push(['Date', rfcDate(o.date)]);
  h.push(['Message-ID', o.messageId ?? exchangeId(o.seed)]);
  if (o.inReplyTo) h.push(['In-Reply-To', o.inReplyTo]);
  if (o.references) h.push(['References', o.references]);
  h.push(['Accept-Language', 'en-GB, en-US']);
  h.push(['Content-Language', o.lang ?? 'en-GB']);
  h.push(['X-MS-Has-Attach', o.attach ? 'yes' : '']);
  h.push(['X-MS-TNEF-Correlator', '']);
  for (const e of o.extra ?? []) h.push(e);
  return h;
}

export const PORTAL = 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>';
export const PORTAL_BARE = 'pcse.portalenquiries@nhs.net';
export const DATAMGR = '"PCSE Data Manager (PRIMARY CARE SUPPORT ENGLAND)" <pcse.datamanager@nhs.net>';
export const DATAMGR_BARE = 'pcse.datamanager@nhs.net';
export const OE = 'PCSE Open Exeter <pcse.openexeter@nhs.net>';
export const OE_BARE = 'pcse.openexeter@nhs.net';

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p>********************************************************************************************************************</p>
<p>This message may contain confidential information. If you are not the intended recipient please inform the<br>
sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.</p>
<p>NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.</p>
<p>For more information and to find out how you can switch, <a href="https://portal.nhs.net/help/joiningnhsmail">https://portal.nhs.net/help/joiningnhsmail</a></p>
`;

// ---------------------------------------------------------------- the corpus entry

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Entry {
  slug: string; // NNN-name
  eml: string;
  expected: Expected;
}

export const person = (name: string | null, email: string | null) => ({ name, email });

export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export function expectedJson(e: Expected): string {
  const ordered = { mailbox: e.mailbox, kind: e.kind, ignored: e.ignored, organisation: e.organisation, fields: e.fields, mustRaise: e.mustRaise, traits: e.traits };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Quotes text Outlook-style for a plain reply ("> "). */
export const quote = (s: string) => s.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

/** The message tree for a body with optional inline images (multipart/related) and attachments (multipart/mixed). */
export function compose(seed: string, body: Node, opts: { images?: Leaf[]; attachments?: Leaf[] } = {}): Node {
  let node: Node = body;
  if (opts.images?.length) {
    node = { multipart: 'related', params: 'type="multipart/alternative"', boundary: boundaryFor(seed, 'rel'), parts: [node, ...opts.images] };
  }
  if (opts.attachments?.length) {
    node = { multipart: 'mixed', boundary: boundaryFor(seed, 'mix'), parts: [node, ...opts.attachments] };
  }
  return node;
}

/** Outlook's separator block above a forwarded or replied-to message (HTML). */
export function outlookQuoteHeader(h: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> ${esc(h.from)}<br>
<b>Sent:</b> ${esc(h.sent)}<br>
<b>To:</b> ${esc(h.to)}<br>${h.cc ? `\n<b>Cc:</b> ${esc(h.cc)}<br>` : ''}
<b>Subject:</b> ${esc(h.subject)}<o:p></o:p></span></p>
</div>`;
}

/** Outlook's plain-text separator above a forwarded message. */
export function outlookQuoteHeaderText(h: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  return `-----Original Message-----\nFrom: ${h.from}\nSent: ${h.sent}\nTo: ${h.to}\n${h.cc ? `Cc: ${h.cc}\n` : ''}Subject: ${h.subject}\n`;
}

/** Outlook for iOS: a short HTML body and its text, with the app's own sign-off. */
export function iosAlternative(seed: string, text: string): Multi {
  const body = text.trim();
  const html = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="auto">${body.split('\n').map((l) => (l ? esc(l) : '<br>')).join('<br>\n')}</div>
<div dir="ltr"><br></div>
<div id="ms-outlook-mobile-signature" dir="auto">
<div dir="ltr">Sent from <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>
</div>
</body></html>
`;
  return { multipart: 'alternative', boundary: boundaryFor(seed, 'alt'), parts: [textPart(`${body}\n\nSent from Outlook for iOS\n`, 'quoted-printable'), htmlPart(html, 'quoted-printable')] };
}
