import { describe, expect, it } from 'vitest';
import { rejoinSentencesBrokenAtTheirVerb } from '../../../ingest/extract/hard-wrap.js';
import { officeHoldersWhoConsent } from '../../../ingest/extract/role-holders.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { fillableForm, printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-second session), what corpus 36 (writer AF: small practices, webmail and phones) showed, each
 * pattern written again here with other practices and people: the approver named in a sentence about their office
 * rather than labelled, a reply under a reference that asks for something new, a request two forwards down, a branch
 * described in prose, and a table whose rows are the sites. Every email here is written for this test.
 */
const to = (mailbox: string) => `pcse.${mailbox}@nhs.net`;

describe('the approver named in a sentence about their office', () => {
  it('finds the holder whichever side of "is" they stand, across a paragraph break, in any case', () => {
    expect(officeHoldersWhoConsent('Dr Okafor is our CQC Registered Manager and is happy with this.')).toMatchObject([{ written: 'Dr Okafor', office: 'CQC Registered Manager' }]);
    expect(officeHoldersWhoConsent('Our contract holder, who is copied in and agrees,\n\nis Mr Felix Armitage.')).toMatchObject([{ written: 'Mr Felix Armitage', office: 'contract holder' }]);
    expect(officeHoldersWhoConsent('mr armitage (practice owner) is cc\'d and is fine with it')).toMatchObject([{ written: 'mr armitage', office: 'practice owner' }]);
    // An office named with no consent is not an approval.
    expect(officeHoldersWhoConsent('Dr Okafor is our CQC Registered Manager.')).toEqual([]);
  });

  it('completes a title and surname from the Cc header, and takes the address from it', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Jodie Marsh <jodie.marsh@nhs.net>', To: to('portalenquiries'), Cc: '"OKAFOR, Chidi (Dr) (LANGLEY DENTAL)" <chidi.okafor@nhs.net>', Subject: 'PL admin' },
      'Hello,\n\nPlease could Mark Penhale be set up as a PL Organisation Administrator for Langley Dental, V004512. His email is mark.penhale@nhs.net.\n\nDr Okafor is our CQC Registered Manager and is happy with this.\n\nThanks\nJodie Marsh\nPractice Manager',
    );
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Chidi Okafor', email: 'chidi.okafor@nhs.net', role: 'CQC Registered Manager' });
  });

  it('completes it from the text when nobody is copied in, and never takes the nominee for the approver', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Jodie Marsh <jodie.marsh@nhs.net>', To: to('portalenquiries'), Subject: 'Another PL admin' },
      'Hi,\n\nOur admins now are:\n\n1. Jodie Marsh (me)\n2. Dr Helen Quayle\n\nCould Priya Lal (priya.lal@nhs.net) be added as a PL admin too? Dr Quayle is the CQC Registered Manager and has agreed to it.\n\nLangley Dental, V004512\n\nJodie',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Helen Quayle', role: 'CQC Registered Manager' });
    expect(fieldsOf(c).nominee).toMatchObject({ email: 'priya.lal@nhs.net' });
  });

  it('takes an ICB approver\'s job from their sign-off', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: '"PERRIN, Alison (NHS LANCASHIRE ICB)" <alison.perrin@nhs.net>', To: to('portalenquiries'), Subject: 'PCN user admin - Ribble Valley PCN' },
      'Dear PCSE,\n\nI am writing as an ICB approver on the Authorised Email List to approve a user administrator for Ribble Valley PCN, U55120.\n\nNominee: Tariq Aziz\nEmail: tariq.aziz@nhs.net\n\nKind regards\n\nAlison Perrin\nSenior Primary Care Manager\nNHS Lancashire and South Cumbria ICB',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Alison Perrin', email: 'alison.perrin@nhs.net', role: 'Senior Primary Care Manager' });
  });

  it('counts a listed administrator whose line carries a remark', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Jodie Marsh <jodie.marsh@nhs.net>', To: to('portalenquiries'), Subject: 'PL admin' },
      'Hello,\n\nOur current PL Organisation Administrators are:\n\n1. Jodie Marsh (me)\n2. Dr Helen Quayle\n3. Sam Dyer\n4. Leah Moss - on long-term sick leave\n\nCould Priya Lal be added? Her email is priya.lal@nhs.net. Dr Quayle is our CQC Registered Manager and is happy with this.\n\nLangley Dental, V004512',
    );
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });
});

describe('replies, forwards and broken sentences', () => {
  it('reads a reply under a PCSE reference that asks for something new as a request, not as the quoted one', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Gail Trewin <gail.trewin@nhs.net>', To: to('portalenquiries'), Subject: 'RE: PCSE-2026-077310 - Your enquiry has been received' },
      'Hi,\n\nA new one from me. Please could you change the main contact to our new manager:\n\nOwen Pascoe\nowen.pascoe@nhs.net\n\nPractice code V 031 177.\n\nGail\n\n________________________________\nFrom: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSent: Monday, 2 November 2026 10:02\nTo: Gail Trewin <gail.trewin@nhs.net>\nSubject: PCSE-2026-077310 - Your enquiry has been received\n\nThank you for contacting PCSE. Your reference is PCSE-2026-077310. Please quote it in any further correspondence.\n\n________________________________\nFrom: Gail Trewin <gail.trewin@nhs.net>\nSent: Monday, 2 November 2026 09:50\nTo: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSubject: Locked\n\nI am locked out of PCSE Online, please unlock me. Username gail.trewin@nhs.net',
    );
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Owen Pascoe', email: 'owen.pascoe@nhs.net' });
  });

  it('reads the request two forwards down when the middle one only passes it on', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Rhys Bowden <rhys.bowden@nhs.net>', To: to('datamanager'), Subject: 'FW: FW: our email' },
      'Hello, see below from Dr Kent.\n\nRhys\n\n________________________________\nFrom: Amy Lowe <amy.lowe@nhs.net>\nSent: Tuesday, 1 December 2026 08:30\nTo: Rhys Bowden <rhys.bowden@nhs.net>\nSubject: FW: our email\n\nRhys, could you forward this to PCSE please, I am on leave. Amy\n\n________________________________\nFrom: Louise Kent <louise.kent@nhs.net>\nSent: Monday, 30 November 2026 17:00\nTo: Amy Lowe <amy.lowe@nhs.net>\nSubject: our email\n\nAmy,\n\nCan you ask PCSE to change the practice email address they hold for us? They have the old one, brookvalesurgery@nhs.net; it should be brookvale.practice@nhs.net from now on.\n\nBrookvale Surgery, J82044.\n\nLouise',
    );
    expect(c.kind).toBe('practice_email_update');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'brookvalesurgery@nhs.net', newEmail: 'brookvale.practice@nhs.net' });
  });

  it('joins a value its writer put in a paragraph of its own after "is"', () => {
    expect(rejoinSentencesBrokenAtTheirVerb('and his GMC number is\n\n7012345.\n\nThanks')).toBe('and his GMC number is 7012345.\n\nThanks');
    // A list under a heading ending in "are" keeps its lines.
    expect(rejoinSentencesBrokenAtTheirVerb('The admins are\n\n- Jo Bloggs')).toBe('The admins are\n\n- Jo Bloggs');
  });
});

describe('sites described in prose and tables whose rows are the sites', () => {
  it('reads a branch set-up written wholly in sentences, the writer asking to be its main contact', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: '"FENWICK, Moira (ALNMOUTH SURGERY)" <moira.fenwick@nhs.net>', To: to('datamanager'), Subject: 'New branch - Warkworth' },
      'Hi,\n\nOur new branch at Warkworth has its ODS code now (A84031002) and we would like to set it up on PCSE Online.\n\nThe main practice is Alnmouth Surgery, a GP practice, code A84031, at 2 Riverside, Alnmouth, NE66 2RJ, telephone 01665 830 201. You hold me as main contact - Mrs Moira Fenwick, moira.fenwick@nhs.net.\n\nI would like to be the main contact for the branch as well, on the same address. The branch is called Warkworth Surgery and is at 9 Castle Street, Warkworth, NE65 0UW; its phone number is 01665 711 020.\n\nThanks,\nMoira Fenwick\nPractice Manager',
    );
    expect(c.kind).toBe('branch_setup');
    const f = fieldsOf(c);
    expect(f.mainPractice).toMatchObject({ odsCode: 'A84031', name: 'Alnmouth Surgery', address: '2 Riverside, Alnmouth, NE66 2RJ', phone: '01665 830 201' });
    expect(f.branch).toMatchObject({ odsCode: 'A84031002', name: 'Warkworth Surgery', address: '9 Castle Street, Warkworth, NE65 0UW' });
    expect(f.branch?.mainContact).toMatchObject({ title: 'Mrs', name: 'Moira Fenwick', email: 'moira.fenwick@nhs.net' });
  });

  it('reads each row of a table headed by the site it describes', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Dev Sharma <dev.sharma@nhs.net>', To: to('datamanager'), Subject: 'Extend main contact' },
      'Hello,\n\nPlease extend my main contact access to our second shop.\n\n\tODS code\tPractice name\tMain contact\tAddress\nExisting practice\tTPD22\tSharma Eyecare\tDev Sharma\t3 Bridge Street, Bakewell, DE45 1DS\nNew practice\tTPF40\tSharma Eyecare (Buxton)\t-\t8 Spring Gardens, Buxton, SK17 6DE\n\nThanks\nDev',
    );
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'TPD22', name: 'Sharma Eyecare', address: '3 Bridge Street, Bakewell, DE45 1DS' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'TPF40', name: 'Sharma Eyecare (Buxton)', address: '8 Spring Gardens, Buxton, SK17 6DE' });
  });
});

describe('signatures, ticks and phone shorthand', () => {
  it('takes "me" from a shop\'s mailbox as the person whose details are in a signature pasted as a picture', async () => {
    const html = '<p>Hello,</p><p>Please could you change the main contact for our pharmacy to me. My details are in my signature.</p><p>Thanks</p><p><img src="cid:sig001" alt="Tomasz Nowak MRPharmS | Pharmacist | Riverside Chemist, F-code FK312 | tomasz.nowak@nhs.net | 01905 612 440"></p>';
    const c = await parseEmail('portalenquiries', { From: 'Riverside Chemist <riverside.chemist@nhs.net>', To: to('portalenquiries'), Subject: 'Main contact' }, html, 'text/html; charset="utf-8"');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Tomasz Nowak', email: 'tomasz.nowak@nhs.net' });
    expect(c.organisation?.odsCode).toBe('FK312');
  });

  it('keeps the sender when their own address spells them, whatever else the signature holds', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Tomasz Nowak <tomasz.nowak@nhs.net>', To: to('portalenquiries'), Subject: 'Main contact' },
      'Hello,\n\nPlease could you change the main contact for Riverside Chemist (FK312) to me.\n\nThanks\nTomasz Nowak\nPharmacist\nTeam inbox: riverside.chemist@nhs.net',
    );
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Tomasz Nowak', email: 'tomasz.nowak@nhs.net' });
  });

  it('reads "im the practice manager" typed on a phone as the signatory\'s stated role', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Dawn Pickles <dawnpickles64@gmail.com>', To: to('openexeter'), Subject: 'open exeter access' },
      'hi\n\ncan you give our new nurse amy fell access to prior notification lists on open exeter please. her user id is SED0071 and email amy.fell@nhs.net\n\nim the practice manager at sedbergh surgery (A82650), using my own email as im off today\n\ndawn',
    );
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).signatory).toMatchObject({ role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });
});

describe('forms: a declaration ticked, a label that says who holds the value', () => {
  it('takes a ticked declaration for no field: the approver\'s capacity is the one written in its own box', async () => {
    const pdf = await fillableForm([
      { text: 'GPP Practice User Administrator Certification Form' },
      { label: 'Practice name', field: 'org_nm', value: 'Coldstream Surgery' },
      { label: 'Practice ODS code', field: 'org_ods', value: 'B81044' },
      { label: 'Nominee name', field: 'nom_nm', value: 'Liam Shaw' },
      { label: 'Nominee NHSmail address', field: 'nom_eml', value: 'liam.shaw@nhs.net' },
      { text: 'Part B: certification by an approver' },
      { text: 'I confirm this person should hold the User Administrator role. I am an approver for this practice.' },
      { box: 'decl_ok', option: 'I agree with the statement above', ticked: true },
      { label: 'Approver name', field: 'appr_nm', value: 'Dr Ruth Okafor' },
      { label: 'Capacity', field: 'appr_cap', value: 'Senior Partner' },
      { label: 'Approver email', field: 'appr_eml', value: 'ruth.okafor@nhs.net' },
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Jan Hodge', 'jan.hodge@nhs.net'], 'GPP user admin form', 'Please find the certification form attached.\n\nJan', pdf);
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Ruth Okafor', email: 'ruth.okafor@nhs.net', role: 'Senior Partner' });
  });

  it('reads "Main contact held by PCSE" over its value as a label, so the block under it stays the existing site\'s', async () => {
    const pdf = await printedPdf([
      'Request to extend an existing main contact to a new pharmacy',
      'Existing pharmacy', 'Pharmacy name', 'Lakeside Pharmacy', 'ODS code', 'FM204', 'Main contact held by PCSE', 'Gurpreet Dhillon',
      'Main contact email', 'gurpreet.dhillon@nhs.net', 'Address', '4 Lake Road', 'Windermere', 'LA23 2BX', 'Telephone', '015394 44120',
      'New pharmacy', 'ODS code', 'FW881', 'Pharmacy name', 'Bowness Pharmacy', 'Address', '2 Crag Brow', 'Bowness-on-Windermere', 'LA23 3BX',
    ], { lineHeight: 16 });
    const c = await parseEmailWithPdf('datamanager', ['Gurpreet Dhillon', 'gurpreet.dhillon@nhs.net'], 'Main contact extension', 'Form attached.\n\nGurpreet', pdf);
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'FM204', address: '4 Lake Road, Windermere, LA23 2BX', phone: '015394 44120' });
  });
});

describe('what corpus 35 showed (writer AE), written again here', () => {
  it('reads the plain text of an HTML table with a blank line after each row, a row short of its last cell included', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Nia Evans <nia.evans@nhs.net>', To: to('datamanager'), Subject: 'Extend main contact' },
      'Dear PCSE,\n\nPlease extend my main contact role to the practice we have taken on.\n\n\tExisting practice\tNew practice\n\nODS code\tV044120\tV051377\n\nPractice name\tHarbour Dental\tQuay Dental\n\nMain contact\tNia Evans\n\nAddress\t2 Harbour Road, Tenby SA70 7BX\t9 Quay Hill, Tenby SA70 7BY\n\nThanks\nNia',
    );
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'V044120', name: 'Harbour Dental', address: '2 Harbour Road, Tenby SA70 7BX' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'V051377', name: 'Quay Dental', address: '9 Quay Hill, Tenby SA70 7BY' });
  });

  it('reads a site\'s details as the parts of one sentence: "is at …, tel …", "is X, <address>, and its ODS code is …"', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Omar Haddad <omar.haddad@nhs.net>', To: to('datamanager'), Subject: 'New pharmacy' },
      'Dear Data Manager,\n\nI am the main contact you hold for Haddad Chemist (ODS FK442), and I would like to extend it to a pharmacy we have bought.\n\nThe main practice is at 12 Mill Lane, Batley WF17 5DD, tel 01924 555 100.\n\nThe new pharmacy is Birstall Pharmacy, 4 Market Place, Birstall WF17 9EN, and its ODS code is FT318.\n\nOmar Haddad',
    );
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FT318', name: 'Birstall Pharmacy', address: '4 Market Place, Birstall WF17 9EN' });
  });

  it('chases in other words under a reference', async () => {
    for (const body of ['Chasing the below please - we asked for a GPP user admin on 3 November.', 'We sent the form and got your acknowledgement but nothing since. Could you let us know when it will be done?']) {
      const c = await parseEmail('portalenquiries', { From: 'Ann Lee <ann.lee@nhs.net>', To: to('portalenquiries'), Subject: 'RE: PCSE-2026-031200 user admin' }, `Hello,\n\n${body}\n\nReference PCSE-2026-031200.\n\nAnn`);
      expect(c.kind).toBe('unclassified');
    }
  });

  it('reads a site labelled in a sentence by its parts, and a "label: value" sentence after it as written', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Ilse Brandt <ilse.brandt@nhs.net>', To: to('datamanager'), Subject: 'Branch set up' },
      'Hi team,\n\nMain practice: Elmwood Surgery, ODS J82150, main contact Dr Ilse Brandt (ilse.brandt@nhs.net), 7 Elm Road, Andover SP10 2AB, tel 01264 555 300.\n\nBranch: Elmwood at Weyhill, branch ODS code J82150001, 2 Fair Lane, Weyhill, Andover SP11 8DN, tel 01264 555 340. Main contact for the branch: Mr Pavel Novak, pavel.novak@nhs.net.\n\nThanks,\nIlse',
    );
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).mainPractice).toMatchObject({ odsCode: 'J82150', address: '7 Elm Road, Andover SP10 2AB' });
    expect(fieldsOf(c).branch?.mainContact).toMatchObject({ title: 'Mr', name: 'Pavel Novak', email: 'pavel.novak@nhs.net' });
  });

  it('reads Ceasing as an Open Exeter function beside another, joined by "+"', async () => {
    const c = await parseEmail('openexeter', { From: 'Ola Berg <ola.berg.gp@gmail.com>', To: to('openexeter'), Subject: 'OE perms' }, 'Hi - please add Prior Notification List + Ceasing for Tom Reid (user TREID2). Lead GP, Oakfield Surgery P81033. Ola');
    expect(fieldsOf(c).permissions).toEqual(expect.arrayContaining(['Prior Notification List', 'Ceasing']));
  });

  it('does not take a PCN\'s Clinical Director for a member of the board', async () => {
    const { signatoryRole } = await import('../../../ingest/extract/fields/people.js');
    expect(signatoryRole('Clinical Director, Northfields PCN')).toBe('other');
    expect(signatoryRole('Director of Nursing')).toBe('board_member');
  });
});
