import { z } from 'zod';
import { CASE_MODULES } from './cases/registry.js';

/**
 * The typed case: the one JSON shape that is stored, queued, shown on the approval card
 * and printed by `pcse parse` (see docs/case-contract.md). Extend it; never rename or drop.
 */

export const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;
export const MailboxSchema = z.enum(MAILBOXES);
export type Mailbox = z.infer<typeof MailboxSchema>;

/** A kind of request: a key of the registry (core/domain/cases/registry.ts), which holds the one list of kinds. */
export type CaseKind = keyof typeof CASE_MODULES;
/** Every kind, in the registry's order (`unclassified` last). */
export const CASE_KINDS = Object.keys(CASE_MODULES) as [CaseKind, ...CaseKind[]];
export const CaseKindSchema = z.enum(CASE_KINDS);

export const ORGANISATION_TYPES = [
  'gp_practice',
  'gp_branch',
  'dental_practice',
  'ophthalmic_practice',
  'pharmacy',
  'pcn',
  'other',
] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

/** A person as an email names them. Emails are lower-cased; unknown values are null, never invented. */
export const PersonSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

export const OrganisationRefSchema = z.object({
  odsCode: z.string().nullable(),
  name: z.string().nullable(),
  type: OrganisationTypeSchema,
});
export type OrganisationRef = z.infer<typeof OrganisationRefSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const FindingSchema = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const IgnoredReasonSchema = z.enum(['auto_reply', 'bounce', 'duplicate']);
export type IgnoredReason = z.infer<typeof IgnoredReasonSchema>;

/** What we know about who really sent the email (trusted Authentication-Results, DKIM). */
export const SenderAuthenticationSchema = z.object({
  verdict: z.enum(['pass', 'fail', 'none']),
  /** Where the verdict came from, e.g. "trusted Authentication-Results (nhs.net boundary)" or "DKIM d=nhs.net". */
  source: z.string(),
  details: z.string().nullable(),
});
export type SenderAuthentication = z.infer<typeof SenderAuthenticationSchema>;

export const AttachmentSummarySchema = z.object({
  filename: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
});
export type AttachmentSummary = z.infer<typeof AttachmentSummarySchema>;

export const ParsedCaseSchema = z.object({
  mailbox: MailboxSchema,
  kind: CaseKindSchema,
  ignored: IgnoredReasonSchema.nullable(),
  messageId: z.string().nullable(),
  from: PersonSchema,
  subject: z.string().nullable(),
  caseRef: z.string().nullable(),
  receivedAt: z.string(),
  organisation: OrganisationRefSchema.nullable(),
  /** Per kind; each kind module in core/domain/cases validates its own shape. */
  fields: z.record(z.string(), z.unknown()),
  missing: z.array(z.string()),
  findings: z.array(FindingSchema),
  evidence: z.record(z.string(), z.string()),
  // Extensions beyond the contract's minimum.
  /** How sure extraction is of each value it kept, 0–1, by the same paths as `evidence` (issue 9). */
  confidence: z.record(z.string(), z.number().min(0).max(1)).optional(),
  /** Values extraction doubted and left null: candidates for staff to check, never acted on. */
  hints: z.array(z.object({ path: z.string(), value: z.unknown(), confidence: z.number().min(0).max(1), reason: z.string(), evidence: z.string().nullable() })).optional(),
  /** The organisation type the email states in words ("we are a dental practice"), for the ods_type_mismatch check. */
  statedOrganisationType: OrganisationTypeSchema.nullable().optional(),
  inReplyTo: z.string().nullable().optional(),
  references: z.array(z.string()).optional(),
  attachments: z.array(AttachmentSummarySchema).optional(),
  authentication: SenderAuthenticationSchema.nullable().optional(),
  /** Why extraction fell short (unreadable PDF, malformed MIME …), for the reviewer; null when all went well. */
  error: z.string().nullable().optional(),
});
export type ParsedCase = z.infer<typeof ParsedCaseSchema>;

/**
 * Where a stored case is in its life (docs/domain.md "Lifecycle of a case"). Received and parsed are
 * not stored states: a case is committed already parsed, as needs_information or awaiting_approval.
 */
export const CASE_STATES = [
  'needs_information',
  'awaiting_approval',
  'approved',
  'executed',
  'replied',
  'rejected',
  'failed',
] as const;
export const CaseStateSchema = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseStateSchema>;

/** Case references look like `PCSE-2026-000123`; they go in our acknowledgement's subject so replies find their case. */
export const CASE_REF_PATTERN = /\bPCSE-\d{4}-\d{6}\b/i;
