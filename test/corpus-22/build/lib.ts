// MIME writing for corpus 22 (writer R): everything by hand, deterministic.
import { createHash } from 'node:crypto';

export type Rng = () => number;

/** mulberry32 seeded from a string. */
export function rng(seed: string): Rng {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** Runs fn with Math.random replaced by a seeded generator (pdf-lib names its resources with Math.random). */
export async function withSeededRandom<T>(seed: string, fn: () => Promise<T>): Promise<T> {
  const orig = Math.random;
  Math.random = rng(seed);
  try {
    return await fn();
  } finally {
    Math.random = orig;
  }
}

// ---------------------------------------------------------------- encodings

const hex2 = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Quoted-printable (RFC 2045) of UTF-8 text; lines joined with CRLF, soft breaks at 76. */
export function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(hex2(b));
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) toks.push(String.fromCharCode(b));
      else toks.push(hex2(b));
    });
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
  return out.join('\r\n');
}

export function b64(data: Buffer | string, width = 76): string {
  const s = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join('\r\n');
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words, B (Outlook) or Q (Gmail, Apple), split so each word stays short. */
export function word(s: string, enc: 'B' | 'Q' = 'B', charset = 'utf-8'): string {
  if (isAscii(s)) return s;
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    if (enc === 'B') words.push(`=?${charset}?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    else {
      const q = [...Buffer.from(chunk, 'utf8')]
        .map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : hex2(b)))
        .join('');
      words.push(`=?${charset}?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const ch of s) {
    chunk += ch;
    if (Buffer.byteLength(chunk, 'utf8') >= 36) flush();
  }
  flush();
  return words.join('\r\n ');
}

/** A display name ready for a header: encoded if not ASCII, quoted if it holds specials. */
export function displayName(name: string, enc: 'B' | 'Q' = 'B'): string {
  if (!isAscii(name)) return word(name, enc);
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}"`;
  return name;
}

export interface Addr {
  name?: string;
  email: string;
}

export const addr = (a: Addr, enc: 'B' | 'Q' = 'B') => (a.name ? `${displayName(a.name, enc)} <${a.email}>` : a.email);

/** Folds a header at commas/spaces near 78 columns. */
export function fold(name: string, value: string): string {
  const full = `${name}: ${value}`;
  if (full.length <= 78 || value.includes('\r\n')) return full;
  const out: string[] = [];
  let cur = '';
  for (const piece of full.split(/(?<=,) /)) {
    if (cur && cur.length + piece.length + 1 > 78) {
      out.push(cur);
      cur = ` ${piece}`;
    } else cur = cur ? `${cur} ${piece}` : piece;
  }
  out.push(cur);
  return out.join('\r\n');
}

// ---------------------------------------------------------------- dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYNAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date in UTC (November: GMT). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
/** "16 November 2026 09:14" as Outlook (en-GB) writes Sent: */
export const sentDate = (iso: string) => {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
};
/** "Monday, 16 November 2026 09:14" (Outlook web, en-GB). */
export const owaDate = (iso: string) => {
  const d = new Date(iso);
  return `${DAYNAMES[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
};
/** "Mon, 16 Nov 2026 at 09:14" (Gmail attribution line). */
export const gmailDate = (iso: string) => {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
};
export const addMinutes = (iso: string, m: number) => new Date(new Date(iso).getTime() + m * 60000).toISOString().replace('.000Z', 'Z');

// ---------------------------------------------------------------- body markup
// Source bodies are plain lines. "**x**" is bold in HTML; a line "| a | b |" is a table row.

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const URL_RE = /https?:\/\/[^\s<>"]+/g;

function inlineHtml(line: string, links = true): string {
  let h = esc(line).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
  if (links) {
    h = h.replace(URL_RE, (u) => `<a href="${u}">${u}</a>`);
    h = h.replace(EMAIL_RE, (e) => `<a href="mailto:${e}">${e}</a>`);
  }
  return h;
}
const plainLine = (line: string) => line.replace(/\*\*(.+?)\*\*/g, '$1');
const isRow = (l: string) => /^\|.*\|\s*$/.test(l);
const cells = (l: string) => l.trim().slice(1, -1).split('|').map((c) => c.trim());

/** Plain text of a source body; Outlook desktop also writes addresses as "x<mailto:x>". */
export function toPlain(src: string, mailto = false): string {
  return src
    .split('\n')
    .map((l) => {
      let t = isRow(l) ? cells(l).map(plainLine).join('\t') : plainLine(l);
      if (mailto) t = t.replace(EMAIL_RE, (e) => `${e}<mailto:${e}>`);
      return t;
    })
    .join('\n');
}

/** Groups source lines into paragraphs and tables. */
function blocks(src: string): ({ t: 'p'; l: string } | { t: 'table'; rows: string[][] })[] {
  const out: ({ t: 'p'; l: string } | { t: 'table'; rows: string[][] })[] = [];
  for (const l of src.split('\n')) {
    if (isRow(l)) {
      const last = out[out.length - 1];
      if (last?.t === 'table') last.rows.push(cells(l));
      else out.push({ t: 'table', rows: [cells(l)] });
    } else out.push({ t: 'p', l });
  }
  return out;
}

/** Word-generated HTML (Outlook desktop, Outlook 16 on a small-business server). */
export function wordHtml(src: string): string {
  return blocks(src)
    .map((b) => {
      if (b.t === 'p') return b.l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${inlineHtml(b.l)}<o:p></o:p></p>`;
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td width="${i === 0 ? 236 : 366}" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${inlineHtml(c)}<o:p></o:p></p></td>`).join('')}</tr>`,
        )
        .join('\n');
      return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${rows}\n</tbody>\n</table>`;
    })
    .join('\n');
}

/** Outlook on the web / new Outlook HTML. */
export function owaHtml(src: string): string {
  const st = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);';
  return blocks(src)
    .map((b) => {
      if (b.t === 'p') return `<div class="elementToProof" style="${st}">${b.l.trim() === '' ? '<br>' : inlineHtml(b.l, false)}</div>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td style="border: 1px solid rgb(0, 0, 0); padding: 2px 6px;">${inlineHtml(c, false)}</td>`).join('')}</tr>`).join('');
      return `<table style="border-collapse: collapse; ${st}"><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
}

/** Simple div-per-line HTML (Gmail, Outlook mobile). */
export function divHtml(src: string, linkify = true): string {
  return src
    .split('\n')
    .map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${inlineHtml(isRow(l) ? cells(l).join(' ') : l, linkify)}</div>`))
    .join('');
}

// ---------------------------------------------------------------- MIME parts

export interface Part {
  headers: string[];
  body: string; // CRLF, already encoded
}

export const textPart = (text: string, opts: { html?: boolean; charset?: string; cte?: 'quoted-printable' | '7bit' | 'base64' | '8bit'; flowed?: boolean } = {}): Part => {
  const charset = opts.charset ?? 'utf-8';
  const cte = opts.cte ?? 'quoted-printable';
  const body = cte === 'quoted-printable' ? qp(text) : cte === 'base64' ? b64(text) : text.split('\n').join('\r\n');
  return {
    headers: [`Content-Type: text/${opts.html ? 'html' : 'plain'}; charset="${charset}"${opts.flowed ? '; format=flowed' : ''}`, `Content-Transfer-Encoding: ${cte}`],
    body,
  };
};

export function multipart(sub: string, boundary: string, parts: Part[], extra = ''): Part {
  const body = [
    ...(sub === 'mixed' || sub === 'report' ? ['This is a multi-part message in MIME format.', ''] : []),
    ...parts.flatMap((p) => [`--${boundary}`, ...p.headers, '', p.body, '']),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { headers: [`Content-Type: multipart/${sub};${extra ? ` ${extra};` : ''}\r\n\tboundary="${boundary}"`], body };
}

export function render(headers: string[], top: Part): string {
  return [...headers, ...top.headers, 'MIME-Version: 1.0', '', top.body].join('\r\n').replace(/\r?\n/g, '\r\n');
}
