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
});
