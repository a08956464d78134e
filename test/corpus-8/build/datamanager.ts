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
  {
    mailbox: M,
    slug: 'new-address-is-a-person',
    msg: {
      from: 'Brian Castellano <brian.castellano@nhs.net>',
      subject: 'Update practice email - Hillcrest Family Practice H85027',
      date: 'Wed, 02 Dec 2026 09:05:33 +0000',
      topHeaders: nhsAuth(),
      text: `Hi there,

Please change the practice email for Hillcrest Family Practice (H85027).

Old: hillcrest.familypractice@nhs.net - this shared mailbox is being closed down by our IT provider
New: brian.castellano@nhs.net (my own address, I'm the practice manager so everything comes to me anyway)

Thanks
Brian Castellano
Practice Manager
`,
    },
    exp: {
      kind: 'practice_email_update',
      organisation: { odsCode: 'H85027', type: 'gp_practice' },
      fields: { currentEmail: 'hillcrest.familypractice@nhs.net', newEmail: 'brian.castellano@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['new_address_is_personal', 'says_it_is_own_address', 'old_new_shorthand'],
    },
  },
  {
    mailbox: M,
    slug: 'welsh-branch-setup-bilingual',
    msg: {
      from: 'Catrin Morgan <catrin.morgan2@wales.nhs.uk>',
      subject: 'Cangen newydd / New branch surgery - Meddygfa Tywyn',
      date: 'Wed, 02 Dec 2026 10:41:19 +0000',
      topHeaders: externalAuth('wales.nhs.uk'),
      encoding: 'quoted-printable',
      text: `Annwyl Dîm / Dear Team,

Please could you set up our new branch site on PCSE Online.

Prif bractis / Main practice:
  Enw / Name: Meddygfa Tywyn
  Cod ODS / ODS code: W94622
  Prif gyswllt / Main contact: Catrin Morgan (catrin.morgan2@wales.nhs.uk)
  Cyfeiriad / Address: Ffordd yr Ysgol, Tywyn, LL36 9HR
  Ffôn / Phone: 01654 710 238

Cangen / Branch:
  Enw / Name: Meddygfa Aberdyfi
  Cod ODS / ODS code: W94622002
  Cyfeiriad / Address: Glan y Môr, Aberdyfi, LL35 0EB
  Ffôn / Phone: 01654 767 410
  Prif gyswllt / Main contact: Dr Rhys ap Dafydd, rhys.apdafydd@wales.nhs.uk

Diolch yn fawr iawn,

Catrin Morgan
Rheolwr Busnes y Practis | Practice Business Manager
Meddygfa Tywyn

Mae Bwrdd Iechyd Prifysgol Betsi Cadwaladr yn croesawu gohebiaeth yn Gymraeg neu yn Saesneg.
Betsi Cadwaladr University Health Board welcomes correspondence in Welsh or English.
`,
    },
    exp: {
      kind: 'branch_setup',
      organisation: { odsCode: 'W94622', type: 'gp_practice' },
      fields: {
        mainPractice: {
          odsCode: 'W94622',
          name: 'Meddygfa Tywyn',
          mainContact: person('Catrin Morgan', 'catrin.morgan2@wales.nhs.uk'),
          address: 'Ffordd yr Ysgol, Tywyn, LL36 9HR',
          phone: '01654 710 238',
        },
        branch: {
          odsCode: 'W94622002',
          name: 'Meddygfa Aberdyfi',
          address: 'Glan y Môr, Aberdyfi, LL35 0EB',
          phone: '01654 767 410',
          mainContact: { name: 'Rhys ap Dafydd', email: 'rhys.apdafydd@wales.nhs.uk', title: 'Dr' },
        },
      },
      traits: ['welsh_bilingual_labels', 'welsh_bilingual_signature', 'non_ascii', 'quoted_printable', 'non_nhs_net_nhs_domain'],
    },
  },
  {
    mailbox: M,
    slug: 'pharmacy-chain-extend-to-new-branch',
    msg: {
      from: 'Rowan Healthcare Pharmacies - Head Office <headoffice@rowanhealthcare.co.uk>',
      subject: 'Main contact extension request - new branch Rowan Pharmacy Otley',
      date: 'Wed, 02 Dec 2026 12:17:45 +0000',
      topHeaders: externalAuth('rowanhealthcare.co.uk'),
      text: `Dear PCSE Data Manager,

Our group has 14 pharmacies across West Yorkshire; please note this request concerns only ONE of them.

Our area manager, Imran Siddiqui (imran.siddiqui@nhs.net), is already main contact for Rowan Pharmacy Ilkley and
we would like his access extended to our newly opened Otley branch.

Existing pharmacy
  Rowan Pharmacy Ilkley, F3K72
  27 The Grove, Ilkley, LS29 9EE
  Tel 01943 608 221

New pharmacy
  Rowan Pharmacy Otley, FRM05
  11 Kirkgate, Otley, LS21 3HN

Other branches near by (Rowan Pharmacy Guiseley FA6P3, Rowan Pharmacy Burley FEW19) keep their current contacts.

Kind regards

Superintendent Pharmacist
Nadia Haddad MPharm
Rowan Healthcare Pharmacies Ltd

The information contained in this email is intended for the named recipient only. It may contain privileged and
confidential information. If you are not the intended recipient, you must not copy, distribute or take any action in
reliance on it. If you have received this email in error, please notify us immediately on 0113 496 0055.
`,
    },
    exp: {
      kind: 'main_contact_extension',
      organisation: { odsCode: 'F3K72', type: 'pharmacy' },
      fields: {
        existingPractice: {
          odsCode: 'F3K72',
          name: 'Rowan Pharmacy Ilkley',
          mainContact: person('Imran Siddiqui', 'imran.siddiqui@nhs.net'),
          address: '27 The Grove, Ilkley, LS29 9EE',
          phone: '01943 608 221',
        },
        newPractice: { odsCode: 'FRM05', name: 'Rowan Pharmacy Otley', address: '11 Kirkgate, Otley, LS21 3HN' },
      },
      traits: ['head_office', 'several_organisations_listed', 'one_branch_of_many', 'unlabelled_blocks', 'contact_in_prose', 'title_before_name', 'confidentiality_footer'],
    },
  },
  {
    mailbox: M,
    slug: 'dictated-practice-email-change',
    msg: {
      from: 'Dr Samir Haddad <samir.haddad@nhs.net>',
      subject: 'email change',
      date: 'Wed, 02 Dec 2026 18:22:09 +0000',
      topHeaders: nhsAuth(),
      text: `hi this is doctor samir haddad from parkview surgery practice code g85112 we need to change our practice email address from parkview dot surgery at nhs dot net to the new shared mailbox which is parkviewsurgery dot admin at nhs dot net thats parkviewsurgery.admin@nhs.net the old one was parkview.surgery@nhs.net thank you

Sent from my Galaxy
`,
    },
    exp: {
      kind: 'practice_email_update',
      organisation: { odsCode: 'G85112', type: 'gp_practice' },
      fields: { currentEmail: 'parkview.surgery@nhs.net', newEmail: 'parkviewsurgery.admin@nhs.net' },
      traits: ['voice_dictated', 'no_punctuation', 'spoken_addresses', 'lower_case_code', 'sent_from_phone'],
    },
  },
  {
    mailbox: M,
    slug: 'misdirected-iphone-reactivation',
    msg: {
      from: 'Leanne Fairclough <leanne.fairclough@nhs.net>',
      subject: 'Account reactivation',
      date: 'Thu, 03 Dec 2026 07:39:58 +0000',
      topHeaders: nhsAuth(),
      text: `Morning, my PCSE account has been deactivated, I'm the PL organisation administrator for Bridgewater Dental Studio V102338. Username LFAIRCLOUGH. Can you switch it back on pls

Sent from my iPhone
`,
    },
    exp: {
      kind: 'account_reactivation',
      organisation: { odsCode: 'V102338', type: 'dental_practice' },
      fields: { username: 'LFAIRCLOUGH' },
      traits: ['misdirected', 'sent_from_iphone', 'one_paragraph', 'no_signature'],
    },
  },
  {
    mailbox: M,
    slug: 'bounce-undeliverable',
    msg: {
      from: 'Mail Delivery System <MAILER-DAEMON@nhs.net>',
      subject: 'Undeliverable: PCSE-2026-004460 Your practice email address has been updated',
      date: 'Thu, 03 Dec 2026 08:02:14 +0000',
      topHeaders: nhsAuth(),
      headers: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
      text: `Delivery has failed to these recipients or groups:

oldfieldlane.surgery@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the
message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mail.nhs.net

oldfieldlane.surgery@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: oldfieldlane.surgery@nhs.net
Subject: PCSE-2026-004460 Your practice email address has been updated
`,
    },
    exp: {
      kind: 'unclassified',
      ignored: 'bounce',
      organisation: null,
      fields: {},
      traits: ['bounce', 'case_ref_in_subject', 'ndr'],
    },
  },
  {
    mailbox: M,
    slug: 'optician-email-change-pharmacy-code',
    msg: {
      from: 'Ahmet Yilmaz <ahmet.yilmaz7@nhs.net>',
      subject: 'Change email of optician',
      date: 'Thu, 03 Dec 2026 10:50:27 +0000',
      topHeaders: nhsAuth(),
      text: `Hello,

We are an optician practice, name is Clearsight Opticians Luton, code FQ182. Our email now is
clearsight.luton@outlook.com but we want to change to our new NHS one clearsight.luton@nhs.net . Please make the
change to the system, and send confirm.

Many thanks
Ahmet Yilmaz
Optometrist - Director
`,
    },
    exp: {
      kind: 'practice_email_update',
      organisation: { odsCode: 'FQ182', type: 'pharmacy' },
      fields: { currentEmail: 'clearsight.luton@outlook.com', newEmail: 'clearsight.luton@nhs.net' },
      mustRaise: ['ods_type_mismatch'],
      traits: ['non_native_english', 'stated_type_vs_code_shape', 'address_followed_by_space_period'],
    },
  },
  {
    mailbox: M,
    slug: 'question-how-long-branch',
    msg: {
      from: 'Operations Director | Lyndhurst Dental Partnership <ops@lyndhurstdental.co.uk>',
      subject: 'Query re timescales',
      date: 'Thu, 03 Dec 2026 14:08:51 +0000',
      topHeaders: externalAuth('lyndhurstdental.co.uk'),
      text: `Good afternoon,

Before we send anything over: we are buying two more practices in the new year and want to know how long it
normally takes to extend a main contact to a new practice once you have the details, and whether you need anything
from the selling owner. We don't want a gap in supplies ordering.

Thank you,
Operations Director
Lyndhurst Dental Partnership
`,
    },
    exp: {
      kind: 'unclassified',
      organisation: null,
      fields: {},
      traits: ['question', 'no_reference', 'head_office', 'request_words_without_request'],
    },
  },
  {
    mailbox: M,
    slug: 'extension-new-practice-code-invalid',
    msg: {
      from: 'Sophie Marchetti <sophie.marchetti@nhs.net>',
      subject: 'Extension of main contact to Beacon Lane Surgery',
      date: 'Thu, 03 Dec 2026 15:33:06 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Data Manager,

I am main contact for Harbour Street Practice and from January I will also be managing Beacon Lane Surgery. Could you
extend my main contact access to Beacon Lane please.

My current practice:
Harbour Street Practice - ODS Y02714... sorry, that is our PCN number! Correct code: E86631
15 Harbour Street, Whitby, YO21 3DA
01947 602 118
Main contact: Sophie Marchetti (sophie.marchetti@nhs.net)

New practice:
Beacon Lane Surgery
ODS: E8664
4 Beacon Lane, Sleights, Whitby, YO22 5DR

Thank you
Sophie Marchetti
Practice Manager
`,
    },
    exp: {
      kind: 'main_contact_extension',
      organisation: { odsCode: 'E86631', type: 'gp_practice' },
      fields: {
        existingPractice: {
          odsCode: 'E86631',
          name: 'Harbour Street Practice',
          mainContact: person('Sophie Marchetti', 'sophie.marchetti@nhs.net'),
          address: '15 Harbour Street, Whitby, YO21 3DA',
          phone: '01947 602 118',
        },
        newPractice: { odsCode: 'E8664', name: 'Beacon Lane Surgery', address: '4 Beacon Lane, Sleights, Whitby, YO22 5DR' },
      },
      mustRaise: ['ods_invalid'],
      traits: ['invalid_ods_code', 'self_corrected_code', 'decoy_code'],
    },
  },
  {
    mailbox: M,
    slug: 'misdirected-dental-main-contact-change',
    msg: {
      from: 'Regional Support Manager <support.south@brightwaterdental.co.uk>',
      subject: 'Main contact update - Brightwater Dental Worthing',
      date: 'Fri, 04 Dec 2026 10:44:02 +0000',
      topHeaders: externalAuth('brightwaterdental.co.uk'),
      text: `Hello Data Management,

Brightwater Dental Worthing (V067720) has a new practice manager. Please make her the practice's main contact for
supplies and records in place of Karen Morris, who has left:

New main contact - Ms Thandiwe Ncube, thandiwe.ncube@nhs.net

Brightwater Dental Hove (V093114) and Brightwater Dental Shoreham (V071509) do not change.

Kind regards

Regional Support Manager (South)
Paul Okafor-Briggs
Brightwater Dental Group
--
Brightwater Dental Group Ltd, 9 Marine Parade, Brighton BN2 1TL. Company no. 08812337.
Emails sent to and from this address may be monitored for training and compliance purposes.
`,
    },
    exp: {
      kind: 'main_contact_change',
      organisation: { odsCode: 'V067720', type: 'dental_practice' },
      fields: { newMainContact: person('Thandiwe Ncube', 'thandiwe.ncube@nhs.net') },
      traits: ['misdirected', 'head_office', 'several_organisations_listed', 'one_branch_of_many', 'title_before_name', 'previous_contact_named'],
    },
  },
];
