import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqCaseQueue, type BullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { createOutboxMailer } from '../../../core/adapters/outbox-mailer.js';
import { createMessageProcessor } from '../../../ingest/process-message.js';
import type { SourceMessage } from '../../../ingest/sources/source-message.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';

/**
 * The group commit of a FETCH batch (issue 13): the batch's messages are stored in one transaction, and when that
 * transaction fails because of one message, the others are still stored (one by one) and only that message waits.
 */
describe('a FETCH batch is committed together (PostgreSQL, Redis)', () => {
  let db: TestDatabase;
  let store: AllStorePorts;
  let queue: BullmqCaseQueue;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    db = await createTestDatabase('postgresql', 'batch_commit');
    store = openAllStorePorts(db.prisma);
    queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix: uniqueRedisPrefix('batch-commit') });
  });
  afterAll(async () => {
    await queue?.close();
    await db?.drop();
  });

  const messages = (label: string, n: number): SourceMessage[] => Array.from({ length: n }, (_, i) => {
    const { raw } = buildRequestEmail({ from: `${label}${i}@nhs.net`, subject: `Account locked ${label} ${i}`, messageId: `<${label}-${i}@nhs.net>` });
    return { mailbox: 'portalenquiries', sourceKey: `imap:portalenquiries:1:${label}-${i}`, uidValidity: '1', uid: i + 1, raw: Buffer.from(raw), size: raw.length, receivedAt: new Date() };
  });

  it('stores, queues and marks a whole batch with one recordEmails call', async () => {
    let batchCalls = 0;
    let singleCalls = 0;
    const counting = Object.create(store) as AllStorePorts;
    counting.recordEmails = (items) => { batchCalls += 1; return store.recordEmails(items); };
    counting.recordEmail = (email, parsed) => { singleCalls += 1; return store.recordEmail(email, parsed); };
    const processor = createMessageProcessor({ store: counting, queue, mailer: null, ackLimiter: null, logger, trustedAuthServId: null });
    const batch = messages('whole', 6);
    expect(await processor.handleBatch(batch)).toEqual({ handled: 6 });
    expect([batchCalls, singleCalls]).toEqual([1, 0]);
    const cases = await db.prisma.case.findMany({ where: { emails: { some: { sourceKey: { in: batch.map((m) => m.sourceKey) } } } } });
    expect(cases).toHaveLength(6);
    expect(cases.every((c) => c.queuedAt !== null)).toBe(true);
    // Offered again (a crash before the flags): recognised, nothing new.
    const again = await processor.processBatch(batch);
    expect(again.outcomes.map((o) => o.outcome)).toEqual(Array(6).fill('already_stored'));
    expect(await db.prisma.case.count({ where: { id: { in: cases.map((c) => c.id) } } })).toBe(6);
  });

  it('one message that fails the batch transaction fails alone: the messages before it are stored one by one, it and those after wait', async () => {
    const batch = messages('bad', 5);
    const badKey = batch[2]!.sourceKey;
    const rejectsBad = Object.create(store) as AllStorePorts;
    const valueTooLong = () => Object.assign(new Error('value too long'), { code: 'P2000' });
    rejectsBad.recordEmails = async (items) => {
      if (items.some((i) => i.email.sourceKey === badKey)) throw valueTooLong();
      return store.recordEmails(items);
    };
    rejectsBad.recordEmail = async (email, parsed) => {
      if (email.sourceKey === badKey) throw valueTooLong();
      return store.recordEmail(email, parsed);
    };
    const processor = createMessageProcessor({ store: rejectsBad, queue, mailer: null, ackLimiter: null, logger, trustedAuthServId: null, maxAttempts: 3 });
    const first = await processor.processBatch(batch);
    expect(first.outcomes.map((o) => o.outcome)).toEqual(['created', 'created']);
    expect(first.error).toMatchObject({ code: 'P2000' });
    expect(await processor.handleBatch(batch)).toEqual({ handled: 2 });
    // The third failure in a row makes it a dead letter; the rest of the batch then goes through.
    const third = await processor.processBatch(batch.slice(2));
    expect(third.outcomes.map((o) => o.outcome)).toEqual(['dead_letter', 'created', 'created']);
    const stored = await db.prisma.email.findMany({ where: { sourceKey: { in: batch.map((m) => m.sourceKey) } }, select: { sourceKey: true } });
    expect(stored.map((e) => e.sourceKey).sort()).toEqual(batch.map((m) => m.sourceKey).filter((k) => k !== badKey).sort());
    expect((await store.listDeadLetters()).map((l) => l.sourceKey)).toContain(badKey);
  });

  it('a backlog larger than one relay pass is acknowledged by the passes its batches wake, not left for the periodic relay', async () => {
    const mailer = createOutboxMailer({ dir: await mkdtemp(path.join(tmpdir(), 'pcse-batch-acks-')), from: 'portalenquiries@nhs.net' });
    const processor = createMessageProcessor({ store, queue, mailer, ackLimiter: null, logger, trustedAuthServId: null });
    // 70 in one batch: more than the 50 one pass takes. No periodic relay runs here.
    const batch = messages('backlog', 70);
    expect(await processor.handleBatch(batch)).toEqual({ handled: 70 });
    await processor.drain();
    const ids = (await db.prisma.case.findMany({ where: { emails: { some: { sourceKey: { in: batch.map((m) => m.sourceKey) } } } }, select: { id: true } })).map((c) => c.id);
    expect(ids).toHaveLength(70);
    expect(await db.prisma.sentReply.count({ where: { caseId: { in: ids } } })).toBe(70);
    expect(await db.prisma.case.count({ where: { id: { in: ids }, ackDueAt: { not: null } } })).toBe(0);
  });

  it('while a backlog drains, the acknowledgements wait for a pause between batches, then all go', async () => {
    const mailer = createOutboxMailer({ dir: await mkdtemp(path.join(tmpdir(), 'pcse-backlog-acks-')), from: 'portalenquiries@nhs.net' });
    const processor = createMessageProcessor({ store, queue, mailer, ackLimiter: null, logger, trustedAuthServId: null });
    const caseIds = async () => (await db.prisma.case.findMany({ where: { emails: { some: { sourceKey: { startsWith: 'imap:portalenquiries:1:drain-' } } } }, select: { id: true } })).map((c) => c.id);
    const sent = async () => db.prisma.sentReply.count({ where: { caseId: { in: await caseIds() } } });
    // Batches back to back for about 1.5 s, each well within the relay's 250 ms start-up delay of the one before.
    const startedAt = Date.now();
    for (let n = 0; Date.now() - startedAt < 1_500; n++) {
      expect(await processor.handleBatch(messages(`drain-${n}-`, 3))).toEqual({ handled: 3 });
      await new Promise((r) => setTimeout(r, 50));
    }
    // The first batch's acknowledgement was due 250 ms after it; none went while the batches kept coming.
    expect(await sent()).toBe(0);
    await processor.drain();
    const ids = await caseIds();
    expect(ids.length).toBeGreaterThan(9);
    expect(await sent()).toBe(ids.length);
  });
});
