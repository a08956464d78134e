import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { importDirectory } from '../../core/adapters/directory-import/import-directory.js';
import { startPcse, type PcseProcess } from '../e2e/processes.js';
import { startBotConnector, type BotConnector } from './bot-connector.js';
import { findFreePort } from './dovecot.js';
import { makeDrillRig, sleep, type DrillRig, type OnCleanup } from './drill-rig.js';
import { buildRequestEmail } from './ingest-emails.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { cardCaseId, teamsChannel, TEST_STAFF, TEST_TENANT } from './teams-channel.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

/**
 * The whole system for the outage drills (issue 14): `pcse ingest`, `pcse bot` and `pcse worker` as separate
 * processes (as test/e2e starts them) on one PostgreSQL and Redis, the practices' mail in Dovecot, replies to a local
 * SMTP sink and cards to a local Bot Connector. Request n asks to unlock user n, who is locked in the directory, so
 * each approved case changes the directory once and gets one acknowledgement and one reply.
 */
export interface DrillSystem {
  rig: DrillRig;
  smtp: SmtpSink;
  connector: BotConnector;
  ingest: PcseProcess;
  bot: PcseProcess;
  worker: PcseProcess;
  channel: ReturnType<typeof teamsChannel>;
}

export async function startDrillSystem(label: string, total: number, onCleanup: OnCleanup): Promise<DrillSystem> {
  const rig = await makeDrillRig('postgresql', label, onCleanup);
  const [smtp, connector] = await Promise.all([startSmtpSink(), startBotConnector()]);
  onCleanup(() => connector.stop());
  onCleanup(() => smtp.stop());
  const dir = await mkdtemp(path.join(tmpdir(), `pcse-${label}-directory-`));
  const users = path.join(dir, 'users.csv');
  await writeFile(users, ['username,email,name,locked,active', ...Array.from({ length: total }, (_, n) => `${drillUser(n)},${drillUser(n)},Drill User ${n},true,true`)].join('\n'));
  await importDirectory(rig.db.prisma, { epraccur: path.join(SAMPLES, 'directory', 'epraccur.csv'), users });
  const [botPort, ingestPort, workerPort] = await Promise.all([findFreePort(), findFreePort(), findFreePort()]);
  const { OUTBOX_DIR: _replaced, ...base } = rig.env;
  const env = {
    ...base,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    // The machine's Redis runs without persistence; production would refuse it.
    REDIS_ALLOW_UNSAFE: 'true',
    BOT_LOCAL_MODE: 'true',
    ALLOWED_TENANT_ID: TEST_TENANT,
    STAFF_AAD_IDS: TEST_STAFF.map((s) => s.aadObjectId).join(','),
  };
  const ingest = startPcse(['ingest'], { ...env, METRICS_PORT: String(ingestPort) });
  const bot = startPcse(['bot'], { ...env, PORT: String(botPort) });
  const worker = startPcse(['worker'], { ...env, METRICS_PORT: String(workerPort) });
  onCleanup(() => Promise.allSettled([ingest, bot, worker].map((p) => p.stop('SIGKILL'))));
  await Promise.all([
    ingest.waitForOutput(/ingest health and metrics listening/, 60_000),
    bot.waitForOutput(/bot listening/, 60_000),
    worker.waitForOutput(/worker started/, 60_000),
  ]);
  const channel = teamsChannel(`http://127.0.0.1:${botPort}`, connector);
  const added = await channel.addBotToChannel();
  if (added.status !== 200) throw new Error(`adding the bot to the channel: HTTP ${added.status}`);
  return { rig, smtp, connector, ingest, bot, worker, channel };
}

export const drillUser = (n: number): string => `drill.user${n}@nhs.net`;

/** Request n: an authenticated account-unlock request for drill user n at Riverside Surgery. */
export function drillEmail(n: number, messageId: string): Buffer {
  return buildRequestEmail({
    from: `sender${n % 50}@nhs.net`,
    subject: `Account locked ${n}`,
    messageId,
    extraHeaders: ['Authentication-Results: spf=pass smtp.mailfrom=nhs.net; dkim=pass header.d=nhs.net; dmarc=pass action=none header.from=nhs.net'],
    body: `Hello,\r\n\r\nMy PCSE Online account is locked.\r\nUsername: ${drillUser(n)}\r\nPlease unlock it.\r\n\r\nThanks,\r\nRiverside Surgery A81001\r\n`,
  }).raw;
}

/**
 * A staff member approving every card the connector has accepted, `minAgeMs()` (asked when the card first appears) after it appears, as people take a while:
 * one approval per case (the drill's kind needs one), retried while the bot does not answer 200. Returns the cases approved and a stop function.
 */
export function approveEveryCard(system: DrillSystem, options: { minAgeMs?: () => number } = {}): { approved: Map<string, number>; stop(): Promise<void> } {
  /** When each card may be approved: its first sight plus the minimum age the drill asked for at that moment. */
  const dueAt = new Map<string, number>();
  const approved = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const call of system.connector.calls.filter((c) => c.method === 'POST' && c.body.attachments?.length)) {
        const caseId = cardCaseId(call.body.attachments?.[0]?.content);
        if (!caseId || approved.has(caseId)) continue;
        if (!dueAt.has(caseId)) dueAt.set(caseId, Date.now() + (options.minAgeMs?.() ?? 0));
        if (Date.now() < dueAt.get(caseId)!) continue;
        const c = await system.rig.db.prisma.case.findUnique({ where: { id: caseId } });
        if (c?.state !== 'awaiting_approval') continue;
        const answer = await system.channel
          .approve(TEST_STAFF[0]!, { caseId, cardVersion: c.version, phoneVerified: 'true', overrideReason: 'drill' }, call.id)
          .catch(() => ({ status: 0, body: '' }));
        // A refused click also answers with a card (e.g. identity_unconfirmed while the connector cannot confirm the
        // approver's email): only a recorded approval counts; a refused one is clicked again, as a person would.
        if (answer.status !== 200 || !answer.body.includes('"type":"AdaptiveCard"')) continue;
        const decided = await system.rig.db.prisma.decision.count({ where: { caseId, verb: 'approve' } });
        if (decided > 0) approved.set(caseId, Date.now());
      }
      await sleep(200);
    }
  })();
  return {
    approved,
    async stop() {
      running = false;
      await loop;
    },
  };
}

/**
 * Every one of `total` cases replied, with exactly one reply at the SMTP server and at most one acknowledgement (one
 * still due when its case was decided is dropped on purpose, and audited as such), exactly one execution and one
 * directory change each; every email the store records as sent is one the server accepted, recorded after it
 * accepted it, and nothing reached the server that the store does not know of.
 */
export async function assertEveryCaseRepliedOnce(system: DrillSystem, total: number): Promise<void> {
  const { prisma } = system.rig.db;
  const cases = await prisma.case.findMany();
  expect(cases).toHaveLength(total);
  expect(cases.filter((c) => c.state !== 'replied').map((c) => `${c.ref}:${c.state}`)).toEqual([]);
  expect(cases.filter((c) => c.ackDueAt !== null).map((c) => c.ref)).toEqual([]);
  const byThread = new Map<string, number>();
  for (const mail of system.smtp.messages) {
    const key = `${mail.inReplyTo} ${String(mail.headers.get('x-pcse-auto'))}`;
    byThread.set(key, (byThread.get(key) ?? 0) + 1);
  }
  const skipped = await prisma.auditEvent.findMany({ where: { type: 'acknowledgement_skipped' } });
  let acknowledged = 0;
  for (const c of cases) {
    const thread = (JSON.parse(c.parsed) as { messageId: string }).messageId;
    expect(byThread.get(`${thread} reply`) ?? 0, `replies to ${c.ref}`).toBe(1);
    const acks = byThread.get(`${thread} acknowledgement`) ?? 0;
    const dropped = skipped.filter((e) => e.caseId === c.id);
    // Sent once, or not sent because the case was decided first: never both, never twice, never silently neither.
    expect({ ref: c.ref, acks, dropped: dropped.map((e) => (JSON.parse(e.data) as { reason: string }).reason) })
      .toEqual({ ref: c.ref, acks: acks === 1 ? 1 : 0, dropped: acks === 1 ? [] : ['case_decided'] });
    acknowledged += acks;
  }
  expect(system.smtp.messages).toHaveLength(total + acknowledged);
  const sent = await prisma.sentReply.findMany();
  expect(sent).toHaveLength(total + acknowledged);
  const acceptedAt = new Map(system.smtp.messages.map((m, i) => [m.messageId, system.smtp.acceptedAt[i]!]));
  for (const s of sent) {
    const accepted = acceptedAt.get(s.messageId);
    expect(accepted, `${s.key} recorded as sent but never accepted`).toBeDefined();
    expect(s.sentAt.getTime()).toBeGreaterThanOrEqual(accepted!.getTime());
  }
  const audit = await prisma.auditEvent.findMany({ where: { type: { in: ['effect_applied', 'execution_finished'] } } });
  for (const c of cases) {
    expect(audit.filter((e) => e.caseId === c.id && e.type === 'effect_applied'), `effects of ${c.ref}`).toHaveLength(1);
    expect(audit.filter((e) => e.caseId === c.id && e.type === 'execution_finished'), `executions of ${c.ref}`).toHaveLength(1);
  }
  expect(await prisma.user.count({ where: { username: { startsWith: 'drill.user' }, locked: true } })).toBe(0);
  expect(await prisma.deadLetter.count()).toBe(0);
}

/** Resolves when every case is replied and nothing is left to send: no acknowledgement due, every recorded email out. */
export async function waitUntilSettled(system: DrillSystem, total: number, timeoutMs: number): Promise<void> {
  const { prisma } = system.rig.db;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const replied = await prisma.case.count({ where: { state: 'replied' } });
    const due = await prisma.case.count({ where: { ackDueAt: { not: null } } });
    const recorded = await prisma.sentReply.count();
    if (replied === total && due === 0 && recorded === system.smtp.messages.length) return;
    if (Date.now() > deadline) {
      const states = await prisma.case.groupBy({ by: ['state'], _count: true });
      throw new Error(`not settled: ${JSON.stringify(states)}, ${due} acknowledgements due, ${recorded} recorded, ${system.smtp.messages.length} at the server`);
    }
    await sleep(250);
  }
}
