import { describe, expect, it } from 'vitest';
import { findReplacements } from '../../../ingest/extract/corrections.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/**
 * Issue 9: a writer who changes their mind in the same email and names only the new value ("Actually, please make it
 * X instead"). Every email here is written for this test.
 */
describe('a second thought that names only the new value', () => {
  it('reads the new name and address, and not a fallback', () => {
    const found = (text: string) => findReplacements(text).map(({ name, email }) => [name, email]);
    expect(found('Actually, please make it Priya Raman-Lowe instead (priya.raman-lowe@nhs.net) - sorry!')).toEqual([['Priya Raman-Lowe', 'priya.raman-lowe@nhs.net']]);
    expect(found('Change of plan: please use oakfield.admin@nhs.net instead.')).toEqual([[null, 'oakfield.admin@nhs.net']]);
    expect(found('Instead, please make it Tom Okafor, tom.okafor@nhs.net.')).toEqual([['Tom Okafor', 'tom.okafor@nhs.net']]);
    expect(found('If Jan is not available, please make it Tom Okafor instead.')).toEqual([]);
    expect(found('Please set Jan up as administrator.')).toEqual([]);
  });

  it('puts the new main contact in place of the one first named', async () => {
    const c = await extractCase(plainEmail(['From: Reception <kestrel.reception@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: Main contact'], [
      'Hi,', '', 'Please change the main contact for Kestrel Dental Care (V104422) to Jan Kowalczyk, jan.kowalczyk@nhs.net.', '',
      'Sorry, scrap that - Jan is only here until March. Please make it Priya Raman-Lowe instead: priya.raman-lowe@nhs.net.', '',
      'Thanks', 'Front desk', '',
    ]), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('main_contact_change');
    expect(c.fields.newMainContact).toEqual({ name: 'Priya Raman-Lowe', email: 'priya.raman-lowe@nhs.net' });
    expect(c.evidence['fields.newMainContact.name']).toContain('instead');
  });

  it('replaces the nominee, not the approver who signs below', async () => {
    const c = await extractCase(plainEmail(['From: Helen Brandt <helen.brandt@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: OPTO user administrator'], [
      'Hello,', '', 'I am the contract holder at Brandt Opticians (TQ418) and I would like Sam Ortiz (sam.ortiz@nhs.net) set up as our user administrator.', '',
      'Actually, please make it Leona Fitch instead (leona.fitch@nhs.net), as Sam is leaving.', '',
      'Helen Brandt', 'Contract Holder', '',
    ]), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('user_admin_nomination');
    expect(c.fields.nominee).toEqual({ name: 'Leona Fitch', email: 'leona.fitch@nhs.net' });
    expect((c.fields.approver as { name: unknown }).name).toBe('Helen Brandt');
  });

  it('puts the new practice address in place of the one first asked for, and keeps the current one', async () => {
    const c = await extractCase(plainEmail(['From: Ola Berg <ola.berg@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Practice email'], [
      'Hello,', '', 'Oakfield Surgery, M85012. Please change our practice email from oakfield.surgery@nhs.net to oakfield.reception@nhs.net.', '',
      'Actually, the reception mailbox is closing, so please make it oakfield.admin@nhs.net instead.', '', 'Ola', '',
    ]), { mailbox: 'datamanager' });
    expect(c.kind).toBe('practice_email_update');
    expect(c.fields.newEmail).toBe('oakfield.admin@nhs.net');
    expect(c.fields.currentEmail).toBe('oakfield.surgery@nhs.net');
  });

  it('leaves a case alone when extraction already took the new value', async () => {
    const c = await extractCase(plainEmail(['From: Ola Berg <ola.berg@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Practice email'], [
      'Hello,', '', 'Please make oakfield.admin@nhs.net our practice email instead of the old surgery one, for Oakfield Surgery M85012.', '', 'Ola', '',
    ]), { mailbox: 'datamanager' });
    expect(c.fields.newEmail).toBe('oakfield.admin@nhs.net');
  });
});

describe('the sender taking over as main contact', () => {
  it('is the new main contact, not the person they take over from', async () => {
    const c = await extractCase(plainEmail(['From: Ines Duarte-Webb <ines.duarte-webb@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: Main contact Y05511'], [
      'Hello, I am the new manager at Larchfield Unit and I am taking over as the main contact for the practice from Roger Baines, who has retired. Please update it to me - Ines Duarte-Webb, ines.duarte-webb@nhs.net.', '',
      'Thanks', 'Ines', '',
    ]), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('main_contact_change');
    expect(c.fields.newMainContact).toEqual({ name: 'Ines Duarte-Webb', email: 'ines.duarte-webb@nhs.net' });
  });
});
