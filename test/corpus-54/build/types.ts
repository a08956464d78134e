// Shared shapes and small helpers for corpus 54's email definitions.
import type { Attachment, Message } from './lib.js';

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

export interface Email {
  mailbox: Mailbox;
  slug: string;
  msg: Omit<Message, 'date' | 'messageId' | 'attachments' | 'to'> & { to?: string };
  msgHost?: string;
  attachments?: Attachment[];
  expected: Expected;
}

export const person = (name: string | null, email: string | null) => ({ name, email });
export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

export const NHS_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.

NHSmail is the secure email and directory service available for all NHS staff in England.`;

export const unclassified = (traits: string[], ignored: 'auto_reply' | 'bounce' | null = null): Expected =>
  ({ kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits });
