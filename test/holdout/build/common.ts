/** Shared pieces of the held-out emails: boundary stamps, footers, quoting styles. */
import { authPass } from './mime.js';

export const NHS_AUTH = authPass('nhs.net');
export const GMAIL_AUTH = authPass('gmail.com', '209.85.221.44');
export const HOTMAIL_AUTH = authPass('hotmail.co.uk', '40.92.18.102');

/** A spoof: the boundary's own (topmost) stamp fails; a look-alike lower stamp claims a pass. */
export const SPOOF_AUTH = [
  'Authentication-Results: spf=softfail (sender IP is 185.220.101.7)\r\n smtp.mailfrom=nhs.net; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject header.from=nhs.net;compauth=fail\r\n reason=001',
  'Received: from smtp.bulk-sender.invalid (185.220.101.7) by AM0PR01MB1234.eurprd01.prod.exchangelabs.com',
  'Authentication-Results: smtp.bulk-sender.invalid; spf=pass smtp.mailfrom=nhs.net; dkim=pass header.d=nhs.net; dmarc=pass header.from=nhs.net',
].join('\r\n');

export const PORTAL = 'pcse.portalenquiries@nhs.net';
export const DATAMGR = 'pcse.datamanager@nhs.net';
export const OE = 'pcse.openexeter@nhs.net';

/** The shorter NHSmail disclaimer some trusts' tenants append. */
export const FOOTER_SHORT = `
-----------------------------------------------------------------------
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. NHSmail is the secure email and directory service for NHS staff in England.
-----------------------------------------------------------------------`;

/** A practice's own legal footer, full of other names and numbers. */
export function practiceFooter(practice: string, partners: string, phone: string): string {
  return `
__________________________________
${practice}
Partners: ${partners}
Reception ${phone} | Prescriptions line 9am-11am only
CQC registered. Please consider the environment before printing this e-mail.`;
}

export const IPHONE = '\nSent from my iPhone';
export const OUTLOOK_MOBILE = '\nGet Outlook for Android';

/** Gmail-style quote: attribution line then every line prefixed with "> ". */
export function gmailQuote(attribution: string, body: string): string {
  return `\n${attribution}\n\n${body.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n')}`;
}

/** Outlook desktop quote: a rule, From/Sent/To/Subject block, unindented body. */
export function outlookQuote(from: string, sent: string, to: string, subject: string, body: string): string {
  return `\n\n________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
}

/** Gmail forward block. */
export function gmailForward(from: string, date: string, subject: string, to: string, body: string): string {
  return `\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
}

/** Outlook HTML shell with its MsoNormal paragraphs. */
export function outlookHtml(inner: string): string {
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--
p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
${inner}
</div></body></html>`;
}

export const p = (s: string): string => `<p class="MsoNormal">${s}<o:p></o:p></p>`;
