import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

/**
 * verifyAuditChain (which seals first) while the chain grows: it must never report a break that is only an append
 * or a seal it raced with, and must still find a tampered row, a row chained around the sealer and a deleted tail.
 */
describe.each(['postgresql', 'sqlite'] as const)('verifyAuditChain under concurrent appends (%s)', (provider) => {
  let database: TestDatabase;
  let store: AllStorePorts;

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'audit_chain');
    store = openAllStorePorts(database.prisma);
    // A chain long enough that a walk takes a while, so appends land during it.
    for (let i = 0; i < 400; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => store.appendAudit({ caseId: null, type: 'seed_event', actor: null, data: { n: i + j } })));
    }
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('never reports a false break while 20 appends run at once, round after round', async () => {
    const results: Awaited<ReturnType<AllStorePorts['verifyAuditChain']>>[] = [];
    for (let round = 0; round < 5; round += 1) {
      let appending = true;
      const appends = Promise.all(
        Array.from({ length: 20 }, (_, i) => store.appendAudit({ caseId: null, type: 'concurrent_event', actor: `a${i}`, data: { round, i } })),
      ).finally(() => {
        appending = false;
      });
      const verifies = (async () => {
        do results.push(await store.verifyAuditChain());
        while (appending);
      })();
      await Promise.all([appends, verifies]);
    }
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    // Each verified a prefix of the chain that was whole when it began.
    expect(Math.max(...results.map((r) => (r.ok ? r.count : 0)))).toBeGreaterThanOrEqual(400);
    expect(await store.verifyAuditChain()).toEqual({ ok: true, count: 500, unsealed: 0 });
  }, 120_000);

  it('still detects a row chained past the head, a tampered row, an un-sealed row and a deleted tail', async () => {
    const head = await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    // Written around the sealer: the head never moved to it.
    const forged = await database.prisma.auditEvent.create({
      data: { chainSeq: head.chainSeq + 1, caseId: null, type: 'forged', actor: null, data: '{}', at: new Date(), prevHash: head.hash, hash: 'f'.repeat(64) },
    });
    expect(await store.verifyAuditChain()).toEqual({ ok: false, brokenAt: forged.seq });
    // With a real event waiting, the seal cannot take the position the forged row holds: verify still names that row.
    await store.appendAudit({ caseId: null, type: 'after_forgery', actor: null, data: {} });
    expect(await store.verifyAuditChain()).toEqual({ ok: false, brokenAt: forged.seq });
    await database.prisma.auditEvent.delete({ where: { seq: forged.seq } });
    expect(await store.verifyAuditChain()).toEqual({ ok: true, count: head.chainSeq + 1, unsealed: 0 });
    const sealedHead = await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });

    const [victim, next] = await database.prisma.auditEvent.findMany({ where: { chainSeq: { in: [250, 251] } }, orderBy: { chainSeq: 'asc' } });
    await database.prisma.auditEvent.update({ where: { seq: victim!.seq }, data: { data: JSON.stringify({ n: 999 }) } });
    expect(await store.verifyAuditChain()).toEqual({ ok: false, brokenAt: victim!.seq });
    // Edited and handed back to the sealer to be chained again: the hole it leaves shows at the next event.
    await database.prisma.auditEvent.update({ where: { seq: victim!.seq }, data: { chainSeq: null, prevHash: null, hash: null } });
    expect(await store.verifyAuditChain()).toEqual({ ok: false, brokenAt: next!.seq });
    await database.prisma.auditEvent.update({ where: { seq: victim!.seq }, data: { data: victim!.data, chainSeq: victim!.chainSeq, prevHash: victim!.prevHash, hash: victim!.hash } });
    // The sealer re-chained it at the end meanwhile; the head says so, so put that back too.
    await database.prisma.auditChainHead.update({ where: { id: 1 }, data: { seq: sealedHead.seq, chainSeq: sealedHead.chainSeq, hash: sealedHead.hash } });
    expect(await store.verifyAuditChain()).toEqual({ ok: true, count: sealedHead.chainSeq, unsealed: 0 });

    await database.prisma.auditEvent.delete({ where: { seq: sealedHead.seq } });
    expect(await store.verifyAuditChain()).toEqual({ ok: false, brokenAt: sealedHead.seq });
  });
});
