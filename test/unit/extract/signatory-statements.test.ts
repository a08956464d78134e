import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { odsCodesWithLines } from '../../../ingest/extract/field-helpers.js';
import { roleFromText } from '../../../ingest/extract/fields/people.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';
import { emailWithForm, fillableForm } from '../../support/fillable-form.js';

/** Issue 9: how a signatory is stated in forms and prose that no earlier writer used. Every email here is written for this test. */
const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('who signs, and as what', () => {
  it('reads a numbered group of tick boxes ("chkRole_0" … "_3") by the option printed beside the ticked one', async () => {
    const pdf = await fillableForm([
      { text: 'Open Exeter - Request for a Primary User (GP Practices)' },
      { text: 'Section 1 - Practice' },
      { label: 'Practice name', field: 'Form.Section1.txtPracticeName', value: 'Brackenfield Surgery' },
      { label: 'Practice code', field: 'Form.Section1.txtPracticeCode', value: 'C84123' },
      { text: 'Section 2 - Proposed Primary User' },
      { label: 'Full name', field: 'Form.Section2.txtUserName', value: 'Ottilie Brandreth' },
      { label: 'Email', field: 'Form.Section2.txtUserEmail', value: 'ottilie.brandreth@nhs.net' },
      { text: 'Section 3 - Authorised signatory' },
      { label: 'Signatory name', field: 'Form.Section3.txtSignatoryName', value: 'Dr Emeka Obi' },
      { label: 'Signatory email', field: 'Form.Section3.txtSignatoryEmail', value: 'emeka.obi@nhs.net' },
      { text: 'Signatory role (tick one)' },
      { box: 'Form.Section3.chkRole_0', option: 'Lead GP', ticked: false },
      { box: 'Form.Section3.chkRole_1', option: 'GP Partner', ticked: false },
      { box: 'Form.Section3.chkRole_2', option: 'Caldicott Guardian', ticked: true },
      { box: 'Form.Section3.chkRole_3', option: 'Member of the Board of Directors', ticked: false },
    ]);
    const c = await extractCase(emailWithForm(pdf, 'Ottilie Brandreth <ottilie.brandreth@nhs.net>', 'Primary user form', 'Completed form attached.'), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).signatory).toEqual({ name: 'Emeka Obi', email: 'emeka.obi@nhs.net', role: 'caldicott_guardian' });
  });

  it('takes the telling role of several on a sign-off line, and "the practice\'s" role said of oneself', () => {
    expect(roleFromText('GP & Caldicott Guardian, Ferndown Valley Practice')?.value).toBe('Caldicott Guardian');
    expect(roleFromText('Director and Lead GP')?.value).toBe('Lead GP');
    expect(roleFromText("I'm the practice's Caldicott Guardian.")?.value).toBe('Caldicott Guardian');
    expect(roleFromText('Practice Manager')?.value).toBe('Practice Manager');
  });

  it('reads "Signatory: me, Name, Role" as the writer: their name, their address and the role on that line', async () => {
    const c = await extractCase(plainEmail(['From: Rosamund Tiernan <ros.tiernan@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: Open Exeter primary user'], [
      'Good morning,', '', 'I cannot open your form, so the details are below and I approve by email.', '',
      'Organisation: Westmoor Secure Hospital (Harrowgate Care CIC)', 'Proposed Primary User: Idris Okonkwo-Hale', 'Email: idris.okonkwo-hale@nhs.net', '',
      'Signatory: me, Rosamund Tiernan, Head of Governance and a member of the Board of Directors of Harrowgate Care CIC.', '',
      'Regards,', 'Ros', '',
      'Rosamund (Ros) Tiernan', 'Head of Governance', 'M 07700 900 123 | T 01632 960 555',
    ]), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).signatory).toEqual({ name: 'Rosamund Tiernan', email: 'ros.tiernan@nhs.net', role: 'board_member' });
    expect(c.organisation?.odsCode ?? null).toBeNull();
  });

  it('never reads a phone number after its letter ("M 07700 900 123") as an ODS code', () => {
    expect(odsCodesWithLines('M 07700 900 123 | T 01632 960 555 | F81 001')).toEqual([{ value: 'F81001', line: 'M 07700 900 123 | T 01632 960 555 | F81 001' }]);
    expect(odsCodesWithLines('Tel: +44 (0)20 7946 0958, practice code Y02714').map((c) => c.value)).toEqual(['Y02714']);
  });

  it('takes a request that names the "other organisations" form as one for an organisation that is not a GP practice', async () => {
    const c = await extractCase(plainEmail(['From: Priti Venn <priti.venn@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: Primary user'], [
      'Hello,', '', 'Your "other organisations" form will not download, so: please set up Kwame Asante (kwame.asante@nhs.net) as our Open Exeter primary user.', '',
      'I am a member of the Board of Directors and I authorise this.', '', 'Priti Venn', '',
    ]), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).organisationKind).toBe('other');
  });
});

describe('the sender who signed the form', () => {
  it('says what they signed as when the form\'s role box says nothing readable', async () => {
    const pdf = await fillableForm([
      { text: 'Open Exeter - Request for a Primary User (GP Practices)' },
      { label: 'Practice name', field: 'PracticeName', value: 'Gorse Hill Surgery' },
      { label: 'Practice code', field: 'PracticeCode', value: 'B82099' },
      { text: 'Proposed Primary User' },
      { label: 'Full name', field: 'UserFullName', value: 'Nadia Quist' },
      { label: 'Email', field: 'UserEmail', value: 'nadia.quist@nhs.net' },
      { text: 'Authorised signatory' },
      { label: 'Authorised signatory name', field: 'SignatoryName', value: 'Hugo Varga' },
      { label: 'Signatory email', field: 'SignatoryEmail', value: 'hugo.varga@nhs.net' },
    ]);
    const c = await extractCase(emailWithForm(pdf, 'Hugo Varga <hugo.varga@nhs.net>', 'OE primary user', "Form attached for Nadia. I've signed it as practice manager, as our partners never use Open Exeter."), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fields(c).signatory).toEqual({ name: 'Hugo Varga', email: 'hugo.varga@nhs.net', role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });
});

describe('permissions named in quotes', () => {
  it('takes the whole quoted name of an Open Exeter function, not the known words inside it', async () => {
    const c = await extractCase(plainEmail(['From: Dr Aled Pryce <aled.pryce@nhs.net>', 'To: pcse.openexeter@nhs.net', 'Subject: Open Exeter permissions'], [
      'Dear colleagues,', '',
      'Our practice nurse Ffion Rees (ffion.rees@nhs.net, user ID FREES2) needs the "Prior notification list" and "Cervical screening result enquiry" permissions adding.', '',
      'I am the Lead GP at Tregarth Surgery (W91042) and I approve this.', '', 'Dr Aled Pryce', 'Lead GP', '',
    ]), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fields(c).permissions).toEqual(['Prior notification list', 'Cervical screening result enquiry']);
  });
});
