// Shared pieces for the emails of corpus 41: the expected-file shape and a few assembly helpers.
import {
  attachment, esc, gmailBoundary, msoParas, multipart, NHSMAIL_DISCLAIMER, nhsmailDisclaimerHtml, outlookBoundary, outlookHtml,
  textPart, type Mailbox, type Part,
} from './lib.js';
import type { PdfMeta } from './forms.js';

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
export interface Built { id: string; mailbox: Mailbox; eml: string; expected: Expected; pdfs: { name: string; kind: 'fillable' | 'flat' | 'scan'; pages: number }[] }

export const p = (name: string | null, email: string | null): Person => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export function exp(
  mailbox: Mailbox, kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>,
  o: { mustRaise?: string[]; traits: string[]; ignored?: Expected['ignored'] },
): Expected {
  return { mailbox, kind, ignored: o.ignored ?? null, organisation, fields, mustRaise: o.mustRaise ?? [], traits: o.traits };
}

/** `2026-11-02 09:14:22` (UTC) as a Date, for PDF metadata. */
export const at = (local: string): Date => new Date(`${local.replace(' ', 'T')}Z`);
export const meta = (title: string, creator: string, producer: string, local: string, author?: string): PdfMeta => ({ title, creator, producer, date: at(local), author });

/** Outlook's multipart/alternative: the plain text and Word's HTML of the same body. */
export function outlookAlt(id: string, text: string, o: { html?: string; disclaimer?: boolean; charset?: 'utf-8' | 'windows-1252' } = {}): Part {
  const disc = o.disclaimer ?? true;
  const plain = disc ? `${text}\n\n${NHSMAIL_DISCLAIMER}\n` : `${text}\n`;
  const htmlInner = `${o.html ?? msoParas(text)}${disc ? `\n${nhsmailDisclaimerHtml()}` : ''}`;
  return multipart('alternative', outlookBoundary(id, 1), [
    textPart(plain, { charset: o.charset ?? 'utf-8', csLabel: o.charset === 'windows-1252' ? 'Windows-1252' : 'utf-8' }),
    textPart(outlookHtml(htmlInner), { subtype: 'html', charset: o.charset ?? 'utf-8', csLabel: o.charset === 'windows-1252' ? 'Windows-1252' : 'utf-8' }),
  ]);
}

export function outlookPlain(text: string, disclaimer = true): Part {
  return textPart(disclaimer ? `${text}\n\n${NHSMAIL_DISCLAIMER}\n` : `${text}\n`);
}

export function outlookMixed(id: string, body: Part, atts: Part[]): Part {
  return multipart('mixed', outlookBoundary(id, 0), [body, ...atts]);
}

export function pdfAtt(name: string, data: Uint8Array, date: string, outlook = true): Part {
  return attachment(name, 'application/pdf', data, { outlook, date: outlookAttDate(date) });
}
const outlookAttDate = (local: string) => {
  const d = at(local);
  return d.toUTCString();
};

/** Gmail's alternative: plain and a `dir="ltr"` HTML of the same lines. */
export function gmailAlt(id: string, text: string, html?: string, n = 1): Part {
  const h = html ?? `<div dir="ltr">${text.split('\n').map((l) => (l.trim() ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('')}</div>\n`;
  return multipart('alternative', gmailBoundary(id, n), [textPart(`${text}\n`, { cte: 'qp', csLabel: 'UTF-8' }), textPart(h, { subtype: 'html', cte: 'qp', csLabel: 'UTF-8' })]);
}
