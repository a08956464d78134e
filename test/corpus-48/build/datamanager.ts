// datamanager: a fortnight's mail (16-27 November 2026).
import { noise, org, outlookQuote, person, type Entry } from './entry.js';
import { CRLF, NHSMAIL_DISCLAIMER, PCSE_DM, addr, hash, outlookSent, qp } from './lib.js';
import { letter } from './pdfs.js';

const TO = addr(PCSE_DM);

const DM_SIGN = `Kind regards

PCSE Data Management
Primary Care Support England`;

function bounce(): { contentType: string; body: string } {
  const b = `_rep_${hash('bounce-050', 20).toUpperCase()}_`;
  const ob = `_alt_${hash('bounce-050-alt', 20).toUpperCase()}_`;
  const human = `Delivery has failed to these recipients or groups:

stjames.surgery@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

stjames.surgery@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient stjames.surgery@nhs.net not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: "stjames.surgery@nhs.net" <stjames.surgery@nhs.net>
Subject: Practice email address updated [PCSE-2026-118504]
Date: Wed, 25 Nov 2026 16:55:41 +0000
Message-ID: <pcse-118504-done@pcse.england.nhs.uk>
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><p><b><font color="#000066" size="3" face="Arial">Your message to stjames.surgery@nhs.net couldn't be delivered.</font></b></p><p>stjames.surgery wasn't found at nhs.net.</p><p>Original message headers and diagnostic information follow.</p><pre>${human.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre></body></html>`;
  const dsn = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 25 Nov 2026 16:55:42 +0000

Final-Recipient: rfc822;stjames.surgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient stjames.surgery@nhs.net not found by SMTP address lookup
`;
  const hdrs = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: "stjames.surgery@nhs.net" <stjames.surgery@nhs.net>
Subject: Practice email address updated [PCSE-2026-118504]
Date: Wed, 25 Nov 2026 16:55:41 +0000
Message-ID: <pcse-118504-done@pcse.england.nhs.uk>
MIME-Version: 1.0
Content-Type: text/plain
`;
  const crlf = (s: string) => s.replace(/\n/g, CRLF);
  const body = [
    `--${b}${CRLF}Content-Type: multipart/alternative; differences=Content-Type;${CRLF}\tboundary="${ob}"${CRLF}${CRLF}--${ob}${CRLF}Content-Type: text/plain; charset="us-ascii"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${qp(human)}${CRLF}--${ob}${CRLF}Content-Type: text/html; charset="us-ascii"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${qp(html)}${CRLF}--${ob}--${CRLF}`,
    `--${b}${CRLF}Content-Type: message/delivery-status${CRLF}${CRLF}${crlf(dsn)}`,
    `--${b}${CRLF}Content-Type: text/rfc822-headers${CRLF}${CRLF}${crlf(hdrs)}`,
    `--${b}--${CRLF}`,
  ].join('');
  return { contentType: `multipart/report; report-type=delivery-status;${CRLF}\tboundary="${b}"`, body };
}

export async function datamanagerEntries(): Promise<Entry[]> {
  const E: Entry[] = [];

  // ---------------------------------------------------------------- 037
  E.push({
    slug: 'email-update-standard',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: "DOYLE, Christine (ST LUKE'S SURGERY)", email: 'christine.doyle@nhs.net' },
      to: TO,
      date: '2026-11-16T10:20:14Z',
      subject: 'Update practice email address',
      html: true,
      text: `Dear Data Manager team,

Please can you update the practice email address we have on PCSE Online.

Practice name: St Luke's Surgery
Practice code: J81034
Current practice email address: stlukes.surgery@nhs.net
New practice email address: dorset.stlukessurgery@nhs.net

Kind regards

Christine Doyle
Practice Manager
St Luke's Surgery, 45 Poole Road, Bournemouth BH4 9DW
01202 764 411

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('J81034', 'gp_practice'),
      fields: { currentEmail: 'stlukes.surgery@nhs.net', newEmail: 'dorset.stlukessurgery@nhs.net' },
      mustRaise: [],
      traits: ['labelled_lines', 'as_guidance_says'],
    },
  });

  // ---------------------------------------------------------------- 038
  E.push({
    slug: 'main-contact-misdirected-pharmacy',
    mailbox: 'datamanager',
    mail: {
      client: 'owa',
      from: { name: 'Peter Hollis', email: 'peter.hollis@nhs.net' },
      to: TO,
      date: '2026-11-16T15:45:32Z',
      subject: 'New main contact - Fairfield Pharmacy FK218',
      html: true,
      text: `Hi,

Please can you update the main contact for Fairfield Pharmacy (FK218) to myself, Peter Hollis - peter.hollis@nhs.net. I took over as pharmacy manager this month.

Regards,
Peter Hollis MPharm
Pharmacist Manager, Fairfield Pharmacy

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('FK218', 'pharmacy'),
      fields: { newMainContact: person('Peter Hollis', 'peter.hollis@nhs.net') },
      mustRaise: [],
      traits: ['misdirected', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 039
  E.push({
    slug: 'email-update-it-supplier',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Ashdown IT Service Desk', email: 'servicedesk@ashdown-it.co.uk' },
      to: 'pcse.datamanager@nhs.net',
      cc: addr({ name: 'Rachel Moore', email: 'rachel.moore12@nhs.net' }),
      date: '2026-11-17T10:05:58Z',
      subject: '[Ticket #48213] Update practice email address - Downs View Practice',
      auth: 'ext-pass',
      html: true,
      text: `Good morning,

We are the IT support provider for Downs View Practice and are assisting them with their move to a new NHSmail shared mailbox. On behalf of the practice, please update the practice email address held on PCSE Online as follows:

Practice name: Downs View Practice
Practice code: G81045
Current practice email address: downsview.practice@nhs.net
New practice email address: sussex.downsviewpractice@nhs.net

The Practice Manager, Rachel Moore, is copied in and can confirm.

Kind regards,

Liam Carter
1st Line Support Analyst
Ashdown IT Services Ltd | 01273 900 412 | servicedesk@ashdown-it.co.uk
Please keep the ticket number in the subject line of any reply.

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Ashdown IT Services Ltd, registered in England and Wales no. 08123456. Registered office: Unit 4, Hove Business Centre, Hove BN3 7ES.`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('G81045', 'gp_practice'),
      fields: { currentEmail: 'downsview.practice@nhs.net', newEmail: 'sussex.downsviewpractice@nhs.net' },
      mustRaise: [],
      traits: ['it_supplier', 'on_behalf', 'non_nhs_domain', 'ticket_subject', 'disclaimer'],
    },
  });

  // ---------------------------------------------------------------- 040
  E.push({
    slug: 'email-update-personal-address',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Debbie Hargreaves', email: 'debbie.hargreaves@nhs.net' },
      to: TO,
      date: '2026-11-18T09:50:19Z',
      subject: 'Change of practice email',
      html: true,
      text: `Hello,

We are Meadowbank Surgery, code B86092. PCSE emails are going to our old practice email (meadowbank.b86092@nhs.net) which nobody checks anymore. Please can you change it to my email debbie.hargreaves@nhs.net so I actually see them.

Thanks
Debbie Hargreaves
Practice Manager

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('B86092', 'gp_practice'),
      fields: { currentEmail: 'meadowbank.b86092@nhs.net', newEmail: 'debbie.hargreaves@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['prose'],
    },
  });

  // ---------------------------------------------------------------- 041
  E.push({
    slug: 'extension-pharmacy-acquired',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Anil Mistry', email: 'anil.mistry@nhs.net' },
      to: TO,
      date: '2026-11-17T14:20:07Z',
      subject: 'Extend main contact to new pharmacy',
      html: true,
      text: `Dear PCSE,

I would like to extend my existing main contact access to a new pharmacy we have acquired.

Existing pharmacy
Name: Mistry Pharmacy
ODS code: FD452
Main contact: Anil Mistry
Main contact email: anil.mistry@nhs.net
Address: 12 Belgrave Road, Leicester, LE4 6AR
Telephone: 0116 266 3120

New pharmacy
ODS code: FN871
Name: Mistry Pharmacy (Rushey Mead)
Address: 301 Melton Road, Leicester, LE4 7AN

The change of ownership took effect on 1 November 2026.

Kind regards,

Anil Mistry MRPharmS
Superintendent Pharmacist
Mistry Healthcare Ltd

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('FD452', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FD452', name: 'Mistry Pharmacy', mainContact: person('Anil Mistry', 'anil.mistry@nhs.net'), address: '12 Belgrave Road, Leicester, LE4 6AR', phone: '0116 266 3120' },
        newPractice: { odsCode: 'FN871', name: 'Mistry Pharmacy (Rushey Mead)', address: '301 Melton Road, Leicester, LE4 7AN' },
      },
      mustRaise: [],
      traits: ['labelled_lines', 'two_sections'],
    },
  });

  // ---------------------------------------------------------------- 042
  E.push({
    slug: 'email-update-pharmacy-one-line',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook-ios',
      from: { name: 'Hannah Price', email: 'hannah.price9@nhs.net' },
      to: TO,
      date: '2026-11-19T16:20:44Z',
      subject: 'Update practice email address',
      html: true,
      text: `Hi update practice email address please for Cross Street Pharmacy FL563 current email is crossstreet.pharmacy@nhs.net new one is crossstreetpharmacy.fl563@nhs.net as we had to get a new shared mailbox when we changed owners thanks Hannah

Get Outlook for iOS`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('FL563', 'pharmacy'),
      fields: { currentEmail: 'crossstreet.pharmacy@nhs.net', newEmail: 'crossstreetpharmacy.fl563@nhs.net' },
      mustRaise: [],
      traits: ['one_paragraph', 'mobile', 'no_punctuation'],
    },
  });

  // ---------------------------------------------------------------- 043
  E.push({
    slug: 'extension-dental-contract-number',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Kasia Nowicka', email: 'kasia.nowicka@nhs.net' },
      to: TO,
      date: '2026-11-19T11:40:25Z',
      subject: 'New practice - extend main contact',
      html: true,
      text: `Hi, I am the main contact for Brightwater Dental (V034519) and we have just taken over Elm Tree Dental Surgery, so I need to be able to order for them as well. Our details: Brightwater Dental, V034519, main contact Kasia Nowicka (kasia.nowicka@nhs.net), 8 Quay Street, Lymington SO41 3AS, tel 01590 672 310. New practice is Elm Tree Dental Surgery, 27 Station Road, New Milton BH25 6JX, practice number 784512. Can you let me know if you need anything else. Thanks Kasia

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('V034519', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V034519', name: 'Brightwater Dental', mainContact: person('Kasia Nowicka', 'kasia.nowicka@nhs.net'), address: '8 Quay Street, Lymington SO41 3AS', phone: '01590 672 310' },
        newPractice: { odsCode: '784512', name: 'Elm Tree Dental Surgery', address: '27 Station Road, New Milton BH25 6JX' },
      },
      mustRaise: ['ods_invalid'],
      traits: ['one_paragraph', 'contract_number_for_code'],
    },
  });

  // ---------------------------------------------------------------- 044
  E.push({
    slug: 'extension-optical-second-store',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Sunita Rao', email: 'sunita@raoeyecare.co.uk' },
      to: 'pcse.datamanager@nhs.net',
      date: '2026-11-23T11:05:02Z',
      subject: 'Add new practice to main contact account',
      auth: 'ext-pass',
      html: true,
      text: `Hello,

We have opened a second practice and I'd like it added to my PCSE Online account as main contact, please.

Current practice: Rao Eyecare, TPR66
Main contact: Sunita Rao, sunita@raoeyecare.co.uk
Address: 54 High Street, Harpenden AL5 2SP
Phone: 01582 761 144

New practice: Rao Eyecare St Albans, TPR67
Address: 9 George Street, St Albans AL3 4ER

Thanks,
Sunita Rao
Director, Rao Eyecare Ltd`,
    },
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('TPR66', 'ophthalmic_practice'),
      fields: {
        existingPractice: { odsCode: 'TPR66', name: 'Rao Eyecare', mainContact: person('Sunita Rao', 'sunita@raoeyecare.co.uk'), address: '54 High Street, Harpenden AL5 2SP', phone: '01582 761 144' },
        newPractice: { odsCode: 'TPR67', name: 'Rao Eyecare St Albans', address: '9 George Street, St Albans AL3 4ER' },
      },
      mustRaise: [],
      traits: ['labelled_lines', 'non_nhs_domain'],
    },
  });

  // ---------------------------------------------------------------- 045
  E.push({
    slug: 'email-update-dental-reply',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Nicola Bright', email: 'nicola.bright@nhs.net' },
      to: TO,
      date: '2026-11-23T15:30:38Z',
      subject: 'RE: Update practice email address [PCSE-2026-118877]',
      inReplyTo: '<pcse-118877-fir@pcse.england.nhs.uk>',
      references: '<pcse-118877-fir@pcse.england.nhs.uk>',
      html: true,
      text: `Hi,

Sorry - the current email you have is castlegatedental@nhs.net (no full stop).

Thanks
Nicola

${outlookQuote({
  from: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  sent: outlookSent('2026-11-23T11:48:00Z'),
  to: 'Nicola Bright <nicola.bright@nhs.net>',
  subject: 'RE: Update practice email address [PCSE-2026-118877]',
  body: `Dear Nicola,

Thank you for your email. To update the practice email address we also need the current practice email address held for the practice. Please reply with this information quoting the reference above.

${DM_SIGN}`,
})}

${outlookQuote({
  from: 'Nicola Bright <nicola.bright@nhs.net>',
  sent: outlookSent('2026-11-20T16:02:00Z'),
  to: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  subject: 'Update practice email address',
  body: `Hello

Please change our practice email to castlegate.dentalpractice@nhs.net.
Castlegate Dental Practice, V019304.

Nicola Bright
Practice Manager`,
})}

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('V019304', 'dental_practice'),
      fields: { currentEmail: 'castlegatedental@nhs.net', newEmail: 'castlegate.dentalpractice@nhs.net' },
      mustRaise: [],
      traits: ['reply_thread', 'case_ref', 'request_in_quote', 'new_request_in_reply'],
    },
  });

  // ---------------------------------------------------------------- 046
  const odsReport = await letter({
    meta: { title: 'ODS New Organisation Report B87041002', creator: 'ODS Portal', producer: 'iText 7.2.5', date: '2026-11-05T09:00:00Z' },
    lines: [
      { s: 'NHS England', size: 10, bold: true, grey: true },
      { s: 'Organisation Data Service', size: 10, grey: true },
      { s: 'New Organisation Code - Report', size: 16, bold: true, gap: 34 },
      { s: 'Report date: 05/11/2026', size: 10, gap: 22 },
      { s: 'Organisation code:        B87041002', gap: 30 },
      { s: 'Organisation name:        CALDER VALLEY MEDICAL PRACTICE - HEBDEN BRIDGE SURGERY' },
      { s: 'Primary role:             BRANCH SURGERY' },
      { s: 'Address:                  HANGINGROYD LANE' },
      { s: '                          HEBDEN BRIDGE' },
      { s: '                          HX7 6AG' },
      { s: 'Parent organisation:      B87041  CALDER VALLEY MEDICAL PRACTICE' },
      { s: 'Operational start date:   02/11/2026' },
      { s: 'This report is issued when a new organisation code is created. Keep it for your records.', size: 9, gap: 34, grey: true },
      { s: 'ODS enquiries: exeter.helpdesk@nhs.net  |  0300 303 4034', size: 9, grey: true },
    ],
  });
  E.push({
    slug: 'branch-setup-ods-report',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'HARTLEY, Joanne (CALDER VALLEY MEDICAL PRACTICE)', email: 'joanne.hartley@nhs.net' },
      to: TO,
      date: '2026-11-24T09:30:16Z',
      subject: 'Set up PCSE Online access for branch practice',
      html: true,
      text: `Hello,

We would like to set up access to PCSE Online for our new branch practice. The ODS report is attached.

Main practice
Practice name: Calder Valley Medical Practice
Organisation type: GP
ODS code: B87041
Main contact: Joanne Hartley
Main contact email: joanne.hartley@nhs.net
Address: Todmorden Health Centre, Lower George Street, Todmorden, OL14 5RN
Telephone: 01706 811 530

Branch practice
Main contact for branch: Mrs Claire Sutcliffe
Email: claire.sutcliffe4@nhs.net
Branch ODS code: B87041002
Branch name: Calder Valley Medical Practice - Hebden Bridge Surgery
Address: Hangingroyd Lane, Hebden Bridge, HX7 6AG
Telephone: 01422 842 650

Please call me if you need to verify anything.

Kind regards
Joanne Hartley
Practice Manager

${NHSMAIL_DISCLAIMER}`,
      attachments: [{ filename: 'ODS_Report_B87041002.pdf', contentType: 'application/pdf', data: odsReport }],
    },
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('B87041', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'B87041', name: 'Calder Valley Medical Practice', mainContact: person('Joanne Hartley', 'joanne.hartley@nhs.net'), address: 'Todmorden Health Centre, Lower George Street, Todmorden, OL14 5RN', phone: '01706 811 530' },
        branch: { odsCode: 'B87041002', name: 'Calder Valley Medical Practice - Hebden Bridge Surgery', address: 'Hangingroyd Lane, Hebden Bridge, HX7 6AG', phone: '01422 842 650', mainContact: { ...person('Claire Sutcliffe', 'claire.sutcliffe4@nhs.net'), title: 'Mrs' } },
      },
      mustRaise: [],
      traits: ['labelled_lines', 'pdf_letter', 'two_sections'],
    },
  });

  // ---------------------------------------------------------------- 047
  E.push({
    slug: 'branch-setup-code-typo',
    mailbox: 'datamanager',
    mail: {
      client: 'owa',
      from: { name: 'Tom Ridley', email: 'tom.ridley@nhs.net' },
      to: TO,
      date: '2026-11-25T14:15:49Z',
      subject: 'Branch practice set up - Wolds Edge Surgery',
      html: true,
      text: `Hi,

I'd like to set up PCSE Online access for our branch site, please.

Our main practice is Wolds Edge Surgery (GP), ODS code B81622, 31 Westgate, Driffield YO25 6TX, tel 01377 253 441. The main contact you hold for us is me, Tom Ridley, tom.ridley@nhs.net.

The branch is Nafferton Surgery, Coppergate, Nafferton, Driffield YO25 4JQ, tel 01377 254 090, ODS code B81262001. Please set up Dr Anna Whitby as the main contact for the branch, anna.whitby@nhs.net.

Thanks
Tom

Tom Ridley
Practice Business Manager
Wolds Edge Surgery

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('B81622', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'B81622', name: 'Wolds Edge Surgery', mainContact: person('Tom Ridley', 'tom.ridley@nhs.net'), address: '31 Westgate, Driffield YO25 6TX', phone: '01377 253 441' },
        branch: { odsCode: 'B81262001', name: 'Nafferton Surgery', address: 'Coppergate, Nafferton, Driffield YO25 4JQ', phone: '01377 254 090', mainContact: { ...person('Anna Whitby', 'anna.whitby@nhs.net'), title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['prose', 'transposed_digits'],
    },
  });

  // ---------------------------------------------------------------- 048
  E.push({
    slug: 'question-practice-merger',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: 'Graham Yates', email: 'graham.yates@nhs.net' },
      to: TO,
      date: '2026-11-24T10:50:03Z',
      subject: 'Practice merger - what do we need to do?',
      html: true,
      text: `Hello,

We are merging with Hillside Surgery on 1 April 2027 and the merged practice will keep our code (K82019). What do we need to do about PCSE Online access and main contacts for the practice that is closing? Do you need anything from us now, or nearer the time?

Many thanks
Graham Yates
Managing Partner (non-clinical)
Chiltern Vale Practice

${NHSMAIL_DISCLAIMER}`,
    },
    expected: noise(null, ['question']),
  });

  // ---------------------------------------------------------------- 049
  E.push({
    slug: 'chaser-email-update',
    mailbox: 'datamanager',
    mail: {
      client: 'outlook',
      from: { name: "DOYLE, Christine (ST LUKE'S SURGERY)", email: 'christine.doyle@nhs.net' },
      to: TO,
      date: '2026-11-25T10:10:27Z',
      subject: 'RE: Update practice email address [PCSE-2026-118121]',
      inReplyTo: '<pcse-118121-ack@pcse.england.nhs.uk>',
      references: '<pcse-118121-ack@pcse.england.nhs.uk>',
      html: true,
      text: `Hi,

Just checking this has been done? We haven't had a confirmation at the new address yet.

Thanks
Christine

${outlookQuote({
  from: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  sent: outlookSent('2026-11-16T10:21:00Z'),
  to: "DOYLE, Christine (ST LUKE'S SURGERY) <christine.doyle@nhs.net>",
  subject: 'Update practice email address [PCSE-2026-118121]',
  body: `Thank you for contacting Primary Care Support England. Your enquiry has been logged with reference PCSE-2026-118121.

${DM_SIGN}`,
})}

${NHSMAIL_DISCLAIMER}`,
    },
    expected: noise(null, ['chaser', 'case_ref', 'quoted_history']),
  });

  // ---------------------------------------------------------------- 050
  E.push({
    slug: 'bounce-old-practice-mailbox',
    mailbox: 'datamanager',
    mail: {
      client: 'exchange',
      from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' },
      to: TO,
      date: '2026-11-25T16:55:44Z',
      subject: 'Undeliverable: Practice email address updated [PCSE-2026-118504]',
      extraHeaders: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-MS-Exchange-Message-Is-Ndr', ''],
        ['Thread-Topic', 'Practice email address updated [PCSE-2026-118504]'],
      ],
      raw: bounce(),
    },
    expected: noise('bounce', ['bounce', 'case_ref', 'multipart_report']),
  });

  return E;
}
