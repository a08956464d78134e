// datamanager: 13 emails of writer V.
import { NHSMAIL_FOOTER, date, org, outlookQuote, person, sentLine, type Mail } from './lib.js';
import { tablePdf } from './pdfs.js';

const practice = (odsCode: string | null, name: string | null, mc: { name: string | null; email: string | null }, address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: mc, address, phone });

export async function datamanager(): Promise<Mail[]> {
  const m: Mail[] = [];

  // 001 Practice email update, the seed's layout, lower-case spaced code.
  m.push({
    slug: 'email-update-plain', client: 'nhsmail',
    from: { name: 'Maureen Tillotson', email: 'maureen.tillotson@nhs.net' },
    subject: 'Update practice email address', date: date(3, 11, 10, 2, 17),
    text: `Hello,

Practice name: Greystones Medical Centre
Practice code: b82 617
Current practice email: greystones.mc@nhs.net
New practice email: greystones.admin@nhs.net

The new one is our shared admin inbox which all the office team can see.

Thank you,
Maureen Tillotson
Office Manager
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'practice_email_update', ignored: null, organisation: org('B82617', 'gp_practice'),
      fields: { currentEmail: 'greystones.mc@nhs.net', newEmail: 'greystones.admin@nhs.net' },
      mustRaise: [], traits: ['seed_layout', 'code_lower_case_spaced'],
    },
  });

  // 002 The new practice email is the GP's own nhs.net address.
  m.push({
    slug: 'email-update-individual-nhsnet', client: 'nhsmail',
    from: { name: 'Dr Hamish Lockhart', email: 'hamish.lockhart@nhs.net' },
    subject: 'Practice email change - Drumlin Practice', date: date(5, 11, 13, 44, 3),
    text: `Dear Data Manager team

Please change the practice email for Drumlin Practice (H85093) from drumlin.practice@nhs.net to my own address, hamish.lockhart@nhs.net, as I'm the one who ends up reading everything anyway and the shared box is full of spam.

Best wishes
Hamish

Dr Hamish Lockhart
Senior Partner, Drumlin Practice
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'practice_email_update', ignored: null, organisation: org('H85093', 'gp_practice'),
      fields: { currentEmail: 'drumlin.practice@nhs.net', newEmail: 'hamish.lockhart@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['individual_nhsnet_mailbox', 'prose_values'],
    },
  });

  // 003 HTML-only, smart quotes, non-breaking spaces, mailto links, dental code with a space.
  m.push({
    slug: 'email-update-dental-html-nbsp', client: 'nhsmail',
    from: { name: 'Precious Adeyemi-Clarke', email: 'precious.adeyemiclarke@nhs.net' },
    subject: 'Update practice email address – Harbour View Dental Studio', date: date(9, 11, 11, 26, 39),
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head><body>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;color:#000">
<p>Hello,</p><p>&nbsp;</p>
<p>Please could you update the email address you hold for our practice:</p><p>&nbsp;</p>
<p><b>Practice name:</b>&nbsp;Harbour View Dental\u00a0Studio</p>
<p><b>Practice code:</b>&nbsp;V301\u00a0884</p>
<p><b>Current email:</b>&nbsp;“<a href="mailto:harbourview.dental@nhs.net">harbourview.dental@nhs.net</a>”</p>
<p><b>New email:</b>&nbsp;“<a href="mailto:harbourviewdental.reception@nhs.net">harbourviewdental.reception@nhs.net</a>”</p>
<p>&nbsp;</p>
<p>The new address is our reception team’s shared mailbox.</p><p>&nbsp;</p>
<p>Kind regards,</p>
<p>Precious Adeyemi-Clarke<br>Practice Manager | Harbour View Dental Studio<br>T:&nbsp;01803&nbsp;960&nbsp;725</p>
</div></body></html>`,
    expect: {
      kind: 'practice_email_update', ignored: null, organisation: org('V301884', 'dental_practice'),
      fields: { currentEmail: 'harbourview.dental@nhs.net', newEmail: 'harbourviewdental.reception@nhs.net' },
      mustRaise: [], traits: ['html_only', 'smart_quotes', 'non_breaking_spaces', 'mailto_value', 'code_spaced'],
    },
  });

  // 004 "We are a pharmacy" with a GP-shaped code.
  m.push({
    slug: 'email-update-pharmacy-gp-code', client: 'nhsmail',
    from: { name: 'Moorside Pharmacy', email: 'moorside.pharmacy@nhs.net' },
    subject: 'Update practice email address', date: date(10, 11, 15, 11, 25),
    text: `Hi

We are a community pharmacy (Moorside Pharmacy, ODS code C84017) and would like to update our email address held by PCSE.

Current: moorside.pharmacy@nhs.net
New: pharmacy.moorside@nhs.net

Regards
Amir Haddad
Pharmacist Manager
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'practice_email_update', ignored: null, organisation: org('C84017', 'gp_practice'),
      fields: { currentEmail: 'moorside.pharmacy@nhs.net', newEmail: 'pharmacy.moorside@nhs.net' },
      mustRaise: ['ods_type_mismatch'], traits: ['type_code_mismatch', 'shared_mailbox_sender'],
    },
  });

  // 005 Main contact extension between pharmacies, odd phone format.
  m.push({
    slug: 'extension-pharmacy', client: 'nhsmail',
    from: { name: 'Hemal Shah', email: 'hemal.shah@nhs.net' },
    subject: 'Extend current main contact to a new pharmacy', date: date(11, 11, 9, 37, 10),
    text: `Good morning,

I would like to extend a current main contact to a new pharmacy which we have just acquired.

EXISTING PHARMACY
Name: Thornbury Pharmacy
ODS code: FA326
Main contact: Hemal Shah
Main contact email: hemal.shah@nhs.net
Address: 14 Market Street, Thornbury, BS35 2ZX
Telephone: 01454 - 960 233

NEW PHARMACY
ODS code: FM871
Name: Alveston Road Pharmacy
Address: 2 Alveston Parade
Alveston
BS35 3ZQ

Many thanks
Hemal Shah MRPharmS
Superintendent Pharmacist
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FA326', 'pharmacy'),
      fields: {
        existingPractice: practice('FA326', 'Thornbury Pharmacy', person('Hemal Shah', 'hemal.shah@nhs.net'), '14 Market Street, Thornbury, BS35 2ZX', '01454 - 960 233'),
        newPractice: { odsCode: 'FM871', name: 'Alveston Road Pharmacy', address: '2 Alveston Parade, Alveston, BS35 3ZQ' },
      },
      mustRaise: [], traits: ['multi_line_address', 'odd_phone_format', 'caps_headings'],
    },
  });

  // 006 Reply to "further information required" with the new practice address on top; request quoted below.
  m.push({
    slug: 'extension-reply-missing-address', client: 'nhsmail',
    from: { name: 'Gemma Lusk', email: 'gemma.lusk@nhs.net' },
    subject: 'RE: PCSE-2026-004633 Extend main contact - further information required', date: date(13, 11, 10, 48, 2),
    inReplyTo: '<PCSE-2026-004633.2@pcse.england.nhs.uk>',
    text: `Hi,

The address of the new practice is:
Unit 4, Calder Way Retail Park, Halifax Road, Brighouse, HD6 9ZZ

Many thanks
Gemma
${outlookQuote({ from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: sentLine(12, 11, 14, 20), to: 'Gemma Lusk <gemma.lusk@nhs.net>', subject: 'PCSE-2026-004633 Extend main contact - further information required' }, `Dear Gemma

Thank you for your request. Before we can extend the main contact we need the address of the new practice. Please reply to this email with the missing information.

Kind regards
PCSE Data Management
${outlookQuote({ from: 'Gemma Lusk <gemma.lusk@nhs.net>', sent: sentLine(11, 11, 16, 3), to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', subject: 'Extend main contact to new practice' }, `Hello

Please extend our current main contact to our new practice.

Existing practice: Calder Optical Ltd
ODS code: TPC19
Main contact: Gemma Lusk, gemma.lusk@nhs.net
Address: 88 Commercial Street, Brighouse, HD6 1ZQ
Phone: 01484 960 771

New practice ODS code: TPK44
New practice name: Calder Optical - Brighouse Retail Park

Thanks
Gemma Lusk
Operations Manager`)}`)}
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'main_contact_extension', ignored: null, organisation: org('TPC19', 'ophthalmic_practice'),
      fields: {
        existingPractice: practice('TPC19', 'Calder Optical Ltd', person('Gemma Lusk', 'gemma.lusk@nhs.net'), '88 Commercial Street, Brighouse, HD6 1ZQ', '01484 960 771'),
        newPractice: { odsCode: 'TPK44', name: 'Calder Optical - Brighouse Retail Park', address: 'Unit 4, Calder Way Retail Park, Halifax Road, Brighouse, HD6 9ZZ' },
      },
      mustRaise: [], traits: ['reply_with_missing_info', 'quoted_thread', 'case_reference', 'nested_quote'],
    },
  });

  // 007 Dental extension, codes in lower case with spaces, mailto, bracketed phone.
  m.push({
    slug: 'extension-dental-lowercase-codes', client: 'nhsmail',
    from: { name: 'Ioannis Papadakis', email: 'ioannis.papadakis@nhs.net' },
    subject: 'Extending main contact to new practice', date: date(16, 11, 12, 5, 58),
    text: `Dear PCSE Data Manager

I would like to extend my main contact role to our new practice.

Details of existing practice:
- Practice name: Petersfield Road Dental Practice
- ODS code: v 009 147
- Main contact: Mr Ioannis Papadakis
- Main contact email: ioannis.papadakis@nhs.net<mailto:ioannis.papadakis@nhs.net>
- Address: 62 Petersfield Road
  Midhurst
  GU29 9ZW
- Telephone: (01730) 960-418

Details of new practice:
- ODS code: v021660
- Name: Buriton Dental Care
- Address: The Old Forge, High Street, Buriton, GU31 5ZR

Yours sincerely
Ioannis Papadakis BDS
Principal Dentist
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'main_contact_extension', ignored: null, organisation: org('V009147', 'dental_practice'),
      fields: {
        existingPractice: practice('V009147', 'Petersfield Road Dental Practice', person('Ioannis Papadakis', 'ioannis.papadakis@nhs.net'), '62 Petersfield Road, Midhurst, GU29 9ZW', '(01730) 960-418'),
        newPractice: { odsCode: 'V021660', name: 'Buriton Dental Care', address: 'The Old Forge, High Street, Buriton, GU31 5ZR' },
      },
      mustRaise: [], traits: ['code_lower_case_spaced', 'mailto_value', 'multi_line_address', 'bullets', 'odd_phone_format'],
    },
  });

  // 008 Branch set-up, clean.
  m.push({
    slug: 'branch-setup-plain', client: 'nhsmail',
    from: { name: 'Dr Adaeze Nwosu', email: 'adaeze.nwosu@nhs.net' },
    subject: 'Set up PCSE Online access for a branch practice', date: date(17, 11, 10, 30, 45),
    text: `Dear PCSE,

We would like to set up access to PCSE Online for our new branch practice.

Main practice
Name: Kingfisher Medical Practice
Organisation type: GP
ODS code: K82019
Main contact: Dr Adaeze Nwosu
Main contact email: adaeze.nwosu@nhs.net
Address: 1 Kingfisher Way, Staines, TW18 4ZP
Telephone: 01784 960 010

Branch practice
Main contact for the branch: Mrs Paula Renshaw
Main contact email: paula.renshaw@nhs.net
Branch ODS code: K82019001
Branch name: Kingfisher Medical Practice - Wraysbury Branch
Branch address: 22 High Street, Wraysbury, TW19 5ZE
Branch telephone: 01784 960 011

Kind regards
Dr Adaeze Nwosu
GP Partner
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'branch_setup', ignored: null, organisation: org('K82019', 'gp_practice'),
      fields: {
        mainPractice: practice('K82019', 'Kingfisher Medical Practice', person('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), '1 Kingfisher Way, Staines, TW18 4ZP', '01784 960 010'),
        branch: { odsCode: 'K82019001', name: 'Kingfisher Medical Practice - Wraysbury Branch', address: '22 High Street, Wraysbury, TW19 5ZE', phone: '01784 960 011', mainContact: { name: 'Paula Renshaw', email: 'paula.renshaw@nhs.net', title: 'Mrs' } },
      },
      mustRaise: [], traits: ['seed_layout'],
    },
  });

  // 009 Branch set-up whose branch code is not the main code + 3 digits (digits transposed).
  m.push({
    slug: 'branch-setup-code-mismatch', client: 'nhsmail',
    from: { name: 'Carla Benedetti', email: 'carla.benedetti@nhs.net' },
    subject: 'New branch - Linden Vale Surgery', date: date(18, 11, 11, 53, 20),
    text: `Hello

Please can you set up our new branch surgery on PCSE Online. Details below.

MAIN PRACTICE: Linden Vale Surgery, GP practice, code C83303
Main contact we have with you: Carla Benedetti (carla.benedetti@nhs.net)
Address: Linden Vale, Ashby Road, Coalville, LE67 3ZN
Tel: 01530 960 300

BRANCH: Hugglescote Health Centre
Branch code: C83033002
Address: 5 Station Road, Hugglescote, LE67 2ZS
Tel: 01530 960 390
Branch main contact: Ms Oluwakemi Fashola, oluwakemi.fashola@nhs.net

Many thanks
Carla Benedetti
Practice Manager
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'branch_setup', ignored: null, organisation: org('C83303', 'gp_practice'),
      fields: {
        mainPractice: practice('C83303', 'Linden Vale Surgery', person('Carla Benedetti', 'carla.benedetti@nhs.net'), 'Linden Vale, Ashby Road, Coalville, LE67 3ZN', '01530 960 300'),
        branch: { odsCode: 'C83033002', name: 'Hugglescote Health Centre', address: '5 Station Road, Hugglescote, LE67 2ZS', phone: '01530 960 390', mainContact: { name: 'Oluwakemi Fashola', email: 'oluwakemi.fashola@nhs.net', title: 'Ms' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['branch_code_transposed', 'inline_values'],
    },
  });

  // 010 Branch set-up with the details in an attached table PDF, names in capitals.
  m.push({
    slug: 'branch-setup-pdf-table', client: 'nhsmail',
    from: { name: 'PRIORY FIELDS HEALTH CENTRE', email: 'prioryfields.hc@nhs.net' },
    subject: 'branch set up request', date: date(20, 11, 14, 9, 7),
    text: `Hi,

Please see attached details for our new branch set up on PCSE Online. ODS report received last week.

Thanks
Priory Fields admin team
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Branch setup details.pdf', contentType: 'application/pdf', data: await tablePdf('PCSE Online - branch practice set-up', [
      { heading: 'MAIN PRACTICE', rows: [
        ['Practice name', 'Priory Fields Health Centre'], ['Organisation type', 'GP'], ['ODS code', 'M88 204'],
        ['Main contact', 'DR OLUWASEUN ADEBAYO-REID'], ['Main contact email', 'o.adebayoreid@nhs.net'],
        ['Address', 'Priory Fields, Dudley Road, Tipton, DY4 8ZT'], ['Telephone', '0121 496 0640'],
      ] },
      { heading: 'BRANCH PRACTICE', rows: [
        ['Branch main contact', 'DR MEERA THAKRAR'], ['Title', 'Dr'], ['Main contact email', 'meera.thakrar@nhs.net'],
        ['Branch ODS code', 'M88204002'], ['Branch name', 'Priory Fields - Ocker Hill Surgery'],
        ['Address', '9 Ocker Hill Road, Tipton, DY4 0ZU'], ['Telephone', '0121 496 0655'],
      ] },
    ], { created: new Date('2026-11-20T13:40:00Z'), producer: 'Microsoft® Excel® for Microsoft 365', intro: ['Please set up PCSE Online access for the branch below. Branch ODS code issued by the ODS team (report attached to our records).'] }) }],
    expect: {
      kind: 'branch_setup', ignored: null, organisation: org('M88204', 'gp_practice'),
      fields: {
        mainPractice: practice('M88204', 'Priory Fields Health Centre', person('Oluwaseun Adebayo-Reid', 'o.adebayoreid@nhs.net'), 'Priory Fields, Dudley Road, Tipton, DY4 8ZT', '0121 496 0640'),
        branch: { odsCode: 'M88204002', name: 'Priory Fields - Ocker Hill Surgery', address: '9 Ocker Hill Road, Tipton, DY4 0ZU', phone: '0121 496 0655', mainContact: { name: 'Meera Thakrar', email: 'meera.thakrar@nhs.net', title: 'Dr' } },
      },
      mustRaise: [], traits: ['pdf_text', 'pdf_table_landscape', 'names_all_caps', 'see_attached', 'code_spaced'],
    },
  });

  // 011 Thank-you with a reference.
  m.push({
    slug: 'thanks-with-reference', client: 'nhsmail',
    from: { name: 'Maureen Tillotson', email: 'maureen.tillotson@nhs.net' },
    subject: 'RE: PCSE-2026-004301 Practice email address updated', date: date(24, 11, 9, 2, 44),
    inReplyTo: '<PCSE-2026-004301.3@pcse.england.nhs.uk>',
    text: `Lovely, thank you for sorting that so quickly.

Maureen
${outlookQuote({ from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: sentLine(23, 11, 16, 12), to: 'greystones.admin@nhs.net', subject: 'PCSE-2026-004301 Practice email address updated' }, `Dear colleague

We have updated the practice email address for Greystones Medical Centre as requested. This confirmation has been sent to the new address.

Kind regards
PCSE Data Management`)}`,
    expect: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_reference'] },
  });

  // 012 Bounce of a PCSE confirmation (non-delivery report).
  m.push({
    slug: 'bounce-ndr', client: 'system',
    from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' },
    subject: 'Undeliverable: PCSE-2026-004655 Practice email address updated', date: date(24, 11, 13, 27, 51),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
    rawBody: {
      contentType: 'multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
      body: `--BOUNDARY
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to wellbrook.practice@nhs.net couldn't be delivered.

wellbrook.practice wasn't found at nhs.net.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Original message headers:
From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: wellbrook.practice@nhs.net
Subject: PCSE-2026-004655 Practice email address updated

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse.england.nhs.uk
Arrival-Date: Tue, 24 Nov 2026 13:27:49 +0000

Final-Recipient: rfc822;wellbrook.practice@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--BOUNDARY
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: wellbrook.practice@nhs.net
Subject: PCSE-2026-004655 Practice email address updated
Date: Tue, 24 Nov 2026 13:27:40 +0000

--BOUNDARY--
`,
    },
    expect: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report'] },
  });

  // 013 Misdirected main contact change; practice code one digit short.
  m.push({
    slug: 'misdirected-main-contact-short-code', client: 'nhsmail',
    from: { name: 'Agnieszka Wrona', email: 'agnieszka.wrona@nhs.net' },
    subject: 'New main contact for Canal Side Surgery', date: date(26, 11, 10, 19, 36),
    text: `Hello,

I have taken over as practice manager at Canal Side Surgery (GP surgery), practice code P8100. Please make me the main contact on PCSE Online instead of Janet Foulkes who has left.

Name: Agnieszka Wrona
Email: agnieszka.wrona@nhs.net

Kind regards
Agnieszka
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'main_contact_change', ignored: null, organisation: org('P8100', 'gp_practice'),
      fields: { newMainContact: person('Agnieszka Wrona', 'agnieszka.wrona@nhs.net') },
      mustRaise: ['ods_invalid'], traits: ['misdirected', 'malformed_code', 'new_contact_is_sender'],
    },
  });

  return m;
}
