/** Corpus 8, openexeter: writer D (scanned and Word-exported forms, signatories, replies to PCSE). */
import type { Email } from './common.js';
import { externalAuth, nhsAuth, person, withRole } from './common.js';
import type { FormSpec } from './pdfs.js';

const M = 'openexeter' as const;

export const forms: FormSpec[] = [
  {
    file: 'oe-gp-scan-brookfield.pdf',
    type: 'oe_gp',
    style: 'scan',
    rows: [
      ['Practice name', 'Brookfield Surgery'],
      ['Practice code', 'J82139'],
      ['Primary User full name', 'Natalia Kowalczyk'],
      ['Primary User job title', 'Senior Receptionist'],
      ['Primary User email', 'natalia.kowalczyk@nhs.net'],
      ['Signatory name', 'Dr Oliver Pennington'],
      ['Signatory email', 'oliver.pennington@nhs.net'],
      ['Date', '26/11/2026'],
    ],
    tick: 'Lead GP',
    signed: true,
    rotate: -1.1,
    seed: 81,
  },
  {
    file: 'oe-other-flat-hospice.pdf',
    type: 'oe_other',
    style: 'flat',
    rows: [
      ['Organisation name', 'St Columba\'s Hospice Cervical Screening Clinic'],
      ['Organisation code', ''],
      ['Primary User full name', 'Maria Fernandes'],
      ['Primary User job title', 'Clinic Coordinator'],
      ['Primary User email', 'maria.fernandes@nhs.net'],
      ['Signatory name', 'Dr Hugh Galbraith'],
      ['Signatory email', 'hugh.galbraith@nhs.net'],
      ['Signatory role (if not listed)', 'GP Partner (sessional at the hospice)'],
      ['Date', '01/12/2026'],
    ],
    signed: true,
  },
  {
    file: 'oe-gp-scan-practice-manager.pdf',
    type: 'oe_gp',
    style: 'scan',
    rows: [
      ['Practice name', 'Wellspring Medical Practice'],
      ['Practice code', 'Y02688'],
      ['Primary User full name', 'Tariq Mahmood'],
      ['Primary User job title', 'Data Quality Lead'],
      ['Primary User email', 'tariq.mahmood3@nhs.net'],
      ['Signatory name', 'Gillian Royce'],
      ['Signatory email', 'gillian.royce@nhs.net'],
      ['Signatory position', 'Practice Manager'],
      ['Date', '02/12/2026'],
    ],
    signed: true,
    rotate: 0.9,
    seed: 27,
  },
  {
    file: 'oe-gp-word-unsigned.pdf',
    type: 'oe_gp',
    style: 'word',
    rows: [
      ['Practice name', 'Alderney Street Surgery'],
      ['Practice code', 'F85640'],
      ['Primary User full name', 'Joanna Lisowska'],
      ['Primary User job title', 'Administration Manager'],
      ['Primary User email', 'joanna.lisowska@nhs.net'],
      ['Signatory name', 'Dr Peter Okoye'],
      ['Signatory email', 'peter.okoye@nhs.net'],
      ['Date', '03/12/2026'],
    ],
    tick: 'GP Partner',
    signed: false,
  },
  {
    file: 'oe-gp-word-lynmouth.pdf',
    type: 'oe_gp',
    style: 'word',
    rows: [
      ['Practice name', 'Lynmouth Road Practice'],
      ['Practice code', 'N82054'],
      ['Primary User full name', 'Daniel Ashworth'],
      ['Primary User job title', 'Reception Supervisor'],
      ['Primary User email', 'daniel.ashworth@nhs.net'],
      ['Signatory name', 'Dr Shazia Karim'],
      ['Signatory email', 'shazia.karim@nhs.net'],
      ['Date', '27/11/2026'],
    ],
    tick: '',
    signed: true,
  },
  {
    file: 'oe-other-scan-wearside.pdf',
    type: 'oe_other',
    style: 'scan',
    rows: [
      ['Organisation name', 'Wearside Community Health - Colposcopy'],
      ['Organisation code', ''],
      ['Primary User full name', 'Harpreet Sandhu'],
      ['Primary User job title', 'Colposcopy Coordinator'],
      ['Primary User email', 'harpreet.sandhu@nhs.net'],
      ['Signatory name', 'Deborah Quayle'],
      ['Signatory email', 'deborah.quayle@nhs.net'],
      ['Date', '3/12/26'],
    ],
    tick: 'Existing Primary User within the organisation',
    signed: true,
    rotate: -0.5,
    seed: 53,
  },
];

export const openexeter: Email[] = [
  {
    mailbox: M,
    slug: 'scanned-gp-primary-user-lead-gp',
    msg: {
      from: 'Brookfield Surgery <brookfield.surgery@nhs.net>',
      subject: 'Open Exeter primary user form',
      date: 'Tue, 01 Dec 2026 10:22:31 +0000',
      topHeaders: nhsAuth(),
      text: `Please find attached our completed form for a new Open Exeter primary user (scanned).

Brookfield Surgery
Reception Team

-----------------------------------------------------------------------------------
This message originated from Brookfield Surgery. The contents are confidential and may be privileged.
-----------------------------------------------------------------------------------
`,
      attachments: [{ pdf: 'oe-gp-scan-brookfield.pdf', filename: 'SCAN0041.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: 'J82139', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Natalia Kowalczyk', 'natalia.kowalczyk@nhs.net'),
        signatory: withRole('Oliver Pennington', 'oliver.pennington@nhs.net', 'lead_gp'),
      },
      traits: ['scanned_form', 'handwritten', 'details_only_in_attachment', 'generic_scan_filename'],
    },
  },
  {
    mailbox: M,
    slug: 'additional-permissions-gp-partner-bullets',
    msg: {
      from: 'Dr Fiona McAllister <fiona.mcallister@nhs.net>',
      subject: 'Additional Open Exeter permissions for our screening lead',
      date: 'Tue, 01 Dec 2026 12:50:03 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Open Exeter team,

As a GP Partner at Castlegate Medical Group (M85063) I am asking for extra permissions for our existing user:

  • User: Rebecca Thornley (rebecca.thornley@nhs.net)
  • Open Exeter user ID: RTHORNLEY85
  • Permissions needed:
      - Cervical Screening Prior Notification List
      - Call/Recall enquiry

Thank you.

Dr Fiona McAllister MBChB MRCGP
GP Partner and Caldicott Guardian
Castlegate Medical Group, 12 Castle Gate, Newark NG24 1BG
`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions',
      organisation: { odsCode: 'M85063', type: 'gp_practice' },
      fields: {
        user: { name: 'Rebecca Thornley', email: 'rebecca.thornley@nhs.net', username: 'RTHORNLEY85' },
        permissions: ['Cervical Screening Prior Notification List', 'Call/Recall enquiry'],
        signatory: withRole('Fiona McAllister', 'fiona.mcallister@nhs.net', 'gp_partner'),
      },
      traits: ['bullet_list', 'nested_bullets', 'postnominals', 'two_roles_stated'],
    },
  },
  {
    mailbox: M,
    slug: 'oe-system-new-user-notification',
    msg: {
      from: 'Open Exeter <openexeter.noreply@nhs.net>',
      subject: 'Open Exeter: new user created - authorisation required',
      date: 'Tue, 01 Dec 2026 13:15:00 +0000',
      topHeaders: nhsAuth(),
      text: `OPEN EXETER - ORGANISATION MAINTENANCE

A new user account has been created and requires authorisation by PCSE.

Organisation:      Riverside Health Centre (K81022)
New user name:     Joseph Mbeki
New user email:    joseph.mbeki@nhs.net
New user ID:       JMBEKI22
Created by:        Sarah Lindqvist (sarah.lindqvist@nhs.net)
Created on:        01/12/2026 13:14

This is an automatically generated message. Please do not reply.
`,
    },
    exp: {
      kind: 'open_exeter_new_user_authorisation',
      organisation: { odsCode: 'K81022', type: 'gp_practice' },
      fields: {
        user: { name: 'Joseph Mbeki', email: 'joseph.mbeki@nhs.net', username: 'JMBEKI22' },
        createdBy: person('Sarah Lindqvist', 'sarah.lindqvist@nhs.net'),
      },
      traits: ['system_generated', 'aligned_labels'],
    },
  },
  {
    mailbox: M,
    slug: 'other-org-signed-by-gp-partner',
    msg: {
      from: 'Maria Fernandes <maria.fernandes@nhs.net>',
      subject: 'Primary User request - St Columba\'s Hospice',
      date: 'Wed, 02 Dec 2026 11:04:26 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Open Exeter Team,

Please find attached our request for a Primary User for the cervical screening clinic we run at St Columba's
Hospice. We don't have a Caldicott Guardian on site at the moment so the form has been signed by Dr Galbraith, who
is a GP Partner and does sessions with us.

Kind regards,
Maria Fernandes
Clinic Coordinator
St Columba's Hospice | Registered Charity No. 1098872

St Columba's Hospice is a company limited by guarantee. This email and its attachments are confidential. If you
have received it in error please tell the sender and delete it; do not use, copy or disclose it.
`,
      attachments: [{ pdf: 'oe-other-flat-hospice.pdf', filename: 'Open Exeter primary user form.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: null, type: 'other' },
      fields: {
        organisationKind: 'other',
        nominee: person('Maria Fernandes', 'maria.fernandes@nhs.net'),
        signatory: withRole('Hugh Galbraith', 'hugh.galbraith@nhs.net', 'gp_partner'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['other_organisation', 'flat_form', 'signatory_role_not_allowed', 'role_written_not_ticked', 'sender_is_nominee', 'charity_footer'],
    },
  },
  {
    mailbox: M,
    slug: 'scanned-gp-form-signed-by-practice-manager',
    msg: {
      from: 'Gillian Royce <gillian.royce@nhs.net>',
      subject: 'OE form',
      date: 'Wed, 02 Dec 2026 16:47:12 +0000',
      topHeaders: nhsAuth(),
      text: `Hi, signed form attached for our new primary user. I've signed as practice manager as the partners are all
on leave this week. Gill

Sent from my iPhone
`,
      attachments: [{ pdf: 'oe-gp-scan-practice-manager.pdf', filename: 'IMG_4471.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: 'Y02688', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Tariq Mahmood', 'tariq.mahmood3@nhs.net'),
        signatory: withRole('Gillian Royce', 'gillian.royce@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['scanned_form', 'handwritten', 'signatory_role_not_allowed', 'sent_from_iphone', 'nickname_signoff', 'camera_filename'],
    },
  },
  {
    mailbox: M,
    slug: 'word-form-signature-box-empty',
    msg: {
      from: 'Alderney Street Surgery <alderneystreet.surgery@nhs.net>',
      subject: 'Open Exeter - request for a Primary User - Alderney Street Surgery F85640',
      date: 'Thu, 03 Dec 2026 09:12:48 +0000',
      topHeaders: nhsAuth(),
      text: `Good morning,

Please see attached form requesting Joanna Lisowska as an Open Exeter Primary User for the practice. Dr Okoye has
approved this.

With thanks,
Practice Administration Team
Alderney Street Surgery, 2 Alderney Street, London N1 9QR
`,
      attachments: [{ pdf: 'oe-gp-word-unsigned.pdf', filename: 'Primary User Request GP Practice.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: 'F85640', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Joanna Lisowska', 'joanna.lisowska@nhs.net'),
        signatory: withRole('Peter Okoye', 'peter.okoye@nhs.net', 'gp_partner'),
      },
      mustRaise: ['missing_signature'],
      traits: ['word_fillable_form', 'unsigned_form', 'gp_code_starting_with_f', 'team_signature'],
    },
  },
  {
    mailbox: M,
    slug: 'additional-permissions-from-practice-manager',
    msg: {
      from: 'Practice Manager - Deanfield Surgery <colin.brereton@nhs.net>',
      subject: 'Extra permissions on Open Exeter',
      date: 'Thu, 03 Dec 2026 10:26:30 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Sir/Madam

Could our administrator Yasmin Patel (username YPATEL.DEAN, yasmin.patel22@nhs.net) please be given the following
additional Open Exeter permissions:
1. Prior Notification List - view and amend
2. Cytology results enquiry

I am the practice manager at Deanfield Surgery (A82036) and I authorise this request.

Regards

Colin Brereton
Practice Manager
Deanfield Surgery
`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions',
      organisation: { odsCode: 'A82036', type: 'gp_practice' },
      fields: {
        user: { name: 'Yasmin Patel', email: 'yasmin.patel22@nhs.net', username: 'YPATEL.DEAN' },
        permissions: ['Prior Notification List - view and amend', 'Cytology results enquiry'],
        signatory: withRole('Colin Brereton', 'colin.brereton@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['signatory_role_not_allowed', 'numbered_list', 'role_as_display_name'],
    },
  },
  {
    mailbox: M,
    slug: 'additional-permissions-lead-gp-gmail',
    msg: {
      from: 'Kenneth Obi <drkenobi.gp@gmail.com>',
      subject: 'open exeter permissions for my nurse',
      date: 'Thu, 03 Dec 2026 21:40:05 +0000',
      topHeaders: externalAuth('gmail.com'),
      text: `Hello

Writing from my personal email as my nhs.net is playing up from home. I'm the Lead GP at Fernhill Surgery, K84017.
Please can you add the "Sample Taker" and "Results Enquiry" permissions to our practice nurse's Open Exeter account:
Nurse Ruth Adebayo, user name RADEBAYO1, ruth.adebayo@nhs.net.

Thanks
Ken

Dr Kenneth Obi
Lead GP, Fernhill Surgery
`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions',
      organisation: { odsCode: 'K84017', type: 'gp_practice' },
      fields: {
        user: { name: 'Ruth Adebayo', email: 'ruth.adebayo@nhs.net', username: 'RADEBAYO1' },
        permissions: ['Sample Taker', 'Results Enquiry'],
        signatory: withRole('Kenneth Obi', 'drkenobi.gp@gmail.com', 'lead_gp'),
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_webmail', 'permissions_in_quotes', 'honorific_nurse', 'nickname_signoff', 'out_of_hours'],
    },
  },
  {
    mailbox: M,
    slug: 'forwarded-new-user-notification',
    msg: {
      from: 'Shirin Ghorbani <shirin.ghorbani@nhs.net>',
      subject: 'FW: Open Exeter: new user created - authorisation required',
      date: 'Fri, 04 Dec 2026 08:03:41 +0000',
      topHeaders: nhsAuth(),
      text: `Hi - I set this user up yesterday afternoon but she still can't log in, can you authorise her please? Thanks, Shirin
(Primary User, Oakwood Lane Surgery)

-----Original Message-----
From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 03 December 2026 15:58
To: Shirin Ghorbani <shirin.ghorbani@nhs.net>
Subject: Open Exeter: new user created - authorisation required

OPEN EXETER - ORGANISATION MAINTENANCE

A new user account has been created and requires authorisation by PCSE.

Organisation:      Oakwood Lane Surgery (C82605)
New user name:     Agnieszka Wrobel
New user email:    agnieszka.wrobel@nhs.net
New user ID:       AWROBEL05
Created by:        Shirin Ghorbani (shirin.ghorbani@nhs.net)
Created on:        03/12/2026 15:57
`,
    },
    exp: {
      kind: 'open_exeter_new_user_authorisation',
      organisation: { odsCode: 'C82605', type: 'gp_practice' },
      fields: {
        user: { name: 'Agnieszka Wrobel', email: 'agnieszka.wrobel@nhs.net', username: 'AWROBEL05' },
        createdBy: person('Shirin Ghorbani', 'shirin.ghorbani@nhs.net'),
      },
      traits: ['forwarded_system_notice', 'chaser_words', 'creator_is_sender'],
    },
  },
  {
    mailbox: M,
    slug: 'reply-more-info-signatory-role',
    msg: {
      from: 'Lynmouth Road Practice <lynmouthroad.practice@nhs.net>',
      subject: 'Re: PCSE-2026-004533 Open Exeter Primary User - signatory role not indicated',
      date: 'Fri, 04 Dec 2026 09:15:22 +0000',
      topHeaders: nhsAuth(),
      text: `Dr Karim is a GP Partner here - apologies, the tick box did not save when we exported the form from Word. Form
attached again.

Lynmouth Road Practice
Reception & Admin

On Thu, 3 Dec 2026 at 14:10, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:
> Dear Practice,
>
> Thank you for your Open Exeter Primary User request for Daniel Ashworth (Lynmouth Road Practice, N82054).
> The form does not show the role of the authorised signatory, Dr Shazia Karim. Please tell us her role:
> Lead GP, GP Partner, Caldicott Guardian, existing Primary Contact or member of the Board of Directors.
>
> Please keep PCSE-2026-004533 in the subject line of your reply.
>
> PCSE Open Exeter Team
`,
      attachments: [{ pdf: 'oe-gp-word-lynmouth.pdf', filename: 'OE primary user - Lynmouth Road.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: 'N82054', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Daniel Ashworth', 'daniel.ashworth@nhs.net'),
        signatory: withRole('Shazia Karim', 'shazia.karim@nhs.net', 'gp_partner'),
      },
      traits: ['reply_to_pcse_request', 'case_ref_in_subject', 'missing_value_above_quote', 'word_fillable_form', 'no_role_ticked_on_form'],
    },
  },
  {
    mailbox: M,
    slug: 'question-password-reset-non-native',
    msg: {
      from: 'Oksana Melnyk <oksana.melnyk@nhs.net>',
      subject: 'Question about Open Exeter',
      date: 'Fri, 04 Dec 2026 10:37:59 +0000',
      topHeaders: nhsAuth(),
      text: `Good day,

I am new primary user in our practice since one month. One of our receptionist forgot her password of Open Exeter.
Is it me who must reset it, or I must to ask to you? And where in the system I find this option? I do not see it.

Thank you for help,
Oksana Melnyk
Administrator, Greenway Health Centre
`,
    },
    exp: {
      kind: 'unclassified',
      organisation: null,
      fields: {},
      traits: ['question', 'non_native_english', 'no_reference'],
    },
  },
  {
    mailbox: M,
    slug: 'board-member-permissions-welsh-signature',
    msg: {
      from: 'Eleri Vaughan <eleri.vaughan@wales.nhs.uk>',
      subject: 'Caniatâd ychwanegol / Additional permissions - Open Exeter',
      date: 'Fri, 04 Dec 2026 11:20:44 +0000',
      topHeaders: externalAuth('wales.nhs.uk'),
      encoding: 'quoted-printable',
      text: `Dear Open Exeter team,

I am a member of the Board of Directors of Teifi Valley Health Ltd, which runs Meddygfa Teifi (W91045). Please grant
our existing user Owain Rees (username OREES.TEIFI, owain.rees@wales.nhs.uk) the permission "Cervical Screening -
Practice Reports".

Diolch,

Cyfarwyddwr Anweithredol | Non-Executive Director
Eleri Vaughan
Teifi Valley Health Ltd / Iechyd Dyffryn Teifi Cyf

Mae'r neges hon yn gyfrinachol. Os nad chi yw'r derbynnydd, rhowch wybod i'r anfonwr a dilëwch hi.
This message is confidential. If you are not the recipient, please tell the sender and delete it.
`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions',
      organisation: { odsCode: 'W91045', type: 'gp_practice' },
      fields: {
        user: { name: 'Owain Rees', email: 'owain.rees@wales.nhs.uk', username: 'OREES.TEIFI' },
        permissions: ['Cervical Screening - Practice Reports'],
        signatory: withRole('Eleri Vaughan', 'eleri.vaughan@wales.nhs.uk', 'board_member'),
      },
      traits: ['welsh_bilingual_signature', 'bilingual_subject', 'title_before_name', 'quoted_printable', 'non_nhs_net_nhs_domain', 'permission_wrapped_across_lines'],
    },
  },
  {
    mailbox: M,
    slug: 'scanned-other-org-existing-primary-user-signs',
    msg: {
      from: 'Colposcopy Admin - Wearside Community Health <wch.colposcopy@nhs.net>',
      subject: 'second primary user - Open Exeter',
      date: 'Fri, 04 Dec 2026 12:06:33 +0000',
      topHeaders: nhsAuth(),
      text: `Hello

We would like a second Primary User for our colposcopy service, as recommended. Scanned form attached, signed by
our current Primary User.

Thanks
Colposcopy Admin Team
Wearside Community Health NHS Trust
`,
      attachments: [{ pdf: 'oe-other-scan-wearside.pdf', filename: 'doc20261204115902.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: null, type: 'other' },
      fields: {
        organisationKind: 'other',
        nominee: person('Harpreet Sandhu', 'harpreet.sandhu@nhs.net'),
        signatory: withRole('Deborah Quayle', 'deborah.quayle@nhs.net', 'existing_primary_user'),
      },
      traits: ['scanned_form', 'handwritten', 'other_organisation', 'details_only_in_attachment', 'team_signature', 'no_ods_code'],
    },
  },
];
