import pg from 'pg';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { detectProvider, openSchemaEngine, readMigrationsList } from './prisma-schema-engine.js';
import { readSchema } from './prisma-schema-variant.js';

/**
 * Applies the committed migrations for the URL's provider (prisma/migrations/<provider>/) with the
 * WebAssembly schema engine. Idempotent: a second run applies nothing. Several processes may start
 * together: on PostgreSQL they queue on an advisory lock; on SQLite on the file's own write lock.
 */
export async function migrateDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const provider = detectProvider(databaseUrl);
  if (provider === 'postgresql') return withAdvisoryLock(databaseUrl, () => applyMigrations(databaseUrl));
  await ensureSqliteFolder(databaseUrl);
  return retryWhileBusy(() => applyMigrations(databaseUrl));
}

/** Thrown when migrations could not be applied; `cause` holds the engine's error. */
export class MigrationError extends Error {
  readonly code = 'migration_failed';
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

/** Another process migrating the same file holds it EXCLUSIVE until it closes: wait and try again. */
async function retryWhileBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const busy = /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error));
      if (!busy || attempt >= 10) throw new MigrationError('applying migrations failed', { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
