import type { CaseState } from '../domain/case.js';
import type { DirectoryEffect } from '../domain/effects.js';
import type { ExecutionLog, ExecutionSnapshot, SentReplyRecord } from '../ports.js';
import type { Database } from './database.js';
import { applyEffectsInTransaction } from './prisma-directory.js';
import { appendAuditEvent, toStoredAuditEvent } from './prisma-audit-log.js';
import { toDecision, toStoredCase } from './prisma-case-row.js';
import { transitionInTransaction } from './prisma-case-store.js';
import { withStoreErrors } from './prisma-errors.js';
import { isUniqueViolation, runTransaction, type Transaction } from './prisma-transaction.js';

/** ExecutionLog on Prisma: an execute-case run's reads in one batch and its closing writes in one transaction. */
export function createPrismaExecutionLog(db: Database): ExecutionLog {
  return withStoreErrors({
    async loadExecution(caseId: string): Promise<ExecutionSnapshot | null> {
      // A batch is one transaction and one round trip (on PostgreSQL each read sees its own READ COMMITTED
      // snapshot; the decisions, replies and edits only grow, and the executor's writes are conditional).
      const [row, decisions, sent, edits] = await db.$transaction([...reads(db, caseId)]);
      return row ? toSnapshot(row, decisions, sent, edits) : null;
    },

    async loadAndApply(caseId: string, prepare: (snapshot: ExecutionSnapshot) => DirectoryEffect[]) {
      // The reads and the directory change commit once: the commit the change needs anyway (issue 13).
      return runTransaction(db, async (tx: Transaction) => {
        const [row, decisions, sent, edits] = await Promise.all(reads(tx, caseId));
        if (!row) return null;
        const snapshot = toSnapshot(row, decisions, sent, edits);
        return { snapshot, applied: await applyEffectsInTransaction(tx, prepare(snapshot), caseId) };
      });
    },

    async completeExecution(
      caseId: string,
      completion: { reply: SentReplyRecord | null; finished: Record<string, unknown>; transitions: CaseState[] },
    ): Promise<void> {
      const { reply } = completion;
      const work = (recordReply: boolean) => runTransaction(db, async (tx) => {
        if (reply && recordReply && !(await tx.sentReply.findUnique({ where: { key: reply.key } }))) {
          await tx.sentReply.create({ data: { key: reply.key, caseId, messageId: reply.messageId } });
          await appendAuditEvent(tx, { caseId, type: 'reply_sent', actor: null, data: { key: reply.key, messageId: reply.messageId, template: reply.details.template, recipients: reply.details.recipients } });
        }
        await appendAuditEvent(tx, { caseId, type: 'execution_finished', actor: null, data: completion.finished });
        for (const to of completion.transitions) await transitionInTransaction(tx, caseId, { to });
      });
      try {
        await work(true);
      } catch (error) {
        // Another run of the same job recorded the reply between our check and insert: its Message-ID stands,
        // and the rest of the closing write still has to happen.
        if (!isUniqueViolation(error)) throw error;
        await work(false);
      }
    },
  });
}

/** What an execute-case run reads with the case: its row, decisions, sent replies and `case_edited` events. */
function reads(db: Database | Transaction, caseId: string) {
  return [
    db.case.findUnique({ where: { id: caseId } }),
    db.decision.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } }),
    db.sentReply.findMany({ where: { caseId }, select: { key: true, messageId: true } }),
    db.auditEvent.findMany({ where: { caseId, type: 'case_edited' }, orderBy: { seq: 'asc' } }),
  ] as const;
}

function toSnapshot(
  row: NonNullable<Awaited<ReturnType<Database['case']['findUnique']>>>,
  decisions: Awaited<ReturnType<Database['decision']['findMany']>>,
  sent: { key: string; messageId: string }[],
  edits: Awaited<ReturnType<Database['auditEvent']['findMany']>>,
): ExecutionSnapshot {
  return {
    case: toStoredCase(row),
    decisions: decisions.map(toDecision),
    sentReplies: Object.fromEntries(sent.map((s) => [s.key, s.messageId])),
    edits: edits.map(toStoredAuditEvent),
  };
}
