// Hand-built RFC 5322 / MIME messages, byte for byte deterministic (every id and boundary is derived by hash).
import { hashChars, sha } from './rng.js';

export type Client =
  | 'nhsmail' // Outlook desktop / OWA on NHSmail: multipart/alternative, Word HTML, Exchange headers
  | 'm365' // Outlook on a non-NHS Microsoft 365 tenant
  | 'android' // Outlook for Android on NHSmail
  | 'gmail'
  | 'iphone'
  | 'applemail'
  | 'thunderbird'
  | 'system'; // a machine-generated notification (plain text, no client)

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MailSpec {
  id: string; // unique key, drives every hash
  client: Client;
  from: string; // header value as it should appear
  to: string;
  cc?: string;
  replyTo?: string;
  date: string; // RFC 5322 date
  subject: string;
  text: string; // the plain-text body (LF line ends here; CRLF on output)
  html?: string; // an explicit HTML body; otherwise one is derived from text for HTML-sending clients
  htmlOnly?: boolean; // send only the HTML part
  attachments?: Attachment[];
  inReplyTo?: string;
  references?: string;
  extraHeaders?: [string, string][];
  authDomain?: string; // the d= domain the receiving server saw; default: the From domain
  dkim?: 'pass' | 'fail' | 'none';
  importance?: 'high';
  textEncoding?: 'qp' | '7bit' | '8bit' | 'base64';
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded-word(s), only when needed. */
export function encodeWord(s: string): string {
  if (isAscii(s)) return s;
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch) > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** A mailbox: `Name <addr>`, quoting or encoding the display name as a mail client would. */
export function mbox(name: string | null, email: string): string {
  if (!name) return email;
  if (!isAscii(name)) return `${encodeWord(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text; lines end CRLF, soft breaks at 76. */
export function qp(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      // never split an =XX escape
      const eq = rest.lastIndexOf('=', cut);
      if (eq > cut - 3) cut = eq;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\r\n');
}

export function b64(data: Buffer): string {
  const s = data.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join('\r\n');
}

/** Folds a header at spaces so no line passes 78 characters. */
function fold(name: string, value: string): string {
  if (value.includes('\r\n')) return `${name}: ${value}`; // already folded (encoded words)
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
  return lines.join('\r\n');
}

interface Part {
  headers: [string, string][];
  body: string; // already encoded, CRLF
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const linkify = (s: string) =>
  esc(s).replace(/([A-Za-z0-9._'%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g, '<a href="mailto:$1">$1</a>');

/** The Word-generated HTML that Outlook sends alongside the text. */
export function outlookHtml(text: string): string {
  const paras = text.split('\n').map((l) =>
    l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${linkify(l).replace(/ {2}/g, ' &nbsp;')}<o:p></o:p></p>`,
  );
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
    '\tfont-size:11.0pt;',
    '\tfont-family:"Aptos",sans-serif;',
    '\tmso-ligatures:standardcontextual;',
    '\tmso-fareast-language:EN-US;}',
    'a:link, span.MsoHyperlink',
    '\t{mso-style-priority:99;',
    '\tcolor:#467886;',
    '\ttext-decoration:underline;}',
    '.MsoChpDefault',
    '\t{mso-style-type:export-only;',
    '\tfont-size:10.0pt;}',
    '@page WordSection1',
    '\t{size:612.0pt 792.0pt;',
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}',
    'div.WordSection1',
    '\t{page:WordSection1;}',
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

/** Gmail / Android style HTML: a div with <br>s. */
export function simpleHtml(text: string, dir: 'ltr' | 'auto' = 'ltr'): string {
  const body = text
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => linkify(l))
    .join('<br>\n');
  return `<div dir="${dir}">${body}</div>\n`;
}

function textPart(text: string, enc: 'qp' | '7bit' | '8bit' | 'base64', flowed = false): Part {
  const ct = `text/plain; charset="utf-8"${flowed ? '; format=flowed' : ''}`;
  if (enc === 'qp') return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', 'quoted-printable']], body: qp(text) };
  if (enc === 'base64') return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', 'base64']], body: b64(Buffer.from(text, 'utf8')) };
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', enc]], body: text.split('\n').join('\r\n') };
}

function htmlPart(html: string): Part {
  return { headers: [['Content-Type', 'text/html; charset="utf-8"'], ['Content-Transfer-Encoding', 'quoted-printable']], body: qp(html) };
}

function multipart(subtype: string, boundary: string, parts: Part[], preamble = ''): Part {
  const chunks: string[] = [];
  if (preamble) chunks.push(preamble, '');
  for (const p of parts) {
    chunks.push(`--${boundary}`);
    for (const [k, v] of p.headers) chunks.push(fold(k, v));
    chunks.push('', p.body);
  }
  chunks.push(`--${boundary}--`, '');
  return { headers: [['Content-Type', `multipart/${subtype};\r\n\tboundary="${boundary}"`]], body: chunks.join('\r\n') };
}

function attachmentPart(a: Attachment, client: Client): Part {
  const name = encodeWord(a.filename);
  const headers: [string, string][] = [['Content-Type', `${a.contentType}; name="${name}"`]];
  if (client === 'nhsmail' || client === 'm365' || client === 'android') headers.push(['Content-Description', name]);
  headers.push(['Content-Disposition', `attachment; filename="${name}"${client === 'nhsmail' || client === 'm365' ? `; size=${a.data.length}` : ''}`]);
  headers.push(['Content-Transfer-Encoding', 'base64']);
  return { headers, body: b64(a.data) };
}

const domainOf = (header: string) => (/@([A-Za-z0-9.-]+)>?\s*$/.exec(header)?.[1] ?? 'example.invalid').toLowerCase();

function exchangeHost(id: string): string {
  const n = hashChars(`${id}host`, 4, '0123456789');
  return `LO${n[0]}P265MB${n}`;
}

export function messageId(spec: Pick<MailSpec, 'id' | 'client' | 'from'>): string {
  const h = sha(spec.id).toUpperCase();
  switch (spec.client) {
    case 'nhsmail':
    case 'android': {
      const host = exchangeHost(spec.id);
      return `<${host}${h.slice(0, 24)}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
    }
    case 'm365': {
      const n = hashChars(`${spec.id}m365`, 4, '0123456789');
      return `<AS8PR0${n[0]}MB${n}${h.slice(0, 24)}@AS8PR0${n[0]}MB${n}.eurprd0${n[1]}.prod.outlook.com>`;
    }
    case 'gmail':
      return `<CA${hashChars(spec.id, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>`;
    case 'iphone':
    case 'applemail': {
      const x = h.slice(0, 32);
      return `<${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}@${domainOf(spec.from)}>`;
    }
    case 'thunderbird': {
      const x = sha(`${spec.id}tb`);
      return `<${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}@${domainOf(spec.from)}>`;
    }
    case 'system':
      return `<${h.slice(0, 16).toLowerCase()}.${h.slice(16, 22).toLowerCase()}@${domainOf(spec.from)}>`;
  }
}

function boundaryFor(id: string, level: string, client: Client): string {
  const h = sha(`${id}/${level}`);
  switch (client) {
    case 'nhsmail':
    case 'm365':
    case 'android':
      return `_00${level === 'mixed' ? '4' : '0'}_${exchangeHost(id)}${h.slice(0, 10).toUpperCase()}_`;
    case 'gmail':
      return `0000000000${h.slice(0, 16)}`;
    case 'iphone':
    case 'applemail':
      return `Apple-Mail-${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 28).toUpperCase()}`;
    case 'thunderbird':
      return `------------${hashChars(h, 24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}`;
    case 'system':
      return `=_Part_${parseInt(h.slice(0, 6), 16)}_${parseInt(h.slice(6, 12), 16)}`;
  }
}

function dateToReceived(date: string, secondsBefore: number): string {
  const d = new Date(date);
  const t = new Date(d.getTime() + secondsBefore * 1000);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][t.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${t.getUTCDate()} ${mon} ${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} +0000`;
}

/** Serialises a message: the transport headers a mailbox would hold, then the client's own. */
export function buildMessage(spec: MailSpec): string {
  const mid = messageId(spec);
  const fromDomain = domainOf(spec.from);
  const authDomain = spec.authDomain ?? fromDomain;
  const dkim = spec.dkim ?? 'pass';
  const received = dateToReceived(spec.date, 2);
  const h: [string, string][] = [];
  const ipSeed = parseInt(sha(spec.id).slice(0, 4), 16);
  h.push([
    'Received',
    `from ${exchangeHost(`${spec.id}rcv`)}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${(ipSeed % 400).toString(16)}::${(ipSeed % 97) + 10}) by ${exchangeHost('pcse-mailbox')}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${received}`,
  ]);
  if (spec.client !== 'nhsmail' && spec.client !== 'android') {
    h.push([
      'Received',
      `from ${spec.client === 'gmail' ? `mail-wr1-f${(ipSeed % 60) + 10}.google.com` : `mx.${fromDomain}`} (${(ipSeed % 200) + 20}.${(ipSeed % 180) + 30}.${ipSeed % 250}.${(ipSeed % 90) + 5}) by ${exchangeHost('pcse-edge')}.mail.protection.outlook.com with Microsoft SMTP Server; ${dateToReceived(spec.date, 1)}`,
    ]);
  }
  const dmarc = dkim === 'pass' ? 'pass action=none' : dkim === 'fail' ? 'fail action=quarantine' : 'none action=none';
  h.push([
    'Authentication-Results',
    `spf=${dkim === 'pass' ? 'pass' : 'softfail'} (sender IP is ${(ipSeed % 200) + 20}.${(ipSeed % 180) + 30}.${ipSeed % 250}.${(ipSeed % 90) + 5}) smtp.mailfrom=${authDomain}; dkim=${dkim === 'pass' ? 'pass (signature was verified)' : dkim} header.d=${authDomain};dmarc=${dmarc} header.from=${fromDomain};compauth=${dkim === 'pass' ? 'pass reason=100' : 'none reason=405'}`,
  ]);
  if (spec.client === 'gmail') {
    const hh = sha(`${spec.id}dkim`);
    h.push([
      'DKIM-Signature',
      `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${authDomain}; s=${authDomain === 'gmail.com' ? '20230601' : 'google'}; t=${Math.floor(new Date(spec.date).getTime() / 1000)}; x=${Math.floor(new Date(spec.date).getTime() / 1000) + 604800}; darn=nhs.net; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=${Buffer.from(hh.slice(0, 32), 'hex').toString('base64')}; b=${Buffer.from(sha(`${spec.id}b`) + sha(`${spec.id}c`), 'hex').toString('base64')}`,
    ]);
  }
  for (const e of spec.extraHeaders ?? []) h.push(e);

  const own: [string, string][] = [];
  const ex = spec.client === 'nhsmail' || spec.client === 'm365' || spec.client === 'android';
  const hasAtt = (spec.attachments?.length ?? 0) > 0;
  const subj = encodeWord(spec.subject);
  if (spec.client === 'gmail') {
    own.push(['MIME-Version', '1.0'], ['Date', spec.date]);
    if (spec.references) own.push(['References', spec.references]);
    if (spec.inReplyTo) own.push(['In-Reply-To', spec.inReplyTo]);
    own.push(['Message-ID', mid], ['Subject', subj], ['From', spec.from], ['To', spec.to]);
    if (spec.cc) own.push(['Cc', spec.cc]);
  } else {
    own.push(['From', spec.from], ['To', spec.to]);
    if (spec.cc) own.push(['CC', spec.cc]);
    if (spec.replyTo) own.push(['Reply-To', spec.replyTo]);
    own.push(['Subject', subj]);
    if (ex) {
      own.push(['Thread-Topic', subj.includes('=?') ? subj : spec.subject.replace(/^(RE|FW|Fwd|FW|Re):\s*/i, '')]);
      own.push(['Thread-Index', Buffer.from(sha(`${spec.id}ti`).slice(0, 44), 'hex').toString('base64')]);
    }
    own.push(['Date', spec.date], ['Message-ID', mid]);
    if (spec.references) own.push(['References', spec.references]);
    if (spec.inReplyTo) own.push(['In-Reply-To', spec.inReplyTo]);
    if (spec.importance) own.push(['Importance', 'high'], ['X-Priority', '1']);
    if (ex) {
      own.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB']);
      own.push(['X-MS-Has-Attach', hasAtt ? 'yes' : ''], ['X-MS-TNEF-Correlator', '']);
      if (spec.client === 'nhsmail') own.push(['X-MS-Exchange-Organization-SCL', '1']);
    }
    if (spec.client === 'iphone') own.push(['X-Mailer', 'iPhone Mail (22B91)']);
    if (spec.client === 'applemail') own.push(['X-Mailer', 'Apple Mail (2.3826.400.131.1.6)']);
    if (spec.client === 'thunderbird') own.push(['User-Agent', 'Mozilla Thunderbird']);
    own.push(['MIME-Version', spec.client === 'iphone' ? '1.0 (1.0)' : spec.client === 'applemail' ? '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))' : '1.0']);
  }

  // body
  let body: Part;
  const enc = spec.textEncoding ?? (spec.client === 'thunderbird' || spec.client === 'system' ? (isAscii(spec.text.replace(/\n/g, '')) ? '7bit' : '8bit') : 'qp');
  const wantsHtml = spec.html !== undefined || ex || spec.client === 'gmail' || spec.client === 'applemail';
  if (spec.htmlOnly) {
    body = htmlPart(spec.html ?? outlookHtml(spec.text));
  } else if (wantsHtml) {
    const html = spec.html ?? (ex && spec.client !== 'android' ? outlookHtml(spec.text) : simpleHtml(spec.text, spec.client === 'android' ? 'auto' : 'ltr'));
    body = multipart('alternative', boundaryFor(spec.id, 'alt', spec.client), [textPart(spec.text, enc), htmlPart(html)]);
  } else {
    body = textPart(spec.text, enc, spec.client === 'thunderbird');
  }
  if (hasAtt) {
    body = multipart(
      'mixed',
      boundaryFor(spec.id, 'mixed', spec.client),
      [body, ...spec.attachments!.map((a) => attachmentPart(a, spec.client))],
      ex ? '' : spec.client === 'system' ? '' : '',
    );
  }
  const all = [...h, ...own, ...body.headers];
  const head = all.map(([k, v]) => fold(k, v)).join('\r\n');
  return `${head}\r\n\r\n${body.body}${body.body.endsWith('\r\n') ? '' : '\r\n'}`;
}

/** A raw message whose structure is written out by hand (reports, bounces); LF → CRLF. */
export function rawMessage(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
