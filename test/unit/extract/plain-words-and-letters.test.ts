import { describe, expect, it } from 'vitest';
import { unwrapLetterParagraphs } from '../../../ingest/extract/flat-form.js';
import { composeEmail, fieldsOf, multipart, parseEmail, parseRaw } from '../../support/compose-email.js';
import { emailWithForm, fillableForm } from '../../support/fillable-form.js';

/**
 * Issue 9 (seventeenth session): requests from people who have never seen a PCSE form (corpus-27, writer W) and the
 * attachment as the whole request (corpus-25, writer U, released): the user administrator described by what it
 * does, "me" in a forwarded message, a practice inbox with the writer's own address, letters instead of forms, form
 * parts coded by letter, and tables an HTML email's plain text leaves out. Every email here is written for this test.
 */
const from = (name: string, email: string, mailbox = 'portalenquiries') => ({ From: `${name} <${email}>`, To: `pcse.${mailbox}@nhs.net` });

describe('the user administrator, described by what it does', () => {
  it.each([
    ['I am leaving in March. I\'d like Sunita to take over from me as the person who manages users for the performers list. Her email is sunita.rao@nhs.net.'],
    ['We would like a second person to look after who can do what on the ophthalmic payments part of PCSE Online. Details: Ana Silva, ana.silva@nhs.net.'],
    ['Please could Ben Ode be able to manage our team\'s access to the GP payments on PCSE Online? ben.ode@nhs.net'],
    ['Nobody here can do the performers list bits any more since our manager left. Could I be set up to do that please?'],
  ])('reads "%s" as a user administrator nomination', async (body) => {
    const c = await parseEmail('portalenquiries', { ...from('Kim Lowe', 'kim.lowe@nhs.net'), Subject: 'PCSE Online' }, `Hello,\n\n${body}\n\nKim Lowe\nPractice Manager\nBrook Surgery (B82099)`);
    expect(c.kind).toBe('user_admin_nomination');
  });

  it('makes the forwarded message\'s author the nominee when she asks "make me …", and the forwarder approving "myself" the approver', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Dr Omar Reyes', 'omar.reyes@nhs.net'), Subject: 'FW: PCSE access' },
      'Dear PCSE,\n\nForwarding Lena\'s request below. Our ICB contact has not replied for months, so as Clinical Director of the PCN I am approving this myself - I am not from the ICB, but I hope that is acceptable.\n\nOmar\nDr Omar Reyes\nClinical Director\nDune Coast PCN (U70999)\n\n-----Original Message-----\nFrom: Lena Voss <lena.voss@nhs.net>\nSent: 02 November 2026 09:00\nTo: Omar Reyes <omar.reyes@nhs.net>\nSubject: PCSE access\n\nHi Omar,\n\nCould you ask PCSE to make me the person who sets up users for the PCN on their portal? My email is this one.\n\nThanks, Lena\nLena Voss\nPCN Operations Manager');
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Lena Voss', email: 'lena.voss@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Omar Reyes', email: 'omar.reyes@nhs.net', role: 'Clinical Director' });
  });

  it('reads a self-nomination from the practice inbox by the writer\'s own address and name, with no approver', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Gull Bay Dental', 'gullbay.dental@nhs.net'), Subject: 'performers list' },
      'Hello\n\nWe have nobody at the practice who can do the performers list bits for our dentists any more. Could I be set up to do that please? I\'m the practice manager now.\n\nMy own email is rhian.pryce@nhs.net - this one is the practice inbox, so please don\'t use it for my login.\n\nThank you\nRhian Pryce\nPractice Manager\nGull Bay Dental\nV047999');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Rhian Pryce', email: 'rhian.pryce@nhs.net' });
    expect(fieldsOf(c).approver).toBeNull();
  });

  it('counts the people listed a blank line under "the people who already do it", and takes the approving one of two roles in the sign-off', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ada Obi', 'ada@claremont-eyecare.co.uk'), Subject: 'Another user manager' },
      'Good afternoon,\n\nI own Claremont Eyecare and hold the GOS contract. I\'d like our new manager to be able to manage our team\'s access to the ophthalmic payments on PCSE Online, like the others below.\n\nThese are the people who already do it:\n\nSHAH Ravi\tOptometrist\nLEE Mina\tOptical Assistant\nBROWN Tom\tDispensing Optician\nKAUR Jas\tOptometrist\n\nHis details: Piotr Zielinski, piotr.zielinski@claremont-eyecare.co.uk.\n\nKind regards,\nAda\nAda Obi\nDirector and Contract Holder\nClaremont Eyecare Ltd, TPR99');
    expect(fieldsOf(c)).toMatchObject({ service: 'OPTO', existingAdminCount: 4, approver: { name: 'Ada Obi', email: 'ada@claremont-eyecare.co.uk', role: 'Contract Holder' } });
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });

  it('takes a forename "(our contract holder) is copied in" whole from the Cc header', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Jo Marsh', 'jo.marsh@lowe-opticians.co.uk'), Cc: 'Niall Lowe <niall.lowe@lowe-opticians.co.uk>', Subject: 'Extra person for ophthalmic payments' },
      'Hi,\n\nWe would like to add Eve Hart (eve.hart@lowe-opticians.co.uk) as a second OPTO user admin.\n\nNiall (our contract holder) is copied in and is happy for this to go ahead.\n\nJo Marsh\nPractice Manager');
    expect(fieldsOf(c).approver).toEqual({ name: 'Niall Lowe', email: 'niall.lowe@lowe-opticians.co.uk', role: 'contract holder' });
  });
});

describe('names where people write them', () => {
  it('takes the new main contact\'s name from the subject when the body gives only her address', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Raj Iyer', 'raj.iyer@nhs.net'), Subject: 'New main contact FX799 – Ama Boateng-Reid' },
      'Hi,\n\nOur main contact retired on Friday. Ama has taken over the ordering and will be our new main contact - her email is ama.boateng-reid@nhs.net.\n\nRaj Iyer\nPharmacist Manager');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Ama Boateng-Reid', email: 'ama.boateng-reid@nhs.net' });
  });

  it('keeps a Welsh "ap" inside the name', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Reception', 'reception@nhs.net'), Subject: 'main contact' },
      'Hi there,\n\nCould our practice owner Mr Dafydd ap Rhys be the main contact for Afon Dental please? His email is dafydd.aprhys@nhs.net.\n\nDiolch');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Dafydd ap Rhys', email: 'dafydd.aprhys@nhs.net' });
  });
});

describe('tables the plain text leaves out', () => {
  const table = '<table><tr><td><b>Name</b></td><td>Iga Nowak</td></tr><tr><td><b>Email</b></td><td>iga.nowak@nhs.net</td></tr><tr><td><b>Practice code</b></td><td>B82099</td></tr></table>';
  it.each([
    ['labels kept, values lost', 'Please add a second GPP user admin for us. Details below.\n\nName\nEmail\nPractice code\n\nKim'],
    ['the table left out', 'Please add a second GPP user admin for us.\n\n(see table)\n\nKim'],
  ])('reads the HTML when the plain text has %s', async (_what, plain) => {
    const { body, contentType } = multipart('alternative', [
      { headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: plain },
      { headers: { 'Content-Type': 'text/html; charset="utf-8"' }, content: `<html><body><p>Please add a second GPP user admin for us. Details below.</p>${table}<p>Kim</p></body></html>` },
    ]);
    const c = await parseRaw('portalenquiries', composeEmail({ ...from('Kim Lowe', 'kim.lowe@nhs.net'), Subject: 'GPP admin' }, body, contentType));
    expect(fieldsOf(c).nominee).toEqual({ name: 'Iga Nowak', email: 'iga.nowak@nhs.net' });
    expect(c.organisation?.odsCode).toBe('B82099');
  });
});

describe('questions and chasers', () => {
  it.each([
    ['portalenquiries', 'We already have four GPP user admins. One is leaving - can one of the others give the role to her replacement, or do we have to send you a new certification form?'],
    ['datamanager', 'Hi, forwarding the question below from our new partner - can you advise?\n\n---------- Forwarded message ---------\nFrom: Dr Ali Khan <ali.khan@nhs.net>\nDate: Mon, 23 Nov 2026 at 21:14\nSubject: branch\nTo: Mo <mo@nhs.net>\n\nBefore we open the new branch, do we need to get an ODS code for it first, or can PCSE create one?\n\nAli'],
  ])('reads a %s question as unclassified', async (mailbox, body) => {
    const c = await parseEmail(mailbox as 'portalenquiries', { ...from('Mo Ahmed', 'mo.ahmed@nhs.net', mailbox), Subject: 'question' }, `${body}\n\nThanks`);
    expect(c.kind).toBe('unclassified');
  });

  it('reads "haven\'t heard anything … where this is up to" under a reference as a chaser', async () => {
    const c = await parseEmail('openexeter', { ...from('Sue Addo', 'sue.addo@nhs.net', 'openexeter'), Subject: 'PCSE-2026-004417 Primary User form' },
      'Hello,\n\nWe sent our Primary User form two weeks ago and haven\'t heard anything. Please could someone let me know where this is up to?\n\nSue');
    expect(c.kind).toBe('unclassified');
  });
});

describe('Open Exeter requests in letters and on behalf of others', () => {
  it('reads a letter\'s "I am the Caldicott Guardian" and "contact me at" as the signatory\'s role and address', async () => {
    const c = await parseEmail('openexeter', { ...from('Ana Ruiz', 'ana.ruiz@nhs.net', 'openexeter'), Subject: 'Open Exeter Primary User' },
      'Dear Open Exeter team,\n\nI am the Caldicott Guardian for Fern Medical Centre (P81999).\nI confirm that Ms Ana Ruiz, our Assistant Practice Manager, should be set up as a Primary User on Open Exeter for the practice. Her email address is ana.ruiz@nhs.net.\nPlease contact me at karl.berg@nhs.net if you need to verify this request.\n\nYours sincerely\nDr Karl Berg\nGeneral Practitioner\nCaldicott Guardian, Fern Medical Centre');
    expect(fieldsOf(c).signatory).toEqual({ name: 'Karl Berg', email: 'karl.berg@nhs.net', role: 'caldicott_guardian' });
  });

  it('makes the doctor a secretary writes for, copied in, the signatory, and reads a named application on someone\'s account as a permission', async () => {
    const c = await parseEmail('openexeter', { ...from('Wright Jo', 'jo.wright@nhs.net', 'openexeter'), Cc: 'Shah Imran <imran.shah@nhs.net>', Subject: 'Open Exeter - additional access' },
      'Dear PCSE,\n\nSent on behalf of Dr Imran Shah, Caldicott Guardian (copied in).\n\nPlease add the Cytology Results application to Mrs Lyn Moss\'s Open Exeter account. Her user ID is MOSSL01 and her email is lyn.moss@nhs.net.\n\nHill Road Surgery, A81099\n\nJo Wright\nSecretary');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).signatory).toEqual({ name: 'Imran Shah', email: 'imran.shah@nhs.net', role: 'caldicott_guardian' });
  });

  it('types a GP federation and an out-of-hours service as other organisations, and reads "I\'m the Service Manager" as a role that may not sign', async () => {
    const fed = await parseEmail('openexeter', { ...from('Meg Ellis', 'meg.ellis@nhs.net', 'openexeter'), Subject: 'Primary user' },
      'Request for a Primary User\n\nOrganisation name: Tern Valley GP Federation\nType of organisation: GP federation (community interest company)\n\nPrimary User: Olu Bade, olu.bade@nhs.net\nSignatory: Meg Ellis, meg.ellis@nhs.net, Member of the Board of Directors');
    expect(fieldsOf(fed).organisationKind).toBe('other');
    expect(fed.organisation?.type).toBe('other');
    const ooh = await parseEmail('openexeter', { ...from('Gus Hale', 'gus.hale@nhs.net', 'openexeter'), Subject: 'Open Exeter primary user - OOH' },
      'Hi,\n\nPlease set up Fay Lund (fay.lund@nhs.net) as Primary User for Moor Urgent Care, our out-of-hours GP service. I\'m the Service Manager and the most senior person on site, so I\'m signing this. Our medical director is the Caldicott Guardian but she is away.\n\nGus Hale\nService Manager');
    expect(fieldsOf(ooh).signatory).toMatchObject({ name: 'Gus Hale', role: 'other' });
    expect(ooh.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });
});

describe('forms read by their parts', () => {
  it('takes the heading over a part, not its paragraph\'s last line, and reads "B_"-coded fields under part B', async () => {
    const pdf = await fillableForm([
      { text: 'Practice User Administrator Certification Form' },
      { text: 'Part A - Nominated User Administrator' },
      { label: 'Name', field: 'A_Name', value: 'Lia Moss' },
      { label: 'Email', field: 'A_Email', value: 'lia.moss@nhs.net' },
      { text: 'Part B - Certification by organisation approver' },
      { text: 'I certify that the person named in Part A works at the practice and should be given the role.' },
      { label: 'Name', field: 'B_Name', value: 'Dr Tom Vale' },
      { label: 'Role in the practice', field: 'B_Role', value: 'GP Partner' },
      { label: 'Email', field: 'B_Email', value: 'tom.vale@nhs.net' },
    ]);
    const raw = emailWithForm(pdf, 'Lia Moss <lia.moss@nhs.net>', 'GPP admin form', 'Please see attached.\n\nLia\nB82099');
    const c = await parseRaw('portalenquiries', raw);
    expect(fieldsOf(c).nominee).toEqual({ name: 'Lia Moss', email: 'lia.moss@nhs.net' });
    expect(fieldsOf(c).approver).toEqual({ name: 'Tom Vale', email: 'tom.vale@nhs.net', role: 'GP Partner' });
  });

  it('puts the address the body says is right in place of the one on the form', async () => {
    const pdf = await fillableForm([
      { text: 'Request for a Primary User - Other Organisations' },
      { text: 'B. Proposed Primary User' },
      { label: 'Full name', field: 'Text1', value: 'Ned Cole' },
      { label: 'NHS email address', field: 'Text2', value: 'ned.cole@nhs.net' },
      { text: 'C. Authorisation' },
      { label: 'Full name', field: 'Text3', value: 'Ivy Stone' },
      { label: 'NHS email address', field: 'Text4', value: 'ivy.stone@nhs.net' },
    ]);
    const raw = emailWithForm(pdf, 'Ivy Stone <ivy.stone@nhs.net>', 'Primary user', 'Please see attached.\n\nNed\'s email address on the form is wrong - it should be ned.cole2@nhs.net.\n\nIvy Stone\nDirector, Tern Valley GP Federation');
    const c = await parseRaw('openexeter', raw);
    expect(fieldsOf(c).nominee).toEqual({ name: 'Ned Cole', email: 'ned.cole2@nhs.net' });
  });

  it('does not run a letter\'s heading into the sentence above it', () => {
    const letter = [
      'Dear PCSE,',
      'Request to extend current main contact to a new practice',
      'Details of our existing practice:',
      'Practice name Fern Dental',
      'We would like to set up access to PCSE Online for our new branch, which opens next month. Our details are as follows.',
      'Main practice',
      'Practice name Fern Dental',
      'You can reach the new practice on the number above to verify these details, at any time of the working day.',
      'Kind regards',
    ].join('\n');
    const lines = unwrapLetterParagraphs(letter).split('\n');
    expect(lines).toContain('Details of our existing practice:');
    expect(lines).toContain('Main practice');
  });
});

describe('practices and people told as news', () => {
  it('reads the practice bought as the new one, with where it is', async () => {
    const c = await parseEmail('datamanager', { ...from('Cian Ward', 'cian.ward@nhs.net', 'datamanager'), Subject: 'Second shop' },
      'Hello,\n\nI have been the main contact for Oak Pharmacy (FAL99) for years; I log in with cian.ward@nhs.net.\n\nLast month I bought Quay Street Pharmacy Bideford, which is at 3 Quay Street, Bideford EX39 2AA. Its code is FK999.\n\nI\'d like to use the same PCSE Online account for both shops.\n\nCian');
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FK999', name: 'Quay Street Pharmacy Bideford', address: '3 Quay Street, Bideford EX39 2AA' });
  });

  it('keeps "I\'m the main contact you hold for us" for the practice, not the branch spoken of before it', async () => {
    const c = await parseEmail('datamanager', { ...from('Ada Lowe', 'ada.lowe@nhs.net', 'datamanager'), Subject: 'Branch access' },
      'Dear PCSE,\n\nPlease set up PCSE Online for the new branch of our practice. We are Fern Medical Group, code B82099, at 9 Abbey Walk, Yarford YF2 6PL. I\'m the main contact you hold for us, ada.lowe@nhs.net.\n\nThe branch is Fern at Northgate, code B82099002.\n\nAda Lowe');
    expect(fieldsOf(c).mainPractice).toMatchObject({ mainContact: { name: 'Ada Lowe', email: 'ada.lowe@nhs.net' } });
    expect(fieldsOf(c).branch).toMatchObject({ mainContact: { email: null } });
  });

  it('reads the creator a notification names after their login as "SURNAME, FORENAME"', async () => {
    const c = await parseEmail('openexeter', { ...from('Open Exeter', 'openexeter.notifications@nhs.net', 'openexeter'), Subject: 'Open Exeter: New user created - J82999 - authorisation required' },
      'The following user account has been created by a Primary User and requires authorisation by PCSE.\n\nOrganisation Code: J82999\nUser ID: JDASIL09\nSurname: DA SILVA\nForename: JOAO\nEmail Address: joao.dasilva9@nhs.net\nCreated By: FMCALL09 - MCALLISTER-BROWN, FIONA\n\nThis is an automatically generated message from Open Exeter. Please do not reply.');
    expect(String(fieldsOf(c).createdBy?.name).toLowerCase()).toBe('fiona mcallister-brown');
  });

  it('reads a capacity marked "X" on its own line under the question, and a bulleted list under "things adding to her account:"', async () => {
    const oe = await parseEmail('openexeter', { ...from('Mia Cole', 'mia.cole@nhs.net', 'openexeter'), Subject: 'Primary User request' },
      'Request for a Primary User (organisations other than GP practices)\n\nOrganisation name: Moor Sexual Health Service\nPerson to be set up as Primary User\nName: Mia Cole\nEmail: mia.cole@nhs.net\nAuthorised signatory\nName: Dr Kofi Owusu\nEmail: kofi.owusu@nhs.net\nCapacity in which I sign (tick one):\nX Caldicott Guardian\nMember of the Board of Directors\nAn existing Primary User within the organisation\nSignature of authorised signatory');
    expect(fieldsOf(oe).signatory).toMatchObject({ name: 'Kofi Owusu', role: 'caldicott_guardian' });
    const perms = await parseEmail('openexeter', { ...from('Dr Ola Nowak', 'ola.nowak@nhs.net', 'openexeter'), Subject: 'Open Exeter access' },
      'Hello,\n\nOur nurse Eve Hart already uses Open Exeter, but she needs two more things adding to her account:\n- Prior Notification List\n- Recall date amendment\nHer user ID is EHART01 and her email is eve.hart@nhs.net.\n\nDr Ola Nowak\nGP Partner, Elm Surgery (M83099)');
    expect(fieldsOf(perms).permissions).toEqual(['Prior Notification List', 'Recall date amendment']);
  });
});

describe('the Open Exeter form by its title', () => {
  it('types the request by the form\'s title line, not by the guidance that names the other form', async () => {
    const gp = await parseEmail('openexeter', { ...from('Kit Lis', 'kit.lis@nhs.net', 'openexeter'), Subject: 'Primary User form' },
      'Open Exeter\nRequest for a Primary User – GP Practices\nSection 2 – Primary User\nName: Kit Lis\nNHSmail address: kit.lis@nhs.net\n\nGuidance notes\nOrganisations other than GP practices\nPlease use the form “Request for a Primary User – Other Organisations”, which has its own list of signatories.');
    expect(fieldsOf(gp).organisationKind).toBe('gp_practice');
    const other = await parseEmail('openexeter', { ...from('Kit Lis', 'kit.lis@nhs.net', 'openexeter'), Subject: 'Primary User form' },
      'Open Exeter\nRequest for a Primary User — Other Organisations\nA. Organisation\nOrganisation name: Vale Sexual Health\nB. Proposed Primary User\nFull name: Kit Lis\nNHS email address: kit.lis@nhs.net');
    expect(fieldsOf(other).organisationKind).toBe('other');
  });
});

describe('a branch told in one sentence', () => {
  it('reads the name, address and phone set off by commas after "it is now our branch", and "could he be its main contact"', async () => {
    const c = await parseEmail('datamanager', { ...from('Ada Lowe', 'ada.lowe@nhs.net', 'datamanager'), Subject: 'Branch practice access' },
      'Dear PCSE,\n\nPlease set up PCSE Online for the new branch of our practice, Fern Medical Group, code B82099.\n\nIn September we took over the old clinic and it is now our branch, Fern at Northgate, Northgate Health Village, Fenwick Road, Yarford YF7 3JD, phone 01632 960499. The ODS team gave us the code B82099002 for it.\n\nOur operations manager, Mr Tom Reed, will run the branch day to day, so please could he be its main contact. His email is tom.reed@nhs.net.\n\nAda Lowe');
    expect(fieldsOf(c).branch).toMatchObject({ name: 'Fern at Northgate', address: 'Northgate Health Village, Fenwick Road, Yarford YF7 3JD', phone: '01632 960499' });
    expect(fieldsOf(c).branch?.mainContact).toEqual({ title: 'Mr', name: 'Tom Reed', email: 'tom.reed@nhs.net' });
  });
});
