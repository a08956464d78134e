import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a system notification with dot-leader labels; a forwarder who "confirms and authorises". Texts written here. */
describe('labels with dot leaders', () => {
  it('reads "Name .......... SURNAME, Forename" as the user, not the primary user who added them', async () => {
    const raw = plainEmail(['From: Open Exeter <openexeter.notifications@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: New user awaiting authorisation (M85019)'], [
      'A new user has been added by Primary User Declan Forsyth (declan.forsyth@nhs.net) for organisation M85019.', '',
      '    Name .......... VAN DER BERG, Lotte', '    Username ...... LVANDERBERG', '    Email ......... lotte.vanderberg@nhs.net', '',
      'Please authorise this user and issue a temporary password.', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect((c.fields as { user?: { email?: unknown; username?: unknown } }).user).toMatchObject({ email: 'lotte.vanderberg@nhs.net', username: 'LVANDERBERG' });
    expect((c.fields as { createdBy?: unknown }).createdBy).toEqual({ name: 'Declan Forsyth', email: 'declan.forsyth@nhs.net' });
  });
});

describe('names written surname first in capitals', () => {
  it('reads "OKONKWO, CHIDINMA" (forename in capitals too) as the whole person, user and creator alike', async () => {
    const raw = plainEmail(['From: Open Exeter <openexeter.notifications@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: New user created (F85004)'], [
      'A new user account has been created and needs authorising.', '',
      'Organisation code:  F85004', 'New user name:      OKONKWO, CHIDINMA', 'New user ID:        COKONKWO3', 'New user email:     chidinma.okonkwo@nhs.net',
      'Created by:         DE SOUSA, MARTA (Primary User)', 'Creator email:      marta.desousa@nhs.net', '',
    ]);
    const c = await extractCase(raw, { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect((c.fields as { user?: { name?: unknown } }).user?.name).toBe('CHIDINMA OKONKWO');
    expect((c.fields as { createdBy?: { name?: unknown } }).createdBy?.name).toBe('MARTA DE SOUSA');
  });

  it('keeps the forename when an address follows in the same table cell ("KAVANAGH, Dervla" then the address)', async () => {
    const raw = plainEmail(['From: Ivo Petrov <ivo.petrov@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Change of main contact, Linden Lodge Surgery B86011'], [
      'Please change the main contact for Linden Lodge Surgery (B86011).', '', 'New main contact: HOLLIS, Marguerite, marguerite.hollis@nhs.net', '', 'Ivo Petrov', 'Practice Manager', '',
    ]);
    const c = await extractCase(raw, { mailbox: 'datamanager' });
    expect(c.kind).toBe('main_contact_change');
    expect(JSON.stringify(c.fields)).toContain('"name":"Marguerite HOLLIS"');
  });
});

describe('a forwarder who confirms and authorises the request below', () => {
  it('is the signatory, in the role they state', async () => {
    const raw = plainEmail(['From: Yetunde Bakare <yetunde.bakare@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: FW: Open Exeter permissions'], [
      'PCSE - I confirm and authorise the request below as Caldicott Guardian for Elmbank Surgery.', '', 'Yetunde Bakare', '',
      'From: Rob Tennant <rob.tennant@nhs.net>', 'Sent: Monday, 7 December 2026 09:10', 'To: Yetunde Bakare <yetunde.bakare@nhs.net>', 'Subject: Open Exeter permissions', '',
      'Hi Yetunde, could you authorise Zara Iqbal (username ZIQBAL, zara.iqbal@nhs.net) being given the Open Exeter permission Result Letters and forward to PCSE?', '',
      'Practice: Elmbank Surgery, P81022', '', 'Thanks', 'Rob Tennant', 'Assistant Practice Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'openexeter' });
    expect((c.fields as { signatory?: unknown }).signatory).toMatchObject({ name: 'Yetunde Bakare', email: 'yetunde.bakare@nhs.net', role: 'caldicott_guardian' });
  });
});

describe('"the following permissions" for a new administrator, to the Open Exeter mailbox', () => {
  it('is a permissions request, not a user-administrator nomination', async () => {
    const raw = plainEmail(['From: Hazel Brennan <hazel.brennan@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: Open Exeter access'], [
      "I'm the practice manager at Fenby Surgery (R81022). Please can you give our new administrator, Kit Lorimer (kit.lorimer@nhs.net, username KLORIMER), the following permissions:", '',
      '- Patient Enquiry', '- Result Letters', '', 'Thanks,', 'Hazel Brennan', 'Practice Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect((c.fields as { user?: unknown }).user).toMatchObject({ name: 'Kit Lorimer', email: 'kit.lorimer@nhs.net', username: 'KLORIMER' });
  });
});

describe('a notice that a primary user created an account', () => {
  it('is a new user to authorise, not a request for a primary user, whatever its headings say', async () => {
    const raw = plainEmail(['From: Open Exeter <openexeter.notifications@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: Open Exeter: account awaiting authorisation (L81022)'], [
      'OPEN EXETER - ORGANISATION MAINTENANCE', 'USER NOTICE', '',
      'A Primary User has created the following user account. The account is inactive until authorised by PCSE.', '',
      'Organisation code : L81022', 'User ID           : TPETROVA1', 'User name         : Teodora Petrova', 'User email        : teodora.petrova@nhs.net',
      'Created by        : Gethin Morgan-Price (gethin.morgan-price@nhs.net)', '',
    ]);
    const c = await extractCase(raw, { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect((c.fields as { user?: unknown }).user).toEqual({ name: 'Teodora Petrova', email: 'teodora.petrova@nhs.net', username: 'TPETROVA1' });
    expect((c.fields as { createdBy?: unknown }).createdBy).toEqual({ name: 'Gethin Morgan-Price', email: 'gethin.morgan-price@nhs.net' });
  });
});
