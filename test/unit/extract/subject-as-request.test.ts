import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a request written in the subject alone, above a body that only says "as above". Texts written here. */
function email(subject: string, body: string[]): Buffer {
  return plainEmail(['From: Gareth Pryce <gareth.pryce@nhs.net>', 'To: portalenquiries@nhs.net', `Subject: ${subject}`], [ ...body, ''
    ]);
}

describe('a request in the subject line', () => {
  it('reads the nominee the subject names when the body gives no address', async () => {
    const c = await extractCase(email('Pls make Rhiannon Vaughan rhiannon.vaughan3@nhs.net our PL admin for W92019', ['as per subject, thanks', '', 'Gareth']), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('user_admin_nomination');
    expect((c.fields as { nominee?: unknown }).nominee).toEqual({ name: 'Rhiannon Vaughan', email: 'rhiannon.vaughan3@nhs.net' });
  });

  it('reads the new main contact from the subject', async () => {
    const c = await extractCase(email('main contact for W92019 is now Rhiannon Vaughan rhiannon.vaughan3@nhs.net', ['see subject - our old contact retired.', '', 'Sent from my iPhone']), { mailbox: 'portalenquiries' });
    expect((c.fields as { newMainContact?: { email?: unknown } }).newMainContact?.email).toBe('rhiannon.vaughan3@nhs.net');
  });

  it('leaves a reply\'s subject to the older message', async () => {
    const c = await extractCase(email('Re: main contact for W92019 is now Rhiannon Vaughan rhiannon.vaughan3@nhs.net', ['Has this been done yet?', '', 'Gareth']), { mailbox: 'portalenquiries' });
    expect(JSON.stringify(c.fields)).not.toContain('rhiannon.vaughan3@nhs.net');
  });
});

describe('a request in the subject above an empty body', () => {
  it('reads the username the subject gives', async () => {
    const c = await extractCase(email('please unlock PCSE account - username MOSSPHARM2 - locked out', ['', '--', 'Moss Side Pharmacy', '3 Moss Lane, Bury BL9 6AA']), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('account_unlock');
    expect((c.fields as { username?: unknown }).username).toBe('MOSSPHARM2');
  });
});
