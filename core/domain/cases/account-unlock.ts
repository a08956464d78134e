import { z } from 'zod';
import { makeFinding } from '../findings.js';
import { type CaseModule, TextField, need, effectKey, recipients, reply, replyBase, findAccount } from './case-module.js';

export const AccountUnlockFieldsSchema = z.object({ username: TextField });
export type AccountUnlockFields = z.infer<typeof AccountUnlockFieldsSchema>;

/** Unlock an account locked by five wrong passwords; only PCSE can (seed 002). */
export const accountUnlock: CaseModule<AccountUnlockFields> = {
  kind: 'account_unlock',
  label: 'account unlock',
  title: 'Account unlock',
  mailboxes: ['portalenquiries'],
  fieldsSchema: AccountUnlockFieldsSchema,
  requiredFields: ['fields.username'],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent() {
    return [];
  },
  checkDirectory(_parsed, f, facts) {
    const account = findAccount(facts, f.username);
    if (account === null) return [makeFinding('account_not_found', 'No account with this username in the directory.')];
    if (account && !account.locked) return [makeFinding('account_not_locked', 'The account is not locked in the directory.')];
    return [];
  },
  lookups(_parsed, f) {
    return { odsCodes: [], accounts: f.username ? [f.username] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const username = need('account_unlock', f.username, 'fields.username');
    return [
      { type: 'unlock-account', key: effectKey(context.caseId, 'unlock', username), username },
      ...reply(context, 'done-account-unlock', recipients(context.requesterEmail), { ...replyBase(parsed, context, parsed.from.name), username }),
    ];
  },
};
