import { z } from 'zod';
import { makeFinding } from '../findings.js';
import { type CaseModule, TextField, StringListField, recipients, reply, replyBase } from './case-module.js';

export const RoleRemovalRequestFieldsSchema = z.object({ username: TextField, roles: StringListField });
export type RoleRemovalRequestFields = z.infer<typeof RoleRemovalRequestFieldsSchema>;

/**
 * Remove roles from a user. PCSE does not remove roles (seed 000): approving changes nothing in
 * the directory and only sends advice to ask the practice's user administrator.
 */
export const roleRemovalRequest: CaseModule<RoleRemovalRequestFields> = {
  kind: 'role_removal_request',
  label: 'role removal request',
  title: 'Role removal request',
  mailboxes: ['portalenquiries'],
  fieldsSchema: RoleRemovalRequestFieldsSchema,
  requiredFields: [],
  riskLevel: 'standard',
  needsPhoneVerification: false,
  checkContent() {
    return [makeFinding('role_removal_not_done_by_pcse', 'PCSE does not remove roles: approving sends advice to ask the practice\u2019s user administrator.')];
  },
  checkDirectory() {
    return [];
  },
  lookups() {
    return { odsCodes: [], accounts: [], authorisedEmails: [] };
  },
  approve(parsed, f, context) {
    return reply(context, 'advice-role-removal', recipients(context.requesterEmail), {
      ...replyBase(parsed, context, parsed.from.name),
      username: f.username,
      roles: f.roles,
    });
  },
};
