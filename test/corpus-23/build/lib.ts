// Writer S's MIME kit: everything by hand, deterministic (no clocks, no Math.random outside the seeded one).
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

export const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** mulberry32: a small seeded generator, so scans and ids are the same on every run. */
export function rng(seed: string): () => number {
  let a = Number.parseInt(sha(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Encodings

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** Quoted-printable (RFC 2045) with soft breaks at 76 characters, CRLF line ends. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
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

export function b64(data: Buffer | string, width = 76): string {
  const s = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

/** RFC 2047 encoded words (B or Q), split on character boundaries so no word passes 75 characters. */
export function encodeWords(s: string, enc: 'B' | 'Q' = 'B', charset = 'utf-8'): string {
  if (isAscii(s)) return s;
  const chunks: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (Buffer.byteLength(cur + ch, 'utf8') > (enc === 'B' ? 42 : 22)) {
      chunks.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) chunks.push(cur);
  return chunks
    .map((c) => {
      if (enc === 'B') return `=?${charset}?B?${Buffer.from(c, 'utf8').toString('base64')}?=`;
      const q = [...Buffer.from(c, 'utf8')]
        .map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
        .join('');
      return `=?${charset}?Q?${q}?=`;
    })
    .join(`${CRLF} `);
}

export interface Addr {
  name?: string;
  email: string;
}

export function addr(a: Addr, enc: 'B' | 'Q' = 'B'): string {
  if (!a.name) return a.email;
  if (!isAscii(a.name)) return `${encodeWords(a.name, enc)} <${a.email}>`;
  if (/[,.;:()<>@"[\]]/.test(a.name)) return `"${a.name.replace(/"/g, '\\"')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}

/** Folds a long header at spaces (RFC 5322 2.2.3). */
export function fold(name: string, value: string): string {
  const full = `${name}: ${value}`;
  if (full.length <= 78 || full.includes(CRLF)) return full;
  const words = full.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date of an ISO instant, shown at a fixed offset (minutes east of UTC). */
export function rfcDate(iso: string, offsetMin = 0, padDay = false): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMin < 0 ? '-' : '+';
  const off = `${sign}${p(Math.floor(Math.abs(offsetMin) / 60))}${p(Math.abs(offsetMin) % 60)}`;
  const day = padDay ? p(d.getUTCDate()) : String(d.getUTCDate());
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${off}`;
}

export function shiftIso(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

// ---------------------------------------------------------------------------------------------------------------
// MIME tree

export interface Leaf {
  type: string;
  cte: '7bit' | '8bit' | 'quoted-printable' | 'base64';
  body: string | Buffer;
  headers?: string[];
}
export interface Multi {
  multipart: string;
  boundary: string;
  parts: Node[];
  preamble?: string;
  headers?: string[];
}
export type Node = Leaf | Multi;

function encodeBody(l: Leaf): string {
  if (l.cte === 'base64') return b64(typeof l.body === 'string' ? Buffer.from(l.body, 'utf8') : l.body);
  const s = typeof l.body === 'string' ? l.body : l.body.toString('utf8');
  if (l.cte === 'quoted-printable') return qp(s);
  return s.replace(/\r\n/g, '\n').split('\n').join(CRLF);
}

export function renderNode(n: Node): { headers: string[]; body: string } {
  if ('multipart' in n) {
    const headers = [`Content-Type: multipart/${n.multipart};${CRLF}\tboundary="${n.boundary}"`, ...(n.headers ?? [])];
    const chunks: string[] = [];
    if (n.preamble !== undefined) chunks.push(n.preamble, '');
    for (const p of n.parts) {
      const r = renderNode(p);
      chunks.push(`--${n.boundary}`, ...r.headers, '', r.body);
    }
    chunks.push(`--${n.boundary}--`, '');
    return { headers, body: chunks.join(CRLF) };
  }
  const headers = [`Content-Type: ${n.type}`, `Content-Transfer-Encoding: ${n.cte}`, ...(n.headers ?? [])];
  return { headers, body: encodeBody(n) };
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies: paragraphs and tables, rendered both as text and as the HTML a client would write

export type Block =
  | string
  | { table: string[][]; header?: boolean; text?: 'cells' | 'tabs' | 'spaces' | 'pipes'; boldFirstCol?: boolean }
  | { quote: string; html?: string };

const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u00a0-\uffff]/g, (c) => `&#${c.codePointAt(0)};`);
export { esc as htmlEscape };

function linkify(s: string): string {
  return esc(s).replace(/([a-z0-9._'-]+@[a-z0-9.-]+\.[a-z]{2,})/gi, '<a href="mailto:$1">$1</a>');
}

export function textTable(rows: string[][], mode: 'cells' | 'tabs' | 'spaces' | 'pipes'): string {
  if (mode === 'cells') return rows.map((r) => r.join('\n')).join('\n');
  if (mode === 'tabs') return rows.map((r) => r.join('\t')).join('\n');
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  if (mode === 'spaces') return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 3))).join('').trimEnd()).join('\n');
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return b;
      if ('quote' in b) return b.quote;
      return textTable(b.table, b.text ?? 'cells');
    })
    .join('\n\n');
}

export function wordHtml(blocks: Block[], opts: { font?: string } = {}): string {
  const font = opts.font ?? 'Arial';
  const para = (s: string) =>
    s
      .split('\n')
      .map((l) => `<p class="MsoNormal">${l.trim() === '' ? '&nbsp;' : linkify(l)}<o:p></o:p></p>`)
      .join('\n');
  const body = blocks
    .map((b) => {
      if (typeof b === 'string') return `${para(b)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`;
      if ('quote' in b) return b.html ?? `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n${para(b.quote)}\n</div>`;
      const rows = b.table
        .map((r, ri) => {
          const cells = r
            .map((c, ci) => {
              const bold = (b.header && ri === 0) || (b.boldFirstCol && ci === 0);
              const inner = c === '' ? '&nbsp;' : linkify(c);
              return `<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n<p class="MsoNormal">${bold ? `<b>${inner}</b>` : inner}<o:p></o:p></p>\n</td>`;
            })
            .join('\n');
          return `<tr>\n${cells}\n</tr>`;
        })
        .join('\n');
      return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${rows}\n</tbody>\n</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`;
    })
    .join('\n');
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
    `\t{margin:0cm;`,
    `\tfont-size:11.0pt;`,
    `\tfont-family:"${font}",sans-serif;`,
    `\tmso-ligatures:standardcontextual;`,
    `\tmso-fareast-language:EN-US;}`,
    'a:link, span.MsoHyperlink',
    '\t{mso-style-priority:99;',
    '\tcolor:#467886;',
    '\ttext-decoration:underline;}',
    'span.EmailStyle17',
    '\t{mso-style-type:personal-compose;',
    `\tfont-family:"${font}",sans-serif;`,
    '\tcolor:windowtext;}',
    '.MsoChpDefault',
    '\t{mso-style-type:export-only;',
    '\tfont-size:10.0pt;}',
    '@page WordSection1',
    '\t{size:612.0pt 792.0pt;',
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1',
    '\t{page:WordSection1;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
    '<div class="WordSection1">',
    body,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

export function gmailHtml(blocks: Block[]): string {
  const para = (s: string) => s.split('\n').map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${linkify(l)}</div>`)).join('');
  const body = blocks
    .map((b) => {
      if (typeof b === 'string') return `${para(b)}<div><br></div>`;
      if ('quote' in b) return b.html ?? `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${para(b.quote)}</blockquote>`;
      const rows = b.table
        .map(
          (r, ri) =>
            `<tr style="height:21px">${r
              .map((c) => `<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;border:1px solid rgb(204,204,204)${b.header && ri === 0 ? ';font-weight:bold' : ''}">${linkify(c)}</td>`)
              .join('')}</tr>`,
        )
        .join('');
      return `<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none"><tbody>${rows}</tbody></table><div><br></div>`;
    })
    .join('');
  return `<div dir="ltr">${body}</div>\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Whole messages, with the header sets of the clients practices use

export type Client = 'outlook' | 'outlook-android' | 'gmail' | 'apple' | 'iphone' | 'thunderbird' | 'system';

export interface Attachment {
  filename: string;
  data: Buffer;
  contentType?: string;
}

export interface MailSpec {
  client: Client;
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  subject: string;
  date: string; // ISO instant
  offset?: number; // minutes east of UTC the client shows
  text: string;
  html?: string;
  attachments?: Attachment[];
  inReplyTo?: string;
  references?: string[];
  extraHeaders?: string[];
  /** a fixed Message-ID; otherwise one is made from the content's hash */
  messageId?: string;
  /** whole top-level node to use instead of the text/html/attachments one (reports) */
  node?: Node;
}

const domainOf = (e: string) => e.split('@')[1]!.toLowerCase();

function authResults(from: string, h: string): string {
  const d = domainOf(from);
  const ip = `${40 + (Number.parseInt(h.slice(0, 2), 16) % 60)}.${Number.parseInt(h.slice(2, 4), 16)}.${Number.parseInt(h.slice(4, 6), 16)}.${Number.parseInt(h.slice(6, 8), 16)}`;
  return [
    `Authentication-Results: spf=pass (sender IP is ${ip})`,
    ` smtp.mailfrom=${d}; dkim=pass (signature was verified)`,
    ` header.d=${d};dmarc=pass action=none`,
    ` header.from=${d};compauth=pass reason=100`,
  ].join(CRLF);
}

function exchangeHost(h: string): string {
  const n = Number.parseInt(h.slice(0, 4), 16);
  const pre = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB', 'CWXP265MB'][n % 5]!;
  return `${pre}${String(1000 + (n % 8999))}`;
}

export function buildMail(spec: MailSpec): string {
  const atts = spec.attachments ?? [];
  const h = sha(`${spec.subject}\n${spec.date}\n${spec.text}\n${atts.map((a) => sha(a.data)).join(',')}`);
  const hUp = h.toUpperCase();
  const off = spec.offset ?? 0;
  const date = rfcDate(spec.date, off);
  const headers: string[] = [];
  let mid = spec.messageId;
  let node: Node;
  const textCharset = /[^\x00-\x7f]/.test(spec.text) ? 'utf-8' : 'us-ascii';
  const attNodes = (style: 'outlook' | 'gmail' | 'apple' | 'plain'): Leaf[] =>
    atts.map((a) => {
      const ct = a.contentType ?? 'application/pdf';
      const fn = isAscii(a.filename) ? `"${a.filename}"` : `"${encodeWords(a.filename)}"`;
      if (style === 'outlook')
        return {
          type: `${ct}; name=${fn}`,
          cte: 'base64',
          body: a.data,
          headers: [`Content-Description: ${isAscii(a.filename) ? a.filename : encodeWords(a.filename)}`, `Content-Disposition: attachment; filename=${fn}; size=${a.data.length};${CRLF}\tcreation-date="${rfcDate(shiftIso(spec.date, -600), 0)}";${CRLF}\tmodification-date="${rfcDate(shiftIso(spec.date, -60), 0)}"`],
        };
      if (style === 'gmail')
        return { type: `${ct}; name=${fn}`, cte: 'base64', body: a.data, headers: [`Content-Disposition: attachment; filename=${fn}`, `Content-ID: <f_${h.slice(10, 21)}0>`, `X-Attachment-Id: f_${h.slice(10, 21)}0`] };
      if (style === 'apple') return { type: `${ct};${CRLF}\tx-unix-mode=0644;${CRLF}\tname=${fn}`, cte: 'base64', body: a.data, headers: [`Content-Disposition: attachment;${CRLF}\tfilename=${fn}`] };
      return { type: `${ct}; name=${fn}`, cte: 'base64', body: a.data, headers: [`Content-Disposition: attachment; filename=${fn}`] };
    });

  switch (spec.client) {
    case 'outlook':
    case 'outlook-android': {
      const host = exchangeHost(h);
      mid ??= `<${host}${hUp.slice(0, 20)}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
      const tIndex = Buffer.from(h.slice(0, 44), 'hex').toString('base64');
      const plain: Leaf = { type: `text/plain; charset="${textCharset}"`, cte: 'quoted-printable', body: spec.text };
      const alt: Node = spec.html
        ? { multipart: 'alternative', boundary: `_000_${host}${hUp.slice(20, 40)}${host}GBRP_`, parts: [plain, { type: 'text/html; charset="utf-8"', cte: 'quoted-printable', body: spec.html }] }
        : plain;
      node = atts.length ? { multipart: 'mixed', boundary: `_004_${host}${hUp.slice(20, 40)}${host}GBRP_`, parts: [alt, ...attNodes('outlook')] } : alt;
      headers.push(
        `Received: from ${host}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:${h.slice(40, 43)}:${h.slice(43, 46)}::${h.slice(46, 48)}) by${CRLF} ${exchangeHost(h.slice(8))}.GBRP265.PROD.OUTLOOK.COM ([fe80::${h.slice(48, 52)}:${h.slice(52, 56)}:${h.slice(56, 60)}:${h.slice(60, 64)}%6]) with mapi id${CRLF} 15.20.${8000 + (Number.parseInt(h.slice(0, 3), 16) % 999)}.${10 + (Number.parseInt(h.slice(3, 5), 16) % 30)}; ${rfcDate(shiftIso(spec.date, 1), 0)}`,
        authResults(spec.from.email, h),
        fold('From', addr(spec.from)),
        fold('To', spec.to.map((a) => addr(a)).join(', ')),
      );
      if (spec.cc?.length) headers.push(fold('CC', spec.cc.map((a) => addr(a)).join(', ')));
      headers.push(fold('Subject', encodeWords(spec.subject)), fold('Thread-Topic', encodeWords(spec.subject.replace(/^(RE|FW|Fwd|AW):\s*/i, ''))), `Thread-Index: ${tIndex}`, `Date: ${date}`, `Message-ID: ${mid}`);
      if (spec.references?.length) headers.push(fold('References', spec.references.join(' ')));
      if (spec.inReplyTo) headers.push(`In-Reply-To: ${spec.inReplyTo}`);
      headers.push('Accept-Language: en-GB, en-US', 'Content-Language: en-GB', `X-MS-Has-Attach: ${atts.length ? 'yes' : ''}`, 'X-MS-TNEF-Correlator:');
      if (spec.client === 'outlook') headers.push('msip_labels:');
      if (spec.client === 'outlook-android') headers.push('x-ms-reactions: allow');
      break;
    }
    case 'gmail': {
      mid ??= `<CA${Buffer.from(h.slice(0, 30), 'hex').toString('base64').replace(/[/=]/g, '_').replace(/\+/g, '-')}${hUp.slice(30, 40)}@mail.gmail.com>`;
      const alt: Node = {
        multipart: 'alternative',
        boundary: `000000000000${h.slice(0, 16)}`,
        parts: [
          { type: 'text/plain; charset="UTF-8"', cte: isAscii(spec.text.replace(/\n/g, ' ')) ? '7bit' : 'quoted-printable', body: spec.text },
          ...(spec.html ? [{ type: 'text/html; charset="UTF-8"', cte: 'quoted-printable' as const, body: spec.html }] : []),
        ],
      };
      node = atts.length ? { multipart: 'mixed', boundary: `000000000000${h.slice(16, 32)}`, parts: [alt, ...attNodes('gmail')] } : alt;
      headers.push(authResults(spec.from.email, h), 'MIME-Version: 1.0');
      if (spec.references?.length) headers.push(fold('References', spec.references.join(' ')));
      if (spec.inReplyTo) headers.push(`In-Reply-To: ${spec.inReplyTo}`);
      headers.push(fold('From', addr(spec.from)), `Date: ${date}`, `Message-ID: ${mid}`, fold('Subject', encodeWords(spec.subject)), fold('To', spec.to.map((a) => addr(a)).join(', ')));
      if (spec.cc?.length) headers.push(fold('Cc', spec.cc.map((a) => addr(a)).join(', ')));
      break;
    }
    case 'apple':
    case 'iphone': {
      const uuid = `${hUp.slice(0, 8)}-${hUp.slice(8, 12)}-${hUp.slice(12, 16)}-${hUp.slice(16, 20)}-${hUp.slice(20, 32)}`;
      mid ??= `<${uuid}@${domainOf(spec.from.email)}>`;
      const plain: Leaf = { type: 'text/plain;\r\n\tcharset=utf-8', cte: 'quoted-printable', body: spec.text };
      let main: Node = spec.html ? { multipart: 'alternative', boundary: `Apple-Mail=_${hUp.slice(32, 40)}-${hUp.slice(40, 44)}-${hUp.slice(44, 48)}-${hUp.slice(48, 52)}-${hUp.slice(52, 64)}`, parts: [plain, { type: 'text/html;\r\n\tcharset=utf-8', cte: 'quoted-printable', body: spec.html }] } : plain;
      if (atts.length) main = { multipart: 'mixed', boundary: `Apple-Mail-${hUp.slice(0, 8)}-${hUp.slice(8, 12)}-${hUp.slice(12, 16)}-${hUp.slice(16, 20)}-${hUp.slice(24, 36)}`, parts: [main, ...attNodes('apple')] };
      node = main;
      headers.push(authResults(spec.from.email, h), fold('From', addr(spec.from, 'Q')));
      headers.push(spec.client === 'apple' ? 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))' : 'Mime-Version: 1.0 (1.0)');
      headers.push(fold('Subject', encodeWords(spec.subject, 'Q')), `Date: ${date}`);
      if (spec.references?.length) headers.push(fold('References', spec.references.join(' ')));
      if (spec.inReplyTo) headers.push(`In-Reply-To: ${spec.inReplyTo}`);
      if (spec.cc?.length) headers.push(fold('Cc', spec.cc.map((a) => addr(a, 'Q')).join(', ')));
      headers.push(`Message-Id: ${mid}`, fold('To', spec.to.map((a) => addr(a, 'Q')).join(', ')), spec.client === 'apple' ? 'X-Mailer: Apple Mail (2.3826.200.121)' : 'X-Mailer: iPhone Mail (22B83)');
      break;
    }
    case 'thunderbird': {
      mid ??= `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${domainOf(spec.from.email)}>`;
      const plain: Leaf = { type: `text/plain; charset=UTF-8`, cte: isAscii(spec.text.replace(/[\n\t]/g, ' ')) ? '7bit' : '8bit', body: spec.text };
      node = atts.length ? { multipart: 'mixed', boundary: `------------${h.slice(0, 24)}`, preamble: 'This is a multi-part message in MIME format.', parts: [plain, ...attNodes('plain')] } : plain;
      headers.push(authResults(spec.from.email, h), `Message-ID: ${mid}`, `Date: ${date}`, 'MIME-Version: 1.0', 'User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB');
      if (spec.references?.length) headers.push(fold('References', spec.references.join(' ')));
      if (spec.inReplyTo) headers.push(`In-Reply-To: ${spec.inReplyTo}`);
      headers.push(fold('To', spec.to.map((a) => addr(a)).join(', ')));
      if (spec.cc?.length) headers.push(fold('Cc', spec.cc.map((a) => addr(a)).join(', ')));
      headers.push(fold('From', addr(spec.from)), fold('Subject', encodeWords(spec.subject)));
      break;
    }
    case 'system': {
      mid ??= `<${h.slice(0, 16)}.${h.slice(16, 24)}@${domainOf(spec.from.email)}>`;
      node = spec.node ?? { type: `text/plain; charset="${textCharset}"`, cte: textCharset === 'utf-8' ? 'quoted-printable' : '7bit', body: spec.text };
      headers.push(authResults(spec.from.email, h), fold('From', addr(spec.from)), fold('To', spec.to.map((a) => addr(a)).join(', ')), fold('Subject', encodeWords(spec.subject)), `Date: ${date}`, `Message-ID: ${mid}`);
      if (spec.references?.length) headers.push(fold('References', spec.references.join(' ')));
      if (spec.inReplyTo) headers.push(`In-Reply-To: ${spec.inReplyTo}`);
      break;
    }
  }
  headers.push(...(spec.extraHeaders ?? []));
  const r = renderNode(spec.node ?? node);
  if (spec.client !== 'gmail' && spec.client !== 'apple' && spec.client !== 'iphone' && spec.client !== 'thunderbird') headers.push('MIME-Version: 1.0');
  const all = [...headers, ...r.headers];
  return `${all.join(CRLF)}${CRLF}${CRLF}${r.body.replace(/(\r\n)*$/, '')}${CRLF}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The case each email should become

export interface Person {
  name: string | null;
  email: string | null;
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

export interface CorpusEmail {
  file: string; // NNN-slug, without extension
  eml: string;
  expected: Expected;
}

export const NHSMAIL_FOOTER = [
  '********************************************************************************************************************',
  '',
  'This message may contain confidential information. If you are not the intended recipient please inform the',
  'sender that you have received the message in error before deleting it.',
  'Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.',
  '',
  'NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.',
  '',
  'For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail',
].join('\n');

export const PCSE = {
  portal: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  data: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  oe: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
} as const;

/** Person helpers for expected files: emails lower-cased. */
export const P = (name: string | null, email: string | null): Person => ({ name, email: email?.toLowerCase() ?? null });

/** An Outlook-style message with a text part and the Word HTML of the same blocks. */
export function outlookBody(blocks: Block[], footer = true): { text: string; html: string } {
  const all = footer ? [...blocks, NHSMAIL_FOOTER] : blocks;
  return { text: blocksToText(all), html: wordHtml(all) };
}

export function email(mailbox: Expected['mailbox'], file: string, spec: MailSpec, exp: Omit<Expected, 'mailbox'>): CorpusEmail {
  return { file: `${mailbox}/${file}`, eml: buildMail(spec), expected: { mailbox, ...exp } };
}
