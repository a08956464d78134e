// datamanager emails of corpus-52 (writer AV).
import { NHS_DISCLAIMER, exp, gmailQuote, originalMessage, outlookQuote, pcseAsk, type MailSpec } from './lib.js';
import { flatForm } from './pdfs.js';

const M = 'datamanager' as const;
const DM = 'PCSE Data Manager <pcse.datamanager@nhs.net>';

export async function datamanager(): Promise<MailSpec[]> {
  const out: MailSpec[] = [];

  // 001: PCSE said the new address is an individual's mailbox; the reply gives a shared one.
  out.push({
    mailbox: M, slug: '001-email-update-shared-mailbox-now', style: 'outlook', date: '2026-11-09T11:45:00Z',
    from: { name: 'Kemi Obi', email: 'kemi.obi@nhs.net' },
    subject: 'RE: Practice email change - St Mark\'s Surgery [PCSE-2026-004120]',
    text: `Hi,

Thanks for pointing that out. We have now set up a shared mailbox - please use stmarks.surgery.e84021@nhs.net as the new practice email instead of my own address.

Kind regards
Kemi Obi
Office Manager, St Mark's Surgery

${outlookQuote({ from: DM, sent: '06 November 2026 14:22', to: 'Kemi Obi <kemi.obi@nhs.net>', subject: 'RE: Practice email change - St Mark\'s Surgery [PCSE-2026-004120]', body: pcseAsk(M, 'Dear Kemi', 'The new address you have given (kemi.obi@nhs.net) appears to be an individual\'s mailbox. The practice email address must be an nhs.net organisation (shared) mailbox. Please provide a shared mailbox address.', 'PCSE-2026-004120') })}
${outlookQuote({ from: 'Kemi Obi <kemi.obi@nhs.net>', sent: '05 November 2026 10:00', to: DM, subject: 'Practice email change - St Mark\'s Surgery', body: `Hello,

Practice name: St Mark's Surgery
Practice code: E84021
Current practice email: stmarks.e84021@nhs.net
New practice email: kemi.obi@nhs.net

Thanks, Kemi` })}`,
    expected: exp('practice_email_update', { odsCode: 'E84021', type: 'gp_practice' }, {
      currentEmail: 'stmarks.e84021@nhs.net', newEmail: 'stmarks.surgery.e84021@nhs.net',
    }, [], ['reply_to_pcse_request', 'corrected_value', 'outlook_quote', 'details_in_quote']),
  });

  // 002: fresh request naming a person's mailbox as the new practice address (practice code short of a digit).
  out.push({
    mailbox: M, slug: '002-email-update-individual-fresh', style: 'plain', date: '2026-11-10T09:05:00Z',
    from: { name: 'Joanne Whitley', email: 'joanne.whitley@nhs.net' },
    subject: 'Update practice email - Lark Rise Surgery',
    text: `Dear Data Management team,

Please update our practice email address.

Practice: Lark Rise Surgery
ODS: K8461
Current: larkrise.surgery@nhs.net
New: joanne.whitley@nhs.net

The old shared mailbox is being closed by our IT provider. I'm the practice manager so all correspondence can come to me.

Joanne Whitley
Practice Manager
`,
    expected: exp('practice_email_update', { odsCode: 'K8461', type: 'gp_practice' }, {
      currentEmail: 'larkrise.surgery@nhs.net', newEmail: 'joanne.whitley@nhs.net',
    }, ['individual_mailbox', 'ods_invalid'], ['fresh_request', 'individual_mailbox', 'malformed_ods_code']),
  });

  // 003: PCSE asked for the current email; the answer only makes sense with the quoted request.
  out.push({
    mailbox: M, slug: '003-email-update-current-supplied', style: 'gmail', date: '2026-11-11T13:13:00Z',
    from: { name: 'Ashgrove Medical Centre', email: 'reception.ashgrovemc@nhs.net' },
    subject: 'Re: New practice email address Ashgrove MC [PCSE-2026-004188]',
    text: `Hello, the current one is reception.ashgrovemc@nhs.net (this address).

Many thanks
Beata Kowalska, Reception Lead

${gmailQuote('Wed, 11 Nov 2026 at 09:40', 'PCSE Data Manager <pcse.datamanager@nhs.net>', `${pcseAsk(M, 'Dear colleague', 'To update the practice email we also need the current practice email address. Please reply with it.', 'PCSE-2026-004188')}
${gmailQuote('Tue, 10 Nov 2026 at 16:15', 'Ashgrove Medical Centre <reception.ashgrovemc@nhs.net>', `Please change the practice email for Ashgrove Medical Centre (B86044) to ashgrove.mc@nhs.net.
Thanks, Beata`)}`)}`,
    expected: exp('practice_email_update', { odsCode: 'B86044', type: 'gp_practice' }, {
      currentEmail: 'reception.ashgrovemc@nhs.net', newEmail: 'ashgrove.mc@nhs.net',
    }, [], ['reply_to_pcse_request', 'answer_needs_quote', 'gmail_quote', 'nested_quote', 'shared_mailbox_sender']),
  });

  // 004: the new address had a typo; the sender corrects it.
  out.push({
    mailbox: M, slug: '004-email-update-typo-corrected', style: 'outlook', date: '2026-11-12T10:02:00Z',
    from: { name: 'Hywel Jenkins', email: 'hywel.jenkins@nhs.net' },
    subject: 'RE: Practice email - Pennine View Practice B87012',
    text: `Sorry - typo in the new address in my last. It should be pennineview.practice@nhs.net (two Ns in pennine). The current address is unchanged.

Hywel

${originalMessage({ from: 'Hywel Jenkins', sent: '12 November 2026 09:48', to: DM, subject: 'Practice email - Pennine View Practice B87012', body: `Hi,

Could you change the practice email for Pennine View Practice (B87012)?

From: pennineviewpractice.b87012@nhs.net
To: penineview.practice@nhs.net

Thanks
Hywel Jenkins
IT & Data Lead` })}`,
    expected: exp('practice_email_update', { odsCode: 'B87012', type: 'gp_practice' }, {
      currentEmail: 'pennineviewpractice.b87012@nhs.net', newEmail: 'pennineview.practice@nhs.net',
    }, [], ['correction_of_own_email', 'original_message_block', 'corrected_value']),
  });

  // 005: PCSE asked for the new practice's address; the reply supplies it, the rest is quoted below.
  out.push({
    mailbox: M, slug: '005-extension-address-supplied', style: 'outlook', date: '2026-11-12T15:25:00Z',
    from: { name: 'Nadia Rahman', email: 'nadia.rahman@nhs.net' },
    subject: 'RE: Extend main contact to Elmstead Surgery [PCSE-2026-004241]',
    text: `Hi,

The address of Elmstead Surgery is:
2 Church Walk
Colchester
CO7 7AB

Thanks
Nadia

Nadia Rahman | Managing Partner (non-clinical)
Parkside Medical Centre & Elmstead Surgery
Parkside: 01206 555 140 | Elmstead: 01206 555 188

${NHS_DISCLAIMER}
${outlookQuote({ from: DM, sent: '12 November 2026 11:04', to: 'Nadia Rahman <nadia.rahman@nhs.net>', subject: 'RE: Extend main contact to Elmstead Surgery [PCSE-2026-004241]', body: pcseAsk(M, 'Dear Nadia', 'To extend your main contact role we need the full address of the new practice.', 'PCSE-2026-004241') })}
${outlookQuote({ from: 'Nadia Rahman <nadia.rahman@nhs.net>', sent: '11 November 2026 17:30', to: DM, subject: 'Extend main contact to Elmstead Surgery', body: `Dear PCSE,

We have merged with Elmstead Surgery. Please extend my main contact access to the new practice.

Existing practice
Name: Parkside Medical Centre
ODS code: G82039
Main contact: Nadia Rahman, nadia.rahman@nhs.net
Address: 40 Park Road, Colchester, CO3 3UL
Phone: 01206 555 140

New practice
ODS code: G82711
Name: Elmstead Surgery

Regards
Nadia` })}`,
    expected: exp('main_contact_extension', { odsCode: 'G82039', type: 'gp_practice' }, {
      existingPractice: { odsCode: 'G82039', name: 'Parkside Medical Centre', mainContact: { name: 'Nadia Rahman', email: 'nadia.rahman@nhs.net' }, address: '40 Park Road, Colchester, CO3 3UL', phone: '01206 555 140' },
      newPractice: { odsCode: 'G82711', name: 'Elmstead Surgery', address: '2 Church Walk, Colchester, CO7 7AB' },
    }, [], ['reply_to_pcse_request', 'answer_needs_quote', 'details_in_quote', 'multi_line_address', 'long_disclaimer']),
  });

  // 006: the extension form (flat PDF) sent again because PCSE did not receive it.
  const extPdf = await flatForm({
    title: 'Main Contact extension to a new pharmacy',
    subtitle: 'Pharmacy group: Brookside Healthcare Ltd',
    sections: [
      { heading: 'Existing pharmacy', rows: [['Pharmacy name', 'Brookside Pharmacy'], ['ODS code', 'FJ402'], ['Main contact name', 'Aleksander Novak'], ['Main contact email', 'aleksander.novak@nhs.net'], ['Address', '9 Brook Street, Stafford, ST16 2HE'], ['Telephone', '01785 555 402']] },
      { heading: 'New pharmacy', rows: [['ODS code', 'FP918'], ['Pharmacy name', 'Marsh Lane Pharmacy'], ['Address', '118 Marsh Lane, Stafford, ST16 1BU']] },
    ],
    signature: 'A. Novak',
  }, true);
  out.push({
    mailbox: M, slug: '006-extension-pdf-sent-again', style: 'outlook', date: '2026-11-13T08:55:00Z',
    from: { name: 'Aleksander Novak', email: 'aleksander.novak@nhs.net' },
    subject: 'RE: Main contact extension - Marsh Lane Pharmacy [PCSE-2026-004260]',
    attachments: [{ filename: 'Main contact extension Marsh Lane.pdf', data: extPdf }],
    text: `Good morning,

Attached again - apologies, it seems the attachment was stripped the first time.

Aleksander Novak
Superintendent Pharmacist
Brookside Healthcare Ltd

${outlookQuote({ from: DM, sent: '12 November 2026 16:50', to: 'Aleksander Novak <aleksander.novak@nhs.net>', subject: 'RE: Main contact extension - Marsh Lane Pharmacy [PCSE-2026-004260]', body: pcseAsk(M, 'Dear Aleksander', 'Thank you for your email. There was no attachment on it. Please send the details again.', 'PCSE-2026-004260') })}`,
    expected: exp('main_contact_extension', { odsCode: 'FJ402', type: 'pharmacy' }, {
      existingPractice: { odsCode: 'FJ402', name: 'Brookside Pharmacy', mainContact: { name: 'Aleksander Novak', email: 'aleksander.novak@nhs.net' }, address: '9 Brook Street, Stafford, ST16 2HE', phone: '01785 555 402' },
      newPractice: { odsCode: 'FP918', name: 'Marsh Lane Pharmacy', address: '118 Marsh Lane, Stafford, ST16 1BU' },
    }, [], ['pdf_flat', 'form_forwarded_again', 'details_only_in_pdf']),
  });

  // 007: branch set-up with the branch code corrected in a follow-up.
  out.push({
    mailbox: M, slug: '007-branch-code-corrected', style: 'outlook', date: '2026-11-16T10:40:00Z',
    from: { name: 'Sofia Marchetti', email: 'sofia.marchetti@nhs.net' },
    subject: 'RE: New branch set up - Harefield Road Surgery',
    text: `Hi,

Sorry, the branch code in my last was wrong - it should be P84033002. P84033001 is our existing Oakwood branch. All other details below are correct.

Sofia

${outlookQuote({ from: 'Sofia Marchetti <sofia.marchetti@nhs.net>', sent: '16 November 2026 10:21', to: DM, subject: 'New branch set up - Harefield Road Surgery', body: `Dear PCSE,

Please set up our new branch site.

MAIN PRACTICE
Name: Harefield Road Surgery
ODS code: P84033
Main contact: Sofia Marchetti, sofia.marchetti@nhs.net
Address: 201 Harefield Road, Stockport, SK4 2QW
Telephone: 0161 555 7720

BRANCH
ODS code: P84033001
Name: Heaton Moor Branch Surgery
Address: 17 Shaw Road, Stockport, SK4 4AG
Telephone: 0161 555 7790
Main contact: Mrs Sofia Marchetti, sofia.marchetti@nhs.net

Kind regards
Sofia Marchetti
Practice Manager` })}`,
    expected: exp('branch_setup', { odsCode: 'P84033', type: 'gp_practice' }, {
      mainPractice: { odsCode: 'P84033', name: 'Harefield Road Surgery', mainContact: { name: 'Sofia Marchetti', email: 'sofia.marchetti@nhs.net' }, address: '201 Harefield Road, Stockport, SK4 2QW', phone: '0161 555 7720' },
      branch: { odsCode: 'P84033002', name: 'Heaton Moor Branch Surgery', address: '17 Shaw Road, Stockport, SK4 4AG', phone: '0161 555 7790', mainContact: { name: 'Sofia Marchetti', email: 'sofia.marchetti@nhs.net', title: 'Mrs' } },
    }, [], ['correction_of_own_email', 'corrected_value', 'outlook_quote', 'details_in_quote']),
  });

  // 008: fresh branch request with a transposed branch code.
  out.push({
    mailbox: M, slug: '008-branch-code-mismatch-fresh', style: 'outlook', date: '2026-11-17T12:00:00Z',
    from: { name: 'Rajinder Gill', email: 'rajinder.gill@nhs.net' },
    subject: 'Branch surgery set-up request',
    text: `Dear Data Manager,

Please set up the following branch.

Main practice: Canal Side Medical Practice
Main practice ODS code: Y02719
Main contact: Rajinder Gill (rajinder.gill@nhs.net)
Main practice address: Unit 4, Wharf Street, Leicester, LE1 2AB
Main practice phone: 0116 555 3300

Branch name: Belgrave Gate Surgery
Branch ODS code: Y02791001
Branch address: 88 Belgrave Gate, Leicester, LE1 3GR
Branch phone: 0116 555 3390
Branch main contact: Dr Harpreet Sandhu, harpreet.sandhu@nhs.net

Kind regards,

Rajinder Gill
Business Manager
Canal Side Medical Practice
GP partners: Dr H Sandhu | Dr M Ilyas | Dr C Whitmore
Reception 0116 555 3300 | Prescriptions 0116 555 3301

${NHS_DISCLAIMER}`,
    expected: exp('branch_setup', { odsCode: 'Y02719', type: 'gp_practice' }, {
      mainPractice: { odsCode: 'Y02719', name: 'Canal Side Medical Practice', mainContact: { name: 'Rajinder Gill', email: 'rajinder.gill@nhs.net' }, address: 'Unit 4, Wharf Street, Leicester, LE1 2AB', phone: '0116 555 3300' },
      branch: { odsCode: 'Y02791001', name: 'Belgrave Gate Surgery', address: '88 Belgrave Gate, Leicester, LE1 3GR', phone: '0116 555 3390', mainContact: { name: 'Harpreet Sandhu', email: 'harpreet.sandhu@nhs.net', title: 'Dr' } },
    }, ['branch_code_mismatch'], ['fresh_request', 'branch_code_mismatch', 'multi_person_signature', 'long_disclaimer']),
  });

  // 009: PCSE asked for the branch phone number; the reply gives it and attaches the flat form again.
  const branchPdf = await flatForm({
    title: 'GP branch set-up request',
    sections: [
      { heading: 'Main practice', rows: [['Practice name', 'Fairholme Surgery'], ['ODS code', 'M91628'], ['Main contact', 'Yusuf Demir'], ['Main contact email', 'yusuf.demir@nhs.net'], ['Address', '12 Fairholme Road, Walsall, WS2 8PL'], ['Telephone', '01922 555 610']] },
      { heading: 'Branch', rows: [['Branch ODS code', 'M91628001'], ['Branch name', 'Bloxwich Health Hub'], ['Address', '3 Market Way, Bloxwich, WS3 2BY'], ['Telephone', ''], ['Main contact title', 'Mr'], ['Main contact name', 'Yusuf Demir'], ['Main contact email', 'yusuf.demir@nhs.net']] },
    ],
    signature: 'Y Demir',
  });
  out.push({
    mailbox: M, slug: '009-branch-phone-supplied-pdf-again', style: 'gmail', date: '2026-11-18T09:50:00Z',
    from: { name: 'Yusuf Demir', email: 'yusuf.demir@nhs.net' },
    subject: 'Re: Branch set-up Bloxwich Health Hub [PCSE-2026-004333]',
    attachments: [{ filename: 'Branch setup form - Bloxwich.pdf', data: branchPdf }],
    text: `Hi, the branch phone number is 01922 555 655. Form attached again for ease.

Yusuf Demir
Practice Manager, Fairholme Surgery

${gmailQuote('Tue, 17 Nov 2026 at 14:02', 'PCSE Data Manager <pcse.datamanager@nhs.net>', pcseAsk(M, 'Dear Yusuf', 'The branch telephone number on your form is blank. Please provide it so we can complete the set-up.', 'PCSE-2026-004333'))}`,
    expected: exp('branch_setup', { odsCode: 'M91628', type: 'gp_practice' }, {
      mainPractice: { odsCode: 'M91628', name: 'Fairholme Surgery', mainContact: { name: 'Yusuf Demir', email: 'yusuf.demir@nhs.net' }, address: '12 Fairholme Road, Walsall, WS2 8PL', phone: '01922 555 610' },
      branch: { odsCode: 'M91628001', name: 'Bloxwich Health Hub', address: '3 Market Way, Bloxwich, WS3 2BY', phone: '01922 555 655', mainContact: { name: 'Yusuf Demir', email: 'yusuf.demir@nhs.net', title: 'Mr' } },
    }, [], ['reply_to_pcse_request', 'pdf_flat', 'form_forwarded_again', 'value_in_body_rest_in_pdf', 'gmail_quote']),
  });

  // 010: a main contact change sent to the wrong mailbox, in a thread forwarded from a colleague.
  out.push({
    mailbox: M, slug: '010-main-contact-change-misdirected', style: 'outlook', date: '2026-11-18T16:20:00Z',
    from: { name: 'Thandiwe Moyo', email: 'thandiwe.moyo@nhs.net' },
    subject: 'FW: Main contact - Orchard Dental V047712',
    text: `Hello,

Forwarding Martin's email below - he has now left. Please make me (Thandiwe Moyo, thandiwe.moyo@nhs.net) the main contact for Orchard Dental, V047712.

Thank you
Thandiwe Moyo
Practice Manager

${outlookQuote({ from: 'Martin Hale <martin.hale@nhs.net>', sent: '13 November 2026 12:05', to: 'Thandiwe Moyo <thandiwe.moyo@nhs.net>', subject: 'Main contact - Orchard Dental V047712', body: `Thandiwe, I'm the main contact on PCSE Online but I can't pass it on to you myself - you'll need to ask PCSE. Good luck! Martin` })}`,
    expected: exp('main_contact_change', { odsCode: 'V047712', type: 'dental_practice' }, {
      newMainContact: { name: 'Thandiwe Moyo', email: 'thandiwe.moyo@nhs.net' },
    }, [], ['misdirected', 'forward_internal_thread', 'sender_differs_from_quoted']),
  });

  // 011: chaser with a reference.
  out.push({
    mailbox: M, slug: '011-chaser-with-reference', style: 'gmail', date: '2026-11-23T10:00:00Z',
    from: { name: 'Nadia Rahman', email: 'nadia.rahman@nhs.net' },
    subject: 'Re: Extend main contact to Elmstead Surgery [PCSE-2026-004241]',
    text: `Hi, any news on this? Elmstead still doesn't appear on my account.
Nadia

${gmailQuote('Thu, 12 Nov 2026 at 15:30', 'PCSE Data Manager <pcse.datamanager@nhs.net>', 'Thank you, your request PCSE-2026-004241 has been updated. We will call the new practice to verify before making the change.')}`,
    expected: exp('unclassified', null, {}, [], ['chaser', 'case_reference', 'gmail_quote']),
  });

  // 012: a bounce of PCSE's confirmation to a closed practice mailbox.
  out.push({
    mailbox: M, slug: '012-bounce-closed-mailbox', style: 'plain', date: '2026-11-19T08:02:00Z',
    from: { name: 'Mail Delivery System', email: 'mailer-daemon@nhs.net' },
    subject: 'Undeliverable: Practice email updated - Lark Rise Surgery [PCSE-2026-004199]',
    extraHeaders: [['Auto-Submitted', 'auto-replied']],
    text: '',
    raw: ['multipart/report; report-type=delivery-status; boundary="_bnc_012_"', `--_bnc_012_
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

larkrise.surgery@nhs.net
The email address you entered couldn't be found. The mailbox may have been closed.

--_bnc_012_
Content-Type: message/delivery-status

Reporting-MTA: dns;LO0P265MB6012.GBRP265.PROD.OUTLOOK.COM

Final-Recipient: rfc822;larkrise.surgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_bnc_012_
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: larkrise.surgery@nhs.net
Subject: Practice email updated - Lark Rise Surgery [PCSE-2026-004199]
Date: Thu, 19 Nov 2026 08:01:40 +0000

--_bnc_012_--
`],
    expected: exp('unclassified', null, {}, [], ['bounce', 'case_reference'], 'bounce'),
  });

  // 013: fresh genuine question.
  out.push({
    mailbox: M, slug: '013-question-fresh', style: 'plain', date: '2026-11-20T13:33:00Z',
    from: { name: 'Priyanka Shah', email: 'priyanka.shah@nhs.net' },
    subject: 'Query - practice email for two sites',
    text: `Hello,

We have a main site and a branch. Can the branch have its own practice email address on PCSE Online, or does it have to use the main practice's shared mailbox? We are not changing anything yet, just want to know before we set up new mailboxes.

Thanks
Priyanka Shah
Assistant Practice Manager
`,
    expected: exp('unclassified', null, {}, [], ['question', 'fresh_request']),
  });

  // 014: thanks with a reference, Outlook quoting.
  out.push({
    mailbox: M, slug: '014-thanks-with-reference', style: 'outlook', date: '2026-11-24T09:15:00Z',
    from: { name: 'Kemi Obi', email: 'kemi.obi@nhs.net' },
    subject: 'RE: Practice email change - St Mark\'s Surgery [PCSE-2026-004120]',
    text: `Received on the shared mailbox - thank you all!

Kemi

${outlookQuote({ from: DM, sent: '23 November 2026 17:02', to: 'St Mark\'s Surgery <stmarks.surgery.e84021@nhs.net>', subject: 'RE: Practice email change - St Mark\'s Surgery [PCSE-2026-004120]', body: 'Dear colleague\n\nThe practice email address for E84021 has been updated to this address.\n\nReference PCSE-2026-004120\nPCSE Data Management Team' })}`,
    expected: exp('unclassified', null, {}, [], ['thanks', 'case_reference', 'outlook_quote']),
  });

  return out;
}
