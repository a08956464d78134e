import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../core/adapters/database.js';
import { appendAuditEvent, GENESIS_HASH, hashAuditEvent, sealAuditChain, startAuditSealer, verifyAuditChain } from '../../../core/adapters/prisma-audit-log.js';
import { runTransaction } from '../../../core/adapters/prisma-transaction.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

/**
 * appendAuditEvent stores the event unchained, in the caller's transaction; sealAuditChain chains committed
 * events (docs/decisions/0004). Both providers: the hashes are exactly what hashAuditEvent recomputes, a
 * rolled-back append leaves nothing to chain, and the chain has no gaps whatever the seqs have.
 */
describe.each(['postgresql', 'sqlite'] as const)('appendAuditEvent and sealAuditChain (%s)', (provider) => {
  let database: TestDatabase;
  const append = (type: string, data: Record<string, unknown> = {}) =>
    runTransaction(database.prisma, (tx) => appendAuditEvent(tx, { caseId: null, type, actor: null, data }));
  const head = () => database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'audit_append');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('appends unchained, then seals the hash hashAuditEvent recomputes for non-ASCII, quotes and escapes', async () => {
    const events = [
      { caseId: null, type: 'first', actor: null, data: {} },
      { caseId: 'case-1', type: 'odd "type","seq":0,"type":', actor: 'Siobhán', data: { name: 'Siobhán Ní Bhriain 😀', q: '"seq":0,"type":"x"', s: 'back\\slash\n\t\u0001' } },
      { caseId: 'case-2', type: 'nested', actor: 'ä', data: { z: 1, a: [1, 'é', { y: null }] } },
    ];
    const stored = [];
    for (const event of events) stored.push(await runTransaction(database.prisma, (tx) => appendAuditEvent(tx, event)));
    expect(stored.map((s) => [s.prevHash, s.hash])).toEqual([[null, null], [null, null], [null, null]]);
    expect(await database.prisma.auditEvent.count({ where: { chainSeq: null } })).toBe(3);
    expect((await head()).chainSeq).toBe(0);

    expect(await sealAuditChain(database.prisma)).toEqual({ sealed: 3, busy: false });
    let prevHash = GENESIS_HASH;
    for (const [i, s] of stored.entries()) {
      const row = await database.prisma.auditEvent.findUniqueOrThrow({ where: { seq: s.seq } });
      expect(row.chainSeq).toBe(i + 1);
      expect(row.prevHash).toBe(prevHash);
      expect(row.hash).toBe(hashAuditEvent(prevHash, row));
      expect(row.at.toISOString()).toBe(s.at.toISOString());
      prevHash = row.hash!;
    }
    expect(await head()).toMatchObject({ seq: stored[2]!.seq, chainSeq: 3, hash: prevHash });
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: 3, unsealed: 0 });
    // Nothing left: a second seal writes nothing, not even the head.
    const writes = (await head()).writes;
    expect(await sealAuditChain(database.prisma)).toEqual({ sealed: 0, busy: false });
    expect((await head()).writes).toBe(writes);
  });

  it('gives 40 concurrent appends 40 distinct seqs, all chained by one seal with no gap', async () => {
    const before = await head();
    const stored = await Promise.all(Array.from({ length: 40 }, (_, i) => append('concurrent', { i })));
    expect(new Set(stored.map((s) => s.seq)).size).toBe(40);
    expect(Math.min(...stored.map((s) => s.seq))).toBeGreaterThan(before.seq);
    expect(await verifyAuditChain(database.prisma, { seal: false })).toEqual({ ok: true, count: before.chainSeq, unsealed: 40 });
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: before.chainSeq + 40, unsealed: 0 });
    const chained = await database.prisma.auditEvent.findMany({ where: { chainSeq: { gt: before.chainSeq } }, orderBy: { chainSeq: 'asc' } });
    expect(chained.map((r) => r.chainSeq)).toEqual(Array.from({ length: 40 }, (_, i) => before.chainSeq + i + 1));
    // One seal chains in seq order.
    expect(chained.map((r) => r.seq)).toEqual([...stored.map((s) => s.seq)].sort((a, b) => a - b));
  });

  it('leaves nothing to chain for a rolled-back append, and chains the next event right after the last', async () => {
    const before = await head();
    await expect(
      runTransaction(database.prisma, async (tx) => {
        await appendAuditEvent(tx, { caseId: null, type: 'rolled_back', actor: null, data: {} });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await database.prisma.auditEvent.count({ where: { type: 'rolled_back' } })).toBe(0);
    expect(await sealAuditChain(database.prisma)).toEqual({ sealed: 0, busy: false });
    const next = await append('after_rollback');
    await sealAuditChain(database.prisma);
    const row = await database.prisma.auditEvent.findUniqueOrThrow({ where: { seq: next.seq } });
    // PostgreSQL's sequence does not give the rolled-back seq back; the chain position has no gap all the same.
    expect(row.chainSeq).toBe(before.chainSeq + 1);
    expect(row.prevHash).toBe(before.hash);
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: before.chainSeq + 1, unsealed: 0 });
  });

  it('a background sealer chains appends within a few ticks and seals the rest when stopped', async () => {
    const sealer = startAuditSealer(database.prisma, { everyMs: 50 });
    try {
      const first = await append('sealed_in_background');
      const deadline = Date.now() + 5000;
      while ((await database.prisma.auditEvent.findUniqueOrThrow({ where: { seq: first.seq } })).chainSeq === null) {
        if (Date.now() > deadline) throw new Error('the background sealer did not chain the event in 5 s');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      const last = await append('sealed_on_stop');
      await sealer.stop();
      expect((await database.prisma.auditEvent.findUniqueOrThrow({ where: { seq: last.seq } })).chainSeq).not.toBeNull();
    }
    expect((await verifyAuditChain(database.prisma, { seal: false })).ok).toBe(true);
  });
});

/**
 * PostgreSQL runs writers in parallel, so the properties the design exists for are tested there: an append does
 * not wait for the chain head, an event that commits after a higher seq is chained later rather than lost or
 * waited for, and concurrent sealers never chain an event twice.
 */
describe('audit chain sealing on PostgreSQL', () => {
  let database: TestDatabase;
  const append = (db: Database, type: string, data: Record<string, unknown> = {}) =>
    runTransaction(db, (tx) => appendAuditEvent(tx, { caseId: null, type, actor: null, data }));

  beforeAll(async () => {
    database = await createTestDatabase('postgresql', 'audit_seal');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('appends and commits while another session holds the chain head; a non-waiting seal then reports busy', async () => {
    const holder = await openDatabase(database.url);
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holding = holder.$transaction(async (tx) => {
      await tx.$queryRawUnsafe('SELECT "id" FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE');
      locked();
      await new Promise<void>((r) => (release = r));
    });
    try {
      await isLocked;
      const started = performance.now();
      const stored = await Promise.all(Array.from({ length: 10 }, (_, i) => append(database.prisma, 'while_head_locked', { i })));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(await database.prisma.auditEvent.count({ where: { seq: { in: stored.map((s) => s.seq) } } })).toBe(10);
      expect(await sealAuditChain(database.prisma, { wait: false })).toEqual({ sealed: 0, busy: true });
    } finally {
      release();
      await holding;
      await holder.$disconnect();
    }
    expect(await sealAuditChain(database.prisma, { wait: false })).toEqual({ sealed: 10, busy: false });
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: 10, unsealed: 0 });
  });

  it('chains an event whose transaction commits after a higher seq was sealed, at the end of the chain', async () => {
    let commitLate!: () => void;
    let appendedEarly!: () => void;
    const early = new Promise<void>((r) => (appendedEarly = r));
    const late = runTransaction(database.prisma, async (tx) => {
      const event = await appendAuditEvent(tx, { caseId: null, type: 'commits_late', actor: null, data: {} });
      appendedEarly();
      await new Promise<void>((r) => (commitLate = r));
      return event;
    });
    await early;
    const quick = await append(database.prisma, 'commits_first');
    const chainBefore = (await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } })).chainSeq;
    // The late event's seq is lower, but it has not committed: the sealer neither sees it nor waits for it.
    expect(await sealAuditChain(database.prisma)).toEqual({ sealed: 1, busy: false });
    commitLate();
    const lateEvent = await late;
    expect(lateEvent.seq).toBeLessThan(quick.seq);
    expect(await verifyAuditChain(database.prisma, { seal: false })).toEqual({ ok: true, count: chainBefore + 1, unsealed: 1 });
    expect(await sealAuditChain(database.prisma)).toEqual({ sealed: 1, busy: false });
    const rows = await database.prisma.auditEvent.findMany({ where: { seq: { in: [lateEvent.seq, quick.seq] } }, orderBy: { chainSeq: 'asc' } });
    expect(rows.map((r) => [r.type, r.chainSeq])).toEqual([['commits_first', chainBefore + 1], ['commits_late', chainBefore + 2]]);
    expect(await verifyAuditChain(database.prisma)).toEqual({ ok: true, count: chainBefore + 2, unsealed: 0 });
  });

  it('two processes sealing while 200 appends run chain each event exactly once', async () => {
    const other = await openDatabase(database.url);
    try {
      const before = (await database.prisma.auditChainHead.findUniqueOrThrow({ where: { id: 1 } })).chainSeq;
      let appending = true;
      const sealLoop = async (db: Database, wait: boolean) => {
        while (appending) {
          await sealAuditChain(db, { wait });
          await new Promise((r) => setTimeout(r, 5));
        }
      };
      const appends = (async () => {
        for (let round = 0; round < 10; round += 1) {
          await Promise.all(Array.from({ length: 20 }, (_, i) => append(i % 2 ? database.prisma : other, 'raced', { round, i })));
        }
      })().finally(() => {
        appending = false;
      });
      await Promise.all([appends, sealLoop(database.prisma, true), sealLoop(other, false), sealLoop(other, true)]);
      expect(await verifyAuditChain(other)).toEqual({ ok: true, count: before + 200, unsealed: 0 });
      const chained = await database.prisma.auditEvent.findMany({ where: { chainSeq: { gt: before } }, orderBy: { chainSeq: 'asc' }, select: { chainSeq: true, type: true } });
      expect(chained.map((r) => r.chainSeq)).toEqual(Array.from({ length: 200 }, (_, i) => before + i + 1));
      expect(chained.every((r) => r.type === 'raced')).toBe(true);
    } finally {
      await other.$disconnect();
    }
  }, 60_000);
});
