// MIME by hand, deterministic: boundaries and message ids come from hashes of the email's slug.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date from an ISO string (UTC), rendered with the given zone offset in minutes. */
export function rfcDate(iso: string, offsetMin = 0): string {
  const d = new Date(Date.parse(iso) + offsetMin * 60000);
  const sign = offsetMin >= 0 ? '+' : '-';
  const o = Math.abs(offsetMin);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${sign}${p2(Math.floor(o / 60))}${p2(o % 60)}`;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded word(s) for a header value when it is not plain ASCII. */
export function encWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  if (mode === 'B') {
    // split into chunks of whole characters so each encoded word stays short
    const out: string[] = [];
    let chunk = '';
    for (const ch of s) {
      if (Buffer.byteLength(chunk + ch) > 36) { out.push(chunk); chunk = ''; }
      chunk += ch;
    }
    if (chunk) out.push(chunk);
    return out.map((c) => `=?utf-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
  }
  const bytes = Buffer.from(s, 'utf8');
  let q = '';
  for (const b of bytes) {
    if (b === 0x20) q += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) q += String.fromCharCode(b);
    else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?utf-8?Q?${q}?=`;
}

/** A mailbox for a header: display name (quoted or encoded) and address. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encWord(name, mode)} <${email}>`;
  if (/[,.()<>@:;"[\]]/.test(name)) return `"${name.replace(/"/g, '\\"')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Quoted-printable (RFC 2045) with soft line breaks at 76. Input text uses \n; output uses CRLF. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last) || (b === 9 && !last)) toks.push(String.fromCharCode(b));
      else toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) { out.push(`${cur}=`); cur = ''; }
      cur += t;
    }
    out.push(cur);
  }
  return out.join(CRLF);
}

export function b64(buf: Buffer | Uint8Array | string, width = 76): string {
  const s = Buffer.from(buf as Uint8Array).toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join(CRLF);
}

export interface Part { headers: [string, string][]; body: string }

export type Cte = 'qp' | 'b64' | '7bit' | '8bit';

function encodeBody(text: string, cte: Cte): [string, string] {
  switch (cte) {
    case 'qp': return ['quoted-printable', qp(text)];
    case 'b64': return ['base64', b64(Buffer.from(text.replace(/\r?\n/g, CRLF), 'utf8'))];
    case '7bit': return ['7bit', text.replace(/\r?\n/g, CRLF)];
    case '8bit': return ['8bit', text.replace(/\r?\n/g, CRLF)];
  }
}

export function textPart(text: string, cte: Cte = 'qp', charset = 'utf-8', extra: [string, string][] = []): Part {
  const [enc, body] = encodeBody(text, cte);
  return { headers: [['Content-Type', `text/plain; charset="${charset}"`], ['Content-Transfer-Encoding', enc], ...extra], body };
}

export function htmlPart(html: string, cte: Cte = 'qp', charset = 'utf-8'): Part {
  const [enc, body] = encodeBody(html, cte);
  return { headers: [['Content-Type', `text/html; charset="${charset}"`], ['Content-Transfer-Encoding', enc]], body };
}

export function attachment(filename: string, contentType: string, data: Uint8Array, style: 'outlook' | 'gmail' | 'plain' = 'outlook'): Part {
  const fn = isAscii(filename) ? `"${filename}"` : `"${encWord(filename)}"`;
  const headers: [string, string][] = [['Content-Type', `${contentType}; name=${fn}`]];
  if (style === 'outlook') headers.push(['Content-Description', filename]);
  headers.push(['Content-Disposition', style === 'outlook' ? `attachment; filename=${fn}; size=${data.length}` : `attachment; filename=${fn}`]);
  if (style === 'gmail') headers.push(['X-Attachment-Id', `f_${hash(filename + data.length, 9)}`], ['Content-ID', `<f_${hash(filename + data.length, 9)}>`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64(data) };
}

export function rawPart(headers: [string, string][], body: string): Part {
  return { headers, body: body.replace(/\r?\n/g, CRLF) };
}

export function multipart(sub: 'mixed' | 'alternative' | 'related' | 'report', parts: Part[], seed: string, style: 'outlook' | 'gmail' | 'apple' | 'plain' = 'outlook', params = ''): Part {
  const h = hash(`${seed}/${sub}/${parts.length}`, 28);
  const boundary = style === 'outlook' ? `_00${sub.slice(0, 3)}_${h}_`
    : style === 'gmail' ? `000000000000${h.slice(0, 16)}`
      : style === 'apple' ? `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 28).toUpperCase()}`
        : `----=_Part_${parseInt(h.slice(0, 6), 16)}_${parseInt(h.slice(6, 14), 16)}.${parseInt(h.slice(14, 24), 16)}`;
  const body = [
    ...(sub === 'mixed' && style === 'outlook' ? ['This is a multi-part message in MIME format.', ''] : []),
    ...parts.flatMap((p) => [`--${boundary}`, serialiseHeaders(p.headers), '', p.body]),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return { headers: [['Content-Type', `multipart/${sub}; boundary="${boundary}"${params}`]], body };
}

function serialiseHeaders(h: [string, string][]): string {
  return h.map(([k, v]) => `${k}: ${v}`).join(CRLF);
}

export function message(headers: [string, string][], root: Part): string {
  return `${serialiseHeaders([...headers, ['MIME-Version', '1.0'], ...root.headers])}${CRLF}${CRLF}${root.body}${root.body.endsWith(CRLF) ? '' : CRLF}`;
}

/** Message headers in the manner of a given client. */
export interface Hdr {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string; // ISO UTC
  tz?: number; // offset minutes for the Date header
  client: 'nhsmail' | 'outlook-ext' | 'gmail' | 'apple' | 'webmail' | 'system' | 'exchange';
  slug: string;
  domain: string;
  inReplyTo?: string;
  extra?: [string, string][];
}

export function headers(h: Hdr): [string, string][] {
  const id = hash(h.slug, 32);
  const date = rfcDate(h.date, h.tz ?? 0);
  const out: [string, string][] = [];
  const subj = encWord(h.subject, 'Q');
  switch (h.client) {
    case 'nhsmail':
    case 'exchange': {
      const host = `${id.slice(0, 4).toUpperCase()}P265MB${parseInt(id.slice(4, 8), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM`;
      out.push(
        ['Authentication-Results', `spf=pass (sender IP is 40.92.${parseInt(id.slice(8, 10), 16)}.${parseInt(id.slice(10, 12), 16)})${CRLF} smtp.mailfrom=${h.domain}; dkim=pass (signature was verified)${CRLF} header.d=${h.domain};dmarc=pass action=none${CRLF} header.from=${h.domain};compauth=pass reason=100`],
        ['Received', `from ${host} (2603:10a6:20b:${id.slice(12, 15)}::${id.slice(15, 17)}) by ${host} with HTTPS; ${date}`],
        ['From', h.from], ['To', h.to], ...(h.cc ? [['CC', h.cc] as [string, string]] : []),
        ['Subject', subj], ['Thread-Topic', subj], ['Thread-Index', `AQH${Buffer.from(id.slice(0, 18), 'hex').toString('base64')}`],
        ['Date', date], ['Message-ID', `<${host.split('.')[0]}${id.slice(20, 28)}@${host}>`],
      );
      if (h.inReplyTo) out.push(['In-Reply-To', h.inReplyTo], ['References', h.inReplyTo]);
      out.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', '']);
      break;
    }
    case 'outlook-ext':
      out.push(
        ['Received', `from mail-${id.slice(0, 6)}.outbound.protection.outlook.com ([52.101.${parseInt(id.slice(6, 8), 16)}.${parseInt(id.slice(8, 10), 16)}]) by mx.nhs.net; ${date}`],
        ['From', h.from], ['To', h.to], ...(h.cc ? [['Cc', h.cc] as [string, string]] : []),
        ['Subject', subj], ['Date', date], ['Message-ID', `<${id.slice(0, 16).toUpperCase()}@${h.domain}>`],
      );
      if (h.inReplyTo) out.push(['In-Reply-To', h.inReplyTo]);
      out.push(['X-Mailer', 'Microsoft Outlook 16.0'], ['Content-Language', 'en-gb']);
      break;
    case 'gmail':
      out.push(
        ['Received', `by mail-wr1-f${parseInt(id.slice(0, 2), 16) % 60}.google.com with SMTP id ${id.slice(2, 14)}; ${date}`],
        ['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${h.domain}; s=20230601; h=to:subject:message-id:date:from:mime-version; bh=${Buffer.from(id).toString('base64').slice(0, 43)}=; b=${Buffer.from(id + id).toString('base64').slice(0, 60)}`],
        ['From', h.from], ['Date', date], ['Message-ID', `<CA+${Buffer.from(id).toString('base64').slice(0, 40)}@mail.gmail.com>`],
        ['Subject', subj], ['To', h.to], ...(h.cc ? [['Cc', h.cc] as [string, string]] : []),
      );
      if (h.inReplyTo) out.push(['In-Reply-To', h.inReplyTo]);
      break;
    case 'apple':
      out.push(
        ['From', h.from], ['Subject', subj], ['Date', date], ['To', h.to], ...(h.cc ? [['Cc', h.cc] as [string, string]] : []),
        ['Message-Id', `<${id.slice(0, 8).toUpperCase()}-${id.slice(8, 12).toUpperCase()}-${id.slice(12, 16).toUpperCase()}-${id.slice(16, 28).toUpperCase()}@${h.domain}>`],
        ['X-Mailer', 'iPhone Mail (21G93)'],
      );
      break;
    case 'webmail':
      out.push(
        ['Received', `from webmail.${h.domain} (webmail.${h.domain} [81.2.${parseInt(id.slice(0, 2), 16)}.${parseInt(id.slice(2, 4), 16)}]) by mx.nhs.net; ${date}`],
        ['Date', date], ['From', h.from], ['To', h.to], ...(h.cc ? [['Cc', h.cc] as [string, string]] : []),
        ['Message-ID', `<${parseInt(id.slice(0, 10), 16)}.${parseInt(id.slice(10, 16), 16)}@webmail.${h.domain}>`],
        ['Subject', subj], ['User-Agent', 'Roundcube Webmail/1.6.9'],
      );
      if (h.inReplyTo) out.push(['In-Reply-To', h.inReplyTo]);
      break;
    case 'system':
      out.push(
        ['Received', `from relay.${h.domain} ([10.${parseInt(id.slice(0, 2), 16)}.${parseInt(id.slice(2, 4), 16)}.7]) by mx.nhs.net; ${date}`],
        ['Date', date], ['From', h.from], ['To', h.to], ['Subject', subj],
        ['Message-ID', `<${id.slice(0, 20)}.JavaMail.noreply@${h.domain}>`], ['X-Auto-Generated', 'true'],
      );
      break;
  }
  return [...out, ...(h.extra ?? [])];
}

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export interface Person { name: string | null; email: string | null }

export interface Expected {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email {
  file: string; // NNN-slug
  eml: string;
  expected: Omit<Expected, 'mailbox'>;
}

export function writeEmail(root: string, mailbox: Expected['mailbox'], e: Email): void {
  const dir = join(root, mailbox);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${e.file}.eml`), e.eml);
  const exp: Expected = { mailbox, ...e.expected };
  const ordered = { mailbox: exp.mailbox, kind: exp.kind, ignored: exp.ignored, organisation: exp.organisation, fields: exp.fields, mustRaise: exp.mustRaise, traits: exp.traits };
  writeFileSync(join(dir, `${e.file}.expected.json`), `${JSON.stringify(ordered, null, 2)}\n`);
}

/** NHSmail footer, as appended by the relay. */
export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p style="font-size:8pt;color:#666666">********************************************************************************************************************<br><br>This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.<br>Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br><br>NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.<br><br>For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail</p>`;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Outlook-style HTML document wrapper. */
export function outlookHtml(inner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
table.MsoTableGrid
	{border-collapse:collapse;}
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

/** Paragraphs → Outlook MsoNormal paragraphs (blank line → empty paragraph). */
export function msoParas(text: string): string {
  return text.split('\n').map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${esc(l)}<o:p></o:p></p>`)).join('\n');
}

/** Outlook table with bold labels in the first column. */
export function msoTable(rows: [string, string][], opts: { header?: [string, string] } = {}): string {
  const cell = (s: string, bold: boolean, w: number) => `<td width="${w}" valign="top" style="width:${w}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${bold ? '<b>' : ''}${esc(s)}${bold ? '<o:p></o:p></b>' : '<o:p></o:p>'}</p></td>`;
  const head = opts.header ? `<tr>${cell(opts.header[0], true, 170)}${cell(opts.header[1], true, 280)}</tr>\n` : '';
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${head}${rows.map(([a, b]) => `<tr>${cell(a, true, 170)}${cell(b, false, 280)}</tr>`).join('\n')}\n</tbody>\n</table>`;
}
