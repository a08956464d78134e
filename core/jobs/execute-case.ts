import { askForField, planApproval, planInfoRequest, planRejection, CaseNotApprovableError, type ApprovalContext } from '../domain/cases/index.js';
import { caseEditsFromAudit, countApprovals, editorsOfCurrentValues, isApprovalComplete } from '../domain/decisions.js';
import { EffectSchema, type DirectoryEffect, type Effect } from '../domain/effects.js';
import { executeApprovedCase, type ExecutionPlan, type ExecutorDeps } from '../executor.js';
import type { AuditTrail, CaseStore, DecisionLog, ExecutionLog, ExecutionSnapshot, StoredAuditEvent, StoredCase, StoredDecision } from '../ports.js';

/**
 * The `execute-case` job (queue `execute-case`, payload { caseId, decisionId }, job id from both): run by
 * `pcse worker`. It reads the decided case and does what the decision means: approved → plan and apply the
 * effects, then executed → replied; rejected → the rejection email; needs_information (asked for, or reclassified
 * into a kind that lacks fields) → the request email.
 * Every effect is keyed, so a job that runs twice applies and emails once.
 */
export interface ExecuteCaseDeps {
  cases: Pick<CaseStore, 'getCase' | 'transition' | 'appendAudit'> & DecisionLog;
  /** The case's `case_edited` events: whoever edited the current values cannot be its only approver. */
  audit: Pick<AuditTrail, 'listAuditEvents'>;
  /**
   * Reads the case in one transaction and closes its execution in one (reply record, audit, state changes): an
   * executed case then commits at most three times. Without it, each step commits on its own.
   */
  execution?: ExecutionLog;
  /** The executor's ports; a function picks them per case (replies come from the mailbox the case arrived in). */
  executor: ExecutorDeps | ((c: StoredCase) => ExecutorDeps);
  /** Attempts the queue makes before giving up; on the last one an approved case becomes `failed` for supervisors. */
  maxAttempts: number;
  /** Called after the case changed, e.g. to replace its Teams card; its failure never fails the job. */
  onCaseChanged?(caseId: string): Promise<void>;
}

/**
 * An approved case whose approvals do not satisfy the domain (too few distinct approvers at the decided card
 * version, or only editors of its current values): the bot should never have approved it, so nothing is applied.
 */
export class ApprovalIncompleteError extends Error {
  readonly code = 'approval_incomplete';
  constructor() {
    super('the approvals recorded do not complete the case');
    this.name = 'ApprovalIncompleteError';
  }
}

export type ExecuteCaseOutcome = 'replied' | 'rejection_sent' | 'info_request_sent' | 'nothing_to_do' | 'failed' | 'case_missing';

/** Runs one execute-case job; throws to make the queue retry (ExecutionError, store errors). */
export async function handleExecuteCase(
  deps: ExecuteCaseDeps,
  data: { caseId: string; decisionId: string },
  job: { attemptsMade: number },
): Promise<ExecuteCaseOutcome> {
  const loaded = await load(deps, data);
  if (!loaded) return 'case_missing';
  const { case: c, decisions, prepared } = loaded;
  const decision = decisions.find((d) => d.id === data.decisionId) ?? null;
  const context = approvalContext(c, decisions, decision);
  let outcome: ExecuteCaseOutcome;
  try {
    const plan = (transitions: StoredCase['state'][], applied?: { applied: boolean }[]): ExecutionPlan | undefined =>
      deps.execution && loaded.sentReplies
        ? { thread: c.parsed.messageId, sentReplies: loaded.sentReplies, log: deps.execution, transitions, ...(applied ? { applied } : {}) }
        : undefined;
    const approved = async (): Promise<Prepared> => {
      if (prepared) {
        if ('error' in prepared) throw prepared.error;
        return prepared;
      }
      // Read with the case when there is an ExecutionLog (no commit of its own), else from the trail.
      const edits = loaded.edits ?? (await deps.audit.listAuditEvents({ caseId: c.id, limit: 10_000 }));
      return { effects: approvedEffects(c, context, edits), applied: [] };
    };
    outcome = await run(deps, c, decision, context, plan, approved);
  } catch (error) {
    const permanent = error instanceof CaseNotApprovableError || error instanceof ApprovalIncompleteError;
    if (c.state === 'approved' && (permanent || job.attemptsMade + 1 >= deps.maxAttempts)) {
      const code = (error as { code?: string }).code ?? (error as Error).name;
      await deps.cases.transition(c.id, { to: 'failed', reason: code });
      await deps.cases.appendAudit({ caseId: c.id, type: 'execution_failed', actor: null, data: { code, attempts: job.attemptsMade + 1 } });
      await notify(deps, c.id);
      return 'failed';
    }
    throw error;
  }
  await notify(deps, c.id);
  return outcome;
}

/** An approved case's effects as planned with the case's read, and the outcomes of those applied in that read's transaction. */
type Prepared = { effects: Effect[]; applied: { applied: boolean }[] };

interface Loaded extends Omit<ExecutionSnapshot, 'sentReplies' | 'edits'> {
  sentReplies: Record<string, string> | null;
  edits: StoredAuditEvent[] | null;
  /** For an approved case read by loadAndApply: its plan, or why it cannot be executed (thrown where the step-by-step path would). */
  prepared: Prepared | { error: unknown } | null;
}

/**
 * Reads the case. With an ExecutionLog, an approved case's leading directory effects are planned and applied in
 * the same transaction (loadAndApply: one commit for the read and the change). If that transaction fails (an
 * effect, a concurrent run of the same job, the store), nothing of it was written: the case is read again and the
 * executor applies step by step, auditing a failing effect as it always has.
 */
async function load(deps: ExecuteCaseDeps, data: { caseId: string; decisionId: string }): Promise<Loaded | null> {
  if (!deps.execution) {
    const found = await deps.cases.getCase(data.caseId);
    return found ? { case: found, decisions: await deps.cases.listDecisions(found.id), sentReplies: null, edits: null, prepared: null } : null;
  }
  const planned: { value: Loaded['prepared'] } = { value: null };
  try {
    const read = await deps.execution.loadAndApply(data.caseId, (snapshot) => {
      planned.value = null;
      const c = snapshot.case;
      if (c.state !== 'approved') return [];
      try {
        const decision = snapshot.decisions.find((d) => d.id === data.decisionId) ?? null;
        const effects = approvedEffects(c, approvalContext(c, snapshot.decisions, decision), snapshot.edits);
        planned.value = { effects, applied: [] };
        // An invalid effect is the executor's to report (invalid_effect), with nothing applied.
        if (!effects.every((e) => EffectSchema.safeParse(e).success)) return [];
        const leading: DirectoryEffect[] = [];
        for (const e of effects) {
          if (e.type === 'send-reply') break;
          leading.push(e);
        }
        return leading;
      } catch (error) {
        planned.value = { error };
        return [];
      }
    });
    if (!read) return null;
    const prepared = planned.value;
    return { ...read.snapshot, prepared: prepared && 'effects' in prepared ? { effects: prepared.effects, applied: read.applied } : prepared };
  } catch {
    const snapshot = await deps.execution.loadExecution(data.caseId);
    return snapshot ? { ...snapshot, prepared: null } : null;
  }
}

function approvalContext(c: StoredCase, decisions: StoredDecision[], decision: StoredDecision | null): ApprovalContext {
  return { caseId: c.id, caseRef: c.ref, requesterEmail: c.parsed.from.email, decidedBy: decision ? countApprovals(decisions, decision.cardVersion) : [] };
}

/**
 * An approved case's effects, after the guard the bot applies before approving, applied again where the directory
 * changes: ApprovalIncompleteError when the approvals do not complete it, CaseNotApprovableError from the plan.
 */
function approvedEffects(c: StoredCase, context: ApprovalContext, edits: StoredAuditEvent[]): Effect[] {
  const editors = editorsOfCurrentValues(caseEditsFromAudit(edits));
  if (!isApprovalComplete(c.kind, context.decidedBy, editors)) throw new ApprovalIncompleteError();
  return planApproval(c.parsed, context);
}

async function run(
  deps: ExecuteCaseDeps,
  c: StoredCase,
  decision: StoredDecision | null,
  context: ApprovalContext,
  plan: (transitions: StoredCase['state'][], applied?: { applied: boolean }[]) => ExecutionPlan | undefined,
  approved: () => Promise<Prepared>,
): Promise<ExecuteCaseOutcome> {
  const executor = typeof deps.executor === 'function' ? deps.executor(c) : deps.executor;
  switch (c.state) {
    case 'approved': {
      const { effects, applied } = await approved();
      const closing = plan(['executed', 'replied'], applied);
      await executeApprovedCase(executor, c.id, effects, closing);
      if (!closing) {
        await deps.cases.transition(c.id, { to: 'executed' });
        await deps.cases.transition(c.id, { to: 'replied' });
      }
      return 'replied';
    }
    case 'executed':
      // A crash after the effects but before the state change: the effects and replies are recorded by key.
      await deps.cases.transition(c.id, { to: 'replied' });
      return 'replied';
    case 'rejected': {
      if (decision?.verb !== 'reject') return 'nothing_to_do';
      await execute(executor, c.id, planRejection(c.parsed, context, decision.reason ?? 'The request could not be accepted.'), plan([]));
      return 'rejection_sent';
    }
    case 'needs_information': {
      const questions = infoRequestQuestions(c, decision);
      if (!decision || questions === null) return 'nothing_to_do';
      await execute(executor, c.id, planInfoRequest(c.parsed, context, { requestId: decision.id, questions }), plan([]));
      return 'info_request_sent';
    }
    default:
      return 'nothing_to_do';
  }
}

/**
 * What to ask the practice for a case waiting for information, or null when this decision asks nothing: a
 * request_info decision carries the approver's questions; a reclassify that left the case lacking fields asks for
 * those fields, but only while the case is still as that reclassify left it (its version is the decision's card
 * version plus one), so a late job for an earlier reclassify does not ask again.
 */
function infoRequestQuestions(c: StoredCase, decision: StoredDecision | null): string[] | null {
  if (decision?.verb === 'request_info') {
    return Array.isArray(decision.data.questions) ? decision.data.questions.filter((q): q is string => typeof q === 'string') : [];
  }
  if (decision?.verb === 'reclassify' && c.version === decision.cardVersion + 1) return c.parsed.missing.map(askForField);
  return null;
}

async function execute(executor: ExecutorDeps, caseId: string, effects: Effect[], plan: ExecutionPlan | undefined): Promise<void> {
  if (effects.length > 0) await executeApprovedCase(executor, caseId, effects, plan);
}

async function notify(deps: ExecuteCaseDeps, caseId: string): Promise<void> {
  try {
    await deps.onCaseChanged?.(caseId);
  } catch {
    // The card catches up on its next refresh; the case itself is already right.
  }
}
