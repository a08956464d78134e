import { z } from 'zod';
import { makeFinding } from '../findings.js';
import { type CaseModule, EmailField, TextField, need, effectKey, recipients, reply, replyBase, findAccount } from './case-module.js';

export const VerificationLinkResendFieldsSchema = z.object({ accountEmail: EmailField, gmcNumber: TextField });
export type VerificationLinkResendFields = z.infer<typeof VerificationLinkResendFieldsSchema>;

/**
 * A new verification link for the sender's own account. Only the account holder may ask, so the
 * sender's address must be the account email (for GPs, the GMC-registered email; seed 002).
 */
export const verificationLinkResend: CaseModule<VerificationLinkResendFields> = {
  kind: 'verification_link_resend',
  label: 'verification link request',
  title: 'Verification link resend',
  mailboxes: ['portalenquiries'],
  fieldsSchema: VerificationLinkResendFieldsSchema,
  requiredFields: ['fields.accountEmail'],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent(parsed, f) {
    const sender = parsed.from.email?.toLowerCase() ?? null;
    if (sender && f.accountEmail && sender !== f.accountEmail) {
      return [makeFinding('not_own_account', 'The link is asked for an account whose email is not the sender\u2019s address.')];
    }
    return [];
  },
  checkDirectory(_parsed, f, facts) {
    if (findAccount(facts, f.accountEmail) === null) return [makeFinding('account_not_found', 'No account with this email in the directory.')];
    return [];
  },
  lookups(_parsed, f) {
    return { odsCodes: [], accounts: f.accountEmail ? [f.accountEmail] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const email = need('verification_link_resend', f.accountEmail, 'fields.accountEmail');
    return [
      { type: 'issue-verification-link', key: effectKey(context.caseId, 'verification-link', email), username: email },
      // The link goes to the account's own address, never to a third party.
      ...reply(context, 'done-verification-link-resend', recipients(email), { ...replyBase(parsed, context, parsed.from.name), accountEmail: email }),
    ];
  },
};
