// pcse.portalenquiries@nhs.net: the month's mail.
import { NHSMAIL_FOOTER, outlookQuote, person, withRole } from './common.js';
import { gppCertPages, oeGpPages, semanticNamer } from './forms.js';
import type { MailSpec } from './lib.js';
import { renderPdf, scanPage, scansToPdf } from './pdfs.js';

export async function portalMails(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];

  // --- GPP nomination, fillable certification form, a third person sends it with two words
  const elms = await renderPdf(
    gppCertPages(
      {
        practiceName: 'The Elms Medical Practice',
        odsCode: 'L83045',
        address: '27 Elm Grove\nTorquay\nTQ2 5LH',
        phone: '01803 555210',
        nomineeName: 'Zoë Marchetti',
        nomineeRole: 'Assistant Practice Manager',
        nomineeEmail: 'zoe.marchetti@nhs.net',
        nomineePhone: '01803 555214',
        approverName: 'Dr Oluwaseun Adeyemi-Clarke',
        approverRole: 'GP Partner',
        approverEmail: 'o.adeyemi-clarke@nhs.net',
        signature: { kind: 'typed', text: 'O. Adeyemi-Clarke', field: 'approver_signature' },
        date: '03/11/2026',
      },
      semanticNamer,
    ),
    { title: 'GPP Practice User Administrator Certification Form', author: 'PCSE' },
  );
  m.push({
    slug: 'gpp-form-please-find-attached',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'KOWALCZYK, Agnieszka (THE ELMS MEDICAL PRACTICE)', email: 'agnieszka.kowalczyk1@nhs.net' },
    subject: 'GPP form',
    date: 'Tue, 3 Nov 2026 10:12:44 +0000',
    text: `Please find attached.

Agnieszka Kowalczyk
Administrator
The Elms Medical Practice
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'GPP UA form - Elms.pdf', contentType: 'application/pdf', data: elms }],
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'L83045', type: 'gp_practice' },
      fields: {
        service: 'GPP',
        nominee: person('Zoë Marchetti', 'zoe.marchetti@nhs.net'),
        approver: withRole('Oluwaseun Adeyemi-Clarke', 'o.adeyemi-clarke@nhs.net', 'GP Partner'),
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'see_attached', 'sender_is_third_person', 'nhsmail_display_name_surname_first', 'non_ascii_name', 'double_barrelled'],
    },
  });

  // --- GPP nomination, printed form signed and scanned; the body is only a signature
  const harbourScan = scanPage(
    gppCertPages(
      {
        practiceName: 'Harbourside Surgery',
        odsCode: 'K82019',
        address: 'Quay Road\nLowestoft\nNR32 1HL',
        phone: '01502 573300',
        nomineeName: 'Deborah Whitlock',
        nomineeRole: 'Practice Manager',
        nomineeEmail: 'deborah.whitlock@nhs.net',
        nomineePhone: '01502 573301',
        approverName: 'Dr Ian McAllister',
        approverRole: 'Senior Partner',
        approverEmail: 'ian.mcallister@nhs.net',
        signature: { kind: 'scribble', seed: 4411 },
        date: '04/11/2026',
      },
      null,
    )[0]!,
    { seed: 9021, skewDeg: 0.9, noise: 0.5, contrast: 0.85, handFilled: false, stamp: { lines: ['HARBOURSIDE SURGERY', 'QUAY ROAD, LOWESTOFT'], x: 360, y: 700, rot: -6 } },
  );
  m.push({
    slug: 'gpp-scan-signature-only',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'WHITLOCK, Deborah (HARBOURSIDE SURGERY)', email: 'deborah.whitlock@nhs.net' },
    subject: 'Scanned from a Xerox Multifunction Printer',
    date: 'Wed, 4 Nov 2026 14:55:02 +0000',
    text: `
Kind regards

Debs Whitlock
Practice Manager
Harbourside Surgery | Quay Road | Lowestoft | NR32 1HL
01502 573301
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Scan_20261104_145122.pdf', contentType: 'application/pdf', data: await scansToPdf([harbourScan], 'Xerox AltaLink C8145') }],
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'K82019', type: 'gp_practice' },
      fields: {
        service: 'GPP',
        nominee: person('Deborah Whitlock', 'deborah.whitlock@nhs.net'),
        approver: withRole('Ian McAllister', 'ian.mcallister@nhs.net', 'Senior Partner'),
      },
      mustRaise: [],
      traits: ['pdf_scan', 'signature_only_body', 'nickname_vs_full_name', 'scanner_subject', 'stamp'],
    },
  });

  // --- GPP nomination, flat form whose signature box is empty
  const millbrook = await renderPdf(
    gppCertPages(
      {
        practiceName: 'Millbrook Health Centre',
        odsCode: 'M85706',
        address: '2 Millbrook Way\nSolihull\nB91 3QT',
        phone: '0121 705 8800',
        nomineeName: 'Priya Raghunathan',
        nomineeRole: 'Finance & HR Lead',
        nomineeEmail: 'priya.raghunathan2@nhs.net',
        nomineePhone: '0121 705 8812',
        approverName: 'Dr Farid Hussain',
        approverRole: 'GP Partner',
        approverEmail: 'farid.hussain@nhs.net',
        signature: { kind: 'empty', field: null },
        date: '12/11/2026',
      },
      null,
    ),
    { title: 'GPP UA Certification - Millbrook', author: 'mwatkins' },
    { serif: true, filledFont: 'times' },
  );
  m.push({
    slug: 'gpp-flat-form-unsigned',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'WATKINS, Maxine (MILLBROOK HEALTH CENTRE)', email: 'maxine.watkins@nhs.net' },
    subject: 'GPP Practice User Administrator - Millbrook Health Centre M85706',
    date: 'Thu, 12 Nov 2026 09:03:19 +0000',
    text: `Good morning,

Please find attached our completed certification form for Priya to be set up as a GPP Practice User Administrator. Our previous admin retired in the summer and we have nobody who can add the pension roles at the moment.

Many thanks

Maxine Watkins
Practice Manager
Millbrook Health Centre
0121 705 8800
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Millbrook GPP UA certification.pdf', contentType: 'application/pdf', data: millbrook }],
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'M85706', type: 'gp_practice' },
      fields: {
        service: 'GPP',
        nominee: person('Priya Raghunathan', 'priya.raghunathan2@nhs.net'),
        approver: withRole('Farid Hussain', 'farid.hussain@nhs.net', 'GP Partner'),
      },
      mustRaise: ['missing_signature'],
      traits: ['pdf_flat', 'signature_box_empty', 'sender_is_third_person'],
    },
  });

  // --- PL nomination in free prose: the CQC registered manager hands over to a colleague
  m.push({
    slug: 'pl-admin-take-over-from-me',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'PRYCE, Gillian (BEECHWOOD SURGERY)', email: 'gillian.pryce@nhs.net' },
    subject: 'Performers list admin',
    date: 'Mon, 2 Nov 2026 11:40:51 +0000',
    text: `Hello

I retire at the end of this month and I'd like Hannah to take over from me as the Performers List admin for Beechwood Surgery (C84033). At the moment I am the only one with the PL organisation administrator role so I don't want the practice to be left without anyone.

Hannah's full name is Hannah O'Rourke and her email is hannah.orourke@nhs.net. She is our deputy practice manager.

I am the CQC registered manager for the practice so I'm happy to approve this myself, but if you need anything else please let me know before the 27th.

Thanks very much

Gill

Gillian Pryce
Practice Manager / CQC Registered Manager
Beechwood Surgery, 41 Beechwood Road, Nottingham NG5 1DX
0115 962 0044
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'C84033', type: 'gp_practice' },
      fields: {
        service: 'PL',
        nominee: person("Hannah O'Rourke", 'hannah.orourke@nhs.net'),
        approver: withRole('Gillian Pryce', 'gillian.pryce@nhs.net', 'CQC Registered Manager'),
      },
      mustRaise: [],
      traits: ['free_prose', 'apostrophe_name', 'nickname_vs_full_name', 'approver_is_sender'],
    },
  });

  // --- PL nomination: the operations manager sends it, approval is in the forwarded message, a partner in Cc
  m.push({
    slug: 'pl-admin-forwarded-approval',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'BAPTISTE, Tom (KINGSMEAD MEDICAL GROUP)', email: 'tom.baptiste@nhs.net' },
    cc: [{ name: 'FITCH, Alan (Dr) (KINGSMEAD MEDICAL GROUP)', email: 'alan.fitch@nhs.net' }],
    subject: 'FW: PL admin for Marcus',
    date: 'Tue, 10 Nov 2026 08:27:36 +0000',
    text: `Hi PCSE team,

On behalf of Dr Esterhuizen, our CQC Registered Manager, please could you set up Marcus Oyelaran as a PL Organisation Administrator for Kingsmead Medical Group, practice code N81052. His email address is m.oyelaran@nhs.net.

Dr Esterhuizen's approval is below. I've copied in Dr Fitch as senior partner for info.

Regards
Tom

Tom Baptiste
Operations Manager
Kingsmead Medical Group
01270 610 333
${outlookQuote(
  {
    from: 'ESTERHUIZEN, Ruth (Dr) (KINGSMEAD MEDICAL GROUP) <ruth.esterhuizen@nhs.net>',
    sent: '09 November 2026 17:48',
    to: 'BAPTISTE, Tom (KINGSMEAD MEDICAL GROUP) <tom.baptiste@nhs.net>',
    subject: 'RE: PL admin for Marcus',
  },
  `Tom

Yes, I'm happy for Marcus to have the PL admin role so he can approve the GP status changes while Sue is off. Please send to PCSE with my approval.

Ruth

Dr Ruth Esterhuizen
GP Partner and CQC Registered Manager
Kingsmead Medical Group`,
)}
${outlookQuote(
  {
    from: 'BAPTISTE, Tom (KINGSMEAD MEDICAL GROUP) <tom.baptiste@nhs.net>',
    sent: '09 November 2026 15:10',
    to: 'ESTERHUIZEN, Ruth (Dr) (KINGSMEAD MEDICAL GROUP) <ruth.esterhuizen@nhs.net>',
    subject: 'PL admin for Marcus',
  },
  `Hi Ruth, PCSE need the CQC registered manager to nominate PL admins. Are you OK for me to ask for Marcus to be added? Tom`,
)}
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'N81052', type: 'gp_practice' },
      fields: {
        service: 'PL',
        nominee: person('Marcus Oyelaran', 'm.oyelaran@nhs.net'),
        approver: withRole('Ruth Esterhuizen', 'ruth.esterhuizen@nhs.net', 'CQC Registered Manager'),
      },
      mustRaise: [],
      traits: ['three_people', 'approval_in_forwarded_message', 'partner_in_cc_not_approver', 'nhsmail_display_name_surname_first', 'thread'],
    },
  });

  // --- OPTO nomination: store manager writes, contract holder approves in the forward, area manager in Cc
  m.push({
    slug: 'opto-admin-contract-holder-below',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'Lauren Fairweather', email: 'lauren.fairweather@clearviewopticians.co.uk' },
    cc: [{ name: 'Sam Keane', email: 'sam.keane@clearviewopticians.co.uk' }],
    subject: 'FW: Opto user admin - Clearview Opticians Hythe TPQ47',
    date: 'Wed, 11 Nov 2026 13:16:08 +0000',
    text: `Hello,

Could you please set up Jordan Ellis-Pike (jordan.ellis-pike@clearviewopticians.co.uk) with the Opto User Management (Organisation) role for Clearview Opticians - Hythe, ODS code TPQ47. Jordan is our new practice manager and will be doing the GOS claims admin.

Our contract holder has approved this - please see his email below. Sam (area manager) is copied in so he knows it has been sent.

Thank you
Lauren Fairweather
Store Manager, Clearview Opticians - Hythe
01303 266 120
${outlookQuote(
  {
    from: 'Nikhil Varma <nikhil.varma@clearviewopticians.co.uk>',
    sent: 'Wednesday, November 11, 2026 12:58 PM',
    to: 'Lauren Fairweather <lauren.fairweather@clearviewopticians.co.uk>',
    subject: 'RE: Opto user admin - Clearview Opticians Hythe TPQ47',
  },
  `Lauren - approved, please forward to PCSE.

Nikhil Varma
Contract Holder
Clearview Opticians Ltd`,
)}`,
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'TPQ47', type: 'ophthalmic_practice' },
      fields: {
        service: 'OPTO',
        nominee: person('Jordan Ellis-Pike', 'jordan.ellis-pike@clearviewopticians.co.uk'),
        approver: withRole('Nikhil Varma', 'nikhil.varma@clearviewopticians.co.uk', 'Contract Holder'),
      },
      mustRaise: [],
      traits: ['three_people', 'approval_in_forwarded_message', 'cc_not_approver', 'org_name_qualifier', 'corporate_domain', 'double_barrelled'],
    },
  });

  // --- OPTO nomination: four admins already named, a fifth asked for
  m.push({
    slug: 'opto-fifth-admin',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'NG, Stephen (BRIGHTSIGHT EYECARE)', email: 'stephen.ng1@nhs.net' },
    subject: 'Additional OPTO user admin please',
    date: 'Thu, 5 Nov 2026 16:31:27 +0000',
    text: `Dear PCSE,

I am the contract holder for Brightsight Eyecare (TPB09). We currently have four Opto user management admins set up in PCSE Online:

Stephen Ng
Claire Dobson
Yusuf Karimi
Annette Bloomfield

We have a new optometrist manager starting, Fatima Zahra Benali (fatima.benali@nhs.net), and I would like her added as an additional Opto User Management (Organisation) admin as well. None of the above are leaving.

Kind regards,
Stephen Ng BSc MCOptom
Contract Holder, Brightsight Eyecare
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'TPB09', type: 'ophthalmic_practice' },
      fields: {
        service: 'OPTO',
        nominee: person('Fatima Zahra Benali', 'fatima.benali@nhs.net'),
        approver: withRole('Stephen Ng', 'stephen.ng1@nhs.net', 'Contract Holder'),
      },
      mustRaise: ['admin_limit_reached'],
      traits: ['admin_limit_stated', 'list_of_names', 'approver_is_sender', 'post_nominals'],
    },
  });

  // --- PCN nomination: the clinical director approves it himself
  m.push({
    slug: 'pcn-admin-cd-approves',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'MENSAH, Kwabena (Dr) (NORTH TYNE RIVERSIDE PCN)', email: 'kwabena.mensah@nhs.net' },
    subject: 'PCN user admin request - North Tyne Riverside PCN U81234',
    date: 'Fri, 6 Nov 2026 12:05:44 +0000',
    text: `Hi,

We have no PCN user admin at the moment since our business manager left in September. Please could Siân Pritchard, our new PCN Business Manager, be given the PCN user admin role. Her email is sian.pritchard4@nhs.net.

PCN: North Tyne Riverside PCN
PCN code: U81234

I understand the form should come via the ICB, but our ICB contact has moved on and I don't know who the approver is now, so I'm approving this myself as Clinical Director. I hope that's acceptable.

Best wishes

Dr Kwabena Mensah
Clinical Director
North Tyne Riverside PCN
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'U81234', type: 'pcn' },
      fields: {
        service: 'PCN',
        nominee: person('Siân Pritchard', 'sian.pritchard4@nhs.net'),
        approver: withRole('Kwabena Mensah', 'kwabena.mensah@nhs.net', 'Clinical Director'),
      },
      mustRaise: ['approver_not_on_ael'],
      traits: ['approver_not_icb_stated', 'non_ascii_name', 'approver_is_sender'],
    },
  });

  // --- PCN nomination: ICB approver forwards the PCN's request below her approval
  m.push({
    slug: 'pcn-admin-icb-forward',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'ASHDOWN-FIELD, Lorraine (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', email: 'lorraine.ashdown-field@nhs.net' },
    subject: 'FW: PCN User Admin - Wolds Edge PCN',
    date: 'Mon, 16 Nov 2026 10:48:10 +0000',
    text: `Good morning

Please see the request below from Wolds Edge PCN, which I approve. I am an approver for the ICB on the NHSE Authorised Email List.

Kind regards

Lorraine Ashdown-Field
Primary Care Contracts Manager
NHS Humber and North Yorkshire Integrated Care Board
${outlookQuote(
  {
    from: 'DUNMORE, Craig (WOLDS EDGE PCN) <craig.dunmore@nhs.net>',
    sent: '13 November 2026 14:22',
    to: 'ASHDOWN-FIELD, Lorraine (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D) <lorraine.ashdown-field@nhs.net>',
    subject: 'PCN User Admin - Wolds Edge PCN',
  },
  `Hi Lorraine

We don't currently have a PCN user admin in PCSE Online. Could you approve me being set up please and send on to PCSE?

Name: Craig Dunmore
Role: PCN Manager
Email: craig.dunmore@nhs.net
PCN: Wolds Edge PCN
PCN ODS code: U63217

Thanks
Craig`,
)}
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: { odsCode: 'U63217', type: 'pcn' },
      fields: {
        service: 'PCN',
        nominee: person('Craig Dunmore', 'craig.dunmore@nhs.net'),
        approver: withRole('Lorraine Ashdown-Field', 'lorraine.ashdown-field@nhs.net', 'Primary Care Contracts Manager'),
      },
      mustRaise: [],
      traits: ['request_in_quoted_message', 'approval_in_top_message', 'labelled_fields_in_quote', 'double_barrelled', 'nhsmail_display_name_surname_first'],
    },
  });

  // --- main contact change: nickname in one place, full name in another
  m.push({
    slug: 'main-contact-becky',
    mailbox: 'portalenquiries',
    client: 'iphone',
    from: { name: 'Jan Oakley', email: 'jan.oakley@nhs.net' },
    subject: 'Main contact - Ashgrove Surgery',
    date: 'Fri, 13 Nov 2026 17:22:40 +0000',
    text: `Hi

I'm leaving Ashgrove Surgery (P81067) today. Can you make Becky the main contact from Monday please, she's taking over the supplies ordering and records. Her full name is Rebecca Lloyd-Hughes, email rebecca.lloyd-hughes@nhs.net

Thanks for all your help over the years!
Jan

Sent from my iPhone`,
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: { odsCode: 'P81067', type: 'gp_practice' },
      fields: { newMainContact: person('Rebecca Lloyd-Hughes', 'rebecca.lloyd-hughes@nhs.net') },
      mustRaise: [],
      traits: ['free_prose', 'nickname_vs_full_name', 'double_barrelled', 'mobile_client'],
    },
  });

  // --- main contact change: stated optician, the code is a pharmacy's
  m.push({
    slug: 'main-contact-optician-pharmacy-code',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'Wellfield Pharmacy', email: 'wellfield.pharmacy@nhs.net' },
    subject: 'Change of main contact - Wellfield Opticians',
    date: 'Tue, 17 Nov 2026 09:51:55 +0000',
    text: `Dear Sir/Madam

Please could you change the main contact for our optician practice, Wellfield Opticians (ODS code FH6J2), to Mr Dev Chaudhary, dev.chaudhary@nhs.net.

Our previous main contact Mrs Carol Bishop has left the business and we are unable to order supplies.

Regards

Dev Chaudhary
Dispensing Optician / Manager
Wellfield Pharmacy & Opticians
8 Wellfield Parade, Bolton BL1 4QR
01204 380 120
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: { odsCode: 'FH6J2', type: 'pharmacy' },
      fields: { newMainContact: person('Dev Chaudhary', 'dev.chaudhary@nhs.net') },
      mustRaise: ['ods_type_mismatch'],
      traits: ['stated_type_vs_code_shape', 'shared_mailbox_sender', 'nominee_is_signer'],
    },
  });

  // --- verification link, GP for own account with GMC number
  m.push({
    slug: 'verification-link-gp-own',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'MACLEOD, Eilidh (Dr)', email: 'eilidh.macleod@nhs.net' },
    subject: 'PCSE Online verification link not received',
    date: 'Mon, 2 Nov 2026 19:14:03 +0000',
    text: `Hello,

I am a locum GP and I have never received the PCSE Online verification email. Please could you send me a new link.

My GMC number is 7012345 and my GMC registered email address is eilidh.macleod@nhs.net (the one I am writing from).

Thank you,
Dr Eilidh MacLeod
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'eilidh.macleod@nhs.net', gmcNumber: '7012345' },
      mustRaise: [],
      traits: ['gmc_number', 'no_organisation', 'mc_surname'],
    },
  });

  // --- verification link for someone else (a partner) asked by the practice manager
  m.push({
    slug: 'verification-link-for-partner',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'HENDERSON-BYRNE, Claire (GREENHILL MEDICAL PRACTICE)', email: 'claire.henderson-byrne@nhs.net' },
    subject: 'Verification link - Dr Rahman',
    date: 'Wed, 18 Nov 2026 11:02:37 +0000',
    text: `Hi

Our new partner Dr Aminur Rahman has not received his verification link for PCSE Online. Please could you resend it to his GMC email, aminur.rahman@nhs.net. His GMC number is 6098765.

Practice: Greenhill Medical Practice, J82133

Thanks
Claire Henderson-Byrne
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: { odsCode: 'J82133', type: 'gp_practice' },
      fields: { accountEmail: 'aminur.rahman@nhs.net', gmcNumber: '6098765' },
      mustRaise: ['not_own_account'],
      traits: ['on_behalf_of', 'gmc_number', 'double_barrelled'],
    },
  });

  // --- account unlock, NHSmail name with apostrophe
  m.push({
    slug: 'unlock-dental-apostrophe',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: "O'SULLIVAN, Niamh (PHOENIX DENTAL CARE)", email: 'niamh.osullivan@nhs.net' },
    subject: 'Locked out of PCSE Online',
    date: 'Thu, 19 Nov 2026 08:16:22 +0000',
    text: `Morning,

I've locked my account on PCSE Online - put the wrong password in too many times after the reset. Can you unlock it please?

Username: niamh.osullivan@nhs.net
Practice: Phoenix Dental Care, V112093

Thanks,
Niamh O'Sullivan
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: { odsCode: 'V112093', type: 'dental_practice' },
      fields: { username: 'niamh.osullivan@nhs.net' },
      mustRaise: [],
      traits: ['apostrophe_name', 'nhsmail_display_name_surname_first', 'labelled_fields'],
    },
  });

  // --- account unlock from personal webmail
  m.push({
    slug: 'unlock-from-gmail',
    mailbox: 'portalenquiries',
    client: 'gmail',
    from: { name: 'Gaz Price', email: 'gaz.price1979@gmail.com' },
    subject: 'Account locked',
    date: 'Sat, 21 Nov 2026 10:37:59 +0000',
    text: `Hi there

I'm locked out of PCSE Online and can't get into my work email from home to contact you from that. My username is gareth.price@nhs.net. Pharmacy is Price's Pharmacy, FV729.

Can you unlock it so I can do the end of month stuff on Monday?

Cheers
Gareth Price
Pharmacist / owner`,
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: { odsCode: 'FV729', type: 'pharmacy' },
      fields: { username: 'gareth.price@nhs.net' },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_webmail', 'nickname_vs_full_name', 'weekend'],
    },
  });

  // --- reactivation: a GPP user admin
  m.push({
    slug: 'reactivate-gpp-admin',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'McGUINNESS, Laura (ROSEMOUNT MEDICAL PRACTICE)', email: 'l.mcguinness@nhs.net' },
    subject: 'Account deactivated',
    date: 'Mon, 23 Nov 2026 09:40:14 +0000',
    text: `Hi,

When I tried to log in to PCSE Online this morning I got a message that my account has been deactivated. I think it's because I haven't logged in since the summer. I am one of the GPP practice user administrators for Rosemount Medical Practice (Main Site), G85044, so I understand I need to ask you to reactivate it.

My username is l.mcguinness@nhs.net

Thanks
Laura McGuinness
Deputy Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: { odsCode: 'G85044', type: 'gp_practice' },
      fields: { username: 'l.mcguinness@nhs.net' },
      mustRaise: [],
      traits: ['org_name_qualifier', 'mc_surname'],
    },
  });

  // --- reactivation: dental main contact
  m.push({
    slug: 'reactivate-dental-main-contact',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'Marta Szymańska', email: 'marta.szymanska@nhs.net' },
    subject: 'Reactivate account - Parkview Dental - Orthodontics',
    date: 'Tue, 24 Nov 2026 15:08:45 +0000',
    text: `Dear PCSE

My PCSE Online account was deactivated because I had not logged in for a while. I am the main contact for Parkview Dental - Orthodontics (V029381) and we need to order supplies this week. Could you reactivate my account please? My login is marta.szymanska@nhs.net.

Kind regards
Marta Szymańska
Practice Manager
Parkview Dental - Orthodontics
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: { odsCode: 'V029381', type: 'dental_practice' },
      fields: { username: 'marta.szymanska@nhs.net' },
      mustRaise: [],
      traits: ['non_ascii_name', 'org_name_qualifier'],
    },
  });

  // --- role removal for a leaver
  m.push({
    slug: 'remove-roles-leaver',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'ABERNETHY, Fiona (CROSSWAYS SURGERY)', email: 'fiona.abernethy@nhs.net' },
    subject: 'Remove roles - Kevin Doyle',
    date: 'Wed, 25 Nov 2026 10:20:33 +0000',
    text: `Hello

Kevin Doyle left Crossways Surgery (D81019) last month. Please can you remove the Joiner & Leaver and Practice Estimate and Salary Change roles from his account, kevin.doyle3@nhs.net.

Thanks
Fiona Abernethy
Office Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: { odsCode: 'D81019', type: 'gp_practice' },
      fields: { username: 'kevin.doyle3@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [],
      traits: ['two_roles_in_prose'],
    },
  });

  // --- role removal in prose from an optician
  m.push({
    slug: 'remove-contractor-signatory',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'Rhys Llewellyn', email: 'rhys.llewellyn@nhs.net' },
    subject: 'Contractor Signatory role',
    date: 'Thu, 26 Nov 2026 14:44:12 +0000',
    text: `Hi,

Our former director, Mei Lin Zhou, sold her share of the practice in October but she still shows as Contractor Signatory for Llewellyn & Zhou Optometrists (TPM52). She still works for us as an optometrist so she only needs GOS Performer now - could you take the Contractor Signatory role off her account (meilin.zhou@nhs.net)?

Diolch / Thanks
Rhys Llewellyn
Director, Llewellyn & Zhou Optometrists
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: { odsCode: 'TPM52', type: 'ophthalmic_practice' },
      fields: { username: 'meilin.zhou@nhs.net', roles: ['Contractor Signatory'] },
      mustRaise: [],
      traits: ['free_prose', 'kept_role_mentioned', 'multi_part_name'],
    },
  });

  // --- misdirected: a practice email change sent here, code one digit short
  m.push({
    slug: 'misdirected-practice-email-short-code',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'YEW TREE SURGERY (Y0295)', email: 'yewtree.surgery@nhs.net' },
    subject: 'Update practice email address',
    date: 'Fri, 20 Nov 2026 11:55:00 +0000',
    text: `Hello

Please update our practice email address.

Practice name: Yew Tree Surgery
Practice code: Y0295
Current practice email: yewtree.surgery@nhs.net
New practice email: yewtree.admin@nhs.net

The new mailbox is our shared admin inbox which is checked daily.

Thank you
Reception Team
Yew Tree Surgery
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: { odsCode: 'Y0295', type: 'gp_practice' },
      fields: { currentEmail: 'yewtree.surgery@nhs.net', newEmail: 'yewtree.admin@nhs.net' },
      mustRaise: ['ods_invalid'],
      traits: ['misdirected', 'code_one_digit_short', 'labelled_fields', 'code_in_display_name'],
    },
  });

  // --- misdirected: an Open Exeter primary user form sent here
  const brookOe = await renderPdf(
    oeGpPages(
      {
        practiceName: 'Brookside Family Practice',
        practiceCode: 'E82074',
        address: '5 Brook Lane\nHitchin\nSG4 9AA',
        nomineeName: 'Amira Haddad',
        nomineeRole: 'Reception & Admin Manager',
        nomineeEmail: 'amira.haddad@nhs.net',
        nomineePhone: '01462 430 200',
        existingUser: true,
        existingUserId: 'AHADDA01',
        signatoryName: 'Dr Simon Whitworth',
        signatoryPosition: 'GP Partner',
        signatoryEmail: 'simon.whitworth@nhs.net',
        ticks: { partner: true },
        signature: { kind: 'scribble', seed: 7312 },
        date: '18.11.26',
      },
      null,
    ),
    { title: 'Open Exeter Primary User request - GP practices', author: 'Brookside Family Practice' },
  );
  m.push({
    slug: 'misdirected-open-exeter-form',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'HADDAD, Amira (BROOKSIDE FAMILY PRACTICE)', email: 'amira.haddad@nhs.net' },
    subject: 'Open Exeter',
    date: 'Wed, 18 Nov 2026 16:03:41 +0000',
    text: `Hi please see attached Open Exeter form signed by Dr Whitworth.

Thanks
Amira
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Open Exeter PU form.pdf', contentType: 'application/pdf', data: brookOe }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: 'E82074', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Amira Haddad', 'amira.haddad@nhs.net'),
        signatory: withRole('Simon Whitworth', 'simon.whitworth@nhs.net', 'gp_partner'),
      },
      mustRaise: [],
      traits: ['misdirected', 'pdf_flat', 'nominee_is_sender', 'existing_user_upgraded', 'guidance_page_lists_roles'],
    },
  });

  // --- a question about user administrators, not a request
  m.push({
    slug: 'question-gpp-and-pl-admin',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'FAIRCLOUGH, Denise (ST HELENS ROAD SURGERY)', email: 'denise.fairclough@nhs.net' },
    subject: 'Query - user administrators',
    date: 'Mon, 9 Nov 2026 12:31:18 +0000',
    text: `Hi

Quick question - I'm already the GPP practice user administrator for our surgery. Does the Performers List admin have to be a different person, or can one person hold both? And if it can be me, would I need another certification form signed or do you just need an email from the CQC registered manager?

Not asking for anything to be set up yet, I just want to know what to do before our partner meeting on Thursday.

Thanks
Denise Fairclough
Practice Manager, St Helens Road Surgery
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question_not_request', 'mentions_user_admin'] },
  });

  // --- a chaser carrying a reference
  m.push({
    slug: 'chaser-with-reference',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'OKONKWO, Chidi (LAKESIDE HEALTH CENTRE)', email: 'chidi.okonkwo@nhs.net' },
    subject: 'RE: Your request has been received [PCSE-2026-004187]',
    date: 'Tue, 10 Nov 2026 15:27:06 +0000',
    text: `Hello

Just chasing this one - we sent the GPP admin form on 20 October and haven't heard anything since the acknowledgement. Could you let me know where it is up to?

Thanks
Chidi Okonkwo
Business Manager, Lakeside Health Centre
${outlookQuote(
  {
    from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
    sent: '20 October 2026 16:40',
    to: 'OKONKWO, Chidi (LAKESIDE HEALTH CENTRE) <chidi.okonkwo@nhs.net>',
    subject: 'Your request has been received [PCSE-2026-004187]',
  },
  `Thank you for contacting Primary Care Support England. Your reference is PCSE-2026-004187. Please quote this reference in any correspondence.`,
)}
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference'] },
  });

  // --- something PCSE does not do by this mailbox
  m.push({
    slug: 'not-ours-supplies-order',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'Reception - Castlegate Surgery', email: 'castlegate.reception@nhs.net' },
    subject: 'FP10 pads not delivered',
    date: 'Thu, 19 Nov 2026 13:12:50 +0000',
    text: `Hello

We placed an order for FP10 prescription pads through PCSE Online on 2 November and they still haven't arrived. The order shows as dispatched. Can someone tell us where they are? Castlegate Surgery, B82021.

We don't need any changes to users, the ordering side works fine.

Thanks
Reception Team
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['not_a_pcse_mailbox_task', 'supplies_query'] },
  });

  // --- out-of-office reply to PCSE's own acknowledgement
  m.push({
    slug: 'auto-reply-ooo',
    mailbox: 'portalenquiries',
    client: 'outlook',
    from: { name: 'BRENNAN, Siobhan (WESTFIELD SURGERY)', email: 'siobhan.brennan2@nhs.net' },
    subject: 'Automatic reply: Your request has been received [PCSE-2026-004390]',
    date: 'Mon, 16 Nov 2026 07:02:11 +0000',
    extraHeaders: [
      ['Auto-Submitted', 'auto-replied'],
      ['X-Auto-Response-Suppress', 'All'],
      ['X-MS-Exchange-Inbox-Rules-Loop', 'siobhan.brennan2@nhs.net'],
    ],
    text: `Thank you for your email. I am on annual leave until Monday 23rd November with no access to emails.

For anything urgent please contact westfield.surgery@nhs.net or call the practice on 01942 511 300.

Siobhan`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_reference'] },
  });

  return m;
}
