import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { WARM_UP_EMAILS } from '../../../ingest/extract/warm-up.js';

// The extraction thread reads these before it says it is ready (sandbox-worker.ts): they must take the paths real
// mail takes (a request read to its kind and fields), not fail early and warm nothing.
describe('warm-up emails', () => {
  it('each reads as a request with its organisation and at least one field, without an error', async () => {
    const kinds = new Set<string>();
    for (const { mailbox, raw } of WARM_UP_EMAILS) {
      const parsed = await extractCase(raw, { mailbox });
      expect(parsed.error).toBeNull();
      expect(parsed.kind).not.toBe('unclassified');
      expect(parsed.organisation?.odsCode).toMatch(/^Y999\d\d$/);
      expect(Object.values(parsed.fields).some((v) => v !== null)).toBe(true);
      kinds.add(parsed.kind);
    }
    expect(kinds.size).toBe(WARM_UP_EMAILS.length);
  });
});
