import type { Mailbox } from '../domain/case.js';
import type { DeadLetter as DeadLetterRow } from '../generated/sqlite/client.js';
import type { DeadLetter, DeadLetterInput, DeadLetterStore } from '../ports.js';
import type { Database } from './database.js';
import { withStoreErrors } from './prisma-errors.js';

/** DeadLetterStore on Prisma: one row per source, so adding it again counts an attempt. */
export function createPrismaDeadLetterStore(db: Database): DeadLetterStore {
  return withStoreErrors({
    async addDeadLetter(input: DeadLetterInput): Promise<DeadLetter> {
      const raw = input.raw ? new Uint8Array(input.raw) : null;
      const row = await db.deadLetter.upsert({
        where: { sourceKey: input.sourceKey },
        create: { sourceKey: input.sourceKey, mailbox: input.mailbox, reason: input.reason, raw },
        update: { reason: input.reason, attempts: { increment: 1 }, resolvedAt: null, ...(raw ? { raw } : {}) },
      });
      return toDeadLetter(row);
    },

    async listDeadLetters(filter: { unresolvedOnly?: boolean; limit?: number } = {}): Promise<DeadLetter[]> {
      const rows = await db.deadLetter.findMany({
        where: filter.unresolvedOnly ? { resolvedAt: null } : {},
        orderBy: { createdAt: 'asc' },
        take: filter.limit ?? 200,
      });
      return rows.map(toDeadLetter);
    },

    async getDeadLetter(id: string): Promise<DeadLetter | null> {
      const row = await db.deadLetter.findUnique({ where: { id } });
      return row ? toDeadLetter(row) : null;
    },

    async resolveDeadLetter(id: string): Promise<boolean> {
      const { count } = await db.deadLetter.updateMany({ where: { id, resolvedAt: null }, data: { resolvedAt: new Date() } });
      return count === 1;
    },
  });
}

function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return {
    id: row.id,
    sourceKey: row.sourceKey,
    mailbox: row.mailbox as Mailbox,
    reason: row.reason,
    raw: row.raw ? Buffer.from(row.raw) : null,
    attempts: row.attempts,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}
