import { randomUUID } from 'node:crypto';
import type { Worker } from 'bullmq';
import { createBullmqCaseQueue, createCaseReadyWorker, createExecutionWorker, type BullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { openAllStorePorts, type AllStorePorts, openPrismaDirectory } from '../../support/all-store-ports.js';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import type { ParsedCase } from '../../../core/domain/case.js';
import { handleExecuteCase } from '../../../core/jobs/execute-case.js';
import { handlePostCaseCard } from '../../../core/jobs/post-case-card.js';
import type { StoredCase } from '../../../core/ports.js';
import { renderEmail } from '../../../templates/email/index.js';
import { createBotApp, type BotApp } from '../../../bot/app.js';
import { parseBotConfig } from '../../../bot/config.js';
import { silentLogger } from '../../../bot/deps.js';
import { startBotServer, type RunningBotServer } from '../../../bot/server.js';
import { startBotConnector, type BotConnector } from '../../support/bot-connector.js';
import { createTestDatabase, type TestDatabase, type TestProvider } from '../../support/database.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';

export const TENANT = 'tenant-pcse';
export const CHANNEL = '19:casework@thread.tacv2';

export interface TeamsUser { id: string; aadObjectId: string; name: string; email: string }
export const USERS = {
  sam: { id: '29:sam', aadObjectId: 'aad-sam', name: 'Sam Staff', email: 'sam.staff@nhs.net' },
  alex: { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex Staff', email: 'alex.staff@nhs.net' },
  sue: { id: '29:sue', aadObjectId: 'aad-sue', name: 'Sue Supervisor', email: 'sue.super@nhs.net' },
  jo: { id: '29:jo', aadObjectId: 'aad-jo', name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' },
  eve: { id: '29:eve', aadObjectId: 'aad-eve', name: 'Eve Outsider', email: 'eve@example.com' },
} satisfies Record<string, TeamsUser>;

/** The whole bot stack on real servers: a database, Redis queues, the bot over HTTP, a connector, an SMTP sink. */
export interface BotHarness {
  database: TestDatabase;
  store: AllStorePorts;
  connector: BotConnector;
  smtp: SmtpSink;
  queue: BullmqCaseQueue;
  bot: BotApp;
  server: RunningBotServer;
  addCase(overrides?: Partial<ParsedCase>): Promise<StoredCase>;
  /** Posts an activity to /api/messages and returns the HTTP status and body. */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  invoke(user: TeamsUser, verb: string, data: Record<string, unknown>, options?: { tenantId?: string; replyToId?: string }): Promise<{ status: number; body: InvokeBody }>;
  message(user: TeamsUser, text: string): Promise<void>;
  waitForState(caseId: string, state: string, timeoutMs?: number): Promise<StoredCase>;
  stop(): Promise<void>;
}

export interface InvokeBody { statusCode: number; type: string; value: unknown }

export async function startBotHarness(provider: TestProvider, options: { executionConcurrency?: number; env?: Record<string, string> } = {}): Promise<BotHarness> {
  const database = await createTestDatabase(provider, 'bot');
  await database.prisma.organisation.create({ data: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice', source: 'test', email: 'riverside.a81001@nhs.net' } });
  const store = openAllStorePorts(database.prisma);
  const directory = openPrismaDirectory(database.prisma);
  const [connector, smtp] = await Promise.all([startBotConnector(), startSmtpSink()]);
  const prefix = uniqueRedisPrefix('bot');
  const queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix, backoffMs: 200, attempts: 3 });
  const config = parseBotConfig({
    BOT_LOCAL_MODE: 'true',
    ALLOWED_TENANT_ID: TENANT,
    STAFF_AAD_IDS: `${USERS.sam.aadObjectId},${USERS.alex.aadObjectId},${USERS.jo.aadObjectId}`,
    SUPERVISOR_AAD_IDS: USERS.sue.aadObjectId,
    REDIS_URL: SHARED_REDIS_URL,
    QUEUE_PREFIX: prefix,
    ...options.env,
  });
  for (const u of Object.values(USERS)) connector.members.set(u.id, { id: u.id, name: u.name, aadObjectId: u.aadObjectId, email: u.email, userPrincipalName: u.email });
  const bot = createBotApp({ config, store, queue, directory, deadLetterCount: async () => (await store.listDeadLetters({ unresolvedOnly: true })).length, log: { ...silentLogger, error: (d, m) => console.error('BOTERR', m, d) } });
  const server = await startBotServer({ config, bot, checkReady: async () => {} }, 0, '127.0.0.1');
  const mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'datamanager@nhs.net' });
  const workers: Worker[] = [
    createCaseReadyWorker((data) => handlePostCaseCard(bot.publisher, data).then(() => undefined), { redisUrl: SHARED_REDIS_URL, prefix }),
    createExecutionWorker(
      (data, job) =>
        handleExecuteCase(
          {
            cases: store,
            execution: store,
            audit: store,
            executor: { cases: store, directory, replies: store, mailer, renderEmail },
            maxAttempts: 3,
            onCaseChanged: async (id) => {
              await bot.publisher.updateCaseCard(id);
            },
          },
          data,
          job,
        ).then(() => undefined),
      { redisUrl: SHARED_REDIS_URL, prefix, concurrency: options.executionConcurrency ?? 4 },
    ),
  ];
  let seq = 0;
  const post = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  const base = (user: TeamsUser, tenantId = TENANT) => ({
    id: `act-${++seq}-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    timestamp: new Date().toISOString(),
    conversation: { id: CHANNEL, conversationType: 'channel', tenantId, isGroup: true },
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:pcse-bot', name: 'PCSE casework' },
    channelData: { tenant: { id: tenantId }, team: { id: '19:team@thread.tacv2' }, channel: { id: CHANNEL } },
  });
  // The bot is added to the staff channel: Teams sends conversationUpdate with the bot among membersAdded.
  await post({ ...base(USERS.sue), type: 'conversationUpdate', membersAdded: [{ id: '28:pcse-bot' }] });

  return {
    database, store, connector, smtp, queue, bot, server,
    async addCase(overrides = {}) {
      const key = `maildir:test:${randomUUID()}`;
      const result = await store.recordEmail(makeIncomingEmail(key, key, `<${randomUUID()}@nhs.net>`), makeParsedCase(overrides));
      if (result.outcome !== 'created') throw new Error(`case not created: ${result.outcome}`);
      await queue.enqueueCaseReady(result.case.id);
      return result.case;
    },
    post,
    async invoke(user, verb, data, opts = {}) {
      const r = await post({
        ...base(user, opts.tenantId),
        type: 'invoke',
        name: 'adaptiveCard/action',
        ...(opts.replyToId ? { replyToId: opts.replyToId } : {}),
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      });
      return r as { status: number; body: InvokeBody };
    },
    async message(user, text) {
      await post({ ...base(user), type: 'message', text, textFormat: 'plain' });
    },
    async waitForState(caseId, state, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const c = await store.getCase(caseId);
        if (c?.state === state) return c;
        if (Date.now() > until) throw new Error(`case ${caseId} is ${c?.state}, not ${state}, after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      await Promise.allSettled(workers.map((w) => w.close()));
      await queue.close();
      mailer.close();
      await server.close();
      await Promise.allSettled([connector.stop(), smtp.stop()]);
      await database.drop();
    },
  };
}

/** The text of a card, for assertions. */
export function cardText(card: unknown): string {
  return JSON.stringify(card);
}
