import { findingsNeedingOverride } from '../../core/domain/findings.js';
import { z } from 'zod';
import { authoriseDecision, caseEditsFromAudit, countApprovals, editorsOfCurrentValues, type DecisionRequest, type DecisionVerb } from '../../core/domain/decisions.js';
import type { Actor, StoredCase } from '../../core/ports.js';
import type { AdaptiveCardJson } from '../../templates/cards/expand-card-template.js';
import type { BotDeps, Invoker } from '../deps.js';
import { describeRefusal, type Refusal } from '../refusals.js';
import { renderCurrentCard } from '../render-current-card.js';

/** What an action handler answers: the card for the clicker (or a short message), and whether everyone's copy must change. */
export interface ActionOutcome {
  card: AdaptiveCardJson | string;
  /** The case whose posted card must be replaced for all viewers, or null. */
  changedCaseId: string | null;
}

/** Card data is only the case id and the version the card showed; inputs arrive beside them as strings. */
export const CardDataSchema = z
  .object({ caseId: z.string().min(1).max(100), cardVersion: z.coerce.number().int().nonnegative() })
  .passthrough();

export type Begun =
  | { ok: true; c: StoredCase; actor: Actor; data: Record<string, unknown>; complete: boolean; priorApprovals: string[]; editors: string[] }
  | { ok: false; outcome: ActionOutcome };

/** The staff lists as core/domain/decisions.ts wants them (ids compared lower-case). */
export function staffDirectory(deps: BotDeps) {
  return { tenantId: deps.config.allowedTenantId, staff: deps.config.STAFF_AAD_IDS, supervisors: deps.config.SUPERVISOR_AAD_IDS };
}

/** Who may use commands at all: the configured tenant, and a staff member (or a supervisor when asked). */
export function authoriseInvoker(deps: BotDeps, invoker: Invoker, needSupervisor = false): Refusal | null {
  const id = invoker.aadObjectId?.toLowerCase() ?? '';
  if ((invoker.tenantId ?? '').toLowerCase() !== deps.config.allowedTenantId) return 'wrong_tenant';
  if (needSupervisor) return deps.config.SUPERVISOR_AAD_IDS.includes(id) ? null : 'not_supervisor';
  return deps.config.SUPERVISOR_AAD_IDS.includes(id) || deps.config.STAFF_AAD_IDS.includes(id) ? null : 'not_staff';
}

/**
 * Refusals that say something about who tried what go to the audit trail. A second click on a case that has
 * moved on, an out-of-date card or a missing reason is ordinary use: logged, not audited, so a burst of
 * double clicks cannot flood the hash-chained audit log.
 */
const AUDITED_REFUSALS: ReadonlySet<Refusal> = new Set<Refusal>([
  'wrong_tenant', 'not_staff', 'not_supervisor', 'own_request', 'identity_unconfirmed', 'phone_verification_required', 'not_executable', 'bad_card_data', 'case_not_found',
]);

/**
 * Records a refusal in the audit log (ids and codes only) and answers it. People outside PCSE get a sentence,
 * never the case card; staff get the current card with the reason on it.
 */
export async function refuse(deps: BotDeps, invoker: Invoker, verb: string, reason: Refusal, c: StoredCase | null): Promise<ActionOutcome> {
  if (AUDITED_REFUSALS.has(reason)) {
    await deps.store.appendAudit({
      caseId: c?.id ?? null,
      type: 'decision_refused',
      actor: invoker.aadObjectId,
      data: { verb, reason, tenantId: invoker.tenantId, cardVersion: c?.version ?? null },
    });
  }
  deps.log.warn({ caseId: c?.id ?? null, verb, reason }, 'decision refused');
  if (!c || reason === 'wrong_tenant' || reason === 'not_staff') return { card: describeRefusal(reason), changedCaseId: null };
  const tone = reason === 'already_approved_by_you' ? 'warning' : 'attention';
  return { card: await renderCurrentCard(deps, c, { text: describeRefusal(reason), tone }), changedCaseId: null };
}

/**
 * The checks every decision shares: the card data, the case at the version the card showed, then the
 * domain's rules (tenant, staff list, own request, state, phone verification, two approvers).
 */
export async function beginDecision(
  deps: BotDeps,
  invoker: Invoker,
  raw: unknown,
  verb: DecisionVerb,
  extra: Pick<DecisionRequest, 'phoneVerified' | 'reason' | 'newKind' | 'overrideReason'>,
): Promise<Begun> {
  const parsed = CardDataSchema.safeParse(raw);
  const early = authoriseInvoker(deps, invoker);
  if (early) return { ok: false, outcome: await refuse(deps, invoker, verb, early, null) };
  if (!parsed.success) return { ok: false, outcome: await refuse(deps, invoker, verb, 'bad_card_data', null) };
  const c = await deps.store.getCase(parsed.data.caseId);
  if (!c) return { ok: false, outcome: await refuse(deps, invoker, verb, 'case_not_found', null) };
  const actor: Actor = { aadObjectId: (invoker.aadObjectId ?? '').toLowerCase(), tenantId: (invoker.tenantId ?? '').toLowerCase(), name: invoker.name };
  const priorApprovals = countApprovals(await deps.store.listDecisions(c.id), c.version);
  const editors = verb === 'approve' ? await listEditors(deps, c.id) : [];
  const verdict = authoriseDecision({
    verb,
    actor: { aadObjectId: actor.aadObjectId, tenantId: actor.tenantId, email: invoker.email },
    caseKind: c.kind,
    requesterEmail: c.parsed.from.email,
    priorApprovals,
    editors,
    staff: staffDirectory(deps),
    state: c.state,
    errorFindings: findingsNeedingOverride(c.findings).length,
    ...extra,
  });
  if (!verdict.ok) return { ok: false, outcome: await refuse(deps, invoker, verb, verdict.reason, c) };
  if (c.version !== parsed.data.cardVersion) return { ok: false, outcome: await refuse(deps, invoker, verb, 'stale_card', c) };
  return { ok: true, c, actor, data: parsed.data, complete: verdict.complete, priorApprovals, editors };
}

/** The staff whose corrections are the case's current values, from its `case_edited` audit events (oldest first). */
export async function listEditors(deps: BotDeps, caseId: string): Promise<string[]> {
  return editorsOfCurrentValues(caseEditsFromAudit(await deps.store.listAuditEvents({ caseId })));
}

/** After losing a race for the transition, answer with the case as the winner left it. */
export async function answerLostRace(deps: BotDeps, invoker: Invoker, verb: DecisionVerb, caseId: string): Promise<ActionOutcome> {
  const now = await deps.store.getCase(caseId);
  return refuse(deps, invoker, verb, 'wrong_state', now);
}

/** Hands the decided case to the execution worker; a lost enqueue is picked up by the sweep (enqueue is idempotent). */
export async function handOver(deps: BotDeps, caseId: string, decisionId: string): Promise<void> {
  try {
    await deps.queue.enqueueExecution(caseId, decisionId);
  } catch (error) {
    deps.log.error({ caseId, decisionId, code: (error as { code?: string }).code ?? 'enqueue_failed' }, 'enqueue execution failed; the sweep will retry');
  }
}
