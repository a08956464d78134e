// Shared pieces of corpus 25's emails: the three mailboxes, forward and reply headers as mail clients write them,
// text-to-HTML as Outlook renders a typed message, and the expected-case builder.
import { esc, type Email, type Expected, type Msg, outlookDoc, outlookSent, gmailSent, render, rfcDate } from './lib.js';

export const PORTAL: [string, string] = ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'];
export const DM: [string, string] = ['PCSE Data Manager', 'pcse.datamanager@nhs.net'];
export const OE: [string, string] = ['PCSE Open Exeter', 'pcse.openexeter@nhs.net'];

type Who = [string | null, string];
const who = (w: Who) => (w[0] ? `${w[0]} <${w[1]}>` : w[1]);

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The header block new Outlook puts above a forwarded or replied-to message. */
export function outlookBlock(from: Who, iso: string, to: Who[], subject: string, cc: Who[] = []): string {
  return [
    '________________________________',
    `From: ${who(from)}`,
    `Sent: ${outlookSent(iso)}`,
    `To: ${to.map(who).join('; ')}`,
    ...(cc.length ? [`Cc: ${cc.map(who).join('; ')}`] : []),
    `Subject: ${subject}`,
    '',
  ].join('\n');
}

/** Classic Outlook's plain-text "Original Message" block. */
export function classicBlock(from: Who, iso: string, to: Who[], subject: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const time = `${h % 12 === 0 ? 12 : h % 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  return [
    '-----Original Message-----',
    `From: ${from[0] ?? from[1]} <${from[1]}>`,
    `Sent: ${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${time}`,
    `To: ${to.map((t) => t[0] ?? t[1]).join('; ')}`,
    `Subject: ${subject}`,
    '',
  ].join('\n');
}

export function gmailBlock(from: Who, iso: string, to: Who[], subject: string): string {
  return ['---------- Forwarded message ---------', `From: ${who(from)}`, `Date: ${gmailSent(iso)}`, `Subject: ${subject}`, `To: ${to.map(who).join(', ')}`, ''].join('\n');
}

export function appleBlock(from: Who, iso: string, to: Who[], subject: string): string {
  const d = new Date(iso);
  return [
    'Begin forwarded message:',
    '',
    `From: ${who(from)}`,
    `Subject: ${subject}`,
    `Date: ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:00 GMT`,
    `To: ${to.map(who).join(', ')}`,
    '',
  ].join('\n');
}

/** Outlook's HTML for a typed plain message: paragraphs on blank lines, header blocks bolded, the rule as a border. */
export function toOutlookHtml(t: string): string {
  const out: string[] = [];
  for (const p of t.split(/\n\s*\n/)) {
    const lines = p.split('\n');
    if (lines[0] === '________________________________') {
      const rest = lines.slice(1).map((l) => esc(l).replace(/^(From|Sent|To|Cc|Subject):/, '<b>$1:</b>'));
      out.push(`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">${rest.join('<br>\n')}<o:p></o:p></p>\n</div>`);
    } else {
      out.push(`<p class="MsoNormal">${lines.map((l) => esc(l)).join('<br>\n')}<o:p></o:p></p>`);
    }
    out.push('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
  }
  return outlookDoc(out.join('\n'));
}

export const date = rfcDate;

export interface Org { odsCode: string | null; type: string }
export const org = (odsCode: string | null, type: string): Org => ({ odsCode, type });

export function expected(
  mailbox: Expected['mailbox'], kind: string, organisation: Org | null, fields: Record<string, unknown>,
  opts: { mustRaise?: string[]; traits?: string[]; ignored?: Expected['ignored'] } = {},
): Expected {
  return { mailbox, kind, ignored: opts.ignored ?? null, organisation, fields, mustRaise: opts.mustRaise ?? [], traits: opts.traits ?? [] };
}

export function email(slug: string, msg: Msg, exp: Expected, pdfs = 0, scans = 0): Email {
  return { slug, eml: render(msg), expected: exp, pdfs, scans };
}

export const unclassified = (mailbox: Expected['mailbox'], traits: string[], ignored: Expected['ignored'] = null): Expected =>
  expected(mailbox, 'unclassified', null, {}, { traits, ignored });
