import { mkdir, mkdtemp, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createBullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { openDatabase } from '../../../core/adapters/database.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { StoreUnavailableError } from '../../../core/ports.js';
import { ConfigError } from '../../../core/config.js';
import { loadIngestConfig } from '../../../ingest/config.js';
import { createMessageProcessor } from '../../../ingest/process-message.js';
import { startIngestWorker } from '../../../ingest/worker.js';
import { createTestDatabase } from '../../support/database.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function waitUntil(pred: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('ingest configuration', () => {
  it('lists every bad key at once', () => {
    let error: unknown;
    try {
      loadIngestConfig({ IMAP_HOST: 'imap.example', IMAP_PORT: 'nope', MAILBOX_DATAMANAGER_USER: 'dm@nhs.net', REDIS_URL: 'http://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const keys = (error as ConfigError).issues.map((i) => i.split(':')[0]);
    expect(keys).toEqual(expect.arrayContaining(['IMAP_PORT', 'REDIS_URL', 'MAILBOX_DATAMANAGER_PASSWORD', 'SMTP_URL']));
  });

  it('accepts OAuth2 client credentials instead of passwords', () => {
    const c = loadIngestConfig({ IMAP_HOST: 'outlook.office365.com', MAILBOX_OPENEXETER_USER: 'openexeter@nhs.net', OAUTH_TENANT_ID: 't', OAUTH_CLIENT_ID: 'c', OAUTH_CLIENT_SECRET: 's', SMTP_URL: 'smtp://smtp.office365.com:587' });
    expect(c.mailboxes.map((m) => m.mailbox)).toEqual(['openexeter']);
    expect(c.oauth?.tokenUrl).toBe('https://login.microsoftonline.com/t/oauth2/v2.0/token');
    expect(c.imap).toEqual({ host: 'outlook.office365.com', port: 993, secure: true });
  });
});

describe('maildir mode and dead letters', () => {
  it('ingests a dropped file into a queued case and moves it to cur/', async () => {
    const db = await createTestDatabase('sqlite', 'maildir');
    cleanups.push(() => db.drop());
    const drop = await mkdtemp(path.join(tmpdir(), 'pcse-drop-'));
    const outbox = await mkdtemp(path.join(tmpdir(), 'pcse-outbox-'));
    const prefix = uniqueRedisPrefix('maildir');
    const worker = await startIngestWorker(
      loadIngestConfig({ DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix, DROP_DIR: drop, OUTBOX_DIR: outbox }),
      { logger: pino({ level: 'silent' }) },
    );
    cleanups.push(() => worker.stop());
    const dir = path.join(drop, 'datamanager');
    await mkdir(path.join(dir, 'tmp'), { recursive: true });
    await mkdir(path.join(dir, 'new'), { recursive: true });
    const { raw } = buildRequestEmail({ to: 'datamanager@nhs.net', subject: 'Change of practice email' });
    await writeFile(path.join(dir, 'tmp', '1700000000.1.host'), raw);
    await rename(path.join(dir, 'tmp', '1700000000.1.host'), path.join(dir, 'new', '1700000000.1.host'));
    await waitUntil(async () => (await readdir(path.join(dir, 'cur'))).length === 1);
    const cases = await db.prisma.case.findMany();
    expect(cases).toHaveLength(1);
    expect(cases[0]!.mailbox).toBe('datamanager');
    expect(cases[0]!.queuedAt).not.toBeNull();
    expect(await readdir(path.join(dir, 'new'))).toEqual([]);
    await waitUntil(async () => (await readdir(path.join(outbox, 'new')).catch(() => [])).length === 1);
  });

  it('dead-letters oversize and repeatedly failing mail without blocking, and replays a dead letter', async () => {
    const db = await createTestDatabase('postgresql', 'dead_letters');
    cleanups.push(() => db.drop());
    const store = openAllStorePorts(db.prisma);
    const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix: uniqueRedisPrefix('dl') });
    cleanups.push(() => queue.close());
    const processor = createMessageProcessor({ store, queue, mailer: null, ackLimiter: null, logger: pino({ level: 'silent' }), trustedAuthServId: null, maxAttempts: 2 });
    const base = { mailbox: 'portalenquiries' as const, uidValidity: '1', receivedAt: new Date() };

    const big = await processor.process({ ...base, sourceKey: 'imap:portalenquiries:1:1', uid: 1, raw: null, size: 50_000_000 });
    expect(big).toEqual({ outcome: 'dead_letter', reason: 'too_large' });

    // A store that rejects this one email (a constraint, not an outage): fails twice, then dead letter.
    const { raw } = buildRequestEmail({});
    const brokenStore = Object.create(store) as AllStorePorts;
    brokenStore.recordEmail = async () => { throw Object.assign(new Error('value too long'), { code: 'P2000' }); };
    const flaky = createMessageProcessor({ store: brokenStore, queue, mailer: null, ackLimiter: null, logger: pino({ level: 'silent' }), trustedAuthServId: null, maxAttempts: 2 });
    const message = { ...base, sourceKey: 'imap:portalenquiries:1:2', uid: 2, raw, size: raw.length };
    await expect(flaky.process(message)).rejects.toThrow('value too long');
    expect(await flaky.process(message)).toMatchObject({ outcome: 'dead_letter' });

    // An outage never becomes a dead letter, however often it repeats: a real store on a port where no
    // PostgreSQL listens reports StoreUnavailableError, and the processor lets it through untouched.
    const downDb = await openDatabase('postgresql://postgres@127.0.0.1:1/pcse_down');
    cleanups.push(() => downDb.$disconnect());
    const down = createMessageProcessor({ store: openAllStorePorts(downDb), queue, mailer: null, ackLimiter: null, logger: pino({ level: 'silent' }), trustedAuthServId: null, maxAttempts: 2 });
    for (let i = 0; i < 4; i++) await expect(down.process({ ...message, sourceKey: 'imap:portalenquiries:1:3' })).rejects.toBeInstanceOf(StoreUnavailableError);

    const letters = await store.listDeadLetters({ unresolvedOnly: true });
    expect(letters.map((l) => l.reason).sort()).toEqual(['failed_2_times: P2000', 'too_large']);
    const replayable = letters.find((l) => l.raw !== null)!;
    const replayed = await processor.process({ ...base, sourceKey: replayable.sourceKey, uid: null, raw: replayable.raw, size: replayable.raw!.length });
    expect(replayed.outcome).toBe('created');
    expect(await db.prisma.case.count()).toBe(1);
  });
});
