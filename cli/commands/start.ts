import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../core/adapters/database.js';
import { importDirectory } from '../../core/adapters/directory-import/import-directory.js';
import { createPrismaDirectoryReader } from '../../core/adapters/prisma-directory.js';
import { DatabaseConfigSchema, parseConfig, RedisConfigSchema } from '../../core/config.js';
import { MAILBOXES } from '../../core/domain/case.js';
import { createLogger } from '../../core/observability/logger.js';
import { loadObservabilityConfig, prepareProcess } from '../../core/observability/prepare-process.js';
import { runUntilSignal, type RunningProcess } from '../run-until-signal.js';
import { startBotProcess } from './bot.js';
import { startIngestProcess } from './ingest.js';
import { startOcrProcess } from './ocr.js';
import { startWorkerProcess } from './worker.js';
import { processEnvironment } from '../config.js';

const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');

/**
 * The Microsoft 365 Agents Playground's mock tenant and users (its default config: Alex Wilber is the signed-in
 * user-id-0, Megan Bowen user-id-1, Adele Vance user-id-2). In local mode only, they are PCSE staff, so one person
 * can try a two-approver case by switching user; Alex is also a supervisor (the "status" command).
 */
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_USER_AAD_IDS = ['00000000-0000-0000-0000-0000000000020', '00000000-0000-0000-0000-0000000000021', '00000000-0000-0000-0000-0000000000022'];

export interface StartPlan {
  /** The environment the three parts run with: the caller's, plus local defaults for what it leaves out. */
  env: Record<string, string | undefined>;
  localBot: boolean;
  localMail: boolean;
  localOutbox: boolean;
}

/**
 * Fills in local-mode defaults for whatever the environment does not configure: no MicrosoftAppId → the bot in
 * BOT_LOCAL_MODE with the Playground's tenant and users as staff; no IMAP_HOST/DROP_DIR → Maildir drop folders
 * under var/drop; no SMTP_URL/OUTBOX_DIR → replies written to var/outbox. Configured keys are never overridden,
 * so the same command runs for real once IMAP_*, SMTP_URL, MicrosoftAppId… and DATABASE_URL are set.
 */
export function planStart(given: Record<string, string | undefined>): StartPlan {
  const env = { ...given };
  const set = (key: string): boolean => Boolean(given[key]);
  const localBot = !set('MicrosoftAppId');
  if (localBot) {
    env.BOT_LOCAL_MODE = 'true';
    if (!set('ALLOWED_TENANT_ID')) env.ALLOWED_TENANT_ID = PLAYGROUND_TENANT_ID;
    if (!set('STAFF_AAD_IDS')) env.STAFF_AAD_IDS = PLAYGROUND_USER_AAD_IDS.join(',');
    if (!set('SUPERVISOR_AAD_IDS')) env.SUPERVISOR_AAD_IDS = PLAYGROUND_USER_AAD_IDS[0];
    // The Playground opens in its personal chat: post the cards there rather than in a channel nobody has open.
    if (!set('CASE_CARDS_CONVERSATION')) env.CASE_CARDS_CONVERSATION = 'latest';
  }
  const localMail = !set('IMAP_HOST') && !set('DROP_DIR');
  if (localMail) env.DROP_DIR = path.join('var', 'drop');
  const localOutbox = !set('SMTP_URL') && !set('OUTBOX_DIR');
  if (localOutbox) env.OUTBOX_DIR = path.join('var', 'outbox');
  return { env, localBot, localMail, localOutbox };
}

/**
 * Creates `<dropDir>/<mailbox>/{new,cur,tmp}` for each mailbox seen for the first time and delivers the sample
 * emails from samples/<mailbox>/ into it the Maildir way (written to tmp/, renamed into new/). Returns how many.
 */
export async function seedDropFolders(dropDir: string, samplesDir = SAMPLES_DIR): Promise<number> {
  let seeded = 0;
  for (const mailbox of MAILBOXES) {
    const root = path.join(dropDir, mailbox);
    if (existsSync(root)) continue;
    for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(root, sub), { recursive: true });
    const from = path.join(samplesDir, mailbox);
    const files = existsSync(from) ? (await readdir(from)).filter((n) => n.endsWith('.eml')).sort() : [];
    for (const [i, name] of files.entries()) {
      const unique = `${Date.now()}.sample${i}.${name.replace(/\.eml$/, '')}`;
      await copyFile(path.join(from, name), path.join(root, 'tmp', unique));
      await rename(path.join(root, 'tmp', unique), path.join(root, 'new', unique));
      seeded += 1;
    }
  }
  return seeded;
}

/** Imports samples/directory when the directory is empty, so local cards show known organisations. */
async function seedDirectory(databaseUrl: string): Promise<boolean> {
  const db = await openDatabase(databaseUrl);
  try {
    if (await createPrismaDirectoryReader(db).isLoaded()) return false;
    const dir = path.join(SAMPLES_DIR, 'directory');
    const files = Object.fromEntries(
      (['epraccur', 'users', 'roles', 'signatories', 'ael'] as const).map((k) => [k, path.join(dir, `${k}.csv`)]).filter(([, f]) => existsSync(f as string)),
    );
    await importDirectory(db, files);
    return true;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Starts ingest, the OCR service, the bot and the execution worker in this one process, on embedded defaults when unconfigured
 * (planStart). The database is migrated and Redis checked once, before any part starts.
 */
export async function startAll(given: Record<string, string | undefined>): Promise<RunningProcess & { plan: StartPlan; botPort: number; seeded: number }> {
  const plan = planStart(given);
  const { env } = plan;
  const logger = createLogger({ process: 'pcse', level: env.LOG_LEVEL });
  const databaseUrl = parseConfig(DatabaseConfigSchema, env).DATABASE_URL;
  const redis = parseConfig(RedisConfigSchema, env);
  const { allowUnsafeRedis } = loadObservabilityConfig(env, 0);
  await prepareProcess({ databaseUrl, redisUrl: redis.REDIS_URL, allowUnsafeRedis, logger });
  let seeded = 0;
  if (plan.localMail) {
    seeded = await seedDropFolders(env.DROP_DIR ?? 'var/drop');
    if (await seedDirectory(databaseUrl)) logger.info('sample directory imported');
  }
  // The worker and the bot first, so the cases ingest queues are taken at once.
  const worker = await startWorkerProcess(env, { logger: logger.child({ part: 'worker' }), prepare: false, metricsPort: null });
  const bot = await startBotProcess(env, { logger: logger.child({ part: 'bot' }), prepare: false });
  const ingest = await startIngestProcess(env, { logger: logger.child({ part: 'ingest' }), prepare: false, metricsPort: null });
  // Scanned forms ingest stored as pending are read here (their OCR child is a process of its own).
  const ocr = await startOcrProcess(env, { logger: logger.child({ part: 'ocr' }), prepare: false });
  // Locally the Playground is usually opened after the samples were read: post their cards when it connects.
  let catchingUp = false;
  const catchUp = plan.localBot
    ? setInterval(() => {
      if (catchingUp) return;
      catchingUp = true;
      bot.postUnpostedCards()
        .then((n) => n > 0 && logger.info({ posted: n }, 'cards posted for cases that arrived before the bot joined a channel'))
        .catch(() => undefined)
        .finally(() => (catchingUp = false));
    }, 5000)
    : null;
  return {
    plan,
    botPort: bot.port,
    seeded,
    async stop() {
      if (catchUp) clearInterval(catchUp);
      await ingest.stop();
      await ocr.stop();
      await bot.stop();
      await worker.stop();
    },
  };
}

/** What `npm start` prints once everything runs. */
export function describeStart(plan: StartPlan, botPort: number, seeded: number): string {
  const { env } = plan;
  const lines = ['', 'PCSE casework is running.', ''];
  lines.push(`  Bot:       http://localhost:${botPort}/api/messages   (health /healthz, /readyz, metrics /metrics)`);
  lines.push(`  Database:  ${/^file:/.test(env.DATABASE_URL ?? 'file:') ? (env.DATABASE_URL ?? 'file:./var/pcse.db (SQLite)') : 'PostgreSQL (DATABASE_URL)'}`);
  if (plan.localMail) {
    lines.push(`  Mail in:   drop .eml files into ${path.resolve(env.DROP_DIR ?? 'var/drop')}/<portalenquiries|datamanager|openexeter>/new/`);
    if (seeded > 0) lines.push(`             (${seeded} sample emails from samples/ were put there now)`);
  } else {
    lines.push(`  Mail in:   ${env.IMAP_HOST ? `IMAP ${env.IMAP_HOST}` : `Maildir ${env.DROP_DIR}`}`);
  }
  lines.push(plan.localOutbox ? `  Mail out:  replies are written to ${path.resolve(env.OUTBOX_DIR ?? 'var/outbox')}/ as .eml files` : `  Mail out:  ${env.SMTP_URL ? 'SMTP (SMTP_URL)' : env.OUTBOX_DIR}`);
  if (plan.localBot) {
    lines.push('');
    lines.push('  Open the Microsoft 365 Agents Playground (a local Teams client) in another terminal:');
    lines.push(`      npx agentsplayground start -e http://127.0.0.1:${botPort}/api/messages -c msteams`);
    lines.push('  The case cards appear in the chat it opens (no need to click anything) as soon as it connects; approve,');
    lines.push('  edit, reject or ask for information there. Type "status" for the supervisor card or "case <ref>" for one case.');
    lines.push('  LOCAL MODE: the bot accepts UNAUTHENTICATED requests, and the Playground\'s mock users (Alex Wilber,');
    lines.push('  Megan Bowen, Adele Vance) are PCSE staff. A case that needs two approvers needs a second Playground signed');
    lines.push(`  in as Megan: from samples/playground/second-approver run the same command with -p 56151, then "case <ref>".`);
    lines.push('  Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId and STAFF_AAD_IDS to run against Teams.');
  }
  lines.push('', '  Ctrl-C stops everything cleanly.', '');
  return lines.join('\n');
}

/** `npm start` / `pcse start`: everything in one process until Ctrl-C. */
export async function runStart(): Promise<number> {
  return runUntilSignal(async () => {
    const running = await startAll(processEnvironment());
    console.log(describeStart(running.plan, running.botPort, running.seeded));
    return running;
  });
}
