import { afterEach, describe, expect, it } from 'vitest';
import { appendEmails, sleep } from '../../support/drill-rig.js';
import { approveEveryCard, assertEveryCaseRepliedOnce, drillEmail, startDrillSystem, waitUntilSettled } from '../../support/drill-system.js';
import { waitUntil } from '../../e2e/processes.js';

/**
 * Issue 14: the SMTP server goes away mid-run and comes back, while ingest acknowledges new cases through its outbox,
 * the bot posts cards and takes approvals, and the worker executes approved cases and replies. Nothing may be lost,
 * sent twice, executed twice, or recorded as sent before the server accepted it.
 */
const TOTAL = 40;
const OUTAGE_MS = 20_000;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve().then(c).catch(() => undefined);
});

describe('SMTP outage (issue 14)', () => {
  it(`${TOTAL} cases through ingest, bot and worker while SMTP refuses connections for ${OUTAGE_MS / 1000} s: every acknowledgement and reply sent once`, async () => {
    const system = await startDrillSystem('smtp_outage', TOTAL, (c) => cleanups.push(c));
    // Cards seen before the outage are approved 8 s later, so their replies meet it; cards of the emails that arrive
    // during it are approved after it, so their acknowledgements are still due when it ends (a case decided first
    // drops its acknowledgement on purpose, which the final check also accepts).
    let outageStarted = false;
    const approver = approveEveryCard(system, { minAgeMs: () => (outageStarted ? 40_000 : 8000) });
    cleanups.push(() => approver.stop());
    const { prisma } = system.rig.db;

    // The first half flows normally until some acknowledgements and replies are out.
    await appendEmails(system.rig.dovecot, TOTAL / 2, { messageIdPrefix: 'smtp-outage', build: drillEmail });
    await waitUntil(async () => system.smtp.messages.length >= 10, '10 emails at the SMTP server', 60_000, 100);

    outageStarted = true;
    await system.smtp.goDown();
    const downAt = Date.now();
    const acceptedBeforeOutage = system.smtp.messages.length;
    // The second half arrives during the outage: acknowledgements and the replies of cases approved now must wait.
    await appendEmails(system.rig.dovecot, TOTAL / 2, { messageIdPrefix: 'smtp-outage', from: TOTAL / 2, build: drillEmail });
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - downAt)));
    // Nothing was recorded as sent that the server did not accept.
    const recordedDuringOutage = await prisma.sentReply.findMany();
    const accepted = new Set(system.smtp.messages.map((m) => m.messageId));
    expect(recordedDuringOutage.filter((s) => !accepted.has(s.messageId))).toEqual([]);
    expect(system.smtp.messages.length).toBe(acceptedBeforeOutage);
    const failedReplies = await prisma.auditEvent.count({ where: { type: 'reply_failed' } });
    const dueAcknowledgements = await prisma.case.count({ where: { ackDueAt: { not: null } } });

    await system.smtp.comeBack();
    const backAt = Date.now();
    await waitUntilSettled(system, TOTAL, 240_000);
    const drainedMs = Date.now() - backAt;
    await approver.stop();
    // Late duplicates would arrive after the drain: give them a moment.
    await sleep(2000);

    // The outage really cost something: replies failed at the worker and acknowledgements were left due at ingest.
    expect(failedReplies).toBeGreaterThan(0);
    expect(dueAcknowledgements).toBeGreaterThan(0);
    // Everything left due drains soon after the server returns (the regular relay pass at the latest). Ingest's
    // faster backoff retries (retryInMs in its log) are not asserted: on a quiet machine the chain did not start in
    // some runs (a background pass held the claims), which only delays the drain to the regular pass.
    expect(drainedMs).toBeLessThan(90_000);
    await assertEveryCaseRepliedOnce(system, TOTAL);
    console.log(`smtp outage: ${OUTAGE_MS} ms down, ${failedReplies} reply sends failed, ${dueAcknowledgements} acknowledgements due; drained ${drainedMs} ms after the server came back`);
  }, 420_000);
});
