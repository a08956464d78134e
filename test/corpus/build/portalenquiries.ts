/** Emails to pcse.portalenquiries@nhs.net. */
import {
  type CorpusEntry, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, authResults, nhsMessage, nov, org, outlookHtml, person, withRole,
} from './common.js';

const M = 'portalenquiries' as const;
const uan = (service: string | null, nominee: ReturnType<typeof person>, approver: ReturnType<typeof withRole> | null) => ({ service, nominee, approver });

export const PORTAL: CorpusEntry[] = [
  {
    n: 1, slug: 'gpp-admin-acroform', mailbox: M,
    message: nhsMessage(M, 'Rajesh Iyer <rajesh.iyer@nhs.net>', 'GPP User Admin certification form - Oakfield MC', nov(2, '09:14:22'), 'p001', {
      text: `Good morning,

Please find attached the completed GPP Practice User Administrator certification form for our practice.

Kind regards

Dr Rajesh Iyer
GP Partner
Oakfield Medical Centre
Tel: 0161 496 0123

${NHSMAIL_FOOTER}`,
      attachments: [{ pdf: 'gpp-cert-a81023-signed.pdf', filename: 'GPP UA cert form Oakfield.pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('A81023', 'gp_practice'),
      fields: uan('GPP', person('Siobhán Murphy', 'siobhan.murphy3@nhs.net'), withRole('Rajesh Iyer', 'rajesh.iyer@nhs.net', 'GP Partner')),
      mustRaise: [], traits: ['pdf_acroform', 'see_attached', 'non_ascii_name', 'signature_block'],
    },
  },
  {
    n: 2, slug: 'gpp-admin-unsigned-form', mailbox: M,
    message: nhsMessage(M, 'Hollins Lane Surgery <hollinslane.surgery@nhs.net>', 'GPP admin form', nov(5, '14:02:10'), 'p002', {
      text: `see attached\n\nHollins Lane Surgery\n\n${NHSMAIL_FOOTER}`,
      attachments: [{ pdf: 'gpp-cert-b82044-unsigned.pdf', filename: 'scan0042.pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('B82044', 'gp_practice'),
      fields: uan('GPP', person('Gareth Pryce', 'gareth.pryce@nhs.net'), withRole('Helen Ashworth', 'helen.ashworth@nhs.net', 'Senior Partner')),
      mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'see_attached', 'terse', 'missing_signature'],
    },
  },
  {
    n: 3, slug: 'gpp-admin-flat-pdf-qp', mailbox: M,
    message: nhsMessage(M, 'Castle Street Health Centre <castlestreet.hc@nhs.net>', 'RE: GPP Practice User Administrator', nov(9, '11:45:00'), 'p003', {
      encoding: 'quoted-printable',
      text: `Hello,

As requested on the phone this morning, attached is the signed certification form so Zoë can be set up as our GP Payments and Pensions user administrator. Our previous admin (Mark Dunmore, mark.dunmore@nhs.net) left in October.

Many thanks,
Reception Team – Castle Street Health Centre
0113 496 0777

${NHSMAIL_FOOTER}`,
      attachments: [{ pdf: 'gpp-cert-c83011-flat.pdf', filename: 'Certification Form.pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('C83011', 'gp_practice'),
      fields: uan('GPP', person('Zoë Fairclough', 'zoe.fairclough@nhs.net'), withRole('Emeka Nwosu', 'emeka.nwosu@nhs.net', 'Lead GP')),
      mustRaise: [], traits: ['pdf_text', 'quoted_printable', 'non_ascii_name', 'distractor_person', 'lower_case_ods'],
    },
  },
  {
    n: 4, slug: 'pl-admin-cqc-manager', mailbox: M,
    message: nhsMessage(M, 'Margaret Okafor <margaret.okafor2@nhs.net>', 'Performers List Organisation Administrator - D81 005', nov(10, '08:31:44'), 'p004', {
      text: `Dear PCSE,

I am the CQC Registered Manager for Elmwood Surgery (practice code d81 005). Could you please set up the following member of staff as a PL Organisation Administrator for our practice:

Name: Priya Chandrasekaran
Email: Priya.Chandrasekaran@nhs.net
Role required: PL Organisation User Administration

We currently have no PL administrator since our practice manager retired.

Regards
Margaret Okafor
CQC Registered Manager
Elmwood Surgery, 14 Mill Road, Cambridge, CB1 2AD
T: 01223 496 011 | M: 07700 900 456

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('D81005', 'gp_practice'),
      fields: uan('PL', person('Priya Chandrasekaran', 'priya.chandrasekaran@nhs.net'), withRole('Margaret Okafor', 'margaret.okafor2@nhs.net', 'CQC Registered Manager')),
      mustRaise: [], traits: ['label_value', 'spaced_ods', 'signature_block'],
    },
  },
  {
    n: 5, slug: 'opto-admin-html-table', mailbox: M,
    message: nhsMessage(M, 'Bright Eyes Opticians <brighteyes.opticians@nhs.net>', 'Opto user management request', nov(11, '15:20:05'), 'p005', {
      html: outlookHtml(`<p class="MsoNormal">Hi team,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">As the contract holder I would like to nominate the person below for the Opto User Management (Organisation) role.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Practice name</b></p></td><td><p class="MsoNormal">Bright Eyes Opticians</p></td></tr>
<tr><td><p class="MsoNormal"><b>ODS code</b></p></td><td><p class="MsoNormal">TPX41</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nominee</b></p></td><td><p class="MsoNormal">Luis Núñez</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nominee email</b></p></td><td><p class="MsoNormal"><a href="mailto:luis.nunez@brighteyes-opticians.co.uk">luis.nunez@brighteyes-opticians.co.uk</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Hannah Greaves<br>Contract Holder, Bright Eyes Opticians<br>Tel 0117 496 0321</p>
${NHSMAIL_FOOTER_HTML}`),
      encoding: 'quoted-printable',
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPX41', 'ophthalmic_practice'),
      fields: uan('OPTO', person('Luis Núñez', 'luis.nunez@brighteyes-opticians.co.uk'), withRole('Hannah Greaves', 'brighteyes.opticians@nhs.net', 'Contract Holder')),
      mustRaise: [], traits: ['html_only', 'html_table', 'quoted_printable', 'non_ascii_name'],
    },
  },
  {
    n: 6, slug: 'gpp-admin-limit-reached', mailbox: M,
    message: nhsMessage(M, 'Julie Stannard <julie.stannard@nhs.net>', 'Another GPP admin please', nov(12, '10:10:10'), 'p006', {
      text: `Hi,

We already have four GPP user admins at Riverside Surgery (E82077) but one of them is off long term sick, so can you please add Ben Whitlock (ben.whitlock@nhs.net) as a fifth GPP Practice User Administrator?

Thanks
Julie Stannard
Practice Manager

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('E82077', 'gp_practice'),
      fields: uan('GPP', person('Ben Whitlock', 'ben.whitlock@nhs.net'), null),
      mustRaise: ['admin_limit_reached'], traits: ['rambling_inline'],
    },
  },
  {
    n: 7, slug: 'pcn-admin-not-icb-approver', mailbox: M,
    message: nhsMessage(M, 'Craig Ellison <craig.ellison@nhs.net>', 'PCN user admin - North Leeds PCN U83012', nov(13, '13:55:41'), 'p007', {
      text: `Hello

Our PCN does not have a user admin on PCSE Online yet. Please could you set up:

- Name: Amara Obi
- Email: amara.obi1@nhs.net
- PCN: North Leeds PCN (U83012)

This has been approved by me - I am the Clinical Director of the PCN (not the ICB).

Craig Ellison
Clinical Director, North Leeds PCN
craig.ellison@nhs.net

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U83012', 'pcn'),
      fields: uan('PCN', person('Amara Obi', 'amara.obi1@nhs.net'), withRole('Craig Ellison', 'craig.ellison@nhs.net', 'Clinical Director')),
      mustRaise: ['approver_not_on_ael'], traits: ['bullets'],
    },
  },
  {
    n: 8, slug: 'pl-admin-no-nominee-email', mailbox: M,
    message: nhsMessage(M, 'Dr Olu Adeyemi <olu.adeyemi@nhs.net>', 'PL admin', nov(16, '17:42:00'), 'p008', {
      text: `Please can Sandra Kowalczyk be made the Performers List admin for The Grange Practice, F-code is G85031. She doesn't have her nhs.net set up yet, I will send it over when she has it.

Olu

Sent from my iPhone`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('G85031', 'gp_practice'),
      fields: uan('PL', person('Sandra Kowalczyk', null), null),
      mustRaise: [], traits: ['terse', 'omits_email', 'mobile_signature'],
    },
  },
  {
    n: 9, slug: 'gpp-admin-spoofed', mailbox: M,
    message: {
      ...nhsMessage(M, 'Dr Rajesh Iyer <rajesh.iyer@nhs.net>', 'Urgent: GPP admin change', nov(17, '03:12:09'), 'p009'),
      messageId: '<20261117031209.7731@mail-relay.example-hosting.com>',
      topHeaders: [
        authResults('nhs.net', 'fail'),
        'Received: from mail-relay.example-hosting.com (198.51.100.23) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
        'Authentication-Results: mail-relay.example-hosting.com; dkim=pass header.d=nhs.net; dmarc=pass header.from=nhs.net',
      ],
      headers: [],
      text: `Hi,

Please urgently make the following person the GPP Practice User Administrator for Oakfield Medical Centre A81023 today:

Daniel Price - daniel.price.pay@outlook.com

Dr Rajesh Iyer`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('A81023', 'gp_practice'),
      fields: uan('GPP', person('Daniel Price', 'daniel.price.pay@outlook.com'), null),
      mustRaise: ['sender_unauthenticated'], traits: ['spoofed', 'lookalike_auth_header'],
    },
  },
  // main_contact_change
  {
    n: 10, slug: 'main-contact-change-label-value', mailbox: M,
    message: nhsMessage(M, 'Whitehouse Pharmacy <whitehouse.pharmacy@nhs.net>', 'Change of main contact', nov(3, '09:01:00'), 'p010', {
      text: `Dear Sir/Madam

Our main contact has left the business. Please change the main contact for our pharmacy to the person below.

Organisation code: FQ512
New main contact name: Imran Siddiqui
New main contact email: imran.siddiqui@nhs.net

Kind regards
Whitehouse Pharmacy
22 High Street, Bolton, BL1 1AA

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('FQ512', 'pharmacy'),
      fields: { newMainContact: person('Imran Siddiqui', 'imran.siddiqui@nhs.net') },
      mustRaise: [], traits: ['label_value'],
    },
  },
  {
    n: 11, slug: 'main-contact-change-dental-b64', mailbox: M,
    message: nhsMessage(M, 'Seren Evans <seren.evans@nhs.net>', 'Main contact for V045123', nov(4, '12:30:19'), 'p011', {
      encoding: 'base64',
      text: `Hi there,

I have taken over as practice manager at Smile Dental Care (V045123) from Robert Haines. Can I please be made the main contact for Supplies and Medical Records instead of Robert? My email is seren.evans@nhs.net.

Diolch / Thanks
Seren Evans
Practice Manager, Smile Dental Care
01792 496 222

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('V045123', 'dental_practice'),
      fields: { newMainContact: person('Seren Evans', 'seren.evans@nhs.net') },
      mustRaise: [], traits: ['base64', 'self_nomination', 'distractor_person'],
    },
  },
  {
    n: 12, slug: 'main-contact-change-forwarded', mailbox: M,
    message: nhsMessage(M, 'Ayesha Rahman <ayesha.rahman4@nhs.net>', 'FW: main contact', nov(6, '16:48:30'), 'p012', {
      text: `Hi PCSE - forwarding as advised by the helpdesk. Thanks, Ayesha

________________________________
From: Dr Thomas Byrne <thomas.byrne@nhs.net>
Sent: 05 November 2026 18:02
To: Ayesha Rahman <ayesha.rahman4@nhs.net>
Subject: main contact

Ayesha,

Please can you ask PCSE to change the main contact at Parkview Surgery (H81066) to our new manager, Chloé Dubois - chloe.dubois@nhs.net. I have signed off on it.

Tom

Dr Thomas Byrne | Senior Partner | Parkview Surgery
${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('H81066', 'gp_practice'),
      fields: { newMainContact: person('Chloé Dubois', 'chloe.dubois@nhs.net') },
      mustRaise: [], traits: ['forwarded', 'non_ascii_name', 'outlook_quote_header'],
    },
  },
  {
    n: 13, slug: 'main-contact-change-no-email', mailbox: M,
    message: nhsMessage(M, 'Kirkgate Medical Practice <kirkgate.medical@nhs.net>', 'main contact change K81002', nov(18, '10:05:55'), 'p013', {
      text: `Hello, the new main contact for K81002 is Mrs Patricia Holloway, she starts on Monday. Please update your records.\n\nKirkgate Medical Practice\nTel 01924 496 500\n`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('K81002', 'gp_practice'),
      fields: { newMainContact: person('Patricia Holloway', null) },
      mustRaise: [], traits: ['terse', 'omits_email', 'honorific'],
    },
  },
  {
    n: 14, slug: 'main-contact-change-html-only', mailbox: M,
    message: nhsMessage(M, 'Liam O\'Connor <liam.oconnor@nhs.net>', 'Update Main Contact - Seaview Opticians', nov(19, '11:11:11'), 'p014', {
      html: outlookHtml(`<p class="MsoNormal">Good morning,</p><p class="MsoNormal">Please update the main contact for <b>Seaview Opticians</b> (ODS: <b>tpb07</b>).</p>
<ul><li>New main contact: <b>Grace Adebayo</b></li><li>Email: <a href="mailto:GRACE.ADEBAYO@NHS.NET">GRACE.ADEBAYO@NHS.NET</a></li></ul>
<p class="MsoNormal">Previous contact Liam O'Connor (me) is leaving on 30th November.</p>
<p class="MsoNormal">Regards,<br>Liam O'Connor<br>Optometrist | Seaview Opticians | 01273 496 410</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('TPB07', 'ophthalmic_practice'),
      fields: { newMainContact: person('Grace Adebayo', 'grace.adebayo@nhs.net') },
      mustRaise: [], traits: ['html_only', 'bullets', 'upper_case_email', 'lower_case_ods'],
    },
  },
  {
    n: 15, slug: 'main-contact-change-ods-mismatch', mailbox: M,
    message: nhsMessage(M, 'Sunita Verma <sunita.verma@nhs.net>', 'New main contact for our dental practice', nov(20, '09:47:02'), 'p015', {
      text: `Hello,

We are a dental practice (Riverbank Dental, code A84019). Our new main contact is Sunita Verma, sunita.verma@nhs.net (me).

Thank you
Sunita

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('A84019', 'gp_practice'),
      fields: { newMainContact: person('Sunita Verma', 'sunita.verma@nhs.net') },
      mustRaise: ['ods_type_mismatch'], traits: ['ods_type_mismatch'],
    },
  },
  // verification_link_resend
  {
    n: 16, slug: 'verification-link-gp-gmc', mailbox: M,
    message: nhsMessage(M, 'Dr Niamh Kelleher <niamh.kelleher@nhs.net>', 'Verification link expired', nov(2, '19:22:47'), 'p016', {
      text: `Hello,

I am trying to register on PCSE Online as a GP performer but the verification link in my email has expired. Please can you send me a new one. My GMC number is 7012345 and this is my GMC registered email address.

Many thanks
Dr Niamh Kelleher
Salaried GP, Elmwood Surgery

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'niamh.kelleher@nhs.net', gmcNumber: '7012345' },
      mustRaise: [], traits: ['gmc_number'],
    },
  },
  {
    n: 17, slug: 'verification-link-terse', mailbox: M,
    message: nhsMessage(M, 'Karen Blythe <karen.blythe1@nhs.net>', 'new verification link please', nov(3, '08:02:15'), 'p017', {
      text: `Can you resend my verification link, the old one doesnt work. Thanks Karen\n`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'karen.blythe1@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['terse', 'one_liner'],
    },
  },
  {
    n: 18, slug: 'verification-link-for-colleague', mailbox: M,
    message: nhsMessage(M, 'Deborah Fenwick <deborah.fenwick@nhs.net>', 'Verification link for Dr Hussain', nov(4, '13:37:00'), 'p018', {
      text: `Hi,

Please could you send a new PCSE Online verification link to our new GP, Dr Bilal Hussain. His email is bilal.hussain2@nhs.net and his GMC number is 6098765. He is in clinic all day so I am emailing on his behalf.

Thanks,
Deborah Fenwick
Practice Manager, Moorside Surgery
Tel: 0191 496 0808
deborah.fenwick@nhs.net

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'bilal.hussain2@nhs.net', gmcNumber: '6098765' },
      mustRaise: ['not_own_account'], traits: ['on_behalf', 'signature_block'],
    },
  },
  {
    n: 19, slug: 'verification-link-reply-chain', mailbox: M,
    message: nhsMessage(M, 'Joanna Pilkington <joanna.pilkington@nhs.net>', 'Re: PCSE Online - verify your email address', nov(7, '10:15:30'), 'p019', {
      text: `Hi, this link has expired before I could use it, can I have another one please?

Joanna Pilkington
Dispenser, Whitehouse Pharmacy

On Mon, 2 Nov 2026 at 09:00, PCSE Online <noreply-pcse@nhs.net> wrote:
> Dear Joanna,
>
> Please verify your email address by clicking the link below. The link
> expires after 72 hours.
>
> https://pcse.england.nhs.uk/verify?token=abc123
>
> If you need help contact pcse.enquiries@nhs.net or call 0333 014 2884.
`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'joanna.pilkington@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['reply_quoted', 'distractor_email'],
    },
  },
  {
    n: 20, slug: 'verification-link-html-qp', mailbox: M,
    message: nhsMessage(M, 'Zoë Hartmann <zoe.hartmann@nhs.net>', 'Verification email not received', nov(23, '15:05:09'), 'p020', {
      encoding: 'quoted-printable',
      text: `Hello,\n\nMy administrator set up my PCSE Online account last week but I never received the verification email. Could you please resend it to zoe.hartmann@nhs.net?\n\nKind regards,\nZoë Hartmann\nPractice Nurse – Castle Street Health Centre\n\n${NHSMAIL_FOOTER}`,
      html: outlookHtml(`<p class="MsoNormal">Hello,</p><p class="MsoNormal">My administrator set up my PCSE Online account last week but I never received the verification email. Could you please resend it to <a href="mailto:zoe.hartmann@nhs.net">zoe.hartmann@nhs.net</a>?</p><p class="MsoNormal">Kind regards,<br>Zoë Hartmann<br>Practice Nurse – Castle Street Health Centre</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'zoe.hartmann@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['multipart_alternative', 'quoted_printable', 'non_ascii_name'],
    },
  },
  // account_unlock
  {
    n: 21, slug: 'account-unlock-simple', mailbox: M,
    message: nhsMessage(M, 'Mohammed Tariq <mohammed.tariq@nhs.net>', 'Account locked', nov(2, '08:45:12'), 'p021', {
      text: `Morning,

I've locked myself out of PCSE Online after too many password attempts. My username is mohammed.tariq@nhs.net. Please can you unlock it?

Thanks
Mo Tariq
GPP User Admin, Riverside Surgery (E82077)

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('E82077', 'gp_practice'),
      fields: { username: 'mohammed.tariq@nhs.net' },
      mustRaise: [], traits: ['plain'],
    },
  },
  {
    n: 22, slug: 'account-unlock-non-email-username', mailbox: M,
    message: nhsMessage(M, 'Oakfield Medical Centre <oakfield.mc@nhs.net>', 'Locked out - PCSE online', nov(5, '09:30:00'), 'p022', {
      text: `Hi

Our receptionist has locked her account (5 wrong passwords). She doesn't have an nhs.net email so her user name is jennyholt@oakfieldmedicalcentre

Could you unlock it please. Practice code A81023.

Oakfield Medical Centre
0161 496 0123

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('A81023', 'gp_practice'),
      fields: { username: 'jennyholt@oakfieldmedicalcentre' },
      mustRaise: [], traits: ['non_email_username'],
    },
  },
  {
    n: 23, slug: 'account-unlock-outlook-reply', mailbox: M,
    message: nhsMessage(M, 'Fatima Begum <fatima.begum7@nhs.net>', 'RE: Locked account', nov(9, '14:14:14'), 'p023', {
      text: `Hi, sorry - yes it's the PCSE Online account, username fatima.begum7@nhs.net. Still locked this afternoon.

Fatima

From: PCSE Enquiries <pcse.enquiries@nhs.net>
Sent: 09 November 2026 11:02
To: Fatima Begum <fatima.begum7@nhs.net>
Subject: RE: Locked account

Dear Fatima,

Thank you for your email. Can you confirm which system you are locked out of and your username? Contact us on 0333 014 2884 if you have any questions.

Kind regards,
Lucy Barnes
PCSE Customer Support

From: Fatima Begum <fatima.begum7@nhs.net>
Sent: 09 November 2026 08:40
To: PCSE Enquiries <pcse.enquiries@nhs.net>
Subject: Locked account

I am locked out, can you help?
`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'fatima.begum7@nhs.net' },
      mustRaise: [], traits: ['reply_quoted', 'outlook_quote_header', 'distractor_person'],
    },
  },
  {
    n: 24, slug: 'account-unlock-upper-case', mailbox: M,
    message: nhsMessage(M, 'PETER GOULD <peter.gould@nhs.net>', 'PLEASE UNLOCK MY ACCOUNT', nov(10, '07:59:01'), 'p024', {
      text: `PLEASE UNLOCK MY PCSE ACCOUNT USERNAME PETER.GOULD@NHS.NET I HAVE TRIED MY PASSWORD TOO MANY TIMES\nPETER GOULD\nPRACTICE MANAGER\nST JOHNS SURGERY J82015\n`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('J82015', 'gp_practice'),
      fields: { username: 'peter.gould@nhs.net' },
      mustRaise: [], traits: ['all_caps', 'terse'],
    },
  },
  {
    n: 25, slug: 'account-unlock-html-signature-heavy', mailbox: M,
    message: nhsMessage(M, 'Eilidh Campbell <eilidh.campbell@nhs.net>', 'Account locked - Eilidh Campbell', nov(24, '10:02:33'), 'p025', {
      html: outlookHtml(`<p class="MsoNormal">Hello,</p><p class="MsoNormal">I'm locked out of PCSE Online. Please unlock my account, it's registered to this email address.</p><p class="MsoNormal">Thank you</p>
<p class="MsoNormal">&nbsp;</p>
<table><tr><td><p class="MsoNormal"><b>Eilidh Campbell</b><br>Practice Manager<br>Bridgeview Practice<br>Direct: 0141 496 0012</p></td>
<td><p class="MsoNormal">Practice queries: <a href="mailto:bridgeview.practice@nhs.net">bridgeview.practice@nhs.net</a><br>Deputy manager: Sean McAllister (sean.mcallister@nhs.net)<br>Out of hours: 0141 496 0999</p></td></tr></table>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'eilidh.campbell@nhs.net' },
      mustRaise: [], traits: ['html_only', 'signature_block', 'distractor_email'],
    },
  },
  // account_reactivation
  {
    n: 26, slug: 'account-reactivation-main-contact', mailbox: M,
    message: nhsMessage(M, 'Gillian Marsh <gillian.marsh@nhs.net>', 'Account deactivated', nov(3, '11:20:00'), 'p026', {
      text: `Dear PCSE,

My PCSE Online account has been deactivated as I hadn't logged in for a while. I am the main contact for Kirkgate Medical Practice (K81002). Please reactivate my account, username gillian.marsh@nhs.net.

Regards
Gillian Marsh

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('K81002', 'gp_practice'),
      fields: { username: 'gillian.marsh@nhs.net' },
      mustRaise: [], traits: ['plain'],
    },
  },
  {
    n: 27, slug: 'account-reactivation-b64-html', mailbox: M,
    message: nhsMessage(M, 'Adrian Cole <adrian.cole@nhs.net>', 'Reactivate account', nov(6, '09:09:09'), 'p027', {
      encoding: 'base64',
      html: outlookHtml(`<p class="MsoNormal">Hi,</p><p class="MsoNormal">Could you please re-activate my PCSE Online account? It says my account is inactive. I'm one of the GPP Practice User Administrators at Hollins Lane Surgery.</p><p class="MsoNormal">Username: <b>adrian.cole@nhs.net</b></p><p class="MsoNormal">Cheers, Adrian</p>`),
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: null,
      fields: { username: 'adrian.cole@nhs.net' },
      mustRaise: [], traits: ['html_only', 'base64'],
    },
  },
  {
    n: 28, slug: 'account-reactivation-for-colleague', mailbox: M,
    message: nhsMessage(M, 'Parkview Surgery <parkview.surgery@nhs.net>', 'inactive account', nov(12, '12:12:12'), 'p028', {
      text: `Hello

One of our salaried GPs, Dr Ifeoma Eze, has had her account made inactive. Her login is ifeoma.eze@nhs.net. Can this be reactivated?

Parkview Surgery, H81066
`,
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('H81066', 'gp_practice'),
      fields: { username: 'ifeoma.eze@nhs.net' },
      mustRaise: [], traits: ['on_behalf', 'honorific'],
    },
  },
  {
    n: 29, slug: 'account-reactivation-no-username', mailbox: M,
    message: nhsMessage(M, 'Harbour Dental <harbour.dental@nhs.net>', 'Our account has been disabled', nov(13, '16:16:16'), 'p029', {
      text: `Hi, our practice account for PCSE Online has been disabled, it was the main contact one, can you turn it back on. Thanks, Harbour Dental V071188\n`,
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('V071188', 'dental_practice'),
      fields: { username: null },
      mustRaise: [], traits: ['terse', 'omits_username'],
    },
  },
  {
    n: 30, slug: 'account-reactivation-lf-rambling', mailbox: M,
    message: nhsMessage(M, 'Bernadette Quinn <bernadette.quinn@nhs.net>', 'PCSE Online access', nov(17, '08:08:08'), 'p030', {
      lf: true,
      text: `Good morning,

I hope you are well. I have been on maternity leave for the past year and have just come back to work at Meadowbank Surgery. When I try to log into PCSE Online to do the monthly GP pension forms it tells me my account has been deactivated due to inactivity. I was the Performers List Organisation Administrator before I left and I believe I still am, as nobody else has been set up in my absence (our practice manager Colin Ritchie, colin.ritchie@nhs.net, can confirm this if needed).

My username is bernadette.quinn@nhs.net.

I would be really grateful if you could reactivate it as soon as possible as we have forms due at the end of the month.

With best wishes,

Bernadette Quinn
Deputy Practice Manager
Meadowbank Surgery
01392 496 707

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: null,
      fields: { username: 'bernadette.quinn@nhs.net' },
      mustRaise: [], traits: ['rambling', 'lf_line_endings', 'distractor_person'],
    },
  },
  // role_removal_request
  {
    n: 31, slug: 'role-removal-leaver', mailbox: M,
    message: nhsMessage(M, 'Denise Hartley <denise.hartley@nhs.net>', 'Remove roles - leaver', nov(4, '15:15:15'), 'p031', {
      text: `Hello,

Emma Foulkes has left the practice. Please remove her Joiner & Leaver and Practice Estimate and Salary Change roles from her account (emma.foulkes@nhs.net).

Thanks,
Denise Hartley
Practice Manager, Kingsway Family Practice

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: null,
      fields: { username: 'emma.foulkes@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [], traits: ['plain'],
    },
  },
  {
    n: 32, slug: 'role-removal-opto-bullets', mailbox: M,
    message: nhsMessage(M, 'Hannah Greaves <hannah.greaves@nhs.net>', 'Please take roles off Luis', nov(8, '10:40:00'), 'p032', {
      text: `Hi,

Please can you remove the following roles from Luis Núñez (luis.nunez@brighteyes-opticians.co.uk) at Bright Eyes Opticians, TPX41:

  * Contractor Signatory
  * GOS Performer

He should keep Performer.

Hannah
`,
      encoding: 'quoted-printable',
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('TPX41', 'ophthalmic_practice'),
      fields: { username: 'luis.nunez@brighteyes-opticians.co.uk', roles: ['Contractor Signatory', 'GOS Performer'] },
      mustRaise: [], traits: ['bullets', 'non_ascii_name', 'quoted_printable', 'distractor_role'],
    },
  },
  {
    n: 33, slug: 'role-removal-no-username', mailbox: M,
    message: nhsMessage(M, 'Whitehouse Pharmacy <whitehouse.pharmacy@nhs.net>', 'remove access', nov(11, '11:00:00'), 'p033', {
      text: `can you remove Practice Order Entry Clerk from our old locum please, FQ512\n`,
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('FQ512', 'pharmacy'),
      fields: { username: null, roles: ['Practice Order Entry Clerk'] },
      mustRaise: [], traits: ['terse', 'omits_username'],
    },
  },
  {
    n: 34, slug: 'role-removal-html-table', mailbox: M,
    message: nhsMessage(M, 'Sean McAllister <sean.mcallister@nhs.net>', 'Role removal request', nov(19, '13:13:13'), 'p034', {
      html: outlookHtml(`<p class="MsoNormal">Please remove the roles below:</p>
<table border="1"><tr><th>User</th><th>Role to remove</th></tr>
<tr><td>karen.doyle@nhs.net</td><td>Practice Records Movement Admin</td></tr>
<tr><td>karen.doyle@nhs.net</td><td>Practice Order Entry Clerk</td></tr></table>
<p class="MsoNormal">Sean McAllister<br>Deputy Practice Manager, Bridgeview Practice<br>0141 496 0013</p>`),
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: null,
      fields: { username: 'karen.doyle@nhs.net', roles: ['Practice Records Movement Admin', 'Practice Order Entry Clerk'] },
      mustRaise: [], traits: ['html_only', 'html_table'],
    },
  },
  {
    n: 35, slug: 'role-removal-pl-manager', mailbox: M,
    message: nhsMessage(M, 'Olu Adeyemi <olu.adeyemi@nhs.net>', 'PL Practice Manager role', nov(25, '09:19:29'), 'p035', {
      text: `Hello PCSE team,

Our former practice manager Derek Small still has the PL Practice Manager role at The Grange Practice (G85031). He left in September. His username was derek.small@nhs.net - please take the role off him.

Dr Olu Adeyemi
Senior Partner

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('G85031', 'gp_practice'),
      fields: { username: 'derek.small@nhs.net', roles: ['PL Practice Manager'] },
      mustRaise: [], traits: ['plain', 'signature_block'],
    },
  },
  // unclassified / ignored
  {
    n: 36, slug: 'chaser-with-case-ref', mailbox: M,
    message: nhsMessage(M, 'Julie Stannard <julie.stannard@nhs.net>', 'RE: PCSE-2026-000123 Your request has been received', nov(20, '09:00:00'), 'p036', {
      text: `Hi, any update on this please? It has been over a week.

Julie

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 12 November 2026 10:11
Subject: PCSE-2026-000123 Your request has been received

We have received your request about Riverside Surgery (E82077) for Ben Whitlock (ben.whitlock@nhs.net). Our reference is PCSE-2026-000123.
`,
      headers: ['In-Reply-To: <ack-PCSE-2026-000123@pcse.nhs.net>', 'References: <ack-PCSE-2026-000123@pcse.nhs.net>'],
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['chaser', 'case_ref', 'reply_quoted'],
    },
  },
  {
    n: 37, slug: 'thank-you-reply', mailbox: M,
    message: nhsMessage(M, 'Gillian Marsh <gillian.marsh@nhs.net>', 'Re: [PCSE-2026-000871] Account reactivated', nov(4, '10:01:00'), 'p037', {
      text: `Thank you so much, all working now!\n\nGillian\n\nOn 4 Nov 2026, at 09:40, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:\n> Your account gillian.marsh@nhs.net has been reactivated. Reference PCSE-2026-000871.\n`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['thank_you', 'case_ref', 'reply_quoted'],
    },
  },
  {
    n: 38, slug: 'out-of-office', mailbox: M,
    message: nhsMessage(M, 'Deborah Fenwick <deborah.fenwick@nhs.net>', 'Automatic reply: PCSE-2026-000402 Verification link', nov(5, '13:38:00'), 'p038', {
      headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: deborah.fenwick@nhs.net'],
      text: `Thank you for your email. I am out of the office until Monday 16th November with no access to email. For urgent matters please contact Moorside Surgery reception on 0191 496 0800 or moorside.surgery@nhs.net.\n\nDeborah Fenwick\n`,
    }),
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      mustRaise: [], traits: ['auto_reply'],
    },
  },
  {
    n: 39, slug: 'unclassifiable-pension-query', mailbox: M,
    message: nhsMessage(M, 'Dr Emeka Nwosu <emeka.nwosu@nhs.net>', 'Pension contributions query', nov(16, '20:20:20'), 'p039', {
      text: `Hi,

I have been looking at my annual pension statement and the figure for the 2025/26 year seems lower than I expected. Could someone look into whether my Type 1 certificate was received? My GMC number is 4567890.

Thanks
Emeka

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['unclassifiable', 'distractor_gmc'],
    },
  },
  {
    n: 40, slug: 'unclassifiable-supplies-order', mailbox: M,
    message: nhsMessage(M, 'Castle Street Health Centre <castlestreet.hc@nhs.net>', 'Prescription pads not arrived', nov(18, '12:00:00'), 'p040', {
      text: `Hello, we ordered FP10 prescription pads on PCSE Online two weeks ago (order 88123) and they have not arrived. Practice code C83011. Could you chase this please?\n\nReception\n`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['unclassifiable', 'has_ods_code'],
    },
  },
];
