import type { Database } from './database.js';

/** The client handed to a transaction callback. */
export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/**
 * Runs `work` in one interactive transaction and retries it when the database says another writer was in
 * the way: SQLite's SQLITE_BUSY (a deferred transaction could not upgrade to a write lock while another
 * process wrote) and PostgreSQL's serialization failure or deadlock (P2034, 40001, 40P01). `work` must be
 * safe to run again, which it is when it only talks to the database.
 */
export async function runTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (attempt >= 8 || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}

/** True for the errors runTransaction retries. */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (code === 'P2034') return true;
  const text = String((error as Error)?.message ?? error);
  return /SQLITE_BUSY|database is locked|could not serialize|deadlock detected|40001|40P01/i.test(text);
}

/**
 * True when `error` is a unique-constraint violation, i.e. another writer inserted first: Prisma's P2002, or a raw
 * statement's (prisma-insert-rows.ts) P2010 whose driver error is a UniqueConstraintViolation.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  return e?.code === 'P2002' || (e?.code === 'P2010' && e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
}
