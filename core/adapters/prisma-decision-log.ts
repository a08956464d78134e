import type { DecisionInput, DecisionLog, StoredDecision } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { toDecision } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';
import { isUniqueViolation, runTransaction } from './prisma-transaction.js';

/** DecisionLog on Prisma: the unique (case, actor, verb, card version) index makes a double click record nothing new. */
export function createPrismaDecisionLog(db: Database): DecisionLog {
  return withStoreErrors({
    async recordDecision(input: DecisionInput): Promise<{ recorded: boolean; decision: StoredDecision }> {
      try {
        const row = await runTransaction(db, async (tx) => {
          const created = await tx.decision.create({
            data: {
              caseId: input.caseId,
              verb: input.verb,
              actorAadObjectId: input.actor.aadObjectId,
              actorName: input.actor.name,
              tenantId: input.actor.tenantId,
              cardVersion: input.cardVersion,
              reason: input.reason,
              data: JSON.stringify(input.data),
            },
          });
          await appendAuditEvent(tx, {
            caseId: input.caseId,
            type: 'decision_recorded',
            actor: input.actor.aadObjectId,
            data: { decisionId: created.id, verb: input.verb, cardVersion: input.cardVersion },
          });
          return created;
        });
        return { recorded: true, decision: toDecision(row) };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const row = await db.decision.findUniqueOrThrow({
          where: { caseId_actorAadObjectId_verb_cardVersion: { caseId: input.caseId, actorAadObjectId: input.actor.aadObjectId, verb: input.verb, cardVersion: input.cardVersion } },
        });
        return { recorded: false, decision: toDecision(row) };
      }
    },

    async listDecisions(caseId: string): Promise<StoredDecision[]> {
      const rows = await db.decision.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } });
      return rows.map(toDecision);
    },
  });
}
