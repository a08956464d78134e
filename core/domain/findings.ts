import type { Finding } from './case.js';

/**
 * The catalogue of finding codes: checks that did not pass, shown to the approver. The first group
 * is fixed by docs/case-contract.md; the rest are ours. A finding's severity says how much it
 * should weigh: `error` = approving would be wrong unless the approver knows better, `warning` =
 * look before approving, `info` = context.
 */
export const FINDING_CATALOGUE = {
  // docs/case-contract.md
  ods_invalid: { severity: 'error', title: 'ODS code not recognised' },
  ods_type_mismatch: { severity: 'error', title: 'Organisation type does not match the ODS code' },
  branch_code_mismatch: { severity: 'error', title: 'Branch code does not follow the main practice code' },
  signatory_role_not_allowed: { severity: 'error', title: 'Signatory role may not sign this request' },
  missing_signature: { severity: 'error', title: 'Form is not signed' },
  sender_not_nhs: { severity: 'error', title: 'Sender is not on an NHS address' },
  sender_unauthenticated: { severity: 'error', title: 'Sender not authenticated (failed, or not checked)' },
  not_own_account: { severity: 'error', title: 'Request is for someone else\u2019s account' },
  individual_mailbox: { severity: 'warning', title: 'New practice email looks like a personal mailbox' },
  admin_limit_reached: { severity: 'error', title: 'Four user administrators already', review: true },
  approver_not_on_ael: { severity: 'error', title: 'Approver is not on the Authorised Email List', review: true },
  main_contact_exists: { severity: 'info', title: 'Replaces the current main contact', review: true },
  // Ours.
  organisation_unknown: { severity: 'error', title: 'Organisation not in the directory', review: true },
  organisation_closed: { severity: 'error', title: 'Organisation is closed', review: true },
  organisation_already_exists: { severity: 'warning', title: 'Organisation already in the directory', review: true },
  directory_not_loaded: { severity: 'warning', title: 'Directory not loaded: directory checks not run', review: true },
  account_not_found: { severity: 'error', title: 'Account not found', review: true },
  account_not_locked: { severity: 'warning', title: 'Account is not locked', review: true },
  account_already_active: { severity: 'warning', title: 'Account is already active', review: true },
  not_admin_or_main_contact: { severity: 'error', title: 'Not a user administrator or main contact', review: true },
  role_removal_not_done_by_pcse: { severity: 'info', title: 'PCSE does not remove roles' },
  attachment_unreadable: { severity: 'warning', title: 'Attachment could not be read' },
  encrypted_attachment: { severity: 'warning', title: 'Attachment is encrypted' },
  scan_unreadable: { severity: 'warning', title: 'Scanned page could not be read' },
  scan_pending: { severity: 'warning', title: 'Scanned form being read' },
  reply_to_unknown_case: { severity: 'warning', title: 'Reply to a case reference we do not know' },
  message_id_reused: { severity: 'warning', title: 'Message-ID already seen with different content' },
  fields_invalid: { severity: 'error', title: 'Extracted fields did not fit the case shape' },
  email_not_nhsmail: { severity: 'error', title: 'New practice email is not an nhs.net address' },
  email_unchanged: { severity: 'warning', title: 'New practice email equals the current one' },
  current_email_mismatch: { severity: 'warning', title: 'Current practice email differs from the directory', review: true },
  main_contact_mismatch: { severity: 'error', title: 'Named main contact differs from the directory', review: true },
  main_contact_unchanged: { severity: 'warning', title: 'Already the main contact', review: true },
  service_organisation_mismatch: { severity: 'warning', title: 'Service does not fit the organisation type' },
  certification_form_missing: { severity: 'warning', title: 'No certification form attached' },
  phone_verification_required: { severity: 'info', title: 'Phone the practice to verify before approving' },
  primary_user_not_found: { severity: 'error', title: 'Creating primary user not found for the organisation', review: true },
  unclassified: { severity: 'info', title: 'A person must classify this email' },
  // Sender trust (docs/decisions/0005-sender-trust.md).
  sender_not_known_for_organisation: { severity: 'error', title: 'Sender is authenticated but not known for this organisation' },
  sender_address_invalid: { severity: 'error', title: 'From header does not name exactly one sender' },
  sender_address_deceptive: { severity: 'error', title: 'From header shows an address that is not the sender\u2019s' },
} as const satisfies Record<string, { severity: Finding['severity']; title: string; review?: true }>;

export type FindingCode = keyof typeof FINDING_CATALOGUE;

/**
 * Codes marked `review: true` come from reviewing a case against the directory and against its own content
 * (reviewCase), not from reading the email. They are stored with the case at ingest, but a later review
 * (after an edit, a reply or a directory change) judges them afresh instead of keeping the old verdict.
 */
export const REVIEW_CODES: ReadonlySet<string> = new Set(
  Object.entries(FINDING_CATALOGUE).filter(([, entry]) => 'review' in entry).map(([code]) => code),
);

/** Makes a finding with the catalogue's default severity (override only with a reason). */
export function makeFinding(code: FindingCode, message: string, severity?: Finding['severity']): Finding {
  return { code, severity: severity ?? FINDING_CATALOGUE[code].severity, message };
}

/** True when `code` is in the catalogue (findings from stored JSON are plain strings). */
export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CATALOGUE, code);
}

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; stable within a severity so order stays meaningful. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** Drops repeats of the same code and message, keeping the first. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The error-level findings' codes: approving a case with any of them takes a written override (docs/decisions/0005). */
export function findingsNeedingOverride(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.severity === 'error').map((f) => f.code);
}

/** Whether a case still waits for the OCR service to read its scanned form (ingest/ocr-service.ts). */
export function isScanPending(parsed: { findings: readonly Finding[] }): boolean {
  return parsed.findings.some((f) => f.code === 'scan_pending');
}
