import { z } from 'zod';
import { makeFinding } from '../findings.js';
import { type CaseModule, PersonField, NameField, EmailField, TextField, need, effectKey, recipients, reply, replyBase, findAccount } from './case-module.js';
import { PRIMARY_USER_ROLE } from './open-exeter-primary-user-request.js';

export const OpenExeterNewUserAuthorisationFieldsSchema = z.object({
  user: z.preprocess((v) => (v === undefined || v === null ? {} : v), z.object({ name: NameField, email: EmailField, username: TextField })),
  createdBy: PersonField,
});
export type OpenExeterNewUserAuthorisationFields = z.infer<typeof OpenExeterNewUserAuthorisationFieldsSchema>;

/**
 * Open Exeter's own notice that a primary user created a new user. PCSE authorises the user and
 * issues a temporary password; the creator must be a primary user of that organisation.
 */
export const openExeterNewUserAuthorisation: CaseModule<OpenExeterNewUserAuthorisationFields> = {
  kind: 'open_exeter_new_user_authorisation',
  label: 'Open Exeter new user authorisation',
  title: 'Open Exeter new user authorisation',
  mailboxes: ['openexeter'],
  fieldsSchema: OpenExeterNewUserAuthorisationFieldsSchema,
  requiredFields: ['fields.user.username', 'fields.createdBy.email'],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent() {
    return [];
  },
  checkDirectory(parsed, f, facts) {
    const creator = findAccount(facts, f.createdBy.email);
    if (creator === undefined) return [];
    const code = parsed.organisation?.odsCode ?? null;
    const isPrimary = creator?.roles.some((r) => r.service === 'OPEN_EXETER' && r.role === PRIMARY_USER_ROLE && (!code || r.odsCode === code));
    return isPrimary ? [] : [makeFinding('primary_user_not_found', 'The user who created this account is not a primary user of the organisation in the directory.')];
  },
  lookups(parsed, f) {
    const code = parsed.organisation?.odsCode;
    return { odsCodes: code ? [code] : [], accounts: f.createdBy.email ? [f.createdBy.email] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'open_exeter_new_user_authorisation';
    const username = need(kind, f.user.username, 'fields.user.username');
    return [
      { type: 'ensure-user', key: effectKey(context.caseId, 'ensure-user', username), email: f.user.email, username, name: f.user.name },
      { type: 'issue-temporary-password', key: effectKey(context.caseId, 'temporary-password', username), username },
      // The notice goes to the primary user who created the account: Open Exeter's notice itself is automatic.
      ...reply(context, 'done-open-exeter-new-user-authorisation', recipients(f.createdBy.email), {
        ...replyBase(parsed, context, f.createdBy.name),
        username,
        userName: f.user.name,
      }),
    ];
  },
};
