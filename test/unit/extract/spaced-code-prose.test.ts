import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a practice described in prose around a code written with a space ("K83 071"). Text written here. */
describe('a practice described around a spaced code', () => {
  it('reads the name before the code and the address after it, for both practices', async () => {
    const raw = plainEmail(['From: Marcus Boateng <marcus.boateng@nhs.net>', 'To: datamanager@nhs.net', 'Subject: main contact for our second site'], [
      'Hello,', '',
      'I am the main contact at Fenwick Road Surgery (K83 071), 40 Fenwick Road, Kettering NN15 6AB. We now also run Cranford Surgery, ODS k83 622, 3 Grafton Street, Cranford, NN14 4AQ, and I need to be main contact there too.', '',
      'My email is marcus.boateng@nhs.net', '', 'Marcus Boateng', 'Practice Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'datamanager' });
    expect(c.kind).toBe('main_contact_extension');
    const f = c.fields as { existingPractice: Record<string, unknown>; newPractice: Record<string, unknown> };
    expect(f.existingPractice).toMatchObject({ odsCode: 'K83071', name: 'Fenwick Road Surgery', address: '40 Fenwick Road, Kettering NN15 6AB' });
    expect(f.newPractice).toMatchObject({ odsCode: 'K83622', name: 'Cranford Surgery', address: '3 Grafton Street, Cranford, NN14 4AQ' });
  });
});

describe('a branch set up with its codes typed in groups', () => {
  it('reads both sites\' codes, addresses and phones', async () => {
    const raw = plainEmail(['From: Priya Lal <priya.lal@nhs.net>', 'To: datamanager@nhs.net', 'Subject: new branch'], [
      'hi please set up our branch', '',
      'main site - Hatfield Road Surgery, n 84 617, 12 Hatfield Road, St Albans AL1 4JD, tel 01727 496 100', '',
      'branch - Sandridge Surgery, n84 617 002, 5 High Street, Sandridge AL4 9DD, tel 01727 496 155', '', 'Priya', 'Practice Manager', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'datamanager' });
    expect(c.kind).toBe('branch_setup');
    const f = c.fields as { mainPractice: Record<string, unknown>; branch: Record<string, unknown> };
    expect(f.mainPractice).toMatchObject({ odsCode: 'N84617', address: '12 Hatfield Road, St Albans AL1 4JD', phone: '01727 496 100' });
    expect(f.branch).toMatchObject({ odsCode: 'N84617002', address: '5 High Street, Sandridge AL4 9DD', phone: '01727 496 155' });
  });
});

describe('a GP code typed with spaces anywhere, after the practice name', () => {
  it('is the organisation\'s code', async () => {
    const raw = plainEmail(['From: Femi Adeyemi <femi.adeyemi@nhs.net>', 'To: portalenquiries@nhs.net', 'Subject: locked out'], [
      "hi I'm locked out of PCSE online after too many goes my username is this email address I'm the GPP admin at Larchfield surgery K 8 1 0 2 7 thanks", ''
    ]);
    const c = await extractCase(raw, { mailbox: 'portalenquiries' });
    expect(c.organisation?.odsCode).toBe('K81027');
  });
});

describe('a new practice "whose code is X and which is at <address>"', () => {
  it('reads the whole address after the code', async () => {
    const raw = plainEmail(['From: Anouk Visser <anouk.visser@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: second practice'], [
      "I'm the main contact for Visser Opticians (TPV12), 2 Bridge Street, Bewdley, DY12 1AB. We have bought a second practice, Load Street Eyecare, whose ODS code is TPV40 and which is at 18 Load Street, Bewdley, DY12 2AE. Please extend my main contact role to cover it.", '',
      'Anouk', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'datamanager' });
    expect((c.fields as { newPractice: Record<string, unknown> }).newPractice).toMatchObject({ odsCode: 'TPV40', address: '18 Load Street, Bewdley, DY12 2AE' });
  });
});
