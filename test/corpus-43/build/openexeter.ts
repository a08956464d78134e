// pcse.openexeter@nhs.net: the month's mail.
import { NHSMAIL_FOOTER, outlookQuote, person, withRole } from './common.js';
import { acrobatNamer, numberedNamer, oeGpPages, oeOtherPages } from './forms.js';
import type { MailSpec } from './lib.js';
import { renderPdf, scanPage, scansToPdf } from './pdfs.js';

const OE_ACROBAT_LABELS: Record<string, string> = {
  practiceName: 'Practice name',
  practiceCode: 'Practice code',
  address: 'Practice address',
  nomineeName: 'Full name',
  nomineeRole: 'Job title',
  nomineeEmail: 'NHS email address',
  nomineePhone: 'Telephone',
  existingYes: 'Check Box1',
  existingNo: 'Check Box2',
  existingUserId: 'Existing user ID',
  tickLeadGp: 'Check Box3',
  tickPartner: 'Check Box4',
  tickCaldicott: 'Check Box5',
  tickPrimaryContact: 'Check Box6',
  tickBoard: 'Check Box7',
  signatoryName: 'Name',
  signatoryPosition: 'Position',
  signatoryEmail: 'Email address',
  date: 'Date',
};

const OE_OTHER_ACROBAT_LABELS: Record<string, string> = {
  orgName: 'Organisation name',
  orgCode: 'Organisation ODS code',
  orgType: 'Type of organisation',
  address: 'Address',
  nomineeName: 'Name',
  nomineeRole: 'Job title',
  nomineeEmail: 'Email nhsnet or secure',
  nomineePhone: 'Telephone',
  capCaldicott: 'Caldicott Guardian',
  capBoard: 'Member of the Board of Directors',
  capPrimaryUser: 'Existing Primary User',
  signatoryName: 'Name',
  signatoryJobTitle: 'Job title',
  signatoryEmail: 'Email',
  date: 'Date',
};

export async function openexeterMails(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];

  // --- GP form, fillable (Acrobat auto-named fields), body says only "please find attached"
  const westgate = await renderPdf(
    oeGpPages(
      {
        practiceName: 'Westgate Medical Practice',
        practiceCode: 'A82017',
        address: 'Westgate Street\nCarlisle\nCA3 8QE',
        nomineeName: 'Kirsty Dalgleish',
        nomineeRole: 'Practice Manager',
        nomineeEmail: 'kirsty.dalgleish@nhs.net',
        nomineePhone: '01228 525 900',
        existingUser: false,
        existingUserId: '',
        signatoryName: 'Dr Anand Krishnamurthy',
        signatoryPosition: 'Lead GP',
        signatoryEmail: 'a.krishnamurthy@nhs.net',
        ticks: { leadGp: true },
        signature: { kind: 'scribble', seed: 1207 },
        date: '02/11/2026',
      },
      acrobatNamer(OE_ACROBAT_LABELS),
    ),
    { title: 'Open Exeter Primary User Request (GP)', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432' },
  );
  m.push({
    slug: 'oe-gp-fillable-please-find-attached',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'Westgate Medical Practice - Reception', email: 'westgate.reception@nhs.net' },
    subject: 'Open Exeter primary user form',
    date: 'Mon, 2 Nov 2026 15:33:21 +0000',
    text: `Please find attached.
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE Primary User Request - Westgate.pdf', contentType: 'application/pdf', data: westgate }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: 'A82017', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Kirsty Dalgleish', 'kirsty.dalgleish@nhs.net'),
        signatory: withRole('Anand Krishnamurthy', 'a.krishnamurthy@nhs.net', 'lead_gp'),
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'see_attached', 'generic_field_names', 'guidance_page_lists_roles', 'shared_mailbox_sender'],
    },
  });

  // --- GP form, printed and typed, signed, scanned (two pages); body is a signature block only
  const sandbrookPages = oeGpPages(
    {
      practiceName: 'Sandbrook Surgery',
      practiceCode: 'B86054',
      address: '17 Sandbrook Road\nLeeds\nLS11 6PN',
      nomineeName: "Chloë D'Souza",
      nomineeRole: 'Assistant Practice Manager',
      nomineeEmail: 'chloe.dsouza@nhs.net',
      nomineePhone: '0113 277 1020',
      existingUser: true,
      existingUserId: 'CDSOUZ01',
      signatoryName: 'Dr Patrick Ó Briain',
      signatoryPosition: 'GP Partner',
      signatoryEmail: 'patrick.obriain@nhs.net',
      ticks: { partner: true },
      signature: { kind: 'scribble', seed: 5521 },
      date: '05/11/2026',
    },
    null,
  );
  const sandbrookScan = await scansToPdf(
    [
      scanPage(sandbrookPages[0]!, { seed: 3301, skewDeg: -1.2, noise: 0.6, contrast: 0.8, handFilled: false, shadowEdge: true }),
      scanPage(sandbrookPages[1]!, { seed: 3302, skewDeg: -0.8, noise: 0.6, contrast: 0.8, handFilled: false, shadowEdge: true }),
    ],
    'RICOH IM C3000',
  );
  m.push({
    slug: 'oe-gp-scan-signature-only-body',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: "D'SOUZA, Chloe (SANDBROOK SURGERY)", email: 'chloe.dsouza@nhs.net' },
    subject: 'Open Exeter',
    date: 'Thu, 5 Nov 2026 11:47:09 +0000',
    text: `
Chloë D'Souza
Assistant Practice Manager
Sandbrook Surgery
0113 277 1020
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'doc05112026114512.pdf', contentType: 'application/pdf', data: sandbrookScan }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: 'B86054', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person("Chloë D'Souza", 'chloe.dsouza@nhs.net'),
        signatory: withRole('Patrick Ó Briain', 'patrick.obriain@nhs.net', 'gp_partner'),
      },
      mustRaise: [],
      traits: ['pdf_scan', 'signature_only_body', 'non_ascii_name', 'apostrophe_name', 'nominee_is_sender', 'existing_user_upgraded', 'two_page_scan'],
    },
  });

  // --- GP form filled by hand, scanned, signature box left empty
  const moorland = scanPage(
    oeGpPages(
      {
        practiceName: 'Moorland View Practice',
        practiceCode: 'L82061',
        address: 'Moor Lane\nTavistock\nPL19 0DS',
        nomineeName: 'Tracey Bottomley',
        nomineeRole: 'Reception Manager',
        nomineeEmail: 'tracey.bottomley@nhs.net',
        nomineePhone: '01822 612 345',
        existingUser: false,
        existingUserId: '',
        signatoryName: 'Dr Helen Vaughan-Jones',
        signatoryPosition: 'Caldicott Guardian',
        signatoryEmail: 'helen.vaughan-jones@nhs.net',
        ticks: { caldicott: true },
        signature: { kind: 'empty', field: null },
        date: '09/11/26',
      },
      null,
    )[0]!,
    { seed: 7777, skewDeg: 1.6, noise: 0.8, contrast: 0.7, handFilled: true },
  );
  m.push({
    slug: 'oe-gp-handwritten-scan-unsigned',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'PENHALIGON, Mark (MOORLAND VIEW PRACTICE)', email: 'mark.penhaligon@nhs.net' },
    subject: 'Primary user form - Moorland View',
    date: 'Mon, 9 Nov 2026 16:58:44 +0000',
    text: `Hi,

Form attached for Tracey to be set up as a primary user on Open Exeter so she can cover when I'm away.

Thanks
Mark Penhaligon
Practice Manager
Moorland View Practice
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Tracey OE.pdf', contentType: 'application/pdf', data: await scansToPdf([moorland], 'Canon iR-ADV C5535') }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: 'L82061', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Tracey Bottomley', 'tracey.bottomley@nhs.net'),
        signatory: withRole('Helen Vaughan-Jones', 'helen.vaughan-jones@nhs.net', 'caldicott_guardian'),
      },
      mustRaise: ['missing_signature'],
      traits: ['pdf_scan', 'handwritten_block_capitals', 'signature_box_empty', 'sender_is_third_person', 'double_barrelled'],
    },
  });

  // --- other organisation (hospice), flat form, signed by the Caldicott Guardian
  const columba = await renderPdf(
    oeOtherPages(
      {
        orgName: "St Columba's Hospice",
        orgCode: '8HN21',
        orgType: 'Hospice (independent)',
        address: 'Hollins Lane\nKendal\nLA9 4RT',
        nomineeName: 'Grace Mbeki',
        nomineeRole: 'Clinical Systems Administrator',
        nomineeEmail: 'grace.mbeki@nhs.net',
        nomineePhone: '01539 720 300',
        signatoryName: 'Dr Moira Fenwick-Laing',
        signatoryJobTitle: 'Medical Director & Caldicott Guardian',
        signatoryEmail: 'moira.fenwick-laing@nhs.net',
        capacity: { caldicott: true },
        signature: { kind: 'scribble', seed: 8890 },
        date: '10 November 2026',
      },
      null,
    ),
    { title: 'OE Primary User Request - other organisations', author: 'St Columba\u2019s Hospice' },
    { filledFont: 'courier' },
  );
  m.push({
    slug: 'oe-hospice-flat-caldicott',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'MBEKI, Grace (ST COLUMBA\'S HOSPICE)', email: 'grace.mbeki@nhs.net' },
    subject: 'Open Exeter primary user - St Columba\'s Hospice',
    date: 'Tue, 10 Nov 2026 12:26:37 +0000',
    text: `Dear PCSE,

Please find attached our signed request for a Primary User on Open Exeter. We are a hospice and do not currently have anyone with Organisation Maintenance since our previous administrator left.

Kind regards,
Grace Mbeki
Clinical Systems Administrator
St Columba's Hospice, Hollins Lane, Kendal LA9 4RT
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'StColumbas_OE_PrimaryUser.pdf', contentType: 'application/pdf', data: columba }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: '8HN21', type: 'other' },
      fields: {
        organisationKind: 'other',
        nominee: person('Grace Mbeki', 'grace.mbeki@nhs.net'),
        signatory: withRole('Moira Fenwick-Laing', 'moira.fenwick-laing@nhs.net', 'caldicott_guardian'),
      },
      mustRaise: [],
      traits: ['pdf_flat', 'other_organisation', 'apostrophe_name', 'double_barrelled', 'two_roles_in_job_title', 'nominee_is_sender'],
    },
  });

  // --- other organisation (prison healthcare), fillable, signed by the head of healthcare
  const northmoor = await renderPdf(
    oeOtherPages(
      {
        orgName: 'HMP Northmoor - Healthcare Department',
        orgCode: '',
        orgType: 'Prison healthcare',
        address: 'Northmoor Road\nWakefield\nWF2 9AG',
        nomineeName: 'Darren Oakes',
        nomineeRole: 'Healthcare Administrator',
        nomineeEmail: 'darren.oakes@nhs.net',
        nomineePhone: '01924 612 700 ext 4410',
        signatoryName: 'Janet Ruddock',
        signatoryJobTitle: 'Head of Healthcare',
        signatoryEmail: 'janet.ruddock@nhs.net',
        capacity: {},
        signature: { kind: 'typed', text: 'J Ruddock', field: 'Signature' },
        date: '16/11/2026',
      },
      acrobatNamer(OE_OTHER_ACROBAT_LABELS),
    ),
    { title: 'OE Primary User Request - other organisations', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432' },
  );
  m.push({
    slug: 'oe-prison-head-of-healthcare',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'RUDDOCK, Janet (HMP NORTHMOOR HEALTHCARE)', email: 'janet.ruddock@nhs.net' },
    cc: [{ name: 'OAKES, Darren (HMP NORTHMOOR HEALTHCARE)', email: 'darren.oakes@nhs.net' }],
    subject: 'Open Exeter Primary User request - HMP Northmoor Healthcare',
    date: 'Mon, 16 Nov 2026 14:02:15 +0000',
    text: `Good afternoon

Please see attached completed form requesting Darren Oakes as Primary User for the healthcare department at HMP Northmoor. We need access to check cervical screening histories for women on reception into custody.

I have signed as Head of Healthcare.

Regards

Janet Ruddock
Head of Healthcare
HMP Northmoor
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE PU form HMP Northmoor.pdf', contentType: 'application/pdf', data: northmoor }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: null, type: 'other' },
      fields: {
        organisationKind: 'other',
        nominee: person('Darren Oakes', 'darren.oakes@nhs.net'),
        signatory: withRole('Janet Ruddock', 'janet.ruddock@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_acroform', 'other_organisation', 'signatory_role_not_on_list', 'no_capacity_ticked', 'nominee_in_cc', 'typed_signature'],
    },
  });

  // --- GP form signed by the practice manager; the code starts with F but is a GP code
  const broadoak = await renderPdf(
    oeGpPages(
      {
        practiceName: 'Broad Oak Medical Centre',
        practiceCode: 'F81102',
        address: '220 Broad Oak Road\nColchester\nCO4 3UE',
        nomineeName: 'Naomi Fletcher',
        nomineeRole: 'Deputy Practice Manager',
        nomineeEmail: 'naomi.fletcher3@nhs.net',
        nomineePhone: '01206 855 100',
        existingUser: true,
        existingUserId: 'NFLETC03',
        signatoryName: 'Lorna Gilchrist',
        signatoryPosition: 'Practice Manager',
        signatoryEmail: 'lorna.gilchrist@nhs.net',
        ticks: {},
        signature: { kind: 'scribble', seed: 6004 },
        date: '19/11/2026',
      },
      null,
    ),
    { title: 'OE GP Primary User form', author: 'lgilchrist' },
    { serif: true, filledFont: 'times' },
  );
  m.push({
    slug: 'oe-gp-signed-by-practice-manager',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'GILCHRIST, Lorna (BROAD OAK MEDICAL CENTRE)', email: 'lorna.gilchrist@nhs.net' },
    subject: 'Open Exeter Primary User - Broad Oak Medical Centre',
    date: 'Thu, 19 Nov 2026 10:15:30 +0000',
    text: `Hello

Please find attached form to make Naomi a primary user for our practice. I have signed it myself as practice manager as the partners are all away on a training day this week and I'd like to get it in.

Thanks
Lorna Gilchrist
Practice Manager
Broad Oak Medical Centre
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE form Naomi.pdf', contentType: 'application/pdf', data: broadoak }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: 'F81102', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Naomi Fletcher', 'naomi.fletcher3@nhs.net'),
        signatory: withRole('Lorna Gilchrist', 'lorna.gilchrist@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat', 'practice_manager_signatory', 'gp_code_starting_f', 'no_capacity_ticked'],
    },
  });

  // --- the nominee sends her own form, naming the Lead GP who signed it
  const ivydene = await renderPdf(
    oeGpPages(
      {
        practiceName: 'Ivydene Surgery',
        practiceCode: 'N82630',
        address: '9 Ivy Lane\nWarrington\nWA1 2LT',
        nomineeName: 'Rachael Amoah',
        nomineeRole: 'Practice Manager',
        nomineeEmail: 'rachael.amoah@nhs.net',
        nomineePhone: '01925 650 226',
        existingUser: false,
        existingUserId: '',
        signatoryName: 'Dr Sunita Bhandari',
        signatoryPosition: 'Lead GP',
        signatoryEmail: '',
        ticks: { leadGp: true },
        signature: { kind: 'scribble', seed: 2402 },
        date: '23/11/2026',
      },
      numberedNamer(),
    ),
    { title: 'Microsoft Word - OE Primary User form GP v4.docx', creator: 'PScript5.dll Version 5.2.2', producer: 'Acrobat Distiller 23.0 (Windows)' },
  );
  m.push({
    slug: 'oe-nominee-writes-for-herself',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'AMOAH, Rachael (IVYDENE SURGERY)', email: 'rachael.amoah@nhs.net' },
    subject: 'New primary user - Ivydene Surgery N82630',
    date: 'Mon, 23 Nov 2026 13:40:05 +0000',
    text: `Dear Open Exeter team,

I joined Ivydene Surgery as practice manager this month. Our Lead GP, Dr Sunita Bhandari, has signed the attached form so that I can be set up as a Primary User. Our previous primary user has left and there is currently nobody at the practice with Organisation Maintenance.

Many thanks,
Rachael Amoah
Practice Manager
Ivydene Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE Primary User form GP v4.pdf', contentType: 'application/pdf', data: ivydene }],
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: { odsCode: 'N82630', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Rachael Amoah', 'rachael.amoah@nhs.net'),
        signatory: withRole('Sunita Bhandari', null, 'lead_gp'),
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'numbered_field_names', 'nominee_is_sender', 'signatory_named_in_body', 'signatory_email_not_given'],
    },
  });

  // --- additional permissions asked directly by a GP partner
  m.push({
    slug: 'perms-gp-partner-direct',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'OSEI-BONSU, Kofi (Dr) (LINDEN HALL SURGERY)', email: 'kofi.osei-bonsu@nhs.net' },
    subject: 'Additional Open Exeter permissions - Natalie Green',
    date: 'Tue, 3 Nov 2026 13:05:58 +0000',
    text: `Dear PCSE

I am a GP partner at Linden Hall Surgery (P84011). Please could you add the Prior Notification List and Sample Taker Lookup permissions to Natalie Green's existing Open Exeter account. Her user ID is NGREEN7 and her email is natalie.green12@nhs.net. She has taken over the cervical screening admin from our nurse manager.

With thanks
Dr Kofi Osei-Bonsu
GP Partner
Linden Hall Surgery
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: { odsCode: 'P84011', type: 'gp_practice' },
      fields: {
        user: { ...person('Natalie Green', 'natalie.green12@nhs.net'), username: 'NGREEN7' },
        permissions: ['Prior Notification List', 'Sample Taker Lookup'],
        signatory: withRole('Kofi Osei-Bonsu', 'kofi.osei-bonsu@nhs.net', 'gp_partner'),
      },
      mustRaise: [],
      traits: ['free_prose', 'double_barrelled', 'signatory_is_sender'],
    },
  });

  // --- additional permissions: the practice manager sends, the partner's approval is forwarded below
  m.push({
    slug: 'perms-forwarded-partner-approval',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'WARD, Jacqueline (ORCHARD HOUSE SURGERY)', email: 'jacqueline.ward@nhs.net' },
    subject: 'FW: Ellie - non-responders',
    date: 'Wed, 11 Nov 2026 09:12:40 +0000',
    text: `Hi,

Please see Dr Lim's approval below for Ellie to have access to the non-responder report on Open Exeter. Orchard House Surgery, M83622.

Thanks
Jackie Ward
Practice Manager
${outlookQuote(
  {
    from: 'LIM, Jonathan (Dr) (ORCHARD HOUSE SURGERY) <jonathan.lim@nhs.net>',
    sent: '10 November 2026 18:21',
    to: 'WARD, Jacqueline (ORCHARD HOUSE SURGERY) <jacqueline.ward@nhs.net>',
    subject: 'RE: Ellie - non-responders',
  },
  `Jackie

As GP partner I approve Ellie Hart (Open Exeter user ID EHART02, ellie.hart@nhs.net) being given access to the Non-Responders report so she can chase the women who haven't booked. Please send on to PCSE.

Jonathan

Dr Jonathan Lim
GP Partner, Orchard House Surgery`,
)}
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: { odsCode: 'M83622', type: 'gp_practice' },
      fields: {
        user: { ...person('Ellie Hart', 'ellie.hart@nhs.net'), username: 'EHART02' },
        permissions: ['Non-Responders report'],
        signatory: withRole('Jonathan Lim', 'jonathan.lim@nhs.net', 'gp_partner'),
      },
      mustRaise: [],
      traits: ['three_people', 'approval_in_forwarded_message', 'nickname_vs_full_name', 'thread'],
    },
  });

  // --- additional permissions from a Caldicott Guardian on personal webmail
  m.push({
    slug: 'perms-caldicott-hotmail',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'Rashid Qureshi', email: 'rashid.qureshi64@hotmail.co.uk' },
    subject: 'Open Exeter access for Pam',
    date: 'Fri, 13 Nov 2026 18:44:26 +0000',
    text: `Dear Sir/Madam

Apologies for using my personal email - NHSmail has been down at the practice all afternoon.

I am the Caldicott Guardian at Bridgend Road Surgery (G82155). Please can you give Pam access to the sample taker database on Open Exeter. Her full name is Pamela Rowntree, user ID PROWNT01.

Regards
Dr Rashid Qureshi
GP & Caldicott Guardian
Bridgend Road Surgery

Sent from Outlook`,
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: { odsCode: 'G82155', type: 'gp_practice' },
      fields: {
        user: { ...person('Pamela Rowntree', null), username: 'PROWNT01' },
        permissions: ['sample taker database'],
        signatory: withRole('Rashid Qureshi', 'rashid.qureshi64@hotmail.co.uk', 'caldicott_guardian'),
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_webmail', 'nickname_vs_full_name', 'evening'],
    },
  });

  // --- "the same access as me", asked by the practice manager
  m.push({
    slug: 'perms-same-access-as-me',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'KERR, Alison (THORNBURY HEALTH CENTRE)', email: 'alison.kerr4@nhs.net' },
    subject: 'Open Exeter - Jade',
    date: 'Tue, 24 Nov 2026 11:31:52 +0000',
    text: `Hiya

Can you give our new girl the same access as me on Open Exeter please? That's the Prior Notification List, Non-Responders and Call/Recall enquiry. She's Jade Whitmore, user ID JWHITM1, already set up as a basic user.

Thornbury Health Centre, L81088

Thanks
Ali Kerr
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: { odsCode: 'L81088', type: 'gp_practice' },
      fields: {
        user: { ...person('Jade Whitmore', null), username: 'JWHITM1' },
        permissions: ['Prior Notification List', 'Non-Responders', 'Call/Recall enquiry'],
        signatory: withRole('Alison Kerr', 'alison.kerr4@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['free_prose', 'same_access_as_me', 'practice_manager_requester', 'nickname_vs_full_name'],
    },
  });

  // --- Open Exeter's own notification, names as the system writes them
  m.push({
    slug: 'new-user-notification',
    mailbox: 'openexeter',
    client: 'system',
    from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' },
    subject: 'Open Exeter: new user created - L85021',
    date: 'Wed, 18 Nov 2026 14:20:03 +0000',
    extraHeaders: [['Auto-Submitted', 'auto-generated']],
    text: `OPEN EXETER - ORGANISATION MAINTENANCE
NOTIFICATION OF NEW USER

The following user has been created and requires authorisation.

Organisation code : L85021
Organisation name : HAYWARD MEDICAL PRACTICE

User ID    Name               Email                    Created by
---------  -----------------  -----------------------  ---------------------------
MPATEL44   PATEL, Meena       meena.patel44@nhs.net    HOLLOWAY, Janine (JHOLLO01)

Date created : 18/11/2026 14:19

This is an automatically generated message. Please do not reply.`,
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: { odsCode: 'L85021', type: 'gp_practice' },
      fields: {
        user: { ...person('Meena Patel', 'meena.patel44@nhs.net'), username: 'MPATEL44' },
        createdBy: person('Janine Holloway', null),
      },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_in_table', 'fixed_width_table'],
    },
  });

  // --- the creator forwards the notification herself
  m.push({
    slug: 'new-user-forwarded-by-creator',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'McCARTHY, Bernadette (HOLLYBUSH SURGERY)', email: 'bernadette.mccarthy@nhs.net' },
    subject: 'FW: Open Exeter: new user created - Y02718',
    date: 'Thu, 26 Nov 2026 09:05:17 +0000',
    text: `Morning,

I've set up our new HCA on Open Exeter - please could you authorise her and send her the password.

Thanks
Bernie
${outlookQuote(
  {
    from: 'Open Exeter <openexeter.notifications@nhs.net>',
    sent: '25 November 2026 16:41',
    to: 'McCARTHY, Bernadette (HOLLYBUSH SURGERY) <bernadette.mccarthy@nhs.net>',
    subject: 'Open Exeter: new user created - Y02718',
  },
  `OPEN EXETER - ORGANISATION MAINTENANCE
NOTIFICATION OF NEW USER

Organisation code : Y02718
Organisation name : HOLLYBUSH SURGERY

User ID    : SOKAFO02
Surname    : OKAFOR
Forename   : Stella
Email      : (none)
Created by : McCARTHY, Bernadette (BMCCAR01)

This is an automatically generated message. Please do not reply.`,
)}
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: { odsCode: 'Y02718', type: 'gp_practice' },
      fields: {
        user: { ...person('Stella Okafor', null), username: 'SOKAFO02' },
        createdBy: person('Bernadette McCarthy', 'bernadette.mccarthy@nhs.net'),
      },
      mustRaise: [],
      traits: ['forwarded_notification', 'creator_is_sender', 'nickname_vs_full_name', 'surname_first'],
    },
  });

  // --- a question that mentions permissions but asks for nothing
  m.push({
    slug: 'question-caldicott-changed',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'SHARMA, Deepa (ELMWOOD SURGERY)', email: 'deepa.sharma@nhs.net' },
    subject: 'Query re Caldicott Guardian change',
    date: 'Fri, 20 Nov 2026 12:40:11 +0000',
    text: `Hello

Our Caldicott Guardian has changed this month (Dr Evans has retired and Dr Malik has taken over). Do our existing primary users or users with extra permissions need new forms signing by Dr Malik, or does the change only matter for new requests from now on?

We don't need anything changing on the accounts, I just want to make sure we're compliant.

Kind regards
Deepa Sharma
Practice Manager, Elmwood Surgery
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question_not_request', 'mentions_permissions'] },
  });

  // --- a chaser with the reference in the subject
  m.push({
    slug: 'chaser-reference-in-subject',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'PENHALIGON, Mark (MOORLAND VIEW PRACTICE)', email: 'mark.penhaligon@nhs.net' },
    subject: 'PCSE-2026-004301 - any update?',
    date: 'Wed, 25 Nov 2026 15:19:33 +0000',
    text: `Hi,

Any update on the above? We sent the primary user form for our second site a couple of weeks ago.

Thanks
Mark
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference_in_subject'] },
  });

  // --- out-of-office
  m.push({
    slug: 'auto-reply-maternity',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'HOLLOWAY, Janine (HAYWARD MEDICAL PRACTICE)', email: 'janine.holloway@nhs.net' },
    subject: 'Automatic reply: Open Exeter user authorised [PCSE-2026-004355]',
    date: 'Thu, 19 Nov 2026 09:00:48 +0000',
    extraHeaders: [
      ['Auto-Submitted', 'auto-replied'],
      ['X-Auto-Response-Suppress', 'All'],
    ],
    text: `Hello, I'm currently on maternity leave and not checking this mailbox. Please contact hayward.practice@nhs.net for Open Exeter queries. Thank you.`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_reference'] },
  });

  // --- misdirected: a PCSE Online verification link asked for here
  m.push({
    slug: 'misdirected-verification-link',
    mailbox: 'openexeter',
    client: 'outlook',
    from: { name: 'NWOSU, Adaeze (Dr)', email: 'adaeze.nwosu@nhs.net' },
    subject: 'Verification link',
    date: 'Tue, 24 Nov 2026 20:13:27 +0000',
    text: `Hello

I joined Hallgarth Surgery (N84019) as a salaried GP last month and still haven't received my PCSE Online verification link. Could you send a new one to this address please - it's the email registered with the GMC. GMC no. 7123456.

Apologies if this is the wrong team.

Dr Adaeze Nwosu
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: { odsCode: 'N84019', type: 'gp_practice' },
      fields: { accountEmail: 'adaeze.nwosu@nhs.net', gmcNumber: '7123456' },
      mustRaise: [],
      traits: ['misdirected', 'gmc_number', 'account_is_sender_address'],
    },
  });

  return m;
}
