// The mail clients writer AJ's senders use: NHSmail Outlook, corporate Exchange, iPhone Mail, Outlook for iOS and
// Android, Samsung Email, Gmail, Apple Mail, consumer webmail; plus raw messages built by hand (notifications, bounces).
import {
  type Addr, type Attachment, type Cte, type Header, type Mailbox, type MimeNode, CRLF, MAILBOX_ADDRESS, MAILBOX_NAME,
  attachmentLeaf, b64hash, encodeWord, escapeHtml, formatAddr, hex, multi, rfcDate, serialize, textLeaf, uuid,
} from './lib.js';

export type Client =
  | 'nhsmail' | 'exchange' | 'iphone' | 'iphone-plain' | 'outlook-ios' | 'outlook-android' | 'samsung' | 'gmail'
  | 'applemail' | 'webmail' | 'raw';

export interface Rfc822Part { raw: string; filename?: string }

export interface MailSpec {
  id: string;
  mailbox: Mailbox;
  client: Client;
  date: string;                 // ISO, UTC
  tzOffset?: number;            // minutes east of UTC shown in the Date header
  from: Addr;
  to?: Addr[];
  cc?: Addr[];
  replyTo?: Addr;
  subject: string;
  text: string;
  html?: string;                // explicit HTML (a fragment inside <body>, or a whole document starting with <html)
  htmlOnly?: boolean;
  attachments?: Attachment[];
  inlineImages?: Attachment[];
  rfc822?: Rfc822Part[];
  inReplyTo?: string;
  references?: string;
  extraHeaders?: Header[];
  textCte?: Cte;
  htmlCte?: Cte;
  dkim?: 'pass' | 'none' | 'fail';
  node?: MimeNode;              // raw client: the whole body
  headerOverride?: Header[];    // raw client: the whole header block (before MIME headers)
}

const domainOf = (email: string): string => email.split('@')[1] ?? 'example.invalid';

const EXO_HOSTS = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB', 'LO6P265MB', 'DB9PR02MB', 'AM0PR07MB', 'PAXP193MB'];
function exoHost(seed: string): string {
  const h = EXO_HOSTS[parseInt(hex(seed, 2), 16) % EXO_HOSTS.length]!;
  return `${h}${parseInt(hex(`${seed}h`, 4), 16) % 9000 + 1000}`;
}
function exoFqdn(host: string): string {
  if (host.startsWith('LO') || host.startsWith('CW')) return `${host}.GBRP265.PROD.OUTLOOK.COM`;
  if (host.startsWith('PAXP193')) return `${host}.EURP193.PROD.OUTLOOK.COM`;
  return `${host}.eurprd${host.slice(5, 7)}.prod.outlook.com`;
}

export function messageIdFor(spec: Pick<MailSpec, 'id' | 'client' | 'from'>): string {
  const seed = `${spec.id}|mid`;
  const dom = domainOf(spec.from.email);
  switch (spec.client) {
    case 'nhsmail': case 'exchange': case 'outlook-ios': case 'outlook-android': {
      const host = exoHost(spec.id);
      return `<${host}${hex(seed, 24).toUpperCase()}@${exoFqdn(host)}>`;
    }
    case 'iphone': case 'iphone-plain': case 'applemail':
      return `<${uuid(seed)}@${dom}>`;
    case 'gmail':
      return `<CA${b64hash(seed, 12)}+${b64hash(`${seed}2`, 28)}@mail.gmail.com>`;
    case 'samsung':
      return `<${hex(seed, 10)}.${hex(`${seed}b`, 6)}@email.android.com>`;
    case 'webmail':
      return `<${parseInt(hex(seed, 8), 16)}.${parseInt(hex(`${seed}x`, 6), 16)}.${Date.parse('2026-11-01T00:00:00Z') / 1000}@${dom === 'btinternet.com' ? 'mail.btinternet.com' : `mail.${dom}`}>`;
    default:
      return `<${hex(seed, 20)}@${dom}>`;
  }
}

// ---------- HTML renderings of a plain body ----------

const linkify = (s: string): string => s.replace(/([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g, '<a href="mailto:$1">$1</a>');

export function outlookHtml(text: string): string {
  const paras = text.split('\n').map((l) =>
    l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
      : /^_{10,}$/.test(l) ? '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>'
        : `<p class="MsoNormal">${linkify(escapeHtml(l))}<o:p></o:p></p>`);
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
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
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

/** Gmail: <div dir="ltr"> with <br>, and "> " quoted lines as a gmail_quote blockquote. */
export function gmailHtml(text: string): string {
  const lines = text.split('\n');
  const qStart = lines.findIndex((l) => l.startsWith('>'));
  const own = qStart >= 0 ? lines.slice(0, qStart) : lines;
  // the attribution line ("On ... wrote:") is the last non-empty line before the quote
  let attribution = '';
  if (qStart >= 0) {
    while (own.length && own[own.length - 1]!.trim() === '') own.pop();
    if (own.length && /wrote:\s*$/.test(own[own.length - 1]!)) attribution = own.pop()!;
  }
  const body = own.map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${linkify(escapeHtml(l))}</div>`)).join('');
  let html = `<div dir="ltr">${body}</div>`;
  if (qStart >= 0) {
    const quoted = lines.slice(qStart).map((l) => l.replace(/^> ?/, ''));
    html += `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${quoted.map((l) => escapeHtml(l)).join('<br>')}</blockquote></div>`;
  }
  return `${html}\n`;
}

export function appleHtml(text: string): string {
  const lines = text.split('\n');
  const body = lines.map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(l)}</div>`)).join('');
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${body}</body></html>`;
}

function wrapHtml(fragment: string): string {
  return fragment.trimStart().startsWith('<html') ? fragment : `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n${fragment}\n</body>\n</html>\n`;
}

// ---------- composing ----------

function received(spec: MailSpec, mid: string): Header[] {
  const when = rfcDate(spec.date, 0);
  const dom = domainOf(spec.from.email);
  const host = exoHost(`${spec.id}|rcpt`);
  const hs: Header[] = [];
  const verdict = spec.dkim ?? 'pass';
  const d = spec.client === 'gmail' ? 'gmail.com' : dom;
  const auth = verdict === 'pass'
    ? `spf=pass (sender IP is 40.92.${parseInt(hex(spec.id, 2), 16) % 200}.${parseInt(hex(`${spec.id}i`, 2), 16) % 250})\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none header.from=${dom};compauth=pass\r\n reason=100`
    : verdict === 'none'
      ? `spf=pass (sender IP is 81.144.${parseInt(hex(spec.id, 2), 16) % 200}.12)\r\n smtp.mailfrom=${dom}; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${dom};compauth=softpass\r\n reason=201`
      : `spf=softfail (sender IP is 185.23.${parseInt(hex(spec.id, 2), 16) % 200}.4)\r\n smtp.mailfrom=${dom}; dkim=fail (body hash did not verify)\r\n header.d=${d};dmarc=fail action=quarantine header.from=${dom};compauth=fail\r\n reason=000`;
  hs.push(['Received', `from ${host}.GBRP265.PROD.OUTLOOK.COM (::1) by\r\n ${host}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${when}`]);
  hs.push(['Authentication-Results', auth]);
  if (spec.client === 'gmail') {
    hs.push(['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=gmail.com; s=20230601; t=${Date.parse(spec.date) / 1000}; x=${Date.parse(spec.date) / 1000 + 604800}; dara=google.com;\r\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to;\r\n        bh=${b64hash(`${spec.id}bh`, 43)}=;\r\n        b=${b64hash(`${spec.id}b1`, 40)}\r\n         ${b64hash(`${spec.id}b2`, 40)}`]);
  }
  void mid;
  return hs;
}

function clientHeaders(spec: MailSpec): Header[] {
  const hs: Header[] = [];
  const tIndex = Buffer.from(`${hex(`${spec.id}|ti`, 44)}`, 'hex').toString('base64');
  switch (spec.client) {
    case 'nhsmail': case 'exchange':
      hs.push(['Thread-Topic', spec.subject.replace(/^(RE|FW|Fwd|FW:)\s*:\s*/i, '')], ['Thread-Index', tIndex]);
      break;
    case 'outlook-ios':
      hs.push(['Thread-Topic', spec.subject.replace(/^(RE|FW|Fwd)\s*:\s*/i, '')], ['Thread-Index', tIndex], ['X-MS-Exchange-Organization-Client', 'Outlook-iOS']);
      break;
    case 'outlook-android':
      hs.push(['Thread-Topic', spec.subject.replace(/^(RE|FW|Fwd)\s*:\s*/i, '')], ['Thread-Index', tIndex], ['X-Mailer', 'Outlook for Android']);
      break;
    case 'iphone': case 'iphone-plain':
      hs.push(['X-Mailer', 'iPhone Mail (22B91)']);
      break;
    case 'applemail':
      hs.push(['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)']);
      break;
    case 'samsung':
      hs.push(['X-Mailer', 'Samsung Email 6.1.97.1']);
      break;
    case 'webmail':
      hs.push(['X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev66'], ['Importance', 'Normal']);
      break;
    default:
      break;
  }
  return hs;
}

function bodyNode(spec: MailSpec): MimeNode {
  const id = spec.id;
  const bnd = (tag: string): string => {
    switch (spec.client) {
      case 'nhsmail': case 'exchange': case 'outlook-ios': case 'outlook-android':
        return `_${tag}_${hex(`${id}|${tag}`, 32).toUpperCase().replace(/(.{20})(.{12})/, '$1$2')}LO2P265MB6012GBRP_`;
      case 'iphone': case 'iphone-plain': case 'applemail':
        return `Apple-Mail-${uuid(`${id}|${tag}`)}`;
      case 'gmail':
        return `000000000000${hex(`${id}|${tag}`, 12)}`;
      case 'samsung':
        return `--_com.samsung.android.email_${parseInt(hex(`${id}|${tag}`, 12), 16)}`;
      default:
        return `----=_Part_${parseInt(hex(`${id}|${tag}`, 6), 16)}_${parseInt(hex(`${id}|${tag}x`, 8), 16)}.${Date.parse(spec.date)}`;
    }
  };
  let textPart: MimeNode | null = null;
  let htmlPart: MimeNode | null = null;
  const c = spec.client;
  const textOpts = { cte: spec.textCte };
  if (!spec.htmlOnly) {
    if (c === 'samsung' || c === 'outlook-android') textPart = textLeaf(spec.text, 'plain', { cte: spec.textCte ?? 'base64', charset: 'utf-8' });
    else if (c === 'iphone' || c === 'iphone-plain') textPart = textLeaf(spec.text, 'plain', { cte: spec.textCte ?? 'quoted-printable', charset: 'utf-8' });
    else textPart = textLeaf(spec.text, 'plain', textOpts);
  }
  const wantsHtml = spec.html !== undefined || spec.htmlOnly || !['iphone-plain', 'applemail'].includes(c);
  if (wantsHtml) {
    let html: string;
    if (spec.html !== undefined) html = wrapHtml(spec.html);
    else if (c === 'gmail') html = gmailHtml(spec.text);
    else if (c === 'iphone' || c === 'applemail') html = appleHtml(spec.text);
    else if (c === 'samsung') html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">${spec.text.split('\n').map((l) => (l.trim() === '' ? '<br>' : `${escapeHtml(l)}<br>`)).join('')}</div></body></html>`;
    else if (c === 'webmail') html = wrapHtml(spec.text.split('\n').map((l) => `${escapeHtml(l)}<br>`).join('\n'));
    else html = outlookHtml(spec.text);
    const cte: Cte = spec.htmlCte ?? (c === 'samsung' || c === 'outlook-android' ? 'base64' : 'quoted-printable');
    htmlPart = textLeaf(html, 'html', { cte, charset: 'utf-8' });
  }
  if (spec.inlineImages?.length && htmlPart) {
    htmlPart = multi('related', [htmlPart, ...spec.inlineImages.map((a) => attachmentLeaf({ ...a, inline: true }, id))], bnd('005'), '; type="text/html"');
  }
  let core: MimeNode;
  if (textPart && htmlPart) core = multi('alternative', [textPart, htmlPart], bnd('000'));
  else core = (textPart ?? htmlPart)!;
  const extras: MimeNode[] = [];
  for (const a of spec.attachments ?? []) {
    const style = a.style ?? (c === 'gmail' ? 'gmail' : c.startsWith('iphone') || c === 'applemail' ? 'apple' : c === 'webmail' || c === 'samsung' ? 'plain' : 'outlook');
    extras.push(attachmentLeaf({ ...a, style }, id));
  }
  for (const m of spec.rfc822 ?? []) {
    const headers: Header[] = [['Content-Type', 'message/rfc822']];
    if (m.filename) headers.push(['Content-Disposition', `attachment; filename="${m.filename}"`]);
    extras.push({ headers, body: m.raw.replace(/\r\n$/, '') });
  }
  if (!extras.length) return core;
  return multi('mixed', [core, ...extras], bnd('004'));
}

export function compose(spec: MailSpec): string {
  const mid = messageIdFor(spec);
  const to = spec.to ?? [{ name: MAILBOX_NAME[spec.mailbox], email: MAILBOX_ADDRESS[spec.mailbox] }];
  const node = spec.node ?? bodyNode(spec);
  const hs: Header[] = [];
  if (spec.headerOverride) hs.push(...spec.headerOverride);
  else {
    hs.push(...received(spec, mid));
    hs.push(['From', formatAddr(spec.from)]);
    hs.push(['To', to.map(formatAddr).join(', ')]);
    if (spec.cc?.length) hs.push(['CC', spec.cc.map(formatAddr).join(', ')]);
    if (spec.replyTo) hs.push(['Reply-To', formatAddr(spec.replyTo)]);
    hs.push(['Subject', encodeWord(spec.subject, spec.client === 'iphone' || spec.client === 'applemail' ? 'Q' : 'B')]);
    hs.push(['Date', rfcDate(spec.date, spec.tzOffset ?? 0, spec.client === 'nhsmail' || spec.client === 'exchange')]);
    hs.push(['Message-ID', mid]);
    if (spec.inReplyTo) hs.push(['In-Reply-To', spec.inReplyTo]);
    if (spec.references ?? spec.inReplyTo) hs.push(['References', (spec.references ?? spec.inReplyTo)!]);
    hs.push(...clientHeaders(spec));
    if (spec.client === 'nhsmail' || spec.client === 'exchange' || spec.client.startsWith('outlook')) {
      hs.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB']);
      hs.push(['X-MS-Has-Attach', spec.attachments?.length ? 'yes' : '']);
      hs.push(['X-MS-TNEF-Correlator', '']);
    }
    hs.push(...(spec.extraHeaders ?? []));
    hs.push(['MIME-Version', spec.client === 'iphone' || spec.client === 'iphone-plain' ? '1.0 (1.0)' : spec.client === 'applemail' ? '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))' : '1.0']);
  }
  const head = hs.map(([k, v]) => (v === '' ? `${k}: ` : v.includes('\r\n') ? `${k}: ${v}` : foldSafe(k, v))).join(CRLF);
  const body = serialize(node);
  return `${head}${CRLF}${body}`;
}

function foldSafe(k: string, v: string): string {
  const full = `${k}: ${v}`;
  if (full.length <= 78 || !v.includes(' ')) return full;
  const words = full.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) {
      lines.push(cur);
      cur = ` ${w}`;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

/** A message built entirely by hand (system notifications, bounces, the inner message of a forward). */
export function rawMessage(headers: Header[], node: MimeNode): string {
  const head = headers.map(([k, v]) => (v.includes('\r\n') ? `${k}: ${v}` : foldSafe(k, v))).join(CRLF);
  return `${head}${CRLF}${serialize(node)}`;
}

export { formatAddr };
