// MIME written by hand for corpus 36 (writer AF): encoders, parts, client header sets, thread quoting.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface CorpusEmail {
  slug: string;
  eml: string;
  expected: Expected;
}

/** A deterministic generator (mulberry32). */
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

export const hex = (s: string, n: number): string => createHash('sha256').update(s).digest('hex').slice(0, n);
export const HEX = (s: string, n: number): string => hex(s, n).toUpperCase();

// ---------- encoders ----------

const wrap76 = (s: string): string => (s.match(/.{1,76}/g) ?? ['']).join('\n');

export const base64Body = (buf: Uint8Array | string): string =>
  wrap76(Buffer.from(typeof buf === 'string' ? Buffer.from(buf, 'utf8') : buf).toString('base64'));

/** Quoted-printable (RFC 2045) with soft line breaks at 76 characters. */
export function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) toks.push(String.fromCharCode(b));
      else toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
    let cur = '';
    for (const t of toks) {
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

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words, split so that none is longer than 75 characters. */
export function encWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  const chunks: string[] = [];
  let cur = '';
  for (const ch of s) {
    const limit = mode === 'B' ? 42 : 20;
    if (Buffer.byteLength(cur + ch, 'utf8') > limit) {
      chunks.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) chunks.push(cur);
  return chunks
    .map((c) => {
      if (mode === 'B') return `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`;
      const q = [...Buffer.from(c, 'utf8')]
        .map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
        .join('');
      return `=?UTF-8?Q?${q}?=`;
    })
    .join('\n ');
}

/** A mailbox for a header: encoded, quoted or bare display name. */
export function addr(name: string | null, email: string, mode: 'B' | 'Q' = 'B'): string {
  if (!name) return `<${email}>`;
  if (!isAscii(name)) return `${encWord(name, mode)} <${email}>`;
  if (/[(),.:;<>@[\]\\"]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Folds a header line at spaces so no line passes 78 characters where that can be helped. */
function foldHeader(name: string, value: string): string {
  const first = `${name}: ${value}`;
  if (first.length <= 78 || value.includes('\n')) return first;
  const words = first.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 78) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** RFC 5322 date from an ISO instant (all dates in the corpus are UK winter time, +0000). */
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
/** "14 October 2026 10:02" as Outlook writes it in a quoted header block. */
export function outlookSent(iso: string): string {
  const d = new Date(iso);
  return `${LONG_DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}
/** "On Mon, 2 Nov 2026 at 09:14" as Gmail writes it. */
export function gmailOn(iso: string): string {
  const d = new Date(iso);
  return `On ${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
}

// ---------- parts ----------

export interface Part {
  headers: string[];
  body: string;
}

export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

function encodeBody(text: string, cte: Cte): string {
  if (cte === 'quoted-printable') return qp(text);
  if (cte === 'base64') return base64Body(text);
  return text;
}

export function textPart(text: string, opts: { subtype?: 'plain' | 'html'; charset?: string; cte?: Cte; format?: string } = {}): Part {
  const subtype = opts.subtype ?? 'plain';
  const charset = opts.charset ?? 'utf-8';
  const cte = opts.cte ?? 'quoted-printable';
  const fmt = opts.format ? `; format=${opts.format}` : '';
  return { headers: [`Content-Type: text/${subtype}; charset="${charset}"${fmt}`, `Content-Transfer-Encoding: ${cte}`], body: encodeBody(text, cte) };
}

export function multipart(subtype: string, boundary: string, parts: Part[], extra = '', preamble = ''): Part {
  const body = [preamble ? `${preamble}\n` : '', ...parts.map((p) => `--${boundary}\n${renderPart(p)}\n`), `--${boundary}--\n`].join('');
  return { headers: [`Content-Type: multipart/${subtype};${extra ? ` ${extra};` : ''}\n\tboundary="${boundary}"`], body };
}

export function pdfAttachment(bytes: Uint8Array, filename: string, style: 'outlook' | 'gmail' | 'apple' | 'plain' = 'outlook'): Part {
  const headers =
    style === 'outlook'
      ? [`Content-Type: application/pdf; name="${filename}"`, `Content-Description: ${filename}`, `Content-Disposition: attachment; filename="${filename}"; size=${bytes.length};\n\tcreation-date="Mon, 02 Nov 2026 08:00:00 GMT";\n\tmodification-date="Mon, 02 Nov 2026 08:00:00 GMT"`, 'Content-Transfer-Encoding: base64']
      : style === 'gmail'
        ? [`Content-Type: application/pdf; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64', `Content-ID: <f_${hex(filename, 10)}0>`, `X-Attachment-Id: f_${hex(filename, 10)}0`]
        : style === 'apple'
          ? [`Content-Disposition: attachment;\n\tfilename="${filename}"`, `Content-Type: application/pdf;\n\tx-unix-mode=0644;\n\tname="${filename}"`, 'Content-Transfer-Encoding: base64']
          : [`Content-Type: application/pdf; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`, 'Content-Transfer-Encoding: base64'];
  return { headers, body: base64Body(bytes) };
}

export function imageAttachment(bytes: Uint8Array, filename: string, cid: string, inline = true): Part {
  return {
    headers: [`Content-Type: image/png; name="${filename}"`, `Content-Description: ${filename}`, `Content-Disposition: ${inline ? 'inline' : 'attachment'}; filename="${filename}"; size=${bytes.length}`, `Content-ID: <${cid}>`, 'Content-Transfer-Encoding: base64'],
    body: base64Body(bytes),
  };
}

export function rfc822Part(message: string, filename: string): Part {
  return { headers: [`Content-Type: message/rfc822; name="${filename}"`, `Content-Disposition: attachment; filename="${filename}"`], body: message };
}

export function renderPart(p: Part): string {
  return `${p.headers.join('\n')}\n\n${p.body}`;
}

/** A whole message: top headers then the root part; CRLF line ends. */
export function message(headers: [string, string][], root: Part): string {
  const top = headers.map(([n, v]) => foldHeader(n, v)).join('\n');
  const raw = `${top}\n${renderPart(root)}`;
  return `${raw.replace(/\r?\n/g, '\r\n').replace(/(\r\n)*$/, '')}\r\n`;
}

/** The same message text without CRLF (for nesting inside another message). */
export function messageLf(headers: [string, string][], root: Part): string {
  return message(headers, root).replace(/\r\n/g, '\n');
}

// ---------- HTML from text ----------

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Turns plain text into simple HTML: blank-line paragraphs, `>` quotes as blockquotes, an underscore rule as <hr>. */
export function htmlBody(text: string, style: 'outlook' | 'gmail' | 'apple' | 'plain' = 'outlook'): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  const para = (buf: string[]): void => {
    if (!buf.length) return;
    const inner = buf.map((l) => linkify(esc(l))).join('<br>\n');
    out.push(style === 'outlook' ? `<p class="MsoNormal">${inner}<o:p></o:p></p>` : style === 'gmail' ? `<div>${inner}</div>` : `<div>${inner}</div>`);
  };
  let buf: string[] = [];
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.startsWith('>')) {
      para(buf);
      buf = [];
      const q: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) {
        q.push(lines[i]!.replace(/^> ?/, ''));
        i++;
      }
      out.push(style === 'gmail' ? `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${htmlBody(q.join('\n'), style)}</blockquote>` : `<blockquote type="cite">${htmlBody(q.join('\n'), style)}</blockquote>`);
      continue;
    }
    if (/^_{20,}$/.test(l)) {
      para(buf);
      buf = [];
      out.push('<hr style="display:inline-block;width:98%" tabindex="-1">');
    } else if (l.trim() === '') {
      para(buf);
      buf = [];
      if (style === 'gmail') out.push('<div><br></div>');
    } else buf.push(l);
    i++;
  }
  para(buf);
  return out.join('\n');
}

function linkify(s: string): string {
  return s.replace(/\b([a-z0-9._'-]+@[a-z0-9.-]+\.[a-z]{2,})\b/gi, '<a href="mailto:$1">$1</a>');
}

export function outlookHtml(inner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{font-size:10.0pt;}
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

export function gmailHtml(inner: string): string {
  return `<div dir="ltr">${inner}</div>\n`;
}

export const NHS_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

// ---------- thread quoting ----------

export interface Quoted {
  fromName: string;
  fromEmail: string;
  to: string;
  cc?: string;
  iso: string;
  subject: string;
  text: string;
}

/** Outlook's block: a rule, From/Sent/To/Subject, then the text unprefixed. */
export function outlookQuote(q: Quoted): string {
  return `________________________________\nFrom: ${q.fromName} <${q.fromEmail}>\nSent: ${outlookSent(q.iso)}\nTo: ${q.to}\n${q.cc ? `Cc: ${q.cc}\n` : ''}Subject: ${q.subject}\n\n${q.text}`;
}

/** Gmail's "On … wrote:" then the text with `> ` prefixes. */
export function gmailQuote(q: Quoted): string {
  return `${gmailOn(q.iso)}, ${q.fromName} <${q.fromEmail}> wrote:\n${q.text
    .split('\n')
    .map((l) => (l.startsWith('>') ? `>${l}` : `> ${l}`).replace(/ $/, ''))
    .join('\n')}`;
}

/** A forwarded message as Gmail and Outlook mobile write it. */
export function forwardBlock(q: Quoted, style: 'gmail' | 'outlook' | 'apple'): string {
  if (style === 'gmail') return `---------- Forwarded message ---------\nFrom: ${q.fromName} <${q.fromEmail}>\nDate: ${DAYS[new Date(q.iso).getUTCDay()]}, ${new Date(q.iso).getUTCDate()} ${MONTHS[new Date(q.iso).getUTCMonth()]} ${new Date(q.iso).getUTCFullYear()} at ${p2(new Date(q.iso).getUTCHours())}:${p2(new Date(q.iso).getUTCMinutes())}\nSubject: ${q.subject}\nTo: ${q.to}\n${q.cc ? `Cc: ${q.cc}\n` : ''}\n\n${q.text}`;
  if (style === 'apple') return `Begin forwarded message:\n\nFrom: ${q.fromName} <${q.fromEmail}>\nDate: ${new Date(q.iso).getUTCDate()} ${LONG_MONTHS[new Date(q.iso).getUTCMonth()]} ${new Date(q.iso).getUTCFullYear()} at ${p2(new Date(q.iso).getUTCHours())}:${p2(new Date(q.iso).getUTCMinutes())}:00 GMT\nTo: ${q.to}\nSubject: ${q.subject}\n\n${q.text}`;
  return outlookQuote(q);
}

// ---------- client header sets ----------

export interface Msg {
  from: string; // already formatted with addr()
  to: string;
  cc?: string;
  subject: string; // raw (encoded here when not ASCII)
  iso: string;
  id: string; // unique seed
  inReplyTo?: string;
  references?: string;
  threadTopic?: string;
  extra?: [string, string][];
  subjectMode?: 'B' | 'Q';
}

export interface Client {
  messageId: (m: Msg) => string;
  headers: (m: Msg) => [string, string][];
}

const common = (m: Msg, mid: string): [string, string][] => {
  const h: [string, string][] = [['From', m.from], ['To', m.to]];
  if (m.cc) h.push(['Cc', m.cc]);
  h.push(['Subject', encWord(m.subject, m.subjectMode ?? 'B')], ['Date', rfcDate(m.iso)], ['Message-ID', mid]);
  if (m.inReplyTo) h.push(['In-Reply-To', m.inReplyTo]);
  if (m.references) h.push(['References', m.references]);
  return h;
};

const nhsHost = (id: string): string => `LO${['2', '4', '6', '0'][parseInt(hex(id, 1), 16) % 4]}P265MB${parseInt(hex(`${id}h`, 4), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM`;

export const nhsOutlook: Client = {
  messageId: (m) => `<${nhsHost(m.id).split('.')[0]}${HEX(m.id, 24)}@${nhsHost(m.id)}>`,
  headers: (m) => {
    const mid = nhsOutlook.messageId(m);
    return [
      ['Received', `from ${nhsHost(m.id)} (2603:10a6:600:${hex(m.id, 3)}::${hex(m.id + 'r', 2)}) by\n ${nhsHost(m.id + 'b')} with HTTPS; ${rfcDate(m.iso)}`],
      ['Authentication-Results', 'spf=pass (sender IP is 40.92.58.101)\n smtp.mailfrom=nhs.net; dkim=pass (signature was verified)\n header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;'],
      ...common(m, mid),
      ['Thread-Topic', encWord(m.threadTopic ?? m.subject.replace(/^(re|fw|fwd):\s*/i, ''))],
      ['Thread-Index', `AQH${Buffer.from(hex(m.id, 18), 'hex').toString('base64').replace(/[+/=]/g, 'A')}`],
      ['Accept-Language', 'en-GB, en-US'],
      ['Content-Language', 'en-GB'],
      ['X-MS-Has-Attach', ''],
      ['X-MS-TNEF-Correlator', ''],
      ...(m.extra ?? []),
      ['MIME-Version', '1.0'],
    ];
  },
};

export const gmail: Client = {
  messageId: (m) => `<CA+${Buffer.from(hex(m.id, 30), 'hex').toString('base64').replace(/[/=]/g, 'x')}@mail.gmail.com>`,
  headers: (m) => [
    ['Received', `by mail-wr1-f47.google.com with SMTP id ${hex(m.id, 16)}\n for <${m.to.replace(/.*<|>.*/g, '')}>; ${rfcDate(m.iso)}`],
    ['Authentication-Results', 'mx.nhs.net; spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com'],
    ['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=${Math.floor(new Date(m.iso).getTime() / 1000)};\n h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n bh=${Buffer.from(hex(m.id + 'bh', 32), 'hex').toString('base64')};\n b=${Buffer.from(hex(m.id + 'b', 64), 'hex').toString('base64')}`],
    ['MIME-Version', '1.0'],
    ...common(m, gmail.messageId(m)),
    ...(m.extra ?? []),
  ],
};

export const iphone: Client = {
  messageId: (m) => `<${HEX(m.id, 8)}-${HEX(m.id + '1', 4)}-${HEX(m.id + '2', 4)}-${HEX(m.id + '3', 4)}-${HEX(m.id + '4', 12)}@${m.from.replace(/.*@|>.*/g, '')}>`,
  headers: (m) => [
    ...common(m, iphone.messageId(m)),
    ['Mime-Version', '1.0 (1.0)'],
    ['X-Mailer', 'iPhone Mail (22B91)'],
    ...(m.extra ?? []),
  ],
};

export const yahoo: Client = {
  messageId: (m) => `<${parseInt(hex(m.id, 8), 16) % 900000000 + 100000000}.${parseInt(hex(m.id + 'y', 6), 16) % 900000 + 100000}.${new Date(m.iso).getTime()}@mail.yahoo.com>`,
  headers: (m) => [
    ['Received', `from 10.217.136.158 by atlas110.free.mail.ir2.yahoo.com; ${rfcDate(m.iso)}`],
    ['Authentication-Results', 'mx.nhs.net; spf=pass smtp.mailfrom=yahoo.co.uk; dkim=pass header.d=yahoo.co.uk; dmarc=pass header.from=yahoo.co.uk'],
    ...common(m, yahoo.messageId(m)),
    ['MIME-Version', '1.0'],
    ['X-Mailer', 'WebService/1.1.23956 YMailNorrin'],
    ...(m.extra ?? []),
  ],
};

export const outlookCom: Client = {
  messageId: (m) => `<DB${parseInt(hex(m.id, 2), 16) % 9}PR0${parseInt(hex(m.id, 3), 16) % 9}MB${parseInt(hex(m.id, 4), 16) % 9000 + 1000}${HEX(m.id, 20)}@DB9PR03MB${parseInt(hex(m.id, 4), 16) % 9000 + 1000}.eurprd03.prod.outlook.com>`,
  headers: (m) => [
    ['Received', `from DB9PR03MB7371.eurprd03.prod.outlook.com ([fe80::${hex(m.id, 4)}]) by\n DB9PR03MB7371.eurprd03.prod.outlook.com with mapi id 15.20.8158.013; ${rfcDate(m.iso)}`],
    ['Authentication-Results', 'mx.nhs.net; spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com'],
    ...common(m, outlookCom.messageId(m)),
    ['Thread-Topic', encWord(m.threadTopic ?? m.subject.replace(/^(re|fw|fwd):\s*/i, ''))],
    ['Thread-Index', `AQH${Buffer.from(hex(m.id, 15), 'hex').toString('base64').replace(/[+/=]/g, 'Q')}`],
    ['Accept-Language', 'en-GB, en-US'],
    ['Content-Language', 'en-GB'],
    ['X-MS-Has-Attach', ''],
    ...(m.extra ?? []),
    ['MIME-Version', '1.0'],
  ],
};

export const btMail: Client = {
  messageId: (m) => `<${parseInt(hex(m.id, 6), 16)}.${parseInt(hex(m.id + 'x', 5), 16)}.${new Date(m.iso).getTime()}.JavaMail.open-xchange@mail.btinternet.com>`,
  headers: (m) => [
    ['Received', `from mail.btinternet.com (10.74.5.12) by mx.nhs.net; ${rfcDate(m.iso)}`],
    ['Authentication-Results', 'mx.nhs.net; spf=pass smtp.mailfrom=btinternet.com; dkim=pass header.d=btinternet.com'],
    ...common(m, btMail.messageId(m)),
    ['MIME-Version', '1.0'],
    ['X-Priority', '3'],
    ['Importance', 'Normal'],
    ['X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev61'],
    ['X-Originating-Client', 'open-xchange-appsuite'],
    ...(m.extra ?? []),
  ],
};

export const androidOutlook: Client = {
  messageId: nhsOutlook.messageId,
  headers: (m) => [...nhsOutlook.headers(m).filter(([n]) => n !== 'MIME-Version'), ['X-MS-Exchange-Organization-SCL', '-1'], ['MIME-Version', '1.0']],
};

export const appleMail: Client = {
  messageId: (m) => `<${HEX(m.id, 8)}-${HEX(m.id + 'a', 4)}-${HEX(m.id + 'b', 4)}-${HEX(m.id + 'c', 4)}-${HEX(m.id + 'd', 12)}@${m.from.replace(/.*@|>.*/g, '')}>`,
  headers: (m) => [...common(m, appleMail.messageId(m)), ['Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))'], ['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)'], ...(m.extra ?? [])],
};

/** Boundaries in the style of each client, derived from the message seed. */
export const boundary = {
  outlook: (id: string, n = 0): string => `_00${n}_${hex(id, 32).toUpperCase().slice(0, 28)}LO2P265MB_`,
  gmail: (id: string, n = 0): string => `000000000000${hex(`${id}${n}`, 16)}`,
  apple: (id: string, n = 0): string => `Apple-Mail=_${HEX(`${id}${n}`, 8)}-${HEX(`${id}${n}a`, 4)}-${HEX(`${id}${n}b`, 4)}-${HEX(`${id}${n}c`, 4)}-${HEX(`${id}${n}d`, 12)}`,
  yahoo: (id: string, n = 0): string => `----=_Part_${parseInt(hex(`${id}${n}`, 6), 16)}_${parseInt(hex(`${id}${n}z`, 8), 16)}.${1790000000000 + n}`,
  bt: (id: string, n = 0): string => `----=_Part_${parseInt(hex(`${id}${n}`, 5), 16)}_${parseInt(hex(`${id}${n}q`, 7), 16)}`,
};

/** The PCSE acknowledgement quoted in threads (our own wording, not PCSE's). */
export function pcseAck(mailboxName: string, ref: string): string {
  return `Thank you for contacting Primary Care Support England (PCSE).

This is an automated response to confirm that we have received your email. Your reference number is ${ref}. Please quote this reference in any further correspondence about this enquiry.

We aim to respond to enquiries within 5 working days. You do not need to resend your email.

Kind regards

PCSE ${mailboxName}
Primary Care Support England

This mailbox is monitored between 9am and 5pm, Monday to Friday.`;
}

export type Style = keyof typeof boundary;

export interface Body {
  text?: string;
  html?: string;
  cte?: Cte;
  htmlCte?: Cte;
  charset?: string;
  format?: string;
  attachments?: Part[];
  inline?: Part[];
}

/** Builds a whole message for a client: text and/or HTML, inline images, attachments. */
export function compose(client: Client, style: Style, m: Msg, b: Body): string {
  const parts: Part[] = [];
  const textP = b.text !== undefined ? textPart(b.text, { cte: b.cte ?? 'quoted-printable', charset: b.charset, format: b.format }) : null;
  let htmlP: Part | null = b.html !== undefined ? textPart(b.html, { subtype: 'html', cte: b.htmlCte ?? b.cte ?? 'quoted-printable', charset: b.charset }) : null;
  if (htmlP && b.inline?.length) htmlP = multipart('related', boundary[style](m.id, 2), [htmlP, ...b.inline], 'type="text/html"');
  let root: Part;
  if (textP && htmlP) root = multipart('alternative', boundary[style](m.id, 1), [textP, htmlP]);
  else root = (textP ?? htmlP)!;
  if (b.attachments?.length) {
    parts.push(root, ...b.attachments);
    root = multipart('mixed', boundary[style](m.id, 0), parts, '', style === 'outlook' ? '' : '');
  }
  return message(client.headers(m), root);
}
