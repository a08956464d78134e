import { deflateSync } from 'node:zlib';

// MIME by hand for corpus 38 (writer AH). Bodies are kept as "byte strings" (one JS char per byte, 0–255) so that
// UTF-8, ISO-8859-1 and Windows-1252 parts can sit in the same file; the message is written with Buffer 'latin1'.

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252' | 'us-ascii';
export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Part {
  headers: [string, string][];
  body: string; // byte string, CRLF line ends
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Encodes text in a charset and returns the bytes as a byte string. Throws on a character the charset lacks. */
export function toBytes(text: string, charset: Charset): string {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8').toString('latin1');
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (charset === 'windows-1252' && CP1252_EXTRA[ch] !== undefined) out += String.fromCharCode(CP1252_EXTRA[ch]);
    else if (charset !== 'us-ascii' && cp >= 0xa0 && cp <= 0xff) out += ch;
    else throw new Error(`character ${JSON.stringify(ch)} not in ${charset}`);
  }
  return out;
}

/** LF or CRLF text to CRLF. */
export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

/** Quoted-printable (RFC 2045) of a byte string whose lines end in CRLF; soft breaks at 76. */
export function qp(bytes: string): string {
  const lines = bytes.split('\r\n');
  const out: string[] = [];
  for (const line of lines) {
    let cur = '';
    const chunks: string[] = [];
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      let enc: string;
      if ((c === 0x20 || c === 0x09) && last) enc = `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      else if (c === 0x3d || c > 0x7e || (c < 0x20 && c !== 0x09)) enc = `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      else enc = line[i]!;
      if (cur.length + enc.length > 75) {
        chunks.push(`${cur}=`);
        cur = '';
      }
      cur += enc;
    }
    chunks.push(cur);
    out.push(chunks.join('\r\n'));
  }
  return out.join('\r\n');
}

/** Base64 of a byte string or buffer, 76-character lines. */
export function b64(data: string | Buffer): string {
  const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const s = buf.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 76) lines.push(s.slice(i, i + 76));
  return lines.join('\r\n');
}

/** RFC 2047 encoded words for a header value (B or Q), split so each word stays under 75 characters. */
export function encWord(text: string, charset: Charset = 'utf-8', mode: 'B' | 'Q' = 'B'): string {
  const words: string[] = [];
  const prefix = `=?${charset}?${mode}?`;
  const maxPayload = 75 - prefix.length - 2;
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    const bytes = toBytes(chunk, charset);
    const payload = mode === 'B' ? Buffer.from(bytes, 'latin1').toString('base64') : qWord(bytes);
    words.push(`${prefix}${payload}?=`);
    chunk = '';
  };
  for (const ch of text) {
    const next = chunk + ch;
    const bytes = toBytes(next, charset);
    const len = mode === 'B' ? Math.ceil(bytes.length / 3) * 4 : qWord(bytes).length;
    if (len > maxPayload) flush();
    chunk += ch;
  }
  flush();
  return words.join('\r\n ');
}

function qWord(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c === 0x20) out += '_';
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || '!*+-/'.includes(bytes[i]!)) out += bytes[i];
    else out += `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A display-name + address, encoding the name when it is not plain ASCII. */
export function addr(name: string | null, email: string, charset: Charset = 'utf-8', mode: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (/^[\x20-\x7e]*$/.test(name)) {
    const needsQuote = /[(),.:;<>@[\]\\"]/.test(name);
    return `${needsQuote ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name} <${email}>`;
  }
  return `${encWord(name, charset, mode)} <${email}>`;
}

/** A header value that may hold non-ASCII text (subjects): encoded when needed. */
export function hval(text: string, charset: Charset = 'utf-8', mode: 'B' | 'Q' = 'B'): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return encWord(text, charset, mode);
}

export function textPart(text: string, subtype: 'plain' | 'html', charset: Charset, cte: Cte, extra: [string, string][] = []): Part {
  const bytes = toBytes(crlf(text), charset);
  let body: string;
  if (cte === 'quoted-printable') body = qp(bytes);
  else if (cte === 'base64') body = b64(bytes);
  else body = bytes;
  const ct = subtype === 'plain' && extra.some(([k]) => k === '__format') ? `text/plain; charset="${charset}"; format=flowed` : `text/${subtype}; charset="${charset}"`;
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cte], ...extra.filter(([k]) => k !== '__format')], body };
}

export function multipart(subtype: string, boundary: string, parts: Part[], opts: { preamble?: string; params?: string } = {}): Part {
  const lines: string[] = [];
  if (opts.preamble) lines.push(opts.preamble, '');
  for (const p of parts) {
    lines.push(`--${boundary}`);
    lines.push(...p.headers.map(([k, v]) => `${k}: ${v}`));
    lines.push('');
    lines.push(p.body);
  }
  lines.push(`--${boundary}--`, '');
  return { headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${opts.params ?? ''}`]], body: lines.join('\r\n') };
}

export function attachment(filename: string, contentType: string, data: Buffer, opts: { inline?: boolean; cid?: string; size?: boolean; outlook?: boolean } = {}): Part {
  const disp = opts.inline ? 'inline' : 'attachment';
  const headers: [string, string][] = [['Content-Type', `${contentType}; name="${filename}"`]];
  if (opts.outlook) headers.push(['Content-Description', filename]);
  headers.push(['Content-Disposition', `${disp}; filename="${filename}"${opts.size ? `; size=${data.length}` : ''}`]);
  if (opts.cid) headers.push(['Content-ID', `<${opts.cid}>`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64(data) };
}

/** An attached message (message/rfc822), kept 7bit/8bit as the RFC asks. */
export function rfc822(eml: string, filename?: string): Part {
  const headers: [string, string][] = [['Content-Type', filename ? `message/rfc822; name="${filename}"` : 'message/rfc822']];
  if (filename) headers.push(['Content-Disposition', `attachment; filename="${filename}"`]);
  return { headers, body: eml.endsWith('\r\n') ? eml.slice(0, -2) : eml };
}

/** The whole message as a byte string: header lines (already folded where they must be) then the root part. */
export function message(headers: [string, string][], root: Part): string {
  const lines = [...headers.map(([k, v]) => `${k}: ${v}`), ...root.headers.map(([k, v]) => `${k}: ${v}`), '', root.body];
  let s = lines.join('\r\n');
  if (!s.endsWith('\r\n')) s += '\r\n';
  return s;
}

/** Simple headers for a single-part body. */
export function single(text: string, subtype: 'plain' | 'html', charset: Charset, cte: Cte): Part {
  return textPart(text, subtype, charset, cte);
}

/** Deterministic pseudo-random numbers (mulberry32). */
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

/** A hex string derived from a label, for boundaries and message ids (no randomness). */
export function hexOf(label: string, len = 16): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1234567;
  for (let i = 0; i < label.length; i++) {
    h1 = Math.imul(h1 ^ label.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ label.charCodeAt(i), 2246822519) >>> 0;
  }
  let out = '';
  let x = h1;
  let y = h2;
  while (out.length < len) {
    x = Math.imul(x ^ (x >>> 13), 3266489917) >>> 0;
    y = Math.imul(y ^ (y >>> 11), 668265263) >>> 0;
    out += ((x ^ y) >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, len);
}

/** RFC 5322 date from an ISO instant and an offset label ('+0000' or '+0100'). */
export function rfcDate(iso: string, offset = '+0000'): string {
  const d = new Date(iso);
  const offMin = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const local = new Date(d.getTime() + offMin * 60000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[local.getUTCDay()]}, ${local.getUTCDate()} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())} ${offset}`;
}

/** Escapes text for HTML, keeping non-ASCII characters as they are. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Received/Authentication-Results header sets for mail arriving in an NHSmail (Exchange Online) mailbox. */
export function nhsmailInbound(opts: { id: string; iso: string; fromDomain: string; ip: string; dkim?: 'pass' | 'fail' | 'none'; spf?: 'pass' | 'fail' | 'softfail' | 'none'; dmarc?: 'pass' | 'fail' | 'none'; helo?: string }): [string, string][] {
  const dkim = opts.dkim ?? 'pass';
  const spf = opts.spf ?? 'pass';
  const dmarc = opts.dmarc ?? 'pass';
  const h = hexOf(opts.id, 8).toUpperCase();
  const date = rfcDate(opts.iso);
  const dkimText = dkim === 'pass' ? 'dkim=pass (signature was verified)' : dkim === 'fail' ? 'dkim=fail (body hash did not verify)' : 'dkim=none (message not signed)';
  const action = dmarc === 'fail' ? 'action=quarantine' : 'action=none';
  return [
    ['Received', `from LO${h.slice(0, 1)}P265MB${h.slice(1, 5)}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${h.slice(4, 7).toLowerCase()}::9)\r\n by CWLP265MB${h.slice(3, 7)}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`],
    ['Received', `from ${opts.helo ?? `mail.${opts.fromDomain}`} (${opts.ip}) by\r\n LO${h.slice(0, 1)}P265MB${h.slice(1, 5)}.mail.protection.outlook.com (10.167.17.${parseInt(h.slice(6, 8), 16) % 200 + 20}) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.${parseInt(h.slice(2, 4), 16)}; ${date}`],
    ['Authentication-Results', `spf=${spf} (sender IP is ${opts.ip})\r\n smtp.mailfrom=${opts.fromDomain}; ${dkimText}\r\n header.d=${opts.fromDomain};dmarc=${dmarc} ${action}\r\n header.from=${opts.fromDomain};compauth=${dmarc === 'fail' ? 'fail reason=000' : 'pass reason=100'}`],
    ['Received-SPF', `${spf === 'pass' ? 'Pass' : spf === 'fail' ? 'Fail' : 'SoftFail'} (protection.outlook.com: domain of ${opts.fromDomain}\r\n designates ${opts.ip} as ${spf === 'pass' ? 'permitted' : 'not a permitted'} sender)`],
  ];
}

/** Headers for mail sent internally within NHSmail (no Authentication-Results from outside). */
export function nhsmailInternal(opts: { id: string; iso: string }): [string, string][] {
  const h = hexOf(opts.id, 8).toUpperCase();
  return [
    ['Received', `from CWLP265MB${h.slice(0, 4)}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:${h.slice(4, 7).toLowerCase()}::6)\r\n by LO${h.slice(7, 8)}P265MB${h.slice(2, 6)}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${rfcDate(opts.iso)}`],
    ['Authentication-Results', 'dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=nhs.net;'],
  ];
}

export function outlookMeta(opts: { id: string; topic: string; attach?: boolean; lang?: string }): [string, string][] {
  const idx = Buffer.from(hexOf(`${opts.id}-ti`, 44), 'hex').toString('base64');
  return [
    ['Thread-Topic', opts.topic],
    ['Thread-Index', idx],
    ['Accept-Language', 'en-GB, en-US'],
    ['Content-Language', opts.lang ?? 'en-GB'],
    ['X-MS-Has-Attach', opts.attach ? 'yes' : ''],
    ['X-MS-Exchange-Organization-SCL', '1'],
    ['X-MS-TNEF-Correlator', ''],
    ['X-MS-Exchange-Organization-AuthAs', 'Anonymous'],
    ['X-MS-Exchange-Organization-AuthSource', `LO${hexOf(opts.id, 4).toUpperCase()}P265MB4521.GBRP265.PROD.OUTLOOK.COM`],
  ];
}

/** The NHSmail footer appended to every message sent from nhs.net. */
export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p style="font-family:Arial;font-size:8pt;color:#666666">********************************************************************************************************************<br>
<br>
This message may contain confidential information. If you are not the intended recipient please inform the<br>
sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br>
<br>
NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.<br>
<br>
For more information and to find out how you can switch, <a href="https://portal.nhs.net/help/joiningnhsmail">https://portal.nhs.net/help/joiningnhsmail</a></p>`;

/** A tiny deterministic PNG (solid colour blocks) standing in for a logo in a signature. */
export function logoPng(seed: number, w = 120, h = 40): Buffer {
  const raw: number[] = [];
  const r = rng(seed);
  const c1 = [0, 94, 184];
  const c2 = [Math.floor(r() * 200), Math.floor(r() * 200), Math.floor(r() * 200)];
  for (let y = 0; y < h; y++) {
    raw.push(0);
    for (let x = 0; x < w; x++) {
      const band = x < w / 3 ? c1 : y > h / 2 ? c2 : [255, 255, 255];
      raw.push(band[0]!, band[1]!, band[2]!);
    }
  }
  const zdata = deflateSync(Buffer.from(raw), { level: 9 });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', zdata), pngChunk('IEND', Buffer.alloc(0))]);
}

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let c = 0xffffffff;
  for (const byte of td) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((c ^ 0xffffffff) >>> 0);
  return Buffer.concat([len, td, crc]);
}
