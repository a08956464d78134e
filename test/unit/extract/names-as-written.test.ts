import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { formalNameFromSignOff } from '../../../ingest/extract/field-helpers.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { parsePerson } from '../../../ingest/extract/split-body.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: people's names as they write them. Every email here is written for this test. */
const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('names as people write them', () => {
  it('keeps the apostrophe of a forwarded author\'s name and drops only the quotes around it', () => {
    expect(parsePerson("O'Brien-Kaye Siobhan (Dr) <siobhan.obrien-kaye@nhs.net>")).toEqual({ name: "O'Brien-Kaye Siobhan", email: 'siobhan.obrien-kaye@nhs.net' });
    expect(parsePerson('"Jo Bloggs" <jo.bloggs@nhs.net>').name).toBe('Jo Bloggs');
    expect(parsePerson("'Jo Bloggs' <jo.bloggs@nhs.net>").name).toBe('Jo Bloggs');
  });

  it('gives the name a sign-off writes around the short one the display name uses', () => {
    expect(formalNameFromSignOff('Seun Bakare', 'Seun\n\nOluwaseun (Seun) Bakare (they/them)\nContracts Manager')).toBe('Oluwaseun Bakare');
    expect(formalNameFromSignOff('Mina de Jong', 'Thanks,\nDr Wilhelmina (Mina) de Jong\nGP')).toBe('Wilhelmina de Jong');
    // A bracket that is not the display name's short form changes nothing.
    expect(formalNameFromSignOff('Tom Hale', 'Thomas (Tom) Hale-Wright')).toBe('Tom Hale');
  });

  it('reads the forwarded approver with the apostrophe, and a nominee whose surname has two particles', async () => {
    const c = await extractCase(plainEmail(['From: Practice Office <elmside.office@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: FW: PCN user admin'], [
      'See below from our CD - please action.', '',
      '________________________________',
      "From: O'Brien-Kaye Siobhan (Dr) <siobhan.obrien-kaye@nhs.net>",
      'Sent: 11 November 2026 21:14',
      'To: Practice Office <elmside.office@nhs.net>',
      'Subject: PCN user admin', '',
      'Please can you get Marisol set up as PCN user admin for Elmside PCN (U40112) - Marisol de la Fuente, marisol.delafuente@nhs.net.', '',
      'As Clinical Director I approve this.', '',
      "Dr Siobhan O'Brien-Kaye", 'Clinical Director, Elmside PCN', '',
    ]), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('user_admin_nomination');
    expect(fields(c).nominee).toEqual({ name: 'Marisol de la Fuente', email: 'marisol.delafuente@nhs.net' });
    expect(fields(c).approver?.name).toBe("Siobhan O'Brien-Kaye");
  });

  it('keeps initials a person goes by everywhere in the email, and doubts them where the email writes the forename out', async () => {
    const initials = await extractCase(plainEmail(['From: Ama Owusu <ama.owusu@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: PCN admin'], [
      'Hi,', '', 'Lowfield PCN - U 71150. I am on the AEL for the ICB and I approve this.', '',
      'Please set up K T Marsh (kt.marsh@nhs.net), PCN Operations Manager, as PCN user admin.', '', 'Ama Owusu', 'ICB Contracts Manager', '',
    ]), { mailbox: 'portalenquiries' });
    expect(fields(initials).nominee).toEqual({ name: 'K T Marsh', email: 'kt.marsh@nhs.net' });

    const written = await extractCase(plainEmail(['From: Ama Owusu <ama.owusu@nhs.net>', 'To: pcse.portalenquiries@nhs.net', 'Subject: PCN admin'], [
      'Hi,', '', 'Lowfield PCN - U 71150. I am on the AEL for the ICB and I approve this.', '',
      'Please set up K Marsh (kt.marsh@nhs.net) as PCN user admin. Kerry Marsh is our operations manager.', '', 'Ama Owusu', 'ICB Contracts Manager', '',
    ]), { mailbox: 'portalenquiries' });
    expect(fields(written).nominee?.name).not.toBe('K Marsh');
  });
});
