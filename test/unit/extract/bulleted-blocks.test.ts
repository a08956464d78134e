import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a practice's details as a bulleted list under a bare heading. Every email here is written for this test. */
const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('details as bullets under "Main practice" and "Branch"', () => {
  it('reads each block\'s name, address and phone, the branch\'s name with its site after the dash', async () => {
    const c = await extractCase(plainEmail(['From: Imogen Tate <imogen.tate@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: New branch'], [
      'Good morning,', '', 'Please set up PCSE Online access for our new branch site.', '',
      'Main practice',
      '• Fellside Health Centre',
      '• GP practice, code N82051',
      '• Main contact: Imogen Tate, imogen.tate@nhs.net',
      '• 4 Mill Lane, Kendal LA9 4RT',
      '• 01539 555 100', '',
      'Branch',
      '• Main contact: Mrs Dorota Wiśniewska, dorota.wisniewska@nhs.net',
      '• Branch code: n82051 002',
      '• Fellside Health Centre - Staveley',
      '• Station Yard, Staveley, Kendal LA8 9NE',
      '• 01539 555 140', '',
      'Kind regards', 'Imogen Tate', 'Practice Manager', '',
    ]), { mailbox: 'datamanager' });
    expect(c.kind).toBe('branch_setup');
    expect(fields(c).mainPractice).toMatchObject({ odsCode: 'N82051', name: 'Fellside Health Centre', address: '4 Mill Lane, Kendal LA9 4RT', phone: '01539 555 100' });
    expect(fields(c).branch).toMatchObject({ odsCode: 'N82051002', name: 'Fellside Health Centre - Staveley', address: 'Station Yard, Staveley, Kendal LA8 9NE', phone: '01539 555 140' });
  });
});
