// MIME built by hand for corpus-34 (writer AD): deterministic bytes, CRLF line ends, the header sets of the
// mail clients a practice really uses. Nothing here reads the project's own code.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

/** Seeded PRNG (mulberry32): the same seed gives the same noise on every run. */
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

export const seedOf = (s: string): number => createHash('sha256').update(s).digest().readUInt32BE(0);
export const hex = (s: string, n: number): string => createHash('sha256').update(s).digest('hex').slice(0, n);
export const b64id = (s: string, n: number): string => createHash('sha256').update(s).digest('base64').replace(/[+/=]/g, 'A').slice(0, n);

export interface Addr { name?: string | null; email: string }

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words, each at most 45 bytes of UTF-8 before encoding. */
export function encodeWords(text: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(text)) return text;
  const chunks: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (Buffer.byteLength(cur + ch, 'utf8') > 45) { chunks.push(cur); cur = ''; }
    cur += ch;
  }
  if (cur) chunks.push(cur);
  return chunks.map((c) => {
    if (mode === 'B') return `=?utf-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`;
    const q = [...Buffer.from(c, 'utf8')].map((b) => (b === 32 ? '_' : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    return `=?utf-8?Q?${q}?=`;
  }).join(' ');
}

export function fmtAddr(a: Addr): string {
  if (!a.name) return a.email;
  if (!isAscii(a.name)) return `${encodeWords(a.name)} <${a.email}>`;
  if (/[()<>[\]:;@\\,."]/.test(a.name)) return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}

/** Folds a header at spaces so that no line passes 78 characters where it can be helped. */
export function fold(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.trim().length > name.length + 1) { lines.push(cur); cur = ` ${w}`; } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

// ---------- bodies ----------

export type Enc = '7bit' | '8bit' | 'quoted-printable' | 'base64';
export interface Leaf {
  kind: 'leaf';
  type: string; // e.g. text/plain; charset="utf-8"
  enc: Enc;
  body: Buffer;
  headers?: [string, string][]; // Content-Disposition etc.
}
export interface Multi { kind: 'multi'; subtype: string; params?: string; parts: Node[]; boundary: string; preamble?: string }
export type Node = Leaf | Multi;

export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  return lines.map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
    let out = '';
    let cur = '';
    for (const t of tokens) {
      if (cur.length + t.length > 75) { out += `${cur}=${CRLF}`; cur = ''; }
      cur += t;
    }
    return out + cur;
  }).join(CRLF);
}

export function b64lines(buf: Buffer | Uint8Array): string {
  const s = Buffer.from(buf).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(CRLF);
}

const crlf = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);

export function text(body: string, o: { enc?: Enc; charset?: string; format?: string } = {}): Leaf {
  const charset = o.charset ?? (isAscii(body.replace(/\n/g, '')) ? 'us-ascii' : 'utf-8');
  const enc = o.enc ?? 'quoted-printable';
  return { kind: 'leaf', type: `text/plain; charset="${charset}"${o.format ? `; format=${o.format}` : ''}`, enc, body: Buffer.from(crlf(body), charset === 'iso-8859-1' ? 'latin1' : 'utf8') };
}

export function html(body: string, o: { enc?: Enc; charset?: string } = {}): Leaf {
  const charset = o.charset ?? (isAscii(body.replace(/\n/g, '')) ? 'us-ascii' : 'utf-8');
  return { kind: 'leaf', type: `text/html; charset="${charset}"`, enc: o.enc ?? 'quoted-printable', body: Buffer.from(crlf(body), 'utf8') };
}

export function pdf(filename: string, bytes: Uint8Array, o: { style?: 'outlook' | 'apple' | 'gmail' | 'plain' } = {}): Leaf {
  const style = o.style ?? 'outlook';
  const headers: [string, string][] = [];
  if (style === 'outlook') {
    headers.push(['Content-Description', filename]);
    headers.push(['Content-Disposition', `attachment; filename="${filename}"; size=${bytes.length};\r\n\tcreation-date="Fri, 13 Nov 2026 10:02:11 GMT";\r\n\tmodification-date="Fri, 13 Nov 2026 10:02:11 GMT"`]);
  } else if (style === 'apple') {
    headers.push(['Content-Disposition', `attachment;\r\n\tfilename="${filename}"`]);
  } else if (style === 'gmail') {
    headers.push(['Content-Disposition', `attachment; filename="${filename}"`]);
    headers.push(['X-Attachment-Id', `f_${hex(filename, 9)}0`]);
    headers.push(['Content-ID', `<f_${hex(filename, 9)}0>`]);
  } else headers.push(['Content-Disposition', `attachment; filename="${filename}"`]);
  const type = style === 'apple' ? `application/pdf;\r\n\tx-unix-mode=0644;\r\n\tname="${filename}"` : `application/pdf; name="${filename}"`;
  return { kind: 'leaf', type, enc: 'base64', body: Buffer.from(bytes), headers };
}

export function leaf(type: string, enc: Enc, body: string | Buffer, headers?: [string, string][]): Leaf {
  return { kind: 'leaf', type, enc, body: typeof body === 'string' ? Buffer.from(crlf(body), 'utf8') : body, headers };
}

export function multi(subtype: string, boundary: string, parts: Node[], o: { params?: string; preamble?: string } = {}): Multi {
  return { kind: 'multi', subtype, boundary, parts, params: o.params, preamble: o.preamble };
}

function encodeBody(l: Leaf): string {
  switch (l.enc) {
    case 'base64': return b64lines(l.body);
    case 'quoted-printable': return qp(l.body.toString('utf8'));
    default: return l.body.toString(l.type.includes('iso-8859-1') ? 'latin1' : 'utf8');
  }
}

/** Renders a node as header lines plus body. */
export function renderNode(n: Node): { headers: string[]; body: string } {
  if (n.kind === 'leaf') {
    const h = [`Content-Type: ${n.type}`];
    for (const [k, v] of n.headers ?? []) h.push(`${k}: ${v}`);
    h.push(`Content-Transfer-Encoding: ${n.enc}`);
    return { headers: h, body: encodeBody(n) };
  }
  const h = [`Content-Type: multipart/${n.subtype};${n.params ? ` ${n.params};` : ''}\r\n\tboundary="${n.boundary}"`];
  let body = n.preamble !== undefined ? `${n.preamble}${CRLF}${CRLF}` : '';
  for (const p of n.parts) {
    const r = renderNode(p);
    body += `--${n.boundary}${CRLF}${r.headers.join(CRLF)}${CRLF}${CRLF}${r.body}${CRLF}${CRLF}`;
  }
  body += `--${n.boundary}--${CRLF}`;
  return { headers: h, body };
}

// ---------- whole messages ----------

export type Client = 'outlook' | 'outlook-ios' | 'outlook-android' | 'iphone' | 'gmail' | 'apple' | 'system' | 'exchange-auto' | 'postmaster' | 'thunderbird';

export interface Msg {
  client: Client;
  from: Addr;
  sender?: Addr; // "X on behalf of Y"
  to: Addr[];
  cc?: Addr[];
  replyTo?: Addr;
  subject: string;
  date: string; // RFC 5322 date
  messageId: string; // without angle brackets
  inReplyTo?: string;
  references?: string[];
  extra?: [string, string][]; // extra headers, placed before MIME-Version
  body: Node;
  /** domain whose DKIM signature NHSmail reported; null to omit Authentication-Results */
  dkim?: string | null;
  dkimResult?: 'pass' | 'fail' | 'none';
}

const MAILBOX_ADDR: Record<string, Addr> = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
};
export const mbx = (m: string): Addr => MAILBOX_ADDR[m]!;

function stripPrefix(s: string): string { return s.replace(/^((re|fw|fwd|aw)\s*:\s*)+/i, ''); }

export function renderMessage(m: Msg): string {
  const h: string[] = [];
  const seed = m.messageId;
  const domain = m.from.email.split('@')[1] ?? 'nhs.net';
  const dk = m.dkim === undefined ? domain : m.dkim;
  const ip = `${40 + (seedOf(seed) % 60)}.${seedOf(`${seed}b`) % 250}.${seedOf(`${seed}c`) % 250}.${seedOf(`${seed}d`) % 250}`;
  h.push(fold('Received', `from ${hex(`${seed}r1`, 4).toUpperCase()}P265MB${seedOf(seed) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:${hex(`${seed}r2`, 3)}::${seedOf(`${seed}x`) % 90 + 10}) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${m.date}`));
  if (dk !== null) {
    const r = m.dkimResult ?? 'pass';
    h.push(`Authentication-Results: spf=${r === 'pass' ? 'pass' : 'softfail'} (sender IP is ${ip})${CRLF} smtp.mailfrom=${domain}; dkim=${r}${r === 'pass' ? ' (signature was verified)' : r === 'none' ? ' (message not signed)' : ' (body hash did not verify)'}${CRLF} header.d=${dk};dmarc=${r === 'pass' ? 'pass action=none' : 'fail action=none'}${CRLF} header.from=${domain};compauth=${r === 'pass' ? 'pass reason=100' : 'fail reason=001'}`);
  }
  const c = m.client;
  if (c === 'gmail') h.push(fold('DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=20230601; t=1763283600; x=1763888400; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=${b64id(`${seed}bh`, 43)}=; b=${b64id(`${seed}b`, 64)}`));
  if (c === 'gmail' || c === 'iphone' || c === 'apple' || c === 'thunderbird') {
    // header order of these clients: MIME-Version early
  }
  h.push(fold('From', fmtAddr(m.from)));
  if (m.sender) h.push(fold('Sender', fmtAddr(m.sender)));
  h.push(fold('To', m.to.map(fmtAddr).join(', ')));
  if (m.cc && m.cc.length) h.push(fold(c.startsWith('outlook') ? 'CC' : 'Cc', m.cc.map(fmtAddr).join(', ')));
  if (m.replyTo) h.push(fold('Reply-To', fmtAddr(m.replyTo)));
  h.push(fold('Subject', encodeWords(m.subject)));
  if (c.startsWith('outlook') || c === 'exchange-auto') {
    h.push(fold('Thread-Topic', encodeWords(stripPrefix(m.subject))));
    h.push(`Thread-Index: AQHb${b64id(`${seed}ti`, 24)}==`);
  }
  h.push(`Date: ${m.date}`);
  h.push(`Message-ID: <${m.messageId}>`);
  if (m.references?.length) h.push(fold('References', m.references.map((r) => `<${r}>`).join(' ')));
  if (m.inReplyTo) h.push(`In-Reply-To: <${m.inReplyTo}>`);
  if (c.startsWith('outlook') || c === 'exchange-auto') {
    h.push('Accept-Language: en-GB, en-US');
    h.push('Content-Language: en-GB');
    const hasAtt = JSON.stringify(m.body, (k, v) => (k === 'body' ? undefined : v)).includes('application/pdf') ? 'yes' : '';
    h.push(`X-MS-Has-Attach: ${hasAtt}`);
    h.push('X-MS-Exchange-Organization-SCL: -1');
    h.push('X-MS-TNEF-Correlator: ');
    if (c === 'outlook') h.push('msip_labels: ');
  }
  if (c === 'iphone') h.push('X-Mailer: iPhone Mail (22B91)');
  if (c === 'apple') h.push('X-Mailer: Apple Mail (2.3826.300.87.4.3)');
  if (c === 'thunderbird') h.push('User-Agent: Mozilla Thunderbird');
  if (c === 'outlook-android') h.push('X-Mailer: Outlook for Android');
  for (const [k, v] of m.extra ?? []) h.push(fold(k, v));
  const r = renderNode(m.body);
  h.push(c === 'iphone' || c === 'apple' ? 'Mime-Version: 1.0 (1.0)' : 'MIME-Version: 1.0');
  h.push(...r.headers);
  const preamble = m.body.kind === 'multi' && c.startsWith('outlook') ? '' : '';
  return `${h.join(CRLF)}${CRLF}${CRLF}${preamble}${r.body}`;
}

/** Outlook (Word) HTML around a body fragment. */
export function outlookHtml(fragment: string, o: { font?: string; size?: string } = {}): string {
  const font = o.font ?? 'Aptos';
  const size = o.size ?? '11.0pt';
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
	font-size:${size};
	font-family:"${font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"${font}",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${fragment}
</div>
</body>
</html>
`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escHtml = esc;

/** Plain lines as Outlook's MsoNormal paragraphs; an empty line becomes an empty paragraph. */
export function msoParas(lines: string): string {
  return lines.split('\n').map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${linkify(esc(l))}<o:p></o:p></p>`)).join('\n');
}

function linkify(s: string): string {
  return s.replace(/([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,})/g, '<a href="mailto:$1">$1</a>');
}

/** An Outlook table: first row as header cells when `head` is set. */
export function msoTable(rows: string[][], o: { head?: boolean; widths?: number[] } = {}): string {
  const tr = rows.map((r, i) => `<tr>\n${r.map((c, j) => {
    const w = o.widths?.[j] ? ` width="${o.widths[j]}"` : '';
    const bold = o.head && i === 0;
    return `<td${w} valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt${bold ? ';background:#D9E2F3' : ''}">\n<p class="MsoNormal">${bold ? '<b>' : ''}${linkify(esc(c))}${bold ? '</b>' : ''}<o:p></o:p></p>\n</td>`;
  }).join('\n')}\n</tr>`).join('\n');
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${tr}\n</tbody>\n</table>`;
}

/** How Outlook writes that table into the text/plain alternative: one cell a line, a blank line after each row. */
export function textTable(rows: string[][]): string {
  return rows.map((r) => r.join('\n')).join('\n\n');
}

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const nhsmailFooterHtml = (): string => `<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">${esc(NHSMAIL_FOOTER).split('\n').join('<br>\n')}</span><o:p></o:p></p>`;
