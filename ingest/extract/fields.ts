/**
 * Field extraction: the per-kind extractors in ./fields/ query the document model
 * (./labelled-lines.ts) with label synonyms and section scoping, then fall back to prose patterns.
 */
import { approver, existingAdminCount, detectService } from './fields/user-admin-nomination.js';
import { branch } from './fields/branch-setup.js';
import { extension } from './fields/main-contact-extension.js';
import { formSigned } from './fields/form-signed.js';
import { newUser } from './fields/open-exeter-new-user.js';
import { nominee } from './fields/people.js';
import { organisation, detectStatedType } from './fields/organisation.js';
import { permissions } from './fields/open-exeter-additional-permissions.js';
import { practiceEmails } from './fields/practice-email-update.js';
import { primaryUser } from './fields/open-exeter-primary-user.js';
import { roles } from './fields/role-removal-request.js';
import { set, type FieldContext, type FieldResult, type Ev } from './fields/context.js';
import { username } from './fields/username.js';
import { verification } from './fields/verification-link-resend.js';

/** Extracts the kind's fields, the organisation and the evidence for each value. */
export function extractFields(ctx: FieldContext): FieldResult {
  const ev: Ev = {};
  const typeLabel = ctx.labelled.find((v) => /\b(organi[sz]ation|practice|contractor) type\b|^type of (organi[sz]ation|practice)$/i.test(v.label) && v.value);
  const stated = (typeLabel ? detectStatedType(`Organisation type: ${typeLabel.value}`) : null) ?? detectStatedType(ctx.body);
  const result: FieldResult = { fields: {}, organisation: null, statedOrganisationType: stated, evidence: ev, formSigned: null };
  switch (ctx.kind) {
    case 'user_admin_nomination':
      result.fields = {
        service: set(ev, 'fields.service', detectService(ctx.body + '\n' + ctx.subject)),
        nominee: nominee(ctx, ev, 'fields.nominee'),
        approver: approver(ctx, ev),
        existingAdminCount: set(ev, 'fields.existingAdminCount', existingAdminCount(ctx.body)),
      };
      break;
    case 'main_contact_change':
      result.fields = { newMainContact: nominee(ctx, ev, 'fields.newMainContact', /\bmain contact\b/i) };
      break;
    case 'verification_link_resend':
      result.fields = verification(ctx, ev);
      break;
    case 'account_unlock':
    case 'account_reactivation':
      result.fields = { username: set(ev, 'fields.username', username(ctx)) };
      break;
    case 'role_removal_request':
      result.fields = { username: set(ev, 'fields.username', username(ctx)), roles: roles(ctx, ev) };
      break;
    case 'practice_email_update':
      result.fields = practiceEmails(ctx, ev);
      break;
    case 'main_contact_extension':
      result.fields = extension(ctx, ev);
      break;
    case 'branch_setup':
      result.fields = branch(ctx, ev);
      break;
    case 'open_exeter_primary_user_request':
      result.fields = primaryUser(ctx, ev);
      break;
    case 'open_exeter_additional_permissions':
      result.fields = permissions(ctx, ev);
      break;
    case 'open_exeter_new_user_authorisation':
      result.fields = newUser(ctx, ev);
      break;
    case 'unclassified':
      break;
    default: {
      // A kind added to CASE_KINDS without an extractor here fails to compile instead of extracting nothing.
      const _noExtractor: never = ctx.kind;
      break;
    }
  }
  result.organisation = organisation(ctx, ev, result.fields);
  result.formSigned = formSigned(ctx);
  return result;
}

export type { FieldContext, FieldResult } from './fields/context.js';
export { detectStatedType } from './fields/organisation.js';
