import pg from 'pg';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createAdapterFactory, detectProvider, openSchemaEngine, readMigrationsList } from './prisma-schema-engine.js';
import { readSchema } from './prisma-schema-variant.js';

/** Where start-up says, once, that it is waiting for the database (a pino logger fits). */
export interface MigrationLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface MigrateOptions {
  logger?: MigrationLogger;
  /** How long a busy or unreachable database is waited for before giving up (default START_UP_WAIT_MS). */
  waitMs?: number;
}

/** Long enough for a PostgreSQL restart or another process's migration; a supervisor restarts us after it. */
export const START_UP_WAIT_MS = 120_000;

/**
 * Applies the committed migrations for the URL's provider (prisma/migrations/<provider>/) with the
 * WebAssembly schema engine. Idempotent: a second run applies nothing, and when every migration is already
 * recorded it does not start the engine at all (on SQLite the engine locks the whole file EXCLUSIVE, which would
 * fail or stall against any other process's open connection). Several processes may start together: on
 * PostgreSQL they queue on an advisory lock; on SQLite on the file's own write lock. A busy or unreachable
 * database (SQLITE_BUSY, PostgreSQL restarting or refusing connections) is retried with backoff for up to
 * `waitMs`, logged once; what cannot be retried, or outlasts the wait, is a MigrationError with a one-line message.
 */
export async function migrateDatabase(databaseUrl: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const provider = detectProvider(databaseUrl);
  if (provider === 'sqlite') await ensureSqliteFolder(databaseUrl);
  return retryWhileTransient(options, async () => {
    if (await isUpToDate(databaseUrl)) return { applied: [] };
    return provider === 'postgresql' ? withAdvisoryLock(databaseUrl, () => applyMigrations(databaseUrl)) : applyMigrations(databaseUrl);
  });
}

/** Thrown when migrations could not be applied: the message is one line; `cause` holds the engine's error. */
export class MigrationError extends Error {
  readonly code = 'migration_failed';
}

/** True when `_prisma_migrations` records every committed migration as finished (read on an ordinary connection). */
async function isUpToDate(databaseUrl: string): Promise<boolean> {
  const { migrationDirectories } = await readMigrationsList(detectProvider(databaseUrl));
  const adapter = await createAdapterFactory(databaseUrl).connect();
  try {
    const result = await adapter.queryRaw({
      sql: 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    });
    const applied = new Set(result.rows.map((row) => String(row[0])));
    return migrationDirectories.every((m) => applied.has(m.path));
  } catch (error) {
    // A new database has no _prisma_migrations table yet: the engine creates it. Anything else (busy, refused) is for the retry.
    if (/_prisma_migrations|no such table|does not exist|TableDoesNotExist/i.test(describe(error))) return false;
    throw error;
  } finally {
    await adapter.dispose().catch(() => undefined);
  }
}

async function applyMigrations(databaseUrl: string): Promise<{ applied: string[] }> {
  const provider = detectProvider(databaseUrl);
  const migrationsList = await readMigrationsList(provider);
  const opened = await openSchemaEngine(databaseUrl, await readSchema(provider));
  try {
    const output = await opened.engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
    return { applied: output.appliedMigrationNames };
  } finally {
    // Closing matters on SQLite: the engine leaves its connection in locking_mode=EXCLUSIVE.
    await opened.close();
  }
}

// An arbitrary constant shared by every pcse process: pg_advisory_lock takes a bigint key.
const MIGRATION_LOCK_KEY = 72_517_001;

async function withAdvisoryLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function ensureSqliteFolder(databaseUrl: string): Promise<void> {
  const file = databaseUrl.replace(/^file:/, '');
  if (file !== ':memory:' && file !== '') await mkdir(path.dirname(path.resolve(file)), { recursive: true });
}

// SQLite's lock (the better-sqlite3 adapter reports it as SocketTimeout, which the engine then fails to decode),
// and PostgreSQL not answering yet: refused, starting up or shutting down (57P01-57P03), too many connections,
// or a connection cut by a restart.
const TRANSIENT = /SQLITE_BUSY|database is locked|SocketTimeout|ECONNREFUSED|ECONNRESET|ETIMEDOUT|the database system is (starting up|shutting down|in recovery mode)|terminating connection|Connection terminated|too many clients|DatabaseNotReachable|TooManyConnections|57P0[123]|53300/i;

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, code } = e as { message?: unknown; code?: unknown };
    parts.push([typeof code === 'string' ? code : '', typeof message === 'string' ? message : String(e)].filter(Boolean).join(' '));
  }
  return parts.join(' <- ');
}

/** The first line of an error, without the engine's list of variants or a stack: what an operator reads. */
function oneLine(error: unknown): string {
  const text = describe(error).split('\n')[0]!.replace(/, expected one of .*$/, '');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Retries `work` while the database is busy or not yet reachable, with backoff (0.2 s doubling to 5 s) up to the wait. */
async function retryWhileTransient<T>(options: MigrateOptions, work: () => Promise<T>): Promise<T> {
  const waitMs = options.waitMs ?? START_UP_WAIT_MS;
  const startedAt = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const transient = TRANSIENT.test(describe(error));
      const waited = Date.now() - startedAt;
      if (!transient) throw new MigrationError(`applying migrations failed: ${oneLine(error)}`, { cause: error });
      if (waited >= waitMs) {
        throw new MigrationError(`the database stayed busy or unreachable for ${Math.round(waited / 1000)} s: ${oneLine(error)}`, { cause: error });
      }
      if (attempt === 1) options.logger?.warn({ reason: oneLine(error), waitSeconds: Math.round(waitMs / 1000) }, 'database busy or unreachable at start-up: waiting');
      await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** (attempt - 1), 5000, Math.max(0, waitMs - waited))));
    }
  }
}
