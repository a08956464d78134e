import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Mailbox, ParsedCase } from '../core/domain/case.js';
import { StoreUnavailableError, type AcknowledgementOutbox, type CaseOutbox, type CaseQueue, type CaseStore, type DeadLetterStore, type DirectoryReader, type Mailer, type ReplyLog, type StorePorts } from '../core/ports.js';
import { applySenderTrust } from '../core/domain/sender-trust.js';
import { loadDirectoryFacts } from '../core/load-directory-facts.js';
import { acknowledgeCase, flushAcknowledgements } from './acknowledge-case.js';
import type { AckRateLimiter } from './ack-rate-limit.js';
import { extractInSandbox } from './extract/sandbox.js';
import { flushOutbox } from './flush-outbox.js';
import type { MessageHandler, SourceMessage } from './sources/source-message.js';
import type { DNSResolver } from './verify-dkim.js';

export type IngestStore = CaseStore & CaseOutbox & AcknowledgementOutbox & DeadLetterStore & ReplyLog;

/** The ingest path's view of the stores: the ports it uses, as one object. */
export function ingestStoreFrom(stores: StorePorts): IngestStore {
  return { ...stores.cases, ...stores.caseOutbox, ...stores.acknowledgements, ...stores.deadLetters, ...stores.replies };
}

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
  /** Extraction's time limit per email (default EXTRACTION_LIMITS.timeoutMs); tests shorten it. */
  extractionTimeoutMs?: number;
  /** A message whose processing throws this many times in a row becomes a dead letter (default 3). */
  maxAttempts?: number;
  /** The directory, so the sender-trust policy can accept an organisation's own known address or domain; absent = judged as `pcse parse` does. */
  directory?: DirectoryReader;
}

export type ProcessOutcome =
  | { outcome: 'created' | 'attached'; caseId: string; caseRef: string; acknowledged: boolean }
  | { outcome: 'already_stored'; caseId: string | null }
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'dead_letter'; reason: string };

/**
 * The ingest path for one message: extract and check DKIM (in the time-limited sandbox) → commit (one transaction, the acknowledgement due with
 * the case) → enqueue and mark queued → acknowledge. It resolves only when the outcome is durable, so the
 * source may then flag the message; a crash at any point before that means the message is offered again and
 * the store recognises it (already_stored), and the outbox relay queues whatever was committed but not queued
 * and sends whatever acknowledgement is still due. A message that
 * cannot be parsed, is over the size cap, or fails `maxAttempts` times becomes a dead letter instead
 * of blocking the mailbox.
 */
export function createMessageProcessor(deps: ProcessMessageDeps): MessageHandler & {
  process(message: SourceMessage): Promise<ProcessOutcome>;
  /** The acknowledgement relay for a mailbox (the outbox relay should call it with the queue flush); returns how many were sent. */
  flushAcknowledgements(mailbox: Mailbox): Promise<number>;
} {
  const failures = new Map<string, number>();
  const maxAttempts = deps.maxAttempts ?? 3;

  const deadLetter = async (message: SourceMessage, reason: string): Promise<ProcessOutcome> => {
    const letter = await deps.store.addDeadLetter({ sourceKey: message.sourceKey, mailbox: message.mailbox, reason, raw: message.raw });
    deps.logger.warn({ mailbox: message.mailbox, uid: message.uid, deadLetterId: letter.id, reason }, 'dead letter');
    return { outcome: 'dead_letter', reason };
  };

  const ackDeps = deps.mailer ? { store: deps.store, mailer: deps.mailer, ackLimiter: deps.ackLimiter, logger: deps.logger } : null;
  /** Sends the acknowledgements due for this mailbox (one left due by a crash, or by a failed send); never throws. */
  const flushAcks = async (mailbox: Mailbox): Promise<number> => {
    if (!ackDeps) return 0;
    return flushAcknowledgements(ackDeps, mailbox).catch((error: Error & { code?: string }) => {
      deps.logger.warn({ mailbox, err: { message: error.message, code: error.code } }, 'acknowledgement relay failed');
      return 0;
    });
  };

  const processOnce = async (message: SourceMessage): Promise<ProcessOutcome> => {
    if (message.raw === null) return deadLetter(message, 'too_large');
    const raw = message.raw;
    const extraction = await extractInSandbox(raw, {
      mailbox: message.mailbox, receivedAt: message.receivedAt, trustedAuthServId: deps.trustedAuthServId, dnsResolver: deps.dnsResolver, timeoutMs: deps.extractionTimeoutMs,
    });
    switch (extraction.status) {
      case 'closed':
        // Shutting down: the message is not marked, so it is offered again after the restart.
        throw Object.assign(new Error('extraction sandbox closed'), { code: 'extraction_unavailable' });
      // Extraction is deterministic: retrying the same bytes fails the same way, and would hold up the mailbox.
      case 'timeout':
        return deadLetter(message, 'extraction_timeout: over the time limit; read it by hand, or replay it after a fix');
      case 'failed':
        return deadLetter(message, `unparseable: ${extraction.reason}`);
    }
    const parsed: ParsedCase = deps.directory && !extraction.parsed.ignored
      ? applySenderTrust(extraction.parsed, await loadDirectoryFacts(deps.directory, extraction.parsed))
      : extraction.parsed;
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
        // Committed before a crash: make sure its case reached the queue before the source flags it, and that
        // the practice got the acknowledgement the crash may have cost it (it is still due in the outbox).
        await flushOutbox(deps.store, deps.queue);
        await flushAcks(message.mailbox);
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
        if (result.outcome === 'created' && ackDeps) {
          // The case is durable and queued; a failed acknowledgement must not re-run any of that. It stays due
          // in the outbox, and the next relay pass for this mailbox sends it.
          acknowledged = await acknowledgeCase(ackDeps, c).then(
            (sent) => sent === 'sent',
            (error: Error & { code?: string }) => {
              log.warn({ caseId: c.id, err: { message: error.message, code: error.code } }, 'acknowledgement failed; still due');
              return false;
            },
          );
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
  return Object.assign(handler, { process, flushAcknowledgements: flushAcks });
}

/**
 * Errors that say a server is away (store or queue down, mail server refusing, extraction sandbox shut), as opposed
 * to this message being bad. Each adapter raises its outage as a typed error with a code; nothing here reads messages.
 */
const OUTAGE_CODES = new Set(['store_unavailable', 'queue_unavailable', 'mail_send_failed', 'extraction_unavailable', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

export function isInfrastructureOutage(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const e = error as { code?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && OUTAGE_CODES.has(e.code)) return true;
  return e.cause !== undefined && e.cause !== error ? isInfrastructureOutage(e.cause) : false;
}
