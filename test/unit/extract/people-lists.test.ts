import { describe, expect, it } from 'vitest';
import { convertPipeTables } from '../../../ingest/extract/pipe-tables.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9 (thirteenth session): central teams paste the practice's people as a list (a CSV export, columns lined up
 * with spaces, a pipe table) and the request is about one row, or about someone the list does not hold. Every email
 * here is written for this test.
 */
describe('a list of people pasted into an email', () => {
  it('reads a CSV export and columns lined up with spaces as tables, from a header naming a name and an email', () => {
    const csv = convertPipeTables(['Name,Email,Role,Status', 'Ada Moss,ada.moss@nhs.net,PL Organisation Administrator,Active', 'Ben Reyes,ben.reyes@nhs.net,PL Organisation Administrator,Active'].join('\n'));
    expect(csv).toContain('## Existing\nName: Ada Moss\nEmail: ada.moss@nhs.net');
    const aligned = convertPipeTables(['Name          Position            Email                  Main contact?', 'Ada Moss      Practice Owner      ada.moss@nhs.net       No', 'Ben Reyes     Practice Manager    ben.reyes@nhs.net      YES - new main contact'].join('\n'));
    expect(aligned).toContain('## Nominated\nName: Ben Reyes\nPosition: Practice Manager\nEmail: ben.reyes@nhs.net\n');
    // The question column marked the row; its "Yes"/"No" is nobody's value.
    expect(aligned).not.toMatch(/Main contact\?:/);
  });

  it('leaves an address line, and a signature\'s lined-up details, as they are', () => {
    const text = ['Flat 2, 14 High Street, Ludlow, SY8 1AA', 'Tel: 01584 555 100    Fax: 01584 555 101    Mob: 07700 900 100', 'Web: example.org    Twitter: @surgery    Email: office@example.org'].join('\n');
    expect(convertPipeTables(text)).toBe(text);
  });

  it('nominates the person named in the text when every listed person is an active administrator already', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Tara Quinn <tara.quinn@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PL admin for Elm Row Surgery' }, [
      'Hi,', '', 'Elm Row Surgery (P86021) would like an additional PL Organisation Administrator. Their current PL admins:', '',
      'Name,Email,Role,Status', 'Ada Moss,ada.moss@nhs.net,PL Organisation Administrator,Active', 'Ben Reyes,ben.reyes@nhs.net,PL Organisation Administrator,Active', 'Cara Dunn,cara.dunn@nhs.net,PL Organisation Administrator,Active', '',
      'They would like Owen Price (owen.price@nhs.net) adding as well.', '', 'Thanks', 'Tara Quinn', 'Digital Support Officer', '',
    ].join('\n'));
    expect(fieldsOf(c).nominee).toEqual({ name: 'Owen Price', email: 'owen.price@nhs.net' });
  });

  it('nominates the row marked NEW in a pipe table, and makes the row marked "new main contact" the main contact', async () => {
    const nomination = await parseEmail('portalenquiries', { From: 'Dr Ian Rowe <ian.rowe@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'PL admin for Elm Row Surgery P86021' }, [
      'Dear PCSE,', '', 'Elm Row Surgery (P86021) has no PL Organisation Administrator. The person marked NEW below is nominated.', '',
      'Name | Role at practice | Email | Request', 'Ada Moss | CQC Registered Manager | ada.moss@nhs.net | Approves this nomination', 'Ben Reyes | Deputy Practice Manager | ben.reyes@nhs.net | NEW PL Organisation Administrator', 'Cara Dunn | Receptionist | cara.dunn@nhs.net | No change', '',
      'Dr Ian Rowe', 'Clinical Director, Teme PCN', '',
    ].join('\n'));
    expect(fieldsOf(nomination).nominee).toEqual({ name: 'Ben Reyes', email: 'ben.reyes@nhs.net' });
    const change = await parseEmail('portalenquiries', { From: 'Rhian Hale <rhian.hale@nhs.net>', To: 'pcse.portalenquiries@nhs.net', Subject: 'Main contact for Bright Smile Dental' }, [
      'Good afternoon,', '', 'Bright Smile Dental (V036620) has lost its PCSE Online main contact. The practice team is below:', '',
      'Name                Position                 Email                   Main Contact?', 'Dr Ada Moss         Practice Owner           ada.moss@nhs.net        No', 'Ben Reyes           Practice Manager         ben.reyes@nhs.net       YES - new main contact', 'Cara Dunn           Dental Nurse             cara.dunn@nhs.net       No', '',
      'Please make Ben the main contact. Dr Moss, the contract holder, has agreed.', '', 'Rhian Hale', 'Dental Contracts Officer', '',
    ].join('\n'));
    expect(change.kind).toBe('main_contact_change');
    expect(fieldsOf(change).newMainContact).toEqual({ name: 'Ben Reyes', email: 'ben.reyes@nhs.net' });
  });
});
