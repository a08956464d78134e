import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';
import { plainEmail } from '../../support/ingest-emails.js';

/** Issue 9: which address is the old practice email and which the new, from the words nearest each. Texts written here. */
async function emails(line: string): Promise<unknown> {
  const raw = plainEmail(['From: Ros Dalby <ros.dalby@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Update practice email address'], [ line, '', 'Ros Dalby', 'Practice Manager', ''
    ]);
  return (await extractCase(raw, { mailbox: 'datamanager' })).fields;
}

describe('old and new practice email in running text', () => {
  it('takes each address\'s cue from the words since the address before it', async () => {
    expect(await emails('hi practice code n81 044 Dalby Surgery. current email dalby.s@nhs.net new email dalbysurgery@nhs.net thanks')).toEqual({ currentEmail: 'dalby.s@nhs.net', newEmail: 'dalbysurgery@nhs.net' });
  });
  it('reads an address that "is being closed down" or "nobody checks" as the old one', async () => {
    expect(await emails('Our generic inbox dalby.s@nhs.net is being closed down, so please change our practice email to mine, ros.dalby@nhs.net.')).toEqual({ currentEmail: 'dalby.s@nhs.net', newEmail: 'ros.dalby@nhs.net' });
    expect(await emails('PCSE still write to our old generic address dalby.s@nhs.net which nobody checks any more. Please change it to dalbysurgery@nhs.net.')).toEqual({ currentEmail: 'dalby.s@nhs.net', newEmail: 'dalbysurgery@nhs.net' });
  });
  it('does not read "nobody reads the shared box" as said of the new address', async () => {
    expect(await emails('Please change it from dalby.s@nhs.net to my own address ros.dalby@nhs.net - nobody reads the shared box.')).toEqual({ currentEmail: 'dalby.s@nhs.net', newEmail: 'ros.dalby@nhs.net' });
  });
  it('reads "our email now is X" ending a wrapped line as the old address when they want to change it', async () => {
    expect(await emails('We are an optician practice, code TPQ18. Our email now is\ndalby.optics@outlook.com but we want to change to our new NHS one dalby.optics@nhs.net .')).toEqual({ currentEmail: 'dalby.optics@outlook.com', newEmail: 'dalby.optics@nhs.net' });
  });
  it('reads a dictated new address, spelt out and then written after "thats"', async () => {
    expect(await emails('we need to change our practice email to the new shared mailbox which is dalby surgery dot admin at nhs dot net thats dalbysurgery.admin@nhs.net the old one was dalby.s@nhs.net')).toEqual({ currentEmail: 'dalby.s@nhs.net', newEmail: 'dalbysurgery.admin@nhs.net' });
  });
});

describe('the address as it is "at the moment"', () => {
  const update = async (body: string[]) => (await extractCase(plainEmail(['From: Karen Lowe <karen.lowe3@nhs.net>', 'To: pcse.datamanager@nhs.net', 'Subject: Practice email'], ['Hi', '', ...body, '', 'Karen', 'Practice Manager', '']), { mailbox: 'datamanager' })).fields;

  it('is the current practice email, whichever address is the new one', async () => {
    expect(await update(['Can you change the practice email you hold for Birchfield Surgery (j82044) please.', '',
      "At the moment it's birchfield.surgery@nhs.net, which nobody really checks any more. Please change it to mine, karen.lowe3@nhs.net, as I'm the one who deals with PCSE."]))
      .toMatchObject({ currentEmail: 'birchfield.surgery@nhs.net', newEmail: 'karen.lowe3@nhs.net' });
    expect(await update(['Please update our practice email for Birchfield Surgery (J82044) to birchfield.admin@nhs.net.', "At the moment it's birchfield.surgery@nhs.net."]))
      .toMatchObject({ currentEmail: 'birchfield.surgery@nhs.net', newEmail: 'birchfield.admin@nhs.net' });
  });
});
