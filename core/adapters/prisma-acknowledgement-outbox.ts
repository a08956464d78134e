import type { Mailbox } from '../domain/case.js';
import type { AcknowledgementOutbox, SentReplyRecord, StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { toStoredCase } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';
import { runTransaction, type Transaction } from './prisma-transaction.js';

/** AcknowledgementOutbox on Prisma: a case's `ackDueAt` says the acknowledgement is due, and doubles as the claim's lease. */
export function createPrismaAcknowledgementOutbox(db: Database): AcknowledgementOutbox {
  return withStoreErrors({
    async listDueAcknowledgements(mailbox: Mailbox, limit = 50): Promise<StoredCase[]> {
      const rows = await db.case.findMany({ where: { mailbox, ackDueAt: { lte: new Date() } }, orderBy: { createdAt: 'asc' }, take: limit });
      return rows.map(toStoredCase);
    },

    async claimAcknowledgement(caseId: string, leaseMs: number): Promise<boolean> {
      return claim(db, caseId, leaseMs);
    },

    async settleAcknowledgement(caseId: string, skipped: string | null): Promise<void> {
      if (skipped === null) {
        // Sent: recordSentReply has already audited it as reply_sent.
        await db.case.updateMany({ where: { id: caseId }, data: { ackDueAt: null } });
        return;
      }
      await runTransaction(db, async (tx) => {
        const { count } = await tx.case.updateMany({ where: { id: caseId, ackDueAt: { not: null } }, data: { ackDueAt: null } });
        if (count === 1) await appendAuditEvent(tx, { caseId, type: 'acknowledgement_skipped', actor: null, data: { reason: skipped } });
      });
    },

    async settleSentAcknowledgement(caseId: string, reply: SentReplyRecord, claimNext?: { caseId: string; leaseMs: number }): Promise<boolean> {
      return runTransaction(db, async (tx) => {
        await tx.case.updateMany({ where: { id: caseId }, data: { ackDueAt: null } });
        // Recorded already (a crash after an earlier record, before its settle): the first Message-ID stands.
        if (!(await tx.sentReply.findUnique({ where: { key: reply.key }, select: { key: true } }))) {
          await tx.sentReply.create({ data: { key: reply.key, caseId, messageId: reply.messageId } });
          await appendAuditEvent(tx, { caseId, type: 'reply_sent', actor: null, data: { key: reply.key, messageId: reply.messageId, template: reply.details.template, recipients: reply.details.recipients } });
        }
        // The relay's next claim rides on this commit (a WAL flush saved per acknowledgement, issue 13).
        return claimNext ? claim(tx, claimNext.caseId, claimNext.leaseMs) : false;
      });
    },

    async releaseAcknowledgement(caseId: string): Promise<void> {
      await db.case.updateMany({ where: { id: caseId, ackDueAt: { not: null } }, data: { ackDueAt: new Date() } });
    },
  });
}

/** Moves ackDueAt into the future only if it is still due: of two workers, one wins the lease. */
async function claim(db: Database | Transaction, caseId: string, leaseMs: number): Promise<boolean> {
  const now = new Date();
  const { count } = await db.case.updateMany({ where: { id: caseId, ackDueAt: { lte: now } }, data: { ackDueAt: new Date(now.getTime() + leaseMs) } });
  return count === 1;
}
