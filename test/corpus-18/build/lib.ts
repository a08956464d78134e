// Writer N's MIME toolkit for validation corpus 18: everything is built by hand so the bytes are fixed.
// Nothing here reads the project's own code; the messages are what real clients send.

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252' | 'us-ascii' | 'iso-8859-2';
export type Cte = 'quoted-printable' | 'base64' | '7bit' | '8bit';

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

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: a small seeded generator, so every run draws the same numbers. */
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

/** FNV-1a of a string, used to seed per-message randomness. */
export function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function hex(r: () => number, n: number, upper = false): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return upper ? s.toUpperCase() : s;
}

export function alnum(r: () => number, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)] ?? 'A';
  return s;
}

// ---------------------------------------------------------------- charsets

const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

// ISO-8859-2 upper half (0xA0..0xFF), for Central European senders.
const LATIN2_UPPER =
  '\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙';

export function encodeCharset(s: string, cs: Charset): Buffer {
  if (cs === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) { out.push(c); continue; }
    if (cs === 'us-ascii') throw new Error(`not ASCII: ${ch}`);
    if (cs === 'iso-8859-1') {
      if (c > 0xff) throw new Error(`not Latin-1: ${ch}`);
      out.push(c);
    } else if (cs === 'windows-1252') {
      const m = CP1252[ch];
      if (m !== undefined) out.push(m);
      else if (c >= 0xa0 && c <= 0xff) out.push(c);
      else throw new Error(`not windows-1252: ${ch}`);
    } else {
      const i = LATIN2_UPPER.indexOf(ch);
      if (i < 0) throw new Error(`not Latin-2: ${ch}`);
      out.push(0xa0 + i);
    }
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------- transfer encodings

/** Canonical form: CRLF line ends. */
export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

export function qpEncode(buf: Buffer): string {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      const end = i > start && buf[i - 1] === 0x0d ? i - 1 : i;
      lines.push(buf.subarray(start, end));
      start = i + 1;
    }
  }
  lines.push(buf.subarray(start));
  const out: string[] = [];
  for (const line of lines) {
    let cur = '';
    for (let i = 0; i < line.length; i++) {
      const b = line[i] ?? 0;
      const last = i === line.length - 1;
      let tok: string;
      if (b === 0x3d || (b < 32 && b !== 9) || b > 126 || ((b === 32 || b === 9) && last)) {
        tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      } else tok = String.fromCharCode(b);
      if (cur.length + tok.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += tok;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}

export function b64Lines(buf: Buffer, width = 76): string {
  const s = buf.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join('\r\n');
}

// ---------------------------------------------------------------- RFC 2047

const isPlainAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** Encoded words for a header phrase or unstructured text; ASCII stays as is. */
export function ew(s: string, mode: 'B' | 'Q' = 'B', cs: Charset = 'utf-8'): string {
  if (isPlainAscii(s)) return s;
  const label = cs.toUpperCase() === 'UTF-8' ? 'UTF-8' : cs.toUpperCase();
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    const bytes = encodeCharset(chunk, cs);
    if (mode === 'B') words.push(`=?${label}?B?${bytes.toString('base64')}?=`);
    else {
      let q = '';
      for (const b of bytes) {
        if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d) q += String.fromCharCode(b);
        else if (b === 0x20) q += '_';
        else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      words.push(`=?${label}?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const ch of s) {
    const next = chunk + ch;
    const len = mode === 'B' ? Math.ceil(encodeCharset(next, cs).length / 3) * 4 : encodeCharset(next, cs).length * 3;
    if (len > 44) flush();
    chunk += ch;
  }
  flush();
  return words.join(' ');
}

/** A mailbox for a header: display name quoted or encoded as a client would. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'B', cs: Charset = 'utf-8'): string {
  if (!name) return email;
  if (!isPlainAscii(name)) return `${ew(name, mode, cs)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

// ---------------------------------------------------------------- headers

export type Header = [string, string];

/** Folds a header at spaces outside quoted strings so that lines stay under 78 characters. */
export function foldHeader(name: string, value: string): string {
  const first = `${name}: `;
  if (first.length + value.length <= 76) return `${first}${value}`;
  const tokens: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (ch === '"' && value[i - 1] !== '\\') inQuote = !inQuote;
    if (ch === ' ' && !inQuote && cur) {
      tokens.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur) tokens.push(cur);
  const lines: string[] = [];
  let line = first.trimEnd();
  for (const t of tokens) {
    if (line.length + 1 + t.length > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${t}`;
    } else line += ` ${t}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date from an ISO instant, shown at the given UTC offset in minutes. */
export function rfcDate(iso: string, offsetMin = 0): string {
  const t = new Date(Date.parse(iso) + offsetMin * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMin < 0 ? '-' : '+';
  const o = Math.abs(offsetMin);
  return `${DAYS[t.getUTCDay()]}, ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(
    t.getUTCMinutes(),
  )}:${p(t.getUTCSeconds())} ${sign}${p(Math.floor(o / 60))}${p(o % 60)}`;
}

/** A plain-English date as quoted in a reply header ("On Tue, 10 Nov 2026 at 09:14, …"). */
export function longDate(iso: string): string {
  const t = new Date(iso);
  const full = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${full[t.getUTCDay()]}, ${t.getUTCDate()} ${months[t.getUTCMonth()]} ${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}`;
}

// ---------------------------------------------------------------- MIME tree

export interface Leaf {
  headers: Header[];
  body: string; // already transfer-encoded, CRLF
  raw?: Buffer; // 8bit bodies keep their bytes
}
export interface Multi {
  headers: Header[];
  boundary: string;
  parts: Node[];
  preamble?: string;
  epilogue?: string;
}
export type Node = Leaf | Multi;

const isMulti = (n: Node): n is Multi => 'parts' in n;

export interface TextOpts {
  html?: boolean;
  charset?: Charset;
  cte?: Cte;
  flowed?: boolean;
  delsp?: boolean;
  extra?: Header[];
  quoteCharset?: boolean;
}

/** RFC 3676 format=flowed: long lines broken at spaces, each soft break keeping its trailing space. */
export function flowWrap(s: string, width = 72): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    if (line.length <= width) {
      out.push(line);
      continue;
    }
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = rest.indexOf(' ', width);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut + 1));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  return out.join('\n');
}

export function text(content: string, o: TextOpts = {}): Leaf {
  const cs = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  const sub = o.html ? 'html' : 'plain';
  const csParam = o.quoteCharset === false ? cs : `"${cs}"`;
  let ct = `text/${sub}; charset=${csParam}`;
  if (o.flowed) ct += `; format=flowed${o.delsp ? '; delsp=yes' : ''}`;
  const headers: Header[] = [['Content-Type', ct], ['Content-Transfer-Encoding', cte], ...(o.extra ?? [])];
  const bytes = encodeCharset(crlf(o.flowed ? flowWrap(content) : content), cs);
  if (cte === 'quoted-printable') return { headers, body: qpEncode(bytes) };
  if (cte === 'base64') return { headers, body: b64Lines(bytes) };
  if (cte === '7bit' && bytes.some((b) => b > 0x7f)) throw new Error('7bit body with 8-bit bytes');
  return { headers, body: '', raw: bytes };
}

export function attachment(buf: Buffer, contentType: string, filename: string, o: { inline?: boolean; cid?: string; extra?: Header[]; sizeParam?: boolean; dates?: string } = {}): Leaf {
  const name = isPlainAscii(filename) ? `"${filename}"` : `"${ew(filename)}"`;
  const disp = `${o.inline ? 'inline' : 'attachment'}; filename=${name}${o.sizeParam ? `; size=${buf.length}` : ''}${o.dates ?? ''}`;
  const headers: Header[] = [['Content-Type', `${contentType}; name=${name}`]];
  if (o.extra) headers.push(...o.extra);
  headers.push(['Content-Disposition', disp]);
  if (o.cid) headers.push(['Content-ID', `<${o.cid}>`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64Lines(buf) };
}

export function multi(subtype: string, boundary: string, parts: Node[], o: { preamble?: string; epilogue?: string; params?: string; extra?: Header[] } = {}): Multi {
  return {
    headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${o.params ?? ''}`], ...(o.extra ?? [])],
    boundary,
    parts,
    preamble: o.preamble,
    epilogue: o.epilogue,
  };
}

/** A leaf with custom headers and a literal (already encoded) body: message/rfc822, delivery-status and the like. */
export function rawPart(headers: Header[], body: string): Leaf {
  return { headers, body: crlf(body) };
}

function serializeNode(n: Node): Buffer[] {
  const chunks: Buffer[] = [];
  if (isMulti(n)) {
    if (n.preamble !== undefined) chunks.push(Buffer.from(`${crlf(n.preamble)}\r\n`));
    for (const p of n.parts) {
      chunks.push(Buffer.from(`\r\n--${n.boundary}\r\n`));
      chunks.push(Buffer.from(p.headers.map(([k, v]) => foldHeader(k, v)).join('\r\n') + '\r\n\r\n'));
      chunks.push(...serializeNode(p));
    }
    chunks.push(Buffer.from(`\r\n--${n.boundary}--\r\n`));
    if (n.epilogue !== undefined) chunks.push(Buffer.from(crlf(n.epilogue)));
  } else if (n.raw) chunks.push(n.raw);
  else chunks.push(Buffer.from(n.body));
  return chunks;
}

/** The message: top headers, then the root part's own headers, then its body. */
export function message(top: Header[], root: Node): Buffer {
  const head = [...top, ['MIME-Version', '1.0'] as Header, ...root.headers].map(([k, v]) => foldHeader(k, v)).join('\r\n');
  const body = Buffer.concat(serializeNode(root));
  const tail = body.length && body[body.length - 1] === 0x0a ? Buffer.alloc(0) : Buffer.from('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, tail]);
}

/** A message without MIME-Version (old-style plain 7bit/8bit), for system mail. */
export function plainMessage(top: Header[], body: string, cs: Charset = 'us-ascii'): Buffer {
  const head = top.map(([k, v]) => foldHeader(k, v)).join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), encodeCharset(crlf(body), cs), Buffer.from('\r\n')]);
}

// ---------------------------------------------------------------- client header sets

export type Client = 'outlook' | 'owa' | 'outlook-mac' | 'gmail' | 'iphone' | 'android-outlook' | 'samsung' | 'outlookcom' | 'thunderbird' | 'applemail' | 'yahoo' | 'system';

export interface Env {
  id: string; // unique per message, seeds everything
  client: Client;
  from: string; // formatted From header value
  fromEmail: string;
  to: string;
  cc?: string;
  subject: string; // already ASCII or encoded by the caller via ew()
  date: string; // ISO instant
  offset?: number; // minutes east of UTC for the Date header
  inReplyTo?: string;
  references?: string;
  auth?: 'pass' | 'none' | 'fail' | 'omit';
  extra?: Header[];
  importance?: boolean;
  threadTopic?: string;
}

const EXO_HOSTS = ['LO2P265MB5432', 'LO4P265MB6012', 'CWLP265MB4183', 'LO0P265MB7021', 'DB9P265MB1857', 'LNXP265MB2290', 'CWXP265MB3361'];

export function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1).toLowerCase();
}

function authResults(e: Env, r: () => number): Header[] {
  if (e.auth === 'omit') return [];
  const d = domainOf(e.fromEmail);
  const ip = `${[40, 52, 209, 185, 81][Math.floor(r() * 5)]}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}`;
  const mode = e.auth ?? 'pass';
  if (mode === 'pass') {
    return [['Authentication-Results', `spf=pass (sender IP is ${ip}) smtp.mailfrom=${d}; dkim=pass (signature was verified) header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass reason=100`]];
  }
  if (mode === 'none') {
    return [['Authentication-Results', `spf=pass (sender IP is ${ip}) smtp.mailfrom=${d}; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=${d};compauth=softpass reason=201`]];
  }
  return [['Authentication-Results', `spf=softfail (sender IP is ${ip}) smtp.mailfrom=${d}; dkim=fail (body hash did not verify) header.d=${d};dmarc=fail action=quarantine header.from=${d};compauth=fail reason=000`]];
}

/** Top headers as the PCSE mailbox (Exchange Online) stores them: transport lines first, then the client's own. */
export function envelope(e: Env): { headers: Header[]; messageId: string } {
  const r = rng(seedOf(e.id));
  const host = EXO_HOSTS[Math.floor(r() * EXO_HOSTS.length)] ?? 'LO2P265MB5432';
  const dom = domainOf(e.fromEmail);
  const recvd = rfcDate(e.date, 0);
  const h: Header[] = [];
  h.push(['Received', `from ${host}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${hex(r, 3)}::${hex(r, 2)}) by ${host}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${recvd}`]);
  let messageId: string;
  const stamp = e.date.replace(/[-:TZ.]/g, '').slice(0, 14);
  switch (e.client) {
    case 'outlook':
    case 'owa':
    case 'outlook-mac':
    case 'android-outlook':
    case 'outlookcom': {
      const own = e.client === 'outlookcom' ? `${['AS8P', 'DU0P', 'PAXP', 'AM9P'][Math.floor(r() * 4)]}${Math.floor(r() * 900 + 100)}MB${Math.floor(r() * 9000 + 1000)}.EURP${Math.floor(r() * 90 + 190)}.PROD.OUTLOOK.COM` : `${EXO_HOSTS[Math.floor(r() * EXO_HOSTS.length)]}.GBRP265.PROD.OUTLOOK.COM`;
      messageId = `<${own.split('.')[0]}${hex(r, 8, true)}${hex(r, 8, true)}@${own}>`;
      break;
    }
    case 'gmail':
      messageId = `<CA${alnum(r, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}+${alnum(r, 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>`;
      break;
    case 'iphone':
    case 'applemail':
      messageId = `<${hex(r, 8, true)}-${hex(r, 4, true)}-${hex(r, 4, true)}-${hex(r, 4, true)}-${hex(r, 12, true)}@${dom}>`;
      break;
    case 'samsung':
      messageId = `<${stamp}.${hex(r, 16)}@email.android.com>`;
      break;
    case 'thunderbird':
      messageId = `<${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}@${dom}>`;
      break;
    case 'yahoo':
      messageId = `<${Math.floor(r() * 9e8 + 1e8)}.${Math.floor(r() * 9e6 + 1e6)}.${stamp}@mail.yahoo.com>`;
      break;
    default:
      messageId = `<${stamp}.${hex(r, 12)}@${dom}>`;
  }
  if (dom !== 'nhs.net' && e.client !== 'system') {
    const relay = dom === 'gmail.com' ? 'mail-wr1-f54.google.com' : dom.startsWith('yahoo.') ? 'sonic301-2.consmr.mail.ir2.yahoo.com' : dom === 'outlook.com' ? 'EUR05-AM6-obe.outbound.protection.outlook.com' : ['smtp.livemail.co.uk', 'relay.mailchannels.net', 'mail.123-reg.co.uk'][Math.floor(r() * 3)];
    h.push(['Received', `from ${relay} (${Math.floor(r() * 200)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}) by LO1GBR01FT012.mail.protection.outlook.com (10.152.${Math.floor(r() * 200)}.${Math.floor(r() * 200)}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.5 via Frontend Transport; ${recvd}`]);
  }
  h.push(...authResults(e, r));
  if (e.client === 'gmail') {
    h.push(['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=${Math.floor(Date.parse(e.date) / 1000)}; x=${Math.floor(Date.parse(e.date) / 1000) + 604800}; darn=nhs.net; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=${alnum(r, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=; b=${alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`]);
    h.push(['X-Gm-Message-State', `AOJu0Y${alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`]);
  }
  h.push(['From', e.from]);
  h.push(['To', e.to]);
  if (e.cc) h.push(['CC', e.cc]);
  h.push(['Subject', e.subject]);
  if (e.client === 'outlook' || e.client === 'owa' || e.client === 'outlookcom' || e.client === 'android-outlook' || e.client === 'outlook-mac') {
    h.push(['Thread-Topic', e.threadTopic ?? e.subject.replace(/^(RE|FW|Fwd|AW|Re):\s*/i, '')]);
    h.push(['Thread-Index', `A${alnum(r, 31, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}`]);
  }
  h.push(['Date', rfcDate(e.date, e.offset ?? 0)]);
  h.push(['Message-ID', messageId]);
  if (e.inReplyTo) h.push(['In-Reply-To', e.inReplyTo]);
  if (e.references) h.push(['References', e.references]);
  switch (e.client) {
    case 'outlook':
      h.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', ''], ['X-Mailer', 'Microsoft Outlook 16.0']);
      break;
    case 'owa':
      h.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', ''], ['x-ms-exchange-messagesentrepresentingtype', '1']);
      break;
    case 'outlook-mac':
      h.push(['Content-Language', 'en-GB'], ['User-Agent', 'Microsoft-MacOutlook/16.91.24111020']);
      break;
    case 'android-outlook':
      h.push(['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-Mailer', 'Outlook for Android']);
      break;
    case 'outlookcom':
      h.push(['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', ''], ['msip_labels', '']);
      break;
    case 'iphone':
      h.push(['X-Mailer', 'iPhone Mail (22B91)']);
      break;
    case 'applemail':
      h.push(['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)']);
      break;
    case 'thunderbird':
      h.push(['User-Agent', 'Mozilla Thunderbird']);
      break;
    case 'samsung':
      h.push(['X-Mailer', 'Samsung Email']);
      break;
    case 'yahoo':
      h.push(['X-Mailer', 'WebService/1.1.23187 YMailNorrin']);
      break;
    default:
      break;
  }
  if (e.importance) h.push(['Importance', 'high'], ['X-Priority', '1']);
  h.push(['X-MS-Exchange-Organization-AuthSource', `${host}.GBRP265.PROD.OUTLOOK.COM`]);
  h.push(['X-MS-Exchange-Organization-SCL', '1']);
  if (e.extra) h.push(...e.extra);
  return { headers: h, messageId };
}

// ---------------------------------------------------------------- HTML helpers

export const escHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Outlook's Word-generated HTML shell (MsoNormal paragraphs, o:p, WordSection1). */
export function outlookHtml(inner: string, o: { font?: string; size?: string } = {}): string {
  const font = o.font ?? 'Aptos';
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:${font};}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:${o.size ?? '11.0pt'};
	font-family:"${font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"${font}",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

/** One Word paragraph: `p('text')` → `<p class="MsoNormal">text<o:p></o:p></p>`; an empty string gives the blank line Outlook writes. */
export function p(inner: string, style?: string): string {
  const st = style ? ` style="${style}"` : '';
  return inner === '' ? `<p class="MsoNormal"${st}><o:p>&nbsp;</o:p></p>` : `<p class="MsoNormal"${st}>${inner}<o:p></o:p></p>`;
}

/** Outlook's reply separator block, From/Sent/To/Subject. */
export function outlookQuoteHead(o: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> ${escHtml(o.from)}<br>
<b>Sent:</b> ${escHtml(o.sent)}<br>
<b>To:</b> ${escHtml(o.to)}<br>${o.cc ? `\n<b>Cc:</b> ${escHtml(o.cc)}<br>` : ''}
<b>Subject:</b> ${escHtml(o.subject)}<o:p></o:p></span></p>
</div>`;
}

/** The NHSmail footer appended to every message that leaves NHSmail. */
export const NHSMAIL_FOOTER_TEXT = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p>********************************************************************************************************************</p>
<p>This message may contain confidential information. If you are not the intended recipient please inform the<br>
sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.</p>
<p>NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.</p>
<p>For more information and to find out how you can switch, <a href="https://portal.nhs.net/help/joiningnhsmail">https://portal.nhs.net/help/joiningnhsmail</a></p>
`;

/** A rough text rendering of simple HTML, for the text/plain half of an alternative. */
export function htmlToText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h\d|li|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------- expected cases

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email {
  mailbox: Mailbox;
  slug: string; // NNN-name
  eml: Buffer;
  expected: Expected;
}

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

// ---------------------------------------------------------------- assembling one email

export function boundary(client: Client, id: string, n = 0): string {
  const r = rng(seedOf(`${id}#b${n}`));
  switch (client) {
    case 'outlook':
    case 'owa':
    case 'outlookcom':
    case 'android-outlook':
    case 'outlook-mac': {
      const host = EXO_HOSTS[Math.floor(r() * EXO_HOSTS.length)] ?? 'LO2P265MB5432';
      return `_00${n}_${host}${hex(r, 16, true)}${host}GBRP_`;
    }
    case 'gmail':
      return `0000000000${hex(r, 16)}`;
    case 'iphone':
      return `Apple-Mail-${hex(r, 8, true)}-${hex(r, 4, true)}-${hex(r, 4, true)}-${hex(r, 4, true)}-${hex(r, 12, true)}`;
    case 'applemail':
      return `Apple-Mail=_${hex(r, 8, true)}-${hex(r, 4, true)}-${hex(r, 4, true)}-${hex(r, 4, true)}-${hex(r, 12, true)}`;
    case 'thunderbird':
      return `------------${alnum(r, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
    case 'samsung':
      return `--_com.samsung.android.email_${Math.floor(r() * 9e15 + 1e15)}`;
    case 'yahoo':
      return `----=_Part_${Math.floor(r() * 9e6 + 1e6)}_${Math.floor(r() * 9e8 + 1e8)}.${Math.floor(r() * 9e12 + 1e12)}`;
    default:
      return `=_${hex(r, 24)}`;
  }
}

export interface Spec {
  mailbox: Mailbox;
  slug: string;
  env: Omit<Env, 'id'>;
  body: (b: (n: number) => string) => Node;
  expected: Omit<Expected, 'mailbox'>;
  /** Top headers written instead of the client set (system mail). */
  raw?: (messageId: string) => Header[];
}

export function make(s: Spec): Email {
  const id = `${s.mailbox}/${s.slug}`;
  const env: Env = { ...s.env, id };
  const { headers } = envelope(env);
  const root = s.body((n) => boundary(env.client, id, n));
  return { mailbox: s.mailbox, slug: s.slug, eml: message(headers, root), expected: { mailbox: s.mailbox, ...s.expected } };
}

/** A signature laid out as a two-column table, as Outlook users paste it. */
export function sigTable(name: string, lines: string[], accent = '#005EB8', left?: string): string {
  return `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td width="${left ? 110 : 8}" valign="top" style="width:${left ? 82 : 6}pt;padding:0cm 5.4pt 0cm 0cm">
<p class="MsoNormal"><b><span style="font-size:14.0pt;color:${accent}">${left ?? ''}</span></b><o:p></o:p></p>
</td>
<td valign="top" style="border:none;border-left:solid ${accent} 1.5pt;padding:0cm 5.4pt 0cm 7.0pt">
<p class="MsoNormal"><b><span style="font-size:10.0pt;color:${accent}">${name}</span></b><span style="font-size:9.0pt;color:#425563"><br>
${lines.join('<br>\n')}</span><o:p></o:p></p>
</td>
</tr>
</table>`;
}
