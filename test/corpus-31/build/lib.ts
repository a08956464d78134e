// Writer AA's own MIME builder: deterministic (boundaries from hashes), CRLF, folded headers,
// quoted-printable / base64 / 7bit / 8bit bodies, RFC 2047 words, windows-1252 text.
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
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export function encodeCharset(s: string, charset: string): Buffer {
  if (charset.toLowerCase() === 'windows-1252' || charset.toLowerCase() === 'iso-8859-1') {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (CP1252[ch] !== undefined) out.push(CP1252[ch]!);
      else if (c < 0x100) out.push(c);
      else out.push(0x3f);
    }
    return Buffer.from(out);
  }
  return Buffer.from(s, 'utf8');
}

/** Quoted-printable with soft breaks at 76. */
export function qp(buf: Buffer): string {
  const lines: string[] = [];
  // split on LF (text normalised to \n before encoding)
  const text = buf;
  let cur = '';
  const flush = (soft: boolean) => { lines.push(cur + (soft ? '=' : '')); cur = ''; };
  for (let i = 0; i < text.length; i++) {
    const b = text[i]!;
    if (b === 0x0a) {
      // trailing whitespace must be encoded
      if (cur.endsWith(' ') || cur.endsWith('\t')) {
        const last = cur.charCodeAt(cur.length - 1);
        cur = cur.slice(0, -1) + '=' + last.toString(16).toUpperCase().padStart(2, '0');
      }
      flush(false);
      continue;
    }
    if (b === 0x0d) continue;
    let tok: string;
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9) tok = String.fromCharCode(b);
    else tok = '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (cur.length + tok.length > 75) flush(true);
    cur += tok;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

export function b64(buf: Buffer, width = 76): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded word (B or Q) when the text is not plain ASCII. */
export function word(s: string, mode: 'B' | 'Q' = 'B', charset = 'utf-8'): string {
  if (isAscii(s)) return s;
  const buf = encodeCharset(s, charset);
  if (mode === 'B') {
    const parts: string[] = [];
    // chunk by characters so multi-byte sequences are not split
    let chunk = '';
    for (const ch of s) {
      if (encodeCharset(chunk + ch, charset).length > 42) { parts.push(chunk); chunk = ''; }
      chunk += ch;
    }
    if (chunk) parts.push(chunk);
    return parts.map((p) => `=?${charset}?B?${encodeCharset(p, charset).toString('base64')}?=`).join(' ');
  }
  let q = '';
  for (const b of buf) {
    if (b === 0x20) q += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) q += String.fromCharCode(b);
    else q += '=' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return `=?${charset}?Q?${q}?=`;
}

export interface Addr { name?: string; email: string }

export function addr(a: Addr, quote = true): string {
  if (!a.name) return `<${a.email}>`.replace(/^<(.*)>$/, '$1');
  if (!isAscii(a.name)) return `${word(a.name)} <${a.email}>`;
  const needsQuote = /[,.;:()<>@[\]"\\]/.test(a.name);
  return `${needsQuote || quote && /,/.test(a.name) ? `"${a.name.replace(/"/g, '\\"')}"` : a.name} <${a.email}>`;
}

/** Folds a header line at spaces to at most ~76 characters. */
export function fold(name: string, value: string): string {
  const full = `${name}: ${value}`;
  if (full.length <= 76 || /\r\n/.test(value)) return full;
  const words = full.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) { lines.push(cur); cur = ' ' + w; } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

// ---- parts ----
export interface Part { headers: [string, string][]; body: string; }

export type Enc = 'qp' | 'base64' | '7bit' | '8bit';

const norm = (s: string) => s.replace(/\r\n/g, '\n');

function encodeBody(text: string, charset: string, enc: Enc): string {
  const buf = encodeCharset(norm(text), charset);
  if (enc === 'qp') return qp(buf);
  if (enc === 'base64') return b64(buf);
  if (enc === '8bit') return buf.toString('latin1').split('\n').join(CRLF);
  return norm(text).split('\n').join(CRLF);
}

export function textPart(text: string, opts: { charset?: string; enc?: Enc; format?: string } = {}): Part {
  const charset = opts.charset ?? 'utf-8';
  const enc = opts.enc ?? (isAscii(text.replace(/\n/g, '')) ? '7bit' : 'qp');
  return {
    headers: [
      ['Content-Type', `text/plain; charset="${charset}"${opts.format ? `; format=${opts.format}` : ''}`],
      ['Content-Transfer-Encoding', enc === 'qp' ? 'quoted-printable' : enc],
    ],
    body: encodeBody(text, charset, enc),
  };
}

export function htmlPart(html: string, opts: { charset?: string; enc?: Enc } = {}): Part {
  const charset = opts.charset ?? 'utf-8';
  const enc = opts.enc ?? 'qp';
  return {
    headers: [['Content-Type', `text/html; charset="${charset}"`], ['Content-Transfer-Encoding', enc === 'qp' ? 'quoted-printable' : enc]],
    body: encodeBody(html, charset, enc),
  };
}

export function filePart(name: string, type: string, data: Buffer, opts: { inline?: boolean; cid?: string; outlook?: boolean } = {}): Part {
  const disp = opts.inline ? 'inline' : 'attachment';
  const fname = isAscii(name) ? `"${name}"` : `"${word(name)}"`;
  const headers: [string, string][] = [['Content-Type', `${type}; name=${fname}`]];
  if (opts.outlook) headers.push(['Content-Description', name]);
  headers.push(['Content-Disposition', `${disp}; filename=${fname}${opts.outlook ? `; size=${data.length}` : ''}`]);
  if (opts.cid) headers.push(['Content-ID', `<${opts.cid}>`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64(data) };
}

export function rawPart(type: string, body: string, extra: [string, string][] = []): Part {
  return { headers: [['Content-Type', type], ...extra], body: norm(body).split('\n').join(CRLF) };
}

export function multipart(sub: 'mixed' | 'alternative' | 'related' | string, parts: Part[], seed: string, style: 'outlook' | 'plain' | 'apple' | 'gmail' = 'plain', params = ''): Part {
  const h = hash(seed + sub, 28);
  const boundary = style === 'outlook' ? `_00${sub.slice(0, 3)}_${h}_`
    : style === 'apple' ? `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 28).toUpperCase()}`
      : style === 'gmail' ? `0000000000${h.slice(0, 18)}` : `----=_Part_${parseInt(h.slice(0, 6), 16)}_${parseInt(h.slice(6, 14), 16)}.${parseInt(h.slice(14, 24), 16)}`;
  const body: string[] = [];
  if (sub === 'mixed' || sub === 'report') body.push('This is a multi-part message in MIME format.', '');
  for (const p of parts) {
    body.push(`--${boundary}`);
    for (const [k, v] of p.headers) body.push(fold(k, v));
    body.push('', p.body);
  }
  body.push(`--${boundary}--`, '');
  return { headers: [['Content-Type', `multipart/${sub}; boundary="${boundary}"${params}`]], body: body.join(CRLF) };
}

export function message(headers: [string, string | undefined][], root: Part): string {
  const lines: string[] = [];
  for (const [k, v] of headers) if (v !== undefined) lines.push(/\r\n/.test(v) ? `${k}: ${v}` : fold(k, v));
  lines.push('MIME-Version: 1.0');
  for (const [k, v] of root.headers) lines.push(fold(k, v));
  return `${lines.join(CRLF)}${CRLF}${CRLF}${root.body}${root.body.endsWith(CRLF) ? '' : CRLF}`;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
