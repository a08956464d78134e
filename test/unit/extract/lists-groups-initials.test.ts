import { describe, expect, it } from 'vitest';
import { cleanOrganisationName, cleanPersonName, odsCodesWithLines } from '../../../ingest/extract/field-helpers.js';
import { readLabelledValues } from '../../../ingest/extract/labelled-lines.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9, hurried front-line mail (thirteenth session): a code typed in two groups after its label, a company name
 * that starts with an initial, and a numbered list under a section heading. Every email here is written for this test.
 */

describe('a code typed in two groups after its label', () => {
  it('joins "ODS fq3 41" and "ODS: FR5 21" into the pharmacy codes they spell', () => {
    expect(odsCodesWithLines('We are Okoro Chemists, ODS fq3 41.').map((c) => c.value)).toEqual(['FQ341']);
    expect(odsCodesWithLines('- ODS: FR5 21').map((c) => c.value)).toEqual(['FR521']);
  });

  it('keeps a whole code and the word after it apart ("ODS code A81001 and …")', () => {
    expect(odsCodesWithLines('Our ODS code A81001 and our branch are both affected').map((c) => c.value)).toEqual(['A81001']);
  });

  it('gives the case the joined code', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Ravi Okoro <ravi.okoro@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'main contact' }, [
      'Hi', '', 'We are Okoro Chemists Ltd, ODS fq3 41.', '',
      'Please change our PCSE main contact from me to our new pharmacy manager Simran Gill, simran.gill@nhs.net.', '', 'Thanks', 'Ravi Okoro', '',
    ].join('\n'));
    expect(c.organisation?.odsCode).toBe('FQ341');
  });
});

describe('a company name that starts with an initial', () => {
  it('keeps "J. Okoro Ltd t/a Riverside Pharmacy" and "St. Anne\'s Surgery" whole, and still ends a name at a full stop before its code', () => {
    expect(cleanOrganisationName('J. Okoro Ltd t/a Riverside Pharmacy')).toBe('J. Okoro Ltd t/a Riverside Pharmacy');
    expect(cleanOrganisationName('St. Anne\'s Surgery')).toBe('St. Anne\'s Surgery');
    expect(cleanOrganisationName('Riverside Pharmacy. ODS FQ341')).toBe('Riverside Pharmacy');
  });
});

describe('a numbered list under a section heading', () => {
  const body = [
    'Hi,', '', 'Please set up PCSE Online access for our new branch.', '',
    'Main practice', '1. Hollins Park Surgery', '2. ODS: C85 014', '3. Main contact: Dr Ruth Abara, ruth.abara@nhs.net', '4. Tel: 0115 555 0101', '',
    'Branch', '1. Main contact: Mr Tunde Bello, tunde.bello@nhs.net', '2. Branch ODS: C85 014 001', '3. Name: Cotgrave Road Surgery', '',
    'Thanks', 'Lena Hart', '',
  ].join('\n');

  it('keeps the heading as the section of the list\'s items', () => {
    const values = readLabelledValues(body);
    expect(values.find((v) => v.label === 'ODS')?.section).toBe('Main practice');
    expect(values.filter((v) => v.label === 'Main contact').map((v) => v.section)).toEqual(['Main practice', 'Branch']);
  });

  it('still reads "1. Practice details" followed by labelled lines as a heading', () => {
    const values = readLabelledValues(['1. Practice details', 'ODS code: C85014', '2. Branch details', 'ODS code: C85014001'].join('\n'));
    expect(values.map((v) => v.section)).toEqual(['1. Practice details', '2. Branch details']);
  });

  it('gives the main practice its own main contact, not the branch\'s', async () => {
    const c = await parseEmail('datamanager', { From: 'Lena Hart <lena.hart@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Branch set up' }, body);
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).mainPractice).toMatchObject({ odsCode: 'C85014', mainContact: { name: 'Ruth Abara', email: 'ruth.abara@nhs.net' } });
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'C85014001', mainContact: { name: 'Tunde Bello', email: 'tunde.bello@nhs.net' } });
  });
});

describe('a numbered list of "label - value" answers', () => {
  const body = [
    'Dear PCSE,', '', 'Alder Surgery would like PCSE Online access set up for their new branch. Going through your list:', '',
    '1. Main practice name - Alder Surgery', '2. Main practice ODS code - C83022', '3. Main contact PCSE holds - Nia Booth', '4. Main contact\'s email - nia.booth@nhs.net',
    '5. Main practice telephone - 01264 350 280', '6. Branch main contact including title - Dr Amara Hale', '7. Branch main contact\'s email - amara.hale@nhs.net',
    '8. Branch ODS code - C83022001', '9. Branch name - Weyhill Road Surgery', '10. Branch telephone - 01264 350 281', '', 'Kind regards', 'Ben Hollis', 'Digital Services Manager', '',
  ].join('\n');

  it('reads each answer under its label, without the number', () => {
    const values = readLabelledValues(body);
    expect(values.find((v) => v.label === 'Main practice name')?.value).toBe('Alder Surgery');
    expect(values.find((v) => v.label === 'Branch telephone')?.value).toBe('01264 350 281');
  });

  it('gives the branch set-up its names, phones and the branch contact\'s title', async () => {
    const c = await parseEmail('datamanager', { From: 'Ben Hollis <ben.hollis@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'New branch' }, body);
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).mainPractice).toMatchObject({ name: 'Alder Surgery', phone: '01264 350 280' });
    expect(fieldsOf(c).branch).toMatchObject({ name: 'Weyhill Road Surgery', phone: '01264 350 281', mainContact: { title: 'Dr', name: 'Amara Hale', email: 'amara.hale@nhs.net' } });
  });
});

describe('a form\'s blank box', () => {
  it('"Position in the organisation" read into an empty name box is nobody\'s name', () => {
    expect(cleanPersonName('Position in the organisation')).toBeNull();
    expect(cleanPersonName('Role at the practice')).toBeNull();
    expect(cleanPersonName('Rolf Ahmed')).toBe('Rolf Ahmed');
  });
});
