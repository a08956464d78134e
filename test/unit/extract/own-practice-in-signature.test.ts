import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a main contact who gives their own practice only in their signature. Every email here is written for this test. */
const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('extending a main contact whose own practice is in the signature', () => {
  it('takes the code in the text as the practice taken on, and the signature\'s as the existing one', async () => {
    const c = await extractCase(plainEmail(['From: Tomasz Brennan-Ek <tomasz.brennan-ek@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Extend main contact'], [
      'Hello,', '', "I'm the main contact for our practice (see my signature) and from next month we are also taking on Heathview Surgery, ODS p81 204, at 9 Heath Road, Garstang PR3 1AB.", '',
      'Please extend my main contact access to include Heathview.', '',
      'Many thanks', '', 'Tomasz Brennan-Ek', 'Business Manager', 'Riverbend Medical Practice | ODS P81077', 'Mill Street, Garstang PR3 1EZ', 'Tel 01995 555 200 | Mob 07700 900 321', 'tomasz.brennan-ek@nhs.net', '',
    ]), { mailbox: 'datamanager' });
    expect(c.kind).toBe('main_contact_extension');
    expect(c.organisation?.odsCode).toBe('P81077');
    expect(fields(c).existingPractice).toMatchObject({ odsCode: 'P81077', name: 'Riverbend Medical Practice', address: 'Mill Street, Garstang PR3 1EZ', phone: '01995 555 200' });
    expect(fields(c).existingPractice?.mainContact).toEqual({ name: 'Tomasz Brennan-Ek', email: 'tomasz.brennan-ek@nhs.net' });
    expect(fields(c).newPractice).toMatchObject({ odsCode: 'P81204', name: 'Heathview Surgery', address: '9 Heath Road, Garstang PR3 1AB' });
  });

  it('leaves a request alone whose code in the text is the writer\'s own practice', async () => {
    const c = await extractCase(plainEmail(['From: Tomasz Brennan-Ek <tomasz.brennan-ek@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Extend main contact'], [
      'Hello,', '', 'I am the main contact for Riverbend Medical Practice, P81077. Please extend my access to the new practice once it has a code.', '',
      'Tomasz Brennan-Ek', 'Business Manager', 'Riverbend Medical Practice | ODS P81077', '',
    ]), { mailbox: 'datamanager' });
    expect(fields(c).existingPractice?.odsCode).toBe('P81077');
    expect(fields(c).newPractice?.odsCode ?? null).toBeNull();
  });
});
