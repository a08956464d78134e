import { generateKeyPairSync } from 'node:crypto';
import { Queue } from 'bullmq';
import { ImapFlow } from 'imapflow';
import { dkimSign } from 'mailauth/lib/dkim/sign.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_READY_QUEUE, createBullmqCaseQueue, parseRedisUrl } from '../../../core/adapters/bullmq-case-queue.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { loadIngestConfig } from '../../../ingest/config.js';
import { startIngestWorker, type RunningIngestWorker } from '../../../ingest/worker.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { startDovecot, type TestDovecot } from '../../support/dovecot.js';
import { buildRequestEmail } from '../../support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const dkimRecord = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
/** Serves our test key for s1._domainkey.nhs.net and nothing else (no network in tests). */
const resolver = async (name: string, type: string): Promise<string[][]> => {
  if (type === 'TXT' && name === 's1._domainkey.nhs.net') return [[dkimRecord]];
  throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

let db: TestDatabase;
let dovecot: TestDovecot;
let sink: SmtpSink;
let worker: RunningIngestWorker;
let appender: ImapFlow;
let store: AllStorePorts;
const prefix = uniqueRedisPrefix('e2e');

beforeAll(async () => {
  db = await createTestDatabase('postgresql', 'ingest_e2e');
  store = openAllStorePorts(db.prisma);
  dovecot = await startDovecot({ users: ['portalenquiries'] });
  sink = await startSmtpSink();
  const config = loadIngestConfig({
    DATABASE_URL: db.url,
    REDIS_URL: SHARED_REDIS_URL,
    QUEUE_PREFIX: prefix,
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_TLS: 'false',
    MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries',
    MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
    MAILBOX_PORTALENQUIRIES_ADDRESS: 'portalenquiries@nhs.net',
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    ACK_HOURLY_CAP: '3',
  });
  worker = await startIngestWorker(config, { logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }, pino.destination(2)), dnsResolver: resolver });
  appender = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: 'portalenquiries', pass: dovecot.passwordFor('portalenquiries') }, logger: false });
  appender.on('error', () => {});
  await appender.connect();
});

afterAll(async () => {
  await appender?.logout().catch(() => undefined);
  await worker?.stop();
  await sink?.stop();
  await dovecot?.stop();
  await db?.drop();
});

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function emailRow(messageId: string) {
  return db.prisma.email.findFirst({ where: { messageId } });
}

async function processedCount(): Promise<number> {
  const lock = await appender.getMailboxLock('INBOX');
  try {
    const found = await appender.search({ keyword: '$PcseProcessed' }, { uid: true });
    return Array.isArray(found) ? found.length : 0;
  } finally {
    lock.release();
  }
}

describe('ingest end to end (Dovecot → PostgreSQL → Redis → SMTP)', () => {
  let caseId = '';
  let caseRef = '';
  let ackMessageId = '';
  let ackRaw = '';

  it('turns an APPENDed email into a committed, queued case and acknowledges it', async () => {
    const { raw, messageId } = buildRequestEmail({});
    const appendedAt = Date.now();
    await appender.append('INBOX', raw);
    const row = await waitFor(() => emailRow(messageId));
    expect(row.caseId).toBeTruthy();
    const stored = await store.getCase(row.caseId!);
    caseId = stored!.id;
    caseRef = stored!.ref;
    expect(stored!.mailbox).toBe('portalenquiries');
    const ack = await sink.waitFor((m) => (m.subject ?? '').includes(caseRef));
    const latency = Date.now() - appendedAt;
    expect(ack.headers.get('x-pcse-auto')).toBe('acknowledgement');
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.inReplyTo).toBe(messageId);
    expect(ack.to && 'value' in ack.to ? ack.to.value[0]?.address : null).toBe('jo.bloggs@nhs.net');
    ackMessageId = ack.messageId!;
    ackRaw = ack.headerLines.map((h) => h.line).join('\r\n') + '\r\n\r\n' + (ack.text ?? '');
    const queue = new Queue(CASE_READY_QUEUE, { connection: parseRedisUrl(SHARED_REDIS_URL), prefix });
    try {
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed']);
      expect(jobs.map((j) => j.data)).toEqual([{ caseId }]);
    } finally {
      await queue.close();
    }
    await waitFor(async () => (await processedCount()) === 1);
    expect((await db.prisma.case.findUnique({ where: { id: caseId } }))?.queuedAt).not.toBeNull();
    expect(latency).toBeLessThan(5000);
  });

  it('attaches a reply to the acknowledgement to the same case, without a new case or a second acknowledgement', async () => {
    const before = await db.prisma.case.count();
    const acksBefore = sink.messages.length;
    const { raw, messageId } = buildRequestEmail({
      subject: `Re: [${caseRef}] We have received your account unlock request`,
      body: 'Thank you. Any news?\r\n',
      extraHeaders: [`In-Reply-To: ${ackMessageId}`, `References: ${ackMessageId}`],
    });
    await appender.append('INBOX', raw);
    const row = await waitFor(() => emailRow(messageId));
    expect(row.caseId).toBe(caseId);
    expect(await db.prisma.case.count()).toBe(before);
    await waitFor(async () => (await processedCount()) === 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages.length).toBe(acksBefore);
  });

  it('stores out-of-office replies, bounces and our own acknowledgement coming back without a case or a reply', async () => {
    const before = await db.prisma.case.count();
    const acksBefore = sink.messages.length;
    const ooo = buildRequestEmail({ subject: 'Automatic reply: Account locked', body: 'I am out of the office until Monday.\r\n', extraHeaders: ['Auto-Submitted: auto-replied'] });
    const bounceId = '<bounce-1@mx.nhs.net>';
    const bounce = Buffer.from([
      'From: Mail Delivery System <MAILER-DAEMON@mx.nhs.net>',
      'To: portalenquiries@nhs.net',
      'Subject: Undelivered Mail Returned to Sender',
      `Message-ID: ${bounceId}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.nhs.net',
      '',
      'Final-Recipient: rfc822; nobody@nhs.net',
      'Action: failed',
      'Status: 5.1.1',
      '--b1--',
      '',
    ].join('\r\n'));
    // Our own acknowledgement delivered back into the mailbox (a forward rule, a loop).
    const own = Buffer.from(ackRaw.replace(/^Message-ID:.*$/im, 'Message-ID: <loop-1@nhs.net>'));
    await appender.append('INBOX', ooo.raw);
    await appender.append('INBOX', bounce);
    await appender.append('INBOX', own);
    for (const id of [ooo.messageId, bounceId, '<loop-1@nhs.net>']) {
      const row = await waitFor(() => emailRow(id));
      expect(row.caseId).toBeNull();
      expect(row.disposition).toBe('ignored');
    }
    expect(await db.prisma.case.count()).toBe(before);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages.length).toBe(acksBefore);
  });

  it('marks spoofed senders unauthenticated and accepts a valid aligned DKIM signature', async () => {
    const caseFor = async (raw: Buffer, messageId: string) => {
      await appender.append('INBOX', raw);
      const row = await waitFor(() => emailRow(messageId));
      const stored = await store.getCase(row.caseId!);
      return stored!;
    };
    const hasUnauth = (c: { findings: { code: string }[] }) => c.findings.some((f) => f.code === 'sender_unauthenticated');

    // The boundary's (topmost) results say fail; a lower, sender-written header claims a pass.
    const forged = buildRequestEmail({
      from: 'forged.one@nhs.net',
      extraHeaders: [
        'Authentication-Results: spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=nhs.net; dkim=none (message not signed) header.d=none; dmarc=fail action=oreject header.from=nhs.net; compauth=fail reason=000',
        'Authentication-Results: mx.nhs.net; spf=pass smtp.mailfrom=nhs.net; dkim=pass header.d=nhs.net; dmarc=pass header.from=nhs.net',
      ],
    });
    expect(hasUnauth(await caseFor(forged.raw, forged.messageId))).toBe(true);

    const twoFroms = buildRequestEmail({ from: 'two.froms@nhs.net', extraHeaders: ['From: Boss <boss@nhs.net>'] });
    expect(hasUnauth(await caseFor(twoFroms.raw, twoFroms.messageId))).toBe(true);

    const lookAlike = buildRequestEmail({ from: 'jo.bloggs@nhs-net.co.uk' });
    const lookAlikeCase = await caseFor(lookAlike.raw, lookAlike.messageId);
    expect(hasUnauth(lookAlikeCase)).toBe(true);

    const unsigned = buildRequestEmail({ from: 'plain.sender@nhs.net' });
    const unsignedCase = await caseFor(unsigned.raw, unsigned.messageId);
    expect(hasUnauth(unsignedCase)).toBe(true);

    const toSign = buildRequestEmail({ from: 'signed.sender@nhs.net' });
    const signature = await dkimSign(toSign.raw, { signatureData: [{ signingDomain: 'nhs.net', selector: 's1', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }] } as never);
    const signed = Buffer.concat([Buffer.from(signature.signatures), toSign.raw]);
    const signedCase = await caseFor(signed, toSign.messageId);
    expect(hasUnauth(signedCase)).toBe(false);
    expect(signedCase.parsed.authentication?.verdict).toBe('pass');

    // The same signature on a body changed in transit no longer verifies.
    const tamperedSource = buildRequestEmail({ from: 'signed.sender@nhs.net' });
    const sig2 = await dkimSign(tamperedSource.raw, { signatureData: [{ signingDomain: 'nhs.net', selector: 's1', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }] } as never);
    const tampered = Buffer.from(Buffer.concat([Buffer.from(sig2.signatures), tamperedSource.raw]).toString().replace('Please unlock it.', 'Please unlock it and make me an admin.'));
    expect(hasUnauth(await caseFor(tampered, tamperedSource.messageId))).toBe(true);
  });

  it('keeps to the hourly acknowledgement cap per sender', async () => {
    const sender = 'busy.sender@nhs.net';
    // The cap counts per clock hour: five emails either side of the hour's turn are two hours' worth (seen at 10:59:54).
    const toNextHour = 3_600_000 - (Date.now() % 3_600_000);
    if (toNextHour < 15_000) await new Promise((resolve) => setTimeout(resolve, toNextHour + 200));
    for (let i = 0; i < 5; i++) {
      const { raw } = buildRequestEmail({ from: sender, subject: `Account locked ${i}` });
      await appender.append('INBOX', raw);
    }
    await waitFor(async () => (await db.prisma.case.count({ where: { requesterEmail: sender } })) === 5);
    // The relay sends acknowledgements after the commit, beside the next batch: wait until each is settled (sent or capped).
    await waitFor(async () => (await db.prisma.case.count({ where: { requesterEmail: sender, ackDueAt: { not: null } } })) === 0);
    const acks = sink.messages.filter((m) => m.to && 'value' in m.to && m.to.value[0]?.address === sender);
    expect(acks).toHaveLength(3);
  });

  it('leaves nothing committed but unqueued', async () => {
    const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix });
    try {
      const counts = await queue.queueCounts();
      const cases = await db.prisma.case.count();
      expect(await db.prisma.case.count({ where: { queuedAt: null } })).toBe(0);
      expect(counts[CASE_READY_QUEUE]?.waiting).toBe(cases);
    } finally {
      await queue.close();
    }
  });
});
