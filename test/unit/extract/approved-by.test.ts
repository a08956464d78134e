import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: "Approved by Dr X, Role (address)" names the approver, their role and address. Text written here. */
describe('an approver named after "approved by"', () => {
  it('reads the name, the role after its comma and the address in brackets', async () => {
    const raw = plainEmail(['From: Precious Mbeki <precious.mbeki@nhs.net>', 'To: portalenquiries@nhs.net', 'Subject: Extra GPP user administrator - Larkfield Surgery G82011'], [
      'Dear PCSE,', '', 'Please add Tobias Lindqvist (tobias.lindqvist@nhs.net) as a GPP user administrator for Larkfield Surgery, G82011.', '',
      'Authorised by Dr Ngozi Eze, Senior Partner (ngozi.eze@nhs.net) - the signed form will follow.', '', 'Regards', 'Precious Mbeki', 'Practice Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: unknown }).approver).toEqual({ name: 'Ngozi Eze', email: 'ngozi.eze@nhs.net', role: 'Senior Partner' });
  });

  const nomination = (line: string): Buffer => plainEmail(['From: Contracts Team <contracts@brightwell-group.co.uk>', 'To: portalenquiries@nhs.net', 'Subject: OPTO admin'], [
    'Please make Amara Quinn (amara.quinn@brightwell-group.co.uk) an OPTO organisation user administrator for our Leek store, TPQ21.', '', line, '', 'Contracts Team', ''
    ]);

  it('reads a description of the approver before their name', async () => {
    const c = await extractCase(nomination("Authorised by the contract holder's nominated director, Hugo Penhallow, Director of Eyecare."), { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: unknown }).approver).toEqual({ name: 'Hugo Penhallow', email: null, role: 'Director of Eyecare' });
  });

  it('reads "signed by Dr X (Role)"', async () => {
    const c = await extractCase(nomination('The form is attached, signed by Dr Hugo Penhallow (Contract Holder).'), { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: unknown }).approver).toEqual({ name: 'Hugo Penhallow', email: null, role: 'Contract Holder' });
  });
});
