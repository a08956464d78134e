import { describe, expect, it } from 'vitest';
import { nameSpelledByAddress } from '../../../ingest/extract/names-from-addresses.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: a person given by address, named where the text writes the name the address spells. Texts written here. */
describe('the name an address spells', () => {
  it('is a pair of words spelling the whole local part, in the address\'s order', () => {
    expect(nameSpelledByAddress('please nominate\nHALLORAN Niamh\nas admin', 'niamh.halloran4@nhs.net')).toEqual({ name: 'Niamh Halloran', line: 'HALLORAN Niamh' });
    expect(nameSpelledByAddress('our dispenser Tomasz Nowak will do it', 'tnowak@nhs.net')?.name).toBe('Tomasz Nowak');
  });

  it('is nobody when only the surname matches', () => {
    expect(nameSpelledByAddress('Dr Peter Nowak approved it', 'tomasz.nowak@nhs.net')).toBeNull();
    expect(nameSpelledByAddress('Nowak', 'nowak@nhs.net')).toBeNull();
  });

  it('names a nominee given by address on a line of its own', async () => {
    const raw = plainEmail(['From: Bryony Shaw <bryony.shaw@nhs.net>', 'To: portalenquiries@nhs.net', 'Subject: OPTO admin'], [
      "I'm the contract holder at Clearwater Eyecare (TPL42). Please make our manager Olamide Bankole an OPTO user admin.", '', "Olamide's email: olamide.bankole3@nhs.net", '',
      'Bryony Shaw', 'Contract Holder', ''
    ]);
    const c = await extractCase(raw, { mailbox: 'portalenquiries' });
    expect((c.fields as { nominee?: unknown }).nominee).toEqual({ name: 'Olamide Bankole', email: 'olamide.bankole3@nhs.net' });
  });
});
