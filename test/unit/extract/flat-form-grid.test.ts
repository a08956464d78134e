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
