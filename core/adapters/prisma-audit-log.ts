import { createHash } from 'node:crypto';
import type { AuditEventInput, StoredAuditEvent } from '../ports.js';
import { getDatabaseProvider, type Database } from './database.js';
import type { Transaction } from './prisma-transaction.js';

/**
 * The audit trail is append-only and hash-chained: each event's hash is sha256(prevHash + canonical JSON of
 * the event), so editing or deleting a past row breaks every hash after it. Appends serialise on the one
 * AuditChainHead row (inserted by the first migration): the first statement of an append is an UPDATE of
 * that row, which takes its lock on PostgreSQL and the write lock on SQLite before the head is read.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same event always hashes the same. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The hash of one event given the previous hash. */
export function hashAuditEvent(prevHash: string, event: { seq: number; caseId: string | null; type: string; actor: string | null; data: string; at: Date }): string {
  const body = toCanonicalJson({ seq: event.seq, caseId: event.caseId, type: event.type, actor: event.actor, data: event.data, at: event.at.toISOString() });
  return createHash('sha256').update(prevHash + body).digest('hex');
}

/** Appends one event inside the caller's transaction. */
export async function appendAuditEvent(tx: Transaction, event: AuditEventInput): Promise<StoredAuditEvent> {
  await tx.auditChainHead.update({ where: { id: 1 }, data: { writes: { increment: 1 } } });
  const head = await tx.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
  const seq = head.seq + 1;
  // JavaScript dates and both providers' DateTime(3) hold milliseconds, so the hash survives a round trip.
  const at = new Date();
  const data = toCanonicalJson(event.data);
  const hash = hashAuditEvent(head.hash, { seq, caseId: event.caseId, type: event.type, actor: event.actor, data, at });
  await tx.auditEvent.create({ data: { seq, caseId: event.caseId, type: event.type, actor: event.actor, data, at, prevHash: head.hash, hash } });
  await tx.auditChainHead.update({ where: { id: 1 }, data: { seq, hash } });
  return { ...event, seq, at, prevHash: head.hash, hash };
}

/**
 * Walks the chain from the genesis in pages and reports the first event that does not match. Appends may run
 * meanwhile, so the chain head is read FIRST and only events up to it are verified: an event and the head that
 * points at it are committed in one transaction, so every event up to the head is already visible, and one
 * appended after the head was read is simply not part of this check (the next one covers it).
 */
export async function verifyAuditChain(db: Database): Promise<{ ok: true; count: number } | { ok: false; brokenAt: number }> {
  if (getDatabaseProvider(db) === 'sqlite') {
    // better-sqlite3 is one connection per client, and the adapter's mutex orders only transactions: a plain read
    // would see another in-process transaction's append half done (its event without its head). Inside a
    // transaction the walk waits for those and reads one committed state; other processes' writes are invisible
    // under WAL until they commit.
    return db.$transaction((tx) => verifyChainFrom(tx), { maxWait: 15_000, timeout: 600_000 });
  }
  return verifyChainFrom(db);
}

async function verifyChainFrom(db: Pick<Transaction, 'auditEvent' | 'auditChainHead'>): Promise<{ ok: true; count: number } | { ok: false; brokenAt: number }> {
  const head = await db.auditChainHead.findUnique({ where: { id: 1 } });
  if (!head) return { ok: false, brokenAt: 1 };
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { seq: { gte: expectedSeq, lte: head.seq } }, orderBy: { seq: 'asc' }, take: 1000 });
    for (const row of page) {
      const recomputed = hashAuditEvent(prevHash, row);
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || row.hash !== recomputed) return { ok: false, brokenAt: expectedSeq };
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (page.length < 1000) break;
  }
  // A deleted tail shows as a head that points past the last event.
  if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) return { ok: false, brokenAt: expectedSeq };
  // An event past the head is either a concurrent append or a row written around the chain. Read the head again
  // AFTER seeing the event: an append had moved the head past it when it committed, a forged row did not.
  const beyond = await db.auditEvent.findFirst({ where: { seq: { gt: head.seq } }, orderBy: { seq: 'desc' }, select: { seq: true } });
  if (beyond) {
    const now = await db.auditChainHead.findUnique({ where: { id: 1 }, select: { seq: true } });
    if (!now || now.seq < beyond.seq) return { ok: false, brokenAt: (now?.seq ?? head.seq) + 1 };
  }
  return { ok: true, count: head.seq };
}

/** Events in order, optionally for one case. */
export async function listAuditEvents(db: Database, filter: { caseId?: string; limit?: number }): Promise<StoredAuditEvent[]> {
  const rows = await db.auditEvent.findMany({ where: filter.caseId ? { caseId: filter.caseId } : {}, orderBy: { seq: 'asc' }, take: filter.limit ?? 500 });
  return rows.map((r) => ({ seq: r.seq, caseId: r.caseId, type: r.type, actor: r.actor, data: JSON.parse(r.data) as Record<string, unknown>, at: r.at, prevHash: r.prevHash, hash: r.hash }));
}
