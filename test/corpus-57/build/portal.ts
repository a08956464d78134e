// portalenquiries emails of corpus-57 (writer BA): staff turnover season.
import { date, exp, NHSMAIL, org, person, unclassified } from './common.js';
import { gppCertAcro, gppCertFlat, gppCertScan } from './forms.js';
import type { Mail } from './lib.js';

const mb = 'portalenquiries' as const;

export async function portal(): Promise<Mail[]> {
  const m: Mail[] = [];

  m.push({
    mailbox: mb, slug: '001-gpp-outgoing-pm-names-successor', from: ['Margaret Doyle', 'margaret.doyle@nhs.net'],
    cc: [['Tomasz Kowalczyk', 'tomasz.kowalczyk@nhs.net']],
    subject: 'GPP user admin - my replacement at Brookfield Surgery', date: date(2, '09:12'),
    text: `Good morning,

I retire as Practice Manager of Brookfield Surgery (M85712) on 27 November. My successor, Tomasz Kowalczyk, started with us on Monday and I would like him set up as a GPP Practice User Administrator before I go so that he can take over the Joiner & Leaver work.

The certification form is attached. Please note it has been signed by Dr Anjali Patel, GP Partner. We have two Dr Patels here - Dr Hemant Patel is also leaving the partnership at Christmas, so we asked Anjali to sign rather than him.

Tomasz is copied in. Once he has his access I will ask him to remove my roles.

Many thanks for all your help over the years!

Margaret (Maggie) Doyle
Practice Manager (until 27/11)
Brookfield Surgery, 14 Brookfield Road, Solihull B91 3QT
Tel: 0121 496 0871
${NHSMAIL}`,
    attachments: [{ filename: 'GPP UA certification - Brookfield.pdf', data: await gppCertAcro({ practice: 'Brookfield Surgery', code: 'M85712', nominee: 'Tomasz Kowalczyk', nomineeRole: 'Practice Manager', nomineeEmail: 'tomasz.kowalczyk@nhs.net', nomineePhone: '0121 496 0871', approver: 'Dr Anjali Patel', approverRole: 'GP Partner', approverEmail: 'anjali.patel4@nhs.net', date: '30/10/2026' }) }],
    expected: exp('user_admin_nomination', org('M85712', 'gp_practice'), { service: 'GPP', nominee: person('Tomasz Kowalczyk', 'tomasz.kowalczyk@nhs.net'), approver: { name: 'Anjali Patel', email: 'anjali.patel4@nhs.net', role: 'GP Partner' } },
      ['pdf_acroform', 'outgoing_writes_about_successor', 'same_surname', 'leaver_named', 'four_people']),
  });

  m.push({
    mailbox: mb, slug: '002-pl-maternity-cover-admin', from: ['Sarah Jenkins', 'sarah.jenkins12@nhs.net'],
    cc: [['Dr Graham Whitlock', 'graham.whitlock@nhs.net'], ['Hannah Okafor', 'hannah.okafor1@nhs.net']],
    subject: 'Maternity cover - Performers List admin for Harrowgate Medical Practice', date: date(3, '11:40'),
    text: `Hello PCSE team,

I start my maternity leave on 4 December. Hannah Okafor is joining us as maternity cover Practice Manager for 12 months from 23 November.

Please could Hannah be set up as a PL Organisation Administrator for Harrowgate Medical Practice, J82047, so she can look after our Performers List users while I'm away. Her email is hannah.okafor1@nhs.net.

Our CQC Registered Manager, Dr Graham Whitlock, is copied in and approves this nomination.

I will still hold my own PL admin role while I am on leave, I'm not asking for it to be removed.

Thanks,
Sarah

Sarah Jenkins
Practice Manager
Harrowgate Medical Practice | 2 Station Parade, Harrogate HG1 1TX | 01423 555 304
${NHSMAIL}`,
    expected: exp('user_admin_nomination', org('J82047', 'gp_practice'), { service: 'PL', nominee: person('Hannah Okafor', 'hannah.okafor1@nhs.net'), approver: { name: 'Graham Whitlock', email: 'graham.whitlock@nhs.net', role: 'CQC Registered Manager' } },
      ['maternity_cover', 'approver_in_cc', 'sender_not_nominee', 'four_people']),
  });

  m.push({
    mailbox: mb, slug: '003-opto-locum-manager-leaver-sends', from: ['Dean Forsyth', 'dean.forsyth@nhs.net'],
    cc: [['Priya Raman', 'priya.raman@lumenopticians.co.uk']],
    subject: 'Opto user admin for our locum manager', date: date(4, '16:05'),
    text: `Hi,

Friday is my last day as store manager at Lumen Opticians Bridgwater (TPC38). Until a permanent manager is recruited the store will be run by a locum manager, Oluwaseun Adebayo-Smith.

Our contract holder, Priya Raman, has asked me to request that Seun is given Opto User Management (Organisation) so she can add the locum optoms as they start. Priya is copied in to confirm she approves.

Seun's NHSmail: seun.adebayo-smith@nhs.net

Please don't send anything for the store to my address after Friday - it will not be monitored.

Regards
Dean Forsyth
Store Manager (leaving 6/11), Lumen Opticians, 31 Fore Street, Bridgwater TA6 3NQ`,
    expected: exp('user_admin_nomination', org('TPC38', 'ophthalmic_practice'), { service: 'OPTO', nominee: person('Oluwaseun Adebayo-Smith', 'seun.adebayo-smith@nhs.net'), approver: { name: 'Priya Raman', email: 'priya.raman@lumenopticians.co.uk', role: 'Contract Holder' } },
      ['locum', 'leaver_sends', 'nickname', 'approver_in_cc', 'four_people']),
  });

  m.push({
    mailbox: mb, slug: '004-pcn-icb-approver-after-manager-left', from: ['Rebecca Thornton', 'rebecca.thornton@nhs.net'],
    subject: 'PCN user admin nomination - Severn Vale PCN (U47219)', date: date(5, '10:21'),
    text: `Dear colleagues,

Severn Vale PCN (U47219) has had no user administrator on PCSE Online since their PCN Manager, Colin Fairbrother, left at the end of October.

The PCN's new Business Manager is Deepa Chaudhary (deepa.chaudhary@nhs.net). As the ICB approver I approve her nomination as PCN user admin. I am on the NHSE Authorised Email List for this ICB.

Colin's account should not be used again; the PCN have asked me to mention that he has moved to a role outside the NHS.

Kind regards

Rebecca Thornton
Primary Care Contracts Manager
NHS Herefordshire and Worcestershire ICB
${NHSMAIL}`,
    expected: exp('user_admin_nomination', org('U47219', 'pcn'), { service: 'PCN', nominee: person('Deepa Chaudhary', 'deepa.chaudhary@nhs.net'), approver: { name: 'Rebecca Thornton', email: 'rebecca.thornton@nhs.net', role: 'Primary Care Contracts Manager' } },
      ['approver_is_sender', 'leaver_named', 'signature_block']),
  });

  m.push({
    mailbox: mb, slug: '005-gpp-flat-form-married-name', from: ['Dr Oliver Brennan', 'oliver.brennan@nhs.net'],
    subject: "GPP admin form - St Aidan's Health Centre", date: date(6, '08:47'),
    text: `Hello,

Attached is a GPP Practice User Administrator certification form for Emma Clarke, who is taking over the practice finance work from Gareth Pugh (Gareth left us on 30 October).

Emma was Emma Whitfield until she married in September. Her NHSmail address still has her maiden name (emma.whitfield@nhs.net) - it is the right address, please use it.

Best wishes
Dr Oliver Brennan
GP Partner, St Aidan's Health Centre, L83019
${NHSMAIL}`,
    attachments: [{ filename: 'GPP certification Emma Clarke.pdf', data: await gppCertFlat({ practice: "St Aidan's Health Centre", code: 'L83019', nominee: 'Emma Clarke (née Whitfield)', nomineeRole: 'Finance & Office Manager', nomineeEmail: 'emma.whitfield@nhs.net', nomineePhone: '01752 430 119', approver: 'Dr Oliver Brennan', approverRole: 'GP Partner', approverEmail: 'oliver.brennan@nhs.net', date: '05/11/2026' }) }],
    expected: exp('user_admin_nomination', org('L83019', 'gp_practice'), { service: 'GPP', nominee: person('Emma Clarke', 'emma.whitfield@nhs.net'), approver: { name: 'Oliver Brennan', email: 'oliver.brennan@nhs.net', role: 'GP Partner' } },
      ['pdf_flat', 'married_name', 'address_spells_old_name', 'leaver_named']),
  });

  m.push({
    mailbox: mb, slug: '006-opto-fifth-admin-overlap', from: ['Siân Pritchard', 'sian.pritchard@nhs.net'],
    subject: 'Additional Opto user admin (handover)', date: date(9, '13:30'),
    text: `Prynhawn da,

I am the contract holder for Clearview Eyecare, ODS TPH71. Our current Opto user administrators are:

  - Siân Pritchard (me)
  - Rhodri Evans
  - Megan Lloyd
  - Callum Rees

Callum leaves at the end of the month. Until then I would like his replacement, Ffion Morgan, added as an Opto user administrator as well so that they can overlap for a fortnight. Ffion's email is ffion.morgan@nhs.net. Callum will remove his own role on his last day.

Diolch,
Siân Pritchard
Contract Holder, Clearview Eyecare, 7 Bridge Street, Llandeilo SA19 6BN`,
    expected: exp('user_admin_nomination', org('TPH71', 'ophthalmic_practice'), { service: 'OPTO', nominee: person('Ffion Morgan', 'ffion.morgan@nhs.net'), approver: { name: 'Siân Pritchard', email: 'sian.pritchard@nhs.net', role: 'Contract Holder' } },
      ['admin_limit', 'overlap_handover', 'non_ascii_name', 'approver_is_sender', 'many_people'], ['admin_limit_reached']),
  });

  m.push({
    mailbox: mb, slug: '007-main-contact-outgoing-names-successor', from: ['Elizabeth Hartley', 'elizabeth.hartley@nhs.net'],
    subject: 'Change of main contact - Pennine View Practice B86034', date: date(10, '09:03'),
    text: `Dear PCSE,

I am currently the main contact for Pennine View Practice (B86034) and I retire on 30 November. I understand I can't pass the role on myself, so please change the main contact to my successor:

Name: Rajinder Sandhu
Email: rajinder.sandhu@nhs.net

Raj takes over as Practice Manager from 1 December.

Thank you,
Liz Hartley
Practice Manager
Pennine View Practice, Moor Lane, Huddersfield HD7 5LR
${NHSMAIL}`,
    expected: exp('main_contact_change', org('B86034', 'gp_practice'), { newMainContact: person('Rajinder Sandhu', 'rajinder.sandhu@nhs.net') },
      ['outgoing_writes_about_successor', 'nickname', 'labelled_lines']),
  });

  m.push({
    mailbox: mb, slug: '008-main-contact-successor-self', from: ['Kwame Mensah', 'kwame.mensah@nhs.net'],
    subject: 'New main contact for Northgate Surgery', date: date(10, '14:18'),
    text: `Hello,

I have taken over as Practice Manager at Northgate Surgery (practice code C82611) from Jacqueline Moore - Jackie left the practice last Friday and was our main contact on PCSE Online.

Could you please make me the main contact instead? My details are Kwame Mensah, kwame.mensah@nhs.net.

Jackie's email (jacqueline.moore3@nhs.net) will be closed at the end of the month.

Kind regards,
Kwame
Kwame Mensah | Practice Manager | Northgate Surgery | 0116 270 4415
${NHSMAIL}`,
    expected: exp('main_contact_change', org('C82611', 'gp_practice'), { newMainContact: person('Kwame Mensah', 'kwame.mensah@nhs.net') },
      ['successor_writes_about_predecessor', 'self_nomination', 'predecessor_email_present']),
  });

  m.push({
    mailbox: mb, slug: '009-main-contact-locum-four-roles', from: ['Dr Fatima Qureshi', 'fatima.qureshi@nhs.net'],
    cc: [['Dr Tom Fenwick', 'tom.fenwick@nhs.net'], ['Elizabeth Kaur', 'elizabeth.kaur@nhs.net']],
    subject: 'Harbour Lane Surgery P81734 - interim main contact', date: date(11, '08:15'),
    text: `Dear PCSE,

Our practice manager, Deborah Quinn, left unexpectedly last week. Liz Kaur, our senior receptionist, has been keeping things going as temporary administrator, but she does not want (and should not have) the main contact role.

We have engaged a locum practice manager through an agency for three months from 9 November, Mr Martin Ashcroft. Please make Martin the main contact for Harbour Lane Surgery, P81734, from now on: martin.ashcroft2@nhs.net.

My fellow partner Dr Tom Fenwick agrees and is copied, as is Elizabeth.

Regards
Dr Fatima Qureshi
GP Partner, Harbour Lane Surgery, Harbour Lane, Falmouth TR11 2AZ
${NHSMAIL}`,
    expected: exp('main_contact_change', org('P81734', 'gp_practice'), { newMainContact: person('Martin Ashcroft', 'martin.ashcroft2@nhs.net') },
      ['locum', 'temporary_admin', 'nickname', 'four_people', 'sender_not_nominee']),
  });

  m.push({
    mailbox: mb, slug: '010-verification-returner-married', from: ['Charlotte Dunmore', 'charlotte.dunmore@nhs.net'],
    subject: 'Verification link expired', date: date(11, '12:55'),
    text: `Hi,

I've just come back from maternity leave at Brookfield Surgery (M85712). While I was off I got married - I was Charlotte Reeves - and my NHSmail address was changed to charlotte.dunmore@nhs.net. I updated the email on my PCSE Online account before I went on leave, but the verification link never arrived / has expired.

Please could you send me a new verification link for my account (charlotte.dunmore@nhs.net)?

Thanks
Charlotte Dunmore (formerly Reeves)
Assistant Practice Manager`,
    expected: exp('verification_link_resend', org('M85712', 'gp_practice'), { accountEmail: 'charlotte.dunmore@nhs.net', gmcNumber: null },
      ['married_name', 'returner', 'own_account']),
  });

  m.push({
    mailbox: mb, slug: '011-verification-gp-same-surname', from: ['Dr Kiran Patel', 'kiran.patel21@nhs.net'],
    subject: 'New verification link please - Dr K Patel GMC 7034185', date: date(12, '07:48'),
    text: `Dear Sir/Madam

I joined Harrowgate Medical Practice (J82047) as a salaried GP this month. Please note there is already a Dr Patel at the practice (Dr Nikhil Patel, GP partner) - we are not related and our accounts are separate.

I registered on PCSE Online with my GMC-registered email, kiran.patel21@nhs.net, GMC number 7034185, but the verification link has expired. Could you send a new one to me please?

Dr Kiran Patel
Salaried GP`,
    expected: exp('verification_link_resend', org('J82047', 'gp_practice'), { accountEmail: 'kiran.patel21@nhs.net', gmcNumber: '7034185' },
      ['same_surname', 'gmc_number', 'new_joiner']),
  });

  m.push({
    mailbox: mb, slug: '012-verification-temp-admin-for-new-starter', from: ['Joanne Pike', 'joanne.pike@nhs.net'],
    subject: 'Verification email for new starter', date: date(12, '15:32'),
    text: `Hello

I'm the temporary administrator at Harbour Lane Surgery (P81734) while we are without a practice manager. Our new receptionist, Aleksandra Nowak, started on Monday and can't find her verification email.

Could you resend it to her please? Her address is aleksandra.nowak3@nhs.net.

Many thanks
Jo Pike
Temporary Administrator`,
    expected: exp('verification_link_resend', org('P81734', 'gp_practice'), { accountEmail: 'aleksandra.nowak3@nhs.net', gmcNumber: null },
      ['not_own_account', 'temporary_admin', 'nickname'], ['not_own_account']),
  });

  m.push({
    mailbox: mb, slug: '013-unlock-temp-admin', from: ['Bart Okoye', 'bart.okoye@nhs.net'],
    subject: 'Locked out of PCSE Online', date: date(13, '10:10'),
    text: `Hi, I'm covering admin at Castle Mead Dental Care (V018842) for a few weeks and I've locked my account after too many password attempts.

Username: bart.okoye@nhs.net

Please can you unlock it?

Bartholomew Okoye
Temporary Practice Administrator`,
    expected: exp('account_unlock', org('V018842', 'dental_practice'), { username: 'bart.okoye@nhs.net' },
      ['temporary_admin', 'nickname', 'short']),
  });

  m.push({
    mailbox: mb, slug: '014-unlock-username-maiden-name', from: ['Priyanka Mistry', 'priyanka.mistry@nhs.net'],
    subject: 'Account locked - Elm Street Pharmacy FW412', date: date(16, '09:26'),
    text: `Good morning,

My PCSE Online account is locked (5 wrong passwords, sorry). The account is still under my maiden name:

username priyanka.shah@nhs.net

I'm now Priyanka Mistry and email from this address, but the old one still redirects to me. Elm Street Pharmacy, FW412.

Thank you
Priyanka Mistry
Pharmacy Manager`,
    expected: exp('account_unlock', org('FW412', 'pharmacy'), { username: 'priyanka.shah@nhs.net' },
      ['married_name', 'username_not_sender']),
  });

  m.push({
    mailbox: mb, slug: '015-reactivation-back-from-maternity', from: ['Nicola Greenhalgh', 'nicola.greenhalgh@nhs.net'],
    subject: 'Reactivate my account after maternity leave', date: date(16, '11:44'),
    text: `Hello,

I'm the practice manager and PL user administrator at Holloway Road Dental Practice (V023117). I have been on maternity leave for eleven months and my PCSE Online account has been deactivated because it wasn't used.

My cover, Aisha Rahman, left on Friday, so there's no other admin to help.

Please reactivate my account, username nicola.greenhalgh@nhs.net.

Thanks,
Nicola Greenhalgh`,
    expected: exp('account_reactivation', org('V023117', 'dental_practice'), { username: 'nicola.greenhalgh@nhs.net' },
      ['returner', 'maternity_cover', 'admin_role_stated']),
  });

  m.push({
    mailbox: mb, slug: '016-reactivation-locum-mistyped-code', from: ['Yvonne Fairweather', 'yvonne.fairweather@nhs.net'],
    subject: 'Deactivated account - locum PM', date: date(17, '08:39'),
    text: `Dear PCSE

I am back as locum practice manager at Wolds Edge Surgery (Y6I042) for the winter, having covered there last year. As before I am the GPP user administrator, but my account has been deactivated in the meantime.

Please could you reactivate it? Username: yvonne.fairweather@nhs.net

Kind regards
Yvonne Fairweather
Locum Practice Manager`,
    expected: exp('account_reactivation', org('Y6I042', 'gp_practice'), { username: 'yvonne.fairweather@nhs.net' },
      ['locum', 'malformed_ods', 'admin_role_stated'], ['ods_invalid']),
  });

  m.push({
    mailbox: mb, slug: '017-role-removal-partner-same-surname', from: ['Dr Anjali Patel', 'anjali.patel4@nhs.net'],
    subject: 'Remove roles - Dr H Patel leaving', date: date(17, '13:02'),
    text: `Hi,

Dr Hemant Patel (not me - I am Dr Anjali Patel, the other partner!) leaves the partnership at Brookfield Surgery, M85712, on 31 December.

Please remove his Joiner & Leaver and Practice Estimate and Salary Change roles. His username is hemant.patel7@nhs.net.

Thanks,
Anjali
${NHSMAIL}`,
    expected: exp('role_removal_request', org('M85712', 'gp_practice'), { username: 'hemant.patel7@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      ['same_surname', 'leaver_named', 'pcse_does_not_remove']),
  });

  m.push({
    mailbox: mb, slug: '018-role-removal-cover-writes', from: ['Hannah Okafor', 'hannah.okafor1@nhs.net'],
    subject: 'Please remove PL role while on maternity leave', date: date(24, '10:17'),
    text: `Hello,

I'm the maternity cover practice manager at Harrowgate Medical Practice (J82047). Sarah Jenkins is now on maternity leave and the partners would like her PL Practice Manager role removed until she returns.

Her username is sarah.jenkins12@nhs.net.

Thank you
Hannah Okafor
Practice Manager (maternity cover)`,
    expected: exp('role_removal_request', org('J82047', 'gp_practice'), { username: 'sarah.jenkins12@nhs.net', roles: ['PL Practice Manager'] },
      ['maternity_cover', 'cover_writes_about_absent', 'pcse_does_not_remove']),
  });

  m.push({
    mailbox: mb, slug: '019-chaser-with-reference', from: ['Margaret Doyle', 'margaret.doyle@nhs.net'],
    subject: 'RE: PCSE-2026-004817 GPP user admin - my replacement', date: date(18, '16:20'),
    text: `Hello again,

Just chasing reference PCSE-2026-004817 - Tomasz hasn't received his verification email yet and I finish next week. Is there anything else you need from us?

Maggie
Brookfield Surgery`,
    expected: unclassified(['chaser', 'case_reference', 'nickname']),
  });

  m.push({
    mailbox: mb, slug: '020-question-who-after-pm-leaves', from: ['Gareth Pugh', 'gareth.pugh@outlook.com'],
    subject: 'Question - leaving the practice', date: date(19, '19:41'),
    text: `Hi,

I left St Aidan's Health Centre last month but I think I was still a GPP user admin there. Do I need to do anything myself to be removed, or is that up to the practice? I no longer have access to my NHSmail.

Thanks
Gareth`,
    expected: unclassified(['question', 'leaver_writes', 'non_nhs_sender']),
    auth: 'pass',
  });

  m.push({
    mailbox: mb, slug: '021-auto-reply-maternity-leave', from: ['Sarah Jenkins', 'sarah.jenkins12@nhs.net'],
    subject: 'Automatic reply: PCSE-2026-004902 Your request has been received', date: date(20, '09:00'),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Inbox-Rules-Loop', 'sarah.jenkins12@nhs.net']],
    text: `Thank you for your email. I am on maternity leave until December 2027 and will not be reading my emails.

For practice matters please contact Hannah Okafor, maternity cover Practice Manager, hannah.okafor1@nhs.net, or call the practice on 01423 555 304.`,
    expected: unclassified(['auto_reply', 'maternity_cover'], 'auto_reply'),
  });

  m.push({
    mailbox: mb, slug: '022-thanks-with-reference', from: ['Deepa Chaudhary', 'deepa.chaudhary@nhs.net'],
    subject: 'RE: PCSE-2026-004955 PCN user admin nomination - Severn Vale PCN', date: date(23, '11:11'),
    text: `Thank you - I've verified my account and can see the PCN now. Much appreciated.

Deepa Chaudhary
Business Manager, Severn Vale PCN`,
    expected: unclassified(['thanks', 'case_reference']),
  });

  m.push({
    mailbox: mb, slug: '023-gpp-scan-nominee-sends', from: ['Zoë Ashworth-Price', 'zoe.ashworth-price@nhs.net'],
    subject: 'GPP admin form (scanned)', date: date(23, '14:48'),
    text: `Hello,

Please see the attached scanned form. I have replaced Kevin Lamb as Assistant Practice Manager at Marlowe Health Centre and need GPP user admin access. The form is signed by our partner Dr Nwosu.

Kind regards
Zoë Ashworth-Price
Assistant Practice Manager, Marlowe Health Centre`,
    attachments: [{ filename: 'Scan_0047.pdf', data: await gppCertScan({ practice: 'Marlowe Health Centre', code: 'K81066', nominee: 'Zoë Ashworth-Price', nomineeRole: 'Assistant Practice Manager', nomineeEmail: 'zoe.ashworth-price@nhs.net', nomineePhone: '01628 555 790', approver: 'Dr Ifeoma Nwosu', approverRole: 'GP Partner', approverEmail: 'ifeoma.nwosu@nhs.net', date: '20/11/2026' }) }],
    expected: exp('user_admin_nomination', org('K81066', 'gp_practice'), { service: 'GPP', nominee: person('Zoë Ashworth-Price', 'zoe.ashworth-price@nhs.net'), approver: { name: 'Ifeoma Nwosu', email: 'ifeoma.nwosu@nhs.net', role: 'GP Partner' } },
      ['pdf_scan', 'nominee_sends', 'non_ascii_name', 'leaver_named', 'see_attached']),
  });

  m.push({
    mailbox: mb, slug: '024-misdirected-practice-email-successor', from: ['Rajinder Sandhu', 'rajinder.sandhu@nhs.net'],
    subject: 'Practice email address change - Pennine View', date: date(24, '15:06'),
    text: `Hello,

Now that Liz Hartley has retired, the practice email on PCSE Online needs to change - it was set to Liz's own address.

Practice: Pennine View Practice
Practice code: B86034
Current practice email: elizabeth.hartley@nhs.net
New practice email: pennineview.admin@nhs.net

Thanks
Raj Sandhu
Practice Manager`,
    expected: exp('practice_email_update', org('B86034', 'gp_practice'), { currentEmail: 'elizabeth.hartley@nhs.net', newEmail: 'pennineview.admin@nhs.net' },
      ['misdirected', 'successor_writes_about_predecessor', 'nickname', 'labelled_lines']),
  });

  m.push({
    mailbox: mb, slug: '025-pl-admin-nickname-temp-admin', from: ['Dr Catriona MacLeod', 'catriona.macleod@nhs.net'],
    subject: 'PL admin for Beth', date: date(25, '09:37'),
    html: true,
    text: `Dear PCSE,

As CQC Registered Manager for Wolds Edge Surgery (Y61042) I nominate our temporary administrator Beth Coles as a PL Organisation Administrator, to cover the Performers List work while our locum practice manager is only here two days a week.

Beth's NHSmail is under her full name: Bethany Coles, bethany.coles@nhs.net.

Regards,
Dr Catriona MacLeod
CQC Registered Manager
Wolds Edge Surgery, Market Place, Driffield YO25 6AW`,
    expected: exp('user_admin_nomination', org('Y61042', 'gp_practice'), { service: 'PL', nominee: person('Bethany Coles', 'bethany.coles@nhs.net'), approver: { name: 'Catriona MacLeod', email: 'catriona.macleod@nhs.net', role: 'CQC Registered Manager' } },
      ['nickname', 'temporary_admin', 'approver_is_sender', 'html_alternative']),
  });

  return m;
}
