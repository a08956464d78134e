import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { findCorrections } from '../../../ingest/extract/corrections.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a writer who corrects a value in the same email. Every email here is written for this test. */
describe('a value the writer corrects in the same email', () => {
  it('finds "is actually X, not Y", "should be X not Y", "X - Y was …", "Y should read X", "X instead of Y"', () => {
    const pairs = (text: string) => findCorrections(text).map((c) => [c.right, c.wrong]);
    expect(pairs('Apologies, the code is actually D82044, not D82404.')).toEqual([['D82044', 'D82404']]);
    expect(pairs('Sorry, it should be D82044 not D82404 as I wrote above.')).toEqual([['D82044', 'D82404']]);
    expect(pairs('Correction: his login is TWHEELER4 - TWHEELER2 was his old account.')).toEqual([['TWHEELER4', 'TWHEELER2']]);
    expect(pairs('Typo above: D82404 should read D82044.')).toEqual([['D82044', 'D82404']]);
    expect(pairs('Sorry, please use anna.fox@nhs.net instead of anna.fox2@nhs.net.')).toEqual([['anna.fox@nhs.net', 'anna.fox2@nhs.net']]);
  });

  it('finds nothing in a contrast that corrects nothing', () => {
    expect(findCorrections('The branch is D82044, not the main surgery.')).toEqual([]);
    expect(findCorrections('Please make Tom the administrator, not Sam.')).toEqual([]);
  });

  it('puts the corrected practice code on the case, with the correcting sentence as evidence', async () => {
    const c = await extractCase(plainEmail(['From: Ewa Nowak <ewa.nowak@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: New practice email address'], [
      'Hello,', '', 'Please change the practice email for Marsh Lane Surgery, D82404, to marshlane.admin@nhs.net.', '',
      'Apologies, the code is actually D82044, not D82404.', '', 'Ewa Nowak', 'Practice Manager', '',
    ]), { mailbox: 'datamanager' });
    expect(c.kind).toBe('practice_email_update');
    expect(c.organisation?.odsCode).toBe('D82044');
    expect(c.evidence['organisation.odsCode']).toContain('actually D82044');
  });

  it('puts the corrected username and address on the case', async () => {
    const c = await extractCase(plainEmail(['From: Dr Kofi Mensah <kofi.mensah@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: Open Exeter permission'], [
      'Dear team,', '', 'As Lead GP at Marsh Lane Surgery (D82044) please add Prior Notification List to Tilly Wheeler\'s account (username TWHEELER2).', '',
      'Sorry - her username is TWHEELER4 - TWHEELER2 was a previous member of staff.', '', 'Dr Kofi Mensah', 'Lead GP', '',
    ]), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect((c.fields as { user?: { username?: unknown } }).user?.username).toBe('TWHEELER4');

    const update = await extractCase(plainEmail(['From: Ewa Nowak <ewa.nowak@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: New practice email address'], [
      'Please change the practice email for Marsh Lane Surgery (D82044) from marshlane.surgery@nhs.net to marshlane.frontdesk@nhs.net.', '',
      'Sorry, the new address is marshlane.admin@nhs.net, not the frontdesk one.', '', 'Ewa Nowak', '',
    ]), { mailbox: 'datamanager' });
    expect((update.fields as { newEmail?: unknown }).newEmail).toBe('marshlane.admin@nhs.net');
  });
});
