import { describe, expect, it } from 'vitest';
import { cleanPersonName, isPcseMailbox } from '../../../ingest/extract/field-helpers.js';
import { detectService } from '../../../ingest/extract/fields/user-admin-nomination.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9 (thirteenth session): mail from central teams (a PCN's clinical director writing for a practice) and
 * scans whose only legible text is the form's own print. Every email here is written for this test.
 */
describe('the service a nomination is for', () => {
  it('is the one named with its administrator, not the PCN the writer works for', () => {
    expect(detectService('I am writing as Clinical Director for Lune Valley PCN on behalf of Hornby Surgery, which needs a PL Organisation Administrator.')?.value).toBe('PL');
    expect(detectService('From the Lune Valley PCN office: please add a GPP user administrator for Hornby Surgery.')?.value).toBe('GPP');
  });

  it('is the PCN when the PCN is all it names, or its administrator is asked for', () => {
    expect(detectService('Please add Jo Hale as an administrator for Lune Valley PCN.')?.value).toBe('PCN');
    expect(detectService('PCN user admin needed for Lune Valley, our GPP admin is fine')?.value).toBe('PCN');
  });

  it('gives the case the service asked for', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Dr Ian Rowe <ian.rowe@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Admin for Hornby Surgery' },
      'Dear PCSE,\n\nI am writing as Clinical Director for Lune Valley PCN on behalf of Hornby Surgery (A82044). Please make Ffion Pugh (ffion.pugh@nhs.net) their PL Organisation Administrator.\n\nDr Ian Rowe\nClinical Director, Lune Valley PCN\n');
    expect(fieldsOf(c).service).toBe('PL');
  });
});

describe('what a scan of a form\'s print gives', () => {
  it('"Open Exeter" and "PCSE" are systems, not people', () => {
    expect(cleanPersonName('Open Exeter')).toBeNull();
    expect(cleanPersonName('PCSE Support')).toBeNull();
    expect(cleanPersonName('Owen Exley')).toBe('Owen Exley');
  });

  it('PCSE\'s address as OCR misreads it is still PCSE\'s, and a person\'s like it is not', () => {
    expect(isPcseMailbox('pese.openexeter@nhs.net')).toBe(true);
    expect(isPcseMailbox('pcse.opcnexeter@nhs.net')).toBe(true);
    expect(isPcseMailbox('pcsc.datamanager@nhs.net')).toBe(true);
    expect(isPcseMailbox('peter.openshaw@nhs.net')).toBe(false);
    expect(isPcseMailbox('pete.openexeterfan@gmail.com')).toBe(false);
  });
});
