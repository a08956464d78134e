import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngestHarness, type IngestHarness } from './support/ingest-harness.js';
import { buildSenderVariants, hostileDnsResolver, TRUSTS_SENDER_RESULTS } from './support/hostile-senders.js';

let harness: IngestHarness;
let verdicts: Verdict[];

interface Verdict { name: string; control: boolean; knownBug: string | null; outcome: string; verdict: string | null; unauthenticated: boolean }

beforeAll(async () => {
  harness = await startIngestHarness({ provider: 'sqlite', label: 'hostile', dnsResolver: hostileDnsResolver, ackHourlyCap: 1000 });
  verdicts = [];
  let i = 0;
  for (const variant of buildSenderVariants()) {
    const { raw } = await variant.build();
    const { outcome } = await harness.deliver({ mailbox: 'portalenquiries', sourceKey: `hostile:${i++}`, raw });
    const stored = outcome.outcome === 'created' ? await harness.store.getCase(outcome.caseId) : null;
    verdicts.push({
      name: variant.name,
      control: variant.control,
      knownBug: variant.knownBug ?? null,
      outcome: outcome.outcome,
      verdict: stored?.parsed.authentication?.verdict ?? null,
      unauthenticated: stored?.findings.some((f) => f.code === 'sender_unauthenticated') ?? false,
    });
  }
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

const spoofedButTrusted = (v: Verdict) => v.verdict === 'pass' || !v.unauthenticated;

describe('hostile senders through the full ingest path (extract, DKIM with a local resolver, store, queue, SMTP)', () => {
  it('turns every variant into a case, so each is judged', () => {
    expect(verdicts.filter((v) => !v.control).length).toBeGreaterThanOrEqual(50);
    expect(verdicts.filter((v) => v.outcome !== 'created')).toEqual([]);
  });

  it('never authenticates a forged, spoofed or look-alike sender', () => {
    expect(verdicts.filter((v) => !v.control && !v.knownBug && spoofedButTrusted(v)).map((v) => v.name)).toEqual([]);
  });

  it('authenticates the genuine controls (aligned nhs.net DKIM, the boundary\'s topmost pass)', () => {
    const controls = verdicts.filter((v) => v.control);
    expect(controls.length).toBeGreaterThanOrEqual(3);
    expect(controls.filter((v) => v.verdict !== 'pass' || v.unauthenticated).map((v) => v.name)).toEqual([]);
  });

  // Fails until ingest/extract/sender-auth.ts is fixed (reported to its owner; robustness run 2026).
  it(`bug: ${TRUSTS_SENDER_RESULTS}`, async () => {
    const affected = verdicts.filter((v) => v.knownBug === TRUSTS_SENDER_RESULTS);
    expect(affected.length).toBeGreaterThan(0);
    const raw = readFileSync(new URL('../fixtures/robustness/forged-authentication-results-below-received.eml', import.meta.url));
    const { outcome } = await harness.deliver({ mailbox: 'portalenquiries', sourceKey: 'hostile:fixture', raw });
    expect(outcome.outcome).toBe('created');
    const stored = outcome.outcome === 'created' ? await harness.store.getCase(outcome.caseId) : null;
    expect(stored?.parsed.authentication?.verdict).not.toBe('pass');
    expect(stored?.findings.map((f) => f.code)).toContain('sender_unauthenticated');
    expect(affected.filter(spoofedButTrusted).map((v) => v.name)).toEqual([]);
  });
});
