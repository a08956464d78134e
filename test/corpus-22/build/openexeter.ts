// pcse.openexeter: an ordinary fortnight (16-27 November 2026).
import { type Entry, PCSE, PCSE_SIGN, org, person, unclassified } from './entry.js';
import { oeGpForm, oeOtherForm, renderPdf, renderScan, wordOeForm } from './forms.js';

const M = 'openexeter' as const;
const NOTIFY = { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' };

const notification = (o: { code: string; orgName: string; user: string; id: string; email: string; by: string; created: string }) => `This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by a Primary User and is awaiting authorisation.

Organisation code:   ${o.code}
Organisation name:   ${o.orgName}
New user name:       ${o.user}
User ID:             ${o.id}
Email address:       ${o.email}
Created by:          ${o.by} (Primary User)
Date created:        ${o.created}

Please authorise the account and issue a temporary password to the user.

Open Exeter
Cervical Screening Administration Service`;

export async function openexeter(): Promise<Entry[]> {
  const out: Entry[] = [];

  // ---------------------------------------------------------------- Primary User form, fillable, signed by the Lead GP
  const o01pdf = await renderPdf(
    oeGpForm(),
    {
      practiceName: 'Orchard House Surgery', odsCode: 'A84011', practiceAddress: 'Orchard House, Station Road\nMorpeth, Northumberland NE61 1PB', practicePhone: '01670 512 408',
      nomineeTitle: 'Mrs', nomineeForename: 'Joanne', nomineeSurname: 'Pratt', nomineeJobTitle: 'Practice Manager', nomineeEmail: 'joanne.pratt@nhs.net', nomineePhone: '01670 512 408',
      roleLeadGp: true, signatoryName: 'Dr Ian Mercer', signatoryEmail: 'ian.mercer@nhs.net', signature: true, date: '12/11/2026',
    },
    {
      mode: 'acro',
      meta: { title: 'Open Exeter Primary User Request - GP Practices', creator: 'Adobe Acrobat Pro 2020', producer: 'Adobe PDF Library 20.5.0', date: '2026-11-12T16:45:00Z' },
      fieldNames: {
        practiceName: 'Text1', odsCode: 'Text2', practiceAddress: 'Text3', practicePhone: 'Text4', nomineeTitle: 'Text5', nomineeForename: 'Text6', nomineeSurname: 'Text7',
        nomineeJobTitle: 'Text8', nomineeEmail: 'Text9', nomineePhone: 'Text10', roleLeadGp: 'Check Box1', roleGpPartner: 'Check Box2', roleCaldicott: 'Check Box3',
        rolePrimaryContact: 'Check Box4', roleBoard: 'Check Box5', signatoryName: 'Text11', signatoryEmail: 'Text12', date: 'Text13',
      },
      signSeed: 'mercer-sig',
    },
  );
  out.push({
    mailbox: M, slug: 'primary-user-form-fillable', pdfs: ['acroform'],
    spec: {
      client: 'outlook', from: { name: 'PRATT, Joanne (ORCHARD HOUSE SURGERY)', email: 'joanne.pratt@nhs.net' }, to: [PCSE.oeBare], smartQuotes: true,
      subject: 'Open Exeter Primary User request - Orchard House Surgery A84011', date: '2026-11-16T12:20:45Z',
      body: `Hello,

Please find attached the completed Primary User request form for me, signed by our Lead GP, Dr Mercer. I have recently joined as Practice Manager and our previous Primary User has left the practice.

Kind regards

Joanne Pratt
Practice Manager
Orchard House Surgery
01670 512 408`,
      attachments: [{ filename: 'OE Primary User form - Orchard House.pdf', data: o01pdf }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A84011', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Joanne Pratt', 'joanne.pratt@nhs.net'), signatory: { ...person('Ian Mercer', 'ian.mercer@nhs.net'), role: 'lead_gp' } },
      mustRaise: [], traits: ['pdf_acroform', 'generic_field_names', 'name_split_in_form', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- Primary User form, handwritten, two scanned pages
  const o02pdf = await renderScan(
    oeGpForm(),
    {
      practiceName: 'Beacon Medical Group', odsCode: 'L83087', practiceAddress: 'The Beacon Centre, Tavistock Road\nPlymouth PL6 5XP', practicePhone: '01752 787 500',
      nomineeTitle: 'Miss', nomineeForename: 'Shona', nomineeSurname: 'McLeod', nomineeJobTitle: 'Reception Team Leader', nomineeEmail: 'shona.mcleod@nhs.net', nomineePhone: '01752 787 512',
      roleGpPartner: true, signatoryName: 'Dr Kavita Rao', signatoryEmail: 'kavita.rao1@nhs.net', signature: true, date: '17/11/26',
    },
    {
      hand: { font: 'HandA', size: 25, slant: 0.2, ink: 'rgb(22,38,125)', caps: ['practiceName', 'nomineeForename', 'nomineeSurname', 'signatoryName', 'nomineeJobTitle'] },
      defects: [
        { angle: 0.9, dx: 7, dy: -3, noise: 7, speckles: 90, edgeShadow: 'left', gray: false, quality: 72, blur: 0.5 },
        { angle: 0.6, dx: 5, dy: -1, noise: 7, speckles: 60, edgeShadow: 'left', gray: false, quality: 72, blur: 0.5 },
      ],
      pages: [0, 1], seed: 'o02-beacon',
      meta: { title: 'Scanned from a Xerox Multifunction Printer', creator: 'Xerox AltaLink C8135', producer: 'Xerox AltaLink C8135', date: '2026-11-18T10:14:55Z' },
    },
  );
  out.push({
    mailbox: M, slug: 'primary-user-form-scan-partner', pdfs: ['scan'],
    spec: {
      client: 'outlook', from: { name: 'McLEOD, Shona (BEACON MEDICAL GROUP)', email: 'shona.mcleod@nhs.net' }, to: [PCSE.oeBare],
      subject: 'Open Exeter form', date: '2026-11-18T10:17:08Z',
      body: `Please find attached Open Exeter primary user form.

Many thanks,
Shona`,
      attachments: [{ filename: 'Scanned from a Xerox Multifunction Printer.pdf', data: o02pdf }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L83087', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Shona McLeod', 'shona.mcleod@nhs.net'), signatory: { ...person('Kavita Rao', 'kavita.rao1@nhs.net'), role: 'gp_partner' } },
      mustRaise: [], traits: ['pdf_scan', 'handwriting', 'see_attached', 'everything_in_scan', 'two_pages'],
    },
  });

  // ---------------------------------------------------------------- Primary User form signed by the practice manager, scanned
  const o03pdf = await renderScan(
    oeGpForm(),
    {
      practiceName: 'Penrose Surgery', odsCode: 'H82064', practiceAddress: '41 Penrose Road\nWorthing BN11 2AA', practicePhone: '01903 234 561',
      nomineeTitle: 'Mrs', nomineeForename: 'Leanne', nomineeSurname: 'Bishop', nomineeJobTitle: 'Senior Receptionist', nomineeEmail: 'leanne.bishop2@nhs.net', nomineePhone: '01903 234 561',
      signatoryName: 'Kerry James (Practice Manager)', signatoryEmail: 'kerry.james4@nhs.net', signature: true, date: '19/11/2026',
    },
    {
      hand: { font: 'HandB', size: 23, slant: 0.1, ink: 'rgb(30,30,34)', caps: ['practiceName', 'nomineeSurname'], wobble: 0.8 },
      defects: [{ angle: -1.1, dx: -8, dy: 5, noise: 9, speckles: 160, edgeShadow: 'none', gray: true, quality: 62, blur: 0.7, toner: 0.25 }],
      pages: [0], seed: 'o03-penrose',
      meta: { title: 'SKM_C30025112014470', creator: 'KONICA MINOLTA bizhub C300i', producer: 'KONICA MINOLTA bizhub C300i', date: '2026-11-20T14:47:00Z' },
    },
  );
  out.push({
    mailbox: M, slug: 'primary-user-form-scan-manager-signed', pdfs: ['scan'],
    spec: {
      client: 'owa', from: { name: 'JAMES, Kerry (PENROSE SURGERY)', email: 'kerry.james4@nhs.net' }, to: [PCSE.oeBare],
      subject: 'OE primary user form', date: '2026-11-20T14:49:57Z',
      body: `Hi,

Attached is the form to set Leanne up as a second Primary User for Open Exeter. I've signed it myself as practice manager as the GPs are all either on leave or doing extra clinics this week - hope that's ok.

Thanks
Kerry

Kerry James
Practice Manager
Penrose Surgery
41 Penrose Road, Worthing BN11 2AA`,
      attachments: [{ filename: 'SKM_C30025112014470.pdf', data: o03pdf }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('H82064', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Leanne Bishop', 'leanne.bishop2@nhs.net'), signatory: { ...person('Kerry James', 'kerry.james4@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_scan', 'handwriting', 'no_role_ticked', 'role_written_after_name'],
    },
  });

  // ---------------------------------------------------------------- hospital colposcopy unit, flat form
  const o04pdf = await renderPdf(
    oeOtherForm(),
    {
      orgName: 'Royal Berkshire NHS Foundation Trust', orgUnit: 'Colposcopy Unit', odsCode: 'RHW', orgAddress: 'Royal Berkshire Hospital, London Road\nReading RG1 5AN',
      nomineeName: 'Grace Okonjo', nomineeJobTitle: 'Colposcopy Services Manager', nomineeEmail: 'grace.okonjo@nhs.net', nomineePhone: '0118 322 7190',
      roleCaldicott: true, signatoryName: 'Dr Peter Lambourne', signatoryJobTitle: 'Medical Director and Caldicott Guardian', signatoryEmail: 'peter.lambourne@nhs.net',
      signature: true, date: '13 November 2026',
    },
    { mode: 'flat', meta: { title: 'OE Primary User - other organisations', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-13T11:20:00Z' }, signSeed: 'lambourne' },
  );
  out.push({
    mailbox: M, slug: 'primary-user-other-organisation', pdfs: ['flat'],
    spec: {
      client: 'outlook', from: { name: 'OKONJO, Grace (ROYAL BERKSHIRE NHS FOUNDATION TRUST)', email: 'grace.okonjo@nhs.net' }, to: [PCSE.oeBare],
      subject: 'Open Exeter Primary User request - Colposcopy, Royal Berkshire Hospital', date: '2026-11-17T09:33:26Z',
      body: `Dear PCSE,

Please find attached a request for a Primary User for our colposcopy unit, signed by our Caldicott Guardian. We currently have only one Primary User and would like a second for cover.

Kind regards

Grace Okonjo
Colposcopy Services Manager
Women's Services
Royal Berkshire NHS Foundation Trust
London Road, Reading RG1 5AN
Tel: 0118 322 7190`,
      attachments: [{ filename: 'OE Primary User Request - Colposcopy RBH.pdf', data: o04pdf }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RHW', 'other'),
      fields: { organisationKind: 'other', nominee: person('Grace Okonjo', 'grace.okonjo@nhs.net'), signatory: { ...person('Peter Lambourne', 'peter.lambourne@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['pdf_flat', 'non_gp_organisation', 'trust_code', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- the practice's own retyped form, exported from Word
  const o05pdf = await renderPdf(
    wordOeForm(
      [
        ['Practice details', '#1'], ['Practice Name', 'practiceName'], ['Practice Code', 'odsCode'], ['Practice Address', 'practiceAddress'],
        ['Primary User', '#2'], ['Name', 'nomineeName'], ['Job Title', 'nomineeJobTitle'], ['NHSmail Address', 'nomineeEmail'], ['Telephone', 'nomineePhone'],
        ['Authorised Signatory', '#3'], ['Name', 'signatoryName'], ['Capacity', 'signatoryRole'], ['Email', 'signatoryEmail'], ['Signature', 'signature'], ['Date', 'date'],
      ],
      ['Open Exeter - Primary User Request', 'Elmwood Family Practice'],
    ),
    {
      practiceName: 'Elmwood Family Practice', odsCode: 'M83044', practiceAddress: '7 Elmwood Avenue, Walsall\nWS2 8PE', nomineeName: 'Lee Atkinson', nomineeJobTitle: 'Deputy Practice Manager',
      nomineeEmail: 'lee.atkinson@nhs.net', nomineePhone: '01922 605 770', signatoryName: 'Dr Alasdair Fraser', signatoryRole: 'Caldicott Guardian', signatoryEmail: 'a.fraser@nhs.net',
      signature: true, date: '20 November 2026',
    },
    { mode: 'flat', fontSize: 11, meta: { title: 'OE primary user', author: 'Lee Atkinson', creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', date: '2026-11-20T15:05:00Z' }, signSeed: 'fraser' },
  );
  out.push({
    mailbox: M, slug: 'primary-user-word-form',
    pdfs: ['flat'],
    spec: {
      client: 'outlook', from: { name: 'ATKINSON, Lee (ELMWOOD FAMILY PRACTICE)', email: 'lee.atkinson@nhs.net' }, to: [PCSE.oeBare],
      subject: 'Open Exeter primary user application', date: '2026-11-23T11:51:39Z',
      body: `Good morning,

Please see attached our Open Exeter primary user application for myself. It has been signed by Dr Fraser, who is our Caldicott Guardian.

Thanks

Lee Atkinson
Deputy Practice Manager
Elmwood Family Practice`,
      attachments: [{ filename: 'OE primary user.pdf', data: o05pdf }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('M83044', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Lee Atkinson', 'lee.atkinson@nhs.net'), signatory: { ...person('Alasdair Fraser', 'a.fraser@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['pdf_flat', 'own_form_layout', 'serif_table', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- details typed into the body by the existing Primary Contact
  out.push({
    mailbox: M, slug: 'primary-user-typed-in-body',
    spec: {
      client: 'outlook', from: { name: 'WOOD, Sharon (THE HEIGHTS SURGERY)', email: 'sharon.wood8@nhs.net' }, to: [PCSE.oeBare],
      subject: 'Additional Primary User - The Heights Surgery', date: '2026-11-26T13:07:12Z',
      body: `Hello,

I am currently the Primary Contact for Open Exeter at The Heights Surgery and would like our new Assistant Practice Manager to be set up as a second Primary User so that we have cover. I couldn't get the form to open on our system so I have typed the details below.

Practice name: The Heights Surgery
Practice code: K82619
Primary User name: Ryan Cole
Job title: Assistant Practice Manager
NHSmail address: ryan.cole3@nhs.net
Telephone: 01494 442 119

Authorised signatory: Sharon Wood, Existing Primary Contact

Regards
Sharon Wood
Practice Manager
The Heights Surgery`,
    },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('K82619', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Ryan Cole', 'ryan.cole3@nhs.net'), signatory: { ...person('Sharon Wood', 'sharon.wood8@nhs.net'), role: 'existing_primary_contact' } },
      mustRaise: [], traits: ['form_typed_in_body', 'labelled_lines', 'signatory_is_sender'],
    },
  });

  // ---------------------------------------------------------------- additional permissions
  out.push({
    mailbox: M, slug: 'permissions-gp-partner',
    spec: {
      client: 'outlook', from: { name: 'OKORO, Chidi (WESTFIELD MEDICAL CENTRE)', email: 'chidi.okoro@nhs.net' }, to: [PCSE.oeBare], smartQuotes: true,
      subject: 'Open Exeter - additional permissions for practice nurse', date: '2026-11-17T12:40:02Z',
      body: `Dear PCSE,

As a GP Partner at Westfield Medical Centre (D81015), I would like to request additional Open Exeter permissions for our practice nurse, Siân Dobbs. She already has an Open Exeter account, user ID SDOBBS01, email sian.dobbs@nhs.net.

Please could you add:
- Prior Notification List
- Cervical screening results enquiry

Many thanks

Dr Chidi Okoro
GP Partner
Westfield Medical Centre
Westfield Road, Cambridge CB4 3PB`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('D81015', 'gp_practice'),
      fields: {
        user: { ...person('Siân Dobbs', 'sian.dobbs@nhs.net'), username: 'SDOBBS01' },
        permissions: ['Prior Notification List', 'Cervical screening results enquiry'],
        signatory: { ...person('Chidi Okoro', 'chidi.okoro@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [], traits: ['bulleted_list', 'signatory_is_sender'],
    },
  });

  out.push({
    mailbox: M, slug: 'permissions-practice-manager',
    spec: {
      client: 'owa', from: { name: 'PRICE, Dawn (LINDEN HALL SURGERY)', email: 'dawn.price5@nhs.net' }, to: [PCSE.oeBare],
      subject: 'Open Exeter access', date: '2026-11-24T16:35:50Z',
      body: `Hi,

Could you please give our new HCA, Aisha Begum, access to the Prior Notification List on Open Exeter? Her username is ABEGUM7 and her email is aisha.begum11@nhs.net.

Thanks

Dawn Price
Practice Manager
Linden Hall Surgery (M82022)
Station Road, Newport, Shropshire TF10 7EN`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('M82022', 'gp_practice'),
      fields: {
        user: { ...person('Aisha Begum', 'aisha.begum11@nhs.net'), username: 'ABEGUM7' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Dawn Price', 'dawn.price5@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['short', 'code_in_signature'],
    },
  });

  out.push({
    mailbox: M, slug: 'permissions-partner-gmail',
    spec: {
      client: 'gmail', from: { name: 'Rob Kendrick', email: 'drrobkendrick@gmail.com' }, to: [PCSE.oeBare],
      subject: 'Open Exeter permissions - Lyndhurst Surgery', date: '2026-11-21T10:05:33Z',
      body: `Hello,

I'm a GP partner at Lyndhurst Surgery (J82155). Please could you add "Call and recall" and "Prior Notification List" permissions to our nurse Tanya Hill's Open Exeter account, username THILL3, email tanya.hill@nhs.net.

Sorry to email from my personal account, I can't get onto NHSmail from home.

Thanks
Rob Kendrick
GP Partner, Lyndhurst Surgery`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J82155', 'gp_practice'),
      fields: {
        user: { ...person('Tanya Hill', 'tanya.hill@nhs.net'), username: 'THILL3' },
        permissions: ['Call and recall', 'Prior Notification List'],
        signatory: { ...person('Rob Kendrick', 'drrobkendrick@gmail.com'), role: 'gp_partner' },
      },
      mustRaise: ['sender_not_nhs'], traits: ['gmail', 'weekend', 'quoted_permission_names'],
    },
  });

  // ---------------------------------------------------------------- Open Exeter's own notifications
  out.push({
    mailbox: M, slug: 'new-user-notification',
    spec: {
      client: 'system', from: NOTIFY, to: [PCSE.oeBare], subject: 'Open Exeter - New user created - A82045', date: '2026-11-16T08:05:12Z',
      body: notification({ code: 'A82045', orgName: 'LAKESIDE MEDICAL PRACTICE', user: 'HARRIS, EMMA', id: 'EHARRIS4', email: 'emma.harris21@nhs.net', by: 'WILSON, JANET', created: '15/11/2026 17:42' }),
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('A82045', 'gp_practice'),
      fields: { user: { ...person('Emma Harris', 'emma.harris21@nhs.net'), username: 'EHARRIS4' }, createdBy: person('Janet Wilson', null) },
      mustRaise: [], traits: ['system_notification', 'surname_first_capitals'],
    },
  });

  out.push({
    mailbox: M, slug: 'new-user-notification-2',
    spec: {
      client: 'system', from: NOTIFY, to: [PCSE.oeBare], subject: 'Open Exeter - New user created - B82613', date: '2026-11-19T13:47:26Z',
      body: notification({ code: 'B82613', orgName: 'PRIORY MEDICAL GROUP', user: 'KOWALSKA, MARTA', id: 'MKOWALSKA1', email: 'marta.kowalska@nhs.net', by: 'THOMPSON, GARY', created: '19/11/2026 13:40' }),
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('B82613', 'gp_practice'),
      fields: { user: { ...person('Marta Kowalska', 'marta.kowalska@nhs.net'), username: 'MKOWALSKA1' }, createdBy: person('Gary Thompson', null) },
      mustRaise: [], traits: ['system_notification', 'surname_first_capitals'],
    },
  });

  const o12n = {
    from: NOTIFY, to: [PCSE.oeBare], cc: [{ name: 'WILSON, Janet (LAKESIDE MEDICAL PRACTICE)', email: 'janet.wilson2@nhs.net' }], date: '2026-11-24T16:58:20Z',
    subject: 'Open Exeter - New user created - A82045',
    body: notification({ code: 'A82045', orgName: 'LAKESIDE MEDICAL PRACTICE', user: 'ANDERSON, LOUISE', id: 'LANDERSON9', email: 'louise.anderson8@nhs.net', by: 'WILSON, JANET', created: '24/11/2026 16:55' }),
  };
  out.push({
    mailbox: M, slug: 'new-user-forwarded-by-creator',
    spec: {
      client: 'outlook', from: { name: 'WILSON, Janet (LAKESIDE MEDICAL PRACTICE)', email: 'janet.wilson2@nhs.net' }, to: [PCSE.oeBare],
      subject: 'FW: Open Exeter - New user created - A82045', date: '2026-11-25T08:49:03Z',
      body: `Hi,

I set up our new practice nurse on Open Exeter yesterday - please could you authorise her account so that she can start using it on Monday?

Thanks

Janet Wilson
Practice Manager
Lakeside Medical Practice`,
      quoted: [o12n], quoteMode: 'forward',
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('A82045', 'gp_practice'),
      fields: { user: { ...person('Louise Anderson', 'louise.anderson8@nhs.net'), username: 'LANDERSON9' }, createdBy: person('Janet Wilson', 'janet.wilson2@nhs.net') },
      mustRaise: [], traits: ['forward', 'system_notification_forwarded', 'creator_is_sender'],
    },
  });

  // ---------------------------------------------------------------- unclassified
  const o13ack = {
    from: PCSE.oe, to: [{ name: 'PRATT, Joanne (ORCHARD HOUSE SURGERY)', email: 'joanne.pratt@nhs.net' }], date: '2026-11-16T15:02:09Z',
    subject: 'PCSE-2026-041611 Open Exeter Primary User request - Orchard House Surgery A84011',
    body: `Thank you for contacting Primary Care Support England.

Your enquiry has been logged under reference PCSE-2026-041611. Please quote this reference in any further correspondence about this enquiry.

${PCSE_SIGN}`,
  };
  out.push({
    mailbox: M, slug: 'chaser-primary-user',
    spec: {
      client: 'ios', from: { name: 'PRATT, Joanne (ORCHARD HOUSE SURGERY)', email: 'joanne.pratt@nhs.net' }, to: [PCSE.oe],
      subject: 'RE: PCSE-2026-041611 Open Exeter Primary User request - Orchard House Surgery A84011', date: '2026-11-26T16:22:18Z',
      body: `Hi, is there any update on this please? We have a new nurse starting next week who will need setting up.
Thanks
Joanne`,
      quoted: [o13ack],
    },
    expected: unclassified(['chaser', 'case_reference', 'mobile', 'reply_in_thread']),
  });

  out.push({
    mailbox: M, slug: 'auto-reply-annual-leave',
    spec: {
      client: 'outlook', from: { name: 'OKORO, Chidi (WESTFIELD MEDICAL CENTRE)', email: 'chidi.okoro@nhs.net' }, to: [PCSE.oe],
      subject: 'Automatic reply: PCSE-2026-041733 Open Exeter - additional permissions for practice nurse', date: '2026-11-24T09:12:40Z', footer: false,
      body: `I am on annual leave until Tuesday 1 December and will not be checking my emails.

For clinical matters please contact Westfield Medical Centre on 01223 364 102. For Open Exeter queries please contact our practice manager.

Dr Chidi Okoro`,
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: chidi.okoro@nhs.net', 'In-Reply-To: <CWXP265MB4481C7D20E5A93F14B8D2A60E3F7@CWXP265MB4481.GBRP265.PROD.OUTLOOK.COM>'],
    },
    expected: unclassified(['auto_reply', 'case_reference'], 'auto_reply'),
  });

  out.push({
    mailbox: M, slug: 'question-password-reset',
    spec: {
      client: 'outlook', from: { name: 'NAYLOR, Joy (ST JOHN\'S MEDICAL CENTRE)', email: 'joy.naylor@nhs.net' }, to: [PCSE.oeBare],
      subject: 'Open Exeter password', date: '2026-11-18T15:02:44Z',
      body: `Hello,

One of our nurses has forgotten her Open Exeter password. Is this something PCSE resets or can we do it at the practice? I'm not sure who our Primary User is at the moment.

Thanks

Joy Naylor
Receptionist
St John's Medical Centre`,
    },
    expected: unclassified(['question']),
  });

  return out;
}
