import type { Finding, ParsedCase } from '../domain/case.js';
import { CASE_REF_PATTERN } from '../domain/case.js';
import { applyReply } from '../domain/cases/merge-reply.js';
import { initialState } from '../domain/lifecycle.js';
import type { IncomingEmail, RecordEmailResult } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { toStoredCase } from './prisma-case-row.js';
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
  // PostgreSQL text cannot hold U+0000 (SQLite can; Prisma P2039): a stray NUL in a hostile email must
  // not make it unstorable (found by the robustness run, test/robustness/known-bugs.test.ts).
  const email: IncomingEmail = rawEmail.messageId ? { ...rawEmail, messageId: rawEmail.messageId.replace(/\u0000/g, '') } : rawEmail;
  const parsed = stripNulCharacters(rawParsed);
  for (let attempt = 1; ; attempt++) {
    try {
      return await runTransaction(db, (tx) => recordInTransaction(tx, email, parsed));
    } catch (error) {
      // Two writers raced on the same sourceKey (or on the year's first case ref): look again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** Removes U+0000 from every string in the parsed case (a JSON escape preceded by an even run of backslashes). */
function stripNulCharacters(parsed: ParsedCase): ParsedCase {
  const json = JSON.stringify(parsed);
  return json.includes('\\u0000') ? (JSON.parse(json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1')) as ParsedCase) : parsed;
}

async function recordInTransaction(tx: Transaction, email: IncomingEmail, parsed: ParsedCase): Promise<RecordEmailResult> {
  const existing = await tx.email.findUnique({ where: { sourceKey: email.sourceKey }, select: { caseId: true } });
  if (existing) return { outcome: 'already_stored', caseId: existing.caseId };

  const findings: Finding[] = [...parsed.findings];
  if (email.messageId) {
    const sameId = await tx.email.findMany({ where: { messageId: email.messageId }, select: { sha256: true, caseId: true } });
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

  if (parsed.ignored) {
    await createEmailRow(tx, email, withFindings, 'ignored', null);
    return { outcome: 'ignored', reason: parsed.ignored };
  }

  const target = await findRepliedCase(tx, parsed);
  if (target) {
    await createEmailRow(tx, email, withFindings, 'reply', target.id);
    await appendAuditEvent(tx, { caseId: target.id, type: 'email_attached', actor: null, data: { sourceKey: email.sourceKey, sha256: email.sha256, messageId: email.messageId } });
    if (target.state === 'needs_information') {
      const reply = applyReply(JSON.parse(target.parsed) as ParsedCase, JSON.parse(target.findings) as Finding[], withFindings, findings);
      await tx.case.update({
        where: { id: target.id },
        data: {
          parsed: JSON.stringify(reply.parsed),
          findings: JSON.stringify(reply.findings),
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

  const ref = await nextCaseRef(tx, new Date(email.receivedAt));
  const state = initialState(parsed.missing);
  const created = await tx.case.create({
    data: {
      ref,
      mailbox: parsed.mailbox,
      kind: parsed.kind,
      state,
      parsed: JSON.stringify(withFindings),
      findings: JSON.stringify(findings),
      requesterEmail: parsed.from.email,
      odsCode: parsed.organisation?.odsCode ?? null,
      // The acknowledgement is part of the outbox: due from the commit until sent or deliberately skipped.
      ackDueAt: new Date(),
    },
  });
  await createEmailRow(tx, email, withFindings, 'request', created.id);
  await appendAuditEvent(tx, { caseId: created.id, type: 'case_created', actor: null, data: { ref, kind: parsed.kind, state, sourceKey: email.sourceKey, sha256: email.sha256, messageId: email.messageId } });
  return { outcome: 'created', case: toStoredCase(created) };
}

async function createEmailRow(tx: Transaction, email: IncomingEmail, parsed: ParsedCase, disposition: string, caseId: string | null): Promise<void> {
  await tx.email.create({
    data: {
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
      attachments: {
        create: (parsed.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size, sha256: a.sha256 })),
      },
    },
  });
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

/** PCSE-<year>-<6 digits>: one counter row per year, incremented in the same transaction as the case. */
async function nextCaseRef(tx: Transaction, at: Date): Promise<string> {
  const year = Number.isNaN(at.getTime()) ? new Date().getUTCFullYear() : at.getUTCFullYear();
  const counter = await tx.caseRefCounter.upsert({ where: { year }, create: { year, last: 1 }, update: { last: { increment: 1 } } });
  return `PCSE-${year}-${String(counter.last).padStart(6, '0')}`;
}
