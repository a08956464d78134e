import type { CaseKind, CaseState, ParsedCase } from '../domain/case.js';
import { reclassifyParsedCase } from '../domain/cases/reclassify.js';
import type { Actor, CaseReclassifier, StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { recordCorrection } from './prisma-case-corrections.js';
import { withStoreErrors } from './prisma-errors.js';
import { caseContentColumns, toStoredCase } from './prisma-case-row.js';
import { runTransaction } from './prisma-transaction.js';

/** A case may change kind only while a person can still decide on it (core/domain/decisions.ts, reclassify). */
const RECLASSIFIABLE: CaseState[] = ['awaiting_approval', 'needs_information'];

export { reclassifyParsedCase };

/**
 * CaseReclassifier.reclassifyCase in one transaction: the conditional UPDATE at `expectedVersion` picks one
 * winner, the version moves on (so every card showing the old kind is stale), and a `case_reclassified`
 * event records who changed what. A case that becomes ready again goes back through the outbox (queuedAt
 * cleared), so its card is posted or replaced at the new version.
 */
export function reclassifyCase(
  db: Database,
  id: string,
  change: { kind: CaseKind; expectedVersion: number; actor: Actor },
): Promise<StoredCase | null> {
  return runTransaction(db, async (tx) => {
    const row = await tx.case.findUnique({ where: { id } });
    if (!row || row.version !== change.expectedVersion || !RECLASSIFIABLE.includes(row.state as CaseState)) return null;
    const parsed = reclassifyParsedCase(JSON.parse(row.parsed) as ParsedCase, change.kind);
    const state: CaseState = parsed.missing.length === 0 ? 'awaiting_approval' : 'needs_information';
    const { count } = await tx.case.updateMany({
      where: { id, version: change.expectedVersion, state: { in: RECLASSIFIABLE } },
      data: {
        ...caseContentColumns(parsed),
        state,
        version: { increment: 1 },
        ...(state === 'awaiting_approval' ? { queuedAt: null } : {}),
      },
    });
    if (count === 0) return null;
    // Live accuracy counts reclassifications from these rows (grouped by the kind extraction gave).
    await recordCorrection(tx, { caseId: id, kind: row.kind, path: 'kind', from: row.kind, to: parsed.kind, actor: change.actor, cardVersion: change.expectedVersion });
    await appendAuditEvent(tx, {
      caseId: id,
      type: 'case_reclassified',
      actor: change.actor.aadObjectId,
      data: { fromKind: row.kind, toKind: parsed.kind, from: row.state, to: state, missing: parsed.missing.length, tenantId: change.actor.tenantId },
    });
    return toStoredCase(await tx.case.findUniqueOrThrow({ where: { id } }));
  });
}

/** CaseReclassifier on Prisma. */
export function createPrismaCaseReclassifier(db: Database): CaseReclassifier {
  return withStoreErrors({
    reclassifyCase(id: string, change: { kind: CaseKind; expectedVersion: number; actor: Actor }): Promise<StoredCase | null> {
      return reclassifyCase(db, id, change);
    },
  });
}
