// pcse.datamanager@nhs.net: practice email changes, main contacts extended to new practices, GP branches (writer T).
import { crlf, mailbox, NHSMAIL_FOOTER, type MailSpec, leaf, multi } from './lib.js';
import { extensionTable, odsReport, scanPdf } from './pdfs.js';
import { scanLetter } from './scans.js';
import { org, person, type Email, type Expected } from './types.js';

type Spec = Omit<MailSpec, 'id' | 'mailbox'>;
type Exp = Omit<Expected, 'mailbox'>;
const mk = (slug: string, spec: Spec, expected: Exp): Email => ({
  slug,
  spec: { ...spec, id: `datamanager/${slug}`, mailbox: 'datamanager' },
  expected: { mailbox: 'datamanager', ...expected },
});

const practice = (odsCode: string | null, name: string | null, mc: { name: string | null; email: string | null }, address: string | null, phone: string | null) => ({ odsCode, name, mainContact: person(mc.name, mc.email), address, phone });

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 -------------------------------------------------------------------------------------------------------------
  out.push(mk('our-code-new-shared-inbox', {
    client: 'nhsmail',
    from: { name: 'PEMBERTON, Joanne (WESTFIELD SURGERY)', email: 'joanne.pemberton@nhs.net' },
    subject: 'Update practice email address',
    date: 'Mon, 9 Nov 2026 09:05:44 +0000',
    text: `Hi

Practice name: Westfield Surgery
Our code: C82009
Current email: westfield.surgery@nhs.net
New email: westfieldsurgery.c82009@nhs.net

We've had to set up a new shared mailbox as the old one is linked to a leaver's account and IT can't transfer the ownership. Please send the confirmation to the new one.

Thanks, Jo
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('C82009', 'gp_practice'),
    fields: { currentEmail: 'westfield.surgery@nhs.net', newEmail: 'westfieldsurgery.c82009@nhs.net' },
    mustRaise: [],
    traits: ['labelled_lines', 'loose_code_name', 'nickname', 'surname_first_display_name'],
  }));

  // 2 -------------------------------------------------------------------------------------------------------------
  out.push(mk('change-to-my-email-f-gp-code', {
    client: 'owa',
    from: { name: 'Sarah Okafor', email: 'sarah.okafor@nhs.net' },
    subject: 'Practice email',
    date: 'Mon, 9 Nov 2026 14:37:20 +0000',
    text: `Hello,

The practice email you have for Bramley Health Centre (F82047) is bramleyhc@nhs.net but nobody really checks that inbox any more, it goes to a member of staff who left. Please can you change it to my email sarah.okafor@nhs.net as I'm the practice manager and I'll make sure things get picked up.

Many thanks
Sarah
`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('F82047', 'gp_practice'),
    fields: { currentEmail: 'bramleyhc@nhs.net', newEmail: 'sarah.okafor@nhs.net' },
    mustRaise: ['individual_mailbox'],
    traits: ['personal_new_address', 'gp_code_starting_f', 'prose_only'],
  }));

  // 3 -------------------------------------------------------------------------------------------------------------
  const letter = await scanPdf('linden', await scanLetter('linden'), 'Canon iR-ADV C5535  PDF', new Date('2026-11-19T10:02:44Z'));
  out.push(mk('letter-attached-scan', {
    client: 'nhsmail',
    from: { name: 'Linden Hall Admin (R83052)', email: 'lindenhall.admin@nhs.net' },
    subject: 'Update practice email address – letter attached',
    date: 'Thu, 19 Nov 2026 10:09:03 +0000',
    text: `Good morning,

Please see attached letter from our Practice Manager.

Kind regards
Admin Team
Linden Hall Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Letter to PCSE 19.11.26.pdf', contentType: 'application/pdf', content: letter }],
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('R83052', 'gp_practice'),
    fields: { currentEmail: 'lindenhall.reception@nhs.net', newEmail: 'lindenhall.admin@nhs.net' },
    mustRaise: [],
    traits: ['scan_typed_letter', 'see_attached', 'shared_mailbox_sender', 'rfc2047_subject'],
  }));

  // 4 -------------------------------------------------------------------------------------------------------------
  out.push(mk('dental-html-uppercase-addresses', {
    client: 'nhsmail',
    from: { name: 'NWOSU, Chiamaka', email: 'CHIAMAKA.NWOSU@NHS.NET' },
    subject: 'HIGHFIELD DENTAL PRACTICE - EMAIL ADDRESS',
    date: 'Tue, 10 Nov 2026 12:20:55 +0000',
    htmlOnly: true,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<div>Dear Data Manager Team,</div>
<div><br></div>
<div>Please could you update our practice email address on PCSE.</div>
<div><br></div>
<div><b>Practice:</b> Highfield Dental Practice<br>
<b>V code:</b> V087213<br>
<b>Old address:</b> HIGHFIELDDENTAL@NHS.NET<br>
<b>New address:</b> HIGHFIELD.DENTALPRACTICE@NHS.NET (this is our NHSmail shared mailbox, set up by the NHSmail team last week)</div>
<div><br></div>
<div>Kind regards,</div>
<div>Chiamaka Nwosu<br>Practice Manager<br>Highfield Dental Practice &middot; 01632 496 718</div>
</body></html>
`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('V087213', 'dental_practice'),
    fields: { currentEmail: 'highfielddental@nhs.net', newEmail: 'highfield.dentalpractice@nhs.net' },
    mustRaise: [],
    traits: ['html_only', 'bold_labels', 'uppercase_email', 'uppercase_sender_address', 'loose_code_name'],
  }));

  // 5 -------------------------------------------------------------------------------------------------------------
  out.push(mk('pharmacy-new-owners-rambling', {
    client: 'nhsmail',
    from: { name: 'Bola Fashola', email: 'adebola.fashola@nhs.net' },
    subject: 'Pharmacy email change - Moss Side Pharmacy',
    date: 'Wed, 11 Nov 2026 08:48:15 +0000',
    text: `Good morning,

Hope you're all well. I'll try and keep this short but there's a bit of background! We took over Moss Side Pharmacy in the summer (same NACS/ODS code, FAK19, just new owners) and since then we've been slowly moving everything over to our own systems. The previous owners had the pharmacy email set as mosssidepharmacy.old@nhs.net which we haven't got access to at all - NHSmail are saying it has to be closed.

We now have a new shared mailbox: moss.sidepharmacy@nhs.net. Could you update your records so the pharmacy email is the new one please.

Also, separate thing, we'll need to sort the supplies login at some point too, I'll email about that separately once I know who is going to be doing the ordering.

Thanks a lot,
Adebola (Bola) Fashola
Pharmacist Manager
Moss Side Pharmacy
0161 496 0990
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('FAK19', 'pharmacy'),
    fields: { currentEmail: 'mosssidepharmacy.old@nhs.net', newEmail: 'moss.sidepharmacy@nhs.net' },
    mustRaise: [],
    traits: ['background_before_ask', 'second_matter', 'loose_code_name', 'nickname'],
  }));

  // 6 -------------------------------------------------------------------------------------------------------------
  const table = await extensionTable('lakeside', 'Pharmacy acquisition - PCSE Online main contact', 'Sandhu Healthcare Ltd has acquired Station Road Pharmacy with effect from 1 December 2026. Please add the new pharmacy to the existing main contact\'s PCSE Online account.', [
    { label: 'Pharmacy name', existing: 'Lakeside Pharmacy', next: 'Station Road Pharmacy' },
    { label: 'ODS (F) code', existing: 'FR802', next: 'FD3T6' },
    { label: 'Address', existing: 'Unit 4, Lakeside Retail Park, West Thurrock, RM20 1WN', next: '118 Station Road, Grays, RM17 6DL' },
    { label: 'Telephone', existing: '01708 496 212', next: '01375 496 845' },
    { label: 'Main contact (held by PCSE)', existing: 'Harjit Sandhu', next: '(same person to be added)' },
    { label: 'Main contact email', existing: 'harjit.sandhu@nhs.net', next: '-' },
  ], 'For verification please telephone Station Road Pharmacy and ask for Kerry Blackwood (pharmacy manager). Completed by H. Sandhu, Director, 12/11/2026.');
  out.push(mk('pharmacy-acquired-table-pdf', {
    client: 'nhsmail',
    from: { name: 'Harjit Sandhu', email: 'harjit.sandhu@nhs.net' },
    subject: 'Extend main contact to new pharmacy',
    date: 'Thu, 12 Nov 2026 17:02:36 +0000',
    text: `Dear Data Manager team

We've bought Station Road Pharmacy and I'd like to be main contact for it as well as Lakeside (I'm already main contact there). All the details are in the attached table.

When you ring the new shop to verify, please ask for Kerry.

Regards
Harjit Sandhu
Director, Sandhu Healthcare Ltd
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Station Road acquisition - PCSE.pdf', contentType: 'application/pdf', content: table }],
  }, {
    kind: 'main_contact_extension', ignored: null, organisation: org('FR802', 'pharmacy'),
    fields: {
      existingPractice: practice('FR802', 'Lakeside Pharmacy', { name: 'Harjit Sandhu', email: 'harjit.sandhu@nhs.net' }, 'Unit 4, Lakeside Retail Park, West Thurrock, RM20 1WN', '01708 496 212'),
      newPractice: { odsCode: 'FD3T6', name: 'Station Road Pharmacy', address: '118 Station Road, Grays, RM17 6DL' },
    },
    mustRaise: [],
    traits: ['pdf_flat', 'table_layout', 'landscape', 'see_attached'],
  }));

  // 7 -------------------------------------------------------------------------------------------------------------
  out.push(mk('optician-second-shop', {
    client: 'apple',
    from: { name: 'Gemma Lowe', email: 'gemma.lowe@nhs.net' },
    cc: mailbox('Bennett & Lowe Opticians', 'practice@bennettandlowe.co.uk'),
    subject: 'Second shop',
    date: 'Fri, 13 Nov 2026 19:41:08 +0000',
    text: `Hi there

We've opened a second shop and would like our main contact (me) to be added to it please, so I can do the ordering for both. I think this is "extending the main contact"?

OLD SHOP (the one you have already)
Bennett & Lowe Opticians
Code TP4H1
Main contact: Gemma Lowe - gemma.lowe@nhs.net
14 Bridge Street
Bakewell
DE45 1DS
01629 496 303

NEW SHOP
Bennett & Lowe Opticians - Matlock
Code TP7N5
3 Crown Square, Matlock, DE4 3AT

Best wishes
Gemma
`,
  }, {
    kind: 'main_contact_extension', ignored: null, organisation: org('TP4H1', 'ophthalmic_practice'),
    fields: {
      existingPractice: practice('TP4H1', 'Bennett & Lowe Opticians', { name: 'Gemma Lowe', email: 'gemma.lowe@nhs.net' }, '14 Bridge Street, Bakewell, DE45 1DS', '01629 496 303'),
      newPractice: { odsCode: 'TP7N5', name: 'Bennett & Lowe Opticians - Matlock', address: '3 Crown Square, Matlock, DE4 3AT' },
    },
    mustRaise: [],
    traits: ['loose_section_labels', 'multiline_address', 'unlabelled_values'],
  }));

  // 8 -------------------------------------------------------------------------------------------------------------
  out.push(mk('dentist-buys-second-practice-esl', {
    client: 'nhsmail',
    from: { name: 'KOWALCZYK, Piotr', email: 'piotr.kowalczyk@nhs.net' },
    subject: 'New practice to my account',
    date: 'Mon, 16 Nov 2026 18:14:52 +0000',
    textEnc: 'base64',
    text: `Dear Data Manager,

I am the owner of Dr Kowalczyk Dental Surgery and I am main contact on PCSE. From 1st December I buy also the Riverbank Dental practice in the next town. Please I want my PCSE account to have this practice also.

My practice now:
Dr Kowalczyk Dental Surgery, V061154
address 27 Albion Street, Boston, Lincs PE21 8RA
tel 01205 496 118
main contact: Piotr Kowalczyk, piotr.kowalczyk@nhs.net

New one:
Riverbank Dental, V-code V093307
5 Riverside Walk, Spalding PE11 1DA

The previous owner Mr Ashworth will remove himself I think. Thank you for the help
Piotr Kowalczyk
`,
  }, {
    kind: 'main_contact_extension', ignored: null, organisation: org('V061154', 'dental_practice'),
    fields: {
      existingPractice: practice('V061154', 'Dr Kowalczyk Dental Surgery', { name: 'Piotr Kowalczyk', email: 'piotr.kowalczyk@nhs.net' }, '27 Albion Street, Boston, Lincs PE21 8RA', '01205 496 118'),
      newPractice: { odsCode: 'V093307', name: 'Riverbank Dental', address: '5 Riverside Walk, Spalding PE11 1DA' },
    },
    mustRaise: [],
    traits: ['esl_writer', 'base64_text', 'loose_code_name', 'surname_first_display_name', 'second_matter'],
  }));

  // 9 -------------------------------------------------------------------------------------------------------------
  const ods = await odsReport('fernlea', {
    code: 'M83019001', name: 'FERNLEA AT UPTON HEALTH CENTRE', address: ['UPTON HEALTH CENTRE', 'UPTON LANE', 'WALSALL', 'WS5 4HR'],
    parent: 'M83019', parentName: 'FERNLEA MEDICAL PRACTICE', opened: '02/11/2026', role: 'BRANCH SURGERY', reportDate: '06/11/2026', reference: 'ODS-NOC-2026-11-0413',
  });
  out.push(mk('branch-with-ods-report', {
    client: 'nhsmail',
    from: { name: 'Harriet Sowerby', email: 'harriet.sowerby@nhs.net' },
    subject: 'New branch set up - Fernlea Medical Practice',
    date: 'Tue, 17 Nov 2026 09:26:31 +0000',
    text: `Hello,

We would like to set up access to PCSE Online for our new branch site - the letter from the ODS team is attached.

Main practice
Fernlea Medical Practice (GP)
Code M83019
Main contact you have: Harriet Sowerby, harriet.sowerby@nhs.net
Address: 2 Fernlea Road, Walsall, WS1 3PQ
Phone: 01922 496 500

Branch
Fernlea at Upton Health Centre
Branch code: M83019001
Address: Upton Health Centre, Upton Lane, Walsall, WS5 4HR
Phone: 01922 496 571
Main contact for branch: Mrs Harriet Sowerby (same as above, harriet.sowerby@nhs.net) - I'd like it added to my existing login please

Thanks
Harriet
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'ODS new org report M83019001.pdf', contentType: 'application/pdf', content: ods }],
  }, {
    kind: 'branch_setup', ignored: null, organisation: org('M83019', 'gp_practice'),
    fields: {
      mainPractice: practice('M83019', 'Fernlea Medical Practice', { name: 'Harriet Sowerby', email: 'harriet.sowerby@nhs.net' }, '2 Fernlea Road, Walsall, WS1 3PQ', '01922 496 500'),
      branch: { odsCode: 'M83019001', name: 'Fernlea at Upton Health Centre', address: 'Upton Health Centre, Upton Lane, Walsall, WS5 4HR', phone: '01922 496 571', mainContact: { ...person('Harriet Sowerby', 'harriet.sowerby@nhs.net'), title: 'Mrs' } },
    },
    mustRaise: [],
    traits: ['pdf_flat', 'system_report', 'same_person_both', 'labelled_lines'],
  }));

  // 10 ------------------------------------------------------------------------------------------------------------
  out.push(mk('branch-site-code-transposed', {
    client: 'owa',
    from: { name: "Kieran O'Donnell", email: 'kieran.odonnell@nhs.net' },
    subject: 'Setting up our new branch on PCSE',
    date: 'Wed, 18 Nov 2026 11:03:27 +0000',
    text: `Hi

Setting up our new branch on PCSE please.

Main site - Oak Tree Surgery, L81044, 41 Oak Tree Lane, Yeovil BA20 2JF, tel 01935 496 410. Main contact is Dr Abena Mensah (abena.mensah@nhs.net).

New branch - Oak Tree Surgery at Martock, branch site code L81404002, The Old School, Church Street, Martock TA12 6JL, tel 01935 496 480. Main contact for the branch should be me, Mr Kieran O'Donnell (branch manager), kieran.odonnell@nhs.net.

Regards
Kieran
`,
  }, {
    kind: 'branch_setup', ignored: null, organisation: org('L81044', 'gp_practice'),
    fields: {
      mainPractice: practice('L81044', 'Oak Tree Surgery', { name: 'Abena Mensah', email: 'abena.mensah@nhs.net' }, '41 Oak Tree Lane, Yeovil BA20 2JF', '01935 496 410'),
      branch: { odsCode: 'L81404002', name: 'Oak Tree Surgery at Martock', address: 'The Old School, Church Street, Martock TA12 6JL', phone: '01935 496 480', mainContact: { ...person("Kieran O'Donnell", 'kieran.odonnell@nhs.net'), title: 'Mr' } },
    },
    mustRaise: ['branch_code_mismatch'],
    traits: ['transposed_digits', 'one_line_per_site', 'loose_code_name', 'apostrophe_name'],
  }));

  // 11 ------------------------------------------------------------------------------------------------------------
  out.push(mk('branch-multiline-addresses-android', {
    client: 'outlook-android',
    from: { name: 'Iwan Llewellyn', email: 'iwan.llewellyn@nhs.net' },
    subject: 'Branch practice access',
    date: 'Thu, 19 Nov 2026 20:15:44 +0000',
    text: `Dear PCSE

As discussed with your helpline this afternoon, we need our second site on PCSE Online now that ODS have given us the code.

OUR MAIN PRACTICE:
Kenwood Surgery (GP practice), code P81720
Main contact held by PCSE: Dr Iwan Llewellyn, iwan.llewellyn@nhs.net
Kenwood House
112 Garstang Road
Preston
PR1 1NA
Tel: +44 (0)1772 496633

THE BRANCH:
Kenwood Surgery - Broughton
ODS code P81720002
Broughton Village Centre
Whittle Lane
Broughton
PR3 5DB
Tel: +44 (0)1772 496 670
Main contact: Ms Niamh Ó Briain (Site Lead), niamh.obriain@nhs.net

Diolch / thanks
Iwan

Get Outlook for Android
`,
  }, {
    kind: 'branch_setup', ignored: null, organisation: org('P81720', 'gp_practice'),
    fields: {
      mainPractice: practice('P81720', 'Kenwood Surgery', { name: 'Iwan Llewellyn', email: 'iwan.llewellyn@nhs.net' }, 'Kenwood House, 112 Garstang Road, Preston, PR1 1NA', '+44 (0)1772 496633'),
      branch: { odsCode: 'P81720002', name: 'Kenwood Surgery - Broughton', address: 'Broughton Village Centre, Whittle Lane, Broughton, PR3 5DB', phone: '+44 (0)1772 496 670', mainContact: { ...person('Niamh Ó Briain', 'niamh.obriain@nhs.net'), title: 'Ms' } },
    },
    mustRaise: [],
    traits: ['multiline_address', 'international_phone_format', 'non_ascii_name', 'mobile_client'],
  }));

  // 12 ------------------------------------------------------------------------------------------------------------
  out.push(mk('person-who-signs-off-supplies', {
    client: 'thunderbird',
    from: { name: 'Abbey View Surgery', email: 'abbeyview.surgery@nhs.net' },
    subject: 'Change of person for supplies - Abbey View Surgery H85041',
    date: 'Fri, 20 Nov 2026 09:47:12 +0000',
    text: `Hello,

I'm not sure if this is the right team but the helpline gave me this address.

We need to change the person PCSE has down as the one who signs things off for our supplies orders and records (Dr Whitcombe had it, he retired in October). The new person will be our practice manager, Olusegun Bakare (everyone calls him Segun) - olusegun.bakare@nhs.net.

Practice: Abbey View Surgery
Practice code: H85041

Thanks,
Maureen Cho
Senior Receptionist
`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('H85041', 'gp_practice'),
    fields: { newMainContact: person('Olusegun Bakare', 'olusegun.bakare@nhs.net') },
    mustRaise: [],
    traits: ['misdirected', 'loose_role_name', 'nickname', 'plain_8bit', 'shared_mailbox_sender'],
  }));

  // 13 ------------------------------------------------------------------------------------------------------------
  out.push(mk('question-merger-april', {
    client: 'nhsmail',
    from: { name: 'Deborah Ansah-Mensah', email: 'deborah.ansah-mensah@nhs.net' },
    subject: 'Practice merger - what do we need to do?',
    date: 'Mon, 23 Nov 2026 10:58:01 +0000',
    text: `Hello,

We (Castle Street Surgery, K84022) are merging with Rowan Tree Practice (K84619) from 1st April 2027. The merged practice will keep our code and Rowan Tree will become a branch.

What do we need to send you and when - the branch set up, the practice email, and the logins for the Rowan Tree staff? Is there a form?

Many thanks
Deborah
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['pure_question', 'codes_in_question'],
  }));

  // 14 ------------------------------------------------------------------------------------------------------------
  out.push(mk('thanks-ref-in-body', {
    client: 'apple',
    from: { name: 'Gemma Lowe', email: 'gemma.lowe@nhs.net' },
    subject: 'Re: Second shop',
    date: 'Wed, 25 Nov 2026 08:12:40 +0000',
    text: `Brilliant, thank you - I can see both shops in the drop down now. (Your ref PCSE-2026-004598.)

Gemma

> On 24 Nov 2026, at 16:05, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
>
> Dear Gemma,
> The new practice has been added to your PCSE Online account.
> Reference: PCSE-2026-004598
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['thanks', 'case_reference', 'quoted_reply'],
  }));

  // 15 ------------------------------------------------------------------------------------------------------------
  const original = crlf(`From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: bramleyhc@nhs.net
Subject: PCSE-2026-004402 - practice email address updated
Date: Thu, 26 Nov 2026 15:30:11 +0000
Message-ID: <reply.PCSE-2026-004402@pcse.england.nhs.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear colleague,

The practice email address for your organisation has been updated. Reference PCSE-2026-004402.

PCSE Data Manager
`);
  const report = multi('report', [
    leaf('text/plain; charset="us-ascii"', `Delivery has failed to these recipients or groups:

bramleyhc@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

bramleyhc@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`, '7bit'),
    { headers: [['Content-Type', 'message/delivery-status']], body: crlf(`Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse-mailer.england.nhs.uk
Arrival-Date: Thu, 26 Nov 2026 15:30:12 +0000

Final-Recipient: rfc822;bramleyhc@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`) },
    { headers: [['Content-Type', 'message/rfc822']], body: original },
  ], { params: '; report-type=delivery-status', boundary: (h) => `_000_${h.slice(0, 24)}_` });
  out.push(mk('ndr-old-practice-address', {
    client: 'nhsmail',
    from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' },
    to: mailbox('PCSE Data Manager', 'pcse.datamanager@nhs.net'),
    subject: 'Undeliverable: PCSE-2026-004402 - practice email address updated',
    date: 'Thu, 26 Nov 2026 15:30:14 +0000',
    headers: [['Auto-Submitted', 'auto-generated'], ['X-MS-Exchange-Message-Is-Ndr', '']],
    root: report,
  }, {
    kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [],
    traits: ['bounce', 'multipart_report', 'case_reference'],
  }));

  return out;
}
