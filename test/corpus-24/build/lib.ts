// MIME by hand for corpus 24 (writer T): deterministic boundaries and message ids from content hashes.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDR: Record<Mailbox, string> = {
  portalenquiries: 'pcse.portalenquiries@nhs.net',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: 'pcse.openexeter@nhs.net',
};
export const MAILBOX_NAME: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries',
  datamanager: 'PCSE Data Manager',
  openexeter: 'PCSE Open Exeter',
};

export const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** mulberry32, seeded from a string. */
export function rng(seed: string): () => number {
  let a = parseInt(sha(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Enc = '7bit' | '8bit' | 'quoted-printable' | 'base64';

const CRLF = '\r\n';
export const crlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);

/** Quoted-printable (RFC 2045) of UTF-8 text, soft breaks at 76 columns. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
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
  return out.join(CRLF);
}

export function b64(buf: Buffer): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(CRLF);
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words (each at most 75 characters), or the text itself when it is ASCII. */
export function encWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  const words: string[] = [];
  let chunk = '';
  const flush = (): void => {
    if (!chunk) return;
    if (mode === 'B') words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    else {
      const q = [...Buffer.from(chunk, 'utf8')].map((b) => {
        const c = String.fromCharCode(b);
        if (b === 0x20) return '_';
        if (/[A-Za-z0-9!*+\-/]/.test(c)) return c;
        return `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      }).join('');
      words.push(`=?UTF-8?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const ch of s) {
    const next = chunk + ch;
    const len = mode === 'B' ? Math.ceil(Buffer.byteLength(next, 'utf8') / 3) * 4 : Buffer.byteLength(next, 'utf8') * 3;
    if (len > 45) flush();
    chunk += ch;
  }
  flush();
  return words.join(' ');
}

/** A display name and address for a From/To/Cc header. */
export function mailbox(name: string | undefined, email: string, mode: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encWord(name, mode)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a header at spaces so no line passes 78 characters where it can be helped. */
export function fold(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.length > name.length + 1) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

export interface Part { headers: [string, string][]; body: string }

export function leaf(contentType: string, content: string | Buffer, enc: Enc, extra: [string, string][] = []): Part {
  let body: string;
  if (enc === 'base64') body = b64(Buffer.isBuffer(content) ? content : Buffer.from(crlf(content), 'utf8'));
  else if (enc === 'quoted-printable') body = qp(String(content));
  else body = crlf(String(content));
  if (enc === '7bit' && !/^[\x00-\x7f]*$/.test(body)) throw new Error(`7bit part holds non-ASCII: ${body.slice(0, 60)}`);
  return { headers: [['Content-Type', contentType], ['Content-Transfer-Encoding', enc], ...extra], body };
}

export function serialisePart(p: Part): string {
  return `${p.headers.map(([k, v]) => fold(k, v)).join(CRLF)}${CRLF}${CRLF}${p.body}`;
}

export function multi(subtype: string, parts: Part[], opts: { boundary?: (h: string) => string; params?: string; preamble?: string; extra?: [string, string][] } = {}): Part {
  const inner = parts.map(serialisePart).join('|');
  const h = sha(`${subtype}${inner}`);
  const boundary = opts.boundary ? opts.boundary(h) : `----=_Part_${h.slice(0, 20)}`;
  const body = [
    ...(opts.preamble ? [opts.preamble, ''] : []),
    ...parts.flatMap((p) => [`--${boundary}`, serialisePart(p)]),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return { headers: [['Content-Type', `multipart/${subtype}; boundary="${boundary}"${opts.params ?? ''}`], ...(opts.extra ?? [])], body };
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Outlook (Word) HTML from plain text. */
export function outlookHtml(text: string): string {
  const paras = text.split('\n').map((l) => (l.trim() === ''
    ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    : `<p class="MsoNormal">${esc(l)}<o:p></o:p></p>`));
  return [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
    '<style><!--',
    '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}',
    '@font-face {font-family:Aptos;}',
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}',
    '.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}',
    '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1 {page:WordSection1;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
    '<div class="WordSection1">',
    ...paras,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** Gmail HTML from plain text. */
export function gmailHtml(text: string): string {
  const lines = text.split('\n').map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`));
  return `<div dir="ltr">${lines.join('')}</div>\n`;
}

/** Apple Mail / generic HTML from plain text. */
export function appleHtml(text: string): string {
  const body = text.split('\n').map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`)).join('');
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${body}</body></html>`;
}

export type Client =
  | 'nhsmail' // Outlook desktop on NHSmail
  | 'owa' // Outlook on the web, NHSmail
  | 'outlook-android'
  | 'outlook-ios'
  | 'gmail'
  | 'apple'
  | 'iphone'
  | 'thunderbird'
  | 'outlookcom' // consumer outlook.com / hotmail
  | 'exchange' // a practice's or company's own Exchange
  | 'yahoo'
  | 'system';

export interface Attachment {
  filename: string;
  contentType: string; // e.g. application/pdf
  content: Buffer;
  inline?: boolean;
}

export interface MailSpec {
  id: string;
  mailbox: Mailbox;
  client: Client;
  from: { name?: string; email: string };
  fromHeader?: string; // raw From value when the display needs a special form
  to?: string;
  cc?: string;
  subject: string;
  date: string;
  text?: string;
  html?: string;
  htmlOnly?: boolean;
  textOnly?: boolean;
  textEnc?: Enc;
  htmlEnc?: Enc;
  attachments?: Attachment[];
  headers?: [string, string][];
  subjectMode?: 'B' | 'Q';
  nameMode?: 'B' | 'Q';
  root?: Part; // a ready-made body (bounces)
  forwardedMessage?: string; // a message/rfc822 attachment (raw RFC 5322)
}

const hexTo = (h: string, alphabet: string, n: number): string => {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[parseInt(h.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
};
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-';

export function messageId(client: Client, h: string, domain: string): string {
  switch (client) {
    case 'nhsmail':
    case 'owa':
    case 'outlook-android':
    case 'outlook-ios': {
      const host = `LO${h.charCodeAt(0) % 2 ? '2' : '4'}P265MB${hexTo(h.slice(2), '0123456789', 4)}`;
      return `<${host}${hexTo(h.slice(10), UPPER, 8)}${hexTo(h.slice(30), UPPER, 6)}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
    }
    case 'outlookcom': {
      const host = `DB9PR0${hexTo(h, '0123456789', 1)}MB${hexTo(h.slice(4), '0123456789', 4)}`;
      return `<${host}${hexTo(h.slice(12), UPPER, 10)}@${host}.eurprd0${hexTo(h.slice(40), '123456', 1)}.prod.outlook.com>`;
    }
    case 'gmail':
      return `<CA+${hexTo(h, B64, 30)}${hexTo(h.slice(8), B64, 16)}@mail.gmail.com>`;
    case 'apple':
    case 'iphone':
      return `<${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}@${domain}>`;
    case 'thunderbird':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${domain}>`;
    case 'yahoo':
      return `<${parseInt(h.slice(0, 8), 16)}.${parseInt(h.slice(8, 14), 16)}.${parseInt(h.slice(14, 20), 16)}@mail.yahoo.com>`;
    case 'exchange':
      return `<${h.slice(0, 32)}@${domain.toUpperCase()}>`;
    case 'system':
      return `<${h.slice(0, 16)}.${h.slice(16, 24)}@${domain}>`;
  }
}

function authResults(email: string, client: Client): [string, string][] {
  const d = email.split('@')[1]!.toLowerCase();
  if (client === 'system') return [['Authentication-Results', `mx.nhs.net; spf=pass smtp.mailfrom=${d}; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`]];
  if (d === 'nhs.net') return [['Authentication-Results', 'spf=pass (sender IP is 40.92.7.21) smtp.mailfrom=nhs.net; dkim=pass (signature was verified) header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;compauth=pass reason=100']];
  if (d === 'gmail.com' || d === 'googlemail.com') return [['Authentication-Results', `spf=pass (sender IP is 209.85.221.54) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100`]];
  if (/hotmail|outlook\.com|live\./.test(d)) return [['Authentication-Results', `spf=pass (sender IP is 40.92.58.17) smtp.mailfrom=${d}; dkim=pass (signature was verified) header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass reason=100`]];
  if (d.includes('yahoo')) return [['Authentication-Results', `spf=pass (sender IP is 87.248.110.84) smtp.mailfrom=${d}; dkim=pass (signature was verified) header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass reason=100`]];
  return [['Authentication-Results', `spf=pass (sender IP is 185.132.181.9) smtp.mailfrom=${d}; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=${d};compauth=pass reason=102`]];
}

function receivedFor(client: Client, date: string, h: string): [string, string][] {
  switch (client) {
    case 'nhsmail':
    case 'owa':
    case 'outlook-android':
    case 'outlook-ios':
      return [['Received', `from LO4P265MB${hexTo(h.slice(50), '0123456789', 4)}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1ac::9) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`]];
    case 'gmail':
      return [['Received', `from mail-wr1-f54.google.com (209.85.221.54) by AM3PEPF0000A78E.mail.protection.outlook.com (10.167.16.117) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8335.7 via Frontend Transport; ${date}`]];
    case 'system':
      return [['Received', `from openexeter-app03.exeter.nhs.uk (10.201.4.33) by relay.nhs.net with ESMTP; ${date}`]];
    default:
      return [['Received', `from mail.example-relay.net (185.132.181.9) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.72) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8335.7 via Frontend Transport; ${date}`]];
  }
}

function threadIndex(h: string): string {
  return Buffer.from(h.slice(0, 44), 'hex').toString('base64');
}

/** Builds the whole message, CRLF line ends. */
export function compose(m: MailSpec): string {
  const h = sha(`corpus-24/${m.id}/${m.subject}/${m.date}`);
  const fromDomain = m.from.email.split('@')[1]!.toLowerCase();
  const mid = messageId(m.client, h, fromDomain);
  const textEnc: Enc = m.textEnc ?? (m.client === 'thunderbird' ? '8bit' : 'quoted-printable');
  const htmlEnc: Enc = m.htmlEnc ?? (m.client === 'gmail' ? 'quoted-printable' : m.client === 'apple' ? 'quoted-printable' : 'quoted-printable');

  let root: Part;
  if (m.root) root = m.root;
  else {
    const text = m.text;
    let html = m.html;
    const isOutlook = ['nhsmail', 'owa', 'outlook-android', 'outlook-ios', 'outlookcom', 'exchange'].includes(m.client);
    const plainOnly = m.textOnly || ['iphone', 'thunderbird', 'system'].includes(m.client);
    if (!html && text !== undefined && !plainOnly) {
      html = m.client === 'gmail' ? gmailHtml(text) : m.client === 'apple' ? appleHtml(text) : isOutlook ? outlookHtml(text) : appleHtml(text);
    }
    const textType = m.client === 'thunderbird' ? 'text/plain; charset=UTF-8; format=flowed' : m.client === 'gmail' ? 'text/plain; charset="UTF-8"' : 'text/plain; charset="utf-8"';
    const htmlType = m.client === 'gmail' ? 'text/html; charset="UTF-8"' : 'text/html; charset="utf-8"';
    let bodyPart: Part;
    if (m.htmlOnly) bodyPart = leaf(htmlType, html!, htmlEnc);
    else if (plainOnly || !html) bodyPart = leaf(textType, text ?? '', textEnc);
    else {
      const bnd = m.client === 'gmail' ? (x: string) => `000000000000${x.slice(0, 16)}`
        : m.client === 'apple' ? (x: string) => `Apple-Mail=_${x.slice(0, 8).toUpperCase()}-${x.slice(8, 12).toUpperCase()}-${x.slice(12, 16).toUpperCase()}-${x.slice(16, 20).toUpperCase()}-${x.slice(20, 32).toUpperCase()}`
          : isOutlook ? (x: string) => `_000_${hexTo(x, UPPER, 20)}_`
            : undefined;
      bodyPart = multi('alternative', [leaf(textType, text ?? '', textEnc), leaf(htmlType, html, htmlEnc)], { boundary: bnd });
    }
    const atts = m.attachments ?? [];
    if (atts.length || m.forwardedMessage) {
      const parts: Part[] = [bodyPart];
      for (const a of atts) {
        const disp = a.inline ? 'inline' : 'attachment';
        const fn = isAscii(a.filename) ? `"${a.filename}"` : `"${encWord(a.filename)}"`;
        parts.push(leaf(`${a.contentType}; name=${fn}`, a.content, 'base64', [
          ...(isOutlook ? [['Content-Description', isAscii(a.filename) ? a.filename : encWord(a.filename)] as [string, string]] : []),
          ['Content-Disposition', `${disp}; filename=${fn}; size=${a.content.length}`],
        ]));
      }
      if (m.forwardedMessage) parts.push({ headers: [['Content-Type', 'message/rfc822'], ['Content-Disposition', 'attachment']], body: crlf(m.forwardedMessage) });
      const bnd = m.client === 'gmail' ? (x: string) => `000000000000${x.slice(20, 36)}`
        : m.client === 'apple' ? (x: string) => `Apple-Mail=_${x.slice(0, 8).toUpperCase()}-${x.slice(8, 12).toUpperCase()}-${x.slice(12, 16).toUpperCase()}-${x.slice(16, 20).toUpperCase()}-${x.slice(20, 32).toUpperCase()}`
          : isOutlook ? (x: string) => `_004_${hexTo(x, UPPER, 20)}_`
            : undefined;
      root = multi('mixed', parts, { boundary: bnd, preamble: isOutlook ? undefined : undefined });
    } else root = bodyPart;
  }

  const fromValue = m.fromHeader ?? mailbox(m.from.name, m.from.email, m.nameMode ?? 'B');
  const to = m.to ?? mailbox(MAILBOX_NAME[m.mailbox], MAILBOX_ADDR[m.mailbox]);
  const subject = encWord(m.subject, m.subjectMode ?? 'B');
  const hs: [string, string][] = [];
  hs.push(...receivedFor(m.client, m.date, h));
  hs.push(...authResults(m.from.email, m.client));
  const isOutlook = ['nhsmail', 'owa', 'outlook-android', 'outlook-ios', 'outlookcom'].includes(m.client);
  hs.push(['From', fromValue], ['To', to]);
  if (m.cc) hs.push(['CC', m.cc]);
  hs.push(['Subject', subject]);
  if (isOutlook) hs.push(['Thread-Topic', subject], ['Thread-Index', threadIndex(h)]);
  hs.push(['Date', m.date], ['Message-ID', mid]);
  hs.push(...(m.headers ?? []));
  if (isOutlook) {
    hs.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB']);
    hs.push(['X-MS-Has-Attach', m.attachments?.length ? 'yes' : ''], ['X-MS-TNEF-Correlator', '']);
    if (m.client === 'outlook-android') hs.push(['X-MS-Exchange-Organization-SCL', '1']);
  }
  if (m.client === 'gmail') hs.push(['X-Gm-Features', `AQt7F2${hexTo(h.slice(20), B64, 24)}`]);
  if (m.client === 'apple') hs.push(['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)']);
  if (m.client === 'iphone') hs.push(['X-Mailer', 'iPhone Mail (22B91)']);
  if (m.client === 'thunderbird') hs.push(['User-Agent', 'Mozilla Thunderbird']);
  if (m.client === 'yahoo') hs.push(['X-Mailer', 'WebService/1.1.23187 YMailNorrin']);
  if (m.client === 'exchange') hs.push(['X-Mailer', 'Microsoft Outlook 16.0'], ['Thread-Index', threadIndex(h)], ['Content-Language', 'en-gb']);
  hs.push(['MIME-Version', '1.0']);
  const head = [...hs.map(([k, v]) => (v === '' ? `${k}: ` : fold(k, v))), ...root.headers.map(([k, v]) => fold(k, v))].join(CRLF);
  return `${head}${CRLF}${CRLF}${root.body}${root.body.endsWith(CRLF) ? '' : CRLF}`;
}

/** An NHSmail footer as practices' mail carries it. */
export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;
