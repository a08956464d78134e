import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequestEmail } from '../support/ingest-emails.js';
import { startIngestHarness, type IngestHarness } from './support/ingest-harness.js';
import { loadSisimaiBounces, PROJECT_ROOT, type SeedMessage } from './support/load-seed-messages.js';

/** The project's own bounces always run; sisimai's 629 join them when ../shared/corpora is present. */
const OWN_BOUNCES = ['test/fixtures/emails/datamanager/bounce-dsn.eml', 'test/fixtures/emails/openexeter/bounce-ndr-auto-submitted.eml'];

let harness: IngestHarness;
let bounces: SeedMessage[];
const results: { name: string; outcome: string; caseId: string | null }[] = [];

beforeAll(async () => {
  bounces = [
    ...OWN_BOUNCES.map((f) => ({ name: f, raw: readFileSync(path.join(PROJECT_ROOT, f)), mailbox: null })),
    ...loadSisimaiBounces(),
  ];
  harness = await startIngestHarness({ provider: 'sqlite', label: 'bounces', ackHourlyCap: 1000 });
  let i = 0;
  for (const b of bounces) {
    const mailbox = (['portalenquiries', 'datamanager', 'openexeter'] as const)[i % 3]!;
    const { outcome } = await harness.deliver({ mailbox, sourceKey: `bounce:${i++}`, raw: b.raw });
    results.push({ name: b.name, outcome: outcome.outcome, caseId: 'caseId' in outcome ? outcome.caseId : null });
  }
  // Acknowledgements are sent before process() resolves; give the sink a moment to parse the last one.
  await new Promise((r) => setTimeout(r, 500));
}, 280_000);

afterAll(async () => {
  await harness?.stop();
});

describe('bounces and feedback reports through the full ingest path', () => {
  it('makes no case of any bounce', async () => {
    expect(results.length).toBe(bounces.length);
    expect(results.filter((r) => r.caseId !== null || r.outcome === 'created' || r.outcome === 'attached').map((r) => `${r.name}: ${r.outcome}`)).toEqual([]);
    expect(await harness.db.prisma.case.count()).toBe(0);
  });

  it('sends no reply to any bounce (the SMTP sink received nothing)', async () => {
    expect(harness.sink.messages.map((m) => m.subject)).toEqual([]);
    // The same path does answer a genuine request, so the silence above is not a dead mailer.
    const { outcome } = await harness.deliver({ mailbox: 'portalenquiries', sourceKey: 'bounce:control', raw: buildRequestEmail({}).raw });
    expect(outcome.outcome).toBe('created');
    await harness.sink.waitFor(() => true, 5000);
    expect(harness.sink.messages).toHaveLength(1);
  });
});
