import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a practice manager who asks for the practice address to become their own. Written for this test. */
describe('"change it to my own nhs.net address, X"', () => {
  it('takes X as the new practice address, and says it is one person\'s mailbox', async () => {
    const c = await extractCase(plainEmail(['From: Tobias Engel <tobias.engel@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Practice email - Rosemount Dental V041122'], [
      'Hello,', '', 'Our practice email is rosemount.dental@nhs.net but it is not monitored. Please change the practice email to my own nhs.net address, tobias.engel@nhs.net, as I manage the practice.', '',
      'Tobias Engel', 'Practice Manager', '',
    ]), { mailbox: 'datamanager' });
    expect(c.kind).toBe('practice_email_update');
    expect(c.fields).toMatchObject({ currentEmail: 'rosemount.dental@nhs.net', newEmail: 'tobias.engel@nhs.net' });
    expect(c.findings.map((f) => f.code)).toContain('individual_mailbox');
  });
});
