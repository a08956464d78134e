import { accountReactivation } from './account-reactivation.js';
import { accountUnlock } from './account-unlock.js';
import { branchSetup } from './branch-setup.js';
import type { CaseModule } from './case-module.js';
import { mainContactChange } from './main-contact-change.js';
import { mainContactExtension } from './main-contact-extension.js';
import { openExeterAdditionalPermissions } from './open-exeter-additional-permissions.js';
import { openExeterNewUserAuthorisation } from './open-exeter-new-user-authorisation.js';
import { openExeterPrimaryUserRequest } from './open-exeter-primary-user-request.js';
import { practiceEmailUpdate } from './practice-email-update.js';
import { roleRemovalRequest } from './role-removal-request.js';
import { unclassified } from './unclassified.js';
import { userAdminNomination } from './user-admin-nomination.js';
import { verificationLinkResend } from './verification-link-resend.js';

/**
 * The one list of case kinds: each key is a kind (CaseKind and CASE_KINDS in ../case.ts come from here) and its
 * value the kind's module. Adding a kind is adding its module here; everything keyed by CaseKind then refuses to
 * compile until the kind has its entry (the extractor in ingest/extract/kinds.ts, for one).
 */
export const CASE_MODULES = {
  user_admin_nomination: userAdminNomination,
  main_contact_change: mainContactChange,
  verification_link_resend: verificationLinkResend,
  account_unlock: accountUnlock,
  account_reactivation: accountReactivation,
  role_removal_request: roleRemovalRequest,
  practice_email_update: practiceEmailUpdate,
  main_contact_extension: mainContactExtension,
  branch_setup: branchSetup,
  open_exeter_primary_user_request: openExeterPrimaryUserRequest,
  open_exeter_additional_permissions: openExeterAdditionalPermissions,
  open_exeter_new_user_authorisation: openExeterNewUserAuthorisation,
  unclassified,
};

/** The module for a kind, falling back to `unclassified` for a value that is not a kind (stored JSON can be old). */
export function getCaseModule(kind: string): CaseModule {
  return (CASE_MODULES as Record<string, CaseModule>)[kind] ?? unclassified;
}
