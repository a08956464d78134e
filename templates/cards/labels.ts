import type { CaseKind, CaseState, Mailbox, OrganisationType } from '../../core/domain/case.js';

/** Staff-facing names for case kinds (docs/domain.md "The case kinds"). */
export const KIND_LABELS: Record<CaseKind, string> = {
  user_admin_nomination: 'User administrator nomination',
  main_contact_change: 'Main contact change',
  verification_link_resend: 'Verification link resend',
  account_unlock: 'Account unlock',
  account_reactivation: 'Account reactivation',
  role_removal_request: 'Role removal request',
  practice_email_update: 'Practice email update',
  main_contact_extension: 'Main contact extension to a new practice',
  branch_setup: 'GP branch set-up',
  open_exeter_primary_user_request: 'Open Exeter primary user request',
  open_exeter_additional_permissions: 'Open Exeter additional permissions',
  open_exeter_new_user_authorisation: 'Open Exeter new user authorisation',
  unclassified: 'Unclassified email',
};

export const MAILBOX_LABELS: Record<Mailbox, string> = {
  portalenquiries: 'portalenquiries',
  datamanager: 'datamanager',
  openexeter: 'openexeter',
};

export const STATE_LABELS: Record<CaseState, string> = {
  needs_information: 'Needs information',
  awaiting_approval: 'Awaiting approval',
  approved: 'Approved, executing',
  executed: 'Executed, replying',
  replied: 'Done (replied)',
  rejected: 'Rejected',
  failed: 'Failed',
};

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  gp_practice: 'GP practice',
  gp_branch: 'GP branch',
  dental_practice: 'Dental practice',
  ophthalmic_practice: 'Ophthalmic practice',
  pharmacy: 'Pharmacy',
  pcn: 'PCN',
  other: 'Other',
};

/** The common reasons offered when rejecting; `other` requires the free-text explanation. */
export const REJECT_REASONS = [
  { value: 'not_authorised', title: 'The requester may not ask for this' },
  { value: 'organisation_unknown', title: 'Organisation not recognised' },
  { value: 'admin_limit_reached', title: 'User administrator limit reached' },
  { value: 'sender_unverified', title: 'Sender could not be verified' },
  { value: 'duplicate', title: 'Duplicate of another request' },
  { value: 'form_invalid', title: 'Form missing, unsigned or incomplete' },
  { value: 'other', title: 'Other (explain below)' },
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number]['value'];
