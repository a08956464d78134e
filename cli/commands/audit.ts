import { DEFAULT_DATABASE_URL, openDatabase, type Database } from '../../core/adapters/database.js';
import { listAuditEvents, verifyAuditChain } from '../../core/adapters/prisma-audit-log.js';
import { createPrismaCaseStore } from '../../core/adapters/prisma-case-store.js';
import { createPrismaDecisionLog } from '../../core/adapters/prisma-decision-log.js';
import type { StoredAuditEvent, StoredCase } from '../../core/ports.js';

/**
 * `pcse audit verify`: seals every event committed so far (docs/decisions/0004), then recomputes the whole hash
 * chain. Exit 0 with the chain's length (and how many events committed after the seal, which the next one
 * chains); exit 1 naming the first event that no longer matches when a row was edited, removed or reordered.
 */
export async function runAuditVerify(databaseUrl: string | undefined): Promise<number> {
  const db = await openDatabase(databaseUrl || DEFAULT_DATABASE_URL);
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      const tail = result.unsealed > 0 ? ` (${result.unsealed} appended since the seal, not yet chained)` : '';
      console.log(`audit chain intact: ${result.count} events${tail}`);
      return 0;
    }
    const row = await db.auditEvent.findUnique({ where: { seq: result.brokenAt } });
    const where = row ? `event seq ${row.seq} (${row.type}, case ${row.caseId ?? '-'}, at ${row.at.toISOString()}) does not match the chain` : `event seq ${result.brokenAt} is missing`;
    console.error(`audit chain BROKEN at seq ${result.brokenAt}: ${where} (edited, deleted or reordered)`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

/** One line of a case's history, in time order. */
export interface CaseHistoryEntry {
  at: Date;
  step: 'email' | 'event' | 'decision' | 'reply';
  what: string;
  actor: string | null;
  detail: Record<string, unknown>;
}

/**
 * A case's history from the store: each stored email (disposition, raw sha256, Message-ID), every audit event,
 * each decision (who, when, verb) and each reply sent (Message-ID), merged in time order. Ids, hashes and codes
 * only: no names or addresses, so it can be pasted into a ticket.
 */
export async function readCaseHistory(db: Database, c: StoredCase): Promise<CaseHistoryEntry[]> {
  const decisionLog = createPrismaDecisionLog(db);
  const [emails, events, decisions, replies] = await Promise.all([
    db.email.findMany({ where: { caseId: c.id }, orderBy: { storedAt: 'asc' }, select: { sha256: true, messageId: true, disposition: true, receivedAt: true, storedAt: true, sourceKey: true } }),
    listAuditEvents(db, { caseId: c.id, limit: 10_000 }),
    decisionLog.listDecisions(c.id),
    db.sentReply.findMany({ where: { caseId: c.id }, orderBy: { sentAt: 'asc' } }),
  ]);
  const entries: CaseHistoryEntry[] = [
    ...emails.map((e) => ({
      at: e.storedAt, step: 'email' as const, what: `email ${e.disposition}`, actor: null,
      detail: { sha256: e.sha256, messageId: e.messageId, receivedAt: e.receivedAt.toISOString(), sourceKey: e.sourceKey },
    })),
    ...events.map((e: StoredAuditEvent) => ({ at: e.at, step: 'event' as const, what: e.type, actor: e.actor, detail: { seq: e.seq, ...e.data, hash: e.hash ? e.hash.slice(0, 12) : 'unsealed' } })),
    ...decisions.map((d) => ({ at: d.createdAt, step: 'decision' as const, what: `decision ${d.verb}`, actor: d.actor.aadObjectId, detail: { decisionId: d.id, cardVersion: d.cardVersion, tenantId: d.actor.tenantId } })),
    // The reply_sent event already says it (key and Message-ID, written with the reply log row); only replies recorded
    // before events carried the Message-ID get a line of their own.
    ...replies
      .filter((r) => !events.some((e) => e.type === 'reply_sent' && e.data.key === r.key && e.data.messageId === r.messageId))
      .map((r) => ({ at: r.sentAt, step: 'reply' as const, what: 'reply sent', actor: null, detail: { key: r.key, messageId: r.messageId } })),
  ];
  const order = { email: 0, decision: 1, event: 2, reply: 3 };
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || order[a.step] - order[b.step]);
}

/** `pcse audit show <ref>`: prints readCaseHistory for a case given by reference or id. Exit 1 when unknown. */
export async function runAuditShow(databaseUrl: string | undefined, refOrId: string, options: { json?: boolean } = {}): Promise<number> {
  const db = await openDatabase(databaseUrl || DEFAULT_DATABASE_URL);
  try {
    const store = createPrismaCaseStore(db);
    const c = (await store.getCaseByRef(refOrId)) ?? (await store.getCase(refOrId));
    if (!c) {
      console.error(`no case ${refOrId}`);
      return 1;
    }
    const history = await readCaseHistory(db, c);
    if (options.json) {
      for (const h of history) console.log(JSON.stringify({ ...h, at: h.at.toISOString() }));
      return 0;
    }
    console.log(`${c.ref}  ${c.kind}  ${c.mailbox}  state=${c.state}  version=${c.version}  id=${c.id}`);
    for (const h of history) {
      const detail = Object.entries(h.detail)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
        .join(' ');
      console.log(`  ${h.at.toISOString()}  ${h.step.padEnd(8)} ${h.what.padEnd(22)} ${h.actor ? `by ${h.actor} ` : ''}${detail}`);
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}
