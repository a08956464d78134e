import { describe, expect, it } from 'vitest';
import { odsCodesWithLines } from '../../../ingest/extract/field-helpers.js';
import { fieldsOf, multipart, parseEmail, pdfPart } from '../../support/compose-email.js';
import { fillableForm } from '../../support/fillable-form.js';

/**
 * Issue 9, twelfth session: a chaser that repeats its request's words, a branch closing, a trust's code after its
 * name, and a form signed for an absent partner; each on an email written here.
 */

describe('a chaser under a case reference', () => {
  it('asks for nothing new, even when it repeats the request\'s words', async () => {
    const body = 'Hi,\r\n\r\nAny progress with this? We sent the form a fortnight ago and Hamish still cannot get into Open Exeter as our Primary User.\r\n\r\nMany thanks\r\nElspeth Baird\r\n\r\n-----Original Message-----\r\nFrom: PCSE Open Exeter <pcse.openexeter@nhs.net>\r\nSubject: RE: Primary user request (C86019) [PCSE-2026-007713]\r\n\r\nYour request has been logged under reference PCSE-2026-007713.';
    const c = await parseEmail('openexeter', { From: 'Elspeth Baird <elspeth.baird@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'RE: Primary user request (C86019) [PCSE-2026-007713]' }, body);
    expect(c.kind).toBe('unclassified');
    expect(c.caseRef).toBe('PCSE-2026-007713');
  });
});

describe('a branch closing', () => {
  it('is not a branch to set up', async () => {
    const body = 'Dear Data Manager,\r\n\r\nPlease note that our branch at Netherfield (M85011002) closes for good on 28 February. Could you remove the branch from PCSE Online after that date?\r\n\r\nThanks,\r\nDilip Varsani\r\nOperations Manager, Hollybank Surgery';
    const c = await parseEmail('datamanager', { From: 'Dilip Varsani <dilip.varsani@nhs.net>', To: 'pcse.datamanager@nhs.net', Subject: 'Branch closure - Netherfield' }, body);
    expect(c.kind).toBe('unclassified');
  });
});

describe('an NHS trust\'s code', () => {
  it('is read in brackets after the trust\'s name', () => {
    expect(odsCodesWithLines('Organisation: Calder Vale Mental Health NHS Foundation Trust (RXG)').map((f) => f.value)).toEqual(['RXG']);
    expect(odsCodesWithLines('Commissioning team, NHS Tees Border ICB (QZ4)').map((f) => f.value)).toEqual(['QZ4']);
    // Brackets after anything else hold no trust code.
    expect(odsCodesWithLines('We use the RAG (RAG) rating')).toEqual([]);
  });
});

describe('a form signed for an absent partner', () => {
  it('takes the signer\'s own capacity, not the partner\'s, and raises the role', async () => {
    const pdf = await fillableForm([
      { text: 'Open Exeter: Primary User Application - GP Practice' },
      { label: 'Practice name', field: 'Text1', value: 'Brook Lane Surgery' },
      { label: 'Practice code', field: 'Text2', value: 'E84061' },
      { label: 'Primary user full name', field: 'Text3', value: 'Natalia Borkowska' },
      { label: 'Primary user email', field: 'Text4', value: 'natalia.borkowska@nhs.net' },
      { text: 'Authorised signatory' },
      { label: 'Name of signatory', field: 'Text5', value: 'Colin Pratt pp Dr Ann Mbeki' },
      { label: 'Position', field: 'Text6', value: 'Business Manager, signing for Dr Mbeki (GP Partner)' },
      { label: 'Signatory email', field: 'Text7', value: 'colin.pratt@nhs.net' },
    ]);
    const { body, contentType } = multipart('mixed', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: 'Please find the primary user form attached. Dr Mbeki is away so I have signed it for her.\r\n\r\nColin Pratt\r\nBusiness Manager' },
      pdfPart(pdf, 'primary user.pdf'),
    ]);
    const c = await parseEmail('openexeter', { From: 'Colin Pratt <colin.pratt@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Primary user form' }, body, contentType);
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).signatory).toMatchObject({ email: 'colin.pratt@nhs.net', role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });
});
