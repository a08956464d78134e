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
