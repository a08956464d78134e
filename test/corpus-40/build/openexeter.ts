// openexeter: Primary User forms (GP and other organisations; fillable, flat and scanned), extra permissions,
// Open Exeter's new-user notifications, a misdirected PCSE Online nomination, an Open Exeter password question,
// a chaser and an automatic reply.
import { type MailSpec, rawMessage } from './clients.js';
import { oeGp, oeOther } from './forms.js';
import { hex, rfcDate, textLeaf } from './lib.js';
import { type Item, item, org, pcseAck, person } from './model.js';
import { scanPdf } from './scans.js';
import { oeGpTypedPage1, oeNotesPage, oeOtherHandPage } from './scanforms.js';

const mb = 'openexeter' as const;

function oeNotification(id: string, date: string, v: { orgCode: string; orgName: string; userId: string; user: string; email: string; createdBy: string; created: string }): { raw: string; text: string } {
  const text = `This is an automatically generated message from Open Exeter.

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation code:   ${v.orgCode}
Organisation name:   ${v.orgName}
User ID:             ${v.userId}
User name:           ${v.user}
User email:          ${v.email}
Created by:          ${v.createdBy}
Date created:        ${v.created}

Please do not reply to this email. This mailbox is not monitored.
`;
  const raw = rawMessage([
    ['Received', `from oe-app-02.openexeter.nhs.uk (10.212.4.18) by\r\n LO4P265MB3321.GBRP265.PROD.OUTLOOK.COM with Microsoft SMTP Server; ${rfcDate(date)}`],
    ['Authentication-Results', 'spf=pass (sender IP is 194.101.83.40)\r\n smtp.mailfrom=nhs.net; dkim=pass (signature was verified)\r\n header.d=nhs.net;dmarc=pass action=none header.from=nhs.net'],
    ['From', 'Open Exeter <openexeter.noreply@nhs.net>'],
    ['To', 'pcse.openexeter@nhs.net'],
    ['Subject', 'Open Exeter: New user created - authorisation required'],
    ['Date', rfcDate(date)],
    ['Message-ID', `<${hex(`${id}|oe`, 20)}.JavaMail.oeapp@oe-app-02.openexeter.nhs.uk>`],
    ['X-Mailer', 'JavaMail'],
    ['Auto-Submitted', 'auto-generated'],
    ['MIME-Version', '1.0'],
  ], textLeaf(text, 'plain', { cte: '7bit', charset: 'us-ascii' }));
  return { raw, text };
}

export async function openexeter(): Promise<Item[]> {
  const out: Item[] = [];
  const add = (spec: Omit<MailSpec, 'mailbox'>, e: Parameters<typeof item>[1], raw?: string): void => {
    const it = item({ ...spec, mailbox: mb }, e);
    if (raw) it.raw = raw;
    out.push(it);
  };

  // 049 GP, fillable form, descriptive field names, name split into title/forename/surname, signed by a GP partner
  {
    const pdf = await oeGp({
      practice: 'Brookfield Surgery', code: 'B82618', address: 'Brookfield Road, Acomb, York YO24 3LB', title: 'Mrs', forename: 'Donna',
      surname: 'Pickering', job: 'Practice Manager', email: 'donna.pickering1@nhs.net', tel: '01904 496 610', existingUser: 'None',
      signatory: 'Dr Wei Chen', sigEmail: 'wei.chen@nhs.net', role: 'GP Partner', signed: true, date: '05/11/2026',
    }, 'fillable', { title: 'Open Exeter Primary User Request - GP', author: 'PCSE', creator: 'Adobe Acrobat Pro 2020', producer: 'Adobe Acrobat Pro 2020', date: '2026-11-05T12:00:00Z' });
    add({
      id: '049-oe-gp-fillable-partner', client: 'nhsmail', date: '2026-11-05T12:31:20Z',
      from: { name: 'Donna Pickering', email: 'donna.pickering1@nhs.net' },
      subject: 'Open Exeter Primary User request form - Brookfield Surgery',
      text: `Hello,

Please find attached our completed Open Exeter Primary User form. We'd like our new Practice Manager (me!) to be set up as a second Primary User alongside Sue in reception.

The form has been signed by Dr Chen, one of our GP Partners.

Kind regards
Donna Pickering
Practice Manager
Brookfield Surgery
Tel 01904 496 610
`,
      attachments: [{ filename: 'OE Primary User form Brookfield.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('B82618', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Donna Pickering', 'donna.pickering1@nhs.net'), signatory: { name: 'Wei Chen', email: 'wei.chen@nhs.net', role: 'gp_partner' } },
      traits: ['pdf_acroform', 'name_split_fields', 'nominee_is_sender', 'checkbox_role'],
    });
  }

  // 050 GP, typed form printed, signed and dated by hand, scanned on the reception MFD with a coffee ring; 2 pages
  {
    const scan = await scanPdf('049-oe-gp', [
      oeGpTypedPage1({
        practice: 'Stanton Road Surgery', code: 'E85117', address: '61 Stanton Road, London SW20 8RL', title: 'Ms', forename: 'Róisín',
        surname: 'Gallagher', job: 'Reception Manager', email: 'roisin.gallagher4@nhs.net', tel: '020 8496 0321', existingUser: 'None',
        signatory: 'Dr Harpreet Kaur', sigEmail: 'harpreet.kaur12@nhs.net', roles: [true, false, false, false, false], date: '23/11/2026',
      }),
      oeNotesPage('OE PU GP form  Rev 07/24   Page 2 of 2'),
    ], { device: 'mfp', skewDeg: -1.2, contrast: [35, 238], noise: 9, speckles: 250, quality: 68 },
    { producer: 'Xerox AltaLink C8130', creator: 'Xerox AltaLink C8130', date: '2026-11-23T14:55:00Z' });
    add({
      id: '050-oe-gp-mfd-scan-coffee', client: 'nhsmail', date: '2026-11-23T15:02:37Z',
      from: { name: 'Reception - Stanton Road Surgery', email: 'stantonroad.reception@nhs.net' },
      subject: 'FW: Scanned from a Xerox Multifunction Printer',
      text: `Please see attached Open Exeter form signed by Dr Kaur.

Many thanks
Reception Team
Stanton Road Surgery

________________________________
From: Xerox AltaLink C8130 <scanner.stantonroad@nhs.net>
Sent: 23 November 2026 14:55
To: Reception - Stanton Road Surgery <stantonroad.reception@nhs.net>
Subject: Scanned from a Xerox Multifunction Printer

Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF

Multifunction Printer Location: Reception back office
Device Name: XRX-STANTON-01
`,
      attachments: [{ filename: 'Scan_20261123_145501.pdf', contentType: 'application/pdf', data: scan.pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('E85117', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Róisín Gallagher', 'roisin.gallagher4@nhs.net'), signatory: { name: 'Harpreet Kaur', email: 'harpreet.kaur12@nhs.net', role: 'lead_gp' } },
      traits: ['scan_image_only', 'scan_mfp', 'coffee_ring', 'two_page_scan', 'uninformative_subject', 'shared_mailbox_sender', 'accented_name', 'name_split_fields', 'values_only_in_scan'],
    });
  }

  // 051 other organisation (a trust's sexual health service), fillable form with LiveCycle-style names, no code
  {
    const pdf = await oeOther({
      org: 'Integrated Sexual Health Service - Riverside Community Health NHS Trust', orgType: 'Sexual health clinic (community trust)', code: '',
      address: 'Riverside Clinic, 2 Wharf Street, Gloucester GL1 2EX', forename: 'Marcus', surname: 'Oyelowo', job: 'Clinical Services Manager',
      email: 'marcus.oyelowo@nhs.net', tel: '01452 496 900', signatory: 'Dr Catherine Lowry', sigJob: 'Medical Director (Board member)',
      sigEmail: 'catherine.lowry2@nhs.net', role: 'Member of the Board of Directors', signed: true, date: '12/11/2026',
    }, { title: 'OE Primary User Request - Other organisations', author: 'PCSE', creator: 'Designer 6.5', producer: 'Adobe LiveCycle Designer ES 9.0', date: '2026-11-12T09:00:00Z' });
    add({
      id: '051-oe-other-sexual-health-fillable', client: 'nhsmail', date: '2026-11-12T09:48:03Z',
      from: { name: 'Marcus Oyelowo', email: 'marcus.oyelowo@nhs.net' },
      subject: 'Open Exeter primary user - Sexual Health Service (non-GP) form',
      text: `Hi,

Please find attached the Open Exeter Primary User request form for our Integrated Sexual Health Service. We are not a GP practice so I have used the other organisations form. We don't have a separate organisation code for the clinic.

The form is signed by our Medical Director, who sits on the Trust Board.

Thanks
Marcus

Marcus Oyelowo
Clinical Services Manager
Integrated Sexual Health Service
Riverside Community Health NHS Trust
`,
      attachments: [{ filename: 'OE PU request ISHS.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Marcus Oyelowo', 'marcus.oyelowo@nhs.net'), signatory: { name: 'Catherine Lowry', email: 'catherine.lowry2@nhs.net', role: 'board_member' } },
      traits: ['pdf_acroform', 'livecycle_field_names', 'no_code', 'nominee_is_sender', 'checkbox_role'],
    });
  }

  // 052 other organisation (PCN hub), filled in by hand, folded, scanned pale; sender writes formal ESL English
  {
    const scan = await scanPdf('051-oe-other', [oeOtherHandPage({
      org: 'Heartwood PCN - Extended Access Hub', orgType: 'PCN hub (extended access)', code: 'U29476', address: 'Heartwood Health Centre, Coventry CV6 4DD',
      forename: 'Agnieszka', surname: 'Wróblewska', job: 'Hub Coordinator', email: 'a.wroblewska@nhs.net', tel: '024 7649 6212',
      signatory: 'Dr Samuel Adeyemi-Price', sigJob: 'Caldicott Guardian', sigEmail: 'samuel.adeyemi-price@nhs.net', roles: [true, false, false], date: '24/11/26',
    })], { device: 'mfp', skewDeg: 1.5, contrast: [80, 215], noise: 12, speckles: 300, quality: 60, grey: true },
    { producer: 'RICOH IM C3000', creator: 'RICOH IM C3000', date: '2026-11-24T16:10:00Z' });
    add({
      id: '052-oe-other-pcn-hub-handwritten-scan', client: 'nhsmail', date: '2026-11-24T16:21:09Z',
      from: { name: 'Kwame Asante', email: 'kwame.asante2@nhs.net' },
      subject: 'OE Primary User form - Heartwood PCN hub',
      text: `Dear Team,

Kindly find attached form for Primary User of Open Exeter for our PCN extended access hub, signed by our Caldicott Guardian. The hub will start the cervical screening clinics from 7th December.

Regards,
Kwame Asante
PCN Operations Lead
Heartwood PCN
`,
      attachments: [{ filename: 'doc20261124161000.pdf', contentType: 'application/pdf', data: scan.pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('U29476', 'pcn'),
      fields: { organisationKind: 'other', nominee: person('Agnieszka Wróblewska', 'a.wroblewska@nhs.net'), signatory: { name: 'Samuel Adeyemi-Price', email: 'samuel.adeyemi-price@nhs.net', role: 'caldicott_guardian' } },
      traits: ['scan_image_only', 'scan_mfp', 'handwritten', 'fold_line', 'low_contrast', 'accented_name', 'non_native_english', 'values_only_in_scan', 'person_not_sender'],
    });
  }

  // 053 GP, flat form signed by the practice manager (role "Other: Practice Manager")
  {
    const pdf = await oeGp({
      practice: 'Fernlea Medical Practice', code: 'K83029', address: '4 Fernlea Avenue, Northampton NN3 2AQ', title: 'Miss', forename: 'Natasha',
      surname: 'Reid-Cowan', job: 'Senior Receptionist', email: 'natasha.reid-cowan@nhs.net', tel: '01604 496 233', existingUser: '',
      signatory: 'Gillian Brough', sigEmail: 'gillian.brough@nhs.net', role: 'Other', otherRole: 'Practice Manager', signed: true, date: '27/11/2026',
    }, 'flat', { title: 'OE PU form GP', author: 'gbrough', creator: 'Microsoft Word for Microsoft 365', producer: 'Microsoft Word for Microsoft 365', date: '2026-11-27T10:00:00Z' });
    add({
      id: '053-oe-gp-flat-signed-by-pm', client: 'nhsmail', date: '2026-11-27T10:14:26Z',
      from: { name: 'Gillian Brough', email: 'gillian.brough@nhs.net' },
      subject: 'Open Exeter form',
      text: `Hi,

Attached is the form to set up Natasha as a primary user. I've signed it as practice manager as the GPs are all on leave this week.

Thanks,
Gill
`,
    attachments: [{ filename: 'Open Exeter form.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('K83029', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Natasha Reid-Cowan', 'natasha.reid-cowan@nhs.net'), signatory: { name: 'Gillian Brough', email: 'gillian.brough@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat', 'practice_manager_signatory', 'short_name_in_body', 'hyphenated_name', 'signatory_is_sender'],
    });
  }

  // 054 GP, fillable form with every part filled except the signature and date
  {
    const pdf = await oeGp({
      practice: 'Wharfedale Health Centre', code: 'B82044', address: 'Wharfedale Road, Otley LS21 2TR', title: 'Ms', forename: 'Kerry',
      surname: 'Ashworth', job: 'Practice Administrator', email: 'kerry.ashworth@nhs.net', tel: '01943 496 700', existingUser: 'KASHWORTH',
      signatory: 'Dr Funmilayo Adebisi', sigEmail: 'funmilayo.adebisi@nhs.net', role: 'Caldicott Guardian', signed: false, date: null,
    }, 'fillable', { title: 'Open Exeter Primary User Request - GP', author: 'PCSE', creator: 'Adobe Acrobat Pro 2020', producer: 'Adobe Acrobat Pro 2020', date: '2026-12-02T12:00:00Z' });
    add({
      id: '054-oe-gp-fillable-unsigned', client: 'outlook-ios', date: '2026-12-02T12:40:51Z',
      from: { name: 'Kerry Ashworth', email: 'kerry.ashworth@nhs.net' },
      subject: 'OE primary user',
      text: `Hi, form attached for Open Exeter primary user at Wharfedale Health Centre. Thanks Kerry

Get Outlook for iOS`,
      attachments: [{ filename: 'OE_PU_GP_Wharfedale.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('B82044', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Kerry Ashworth', 'kerry.ashworth@nhs.net'), signatory: { name: 'Funmilayo Adebisi', email: 'funmilayo.adebisi@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'],
      traits: ['pdf_acroform', 'unsigned_form', 'phone_client', 'terse', 'nominee_is_sender'],
    });
  }

  // 055 additional permissions, GP partner from nhs.net
  add({
    id: '055-oe-permissions-gp-partner', client: 'nhsmail', date: '2026-11-09T13:05:14Z',
    from: { name: 'Dr Thomas Brennan-Clarke', email: 'thomas.brennan-clarke@nhs.net' },
    subject: 'Additional Open Exeter permissions - Hilltop Surgery',
    text: `Dear Open Exeter team,

As a GP Partner at Hilltop Surgery (L81077), I would like to request additional permissions for one of our existing Open Exeter users:

Name: Stacey Millward
Open Exeter user ID: smillward01
Email: stacey.millward@nhs.net

Permissions required:
- Prior Notification List
- Result Enquiry

She is taking over the cytology admin from a colleague who is retiring.

Kind regards

Dr Thomas Brennan-Clarke
GP Partner, Hilltop Surgery
`,
  }, {
    kind: 'open_exeter_additional_permissions', organisation: org('L81077', 'gp_practice'),
    fields: {
      user: { name: 'Stacey Millward', email: 'stacey.millward@nhs.net', username: 'smillward01' },
      permissions: ['Prior Notification List', 'Result Enquiry'],
      signatory: { name: 'Thomas Brennan-Clarke', email: 'thomas.brennan-clarke@nhs.net', role: 'gp_partner' },
    },
    traits: ['labelled_lines', 'bulleted_list', 'signatory_is_sender'],
  });

  // 056 additional permissions asked by the practice manager from her own Gmail
  add({
    id: '056-oe-permissions-pm-gmail', client: 'gmail', date: '2026-11-13T11:52:37Z',
    from: { name: 'Janice Holroyd', email: 'janiceholroyd61@gmail.com' },
    subject: 'open exeter access for new nurse',
    text: `Hi,

I'm the practice manager at Denby Dale Surgery (B85642). Could you please add the cervical screening result enquiry access on Open Exeter to our new practice nurse, Grace Mwangi, her user name is GMWANGI3. Her email is grace.mwangi@nhs.net.

Sorry sending from my own email, nhsmail is down for us today.

Thanks
Janice
`,
  }, {
    kind: 'open_exeter_additional_permissions', organisation: org('B85642', 'gp_practice'),
    fields: {
      user: { name: 'Grace Mwangi', email: 'grace.mwangi@nhs.net', username: 'GMWANGI3' },
      permissions: ['cervical screening result enquiry'],
      signatory: { name: 'Janice Holroyd', email: 'janiceholroyd61@gmail.com', role: 'other' },
    },
    mustRaise: ['sender_not_nhs', 'signatory_role_not_allowed'],
    traits: ['personal_address_sender', 'practice_manager_signatory', 'permission_in_prose'],
  });

  // 057 Open Exeter's own notification: a PCN hub's primary user created a user
  {
    const id = '057-oe-new-user-notification-pcn';
    const date = '2026-12-01T14:22:31Z';
    const n = oeNotification(id, date, {
      orgCode: 'U29476', orgName: 'HEARTWOOD PCN EXTENDED ACCESS HUB', userId: 'OKAFORC1', user: 'OKAFOR, CHIDINMA', email: 'chidinma.okafor1@nhs.net',
      createdBy: 'WROBLEWSKA, AGNIESZKA (AWROB01)', created: '01/12/2026 14:22',
    });
    add({ id, client: 'raw', date, from: { email: 'openexeter.noreply@nhs.net' }, subject: 'Open Exeter: New user created - authorisation required', text: n.text }, {
      kind: 'open_exeter_new_user_authorisation', organisation: org('U29476', 'pcn'),
      fields: { user: { name: 'Chidinma Okafor', email: 'chidinma.okafor1@nhs.net', username: 'OKAFORC1' }, createdBy: person('Agnieszka Wroblewska', null) },
      traits: ['system_notification', 'auto_submitted_header', 'surname_first_capitals', 'creator_email_not_given'],
    }, n.raw);
  }

  // 058 the notification forwarded as an attachment by the primary user who created the account
  {
    const n = oeNotification('057-inner', '2026-12-03T09:12:05Z', {
      orgCode: 'B82618', orgName: 'BROOKFIELD SURGERY', userId: 'NAIDOOP', user: 'NAIDOO, PRIYA-LEIGH', email: 'priya-leigh.naidoo@nhs.net',
      createdBy: 'PICKERING, DONNA (PICKERD1)', created: '03/12/2026 09:11',
    });
    const inner = n.raw.replace('To: pcse.openexeter@nhs.net', 'To: donna.pickering1@nhs.net');
    add({
      id: '058-oe-new-user-forwarded-as-attachment', client: 'nhsmail', date: '2026-12-03T09:20:44Z',
      from: { name: 'Donna Pickering', email: 'donna.pickering1@nhs.net' },
      subject: 'FW: Open Exeter: New user created - authorisation required',
      text: `Hi,

I've just set up our new HCA on Open Exeter (email attached) - please could you authorise her? She starts her smear taker training on Monday.

Thanks
Donna

Donna Pickering
Practice Manager
Brookfield Surgery
`,
      rfc822: [{ raw: inner, filename: 'Open Exeter New user created - authorisation required.eml' }],
    }, {
      kind: 'open_exeter_new_user_authorisation', organisation: org('B82618', 'gp_practice'),
      fields: { user: { name: 'Priya-Leigh Naidoo', email: 'priya-leigh.naidoo@nhs.net', username: 'NAIDOOP' }, createdBy: person('Donna Pickering', 'donna.pickering1@nhs.net') },
      traits: ['forward_as_attachment', 'message_rfc822', 'creator_is_sender', 'surname_first_capitals', 'hyphenated_name'],
    });
  }

  // 059 misdirected: an optician asks for a PCSE Online OPTO admin at the Open Exeter mailbox
  add({
    id: '059-misdirected-opto-nomination', client: 'iphone', date: '2026-11-17T20:03:26Z',
    from: { name: 'Eleni Georgiou', email: 'eleni@georgiou-optometrists.co.uk' },
    subject: 'Admin access for PCSE / Open Exeter?',
    text: `Hello, I'm not sure if this is the right email - I'm the contract holder at Georgiou Optometrists (TPG22) and I need my receptionist Mariam Haddad to be made the admin on PCSE online for the ophthalmic payments so she can add our locums. Her email is mariam.haddad@georgiou-optometrists.co.uk.

Thank you,
Eleni Georgiou

Sent from my iPhone`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPG22', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: person('Mariam Haddad', 'mariam.haddad@georgiou-optometrists.co.uk'), approver: { name: 'Eleni Georgiou', email: 'eleni@georgiou-optometrists.co.uk', role: 'contract holder' } },
    traits: ['misdirected', 'service_confusion', 'phone_client', 'approver_is_sender', 'non_nhs_domain'],
  });

  // 060 an Open Exeter password lock-out (the practice's primary user resets those): not a PCSE Online unlock
  add({
    id: '060-oe-password-locked-question', client: 'webmail', date: '2026-11-21T08:47:59Z',
    from: { name: 'Shirley Ndlovu', email: 'shirleyndlovu@yahoo.co.uk' },
    subject: 'Locked out of Open Exeter',
    text: `Hi,

I'm a practice nurse at Elmtree Surgery. I've been locked out of Open Exeter after trying my password too many times. My user ID is SNDLOVU2. Could you reset it please? Our primary user is on holiday until next week.

Thanks
Shirley
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['service_confusion', 'looks_like_unlock', 'open_exeter_password', 'personal_address_sender'],
  });

  // 061 chaser with the reference in the subject, formal ESL
  add({
    id: '061-chaser-ref-subject', client: 'nhsmail', date: '2026-12-02T09:30:15Z',
    from: { name: 'Kwame Asante', email: 'kwame.asante2@nhs.net' },
    subject: 'RE: PCSE-2026-004466 Open Exeter Primary User request',
    inReplyTo: '<PCSE-2026-004466.ack@pcse.england.nhs.uk>',
    text: `Dear Team,

Kindly advise the status of the above request, our hub start date is 7th December and the coordinator is still not able to add the staff.

Regards,
Kwame

________________________________
From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 25 November 2026 08:12
To: Kwame Asante <kwame.asante2@nhs.net>
Subject: PCSE-2026-004466 Open Exeter Primary User request

${pcseAck('PCSE-2026-004466', 'OE Primary User form - Heartwood PCN hub').join('\n')}
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['chaser', 'case_ref_in_subject', 'non_native_english', 'quoted_ack'],
  });

  // 062 automatic acknowledgement from a PCN's shared mailbox in reply to PCSE
  add({
    id: '062-auto-reply-pcn', client: 'nhsmail', date: '2026-12-04T16:45:02Z',
    from: { name: 'Heartwood PCN', email: 'heartwood.pcn@nhs.net' },
    subject: 'Automatic reply: PCSE-2026-004466 Open Exeter Primary User request',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `Thank you for contacting Heartwood Primary Care Network. This shared mailbox is monitored Monday to Friday 9am-5pm and we aim to reply within 2 working days.

Patients: please do not use this address for appointments or prescriptions - contact your own GP practice.
`,
  }, {
    kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
    traits: ['auto_reply', 'case_ref_in_subject', 'shared_mailbox_sender'],
  });

  return out;
}
