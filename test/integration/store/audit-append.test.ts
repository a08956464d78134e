import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvent, GENESIS_HASH, hashAuditEvent, verifyAuditChain } from '../../../core/adapters/prisma-audit-log.js';
import { runTransaction } from '../../../core/adapters/prisma-transaction.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

/**
 * appendAuditEvent chains on the server on PostgreSQL (one statement, sha256 in SQL) and in JavaScript on
 * SQLite: both must store exactly the hash hashAuditEvent recomputes, whatever the text holds.
 */
describe.each(['postgresql', 'sqlite'] as const)('appendAuditEvent (%s)', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'audit_append');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('stores the hash hashAuditEvent recomputes for non-ASCII, quotes, escapes and a look-alike seq', async () => {
    const events = [
      { caseId: null, type: 'first', actor: null, data: {} },
      { caseId: 'case-1', type: 'odd "type","seq":0,"type":', actor: 'Siobhán', data: { name: 'Siobhán Ní Bhriain 😀', q: '"seq":0,"type":"x"', s: 'back\\slash\n\t\u0001' } },
      { caseId: 'case-2', type: 'nested', actor: 'ä', data: { z: 1, a: [1, 'é', { y: null }] } },
    ];
    let prevHash = GENESIS_HASH;
    for (const [i, event] of events.entries()) {
      const stored = await runTransaction(database.prisma, (tx) => appendAuditEvent(tx, event));
      const row = await database.prisma.auditEvent.findUniqueOrThrow({ where: { seq: stored.seq } });
      expect(stored.seq).toBe(i + 1);
      expect(stored.prevHash).toBe(prevHash);
      expect(row.hash).toBe(hashAuditEvent(prevHash, row));
      expect(row.hash).toBe(stored.hash);
      expect(row.at.toISOString()).toBe(stored.at.toISOString());
      prevHash = row.hash;
    }
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: 3 });
  });

  it('gives 40 concurrent appends 40 consecutive sequence numbers on one unbroken chain', async () => {
    const before = await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    const stored = await Promise.all(
      Array.from({ length: 40 }, (_, i) => runTransaction(database.prisma, (tx) => appendAuditEvent(tx, { caseId: null, type: 'concurrent', actor: null, data: { i } }))),
    );
    expect(stored.map((s) => s.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => before.seq + i + 1));
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: before.seq + 40 });
  });

  it('rolls the head back with the transaction that appended', async () => {
    const before = await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    await expect(
      runTransaction(database.prisma, async (tx) => {
        await appendAuditEvent(tx, { caseId: null, type: 'rolled_back', actor: null, data: {} });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const after = await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    expect({ seq: after.seq, hash: after.hash }).toEqual({ seq: before.seq, hash: before.hash });
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: before.seq });
  });
});
