/**
 * Shared pieces of the corpus: the expected-file shape, builders that always write every contract
 * leaf (null where the email does not give it, so invented values are caught), and the boilerplate
 * real NHS mail carries (NHSmail footers, Authentication-Results, signatures with other people in).
 */
import type { MessageSpec } from './mime.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type Nullable<T> = T | null;

export interface PersonX {
  name: string | null;
  email: string | null;
}

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: null | 'auto_reply' | 'bounce';
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  /** Free-text tags describing what makes this email hard (for the corpus composition report). */
  traits: string[];
}

export interface CorpusEntry {
  n: number;
  slug: string;
  mailbox: Mailbox;
  /** Either a message spec or a raw RFC 5322 text (bounces, odd mailers). */
  message?: MessageSpec;
  raw?: string;
  expected: Omit<Expected, 'mailbox'>;
}

export const person = (name: string | null, email: string | null): PersonX => ({ name, email });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ name, email, role });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });

export const MAILBOX_ADDR: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

/** The NHSmail boundary's topmost Authentication-Results (no authserv-id, as Exchange Online writes it). */
export function authResults(domain: string, verdict: 'pass' | 'fail' = 'pass'): string {
  const v = verdict;
  return (
    `Authentication-Results: spf=${v} (sender IP is 40.92.${domain.length}.21)\n smtp.mailfrom=${domain}; dkim=${v} (signature was verified)\n` +
    ` header.d=${domain};dmarc=${v} action=${v === 'pass' ? 'none' : 'oreject'}\n header.from=${domain};compauth=${v} reason=${v === 'pass' ? '100' : '000'}`
  );
}

export function received(host: string, day: string): string {
  return `Received: from ${host} (2603:10a6:20b:3e0::11) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM\n with HTTPS; ${day}`;
}

export const OUTLOOK_HEADERS = [
  'X-MS-Has-Attach: ',
  'X-MS-TNEF-Correlator: ',
  'Content-Language: en-GB',
  'Thread-Topic: PCSE request',
];

export const NHSMAIL_FOOTER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p style="font-size:8pt;color:#808080">********************************************************************************************************************<br>
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br><br>
NHSmail is the secure email and directory service available for all NHS staff in England.</p>`;

/** Wraps an Outlook-style HTML body. */
export function outlookHtml(inner: string): string {
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${inner}
</div>
</body>
</html>`;
}

/** Standard header block for a message from an NHSmail user to one of our mailboxes. */
export function nhsMessage(
  mailbox: Mailbox,
  from: string,
  subject: string,
  date: string,
  id: string,
  extra: Partial<MessageSpec> = {},
): MessageSpec {
  const domain = /@([^>]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? 'nhs.net';
  return {
    from,
    to: MAILBOX_ADDR[mailbox],
    subject,
    date,
    messageId: `<${id}@${domain.includes('nhs.net') ? 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM' : domain}>`,
    topHeaders: [authResults(domain), received('LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM', date)],
    headers: domain === 'nhs.net' ? OUTLOOK_HEADERS : [],
    ...extra,
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An RFC 5322 date in November 2026, UK time (GMT in November). */
export function nov(day: number, time: string): string {
  const wd = DAYS[new Date(Date.UTC(2026, 10, day)).getUTCDay()];
  return `${wd}, ${day} Nov 2026 ${time} +0000`;
}
