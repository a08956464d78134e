// Mail clients as they really write: NHSmail through Outlook desktop, Outlook on the web, Outlook mobile,
// Outlook 16 on small-business servers, Gmail, Apple Mail and a system sender.
import {
  type Addr, type Part, addr, b64, divHtml, esc, fold, gmailDate, multipart, owaDate, owaHtml, render, rfcDate, sentDate, sha, textPart, toPlain, word, wordHtml,
} from './lib.js';

export type Client = 'outlook' | 'owa' | 'ios' | 'android' | 'gmail' | 'smb' | 'apple' | 'system';

export interface Quoted {
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  date: string;
  subject: string;
  body: string;
}

export interface Attachment {
  filename: string;
  data: Buffer;
  contentType?: string;
}

export interface Spec {
  client: Client;
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  subject: string;
  date: string;
  body: string;
  quoted?: Quoted[];
  quoteMode?: 'reply' | 'forward';
  attachments?: Attachment[];
  /** NHSmail appends its disclaimer (default: sender at nhs.net on an Outlook client). */
  footer?: boolean;
  extraHeaders?: string[];
  /** For Outlook 16 on a hosted server and Apple Mail: the mail server's name in Received. */
  server?: string;
  mobile?: 'iOS' | 'Android';
  /** Word's AutoCorrect in Outlook desktop: curly apostrophes and en dashes in what the sender typed. */
  smartQuotes?: boolean;
}

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

const HOSTS = ['LO2P265MB5432', 'LO4P265MB6012', 'CWLP265MB3217', 'LO0P265MB2844', 'LO6P265MB6780', 'CWXP265MB4481', 'LO3P265MB2187', 'DB9P265MB1520'];

/** Deterministic "random" pieces of ids from the message's own content. */
function idBits(seed: string) {
  const h = sha(seed);
  const n = (i: number, mod: number) => parseInt(h.slice(i, i + 6), 16) % mod;
  return { h, n, host: HOSTS[n(0, HOSTS.length)]!, host2: HOSTS[n(6, HOSTS.length)]! };
}

export const stripPrefix = (s: string) => s.replace(/^((RE|FW|Fwd|FWD|Re|Fw):\s*)+/i, '');

/** The id a quoted message is taken to have had (for In-Reply-To / References). */
export function quotedId(q: Quoted): string {
  const { h, host } = idBits(`${q.from.email}|${q.date}|${q.subject}`);
  if (q.from.email.endsWith('@nhs.net')) return `<${host}${h.slice(0, 28).toUpperCase()}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
  if (q.from.email.endsWith('@gmail.com')) return `<CA${Buffer.from(h.slice(0, 30), 'hex').toString('base64').replace(/[/=]/g, '_')}@mail.gmail.com>`;
  return `<${h.slice(0, 12)}$${h.slice(12, 20)}$${h.slice(20, 28)}$@${q.from.email.split('@')[1]}>`;
}

const people = (a: Addr[]) => a.map((x) => (x.name ? `${x.name} <${x.email}>` : x.email)).join('; ');
const peopleHtml = (a: Addr[]) => a.map((x) => (x.name ? `${esc(x.name)} &lt;${esc(x.email)}&gt;` : esc(x.email))).join('; ');

// ---------------------------------------------------------------- quoted history, per client

function quotedPlain(client: Client, qs: Quoted[], mode: 'reply' | 'forward'): string {
  return qs
    .map((q) => {
      if (client === 'gmail' || client === 'apple') {
        if (mode === 'forward') {
          const head = client === 'gmail' ? '---------- Forwarded message ---------' : 'Begin forwarded message:';
          return `${head}\nFrom: ${people([q.from])}\nDate: ${gmailDate(q.date)}\nSubject: ${q.subject}\nTo: ${people(q.to)}\n${q.cc ? `Cc: ${people(q.cc)}\n` : ''}\n${toPlain(q.body)}`;
        }
        return `On ${gmailDate(q.date)}, ${people([q.from])} wrote:\n\n${toPlain(q.body).split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`;
      }
      const sent = client === 'outlook' || client === 'smb' ? sentDate(q.date) : owaDate(q.date);
      const sep = client === 'outlook' || client === 'smb' ? '' : '________________________________\n';
      return `${sep}From: ${people([q.from])}\nSent: ${sent}\nTo: ${people(q.to)}\n${q.cc ? `Cc: ${people(q.cc)}\n` : ''}Subject: ${q.subject}\n\n${toPlain(q.body, client === 'outlook')}`;
    })
    .join('\n\n');
}

function quotedHtml(client: Client, qs: Quoted[], mode: 'reply' | 'forward'): string {
  return qs
    .map((q) => {
      if (client === 'gmail' || client === 'apple') {
        if (mode === 'forward')
          return `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">${esc(q.from.name ?? '')}</strong> <span dir="auto">&lt;<a href="mailto:${q.from.email}">${q.from.email}</a>&gt;</span><br>Date: ${gmailDate(q.date)}<br>Subject: ${esc(q.subject)}<br>To: ${peopleHtml(q.to)}<br></div><br><br>${divHtml(q.body)}</div>`;
        return `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On ${gmailDate(q.date)}, ${esc(q.from.name ?? '')} &lt;<a href="mailto:${q.from.email}">${q.from.email}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${divHtml(q.body)}</blockquote></div>`;
      }
      if (client === 'outlook' || client === 'smb') {
        return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> ${peopleHtml([q.from])}<br>\n<b>Sent:</b> ${sentDate(q.date)}<br>\n<b>To:</b> ${peopleHtml(q.to)}<br>\n${q.cc ? `<b>Cc:</b> ${peopleHtml(q.cc)}<br>\n` : ''}<b>Subject:</b> ${esc(q.subject)}<o:p></o:p></span></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${wordHtml(q.body)}`;
      }
      return `<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> ${peopleHtml([q.from])}<br><b>Sent:</b> ${owaDate(q.date)}<br><b>To:</b> ${peopleHtml(q.to)}<br>${q.cc ? `<b>Cc:</b> ${peopleHtml(q.cc)}<br>` : ''}<b>Subject:</b> ${esc(q.subject)}</font>\n<div>&nbsp;</div>\n</div>\n<div>${divHtml(q.body)}</div>`;
    })
    .join('\n');
}

const WORD_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
`;

function footerHtml(): string {
  return `<br>\n<p>${NHSMAIL_FOOTER.trim().split('\n').map((l) => esc(l)).join('<br>\n')}</p>`;
}

function htmlFor(s: Spec, footer: boolean): string {
  const mode = s.quoteMode ?? 'reply';
  const q = s.quoted?.length ? quotedHtml(s.client, s.quoted, mode) : '';
  switch (s.client) {
    case 'outlook':
    case 'smb':
      return `${WORD_HEAD}${wordHtml(s.body)}\n${q ? `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n${q}\n</div>\n` : ''}</div>\n${footer ? footerHtml() : ''}\n</body>\n</html>\n`;
    case 'owa':
      return `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n${owaHtml(s.body)}\n${q ? `<div id="appendonsend"></div>\n${q}\n` : ''}${footer ? footerHtml() : ''}\n</body>\n</html>\n`;
    case 'ios':
    case 'android': {
      const sig = `<div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/${s.client === 'ios' ? 'o0ukef' : 'AAb9ysg'}">Outlook for ${s.client === 'ios' ? 'iOS' : 'Android'}</a></div>`;
      return `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="ltr">${divHtml(s.body, false)}</div>\n<div dir="ltr"><br></div>\n${sig}\n${q ? `<div id="mail-editor-reference-message-container">${q}</div>\n` : ''}${footer ? footerHtml() : ''}\n</body>\n</html>\n`;
    }
    case 'gmail':
      return `<div dir="ltr">${divHtml(s.body)}</div>${q ? `<br>${q}` : ''}\n`;
    case 'apple':
      return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${divHtml(s.body)}${q ? `<div><br><blockquote type="cite">${q}</blockquote></div>` : ''}</body></html>`;
    default:
      return '';
  }
}

function plainFor(s: Spec, footer: boolean): string {
  const mode = s.quoteMode ?? 'reply';
  let t = toPlain(s.body, s.client === 'outlook');
  if (s.client === 'ios') t += '\n\nGet Outlook for iOS<https://aka.ms/o0ukef>';
  if (s.client === 'android') t += '\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>';
  if (s.quoted?.length) t += `\n\n${quotedPlain(s.client, s.quoted, mode)}`;
  if (footer) t += `\n\n${NHSMAIL_FOOTER}`;
  return `${t.replace(/\n+$/, '')}\n`;
}

function attachmentPart(a: Attachment, client: Client, date: string): Part {
  const ct = a.contentType ?? 'application/pdf';
  const name = word(a.filename, client === 'gmail' ? 'Q' : 'B');
  if (client === 'outlook' || client === 'owa' || client === 'ios' || client === 'android') {
    return {
      headers: [
        `Content-Type: ${ct}; name="${name}"`,
        `Content-Description: ${name}`,
        `Content-Disposition: attachment; filename="${name}"; size=${a.data.length};\r\n\tcreation-date="${rfcDate(date)}";\r\n\tmodification-date="${rfcDate(date)}"`,
        'Content-Transfer-Encoding: base64',
      ],
      body: b64(a.data),
    };
  }
  if (client === 'gmail') {
    const xid = `f_${sha(a.data).slice(0, 10)}0`;
    return {
      headers: [`Content-Type: ${ct}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', `Content-ID: <${xid}>`, `X-Attachment-Id: ${xid}`],
      body: b64(a.data),
    };
  }
  return {
    headers: [`Content-Type: ${ct};\r\n\tname="${name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment;\r\n\tfilename="${name}"`],
    body: b64(a.data),
  };
}

export interface Built {
  eml: string;
  messageId: string;
}

/** Builds the whole RFC 5322 message for a spec. */
export function buildMail(spec: Spec): Built {
  const s = spec.smartQuotes ? { ...spec, body: spec.body.replace(/(\w)'(\w)/g, '$1\u2019$2').replace(/ - /g, ' \u2013 ') } : spec;
  const seed = `${s.from.email}|${s.date}|${s.subject}|${s.body}`;
  const { h, n, host, host2 } = idBits(seed);
  const nhs = s.from.email.endsWith('@nhs.net');
  const outlookish = s.client === 'outlook' || s.client === 'owa' || s.client === 'ios' || s.client === 'android';
  const footer = s.footer ?? (nhs && outlookish);
  const domain = s.from.email.split('@')[1]!;
  const hasAtt = (s.attachments?.length ?? 0) > 0;

  let messageId: string;
  if (outlookish) messageId = `<${host}${h.slice(0, 28).toUpperCase()}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
  else if (s.client === 'gmail') messageId = `<CA${Buffer.from(h.slice(0, 36), 'hex').toString('base64').replace(/\//g, '_').replace(/=+$/, '')}@mail.gmail.com>`;
  else if (s.client === 'smb') messageId = `<00${h.slice(0, 2)}01db${h.slice(2, 6)}$${h.slice(6, 14)}$${h.slice(14, 22)}$@${domain}>`;
  else if (s.client === 'apple') messageId = `<${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${h.slice(12, 16).toUpperCase()}-${h.slice(16, 20).toUpperCase()}-${h.slice(20, 32).toUpperCase()}@${domain}>`;
  else messageId = `<${h.slice(0, 20)}.${n(3, 90000) + 10000}@${domain}>`;

  const threadTopic = stripPrefix(s.subject);
  const headers: string[] = [];
  const d = rfcDate(s.date);
  const ip = `${n(9, 200) + 20}.${n(12, 250)}`;

  // Transport headers as the PCSE tenant stores them (newest first).
  if (nhs) {
    headers.push(`Received: from ${host2}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:${n(15, 900).toString(16)}:${n(18, 400).toString(16)}::${n(21, 30)})\r\n by ${host}.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${d}`);
    headers.push(`Authentication-Results: spf=pass (sender IP is 52.101.${ip})\r\n smtp.mailfrom=nhs.net; dkim=pass (signature was verified)\r\n header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;compauth=pass\r\n reason=100`);
  } else if (s.client === 'gmail') {
    headers.push(`Received: from mail-wr1-f${n(9, 70)}.google.com (mail-wr1-f${n(9, 70)}.google.com [209.85.221.${n(12, 250)}])\r\n by ${host}.GBRP265.PROD.OUTLOOK.COM with Microsoft SMTP Server (version=TLS1_3,\r\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8293.${n(15, 40)}; ${d}`);
    headers.push(`Authentication-Results: spf=pass (sender IP is 209.85.221.${n(12, 250)})\r\n smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\r\n header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass\r\n reason=100`);
  } else {
    const srv = s.server ?? `mail.${domain}`;
    headers.push(`Received: from ${srv} (${srv} [${n(9, 200) + 30}.${n(12, 250)}.${n(15, 250)}.${n(18, 250)}])\r\n by ${host}.GBRP265.PROD.OUTLOOK.COM with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8293.${n(15, 40)}; ${d}`);
    headers.push(`Authentication-Results: spf=pass (sender IP is ${n(9, 200) + 30}.${n(12, 250)}.${n(15, 250)}.${n(18, 250)})\r\n smtp.mailfrom=${domain}; dkim=${s.client === 'system' ? 'pass (signature was verified)' : 'none (message not signed)'}\r\n header.d=${s.client === 'system' ? domain : 'none'};dmarc=${s.client === 'system' ? 'pass' : 'none'} action=none header.from=${domain};compauth=${s.client === 'system' ? 'pass reason=100' : 'softpass reason=201'}`);
  }

  const enc = s.client === 'gmail' || s.client === 'apple' ? 'Q' : 'B';
  headers.push(fold('From', addr(s.from, enc)));
  headers.push(fold('To', s.to.map((a) => addr(a, enc)).join(', ')));
  if (s.cc?.length) headers.push(fold('CC', s.cc.map((a) => addr(a, enc)).join(', ')));
  headers.push(`Subject: ${word(s.subject, enc)}`);

  const inReply = s.quoted?.length && (s.quoteMode ?? 'reply') === 'reply' ? quotedId(s.quoted[0]!) : null;
  const refs = inReply ? [...s.quoted!].reverse().map(quotedId) : [];

  if (outlookish || s.client === 'smb') {
    headers.push(`Thread-Topic: ${word(threadTopic, 'B')}`);
    const ti = Buffer.from(h.slice(0, 44 + (s.quoted?.length ?? 0) * 10), 'hex').toString('base64');
    headers.push(`Thread-Index: ${ti}`);
  }
  headers.push(`Date: ${d}`);
  headers.push(`Message-ID: ${messageId}`);
  if (inReply) {
    headers.push(fold('References', refs.join(' ')));
    headers.push(`In-Reply-To: ${inReply}`);
  }
  if (outlookish) {
    headers.push('Accept-Language: en-GB, en-US');
    headers.push('Content-Language: en-GB');
    headers.push(`X-MS-Has-Attach: ${hasAtt ? 'yes' : ''}`);
    headers.push('X-MS-TNEF-Correlator: ');
    if (s.client === 'ios' || s.client === 'android') headers.push(`x-ms-exchange-messagesentrepresentingtype: 1`);
    headers.push(`x-ms-publictraffictype: Email`);
    headers.push(`x-ms-traffictypediagnostic: ${host2}:EE_|${host}:EE_`);
  } else if (s.client === 'smb') {
    headers.push('X-Mailer: Microsoft Outlook 16.0');
    headers.push('Content-Language: en-gb');
    headers.push(`X-MS-Exchange-Organization-SCL: 1`);
  } else if (s.client === 'apple') {
    headers.push('X-Mailer: iPhone Mail (22B91)');
  }
  headers.push(...(s.extraHeaders ?? []));

  const plain = plainFor(s, footer);
  let body: Part;
  if (s.client === 'system') {
    body = textPart(plain, { charset: 'us-ascii', cte: '7bit' });
  } else {
    const html = htmlFor(s, footer);
    const b = (tag: string) => (s.client === 'gmail' ? `000000000000${tag === '000' ? h.slice(40, 56) : h.slice(44, 60)}` : s.client === 'smb' ? `----=_NextPart_${tag}_00${h.slice(44, 46)}_01DB${h.slice(46, 50).toUpperCase()}.${h.slice(50, 58).toUpperCase()}` : s.client === 'apple' ? `Apple-Mail-${h.slice(40, 48).toUpperCase()}-${tag}` : `_${tag}_${host}${h.slice(28, 36).toUpperCase()}GBRP_`);
    const plainCte = s.client === 'gmail' && /^[\x00-\x7f]*$/.test(plain) && plain.split('\n').every((l) => l.length < 78) ? '7bit' : 'quoted-printable';
    const alt = multipart('alternative', b(s.client === 'smb' ? '001' : '000'), [
      textPart(plain, { charset: s.client === 'gmail' ? 'UTF-8' : 'utf-8', cte: plainCte }),
      textPart(html, { html: true, charset: s.client === 'gmail' ? 'UTF-8' : 'utf-8', cte: 'quoted-printable' }),
    ]);
    body = hasAtt ? multipart('mixed', b(s.client === 'smb' ? '000' : '004'), [alt, ...s.attachments!.map((a) => attachmentPart(a, s.client, s.date))]) : alt;
  }
  return { eml: render(headers, body), messageId };
}
