import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeExtractionSandbox, extractInSandbox, getExtractionSandboxStats } from '../../../ingest/extract/sandbox.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { clearPdfReadCache, closePdfWorkers, readPdfForm } from '../../../ingest/extract/pdf-form.js';
import { applyDkimVerdict } from '../../../ingest/verify-dkim.js';
import { emailWithPdf, emailWithPdfs, makeFlateBombPdf } from '../../support/flate-bomb.js';
import { noDnsResolver, startIngestHarness, type IngestHarness } from '../../robustness/support/ingest-harness.js';

const PDF_EMAIL = readFileSync(new URL('../../fixtures/emails/portalenquiries/user_admin_nomination-snake-case-acroform.eml', import.meta.url));
const UNLOCK_EMAIL = readFileSync(new URL('../../fixtures/robustness/long-subject-blocks-event-loop.eml', import.meta.url));

/** An HTML email with a 3 MB table: seconds of parsing and conversion, far over a 50 ms limit. */
function hugeHtmlEmail(): Buffer {
  const rows = Array.from({ length: 30_000 }, (_, i) => `<tr><td>Row ${i}</td><td>value ${i} for the practice</td></tr>`).join('');
  return Buffer.from(
    ['From: Practice Manager <pm@nhs.net>', 'To: portalenquiries@nhs.net', 'Subject: Please unlock my account', 'Message-ID: <huge-html@nhs.net>',
      'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', `<html><body><table>${rows}</table></body></html>`, ''].join('\r\n'),
  );
}

let harness: IngestHarness;

beforeAll(async () => {
  // Extraction gets 50 ms here, so a big email reliably overruns it.
  harness = await startIngestHarness({ provider: 'sqlite', label: 'sandbox', extractionTimeoutMs: 50 });
});

afterAll(async () => {
  await harness?.stop();
  await closeExtractionSandbox();
  await closePdfWorkers();
});

describe('extraction in a time-limited thread', () => {
  it('dead-letters an email whose extraction overruns the limit, with its bytes and a reason, and goes on', async () => {
    const raw = hugeHtmlEmail();
    const before = getExtractionSandboxStats().spawned;
    const { outcome } = await harness.deliver({ mailbox: 'portalenquiries', sourceKey: 'sandbox:huge', raw });
    expect(outcome).toMatchObject({ outcome: 'dead_letter' });
    expect((outcome as { reason: string }).reason).toMatch(/^extraction_timeout: /);
    const letter = await harness.db.prisma.deadLetter.findFirstOrThrow({ where: { sourceKey: 'sandbox:huge' } });
    expect(Buffer.from(letter.raw ?? []).equals(raw)).toBe(true);
    expect(await harness.db.prisma.email.count({ where: { sourceKey: 'sandbox:huge' } })).toBe(0);
    // The stuck thread was replaced; the next email (with the normal limit) is read as usual.
    expect(getExtractionSandboxStats().spawned).toBeGreaterThan(before);
    const next = await extractInSandbox(UNLOCK_EMAIL, { mailbox: 'portalenquiries', dnsResolver: noDnsResolver });
    expect(next).toMatchObject({ status: 'ok', parsed: { kind: 'account_unlock' } });
  });

  it('does not count the time an attached PDF takes against extraction (the PDF pool has its own limit)', async () => {
    await extractInSandbox(UNLOCK_EMAIL, { mailbox: 'portalenquiries', dnsResolver: noDnsResolver }); // a warm thread
    // Each PDF takes 1.5 s to read; extraction's own limit here is 500 ms, and none of those 1.5 s are its.
    let reads = 0;
    const slowReadPdf = async (content: Buffer) => {
      reads++;
      await new Promise((r) => setTimeout(r, 1_500));
      return readPdfForm(content);
    };
    const result = await extractInSandbox(PDF_EMAIL, { mailbox: 'portalenquiries', dnsResolver: noDnsResolver, readPdf: slowReadPdf, timeoutMs: 500 });
    expect(reads).toBe(1);
    expect(result.status).toBe('ok');
    const parsed = (result as Extract<typeof result, { status: 'ok' }>).parsed;
    expect(parsed.kind).toBe('user_admin_nomination');
    expect(parsed.error).toBeNull();
    expect(Object.keys(parsed.fields).length).toBeGreaterThan(2);
  });

  it('answers an email carrying a flate bomb within 3 s with attachment_unreadable (the ingest path)', async () => {
    const raw = emailWithPdf(await makeFlateBombPdf());
    await extractInSandbox(UNLOCK_EMAIL, { mailbox: 'portalenquiries', dnsResolver: noDnsResolver }); // a warm thread
    const started = performance.now();
    const result = await extractInSandbox(raw, { mailbox: 'portalenquiries', dnsResolver: noDnsResolver });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result.status).toBe('ok');
    const parsed = (result as Extract<typeof result, { status: 'ok' }>).parsed;
    expect(parsed.findings.map((f) => f.code)).toContain('attachment_unreadable');
    expect(parsed.error).toMatch(/attachment_unreadable: form\.pdf/);
  }, 30_000);

  it('answers an email attaching four scans within 10 s, naming each scan it had no time for (the ingest path)', async () => {
    const scan = (name: string) => readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url));
    const noise = scan('scan-unreadable.pdf');
    const raw = emailWithPdfs([['noise-1.pdf', noise], ['noise-2.pdf', noise], ['noise-3.pdf', noise], ['signed.pdf', scan('scan-gpp-certification-signed.pdf')]]);
    clearPdfReadCache();
    const started = performance.now();
    const result = await extractInSandbox(raw, { mailbox: 'portalenquiries', dnsResolver: noDnsResolver });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe('ok');
    const parsed = (result as Extract<typeof result, { status: 'ok' }>).parsed;
    const late = parsed.findings.filter((f) => /not read in time|not read: the time/.test(f.message)).map((f) => f.message.split(' ')[0]);
    // Three noise pages (each seconds of OCR even on an idle machine, ~15 s here) use up the message's budget: the
    // scan after them is named as not read in time, never dropped.
    expect(late).toContain('signed.pdf');
    expect(parsed.error).toMatch(/not read in time/);
  }, 60_000);

  it('gives the same case as extracting and checking DKIM in this thread', async () => {
    const receivedAt = new Date('2026-11-02T09:00:00Z');
    const inThread = await applyDkimVerdict(PDF_EMAIL, await extractCase(PDF_EMAIL, { mailbox: 'portalenquiries', receivedAt }), { resolver: noDnsResolver });
    const sandboxed = await extractInSandbox(PDF_EMAIL, { mailbox: 'portalenquiries', receivedAt, dnsResolver: noDnsResolver });
    expect(sandboxed).toEqual({ status: 'ok', parsed: inThread });
    expect(inThread.authentication?.verdict).toBe('fail');
  });

  it('leaves an email in flight at shutdown for the next start instead of dead-lettering it', async () => {
    const slow = await startIngestHarness({ provider: 'sqlite', label: 'sandbox-close', extractionTimeoutMs: 30_000 });
    try {
      const delivering = slow.deliver({ mailbox: 'portalenquiries', sourceKey: 'sandbox:closing', raw: hugeHtmlEmail() });
      await new Promise((r) => setTimeout(r, 100));
      await closeExtractionSandbox();
      const { outcome, thrown } = await delivering;
      expect((thrown[0] as { code?: string }).code).toBe('extraction_unavailable');
      // Offered again (as after a restart), it is read in full.
      expect(outcome.outcome).not.toBe('dead_letter');
      expect(await slow.db.prisma.deadLetter.count()).toBe(0);
    } finally {
      await slow.stop();
    }
  });
});
