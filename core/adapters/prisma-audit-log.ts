import { createHash } from 'node:crypto';
import type { AuditEventInput, AuditTrail, StoredAuditEvent } from '../ports.js';
import type { AuditEvent as AuditEventRow } from '../generated/sqlite/client.js';
import { getDatabaseProvider, type Database } from './database.js';
import { withStoreErrors } from './prisma-errors.js';
import { runTransaction, type Transaction } from './prisma-transaction.js';

/**
 * The audit trail is append-only and hash-chained, in two steps so that writers never queue on one row
 * (docs/decisions/0004-audit-chain-sealing.md):
 *
 * - appendAuditEvent INSERTs the event inside the caller's transaction: its `seq` comes from the database
 *   (a sequence on PostgreSQL, AUTOINCREMENT on SQLite), its chain columns stay null, and it locks nothing but
 *   its own new row. It commits or rolls back with the change it records.
 * - sealAuditChain chains committed events under the AuditChainHead row: every committed event without a
 *   `chainSeq`, in seq order, gets the next chain position and hash = sha256(prevHash + canonical JSON of the
 *   event), and the head moves, all in one transaction. Only sealers lock the head.
 *
 * The gap problem: a transaction can take seq 10, commit after seq 11 has committed (and been sealed), or roll
 * back and leave 10 unused forever; a sealer cannot tell those apart. So the chain is ordered by seal, not by
 * seq: each seal chains what had committed when it read, and an event that commits later is chained by a later
 * seal, after everything already sealed. Nothing waits on a gap, nothing committed is skipped, and chainSeq has
 * no gaps, so a deleted row still shows. Editing or deleting an event between its commit and its seal is not
 * detectable; the workers seal every second and verify seals first, which keeps that window short.
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

/** The hash of one event given the previous hash (unchanged since the first chain, so old events still verify). */
export function hashAuditEvent(prevHash: string, event: { seq: number; caseId: string | null; type: string; actor: string | null; data: string; at: Date }): string {
  const body = toCanonicalJson({ seq: event.seq, caseId: event.caseId, type: event.type, actor: event.actor, data: event.data, at: event.at.toISOString() });
  return createHash('sha256').update(prevHash + body).digest('hex');
}

/** Appends one event inside the caller's transaction, unsealed: no chain lock is taken. */
export async function appendAuditEvent(tx: Transaction, event: AuditEventInput): Promise<StoredAuditEvent> {
  // JavaScript dates and both providers' DateTime(3) hold milliseconds, so the sealer hashes what was meant.
  const row = await tx.auditEvent.create({
    data: { caseId: event.caseId, type: event.type, actor: event.actor, data: toCanonicalJson(event.data), at: new Date() },
    select: { seq: true, at: true },
  });
  return { ...event, seq: row.seq, at: row.at, prevHash: null, hash: null };
}

/** An event's row as appended unsealed (as appendAuditEvent writes it), for writing several in one statement. */
export function auditEventRow(event: AuditEventInput, at: Date): { caseId: string | null; type: string; actor: string | null; data: string; at: Date } {
  return { caseId: event.caseId, type: event.type, actor: event.actor, data: toCanonicalJson(event.data), at };
}

export interface SealResult {
  /** Events chained by this call. */
  sealed: number;
  /** True when another sealer held the head and `wait` was false: that sealer chains them instead. */
  busy: boolean;
}

const SEAL_BATCH = 1000;

/**
 * Chains every event committed so far and not yet sealed, in batches of one transaction each. `wait: false`
 * (the background sealer) returns at once when another process is sealing; `wait: true` (verify) queues behind it.
 */
export async function sealAuditChain(db: Database, options: { wait?: boolean } = {}): Promise<SealResult> {
  let sealed = 0;
  for (;;) {
    // A plain read first, so an idle sealer writes nothing (no WAL growth, no lock) when there is nothing to seal.
    if (!(await db.auditEvent.findFirst({ where: { chainSeq: null }, select: { seq: true } }))) return { sealed, busy: false };
    const batch = await runTransaction(db, (tx) => sealBatch(tx, getDatabaseProvider(db), options.wait ?? true));
    if (batch === null) return { sealed, busy: true };
    sealed += batch;
    if (batch < SEAL_BATCH) return { sealed, busy: false };
  }
}

/** Seals up to SEAL_BATCH events under the head lock; null when `wait` is false and another sealer holds it. */
async function sealBatch(tx: Transaction, provider: 'sqlite' | 'postgresql', wait: boolean): Promise<number | null> {
  let head: { chainSeq: number; hash: string };
  if (provider === 'postgresql') {
    const rows = await tx.$queryRawUnsafe<{ chainSeq: number; hash: string }[]>(
      `SELECT "chainSeq", "hash" FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE${wait ? '' : ' SKIP LOCKED'}`,
    );
    if (!rows[0]) {
      if (wait) throw new Error('audit chain has no head row');
      return null;
    }
    head = rows[0];
  } else {
    // SQLite has one writer: writing first takes the write lock before the head is read (a deferred
    // transaction that read first could fail to upgrade when another process wrote meanwhile).
    await tx.auditChainHead.update({ where: { id: 1 }, data: { writes: { increment: 1 } } });
    head = await tx.auditChainHead.findUniqueOrThrow({ where: { id: 1 }, select: { chainSeq: true, hash: true } });
  }
  // Read under the head lock: every event that had committed by now, so no other sealer can chain them too.
  const events = await tx.auditEvent.findMany({ where: { chainSeq: null }, orderBy: { seq: 'asc' }, take: SEAL_BATCH });
  if (events.length === 0) return 0;
  let prevHash = head.hash;
  let chainSeq = head.chainSeq;
  const seals = events.map((event) => {
    chainSeq += 1;
    const seal = { seq: event.seq, chainSeq, prevHash, hash: hashAuditEvent(prevHash, event) };
    prevHash = seal.hash;
    return seal;
  });
  const written = provider === 'postgresql' ? await writeSealsOnPostgres(tx, seals) : await writeSealsOnSqlite(tx, seals);
  if (written !== seals.length) throw new Error(`audit seal wrote ${written} of ${seals.length} events`);
  const last = seals[seals.length - 1]!;
  await tx.auditChainHead.update({ where: { id: 1 }, data: { seq: last.seq, chainSeq: last.chainSeq, hash: last.hash, ...(provider === 'postgresql' ? { writes: { increment: 1 } } : {}) } });
  return seals.length;
}

interface Seal { seq: number; chainSeq: number; prevHash: string; hash: string }

/** One statement for the whole batch. `chainSeq IS NULL` makes a seal write only what is still unsealed. */
async function writeSealsOnPostgres(tx: Transaction, seals: Seal[]): Promise<number> {
  return tx.$executeRawUnsafe(
    `UPDATE "AuditEvent" AS e SET "chainSeq" = v."chainSeq", "prevHash" = v."prevHash", "hash" = v."hash"
     FROM unnest($1::int[], $2::int[], $3::text[], $4::text[]) AS v("seq", "chainSeq", "prevHash", "hash")
     WHERE e."seq" = v."seq" AND e."chainSeq" IS NULL`,
    seals.map((s) => s.seq), seals.map((s) => s.chainSeq), seals.map((s) => s.prevHash), seals.map((s) => s.hash),
  );
}

async function writeSealsOnSqlite(tx: Transaction, seals: Seal[]): Promise<number> {
  let written = 0;
  for (const s of seals) {
    written += await tx.$executeRawUnsafe(
      'UPDATE "AuditEvent" SET "chainSeq" = ?, "prevHash" = ?, "hash" = ? WHERE "seq" = ? AND "chainSeq" IS NULL',
      s.chainSeq, s.prevHash, s.hash, s.seq,
    );
  }
  return written;
}

/** The background sealer a long-running process keeps. */
export interface RunningAuditSealer {
  /** Stops the timer, waits for a seal in progress, and seals once more. */
  stop(): Promise<void>;
}

/** How often `pcse worker` seals: the longest an event waits before editing it would break the chain. */
export const AUDIT_SEAL_EVERY_MS = 1000;

/**
 * Seals every `everyMs` without waiting for another process's sealer (it chains the same events). Errors go to
 * `onError` and the next tick tries again: an unsealed event is still stored, only not yet chained.
 */
export function startAuditSealer(db: Database, options: { everyMs?: number; onError?: (error: unknown) => void } = {}): RunningAuditSealer {
  const everyMs = options.everyMs ?? AUDIT_SEAL_EVERY_MS;
  const onError = options.onError ?? (() => undefined);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = (): void => {
    inFlight = sealAuditChain(db, { wait: false }).then(
      () => undefined,
      (error: unknown) => onError(error),
    ).finally(() => {
      if (!stopped) schedule();
    });
  };
  const schedule = (): void => {
    timer = setTimeout(tick, everyMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      await sealAuditChain(db, { wait: false }).catch(onError);
    },
  };
}

export type AuditVerification = { ok: true; count: number; unsealed: number } | { ok: false; brokenAt: number };

/**
 * Seals what has committed (unless `seal: false`), then walks the chain from the genesis in chainSeq order and
 * reports the seq of the first event that does not match. `count` is the chain's length; `unsealed` counts
 * events committed after the seal (or never sealed, with `seal: false`), which the next seal chains.
 *
 * Seals may run meanwhile, so the head is read FIRST and only events up to it are walked: the seal that moved
 * the head to an event chained it in the same transaction, so everything up to the head is visible.
 */
export async function verifyAuditChain(db: Database, options: { seal?: boolean } = {}): Promise<AuditVerification> {
  let sealFailure: unknown = null;
  if (options.seal ?? true) {
    // A row written around the sealer can hold the next chain position or hash: the seal cannot chain past it, and
    // the walk below names that row, which is the answer wanted here rather than the seal's error.
    await sealAuditChain(db, { wait: true }).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      sealFailure = error;
    });
  }
  // better-sqlite3 is one connection per client, and the adapter's mutex orders only transactions: a plain read
  // would see another in-process transaction's seal half done. Inside a transaction the walk waits for those and
  // reads one committed state; other processes' writes are invisible under WAL until they commit.
  const result = getDatabaseProvider(db) === 'sqlite'
    ? await db.$transaction((tx) => verifyChainFrom(tx), { maxWait: 15_000, timeout: 600_000 })
    : await verifyChainFrom(db);
  if (result.ok && sealFailure) throw sealFailure;
  return result;
}

/** A unique index refused the seal's write (P2002 from the query builder, or the driver's error from raw SQL). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; message?: unknown };
  return e?.code === 'P2002' || e?.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation' || /UNIQUE constraint failed|duplicate key value/i.test(String(e?.message ?? ''));
}

const VERIFY_PAGE = 1000;

async function verifyChainFrom(db: Pick<Transaction, 'auditEvent' | 'auditChainHead'>): Promise<AuditVerification> {
  const head = await db.auditChainHead.findUnique({ where: { id: 1 } });
  if (!head) return { ok: false, brokenAt: 1 };
  let prevHash = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { chainSeq: { gte: expected, lte: head.chainSeq } }, orderBy: { chainSeq: 'asc' }, take: VERIFY_PAGE });
    for (const row of page) {
      // A missing chain position (a deleted row, or one un-sealed to be re-chained) shows here as the next row.
      if (row.chainSeq !== expected || row.prevHash !== prevHash || row.hash !== hashAuditEvent(prevHash, row)) return { ok: false, brokenAt: row.seq };
      prevHash = row.hash;
      expected += 1;
    }
    if (page.length < VERIFY_PAGE) break;
  }
  // A deleted tail shows as a head that points past the last event: the head still names its seq.
  if (head.chainSeq !== expected - 1 || head.hash !== prevHash) return { ok: false, brokenAt: head.seq };
  // A chained event past the head is either a concurrent seal or a row written around the sealer. Read the head
  // again AFTER seeing the event: a seal had moved the head past it when it committed, a forged row did not.
  const beyond = await db.auditEvent.findFirst({ where: { chainSeq: { gt: head.chainSeq } }, orderBy: { chainSeq: 'desc' }, select: { chainSeq: true } });
  if (beyond) {
    const now = (await db.auditChainHead.findUnique({ where: { id: 1 }, select: { chainSeq: true } }))?.chainSeq ?? head.chainSeq;
    if (now < (beyond.chainSeq ?? 0)) {
      const forged = await db.auditEvent.findFirst({ where: { chainSeq: { gt: now } }, orderBy: { chainSeq: 'asc' }, select: { seq: true } });
      return { ok: false, brokenAt: forged?.seq ?? head.seq + 1 };
    }
  }
  const unsealed = await db.auditEvent.count({ where: { chainSeq: null } });
  return { ok: true, count: head.chainSeq, unsealed };
}

/** Events in the order they were written (seq), optionally for one case; unsealed ones have no hash yet. */
export async function listAuditEvents(db: Database, filter: { caseId?: string; limit?: number }): Promise<StoredAuditEvent[]> {
  const rows = await db.auditEvent.findMany({ where: filter.caseId ? { caseId: filter.caseId } : {}, orderBy: { seq: 'asc' }, take: filter.limit ?? 500 });
  return rows.map(toStoredAuditEvent);
}

/** An AuditEvent row as the ports see it (its data parsed back from canonical JSON). */
export function toStoredAuditEvent(r: AuditEventRow): StoredAuditEvent {
  return { seq: r.seq, caseId: r.caseId, type: r.type, actor: r.actor, data: JSON.parse(r.data) as Record<string, unknown>, at: r.at, prevHash: r.prevHash, hash: r.hash };
}

/** AuditTrail on Prisma: reading the trail and verifying its chain (which seals what has committed first). */
export function createPrismaAuditTrail(db: Database): AuditTrail {
  return withStoreErrors({
    listAuditEvents: (filter: { caseId?: string; limit?: number }) => listAuditEvents(db, filter),
    verifyAuditChain: () => verifyAuditChain(db),
  });
}
