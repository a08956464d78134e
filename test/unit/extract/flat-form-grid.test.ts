import { describe, expect, it } from 'vitest';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';

/** Issue 9: a flat form's grid prints two label-value pairs on one line. Text written here. */
describe('a flat form grid row', () => {
  it('puts the second pair on a line of its own', () => {
    expect(normaliseFlatFormText(['Surname Van Dijk Forename(s) Maarten', 'Email maarten.vandijk@nhs.net Position Caldicott Guardian', 'Practice name Orchard Surgery Practice code N81033'].join('\n'))).toBe(
      ['Surname: Van Dijk', 'Forename(s): Maarten', 'Email: maarten.vandijk@nhs.net', 'Position: Caldicott Guardian', 'Practice name: Orchard Surgery', 'Practice code: N81033'].join('\n'),
    );
  });

  it('leaves a value that only contains a label word in lower case', () => {
    expect(normaliseFlatFormText('Job title Practice manager and data lead')).toBe('Job title: Practice manager and data lead');
  });
});

/** Issue 9: a flat form printed in block capitals, each label on a line of its own and its value below. Text written here. */
describe('labels in block capitals above their values', () => {
  const page = [
    'PROPOSED PRIMARY USER', 'NAME', 'Ngozi Eze', 'EMAIL ADDRESS', 'ngozi.eze@nhs.net',
    'AUTHORISED SIGNATORY', 'NAME OF SIGNATORY', 'Dr Lars Eriksen', 'SIGNATORY EMAIL', 'lars.eriksen@nhs.net', 'CAPACITY IN WHICH SIGNING', 'Member of the Board of Directors',
  ].join('\n');

  it('keeps "EMAIL ADDRESS" and "NAME OF SIGNATORY" whole: the words after the noun are the label\'s, not a value', () => {
    expect(normaliseFlatFormText(page)).toBe(page);
  });

  it('reads each value under its whole label, the signatory\'s capacity as their role', async () => {
    const { readLabelledValues } = await import('../../../ingest/extract/labelled-lines.js');
    const values = readLabelledValues(normaliseFlatFormText(page)).map((v) => [v.label, v.value]);
    expect(values).toEqual(expect.arrayContaining([
      ['EMAIL ADDRESS', 'ngozi.eze@nhs.net'],
      ['NAME OF SIGNATORY', 'Dr Lars Eriksen'],
      ['CAPACITY IN WHICH SIGNING', 'Member of the Board of Directors'],
    ]));
  });
});

describe('labels with a plural in brackets, as OCR reads them', () => {
  it('reads "Forename(s) MARTIN" as the label and its value', () => {
    expect(normaliseFlatFormText('Title MR\nForename(s) MARTIN\nSurname COUCH')).toBe('Title: MR\nForename(s): MARTIN\nSurname: COUCH');
  });
});
