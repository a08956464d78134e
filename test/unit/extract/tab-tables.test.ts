import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a comparison table pasted from Outlook with a tab between cells, one column per site. Text written here. */
describe('a tab-separated comparison table', () => {
  it('gives each column its own site', async () => {
    const raw = plainEmail(['From: Wendy Ashby <wendy.ashby@nhs.net>', 'To: datamanager@nhs.net', 'Subject: New branch set up'], [
      'Dear PCSE, please set up our new branch.', '',
      '\tMain practice\tBranch', 'Practice name\tMarlow Road Surgery\tMarlow Road Surgery - Bourne End', 'ODS code\tK81050\tK81050003',
      'Address\t9 Marlow Road, High Wycombe, HP11 1TD\t4 Wakeman Road, Bourne End, SL8 5SX', 'Telephone\t01494 496100\t01628 496330', '',
      'Kind regards,', 'Wendy Ashby', 'Business Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'datamanager' });
    const f = c.fields as { mainPractice: Record<string, unknown>; branch: Record<string, unknown> };
    expect(f.mainPractice).toMatchObject({ odsCode: 'K81050', name: 'Marlow Road Surgery', address: '9 Marlow Road, High Wycombe, HP11 1TD', phone: '01494 496100' });
    expect(f.branch).toMatchObject({ odsCode: 'K81050003', name: 'Marlow Road Surgery - Bourne End', address: '4 Wakeman Road, Bourne End, SL8 5SX', phone: '01628 496330' });
  });
});
