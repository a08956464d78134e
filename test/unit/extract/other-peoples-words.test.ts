import { describe, expect, it } from 'vitest';
import { composeEmail, fieldsOf, parseEmail, parseRaw } from '../../support/compose-email.js';

/**
 * Issue 9 (sixteenth session): the same requests in other people's words (corpus-24, writer T): the main contact
 * named by what it does, admin rights deleted, an activation email never received, Open Exeter's primary user by
 * another name, approvals said in passing, and practices written as blocks under homely headings. Every email here
 * is written for this test.
 */
const from = (name: string, email: string, to = 'pcse.portalenquiries@nhs.net') => ({ From: `${name} <${email}>`, To: to });

describe('what is asked, in other words', () => {
  it.each([
    ['portalenquiries', 'Supplies', 'Hello,\n\nWe need to change the person PCSE has down as the one who orders our supplies and moves records. The new person is our manager, Ruth Bell - ruth.bell@nhs.net.\nPractice code: H85099\n\nLiz', 'main_contact_change'],
    ['portalenquiries', 'New person', 'Can you please add Ola Nowak as the main contact on PCSE for Brook Pharmacy. Our code is FQ721.\nOla\'s email is ola.nowak@nhs.net\n\nSam', 'main_contact_change'],
    ['portalenquiries', 'Leaver', 'Dear PCSE\n\nDan Hill (dan.hill@nhs.net) left us on Friday. Please could you delete his admin rights on PCSE Online for our practice code G82033.\n\nAmy Cole\nPractice Manager', 'role_removal_request'],
    ['portalenquiries', 'Remove staff', 'Could you please remove Jo Kerr from our pharmacy\'s PCSE account, she left in October. Her login was jo.kerr@nhs.net.\n\nFN271 Dispensary team', 'role_removal_request'],
    ['portalenquiries', 'Cant get in', 'Please can you unlock my PCSE online account. I have never been able to log in because I never got the activation email that was supposed to come.\nMy GMC no. is 7012345.\n\nDr Ade Bello', 'verification_link_resend'],
    ['datamanager', 'Merger', 'Hello,\n\nWe (Hill Surgery, K84099) are merging with Vale Practice (K84611) in April. What do we need to send you and when - the branch, the practice email, the logins? Is there a form?\n\nDeb', 'unclassified'],
  ])('reads %s mail "%s" as what it asks', async (mailbox, subject, body, kind) => {
    const c = await parseEmail(mailbox as 'portalenquiries', { ...from('Liz Shaw', 'liz.shaw@nhs.net', `pcse.${mailbox}@nhs.net`), Subject: subject }, body);
    expect(c.kind).toBe(kind);
  });

  it('reads Open Exeter\'s primary user by another name, and the signatory\'s full forename from the sign-off the address spells', async () => {
    const c = await parseEmail('openexeter', { ...from('Tom Reid', 'thomas.reid@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'New OE lead user' },
      'Hi,\n\nOur Open Exeter lead user retired last week and we now have nobody who can add users or reset passwords. Please make our new practice manager Ama Osei the lead user instead - ama.osei@nhs.net.\n\nI\'m a GP partner at Elm Medical Centre (A86099).\n\nTom\nDr Thomas Reid\nGP Partner');
    expect(c.kind).toBe('open_exeter_primary_user_request');
    expect(fieldsOf(c).nominee).toEqual({ name: 'Ama Osei', email: 'ama.osei@nhs.net' });
    expect(fieldsOf(c).signatory).toEqual({ name: 'Thomas Reid', email: 'thomas.reid@nhs.net', role: 'gp_partner' });
  });

  it('reads Open Exeter\'s new-user notice sent as bulk mail as the request it is', async () => {
    const raw = composeEmail({ From: 'Open Exeter <openexeter.noreply@nhs.net>', To: 'PCSE Open Exeter <pcse.openexeter@nhs.net>', Subject: 'Open Exeter - new user created - K83099', Precedence: 'bulk' },
      'This is an automatically generated message from Open Exeter.\nA new user account has been created by a Primary User and requires authorisation by PCSE.\n\nOrganisation code:   K83099\nNew user ID:         JMORRIS4\nNew user name:       MORRIS, JANE\nNew user email:      jane.morris9@nhs.net\nCreated by:          PATEL, ANIL (APATEL2)\n\nPlease do not reply to this email.');
    const c = await parseRaw('openexeter', raw);
    expect(c.ignored).toBeNull();
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(fieldsOf(c).user).toMatchObject({ email: 'jane.morris9@nhs.net', username: 'JMORRIS4' });
  });
});

describe('approvals said in passing', () => {
  it('takes the owner and contract holder who asks for the admin as the approver, for the GOS claims service', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Raj Menon', 'raj@brightview-opticians.co.uk'), Subject: 'portal access for my manager' },
      'Hi\n\nI am the owner and contract holder at Brightview Opticians (code TPK39). My manager needs access on the PCSE portal so she can put the GOS claims through and set up the others. Can you please set her up as the admin.\nHer name is Cara Doyle\nemail cara.doyle@brightview-opticians.co.uk\n\nRaj\nRaj Menon\nContract Holder');
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c)).toMatchObject({ service: 'OPTO', approver: { name: 'Raj Menon', email: 'raj@brightview-opticians.co.uk', role: 'Contract Holder' } });
  });

  it('reads "our contract holder is Mrs X (address, copied in) who is happy to approve"', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Gwen Pugh', 'gwen.pugh@nhs.net'), Subject: 'OPTO admin' },
      'Please could you set me up as the OPTO user admin for Vale Opticians (TP4K2):\nGwen Pugh, Optical Manager, gwen.pugh@nhs.net\nOur contract holder is Mrs Nia Rees (nia.rees@nhs.net, copied in) who is happy to approve.\n\nGwen');
    expect(fieldsOf(c).approver).toEqual({ name: 'Nia Rees', email: 'nia.rees@nhs.net', role: 'contract holder' });
  });

  it('reads "I am the registered manager with CQC" as the CQC Registered Manager, and "I need to be the lead user" as a self-nomination', async () => {
    const pl = await parseEmail('portalenquiries', { ...from('Ewa Nowak', 'ewa.nowak@nhs.net'), Subject: 'PL admin' },
      'Hello, we need PL admin for our surgery. It must be requested by the CQC registered manager. This is me, I am the registered manager with CQC for Brook Surgery (D82099). Please make our practice manager Ian Cole the PL admin, ian.cole@nhs.net.\n\nEwa Nowak');
    expect(fieldsOf(pl).approver).toMatchObject({ name: 'Ewa Nowak', role: 'CQC Registered Manager' });
    const pcn = await parseEmail('portalenquiries', { ...from('Mia Roy', 'mia.roy@nhs.net'), Subject: 'PCN admin' },
      'Hi, nobody has the PCN admin login to add our staff onto PCSE Online and I\'ve been told I need to be the lead user for the PCN.\nMy details: Mia Roy, PCN Business Manager, mia.roy@nhs.net\nPCN code U81999\n\nMia');
    expect(pcn.kind).toBe('user_admin_nomination');
    expect(fieldsOf(pcn).nominee).toEqual({ name: 'Mia Roy', email: 'mia.roy@nhs.net' });
  });
});

describe('practices written as blocks', () => {
  it('reads an old shop and a new one, each under its own heading', async () => {
    const c = await parseEmail('datamanager', { ...from('Kay Lowe', 'kay.lowe@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Second shop' },
      'Hi there\n\nWe\'ve opened a second shop and would like our main contact (me) to be added to it please.\n\nOLD SHOP (the one you have already)\nLowe Opticians\nCode TP4H9\nMain contact: Kay Lowe - kay.lowe@nhs.net\n14 Mill Street\nBakewell\nDE45 1AA\n01629 496 300\n\nNEW SHOP\nLowe Opticians - Matlock\nCode TP7N9\n3 Crown Square, Matlock, DE4 3AA\n\nKay');
    expect(c.kind).toBe('main_contact_extension');
    expect(fieldsOf(c).existingPractice).toMatchObject({ odsCode: 'TP4H9', name: 'Lowe Opticians', address: '14 Mill Street, Bakewell, DE45 1AA', phone: '01629 496 300' });
    expect(fieldsOf(c).newPractice).toMatchObject({ odsCode: 'TP7N9', name: 'Lowe Opticians - Matlock', address: '3 Crown Square, Matlock, DE4 3AA' });
  });

  it('reads a heading over a block as a heading, keeping the street line and leaving the kind of practice out of its name', async () => {
    const c = await parseEmail('datamanager', { ...from('Iwan Hughes', 'iwan.hughes@nhs.net', 'pcse.datamanager@nhs.net'), Subject: 'Branch' },
      'Dear PCSE\n\nWe need our second site on PCSE Online.\n\nOUR MAIN PRACTICE:\nHolm Surgery (GP practice), code P81799\nMain contact held by PCSE: Dr Iwan Hughes, iwan.hughes@nhs.net\nHolm House\n12 Garth Road\nPreston\nPR1 1AA\nTel: 01772 496000\n\nTHE BRANCH:\nHolm Surgery - Broughton\nODS code P81799002\nVillage Centre\nBroughton\nPR3 5AA\nMain contact: Ms Cai Ellis, cai.ellis@nhs.net\n\nIwan');
    expect(c.kind).toBe('branch_setup');
    expect(fieldsOf(c).mainPractice).toMatchObject({ name: 'Holm Surgery', address: 'Holm House, 12 Garth Road, Preston, PR1 1AA', mainContact: { name: 'Iwan Hughes', email: 'iwan.hughes@nhs.net' } });
    expect(fieldsOf(c).branch).toMatchObject({ odsCode: 'P81799002', name: 'Holm Surgery - Broughton', mainContact: { title: 'Ms', name: 'Cai Ellis', email: 'cai.ellis@nhs.net' } });
  });
});

describe('Open Exeter logins and permissions in passing', () => {
  it('reads the user ID given later on the line than "… login please.", and PNL as the permission asked for', async () => {
    const c = await parseEmail('openexeter', { ...from('Dee Lamb', 'dee.lamb@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'PNL access' },
      'Hi,\n\nCould you add PNL access to our new HCA\'s Open Exeter login please. She\'s Mia Hart, user ID MHART3, mia.hart4@nhs.net.\n\nI\'m the practice manager at Gate Medical Practice, F84799.\n\nDee Lamb');
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c)).toMatchObject({ user: { name: 'Mia Hart', email: 'mia.hart4@nhs.net', username: 'MHART3' }, permissions: ['PNL'] });
  });

  it('does not list PNL beside the Prior Notification List it abbreviates', async () => {
    const c = await parseEmail('openexeter', { ...from('Dee Lamb', 'dee.lamb@nhs.net', 'pcse.openexeter@nhs.net'), Subject: 'Permissions' },
      'Please add the Prior Notification List (PNL) to Mia Hart\'s account, user ID MHART3.\n\nDee Lamb\nPractice Manager, F84799');
    expect(fieldsOf(c).permissions).toEqual(['Prior Notification List']);
  });

  it('reads a login set up "as:" on the next line', async () => {
    const c = await parseEmail('portalenquiries', { ...from('Omar Said', 'omar.said@gmail.com'), Subject: 'Locked' },
      'I entered the wrong password too many times and my account is now locked. I don\'t have an NHS email login for the portal - my user name was set up by our admin as:\nomarsaid@elmsurgery\n\nOmar');
    expect(c.kind).toBe('account_unlock');
    expect(fieldsOf(c).username).toBe('omarsaid@elmsurgery');
  });
});

