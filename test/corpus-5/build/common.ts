/** Shared pieces for corpus 5: NHSmail headers, Outlook-style HTML, quoted history and the expected-file shape. */
import type { MessageSpec } from './mime.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const MAILBOX_ADDR: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface CorpusEmail {
  mailbox: Mailbox;
  slug: string;
  msg: MessageSpec;
  expected: Omit<Expected, 'mailbox'>;
}

/** The NHSmail boundary's stamp as Exchange Online writes it (topmost, no authserv-id), then the hops. */
export function nhsAuth(n: number, fromDomain = 'nhs.net'): string[] {
  const ip = `40.107.${20 + (n % 40)}.${100 + n}`;
  return [
    `Authentication-Results: spf=pass (sender IP is ${ip}) smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified) header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};compauth=pass reason=100`,
    `Received: from LO2P265MB${4000 + n}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a2::${n.toString(16)}) by CWLP265MB${5100 + n}.GBRP265.PROD.OUTLOOK.COM with HTTPS; Mon, 16 Nov 2026 08:0${n % 10}:12 +0000`,
  ];
}

export function outlookHeaders(n: number, threadTopic?: string): string[] {
  const h = [
    `X-MS-Has-Attach: `,
    `X-MS-TNEF-Correlator: `,
    `X-MS-Exchange-Organization-AuthAs: Anonymous`,
    `X-MS-Exchange-Organization-SCL: 1`,
    `Content-Language: en-GB`,
  ];
  if (threadTopic) h.unshift(`Thread-Topic: ${threadTopic}`, `Thread-Index: AQHa${Buffer.from(`t${n}${threadTopic}`).toString('base64').slice(0, 22)}`);
  return h;
}

export const mid = (n: number, host = 'LO2P265MB4123.GBRP265.PROD.OUTLOOK.COM') =>
  `<LO2P265MB${(4100 + n * 7).toString()}${Buffer.from(`c5-${n}`).toString('hex').toUpperCase().slice(0, 12)}@${host}>`;

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs in Word's HTML dialect. Lines are HTML already. */
export const p = (...lines: string[]) => lines.map((l) => `<p class="MsoNormal">${l === '' ? '&nbsp;' : l}<o:p></o:p></p>`).join('\n');

export function table(rows: [string, string][], header?: [string, string]): string {
  const td = (s: string, bold = false) =>
    `<td width="300" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${bold ? `<b>${s}</b>` : s}<o:p></o:p></p></td>`;
  const head = header ? `<tr>${td(header[0], true)}${td(header[1], true)}</tr>` : '';
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n${head}${rows.map(([a, b]) => `<tr>${td(a, true)}${td(b)}</tr>`).join('\n')}\n</table>`;
}

export function signature(lines: string[], disclaimer = true): string {
  const first = `<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#005EB8">${lines[0]}</span></b><o:p></o:p></p>`;
  const rest = lines.slice(1).map((l) => `<p class="MsoNormal"><span style="font-size:9.0pt;color:#425563">${l}</span><o:p></o:p></p>`).join('\n');
  const disc = disclaimer
    ? `<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents: to do so is strictly prohibited and may be unlawful. Thank you for your co-operation. NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.</span><o:p></o:p></p>`
    : '';
  return `<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n${first}\n${rest}\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n${disc}`;
}

/** Outlook's reply/forward separator and header block. */
export function quoted(from: string, sent: string, to: string, subject: string, inner: string, cc?: string): string {
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> ${esc(from)}<br>
<b>Sent:</b> ${sent}<br>
<b>To:</b> ${esc(to)}<br>${cc ? `\n<b>Cc:</b> ${esc(cc)}<br>` : ''}
<b>Subject:</b> ${esc(subject)}<o:p></o:p></p>
</div>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
${inner}`;
}

export function outlook(body: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-compose;font-family:"Aptos",sans-serif;color:windowtext;}
@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>`;
}

/** The plain-text alternative Outlook writes beside the HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/i, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/td>/gi, '\t')
    .replace(/<\/(p|tr|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

/** Plain text quoted the way Outlook on the web quotes in text replies. */
export function textQuote(from: string, sent: string, to: string, subject: string, body: string): string {
  return `\n________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
}

export const person = (name: string | null, email: string | null) => ({ name, email });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ name, email, role });
