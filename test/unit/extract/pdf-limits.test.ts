import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { clearPdfReadCache, closePdfWorkers, getPdfWorkerStats, readPdfForm } from '../../../ingest/extract/pdf-form.js';
import { withinInflateBudget } from '../../../ingest/extract/pdf-inflate-guard.js';
import { emailWithPdf, makeFlateBombPdf } from '../../support/flate-bomb.js';

let bomb: Buffer;

beforeAll(async () => {
  bomb = await makeFlateBombPdf();
}, 30_000);

afterAll(async () => {
  await closePdfWorkers();
});

describe('PDF limits', () => {
  it('the bomb is small: the point is that 1 KB decodes to 512 MB', () => {
    expect(bomb.length).toBeLessThan(2048);
  });

  it('answers a flate bomb unreadable within 3 s without decoding it', async () => {
    clearPdfReadCache();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const r = await readPdfForm(bomb);
    expect(r.status).toBe('unreadable');
    expect(r.error).toMatch(/decompresses to more than the limit/);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('passes every committed fixture PDF, bomb guard and all', async () => {
    const dir = new URL('../../fixtures/pdf/', import.meta.url);
    for (const f of readdirSync(dir)) expect(await withinInflateBudget(readFileSync(new URL(f, dir))), f).toBe(true);
  });

  it('reads the same bytes once: a second read is answered from the cache without the thread', async () => {
    clearPdfReadCache();
    const doc = await PDFDocument.create();
    const f = doc.getForm().createTextField('NomineeName');
    f.setText('Cached Once');
    f.addToPage(doc.addPage(), { x: 50, y: 700 });
    const bytes = Buffer.from(await doc.save());
    const first = await readPdfForm(bytes);
    expect(first.fields[0]?.value).toBe('Cached Once');
    // With no thread alive, a cached answer needs none.
    await closePdfWorkers();
    const spawned = getPdfWorkerStats().spawned;
    const second = await readPdfForm(Buffer.from(bytes));
    expect(second).toEqual(first);
    expect(getPdfWorkerStats().spawned).toBe(spawned);
  });

  it('pcse parse answers an email carrying the bomb within 3 s and under 256 MB, with attachment_unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcse-bomb-'));
    const file = join(dir, 'bomb.eml');
    writeFileSync(file, emailWithPdf(bomb));
    // The command's own code path, timed and measured inside the process (tsx start-up is not the PDF's cost).
    const script = [
      "import { runParse } from './cli/commands/parse.ts';",
      'const started = performance.now();',
      "const code = await runParse([process.argv[1]], 'portalenquiries');",
      "process.stderr.write(JSON.stringify({ code, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }) + '\\n');",
    ].join('\n');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { cwd: process.cwd(), timeout: 60_000 });
    const stats = JSON.parse(stderr.trim().split('\n').at(-1)!) as { code: number; ms: number; maxRssKb: number };
    const parsed = JSON.parse(stdout) as { findings: { code: string; message: string }[] };
    expect(parsed.findings).toContainEqual(expect.objectContaining({ code: 'attachment_unreadable', message: expect.stringContaining('form.pdf') }));
    expect(stats.code).toBe(0);
    expect(stats.ms).toBeLessThan(3_000);
    expect(stats.maxRssKb).toBeLessThan(256 * 1024);
  }, 60_000);
});
