import type { DatabaseProvider } from './prisma-schema-variant.js';
import type { Transaction } from './prisma-transaction.js';

/** The tables an ingest batch writes in bulk, each with its Prisma model (whose createMany SQLite uses). */
const MODELS = { Case: 'case', Email: 'email', Attachment: 'attachment', AuditEvent: 'auditEvent' } as const;
export type BulkTable = keyof typeof MODELS;

/** Row values as Prisma takes them: text, numbers, dates, bytes, or null. */
export type BulkValue = string | number | Date | Uint8Array | null;

/**
 * Inserts rows, all with the same columns, in one statement. On PostgreSQL that is a plain `INSERT … VALUES`:
 * Prisma compiles every createMany afresh (its query-plan cache leaves createMany out), and for an ingest batch
 * (32 emails with their raw bytes, their cases and audit events) that compilation was about a fifth of the ingest
 * thread's time. On SQLite, the embedded default, createMany stays: the stored form of a DateTime there is Prisma's.
 */
export async function insertRows(tx: Transaction, provider: DatabaseProvider, table: BulkTable, rows: Record<string, BulkValue>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  if (provider !== 'postgresql') {
    const model = tx[MODELS[table]] as unknown as { createMany(args: { data: Record<string, BulkValue>[] }): Promise<unknown> };
    await model.createMany({ data: rows });
    return;
  }
  const values: BulkValue[] = [];
  const tuples = rows.map((row) => {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((k, i) => k !== columns[i])) throw new Error(`insertRows(${table}): every row must have the same columns in the same order`);
    return `(${columns.map((c) => {
      values.push(row[c] ?? null);
      // TIMESTAMP(3) holds UTC wall time, as Prisma writes it: the zone of the ISO string is dropped, not applied.
      return row[c] instanceof Date ? `$${values.length}::timestamp(3)` : `$${values.length}`;
    }).join(', ')})`;
  });
  const params = values.map((v) => (v instanceof Date ? v.toISOString() : v));
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, ...params);
}
