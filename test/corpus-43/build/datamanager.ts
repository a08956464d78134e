// pcse.datamanager@nhs.net: the month's mail.
import { NHSMAIL_FOOTER, outlookQuote, person } from './common.js';
import type { MailSpec } from './lib.js';

const practice = (odsCode: string | null, name: string | null, mc: [string | null, string | null], address: string | null, phone: string | null) => ({
  odsCode,
  name,
  mainContact: person(mc[0], mc[1]),
  address,
  phone,
});

export function datamanagerMails(): MailSpec[] {
  const m: MailSpec[] = [];

  m.push({
    slug: 'email-update-labelled',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'HUGHES, Bethan (FAIRFIELD PARK SURGERY)', email: 'bethan.hughes7@nhs.net' },
    subject: 'Update practice email address',
    date: 'Mon, 2 Nov 2026 09:22:17 +0000',
    text: `Good morning

Please could you update the practice email address you hold for us.

Practice name: Fairfield Park Surgery, GP
Practice code: E85113
Current practice email address: fairfieldpark.surgery@nhs.net
New practice email address: fairfieldpark.admin@nhs.net

The current one is being closed down at the end of the month.

Many thanks
Bethan Hughes
Administration Lead
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: { odsCode: 'E85113', type: 'gp_practice' },
      fields: { currentEmail: 'fairfieldpark.surgery@nhs.net', newEmail: 'fairfieldpark.admin@nhs.net' },
      mustRaise: [],
      traits: ['labelled_fields', 'org_name_qualifier'],
    },
  });

  m.push({
    slug: 'email-update-to-my-own',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'BRAMWELL, Sarah (ST MARKS MEDICAL CENTRE)', email: 'sarah.bramwell@nhs.net' },
    subject: 'Change of practice email',
    date: 'Tue, 3 Nov 2026 12:48:30 +0000',
    text: `Hi

Nobody really monitors our old generic inbox (stmarksmc.enquiries@nhs.net) any more so please can you change the practice email address for St Marks Medical Centre, H81027, to my email sarah.bramwell@nhs.net. I'm the practice manager so I'll see everything that comes in.

Thanks
Sarah Bramwell
Practice Manager
St Marks Medical Centre
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: { odsCode: 'H81027', type: 'gp_practice' },
      fields: { currentEmail: 'stmarksmc.enquiries@nhs.net', newEmail: 'sarah.bramwell@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['free_prose', 'new_address_is_personal'],
    },
  });

  m.push({
    slug: 'email-update-old-and-new-sections',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'Kingsway Dental Practice', email: 'kingswaydental.reception@nhs.net' },
    subject: 'Update practice email address - Kingsway Dental Practice V067712',
    date: 'Wed, 4 Nov 2026 10:05:52 +0000',
    text: `Dear PCSE

We have moved to a new NHSmail shared mailbox. Please update your records as follows.

Practice: Kingsway Dental Practice
ODS code: V067712

OLD CONTACT DETAILS
Email: kingswaydental@nhs.net
Telephone: 01234 352 100

NEW CONTACT DETAILS
Email: kingswaydental.reception@nhs.net
Telephone: 01234 352 100

Please send any confirmation to the new address (we are writing from it).

Regards
Paula Greenwood
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: { odsCode: 'V067712', type: 'dental_practice' },
      fields: { currentEmail: 'kingswaydental@nhs.net', newEmail: 'kingswaydental.reception@nhs.net' },
      mustRaise: [],
      traits: ['two_sections_same_labels', 'sender_is_new_address'],
    },
  });

  m.push({
    slug: 'email-update-letter-o-in-code',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'FORSYTH, Graham (RIVERSIDE HEALTH PARTNERSHIP)', email: 'graham.forsyth@nhs.net' },
    subject: 'Update practice email address',
    date: 'Thu, 5 Nov 2026 14:19:08 +0000',
    text: `Hello,

Please update the practice email for Riverside Health Partnership (practice code D82O54).

Current: riversidehp.general@nhs.net
New: riversidehp.pcse@nhs.net

We've set up a dedicated shared mailbox for PCSE correspondence.

Best regards,
Graham Forsyth
IT & Facilities Manager
Riverside Health Partnership
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: { odsCode: 'D82O54', type: 'gp_practice' },
      fields: { currentEmail: 'riversidehp.general@nhs.net', newEmail: 'riversidehp.pcse@nhs.net' },
      mustRaise: ['ods_invalid'],
      traits: ['letter_for_digit_in_code', 'short_labels'],
    },
  });

  m.push({
    slug: 'extension-pharmacy-two-sections',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'DESHPANDE, Anjali (HILLCREST PHARMACY)', email: 'anjali.deshpande@nhs.net' },
    subject: 'Extend main contact to new pharmacy',
    date: 'Mon, 9 Nov 2026 11:11:44 +0000',
    text: `Hello,

I would like to extend a current main contact to a new pharmacy. We took over the Dodworth branch on 1 November.

Details of existing pharmacy
Name: Hillcrest Pharmacy
ODS code: FJ471
Main contact: Anjali Deshpande
Email: anjali.deshpande@nhs.net
Address: 14 Hill Street, Barnsley, S70 1AB
Telephone: 01226 287 410

Details of new pharmacy
Name: Hillcrest Pharmacy - Dodworth
ODS code: FQ2M8
Address: Unit 3, Station Road, Dodworth, Barnsley, S75 3JQ
Telephone: 01226 203 551
Email: hillcrest.dodworth@nhs.net

Please call the Dodworth branch if you need to verify.

Thank you
Anjali Deshpande MRPharmS
Superintendent Pharmacist
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: { odsCode: 'FJ471', type: 'pharmacy' },
      fields: {
        existingPractice: practice('FJ471', 'Hillcrest Pharmacy', ['Anjali Deshpande', 'anjali.deshpande@nhs.net'], '14 Hill Street, Barnsley, S70 1AB', '01226 287 410'),
        newPractice: { odsCode: 'FQ2M8', name: 'Hillcrest Pharmacy - Dodworth', address: 'Unit 3, Station Road, Dodworth, Barnsley, S75 3JQ' },
      },
      mustRaise: [],
      traits: ['two_sections_same_labels', 'org_name_qualifier', 'labelled_fields', 'extra_field_in_new_section'],
    },
  });

  m.push({
    slug: 'extension-dental-prose',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'Seaview Dental Care', email: 'seaviewdental.practice@nhs.net' },
    subject: 'Main contact - new practice',
    date: 'Tue, 10 Nov 2026 16:34:29 +0000',
    text: `Dear Data Manager team

We have recently purchased Lancing Smile Centre and would like our existing main contact, Mrs Joanne Whitcombe (jo.whitcombe@nhs.net), to be extended to cover it as well so she can order supplies for both sites.

Our existing practice is Seaview Dental Care, V083154, at 2 Marine Parade, Worthing BN11 3PX, telephone 01903 200 417. The new practice is Lancing Smile Centre, ODS code V091278, 45 North Road, Lancing BN15 9AB.

The staff at Lancing know to expect your call.

Kind regards

Jo Whitcombe
Practice Manager
Seaview Dental Care
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: { odsCode: 'V083154', type: 'dental_practice' },
      fields: {
        existingPractice: practice('V083154', 'Seaview Dental Care', ['Joanne Whitcombe', 'jo.whitcombe@nhs.net'], '2 Marine Parade, Worthing BN11 3PX', '01903 200 417'),
        newPractice: { odsCode: 'V091278', name: 'Lancing Smile Centre', address: '45 North Road, Lancing BN15 9AB' },
      },
      mustRaise: [],
      traits: ['free_prose', 'nickname_vs_full_name', 'shared_mailbox_sender'],
    },
  });

  m.push({
    slug: 'extension-gp-new-code-short',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'AKHTAR, Nadia (COLLEGE ROAD SURGERY)', email: 'nadia.akhtar@nhs.net' },
    subject: 'Extend main contact to new practice - College Road Surgery / Westbourne Surgery',
    date: 'Wed, 11 Nov 2026 09:58:03 +0000',
    text: `Hi,

Following the merger with Westbourne Surgery please can you extend our main contact to the new practice.

Existing practice
Practice name: College Road Surgery
ODS code: C82044
Main contact: Nadia Akhtar
Main contact email: nadia.akhtar@nhs.net
Address: 101 College Road
Leicester
LE2 1FR
Telephone: 0116 270 5511

New practice
ODS code: C8207
Practice name: Westbourne Surgery
Address: 12 Westbourne Street
Leicester
LE4 6FG

Thanks,
Nadia Akhtar
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: { odsCode: 'C82044', type: 'gp_practice' },
      fields: {
        existingPractice: practice('C82044', 'College Road Surgery', ['Nadia Akhtar', 'nadia.akhtar@nhs.net'], '101 College Road, Leicester, LE2 1FR', '0116 270 5511'),
        newPractice: { odsCode: 'C8207', name: 'Westbourne Surgery', address: '12 Westbourne Street, Leicester, LE4 6FG' },
      },
      mustRaise: ['ods_invalid'],
      traits: ['two_sections_same_labels', 'multi_line_address', 'code_one_digit_short'],
    },
  });

  m.push({
    slug: 'branch-main-site-labelled',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'LOWE, Kerry-Ann (RIVERBANK MEDICAL CENTRE)', email: 'kerry-ann.lowe@nhs.net' },
    subject: 'Set up access to PCSE Online for a branch practice',
    date: 'Thu, 12 Nov 2026 10:40:26 +0000',
    text: `Dear PCSE,

We would like to set up access to PCSE Online for our branch practice. We have received the branch ODS code from the ODS team.

MAIN PRACTICE
Name: Riverbank Medical Centre (Main Site)
Organisation type: GP
ODS code: M85011
Main contact: Kerry-Ann Lowe
Email: kerry-ann.lowe@nhs.net
Address: 1 Riverbank Road, Dudley, DY1 2HQ
Telephone: 01384 212 400

BRANCH PRACTICE
Main contact: Mrs Kerry-Ann Lowe
Email: kerry-ann.lowe@nhs.net
ODS code: M85011001
Name: Riverbank Medical Centre - Northfield
Address: 48 Northfield Lane, Dudley, DY3 1PP
Telephone: 01384 212 480

I will be main contact for both sites.

Kind regards
Kerry-Ann Lowe
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: { odsCode: 'M85011', type: 'gp_practice' },
      fields: {
        mainPractice: practice('M85011', 'Riverbank Medical Centre (Main Site)', ['Kerry-Ann Lowe', 'kerry-ann.lowe@nhs.net'], '1 Riverbank Road, Dudley, DY1 2HQ', '01384 212 400'),
        branch: {
          odsCode: 'M85011001',
          name: 'Riverbank Medical Centre - Northfield',
          address: '48 Northfield Lane, Dudley, DY3 1PP',
          phone: '01384 212 480',
          mainContact: { ...person('Kerry-Ann Lowe', 'kerry-ann.lowe@nhs.net'), title: 'Mrs' },
        },
      },
      mustRaise: [],
      traits: ['two_sections_same_labels', 'org_name_qualifier', 'same_person_both_sections', 'hyphenated_forename'],
    },
  });

  m.push({
    slug: 'branch-code-other-practice',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'DOBROWOLSKI, Piotr (ABBEY LANE PRACTICE)', email: 'piotr.dobrowolski@nhs.net' },
    subject: 'New branch - Abbey Lane Practice',
    date: 'Mon, 16 Nov 2026 13:07:55 +0000',
    text: `Hello

Please set up our new branch surgery on PCSE Online.

Main practice details
Practice name: Abbey Lane Practice
Organisation type: GP
ODS code: K81022
Main contact: Piotr Dobrowolski
Main contact email: piotr.dobrowolski@nhs.net
Address: 3 Abbey Lane, Reading, RG1 3BQ
Telephone: 0118 957 3000

Branch details
Main contact for branch: Dr Halima Yusuf
Email: halima.yusuf@nhs.net
Branch ODS code: K81029001
Branch name: Abbey Lane Practice - Tilehurst
Address: 210 Norcot Road, Tilehurst, Reading, RG30 6BU
Telephone: 0118 942 1100

Thanks
Piotr Dobrowolski
Business Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: { odsCode: 'K81022', type: 'gp_practice' },
      fields: {
        mainPractice: practice('K81022', 'Abbey Lane Practice', ['Piotr Dobrowolski', 'piotr.dobrowolski@nhs.net'], '3 Abbey Lane, Reading, RG1 3BQ', '0118 957 3000'),
        branch: {
          odsCode: 'K81029001',
          name: 'Abbey Lane Practice - Tilehurst',
          address: '210 Norcot Road, Tilehurst, Reading, RG30 6BU',
          phone: '0118 942 1100',
          mainContact: { ...person('Halima Yusuf', 'halima.yusuf@nhs.net'), title: 'Dr' },
        },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['two_sections_same_labels', 'branch_code_prefix_differs'],
    },
  });

  const grangeHtml = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{font-family:Calibri,sans-serif;font-size:11pt;padding:3px 6px;border:1px solid #999}</style></head>
<body lang="EN-GB">
<div><p>Hi,</p>
<p>Please can you set up our branch on PCSE Online. Details below.</p>
<table style="border-collapse:collapse">
<tr><td colspan="2"><b>Main practice</b></td></tr>
<tr><td>Practice name</td><td>The Grange Surgery</td></tr>
<tr><td>Organisation type</td><td>GP</td></tr>
<tr><td>ODS code</td><td>J81033</td></tr>
<tr><td>Main contact</td><td>Lisa Cartwright</td></tr>
<tr><td>Email</td><td>lisa.cartwright2@nhs.net</td></tr>
<tr><td>Address</td><td>Grange Road<br>Salisbury<br>SP2 7DN</td></tr>
<tr><td>Telephone</td><td>01722 333 610</td></tr>
<tr><td colspan="2"><b>Branch</b></td></tr>
<tr><td>Main contact (incl. title)</td><td>Dr Femi Adebayo</td></tr>
<tr><td>Email</td><td>femi.adebayo@nhs.net</td></tr>
<tr><td>ODS code</td><td>J81033002</td></tr>
<tr><td>Practice name</td><td>The Grange Surgery at Wilton</td></tr>
<tr><td>Address</td><td>Market Place<br>Wilton<br>SP2 0HT</td></tr>
<tr><td>Telephone</td><td>01722 742 015</td></tr>
</table>
<p>Our first branch (Downton) is already set up under J81033001.</p>
<p>Kind regards<br>Lisa Cartwright<br>Practice Manager, The Grange Surgery</p>
</div></body></html>`;
  m.push({
    slug: 'branch-html-table',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'CARTWRIGHT, Lisa (THE GRANGE SURGERY)', email: 'lisa.cartwright2@nhs.net' },
    subject: 'Branch set up - The Grange Surgery at Wilton',
    date: 'Tue, 17 Nov 2026 15:45:39 +0000',
    text: '',
    html: grangeHtml,
    htmlOnly: true,
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: { odsCode: 'J81033', type: 'gp_practice' },
      fields: {
        mainPractice: practice('J81033', 'The Grange Surgery', ['Lisa Cartwright', 'lisa.cartwright2@nhs.net'], 'Grange Road, Salisbury, SP2 7DN', '01722 333 610'),
        branch: {
          odsCode: 'J81033002',
          name: 'The Grange Surgery at Wilton',
          address: 'Market Place, Wilton, SP2 0HT',
          phone: '01722 742 015',
          mainContact: { ...person('Femi Adebayo', 'femi.adebayo@nhs.net'), title: 'Dr' },
        },
      },
      mustRaise: [],
      traits: ['html_only', 'html_table', 'two_sections_same_labels', 'other_branch_code_mentioned'],
    },
  });

  m.push({
    slug: 'misdirected-main-contact-pharmacy',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'Tudor Pharmacy', email: 'tudorpharmacy.fn3k6@nhs.net' },
    subject: 'New main contact',
    date: 'Wed, 18 Nov 2026 11:29:14 +0000',
    text: `Hi

Please change the main contact for Tudor Pharmacy, ODS FN3K6, to our new pharmacy manager Leon Harte. His email is leon.harte1@nhs.net.

Thanks
Tudor Pharmacy
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: { odsCode: 'FN3K6', type: 'pharmacy' },
      fields: { newMainContact: person('Leon Harte', 'leon.harte1@nhs.net') },
      mustRaise: [],
      traits: ['misdirected', 'shared_mailbox_sender', 'code_in_address'],
    },
  });

  m.push({
    slug: 'thanks-with-reference',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'HUGHES, Bethan (FAIRFIELD PARK SURGERY)', email: 'bethan.hughes7@nhs.net' },
    subject: 'RE: Update practice email address [PCSE-2026-004233]',
    date: 'Fri, 13 Nov 2026 08:50:02 +0000',
    text: `Thank you, we've received the confirmation in the new mailbox.

Bethan
${outlookQuote(
  {
    from: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
    sent: '12 November 2026 17:05',
    to: 'fairfieldpark.admin@nhs.net',
    subject: 'Update practice email address [PCSE-2026-004233]',
  },
  `Dear Fairfield Park Surgery,

We have updated your practice email address. This confirmation has been sent to the new address.

PCSE Data Management`,
)}
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_reference', 'quoted_confirmation'] },
  });

  const bounceBody = `--=_bounce_7f2a91
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

redwoodsurgery.practicemanager@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM6P265MB3345.GBRP265.PROD.OUTLOOK.COM

redwoodsurgery.practicemanager@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--=_bounce_7f2a91
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6P265MB3345.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Thu, 19 Nov 2026 16:12:07 +0000

Final-Recipient: rfc822;redwoodsurgery.practicemanager@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--=_bounce_7f2a91
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: redwoodsurgery.practicemanager@nhs.net
Subject: Update practice email address [PCSE-2026-004298]
Date: Thu, 19 Nov 2026 16:12:01 +0000

--=_bounce_7f2a91--`;
  m.push({
    slug: 'bounce-new-address',
    mailbox: 'datamanager',
    client: 'system',
    from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' },
    subject: 'Undeliverable: Update practice email address [PCSE-2026-004298]',
    date: 'Thu, 19 Nov 2026 16:12:09 +0000',
    text: '',
    rawBody: { contentType: 'multipart/report; report-type=delivery-status; boundary="=_bounce_7f2a91"', body: bounceBody },
    extraHeaders: [['Auto-Submitted', 'auto-replied']],
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'dsn', 'case_reference'] },
  });

  m.push({
    slug: 'question-email-change-effects',
    mailbox: 'datamanager',
    client: 'outlook',
    from: { name: 'TEMPLETON, Alison (NEWMARKET ROAD SURGERY)', email: 'alison.templeton@nhs.net' },
    subject: 'Question about changing practice email',
    date: 'Mon, 23 Nov 2026 12:14:48 +0000',
    text: `Hello

We are thinking about moving from our practice nhs.net address to a new shared mailbox next year. Before we ask you to change it, can I check: if the practice email address changes, does that affect any of our staff's PCSE Online logins, or is it only used for correspondence from PCSE? And can the new one be an individual's nhs.net address if that person covers the admin?

We're not ready to change anything yet.

Thanks
Alison Templeton
Assistant Practice Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question_not_request', 'mentions_email_change'] },
  });

  return m;
}
