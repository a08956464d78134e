// What one corpus item is: the message as sent, and the case a careful PCSE caseworker would enter from it.
import type { MailSpec } from './lib.js';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Entry {
  slug: string;
  mailbox: Mailbox;
  mail: Omit<MailSpec, 'id'>;
  expected: Expected;
}

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export const noise = (ignored: 'auto_reply' | 'bounce' | null, traits: string[]): Expected => ({
  kind: 'unclassified',
  ignored,
  organisation: null,
  fields: {},
  mustRaise: [],
  traits,
});

/** An Outlook quoted header block, as Outlook writes it in the plain-text part of a reply or forward. */
export function outlookQuote(q: { from: string; sent: string; to: string; cc?: string; subject: string; body: string }, rule = false): string {
  return `${rule ? '________________________________\n' : ''}From: ${q.from}\nSent: ${q.sent}\nTo: ${q.to}\n${q.cc ? `Cc: ${q.cc}\n` : ''}Subject: ${q.subject}\n\n${q.body}`;
}

/** A Gmail or Apple style quote: attribution line and ">" lines. */
export function angleQuote(attribution: string, body: string): string {
  return `${attribution}\n${body
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n')}`;
}

export const PCSE_SIGN = `Kind regards

PCSE Online Support
Primary Care Support England
W: pcse.england.nhs.uk`;
