import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqCaseQueue, parseRedisUrl, type BullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import type { CaseQueue } from '../../../core/ports.js';
import { createAckRateLimiter } from '../../../ingest/ack-rate-limit.js';
import { createMessageProcessor } from '../../../ingest/process-message.js';
import type { SourceMessage } from '../../../ingest/sources/source-message.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';

/**
 * The crash window between commit and acknowledgement: the case is committed, then the process dies before
 * the acknowledgement is sent. On restart the source offers the message again and the store answers
 * already_stored; the acknowledgement, still due in the outbox, must then be sent exactly once.
 */
describe('the acknowledgement is part of the outbox (PostgreSQL, Redis, SMTP)', () => {
  let db: TestDatabase;
  let store: AllStorePorts;
  let sink: SmtpSink;
  let queue: BullmqCaseQueue;
  let redis: Redis;
  let mailer: ReturnType<typeof createSmtpMailer>;
  const prefix = uniqueRedisPrefix('ack-outbox');
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    db = await createTestDatabase('postgresql', 'ack_outbox');
    store = openAllStorePorts(db.prisma);
    sink = await startSmtpSink();
    queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
    redis = new Redis({ ...parseRedisUrl(SHARED_REDIS_URL), maxRetriesPerRequest: 1 });
    mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'portalenquiries@nhs.net' });
  });
  afterAll(async () => {
    mailer?.close();
    await queue?.close();
    redis?.disconnect();
    await sink?.stop();
    await db?.drop();
  });

  const message = (raw: Buffer): SourceMessage => ({
    mailbox: 'portalenquiries', sourceKey: `imap:portalenquiries:1:${randomUUID()}`, uidValidity: '1', uid: 1, raw, size: raw.length, receivedAt: new Date(),
  });
  /** A queue that dies on first use: the process "crashes" right after the commit, before enqueue and acknowledgement. */
  const crashingQueue: CaseQueue = {
    enqueueCaseReady: async () => {
      throw Object.assign(new Error('simulated crash after commit'), { code: 'simulated_crash' });
    },
    enqueueCasesReady: async () => {
      throw Object.assign(new Error('simulated crash after commit'), { code: 'simulated_crash' });
    },
    enqueueExecution: async () => {},
    close: async () => {},
  };
  const processor = (q: CaseQueue, cap = 10) =>
    createMessageProcessor({
      store, queue: q, mailer, ackLimiter: createAckRateLimiter(redis, { prefix: `${prefix}-${cap}`, hourlyCap: cap }), logger, trustedAuthServId: null, maxAttempts: 10,
    });
  const acksFor = (ref: string) => sink.messages.filter((m) => m.headers.get('x-pcse-auto') === 'acknowledgement' && (m.subject ?? '').includes(ref));
  const settle = () => new Promise((r) => setTimeout(r, 400));

  it('a crash after commit loses no acknowledgement: after restart exactly one arrives, and a third delivery sends none', async () => {
    const { raw } = buildRequestEmail({ from: 'crash.one@nhs.net' });
    const m = message(raw);
    await expect(processor(crashingQueue).process(m)).rejects.toMatchObject({ code: 'simulated_crash' });
    const row = await db.prisma.email.findUniqueOrThrow({ where: { sourceKey: m.sourceKey } });
    const c = (await store.getCase(row.caseId!))!;
    await settle();
    expect(acksFor(c.ref)).toHaveLength(0);
    expect((await store.listDueAcknowledgements('portalenquiries')).map((d) => d.id)).toContain(c.id);

    // Restart: a new processor, the same message offered again.
    const restarted = processor(queue);
    expect(await restarted.process(m)).toEqual({ outcome: 'already_stored', caseId: c.id });
    const ack = await sink.waitFor((mail) => (mail.subject ?? '').includes(c.ref));
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(await store.findSentReply(`${c.id}:reply:acknowledgement`)).toBe(ack.messageId);
    // Queued too, by the same relay pass.
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).queuedAt).not.toBeNull();

    expect(await processor(queue).process(m)).toEqual({ outcome: 'already_stored', caseId: c.id });
    expect(await restarted.flushAcknowledgements('portalenquiries')).toBe(0);
    await settle();
    expect(acksFor(c.ref)).toHaveLength(1);
  });

  it('the normal path still acknowledges once, at once', async () => {
    const { raw } = buildRequestEmail({ from: 'normal.one@nhs.net' });
    const outcome = await processor(queue).process(message(raw));
    expect(outcome).toMatchObject({ outcome: 'created', acknowledged: true });
    if (outcome.outcome !== 'created') return;
    await sink.waitFor((mail) => (mail.subject ?? '').includes(outcome.caseRef));
    expect((await store.listDueAcknowledgements('portalenquiries')).map((d) => d.id)).not.toContain(outcome.caseId);
  });

  it('the relay respects the per-sender hourly cap: of two crashed cases from one sender with a cap of 1, one is acknowledged', async () => {
    const crashed: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { raw } = buildRequestEmail({ from: 'capped.sender@nhs.net' });
      const m = message(raw);
      await processor(crashingQueue, 1).process(m).catch(() => undefined);
      const row = await db.prisma.email.findUniqueOrThrow({ where: { sourceKey: m.sourceKey } });
      crashed.push(row.caseId!);
    }
    const refs = await Promise.all(crashed.map(async (id) => (await store.getCase(id))!.ref));
    expect(await processor(queue, 1).flushAcknowledgements('portalenquiries')).toBe(1);
    await settle();
    expect(refs.map((ref) => acksFor(ref).length).sort()).toEqual([0, 1]);
    const skipped = (await Promise.all(crashed.map((id) => store.listAuditEvents({ caseId: id }))))
      .flat()
      .filter((e) => e.type === 'acknowledgement_skipped');
    expect(skipped.map((e) => e.data.reason)).toEqual(['hourly_cap']);
    // Settled either way: nothing is left due, so no later pass sends the capped one.
    expect((await store.listDueAcknowledgements('portalenquiries')).filter((d) => crashed.includes(d.id))).toEqual([]);
  });

  it('ignored mail is never acknowledged, before or after a restart', async () => {
    const { raw } = buildRequestEmail({ from: 'ooo.sender@nhs.net', subject: 'Automatic reply: Account locked', extraHeaders: ['Auto-Submitted: auto-replied'] });
    const m = message(raw);
    expect(await processor(queue).process(m)).toMatchObject({ outcome: 'ignored' });
    expect(await processor(queue).process(m)).toMatchObject({ outcome: 'already_stored', caseId: null });
    await settle();
    expect(sink.messages.filter((mail) => JSON.stringify(mail.to).includes('ooo.sender@nhs.net'))).toEqual([]);
  });
});
