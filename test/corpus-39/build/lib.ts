// MIME writing for corpus 39 (writer AI): hand-built RFC 5322 messages, deterministic bytes.
// Everything is assembled with "\n" and converted to CRLF once, at the end (`finish`).

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

/** A small seeded generator (mulberry32) so boundaries, ids and scan noise repeat exactly. */
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

export function hex(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return s;
}

// ---------------------------------------------------------------- encodings

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** Quoted-printable (RFC 2045) of UTF-8 (or latin1) text, line breaks kept as hard breaks, soft breaks at 76. */
export function qp(text: string, charset: 'utf-8' | 'iso-8859-1' = 'utf-8'): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, charset === 'utf-8' ? 'utf8' : 'latin1');
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
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
  return out.join('\n');
}

export function b64(data: Buffer | string, width = 76): string {
  const s = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join('\n');
}

/** RFC 2047 encoded words, split so no word exceeds 75 characters; joined with folding whitespace. */
export function encodeWords(text: string, enc: 'B' | 'Q' = 'B', charset: 'utf-8' | 'iso-8859-1' = 'utf-8'): string {
  const cs = charset === 'utf-8' ? 'UTF-8' : 'iso-8859-1';
  const words: string[] = [];
  const chars = [...text];
  let chunk = '';
  const encode = (s: string) => {
    const bytes = Buffer.from(s, charset === 'utf-8' ? 'utf8' : 'latin1');
    if (enc === 'B') return `=?${cs}?B?${bytes.toString('base64')}?=`;
    let q = '';
    for (const b of bytes) {
      if (b === 0x20) q += '_';
      else if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 0x2e || b === 0x2d) q += String.fromCharCode(b);
      else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return `=?${cs}?Q?${q}?=`;
  };
  for (const c of chars) {
    if (encode(chunk + c).length > 72) {
      words.push(encode(chunk));
      chunk = '';
    }
    chunk += c;
  }
  if (chunk) words.push(encode(chunk));
  return words.join('\n ');
}

/** A header value: plain when ASCII, else encoded words. */
export function hv(text: string, enc: 'B' | 'Q' = 'B', charset: 'utf-8' | 'iso-8859-1' = 'utf-8'): string {
  return isAscii(text) ? text : encodeWords(text, enc, charset);
}

/** An address: `Name <addr>`, quoting when needed, encoding when not ASCII. */
export function addr(name: string | null, email: string, enc: 'B' | 'Q' = 'Q', charset: 'utf-8' | 'iso-8859-1' = 'utf-8'): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encodeWords(name, enc, charset)} <${email}>`;
  if (/[(),.:;<>@[\]"]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a long header at spaces (for Received, References etc.). */
export function fold(name: string, value: string): string {
  if (value.includes('\n')) return `${name}: ${value}`;
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 76 && cur.length > name.length + 1) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join('\n');
}

// ---------------------------------------------------------------- parts

export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface TextOpts {
  cte?: Cte;
  charset?: 'utf-8' | 'iso-8859-1' | 'us-ascii';
  flowed?: boolean;
  extraHeaders?: string[];
}

function bodyFor(text: string, cte: Cte, charset: 'utf-8' | 'iso-8859-1' | 'us-ascii'): string {
  if (cte === 'quoted-printable') return qp(text, charset === 'iso-8859-1' ? 'iso-8859-1' : 'utf-8');
  if (cte === 'base64') return b64(Buffer.from(text, charset === 'iso-8859-1' ? 'latin1' : 'utf8'));
  return text;
}

export function textPart(text: string, o: TextOpts = {}): string {
  const cte = o.cte ?? 'quoted-printable';
  const charset = o.charset ?? 'utf-8';
  const ct = `text/plain; charset="${charset}"${o.flowed ? '; format=flowed; delsp=yes' : ''}`;
  return [`Content-Type: ${ct}`, `Content-Transfer-Encoding: ${cte}`, ...(o.extraHeaders ?? []), '', bodyFor(text, cte, charset)].join('\n');
}

export function htmlPart(html: string, o: TextOpts = {}): string {
  const cte = o.cte ?? 'quoted-printable';
  const charset = o.charset ?? 'utf-8';
  return [`Content-Type: text/html; charset="${charset}"`, `Content-Transfer-Encoding: ${cte}`, ...(o.extraHeaders ?? []), '', bodyFor(html, cte, charset)].join('\n');
}

export function multipart(subtype: 'alternative' | 'mixed' | 'related' | 'report', boundary: string, parts: string[], extra = ''): string {
  const head = `Content-Type: multipart/${subtype};${extra ? ` ${extra};` : ''}\n\tboundary="${boundary}"`;
  return [head, '', ...(subtype === 'mixed' ? ['This is a multi-part message in MIME format.', ''] : []), ...parts.flatMap((p) => [`--${boundary}`, p]), `--${boundary}--`, ''].join('\n');
}

export function attachment(filename: string, contentType: string, data: Buffer, o: { inline?: boolean; style?: 'outlook' | 'gmail' | 'apple' | 'plain' } = {}): string {
  const style = o.style ?? 'plain';
  const enc = isAscii(filename) ? `"${filename}"` : `"${encodeWords(filename, 'B')}"`;
  const h: string[] = [`Content-Type: ${contentType}; name=${enc}`];
  if (style === 'outlook') h.push(`Content-Description: ${isAscii(filename) ? filename : encodeWords(filename, 'B')}`);
  h.push(`Content-Disposition: ${o.inline ? 'inline' : 'attachment'}; filename=${enc}${style === 'outlook' ? `; size=${data.length}` : ''}`);
  if (style === 'gmail') h.push(`X-Attachment-Id: f_${seedOf(filename).toString(36)}0`, `Content-ID: <f_${seedOf(filename).toString(36)}0>`);
  h.push('Content-Transfer-Encoding: base64');
  return [...h, '', b64(data)].join('\n');
}

export function rfc822Part(message: string, filename?: string): string {
  const h = ['Content-Type: message/rfc822' + (filename ? `; name="${filename}"` : ''), 'Content-Transfer-Encoding: 7bit'];
  if (filename) h.push(`Content-Disposition: attachment; filename="${filename}"`);
  return [...h, '', message.replace(/\r\n/g, '\n').replace(/\n+$/, '')].join('\n');
}

/** Joins header lines and a body (that carries its own Content-Type lines), CRLF throughout. */
export function finish(headers: string[], body: string): string {
  const all = [...headers, 'MIME-Version: 1.0', body].join('\n');
  const text = all.replace(/\r\n/g, '\n');
  if (/\r/.test(text)) throw new Error('bare CR in message');
  return `${text.replace(/\n*$/, '\n').replace(/\n/g, '\r\n')}`;
}

/** Like finish, but the MIME-Version header is already among the headers (Apple's spelling). */
export function finishRaw(headers: string[], body: string): string {
  const text = [...headers, body].join('\n').replace(/\r\n/g, '\n');
  if (/\r/.test(text)) throw new Error('bare CR in message');
  return `${text.replace(/\n*$/, '\n').replace(/\n/g, '\r\n')}`;
}

// ---------------------------------------------------------------- dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date of an ISO time, shown at the given zone offset in minutes (UK: 0 in Nov/Dec). */
export function rfcDate(iso: string, offsetMin = 0): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMin >= 0 ? '+' : '-';
  const off = Math.abs(offsetMin);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${sign}${p(Math.floor(off / 60))}${p(off % 60)}`;
}

/** The date line of a quoted header block, Outlook style: "Tuesday, 17 November 2026 10:02". */
export function longDate(iso: string): string {
  const d = new Date(iso);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text to simple Outlook-ish HTML paragraphs (used when a client sends both parts). */
export function textToHtml(text: string, font = 'Calibri, sans-serif'): string {
  const paras = text.split('\n').map((l) => (l.trim() === '' ? '<p class="MsoNormal">&nbsp;</p>' : `<p class="MsoNormal">${escapeHtml(l)}</p>`));
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:${font};}</style></head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n${paras.join('\n')}\n</div></body></html>`;
}

export const quoteLines = (text: string, prefix = '> ') => text.split('\n').map((l) => (l === '' ? prefix.trimEnd() : prefix + l)).join('\n');

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;
