// pcse.openexeter: Primary User forms (ticked, circled, written in words), permissions asked for in templates and
// tables, Open Exeter's own new-user notifications.
import { P, PCSE, blocksToText, email, gmailHtml, outlookBody, sha, type CorpusEmail } from './lib.js';
import { flatTablePdf, imagePdf, oeGpAcroform } from './pdfs.js';
import { oeGpSheet, oeOtherSheet, pen, scan } from './scans.js';

const MB = 'openexeter' as const;
const pcseMid = (ref: string) => `<CWLP265MB2208${sha(ref).slice(0, 20).toUpperCase()}@CWLP265MB2208.GBRP265.PROD.OUTLOOK.COM>`;

export async function openexeterEmails(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await oeGpAcroform(
      {
        practiceName: 'Tees Bank Surgery',
        practiceCode: 'A83052',
        practiceAddress: '9 Riverside Walk, Yarm, TS15 9BH',
        nomineeName: 'Kirsty McBride',
        nomineeJobTitle: 'Practice Manager',
        nomineeEmail: 'kirsty.mcbride@nhs.net',
        nomineePhone: '0191 498 0312',
        capacity: 'Lead GP',
        signatoryName: 'Dr Jonathan Ekwueme',
        signatoryEmail: 'j.ekwueme@nhs.net',
        signed: true,
        date: '10/11/2026',
      },
      { title: 'Open Exeter Primary User Request - GP Practice', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20630', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20630', date: '2026-11-10T12:30:00Z', author: 'PCSE' },
    );
    const b = outlookBody([
      'Dear Open Exeter team,',
      'Please find attached our signed request for a new Primary User. Our Primary Contact retired last month and at the moment nobody at the practice can reset passwords.',
      {
        table: [
          ['Practice', 'Tees Bank Surgery (A83052)'],
          ['New Primary User', 'Kirsty McBride, Practice Manager'],
          ['Email', 'kirsty.mcbride@nhs.net'],
          ['Signed by', 'Dr Jonathan Ekwueme, Lead GP'],
        ],
        boldFirstCol: true,
      },
      'Kind regards',
      'Dr Jonathan Ekwueme\nLead GP\nTees Bank Surgery',
    ]);
    out.push(
      email(MB, '001-primary-user-acroform-ticked', {
        client: 'outlook',
        from: { name: 'Jonathan Ekwueme', email: 'j.ekwueme@nhs.net' },
        to: [PCSE.oe],
        subject: 'Open Exeter Primary User request - Tees Bank Surgery A83052',
        date: '2026-11-10T12:41:36Z',
        ...b,
        attachments: [{ filename: 'OE Primary User form - Tees Bank.pdf', data: pdf }],
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'A83052', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Kirsty McBride', 'kirsty.mcbride@nhs.net'), signatory: { ...P('Jonathan Ekwueme', 'j.ekwueme@nhs.net'), role: 'lead_gp' } },
        mustRaise: [],
        traits: ['pdf_acroform', 'capacity_ticked', 'form_and_body_agree', 'two_column_table', 'html_table', 'signatory_is_sender'],
      }),
    );
  }

  // 002 ------------------------------------------------------------------------------------------------------------
  {
    const sheet = oeGpSheet(
      {
        practiceName: 'CANAL SIDE MEDICAL CENTRE',
        practiceCode: 'P87620',
        practiceAddress: '4 Wharf Street, Sale, M33 7AB',
        nomineeName: 'REBECCA WALSH',
        nomineeJobTitle: 'ASSISTANT PRACTICE MANAGER',
        nomineeEmail: 'rebecca.walsh12@nhs.net',
        nomineePhone: '0161 496 0842',
        capacityIndex: 1,
        mark: 'ring',
        signatoryName: 'Dr Sunil Varghese',
        signatoryEmail: 'sunil.varghese@nhs.net',
        date: '18.11.26',
      },
      pen('HandBlock', 11, '#202024', 'o002a'),
      pen('HandLoop', 12, '#1b2a6b', 'o002b'),
    );
    const jpg = await scan(sheet, { skewDeg: -1.1, shiftX: -5, shiftY: 8, blur: 0.72, noise: 24, speckles: 1500, shadow: 'top', grey: true, contrast: 0.82, paper: 234, jpegQuality: 48, streak: 700 }, 'o002');
    const pdf = await imagePdf([jpg], { title: 'doc05123920261118', creator: 'Canon iR-ADV C5535', producer: 'Canon iR-ADV C5535', date: '2026-11-18T14:03:00Z' });
    const text = ['Hi', '', 'Please see attached form for Open Exeter, Dr Varghese has signed it.', '', 'Thanks', 'Becky', '', 'Get Outlook for Android<https://aka.ms/AAb9ysg>', ''].join('\n');
    out.push(
      email(MB, '002-primary-user-scan-capacity-circled', {
        client: 'outlook-android',
        from: { name: 'Rebecca Walsh', email: 'rebecca.walsh12@nhs.net' },
        to: [PCSE.oe],
        subject: 'OE form',
        date: '2026-11-18T14:16:52Z',
        text,
        attachments: [{ filename: 'doc05123920261118.pdf', data: pdf }],
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'P87620', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Rebecca Walsh', 'rebecca.walsh12@nhs.net'), signatory: { ...P('Sunil Varghese', 'sunil.varghese@nhs.net'), role: 'gp_partner' } },
        mustRaise: [],
        traits: ['pdf_scan', 'handwritten', 'capacity_circled', 'see_attached', 'terse', 'mobile', 'values_only_in_pdf'],
      }),
    );
  }

  // 003 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await flatTablePdf(
      {
        heading: 'Open Exeter - Request for a Primary User',
        subheading: 'Organisations other than GP practices',
        logo: true,
        sections: [
          {
            title: '1. Organisation',
            widths: [190, 305],
            boldFirstCol: true,
            rows: [
              ['Organisation name', 'Northgate Sexual Health Service'],
              ['Type of organisation', 'Sexual health service (Northgate Community Health NHS Trust)'],
              ['Organisation code (if known)', 'RY7A4'],
              ['Address', 'Northgate Clinic, 40 Northgate, Wakefield, WF1 3BJ'],
            ],
          },
          {
            title: '2. Proposed Primary User',
            widths: [190, 305],
            boldFirstCol: true,
            rows: [
              ['Full name', 'Dean Fairbrother'],
              ['Job title', 'Service Manager'],
              ['NHSmail address', 'dean.fairbrother@nhs.net'],
              ['Telephone', '0113 496 0733'],
            ],
          },
          {
            title: '3. Authorised signatory',
            widths: [190, 305],
            boldFirstCol: true,
            rows: [
              ['Name', 'Dr Helena Lindqvist'],
              ['Capacity in which you are signing (Caldicott Guardian / Member of the Board of Directors / Existing Primary User)', 'Caldicott Guardian'],
              ['Job title', 'Clinical Director, Sexual Health'],
              ['NHSmail address', 'helena.lindqvist@nhs.net'],
            ],
          },
        ],
        signature: { label: 'Signature:', name: 'Dr Helena Lindqvist', date: '19/11/2026' },
        footer: 'OE-PU-ORG  Page 1 of 1',
      },
      { title: 'OE Primary User - Northgate SHS', author: 'Dean Fairbrother', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-19T11:20:00Z' },
    );
    const b = outlookBody([
      'Hello,',
      "Please find attached the Primary User request for our service, signed by our Caldicott Guardian. We are not a GP practice so we've used the other organisations form.",
      {
        table: [
          ['Organisation', 'Northgate Sexual Health Service (Northgate Community Health NHS Trust)'],
          ['Site code', 'RY7A4'],
          ['Proposed Primary User', 'Dean Fairbrother, Service Manager, dean.fairbrother@nhs.net'],
          ['Authorised signatory', 'Dr Helena Lindqvist, Caldicott Guardian'],
        ],
        boldFirstCol: true,
      },
      'Regards\nDean Fairbrother\nService Manager',
    ]);
    out.push(
      email(MB, '003-primary-user-other-org-flat-pdf', {
        client: 'outlook',
        from: { name: 'Dean Fairbrother', email: 'dean.fairbrother@nhs.net' },
        to: [PCSE.oe],
        cc: [{ name: 'Helena Lindqvist', email: 'helena.lindqvist@nhs.net' }],
        subject: 'Open Exeter Primary User - Northgate Sexual Health Service',
        date: '2026-11-19T11:34:19Z',
        ...b,
        attachments: [{ filename: 'OE primary user request - Northgate SHS.pdf', data: pdf }],
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'RY7A4', type: 'other' },
        fields: { organisationKind: 'other', nominee: P('Dean Fairbrother', 'dean.fairbrother@nhs.net'), signatory: { ...P('Helena Lindqvist', 'helena.lindqvist@nhs.net'), role: 'caldicott_guardian' } },
        mustRaise: [],
        traits: ['pdf_flat_table', 'capacity_in_words', 'other_organisation', 'form_and_body_agree', 'nominee_is_sender', 'html_table'],
      }),
    );
  }

  // 004 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hello,',
      '',
      'Our printer is out of action so I have typed the questions from the Primary User form below with our answers in square brackets. I hope this is OK.',
      '',
      'Section 1: Practice details',
      'Practice name [Oakhill Surgery]',
      'Practice code [K83620]',
      'Practice address [Oakhill Road, Towcester, NN12 6AB]',
      '',
      'Section 2: Person to be set up as Primary User',
      'Full name [Stacey Bell]',
      'Job title [Reception Supervisor]',
      'NHSmail address [stacey.bell3@nhs.net]',
      'Telephone [01632 960774]',
      '',
      'Section 3: Authorised signatory',
      'Capacity in which you are signing [Practice Manager]',
      'Signatory name [Lorraine Hebden]',
      'Signatory NHSmail address [lorraine.hebden@nhs.net]',
      'Signature [L. Hebden]',
      'Date [19/11/2026]',
      '',
      'Kind regards',
      'Lorraine Hebden',
      'Practice Manager',
      'Oakhill Surgery',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '004-primary-user-form-typed-into-body', {
        client: 'outlook',
        from: { name: 'Lorraine Hebden', email: 'lorraine.hebden@nhs.net' },
        to: [PCSE.oe],
        subject: 'Open Exeter primary user - Oakhill Surgery',
        date: '2026-11-19T16:27:50Z',
        text: `${text}${outlookBody([], true).text}`,
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'K83620', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Stacey Bell', 'stacey.bell3@nhs.net'), signatory: { ...P('Lorraine Hebden', 'lorraine.hebden@nhs.net'), role: 'other' } },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['form_questions_in_body', 'answers_in_brackets', 'practice_manager_signs', 'plain_text_only'],
      }),
    );
  }

  // 005 ------------------------------------------------------------------------------------------------------------
  {
    const sheet = oeOtherSheet(
      {
        orgName: 'Colposcopy Unit, Royal Wessex Hospital',
        orgType: 'NHS Trust - colposcopy clinic',
        orgCode: 'not known',
        orgAddress: 'Royal Wessex Hospital, Hospital Road, Winchester',
        nomineeName: 'Gareth Pryce',
        nomineeJobTitle: 'Colposcopy Co-ordinator',
        nomineeEmail: 'gareth.pryce@nhs.net',
        nomineePhone: 'ext 4417',
        capacityIndex: 2,
        signatoryName: 'Anne-Marie Kowalczyk',
        signatoryJobTitle: 'Colposcopy Services Manager',
        signatoryEmail: 'annemarie.kowalczyk@nhs.net',
        date: '20/11/2026',
      },
      pen('HandNarrow', 13, '#101010', 'o005a'),
      pen('HandSlant', 12, '#0e1f5e', 'o005b'),
    );
    const jpg = await scan(sheet, { skewDeg: 1.6, shiftX: 10, shiftY: 14, blur: 0.62, noise: 34, speckles: 3200, shadow: 'right', grey: true, contrast: 0.72, paper: 226, jpegQuality: 38, streak: 410 }, 'o005');
    const pdf = await imagePdf([jpg], { title: 'SCAN0042', creator: 'KONICA MINOLTA bizhub C250i', producer: 'KONICA MINOLTA bizhub C250i', date: '2026-11-20T09:10:00Z' });
    const blocks = [
      'Hi,',
      "Scanned form attached for a second Primary User for the colposcopy unit. I'm the existing Primary User for our organisation and have signed it.",
      '* Organisation: Colposcopy Unit, Royal Wessex Hospital\n* New Primary User: Gareth Pryce (Colposcopy Co-ordinator)\n* Email: gareth.pryce@nhs.net',
      'Sorry the scan is a bit grey, our scanner is on its last legs.',
      'Thanks\nAnne-Marie',
      'Anne-Marie Kowalczyk\nColposcopy Services Manager\nRoyal Wessex Hospital NHS Foundation Trust',
    ];
    const b = outlookBody(blocks);
    out.push(
      email(MB, '005-primary-user-other-org-poor-scan', {
        client: 'outlook',
        from: { name: 'KOWALCZYK, Anne-Marie (ROYAL WESSEX HOSPITAL NHS FOUNDATION TRUST)', email: 'annemarie.kowalczyk@nhs.net' },
        to: [PCSE.oe],
        subject: 'Second primary user - colposcopy',
        date: '2026-11-20T09:24:05Z',
        ...b,
        attachments: [{ filename: 'SCAN0042.pdf', data: pdf }],
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: null, type: 'other' },
        fields: { organisationKind: 'other', nominee: P('Gareth Pryce', 'gareth.pryce@nhs.net'), signatory: { ...P('Anne-Marie Kowalczyk', 'annemarie.kowalczyk@nhs.net'), role: 'existing_primary_user' } },
        mustRaise: [],
        traits: ['pdf_scan', 'handwritten', 'poor_scan', 'capacity_ticked', 'other_organisation', 'markdown_list', 'signatory_is_sender', 'nhsmail_display_name'],
      }),
    );
  }

  // 006 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await oeGpAcroform(
      {
        practiceName: 'Harrowgate Lane Practice',
        practiceCode: 'D81045',
        practiceAddress: '61 Harrowgate Lane, Cambridge, CB4 2QS',
        nomineeName: 'Yusuf Demir',
        nomineeJobTitle: 'Deputy Practice Manager',
        nomineeEmail: 'yusuf.demir@nhs.net',
        nomineePhone: '01632 960215',
        capacity: 'Existing Primary Contact',
        signatoryName: 'Mei Ling Chua',
        signatoryEmail: 'meiling.chua@nhs.net',
        signed: false,
        date: '',
      },
      { title: 'Open Exeter Primary User Request - GP Practice', creator: 'Adobe Acrobat Reader (64-bit) 25.1.20630', producer: 'Adobe Acrobat Reader (64-bit) 25.1.20630', date: '2026-11-20T15:00:00Z', author: 'PCSE' },
    );
    const b = outlookBody([
      'Hello,',
      'Please set up a second Primary User for us. Form attached.',
      {
        table: [
          ['Practice', 'Code', 'New Primary User', 'Job title', 'NHSmail'],
          ['Harrowgate Lane Practice', 'D81045', 'Yusuf Demir', 'Deputy Practice Manager', 'yusuf.demir@nhs.net'],
        ],
        header: true,
      },
      'I am the existing Primary Contact for the practice.',
      'Many thanks\nMei Ling Chua\nPractice Manager\nHarrowgate Lane Practice',
    ]);
    out.push(
      email(MB, '006-primary-user-acroform-unsigned', {
        client: 'outlook',
        from: { name: 'Mei Ling Chua', email: 'meiling.chua@nhs.net' },
        to: [PCSE.oe],
        subject: 'Second Primary User - D81045',
        date: '2026-11-20T15:11:48Z',
        ...b,
        attachments: [{ filename: 'Primary User request D81045.pdf', data: pdf }],
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: 'D81045', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: P('Yusuf Demir', 'yusuf.demir@nhs.net'), signatory: { ...P('Mei Ling Chua', 'meiling.chua@nhs.net'), role: 'existing_primary_contact' } },
        mustRaise: ['missing_signature'],
        traits: ['pdf_acroform', 'capacity_ticked', 'unsigned_form', 'header_row_table', 'html_table', 'signatory_is_sender'],
      }),
    );
  }

  // 007 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Dear Open Exeter team,',
      '',
      "I'm writing as Lead GP to request additional permissions for one of our existing Open Exeter users. I have set the details out in the numbered format your team used last time.",
      '',
      '1. Name of user: Natalie Crossley',
      '2. Open Exeter user ID: CROSSLEYN',
      "3. User's NHSmail address: natalie.crossley@nhs.net",
      '4. Permissions required:',
      '   - Prior Notification List',
      '   - Cytology Results Enquiry',
      '5. Reason: Natalie has taken over cervical screening administration from a colleague who has retired.',
      '6. Requested by: Dr Paul Whitcombe, Lead GP, Stonegate Surgery (J83015)',
      '',
      'Kind regards',
      'Dr Paul Whitcombe',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '007-permissions-numbered-lead-gp', {
        client: 'outlook',
        from: { name: 'Paul Whitcombe', email: 'paul.whitcombe@nhs.net' },
        to: [PCSE.oe],
        subject: 'Open Exeter - additional permissions for existing user',
        date: '2026-11-13T08:21:30Z',
        text: `${text}${outlookBody([], true).text}`,
      }, {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: { odsCode: 'J83015', type: 'gp_practice' },
        fields: {
          user: { ...P('Natalie Crossley', 'natalie.crossley@nhs.net'), username: 'CROSSLEYN' },
          permissions: ['Prior Notification List', 'Cytology Results Enquiry'],
          signatory: { ...P('Paul Whitcombe', 'paul.whitcombe@nhs.net'), role: 'lead_gp' },
        },
        mustRaise: [],
        traits: ['numbered_template', 'nested_list', 'plain_text_only', 'signatory_is_sender'],
      }),
    );
  }

  // 008 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hello,',
      "Please could you add the permissions ticked in the 'Add' column to Rosa Delgado's Open Exeter account. She already has the ones in the 'Current' column.",
      'User: Rosa Delgado, Open Exeter user ID DELGADOR, rosa.delgado@nhs.net',
      {
        table: [
          ['Permission', 'Current', 'Add'],
          ['Call/Recall - view', '✓', ''],
          ['Prior Notification List', '', '✓'],
          ['Ceased Patients Report', '', '✓'],
          ['Patient Enquiry', '✓', ''],
        ],
        header: true,
        text: 'tabs',
      },
      'Thank you',
      'Dr Kwame Asante\nGP Partner\nFernbank Medical Centre, E82031',
    ]);
    out.push(
      email(MB, '008-permissions-current-add-table', {
        client: 'outlook',
        from: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net' },
        to: [PCSE.oe],
        subject: 'Additional Open Exeter access - R Delgado',
        date: '2026-11-16T12:02:14Z',
        ...b,
      }, {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: { odsCode: 'E82031', type: 'gp_practice' },
        fields: {
          user: { ...P('Rosa Delgado', 'rosa.delgado@nhs.net'), username: 'DELGADOR' },
          permissions: ['Prior Notification List', 'Ceased Patients Report'],
          signatory: { ...P('Kwame Asante', 'kwame.asante@nhs.net'), role: 'gp_partner' },
        },
        mustRaise: [],
        traits: ['current_add_table', 'tick_marks', 'html_table', 'only_some_rows_requested', 'code_in_signature'],
      }),
    );
  }

  // 009 ------------------------------------------------------------------------------------------------------------
  {
    const blocks = [
      'Hello,',
      "Apologies for emailing from my personal account - I can't get into NHSmail from home at the moment.",
      'Practice: Whitmore Vale Practice\nPractice code: H82617\nUser name: Ben Castle\nOpen Exeter user ID: CASTLEB2\nEmail: ben.castle@nhs.net\nPermissions to add: Patient Enquiry, Cytology Reports\nRequested by: Dr Hannah Frost\nRole: Caldicott Guardian',
      'Best wishes\nHannah',
    ];
    out.push(
      email(MB, '009-permissions-key-value-personal-address', {
        client: 'gmail',
        from: { name: 'Hannah Frost', email: 'hannah.frost.gp@gmail.com' },
        to: [PCSE.oe],
        subject: 'Open Exeter permissions request',
        date: '2026-11-21T19:48:02Z',
        text: blocksToText(blocks),
        html: gmailHtml(blocks),
      }, {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: { odsCode: 'H82617', type: 'gp_practice' },
        fields: {
          user: { ...P('Ben Castle', 'ben.castle@nhs.net'), username: 'CASTLEB2' },
          permissions: ['Patient Enquiry', 'Cytology Reports'],
          signatory: { ...P('Hannah Frost', 'hannah.frost.gp@gmail.com'), role: 'caldicott_guardian' },
        },
        mustRaise: ['sender_not_nhs'],
        traits: ['key_value_lines', 'comma_list_in_value', 'personal_address', 'gmail'],
      }),
    );
  }

  // 010 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hi,',
      '',
      'Could you give the following user extra access on Open Exeter please:',
      '',
      '- **User:** Chloe Armitage',
      '- **User ID:** ARMITAGEC',
      '- **Email:** chloe.armitage@nhs.net',
      '- **Access needed:** Prior Notification List',
      '- **Practice:** Linden Hall Surgery (A87004)',
      '',
      'Thanks',
      'Martin Kaye',
      'Practice Manager',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '010-permissions-markdown-practice-manager', {
        client: 'outlook',
        from: { name: 'Martin Kaye', email: 'martin.kaye@nhs.net' },
        to: [PCSE.oe],
        subject: 'Extra access for Chloe Armitage',
        date: '2026-11-23T11:15:27Z',
        text: `${text}${outlookBody([], true).text}`,
      }, {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: { odsCode: 'A87004', type: 'gp_practice' },
        fields: {
          user: { ...P('Chloe Armitage', 'chloe.armitage@nhs.net'), username: 'ARMITAGEC' },
          permissions: ['Prior Notification List'],
          signatory: { ...P('Martin Kaye', 'martin.kaye@nhs.net'), role: 'other' },
        },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['markdown_list', 'practice_manager_requests', 'plain_text_only'],
      }),
    );
  }

  // 011 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'OPEN EXETER - NEW USER NOTIFICATION',
      '',
      'A new user has been created by a Primary User and requires authorisation.',
      '',
      'Organisation Code : M83644',
      'Organisation Name : ABBEY MEAD SURGERY',
      'User ID           : PATELS7',
      'User Name         : PATEL, SUNITA',
      'Email Address     : sunita.patel22@nhs.net',
      'Job Role          : RECEPTIONIST',
      'Created By        : HOLLOWAY, JANET',
      'Created On        : 23/11/2026 10:41',
      '',
      'Please authorise this user and issue a temporary password.',
      '',
      'This is an automatically generated email. Please do not reply.',
      '',
    ].join('\n');
    out.push(
      email(MB, '011-new-user-notification', {
        client: 'system',
        from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' },
        to: [PCSE.oe],
        subject: 'OPEN EXETER - NEW USER NOTIFICATION - M83644',
        date: '2026-11-23T10:41:09Z',
        text,
        extraHeaders: ['X-Mailer: OE-Notify 3.4', 'Auto-Submitted: auto-generated'],
      }, {
        kind: 'open_exeter_new_user_authorisation',
        ignored: null,
        organisation: { odsCode: 'M83644', type: 'gp_practice' },
        fields: { user: { ...P('Sunita Patel', 'sunita.patel22@nhs.net'), username: 'PATELS7' }, createdBy: P('Janet Holloway', null) },
        mustRaise: [],
        traits: ['system_notification', 'aligned_colons', 'surname_first_capitals'],
      }),
    );
  }

  // 012 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      "I've set up a new user on Open Exeter this morning - the system email is below. Summary:",
      {
        table: [
          ['New user', 'User ID', 'Email', 'Job role', 'Created by'],
          ['Aisha Begum', 'BEGUMA3', 'aisha.begum9@nhs.net', 'Practice Nurse', 'Colin Ridley (Primary User)'],
        ],
        header: true,
      },
      'Could you authorise her and send the password please.',
      'Thanks\nColin',
      'Colin Ridley\nOperations Manager\nBeacon Hill Practice',
      {
        quote: [
          '________________________________',
          'From: Open Exeter <openexeter.noreply@nhs.net>',
          'Sent: 24 November 2026 09:02',
          'To: Colin Ridley <colin.ridley@nhs.net>',
          'Subject: OPEN EXETER - NEW USER NOTIFICATION - Y02871',
          '',
          'OPEN EXETER - NEW USER NOTIFICATION',
          '',
          'Organisation Code : Y02871',
          'Organisation Name : BEACON HILL PRACTICE',
          'User ID           : BEGUMA3',
          'User Name         : BEGUM, AISHA',
          'Email Address     : aisha.begum9@nhs.net',
          'Job Role          : PRACTICE NURSE',
          'Created By        : RIDLEY, COLIN',
          'Created On        : 24/11/2026 09:01',
          '',
          'This is an automatically generated email. Please do not reply.',
        ].join('\n'),
      },
    ]);
    out.push(
      email(MB, '012-new-user-forwarded-with-summary-table', {
        client: 'outlook',
        from: { name: 'Colin Ridley', email: 'colin.ridley@nhs.net' },
        to: [PCSE.oe],
        subject: 'FW: OPEN EXETER - NEW USER NOTIFICATION - Y02871',
        date: '2026-11-24T09:15:40Z',
        ...b,
      }, {
        kind: 'open_exeter_new_user_authorisation',
        ignored: null,
        organisation: { odsCode: 'Y02871', type: 'gp_practice' },
        fields: { user: { ...P('Aisha Begum', 'aisha.begum9@nhs.net'), username: 'BEGUMA3' }, createdBy: P('Colin Ridley', 'colin.ridley@nhs.net') },
        mustRaise: [],
        traits: ['forwarded_notification', 'header_row_table', 'html_table', 'creator_is_sender'],
      }),
    );
  }

  // 013 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-414402';
    const b = outlookBody([
      'Hello again,',
      'We still have not had confirmation of the below. Please can you let me know if you need anything else from us.',
      {
        table: [
          ['Form sent', 'Reference', 'Nominee', 'Status'],
          ['05/11/2026', ref, 'Primary User for Ash Tree Surgery', 'Waiting'],
        ],
        header: true,
      },
      'Regards\nJulie Naylor\nAsh Tree Surgery',
    ]);
    out.push(
      email(MB, '013-chaser-with-table', {
        client: 'outlook',
        from: { name: 'Julie Naylor', email: 'julie.naylor@nhs.net' },
        to: [PCSE.oe],
        subject: `RE: Open Exeter primary user form - ${ref} - any update?`,
        date: '2026-11-24T14:30:55Z',
        ...b,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
      }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref', 'header_row_table'] }),
    );
  }

  // 014 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-422051';
    const b = outlookBody(
      [
        'Thank you for your email.',
        'I am on annual leave returning Tuesday 1 December. Your email has not been forwarded.',
        'Urgent Open Exeter queries: practice.manager.ashfield@nhs.net\nClinical queries: 0115 496 0900 (reception)',
        'Kind regards\nSophie',
      ],
      false,
    );
    out.push(
      email(MB, '014-auto-reply-annual-leave', {
        client: 'outlook',
        from: { name: 'Sophie Langley', email: 'sophie.langley@nhs.net' },
        to: [PCSE.oe],
        subject: `Automatic reply: Open Exeter new user - temporary password ${ref}`,
        date: '2026-11-25T08:03:12Z',
        ...b,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
        extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: sophie.langley@nhs.net'],
      }, { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_ref', 'key_value_lines'] }),
    );
  }

  // 015 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      "I know this is the Open Exeter mailbox but I couldn't find the right address. I'm locked out of PCSE Online (not Open Exeter).",
      '• Name: Nadia Farouk\n• Practice: Greenhill Surgery, G82714\n• PCSE Online username: nadia.farouk@nhs.net\n• What happened: entered my old password 5 times, now it says the account is locked',
      'Thanks, Nadia',
    ]);
    out.push(
      email(MB, '015-pcse-online-unlock-misdirected', {
        client: 'outlook',
        from: { name: 'Nadia Farouk', email: 'nadia.farouk@nhs.net' },
        to: [PCSE.oe],
        subject: 'Locked out',
        date: '2026-11-25T13:47:21Z',
        ...b,
      }, {
        kind: 'account_unlock',
        ignored: null,
        organisation: { odsCode: 'G82714', type: 'gp_practice' },
        fields: { username: 'nadia.farouk@nhs.net' },
        mustRaise: [],
        traits: ['misdirected', 'bullet_list', 'other_system_named'],
      }),
    );
  }

  // 016 ------------------------------------------------------------------------------------------------------------
  {
    const sheet = oeOtherSheet(
      {
        orgName: 'WESSEX CYTOLOGY LABORATORY',
        orgType: 'Independent laboratory',
        orgCode: '-',
        orgAddress: 'Unit 4, Abbey Park, Romsey, SO51 9AQ',
        nomineeName: 'PRIYANKA DESHMUKH',
        nomineeJobTitle: 'LABORATORY MANAGER',
        nomineeEmail: 'priyanka.deshmukh@nhs.net',
        nomineePhone: '023 8049 6120',
        capacityIndex: 1,
        signatoryName: 'Julian Ashdown',
        signatoryJobTitle: 'Operations Director',
        signatoryEmail: 'julian.ashdown@nhs.net',
        date: '24 Nov 2026',
      },
      pen('HandBlock', 11.5, '#111111', 'o016a'),
      pen('HandNarrow', 13, '#0a1a55', 'o016b'),
    );
    const jpg = await scan(sheet, { skewDeg: -0.5, shiftX: -3, shiftY: 5, blur: 0.85, noise: 12, speckles: 400, shadow: null, grey: false, contrast: 0.95, paper: 246, jpegQuality: 70 }, 'o016');
    const pdf = await imagePdf([jpg], { title: 'Primary User form', creator: 'HP Scan', producer: 'HP Scan Extended', date: '2026-11-24T15:55:00Z' });
    const b = outlookBody([
      'Good afternoon,',
      'Signed Primary User form attached (scanned). Summary as requested by your colleague on the phone, pasted from our access log:',
      'Organisation;Nominee;Nominee email;Signatory;Capacity\nWessex Cytology Laboratory;Priyanka Deshmukh;priyanka.deshmukh@nhs.net;Julian Ashdown;Member of the Board of Directors',
      'Regards',
      'Julian Ashdown\nOperations Director\nWessex Cytology Laboratory Ltd',
    ]);
    out.push(
      email(MB, '016-primary-user-other-org-scan-and-csv', {
        client: 'outlook',
        from: { name: 'Julian Ashdown', email: 'julian.ashdown@nhs.net' },
        to: [PCSE.oe],
        subject: 'Open Exeter Primary User form - Wessex Cytology Laboratory',
        date: '2026-11-24T16:08:37Z',
        ...b,
        attachments: [{ filename: 'Primary User form WCL.pdf', data: pdf }],
      }, {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: { odsCode: null, type: 'other' },
        fields: { organisationKind: 'other', nominee: P('Priyanka Deshmukh', 'priyanka.deshmukh@nhs.net'), signatory: { ...P('Julian Ashdown', 'julian.ashdown@nhs.net'), role: 'board_member' } },
        mustRaise: [],
        traits: ['pdf_scan', 'handwritten', 'capacity_ticked', 'csv_semicolon', 'form_and_body_agree', 'other_organisation', 'signatory_is_sender'],
      }),
    );
  }

  // 017 ------------------------------------------------------------------------------------------------------------
  {
    const blocks = [
      'Hi,',
      'Quick questions about Primary Users, as we are merging with another practice next year:',
      '- Can one person be the Primary User for two practices?\n- When the practices merge, do the existing Open Exeter users move across automatically?\n- Is there a limit on how many Primary Users we can have?',
      'Thanks\nDanielle Okoro\nPractice Manager, Brook Lane Surgery',
    ];
    out.push(
      email(MB, '017-question-list', {
        client: 'outlook',
        from: { name: 'Danielle Okoro', email: 'danielle.okoro@nhs.net' },
        to: [PCSE.oe],
        subject: 'Primary User questions - practice merger',
        date: '2026-11-26T10:19:44Z',
        ...outlookBody(blocks),
      }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'bullet_list'] }),
    );
  }

  return out;
}

