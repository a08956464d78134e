import type { Mail, Mailbox } from './clients.js';

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Item {
  slug: string;
  mail: Mail;
  expected: Expected;
}

export type Builder = () => Promise<Item[]>;
export type { Mailbox };

export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });
export const person = (name: string | null, email: string | null) => ({ name, email });

/** An unclassified email: organisation and fields are not scored. */
export const unclassified = (traits: string[], ignored: 'auto_reply' | 'bounce' | null = null): Expected => ({
  kind: 'unclassified',
  ignored,
  organisation: null,
  fields: {},
  mustRaise: [],
  traits,
});
