import { describe, expect, it } from 'vitest';
import { findCorrections } from '../../../ingest/extract/corrections.js';
import { cutSignature } from '../../../ingest/extract/split-body.js';
import { fieldsOf, parseEmail, parseEmailWithPdf } from '../../support/compose-email.js';
import { printedPdf } from '../../support/fillable-form.js';

/**
 * Issue 9 (twenty-third session), what corpora 38 (writer AH: web forms, helpdesks, relays) and 39 (writer AI:
 * writers who correct themselves and answer inline) showed, each pattern written again here with other practices and
 * people. Every email here is written for this test.
 */
const to = (mailbox: string) => `pcse.${mailbox}@nhs.net`;

describe('a value the writer corrects without saying which value it replaces', () => {
  it('replaces the near-copy extraction took: "not 14" after an address, a transposed number, a user ID', async () => {
    const nominee = await parseEmail(
      'portalenquiries',
      { From: 'Ruth Okoro <ruth.okoro@nhs.net>', To: to('portalenquiries'), Subject: 'PL admin - Beech House Surgery C84011' },
      'Hello,\n\nAs CQC Registered Manager for Beech House Surgery (C84011) I would like to nominate Amrit Gill (amrit.gill14@nhs.net) as a PL Organisation Administrator.\n\nSorry, typo above - Amrit\'s email is amrit.gill41@nhs.net, not 14.\n\nThanks\nRuth Okoro\nPractice Manager and CQC Registered Manager',
    );
    expect(fieldsOf(nominee).nominee).toMatchObject({ name: 'Amrit Gill', email: 'amrit.gill41@nhs.net' });

    const gmc = await parseEmail(
      'portalenquiries',
      { From: 'Lena Vogt <lena.vogt@nhs.net>', To: to('portalenquiries'), Subject: 'No verification email' },
      'Hi\n\nI never got the PCSE Online verification email. My GMC email is lena.vogt@nhs.net and my GMC number is 6234517.\n\nSorry typo - GMC number is 6234571.\n\nCould you send it again please.\n\nLena Vogt',
    );
    expect(fieldsOf(gmc).gmcNumber).toBe('6234571');

    const userId = await parseEmail(
      'openexeter',
      { From: 'Dr Kwame Asante <kwame.asante@nhs.net>', To: to('openexeter'), Subject: 'RE: Open Exeter permissions for Paul Dyer' },
      'Sorry, wrong user ID below - Paul\'s Open Exeter user ID is DYERP4. DYERP3 was his login at his last practice and should be left alone.\n\nDr Kwame Asante\n\nFrom: Kwame Asante <kwame.asante@nhs.net>\nSent: 01 December 2026 09:10\nTo: PCSE Open Exeter <pcse.openexeter@nhs.net>\nSubject: Open Exeter permissions for Paul Dyer\n\nDear colleagues,\n\nAs Caldicott Guardian for Mill Lane Practice (B86022) I would like to request additional Open Exeter permissions for our practice nurse Paul Dyer (paul.dyer2@nhs.net), user ID DYERP3:\n\n- Prior Notification List\n\nKind regards\nDr Kwame Asante\nGP and Caldicott Guardian',
    );
    expect(fieldsOf(userId).user).toMatchObject({ username: 'DYERP4' });
  });

  it('replaces the value the line gives up ("t.marsh was my old address"), even when the two are not alike', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Tanya Marsh <tanya.marsh6@nhs.net>', To: to('portalenquiries'), Subject: 'Account locked' },
      'Hi,\n\nI have locked my PCSE Online account. My username is t.marsh@nhs.net.\n\nSorry, ignore that, t.marsh was my old address. My username is tanya.marsh6@nhs.net.\n\nCould you unlock it please?\n\nThanks\nTanya Marsh\nReception Team Lead',
    );
    expect(fieldsOf(c).username).toBe('tanya.marsh6@nhs.net');
  });

  it('leaves alone a value that is only like another, with no second thought in the line', () => {
    expect(findCorrections('Sorry for the delay - her email is jo.baker2@nhs.net.').filter((c) => c.nearest === 'like')).toEqual([]);
    // The value given up ("… was the old one") is not a right one.
    expect(findCorrections('Sorry, typo: jo.baker21@nhs.net was the old one, her email is jo.baker22@nhs.net.').filter((c) => c.nearest === 'like').map((c) => c.right)).toEqual(['jo.baker22@nhs.net']);
  });

  it('changes nothing when two taken values are equally near the stated one', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Greg Pike <greg.pike@nhs.net>', To: to('datamanager'), Subject: 'Practice email - Fen Road Surgery D82033' },
      'Hello\n\nPlease update our practice email for Fen Road Surgery (D82033).\n\nCurrent practice email: fenroad.surgery1@nhs.net\nNew practice email: fenroad.surgery3@nhs.net\n\nSorry, typo - it should be fenroad.surgery2@nhs.net.\n\nGreg Pike\nPractice Manager',
    );
    const fields = fieldsOf(c);
    expect([fields.currentEmail, fields.newEmail]).not.toContain('fenroad.surgery2@nhs.net');
  });
});

describe('a postscript under the signature', () => {
  it('is the writer\'s message, not their signature', () => {
    const cut = cutSignature(['Please change the main contact.', '', 'Thanks,', 'Kiran Shah', 'Superintendent Pharmacist', '', 'P.S. Her email is actually ana.roy1@nhs.net.', '', 'This message may contain confidential information.']);
    expect(cut.body).toContain('P.S. Her email is actually ana.roy1@nhs.net.');
    expect(cut.signature).toContain('Kiran Shah');
    expect(cut.signature).not.toContain('P.S.');
  });

  it('corrects the request above it', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Kiran Shah <kiran.shah@nhs.net>', To: to('portalenquiries'), Subject: 'Main contact change FQ7T3' },
      'Hi,\n\nCould you please change the main contact for Riverside Pharmacy, ODS code FQ7T3, to our new pharmacy manager Ana Roy, ana.roy@nhs.net.\n\nThanks,\nKiran Shah\nSuperintendent Pharmacist\nRiverside Pharmacy Ltd\n\nP.S. Apologies - Ana has just told me her email is actually ana.roy1@nhs.net.',
    );
    expect(fieldsOf(c).newMainContact).toMatchObject({ name: 'Ana Roy', email: 'ana.roy1@nhs.net' });
  });
});

describe('a value crossed out', () => {
  it('in HTML (<del>, <s>, a line-through span) is not read, and the value beside it is', async () => {
    const html = (old: string) => `<html><body><p>Hello,</p><p>I am the contract holder for Marsh &amp; Dean Opticians (ODS TPK51). Please add our new dispensing manager, Lucy Hart, as an Opto User Management (Organisation) administrator.</p><p>Her email is ${old} <b>lucy@marshdean.co.uk</b> - the longer one was never set up, so please use the short one.</p><p>Thanks,<br>Omar Dean<br>Contract Holder</p></body></html>`;
    for (const old of ['<del>lucy.hart@marshdean.co.uk</del>', '<s>lucy.hart@marshdean.co.uk</s>', '<span style="text-decoration: line-through">lucy.hart@marshdean.co.uk</span>']) {
      const c = await parseEmail('portalenquiries', { From: 'Omar Dean <omar@marshdean.co.uk>', To: to('portalenquiries'), Subject: 'OPTO user admin - TPK51' }, html(old), 'text/html; charset="utf-8"');
      expect(fieldsOf(c).nominee).toMatchObject({ name: 'Lucy Hart', email: 'lucy@marshdean.co.uk' });
    }
  });

  it('on a printed form, when the email says so: the address written again beside it is the form\'s', async () => {
    const pdf = await printedPdf([
      'GPP Practice User Administrator Certification',
      ['Practice name', 'Lowfield Surgery'], ['Practice ODS code', 'B83044'],
      ['Nominee full name', 'Sana Iqbal'], ['Nominee email address', 'lowfield.admin2@nhs.net', 'sana.iqbal@nhs.net'],
      ['Approver full name', 'Dr Tom Reilly'], ['Approver role / position', 'GP Partner'], ['Approver email address', 'tom.reilly@nhs.net'],
    ]);
    const crossed = await parseEmailWithPdf('portalenquiries', ['Ben Ward', 'ben.ward@nhs.net'], 'GPP admin - Lowfield', 'Hi,\n\nSigned form attached for Sana Iqbal. I have crossed out her email on the form and written her own address next to it.\n\nBen', pdf);
    expect(fieldsOf(crossed).nominee).toMatchObject({ name: 'Sana Iqbal', email: 'sana.iqbal@nhs.net' });
    // Without the email saying so, the form is read as it was.
    const asIs = await parseEmailWithPdf('portalenquiries', ['Ben Ward', 'ben.ward@nhs.net'], 'GPP admin - Lowfield', 'Hi,\n\nSigned form attached for Sana Iqbal.\n\nBen', pdf);
    expect(fieldsOf(asIs).nominee?.email).not.toBe('sana.iqbal@nhs.net');
  });
});

describe('answers typed under PCSE\'s questions', () => {
  it('reads "→ value" under each quoted question that ends in a colon', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Dr Nadia Rahman <nadia.rahman@nhs.net>', To: to('portalenquiries'), Subject: 'Re: PCSE-2026-051234 - Verification link request - further details needed' },
      'Hi, answers below.\n\nNadia\n\nOn 02/12/2026 10:05, PCSE Portal Enquiries wrote:\n> Dear Dr Rahman,\n>\n> To resend your verification link we need you to confirm the following:\n>\n> GMC number:\n→ 7012345\n> The email address registered with the GMC:\n→ nadia.rahman@nhs.net\n> Practice name and ODS code (if you work at a practice):\n→ Hollybank Surgery, J81022\n>\n> Kind regards\n> PCSE Online Support Team',
    );
    expect(c.kind).toBe('verification_link_resend');
    expect(fieldsOf(c)).toMatchObject({ accountEmail: 'nadia.rahman@nhs.net', gmcNumber: '7012345' });
  });

  it('reads ">> value" lines under each question of an Outlook-quoted message, a list of them as one answer', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Dr Ewan Blair <ewan.blair@nhs.net>', To: to('openexeter'), Subject: 'RE: PCSE-2026-052001 - Open Exeter additional permissions - further information' },
      'Answers inline below (marked >>).\n\nEwan Blair\nGP Partner, Loch Road Practice\n\nFrom: PCSE Open Exeter <pcse.openexeter@nhs.net>\nSent: 01 December 2026 09:15\nTo: Blair Ewan (LOCH ROAD PRACTICE) <ewan.blair@nhs.net>\nSubject: PCSE-2026-052001 - Open Exeter additional permissions - further information\n\nDear Dr Blair,\n\nPlease confirm the following so that we can add the permissions:\n\nThe practice name and code:\n>> Loch Road Practice, H82044\nThe user\'s full name:\n>> Iona Reid\nTheir Open Exeter user ID:\n>> REIDI2\nTheir email address:\n>> iona.reid@nhs.net\nThe permissions required:\n>> Prior Notification List\n>> Sample Taker Enquiry\nYour role at the practice:\n>> GP Partner\n\nKind regards\nPCSE Open Exeter Team',
    );
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Iona Reid', email: 'iona.reid@nhs.net', username: 'REIDI2' });
    expect(fieldsOf(c).permissions).toEqual(expect.arrayContaining(['Prior Notification List', 'Sample Taker Enquiry']));
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Ewan Blair', role: 'gp_partner' });
  });
});

describe('relayed mail: helpdesks, website forms, onboarding systems', () => {
  it('reads the message a helpdesk passes on, quoted as a reply, as the request, its author the signatory', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: '"Joan Pike via Dale IT Support" <support@daleit.freshdesk.com>', To: to('openexeter'), Subject: '[#4120] Open Exeter extra permissions - Amy Cole' },
      'Hello Open Exeter team,\n\nPassing on the request below from Dale Road Surgery (K84022).\n\nRegards,\nSam\nDale IT Support\n\nOn Tue, 10 Nov 2026 at 09:12, Joan Pike <joan.pike@nhs.net> wrote:\n\n> Hi Sam,\n>\n> Please could you ask Open Exeter to give Amy Cole (user ID ACOLE2, amy.cole@nhs.net) these extra permissions:\n> - Patient enquiry\n> - Call and recall reports\n>\n> I am the practice manager so I am authorising this.\n>\n> Thanks\n> Joan Pike\n> Practice Manager, Dale Road Surgery',
    );
    expect(c.kind).toBe('open_exeter_additional_permissions');
    expect(fieldsOf(c).user).toMatchObject({ name: 'Amy Cole', username: 'ACOLE2' });
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Joan Pike', email: 'joan.pike@nhs.net', role: 'other' });
    expect(c.findings.map((f) => f.code)).toContain('signatory_role_not_allowed');
  });

  it('reads a website form forwarded by a PCN: the person who filled it in writes the message, in the role they state', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Paul Grey <paul.grey@nhs.net>', To: to('portalenquiries'), Subject: 'FW: New submission from "Contact us"' },
      'Hello PCSE,\n\nPlease see below a request from one of our member practices that came in through the PCN website.\n\nKind regards\nPaul Grey\nPCN Business Manager\n\nFrom: Moor PCN website <no-reply@moorpcn.org.uk>\nSent: 02 November 2026 17:48\nTo: Moor PCN <moor.pcn@nhs.net>\nSubject: New submission from "Contact us"\n\nName:\nHelen Shaw\n\nOrganisation:\nFell View Practice (N82011)\n\nRole:\nCQC Registered Manager\n\nEmail:\nhelen.shaw@nhs.net\n\nYour message:\nHi, I cannot get through on the phone line. As practice manager and CQC Registered Manager for Fell View I would like to nominate our Deputy Practice Manager, Ian Bell (ian.bell@nhs.net), as PL Organisation Administrator. Could the PCN pass this on to PCSE please? Thanks, Helen',
    );
    expect(c.kind).toBe('user_admin_nomination');
    expect(fieldsOf(c).nominee).toMatchObject({ name: 'Ian Bell', email: 'ian.bell@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Helen Shaw', email: 'helen.shaw@nhs.net', role: 'CQC Registered Manager' });
  });

  it('reads an onboarding system\'s notice that carries List-Unsubscribe as a request, and still ignores a newsletter', async () => {
    const notice = await parseEmail(
      'datamanager',
      { From: 'Starterline <notifications@starterline.example>', To: to('datamanager'), Subject: 'Action needed: PCSE Online access for Tom Hale', 'List-Unsubscribe': '<https://starterline.example/u/1>' },
      'Brook Surgery has a new starter who needs access to your system.\n\nOrganisation: Brook Surgery\nOrganisation code: C84077\nNew starter: Tom Hale\nEmail: tom.hale@nhs.net\n\nSystem: PCSE Online\nAccess requested: PL Organisation Administrator\nApproved by: Dr Ann Rowe, CQC Registered Manager (ann.rowe@nhs.net)',
    );
    expect(notice.ignored).toBeNull();
    expect(notice.kind).toBe('user_admin_nomination');
    const newsletter = await parseEmail(
      'datamanager',
      { From: 'Primary Care Bulletin <news@bulletin.example>', To: to('datamanager'), Subject: 'This week in primary care', 'List-Unsubscribe': '<https://bulletin.example/u/1>' },
      'This week: PCSE Online access changes for practices, and more. Read on our website.',
    );
    expect(newsletter.ignored).toBe('auto_reply');
  });

  it('does not take a form\'s printed guidance under a heading for the value of the heading', async () => {
    const pdf = await printedPdf([
      'Open Exeter: Primary User request', 'Organisations other than GP practices',
      ['Organisation name', 'Moor Hospice'], ['Organisation code', 'NQR12'],
      'Proposed Primary User', ['Name', 'Ada Lamb'], ['Email', 'ada.lamb@nhs.net'],
      'Authorised signatory', 'Must be the Caldicott Guardian, a member of the Board of Directors, or an existing Primary User within the',
      'organisation.', ['Name', 'Rex Hume'], ['Capacity', 'Caldicott Guardian'], ['Email', 'rex.hume@nhs.net'],
    ], { lineHeight: 16 });
    const c = await parseEmailWithPdf('openexeter', ['Rex Hume', 'rex.hume@nhs.net'], 'Open Exeter primary user', 'Form attached.\n\nRex', pdf);
    expect(fieldsOf(c).signatory).toMatchObject({ name: 'Rex Hume', email: 'rex.hume@nhs.net' });
  });
});

describe('a long email around the request', () => {
  it('takes the person the request asks for out of a list of staff, and the approver named "as our CQC Registered Manager"', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Raj Mehta <raj.mehta2@nhs.net>', To: to('portalenquiries'), Cc: 'Dr Lucy Penn <lucy.penn4@nhs.net>', Subject: 'Performers List admin access - Oakley Group Practice (C83011)' },
      'Dear PCSE,\n\nApologies for the long email - there has been a lot of change since our merger.\n\nOur current team, for your information:\n- Dr Lucy Penn - Senior Partner and CQC Registered Manager (lucy.penn4@nhs.net)\n- Raj Mehta - Business Manager, existing PL Organisation Administrator (raj.mehta2@nhs.net)\n- Kate Lowe - Operations Manager (kate.lowe@nhs.net)\n\nWhat we need: please could Kate Lowe be set up as a PL Organisation Administrator for C83011. Dr Penn, as our CQC Registered Manager, has asked me to make this request on her behalf and she is copied in to confirm.\n\nMany thanks,\nRaj Mehta\nBusiness Manager',
    );
    expect(fieldsOf(c).nominee).toEqual({ name: 'Kate Lowe', email: 'kate.lowe@nhs.net' });
    expect(fieldsOf(c).approver).toMatchObject({ name: 'Lucy Penn', email: 'lucy.penn4@nhs.net', role: 'CQC Registered Manager' });
  });
});

describe('values said in the writer\'s own order', () => {
  it('reads "X replaces Y as our practice email": X the new address, Y the old', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Amy Dale <amy.dale@nhs.net>', To: to('datamanager'), Subject: 'Practice email' },
      'Hi, please change the practice email for Hill View Surgery (N82044).\n\namy.dale@nhs.net replaces hillviewsurgery@nhs.net as our practice email - nobody checks the old shared inbox now.\n\nThanks, Amy\nPractice Manager',
    );
    expect(fieldsOf(c)).toMatchObject({ currentEmail: 'hillviewsurgery@nhs.net', newEmail: 'amy.dale@nhs.net' });
    expect(c.findings.map((f) => f.code)).toContain('individual_mailbox');
  });

  it('keeps digits named as the practice code, so the reviewer is told the code is not one', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Jo Ward <jo.ward@nhs.net>', To: to('portalenquiries'), Subject: 'Reactivate my account' },
      'Hi,\n\nI am the main contact for Bright Teeth Dental and my PCSE Online account has been deactivated. My username is jo.ward@nhs.net. Could you reactivate it please?\n\nOur practice code is 028311 (I think - it is the number on our contract letter).\n\nThanks\nJo Ward',
    );
    expect(c.organisation?.odsCode).toBe('028311');
    expect(c.findings.map((f) => f.code)).toContain('ods_invalid');
  });
});

describe('an HTML list', () => {
  it('keeps its bullets, so every item of a list of permissions is read', async () => {
    const c = await parseEmail(
      'openexeter',
      { From: 'Dr Ann Kerr <ann.kerr@nhs.net>', To: to('openexeter'), Subject: 'Open Exeter - additional permissions for practice nurse' },
      '<html><body><p>Dear PCSE,</p><p>Please could you add the following permissions to the Open Exeter account of our practice nurse, Rosa Lim (username RLIM1, rosa.lim@nhs.net):</p><ul><li>Prior Notification List</li><li>Cytology result enquiry</li></ul><p>I confirm I am a GP Partner at the practice.</p><p>Regards</p><p>Dr Ann Kerr<br>GP Partner<br>Kerr Lane Practice (J82155)</p></body></html>',
      'text/html; charset="utf-8"',
    );
    expect(fieldsOf(c).permissions).toEqual(expect.arrayContaining(['Prior Notification List', 'Cytology result enquiry']));
  });
});

describe('a message pasted under the sign-off, and a fifth administrator', () => {
  it('reads a message the writer points at ("see the message below") though it sits under their signature', async () => {
    const c = await parseEmail(
      'datamanager',
      { From: 'Ella Nash <ella.nash@nhs.net>', To: to('datamanager'), Subject: 'PCSE Online account locked - Dr Shah' },
      'Hi,\n\nPlease see the message below from one of our salaried GPs, sent to us through our messaging app. Could you unlock her PCSE Online account?\n\nThanks\n\nElla Nash\nPractice Manager, Brook Lane Surgery (Y05111)\n\nMessenger - Message to practice\nFrom: Dr Nina Shah - 25 Nov 2026, 07:51\n\nMorning Ella - I got my password wrong too many times and now PCSE Online says my account is locked. My username is nina.shah@nhs.net. Could someone ask them to unlock it? Thanks, Nina',
    );
    expect(c.kind).toBe('account_unlock');
    expect(fieldsOf(c).username).toBe('nina.shah@nhs.net');
  });

  it('counts four administrators when the writer asks to be added "as a fifth"', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Lee Rowe <lee.rowe@nhs.net>', To: to('portalenquiries'), Subject: 'PL admin' },
      'Hello,\n\nI am the new practice manager at Elm Surgery (D82046) and need the PL Organisation Administrator role. Our current PL admins are Dr Fox, Dr Hale, Sam Ward and Ann Cole - so that is four already. Please add me as a fifth. Dr Fox (CQC Registered Manager) has approved this.\n\nLee Rowe',
    );
    expect(fieldsOf(c).existingAdminCount).toBe(4);
    expect(c.findings.map((f) => f.code)).toContain('admin_limit_reached');
  });
});

describe('"ANSWER:" under each of PCSE\'s listed questions', () => {
  it('reads the answer, and never a question\'s "(email address)" as the username', async () => {
    const c = await parseEmail(
      'portalenquiries',
      { From: 'Tom Reid <tom.reid@nhs.net>', To: to('portalenquiries'), Subject: 'RE: PCSE-2026-041122 - Account reactivation - information required' },
      'Hi, answers added below in capitals.\n\nTom\n\nFrom: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSent: 25 November 2026 09:47\nTo: Reid Tom (HILLSIDE PRACTICE) <tom.reid@nhs.net>\nSubject: PCSE-2026-041122 - Account reactivation - information required\n\nDear Tom,\n\nPlease tell us:\n\n- The username (email address) of the deactivated account\nANSWER: TOM.REID@NHS.NET\n- The organisation name and ODS code\nANSWER: HILLSIDE PRACTICE, P82020\n\nKind regards\nPCSE Online Support Team\n\nFrom: Tom Reid <tom.reid@nhs.net>\nSent: 24 November 2026 16:30\nTo: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSubject: Account deactivated\n\nMy account has been deactivated. Can you switch it back on please?\n\nTom Reid',
    );
    expect(c.kind).toBe('account_reactivation');
    expect(fieldsOf(c).username).toBe('tom.reid@nhs.net');
    expect(c.organisation?.name).toBe('HILLSIDE PRACTICE');
  });
});
