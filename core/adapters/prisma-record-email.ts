import type { Finding, ParsedCase } from '../domain/case.js';
import { CASE_REF_PATTERN } from '../domain/case.js';
import { listDirectoryLookups, reviewCase } from '../domain/cases/index.js';
import { applyReply } from '../domain/cases/merge-reply.js';
import { initialState } from '../domain/lifecycle.js';
import { randomUUID } from 'node:crypto';
import type { IncomingEmail, RecordEmailResult, StoredCase } from '../ports.js';
import { getDatabaseProvider, type Database } from './database.js';
import { appendAuditEvent, auditEventRow } from './prisma-audit-log.js';
import { toStoredCase } from './prisma-case-row.js';
import { insertRows } from './prisma-insert-rows.js';
import type { DatabaseProvider } from './prisma-schema-variant.js';
import { createPrismaDirectoryReader } from './prisma-directory.js';
import { isUniqueViolation, runTransaction, type Transaction } from './prisma-transaction.js';

/**
 * Stores one email and what it means in ONE transaction (CaseStore.recordEmail):
 * 1. a sourceKey already stored → already_stored;
 * 2. the same Message-ID with the same sha256 under another sourceKey (e.g. after a UIDVALIDITY change,
 *    RFC 3501 §2.3.1.1) → already_stored; with a different sha256 it is stored with a `message_id_reused` finding;
 * 3. `ignored` (auto reply, bounce) → stored without a case;
 * 4. a reply to a case (its caseRef, or In-Reply-To/References naming our reply or one of its emails) →
 *    attached; what it does to the case is the domain's (core/domain/cases/merge-reply.ts);
 * 5. otherwise a new case, starting where the domain says (core/domain/lifecycle.ts).
 */
export async function recordEmail(db: Database, rawEmail: IncomingEmail, rawParsed: ParsedCase): Promise<RecordEmailResult> {
  const [result] = await recordEmails(db, [{ email: rawEmail, parsed: rawParsed }]);
  return result!;
}

/** One email and what extraction made of it, for recordEmails. */
export interface EmailToRecord {
  email: IncomingEmail;
  parsed: ParsedCase;
}

/**
 * Stores several emails in ONE transaction, each exactly as recordEmail would (results in the same order), so a
 * FETCH batch costs one commit instead of one per email. Which of them are stored already, and which Message-IDs
 * are known, is read with one query each for the whole batch. Any failure rolls back the whole batch: the caller
 * then records them one by one, so one bad email fails alone.
 */
export async function recordEmails(db: Database, items: EmailToRecord[]): Promise<RecordEmailResult[]> {
  if (items.length === 0) return [];
  // PostgreSQL text cannot hold U+0000 (SQLite can; Prisma P2039): a stray NUL in a hostile email must
  // not make it unstorable (found by the robustness run, test/robustness/known-bugs.test.ts).
  const cleaned = items.map(({ email, parsed }) => ({
    email: email.messageId ? { ...email, messageId: email.messageId.replace(/\u0000/g, '') } : email,
    parsed: stripNulCharacters(parsed),
  }));
  const provider = getDatabaseProvider(db);
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(db, async (tx) => {
        const known = await readKnownEmails(tx, provider, cleaned.map((i) => i.email));
        const pending = new PendingRows(provider);
        const results: (RecordEmailResult | PendingCase)[] = [];
        for (const { email, parsed } of cleaned) results.push(await recordInTransaction(tx, email, parsed, known, pending));
        await pending.write(tx);
        return results.map((r) => (r instanceof PendingCase ? r.result() : r));
      });
    } catch (error) {
      // Two writers raced on the same sourceKey (or on the year's first case ref): look again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/**
 * What the store already holds for a batch of emails, read once: the case of each sourceKey stored, and the
 * sha256 and case of every stored email with one of their Message-IDs. recordInTransaction adds each email it
 * stores, so a duplicate within the batch is recognised like one stored before it.
 */
interface KnownEmails {
  bySourceKey: Map<string, string | null>;
  byMessageId: Map<string, { sha256: string; caseId: string | null }[]>;
}

async function readKnownEmails(tx: Transaction, provider: DatabaseProvider, emails: IncomingEmail[]): Promise<KnownEmails> {
  const sourceKeys = [...new Set(emails.map((e) => e.sourceKey))];
  const messageIds = [...new Set(emails.map((e) => e.messageId).filter((id): id is string => Boolean(id)))];
  // Two lookups, not one with OR: every email stored under a Message-ID is read, and SQLite keeps caseId after the
  // raw bytes, so reading it from the row walks the raw message's overflow pages; a replayed Message-ID made each
  // new email cost time in proportion to the copies stored before. The Message-ID side reads only its covering
  // index (Email_messageId_sha256_caseId_id_idx); an OR would fetch every row from the table.
  const [byKey, byId] = provider === 'postgresql'
    ? await readKnownRowsInOneRoundTrip(tx, sourceKeys, messageIds)
    : await Promise.all([
      tx.email.findMany({ where: { sourceKey: { in: sourceKeys } }, select: { sourceKey: true, caseId: true } }),
      messageIds.length > 0 ? tx.email.findMany({ where: { messageId: { in: messageIds } }, select: { messageId: true, sha256: true, caseId: true } }) : [],
    ]);
  const known: KnownEmails = { bySourceKey: new Map(), byMessageId: new Map() };
  for (const e of byKey) known.bySourceKey.set(e.sourceKey, e.caseId);
  for (const e of byId) if (e.messageId) rememberMessageId(known, e.messageId, e.sha256, e.caseId);
  return known;
}

/**
 * The same two lookups on PostgreSQL as one statement (UNION ALL of the two index scans): an interactive transaction
 * sends its statements one after another, so the second lookup was a round trip of its own on every batch's commit.
 */
async function readKnownRowsInOneRoundTrip(tx: Transaction, sourceKeys: string[], messageIds: string[]): Promise<[{ sourceKey: string; caseId: string | null }[], { messageId: string; sha256: string; caseId: string | null }[]]> {
  const rows = await tx.$queryRawUnsafe<{ bySourceKey: boolean; key: string; sha256: string | null; caseId: string | null }[]>(
    'SELECT true AS "bySourceKey", "sourceKey" AS "key", NULL AS "sha256", "caseId" FROM "Email" WHERE "sourceKey" = ANY($1::text[]) '
    + 'UNION ALL SELECT false, "messageId", "sha256", "caseId" FROM "Email" WHERE "messageId" = ANY($2::text[])',
    sourceKeys, messageIds,
  );
  return [
    rows.filter((r) => r.bySourceKey).map((r) => ({ sourceKey: r.key, caseId: r.caseId })),
    rows.filter((r) => !r.bySourceKey).map((r) => ({ messageId: r.key, sha256: r.sha256 ?? '', caseId: r.caseId })),
  ];
}

function rememberMessageId(known: KnownEmails, messageId: string, sha256: string, caseId: string | null): void {
  const list = known.byMessageId.get(messageId);
  if (list) list.push({ sha256, caseId });
  else known.byMessageId.set(messageId, [{ sha256, caseId }]);
}

/** Removes U+0000 from every string in the parsed case (a JSON escape preceded by an even run of backslashes). */
function stripNulCharacters(parsed: ParsedCase): ParsedCase {
  const json = JSON.stringify(parsed);
  return json.includes('\\u0000') ? (JSON.parse(json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1')) as ParsedCase) : parsed;
}

async function recordInTransaction(tx: Transaction, email: IncomingEmail, parsed: ParsedCase, known: KnownEmails, pending: PendingRows): Promise<RecordEmailResult | PendingCase> {
  if (known.bySourceKey.has(email.sourceKey)) return { outcome: 'already_stored', caseId: known.bySourceKey.get(email.sourceKey) ?? null };

  const findings: Finding[] = [...parsed.findings];
  if (email.messageId) {
    const sameId = known.byMessageId.get(email.messageId) ?? [];
    const identical = sameId.find((e) => e.sha256 === email.sha256);
    if (identical) return { outcome: 'already_stored', caseId: identical.caseId };
    if (sameId.length > 0) {
      findings.push({
        code: 'message_id_reused',
        severity: 'warning',
        message: 'Another, different email with the same Message-ID was stored before: check this is not a replay or a forgery.',
      });
    }
  }
  const withFindings: ParsedCase = { ...parsed, findings };
  let result: RecordEmailResult | PendingCase;
  if (parsed.ignored) {
    pending.emails.push(emailRow(email, withFindings, 'ignored', null));
    result = { outcome: 'ignored', reason: parsed.ignored };
  } else if (mayReplyToCase(parsed)) {
    // Which case it replies to is read from the database, so what the batch stored before it must be there.
    await pending.write(tx);
    result = await storeReplyOrCase(tx, email, parsed, findings, pending.provider);
  } else {
    result = pending.addCase(email, withFindings, findings);
  }
  const caseId = result instanceof PendingCase ? result.id : result.outcome === 'ignored' ? null : result.case.id;
  known.bySourceKey.set(email.sourceKey, caseId);
  if (email.messageId) rememberMessageId(known, email.messageId, email.sha256, caseId);
  return result;
}

/** A new case waiting in PendingRows: its row exists once PendingRows.write has run. */
class PendingCase {
  readonly id = randomUUID();
  ref = '';
  stored: StoredCase | null = null;
  constructor(readonly email: IncomingEmail, readonly parsed: ParsedCase, readonly findings: Finding[]) {}

  result(): RecordEmailResult {
    if (!this.stored) throw new Error('pending case read before it was written');
    return { outcome: 'created', case: this.stored };
  }
}

/**
 * The new cases and ignored emails of a batch, with their email rows, attachments and audit events, written with
 * one statement per table (plus one counter update per year for the case refs) instead of five per email.
 */
class PendingRows {
  readonly cases: PendingCase[] = [];
  readonly emails: EmailRow[] = [];

  constructor(readonly provider: DatabaseProvider) {}

  addCase(email: IncomingEmail, parsed: ParsedCase, findings: Finding[]): PendingCase {
    const c = new PendingCase(email, parsed, findings);
    this.cases.push(c);
    this.emails.push(emailRow(email, parsed, 'request', c.id));
    return c;
  }

  async write(tx: Transaction): Promise<void> {
    if (this.emails.length === 0) return;
    const cases = this.cases.splice(0);
    const emails = this.emails.splice(0);
    const byYear = new Map<number, PendingCase[]>();
    for (const c of cases) {
      const at = new Date(c.email.receivedAt);
      const year = Number.isNaN(at.getTime()) ? new Date().getUTCFullYear() : at.getUTCFullYear();
      byYear.set(year, [...(byYear.get(year) ?? []), c]);
    }
    for (const [year, list] of byYear) {
      const refs = await nextCaseRefs(tx, year, list.length);
      list.forEach((c, i) => { c.ref = refs[i]!; });
    }
    // Every column is given here, so the stored cases are known without reading back their (large) JSON.
    const now = new Date();
    for (const c of cases) {
      c.stored = {
        id: c.id, ref: c.ref, state: initialState(c.parsed.missing), kind: c.parsed.kind, mailbox: c.parsed.mailbox, version: 1,
        parsed: c.parsed, findings: c.findings, correctedBy: {}, createdAt: now, updatedAt: now,
      };
    }
    if (cases.length > 0) {
      await insertRows(tx, this.provider, 'Case', cases.map(({ stored, parsed, findings }) => ({
          id: stored!.id, ref: stored!.ref, mailbox: stored!.mailbox, kind: stored!.kind, state: stored!.state, version: stored!.version,
          parsed: JSON.stringify(parsed),
          findings: JSON.stringify(findings),
          requesterEmail: parsed.from.email,
          odsCode: parsed.organisation?.odsCode ?? null,
          // The acknowledgement is part of the outbox: due from the commit until sent or deliberately skipped.
          ackDueAt: now,
          createdAt: now,
          updatedAt: now,
        })));
    }
    await insertRows(tx, this.provider, 'Email', emails.map(({ attachments: _, ...row }) => ({ ...row, storedAt: now })));
    await insertRows(tx, this.provider, 'Attachment', emails.flatMap((e) => e.attachments.map((a) => ({ id: randomUUID(), emailId: e.id, ...a }))));
    if (cases.length > 0) {
      await insertRows(tx, this.provider, 'AuditEvent', cases.map((c) => auditEventRow({
        caseId: c.id,
        type: 'case_created',
        actor: null,
        data: { ref: c.ref, kind: c.parsed.kind, state: c.stored!.state, sourceKey: c.email.sourceKey, sha256: c.email.sha256, messageId: c.email.messageId },
      }, now)));
    }
  }
}

type EmailRow = ReturnType<typeof emailRow>;

function emailRow(email: IncomingEmail, parsed: ParsedCase, disposition: string, caseId: string | null) {
  return {
    id: randomUUID(),
    sourceKey: email.sourceKey,
    mailbox: email.mailbox,
    uidValidity: email.uidValidity,
    uid: email.uid,
    messageId: email.messageId,
    sha256: email.sha256,
    raw: new Uint8Array(email.raw),
    disposition,
    parsed: JSON.stringify(parsed),
    receivedAt: email.receivedAt,
    caseId,
    attachments: (parsed.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256 })),
  };
}

/** True when the email names a case ref or a thread: then it may be a reply, which the database must say. */
function mayReplyToCase(parsed: ParsedCase): boolean {
  return Boolean(parsed.caseRef?.match(CASE_REF_PATTERN)) || Boolean(parsed.inReplyTo) || (parsed.references ?? []).length > 0;
}

/** Stores an email that may reply to a case: attached to the case it replies to, or else a new case. */
async function storeReplyOrCase(
  tx: Transaction,
  email: IncomingEmail,
  parsed: ParsedCase,
  findings: Finding[],
  provider: DatabaseProvider,
): Promise<Exclude<RecordEmailResult, { outcome: 'already_stored' | 'ignored' }>> {
  const withFindings: ParsedCase = { ...parsed, findings };
  const target = await findRepliedCase(tx, parsed);
  if (target) {
    await createEmailRow(tx, email, withFindings, 'reply', target.id);
    await appendAuditEvent(tx, { caseId: target.id, type: 'email_attached', actor: null, data: { sourceKey: email.sourceKey, sha256: email.sha256, messageId: email.messageId } });
    if (target.state === 'needs_information') {
      const reply = applyReply(JSON.parse(target.parsed) as ParsedCase, JSON.parse(target.findings) as Finding[], withFindings, findings);
      // The reply may have filled the very values the directory checks read (the organisation, the nominee's
      // account): the merged case is judged as ingest judges a new one, against the directory as this
      // transaction sees it, so the refreshed card shows an unknown or closed organisation, the admin limit, …
      const directory = createPrismaDirectoryReader(tx);
      const reviewed = reviewCase(reply.parsed, await directory.getDirectoryFacts(listDirectoryLookups(reply.parsed)));
      await tx.case.update({
        where: { id: target.id },
        data: {
          parsed: JSON.stringify({ ...reply.parsed, findings: reviewed }),
          findings: JSON.stringify(reviewed),
          state: reply.state,
          ...(reply.state !== target.state ? { version: { increment: 1 }, queuedAt: null } : {}),
        },
      });
      if (reply.state !== target.state) {
        await appendAuditEvent(tx, { caseId: target.id, type: 'state_changed', actor: null, data: { from: target.state, to: reply.state, reason: 'information_received' } });
      }
    }
    const row = await tx.case.findUniqueOrThrow({ where: { id: target.id } });
    return { outcome: 'attached', case: toStoredCase(row) };
  }

  const pending = new PendingRows(provider);
  const created = pending.addCase(email, withFindings, findings);
  await pending.write(tx);
  return created.result() as { outcome: 'created'; case: StoredCase };
}

async function createEmailRow(tx: Transaction, email: IncomingEmail, parsed: ParsedCase, disposition: string, caseId: string | null): Promise<void> {
  const { attachments, ...row } = emailRow(email, parsed, disposition, caseId);
  // Nothing read back: the row holds the raw message.
  await tx.email.create({ data: { ...row, attachments: { create: attachments } }, select: { id: true } });
}

async function findRepliedCase(tx: Transaction, parsed: ParsedCase) {
  const ref = parsed.caseRef?.match(CASE_REF_PATTERN)?.[0]?.toUpperCase();
  if (ref) {
    const byRef = await tx.case.findUnique({ where: { ref } });
    if (byRef) return byRef;
  }
  // A bound on the ids looked up, whoever built the case: databases cap a query's parameters (SQLite at 32,766).
  const references = parsed.references ?? [];
  const ids = [parsed.inReplyTo ?? null, ...references.slice(0, 1), ...references.slice(1).slice(-99)].filter((id): id is string => Boolean(id));
  if (ids.length === 0) return null;
  const ours = await tx.sentReply.findFirst({ where: { messageId: { in: ids } }, select: { caseId: true } });
  const theirs = ours ? null : await tx.email.findFirst({ where: { messageId: { in: ids }, caseId: { not: null } }, select: { caseId: true } });
  const caseId = ours?.caseId ?? theirs?.caseId ?? null;
  return caseId ? tx.case.findUnique({ where: { id: caseId } }) : null;
}

/** `count` refs PCSE-<year>-<6 digits>, in order: one counter row per year, moved on in the same transaction as the cases. */
async function nextCaseRefs(tx: Transaction, year: number, count: number): Promise<string[]> {
  const counter = await tx.caseRefCounter.upsert({ where: { year }, create: { year, last: count }, update: { last: { increment: count } } });
  return Array.from({ length: count }, (_, i) => `PCSE-${year}-${String(counter.last - count + 1 + i).padStart(6, '0')}`);
}
