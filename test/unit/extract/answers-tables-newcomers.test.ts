import { describe, expect, it } from 'vitest';
import { digitReadAsLetter } from '../../../ingest/extract/confidence.js';
import { normaliseFlatFormText } from '../../../ingest/extract/flat-form.js';
import { cleanOcrLine } from '../../../ingest/extract/scan-noise.js';
import { fieldsOf, parseEmail } from '../../support/compose-email.js';

/**
 * Issue 9 (fifteenth session): writers who answer PCSE's questions in structures (by number, between the quoted
 * lines, under each listed point, in brackets, in tables with ticks or Y/N), and newcomers writing prose (a role on
 * the approval line, someone else who "is happy to approve", a contract holder named in brackets). Every email here is
 * written for this test.
 */
const from = (name: string, email: string, to = 'pcse.portalenquiries@nhs.net') => ({ From: `${name} <${email}>`, To: to });

describe('answers to PCSE\'s questions', () => {
  it('labels answers given by number with the quoted questions, and a "name and role" answer as both', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Joan Amis', 'joan.amis@nhs.net'), Cc: 'Dr Ravi Shah <ravi.shah@nhs.net>', Subject: 'RE: PL admin - further information required - PCSE-2026-500101' },
      'Hi,\n\n1. Brook Lane Surgery - M81022\n2. Tess Wren (Deputy Manager)\n3. tess.wren@nhs.net\n4. Dr Ravi Shah, he is the CQC Registered Manager for the practice.\n\nJoan\n\n________________________________\nFrom: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSent: 01 December 2026 10:00\nTo: Joan Amis <joan.amis@nhs.net>\nSubject: PL admin - further information required - PCSE-2026-500101\n\nWe need more information before we can set up a PL Organisation Administrator. Please reply with:\n\n1. The practice name and ODS code\n2. The full name of the person to be given the PL Organisation Administrator role\n3. Their email address\n4. The name and role of the person authorising the request\n\nPCSE');
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Tess Wren', email: 'tess.wren@nhs.net' });
    expect(fieldsOf(c).approver).toEqual({ name: 'Ravi Shah', email: 'ravi.shah@nhs.net', role: 'CQC Registered Manager' });
  });

  it('reads answers typed between the quoted questions, and takes the kind from what PCSE asked', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Amy Cole', 'amy.cole@nhs.net'), Subject: 'RE: Your account' },
      'Answers below each one.\n\nOn 02/12/2026 09:00, PCSE Portal Enquiries wrote:\n> So that we can reactivate your account please reply with:\n>\n> 1. Your full name\nAmy Cole\n>\n> 2. Your PCSE Online username\namy.cole@nhs.net\n>\n> 3. The user administrator role you hold\nGPP Practice User Administrator\n>\n> PCSE Customer Support');
    expect(c.kind).toBe('account_reactivation');
    expect(fieldsOf(c).username).toBe('amy.cole@nhs.net');
  });

  it('reads "answers in capitals below" typed under the numbered points of an Outlook quote', async () => {
    const c = await parseEmail('datamanager', { ...from('Kay Dunn', 'kay.dunn@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'RE: Practice email - further information required PCSE-2026-500202' },
      'Answers in capitals below.\nKay\n________________________________\nFrom: PCSE Data Manager <pcse.datamanager@nhs.net>\nSent: 02 December 2026 11:00\nTo: Kay Dunn <kay.dunn@nhs.net>\nSubject: Practice email - further information required PCSE-2026-500202\n\nThank you for asking us to change your practice email address to millbank.admin@nhs.net. Before we can make the change we need:\n1. Your practice code\nC82044\n2. The current practice email address we hold for you\nMILLBANK.SURGERY@NHS.NET\nKind regards\nPCSE Data Manager team');
    expect(c.kind).toBe('practice_email_update');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'millbank.surgery@nhs.net', newEmail: 'millbank.admin@nhs.net' });
  });

  it('labels the answers written under each listed point, or in brackets after it', async () => {
    const under = await parseEmail('datamanager', { ...from('Ola Ray', 'ola.ray@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Extend main contact' },
      'I would like to extend my main contact to our new practice. Answers under each point.\n\nDetails of your existing practice:\n- The name of your existing practice\nRiver Dental Care\n- The organisation/ODS code for your existing practice\nV021133\n- The existing practice address\n4 Quay Street\nTruro\nTR1 2HE\nDetails of your new practice:\n- The practice ODS code for your new practice\nV104455\n- The name of your new practice\nRiver Dental Care Falmouth\n\nOla');
    expect(fieldsOf(under).existingPractice).toMatchObject({ odsCode: 'V021133', name: 'River Dental Care', address: '4 Quay Street, Truro, TR1 2HE' });
    expect(fieldsOf(under).newPractice).toMatchObject({ odsCode: 'V104455', name: 'River Dental Care Falmouth' });
    const brackets = await parseEmail('datamanager', { ...from('Lyn Hart', 'lyn.hart@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Branch' },
      'Please set up our branch; answers in brackets.\nDetails of your main practice\n- The name of your main practice (Fenwick Surgery)\n- The organisation/ODS code for your main practice (A letter and five numbers) (B82011)\n- The main practice telephone number (01904 110220)\nDetails of your branch practice\n- The name of the main contact you would like to set up for your branch including title (Mrs Ana Bell)\n- The email address for the main contact you would like to set up for your branch (ana.bell@nhs.net)\n- The ODS code for your branch (B82011001)\n- The name of your new branch practice (Fenwick Surgery - Haxby)\nLyn');
    expect(fieldsOf(brackets).mainPractice).toMatchObject({ odsCode: 'B82011', name: 'Fenwick Surgery', phone: '01904 110220' });
    expect(fieldsOf(brackets).branch).toMatchObject({ odsCode: 'B82011001', name: 'Fenwick Surgery - Haxby', mainContact: { title: 'Mrs', name: 'Ana Bell', email: 'ana.bell@nhs.net' } });
  });

  it('reads a template question answered on its own line ("Name of new main contact? …") and does not take it for a question', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Ian Moss', 'ian.moss@nhs.net'), Subject: 'Main contact' },
      'Request to change main contact.\n\nOrganisation code? FQ512\nName of new main contact? Rana Aziz - Pharmacy Manager\nEmail address of new main contact? rana.aziz@nhs.net\n\nIan');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Rana Aziz', email: 'rana.aziz@nhs.net' });
    const unlock = await parseEmail('portalenquiries', { ...from('Zoe Platt', 'zoe.platt@nhs.net'), Subject: 'Contact form' },
      'Your name: Zoe Platt\nPCSE Online username: zoe.platt@nhs.net\nWhat do you need help with?: My account is locked after too many wrong passwords\nHave you tried the reset link? Yes - it says the account is locked');
    expect(unlock.kind).toBe('account_unlock');
  });
});

describe('answers typed into PCSE\'s own message', () => {
  it('reads "see my answers below in blue" written after the colons of PCSE\'s questions, and the kind the original asked', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Dr Ken Obi', 'ken.obi@nhs.net'), Subject: 'RE: old receptionist [PCSE-2026-500505]' },
      'Hi, see my answers below in blue.\n\nKen\n\nFrom: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSent: 02 December 2026 10:00\nTo: Ken Obi <ken.obi@nhs.net>\nSubject: RE: old receptionist [PCSE-2026-500505]\n\nSo that we can look into your request, please reply with the following information:\n\n1. Organisation code: V031122\n\n2. User name of the user: tara.bell@obidental (she never had an email)\n\n3. Role(s) concerned: Practice Order Entry Clerk\n\nPCSE\n\nFrom: Ken Obi <ken.obi@nhs.net>\nSubject: old receptionist\n\nour old receptionist still have access to order on PCSE, please take it off her. Dr Obi');
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c)).toMatchObject({ username: 'tara.bell@obidental', roles: ['Practice Order Entry Clerk'] });
  });

  it('names a new main contact typed in lower case by the address that spells it', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Yas Khan', 'yas@khanchemist.co.uk'), Subject: 'main contact' },
      'hi can u change main contact for khan chemist fr771 please, new main contact is my sister amna khan amna.khan4@nhs.net she runs it now\n\nthx yas');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'amna khan', email: 'amna.khan4@nhs.net' });
  });

  it('reads a flat form\'s "Name of main practice Aire Lea Surgery" and "contact (incl. title) Dr …" lines as labels and values', () => {
    expect(normaliseFlatFormText('Name of main practice Aire Lea Surgery\nBranch main contact (incl. title) Dr Tom Lund')).toBe('Name of main practice: Aire Lea Surgery\nBranch main contact (incl. title): Dr Tom Lund');
  });
});

describe('tables', () => {
  it('takes the roles marked for removal in a table that lost its borders, and a markdown "Remove:" list over "Keep:"', async () => {
    const yn = await parseEmail('portalenquiries', { ...from('Bea Long', 'bea.long@nhs.net'), Subject: 'Remove roles' },
      'Please remove the roles marked Y from Sam Hale (sam.hale@nhs.net).\n\nRole\nRemove?\nJoiner & Leaver\nY\nPractice Order Entry Clerk\nN\nPractice Estimate and Salary Change\nY\n\nBea');
    expect(fieldsOf(yn).roles).toEqual(['Joiner & Leaver', 'Practice Estimate and Salary Change']);
    const md = await parseEmail('portalenquiries', { ...from('Max Rudd', 'max.rudd@nhs.net'), Subject: 'Role change' },
      'Please take a role off Lee Tan.\n\n**Username:** lee.tan@nhs.net\n\n**Remove:**\n* Contractor Signatory\n\n**Keep:**\n* GOS Performer\n\nShe is still working here as a performer.\nMax');
    expect(fieldsOf(md).roles).toEqual(['Contractor Signatory']);
  });

  it('takes the permissions ticked in an "Add" column, not those ticked as held already, and the login beside the user', async () => {
    const c = await parseEmail('openexeter', { ...from('Dr Ada Kerr', 'ada.kerr@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Open Exeter access' },
      'Please add the permissions ticked under Add.\n\nUser: Joe Pike, Open Exeter user ID PIKEJ, joe.pike@nhs.net\n\nPermission\tCurrent\tAdd\nPatient Enquiry\t✓\t\nPrior Notification List\t\t✓\nCytology History Enquiry\t\t✓\n\nDr Ada Kerr\nGP Partner, Hill Surgery, E82044');
    expect(fieldsOf(c).permissions).toEqual(['Prior Notification List', 'Cytology History Enquiry']);
    expect(fieldsOf(c).user).toMatchObject({ name: 'Joe Pike', username: 'PIKEJ' });
  });

  it('reads a spreadsheet row pasted with commas or semicolons under a header of field names', async () => {
    const csv = await parseEmail('datamanager', { ...from('Gil Row', 'gil.row@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Email change' },
      'from our sheet:\npractice name,practice code,current email,new email\nRow & Co Opticians,TPK11,rowco.opticians@nhs.net,rowandco.tpk11@nhs.net\nGil');
    expect(fieldsOf(csv)).toMatchObject({ currentEmail: 'rowco.opticians@nhs.net', newEmail: 'rowandco.tpk11@nhs.net' });
    const semi = await parseEmail('openexeter', { ...from('Hal Price', 'hal.price@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Primary user form' },
      'Primary User request, summary from our log:\nOrganisation;Nominee;Nominee email;Signatory;Capacity\nNorth Screening Lab;Uma Rao;uma.rao@nhs.net;Hal Price;Member of the Board of Directors\nHal Price\nDirector');
    expect(fieldsOf(semi).nominee).toEqual({ name: 'Uma Rao', email: 'uma.rao@nhs.net' });
    expect(fieldsOf(semi).signatory).toMatchObject({ name: 'Hal Price', role: 'board_member' });
  });

  it('reads a GMC number from a table whose header says "GMC No."', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Rob Vance', 'rob.vance@nhs.net'), Subject: 'Verification link' },
      'Please send a new verification link to our new partner.\n\nName | GMC No. | GMC email\nDr Ivy Chen | 7123456 | ivy.chen@nhs.net\n\nRob');
    expect(fieldsOf(c)).toMatchObject({ accountEmail: 'ivy.chen@nhs.net', gmcNumber: '7123456' });
  });
});

describe('newcomers and other people\'s approvals', () => {
  it('takes the role written after the name on a forwarder\'s approval line', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Hart Nina (ELM SURGERY)', 'nina.hart@nhs.net'), Subject: 'FW: PL admin' },
      'Approved - Nina Hart, CQC Registered Manager\n\n________________________________\nFrom: Paul Sims <paul.sims@nhs.net>\nSent: 01 December 2026 09:00\nTo: Hart Nina (ELM SURGERY) <nina.hart@nhs.net>\nSubject: PL admin\n\nDear PCSE, please make Kit Ford (kit.ford@nhs.net) the performers list admin at Elm Surgery (K81001).\n\nPaul Sims\nAssistant Practice Manager');
    expect(fieldsOf(c).approver).toEqual({ name: 'Nina Hart', email: 'nina.hart@nhs.net', role: 'CQC Registered Manager' });
  });

  it('does not make a newcomer who asks for the role herself its approver; the contract holder named in brackets is', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Lia Moon', 'lia.moon@nhs.net'), Cc: 'Raj Bedi <raj.bedi@nhs.net>', Subject: 'OPTO admin' },
      'Hi, I joined Bright Eyes Opticians as practice manager last week and I would like the ophthalmic user admin role for our practice, TPX12. My email is lia.moon@nhs.net.\n\nRaj (Raj Bedi, the contract holder) is copied in and is happy for me to have it.\n\nLia');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Lia Moon', email: 'lia.moon@nhs.net' });
    expect(fieldsOf(c).approver).toEqual({ name: 'Raj Bedi', email: 'raj.bedi@nhs.net', role: 'contract holder' });
  });

  it('gives the approval to the person "happy to approve it", not to the writer, and names the nominee the address spells', async () => {
    const c = await parseEmail('portalenquiries', { ...from('HOLM, Jan (EAST PCN)', 'jan.holm@nhs.net'), Cc: 'Dr Ama Boateng <ama.boateng@nhs.net>', Subject: 'PCN admin' },
      'Hi, I am the new business manager for East PCN (U12345). Could we have Ben Kerr (our digital lead) set up as PCN user admin? His email is ben.kerr3@nhs.net.\n\nOur clinical director Dr Ama Boateng has said she is happy to approve it - I have copied her in.\n\nJan Holm\nPCN Business Manager');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Ben Kerr', email: 'ben.kerr3@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Ama Boateng', email: 'ama.boateng@nhs.net' });
  });

  it('counts "the four people with the role" and takes "Dr Kaur (senior partner) has said she is happy" as the approval', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Di Lowe', 'di.lowe@nhs.net'), Subject: 'Another GPP admin' },
      'Can we add another GPP user administrator at Oak Practice (F81011)? At the moment the four people with the role are me, Dr Meena Kaur, Al Gray and Bo Reid. We would like Cy Dean to have it too - his email is cy.dean@nhs.net. Dr Kaur (senior partner) has said she is happy with it.\n\nDi Lowe\nDeputy Practice Manager');
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Meena Kaur', role: 'senior partner' });
  });

  it('takes a correction of the attached form given in the body, and the approver\'s role from the form\'s label', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Sam Ode', 'sam.ode@nhs.net'), Subject: 'OPTO admin' },
      'Hi, nominating Kim Lu (TPQ22). One correction - the form says her email is k.lu@nhs.net, that\'s wrong, it should be kim.lu@nhs.net.\n\nName of nominee: Kim Lu\nNominee email: k.lu@nhs.net\nContract holder name: Sam Ode\nContract holder email: sam.ode@nhs.net\n\nSam');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Kim Lu', email: 'kim.lu@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Sam Ode', role: 'Contract holder' });
  });

  it('reads a caretaken practice as an extension, its address and number said in a later sentence', async () => {
    const c = await parseEmail('datamanager', { ...from('Lou Park', 'lou.park@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Second practice' },
      'From 1st January I\'ll be looking after a second practice as well as my own and need it adding to my PCSE Online log in.\n\nI\'m the main contact for Ash Grove Surgery, our code is N81001. Ash Grove is at 2 Elm Road, Crewe, CW1 2AB and the phone number is (01270) 500 600.\n\nThe new practice is Fern Lea Surgery, ODS code N81002, address 5 Mill Street, Crewe, CW2 3CD.\n\nLou Park');
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'N81001', address: '2 Elm Road, Crewe, CW1 2AB', phone: '(01270) 500 600' });
  });

  it('reads "change the main contact to our new pharmacy manager" as a change, and someone "set up as the main contact" as not the writer', async () => {
    const c = await parseEmail('datamanager', { ...from('Kofi Mensah', 'kofi@mensahchemist.co.uk', 'pcse.datamanager@nhs.net'), Subject: 'Main contact' },
      'Our pharmacy manager, who I believe was set up as the main contact for our pharmacy, has left. Please can you change the main contact to our new pharmacy manager, Ms Lena Holt, whose email is lena.holt@nhs.net. The pharmacy is Mensah Chemist, code FK721.\n\nKofi Mensah\nSuperintendent Pharmacist');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toEqual({ name: 'Lena Holt', email: 'lena.holt@nhs.net' });
  });

  it('takes the Open Exeter function named in quotes, not what the writer describes, and "user name on Open Exeter is"', async () => {
    const c = await parseEmail('openexeter', { ...from('Dr Bo Ng', 'bo.ng@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Permissions' },
      'Can our nurse Mia Fox please have \'Prior Notification List\' added? She cannot see the screening history yet. Her user name on Open Exeter is MFOX2 and she has just finished her sample taker training.\n\nDr Bo Ng\nGP Partner, Lime Surgery (M81044)');
    expect(fieldsOf(c).permissions).toEqual(['Prior Notification List']);
    expect(fieldsOf(c).user).toMatchObject({ username: 'MFOX2' });
  });

  it('keeps thanks for work done and a chaser unclassified', async () => {
    const thanks = await parseEmail('portalenquiries', { ...from('Eve Stone', 'eve.stone@nhs.net'), Subject: 'RE: PCSE-2026-500303 GPP admin set up' },
      'Thank you - Dan has his verification email and has logged in fine.\n\nEve');
    expect(thanks.kind).toBe('unclassified');
    const chaser = await parseEmail('openexeter', { ...from('Fay Rich', 'fay.rich@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'RE: Primary user form - PCSE-2026-500404' },
      'Hello again,\nWe still have not had confirmation of the below. Please can you let me know if you need anything else.\n\nForm sent | Reference | Nominee | Status\n01/12/2026 | PCSE-2026-500404 | Primary User for Yew Surgery | Waiting\n\nFay');
    expect(chaser.kind).toBe('unclassified');
  });
});

describe('scan specks', () => {
  it('leaves the capacity empty when a scan\'s options were read with no mark to tell which is ticked', async () => {
    const c = await parseEmail('openexeter', { ...from('Ash Vale Surgery', 'ashvale.surgery@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Primary user' },
      'Primary User request for Ash Vale Surgery (B82099).\n\nName of primary user: Rose Hill\nEmail: rose.hill@nhs.net\n\nCapacity (tick one): B® Lesa cp J GP Partner 0 caigicott Guardian\nName of signatory: Dr Ali Rana\nSignatory email: ali.rana@nhs.net');
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Ali Rana', role: null });
  });

  it('cleans box edges, specks and misread digits out of OCR lines', () => {
    expect(cleanOcrLine('Full name of nominated User Administrator] Dawn Ellis')).toBe('Full name of nominated User Administrator Dawn Ellis');
    expect(cleanOcrLine('Practice code G8223]')).toBe('Practice code G82231');
    expect(cleanOcrLine('practice code PB7620')).toBe('practice code P87620');
    expect(cleanOcrLine('Email address a.0kafor€s@nhs .net')).toBe('Email address a.okafores@nhs.net');
    expect(cleanOcrLine('NHSmail address © |jo.hay@nhs.net')).toBe('NHSmail address jo.hay@nhs.net');
    expect(cleanOcrLine('Position held Senior Partner 5')).toBe('Position held Senior Partner');
    expect(cleanOcrLine('[X] GP Partner')).toBe('[X] GP Partner');
  });

  it('reads an NHSmail digit that OCR took for a letter l back as 1, only where the rest spells the surname', () => {
    expect(digitReadAsLetter('Anjali Mehta', 'anjali.mehtal@nhs.net')).toBe('anjali.mehta1@nhs.net');
    expect(digitReadAsLetter('Paul Mehl', 'paul.mehl@nhs.net')).toBeNull();
  });
});
