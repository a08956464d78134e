import type { Mailbox } from './clients.js';

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

export interface Email {
  slug: string;
  mailbox: Mailbox;
  eml: string;
  expected: Expected;
}

export const person = (name: string | null, email: string | null) => ({ name, email });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ name, email, role });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

/** The expected case for one email; `fields` already in the contract's shape for the kind. */
export function expected(mailbox: Mailbox, kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, opts: { mustRaise?: string[]; traits?: string[]; ignored?: Expected['ignored'] } = {}): Expected {
  return { mailbox, kind, ignored: opts.ignored ?? null, organisation, fields, mustRaise: opts.mustRaise ?? [], traits: opts.traits ?? [] };
}

export const unclassified = (mailbox: Mailbox, traits: string[], ignored: Expected['ignored'] = null): Expected =>
  expected(mailbox, 'unclassified', null, {}, { traits, ignored });
