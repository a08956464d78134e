import { createHash } from 'node:crypto';
import type { AuditEventInput, StoredAuditEvent } from '../ports.js';
import { getDatabaseProvider, type Database } from './database.js';
import type { Transaction } from './prisma-transaction.js';

/**
 * The audit trail is append-only and hash-chained: each event's hash is sha256(prevHash + canonical JSON of
 * the event), so editing or deleting a past row breaks every hash after it. Appends serialise on the one
 * AuditChainHead row (inserted by the first migration). On PostgreSQL an append is ONE statement that locks
 * the head, chains the event onto it (sha256 computed by the server) and moves the head, so the row lock is
 * held only from that statement to the commit, not across several round trips: every writing transaction of
 * every worker process queues on that lock. On SQLite (one writer per database anyway) the first statement
 * is an UPDATE of the head, which takes the write lock before the head is read.
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

/**
 * The canonical JSON of an event split around its sequence number (`{…,"seq":` and `,"type":…}`): the
 * sorted keys put `seq` between `data` and `type`, and every quote inside a value is escaped, so the first
 * unescaped `,"seq":0,"type":` is the top-level one. prefix + String(seq) + suffix equals the body that
 * hashAuditEvent hashes.
 */
function splitBodyAroundSeq(event: { caseId: string | null; type: string; actor: string | null; data: string; at: Date }): { prefix: string; suffix: string } {
  const body = toCanonicalJson({ seq: 0, caseId: event.caseId, type: event.type, actor: event.actor, data: event.data, at: event.at.toISOString() });
  const marker = ',"seq":0,"type":';
  const i = body.indexOf(marker);
  if (i < 0) throw new Error('audit body has no top-level seq');
  return { prefix: body.slice(0, i + ',"seq":'.length), suffix: body.slice(i + ',"seq":0'.length) };
}

/**
 * One statement: lock and read the head (FOR UPDATE), compute the next seq and sha256(prevHash + body), insert
 * the event and move the head. PostgreSQL's sha256() and `int::text` give exactly what hashAuditEvent computes,
 * so verifyAuditChain needs no change. TIMESTAMP(3) without time zone holds UTC, as Prisma writes it.
 */
const APPEND_POSTGRES_SQL = `
WITH prev AS (
  SELECT "seq", "hash" FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE
), next AS (
  SELECT "seq" + 1 AS "seq", "hash" AS "prevHash",
         encode(sha256(convert_to("hash" || $1 || ("seq" + 1)::text || $2, 'UTF8')), 'hex') AS "hash"
  FROM prev
), head AS (
  UPDATE "AuditChainHead" AS h SET "seq" = next."seq", "hash" = next."hash", "writes" = h."writes" + 1
  FROM next WHERE h."id" = 1
  RETURNING h."seq"
), inserted AS (
  INSERT INTO "AuditEvent" ("seq", "caseId", "type", "actor", "data", "at", "prevHash", "hash")
  SELECT "seq", $3, $4, $5, $6, $7::timestamp(3), "prevHash", "hash" FROM next
  RETURNING "seq", "prevHash", "hash"
)
SELECT inserted."seq", inserted."prevHash", inserted."hash" FROM inserted, head`;

async function appendOnPostgres(tx: Transaction, event: AuditEventInput, data: string, at: Date): Promise<StoredAuditEvent> {
  const { prefix, suffix } = splitBodyAroundSeq({ caseId: event.caseId, type: event.type, actor: event.actor, data, at });
  const utc = at.toISOString().replace('T', ' ').replace('Z', '');
  const rows = await tx.$queryRawUnsafe<{ seq: number; prevHash: string; hash: string }[]>(
    APPEND_POSTGRES_SQL, prefix, suffix, event.caseId, event.type, event.actor, data, utc,
  );
  const row = rows[0];
  if (!row) throw new Error('audit append found no chain head');
  return { ...event, seq: Number(row.seq), at, prevHash: row.prevHash, hash: row.hash };
}

/** Appends one event inside the caller's transaction. */
export async function appendAuditEvent(tx: Transaction, event: AuditEventInput): Promise<StoredAuditEvent> {
  // A transaction client is not the Database that openDatabase registered, but carries the generated
  // client's provider (Prisma's `_activeProvider`, the one exposed on every client, typed in its runtime).
  if ((tx as unknown as { _activeProvider?: string })._activeProvider === 'postgresql') {
    return appendOnPostgres(tx, event, toCanonicalJson(event.data), new Date());
  }
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
