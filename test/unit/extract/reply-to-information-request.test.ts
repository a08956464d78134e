import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a reply to PCSE's "further information required" message, the rest of the case in the quote. Texts written here. */
function reply(quoted: string[]): Buffer {
  return plainEmail(['From: Westmoor Surgery Admin <westmoor.admin@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: RE: PCSE-2026-007731 - GPP user administrator'], [
    'Hello, apologies - his email is idris.mensah2@nhs.net', '', 'Thanks', 'Carol', '',
    '-----Original Message-----', 'From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', 'Sent: 03 December 2026 15:12', 'Subject: PCSE-2026-007731 - GPP user administrator', '',
    ...quoted, ''
    ]);
}

describe('a reply to PCSE asking for more information', () => {
  it('reads the case from PCSE\'s quoted summary and the new value from the reply', async () => {
    const c = await extractCase(reply([
      'Dear Sir/Madam,', 'Thank you for your request to add Idris Mensah as a GPP Practice User Administrator for Westmoor Surgery (D81044).',
      'Before we can process it we need the following information:', '  - the nominee\'s email address', 'Kind regards', 'PCSE Online Support',
    ]), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('user_admin_nomination');
    expect(c.organisation?.odsCode).toBe('D81044');
    expect((c.fields as { nominee?: unknown }).nominee).toEqual({ name: 'Idris Mensah', email: 'idris.mensah2@nhs.net' });
  });

  it('does not read a quoted PCSE message that asked for nothing', async () => {
    const c = await extractCase(reply(['Dear Sir/Madam,', 'Idris Mensah has been added as a GPP Practice User Administrator for Westmoor Surgery (D81044).', 'Kind regards', 'PCSE Online Support']), { mailbox: 'portalenquiries' });
    expect(c.organisation?.odsCode ?? null).toBeNull();
  });
});
