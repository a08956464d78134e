/** Corpus 8, datamanager: writer D (head offices of multiples, replies to PCSE, long signatures, dictation). */
import type { Email } from './common.js';
import { externalAuth, nhsAuth, person } from './common.js';

const M = 'datamanager' as const;

export const datamanager: Email[] = [
  {
    mailbox: M,
    slug: 'reply-more-info-new-practice-email',
    msg: {
      from: 'Kirsty Bellamy <kirsty.bellamy@nhs.net>',
      subject: 'RE: PCSE-2026-004502 Practice email change - information needed',
      date: 'Tue, 01 Dec 2026 09:47:30 +0000',
      topHeaders: nhsAuth(),
      text: `Hello,

The new generic address is: tanhouse.surgery@nhs.net
(the old one was tanhouse.reception@nhs.net as in my first email).

Kind regards,

Deputy Practice Manager
Kirsty Bellamy
Tan House Surgery | L83016
Tan House Lane, Ivybridge PL21 0DX
01752 690 412

CONFIDENTIALITY: This message may contain confidential or privileged information. If you are not the intended
recipient please notify the sender and delete it. NHSmail is approved for exchanging patient data.

________________________________
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 30 November 2026 15:22
To: Kirsty Bellamy <kirsty.bellamy@nhs.net>
Subject: PCSE-2026-004502 Practice email change - information needed

Dear Kirsty,

Thank you for your request to update the practice email address for Tan House Surgery (L83016).
Your email did not include the new practice email address. Please reply with the new address; it must be an
nhs.net organisation (shared) mailbox.

Kind regards,
PCSE Data Management Team
`,
    },
    exp: {
      kind: 'practice_email_update',
      organisation: { odsCode: 'L83016', type: 'gp_practice' },
      fields: { currentEmail: 'tanhouse.reception@nhs.net', newEmail: 'tanhouse.surgery@nhs.net' },
      traits: ['reply_to_pcse_request', 'case_ref_in_subject', 'missing_value_above_quote', 'title_before_name', 'confidentiality_footer'],
    },
  },
  {
    mailbox: M,
    slug: 'dental-corporate-extend-main-contact-acquisition',
    msg: {
      from: 'Contracts Administrator <contracts@smilecraftdental.co.uk>',
      subject: 'Main contact extension - newly acquired practice (SmileCraft Dental Group)',
      date: 'Tue, 01 Dec 2026 11:09:14 +0000',
      topHeaders: externalAuth('smilecraftdental.co.uk'),
      text: `Dear Data Management team,

SmileCraft Dental Group completed the purchase of Northgate Dental Care on 16 November. Please extend our existing
main contact to the acquired practice so she can place supplies orders for it.

EXISTING PRACTICE
- Practice name: SmileCraft Dental Chesterfield
- ODS code: V020687
- Main contact: Hannah Whitlock
- Main contact email: hannah.whitlock@nhs.net
- Address: 41 Saltergate, Chesterfield, S40 1UT
- Telephone: 01246 201 559

NEW PRACTICE
- Practice name: Northgate Dental Care
- ODS code: V081442
- Address: 7 Northgate, Chesterfield, S40 1JT

(For reference our other Derbyshire sites are SmileCraft Dental Matlock V006213 and SmileCraft Dental Bakewell
V011875 - no change needed for those.)

Regards

Contracts Administrator
Josie Pearce
SmileCraft Dental Group | Support Centre, 2 Markham Court, Chesterfield S41 8NA
This email is confidential to the intended recipient. SmileCraft Dental Group Ltd, registered in England 10233871.
`,
    },
    exp: {
      kind: 'main_contact_extension',
      organisation: { odsCode: 'V020687', type: 'dental_practice' },
      fields: {
        existingPractice: {
          odsCode: 'V020687',
          name: 'SmileCraft Dental Chesterfield',
          mainContact: person('Hannah Whitlock', 'hannah.whitlock@nhs.net'),
          address: '41 Saltergate, Chesterfield, S40 1UT',
          phone: '01246 201 559',
        },
        newPractice: { odsCode: 'V081442', name: 'Northgate Dental Care', address: '7 Northgate, Chesterfield, S40 1JT' },
      },
      traits: ['head_office', 'several_organisations_listed', 'bullet_list', 'title_before_name', 'sender_is_not_main_contact'],
    },
  },
  {
    mailbox: M,
    slug: 'branch-setup-code-not-main-plus-three',
    msg: {
      from: 'Marcus Oyelaran <marcus.oyelaran@nhs.net>',
      subject: 'New branch surgery set up - Penhallow',
      date: 'Tue, 01 Dec 2026 14:36:48 +0000',
      topHeaders: nhsAuth(),
      text: `Dear PCSE Data Manager,

We are opening a branch surgery in January and need it set up on PCSE Online. Details below.

Main practice
Name: Trevithick Road Medical Centre
ODS code: L82044
Main contact: Marcus Oyelaran, marcus.oyelaran@nhs.net
Address: Trevithick Road, Camborne, TR14 8LQ
Phone: 01209 710 230

Branch
Name: Penhallow Surgery
Branch ODS code: L82051001
Address: 3 Chapel Street, Pool, Redruth, TR15 3DP
Phone: 01209 716 004
Main contact for the branch: Mrs Eleanor Tregunna, eleanor.tregunna@nhs.net

Many thanks,
Marcus

Marcus Oyelaran
Business Manager
Trevithick Road Medical Centre
`,
    },
    exp: {
      kind: 'branch_setup',
      organisation: { odsCode: 'L82044', type: 'gp_practice' },
      fields: {
        mainPractice: {
          odsCode: 'L82044',
          name: 'Trevithick Road Medical Centre',
          mainContact: person('Marcus Oyelaran', 'marcus.oyelaran@nhs.net'),
          address: 'Trevithick Road, Camborne, TR14 8LQ',
          phone: '01209 710 230',
        },
        branch: {
          odsCode: 'L82051001',
          name: 'Penhallow Surgery',
          address: '3 Chapel Street, Pool, Redruth, TR15 3DP',
          phone: '01209 716 004',
          mainContact: { name: 'Eleanor Tregunna', email: 'eleanor.tregunna@nhs.net', title: 'Mrs' },
        },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['branch_code_mismatch', 'labelled_blocks'],
    },
  },
];
