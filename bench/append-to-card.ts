import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { openAllStorePorts } from '../test/support/all-store-ports.js';
import { startBotConnector } from '../test/support/bot-connector.js';
import { createTestDatabase } from '../test/support/database.js';
import { findFreePort, startDovecot, type TestDovecot } from '../test/support/dovecot.js';
import { buildRequestEmail } from '../test/support/ingest-emails.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../test/support/redis.js';
import { percentile, sleep, startNodeChild, waitUntil, type ChildService } from './support.js';

export interface AppendToCardResult {
  samples: number;
  /** APPEND → the Bot Connector receives the case's card, through `pcse ingest` and `pcse bot` processes. */
  card: { p50: number; p95: number; max: number };
  /** APPEND → a bare imapflow client in IDLE sees the EXISTS: the floor any IMAP reader starts from. */
  idleExists: { p50: number; p95: number; max: number };
  /** Per sample, card minus IDLE EXISTS: what our pipeline adds to the IMAP server's own notice. */
  overIdle: { p50: number; p95: number; max: number };
  /** card p95 ÷ IDLE p95. */
  ratio: number;
}

const TENANT = 'tenant-bench';

/**
 * The pause between samples. Dovecot tells IDLE clients of a change 500 ms after the first change it sees
 * (NOTIFY_DELAY_MSECS in lib-storage's mailbox-watch.c), per connection: with a shorter pause the previous sample's
 * own changes (ingest flagging the message it stored) have opened that window on one connection and not the other,
 * and each side's latency becomes the phase of its timer (0–500 ms, uncorrelated between the two) instead of the
 * pipeline. Mail arriving at a quiet mailbox, as real mail does, is what both sides are measured on.
 */
const QUIET_MAILBOX_MS = 700;
const CHANNEL = '19:bench-casework@thread.tacv2';

async function connect(d: TestDovecot): Promise<ImapFlow> {
  const client = new ImapFlow({ host: d.host, port: d.port, secure: false, auth: { user: 'portalenquiries', pass: d.passwordFor('portalenquiries') }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

function summarise(values: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), max: Math.round(sorted[sorted.length - 1] ?? 0) };
}

/**
 * Latency from an IMAP APPEND to the approval card arriving at the (local) Bot Connector, through the real
 * processes: `pcse ingest` (IMAP IDLE → extract → PostgreSQL → case-ready job) and `pcse bot` (case-ready
 * worker → proactive card). The same APPEND is watched by a bare imapflow IDLE client as the baseline.
 */
export async function runAppendToCardBench(samples = 30): Promise<AppendToCardResult> {
  const db = await createTestDatabase('postgresql', 'bench_card');
  const dovecot = await startDovecot({ users: ['portalenquiries'] });
  const connector = await startBotConnector();
  const outbox = await mkdtemp(path.join(tmpdir(), 'pcse-bench-card-outbox-'));
  const prefix = uniqueRedisPrefix('bench-card');
  const children: ChildService[] = [];
  const clients: ImapFlow[] = [];
  try {
    const botPort = await findFreePort();
    const bot = startNodeChild(['bin/pcse.js', 'bot'], {
      DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix, BOT_LOCAL_MODE: 'true', ALLOWED_TENANT_ID: TENANT, PORT: String(botPort),
    });
    children.push(bot);
    const ingest = startNodeChild(['bin/pcse.js', 'ingest'], {
      DATABASE_URL: db.url, REDIS_URL: SHARED_REDIS_URL, QUEUE_PREFIX: prefix,
      IMAP_HOST: dovecot.host, IMAP_PORT: String(dovecot.port), IMAP_TLS: 'false',
      MAILBOX_PORTALENQUIRIES_USER: 'portalenquiries', MAILBOX_PORTALENQUIRIES_PASSWORD: dovecot.passwordFor('portalenquiries'),
      OUTBOX_DIR: outbox, ACK_HOURLY_CAP: '100000', LOG_LEVEL: 'info',
    });
    children.push(ingest);
    await Promise.all([bot.waitForLine(/bot listening/, 60_000), ingest.waitForLine(/ingest worker started/, 60_000)]);

    // The bot is added to the staff channel: Teams sends conversationUpdate, and the bot keeps the reference.
    const res = await fetch(`http://127.0.0.1:${botPort}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate', id: 'bench-add', channelId: 'msteams', serviceUrl: connector.serviceUrl, timestamp: new Date().toISOString(),
        conversation: { id: CHANNEL, conversationType: 'channel', tenantId: TENANT, isGroup: true },
        from: { id: '29:bench-admin', name: 'Bench Admin', aadObjectId: 'aad-bench-admin' },
        recipient: { id: '28:pcse-bot', name: 'PCSE casework' },
        channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: CHANNEL } },
        membersAdded: [{ id: '28:pcse-bot' }],
      }),
    });
    if (!res.ok) throw new Error(`bot refused conversationUpdate: ${res.status}`);
    const store = openAllStorePorts(db.prisma);
    await waitUntil(async () => (await store.listConversationReferences('channel')).length > 0, 'the channel reference', 10_000);

    // Baseline watcher: a bare client idling on INBOX, noting when each EXISTS arrives.
    const watcher = await connect(dovecot);
    clients.push(watcher);
    await watcher.mailboxOpen('INBOX');
    const existsAt = new Map<number, number>();
    watcher.on('exists', (e: { count: number }) => { if (!existsAt.has(e.count)) existsAt.set(e.count, performance.now()); });
    let watching = true;
    void (async () => {
      while (watching && watcher.usable) await watcher.idle().catch(() => sleep(50));
    })();

    const writer = await connect(dovecot);
    clients.push(writer);
    const cardCalls = (): number => connector.calls.filter((c) => c.method === 'POST' && (c.body.attachments?.length ?? 0) > 0).length;
    const cards: number[] = [];
    const idles: number[] = [];
    // One warm-up message (connections, JIT, the first card), then the measured ones, one at a time.
    for (let i = -1; i < samples; i++) {
      const before = cardCalls();
      const count = (watcher.mailbox && typeof watcher.mailbox === 'object' ? watcher.mailbox.exists : 0) + 1;
      const started = performance.now();
      await writer.append('INBOX', buildRequestEmail({ from: `card${i + 1}@nhs.net`, subject: `Account locked ${i + 1}`, messageId: `<card-${i + 1}-${prefix}@nhs.net>` }).raw);
      await waitUntil(async () => {
        ingest.assertAlive();
        bot.assertAlive();
        return cardCalls() > before;
      }, () => `card ${i + 1}\n${ingest.tail()}\n${bot.tail()}`, 30_000, 2);
      const cardMs = performance.now() - started;
      await waitUntil(async () => existsAt.has(count), `IDLE EXISTS ${count}`, 10_000, 2);
      if (i >= 0) {
        cards.push(cardMs);
        idles.push((existsAt.get(count) ?? started) - started);
      }
      await sleep(QUIET_MAILBOX_MS);
    }
    watching = false;
    const card = summarise(cards);
    const idleExists = summarise(idles);
    const overIdle = summarise(cards.map((c, i) => c - (idles[i] ?? 0)));
    return { samples: cards.length, card, idleExists, overIdle, ratio: Math.round((card.p95 / Math.max(1, idleExists.p95)) * 100) / 100 };
  } finally {
    for (const c of clients) await c.logout().catch(() => undefined);
    await Promise.allSettled(children.map((c) => c.stop()));
    await connector.stop();
    await dovecot.stop();
    await db.drop();
    await rm(outbox, { recursive: true, force: true });
  }
}
