import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { expect } from 'vitest';
import { CASE_READY_QUEUE, createBullmqCaseQueue } from '../../core/adapters/bullmq-case-queue.js';
import { createTestDatabase, type TestDatabase, type TestProvider } from './database.js';
import { startDovecot, type TestDovecot } from './dovecot.js';
import { buildRequestEmail } from './ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from './redis.js';

/**
 * What the crash drills share (issue 14): a database and a Dovecot of their own, the environment `pcse ingest`
 * needs to drain the `portalenquiries` mailbox, appending many distinct requests from another IMAP client, and the
 * exactly-once check (every email one case, every case queued once, nothing dead-lettered).
 */
export interface DrillRig {
  db: TestDatabase;
  dovecot: TestDovecot;
  /** The environment for `pcse ingest` (and the base for bot and worker): replies go to a temp outbox directory. */
  env: Record<string, string>;
  /** The rig's BullMQ queue prefix, unique to it (also how its processes are told apart in /proc). */
  prefix: string;
  redisUrl: string;
}

/** Registers a clean-up to run after the test, in reverse order of registration. */
export type OnCleanup = (cleanup: () => Promise<unknown> | unknown) => void;

export async function makeDrillRig(
  provider: TestProvider,
  label: string,
  onCleanup: OnCleanup,
  options: { redisUrl?: string } = {},
): Promise<DrillRig> {
  const redisUrl = options.redisUrl ?? SHARED_REDIS_URL;
  const db = await createTestDatabase(provider, label);
  onCleanup(() => db.drop());
  const dovecot = await startDovecot({ users: ['portalenquiries'] });
  onCleanup(() => dovecot.stop());
  const prefix = uniqueRedisPrefix(label);
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_TLS: 'false',
    MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries',
    MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
    OUTBOX_DIR: await mkdtemp(path.join(tmpdir(), `pcse-${label}-outbox-`)),
    ACK_HOURLY_CAP: '100000',
    POLL_INTERVAL_SECONDS: '1',
    LOG_LEVEL: 'info',
  };
  return { db, dovecot, env, prefix, redisUrl };
}

export interface AppendOptions {
  /** Message-IDs are `<${messageIdPrefix}-${n}@nhs.net>`, so each drill's emails are its own. */
  messageIdPrefix: string;
  /** The first n (default 0): a drill that appends in waves continues the numbering. */
  from?: number;
  spacingMs?: number;
  /** Called after each confirmed APPEND with how many of this call's emails are in (1-based). */
  onProgress?: (appended: number) => Promise<void> | void;
  /** The raw email for number n (default: a plain account-unlock request from one of 50 senders). */
  build?: (n: number, messageId: string) => Buffer;
}

/**
 * APPENDs `total` distinct requests to the rig's INBOX from another IMAP client. When the server goes away under it
 * (a restart drill), it reconnects and carries on from the first unconfirmed APPEND; an APPEND whose reply was lost
 * may have landed twice, which Message-ID + sha256 makes a duplicate the store ignores.
 */
export async function appendEmails(dovecot: TestDovecot, total: number, options: AppendOptions): Promise<void> {
  const first = options.from ?? 0;
  for (let done = 0; done < total; ) {
    const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: 'portalenquiries', pass: dovecot.passwordFor('portalenquiries') }, logger: false });
    client.on('error', () => undefined);
    try {
      await client.connect();
      for (; done < total; done++) {
        const n = first + done;
        const messageId = `<${options.messageIdPrefix}-${n}@nhs.net>`;
        const raw = options.build?.(n, messageId) ?? buildRequestEmail({ from: `sender${n % 50}@nhs.net`, subject: `Account locked ${n}`, messageId }).raw;
        await client.append('INBOX', raw);
        await options.onProgress?.(done + 1);
        if (options.spacingMs) await sleep(options.spacingMs);
      }
      await client.logout();
    } catch {
      client.close();
      await sleep(100);
    }
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `total` emails are stored and every case is queued. `stillRunning` throws (with the process's output)
 * when the process that should be draining has exited, so a drill fails with the reason rather than a timeout.
 */
export async function waitForIngested(rig: DrillRig, total: number, timeoutMs: number, stillRunning?: () => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = await rig.db.prisma.email.count();
    const unqueued = await rig.db.prisma.case.count({ where: { queuedAt: null } });
    if (stored >= total && unqueued === 0) return;
    stillRunning?.();
    if (Date.now() > deadline) throw new Error(`only ${stored} emails stored, ${unqueued} cases unqueued`);
    await sleep(250);
  }
}

/** Every email exactly one case, nothing dead-lettered, and exactly one case-ready job per case. */
export async function assertExactlyOnce(rig: DrillRig, total: number): Promise<void> {
  expect(await rig.db.prisma.email.count()).toBe(total);
  expect(await rig.db.prisma.case.count()).toBe(total);
  expect(await rig.db.prisma.deadLetter.count()).toBe(0);
  const queue = createBullmqCaseQueue({ redisUrl: rig.redisUrl, prefix: rig.prefix });
  try {
    const counts = (await queue.queueCounts())[CASE_READY_QUEUE]!;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
  } finally {
    await queue.close();
  }
}
