import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Mailbox, ParsedCase } from '../core/domain/case.js';
import { StoreUnavailableError, type AcknowledgementOutbox, type CaseOutbox, type CaseQueue, type CaseStore, type DeadLetterStore, type DirectoryReader, type IncomingEmail, type Mailer, type RecordEmailResult, type ReplyLog, type StoredCase, type StorePorts } from '../core/ports.js';
import { reviewCase } from '../core/domain/cases/index.js';
import { loadDirectoryFacts } from '../core/load-directory-facts.js';
import { relayPass } from './acknowledge-case.js';
import type { AckRateLimiter } from './ack-rate-limit.js';
import { readPdfForm, type PdfReadBudget, type ScanReading } from './extract/pdf-form.js';
import { extractInSandbox, type ExtractionResult } from './extract/sandbox.js';
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
  /**
   * `deferred` (`pcse ingest`): a scanned form's pages are not read here; the case is stored with `scan_pending` and
   * `pcse ocr` reads them (ingest/ocr-service.ts), so the OCR child never joins ingest's process tree. Default `inline`.
   */
  scans?: ScanReading;
}

/** How long after a batch's commit the acknowledgement relay starts (the card goes first). */
const ACK_RELAY_DELAY_MS = 250;

/**
 * While a backlog drains (batches back to back), a relay pass waits for a pause of ACK_RELAY_DELAY_MS between
 * batches, but never longer than this: the cases get committed and onto staff's cards first, and the
 * acknowledgements, which share this thread and the database, follow, at least one pass every this often.
 */
const ACK_RELAY_MAX_DEFER_MS = 10_000;

type DeadLetterOutcome = { outcome: 'dead_letter'; reason: string };

export type ProcessOutcome =
  | { outcome: 'created' | 'attached'; caseId: string; caseRef: string; acknowledged: boolean }
  | { outcome: 'already_stored'; caseId: string | null }
  | { outcome: 'ignored'; reason: string }
  | DeadLetterOutcome;

/** Outcomes of a batch in message order; shorter than the batch when a message failed (`error`) or the sandbox closed. */
export interface BatchOutcome {
  outcomes: ProcessOutcome[];
  error?: unknown;
}

/**
 * The ingest path for a FETCH batch: extract and check DKIM (each message in the time-limited sandbox, all of them
 * queued at once) → commit every message in ONE transaction (each case with its acknowledgement due) → enqueue the
 * new cases and mark them queued in one statement → wake the acknowledgement relay. It resolves only when the
 * outcomes are durable, so the source may then flag those messages; a crash at any point before that means they are
 * offered again and the store recognises them (already_stored), and the outbox relay queues whatever was committed
 * but not queued and sends whatever acknowledgement is still due. When the batch's transaction fails for a reason
 * that is not an outage, its messages are recorded one by one, so one bad message fails alone. A message that
 * cannot be parsed, is over the size cap, or fails `maxAttempts` times becomes a dead letter instead of blocking
 * the mailbox. Acknowledgements are sent only by the outbox relay (never from here), which the batch wakes.
 */
export function createMessageProcessor(deps: ProcessMessageDeps): MessageHandler & {
  /** One message, as a batch of one; resolves after the relay pass that acknowledges it (`acknowledged`). */
  process(message: SourceMessage): Promise<ProcessOutcome>;
  /** The source's batch path (BatchMessageHandler). */
  handleBatch(messages: SourceMessage[]): Promise<{ handled: number }>;
  /** The same in two steps (BatchMessageHandler.startBatch): extraction starts now, the commit waits for `finish`. */
  startBatch(messages: SourceMessage[]): { finish(): Promise<{ handled: number }> };
  processBatch(messages: SourceMessage[]): Promise<BatchOutcome>;
  /** The acknowledgement relay for a mailbox (the outbox relay should call it with the queue flush); returns how many were sent. */
  flushAcknowledgements(mailbox: Mailbox): Promise<number>;
  /** Waits for relay passes the batches started in the background (call before closing the store). */
  drain(): Promise<void>;
} {
  const failures = new Map<string, number>();
  const maxAttempts = deps.maxAttempts ?? 3;

  const deadLetter = async (message: SourceMessage, reason: string): Promise<DeadLetterOutcome> => {
    const letter = await deps.store.addDeadLetter({ sourceKey: message.sourceKey, mailbox: message.mailbox, reason, raw: message.raw });
    deps.logger.warn({ mailbox: message.mailbox, uid: message.uid, deadLetterId: letter.id, reason }, 'dead letter');
    return { outcome: 'dead_letter', reason };
  };

  /**
   * Runs one message's step and counts its failures: an outage is let through untouched (the message waits, it is
   * never dead-lettered), another error is thrown again until the message has failed `maxAttempts` times in a row,
   * and then it becomes a dead letter.
   */
  const guarded = async <T>(message: SourceMessage, step: () => Promise<T>): Promise<T | DeadLetterOutcome> => {
    try {
      return await step();
    } catch (error) {
      if (isInfrastructureOutage(error)) throw error;
      const count = (failures.get(message.sourceKey) ?? 0) + 1;
      failures.set(message.sourceKey, count);
      if (count < maxAttempts) throw error;
      failures.delete(message.sourceKey);
      // Throws again if the store itself is down: then the message simply waits.
      return deadLetter(message, `failed_${count}_times: ${(error as { code?: string }).code ?? (error as Error).name}`);
    }
  };

  const ackDeps = deps.mailer ? { store: deps.store, mailer: deps.mailer, ackLimiter: deps.ackLimiter, logger: deps.logger } : null;
  /**
   * One relay pass over the acknowledgements due for this mailbox; never throws. Returns the cases acknowledged, and
   * whether the pass found a full batch due and sent some of it (another pass will find more to send).
   */
  const relayAcknowledgementsPass = async (mailbox: Mailbox): Promise<{ sent: string[]; more: boolean }> => {
    if (!ackDeps) return { sent: [], more: false };
    return relayPass(ackDeps, mailbox).then(
      ({ sent, full }) => ({ sent, more: full && sent.length > 0 }),
      (error: Error & { code?: string }) => {
        deps.logger.warn({ mailbox, err: { message: error.message, code: error.code } }, 'acknowledgement relay failed');
        return { sent: [], more: false };
      },
    );
  };
  const relayAcknowledgements = async (mailbox: Mailbox): Promise<string[]> => (await relayAcknowledgementsPass(mailbox)).sent;

  // The relay pass a batch wakes runs after it, one at a time per mailbox, and a wake during a pass asks for one more
  // pass after it (which sees what was committed meanwhile). It starts a moment after the commit, so the new case's
  // card (enqueue → bot) does not share the machine with its acknowledgement, and while a backlog drains it waits for
  // a pause between batches (at most ACK_RELAY_MAX_DEFER_MS).
  const background = new Map<Mailbox, { running: Promise<void>; again: boolean }>();
  let batchesInFlight = 0;
  let lastBatchEndedAt = 0;
  const backlogPause = async (first: boolean): Promise<void> => {
    const until = Date.now() + ACK_RELAY_MAX_DEFER_MS;
    if (first) await sleep(ACK_RELAY_DELAY_MS);
    while (Date.now() < until && (batchesInFlight > 0 || Date.now() - lastBatchEndedAt < ACK_RELAY_DELAY_MS)) await sleep(ACK_RELAY_DELAY_MS / 5);
  };
  const wakeRelay = (mailbox: Mailbox): void => {
    if (!ackDeps) return;
    const current = background.get(mailbox);
    if (current) {
      current.again = true;
      return;
    }
    const entry = { running: Promise.resolve(), again: false };
    entry.running = (async () => {
      let first = true;
      do {
        await backlogPause(first);
        first = false;
        entry.again = false;
        // A backlog commits faster than one pass (50) acknowledges: a full pass that sent something goes round
        // again, so the last of a backlog is not left for the periodic relay. One that sent nothing (SMTP down) stops.
        if ((await relayAcknowledgementsPass(mailbox)).more) entry.again = true;
      } while (entry.again);
      background.delete(mailbox);
    })();
    background.set(mailbox, entry);
  };

  type Prepared = { message: SourceMessage; raw: Buffer; parsed: ParsedCase };

  /** Extraction's verdict on one message: what to record, a dead letter, or a throw (the sandbox is closing). */
  const prepare = async (message: SourceMessage, extracting: Promise<ExtractionResult> | null, directory: DirectoryReader | undefined): Promise<Prepared | DeadLetterOutcome> => {
    if (message.raw === null || extracting === null) return deadLetter(message, 'too_large');
    const extraction = await extracting;
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
    // With the directory, the case is stored with every finding the approver must see (unknown or closed
    // organisation, admin limit, account state, sender trust judged against it): the first card shows them, and an
    // approval over an error among them needs its reason, as after an edit.
    const parsed: ParsedCase = directory && !extraction.parsed.ignored
      ? { ...extraction.parsed, findings: reviewCase(extraction.parsed, await loadDirectoryFacts(directory, extraction.parsed)) }
      : extraction.parsed;
    return { message, raw: message.raw, parsed };
  };

  const toIncoming = ({ message, raw, parsed }: Prepared): IncomingEmail => ({
    mailbox: message.mailbox,
    sourceKey: message.sourceKey,
    uidValidity: message.uidValidity,
    uid: message.uid,
    raw,
    sha256: createHash('sha256').update(raw).digest('hex'),
    messageId: parsed.messageId,
    receivedAt: message.receivedAt,
  });

  /**
   * Commits the prepared messages: one transaction for all of them, or, for a single message or after that
   * transaction failed (not for an outage), one per message in order, stopping at the first that throws.
   */
  const record = async (prepared: Prepared[]): Promise<{ results: (RecordEmailResult | DeadLetterOutcome)[]; error?: unknown }> => {
    if (prepared.length > 1) {
      try {
        return { results: await deps.store.recordEmails(prepared.map((p) => ({ email: toIncoming(p), parsed: p.parsed }))) };
      } catch (error) {
        if (isInfrastructureOutage(error)) return { results: [], error };
        deps.logger.warn({ messages: prepared.length, err: { code: (error as { code?: string }).code ?? (error as Error).name } }, 'batch commit failed; committing its messages one by one');
      }
    }
    const results: (RecordEmailResult | DeadLetterOutcome)[] = [];
    for (const p of prepared) {
      try {
        results.push(await guarded(p.message, () => deps.store.recordEmail(toIncoming(p), p.parsed)));
      } catch (error) {
        return { results, error };
      }
    }
    return { results };
  };

  /** Queues every message's extraction now (the sandbox's clock runs per message from when it starts on it); never rejects. */
  const scans = deps.scans ?? 'inline';
  const readPdf = (content: Buffer, budget: PdfReadBudget) => readPdfForm(content, {}, budget, { scans });
  const startExtraction = (messages: SourceMessage[]): (Promise<ExtractionResult> | null)[] =>
    messages.map((m) => (m.raw === null ? null : extractInSandbox(m.raw, {
      mailbox: m.mailbox, receivedAt: m.receivedAt, trustedAuthServId: deps.trustedAuthServId, dnsResolver: deps.dnsResolver, timeoutMs: deps.extractionTimeoutMs, readPdf,
    })));

  const processBatch = async (
    messages: SourceMessage[],
    options: { wakeRelay: boolean } = { wakeRelay: true },
    extracting: (Promise<ExtractionResult> | null)[] = startExtraction(messages),
  ): Promise<BatchOutcome> => {
    batchesInFlight++;
    try {
      return await commitBatch(messages, options, extracting);
    } finally {
      batchesInFlight--;
      lastBatchEndedAt = Date.now();
    }
  };

  const commitBatch = async (messages: SourceMessage[], options: { wakeRelay: boolean }, extracting: (Promise<ExtractionResult> | null)[]): Promise<BatchOutcome> => {
    const directory = deps.directory ? rememberingIsLoaded(deps.directory) : undefined;
    const verdicts: (Prepared | DeadLetterOutcome)[] = [];
    let error: unknown;
    for (const [i, message] of messages.entries()) {
      try {
        verdicts.push(await guarded(message, () => prepare(message, extracting[i] ?? null, directory)));
      } catch (e) {
        error = e;
        break;
      }
    }
    const prepared = verdicts.filter((v): v is Prepared => 'parsed' in v);
    const committed = await record(prepared);
    error ??= committed.error;
    // Outcomes in message order, up to the first message that is not durable.
    const recorded = new Map(prepared.slice(0, committed.results.length).map((p, i) => [p.message.sourceKey, committed.results[i]!]));
    const outcomes: ProcessOutcome[] = [];
    const created: StoredCase[] = [];
    let flush = false;
    for (const verdict of verdicts) {
      if (!('parsed' in verdict)) {
        outcomes.push(verdict);
        continue;
      }
      const result = recorded.get(verdict.message.sourceKey);
      if (!result) break;
      const log = deps.logger.child({ mailbox: verdict.message.mailbox, uid: verdict.message.uid });
      switch (result.outcome) {
        case 'dead_letter':
          outcomes.push(result);
          break;
        case 'ignored':
          log.info({ reason: result.reason }, 'ignored email stored');
          outcomes.push({ outcome: 'ignored', reason: result.reason });
          break;
        case 'already_stored':
          // Committed before a crash: make sure its case reached the queue before the source flags it (the relay
          // sends the acknowledgement the crash may have cost the practice: it is still due in the outbox).
          flush = true;
          log.info({ caseId: result.caseId }, 'already stored');
          outcomes.push({ outcome: 'already_stored', caseId: result.caseId });
          break;
        case 'created':
        case 'attached': {
          const c = result.case;
          // An attached reply may have made its case ready again (the store then clears queuedAt).
          if (result.outcome === 'created') created.push(c);
          else flush = true;
          log.info({ caseId: c.id, caseRef: c.ref, kind: c.kind, outcome: result.outcome }, 'email committed');
          outcomes.push({ outcome: result.outcome, caseId: c.id, caseRef: c.ref, acknowledged: false });
          break;
        }
      }
    }
    // Durable from here on: each of them is stored (or a dead letter), so it does not count as failing any more.
    for (const m of messages.slice(0, outcomes.length)) failures.delete(m.sourceKey);
    try {
      if (created.length > 0) {
        await deps.queue.enqueueCasesReady(created.map((c) => ({ caseId: c.id, version: c.version })));
        await deps.store.markAllQueued(created.map((c) => c.id));
      }
      if (flush) await flushOutbox(deps.store, deps.queue);
    } catch (e) {
      // Committed but not queued: the source must not flag them yet. Offered again, they are already_stored and
      // queued then; the relay queues them meanwhile.
      return { outcomes: outcomes.filter((o) => o.outcome === 'dead_letter'), error: e };
    }
    if (options.wakeRelay && (created.length > 0 || flush)) wakeRelay(messages[0]!.mailbox);
    return { outcomes, ...(error !== undefined ? { error } : {}) };
  };

  const process = async (message: SourceMessage): Promise<ProcessOutcome> => {
    const { outcomes, error } = await processBatch([message], { wakeRelay: false });
    const outcome = outcomes[0];
    if (!outcome) throw error;
    if (outcome.outcome !== 'created' && outcome.outcome !== 'already_stored') return outcome;
    // One relay pass, here rather than beside the next message: whoever calls this one message at a time (tests,
    // dead-letter replay) learns whether its acknowledgement went.
    const acknowledged = await relayAcknowledgements(message.mailbox);
    return outcome.outcome === 'created' ? { ...outcome, acknowledged: acknowledged.includes(outcome.caseId) } : outcome;
  };

  const handleBatch = async (messages: SourceMessage[], extracting?: (Promise<ExtractionResult> | null)[]): Promise<{ handled: number }> => {
    const { outcomes, error } = await processBatch(messages, { wakeRelay: true }, extracting);
    if (outcomes.length < messages.length && error !== undefined) {
      const m = messages[outcomes.length]!;
      deps.logger.warn({ mailbox: m.mailbox, uid: m.uid, err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'message not processed; will retry');
    }
    return { handled: outcomes.length };
  };

  const handler = async (message: SourceMessage): Promise<void> => {
    await process(message);
  };
  return Object.assign(handler, {
    process,
    processBatch,
    handleBatch: (messages: SourceMessage[]) => handleBatch(messages),
    startBatch(messages: SourceMessage[]) {
      // Extraction only: nothing is written, counted or logged until finish, so an abandoned batch leaves no trace.
      const extracting = startExtraction(messages);
      return { finish: () => handleBatch(messages, extracting) };
    },
    flushAcknowledgements: async (mailbox: Mailbox) => (await relayAcknowledgements(mailbox)).length,
    async drain() {
      while (background.size > 0) await Promise.all([...background.values()].map((b) => b.running));
    },
  });
}

/** The directory, asking whether it is loaded once for a whole batch instead of once per message. */
function rememberingIsLoaded(directory: DirectoryReader): DirectoryReader {
  let loaded: Promise<boolean> | null = null;
  return {
    isLoaded: () => (loaded ??= directory.isLoaded()),
    findOrganisation: (code) => directory.findOrganisation(code),
    isOnAuthorisedEmailList: (email) => directory.isOnAuthorisedEmailList(email),
    findUserByEmailOrUsername: (key) => directory.findUserByEmailOrUsername(key),
  };
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
