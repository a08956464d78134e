// Shared shapes and small helpers for writer Q's emails and their expected cases.
import { esc, hash, htmlToText, mso, multipart, outlookHtml, textPart, type Charset, type Cte, type Entity } from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export interface Person { name: string | null; email: string | null }

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Email { slug: string; eml: () => Promise<Buffer>; expected: Omit<Expected, 'mailbox'> }

export const P = (name: string | null, email: string | null): Person => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export function exp(kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, mustRaise: string[], traits: string[], ignored: Expected['ignored'] = null): Omit<Expected, 'mailbox'> {
  return { kind, ignored, organisation, fields, mustRaise, traits };
}

export const PORTAL = 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>';
export const DATAMANAGER = 'PCSE Data Manager <pcse.datamanager@nhs.net>';
export const OPENEXETER = 'PCSE Open Exeter <pcse.openexeter@nhs.net>';

/** Exchange Online message ids, from a content hash. */
export function outlookId(seed: string): string {
  const h = hash(seed, 32).toUpperCase();
  const host = `LO${(parseInt(h.slice(0, 2), 16) % 7) + 2}P265MB${(parseInt(h.slice(2, 6), 16) % 9000) + 1000}`;
  return `<${host}${h}@${host}.GBRP265.PROD.OUTLOOK.COM>`;
}
export const appleId = (seed: string) => {
  const h = hash(seed, 32).toUpperCase();
  return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@${seed.replace(/.*@/, '')}>`;
};
export const gmailId = (seed: string) => `<CA+${Buffer.from(hash(seed, 40), 'hex').toString('base64').replace(/[+/=]/g, 'q')}@mail.gmail.com>`;
export const plainId = (seed: string, dom: string) => `<${hash(seed, 24)}.${hash(seed + '2', 8)}@${dom}>`;

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const NHSMAIL_FOOTER_HTML = `<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">********************************************************************************************************************<br>
<br>
This message may contain confidential information. If you are not the intended recipient please inform the<br>
sender that you have received the message in error before deleting it.<br>
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.<br>
<br>
NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.<br>
<br>
For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail</span></p>`;


/** Outlook's HTML for a plain text: one paragraph per line, addresses as mailto links. */
export function htmlOfText(text: string, footerHtml = ''): string {
  const lines = text.replace(/\u0001/g, '').replace(/\n+$/, '').split('\n').map((l) =>
    esc(l).replace(/([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g, '<a href="mailto:$1">$1</a>'));
  return outlookHtml(mso(lines) + (footerHtml ? `\n${footerHtml}` : ''));
}

/** multipart/alternative as Outlook sends it: the text and its HTML rendering. */
export function outlookAlt(text: string, o: { charset?: Charset; cte?: Cte; htmlCte?: Cte; footer?: boolean; html?: string } = {}): Entity {
  const fullText = o.footer ? `${text}${NHSMAIL_FOOTER}` : text;
  const html = o.html ?? htmlOfText(text, o.footer ? NHSMAIL_FOOTER_HTML : '');
  return multipart('alternative', [
    textPart(fullText, { charset: o.charset ?? 'utf-8', cte: o.cte ?? 'quoted-printable' }),
    textPart(html, { subtype: 'html', charset: 'utf-8', cte: o.htmlCte ?? 'quoted-printable' }),
  ]);
}

/** multipart/alternative from hand-written HTML; the text part is derived as the client would. */
export function htmlAlt(html: string, o: { textCte?: Cte; htmlCte?: Cte } = {}): Entity {
  return multipart('alternative', [
    textPart(htmlToText(html), { cte: o.textCte ?? 'quoted-printable' }),
    textPart(html, { subtype: 'html', cte: o.htmlCte ?? 'quoted-printable' }),
  ]);
}
