import { describe, expect, it } from 'vitest';
import { findPersonWithEmail } from '../../../ingest/extract/field-helpers.js';

/**
 * Issue 9: "Name, Job title, address": the name beside a person's address is the one the address spells, not the job
 * title written between them. Texts written here.
 */
describe('the name an address spells', () => {
  it('skips a job title between the name and the address', () => {
    expect(findPersonWithEmail('please add: Marisol Okonkwo, Finance Assistant, marisol.okonkwo@nhs.net')?.value).toEqual({ name: 'Marisol Okonkwo', email: 'marisol.okonkwo@nhs.net' });
    expect(findPersonWithEmail("I'm Idris Halloran - Practice Manager - idris.halloran@nhs.net")?.value.name).toBe('Idris Halloran');
  });

  it('keeps the name beside the address when the address spells nobody written there', () => {
    expect(findPersonWithEmail('Marisol Okonkwo, Finance Assistant, finance.team@nhs.net')?.value.name).not.toBe('Marisol Okonkwo');
  });
});
