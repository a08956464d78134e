import type { Mailbox } from '../../core/domain/case.js';

/**
 * One message a source hands to the ingest pipeline. `raw` is null when the message was refused
 * before download (over the size cap); the pipeline then dead-letters it instead of parsing it.
 */
export interface SourceMessage {
  mailbox: Mailbox;
  /** `imap:<mailbox>:<uidvalidity>:<uid>` or `maildir:<mailbox>:<file>`: unique and stable across restarts. */
  sourceKey: string;
  uidValidity: string | null;
  uid: number | null;
  raw: Buffer | null;
  size: number;
  receivedAt: Date;
}

/**
 * Processes one message and resolves only once its outcome is durable (case committed and queued, or
 * dead letter stored): the source then marks the message processed. Throwing means "try again later";
 * the message stays unmarked and is offered again.
 */
export type MessageHandler = (message: SourceMessage) => Promise<void>;

/**
 * A handler that can also take a whole FETCH batch at once (one commit for all of it). It resolves with how many
 * messages, from the first, have a durable outcome: the source marks those processed, and offers the rest again
 * later (a message there failed, or the handler is shutting down).
 */
export interface BatchMessageHandler {
  handleBatch(messages: SourceMessage[]): Promise<{ handled: number }>;
  /**
   * handleBatch in two steps, so a source can overlap batches: the work that leaves nothing behind (extraction)
   * starts now, and `finish` does the rest of handleBatch (commit, queue) when the source calls it, after the
   * previous batch's finish and flagging. A started batch that is never finished leaves nothing behind.
   */
  startBatch?(messages: SourceMessage[]): { finish(): Promise<{ handled: number }> };
}

/** A running source; stop() finishes the message in hand and closes the connection. */
export interface RunningSource {
  stop(): Promise<void>;
  /** Settles once the source has first reached its mailbox (an IMAP login), or was stopped before it could. */
  readonly reached: Promise<void>;
}

/** Exponential backoff with full jitter, capped: the delay before reconnect attempt `attempt` (1-based). */
export function computeBackoffMs(attempt: number, baseMs = 500, capMs = 30_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 16));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
