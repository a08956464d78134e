// MIME written by hand so every byte is under the corpus's control (writer Q).
// Bodies are handled as "byte strings" (one char per byte, latin1) until the file is written.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';
export const hash = (s: string | Buffer, n = 16): string => createHash('sha256').update(s).digest('hex').slice(0, n);

export type Charset = 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'us-ascii';

const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Text to the bytes of a charset (as a byte string). Throws on a character the charset lacks. */
export function toBytes(text: string, charset: Charset): string {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8').toString('latin1');
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (charset === 'windows-1252' && CP1252[ch] !== undefined) out += String.fromCharCode(CP1252[ch]!);
    else if (charset !== 'us-ascii' && c >= 0xa0 && c <= 0xff) out += ch;
    else throw new Error(`character ${JSON.stringify(ch)} not in ${charset}`);
  }
  return out;
}

/** A forced soft line break in quoted-printable output (placed by the corpus, e.g. inside an address). */
export const SOFT = '\u0001';

/** Quoted-printable (RFC 2045) of a text with \n line ends; lines wrap at 76 with "=" soft breaks. */
export function qp(text: string, charset: Charset, width = 76): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const segments = line.split(SOFT);
    let cur = '';
    segments.forEach((seg, si) => {
      const bytes = toBytes(seg, charset);
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes.charCodeAt(i);
        const isLast = si === segments.length - 1 && i === bytes.length - 1;
        let tok: string;
        if ((b === 0x20 || b === 0x09) && !isLast) tok = bytes[i]!;
        else if (b >= 33 && b <= 126 && b !== 61) tok = bytes[i]!;
        else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (cur.length + tok.length > width - 1) {
          out.push(`${cur}=`);
          cur = '';
        }
        cur += tok;
      }
      if (si < segments.length - 1) {
        out.push(`${cur}=`);
        cur = '';
      }
    });
    out.push(cur);
  }
  return out.join(CRLF);
}

export function b64(bytes: string | Buffer, width = 76): string {
  const s = (typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

/** RFC 2047 encoded word(s). */
export function encWord(text: string, charset: Charset = 'utf-8', mode: 'B' | 'Q' = 'B'): string {
  const bytes = toBytes(text, charset);
  if (mode === 'B') {
    // keep each encoded word under 75 chars: split on characters, not bytes
    const words: string[] = [];
    let chunk = '';
    for (const ch of text) {
      const next = chunk + ch;
      if (Buffer.from(toBytes(next, charset), 'latin1').toString('base64').length > 44) {
        words.push(chunk);
        chunk = ch;
      } else chunk = next;
    }
    if (chunk) words.push(chunk);
    return words.map((w) => `=?${charset}?B?${Buffer.from(toBytes(w, charset), 'latin1').toString('base64')}?=`).join(`${CRLF} `);
  }
  const words: string[] = [];
  let enc = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i);
    let tok: string;
    if (b === 0x20) tok = '_';
    else if (/[A-Za-z0-9!*+\-/]/.test(bytes[i]!)) tok = bytes[i]!;
    else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (enc.length + tok.length > 75 - charset.length - 7) {
      words.push(enc);
      enc = '';
    }
    enc += tok;
  }
  words.push(enc);
  return words.map((w) => `=?${charset}?Q?${w}?=`).join(`${CRLF} `);
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** A display name + address for a header. `enc` forces an encoding for a non-ASCII name. */
export function addr(name: string | null, email: string, enc: { charset?: Charset; mode?: 'B' | 'Q' } = {}): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encWord(name, enc.charset ?? 'utf-8', enc.mode ?? 'B')} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** An unstructured header value (e.g. Subject): encoded when not ASCII, folded at spaces. */
export function unstructured(value: string, enc: { charset?: Charset; mode?: 'B' | 'Q' } = {}): string {
  if (!isAscii(value)) return encWord(value, enc.charset ?? 'utf-8', enc.mode ?? 'B');
  return value;
}

/** Folds a header line at spaces to about 78 characters. */
export function fold(line: string): string {
  if (line.length <= 78 || line.includes(CRLF)) return line;
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 78) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out.join(`${CRLF} `);
}

export interface Entity { headers: string[]; body: string }
export type Cte = 'quoted-printable' | 'base64' | '7bit' | '8bit';

export function textPart(text: string, o: { subtype?: 'plain' | 'html'; charset?: Charset; cte?: Cte; flowed?: boolean; extra?: string[] } = {}): Entity {
  const subtype = o.subtype ?? 'plain';
  const charset = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  const norm = text.replace(/\r\n/g, '\n');
  let body: string;
  if (cte === 'quoted-printable') body = qp(norm, charset);
  else if (cte === 'base64') body = b64(toBytes(norm.replace(/\u0001/g, '').replace(/\n/g, CRLF), charset));
  else body = toBytes(norm.replace(/\u0001/g, ''), charset).split('\n').join(CRLF);
  const ct = `Content-Type: text/${subtype}; charset="${charset}"${o.flowed ? '; format=flowed' : ''}`;
  return { headers: [ct, `Content-Transfer-Encoding: ${cte}`, ...(o.extra ?? [])], body };
}

export function multipart(subtype: string, parts: Entity[], o: { preamble?: string; extraCt?: string; boundary?: string } = {}): Entity {
  const seed = hash(parts.map((p) => p.headers.join('|') + p.body).join('#'), 24);
  const boundary = o.boundary ?? `----=_Part_${seed}`;
  const lines: string[] = [];
  if (o.preamble) lines.push(o.preamble, '');
  for (const p of parts) lines.push(`--${boundary}`, ...p.headers, '', p.body);
  lines.push(`--${boundary}--`, '');
  return { headers: [`Content-Type: multipart/${subtype};${o.extraCt ?? ''}${CRLF}\tboundary="${boundary}"`], body: lines.join(CRLF) };
}

export function attachment(filename: string, contentType: string, bytes: Buffer, o: { inline?: boolean; cid?: string; outlook?: boolean } = {}): Entity {
  const h = [`Content-Type: ${contentType}; name="${filename}"`];
  if (o.outlook) h.push(`Content-Description: ${filename}`);
  h.push(`Content-Disposition: ${o.inline ? 'inline' : 'attachment'}; filename="${filename}"${o.outlook ? `; size=${bytes.length}` : ''}`);
  if (o.cid) h.push(`Content-ID: <${o.cid}>`);
  h.push('Content-Transfer-Encoding: base64');
  return { headers: h, body: b64(bytes) };
}

export function rfc822(raw: Buffer, filename?: string): Entity {
  const h = ['Content-Type: message/rfc822'];
  if (filename) h.push(`Content-Disposition: attachment; filename="${filename}"`);
  return { headers: h, body: raw.toString('latin1').replace(/\r\n$/, '') };
}

/** The whole message: header lines (unfolded strings are folded) + the root entity. */
export function message(headers: (string | null | undefined)[], root: Entity): Buffer {
  const hs = headers.filter((h): h is string => !!h).map(fold);
  const all = [...hs, 'MIME-Version: 1.0', ...root.headers].join(CRLF);
  const body = root.body.endsWith(CRLF) ? root.body : root.body + CRLF;
  return Buffer.from(`${all}${CRLF}${CRLF}${body}`, 'latin1');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 5322 date of an ISO instant, shown in UTC (+0000) like NHSmail. */
export function rfcDate(iso: string, offsetMin = 0): string {
  const t = new Date(new Date(iso).getTime() + offsetMin * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMin >= 0 ? '+' : '-';
  const off = `${sign}${p(Math.floor(Math.abs(offsetMin) / 60))}${p(Math.abs(offsetMin) % 60)}`;
  return `${DAYS[t.getUTCDay()]}, ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} ${off}`;
}

/** Deterministic pseudo-random numbers (mulberry32). */
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

// ---------- client header sets ----------

export interface Hdr {
  from: string; to: string; cc?: string; subject: string; date: string; id: string;
  inReplyTo?: string; references?: string; extra?: string[]; offsetMin?: number;
}

const exchangeHost = (seed: string) => {
  const r = rng(seed);
  const n = () => Math.floor(r() * 9000 + 1000);
  return `LO${Math.floor(r() * 6) + 2}P265MB${n()}.GBRP265.PROD.OUTLOOK.COM`;
};

/** NHSmail (Exchange Online) sent from Outlook desktop or OWA. */
export function nhsmailHeaders(h: Hdr, o: { dkimDomain?: string; attach?: boolean } = {}): string[] {
  const host = exchangeHost(h.id);
  const d = rfcDate(h.date, h.offsetMin ?? 0);
  const dom = o.dkimDomain ?? 'nhs.net';
  return [
    `Received: from ${host} (2603:10a6:600:${hash(h.id, 3)}::${hash(h.id + 'x', 2)}) by ${exchangeHost(h.id + 'r')} with HTTPS; ${rfcDate(h.date)}`,
    `Authentication-Results: spf=pass (sender IP is 40.92.${parseInt(hash(h.id, 2), 16) % 250}.${parseInt(hash(h.id + 'b', 2), 16) % 250}) smtp.mailfrom=${dom}; dkim=pass (signature was verified) header.d=${dom};dmarc=pass action=none header.from=${dom};compauth=pass reason=100`,
    `From: ${h.from}`,
    `To: ${h.to}`,
    h.cc ? `CC: ${h.cc}` : null,
    `Subject: ${h.subject}`,
    `Thread-Topic: ${h.subject.replace(/^((RE|FW|Fwd|AW):\s*)+/i, '')}`,
    `Thread-Index: ${Buffer.from(hash(h.id + 'ti', 44), 'hex').toString('base64')}`,
    `Date: ${d}`,
    `Message-ID: ${h.id}`,
    h.inReplyTo ? `In-Reply-To: ${h.inReplyTo}` : null,
    h.references ? `References: ${h.references}` : null,
    'Accept-Language: en-GB, en-US',
    'Content-Language: en-GB',
    `X-MS-Has-Attach: ${o.attach ? 'yes' : ''}`,
    'X-MS-TNEF-Correlator: ',
    ...(h.extra ?? []),
  ].filter((x): x is string => x !== null);
}

/** Outlook for iOS / Android on NHSmail. */
export function outlookMobileHeaders(h: Hdr, o: { attach?: boolean } = {}): string[] {
  return [...nhsmailHeaders(h, o), 'x-ms-exchange-messagesentrepresentingtype: 1', 'X-MS-Exchange-Organization-SCL: 1'];
}

/** Apple Mail on iPhone, via an ISP's SMTP. */
export function iphoneHeaders(h: Hdr, o: { dkimDomain?: string } = {}): string[] {
  const dom = o.dkimDomain ?? h.from.replace(/.*@([^>]+)>?.*/, '$1');
  return [
    `Received: from smtpclient.apple (${dom} [81.${parseInt(hash(h.id, 2), 16)}.14.3]) by mx.${dom} with ESMTPSA; ${rfcDate(h.date, h.offsetMin ?? 0)}`,
    `Authentication-Results: mx.${dom}; dkim=pass header.d=${dom}; spf=pass smtp.mailfrom=${dom}`,
    `From: ${h.from}`,
    `Subject: ${h.subject}`,
    `Date: ${rfcDate(h.date, h.offsetMin ?? 0)}`,
    h.cc ? `Cc: ${h.cc}` : null,
    `To: ${h.to}`,
    `Message-Id: ${h.id}`,
    h.inReplyTo ? `In-Reply-To: ${h.inReplyTo}` : null,
    h.references ? `References: ${h.references}` : null,
    'X-Mailer: iPhone Mail (22B91)',
    ...(h.extra ?? []),
  ].filter((x): x is string => x !== null);
}

/** Gmail web. */
export function gmailHeaders(h: Hdr): string[] {
  return [
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=${Math.floor(new Date(h.date).getTime() / 1000)}; bh=${Buffer.from(hash(h.id + 'bh', 64), 'hex').toString('base64')}; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; b=${Buffer.from(hash(h.id + 'sig', 64), 'hex').toString('base64')}`,
    `X-Gm-Message-State: AOJu0Y${Buffer.from(hash(h.id + 'gm', 30), 'hex').toString('base64').replace(/[+/=]/g, 'x')}`,
    `Date: ${rfcDate(h.date, h.offsetMin ?? 0)}`,
    `Message-ID: ${h.id}`,
    h.inReplyTo ? `In-Reply-To: ${h.inReplyTo}` : null,
    h.references ? `References: ${h.references}` : null,
    `Subject: ${h.subject}`,
    `From: ${h.from}`,
    `To: ${h.to}`,
    h.cc ? `Cc: ${h.cc}` : null,
    ...(h.extra ?? []),
  ].filter((x): x is string => x !== null);
}

/** A plain SMTP relay (small business hosting, e.g. a practice's own domain). */
export function genericHeaders(h: Hdr, o: { mailer?: string; dom?: string } = {}): string[] {
  const dom = o.dom ?? h.from.replace(/.*@([^>]+)>?.*/, '$1');
  return [
    `Received: from mail.${dom} (mail.${dom} [185.${parseInt(hash(h.id, 2), 16)}.72.11]) by mx.nhs.net with ESMTPS; ${rfcDate(h.date)}`,
    `Authentication-Results: mx.nhs.net; spf=pass smtp.mailfrom=${dom}; dkim=none; dmarc=none header.from=${dom}`,
    `From: ${h.from}`,
    `To: ${h.to}`,
    h.cc ? `Cc: ${h.cc}` : null,
    `Subject: ${h.subject}`,
    `Date: ${rfcDate(h.date, h.offsetMin ?? 0)}`,
    `Message-ID: ${h.id}`,
    h.inReplyTo ? `In-Reply-To: ${h.inReplyTo}` : null,
    h.references ? `References: ${h.references}` : null,
    o.mailer ? `X-Mailer: ${o.mailer}` : null,
    ...(h.extra ?? []),
  ].filter((x): x is string => x !== null);
}

// ---------- HTML helpers ----------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);

/** Outlook (Word) HTML wrapper. */
export function outlookHtml(inner: string): string {
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
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
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

/** Paragraphs of Outlook HTML from plain lines ('' = empty paragraph). */
export function mso(lines: string[]): string {
  return lines.map((l) => (l === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${l}<o:p></o:p></p>`)).join('\n');
}

/** A table as Excel pastes it into Outlook. `rows[0]` is the header row. */
export function excelTable(rows: string[][], widths: number[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const cell = (v: string, w: number, head: boolean) =>
    `<td width="${w}" nowrap valign="bottom" style="width:${(w * 0.75).toFixed(1)}pt;${head ? 'border:solid windowtext 1.0pt;background:#D9E1F2;' : 'border:solid windowtext 1.0pt;border-top:none;'}padding:0cm 5.4pt 0cm 5.4pt;height:15.0pt">
<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif;color:black">${head ? `<b>${v}</b>` : v}<o:p></o:p></span></p>
</td>`;
  const trs = rows.map((r, i) => `<tr style="height:15.0pt">\n${r.map((v, j) => cell(v, widths[j] ?? 100, i === 0)).join('\n')}\n</tr>`).join('\n');
  return `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="${total}" style="width:${(total * 0.75).toFixed(1)}pt;border-collapse:collapse">
<tbody>
${trs}
</tbody>
</table>`;
}

/** A rough plain-text rendering of HTML, as a mail client's text/plain alternative would carry. */
export function htmlToText(html: string): string {
  let s = html.replace(/<head>[\s\S]*?<\/head>/i, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  s = s.replace(/\n/g, ' ');
  s = s.replace(/<\/td>\s*/gi, '\t').replace(/<\/tr>/gi, '\n').replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n').replace(/<\/div>/gi, '\n').replace(/<li[^>]*>/gi, '- ').replace(/<\/li>/gi, '\n');
  s = s.replace(/<a [^>]*href="mailto:([^"]+)"[^>]*>([^<]*)<\/a>/gi, '$2');
  s = s.replace(/<[^>]+>/g, '');
  s = s.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)));
  s = s.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  s = s.split('\n').map((l) => l.replace(/[ ]+/g, ' ').replace(/\t /g, '\t').replace(/^ /, '').replace(/\s+$/, '')).join('\n');
  return s.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
