// pcse.portalenquiries: writer S's correspondents answer in tables, templates, numbered lists and key=value lines.
import { P, PCSE, blocksToText, email, gmailHtml, outlookBody, sha, type CorpusEmail } from './lib.js';
import { gppCertAcroform, imagePdf, optoNominationAcroform, flatTablePdf } from './pdfs.js';
import { gppCertSheet, pen, scan } from './scans.js';

const MB = 'portalenquiries' as const;
const pcseMid = (ref: string) => `<LO2P265MB4417${sha(ref).slice(0, 20).toUpperCase()}@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>`;

export async function portalEmails(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await gppCertAcroform(
      {
        practiceName: 'Thornbury Road Surgery',
        odsCode: 'M85042',
        practiceAddress: '112 Thornbury Road, Handsworth, Birmingham, B20 3QA',
        uaName: 'Bethany Marsh',
        uaJobTitle: 'Assistant Practice Manager',
        uaEmail: 'bethany.marsh4@nhs.net',
        uaPhone: '0121 496 0381',
        approverName: 'Dr Oluwaseun Adeyemi',
        approverPosition: 'GP Partner',
        approverEmail: 'o.adeyemi@nhs.net',
        signed: true,
        date: '06/11/2026',
      },
      { title: 'GPP Practice User Administrator Certification Form', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20630', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20630', date: '2026-11-06T16:20:00Z', author: 'PCSE' },
    );
    const b = outlookBody([
      'Good morning,',
      'Our only GPP user administrator left the practice at the end of October, so at the moment nobody here can manage the GP Payments and Pensions roles. Please find attached the Practice User Administrator Certification form, completed and signed by Dr Adeyemi, who is copied in.',
      'For ease, the details on the form are:',
      {
        table: [
          ['Practice name', 'Thornbury Road Surgery'],
          ['Practice ODS code', 'M85042'],
          ['Nominated User Administrator', 'Bethany Marsh'],
          ['Job title', 'Assistant Practice Manager'],
          ['NHSmail address', 'bethany.marsh4@nhs.net'],
          ['Approved by', 'Dr Oluwaseun Adeyemi, GP Partner'],
          ['Approver email', 'o.adeyemi@nhs.net'],
        ],
        boldFirstCol: true,
      },
      'Many thanks,',
      'Karen Whitlock\nPractice Manager\nThornbury Road Surgery\n112 Thornbury Road, Handsworth, Birmingham, B20 3QA\nTel: 0121 496 0380',
    ]);
    out.push(
      email(MB, '001-gpp-admin-form-and-table', {
        client: 'outlook',
        from: { name: 'Karen Whitlock', email: 'karen.whitlock@nhs.net' },
        to: [PCSE.portal],
        cc: [{ name: 'Oluwaseun Adeyemi', email: 'o.adeyemi@nhs.net' }],
        subject: 'GPP Practice User Administrator - Thornbury Road Surgery M85042',
        date: '2026-11-09T09:14:22Z',
        ...b,
        attachments: [{ filename: 'GPP UA certification - Thornbury Road.pdf', data: pdf }],
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'M85042', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: P('Bethany Marsh', 'bethany.marsh4@nhs.net'), approver: { ...P('Oluwaseun Adeyemi', 'o.adeyemi@nhs.net'), role: 'GP Partner' } },
        mustRaise: [],
        traits: ['pdf_acroform', 'form_and_body_agree', 'two_column_table', 'html_table', 'approver_in_cc'],
      }),
    );
  }

  // 002 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-418273';
    const quoted = [
      '________________________________',
      'From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
      'Sent: 12 November 2026 15:02',
      'To: Susan Pryce <susan.pryce@nhs.net>',
      `Subject: PL Organisation Administrator request - further information required - ${ref}`,
      '',
      'Dear Sir/Madam,',
      '',
      'Thank you for contacting Primary Care Support England.',
      '',
      'We are unable to progress your request to set up a PL Organisation Administrator as some information is missing. Please reply to this email with:',
      '',
      '1. The practice name and ODS code',
      '2. The full name of the person to be given the PL Organisation Administrator role',
      '3. Their email address',
      '4. The name and role of the person authorising the request (PL Organisation Administrators are nominated by the CQC Registered Manager)',
      '',
      'Please quote the reference above in all correspondence.',
      '',
      'Kind regards',
      '',
      'PCSE Customer Support',
      'Primary Care Support England',
    ].join('\n');
    const b = outlookBody([
      'Hello,',
      'Answers to your questions below:',
      '1. Marsh Lane Medical Practice - K81633\n2. Priya Raghunathan (Operations Manager)\n3. priya.raghunathan@nhs.net\n4. Dr Colin Ferris, he is the CQC Registered Manager for the practice. I have copied him in so he can confirm.',
      'Thanks\nSue',
      'Susan Pryce\nPractice Manager\nMarsh Lane Medical Practice\n0118 496 0274',
      { quote: quoted },
    ]);
    out.push(
      email(MB, '002-pl-admin-numbered-reply', {
        client: 'outlook',
        from: { name: 'Susan Pryce', email: 'susan.pryce@nhs.net' },
        to: [PCSE.portal],
        cc: [{ name: 'Colin Ferris', email: 'colin.ferris@nhs.net' }],
        subject: `RE: PL Organisation Administrator request - further information required - ${ref}`,
        date: '2026-11-13T10:41:07Z',
        ...b,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'K81633', type: 'gp_practice' },
        fields: { service: 'PL', nominee: P('Priya Raghunathan', 'priya.raghunathan@nhs.net'), approver: { ...P('Colin Ferris', 'colin.ferris@nhs.net'), role: 'CQC Registered Manager' } },
        mustRaise: [],
        traits: ['numbered_reply', 'questions_quoted', 'case_ref', 'approver_in_cc'],
      }),
    );
  }

  // 003 ------------------------------------------------------------------------------------------------------------
  {
    const blocks = [
      'Hi PCSE team,',
      "As the contract holder for Brightwell Opticians I'd like to nominate a second OPTO user administrator. Details as requested on your website:",
      {
        table: [
          ['Practice', 'ODS code', 'Name of new user admin', 'Email address', 'Role required'],
          ['Brightwell Opticians', 'TPK47', 'Amira Haddad', 'amira.haddad@brightwellopticians.co.uk', 'OPTO Organisation User Administration'],
        ],
        header: true,
        text: 'tabs' as const,
      },
      'Amira is our practice manager and is taking over the GOS claims from January. At the moment the only admin is me.',
      'Thanks,\nNikhil',
      '--\nNikhil Shah BSc(Hons) MCOptom\nDirector & Contract Holder\nBrightwell Opticians\n22 High Street, Knaresborough, HG5 0EQ\n0113 496 0718',
    ];
    out.push(
      email(MB, '003-opto-admin-header-row-table', {
        client: 'gmail',
        from: { name: 'Nikhil Shah', email: 'nikhil.shah@brightwellopticians.co.uk' },
        to: [PCSE.portal],
        subject: 'New OPTO user admin - Brightwell Opticians TPK47',
        date: '2026-11-09T18:22:40Z',
        text: blocksToText(blocks),
        html: gmailHtml(blocks),
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'TPK47', type: 'ophthalmic_practice' },
        fields: { service: 'OPTO', nominee: P('Amira Haddad', 'amira.haddad@brightwellopticians.co.uk'), approver: { ...P('Nikhil Shah', 'nikhil.shah@brightwellopticians.co.uk'), role: 'Contract Holder' } },
        mustRaise: [],
        traits: ['header_row_table', 'html_table', 'gmail', 'approver_is_sender', 'non_nhs_domain'],
      }),
    );
  }

  // 004 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await flatTablePdf(
      {
        heading: 'PCN User Administrator Request',
        subheading: 'For PCNs with no PCN user admin - to be approved and submitted by the ICB',
        logo: true,
        sections: [
          {
            title: 'Section 1 - Primary Care Network',
            widths: [190, 305],
            boldFirstCol: true,
            rows: [
              ['PCN name', 'Severn Vale PCN'],
              ['PCN ODS code', 'U60417'],
              ['Clinical Director', 'Dr Imogen Stratton'],
              ['Lead practice', 'Riverside Health Centre (L84012)'],
            ],
          },
          {
            title: 'Section 2 - Person to be set up as PCN user admin',
            widths: [190, 305],
            boldFirstCol: true,
            rows: [
              ['Full name', 'Thomas Greenhalgh'],
              ['Job title', 'Digital & Transformation Lead'],
              ['Email address', 'thomas.greenhalgh1@nhs.net'],
              ['Telephone', '0117 496 0655'],
            ],
          },
          {
            title: 'Section 3 - ICB approval',
            widths: [190, 305],
            boldFirstCol: true,
            rows: [
              ['ICB', 'NHS Wessex Vale Integrated Care Board'],
              ['Approver name', 'Rachel Okonkwo-Hart'],
              ['Job title', 'Primary Care Contracts Manager'],
              ['Approver email', 'rachel.okonkwo-hart@nhs.net'],
              ['Listed on the NHSE Authorised Email List (AEL)?', 'Yes'],
              ['Date approved', '13/11/2026'],
            ],
          },
        ],
        footer: 'PCN-UA-REQ  |  Submit to pcse.portalenquiries@nhs.net',
      },
      { title: 'PCN User Administrator Request - Severn Vale PCN', author: 'Rachel Okonkwo-Hart', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-13T13:58:00Z' },
    );
    const b = outlookBody([
      'Dear PCSE,',
      'Please find attached a PCN User Administrator request for Severn Vale PCN, who do not currently have a PCN user admin. I am an ICB approver listed on the NHSE Authorised Email List for NHS Wessex Vale ICB and I approve this request.',
      'Summary:\nPCN: Severn Vale PCN\nPCN code: U60417\nNominee: Thomas Greenhalgh, Digital & Transformation Lead\nNominee email: thomas.greenhalgh1@nhs.net',
      'Kind regards\nRachel',
      'Rachel Okonkwo-Hart\nPrimary Care Contracts Manager\nNHS Wessex Vale Integrated Care Board\nrachel.okonkwo-hart@nhs.net',
    ]);
    out.push(
      email(MB, '004-pcn-admin-icb-flat-pdf', {
        client: 'outlook',
        from: { name: 'OKONKWO-HART, Rachel (NHS WESSEX VALE ICB)', email: 'rachel.okonkwo-hart@nhs.net' },
        to: [PCSE.portal],
        cc: [{ name: 'Thomas Greenhalgh', email: 'thomas.greenhalgh1@nhs.net' }],
        subject: 'PCN user admin request - Severn Vale PCN (U60417) - ICB approved',
        date: '2026-11-13T14:05:11Z',
        ...b,
        attachments: [{ filename: 'Severn Vale PCN - user admin request.pdf', data: pdf }],
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'U60417', type: 'pcn' },
        fields: { service: 'PCN', nominee: P('Thomas Greenhalgh', 'thomas.greenhalgh1@nhs.net'), approver: { ...P('Rachel Okonkwo-Hart', 'rachel.okonkwo-hart@nhs.net'), role: 'Primary Care Contracts Manager' } },
        mustRaise: [],
        traits: ['pdf_flat_table', 'form_and_body_agree', 'key_value_lines', 'second_code_in_form', 'nhsmail_display_name'],
      }),
    );
  }

  // 005 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hello',
      '',
      'I am the CQC Registered Manager for Ashgrove Health Centre (J82174). Please could you add one more PL Organisation Administrator for us. Our current list is below - it is only the last line that needs doing, the others are already set up.',
      '',
      'Name               Email                        Role                            Action',
      'Fiona Gallacher    fiona.gallacher@nhs.net      PL Organisation Administrator   none - existing',
      'Mark Ellery        mark.ellery@nhs.net          PL Organisation Administrator   none - existing',
      'Janice Whitfield   janice.whitfield2@nhs.net    PL Practice Manager             none',
      'Daniel Obi         daniel.obi2@nhs.net          (new)                           please set up as PL Organisation Administrator',
      '',
      'Daniel started with us as Assistant Practice Manager on 2 November.',
      '',
      'Thanks,',
      'Fiona',
      '',
      'Dr Fiona Gallacher',
      'GP Partner and CQC Registered Manager',
      'Ashgrove Health Centre',
      'Ashgrove Road, Andover, SP10 3AA',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '005-pl-admin-one-row-of-four', {
        client: 'outlook',
        from: { name: 'Gallacher Fiona', email: 'fiona.gallacher@nhs.net' },
        to: [PCSE.portal],
        subject: 'Additional PL Organisation Administrator - J82174',
        date: '2026-11-10T08:37:55Z',
        text: `${text}\n${outlookBody([], true).text}`,
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'J82174', type: 'gp_practice' },
        fields: { service: 'PL', nominee: P('Daniel Obi', 'daniel.obi2@nhs.net'), approver: { ...P('Fiona Gallacher', 'fiona.gallacher@nhs.net'), role: 'CQC Registered Manager' } },
        mustRaise: [],
        traits: ['borderless_spaces', 'one_row_is_the_request', 'plain_text_only', 'approver_is_sender'],
      }),
    );
  }

  // 006 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody(
      [
        'Hi,',
        "We'd like to add Lucy Brennan as an OPTO user admin. She has taken over the claims from our head office team. Below is how it looks now and how we'd like it to look:",
        {
          table: [
            ['', 'Existing', 'Proposed'],
            ['OPTO user admin 1', 'Graham Petrie', 'Graham Petrie'],
            ['OPTO user admin 2', 'Sian Roberts', 'Sian Roberts'],
            ['OPTO user admin 3', 'Kamal Deep', 'Kamal Deep'],
            ['OPTO user admin 4', 'Hayley Moffat', 'Hayley Moffat'],
            ['OPTO user admin 5', '-', 'Lucy Brennan (lucy.brennan@clearvieweyecare.co.uk)'],
          ],
          header: true,
          boldFirstCol: true,
        },
        'Nobody is leaving so we would like to keep the four we have.\nAs contract holder I authorise this.',
        'Regards',
        'Graham Petrie\nOptometrist / Contract Holder\nClearview Eyecare Ltd (TPB93)\n5 Bridge Street, Pershore, WR10 1AJ',
      ],
      false,
    );
    out.push(
      email(MB, '006-opto-admin-existing-proposed-fifth', {
        client: 'outlook',
        from: { name: 'Graham Petrie', email: 'graham.petrie@clearvieweyecare.co.uk' },
        to: [PCSE.portal],
        subject: 'Add OPTO user admin - Clearview Eyecare TPB93',
        date: '2026-11-10T12:19:03Z',
        ...b,
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'TPB93', type: 'ophthalmic_practice' },
        fields: { service: 'OPTO', nominee: P('Lucy Brennan', 'lucy.brennan@clearvieweyecare.co.uk'), approver: { ...P('Graham Petrie', 'graham.petrie@clearvieweyecare.co.uk'), role: 'Contract Holder' } },
        mustRaise: ['admin_limit_reached'],
        traits: ['existing_proposed_table', 'html_table', 'code_in_signature', 'approver_is_sender', 'non_nhs_domain'],
      }),
    );
  }

  // 007 ------------------------------------------------------------------------------------------------------------
  {
    const sheet = gppCertSheet(
      {
        practiceName: 'Kingsmead Family Practice',
        odsCode: 'P84061',
        practiceAddress: 'Kingsmead Road, Failsworth, M35 0BG',
        uaName: 'Joanne Templeton',
        uaJobTitle: 'Reception Manager',
        uaEmail: 'joanne.templeton@nhs.net',
        uaPhone: '0161 496 0593',
        approverName: 'Dr Asif Mahmood',
        approverPosition: 'Senior Partner',
        approverEmail: 'a.mahmood1@nhs.net',
        date: '16/11/2026',
      },
      pen('HandSlant', 12.5, '#1b2a6b', 'p007a'),
      pen('HandLoop', 12, '#15151c', 'p007b'),
    );
    const jpg = await scan(sheet, { skewDeg: 0.8, shiftX: 6, shiftY: -4, blur: 0.75, noise: 18, speckles: 900, shadow: 'left', grey: true, contrast: 0.9, paper: 240, jpegQuality: 62 }, 'p007');
    const pdf = await imagePdf([jpg], { title: 'Scan_20261116_105512', creator: 'RICOH IM C3000', producer: 'RICOH IM C3000', date: '2026-11-16T10:55:12Z' });
    const text = [
      'Hi',
      '',
      "Please see scanned form attached, signed by Dr Mahmood. I have copied the questions off your web page below as well in case the scan isn't clear.",
      '',
      'Practice name - KINGSMEAD FAMILY PRACTICE',
      'Practice code - P84061',
      'Name of person to be GPP user admin - JOANNE TEMPLETON',
      'Their email - JOANNE.TEMPLETON@NHS.NET',
      'Form authorised by - DR ASIF MAHMOOD, SENIOR PARTNER',
      '',
      'Thanks',
      'Jo Templeton',
      'Reception Manager',
      'Kingsmead Family Practice',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '007-gpp-admin-scan-capitals', {
        client: 'outlook',
        from: { name: 'Joanne Templeton', email: 'joanne.templeton@nhs.net' },
        to: [PCSE.portal],
        subject: 'GPP user admin form - KINGSMEAD FAMILY PRACTICE',
        date: '2026-11-16T11:02:48Z',
        text: `${text}${outlookBody([], true).text}`,
        attachments: [{ filename: 'Scan_20261116_105512.pdf', data: pdf }],
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'P84061', type: 'gp_practice' },
        fields: { service: 'GPP', nominee: P('Joanne Templeton', 'joanne.templeton@nhs.net'), approver: { ...P('Asif Mahmood', 'a.mahmood1@nhs.net'), role: 'Senior Partner' } },
        mustRaise: [],
        traits: ['pdf_scan', 'handwritten', 'answers_in_capitals', 'template_answered_inline', 'approver_email_only_in_scan', 'nominee_is_sender'],
      }),
    );
  }

  // 008 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Dear PCSE,',
      'Following a change of ownership at Brookfield Dental Care (V027716) please can you change our Main Contact for PCSE Online. Mr Lomax has retired and no longer has access to the practice.',
      {
        table: [
          ['', 'Current', 'New'],
          ['Main Contact name', 'Mr Peter Lomax', 'Mrs Gemma Tully'],
          ['Email', 'peter.lomax@nhs.net', 'gemma.tully@nhs.net'],
          ['Position', 'Former owner (retired 31/10/2026)', 'Practice Manager'],
          ['Telephone', '0114 496 0129', '0114 496 0129'],
        ],
        header: true,
        boldFirstCol: true,
      },
      'Many thanks',
      'Harjit Sandhu\nPrincipal Dentist\nBrookfield Dental Care\n27 Brookfield Road, Sheffield, S7 1DY',
    ]);
    out.push(
      email(MB, '008-main-contact-current-new-dental', {
        client: 'outlook',
        from: { name: 'Harjit Sandhu', email: 'harjit.sandhu@nhs.net' },
        to: [PCSE.portal],
        cc: [{ name: 'Gemma Tully', email: 'gemma.tully@nhs.net' }],
        subject: 'Change of Main Contact - Brookfield Dental Care',
        date: '2026-11-11T09:55:30Z',
        ...b,
      }, {
        kind: 'main_contact_change',
        ignored: null,
        organisation: { odsCode: 'V027716', type: 'dental_practice' },
        fields: { newMainContact: P('Gemma Tully', 'gemma.tully@nhs.net') },
        mustRaise: [],
        traits: ['current_new_table', 'html_table', 'honorifics_in_table', 'old_contact_in_table'],
      }),
    );
  }

  // 009 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody(
      [
        'Hello,',
        'Request to change main contact.',
        'Organisation code? FW3K8 (Castle Street Pharmacy, Ludlow)\nName of new main contact? Mohammed Idris - Pharmacist Manager\nEmail address of new main contact? mohammed.idris1@nhs.net',
        'The previous main contact (Claire Lowe) has left the company and her account should be deactivated by our user admin.',
        'Regards',
        'Adeel Chaudhry MRPharmS\nSuperintendent Pharmacist\nCastle Street Pharmacy Ltd\nRegistered in England No. 04418236',
      ],
      false,
    );
    out.push(
      email(MB, '009-main-contact-questions-pharmacy', {
        client: 'outlook',
        from: { name: 'Adeel Chaudhry', email: 'adeel.chaudhry@castlestreetpharmacy.co.uk' },
        to: [PCSE.portal],
        subject: 'Main contact change FW3K8',
        date: '2026-11-11T15:47:12Z',
        ...b,
      }, {
        kind: 'main_contact_change',
        ignored: null,
        organisation: { odsCode: 'FW3K8', type: 'pharmacy' },
        fields: { newMainContact: P('Mohammed Idris', 'mohammed.idris1@nhs.net') },
        mustRaise: [],
        traits: ['template_answered_inline', 'question_marks_as_labels', 'old_contact_named', 'non_nhs_domain'],
      }),
    );
  }

  // 010 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      "Please could you update the main contact for one of our member practices. I've pasted the line from our tracker below (sorry about the formatting):",
      'ODS Code;Practice Name;Current Main Contact;New Main Contact;New Main Contact Email;Start Date\nD82055;Elmwood Surgery;Sandra Boyce;Lewis Appiah;lewis.appiah@nhs.net;16/11/2026',
      'Sandra has retired. Lewis is the new practice manager at Elmwood and has an NHSmail account already.',
      'Thanks,\nTracey',
      'Tracey Fulcher\nOperations Manager\nNorth Norfolk GP Federation',
    ]);
    out.push(
      email(MB, '010-main-contact-semicolon-csv', {
        client: 'outlook',
        from: { name: 'Tracey Fulcher', email: 'tracey.fulcher@nhs.net' },
        to: [PCSE.portal],
        subject: 'Main contact update - Elmwood Surgery',
        date: '2026-11-16T13:26:41Z',
        ...b,
      }, {
        kind: 'main_contact_change',
        ignored: null,
        organisation: { odsCode: 'D82055', type: 'gp_practice' },
        fields: { newMainContact: P('Lewis Appiah', 'lewis.appiah@nhs.net') },
        mustRaise: [],
        traits: ['csv_semicolon', 'federation_for_member_practice', 'old_contact_in_table'],
      }),
    );
  }

  // 011 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hello,',
      'I joined Riverbank Medical Centre as a salaried GP in September and have never received the PCSE Online verification link. My GMC details are below and are up to date.',
      {
        table: [
          ['Name', 'Dr Marcus Feld'],
          ['GMC number', '7043188'],
          ['GMC registered email', 'marcus.feld@nhs.net'],
          ['Practice', 'Riverbank Medical Centre (H81092)'],
        ],
        boldFirstCol: true,
      },
      'Could you please send me a new link?',
      'Many thanks\nMarcus',
    ]);
    out.push(
      email(MB, '011-verification-link-gp-table', {
        client: 'outlook',
        from: { name: 'FELD, Marcus (RIVERBANK MEDICAL CENTRE)', email: 'marcus.feld@nhs.net' },
        to: [PCSE.portal],
        subject: 'Verification link not received',
        date: '2026-11-12T07:58:19Z',
        ...b,
      }, {
        kind: 'verification_link_resend',
        ignored: null,
        organisation: { odsCode: 'H81092', type: 'gp_practice' },
        fields: { accountEmail: 'marcus.feld@nhs.net', gmcNumber: '7043188' },
        mustRaise: [],
        traits: ['two_column_table', 'html_table', 'gmc_number', 'nhsmail_display_name'],
      }),
    );
  }

  // 012 ------------------------------------------------------------------------------------------------------------
  {
    const blocks = [
      'Hi there,',
      'Could you resend my verification link please? The first one expired before I got to it (I was on leave).',
      '- Name: Claire Venn\n- Username / email: claire.venn@harbouroptical.co.uk\n- Practice: Harbour Optical, Brixham\n- ODS code: TPD02\n- Role: OPTO Organisation User Administration',
      'Thanks so much,\nClaire',
    ];
    out.push(
      email(MB, '012-verification-link-markdown-list', {
        client: 'gmail',
        from: { name: 'Claire Venn', email: 'claire.venn@harbouroptical.co.uk' },
        to: [PCSE.portal],
        subject: 'Verification link expired',
        date: '2026-11-12T20:11:54Z',
        text: blocksToText(blocks),
        html: gmailHtml(blocks),
      }, {
        kind: 'verification_link_resend',
        ignored: null,
        organisation: { odsCode: 'TPD02', type: 'ophthalmic_practice' },
        fields: { accountEmail: 'claire.venn@harbouroptical.co.uk', gmcNumber: null },
        mustRaise: [],
        traits: ['markdown_list', 'gmail', 'non_nhs_domain'],
      }),
    );
  }

  // 013 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      "Please can you send a new PCSE Online verification link to our new GP partner. She didn't receive one when she registered.",
      {
        table: [
          ['Name', 'GMC No.', 'GMC email', 'Joined practice'],
          ['Dr Anjali Menon', '7215566', 'anjali.menon@nhs.net', '01/10/2026'],
        ],
        header: true,
      },
      'Thanks',
      'Gary Holt\nPractice Manager\nFoxhill Medical Group\nE85119',
    ]);
    out.push(
      email(MB, '013-verification-link-for-partner', {
        client: 'outlook',
        from: { name: 'Gary Holt', email: 'gary.holt@nhs.net' },
        to: [PCSE.portal],
        subject: 'New verification link for Dr Menon',
        date: '2026-11-17T09:30:02Z',
        ...b,
      }, {
        kind: 'verification_link_resend',
        ignored: null,
        organisation: { odsCode: 'E85119', type: 'gp_practice' },
        fields: { accountEmail: 'anjali.menon@nhs.net', gmcNumber: '7215566' },
        mustRaise: ['not_own_account'],
        traits: ['header_row_table', 'html_table', 'gmc_number', 'asked_for_someone_else', 'code_in_signature'],
      }),
    );
  }

  // 014 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Good afternoon,',
      "I've filled in the questions from your contact page below.",
      "Your name: Sinead Cahill\nOrganisation name: Abbeydale Dental Practice\nOrganisation code: V091234\nPCSE Online username: sinead.cahill@nhs.net\nWhat do you need help with?: My account is locked, I put the wrong password in too many times after it expired\nHave you tried 'Forgotten your login details'? Yes - it says the account is locked and to contact PCSE\nContact number: 0114 496 0732",
      'Thank you',
      'Sinéad Cahill\nPractice Manager\nAbbeydale Dental Practice',
    ]);
    out.push(
      email(MB, '014-unlock-questionnaire-dental', {
        client: 'outlook',
        from: { name: 'Sinéad Cahill', email: 'sinead.cahill@nhs.net' },
        to: [PCSE.portal],
        subject: 'PCSE Online account locked',
        date: '2026-11-17T14:48:36Z',
        ...b,
      }, {
        kind: 'account_unlock',
        ignored: null,
        organisation: { odsCode: 'V091234', type: 'dental_practice' },
        fields: { username: 'sinead.cahill@nhs.net' },
        mustRaise: [],
        traits: ['questionnaire', 'rfc2047', 'non_ascii_name'],
      }),
    );
  }

  // 015 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      'One of our dispensers is locked out of PCSE Online. Details:',
      {
        table: [
          ['Name', 'Username', 'Pharmacy', 'ODS', 'Problem'],
          ['Tomasz Wiśniewski', 'tomaszwisniewski@greenwaypharmacy', 'Greenway Pharmacy, Bootle', 'FK27P', 'Locked after 5 wrong passwords'],
        ],
        header: true,
        text: 'tabs',
      },
      "He doesn't have an email address so his username was set up without one by our user admin. Can you unlock it please?",
      'Thanks\nJoanne Kerr\nPharmacy Manager\nGreenway Pharmacy, 41 Stanley Road, Bootle, L20 3DR',
    ]);
    out.push(
      email(MB, '015-unlock-tab-table-pharmacy', {
        client: 'outlook',
        from: { name: 'Greenway Pharmacy FK27P', email: 'greenway.pharmacyfk27p@nhs.net' },
        to: [PCSE.portal],
        subject: 'Account locked - dispenser',
        date: '2026-11-18T10:06:27Z',
        ...b,
      }, {
        kind: 'account_unlock',
        ignored: null,
        organisation: { odsCode: 'FK27P', type: 'pharmacy' },
        fields: { username: 'tomaszwisniewski@greenwaypharmacy' },
        mustRaise: [],
        traits: ['header_row_table', 'borderless_tabs', 'non_email_username', 'shared_mailbox_sender', 'non_ascii_name'],
      }),
    );
  }

  // 016 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-421907';
    const text = [
      'Hi, answers under each question.',
      '',
      'On 17/11/2026 10:12, PCSE Portal Enquiries wrote:',
      '> Thank you for your email. So that we can reactivate your account please',
      '> reply with:',
      '>',
      '> 1. Your full name',
      'Deborah Kemp',
      '>',
      '> 2. Your PCSE Online username',
      'deborah.kemp@nhs.net',
      '>',
      '> 3. Your organisation name and ODS code',
      'Holmfirth Lane Surgery (GP practice), B8603',
      '>',
      '> 4. The user administrator or main contact role(s) you hold',
      'GPP Practice User Administrator',
      '>',
      `> Please quote reference ${ref} in any reply.`,
      '>',
      '> Kind regards',
      '> PCSE Customer Support',
      '> Primary Care Support England',
      '',
      'Thanks, Debbie',
      '',
      '--',
      'Deborah Kemp',
      'Finance & HR Administrator',
      'Holmfirth Lane Surgery',
      '',
    ].join('\n');
    out.push(
      email(MB, '016-reactivation-interleaved-answers', {
        client: 'thunderbird',
        from: { name: 'Deborah Kemp', email: 'deborah.kemp@nhs.net' },
        to: [PCSE.portal],
        subject: `Re: Account reactivation - further information required ${ref}`,
        date: '2026-11-18T11:40:15Z',
        text,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
      }, {
        kind: 'account_reactivation',
        ignored: null,
        organisation: { odsCode: 'B8603', type: 'gp_practice' },
        fields: { username: 'deborah.kemp@nhs.net' },
        mustRaise: ['ods_invalid'],
        traits: ['interleaved_answers', 'questions_quoted', 'case_ref', 'malformed_code', 'thunderbird'],
      }),
    );
  }

  // 017 ------------------------------------------------------------------------------------------------------------
  {
    const blocks = [
      'Hi,',
      "My PCSE Online account has been deactivated (I haven't logged in since the spring). I'm one of the practice's OPTO user admins so I understand I have to ask you to reactivate it. Details below, copied from our IT log:",
      'username=r.castellano@visionplusopticians.co.uk\nname=Roberto Castellano\norg_code=TPF55\norg_name=Vision Plus Opticians (Ilkley)\nrole=OPTO Organisation User Administration\nerror="Your account has been deactivated. Please contact your User Administrator."',
      'Grazie / thanks\nRoberto',
    ];
    out.push(
      email(MB, '017-reactivation-key-equals-value', {
        client: 'gmail',
        from: { name: 'Roberto Castellano', email: 'r.castellano@visionplusopticians.co.uk' },
        to: [PCSE.portal],
        subject: 'Reactivate user admin account - TPF55',
        date: '2026-11-19T08:15:49Z',
        text: blocksToText(blocks),
        html: gmailHtml(blocks),
      }, {
        kind: 'account_reactivation',
        ignored: null,
        organisation: { odsCode: 'TPF55', type: 'ophthalmic_practice' },
        fields: { username: 'r.castellano@visionplusopticians.co.uk' },
        mustRaise: [],
        traits: ['key_equals_value', 'gmail', 'non_nhs_domain'],
      }),
    );
  }

  // 018 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      'Michelle Dunn has moved from our finance team to reception, so she no longer needs the pensions roles in PCSE Online. Please remove the roles marked Y below and leave the others on her account.',
      'User: Michelle Dunn (michelle.dunn@nhs.net)',
      {
        table: [
          ['Role', 'Remove?'],
          ['Joiner & Leaver', 'Y'],
          ['Practice Estimate and Salary Change', 'Y'],
          ['Practice Order Entry Clerk', 'N'],
          ['Practice Records Movement Admin', 'N'],
        ],
        header: true,
      },
      'Thank you\nRhiannon',
      "Rhiannon Price\nPractice Manager\nSt Anne's Medical Practice (N81077)",
    ]);
    out.push(
      email(MB, '018-role-removal-yes-no-table', {
        client: 'outlook',
        from: { name: 'Rhiannon Price', email: 'rhiannon.price@nhs.net' },
        to: [PCSE.portal],
        subject: 'Remove roles - Michelle Dunn',
        date: '2026-11-19T16:02:33Z',
        ...b,
      }, {
        kind: 'role_removal_request',
        ignored: null,
        organisation: { odsCode: 'N81077', type: 'gp_practice' },
        fields: { username: 'michelle.dunn@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
        mustRaise: [],
        traits: ['yes_no_table', 'html_table', 'only_some_rows_requested', 'code_in_signature'],
      }),
    );
  }

  // 019 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hello,',
      '',
      'Can you please remove a role from one of our optometrists.',
      '',
      '**User:** Jenna Moss',
      '**Username:** jenna.moss@nhs.net',
      '**Practice:** Eyes Right Opticians (TPH19)',
      '',
      '**Remove:**',
      '* Contractor Signatory',
      '',
      '**Keep:**',
      '* GOS Performer',
      '',
      "She is no longer a director so shouldn't be signing claims, but she is still working for us as a performer.",
      '',
      'Thanks',
      'Owen Pritchard',
      'Director, Eyes Right Opticians',
      '',
    ].join('\n');
    out.push(
      email(MB, '019-role-removal-markdown', {
        client: 'apple',
        from: { name: 'Owen Pritchard', email: 'owen.pritchard@nhs.net' },
        to: [PCSE.portal],
        subject: 'Remove Contractor Signatory role',
        date: '2026-11-20T09:21:10Z',
        text,
      }, {
        kind: 'role_removal_request',
        ignored: null,
        organisation: { odsCode: 'TPH19', type: 'ophthalmic_practice' },
        fields: { username: 'jenna.moss@nhs.net', roles: ['Contractor Signatory'] },
        mustRaise: [],
        traits: ['markdown_list', 'keep_list_beside_remove_list', 'apple_mail'],
      }),
    );
  }

  // 020 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      "Just chasing the below, we haven't heard anything yet:",
      {
        table: [
          ['Your ref', 'Date sent', 'Request', 'Status'],
          ['PCSE-2026-405118', '02/11/2026', 'New main contact for Ridgeway Surgery', 'No reply yet'],
        ],
        header: true,
      },
      'Could you let me know where this is up to?',
      'Thanks\nLorna Baxter\nRidgeway Surgery',
    ]);
    out.push(
      email(MB, '020-chaser-with-table', {
        client: 'outlook',
        from: { name: 'Lorna Baxter', email: 'lorna.baxter@nhs.net' },
        to: [PCSE.portal],
        subject: 'Chasing - PCSE-2026-405118',
        date: '2026-11-20T11:58:44Z',
        ...b,
      }, {
        kind: 'unclassified',
        ignored: null,
        organisation: null,
        fields: {},
        mustRaise: [],
        traits: ['chaser', 'case_ref', 'header_row_table'],
      }),
    );
  }

  // 021 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-410877';
    const b = outlookBody([
      'Thank you - Hayley has her verification email and has logged in fine.',
      'Kind regards\nMarie',
      'Marie Lockwood | Practice Manager | Lister House Surgery\nT: 0113 496 0901 | E: marie.lockwood@nhs.net',
      {
        quote: [
          '________________________________',
          'From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
          'Sent: 20 November 2026 16:40',
          'To: Marie Lockwood <marie.lockwood@nhs.net>',
          `Subject: ${ref} - GPP Practice User Administrator set up`,
          '',
          'Dear Marie,',
          '',
          'The GPP Practice User Administrator role has been set up for the nominee named in your request. They will receive a verification email shortly.',
          '',
          'Kind regards',
          'PCSE Customer Support',
        ].join('\n'),
      },
    ]);
    out.push(
      email(MB, '021-thanks-with-ref', {
        client: 'outlook',
        from: { name: 'Marie Lockwood', email: 'marie.lockwood@nhs.net' },
        to: [PCSE.portal],
        subject: `RE: ${ref} - GPP Practice User Administrator set up`,
        date: '2026-11-23T10:12:05Z',
        ...b,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
      }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_ref', 'pipe_signature'] }),
    );
  }

  // 022 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-412260';
    const b = outlookBody(
      [
        'Thank you for your email. I am out of the office until Monday 30 November with no access to email.',
        'For anything urgent please contact:',
        {
          table: [
            ['Practice matters', 'Karen Ibbotson', 'karen.ibbotson@nhs.net'],
            ['Clinical queries', 'Dr Priya Sen', 'priya.sen4@nhs.net'],
          ],
          text: 'tabs',
        },
        'Neil',
      ],
      false,
    );
    out.push(
      email(MB, '022-auto-reply-out-of-office', {
        client: 'outlook',
        from: { name: 'Neil Carver', email: 'neil.carver@nhs.net' },
        to: [PCSE.portal],
        subject: `Automatic reply: ${ref} Your PCSE Online request`,
        date: '2026-11-23T10:12:41Z',
        ...b,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
        extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: neil.carver@nhs.net'],
      }, { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_ref', 'contacts_table'] }),
    );
  }

  // 023 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hello,',
      'A few questions before I send anything in:',
      '1. How many PL Organisation Administrators can one practice have?\n2. If our CQC Registered Manager changes, do the existing admins stay in place or do we have to nominate them again?\n3. Is the GPP certification form the same one we would use for our branch surgery?',
      "We're Moor Lane Surgery in Preston.",
      'Thanks\nAngela Hirst\nOffice Manager',
    ]);
    out.push(
      email(MB, '023-question-numbered', {
        client: 'outlook',
        from: { name: 'Angela Hirst', email: 'angela.hirst@nhs.net' },
        to: [PCSE.portal],
        subject: 'Questions about user admins',
        date: '2026-11-24T13:33:20Z',
        ...b,
      }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'numbered_questions'] }),
    );
  }

  // 024 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Dear PCSE,',
      'Please update our practice email address as below.',
      {
        table: [
          ['', 'Existing', 'Proposed'],
          ['Practice', 'Highfield Dental Practice', '(no change)'],
          ['ODS code', 'V044187', '(no change)'],
          ['Practice email address', 'highfielddentalpractice@nhs.net', 'highfield.dental.admin@nhs.net'],
        ],
        header: true,
        boldFirstCol: true,
      },
      'The new address is our shared practice mailbox which the whole reception team can see.',
      'Kind regards\nNasreen Akhtar\nPractice Manager',
    ]);
    out.push(
      email(MB, '024-practice-email-misdirected', {
        client: 'outlook',
        from: { name: 'Nasreen Akhtar', email: 'nasreen.akhtar@nhs.net' },
        to: [PCSE.portal],
        subject: 'Update practice email address',
        date: '2026-11-24T15:09:58Z',
        ...b,
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'V044187', type: 'dental_practice' },
        fields: { currentEmail: 'highfielddentalpractice@nhs.net', newEmail: 'highfield.dental.admin@nhs.net' },
        mustRaise: [],
        traits: ['misdirected', 'existing_proposed_table', 'html_table', 'no_change_cells'],
      }),
    );
  }

  // 025 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await optoNominationAcroform(
      {
        practiceName: 'Lakeside Optometrists',
        odsCode: 'TPM31',
        nomineeName: 'Joy Okafor',
        nomineeEmail: 'j.okafor@nhs.net',
        nomineePhone: '0161 496 0447',
        opto: true,
        pl: false,
        holderName: 'Samuel Idowu',
        holderEmail: 'samuel.idowu@nhs.net',
        date: '23/11/2026',
      },
      { title: 'User Administrator Nomination', creator: 'Writer', producer: 'LibreOffice 24.8', date: '2026-11-23T17:02:00Z', author: 'Lakeside Optometrists' },
    );
    const b = outlookBody([
      'Hi,',
      'Attached is our nomination form for Joy Okafor to be an OPTO user administrator at Lakeside Optometrists (TPM31).',
      "One correction - the form says her email is j.okafor@nhs.net, that's wrong, it should be joy.okafor@nhs.net. I didn't notice until after I'd signed it.",
      'Thanks\nSam Idowu\nContract Holder, Lakeside Optometrists',
    ]);
    out.push(
      email(MB, '025-opto-admin-form-corrected-in-body', {
        client: 'outlook',
        from: { name: 'Samuel Idowu', email: 'samuel.idowu@nhs.net' },
        to: [PCSE.portal],
        subject: 'OPTO user admin nomination - Lakeside Optometrists',
        date: '2026-11-25T09:44:17Z',
        ...b,
        attachments: [{ filename: 'UA nomination - Joy Okafor.pdf', data: pdf }],
      }, {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'TPM31', type: 'ophthalmic_practice' },
        fields: { service: 'OPTO', nominee: P('Joy Okafor', 'joy.okafor@nhs.net'), approver: { ...P('Samuel Idowu', 'samuel.idowu@nhs.net'), role: 'Contract Holder' } },
        mustRaise: [],
        traits: ['pdf_acroform', 'body_corrects_form', 'checkbox_service', 'approver_is_sender'],
      }),
    );
  }

  return out;
}
