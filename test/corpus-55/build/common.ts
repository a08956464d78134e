// Shared helpers for the emails of corpus-55 (writer AY).
import { alt, html, text, toHtml, type Expected, type Part } from './lib.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** A fixed December 2026 (or given month) date as an RFC 5322 string. */
export function dt(day: number, time: string, month = 12, zone = '+0000'): string {
  const wd = DAYS[new Date(Date.UTC(2026, month - 1, day)).getUTCDay()]!;
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]!;
  return `${wd}, ${day} ${mon} 2026 ${time}:00 ${zone}`;
}

export const p = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: string) => ({ odsCode, type });

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Outlook-style text + HTML alternative (tables written as "| a | b |" lines). */
export const outlook = (body: string, footer = true): Part => {
  const b = footer ? `${body}\n${NHSMAIL_FOOTER}` : body;
  return alt(text(b.replace(/^\|(.*)\|$/gm, (_m, row: string) => row.split('|').map((c) => c.trim()).join('\t'))), html(toHtml(b)));
};
/** Gmail-style HTML-only message. */
export const gmailHtml = (body: string): Part => html(toHtml(body, 'arial,sans-serif'));

export const unclassified = (traits: string[], ignored: Expected['ignored'] = null): Expected => ({ kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits });

export const exp = (kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, traits: string[], mustRaise: string[] = []): Expected => ({
  kind, ignored: null, organisation, fields, mustRaise, traits,
});
