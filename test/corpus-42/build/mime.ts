// MIME assembly by hand, as the sending clients and gateways write it (CRLF, fixed boundaries, no clock).

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252' | 'us-ascii';
export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Part {
  headers: [string, string][];
  body: Buffer;
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Bytes of a string in a charset; throws on a character the charset cannot hold (a writer's slip, not mail). */
export function encodeCharset(s: string, cs: Charset): Buffer {
  if (cs === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (cs === 'windows-1252' && CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else if (c < (cs === 'us-ascii' ? 128 : 256) && !(cs === 'windows-1252' && c >= 0x80 && c < 0xa0)) out.push(c);
    else throw new Error(`character ${JSON.stringify(ch)} not in ${cs}`);
  }
  return Buffer.from(out);
}

export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

/** Quoted-printable (RFC 2045): hard breaks kept, soft breaks at 76 columns wherever they fall. */
export function qp(buf: Buffer): Buffer {
  const text = buf.toString('latin1');
  const lines = text.split('\r\n');
  const out: string[] = [];
  for (const line of lines) {
    let cur = '';
    const toks: string[] = [];
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      if ((c === 0x20 || c === 0x09) && last) toks.push(`=${c.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (c === 0x3d || c > 126 || (c < 32 && c !== 9)) toks.push(`=${c.toString(16).toUpperCase().padStart(2, '0')}`);
      else toks.push(line[i] as string);
    }
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += t;
    }
    out.push(cur);
  }
  return Buffer.from(out.join('\r\n'), 'latin1');
}

export function b64(buf: Buffer, width = 76): Buffer {
  const s = buf.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return Buffer.from(lines.join('\r\n'), 'ascii');
}

/** RFC 2047 encoded words, split so each stays within 75 characters; joined by folding whitespace. */
export function encWord(s: string, mode: 'B' | 'Q', cs: Charset = 'utf-8'): string {
  const words: string[] = [];
  const prefix = `=?${cs === 'utf-8' ? 'UTF-8' : cs}?${mode}?`;
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    const bytes = encodeCharset(chunk, cs);
    const enc = mode === 'B' ? bytes.toString('base64') : qWord(bytes);
    words.push(`${prefix}${enc}?=`);
    chunk = '';
  };
  for (const ch of s) {
    const trial = chunk + ch;
    const bytes = encodeCharset(trial, cs);
    const len = mode === 'B' ? Math.ceil(bytes.length / 3) * 4 : qWord(bytes).length;
    if (prefix.length + len + 2 > 70) flush();
    chunk += ch;
  }
  flush();
  return words.join('\r\n ');
}

function qWord(bytes: Buffer): string {
  let o = '';
  for (const b of bytes) {
    if (b === 0x20) o += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2e || b === 0x2d) o += String.fromCharCode(b);
    else o += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return o;
}

/** A display name as clients write it: quoted when it needs it, encoded when it is not ASCII. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'Q'): string {
  if (!name) return email;
  if (/[^\x00-\x7f]/.test(name)) return `${encWord(name, mode)} <${email}>`;
  return /[,.;:()@<>"[\]]/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
}

/** Folds a long plain header at spaces (RFC 5322 folding). */
export function fold(name: string, value: string, width = 78): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > width && cur.length > name.length + 1) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join('\r\n');
}

export interface TextOpts {
  charset?: Charset;
  cte?: Cte;
  flowed?: boolean;
  delsp?: boolean;
  subtype?: 'plain' | 'html';
  extraHeaders?: [string, string][];
}

export function textPart(body: string, o: TextOpts = {}): Part {
  const cs = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  const st = o.subtype ?? 'plain';
  let ct = `text/${st}; charset="${cs}"`;
  if (o.flowed) ct = `text/${st}; charset=${cs}; format=flowed${o.delsp ? '; delsp=yes' : ''}`;
  const raw = encodeCharset(crlf(body), cs);
  const enc = cte === 'quoted-printable' ? qp(raw) : cte === 'base64' ? b64(raw) : raw;
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cte], ...(o.extraHeaders ?? [])], body: enc };
}

export const htmlPart = (html: string, o: TextOpts = {}): Part => textPart(html, { ...o, subtype: 'html' });

export function multipart(subtype: string, boundary: string, parts: Part[], opts: { preamble?: string; params?: string } = {}): Part {
  const chunks: Buffer[] = [];
  if (opts.preamble) chunks.push(Buffer.from(`${opts.preamble}\r\n\r\n`));
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    chunks.push(serialisePart(p));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${opts.params ?? ''}`]], body: Buffer.concat(chunks) };
}

export function attachment(data: Buffer, contentType: string, filename: string, o: { inline?: boolean; cid?: string; extra?: [string, string][]; nameParam?: boolean; sizeParam?: boolean } = {}): Part {
  const h: [string, string][] = [['Content-Type', `${contentType}; name="${filename}"`]];
  if (o.extra) h.push(...o.extra);
  h.push(['Content-Disposition', `${o.inline ? 'inline' : 'attachment'}; filename="${filename}"${o.sizeParam ? `; size=${data.length}` : ''}`]);
  if (o.cid) h.push(['Content-ID', `<${o.cid}>`]);
  h.push(['Content-Transfer-Encoding', 'base64']);
  return { headers: h, body: b64(data) };
}

/** An attached message (message/rfc822), 7bit, as Outlook attaches a forwarded item. */
export function rfc822(msg: Buffer, filename: string): Part {
  return { headers: [['Content-Type', `message/rfc822; name="${filename}"`], ['Content-Disposition', `attachment; filename="${filename}"`]], body: msg };
}

function serialiseHeaders(h: [string, string][]): string {
  return h.map(([k, v]) => (v.includes('\r\n') || `${k}: ${v}`.length <= 998 ? `${k}: ${v}` : fold(k, v))).join('\r\n');
}

export function serialisePart(p: Part): Buffer {
  return Buffer.concat([Buffer.from(`${serialiseHeaders(p.headers)}\r\n\r\n`, 'latin1'), p.body]);
}

/** The whole message: top headers (in the client's order), MIME-Version, then the root part's headers and body. */
export function message(top: [string, string][], root: Part, mimeVersion = '1.0'): Buffer {
  const h: [string, string][] = [...top, ['MIME-Version', mimeVersion], ...root.headers];
  const buf = Buffer.concat([Buffer.from(`${serialiseHeaders(h)}\r\n\r\n`, 'latin1'), root.body]);
  const s = buf.toString('latin1');
  // Every line end CRLF, exactly once.
  const fixed = s.replace(/\r?\n/g, '\r\n');
  return Buffer.from(fixed.endsWith('\r\n') ? fixed : `${fixed}\r\n`, 'latin1');
}

/** A deterministic hex string from a seed (boundaries, message-ids, thread indexes). */
export function hexOf(seed: string, len: number): string {
  let h1 = 0x811c9dc5;
  let out = '';
  let i = 0;
  while (out.length < len) {
    for (const ch of `${seed}#${i}`) {
      h1 ^= ch.charCodeAt(0);
      h1 = Math.imul(h1, 0x01000193) >>> 0;
    }
    out += h1.toString(16).padStart(8, '0');
    i++;
  }
  return out.slice(0, len);
}

export function b64Of(seed: string, len: number): string {
  return Buffer.from(hexOf(seed, len * 2), 'hex').toString('base64').replace(/[+/=]/g, 'A').slice(0, len);
}

export function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Hard-wraps text at a column, as an old practice system's mailer does (words never split, lines broken at spaces). */
export function hardWrap(text: string, width = 72): string {
  return text.split('\n').map((line) => {
    if (line.length <= width) return line;
    const words = line.split(' ');
    const out: string[] = [];
    let cur = '';
    for (const w of words) {
      if (cur && cur.length + 1 + w.length > width) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}

/** format=flowed (RFC 3676): soft breaks keep a trailing space; with delsp the break may fall inside a word. */
export function flow(text: string, width = 72, delsp = false): string {
  return text.split('\n').map((line) => {
    const l = line.startsWith(' ') || line.startsWith('>') || line.startsWith('From ') ? ` ${line}` : line;
    if (l.length <= width) return l.replace(/ +$/, '');
    const out: string[] = [];
    let rest = l;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = width;
      if (delsp) {
        // The break adds a space the reader deletes; an existing space before it stays.
        const at = rest[cut] === ' ' ? cut + 1 : cut;
        out.push(`${rest.slice(0, at)} `);
        rest = rest.slice(at);
      } else {
        out.push(rest.slice(0, cut + 1));
        rest = rest.slice(cut + 1);
      }
    }
    out.push(rest);
    return out.join('\n');
  }).join('\n');
}
