import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: practices written as blocks under their headings, one detail a line. Texts written here. */
function email(body: string[]): Buffer {
  return plainEmail(['From: Oona Kerrigan <oona.kerrigan@nhs.net>', 'To: datamanager@nhs.net', 'Subject: extend my main contact to a second practice'], [ ...body, ''
    ]);
}

describe('a practice written as a block under its heading', () => {
  it('reads the name, the address over several lines and the phone of each block', async () => {
    const c = await extractCase(email([
      'Dear Data Manager,', '', 'I am main contact for Ashgrove Practice and now also manage Tilbury Road Surgery. Please extend my main contact to it.', '',
      'Our current practice:', 'Ashgrove Practice - ODS F85014', '7 Ashgrove Close, Enfield, EN2 6QT', '020 7946 0321', '',
      'New practice: Tilbury Road Surgery, code F85 629', 'Tilbury Road', 'Edmonton', 'N9 8PL', '',
      'Thank you', 'Oona Kerrigan', 'Practice Manager',
    ]), { mailbox: 'datamanager' });
    const f = c.fields as { existingPractice: Record<string, unknown>; newPractice: Record<string, unknown> };
    expect(f.existingPractice).toMatchObject({ odsCode: 'F85014', name: 'Ashgrove Practice', address: '7 Ashgrove Close, Enfield, EN2 6QT', phone: '020 7946 0321' });
    expect(f.newPractice).toMatchObject({ odsCode: 'F85629', name: 'Tilbury Road Surgery', address: 'Tilbury Road, Edmonton, N9 8PL' });
  });
});

describe('a sender who is main contact for the main practice and will be for the branch', () => {
  it('is both sites\' main contact, with the title written in brackets', async () => {
    const raw = plainEmail(['From: Kofi Boateng <kofi.boateng@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Branch access'], [
      "I'd like to set up PCSE Online access for our new branch. I am the main contact for the main practice and I will also be the main contact for the branch (Mr Kofi Boateng, kofi.boateng@nhs.net).", '',
      'Main practice: Dale End Surgery, ODS code J81044, 3 Dale End, Shrewsbury, SY1 2AA.', '', 'Branch: Dale End Surgery at Bayston, ODS code J81044002, 9 Hill Road, Bayston Hill, SY3 0AA.', '',
      'Thanks', 'Kofi Boateng', 'Practice Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'datamanager' });
    const f = c.fields as { mainPractice: { mainContact: unknown }; branch: { mainContact: unknown } };
    expect(f.mainPractice.mainContact).toEqual({ name: 'Kofi Boateng', email: 'kofi.boateng@nhs.net' });
    expect(f.branch.mainContact).toEqual({ title: 'Mr', name: 'Kofi Boateng', email: 'kofi.boateng@nhs.net' });
  });
});
