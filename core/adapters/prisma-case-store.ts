import type { CaseState, ParsedCase } from '../domain/case.js';
import { statesLeadingTo } from '../domain/lifecycle.js';
import type { Actor, AuditEventInput, CaseStore, IncomingEmail, RecordEmailResult, StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { toStoredCase } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';
import { recordEmail, recordEmails, type EmailToRecord } from './prisma-record-email.js';
import { runTransaction, type Transaction } from './prisma-transaction.js';

/**
 * CaseStore on Prisma (SQLite or PostgreSQL alike): cases with their emails, their conditional state changes
 * and audit events. The other ports have their own adapters; createPrismaStores (prisma-stores.ts) builds them all.
 */
export function createPrismaCaseStore(db: Database): CaseStore {
  return withStoreErrors({
    recordEmail(email: IncomingEmail, parsed: ParsedCase): Promise<RecordEmailResult> {
      return recordEmail(db, email, parsed);
    },

    recordEmails(emails: EmailToRecord[]): Promise<RecordEmailResult[]> {
      return recordEmails(db, emails);
    },

    async getCase(id: string): Promise<StoredCase | null> {
      const row = await db.case.findUnique({ where: { id } });
      return row ? toStoredCase(row) : null;
    },

    async getCaseByRef(ref: string): Promise<StoredCase | null> {
      const row = await db.case.findUnique({ where: { ref: ref.toUpperCase() } });
      return row ? toStoredCase(row) : null;
    },

    async listCases(filter: { state?: CaseState; limit?: number }): Promise<StoredCase[]> {
      const rows = await db.case.findMany({ where: filter.state ? { state: filter.state } : {}, orderBy: { createdAt: 'asc' }, take: filter.limit ?? 200 });
      return rows.map(toStoredCase);
    },

    /** One conditional UPDATE decides the winner: of concurrent callers moving the case, all but one get null. */
    transition(
      id: string,
      change: { to: CaseState; expectedVersion?: number; actor?: Actor | null; reason?: string | null },
    ): Promise<StoredCase | null> {
      return runTransaction(db, async (tx) => {
        if (!(await transitionInTransaction(tx, id, change))) return null;
        return toStoredCase(await tx.case.findUniqueOrThrow({ where: { id } }));
      });
    },

    async appendAudit(event: AuditEventInput): Promise<void> {
      await runTransaction(db, (tx) => appendAuditEvent(tx, event));
    },
  });
}

/** The conditional state change transition() makes, inside a caller's transaction; false when the case could not move. */
export async function transitionInTransaction(
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
