// MIME assembly for corpus 32 (writer AB). Everything is built by hand so the bytes are fixed:
// fixed dates, boundaries and Message-IDs; no clock and no randomness.
import iconv from 'iconv-lite';

export type Charset = 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'us-ascii';
export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

/** A MIME node serialised to a "binary string" (one char = one byte). */
export interface Node { headers: string[]; body: string }

/** Marker for a forced quoted-printable soft line break (placed inside names and addresses on purpose). */
export const SB = '\u0001';

const CRLF = '\r\n';

export function encodeText(s: string, charset: Charset): Buffer {
  const clean = s.split(SB).join('');
  if (charset === 'utf-8') return Buffer.from(clean, 'utf8');
  if (charset === 'us-ascii') return Buffer.from(clean, 'latin1');
  return iconv.encode(clean, charset);
}

function toCrlf(s: string): string {
  return s.replace(/\r?\n/g, '\n').split('\n').join(CRLF);
}

export function b64(buf: Buffer): string {
  const s = buf.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += 76) lines.push(s.slice(i, i + 76));
  return lines.join(CRLF);
}

/** Quoted-printable with soft breaks at 76 columns and wherever SB appears in the text. */
export function qp(text: string, charset: Charset): string {
  const out: string[] = [];
  const lines = text.replace(/\r?\n/g, '\n').split('\n');
  for (const line of lines) {
    const segs = line.split(SB);
    let cur = '';
    segs.forEach((seg, si) => {
      const bytes = encodeText(seg, charset);
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        const last = si === segs.length - 1 && i === bytes.length - 1;
        let tok: string;
        if ((b === 0x20 || b === 0x09) && last) tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tok = String.fromCharCode(b);
        else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (cur.length + tok.length > 75) {
          out.push(`${cur}=`);
          cur = '';
        }
        cur += tok;
      }
      if (si < segs.length - 1) {
        out.push(`${cur}=`);
        cur = '';
      }
    });
    out.push(cur);
  }
  return out.join(CRLF);
}

/** RFC 2047 encoded word (B or Q); plain ASCII is returned as is. */
export function ew(s: string, charset: Charset = 'utf-8', enc: 'B' | 'Q' = 'B'): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const bytes = encodeText(s, charset);
  if (enc === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  let q = '';
  for (const b of bytes) {
    if (b === 0x20) q += '_';
    else if (/[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b))) q += String.fromCharCode(b);
    else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?${charset}?Q?${q}?=`;
}

/** A display-name + address as a header value. */
export function addr(name: string | null, email: string, charset: Charset = 'utf-8', enc: 'B' | 'Q' = 'B'): string {
  if (!name) return email;
  if (/^[\x20-\x7e]*$/.test(name)) return /[,().;:@"']/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
  return `${ew(name, charset, enc)} <${email}>`;
}

export interface TextOpts { subtype?: 'plain' | 'html'; charset?: Charset; cte?: Cte; format?: 'flowed'; extra?: string[] }

export function textPart(text: string, o: TextOpts = {}): Node {
  const subtype = o.subtype ?? 'plain';
  const charset = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'quoted-printable';
  let body: string;
  if (cte === 'quoted-printable') body = qp(text, charset);
  else if (cte === 'base64') body = b64(encodeText(toCrlf(text), charset));
  else body = toCrlf(encodeText(text, charset).toString('latin1'));
  const ct = `Content-Type: text/${subtype}; charset="${charset}"${o.format ? `; format=${o.format}` : ''}`;
  return { headers: [ct, `Content-Transfer-Encoding: ${cte}`, ...(o.extra ?? [])], body };
}

export function attachment(filename: string, data: Buffer, contentType = 'application/pdf', style: 'outlook' | 'gmail' | 'apple' = 'outlook'): Node {
  const headers =
    style === 'outlook'
      ? [`Content-Type: ${contentType}; name="${filename}"`, `Content-Description: ${filename}`,
        `Content-Disposition: attachment; filename="${filename}"; size=${data.length};`,
        ' creation-date="Mon, 02 Nov 2026 09:00:00 GMT";', ' modification-date="Mon, 02 Nov 2026 09:00:00 GMT"',
        'Content-Transfer-Encoding: base64']
      : style === 'gmail'
        ? [`Content-Type: ${contentType}; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`,
          'Content-Transfer-Encoding: base64', `Content-ID: <f_${filename.length.toString(16)}gmx0>`, `X-Attachment-Id: f_${filename.length.toString(16)}gmx0`]
        : [`Content-Type: ${contentType};`, `\tname="${filename}"`, 'Content-Disposition: attachment;', `\tfilename="${filename}"`, 'Content-Transfer-Encoding: base64'];
  return { headers, body: b64(data) };
}

export function multipart(subtype: string, boundary: string, parts: Node[], opts: { preamble?: string; params?: string } = {}): Node {
  const lines: string[] = [];
  if (opts.preamble) lines.push(opts.preamble, '');
  for (const p of parts) {
    lines.push(`--${boundary}`);
    lines.push(...p.headers);
    lines.push('');
    lines.push(p.body);
  }
  lines.push(`--${boundary}--`, '');
  return { headers: [`Content-Type: multipart/${subtype};${opts.params ? ` ${opts.params};` : ''}`, `\tboundary="${boundary}"`], body: lines.join(CRLF) };
}

export function raw(headers: string[], body: string): Node {
  return { headers, body };
}

/** The whole message: top-level headers then the root node. */
export function message(top: string[], root: Node, mimeVersion = 'MIME-Version: 1.0'): Buffer {
  const head = [...top, mimeVersion, ...root.headers].join(CRLF);
  const s = `${head}${CRLF}${CRLF}${root.body}${root.body.endsWith(CRLF) ? '' : CRLF}`;
  return Buffer.from(s, 'latin1');
}

// ---------------------------------------------------------------- client header sets

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** iso like '2026-11-03T09:14:22Z' → RFC 5322 date (all GMT in November/December). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
/** "03 November 2026 10:12" as Outlook writes in a quoted header block. */
export function outlookSent(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
/** "Tuesday, November 3, 2026 10:12 AM" as new Outlook writes it. */
export function outlookSentLong(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${LONG_DAYS[d.getUTCDay()]}, ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${((h + 11) % 12) + 1}:${p(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}
/** "On Tue, 3 Nov 2026 at 10:12, X <y> wrote:" as Gmail writes it. */
export function gmailOn(iso: string, who: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `On ${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}, ${who} wrote:`;
}
/** "On 3 Nov 2026, at 10:12, X <y> wrote:" as iPhone Mail writes it. */
export function iphoneOn(iso: string, who: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `On ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, at ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}, ${who} wrote:`;
}

export const MAILBOX_ADDR: Record<string, string> = {
  portalenquiries: 'pcse.portalenquiries@nhs.net',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: 'pcse.openexeter@nhs.net',
};
export const MAILBOX_NAME: Record<string, string> = {
  portalenquiries: 'PCSE Portal Enquiries',
  datamanager: 'PCSE Data Manager',
  openexeter: 'PCSE Open Exeter',
};

export interface Hdr {
  client: 'outlook' | 'gmail' | 'iphone' | 'owa' | 'android' | 'system';
  from: string; // already formatted
  fromDomain: string;
  to: string;
  cc?: string;
  subject: string;
  subjectCharset?: Charset;
  date: string; // iso
  id: string; // message id without <>
  inReplyTo?: string;
  references?: string[];
  extra?: string[];
  dkim?: 'pass' | 'none' | 'fail';
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function topHeaders(h: Hdr): string[] {
  const date = rfcDate(h.date);
  const subj = ew(h.subject, h.subjectCharset ?? 'utf-8', h.subjectCharset && h.subjectCharset !== 'utf-8' ? 'Q' : 'B');
  const dk = h.dkim ?? 'pass';
  const auth = [
    `Authentication-Results: spf=${dk === 'pass' ? 'pass' : 'none'} (sender IP is 194.72.${parseInt(hash(h.id).slice(0, 2), 16)}.${parseInt(hash(h.id).slice(2, 4), 16)})`,
    ` smtp.mailfrom=${h.fromDomain}; dkim=${dk} ${dk === 'pass' ? '(signature was verified)' : '(message not signed)'}`,
    ` header.d=${h.fromDomain};dmarc=${dk === 'pass' ? 'pass action=none' : 'none action=none'}`,
    ` header.from=${h.fromDomain};compauth=${dk === 'pass' ? 'pass reason=100' : 'softpass reason=201'}`,
  ];
  const thread = [
    ...(h.inReplyTo ? [`In-Reply-To: <${h.inReplyTo}>`] : []),
    ...(h.references?.length ? [`References: ${h.references.map((r) => `<${r}>`).join(`${CRLF} `)}`] : []),
  ];
  const cc = h.cc ? [`CC: ${h.cc}`] : [];
  const recv = `Received: from ${h.client === 'gmail' ? 'mail-wr1-f41.google.com (209.85.221.41)' : 'LO0P265MB' + hash(h.from).slice(0, 4).toUpperCase() + '.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:' + hash(h.id).slice(0, 3) + '::7)'} by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`;
  switch (h.client) {
    case 'gmail':
      return [
        recv, ...auth,
        `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${h.fromDomain}; s=20230601; t=1793000000;`,
        `\th=mime-version:references:in-reply-to:from:date:message-id:subject:to; bh=${hash(h.id)}${hash(h.subject)}=;`,
        `\tb=${hash(h.from)}${hash(date)}${hash(h.to)}`,
        `From: ${h.from}`, `Date: ${date}`, ...thread, `Message-ID: <${h.id}>`, `Subject: ${subj}`, `To: ${h.to}`, ...cc, ...(h.extra ?? []),
      ];
    case 'iphone':
      return [
        recv, ...auth, `From: ${h.from}`, ...(h.extra ?? []), `Subject: ${subj}`, `Message-Id: <${h.id}>`, `Date: ${date}`,
        ...thread, ...cc, `To: ${h.to}`, 'X-Mailer: iPhone Mail (22B83)',
      ];
    case 'android':
      return [recv, ...auth, `From: ${h.from}`, `To: ${h.to}`, ...cc, `Subject: ${subj}`, `Date: ${date}`, `Message-ID: <${h.id}>`, ...thread, ...(h.extra ?? [])];
    case 'system':
      return [recv, ...auth, `From: ${h.from}`, `To: ${h.to}`, ...cc, `Subject: ${subj}`, `Date: ${date}`, `Message-ID: <${h.id}>`, ...thread, ...(h.extra ?? [])];
    default:
      return [
        recv, ...auth, `From: ${h.from}`, `To: ${h.to}`, ...cc, `Subject: ${subj}`, `Thread-Topic: ${subj.startsWith('=?') ? subj : h.subject.replace(/^(RE|Re|FW|Fw|FWD|Fwd):\s*/g, '')}`,
        `Thread-Index: AQHb${hash(h.subject).slice(0, 6)}${hash(h.id).slice(0, 8)}==`, `Date: ${date}`, `Message-ID: <${h.id}>`, ...thread,
        'Accept-Language: en-GB, en-US', 'Content-Language: en-GB', 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ',
        ...(h.client === 'owa' ? ['X-MS-Exchange-Organization-SCL: 1', 'x-ms-publictraffictype: Email'] : []),
        ...(h.extra ?? []),
      ];
  }
}

// ---------------------------------------------------------------- quoting helpers

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p style="font-size:9pt;color:#555">********************************************************************************************************************<br><br>
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br><br>
NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.<br><br>
For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail</p>`;

export interface Quoted { fromName: string; fromEmail: string; sent: string; to: string; cc?: string; subject: string; body: string }

/** Outlook desktop plain-text reply block. */
export function outlookQuote(q: Quoted): string {
  return `________________________________
From: ${q.fromName} <${q.fromEmail}>
Sent: ${outlookSent(q.sent)}
To: ${q.to}
${q.cc ? `Cc: ${q.cc}\n` : ''}Subject: ${q.subject}

${q.body}`;
}

/** Outlook HTML reply block. */
export function outlookQuoteHtml(q: Quoted, bodyHtml: string): string {
  return `<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> ${esc(q.fromName)} &lt;${q.fromEmail}&gt;<br>
<b>Sent:</b> ${outlookSentLong(q.sent)}<br>
<b>To:</b> ${esc(q.to)}<br>
${q.cc ? `<b>Cc:</b> ${esc(q.cc)}<br>\n` : ''}<b>Subject:</b> ${esc(q.subject)}</font>
<div>&nbsp;</div>
</div>
${bodyHtml}`;
}

/** Gmail / generic "> " quote. */
export function angleQuote(text: string): string {
  return text.split('\n').map((l) => (l.length ? `> ${l}` : '>')).join('\n');
}

export function gmailQuoteHtml(attr: string, innerHtml: string): string {
  return `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${innerHtml}</blockquote></div>`;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text → simple HTML paragraphs (Gmail style divs). */
export function textToHtmlDivs(text: string): string {
  return text.split('\n').map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('\n');
}

/** Plain text → Outlook HTML (MsoNormal paragraphs). */
export function textToMso(text: string): string {
  return text.split('\n').map((l) => `<p class="MsoNormal">${l.trim() ? esc(l) : '&nbsp;'}<o:p></o:p></p>`).join('\n');
}

export function outlookHtmlDoc(inner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}
span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>
`;
}

export function gmailHtmlDoc(inner: string): string {
  return `<div dir="ltr">${inner}</div>
`;
}

// ---------------------------------------------------------------- expected files

export interface Expected {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email { file: string; eml: Buffer; expected: Expected; pdfs?: { kind: 'acroform' | 'text' | 'scan' }[] }

export const person = (name: string | null, email: string | null) => ({ name, email: email ? email.toLowerCase() : null });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ ...person(name, email), role });

// ---------------------------------------------------------------- composing

export function boundary(style: 'outlook' | 'gmail' | 'apple' | 'plain', id: string, n = 0): string {
  const h = hash(`${id}#${n}`) + hash(`${n}#${id}`);
  if (style === 'outlook') return `_00${n}_${h.toUpperCase()}LO2P265MB5432GBRP_`;
  if (style === 'gmail') return `000000000000${h.slice(0, 12)}`;
  if (style === 'apple') return `Apple-Mail=_${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-4E2A-9C1D-${h.toUpperCase().slice(0, 12)}`;
  return `----=_Part_${parseInt(h.slice(0, 6), 16)}_${parseInt(h.slice(6, 12), 16)}.1793${n}`;
}

export function alt(style: 'outlook' | 'gmail' | 'apple' | 'plain', id: string, text: Node, html: Node, n = 1): Node {
  return multipart('alternative', boundary(style, id, n), [text, html]);
}

export function mixed(style: 'outlook' | 'gmail' | 'apple' | 'plain', id: string, body: Node, atts: Node[]): Node {
  return multipart('mixed', boundary(style, id, 0), [body, ...atts], style === 'outlook' ? {} : {});
}

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export function mk(mailbox: Expected['mailbox'], n: number, slug: string, top: string[], root: Node,
  e: { kind: string; org: [string | null, OrgType] | null; fields: Record<string, unknown>; mustRaise?: string[]; traits: string[]; ignored?: 'auto_reply' | 'bounce' | null },
  pdfs: ('acroform' | 'text' | 'scan')[] = []): Email {
  return {
    file: `${mailbox}/${String(n).padStart(3, '0')}-${slug}`,
    eml: message(top, root),
    expected: {
      mailbox, kind: e.kind, ignored: e.ignored ?? null,
      organisation: e.org ? { odsCode: e.org[0], type: e.org[1] } : null,
      fields: e.fields, mustRaise: e.mustRaise ?? [], traits: e.traits,
    },
    pdfs: pdfs.map((kind) => ({ kind })),
  };
}

/** PCSE's own "we need more information" reply, as the practice sees it quoted. */
export function pcseInfoRequest(greeting: string, ref: string, asks: string[], team = 'PCSE Online User Management Team'): string {
  return `${greeting}

Thank you for contacting Primary Care Support England.

Before we can process your request we need some further information. Please reply to this email with:

${asks.map((a) => `  *   ${a}`).join('\n')}

Please do not change the subject line of this email as it contains your case reference ${ref}.

Kind regards

${team}
Primary Care Support England
https://pcse.england.nhs.uk`;
}

export function pcseAck(greeting: string, ref: string, what: string, team = 'PCSE Online User Management Team'): string {
  return `${greeting}

Thank you for your email. Your ${what} has been logged under case reference ${ref}.

We aim to respond within 5 working days. Please quote the reference above in any further correspondence.

Kind regards

${team}
Primary Care Support England`;
}
