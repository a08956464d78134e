// MIME by hand for corpus 37 (writer AG): encodings, multiparts, Outlook/NHSmail header sets, and a tiny
// block model that renders one message body as plain text and as Outlook ("MsoNormal") HTML.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email {
  mailbox: Mailbox;
  slug: string;
  eml: string;
  expected: Expected;
  pdfs: number;
  scans: number;
}

export const person = (name: string | null, email: string | null) => ({ name, email: email?.toLowerCase() ?? null });

// ---------------------------------------------------------------------------------------------------------------
// Deterministic helpers

export function hex(seed: string, len: number): string {
  let out = '';
  let i = 0;
  while (out.length < len) out += createHash('sha256').update(`${seed}#${i++}`).digest('hex');
  return out.slice(0, len);
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const seedOf = (s: string) => parseInt(hex(s, 8), 16);

// ---------------------------------------------------------------------------------------------------------------
// Encodings

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** Quoted-printable (RFC 2045) over UTF-8 with soft breaks at 76 columns. */
export function qp(text: string, charset: 'utf-8' | 'windows-1252' = 'utf-8'): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = charset === 'utf-8' ? Buffer.from(line, 'utf8') : Buffer.from(cp1252(line));
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (b === 0x3d || b < 0x20 || b > 0x7e) {
        if (b === 0x09) toks.push('\t');
        else toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      } else toks.push(String.fromCharCode(b));
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
  return out.join('\n');
}

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };
function cp1252(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]!);
    else out.push(0x3f);
  }
  return out;
}

export function b64(buf: Buffer | string): string {
  const s = (typeof buf === 'string' ? Buffer.from(buf, 'utf8') : buf).toString('base64');
  return s.match(/.{1,76}/g)?.join('\n') ?? '';
}

/** RFC 2047 encoded word(s) for a header value that is not plain ASCII. */
export function ew(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  if (mode === 'B') {
    // Split on character boundaries so no multi-byte sequence straddles two words.
    const words: string[] = [];
    let cur = '';
    for (const ch of s) {
      if (Buffer.byteLength(cur + ch, 'utf8') > 42) {
        words.push(cur);
        cur = '';
      }
      cur += ch;
    }
    if (cur) words.push(cur);
    return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\n ');
  }
  const enc = [...Buffer.from(s, 'utf8')].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  const words = enc.match(/(=[0-9A-F]{2}|[^=]){1,45}/g) ?? [];
  return words.map((w) => `=?utf-8?Q?${w}?=`).join('\n ');
}

/** A mailbox for a header: `"Name" <addr>`, encoded when the name is not ASCII. */
export function mbox(name: string | null, email: string): string {
  if (!name) return email;
  if (!isAscii(name)) return `${ew(name)} <${email}>`;
  if (/[",.;:()<>@[\]\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a header line at spaces to stay under 78 columns. */
export function fold(line: string): string {
  if (line.length <= 78 || line.includes('\n')) return line;
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out.join('\n ');
}

/** Hard-wraps prose at `width` columns (lines that are already short are kept; blank lines kept). */
export function wrap(text: string, width = 72): string {
  return text.split('\n').map((line) => {
    if (line.length <= width) return line;
    const indent = /^\s*/.exec(line)![0];
    const words = line.trim().split(/ +/);
    const out: string[] = [];
    let cur = indent;
    for (const w of words) {
      if (cur.trim() && cur.length + 1 + w.length > width) {
        out.push(cur);
        cur = indent + w;
      } else cur = cur.trim() ? `${cur} ${w}` : indent + w;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Parts

export interface Part {
  headers: string[];
  body: string;
}

type Cte = 'qp' | '7bit' | '8bit' | 'base64';

function encodeBody(text: string, cte: Cte, charset: 'utf-8' | 'windows-1252' | 'us-ascii'): { cte: string; body: string } {
  if (cte === 'qp') return { cte: 'quoted-printable', body: qp(text, charset === 'windows-1252' ? 'windows-1252' : 'utf-8') };
  if (cte === 'base64') return { cte: 'base64', body: b64(Buffer.from(text, 'utf8')) };
  return { cte, body: text };
}

export function textPart(text: string, opts: { cte?: Cte; charset?: 'utf-8' | 'windows-1252' | 'us-ascii'; flowed?: boolean } = {}): Part {
  const charset = opts.charset ?? 'utf-8';
  const { cte, body } = encodeBody(text, opts.cte ?? 'qp', charset);
  const ct = `text/plain; charset="${charset}"${opts.flowed ? '; format=flowed' : ''}`;
  return { headers: [`Content-Type: ${ct}`, `Content-Transfer-Encoding: ${cte}`], body };
}

export function htmlPart(html: string, opts: { cte?: Cte; charset?: 'utf-8' | 'windows-1252' | 'us-ascii' } = {}): Part {
  const charset = opts.charset ?? 'utf-8';
  const { cte, body } = encodeBody(html, opts.cte ?? 'qp', charset);
  return { headers: [`Content-Type: text/html; charset="${charset}"`, `Content-Transfer-Encoding: ${cte}`], body };
}

export function calendarPart(ics: string): Part {
  return {
    headers: ['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', 'Content-Transfer-Encoding: base64'],
    body: b64(Buffer.from(ics, 'utf8')),
  };
}

export function attachment(filename: string, contentType: string, data: Buffer, opts: { inline?: boolean; cid?: string; outlook?: boolean; date?: string } = {}): Part {
  const fn = isAscii(filename) ? `"${filename}"` : `"${ew(filename)}"`;
  const headers = [`Content-Type: ${contentType}; name=${fn}`];
  if (opts.outlook) headers.push(`Content-Description: ${isAscii(filename) ? filename : ew(filename)}`);
  headers.push(`Content-Disposition: ${opts.inline ? 'inline' : 'attachment'}; filename=${fn}${opts.outlook ? `; size=${data.length};\n\tcreation-date="${(opts.date ?? 'Mon, 2 Nov 2026 09:00:00 +0000').replace('+0000', 'GMT')}";\n\tmodification-date="${(opts.date ?? 'Mon, 2 Nov 2026 09:00:00 +0000').replace('+0000', 'GMT')}"` : ''}`);
  if (opts.cid) headers.push(`Content-ID: <${opts.cid}>`);
  headers.push('Content-Transfer-Encoding: base64');
  return { headers, body: b64(data) };
}

export function rawPart(headers: string[], body: string): Part {
  return { headers, body };
}

export function multipart(subtype: string, boundary: string, parts: Part[], params = '', preamble = ''): Part {
  const lines: string[] = [];
  if (preamble) lines.push(preamble, '');
  for (const p of parts) {
    lines.push(`--${boundary}`, ...p.headers, '', p.body);
  }
  lines.push(`--${boundary}--`, '');
  return { headers: [`Content-Type: multipart/${subtype};\n\tboundary="${boundary}"${params}`], body: lines.join('\n') };
}

/** Assembles headers and a root part into an RFC 5322 message with CRLF line ends. */
export function message(headers: string[], root: Part): string {
  const all = [...headers.map(fold), 'MIME-Version: 1.0', ...root.headers];
  const msg = `${all.join('\n')}\n\n${root.body}`;
  const lf = msg.endsWith('\n') ? msg : `${msg}\n`;
  return lf.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Header sets

export interface Who {
  name: string | null;
  email: string;
}

export interface Envelope {
  id: string; // slug-like seed for ids and boundaries
  from: Who;
  sender?: Who; // "sent on behalf of"
  to: Who[];
  cc?: Who[];
  subject: string;
  date: string; // RFC 5322 date
  client?: 'outlook' | 'nhsmail-owa' | 'gmail' | 'exchange-trust' | 'plain' | 'system' | 'iphone';
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  dkimDomain?: string | null; // default: domain of from
  threadTopic?: string;
  importance?: 'High';
}

export const PCSE = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
} satisfies Record<Mailbox, Who>;

export function outlookMessageId(id: string, host = 'LO2P265MB'): string {
  const h = hex(`mid:${id}`, 36).toUpperCase();
  const server = `${host}${h.slice(0, 4)}`;
  return `<${server}${h.slice(4, 36)}@${server}.GBRP265.PROD.OUTLOOK.COM>`;
}

export function envelopeHeaders(e: Envelope, messageId: string): string[] {
  const domain = e.from.email.split('@')[1]!;
  const dkim = e.dkimDomain === undefined ? domain : e.dkimDomain;
  const h: string[] = [];
  const ip = `40.107.${seedOf(e.id) % 200}.${(seedOf(`${e.id}ip`) % 250) + 2}`;
  const client = e.client ?? 'outlook';
  if (client === 'gmail') {
    h.push(`Received: from mail-wr1-f${seedOf(e.id) % 70}.google.com (mail-wr1-f${seedOf(e.id) % 70}.google.com [209.85.221.${seedOf(e.id) % 90}])\n\tby mx.nhs.net with ESMTPS; ${e.date}`);
    h.push(`Authentication-Results: mx.nhs.net;\n\tdkim=pass header.d=gmail.com header.s=20230601;\n\tspf=pass smtp.mailfrom=${e.from.email};\n\tdmarc=pass (p=NONE) header.from=gmail.com`);
    h.push(`DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1794000000;\n\th=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n\tbh=${hex(`${e.id}bh`, 43)}=; b=${hex(`${e.id}b`, 60)}`);
  } else {
    const server = `LO${(seedOf(e.id) % 6) + 2}P265MB${(seedOf(`${e.id}s`) % 9000) + 1000}`;
    h.push(`Received: from ${server}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${(seedOf(e.id) % 900).toString(16)}::${(seedOf(`${e.id}x`) % 99).toString(16)}) by\n ${server}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${e.date}`);
    if (dkim) h.push(`Authentication-Results: spf=pass (sender IP is ${ip})\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\n header.d=${dkim};dmarc=pass action=none\n header.from=${domain};compauth=pass reason=100`);
    else h.push(`Authentication-Results: spf=none (sender IP is ${ip})\n smtp.mailfrom=${domain}; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=${domain};compauth=none reason=405`);
  }
  h.push(`From: ${mbox(e.from.name, e.from.email)}`);
  if (e.sender) h.push(`Sender: ${mbox(e.sender.name, e.sender.email)}`);
  h.push(`To: ${e.to.map((w) => mbox(w.name, w.email)).join(',\n\t')}`);
  if (e.cc?.length) h.push(`${client === 'gmail' ? 'Cc' : 'CC'}: ${e.cc.map((w) => mbox(w.name, w.email)).join(',\n\t')}`);
  h.push(`Subject: ${isAscii(e.subject) ? e.subject : ew(e.subject, 'Q')}`);
  if (client !== 'gmail' && client !== 'system' && client !== 'iphone') {
    h.push(`Thread-Topic: ${isAscii(e.threadTopic ?? e.subject) ? (e.threadTopic ?? e.subject) : ew(e.threadTopic ?? e.subject, 'Q')}`);
    h.push(`Thread-Index: ${Buffer.from(hex(`ti:${e.id}`, 44), 'hex').toString('base64')}`);
  }
  h.push(`Date: ${e.date}`);
  h.push(`Message-ID: ${messageId}`);
  if (e.inReplyTo) h.push(`In-Reply-To: ${e.inReplyTo}`);
  if (e.references) h.push(`References: ${e.references}`);
  if (e.importance) h.push(`Importance: ${e.importance}`, 'X-Priority: 1');
  if (client === 'outlook' || client === 'exchange-trust' || client === 'nhsmail-owa') {
    h.push('Accept-Language: en-GB, en-US', 'Content-Language: en-GB', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ');
    h.push(`x-ms-publictraffictype: Email`, `x-ms-traffictypediagnostic: ${(`LO${(seedOf(e.id) % 6) + 2}P265MB${(seedOf(`${e.id}s`) % 9000) + 1000}`)}:EE_`);
    h.push(`X-OriginatorOrg: ${dkim ?? domain}`);
  }
  if (client === 'nhsmail-owa') h.push('x-ms-exchange-organization-originalclientipaddress: 10.160.24.7', 'X-MS-Exchange-Transport-CrossTenantHeadersStamped: LO2P265MB5432');
  if (client === 'iphone') h.push('X-Mailer: iPhone Mail (22B91)');
  if (client === 'gmail') h.push('X-Gm-Message-State: AOJu0Yw' + hex(`${e.id}gm`, 20));
  h.push(...(e.extra ?? []));
  return h;
}

// ---------------------------------------------------------------------------------------------------------------
// Body blocks: one source, two renderings (plain text and Outlook HTML).

export type Block =
  | string // a paragraph; '\n' inside is a line break
  | { table: string[][]; head?: boolean; widths?: number[]; border?: boolean; caption?: string }
  | { list: string[]; ordered?: boolean }
  | { quoteHeader: { from: string; sent: string; to: string; cc?: string; subject: string } }
  | { rule: true }
  | { small: string } // a disclaimer paragraph in small grey type
  | { bold: string }
  | { html: string; text: string }; // escape hatch

export const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function padCells(rows: string[][]): string {
  const n = Math.max(...rows.map((r) => r.length));
  const w = Array.from({ length: n }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]! + 2))).join('').trimEnd()).join('\n');
}

export function renderText(blocks: Block[], opts: { tableStyle?: 'tabs' | 'pad' | 'outlook' } = {}): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') out.push(b);
    else if ('table' in b) {
      const style = opts.tableStyle ?? 'outlook';
      if (style === 'tabs') out.push(b.table.map((r) => r.join('\t')).join('\n'));
      else if (style === 'pad') out.push(padCells(b.table));
      // Outlook's own text alternative writes each cell on its own line, rows separated by a blank line.
      else out.push(b.table.map((r) => r.join('\n\n')).join('\n\n'));
    } else if ('list' in b) out.push(b.list.map((it, i) => (b.ordered ? `${i + 1}.  ${it}` : `  *   ${it}`)).join('\n'));
    else if ('quoteHeader' in b) {
      const q = b.quoteHeader;
      out.push(['________________________________', `From: ${q.from}`, `Sent: ${q.sent}`, `To: ${q.to}`, ...(q.cc ? [`Cc: ${q.cc}`] : []), `Subject: ${q.subject}`].join('\n'));
    } else if ('rule' in b) out.push('________________________________');
    else if ('small' in b) out.push(b.small);
    else if ('bold' in b) out.push(b.bold);
    else out.push(b.text);
  }
  return `${out.join('\n\n')}\n`;
}

const P = (inner: string, style = '') => `<p class="MsoNormal"${style ? ` style="${style}"` : ''}>${inner}<o:p></o:p></p>`;
const lineHtml = (s: string) => escHtml(s).replace(/\n/g, '<br>\n');

export function renderOutlookHtml(blocks: Block[], opts: { font?: string; size?: string } = {}): string {
  const font = opts.font ?? 'Arial';
  const size = opts.size ?? '11.0pt';
  const parts: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') {
      for (const para of b.split('\n')) parts.push(P(para ? `<span style="font-size:${size};font-family:&quot;${font}&quot;,sans-serif">${escHtml(para)}</span>` : '&nbsp;'));
      parts.push(P('&nbsp;'));
    } else if ('table' in b) {
      const rows = b.table.map((r, ri) => {
        const cells = r.map((c, ci) => {
          const w = b.widths?.[ci];
          const bold = (b.head && ri === 0) || (!b.head && ci === 0 && r.length === 2);
          const border = b.border === false ? 'padding:0cm 5.4pt 0cm 5.4pt' : 'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt';
          return `<td${w ? ` width="${w}"` : ''} valign="top" style="${w ? `width:${(w * 0.75).toFixed(1)}pt;` : ''}${border}${b.head && ri === 0 ? ';background:#D9E2F3' : ''}">\n${P(`${bold ? '<b>' : ''}<span style="font-size:10.0pt;font-family:&quot;${font}&quot;,sans-serif">${lineHtml(c) || '&nbsp;'}</span>${bold ? '</b>' : ''}`)}\n</td>`;
        });
        return `<tr>\n${cells.join('\n')}\n</tr>`;
      });
      parts.push(`<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
      parts.push(P('&nbsp;'));
    } else if ('list' in b) {
      const tag = b.ordered ? 'ol' : 'ul';
      parts.push(`<${tag} style="margin-top:0cm" type="${b.ordered ? '1' : 'disc'}">\n${b.list.map((it) => `<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1"><span style="font-size:${size};font-family:&quot;${font}&quot;,sans-serif">${escHtml(it)}<o:p></o:p></span></li>`).join('\n')}\n</${tag}>`);
      parts.push(P('&nbsp;'));
    } else if ('quoteHeader' in b) {
      const q = b.quoteHeader;
      parts.push(`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n${P(`<b><span style="font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span style="font-family:&quot;Calibri&quot;,sans-serif"> ${escHtml(q.from)} <br>\n<b>Sent:</b> ${escHtml(q.sent)}<br>\n<b>To:</b> ${escHtml(q.to)}<br>\n${q.cc ? `<b>Cc:</b> ${escHtml(q.cc)}<br>\n` : ''}<b>Subject:</b> ${escHtml(q.subject)}</span>`)}\n</div>`);
      parts.push(P('&nbsp;'));
    } else if ('rule' in b) parts.push('<div class="MsoNormal" align="center" style="text-align:center"><hr size="2" width="100%" align="center"></div>');
    else if ('small' in b) {
      for (const para of b.small.split('\n\n')) parts.push(P(`<span style="font-size:8.0pt;font-family:&quot;Arial&quot;,sans-serif;color:#7F7F7F">${lineHtml(para)}</span>`));
      parts.push(P('&nbsp;'));
    } else if ('bold' in b) {
      parts.push(P(`<b><span style="font-size:${size};font-family:&quot;${font}&quot;,sans-serif">${lineHtml(b.bold)}</span></b>`));
      parts.push(P('&nbsp;'));
    } else parts.push(b.html);
  }
  return outlookShell(parts.join('\n'));
}

export function outlookShell(inner: string): string {
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
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{mso-style-priority:34;
\tmargin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;
\tmso-fareast-language:EN-US;}
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
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Common furniture

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail`;

export const NHSMAIL_FOOTER_HTML = `<p>${NHSMAIL_FOOTER.split('\n\n').map((p) => escHtml(p).replace(/\n/g, ' ')).join('</p>\n<p>')}</p>`;

export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** Outlook's "Sent:" line, e.g. "09 November 2026 10:32". */
export function sentLine(iso: string): string {
  const d = new Date(iso);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}
