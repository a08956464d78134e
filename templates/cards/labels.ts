import { CASE_KINDS, type CaseKind, type CaseState, type Mailbox, type OrganisationType } from '../../core/domain/case.js';
import { getCaseModule } from '../../core/domain/cases/registry.js';

/** Staff-facing names for case kinds: each kind's module owns its title (core/domain/cases). */
export const KIND_LABELS: Record<CaseKind, string> = Object.fromEntries(CASE_KINDS.map((kind) => [kind, getCaseModule(kind).title])) as Record<CaseKind, string>;

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
