import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXECUTE_CASE_QUEUE } from '../../../core/adapters/bullmq-case-queue.js';
import type { StoredCase } from '../../../core/ports.js';
import { startBotHarness, USERS, type BotHarness } from './bot-harness.js';

const CASES = 100;
const CLICKS = 50;

describe('exactly once under concurrent clicks (PostgreSQL)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness('postgresql', { executionConcurrency: 8 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it(`${CASES} cases, two approvers each clicking ${CLICKS} times at once: one decision, one execution, one email per case`, { timeout: 240_000 }, async () => {
    const cases: StoredCase[] = [];
    for (let i = 0; i < CASES; i += 1) {
      // Half standard-risk (one approver completes), half high-risk nominations (both approvers needed).
      const nomination = i % 2 === 1;
      // Each nomination at its own practice: four user administrators per service is the limit (docs/domain.md).
      const odsCode = `B${10000 + i}`;
      if (nomination) await h.database.prisma.organisation.create({ data: { odsCode, name: `Practice ${i}`, type: 'gp_practice', source: 'test' } });
      cases.push(
        await h.addCase(
          nomination
            ? { organisation: { odsCode, name: `Practice ${i}`, type: 'gp_practice' }, fields: { service: 'PL', nominee: { name: `Nominee ${i}`, email: `nominee${i}@nhs.net` }, approver: null } }
            : { mailbox: 'datamanager', kind: 'practice_email_update', fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: `riverside${i}.a81001@nhs.net` } },
        ),
      );
    }
    const clicks: (() => Promise<{ status: number }>)[] = [];
    for (let k = 0; k < CLICKS; k += 1) {
      for (const c of cases) {
        for (const user of [USERS.sam, USERS.alex]) clicks.push(() => h.invoke(user, 'approve', { caseId: c.id, cardVersion: c.version }, { replyToId: `card-${c.id}` }));
      }
    }
    const started = performance.now();
    // 200 requests in flight at any moment (a client cap, as Teams' own connections would be), interleaved so
    // both approvers' clicks on every case overlap.
    const results: { status: number }[] = [];
    let nextClick = 0;
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        while (nextClick < clicks.length) {
          const click = clicks[nextClick++]!;
          results.push(await click());
        }
      }),
    );
    const elapsed = performance.now() - started;
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    console.info(`${clicks.length} invokes in ${Math.round(elapsed)} ms (${Math.round(clicks.length / (elapsed / 1000))}/s)`);

    for (const c of cases) {
      const decisions = await h.store.listDecisions(c.id);
      const approvers = new Set(decisions.map((d) => d.actor.aadObjectId));
      expect(decisions.length, c.ref).toBe(c.kind === 'user_admin_nomination' ? 2 : 1);
      expect(approvers.size).toBe(decisions.length);
      const audit = await h.store.listAuditEvents({ caseId: c.id, limit: 100_000 });
      expect(audit.filter((e) => e.type === 'state_changed' && e.data.to === 'approved')).toHaveLength(1);
      expect(audit.filter((e) => e.type === 'case_approved')).toHaveLength(1);
    }
    const deadline = Date.now() + 60_000;
    for (const c of cases) await h.waitForState(c.id, 'replied', Math.max(1000, deadline - Date.now()));
    const counts = await h.queue.queueCounts();
    expect(counts[EXECUTE_CASE_QUEUE]?.completed).toBe(CASES);
    for (const c of cases) {
      const audit = await h.store.listAuditEvents({ caseId: c.id, limit: 100_000 });
      expect(audit.filter((e) => e.type === 'execution_finished')).toHaveLength(1);
    }
    // One confirmation per case (nominations also write to the nominee): no case emailed twice.
    const perCase = new Map<string, number>();
    await new Promise((r) => setTimeout(r, 500));
    for (const m of h.smtp.messages) {
      const ref = /PCSE-\d{4}-\d{6}/.exec(m.subject ?? '')?.[0];
      if (ref) perCase.set(ref, (perCase.get(ref) ?? 0) + 1);
    }
    for (const c of cases) expect(perCase.get(c.ref), c.ref).toBe(c.kind === 'user_admin_nomination' ? perCase.get(cases[1]!.ref) : 1);
  });
});
