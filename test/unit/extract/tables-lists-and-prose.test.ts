import { describe, expect, it } from 'vitest';
import { convertPipeTables } from '../../../ingest/extract/pipe-tables.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { fillableForm, printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-first session), what corpora 34 and 33 showed, each pattern written again here with other practices
 * and people. First, a comparison of two sites ("existing" on the left, "new" on the right) written as a table that is
 * neither HTML nor pipes: cells of a word-processor PDF (pdf.js gives the gap between them as one
 * wide space), columns lined up with spaces in a plain-text email, and a spreadsheet's CSV export. A value left empty
 * on one side must stay on its side, not slide into the other column. Every email and form here is written for this test.
 */
const from = (name: string, email: string) => ({ From: `${name} <${email}>`, To: 'pcse.datamanager@nhs.net' });

const fromTo = (name: string, email: string, mailbox: string) => ({ From: `${name} <${email}>`, To: `pcse.${mailbox}@nhs.net` });



describe('comparison tables that are not HTML', () => {
  it('reads the two columns of a table in a word-processor PDF, an empty cell left empty', async () => {
    const pdf = await printedPdf(
      [
        'MEADOWBANK HEALTHCARE LTD',
        'Request to extend our main contact to a pharmacy we have bought',
        ['', 'Current pharmacy', 'Acquired pharmacy'],
        ['Pharmacy name', 'Meadowbank Pharmacy', 'Holloway Lane Chemist'],
        ['ODS code', 'FQ218', 'FW37K'],
        ['Main contact', 'Oluwaseun Adeyemi', ''],
        ['Main contact email', 'o.adeyemi@nhs.net', ''],
        ['Address', '4 Meadow Row, Derby, DE22 1AB', '71 Holloway Lane, Derby, DE21 6QT'],
        ['Telephone', '01332 496 120', ''],
        'Signed: Oluwaseun Adeyemi, Superintendent Pharmacist',
      ],
      { columns: [0, 150, 340] },
    );
    const c = await parseEmailWithPdf('datamanager', ['Oluwaseun Adeyemi', 'o.adeyemi@nhs.net'], 'Main contact extension', 'Please see the attached request.\n\nOluwaseun', pdf);
    expect(c.kind).toBe('main_contact_extension');
    const f = fieldsOf(c);
    expect(f.existingPractice).toMatchObject({ odsCode: 'FQ218', name: 'Meadowbank Pharmacy', address: '4 Meadow Row, Derby, DE22 1AB', phone: '01332 496 120' });
    expect(f.newPractice).toMatchObject({ odsCode: 'FW37K', name: 'Holloway Lane Chemist', address: '71 Holloway Lane, Derby, DE21 6QT' });
    // The telephone was given for the current pharmacy only: the acquired one's is not taken from the left column.
    expect(f.newPractice?.phone ?? null).toBeNull();
  });

  it('joins a cell\'s second line to its first, on either side of the table', async () => {
    const pdf = await printedPdf(
      [
        ['', 'Existing practice', 'New practice'],
        ['Practice name', 'Brook Lane Surgery', 'Millbrook Health Centre'],
        ['ODS code', 'H81020', 'H81133'],
        ['Address', '3 Brook Lane, Woking,', '40 Mill Road,'],
        ['', 'GU21 4AA', 'Byfleet KT14 7PA'],
        ['Telephone', '01483 555 200', '01932 555 310'],
      ],
      { columns: [0, 150, 340], lineHeight: 16 },
    );
    const c = await parseEmailWithPdf('datamanager', ['Ian Cobb', 'ian.cobb@nhs.net'], 'Extend main contact', 'Please extend my main contact role as in the attached.\n\nIan Cobb', pdf);
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'H81020', address: '3 Brook Lane, Woking, GU21 4AA', phone: '01483 555 200' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'H81133', address: '40 Mill Road, Byfleet KT14 7PA' });
  });

  it('reads columns lined up with spaces in a plain-text email', async () => {
    const c = await parseEmail('datamanager', { ...from('Hannah Okafor', 'hannah.okafor@nhs.net'), Subject: 'Extend main contact after merger' },
      'Hello,\n\nPlease extend our main contact to the practice we merged with on 1 November.\n\n' +
        '                      Existing practice              New practice\n' +
        'ODS code              C84077                         C84120\n' +
        'Practice name         Linden Vale Surgery            Bramcote Road Medical Centre\n' +
        'Address               9 Linden Vale, Nottingham      40 Bramcote Road, Beeston\n' +
        'Telephone                                            0115 496 0871\n' +
        'Main contact          Hannah Okafor\n\n' +
        'Thanks\nHannah Okafor\nPractice Manager');
    expect(c.kind).toBe('main_contact_extension');
    const f = fieldsOf(c);
    expect(f.existingPractice).toMatchObject({ odsCode: 'C84077', name: 'Linden Vale Surgery', address: '9 Linden Vale, Nottingham' });
    expect(f.newPractice).toMatchObject({ odsCode: 'C84120', name: 'Bramcote Road Medical Centre', address: '40 Bramcote Road, Beeston' });
    expect(f.existingPractice?.phone ?? null).toBeNull();
  });

  it('reads a CSV export whose quoted cells hold commas', async () => {
    const c = await parseEmail('datamanager', { ...from('Tomasz Wrobel', 'tomasz.wrobel@nhs.net'), Subject: 'Main contact extension - new pharmacy' },
      'Hi team,\n\nOur tracker export for the pharmacy we have taken over:\n\n' +
        'item,existing pharmacy,new pharmacy\n' +
        'ODS code,FAA17,FKK92\n' +
        'Name,Parkside Pharmacy,Ashgrove Pharmacy\n' +
        'Address,"3 Park Parade, Leeds, LS6 2QR","12 Ashgrove, Leeds, LS6 4HX"\n' +
        'Main contact,Tomasz Wrobel,\n' +
        'Telephone,0113 496 2290,\n\n' +
        'Regards\nTomasz');
    expect(c.kind).toBe('main_contact_extension');
    const f = fieldsOf(c);
    expect(f.existingPractice).toMatchObject({ odsCode: 'FAA17', name: 'Parkside Pharmacy', address: '3 Park Parade, Leeds, LS6 2QR', phone: '0113 496 2290' });
    expect(f.newPractice).toMatchObject({ odsCode: 'FKK92', name: 'Ashgrove Pharmacy', address: '12 Ashgrove, Leeds, LS6 4HX' });
  });

  it('leaves text that only looks like columns as it was', () => {
    // A letterhead's partners side by side start at the margin; a sentence with a list has no column under it.
    const partners = 'Dr Amit Rao          Dr Ciara Doyle          Dr Lena Fischer\nPartners of the practice';
    expect(convertPipeTables(partners)).toBe(partners);
    const csvSentence = 'We have three sites, Oak Road, Elm Road and Ash Road, as you know.\nNothing else changed.';
    expect(convertPipeTables(csvSentence)).toBe(csvSentence);
    // A row whose piece starts between the heading's columns is not the table's: the block is left alone.
    const ragged = '          Before        After\nName      Jo Bloggs    Jo Smith\nEmail  j@x.nhs.net\n';
    expect(convertPipeTables(ragged)).toBe(ragged);
  });
});

/**
 * What corpus-34 (writer AD: everyday mail from practices of every size) showed first-seen, written again here with
 * other practices and people: Outlook's plain-text rendering of a table, a site's details as unlabelled bullets, a
 * letter's two sections side by side with addresses over two lines, a form's bare "PART B", fields named "Text Box N",
 * a notification's "USER NAME : SURNAME, Forename", permissions "to be given:", thanks for a confirmation that arrived.
 */
describe('tables, lists and notifications as practices send them', () => {
  it('reads a table Outlook wrote one cell a line in the plain-text part', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Denise Varley', 'denise.varley@nhs.net', 'datamanager'), Subject: 'Practice email change' },
      'Good morning,\n\nPlease update our practice email on PCSE Online as in the table below.\n\nOld practice email\nNew practice email\n\nelmtree.surgery@nhs.net\nnenc.elmtreesurgery@nhs.net\n\nThanks\nDenise Varley\nElm Tree Surgery · A84031');
    expect(c.kind).toBe('practice_email_update');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'elmtree.surgery@nhs.net', newEmail: 'nenc.elmtreesurgery@nhs.net' });
  });

  it('takes "at the moment PCSE has X" for the address PCSE holds', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Ravi Menon', 'ravi.menon4@nhs.net', 'datamanager'), Subject: 'Practice email' },
      'Hello,\n\nCould you update the practice email for Orchard Lane Practice (D81044)? At the moment PCSE has orchardlane.admin@nhs.net, which is going to be closed.\n\nPlease change it to orchardlane.reception@nhs.net.\n\nRavi Menon\nPractice Manager');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'orchardlane.admin@nhs.net', newEmail: 'orchardlane.reception@nhs.net' });
  });

  it('reads a site\'s bulleted details whose name, address and phone carry no label', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Owen Pritchard', 'owen.pritchard@nhs.net', 'datamanager'), Subject: 'Branch set up' },
      'Dear PCSE,\n\nPlease set up our branch on PCSE Online.\n\nMain practice\n\n  *   Larkfield Surgery\n  *   ODS code: G82093\n  *   Main contact: Owen Pritchard, owen.pritchard@nhs.net\n  *   14 Larkfield Road, Aylesford ME20 6AB\n  *   01622 555 810\n\nBranch\n\n  *   Main contact: Dr Leah Moss, leah.moss@nhs.net\n  *   Branch ODS code: G82093002\n  *   Ditton Village Surgery\n  *   2 Station Road, Ditton, Aylesford ME20 6AU\n  *   01622 555 870\n\nOwen Pritchard\nPractice Manager');
    expect(c.kind).toBe('branch_setup');
    const f = fieldsOf(c);
    expect(f.mainPractice).toMatchObject({ name: 'Larkfield Surgery', address: '14 Larkfield Road, Aylesford ME20 6AB', phone: '01622 555 810', mainContact: { name: 'Owen Pritchard', email: 'owen.pritchard@nhs.net' } });
    expect(f.branch).toMatchObject({ name: 'Ditton Village Surgery', address: '2 Station Road, Ditton, Aylesford ME20 6AU', phone: '01622 555 870' });
  });

  it('opens the branch\'s block at its code, so the address and phone after it are the branch\'s', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Tanya Bell', 'tanya.bell2@nhs.net', 'datamanager'), Subject: 'New branch' },
      'Hi,\n\nMain practice: Ashby Road Practice, GP, ODS c82017\nMain contact: Tanya Bell, tanya.bell2@nhs.net\nAddress: 8 Ashby Road, Loughborough LE11 3AA\nTel: 01509 555 100\n\nBranch ODS: c82017003\nBranch name: Shepshed Health Hub\nAddress: 1 Field Street, Shepshed LE12 9AL\nTel: 01509 555 190\nBranch main contact: Mr Idris Khan, idris.khan@nhs.net\n\nThanks\nTanya');
    const f = fieldsOf(c);
    expect(f.mainPractice).toMatchObject({ address: '8 Ashby Road, Loughborough LE11 3AA', phone: '01509 555 100' });
    expect(f.branch).toMatchObject({ odsCode: 'C82017003', name: 'Shepshed Health Hub', address: '1 Field Street, Shepshed LE12 9AL', phone: '01509 555 190' });
  });

  it('reads a letter\'s two sections side by side, an address over two lines on either side', async () => {
    const pdf = await printedPdf(
      [
        'Dear Sir or Madam,',
        'Please extend my main contact role to the pharmacy we have bought. The details are below.',
        ['EXISTING PHARMACY', '', 'NEW PHARMACY'],
        ['Name', 'Hollybank Pharmacy', 'ODS code', 'FT550'],
        ['ODS code', 'FD217', 'Name', 'Moorside Chemist'],
        ['Main contact', 'Nadia Rahman', 'Address', '9 Moor Lane'],
        ['Email', 'nadia.rahman@nhs.net', '', 'Bolton BL1 4RT'],
        ['Address', '22 Holly Bank'],
        ['', 'Bolton BL3 5QQ'],
        ['Telephone', '01204 555 300'],
        'Yours faithfully, Nadia Rahman',
      ],
      { columns: [0, 90, 260, 350] },
    );
    const c = await parseEmailWithPdf('datamanager', ['Nadia Rahman', 'nadia.rahman@nhs.net'], 'Main contact extension', 'Letter attached.\n\nNadia', pdf);
    expect(c.kind).toBe('main_contact_extension');
    const f = fieldsOf(c);
    expect(f.existingPractice).toMatchObject({ odsCode: 'FD217', name: 'Hollybank Pharmacy', address: '22 Holly Bank, Bolton BL3 5QQ', phone: '01204 555 300' });
    expect(f.newPractice).toMatchObject({ odsCode: 'FT550', name: 'Moorside Chemist', address: '9 Moor Lane, Bolton BL1 4RT' });
  });

  it('reads a bare "PART B" as the approver\'s part when the sentence under it says so', async () => {
    const pdf = await fillableForm([
      { text: 'GPP Practice User Administrator Certification' },
      { text: 'PART A' },
      { label: 'Name of practice', field: 'undefined', value: 'Fernlea Surgery' },
      { label: 'Practice ODS code', field: 'undefined_2', value: 'B82044' },
      { text: 'Details of the person to be nominated' },
      { label: 'Name', field: 'Name', value: 'Gemma Holt' },
      { label: 'Email', field: 'Email', value: 'gemma.holt@nhs.net' },
      { text: 'PART B' },
      { text: 'I certify that I am an approver for the organisation named in Part A.' },
      { label: 'Name', field: 'Name_2', value: 'Dr Philip Amos' },
      { label: 'Position', field: 'Position', value: 'GP Partner' },
      { label: 'Email', field: 'Email_2', value: 'philip.amos@nhs.net' },
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Gemma Holt', 'gemma.holt@nhs.net'], 'GPP user admin form', 'Form attached, both parts done.\n\nGemma', pdf);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Gemma Holt', email: 'gemma.holt@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Philip Amos', email: 'philip.amos@nhs.net', role: 'GP Partner' });
  });

  it('keeps the nominee\'s lines out of the approver\'s on a form titled "Certification Form"', async () => {
    // The title makes the whole form an approver's section by its word "certification"; the nominee comes first in it.
    const pdf = await printedPdf(['GP Payments and Pensions', 'Practice User Administrator Certification Form', 'Practice name Larch Road Surgery', 'Practice code (ODS) M85022', 'Full name of nominee Tomasz Nowak', 'Job title Data Quality Lead', 'Email address tomasz.nowak@nhs.net', 'Approver name Dr Grace Adebayo', 'Position / role Managing Partner', 'Approver email grace.adebayo@nhs.net', 'Date 24/11/26']);
    const c = await parseEmailWithPdf('portalenquiries', ['Larch Road Surgery', 'larchroad.surgery@nhs.net'], 'GPP certification form', 'Please see the attached signed certification form nominating a further GPP Practice User Administrator.', pdf);
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Tomasz Nowak', email: 'tomasz.nowak@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Grace Adebayo', email: 'grace.adebayo@nhs.net', role: 'Managing Partner' });
  });

  it('lays out fields named "Text Box 1", "Text Box 2" by the labels printed beside them', async () => {
    const pdf = await fillableForm([
      { text: 'Open Exeter - Request for a Primary User (GP Practices)' },
      { text: 'Section 1 - Practice' },
      { label: 'Practice name', field: 'Text Box 1', value: 'Castle Mead Surgery' },
      { label: 'Practice code', field: 'Text Box 2', value: 'J83012' },
      { text: 'Section 2 - Proposed Primary User' },
      { label: 'Forename', field: 'Text Box 3', value: 'Holly' },
      { label: 'Surname', field: 'Text Box 4', value: 'Quinn' },
      { label: 'NHS email address', field: 'Text Box 5', value: 'holly.quinn@nhs.net' },
      { text: 'Section 3 - Authorised signatory' },
      { label: 'Name', field: 'Text Box 6', value: 'Dr Sam Oyelaran' },
      { label: 'Position', field: 'Text Box 7', value: 'GP Partner' },
      { label: 'Email', field: 'Text Box 8', value: 'sam.oyelaran@nhs.net' },
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Holly Quinn', 'holly.quinn@nhs.net'], 'OE primary user', 'Form attached.', pdf);
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Holly Quinn', email: 'holly.quinn@nhs.net' });
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Sam Oyelaran', email: 'sam.oyelaran@nhs.net', role: 'gp_partner' });
  });

  it('takes a notification\'s USER ID for the login, not its "USER NAME : SURNAME, Forename"', async () => {
    const c = await parseEmail('openexeter', { From: 'Open Exeter <open.exeter.notifications@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'OPEN EXETER USER AUTHORISATION REQUEST - F85011' },
      '*** OPEN EXETER USER AUTHORISATION REQUEST ***\n\nORGANISATION : F85011  HIGHGATE GROUP PRACTICE\nUSER NAME    : OKORO, Adaeze\nUSER ID      : OKOROA02\nE-MAIL       : adaeze.okoro@nhs.net\nADDED BY     : DALE, Simon  (DALES)\n\nOpen Exeter Service');
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Adaeze Okoro', email: 'adaeze.okoro@nhs.net', username: 'OKOROA02' });
  });

  it('reads every permission listed after "to be given:"', async () => {
    const c = await parseEmail('openexeter', { ...fromTo('Helen Marsh', 'helen.marsh@nhs.net', 'openexeter'), Subject: 'Open Exeter permissions' },
      'Hello\n\nAs Lead GP at Ferncliffe Surgery (B83021) I would like our nurse lead Amy Doyle (Open Exeter username DOYLEA, amy.doyle@nhs.net) to be given:\n\n- Prior Notification List\n- Non-Responder Report\n\nThanks\nHelen Marsh\nLead GP');
    expect(fieldsOf(c).permissions).toEqual(['Prior Notification List', 'Non-Responder Report']);
  });

  it('leaves thanks for a confirmation that arrived unclassified', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Lynne Carr', 'lynne.carr@nhs.net', 'datamanager'), Subject: 'RE: PCSE-2026-008812 Your practice email address has been updated' },
      'Thanks - the confirmation arrived in the new mailbox.\n\nLynne\n\n-----Original Message-----\nFrom: PCSE Data Manager <pcse.datamanager@nhs.net>\nSubject: PCSE-2026-008812 Your practice email address has been updated\n\nWe have updated your practice email address on PCSE Online.');
    expect(c.kind).toBe('unclassified');
  });
});

/**
 * What corpus-33 (writer AC, released this session after a session unread) showed: a branch set-up and an extension
 * written wholly as prose ("The branch is called …", "It is at …", "can be reached on …", "ODS have given it the code
 * …"), a practice's possessive before its code, and old and new addresses cued by what the writer says of each.
 */
describe('details and addresses written as prose', () => {
  it('reads a branch set-up written in sentences that name no field', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Bronwen Hale', 'bronwen.hale@nhs.net', 'datamanager'), Subject: 'Branch practice on PCSE Online' },
      'Dear team,\n\nWe would like to set up access to PCSE Online for a branch practice.\n\n' +
        'Our main practice is Severn View Surgery, which is a GP practice with the ODS code M83051. The main practice is at 3 River Walk, Bewdley DY12 1AA and our telephone number is 01299 555 120.\n\n' +
        'The branch is called Stourport Road Surgery and ODS have given it the code M83051002. It is at 60 Stourport Road, Bewdley DY12 1BL, and the telephone number there is 01299 555 180. We would like Dr Ifeoma Eze, our branch lead GP, to be the main contact for the branch. Her email address is ifeoma.eze@nhs.net.\n\n' +
        'Kind regards\nBronwen Hale\nPractice Manager');
    expect(c.kind).toBe('branch_setup');
    const f = fieldsOf(c);
    expect(f.mainPractice).toMatchObject({ odsCode: 'M83051', name: 'Severn View Surgery', address: '3 River Walk, Bewdley DY12 1AA', phone: '01299 555 120' });
    expect(f.branch).toMatchObject({ odsCode: 'M83051002', name: 'Stourport Road Surgery', address: '60 Stourport Road, Bewdley DY12 1BL', phone: '01299 555 180' });
    expect(f.branch?.mainContact).toEqual({ title: 'Dr', name: 'Ifeoma Eze', email: 'ifeoma.eze@nhs.net' });
  });

  it('drops the possessive from "X Surgery\'s ODS code is …"', async () => {
    const c = await parseEmail('datamanager', { ...fromTo('Dr Anil Bose', 'anil.bose@nhs.net', 'datamanager'), Subject: 'Extend main contact to new practice' },
      'Dear colleagues,\n\nI would like to extend a current main contact to a new practice after our merger.\n\nWillow Bank Surgery\'s ODS code is G81044. PCSE holds me, Dr Anil Bose, as the main contact, at anil.bose@nhs.net.\n\nThe new practice is Hatch End Health Centre, ODS code G81071, at 9 Hatch Lane, Hove BN3 7AA.\n\nAnil');
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'G81044', name: 'Willow Bank Surgery' });
  });

  it('takes the old and new practice addresses from what the writer says of each', async () => {
    const personal = await parseEmail('datamanager', { ...fromTo('Gail Rowe', 'gail.rowe3@nhs.net', 'datamanager'), Subject: 'Change of practice email' },
      'Hi,\n\nThe one you have is hillcrest.surgery@nhs.net but nobody checks that inbox any more.\n\nCan you use my email instead please: gail.rowe3@nhs.net - I deal with everything PCSE.\n\nGail Rowe\nHillcrest Surgery | ODS B82077');
    expect(fieldsOf(personal)).toMatchObject({ currentEmail: 'hillcrest.surgery@nhs.net', newEmail: 'gail.rowe3@nhs.net' });
    const locked = await parseEmail('datamanager', { ...fromTo('Tamsin Hext', 'tamsin.hext@nhs.net', 'datamanager'), Subject: 'L83044 Dunmere Surgery - practice email' },
      'Hi, the practice email address you hold for us was set up by a partner who retired and we cannot get into it at all (dunmere.surgery@nhs.net). IT have now made us a proper shared one, dunmere.admin@nhs.net, please could you swap it over?\n\nTamsin');
    expect(fieldsOf(locked)).toMatchObject({ currentEmail: 'dunmere.surgery@nhs.net', newEmail: 'dunmere.admin@nhs.net' });
    const merged = await parseEmail('datamanager', { ...fromTo('Neil Foss', 'neil.foss@nhs.net', 'datamanager'), Subject: 'Practice email after merger' },
      'Good afternoon,\n\nCould you please update the practice email address you hold for L83612? At the moment PCSE has oakfield.surgery@nhs.net, which will be switched off. The new shared mailbox for the merged practice is oakfieldvale.admin@nhs.net.\n\nNeil Foss');
    expect(fieldsOf(merged)).toMatchObject({ currentEmail: 'oakfield.surgery@nhs.net', newEmail: 'oakfieldvale.admin@nhs.net' });
  });
});
