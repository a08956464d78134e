// MIME by hand, deterministic: every boundary and Message-ID comes from a hash of the email's slug.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

export const hash = (s: string, n = 16): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** A small seeded PRNG (mulberry32) for noise that must be the same on every run. */
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

// ---------------------------------------------------------------- encodings

/** Quoted-printable (RFC 2045) of UTF-8 text, soft breaks at 76, CRLF line ends. */
export function qp(text: string, charset = 'utf-8'): string {
  const lines = text.replace(/\r?\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, charset === 'utf-8' ? 'utf8' : 'latin1');
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      else if (b === 0x3d || b < 0x20 || b > 0x7e) enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      else enc += String.fromCharCode(b);
    }
    // soft-wrap at 75 chars + '=' without splitting an =XX escape
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      const esc = rest.lastIndexOf('=', cut);
      if (esc > cut - 3) cut = esc;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

/** Base64 wrapped at 76 columns. */
export function b64(data: Buffer | string, width = 76): string {
  const s = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

/** RFC 2047 encoded word when the text is not plain ASCII (or when forced). */
export function word(s: string, mode: 'B' | 'Q' = 'B', force = false): string {
  if (!force && /^[\x20-\x7e]*$/.test(s)) return s;
  if (mode === 'B') return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
  const q = [...Buffer.from(s, 'utf8')]
    .map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  return `=?utf-8?Q?${q}?=`;
}

/** A display name + address for a header. Quotes names with specials; encodes non-ASCII. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${word(name, mode)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a long header value at spaces (RFC 5322 2.2.3). */
export function fold(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= 78) return line;
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > 76) {
      out.push(cur);
      cur = ` ${w}`;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out.join(CRLF);
}

/** Hard wraps plain text at `width` columns, as old mail clients do (words are never split). */
export function hardWrap(text: string, width = 72): string {
  return text
    .split('\n')
    .map((para) => {
      if (para.length <= width) return para;
      const words = para.split(' ');
      const lines: string[] = [];
      let cur = '';
      for (const w of words) {
        if (cur && (cur + ' ' + w).length > width) {
          lines.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      lines.push(cur);
      return lines.join('\n');
    })
    .join('\n');
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------- parts

export interface Part {
  headers: string[];
  body: string; // already encoded, CRLF
}

export type Enc = 'qp' | 'b64' | '7bit' | '8bit';

export function textPart(sub: 'plain' | 'html', text: string, enc: Enc = 'qp', charset = 'utf-8', extra = ''): Part {
  const norm = text.replace(/\r?\n/g, '\n');
  let body: string;
  if (enc === 'qp') body = qp(norm, charset);
  else if (enc === 'b64') body = b64(Buffer.from(norm.replace(/\n/g, CRLF), charset === 'iso-8859-1' || charset === 'windows-1252' ? 'latin1' : 'utf8'));
  else body = norm.replace(/\n/g, CRLF);
  const cte = enc === 'qp' ? 'quoted-printable' : enc === 'b64' ? 'base64' : enc;
  return {
    headers: [`Content-Type: text/${sub}; charset="${charset}"${extra}`, `Content-Transfer-Encoding: ${cte}`],
    body,
  };
}

export function attachment(filename: string, data: Buffer, type = 'application/pdf', style: 'outlook' | 'gmail' | 'apple' | 'plain' = 'plain'): Part {
  const headers: string[] = [];
  if (style === 'apple') {
    headers.push(`Content-Disposition: attachment;${CRLF}\tfilename="${filename}"`, `Content-Type: ${type};${CRLF}\tx-unix-mode=0644;${CRLF}\tname="${filename}"`, 'Content-Transfer-Encoding: base64');
  } else if (style === 'gmail') {
    headers.push(`Content-Type: ${type}; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64', `Content-ID: <f_${hash(filename + data.length, 10)}>`, `X-Attachment-Id: f_${hash(filename + data.length, 10)}`);
  } else if (style === 'outlook') {
    headers.push(`Content-Type: ${type}; name="${filename}"`, `Content-Description: ${filename}`, `Content-Disposition: attachment; filename="${filename}"; size=${data.length}`, 'Content-Transfer-Encoding: base64');
  } else {
    headers.push(`Content-Type: ${type}; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64');
  }
  return { headers, body: b64(data) };
}

export function multipart(sub: string, parts: Part[], boundary: string, params = ''): Part {
  const body = [
    ...parts.map((p) => `--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}`),
    `--${boundary}--${CRLF}`,
  ].join(CRLF);
  return { headers: [`Content-Type: multipart/${sub};${CRLF}\tboundary="${boundary}"${params}`], body };
}

/** A complete message: top headers then the part's own headers and body. */
export function message(top: string[], part: Part, preamble = ''): string {
  const isMulti = part.headers[0]!.startsWith('Content-Type: multipart/');
  const body = isMulti && preamble ? `${preamble}${CRLF}${CRLF}${part.body}` : part.body;
  return `${[...top, 'MIME-Version: 1.0', ...part.headers].join(CRLF)}${CRLF}${CRLF}${body}${body.endsWith(CRLF) ? '' : CRLF}`;
}

// ---------------------------------------------------------------- dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-11-16 09:42:17' (UTC) → 'Mon, 16 Nov 2026 09:42:17 +0000'. */
export function rfcDate(iso: string): string {
  const d = new Date(`${iso.replace(' ', 'T')}Z`);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function epochMs(iso: string): number {
  return new Date(`${iso.replace(' ', 'T')}Z`).getTime();
}
