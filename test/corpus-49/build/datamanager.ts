// pcse.datamanager@nhs.net: 015–024.
import { type CaseDef, dt, flatPdf, iso, mail, NHSMAIL_FOOTER, oeFill, PCSE, pdf, person, scanPdf, signatory } from './common.js';
import { odsReport, oeForm } from './layouts.js';
import { mbox, messageId, rawMessage } from './mime.js';
import { sha } from './rng.js';

const TO = PCSE.datamanager;

export const datamanager: CaseDef[] = [
  // 015 GP practice email change, labelled lines
  async () => ({
    n: 15, mailbox: 'datamanager', slug: 'gp-practice-email-update',
    eml: mail({
      id: 'c49-015', client: 'nhsmail', date: dt(11, 2, 9, 4, 16),
      from: mbox('Sharon Akhtar', 'sharon.akhtar@nhs.net'), to: TO,
      subject: 'Update practice email address',
      text: `Hi,

Please can you update the practice email address held for us:

Practice name: Pennine View Surgery
Practice code: B83615
Current practice email: pennine.view@nhs.net
New practice email: wakefield.pennineviewsurgery@nhs.net

The old mailbox is being closed at the end of the month as part of the NHSmail tidy up.

Thank you
Sharon Akhtar
Office Manager
Pennine View Surgery
${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null,
      organisation: { odsCode: 'B83615', type: 'gp_practice' },
      fields: { currentEmail: 'pennine.view@nhs.net', newEmail: 'wakefield.pennineviewsurgery@nhs.net' },
      mustRaise: [], traits: ['labelled_lines', 'shared_mailbox_new_address'],
    },
  }),

  // 016 dental practice wants the practice manager's personal nhs.net address as the practice email
  async () => ({
    n: 16, mailbox: 'datamanager', slug: 'dental-email-to-individual-mailbox',
    eml: mail({
      id: 'c49-016', client: 'm365', date: dt(11, 3, 16, 58, 40),
      from: mbox('Smile Studio Ashford', 'info@smilestudioashford.co.uk'), to: PCSE.dmBare,
      subject: 'change email',
      text: `Hello

We would like to change our practice email on PCSE Online. Our practice is Smile Studio Ashford, V293301. At the moment you have reception@smilestudioashford.co.uk which nobody checks anymore. Please change it to my nhs.net email karen.oduya@nhs.net as I am the practice manager and check it every day.

Regards
Karen Oduya
Practice Manager
Smile Studio Ashford
01233 620 118
`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null,
      organisation: { odsCode: 'V293301', type: 'dental_practice' },
      fields: { currentEmail: 'reception@smilestudioashford.co.uk', newEmail: 'karen.oduya@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['dental', 'prose', 'non_nhs_sender', 'shared_sender_mailbox', 'individual_new_address'],
    },
  }),

  // 017 pharmacy email change in an HTML table, from the pharmacy's shared mailbox
  async () => {
    const text = `Good afternoon,

Please update the practice email address for our pharmacy:

Pharmacy name	Hollybush Pharmacy
ODS code	FWK63
Current email address	pharmacy.fwk63@nhs.net
New email address	hollybushpharmacy.wolverhampton@nhs.net

Kind regards

Adeel Raza
Pharmacist Manager
Hollybush Pharmacy, 12 Hollybush Lane, Wolverhampton WV4 4JN
`;
    const row = (k: string, v: string) =>
      `<tr><td style="padding:4px 8px;border:1px solid #999;background:#f2f2f2"><b>${k}</b></td><td style="padding:4px 8px;border:1px solid #999">${v}</td></tr>`;
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:10pt">Good afternoon,<br><br>Please update the practice email address for our pharmacy:<br><br>
<table style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:10pt">
${row('Pharmacy name', 'Hollybush Pharmacy')}
${row('ODS code', 'FWK63')}
${row('Current email address', '<a href="mailto:pharmacy.fwk63@nhs.net">pharmacy.fwk63@nhs.net</a>')}
${row('New email address', '<a href="mailto:hollybushpharmacy.wolverhampton@nhs.net">hollybushpharmacy.wolverhampton@nhs.net</a>')}
</table><br>Kind regards<br><br><b>Adeel Raza</b><br>Pharmacist Manager<br>Hollybush Pharmacy, 12 Hollybush Lane, Wolverhampton WV4 4JN</div>
</body></html>`;
    return {
      n: 17, mailbox: 'datamanager', slug: 'pharmacy-email-update-html-table',
      eml: mail({
        id: 'c49-017', client: 'nhsmail', date: dt(11, 5, 14, 21, 3),
        from: mbox('Hollybush Pharmacy (FWK63)', 'pharmacy.fwk63@nhs.net'), to: TO,
        subject: 'Update practice email address - FWK63', text, html,
      }),
      expected: {
        kind: 'practice_email_update', ignored: null,
        organisation: { odsCode: 'FWK63', type: 'pharmacy' },
        fields: { currentEmail: 'pharmacy.fwk63@nhs.net', newEmail: 'hollybushpharmacy.wolverhampton@nhs.net' },
        mustRaise: [], traits: ['pharmacy', 'html_table', 'sender_is_current_address'],
      },
    };
  },

  // 018 pharmacy owner extends his main contact role to an acquired pharmacy
  async () => ({
    n: 18, mailbox: 'datamanager', slug: 'pharmacy-main-contact-extension',
    eml: mail({
      id: 'c49-018', client: 'nhsmail', date: dt(11, 6, 10, 45, 29),
      from: mbox('Ravi Chandarana', 'ravi.chandarana@nhs.net'), to: TO,
      subject: 'Extend main contact to new pharmacy',
      text: `Dear Data Manager team,

I would like to extend my main contact access to a new pharmacy we have acquired (completion was 1st November).

Existing pharmacy
Name: Lakeside Pharmacy
ODS code: FA516
Main contact: Ravi Chandarana
Main contact email: ravi.chandarana@nhs.net
Address: 3 Lakeside Parade, Brickhill, Bedford MK41 7PQ
Telephone: 01234 351208

New pharmacy
ODS code: FTD04
Name: Kempston Pharmacy
Address: 88 Bedford Road, Kempston, Bedford MK42 8BQ

Many thanks
Ravi Chandarana MRPharmS
Director, Lakeside Healthcare Ltd
`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null,
      organisation: { odsCode: 'FA516', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FA516', name: 'Lakeside Pharmacy', mainContact: person('Ravi Chandarana', 'ravi.chandarana@nhs.net'), address: '3 Lakeside Parade, Brickhill, Bedford MK41 7PQ', phone: '01234 351208' },
        newPractice: { odsCode: 'FTD04', name: 'Kempston Pharmacy', address: '88 Bedford Road, Kempston, Bedford MK42 8BQ' },
      },
      mustRaise: [], traits: ['pharmacy', 'labelled_lines', 'two_sections'],
    },
  }),

  // 019 optical group's operations manager (not the main contact) extends the main contact; addresses over several lines
  async () => ({
    n: 19, mailbox: 'datamanager', slug: 'optical-extension-multiline-addresses',
    eml: mail({
      id: 'c49-019', client: 'gmail', date: dt(11, 9, 16, 12, 55),
      from: mbox('Joel Fairbairn', 'joel.fairbairn@clearvieweyecare.co.uk'), to: PCSE.dmBare,
      cc: mbox('Naomi Osei', 'naomi.osei@clearvieweyecare.co.uk'),
      subject: 'Extending main contact - new practice Stamford',
      authDomain: 'clearvieweyecare.co.uk',
      text: `Hi there,

We'd like to extend our current main contact to our new practice in Stamford which opened this month. Details below.

Existing practice:
- Clearview Eyecare
- ODS code TPC55
- Main contact: Naomi Osei (naomi.osei@clearvieweyecare.co.uk)
- Address:
  22 Broad Street
  Spalding
  Lincolnshire
  PE11 1TB
- Tel: 01775 760 331

New practice:
- ODS code TPP81
- Clearview Eyecare Stamford
- Address:
  4 Red Lion Square
  Stamford
  PE9 2AJ

Naomi is copied in. Any questions give me a call.

Cheers,
Joel Fairbairn
Operations Manager | Clearview Eyecare Ltd
07700 900 583
`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null,
      organisation: { odsCode: 'TPC55', type: 'ophthalmic_practice' },
      fields: {
        existingPractice: { odsCode: 'TPC55', name: 'Clearview Eyecare', mainContact: person('Naomi Osei', 'naomi.osei@clearvieweyecare.co.uk'), address: '22 Broad Street, Spalding, Lincolnshire, PE11 1TB', phone: '01775 760 331' },
        newPractice: { odsCode: 'TPP81', name: 'Clearview Eyecare Stamford', address: '4 Red Lion Square, Stamford, PE9 2AJ' },
      },
      mustRaise: [], traits: ['optical', 'bullets', 'multiline_address', 'sender_is_neither', 'google_workspace', 'non_nhs_sender'],
    },
  }),

  // 020 GP branch set-up with the ODS team's PDF report attached
  async () => {
    const report = await flatPdf(odsReport([
      ['Organisation code', 'J82155002'],
      ['Organisation name', 'RIVERBANK MEDICAL PRACTICE - HAMWORTHY'],
      ['Primary role', 'BRANCH SURGERY'],
      ['Parent organisation', 'J82155  RIVERBANK MEDICAL PRACTICE'],
      ['Address line 1', 'HAMWORTHY HEALTH CENTRE'],
      ['Address line 2', '15 BLANDFORD ROAD'],
      ['Address line 3', 'HAMWORTHY'],
      ['Town', 'POOLE'],
      ['Postcode', 'BH15 4AX'],
      ['Operational start date', '02/11/2026'],
      ['Record created', '28/10/2026'],
    ], '28/10/2026 14:06'), { values: {}, checks: [], sigs: {} }, { title: 'ODS New Organisation Code Report J82155002', creator: 'ODS Portal', producer: 'iText 7.2.5', date: iso(10, 28, 14, 6) }, { valueFont: 'sans' });
    return {
      n: 20, mailbox: 'datamanager', slug: 'gp-branch-setup-ods-report',
      eml: mail({
        id: 'c49-020', client: 'nhsmail', date: dt(11, 11, 11, 37, 48),
        from: mbox('Paul Adebayo', 'paul.adebayo@nhs.net'), to: TO,
        subject: 'Set up PCSE Online access for branch practice - J82155002',
        text: `Dear PCSE,

We would like to set up access to PCSE Online for our new branch practice. The ODS report for the new code is attached.

Main practice
Practice name: Riverbank Medical Practice
Organisation type: GP
ODS code: J82155
Main contact: Paul Adebayo
Main contact email: paul.adebayo@nhs.net
Address: 2 Quay Road, Poole, BH15 1HB
Telephone: 01202 671900

Branch practice
Main contact for branch: Mrs Lorraine Hicks
Email: lorraine.hicks@nhs.net
Branch ODS code: J82155002
Branch name: Riverbank Medical Practice - Hamworthy
Address: Hamworthy Health Centre, 15 Blandford Road, Hamworthy, Poole, BH15 4AX
Telephone: 01202 671950

Kind regards
Paul Adebayo
Practice Manager
Riverbank Medical Practice
`,
        attachments: [pdf('ODS report J82155002.pdf', report)],
      }),
      expected: {
        kind: 'branch_setup', ignored: null,
        organisation: { odsCode: 'J82155', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'J82155', name: 'Riverbank Medical Practice', mainContact: person('Paul Adebayo', 'paul.adebayo@nhs.net'), address: '2 Quay Road, Poole, BH15 1HB', phone: '01202 671900' },
          branch: { odsCode: 'J82155002', name: 'Riverbank Medical Practice - Hamworthy', address: 'Hamworthy Health Centre, 15 Blandford Road, Hamworthy, Poole, BH15 4AX', phone: '01202 671950', mainContact: { name: 'Lorraine Hicks', email: 'lorraine.hicks@nhs.net', title: 'Mrs' } },
        },
        mustRaise: [], traits: ['labelled_lines', 'pdf_letter', 'ods_report', 'upper_case_pdf_address'],
      },
    };
  },

  // 021 a federation's operations director sets up a practice's branch; the branch code's digits are transposed
  async () => ({
    n: 21, mailbox: 'datamanager', slug: 'federation-branch-code-mismatch',
    eml: mail({
      id: 'c49-021', client: 'nhsmail', date: dt(11, 17, 15, 3, 26),
      from: mbox('KOVACS, Daniel (WEST LONDON GP FEDERATION)', 'daniel.kovacs@nhs.net'), to: TO,
      subject: 'New branch - Northolt Family Practice',
      text: `Hello,

On behalf of Northolt Family Practice (which is run by West London GP Federation), please can you set up PCSE Online access for the practice's new branch site.

Main practice details
- Name: Northolt Family Practice
- Type: GP
- ODS: E85046
- Main contact: Dr Ramesh Pillai – ramesh.pillai@nhs.net
- Address: 280 Church Road, Northolt, UB5 5AW
- Tel: 020 8845 1122

Branch details
- Main contact: Dr Harriet Osei-Bonsu, harriet.osei-bonsu@nhs.net
- Branch ODS code: E85064001
- Branch name: Northolt Family Practice at Grange Farm
- Address: Grange Farm Health Centre, 3 Kensington Road, Northolt, UB5 6AH
- Tel: 020 8845 1190

Thanks,
Daniel Kovacs
Operations Director
West London GP Federation
${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'branch_setup', ignored: null,
      organisation: { odsCode: 'E85046', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'E85046', name: 'Northolt Family Practice', mainContact: person('Ramesh Pillai', 'ramesh.pillai@nhs.net'), address: '280 Church Road, Northolt, UB5 5AW', phone: '020 8845 1122' },
        branch: { odsCode: 'E85064001', name: 'Northolt Family Practice at Grange Farm', address: 'Grange Farm Health Centre, 3 Kensington Road, Northolt, UB5 6AH', phone: '020 8845 1190', mainContact: { name: 'Harriet Osei-Bonsu', email: 'harriet.osei-bonsu@nhs.net', title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['gp_federation', 'bullets', 'sender_is_neither', 'transposed_digits', 'honorific_title'],
    },
  }),

  // 022 Open Exeter form for a GP branch, typed, printed, signed and scanned; sent to the wrong mailbox by a receptionist
  async () => {
    const pages = oeForm('gp', 'v4.0');
    const fill = oeFill({
      orgName: 'Stanton Medical Group - Millbrook Surgery', orgCode: 'M85701001', address: 'Millbrook Surgery, 61 Mill Lane, Northfield, Birmingham', postcode: 'B31 2LP', phone: '0121 472 3300',
      puTitle: 'Mrs', puFirst: 'Gurpreet Kaur', puSurname: 'Dhillon', puJob: 'Branch Manager', puEmail: 'gurpreet.dhillon3@nhs.net', puPhone: '0121 472 3305',
      sigName: 'Dr Alan Whitcombe', sigPosition: 'Lead GP', sigEmail: 'alan.whitcombe@nhs.net', sigDate: '10/11/2026',
    }, ['cap_lead_gp'], { kind: 'scribble', seed: 2022 });
    const scan = await scanPdf(pages, fill, { creator: 'Canon iR-ADV C5535  PDF', producer: 'Adobe PSL 1.3e for Canon', date: iso(11, 10, 11, 52) }, {
      dpi: 150, seed: 49022, rotateDeg: -1.4, noise: 18, speckles: 350, shadowEdge: 'right', jpegQuality: 80, paper: 248,
      hand: { family: 'LSans', size: 10, color: [0.05, 0.05, 0.05], jitter: 0, slope: 0, spacing: 1, typed: true },
      sigInk: [0.08, 0.12, 0.5],
    });
    return {
      n: 22, mailbox: 'datamanager', slug: 'oe-branch-form-scan-misdirected',
      eml: mail({
        id: 'c49-022', client: 'nhsmail', date: dt(11, 10, 12, 8, 14),
        from: mbox('Stacey Moran', 'stacey.moran@nhs.net'), to: TO,
        subject: 'Scanned form - Open Exeter',
        text: `Morning,

Please find attached the signed Open Exeter form for our Millbrook branch, Dr Whitcombe has signed it. Gurpreet will be the primary user for the branch.

Thanks
Stacey Moran
Reception Lead
Stanton Medical Group
`,
        attachments: [pdf('Scanned from a Canon iR-ADV C5535 10-11-2026 11.52.pdf', scan)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'M85701001', type: 'gp_branch' },
        fields: {
          organisationKind: 'gp_practice',
          nominee: person('Gurpreet Kaur Dhillon', 'gurpreet.dhillon3@nhs.net'),
          signatory: signatory('Alan Whitcombe', 'alan.whitcombe@nhs.net', 'lead_gp'),
        },
        mustRaise: [], traits: ['misdirected', 'pdf_scan', 'typed_then_scanned', 'rotated', 'branch_code', 'sender_is_neither', 'two_part_first_name'],
      },
    };
  },

  // 023 a delivery failure report for PCSE's own confirmation email
  async () => {
    const b = `----_=_NextPart_${sha('c49-023').slice(0, 24)}`;
    const origId = '<PCSE-2026-117733.2@pcse.england.nhs.uk>';
    const mid = messageId({ id: 'c49-023', client: 'nhsmail', from: 'postmaster@nhs.net' });
    const eml = rawMessage(`Received: from LO0P265MB6588.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a1::7) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; Mon, 9 Nov 2026 10:14:51 +0000
From: postmaster@nhs.net
To: ${PCSE.dmBare}
Date: Mon, 9 Nov 2026 10:14:49 +0000
Subject: Undeliverable: Your practice email address has been updated [PCSE-2026-117733]
Message-ID: ${mid}
In-Reply-To: ${origId}
References: ${origId}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="${b}"

--${b}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

pennineview.admin@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO0P265MB6588.GBRP265.PROD.OUTLOOK.COM

pennineview.admin@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: pennineview.admin@nhs.net
Subject: Your practice email address has been updated [PCSE-2026-117733]
Date: Mon, 9 Nov 2026 10:14:40 +0000
Message-ID: ${origId}

--${b}
Content-Type: message/delivery-status

Reporting-MTA: dns;LO0P265MB6588.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Mon, 9 Nov 2026 10:14:40 +0000

Final-Recipient: rfc822;pennineview.admin@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--${b}
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: pennineview.admin@nhs.net
Subject: Your practice email address has been updated [PCSE-2026-117733]
Date: Mon, 9 Nov 2026 10:14:40 +0000
Message-ID: ${origId}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--${b}--
`);
    return {
      n: 23, mailbox: 'datamanager', slug: 'bounce-confirmation-undeliverable', eml,
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'case_ref_subject'] },
    };
  },

  // 024 chaser on an extension request, with the reference
  async () => ({
    n: 24, mailbox: 'datamanager', slug: 'chaser-extension-with-reference',
    eml: mail({
      id: 'c49-024', client: 'nhsmail', date: dt(11, 27, 9, 12, 3),
      from: mbox('Ravi Chandarana', 'ravi.chandarana@nhs.net'), to: TO,
      subject: 'RE: Extend main contact to new pharmacy [PCSE-2026-117905]',
      inReplyTo: '<PCSE-2026-117905.1@pcse.england.nhs.uk>', references: '<PCSE-2026-117905.1@pcse.england.nhs.uk>',
      text: `Hi,

Just following up on this – we still can't see Kempston Pharmacy in the drop down on our PCSE Online account. Could you let me know when it will be done? We need to order supplies for the new site.

Thanks
Ravi

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 06 November 2026 10:52
To: Ravi Chandarana <ravi.chandarana@nhs.net>
Subject: Extend main contact to new pharmacy [PCSE-2026-117905]

Thank you for contacting Primary Care Support England. Your request has been logged with reference PCSE-2026-117905. We will call the new pharmacy to verify the details before we make the change.

PCSE Data Manager team
`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_subject', 'outlook_quote'] },
  }),
];
