import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqCaseQueue, type BullmqCaseQueue } from '../../../core/adapters/bullmq-case-queue.js';
import { createPrismaScanReadingStore } from '../../../core/adapters/prisma-scan-reading.js';
import type { ParsedCase } from '../../../core/domain/case.js';
import { READ_FROM_SCAN } from '../../../ingest/extract/index.js';
import { stopOcrProcess } from '../../../ingest/extract/ocr-process.mjs';
import { clearPdfReadCache, closePdfWorkers } from '../../../ingest/extract/pdf-form.js';
import { readPendingScans } from '../../../ingest/ocr-service.js';
import { createMessageProcessor } from '../../../ingest/process-message.js';
import type { SourceMessage } from '../../../ingest/sources/source-message.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { childProcesses } from '../../support/processes.js';
import { emailWithPdf } from '../../support/flate-bomb.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';

// OCR is seconds a page on a shared 2-core host: this runs in the SERIAL group (scripts/test.sh).
const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url));
const SIGNED = fixture('scan-gpp-certification-signed.pdf');
const UNSIGNED = fixture('scan-gpp-certification-unsigned.pdf');


/**
 * Issue 13 and issue 9: ingest stores a scanned form's case at once, marked "scanned form being read", without
 * starting OCR; the OCR service (`pcse ocr`) reads the stored email's scan and fills in what is still empty.
 */
describe('scanned forms are read by the OCR service, not by ingest (PostgreSQL, Redis)', () => {
  let db: TestDatabase;
  let store: AllStorePorts;
  let queue: BullmqCaseQueue;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    db = await createTestDatabase('postgresql', 'ocr_service');
    store = openAllStorePorts(db.prisma);
    queue = createBullmqCaseQueue({ redisUrl: SHARED_REDIS_URL, prefix: uniqueRedisPrefix('ocr-service') });
  });
  afterAll(async () => {
    stopOcrProcess();
    await closePdfWorkers();
    await queue?.close();
    await db?.drop();
  });

  const message = (pdf: Buffer, label: string): SourceMessage => {
    const raw = Buffer.from(emailWithPdf(pdf).toString('latin1').replace('<pdf-limit@nhs.net>', `<${label}@nhs.net>`), 'latin1');
    return { mailbox: 'portalenquiries', sourceKey: `imap:portalenquiries:1:${label}`, uidValidity: '1', uid: 1, raw, size: raw.length, receivedAt: new Date() };
  };
  const ingest = () => createMessageProcessor({ store, queue, mailer: null, ackLimiter: null, logger, trustedAuthServId: null, scans: 'deferred' });
  const service = () => ({ store: { ...createPrismaScanReadingStore(db.prisma), ...store }, queue, logger });
  const caseOf = async (label: string) => db.prisma.case.findFirstOrThrow({ where: { emails: { some: { sourceKey: `imap:portalenquiries:1:${label}` } } } });
  const codes = (row: { findings: string }) => (JSON.parse(row.findings) as { code: string }[]).map((f) => f.code);

  it('stores the case at once with the scan pending and no OCR child, then fills it in from the scan with OCR evidence', async () => {
    clearPdfReadCache();
    const outcome = await ingest().process(message(SIGNED, 'signed'));
    expect(outcome.outcome).toBe('created');
    expect(childProcesses('ocr-child.mjs')).toEqual([]);
    const pending = await caseOf('signed');
    expect(codes(pending)).toContain('scan_pending');
    expect(pending.queuedAt).not.toBeNull();
    const before = JSON.parse(pending.parsed) as ParsedCase;
    expect((before.fields as { nominee?: { email?: string } }).nominee?.email ?? null).toBeNull();

    expect(await readPendingScans(service())).toBe(1);
    const read = await caseOf('signed');
    expect(codes(read)).not.toContain('scan_pending');
    expect(codes(read)).not.toContain('missing_signature');
    expect(read.version).toBe(pending.version + 1);
    const parsed = JSON.parse(read.parsed) as ParsedCase;
    expect(parsed.kind).toBe('user_admin_nomination');
    expect(parsed.organisation?.odsCode).toBe('P87021');
    expect((parsed.fields as { nominee: { email: string } }).nominee.email).toBe('grace.oduya@nhs.net');
    expect(parsed.evidence['fields.nominee.email']).toContain(READ_FROM_SCAN);
    expect(parsed.confidence?.['fields.nominee.email']).toBeLessThan(1);
    // The new version goes back through the outbox (its card is posted or replaced) and the change is audited.
    expect(read.queuedAt).not.toBeNull();
    const events = await db.prisma.auditEvent.findMany({ where: { caseId: read.id, type: 'scan_read' } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.data)).toMatchObject({ filled: expect.arrayContaining(['fields.nominee.email']) });
    // Idempotent: nothing is pending any more, and a second pass changes nothing.
    expect(await readPendingScans(service())).toBe(0);
    expect((await caseOf('signed')).version).toBe(read.version);
  }, 120_000);

  it('keeps what staff corrected before the scan was read, raises the blank signature box, and loses to a concurrent change', async () => {
    await ingest().process(message(UNSIGNED, 'unsigned'));
    // Staff edit only a case awaiting approval (one whose email body gave every required value; the scan then adds
    // the rest): this one is put there directly.
    await db.prisma.case.updateMany({ where: { emails: { some: { sourceKey: 'imap:portalenquiries:1:unsigned' } } }, data: { state: 'awaiting_approval' } });
    const pending = await caseOf('unsigned');
    const parsed = JSON.parse(pending.parsed) as ParsedCase;
    const edited: ParsedCase = { ...parsed, fields: { ...parsed.fields, nominee: { ...(parsed.fields.nominee as object), email: 'corrected.by.staff@nhs.net' } } };
    const actor = { aadObjectId: 'aad-1', tenantId: 'tenant-1', name: 'Sam Staff' };
    const saved = await store.saveCaseEdit(pending.id, { parsed: edited, findings: edited.findings, changes: [{ path: 'fields.nominee.email', from: null, to: 'corrected.by.staff@nhs.net' }], expectedVersion: pending.version, actor });
    expect(saved).not.toBeNull();

    // A pass that read the case before the edit does not store over it.
    const scans = createPrismaScanReadingStore(db.prisma);
    expect(await scans.storeScanReading(pending.id, { expectedVersion: pending.version, parsed, filled: [] })).toBeNull();
    expect(codes(await caseOf('unsigned'))).toContain('scan_pending');

    expect(await readPendingScans(service())).toBe(1);
    const read = await caseOf('unsigned');
    const after = JSON.parse(read.parsed) as ParsedCase;
    expect((after.fields as { nominee: { email: string } }).nominee.email).toBe('corrected.by.staff@nhs.net');
    // What staff had not touched is filled from the scan.
    expect(after.organisation?.odsCode).toBeTruthy();
    expect(codes(read)).toContain('missing_signature');
    expect(codes(read)).not.toContain('scan_pending');
  }, 120_000);
});
