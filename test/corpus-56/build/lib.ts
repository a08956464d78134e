// MIME written by hand for corpus-56 (writer AZ): CRLF, quoted-printable, base64, RFC 2047 words, multipart.
// Deterministic: boundaries from a hash of the slug, dates are fixed strings.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDRESS: Record<Mailbox, string> = {
  portalenquiries: 'pcse.portalenquiries@nhs.net',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: 'pcse.openexeter@nhs.net',
};
const MAILBOX_NAME: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries',
  datamanager: 'PCSE Data Manager',
  openexeter: 'PCSE Open Exeter',
};

export type Enc = 'qp' | 'b64' | '7bit' | '8bit';
export type Part =
  | { t: 'leaf'; type: string; enc: Enc; body: string | Buffer; headers?: [string, string][] }
  | { t: 'multi'; sub: string; parts: Part[]; params?: string };

export interface Person { name: string | null; email: string | null }
export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}
export interface MailSpec {
  mb: Mailbox;
  slug: string;
  from: { name: string | null; email: string };
  to?: string;
  cc?: string[];
  subject: string;
  date: string; // RFC 5322 date
  body: Part;
  headers?: [string, string][];
  client?: 'outlook' | 'gmail' | 'apple' | 'system';
  exp: Expected;
}

const CRLF = '\r\n';
export const hash = (s: string, n = 24): string => createHash('sha256').update(s).digest('hex').slice(0, n);
const crlf = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);
const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

export function qp(text: string): string {
  const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return text.replace(/\r\n/g, '\n').split('\n').map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let cur = '';
    const push = (tok: string) => {
      if (cur.length + tok.length > 75) { out += `${cur}=${CRLF}`; cur = ''; }
      cur += tok;
    };
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) push(hex(b));
      else if (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09)) push(hex(b));
      else push(String.fromCharCode(b));
    });
    return out + cur;
  }).join(CRLF);
}

const b64 = (d: string | Buffer) => ((typeof d === 'string' ? Buffer.from(crlf(d), 'utf8') : d).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

export function words(s: string): string {
  if (isAscii(s)) return s;
  const out: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 42) { out.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`); chunk = ''; }
    chunk += ch;
  }
  if (chunk) out.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
  return out.join(' ');
}

export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!isAscii(name)) return `${words(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

function fold(name: string, value: string): string {
  const ws = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of ws) {
    if (cur.length + 1 + w.length > 78 && cur.length > name.length + 1) { lines.push(cur); cur = ` ${w}`; } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

export const text = (s: string, enc: Enc = 'qp'): Part => ({ t: 'leaf', type: 'text/plain; charset="utf-8"', enc, body: s });
export const htmlPart = (s: string, enc: Enc = 'qp'): Part => ({ t: 'leaf', type: 'text/html; charset="utf-8"', enc, body: s });
export const alt = (...parts: Part[]): Part => ({ t: 'multi', sub: 'alternative', parts });
export const mixed = (...parts: Part[]): Part => ({ t: 'multi', sub: 'mixed', parts });
export function pdf(filename: string, data: Uint8Array): Part {
  return {
    t: 'leaf', type: `application/pdf; name="${filename}"`, enc: 'b64', body: Buffer.from(data),
    headers: [['Content-Description', filename], ['Content-Disposition', `attachment; filename="${filename}"; size=${data.length}`]],
  };
}

function ser(p: Part, seed: string, depth: number): { headers: string[]; body: string } {
  if (p.t === 'leaf') {
    const cte = { qp: 'quoted-printable', b64: 'base64', '7bit': '7bit', '8bit': '8bit' }[p.enc];
    const headers = [fold('Content-Type', p.type), `Content-Transfer-Encoding: ${cte}`, ...(p.headers ?? []).map(([k, v]) => fold(k, v))];
    const raw = typeof p.body === 'string' ? p.body : p.body.toString('utf8');
    const body = p.enc === 'qp' ? qp(raw) : p.enc === 'b64' ? b64(p.body) : crlf(raw);
    return { headers, body };
  }
  const boundary = `_00${depth}_${hash(`${seed}/${depth}`, 20).toUpperCase()}_`;
  const headers = [`Content-Type: multipart/${p.sub}${p.params ?? ''};${CRLF}\tboundary="${boundary}"`];
  let body = '';
  p.parts.forEach((c, i) => {
    const s = ser(c, `${seed}.${i}`, depth + 1);
    body += `--${boundary}${CRLF}${s.headers.join(CRLF)}${CRLF}${CRLF}${s.body}${CRLF}`;
  });
  body += `--${boundary}--${CRLF}`;
  return { headers, body };
}

export function serialize(m: MailSpec): string {
  const dom = m.from.email.split('@')[1] ?? 'example.org';
  const id = hash(m.slug, 16).toUpperCase();
  const client = m.client ?? 'outlook';
  const h: [string, string][] = [];
  if (client !== 'system') {
    h.push(['Authentication-Results', `spf=pass (sender IP is 51.140.${parseInt(id.slice(0, 2), 16)}.${parseInt(id.slice(2, 4), 16)}) smtp.mailfrom=${dom}; dkim=pass (signature was verified) header.d=${dom};dmarc=pass action=none header.from=${dom};compauth=pass reason=100`]);
  }
  h.push(['Received', `from ${id.slice(0, 12)}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1b2::9) by LO2P265MB${id.slice(4, 8)}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${m.date}`]);
  h.push(['From', addr(m.from.name, m.from.email)]);
  h.push(['To', m.to ?? addr(MAILBOX_NAME[m.mb], MAILBOX_ADDRESS[m.mb])]);
  if (m.cc?.length) h.push(['Cc', m.cc.join(', ')]);
  h.push(['Subject', isAscii(m.subject) ? m.subject : words(m.subject)]);
  h.push(['Date', m.date]);
  const msgDom = client === 'gmail' ? 'mail.gmail.com' : client === 'apple' ? 'icloud.com' : client === 'system' ? dom : 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM';
  h.push(['Message-ID', `<${client === 'gmail' ? 'CA' : ''}${id}${hash(m.slug + 'x', 8)}@${msgDom}>`]);
  if (client === 'outlook') {
    h.push(['Thread-Topic', m.subject.replace(/[^\x20-\x7e]/g, '')]);
    h.push(['Thread-Index', `AQH${Buffer.from(hash(m.slug, 18), 'hex').toString('base64')}`]);
    h.push(['Accept-Language', 'en-GB, en-US']);
    h.push(['Content-Language', 'en-GB']);
    h.push(['X-MS-Has-Attach', m.body.t === 'multi' && m.body.sub === 'mixed' ? 'yes' : '']);
    h.push(['X-MS-TNEF-Correlator', '']);
  }
  for (const x of m.headers ?? []) h.push(x);
  const b = ser(m.body, m.slug, 0);
  const top = h.map(([k, v]) => (v === '' ? `${k}: ` : fold(k, v)));
  return `${[...top, 'MIME-Version: 1.0', ...b.headers].join(CRLF)}${CRLF}${CRLF}${b.body}${b.body.endsWith(CRLF) ? '' : CRLF}`;
}

// -----------------------------------------------------------------------------------------------------------------
// Tables: Outlook's HTML and the plain-text alternative Outlook writes for it

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell: its text; lines in it are separated by "\n" (rendered as <br> / separate paragraphs). */
export type Row = string[];
export interface Table { rows: Row[]; header?: boolean; widths?: number[] }

export type Block = string | Table;

const OUTLOOK_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
table.MsoTableGrid
	{border:solid windowtext 1.0pt;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
`;

function htmlTable(t: Table): string {
  const rows = t.rows.map((r, ri) => {
    const cells = r.map((c, ci) => {
      const w = t.widths?.[ci] ?? 220;
      const bold = (t.header && ri === 0) || (!t.header && ci === 0 && r.length === 2);
      const paras = c.split('\n').map((l) => `<p class="MsoNormal">${bold ? '<b>' : ''}${l ? esc(l) : '&nbsp;'}${bold ? '</b>' : ''}<o:p></o:p></p>`).join('\n');
      const bg = t.header && ri === 0 ? 'background:#D9E2F3;' : '';
      return `<td width="${w}" valign="top" style="width:${(w * 0.75).toFixed(1)}pt;border:solid windowtext 1.0pt;${bg}padding:0cm 5.4pt 0cm 5.4pt">\n${paras}\n</td>`;
    }).join('\n');
    return `<tr>\n${cells}\n</tr>`;
  }).join('\n');
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${rows}\n</tbody>\n</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`;
}

export function outlookHtml(blocks: Block[]): string {
  const inner = blocks.map((b) => (typeof b === 'string'
    ? b.split('\n').map((l) => `<p class="MsoNormal">${l.trim() ? esc(l) : '<o:p>&nbsp;</o:p>'}</p>`).join('\n')
    : htmlTable(b))).join('\n');
  return `${OUTLOOK_HEAD}${inner}\n</div>\n</body>\n</html>\n`;
}

/** Outlook's text/plain for a table: every cell's paragraphs on their own lines, cells separated by a blank line. */
function cellsText(t: Table): string {
  return t.rows.map((r) => r.map((c) => `${c}\n\n`).join('')).join('');
}
/** Another client's text/plain: a row per line, cells separated by tabs, a cell's lines joined by a space. */
function tabsText(t: Table): string {
  return `${t.rows.map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')).join('\n')}\n`;
}

export function tableText(blocks: Block[], style: 'cells' | 'tabs'): string {
  return blocks.map((b) => (typeof b === 'string' ? `${b}\n` : style === 'cells' ? cellsText(b) : tabsText(b))).join('\n');
}

/** Outlook HTML with its plain-text alternative (cells style by default), or HTML only. */
export function tableMail(blocks: Block[], style: 'cells' | 'tabs' | 'html-only' = 'cells'): Part {
  const h = htmlPart(outlookHtml(blocks));
  return style === 'html-only' ? h : alt(text(tableText(blocks, style)), h);
}

export const NHS_DISCLAIMER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;
