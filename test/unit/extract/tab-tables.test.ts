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

describe('a two-column pipe table', () => {
  it('is a label and its value a row, under a ruled-off header that names the columns', async () => {
    const c = await extractCase(plainEmail(['From: Orla Keane <orla.keane@pillbox-online.co.uk>', 'To: pcse.portalenquiries@nhs.net', 'Subject: Main contact'], [
      'Please change our main contact as below.', '',
      '| Item              | Detail                         |',
      '|-------------------|--------------------------------|',
      '| Pharmacy          | Pillbox Online (FQ7T2)         |',
      '| Current contact   | Ross Deane (left)              |',
      '| New main contact  | Orla Keane                     |',
      '| New contact email | orla.keane@pillbox-online.co.uk |', '',
      'Orla Keane', 'Superintendent Pharmacist', '',
    ]), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('main_contact_change');
    expect(c.fields.newMainContact).toEqual({ name: 'Orla Keane', email: 'orla.keane@pillbox-online.co.uk' });
  });
});
