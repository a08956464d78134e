import type { CaseState } from '../domain/case.js';
import type { CaseStatistics, StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { toStoredCase } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';

const WAITING_STATES: CaseState[] = ['needs_information', 'awaiting_approval'];

/** CaseStatistics on Prisma: grouped queries, never loading the cases they count. */
export function createPrismaCaseStatistics(db: Database): CaseStatistics {
  return withStoreErrors({
    async countCasesByState(): Promise<Record<string, number>> {
      const groups = await db.case.groupBy({ by: ['state'], _count: { _all: true } });
      return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
    },

    async countCasesByMailbox(state?: CaseState): Promise<Record<string, number>> {
      const groups = await db.case.groupBy({ by: ['mailbox'], where: state ? { state } : {}, _count: { _all: true } });
      return Object.fromEntries(groups.map((g) => [g.mailbox, g._count._all]));
    },

    async findOldestWaitingCase(): Promise<StoredCase | null> {
      const row = await db.case.findFirst({ where: { state: { in: WAITING_STATES } }, orderBy: { createdAt: 'asc' } });
      return row ? toStoredCase(row) : null;
    },
  });
}
