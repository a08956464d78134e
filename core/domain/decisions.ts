import type { CaseKind, CaseState } from './case.js';
import { getCaseModule } from './cases/registry.js';

/**
 * Who may decide on a case, and how a case moves through its states (docs/domain.md, "Lifecycle of a
 * case"). Decisions are returned as data; the bot maps each refusal to a sentence for staff.
 */

/** The PCSE staff allowed to decide, by Entra object id, in one tenant. */
export interface StaffDirectory {
  tenantId: string;
  staff: string[];
  supervisors: string[];
}

/** `edit`: staff correct the case's values ("Edit fields…"); the same identity and conflict checks as deciding. */
export type DecisionVerb = 'approve' | 'reject' | 'request_info' | 'reclassify' | 'edit';

/**
 * What the Teams roster said about the decider's email address: an address, none on record, or `unconfirmed`
 * when the look-up failed or timed out. Unconfirmed cannot be checked against the requester, so it blocks
 * approving and editing (docs/decisions/0010-unconfirmed-approver-identity.md).
 */
export type RosterEmail = { kind: 'address'; address: string } | { kind: 'none' } | { kind: 'unconfirmed' };

export interface DecisionRequest {
  verb: DecisionVerb;
  /** `email` absent: none on record. */
  actor: { aadObjectId: string; tenantId: string; email?: RosterEmail };
  caseKind: CaseKind;
  /** The practice's address the case came from; staff may not decide their own request. */
  requesterEmail: string | null;
  /** Entra object ids that already approved this case. */
  priorApprovals: string[];
  /**
   * Entra object ids of staff whose corrections ("Edit fields…") are among the case's current values
   * (editorsOfCurrentValues). Four-eyes: an editor's approval never completes a case on its own.
   */
  editors?: readonly string[];
  /** The approver ticked "phoned the practice to verify" (main contact extension, branch setup). */
  phoneVerified: boolean;
  staff: StaffDirectory;
  /** The reason or question typed with a rejection or an information request. */
  reason?: string | null;
  /** The case's state, when known: decisions are only made on a case awaiting approval (or needing information). */
  state?: CaseState | null;
  /** For reclassify: the kind chosen. */
  newKind?: CaseKind | null;
  /** How many error-level findings the card showed: approving over any takes an explicit override. */
  errorFindings?: number;
  /** Why the approver approves despite those errors; audited and shown on the decided card. */
  overrideReason?: string | null;
}

export const REFUSAL_REASONS = [
  'wrong_tenant',
  'not_staff',
  'own_request',
  'already_approved_by_you',
  'edited_by_you',
  'phone_verification_required',
  'reason_required',
  'not_executable',
  'wrong_state',
  'kind_required',
  'override_reason_required',
  'identity_unconfirmed',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type DecisionResult =
  | { ok: true; complete: boolean }
  | { ok: false; reason: RefusalReason };

/** States in which each verb may be used. */
const VERB_STATES: Record<DecisionVerb, CaseState[]> = {
  approve: ['awaiting_approval'],
  reject: ['awaiting_approval', 'needs_information', 'failed'],
  request_info: ['awaiting_approval', 'needs_information'],
  reclassify: ['awaiting_approval', 'needs_information'],
  // Only while the card offers decisions: a case waiting for the practice is corrected by the practice's reply.
  edit: ['awaiting_approval'],
};

/**
 * Decides whether `actor` may use `verb` on the case. `complete: false` means a first approval of
 * a high-risk kind was recorded and a second, different approver is needed (docs/domain.md: nominations,
 * main contact changes and Open Exeter primary users). Order of checks: identity (tenant, staff),
 * then conflict of interest, then the case's own requirements, so the most basic refusal is shown.
 */
export function authoriseDecision(request: DecisionRequest): DecisionResult {
  const { verb, actor, staff } = request;
  if (actor.tenantId !== staff.tenantId) return { ok: false, reason: 'wrong_tenant' };
  if (!staff.staff.includes(actor.aadObjectId) && !staff.supervisors.includes(actor.aadObjectId)) {
    return { ok: false, reason: 'not_staff' };
  }
  if (request.state && !VERB_STATES[verb].includes(request.state)) return { ok: false, reason: 'wrong_state' };
  // Only approving and editing change what is done for the practice; a reject or a question from an unconfirmed
  // approver harms nobody, and Teams being slow should not stop staff answering.
  if (actor.email?.kind === 'unconfirmed' && (verb === 'approve' || verb === 'edit')) return { ok: false, reason: 'identity_unconfirmed' };
  const actorEmail = actor.email?.kind === 'address' ? actor.email.address.trim().toLowerCase() : null;
  const requester = request.requesterEmail?.trim().toLowerCase() ?? null;
  if (actorEmail && requester && actorEmail === requester && verb !== 'request_info') return { ok: false, reason: 'own_request' };
  const module = getCaseModule(request.caseKind);
  switch (verb) {
    case 'approve': {
      if (module.kind === 'unclassified') return { ok: false, reason: 'not_executable' };
      if (request.priorApprovals.includes(actor.aadObjectId)) return { ok: false, reason: 'already_approved_by_you' };
      const approvers = [...request.priorApprovals, actor.aadObjectId];
      const editors = request.editors ?? [];
      if (editors.includes(actor.aadObjectId) && !editorMayApprove(module.kind, approvers, editors)) return { ok: false, reason: 'edited_by_you' };
      if (module.needsPhoneVerification && !request.phoneVerified) return { ok: false, reason: 'phone_verification_required' };
      // An error finding means approving would be wrong unless the approver knows better: they must say why.
      if ((request.errorFindings ?? 0) > 0 && !request.overrideReason?.trim()) return { ok: false, reason: 'override_reason_required' };
      return { ok: true, complete: isApprovalComplete(module.kind, approvers, editors) };
    }
    case 'reject':
    case 'request_info':
      if (!request.reason || request.reason.trim().length === 0) return { ok: false, reason: 'reason_required' };
      return { ok: true, complete: true };
    case 'reclassify':
      if (!request.newKind) return { ok: false, reason: 'kind_required' };
      return { ok: true, complete: true };
    case 'edit':
      return { ok: true, complete: true };
  }
}

/** How many different approvers a kind needs. */
export function requiredApprovals(kind: CaseKind): 1 | 2 {
  return getCaseModule(kind).riskLevel === 'high' ? 2 : 1;
}

/** A recorded decision, as much of it as counting approvals needs. */
export interface CountedDecision {
  verb: string;
  cardVersion: number;
  actor: { aadObjectId: string };
}

/**
 * The different people who approved the case as a card version showed it, in the order they approved.
 * Only approvals of that version count: an approval is of what the approver saw. This is the one place
 * that decides which approvals count (the bot before and after recording, the worker when executing).
 */
export function countApprovals(decisions: readonly CountedDecision[], cardVersion: number): string[] {
  return [...new Set(decisions.filter((d) => d.verb === 'approve' && d.cardVersion === cardVersion).map((d) => d.actor.aadObjectId))];
}

/**
 * True when the approvers counted are enough for the kind: two different people for high-risk kinds, and
 * always at least one who did not edit the current values, so nobody approves their own edit alone
 * (docs/decisions/0006-four-eyes-after-an-edit.md).
 */
export function isApprovalComplete(kind: CaseKind, approvers: readonly string[], editors: readonly string[] = []): boolean {
  const distinct = new Set(approvers);
  return distinct.size >= requiredApprovals(kind) && [...distinct].some((a) => !editors.includes(a));
}

/**
 * Whether an editor's approval is allowed alongside the approvals already given: an editor may be at most one of
 * a high-risk case's two approvers, and can never be the approval that completes a case without a non-editor.
 */
function editorMayApprove(kind: CaseKind, approvers: readonly string[], editors: readonly string[]): boolean {
  const distinct = [...new Set(approvers)];
  const editorApprovers = distinct.filter((a) => editors.includes(a));
  if (editorApprovers.length > 1) return false;
  return distinct.length < requiredApprovals(kind) || distinct.length > editorApprovers.length;
}

/** One saved correction ("Edit fields…"): who, and which value paths. In the order they were saved. */
export interface CaseEdit {
  actor: string;
  paths: readonly string[];
}

/** A recorded audit event, as much of it as finding a case's edits needs. */
export interface AuditedEvent {
  type: string;
  actor: string | null;
  data: Record<string, unknown>;
}

/** The case's saved corrections, from its `case_edited` audit events (given oldest first). */
export function caseEditsFromAudit(events: readonly AuditedEvent[]): CaseEdit[] {
  const edits: CaseEdit[] = [];
  for (const event of events) {
    if (event.type !== 'case_edited' || !event.actor || !Array.isArray(event.data.changes)) continue;
    const paths = (event.data.changes as { path?: unknown }[]).map((change) => change.path).filter((path): path is string => typeof path === 'string');
    edits.push({ actor: event.actor.toLowerCase(), paths });
  }
  return edits;
}

/**
 * The staff whose corrections are still the case's values: for each corrected path, whoever corrected it last.
 * Someone whose value another person has since corrected again is no longer an editor of what is approved.
 */
export function editorsOfCurrentValues(edits: readonly CaseEdit[]): string[] {
  const lastEditorByPath = new Map<string, string>();
  for (const edit of edits) for (const path of edit.paths) lastEditorByPath.set(path, edit.actor);
  return [...new Set(lastEditorByPath.values())];
}

/** A sentence for staff for every refusal; exhaustive, so a new reason cannot go unexplained. */
export function describeRefusal(reason: RefusalReason): string {
  switch (reason) {
    case 'wrong_tenant':
      return 'You are signed in to a different organisation (tenant) from PCSE, so you cannot decide on cases here.';
    case 'not_staff':
      return 'Only PCSE casework staff can decide on cases. Ask a supervisor to add you.';
    case 'own_request':
      return 'This request came from your own email address, so someone else must decide on it.';
    case 'already_approved_by_you':
      return 'You have already approved this case. A second, different member of staff must approve it too.';
    case 'edited_by_you':
      return 'You edited this case; another member of staff must approve it. Nobody approves their own changes alone.';
    case 'phone_verification_required':
      return 'Phone the practice to verify the request, then tick "Phone verification done" before approving.';
    case 'reason_required':
      return 'Please give a reason (or the question to ask the practice).';
    case 'not_executable':
      return 'This email has not been classified as a request, so there is nothing to approve. Reclassify it or reject it.';
    case 'wrong_state':
      return 'This case has already moved on (it is no longer waiting for this decision). Refresh the card.';
    case 'kind_required':
      return 'Choose the kind of request to reclassify this case as.';
    case 'override_reason_required':
      return 'This case has error findings. To approve it anyway, open "Approve…" and give your reason for overriding them; it is recorded in the audit trail.';
    case 'identity_unconfirmed':
      return 'Teams could not confirm your email address, so this approval cannot be checked against the requester. Try again in a minute.';
  }
}
