import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../core/adapters/database.js';
import { migrateDatabase } from '../../core/adapters/migrate.js';

/** The machine's PostgreSQL (scripts/ensure-services.sh starts it): trust auth, user postgres. */
export const SHARED_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export type TestProvider = 'sqlite' | 'postgresql';

export interface TestDatabase {
  provider: TestProvider;
  url: string;
  /** Connected and migrated. */
  prisma: Database;
  /** Disconnects and deletes the database (the temp file, or DROP DATABASE … WITH (FORCE)). */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own: a temp SQLite file, or a uniquely named database on the machine's
 * PostgreSQL. Tests isolate themselves by database, never by cleaning up shared tables.
 */
export async function createTestDatabase(provider: TestProvider, label = 'test'): Promise<TestDatabase> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (provider === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), `pcse-${label}-`));
    const url = `file:${path.join(dir, 'pcse.db')}`;
    await migrateDatabase(url);
    const prisma = await openDatabase(url);
    return {
      provider,
      url,
      prisma,
      async drop() {
        await prisma.$disconnect();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `pcse_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${suffix}`;
  await runAdminQuery(`CREATE DATABASE "${name}"`);
  const url = `postgresql://postgres@127.0.0.1:5432/${name}`;
  await migrateDatabase(url);
  const prisma = await openDatabase(url);
  return {
    provider,
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await runAdminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Runs one statement on the shared PostgreSQL server's admin connection (CREATE/DROP DATABASE). */
export async function runAdminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SHARED_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
