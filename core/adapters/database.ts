import { mkdirSync } from 'node:fs';
import path from 'node:path';
// Types only: each provider's client and driver adapter is imported when a database of that kind is opened,
// so a process holds one generated client in memory, not both (~8 MB each with its adapter).
import type { PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import { detectProvider } from './prisma-schema-engine.js';
import type { DatabaseProvider } from './prisma-schema-variant.js';

/**
 * The one database handle every adapter takes. Both generated clients come from the same schema
 * (docs/decisions/0002-one-schema-two-databases.md), so the PostgreSQL client is typed as the SQLite one:
 * adapters may use only what both providers support (no `mode: 'insensitive'`, no `skipDuplicates`).
 */
export type Database = SqliteClient;

/** The embedded default: a SQLite file under var/, relative to the working directory. */
export const DEFAULT_DATABASE_URL = 'file:./var/pcse.db';

// Generous: a second process (ingest worker, bot) may hold the SQLite write lock for a moment.
const SQLITE_BUSY_TIMEOUT_MS = 15_000;
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

const providers = new WeakMap<object, DatabaseProvider>();

/**
 * Opens and connects a client for `databaseUrl` (`file:` → SQLite, `postgresql://` → PostgreSQL; default
 * DEFAULT_DATABASE_URL). SQLite runs in WAL mode with a busy timeout so several processes share the file.
 * It does not migrate: call migrateDatabase first (the `pcse migrate` command, or at start-up).
 */
export async function openDatabase(databaseUrl: string = DEFAULT_DATABASE_URL): Promise<Database> {
  const provider = detectProvider(databaseUrl);
  let db: Database;
  if (provider === 'sqlite') {
    const file = databaseUrl.replace(/^file:/, '');
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const [{ PrismaClient: SqliteClient }, { PrismaBetterSqlite3 }] = await Promise.all([
      import('../generated/sqlite/client.js'),
      import('@prisma/adapter-better-sqlite3'),
    ]);
    db = new SqliteClient({
      adapter: new PrismaBetterSqlite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS }),
      transactionOptions: TRANSACTION_OPTIONS,
    });
    await db.$connect();
    // WAL lets readers and one writer work at once across processes; the setting persists in the file.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  } else {
    const [{ PrismaClient: PostgresClient }, { PrismaPg }] = await Promise.all([import('../generated/postgresql/client.js'), import('@prisma/adapter-pg')]);
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), transactionOptions: TRANSACTION_OPTIONS });
    db = client as unknown as Database;
    await db.$connect();
  }
  providers.set(db, provider);
  return db;
}

/** Which provider an opened database speaks (for the few places where SQL differs). */
export function getDatabaseProvider(db: Database): DatabaseProvider {
  return providers.get(db) ?? 'sqlite';
}
