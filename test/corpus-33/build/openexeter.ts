// Emails that arrived in pcse.openexeter@nhs.net.
import { NHSMAIL_FOOTER as F, type Mail } from './lib.js';
import { oeFormLayout, renderPdf, renderScan, tableLayout } from './pdfs.js';
import { coverLetterPage } from './scans.js';

const gp = (odsCode: string | null) => ({ odsCode, type: 'gp_practice' });
const pdf = (filename: string, content: Buffer) => ({ filename, contentType: 'application/pdf', content });

export async function openexeterMails(): Promise<Mail[]> {
  // 1. GP form, fillable, complete; Lead GP signs
  const oe01 = await renderPdf(
    oeFormLayout({
      variant: 'gp',
      names: 'acrobat',
      orgName: 'Heathcoat Medical Practice',
      orgCode: 'L83103',
      orgAddress: 'Kennedy Way, Tiverton, Devon EX16 6NT',
      nominee: { title: 'Mrs', forename: 'Claire', surname: 'Vosper', jobTitle: 'Practice Manager', email: 'claire.vosper@nhs.net', phone: '01884 254401' },
      signatory: { name: 'Dr Aled Hughes', position: 'Lead GP / Senior Partner', email: 'aled.hughes1@nhs.net', capacity: 'Lead GP', signed: true, date: '08/01/2027' },
    }),
    'acro',
    { title: 'Open Exeter Primary User request - GP practices', author: 'PCSE' },
  );

  // 2. GP form printed, filled in by hand in block capitals, scanned; GP partner signs
  const oe02 = await renderScan(
    oeFormLayout({
      variant: 'gp',
      hand: 'caps',
      orgName: 'Carn Brea Surgery',
      orgCode: 'L82071',
      orgAddress: 'Station Hill, Redruth TR15 2PP',
      nominee: { title: 'Miss', forename: 'Jade', surname: 'Tregenza', jobTitle: 'Reception Manager', email: 'jade.tregenza@nhs.net', phone: '01209 215660' },
      signatory: { name: 'Dr Nikolai Petrov', position: 'GP Partner', email: 'nikolai.petrov@nhs.net', capacity: 'GP Partner', signed: true, date: '11/01/2027' },
    }),
    [
      { seed: 'oe02-p1', skewDeg: 1.3, noise: 0.5, blur: 0.6, contrast: 0.9, shadowEdge: true },
      { seed: 'oe02-p2', skewDeg: 0.9, noise: 0.5, blur: 0.6, contrast: 0.9, shadowEdge: true },
    ],
    { title: 'SCAN0117' },
  );

  // 3. Community trust, the form retyped into a two-column Word table; board member signs
  const oe03 = await renderPdf(
    tableLayout(
      'Open Exeter - Request for a Primary User (Other Organisations)',
      'Form re-typed from the PCSE template for completion on screen. Signed copy held by the Trust Board Secretary.',
      [
        'Section 1: Organisation details',
        ['Organisation name', 'Kernow Community Health NHS Trust'],
        ['Organisation (ODS) code', 'RK7'],
        ['Type of organisation', 'Community NHS trust (sexual health and\ncommunity gynaecology services)'],
        ['Address', 'Trevithick House\nPool Business Park\nRedruth\nTR15 3QG'],
        'Section 2: Proposed Primary User',
        ['Title', 'Mr'],
        ['First name', 'Tomasz'],
        ['Surname', 'Wisniewski'],
        ['Job title', 'Screening Services Administrator'],
        ['NHS email address', 'tomasz.wisniewski@nhs.net'],
        ['Telephone', '01209 881 322'],
        'Section 3: Authorised signatory',
        ['Capacity', 'Member of the Board of Directors'],
        ['Signatory name', 'Helen Carthew'],
        ['Position / job title', 'Director of Nursing and Quality (Executive\nDirector, Trust Board)'],
        ['Signatory NHS email', 'helen.carthew@nhs.net'],
        ['Signature', '/s/ H. Carthew (electronic signature)'],
        ['Date', '12 January 2027'],
      ],
      'Return to pcse.openexeter@nhs.net',
    ),
    'flat',
    { title: 'OE Primary User request - KCHT', author: 'Carthew Helen (KERNOW COMMUNITY HEALTH NHS TRUST)' },
  );

  // 4. Hospice, form typed, printed, signed and scanned with page 1 fed upside down; Caldicott Guardian signs
  const oe04 = await renderScan(
    oeFormLayout({
      variant: 'other',
      hand: 'typed',
      orgName: "St Piran's Hospice",
      orgCode: '8HV12',
      orgType: 'Independent hospice (charity)',
      orgAddress: 'Treliske Lane, Truro, Cornwall TR1 3LS',
      nominee: { title: 'Mrs', forename: 'Beverley', surname: 'Rowse', jobTitle: 'Clinical Administration Lead', email: 'beverley.rowse@nhs.net', phone: '01872 221 904' },
      signatory: { name: 'Dr Catriona Lamont', position: 'Medical Director and Caldicott Guardian', email: 'catriona.lamont@nhs.net', capacity: 'Caldicott Guardian', signed: true, date: '13/01/2027' },
    }),
    [
      { seed: 'oe04-p1', rotate: 180, skewDeg: -0.8, noise: 0.35, blur: 0.4 },
      { seed: 'oe04-p2', skewDeg: 0.5, noise: 0.35, blur: 0.4 },
    ],
    { title: 'Scanned document' },
  );

  // 5. ICB, fillable, complete; existing primary user signs
  const oe05 = await renderPdf(
    oeFormLayout({
      variant: 'other',
      orgName: 'NHS Wessex Vale Integrated Care Board',
      orgCode: 'QSL',
      orgType: 'Integrated Care Board',
      orgAddress: 'Wynford House, Lufton Way, Yeovil BA22 8HR',
      nominee: { title: 'Ms', forename: 'Adaeze', surname: 'Nwosu', jobTitle: 'Screening Quality Assurance Officer', email: 'adaeze.nwosu@nhs.net', phone: '01935 384 117' },
      signatory: { name: 'Mark Haddow', position: 'Primary Care Data Manager', email: 'mark.haddow@nhs.net', capacity: 'Existing Primary User within the organisation', signed: true, date: '14/01/2027' },
    }),
    'acro',
    { title: 'Open Exeter Primary User request - other organisations', author: 'PCSE' },
  );

  // 6. Local authority sexual health service, flat (Word export in Times); head of commissioning signs, no capacity ticked
  const oe06 = await renderPdf(
    oeFormLayout({
      variant: 'other',
      orgName: 'Torbridge Council - Integrated Sexual Health Service',
      orgCode: null,
      orgType: 'Local authority (public health)',
      orgAddress: 'Civic Offices, Castle Circus, Torbridge TQ1 3DR',
      nominee: { title: 'Ms', forename: 'Shona', surname: 'Kilbride', jobTitle: 'Service Administrator', email: 'shona.kilbride@nhs.net', phone: '01803 207 640' },
      signatory: { name: 'Paul Gerrard', position: 'Head of Public Health Commissioning', email: 'paul.gerrard@torbridge.gov.uk', capacity: null, signed: true, date: '14.01.27' },
    }),
    'flat',
    { title: 'OE PU form - Torbridge ISHS', author: 'Kilbride, Shona', serif: true },
  );

  // 7. Out-of-hours provider with a Y code, fillable; a Lead GP signs
  const oe07 = await renderPdf(
    oeFormLayout({
      variant: 'other',
      orgName: 'Westcountry Urgent Care CIC - Out of Hours Service',
      orgCode: 'Y02741',
      orgType: 'Out-of-hours provider',
      orgAddress: 'Unit 4, Sowton Business Park, Exeter EX2 7LB',
      nominee: { title: 'Mr', forename: 'Gareth', surname: 'Lethbridge', jobTitle: 'Clinical Systems Manager', email: 'gareth.lethbridge@nhs.net', phone: '01392 355 812' },
      signatory: { name: 'Dr Sanjay Mehta', position: 'Lead GP, Out of Hours', email: 'sanjay.mehta3@nhs.net', capacity: null, signed: true, date: '15/01/2027' },
    }),
    'acro',
    { title: 'Open Exeter Primary User request - other organisations', author: 'PCSE' },
  );

  // 9. GP practice company: covering letter on letterhead with a stamp, then the form, scanned together
  const oe09Form = oeFormLayout({
    variant: 'gp',
    hand: 'typed',
    orgName: 'Temple Quay Practice (Brunel Health Partnership Ltd)',
    orgCode: 'L81144',
    orgAddress: '1 Kingsley Hall, Temple Way, Bristol BS1 6NH',
    nominee: { title: 'Mrs', forename: 'Kathryn', surname: 'Dyer', jobTitle: 'Operations Manager', email: 'kathryn.dyer@nhs.net', phone: '0117 902 1188' },
    signatory: { name: 'Dr Olumide Bankole', position: 'Medical Director, Brunel Health Partnership Ltd', email: 'olumide.bankole@nhs.net', capacity: 'Member of the Board of Directors', signed: true, date: '18/01/2027' },
  });
  const oe09 = await renderScan(
    [
      coverLetterPage(),
      oe09Form[0]!,
    ],
    [
      { seed: 'oe09-p1', skewDeg: -0.6, noise: 0.4, blur: 0.5, contrast: 0.85 },
      { seed: 'oe09-p2', skewDeg: 1.1, noise: 0.45, blur: 0.5, contrast: 0.85 },
    ],
    { title: 'Scan_20270118_1042' },
  );

  // 10. GP form, fillable, signed by the practice manager (no capacity ticked)
  const oe10 = await renderPdf(
    oeFormLayout({
      variant: 'gp',
      orgName: 'Ashburton Surgery',
      orgCode: 'L83077',
      orgAddress: '1 Eastern Road, Ashburton, Newton Abbot TQ13 7AP',
      nominee: { title: 'Mr', forename: 'Liam', surname: 'Ferris', jobTitle: 'Reception Supervisor', email: 'liam.ferris@nhs.net', phone: '01364 652731' },
      signatory: { name: 'Gillian Moyle', position: 'Practice Manager', email: 'gillian.moyle@nhs.net', capacity: null, signed: true, date: '19/01/2027' },
    }),
    'acro',
    { title: 'Open Exeter Primary User request - GP practices', author: 'PCSE' },
  );

  // 11. Lead GP nominates herself, two-column table
  const oe11 = await renderPdf(
    tableLayout(
      'Open Exeter Primary User - GP practice',
      null,
      [
        'Practice',
        ['Practice name', 'Lympstone Village Surgery'],
        ['ODS code', 'L83134'],
        ['Address', 'The Strand, Lympstone, Exmouth EX8 5JW'],
        'Person to be set up as Primary User',
        ['Name', 'Dr Ffion Beddoe'],
        ['Job title', 'Lead GP'],
        ['Email', 'ffion.beddoe@nhs.net'],
        ['Phone', '01395 263 170'],
        'Authorised signatory',
        ['Name', 'Dr Ffion Beddoe'],
        ['Signing as', 'Lead GP'],
        ['Email', 'ffion.beddoe@nhs.net'],
        ['Signed', 'F Beddoe'],
        ['Date', '20/01/2027'],
      ],
      'I am completing this as both the nominee and the signatory until our new practice manager starts in March.',
    ),
    'flat',
    { title: 'OE primary user', author: 'Beddoe Ffion' },
  );

  // 12. GP form, fillable, half filled: the signatory section left blank
  const oe12 = await renderPdf(
    oeFormLayout({
      variant: 'gp',
      names: 'acrobat',
      orgName: 'Wiveliscombe Medical Centre',
      orgCode: 'L85067',
      orgAddress: 'North Street, Wiveliscombe, Taunton TA4 2LA',
      nominee: { title: 'Ms', forename: 'Rosie', surname: 'Hembrow', jobTitle: 'Administrator', email: 'rosie.hembrow@nhs.net', phone: null },
      signatory: { name: null, position: null, email: null, capacity: null, signed: false, date: null },
    }),
    'acro',
    { title: 'Open Exeter Primary User request - GP practices', author: 'PCSE' },
  );

  const mails: Mail[] = [
    {
      slug: 'oe-gp-acroform-lead-gp',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Claire Vosper', email: 'claire.vosper@nhs.net' },
      subject: 'Open Exeter Primary User form - Heathcoat Medical Practice',
      date: 'Mon, 11 Jan 2027 09:07:44 +0000',
      html: true,
      text: `Good morning,

Please find attached our signed form asking for me to be set up as a Primary User on Open Exeter. Dr Hughes has signed it as our Lead GP.

Kind regards

Claire Vosper
Practice Manager
Heathcoat Medical Practice
${F}`,
      attachments: [pdf('OE Primary User form - Heathcoat.pdf', oe01)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L83103'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Claire Vosper', email: 'claire.vosper@nhs.net' },
          signatory: { name: 'Aled Hughes', email: 'aled.hughes1@nhs.net', role: 'lead_gp' },
        },
        mustRaise: [],
        traits: ['pdf_acroform', 'sender_is_nominee', 'drawn_signature'],
      },
    },
    {
      slug: 'oe-gp-handwritten-scan-partner',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Jade Tregenza', email: 'jade.tregenza@nhs.net' },
      subject: 'Primary user form',
      date: 'Mon, 11 Jan 2027 16:55:20 +0000',
      text: `Hi,

Sorry it's a scan - the form wouldn't let us type in it so we printed it and filled it in by hand. Dr Petrov has signed it.

Thanks
Jade
${F}`,
      attachments: [pdf('SCAN0117.pdf', oe02)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L82071'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Jade Tregenza', email: 'jade.tregenza@nhs.net' },
          signatory: { name: 'Nikolai Petrov', email: 'nikolai.petrov@nhs.net', role: 'gp_partner' },
        },
        mustRaise: [],
        traits: ['scan', 'handwritten_block_capitals', 'hand_tick', 'scribbled_signature', 'skew', 'ods_in_pdf_only'],
      },
    },
    {
      slug: 'oe-community-trust-table-board-member',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Carthew Helen (KERNOW COMMUNITY HEALTH NHS TRUST)', email: 'helen.carthew@nhs.net' },
      cc: ['Wisniewski Tomasz (KERNOW COMMUNITY HEALTH NHS TRUST) <tomasz.wisniewski@nhs.net>'],
      subject: 'Open Exeter Primary User request - Kernow Community Health NHS Trust (RK7)',
      date: 'Tue, 12 Jan 2027 12:14:03 +0000',
      html: true,
      text: `Dear PCSE Open Exeter team,

Our sexual health service needs its own Primary User on Open Exeter. Please find attached the request for Tomasz, signed by me as an executive member of the Trust Board.

With kind regards

Helen Carthew
Director of Nursing and Quality
Kernow Community Health NHS Trust
${F}`,
      attachments: [pdf('OE PU request KCHT.pdf', oe03)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'RK7', type: 'other' },
        fields: {
          organisationKind: 'other',
          nominee: { name: 'Tomasz Wisniewski', email: 'tomasz.wisniewski@nhs.net' },
          signatory: { name: 'Helen Carthew', email: 'helen.carthew@nhs.net', role: 'board_member' },
        },
        mustRaise: [],
        traits: ['pdf_text_table', 'non_gp_organisation', 'trust_code', 'signatory_is_sender', 'nhsmail_display_name'],
      },
    },
    {
      slug: 'oe-hospice-scan-upside-down-caldicott',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Beverley Rowse', email: 'beverley.rowse@nhs.net' },
      subject: "Open Exeter - St Piran's Hospice primary user",
      date: 'Wed, 13 Jan 2027 15:30:48 +0000',
      text: `Hello,

Attached is our Primary User request signed by our Caldicott Guardian. Apologies, I think the first page has gone through the scanner upside down.

We are a hospice rather than a GP practice so I have used the form for other organisations.

Many thanks
Beverley Rowse
Clinical Administration Lead
St Piran's Hospice
${F}`,
      attachments: [pdf('Scanned document.pdf', oe04)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: '8HV12', type: 'other' },
        fields: {
          organisationKind: 'other',
          nominee: { name: 'Beverley Rowse', email: 'beverley.rowse@nhs.net' },
          signatory: { name: 'Catriona Lamont', email: 'catriona.lamont@nhs.net', role: 'caldicott_guardian' },
        },
        mustRaise: [],
        traits: ['scan', 'rotated_180', 'non_gp_organisation', 'hospice', 'ods_in_pdf_only'],
      },
    },
    {
      slug: 'oe-icb-acroform-existing-primary-user',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Mark Haddow', email: 'mark.haddow@nhs.net' },
      subject: 'Additional Primary User for the ICB',
      date: 'Thu, 14 Jan 2027 10:09:26 +0000',
      html: true,
      text: `Hi,

I'm currently the only Primary User for the ICB on Open Exeter and, as you recommend two, I'd like Adaeze Nwosu in our screening QA team set up as a second one. Form attached, signed by me as the existing Primary User.

Regards,
Mark Haddow
Primary Care Data Manager
NHS Wessex Vale Integrated Care Board
${F}`,
      attachments: [pdf('OE_PU_Request_Nwosu.pdf', oe05)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'QSL', type: 'other' },
        fields: {
          organisationKind: 'other',
          nominee: { name: 'Adaeze Nwosu', email: 'adaeze.nwosu@nhs.net' },
          signatory: { name: 'Mark Haddow', email: 'mark.haddow@nhs.net', role: 'existing_primary_user' },
        },
        mustRaise: [],
        traits: ['pdf_acroform', 'non_gp_organisation', 'icb', 'second_primary_user'],
      },
    },
    {
      slug: 'oe-local-authority-signatory-not-allowed',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Shona Kilbride', email: 'shona.kilbride@nhs.net' },
      subject: 'Open Exeter access - Torbridge Integrated Sexual Health Service',
      date: 'Thu, 14 Jan 2027 14:51:12 +0000',
      text: `Dear Sir / Madam,

Torbridge Council commissions and runs the integrated sexual health service and we take cervical samples in clinic, so we need a Primary User on Open Exeter. We do not have an ODS code of our own that we know of.

Please find the completed form attached, signed by Paul Gerrard, our Head of Public Health Commissioning.

Kind regards
Shona Kilbride
Service Administrator
Torbridge Integrated Sexual Health Service
${F}`,
      attachments: [pdf('OE PU form - Torbridge ISHS.pdf', oe06)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: null, type: 'other' },
        fields: {
          organisationKind: 'other',
          nominee: { name: 'Shona Kilbride', email: 'shona.kilbride@nhs.net' },
          signatory: { name: 'Paul Gerrard', email: 'paul.gerrard@torbridge.gov.uk', role: 'other' },
        },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['pdf_text', 'serif', 'local_authority', 'no_ods_code', 'no_capacity_ticked'],
      },
    },
    {
      slug: 'oe-out-of-hours-y-code-lead-gp',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Gareth Lethbridge', email: 'gareth.lethbridge@nhs.net' },
      subject: 'OOH - Open Exeter primary user (Y02741)',
      date: 'Fri, 15 Jan 2027 17:40:02 +0000',
      text: `Good evening,

Westcountry Urgent Care runs the out-of-hours service for the area and we would like a Primary User on Open Exeter so our clinical systems team can manage staff access. Our form is attached, signed by Dr Mehta who is the Lead GP for the out-of-hours service.

Thanks,
Gareth Lethbridge
Clinical Systems Manager
Westcountry Urgent Care CIC
${F}`,
      attachments: [pdf('Open Exeter PU - WUC OOH.pdf', oe07)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('Y02741'),
        fields: {
          organisationKind: 'other',
          nominee: { name: 'Gareth Lethbridge', email: 'gareth.lethbridge@nhs.net' },
          signatory: { name: 'Sanjay Mehta', email: 'sanjay.mehta3@nhs.net', role: 'lead_gp' },
        },
        mustRaise: ['signatory_role_not_allowed', 'ods_type_mismatch'],
        traits: ['pdf_acroform', 'out_of_hours', 'y_code_shape_is_gp', 'no_capacity_ticked'],
      },
    },
    {
      slug: 'oe-gp-existing-primary-contact-no-form',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Debbie Lavis', email: 'debbie.lavis@nhs.net' },
      subject: 'Second Primary User - Abbotskerswell Surgery L83145',
      date: 'Mon, 18 Jan 2027 08:47:19 +0000',
      html: true,
      text: `Dear Open Exeter team,

I am the existing Primary Contact for Abbotskerswell Surgery (L83145). I would like my deputy, Ms Natalie Crocker, to be set up as our second Primary User so that we have cover when I am on leave. Natalie's email address is natalie.crocker@nhs.net.

Please let me know if you need anything further.

Debbie Lavis
Practice Manager and Open Exeter Primary Contact
Abbotskerswell Surgery
${F}`,
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L83145'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Natalie Crocker', email: 'natalie.crocker@nhs.net' },
          signatory: { name: 'Debbie Lavis', email: 'debbie.lavis@nhs.net', role: 'existing_primary_contact' },
        },
        mustRaise: [],
        traits: ['no_form', 'signatory_is_sender', 'practice_manager_as_primary_contact', 'second_primary_user'],
      },
    },
    {
      slug: 'oe-gp-company-cover-letter-scan',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Kathryn Dyer', email: 'kathryn.dyer@nhs.net' },
      subject: 'Open Exeter request - Temple Quay Practice',
      date: 'Mon, 18 Jan 2027 11:02:37 +0000',
      text: `Please see attached covering letter and form.

Kathryn Dyer
Operations Manager
${F}`,
      attachments: [pdf('Scan_20270118_1042.pdf', oe09)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L81144'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Kathryn Dyer', email: 'kathryn.dyer@nhs.net' },
          signatory: { name: 'Olumide Bankole', email: 'olumide.bankole@nhs.net', role: 'board_member' },
        },
        mustRaise: [],
        traits: ['scan', 'cover_letter_page', 'letterhead', 'stamp', 'form_on_page_2', 'see_attached', 'gp_company_board'],
      },
    },
    {
      slug: 'oe-gp-practice-manager-signed',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Gillian Moyle', email: 'gillian.moyle@nhs.net' },
      subject: 'OE primary user - Ashburton Surgery',
      date: 'Tue, 19 Jan 2027 09:55:41 +0000',
      html: true,
      text: `Hi,

Form attached for Liam to become a Primary User. I have signed it as practice manager as the GPs are all on clinics this week.

Thanks
Gill Moyle
Practice Manager
Ashburton Surgery
${F}`,
      attachments: [pdf('OE form Liam Ferris.pdf', oe10)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L83077'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Liam Ferris', email: 'liam.ferris@nhs.net' },
          signatory: { name: 'Gillian Moyle', email: 'gillian.moyle@nhs.net', role: 'other' },
        },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['pdf_acroform', 'practice_manager_signatory', 'no_capacity_ticked', 'nickname_in_signoff'],
      },
    },
    {
      slug: 'oe-lead-gp-nominates-herself',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Ffion Beddoe', email: 'ffion.beddoe@nhs.net' },
      subject: 'Open Exeter Primary User - L83134',
      date: 'Wed, 20 Jan 2027 13:13:13 +0000',
      text: `Dear PCSE,

Our practice manager retired at Christmas and nobody at the practice now has Organisation Maintenance. Until our new manager starts I will be the Primary User myself; the details are in the attached table, which I have signed as Lead GP.

Best wishes
Dr Ffion Beddoe
Lead GP, Lympstone Village Surgery
${F}`,
      attachments: [pdf('OE primary user - Lympstone.pdf', oe11)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L83134'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Ffion Beddoe', email: 'ffion.beddoe@nhs.net' },
          signatory: { name: 'Ffion Beddoe', email: 'ffion.beddoe@nhs.net', role: 'lead_gp' },
        },
        mustRaise: [],
        traits: ['pdf_text_table', 'signatory_is_nominee', 'ods_in_subject'],
      },
    },
    {
      slug: 'oe-half-filled-acroform-no-signatory',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Rosie Hembrow', email: 'rosie.hembrow@nhs.net' },
      subject: 'Open Exeter form',
      date: 'Wed, 20 Jan 2027 16:24:50 +0000',
      text: `Hello

Please find attached my Open Exeter Primary User form.

Rosie Hembrow
Administrator
Wiveliscombe Medical Centre
${F}`,
      attachments: [pdf('Open Exeter PU form.pdf', oe12)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L85067'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Rosie Hembrow', email: 'rosie.hembrow@nhs.net' },
          signatory: { name: null, email: null, role: 'other' },
        },
        mustRaise: ['missing_signature'],
        traits: ['pdf_acroform', 'half_filled', 'signatory_missing', 'ods_in_pdf_only'],
      },
    },
    {
      slug: 'oe-request-without-signatory',
      mailbox: 'openexeter',
      client: 'outlook-mobile',
      from: { name: 'Wellington Road Surgery Reception', email: 'wellingtonroad.reception@nhs.net' },
      subject: 'New primary user please',
      date: 'Thu, 21 Jan 2027 10:30:05 +0000',
      text: `Hi, our practice manager has left and we need our new one, Gemma Ruddock (gemma.ruddock@nhs.net), set up as primary user on Open Exeter for Wellington Road Surgery, L85061. Nobody here can add or reset users at the moment. Can you do this for us?

Thanks, reception team

Get Outlook for Android`,
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L85061'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Gemma Ruddock', email: 'gemma.ruddock@nhs.net' },
          signatory: { name: null, email: null, role: 'other' },
        },
        mustRaise: [],
        traits: ['no_form', 'signatory_missing', 'shared_mailbox_sender', 'mobile', 'staff_left'],
      },
    },
    {
      slug: 'oe-permissions-caldicott',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Dr Harriet Osei', email: 'harriet.osei@nhs.net' },
      subject: 'Additional Open Exeter permissions - Topsham Surgery',
      date: 'Fri, 22 Jan 2027 08:58:33 +0000',
      html: true,
      text: `Dear Open Exeter team,

As Caldicott Guardian for Topsham Surgery (L83152), please could you add the following to the existing Open Exeter account of our practice nurse Anna Kowalczyk (user ID AKOWA1, anna.kowalczyk@nhs.net):

- Prior Notification List (PNL)
- Cytology Results Enquiry

Thank you.

Dr Harriet Osei
GP and Caldicott Guardian
Topsham Surgery
${F}`,
      expected: {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: gp('L83152'),
        fields: {
          user: { name: 'Anna Kowalczyk', email: 'anna.kowalczyk@nhs.net', username: 'AKOWA1' },
          permissions: ['Prior Notification List (PNL)', 'Cytology Results Enquiry'],
          signatory: { name: 'Harriet Osei', email: 'harriet.osei@nhs.net', role: 'caldicott_guardian' },
        },
        mustRaise: [],
        traits: ['bulleted_list', 'signatory_is_sender'],
      },
    },
    {
      slug: 'oe-permissions-practice-manager',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Steve Hallett', email: 'steve.hallett@nhs.net' },
      subject: 'Organisation Maintenance for Lucy',
      date: 'Fri, 22 Jan 2027 12:41:56 +0000',
      text: `Hi

Could you give Lucy Bellamy (Open Exeter user LBELL3) Organisation Maintenance access please? She's our new deputy practice manager and will be looking after Open Exeter users with me.

Cheers
Steve Hallett
Practice Manager
Cheriton Bishop Surgery (L83171)
${F}`,
      expected: {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: gp('L83171'),
        fields: {
          user: { name: 'Lucy Bellamy', email: null, username: 'LBELL3' },
          permissions: ['Organisation Maintenance'],
          signatory: { name: 'Steve Hallett', email: 'steve.hallett@nhs.net', role: 'other' },
        },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['practice_manager_requester', 'ods_in_signature_only', 'missing_field'],
      },
    },
    {
      slug: 'oe-permissions-partner-gmail',
      mailbox: 'openexeter',
      client: 'gmail',
      from: { name: 'Tom Ashworth', email: 'tom.ashworth.gp@gmail.com' },
      subject: 'PNL access for our HCA',
      date: 'Sat, 23 Jan 2027 10:16:21 +0000',
      text: `Hello,

I'm a GP partner at Chudleigh Surgery (L83083). Please could you add
Prior Notification List access to the Open Exeter account of our
healthcare assistant Sinead Farrell, user ID SFARR2.

Apologies for using my personal email, I'm working from home this weekend
and can't get into NHSmail.

Dr Tom Ashworth
GP Partner, Chudleigh Surgery`,
      expected: {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: gp('L83083'),
        fields: {
          user: { name: 'Sinead Farrell', email: null, username: 'SFARR2' },
          permissions: ['Prior Notification List'],
          signatory: { name: 'Tom Ashworth', email: 'tom.ashworth.gp@gmail.com', role: 'gp_partner' },
        },
        mustRaise: ['sender_not_nhs'],
        traits: ['personal_email', 'gmail', 'hard_wrapped'],
      },
    },
    {
      slug: 'oe-new-user-notification',
      mailbox: 'openexeter',
      client: 'system',
      from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' },
      subject: 'Open Exeter - New User Created - L81063',
      date: 'Tue, 19 Jan 2027 14:02:58 +0000',
      text: `This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation:     L81063  BISHOPSWORTH MEDICAL CENTRE
User ID:          KWALL4
User name:        WALLACE, KIRSTY
User email:       kirsty.wallace7@nhs.net
Created by:       SHERIDAN, PAULA (PSHER1)
Date created:     19/01/2027 14:02

Applications requested: Prior Notification List; Result Enquiry`,
      expected: {
        kind: 'open_exeter_new_user_authorisation',
        ignored: null,
        organisation: gp('L81063'),
        fields: {
          user: { name: 'Kirsty Wallace', email: 'kirsty.wallace7@nhs.net', username: 'KWALL4' },
          createdBy: { name: 'Paula Sheridan', email: null },
        },
        mustRaise: [],
        traits: ['system_notification', 'surname_first_caps'],
      },
    },
    {
      slug: 'oe-new-user-forwarded-by-trust',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Penrose Joanne (KERNOW COMMUNITY HEALTH NHS TRUST)', email: 'joanne.penrose@nhs.net' },
      subject: 'FW: Open Exeter - New User Created - RK7',
      date: 'Wed, 20 Jan 2027 09:20:14 +0000',
      html: true,
      text: `Morning,

I've just set Dev up - could you authorise him and send his password please? He starts in clinic on Monday.

Thanks
Jo Penrose
Sexual Health Services Manager / Open Exeter Primary User
Kernow Community Health NHS Trust

From: Open Exeter <openexeter.notifications@nhs.net>
Sent: 20 January 2027 09:11
To: PCSE Open Exeter <pcse.openexeter@nhs.net>; Penrose Joanne (KERNOW COMMUNITY HEALTH NHS TRUST) <joanne.penrose@nhs.net>
Subject: Open Exeter - New User Created - RK7

This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation:     RK7  KERNOW COMMUNITY HEALTH NHS TRUST
User ID:          DPATE9
User name:        PATEL, DEV
User email:       dev.patel4@nhs.net
Created by:       PENROSE, JOANNE (JPENR1)
Date created:     20/01/2027 09:11
${F}`,
      expected: {
        kind: 'open_exeter_new_user_authorisation',
        ignored: null,
        organisation: { odsCode: 'RK7', type: 'other' },
        fields: {
          user: { name: 'Dev Patel', email: 'dev.patel4@nhs.net', username: 'DPATE9' },
          createdBy: { name: 'Joanne Penrose', email: 'joanne.penrose@nhs.net' },
        },
        mustRaise: [],
        traits: ['forwarded_notification', 'creator_forwards', 'non_gp_organisation', 'trust_code'],
      },
    },
    {
      slug: 'oe-misdirected-main-contact-change',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Yasmin Haddad', email: 'yasmin.haddad@nhs.net' },
      subject: 'Change of main contact',
      date: 'Thu, 21 Jan 2027 13:47:22 +0000',
      text: `Hello,

Please can you change the PCSE Online main contact for our practice.

Organisation code: L83160
New main contact: Ms Yasmin Haddad
Email: yasmin.haddad@nhs.net

The previous main contact, Dr Rees, has retired.

Many thanks
Yasmin Haddad
Practice Manager, Newton St Cyres Surgery
${F}`,
      expected: {
        kind: 'main_contact_change',
        ignored: null,
        organisation: gp('L83160'),
        fields: { newMainContact: { name: 'Yasmin Haddad', email: 'yasmin.haddad@nhs.net' } },
        mustRaise: [],
        traits: ['misdirected', 'labelled', 'sender_is_new_contact'],
      },
    },
    {
      slug: 'oe-out-of-office',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Gillian Moyle', email: 'gillian.moyle@nhs.net' },
      subject: 'Automatic reply: OE primary user - Ashburton Surgery [PCSE-2027-000733]',
      date: 'Fri, 22 Jan 2027 09:00:12 +0000',
      headers: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Auto-Response-Suppress', 'All'],
      ],
      text: `Thank you for your email. I am out of the office until Monday 1st February with no access to email.

For anything urgent please contact the surgery on 01364 652731 or ashburton.surgery@nhs.net.

Gill Moyle
Practice Manager`,
      expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'out_of_office', 'case_ref_in_subject'] },
    },
    {
      slug: 'oe-chaser-with-ref',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Jade Tregenza', email: 'jade.tregenza@nhs.net' },
      subject: 'RE: Primary user form',
      date: 'Mon, 25 Jan 2027 10:05:47 +0000',
      text: `Hi,

Any update on this please? Your reference was PCSE-2027-000598. We still can't reset anyone's password.

Thanks
Jade
${F}
From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 12 January 2027 08:14
To: Jade Tregenza <jade.tregenza@nhs.net>
Subject: RE: Primary user form

Thank you for your request, which we have logged as PCSE-2027-000598. We aim to respond within 5 working days.`,
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_in_body', 'quoted_thread'] },
    },
    {
      slug: 'oe-question-primary-user-permissions',
      mailbox: 'openexeter',
      client: 'outlook',
      from: { name: 'Morag Ellery', email: 'morag.ellery@nhs.net' },
      subject: 'Query about Primary User permissions',
      date: 'Tue, 26 Jan 2027 15:12:09 +0000',
      text: `Hello,

I'm a new practice manager and trying to get my head round Open Exeter before I ask for anything.

Does being a Primary User mean I can see patients' screening results, or is Organisation Maintenance only about managing the other users? And if one of our nurses needs the Prior Notification List, can I give her that myself as Primary User, or does a GP partner have to email you each time?

No action needed yet - I just want to understand the roles and permissions first.

Many thanks
Morag Ellery
Practice Manager
Silverton Surgery
${F}`,
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mentions_roles', 'mentions_permissions'] },
    },
    {
      slug: 'oe-bounce-external',
      mailbox: 'openexeter',
      client: 'system',
      from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.torbridge.gov.uk' },
      to: 'pcse.openexeter@nhs.net',
      subject: 'Undelivered Mail Returned to Sender',
      date: 'Wed, 27 Jan 2027 11:45:38 +0000',
      headers: [['Auto-Submitted', 'auto-replied']],
      text: '',
      rawBody: {
        contentType: 'multipart/report; report-type=delivery-status; boundary="8F2C1A4E31.1801345538/mx1.torbridge.gov.uk"',
        body: `This is a MIME-encapsulated message.

--8F2C1A4E31.1801345538/mx1.torbridge.gov.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.torbridge.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<paul.gerrard@torbridge.gov.uk>: host exch01.torbridge.gov.uk[10.12.4.20] said:
    550 5.2.2 Mailbox full (in reply to RCPT TO command)

--8F2C1A4E31.1801345538/mx1.torbridge.gov.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.torbridge.gov.uk
X-Postfix-Queue-ID: 8F2C1A4E31
Arrival-Date: Wed, 27 Jan 2027 11:45:36 +0000 (GMT)

Final-Recipient: rfc822; paul.gerrard@torbridge.gov.uk
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 550 5.2.2 Mailbox full

--8F2C1A4E31.1801345538/mx1.torbridge.gov.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: PCSE Open Exeter <pcse.openexeter@nhs.net>
To: paul.gerrard@torbridge.gov.uk
Subject: Open Exeter Primary User request - Torbridge Integrated Sexual Health Service [PCSE-2027-000702]
Date: Wed, 27 Jan 2027 11:45:31 +0000

--8F2C1A4E31.1801345538/mx1.torbridge.gov.uk--`,
      },
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'postfix_dsn', 'external_domain'] },
    },
  ];
  return mails;
}
