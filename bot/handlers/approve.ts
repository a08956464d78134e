import { countApprovals, isApprovalComplete } from '../../core/domain/decisions.js';
import type { BotDeps, Invoker } from '../deps.js';
import { renderCurrentCard } from '../render-current-card.js';
import { answerLostRace, beginDecision, handOver, refuse, type ActionOutcome } from './decide.js';

/**
 * `approve`: exactly once per case. The decision row is unique per approver, and only the conditional
 * transition awaiting_approval → approved at the card's version hands the case to the worker, so double
 * clicks, two people at once or a replayed invoke all end in one decision and one execution job.
 * High-risk kinds need two different approvers; the second approval completes the decision.
 */
export async function handleApprove(deps: BotDeps, invoker: Invoker, raw: unknown): Promise<ActionOutcome> {
  const phoneVerified = (raw as { phoneVerified?: unknown } | null)?.phoneVerified;
  const begun = await beginDecision(deps, invoker, raw, 'approve', { phoneVerified: phoneVerified === 'true' || phoneVerified === true });
  if (!begun.ok) return begun.outcome;
  const { c, actor } = begun;
  const phone = phoneVerified === 'true' || phoneVerified === true;
  const record = () =>
    deps.store.recordDecision({ caseId: c.id, verb: 'approve', actor, cardVersion: c.version, reason: null, data: { teamsUserId: invoker.teamsUserId, phoneVerified: phone } });
  let decisionId: string;
  let approvers: string[];
  if (begun.complete && begun.priorApprovals.length === 0) {
    // One approver suffices: the conditional transition picks the one winner first, so racing clicks record
    // no decision at all and the case has exactly one.
    const moved = await deps.store.transition(c.id, { to: 'approved', expectedVersion: c.version, actor, reason: null });
    if (!moved) return answerLostRace(deps, invoker, 'approve', c.id);
    decisionId = (await record()).decision.id;
    approvers = [actor.aadObjectId];
    await finish(deps, c.id, decisionId, actor.aadObjectId, approvers);
    return { card: await renderCurrentCard(deps, moved), changedCaseId: c.id };
  }
  const { recorded, decision } = await record();
  decisionId = decision.id;
  // Count again after our own insert: of two approvers racing, whoever counts last sees both.
  approvers = countApprovals(await deps.store.listDecisions(c.id), c.version);
  if (!isApprovalComplete(c.kind, approvers)) {
    if (!recorded) return refuse(deps, invoker, 'approve', 'already_approved_by_you', c);
    return {
      card: await renderCurrentCard(deps, c, { text: 'Your approval is recorded; a second, different approver is needed.', tone: 'good' }),
      changedCaseId: c.id,
    };
  }
  const moved = await deps.store.transition(c.id, { to: 'approved', expectedVersion: c.version, actor, reason: null });
  if (!moved) return answerLostRace(deps, invoker, 'approve', c.id);
  await finish(deps, c.id, decisionId, actor.aadObjectId, approvers);
  return { card: await renderCurrentCard(deps, moved), changedCaseId: c.id };
}

async function finish(deps: BotDeps, caseId: string, decisionId: string, actor: string, approvers: string[]): Promise<void> {
  await deps.store.appendAudit({ caseId, type: 'case_approved', actor, data: { decisionId, approvers } });
  await handOver(deps, caseId, decisionId);
}
