import { describe, expect, it } from 'vitest';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-seventh session), what corpora 51–55 showed: mail written inside threads (52), one-person practices
 * (53), attachments first (54) and the people around practices (55). Each pattern is written again here with other
 * organisations and people; every email and PDF is written for this test.
 */
const to = (mailbox: string) => `pcse.${mailbox}@nhs.net`;
const codes = (c: { findings: { code: string }[] }) => c.findings.map((f) => f.code);

/** PCSE's reply, as Outlook quotes it under a practice's answer. */
const pcseReply = (mailbox: string, to: string, ref: string, ask: string) =>
  `________________________________\nFrom: PCSE Team <pcse.${mailbox}@nhs.net>\nSent: 02 December 2026 11:15\nTo: ${to}\nSubject: RE: your request [${ref}]\n\nDear colleague\n\n${ask}\n\nPlease quote our reference ${ref} in any reply.\n\nKind regards\n\nPCSE Team\nPrimary Care Support England\nEmail: pcse.${mailbox}@nhs.net\nWebsite: https://pcse.england.nhs.uk`;

describe('replies inside a thread', () => {
  it('PCSE\'s own address in its quoted signature is never the account: the sender asks for their own link', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Dr Femi Adeyemi <femi.adeyemi@nhs.net>', To: to('portalenquiries'), Subject: 'RE: Verification link [PCSE-2026-007711]' },
      `Hello,\n\nAs you asked, I am writing from my own account now. Please resend my verification link to this address.\n\nDr Femi Adeyemi\nSalaried GP, Larchfield Surgery\n\n${pcseReply('portalenquiries', 'Larchfield Reception <larchfield.reception@nhs.net>', 'PCSE-2026-007711', 'A verification link can only be requested by the account holder. Please ask Dr Adeyemi to contact us directly.')}`,
    );
    expect(c.kind).toBe('verification_link_resend');
    expect(fieldsOf(c).accountEmail).toBe('femi.adeyemi@nhs.net');
  });

  it('an answer to "please confirm the username" is the username, not the address in PCSE\'s signature', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Ines Duarte <ines.duarte@nhs.net>', To: to('portalenquiries'), Subject: 'Re: Locked out [PCSE-2026-007722]' },
      `Hi,\n\nIt is my own address, ines.duarte@nhs.net, not the practice inbox.\n\nInes\n\n${pcseReply('portalenquiries', 'Ines Duarte <ines.duarte@nhs.net>', 'PCSE-2026-007722', 'Please could you confirm the username of the account that is locked?')}\n\n> Hi, I have locked myself out of PCSE Online. Can you unlock it please? Ines, Fernlea Practice K82031`,
    );
    expect(c.kind).toBe('account_unlock');
    expect(fieldsOf(c).username).toBe('ines.duarte@nhs.net');
  });

  it('"please use X as the new practice email instead of my own address" replaces the address in the request PCSE quoted', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Owen Pryce <owen.pryce@nhs.net>', To: to('datamanager'), Subject: 'RE: Practice email [PCSE-2026-007733]' },
      `Hi,\n\nUnderstood. We now have a shared mailbox - please use harbourview.k84012@nhs.net as the new practice email instead of my own address.\n\nOwen Pryce\nOffice Manager\n\n${pcseReply('datamanager', 'Owen Pryce <owen.pryce@nhs.net>', 'PCSE-2026-007733', 'The new address you gave (owen.pryce@nhs.net) is an individual\'s mailbox. Please provide a shared mailbox address.')}\n________________________________\nFrom: Owen Pryce <owen.pryce@nhs.net>\nSent: 30 November 2026 09:02\nTo: PCSE Data Manager <pcse.datamanager@nhs.net>\nSubject: Practice email\n\nPractice name: Harbour View Surgery\nPractice code: K84012\nCurrent practice email: harbourview.surgery@nhs.net\nNew practice email: owen.pryce@nhs.net`,
    );
    expect(c.kind).toBe('practice_email_update');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'harbourview.surgery@nhs.net', newEmail: 'harbourview.k84012@nhs.net' });
  });

  it('a typo corrected above the writer\'s own request, quoted by display name, keeps the request\'s "From: old@ / To: new@" lines', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Gwen Talbot <gwen.talbot@nhs.net>', To: to('datamanager'), Subject: 'RE: Practice email - Rhos Surgery W91022' },
      'Sorry - typo in the new address in my last. It should be rhossurgery.admin@nhs.net. The current address is unchanged.\n\nGwen\n\n-----Original Message-----\nFrom: Gwen Talbot\nSent: 01 December 2026 14:10\nTo: PCSE Data Manager <pcse.datamanager@nhs.net>\nSubject: Practice email - Rhos Surgery W91022\n\nHi,\n\nCould you change the practice email for Rhos Surgery (W91022)?\n\nFrom: rhos.w91022@nhs.net\nTo: rhossurgery.admn@nhs.net\n\nThanks\nGwen Talbot',
    );
    expect(c.kind).toBe('practice_email_update');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'rhos.w91022@nhs.net', newEmail: 'rhossurgery.admin@nhs.net' });
  });

  it('"the branch code in my last was wrong - it should be X. Y is our existing branch" corrects the branch code only', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Nadia Haddad <nadia.haddad@nhs.net>', To: to('datamanager'), Subject: 'RE: New branch - Cliffe Road Surgery' },
      'Hi,\n\nSorry, the branch code in my last was wrong - it should be B82061003. B82061002 is our existing Millbrook branch. Everything else below is correct.\n\nNadia\n\n-----Original Message-----\nFrom: Nadia Haddad <nadia.haddad@nhs.net>\nSent: 01 December 2026 10:00\nTo: PCSE Data Manager <pcse.datamanager@nhs.net>\nSubject: New branch - Cliffe Road Surgery\n\nPlease set up our new branch.\n\nMAIN PRACTICE\nName: Cliffe Road Surgery\nODS code: B82061\nAddress: 4 Cliffe Road, Whitby, YO21 3DD\nTelephone: 01947 555 100\n\nBRANCH\nODS code: B82061002\nName: Sleights Branch Surgery\nAddress: 9 Coach Road, Sleights, YO22 5AA\nTelephone: 01947 555 190\nMain contact: Mrs Nadia Haddad, nadia.haddad@nhs.net',
    );
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'B82061003' });
    expect(fieldsOf(c).mainPractice).toMatchObject({ odsCode: 'B82061' });
  });

  it('a form sent again under the reference ("Attached again - it was stripped the first time") is the request', async () => {
    const form = await printedPdf([
      'Main contact extension',
      ['Existing pharmacy name', 'Castlegate Pharmacy'],
      ['Existing ODS code', 'FK218'],
      ['Main contact name', 'Ruth Abara'],
      ['Main contact email', 'ruth.abara@nhs.net'],
      ['New pharmacy name', 'Quayside Pharmacy'],
      ['New pharmacy ODS code', 'FW731'],
      ['New pharmacy address', '3 Quay Street, Lancaster, LA1 1RB'],
    ]);
    const c = await parseEmailWithPdf('datamanager', ['Ruth Abara', 'ruth.abara@nhs.net'], 'RE: Main contact extension - Quayside Pharmacy [PCSE-2026-007744]', `Good morning,\n\nAttached again - apologies, the attachment seems to have been stripped the first time.\n\nRuth Abara\nSuperintendent Pharmacist\n\n${pcseReply('datamanager', 'Ruth Abara <ruth.abara@nhs.net>', 'PCSE-2026-007744', 'There was no attachment on your email. Please send the details again.')}`, form);
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'FW731' });
  });

  it('the forwarded author\'s "I\'m the main contact" does not unsay the sender\'s "please make me the main contact"', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Kasia Nowak <kasia.nowak@nhs.net>', To: to('datamanager'), Subject: 'FW: Main contact - Bramble Dental V031188' },
      'Hello,\n\nForwarding Peter\'s note below - he retired last week. Please make me (Kasia Nowak, kasia.nowak@nhs.net) the main contact for Bramble Dental, V031188.\n\nThank you\nKasia Nowak\nPractice Manager\n\n________________________________\nFrom: Peter Lang <peter.lang@nhs.net>\nSent: 27 November 2026 16:40\nTo: Kasia Nowak <kasia.nowak@nhs.net>\nSubject: Main contact - Bramble Dental V031188\n\nKasia, I\'m the main contact on PCSE Online but I cannot hand it over myself - you will need to ask PCSE. Peter',
    );
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Kasia Nowak', email: 'kasia.nowak@nhs.net' });
  });
});

describe('one person doing everything', () => {
  it('"please set me up as main contact" from the pharmacy\'s inbox, with the person and address written', async () => {
    const c = await parseEmail('datamanager', { From: 'Moor Lane Pharmacy <moorlane.pharmacy@nhs.net>', To: to('datamanager'), Subject: 'main contact' }, 'Hi, please set me up as main contact for Moor Lane Pharmacy (FQ215) - Chidi Okeke, chidi.okeke@nhs.net. The previous owner has sold the business to me. Thanks, Chidi');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Chidi Okeke', email: 'chidi.okeke@nhs.net' });
  });

  it('the only primary contact asking to "add X as a second primary user" requests a primary user and signs as the existing contact', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Morwenna Trevail <morwenna.trevail@nhs.net>', To: to('openexeter'), Subject: 'Second primary user' },
      'Hi,\n\nI\'m the existing Primary Contact for Penhallow Surgery (L82047) on Open Exeter and the only one. Please could you add our new office lead Jakub Malinowski (jakub.malinowski@nhs.net) as a second primary user?\n\nMorwenna Trevail\nPractice Manager',
    );
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Jakub Malinowski', email: 'jakub.malinowski@nhs.net' });
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Morwenna Trevail', role: 'existing_primary_contact' });
  });

  it('a role removal takes only the roles the removal sentence names, not the office the writer holds', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Harbour Pharmacy <harbour.pharmacy@nhs.net>', To: to('portalenquiries'), Subject: 'Remove a role' }, 'Hello,\n\nPlease can you take the Practice Order Entry Clerk role off my account (username aled.morgan@nhs.net)? I\'m the main contact for Harbour Pharmacy FT442 and the owner, so I do not need it.\n\nAled Morgan');
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c).roles).toEqual(['Practice Order Entry Clerk']);
  });

  it('an existing practice labelled with its own code ("Existing practice: Name, CODE") wins over the new code written first', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Dr Ravi Menon <ravi.menon@nhs.net>', To: to('datamanager'), Subject: 'Extending main contact' },
      'Dear PCSE,\n\nWe have taken on the patients of Ashby Fold Surgery (the ODS team issued it code N83204). I am the main contact at Greave Surgery and would like to extend my main contact role to it.\n\nExisting practice: Greave Surgery, N83077\nMain contact: Dr Ravi Menon, ravi.menon@nhs.net\nNew practice: Ashby Fold Surgery\nNew practice ODS code: N83204\n\nRavi',
    );
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'N83077' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'N83204' });
  });

  it('questions: "If I\'m user admin at both, will I see both …?" and "before I send the branch details … do I need to wait?"', async () => {
    const first = await parseEmail('portalenquiries', { From: 'Lena Fischer <lena.fischer@nhs.net>', To: to('portalenquiries'), Subject: 'Question' }, 'Hello, quick one - I also work at a second practice. If I\'m user admin at both, will I see both organisations under one login or do I need a second account? Thanks, Lena');
    const second = await parseEmail('datamanager', { From: 'Tom Ashworth <tom.ashworth@nhs.net>', To: to('datamanager'), Subject: 'Branch code?' }, 'Hi, before I send the branch details - we have not had our branch code from the ODS team yet. Can you set the branch up without it or do I need to wait? Thanks, Tom');
    expect(first.kind).toBe('unclassified');
    expect(second.kind).toBe('unclassified');
  });
});

describe('one person doing everything, continued', () => {
  it('a CQC Registered Manager nominating themselves for PL approves their own nomination', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Dr Nia Okonjo <nia.okonjo@nhs.net>', To: to('portalenquiries'), Subject: 'Performers List admin - Brook Lane Surgery' }, 'Dear PCSE,\n\nPlease set me up as the PL Organisation Administrator for Brook Lane Surgery (ODS F83044).\n\nI am the CQC Registered Manager for the practice and the only GP, so I am nominating myself - my email is the one I am writing from.\n\nDr Nia Okonjo\nGP / CQC Registered Manager');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Nia Okonjo', email: 'nia.okonjo@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Nia Okonjo', email: 'nia.okonjo@nhs.net', role: 'CQC Registered Manager' });
  });

  it('"Forwarding Helen\'s approval below" under RE: sends the quote on: its author approves, in the job her sign-off gives', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Dr Kofi Mensah <kofi.mensah@nhs.net>', To: to('portalenquiries'), Subject: 'RE: PCN user admin - Wyre Forest PCN' },
      'Hello PCSE,\n\nForwarding Joan\'s approval below. The nominee is me - please set me up as PCN user admin for Wyre Forest PCN (U61209) on kofi.mensah@nhs.net.\n\nThanks\nKofi\nDr Kofi Mensah, Clinical Director, Wyre Forest PCN\n\nFrom: Fairley Joan (NHS HEREFORD AND WORCESTER ICB) <joan.fairley@nhs.net>\nSent: 01 December 2026 09:12\nTo: Mensah Kofi (Dr) <kofi.mensah@nhs.net>\nSubject: RE: PCN user admin - Wyre Forest PCN\n\nHi Kofi, I approve your nomination as PCN user administrator. I am on the Authorised Email List as an ICB approver.\n\nJoan Fairley\nPrimary Care Commissioning Manager\nNHS Herefordshire and Worcestershire ICB',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Joan Fairley', email: 'joan.fairley@nhs.net', role: 'Primary Care Commissioning Manager' });
  });

  it('of two numbered requests, the first is the case', async () => {
    const c = await parseEmail('portalenquiries', { From: 'Anders Holm <anders.holm@nhs.net>', To: to('portalenquiries'), Subject: 'Two things' }, 'Hi PCSE team,\n\nTwo things, sorry:\n\n1. Main contact for Holm Dental (V029915) - please change it to our new receptionist, Zofia Wrona, zofia.wrona@nhs.net. She will be ordering the supplies from now on.\n2. Separately, I have locked my own login with too many password attempts this morning. Could someone unlock it when you can? It is this email address.\n\nThanks,\nAnders');
    expect(c.kind).toBe('main_contact_change');
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Zofia Wrona', email: 'zofia.wrona@nhs.net' });
  });

  it('"give me … - my user ID is X and my work email is Y", written from home: the sender at their work address', async () => {
    const c = await parseEmail('openexeter', { From: 'Carol Pike <carol.pike71@gmail.com>', To: to('openexeter'), Subject: 'open exeter access' }, 'Hi, I\'m the practice manager at Elm Court Surgery (B83031). Please could you give me the Prior Notification List permission on Open Exeter - my user ID is CPIKE and my work email is carol.pike@nhs.net. I\'m emailing from home as my nhs.net is down. Thanks Carol');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Carol Pike', email: 'carol.pike@nhs.net', username: 'CPIKE' });
  });

  it('quoted permission names on one line are each a permission; "our contract holder NAME (address) approves" names the approver', async () => {
    const perms = await parseEmail('openexeter', { From: 'Dr Lucia Romero <lucia.romero@nhs.net>', To: to('openexeter'), Subject: 'Add permission to my own Open Exeter account' }, 'Hello,\n\nI am the Lead GP at Ferry Lane Surgery (Y02877). Please add the "Prior Notification List" and "Result Letters" permissions to my own account - user ID LROMERO3, this email address.\n\nDr Lucia Romero');
    const approver = await parseEmail('portalenquiries', { From: 'Rhian Pugh <rhian.pugh@nhs.net>', To: to('portalenquiries'), Subject: 'Additional OPTO admin - Clearsight Opticians' }, 'Hello,\n\nWe would like Owen Beck (owen.beck@nhs.net) added as an Opto User Management administrator for Clearsight Opticians (TPK31), as he runs our domiciliary service. Our contract holder Idris Lloyd (idris.lloyd@nhs.net) approves.\n\nKind regards\nRhian Pugh\nPractice Manager');
    expect(fieldsOf(perms).permissions).toEqual(['Prior Notification List', 'Result Letters']);
    expect(fieldsOf(perms).user).toMatchObject({ name: 'Lucia Romero', email: 'lucia.romero@nhs.net', username: 'LROMERO3' });
    expect(fieldsOf(approver).approver).toMatchObject({ name: 'Idris Lloyd', email: 'idris.lloyd@nhs.net' });
  });
});

describe('people around practices', () => {
  it('"On behalf of Dr X, Lead GP at …, who is copied into this email" from a helpdesk: the one copied in is the signatory', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Crestline Practice Services <support@crestlineps.co.uk>', To: to('openexeter'), Cc: 'Dr Olusegun Bakare <olusegun.bakare@nhs.net>', Subject: 'Open Exeter permissions' },
      'Dear PCSE\n\nOn behalf of Dr Olusegun Bakare, Lead GP at Wickham Surgery (J81029), who is copied into this email, please add the Prior Notification List permission to the Open Exeter account of Farah Siddiqui (user ID SIDDIQUIF3, farah.siddiqui2@nhs.net).\n\nKind regards\nBen Holt\nCrestline Practice Services - Support',
    );
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Olusegun Bakare', email: 'olusegun.bakare@nhs.net', role: 'lead_gp' });
  });

  it('"Dr X, Senior Partner, is copied in and approves" names the approver, not the PCN manager who writes', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Ruth Ellery <ruth.ellery@nhs.net>', To: to('portalenquiries'), Cc: 'Dr Aoife Brennan <aoife.brennan@nhs.net>', Subject: 'Additional GPP user admin - Lowther Practice' },
      'Dear PCSE\n\nI am the PCN manager for Eden Valley PCN and am writing for Lowther Practice (A82019).\n\nThe practice would like Sam Price (sam.price@nhs.net), Finance Lead, added as a GPP Practice User Administrator. Dr Aoife Brennan, Senior Partner, is copied in and approves Sam\'s nomination.\n\nMany thanks\nRuth Ellery\nPCN Manager, Eden Valley PCN',
    );
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Aoife Brennan', email: 'aoife.brennan@nhs.net', role: 'Senior Partner' });
  });

  it('a team writing for a practice: the Lead GP copied in asks and signs, the person to be made Primary User is the nominee', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: '"Screening Team (NHS England North East)" <england.nescreening@nhs.net>', To: to('openexeter'), Cc: 'Dr Imogen Harcourt-Bell <imogen.harcourt@nhs.net>', Subject: 'Open Exeter Primary User for Tyneside Road Surgery (A84011)' },
      'Dear colleagues,\n\nTyneside Road Surgery (A84011) has had no Open Exeter Primary User since their manager left. The practice\'s Lead GP, Dr Imogen Harcourt-Bell (imogen.harcourt@nhs.net, copied), has asked us to request that their Office Lead, Marek Nowicki (marek.nowicki@nhs.net), be made Primary User. Dr Harcourt-Bell will sign a form if you need one.\n\nRegards\nScreening Team',
    );
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Marek Nowicki', email: 'marek.nowicki@nhs.net' });
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Imogen Harcourt-Bell', email: 'imogen.harcourt@nhs.net', role: 'lead_gp' });
  });

  it('a password-expiry look-alike and a meeting invitation ask PCSE for nothing', async () => {
    const phish = await parseEmail('portalenquiries', { From: 'PCSE Online Support <alerts@pcse-account-check.com>', To: to('portalenquiries'), Subject: 'Your PCSE Online password expires today' }, 'Dear User,\n\nYour PCSE Online password expires today. To keep your account, verify your login now:\nhttp://pcse-account-check.com/verify\n\nPCSE Online Security');
    const invite = await parseEmail('openexeter', { From: 'Screening Board <england.screeningboard@nhs.net>', To: to('openexeter'), Subject: 'Screening board - February' }, 'Colleagues,\n\nPlease join the February board. Agenda items include primary user cover across practices.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 311 204 998 017');
    expect(phish.kind).toBe('unclassified');
    expect(invite.kind).toBe('unclassified');
  });

  it('a CSU ticket: "moved to a new NHSmail shared mailbox" with "Old address / New address" is a practice email update', async () => {
    const c = await parseEmail('datamanager', { From: 'NECS IT Service Desk <necs.servicedesk@nhs.net>', To: to('datamanager'), Subject: 'Ticket #771204 - practice mailbox change' }, 'Hi, the practice has moved to a new NHSmail shared mailbox as part of our migration. Please update your records:\n\nPractice: Felling Surgery\nCode: a88 031\nOld address: felling.gp@nhs.net\nNew address: fellingsurgery.admin@nhs.net\n\nNECS IT Service Desk');
    expect(c.kind).toBe('practice_email_update');
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'felling.gp@nhs.net', newEmail: 'fellingsurgery.admin@nhs.net' });
  });

  it('an approver\'s role after a spaced dash, and a bracketed role before "approves" with no title', async () => {
    const dashed = await parseEmail('portalenquiries', { From: 'Service Desk <it.servicedesk@nhs.net>', To: to('portalenquiries'), Subject: 'PL administrator - Trelawney Surgery' }, 'The practice has asked us to arrange PCSE Online access for a new Performers List Organisation Administrator. Details supplied by the practice:\n\nPractice name: Trelawney Surgery\nPractice ODS code: L82093\nNominee name: Kit Rowe\nNominee email: kit.rowe@nhs.net\nAuthorised by: Dr Tamsin Pascoe – CQC Registered Manager (tamsin.pascoe@nhs.net)\n\nService Desk');
    const bracketed = await parseEmail('portalenquiries', { From: 'Omar Haddad <omar.haddad@brightsight.co.uk>', To: to('portalenquiries'), Cc: 'Lucy Farrant <lucy.farrant@brightsight.co.uk>', Subject: 'OPTO admin role - Brightsight Opticians' }, 'Dear Sir/Madam,\n\nPlease set up the OPTO user administrator role for Brightsight Opticians (TPL22).\n\nNominee: Hannah Greaves, Store Manager, hannah.greaves@brightsight.co.uk\n\nLucy Farrant (Contract Holder) approves this nomination and is copied in.\n\nOmar Haddad\nProfessional Services');
    expect(fieldsOf(dashed).approver).toMatchObject({ name: 'Tamsin Pascoe', role: 'CQC Registered Manager' });
    expect(fieldsOf(bracketed).approver).toMatchObject({ name: 'Lucy Farrant', email: 'lucy.farrant@brightsight.co.uk', role: 'Contract Holder' });
  });

  it('a manager signing in a capacity of their own ("Head of Practice Operations") is an OE signatory "other"', async () => {
    const c = await parseEmail('openexeter', { From: 'Grace Mensah <grace.mensah@oakridgeps.co.uk>', To: to('openexeter'), Subject: 'Open Exeter - extra access' }, 'Dear Open Exeter team,\n\nOn behalf of Ridge Surgery (E82044), please add the Prior Notification List permission to Joel Parker\'s Open Exeter account:\n\nUser: Joel Parker\nUser ID: E82044JP1\nEmail: joel.parker@nhs.net\n\nRegards\n\nGrace Mensah\nHead of Practice Operations\nOakridge Practice Services Ltd');
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Grace Mensah', role: 'other' });
    expect(codes(c)).toContain('signatory_role_not_allowed');
  });
});

describe('forms and letters', () => {
  it('no capacity ticked on an Open Exeter form, and "which I have signed as Practice Manager": the signatory is "other"', async () => {
    const form = await printedPdf([
      'Open Exeter: Primary User request (GP practices)',
      ['Practice name', 'Holly Tree Surgery'],
      ['Practice code', 'M83042'],
      ['Name', 'Aisha Begum'],
      ['NHSmail address', 'aisha.begum@nhs.net'],
      'Section 3 Authorised signatory',
      ['Name of signatory', 'Paul Kendrick'],
      ['Signatory email', 'paul.kendrick@nhs.net'],
      'Capacity of signatory (tick one)',
      '[ ] Lead GP',
      '[ ] GP Partner',
      '[ ] Caldicott Guardian',
      'Signed: P Kendrick',
    ]);
    const c = await parseEmailWithPdf('openexeter', ['Paul Kendrick', 'paul.kendrick@nhs.net'], 'Open Exeter form', 'Hi,\n\nPlease find attached our Open Exeter Primary User form for Aisha Begum, which I have signed as Practice Manager.\n\nPaul Kendrick\nPractice Manager', form);
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Paul Kendrick', role: 'other' });
    expect(codes(c)).toContain('signatory_role_not_allowed');
  });

  it('"I have signed it myself as practice manager" outweighs a capacity box the form shows; "as the doctors are out" does not', async () => {
    const form = await printedPdf([
      'Open Exeter: Primary User request (GP practices)',
      ['Practice name', 'Orchard Way Surgery'],
      ['Practice code', 'D82071'],
      ['Name', 'Lewis Grant'],
      ['NHSmail address', 'lewis.grant@nhs.net'],
      ['Name of signatory', 'Helen Ward'],
      ['Signatory email', 'helen.ward@nhs.net'],
      ['Signatory capacity', 'GP Partner'],
    ]);
    const manager = await parseEmailWithPdf('openexeter', ['Helen Ward', 'helen.ward@nhs.net'], 'OE primary user', 'Hi,\n\nAttached. I have signed it myself as practice manager as the partners are all on leave this week.\n\nHelen Ward\nPractice Manager', form);
    const reason = await parseEmailWithPdf('openexeter', ['Helen Ward', 'helen.ward@nhs.net'], 'OE primary user', 'Hi,\n\nAttached. I\'ve signed it myself as the partners are all on leave this week.\n\nHelen Ward', form);
    expect(fieldsOf(manager).signatory).toMatchObject({ name: 'Helen Ward', role: 'other' });
    expect(codes(manager)).toContain('signatory_role_not_allowed');
    expect(fieldsOf(reason).signatory).toMatchObject({ name: 'Helen Ward', role: 'gp_partner' });
  });

  it('"Details of main practice" over "Name of main practice" over its value: the main practice\'s details, each under its label', async () => {
    const form = await printedPdf([
      'Branch set-up request',
      'Details of main practice',
      'Name of main practice',
      'Stonebridge Medical Centre',
      'ODS code',
      'C84066',
      'Address',
      '12 Bridge Street, Newark, NG24 1EF',
      'Telephone',
      '01636 555 210',
      'Details of branch practice',
      'Branch ODS code',
      'C84066001',
      'Branch name',
      'Stonebridge - Balderton',
      'Branch address',
      '2 Main Street, Balderton, NG24 3NN',
    ]);
    const c = await parseEmailWithPdf('datamanager', ['Jo Whitfield', 'jo.whitfield@nhs.net'], 'Branch set-up', 'Please see the attached branch form.\n\nJo Whitfield\nPractice Manager', form);
    expect(fieldsOf(c).mainPractice).toMatchObject({ name: 'Stonebridge Medical Centre', address: '12 Bridge Street, Newark, NG24 1EF', phone: '01636 555 210' });
  });

  it('a letter listing "Role 1 / Role 2" under a title naming the person: the roles, not the person', async () => {
    const letter = await printedPdf([
      'Brookfield Surgery',
      'Removal of PCSE Online roles - Amir Rahimi',
      'Amir Rahimi (amir.rahimi@nhs.net) has left the practice and no longer needs the following roles:',
      ['Role 1', 'Joiner & Leaver'],
      ['Role 2', 'Practice Estimate and Salary Change'],
      'Yours sincerely',
      'Helen Doyle',
    ]);
    const c = await parseEmailWithPdf('portalenquiries', ['Brookfield Surgery', 'brookfield.surgery@nhs.net'], 'Remove roles', 'Helen Doyle | Operations Manager | Brookfield Surgery', letter);
    expect(c.kind).toBe('role_removal_request');
    expect(fieldsOf(c).roles).toEqual(['Joiner & Leaver', 'Practice Estimate and Salary Change']);
  });

  it('ticked boxes typed in an email are permissions without their marks; "Call and Recall" stays one permission', async () => {
    const c = await parseEmail('openexeter', { From: 'Dr Yusuf Idris <yusuf.idris@nhs.net>', To: to('openexeter'), Subject: 'Additional Open Exeter permissions' }, 'Dear Open Exeter team,\n\nPlease could you add the following permissions for our existing user:\n\nName: Cara Doyle\nUser ID: CDOYLE4\nEmail: cara.doyle@nhs.net\nPermissions required:\n☒ Call and Recall\n☒ Result enquiries\n☐ Failsafe reports\n\nI am a GP Partner at Ashgrove Surgery (F81077).\n\nDr Yusuf Idris');
    expect(fieldsOf(c).permissions).toEqual(['Call and Recall', 'Result enquiries']);
  });
});
