import { CaseKindSchema } from '../../core/domain/case.js';
import type { BotDeps, Invoker } from '../deps.js';
import { renderCurrentCard } from '../render-current-card.js';
import { answerLostRace, beginDecision, refuse, type ActionOutcome } from './decide.js';

/** `reclassify`: a person says what kind of request this is; the case keeps waiting, at a new version, with a new card. */
export async function handleReclassify(deps: BotDeps, invoker: Invoker, raw: unknown): Promise<ActionOutcome> {
  const kind = CaseKindSchema.safeParse((raw as { newKind?: unknown } | null)?.newKind);
  const begun = await beginDecision(deps, invoker, raw, 'reclassify', { phoneVerified: false, newKind: kind.success && kind.data !== 'unclassified' ? kind.data : null });
  if (!begun.ok) return begun.outcome;
  const { c, actor } = begun;
  if (!deps.store.reclassifyCase || !kind.success) return refuse(deps, invoker, 'reclassify', 'not_available', c);
  await deps.store.recordDecision({
    caseId: c.id, verb: 'reclassify', actor, cardVersion: c.version, reason: null, data: { teamsUserId: invoker.teamsUserId, kind: kind.data, from: c.kind },
  });
  const moved = await deps.store.reclassifyCase(c.id, kind.data, c.version, actor);
  if (!moved) return answerLostRace(deps, invoker, 'reclassify', c.id);
  return { card: await renderCurrentCard(deps, moved, { text: 'Reclassified: check the fields before deciding.', tone: 'warning' }), changedCaseId: c.id };
}
