import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';

// shared/corpora sits beside the checkout in CI; our own fixtures keep the test meaningful without it.
const CORPORA = join(import.meta.dirname, '../../../../shared/corpora');
const OWN = join(import.meta.dirname, '../../fixtures/emails');

function emls(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => join(dir, f)) : [];
}

describe('bounces and automatic replies are never requests', () => {
  it('recognises every sisimai bounce (or our own bounce fixtures) as bounce or auto_reply', async () => {
    const files = [...emls(join(CORPORA, 'sisimai-bounces')), join(OWN, 'datamanager/bounce-dsn.eml'), join(OWN, 'portalenquiries/auto_reply-oof.eml')];
    const missed: string[] = [];
    for (const f of files) {
      const parsed = await extractCase(readFileSync(f), { mailbox: 'portalenquiries' });
      if (parsed.ignored !== 'bounce' && parsed.ignored !== 'auto_reply') missed.push(f);
      expect(parsed.kind).toBe('unclassified');
    }
    expect(missed).toEqual([]);
  }, 120_000);

  it('calls none of the sisimai not-bounces (nor a real request) a bounce', async () => {
    const files = [...emls(join(CORPORA, 'sisimai-not-bounces')), join(OWN, 'portalenquiries/user_admin_nomination-freetext.eml')];
    for (const f of files) {
      const parsed = await extractCase(readFileSync(f), { mailbox: 'portalenquiries' });
      expect(parsed.ignored, f).not.toBe('bounce');
    }
  });
});
