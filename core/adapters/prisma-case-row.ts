import type { CaseKind, CaseState, Finding, Mailbox, ParsedCase } from '../domain/case.js';
import type { StoredCase, StoredDecision, ValueCorrection } from '../ports.js';
import type { Case, Decision } from '../generated/sqlite/client.js';

/** A Case row as the ports see it: JSON text columns parsed back (we wrote them, from validated values). */
/**
 * The columns a rewrite of a stored case's content sets (reclassification, a scan read later): the kind, the parsed
 * case and its findings, and the ODS code kept beside them for lookups.
 */
export function caseContentColumns(parsed: ParsedCase): { kind: CaseKind; parsed: string; findings: string; odsCode: string | null } {
  return { kind: parsed.kind, parsed: JSON.stringify(parsed), findings: JSON.stringify(parsed.findings), odsCode: parsed.organisation?.odsCode ?? null };
}

export function toStoredCase(row: Case): StoredCase {
  return {
    id: row.id,
    ref: row.ref,
    state: row.state as CaseState,
    kind: row.kind as CaseKind,
    mailbox: row.mailbox as Mailbox,
    version: row.version,
    parsed: JSON.parse(row.parsed) as ParsedCase,
    findings: JSON.parse(row.findings) as Finding[],
    correctedBy: parseCorrectedBy(row.correctedBy),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The `correctedBy` column: `{ [path]: { by, at } }` with `at` as ISO text. */
function parseCorrectedBy(text: string): Record<string, ValueCorrection> {
  const stored = JSON.parse(text) as Record<string, { by: string | null; at: string }>;
  return Object.fromEntries(Object.entries(stored).map(([path, c]) => [path, { by: c.by, at: new Date(c.at) }]));
}

/** A Decision row as the ports see it. */
export function toDecision(row: Decision): StoredDecision {
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
