import { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { Mailbox } from '../../core/domain/case.js';
import type { MailboxCursorStore } from '../../core/ports.js';
import { computeBackoffMs, type MessageHandler, type RunningSource } from './source-message.js';

/** The keyword we set on a message once its case is committed and queued (RFC 3501 §2.3.2 keywords). */
export const PROCESSED_KEYWORD = '$PcseProcessed';

export type ImapAuth = { password: string } | { getAccessToken(): Promise<string> };

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
  logger: Logger;
}

/** Sleeps for ms, or less if `signal` fires first. */
function sleep(ms: number, signal: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([new Promise<void>((r) => { timer = setTimeout(r, ms); }), signal.then(() => undefined)]).finally(() => clearTimeout(timer));
}

/**
 * Reads one mailbox over IMAP and hands each unprocessed message to `handler`, oldest first, then
 * marks it processed (\Seen + $PcseProcessed, or a move to the processed folder). Waits with IDLE for
 * speed plus a periodic UID SEARCH (IDLE can go quiet without telling us). Any drop or error closes
 * the client and, after exponential backoff, a NEW ImapFlow connects: a closed client is never reused.
 * A message whose handler throws stays unmarked and is offered again on the next pass.
 */
export function startImapMailbox(options: ImapMailboxOptions, handler: MessageHandler): RunningSource {
  const log = options.logger.child({ mailbox: options.mailbox });
  const folder = options.folder ?? 'INBOX';
  const pollIntervalMs = options.pollIntervalMs ?? 30_000;
  let stopped = false;
  let signalStop: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => { signalStop = resolve; });
  let wake: () => void = () => {};
  let knownUidValidity: string | null = null;
  let nextUid = 1;

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
    // Without this listener a socket timeout is an uncaught exception that kills the worker (NOTES.md).
    client.on('error', (error: Error & { code?: string }) => log.warn({ err: { message: error.message, code: error.code } }, 'imap client error'));
    await client.connect();
    return client;
  };

  const markProcessed = async (client: ImapFlow, uid: number): Promise<void> => {
    await client.messageFlagsAdd(String(uid), ['\\Seen', PROCESSED_KEYWORD], { uid: true });
    if (options.processedFolder) await client.messageMove(String(uid), options.processedFolder, { uid: true });
  };

  /** One pass over the unprocessed messages; returns false when the handler failed (retry later). */
  const scan = async (client: ImapFlow): Promise<boolean> => {
    const lock = await client.getMailboxLock(folder);
    try {
      const found = await client.search({ uid: `${nextUid}:*`, unKeyword: PROCESSED_KEYWORD }, { uid: true });
      // "n:*" always matches the highest UID even when it is below n (RFC 3501 §6.4.8), hence the filter.
      const uids = (found || []).filter((uid) => uid >= nextUid).sort((a, b) => a - b);
      const uidValidity = knownUidValidity ?? '0';
      for (const uid of uids) {
        if (stopped) return true;
        const meta = await client.fetchOne(String(uid), { uid: true, size: true, internalDate: true }, { uid: true });
        if (!meta) continue; // expunged meanwhile
        const size = meta.size ?? 0;
        let raw: Buffer | null = null;
        if (size <= options.maxMessageBytes) {
          const full = await client.fetchOne(String(uid), { source: true }, { uid: true });
          if (!full || !full.source) continue;
          raw = full.source;
        } else {
          log.warn({ uid, size }, 'message over the size cap: not downloaded');
        }
        const internalDate = meta.internalDate instanceof Date ? meta.internalDate : meta.internalDate ? new Date(meta.internalDate) : new Date();
        try {
          await handler({
            mailbox: options.mailbox,
            sourceKey: `imap:${options.mailbox}:${uidValidity}:${uid}`,
            uidValidity,
            uid,
            raw,
            size,
            receivedAt: internalDate,
          });
        } catch (error) {
          log.warn({ uid, err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'message not processed; will retry');
          return false;
        }
        await markProcessed(client, uid);
        nextUid = uid + 1;
        await options.cursorStore?.setMailboxCursor(options.mailbox, { uidValidity, lastUid: uid }).catch(() => undefined);
      }
      return true;
    } finally {
      lock.release();
    }
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
    let failures = 0;
    while (!stopped && client.usable) {
      pending = false;
      const ok = await scan(client);
      failures = ok ? 0 : failures + 1;
      if (stopped || !client.usable) break;
      if (ok && pending) continue;
      const woken = new Promise<void>((resolve) => { wake = resolve; });
      void client.idle().catch(() => undefined);
      // After a handler failure, wait (backing off) before the retry; otherwise until IDLE or the poll timer.
      const waitMs = ok ? pollIntervalMs : computeBackoffMs(failures, 1000, pollIntervalMs);
      await Promise.race([ok ? woken : new Promise<void>(() => {}), sleep(waitMs, stopSignal), closed]);
    }
  };

  const loop = async (): Promise<void> => {
    let attempt = 0;
    while (!stopped) {
      let client: ImapFlow | null = null;
      try {
        client = await connect();
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
    async stop() {
      stopped = true;
      signalStop();
      wake();
      await running;
    },
  };
}
