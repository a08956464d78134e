import { askForField } from '../../core/domain/cases/plan-replies.js';
import type { BotDeps, Invoker } from '../deps.js';
import { renderCurrentCard } from '../render-current-card.js';
import { answerLostRace, beginDecision, handOver, type ActionOutcome } from './decide.js';

/**
 * `request_info`: asks the practice for the chosen missing items (a multi-select ChoiceSet arrives as "a,b")
 * and the optional message. The case waits in needs_information; the worker sends the request email.
 */
export async function handleRequestInfo(deps: BotDeps, invoker: Invoker, raw: unknown): Promise<ActionOutcome> {
  const input = (raw ?? {}) as { infoFields?: unknown; infoMessage?: unknown };
  const chosen = (typeof input.infoFields === 'string' ? input.infoFields.split(',') : []).map((f) => f.trim()).filter(Boolean);
  const message = typeof input.infoMessage === 'string' ? input.infoMessage.trim().slice(0, 1000) : '';
  const questions = [
    ...chosen.filter((f) => f !== 'other' && /^[\w.]+$/.test(f)).map(askForField),
    ...(message ? [message] : []),
  ];
  const begun = await beginDecision(deps, invoker, raw, 'request_info', { phoneVerified: false, reason: questions.length ? questions.join(' ') : null });
  if (!begun.ok) return begun.outcome;
  const { c, actor } = begun;
  // The conditional transition picks the one winner first; only the winner records a decision.
  const moved = await deps.store.transition(c.id, { to: 'needs_information', expectedVersion: c.version, actor, reason: 'request_info' });
  if (!moved) return answerLostRace(deps, invoker, 'request_info', c.id);
  const { decision } = await deps.store.recordDecision({
    caseId: c.id, verb: 'request_info', actor, cardVersion: c.version, reason: null, data: { teamsUserId: invoker.teamsUserId, fields: chosen, questions },
  });
  await handOver(deps, c.id, decision.id);
  return { card: await renderCurrentCard(deps, moved), changedCaseId: c.id };
}
