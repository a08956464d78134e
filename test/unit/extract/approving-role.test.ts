import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: an approver who signs with a day job and an approving office together. Texts written here. */
function selfApproval(signedAs: string): Buffer {
  return plainEmail(['From: Ffion Rees <ffion.rees@nhs.net>', 'To: portalenquiries@nhs.net', 'Subject: PL admin'], [
    "Please make Gethin Lloyd (gethin.lloyd@nhs.net) a PL organisation administrator for Tywi Surgery, W92033. I am the practice's CQC Registered Manager and I approve this.", '',
    'Ffion Rees', signedAs, ''
    ]);
}
const roleOf = async (signedAs: string): Promise<unknown> => ((await extractCase(selfApproval(signedAs), { mailbox: 'portalenquiries' })).fields as { approver?: { role?: unknown } }).approver?.role;

describe('the role an approver approves in', () => {
  it('is the approving office beside a day job', async () => {
    expect(await roleOf('Practice Manager & CQC Registered Manager')).toBe('CQC Registered Manager');
  });
  it('is both when both are offices', async () => {
    expect(await roleOf('Caldicott Guardian / GP Partner')).toBe('Caldicott Guardian / GP Partner');
  });
});
