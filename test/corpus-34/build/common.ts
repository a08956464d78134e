// Shared pieces of corpus-34 (writer AD): the item shape, fixed dates and identifiers, footers and helpers.
import {
  type Addr, type Msg, type Node, hex, multi, outlookHtml, msoParas, renderMessage, text, html, NHSMAIL_FOOTER, nhsmailFooterHtml,
} from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export type PdfKind = 'acroform' | 'flat' | 'scan';
export interface Item { mailbox: Mailbox; slug: string; eml: string; expected: Expected; pdfs: PdfKind[] }

export interface Person { name: string | null; email: string | null }
export const person = (name: string | null, email: string | null): Person => ({ name, email: email ? email.toLowerCase() : null });

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** An RFC 5322 date in November 2026 (GMT). */
export function nov(day: number, h: number, m: number, s = 0): string {
  const wd = DAYS[new Date(Date.UTC(2026, 10, day)).getUTCDay()]!;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${wd}, ${day} Nov 2026 ${p(h)}:${p(m)}:${p(s)} +0000`;
}
/** The same moment as Outlook writes it in a quoted header ("17 November 2026 16:02"). */
export function novLong(day: number, h: number, m: number): string {
  const wd = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(Date.UTC(2026, 10, day)).getUTCDay()];
  return `${wd}, ${day} November 2026 ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export const outlookId = (key: string): string => {
  const host = `${['LO4', 'LO6', 'CWLP', 'DB9', 'AM9'][parseInt(hex(key, 2), 16) % 5]}P265MB${(parseInt(hex(`${key}n`, 4), 16) % 9000) + 1000}`;
  return `${host}${hex(`${key}id`, 28).toUpperCase()}@${host}.GBRP265.PROD.OUTLOOK.COM`;
};
export const uuid = (key: string): string => {
  const h = hex(key, 32).toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
export const appleId = (key: string, domain = 'nhs.net'): string => `${uuid(key)}@${domain}`;
export const gmailId = (key: string): string => `CA+${hex(`${key}g`, 12)}Xq${hex(`${key}h`, 20)}=${hex(`${key}i`, 6)}@mail.gmail.com`;

export const outlookBoundary = (key: string, n = '000'): string => `_${n}_${hex(`${key}b`, 4).toUpperCase()}P265MB${hex(`${key}c`, 24).toUpperCase()}_`;
export const appleBoundary = (key: string): string => `Apple-Mail-${uuid(`${key}ab`)}`;
export const gmailBoundary = (key: string): string => `000000000000${hex(`${key}gb`, 16)}`;

/** Outlook's alternative: the text as written and the same lines as Word HTML, with optional extra HTML. */
export function outlookAlt(key: string, body: string, o: { htmlFragment?: string; footer?: boolean; font?: string } = {}): Node {
  const txt = o.footer ? `${body}\n\n${NHSMAIL_FOOTER}` : body;
  const frag = (o.htmlFragment ?? msoParas(body)) + (o.footer ? `\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${nhsmailFooterHtml()}` : '');
  return multi('alternative', outlookBoundary(key), [text(txt), html(outlookHtml(frag, { font: o.font }))]);
}

export function withPdfs(key: string, main: Node, pdfs: Node[]): Node {
  return multi('mixed', outlookBoundary(key, '004'), [main, ...pdfs]);
}

export const mbxAddr: Record<Mailbox, Addr> = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
};

export function item(mailbox: Mailbox, slug: string, msg: Omit<Msg, 'to'> & { to?: Addr[] }, expected: Omit<Expected, 'mailbox'>, pdfs: PdfKind[] = []): Item {
  const full: Msg = { ...msg, to: msg.to ?? [mbxAddr[mailbox]] };
  return { mailbox, slug, eml: renderMessage(full), expected: { mailbox, ...expected }, pdfs };
}

/** A practice's own disclaimer, naming partners who are not the people of the request. */
export function practiceDisclaimer(practice: string, partners: string[]): string {
  return `DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it; any use, disclosure or copying is prohibited. ${practice} is a partnership. Partners: ${partners.join(', ')}. ${practice} accepts no liability for viruses; please check attachments before opening. Please consider the environment before printing this email.`;
}

export { html, text, multi };
