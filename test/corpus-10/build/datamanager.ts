// datamanager mail of writer F: practice email changes after NHSmail migrations, federations and GP-at-scale
// organisations taking on practices, branch set-ups pasted from forms, a misdirected unlock and a chaser.
import { address, expected, htmlPart, multipart, org, person, textPart, writeCase } from './lib.js';

const MB = 'datamanager';
const TO = 'PCSE Data Manager <pcse.datamanager@nhs.net>';
const practice = (odsCode: string | null, name: string | null, mainContact: { name: string | null; email: string | null }, addr: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact, address: addr, phone });

export function buildDataManager(root: string): void {
  // 001: federation pastes the practice email change form as key: value.
  writeCase(root, MB, '001-federation-practice-email-key-value', {
    from: ['Wharfedale Primary Care Federation', 'wharfedale.federation@nhs.net'], to: TO,
    subject: 'Practice email address change - Ilkley Moor Surgery', date: 'Mon, 30 Nov 2026 11:14:27 +0000',
    messageId: '<WPCF-DM-20261130-1114@nhs.net>',
    body: textPart(`Good morning,

We look after PCSE admin for our member practices. Please update the practice email address held for the practice below.

Practice name: Ilkley Moor Surgery
Practice code: B82033
Current practice email: ilkleymoor.surgery@nhs.net
New practice email: ilkleymoor.admin@nhs.net
Reason for change: practice shared mailbox renamed during NHSmail tidy-up
Requested by: Gareth Pollard, Federation Operations Manager

Thank you
Gareth Pollard
Operations Manager
Wharfedale Primary Care Federation`),
  }, expected(MB, 'practice_email_update', org('B82033', 'gp_practice'), {
    currentEmail: 'ilkleymoor.surgery@nhs.net', newEmail: 'ilkleymoor.admin@nhs.net',
  }, [], ['federation_sender', 'form_pasted_as_text', 'label_value', 'on_behalf_of_practice']));

  // 002: a new-starter practice manager asks for the practice email to be her own nhs.net address.
  writeCase(root, MB, '002-new-starter-practice-email-to-own-mailbox', {
    from: ['Joanna Whitlock', 'joanna.whitlock@nhs.net'], to: TO,
    subject: 'Update practice email - Thornbury Road Practice L81077', date: 'Mon, 30 Nov 2026 14:51:03 +0000',
    messageId: '<LO4P265MB6611C20B@LO4P265MB6611.GBRP265.PROD.OUTLOOK.COM>',
    body: textPart(`Hello,

I am the new practice manager at Thornbury Road Practice (L81077). According to your guidance you need the practice name, practice code, current and new practice email, so:

Practice name: Thornbury Road Practice
Practice code: L81077
Current practice email: thornburyroad.practice@nhs.net (nobody has the password for this any more)
New practice email: joanna.whitlock@nhs.net

Please send everything to me from now on.

Kind regards
Joanna Whitlock
Practice Manager (since 16 November)`),
  }, expected(MB, 'practice_email_update', org('L81077', 'gp_practice'), {
    currentEmail: 'thornburyroad.practice@nhs.net', newEmail: 'joanna.whitlock@nhs.net',
  }, ['individual_mailbox'], ['new_starter_quotes_guidance', 'new_email_is_sender', 'label_value', 'comment_after_value']));

  // 003: CSU migration engineer, HTML only, quoted-printable, several practices named but one asked about.
  writeCase(root, MB, '003-csu-migration-html-only', {
    from: ['Arden & GEM CSU NHSmail Migration Team', 'agcsu.nhsmailmigration@nhs.net'], to: TO,
    subject: 'CHG0031842 NHSmail migration - new shared mailbox for Sandpiper Medical Centre', date: 'Tue, 01 Dec 2026 09:38:50 +0000',
    messageId: '<CHG0031842.20261201093850@agcsu.nhs.net>',
    body: htmlPart(`<html><body>
<div style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dear PCSE Data Manager team,</p>
<p>As part of change <b>CHG0031842</b> the practice's legacy mailbox is being decommissioned on 11&nbsp;December. Please update the practice email address PCSE holds:</p>
<table style="border:1px solid #999;border-collapse:collapse">
<tr><td style="border:1px solid #999;padding:3px"><b>Practice</b></td><td style="border:1px solid #999;padding:3px">Sandpiper Medical Centre</td></tr>
<tr><td style="border:1px solid #999;padding:3px"><b>ODS code</b></td><td style="border:1px solid #999;padding:3px">C83615</td></tr>
<tr><td style="border:1px solid #999;padding:3px"><b>Old address (being closed)</b></td><td style="border:1px solid #999;padding:3px">sandpiper.mc@nhs.net</td></tr>
<tr><td style="border:1px solid #999;padding:3px"><b>New organisation mailbox</b></td><td style="border:1px solid #999;padding:3px">sandpipermc.enquiries@nhs.net</td></tr>
</table>
<p>The remaining practices in this wave (Harbour View, St Ives Road) will follow in a separate email once their owners have confirmed.</p>
<p>Kind regards,<br>Nkechi Eze<br>Migration Engineer — Arden &amp; GEM CSU</p>
</div></body></html>`, 'quoted-printable'),
  }, expected(MB, 'practice_email_update', org('C83615', 'gp_practice'), {
    currentEmail: 'sandpiper.mc@nhs.net', newEmail: 'sandpipermc.enquiries@nhs.net',
  }, [], ['csu_engineer_sender', 'ticket_number_in_subject', 'html_only', 'html_table', 'quoted_printable', 'other_practices_named']));

  // 004: a practice email update with a mistyped five-character code.
  writeCase(root, MB, '004-practice-email-code-digit-missing', {
    from: ['Rosa Delgado-Finch', 'rosa.delgado-finch@nhs.net'], to: TO,
    subject: 'change of practice email', date: 'Tue, 01 Dec 2026 12:20:11 +0000',
    messageId: '<GV0P278MB0912F3@GV0P278MB0912.CHEP278.PROD.OUTLOOK.COM>',
    body: textPart(`Hi,

I'm the locum practice manager at Larkspur Surgery (practice code B8203). Please change the practice email from larkspur.surgery@nhs.net to larkspursurgery.office@nhs.net - the old one will stop working at the end of the month.

Thanks,
Rosa Delgado-Finch
Locum Practice Manager, Larkspur Surgery`),
  }, expected(MB, 'practice_email_update', org('B8203', 'gp_practice'), {
    currentEmail: 'larkspur.surgery@nhs.net', newEmail: 'larkspursurgery.office@nhs.net',
  }, ['ods_invalid'], ['ods_digit_missing', 'locum_sender', 'prose_details', 'hyphenated_surname']));

  // 005: a GP-at-scale organisation taking over a practice extends its main contact to it (form pasted as text).
  writeCase(root, MB, '005-gp-at-scale-main-contact-extension-pasted', {
    from: ['Sana Mirza', 'sana.mirza@nhs.net'], to: TO,
    subject: 'Main contact extension - Oakwood Health Group taking on Pinfold Lane Surgery', date: 'Tue, 01 Dec 2026 15:07:49 +0000',
    messageId: '<OHG-SM-20261201-1507@nhs.net>',
    body: textPart(`Dear Data Manager team,

From 1 January Pinfold Lane Surgery joins Oakwood Health Group. I am the main contact for our lead practice and would like my main contact role extended to Pinfold Lane. Details from the extension form:

EXISTING PRACTICE
Practice name: Oakwood Medical Centre
ODS code: N81019
Main contact name: Sana Mirza
Main contact email: sana.mirza@nhs.net
Address: 1 Oakwood Way, Crewe, CW1 4QT
Telephone: 01270 611 200

NEW PRACTICE
ODS code: N81052
Practice name: Pinfold Lane Surgery
Address: 44 Pinfold Lane, Nantwich, CW5 5JB

Happy for you to ring Pinfold Lane to verify - ask for Dr Ellis.

Sana Mirza
Group Head of Operations, Oakwood Health Group`),
  }, expected(MB, 'main_contact_extension', org('N81019', 'gp_practice'), {
    existingPractice: practice('N81019', 'Oakwood Medical Centre', person('Sana Mirza', 'sana.mirza@nhs.net'), '1 Oakwood Way, Crewe, CW1 4QT', '01270 611 200'),
    newPractice: { odsCode: 'N81052', name: 'Pinfold Lane Surgery', address: '44 Pinfold Lane, Nantwich, CW5 5JB' },
  }, [], ['gp_at_scale_sender', 'form_pasted_as_text', 'section_headings', 'label_value', 'sender_is_main_contact']));

  // 006: a federation's HTML table of the extension, the main contact copied, multi-line addresses.
  writeCase(root, MB, '006-federation-extension-html-table', {
    from: ['Coastal Federation PCSE Admin', 'coastalfed.pcseadmin@nhs.net'], to: TO, cc: address('Grzegorz Kowalczyk', 'g.kowalczyk@nhs.net'),
    subject: 'Extend main contact to Seaview Practice G84633 (caretaking)', date: 'Wed, 02 Dec 2026 10:44:02 +0000',
    messageId: '<CFPA-20261202-1044@nhs.net>',
    body: multipart('alternative', [
      textPart(`Hello, please extend Grzegorz Kowalczyk's main contact role from Harbourside Surgery to Seaview Practice. Details in the table (HTML). Thanks, Coastal Federation PCSE Admin`),
      htmlPart(`<p>Hello,</p><p>Please extend our main contact's role to the practice below, which Harbourside is now running under a caretaking arrangement.</p>
<table border="1" cellpadding="3">
<tr><td colspan="2"><b>Existing practice</b></td></tr>
<tr><td>Name</td><td>Harbourside Surgery</td></tr>
<tr><td>ODS code</td><td>G84011</td></tr>
<tr><td>Main contact</td><td>Grzegorz Kowalczyk</td></tr>
<tr><td>Main contact email</td><td>g.kowalczyk@nhs.net</td></tr>
<tr><td>Address</td><td>Quay Street<br>Whitstable<br>CT5 1AB</td></tr>
<tr><td>Phone</td><td>01227 274 900</td></tr>
<tr><td colspan="2"><b>New practice</b></td></tr>
<tr><td>Name</td><td>Seaview Practice</td></tr>
<tr><td>ODS code</td><td>G84633</td></tr>
<tr><td>Address</td><td>7 Marine Parade<br>Herne Bay<br>CT6 5JQ</td></tr>
</table>
<p>Thanks,<br>Coastal Federation PCSE Admin</p>`),
    ]),
  }, expected(MB, 'main_contact_extension', org('G84011', 'gp_practice'), {
    existingPractice: practice('G84011', 'Harbourside Surgery', person('Grzegorz Kowalczyk', 'g.kowalczyk@nhs.net'), 'Quay Street, Whitstable, CT5 1AB', '01227 274 900'),
    newPractice: { odsCode: 'G84633', name: 'Seaview Practice', address: '7 Marine Parade, Herne Bay, CT6 5JQ' },
  }, [], ['federation_sender', 'multipart_html_table', 'multi_line_address', 'main_contact_in_cc', 'caretaking', 'ods_in_subject']));

  // 007: a branch set-up pasted from the form by a GP-at-scale organisation, title given.
  writeCase(root, MB, '007-branch-setup-pasted-form', {
    from: ['Meridian Primary Care Group - Estates & Contracts', 'meridian.contracts@nhs.net'], to: TO,
    subject: 'New branch set up request - Elm Park Surgery', date: 'Wed, 02 Dec 2026 13:33:16 +0000',
    messageId: '<MPCG-EC-20261202-1333@nhs.net>',
    body: textPart(`Dear PCSE,

Meridian Primary Care Group is opening a new branch site for Elm Park Surgery. Form details below.

--- Main practice ---
Practice name: Elm Park Surgery
Practice ODS code: F82007
Main contact: Dr Adaeze Nwosu
Main contact email: adaeze.nwosu@nhs.net
Address: 12 Elm Park Road, Hornchurch, RM12 4RA
Phone: 01708 440 120

--- Branch ---
Branch ODS code: F82007002
Branch name: Elm Park Surgery - Rainham Health Hub
Branch address: Unit 3, Rainham Health Hub, Broadway, Rainham, RM13 9YW
Branch phone: 01708 440 155
Branch main contact title: Mrs
Branch main contact name: Teresa Okonjo
Branch main contact email: teresa.okonjo@nhs.net

Contracts Team
Meridian Primary Care Group`),
  }, expected(MB, 'branch_setup', org('F82007', 'gp_practice'), {
    mainPractice: practice('F82007', 'Elm Park Surgery', person('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), '12 Elm Park Road, Hornchurch, RM12 4RA', '01708 440 120'),
    branch: { odsCode: 'F82007002', name: 'Elm Park Surgery - Rainham Health Hub', address: 'Unit 3, Rainham Health Hub, Broadway, Rainham, RM13 9YW', phone: '01708 440 155', mainContact: { ...person('Teresa Okonjo', 'teresa.okonjo@nhs.net'), title: 'Mrs' } },
  }, [], ['gp_at_scale_sender', 'form_pasted_as_text', 'section_headings', 'gp_code_starting_with_f', 'label_value']));

  // 008: a branch whose code does not continue the main practice's code (digits swapped), base64 body.
  writeCase(root, MB, '008-branch-code-mismatch-base64', {
    from: ['Eilidh MacLeod', 'eilidh.macleod@nhs.net'], to: TO,
    subject: 'Branch surgery setup - Kingsmead', date: 'Wed, 02 Dec 2026 16:58:40 +0000',
    messageId: '<AS8PR02MB7310E5@AS8PR02MB7310.eurprd02.prod.outlook.com>',
    body: textPart(`Hello,

I'm the new practice manager at Kingsmead Medical Practice and have been asked to get our Lowfield branch set up on PCSE Online. Your guidance says to send the main practice details and the branch details, so here they are:

Main practice: Kingsmead Medical Practice, C84091
Main contact: Eilidh MacLeod, eilidh.macleod@nhs.net
Address: 90 Kingsmead Road, Mansfield, NG18 2PX
Tel: 01623 455 010

Branch: Lowfield Surgery
Branch code: C84019001
Address: 2 Lowfield Lane, Mansfield Woodhouse, NG19 8BB
Tel: 01623 455 060
Main contact at the branch: Mr Dev Chauhan, dev.chauhan@nhs.net

Kind regards,
Eilidh`, 'base64'),
  }, expected(MB, 'branch_setup', org('C84091', 'gp_practice'), {
    mainPractice: practice('C84091', 'Kingsmead Medical Practice', person('Eilidh MacLeod', 'eilidh.macleod@nhs.net'), '90 Kingsmead Road, Mansfield, NG18 2PX', '01623 455 010'),
    branch: { odsCode: 'C84019001', name: 'Lowfield Surgery', address: '2 Lowfield Lane, Mansfield Woodhouse, NG19 8BB', phone: '01623 455 060', mainContact: { ...person('Dev Chauhan', 'dev.chauhan@nhs.net'), title: 'Mr' } },
  }, ['branch_code_mismatch'], ['new_starter_quotes_guidance', 'branch_code_digits_transposed', 'base64_body', 'comma_separated_details', 'sender_is_main_contact']));

  // 009: misdirected: a locum nurse locked out of PCSE Online writes to datamanager.
  writeCase(root, MB, '009-misdirected-unlock-locum', {
    from: ['Ana-Maria Popescu', 'anamaria.popescu@nhs.net'], to: TO,
    subject: 'account locked', date: 'Thu, 03 Dec 2026 08:09:12 +0000',
    messageId: '<CAPm8-AMP-1733213352@nhs.net>',
    body: textPart(`Hello, I am an agency practice nurse doing the flu clinics at Beechcroft Surgery (H81090) and I have locked my PCSE account after typing the password wrong too many times. User name: anamaria.popescu@nhs.net. Please can you unlock? Sorry if this is the wrong email address, it was the only one the practice had.

Ana-Maria Popescu RGN`),
  }, expected(MB, 'account_unlock', org('H81090', 'gp_practice'), {
    username: 'anamaria.popescu@nhs.net',
  }, [], ['misdirected_mailbox', 'locum_sender', 'prose_details', 'username_is_sender_address', 'ods_in_prose']));

  // 010: a thank-you with a reference, from a federation.
  writeCase(root, MB, '010-federation-thanks-with-reference', {
    from: ['Wharfedale Primary Care Federation', 'wharfedale.federation@nhs.net'], to: TO,
    subject: 'RE: PCSE-2026-004933 Practice email address change - Ilkley Moor Surgery', date: 'Fri, 04 Dec 2026 09:15:33 +0000',
    messageId: '<WPCF-DM-20261204-0915@nhs.net>',
    extraHeaders: ['In-Reply-To: <ack-PCSE-2026-004933@pcse.example>'],
    body: textPart(`Thanks very much - the practice confirms the new mailbox is receiving PCSE emails now.

Gareth

-----Original Message-----
From: PCSE Data Manager
Subject: PCSE-2026-004933 Practice email address change - Ilkley Moor Surgery
We have updated the practice email address.`),
  }, expected(MB, 'unclassified', null, {}, [], ['thank_you', 'reference_in_subject', 'federation_sender', 'quoted_acknowledgement']));

  // 011: a branch set-up from a CSU engineer, HTML only with a two-column table and a ticket number.
  writeCase(root, MB, '011-csu-branch-setup-html-only', {
    from: ['SCW CSU Primary Care IT', 'scwcsu.primarycareit@nhs.net'], to: TO,
    subject: 'REQ0077420 - branch site creation for The Willows Surgery', date: 'Fri, 04 Dec 2026 11:02:57 +0000',
    messageId: '<REQ0077420.20261204110257@scwcsu.nhs.net>',
    body: htmlPart(`<html><body><p>Hi PCSE,</p>
<p>On behalf of The Willows Surgery (ticket REQ0077420) please create their new branch on PCSE Online. The practice manager has supplied the following:</p>
<table border="1">
<tr><th colspan="2">Main practice</th></tr>
<tr><td>Name</td><td>The Willows Surgery</td></tr><tr><td>ODS</td><td>J83027</td></tr>
<tr><td>Main contact</td><td>Sinéad Brennan (sinead.brennan@nhs.net)</td></tr>
<tr><td>Address</td><td>Willow Road, Swindon, SN3 4AA</td></tr><tr><td>Phone</td><td>01793 520 300</td></tr>
<tr><th colspan="2">Branch</th></tr>
<tr><td>Name</td><td>The Willows at Wroughton</td></tr><tr><td>ODS</td><td>J83027001</td></tr>
<tr><td>Address</td><td>5 High Street, Wroughton, SN4 9JX</td></tr><tr><td>Phone</td><td>01793 520 377</td></tr>
<tr><td>Branch main contact</td><td>Ms Sinéad Brennan (sinead.brennan@nhs.net)</td></tr>
</table>
<p>Regards,<br>Ollie Trent<br>Primary Care IT Engineer, SCW CSU</p></body></html>`, 'base64'),
  }, expected(MB, 'branch_setup', org('J83027', 'gp_practice'), {
    mainPractice: practice('J83027', 'The Willows Surgery', person('Sinéad Brennan', 'sinead.brennan@nhs.net'), 'Willow Road, Swindon, SN3 4AA', '01793 520 300'),
    branch: { odsCode: 'J83027001', name: 'The Willows at Wroughton', address: '5 High Street, Wroughton, SN4 9JX', phone: '01793 520 377', mainContact: { ...person('Sinéad Brennan', 'sinead.brennan@nhs.net'), title: 'Ms' } },
  }, [], ['csu_engineer_sender', 'ticket_number_in_subject', 'html_only', 'html_table', 'base64_body', 'non_ascii_name', 'email_in_parentheses', 'same_contact_for_both']));
  // 012: a GP-at-scale group extends its main contact but leaves the phone and the new practice's address out.
  writeCase(root, MB, '012-gp-at-scale-extension-partial-html-only', {
    from: ['Greenway Group Workforce', 'greenway.workforce@nhs.net'], to: TO,
    subject: 'Main contact extension request - Sunnyside Surgery', date: 'Fri, 04 Dec 2026 16:22:09 +0000',
    messageId: '<GGW-DM-20261204-1622@nhs.net>',
    body: htmlPart(`<html><body><p>Hello Data Manager team,</p>
<p>Sunnyside Surgery has now formally merged into Greenway Group Practice. Please extend our main contact to Sunnyside:</p>
<ul>
<li><b>Existing practice:</b> Greenway Group Practice, ODS E85001</li>
<li><b>Main contact:</b> Oyelaran, Tunde (tunde.oyelaran@nhs.net)</li>
<li><b>Address:</b> Greenway Health Centre, 1 Greenway Avenue, Hounslow, TW3 1QA</li>
<li><b>New practice:</b> Sunnyside Surgery, ODS E85112</li>
</ul>
<p>Regards<br>Workforce Team<br>Greenway Group Practice (11 sites)</p></body></html>`, 'base64'),
  }, expected(MB, 'main_contact_extension', org('E85001', 'gp_practice'), {
    existingPractice: practice('E85001', 'Greenway Group Practice', person('Tunde Oyelaran', 'tunde.oyelaran@nhs.net'), 'Greenway Health Centre, 1 Greenway Avenue, Hounslow, TW3 1QA', null),
    newPractice: { odsCode: 'E85112', name: 'Sunnyside Surgery', address: null },
  }, [], ['gp_at_scale_sender', 'html_only', 'html_list', 'base64_body', 'surname_comma_first_name', 'no_phone_given', 'new_practice_address_missing']));
}
