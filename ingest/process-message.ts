import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { ParsedCase } from '../core/domain/case.js';
import { planAcknowledgement } from '../core/domain/cases/index.js';
import type { CaseOutbox, CaseQueue, CaseStore, DeadLetterStore, Mailer, ReplyLog, StoredCase } from '../core/ports.js';
import { renderEmail } from '../templates/email/index.js';
import type { AckRateLimiter } from './ack-rate-limit.js';
import { extractCaseWithAttachments } from './extract/index.js';
import { flushOutbox } from './flush-outbox.js';
import type { MessageHandler, SourceMessage } from './sources/source-message.js';
import { applyDkimVerdict, type DNSResolver } from './verify-dkim.js';

export type IngestStore = CaseStore & CaseOutbox & DeadLetterStore & ReplyLog;

export interface ProcessMessageDeps {
  store: IngestStore;
  queue: CaseQueue;
  /** Null disables acknowledgements (e.g. replaying dead letters). */
  mailer: Mailer | null;
  ackLimiter: AckRateLimiter | null;
  logger: Logger;
  trustedAuthServId: string | null;
  /** DNS for DKIM keys; tests serve their own key. Default: the system resolver. */
  dnsResolver?: DNSResolver;
  /** A message whose processing throws this many times in a row becomes a dead letter (default 3). */
  maxAttempts?: number;
}

export type ProcessOutcome =
  | { outcome: 'created' | 'attached'; caseId: string; caseRef: string; acknowledged: boolean }
  | { outcome: 'already_stored'; caseId: string | null }
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'dead_letter'; reason: string };

/**
 * The ingest path for one message: extract → DKIM → commit (one transaction) → enqueue and mark queued
 * → acknowledge. It resolves only when the outcome is durable, so the source may then flag the message;
 * a crash at any point before that means the message is offered again and the store recognises it
 * (already_stored), and the outbox relay queues whatever was committed but not queued. A message that
 * cannot be parsed, is over the size cap, or fails `maxAttempts` times becomes a dead letter instead
 * of blocking the mailbox.
 */
export function createMessageProcessor(deps: ProcessMessageDeps): MessageHandler & { process(message: SourceMessage): Promise<ProcessOutcome> } {
  const failures = new Map<string, number>();
  const maxAttempts = deps.maxAttempts ?? 3;

  const deadLetter = async (message: SourceMessage, reason: string): Promise<ProcessOutcome> => {
    const letter = await deps.store.addDeadLetter({ sourceKey: message.sourceKey, mailbox: message.mailbox, reason, raw: message.raw });
    deps.logger.warn({ mailbox: message.mailbox, uid: message.uid, deadLetterId: letter.id, reason }, 'dead letter');
    return { outcome: 'dead_letter', reason };
  };

  const acknowledge = async (c: StoredCase, parsed: ParsedCase): Promise<boolean> => {
    if (!deps.mailer || parsed.ignored) return false;
    const [effect] = planAcknowledgement(parsed, { caseId: c.id, caseRef: c.ref, requesterEmail: parsed.from.email, decidedBy: [] });
    if (!effect || effect.type !== 'send-reply') return false;
    if (await deps.store.findSentReply(effect.key)) return false;
    const to = effect.to[0];
    if (!to || (deps.ackLimiter && !(await deps.ackLimiter.tryConsume(to)))) {
      deps.logger.info({ caseId: c.id, caseRef: c.ref }, 'acknowledgement skipped: hourly cap for this sender');
      return false;
    }
    const rendered = renderEmail(effect.template, effect.model);
    const references = [...(parsed.references ?? []), ...(parsed.messageId ? [parsed.messageId] : [])];
    const { messageId } = await deps.mailer.send({
      to: effect.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      inReplyTo: parsed.messageId,
      references: [...new Set(references)],
      autoReply: true,
      headers: { 'X-PCSE-Auto': 'acknowledgement' },
    });
    await deps.store.recordSentReply(effect.key, c.id, messageId);
    return true;
  };

  const processOnce = async (message: SourceMessage): Promise<ProcessOutcome> => {
    if (message.raw === null) return deadLetter(message, 'too_large');
    const raw = message.raw;
    let parsed: ParsedCase;
    try {
      parsed = (await extractCaseWithAttachments(raw, { mailbox: message.mailbox, receivedAt: message.receivedAt, trustedAuthServId: deps.trustedAuthServId })).parsed;
    } catch (error) {
      // Extraction is deterministic: retrying the same bytes fails the same way.
      return deadLetter(message, `unparseable: ${(error as { code?: string }).code ?? (error as Error).name}`);
    }
    parsed = await applyDkimVerdict(raw, parsed, { resolver: deps.dnsResolver });
    const result = await deps.store.recordEmail(
      {
        mailbox: message.mailbox,
        sourceKey: message.sourceKey,
        uidValidity: message.uidValidity,
        uid: message.uid,
        raw,
        sha256: createHash('sha256').update(raw).digest('hex'),
        messageId: parsed.messageId,
        receivedAt: message.receivedAt,
      },
      parsed,
    );
    const log = deps.logger.child({ mailbox: message.mailbox, uid: message.uid });
    switch (result.outcome) {
      case 'ignored':
        log.info({ reason: result.reason }, 'ignored email stored');
        return { outcome: 'ignored', reason: result.reason };
      case 'already_stored':
        // Committed before a crash: make sure its case reached the queue before the source flags it.
        await flushOutbox(deps.store, deps.queue);
        log.info({ caseId: result.caseId }, 'already stored');
        return { outcome: 'already_stored', caseId: result.caseId };
      case 'created':
      case 'attached': {
        const c = result.case;
        if (result.outcome === 'created') {
          await deps.queue.enqueueCaseReady(c.id, c.version);
          await deps.store.markQueued(c.id);
        } else {
          // An attached reply may have made its case ready again (the store then clears queuedAt).
          await flushOutbox(deps.store, deps.queue);
        }
        let acknowledged = false;
        if (result.outcome === 'created') {
          // The case is durable and queued; a failed acknowledgement must not re-run any of that.
          acknowledged = await acknowledge(c, parsed).catch((error: Error & { code?: string }) => {
            log.warn({ caseId: c.id, err: { message: error.message, code: error.code } }, 'acknowledgement failed');
            return false;
          });
        }
        log.info({ caseId: c.id, caseRef: c.ref, kind: c.kind, outcome: result.outcome, acknowledged }, 'email committed');
        return { outcome: result.outcome, caseId: c.id, caseRef: c.ref, acknowledged };
      }
    }
  };

  const process = async (message: SourceMessage): Promise<ProcessOutcome> => {
    try {
      const outcome = await processOnce(message);
      failures.delete(message.sourceKey);
      return outcome;
    } catch (error) {
      // An unreachable queue or database is not the message's fault: it waits, it is never dead-lettered.
      if (isInfrastructureOutage(error)) throw error;
      const count = (failures.get(message.sourceKey) ?? 0) + 1;
      failures.set(message.sourceKey, count);
      if (count < maxAttempts) throw error;
      failures.delete(message.sourceKey);
      // Throws again if the store itself is down: then the message simply waits.
      return deadLetter(message, `failed_${count}_times: ${(error as { code?: string }).code ?? (error as Error).name}`);
    }
  };

  const handler = async (message: SourceMessage): Promise<void> => {
    await process(message);
  };
  return Object.assign(handler, { process });
}

/** Errors that say a server is away (queue down, database unreachable), as opposed to this message being bad. */
export function isInfrastructureOutage(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (['queue_unavailable', 'mail_send_failed', 'P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'].includes(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (/ECONNREFUSED|ECONNRESET|Connection terminated|connection.*closed|Can't reach database|SQLITE_BUSY|database is locked/i.test(message)) return true;
  return e.cause !== undefined && e.cause !== error ? isInfrastructureOutage(e.cause) : false;
}
