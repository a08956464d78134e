import type { CaseState, Mailbox, ParsedCase } from '../domain/case.js';
import { initialState } from '../domain/lifecycle.js';
import type { StoredCase } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { caseContentColumns, toStoredCase } from './prisma-case-row.js';
import { withStoreErrors } from './prisma-errors.js';
import { runTransaction } from './prisma-transaction.js';

/** A scan is applied only while a person can still decide on the case; a decided case keeps what was decided on. */
const DECIDABLE: CaseState[] = ['awaiting_approval', 'needs_information'];

/** A case waiting for its scanned form to be read, with the stored emails (raw bytes) to read it from. */
export interface CaseAwaitingScan {
  case: StoredCase;
  /** Paths staff corrected ("Edit fields…"): never filled from the scan. */
  correctedPaths: string[];
  emails: { mailbox: Mailbox; raw: Buffer | null; receivedAt: Date }[];
}

/** The OCR service's view of the store (ingest/ocr-service.ts). */
export interface ScanReadingStore {
  /** Decidable cases stored with `scan_pending`, oldest first. */
  listCasesAwaitingScan(limit: number): Promise<CaseAwaitingScan[]>;
  /**
   * Stores the case as the scan's reading made it, only at `expectedVersion`, only while it is decidable and still
   * pending: the version moves on and `queuedAt` is cleared (the outbox re-posts the card), with a `scan_read` audit
   * event. Null when another change won (the case is read again from its new version).
   */
  storeScanReading(id: string, change: { expectedVersion: number; parsed: ParsedCase; filled: string[] }): Promise<StoredCase | null>;
}

export function createPrismaScanReadingStore(db: Database): ScanReadingStore {
  return withStoreErrors({
    async listCasesAwaitingScan(limit: number): Promise<CaseAwaitingScan[]> {
      // The marker is in the findings JSON: no column or index of its own, and the scan stays pending in the same
      // row (and transaction) as the case, so no crash can lose it.
      const rows = await db.case.findMany({
        where: { state: { in: DECIDABLE }, findings: { contains: '"scan_pending"' } },
        orderBy: { createdAt: 'asc' },
        take: limit,
      });
      const out: CaseAwaitingScan[] = [];
      for (const row of rows) {
        const emails = await db.email.findMany({ where: { caseId: row.id }, orderBy: { receivedAt: 'asc' }, select: { mailbox: true, raw: true, receivedAt: true } });
        out.push({
          case: toStoredCase(row),
          correctedPaths: Object.keys(JSON.parse(row.correctedBy) as Record<string, unknown>),
          emails: emails.map((e) => ({ mailbox: e.mailbox as Mailbox, raw: e.raw ? Buffer.from(e.raw) : null, receivedAt: e.receivedAt })),
        });
      }
      return out;
    },

    storeScanReading(id: string, change: { expectedVersion: number; parsed: ParsedCase; filled: string[] }): Promise<StoredCase | null> {
      return runTransaction(db, async (tx) => {
        const row = await tx.case.findUnique({ where: { id } });
        if (!row || row.version !== change.expectedVersion || !DECIDABLE.includes(row.state as CaseState)) return null;
        const { parsed } = change;
        const state = initialState(parsed.missing);
        const { count } = await tx.case.updateMany({
          where: { id, version: change.expectedVersion, state: { in: DECIDABLE }, findings: { contains: '"scan_pending"' } },
          data: {
            ...caseContentColumns(parsed),
            state,
            version: { increment: 1 },
            queuedAt: null,
          },
        });
        if (count === 0) return null;
        await appendAuditEvent(tx, {
          caseId: id,
          type: 'scan_read',
          actor: null,
          data: {
            from: row.state,
            to: state,
            fromKind: row.kind,
            toKind: parsed.kind,
            filled: change.filled,
            unreadable: parsed.findings.filter((f) => f.code === 'scan_unreadable').length,
          },
        });
        return toStoredCase(await tx.case.findUniqueOrThrow({ where: { id } }));
      });
    },
  });
}
