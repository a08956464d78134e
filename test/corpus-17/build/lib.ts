// Hand-built MIME for validation corpus 17 (writer M). Everything is deterministic: fixed dates, seeded noise.
import { createHash } from 'node:crypto';

// ---------------------------------------------------------------- seeded randomness

export function seedOf(s: string): number {
  return createHash('sha256').update(s).digest().readUInt32LE(0);
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number | string): () => number {
  let a = typeof seed === 'string' ? seedOf(seed) : seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hex(seed: string, n: number, upper = false): string {
  let out = '';
  let i = 0;
  while (out.length < n) out += createHash('sha256').update(`${seed}#${i++}`).digest('hex');
  out = out.slice(0, n);
  return upper ? out.toUpperCase() : out;
}

export function alnum(seed: string, n: number, upper = true): string {
  const chars = upper ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' : 'abcdefghijklmnopqrstuvwxyz0123456789';
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(r() * chars.length)];
  return s;
}

// ---------------------------------------------------------------- dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date from an ISO instant (UTC), written as `+0000` (November: the UK is on GMT). */
export function rfcDate(iso: string, opts: { padDay?: boolean; zone?: string } = {}): string {
  const d = new Date(iso);
  const day = opts.padDay ? String(d.getUTCDate()).padStart(2, '0') : String(d.getUTCDate());
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = String(d.getUTCSeconds()).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}:${mm}:${ss} ${opts.zone ?? '+0000'}`;
}

/** "16 November 2026 09:14" style, as quoted in reply headers. */
export function longDate(iso: string): string {
  const d = new Date(iso);
  const full = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const dn = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return `${dn[d.getUTCDay()]}, ${d.getUTCDate()} ${full[d.getUTCMonth()]} ${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

export function shiftIso(iso: string, seconds: number): string {
  return new Date(new Date(iso).getTime() + seconds * 1000).toISOString();
}

// ---------------------------------------------------------------- charsets

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export type Charset = 'utf-8' | 'us-ascii' | 'iso-8859-1' | 'windows-1252';

export function encodeText(s: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (charset === 'windows-1252' && CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else if (charset !== 'us-ascii' && cp >= 0xa0 && cp <= 0xff) out.push(cp);
    else throw new Error(`character ${JSON.stringify(ch)} not representable in ${charset}`);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------- encodings

export const CRLF = '\r\n';

export function toCrlf(s: string): string {
  return s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);
}

/** Quoted-printable (RFC 2045) of bytes whose lines end in CRLF; soft breaks at `lineLen` (≤ 76). */
export function qpEncode(buf: Buffer, lineLen = 76): string {
  const lines: string[] = [];
  // split bytes on CRLF
  let start = 0;
  const rawLines: Buffer[] = [];
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0d && buf[i + 1] === 0x0a) {
      rawLines.push(buf.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  rawLines.push(buf.subarray(start));
  for (const line of rawLines) {
    const toks: string[] = [];
    for (let i = 0; i < line.length; i++) {
      const b = line[i]!;
      const last = i === line.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) toks.push(String.fromCharCode(b));
      else toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > lineLen - 1) {
        lines.push(`${cur}=`);
        cur = '';
      }
      cur += t;
    }
    lines.push(cur);
  }
  return lines.join(CRLF);
}

export function b64Encode(buf: Buffer, width = 76): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

/** RFC 2047 encoded-words, split so each stays under 75 characters; joined by folding whitespace. */
export function encodeWords(s: string, charset: Charset = 'utf-8', mode: 'Q' | 'B' = 'Q'): string {
  const words: string[] = [];
  const prefix = `=?${charset}?${mode}?`;
  const chars = [...s];
  let cur = '';
  const flush = () => {
    if (cur) words.push(`${prefix}${cur}?=`);
    cur = '';
  };
  if (mode === 'B') {
    let chunk = '';
    for (const ch of chars) {
      const next = chunk + ch;
      if (encodeText(next, charset).toString('base64').length + prefix.length + 2 > 75) {
        words.push(`${prefix}${encodeText(chunk, charset).toString('base64')}?=`);
        chunk = ch;
      } else chunk = next;
    }
    if (chunk) words.push(`${prefix}${encodeText(chunk, charset).toString('base64')}?=`);
    return words.join(`${CRLF} `);
  }
  for (const ch of chars) {
    let enc = '';
    for (const b of encodeText(ch, charset)) {
      if (ch === ' ') enc += '_';
      else if (/[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) && b < 0x80) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    if (prefix.length + cur.length + enc.length + 2 > 75) flush();
    cur += enc;
  }
  flush();
  return words.join(`${CRLF} `);
}

const needsEncoding = (s: string) => /[^\x20-\x7e]/.test(s);

export interface Addr {
  name?: string;
  email: string;
  /** how a non-ASCII display name is written (default Q in utf-8) */
  enc?: { mode: 'Q' | 'B'; charset?: Charset };
  /** force the display name in quotes even if it needs none */
  quote?: boolean;
}

export function fmtAddr(a: Addr): string {
  if (!a.name) return a.email;
  if (needsEncoding(a.name)) return `${encodeWords(a.name, a.enc?.charset ?? 'utf-8', a.enc?.mode ?? 'Q')} <${a.email}>`;
  if (a.quote || /[(),.:;<>@[\]"\\]/.test(a.name)) return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}

export function fmtAddrs(list: Addr[]): string {
  return list.map(fmtAddr).join(`,${CRLF} `);
}

export function subjectHeader(s: string, charset: Charset = 'utf-8', mode: 'Q' | 'B' = 'Q'): string {
  return needsEncoding(s) ? encodeWords(s, charset, mode) : foldPlain(s);
}

/** Folds a long unstructured header value at spaces (RFC 5322 2.2.3). */
export function foldPlain(s: string, width = 76): string {
  if (s.length <= width) return s;
  const words = s.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join(`${CRLF} `);
}

// ---------------------------------------------------------------- MIME parts

export type Header = [string, string];

export interface Part {
  headers: Header[];
  body: Buffer;
}

export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface TextOpts {
  charset?: Charset;
  cte?: Cte;
  flowed?: boolean;
  delsp?: boolean;
  qpLineLen?: number;
  /** quoted charset parameter (Outlook writes charset="utf-8") */
  quoteCharset?: boolean;
  /** charset label to declare if it differs from the real encoding (a mislabelled body) */
  declare?: string;
  extraHeaders?: Header[];
}

function encodeBody(bytes: Buffer, cte: Cte, qpLineLen?: number): Buffer {
  if (cte === 'quoted-printable') return Buffer.from(qpEncode(bytes, qpLineLen), 'ascii');
  if (cte === 'base64') return Buffer.from(b64Encode(bytes), 'ascii');
  return bytes;
}

export function textPart(s: string, o: TextOpts = {}, subtype = 'plain'): Part {
  const charset = o.charset ?? 'utf-8';
  const cte = o.cte ?? (charset === 'us-ascii' ? '7bit' : 'quoted-printable');
  const label = o.declare ?? charset;
  const cs = o.quoteCharset ? `"${label}"` : label;
  let ct = `text/${subtype}; charset=${cs}`;
  if (o.flowed) ct += `; format=flowed${o.delsp ? '; delsp=yes' : ''}`;
  const bytes = encodeText(toCrlf(s), charset);
  return {
    headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cte], ...(o.extraHeaders ?? [])],
    body: encodeBody(bytes, cte, o.qpLineLen),
  };
}

export function htmlPart(s: string, o: TextOpts = {}): Part {
  return textPart(s, o, 'html');
}

export interface AttachOpts {
  filename: string;
  contentType?: string;
  inline?: boolean;
  /** Outlook adds size= and Content-Description */
  outlook?: boolean;
  /** RFC 2231 filename* for non-ASCII */
  cid?: string;
}

export function attachment(data: Buffer, o: AttachOpts): Part {
  const ct = o.contentType ?? 'application/pdf';
  const headers: Header[] = [['Content-Type', `${ct}; name="${o.filename}"`]];
  if (o.outlook) headers.push(['Content-Description', o.filename]);
  headers.push(['Content-Disposition', `${o.inline ? 'inline' : 'attachment'}; filename="${o.filename}"${o.outlook ? `; size=${data.length}` : ''}`]);
  if (o.cid) headers.push(['Content-ID', `<${o.cid}>`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: Buffer.from(b64Encode(data), 'ascii') };
}

export function rfc822Part(msg: Buffer, filename?: string): Part {
  const headers: Header[] = [['Content-Type', 'message/rfc822']];
  if (filename) headers.push(['Content-Disposition', `attachment; filename="${filename}"`]);
  return { headers, body: msg };
}

export function multipart(subtype: string, parts: Part[], boundary: string, opts: { preamble?: string; params?: string } = {}): Part {
  const chunks: Buffer[] = [];
  if (opts.preamble) chunks.push(Buffer.from(`${opts.preamble}${CRLF}${CRLF}`, 'ascii'));
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}${CRLF}`, 'ascii'));
    chunks.push(renderPart(p));
    chunks.push(Buffer.from(CRLF, 'ascii'));
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'ascii'));
  return {
    headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${opts.params ?? ''}`]],
    body: Buffer.concat(chunks),
  };
}

function renderHeaders(h: Header[]): Buffer {
  return Buffer.from(h.map(([k, v]) => `${k}: ${v}${CRLF}`).join(''), 'latin1');
}

export function renderPart(p: Part): Buffer {
  return Buffer.concat([renderHeaders(p.headers), Buffer.from(CRLF), p.body]);
}

/** A whole message: top-level headers, then the part's own content headers, a blank line and the body. */
export function message(top: Header[], body: Part, opts: { mimeVersion?: string | null } = {}): Buffer {
  const h: Header[] = [...top];
  if (opts.mimeVersion !== null) h.push(['MIME-Version', opts.mimeVersion ?? '1.0']);
  h.push(...body.headers);
  const out = Buffer.concat([renderHeaders(h), Buffer.from(CRLF), body.body]);
  // make sure the file ends with CRLF
  return out.subarray(out.length - 2).toString() === CRLF ? out : Buffer.concat([out, Buffer.from(CRLF)]);
}

// ---------------------------------------------------------------- text helpers

/** Hard wrap at `width` columns, as Thunderbird or Apple Mail would (no format=flowed). Lines starting with '>' are kept. */
export function hardWrap(s: string, width = 72, flowed = false): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    if (line.length <= width || line.startsWith('>') || /^\s/.test(line)) {
      out.push(line);
      continue;
    }
    const words = line.split(' ');
    let cur = '';
    for (const w of words) {
      if (cur && cur.length + 1 + w.length > width) {
        out.push(flowed ? `${cur} ` : cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
  }
  return out.join('\n');
}

export function quote(s: string, prefix = '> '): string {
  return s.split('\n').map((l) => (l ? `${prefix}${l}` : prefix.trimEnd())).join('\n');
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Word-generated HTML as Outlook sends it, from plain text paragraphs. */
export function outlookHtml(text: string, opts: { font?: string; banner?: string; sig?: string } = {}): string {
  const font = opts.font ?? 'Arial';
  const paras = text.split('\n').map((l) =>
    l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${linkify(esc(l))}<o:p></o:p></p>`,
  );
  const banner = opts.banner
    ? `<div style="border:solid #9C6500 1.0pt;padding:6pt;background:#FFEB9C"><p class="MsoNormal"><b><span style="color:#9C6500">${esc(opts.banner)}</span></b></p></div>\r\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n`
    : '';
  return [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
    '<style><!--',
    '/* Font Definitions */',
    '@font-face',
    '\t{font-family:"Cambria Math";',
    '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
    '@font-face',
    '\t{font-family:Aptos;}',
    '/* Style Definitions */',
    `p.MsoNormal, li.MsoNormal, div.MsoNormal`,
    '\t{margin:0cm;',
    `\tfont-size:11.0pt;`,
    `\tfont-family:"${font}",sans-serif;`,
    '\tmso-ligatures:standardcontextual;',
    '\tmso-fareast-language:EN-US;}',
    'a:link, span.MsoHyperlink',
    '\t{mso-style-priority:99;',
    '\tcolor:#467886;',
    '\ttext-decoration:underline;}',
    '.MsoChpDefault',
    '\t{mso-style-type:export-only;',
    '\tfont-size:10.0pt;',
    '\tmso-ligatures:none;}',
    '@page WordSection1',
    '\t{size:612.0pt 792.0pt;',
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1',
    '\t{page:WordSection1;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
    `${banner}<div class="WordSection1">`,
    ...paras,
    ...(opts.sig ? [opts.sig] : []),
    '</div>',
    '</body>',
    '</html>',
  ].join('\r\n');
}

function linkify(s: string): string {
  return s.replace(/([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g, '<a href="mailto:$1">$1</a>');
}

/** Gmail's HTML: a ltr div with <br> lines. */
export function gmailHtml(text: string): string {
  const lines = text.split('\n').map((l) => (l === '' ? '<div><br></div>' : `<div>${linkify(esc(l))}</div>`));
  return `<div dir="ltr">${lines.join('')}</div>\r\n`;
}

// ---------------------------------------------------------------- client header sets

export type Auth = 'pass' | 'fail' | 'softfail' | 'none' | 'external-pass';

const NHS_IPS = ['40.92.7.21', '40.92.64.58', '52.101.73.88', '40.107.22.91', '52.101.68.14'];

/** The Authentication-Results NHSmail's Exchange Online stamps on inbound mail. */
export function authResults(auth: Auth, fromDomain: string, seed: string): Header[] {
  const r = rng(`${seed}-auth`);
  const ip = auth === 'external-pass' || !fromDomain.endsWith('nhs.net') ? `${Math.floor(r() * 150) + 20}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}` : NHS_IPS[Math.floor(r() * NHS_IPS.length)];
  const d = fromDomain;
  switch (auth) {
    case 'pass':
    case 'external-pass':
      return [['Authentication-Results', `spf=pass (sender IP is ${ip})${CRLF} smtp.mailfrom=${d}; dkim=pass (signature was verified)${CRLF} header.d=${d};dmarc=pass action=none${CRLF} header.from=${d};compauth=pass reason=100`]];
    case 'softfail':
      return [['Authentication-Results', `spf=softfail (sender IP is ${ip})${CRLF} smtp.mailfrom=${d}; dkim=none (message not signed)${CRLF} header.d=none;dmarc=fail action=none${CRLF} header.from=${d};compauth=softpass reason=201`]];
    case 'fail':
      return [['Authentication-Results', `spf=fail (sender IP is ${ip})${CRLF} smtp.mailfrom=${d}; dkim=fail (body hash did not verify)${CRLF} header.d=${d};dmarc=fail action=quarantine${CRLF} header.from=${d};compauth=fail reason=000`]];
    case 'none':
      return [];
  }
}

function exchangeHost(seed: string): string {
  const r = rng(`${seed}-host`);
  const pfx = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB', 'LO6P265MB', 'DB9P265MB'][Math.floor(r() * 6)]!;
  return `${pfx}${1000 + Math.floor(r() * 8999)}.GBRP265.PROD.OUTLOOK.COM`;
}

export function threadIndex(seed: string, replies = 0): string {
  const base = Buffer.from(hex(`${seed}-ti`, 44 + replies * 10), 'hex');
  return base.toString('base64');
}

export interface Envelope {
  seed: string;
  from: Addr;
  sender?: Addr;
  to: Addr[];
  cc?: Addr[];
  replyTo?: Addr;
  subject: string;
  subjectCharset?: Charset;
  subjectMode?: 'Q' | 'B';
  date: string; // ISO
  auth: Auth;
  inReplyTo?: string;
  references?: string[];
  hasAttach?: boolean;
  messageId?: string;
  extra?: Header[];
  importance?: 'high';
}

function received(seed: string, date: string, fromHost: string): Header[] {
  const h1 = exchangeHost(`${seed}-r1`);
  const h2 = exchangeHost(`${seed}-r2`);
  return [
    ['Received', `from ${h1} (2603:10a6:20b:${hex(seed, 3)}::${hex(`${seed}x`, 2)})${CRLF} by ${h2} with HTTPS; ${rfcDate(date)}`],
    ['Received', `from ${fromHost}${CRLF} by ${h1} with Microsoft SMTP Server (version=TLS1_2,${CRLF} cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.${8000 + Math.floor(rng(seed)() * 900)}.${Math.floor(rng(`${seed}v`)() * 40)}; ${rfcDate(shiftIso(date, -2))}`],
  ];
}

function addrHeaders(e: Envelope): Header[] {
  const h: Header[] = [['From', fmtAddr(e.from)]];
  if (e.sender) h.push(['Sender', fmtAddr(e.sender)]);
  h.push(['To', fmtAddrs(e.to)]);
  if (e.cc?.length) h.push(['CC', fmtAddrs(e.cc)]);
  if (e.replyTo) h.push(['Reply-To', fmtAddr(e.replyTo)]);
  return h;
}

function refHeaders(e: Envelope): Header[] {
  const h: Header[] = [];
  if (e.references?.length) h.push(['References', e.references.join(`${CRLF} `)]);
  if (e.inReplyTo) h.push(['In-Reply-To', e.inReplyTo]);
  return h;
}

const domainOf = (a: Addr) => a.email.slice(a.email.indexOf('@') + 1);

/** Outlook desktop / OWA on NHSmail (Exchange Online). */
export function outlookHeaders(e: Envelope): { headers: Header[]; messageId: string } {
  const host = exchangeHost(e.seed);
  const messageId = e.messageId ?? `<${host.split('.')[0]}${hex(`${e.seed}-mid`, 8, true)}@${host}>`;
  const topic = e.subject.replace(/^((RE|FW|Fwd|AW)\s*:\s*|\[EXTERNAL\]\s*)+/i, '');
  const h: Header[] = [
    ...received(e.seed, e.date, `${exchangeHost(`${e.seed}-src`)} (2603:10a6:600:${hex(`${e.seed}s`, 3)}::${hex(`${e.seed}t`, 2)})`),
    ...authResults(e.auth, domainOf(e.sender ?? e.from), e.seed),
    ...addrHeaders(e),
    ['Subject', subjectHeader(e.subject, e.subjectCharset, e.subjectMode)],
    ['Thread-Topic', needsEncoding(topic) ? encodeWords(topic) : foldPlain(topic)],
    ['Thread-Index', threadIndex(e.seed, e.references?.length ?? 0)],
    ['Date', rfcDate(e.date)],
    ['Message-ID', messageId],
    ...refHeaders(e),
    ['Accept-Language', 'en-GB, en-US'],
    ['Content-Language', 'en-GB'],
    ['X-MS-Has-Attach', e.hasAttach ? 'yes' : ''],
    ['X-MS-Exchange-Organization-SCL', '1'],
    ['X-MS-TNEF-Correlator', ''],
    ...(e.importance ? ([['Importance', 'high'], ['X-Priority', '1']] as Header[]) : []),
    ['msip_labels', ''],
    ['X-MS-Exchange-Organization-AuthSource', host],
    ['X-MS-Exchange-Organization-AuthAs', e.auth === 'pass' ? 'Internal' : 'Anonymous'],
    ['X-MS-Office365-Filtering-Correlation-Id', `${hex(`${e.seed}-c`, 8)}-${hex(`${e.seed}-c2`, 4)}-${hex(`${e.seed}-c3`, 4)}-${hex(`${e.seed}-c4`, 4)}-${hex(`${e.seed}-c5`, 12)}`],
    ['X-MS-Exchange-CrossTenant-OriginalArrivalTime', `${rfcDate(e.date, { padDay: true }).slice(5, 25)}.${String(Math.floor(rng(e.seed)() * 999)).padStart(4, '0')} (UTC)`],
    ['X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'],
    ['X-MS-Exchange-CrossTenant-id', '37c354b2-85b0-47f5-b222-07b48d774ee3'],
    ['X-MS-Exchange-Transport-CrossTenantHeadersStamped', host.split('.')[0]!],
    ...(e.extra ?? []),
  ];
  return { headers: h, messageId };
}

/** Gmail web. */
export function gmailHeaders(e: Envelope): { headers: Header[]; messageId: string } {
  const messageId = e.messageId ?? `<CA${alnum(`${e.seed}-g`, 14)}${alnum(`${e.seed}-g2`, 20, false)}+${alnum(`${e.seed}-g3`, 6)}@mail.gmail.com>`;
  const h: Header[] = [
    ['Received', `from mail-ed1-f${41 + Math.floor(rng(e.seed)() * 20)}.google.com (209.85.208.${41 + Math.floor(rng(e.seed)() * 20)})${CRLF} by ${exchangeHost(`${e.seed}-gx`)} (2603:10a6:800:${hex(e.seed, 3)}::5) with Microsoft SMTP Server${CRLF} (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8901.12; ${rfcDate(shiftIso(e.date, 3))}`],
    ...authResults(e.auth, domainOf(e.from), e.seed),
    ['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed;${CRLF}        d=gmail.com; s=20230601; t=${Math.floor(new Date(e.date).getTime() / 1000)}; x=${Math.floor(new Date(e.date).getTime() / 1000) + 604800}; darn=nhs.net;${CRLF}        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject${CRLF}         :date:message-id:reply-to;${CRLF}        bh=${Buffer.from(hex(`${e.seed}-bh`, 64), 'hex').toString('base64')};${CRLF}        b=${Buffer.from(hex(`${e.seed}-b`, 120), 'hex').toString('base64')}`],
    ['X-Gm-Message-State', `AOJu0Y${alnum(`${e.seed}-gm`, 40, false)}`],
    ['X-Google-Smtp-Source', `AGHT+IF${alnum(`${e.seed}-gs`, 60, false)}`],
    ['MIME-Version', '1.0'],
    ...refHeaders(e),
    ['From', fmtAddr(e.from)],
    ['Date', rfcDate(e.date)],
    ['Message-ID', messageId],
    ['Subject', subjectHeader(e.subject, e.subjectCharset, e.subjectMode)],
    ['To', fmtAddrs(e.to)],
    ...(e.cc?.length ? ([['Cc', fmtAddrs(e.cc)]] as Header[]) : []),
    ...(e.extra ?? []),
  ];
  return { headers: h, messageId };
}

/** Apple Mail on macOS (or iPhone Mail when `iphone`). */
export function appleHeaders(e: Envelope, iphone = false): { headers: Header[]; messageId: string } {
  const u = hex(`${e.seed}-uuid`, 32, true);
  const messageId = e.messageId ?? `<${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20)}@${domainOf(e.from)}>`;
  const h: Header[] = [
    ...received(e.seed, e.date, `${exchangeHost(`${e.seed}-a`)} (2603:10a6:20b:${hex(`${e.seed}a`, 3)}::9)`),
    ...authResults(e.auth, domainOf(e.from), e.seed),
    ['From', fmtAddr(e.from)],
    ['Mime-Version', iphone ? '1.0 (1.0)' : '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))'],
    ['Subject', subjectHeader(e.subject, e.subjectCharset, e.subjectMode)],
    ['Date', rfcDate(e.date)],
    ...refHeaders(e),
    ...(e.cc?.length ? ([['Cc', fmtAddrs(e.cc)]] as Header[]) : []),
    ['To', fmtAddrs(e.to)],
    ['Message-Id', messageId],
    ['X-Mailer', iphone ? 'iPhone Mail (22B91)' : 'Apple Mail (2.3826.300.87.4.3)'],
    ...(e.extra ?? []),
  ];
  return { headers: h, messageId };
}

/** Thunderbird. */
export function thunderbirdHeaders(e: Envelope): { headers: Header[]; messageId: string } {
  const u = hex(`${e.seed}-tb`, 32);
  const messageId = e.messageId ?? `<${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}-${u.slice(16, 20)}-${u.slice(20)}@${domainOf(e.from)}>`;
  const h: Header[] = [
    ...received(e.seed, e.date, `[10.${Math.floor(rng(e.seed)() * 250)}.4.17] (unknown [51.141.${Math.floor(rng(`${e.seed}q`)() * 250)}.3])`),
    ...authResults(e.auth, domainOf(e.from), e.seed),
    ['Message-ID', messageId],
    ['Date', rfcDate(e.date, { padDay: false })],
    ['MIME-Version', '1.0'],
    ['User-Agent', 'Mozilla Thunderbird'],
    ...refHeaders(e),
    ['Content-Language', 'en-GB'],
    ['To', fmtAddrs(e.to)],
    ...(e.cc?.length ? ([['Cc', fmtAddrs(e.cc)]] as Header[]) : []),
    ['From', fmtAddr(e.from)],
    ['Subject', subjectHeader(e.subject, e.subjectCharset, e.subjectMode)],
    ...(e.extra ?? []),
  ];
  return { headers: h, messageId };
}

/** Outlook for iOS / Android. */
export function outlookMobileHeaders(e: Envelope): { headers: Header[]; messageId: string } {
  const host = exchangeHost(e.seed);
  const messageId = e.messageId ?? `<${host.split('.')[0]}${hex(`${e.seed}-mm`, 8, true)}@${host}>`;
  const h: Header[] = [
    ...received(e.seed, e.date, `${host} (2603:10a6:10:${hex(`${e.seed}m`, 3)}::14)`),
    ...authResults(e.auth, domainOf(e.from), e.seed),
    ...addrHeaders(e),
    ['Subject', subjectHeader(e.subject, e.subjectCharset, e.subjectMode)],
    ['Thread-Topic', foldPlain(e.subject)],
    ['Thread-Index', threadIndex(e.seed)],
    ['Date', rfcDate(e.date)],
    ['Message-ID', messageId],
    ...refHeaders(e),
    ['Accept-Language', 'en-GB, en-US'],
    ['Content-Language', 'en-GB'],
    ['X-MS-Has-Attach', ''],
    ['X-MS-TNEF-Correlator', ''],
    ['x-ms-publictraffictype', 'Email'],
    ['x-ms-exchange-messagesentrepresentingtype', '1'],
    ...(e.extra ?? []),
  ];
  return { headers: h, messageId };
}

/** A generic SMTP sender (a web application, an appliance, a system notification). */
export function systemHeaders(e: Envelope, mailer?: string): { headers: Header[]; messageId: string } {
  const messageId = e.messageId ?? `<${hex(`${e.seed}-sys`, 24)}@${domainOf(e.from)}>`;
  const h: Header[] = [
    ...received(e.seed, e.date, `smtp.${domainOf(e.from)} (${Math.floor(rng(e.seed)() * 200) + 20}.44.${Math.floor(rng(`${e.seed}y`)() * 250)}.12)`),
    ...authResults(e.auth, domainOf(e.from), e.seed),
    ['Date', rfcDate(e.date)],
    ...addrHeaders(e),
    ['Subject', subjectHeader(e.subject, e.subjectCharset, e.subjectMode)],
    ['Message-ID', messageId],
    ...refHeaders(e),
    ...(mailer ? ([['X-Mailer', mailer]] as Header[]) : []),
    ...(e.extra ?? []),
  ];
  return { headers: h, messageId };
}

export function boundary(seed: string, style: 'outlook' | 'gmail' | 'apple' | 'tb' | 'plain' = 'outlook', n = 0): string {
  switch (style) {
    case 'outlook':
      return `_00${n}_${hex(`${seed}-b${n}`, 36, true)}_`;
    case 'gmail':
      return `0000000000${hex(`${seed}-gb${n}`, 18)}`;
    case 'apple':
      return `Apple-Mail=_${hex(`${seed}-ab${n}`, 8, true)}-${hex(`${seed}-ab2${n}`, 4, true)}-${hex(`${seed}-ab3${n}`, 4, true)}-${hex(`${seed}-ab4${n}`, 4, true)}-${hex(`${seed}-ab5${n}`, 12, true)}`;
    case 'tb':
      return `------------${alnum(`${seed}-tb${n}`, 24)}`;
    default:
      return `=_Part_${Math.floor(rng(`${seed}p${n}`)() * 99999)}_${Math.floor(rng(`${seed}q${n}`)() * 999999999)}.${Math.floor(new Date('2026-11-01').getTime())}`;
  }
}

// ---------------------------------------------------------------- the corpus's mailboxes and expected cases

export const PCSE = {
  portal: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  dm: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  oe: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
} as const;

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Person {
  name: string | null;
  email: string | null;
}

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface CorpusEmail {
  mailbox: Mailbox;
  slug: string; // NNN-slug
  eml: Buffer;
  expected: Expected;
  /** PDFs attached, for the README's list */
  forms?: { file: string; what: string; scan?: boolean }[];
}

export const p = (name: string | null, email: string | null): Person => ({ name, email: email?.toLowerCase() ?? null });
