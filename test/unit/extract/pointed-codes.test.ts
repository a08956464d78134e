import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { requestedOdsCode, withoutRetractedCodes } from '../../../ingest/extract/field-helpers.js';

/**
 * Issue 9: which of several codes a request is about. A group listing its sites and then naming one, and a writer
 * taking a code back, must not put the list's first code (or the retracted one) on the card. Texts written here.
 */
function email(body: string, mailbox = 'portalenquiries'): Buffer {
  return Buffer.from([
    `Message-ID: <codes-${Math.random().toString(36).slice(2)}@example.nhs.net>`, 'Date: Thu, 03 Dec 2026 10:00:00 +0000',
    'From: Ottoline Marsh <ottoline.marsh@nhs.net>', `To: ${mailbox}@nhs.net`, 'Subject: Main contact change', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, '',
  ].join('\r\n'));
}

describe('the code a request is about', () => {
  it('is the listed code the writer names again, not the first of the list', async () => {
    const text = 'Our dental group runs these practices:\n* Brightsmile Bexley V012345\n* Brightsmile Crayford V023456\n* Brightsmile Dartford V034567\n\nPlease change the main contact for Crayford, V023456, to Ifeoma Nwosu (ifeoma.nwosu@nhs.net).';
    expect(requestedOdsCode(text)?.value).toBe('V023456');
    const c = await extractCase(email(text), { mailbox: 'portalenquiries' });
    expect(c.organisation?.odsCode).toBe('V023456');
  });

  it('stays the first code when no listed code is named again, or two are', () => {
    expect(requestedOdsCode('Sites: V012345, V023456, V034567. Please update the contact.')?.value).toBe('V012345');
    expect(requestedOdsCode('Sites:\nV012345\nV023456\nV034567\nPlease update V012345 and V023456.')?.value).toBe('V012345');
  });

  it('is the corrected code when the writer takes one back on the same line', () => {
    expect(withoutRetractedCodes('Practice code M83021 - apologies, typo, the correct code is M83012')).toBe('correct code is M83012');
    expect(withoutRetractedCodes('Practice code M83021, thanks')).toBe('Practice code M83021, thanks');
    expect(requestedOdsCode('Our code is J81044, oops wrong one, it should be J81040.')?.value).toBe('J81040');
  });
});
