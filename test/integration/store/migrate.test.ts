import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../core/adapters/database.js';
import { SHARED_POSTGRES_URL } from '../../support/database.js';

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function freshUrl(provider: 'sqlite' | 'postgresql'): Promise<string> {
  if (provider === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pcse-migrate-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return `file:${path.join(dir, 'nested', 'pcse.db')}`;
  }
  const name = `pcse_migrate_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SHARED_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: SHARED_POSTGRES_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });
  return `postgresql://postgres@127.0.0.1:5432/${name}`;
}

describe.each(['sqlite', 'postgresql'] as const)('pcse migrate on %s', (provider) => {
  it('applies the migrations once when three processes start together, and the database is usable after', async () => {
    const url = await freshUrl(provider);
    const env = { ...process.env, DATABASE_URL: url };
    const outputs = await Promise.all([1, 2, 3].map(() => run('node', ['bin/pcse.js', 'migrate'], { env })));
    // Every migration in prisma/migrations/<provider>/, applied by exactly one of the three.
    const applied = outputs.filter((o) => /applied \d+ migration/.test(o.stdout));
    expect(applied).toHaveLength(1);
    expect(outputs.filter((o) => o.stdout.includes('up to date'))).toHaveLength(2);
    // No lock left behind: another connection can write at once.
    const db = await openDatabase(url);
    try {
      await db.mailboxCursor.create({ data: { mailbox: 'portalenquiries', uidValidity: '1', lastUid: 1 } });
      expect(await db.mailboxCursor.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});
