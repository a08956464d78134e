// Header sets and body shapes of the clients and gateways that deliver mail to the PCSE mailboxes.
import { hexOf, b64Of, htmlEscape, encWord } from './mime.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDR: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export interface ExpectedCase {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email {
  mailbox: Mailbox;
  slug: string;
  eml: Buffer;
  expected: ExpectedCase;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date in November/December 2026 (no clock is read). */
export function rfcDate(day: number, hh: number, mm: number, ss = 0, tz = '+0000', month = 11): string {
  const d = new Date(Date.UTC(2026, month - 1, day, hh, mm, ss));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[month - 1]} 2026 ${p(hh)}:${p(mm)}:${p(ss)} ${tz}`;
}

/** "14 November 2026 10:12" style for quoted headers. */
export function longDate(day: number, hh: number, mm: number, month = 11): string {
  const d = new Date(Date.UTC(2026, month - 1, day));
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[d.getUTCDay()]}, ${day} ${mon[month - 1]} 2026 ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

export type Client = 'outlook' | 'owa' | 'gmail' | 'gmail-android' | 'apple' | 'iphone' | 'thunderbird' | 'samsung' | 'notes' | 'legacy' | 'system';

export interface Env {
  client: Client;
  seed: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
  inReplyTo?: string;
  auth?: { domain: string; dkim: 'pass' | 'none' | 'fail' } | null;
  extra?: [string, string][];
  messageId?: string;
}

export function msgId(c: Client, seed: string): string {
  switch (c) {
    case 'outlook':
    case 'owa':
      return `<${hexOf(seed, 4).toUpperCase()}P265MB${hexOf(seed + 'a', 4).toUpperCase()}${hexOf(seed + 'b', 8).toUpperCase()}@${hexOf(seed + 'c', 4).toUpperCase()}P265MB${hexOf(seed + 'd', 4).toUpperCase()}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'gmail':
    case 'gmail-android':
      return `<CA${b64Of(seed, 42)}@mail.gmail.com>`;
    case 'apple':
    case 'iphone':
      return `<${hexOf(seed, 8).toUpperCase()}-${hexOf(seed + 'x', 4).toUpperCase()}-${hexOf(seed + 'y', 4).toUpperCase()}-${hexOf(seed + 'z', 4).toUpperCase()}-${hexOf(seed + 'w', 12).toUpperCase()}@${c === 'iphone' ? 'nhs.net' : 'icloud.com'}>`;
    case 'thunderbird':
      return `<${hexOf(seed, 8)}-${hexOf(seed + '1', 4)}-${hexOf(seed + '2', 4)}-${hexOf(seed + '3', 4)}-${hexOf(seed + '4', 12)}@surgerymail.co.uk>`;
    case 'samsung':
      return `<${hexOf(seed, 16)}.${hexOf(seed + 's', 8)}@email.android.com>`;
    case 'notes':
      return `<OF${hexOf(seed, 8).toUpperCase()}.${hexOf(seed + 'n', 8).toUpperCase()}-ON80258B${hexOf(seed + 'm', 4).toUpperCase()}@notes.local>`;
    case 'legacy':
      return `<${hexOf(seed, 12)}.practicemail@mx.gp-systems.co.uk>`;
    case 'system':
      return `<${hexOf(seed, 20)}@openexeter.nhs.uk>`;
  }
}

/** A display name with specials is quoted, as every client writes it ("Roe Gillian (PRACTICE)" <x@nhs.net>). */
function quoteName(v: string): string {
  const m = /^([^"<]+?)\s*<([^>]+)>$/.exec(v);
  if (!m || !/[(),.:;@[\]]/.test(m[1]!) || m[1]!.includes('=?')) return v;
  return `"${m[1]}" <${m[2]}>`;
}

/** A subject with non-ASCII characters goes out as RFC 2047 encoded words. */
function asciiSubject(v: string): string {
  return /[^\x00-\x7f]/.test(v) ? encWord(v, 'Q') : v;
}

/** Top headers in the order the client (and Exchange Online on the way in) writes them. */
export function topHeaders(raw: Env): [string, string][] {
  const e: Env = { ...raw, from: quoteName(raw.from), to: quoteName(raw.to), cc: raw.cc === undefined ? undefined : quoteName(raw.cc), subject: asciiSubject(raw.subject) };
  const id = e.messageId ?? msgId(e.client, e.seed);
  const h: [string, string][] = [];
  const fromDomain = /@([^>\s]+)>?\s*$/.exec(e.from)?.[1] ?? 'nhs.net';
  const auth = e.auth === undefined ? { domain: fromDomain, dkim: 'pass' as const } : e.auth;
  if (auth) {
    h.push(['Authentication-Results', `spf=pass (sender IP is 40.92.${(hexOf(e.seed, 2).charCodeAt(0) % 200) + 10}.${(hexOf(e.seed, 4).charCodeAt(3) % 200) + 10})\r\n smtp.mailfrom=${auth.domain}; dkim=${auth.dkim} (signature was verified)\r\n header.d=${auth.domain};dmarc=pass action=none\r\n header.from=${auth.domain};compauth=pass reason=100`]);
  }
  h.push(['Received', `from ${hexOf(e.seed, 4).toUpperCase()}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e0::11) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM\r\n with HTTPS; ${e.date}`]);
  const base = (): void => {
    h.push(['From', e.from], ['To', e.to]);
    if (e.cc) h.push(['CC', e.cc]);
    h.push(['Subject', e.subject]);
  };
  switch (e.client) {
    case 'outlook':
    case 'owa':
      base();
      h.push(['Thread-Topic', e.subject.includes('=?') ? e.subject : e.subject.replace(/^((RE|FW|Fwd?):\s*)+/i, '')]);
      h.push(['Thread-Index', `AQH${b64Of(e.seed + 'ti', 28)}==`]);
      h.push(['Date', e.date], ['Message-ID', id]);
      if (e.inReplyTo) h.push(['References', e.inReplyTo], ['In-Reply-To', e.inReplyTo]);
      h.push(['Accept-Language', 'en-GB, en-US'], ['Content-Language', 'en-GB'], ['X-MS-Has-Attach', ''], ['X-MS-TNEF-Correlator', '']);
      if (e.client === 'owa') h.push(['x-ms-exchange-messagesentrepresentingtype', '1'], ['x-originating-ip', '[10.214.3.7]']);
      else h.push(['msip_labels', '']);
      break;
    case 'gmail':
    case 'gmail-android':
      if (e.inReplyTo) h.push(['References', e.inReplyTo], ['In-Reply-To', e.inReplyTo]);
      h.push(['From', e.from], ['Date', e.date], ['Message-ID', id], ['Subject', e.subject], ['To', e.to]);
      if (e.cc) h.push(['Cc', e.cc]);
      break;
    case 'apple':
    case 'iphone':
      h.push(['From', e.from]);
      h.push(['X-Mailer', e.client === 'iphone' ? 'iPhone Mail (22B91)' : 'Apple Mail (2.3826.200.121)']);
      h.push(['Date', e.date], ['Subject', e.subject], ['Message-Id', id]);
      if (e.inReplyTo) h.push(['References', e.inReplyTo], ['In-Reply-To', e.inReplyTo]);
      h.push(['To', e.to]);
      if (e.cc) h.push(['Cc', e.cc]);
      break;
    case 'thunderbird':
      h.push(['Message-ID', id], ['Date', e.date]);
      h.push(['User-Agent', 'Mozilla Thunderbird'], ['Content-Language', 'en-GB']);
      h.push(['To', e.to]);
      if (e.cc) h.push(['Cc', e.cc]);
      h.push(['From', e.from], ['Subject', e.subject]);
      if (e.inReplyTo) h.push(['In-Reply-To', e.inReplyTo], ['References', e.inReplyTo]);
      break;
    case 'samsung':
      h.push(['Date', e.date], ['Subject', e.subject], ['Message-ID', id], ['X-Android-Message-ID', id]);
      h.push(['From', e.from], ['To', e.to]);
      if (e.cc) h.push(['CC', e.cc]);
      h.push(['Importance', 'Normal'], ['X-Priority', '3'], ['Priority', 'normal']);
      break;
    case 'notes':
      base();
      h.push(['Message-ID', id], ['Date', e.date]);
      h.push(['X-Mailer', 'Lotus Notes Release 9.0.1FP10 SHF383 January 24, 2019'], ['X-MIMETrack', 'Serialize by Router on NOTES01/HEALTH at 1' + e.date.slice(5, 16)]);
      break;
    case 'legacy':
      h.push(['Date', e.date], ['From', e.from], ['To', e.to]);
      if (e.cc) h.push(['Cc', e.cc]);
      h.push(['Subject', e.subject], ['Message-ID', id], ['X-Mailer', 'PracticeMail 4.2 (Win32)']);
      break;
    case 'system':
      h.push(['Date', e.date], ['From', e.from], ['To', e.to], ['Subject', e.subject], ['Message-ID', id]);
      break;
  }
  if (e.extra) h.push(...e.extra);
  return h;
}

// ---------------------------------------------------------------- body shapes

export const CAUTION_TEXT = 'CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.';
export const EXTERNAL_TEXT = '[EXTERNAL] This message came from outside NHSmail. Take care with links and attachments.';

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const SCANNED_FOOTER = `______________________________________________________________________
This email has been scanned by the Symantec Email Security.cloud service.
______________________________________________________________________`;

export const LEGAL_MULTI = `DISCLAIMER: The information contained in this e-mail and any attachments is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted in reliance on it is prohibited and may be unlawful. If you have received this e-mail in error please notify the sender immediately and delete it from your system.
AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite.
HYSBYSIAD: Mae'r neges e-bost hon ac unrhyw atodiadau yn gyfrinachol. Os nad chi yw'r derbynnydd bwriadedig, rhowch wybod i'r anfonwr a dilëwch y neges.
HINWEIS: Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.`;

/** A Safe Links rewrite of a URL or mailto: link. */
export function safeLink(target: string, seed: string): string {
  return `https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02%7C%7C${hexOf(seed, 20)}%7C37c354b285b24b0e8e2f0f44c5e2d5a1%7C0%7C0%7C638${hexOf(seed + 'd', 12).replace(/[a-f]/g, '7')}%7CUnknown&sdata=${b64Of(seed + 's', 40)}%3D&reserved=0`;
}

/** A Proofpoint URL Defense rewrite. */
export function urlDefense(target: string, seed: string): string {
  return `https://urldefense.com/v3/__${target}__;!!Nb${b64Of(seed, 10)}!${b64Of(seed + 'u', 48)}$`;
}

export interface WordOpts {
  banner?: 'caution' | 'external';
  /** lines of a signature table (nested), the first may be "[[LOGO]]" */
  sig?: string[];
  logoCid?: string;
  logoAlt?: string;
  quoted?: { from: string; sent: string; to: string; cc?: string; subject: string; body: string; style?: 'angle' | 'mailto' };
  footer?: string;
  linkify?: (s: string) => string;
}

const WORD_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>`;

function msoP(line: string, linkify: (s: string) => string): string {
  if (line.trim() === '') return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>';
  if (line.startsWith('- ')) return `<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-size:11.0pt;font-family:Symbol"><span style="mso-list:Ignore">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><![endif]><span style="font-size:11.0pt">${linkify(htmlEscape(line.slice(2)))}<o:p></o:p></span></p>`;
  const bold = /^\*\*(.+?)\*\*(.*)$/.exec(line);
  if (bold) return `<p class="MsoNormal"><b><span style="font-size:11.0pt">${linkify(htmlEscape(bold[1]!))}</span></b><span style="font-size:11.0pt">${linkify(htmlEscape(bold[2]!))}<o:p></o:p></span></p>`;
  return `<p class="MsoNormal"><span style="font-size:11.0pt">${linkify(htmlEscape(line))}<o:p></o:p></span></p>`;
}

export const defaultLinkify = (s: string): string => s.replace(/([A-Za-z0-9._'-]+@[A-Za-z0-9.-]+\.[a-z]{2,})/g, '<a href="mailto:$1">$1</a>');

/** Outlook desktop's Word HTML: MsoNormal paragraphs, <o:p>, nested layout tables, a cid: logo. */
export function wordHtml(main: string, o: WordOpts = {}, charset = 'utf-8'): string {
  const lk = o.linkify ?? defaultLinkify;
  const parts: string[] = [WORD_HEAD.replace('CHARSET', charset), '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">'];
  if (o.banner === 'caution') {
    parts.push(`<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="left" width="100%" style="width:100.0%;mso-cellspacing:0cm;mso-yfti-tbllook:1184;mso-table-lspace:2.25pt;mso-table-rspace:2.25pt;mso-table-anchor-vertical:paragraph;mso-table-anchor-horizontal:column;mso-table-left:left;mso-padding-alt:0cm 0cm 0cm 0cm">
<tr><td style="background:#FFEB9C;padding:5.25pt 1.5pt 5.25pt 1.5pt"></td><td width="100%" style="width:100.0%;background:#FFEB9C;padding:5.25pt 3.75pt 5.25pt 11.25pt"><div><p class="MsoNormal" style="mso-element:frame;mso-element-frame-hspace:2.25pt;mso-element-wrap:around;mso-element-anchor-vertical:paragraph;mso-element-anchor-horizontal:column;mso-height-rule:exactly"><span style="font-size:9.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#222222">${htmlEscape(CAUTION_TEXT)}<o:p></o:p></span></p></div></td></tr></table>`);
  } else if (o.banner === 'external') {
    parts.push(`<div style="border:solid #9C0006 1.0pt;padding:4.0pt;background:#FFC7CE"><p class="MsoNormal"><b><span style="font-size:9.0pt;color:#9C0006">${htmlEscape(EXTERNAL_TEXT)}</span></b><o:p></o:p></p></div>`);
  }
  parts.push('<div class="WordSection1">');
  for (const l of main.split('\n')) parts.push(msoP(l, lk));
  if (o.sig) {
    parts.push('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>');
    if (o.logoCid) parts.push(`<td width="130" valign="top" style="width:97.5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><span style="mso-ligatures:none"><img width="120" height="32" style="width:1.25in;height:.3333in" id="Picture_x0020_1" src="cid:${o.logoCid}" alt="${htmlEscape(o.logoAlt ?? '')}"></span><o:p></o:p></p></td>`);
    parts.push('<td valign="top" style="padding:0cm 5.4pt 0cm 5.4pt"><table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding:0cm 0cm 0cm 0cm">');
    for (const l of o.sig) parts.push(msoP(l, lk));
    parts.push('</td></tr></table></td></tr></table>');
  }
  if (o.quoted) {
    const q = o.quoted;
    parts.push('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
    parts.push('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">');
    const fromHtml = q.style === 'mailto' ? htmlEscape(q.from).replace(/\[mailto:([^\]]+)\]/, '[<a href="mailto:$1">mailto:$1</a>]') : htmlEscape(q.from).replace(/&lt;([^&]+)&gt;/, '&lt;<a href="mailto:$1">$1</a>&gt;');
    parts.push(`<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> ${fromHtml}<br><b>Sent:</b> ${htmlEscape(q.sent)}<br><b>To:</b> ${htmlEscape(q.to)}<br>${q.cc ? `<b>Cc:</b> ${htmlEscape(q.cc)}<br>` : ''}<b>Subject:</b> ${htmlEscape(q.subject)}<o:p></o:p></span></p></div>`);
    parts.push('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
    for (const l of q.body.split('\n')) parts.push(msoP(l, lk));
  }
  if (o.footer) {
    parts.push('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
    for (const l of o.footer.split('\n')) parts.push(`<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">${htmlEscape(l)}<o:p></o:p></span></p>`);
  }
  parts.push('</div>', '</body>', '</html>');
  return parts.join('\n');
}

/** Outlook's plain-text alternative of the same message. */
export function wordText(main: string, o: WordOpts = {}): string {
  const out: string[] = [];
  if (o.banner === 'caution') out.push(CAUTION_TEXT, '');
  if (o.banner === 'external') out.push(EXTERNAL_TEXT, '');
  out.push(main.split('\n').map((l) => (l.startsWith('- ') ? `  *   ${l.slice(2)}` : l)).join('\n'));
  if (o.sig) {
    if (o.logoCid) out.push(`[${o.logoAlt ?? 'cid:' + o.logoCid}]`);
    out.push(...o.sig.map((l) => l.replace(/\*\*/g, '')));
  }
  if (o.quoted) {
    const q = o.quoted;
    out.push('', `From: ${q.from}`, `Sent: ${q.sent}`, `To: ${q.to}`);
    if (q.cc) out.push(`Cc: ${q.cc}`);
    out.push(`Subject: ${q.subject}`, '', q.body);
  }
  if (o.footer) out.push('', o.footer);
  return out.join('\n').replace(/\*\*/g, '');
}

/** Simple HTML (Gmail, Apple, OWA): div per line, <br> for blank lines. */
export function divHtml(main: string, o: { gmailQuote?: { attribution: string; body: string }; forwardGmail?: { header: string[]; body: string }; dir?: 'ltr'; style?: string; linkify?: (s: string) => string; appleQuote?: { attribution: string; body: string } } = {}): string {
  const lk = o.linkify ?? defaultLinkify;
  const line = (l: string) => (l.trim() === '' ? '<div><br></div>' : `<div>${lk(htmlEscape(l))}</div>`);
  const parts: string[] = [`<div dir="ltr"${o.style ? ` style="${o.style}"` : ''}>`, ...main.split('\n').map(line)];
  if (o.forwardGmail) {
    parts.push('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>');
    parts.push(o.forwardGmail.header.map((h) => lk(htmlEscape(h)).replace(/^(From|Date|Subject|To|Cc):/, '$1:')).join('<br>'));
    parts.push('<br></div><br><br>', `<div dir="ltr">${o.forwardGmail.body.split('\n').map(line).join('\n')}</div>`, '</div>');
  }
  parts.push('</div>');
  if (o.gmailQuote) {
    parts.push(`<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${htmlEscape(o.gmailQuote.attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${o.gmailQuote.body.split('\n').map(line).join('\n')}</blockquote></div>`);
  }
  if (o.appleQuote) {
    parts.push(`<div><br><blockquote type="cite"><div>${htmlEscape(o.appleQuote.attribution)}</div><br>${o.appleQuote.body.split('\n').map(line).join('\n')}</blockquote></div>`);
  }
  return parts.join('\n');
}

export const quoteLines = (s: string): string => s.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
