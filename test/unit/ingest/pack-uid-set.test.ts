import { describe, expect, it } from 'vitest';
import { packUidSet } from '../../../ingest/sources/imap-mailbox.js';

describe('packUidSet (RFC 3501 §9 sequence-set for a batch FETCH or STORE)', () => {
  it('collapses runs of consecutive UIDs and keeps gaps', () => {
    expect(packUidSet([1, 2, 3, 5, 7, 8, 10])).toBe('1:3,5,7:8,10');
  });

  it('writes a single UID alone and an empty batch as nothing', () => {
    expect(packUidSet([42])).toBe('42');
    expect(packUidSet([])).toBe('');
  });
});
