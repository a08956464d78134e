/** Corpus 8, portalenquiries: writer D (head offices of multiples, replies to PCSE, long signatures, dictation). */
import type { Email } from './common.js';
import { externalAuth, nhsAuth, person, withRole } from './common.js';
import type { FormSpec } from './pdfs.js';

const M = 'portalenquiries' as const;

export const portalForms: FormSpec[] = [
  {
    file: 'gpp-cert-scan-elmtree.pdf',
    type: 'gpp',
    style: 'scan',
    rows: [
      ['Practice name', 'Elm Tree Surgery'],
      ['Practice code (ODS)', 'N81077'],
      ['Full name of nominee', 'Kwame Asante'],
      ['Job title', 'IT & Data Lead'],
      ['Email address', 'kwame.asante@nhs.net'],
      ['Approver name', 'Dr Imogen Hartley'],
      ['Position / role', 'Senior Partner'],
      ['Approver email', 'imogen.hartley@nhs.net'],
      ['Date', '24/11/26'],
    ],
    signed: true,
    rotate: 1.3,
    seed: 14,
  },
  {
    file: 'oe-other-word-meridian.pdf',
    type: 'oe_other',
    style: 'word',
    rows: [
      ['Organisation name', 'Meridian Sexual Health Service'],
      ['Organisation code', ''],
      ['Primary User full name', 'Dr Anjali Deshpande'],
      ['Primary User job title', 'Clinical Lead and Caldicott Guardian'],
      ['Primary User email', 'anjali.deshpande@nhs.net'],
      ['Signatory name', 'Dr Anjali Deshpande'],
      ['Signatory email', 'anjali.deshpande@nhs.net'],
      ['Date', '30 November 2026'],
    ],
    tick: 'Caldicott Guardian',
    signed: true,
  },
];

export const portalenquiries: Email[] = [
  {
    mailbox: M,
    slug: 'optical-multiple-one-store-opto-admin',
    msg: {
      from: 'Regional Operations - Clearview Opticians <regional.ops@clearviewopticians.co.uk>',
      subject: 'OPTO user administrator - Clearview Opticians Stockport (one store only)',
      date: 'Tue, 01 Dec 2026 09:12:40 +0000',
      topHeaders: externalAuth('clearviewopticians.co.uk'),
      text: `Good morning PCSE team,

I look after contracts for our North West region. We hold GOS contracts for the following stores:

  Clearview Opticians Altrincham    TPK38
  Clearview Opticians Stockport     TPK41
  Clearview Opticians Sale          TPK44
  Clearview Opticians Wilmslow      TPM02

This request is ONLY for the Stockport store (TPK41). The store's previous OPTO user administrator has left
the business, so please set up the new store manager as an Opto User Management (Organisation) administrator:

Name: Priyanka Salvi
Email: stockport.manager@clearviewopticians.co.uk

As contract holder for all four stores I confirm the nomination.

Kind regards

Head of Professional Services, North West
Martin Ellery
Clearview Opticians Ltd | Registered office: 4 Canal Wharf, Manchester M1 7ED | Registered in England No. 04418820

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in
error please notify the sender and delete it. Clearview Opticians Ltd does not accept liability for any virus
transmitted by this e-mail. Please consider the environment before printing.
`,
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
      fields: {
        service: 'OPTO',
        nominee: person('Priyanka Salvi', 'stockport.manager@clearviewopticians.co.uk'),
        // He writes from the region's shared mailbox: his own address is not given.
        approver: withRole('Martin Ellery', null, 'contract holder'),
      },
      traits: ['head_office', 'several_organisations_listed', 'one_branch_of_many', 'title_before_name', 'confidentiality_footer', 'shared_sender_mailbox'],
    },
  },
  {
    mailbox: M,
    slug: 'reply-more-info-gpp-nominee-email',
    msg: {
      from: 'Harrowgate Lane Surgery Admin <harrowgatelane.admin@nhs.net>',
      subject: 'RE: PCSE-2026-004417 - further information required - GPP user administrator',
      date: 'Tue, 01 Dec 2026 10:03:11 +0000',
      topHeaders: nhsAuth(),
      text: `Hi

Sorry about that, her email address is chloe.barraclough1@nhs.net

Thanks
Denise

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 30 November 2026 16:41
To: Harrowgate Lane Surgery Admin <harrowgatelane.admin@nhs.net>
Subject: PCSE-2026-004417 - further information required - GPP user administrator

Dear Sir/Madam,

Thank you for your request to add Chloe Barraclough as a GPP Practice User Administrator for Harrowgate Lane
Surgery (C84629). Before we can process it we need the following information:

  - the nominee's email address

Please reply to this email keeping the reference PCSE-2026-004417 in the subject line.

Kind regards
PCSE Online Support

> From: Harrowgate Lane Surgery Admin
> Sent: 30 November 2026 11:02
> Subject: GPP admin
>
> Please add Chloe Barraclough, our new assistant practice manager, as GPP user admin.
> Certification form attached, signed by Dr Yusuf Amin (GP Partner).
> Harrowgate Lane Surgery C84629
`,
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'C84629', type: 'gp_practice' },
      fields: {
        service: 'GPP',
        nominee: person('Chloe Barraclough', 'chloe.barraclough1@nhs.net'),
        approver: withRole('Yusuf Amin', null, 'GP Partner'),
      },
      traits: ['reply_to_pcse_request', 'case_ref_in_subject', 'missing_value_above_quote', 'details_in_quoted_text', 'shared_sender_mailbox'],
    },
  },
  {
    mailbox: M,
    slug: 'welsh-bilingual-unlock',
    msg: {
      from: 'Rheolwr Practis / Practice Manager - Meddygfa Glan Conwy <gwenllian.pritchard@wales.nhs.uk>',
      subject: 'Cyfrif wedi cloi / Account locked',
      date: 'Tue, 01 Dec 2026 11:27:05 +0000',
      topHeaders: externalAuth('wales.nhs.uk'),
      encoding: 'quoted-printable',
      text: `Bore da,

I have put my password in wrong too many times and PCSE Online has locked me out. My username is
gwen.pritchard.glanconwy - could you unlock it please? I am the GPP user administrator for the practice.

Diolch yn fawr,

Gwenllian Pritchard
Rheolwr Practis | Practice Manager
Meddygfa Glan Conwy | Glan Conwy Surgery
Ffordd yr Orsaf, Glan Conwy, LL28 5TH
Ffôn / Tel: 01492 580 114

Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ateb gohebiaeth a dderbynnir yn Gymraeg yn Gymraeg ac ni fydd
gohebu yn Gymraeg yn arwain at oedi.
We welcome correspondence in Welsh. Correspondence received in Welsh will be answered in Welsh and corresponding
in Welsh will not lead to a delay.

Mae'r e-bost hwn a unrhyw atodiadau yn gyfrinachol. / This email and any attachments are confidential.
`,
    },
    exp: {
      kind: 'account_unlock',
      organisation: { odsCode: null, type: 'gp_practice' },
      fields: { username: 'gwen.pritchard.glanconwy' },
      traits: ['welsh_bilingual_signature', 'bilingual_subject', 'practice_named_without_code', 'quoted_printable', 'non_nhs_net_nhs_domain'],
    },
  },
  {
    mailbox: M,
    slug: 'iphone-reactivate-own-admin-account',
    msg: {
      from: 'Tom Hadfield <tom.hadfield@nhs.net>',
      subject: 'Re: account deactivated',
      date: 'Tue, 01 Dec 2026 19:48:52 +0000',
      topHeaders: nhsAuth(),
      text: `Hi can you reactivate me pls. username thadfield2 I'm main contact at Moorside Med Ctr B82071. Hadn't logged in since summer

Sent from my iPhone

> On 1 Dec 2026, at 14:02, PCSE Online <noreply@pcse.england.nhs.uk> wrote:
>
> Your PCSE Online account has been deactivated because it has not been used.
`,
    },
    exp: {
      kind: 'account_reactivation',
      organisation: { odsCode: 'B82071', type: 'gp_practice' },
      fields: { username: 'thadfield2' },
      traits: ['sent_from_iphone', 'terse', 'abbreviations', 'quoted_system_notice'],
    },
  },
  {
    mailbox: M,
    slug: 'dictated-verification-link-gp',
    msg: {
      from: 'Dr Abimbola Okonkwo <abimbola.okonkwo@nhs.net>',
      subject: 'verification link',
      date: 'Wed, 02 Dec 2026 07:55:19 +0000',
      topHeaders: nhsAuth(),
      text: `hello PCSE this is doctor abimbola okonkwo i registered on PCSE online last week as a performer but the verification link has expired before i could use it could you please send me a new one to this email address abimbola.okonkwo@nhs.net which is the one on my GMC record my GMC number is 7098341 thank you very much

Dictated but not read - Dr A Okonkwo
`,
    },
    exp: {
      kind: 'verification_link_resend',
      organisation: null,
      fields: { accountEmail: 'abimbola.okonkwo@nhs.net', gmcNumber: '7098341' },
      traits: ['voice_dictated', 'no_punctuation', 'lower_case', 'dictated_not_read'],
    },
  },
  {
    mailbox: M,
    slug: 'subject-only-unlock-pharmacy',
    msg: {
      from: 'Lakeside Pharmacy Kendal <lakeside.pharmacy.kendal@nhs.net>',
      subject: 'PLEASE UNLOCK PCSE ACCOUNT - username LKPHARM01 - locked after password attempts',
      date: 'Wed, 02 Dec 2026 08:31:44 +0000',
      topHeaders: nhsAuth(),
      text: `

--
Lakeside Pharmacy
14 Stricklandgate, Kendal LA9 4ND
01539 720 663
Part of the Fellside Pharmacy Group
`,
    },
    exp: {
      kind: 'account_unlock',
      organisation: { odsCode: null, type: 'pharmacy' },
      fields: { username: 'LKPHARM01' },
      traits: ['request_only_in_subject', 'empty_body', 'signature_only', 'shared_sender_mailbox'],
    },
  },
  {
    mailbox: M,
    slug: 'pcn-nomination-approver-not-icb',
    msg: {
      from: 'Dr Harriet Lomax <harriet.lomax@nhs.net>',
      subject: 'PCN user admin - Ribble Valley North PCN',
      date: 'Wed, 02 Dec 2026 09:40:02 +0000',
      topHeaders: nhsAuth(),
      text: `Dear PCSE,

Ribble Valley North PCN (U61842) has no PCN user administrator at the moment. We would like:

  • Nominee: Aleksander Nowak, PCN Operations Manager
  • Email: aleksander.nowak@nhs.net

I am approving this as the PCN's Clinical Director. I should say I am not an ICB employee and I don't believe I am on
any Authorised Email List - there was nobody at the ICB we could get hold of before Christmas. I hope this is acceptable.

Best wishes

Clinical Director
Dr Harriet Lomax
Ribble Valley North Primary Care Network
`,
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'U61842', type: 'pcn' },
      fields: {
        service: 'PCN',
        nominee: person('Aleksander Nowak', 'aleksander.nowak@nhs.net'),
        approver: withRole('Harriet Lomax', 'harriet.lomax@nhs.net', 'Clinical Director'),
      },
      mustRaise: ['approver_not_on_ael'],
      traits: ['bullet_list', 'title_before_name', 'approver_says_not_on_ael'],
    },
  },
  {
    mailbox: M,
    slug: 'pharmacy-chain-main-contact-one-branch',
    msg: {
      from: 'Fellside Pharmacy Group - Compliance <compliance@fellsidepharmacy.co.uk>',
      subject: 'Change of Main Contact - Fellside Pharmacy Windermere',
      date: 'Wed, 02 Dec 2026 10:15:27 +0000',
      topHeaders: externalAuth('fellsidepharmacy.co.uk'),
      text: `Dear PCSE

Fellside Pharmacy Group operates the following community pharmacies in Cumbria:
- Fellside Pharmacy Kendal (Lakeside) - FW332
- Fellside Pharmacy Windermere - FQT71
- Fellside Pharmacy Ambleside - FH209
- Fellside Pharmacy Grange - FLD48

For Windermere (FQT71) only, please replace the current main contact with our new responsible pharmacist
manager, Olusegun Adeyemi (olusegun.adeyemi@nhs.net). The main contacts for the other three branches are unchanged.

Regards,

Compliance & Contracts Officer
Bethany Carr
Fellside Pharmacy Group Ltd
Head Office: Unit 3, Mintsfeet Road South, Kendal LA9 6ND | 01539 888 210

DISCLAIMER: The information in this email is confidential and may be legally privileged. It is intended solely for
the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any
disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it, is prohibited and
may be unlawful.
`,
    },
    exp: {
      kind: 'main_contact_change',
      organisation: { odsCode: 'FQT71', type: 'pharmacy' },
      fields: { newMainContact: person('Olusegun Adeyemi', 'olusegun.adeyemi@nhs.net') },
      traits: ['head_office', 'several_organisations_listed', 'one_branch_of_many', 'confidentiality_footer', 'title_before_name'],
    },
  },
  {
    mailbox: M,
    slug: 'dental-corporate-role-removal-bullets',
    msg: {
      from: 'People Team | Brightwater Dental Group <people.team@brightwaterdental.co.uk>',
      subject: 'Leaver - please remove PCSE roles',
      date: 'Wed, 02 Dec 2026 13:02:58 +0000',
      topHeaders: externalAuth('brightwaterdental.co.uk'),
      text: `Hello,

Our practice manager at Brightwater Dental Hove (V093114) left the group on 27 November. Please remove the
following from her PCSE Online account (username KMORRIS.V093114):

* Practice Order Entry Clerk
* Practice Records Movement Admin
* PL Practice Manager

She should keep nothing at this practice. Our other 11 practices are not affected.

Many thanks
People Team
Brightwater Dental Group
--
Brightwater Dental Group Ltd, 9 Marine Parade, Brighton BN2 1TL. Company no. 08812337.
Emails sent to and from this address may be monitored for training and compliance purposes.
`,
    },
    exp: {
      kind: 'role_removal_request',
      organisation: { odsCode: 'V093114', type: 'dental_practice' },
      fields: { username: 'KMORRIS.V093114', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin', 'PL Practice Manager'] },
      traits: ['head_office', 'bullet_list', 'leaver', 'no_person_signature'],
    },
  },
  {
    mailbox: M,
    slug: 'non-native-opto-nomination-code-is-dental',
    msg: {
      from: 'Valentina Russo <valentina.russo@nhs.net>',
      subject: 'Request new administrator for our opticians',
      date: 'Wed, 02 Dec 2026 14:44:36 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Sirs,

I am writing you for to ask new user administrator for the OPTO service in our optician practice, Vista Ottica
Eyecare, the ODS code of us is V045123. The person is my colleague Mr Dario Ferraro, his mail is
dario.ferraro@nhs.net . I am the contract holder of the practice and I give my authorisation for this.

Please can you make it as soon as possible because in this moment nobody can make the claims.

Thank you in advance and best regards,
Valentina Russo
Contract holder / Optometrist
Vista Ottica Eyecare, 22 High Street, Bedford MK40 1SP
`,
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'V045123', type: 'dental_practice' },
      fields: {
        service: 'OPTO',
        nominee: person('Dario Ferraro', 'dario.ferraro@nhs.net'),
        approver: withRole('Valentina Russo', 'valentina.russo@nhs.net', 'contract holder'),
      },
      mustRaise: ['ods_type_mismatch'],
      traits: ['non_native_english', 'stated_type_vs_code_shape', 'honorific_on_nominee'],
    },
  },
  {
    mailbox: M,
    slug: 'main-contact-change-invalid-code',
    msg: {
      from: 'Reception Manager - Ashby Road Surgery <ashbyroad.surgery@nhs.net>',
      subject: 'New main contact',
      date: 'Wed, 02 Dec 2026 15:20:09 +0000',
      topHeaders: nhsAuth(),
      text: `Good afternoon

Our practice manager Mrs Sandra Okafor is retiring at the end of the month. Could the main contact for Ashby Road
Surgery, practice code B8213, be changed to:

Mr Rajesh Varma - rajesh.varma3@nhs.net

Thank you

Reception Manager
Lorna Quigley
Ashby Road Surgery
`,
    },
    exp: {
      kind: 'main_contact_change',
      organisation: { odsCode: 'B8213', type: 'gp_practice' },
      fields: { newMainContact: person('Rajesh Varma', 'rajesh.varma3@nhs.net') },
      mustRaise: ['ods_invalid'],
      traits: ['invalid_ods_code', 'two_people_named', 'title_before_name', 'honorific_on_contact'],
    },
  },
  {
    mailbox: M,
    slug: 'thank-you-with-reference',
    msg: {
      from: 'Sunita Bhamra <sunita.bhamra@nhs.net>',
      subject: 'RE: PCSE-2026-003981 - your request has been completed',
      date: 'Wed, 02 Dec 2026 16:05:51 +0000',
      topHeaders: nhsAuth(),
      text: `Brilliant, thank you so much - all working now!

Sunita

Sunita Bhamra
Practice Administrator | Orchard House Medical Practice
T: 0116 273 9901 | www.orchardhousemedical.nhs.uk

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 02 December 2026 12:14
Subject: PCSE-2026-003981 - your request has been completed

Your account has been unlocked. You can now log in to PCSE Online.
`,
    },
    exp: {
      kind: 'unclassified',
      organisation: null,
      fields: {},
      traits: ['thank_you', 'case_ref_in_subject', 'quoted_completion'],
    },
  },
  {
    mailbox: M,
    slug: 'out-of-office-auto-reply',
    msg: {
      from: 'Gareth Llewellyn <gareth.llewellyn@nhs.net>',
      subject: 'Automatic reply: PCSE-2026-004388 - your request has been received',
      date: 'Thu, 03 Dec 2026 06:00:12 +0000',
      topHeaders: nhsAuth(),
      headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: gareth.llewellyn@nhs.net'],
      text: `Thank you for your email. I am on annual leave until Monday 14 December with no access to email.

For anything urgent about PCSE Online, GPP or Performers List please contact the practice office on 01633 482 900
or practice.office.w93021@wales.nhs.uk.

Diolch am eich e-bost. Rydw i ar wyliau blynyddol tan ddydd Llun 14 Rhagfyr.
`,
    },
    exp: {
      kind: 'unclassified',
      ignored: 'auto_reply',
      organisation: null,
      fields: {},
      traits: ['auto_reply', 'case_ref_in_subject', 'bilingual_body', 'other_addresses_in_body'],
    },
  },
  {
    mailbox: M,
    slug: 'scanned-gpp-certification-long-disclaimer',
    msg: {
      from: 'Elm Tree Surgery - Practice Manager <elmtree.practicemanager@nhs.net>',
      subject: 'GPP Practice User Administrator - certification form',
      date: 'Thu, 03 Dec 2026 08:14:40 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Sir / Madam,

Please see the attached signed certification form nominating a further GPP Practice User Administrator for our
practice. We currently have two administrators, this will be our third.

Yours faithfully,

Practice Manager
Elm Tree Surgery
Elm Tree Road, Sittingbourne, Kent ME10 1HX
Tel 01795 472 118 | Fax 01795 472 119

**********************************************************************************************************
This message may contain confidential and privileged information. If you are not the intended recipient
please accept our apologies; please do not disclose, copy or distribute information in this e-mail or take
any action in reliance on its contents: to do so is strictly prohibited and may be unlawful. Please inform us
that this message has gone astray before deleting it. Thank you for your co-operation.

NHSmail is used daily by over 1.5 million NHS and care staff. It is the only nationally accredited secure
email service for sharing sensitive and patient identifiable information. For more information visit
https://portal.nhs.net/help/policyandguidance
**********************************************************************************************************
`,
      attachments: [{ pdf: 'gpp-cert-scan-elmtree.pdf', filename: 'Scanned from a Xerox Multifunction Printer.pdf' }],
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'N81077', type: 'gp_practice' },
      fields: {
        service: 'GPP',
        nominee: person('Kwame Asante', 'kwame.asante@nhs.net'),
        approver: withRole('Imogen Hartley', 'imogen.hartley@nhs.net', 'Senior Partner'),
      },
      traits: ['scanned_form', 'handwritten', 'details_only_in_attachment', 'long_disclaimer', 'title_before_name', 'no_person_name_in_signature'],
    },
  },
  {
    mailbox: M,
    slug: 'misdirected-optical-store-email-change',
    msg: {
      from: 'Eyewise Opticians Support Office <store.systems@eyewise.co.uk>',
      subject: 'Store email address change - Eyewise Opticians Huddersfield',
      date: 'Thu, 03 Dec 2026 09:31:02 +0000',
      topHeaders: externalAuth('eyewise.co.uk'),
      text: `Hi,

As part of our move to NHSmail shared mailboxes, please update the practice email held for Eyewise Opticians
Huddersfield (TPQ17):

Current email: huddersfield@eyewise.co.uk
New email: eyewise.huddersfield@nhs.net

The other 23 Eyewise stores will follow in a separate batch once their shared mailboxes are live.

Cheers,
Store Systems Team
Eyewise Opticians Support Office, Leeds
`,
    },
    exp: {
      kind: 'practice_email_update',
      organisation: { odsCode: 'TPQ17', type: 'ophthalmic_practice' },
      fields: { currentEmail: 'huddersfield@eyewise.co.uk', newEmail: 'eyewise.huddersfield@nhs.net' },
      traits: ['misdirected', 'head_office', 'one_branch_of_many', 'team_signature'],
    },
  },
  {
    mailbox: M,
    slug: 'verification-link-for-a-gp-colleague',
    msg: {
      from: 'Practice Manager <joanne.whitfield@nhs.net>',
      subject: 'Resend verification link for Dr Khalid Rahman please',
      date: 'Thu, 03 Dec 2026 10:02:55 +0000',
      topHeaders: nhsAuth(),
      text: `Hello

Our new salaried GP Dr Khalid Rahman hasn't received his PCSE Online verification email. Could you resend it to
khalid.rahman4@nhs.net please? GMC 7215506. He is in clinic all day so I am asking on his behalf.

Thanks
Joanne Whitfield
Practice Manager, Larchwood Medical Practice (D81043)
`,
    },
    exp: {
      kind: 'verification_link_resend',
      organisation: { odsCode: 'D81043', type: 'gp_practice' },
      fields: { accountEmail: 'khalid.rahman4@nhs.net', gmcNumber: '7215506' },
      mustRaise: ['not_own_account'],
      traits: ['on_behalf_of_colleague', 'role_as_display_name'],
    },
  },
  {
    mailbox: M,
    slug: 'gpp-fifth-administrator',
    msg: {
      from: 'Yvonne Achterberg <yvonne.achterberg@nhs.net>',
      subject: 'Additional GPP administrator - Kingsmead Health Partnership P82019',
      date: 'Thu, 03 Dec 2026 11:45:20 +0000',
      topHeaders: nhsAuth(),
      text: `Dear PCSE

We are a large partnership over three sites. We already have four GPP Practice User Administrators (myself,
two finance officers and our operations manager) but with the merger we need one more, please add:

Callum Reid, Finance Assistant, callum.reid2@nhs.net

Approved by Dr Naomi Fairbrother, Managing Partner (naomi.fairbrother@nhs.net) - signed certification form to follow.

Regards
Yvonne Achterberg
Head of Finance
Kingsmead Health Partnership
`,
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'P82019', type: 'gp_practice' },
      fields: {
        service: 'GPP',
        nominee: person('Callum Reid', 'callum.reid2@nhs.net'),
        approver: withRole('Naomi Fairbrother', 'naomi.fairbrother@nhs.net', 'Managing Partner'),
      },
      mustRaise: ['admin_limit_reached'],
      traits: ['admin_count_stated', 'form_to_follow', 'code_in_subject'],
    },
  },
  {
    mailbox: M,
    slug: 'misdirected-oe-other-org-nominee-signs',
    msg: {
      from: 'Dr Anjali Deshpande <anjali.deshpande@nhs.net>',
      subject: 'Open Exeter Primary User form',
      date: 'Thu, 03 Dec 2026 13:26:37 +0000',
      topHeaders: nhsAuth(),
      text: `Hello,

Attached is the Open Exeter primary user form for Meridian Sexual Health Service. I've put myself forward as the
primary user; as I'm also our Caldicott Guardian I have signed it myself. I hope that's OK.

Best wishes,
Anjali

Dr Anjali Deshpande
Clinical Lead | Meridian Sexual Health Service
Hosted by Meridian Community Health CIC
`,
      attachments: [{ pdf: 'oe-other-word-meridian.pdf', filename: 'OE Primary User form - other organisations (completed).pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: null, type: 'other' },
      fields: {
        organisationKind: 'other',
        nominee: person('Anjali Deshpande', 'anjali.deshpande@nhs.net'),
        signatory: withRole('Anjali Deshpande', 'anjali.deshpande@nhs.net', 'caldicott_guardian'),
      },
      traits: ['misdirected', 'word_fillable_form', 'nominee_is_signatory', 'other_organisation', 'no_ods_code', 'blank_code_field'],
    },
  },
  {
    mailbox: M,
    slug: 'pharmacy-and-optician-chain-opto-admin-tp-code',
    msg: {
      from: 'Healthwise Pharmacy & Opticians <nhs.contracts@healthwise-group.co.uk>',
      subject: 'OPTO admin for Crewe',
      date: 'Fri, 04 Dec 2026 09:58:16 +0000',
      topHeaders: externalAuth('healthwise-group.co.uk'),
      text: `Dear PCSE,

Healthwise runs 60+ pharmacies, about a third with an optical practice in store. For our pharmacy at Crewe
(ODS TPH66) please make the store's optical manager an OPTO organisation user administrator:

    Lauren Hesketh    lauren.hesketh@healthwise-group.co.uk

Authorised by the contract holder's nominated director, Simon Aldridge, Director of Optical Services.

Thanks and regards,
NHS Contracts Team
Healthwise Group plc, Healthwise House, Cheadle SK8 2AZ
Registered in England and Wales No. 03377741. VAT No. GB 712 4490 12.
This email (including any attachments) is confidential and may be privileged. If you have received it in error,
please notify the sender by return and delete it from your system. Healthwise Group plc cannot accept any
responsibility for the accuracy or completeness of this message as it has been transmitted over a public network.
`,
    },
    exp: {
      kind: 'user_admin_nomination',
      organisation: { odsCode: 'TPH66', type: 'ophthalmic_practice' },
      fields: {
        service: 'OPTO',
        nominee: person('Lauren Hesketh', 'lauren.hesketh@healthwise-group.co.uk'),
        approver: withRole('Simon Aldridge', null, 'Director of Optical Services'),
      },
      mustRaise: ['ods_type_mismatch'],
      traits: ['head_office', 'stated_type_vs_code_shape', 'tabbed_name_and_email', 'team_signature', 'long_disclaimer', 'approver_in_prose'],
    },
  },
];
