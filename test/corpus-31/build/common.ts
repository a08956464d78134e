// Shared pieces for writer AA's emails: the spec type, header sets per mail client, signatures, expected helpers.
import { addr, hash, message, word, type Addr, type Part } from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type Client = 'outlook' | 'iphone' | 'android' | 'gmail' | 'apple' | 'system' | 'thunderbird';
export type Auth = 'nhs' | { pass: string } | { fail: string; ip?: string } | 'none';

export interface Person { name: string | null; email: string | null }
export interface Expected {
  kind: string;
  ignored?: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise?: string[];
  traits: string[];
}

export interface Spec {
  n: number;
  slug: string;
  from: Addr;
  to?: Addr[];
  cc?: Addr[];
  subject: string;
  date: string; // ISO, UTC
  client: Client;
  auth?: Auth;
  body: Part;
  inReplyTo?: string;
  extra?: [string, string][];
  subjectRaw?: string; // already-encoded subject
  exp: Expected;
}

export const MAILBOX_ADDR: Record<Mailbox, Addr> = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

const ip = (seed: string) => { const h = hash(seed, 6); return `40.92.${parseInt(h.slice(0, 2), 16) % 200}.${parseInt(h.slice(2, 4), 16) % 250}`; };

function authHeader(a: Auth, seed: string): string | undefined {
  if (a === 'none') return undefined;
  if (a === 'nhs') return `spf=pass (sender IP is ${ip(seed)})\r\n smtp.mailfrom=nhs.net; dkim=pass (signature was verified)\r\n header.d=nhs.net;dmarc=pass action=none\r\n header.from=nhs.net;compauth=pass reason=100`;
  if ('pass' in a) return `spf=pass (sender IP is 209.85.${parseInt(hash(seed, 2), 16) % 200}.${parseInt(hash(seed + 'x', 2), 16) % 250})\r\n smtp.mailfrom=${a.pass}; dkim=pass (signature was verified)\r\n header.d=${a.pass};dmarc=pass action=none\r\n header.from=${a.pass};compauth=pass reason=100`;
  return `spf=fail (sender IP is ${a.ip ?? '185.220.101.47'})\r\n smtp.mailfrom=${a.fail}; dkim=fail (signature did not verify)\r\n header.d=${a.fail};dmarc=fail action=quarantine\r\n header.from=${a.fail};compauth=fail reason=000`;
}

export function msgId(s: Spec, mailbox: Mailbox): string {
  const h = hash(`${mailbox}/${s.n}/${s.slug}`, 32).toUpperCase();
  switch (s.client) {
    case 'outlook': case 'android': return `<${h.slice(0, 12)}${h.slice(12, 20).toLowerCase()}@LO${h.charCodeAt(0) % 6}P265MB${h.slice(20, 24)}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'iphone': case 'apple': return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${s.from.email.split('@')[1]}>`;
    case 'gmail': return `<CA+${hash(h, 20)}${h.slice(0, 10).toLowerCase()}=Q${hash(h + 'g', 8)}@mail.gmail.com>`;
    case 'thunderbird': return `<${hash(h, 8)}-${hash(h, 4)}-${hash(h + 't', 4)}-${hash(h + 'u', 12)}@${s.from.email.split('@')[1]}>`;
    default: return `<${h.slice(0, 20).toLowerCase()}.${s.n}@${s.from.email.split('@')[1]}>`;
  }
}

export function buildEml(s: Spec, mailbox: Mailbox): string {
  const to = (s.to ?? [MAILBOX_ADDR[mailbox]]).map((a) => addr(a)).join(', ');
  const cc = s.cc?.map((a) => addr(a)).join(', ');
  const date = rfcDate(s.date);
  const mid = msgId(s, mailbox);
  const auth = authHeader(s.auth ?? (s.from.email.endsWith('@nhs.net') ? 'nhs' : 'none'), mid);
  const subject = s.subjectRaw ?? s.subject;
  const recv = `from ${s.client === 'gmail' ? 'mail-wr1-f53.google.com (209.85.221.53)' : `LO${parseInt(hash(mid, 2), 16) % 9}P265MB${hash(mid, 4).toUpperCase()}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${hash(mid, 3)}::${hash(mid, 2)})`}\r\n by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`;
  const h: [string, string | undefined][] = [['Received', recv], ['Authentication-Results', auth]];
  const common: [string, string | undefined][] = [['From', addr(s.from)], ['To', to], ['CC', cc], ['Subject', subject], ['Date', date], ['Message-ID', mid]];
  if (s.inReplyTo) common.push(['In-Reply-To', s.inReplyTo], ['References', s.inReplyTo]);
  switch (s.client) {
    case 'outlook':
      h.push(...common, ['Thread-Topic', word(s.subject.replace(/^(RE|FW|Fwd): ?/i, ''))], ['Thread-Index', `AQH${Buffer.from(hash(mid, 42), 'hex').toString('base64')}`],
        ['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', /multipart\/mixed/.test(s.body.headers[0]![1]) ? 'yes' : ''], ['X-MS-TNEF-Correlator', ''],
        ['x-originating-ip', `[10.${parseInt(hash(mid, 2), 16) % 250}.14.${parseInt(hash(mid + 'o', 2), 16) % 250}]`]);
      break;
    case 'android':
      h.push(...common, ['Thread-Topic', word(s.subject)], ['X-MS-Has-Attach', ''], ['X-Mailer', 'Outlook for Android']);
      break;
    case 'iphone':
      h.push(...common, ['X-Mailer', 'iPhone Mail (22B91)']);
      break;
    case 'apple':
      h.push(...common, ['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)']);
      break;
    case 'gmail':
      h.push(...common);
      break;
    case 'thunderbird':
      h.push(...common, ['User-Agent', 'Mozilla Thunderbird'], ['Content-Language', 'en-GB']);
      break;
    case 'system':
      h.push(...common, ['X-Mailer', 'OE-Notify 4.2'], ['Auto-Submitted', 'auto-generated']);
      break;
  }
  for (const e of s.extra ?? []) h.push(e);
  return message(h, s.body);
}

export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const p = (name: string | null, email: string | null): Person => ({ name, email: email ? email.toLowerCase() : null });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ ...p(name, email), role });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });

export const uncl = (traits: string[], ignored: 'auto_reply' | 'bounce' | null = null): Expected => ({ kind: 'unclassified', ignored, organisation: null, fields: {}, traits });

import { escapeHtml, filePart, htmlPart, multipart, textPart } from './lib.js';

export const txt = (s: string, opts: Parameters<typeof textPart>[1] = {}) => textPart(s, opts);

/** Outlook-style HTML for a plain text body (paragraph per line). */
export function outlookHtml(s: string): string {
  const paras = s.split('\n').map((l) => l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${escapeHtml(l)}<o:p></o:p></p>`);
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Aptos",sans-serif; color:windowtext;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${paras.join('\n')}
</div>
</body>
</html>
`;
}

export const alt = (text: string, seed: string, html?: string) => multipart('alternative', [textPart(text), htmlPart(html ?? outlookHtml(text))], seed, 'outlook');

export const pdf = (name: string, data: Buffer) => ({ name, data });

export function withFiles(body: ReturnType<typeof textPart>, files: { name: string; data: Buffer; type?: string; inline?: boolean; cid?: string }[], seed: string, style: 'outlook' | 'plain' | 'apple' | 'gmail' = 'outlook') {
  return multipart('mixed', [body, ...files.map((f) => filePart(f.name, f.type ?? 'application/pdf', f.data, { outlook: style === 'outlook', inline: f.inline, cid: f.cid }))], seed, style);
}
