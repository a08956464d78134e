// datamanager: the emails and the cases a careful PCSE staff member would enter from them.
import { exp, html, message, multipart, NHSMAIL_FOOTER, org, person, plain, text, TO, unclassified, type Email, type Part } from './lib.js';

const M = 'datamanager' as const;
const to = TO[M];

export function datamanager(): Email[] {
  const out: Email[] = [];
  const add = (slug: string, eml: string, expected: Email['expected']) => out.push({ slug, eml, expected });

  // 001 ---------------------------------------------------------------------------------------------------------
  add('001-practice-email-update-formal-letter', plain(
    { from: 'Christopher Ndlovu <c.ndlovu@nhs.net>', to, subject: 'Update practice email address', date: 'Mon, 30 Nov 2026 09:30:00 +0000', id: 'i-d001@LO2P265MB6144.GBRP265.PROD.OUTLOOK.COM' },
    `THE LIMES SURGERY
Limes Avenue, Mickleover, Derby DE3 0AB
Tel 01332 51 33 00

Our ref: LIM/IT/26-44

Dear Sir/Madam

Update practice email address - The Limes Surgery, practice code C81 614

As part of the consolidation of NHSmail accounts across the Derby City West PCN (U19384) shared IT service, the practice's old generic mailbox is being closed on 31/12/2026.

The current practice email address shown for us on PCSE Online is limes.surgery@nhs.net.

Please would you update the practice email address to our new organisation mailbox, derbyshire.limessurgery@nhs.net, and send the confirmation there.

Yours faithfully

C. Ndlovu
IT & Data Quality Lead
`,
  ), exp(M, 'practice_email_update', org('C81614', 'gp_practice'), {
    currentEmail: 'limes.surgery@nhs.net', newEmail: 'derbyshire.limessurgery@nhs.net',
  }, ['formal_letter', 'letterhead', 'reference_line', 'pcn_code_distractor', 'spaced_ods', 'request_third_paragraph']));

  // 002 ---------------------------------------------------------------------------------------------------------
  add('002-practice-email-update-personal-address-new-staff', plain(
    { from: 'Joanne Whitlow <joanne.whitlow@nhs.net>', to, subject: 'practice email', date: 'Tue, 01 Dec 2026 16:18:22 +0000', id: 'i-d002@CWLP265MB1063.GBRP265.PROD.OUTLOOK.COM' },
    `Hello

I hope I've got the right team - I started as the administrator at Carr Lane Surgery a fortnight ago and I'm trying to sort out a few things the previous administrator left. I was told this was the address for changing practice details on PCSE Online, but if it should go somewhere else please let me know.

The problem is that the practice email PCSE has for us is n81063.reception@nhs.net, and nobody has been able to get into that mailbox since the old receptionist left, so we're missing things. Our IT people say they will set up a new shared mailbox "in the new year".

So for now could you please change the practice email to my own one, joanne.whitlow@nhs.net, and we'll send you the new shared one when we have it?

Our practice code is N81063 (the PCN we're in is U61202, in case you need that too).

Thanks very much, and sorry it's such a long story!

Joanne Whitlow
Administrator, Carr Lane Surgery
01270 58 40 40
`,
  ), exp(M, 'practice_email_update', org('N81063', 'gp_practice'), {
    currentEmail: 'n81063.reception@nhs.net', newEmail: 'joanne.whitlow@nhs.net',
  }, ['new_staff', 'right_mailbox_question', 'request_in_middle', 'pcn_code_distractor'], ['individual_mailbox']));

  // 003 ---------------------------------------------------------------------------------------------------------
  add('003-practice-email-update-html-table', message(
    { from: 'Beech House Surgery - Office <beechhouse.office@nhs.net>', to, subject: 'Update practice email address', date: 'Wed, 02 Dec 2026 10:44:10 +0000', id: 'i-d003@LO0P265MB7713.GBRP265.PROD.OUTLOOK.COM' },
    html(`<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<table border="0" cellpadding="6" style="border:1px solid #999">
<tr><td colspan="2" style="background:#005eb8;color:#fff"><b>Update practice email address</b></td></tr>
<tr><td><b>Practice name</b></td><td>Beech House Surgery</td></tr>
<tr><td><b>Practice code</b></td><td>E87713</td></tr>
<tr><td><b>Current practice email</b></td><td>beechhouse.office@nhs.net</td></tr>
<tr><td><b>New practice email</b></td><td>nwlondon.beechhousesurgery@nhs.net</td></tr>
<tr><td><b>Date of change</b></td><td>Mon 14-Dec-26</td></tr>
</table>
<p>Please send confirmation to the new address. Thank you.</p>
<p style="color:#666">Beech House Surgery &middot; 1 Beech Grove, London W3 6HH &middot; 020 8992 4510</p>
</body></html>`),
  ), exp(M, 'practice_email_update', org('E87713', 'gp_practice'), {
    currentEmail: 'beechhouse.office@nhs.net', newEmail: 'nwlondon.beechhousesurgery@nhs.net',
  }, ['html_only', 'html_table', 'no_greeting', 'shared_mailbox_sender']));

  // 004 ---------------------------------------------------------------------------------------------------------
  add('004-main-contact-extension-formal-letter', plain(
    { from: 'Martin Osborne <martin.osborne@nhs.net>', to, subject: 'Extension of Main Contact to a new practice', date: 'Tue, 01 Dec 2026 08:12:33 +0000', id: 'i-d004@DB8P265MB2117.GBRP265.PROD.OUTLOOK.COM' },
    `Castle Mead Medical Centre
Castle Mead
Hythe
Kent CT21 5AA
Tel. 01303 267700

Your ref: -
Our ref: CMMC/MO/2612

1 December 2026

Dear Sir/Madam

Re: Extension of Main Contact to a new practice

On 1st November 2026 our partnership took over the contract for Harbour View Surgery in Folkestone following the retirement of its single-handed GP. The two practices will keep separate ODS codes for the time being.

I am the Main Contact held by PCSE for Castle Mead Medical Centre and I would like to be extended as Main Contact to Harbour View Surgery as well, so that both organisations appear on my PCSE Online account. The details are as follows.

Existing practice: Castle Mead Medical Centre, ODS code G82117
Main contact: Martin Osborne, martin.osborne@nhs.net
Address: Castle Mead, Hythe, Kent CT21 5AA
Telephone: 01303 267700

New practice: Harbour View Surgery, ODS code G82654
Address: 9 Marine Parade, Folkestone, Kent CT20 1PX

Yours faithfully

Martin Osborne
Practice Manager
`,
  ), exp(M, 'main_contact_extension', org('G82117', 'gp_practice'), {
    existingPractice: { odsCode: 'G82117', name: 'Castle Mead Medical Centre', mainContact: person('Martin Osborne', 'martin.osborne@nhs.net'), address: 'Castle Mead, Hythe, Kent CT21 5AA', phone: '01303 267700' },
    newPractice: { odsCode: 'G82654', name: 'Harbour View Surgery', address: '9 Marine Parade, Folkestone, Kent CT20 1PX' },
  }, ['formal_letter', 'letterhead', 'reference_line', 'request_third_paragraph']));

  // 005 ---------------------------------------------------------------------------------------------------------
  add('005-main-contact-extension-pharmacy-ticket-reply', plain(
    { from: 'Kavita Mistry <kavita.mistry@nhs.net>', to, subject: 'RE: Your enquiry [PCSE-2026-005512] - Extend main contact to new pharmacy', date: 'Thu, 03 Dec 2026 12:40:19 +0000', id: 'i-d005@AM6P265MB5512.GBRP265.PROD.OUTLOOK.COM',
      extra: [['In-Reply-To', '<pcse-2026-005512-1@pcse.england.nhs.uk>']] },
    `Hi,

Sorry, I missed those off. The new pharmacy's ODS code is FR442 and the address is 61 Narborough Road, Leicester LE3 0LE. Its name is Narborough Road Pharmacy (we're keeping the old name).

Kind regards
Kavita

Kavita Mistry MPharm
Superintendent Pharmacist | Mistry Healthcare Ltd

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: Thursday, December 3, 2026 9:14 AM
To: Kavita Mistry <kavita.mistry@nhs.net>
Subject: Your enquiry [PCSE-2026-005512] - Extend main contact to new pharmacy

Dear Kavita,

Thank you for your email. Before we can extend your main contact access, please provide the ODS code and the address of the new pharmacy.

Regards
PCSE Data Management Team

From: Kavita Mistry <kavita.mistry@nhs.net>
Sent: Wednesday, December 2, 2026 4:40 PM
To: PCSE Data Manager <pcse.datamanager@nhs.net>
Subject: Extend main contact to new pharmacy

Hello,

We have bought a second pharmacy and I would like to be extended as the main contact to it.

Existing pharmacy: Mistry Pharmacy Aylestone
ODS: FH317
Main contact: Kavita Mistry, kavita.mistry@nhs.net
Address: 212 Aylestone Road, Leicester LE2 7QJ
Phone: 0116 283 9012

New pharmacy: Narborough Road Pharmacy (previously Patel's Chemist)

Thanks
Kavita
`,
  ), exp(M, 'main_contact_extension', org('FH317', 'pharmacy'), {
    existingPractice: { odsCode: 'FH317', name: 'Mistry Pharmacy Aylestone', mainContact: person('Kavita Mistry', 'kavita.mistry@nhs.net'), address: '212 Aylestone Road, Leicester LE2 7QJ', phone: '0116 283 9012' },
    newPractice: { odsCode: 'FR442', name: 'Narborough Road Pharmacy', address: '61 Narborough Road, Leicester LE3 0LE' },
  }, ['ticket_reply', 'outlook_headers_quote', 'answer_completes_quoted_request', 'case_reference_in_subject']));

  // 006 ---------------------------------------------------------------------------------------------------------
  add('006-main-contact-extension-partner-forward-ccg-codes', plain(
    { from: 'Dr Owain Pritchard <owain.pritchard@nhs.net>', to, subject: 'FW: main contact for Brookside', date: 'Tue, 01 Dec 2026 18:22:40 +0000', id: 'i-d006@LO4P265MB9624.GBRP265.PROD.OUTLOOK.COM' },
    `Can you do this please - I'm happy for Lisa to be MC at Brookside too.
OP

Dr Owain Pritchard | Senior Partner | Hillcrest Group Practice

-------- Forwarded message --------
From: Lisa Carrow <lisa.carrow@nhs.net>
Date: Tue, 1 Dec 2026 at 10:03
Subject: main contact for Brookside
To: Owain Pritchard <owain.pritchard@nhs.net>

Owain - this is what PCSE need for Brookside. Could you send it on as I think it needs to come from a partner (not sure?).

Existing practice
Hillcrest Group Practice - M91 624
Main contact: Lisa Carrow (lisa.carrow@nhs.net)
Hillcrest House, 2 Sandwell Road, West Bromwich, B70 8TJ
tel 0121 553 0190

New practice (merging with us from 1/1/27)
Brookside Surgery - M91 630
41 Brook Street, Tipton, DY4 9AB

The old CCG code on the letters was 05L and the ICB is QUA, if they ask.

L
`,
  ), exp(M, 'main_contact_extension', org('M91624', 'gp_practice'), {
    existingPractice: { odsCode: 'M91624', name: 'Hillcrest Group Practice', mainContact: person('Lisa Carrow', 'lisa.carrow@nhs.net'), address: 'Hillcrest House, 2 Sandwell Road, West Bromwich, B70 8TJ', phone: '0121 553 0190' },
    newPractice: { odsCode: 'M91630', name: 'Brookside Surgery', address: '41 Brook Street, Tipton, DY4 9AB' },
  }, ['two_lines', 'initials_only', 'forwarded_details', 'ccg_code_distractor', 'icb_code_distractor', 'spaced_ods', 'forwarder_not_contact']));

  // 007 ---------------------------------------------------------------------------------------------------------
  add('007-branch-setup-formal-letter-qp', message(
    { from: 'Philippa Drummond <philippa.drummond@nhs.net>', to, subject: 'Set up of PCSE Online access – branch practice – St Aidan\'s Medical Practice', date: 'Fri, 04 Dec 2026 10:10:10 +0000', id: 'i-d007@CWXP265MB4019.GBRP265.PROD.OUTLOOK.COM' },
    text(`St Aidan's Medical Practice
Front Street
Bamburgh
Northumberland NE69 7BW
Telephone 01668 214 330

Our ref: SAMP/PD/BR1
Re: Set up of access to PCSE Online for a branch practice

4th December 2026

Dear Sir/Madam,

St Aidan's Medical Practice opened a branch surgery in Seahouses in the autumn, and the ODS team have now issued the branch with its own code.

We understand that PCSE Online access for a branch must be requested from you, with the details of both the main practice and the branch, and that you will telephone us to verify them.

I should therefore be grateful if you would set up access to PCSE Online for our branch practice, with the details set out below.

Main practice
    Name: St Aidan's Medical Practice
    Organisation type: GP
    ODS code: A84 019
    Main contact held by PCSE: Philippa Drummond
    Main contact email: philippa.drummond@nhs.net
    Address: Front Street, Bamburgh, Northumberland NE69 7BW
    Telephone: 01668 214 330

Branch practice
    Main contact for the branch: Mrs Ruth Armstrong
    Email: ruth.armstrong7@nhs.net
    Branch ODS code: A84019001
    Name: Seahouses Surgery
    Address: 3 Main Street, Seahouses, Northumberland NE68 7RE
    Telephone: 01665 720 118

Yours faithfully,

Philippa Drummond
Practice Manager – St Aidan's Medical Practice
${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }),
  ), exp(M, 'branch_setup', org('A84019', 'gp_practice'), {
    mainPractice: { odsCode: 'A84019', name: "St Aidan's Medical Practice", mainContact: person('Philippa Drummond', 'philippa.drummond@nhs.net'), address: 'Front Street, Bamburgh, Northumberland NE69 7BW', phone: '01668 214 330' },
    branch: { odsCode: 'A84019001', name: 'Seahouses Surgery', address: '3 Main Street, Seahouses, Northumberland NE68 7RE', phone: '01665 720 118', mainContact: { name: 'Ruth Armstrong', email: 'ruth.armstrong7@nhs.net', title: 'Mrs' } },
  }, ['formal_letter', 'letterhead', 'reference_line', 'quoted_printable', 'indented_labels', 'request_third_paragraph', 'rfc2047_subject']));

  // 008 ---------------------------------------------------------------------------------------------------------
  add('008-branch-setup-new-staff-code-mismatch', plain(
    { from: 'Connor Whelan <connor.whelan@nhs.net>', to, subject: 'branch', date: 'Wed, 02 Dec 2026 14:33:03 +0000', id: 'i-d008@LO6P265MB3102.GBRP265.PROD.OUTLOOK.COM' },
    `Hiya,

I'm the new assistant practice manager at Oakfield Surgery - I only started on Monday so please bear with me! Our practice manager Bev is off this week and left me a note saying "email datamanager re the branch", so I hope this is the right place and that I've got everything you need. I've been through the PCSE website page about branches and tried to follow the list.

So: we'd like PCSE Online access set up for our new branch. Our main practice is Oakfield Surgery, code L83102, Oakfield Road, Torquay TQ1 4PZ, telephone 01803 31 22 00. The main contact you have for us is Beverley Hocking (beverley.hocking@nhs.net).

The branch is called Babbacombe Surgery, at 18 Reddenhill Road, Torquay TQ1 3RQ, phone 01803 32 88 10, and the code NHS England sent us for it is L83120001. Bev wants to be the main contact for the branch as well - that's Mrs Beverley Hocking, same email as above.

Is there anything else you need from us? And roughly how long does it take?

Thanks!
Connor Whelan
Assistant Practice Manager
Oakfield Surgery
`,
  ), exp(M, 'branch_setup', org('L83102', 'gp_practice'), {
    mainPractice: { odsCode: 'L83102', name: 'Oakfield Surgery', mainContact: person('Beverley Hocking', 'beverley.hocking@nhs.net'), address: 'Oakfield Road, Torquay TQ1 4PZ', phone: '01803 31 22 00' },
    branch: { odsCode: 'L83120001', name: 'Babbacombe Surgery', address: '18 Reddenhill Road, Torquay TQ1 3RQ', phone: '01803 32 88 10', mainContact: { name: 'Beverley Hocking', email: 'beverley.hocking@nhs.net', title: 'Mrs' } },
  }, ['new_staff', 'prose_details', 'same_contact_both', 'transposed_digits'], ['branch_code_mismatch']));

  // 009 ---------------------------------------------------------------------------------------------------------
  add('009-branch-setup-partner-html-base64-table', message(
    { from: 'Dr Simon Achebe <simon.achebe@nhs.net>', to, cc: 'Elaine Markham <elaine.markham@nhs.net>', subject: 'New branch - Rowan Tree Practice', date: 'Thu, 03 Dec 2026 19:02:48 +0000', id: 'i-d009@DU2P265MB5033.GBRP265.PROD.OUTLOOK.COM' },
    html(`<html><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<div>Please set up our new branch per the table. Elaine (cc) is our main contact. Go-live w/c 4th Jan '27.</div>
<div>SA</div>
<br>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<thead><tr><th></th><th>Main practice</th><th>Branch</th></tr></thead>
<tbody>
<tr><td>Name</td><td>Rowan Tree Practice</td><td>Tooting Bec Surgery</td></tr>
<tr><td>ODS code</td><td>H85 033</td><td>H85033002</td></tr>
<tr><td>Address</td><td>112 Balham High Road, London SW12 9AA</td><td>7 Trinity Road, London SW17 7SD</td></tr>
<tr><td>Telephone</td><td>020 8673 1720</td><td>020 8672 4433</td></tr>
<tr><td>Main contact</td><td>Elaine Markham</td><td>Dr Simon Achebe</td></tr>
<tr><td>Main contact email</td><td>elaine.markham@nhs.net</td><td>simon.achebe@nhs.net</td></tr>
</tbody></table>
<br>
<div style="color:#555">Dr Simon Achebe<br>GP Partner, Rowan Tree Practice<br>Sent from my Galaxy</div>
</body></html>`, 'base64'),
  ), exp(M, 'branch_setup', org('H85033', 'gp_practice'), {
    mainPractice: { odsCode: 'H85033', name: 'Rowan Tree Practice', mainContact: person('Elaine Markham', 'elaine.markham@nhs.net'), address: '112 Balham High Road, London SW12 9AA', phone: '020 8673 1720' },
    branch: { odsCode: 'H85033002', name: 'Tooting Bec Surgery', address: '7 Trinity Road, London SW17 7SD', phone: '020 8672 4433', mainContact: { name: 'Simon Achebe', email: 'simon.achebe@nhs.net', title: 'Dr' } },
  }, ['html_only', 'base64_html', 'side_by_side_table', 'two_lines', 'initials_only', 'second_branch_002']));

  // 010 ---------------------------------------------------------------------------------------------------------
  add('010-main-contact-change-misdirected-branch-code', plain(
    { from: 'Alison Freer <alison.freer@nhs.net>', to, subject: 'Change of main contact - Moorside Surgery', date: 'Mon, 30 Nov 2026 15:50:00 +0000', id: 'i-d010@LO2P265MB2031.GBRP265.PROD.OUTLOOK.COM' },
    `Dear Sir/Madam,

Moorside Surgery has a main site and one branch, Moorside at Idle (B82031001), which is set up on PCSE Online under the main practice.

Our long-standing main contact, Dr Brennan, retired on 27.11.2026.

Please change the main contact for the main practice, B82 031, to Kieran Oduya (kieran.oduya@nhs.net), our new Operations Manager.

Kind regards,

Alison Freer
Secretary to the Partners
Moorside Surgery | 01274 61 20 20 (ext 40)
`,
  ), exp(M, 'main_contact_change', org('B82031', 'gp_practice'), {
    newMainContact: person('Kieran Oduya', 'kieran.oduya@nhs.net'),
  }, ['misdirected', 'branch_code_distractor', 'spaced_ods', 'request_third_paragraph']));

  // 011 ---------------------------------------------------------------------------------------------------------
  add('011-verification-link-misdirected-two-lines', plain(
    { from: 'Dr Tobias Lennox <tobias.lennox@nhs.net>', to, subject: 'verification link', date: 'Fri, 04 Dec 2026 07:31:12 +0000', id: 'i-d011@AM0P265MB4432.GBRP265.PROD.OUTLOOK.COM' },
    `Still no verification link for PCSE Online - can you resend to this address please. GMC 4432109.
TL

Dr Tobias Lennox | GP Registrar (ST2)
`,
  ), exp(M, 'verification_link_resend', null, {
    accountEmail: 'tobias.lennox@nhs.net', gmcNumber: '4432109',
  }, ['misdirected', 'two_lines', 'initials_only', 'account_is_sender']));

  // 012 ---------------------------------------------------------------------------------------------------------
  add('012-thanks-with-reference', plain(
    { from: 'Siân Pugh <sian.pugh@nhs.net>', to, subject: 'RE: Update practice email address [PCSE-2026-006021]', date: 'Thu, 03 Dec 2026 10:01:41 +0000', id: 'i-d012@LO3P265MB6021.GBRP265.PROD.OUTLOOK.COM' },
    `Thank you - the confirmation came through to the new mailbox this morning. Much appreciated.

Siân

Siân Pugh
Practice Administrator
`,
  ), unclassified(M, ['thanks', 'case_reference', 'non_ascii_name']));

  // 013 ---------------------------------------------------------------------------------------------------------
  {
    const report: Part = multipart('report', [
      text(`Your message to limes.surgery@nhs.net couldn't be delivered.

limes.surgery wasn't found at nhs.net.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
`),
      { headers: [['Content-Type', 'message/delivery-status']], body: 'Reporting-MTA: dns; LO2P265MB6144.GBRP265.PROD.OUTLOOK.COM\r\n\r\nFinal-recipient: rfc822; limes.surgery@nhs.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' },
      { headers: [['Content-Type', 'text/rfc822-headers']], body: 'From: PCSE Data Manager <pcse.datamanager@nhs.net>\r\nTo: limes.surgery@nhs.net\r\nSubject: Your enquiry [PCSE-2026-006230] - practice email address updated\r\nDate: Fri, 04 Dec 2026 11:20:00 +0000' },
    ], 'd013', '; report-type=delivery-status');
    add('013-bounce-ndr', message(
      { from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>', to, subject: 'Undeliverable: Your enquiry [PCSE-2026-006230] - practice email address updated', date: 'Fri, 04 Dec 2026 11:20:04 +0000', id: 'i-d013@LO2P265MB6144.GBRP265.PROD.OUTLOOK.COM',
        extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']] },
      report,
    ), unclassified(M, ['bounce', 'multipart_report', 'case_reference'], 'bounce'));
  }

  // 014 ---------------------------------------------------------------------------------------------------------
  add('014-question-branch-before-code', plain(
    { from: 'Gwen Hollis <gwen.hollis@nhs.net>', to, subject: 'Enquiry - new branch next year', date: 'Tue, 01 Dec 2026 13:13:13 +0000', id: 'i-d014@CWLP265MB0014.GBRP265.PROD.OUTLOOK.COM' },
    `Dear Sir/Madam,

Our practice expects to open a branch surgery in the spring of 2027.

Do we need to have the branch ODS code before contacting you, or can the set-up be started now and the code added later? And how long does the set-up normally take once you have everything?

Yours faithfully,

Gwen Hollis
Practice Manager
`,
  ), unclassified(M, ['genuine_question', 'formal_letter']));

  return out;
}
