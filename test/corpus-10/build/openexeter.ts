// openexeter mail of writer F: forms as PDFs (fillable, typed, scanned with and without a signature), permission
// requests from people who may or may not ask, Open Exeter's own notifications, a misdirected email change.
import { attachment, expected, fillablePdf, flatTextPdf, htmlPart, multipart, org, person, scannedPdf, textPart, writeCase } from './lib.js';

const MB = 'openexeter';
const TO = 'PCSE Open Exeter <pcse.openexeter@nhs.net>';

export async function buildOpenExeter(root: string): Promise<void> {
  // 001: a federation's extended-access hub (not a GP practice) sends a fillable form with author-left field names.
  const hubForm = await fillablePdf(
    ['Open Exeter Primary User Request', '(Organisations other than GP Practices)'],
    [
      { label: 'Organisation name', field: 'fill_1', value: 'Brennan Valley GP Federation - Extended Access Hub' },
      { label: 'Organisation type', field: 'fill_2', value: 'GP Federation (extended access service)' },
      { label: 'Address', field: 'fill_3', value: 'Brennan House, 8 Canal Street, Todmorden, OL14 5AQ' },
      { label: 'Proposed Primary User - name', field: 'Check Box1_name', value: 'Niamh Ó Súilleabháin' },
      { label: 'Proposed Primary User - NHS email', field: 'Check Box1_mail', value: 'niamh.osuilleabhain@nhs.net' },
      { label: 'Proposed Primary User - job title', field: 'Dropdown7', value: 'Hub Administration Lead' },
      { label: 'Authorised signatory - name', field: 'Text Field 42', value: 'Marcus Ekwueme' },
      { label: 'Authorised signatory - role', field: 'Text Field 43', value: 'Member of the Board of Directors' },
      { label: 'Authorised signatory - email', field: 'Text Field 44', value: 'marcus.ekwueme@nhs.net' },
      { label: 'Signature', field: 'Text Field 45', value: 'M Ekwueme' },
      { label: 'Date', field: 'Text Field 46', value: '30/11/2026' },
    ],
    ['Signatories for non-GP organisations: Caldicott Guardian, member of the Board of Directors, existing Primary User.'],
  );
  writeCase(root, MB, '001-federation-hub-fillable-form-board-member', {
    from: ['Aoife Gallagher', 'aoife.gallagher2@nhs.net'], to: TO,
    subject: 'Open Exeter primary user - Brennan Valley Extended Access Hub', date: 'Mon, 30 Nov 2026 16:31:05 +0000',
    messageId: '<DU0PR07MB9012B771@DU0PR07MB9012.eurprd07.prod.outlook.com>',
    body: multipart('mixed', [
      textPart(`Hello,

Our extended access hub does cervical screening on evenings and weekends for the six practices in the federation, so it needs its own Open Exeter primary user. Completed form attached (filled in on screen and signed by one of our board members).

Thanks,
Aoife Gallagher
Digital Transformation Lead, Brennan Valley GP Federation`),
      attachment('OE_PU_form_nonGP_completed.pdf', 'application/pdf', hubForm),
    ]),
  }, expected(MB, 'open_exeter_primary_user_request', org(null, 'other'), {
    organisationKind: 'other', nominee: person('Niamh Ó Súilleabháin', 'niamh.osuilleabhain@nhs.net'),
    signatory: { ...person('Marcus Ekwueme', 'marcus.ekwueme@nhs.net'), role: 'board_member' },
  }, [], ['pdf_fillable_acroform', 'odd_field_names', 'open_exeter_form_pdf', 'non_gp_organisation', 'no_ods_code', 'non_ascii_name', 'federation_sender', 'board_member_signatory']));

  // 002: an image-only scan of a printed form, signed by the Caldicott Guardian.
  const signedScan = await scannedPdf([
    '# Open Exeter - Primary User Request (GP Practice)',
    '',
    'Practice name:   Hollybush Medical Centre',
    'Practice code:   M83041',
    '',
    'Primary User name:   Dariusz Lewandowski',
    'Primary User email:   dariusz.lewandowski@nhs.net',
    'Job title:   Senior Administrator',
    '',
    'Authorised signatory',
    'Name:   Dr Hannah Okoro',
    'Role:   Caldicott Guardian',
    'Email:   hannah.okoro@nhs.net',
    'Signature:',
    'Date:   01/12/2026',
  ], { signed: true, signatureLabelLine: 13, seed: 4242 });
  writeCase(root, MB, '002-scanned-form-signed-caldicott', {
    from: ['Hollybush Medical Centre', 'hollybush.mc@nhs.net'], to: TO,
    subject: 'Scanned from a Xerox multifunction device', date: 'Tue, 01 Dec 2026 11:52:37 +0000',
    messageId: '<20261201115237.HMC-XRX-0041@nhs.net>',
    body: multipart('mixed', [
      textPart(`Please open the attached document. It was scanned and sent to you using a Xerox multifunction device.

Attachment File Type: PDF

Device Name: HMC-RECEPTION-MFD
Device Location: Admin office`),
      attachment('Scan_20261201_115201.pdf', 'application/pdf', signedScan),
    ]),
  }, expected(MB, 'open_exeter_primary_user_request', org('M83041', 'gp_practice'), {
    organisationKind: 'gp_practice', nominee: person('Dariusz Lewandowski', 'dariusz.lewandowski@nhs.net'),
    signatory: { ...person('Hannah Okoro', 'hannah.okoro@nhs.net'), role: 'caldicott_guardian' },
  }, [], ['image_only_scan', 'scanner_generated_email', 'open_exeter_form_pdf', 'handwritten_signature', 'vague_subject', 'everything_in_attachment']));

  // 003: the same kind of scan, but nobody signed the box.
  const unsignedScan = await scannedPdf([
    '# Open Exeter - Primary User Request (GP Practice)',
    '',
    'Practice name:   Riverbank Family Practice',
    'Practice code:   H85033',
    '',
    'Primary User name:   Chloé Marchetti',
    'Primary User email:   chloe.marchetti@nhs.net',
    'Job title:   Practice Administrator',
    '',
    'Authorised signatory',
    'Name:   Dr Samuel Boateng',
    'Role:   Lead GP',
    'Email:   samuel.boateng@nhs.net',
    'Signature:',
    'Date:   02/12/2026',
  ], { signed: false, signatureLabelLine: 13, seed: 9001 });
  writeCase(root, MB, '003-scanned-form-unsigned-locum-admin', {
    from: ['Chloé Marchetti', 'chloe.marchetti@nhs.net'], to: TO,
    subject: 'Primary user form - Riverbank Family Practice H85033', date: 'Wed, 02 Dec 2026 10:14:48 +0000',
    messageId: '<LO6P265MB5544A9F0@LO6P265MB5544.GBRP265.PROD.OUTLOOK.COM>',
    body: multipart('mixed', [
      textPart(`Hello,

I'm temping as practice administrator at Riverbank (agency placement) and need Open Exeter access to run the screening reports. Dr Boateng filled in the form for me before going on leave - scanned copy attached.

Many thanks,
Chloé`, 'quoted-printable'),
      attachment('riverbank OE form.pdf', 'application/pdf', unsignedScan),
    ]),
  }, expected(MB, 'open_exeter_primary_user_request', org('H85033', 'gp_practice'), {
    organisationKind: 'gp_practice', nominee: person('Chloé Marchetti', 'chloe.marchetti@nhs.net'),
    signatory: { ...person('Samuel Boateng', 'samuel.boateng@nhs.net'), role: 'lead_gp' },
  }, ['missing_signature'], ['image_only_scan', 'unsigned_form', 'open_exeter_form_pdf', 'locum_sender', 'self_nomination', 'non_ascii_name', 'ods_in_subject']));

  // 004: a new-starter practice manager pastes the form as text and signs it herself.
  writeCase(root, MB, '004-form-pasted-practice-manager-signs', {
    from: ['Bridget Achebe-Hart', 'bridget.achebe-hart@nhs.net'], to: TO,
    subject: 'Open Exeter Primary User', date: 'Wed, 02 Dec 2026 12:45:19 +0000',
    messageId: '<PAXP193MB1620C1@PAXP193MB1620.EURP193.PROD.OUTLOOK.COM>',
    body: textPart(`Dear Open Exeter team,

Our scanner is broken so I have typed out the form below. I have read that the form "must be signed by an authorised signatory at the bottom of page 1" - as practice manager I am the person who signs most things here, so I have signed it.

Organisation type: GP Practice
Practice name: St Aidan's Surgery
Practice code: A88015
Primary User name: Mohammed Farouk
Primary User email: mohammed.farouk@nhs.net
Signatory name: Bridget Achebe-Hart
Signatory role: Practice Manager
Signatory email: bridget.achebe-hart@nhs.net
Signed: B Achebe-Hart
Date: 02/12/2026

Kind regards
Bridget Achebe-Hart
Practice Manager, St Aidan's Surgery`),
  }, expected(MB, 'open_exeter_primary_user_request', org('A88015', 'gp_practice'), {
    organisationKind: 'gp_practice', nominee: person('Mohammed Farouk', 'mohammed.farouk@nhs.net'),
    signatory: { ...person('Bridget Achebe-Hart', 'bridget.achebe-hart@nhs.net'), role: 'other' },
  }, ['signatory_role_not_allowed'], ['form_pasted_as_text', 'label_value', 'new_starter_quotes_guidance', 'signatory_may_not_sign', 'sender_is_signatory', 'apostrophe_in_name', 'hyphenated_surname']));

  // 005: a CSU engineer sends a practice's typed (text) PDF form; signed by the existing primary contact.
  const typedForm = await flatTextPdf([
    '# OPEN EXETER PRIMARY USER REQUEST - GP PRACTICE',
    '',
    '1. Practice details',
    'Name of practice ........ Greenhill Road Surgery',
    'Practice code ........... P81166',
    '',
    '2. Person to be set up as Primary User',
    'Name .................... Rhys Ab-Iorwerth',
    'Email ................... rhys.ab-iorwerth@nhs.net',
    '',
    '3. Authorised signatory',
    'Name .................... Joyce Mensah-Bonsu',
    'Capacity ................ Existing Primary Contact',
    'Email ................... joyce.mensah-bonsu@nhs.net',
    'Signature ............... J. Mensah-Bonsu',
    'Date .................... 03/12/2026',
  ]);
  writeCase(root, MB, '005-csu-typed-pdf-existing-primary-contact', {
    from: ['GMSS IT Service Desk', 'gmss.itservicedesk@nhs.net'], to: TO,
    subject: 'INC0990127 // Open Exeter primary user form // Greenhill Road Surgery', date: 'Thu, 03 Dec 2026 09:21:40 +0000',
    messageId: '<INC0990127.20261203092140@gmss.nhs.net>',
    body: multipart('mixed', [
      textPart(`Hello,

Please find attached an Open Exeter primary user request from Greenhill Road Surgery, logged with us under INC0990127. The practice's current primary contact is retiring and has signed the form for her replacement.

Please reply all so the practice sees your response.

Regards
Kieran Doyle
Service Desk Analyst, GMSS`),
      attachment('INC0990127_OpenExeter_PU.pdf', 'application/pdf', typedForm),
    ]),
  }, expected(MB, 'open_exeter_primary_user_request', org('P81166', 'gp_practice'), {
    organisationKind: 'gp_practice', nominee: person('Rhys Ab-Iorwerth', 'rhys.ab-iorwerth@nhs.net'),
    signatory: { ...person('Joyce Mensah-Bonsu', 'joyce.mensah-bonsu@nhs.net'), role: 'existing_primary_contact' },
  }, [], ['csu_engineer_sender', 'ticket_number_in_subject', 'pdf_flat_text_form', 'open_exeter_form_pdf', 'dotted_leaders', 'existing_primary_contact_signs', 'hyphenated_surname']));

  // 006: a GP partner asks for extra permissions for a user, quoted-printable with a non-ASCII name.
  writeCase(root, MB, '006-gp-partner-additional-permissions-qp', {
    from: ['Dr Søren Halvorsen', 'soren.halvorsen@nhs.net'], to: TO,
    subject: 'Additional Open Exeter permissions - Marsh Lane Surgery D81042', date: 'Thu, 03 Dec 2026 13:05:02 +0000',
    messageId: '<AM9PR03MB6650D4@AM9PR03MB6650.eurprd03.prod.outlook.com>',
    body: textPart(`Dear PCSE,

As a GP Partner at Marsh Lane Surgery (D81042) I would like to request additional Open Exeter permissions for our screening coordinator:

User: Małgorzata Nowicka
Open Exeter user ID: MNOWICKA1
Email: malgorzata.nowicka@nhs.net
Permissions required:
  * Cytology - prior notification list
  * Cytology - non-responder list
  * Patient enquiry

She currently has patient enquiry only in read mode.

Regards,
Søren Halvorsen
GP Partner, Marsh Lane Surgery`, 'quoted-printable'),
  }, expected(MB, 'open_exeter_additional_permissions', org('D81042', 'gp_practice'), {
    user: { ...person('Małgorzata Nowicka', 'malgorzata.nowicka@nhs.net'), username: 'MNOWICKA1' },
    permissions: ['Cytology - prior notification list', 'Cytology - non-responder list', 'Patient enquiry'],
    signatory: { ...person('Søren Halvorsen', 'soren.halvorsen@nhs.net'), role: 'gp_partner' },
  }, [], ['quoted_printable', 'non_ascii_name', 'bulleted_permissions', 'sender_is_signatory', 'ods_in_subject']));

  // 007: a Caldicott Guardian writes from a personal webmail account.
  writeCase(root, MB, '007-caldicott-guardian-webmail-permissions', {
    from: ['Ifeoma Nwachukwu', 'ifeoma.nwachukwu@outlook.example'], to: TO,
    subject: 'open exeter permissions for new nurse', date: 'Thu, 03 Dec 2026 20:47:13 +0000',
    messageId: '<DM6PR11MB4090E1@DM6PR11MB4090.namprd11.prod.outlook.example>',
    body: textPart(`Hello,

I'm the Caldicott Guardian for Fairfield Medical Practice (K83052). Our NHSmail is down this evening so I'm sending from my own account. Please add the "Prior Notification List" and "Result enquiry" permissions to Open Exeter user TOKAFOR2 (Tamsin Okafor, tamsin.okafor@nhs.net), our new practice nurse.

Thank you
Dr Ifeoma Nwachukwu
Caldicott Guardian, Fairfield Medical Practice`),
  }, expected(MB, 'open_exeter_additional_permissions', org('K83052', 'gp_practice'), {
    user: { ...person('Tamsin Okafor', 'tamsin.okafor@nhs.net'), username: 'TOKAFOR2' },
    permissions: ['Prior Notification List', 'Result enquiry'],
    signatory: { ...person('Ifeoma Nwachukwu', 'ifeoma.nwachukwu@outlook.example'), role: 'caldicott_guardian' },
  }, ['sender_not_nhs'], ['personal_webmail_sender', 'permissions_in_prose', 'quoted_permission_names', 'details_in_parentheses', 'out_of_hours']));

  // 008: a federation operations manager (not an allowed signatory) asks for permissions.
  writeCase(root, MB, '008-federation-ops-manager-permissions', {
    from: ['Priyanka Shah', 'priyanka.shah12@nhs.net'], to: TO,
    subject: 'OE permissions request - Tameside Federation hub staff', date: 'Fri, 04 Dec 2026 08:39:26 +0000',
    messageId: '<AS2PR10MB7445F2@AS2PR10MB7445.EURPRD10.PROD.OUTLOOK.COM>',
    body: textPart(`Hi,

Could the following existing Open Exeter user have the "Call/Recall - amend" permission added please? She will be covering recall for Denton Lane Surgery (P89031) while their administrator is off.

Name: Rebecca Oyinlola
User ID: ROYINLOLA
Email: rebecca.oyinlola@nhs.net

I'm the operations manager for the federation and manage the hub staff rota.

Thanks
Priyanka Shah
Operations Manager, Tameside Federation`),
  }, expected(MB, 'open_exeter_additional_permissions', org('P89031', 'gp_practice'), {
    user: { ...person('Rebecca Oyinlola', 'rebecca.oyinlola@nhs.net'), username: 'ROYINLOLA' },
    permissions: ['Call/Recall - amend'],
    signatory: { ...person('Priyanka Shah', 'priyanka.shah12@nhs.net'), role: 'other' },
  }, ['signatory_role_not_allowed'], ['federation_sender', 'requester_may_not_sign', 'role_in_signature', 'label_value', 'ods_in_prose']));

  // 009: a board member of a GP-at-scale organisation, HTML only, a table of permissions.
  writeCase(root, MB, '009-board-member-permissions-html-only', {
    from: ['Dr Anjali Raghunathan', 'anjali.raghunathan@nhs.net'], to: TO,
    subject: 'Open Exeter - additional permissions (Hazelmere Group Practice)', date: 'Fri, 04 Dec 2026 10:10:10 +0000',
    messageId: '<HGP-BOARD-AR-20261204@nhs.net>',
    body: htmlPart(`<html><body style="font-family:Verdana;font-size:9pt">
<p>Dear PCSE Open Exeter team,</p>
<p>I write as a member of the Board of Directors of Hazelmere Group Practice (practice code L85611). Please grant the permissions below to our existing user.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>User</th><th>OE user ID</th><th>Email</th><th>Permissions to add</th></tr>
<tr><td>Zoë Kingsley-Amadi</td><td>ZKINGSLEYAMADI</td><td>zoe.kingsley-amadi@nhs.net</td><td>Organisation reports<br>Non-responder list</td></tr>
</table>
<p>With thanks,</p>
<p>Dr Anjali Raghunathan<br>Medical Director and Board Member<br>Hazelmere Group Practice</p>
</body></html>`, 'quoted-printable'),
  }, expected(MB, 'open_exeter_additional_permissions', org('L85611', 'gp_practice'), {
    user: { ...person('Zoë Kingsley-Amadi', 'zoe.kingsley-amadi@nhs.net'), username: 'ZKINGSLEYAMADI' },
    permissions: ['Organisation reports', 'Non-responder list'],
    signatory: { ...person('Anjali Raghunathan', 'anjali.raghunathan@nhs.net'), role: 'board_member' },
  }, [], ['html_only', 'html_table', 'gp_at_scale_sender', 'board_member_signatory', 'non_ascii_name', 'permissions_in_table_cell']));

  // 010: Open Exeter's own notification of a new user.
  writeCase(root, MB, '010-open-exeter-new-user-notification', {
    from: ['Open Exeter', 'openexeter.notifications@nhs.net'], to: TO,
    subject: 'Open Exeter: new user created - awaiting authorisation', date: 'Fri, 04 Dec 2026 11:26:00 +0000',
    messageId: '<OE-NU-20261204112600-7781@openexeter.nhs.net>',
    extraHeaders: ['Auto-Submitted: auto-generated'],
    body: textPart(`This is an automated message from Open Exeter. Do not reply.

A new user account has been created and requires authorisation by PCSE.

Organisation code : M85766
User ID           : KBALOGUN
User name         : Kemi Balogun
User email        : kemi.balogun@nhs.net
Created by        : Gintare Petrauskaite (GPETRAUSKAITE)
Creator email     : gintare.petrauskaite@nhs.net
Created on        : 04/12/2026 11:25`),
  }, expected(MB, 'open_exeter_new_user_authorisation', org('M85766', 'gp_practice'), {
    user: { ...person('Kemi Balogun', 'kemi.balogun@nhs.net'), username: 'KBALOGUN' },
    createdBy: person('Gintare Petrauskaite', 'gintare.petrauskaite@nhs.net'),
  }, [], ['system_notification', 'padded_labels', 'auto_generated_header']));

  // 011: a CSU engineer forwards the notification inline, asking for it to be hurried.
  writeCase(root, MB, '011-csu-forwards-new-user-notification', {
    from: ['NECS Service Desk', 'necsu.servicedesk@nhs.net'], to: TO,
    subject: 'FW: Open Exeter: new user created - awaiting authorisation [RITM0094012]', date: 'Fri, 04 Dec 2026 14:02:51 +0000',
    messageId: '<RITM0094012.1764856971@necsu.nhs.net>',
    body: multipart('alternative', [
      textPart(`Hi,

The practice (Coppice Green Surgery) has asked us to chase the authorisation below - the new user needs to start on cervical screening call/recall on Monday. Could this be authorised today please?

Callum Reid
Service Desk Analyst, NECS

________________________________
From: Open Exeter <openexeter.notifications@nhs.net>
Sent: 03 December 2026 16:48
To: Coppice Green Surgery <coppicegreen.surgery@nhs.net>
Subject: Open Exeter: new user created - awaiting authorisation

Organisation code : A82619
User ID           : SKOWALSKA
User name         : Sylwia Kowalska
User email        : sylwia.kowalska@nhs.net
Created by        : Tendai Moyo (TMOYO)
Creator email     : tendai.moyo@nhs.net
Created on        : 03/12/2026 16:47`),
      htmlPart(`<p>Hi,</p><p>The practice (Coppice Green Surgery) has asked us to chase the authorisation below - the new user needs to start on cervical screening call/recall on Monday. Could this be authorised today please?</p><p>Callum Reid<br>Service Desk Analyst, NECS</p><hr><p><b>From:</b> Open Exeter &lt;openexeter.notifications@nhs.net&gt;<br><b>Sent:</b> 03 December 2026 16:48<br><b>To:</b> Coppice Green Surgery &lt;coppicegreen.surgery@nhs.net&gt;<br><b>Subject:</b> Open Exeter: new user created - awaiting authorisation</p><pre>Organisation code : A82619
User ID           : SKOWALSKA
User name         : Sylwia Kowalska
User email        : sylwia.kowalska@nhs.net
Created by        : Tendai Moyo (TMOYO)
Creator email     : tendai.moyo@nhs.net
Created on        : 03/12/2026 16:47</pre>`),
    ]),
  }, expected(MB, 'open_exeter_new_user_authorisation', org('A82619', 'gp_practice'), {
    user: { ...person('Sylwia Kowalska', 'sylwia.kowalska@nhs.net'), username: 'SKOWALSKA' },
    createdBy: person('Tendai Moyo', 'tendai.moyo@nhs.net'),
  }, [], ['csu_engineer_sender', 'forwarded_inline', 'system_notification_quoted', 'multipart_html', 'ticket_number_in_subject']));

  // 012: a new-starter asks a question about the rules (not a request).
  writeCase(root, MB, '012-new-starter-question-how-many-primary-users', {
    from: ['Eilidh MacLeod', 'eilidh.macleod@nhs.net'], to: TO,
    subject: 'Question about primary users', date: 'Fri, 04 Dec 2026 15:30:44 +0000',
    messageId: '<AS8PR02MB7310F9@AS8PR02MB7310.eurprd02.prod.outlook.com>',
    body: textPart(`Hello,

Your page says two primary users are recommended per organisation. We have one (our previous practice manager, who has now left). Do we need to remove her before requesting a new one, and does the new form need to be signed by a GP partner or can our Caldicott Guardian, who is a nurse, sign it?

I'd rather ask before sending the form.

Thanks
Eilidh MacLeod
Practice Manager, Kingsmead Medical Practice`),
  }, expected(MB, 'unclassified', null, {}, [], ['question_only', 'new_starter_quotes_guidance', 'kind_words_in_body']));

  // 013: a chaser with a PCSE reference in the body only.
  writeCase(root, MB, '013-chaser-reference-in-body', {
    from: ['Hollybush Medical Centre', 'hollybush.mc@nhs.net'], to: TO,
    subject: 'RE: Open Exeter form', date: 'Fri, 04 Dec 2026 16:02:19 +0000',
    messageId: '<20261204160219.HMC-7812@nhs.net>',
    body: textPart(`Hi, just checking you received the scanned form we sent on Tuesday for Dariusz? You gave us reference PCSE-2026-005077. He still cannot log in.

Thanks
Hollybush reception`),
  }, expected(MB, 'unclassified', null, {}, [], ['chaser', 'reference_in_body', 'shared_mailbox_sender', 'terse_body']));

  // 014: misdirected: a practice email change sent to openexeter.
  writeCase(root, MB, '014-misdirected-practice-email-update', {
    from: ['Tomás Ferreira', 'tomas.ferreira@nhs.net'], to: TO,
    subject: 'Practice email', date: 'Fri, 04 Dec 2026 16:40:02 +0000',
    messageId: '<CWXP265MB5121A0@CWXP265MB5121.GBRP265.PROD.OUTLOOK.COM>',
    body: textPart(`Hello,

Apologies if this is the wrong team. Please could the practice email address for Quarry Bank Surgery (practice code E82091) be changed from quarrybank.reception@nhs.net to quarrybank.surgery@nhs.net?

Thanks,
Tomás Ferreira
IT & Data Lead, Quarry Bank Surgery`, 'quoted-printable'),
  }, expected(MB, 'practice_email_update', org('E82091', 'gp_practice'), {
    currentEmail: 'quarrybank.reception@nhs.net', newEmail: 'quarrybank.surgery@nhs.net',
  }, [], ['misdirected_mailbox', 'prose_details', 'non_ascii_name', 'quoted_printable']));

  // 015: a bounce of PCSE's own reply to a user who has left.
  writeCase(root, MB, '015-bounce-ndr', {
    from: ['Mail Delivery System', 'mailer-daemon@nhs.net'], to: TO,
    subject: 'Undeliverable: Your Open Exeter request PCSE-2026-004990', date: 'Fri, 04 Dec 2026 17:05:55 +0000',
    messageId: '<NDR-20261204170555-4990@nhs.net>',
    extraHeaders: ['Auto-Submitted: auto-replied'],
    body: multipart('report', [
      textPart(`Delivery has failed to these recipients or groups:

l.pennington7@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.`),
      { headers: ['Content-Type: message/delivery-status'], body: `Reporting-MTA: dns;nhs.net\n\nFinal-Recipient: rfc822;l.pennington7@nhs.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found` },
    ], '; report-type=delivery-status'),
  }, expected(MB, 'unclassified', null, {}, [], ['bounce_ndr', 'multipart_report', 'reference_in_subject'], 'bounce'));
}
