import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';

/** Issue 9: "Approved by Dr X, Role (address)" names the approver, their role and address. Text written here. */
describe('an approver named after "approved by"', () => {
  it('reads the name, the role after its comma and the address in brackets', async () => {
    const raw = Buffer.from([
      'Message-ID: <approved-by-1@example.nhs.net>', 'Date: Thu, 03 Dec 2026 10:00:00 +0000', 'From: Precious Mbeki <precious.mbeki@nhs.net>', 'To: portalenquiries@nhs.net',
      'Subject: Extra GPP user administrator - Larkfield Surgery G82011', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      'Dear PCSE,', '', 'Please add Tobias Lindqvist (tobias.lindqvist@nhs.net) as a GPP user administrator for Larkfield Surgery, G82011.', '',
      'Authorised by Dr Ngozi Eze, Senior Partner (ngozi.eze@nhs.net) - the signed form will follow.', '', 'Regards', 'Precious Mbeki', 'Practice Manager', '',
    ].join('\r\n'));
    const c = await extractCase(raw, { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: unknown }).approver).toEqual({ name: 'Ngozi Eze', email: 'ngozi.eze@nhs.net', role: 'Senior Partner' });
  });

  const nomination = (line: string): Buffer => Buffer.from([
    'Message-ID: <approved-by-2@example.nhs.net>', 'Date: Thu, 03 Dec 2026 10:00:00 +0000', 'From: Contracts Team <contracts@brightwell-group.co.uk>', 'To: portalenquiries@nhs.net',
    'Subject: OPTO admin', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
    'Please make Amara Quinn (amara.quinn@brightwell-group.co.uk) an OPTO organisation user administrator for our Leek store, TPQ21.', '', line, '', 'Contracts Team', '',
  ].join('\r\n'));

  it('reads a description of the approver before their name', async () => {
    const c = await extractCase(nomination("Authorised by the contract holder's nominated director, Hugo Penhallow, Director of Eyecare."), { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: unknown }).approver).toEqual({ name: 'Hugo Penhallow', email: null, role: 'Director of Eyecare' });
  });

  it('reads "signed by Dr X (Role)"', async () => {
    const c = await extractCase(nomination('The form is attached, signed by Dr Hugo Penhallow (Contract Holder).'), { mailbox: 'portalenquiries' });
    expect((c.fields as { approver?: unknown }).approver).toEqual({ name: 'Hugo Penhallow', email: null, role: 'Contract Holder' });
  });
});
