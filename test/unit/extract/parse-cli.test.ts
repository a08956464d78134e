import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../../..');
const F = join(REPO, 'test/fixtures/emails/portalenquiries');

describe('pcse parse', () => {
  it('prints one JSON line per readable file, reports the missing one on stderr and exits non-zero', () => {
    const r = spawnSync(process.execPath, ['bin/pcse.js', 'parse', '--mailbox', 'portalenquiries', join(F, 'user_admin_nomination-freetext.eml'), join(F, 'does-not-exist.eml'), join(F, 'auto_reply-oof.eml')], { cwd: REPO, encoding: 'utf8' });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; ignored: string | null });
    expect(lines.map((l) => l.kind)).toEqual(['user_admin_nomination', 'unclassified']);
    expect(lines[1]?.ignored).toBe('auto_reply');
    expect(r.stderr).toContain('does-not-exist.eml');
    expect(r.status).toBe(1);
  }, 60_000);

  it('refuses an unknown mailbox with exit code 2', () => {
    const r = spawnSync(process.execPath, ['bin/pcse.js', 'parse', '--mailbox', 'nope', join(F, 'auto_reply-oof.eml')], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid --mailbox/);
    expect(r.stdout).toBe('');
  }, 60_000);
});
