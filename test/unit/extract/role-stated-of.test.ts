import { describe, expect, it } from 'vitest';
import { roleStatedOf } from '../../../ingest/extract/fields/people.js';

/** Issue 9: a role the covering email states of the signatory, named by surname only. Texts written here. */
describe('a role stated of a named person', () => {
  it('finds it by surname, across a wrapped line', () => {
    expect(roleStatedOf('We have no Caldicott Guardian on site, so the form was signed by Dr Oyelaran, who\nis a GP Partner at the practice next door.', 'Folasade Oyelaran')?.value).toBe('GP Partner');
    expect(roleStatedOf('Apologies - Dr Kowalczyk is the Lead GP here; the box did not print.', 'Marta Kowalczyk')?.value).toBe('Lead GP');
  });

  it('says nothing of someone else, or across a blank line', () => {
    expect(roleStatedOf('Dr Abara is a GP Partner.', 'Marta Kowalczyk')).toBeNull();
    expect(roleStatedOf('Signed by Dr Kowalczyk\n\nOur practice manager is a great help.', 'Marta Kowalczyk')).toBeNull();
  });
});
