import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../core/adapters/database.js';
import { recordEmail } from '../../../core/adapters/prisma-record-email.js';
import { PrismaClient } from '../../../core/generated/sqlite/client.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeIncomingEmail, makeParsedCase } from './store-fixtures.js';

/**
 * Ingest looks up every email stored under an incoming Message-ID (duplicate or reuse) and the emails a reply names
 * (its thread). On SQLite, Email.caseId sits after the raw bytes in the row, so reading it from the table walks the
 * raw message's overflow pages: with a Message-ID replayed many times, each new email cost time in proportion to
 * the copies stored before (the robustness run's look-up grew from 0.27 to 1.3 ms over 3,000 messages). Those
 * look-ups must be answered from an index alone; only a unique-key look-up (at most one row) may read the table.
 */
/** A second client on the test's file that reports the SQL it runs, so the test reads the plans of the real queries. */
function openLoggingClient(url: string) {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }), log: [{ emit: 'event', level: 'query' }] });
}

describe('Message-ID look-ups at ingest (SQLite)', () => {
  let database: TestDatabase;
  let logged: ReturnType<typeof openLoggingClient>;
  const statements: { query: string; params: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', 'message_id_lookups');
    logged = openLoggingClient(database.url);
    logged.$on('query', (e) => statements.push({ query: e.query, params: e.params }));
  });
  afterAll(async () => {
    await logged?.$disconnect();
    await database?.drop();
  });

  const planOf = async ({ query, params }: { query: string; params: string }): Promise<string> => {
    const rows = await database.prisma.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`, ...(JSON.parse(params) as unknown[]));
    return rows.map((r) => r.detail).join(' / ');
  };

  it('reads no stored email row to find the copies of a Message-ID or the case a reply names', async () => {
    const messageId = '<replayed@nhs.net>';
    const big = 'x'.repeat(200_000);
    for (let i = 0; i < 3; i++) {
      const stored = await recordEmail(logged as unknown as Database, makeIncomingEmail(`k:replay:${i}`, `${big}${i}`, messageId), makeParsedCase({ messageId }));
      expect(stored.outcome).toBe('created');
    }
    statements.length = 0;
    const again = await recordEmail(logged as unknown as Database, makeIncomingEmail('k:replay:3', `${big}3`, messageId), makeParsedCase({ messageId }));
    const reply = await recordEmail(
      logged as unknown as Database,
      makeIncomingEmail('k:replay:reply', 'reply', '<reply@nhs.net>'),
      makeParsedCase({ messageId: '<reply@nhs.net>', inReplyTo: messageId, fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' }, approver: null } }),
    );
    // Still what the look-ups are for: a reused Message-ID is flagged, and a reply to it finds its case.
    expect(again.outcome === 'created' && again.case.findings.map((f) => f.code)).toContain('message_id_reused');
    expect(reply.outcome).toBe('attached');

    const emailReads = statements.filter((s) => /^SELECT\b/.test(s.query) && /FROM `main`.`Email`/.test(s.query));
    expect(emailReads.length).toBeGreaterThanOrEqual(2);
    for (const read of emailReads) {
      const plan = await planOf(read);
      expect(plan, read.query).toMatch(/USING COVERING INDEX|USING INDEX (Email_sourceKey_key \(sourceKey=\?\)|sqlite_autoindex_Email_1 \(id=\?\))$/);
    }
  });
});
