// portalenquiries emails of corpus-56 (writer AZ).
import { NHS_DISCLAIMER, alt, htmlPart, mixed, pdf, tableMail, text, type MailSpec } from './lib.js';
import { acroForm, scanPdf } from './pdfs.js';
import { E, U, date, org, P, W } from './util.js';

export async function portal(): Promise<MailSpec[]> {
  const mb = 'portalenquiries' as const;
  const m: MailSpec[] = [];

  // 001 GPP nomination: Outlook table (cells text) + AcroForm certification form, bilingual signature
  {
    const form = await acroForm({
      title: 'GP Payments and Pensions - Practice User Administrator Certification',
      intro: ['Complete both parts of this form and return it to pcse.portalenquiries@nhs.net.', 'Part B must be completed by one of the organisation\'s approvers.'],
      sections: [
        { heading: 'Part A - Practice and nominee', fields: [
          { label: 'Practice name', name: 'PracticeName', value: 'Dee Valley Medical Practice' },
          { label: 'Practice code', name: 'PracticeCode', value: 'N81062' },
          { label: 'Nominee full name', name: 'NomineeName', value: 'Siân Rees' },
          { label: 'Nominee email address', name: 'NomineeEmail', value: 'sian.rees12@nhs.net' },
          { label: 'Nominee job title', name: 'NomineeRole', value: 'Assistant Practice Manager' },
        ] },
        { heading: 'Part B - Approver', fields: [
          { label: 'Approver name', name: 'ApproverName', value: 'Dr Owain Prys' },
          { label: 'Approver role', name: 'ApproverRole', value: 'GP Partner' },
          { label: 'Approver email address', name: 'ApproverEmail', value: 'owain.prys@nhs.net' },
          { label: 'Date', name: 'ApproverDate', value: '29/10/2026' },
        ] },
      ],
      signAfter: 'ApproverDate', signKey: 'owain',
    });
    m.push({
      mb, slug: '001-gpp-nomination-outlook-table-acroform', from: { name: 'Morgan-Hughes Bethan (DEE VALLEY MEDICAL PRACTICE)', email: 'bethan.morgan-hughes@nhs.net' },
      subject: 'GPP user admin - Dee Valley Medical Practice N81062', date: date(2, 9, 12),
      body: mixed(tableMail([
        'Bore da / Good morning,',
        '',
        'Please find attached our GPP Practice User Administrator certification form, signed by one of our partners. Summary below:',
        '',
        { rows: [['Practice', 'Dee Valley Medical Practice'], ['ODS code', 'N81062'], ['Service', 'GP Payments and Pensions (GPP)'], ['Nominee', 'Siân Rees'], ['Nominee email', 'sian.rees12@nhs.net'], ['Approved by', 'Dr Owain Prys, GP Partner (see form)']] },
        'Diolch / Thank you',
        '',
        'Bethan Morgan-Hughes',
        'Rheolwr Practis / Practice Manager',
        'Practis Meddygol Dyffryn Dyfrdwy / Dee Valley Medical Practice',
        'Ffôn / Tel: 01244 570 318',
        NHS_DISCLAIMER,
      ]), pdf('GPP UA Certification - Dee Valley.pdf', form)),
      exp: E('user_admin_nomination', org('N81062', 'gp_practice'), { service: 'GPP', nominee: P('Siân Rees', 'sian.rees12@nhs.net'), approver: W('Owain Prys', 'owain.prys@nhs.net', 'GP Partner') }, [], ['html_table_cells_text', 'pdf_acroform', 'bilingual_signature', 'non_ascii_name', 'ncrs_display_name']),
    });
  }

  // 002 PL nomination: Excel rows pasted with tabs, several people, only one asked for
  m.push({
    mb, slug: '002-pl-nomination-excel-rows-one-of-three', from: { name: 'Dr Helen Achterberg', email: 'helen.achterberg@nhs.net' },
    subject: 'PL Organisation Administrator request - Castlegate Surgery P82011', date: date(2, 10, 41),
    body: text(`Hello,

As CQC Registered Manager for Castlegate Surgery (P82011) I would like to nominate an additional PL Organisation Administrator.
I've pasted our admin list from our spreadsheet below - please set up ONLY the person marked "Yes" in the last column. The others are either already set up or not needed.

Name\tJob title\tEmail\tPL admin?
Gráinne O'Sullivan\tPractice Manager\tgrainne.osullivan@nhs.net\tAlready admin
Tomasz Wiśniewski\tDeputy Practice Manager\ttomasz.wisniewski1@nhs.net\tYes
Priya Ramaswamy\tReception Lead\tpriya.ramaswamy@nhs.net\tNo

Many thanks,

Dr Helen Achterberg
GP Partner and CQC Registered Manager
Castlegate Surgery, 4 Castle Street, Bolton BL1 2JP
${NHS_DISCLAIMER}`),
    exp: E('user_admin_nomination', org('P82011', 'gp_practice'), { service: 'PL', nominee: P('Tomasz Wiśniewski', 'tomasz.wisniewski1@nhs.net'), approver: W('Helen Achterberg', 'helen.achterberg@nhs.net', 'CQC Registered Manager') }, [], ['tab_separated_rows', 'one_row_of_several', 'non_ascii_name', 'distractor_people']),
  });

  // 003 OPTO fifth admin: pipe-separated table of four existing admins
  m.push({
    mb, slug: '003-opto-fifth-admin-pipe-table', from: { name: 'Marcus Fenwick', email: 'marcus.fenwick@fenwickhale.co.uk' },
    subject: 'Additional OPTO user admin - Fenwick & Hale Opticians TPK41', date: date(3, 8, 55), client: 'apple',
    body: text(`Hi PCSE team,

I'm the contract holder at Fenwick & Hale Opticians (ODS TPK41). Our current Opto User Management (Organisation) admins are:

| Name            | Email                              | Role                                 |
|-----------------|------------------------------------|--------------------------------------|
| Marcus Fenwick  | marcus.fenwick@fenwickhale.co.uk   | OPTO Organisation User Administration |
| Claire Hale     | claire.hale@fenwickhale.co.uk      | OPTO Organisation User Administration |
| Dev Patel       | dev.patel@fenwickhale.co.uk        | OPTO Organisation User Administration |
| Rhiannon Lloyd  | rhiannon.lloyd@fenwickhale.co.uk   | OPTO Organisation User Administration |

Please could you add one more:

| Yasmin El-Amin  | yasmin.elamin@fenwickhale.co.uk    | OPTO Organisation User Administration |

She is our new practice manager and starts on Monday.

Best wishes
Marcus Fenwick
Contract Holder, Fenwick & Hale Opticians
22 Bridge Street, Bideford EX39 2BU
01237 470 118

Sent from my iPad`, '7bit'),
    exp: E('user_admin_nomination', org('TPK41', 'ophthalmic_practice'), { service: 'OPTO', nominee: P('Yasmin El-Amin', 'yasmin.elamin@fenwickhale.co.uk'), approver: W('Marcus Fenwick', 'marcus.fenwick@fenwickhale.co.uk', 'Contract Holder') }, ['admin_limit_reached'], ['pipe_table', 'admin_limit', 'non_nhs_sender', 'distractor_people']),
  });

  // 004 PCN nomination by ICB approver: HTML only, key/value table
  m.push({
    mb, slug: '004-pcn-nomination-icb-html-only', from: { name: 'Adaeze Okonkwo-Briggs', email: 'adaeze.okonkwo-briggs@nhs.net' },
    subject: 'PCN user admin nomination - Ribble Valley North PCN', date: date(3, 14, 6),
    body: tableMail([
      'Dear PCSE,',
      '',
      'Ribble Valley North PCN has no PCN user admin. As an ICB approver on the NHSE Authorised Email List I approve the nomination below.',
      '',
      { rows: [['PCN name', 'Ribble Valley North PCN'], ['PCN code', 'U60412'], ['Nominee name', 'Callum Threlfall'], ['Nominee job title', 'PCN Digital and Transformation Lead'], ['Nominee email', 'callum.threlfall@nhs.net'], ['Approver', 'Adaeze Okonkwo-Briggs'], ['Approver email', 'adaeze.okonkwo-briggs@nhs.net']] },
      'Kind regards,',
      'Adaeze Okonkwo-Briggs',
      'Senior Primary Care Contracts Manager',
      'NHS Lancashire and South Cumbria Integrated Care Board',
    ], 'html-only'),
    exp: E('user_admin_nomination', org('U60412', 'pcn'), { service: 'PCN', nominee: P('Callum Threlfall', 'callum.threlfall@nhs.net'), approver: W('Adaeze Okonkwo-Briggs', 'adaeze.okonkwo-briggs@nhs.net', 'Senior Primary Care Contracts Manager') }, [], ['html_only', 'key_value_table', 'icb_approver']),
  });

  // 005 PCN nomination approved by the PCN's own clinical director (not the ICB): prose
  m.push({
    mb, slug: '005-pcn-nomination-cd-not-icb-prose', from: { name: 'Dr Kwabena Mensah', email: 'kwabena.mensah@nhs.net' },
    subject: 'Three Rivers PCN - new user admin', date: date(4, 17, 22),
    body: alt(text(`Hi there,

We need a PCN user admin for Three Rivers PCN (U82137). Could you please set up Léa Marchetti, our PCN operations manager, email lea.marchetti@nhs.net.

Our ICB contact is on long-term leave so I'm approving this myself as Clinical Director - I'm not on the ICB's approver list but hopefully that's OK given the circumstances.

Thanks
Kwabena

Dr Kwabena Mensah
Clinical Director, Three Rivers PCN
${NHS_DISCLAIMER}`), htmlPart(`<html><body><p>Hi there,</p><p>We need a PCN user admin for Three Rivers PCN (U82137). Could you please set up L&eacute;a Marchetti, our PCN operations manager, email <a href="mailto:lea.marchetti@nhs.net">lea.marchetti@nhs.net</a>.</p><p>Our ICB contact is on long-term leave so I'm approving this myself as Clinical Director - I'm not on the ICB's approver list but hopefully that's OK given the circumstances.</p><p>Thanks<br>Kwabena</p><p>Dr Kwabena Mensah<br>Clinical Director, Three Rivers PCN</p></body></html>`)),
    exp: E('user_admin_nomination', org('U82137', 'pcn'), { service: 'PCN', nominee: P('Léa Marchetti', 'lea.marchetti@nhs.net'), approver: W('Kwabena Mensah', 'kwabena.mensah@nhs.net', 'Clinical Director') }, ['approver_not_on_ael'], ['prose', 'approver_not_icb', 'non_ascii_name']),
  });

  // 006 main contact change: "key | value" grid in plain text, current contact as distractor
  m.push({
    mb, slug: '006-main-contact-change-key-value-grid', from: { name: 'Raymond Hollins', email: 'raymond.hollins@nhs.net' },
    subject: 'Change of main contact', date: date(4, 9, 3),
    body: text(`Good morning

Please change our main contact as below. I retire at the end of the month.

Organisation name      | Hollins Pharmacy
ODS code               | FK283
Current main contact   | Raymond Hollins (retiring)
New main contact       | Nkechi Adeyemi-Shaw
New main contact email | nkechi.adeyemi-shaw@nhs.net

Regards
Ray Hollins
Superintendent Pharmacist
Hollins Pharmacy, 7 Market Place, Leek ST13 5HH
${NHS_DISCLAIMER}`),
    exp: E('main_contact_change', org('FK283', 'pharmacy'), { newMainContact: P('Nkechi Adeyemi-Shaw', 'nkechi.adeyemi-shaw@nhs.net') }, [], ['key_value_grid', 'distractor_people']),
  });

  // 007 main contact change: bilingual labels in an Outlook table, tabbed text alternative
  m.push({
    mb, slug: '007-main-contact-change-bilingual-table', from: { name: 'Elis ap Dafydd', email: 'elis.apdafydd@nhs.net' },
    subject: 'Prif gyswllt newydd / New main contact - V017284', date: date(5, 11, 30),
    body: tableMail([
      'Annwyl PCSE / Dear PCSE,',
      '',
      'Rhowch wybod os oes angen rhagor o wybodaeth. / Please change our main contact to the person below.',
      '',
      { rows: [['Practis / Practice', "Deintyddfa'r Bont / Bridge Dental Practice"], ['Cod ODS / ODS code', 'V017284'], ['Prif gyswllt newydd / New main contact', 'Gwenllïan Pryce'], ['E-bost / Email', 'gwenllian.pryce@nhs.net']], widths: [260, 320] },
      'Cofion / Regards',
      'Elis ap Dafydd',
      'Rheolwr y Practis / Practice Manager',
      "Deintyddfa'r Bont / Bridge Dental Practice, Oswestry",
    ], 'tabs'),
    exp: E('main_contact_change', org('V017284', 'dental_practice'), { newMainContact: P('Gwenllïan Pryce', 'gwenllian.pryce@nhs.net') }, [], ['bilingual_labels', 'html_table_tabs_text', 'non_ascii_name']),
  });

  // 008 main contact change: stated dental, code is a pharmacy code, written in lower case
  m.push({
    mb, slug: '008-main-contact-change-type-mismatch', from: { name: 'Farhana Chowdhury', email: 'farhana.chowdhury@nhs.net' },
    subject: 'New main contact for our dental practice', date: date(5, 15, 48),
    body: text(`Hello,

I have taken over as practice manager at Kingsway Dental Care, our dental practice code is fq318. Please make me the main contact:

Name | Farhana Chowdhury
Email | farhana.chowdhury@nhs.net

The previous main contact (Gordon Reilly) has left.

Thanks,
Farhana Chowdhury
Practice Manager, Kingsway Dental Care
${NHS_DISCLAIMER}`),
    exp: E('main_contact_change', org('FQ318', 'pharmacy'), { newMainContact: P('Farhana Chowdhury', 'farhana.chowdhury@nhs.net') }, ['ods_type_mismatch'], ['lowercase_code', 'type_mismatch', 'pipe_rows', 'self_nomination']),
  });

  // 009 verification link: GP with GMC number in an Outlook table
  m.push({
    mb, slug: '009-verification-link-gp-gmc-table', from: { name: 'Dr Ifeoluwa Balogun', email: 'ife.balogun@nhs.net' },
    subject: 'New verification link please', date: date(6, 8, 14),
    body: tableMail([
      'Hello,',
      '',
      'I never received my PCSE Online verification link. Please could you send a new one to my GMC registered email.',
      '',
      { rows: [['Name', 'Dr Ifeoluwa Balogun'], ['GMC number', '7345128'], ['GMC registered email', 'ife.balogun@nhs.net'], ['Practice', 'Ashby Road Surgery (C82044)']] },
      'Thank you',
      'Ife Balogun',
      'Salaried GP, Ashby Road Surgery',
    ]),
    exp: E('verification_link_resend', org('C82044', 'gp_practice'), { accountEmail: 'ife.balogun@nhs.net', gmcNumber: '7345128' }, [], ['html_table_cells_text', 'gmc_number']),
  });

  // 010 verification link: user admin, prose
  m.push({
    mb, slug: '010-verification-link-admin-prose', from: { name: 'Zoë Fairbairn', email: 'zoe.fairbairn@nhs.net' },
    subject: 'verification link expired', date: date(6, 13, 2),
    body: text(`Hi,

I was set up as GPP user admin for Millbrook Health Centre (J83027) last month but the verification link has expired before I could use it. Could you please send me a new link? My account email is zoe.fairbairn@nhs.net.

Many thanks
Zoë Fairbairn
Practice Manager
Millbrook Health Centre
${NHS_DISCLAIMER}`),
    exp: E('verification_link_resend', org('J83027', 'gp_practice'), { accountEmail: 'zoe.fairbairn@nhs.net', gmcNumber: null }, [], ['prose', 'non_ascii_name']),
  });

  // 011 verification link asked for someone else (a GP) by the practice manager
  m.push({
    mb, slug: '011-verification-link-for-gp-not-own', from: { name: 'Derek Stanton', email: 'derek.stanton@nhs.net' },
    subject: 'Verification link for our new GP', date: date(9, 9, 40),
    body: tableMail([
      'Dear PCSE,',
      '',
      'Our new salaried GP has not had her verification link. Could you resend it to her please? Details:',
      '',
      { rows: [['GP', 'GMC no.', 'GMC email'], ['Dr Anjali Venkataraman', '6098213', 'anjali.venkataraman@nhs.net']], header: true, widths: [200, 100, 240] },
      'Regards',
      'Derek Stanton',
      'Practice Manager, Holmwood Surgery (H81077)',
    ], 'tabs'),
    exp: E('verification_link_resend', org('H81077', 'gp_practice'), { accountEmail: 'anjali.venkataraman@nhs.net', gmcNumber: '6098213' }, ['not_own_account'], ['html_table_tabs_text', 'header_row_table', 'third_party_request', 'gmc_number']),
  });

  // 012 account unlock: pipe table
  m.push({
    mb, slug: '012-account-unlock-pipe-table', from: { name: 'Kieran Doherty', email: 'kieran.doherty@nhs.net' },
    subject: 'Locked out of PCSE Online', date: date(9, 16, 55),
    body: text(`Hi,

I put my password in wrong too many times and now it says my account is locked.

| Username     | kieran.doherty@nhs.net |
| Organisation | Larkfield Pharmacy     |
| ODS          | FW617                  |
| Role         | Main Contact           |

Please unlock it.
Kieran Doherty
Pharmacy Manager
`),
    exp: E('account_unlock', org('FW617', 'pharmacy'), { username: 'kieran.doherty@nhs.net' }, [], ['pipe_table']),
  });

  // 013 account unlock: non-email user name, terse from a phone
  m.push({
    mb, slug: '013-account-unlock-non-email-username', from: { name: 'Oakley Dental Reception', email: 'oakleydental.reception@nhs.net' },
    subject: 'Unlock', date: date(10, 8, 7), client: 'apple',
    body: text(`Hi can you unlock Jane Doyle's account please, she got locked out after 5 goes. Username janedoyle@oakleydental
Oakley Dental V008812

Sent from my iPhone`, '7bit'),
    exp: E('account_unlock', org('V008812', 'dental_practice'), { username: 'janedoyle@oakleydental' }, [], ['terse', 'non_email_username', 'shared_mailbox_sender']),
  });

  // 014 reactivation of a user admin: Outlook table
  m.push({
    mb, slug: '014-reactivation-admin-outlook-table', from: { name: 'AL-RASHID, Mohammed (SEVERN BANK SURGERY)', email: 'm.alrashid@nhs.net' },
    subject: 'Account deactivated - please reactivate', date: date(10, 12, 20),
    body: tableMail([
      'Good afternoon,',
      '',
      'My PCSE Online account has been deactivated as I had not logged in for a while. I am one of our GPP user administrators so I understand I need to ask you.',
      '',
      { rows: [['Name', 'Mohammed Al-Rashid'], ['Username', 'm.alrashid@nhs.net'], ['Role', 'GPP Practice User Administrator'], ['Practice', 'Severn Bank Surgery'], ['ODS code', 'M85061']] },
      'Thanks',
      'Mohammed',
      NHS_DISCLAIMER,
    ]),
    exp: E('account_reactivation', org('M85061', 'gp_practice'), { username: 'm.alrashid@nhs.net' }, [], ['html_table_cells_text', 'ncrs_display_name']),
  });

  // 015 reactivation of a main contact: tab-separated header + values
  m.push({
    mb, slug: '015-reactivation-main-contact-tab-row', from: { name: 'Chloé Duval', email: 'chloe.duval@brightsight.co.uk' },
    subject: 'Reactivate main contact account', date: date(11, 10, 15),
    body: text(`Hello,

Please can you reactivate my account, it was deactivated. I am the main contact.

Practice\tODS\tMain contact\tUsername
Brightsight Opticians - Hove\tTPF09\tChloé Duval\tchloe.duval@brightsight.co.uk

Kind regards
Chloé
`),
    exp: E('account_reactivation', org('TPF09', 'ophthalmic_practice'), { username: 'chloe.duval@brightsight.co.uk' }, [], ['tab_separated_rows', 'header_row_table', 'non_nhs_sender', 'non_ascii_name']),
  });

  // 016 role removal: HTML table of roles, header row
  m.push({
    mb, slug: '016-role-removal-roles-table', from: { name: 'Janet Ogunleye', email: 'janet.ogunleye@nhs.net' },
    subject: 'Remove roles from user', date: date(11, 14, 33),
    body: tableMail([
      'Hi,',
      '',
      'Patience has moved to a reception role and should no longer have the pensions roles. Please remove the following:',
      '',
      { rows: [['User', 'Role to remove'], ['p.okafor@nhs.net', 'Joiner & Leaver'], ['p.okafor@nhs.net', 'Practice Estimate and Salary Change']], header: true, widths: [220, 300] },
      'Westgate Medical Group, L83105',
      '',
      'Thanks, Janet',
      'Practice Manager',
    ]),
    exp: E('role_removal_request', org('L83105', 'gp_practice'), { username: 'p.okafor@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, [], ['header_row_table', 'html_table_cells_text', 'repeated_value_rows']),
  });

  // 017 role removal: prose, own account
  m.push({
    mb, slug: '017-role-removal-own-prose', from: { name: 'Rosa Delgado', email: 'rosa.delgado@nhs.net' },
    subject: 'Please remove role', date: date(12, 9, 1),
    body: text(`Hi PCSE

I no longer do the performers list work at Brackley Lane Surgery (K83022). Please remove the PL Practice Manager role from my account, username rosa.delgado@nhs.net. I want to keep my other roles.

Thanks
Rosa Delgado
`),
    exp: E('role_removal_request', org('K83022', 'gp_practice'), { username: 'rosa.delgado@nhs.net', roles: ['PL Practice Manager'] }, [], ['prose']),
  });

  // 018 chaser with reference, quoted table below
  m.push({
    mb, slug: '018-chaser-with-reference-quoted-table', from: { name: 'Bethan Morgan-Hughes', email: 'bethan.morgan-hughes@nhs.net' },
    subject: 'RE: GPP user admin - Dee Valley Medical Practice N81062 [PCSE-2026-004512]', date: date(16, 10, 5),
    body: tableMail([
      'Hi, is there any update on this please? Siân still has no access.',
      '',
      'Bethan',
      '',
      '________________________________',
      'From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
      'Sent: 02 November 2026 09:30',
      'Subject: GPP user admin - Dee Valley Medical Practice N81062 [PCSE-2026-004512]',
      '',
      'Thank you for your email. Your reference is PCSE-2026-004512.',
      '',
      { rows: [['Practice', 'Dee Valley Medical Practice'], ['ODS code', 'N81062'], ['Nominee', 'Siân Rees']] },
    ]),
    exp: U(['chaser', 'case_reference', 'quoted_table']),
  });

  // 019 out-of-office auto reply
  m.push({
    mb, slug: '019-auto-reply-out-of-office', from: { name: 'Callum Threlfall', email: 'callum.threlfall@nhs.net' },
    subject: 'Automatic reply: PCSE Online - your user administrator access', date: date(16, 11, 0),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'callum.threlfall@nhs.net']],
    body: text(`Thank you for your email. I am out of the office until Monday 23 November with no access to email.

For urgent PCN matters please contact ribblevalleynorth.pcn@nhs.net.

Callum Threlfall
PCN Digital and Transformation Lead
`),
    exp: { ...U(['auto_reply']), ignored: 'auto_reply' },
  });

  // 020 genuine question, with a table of their admins
  m.push({
    mb, slug: '020-question-admin-limit-table', from: { name: 'Sunita Varma', email: 'sunita.varma@nhs.net' },
    subject: 'Question about user admins', date: date(17, 13, 45),
    body: tableMail([
      'Hello,',
      '',
      'Quick question before we send anything: these are our current admins. If one of the PL admins leaves, can another PL admin add a replacement themselves, or do we have to email you each time? And does the limit of four apply per service or in total?',
      '',
      { rows: [['Name', 'Service'], ['Sunita Varma', 'GPP, PL'], ['Owen Clarke', 'GPP'], ['Marta Silva', 'PL']], header: true },
      'Thanks',
      'Sunita Varma, Business Manager, Coxheath Surgery',
    ]),
    exp: U(['question', 'header_row_table']),
  });

  // 021 GPP nomination: image-only scan of the certification form
  {
    const scan = await scanPdf([{
      seed: 'az-021-gpp', title: 'GP Payments and Pensions', subtitle: 'Practice User Administrator Certification Form',
      intro: ['Part A: details of the practice and the person nominated as GPP Practice User Administrator.', 'Part B: to be completed by one of the organisation\'s approvers.'],
      rows: [
        { label: 'Practice name', value: 'Kirkstall Lane Medical Centre' },
        { label: 'Practice code', value: 'B86017' },
        { label: 'Nominee name', value: 'Agnieszka Kowalczyk' },
        { label: 'Nominee email', value: 'agnieszka.kowalczyk@nhs.net' },
        { label: 'Approver name', value: 'Dr Samuel Osei-Tutu' },
        { label: 'Approver role', value: 'GP Partner' },
        { label: 'Approver email', value: 'samuel.oseitutu@nhs.net' },
        { label: 'Date', value: '05/11/2026' },
      ],
      sectionBreaks: { 0: 'Part A - Practice and nominee', 4: 'Part B - Approver' },
      signature: { label: 'Approver signature', signed: true },
      footer: 'GPP UA Cert v3.1 - return to pcse.portalenquiries@nhs.net', angleDeg: 0.9,
    }]);
    m.push({
      mb, slug: '021-gpp-nomination-scanned-form', from: { name: 'Kirkstall Lane Reception', email: 'kirkstall.lane@nhs.net' },
      subject: 'Scanned from a Ricoh MFP', date: date(17, 15, 2),
      body: mixed(text(`Please see attached GPP form for our practice.

Kirkstall Lane Medical Centre
`), pdf('SCAN_20261117_150144.pdf', scan)),
      exp: E('user_admin_nomination', org('B86017', 'gp_practice'), { service: 'GPP', nominee: P('Agnieszka Kowalczyk', 'agnieszka.kowalczyk@nhs.net'), approver: W('Samuel Osei-Tutu', 'samuel.oseitutu@nhs.net', 'GP Partner') }, [], ['pdf_scan', 'see_attached', 'handwritten', 'uninformative_subject']),
    });
  }

  // 022 practice email update, misdirected to portalenquiries: one header row, current and new side by side
  m.push({
    mb, slug: '022-practice-email-update-misdirected-row', from: { name: 'Greenhow Surgery', email: 'reception.greenhow@nhs.net' },
    subject: 'Update practice email address', date: date(18, 9, 20),
    body: tableMail([
      'Hi, please update our practice email address:',
      '',
      { rows: [['Practice', 'ODS', 'Current email', 'New email'], ['Greenhow Surgery', 'Y02873', 'reception.greenhow@nhs.net', 'greenhow.practice@nhs.net']], header: true, widths: [150, 80, 200, 200] },
      'Thanks',
      'Alison Pryor, Office Manager',
    ]),
    exp: E('practice_email_update', org('Y02873', 'gp_practice'), { currentEmail: 'reception.greenhow@nhs.net', newEmail: 'greenhow.practice@nhs.net' }, [], ['misdirected', 'header_row_table', 'html_table_cells_text']),
  });

  return m;
}
