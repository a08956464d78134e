// datamanager: practice email changes, main contacts extended to new practices, GP branches, and the mail around them.
import { NHSMAIL_FOOTER, escHtml, htmlOf, type Mail } from './lib.js';
import { DATAMGR, type Entry, msgId, org, person, unclassified, when } from './kit.js';
import { wordDoc } from './pdfs.js';

const pdf = (filename: string, data: Buffer) => ({ filename, contentType: 'application/pdf', data });
const NHS = 'CWLP265MB3318.GBRP265.PROD.OUTLOOK.COM';

const practice = (odsCode: string | null, name: string | null, mc: [string | null, string | null], address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: person(mc[0], mc[1]), address, phone });

export async function datamanager(): Promise<Entry[]> {
  const out: Entry[] = [];
  const add = (slug: string, mail: Mail, expected: Entry['expected']) => out.push({ mailbox: 'datamanager', slug, mail, expected });

  // 26 Practice email update, as the help page asks.
  add('email-update-gp', {
    client: 'nhsmail', from: ['Fernlea Surgery', 'fernlea.surgery@nhs.net'], to: [DATAMGR],
    subject: 'Update practice email address', date: when(2, 11, 2), id: msgId(26, NHS),
    text: `Good morning,

Practice name: Fernlea Surgery
Practice code: H81077
Current practice email: fernlea.surgery@nhs.net
New practice email: fernleasurgery.h81077@nhs.net

We are moving to the new generic mailbox set up by the ICB. Please send any confirmation to the new address.

Kind regards
Admin Team
Fernlea Surgery
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('H81077', 'gp_practice'),
    fields: { currentEmail: 'fernlea.surgery@nhs.net', newEmail: 'fernleasurgery.h81077@nhs.net' },
    mustRaise: [], traits: ['labelled_lines'],
  });

  // 27 Practice email update to a person's own nhs.net address.
  add('email-update-dental-personal', {
    client: 'nhsmail', from: ['Mary Okonkwo', 'mary.okonkwo@nhs.net'], to: [DATAMGR],
    subject: 'Orchard Dental Practice - new email', date: when(3, 12, 40), id: msgId(27, NHS),
    text: `Hello

Our old practice mailbox orcharddental@btconnect.com is closing at the end of the month as BT are withdrawing the service. Please change the practice email for Orchard Dental Practice (V071136) to my nhs.net address, mary.okonkwo@nhs.net, as I'm the practice owner and check it every day.

Thank you
Mary Okonkwo
Orchard Dental Practice
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('V071136', 'dental_practice'),
    fields: { currentEmail: 'orcharddental@btconnect.com', newEmail: 'mary.okonkwo@nhs.net' },
    mustRaise: ['individual_mailbox'], traits: ['prose', 'personal_mailbox_as_practice_email'],
  });

  // 28 Practice email update, pharmacy, in an HTML table.
  const rows28: [string, string][] = [['Pharmacy name', 'Beacon Pharmacy'], ['ODS code', 'FD519'], ['Current email', 'beacon.pharmacy@nhs.net'], ['New email', 'pharmacy.fd519@nhs.net']];
  const text28 = `Hi team,

Please update our email address as below.

${rows28.map(([k, v]) => `${k}\t${v}`).join('\n')}

Many thanks
Kelechi Eze
Pharmacist Manager, Beacon Pharmacy`;
  add('email-update-pharmacy-table', {
    client: 'outlook365', from: ['Kelechi Eze', 'kelechi.eze@nhs.net'], to: [DATAMGR],
    subject: 'Update practice email address - Beacon Pharmacy', date: when(4, 9, 58), id: msgId(28, 'LO0P123MB5567.GBRP123.PROD.OUTLOOK.COM'),
    text: text28,
    html: `<html><body><p>Hi team,</p><p>Please update our email address as below.</p><table border="1" cellspacing="0" cellpadding="4">${rows28.map(([k, v]) => `<tr><td><b>${escHtml(k)}</b></td><td>${escHtml(v)}</td></tr>`).join('')}</table><p>Many thanks<br>Kelechi Eze<br>Pharmacist Manager, Beacon Pharmacy</p></body></html>`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('FD519', 'pharmacy'),
    fields: { currentEmail: 'beacon.pharmacy@nhs.net', newEmail: 'pharmacy.fd519@nhs.net' },
    mustRaise: [], traits: ['html_table'],
  });

  // 29 Main contact extended to a newly acquired pharmacy.
  add('extension-pharmacy', {
    client: 'nhsmail', from: ['Tariq Mahmood', 'tariq.mahmood@nhs.net'], to: [DATAMGR],
    subject: 'Extend main contact to new pharmacy', date: when(5, 10, 26), id: msgId(29, NHS),
    text: `Hello,

We have taken over a second pharmacy and I would like to extend my main contact role to it.

Existing pharmacy
Name: Riverside Pharmacy
ODS: FC774
Main contact: Tariq Mahmood, tariq.mahmood@nhs.net
Address: 14 Quayside, Bideford, EX39 2HF
Tel: 01237 470112

New pharmacy
ODS: FW118
Name: Market Square Pharmacy
Address: 3 Market Square, Great Torrington, EX38 8HN

Regards
Tariq Mahmood MRPharmS
Superintendent Pharmacist
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'main_contact_extension', ignored: null, organisation: org('FC774', 'pharmacy'),
    fields: {
      existingPractice: practice('FC774', 'Riverside Pharmacy', ['Tariq Mahmood', 'tariq.mahmood@nhs.net'], '14 Quayside, Bideford, EX39 2HF', '01237 470112'),
      newPractice: { odsCode: 'FW118', name: 'Market Square Pharmacy', address: '3 Market Square, Great Torrington, EX38 8HN' },
    },
    mustRaise: [], traits: ['labelled_blocks'],
  });

  // 30 Extension on the dental group's own two-page Word form, the letterhead repeated on each page.
  const f30 = await wordDoc({
    title: 'Main contact extension request', producer: 'Microsoft® Word 2019', creator: 'Microsoft® Word 2019',
    letterhead: { org: 'Northgate Dental Group', lines: ['Head office: 41 Northgate Street, Chester CH1 2HQ', 'Tel 01244 318620   Registered in England no. 08812334'], colour: [0.45, 0.12, 0.4] },
    heading: 'Request to extend an existing PCSE Online Main Contact to a new practice',
    intro: [
      'Northgate Dental Group has acquired the practice below with effect from 1 November 2026. We ask PCSE to add the new practice to the account of the main contact we already hold for our Chester practice, so that supplies for the new site can be ordered through PCSE Online.',
      'The information below is given as set out on the PCSE website (General user management: extending a current main contact to a new practice). Please telephone the new practice to verify these details; the practice team there is expecting your call.',
    ],
    sections: [
      { heading: 'Section 1: Existing practice', rows: [['Name of existing practice', 'Northgate Dental Practice'], ['ODS code', 'V045508'], ['Main contact name', 'Dr Rebecca Lyons'], ['Main contact email', 'rebecca.lyons2@nhs.net'], ['Address', '41 Northgate Street\nChester\nCH1 2HQ'], ['Telephone', '01244 318620']] },
      { heading: 'Section 2: New practice', breakBefore: true, rows: [['ODS code of new practice', 'V061203'], ['Name of new practice', 'Kirkby Dental Studio'], ['Address', 'Unit 4, Hall Lane, Kirkby, Liverpool L32 1TE'], ['Telephone (for verification call)', '0151 546 2207']] },
      { heading: 'Section 3: Declaration', rows: [['Completed by', 'Rebecca Lyons, Clinical Director'], ['Signature', { sig: 'Rebecca Lyons' }], ['Date', '04/11/2026']] },
    ],
    footer: 'NDG-FORM-017 rev 2',
  });
  add('extension-dental-word-two-pages', {
    client: 'nhsmail', from: ['Northgate Dental Group', 'northgate.dental@nhs.net'], to: [DATAMGR],
    subject: 'Extension of main contact - Kirkby Dental Studio V061203', date: when(5, 14, 12), id: msgId(30, NHS),
    text: `Dear PCSE Data Manager team,

Please see the attached request to extend our main contact to our newly acquired practice in Kirkby.

Kind regards

Compliance Team
Northgate Dental Group
${NHSMAIL_FOOTER}`,
    attachments: [pdf('NDG main contact extension - Kirkby.pdf', f30)],
  }, {
    kind: 'main_contact_extension', ignored: null, organisation: org('V045508', 'dental_practice'),
    fields: {
      existingPractice: practice('V045508', 'Northgate Dental Practice', ['Rebecca Lyons', 'rebecca.lyons2@nhs.net'], '41 Northgate Street, Chester, CH1 2HQ', '01244 318620'),
      newPractice: { odsCode: 'V061203', name: 'Kirkby Dental Studio', address: 'Unit 4, Hall Lane, Kirkby, Liverpool L32 1TE' },
    },
    mustRaise: [], traits: ['word_export_table', 'two_pages', 'letterhead_every_page', 'multi_line_address', 'see_attached'],
  });

  // 31 Extension, GP practice, prose with a multi-line address.
  add('extension-gp', {
    client: 'nhsmail', from: ['Sanjay Mehta', 'sanjay.mehta@nhs.net'], to: [DATAMGR],
    subject: 'extending main contact to Lea Valley Health Centre', date: when(9, 10, 45), id: msgId(31, NHS),
    text: `Hi

I'm the main contact at Riverbank Surgery (E85011) and from 1st December we are also running Lea Valley Health Centre under a caretaking contract. Could you extend my main contact role to Lea Valley please? Their new ODS code is E85640 and the address is 88 Hertford Road, Enfield, EN3 5AX.

Our details:
Riverbank Surgery
2 Mill Road
Enfield
EN3 4LB
020 8805 1190
Main contact: Sanjay Mehta (sanjay.mehta@nhs.net)

Thanks
Sanjay
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'main_contact_extension', ignored: null, organisation: org('E85011', 'gp_practice'),
    fields: {
      existingPractice: practice('E85011', 'Riverbank Surgery', ['Sanjay Mehta', 'sanjay.mehta@nhs.net'], '2 Mill Road, Enfield, EN3 4LB', '020 8805 1190'),
      newPractice: { odsCode: 'E85640', name: 'Lea Valley Health Centre', address: '88 Hertford Road, Enfield, EN3 5AX' },
    },
    mustRaise: [], traits: ['prose', 'multi_line_address', 'new_practice_in_prose'],
  });

  // 32 Branch set-up, GP, labelled as the help page lists it.
  add('branch-gp', {
    client: 'nhsmail', from: ['Julie Whitmore', 'julie.whitmore@nhs.net'], to: [DATAMGR],
    subject: 'New branch - PCSE Online access', date: when(10, 11, 33), id: msgId(32, NHS),
    text: `Dear PCSE

We would like to set up access to PCSE Online for our branch practice.

MAIN PRACTICE
Name: Penrose Medical Practice
Organisation type: GP
ODS code: D82036
Main contact: Julie Whitmore
Main contact email: julie.whitmore@nhs.net
Address: Penrose Road, King's Lynn, PE30 4JH
Telephone: 01553 761204

BRANCH
Main contact: Mrs Julie Whitmore
Email: julie.whitmore@nhs.net
Branch ODS code: D82036001
Branch name: Little Marsh Surgery
Address: The Green, Little Marsh, King's Lynn, PE31 6RT
Telephone: 01553 640338

I will be the main contact for both sites.

Kind regards
Julie Whitmore
Practice Manager
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'branch_setup', ignored: null, organisation: org('D82036', 'gp_practice'),
    fields: {
      mainPractice: practice('D82036', 'Penrose Medical Practice', ['Julie Whitmore', 'julie.whitmore@nhs.net'], "Penrose Road, King's Lynn, PE30 4JH", '01553 761204'),
      branch: { odsCode: 'D82036001', name: 'Little Marsh Surgery', address: "The Green, Little Marsh, King's Lynn, PE31 6RT", phone: '01553 640338', mainContact: { ...person('Julie Whitmore', 'julie.whitmore@nhs.net'), title: 'Mrs' } },
    },
    mustRaise: [], traits: ['labelled_blocks', 'same_contact_both_sites'],
  });

  // 33 Branch set-up with a branch code that is not the main code plus three digits.
  add('branch-code-mismatch', {
    client: 'nhsmail', from: ['Owen Tremlett', 'owen.tremlett@nhs.net'], to: [DATAMGR],
    subject: 'Branch set up - Harbour View at Penryn', date: when(12, 9, 21), id: msgId(33, NHS),
    text: `Hello

Please could you set up PCSE Online access for our new branch. The ODS team sent us the PDF report last week.

Main practice: Harbour View Practice, L81019, Quay Street, Falmouth, TR11 3HH, tel 01326 210455. Main contact Owen Tremlett, owen.tremlett@nhs.net.

Branch: Harbour View at Penryn, ODS L81109001, 5 Commercial Road, Penryn, TR10 8AG, tel 01326 372901.
Branch main contact: Ms Tamsin Rowe, tamsin.rowe@nhs.net

Many thanks
Owen Tremlett
Business Manager, Harbour View Practice
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'branch_setup', ignored: null, organisation: org('L81019', 'gp_practice'),
    fields: {
      mainPractice: practice('L81019', 'Harbour View Practice', ['Owen Tremlett', 'owen.tremlett@nhs.net'], 'Quay Street, Falmouth, TR11 3HH', '01326 210455'),
      branch: { odsCode: 'L81109001', name: 'Harbour View at Penryn', address: '5 Commercial Road, Penryn, TR10 8AG', phone: '01326 372901', mainContact: { ...person('Tamsin Rowe', 'tamsin.rowe@nhs.net'), title: 'Ms' } },
    },
    mustRaise: ['branch_code_mismatch'], traits: ['comma_separated_details'],
  });

  // 34 Branch set-up pasted as a two-column table in an HTML mail.
  const rows34: [string, string][] = [
    ['Main practice name', 'Oakhurst Medical Centre'], ['Organisation type', 'GP'], ['Main practice ODS code', 'G85023'],
    ['Main contact', 'Dr Kwame Asante'], ['Main contact email', 'kwame.asante@nhs.net'], ['Main practice address', '12 Oakhurst Rise, London SW19 8QR'], ['Main practice telephone', '020 8947 6501'],
    ['Branch main contact (incl. title)', 'Mr Ravi Pillai'], ['Branch main contact email', 'ravi.pillai2@nhs.net'], ['Branch ODS code', 'G85023002'],
    ['Branch name', 'Southfields Branch Surgery'], ['Branch address', '214 Merton Road, Southfields, London SW18 5SW'], ['Branch telephone', '020 8874 3322'],
  ];
  add('branch-gp-html-table', {
    client: 'outlook365', from: ['Ravi Pillai', 'ravi.pillai2@nhs.net'], to: [DATAMGR], cc: [['Kwame Asante', 'kwame.asante@nhs.net']],
    subject: 'Set up access to PCSE Online for a branch practice', date: when(13, 15, 5), id: msgId(34, 'LO2P123MB2290.GBRP123.PROD.OUTLOOK.COM'),
    text: `Hello,

I would like to set up access to PCSE Online for our branch practice. Details below.

${rows34.map(([k, v]) => `${k}: ${v}`).join('\n')}

Thank you
Ravi Pillai
Assistant Practice Manager`,
    html: `<html><body><p>Hello,</p><p>I would like to set up access to PCSE Online for our branch practice. Details below.</p><table style="border-collapse:collapse" border="1" cellpadding="5">${rows34.map(([k, v]) => `<tr><td style="background:#f2f2f2">${escHtml(k)}</td><td>${escHtml(v)}</td></tr>`).join('')}</table><p>Thank you<br>Ravi Pillai<br>Assistant Practice Manager</p></body></html>`,
  }, {
    kind: 'branch_setup', ignored: null, organisation: org('G85023', 'gp_practice'),
    fields: {
      mainPractice: practice('G85023', 'Oakhurst Medical Centre', ['Kwame Asante', 'kwame.asante@nhs.net'], '12 Oakhurst Rise, London SW19 8QR', '020 8947 6501'),
      branch: { odsCode: 'G85023002', name: 'Southfields Branch Surgery', address: '214 Merton Road, Southfields, London SW18 5SW', phone: '020 8874 3322', mainContact: { ...person('Ravi Pillai', 'ravi.pillai2@nhs.net'), title: 'Mr' } },
    },
    mustRaise: [], traits: ['html_table', 'sender_is_branch_contact', 'honorific'],
  });

  // 35 An unlock request sent to the wrong mailbox.
  add('unlock-misdirected', {
    client: 'apple', from: ['Cheryl Banks', 'cheryl.banks@nhs.net'], to: [DATAMGR],
    subject: 'Locked out', date: when(16, 8, 12), id: msgId(35, 'nhs.net'),
    text: `Morning, I'm locked out of PCSE Online after too many password attempts. Username cheryl.banks@nhs.net. Elmtree Surgery E82054. Can you unlock please

Cheryl Banks
Practice Administrator

Sent from my iPhone`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('E82054', 'gp_practice'),
    fields: { username: 'cheryl.banks@nhs.net' },
    mustRaise: [], traits: ['misdirected', 'mobile_client', 'terse'],
  });

  // 36 A main contact change sent to the wrong mailbox, optical practice.
  const t36 = `Hello,

Please could you change the main contact for Harlow Eye Care (TPQ08) to Bethany Collins, bethany.collins@nhs.net. Our previous main contact, Gary, retired last month.

Kind regards
Bethany Collins
Optical Assistant Manager
Harlow Eye Care, 17 The Stow, Harlow CM20 3AH`;
  add('main-contact-misdirected', {
    client: 'outlook365', from: ['Bethany Collins', 'bethany.collins@nhs.net'], to: [DATAMGR],
    subject: 'Main contact change - Harlow Eye Care', date: when(16, 13, 58), id: msgId(36, 'LO4P123MB6614.GBRP123.PROD.OUTLOOK.COM'),
    text: t36, html: htmlOf(t36),
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('TPQ08', 'ophthalmic_practice'),
    fields: { newMainContact: person('Bethany Collins', 'bethany.collins@nhs.net') },
    mustRaise: [], traits: ['misdirected', 'sender_is_new_contact'],
  });

  // 37 A question.
  add('question-merger', {
    client: 'nhsmail', from: ['Graham Lowe', 'graham.lowe@nhs.net'], to: [DATAMGR],
    subject: 'Practice merger - what do we need to do?', date: when(17, 12, 17), id: msgId(37, NHS),
    text: `Hi

We are merging with a neighbouring practice in April and will keep our ODS code while theirs closes. Is there anything we need to do in PCSE Online now, or do we wait until the merger date? Will their users be moved across automatically?

Thanks
Graham Lowe
Practice Manager, Woodlands Medical Practice
${NHSMAIL_FOOTER}`,
  }, unclassified(null, ['question']));

  // 38 A chaser carrying the reference.
  add('chaser-branch', {
    client: 'nhsmail', from: ['Owen Tremlett', 'owen.tremlett@nhs.net'], to: [DATAMGR],
    subject: 'RE: PCSE-2026-004211 Branch set up - Harbour View at Penryn', date: when(19, 9, 40), id: msgId(38, NHS), inReplyTo: '<ack.PCSE-2026-004211@pcse.england.nhs.uk>',
    text: `Hello again

Any news on this? Tamsin still hasn't had an email with her access details.

Owen

-----Original Message-----
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 12 November 2026 09:30
Subject: PCSE-2026-004211 Branch set up - Harbour View at Penryn

Thank you for your email. Your request has been logged under reference PCSE-2026-004211.
${NHSMAIL_FOOTER}`,
  }, unclassified(null, ['chaser', 'case_reference']));

  // 39 A bounce of PCSE's confirmation to a new practice address.
  const bounceBody = `This is a multi-part message in MIME format.

--_ndr_ao45_039
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to fernleasurgery.h81077@nhs.net couldn't be delivered.

fernleasurgery.h81077 wasn't found at nhs.net.

pcse.datamanager   Office 365   fernleasurgery.h81077
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.

--_ndr_ao45_039
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;CWLP265MB3318.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 4 Nov 2026 10:12:41 +0000

Final-Recipient: rfc822;fernleasurgery.h81077@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_ndr_ao45_039
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: fernleasurgery.h81077@nhs.net
Subject: PCSE-2026-004140 Practice email address updated
Date: Wed, 4 Nov 2026 10:12:38 +0000

--_ndr_ao45_039--
`;
  add('bounce', {
    client: 'system', from: ['Microsoft Outlook', 'postmaster@nhs.net'], to: [DATAMGR],
    subject: 'Undeliverable: PCSE-2026-004140 Practice email address updated', date: when(4, 10, 12, 44), id: msgId(39, NHS),
    text: 'Your message to fernleasurgery.h81077@nhs.net couldn\'t be delivered.',
    raw: { contentType: 'multipart/report; report-type=delivery-status; boundary="_ndr_ao45_039"', body: bounceBody },
  }, unclassified('bounce', ['ndr', 'multipart_report', 'case_reference']));

  return out;
}
