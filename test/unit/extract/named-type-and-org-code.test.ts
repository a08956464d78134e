import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: findings a reviewer must see — an organisation named as one type with another type's code; a short "org code". Texts written here. */
function email(body: string[]): Buffer {
  return plainEmail(['From: Idris Vaughan <idris.vaughan@nhs.net>', 'To: portalenquiries@nhs.net', 'Subject: Main contact change'], [ ...body, ''
    ]);
}
const codes = async (body: string[]): Promise<string[]> => (await extractCase(email(body), { mailbox: 'portalenquiries' })).findings.map((f) => f.code);

describe('an organisation whose name and code disagree', () => {
  it('raises ods_type_mismatch for a pharmacy given a dental-shaped code', async () => {
    expect(await codes(['Please make me the main contact.', '', 'Organisation: Quayside Pharmacy', 'Organisation code: V014473', 'New main contact: Idris Vaughan', 'Email: idris.vaughan@nhs.net'])).toContain('ods_type_mismatch');
  });
  it('raises nothing when the name fits the code', async () => {
    expect(await codes(['Please make me the main contact.', '', 'Organisation: Quayside Dental Practice', 'Organisation code: V014473', 'New main contact: Idris Vaughan', 'Email: idris.vaughan@nhs.net'])).not.toContain('ods_type_mismatch');
  });
});

describe('a practice code one digit short after "org code"', () => {
  it('is kept and raised as ods_invalid', async () => {
    expect(await codes(['Please change the main contact for Brookvale Surgery, org code K8301, to Lowri Pugh (lowri.pugh@nhs.net).'])).toContain('ods_invalid');
  });
});
