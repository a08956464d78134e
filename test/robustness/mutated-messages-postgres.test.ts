import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngestHarness, type IngestHarness } from './support/ingest-harness.js';
import { formatFailures, summariseReport } from './support/format-failures.js';
import { loadSeedMessages } from './support/load-seed-messages.js';
import { runRobustness } from './support/run-robustness.js';

let harness: IngestHarness;

beforeAll(async () => {
  harness = await startIngestHarness({ provider: 'postgresql', label: 'robustness_pg' });
});

afterAll(async () => {
  await harness?.stop();
});

describe('seeded mutations through the full ingest path (PostgreSQL slice)', () => {
  it('ends 200 mutated messages durably on PostgreSQL, each within 5 s', async () => {
    const { seeds, sharedCorpora } = loadSeedMessages();
    const report = await runRobustness({ harness, seeds, sharedCorpora, firstSeed: 500_001, count: 200 });
    console.log(summariseReport(report));
    expect(formatFailures(report, ' --provider postgresql')).toEqual([]);
  }, 300_000);

  it('runs with only the project\'s own fixtures (as where ../shared/corpora is absent)', async () => {
    const { seeds, sharedCorpora } = loadSeedMessages({ includeSharedCorpora: false });
    expect(sharedCorpora).toBe(false);
    expect(seeds.every((s) => !s.name.startsWith('corpora/'))).toBe(true);
    const report = await runRobustness({ harness, seeds, sharedCorpora, firstSeed: 700_001, count: 100 });
    console.log(summariseReport(report));
    expect(formatFailures(report, ' --provider postgresql --no-shared-corpora')).toEqual([]);
    expect(report.outcomes.created ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
