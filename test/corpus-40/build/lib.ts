// Hand-built MIME for corpus 40 (writer AJ). Everything derives from the email's id: boundaries, message ids,
// thread indexes. No clock, no randomness other than the seeded generator below.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDRESS: Record<Mailbox, string> = {
  portalenquiries: 'pcse.portalenquiries@nhs.net',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: 'pcse.openexeter@nhs.net',
};
export const MAILBOX_NAME: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries',
  datamanager: 'PCSE Data Manager',
  openexeter: 'PCSE Open Exeter',
};

export const CRLF = '\r\n';

export const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
export const hex = (s: string, n = 16): string => sha(s).slice(0, n);
export const b64hash = (s: string, n = 22): string => createHash('sha256').update(s).digest('base64').replace(/[+/=]/g, 'x').slice(0, n);

/** mulberry32 seeded from a string: the only source of noise in the corpus. */
export function rng(seed: string): () => number {
  let a = parseInt(hex(seed, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const uuid = (s: string): string => {
  const h = sha(s).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

// ---------- encoders ----------

const isAscii = (s: string): boolean => /^[\x20-\x7e\t\n\r]*$/.test(s);

/** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, soft breaks at 76. */
export function qp(text: string, charset: 'utf-8' | 'iso-8859-1' | 'windows-1252' = 'utf-8'): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = charset === 'utf-8' ? Buffer.from(line, 'utf8') : Buffer.from(line, 'latin1');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && !last) tokens.push(String.fromCharCode(b));
      else if (b >= 33 && b <= 126 && b !== 61) tokens.push(String.fromCharCode(b));
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

export function base64(buf: Buffer, width = 76): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

/** RFC 2047 encoded words, split on character boundaries so none is longer than 75. */
export function encodeWord(s: string, mode: 'B' | 'Q' = 'B', charset = 'utf-8'): string {
  if (isAscii(s)) return s;
  const words: string[] = [];
  let chunk = '';
  const enc = (c: string): string =>
    mode === 'B'
      ? Buffer.from(c, 'utf8').toString('base64')
      : [...Buffer.from(c, 'utf8')].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  for (const ch of [...s]) {
    const next = chunk + ch;
    if (`=?${charset}?${mode}?${enc(next)}?=`.length > 75) {
      words.push(`=?${charset}?${mode}?${enc(chunk)}?=`);
      chunk = ch;
    } else chunk = next;
  }
  if (chunk) words.push(`=?${charset}?${mode}?${enc(chunk)}?=`);
  return words.join(' ');
}

export interface Addr { name?: string; email: string; raw?: string; nameMode?: 'B' | 'Q' }

export function formatAddr(a: Addr): string {
  if (a.raw) return a.raw;
  if (!a.name) return a.email;
  if (!isAscii(a.name)) return `${encodeWord(a.name, a.nameMode ?? 'B')} <${a.email}>`;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(a.name)) return `${a.name} <${a.email}>`;
  return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.email}>`;
}

/** Folds a header at spaces so lines stay under 78 characters where it can. */
export function foldHeader(name: string, value: string): string {
  const full = `${name}: ${value}`;
  if (full.length <= 78) return full;
  const parts = full.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const p of parts) {
    if (cur && cur.length + 1 + p.length > 76) {
      lines.push(cur);
      cur = ` ${p}`;
    } else cur = cur ? `${cur} ${p}` : p;
  }
  if (cur) lines.push(cur);
  return lines.join(CRLF);
}

// ---------- MIME tree ----------

export type Header = [string, string];
export interface Leaf { headers: Header[]; body: string }
export interface Multi { headers: Header[]; parts: MimeNode[]; boundary: string; preamble?: string; epilogue?: string }
export type MimeNode = Leaf | Multi;

export type Cte = 'quoted-printable' | '7bit' | '8bit' | 'base64';

export function textLeaf(text: string, subtype: 'plain' | 'html', opts: { cte?: Cte; charset?: string; flowed?: boolean; extra?: Header[] } = {}): Leaf {
  const norm = text.replace(/\r\n/g, '\n');
  const long = norm.split('\n').some((l) => l.length > 76);
  const cte: Cte = opts.cte ?? (isAscii(norm) && !long ? '7bit' : 'quoted-printable');
  const charset = opts.charset ?? (isAscii(norm) && cte === '7bit' ? 'us-ascii' : 'utf-8');
  let body: string;
  if (cte === 'quoted-printable') body = qp(norm, charset === 'utf-8' || charset === 'UTF-8' ? 'utf-8' : 'windows-1252');
  else if (cte === 'base64') body = base64(Buffer.from(norm, charset.toLowerCase() === 'utf-8' ? 'utf8' : 'latin1'));
  else body = norm.split('\n').join(CRLF);
  const ct = `text/${subtype}; charset="${charset}"${opts.flowed ? '; format=flowed; delsp=yes' : ''}`;
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cte], ...(opts.extra ?? [])], body };
}

export function multi(subtype: string, parts: MimeNode[], boundary: string, extraCt = '', preamble?: string): Multi {
  return { headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${extraCt}`]], parts, boundary, preamble };
}

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
  inline?: boolean;
  cid?: string;
  style?: 'outlook' | 'apple' | 'gmail' | 'plain';
  encodedName?: boolean;
}

export function attachmentLeaf(a: Attachment, seed: string): Leaf {
  const fname = isAscii(a.filename) ? `"${a.filename}"` : `"${encodeWord(a.filename)}"`;
  const headers: Header[] = [];
  const style = a.style ?? 'outlook';
  if (style === 'apple') {
    headers.push(['Content-Disposition', `${a.inline ? 'inline' : 'attachment'};\r\n\tfilename=${fname}`]);
    headers.push(['Content-Type', `${a.contentType};\r\n\tx-unix-mode=0644;\r\n\tname=${fname}`]);
    headers.push(['Content-Transfer-Encoding', 'base64']);
  } else if (style === 'gmail') {
    headers.push(['Content-Type', `${a.contentType}; name=${fname}`]);
    headers.push(['Content-Disposition', `${a.inline ? 'inline' : 'attachment'}; filename=${fname}`]);
    headers.push(['Content-Transfer-Encoding', 'base64']);
    if (a.cid) headers.push(['Content-ID', `<${a.cid}>`]);
    headers.push(['X-Attachment-Id', a.cid ?? `f_${hex(seed + a.filename, 9)}0`]);
  } else if (style === 'plain') {
    headers.push(['Content-Type', `${a.contentType}; name=${fname}`]);
    headers.push(['Content-Transfer-Encoding', 'base64']);
    headers.push(['Content-Disposition', `attachment; filename=${fname}`]);
  } else {
    headers.push(['Content-Type', `${a.contentType}; name=${fname}`]);
    headers.push(['Content-Description', a.filename]);
    headers.push(['Content-Disposition', `${a.inline ? 'inline' : 'attachment'}; filename=${fname}; size=${a.data.length};\r\n\tcreation-date="Mon, 02 Nov 2026 09:00:00 GMT";\r\n\tmodification-date="Mon, 02 Nov 2026 09:00:00 GMT"`]);
    if (a.cid) headers.push(['Content-ID', `<${a.cid}>`]);
    headers.push(['Content-Transfer-Encoding', 'base64']);
  }
  return { headers, body: base64(a.data) };
}

export function serialize(node: MimeNode): string {
  const head = node.headers.map(([k, v]) => (v.includes('\r\n') ? `${k}: ${v}` : foldHeader(k, v))).join(CRLF);
  if ('body' in node) return `${head}${CRLF}${CRLF}${node.body}${CRLF}`;
  const pre = node.preamble !== undefined ? `${node.preamble}${CRLF}${CRLF}` : '';
  const parts = node.parts.map((p) => `--${node.boundary}${CRLF}${serialize(p)}`).join(CRLF);
  return `${head}${CRLF}${CRLF}${pre}${parts}${CRLF}--${node.boundary}--${CRLF}${node.epilogue ?? ''}`;
}

// ---------- dates ----------

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** RFC 5322 date of an ISO UTC instant, shown in the given offset (minutes east). */
export function rfcDate(iso: string, offsetMin = 0, padDay = false): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const off = Math.abs(offsetMin);
  const day = padDay ? p2(d.getUTCDate()) : String(d.getUTCDate());
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${sign}${p2(Math.floor(off / 60))}${p2(off % 60)}`;
}

/** "Monday, November 2, 2026 9:14 AM" style, as Outlook writes in quoted headers. */
export function outlookQuoteDate(iso: string): string {
  const d = new Date(iso);
  const long = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()];
  const h = d.getUTCHours();
  return `${long}, ${d.getUTCDate()} ${month} ${d.getUTCFullYear()} ${p2(h)}:${p2(d.getUTCMinutes())}`;
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
