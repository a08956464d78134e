import { countByExtractedKind } from '../domain/correction-shares.js';
import { withStoreErrors } from './prisma-errors.js';
import type { CaseState, Finding, ParsedCase } from '../domain/case.js';
import type { Actor, CaseEditor, CorrectedCase, CorrectionCounts, CorrectionExport, CorrectionStatistics, StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { toStoredCase } from './prisma-case-row.js';
import { runTransaction, type Transaction } from './prisma-transaction.js';

/** Corrections are made only while the card offers decisions (core/domain/decisions.ts, verb `edit`). */
const EDITABLE: CaseState[] = ['awaiting_approval'];

/** Records one corrected value (or a reclassification, path `kind`) inside the caller's transaction; returns its id. */
export async function recordCorrection(
  tx: Transaction,
  row: { caseId: string; kind: string; path: string; from: unknown; to: unknown; actor: Actor; cardVersion: number },
): Promise<string> {
  const created = await tx.caseCorrection.create({
    data: {
      caseId: row.caseId,
      kind: row.kind,
      path: row.path,
      fromValue: JSON.stringify(row.from ?? null),
      toValue: JSON.stringify(row.to ?? null),
      actorAadObjectId: row.actor.aadObjectId,
      cardVersion: row.cardVersion,
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * CaseEditor on Prisma (SQLite or PostgreSQL alike). An edit is one transaction: the conditional UPDATE at
 * `expectedVersion` picks one winner, the version moves on (every card and every approval at the old version
 * stops counting), one CaseCorrection row per changed value (the old and new value: personal data, kept with the
 * case), `correctedBy` on the case (who last corrected each path, for the card), and a `case_edited` audit event
 * naming who changed which paths and the correction rows, never the values: the chain cannot be edited, so it
 * would keep them after the case's data is erased (docs/decisions/0007-audit-without-personal-values.md).
 */
export function createPrismaCaseEditor(db: Database): CaseEditor {
  return withStoreErrors({
    saveCaseEdit(
      id: string,
      edit: { parsed: ParsedCase; findings: Finding[]; changes: { path: string; from: unknown; to: unknown }[]; expectedVersion: number; actor: Actor },
    ): Promise<StoredCase | null> {
      return runTransaction(db, async (tx) => {
        const row = await tx.case.findUnique({ where: { id }, select: { kind: true, state: true, version: true, correctedBy: true } });
        if (!row || row.version !== edit.expectedVersion || !EDITABLE.includes(row.state as CaseState)) return null;
        const at = new Date();
        const correctedBy = JSON.parse(row.correctedBy) as Record<string, { by: string | null; at: string }>;
        for (const change of edit.changes) correctedBy[change.path] = { by: edit.actor.name, at: at.toISOString() };
        const { count } = await tx.case.updateMany({
          where: { id, version: edit.expectedVersion, state: { in: EDITABLE } },
          data: {
            parsed: JSON.stringify(edit.parsed),
            findings: JSON.stringify(edit.findings),
            odsCode: edit.parsed.organisation?.odsCode ?? null,
            correctedBy: JSON.stringify(correctedBy),
            version: { increment: 1 },
          },
        });
        if (count === 0) return null;
        const changes: { path: string; correctionId: string }[] = [];
        for (const change of edit.changes) {
          const correctionId = await recordCorrection(tx, { caseId: id, kind: row.kind, path: change.path, from: change.from, to: change.to, actor: edit.actor, cardVersion: edit.expectedVersion });
          changes.push({ path: change.path, correctionId });
        }
        await appendAuditEvent(tx, {
          caseId: id,
          type: 'case_edited',
          actor: edit.actor.aadObjectId,
          data: {
            changes,
            version: edit.expectedVersion,
            tenantId: edit.actor.tenantId,
            // Readers of `pcse audit show` know staff by name, not by Entra object id.
            actorName: edit.actor.name,
          },
        });
        return toStoredCase(await tx.case.findUniqueOrThrow({ where: { id } }));
      });
    },
  });
}

/** CorrectionStatistics on Prisma. */
export function createPrismaCorrectionStatistics(db: Database): CorrectionStatistics {
  return withStoreErrors({
    /**
     * A case counts under the kind extraction gave it (countByExtractedKind). Cases and field corrections are
     * grouped queries; reclassifications are read as rows (a few per reclassified case, and only those cases),
     * because a case reclassified twice must be followed from its first kind to its last.
     */
    async countCorrections(since: Date): Promise<CorrectionCounts> {
      const [cases, kindChanges, fields] = await Promise.all([
        db.case.groupBy({ by: ['kind'], where: { createdAt: { gte: since } }, _count: { _all: true } }),
        db.caseCorrection.findMany({ where: { path: 'kind', case: { createdAt: { gte: since } } }, select: { caseId: true, kind: true, toValue: true, cardVersion: true } }),
        db.caseCorrection.groupBy({ by: ['kind', 'path', 'caseId'], where: { path: { not: 'kind' }, case: { createdAt: { gte: since } } } }),
      ]);
      const casesByCurrentKind: Record<string, number> = {};
      for (const g of cases) casesByCurrentKind[g.kind] = (casesByCurrentKind[g.kind] ?? 0) + g._count._all;
      const { casesByKind, reclassifiedByKind } = countByExtractedKind(
        casesByCurrentKind,
        kindChanges.map((row) => ({ caseId: row.caseId, from: row.kind, to: JSON.parse(row.toValue) as string, version: row.cardVersion })),
      );
      const correctedByKindAndPath: Record<string, Record<string, number>> = {};
      for (const g of fields) {
        const byPath = (correctedByKindAndPath[g.kind] ??= {});
        byPath[g.path] = (byPath[g.path] ?? 0) + 1;
      }
      return { casesByKind, reclassifiedByKind, correctedByKindAndPath };
    },
  });
}

/** CorrectionExport on Prisma: a corrected case with the first request email's raw bytes. */
export function createPrismaCorrectionExport(db: Database): CorrectionExport {
  return withStoreErrors({
    async listCorrectedCases(filter: { since?: Date; limit?: number }): Promise<CorrectedCase[]> {
      const rows = await db.case.findMany({
        where: { corrections: { some: filter.since ? { createdAt: { gte: filter.since } } : {} } },
        orderBy: { createdAt: 'asc' },
        take: filter.limit ?? 10_000,
        include: { emails: { where: { disposition: 'request' }, orderBy: { receivedAt: 'asc' }, take: 1, select: { raw: true } } },
      });
      return rows.map((row) => {
        const raw = row.emails[0]?.raw;
        return { ref: row.ref, raw: raw ? Buffer.from(raw) : null, case: toStoredCase(row) };
      });
    },
  });
}
