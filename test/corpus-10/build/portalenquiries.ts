// portalenquiries mail of writer F: federations, GP-at-scale organisations, CSU engineers, locums and new starters.
import { address, attachment, expected, fillablePdf, flatTextPdf, forwardedMessage, htmlPart, multipart, org, person, renderMessage, textPart, writeCase } from './lib.js';

const MB = 'portalenquiries';
const TO = 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>';

export async function buildPortalEnquiries(root: string): Promise<void> {
  // 001: a federation's business support team sends a fillable GPP certification form whose fields have meaningless names.
  const gppForm = await fillablePdf(
    ['PCSE Online - GP Payments and Pensions', 'Practice User Administrator Certification Form'],
    [
      { label: 'Part 1 - Organisation', field: '' },
      { label: 'Organisation name', field: 'Text1', value: 'Holloway Lane Medical Centre' },
      { label: 'Organisation code (ODS)', field: 'Text2', value: 'M87026' },
      { label: 'Part 1 - Nominated User Administrator', field: '' },
      { label: 'Full name', field: 'Text3.0.1', value: 'Zoë Achterberg' },
      { label: 'Email address', field: 'Text3.0.2', value: 'zoe.achterberg@nhs.net' },
      { label: 'Job title', field: 'Text3.0.3', value: 'Finance & Workforce Lead' },
      { label: 'Part 2 - Organisation approver', field: '' },
      { label: 'Name', field: 'untitled14', value: 'Dr Rashid Qureshi' },
      { label: 'Position in organisation', field: 'untitled15', value: 'GP Partner' },
      { label: 'Email address', field: 'untitled16', value: 'rashid.qureshi@nhs.net' },
      { label: 'Signature', field: 'Signature_es_:signer:signature', value: 'R. Qureshi' },
      { label: 'Date', field: 'Date_af_date', value: '30/11/2026' },
    ],
    ['Return the completed form to pcse.portalenquiries@nhs.net'],
  );
  writeCase(root, MB, '001-federation-gpp-fillable-form', {
    from: ['Northgate Health Federation - Business Support', 'northgatefed.businesssupport@nhs.net'], to: TO,
    subject: 'GPP user admin certification - Holloway Lane MC (M87026)', date: 'Mon, 30 Nov 2026 15:42:10 +0000',
    messageId: '<NGF-BS-20261130-0091@northgatefed.nhs.net>',
    body: multipart('mixed', [
      textPart(`Good afternoon,

On behalf of Holloway Lane Medical Centre (one of our member practices) please find attached the completed GP Payments and Pensions Practice User Administrator Certification form. The practice has not had a GPP user admin since their previous practice manager left in October.

The form has been completed electronically and signed by one of the partners.

Kind regards

Business Support Team
Northgate Health Federation
Supporting 14 member practices across North Hertfordshire
northgatefed.businesssupport@nhs.net`),
      attachment('GPP_UA_Certification_HollowayLane_v2.pdf', 'application/pdf', gppForm),
    ]),
  }, expected(MB, 'user_admin_nomination', org('M87026', 'gp_practice'), {
    service: 'GPP', nominee: person('Zoë Achterberg', 'zoe.achterberg@nhs.net'),
    approver: { ...person('Rashid Qureshi', 'rashid.qureshi@nhs.net'), role: 'GP Partner' },
  }, [], ['federation_sender', 'pdf_fillable_acroform', 'odd_field_names', 'non_ascii_name', 'everything_in_attachment', 'on_behalf_of_practice']));

  // 002: a new-starter practice manager quotes PCSE's own guidance back and nominates herself for PL, partner in Cc.
  writeCase(root, MB, '002-new-starter-pl-quotes-guidance', {
    from: ['Siobhán Ní Bhriain', 'siobhan.nibhriain@nhs.net'], to: TO, cc: address('OKAFOR, Chidi (DR) (WESTBROOK SURGERY)', 'chidi.okafor@nhs.net'),
    subject: 'PL Organisation Administrator - Westbrook Surgery G82104', date: 'Tue, 01 Dec 2026 08:17:55 +0000',
    messageId: '<DB9PR05MB8871C3E0A1B2@DB9PR05MB8871.eurprd05.prod.outlook.com>',
    body: textPart(`Dear PCSE,

I started as Practice Manager at Westbrook Surgery three weeks ago. Your website says: "If your practice has no PL organisation administrator, please email pcse.portalenquiries@nhs.net, with your practice details and name and email address of the person you'd like to have this role." So here goes!

Practice: Westbrook Surgery, 22 Station Approach, Faversham ME13 8DZ
ODS code: G82104
Person to have the PL Organisation Administrator role: me, Siobhán Ní Bhriain
Email: siobhan.nibhriain@nhs.net

I have also read (User Management guide, section 3) that for a GP practice the nomination should come from the CQC Registered Manager, so I have copied in Dr Chidi Okafor, who is our CQC Registered Manager, and he is happy to confirm by reply if you need him to.

Many thanks,
Siobhán

Siobhán Ní Bhriain
Practice Manager | Westbrook Surgery`, 'quoted-printable'),
  }, expected(MB, 'user_admin_nomination', org('G82104', 'gp_practice'), {
    service: 'PL', nominee: person('Siobhán Ní Bhriain', 'siobhan.nibhriain@nhs.net'),
    approver: { ...person('Chidi Okafor', 'chidi.okafor@nhs.net'), role: 'CQC Registered Manager' },
  }, [], ['new_starter_quotes_guidance', 'self_nomination', 'approver_in_cc', 'non_ascii_name', 'quoted_printable', 'surname_caps_display_name', 'label_value']));

  // 003: an optical group's practice support team, HTML only, a table copied out of their HR system.
  writeCase(root, MB, '003-optical-group-html-only-table', {
    from: ['Clearview Opticians Practice Support', 'practice.support@clearview-opticians.example'], to: TO,
    subject: 'New OPTO user administrator - Clearview Harrogate', date: 'Tue, 01 Dec 2026 10:03:12 +0000',
    messageId: '<20261201100312.7f3a@mail.clearview-opticians.example>',
    body: htmlPart(`<html><head><meta charset="utf-8"><style>td{font-family:Arial;font-size:10pt;padding:4px;border:1px solid #bbb}</style></head>
<body><p>Hello,</p>
<p>Please could you set up the person below as an <b>Opto User Management (Organisation)</b> user administrator for our Harrogate store. Our contract holder has approved this (details in the table).</p>
<table cellspacing="0">
<tr><td><b>Store</b></td><td>Clearview Opticians (Harrogate)</td></tr>
<tr><td><b>ODS / contractor code</b></td><td>TPX41</td></tr>
<tr><td><b>Nominee</b></td><td>Łukasz Wróbel</td></tr>
<tr><td><b>Nominee email</b></td><td>lukasz.wrobel@clearview-opticians.example</td></tr>
<tr><td><b>Nominee job title</b></td><td>Store Manager</td></tr>
<tr><td><b>Approved by</b></td><td>Helen Mbeki</td></tr>
<tr><td><b>Approver role</b></td><td>Contract holder</td></tr>
<tr><td><b>Approver email</b></td><td>helen.mbeki@clearview-opticians.example</td></tr>
</table>
<p>Thanks very much,<br>Rhiannon<br>Practice Support Team, Clearview Opticians Ltd<br>Head Office, Leeds</p>
</body></html>`),
  }, expected(MB, 'user_admin_nomination', org('TPX41', 'ophthalmic_practice'), {
    service: 'OPTO', nominee: person('Łukasz Wróbel', 'lukasz.wrobel@clearview-opticians.example'),
    approver: { ...person('Helen Mbeki', 'helen.mbeki@clearview-opticians.example'), role: 'Contract holder' },
  }, [], ['html_only', 'html_table', 'non_ascii_name', 'head_office_sender', 'company_domain_sender', 'non_gp_organisation']));

  // 004: a PCN form pasted as key: value text; the clinical director approves it himself because the ICB contact is away.
  writeCase(root, MB, '004-pcn-form-pasted-approver-not-icb', {
    from: ['Hadley Tom (Dr)', 'tom.hadley3@nhs.net'], to: TO,
    subject: 'PCN user admin request form', date: 'Tue, 01 Dec 2026 13:29:40 +0000',
    messageId: '<LO2P265MB4471A8C2D7@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>',
    body: textPart(`Hi,

The PDF wouldn't attach from our system so I have pasted the contents of the PCN user admin form below.

PCN name: Riverside Central PCN
PCN ODS code: U37612
Lead practice: Abbeyfield Surgery
Nominee full name: Priya Venkatesh
Nominee job title: PCN Operations Manager
Nominee email: priya.venkatesh@nhs.net
Approver name: Dr Tom Hadley
Approver role: PCN Clinical Director
Approver email: tom.hadley3@nhs.net
Date: 01/12/2026

Our usual ICB contact is on long-term leave and nobody else at the ICB seems to know who is on the authorised list, so as Clinical Director I have approved it myself - I hope that is OK.

Tom

Dr Tom Hadley
Clinical Director, Riverside Central PCN`),
  }, expected(MB, 'user_admin_nomination', org('U37612', 'pcn'), {
    service: 'PCN', nominee: person('Priya Venkatesh', 'priya.venkatesh@nhs.net'),
    approver: { ...person('Tom Hadley', 'tom.hadley3@nhs.net'), role: 'PCN Clinical Director' },
  }, ['approver_not_on_ael'], ['form_pasted_as_text', 'label_value', 'approver_says_not_icb', 'sender_is_approver', 'surname_first_display_name']));

  // 005: a GP-at-scale organisation asks for a fifth GPP admin at one of its practices, base64-encoded body.
  writeCase(root, MB, '005-gp-at-scale-fifth-gpp-admin-base64', {
    from: ['Unity Health Partnership - Central Ops', 'unityhealth.centralops@nhs.net'], to: TO,
    cc: 'Fiona Lister <fiona.lister@nhs.net>, Ashok Raman <ashok.raman@nhs.net>',
    subject: 'Additional GPP Practice User Administrator - Kirkgate Medical Practice B83620', date: 'Tue, 01 Dec 2026 16:05:01 +0000',
    messageId: '<unity-ops-2026-12-01-1605-kirkgate@nhs.net>',
    body: textPart(`Dear colleagues,

Unity Health Partnership runs nine practices across West Yorkshire. For Kirkgate Medical Practice (ODS B83620) we would like to add a GPP Practice User Administrator:

  Ashok Raman - Group Payroll Officer - ashok.raman@nhs.net

Kirkgate currently has four GPP Practice User Administrators (Dawn Pickles, Sam Iqbal, Karen Holt and Dr Lister) and all four need to stay, as they cover payroll, pensions and estimates between them. Please add Ashok as a fifth.

Approved by Dr Fiona Lister, Partner, Kirkgate Medical Practice (copied, fiona.lister@nhs.net). The signed certification form will follow from the practice.

Best wishes
Central Operations Team
Unity Health Partnership`, 'base64'),
  }, expected(MB, 'user_admin_nomination', org('B83620', 'gp_practice'), {
    service: 'GPP', nominee: person('Ashok Raman', 'ashok.raman@nhs.net'),
    approver: { ...person('Fiona Lister', 'fiona.lister@nhs.net'), role: 'Partner' },
  }, ['admin_limit_reached'], ['gp_at_scale_sender', 'fifth_admin_requested', 'admin_count_in_prose', 'base64_body', 'approver_in_cc', 'nominee_in_cc', 'other_names_listed']));

  // 006: a CSU service-desk engineer logs a main contact change for a practice, with the ticket in the subject.
  writeCase(root, MB, '006-csu-ticket-main-contact-change', {
    from: ['MLCSU IT Service Desk', 'mlcsu.servicedesk@nhs.net'], to: TO,
    subject: '[INC0482213] Ashdown Health Centre J82155 - change of Main Contact (Supplies & Medical Records)', date: 'Wed, 02 Dec 2026 09:12:44 +0000',
    messageId: '<INC0482213.202612020912.servicenow@mlcsu.nhs.net>',
    extraHeaders: ['X-ServiceNow-Generated: false'],
    body: textPart(`Ref: INC0482213
Caller: Gemma Hurst (Office Manager), Ashdown Health Centre

Hello PCSE team,

I am an engineer at Midlands and Lancashire CSU and I am raising this on behalf of the practice, who have asked us to contact you as their previous main contact has retired and nobody there can get into PCSE Online.

Organisation: Ashdown Health Centre
Organisation code: J82155
New Main Contact: Bethan Lloyd-Jones (Assistant Practice Manager)
New Main Contact email: bethan.lloyd-jones1@nhs.net

Please reply to this mailbox quoting INC0482213 so the ticket updates, and copy the practice if you can.

Regards,
Marek Nowak
IT Service Desk Engineer (2nd line)
Midlands and Lancashire CSU`),
  }, expected(MB, 'main_contact_change', org('J82155', 'gp_practice'), {
    newMainContact: person('Bethan Lloyd-Jones', 'bethan.lloyd-jones1@nhs.net'),
  }, [], ['csu_engineer_sender', 'ticket_number_in_subject', 'ods_in_subject', 'label_value', 'hyphenated_surname', 'on_behalf_of_practice']));

  // 007: a locum practice manager gives the PCN's code as the practice code.
  writeCase(root, MB, '007-locum-pm-main-contact-pcn-code', {
    from: ['Dominika Sadowska', 'dominika.sadowska@nhs.net'], to: TO,
    subject: 'Main contact - Mill Road Surgery', date: 'Wed, 02 Dec 2026 11:48:20 +0000',
    messageId: '<CWLP265MB3320D1E9@CWLP265MB3320.GBRP265.PROD.OUTLOOK.COM>',
    body: textPart(`Hello,

I'm covering as locum practice manager at Mill Road Surgery for the next three months (via Primary Care Locums Ltd). The surgery needs its main contact changed as the PM left without handing over.

GP practice: Mill Road Surgery
Practice ODS code: U81234
New main contact: Kwame Asante
Email: kwame.asante@nhs.net

Kwame is the permanent deputy PM so it makes sense for it to be him rather than me.

Thanks
Dominika Sadowska
Locum Practice Manager`),
  }, expected(MB, 'main_contact_change', org('U81234', 'pcn'), {
    newMainContact: person('Kwame Asante', 'kwame.asante@nhs.net'),
  }, ['ods_type_mismatch'], ['locum_sender', 'stated_type_disagrees_with_code', 'pcn_code_given_for_practice', 'label_value', 'contact_is_not_sender']));

  // 008: a locum GP asks for a fresh verification link for their own account, GMC in the signature.
  writeCase(root, MB, '008-locum-gp-verification-own', {
    from: ['Dr Zoë Papadopoulou', 'zoe.papadopoulou@nhs.net'], to: TO,
    subject: 'Verification link expired', date: 'Wed, 02 Dec 2026 07:02:31 +0000',
    messageId: '<CAJx9-ZP-20261202-0702@mail.gmail.example>',
    body: textPart(`Hello

I'm a sessional/locum GP and registered on PCSE Online last week but did not get round to clicking the verification link before it expired. Could you send me a new one please? It is for this email address (the one registered with the GMC).

Thanks

Zoë

Dr Zoë Papadopoulou MBBS MRCGP
Locum GP
GMC 7134562`, 'quoted-printable'),
  }, expected(MB, 'verification_link_resend', null, {
    accountEmail: 'zoe.papadopoulou@nhs.net', gmcNumber: '7134562',
  }, [], ['locum_sender', 'gmc_in_signature', 'account_email_is_sender', 'non_ascii_name', 'quoted_printable', 'post_nominals']));

  // 009: a locum agency coordinator asks for a link on a locum's behalf.
  writeCase(root, MB, '009-agency-verification-for-locum', {
    from: ['Bookings - MedCover Locums', 'bookings@medcover-locums.example'], to: TO,
    subject: 'Re-send verification link for our locum Dr Adebayo', date: 'Wed, 02 Dec 2026 14:20:09 +0000',
    messageId: '<20261202142009.MC.55120@medcover-locums.example>',
    body: textPart(`Hi there,

We are a locum agency and one of our GPs, Dr Femi Adebayo, cannot complete his PCSE Online registration because his verification email never arrived. Can you resend it to him please?

His details:
Email: femi.adebayo@nhs.net
GMC number: 6098813

He is on shift all week so asked us to chase it for him.

Kind regards
Lauren
Bookings Coordinator
MedCover Locums Ltd`),
  }, expected(MB, 'verification_link_resend', null, {
    accountEmail: 'femi.adebayo@nhs.net', gmcNumber: '6098813',
  }, ['not_own_account'], ['agency_sender', 'for_a_colleague', 'company_domain_sender', 'label_value']));

  // 010: CSU engineer, HTML-only, a table of the locked account.
  writeCase(root, MB, '010-csu-unlock-html-only', {
    from: ['NECS Service Desk', 'necsu.servicedesk@nhs.net'], to: TO,
    subject: 'RITM0093377 - PCSE Online account locked - Fernbank Surgery', date: 'Wed, 02 Dec 2026 15:55:48 +0000',
    messageId: '<RITM0093377.1764690948@necsu.nhs.net>',
    body: htmlPart(`<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon,</p>
<p>We have received a call from Fernbank Surgery (A84023). Their GPP user administrator has entered the wrong password five times and is now locked out of PCSE Online. We understand only PCSE can unlock the account. Details:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Practice</th><th align="left">ODS</th><th align="left">User</th><th align="left">Username</th></tr>
<tr><td>Fernbank Surgery</td><td>A84023</td><td>Karen Adeyemi</td><td>karen.adeyemi@nhs.net</td></tr>
</table>
<p>Please could you unlock the account and let Karen know directly. Our reference is RITM0093377.</p>
<p>Kind regards,<br>Callum Reid<br>Service Desk Analyst<br>North of England Commissioning Support</p>
</body></html>`, 'quoted-printable'),
  }, expected(MB, 'account_unlock', org('A84023', 'gp_practice'), {
    username: 'karen.adeyemi@nhs.net',
  }, [], ['csu_engineer_sender', 'ticket_number_in_subject', 'html_only', 'html_table', 'on_behalf_of_colleague']));

  // 011: the user herself, a one-liner from her phone, non-ASCII name, 8bit body.
  writeCase(root, MB, '011-self-unlock-phone-8bit', {
    from: ['Zoë Fairbrother', 'zoe.fairbrother@nhs.net'], to: TO,
    subject: 'Locked out', date: 'Thu, 03 Dec 2026 07:41:02 +0000',
    messageId: '<5C1E8F7A-2B33-4D0E-9F1B-7A0C9E44B1D2@nhs.net>',
    body: textPart(`Hi I've locked myself out of PCSE Online (too many password attempts). Username is zoe.fairbrother@nhs.net. Could you unlock it please? I'm the practice manager at Dunmore Surgery, D82060.

Thanks, Zoë

Sent from my iPhone`, '8bit'),
  }, expected(MB, 'account_unlock', org('D82060', 'gp_practice'), {
    username: 'zoe.fairbrother@nhs.net',
  }, [], ['eight_bit_utf8', 'mobile_signature', 'username_is_sender_address', 'ods_in_prose', 'non_ascii_name', 'terse_body']));

  // 012: a new-starter practice manager quotes the reactivation rule and asks for her predecessor's admin account.
  writeCase(root, MB, '012-new-starter-reactivation-quotes-rule', {
    from: ['Harriet Oyelaran', 'harriet.oyelaran@nhs.net'], to: TO,
    subject: 'Reactivation of deactivated user administrator account', date: 'Thu, 03 Dec 2026 10:30:15 +0000',
    messageId: '<AM0PR10MB2275BE0C@AM0PR10MB2275.EURPRD10.PROD.OUTLOOK.COM>',
    body: multipart('alternative', [
      textPart(`Dear PCSE,

I have been reading the PCSE Online user guide, which says that accounts which are not used get deactivated and that "a user administrator or main contact must ask PCSE to reactivate theirs".

I am the PL Organisation Administrator at Brackenridge Medical Group (P84617) and my account has been deactivated while I was on maternity leave. My username is harriet.oyelaran@nhs.net.

Please could you reactivate it?

With thanks,
Harriet Oyelaran
Practice Manager (returning from leave)
Brackenridge Medical Group`),
      htmlPart(`<p>Dear PCSE,</p><p>I have been reading the PCSE Online user guide, which says that accounts which are not used get deactivated and that <i>"a user administrator or main contact must ask PCSE to reactivate theirs"</i>.</p><p>I am the PL Organisation Administrator at Brackenridge Medical Group (P84617) and my account has been deactivated while I was on maternity leave. My username is harriet.oyelaran@nhs.net.</p><p>Please could you reactivate it?</p><p>With thanks,<br>Harriet Oyelaran<br>Practice Manager (returning from leave)<br>Brackenridge Medical Group</p>`),
    ]),
  }, expected(MB, 'account_reactivation', org('P84617', 'gp_practice'), {
    username: 'harriet.oyelaran@nhs.net',
  }, [], ['new_starter_quotes_guidance', 'multipart_html', 'username_is_sender_address', 'ods_in_prose']));

  // 013: a federation HR team asks PCSE to strip a leaver's GPP roles at one practice.
  writeCase(root, MB, '013-federation-hr-role-removal', {
    from: ['Vale Federation HR', 'valefederation.hr@nhs.net'], to: TO,
    subject: 'Leaver - please remove PCSE roles', date: 'Thu, 03 Dec 2026 12:02:37 +0000',
    messageId: '<VF-HR-LEAVER-2026-117@nhs.net>',
    body: textPart(`Hello,

We provide HR and payroll for practices in the Vale Federation. Our payroll clerk Nadia Haddad left on 27 November. On the account nadia.haddad@nhs.net at Orchard House Surgery (L83094) she held these roles:

- Joiner & Leaver
- Practice Estimate and Salary Change
- GPP - Practice User Management

Please remove these roles from her account as soon as possible, as she should no longer have access to the practice's payments information.

Regards
Vale Federation HR Team`),
  }, expected(MB, 'role_removal_request', org('L83094', 'gp_practice'), {
    username: 'nadia.haddad@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'GPP - Practice User Management'],
  }, [], ['federation_sender', 'bulleted_roles', 'leaver', 'on_behalf_of_practice']));

  // 014: CSU chaser quoting a PCSE reference.
  writeCase(root, MB, '014-csu-chaser-with-reference', {
    from: ['MLCSU IT Service Desk', 'mlcsu.servicedesk@nhs.net'], to: TO,
    subject: 'RE: [INC0479120] Your request PCSE-2026-004817 has been received', date: 'Thu, 03 Dec 2026 14:44:00 +0000',
    messageId: '<INC0479120.202612031444.servicenow@mlcsu.nhs.net>',
    extraHeaders: ['In-Reply-To: <ack-PCSE-2026-004817@pcse.example>'],
    body: textPart(`Hello,

Our ticket INC0479120 is due to breach SLA tomorrow. Could you let us know whether PCSE-2026-004817 (main contact change for Brookvale Practice) has been actioned? The practice still cannot see the Supplies menu.

Thanks
Marek Nowak
IT Service Desk Engineer, MLCSU

> From: PCSE Portal Enquiries
> Subject: Your request PCSE-2026-004817 has been received
> Thank you for contacting PCSE. Your reference is PCSE-2026-004817.`),
  }, expected(MB, 'unclassified', null, {}, [], ['chaser', 'reference_in_subject', 'csu_engineer_sender', 'quoted_acknowledgement']));

  // 015: a federation asks a question that is not a request.
  writeCase(root, MB, '015-federation-question-one-admin-many-practices', {
    from: ['Aoife Gallagher', 'aoife.gallagher2@nhs.net'], to: TO,
    subject: 'Query - can one user admin cover several practices?', date: 'Thu, 03 Dec 2026 16:12:09 +0000',
    messageId: '<DU0PR07MB9012AF33@DU0PR07MB9012.eurprd07.prod.outlook.com>',
    body: textPart(`Hi,

I am the digital lead for a GP federation of six practices. Before we send any forms: can one person be a GPP Practice User Administrator for all six practices with a single PCSE Online login, or does each practice need its own nomination (and its own certification form)? And does that person count towards each practice's limit of four?

Thanks in advance,
Aoife Gallagher
Digital Transformation Lead
Brennan Valley GP Federation`),
  }, expected(MB, 'unclassified', null, {}, [], ['question_only', 'federation_sender', 'kind_words_in_body']));

  // 016: out-of-office from a federation operations manager, answering PCSE's acknowledgement.
  writeCase(root, MB, '016-out-of-office-auto-reply', {
    from: ['Priyanka Shah', 'priyanka.shah12@nhs.net'], to: TO,
    subject: 'Automatic reply: Your request PCSE-2026-005102 has been received', date: 'Fri, 04 Dec 2026 08:00:41 +0000',
    messageId: '<auto-5102-PS12@nhs.net>',
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: priyanka.shah12@nhs.net'],
    body: textPart(`Thank you for your email. I am out of the office until Monday 14 December with limited access to email.

For urgent user access requests for any of our member practices please contact the federation operations mailbox, or for IT issues the CSU service desk.

Priyanka Shah
Operations Manager, Tameside Federation`),
  }, expected(MB, 'unclassified', null, {}, [], ['out_of_office', 'auto_reply', 'reference_in_subject'], 'auto_reply'));

  // 017: misdirected: an Open Exeter primary user form (flat text PDF) sent to portalenquiries.
  const oeForm = await flatTextPdf([
    '# Open Exeter - Request for a Primary User (GP Practice)',
    '',
    'Section 1 - Organisation',
    'Practice name: Castle Mead Surgery',
    'Practice code: K81044',
    'Address: 3 Bailey Street, Wallingford, OX10 0AB',
    '',
    'Section 2 - Proposed Primary User',
    'Name: Imogen Thackeray',
    'Job title: Reception Manager',
    'NHS email: imogen.thackeray@nhs.net',
    'Telephone: 01491 830 441',
    '',
    'Section 3 - Authorised signatory',
    'I confirm the above person should be a Primary User for this organisation.',
    'Name: Dr Philippa Moreau',
    'Role (tick one): [ ] Lead GP  [X] GP Partner  [ ] Caldicott Guardian  [ ] Primary Contact',
    'Email: philippa.moreau@nhs.net',
    'Signature: P Moreau',
    'Date: 02/12/2026',
  ]);
  writeCase(root, MB, '017-misdirected-open-exeter-pdf', {
    from: ['Castle Mead Surgery Admin', 'castlemead.admin@nhs.net'], to: TO,
    subject: 'Open Exeter primary user form', date: 'Fri, 04 Dec 2026 09:26:18 +0000',
    messageId: '<CM-ADMIN-7712-20261204@nhs.net>',
    body: multipart('mixed', [
      textPart(`Good morning,

Please see attached signed form for a new Open Exeter primary user for Castle Mead Surgery.

Many thanks
Castle Mead Surgery - Admin Team`),
      attachment('OE primary user form - Castle Mead.pdf', 'application/pdf', oeForm),
    ]),
  }, expected(MB, 'open_exeter_primary_user_request', org('K81044', 'gp_practice'), {
    organisationKind: 'gp_practice', nominee: person('Imogen Thackeray', 'imogen.thackeray@nhs.net'),
    signatory: { ...person('Philippa Moreau', 'philippa.moreau@nhs.net'), role: 'gp_partner' },
  }, [], ['misdirected_mailbox', 'pdf_flat_text_form', 'open_exeter_form_pdf', 'tick_box_role', 'shared_mailbox_sender', 'everything_in_attachment']));

  // 018: a GP-at-scale organisation forwards a partner's approval as an attached message (message/rfc822).
  const approval = renderMessage({
    from: ['Dr Wojciech Zieliński', 'wojciech.zielinski@nhs.net'], to: 'Greenway Group Workforce <greenway.workforce@nhs.net>',
    subject: 'PL admin for Sunnyside', date: 'Thu, 03 Dec 2026 18:40:00 +0000', messageId: '<WZ-20261203-1840@nhs.net>',
    authenticated: false,
    body: textPart(`Happy for Tolu Bankole (tolu.bankole@nhs.net) to be a PL Organisation Administrator for Sunnyside Surgery (E85112). I am the CQC Registered Manager for the practice.

Wojciech Zieliński
GP Partner and CQC Registered Manager, Sunnyside Surgery`, 'quoted-printable'),
  });
  writeCase(root, MB, '018-gp-at-scale-forwards-approval-rfc822', {
    from: ['Greenway Group Workforce', 'greenway.workforce@nhs.net'], to: TO,
    subject: 'FW: PL admin for Sunnyside', date: 'Fri, 04 Dec 2026 10:05:30 +0000',
    messageId: '<GGW-FWD-20261204-1005@nhs.net>',
    body: multipart('mixed', [
      textPart(`Hello PCSE,

Forwarding (attached) the approval from Sunnyside Surgery's CQC Registered Manager for Tolu Bankole to become PL Organisation Administrator. Tolu works for the group's central workforce team and will look after Sunnyside's performers list access.

Regards
Workforce Team
Greenway Group Practice (11 sites)`),
      forwardedMessage(approval),
    ]),
  }, expected(MB, 'user_admin_nomination', org('E85112', 'gp_practice'), {
    service: 'PL', nominee: person('Tolu Bankole', 'tolu.bankole@nhs.net'),
    approver: { ...person('Wojciech Zieliński', 'wojciech.zielinski@nhs.net'), role: 'CQC Registered Manager' },
  }, [], ['gp_at_scale_sender', 'forwarded_as_attachment', 'forwarded_approval', 'non_ascii_name', 'details_only_in_forward', 'forwarder_is_not_approver']));
  // 019: a dental corporate's compliance team changes one practice's main contact, signature with an en dash.
  writeCase(root, MB, '019-dental-corporate-main-contact-change', {
    from: ['Compliance Team – Bright Smile Dental Group', 'compliance@brightsmile-dental.example'], to: TO,
    subject: 'Change of Main Contact – Bright Smile Dental Clitheroe (V041873)', date: 'Fri, 04 Dec 2026 12:18:07 +0000',
    messageId: '<BSDG-COMP-20261204-1218@brightsmile-dental.example>',
    body: textPart(`Dear PCSE,

Following a change of practice manager, please record the following person as Main Contact for Supplies and Medical Records at our Clitheroe practice:

Practice: Bright Smile Dental Clitheroe
Dental practice code: V041873
New Main Contact: Agnieszka Wiśniewska
Email: clitheroe.pm@brightsmile-dental.example

The previous practice manager, Graham Tuck, left the group on 20 November.

Kind regards,
Oluwaseun Adeyemi-Clarke
Group Compliance Officer – Bright Smile Dental Group`, 'quoted-printable'),
  }, expected(MB, 'main_contact_change', org('V041873', 'dental_practice'), {
    newMainContact: person('Agnieszka Wiśniewska', 'clitheroe.pm@brightsmile-dental.example'),
  }, [], ['head_office_sender', 'company_domain_sender', 'dental_practice', 'non_ascii_name', 'quoted_printable', 'old_contact_named', 'role_mailbox_for_person']));

  // 020: a pharmacy group's IT support asks for a pharmacy main contact's deactivated account back, HTML only.
  writeCase(root, MB, '020-pharmacy-group-it-reactivation-html-only', {
    from: ['Medway Pharmacies IT Support', 'itsupport@medwaypharmacies.example'], to: TO,
    subject: 'Ticket #58214 - PCSE Online account deactivated - Parkside Pharmacy FK731', date: 'Fri, 04 Dec 2026 13:41:30 +0000',
    messageId: '<ticket-58214-20261204134130@helpdesk.medwaypharmacies.example>',
    body: htmlPart(`<div style="font-family:Tahoma;font-size:10pt">
<p>Hello PCSE,</p>
<p>Our pharmacist manager at Parkside Pharmacy (<b>FK731</b>) is the pharmacy's <b>Main Contact</b> on PCSE Online but her account has been deactivated through lack of use. As a main contact she understands she has to ask you to reactivate it.</p>
<p>Username: <b>deepa.chandrasekar@nhs.net</b><br>Name: Deepa Chandrasekar<br>Role on PCSE Online: Main Contact</p>
<p>Please reply to this address keeping <b>Ticket #58214</b> in the subject.</p>
<p>Thanks,<br>Jakub<br>IT Support – Medway Pharmacies Ltd</p>
</div>`, 'quoted-printable'),
  }, expected(MB, 'account_reactivation', org('FK731', 'pharmacy'), {
    username: 'deepa.chandrasekar@nhs.net',
  }, [], ['html_only', 'it_support_sender', 'company_domain_sender', 'community_pharmacy', 'ticket_number_in_subject', 'on_behalf_of_colleague', 'ods_in_subject']));
  // 021: a practice nurse (no GMC number) asks for her own link again; new starter, quotes the two-hour rule.
  writeCase(root, MB, '021-nurse-own-verification-no-gmc', {
    from: ['Nomvula Dlamini-Price', 'nomvula.dlamini-price@nhs.net'], to: TO,
    subject: 'New verification link please', date: 'Fri, 04 Dec 2026 14:55:12 +0000',
    messageId: '<LO0P265MB7012E4@LO0P265MB7012.GBRP265.PROD.OUTLOOK.COM>',
    body: textPart(`Hello,

I joined Fernbank Surgery as a nurse associate this week and our user administrator set me up on PCSE Online. I know roles can take up to two hours to appear, but my problem is that the verification link in the welcome email says it has expired. Please could you send a new link to me at this address (nomvula.dlamini-price@nhs.net)?

Thank you
Nomvula`),
  }, expected(MB, 'verification_link_resend', null, {
    accountEmail: 'nomvula.dlamini-price@nhs.net', gmcNumber: null,
  }, [], ['new_starter_quotes_guidance', 'account_email_is_sender', 'no_gmc_number', 'hyphenated_surname']));

  // 022: a locum practice manager asks for a PL admin with "the partners' agreement", naming no approver.
  writeCase(root, MB, '022-locum-pm-pl-admin-no-approver-named', {
    from: ['Kofi Mensah', 'kofi.mensah7@nhs.net'], to: TO,
    subject: 'PL admin needed urgently - Ravensworth Surgery', date: 'Fri, 04 Dec 2026 15:20:48 +0000',
    messageId: '<DB8PR09MB3345A1@DB8PR09MB3345.eurprd09.prod.outlook.com>',
    body: textPart(`Hi

Locum PM here at Ravensworth Surgery, code N82617. There is no PL Organisation Administrator at the practice at all, and we have a new salaried GP waiting on the performers list paperwork.

Could you make our reception manager, Ewa Zając (ewa.zajac@nhs.net), the PL admin? The partners have agreed this at Tuesday's meeting.

Thanks
Kofi Mensah
Locum Practice Manager (agency), Ravensworth Surgery`, 'quoted-printable'),
  }, expected(MB, 'user_admin_nomination', org('N82617', 'gp_practice'), {
    service: 'PL', nominee: person('Ewa Zając', 'ewa.zajac@nhs.net'), approver: null,
  }, [], ['locum_sender', 'no_approver_named', 'nominee_in_parentheses', 'non_ascii_name', 'quoted_printable', 'ods_in_prose']));
}
