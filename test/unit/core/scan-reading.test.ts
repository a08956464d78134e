import { describe, expect, it } from 'vitest';
import { finaliseCase } from '../../../core/domain/cases/index.js';
import { CONTEXT, makeDraft } from './case-builders.js';
import { planAcknowledgement } from '../../../core/domain/cases/plan-replies.js';
import { applyScanReading } from '../../../core/domain/cases/scan-reading.js';
import { isScanPending, makeFinding } from '../../../core/domain/findings.js';

const PENDING = makeFinding('scan_pending', 'form.pdf is a scanned form being read: the values on page 1 are added when it has been read.');
const SCAN_EVIDENCE = 'Read from a scan: check (OCR page 1, confidence 91 %): Nominee email: kirsty.dodds@nhs.net';

/** A nomination as ingest stores it before its scanned form is read: the nominee is on the scan. */
function storedBeforeScan() {
  return finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: null, email: null } }, { findings: [PENDING] }));
}

/** The same email read again with OCR. */
function readWithOcr(overrides: Parameters<typeof makeDraft>[2] = {}) {
  return finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: 'Kirsty Dodds', email: 'kirsty.dodds@nhs.net' } }, {
    evidence: { 'fields.nominee.email': SCAN_EVIDENCE, 'fields.nominee.name': 'Read from a scan: check (OCR page 1, confidence 90 %): Nominee full name: Kirsty Dodds' },
    confidence: { 'fields.nominee.email': 0.8, 'fields.nominee.name': 0.8 },
    ...overrides,
  }));
}

/** What the acknowledgement asks the practice to send. */
function missingAsked(effect: ReturnType<typeof planAcknowledgement>[number] | undefined): unknown[] {
  if (effect?.type !== 'send-reply') throw new Error('no acknowledgement planned');
  return effect.model.missing as unknown[];
}

describe('applyScanReading: what the OCR service does to a case stored with its scan pending', () => {
  it('fills what was missing from the scan, with its evidence and confidence, and the pending marker goes', () => {
    const stored = storedBeforeScan();
    expect(stored.missing).toEqual(expect.arrayContaining(['fields.nominee.email']));
    const after = applyScanReading(stored, [readWithOcr()]);
    expect(after.fields.nominee).toEqual({ name: 'Kirsty Dodds', email: 'kirsty.dodds@nhs.net' });
    expect(after.missing).toEqual([]);
    expect(after.evidence['fields.nominee.email']).toBe(SCAN_EVIDENCE);
    expect(after.confidence?.['fields.nominee.email']).toBe(0.8);
    expect(isScanPending(after)).toBe(false);
  });

  it('drops a hint for a value the scan filled in, and keeps the scan\'s hint for one it left empty', () => {
    const hint = (path: string, value: string) => ({ path, value, confidence: 0.4, reason: 'doubtful', evidence: null });
    const stored = finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: null, email: null } }, { findings: [PENDING], hints: [hint('fields.nominee.email', 'k.dodds@nhs.net')] }));
    const read = finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: null, email: 'kirsty.dodds@nhs.net' } }, { hints: [hint('fields.nominee.name', 'K Dodds')] }));
    const after = applyScanReading(stored, [read]);
    expect(after.hints?.map((h) => h.path)).toEqual(['fields.nominee.name']);
  });

  it('never overwrites a value the case already had, nor fills back one staff corrected', () => {
    const stored = finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: 'Kirsty Dodds', email: 'typed.by.staff@nhs.net' } }, { findings: [PENDING] }));
    const after = applyScanReading(stored, [readWithOcr()]);
    expect((after.fields.nominee as { email: string }).email).toBe('typed.by.staff@nhs.net');
    const cleared = finaliseCase(makeDraft('user_admin_nomination', { service: 'GPP', nominee: { name: 'Kirsty Dodds', email: null } }, { findings: [PENDING] }));
    const kept = applyScanReading(cleared, [readWithOcr()], ['fields.nominee.email']);
    expect((kept.fields.nominee as { email: string | null }).email ?? null).toBeNull();
    expect(kept.missing).toContain('fields.nominee.email');
  });

  it("takes the scan's findings (blank signature box, unreadable page) in place of the pending marker", () => {
    const unsigned = readWithOcr({ findings: [makeFinding('missing_signature', 'The form is filled in but its signature is empty.'), makeFinding('scan_unreadable', 'form.pdf is a scan and page 2 could not be read by OCR: read it by hand.')] });
    const codes = applyScanReading(storedBeforeScan(), [unsigned]).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['missing_signature', 'scan_unreadable']));
    expect(codes).not.toContain('scan_pending');
  });

  it('gives a case nobody classified the kind its scan makes clear', () => {
    const stored = finaliseCase(makeDraft('unclassified', {}, { findings: [PENDING] }));
    const after = applyScanReading(stored, [readWithOcr()]);
    expect(after.kind).toBe('user_admin_nomination');
    expect(after.fields.nominee).toEqual({ name: 'Kirsty Dodds', email: 'kirsty.dodds@nhs.net' });
  });

  it('says the scan could not be read when there is no stored email to read it from', () => {
    const after = applyScanReading(storedBeforeScan(), []);
    expect(after.findings.map((f) => f.code)).toContain('scan_unreadable');
    expect(isScanPending(after)).toBe(false);
  });

  it('does not ask the practice, in the acknowledgement, for values that may be on the scan being read', () => {
    const [ack] = planAcknowledgement(storedBeforeScan(), CONTEXT);
    expect(missingAsked(ack)).toEqual([]);
    const [afterRead] = planAcknowledgement(applyScanReading(storedBeforeScan(), []), CONTEXT);
    expect(missingAsked(afterRead).length).toBeGreaterThan(0);
  });
});
