// Writer Z's own MIME builder: everything is assembled as a "binary" string (one char = one byte) and written
// as latin1, so 8bit parts and windows-1252 bodies keep their exact bytes.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

export const hash = (s: string, n = 24): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Seeded PRNG (mulberry32). */
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

const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export type Charset = 'utf-8' | 'windows-1252' | 'us-ascii' | 'iso-8859-1';

/** Text to bytes (as a binary string) in the given charset. */
export function toBytes(text: string, charset: Charset): string {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8').toString('latin1');
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out += ch;
    else if (charset === 'windows-1252' && CP1252[ch] !== undefined) out += String.fromCharCode(CP1252[ch]!);
    else out += '?';
  }
  return out;
}

/** CRLF line endings everywhere. */
export const crlf = (s: string): string => s.replace(/\r?\n/g, CRLF);

export function qp(bytes: string): string {
  const lines = bytes.split(/\r\n/);
  const out: string[] = [];
  for (const line of lines) {
    let enc = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      if ((c === 0x20 || c === 0x09) && last) enc += `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      else if (c === 0x3d || c < 0x20 || c > 0x7e) enc += `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      else enc += line[i];
    }
    // soft breaks at 76
    let rest = enc;
    while (rest.length > 75) {
      let cut = 75;
      const eq = rest.lastIndexOf('=', cut - 1);
      if (eq > cut - 3) cut = eq;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

export function b64(bytes: string | Uint8Array, width = 76): string {
  const s = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1').toString('base64') : Buffer.from(bytes).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

/** RFC 2047 encoded-word(s) when the text is not plain ASCII. */
export function enc2047(text: string, mode: 'B' | 'Q' = 'B', charset: Charset = 'utf-8'): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const bytes = toBytes(text, charset);
  if (mode === 'B') {
    const words: string[] = [];
    // split on whole characters so each word decodes alone
    let chunk = '';
    for (const ch of text) {
      if (Buffer.from(toBytes(chunk + ch, charset), 'latin1').length > 42) {
        words.push(`=?${charset}?B?${Buffer.from(toBytes(chunk, charset), 'latin1').toString('base64')}?=`);
        chunk = '';
      }
      chunk += ch;
    }
    if (chunk) words.push(`=?${charset}?B?${Buffer.from(toBytes(chunk, charset), 'latin1').toString('base64')}?=`);
    return words.join(`${CRLF} `);
  }
  let q = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c === 0x20) q += '_';
    else if (/[A-Za-z0-9!*+\-/]/.test(bytes[i]!)) q += bytes[i];
    else q += `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?${charset}?Q?${q}?=`;
}

/** An address header value: display name (quoted or encoded as needed) and address. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${enc2047(name, mode)} <${email}>`;
  if (/[,;:()<>@."'[\]]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

export interface Part {
  headers: string[];
  body: string; // binary string, CRLF
}

export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export function textPart(text: string, opts: { subtype?: 'plain' | 'html'; charset?: Charset; cte?: Cte; format?: boolean } = {}): Part {
  const subtype = opts.subtype ?? 'plain';
  const charset = opts.charset ?? 'utf-8';
  const bytes = toBytes(crlf(text), charset);
  const ascii = /^[\x00-\x7f]*$/.test(bytes) && !bytes.split(CRLF).some((l) => l.length > 900);
  const cte: Cte = opts.cte ?? (ascii ? '7bit' : 'quoted-printable');
  const body = cte === 'quoted-printable' ? qp(bytes) : cte === 'base64' ? b64(bytes) : bytes;
  return {
    headers: [`Content-Type: text/${subtype}; charset="${charset}"${opts.format ? '; format=flowed' : ''}`, `Content-Transfer-Encoding: ${cte}`],
    body,
  };
}

export function filePart(filename: string, mime: string, data: Uint8Array, opts: { inline?: string; size?: boolean } = {}): Part {
  const fnHeader = /^[\x20-\x7e]*$/.test(filename) ? `"${filename}"` : `"${enc2047(filename)}"`;
  const headers = [`Content-Type: ${mime}; name=${fnHeader}`];
  if (opts.inline) {
    headers.push(`Content-ID: <${opts.inline}>`, `Content-Disposition: inline; filename=${fnHeader}; size=${data.length}`);
  } else {
    headers.push(`Content-Description: ${filename}`, `Content-Disposition: attachment; filename=${fnHeader}${opts.size === false ? '' : `; size=${data.length}`}`);
  }
  headers.push('Content-Transfer-Encoding: base64');
  return { headers, body: b64(data) };
}

export function rfc822Part(eml: string, filename?: string): Part {
  const headers = ['Content-Type: message/rfc822'];
  if (filename) headers.push(`Content-Disposition: attachment; filename="${filename}"`);
  headers.push('Content-Transfer-Encoding: 7bit');
  return { headers, body: eml.replace(/\r\n$/, '') };
}

export function multipart(subtype: string, parts: Part[], seed: string, extra = ''): Part {
  const boundary = `${subtype === 'alternative' ? '_000_' : subtype === 'related' ? '_rel_' : '_mix_'}${hash(`${seed}/${subtype}`, 28)}_`;
  const chunks: string[] = [];
  for (const p of parts) chunks.push(`--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}${CRLF}`);
  return {
    headers: [`Content-Type: multipart/${subtype};${CRLF}\tboundary="${boundary}"${extra}`],
    body: `${chunks.join('')}--${boundary}--${CRLF}`,
  };
}

export function message(headers: string[], root: Part, preamble = true): string {
  const isMulti = root.headers[0]!.startsWith('Content-Type: multipart');
  const all = [...headers, 'MIME-Version: 1.0', ...root.headers];
  return `${all.join(CRLF)}${CRLF}${CRLF}${isMulti && preamble ? `This is a multi-part message in MIME format.${CRLF}${CRLF}` : ''}${root.body}${root.body.endsWith(CRLF) ? '' : CRLF}`;
}

/** A very plain HTML to text rendering, for the text/plain alternative of an HTML mail. */
export function htmlToText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h\d|li)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&eacute;/g, 'é')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Outlook-style HTML document around some body HTML. */
export function outlookHtml(inner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

/** Paragraphs of plain text as Outlook MsoNormal paragraphs (blank line = empty paragraph). */
export function msoParas(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${esc(l)}<o:p></o:p></p>`))
    .join('\n');
}

export function msoTable(rows: string[][], opts: { header?: boolean; border?: boolean } = {}): string {
  const b = opts.border === false ? '' : 'border:solid windowtext 1.0pt;';
  const tr = rows
    .map((r, i) => {
      const cells = r
        .map((c) => {
          const content = i === 0 && opts.header ? `<b>${esc(c)}</b>` : esc(c);
          return `<td valign="top" style="${b}padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${content}<o:p></o:p></p></td>`;
        })
        .join('\n');
      return `<tr>\n${cells}\n</tr>`;
    })
    .join('\n');
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${tr}\n</tbody>\n</table>`;
}

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export type Auth = 'pass' | 'fail' | 'none' | 'softfail' | 'gmail';

export function authHeaders(auth: Auth, fromDomain: string, seed: string): string[] {
  const ip = `40.92.${(parseInt(hash(seed, 2), 16) % 200) + 1}.${(parseInt(hash(`${seed}ip`, 2), 16) % 250) + 1}`;
  if (auth === 'none') return [];
  if (auth === 'pass') {
    return [`Authentication-Results: spf=pass (sender IP is ${ip})${CRLF} smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified)${CRLF} header.d=${fromDomain};dmarc=pass action=none${CRLF} header.from=${fromDomain};compauth=pass reason=100`];
  }
  if (auth === 'gmail') {
    return [`Authentication-Results: spf=pass (sender IP is 209.85.${ip.slice(6)})${CRLF} smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified)${CRLF} header.d=${fromDomain};dmarc=pass action=none${CRLF} header.from=${fromDomain};compauth=pass reason=100`];
  }
  if (auth === 'softfail') {
    return [`Authentication-Results: spf=softfail (sender IP is ${ip})${CRLF} smtp.mailfrom=${fromDomain}; dkim=none (message not signed)${CRLF} header.d=none;dmarc=none action=none${CRLF} header.from=${fromDomain};compauth=softpass reason=201`];
  }
  return [`Authentication-Results: spf=fail (sender IP is ${ip})${CRLF} smtp.mailfrom=${fromDomain}; dkim=fail (body hash did not verify)${CRLF} header.d=${fromDomain};dmarc=fail action=quarantine${CRLF} header.from=${fromDomain};compauth=fail reason=000`];
}

export const MAILBOX_ADDR: Record<string, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${mons[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
