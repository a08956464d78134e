// Writer AE's hand-built MIME: every byte of every message is decided here, so two builds give identical files.

export type Charset = 'utf-8' | 'windows-1252' | 'us-ascii';
export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Leaf {
  type: string;
  charset?: Charset;
  cte: Cte;
  body: string | Buffer;
  filename?: string;
  inline?: boolean;
  extra?: string[];
}
export interface Multi {
  multipart: 'mixed' | 'alternative' | 'related' | 'report';
  boundary: string;
  parts: Node[];
  params?: string;
  preamble?: string;
}
export type Node = Leaf | Multi;

/** mulberry32: the corpus's only source of noise. */
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

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export function encodeText(s: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (charset === 'us-ascii') {
      if (cp > 0x7f) throw new Error(`not ASCII: ${ch} in ${s.slice(0, 40)}`);
      out.push(cp);
    } else if (CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else if (cp <= 0xff && (cp < 0x80 || cp > 0x9f)) out.push(cp);
    else throw new Error(`not windows-1252: ${ch} in ${s.slice(0, 40)}`);
  }
  return Buffer.from(out);
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** Quoted-printable over bytes whose lines are CRLF-separated; soft breaks keep lines within 76. */
export function qp(buf: Buffer): string {
  const lines: string[] = [];
  let start = 0;
  const text: number[][] = [];
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || (buf[i] === 0x0d && buf[i + 1] === 0x0a)) {
      text.push([...buf.subarray(start, i)]);
      if (i < buf.length) i++;
      start = i + 1;
    }
  }
  for (const bytes of text) {
    const toks = bytes.map((b, idx) => {
      const last = idx === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) return `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) return String.fromCharCode(b);
      return `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    });
    let line = '';
    for (const t of toks) {
      if (line.length + t.length > 75) {
        lines.push(`${line}=`);
        line = '';
      }
      line += t;
    }
    lines.push(line);
  }
  return lines.join('\r\n');
}

export function b64(buf: Buffer, width = 76): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join('\r\n');
}

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** RFC 2047 encoded words (B), split so each word stays within 75 characters. */
export function encWord(s: string, charset: Charset = 'utf-8', mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    const bytes = encodeText(chunk, charset);
    if (mode === 'B') words.push(`=?${charset}?B?${bytes.toString('base64')}?=`);
    else {
      const q = [...bytes].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
      words.push(`=?${charset}?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const ch of s) {
    chunk += ch;
    if (encodeText(chunk, charset).length >= (mode === 'B' ? 36 : 18)) flush();
  }
  flush();
  return words.join('\r\n ');
}

export interface Addr { name?: string; email: string; charset?: Charset; quote?: boolean }

export function addr(a: Addr): string {
  if (!a.name) return a.email;
  if (!isAscii(a.name)) return `${encWord(a.name, a.charset ?? 'utf-8')} <${a.email}>`;
  if (a.quote || /[,.;:()<>@[\]"]/.test(a.name)) return `"${a.name.replace(/"/g, '\\"')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date of a UTC instant (the corpus's dates are in GMT, November and December 2026). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

export function renderNode(n: Node): Buffer {
  if ('multipart' in n) {
    const head = `Content-Type: multipart/${n.multipart}; ${n.params ? `${n.params}; ` : ''}boundary="${n.boundary}"\r\n\r\n`;
    const pieces: Buffer[] = [Buffer.from(head + (n.preamble ? `${n.preamble}\r\n\r\n` : ''))];
    for (const p of n.parts) {
      pieces.push(Buffer.from(`--${n.boundary}\r\n`), renderNode(p), Buffer.from('\r\n'));
    }
    pieces.push(Buffer.from(`--${n.boundary}--\r\n`));
    return Buffer.concat(pieces);
  }
  const h: string[] = [];
  let ct = `Content-Type: ${n.type}`;
  if (n.charset) ct += `; charset="${n.charset}"`;
  if (n.filename) ct += `; name="${n.filename}"`;
  h.push(ct);
  if (n.filename) {
    h.push(`Content-Description: ${n.filename}`);
    h.push(`Content-Disposition: ${n.inline ? 'inline' : 'attachment'}; filename="${n.filename}"${Buffer.isBuffer(n.body) ? `; size=${n.body.length}` : ''}`);
  }
  h.push(`Content-Transfer-Encoding: ${n.cte}`);
  if (n.extra) h.push(...n.extra);
  const raw = Buffer.isBuffer(n.body) ? n.body : encodeText(crlf(n.body), n.charset ?? 'utf-8');
  let body: Buffer;
  if (n.cte === 'base64') body = Buffer.from(b64(raw));
  else if (n.cte === 'quoted-printable') body = Buffer.from(qp(raw));
  else body = raw;
  return Buffer.concat([Buffer.from(`${h.join('\r\n')}\r\n\r\n`), body, Buffer.from('\r\n')]);
}

export const text = (body: string, charset: Charset = 'utf-8', cte: Cte = 'quoted-printable'): Leaf => ({ type: 'text/plain', charset, cte, body });
export const html = (body: string, charset: Charset = 'utf-8', cte: Cte = 'quoted-printable'): Leaf => ({ type: 'text/html', charset, cte, body });
export const pdf = (filename: string, bytes: Uint8Array): Leaf => ({ type: 'application/pdf', cte: 'base64', body: Buffer.from(bytes), filename });

export type Profile = 'outlook' | 'gmail' | 'iphone' | 'apple' | 'system' | 'exchange' | 'android';

export interface MessageSpec {
  profile: Profile;
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  subject: string;
  subjectCharset?: Charset;
  date: string; // ISO, UTC
  id: string; // without angle brackets
  inReplyTo?: string;
  references?: string[];
  extraHeaders?: string[];
  body: Node;
  threadIndex?: string;
}

function fold(name: string, value: string): string {
  // Only the structured address lists are folded here; encoded words fold themselves.
  return `${name}: ${value}`;
}

export function message(m: MessageSpec): Buffer {
  const h: string[] = [];
  const fromDomain = m.from.email.split('@')[1] ?? 'nhs.net';
  const to = m.to.map(addr).join(',\r\n\t');
  const subj = isAscii(m.subject) ? m.subject : encWord(m.subject, m.subjectCharset ?? 'utf-8');
  const date = rfcDate(m.date);
  const d = new Date(m.date);
  const earlier = new Date(d.getTime() - 3000);
  const rcvd = rfcDate(earlier.toISOString());
  switch (m.profile) {
    case 'outlook':
    case 'exchange':
      h.push(`Received: from ${m.profile === 'outlook' ? 'LO6P265MB6' : 'CWLP123MB4'}${(d.getUTCMinutes() * 7 + 101) % 997}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2b1::${(d.getUTCSeconds() % 9) + 1}) by`);
      h.push(` LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${rcvd}`);
      h.push(`Authentication-Results: spf=pass (sender IP is 40.92.${(d.getUTCDate() * 3) % 250}.${(d.getUTCMinutes() * 4) % 250})`);
      h.push(` smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified)`);
      h.push(` header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};`);
      h.push(fold('From', addr(m.from)));
      h.push(fold('To', to));
      if (m.cc?.length) h.push(fold('CC', m.cc.map(addr).join(',\r\n\t')));
      h.push(`Subject: ${subj}`);
      h.push(`Thread-Topic: ${subj}`);
      h.push(`Thread-Index: ${m.threadIndex ?? Buffer.from(m.id.slice(0, 16)).toString('base64')}`);
      h.push(`Date: ${date}`);
      h.push(`Message-ID: <${m.id}>`);
      if (m.references?.length) h.push(`References: ${m.references.map((r) => `<${r}>`).join('\r\n ')}`);
      if (m.inReplyTo) h.push(`In-Reply-To: <${m.inReplyTo}>`);
      h.push('Accept-Language: en-GB, en-US');
      h.push('Content-Language: en-GB');
      h.push(`X-MS-Has-Attach: ${'multipart' in m.body && m.body.multipart === 'mixed' ? 'yes' : ''}`);
      h.push('X-MS-TNEF-Correlator: ');
      break;
    case 'gmail':
    case 'android':
      h.push(`Received: by mail-wr1-f${(d.getUTCMinutes() % 70) + 10}.google.com with SMTP id ${m.id.slice(0, 10).replace(/[^a-z0-9]/gi, 'x')}so${d.getUTCSeconds()}wrq.1;`);
      h.push(`        ${rcvd}`);
      h.push('X-Gm-Message-State: AOJu0YwSyntheticCorpusHeaderValueForWriterAE');
      h.push('MIME-Version: 1.0');
      if (m.references?.length) h.push(`References: ${m.references.map((r) => `<${r}>`).join(' ')}`);
      if (m.inReplyTo) h.push(`In-Reply-To: <${m.inReplyTo}>`);
      h.push(`From: ${addr(m.from)}`);
      h.push(`Date: ${date}`);
      h.push(`Message-ID: <${m.id}>`);
      h.push(`Subject: ${subj}`);
      h.push(`To: ${to}`);
      if (m.cc?.length) h.push(`Cc: ${m.cc.map(addr).join(', ')}`);
      break;
    case 'iphone':
    case 'apple':
      h.push(`From: ${addr(m.from)}`);
      h.push(`Mime-Version: 1.0 (1.0)`);
      h.push(`Subject: ${subj}`);
      h.push(`Date: ${date}`);
      h.push(`Message-Id: <${m.id}>`);
      if (m.references?.length) h.push(`References: ${m.references.map((r) => `<${r}>`).join(' ')}`);
      if (m.inReplyTo) h.push(`In-Reply-To: <${m.inReplyTo}>`);
      if (m.cc?.length) h.push(`Cc: ${m.cc.map(addr).join(', ')}`);
      h.push(`To: ${to}`);
      h.push(m.profile === 'iphone' ? 'X-Mailer: iPhone Mail (22B91)' : 'X-Mailer: Apple Mail (2.3826.300.87.4.3)');
      break;
    case 'system':
      h.push(`Received: from relay.nhs.net (relay.nhs.net [155.231.1.${d.getUTCMinutes()}]) by mx.nhs.net; ${rcvd}`);
      h.push(`Date: ${date}`);
      h.push(`From: ${addr(m.from)}`);
      h.push(`To: ${to}`);
      if (m.cc?.length) h.push(`Cc: ${m.cc.map(addr).join(', ')}`);
      h.push(`Subject: ${subj}`);
      h.push(`Message-ID: <${m.id}>`);
      if (m.inReplyTo) h.push(`In-Reply-To: <${m.inReplyTo}>`);
      if (m.references?.length) h.push(`References: ${m.references.map((r) => `<${r}>`).join(' ')}`);
      break;
  }
  if (m.extraHeaders) h.push(...m.extraHeaders);
  if (m.profile !== 'iphone' && m.profile !== 'apple' && m.profile !== 'gmail' && m.profile !== 'android') h.push('MIME-Version: 1.0');
  const body = renderNode(m.body);
  return Buffer.concat([Buffer.from(`${h.join('\r\n')}\r\n`), body]);
}

// ---------- common text pieces ----------

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const PCSE_FOOTER = `
Primary Care Support England
Customer Support Centre: 0333 014 2884
https://pcse.england.nhs.uk

Primary Care Support England provides administrative and support services for primary care on behalf of NHS England and is part of Capita plc.`;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prefixes every line with "> " (plain-text quoting). */
export const quote = (s: string) => s.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

export function htmlDoc(inner: string, css = 'font-family:Aptos,Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000'): string {
  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="${css}">
${inner}
</div>
</body>
</html>
`;
}

/** A rough text rendering of HTML for multipart/alternative plain parts. */
export function htmlToText(h: string): string {
  return h
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<\/(p|div|tr|h\d|li)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
