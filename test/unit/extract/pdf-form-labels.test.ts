import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { emailWithForm as emailWith, fillableForm as form } from '../../support/fillable-form.js';

/**
 * Issue 9: fillable forms whose fields are named by a tool ("Text1"…) or by Acrobat's auto-detect ("Name", "Name_2")
 * are read under the label printed beside each box and the heading above it, not under the name. Forms written here.
 */
const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('fillable forms read by their printed labels', () => {
  it('reads "Text1…Text8" under the label beside each box and the section heading above it', async () => {
    const pdf = await form([
      { text: 'Open Exeter - Primary User request (GP practice)' },
      { text: 'Part A - Practice' },
      { label: 'Practice name', field: 'Text1', value: 'Gorsebank Surgery' },
      { label: 'Practice code', field: 'Text2', value: 'N84017' },
      { text: 'Part B - Person to be primary user' },
      { label: 'Full name', field: 'Text3', value: 'Leontyne Achebe' },
      { label: 'Email address', field: 'Text4', value: 'leontyne.achebe@nhs.net' },
      { text: 'Part C - Authorised signatory' },
      { label: 'Full name', field: 'Text5', value: 'Casimir Wolanski' },
      { label: 'Position', field: 'Text6', value: 'GP Partner' },
      { label: 'Email address', field: 'Text7', value: 'casimir.wolanski@nhs.net' },
    ]);
    const c = await extractCase(emailWith(pdf, 'Leontyne Achebe <leontyne.achebe@nhs.net>', 'Open Exeter form', 'Form attached, thanks.'), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(c.organisation?.odsCode).toBe('N84017');
    expect(fields(c).nominee).toEqual({ name: 'Leontyne Achebe', email: 'leontyne.achebe@nhs.net' });
    expect(fields(c).signatory).toEqual({ name: 'Casimir Wolanski', email: 'casimir.wolanski@nhs.net', role: 'gp_partner' });
  });

  it('reads a form made in Adobe\'s designer ("topmostSubform[0].Page1[0].TextField1[2]") by its printed labels', async () => {
    const box = (n: number, i: number) => `topmostSubform[0].Page1[0].TextField${n}[${i}]`;
    const pdf = await form([
      { text: 'Open Exeter - Request for a Primary User (GP Practices)' },
      { text: 'Section A - Practice' },
      { label: 'Practice name', field: box(1, 0), value: 'Quarry Bank Surgery' },
      { label: 'Practice code', field: box(1, 1), value: 'M83027' },
      { text: 'Section B - Primary User to be set up' },
      { label: 'Full name', field: box(2, 0), value: 'Adaeze Nwosu' },
      { label: 'Email', field: box(2, 1), value: 'adaeze.nwosu@nhs.net' },
      { text: 'Section C - Authorised signatory' },
      { label: 'Name', field: box(3, 0), value: 'Dr Ruairí Ó Dálaigh' },
      { label: 'Email', field: box(3, 1), value: 'ruairi.odalaigh@nhs.net' },
      { label: 'Signatory role', field: box(3, 2), value: 'Caldicott Guardian' },
    ]);
    const c = await extractCase(emailWith(pdf, 'Adaeze Nwosu <adaeze.nwosu@nhs.net>', 'Primary user form', 'Signed form attached.'), { mailbox: 'openexeter' });
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(c.organisation?.odsCode).toBe('M83027');
    expect(fields(c).nominee).toEqual({ name: 'Adaeze Nwosu', email: 'adaeze.nwosu@nhs.net' });
    expect(fields(c).signatory).toEqual({ name: 'Ruairí Ó Dálaigh', email: 'ruairi.odalaigh@nhs.net', role: 'caldicott_guardian' });
  });

  it('tells Acrobat\'s "Name" from "Name_2" by the heading each sits under', async () => {
    const pdf = await form([
      { text: 'Request for an Open Exeter Primary User' },
      { text: 'Organisation' },
      { label: 'Practice name', field: 'Practice', value: 'Tollgate Medical Centre' },
      { label: 'Practice code', field: 'Practice_2', value: 'F85022' },
      { text: 'Proposed primary user' },
      { label: 'Name', field: 'Name', value: 'Oriel Fenwick' },
      { label: 'Email', field: 'Email', value: 'oriel.fenwick@nhs.net' },
      { text: 'Signatory' },
      { label: 'Name', field: 'Name_2', value: 'Benedikt Szabo' },
      { label: 'Role', field: 'Role', value: 'Caldicott Guardian' },
      { label: 'Email', field: 'Email_2', value: 'benedikt.szabo@nhs.net' },
    ]);
    const c = await extractCase(emailWith(pdf, 'Oriel Fenwick <oriel.fenwick@nhs.net>', 'Primary user form', 'Please see the attached form.'), { mailbox: 'openexeter' });
    expect(c.organisation?.odsCode).toBe('F85022');
    expect(fields(c).nominee).toEqual({ name: 'Oriel Fenwick', email: 'oriel.fenwick@nhs.net' });
    expect(fields(c).signatory).toEqual({ name: 'Benedikt Szabo', email: 'benedikt.szabo@nhs.net', role: 'caldicott_guardian' });
  });
});
