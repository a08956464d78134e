// portalenquiries: user-admin nominations, main contacts, verification links, unlocks, reactivations, role removals.
import { BHP_FOOTER, CORDWAINER_FOOTER, NORTHGATE_FOOTER } from './common.js';
import { NHSMAIL_FOOTER, msoParas, msoTable } from './lib.js';
import { person, type Spec } from './mail.js';
import { gppCertAcro, gppCertScanTwoPages, pcnFlat } from './pdfs.js';

const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' });

export async function portal(): Promise<Spec[]> {
  const specs: Spec[] = [];

  // 001 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 1,
    slug: 'gpp-central-hr-acroform',
    from: ['BHP Central HR', 'bhp.hr@nhs.net'],
    subject: 'GPP User Admin nomination - Kelsey Road Surgery (D83041)',
    date: '2026-11-02T09:41:12Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Good morning PCSE team,

I am writing from the central HR team at Brackenfield Health Partnership on behalf of Kelsey Road Surgery. We look after HR for all five of our practices (Millbrook, Ashcombe, Thornbury Lane and Oakhanger as well) but this request is for Kelsey Road only.

Kelsey Road's previous GPP admin, Maggie Stroud, left the partnership on 31 October and her account has already been deactivated by the remaining admin. Her line manager Dr Siddiqui has asked that Kasia takes over the GPP Practice User Administrator role. Details below and the certification form is attached, signed by Dr Siddiqui as GP Partner.`)}
${msoTable([
      ['Name', 'Katarzyna Nowak-Kowalska'],
      ['Known as', 'Kasia'],
      ['Practice', 'Kelsey Road Surgery'],
      ['ODS code', 'D83041'],
      ['NHSmail', 'k.nowak-kowalska@nhs.net'],
      ['Start date in role', '03/11/2026'],
    ])}
${msoParas(`
Dr Siddiqui's address is farhan.siddiqui@nhs.net if you need to check anything with him. Please copy me into any reply as Kasia is on leave until Thursday.

Kind regards,

Gemma Whitlock
HR Business Partner
Brackenfield Health Partnership (central HR)
Tel: 01632 960 771

${BHP_FOOTER}

${NHSMAIL_FOOTER}`)}`,
    attachments: [{
      filename: 'GPP UA certification - Kelsey Road.pdf',
      data: await gppCertAcro({
        practiceName: 'Kelsey Road Surgery', odsCode: 'D83041', address: '112 Kelsey Road\nBrackenfield\nBF4 2QL',
        nomineeName: 'Katarzyna Nowak-Kowalska', nomineeJob: '', nomineeEmail: 'k.nowak-kowalska@nhs.net', nomineePhone: '',
        approverName: 'Dr Farhan Siddiqui', approverRole: 'GP Partner', approverEmail: 'farhan.siddiqui@nhs.net', signed: true, date: '30/10/2026', seed: 'p001',
      }),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('D83041'),
      fields: { service: 'GPP', nominee: person('Katarzyna Nowak-Kowalska', 'k.nowak-kowalska@nhs.net'), approver: { ...person('Farhan Siddiqui', 'farhan.siddiqui@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'form_fields_blank', 'group_central_team', 'several_people', 'html_label_value_table', 'hyphenated_name', 'shortened_name', 'long_disclaimer'],
    },
  });

  // 002 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 2,
    slug: 'gpp-two-page-scan-new-pm',
    from: ['Andreea Popescu', 'andreea.popescu2@nhs.net'],
    subject: 'GPP form - The Ropewalk Practice',
    date: '2026-11-03T14:07:55Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hello,

I am the new practice manager at The Ropewalk Practice (I started 2 weeks ago, before I was in a practice in Bucharest so PCSE is new for me). The previous manager was the "super user" for the pensions part and she left without passing it to anyone. I was told I need this form so please find attached, I scanned it on our printer. Page 2 has the signature of Dr Fairweather who is our partner.

Is it correct that I become the admin for GPP with this? I hope I filled it right. If something is missing please tell me and I will fix it.

Thank you very much for your help

Andreea Popescu
Practice Manager
The Ropewalk Practice
Part of Cordwainer Medical Group
01632 961 240

${CORDWAINER_FOOTER}
`,
    attachments: [{
      filename: 'Scan_20261103_135512.pdf',
      data: await gppCertScanTwoPages({
        practiceName: 'The Ropewalk Practice', odsCode: 'M85118', address: '9 Ropewalk, Cordwainer CW2 7HS',
        nomineeName: 'Andreea Popescu', nomineeJob: 'Practice Manager', nomineeEmail: 'andreea.popescu2@nhs.net', nomineePhone: '01632 961 240',
        approverName: 'Dr Imogen Fairweather', approverRole: 'GP Partner', approverEmail: 'imogen.fairweather@nhs.net', signed: true, date: '02/11/2026', seed: 'p002',
      }),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('M85118'),
      fields: { service: 'GPP', nominee: person('Andreea Popescu', 'andreea.popescu2@nhs.net'), approver: { ...person('Imogen Fairweather', 'imogen.fairweather@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['pdf_scan', 'two_page_scan', 'signature_on_page_2', 'ods_in_pdf_only', 'new_starter', 'esl_writer', 'nominee_is_sender'],
    },
  });

  // 003 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 3,
    slug: 'gpp-acroform-unsigned',
    from: ['Northgate Workforce Team', 'northgate.workforce@nhs.net'],
    cc: ['Seun Adeyemi <oluwaseun.adeyemi@nhs.net>'],
    subject: 'Quayside Medical Practice - GPP practice user administrator form',
    date: '2026-11-04T11:22:03Z',
    client: 'outlook',
    auth: 'pass',
    html: msoParas(`Hi,

Please find attached the GPP Practice User Administrator certification form for Quayside Medical Practice (N84033), one of the four practices in Northgate Primary Care Group.

The nominee is Seun Adeyemi, our new finance and payroll coordinator who will be doing the pensions admin for Quayside (and possibly Harrowgate Lane later, but we will send a separate form for that one when the partners agree).

Dr Mensah-Bonsu has not been able to sign yet as he is on annual leave until Monday, but he has agreed it verbally so could you please start the process and we will send the signed copy when he is back.

Many thanks
Priya Raman
Workforce Coordinator
Northgate Primary Care Group

${NORTHGATE_FOOTER}`),
    htmlOnly: true,
    attachments: [{
      filename: 'GPP_UA_Cert_Quayside_N84033.pdf',
      data: await gppCertAcro({
        practiceName: 'Quayside Medical Practice', odsCode: 'N84033', address: 'The Old Custom House, Quay Street, Northgate NG7 1QA',
        nomineeName: 'Oluwaseun Adeyemi', nomineeJob: 'Finance and Payroll Coordinator', nomineeEmail: 'oluwaseun.adeyemi@nhs.net', nomineePhone: '01632 962 118',
        approverName: 'Dr Kwame Mensah-Bonsu', approverRole: 'GP Partner', approverEmail: 'k.mensah-bonsu@nhs.net', signed: false, date: '', seed: 'p003',
      }),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('N84033'),
      fields: { service: 'GPP', nominee: person('Oluwaseun Adeyemi', 'oluwaseun.adeyemi@nhs.net'), approver: { ...person('Kwame Mensah-Bonsu', 'k.mensah-bonsu@nhs.net'), role: 'GP Partner' } },
      mustRaise: ['missing_signature'],
      traits: ['pdf_acroform', 'unsigned_form', 'shortened_name', 'group_central_team', 'html_only', 'other_practices_named'],
    },
  });

  // 004 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 4,
    slug: 'pl-admin-shared-mailbox-ods-in-signature',
    from: ['ASHCOMBE MEDICAL CENTRE (BRACKENFIELD HEALTH PARTNERSHIP)', 'ashcombe.mc@nhs.net'],
    subject: 'Performers list admin',
    date: '2026-11-05T08:15:40Z',
    client: 'outlook',
    auth: 'pass',
    text: `Dear PCSE,

We currently have no PL Organisation Administrator at the practice since our last one retired in the summer, and I have been told that I need to email you to get one set up.

As the CQC Registered Manager I would like to nominate Becky Lowther, our Deputy Practice Manager, for this role. Her full name is Rebecca Lowther and her email is rebecca.lowther@nhs.net.

Please note I am sending this from the practice's shared mailbox as I am working from Ashcombe today - my own address is below.

Many thanks,

Liz

Elizabeth Harrington
Practice Manager and CQC Registered Manager
Ashcombe Medical Centre | ODS D83027
Brackenfield Health Partnership
Direct email: e.harrington@nhs.net
Tel: 01632 960 390

${BHP_FOOTER}
`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('D83027'),
      fields: { service: 'PL', nominee: person('Rebecca Lowther', 'rebecca.lowther@nhs.net'), approver: { ...person('Elizabeth Harrington', 'e.harrington@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['shared_mailbox_personal_signoff', 'ods_in_signature_only', 'shortened_name', 'long_disclaimer'],
    },
  });

  // 005 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 5,
    slug: 'pl-fifth-admin-bullets',
    from: ['Northgate IT Service Desk', 'northgate.itservicedesk@nhs.net'],
    cc: ['Dr Beatriz Álvarez de Toledo <beatriz.alvarezdetoledo@nhs.net>', 'Miguel de la Cruz <miguel.delacruz@nhs.net>'],
    subject: "Additional PL Organisation Administrator - St Aidan's Surgery N84047 [Ticket NG-48213]",
    date: '2026-11-05T13:02:19Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Good afternoon,

Ticket NG-48213 - raised by St Aidan's Surgery (N84047).

St Aidan's would like a further PL Organisation Administrator adding. They currently have the following four PL admins, who all remain in post:`)}
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Sandra Whitcombe - Practice Manager</li>
<li class="MsoNormal">Dr Hugh Penhaligon - GP Partner</li>
<li class="MsoNormal">Lorraine Oduya - Assistant Practice Manager</li>
<li class="MsoNormal">Craig Dunstan - HR Administrator</li>
</ul>
${msoParas(`
Please add as well:

Miguel de la Cruz, Operations Lead - miguel.delacruz@nhs.net

This has been approved by Dr Beatriz ${'\u00c1'}lvarez de Toledo, CQC Registered Manager for St Aidan's, who is copied in to confirm (beatriz.alvarezdetoledo@nhs.net).

Regards
Marek Wr${'\u00f3'}bel
IT Service Desk Analyst
Northgate Primary Care Group
Service desk: 01632 962 000 option 2

${NORTHGATE_FOOTER}`)}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('N84047'),
      fields: { service: 'PL', nominee: person('Miguel de la Cruz', 'miguel.delacruz@nhs.net'), approver: { ...person('Beatriz Álvarez de Toledo', 'beatriz.alvarezdetoledo@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'],
      traits: ['bulleted_list', 'several_people', 'two_part_surname', 'non_ascii_name', 'group_central_team', 'ticket_reference'],
    },
  });

  // 006 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 6,
    slug: 'gpp-replacement-alarming-subject',
    from: ['Hollins Green Surgery', 'hollinsgreen.surgery@nhs.net'],
    subject: 'URGENT!!! 5th GPP admin?? - Hollins Green M85104',
    date: '2026-11-06T16:48:31Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi

Sorry for the dramatic subject line, the system told our reception manager we "already have the maximum" so she panicked. To explain properly:

We had four GPP practice user admins: Sharon Heap, Dr Tomasz Zielinski, Jonathan D'Souza and Kerry Brennan. Jonathan left us on 14/11 and Kerry has already deactivated his account, so we are down to three.

We would like Emeka to take Jonathan's place so we are back to four, not five. His details:
Name: Chukwuemeka Obi
Email: chukwuemeka.obi@nhs.net
Job title: Practice Finance Lead

Authorised by: Dr Tomasz Zielinski, GP Partner (tomasz.zielinski1@nhs.net)

Thanks ever so much

Sharon Heap
Practice Manager, Hollins Green Surgery
Cordwainer Medical Group

${CORDWAINER_FOOTER}
`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: gp('M85104'),
      fields: { service: 'GPP', nominee: person('Chukwuemeka Obi', 'chukwuemeka.obi@nhs.net'), approver: { ...person('Tomasz Zielinski', 'tomasz.zielinski1@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['alarming_no_finding', 'ods_in_subject_only', 'several_people', 'leaver', 'shortened_name', 'shared_mailbox_personal_signoff', 'apostrophe_name'],
    },
  });

  // 007 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 7,
    slug: 'opto-contract-holder-cp1252',
    from: ['Ciarán Kavanagh', 'ciaran.kavanagh@nhs.net'],
    subject: 'Opto user management role – Kavanagh & Rhys Opticians TPK41',
    date: '2026-11-09T10:05:00Z',
    client: 'outlook',
    auth: 'pass',
    charset: 'windows-1252',
    cte: 'quoted-printable',
    text: `Dear Sir/Madam,

I’m the contract holder for Kavanagh & Rhys Opticians (TPK41). We don’t currently have anyone with the “User Management (Organisation)” role for Ophthalmic Payments since our manager left.

Could you please set up our dispensing optician, Hélène Dubois-Martin, with the role. Her email address is h.duboismartin@nhs.net.

I’m happy for this to be taken as my authorisation as contract holder.

Kind regards

Ciarán Kavanagh BSc(Hons) MCOptom
Contract Holder – Kavanagh & Rhys Opticians
14 Market Place, Wendleby WB3 8AF
`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Hélène Dubois-Martin', 'h.duboismartin@nhs.net'), approver: { ...person('Ciarán Kavanagh', 'ciaran.kavanagh@nhs.net'), role: 'Contract Holder' } },
      mustRaise: [],
      traits: ['windows_1252', 'quoted_printable', 'non_ascii_name', 'hyphenated_name', 'rfc2047_subject'],
    },
  });

  // 008 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 8,
    slug: 'pcn-admin-icb-flat-pdf',
    from: ['PAPADAKIS, Nikolaos (NHS TAMAR AND MOOR ICB - 15N)', 'nikolaos.papadakis@nhs.net'],
    cc: ['Lan Pham <thilan.pham@nhs.net>'],
    subject: 'PCN user admin request - Saltmarsh Coast PCN',
    date: '2026-11-10T12:30:44Z',
    client: 'outlook',
    auth: 'pass',
    text: `Good afternoon,

Saltmarsh Coast PCN does not have a PCN user administrator at present. Please find attached the request form for their business manager, which I have approved on behalf of the ICB. I am listed as an approver for the ICB on the NHSE Authorised Email List.

Kind regards

Nikos Papadakis
Primary Care Contracts Manager
NHS Tamar and Moor Integrated Care Board

${NHSMAIL_FOOTER}`,
    attachments: [{
      filename: 'Saltmarsh Coast PCN - user admin request.pdf',
      data: await pcnFlat({
        pcnName: 'Saltmarsh Coast PCN', pcnCode: 'U83219',
        rows: [['Name', 'Thi Lan Pham'], ['Job title', 'PCN Business Manager'], ['Email', 'thilan.pham@nhs.net'], ['Telephone', '01632 963 552']],
        approver: [['Approver name', 'Nikolaos Papadakis'], ['Role', 'Primary Care Contracts Manager'], ['ICB', 'NHS Tamar and Moor ICB'], ['Email', 'nikolaos.papadakis@nhs.net'], ['Date approved', '09/11/2026']],
      }),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U83219', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Thi Lan Pham', 'thilan.pham@nhs.net'), approver: { ...person('Nikolaos Papadakis', 'nikolaos.papadakis@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [],
      traits: ['pdf_flat', 'pdf_table', 'pcn', 'icb_approver', 'nhsmail_display_name', 'shortened_name'],
    },
  });

  // 009 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 9,
    slug: 'main-contact-subject-only',
    from: ['Thornbury Lane Practice', 'thornburylane.practice@nhs.net'],
    cc: ['Siân Pritchard-Evans <sian.pritchard-evans@nhs.net>'],
    subject: 'Change of main contact D83052 Thornbury Lane Practice - new main contact Siân Pritchard-Evans sian.pritchard-evans@nhs.net',
    date: '2026-11-11T15:55:09Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi there,

Hope you are all well and not too snowed under!

As per the subject line please - thank you so much in advance, you are all stars.

Have a lovely rest of the week

Dawn
Dawn Ashworth | Practice Manager | Thornbury Lane Practice
Brackenfield Health Partnership

${BHP_FOOTER}
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: gp('D83052'),
      fields: { newMainContact: person('Siân Pritchard-Evans', 'sian.pritchard-evans@nhs.net') },
      mustRaise: [],
      traits: ['request_in_subject_only', 'pleasantries_body', 'rfc2047_subject', 'non_ascii_name', 'hyphenated_name', 'shared_mailbox_personal_signoff'],
    },
  });

  // 010 ----------------------------------------------------------------------------------------------
  const header = ['Practice', 'ODS', 'Leaver (current main contact)', 'Leaving date', 'New main contact', 'NHSmail', 'Smartcard issued?', 'Line manager'];
  specs.push({
    n: 10,
    slug: 'main-contact-table-extra-columns',
    from: ['Northgate Workforce Team', 'northgate.workforce@nhs.net'],
    subject: 'Main contact change - Harrowgate Lane Surgery',
    date: '2026-11-12T10:11:27Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Dear colleagues,

Following a staff change at one of our practices, please update the main contact as below. Fernhill and Quayside are not affected (their changes will follow separately once the new starters have their NHSmail accounts).`)}
${msoTable([header, ['Harrowgate Lane Surgery', 'N84058', 'Susan Birtles', '28/11/2026', 'Aoife Ní Dhomhnaill', 'aoife.nidhomhnaill@nhs.net', 'Yes', 'Dr Rhodri Powell']], { header: true })}
${msoParas(`
Susan is still in post until the end of the month so she can hand over.

Best wishes
Priya Raman
Workforce Coordinator, Northgate Primary Care Group

${NORTHGATE_FOOTER}`)}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: gp('N84058'),
      fields: { newMainContact: person('Aoife Ní Dhomhnaill', 'aoife.nidhomhnaill@nhs.net') },
      mustRaise: [],
      traits: ['html_table_header_row', 'extra_columns', 'several_people', 'leaver', 'non_ascii_name', 'group_central_team', 'other_practices_named'],
    },
  });

  // 011 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 11,
    slug: 'main-contact-dispensing-malformed-code',
    from: ['Gwen Arkwright', 'gwen.arkwright@nhs.net'],
    subject: 'New main contact for Upper Fold Surgery',
    date: '2026-11-12T17:20:00Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hello

We are a dispensing practice (GP practice, practice code J8217) and our dispensary manager now looks after all of the supplies ordering, so we would like him to be our main contact instead of me.

New main contact: Gareth Llewellyn-Jones
Email: g.llewellynjones@nhs.net

I understand I can't pass it over myself, hence this email.

Regards
Gwen Arkwright
Practice Manager
Upper Fold Surgery (Dispensing Practice)
Fold Lane, Upper Fold, Wensdale WD8 4PF
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'J8217', type: 'gp_practice' },
      fields: { newMainContact: person('Gareth Llewellyn-Jones', 'g.llewellynjones@nhs.net') },
      mustRaise: ['ods_invalid'],
      traits: ['dispensing_practice', 'malformed_ods', 'hyphenated_name'],
    },
  });

  // 012 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 12,
    slug: 'verification-locum-iphone',
    from: ['Anjali Raghunathan', 'anjali.raghunathan@nhs.net'],
    subject: 'Verification link',
    date: '2026-11-13T07:02:41Z',
    client: 'iphone',
    auth: 'pass',
    text: `Hi, I'm a locum GP and have never had the verification email for the PCSE portal. Could you please resend it. My GMC registered email is this one (anjali.raghunathan@nhs.net) and my GMC number is 7123456.

Thanks
Dr Anjali Raghunathan

Sent from my iPhone`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'anjali.raghunathan@nhs.net', gmcNumber: '7123456' },
      mustRaise: [],
      traits: ['locum', 'phone_plain', 'format_flowed', 'short'],
    },
  });

  // 013 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 13,
    slug: 'verification-for-new-partner',
    from: ['Sutton Vale Surgery', 'suttonvale.surgery@nhs.net'],
    subject: "Dr O'Driscoll - new PCSE link please",
    date: '2026-11-16T09:33:12Z',
    client: 'outlook',
    auth: 'pass',
    text: `Good morning,

Our new GP partner, Dr Eamon O'Driscoll, joined us from Ireland last month and never received the verification link for PCSE Online. Could you please send a new link to him? His GMC registered email is eamon.odriscoll@nhs.net and his GMC number is 7345612.

He is consulting all day so I am emailing on his behalf.

Kind regards
Joanne Pilling
Practice Manager
Sutton Vale Surgery - M85126
Cordwainer Medical Group

${CORDWAINER_FOOTER}
`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: gp('M85126'),
      fields: { accountEmail: 'eamon.odriscoll@nhs.net', gmcNumber: '7345612' },
      mustRaise: ['not_own_account'],
      traits: ['shared_mailbox_personal_signoff', 'apostrophe_name', 'on_behalf_of', 'ods_in_signature_only'],
    },
  });

  // 014 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 14,
    slug: 'verification-new-super-user',
    from: ['Zofia Wiśniewska', 'zofia.wisniewska@nhs.net'],
    subject: 'Never got email to set up master account??',
    date: '2026-11-16T13:47:03Z',
    client: 'outlook',
    auth: 'pass',
    html: msoParas(`Hello,

I started at Oakhanger Health Centre (D83064) three weeks ago and I was told by our HR team at Brackenfield that I have been made the new "super user" for the pensions side, but I never got the email to set up my master account. I checked junk folder also.

Can you please send the link again to me, to this address zofia.wisniewska@nhs.net? I don't know if I have "admin rights" yet or not - sorry I am still learning all the systems!

Many thanks
Zofia

Zofia Wiśniewska
Administrator, Oakhanger Health Centre
Brackenfield Health Partnership`),
    htmlOnly: true,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: gp('D83064'),
      fields: { accountEmail: 'zofia.wisniewska@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['newcomer_terms', 'non_ascii_name', 'rfc2047_from', 'html_only'],
    },
  });

  // 015 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 15,
    slug: 'unlock-locum-gmail',
    from: ['Kofi Boateng', 'kofi.boateng.gp@gmail.com'],
    subject: 'Locked out of PCSE portal',
    date: '2026-11-17T20:14:55Z',
    client: 'gmail',
    auth: 'gmail',
    text: `Hello

I'm a locum GP and I've managed to lock myself out of PCSE Online after getting the password wrong too many times. My username is kofi.boateng@nhs.net. Could you please unlock it? I'm writing from my personal email as I'm not at a practice today.

Many thanks
Dr Kofi Boateng
GMC 7234981
`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'kofi.boateng@nhs.net' },
      mustRaise: ['sender_not_nhs'],
      traits: ['non_nhs_sender', 'locum', 'gmail'],
    },
  });

  // 016 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 16,
    slug: 'unlock-esl-writer',
    from: ['NGUYEN, Thu Trang (FERNHILL PRACTICE)', 'trang.nguyen7@nhs.net'],
    subject: 'account is blocked',
    date: '2026-11-18T08:51:30Z',
    client: 'outlook',
    auth: 'pass',
    text: `Respected Sir/Madam,

I am writing to inform you that my account of the PCSE portal is blocked since yesterday because I have put the wrong password many times (I think 5 times). Kindly unblock my account so I can continue the work for the practice. My user name is trang.nguyen7@nhs.net and I work in Fernhill Practice, code N84012.

I am thanking you in advance for your kind help.

With regards,
Thu Trang Nguyen
Administration Team
Fernhill Practice (Northgate Primary Care Group)
`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: gp('N84012'),
      fields: { username: 'trang.nguyen7@nhs.net' },
      mustRaise: [],
      traits: ['esl_writer', 'nhsmail_display_name'],
    },
  });

  // 017 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 17,
    slug: 'unlock-alarming-security-subject',
    from: ['Rhodri Powell', 'rhodri.powell@nhs.net'],
    subject: 'SECURITY - PCSE account locked - suspicious??',
    date: '2026-11-18T12:04:17Z',
    client: 'android',
    auth: 'pass',
    text: `Hi, got the "your account has been locked" message and panicked it was a hack, but I think it was just me typing my old password on my phone 5 times. Please can you unlock. Username rhodri.powell@nhs.net

Rhodri Powell
GP Partner, Harrowgate Lane Surgery N84058

Get Outlook for Android`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: gp('N84058'),
      fields: { username: 'rhodri.powell@nhs.net' },
      mustRaise: [],
      traits: ['alarming_no_finding', 'phone_plain', 'short'],
    },
  });

  // 018 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 18,
    slug: 'reactivation-admin-rights-gone',
    from: ['The Ropewalk Practice', 'ropewalk.practice@nhs.net'],
    subject: 'My admin rights have gone',
    date: '2026-11-19T10:26:48Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hello PCSE,

I am one of the GPP user admins at The Ropewalk Practice (M85118) and when I tried to log in today it says my account has been deactivated - I think because I had not logged in since the summer. As I am the user admin I understand I have to ask you to reactivate it rather than our other admin.

My username is alexander.petrov@nhs.net (I'm using the practice inbox as my own is playing up today).

Thanks
Alex Petrov
Finance Manager
The Ropewalk Practice, Cordwainer Medical Group
`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: gp('M85118'),
      fields: { username: 'alexander.petrov@nhs.net' },
      mustRaise: [],
      traits: ['newcomer_terms', 'shared_mailbox_personal_signoff', 'shortened_name'],
    },
  });

  // 019 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 19,
    slug: 'reactivation-walk-in-centre',
    from: ['Kerry-Ann Stubbs', 'kerryann.stubbs@nhs.net'],
    subject: 'Reactivate main contact account - Harbourside Walk-in Centre',
    date: '2026-11-19T19:40:02Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi,

I am the main contact on PCSE Online for Harbourside Walk-in Centre (our out-of-hours and walk-in service run by Solent Coast Urgent Care). My account has been deactivated - I work mostly nights and evenings and had not logged in for a while. Could you reactivate it please? Username: kerryann.stubbs@nhs.net

We need it to order supplies for the centre before Christmas.

Thanks,
Kerry-Ann Stubbs
Clinical Systems Lead
Harbourside Walk-in Centre / Solent Coast Urgent Care CIC
`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: null, type: 'other' },
      fields: { username: 'kerryann.stubbs@nhs.net' },
      mustRaise: [],
      traits: ['walk_in_centre', 'no_ods_code', 'hyphenated_name'],
    },
  });

  // 020 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 20,
    slug: 'role-removal-hr-bullets',
    from: ['BHP Central HR', 'bhp.hr@nhs.net'],
    subject: 'Leaver - Millbrook Surgery - please remove PCSE roles',
    date: '2026-11-20T11:12:36Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Hi PCSE,

Debbie Rourke (Deborah Rourke, username deborah.rourke@nhs.net) left Millbrook Surgery (D83015) on Friday. She is moving to our Oakhanger practice next year, so please do NOT close her whole account, just remove the following roles for Millbrook:`)}
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Joiner &amp; Leaver</li>
<li class="MsoNormal">Practice Estimate and Salary Change</li>
<li class="MsoNormal">PL Practice Manager</li>
</ul>
${msoParas(`
Thanks
Gemma Whitlock
HR Business Partner, Brackenfield Health Partnership

${BHP_FOOTER}`)}`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: gp('D83015'),
      fields: { username: 'deborah.rourke@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'PL Practice Manager'] },
      mustRaise: [],
      traits: ['bulleted_list', 'group_central_team', 'leaver', 'shortened_name', 'html_entities'],
    },
  });

  // 021 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 21,
    slug: 'role-removal-numbered-answers',
    from: ['Quayside Medical Practice', 'quayside.medical@nhs.net'],
    subject: 'RE: PCSE-2026-004517 Your enquiry - further information required',
    date: '2026-11-20T15:09:58Z',
    client: 'outlook',
    auth: 'pass',
    inReplyTo: '<pcse-2026-004517.7@pcse.england.nhs.uk>',
    text: `Hi, answers below as requested:

1. ${'Username'} of the user: martin.hesketh@nhs.net
2. The roles to be removed: Practice Order Entry Clerk and Practice Records Movement Admin
3. Organisation code: N84033

Martin has moved to a non-admin role and no longer needs these.

Thanks
Yusuf Karim
Assistant Practice Manager, Quayside Medical Practice

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 19 November 2026 16:40
To: Quayside Medical Practice <quayside.medical@nhs.net>
Subject: PCSE-2026-004517 Your enquiry - further information required

Dear Sir/Madam,

Thank you for your email. So that we can look into your request, please reply with:

1. The username (email address) of the user
2. The roles you are asking about
3. Your organisation code

Kind regards
PCSE Customer Support
`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: gp('N84033'),
      fields: { username: 'martin.hesketh@nhs.net', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin'] },
      mustRaise: [],
      traits: ['numbered_answers', 'quoted_thread', 'case_reference', 'shared_mailbox_personal_signoff'],
    },
  });

  // 022 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 22,
    slug: 'chaser-with-reference',
    from: ['BHP Central HR', 'bhp.hr@nhs.net'],
    subject: 'RE: PCSE-2026-003981 GPP admin - any update?',
    date: '2026-11-23T09:00:12Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi,

Just chasing the above please - it's been over two weeks and Kasia still can't get into the GPP section. Could you let me know where it's up to?

Thanks
Gemma Whitlock
HR Business Partner, Brackenfield Health Partnership

${BHP_FOOTER}
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference'] },
  });

  // 023 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 23,
    slug: 'thanks-iphone',
    from: ['Sharon Heap', 'sharon.heap@nhs.net'],
    subject: 'Re: PCSE-2026-004102 GPP user administrator - completed',
    date: '2026-11-24T18:31:44Z',
    client: 'iphone',
    auth: 'pass',
    text: `Brilliant thank you so much, Emeka is in now :)

Sharon

Sent from my iPhone

> On 24 Nov 2026, at 17:02, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:
>
> Your request PCSE-2026-004102 has been completed.
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_reference', 'phone_plain'] },
  });

  // 024 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 24,
    slug: 'question-what-is-exeter-from-hotmail',
    from: ['Beth Calloway', 'beth.calloway84@hotmail.co.uk'],
    subject: 'new starter question - do I need the Exeter system?',
    date: '2026-11-24T21:15:09Z',
    client: 'outlook',
    auth: 'softfail',
    text: `Hi

Sorry if this is the wrong place. I've just started as a locum practice nurse covering a few surgeries in the Brackenfield group and one practice said I need "the Exeter system" and another said I need "the PCSE portal". Are these the same thing? And who should set me up - you or the practice? I don't have an nhs.net email yet which is why I'm writing from this one.

Thanks for any help
Beth
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['genuine_question', 'non_nhs_sender', 'newcomer_terms', 'alarming_no_finding'] },
  });

  // 025 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 25,
    slug: 'out-of-office-hr',
    from: ['Gemma Whitlock', 'gemma.whitlock@nhs.net'],
    subject: 'Automatic reply: PCSE-2026-003981 GPP user administrator - Kelsey Road Surgery',
    date: '2026-11-25T08:00:03Z',
    client: 'outlook',
    auth: 'pass',
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: gemma.whitlock@nhs.net'],
    html: msoParas(`Thank you for your email. I am out of the office until Monday 30 November with limited access to email.

For urgent HR matters please contact bhp.hr@nhs.net or call 01632 960 771.

Gemma Whitlock
HR Business Partner, Brackenfield Health Partnership`),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_reference'] },
  });

  return specs;
}
