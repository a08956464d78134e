// portalenquiries mail of corpus 47.
import { NHS_FOOTER, type Mail } from './lib.js';
import { gppCertFillable } from './pdfs.js';
import { gppCertScan } from './scans.js';

const P = (name: string | null, email: string | null) => ({ name, email });

export async function portalMails(): Promise<Mail[]> {
  const mails: Mail[] = [];
  const pe = (m: Omit<Mail, 'mailbox'>): void => { mails.push({ ...m, mailbox: 'portalenquiries' }); };

  // 1 GPP nomination, fillable certification form, merged practice
  {
    const pdf = await gppCertFillable({
      practiceName: 'Lime Street Medical Group', odsCode: 'B83027', address: '2 Lime Street, Bradford BD1 4DW',
      nomineeName: 'Wiktoria Zielinska', nomineeRole: 'Finance Administrator', nomineeEmail: 'wiktoria.zielinska@nhs.net', nomineePhone: '01274 730 118',
      approverName: 'Dr Anand Krishnan', approverRole: 'GP Partner', approverEmail: 'anand.krishnan@nhs.net', date: '18/11/2026', signature: 'A Krishnan',
    });
    pe({
      slug: 'gpp-admin-lime-street-acroform', from: 'Anand Krishnan <anand.krishnan@nhs.net>',
      subject: 'GPP user administrator form - Lime Street Medical Group (merged practice)', date: 'Wed, 18 Nov 2026 12:40:10 +0000',
      text: `Dear PCSE,

Since our merger with Station Road Surgery our previous GPP user administrator has left. Please find attached the completed certification form nominating Wiktoria, our finance administrator.

Kind regards

Dr Anand Krishnan
GP Partner
Lime Street Medical Group
${NHS_FOOTER}`,
      attachments: [{ filename: 'GPP PUA certification - Lime Street.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'B83027', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: P('Wiktoria Zielinska', 'wiktoria.zielinska@nhs.net'), approver: { name: 'Anand Krishnan', email: 'anand.krishnan@nhs.net', role: 'GP Partner' } },
        mustRaise: [], traits: ['pdf_acroform', 'first_name_only_in_body', 'merger', 'see_attached'],
      },
    });
  }

  // 2 GPP nomination, scanned form
  {
    const pdf = await gppCertScan();
    pe({
      slug: 'gpp-admin-rowan-tree-scan', from: 'Rowan Tree Surgery <rowantree.surgery@nhs.net>',
      subject: 'GPP User Admin form', date: 'Tue, 10 Nov 2026 09:02:45 +0000',
      text: `Good morning

Please see attached signed form for our new GPP user admin. We have just moved into our new premises at Station Approach so the address on your system may be out of date.

Kind regards
Rowan Tree Surgery
`,
      attachments: [{ filename: 'DOC101126-09014.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'H81092', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: P('Melanie Achterberg', 'melanie.achterberg@nhs.net'), approver: { name: 'Oluwaseun Bankole', email: 'o.bankole@nhs.net', role: 'Senior Partner' } },
        mustRaise: [], traits: ['pdf_scan', 'stamp', 'signature_drawn', 'shared_mailbox_sender', 'relocation'],
      },
    });
  }

  // 3 PL nomination by the CQC Registered Manager
  pe({
    slug: 'pl-admin-grange-cqc', from: 'Dr Bernadette Quinn <bernadette.quinn@nhs.net>',
    subject: 'PL Organisation Administrator - The Grange Practice B86031', date: 'Thu, 12 Nov 2026 16:05:33 +0000',
    text: `Dear Portal Enquiries,

We currently have no PL organisation administrator since we moved our admin team to the new Headingley site. As CQC Registered Manager for The Grange Practice (B86031) I would like to nominate:

Name: Ruth Ellison-Baptiste
Email: ruth.ellison-baptiste@nhs.net
Role at practice: HR and Performers Lead

Kind regards

Dr Bernadette Quinn
GP Partner and CQC Registered Manager
The Grange Practice, Leeds
${NHS_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'B86031', type: 'gp_practice' },
      fields: { service: 'PL', nominee: P('Ruth Ellison-Baptiste', 'ruth.ellison-baptiste@nhs.net'), approver: { name: 'Bernadette Quinn', email: 'bernadette.quinn@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['labelled_lines', 'hyphenated_name', 'two_roles_in_signature', 'name_with_the'],
    },
  });

  // 4 OPTO nomination that would be a fifth admin
  pe({
    slug: 'opto-admin-fifth-clarke-dunn', from: 'Graham Dunn <graham.dunn@nhs.net>',
    subject: 'Additional OPTO user admin for Bridge Street', date: 'Mon, 14 Dec 2026 10:30:00 +0000',
    text: `Hello,

Now that we have taken on the Bridge Street practice I need another Opto User Management (Organisation) user for Clarke & Dunn Opticians (TPK31).

We already have four: myself, Susan Clarke, Mo Rahimi and Beth Lowther. Please add Kieran Doyle (kieran.doyle2@nhs.net), our new branch manager at Bridge Street, as well.

As contract holder I authorise this.

Graham Dunn
Director / Contract Holder
Clarke & Dunn Opticians Ltd
`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPK31', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: P('Kieran Doyle', 'kieran.doyle2@nhs.net'), approver: { name: 'Graham Dunn', email: 'graham.dunn@nhs.net', role: 'Contract Holder' } },
      mustRaise: ['admin_limit_reached'], traits: ['existing_admins_listed', 'ampersand_name', 'takeover', 'self_approval'],
    },
  });

  // 5 PCN nomination approved by an ICB approver
  pe({
    slug: 'pcn-admin-upper-calder-icb', from: 'Stephen Oyelaran <stephen.oyelaran@nhs.net>',
    cc: 'Upper Calder PCN <uppercalder.pcn@nhs.net>',
    subject: 'PCN user admin request - Upper Calder PCN (U43127)', date: 'Tue, 17 Nov 2026 11:11:50 +0000',
    text: `Dear PCSE,

Upper Calder PCN has moved its hub to Hebden Bridge and has no PCN user administrator since its previous business manager left. I approve the following nomination on behalf of the ICB (I am listed on the NHSE Authorised Email List for West Yorkshire ICB):

PCN: Upper Calder PCN
PCN code: U43127
Nominee: Jodie Marshall-Greene, PCN Business Manager
Email: jodie.marshall-greene@nhs.net

Kind regards

Stephen Oyelaran
Primary Care Contracts Manager
NHS West Yorkshire Integrated Care Board
`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U43127', type: 'pcn' },
      fields: { service: 'PCN', nominee: P('Jodie Marshall-Greene', 'jodie.marshall-greene@nhs.net'), approver: { name: 'Stephen Oyelaran', email: 'stephen.oyelaran@nhs.net', role: 'Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['icb_approver', 'cc_shared_mailbox', 'hyphenated_name'],
    },
  });

  // 6 main contact change after a pharmacy relocation
  pe({
    slug: 'main-contact-change-riverside-move', from: 'Riverside Pharmacy <riverside.pharmacy@nhs.net>',
    subject: 'Change of main contact - FQ452', date: 'Wed, 25 Nov 2026 15:55:05 +0000',
    text: `Hello

Patel Healthcare Ltd t/a Riverside Pharmacy, ODS FQ452.

Our pharmacy manager at Riverside has changed with the move to the new unit. Please make Mrs Renée Fowkes the main contact, email renee.fowkes@nhs.net. Nikhil Patel will remain main contact for Greenway (FW817) only.

Thanks
Riverside Pharmacy team
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FQ452', type: 'pharmacy' },
      fields: { newMainContact: P('Renée Fowkes', 'renee.fowkes@nhs.net') },
      mustRaise: [], traits: ['trading_name', 'two_codes', 'honorific', 'non_ascii_name', 'shared_mailbox_sender'],
    },
  });

  // 7 main contact change for a merged practice, old and new given as a pair
  pe({
    slug: 'main-contact-change-castle-old-new', from: 'Karen Doyle <karen.doyle@nhs.net>',
    subject: 'Main contact - Castle Practice Y02544', date: 'Mon, 30 Nov 2026 08:20:19 +0000',
    text: `Good morning,

Castle Practice (Y02544) has merged with Elm Tree Surgery (Y02716) from 1 December. Their main contact is retiring, so for Y02544 please change:

Old main contact: Alan Birch (alan.birch@nhs.net)
New main contact: Karen Doyle (karen.doyle@nhs.net)

Nothing changes for Y02716.

Regards
Karen Doyle
Practice Manager
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'Y02544', type: 'gp_practice' },
      fields: { newMainContact: P('Karen Doyle', 'karen.doyle@nhs.net') },
      mustRaise: [], traits: ['old_new_pairs', 'merger', 'two_codes', 'self_nomination'],
    },
  });

  // 8 verification link for the GP's own account
  pe({
    slug: 'verification-link-gp-own', from: 'Dr Chidi Okonkwo <chidi.okonkwo@nhs.net>',
    subject: 'Verification link not received', date: 'Thu, 5 Nov 2026 19:02:40 +0000', client: 'apple',
    text: `Hello,

I have recently joined Brookside Health Centre as a salaried GP and have not received my PCSE Online verification link. My GMC registered email is this one, chidi.okonkwo@nhs.net, and my GMC number is 7123456.

Please could you send a new link.

Thanks
Chidi Okonkwo

Sent from my iPhone`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'chidi.okonkwo@nhs.net', gmcNumber: '7123456' },
      mustRaise: [], traits: ['gmc_number', 'mobile_client', 'no_org_code'],
    },
  });

  // 9 verification link asked for by the practice manager on a new GP's behalf
  pe({
    slug: 'verification-link-for-colleague', from: 'Gareth Lloyd-Evans <gareth.lloyd-evans@nhs.net>',
    subject: 'New verification link please - Dr Nair', date: 'Mon, 9 Nov 2026 10:44:27 +0000',
    text: `Hi,

Dr Priya Nair has joined us to lead our new Hedge End branch but never got the PCSE Online verification email. Her GMC email is priya.nair7@nhs.net (GMC 7654321). Can you resend it to her please? She's in clinic all week so I'm emailing on her behalf.

Thanks

Gareth Lloyd-Evans
Business Manager
The Meadows Practice (J82150)
`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'J82150', type: 'gp_practice' },
      fields: { accountEmail: 'priya.nair7@nhs.net', gmcNumber: '7654321' },
      mustRaise: ['not_own_account'], traits: ['on_behalf_of', 'gmc_number', 'hyphenated_name'],
    },
  });

  // 10 account unlock for a non-email user name at an optical practice
  pe({
    slug: 'unlock-non-email-username', from: 'Eye Care Centre Stroud <eyecare.stroud@nhs.net>',
    subject: 'Locked account', date: 'Wed, 11 Nov 2026 09:15:37 +0000',
    text: `Hi

One of our dispensing assistants has locked her account after too many password attempts since we changed the computers in the new shop. She doesn't have an email address so her user name is sophiewalsh@eyecarestroud.

Could you unlock it please? Practice code TPB62.

Thanks
Lorraine
Eye Care Centre, Stroud
`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'TPB62', type: 'ophthalmic_practice' },
      fields: { username: 'sophiewalsh@eyecarestroud' },
      mustRaise: [], traits: ['non_email_username', 'shared_mailbox_sender', 'on_behalf_of'],
    },
  });

  // 11 reactivation for a main contact after a merger
  pe({
    slug: 'reactivation-main-contact', from: 'Olga Nowak <olga.nowak@nhs.net>',
    subject: 'Account deactivated', date: 'Fri, 27 Nov 2026 14:08:51 +0000',
    text: `Hello,

I'm the main contact for Lime Street Medical Group (B83027). I haven't logged in for a few months while we were sorting out the merger and now it says my account has been deactivated.

My user name is olga.nowak@nhs.net. Please can you reactivate it?

Thank you
Olga Nowak
Operations Manager
`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'B83027', type: 'gp_practice' },
      fields: { username: 'olga.nowak@nhs.net' },
      mustRaise: [], traits: ['main_contact_own_account', 'merger'],
    },
  });

  // 12 role removal after a staff move between sites
  pe({
    slug: 'role-removal-moved-to-branch', from: 'Helen Marsh <helen.marsh3@nhs.net>',
    subject: 'Remove roles - staff member moved to branch', date: 'Tue, 1 Dec 2026 11:27:03 +0000',
    text: `Hi,

Amrit Sandhu (amrit.sandhu@nhs.net) has moved from our main site to the Druids Heath branch and no longer needs the Practice Order Entry Clerk or Practice Records Movement Admin roles for M85042. Can you take those off her account please?

Thanks
Helen Marsh
Practice Manager, The Willows Medical Practice
`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'M85042', type: 'gp_practice' },
      fields: { username: 'amrit.sandhu@nhs.net', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin'] },
      mustRaise: [], traits: ['two_roles', 'branch_move', 'name_with_the'],
    },
  });

  // 13 branch set-up sent to portalenquiries
  pe({
    slug: 'branch-setup-misdirected-greenbank', from: 'Dr Samuel Osei-Bonsu <samuel.osei-bonsu@nhs.net>',
    subject: 'Branch practice access', date: 'Thu, 19 Nov 2026 13:50:12 +0000',
    text: `Dear Sir/Madam

I'd like to set up access to PCSE Online for our new branch please.

Main practice:
Greenbank Medical Centre, GP, A84019
Main contact: Dr Samuel Osei-Bonsu, samuel.osei-bonsu@nhs.net
Greenbank Medical Centre
Greenbank Road
Newcastle upon Tyne NE5 3AB
0191 274 3300

Branch:
Westerhope Surgery, A84019001
Westerhope Surgery, 15 Stamfordham Road, Newcastle upon Tyne NE5 5HP
0191 286 1144
Main contact: Dr Samuel Osei-Bonsu (same as above)

Thank you
Samuel
`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'A84019', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'A84019', name: 'Greenbank Medical Centre', mainContact: P('Samuel Osei-Bonsu', 'samuel.osei-bonsu@nhs.net'), address: 'Greenbank Medical Centre, Greenbank Road, Newcastle upon Tyne NE5 3AB', phone: '0191 274 3300' },
        branch: { odsCode: 'A84019001', name: 'Westerhope Surgery', address: 'Westerhope Surgery, 15 Stamfordham Road, Newcastle upon Tyne NE5 5HP', phone: '0191 286 1144', mainContact: { name: 'Samuel Osei-Bonsu', email: 'samuel.osei-bonsu@nhs.net', title: 'Dr' } },
      },
      mustRaise: [], traits: ['misdirected', 'same_contact_as_above', 'unlabelled_lines', 'multi_line_address'],
    },
  });

  // 14 practice email update sent to portalenquiries
  pe({
    slug: 'email-update-misdirected-canal-side', from: 'Gemma Fairweather <gemma.fairweather@nhs.net>',
    subject: 'Update practice email address - Canal Side Medical Practice E85617', date: 'Fri, 4 Dec 2026 10:05:44 +0000',
    text: `Hello,

Please update our practice email address.

Practice name: Canal Side Medical Practice
Practice code: E85617
Current practice email: canalside.mp@nhs.net
New practice email: canalside.admin@nhs.net

Kind regards,
Gemma Fairweather
Practice Manager
${NHS_FOOTER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'E85617', type: 'gp_practice' },
      fields: { currentEmail: 'canalside.mp@nhs.net', newEmail: 'canalside.admin@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'labelled_lines'],
    },
  });

  // 15 genuine question
  pe({
    slug: 'question-branch-admins', from: 'Claire Trebilcock <claire.trebilcock@nhs.net>',
    subject: 'Query - user admins for branch sites', date: 'Mon, 7 Dec 2026 12:12:12 +0000',
    text: `Hi,

Quick question. Now that our Torpoint branch has its own code, do the GPP and PL user administrators at the main site (L83054) automatically cover the branch, or does the branch need its own user admins? If so, does the four-admin limit apply to each site separately?

Thanks
Claire
`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['genuine_question', 'branch'],
    },
  });

  // 16 chaser with a reference in the subject
  pe({
    slug: 'chaser-reference-subject', from: 'Anand Krishnan <anand.krishnan@nhs.net>',
    subject: 'RE: PCSE-2026-031502 GPP user administrator form', date: 'Wed, 9 Dec 2026 09:09:09 +0000',
    text: `Hello,

Following up on the form I sent on 18 November (ref above). Wiktoria still hasn't received a verification link. Is there anything else you need from us?

Dr A Krishnan
`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['chaser', 'case_reference', 'reference_in_subject'],
    },
  });

  return mails;
}
