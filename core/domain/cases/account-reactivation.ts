import { z } from 'zod';
import type { ParsedCase } from '../case.js';
import type { DirectoryAccount } from '../directory-facts.js';
import type { Effect } from '../effects.js';
import { makeFinding } from '../findings.js';
import { type ApprovalContext, type CaseModule, TextField, need, effectKey, recipients, reply, replyBase, findAccount } from './case-module.js';

export const AccountReactivationFieldsSchema = z.object({ username: TextField });
export type AccountReactivationFields = z.infer<typeof AccountReactivationFieldsSchema>;

/** Roles whose holders ask PCSE, not their own user administrator, to reactivate them (seed 002). */
const ADMIN_ROLE = /administrator|administration|user management|main contact|primary user/i;

/** True when the account holds a user-administrator or main-contact role somewhere. */
export function isAdminOrMainContact(account: DirectoryAccount): boolean {
  return account.roles.some((r) => ADMIN_ROLE.test(r.role));
}

/**
 * Reactivate a deactivated account. PCSE does it only for user administrators and main contacts;
 * everyone else is advised to ask their own user administrator (see planReactivationAdvice).
 */
export const accountReactivation: CaseModule<AccountReactivationFields> = {
  kind: 'account_reactivation',
  label: 'account reactivation',
  title: 'Account reactivation',
  mailboxes: ['portalenquiries'],
  fieldsSchema: AccountReactivationFieldsSchema,
  requiredFields: ['fields.username'],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent() {
    return [];
  },
  checkDirectory(_parsed, f, facts) {
    const account = findAccount(facts, f.username);
    if (account === null) return [makeFinding('account_not_found', 'No account with this username in the directory.')];
    if (!account) return [];
    const findings = [];
    if (!isAdminOrMainContact(account)) {
      findings.push(makeFinding('not_admin_or_main_contact', 'The account holds no user-administrator or main-contact role: reject with the advice to ask their own user administrator.'));
    }
    if (account.active) findings.push(makeFinding('account_already_active', 'The account is already active in the directory.'));
    return findings;
  },
  lookups(_parsed, f) {
    return { odsCodes: [], accounts: f.username ? [f.username] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const username = need('account_reactivation', f.username, 'fields.username');
    return [
      { type: 'reactivate-account', key: effectKey(context.caseId, 'reactivate', username), username },
      ...reply(context, 'done-account-reactivation', recipients(context.requesterEmail), { ...replyBase(parsed, context, parsed.from.name), username }),
    ];
  },
};

/** The advice reply for someone who is not an admin or main contact: ask your own user administrator. */
export function planReactivationAdvice(parsed: ParsedCase, context: ApprovalContext): Effect[] {
  const f = AccountReactivationFieldsSchema.safeParse(parsed.fields);
  return reply(context, 'advice-reactivation-ask-your-admin', recipients(context.requesterEmail), {
    ...replyBase(parsed, context, parsed.from.name),
    username: f.success ? f.data.username : null,
  });
}
