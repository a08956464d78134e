import { CaseKindSchema } from '../../core/domain/case.js';
import type { BotDeps, Invoker } from '../deps.js';
import { renderCurrentCard } from '../render-current-card.js';
import { answerLostRace, beginDecision, handOver, refuse, type ActionOutcome } from './decide.js';

/**
 * `reclassify`: a member of staff says what kind of request this is (the card's `newKind` ChoiceSet). The store
 * re-finalises the case for that kind at a new version, so it waits again (for approval, or for the practice when
 * the new kind lacks fields) and every copy of the old card becomes stale; everyone's card is then replaced.
 * Only staff may do it, and not on their own request (the same checks as every decision).
 */
export async function handleReclassify(deps: BotDeps, invoker: Invoker, raw: unknown): Promise<ActionOutcome> {
  const kind = CaseKindSchema.safeParse((raw as { newKind?: unknown } | null)?.newKind);
  // "Unclassified" is not a kind a person can choose: the domain then refuses with kind_required.
  const newKind = kind.success && kind.data !== 'unclassified' ? kind.data : null;
  const begun = await beginDecision(deps, invoker, raw, 'reclassify', { phoneVerified: false, newKind });
  if (!begun.ok) return begun.outcome;
  // Unreachable (the domain refuses a missing kind first), but it narrows the type honestly.
  if (!newKind) return refuse(deps, invoker, 'reclassify', 'kind_required', begun.c);
  const { c, actor } = begun;
  // The conditional update at the card's version picks the one winner first; only the winner records a decision.
  const moved = await deps.store.reclassifyCase(c.id, { kind: newKind, expectedVersion: c.version, actor });
  if (!moved) return answerLostRace(deps, invoker, 'reclassify', c.id);
  const { decision } = await deps.store.recordDecision({
    caseId: c.id, verb: 'reclassify', actor, cardVersion: c.version, reason: null, data: { teamsUserId: invoker.teamsUserId, kind: newKind, from: c.kind },
  });
  // The new kind lacks fields: the practice must be asked for them, as request_info does, by the execute-case job
  // (keyed by this decision, so the request is sent once however often the job runs).
  if (moved.state === 'needs_information') await handOver(deps, c.id, decision.id);
  const notice = moved.state === 'awaiting_approval' ? { text: 'Reclassified: check the fields before deciding.', tone: 'warning' as const } : undefined;
  return { card: await renderCurrentCard(deps, moved, notice), changedCaseId: c.id };
}
