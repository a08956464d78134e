/**
 * Shared pieces of corpus 7: the expected-file shape, one builder per kind that always writes every contract leaf
 * (null where the email does not give it, so an invented value is caught), and what real mail around the NHS carries
 * (NHSmail's stamp and footer, Outlook's HTML and its quoted-thread headers, phone signatures).
 */
import type { MessageSpec } from './mime.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Expected {
  kind: string;
  ignored: null | 'auto_reply' | 'bounce';
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Entry {
  n: number;
  slug: string;
  mailbox: Mailbox;
  message?: MessageSpec;
  /** Whole RFC 5322 text, for mailers our writer does not imitate (bounces). */
  raw?: string;
  expected: Expected;
}

export interface Person { name: string | null; email: string | null }
type Role = { role: string | null };
export type OeRole = 'lead_gp' | 'gp_partner' | 'caldicott_guardian' | 'existing_primary_contact' | 'board_member' | 'existing_primary_user' | 'other';

export const p = (name: string | null, email: string | null): Person => ({ name, email });
export const pr = (name: string | null, email: string | null, role: string | null): Person & Role => ({ name, email, role });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });

// One builder per kind: the argument types make every leaf of docs/case-contract.md explicit.
export const F = {
  nomination: (service: 'GPP' | 'PL' | 'OPTO' | 'PCN', nominee: Person, approver: (Person & Role) | null) => ({ service, nominee, approver }),
  mainContactChange: (newMainContact: Person) => ({ newMainContact }),
  verification: (accountEmail: string | null, gmcNumber: string | null) => ({ accountEmail, gmcNumber }),
  unlock: (username: string | null) => ({ username }),
  reactivation: (username: string | null) => ({ username }),
  roleRemoval: (username: string | null, roles: string[]) => ({ username, roles }),
  practiceEmail: (currentEmail: string | null, newEmail: string | null) => ({ currentEmail, newEmail }),
  extension: (
    existingPractice: { odsCode: string | null; name: string | null; mainContact: Person; address: string | null; phone: string | null },
    newPractice: { odsCode: string | null; name: string | null; address: string | null },
  ) => ({ existingPractice, newPractice }),
  branch: (
    mainPractice: { odsCode: string | null; name: string | null; mainContact: Person; address: string | null; phone: string | null },
    branch: { odsCode: string | null; name: string | null; address: string | null; phone: string | null; mainContact: Person & { title: string | null } },
  ) => ({ mainPractice, branch }),
  oePrimary: (organisationKind: 'gp_practice' | 'other', nominee: Person, signatory: Person & { role: OeRole }) => ({ organisationKind, nominee, signatory }),
  oePermissions: (user: Person & { username: string | null }, permissions: string[], signatory: Person & { role: OeRole }) => ({ user, permissions, signatory }),
  oeNewUser: (user: Person & { username: string | null }, createdBy: Person) => ({ user, createdBy }),
  none: () => ({}),
};

export const MAILBOX_ADDRESS: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: '"PCSE Open Exeter (NHS ENGLAND)" <pcse.openexeter@nhs.net>',
};

/** The stamp Exchange Online puts on mail reaching NHSmail, topmost. */
export function stamp(domain: string, ip: string): string {
  return (
    `Authentication-Results: spf=pass (sender IP is ${ip})\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\n` +
    ` header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass\n reason=100`
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date, UK winter time. */
export function date(month: 11 | 12, day: number, time: string): string {
  const wd = DAYS[new Date(Date.UTC(2026, month - 1, day)).getUTCDay()];
  return `${wd}, ${day} ${MONTHS[month - 1]} 2026 ${time} +0000`;
}

/** A date written the way Outlook writes "Sent:" in a quoted header. */
export function sentLine(month: 11 | 12, day: number, hhmm: string): string {
  const d = new Date(Date.UTC(2026, month - 1, day));
  const long = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
  const mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
  return `${long}, ${day} ${mon} 2026 ${hhmm}`;
}

/** Headers for a message arriving at one of PCSE's mailboxes, from NHSmail unless the address says otherwise. */
export function arrives(mailbox: Mailbox, from: string, subject: string, when: string, id: string, extra: Partial<MessageSpec> = {}): MessageSpec {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? 'nhs.net';
  const nhs = domain === 'nhs.net';
  const ip = nhs ? '52.101.73.' + (id.length * 7) : '209.85.221.' + (id.length * 3);
  return {
    from,
    to: MAILBOX_ADDRESS[mailbox],
    subject,
    date: when,
    messageId: nhs ? `<${id}@DB9PR02MB7212.eurprd02.prod.outlook.com>` : `<${id}@mail.${domain}>`,
    topHeaders: [stamp(domain, ip), `Received: from ${nhs ? 'DB9PR02MB7212.eurprd02.prod.outlook.com' : `mail.${domain}`} by AM9P265MB1731.GBRP265.PROD.OUTLOOK.COM\n with HTTPS; ${when}`],
    headers: nhs ? ['Content-Language: en-GB', 'X-MS-Has-Attach: ', 'X-MS-Exchange-Organization-SCL: 1'] : [],
    ...extra,
  };
}

export const FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const FOOTER_HTML = `<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">********************************************************************************************************************<br>
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br>
<br>NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.</span></p>`;

/** An Outlook (Word engine) HTML document around the given body. */
export function outlook(body: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Arial",sans-serif; color:windowtext;}
table.MsoTableGrid {border:solid windowtext 1.0pt; font-size:11.0pt;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>`;
}

/** Paragraphs as Outlook writes them, one <p class="MsoNormal"> per line, blank lines as &nbsp;. */
export function paras(textBlock: string): string {
  return textBlock
    .split('\n')
    .map((l) => `<p class="MsoNormal">${l.trim() === '' ? '<o:p>&nbsp;</o:p>' : escapeHtml(l).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')}<o:p></o:p></p>`)
    .join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A bordered Word table: each row is a list of cells; the first row may be a header. */
export function table(rows: string[][], header = false): string {
  const tr = rows
    .map((cells, i) => `<tr>${cells.map((c) => `<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt" valign="top"><p class="MsoNormal">${i === 0 && header ? `<b>${escapeHtml(c)}</b>` : escapeHtml(c)}<o:p></o:p></p></td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n${tr}\n</tbody>\n</table>`;
}

/** The header block Outlook writes above a quoted message in a reply or forward. */
export function quoteHeaderHtml(from: string, sent: string, to: string, subject: string, cc?: string): string {
  return `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> ${escapeHtml(from)}<br>
<b>Sent:</b> ${sent}<br>
<b>To:</b> ${escapeHtml(to)}<br>${cc ? `\n<b>Cc:</b> ${escapeHtml(cc)}<br>` : ''}
<b>Subject:</b> ${escapeHtml(subject)}<o:p></o:p></p>
</div>`;
}

export function quoteHeaderText(from: string, sent: string, to: string, subject: string, cc?: string): string {
  return `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}\n`;
}

/**
 * The plain-text alternative Outlook writes beside its HTML: paragraphs become lines, table cells are separated by
 * tabs and rows by line breaks, tags go, entities are decoded.
 */
export function htmlToText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  return body
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/(<o:p><\/o:p>)?<\/p>\s*<\/td>/gi, '</td>')
    .replace(/<\/tr>\s*<tr>/gi, '</tr><tr>')
    .replace(/<\/td>\s*<td[^>]*>/gi, '\t')
    .replace(/<\/tr>\n?/gi, '\n')
    .replace(/<br\s*\/?>\n?/gi, '\n')
    .replace(/<\/p>\n?/gi, '\n')
    .replace(/<\/(div|h\d|li)>\n?/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<a [^>]*href="mailto:([^"]+)"[^>]*>[\s\S]*?<\/a>/gi, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

/** Outlook sends both: the HTML and its plain-text rendering. */
export function both(html: string): { html: string; text: string } {
  return { html, text: htmlToText(html) };
}
