import type { CaseCardLocation, CaseCardStore } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { withStoreErrors } from './prisma-errors.js';
import { runTransaction } from './prisma-transaction.js';

/** CaseCardStore on Prisma: the card's address and the posting claim are columns of the case row. */
export function createPrismaCaseCardStore(db: Database): CaseCardStore {
  return withStoreErrors({
    async getCaseCard(caseId: string): Promise<CaseCardLocation | null> {
      const row = await db.case.findUnique({ where: { id: caseId }, select: { cardConversationId: true, cardActivityId: true, cardVersion: true } });
      if (!row?.cardConversationId || !row.cardActivityId) return null;
      return { conversationId: row.cardConversationId, activityId: row.cardActivityId, version: row.cardVersion ?? 0 };
    },

    async listCaseIdsWithCard(caseIds: readonly string[]): Promise<Set<string>> {
      if (caseIds.length === 0) return new Set();
      const rows = await db.case.findMany({ where: { id: { in: [...caseIds] }, cardConversationId: { not: null }, cardActivityId: { not: null } }, select: { id: true } });
      return new Set(rows.map((r) => r.id));
    },

    /** One conditional UPDATE: no card recorded and no claim younger than the lease. */
    async claimCaseCardPost(caseId: string, leaseMs: number): Promise<boolean> {
      const now = new Date();
      const { count } = await db.case.updateMany({
        where: { id: caseId, cardActivityId: null, OR: [{ cardClaimedAt: null }, { cardClaimedAt: { lt: new Date(now.getTime() - leaseMs) } }] },
        data: { cardClaimedAt: now },
      });
      return count === 1;
    },

    async recordCaseCard(caseId: string, card: CaseCardLocation & { reannounced: boolean }): Promise<void> {
      await runTransaction(db, async (tx) => {
        await tx.case.update({
          where: { id: caseId },
          data: { cardConversationId: card.conversationId, cardActivityId: card.activityId, cardVersion: card.version, cardClaimedAt: null },
        });
        await appendAuditEvent(tx, {
          caseId,
          type: 'case_card_posted',
          actor: null,
          data: { activityId: card.activityId, conversationId: card.conversationId, version: card.version, reannounced: card.reannounced },
        });
      });
    },
  });
}
