import { describe, expect, it } from 'vitest';
import { findCorrections } from '../../../ingest/extract/corrections.js';
import { splitBody } from '../../../ingest/extract/split-body.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9 (thirteenth session): support teams forward a practice's request two deep, correct a value halfway down
 * ("should be X instead, not the reception one"), or put their own note under everything they forward. Every email
 * here is written for this test.
 */
describe('a correction halfway down', () => {
  it('reads "should be X instead, not the reception one" and "the number is 01632 960 118, not 960 181"', () => {
    expect(findCorrections('So the new practice email should be fernlea.admin@nhs.net instead, not the reception one.')).toMatchObject([{ right: 'fernlea.admin@nhs.net', wrong: 'reception' }]);
    expect(findCorrections('One correction: the branch telephone number is 01632 960 118, not 960 181 as in her email.')).toMatchObject([{ right: '01632 960 118', wrong: '960 181' }]);
  });

  it('gives the case the corrected address', async () => {
    const c = await parseEmail('datamanager', { From: 'Sana Iqbal <sana.iqbal@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Practice email' },
      'Hi,\n\nPlease can you update the practice email for Fernlea Surgery, practice code M85091.\n\nCurrent practice email: fernlea.surgery@nhs.net\nNew practice email: reception.fernlea@nhs.net\n\nActually - sorry, the partners want the admin mailbox used. So the new practice email should be fernlea.admin@nhs.net instead, not the reception one.\n\nThanks,\nSana\n');
    expect(fieldsOf(c).newEmail).toBe('fernlea.admin@nhs.net');
  });
});

const forwardedTwice = [
  'PCSE - see the practice\'s request below; my note is at the bottom.', '',
  '________________________________', 'From: Kate Lowe <kate.lowe@nhs.net>', 'Sent: Monday, 16 November 2026 15:20', 'To: Olu Brand <olu.brand@nhs.net>', 'Subject: FW: New ODS code - Mill Street branch', '',
  'Hi Olu,', '', 'The ODS code for our new branch has come through (see below). Could you ask PCSE to set it up for us?', '',
  'Main practice: Quayside Surgery, C82071', 'Main practice phone: 01632 960 100', '', 'Branch main contact: Miss Holly Dean, holly.dean@nhs.net', 'Branch phone: 01632 960 181', '',
  'Thanks', 'Kate', '',
  '________________________________', 'From: Exeter Helpdesk <exeter.helpdesk@nhs.net>', 'Sent: Monday, 16 November 2026 09:02', 'To: Kate Lowe <kate.lowe@nhs.net>', 'Subject: New ODS code - Mill Street branch', '',
  'Dear Kate,', '', 'A new ODS code has been created for your branch site:', '', 'C82071002  QUAYSIDE SURGERY - MILL STREET BRANCH', '', 'Kind regards', 'ODS Team', '',
  '________________________________', '',
  'PCSE - please set up the branch as above. One correction: the branch telephone number is 01632 960 118, not 960 181 as in Kate\'s email.', '',
  'Thanks', 'Olu Brand', 'Digital Lead', '',
].join('\n');

describe('a note under everything forwarded', () => {
  it('is the sender\'s own new text, and a rule with a header under it is still a forward', () => {
    const split = splitBody(forwardedTwice, 'FW: FW: New ODS code - Mill Street branch');
    expect(split.newText).toContain('my note is at the bottom');
    expect(split.newText).toContain('the branch telephone number is 01632 960 118');
    expect(split.forwarded?.from.email).toBe('kate.lowe@nhs.net');
    // Kate points at the ODS team's message ("see below"): it is part of what she forwards.
    expect(split.forwarded?.text).toContain('C82071002');
  });

  it('is not found in a message with no forward or quote above the rule', () => {
    const split = splitBody('Hi,\n\nPlease set up our branch.\n\n________________________________\n\nThis email is confidential.', 'Branch');
    expect(split.newText).not.toContain('confidential');
  });

  it('gives the branch its code from two forwards down and the corrected phone from the note', async () => {
    const c = await parseEmail('datamanager', { From: 'Olu Brand <olu.brand@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'FW: FW: New ODS code - Mill Street branch' }, forwardedTwice);
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'C82071002', phone: '01632 960 118' });
  });
});
