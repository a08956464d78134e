import { CASE_STATES, type CaseState, type Mailbox } from '../../core/domain/case.js';
import { renderStatusCard } from '../../templates/cards/status-card.js';
import type { BotDeps, Invoker } from '../deps.js';
import { describeRefusal } from '../refusals.js';
import { authoriseInvoker } from './decide.js';
import type { ActionOutcome } from './decide.js';

/** The `status` message: supervisors get the queue at a glance (counts by state and mailbox, oldest waiting, failures, dead letters). */
export async function handleStatus(deps: BotDeps, invoker: Invoker, now = new Date()): Promise<ActionOutcome> {
  const refusal = authoriseInvoker(deps, invoker, true);
  if (refusal) {
    await deps.store.appendAudit({ caseId: null, type: 'status_refused', actor: invoker.aadObjectId, data: { reason: refusal } });
    return { card: describeRefusal(refusal), changedCaseId: null };
  }
  const byState: Partial<Record<CaseState, number>> = {};
  for (const state of CASE_STATES) byState[state] = (await deps.store.listCases({ state, limit: 100_000 })).length;
  const waiting = await deps.store.listCases({ state: 'awaiting_approval', limit: 100_000 });
  const waitingByMailbox: Partial<Record<Mailbox, number>> = {};
  for (const c of waiting) waitingByMailbox[c.mailbox] = (waitingByMailbox[c.mailbox] ?? 0) + 1;
  const oldest = waiting.reduce<(typeof waiting)[number] | null>((a, c) => (!a || c.createdAt < a.createdAt ? c : a), null);
  const failed = await deps.store.listCases({ state: 'failed', limit: 20 });
  return {
    card: renderStatusCard({
      generatedAt: now,
      byState,
      waitingByMailbox,
      oldestWaiting: oldest ? { ref: oldest.ref, since: oldest.createdAt } : null,
      failures: failed.map((c) => ({ ref: c.ref, kind: c.kind, error: null })),
      deadLetters: await deps.deadLetterCount().catch(() => -1),
      escalateAfterMinutes: deps.config.ESCALATE_AFTER_MINUTES,
    }),
    changedCaseId: null,
  };
}
