import type { CaseOutbox, StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { toStoredCase } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';

/** CaseOutbox on Prisma: a case's `queuedAt` stays null until it has been put on the queue. */
export function createPrismaCaseOutbox(db: Database): CaseOutbox {
  return withStoreErrors({
    async listUnqueuedCases(limit = 100): Promise<StoredCase[]> {
      const rows = await db.case.findMany({ where: { queuedAt: null }, orderBy: { createdAt: 'asc' }, take: limit });
      return rows.map(toStoredCase);
    },

    async markQueued(caseId: string): Promise<boolean> {
      const { count } = await db.case.updateMany({ where: { id: caseId, queuedAt: null }, data: { queuedAt: new Date() } });
      return count === 1;
    },

    async markAllQueued(caseIds: string[]): Promise<number> {
      if (caseIds.length === 0) return 0;
      const { count } = await db.case.updateMany({ where: { id: { in: caseIds }, queuedAt: null }, data: { queuedAt: new Date() } });
      return count;
    },
  });
}
