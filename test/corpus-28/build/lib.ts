// Writer X's own MIME builder and helpers for corpus 28. Everything is deterministic: ids, boundaries and noise come
// from hashes of the email's slug, never from the clock or Math.random.
import { createHash } from 'node:crypto';

export const hex = (s: string, n = 16): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** mulberry32 seeded from a string. */
export function rng(seed: string): () => number {
  let a = parseInt(hex(seed, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Addr { name?: string; email: string }

const CRLF = '\r\n';
const nonAscii = (s: string) => /[^\x20-\x7e]/.test(s);

/** RFC 2047 encoded words (B), split so that no word exceeds 75 characters and no UTF-8 sequence is cut. */
export function encodeWords(s: string, mode: 'B' | 'Q' = 'B'): string {
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    if (mode === 'B') words.push(`=?utf-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    else words.push(`=?utf-8?Q?${[...Buffer.from(chunk, 'utf8')].map((b) => (b === 32 ? '_' : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`);
    chunk = '';
  };
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > (mode === 'B' ? 42 : 20)) flush();
    chunk += ch;
  }
  flush();
  return words.join(' ');
}

export const headerText = (s: string, mode: 'B' | 'Q' = 'B'): string => (nonAscii(s) ? encodeWords(s, mode) : s);

export function fmtAddr(a: Addr, mode: 'B' | 'Q' = 'B'): string {
  if (!a.name) return a.email;
  if (nonAscii(a.name)) return `${encodeWords(a.name, mode)} <${a.email}>`;
  if (/[,.;:()<>@"[\]\\]/.test(a.name)) return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}

/** Folds a header at spaces so that lines stay within 78 characters where possible. */
export function foldHeader(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.trim().length > name.length + 1) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

export function qpEncode(text: string): string {
  return text.split(/\r?\n/).map((line) => {
    const tokens: string[] = [];
    for (const b of Buffer.from(line, 'utf8')) {
      if ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    const last = tokens[tokens.length - 1];
    if (last === ' ') tokens[tokens.length - 1] = '=20';
    if (last === '\t') tokens[tokens.length - 1] = '=09';
    let out = '';
    let cur = '';
    for (const t of tokens) {
      if (cur.length + t.length > 75) { out += `${cur}=${CRLF}`; cur = ''; }
      cur += t;
    }
    return out + cur;
  }).join(CRLF);
}

export const b64wrap = (buf: Buffer): string => (buf.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

export interface Part { headers: string[]; body: string }
export type Cte = 'qp' | 'b64' | '7bit' | '8bit';

const crlf = (s: string) => s.replace(/\r?\n/g, CRLF);

export function textPart(text: string, opts: { subtype?: 'plain' | 'html'; cte?: Cte; charset?: string; format?: boolean } = {}): Part {
  const subtype = opts.subtype ?? 'plain';
  const cte = opts.cte ?? 'qp';
  const charset = opts.charset ?? 'utf-8';
  const ct = `text/${subtype}; charset="${charset}"${opts.format ? '; format=flowed' : ''}`;
  const body = cte === 'qp' ? qpEncode(text) : cte === 'b64' ? b64wrap(Buffer.from(text, 'utf8')) : crlf(text);
  return { headers: [`Content-Type: ${ct}`, `Content-Transfer-Encoding: ${cte === 'qp' ? 'quoted-printable' : cte === 'b64' ? 'base64' : cte}`], body };
}

export function multipart(subtype: string, parts: Part[], boundary: string, preamble?: string, extraCt = ''): Part {
  const body = [
    ...(preamble ? [preamble, ''] : []),
    ...parts.map((p) => `--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}`),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return { headers: [foldHeader('Content-Type', `multipart/${subtype}; boundary="${boundary}"${extraCt}`)], body };
}

export function attachment(filename: string, contentType: string, data: Buffer, opts: { inline?: boolean; sizeParam?: boolean; description?: boolean } = {}): Part {
  const disp = opts.inline ? 'inline' : 'attachment';
  const fn = nonAscii(filename) ? encodeWords(filename) : filename;
  const headers = [
    foldHeader('Content-Type', `${contentType}; name="${fn}"`),
    ...(opts.description ? [`Content-Description: ${fn}`] : []),
    foldHeader('Content-Disposition', `${disp}; filename="${fn}"${opts.sizeParam ? `; size=${data.length}` : ''}`),
    'Content-Transfer-Encoding: base64',
  ];
  return { headers, body: b64wrap(data) };
}

export function rfc822Part(msg: string, filename?: string): Part {
  return {
    headers: ['Content-Type: message/rfc822', ...(filename ? [`Content-Disposition: attachment; filename="${filename}"`] : [])],
    body: msg.replace(/\r\n$/, ''),
  };
}

export function serialize(headers: [string, string][], root: Part): string {
  const lines = headers.map(([k, v]) => (k.startsWith('__raw') ? v : foldHeader(k, v)));
  return `${lines.join(CRLF)}${CRLF}${root.headers.join(CRLF)}${CRLF}${CRLF}${root.body}${root.body.endsWith(CRLF) ? '' : CRLF}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 5322 date in UTC (+0000: GMT in the UK in November and December). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
/** Outlook's quoted header date: "Monday, 2 November 2026 09:14". */
export function outlookDate(iso: string): string {
  const d = new Date(iso);
  const long = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const longM = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${long[d.getUTCDay()]}, ${d.getUTCDate()} ${longM[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Outlook-flavoured HTML for a plain text body: one MsoNormal paragraph per line, quoted headers in a border-top div. */
export function outlookHtml(text: string): string {
  const paras = text.split('\n').map((l) => {
    if (l.trim() === '') return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
    const m = /^(From|Sent|To|Cc|Subject|Date):(.*)$/.exec(l);
    if (m) return `<p class="MsoNormal"><b>${m[1]}:</b>${escapeHtml(m[2] ?? '')}<o:p></o:p></p>`;
    return `<p class="MsoNormal">${escapeHtml(l)}<o:p></o:p></p>`;
  });
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${paras.join('\n')}
</div>
</body>
</html>`;
}

/** Gmail-flavoured HTML: lines in a dir=ltr div with <br>, a quoted part (lines starting with '>') in a gmail_quote blockquote. */
export function gmailHtml(text: string): string {
  const lines = text.split('\n');
  const firstQuote = lines.findIndex((l) => l.startsWith('>'));
  const top = firstQuote < 0 ? lines : lines.slice(0, firstQuote);
  const quote = firstQuote < 0 ? [] : lines.slice(firstQuote).map((l) => l.replace(/^> ?/, ''));
  let attribution = '';
  if (firstQuote > 0 && /wrote:$/.test(top[top.length - 1] ?? '')) attribution = top.pop() ?? '';
  const body = top.map((l) => (l === '' ? '<div><br></div>' : `<div>${escapeHtml(l)}</div>`)).join('');
  const q = quote.length
    ? `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${quote.map((l) => escapeHtml(l)).join('<br>')}</blockquote></div>`
    : '';
  return `<div dir="ltr">${body}</div>${q}\n`;
}

export const NHSMAIL_DISCLAIMER = `

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;
