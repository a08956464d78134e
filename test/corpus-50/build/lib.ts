// MIME helpers for corpus 50 (writer AT). Everything is derived from fixed inputs: Message-IDs and boundaries are
// hashes of the email's slug, dates are written out in each email, so two builds give identical bytes.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

export const hex = (seed: string, n = 16): string => createHash('sha256').update(seed).digest('hex').slice(0, n);

/** A number in [0, 1) from a seed, for choosing among header variants. */
export const pick = <T>(seed: string, xs: readonly T[]): T => xs[parseInt(hex(seed, 8), 16) % xs.length]!;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date for a UTC instant written as `2026-11-30T09:14:22Z` (all these emails are sent in GMT). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** "30 November 2026 16:02" as Outlook desktop writes it in a quoted header block. */
export function outlookQuoteDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}

/** "Tuesday, November 24, 2026 2:18:09 PM" as Outlook for Android / OWA writes it. */
export function outlookMobileQuoteDate(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${DAYS_LONG[d.getUTCDay()]}, ${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h12}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** "On 2 Dec 2026, at 15:12" (Apple) */
export function appleQuoteDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, at ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}

/** "Thu, 3 Dec 2026 at 11:20" (Gmail) */
export function gmailQuoteDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}

const isAscii = (s: string) => /^[\x20-\x7e\t\n]*$/.test(s);

/** RFC 2047 encoded word (base64) when the text is not plain ASCII. */
export function encodeWord(s: string, style: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  if (style === 'B') return `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
  const bytes = Buffer.from(s, 'utf8');
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (b === 0x20) out += '_';
    else if (/[A-Za-z0-9!*+\-/]/.test(c)) out += c;
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?UTF-8?Q?${out}?=`;
}

/** A mailbox for a header: `"Name" <addr>`, quoting when the display name needs it. */
export function mailbox(name: string | null, email: string, style: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encodeWord(name, style)} <${email}>`;
  if (/[(),.:;<>@[\]"&']/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds one header line at spaces so no line passes 78 characters where a space allows. */
export function foldHeader(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= 78) return line;
  const words = line.split(' ');
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

/** Quoted-printable (RFC 2045) of UTF-8 text, soft breaks at 76, CRLF line ends. */
export function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    // soft line breaks, never splitting an =XX escape
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      const esc = rest.lastIndexOf('=', cut);
      if (esc > cut - 3 && esc >= 0) cut = esc;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

export function b64(buf: Buffer): string {
  const s = buf.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 76) lines.push(s.slice(i, i + 76));
  return lines.join(CRLF);
}

const crlf = (s: string) => s.replace(/\r?\n/g, CRLF);

export interface Part {
  headers: [string, string][];
  body: string; // already encoded, CRLF line ends
}

export type TextEncoding = '7bit' | 'quoted-printable' | '8bit' | 'base64';

export function textPart(subtype: 'plain' | 'html', text: string, opts: { charset?: string; cte?: TextEncoding; format?: string } = {}): Part {
  const ascii = isAscii(text) && text.split('\n').every((l) => l.length < 990);
  const cte: TextEncoding = opts.cte ?? (ascii ? '7bit' : 'quoted-printable');
  const charset = opts.charset ?? (ascii && cte === '7bit' ? 'us-ascii' : 'utf-8');
  const ct = `text/${subtype}; charset="${charset}"${opts.format ? `; format=${opts.format}` : ''}`;
  let body: string;
  if (cte === 'quoted-printable') body = qp(text);
  else if (cte === 'base64') body = b64(Buffer.from(text, 'utf8'));
  else body = crlf(text);
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cte]], body };
}

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
  inline?: boolean;
  contentId?: string;
  /** Apple Mail adds x-unix-mode and puts the name on both headers. */
  apple?: boolean;
  /** Outlook adds Content-Description and size. */
  outlook?: boolean;
}

export function attachmentPart(a: Attachment): Part {
  const headers: [string, string][] = [];
  if (a.apple) {
    headers.push(['Content-Type', `${a.contentType};\r\n\tname="${a.filename}";\r\n\tx-unix-mode=0644`]);
    headers.push(['Content-Disposition', `${a.inline ? 'inline' : 'attachment'};\r\n\tfilename="${a.filename}"`]);
  } else {
    headers.push(['Content-Type', `${a.contentType}; name="${a.filename}"`]);
    if (a.outlook) headers.push(['Content-Description', a.filename]);
    headers.push(['Content-Disposition', `${a.inline ? 'inline' : 'attachment'}; filename="${a.filename}"${a.outlook ? `; size=${a.data.length}` : ''}`]);
  }
  if (a.contentId) headers.push(['Content-ID', `<${a.contentId}>`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64(a.data) };
}

export function multipart(subtype: string, boundary: string, parts: Part[], opts: { preamble?: string; params?: string } = {}): Part {
  const lines: string[] = [];
  if (opts.preamble) lines.push(opts.preamble, '');
  for (const p of parts) {
    lines.push(`--${boundary}`);
    for (const [k, v] of p.headers) lines.push(v.includes('\r\n') ? `${k}: ${v}` : foldHeader(k, v));
    lines.push('', p.body);
  }
  lines.push(`--${boundary}--`, '');
  return {
    headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${opts.params ?? ''}`]],
    body: lines.join(CRLF),
  };
}

/** The whole message: top-level headers, then the body part's own headers, then its body. */
export function message(headers: [string, string][], body: Part, mimeVersion = '1.0'): string {
  const lines: string[] = [];
  for (const [k, v] of headers) lines.push(v.includes('\r\n') ? `${k}: ${v}` : foldHeader(k, v));
  lines.push(`MIME-Version: ${mimeVersion}`);
  for (const [k, v] of body.headers) lines.push(v.includes('\r\n') ? `${k}: ${v}` : foldHeader(k, v));
  lines.push('', body.body);
  let out = lines.join(CRLF);
  if (!out.endsWith(CRLF)) out += CRLF;
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of plain text split into the newest message and '>'-quoted blocks. */
function blocks(text: string): { quoted: boolean; lines: string[] }[] {
  const out: { quoted: boolean; lines: string[] }[] = [];
  for (const line of text.split('\n')) {
    const quoted = line.startsWith('>');
    const l = quoted ? line.replace(/^> ?/, '') : line;
    const last = out[out.length - 1];
    if (last && last.quoted === quoted) last.lines.push(l);
    else out.push({ quoted, lines: [l] });
  }
  return out;
}

const linkify = (s: string) => esc(s).replace(/([a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,})/gi, '<a href="mailto:$1">$1</a>');

/** Outlook desktop / OWA style HTML from the plain text (MsoNormal paragraphs). */
export function outlookHtml(text: string): string {
  const paras = text.split('\n').map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${linkify(l)}<o:p></o:p></p>`));
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
    'p.MsoNormal, li.MsoNormal, div.MsoNormal',
    '\t{margin:0cm;',
    '\tfont-size:12.0pt;',
    '\tfont-family:"Aptos",sans-serif;}',
    'a:link, span.MsoHyperlink',
    '\t{color:#467886;',
    '\ttext-decoration:underline;}',
    '.MsoChpDefault',
    '\t{mso-style-type:export-only;}',
    '@page WordSection1',
    '\t{size:612.0pt 792.0pt;',
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1',
    '\t{page:WordSection1;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
    '<div class="WordSection1">',
    ...paras,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Outlook for Android: a div per line, the quoted original after an <hr>. */
export function outlookMobileHtml(text: string): string {
  const [top, ...rest] = text.split('\n________________________________\n');
  const line = (l: string) => (l.startsWith('Get Outlook for Android<') ? 'Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a>' : linkify(l));
  const div = (s: string) => s.split('\n').map((l) => (l.trim() === '' ? '<div dir="auto"><br></div>' : `<div dir="auto">${line(l)}</div>`)).join('\n');
  const parts = [
    '<html>',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '</head>',
    '<body>',
    div(top ?? ''),
  ];
  if (rest.length) {
    parts.push('<hr style="display:inline-block;width:98%" tabindex="-1">', `<div id="divRplyFwdMsg" dir="ltr">${rest.join('\n').split('\n').map((l) => linkify(l)).join('<br>\n')}</div>`);
  }
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

/** Gmail: <div dir="ltr"> with <br>, quoted lines in a gmail_quote blockquote. */
export function gmailHtml(text: string, attribution?: string): string {
  const out: string[] = [];
  for (const b of blocks(text)) {
    const lines = b.quoted ? b.lines : b.lines.filter((l) => !attribution || l.trim() !== attribution.trim());
    while (!b.quoted && lines.length && lines[lines.length - 1] === '') lines.pop();
    const inner = lines.map((l) => (l === '' ? '<br>' : `${linkify(l)}<br>`)).join('');
    if (b.quoted) {
      out.push(`<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${attribution ? linkify(attribution) : ''}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${inner}</blockquote></div>`);
    } else if (lines.length) {
      out.push(`<div dir="ltr">${inner}</div>`);
    }
  }
  return `${out.join('')}\n`;
}

/** Simple HTML for webmail clients: <div> paragraphs. */
export function simpleHtml(text: string): string {
  return `<html><body><div style="font-family: Arial, sans-serif; font-size: 11pt">${text.split('\n').map((l) => (l === '' ? '<div><br></div>' : `<div>${linkify(l)}</div>`)).join('\n')}</div></body></html>\n`;
}

export const NHSMAIL_DISCLAIMER = [
  '',
  '********************************************************************************************************************',
  '',
  'This message may contain confidential information. If you are not the intended recipient please inform the',
  'sender that you have received the message in error before deleting it.',
  'Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.',
  '',
  'NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.',
  '',
  'For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail',
  '',
].join('\n');
