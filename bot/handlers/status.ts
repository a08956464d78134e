import type { CaseState, Mailbox } from '../../core/domain/case.js';
import { computeCorrectionShares } from '../../core/domain/correction-shares.js';
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
  // Counted by grouped queries through the statistics port: the status card never loads the cases it counts.
  const [byState, waitingByMailbox, oldest, failed, last7, last30] = await Promise.all([
    deps.store.countCasesByState(),
    deps.store.countCasesByMailbox('awaiting_approval'),
    deps.store.findOldestWaitingCase(),
    deps.store.listCases({ state: 'failed', limit: 20 }),
    deps.store.countCorrections(new Date(now.getTime() - 7 * 86_400_000)),
    deps.store.countCorrections(new Date(now.getTime() - 30 * 86_400_000)),
  ]);
  return {
    card: renderStatusCard({
      generatedAt: now,
      byState: byState as Partial<Record<CaseState, number>>,
      waitingByMailbox: waitingByMailbox as Partial<Record<Mailbox, number>>,
      oldestWaiting: oldest ? { ref: oldest.ref, since: oldest.createdAt } : null,
      failures: failed.map((c) => ({ ref: c.ref, kind: c.kind, error: null })),
      deadLetters: await deps.deadLetterCount().catch(() => -1),
      escalateAfterMinutes: deps.config.ESCALATE_AFTER_MINUTES,
      accuracy: { last7: computeCorrectionShares(last7), last30: computeCorrectionShares(last30) },
    }),
    changedCaseId: null,
  };
}
