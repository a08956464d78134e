import { z } from 'zod';
import type { Finding } from '../case.js';
import { makeFinding } from '../findings.js';
import { isNhsEmail } from '../people.js';
import {
  type CaseModule, NameField, EmailField, TextField, StringListField, enumField, need, effectKey, recipients, reply, replyBase,
  checkOrganisation, findAccount,
} from './case-module.js';
import { PERMISSION_REQUESTERS, SIGNATORY_ROLES, signatoryInRole } from './open-exeter-roles.js';

export const OpenExeterAdditionalPermissionsFieldsSchema = z.object({
  user: z.preprocess((v) => (v === undefined || v === null ? {} : v), z.object({ name: NameField, email: EmailField, username: TextField })),
  permissions: StringListField,
  signatory: z.preprocess(
    (v) => (v === undefined || v === null ? {} : v),
    z.object({ name: NameField, email: EmailField, role: enumField([...SIGNATORY_ROLES]) }),
  ),
});
export type OpenExeterAdditionalPermissionsFields = z.infer<typeof OpenExeterAdditionalPermissionsFieldsSchema>;

/**
 * More Open Exeter permissions for an existing user. The email must come from an NHS address and
 * from a Lead GP, GP Partner, Caldicott Guardian or Board member.
 */
export const openExeterAdditionalPermissions: CaseModule<OpenExeterAdditionalPermissionsFields> = {
  kind: 'open_exeter_additional_permissions',
  label: 'Open Exeter additional permissions',
  title: 'Open Exeter additional permissions',
  mailboxes: ['openexeter'],
  fieldsSchema: OpenExeterAdditionalPermissionsFieldsSchema,
  requiredFields: ['organisation.odsCode', 'fields.user.username', 'fields.permissions', 'fields.signatory.role'],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent(parsed, f) {
    const findings: Finding[] = [];
    if (parsed.from.email && !isNhsEmail(parsed.from.email)) {
      findings.push(makeFinding('sender_not_nhs', 'Requests for more Open Exeter permissions must come from an NHS address.'));
    }
    if (f.signatory.role && !PERMISSION_REQUESTERS.includes(f.signatory.role)) {
      findings.push(makeFinding('signatory_role_not_allowed', `${signatoryInRole(f.signatory.role)} may not ask for more permissions.`));
    }
    return findings;
  },
  checkDirectory(parsed, f, facts) {
    const findings = checkOrganisation(facts, parsed.organisation?.odsCode ?? null);
    if (findAccount(facts, f.user.username) === null) findings.push(makeFinding('account_not_found', 'No account with this username in the directory.'));
    return findings;
  },
  lookups(parsed, f) {
    const code = parsed.organisation?.odsCode;
    return { odsCodes: code ? [code] : [], accounts: f.user.username ? [f.user.username] : [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    const kind = 'open_exeter_additional_permissions';
    const odsCode = need(kind, parsed.organisation?.odsCode, 'organisation.odsCode');
    const username = need(kind, f.user.username, 'fields.user.username');
    if (f.permissions.length === 0) need(kind, null, 'fields.permissions');
    return [
      ...f.permissions.map((role) => ({
        type: 'grant-role' as const,
        key: effectKey(context.caseId, 'grant-role', username, odsCode, 'OPEN_EXETER', role),
        username,
        odsCode,
        service: 'OPEN_EXETER' as const,
        role,
      })),
      ...reply(context, 'done-open-exeter-additional-permissions', recipients(context.requesterEmail), {
        ...replyBase(parsed, context, parsed.from.name),
        username,
        permissions: f.permissions,
      }),
    ];
  },
};
