import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every plain JavaScript module of the runtime directories, relative to the repository. */
function plainModules(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return relative === path.join('core', 'generated') ? [] : plainModules(relative);
    return entry.name.endsWith('.mjs') ? [relative] : [];
  });
}

/** A message carrying one scanned (image-only) form, as a practice sends it. */
function scannedFormEmail(): string {
  const pdf = readFileSync(path.join(root, 'test/fixtures/pdf/scan-gpp-certification-signed.pdf')).toString('base64');
  return [
    'From: Practice Manager <pm.test@nhs.net>',
    'To: portalenquiries@pcse.test',
    'Subject: User admin form',
    'Date: Fri, 04 Dec 2026 09:00:00 +0000',
    'Message-ID: <compiled-runtime-test@nhs.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please find the signed form attached.',
    '--b1',
    'Content-Type: application/pdf; name="form.pdf"',
    'Content-Disposition: attachment; filename="form.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    ...(pdf.match(/.{1,76}/g) ?? []),
    '--b1--',
    '',
  ].join('\r\n');
}

// What `npm start` and production run is the compiled build (bin/pcse.js prefers dist/), not the TypeScript the
// other tests load: a module the build leaves out fails only there.
describe('the compiled runtime (npm run build)', () => {
  const scratch = mkdtempSync(path.join(root, 'scratch-build-'));
  const outDir = path.relative(root, path.join(scratch, 'dist'));

  beforeAll(async () => {
    await run(process.execPath, [path.join(root, 'scripts/build.mjs'), `--out-dir=${outDir}`], { cwd: root });
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds every plain JavaScript module the TypeScript loads beside it', () => {
    const modules = ['core', 'ingest', 'bot', 'templates', 'cli'].flatMap(plainModules);
    expect(modules).toContain(path.join('ingest', 'extract', 'ocr-process.mjs'));
    const absent = modules.filter((m) => !existsSync(path.join(root, outDir, m)));
    expect(absent).toEqual([]);
  });

  it('reads a scanned form through OCR', async () => {
    const file = path.join(scratch, 'scan.eml');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, scannedFormEmail()));
    const { stdout } = await run(process.execPath, [path.join(root, outDir, 'cli/pcse.js'), 'parse', '--mailbox', 'portalenquiries', file], { cwd: root, timeout: 60_000 });
    const parsed = JSON.parse(stdout.trim().split('\n')[0] ?? '{}') as { findings: { code: string }[]; error?: string | null };
    expect(parsed.error ?? null).toBeNull();
    expect(parsed.findings.map((f) => f.code)).not.toContain('attachment_unreadable');
    expect(JSON.stringify(parsed)).toMatch(/scan/i);
  }, 90_000);
});
