import { findingsNeedingOverride } from '../../core/domain/findings.js';
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
  const overrideRaw = (raw as { overrideReason?: unknown } | null)?.overrideReason;
  // Card inputs arrive as strings; the reason is the approver's own words, capped like the card's input.
  const overrideReason = typeof overrideRaw === 'string' && overrideRaw.trim() ? overrideRaw.trim().slice(0, 1000) : null;
  const phone = phoneVerified === 'true' || phoneVerified === true;
  const begun = await beginDecision(deps, invoker, raw, 'approve', { phoneVerified: phone, overrideReason });
  if (!begun.ok) return begun.outcome;
  const { c, actor } = begun;
  const overridden = findingsNeedingOverride(c.findings);
  const override = overridden.length > 0 ? { reason: overrideReason, findings: overridden } : null;
  const record = () =>
    deps.store.recordDecision({
      caseId: c.id, verb: 'approve', actor, cardVersion: c.version, reason: override ? overrideReason : null,
      data: { teamsUserId: invoker.teamsUserId, phoneVerified: phone, ...(override ? { override } : {}) },
    });
  let decisionId: string;
  let approvers: string[];
  if (begun.complete && begun.priorApprovals.length === 0) {
    // One approver suffices: the conditional transition picks the one winner first, so racing clicks record
    // no decision at all and the case has exactly one.
    const moved = await deps.store.transition(c.id, { to: 'approved', expectedVersion: c.version, actor, reason: null });
    if (!moved) return answerLostRace(deps, invoker, 'approve', c.id);
    decisionId = (await record()).decision.id;
    approvers = [actor.aadObjectId];
    await finish(deps, c.id, c.version, decisionId, actor.aadObjectId, approvers);
    return { card: await renderCurrentCard(deps, moved), changedCaseId: c.id };
  }
  const { recorded, decision } = await record();
  decisionId = decision.id;
  // Count again after our own insert: of two approvers racing, whoever counts last sees both.
  approvers = countApprovals(await deps.store.listDecisions(c.id), c.version);
  if (!isApprovalComplete(c.kind, approvers, begun.editors)) {
    if (!recorded) return refuse(deps, invoker, 'approve', 'already_approved_by_you', c);
    return {
      card: await renderCurrentCard(deps, c, { text: 'Your approval is recorded; a second, different approver is needed.', tone: 'good' }),
      changedCaseId: c.id,
    };
  }
  const moved = await deps.store.transition(c.id, { to: 'approved', expectedVersion: c.version, actor, reason: null });
  if (!moved) return answerLostRace(deps, invoker, 'approve', c.id);
  await finish(deps, c.id, c.version, decisionId, actor.aadObjectId, approvers);
  return { card: await renderCurrentCard(deps, moved), changedCaseId: c.id };
}

async function finish(deps: BotDeps, caseId: string, cardVersion: number, decisionId: string, actor: string, approvers: string[]): Promise<void> {
  // Every approver who overrode error findings, with their reason (a high-risk case has two).
  const overrides = (await deps.store.listDecisions(caseId))
    .filter((d) => d.verb === 'approve' && d.cardVersion === cardVersion && approvers.includes(d.actor.aadObjectId) && d.data.override)
    .map((d) => ({ by: d.actor.aadObjectId, ...(d.data.override as { reason: string; findings: string[] }) }));
  await deps.store.appendAudit({ caseId, type: 'case_approved', actor, data: { decisionId, approvers, ...(overrides.length ? { overrides } : {}) } });
  await handOver(deps, caseId, decisionId);
}
