import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../core/adapters/directory-import/import-directory.js';
import { startBotConnector, type BotConnector } from '../support/bot-connector.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { findFreePort, startDovecot, type TestDovecot } from '../support/dovecot.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../support/redis.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { cardCaseId, teamsChannel as teams, TEST_CHANNEL, TEST_STAFF, TEST_TENANT } from '../support/teams-channel.js';
import { runPcse, startPcse, waitUntil, type PcseProcess } from './processes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const TENANT = TEST_TENANT;
const CHANNEL = TEST_CHANNEL;
const STAFF = TEST_STAFF;
/** Everything personal in the GPP sample email: none of it may appear in any process's log. */
const PERSONAL = ['zoe.bronte', 'Zoe Bronte', 'anil.mehta', 'Anil Mehta', 'ashgrove.surgery@', 'Mark Lewis', 'mark.lewis'];

/** The GPP certification sample with a fresh Message-ID, as the practice would send it. */
async function gppEmail(): Promise<{ raw: Buffer; messageId: string }> {
  const messageId = `<e2e-${randomUUID()}@nhs.net>`;
  const text = (await readFile(path.join(SAMPLES, 'portalenquiries', 'gpp-admin-nomination.eml'), 'utf8')).replace(/^Message-ID: .*$/m, `Message-ID: ${messageId}`);
  return { raw: Buffer.from(text), messageId };
}

describe('the whole system as separate processes: IMAP → card → two approvals → directory → SMTP reply → audit', () => {
  let database: TestDatabase;
  let dovecot: TestDovecot;
  let smtp: SmtpSink;
  let connector: BotConnector;
  const processes: PcseProcess[] = [];
  let env: Record<string, string>;
  let botPort: number;
  let ingestPorts: number[];
  let workerPort: number;

  beforeAll(async () => {
    [database, dovecot, smtp, connector] = await Promise.all([
      createTestDatabase('postgresql', 'e2e'),
      startDovecot({ users: ['portalenquiries'] }),
      startSmtpSink(),
      startBotConnector(),
    ]);
    const dir = path.join(SAMPLES, 'directory');
    await importDirectory(database.prisma, Object.fromEntries(['epraccur', 'users', 'roles', 'signatories', 'ael'].map((k) => [k, path.join(dir, `${k}.csv`)])));
    [botPort, workerPort, ...ingestPorts] = await Promise.all([findFreePort(), findFreePort(), findFreePort(), findFreePort()]);
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: SHARED_REDIS_URL,
      QUEUE_PREFIX: uniqueRedisPrefix('e2e'),
      // The machine's Redis runs without persistence; production would refuse it (tested below).
      REDIS_ALLOW_UNSAFE: 'true',
      IMAP_HOST: dovecot.host,
      IMAP_PORT: String(dovecot.port),
      IMAP_TLS: 'false',
      POLL_INTERVAL_SECONDS: '1',
      MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries',
      MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      BOT_LOCAL_MODE: 'true',
      ALLOWED_TENANT_ID: TENANT,
      STAFF_AAD_IDS: STAFF.map((s) => s.aadObjectId).join(','),
    };
    // Two ingest workers on the same mailbox, one bot, one execution worker: the production shape.
    const ingestA = startPcse(['ingest'], { ...env, METRICS_PORT: String(ingestPorts[0]) });
    const ingestB = startPcse(['ingest'], { ...env, METRICS_PORT: String(ingestPorts[1]) });
    const bot = startPcse(['bot'], { ...env, PORT: String(botPort) });
    const worker = startPcse(['worker'], { ...env, METRICS_PORT: String(workerPort) });
    processes.push(ingestA, ingestB, bot, worker);
    await Promise.all([
      ingestA.waitForOutput(/ingest health and metrics listening/, 60_000),
      ingestB.waitForOutput(/ingest health and metrics listening/, 60_000),
      bot.waitForOutput(/bot listening/, 60_000),
      worker.waitForOutput(/worker started/, 60_000),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(processes.map((p) => p.stop('SIGKILL')));
    await Promise.allSettled([dovecot?.stop(), smtp?.stop(), connector?.stop()]);
    await database?.drop();
  });

  it('an email APPENDed to Dovecot is approved by two people in Teams, executed, replied to and audited', async () => {
    const api = teams(`http://127.0.0.1:${botPort}`, connector);
    expect((await api.addBotToChannel()).status).toBe(200);

    const { raw, messageId } = await gppEmail();
    const appender = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: 'portalenquiries', pass: dovecot.passwordFor('portalenquiries') }, logger: false });
    appender.on('error', () => {});
    await appender.connect();
    const appendedAt = Date.now();
    await appender.append('INBOX', raw);
    await appender.logout();

    // The card arrives at the Bot Connector (posted by the bot's case-ready consumer).
    const cardCall = await connector.waitFor((c) => c.method === 'POST' && c.conversationId === CHANNEL && Boolean(c.body.attachments?.length), 30_000);
    const cardMs = Date.now() - appendedAt;
    const caseId = cardCaseId(cardCall.body.attachments?.[0]?.content);
    expect(caseId).toBeTruthy();
    const c = await database.prisma.case.findUniqueOrThrow({ where: { id: caseId! } });
    expect(c.kind).toBe('user_admin_nomination');
    expect(c.state).toBe('awaiting_approval');

    // Two ingest workers saw the same message: one case, one acknowledgement.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await database.prisma.case.count()).toBe(1);
    expect(await database.prisma.email.count()).toBe(1);
    const acks = smtp.messages.filter((m) => m.inReplyTo === messageId);
    expect(acks).toHaveLength(1);

    // A high-risk kind: the first approval alone does not execute it.
    const first = await api.approve(STAFF[0]!, { caseId: c.id, cardVersion: c.version }, cardCall.id);
    expect(first.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect((await database.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).state).toBe('awaiting_approval');
    const second = await api.approve(STAFF[1]!, { caseId: c.id, cardVersion: c.version }, cardCall.id);
    expect(second.status).toBe(200);

    const done = await waitUntil(async () => {
      const now = await database.prisma.case.findUniqueOrThrow({ where: { id: c.id } });
      return now.state === 'replied' ? now : null;
    }, 'case replied', 30_000);
    const approvedToRepliedMs = Date.now() - appendedAt - cardMs;
    expect(done.state).toBe('replied');

    // The directory changed: the nominee is now a GPP user administrator at the practice.
    const nominee = await database.prisma.user.findFirst({ where: { email: 'zoe.bronte@nhs.net' }, include: { roles: true } });
    expect(nominee?.roles.map((r) => `${r.odsCode}:${r.service}:${r.role}`)).toContain('C84012:GPP:GPP Practice User Administrator');

    // The practice's reply reached the SMTP server, with the Message-ID the store recorded.
    const sent = await database.prisma.sentReply.findMany({ where: { caseId: c.id } });
    const doneReply = sent.find((s) => s.key.endsWith(':reply:done-user-admin-nomination'));
    expect(doneReply).toBeDefined();
    const mail = await smtp.waitFor((m) => m.messageId === doneReply!.messageId, 10_000);
    expect(mail.inReplyTo).toBe(messageId);

    // The audit chain holds and tells the case's story: raw hash → case → decisions → execution → reply.
    const verify = await runPcse(['audit', 'verify'], { DATABASE_URL: database.url });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/audit chain intact: \d+ events/);
    const show = await runPcse(['audit', 'show', c.ref], { DATABASE_URL: database.url });
    expect(show.code, show.stderr).toBe(0);
    const sha256 = (await database.prisma.email.findFirstOrThrow({ where: { caseId: c.id } })).sha256;
    expect(show.stdout).toMatch(new RegExp(`case_created .*sha256=${sha256}`));
    expect(show.stdout).toMatch(/decision_recorded +by aad-ann/);
    expect(show.stdout).toMatch(/decision_recorded +by aad-ben/);
    expect(show.stdout).toMatch(/case_approved/);
    expect(show.stdout).toMatch(/effect_applied .*grant-role/);
    expect(show.stdout).toContain(`messageId=${doneReply!.messageId}`);
    expect(show.stdout).toMatch(/state_changed .*to=replied/);

    // Health, readiness and metrics on every process.
    for (const url of [`http://127.0.0.1:${botPort}`, `http://127.0.0.1:${ingestPorts[0]}`, `http://127.0.0.1:${workerPort}`]) {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/pcse_cases\{state="replied",process="\w+"\} 1/);
      expect(metrics).toMatch(/pcse_queue_jobs\{queue="execute-case",state="completed"/);
      expect(metrics).toMatch(/pcse_ingest_lag_seconds\{process="\w+"\} \d/);
      expect(metrics).toMatch(/pcse_dead_letters_unresolved\{process="\w+"\} 0/);
      expect(metrics).toMatch(/pcse_audit_unsealed_events\{process="\w+"\} \d+/);
    }
    const workerMetrics = await (await fetch(`http://127.0.0.1:${workerPort}/metrics`)).text();
    expect(workerMetrics).toMatch(/pcse_heartbeat_age_seconds\{of="worker",process="worker"\} \d/);

    // No address or name from the email in any process's log.
    for (const p of processes) for (const personal of PERSONAL) expect(p.output()).not.toContain(personal);
    console.log(`e2e IMAP: APPEND → card ${cardMs} ms; second approval → replied ${approvedToRepliedMs} ms`);

    // SIGTERM drains and exits 0.
    const stops = await Promise.all(processes.map((p) => p.stop('SIGTERM')));
    for (const s of stops) expect(s.code).toBe(0);
    console.log(`e2e IMAP: SIGTERM → exit ${stops.map((s) => s.ms).join(', ')} ms`);
  }, 120_000);
});

describe('pcse start: drop folder → card → two approvals → outbox, in one process', () => {
  let workdir: string;
  let connector: BotConnector;
  let start: PcseProcess;
  let port: number;
  const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
  const PLAYGROUND_USERS = [
    { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' },
    { id: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' },
  ];

  beforeAll(async () => {
    workdir = await mkdtemp(path.join(os.tmpdir(), 'pcse-e2e-start-'));
    connector = await startBotConnector();
    port = await findFreePort();
    // No configuration but a port and a queue prefix: local mode with its defaults under <workdir>/var.
    start = startPcse(['start'], { PORT: String(port), QUEUE_PREFIX: uniqueRedisPrefix('e2e-start') }, { cwd: workdir });
    await start.waitForOutput(/Ctrl-C stops everything cleanly/, 60_000);
  }, 90_000);

  afterAll(async () => {
    await start?.stop('SIGKILL');
    await connector?.stop();
  });

  it('seeds the samples, posts their cards once the bot is in a channel, executes the approved one and writes the reply to var/outbox', async () => {
    expect(start.output()).toContain(`npx agentsplayground start -e http://127.0.0.1:${port}/api/messages -c msteams`);
    expect(start.output()).toMatch(/4 sample emails/);
    const databaseUrl = `file:${path.join(workdir, 'var', 'pcse.db')}`;

    // The Playground's user adds the bot to a channel; the cards of the already-read samples follow.
    const api = teams(`http://127.0.0.1:${port}`, connector);
    expect((await api.addBotToChannel(PLAYGROUND_TENANT, 'team-id')).status).toBe(200);
    await waitUntil(async () => connector.calls.filter((c) => c.method === 'POST' && c.body.attachments?.length).length >= 4 || null, '4 cards', 90_000, 250);
    const cards = connector.calls.filter((c) => c.method === 'POST' && c.body.attachments?.length);
    // The card's title names the kind (other cards list every kind in their reclassify choices).
    const gpp = cards.find((c) => JSON.stringify(c.body).includes('User administrator nomination · PCSE'));
    expect(gpp).toBeDefined();
    const caseId = cardCaseId(gpp!.body.attachments?.[0]?.content)!;

    for (const user of PLAYGROUND_USERS) {
      const r = await api.approve(user, { caseId, cardVersion: 1 }, gpp!.id, PLAYGROUND_TENANT, 'team-id');
      expect(r.status).toBe(200);
    }
    const show = await waitUntil(async () => {
      const r = await runPcse(['audit', 'show', caseId], { DATABASE_URL: databaseUrl });
      return /to=replied/.test(r.stdout) ? r.stdout : null;
    }, 'case replied', 30_000, 500);
    const replyId = /reply_sent .*template=done-user-admin-nomination.*/.exec(show)?.[0].match(/messageId=(<[^>]+>)/)?.[1];
    expect(replyId).toBeTruthy();
    const outbox = path.join(workdir, 'var', 'outbox');
    const files = (await readdir(path.join(outbox, 'new'))).filter((f) => !f.startsWith('.'));
    const texts = await Promise.all(files.map((f) => readFile(path.join(outbox, 'new', f), 'utf8')));
    expect(texts.some((t) => t.includes(`Message-ID: ${replyId}`))).toBe(true);

    const verify = await runPcse(['audit', 'verify'], { DATABASE_URL: databaseUrl });
    expect(verify.code, verify.stderr).toBe(0);

    const stopped = await start.stop('SIGINT');
    expect(stopped.code).toBe(0);
    console.log(`e2e start: Ctrl-C → exit ${stopped.ms} ms`);
  }, 150_000);
});

describe('start-up refusals', () => {
  it('lists every bad configuration key at once and exits 2', async () => {
    const r = await runPcse(['worker'], { DATABASE_URL: 'file:/tmp/x.db', REDIS_URL: 'http://nope', WORKER_CONCURRENCY: 'lots', METRICS_PORT: 'abc' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('REDIS_URL');
    expect(r.stderr).toContain('WORKER_CONCURRENCY');
    expect(r.stderr).toContain('METRICS_PORT');
  }, 60_000);

  it('refuses a Redis without persistence in production (PostgreSQL) unless REDIS_ALLOW_UNSAFE=true', async () => {
    const database = await createTestDatabase('postgresql', 'e2e_refuse');
    try {
      const r = await runPcse(['worker'], { DATABASE_URL: database.url, REDIS_URL: SHARED_REDIS_URL, METRICS_PORT: '0' });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/redis_unsafe/);
      expect(r.stderr).toMatch(/persistence is off|maxmemory-policy/);
    } finally {
      await database.drop();
    }
  }, 60_000);
});

describe('pcse audit verify on a tampered trail', () => {
  it('exits 1 and names the first event that no longer matches', async () => {
    const database = await createTestDatabase('sqlite', 'e2e_audit');
    try {
      const { createPrismaCaseStore } = await import('../../core/adapters/prisma-case-store.js');
      const store = createPrismaCaseStore(database.prisma);
      for (const n of [1, 2, 3]) await store.appendAudit({ caseId: null, type: 'test_event', actor: null, data: { n } });
      expect((await runPcse(['audit', 'verify'], { DATABASE_URL: database.url })).code).toBe(0);
      const second = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: 'test_event', data: { contains: '"n":2' } } });
      await database.prisma.auditEvent.update({ where: { seq: second.seq }, data: { data: JSON.stringify({ n: 20 }) } });
      const broken = await runPcse(['audit', 'verify'], { DATABASE_URL: database.url });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(`BROKEN at seq ${second.seq}`);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
