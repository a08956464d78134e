import { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { Mailbox } from '../../core/domain/case.js';
import type { MailboxCursorStore } from '../../core/ports.js';
import { computeBackoffMs, type BatchMessageHandler, type MessageHandler, type RunningSource, type SourceMessage } from './source-message.js';

/** The keyword we set on a message once its case is committed and queued (RFC 3501 §2.3.2 keywords). */
export const PROCESSED_KEYWORD = '$PcseProcessed';

export type ImapAuth = { password: string } | { getAccessToken(): Promise<string> };

/**
 * How a backlog is read: one FETCH for the sizes of up to `messages` messages, then one FETCH for the sources of
 * as many of them as fit in `bytes` (a message bigger than that comes alone), and one STORE to mark each such
 * group once every message in it is durably handled. Round trips per message fall from four to a fraction of
 * one, and raw email held in memory stays under `bytes` plus the message in hand.
 */
export const FETCH_BATCH = { messages: 32, bytes: 2 * 1024 * 1024 } as const;

/**
 * How many downloaded groups may wait behind the one being committed (each at most FETCH_BATCH.bytes of raw mail):
 * enough that extraction never waits for a commit or a flag, few enough to keep a backlog's memory bounded.
 */
export const LOOKAHEAD_GROUPS = 2;

export interface ImapMailboxOptions {
  mailbox: Mailbox;
  host: string;
  port: number;
  /** Implicit TLS (993); false for a loopback test server. */
  secure: boolean;
  user: string;
  auth: ImapAuth;
  /** The folder to read (default INBOX). */
  folder?: string;
  /** Move processed messages here instead of leaving them flagged in the folder; null keeps them in place. */
  processedFolder?: string | null;
  /** Messages larger than this (RFC822.SIZE) are not downloaded; the handler gets raw = null. */
  maxMessageBytes: number;
  /** The safety-net UID SEARCH runs at least this often even if IDLE says nothing (default 30 s). */
  pollIntervalMs?: number;
  /** Where the UIDVALIDITY and last UID are remembered across restarts (optional). */
  cursorStore?: MailboxCursorStore;
  /** Batch sizes (default FETCH_BATCH); tests make them small to cross batch boundaries. */
  fetchBatch?: { messages: number; bytes: number };
  logger: Logger;
}

interface MessageMeta {
  uid: number;
  size: number;
  internalDate: Date;
}

function toMessageMeta(m: { uid: number; size?: number; internalDate?: Date | string }): MessageMeta {
  const internalDate = m.internalDate instanceof Date ? m.internalDate : m.internalDate ? new Date(m.internalDate) : new Date();
  return { uid: m.uid, size: m.size ?? 0, internalDate };
}

/** A UID set in RFC 3501 §9 sequence-set syntax, runs collapsed ("3:7,9"), for UIDs in ascending order. */
export function packUidSet(uids: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < uids.length; ) {
    let j = i;
    while (j + 1 < uids.length && uids[j + 1] === uids[j]! + 1) j++;
    parts.push(j > i ? `${uids[i]}:${uids[j]}` : `${uids[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Splits messages (in UID order) into groups whose downloaded bytes stay within `maxBytes`; none is ever empty. */
function groupByBytes(metas: MessageMeta[], maxBytes: number, maxMessageBytes: number): MessageMeta[][] {
  const groups: MessageMeta[][] = [];
  let group: MessageMeta[] = [];
  let bytes = 0;
  for (const meta of metas) {
    // An oversize message is not downloaded, so it costs the group nothing.
    const cost = meta.size <= maxMessageBytes ? meta.size : 0;
    if (group.length > 0 && bytes + cost > maxBytes) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(meta);
    bytes += cost;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Sleeps for ms, or less if `signal` fires first. */
function sleep(ms: number, signal: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([new Promise<void>((r) => { timer = setTimeout(r, ms); }), signal.then(() => undefined)]).finally(() => clearTimeout(timer));
}

/**
 * Reads one mailbox over IMAP and hands each unprocessed message to `handler`, oldest first, one at a time, and
 * marks it processed (\Seen + $PcseProcessed, or a move to the processed folder) only after its handler has
 * resolved, in batches (FETCH_BATCH). Waits with IDLE for
 * speed plus a periodic UID SEARCH (IDLE can go quiet without telling us). Any drop or error closes
 * the client and, after exponential backoff, a NEW ImapFlow connects: a closed client is never reused.
 * A message whose handler throws stays unmarked and is offered again on the next pass.
 */
export function startImapMailbox(options: ImapMailboxOptions, handler: MessageHandler & Partial<BatchMessageHandler>): RunningSource {
  const batchHandler = typeof handler.handleBatch === 'function' ? (handler as BatchMessageHandler) : null;
  const log = options.logger.child({ mailbox: options.mailbox });
  const folder = options.folder ?? 'INBOX';
  const pollIntervalMs = options.pollIntervalMs ?? 30_000;
  const batch = options.fetchBatch ?? FETCH_BATCH;
  let stopped = false;
  let signalStop: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => { signalStop = resolve; });
  let wake: () => void = () => {};
  let knownUidValidity: string | null = null;
  let nextUid = 1;
  /** The cursor writes markProcessed started, chained in order; stop() waits for them before the store closes. */
  let cursorWrites: Promise<void> = Promise.resolve();

  const connect = async (): Promise<ImapFlow> => {
    const auth = 'password' in options.auth
      ? { user: options.user, pass: options.auth.password }
      // A new connection asks for the token again; the source refreshes it before it expires.
      : { user: options.user, accessToken: await options.auth.getAccessToken() };
    const client = new ImapFlow({
      host: options.host,
      port: options.port,
      secure: options.secure,
      auth,
      logger: false,
      disableAutoIdle: true,
      // Re-issue IDLE now and then: some servers (and NATs) silently drop a long IDLE.
      maxIdleTime: Math.min(pollIntervalMs, 5 * 60_000),
      connectionTimeout: 15_000,
      greetingTimeout: 10_000,
      socketTimeout: 5 * 60_000,
    });
    // Without this listener a socket timeout is an uncaught exception that kills the worker.
    client.on('error', (error: Error & { code?: string }) => log.warn({ err: { message: error.message, code: error.code } }, 'imap client error'));
    await client.connect();
    return client;
  };

  /**
   * Marks handled messages processed in one STORE (and one MOVE): called only with UIDs whose handler has resolved,
   * i.e. whose case or dead letter is durable. A crash before this runs leaves them unmarked; they are offered
   * again and the store recognises them (already_stored), so a batch widens that window without losing or
   * duplicating anything.
   */
  const markProcessed = async (client: ImapFlow, uids: number[], uidValidity: string): Promise<void> => {
    if (uids.length === 0) return;
    const set = packUidSet(uids);
    // +FLAGS.SILENT (RFC 3501 §6.4.6): the server does not answer with every message's new flags, which nothing here
    // reads and which would otherwise be parsed, one FETCH response per message, on the thread that commits.
    await client.messageFlagsAdd(set, ['\\Seen', PROCESSED_KEYWORD], { uid: true, silent: true });
    if (options.processedFolder) await client.messageMove(set, options.processedFolder, { uid: true });
    const lastUid = Math.max(...uids);
    nextUid = lastUid + 1;
    // The cursor is a best-effort note (only its UIDVALIDITY is read back, at start-up): written in order behind the
    // scan rather than in it, so the next group's commit does not wait for a database round trip it does not need.
    const cursorStore = options.cursorStore;
    if (cursorStore) cursorWrites = cursorWrites.then(() => cursorStore.setMailboxCursor(options.mailbox, { uidValidity, lastUid })).catch(() => undefined);
  };

  /** Downloads one group's sources in one FETCH; a message over the size cap is handed over without its source. */
  const fetchGroup = async (client: ImapFlow, group: MessageMeta[], uidValidity: string): Promise<SourceMessage[]> => {
    const wanted = group.filter((m) => m.size <= options.maxMessageBytes).map((m) => m.uid);
    const sources = new Map<number, Buffer>();
    if (wanted.length > 0) {
      for (const m of await client.fetchAll(packUidSet(wanted), { uid: true, source: true }, { uid: true })) {
        if (m.source) sources.set(m.uid, m.source);
      }
    }
    const messages: SourceMessage[] = [];
    for (const meta of group) {
      let raw: Buffer | null = null;
      if (meta.size <= options.maxMessageBytes) {
        raw = sources.get(meta.uid) ?? null;
        if (!raw) continue; // expunged meanwhile
        sources.delete(meta.uid);
      } else {
        log.warn({ uid: meta.uid, size: meta.size }, 'message over the size cap: not downloaded');
      }
      messages.push({
        mailbox: options.mailbox,
        sourceKey: `imap:${options.mailbox}:${uidValidity}:${meta.uid}`,
        uidValidity,
        uid: meta.uid,
        raw,
        size: meta.size,
        receivedAt: meta.internalDate,
      });
    }
    return messages;
  };

  /**
   * Marks what a batch handler made durable (its `handled` first messages) processed. Returns false when it did not
   * handle them all (retry later): the scan then resumes at the first message not handled.
   */
  const settleBatch = async (client: ImapFlow, messages: SourceMessage[], handling: Promise<{ handled: number }>, uidValidity: string): Promise<boolean> => {
    const { handled } = await handling.catch((error: Error & { code?: string }) => {
      log.warn({ uid: messages[0]!.uid, err: { message: error.message, code: error.code } }, 'batch not processed; will retry');
      return { handled: 0 };
    });
    const done = messages.slice(0, handled).map((m) => m.uid!);
    await markProcessed(client, done, uidValidity);
    if (handled >= messages.length || stopped) return true;
    // The scan resumes at the first message not handled (markProcessed moved past the handled ones).
    nextUid = messages[handled]!.uid!;
    return false;
  };

  /**
   * Hands one downloaded group to a handler that takes messages one at a time, in UID order, each raw email released
   * as soon as its handler is done. Returns false when a handler failed (retry later).
   */
  const processOneByOne = async (client: ImapFlow, messages: SourceMessage[], uidValidity: string): Promise<boolean> => {
    const handled: number[] = [];
    try {
      for (const message of messages) {
        if (stopped) return true;
        try {
          await handler(message);
        } catch (error) {
          log.warn({ uid: message.uid, err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'message not processed; will retry');
          return false;
        }
        handled.push(message.uid!);
      }
      return true;
    } finally {
      // Also after a handler failure or a stop: what was committed before it is marked now, not offered again.
      await markProcessed(client, handled, uidValidity);
    }
  };

  /** The groups of the messages `uids` names, in UID order; sizes and dates are read in one FETCH per chunk. */
  async function* groupsOf(client: ImapFlow, uids: number[]): AsyncGenerator<MessageMeta[]> {
    for (let start = 0; start < uids.length; start += batch.messages) {
      // Sizes and dates for the whole chunk in one FETCH: whether to download is decided before downloading.
      const chunk = uids.slice(start, start + batch.messages);
      const metas = (await client.fetchAll(packUidSet(chunk), { uid: true, size: true, internalDate: true }, { uid: true }))
        .map(toMessageMeta)
        .sort((a, b) => a.uid - b.uid);
      yield* groupByBytes(metas, batch.bytes, options.maxMessageBytes);
    }
  }

  /**
   * One pass over the unprocessed messages; returns false when the handler failed (retry later). With a handler
   * that can start a batch (startBatch), downloading and extraction run ahead of the commits by up to
   * LOOKAHEAD_GROUPS groups, so the extraction thread always has the next messages while a group is committed,
   * queued and flagged. Commits and flags stay in UID order and one group at a time: a group is finished only after
   * the one before it was flagged, and a group started before a failure or a stop is dropped unfinished (nothing of
   * it was written).
   */
  const scan = async (client: ImapFlow): Promise<boolean> => {
    const lock = await client.getMailboxLock(folder);
    // The groups handed to the handler and not yet settled, each the settling of its group chained after the one
    // before it; every one is awaited before the lock is released, so no flag is set outside the scan.
    let settling: Promise<boolean> = Promise.resolve(true);
    const ahead: Promise<boolean>[] = [];
    let failed = false;
    try {
      const found = await client.search({ uid: `${nextUid}:*`, unKeyword: PROCESSED_KEYWORD }, { uid: true });
      // "n:*" always matches the highest UID even when it is below n (RFC 3501 §6.4.8), hence the filter.
      const uids = (found || []).filter((uid) => uid >= nextUid).sort((a, b) => a - b);
      const uidValidity = knownUidValidity ?? '0';
      for await (const group of groupsOf(client, uids)) {
        if (stopped || failed) break;
        const messages = await fetchGroup(client, group, uidValidity);
        if (messages.length === 0) continue;
        if (!batchHandler) {
          if (!(await processOneByOne(client, messages, uidValidity))) return false;
          continue;
        }
        if (!batchHandler.startBatch) {
          if (!(await settleBatch(client, messages, batchHandler.handleBatch(messages), uidValidity))) return false;
          continue;
        }
        const started = batchHandler.startBatch(messages);
        settling = settling.then(async (ok) => {
          if (!ok || stopped) return ok;
          const settled = await settleBatch(client, messages, started.finish(), uidValidity);
          if (!settled) failed = true;
          return settled;
        });
        ahead.push(settling);
        while (ahead.length > LOOKAHEAD_GROUPS) await ahead.shift();
      }
      return await settling;
    } finally {
      // After a throw (the connection failed mid-scan): the groups already settling finish or fail first.
      await settling.catch(() => false);
      lock.release();
    }
  };

  /**
   * A second connection that only ever idles, to wake the scan. The processing connection leaves IDLE for every
   * FETCH and STORE and re-enters it after, and a server may hold its notice for a while after IDLE starts
   * (Dovecot batches changes for 500 ms): an IDLE that never stops hears of an APPEND as soon as the server tells
   * anyone. Best effort: the processing connection still idles and polls, so losing this one loses no message.
   */
  const startWatcher = (onExists: () => void): { stop(): void } => {
    let watching = true;
    let watcher: ImapFlow | null = null;
    void (async () => {
      try {
        watcher = await connect();
        if (!watching) {
          watcher.close();
          return;
        }
        await watcher.mailboxOpen(folder, { readOnly: true });
        watcher.on('exists', onExists);
        while (watching && watcher.usable) await watcher.idle();
      } catch (error) {
        if (watching) log.warn({ err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'imap watcher ended; the poll and the main IDLE still wake the scan');
      }
    })();
    return {
      stop() {
        watching = false;
        watcher?.close();
      },
    };
  };

  const session = async (client: ImapFlow): Promise<void> => {
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    if (options.processedFolder) await client.mailboxCreate(options.processedFolder).catch(() => undefined);
    const opened = await client.mailboxOpen(folder);
    const uidValidity = String(opened.uidValidity);
    if (knownUidValidity === null && options.cursorStore) {
      knownUidValidity = (await options.cursorStore.getMailboxCursor(options.mailbox).catch(() => null))?.uidValidity ?? null;
    }
    if (knownUidValidity !== null && knownUidValidity !== uidValidity) {
      // RFC 3501 §2.3.1.1: old UIDs mean nothing now. Rescan everything; the store recognises
      // messages it already has by Message-ID + sha256, so nothing is imported twice.
      log.warn({ from: knownUidValidity, to: uidValidity }, 'UIDVALIDITY changed: rescanning the mailbox');
    }
    knownUidValidity = uidValidity;
    // Each connection starts from the top: unprocessed messages below the last UID (a handler failure,
    // a crash before flagging) are found by the keyword search.
    nextUid = 1;
    // An EXISTS that arrives while a scan runs must not be lost: remember it and scan again at once.
    let pending = false;
    client.on('exists', () => { pending = true; wake(); });
    const watcher = startWatcher(() => { pending = true; wake(); });
    try {
      await loopScans(client, closed, () => pending, () => { pending = false; });
    } finally {
      watcher.stop();
    }
  };

  /** Scans, then waits (IDLE, the poll timer, or a backoff after a failure), until the connection or the source stops. */
  const loopScans = async (client: ImapFlow, closed: Promise<void>, isPending: () => boolean, clearPending: () => void): Promise<void> => {
    let failures = 0;
    while (!stopped && client.usable) {
      clearPending();
      const ok = await scan(client);
      failures = ok ? 0 : failures + 1;
      if (stopped || !client.usable) break;
      if (ok && isPending()) continue;
      const woken = new Promise<void>((resolve) => { wake = resolve; });
      void client.idle().catch(() => undefined);
      // After a handler failure, wait (backing off) before the retry; otherwise until IDLE or the poll timer.
      const waitMs = ok ? pollIntervalMs : computeBackoffMs(failures, 1000, pollIntervalMs);
      await Promise.race([ok ? woken : new Promise<void>(() => {}), sleep(waitMs, stopSignal), closed]);
    }
  };

  let markReached: () => void = () => {};
  const reached = new Promise<void>((resolve) => { markReached = resolve; });

  const loop = async (): Promise<void> => {
    let attempt = 0;
    while (!stopped) {
      let client: ImapFlow | null = null;
      try {
        client = await connect();
        markReached();
        attempt = 0;
        log.info({ uidValidity: knownUidValidity }, 'imap connected');
        await session(client);
      } catch (error) {
        log.warn({ err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'imap session ended');
      } finally {
        if (client?.usable) await client.logout().catch(() => client?.close());
        else client?.close();
      }
      if (stopped) break;
      attempt++;
      await sleep(computeBackoffMs(attempt, 250, 30_000), stopSignal);
    }
  };

  const running = loop();
  return {
    reached,
    async stop() {
      stopped = true;
      signalStop();
      markReached();
      wake();
      await running;
      await cursorWrites;
    },
  };
}
