// The header sets and HTML habits of the mail clients this writer's senders use.
import { CRLF, addr, attachment, epochMs, esc, fold, hash, multipart, rfcDate, textPart, word, type Enc, type Part } from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDR: Record<Mailbox, [string, string]> = {
  portalenquiries: ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'],
  datamanager: ['PCSE Data Manager', 'pcse.datamanager@nhs.net'],
  openexeter: ['PCSE Open Exeter', 'pcse.openexeter@nhs.net'],
};

export type Client =
  | 'outlook' // Outlook desktop (Exchange Online / NHSmail), multipart/alternative with Word HTML
  | 'owa' // NHSmail on the web
  | 'owa-html' // NHSmail on the web, HTML only
  | 'gmail-android'
  | 'apple' // Apple Mail on a Mac
  | 'iphone'
  | 'yahoo'
  | 'plain' // a plain-text client that hard-wraps (Thunderbird set to plain text, old Outlook "plain text")
  | 'raw'; // everything given by the email itself (system notices, bounces)

export interface Person {
  name: string | null;
  email: string;
}

export interface Att {
  filename: string;
  data: Buffer;
  type?: string;
}

export interface Mail {
  client: Client;
  from: Person;
  to?: Person[];
  cc?: Person[];
  subject: string;
  date: string; // 'YYYY-MM-DD HH:MM:SS' UTC
  text: string;
  /** HTML given by hand; otherwise derived from `text` in the client's habits. */
  html?: string;
  /** Only an HTML part (no text/plain). */
  htmlOnly?: boolean;
  attachments?: Att[];
  headers?: string[];
  inReplyTo?: string;
  /** Transfer encoding of the text part, when the client's default should be overridden. */
  enc?: Enc;
  charset?: string;
  /** Authentication-Results verdict for the sender's domain (default pass). */
  auth?: 'pass' | 'none' | 'omit';
  /** A raw message for 'raw' emails. */
  raw?: string;
}

const linkify = (s: string) => s.replace(/([a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,})/gi, '<a href="mailto:$1">$1</a>');

// ---------------------------------------------------------------- HTML from text, per client

export function outlookHtml(text: string): string {
  const paras = text.split('\n').map((l) => {
    if (l.trim() === '') return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
    if (l.startsWith('>')) return `<p class="MsoNormal" style="margin-left:36.0pt">${linkify(esc(l.replace(/^>\s?/, '')))}<o:p></o:p></p>`;
    return `<p class="MsoNormal">${linkify(esc(l))}<o:p></o:p></p>`;
  });
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
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${paras.join('\n')}
</div>
</body>
</html>
`;
}

export function owaHtml(text: string): string {
  const style = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);';
  const blocks = text.split('\n').map((l) => (l.trim() === '' ? `<div class="elementToProof" style="${style}"><br></div>` : `<div class="elementToProof" style="${style}">${linkify(esc(l))}</div>`));
  return `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
${blocks.join('\n')}
</body>
</html>
`;
}

export function gmailHtml(text: string): string {
  // Gmail for Android: one dir="auto" div per paragraph, <br> between lines.
  const paras = text.split(/\n{2,}/).map((p) => `<div dir="auto">${p.split('\n').map((l) => linkify(esc(l))).join('<br>')}</div>`);
  return `<div dir="auto">${paras.join('<div dir="auto"><br></div>')}</div>\n`;
}

export function appleHtml(text: string): string {
  const lines = text.split('\n').map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${linkify(esc(l))}</div>`));
  return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${lines.join('')}</body></html>`;
}

export function yahooHtml(text: string, seed: string): string {
  const id = `ydp${hash(seed, 8)}`;
  const lines = text.split('\n').map((l) => (l.trim() === '' ? `<div dir="ltr" data-setdir="false"><br></div>` : `<div dir="ltr" data-setdir="false">${linkify(esc(l))}</div>`));
  return `<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div id="${id}yiv">${lines.join('')}</div></div></body></html>`;
}

// ---------------------------------------------------------------- the message

function authResults(domain: string, verdict: 'pass' | 'none'): string[] {
  if (verdict === 'none') return [`Authentication-Results: spf=none (sender IP is 185.12.4.77)${CRLF} smtp.mailfrom=${domain}; dkim=none (message not signed)${CRLF} header.d=none;dmarc=none action=none header.from=${domain};`];
  const net = domain === 'gmail.com' ? '209.85' : domain.startsWith('yahoo') ? '77.238' : domain === 'icloud.com' ? '17.58' : '40.92';
  return [`Authentication-Results: spf=pass (sender IP is ${net}.${parseInt(hash(domain, 2), 16) % 200}.${parseInt(hash(domain + 'x', 2), 16) % 250})${CRLF} smtp.mailfrom=${domain}; dkim=pass (signature was verified)${CRLF} header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass reason=100`];
}

export function render(slug: string, mailbox: Mailbox, m: Mail): string {
  if (m.client === 'raw') return m.raw!.replace(/\r?\n/g, CRLF);
  const seed = `${slug}|${m.subject}|${m.date}`;
  const h = hash(seed, 32);
  const domain = m.from.email.split('@')[1]!;
  const to = m.to ?? [{ name: MAILBOX_ADDR[mailbox][0], email: MAILBOX_ADDR[mailbox][1] }];
  const toH = to.map((p) => addr(p.name, p.email)).join(', ');
  const ccH = m.cc?.length ? m.cc.map((p) => addr(p.name, p.email)).join(', ') : null;
  const subj = word(m.subject, 'Q');
  const date = rfcDate(m.date);
  const auth = m.auth === 'omit' ? [] : authResults(domain, m.auth ?? 'pass');
  let msgId: string;
  let top: string[];
  let textEnc: Enc = m.enc ?? 'qp';
  let html = m.html;
  let bnd: string[];
  let attStyle: 'outlook' | 'gmail' | 'apple' | 'plain' = 'plain';
  const charset = m.charset ?? 'utf-8';
  const exch = `LO${2 + (parseInt(h.slice(0, 2), 16) % 6)}P265MB${(parseInt(h.slice(2, 6), 16) % 9000) + 1000}`;

  switch (m.client) {
    case 'outlook':
    case 'owa':
    case 'owa-html': {
      msgId = `<${exch}${h.slice(6, 18).toUpperCase()}@${exch}.GBRP265.PROD.OUTLOOK.COM>`;
      const threadIndex = Buffer.from(h.slice(0, 44), 'hex').toString('base64');
      top = [
        ...auth,
        `Received: from ${exch}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:${h.slice(8, 11)}::${h.slice(11, 13)}) by${CRLF} ${exch}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`,
        fold('From', addr(m.from.name, m.from.email)),
        fold('To', toH),
        ...(ccH ? [fold('CC', ccH)] : []),
        fold('Subject', subj),
        fold('Thread-Topic', word(m.subject.replace(/^(RE|FW|Fwd|FWD|Re|Fw):\s*/g, ''), 'Q')),
        `Thread-Index: ${threadIndex}`,
        `Date: ${date}`,
        `Message-ID: ${msgId}`,
        ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
        'Accept-Language: en-GB, en-US',
        'Content-Language: en-GB',
        `X-MS-Has-Attach: ${m.attachments?.length ? 'yes' : ''}`,
        'X-MS-TNEF-Correlator: ',
        ...(m.client === 'outlook' ? [] : ['x-ms-publictraffictype: Email', 'x-ms-traffictypediagnostic: ' + exch + ':EE_|' + exch.replace('LO', 'CWL')]),
      ];
      if (!html) html = m.client === 'outlook' ? outlookHtml(m.text) : owaHtml(m.text);
      bnd = [`_000_${exch}${h.slice(6, 18).toUpperCase()}${exch}GBRP_`, `_004_${exch}${h.slice(6, 18).toUpperCase()}${exch}GBRP_`];
      attStyle = 'outlook';
      break;
    }
    case 'gmail-android': {
      msgId = `<CA${Buffer.from(h.slice(0, 40), 'hex').toString('base64').replace(/[+/=]/g, 'x')}@mail.gmail.com>`;
      top = [
        ...auth,
        `Received: by mail-ej1-f${parseInt(h.slice(0, 2), 16)}.google.com with SMTP id ${h.slice(2, 14)}so${h.slice(14, 20)}ejb.${parseInt(h.slice(20, 22), 16)}${CRLF}        for <${to[0]!.email}>; ${date}`,
        `MIME-Version: 1.0`,
        `From: ${addr(m.from.name, m.from.email)}`,
        `Date: ${date}`,
        `Message-ID: ${msgId}`,
        ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
        fold('Subject', subj),
        fold('To', toH),
        ...(ccH ? [fold('Cc', ccH)] : []),
      ];
      if (!html) html = gmailHtml(m.text);
      bnd = [`000000000000${h.slice(0, 12)}${h.slice(12, 16)}`, `000000000000${h.slice(16, 28)}${h.slice(28, 32)}`];
      attStyle = 'gmail';
      break;
    }
    case 'apple':
    case 'iphone': {
      const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`.toUpperCase();
      msgId = `<${uuid}@${domain === 'nhs.net' ? 'nhs.net' : domain}>`;
      top = [
        ...auth,
        `From: ${addr(m.from.name, m.from.email)}`,
        `Content-Transfer-Encoding: 7bit`,
        `Mime-Version: 1.0 (${m.client === 'apple' ? 'Mac OS X Mail 16.0 \\(3826.300.87.4.3\\)' : '1.0'})`,
        fold('Subject', subj),
        `Date: ${date}`,
        `Message-Id: ${msgId}`,
        ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
        ...(ccH ? [fold('Cc', ccH)] : []),
        fold('To', toH),
        `X-Mailer: ${m.client === 'apple' ? 'Apple Mail (2.3826.300.87.4.3)' : 'iPhone Mail (22B91)'}`,
      ];
      if (!html) html = appleHtml(m.text);
      bnd = [`Apple-Mail=_${uuid}`, `Apple-Mail=_${hash(uuid, 32).toUpperCase().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}`];
      attStyle = 'apple';
      break;
    }
    case 'yahoo': {
      const n = parseInt(h.slice(0, 8), 16);
      msgId = `<${n % 1000000000}.${parseInt(h.slice(8, 13), 16)}.${epochMs(m.date)}@mail.yahoo.com>`;
      top = [
        ...auth,
        `Date: ${date}`,
        `From: ${addr(m.from.name, m.from.email)}`,
        `Reply-To: ${addr(m.from.name, m.from.email)}`,
        fold('To', toH),
        ...(ccH ? [fold('Cc', ccH)] : []),
        `Message-ID: ${msgId}`,
        ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
        fold('Subject', subj),
        'X-Mailer: WebService/1.1.22876 YMailNorrin',
      ];
      if (!html) html = yahooHtml(m.text, seed);
      bnd = [`----=_Part_${n % 9000000}_${parseInt(h.slice(8, 16), 16) % 1000000000}.${epochMs(m.date)}`, `----=_Part_${(n + 1) % 9000000}_${parseInt(h.slice(16, 24), 16) % 1000000000}.${epochMs(m.date)}`];
      break;
    }
    case 'plain': {
      msgId = `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${domain}>`;
      top = [
        ...auth,
        `Message-ID: ${msgId}`,
        `Date: ${date}`,
        ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: en-GB',
        fold('To', toH),
        ...(ccH ? [fold('Cc', ccH)] : []),
        `From: ${addr(m.from.name, m.from.email)}`,
        fold('Subject', subj),
      ];
      textEnc = m.enc ?? '8bit';
      bnd = [`------------${h.slice(0, 24)}`, `------------${h.slice(24, 32)}${h.slice(0, 16)}`];
      break;
    }
  }
  top.push(...(m.headers ?? []));
  if (html && charset !== 'utf-8') html = html.replace(/charset=utf-8/gi, `charset=${charset}`);

  const textP = textPart('plain', m.text, textEnc, charset);
  let body: Part;
  if (m.client === 'plain') body = textP;
  else if (m.htmlOnly) body = textPart('html', html ?? '', m.client === 'gmail-android' ? 'b64' : 'qp', charset);
  else body = multipart('alternative', [textP, textPart('html', html ?? '', 'qp', charset)], bnd[0]!);
  if (m.attachments?.length) {
    body = multipart('mixed', [body, ...m.attachments.map((a) => attachment(a.filename, a.data, a.type ?? 'application/pdf', attStyle))], bnd[1]!);
  }
  const preamble = m.client === 'plain' ? 'This is a multi-part message in MIME format.' : '';
  let headers = top;
  if (!headers.some((x) => /^mime-version:/i.test(x))) headers = [...headers, 'MIME-Version: 1.0'];
  if (body.headers.some((x) => x.startsWith('Content-Transfer-Encoding'))) headers = headers.filter((x) => !x.startsWith('Content-Transfer-Encoding'));
  const headerBlock = [...headers, ...body.headers].join(CRLF);
  const b = preamble && body.headers[0]!.includes('multipart') ? `${preamble}${CRLF}${CRLF}${body.body}` : body.body;
  return `${headerBlock}${CRLF}${CRLF}${b}${b.endsWith(CRLF) ? '' : CRLF}`;
}
