import { mkdir, mkdtemp, readdir, rename, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import type { AcknowledgementOutbox } from '../../../core/ports.js';
import { sendDueAcknowledgements } from '../../../ingest/acknowledge-case.js';
import { loadIngestConfig } from '../../../ingest/config.js';
import { openAllStorePorts } from '../../support/all-store-ports.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';
import { startIngestWorker } from '../../../ingest/worker.js';
import { createTestDatabase } from '../../support/database.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { startSmtpSink } from '../../support/smtp-sink.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function waitUntil(pred: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * SMTP that is down: a port held by a listener that drops every connection at once (held, so no other test's
 * server can take it meanwhile). `release` frees it just before the real sink starts there.
 */
async function startDeadSmtp(): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the outbox relay sends due acknowledgements (PostgreSQL, Redis, SMTP)', () => {
  it('SMTP down when a case arrives: once SMTP is back the acknowledgement arrives, exactly once, with no new email', async () => {
    const db = await createTestDatabase('postgresql', 'ack_relay');
    cleanups.push(() => db.drop());
    const drop = await mkdtemp(path.join(tmpdir(), 'pcse-ack-relay-'));
    const dead = await startDeadSmtp();
    const port = dead.port;
    cleanups.push(() => dead.release());
    const worker = await startIngestWorker(
      loadIngestConfig({
        DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: uniqueRedisPrefix('ack-relay'), DROP_DIR: drop,
        SMTP_URL: `smtp://127.0.0.1:${port}`, MAILBOX_PORTALENQUIRIES_ADDRESS: 'portalenquiries@nhs.net',
      }),
      { logger: pino({ level: 'silent' }), outboxIntervalMs: 250 },
    );
    cleanups.push(() => worker.stop());

    const dir = path.join(drop, 'portalenquiries');
    await mkdir(path.join(dir, 'tmp'), { recursive: true });
    await mkdir(path.join(dir, 'new'), { recursive: true });
    const { raw } = buildRequestEmail({ from: 'relay.sender@nhs.net' });
    await writeFile(path.join(dir, 'tmp', '1700000001.1.host'), raw);
    await rename(path.join(dir, 'tmp', '1700000001.1.host'), path.join(dir, 'new', '1700000001.1.host'));
    // The message is processed (committed, queued, flagged) although its acknowledgement could not be sent.
    await waitUntil(async () => (await readdir(path.join(dir, 'cur')).catch(() => [])).length === 1);
    const c = await db.prisma.case.findFirstOrThrow();
    expect(c.queuedAt).not.toBeNull();
    // More relay passes fail against the dead port than the sender's hourly cap (5) allows replies: a send that
    // never happened must not use up the cap, and the acknowledgement stays due.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).ackDueAt).not.toBeNull();
    expect(await db.prisma.sentReply.count()).toBe(0);

    await dead.release();
    const sink = await startSmtpSink({ port });
    cleanups.push(() => sink.stop());
    const ack = await sink.waitFor((mail) => (mail.subject ?? '').includes(c.ref), 20_000);
    expect(ack.headers.get('x-pcse-auto')).toBe('acknowledgement');
    expect(JSON.stringify(ack.to)).toContain('relay.sender@nhs.net');
    await waitUntil(async () => (await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).ackDueAt === null);
    expect((await db.prisma.sentReply.findMany()).map((r) => r.key)).toEqual([`${c.id}:reply:acknowledgement`]);
    // Later passes send nothing more.
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.messages.filter((m) => (m.subject ?? '').includes(c.ref))).toHaveLength(1);
  }, 60_000);

  it('a relay pass claims only its first acknowledgement on its own: each next claim rides on the settle before it, one claim held at a time', async () => {
    const db = await createTestDatabase('postgresql', 'ack_chain');
    cleanups.push(() => db.drop());
    const sink = await startSmtpSink();
    cleanups.push(() => sink.stop());
    const store = openAllStorePorts(db.prisma);
    const ids: string[] = [];
    for (let n = 1; n <= 4; n++) {
      const r = await store.recordEmail(makeIncomingEmail(`k:chain:${n}`, `chain ${n}`, `<chain-${n}@nhs.net>`), makeParsedCase({ from: { name: 'Jo Bloggs', email: `jo${n}@nhs.net` } }));
      if (r.outcome !== 'created') throw new Error(r.outcome);
      ids.push(r.case.id);
    }
    // The third one's SMTP send fails: the fourth then claims on its own.
    const mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'portalenquiries@nhs.net' });
    cleanups.push(async () => mailer.close());
    let sends = 0;
    const calls: string[] = [];
    const held: number[] = [];
    const claimedNow = async () => db.prisma.case.count({ where: { id: { in: ids }, ackDueAt: { gt: new Date() } } });
    const counted: AcknowledgementOutbox & typeof store = {
      ...store,
      claimAcknowledgement: async (id, lease) => { calls.push(`claim ${ids.indexOf(id) + 1}`); return store.claimAcknowledgement(id, lease); },
      settleSentAcknowledgement: async (id, reply, next) => {
        calls.push(`settle ${ids.indexOf(id) + 1}${next ? ` + claim ${ids.indexOf(next.caseId) + 1}` : ''}`);
        const r = await store.settleSentAcknowledgement(id, reply, next);
        held.push(await claimedNow());
        return r;
      },
    };
    const sent = await sendDueAcknowledgements({
      store: counted,
      mailer: { send: async (email) => { sends += 1; if (sends === 3) throw Object.assign(new Error('refused'), { code: 'mail_send_failed' }); return mailer.send(email); } },
      ackLimiter: null,
      logger: pino({ level: 'silent' }),
    }, 'portalenquiries');
    expect(sent).toEqual([ids[0], ids[1], ids[3]]);
    expect(calls).toEqual(['claim 1', 'settle 1 + claim 2', 'settle 2 + claim 3', 'claim 4', 'settle 4']);
    // After each settle exactly the next one is held (none after the last); the failed third was released, due now.
    expect(held).toEqual([1, 1, 0]);
    expect(await db.prisma.case.count({ where: { id: { in: ids }, ackDueAt: null } })).toBe(3);
    expect(await db.prisma.case.count({ where: { id: ids[2], ackDueAt: { lte: new Date() } } })).toBe(1);
    expect(sink.messages).toHaveLength(3);
    const audited = await db.prisma.auditEvent.count({ where: { caseId: { in: ids }, type: 'reply_sent' } });
    expect(audited).toBe(3);
  });
});
