// MIME written by hand for corpus 19 (writer O): encoders, parts, client header sets. Deterministic: no clock, no
// randomness except the seeded generator below.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
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
  slug: string;
  raw: string;
  expected: Expected;
}

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

/** Mulberry32: a small seeded generator. */
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

export const sha = (s: string | Buffer, n = 40): string => createHash('sha1').update(s).digest('hex').slice(0, n);

// ---------------------------------------------------------------------------------------------------------------
// Charsets
const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export type Charset = 'utf-8' | 'iso-8859-1' | 'windows-1252' | 'us-ascii';

export function encodeCharset(s: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (charset === 'windows-1252' && CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]!);
    else if (charset !== 'us-ascii' && cp < 0x100) out.push(cp);
    else throw new Error(`cannot encode ${JSON.stringify(ch)} in ${charset}`);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Transfer encodings (the result uses \n; emit() turns every \n into CRLF)
export function base64Lines(data: Buffer, width = 76): string {
  const b = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return lines.join('\n');
}

export function qpEncode(text: string, charset: Charset): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (const line of lines) {
    const bytes = encodeCharset(line, charset);
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((c === 0x20 || c === 0x09) && last) tokens.push(`=${c.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (c === 0x3d || c > 126 || (c < 32 && c !== 0x09)) tokens.push(`=${c.toString(16).toUpperCase().padStart(2, '0')}`);
      else tokens.push(String.fromCharCode(c));
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

/** RFC 2047 encoded-words for a header value, split so each word stays short. */
export function encodeWord(s: string, enc: 'B' | 'Q' = 'B', charset: Charset = 'utf-8'): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const words: string[] = [];
  const chars = [...s];
  let chunk: string[] = [];
  const flush = () => {
    if (!chunk.length) return;
    const bytes = encodeCharset(chunk.join(''), charset);
    if (enc === 'B') words.push(`=?${charset}?B?${bytes.toString('base64')}?=`);
    else {
      let q = '';
      for (const c of bytes) {
        if (c === 0x20) q += '_';
        else if (c > 126 || c < 33 || c === 0x3d || c === 0x3f || c === 0x5f || c === 0x22) q += `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
        else q += String.fromCharCode(c);
      }
      words.push(`=?${charset}?Q?${q}?=`);
    }
    chunk = [];
  };
  for (const ch of chars) {
    chunk.push(ch);
    if (encodeCharset(chunk.join(''), charset).length >= 36) flush();
  }
  flush();
  return words.join('\n ');
}

/** Folds a plain header at spaces to keep lines under 78 characters. */
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

// ---------------------------------------------------------------------------------------------------------------
// Parts
export interface Part {
  headers: [string, string][];
  body: string;
}

export interface TextOpts {
  charset?: Charset;
  cte?: '7bit' | '8bit' | 'quoted-printable' | 'base64';
  flowed?: boolean;
}

function textPart(subtype: 'plain' | 'html', s: string, o: TextOpts = {}): Part {
  const charset = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  let body: string;
  if (cte === 'quoted-printable') body = qpEncode(s, charset);
  else if (cte === 'base64') body = base64Lines(encodeCharset(s.replace(/\n/g, '\r\n'), charset));
  else {
    if (cte === '7bit' && !/^[\x00-\x7f]*$/.test(s)) throw new Error('7bit body with non-ASCII text');
    if (cte === '8bit' && charset !== 'utf-8') throw new Error('8bit bodies are written as UTF-8 only');
    body = s;
  }
  const ct = `text/${subtype}; charset="${charset}"${o.flowed ? '; format=flowed' : ''}`;
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cte]], body };
}

export const plain = (s: string, o?: TextOpts): Part => textPart('plain', s, o);
export const html = (s: string, o?: TextOpts): Part => textPart('html', s, o);

export type BoundaryStyle = 'outlook' | 'gmail' | 'apple' | 'thunderbird' | 'exchange' | 'plain';

function boundary(style: BoundaryStyle, parts: Part[], sub: string): string {
  const h = sha(parts.map((p) => p.body).join('|') + sub);
  switch (style) {
    case 'outlook': return `_000_${h.slice(0, 8).toUpperCase()}${h.slice(8, 20).toUpperCase()}GBRP265PRODOUTLOOK_`;
    case 'exchange': return `_004_${h.slice(0, 12).toUpperCase()}GBRP265PRODOUTLOOK_`;
    case 'gmail': return `000000000000${h.slice(0, 16)}`;
    case 'apple': return `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}`;
    case 'thunderbird': return `------------${h.slice(0, 24)}`;
    default: return `=_Part_${h.slice(0, 6)}_${h.slice(6, 16)}`;
  }
}

export function multipart(sub: 'mixed' | 'alternative' | 'related' | 'report', parts: Part[], style: BoundaryStyle = 'plain', params = ''): Part {
  const b = boundary(style, parts, sub);
  const body: string[] = [];
  if (style !== 'gmail') body.push('This is a multi-part message in MIME format.', '');
  for (const p of parts) {
    body.push(`--${b}`);
    for (const [k, v] of p.headers) body.push(fold(k, v));
    body.push('', p.body);
  }
  body.push(`--${b}--`, '');
  return { headers: [['Content-Type', `multipart/${sub};${params ? ` ${params};` : ''}\n\tboundary="${b}"`]], body: body.join('\n') };
}

export const alternative = (parts: Part[], style: BoundaryStyle = 'plain'): Part => multipart('alternative', parts, style);
export const mixed = (parts: Part[], style: BoundaryStyle = 'plain'): Part => multipart('mixed', parts, style);

export function attachment(filename: string, contentType: string, data: Buffer, style: 'outlook' | 'gmail' | 'apple' | 'plain' = 'plain'): Part {
  const headers: [string, string][] = [];
  if (style === 'apple') {
    headers.push(['Content-Disposition', `attachment;\n\tfilename="${filename}"`], ['Content-Type', `${contentType};\n\tx-unix-mode=0644;\n\tname="${filename}"`], ['Content-Transfer-Encoding', 'base64']);
  } else if (style === 'gmail') {
    headers.push(['Content-Type', `${contentType}; name="${filename}"`], ['Content-Disposition', `attachment; filename="${filename}"`], ['Content-Transfer-Encoding', 'base64'], ['Content-ID', `<f_${sha(data, 10)}0>`], ['X-Attachment-Id', `f_${sha(data, 10)}0`]);
  } else if (style === 'outlook') {
    headers.push(['Content-Type', `${contentType}; name="${filename}"`], ['Content-Description', filename], ['Content-Disposition', `attachment; filename="${filename}"; size=${data.length};\n\tcreation-date="Mon, 02 Nov 2026 09:00:00 GMT";\n\tmodification-date="Mon, 02 Nov 2026 09:00:00 GMT"`], ['Content-Transfer-Encoding', 'base64']);
  } else {
    headers.push(['Content-Type', `${contentType}; name="${filename}"`], ['Content-Disposition', `attachment; filename="${filename}"`], ['Content-Transfer-Encoding', 'base64']);
  }
  return { headers, body: base64Lines(data) };
}

export function rawPart(contentType: string, body: string, extra: [string, string][] = []): Part {
  return { headers: [['Content-Type', contentType], ...extra], body };
}

// ---------------------------------------------------------------------------------------------------------------
// People and dates
export interface Addr {
  name?: string;
  email: string;
}

const needsQuote = (n: string) => /[(),.:;<>@[\]\\"]/.test(n);

export function formatAddr(a: Addr, enc: 'B' | 'Q' = 'B', charset: Charset = 'utf-8'): string {
  if (!a.name) return a.email;
  if (!/^[\x20-\x7e]*$/.test(a.name)) return `${encodeWord(a.name, enc, charset)} <${a.email}>`;
  return needsQuote(a.name) ? `"${a.name.replace(/"/g, '\\"')}" <${a.email}>` : `${a.name} <${a.email}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** `iso` is UTC ("2026-11-10T08:31:44Z"); November and December in the UK are GMT. */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
/** Outlook's quote header: "Tuesday, November 10, 2026 8:31 AM" (en-US) or "10 November 2026 08:31" (en-GB). */
export function outlookSent(iso: string, locale: 'us' | 'gb' = 'gb'): string {
  const d = new Date(iso);
  if (locale === 'us') {
    const h = d.getUTCHours() % 12 || 12;
    return `${DAYS_LONG[d.getUTCDay()]}, ${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h}:${p2(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
  }
  return `${DAYS_LONG[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}
/** Gmail's "On Mon, 9 Nov 2026 at 16:40, Name <a@b> wrote:". */
export function gmailOn(iso: string, who: Addr): string {
  const d = new Date(iso);
  return `On ${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}, ${who.name} <${who.email}> wrote:`;
}
/** Apple Mail's "On 9 Nov 2026, at 16:40, Name <a@b> wrote:". */
export function appleOn(iso: string, who: Addr): string {
  const d = new Date(iso);
  return `On ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, at ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}, ${who.name} <${who.email}> wrote:`;
}
export const quote = (s: string, prefix = '> '): string => s.split('\n').map((l) => (l ? `${prefix}${l}` : prefix.trimEnd())).join('\n');

// ---------------------------------------------------------------------------------------------------------------
// Client header sets
export type Client = 'outlook' | 'owa' | 'outlook-mac' | 'gmail' | 'apple' | 'iphone' | 'thunderbird' | 'system' | 'helpdesk';

export interface Envelope {
  client: Client;
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  replyTo?: Addr;
  subject: string;
  date: string; // ISO UTC
  id: string; // message-id without <>
  inReplyTo?: string;
  references?: string[];
  threadTopic?: string;
  auth?: 'nhs' | 'pass' | 'fail' | 'none';
  subjectEnc?: 'B' | 'Q';
  nameEnc?: 'B' | 'Q';
  charset?: Charset;
  extra?: [string, string][];
  importance?: boolean;
}

function authResults(e: Envelope): [string, string][] {
  const dom = e.from.email.split('@')[1]!;
  const ip = `${40 + (parseInt(sha(e.id, 2), 16) % 20)}.${parseInt(sha(e.id, 4).slice(2), 16) % 250}.${parseInt(sha(e.id, 6).slice(4), 16) % 250}.${parseInt(sha(e.id, 8).slice(6), 16) % 250}`;
  if (e.auth === 'none') return [];
  if (e.auth === 'fail') {
    return [['Authentication-Results', `spf=fail (sender IP is ${ip})\n smtp.mailfrom=${dom}; dkim=fail (signature did not verify)\n header.d=${dom};dmarc=fail action=quarantine\n header.from=${dom};compauth=fail reason=000`]];
  }
  return [
    ['Authentication-Results', `spf=pass (sender IP is ${ip})\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\n header.d=${dom};dmarc=pass action=none\n header.from=${dom};compauth=pass reason=100`],
    ['Received-SPF', `Pass (protection.outlook.com: domain of ${dom} designates\n ${ip} as permitted sender) receiver=protection.outlook.com;\n client-ip=${ip}; helo=${dom === 'nhs.net' ? 'relay.nhs.net' : `mail.${dom}`}; pr=C`],
  ];
}

const msExchange = (e: Envelope): [string, string][] => [
  ['X-MS-Exchange-Organization-Network-Message-Id', `${sha(e.id, 8)}-${sha(e.id + 'a', 4)}-${sha(e.id + 'b', 4)}-${sha(e.id + 'c', 4)}-${sha(e.id + 'd', 12)}`],
  ['X-MS-Exchange-Organization-AuthSource', 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM'],
  ['X-MS-Exchange-Organization-AuthAs', e.from.email.endsWith('@nhs.net') ? 'Internal' : 'Anonymous'],
  ['X-MS-Exchange-Organization-SCL', '1'],
];

export function envelopeHeaders(e: Envelope): [string, string][] {
  const h: [string, string][] = [];
  const enc = e.nameEnc ?? 'B';
  const cs = e.charset ?? 'utf-8';
  const received = (by: string): [string, string] => ['Received', `from ${by} by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM\n with HTTPS; ${rfcDate(e.date)}`];
  if (e.client !== 'system') h.push(...authResults(e));
  switch (e.client) {
    case 'outlook':
    case 'owa':
    case 'outlook-mac':
      h.push(received(`LO${(parseInt(sha(e.id, 1), 16) % 4) + 2}P265MB${parseInt(sha(e.id, 4), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:${sha(e.id, 3)}::${sha(e.id, 2)})`));
      break;
    case 'gmail':
      h.push(['Received', `from mail-wr1-f${parseInt(sha(e.id, 2), 16) % 70}.google.com (mail-wr1-f${parseInt(sha(e.id, 2), 16) % 70}.google.com [209.85.221.${parseInt(sha(e.id, 2), 16) % 250}])\n by relay.nhs.net with ESMTPS; ${rfcDate(e.date)}`]);
      h.push(['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed;\n d=${e.from.email.split('@')[1]}; s=20230601; t=${Math.floor(new Date(e.date).getTime() / 1000)}; x=${Math.floor(new Date(e.date).getTime() / 1000) + 604800};\n h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n bh=${Buffer.from(sha(e.id + 'bh', 32), 'hex').toString('base64')};\n b=${Buffer.from(sha(e.id + 'b1') + sha(e.id + 'b2'), 'hex').toString('base64')}`]);
      break;
    default:
      h.push(['Received', `from mail.${e.from.email.split('@')[1]} (mail.${e.from.email.split('@')[1]} [${`185.${parseInt(sha(e.id, 2), 16)}.${parseInt(sha(e.id, 4).slice(2), 16)}.${parseInt(sha(e.id, 6).slice(4), 16)}`}])\n by relay.nhs.net with ESMTPS; ${rfcDate(e.date)}`]);
  }
  h.push(['From', formatAddr(e.from, enc, cs)]);
  h.push(['To', e.to.map((a) => formatAddr(a, enc, cs)).join(',\n\t')]);
  if (e.cc?.length) h.push(['CC', e.cc.map((a) => formatAddr(a, enc, cs)).join(',\n\t')]);
  if (e.replyTo) h.push(['Reply-To', formatAddr(e.replyTo, enc, cs)]);
  const subj = /^[\x20-\x7e]*$/.test(e.subject) ? e.subject : encodeWord(e.subject, e.subjectEnc ?? 'B', cs);
  h.push(['Subject', subj]);
  if (e.client === 'outlook' || e.client === 'owa' || e.client === 'outlook-mac') {
    h.push(['Thread-Topic', e.threadTopic ?? e.subject.replace(/^(RE|FW|Fwd|FW\*?):\s*/i, '')]);
    h.push(['Thread-Index', Buffer.from(sha(e.id + 'ti', 44), 'hex').toString('base64')]);
  }
  h.push(['Date', rfcDate(e.date)]);
  h.push(['Message-ID', `<${e.id}>`]);
  if (e.references?.length) h.push(['References', e.references.map((r) => `<${r}>`).join('\n ')]);
  if (e.inReplyTo) h.push(['In-Reply-To', `<${e.inReplyTo}>`]);
  switch (e.client) {
    case 'outlook':
      h.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', ''], ['x-originating-ip', `[10.${parseInt(sha(e.id, 2), 16)}.4.${parseInt(sha(e.id, 4).slice(2), 16) % 250}]`], ...msExchange(e));
      break;
    case 'owa':
      h.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', ''], ['msip_labels', ''], ...msExchange(e));
      break;
    case 'outlook-mac':
      h.push(['user-agent', 'Microsoft-MacOutlook/16.91.24111020'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ...msExchange(e));
      break;
    case 'gmail':
      h.push(['X-Gm-Message-State', `AOJu0Y${Buffer.from(sha(e.id + 'gm', 30), 'hex').toString('base64').replace(/[+/=]/g, 'x')}`], ['X-Google-Smtp-Source', `AGHT+IH${Buffer.from(sha(e.id + 'gs', 36), 'hex').toString('base64').replace(/[+/=]/g, 'Q')}`]);
      break;
    case 'apple':
      h.push(['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)']);
      break;
    case 'iphone':
      h.push(['X-Mailer', 'iPhone Mail (22B91)']);
      break;
    case 'thunderbird':
      h.push(['User-Agent', 'Mozilla Thunderbird'], ['Content-Language', 'en-GB']);
      break;
    case 'helpdesk':
      h.push(['X-Mailer', 'Halo Service Desk Mailer 2.184'], ['X-Auto-Response-Suppress', 'All']);
      break;
    default:
      break;
  }
  if (e.importance) h.push(['Importance', 'high'], ['X-Priority', '1']);
  h.push(...(e.extra ?? []));
  return h;
}

/** A full message: envelope headers, MIME-Version, the part's headers, the body, with CRLF line ends. */
export function emit(e: Envelope, part: Part): string {
  return emitHeaders(envelopeHeaders(e), part);
}

export function emitHeaders(headers: [string, string][], part: Part): string {
  const lines: string[] = [];
  for (const [k, v] of headers) lines.push(fold(k, v));
  lines.push('MIME-Version: 1.0');
  for (const [k, v] of part.headers) lines.push(fold(k, v));
  lines.push('', part.body);
  let s = lines.join('\n');
  if (!s.endsWith('\n')) s += '\n';
  return s.replace(/\r?\n/g, '\r\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Disclaimers and signatures

export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const MULTILINGUAL_DISCLAIMER = (company: string) => `----------------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. ${company} accepts no liability for viruses transmitted with this e-mail.

AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, veuillez en informer l'expéditeur et le supprimer.

VERTRAULICHKEITSHINWEIS: Diese E-Mail und alle Anhänge sind vertraulich und ausschließlich für den Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie sie.

VERTROUWELIJKHEIDSVERKLARING: Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u deze e-mail per vergissing hebt ontvangen, verzoeken wij u de afzender te informeren en het bericht te verwijderen.

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.
${company} is registered in England and Wales. Registered office: Unit 4, Kingsway Business Park, Manchester M19 2LL.
----------------------------------------------------------------------`;

export const WELSH_DISCLAIMER = `Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig. Os ydych wedi derbyn y neges hon trwy gamgymeriad, rhowch wybod i'r anfonwr a'i dileu.
We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg.`;

export const TEAMS_INVITE_TEXT = (id: string) => `________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0>
Meeting ID: 374 ${id.slice(0, 3).replace(/\D/g, '6')} 915 228
Passcode: Xq7${id.slice(0, 3)}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn more<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________`;

/** Outlook's plain-text quote header block. */
export function outlookQuoteHeader(o: { from: Addr; sent: string; to: Addr[]; cc?: Addr[]; subject: string; locale?: 'us' | 'gb' }): string {
  const who = (a: Addr) => (a.name ? `${a.name} <${a.email}>` : a.email);
  const lines = ['________________________________', `From: ${who(o.from)}`, `Sent: ${outlookSent(o.sent, o.locale)}`, `To: ${o.to.map(who).join('; ')}`];
  if (o.cc?.length) lines.push(`Cc: ${o.cc.map(who).join('; ')}`);
  lines.push(`Subject: ${o.subject}`);
  return lines.join('\n');
}

/** The plain-text quote header that Outlook desktop writes without the underline. */
export function outlookQuoteHeaderRule(o: { from: Addr; sent: string; to: Addr[]; cc?: Addr[]; subject: string; locale?: 'us' | 'gb' }): string {
  const who = (a: Addr) => (a.name ? `${a.name} <${a.email}>` : a.email);
  const lines = ['-----Original Message-----', `From: ${who(o.from)}`, `Sent: ${outlookSent(o.sent, o.locale)}`, `To: ${o.to.map(who).join('; ')}`];
  if (o.cc?.length) lines.push(`Cc: ${o.cc.map(who).join('; ')}`);
  lines.push(`Subject: ${o.subject}`);
  return lines.join('\n');
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Outlook-flavoured HTML wrapper. */
export function outlookHtml(inner: string): string {
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
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

/** Paragraphs to Outlook HTML: each line a MsoNormal paragraph, empty lines as &nbsp;. */
export function msoParas(text: string): string {
  return text.split('\n').map((l) => `<p class="MsoNormal">${l ? esc(l) : '&nbsp;'}<o:p></o:p></p>`).join('\n');
}
