import type { ReplyLog, SentReplyDetails } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { withStoreErrors } from './prisma-errors.js';
import { isUniqueViolation, runTransaction } from './prisma-transaction.js';

/** ReplyLog on Prisma: a sent reply's key is unique, so a re-run job finds the first Message-ID. */
export function createPrismaReplyLog(db: Database): ReplyLog {
  return withStoreErrors({
    async findSentReply(key: string): Promise<string | null> {
      const row = await db.sentReply.findUnique({ where: { key } });
      return row?.messageId ?? null;
    },

    /** The one writer of `reply_sent` (the executor and the acknowledgement relay call this, and do not audit it themselves). */
    async recordSentReply(key: string, caseId: string, messageId: string, details: SentReplyDetails): Promise<void> {
      try {
        await runTransaction(db, async (tx) => {
          await tx.sentReply.create({ data: { key, caseId, messageId } });
          await appendAuditEvent(tx, { caseId, type: 'reply_sent', actor: null, data: { key, messageId, template: details.template, recipients: details.recipients } });
        });
      } catch (error) {
        // Recorded already by an earlier run of the same job: the first Message-ID stands.
        if (!isUniqueViolation(error)) throw error;
      }
    },
  });
}
