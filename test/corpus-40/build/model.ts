// The shape of one corpus item: the message as sent and the case a careful PCSE staff member would enter.
import type { MailSpec } from './clients.js';
import type { Mailbox } from './lib.js';

export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';
export type Kind =
  | 'user_admin_nomination' | 'main_contact_change' | 'verification_link_resend' | 'account_unlock' | 'account_reactivation'
  | 'role_removal_request' | 'practice_email_update' | 'main_contact_extension' | 'branch_setup'
  | 'open_exeter_primary_user_request' | 'open_exeter_additional_permissions' | 'open_exeter_new_user_authorisation' | 'unclassified';

export interface Expected {
  mailbox: Mailbox;
  kind: Kind;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

/** `raw`, when set, is the whole message as written by hand (bounces, system notifications). */
export interface Item { spec: MailSpec; expected: Expected; raw?: string }

export interface Person { name: string | null; email: string | null }
export const person = (name: string | null, email: string | null): Person => ({ name, email });

export const org = (odsCode: string | null, type: OrgType): Expected['organisation'] => ({ odsCode, type });

export function item(spec: MailSpec, e: Omit<Expected, 'mailbox' | 'ignored' | 'mustRaise' | 'traits'> & Partial<Pick<Expected, 'ignored' | 'mustRaise' | 'traits'>>): Item {
  return {
    spec,
    expected: {
      mailbox: spec.mailbox,
      kind: e.kind,
      ignored: e.ignored ?? null,
      organisation: e.organisation,
      fields: e.fields,
      mustRaise: e.mustRaise ?? [],
      traits: e.traits ?? [],
    },
  };
}

export const NHSMAIL_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** PCSE's acknowledgement, as it appears quoted under a practice's reply. */
export function pcseAck(ref: string, subject: string): string[] {
  return [
    'Thank you for contacting Primary Care Support England (PCSE).',
    '',
    `Your enquiry has been logged with reference ${ref}. Please quote this reference in the subject line of any further emails about this enquiry.`,
    '',
    `Subject of your enquiry: ${subject}`,
    '',
    'We aim to respond within 5 working days.',
    '',
    'Kind regards',
    'PCSE Online Support',
    'Primary Care Support England',
  ];
}
