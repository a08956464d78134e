import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { personalDisplayName } from '../../../ingest/extract/field-helpers.js';

/**
 * Issue 9: a shared mailbox's display name ("Contracts Team - Northgate Dental") is not a person. Before, it was put
 * on the card as the approver's or requester's name. Texts written here.
 */
describe('a team display name is nobody', () => {
  it('gives way to the person who signs the message off', () => {
    expect(personalDisplayName('Contracts Team - Northgate Dental Group', 'Best wishes\n\nClinical Services Director\nAnneliese Varga\nNorthgate Dental Group Ltd | Company No. 0123')).toBe('Anneliese Varga');
    expect(personalDisplayName('Reception', 'Thanks\nRhodri ap Gwilym\nReception Lead')).toBe('Rhodri ap Gwilym');
  });

  it('is left missing when no line of the sign-off is only a name', () => {
    expect(personalDisplayName('Practice Admin (Fernlea Surgery)', 'Thanks\nThe admin team')).toBeNull();
  });

  it('keeps a person\'s own display name, with or without an organisation after it', () => {
    expect(personalDisplayName('Anneliese Varga', 'Thanks\nSomeone Else')).toBe('Anneliese Varga');
    expect(personalDisplayName('Anneliese Varga - Northgate Dental Group', '')).toBe('Anneliese Varga - Northgate Dental Group');
  });

  it('puts the signer, not the mailbox, on a user-admin nomination', async () => {
    const raw = Buffer.from([
      'Message-ID: <team-1@northgate.example>', 'Date: Thu, 03 Dec 2026 10:00:00 +0000', 'From: Contracts Team - Northgate Dental Group <contracts@northgate-dental.example>',
      'To: portalenquiries@nhs.net', 'Subject: PL user administrator for Northgate Dental Bexley', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      'Hello,', '', 'Please make our practice manager the PL user administrator for Northgate Dental Bexley (V012345):', '', 'Name: Kofi Mensah', 'Email: kofi.mensah@nhs.net', '',
      'As the contract holder I approve this nomination.', '', 'Best wishes', '', 'Clinical Services Director', 'Anneliese Varga', 'Northgate Dental Group Ltd | Company No. 01234567', '',
    ].join('\r\n'));
    const c = await extractCase(raw, { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: { name?: string | null } }).approver?.name).toBe('Anneliese Varga');
  });
});
