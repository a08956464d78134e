import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../core/adapters/database.js';
import { migrateDatabase } from '../../../core/adapters/migrate.js';
import { appendAuditEvent, GENESIS_HASH, hashAuditEvent, verifyAuditChain } from '../../../core/adapters/prisma-audit-log.js';
import { openSchemaEngine, readMigrationsList } from '../../../core/adapters/prisma-schema-engine.js';
import { readSchema, type DatabaseProvider } from '../../../core/adapters/prisma-schema-variant.js';
import { runTransaction } from '../../../core/adapters/prisma-transaction.js';
import { runAdminQuery } from '../../support/database.js';

/** The migration that moved the chain from append time to seal time (docs/decisions/0004). */
const SEALING_MIGRATION = '20261122043247_audit_chain_sealing';

/** Applies the migrations before SEALING_MIGRATION only: a database as the previous version left it. */
async function migrateToBeforeSealing(url: string, provider: DatabaseProvider): Promise<void> {
  const list = await readMigrationsList(provider);
  const opened = await openSchemaEngine(url, await readSchema(provider));
  try {
    await opened.engine.applyMigrations({
      migrationsList: { ...list, migrationDirectories: list.migrationDirectories.filter((m) => m.path < SEALING_MIGRATION) },
      filters: { externalTables: [], externalEnums: [] },
    });
  } finally {
    await opened.close();
  }
}

/**
 * A trail chained by the previous version (the chain built at append time, seq 1, 2, 3, …) must verify after the
 * sealing migration, and new events must chain on after it.
 */
describe.each(['postgresql', 'sqlite'] as const)('the audit chain sealing migration on existing data (%s)', (provider) => {
  let url: string;
  let cleanup: () => Promise<void>;
  let db: Database;
  const old: { seq: number; hash: string }[] = [];

  beforeAll(async () => {
    if (provider === 'sqlite') {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'pcse-audit-migration-'));
      url = `file:${path.join(dir, 'pcse.db')}`;
      cleanup = () => rm(dir, { recursive: true, force: true });
    } else {
      const name = `pcse_audit_migration_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
      await runAdminQuery(`CREATE DATABASE "${name}"`);
      url = `postgresql://postgres@127.0.0.1:5432/${name}`;
      cleanup = () => runAdminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    await migrateToBeforeSealing(url, provider);
    db = await openDatabase(url);
    // The previous version's append: seq = head.seq + 1, chained at once, head moved (no chainSeq column yet,
    // so createMany and updateMany, which name only the columns given).
    let prevHash = GENESIS_HASH;
    const rows = [];
    for (let seq = 1; seq <= 5; seq += 1) {
      const row = { seq, caseId: seq % 2 ? 'case-old' : null, type: 'old_event', actor: null, data: JSON.stringify({ n: seq, name: 'Siobhán' }), at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)) };
      const hash = hashAuditEvent(prevHash, row);
      rows.push({ ...row, prevHash, hash });
      old.push({ seq, hash });
      prevHash = hash;
    }
    await db.auditEvent.createMany({ data: rows });
    await db.auditChainHead.updateMany({ where: { id: 1 }, data: { seq: 5, hash: prevHash } });
    await db.$disconnect();
    // Later migrations follow it; the sealing migration is the first one applied to the old data.
    expect((await migrateDatabase(url)).applied[0]).toEqual(SEALING_MIGRATION);
    db = await openDatabase(url);
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await cleanup?.();
  });

  it('keeps the old events chained: same hashes, chain position = seq, verify passes without sealing', async () => {
    const rows = await db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => [r.seq, r.chainSeq, r.hash])).toEqual(old.map((o) => [o.seq, o.seq, o.hash]));
    expect(await db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ seq: 5, chainSeq: 5, hash: old[4]!.hash });
    expect(await verifyAuditChain(db, { seal: false })).toEqual({ ok: true, count: 5, unsealed: 0 });
  });

  it('numbers new events after the old ones and chains them onto the old head', async () => {
    const added = [];
    for (const n of [6, 7]) added.push(await runTransaction(db, (tx) => appendAuditEvent(tx, { caseId: null, type: 'new_event', actor: null, data: { n } })));
    expect(added.map((a) => a.seq)).toEqual([6, 7]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 7, unsealed: 0 });
    const first = await db.auditEvent.findUniqueOrThrow({ where: { seq: 6 } });
    expect({ chainSeq: first.chainSeq, prevHash: first.prevHash }).toEqual({ chainSeq: 6, prevHash: old[4]!.hash });
  });

  it('still finds an old event edited after the migration', async () => {
    await db.auditEvent.update({ where: { seq: 3 }, data: { data: JSON.stringify({ n: 30 }) } });
    expect(await verifyAuditChain(db)).toEqual({ ok: false, brokenAt: 3 });
  });
});
