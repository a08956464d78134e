// MIME by hand for corpus 51 (writer AU): deterministic headers, boundaries and Message-IDs.
import { createHash } from 'node:crypto';

export type MailboxName = 'portalenquiries' | 'datamanager' | 'openexeter';
export interface Addr { name?: string; email: string }
export interface Entity { headers: [string, string][]; body: string }

export const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A small seeded generator (mulberry32) for noise, jitter and anything else that must repeat. */
export function rng(seed: string): () => number {
  let a = parseInt(hash(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

// ---------- encoders ----------
export function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (b === 0x3d || b < 0x20 && b !== 0x09 || b > 0x7e) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else tokens.push(String.fromCharCode(b));
    });
    let cur = '';
    for (const t of tokens) {
      if (cur.length + t.length > 75) { out.push(`${cur}=`); cur = ''; }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}

export function b64(data: Buffer | string): string {
  const s = (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
  return (s.match(/.{1,76}/g) ?? ['']).join('\r\n');
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded-word(s) for a header value with non-ASCII text. */
export function encodeWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  if (mode === 'Q') {
    const enc = [...Buffer.from(s, 'utf8')].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) && b < 0x80 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    const words: string[] = [];
    for (let i = 0; i < enc.length;) {
      let j = Math.min(enc.length, i + 60);
      while (j < enc.length && j > i && enc[j - 1] !== undefined && /=.?$/.test(enc.slice(Math.max(i, j - 2), j))) j--;
      words.push(`=?utf-8?Q?${enc.slice(i, j)}?=`);
      i = j;
    }
    return words.join(' ');
  }
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 42) { words.push(chunk); chunk = ''; }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
}

export function fmtAddr(a: Addr): string {
  if (!a.name) return `<${a.email}>`;
  if (!isAscii(a.name)) return `${encodeWord(a.name)} <${a.email}>`;
  const needsQuote = /[(),.:;<>@[\]"\\]/.test(a.name);
  return `${needsQuote ? `"${a.name.replace(/(["\\])/g, '\\$1')}"` : a.name} <${a.email}>`;
}

/** Folds a header at spaces so no line passes 78 characters. */
function fold(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.trim().length > name.length + 1) { lines.push(cur); cur = ` ${w}`; }
    else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join('\r\n');
}

// ---------- entities ----------
export function text(body: string, opts: { cte?: 'qp' | '7bit' | '8bit' | 'base64'; charset?: string; format?: boolean } = {}): Entity {
  const cte = opts.cte ?? 'qp';
  const charset = opts.charset ?? 'utf-8';
  const enc = cte === 'qp' ? qp(body) : cte === 'base64' ? b64(Buffer.from(body, charset === 'utf-8' ? 'utf8' : 'latin1')) : crlf(body);
  return {
    headers: [
      ['Content-Type', `text/plain; charset="${charset}"${opts.format ? '; format=flowed' : ''}`],
      ['Content-Transfer-Encoding', cte === 'qp' ? 'quoted-printable' : cte],
    ],
    body: enc,
  };
}

export function html(body: string, opts: { cte?: 'qp' | 'base64' | '7bit' } = {}): Entity {
  const cte = opts.cte ?? 'qp';
  return {
    headers: [
      ['Content-Type', 'text/html; charset="utf-8"'],
      ['Content-Transfer-Encoding', cte === 'qp' ? 'quoted-printable' : cte],
    ],
    body: cte === 'qp' ? qp(body) : cte === 'base64' ? b64(body) : crlf(body),
  };
}

export function attachment(filename: string, type: string, data: Buffer, opts: { inline?: boolean; description?: boolean } = {}): Entity {
  const fn = encodeWord(filename);
  const headers: [string, string][] = [['Content-Type', `${type}; name="${fn}"`]];
  if (opts.description !== false) headers.push(['Content-Description', fn]);
  headers.push(['Content-Disposition', `${opts.inline ? 'inline' : 'attachment'}; filename="${fn}"; size=${data.length}`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64(data) };
}

export function rfc822(message: string, filename?: string): Entity {
  const headers: [string, string][] = [['Content-Type', filename ? `message/rfc822; name="${filename}"` : 'message/rfc822']];
  if (filename) headers.push(['Content-Disposition', `attachment; filename="${filename}"`]);
  headers.push(['Content-Transfer-Encoding', '7bit']);
  return { headers, body: message.replace(/\r\n$/, '') };
}

export function multipart(subtype: string, parts: Entity[], seed: string, params = ''): Entity {
  const h = hash(`boundary:${seed}:${subtype}`);
  const boundary = subtype === 'alternative' ? `_000_${h.slice(0, 24)}_` : subtype === 'mixed' ? `_004_${h.slice(0, 24)}_` : `----=_Part_${parseInt(h.slice(0, 6), 16)}_${parseInt(h.slice(6, 14), 16)}.${parseInt(h.slice(14, 22), 16)}`;
  const body = [
    subtype === 'mixed' || subtype === 'report' ? 'This is a multi-part message in MIME format.\r\n' : '',
    ...parts.map((p) => `--${boundary}\r\n${p.headers.map(([k, v]) => fold(k, v)).join('\r\n')}\r\n\r\n${p.body}\r\n`),
    `--${boundary}--`,
  ].join('\r\n').replace(/^\r\n/, '');
  return { headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${params}`]], body };
}

// ---------- whole messages ----------
export type Client = 'nhsmail' | 'exchange' | 'servicenow' | 'freshdesk' | 'system' | 'postmaster' | 'outlook-ios';

export interface MessageOpts {
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  replyTo?: Addr;
  subject: string;
  date: string; // ISO, UTC
  client: Client;
  idSeed: string;
  inReplyTo?: string;
  references?: string[];
  importance?: 'high';
  extra?: [string, string][];
  root: Entity;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export function rfcDate(iso: string, offsetSec = 0): string {
  const d = new Date(Date.parse(iso) + offsetSec * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** Long English date as Outlook writes it in a forwarded header block. */
export function longDate(iso: string, withDay = true): string {
  const d = new Date(iso);
  const full = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${withDay ? `${full}, ` : ''}${d.getUTCDate()} ${month} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

const HOSTS = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB', 'DB9PR02MB', 'AM6PR0702MB', 'PAXPR10MB'];
export function messageId(seed: string, client: Client, domain: string): string {
  const h = hash(`mid:${seed}`);
  const host = `${HOSTS[parseInt(h.slice(0, 2), 16) % HOSTS.length]}${parseInt(h.slice(2, 6), 16) % 9000 + 1000}`;
  switch (client) {
    case 'nhsmail':
    case 'outlook-ios':
      return `<${host}${h.slice(6, 30).toUpperCase()}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'exchange':
      return `<${host}${h.slice(6, 30).toUpperCase()}@${host}.eurprd0${parseInt(h[31]!, 16) % 8 + 1}.prod.outlook.com>`;
    case 'servicenow':
      return `<${h.slice(0, 32)}.JavaMail.glide@app${parseInt(h.slice(32, 36), 16) % 90000 + 10000}.lhr201.service-now.com>`;
    case 'freshdesk':
      return `<${h.slice(0, 24)}-${parseInt(h.slice(24, 30), 16)}@${domain}.freshdesk.com>`;
    case 'system':
      return `<${parseInt(h.slice(0, 10), 16)}.${parseInt(h.slice(10, 14), 16)}@${domain}>`;
    case 'postmaster':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${domain}>`;
  }
}

export const PCSE: Record<MailboxName, Addr> = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
};

export function message(o: MessageOpts): { raw: string; id: string } {
  const domain = o.from.email.split('@')[1]!;
  const id = messageId(o.idSeed, o.client, domain);
  const h = hash(`hdr:${o.idSeed}`);
  const headers: [string, string][] = [];
  const sent = rfcDate(o.date);
  const recv = rfcDate(o.date, 2 + (parseInt(h.slice(0, 2), 16) % 20));
  const ip = `${40 + (parseInt(h[2]!, 16) % 8)}.${parseInt(h.slice(3, 5), 16)}.${parseInt(h.slice(5, 7), 16)}.${parseInt(h.slice(7, 9), 16)}`;
  const nhsHost = `${HOSTS[parseInt(h.slice(9, 11), 16) % HOSTS.length]}${parseInt(h.slice(11, 15), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM`;
  if (o.client !== 'postmaster') {
    headers.push(['Received', `from ${o.client === 'nhsmail' || o.client === 'outlook-ios' ? nhsHost : `mail-${h.slice(15, 19)}.${domain}`} (${ip}) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${recv}`]);
    headers.push(['Authentication-Results', `spf=pass (sender IP is ${ip}) smtp.mailfrom=${domain}; dkim=pass (signature was verified) header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`]);
  } else {
    headers.push(['Received', `from ${nhsHost} by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${recv}`]);
  }
  headers.push(['From', fmtAddr(o.from)]);
  headers.push(['To', o.to.map(fmtAddr).join(', ')]);
  if (o.cc?.length) headers.push(['CC', o.cc.map(fmtAddr).join(', ')]);
  if (o.replyTo) headers.push(['Reply-To', fmtAddr(o.replyTo)]);
  headers.push(['Subject', encodeWord(o.subject)]);
  if (o.client === 'nhsmail' || o.client === 'exchange' || o.client === 'outlook-ios') {
    headers.push(['Thread-Topic', encodeWord(o.subject.replace(/^((re|fw|fwd|automatic reply):\s*)+/i, ''))]);
    headers.push(['Thread-Index', Buffer.from(h.slice(20, 64), 'hex').toString('base64').slice(0, 30)]);
  }
  headers.push(['Date', sent]);
  headers.push(['Message-ID', id]);
  if (o.inReplyTo) headers.push(['In-Reply-To', o.inReplyTo]);
  if (o.references?.length) headers.push(['References', o.references.join(' ')]);
  if (o.importance) headers.push(['Importance', 'high'], ['X-Priority', '1']);
  if (o.client === 'nhsmail' || o.client === 'exchange') {
    headers.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB']);
    headers.push(['X-MS-Has-Attach', /multipart\/mixed/.test(o.root.headers[0]![1]) ? 'yes' : '']);
    headers.push(['X-MS-TNEF-Correlator', '']);
  }
  if (o.client === 'outlook-ios') headers.push(['X-Mailer', 'Outlook for iOS and Android'], ['Content-Language', 'en-GB']);
  if (o.client === 'servicenow') headers.push(['X-ServiceNow-Source', 'Notification-2f1c0a7e1b8e2d10'], ['X-ServiceNow-SysEmail-Version', '2']);
  if (o.client === 'freshdesk') headers.push(['X-FD-Email', 'true'], ['X-Mailer', 'Freshdesk']);
  for (const e of o.extra ?? []) headers.push(e);
  headers.push(['MIME-Version', '1.0']);
  for (const e of o.root.headers) headers.push(e);
  const raw = `${headers.map(([k, v]) => fold(k, v)).join('\r\n')}\r\n\r\n${o.root.body}\r\n`;
  return { raw, id };
}

// ---------- text and HTML from blocks ----------
export type Block = string | { table: string[][]; head?: boolean } | { quote: string } | { raw: string };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const linkify = (s: string): string => esc(s).replace(/([a-z0-9._'-]+@[a-z0-9.-]+\.[a-z]{2,})/gi, '<a href="mailto:$1">$1</a>');

/** Plain-text rendering as Outlook writes the text/plain alternative (tables tab-separated). */
export function toText(blocks: Block[]): string {
  return blocks.map((b) => {
    if (typeof b === 'string') return b;
    if ('table' in b) return b.table.map((r) => r.join('\t')).join('\n');
    if ('quote' in b) return b.quote;
    return b.raw;
  }).join('\n\n');
}

/** Outlook-flavoured HTML from the same blocks. */
export function toHtml(blocks: Block[], font = 'Calibri'): string {
  const para = (s: string) => s.split('\n').map((l) => `<p class="MsoNormal">${l.trim() === '' ? '&nbsp;' : linkify(l)}<o:p></o:p></p>`).join('\n');
  const inner = blocks.map((b) => {
    if (typeof b === 'string') return `${para(b)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`;
    if ('table' in b) {
      const rows = b.table.map((r, i) => `<tr>${r.map((c) => (b.head && i === 0
        ? `<td style="border:solid #A6A6A6 1.0pt;background:#D9E2F3;padding:2.0pt 5.4pt"><p class="MsoNormal"><b>${esc(c)}</b><o:p></o:p></p></td>`
        : `<td style="border:solid #A6A6A6 1.0pt;padding:2.0pt 5.4pt"><p class="MsoNormal">${linkify(c)}<o:p></o:p></p></td>`)).join('')}</tr>`).join('\n');
      return `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n${rows}\n</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`;
    }
    if ('quote' in b) return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n${para(b.quote)}\n</div>`;
    return b.raw;
  }).join('\n');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"${font}",sans-serif;}
a:link {color:#0563C1; text-decoration:underline;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

export const alt = (blocks: Block[], seed: string, font?: string): Entity =>
  multipart('alternative', [text(toText(blocks)), html(toHtml(blocks, font))], seed);

// ---------- common signatures ----------
export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Outlook's forwarded/replied header block. */
export function outlookQuoteHeader(o: { from: Addr; sent: string; to: Addr[]; cc?: Addr[]; subject: string }): string {
  const a = (x: Addr) => (x.name ? `${x.name} <${x.email}>` : x.email);
  return [
    '________________________________',
    `From: ${a(o.from)}`,
    `Sent: ${longDate(o.sent)}`,
    `To: ${o.to.map(a).join('; ')}`,
    ...(o.cc?.length ? [`Cc: ${o.cc.map(a).join('; ')}`] : []),
    `Subject: ${o.subject}`,
  ].join('\n');
}

// ---------- expected cases ----------
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export interface Exp {
  kind: string;
  ignored?: 'auto_reply' | 'bounce';
  org: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise?: string[];
  traits: string[];
}
export interface Email { mailbox: MailboxName; slug: string; raw: string; exp: Exp }
export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });
