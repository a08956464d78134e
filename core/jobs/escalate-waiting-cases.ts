import type { CaseCardStore, CaseStore, DecisionLog } from '../ports.js';

/**
 * How long a waiting case may be without a card before the sweep posts it: the `case-ready` job normally posts
 * within a second, and retries with backoff for about four minutes (8 attempts) before BullMQ gives it up.
 */
export const CARD_MISSING_AFTER_MS = 5 * 60_000;

/**
 * The repeatable escalation sweep, run by `pcse bot` every few minutes: cases waiting for approval longer than
 * ESCALATE_AFTER_MINUTES are re-announced in the channel and reported to supervisors, at most once per period
 * each; waiting cases that still have no card (their `case-ready` job failed every attempt, e.g. the connector
 * was down for minutes) are posted again, so no case waits unseen until it is escalated; approved cases whose
 * execution job was lost (a crash between the decision and the enqueue) are handed to the worker again (the job
 * id deduplicates).
 */
export interface EscalationDeps {
  cases: Pick<CaseStore, 'listCases'> & DecisionLog & Pick<CaseCardStore, 'listCaseIdsWithCard'>;
  escalateAfterMinutes: number;
  reannounce(caseId: string, waitingMinutes: number): Promise<void>;
  notifySupervisors(summary: { count: number; oldestRef: string; oldestMinutes: number }): Promise<void>;
  /** Posts a waiting case's card (the publisher's claim stops a second post); throws when it cannot. */
  postMissingCard(caseId: string): Promise<void>;
  enqueueExecution(caseId: string, decisionId: string): Promise<void>;
  /** When each case was last escalated; the caller keeps it between runs. */
  lastEscalated: Map<string, number>;
}

export async function handleEscalation(
  deps: EscalationDeps,
  now = new Date(),
): Promise<{ escalated: number; requeued: number; cardsPosted: number; cardsStillMissing: number }> {
  const periodMs = deps.escalateAfterMinutes * 60_000;
  const waiting = await deps.cases.listCases({ state: 'awaiting_approval', limit: 1000 });
  const due = waiting.filter((c) => now.getTime() - c.createdAt.getTime() >= periodMs && now.getTime() - (deps.lastEscalated.get(c.id) ?? 0) >= periodMs);
  for (const c of due) {
    await deps.reannounce(c.id, Math.floor((now.getTime() - c.createdAt.getTime()) / 60_000));
    deps.lastEscalated.set(c.id, now.getTime());
  }
  // A re-announcement above posts a missing card itself; the others are the cases nobody has been shown.
  let cardsPosted = 0;
  let cardsStillMissing = 0;
  const candidates = waiting.filter((c) => !due.includes(c) && now.getTime() - c.createdAt.getTime() >= CARD_MISSING_AFTER_MS);
  // One query for the lot: up to 1,000 waiting cases per sweep.
  const withCard = await deps.cases.listCaseIdsWithCard(candidates.map((c) => c.id));
  for (const c of candidates) {
    if (withCard.has(c.id)) continue;
    try {
      await deps.postMissingCard(c.id);
      cardsPosted += 1;
    } catch {
      // The connector is still away: the next sweep tries again, and the caller reports the count.
      cardsStillMissing += 1;
    }
  }
  const oldest = due[0];
  if (oldest) await deps.notifySupervisors({ count: due.length, oldestRef: oldest.ref, oldestMinutes: Math.floor((now.getTime() - oldest.createdAt.getTime()) / 60_000) });
  let requeued = 0;
  for (const c of await deps.cases.listCases({ state: 'approved', limit: 1000 })) {
    if (now.getTime() - c.updatedAt.getTime() < 60_000) continue;
    const approval = (await deps.cases.listDecisions(c.id)).filter((d) => d.verb === 'approve').pop();
    if (approval) {
      await deps.enqueueExecution(c.id, approval.id);
      requeued += 1;
    }
  }
  return { escalated: due.length, requeued, cardsPosted, cardsStillMissing };
}
