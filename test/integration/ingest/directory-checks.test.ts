import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngestHarness, type IngestHarness } from '../../robustness/support/ingest-harness.js';

// A PL user-administrator nomination for D81005 (test/corpus, not held out).
const NOMINATION = new URL('../../corpus/portalenquiries/004-pl-admin-cqc-manager.eml', import.meta.url);

describe('ingest runs the directory checks, so the first card shows them (review leftover)', () => {
  let harness: IngestHarness;
  beforeAll(async () => {
    harness = await startIngestHarness({ provider: 'sqlite', label: 'directory_checks', withDirectory: true, ackHourlyCap: 100 });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  async function ingest(sourceKey: string): Promise<string[]> {
    // Each delivery is a new email (its own Message-ID), not the same one offered again.
    const raw = Buffer.from((await readFile(NOMINATION, 'latin1')).replace(/^Message-ID: </im, `Message-ID: <${sourceKey}.`), 'latin1');
    const { outcome } = await harness.deliver({ mailbox: 'portalenquiries', sourceKey, raw });
    if (outcome.outcome !== 'created') throw new Error(outcome.outcome);
    return (await harness.store.getCase(outcome.caseId))?.findings.map((f) => f.code) ?? [];
  }

  it('an organisation the loaded directory does not hold, then one it holds as closed', async () => {
    await harness.db.prisma.organisation.create({ data: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice', source: 'test' } });
    expect(await ingest('directory:unknown')).toContain('organisation_unknown');

    await harness.db.prisma.organisation.create({ data: { odsCode: 'D81005', name: 'Practice', type: 'gp_practice', status: 'closed', source: 'test' } });
    const closed = await ingest('directory:closed');
    expect(closed).toContain('organisation_closed');
    expect(closed).not.toContain('organisation_unknown');
  });
});
