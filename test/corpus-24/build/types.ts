// The expected case for each email (test/corpus/README.md, "Conventions of the expected files").
import type { Mailbox, MailSpec } from './lib.js';

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
  spec: MailSpec;
  expected: Expected;
}

export type Person = { name: string | null; email: string | null };
export const person = (name: string | null, email: string | null): Person => ({ name, email: email ? email.toLowerCase() : null });
export const org = (odsCode: string | null, type: OrgType): Expected['organisation'] => ({ odsCode, type });
