import type { CaseKind, CaseState, Mailbox, ParsedCase } from '../domain/case.js';
import { statesLeadingTo } from '../domain/lifecycle.js';
import type {
  AcknowledgementOutbox, Actor, CaseEditor, CorrectedCase, CorrectionCounts, CorrectionExport, CorrectionStatistics, AuditEventInput, AuditTrail, CaseCardLocation, CaseCardStore, CaseOutbox, CaseReclassifier, CaseStatistics,
  CaseStore, ConversationStore, DeadLetter, DeadLetterInput, DeadLetterStore, DecisionInput, DecisionLog, EmailRetention, ExecutionLog, IncomingEmail,
  MailboxCursorStore, RecordEmailResult, ReplyLog, SentReplyDetails, SentReplyRecord, StoredAuditEvent, StoredCase, StoredDecision,
} from '../ports.js';
import type { DeadLetter as DeadLetterRow, Decision as DecisionRow } from '../generated/sqlite/client.js';
import type { Database } from './database.js';
import { appendAuditEvent, listAuditEvents, verifyAuditChain } from './prisma-audit-log.js';
import { toStoredCase } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';
import { PrismaCaseCorrections } from './prisma-case-corrections.js';
import { reclassifyCase } from './prisma-reclassify-case.js';
import { recordEmail, recordEmails, type EmailToRecord } from './prisma-record-email.js';
import { isUniqueViolation, runTransaction, type Transaction } from './prisma-transaction.js';

const WAITING_STATES: CaseState[] = ['needs_information', 'awaiting_approval'];

/**
 * The case store on Prisma: cases, their emails, decisions, the audit chain, the outbox (cases to queue and
 * acknowledgements to send), posted cards, dead letters, mailbox cursors, conversation references and the
 * reply log, on SQLite or PostgreSQL alike.
 */
export class PrismaCaseStore
  implements
    CaseStore, CaseReclassifier, CaseCardStore, ReplyLog, ExecutionLog, CaseOutbox, AcknowledgementOutbox, DecisionLog, DeadLetterStore, MailboxCursorStore,
    ConversationStore, AuditTrail, CaseStatistics, EmailRetention, CaseEditor, CorrectionStatistics, CorrectionExport
{
  private readonly corrections: PrismaCaseCorrections;
  constructor(private readonly db: Database) {
    this.corrections = new PrismaCaseCorrections(db);
    // Every method, present and future, reports an outage as StoreUnavailableError (core/ports.ts).
    return withStoreErrors(this);
  }

  saveCaseEdit(...args: Parameters<CaseEditor['saveCaseEdit']>): ReturnType<CaseEditor['saveCaseEdit']> {
    return this.corrections.saveCaseEdit(...args);
  }

  countCorrections(since: Date): Promise<CorrectionCounts> {
    return this.corrections.countCorrections(since);
  }

  listCorrectedCases(filter: { since?: Date; limit?: number }): Promise<CorrectedCase[]> {
    return this.corrections.listCorrectedCases(filter);
  }

  recordEmail(email: IncomingEmail, parsed: ParsedCase): Promise<RecordEmailResult> {
    return recordEmail(this.db, email, parsed);
  }

  recordEmails(emails: EmailToRecord[]): Promise<RecordEmailResult[]> {
    return recordEmails(this.db, emails);
  }

  async getCase(id: string): Promise<StoredCase | null> {
    const row = await this.db.case.findUnique({ where: { id } });
    return row ? toStoredCase(row) : null;
  }

  async getCaseByRef(ref: string): Promise<StoredCase | null> {
    const row = await this.db.case.findUnique({ where: { ref: ref.toUpperCase() } });
    return row ? toStoredCase(row) : null;
  }

  async listCases(filter: { state?: CaseState; limit?: number }): Promise<StoredCase[]> {
    const rows = await this.db.case.findMany({ where: filter.state ? { state: filter.state } : {}, orderBy: { createdAt: 'asc' }, take: filter.limit ?? 200 });
    return rows.map(toStoredCase);
  }

  /** One conditional UPDATE decides the winner: of concurrent callers moving the case, all but one get null. */
  transition(
    id: string,
    change: { to: CaseState; expectedVersion?: number; actor?: Actor | null; reason?: string | null },
  ): Promise<StoredCase | null> {
    return runTransaction(this.db, async (tx) => {
      if (!(await transitionInTransaction(tx, id, change))) return null;
      return toStoredCase(await tx.case.findUniqueOrThrow({ where: { id } }));
    });
  }

  async loadExecution(caseId: string): Promise<{ case: StoredCase; decisions: StoredDecision[]; sentReplies: Record<string, string> } | null> {
    // A batch is one transaction and one round trip (on PostgreSQL each read sees its own READ COMMITTED
    // snapshot; the decisions and replies only grow, and the executor's writes are conditional).
    const [row, decisions, sent] = await this.db.$transaction([
      this.db.case.findUnique({ where: { id: caseId } }),
      this.db.decision.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } }),
      this.db.sentReply.findMany({ where: { caseId }, select: { key: true, messageId: true } }),
    ]);
    if (!row) return null;
    return { case: toStoredCase(row), decisions: decisions.map(toDecision), sentReplies: Object.fromEntries(sent.map((s) => [s.key, s.messageId])) };
  }

  async completeExecution(
    caseId: string,
    completion: { reply: SentReplyRecord | null; finished: Record<string, unknown>; transitions: CaseState[] },
  ): Promise<void> {
    const { reply } = completion;
    const work = (recordReply: boolean) => runTransaction(this.db, async (tx) => {
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
  }

  reclassifyCase(id: string, change: { kind: CaseKind; expectedVersion: number; actor: Actor }): Promise<StoredCase | null> {
    return reclassifyCase(this.db, id, change);
  }

  async getCaseCard(caseId: string): Promise<CaseCardLocation | null> {
    const row = await this.db.case.findUnique({ where: { id: caseId }, select: { cardConversationId: true, cardActivityId: true, cardVersion: true } });
    if (!row?.cardConversationId || !row.cardActivityId) return null;
    return { conversationId: row.cardConversationId, activityId: row.cardActivityId, version: row.cardVersion ?? 0 };
  }

  /** One conditional UPDATE: no card recorded and no claim younger than the lease. */
  async claimCaseCardPost(caseId: string, leaseMs: number): Promise<boolean> {
    const now = new Date();
    const { count } = await this.db.case.updateMany({
      where: { id: caseId, cardActivityId: null, OR: [{ cardClaimedAt: null }, { cardClaimedAt: { lt: new Date(now.getTime() - leaseMs) } }] },
      data: { cardClaimedAt: now },
    });
    return count === 1;
  }

  async recordCaseCard(caseId: string, card: CaseCardLocation & { reannounced: boolean }): Promise<void> {
    await runTransaction(this.db, async (tx) => {
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
  }

  async listDueAcknowledgements(mailbox: Mailbox, limit = 50): Promise<StoredCase[]> {
    const rows = await this.db.case.findMany({ where: { mailbox, ackDueAt: { lte: new Date() } }, orderBy: { createdAt: 'asc' }, take: limit });
    return rows.map(toStoredCase);
  }

  /** Moves ackDueAt into the future only if it is still due: of two workers, one wins the lease. */
  async claimAcknowledgement(caseId: string, leaseMs: number): Promise<boolean> {
    const now = new Date();
    const { count } = await this.db.case.updateMany({ where: { id: caseId, ackDueAt: { lte: now } }, data: { ackDueAt: new Date(now.getTime() + leaseMs) } });
    return count === 1;
  }

  async settleAcknowledgement(caseId: string, skipped: string | null): Promise<void> {
    if (skipped === null) {
      // Sent: recordSentReply has already audited it as reply_sent.
      await this.db.case.updateMany({ where: { id: caseId }, data: { ackDueAt: null } });
      return;
    }
    await runTransaction(this.db, async (tx) => {
      const { count } = await tx.case.updateMany({ where: { id: caseId, ackDueAt: { not: null } }, data: { ackDueAt: null } });
      if (count === 1) await appendAuditEvent(tx, { caseId, type: 'acknowledgement_skipped', actor: null, data: { reason: skipped } });
    });
  }

  async settleSentAcknowledgement(caseId: string, reply: SentReplyRecord): Promise<void> {
    await runTransaction(this.db, async (tx) => {
      await tx.case.updateMany({ where: { id: caseId }, data: { ackDueAt: null } });
      // Recorded already (a crash after an earlier record, before its settle): the first Message-ID stands.
      if (await tx.sentReply.findUnique({ where: { key: reply.key }, select: { key: true } })) return;
      await tx.sentReply.create({ data: { key: reply.key, caseId, messageId: reply.messageId } });
      await appendAuditEvent(tx, { caseId, type: 'reply_sent', actor: null, data: { key: reply.key, messageId: reply.messageId, template: reply.details.template, recipients: reply.details.recipients } });
    });
  }

  async releaseAcknowledgement(caseId: string): Promise<void> {
    await this.db.case.updateMany({ where: { id: caseId, ackDueAt: { not: null } }, data: { ackDueAt: new Date() } });
  }

  async appendAudit(event: AuditEventInput): Promise<void> {
    await runTransaction(this.db, (tx) => appendAuditEvent(tx, event));
  }

  listAuditEvents(filter: { caseId?: string; limit?: number }): Promise<StoredAuditEvent[]> {
    return listAuditEvents(this.db, filter);
  }

  verifyAuditChain(): Promise<{ ok: true; count: number } | { ok: false; brokenAt: number }> {
    return verifyAuditChain(this.db);
  }

  async listUnqueuedCases(limit = 100): Promise<StoredCase[]> {
    const rows = await this.db.case.findMany({ where: { queuedAt: null }, orderBy: { createdAt: 'asc' }, take: limit });
    return rows.map(toStoredCase);
  }

  async markQueued(caseId: string): Promise<boolean> {
    const { count } = await this.db.case.updateMany({ where: { id: caseId, queuedAt: null }, data: { queuedAt: new Date() } });
    return count === 1;
  }

  async markAllQueued(caseIds: string[]): Promise<number> {
    if (caseIds.length === 0) return 0;
    const { count } = await this.db.case.updateMany({ where: { id: { in: caseIds }, queuedAt: null }, data: { queuedAt: new Date() } });
    return count;
  }

  async recordDecision(input: DecisionInput): Promise<{ recorded: boolean; decision: StoredDecision }> {
    try {
      const row = await runTransaction(this.db, async (tx) => {
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
      const row = await this.db.decision.findUniqueOrThrow({
        where: { caseId_actorAadObjectId_verb_cardVersion: { caseId: input.caseId, actorAadObjectId: input.actor.aadObjectId, verb: input.verb, cardVersion: input.cardVersion } },
      });
      return { recorded: false, decision: toDecision(row) };
    }
  }

  async listDecisions(caseId: string): Promise<StoredDecision[]> {
    const rows = await this.db.decision.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } });
    return rows.map(toDecision);
  }

  async addDeadLetter(input: DeadLetterInput): Promise<DeadLetter> {
    const raw = input.raw ? new Uint8Array(input.raw) : null;
    const row = await this.db.deadLetter.upsert({
      where: { sourceKey: input.sourceKey },
      create: { sourceKey: input.sourceKey, mailbox: input.mailbox, reason: input.reason, raw },
      update: { reason: input.reason, attempts: { increment: 1 }, resolvedAt: null, ...(raw ? { raw } : {}) },
    });
    return toDeadLetter(row);
  }

  async listDeadLetters(filter: { unresolvedOnly?: boolean; limit?: number } = {}): Promise<DeadLetter[]> {
    const rows = await this.db.deadLetter.findMany({
      where: filter.unresolvedOnly ? { resolvedAt: null } : {},
      orderBy: { createdAt: 'asc' },
      take: filter.limit ?? 200,
    });
    return rows.map(toDeadLetter);
  }

  async getDeadLetter(id: string): Promise<DeadLetter | null> {
    const row = await this.db.deadLetter.findUnique({ where: { id } });
    return row ? toDeadLetter(row) : null;
  }

  async resolveDeadLetter(id: string): Promise<boolean> {
    const { count } = await this.db.deadLetter.updateMany({ where: { id, resolvedAt: null }, data: { resolvedAt: new Date() } });
    return count === 1;
  }

  async getMailboxCursor(mailbox: Mailbox): Promise<{ uidValidity: string; lastUid: number } | null> {
    const row = await this.db.mailboxCursor.findUnique({ where: { mailbox } });
    return row ? { uidValidity: row.uidValidity, lastUid: row.lastUid } : null;
  }

  async setMailboxCursor(mailbox: Mailbox, cursor: { uidValidity: string; lastUid: number }): Promise<void> {
    await this.db.mailboxCursor.upsert({ where: { mailbox }, create: { mailbox, ...cursor }, update: cursor });
  }

  async saveConversationReference(reference: { id: string; kind: 'channel' | 'personal'; reference: Record<string, unknown> }): Promise<void> {
    const json = JSON.stringify(reference.reference);
    await this.db.conversationReference.upsert({
      where: { id: reference.id },
      create: { id: reference.id, kind: reference.kind, json },
      update: { kind: reference.kind, json },
    });
  }

  async listConversationReferences(kind?: 'channel' | 'personal') {
    const rows = await this.db.conversationReference.findMany({ where: kind ? { kind } : {}, orderBy: { id: 'asc' } });
    return rows.map((r) => ({ id: r.id, kind: r.kind as 'channel' | 'personal', reference: JSON.parse(r.json) as Record<string, unknown> }));
  }

  async findSentReply(key: string): Promise<string | null> {
    const row = await this.db.sentReply.findUnique({ where: { key } });
    return row?.messageId ?? null;
  }

  /** The one writer of `reply_sent` (the executor and the acknowledgement relay call this, and do not audit it themselves). */
  async recordSentReply(key: string, caseId: string, messageId: string, details: SentReplyDetails): Promise<void> {
    try {
      await runTransaction(this.db, async (tx) => {
        await tx.sentReply.create({ data: { key, caseId, messageId } });
        await appendAuditEvent(tx, { caseId, type: 'reply_sent', actor: null, data: { key, messageId, template: details.template, recipients: details.recipients } });
      });
    } catch (error) {
      // Recorded already by an earlier run of the same job: the first Message-ID stands.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async countCasesByState(): Promise<Record<string, number>> {
    const groups = await this.db.case.groupBy({ by: ['state'], _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
  }

  async countCasesByMailbox(state?: CaseState): Promise<Record<string, number>> {
    const groups = await this.db.case.groupBy({ by: ['mailbox'], where: state ? { state } : {}, _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.mailbox, g._count._all]));
  }

  async findOldestWaitingCase(): Promise<StoredCase | null> {
    const row = await this.db.case.findFirst({ where: { state: { in: WAITING_STATES } }, orderBy: { createdAt: 'asc' } });
    return row ? toStoredCase(row) : null;
  }

  async purgeRawEmailsOlderThan(cutoff: Date): Promise<{ purged: number }> {
    const emails = await this.db.email.updateMany({ where: { storedAt: { lt: cutoff }, raw: { not: null } }, data: { raw: null } });
    await this.db.attachment.updateMany({ where: { email: { storedAt: { lt: cutoff } }, content: { not: null } }, data: { content: null } });
    if (emails.count > 0) await this.appendAudit({ caseId: null, type: 'raw_emails_purged', actor: null, data: { count: emails.count, cutoff: cutoff.toISOString() } });
    return { purged: emails.count };
  }
}

/** The conditional state change transition() makes, inside a caller's transaction; false when the case could not move. */
async function transitionInTransaction(
  tx: Transaction,
  id: string,
  change: { to: CaseState; expectedVersion?: number; actor?: Actor | null; reason?: string | null },
): Promise<boolean> {
  const current = await tx.case.findUnique({ where: { id }, select: { state: true } });
  const { count } = await tx.case.updateMany({
    where: { id, state: { in: statesLeadingTo(change.to) }, ...(change.expectedVersion !== undefined ? { version: change.expectedVersion } : {}) },
    data: { state: change.to, version: { increment: 1 } },
  });
  if (count === 0) return false;
  await appendAuditEvent(tx, {
    caseId: id,
    type: 'state_changed',
    actor: change.actor?.aadObjectId ?? null,
    data: { from: current?.state ?? null, to: change.to, reason: change.reason ?? null, tenantId: change.actor?.tenantId ?? null },
  });
  return true;
}

function toDecision(row: DecisionRow): StoredDecision {
  return {
    id: row.id,
    caseId: row.caseId,
    verb: row.verb,
    actor: { aadObjectId: row.actorAadObjectId, tenantId: row.tenantId, name: row.actorName },
    cardVersion: row.cardVersion,
    reason: row.reason,
    data: JSON.parse(row.data) as Record<string, unknown>,
    createdAt: row.createdAt,
  };
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
