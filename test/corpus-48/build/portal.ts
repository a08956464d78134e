// portalenquiries: a fortnight's mail (16-27 November 2026).
import { StandardFonts } from 'pdf-lib';
import { angleQuote, noise, org, outlookQuote, PCSE_SIGN, person, type Entry } from './entry.js';
import { GPP_CERT, PCN_FORM } from './forms.js';
import { NHSMAIL_DISCLAIMER, PCSE_PORTAL, addr, outlookSent } from './lib.js';
import { fillableForm, flatForm, letter, lockedScreenshot, scannedForm } from './pdfs.js';

const TO = addr(PCSE_PORTAL);
const pdf = (filename: string, data: Buffer) => ({ filename, contentType: 'application/pdf', data });

const ICB_FOOTER = `This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. NHS Cheshire and Merseyside ICB may monitor emails to ensure compliance with its policies. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the ICB.

Please consider the environment before printing this email.`;

export async function portalEntries(): Promise<Entry[]> {
  const E: Entry[] = [];

  // ---------------------------------------------------------------- 001
  E.push({
    slug: 'gpp-cert-acrobat',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'TRANTER, Helen (BROOKFIELD SURGERY)', email: 'helen.tranter@nhs.net' },
      to: TO,
      date: '2026-11-16T08:47:12Z',
      subject: 'GPP User Admin form - Brookfield Surgery B82011',
      html: true,
      text: `Good morning

Please find attached the GPP Practice User Administrator form for Brookfield Surgery. Our previous admin (Lorraine) retired at the end of October so we currently have nobody who can do the joiners and leavers.

Dr Maddox has signed part B.

Many thanks

Helen

Helen Tranter
Practice Manager
Brookfield Surgery
14 Mill Lane, Skipton, BD23 1QT
Tel: 01756 792 411 | Ext 204
www.brookfieldsurgery.nhs.uk

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'GPP Practice User Admin Certification - Brookfield.pdf',
          await fillableForm({
            layout: GPP_CERT,
            meta: { title: 'GPP Practice User Administrator Certification Form', creator: 'Microsoft Word for Microsoft 365', producer: 'Adobe Acrobat Pro (64-bit) 24.2.20933', date: '2026-11-13T15:22:40Z' },
            values: {
              'Practice name': 'Brookfield Surgery',
              'Practice code ODS': 'B82011',
              'Practice address': '14 Mill Lane\nSkipton BD23 1QT',
              'Full name': 'Helen Tranter',
              'Job title': 'Practice Manager',
              'Email address': 'helen.tranter@nhs.net',
              'Telephone number': '01756 792411',
              'Full name_2': 'Dr Owen Maddox',
              'Position  role': 'GP Partner',
              'Email address_2': 'owen.maddox@nhs.net',
              Date: '13/11/2026',
            },
            signed: ['Signature'],
            signer: 'Owen Maddox',
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('B82011', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Helen Tranter', 'helen.tranter@nhs.net'), approver: { ...person('Owen Maddox', 'owen.maddox@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'see_attached', 'nhsmail_display_name', 'disclaimer', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 002
  E.push({
    slug: 'pl-admin-cqc-manager',
    mailbox: 'portalenquiries',
    mail: {
      client: 'owa',
      from: { name: 'Farah Qureshi', email: 'farah.qureshi@nhs.net' },
      to: TO,
      date: '2026-11-16T09:20:03Z',
      subject: 'PL Organisation Administrator - Hollins Park Medical Practice',
      html: true,
      text: `Hi,

I am the CQC Registered Manager for Hollins Park Medical Practice (P87612). Since Janet Kirkby left we don't have anyone with the PL Organisation Administrator role, so we can't approve anything for our GPs on the performers list.

Please could you set up Kerry Ashworth, our assistant practice manager, as PL Organisation Administrator. Her email is kerry.ashworth2@nhs.net.

Thanks,
Farah

Dr Farah Qureshi
GP Partner | CQC Registered Manager
Hollins Park Medical Practice
0161 764 2290

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('P87612', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Kerry Ashworth', 'kerry.ashworth2@nhs.net'), approver: { ...person('Farah Qureshi', 'farah.qureshi@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['prose', 'approver_is_sender', 'disclaimer'],
    },
  });

  // ---------------------------------------------------------------- 003
  E.push({
    slug: 'unlock-from-phone',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook-ios',
      from: { name: 'Sam Whitlock', email: 'samantha.whitlock1@nhs.net' },
      to: TO,
      date: '2026-11-16T09:41:37Z',
      subject: 'Locked out',
      html: true,
      text: `Hi 

I'm locked out of PCSE online after putting wrong password in. Username is samantha.whitlock1@nhs.net

Please can you unlock

Thanks 
Sam 
Ferndale Health Centre J82146

Get Outlook for iOS`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('J82146', 'gp_practice'),
      fields: { username: 'samantha.whitlock1@nhs.net' },
      mustRaise: [],
      traits: ['mobile', 'terse'],
    },
  });

  // ---------------------------------------------------------------- 004
  E.push({
    slug: 'verification-gp-gmail',
    mailbox: 'portalenquiries',
    mail: {
      client: 'gmail',
      from: { name: 'Tomasz Nowak', email: 'tomasz.nowak.gp@gmail.com' },
      to: 'pcse.portalenquiries@nhs.net',
      date: '2026-11-16T10:05:48Z',
      subject: 'Verification link not received - PCSE Online',
      html: true,
      text: `Dear PCSE,

I have recently joined the Performers List and was told I should receive a verification email to set up my PCSE Online account, but nothing has arrived (I've checked junk).

My GMC registered email address is this one, tomasz.nowak.gp@gmail.com, and my GMC number is 7651203.

Could you please send a new link?

Kind regards,
Dr Tomasz Nowak
GP Registrar (ST3)`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'tomasz.nowak.gp@gmail.com', gmcNumber: '7651203' },
      mustRaise: [],
      traits: ['gmail', 'gp_own_account'],
    },
  });

  // ---------------------------------------------------------------- 005
  E.push({
    slug: 'pcn-admin-icb-form',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'MCALLISTER, Graham (NHS CHESHIRE AND MERSEYSIDE ICB - 12F)', email: 'graham.mcallister1@nhs.net' },
      to: TO,
      cc: addr({ name: 'PARRY, Louise (WIRRAL PENINSULA SOUTH PCN)', email: 'louise.parry3@nhs.net' }),
      date: '2026-11-16T11:30:26Z',
      subject: 'PCN User Admin request - Wirral Peninsula South PCN',
      html: true,
      text: `Dear colleagues,

Please find attached a request for a PCN User Administrator for Wirral Peninsula South PCN, which I have approved on behalf of the ICB. I am listed on the AEL for Cheshire and Merseyside.

The nominee, Louise Parry (PCN Business Manager), is copied in.

Kind regards

Graham McAllister
Primary Care Contracts Manager (Wirral Place)
NHS Cheshire and Merseyside Integrated Care Board
M: 07700 900418
E: graham.mcallister1@nhs.net

${ICB_FOOTER}
`,
      attachments: [
        pdf(
          'PCN UA request - Wirral Peninsula South.pdf',
          await fillableForm({
            layout: PCN_FORM,
            meta: { title: 'PCN User Administrator Request', creator: 'Microsoft Word', producer: 'Skia/PDF m130', date: '2026-11-13T12:04:00Z' },
            values: {
              'PCN Name': 'Wirral Peninsula South PCN',
              'PCN ODS Code': 'U47382',
              'Lead Practice': 'Heswall Hills Surgery',
              'Nominee Name': 'Louise Parry',
              'Nominee Role': 'PCN Business Manager',
              'Nominee Email': 'louise.parry3@nhs.net',
              'Nominee Phone': '0151 342 6789',
              ICB: 'NHS Cheshire and Merseyside ICB',
              'Approver Name': 'Graham McAllister',
              'Approver Job Title': 'Primary Care Contracts Manager',
              'Approver Email': 'graham.mcallister1@nhs.net',
              'AEL Confirm': true,
              'Approval Date': '13/11/2026',
            },
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('U47382', 'pcn'),
      fields: { service: 'PCN', nominee: person('Louise Parry', 'louise.parry3@nhs.net'), approver: { ...person('Graham McAllister', 'graham.mcallister1@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'icb_sender', 'cc_nominee', 'disclaimer'],
    },
  });

  // ---------------------------------------------------------------- 006
  E.push({
    slug: 'gpp-cert-federation-print',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Kayleigh Brandon', email: 'kayleigh.brandon@nhs.net' },
      to: TO,
      cc: addr({ name: 'ELLIS, Margaret (SHENSTONE ROAD SURGERY)', email: 'margaret.ellis@nhs.net' }),
      date: '2026-11-16T13:12:55Z',
      subject: 'GPP practice user admin cert - Shenstone Road Surgery M83017',
      html: true,
      text: `Morning,

Attached on behalf of Shenstone Road Surgery (one of our member practices). Their practice manager is on leave until the 30th so please reply to me and copy in Dr Ellis.

Thanks
Kayleigh

Kayleigh Brandon
Business Support Officer
Tamworth & Lichfield GP Federation
Working days Mon-Thurs

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'Shenstone GPP cert.pdf',
          await flatForm({
            layout: GPP_CERT,
            meta: { title: 'GPP Practice User Administrator Certification Form', creator: 'Microsoft Edge', producer: 'Microsoft: Print To PDF', date: '2026-11-16T13:05:10Z' },
            values: {
              'Practice name': 'Shenstone Road Surgery',
              'Practice code ODS': 'M83017',
              'Practice address': '22 Shenstone Road\nLichfield WS14 9LT',
              'Full name': 'Priya Lal',
              'Job title': 'Assistant Practice Manager',
              'Email address': 'priya.lal1@nhs.net',
              'Telephone number': '01543 480221',
              'Full name_2': 'Dr Margaret Ellis',
              'Position  role': 'Senior Partner',
              'Email address_2': 'margaret.ellis@nhs.net',
              Date: '12/11/2026',
            },
            signed: ['Signature'],
            signer: 'Margaret Ellis',
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('M83017', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Priya Lal', 'priya.lal1@nhs.net'), approver: { ...person('Margaret Ellis', 'margaret.ellis@nhs.net'), role: 'Senior Partner' } },
      mustRaise: [],
      traits: ['pdf_flat', 'on_behalf', 'federation', 'cc_approver'],
    },
  });

  // ---------------------------------------------------------------- 007
  E.push({
    slug: 'thanks-dentist-iphone',
    mailbox: 'portalenquiries',
    mail: {
      client: 'iphone',
      from: { name: 'Oluwaseun Bakare', email: 'seun.bakare@nhs.net' },
      to: TO,
      date: '2026-11-16T14:02:19Z',
      subject: 'Re: PCSE Online verification link [PCSE-2026-118204]',
      html: true,
      inReplyTo: '<pcse-118204-reply@pcse.england.nhs.uk>',
      references: '<pcse-118204-reply@pcse.england.nhs.uk>',
      text: `Thank you, that’s worked now 👍

Sent from my iPhone

${angleQuote('On 16 Nov 2026, at 12:31, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:', `Dear Dr Bakare,

Thank you for your email. A new verification link has been sent to seun.bakare@nhs.net. The link is valid for 72 hours.

Reference: PCSE-2026-118204

${PCSE_SIGN}`)}`,
    },
    expected: noise(null, ['thanks', 'case_ref', 'mobile', 'quoted_history']),
  });

  // ---------------------------------------------------------------- 008
  E.push({
    slug: 'opto-admin-contract-holder-letter',
    mailbox: 'portalenquiries',
    mail: {
      client: 'apple',
      from: { name: 'Gillian Pryce', email: 'gillian@lakesideeyecare.co.uk' },
      to: 'pcse.portalenquiries@nhs.net',
      date: '2026-11-17T08:58:41Z',
      subject: 'OPTO user administrator - Lakeside Eyecare TPH27',
      html: true,
      auth: 'ext-pass',
      text: `Hello,

Please see the attached letter nominating our practice manager as the Ophthalmic Payments user administrator for Lakeside Eyecare.

Best wishes,

Gillian Pryce BSc (Hons) MCOptom
Director & Contract Holder
Lakeside Eyecare Ltd
3 Bridge Street, Windermere, LA23 1AB
015394 44871
`,
      attachments: [
        pdf(
          'Letter to PCSE - OPTO user admin.pdf',
          await letter({
            meta: { title: 'Letter to PCSE', author: 'Gillian Pryce', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-16T17:40:00Z' },
            lines: [
              { s: 'Lakeside Eyecare Ltd', size: 18, bold: true },
              { s: '3 Bridge Street, Windermere, Cumbria LA23 1AB  |  015394 44871  |  hello@lakesideeyecare.co.uk', size: 9, grey: true },
              { s: '16 November 2026', gap: 40 },
              { s: 'Primary Care Support England', gap: 28 },
              { s: 'PCSE Online - User Management' },
              { s: 'Re: Nomination of OPTO Organisation User Administrator - Lakeside Eyecare (ODS TPH27)', bold: true, gap: 30 },
              { s: 'Dear Sir or Madam,', gap: 26 },
              { s: 'I am the contract holder for Lakeside Eyecare. Since the change of ownership in the summer the practice', gap: 22 },
              { s: 'has had no user administrator for Ophthalmic Payments on PCSE Online.' },
              { s: 'I nominate our Practice Manager, Rachel Dunmore, for the Opto User Management (Organisation) role.', gap: 22 },
              { s: "Rachel's email address is rachel.dunmore@lakesideeyecare.co.uk and her direct line is 015394 44872." },
              { s: 'Please contact me if you need anything further.', gap: 22 },
              { s: 'Yours faithfully,', gap: 26 },
              { s: 'Gillian Pryce', gap: 44 },
              { s: 'Contract Holder, Lakeside Eyecare' },
              { s: 'gillian@lakesideeyecare.co.uk' },
            ],
            signature: { seed: 'Gillian Pryce', afterLine: 12 },
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('TPH27', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Rachel Dunmore', 'rachel.dunmore@lakesideeyecare.co.uk'), approver: { ...person('Gillian Pryce', 'gillian@lakesideeyecare.co.uk'), role: 'Contract Holder' } },
      mustRaise: [],
      traits: ['pdf_letter', 'non_nhs_domain', 'apple_mail'],
    },
  });

  // ---------------------------------------------------------------- 009
  E.push({
    slug: 'unlock-optical-no-email-user',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Vision Plus Opticians', email: 'info@visionplusopticians.co.uk' },
      to: 'pcse.portalenquiries@nhs.net',
      date: '2026-11-17T09:15:07Z',
      subject: 'account locked - dispensing optician',
      auth: 'ext-pass',
      html: true,
      text: `Hi there our dispensing optician Becky Harlow has locked her PCSE account, she put her password in wrong too many times this morning. She doesn't have her own email so her username is beckyharlow@visionplusoptom which I set up for her last year. Can you unlock it please as she needs to submit GOS claims today. Our practice code is TPC08. Thank you, Marcia (practice manager)

Vision Plus Opticians | 21 Fore Street, Redruth TR15 2AE | 01209 215 330`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('TPC08', 'ophthalmic_practice'),
      fields: { username: 'beckyharlow@visionplusoptom' },
      mustRaise: [],
      traits: ['one_paragraph', 'non_email_username', 'on_behalf', 'shared_mailbox'],
    },
  });

  // ---------------------------------------------------------------- 010
  E.push({
    slug: 'resend-link-reply-thread',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'FEATHERSTONE, Mark (CASTLE VALE SURGERY)', email: 'mark.featherstone@nhs.net' },
      to: TO,
      date: '2026-11-17T09:33:50Z',
      subject: 'RE: PL Organisation Administrator set up - Castle Vale Surgery [PCSE-2026-116980]',
      inReplyTo: '<pcse-116980-done@pcse.england.nhs.uk>',
      references: '<pcse-116980-done@pcse.england.nhs.uk>',
      html: true,
      text: `Hi

Thanks for this. Unfortunately the verification email went to my junk folder and the link has now expired. Please could you send me another one?

Kind regards

Mark Featherstone
Practice Manager
Castle Vale Surgery (M88021)
0121 747 3310

${outlookQuote({
  from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  sent: outlookSent('2026-11-09T15:12:00Z'),
  to: 'FEATHERSTONE, Mark (CASTLE VALE SURGERY) <mark.featherstone@nhs.net>',
  subject: 'PL Organisation Administrator set up - Castle Vale Surgery [PCSE-2026-116980]',
  body: `Dear Mark,

You have been set up as PL Organisation Administrator for Castle Vale Surgery (M88021). You will receive a separate email with a link to verify your account and set your password. The link expires after 72 hours.

${PCSE_SIGN}`,
})}

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('M88021', 'gp_practice'),
      fields: { accountEmail: 'mark.featherstone@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['reply_thread', 'case_ref', 'new_request_in_reply'],
    },
  });

  // ---------------------------------------------------------------- 011
  E.push({
    slug: 'main-contact-dental',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Rupinder Sandhu', email: 'r.sandhu@nhs.net' },
      to: TO,
      date: '2026-11-17T10:48:14Z',
      subject: 'Change of main contact - Heaton Moor Dental Care V021847',
      html: true,
      text: `Dear Sir/Madam,

Our main contact on PCSE Online (Deborah Marsh) left the practice in September and we now can't order supplies. Please change the main contact for Heaton Moor Dental Care, practice code V021847, to:

Name: Aisha Bello
Email: aisha.bello@nhs.net

Aisha is our new practice manager.

Regards,

Dr Rupinder Sandhu BDS
Principal Dentist
Heaton Moor Dental Care
42 Heaton Moor Road, Stockport SK4 4NX
T: 0161 432 7781

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('V021847', 'dental_practice'),
      fields: { newMainContact: person('Aisha Bello', 'aisha.bello@nhs.net') },
      mustRaise: [],
      traits: ['labelled_lines', 'dental'],
    },
  });

  // ---------------------------------------------------------------- 012
  E.push({
    slug: 'gpp-cert-office-scan',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'MILLBROOK MEDICAL PRACTICE (K81077)', email: 'millbrook.medicalpractice@nhs.net' },
      to: TO,
      date: '2026-11-17T11:20:33Z',
      subject: 'GPP form',
      html: true,
      text: `Hello

Please see attached.

Kind regards
Jo
Reception Team
On behalf of Dr Hale

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'SKM_C30826111711080.pdf',
          await scannedForm({
            layout: GPP_CERT,
            seed: 'millbrook-gpp',
            hand: 'HandA',
            caps: true,
            device: 'mfd',
            rotate: 0.9,
            faint: 0.12,
            meta: { title: 'SKM_C30826111711080', creator: 'KONICA MINOLTA bizhub C308', producer: 'KONICA MINOLTA bizhub C308', date: '2026-11-17T11:08:00Z' },
            values: {
              'Practice name': 'Millbrook Medical Practice',
              'Practice code ODS': 'K81077',
              'Practice address': 'Millbrook Road, Reading RG30 2BD',
              'Full name': 'Lucy Brennan',
              'Job title': 'Practice Manager',
              'Email address': 'lucy.brennan@nhs.net',
              'Telephone number': '0118 959 2200',
              'Full name_2': 'Dr Anthony Hale',
              'Position  role': 'GP Partner',
              'Email address_2': 'anthony.hale@nhs.net',
              Date: '16/11/26',
            },
            signed: ['Signature'],
            signer: 'Anthony Hale',
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('K81077', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Lucy Brennan', 'lucy.brennan@nhs.net'), approver: { ...person('Anthony Hale', 'anthony.hale@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['scan', 'handwritten', 'rotated', 'see_attached', 'shared_mailbox', 'on_behalf'],
    },
  });

  // ---------------------------------------------------------------- 013
  E.push({
    slug: 'question-accountant-access',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Denise Cartwright', email: 'denise.cartwright@nhs.net' },
      to: TO,
      date: '2026-11-17T12:05:29Z',
      subject: 'Accountant access',
      html: true,
      text: `Hi,

Our accountants (Bennett Verby) have asked for access to PCSE Online so they can do our end of year pension forms. How do we set this up? Do we need to send you a form?

Thanks
Denise
Practice Manager, Kingfisher Practice

${NHSMAIL_DISCLAIMER}`,
    },
    expected: noise(null, ['question']),
  });

  // ---------------------------------------------------------------- 014
  E.push({
    slug: 'unlock-pharmacy-screenshot',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'KINGSWAY PHARMACY (FQ331)', email: 'kingsway.pharmacy@nhs.net' },
      to: TO,
      date: '2026-11-17T14:40:02Z',
      subject: 'URGENT - account locked',
      importance: 'high',
      html: true,
      text: `Hello,

I have locked the pharmacy account by entering the wrong password 5 times (screenshot attached). The username is kingsway.pharmacy@nhs.net.

We need to place a supplies order today so would be grateful if this could be unlocked asap.

Thanks,
Imran Hussain
Pharmacist Manager
Kingsway Pharmacy, 118 Kingsway, Huddersfield HD1 3LP
ODS: FQ331

${NHSMAIL_DISCLAIMER}`,
      attachments: [{ filename: 'image001.png', contentType: 'image/png', data: lockedScreenshot('kingsway') }],
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('FQ331', 'pharmacy'),
      fields: { username: 'kingsway.pharmacy@nhs.net' },
      mustRaise: [],
      traits: ['screenshot', 'urgent', 'shared_mailbox'],
    },
  });

  // ---------------------------------------------------------------- 015
  E.push({
    slug: 'reactivation-gpp-admin',
    mailbox: 'portalenquiries',
    mail: {
      client: 'owa',
      from: { name: 'Julia Okafor', email: 'julia.okafor@nhs.net' },
      to: TO,
      date: '2026-11-18T08:30:44Z',
      subject: 'PCSE Online account deactivated',
      html: true,
      text: `Good morning,

When I try to log in I get a message saying my account has been deactivated. I am the GPP Practice User Administrator (and main contact) for Riverside Medical Centre, code G82633, so there is nobody else here who can reactivate me. My username is julia.okafor@nhs.net.

Please can you reactivate my account?

Many thanks,
Julia Okafor
Business Manager
Riverside Medical Centre

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('G82633', 'gp_practice'),
      fields: { username: 'julia.okafor@nhs.net' },
      mustRaise: [],
      traits: ['prose', 'admin_own_account'],
    },
  });

  // ---------------------------------------------------------------- 016
  E.push({
    slug: 'opto-admin-gmail-contract-holder',
    mailbox: 'portalenquiries',
    mail: {
      client: 'gmail',
      from: { name: 'Haroon Siddiqui', email: 'h.siddiqui.optom@gmail.com' },
      to: 'pcse.portalenquiries@nhs.net',
      date: '2026-11-18T09:02:16Z',
      subject: 'User admin for Siddiqui Opticians',
      html: true,
      text: `Hi,

I'm the contract holder for Siddiqui Opticians (ODS TPM51). Our manager has left and nobody at the practice has the user management role for ophthalmic payments any more.

Please can you give the OPTO user admin role to Natalie Cross, our new practice manager - natalie.cross@nhs.net

Thanks
Haroon Siddiqui
Optometrist / Contract Holder
Siddiqui Opticians, 7 Market Place, Leek ST13 5HH`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('TPM51', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Natalie Cross', 'natalie.cross@nhs.net'), approver: { ...person('Haroon Siddiqui', 'h.siddiqui.optom@gmail.com'), role: 'Contract Holder' } },
      mustRaise: [],
      traits: ['gmail', 'approver_is_sender', 'prose'],
    },
  });

  // ---------------------------------------------------------------- 017
  E.push({
    slug: 'pl-admin-dental-fifth',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Fiona Lindqvist', email: 'fiona.lindqvist@nhs.net' },
      to: TO,
      date: '2026-11-18T10:15:38Z',
      subject: 'Additional PL user admin',
      html: true,
      text: `Hello

I am the CQC registered manager at Harbour View Dental Practice (V008812). We would like to add one of our dental nurses, Sophie Tremayne, as a PL Organisation Administrator - sophie.tremayne@nhs.net.

Our current PL admins are myself, Marcus Penrose, Janine Holt and Alex Dunstan.

Kind regards
Fiona

Dr Fiona Lindqvist
Principal Dentist
Harbour View Dental Practice
Falmouth

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('V008812', 'dental_practice'),
      fields: { service: 'PL', nominee: person('Sophie Tremayne', 'sophie.tremayne@nhs.net'), approver: { ...person('Fiona Lindqvist', 'fiona.lindqvist@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'],
      traits: ['dental', 'existing_admins_listed'],
    },
  });

  // ---------------------------------------------------------------- 018
  E.push({
    slug: 'email-update-misdirected',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'PENHALIGON, Tracey (OAKWOOD SURGERY)', email: 'tracey.penhaligon@nhs.net' },
      to: TO,
      date: '2026-11-18T11:00:09Z',
      subject: 'Update practice email address',
      html: true,
      text: `Hello,

Please update our practice email address on PCSE Online.

Practice name: Oakwood Surgery
Practice code: L83044
Current practice email: oakwood.surgery@nhs.net
New practice email: kernow.oakwoodsurgery@nhs.net

The old shared mailbox is being closed on 30 November as part of the Cornwall mailbox tidy-up.

Thank you
Tracey Penhaligon
Office Manager, Oakwood Surgery

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('L83044', 'gp_practice'),
      fields: { currentEmail: 'oakwood.surgery@nhs.net', newEmail: 'kernow.oakwoodsurgery@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'labelled_lines'],
    },
  });

  // ---------------------------------------------------------------- 019
  E.push({
    slug: 'gpp-cert-forwarded-chrome',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Daniel Moss', email: 'daniel.moss4@nhs.net' },
      to: TO,
      date: '2026-11-18T11:47:21Z',
      subject: 'FW: GPP admin form signed',
      html: true,
      text: `See below and attached - Dr Singh has now signed it. Thanks, Dan

Daniel Moss | Operations Manager | The Grange Medical Centre | E85033

${outlookQuote({
  from: 'SINGH, Harpreet (THE GRANGE MEDICAL CENTRE) <harpreet.singh14@nhs.net>',
  sent: '18 November 2026 11:31',
  to: 'MOSS, Daniel (THE GRANGE MEDICAL CENTRE) <daniel.moss4@nhs.net>',
  subject: 'GPP admin form signed',
  body: `Dan,

Signed and attached. Send it over to PCSE.

H

Dr Harpreet Singh
Partner
The Grange Medical Centre`,
})}

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'GPP_UA_Certification_form_signed.pdf',
          await fillableForm({
            layout: GPP_CERT,
            meta: { title: 'GPP Practice User Administrator Certification Form', creator: 'Chromium', producer: 'Skia/PDF m131', date: '2026-11-18T11:29:00Z' },
            valueFont: StandardFonts.Courier,
            fontSize: 9,
            values: {
              'Practice name': 'The Grange Medical Centre',
              'Practice code ODS': 'E85033',
              'Practice address': '1 Church Road, Southall, UB2 4AB',
              'Full name': 'Daniel Moss',
              'Job title': 'Operations Manager',
              'Email address': 'daniel.moss4@nhs.net',
              'Telephone number': '020 8571 4410',
              'Full name_2': 'Dr Harpreet Singh',
              'Position  role': 'Partner',
              'Email address_2': 'harpreet.singh14@nhs.net',
              Date: '18/11/2026',
            },
            signed: ['Signature'],
            signer: 'Harpreet Singh',
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('E85033', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Daniel Moss', 'daniel.moss4@nhs.net'), approver: { ...person('Harpreet Singh', 'harpreet.singh14@nhs.net'), role: 'Partner' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'forwarded', 'one_line_cover', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 020
  E.push({
    slug: 'role-removal-leaver',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Sandra Whitfield', email: 'sandra.whitfield@nhs.net' },
      to: TO,
      date: '2026-11-18T13:30:57Z',
      subject: 'Remove roles - leaver',
      html: true,
      text: `Hi,

Claire Dunn left us at the end of October. Please can you remove her Joiner & Leaver and Practice Estimate and Salary Change roles on PCSE Online. Her login is claire.dunn7@nhs.net.

Practice: Abbey Mead Surgery, Y02987

Thanks
Sandra Whitfield
Practice Manager

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('Y02987', 'gp_practice'),
      fields: { username: 'claire.dunn7@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [],
      traits: ['prose', 'roles_in_sentence'],
    },
  });

  // ---------------------------------------------------------------- 021
  E.push({
    slug: 'chaser-main-contact-pharmacy',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'OWUSU, Kwame (LIMEFIELD PHARMACY)', email: 'kwame.owusu@nhs.net' },
      to: TO,
      date: '2026-11-18T15:10:33Z',
      subject: 'RE: Change of main contact - Limefield Pharmacy [PCSE-2026-117733]',
      inReplyTo: '<pcse-117733-ack@pcse.england.nhs.uk>',
      references: '<pcse-117733-ack@pcse.england.nhs.uk>',
      html: true,
      text: `Hello

Can I have an update on this please? It has been over two weeks and we still cannot place orders.

Regards
Kwame

${outlookQuote({
  from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  sent: outlookSent('2026-11-03T10:02:00Z'),
  to: 'OWUSU, Kwame (LIMEFIELD PHARMACY) <kwame.owusu@nhs.net>',
  subject: 'Change of main contact - Limefield Pharmacy [PCSE-2026-117733]',
  body: `Thank you for contacting Primary Care Support England. Your enquiry has been logged with reference PCSE-2026-117733. We aim to respond within 5 working days.

${PCSE_SIGN}`,
})}

${outlookQuote({
  from: 'OWUSU, Kwame (LIMEFIELD PHARMACY) <kwame.owusu@nhs.net>',
  sent: outlookSent('2026-11-02T16:45:00Z'),
  to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  subject: 'Change of main contact - Limefield Pharmacy',
  body: `Hello

Please change the main contact for Limefield Pharmacy (FW629) to myself, Kwame Owusu, kwame.owusu@nhs.net. The previous contact has left the company.

Regards
Kwame Owusu
Pharmacist Manager`,
})}`,
    },
    expected: noise(null, ['chaser', 'case_ref', 'quoted_history', 'request_in_quote']),
  });

  // ---------------------------------------------------------------- 022
  E.push({
    slug: 'verification-for-new-partner',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Natasha Greaves', email: 'natasha.greaves@nhs.net' },
      to: TO,
      date: '2026-11-19T08:55:12Z',
      subject: 'Verification link for Dr Eze',
      html: true,
      text: `Hi,

Our new partner Dr Chidi Eze has not received his verification link for PCSE Online. Could you please resend it? His GMC registered email address is chidi.eze@doctors.org.uk and his GMC number is 7345612.

He is on the Performers List and started with us on 2 November.

Many thanks
Natasha Greaves
Practice Manager
Elmwood Family Practice, C83051

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('C83051', 'gp_practice'),
      fields: { accountEmail: 'chidi.eze@doctors.org.uk', gmcNumber: '7345612' },
      mustRaise: ['not_own_account'],
      traits: ['on_behalf', 'prose'],
    },
  });

  // ---------------------------------------------------------------- 023
  E.push({
    slug: 'pcn-admin-cd-approves',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Becky Lomas', email: 'rebecca.lomas@nhs.net' },
      to: TO,
      cc: addr({ name: 'VERMA, Sanjay (RIBBLE VALLEY CENTRAL PCN)', email: 'sanjay.verma@nhs.net' }),
      date: '2026-11-19T09:40:45Z',
      subject: 'PCN user admin - Ribble Valley Central PCN U61094',
      html: true,
      text: `Dear PCSE

I'm the PCN manager for Ribble Valley Central PCN (U61094). We don't have a PCN user admin on PCSE Online. Could I be set up please? Rebecca Lomas, rebecca.lomas@nhs.net.

Our Clinical Director, Dr Sanjay Verma, is copied in and approves this. We've not been able to get hold of anyone at the ICB.

Many thanks
Becky

Rebecca Lomas
PCN Manager
Ribble Valley Central Primary Care Network

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('U61094', 'pcn'),
      fields: { service: 'PCN', nominee: person('Rebecca Lomas', 'rebecca.lomas@nhs.net'), approver: { ...person('Sanjay Verma', 'sanjay.verma@nhs.net'), role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'],
      traits: ['cc_approver', 'self_nomination', 'nickname'],
    },
  });

  // ---------------------------------------------------------------- 024
  E.push({
    slug: 'auto-reply-annual-leave',
    mailbox: 'portalenquiries',
    mail: {
      client: 'exchange',
      from: { name: 'HUGHES, Bethan (THE MANOR HOUSE SURGERY)', email: 'bethan.hughes8@nhs.net' },
      to: TO,
      date: '2026-11-19T10:02:04Z',
      subject: 'Automatic reply: PL Organisation Administrator set up [PCSE-2026-118342]',
      inReplyTo: '<pcse-118342-done@pcse.england.nhs.uk>',
      references: '<pcse-118342-done@pcse.england.nhs.uk>',
      extraHeaders: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Auto-Response-Suppress', 'All'],
        ['X-MS-Exchange-Inbox-Rules-Loop', 'bethan.hughes8@nhs.net'],
        ['Thread-Topic', 'PL Organisation Administrator set up [PCSE-2026-118342]'],
      ],
      html: true,
      text: `Thank you for your email. I am on annual leave from Thursday 19 November, returning Monday 30 November.

For urgent practice matters please contact manor.reception@nhs.net or call 01244 680 123.

Bethan`,
    },
    expected: noise('auto_reply', ['auto_reply', 'case_ref']),
  });

  // ---------------------------------------------------------------- 025
  E.push({
    slug: 'unlock-for-gp-on-behalf',
    mailbox: 'portalenquiries',
    mail: {
      client: 'owa',
      from: { name: 'Gemma Royle', email: 'gemma.royle@nhs.net' },
      to: TO,
      date: '2026-11-19T11:15:27Z',
      subject: 'Unlock PCSE Online account - Dr Rhian Lewis',
      html: true,
      text: `Hello,

Dr Rhian Lewis has locked her PCSE Online account (too many password attempts). Her username is rhian.lewis@nhs.net. She needs to approve a GP leaver on the performers list this week so could it be unlocked please?

Thank you
Gemma Royle
Assistant Practice Manager
Pennine Lodge Surgery P82019

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('P82019', 'gp_practice'),
      fields: { username: 'rhian.lewis@nhs.net' },
      mustRaise: [],
      traits: ['on_behalf'],
    },
  });

  // ---------------------------------------------------------------- 026
  E.push({
    slug: 'main-contact-pharmacy-paragraph',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Greenfield Chemist', email: 'greenfield.chemist@nhs.net' },
      to: TO,
      date: '2026-11-19T13:05:51Z',
      subject: 'main contact',
      html: true,
      text: `Hello please can you change the main contact for Greenfield Chemist ODS FH774 from Paul Grant who has now retired to our new pharmacist manager Olusegun Adeyemi, his email is segun.adeyemi@nhs.net, we cannot order any supplies at the moment as nobody can get in. Many thanks, Lisa (dispenser)

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('FH774', 'pharmacy'),
      fields: { newMainContact: person('Olusegun Adeyemi', 'segun.adeyemi@nhs.net') },
      mustRaise: [],
      traits: ['one_paragraph', 'shared_mailbox', 'on_behalf', 'two_names'],
    },
  });

  // ---------------------------------------------------------------- 027
  E.push({
    slug: 'gpp-admin-no-form',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'ALDRIDGE, Simon (MOORSIDE MEDICAL CENTRE)', email: 'simon.aldridge@nhs.net' },
      to: TO,
      date: '2026-11-19T14:30:18Z',
      subject: 'GPP user admin',
      html: true,
      text: `Hi there,

Can you add me as a GPP practice user administrator please? Our last one (Karen) left in the summer and we've only just noticed as we need to submit a joiner form.

Moorside Medical Centre
N81062
Simon Aldridge - Practice Manager
simon.aldridge@nhs.net
01270 612 009

Cheers
Simon

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('N81062', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Simon Aldridge', 'simon.aldridge@nhs.net'), approver: null },
      mustRaise: [],
      traits: ['self_nomination', 'no_form', 'no_approver'],
    },
  });

  // ---------------------------------------------------------------- 028
  E.push({
    slug: 'resend-link-opto-admin',
    mailbox: 'portalenquiries',
    mail: {
      client: 'owa',
      from: { name: 'Priya Chauhan', email: 'priya.chauhan7@nhs.net' },
      to: TO,
      date: '2026-11-19T15:20:40Z',
      subject: 'New verification link please',
      html: true,
      text: `Hello, I was set up as the OPTO user admin for Clearview Opticians (TPK40) last week but the link expired before I had a chance to use it. Could you please send a new verification link to priya.chauhan7@nhs.net. Thank you, Priya

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('TPK40', 'ophthalmic_practice'),
      fields: { accountEmail: 'priya.chauhan7@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['one_paragraph'],
    },
  });

  // ---------------------------------------------------------------- 029
  E.push({
    slug: 'question-pl-permission-error',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Martin Goodwin', email: 'martin.goodwin@nhs.net' },
      to: TO,
      date: '2026-11-20T09:10:03Z',
      subject: 'Error when approving GP leaver',
      html: true,
      text: `Morning,

When I try to approve a change of status for one of our GPs in PCSE Online I get "You do not have permission to perform this action". I have the PL Practice Manager role. Is there another role I need, or is something wrong with my account?

Practice code D82054 if that helps.

Regards
Martin Goodwin
Practice Manager

${NHSMAIL_DISCLAIMER}`,
    },
    expected: noise(null, ['question']),
  });

  // ---------------------------------------------------------------- 030
  E.push({
    slug: 'reactivation-receptionist',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook-ios',
      from: { name: 'Agnieszka Kowalczyk', email: 'a.kowalczyk@nhs.net' },
      to: TO,
      date: '2026-11-20T10:30:22Z',
      subject: 'Account deactivated',
      html: true,
      text: `Hello, my PCSE online account says deactivated. I use it for ordering supplies for the surgery (Hazelmere Surgery H81120). Username a.kowalczyk@nhs.net. Please can you reactivate it?
Thank you
Agnieszka

Get Outlook for Android`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('H81120', 'gp_practice'),
      fields: { username: 'a.kowalczyk@nhs.net' },
      mustRaise: [],
      traits: ['mobile', 'not_admin'],
    },
  });

  // ---------------------------------------------------------------- 031
  E.push({
    slug: 'pl-admin-sent-on-behalf',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'EASTGATE SURGERY - Reception', email: 'eastgate.reception@nhs.net' },
      to: TO,
      date: '2026-11-23T09:12:36Z',
      subject: 'PL Organisation Administrator request',
      html: true,
      text: `Good morning

Sent on behalf of Dr Abdul Rahman, CQC Registered Manager:

Please can Joanne Birch (Practice Manager) be set up as PL Organisation Administrator for Eastgate Surgery, F84011. Her email address is joanne.birch@nhs.net.

Dr Rahman can be contacted via the practice on 020 8534 9981 if you need to confirm.

Kind regards
Reception Team
Eastgate Surgery

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('F84011', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Joanne Birch', 'joanne.birch@nhs.net'), approver: { ...person('Abdul Rahman', null), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['on_behalf', 'shared_mailbox', 'approver_without_email'],
    },
  });

  // ---------------------------------------------------------------- 032
  E.push({
    slug: 'gpp-cert-reply-camscanner',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Fiona Kerr', email: 'fiona.kerr2@nhs.net' },
      to: TO,
      date: '2026-11-23T10:40:59Z',
      subject: 'RE: Further information required - GPP user administrator [PCSE-2026-118590]',
      inReplyTo: '<pcse-118590-fir@pcse.england.nhs.uk>',
      references: '<pcse-118590-fir@pcse.england.nhs.uk>',
      html: true,
      text: `Hi,

Sorry about that - Dr Pattinson had not signed it. Signed form attached (scanned on my phone, hope that's OK).

Thanks
Fiona

Fiona Kerr
Practice Manager
Tynedale Medical Group

${outlookQuote({
  from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  sent: outlookSent('2026-11-20T14:17:00Z'),
  to: 'Fiona Kerr <fiona.kerr2@nhs.net>',
  subject: 'Further information required - GPP user administrator [PCSE-2026-118590]',
  body: `Dear Fiona,

Thank you for your GPP Practice User Administrator certification form. Unfortunately Part B has not been signed by an approver. Please return a signed copy of the form quoting the reference above.

${PCSE_SIGN}`,
})}

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'CamScanner 23-11-2026 10.31.pdf',
          await scannedForm({
            layout: GPP_CERT,
            seed: 'tynedale-gpp',
            hand: 'typed',
            device: 'camscanner',
            rotate: -1.6,
            meta: { title: 'CamScanner 23-11-2026 10.31', creator: 'CamScanner', producer: 'intsig.com pdf producer', date: '2026-11-23T10:31:00Z' },
            values: {
              'Practice name': 'Tynedale Medical Group',
              'Practice code ODS': 'A84030',
              'Practice address': 'Hexham Primary Care Centre, Corbridge Road, Hexham NE46 1QJ',
              'Full name': 'Fiona Kerr',
              'Job title': 'Practice Manager',
              'Email address': 'fiona.kerr2@nhs.net',
              'Telephone number': '01434 603 300',
              'Full name_2': 'Dr Neil Pattinson',
              'Position  role': 'GP Partner',
              'Email address_2': 'neil.pattinson@nhs.net',
              Date: '23/11/2026',
            },
            signed: ['Signature'],
            signer: 'Neil Pattinson',
            ink: '#101010',
          }),
        ),
      ],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('A84030', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Fiona Kerr', 'fiona.kerr2@nhs.net'), approver: { ...person('Neil Pattinson', 'neil.pattinson@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['scan', 'phone_scan_app', 'reply_thread', 'case_ref', 'new_request_in_reply', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 033
  E.push({
    slug: 'main-contact-letter-senior-partner',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'Lorna Fitzgerald', email: 'lorna.fitzgerald@nhs.net' },
      to: TO,
      date: '2026-11-23T14:00:31Z',
      subject: 'Change of Main Contact - Lowther Street Practice',
      html: true,
      text: `Dear PCSE,

Please find attached a letter from our senior partner regarding the change of main contact for the practice.

Kind regards

Lorna Fitzgerald
PA to the Partners
Lowther Street Practice

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'Main contact letter.pdf',
          await letter({
            font: 'times',
            meta: { title: 'Main contact letter', author: 'Lorna Fitzgerald', creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', date: '2026-11-20T12:10:00Z' },
            lines: [
              { s: 'Lowther Street Practice', size: 17, bold: true, x: 64 },
              { s: '2 Lowther Street, Carlisle CA3 8DA', size: 10 },
              { s: 'Tel 01228 527 000', size: 10 },
              { s: '20 November 2026', right: true, gap: 36 },
              { s: 'Primary Care Support England', gap: 30 },
              { s: 'Dear Sir or Madam,', gap: 32 },
              { s: 'Re: Change of Main Contact - Lowther Street Practice (A82038)', bold: true, gap: 26 },
              { s: 'Our main contact, Mrs Janet Ivison, retired on 13 November 2026. Please replace her as main contact', gap: 24 },
              { s: 'for the practice with our new Practice Manager:' },
              { s: 'Mr Stuart Keswick', gap: 24, x: 90 },
              { s: 'stuart.keswick@nhs.net', x: 90 },
              { s: 'Thank you for your help.', gap: 24 },
              { s: 'Yours faithfully', gap: 28 },
              { s: 'Dr Eleanor Grayson', gap: 44 },
              { s: 'Senior Partner' },
            ],
            signature: { seed: 'Eleanor Grayson', afterLine: 12 },
          }),
        ),
      ],
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('A82038', 'gp_practice'),
      fields: { newMainContact: person('Stuart Keswick', 'stuart.keswick@nhs.net') },
      mustRaise: [],
      traits: ['pdf_letter', 'see_attached', 'on_behalf'],
    },
  });

  // ---------------------------------------------------------------- 034
  E.push({
    slug: 'question-locum-gp',
    mailbox: 'portalenquiries',
    mail: {
      client: 'gmail',
      from: { name: 'Ben Achterberg', email: 'ben.achterberg@gmail.com' },
      to: 'pcse.portalenquiries@nhs.net',
      date: '2026-11-24T19:22:10Z',
      subject: 'Locum GP - PCSE Online access?',
      html: true,
      text: `Hi,

I'm a locum GP working across several practices in Leeds. Do I need each practice to give me access to PCSE Online, or do I register myself? I'm already on the Performers List.

Thanks,
Ben Achterberg`,
    },
    expected: noise(null, ['question', 'locum', 'gmail']),
  });

  // ---------------------------------------------------------------- 035
  E.push({
    slug: 'role-removal-locum-optom',
    mailbox: 'portalenquiries',
    mail: {
      client: 'apple',
      from: { name: 'Daniel Fenwick', email: 'dan@fenwickoptometrists.co.uk' },
      to: 'pcse.portalenquiries@nhs.net',
      date: '2026-11-25T09:25:46Z',
      subject: 'Remove locum from our practice',
      auth: 'ext-pass',
      html: true,
      text: `Hi,

We had a locum optometrist, Marek Zielinski, working with us over the summer. He no longer works here. Can you please remove his Performer and Contractor Signatory roles from our practice (Fenwick Optometrists, TPB19)? His login is marek.zielinski@gmail.com.

Many thanks
Dan Fenwick
Fenwick Optometrists
12 Castle Street, Clitheroe BB7 2BT
`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('TPB19', 'ophthalmic_practice'),
      fields: { username: 'marek.zielinski@gmail.com', roles: ['Performer', 'Contractor Signatory'] },
      mustRaise: [],
      traits: ['locum', 'apple_mail', 'non_nhs_domain'],
    },
  });

  // ---------------------------------------------------------------- 036
  E.push({
    slug: 'thanks-unlocked',
    mailbox: 'portalenquiries',
    mail: {
      client: 'outlook',
      from: { name: 'KINGSWAY PHARMACY (FQ331)', email: 'kingsway.pharmacy@nhs.net' },
      to: TO,
      date: '2026-11-26T16:40:12Z',
      subject: 'RE: Account unlocked [PCSE-2026-119032]',
      inReplyTo: '<pcse-119032-done@pcse.england.nhs.uk>',
      references: '<pcse-119032-done@pcse.england.nhs.uk>',
      html: true,
      text: `Brilliant, thank you - order placed.

Imran

${outlookQuote({
  from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  sent: outlookSent('2026-11-26T15:58:00Z'),
  to: 'KINGSWAY PHARMACY (FQ331) <kingsway.pharmacy@nhs.net>',
  subject: 'Account unlocked [PCSE-2026-119032]',
  body: `Dear Imran,

The PCSE Online account kingsway.pharmacy@nhs.net has been unlocked. If you have forgotten the password, please use 'Forgotten your login details?' on the sign-in page.

${PCSE_SIGN}`,
})}

${NHSMAIL_DISCLAIMER}`,
    },
    expected: noise(null, ['thanks', 'case_ref', 'quoted_history']),
  });

  return E;
}
