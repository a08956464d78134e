import { REJECT_REASONS } from '../../templates/cards/labels.js';
import type { BotDeps, Invoker } from '../deps.js';
import { renderCurrentCard } from '../render-current-card.js';
import { answerLostRace, beginDecision, handOver, type ActionOutcome } from './decide.js';

/** `reject`: needs a reason from the list (and text for "other"); one rejection wins, the worker emails the practice. */
export async function handleReject(deps: BotDeps, invoker: Invoker, raw: unknown): Promise<ActionOutcome> {
  const input = (raw ?? {}) as { rejectReason?: unknown; rejectText?: unknown };
  const choice = REJECT_REASONS.find((r) => r.value === input.rejectReason);
  const text = typeof input.rejectText === 'string' ? input.rejectText.trim().slice(0, 1000) : '';
  // The practice reads this reason; "other" is only the explanation typed with it.
  const reason = !choice ? null : choice.value === 'other' ? text || null : `${choice.title}${text ? `. ${text}` : ''}`;
  const begun = await beginDecision(deps, invoker, raw, 'reject', { phoneVerified: false, reason });
  if (!begun.ok) return begun.outcome;
  const { c, actor } = begun;
  // The conditional transition picks the one winner first; only the winner records a decision.
  const moved = await deps.store.transition(c.id, { to: 'rejected', expectedVersion: c.version, actor, reason: choice?.value ?? null });
  if (!moved) return answerLostRace(deps, invoker, 'reject', c.id);
  const { decision } = await deps.store.recordDecision({
    caseId: c.id, verb: 'reject', actor, cardVersion: c.version, reason, data: { teamsUserId: invoker.teamsUserId, choice: choice?.value ?? null },
  });
  await handOver(deps, c.id, decision.id);
  return { card: await renderCurrentCard(deps, moved), changedCaseId: c.id };
}
