import type { CaseOutbox, CaseQueue } from '../core/ports.js';

/**
 * The transactional outbox's relay: puts every committed case that is not yet marked queued on the
 * `case-ready` queue, then marks it. A crash between the two re-enqueues it next time, and the
 * job id (from the case id and version) makes that second enqueue a no-op. Returns how many it queued.
 */
export async function flushOutbox(store: CaseOutbox, queue: CaseQueue, batch = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const pending = await store.listUnqueuedCases(batch);
    if (pending.length > 0) {
      await queue.enqueueCasesReady(pending.map((c) => ({ caseId: c.id, version: c.version })));
      await store.markAllQueued(pending.map((c) => c.id));
    }
    total += pending.length;
    if (pending.length < batch) return total;
  }
}
