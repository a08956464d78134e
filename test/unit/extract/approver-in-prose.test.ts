import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: approvals written as prose, by the writer or of a colleague copied in. Texts written here. */
function email(headers: string[], body: string[]): Buffer {
  return plainEmail(['To: portalenquiries@nhs.net', ...headers], [ ...body, ''
    ]);
}
const approverOf = async (raw: Buffer): Promise<unknown> => ((await extractCase(raw, { mailbox: 'portalenquiries' })).fields as { approver?: unknown }).approver;

describe('an approver written in prose', () => {
  it('is the writer who says they are approving it themselves, in the role they sign with', async () => {
    expect(await approverOf(email(['From: Imogen Thwaite <imogen.thwaite@nhs.net>', 'Subject: PCN user admin'], [
      'Hello,', '', 'Please set up Callum Reid (callum.reid4@nhs.net) as the PCSE Online user admin for our PCN, U61234.', '',
      "Our ICB contact is on leave so I'm approving this myself.", '', 'Best wishes', 'Imogen', '', 'Dr Imogen Thwaite', 'Clinical Director', 'Tamar Valley PCN',
    ]))).toEqual({ name: 'Imogen Thwaite', email: 'imogen.thwaite@nhs.net', role: 'Clinical Director' });
  });

  it('is the forwarded author who is happy for the nominee to be made admin', async () => {
    expect(await approverOf(email(['From: Bea Lowry <bea.lowry@nhs.net>', 'Subject: FW: admin access'], [
      'fyi, for action', '', 'Bea', '', '-----Original Message-----', 'From: Okafor Chinedu <chinedu.okafor@nhs.net>', 'Sent: 02 December 2026 17:01', 'To: Bea Lowry <bea.lowry@nhs.net>', 'Subject: admin access', '',
      "Bea, please pass to PCSE. I'm happy for Tamsin Gale to be a GPP user administrator - tamsin.gale2@nhs.net - for Orchard House Surgery, M83021.", '', 'Chinedu', '', 'Dr Chinedu Okafor', 'GP Partner', 'Orchard House Surgery',
    ]))).toMatchObject({ name: 'Chinedu Okafor', email: 'chinedu.okafor@nhs.net', role: 'GP Partner' });
  });

  it('is the colleague the writer says approved, with the address the Cc header gives them', async () => {
    expect(await approverOf(email(['From: Lena Fisk <lena.fisk@nhs.net>', 'Cc: Ravi Sethi <ravi.sethi@nhs.net>', 'Subject: new GPP admin'], [
      'Hi, please add Omar Haddad omar.haddad7@nhs.net as a GPP user admin for Quarry Lane Surgery (B86033).', '', 'Our managing partner Dr Ravi Sethi has approved this, he is copied.', '', 'Lena Fisk', 'Practice Manager',
    ]))).toEqual({ name: 'Ravi Sethi', email: 'ravi.sethi@nhs.net', role: 'managing partner' });
    expect(await approverOf(email(['From: Lena Fisk <lena.fisk@nhs.net>', 'Cc: Ravi Sethi <ravi.sethi@nhs.net>', 'Subject: new GPP admin'], [
      'Hi, please add Omar Haddad omar.haddad7@nhs.net as a GPP user admin for Quarry Lane Surgery (B86033).', '', 'Approved by Dr Ravi Sethi, Managing Partner (cc\'d).', '', 'Lena Fisk', 'Practice Manager',
    ]))).toEqual({ name: 'Ravi Sethi', email: 'ravi.sethi@nhs.net', role: 'Managing Partner' });
  });

  it('is nobody when the writer is only happy for PCSE to call them', async () => {
    expect(await approverOf(email(['From: Lena Fisk <lena.fisk@nhs.net>', 'Subject: new GPP admin'], [
      'Hi, please add Omar Haddad omar.haddad7@nhs.net as a GPP user admin for Quarry Lane Surgery (B86033).', "I'm happy for you to call me if anything is missing.", '', 'Lena Fisk', 'Practice Manager',
    ]))).toBeNull();
  });
});
