import { readFileSync } from 'node:fs';
import { PDFDocument, degrees } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractCase, READ_FROM_SCAN } from '../../../ingest/extract/index.js';
import { OCR_PROCESS, ocrPagesInChild, ocrProcessPid, stopOcrProcess } from '../../../ingest/extract/ocr-process.mjs';
import { clearPdfReadCache, closePdfWorkers, MESSAGE_PDF_BUDGET_MS, PDF_OCR, readPdfForm } from '../../../ingest/extract/pdf-form.js';
import { childProcesses } from '../../support/processes.js';
import { emailWithPdf, emailWithPdfs } from '../../support/flate-bomb.js';

// OCR is seconds a page on a shared 2-core host: these run in the SERIAL group (scripts/test.sh).
const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url));
const SIGNED = fixture('scan-gpp-certification-signed.pdf');
const UNSIGNED = fixture('scan-gpp-certification-unsigned.pdf');
const UNREADABLE = fixture('scan-unreadable.pdf');
const RULED = fixture('scan-opto-nomination-ruled-table.pdf');

afterAll(async () => {
  stopOcrProcess();
  await closePdfWorkers();
});


async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (check()) return true;
  return check();
}

describe('scanned forms (OCR)', () => {
  it('reads an image-only form by OCR and says so, with confidence and an inked signature box', async () => {
    const r = await readPdfForm(SIGNED);
    expect(r.status).toBe('ok');
    expect(r.source).toBe('ocr');
    expect(r.text).toContain('P87021');
    expect(r.text).toMatch(/Nominee full name: Grace Oduya/);
    expect(r.ocr).toMatchObject({ pages: [1], signature: 'signed', unreadablePages: [] });
    expect(r.ocr!.confidence).toBeGreaterThan(0.7);
    expect(r.ocr!.lines.find((l) => l.text.includes('P87021'))).toMatchObject({ page: 1, confidence: expect.any(Number) });
  }, 60_000);

  it('reports a blank signature box on a scan as unsigned: the case gets missing_signature', async () => {
    const r = await readPdfForm(UNSIGNED);
    expect(r.ocr?.signature).toBe('blank');
    const parsed = await extractCase(emailWithPdf(UNSIGNED), { mailbox: 'portalenquiries' });
    expect(parsed.findings.map((f) => f.code)).toContain('missing_signature');
  }, 60_000);

  it('gives values read by OCR evidence that says "read from a scan: check" and a confidence no higher than the OCR', async () => {
    const parsed = await extractCase(emailWithPdf(SIGNED), { mailbox: 'portalenquiries' });
    expect(parsed.kind).toBe('user_admin_nomination');
    expect(parsed.organisation?.odsCode).toBe('P87021');
    expect((parsed.fields as { nominee: { email: string } }).nominee.email).toBe('grace.oduya@nhs.net');
    const evidence = parsed.evidence['fields.nominee.email'];
    expect(evidence?.startsWith(READ_FROM_SCAN)).toBe(true);
    expect(evidence).toMatch(/OCR page 1, confidence \d+ %/);
    expect(parsed.confidence?.['fields.nominee.email']).toBeLessThanOrEqual(0.95);
    expect(parsed.findings.map((f) => f.code)).not.toContain('missing_signature');
    expect(parsed.findings.map((f) => f.code)).not.toContain('scan_unreadable');
  }, 60_000);

  it('reads a form scanned sideways onto a landscape page by turning it a quarter', async () => {
    // The signed scan's page drawn turned 90° on an A4 landscape page, as a flatbed scan of a sideways sheet comes out.
    const doc = await PDFDocument.create();
    const [scan] = await doc.embedPdf(SIGNED);
    const page = doc.addPage([842, 595]);
    page.drawPage(scan!, { x: 842, y: 0, rotate: degrees(90), width: scan!.width * (595 / scan!.height), height: 595 });
    const sideways = Buffer.from(await doc.save());
    clearPdfReadCache();
    const r = await readPdfForm(sideways);
    expect(r.source).toBe('ocr');
    expect(r.ocr?.unreadablePages).toEqual([]);
    expect(r.text).toContain('P87021');
    expect(r.text).toContain('grace.oduya@nhs.net');
  }, 90_000);

  it('reads a form fed into the scanner upside down by turning it half a turn', async () => {
    const doc = await PDFDocument.create();
    const [scan] = await doc.embedPdf(SIGNED);
    const page = doc.addPage([595, 842]);
    page.drawPage(scan!, { x: 595, y: 842, rotate: degrees(180), width: 595, height: 842 });
    const upsideDown = Buffer.from(await doc.save());
    clearPdfReadCache();
    const r = await readPdfForm(upsideDown);
    expect(r.source).toBe('ocr');
    expect(r.ocr?.unreadablePages).toEqual([]);
    expect(r.text).toContain('P87021');
    expect(r.text).toContain('grace.oduya@nhs.net');
  }, 90_000);

  it('reads every row of a form printed as a ruled table: the page is read again without its rules', async () => {
    // Read with its rules, tesseract took most of these rows (each boxed in on four sides) for pictures and dropped them.
    clearPdfReadCache();
    const r = await readPdfForm(RULED);
    for (const row of ['Practice name Wolds View Opticians', 'Nominee name Kofi Mensah', 'Nominee role Practice Manager', 'Nominee email kofi.mensah@nhs.net']) expect(r.text).toContain(row);
    // The signature box is judged on the page as scanned, rules and all.
    expect(r.ocr?.signature).toBe('signed');
  }, 60_000);

  it('raises scan_unreadable for a scan OCR cannot read, never an empty silence', async () => {
    clearPdfReadCache();
    await readPdfForm(SIGNED); // a warm tesseract worker: the budget below is the warm one
    // Noise takes tesseract ~15 s a page here; OCR's own deadline ends it, and the page is named as unread.
    const r = await readPdfForm(UNREADABLE);
    expect(r.status).toBe('ok');
    expect(r.ocr?.unreadablePages).toEqual([1]);
    const parsed = await extractCase(emailWithPdf(UNREADABLE), { mailbox: 'portalenquiries' });
    const finding = parsed.findings.find((f) => f.code === 'scan_unreadable');
    // Noise runs out of OCR's time rather than scoring low: the finding says which.
    expect(finding?.message).toMatch(/form\.pdf is a scan and page 1 (could not be read|was not read in time)/);
    expect(parsed.error).toMatch(/scan_unreadable/);
  }, 90_000);

  it('answers a message of scans from a cold start, each scan it had no time for named in a finding', async () => {
    await closePdfWorkers();
    clearPdfReadCache();
    const raw = emailWithPdfs([['noise.pdf', UNREADABLE], ['noise-again.pdf', UNREADABLE], ['signed.pdf', SIGNED], ['unsigned.pdf', UNSIGNED]]);
    // Two noise pages (seconds each even on an idle machine, ~15 s here) use up the message's budget: the scans after
    // them are not read in time, and say so. How long that takes is measured by the bench, not asserted here.
    const parsed = await extractCase(raw, { mailbox: 'portalenquiries' });
    const messages = parsed.findings.filter((f) => f.code === 'scan_unreadable' || f.code === 'attachment_unreadable').map((f) => f.message);
    for (const name of ['noise.pdf', 'noise-again.pdf', 'signed.pdf', 'unsigned.pdf']) {
      expect(messages.some((m) => m.startsWith(`${name} `) && /not read in time|not read: the time|could not be read/.test(m)), name).toBe(true);
    }
    expect(messages.some((m) => m.startsWith('unsigned.pdf ') && /not read in time|not read: the time/.test(m))).toBe(true);
  }, 60_000);

  it('reads a scan given the whole budget, and leaves its page "not read in time" when the budget is nearly spent', async () => {
    clearPdfReadCache();
    const whole = await readPdfForm(SIGNED, {}, { deadlineAt: Date.now() + MESSAGE_PDF_BUDGET_MS });
    expect(whole.ocr).toMatchObject({ unreadablePages: [], outOfTimePages: [] });
    clearPdfReadCache();
    const squeezed = await readPdfForm(UNSIGNED, {}, { deadlineAt: Date.now() + 100 });
    // Either the text read used the little time there was, or OCR found none left: never a silent empty read.
    if (squeezed.status === 'ok') expect(squeezed.ocr).toMatchObject({ unreadablePages: [1], outOfTimePages: [1] });
    else expect(squeezed.status).toBe('timeout');
    expect(await readPdfForm(SIGNED, {}, { deadlineAt: Date.now() - 1 })).toMatchObject({ status: 'timeout', error: 'message budget spent' });
  }, 60_000);

  it('reads scans in a child process of its own: ingest never maps the canvas library, and the child ends when idle', async () => {
    clearPdfReadCache();
    const r = await readPdfForm(SIGNED);
    expect(r.ocr?.unreadablePages).toEqual([]);
    // The PDF thread lives in this process; before OCR had its own process, the thread loaded @napi-rs/canvas here.
    expect(readFileSync('/proc/self/maps', 'utf8')).not.toMatch(/napi-rs\/canvas|skia/);
    expect(childProcesses('ocr-child.mjs')).toHaveLength(1);
    // Idle for OCR_PROCESS.idleMs: stopped, and its memory (tesseract, canvas, pdf.js's renderer) is the system's again.
    expect(await waitFor(() => childProcesses('ocr-child.mjs').length === 0, OCR_PROCESS.idleMs + 3_000)).toBe(true);
  }, 60_000);

  it('kills a child that passes its memory cap and reports the page unreadable, never empty; the next read starts afresh', async () => {
    const capped = await ocrPagesInChild(new Uint8Array(SIGNED), [1], { deadlineAt: Date.now() + 20_000, scale: PDF_OCR.scale, minConfidence: PDF_OCR.minConfidence, maxRssMb: 60 });
    expect(capped).toMatchObject({ unreadablePages: [1], outOfTimePages: [], text: '', failure: 'ocr process over its memory limit' });
    expect(ocrProcessPid()).toBeNull();
    const read = await ocrPagesInChild(new Uint8Array(SIGNED), [1], { deadlineAt: Date.now() + 20_000, scale: PDF_OCR.scale, minConfidence: PDF_OCR.minConfidence });
    expect(read.unreadablePages).toEqual([]);
    expect(read.text).toContain('P87021');
    expect(read.signature).toBe('signed');
    stopOcrProcess();
  }, 60_000);
});
