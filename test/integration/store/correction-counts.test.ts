import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseKind, ParsedCase } from '../../../core/domain/case.js';
import type { StoredCase } from '../../../core/ports.js';
import type { Database } from '../../../core/adapters/database.js';
import { createProcessMetrics } from '../../../core/observability/metrics.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeIncomingEmail, makeParsedCase } from './store-fixtures.js';

const actor = { aadObjectId: 'aad-1', tenantId: 'tenant-1', name: 'Approver One' };

const UNCLASSIFIED: Partial<ParsedCase> = {
  kind: 'unclassified',
  fields: {},
  findings: [{ code: 'unclassified', severity: 'info', message: 'The email was not recognised as a request: classify it or reject it.' }],
};

describe.each(['sqlite', 'postgresql'] as const)('live accuracy counts from the store (%s)', (provider) => {
  let database: TestDatabase;
  let store: AllStorePorts;

  beforeAll(async () => {
    // A database of its own: the counts are over every case in it.
    database = await createTestDatabase(provider, 'correction_counts');
    store = openAllStorePorts(database.prisma);
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function addCase(overrides: Partial<ParsedCase>): Promise<StoredCase> {
    const key = `k:${randomUUID()}`;
    const result = await store.recordEmail(makeIncomingEmail(key, key, `<${randomUUID()}@nhs.net>`), makeParsedCase(overrides));
    if (result.outcome !== 'created') throw new Error(result.outcome);
    return result.case;
  }

  async function reclassify(c: StoredCase, ...kinds: CaseKind[]): Promise<void> {
    let version = c.version;
    for (const kind of kinds) {
      const moved = await store.reclassifyCase(c.id, { kind, expectedVersion: version, actor });
      if (!moved) throw new Error(`reclassify to ${kind} refused`);
      version = moved.version;
    }
  }

  it('a case reclassified twice counts once, under the kind extraction gave it; one moved back is not reclassified', async () => {
    await reclassify(await addCase(UNCLASSIFIED), 'account_unlock', 'role_removal_request');
    await reclassify(await addCase(UNCLASSIFIED), 'role_removal_request');
    await reclassify(await addCase({ kind: 'account_unlock', fields: {} }), 'role_removal_request', 'account_unlock');
    await addCase({ kind: 'role_removal_request', fields: {} });

    const counts = await store.countCorrections(new Date(Date.now() - 86_400_000));
    expect(counts.casesByKind).toEqual({ unclassified: 2, account_unlock: 1, role_removal_request: 1 });
    expect(counts.reclassifiedByKind).toEqual({ unclassified: 2 });
  });

  it('/metrics reads the counts once per window per scrape, for both share gauges', async () => {
    // The real database, with its reads of correction rows counted (one findMany per countCorrections).
    let reads = 0;
    const correctionRows = new Proxy(database.prisma.caseCorrection, {
      get(target, prop, receiver) {
        if (prop === 'findMany') reads += 1;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const db = new Proxy(database.prisma, {
      get: (target, prop, receiver) => (prop === 'caseCorrection' ? correctionRows : (Reflect.get(target, prop, receiver) as unknown)),
    }) as Database;
    const redis = new Redis(SHARED_REDIS_URL);
    const metrics = createProcessMetrics({ processName: 'test', db, queueCounts: async () => ({}), redis, queuePrefix: uniqueRedisPrefix('shares_once') });
    const page = await metrics.registry.metrics().finally(() => redis.quit());
    expect(page).toMatch(/pcse_case_reclassified_share\{kind="unclassified",window="7d",process="test"\} 1\n/);
    expect(page).toMatch(/pcse_case_reclassified_share\{kind="account_unlock",window="30d",process="test"\} 0\n/);
    expect(page).not.toMatch(/pcse_metrics_errors_total\{[^}]*\} [1-9]/);
    expect(reads).toBe(2);
  });
});
