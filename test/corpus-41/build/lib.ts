// Hand-built MIME for validation corpus 41 (writer AK). Everything is deterministic: identifiers, boundaries and
// dates come from each email's id, never from the clock or a random source.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';
export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

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

/** Hex digest of the corpus, the email id and a salt: the only source of "randomness" in the build. */
export const hx = (id: string, salt = ''): string => createHash('sha256').update(`corpus-41|${id}|${salt}`).digest('hex');

/** A small seeded generator (mulberry32) for noise in the scans and shapes of signatures. */
export function rng(seedText: string): () => number {
  let a = parseInt(hx(seedText, 'rng').slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const uuid = (id: string, salt = ''): string => {
  const x = hx(id, `uuid${salt}`);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`.toUpperCase();
};

// ---------------------------------------------------------------- dates
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 5322 date from a local time `2026-11-02 09:14:22` and its offset. */
export function rfcDate(local: string, tz = '+0000', pad = false): string {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  const [, y, mo, d, hh, mi, ss] = m;
  const dt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const day = pad ? d! : String(Number(d));
  return `${DAYS[dt.getUTCDay()]}, ${day} ${MONTHS[Number(mo) - 1]} ${y} ${hh}:${mi}:${ss} ${tz}`;
}
/** Outlook's quoted-header style: `02 November 2026 09:14` */
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export function longDate(local: string, withDay = true): string {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)/.exec(local)!;
  const dt = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const base = `${Number(m[3])} ${LONG_MONTHS[Number(m[2]) - 1]} ${m[1]} ${m[4]}:${m[5]}`;
  return withDay ? `${LONG_DAYS[dt.getUTCDay()]}, ${base}` : base;
}

// ---------------------------------------------------------------- encoders
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
export type Charset = 'utf-8' | 'windows-1252' | 'iso-8859-1';
export function encodeCharset(s: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (charset === 'windows-1252' && CP1252[ch] !== undefined) out.push(CP1252[ch]!);
    else throw new Error(`character ${ch} not in ${charset}`);
  }
  return Buffer.from(out);
}

const lf = (s: string) => s.replace(/\r\n/g, '\n');
export const crlf = (s: string) => lf(s).split('\n').join(CRLF);

/** Quoted-printable (RFC 2045) with soft line breaks at 76 characters. */
export function qp(text: string, charset: Charset = 'utf-8'): string {
  const out: string[] = [];
  for (const line of lf(text).split('\n')) {
    const bytes = encodeCharset(line, charset);
    const pieces: string[] = [];
    let cur = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      let tok: string;
      if ((b === 0x20 || b === 0x09) && last) tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tok = String.fromCharCode(b);
      else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + tok.length > 75) {
        pieces.push(`${cur}=`);
        cur = '';
      }
      cur += tok;
    }
    pieces.push(cur);
    out.push(pieces.join(CRLF));
  }
  return out.join(CRLF);
}

export function b64(data: Buffer | Uint8Array | string, width = 76): string {
  const s = Buffer.from(data as Uint8Array).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join(CRLF);
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words (B or Q), split so that no word exceeds 75 characters. */
export function encodeWords(s: string, mode: 'B' | 'Q' = 'B', cs = 'utf-8'): string {
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    if (mode === 'B') words.push(`=?${cs}?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    else {
      let q = '';
      for (const b of Buffer.from(chunk, 'utf8')) {
        if (b === 0x20) q += '_';
        else if (/[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b))) q += String.fromCharCode(b);
        else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      words.push(`=?${cs}?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const ch of s) {
    chunk += ch;
    if (Buffer.byteLength(chunk, 'utf8') >= (mode === 'B' ? 36 : 22)) flush();
  }
  flush();
  return words.join(`${CRLF} `);
}

/** A header's unstructured text (Subject, Thread-Topic): ASCII as is, otherwise encoded words. */
export const hText = (s: string, mode: 'B' | 'Q' = 'B', cs = 'utf-8'): string => (isAscii(s) ? s : encodeWords(s, mode, cs));

export interface Addr { name?: string | null; email: string }
/** One mailbox for a From/To/Cc header: quoted or encoded display name as a mail client would write it. */
export function mailbox(a: Addr, mode: 'B' | 'Q' = 'B', cs = 'utf-8'): string {
  if (!a.name) return a.email;
  if (!isAscii(a.name)) return `${encodeWords(a.name, mode, cs)} <${a.email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(a.name)) return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.email}>`;
  return `${a.name} <${a.email}>`;
}
export const mailboxes = (list: Addr[], mode: 'B' | 'Q' = 'B', cs = 'utf-8'): string => list.map((a) => mailbox(a, mode, cs)).join(`,${CRLF} `);

/** Folds a long header at spaces (RFC 5322 2.2.3); headers already containing CRLF are left alone. */
export function fold(line: string): string {
  if (line.includes(CRLF) || line.length <= 78) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > 78) {
    let cut = rest.lastIndexOf(' ', 76);
    if (cut <= 0) cut = rest.indexOf(' ', 77);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.join(CRLF);
}

// ---------------------------------------------------------------- parts
export interface Part { headers: string[]; body: string }
export type Cte = 'qp' | '7bit' | '8bit' | 'base64';

export function textPart(
  text: string,
  o: { subtype?: 'plain' | 'html'; cte?: Cte; charset?: Charset; flowed?: boolean; extra?: string[]; csLabel?: string } = {},
): Part {
  const subtype = o.subtype ?? 'plain';
  const charset = o.charset ?? 'utf-8';
  const cte = o.cte ?? 'qp';
  const label = o.csLabel ?? charset;
  const ct = `Content-Type: text/${subtype}; charset="${label}"${o.flowed ? '; format=flowed' : ''}`;
  const cteName = cte === 'qp' ? 'quoted-printable' : cte;
  let body: string;
  if (cte === 'qp') body = qp(text, charset);
  else if (cte === 'base64') body = b64(encodeCharset(crlf(text), charset));
  else {
    if (cte === '7bit' && !/^[\x00-\x7f]*$/.test(text)) throw new Error('7bit body with 8-bit text');
    body = crlf(text);
    if (charset !== 'utf-8') body = encodeCharset(body, charset).toString('latin1');
  }
  return { headers: [ct, `Content-Transfer-Encoding: ${cteName}`, ...(o.extra ?? [])], body };
}

export function multipart(subtype: string, boundary: string, parts: Part[], o: { params?: string; preamble?: string; extra?: string[] } = {}): Part {
  const lines: string[] = [];
  if (o.preamble !== undefined) lines.push(o.preamble, '');
  for (const p of parts) lines.push(`--${boundary}`, render(p));
  lines.push(`--${boundary}--`, '');
  return {
    headers: [`Content-Type: multipart/${subtype};${CRLF}\tboundary="${boundary}"${o.params ?? ''}`, ...(o.extra ?? [])],
    body: lines.join(CRLF),
  };
}

export function attachment(
  filename: string,
  contentType: string,
  data: Uint8Array | Buffer,
  o: { outlook?: boolean; inline?: boolean; contentId?: string; date?: string; nameParam?: boolean } = {},
): Part {
  const enc = isAscii(filename) ? `"${filename}"` : `"${encodeWords(filename)}"`;
  const headers = [`Content-Type: ${contentType}; name=${enc}`];
  if (o.outlook) headers.push(`Content-Description: ${hText(filename)}`);
  const disp = o.inline ? 'inline' : 'attachment';
  let cd = `Content-Disposition: ${disp}; filename=${enc}`;
  if (o.outlook) cd += `; size=${data.length};${CRLF}\tcreation-date="${o.date}";${CRLF}\tmodification-date="${o.date}"`;
  headers.push(cd);
  if (o.contentId) headers.push(`Content-ID: <${o.contentId}>`);
  headers.push('Content-Transfer-Encoding: base64');
  return { headers, body: b64(data) };
}

/** An email attached whole (message/rfc822), as Outlook attaches an item. */
export function rfc822Part(raw: string, filename?: string): Part {
  const headers = ['Content-Type: message/rfc822'];
  if (filename) headers.push(`Content-Disposition: attachment; filename="${filename}"`);
  return { headers, body: raw.replace(/\r\n$/, '') };
}

export function render(p: Part): string {
  return `${p.headers.map(fold).join(CRLF)}${CRLF}${CRLF}${p.body}`;
}

/** The whole message: top-level headers, then the root part's own headers and body. */
export function message(top: string[], root: Part): string {
  const raw = `${[...top, 'MIME-Version: 1.0', ...root.headers].filter((l) => l !== '').map(fold).join(CRLF)}${CRLF}${CRLF}${root.body}`;
  return raw.endsWith(CRLF) ? raw : raw + CRLF;
}

// ---------------------------------------------------------------- HTML helpers
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Outlook's Word-generated HTML around a body. */
export function outlookHtml(inner: string): string {
  return [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
    '<style><!--',
    '/* Font Definitions */',
    '@font-face',
    '\t{font-family:"Cambria Math";',
    '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
    '@font-face',
    '\t{font-family:Aptos;}',
    '/* Style Definitions */',
    'p.MsoNormal, li.MsoNormal, div.MsoNormal',
    '\t{margin:0cm;',
    '\tfont-size:12.0pt;',
    '\tfont-family:"Aptos",sans-serif;',
    '\tmso-ligatures:standardcontextual;',
    '\tmso-fareast-language:EN-US;}',
    'a:link, span.MsoHyperlink',
    '\t{mso-style-priority:99;',
    '\tcolor:#467886;',
    '\ttext-decoration:underline;}',
    'span.EmailStyle17',
    '\t{mso-style-type:personal-compose;',
    '\tfont-family:"Aptos",sans-serif;',
    '\tcolor:windowtext;}',
    '.MsoChpDefault',
    '\t{mso-style-type:export-only;',
    '\tfont-size:10.0pt;',
    '\tmso-ligatures:none;}',
    '@page WordSection1',
    '\t{size:612.0pt 792.0pt;',
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1',
    '\t{page:WordSection1;}',
    '--></style>',
    '</head>',
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
    '<div class="WordSection1">',
    inner,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** Plain lines as Outlook paragraphs. */
export function msoParas(text: string): string {
  return lf(text)
    .split('\n')
    .map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${esc(l)}<o:p></o:p></p>`))
    .join('\n');
}

/** An Outlook table from rows of cells (first row bold). */
export function msoTable(rows: string[][], widths?: number[]): string {
  const tr = rows
    .map((r, i) => {
      const tds = r
        .map((c, j) => {
          const w = widths?.[j] ? ` width="${widths[j]}"` : '';
          const inner = i === 0 ? `<b>${esc(c)}</b>` : esc(c);
          return `<td${w} valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${inner}<o:p></o:p></p></td>`;
        })
        .join('\n');
      return `<tr>\n${tds}\n</tr>`;
    })
    .join('\n');
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${tr}\n</tbody>\n</table>`;
}

/** Outlook's separator and header block above a quoted message in HTML. */
export function msoQuoteHeader(o: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  const cc = o.cc ? `<br>\n<b>Cc:</b> ${esc(o.cc)}` : '';
  return [
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
    `<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> ${esc(o.from)}<br>`,
    `<b>Sent:</b> ${esc(o.sent)}<br>`,
    `<b>To:</b> ${esc(o.to)}${cc}<br>`,
    `<b>Subject:</b> ${esc(o.subject)}<o:p></o:p></span></p>`,
    '</div>',
  ].join('\n');
}

/** Outlook's plain-text header block above a quoted message. */
export function plainQuoteHeader(o: { from: string; sent: string; to: string; cc?: string; subject: string }): string {
  return [
    '________________________________',
    `From: ${o.from}`,
    `Sent: ${o.sent}`,
    `To: ${o.to}`,
    ...(o.cc ? [`Cc: ${o.cc}`] : []),
    `Subject: ${o.subject}`,
  ].join('\n');
}

export const NHSMAIL_DISCLAIMER = [
  '********************************************************************************************************************',
  '',
  'This message may contain confidential information. If you are not the intended recipient please inform the',
  'sender that you have received the message in error before deleting it.',
  'Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.',
  '',
  'NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.',
  '',
  'For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail',
].join('\n');

export function nhsmailDisclaimerHtml(): string {
  return [
    '<p class="MsoNormal">********************************************************************************************************************</p>',
    '<p class="MsoNormal">This message may contain confidential information. If you are not the intended recipient please inform the<br>',
    'sender that you have received the message in error before deleting it.<br>',
    'Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.</p>',
    '<p class="MsoNormal">NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.</p>',
    '<p class="MsoNormal">For more information and to find out how you can switch, <a href="https://portal.nhs.net/help/joiningnhsmail">https://portal.nhs.net/help/joiningnhsmail</a></p>',
  ].join('\n');
}

// ---------------------------------------------------------------- client header sets
export interface Envelope {
  id: string;
  mailbox: Mailbox;
  from: Addr;
  to?: Addr[];
  cc?: Addr[];
  subject: string;
  date: string; // local time `2026-11-02 09:14:22`
  tz?: string;
  inReplyTo?: string;
  references?: string[];
  hasAttach?: boolean;
  /** Authentication-Results as Exchange Online stamps it; omitted for internal NHSmail traffic when false. */
  auth?: 'pass' | 'none' | false;
  importance?: 'high';
}

const toList = (e: Envelope): Addr[] => e.to ?? [{ name: MAILBOX_NAME[e.mailbox], email: MAILBOX_ADDRESS[e.mailbox] }];
const domainOf = (email: string) => email.split('@')[1]!;

function exoHost(id: string, salt: string): string {
  const x = hx(id, salt);
  const pre = ['LO2P265', 'LO4P265', 'CWLP265', 'LO0P265', 'LNXP265', 'DB9PR02'][parseInt(x.slice(0, 2), 16) % 6]!;
  return `${pre}MB${(parseInt(x.slice(2, 6), 16) % 9000) + 1000}`;
}

export function outlookMessageId(id: string, salt = ''): string {
  const host = exoHost(id, `host${salt}`);
  return `<${host}${hx(id, `mid${salt}`).slice(0, 10).toUpperCase()}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
}
export const gmailMessageId = (id: string, salt = ''): string => {
  const s = Buffer.from(hx(id, `gm${salt}`), 'hex').toString('base64').replace(/[+/=]/g, '').slice(0, 36);
  return `<CA${s}@mail.gmail.com>`;
};
export const appleMessageId = (id: string, domain: string, salt = ''): string => `<${uuid(id, `apple${salt}`)}@${domain}>`;

function threadIndex(id: string): string {
  return Buffer.from(hx(id, 'thread-index').slice(0, 44), 'hex').toString('base64');
}

function commonAddressing(e: Envelope, mode: 'B' | 'Q' = 'B'): string[] {
  const h = [`From: ${mailbox(e.from, mode)}`, `To: ${mailboxes(toList(e), mode)}`];
  if (e.cc?.length) h.push(`CC: ${mailboxes(e.cc, mode)}`);
  return h;
}

/** Outlook / NHSmail (Exchange Online) header set. */
export function outlookHeaders(e: Envelope, messageId = outlookMessageId(e.id)): string[] {
  const host = exoHost(e.id, 'rcpt');
  const date = rfcDate(e.date, e.tz);
  const h: string[] = [];
  h.push(`Received: from ${exoHost(e.id, 'send')}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:${hx(e.id, 'ip').slice(0, 3)}:${hx(e.id, 'ip').slice(3, 5)}::${hx(e.id, 'ip').slice(5, 7)}) by${CRLF} ${host}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`);
  if (e.auth !== false) {
    const d = domainOf(e.from.email);
    const v = e.auth === 'none' ? 'none' : 'pass';
    h.push(`Authentication-Results: spf=${v} (sender IP is 40.92.${parseInt(hx(e.id, 'a').slice(0, 2), 16)}.${parseInt(hx(e.id, 'b').slice(0, 2), 16)})${CRLF} smtp.mailfrom=${d}; dkim=${v === 'pass' ? 'pass (signature was verified)' : 'none (message not signed)'}${CRLF} header.d=${d};dmarc=${v === 'pass' ? 'pass action=none' : 'none action=none'}${CRLF} header.from=${d};compauth=${v === 'pass' ? 'pass reason=100' : 'softpass reason=201'}`);
  }
  h.push(...commonAddressing(e));
  h.push(`Subject: ${hText(e.subject)}`);
  h.push(`Thread-Topic: ${hText(e.subject.replace(/^((RE|FW|Fwd|FW):\s*)+/i, ''))}`);
  h.push(`Thread-Index: ${threadIndex(e.id)}`);
  h.push(`Date: ${date}`);
  h.push(`Message-ID: ${messageId}`);
  if (e.references?.length) h.push(`References: ${e.references.join(`${CRLF} `)}`);
  if (e.inReplyTo) h.push(`In-Reply-To: ${e.inReplyTo}`);
  if (e.importance) h.push('Importance: high', 'X-Priority: 1');
  h.push('Accept-Language: en-GB, en-US', 'Content-Language: en-GB');
  h.push(`X-MS-Has-Attach: ${e.hasAttach ? 'yes' : ''}`, 'X-MS-TNEF-Correlator:');
  h.push(`x-ms-exchange-organization-originalarrivaltime: ${date}`);
  return h;
}

/** Gmail header set (the Received chain trimmed to Google's own hops). */
export function gmailHeaders(e: Envelope, messageId = gmailMessageId(e.id)): string[] {
  const date = rfcDate(e.date, e.tz);
  const d = domainOf(e.from.email);
  const h = [
    `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])${CRLF}        by mx.google.com with SMTPS id ${hx(e.id, 'smtps').slice(0, 24)}${CRLF}        for <${toList(e)[0]!.email}>; ${date}`,
    `Authentication-Results: spf=pass (sender IP is 209.85.220.41)${CRLF} smtp.mailfrom=${d}; dkim=pass (signature was verified)${CRLF} header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass${CRLF} reason=100`,
    `X-Gm-Message-State: AOJu0Y${Buffer.from(hx(e.id, 'gms'), 'hex').toString('base64').slice(0, 40)}`,
    'MIME-Version: 1.0',
  ];
  const out = h.filter((l) => l !== 'MIME-Version: 1.0');
  out.push(`Date: ${date}`);
  out.push(`Message-ID: ${messageId}`);
  if (e.references?.length) out.push(`References: ${e.references.join(' ')}`);
  if (e.inReplyTo) out.push(`In-Reply-To: ${e.inReplyTo}`);
  out.push(`Subject: ${hText(e.subject, 'B', 'UTF-8')}`);
  out.push(...commonAddressing(e).map((l) => l.replace(/^CC:/, 'Cc:')));
  return out;
}

/** iPhone / iPad Mail header set. */
export function iphoneHeaders(e: Envelope, mailer = 'iPhone Mail (22B91)', messageId = appleMessageId(e.id, domainOf(e.from.email))): string[] {
  const h = [`From: ${mailbox(e.from)}`, `Date: ${rfcDate(e.date, e.tz)}`, `Subject: ${hText(e.subject, 'Q', 'utf-8')}`, `Message-Id: ${messageId}`];
  if (e.references?.length) h.push(`References: ${e.references.join(' ')}`);
  if (e.inReplyTo) h.push(`In-Reply-To: ${e.inReplyTo}`);
  if (e.cc?.length) h.push(`Cc: ${mailboxes(e.cc)}`);
  h.push(`To: ${mailboxes(toList(e))}`);
  h.push(`X-Mailer: ${mailer}`);
  return h;
}

/** On-premises Exchange (a GP federation or trust) with an older Outlook. */
export function exchangeHeaders(e: Envelope, host: string): string[] {
  const date = rfcDate(e.date, e.tz);
  const h = [
    `Received: from ${host} (10.${parseInt(hx(e.id, 'x1').slice(0, 2), 16)}.${parseInt(hx(e.id, 'x2').slice(0, 2), 16)}.12) by${CRLF} ${host} (10.${parseInt(hx(e.id, 'x1').slice(0, 2), 16)}.${parseInt(hx(e.id, 'x2').slice(0, 2), 16)}.12) with Microsoft SMTP Server${CRLF} (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; ${date}`,
    ...commonAddressing(e).map((l) => l.replace(/^CC:/, 'Cc:')),
    `Subject: ${hText(e.subject)}`,
    `Thread-Topic: ${hText(e.subject.replace(/^((RE|FW|Fwd):\s*)+/i, ''))}`,
    `Thread-Index: ${threadIndex(e.id)}`,
    `Date: ${date}`,
    `Message-ID: <${hx(e.id, 'exmid').slice(0, 32)}@${host}>`,
  ];
  if (e.references?.length) h.push(`References: ${e.references.join(' ')}`);
  if (e.inReplyTo) h.push(`In-Reply-To: ${e.inReplyTo}`);
  h.push('Accept-Language: en-GB, en-US', 'Content-Language: en-GB', `X-MS-Has-Attach: ${e.hasAttach ? 'yes' : ''}`, 'X-MS-TNEF-Correlator:', `X-Originating-IP: [10.${parseInt(hx(e.id, 'o').slice(0, 2), 16)}.4.21]`);
  return h;
}

export const outlookBoundary = (id: string, n: number): string => `_00${n}_${hx(id, `b${n}`).slice(0, 32).toUpperCase()}_`;
export const gmailBoundary = (id: string, n: number): string => `0000000000${hx(id, `g${n}`).slice(0, 16)}`;
export const appleBoundary = (id: string, n: number): string => `Apple-Mail-${uuid(id, `ab${n}`)}`;
