// pcse.datamanager: practice email changes, main contact extensions and branches, answered as tables and lists.
import { CRLF, P, PCSE, blocksToText, email, gmailHtml, outlookBody, rfcDate, sha, wordHtml, type CorpusEmail, type Node } from './lib.js';
import { flatTablePdf } from './pdfs.js';

const MB = 'datamanager' as const;
const pcseMid = (ref: string) => `<LO4P265MB3310${sha(ref).slice(0, 20).toUpperCase()}@LO4P265MB3310.GBRP265.PROD.OUTLOOK.COM>`;

export async function datamanagerEmails(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hello,',
      'Following the steps on your website:',
      'Practice name: Brookside Surgery\nPractice code: L83102\nCurrent practice email address (the one shown above): brookside.surgery@nhs.net\nNew practice email address: brooksidesurgery.l83102@nhs.net',
      'The old address will be closed at the end of the month, so please send the confirmation to the new one.',
      'Many thanks',
      'Helen Tregarthen\nPractice Manager\nBrookside Surgery, Fore Street, Redruth, TR15 2AX',
    ]);
    out.push(
      email(MB, '001-email-update-template-inline', {
        client: 'outlook',
        from: { name: 'Helen Tregarthen', email: 'helen.tregarthen@nhs.net' },
        to: [PCSE.data],
        subject: 'Update practice email address',
        date: '2026-11-09T10:03:51Z',
        ...b,
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'L83102', type: 'gp_practice' },
        fields: { currentEmail: 'brookside.surgery@nhs.net', newEmail: 'brooksidesurgery.l83102@nhs.net' },
        mustRaise: [],
        traits: ['template_answered_inline', 'template_wording_copied'],
      }),
    );
  }

  // 002 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Dear Data Manager team,',
      'Please update the practice email address you hold for us:',
      {
        table: [
          ['Practice name', 'Parkview Dental Centre'],
          ['Practice code', 'V063390'],
          ['Current practice email', 'parkview.dental@nhs.net'],
          ['New practice email', 'parkviewdental.reception@nhs.net'],
          ['Reason', 'Old mailbox being closed by NHSmail as part of the clean-up'],
        ],
        boldFirstCol: true,
      },
      'Kind regards,',
      'Ewa Nowak\nPractice Manager\nParkview Dental Centre',
    ]);
    out.push(
      email(MB, '002-email-update-two-column-dental', {
        client: 'outlook',
        from: { name: 'Ewa Nowak', email: 'ewa.nowak@nhs.net' },
        to: [PCSE.data],
        subject: 'Update practice email address - V063390',
        date: '2026-11-10T11:27:09Z',
        ...b,
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'V063390', type: 'dental_practice' },
        fields: { currentEmail: 'parkview.dental@nhs.net', newEmail: 'parkviewdental.reception@nhs.net' },
        mustRaise: [],
        traits: ['two_column_table', 'html_table'],
      }),
    );
  }

  // 003 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      {
        table: [
          ['', 'Current', 'New'],
          ['Pharmacy name', 'Hollins Pharmacy', 'Hollins Pharmacy'],
          ['ODS code', 'FJ6T2', 'FJ6T2'],
          ['Email address', 'hollinspharmacy.fj6t2@nhs.net', 'sarah.hollins@nhs.net'],
        ],
        header: true,
        boldFirstCol: true,
      },
      "Please change it to my own nhs.net address - I'm the only one who checks the shared one anyway.",
      'Thanks\nSarah Hollins\nPharmacist / Owner\nHollins Pharmacy, 8 Market Street, Hyde, SK14 1AT',
    ]);
    out.push(
      email(MB, '003-email-update-current-new-personal', {
        client: 'outlook',
        from: { name: 'Sarah Hollins', email: 'sarah.hollins@nhs.net' },
        to: [PCSE.data],
        subject: 'Update practice email address - Hollins Pharmacy FJ6T2',
        date: '2026-11-10T16:44:25Z',
        ...b,
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'FJ6T2', type: 'pharmacy' },
        fields: { currentEmail: 'hollinspharmacy.fj6t2@nhs.net', newEmail: 'sarah.hollins@nhs.net' },
        mustRaise: ['individual_mailbox'],
        traits: ['current_new_table', 'html_table', 'unchanged_rows_repeated'],
      }),
    );
  }

  // 004 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      'We are tidying up the practice mailboxes across the partnership. Only Bramley Road is changing at the moment - the other two are listed for completeness and should stay as they are.',
      {
        table: [
          ['Site', 'ODS code', 'Current practice email', 'New practice email', 'Change?'],
          ['Moorfield Surgery', 'G82091', 'moorfield.surgery@nhs.net', '-', 'No'],
          ['Bramley Road Surgery', 'G82640', 'bramleyroad.g82640@nhs.net', 'moorfieldhp.bramleyroad@nhs.net', 'YES'],
          ['Cherry Tree Practice', 'G82713', 'cherrytree.practice@nhs.net', '-', 'No (next year)'],
        ],
        header: true,
      },
      'Thanks,\nKevin',
      'Kevin Marsden\nBusiness Manager\nMoorfield Health Partnership',
    ]);
    out.push(
      email(MB, '004-email-update-one-row-of-three-sites', {
        client: 'outlook',
        from: { name: 'Kevin Marsden', email: 'kevin.marsden1@nhs.net' },
        to: [PCSE.data],
        subject: 'Practice email address change - Bramley Road Surgery',
        date: '2026-11-11T08:52:37Z',
        ...b,
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'G82640', type: 'gp_practice' },
        fields: { currentEmail: 'bramleyroad.g82640@nhs.net', newEmail: 'moorfieldhp.bramleyroad@nhs.net' },
        mustRaise: [],
        traits: ['one_row_is_the_request', 'header_row_table', 'html_table', 'other_codes_listed'],
      }),
    );
  }

  // 005 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hi,',
      '',
      'pasting from our spreadsheet:',
      '',
      'practice name,practice code,current email,new email',
      'Dalton & Rhys Opticians,TPR06,daltonrhys.opticians@nhs.net,daltonandrhys.tpr06@nhs.net',
      '',
      'thanks',
      'Gwen',
      '',
      'Gwen Rhys',
      'Dalton & Rhys Opticians',
      'Get Outlook for Android<https://aka.ms/AAb9ysg>',
      '',
    ].join('\n');
    out.push(
      email(MB, '005-email-update-comma-csv', {
        client: 'outlook-android',
        from: { name: 'Gwen Rhys', email: 'gwen.rhys@nhs.net' },
        to: [PCSE.data],
        subject: 'Update practice email address',
        date: '2026-11-12T19:05:13Z',
        text,
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'TPR06', type: 'ophthalmic_practice' },
        fields: { currentEmail: 'daltonrhys.opticians@nhs.net', newEmail: 'daltonandrhys.tpr06@nhs.net' },
        mustRaise: [],
        traits: ['csv_comma', 'plain_text_only', 'mobile'],
      }),
    );
  }

  // 006 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Dear Data Manager,',
      'We would like to extend our current main contact to a new pharmacy that we opened on 2 November. The details are below.',
      'Existing pharmacy',
      {
        table: [
          ['Pharmacy name', 'Aldergate Pharmacy'],
          ['ODS code', 'FP3L9'],
          ['Main contact', 'Imran Qureshi'],
          ['Main contact email', 'imran.qureshi@nhs.net'],
          ['Address', '14 Aldergate, Tamworth, Staffordshire, B79 7DL'],
          ['Telephone', '0121 496 0384'],
        ],
        boldFirstCol: true,
      },
      'New pharmacy',
      {
        table: [
          ['Pharmacy name', 'Aldergate Pharmacy - Wilnecote'],
          ['ODS code', 'FX8D4'],
          ['Address', '2 Watling Street, Wilnecote, Tamworth, B77 5BA'],
        ],
        boldFirstCol: true,
      },
      "The new pharmacy's phone number is 0121 496 0391 if you need to call to verify.",
      'Kind regards',
      'Imran Qureshi MPharm\nSuperintendent Pharmacist\nAldergate Pharmacy Group',
    ]);
    out.push(
      email(MB, '006-extension-two-tables-pharmacy', {
        client: 'outlook',
        from: { name: 'Imran Qureshi', email: 'imran.qureshi@nhs.net' },
        to: [PCSE.data],
        subject: 'Extend main contact to new pharmacy FX8D4',
        date: '2026-11-12T09:18:46Z',
        ...b,
      }, {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: { odsCode: 'FP3L9', type: 'pharmacy' },
        fields: {
          existingPractice: { odsCode: 'FP3L9', name: 'Aldergate Pharmacy', mainContact: P('Imran Qureshi', 'imran.qureshi@nhs.net'), address: '14 Aldergate, Tamworth, Staffordshire, B79 7DL', phone: '0121 496 0384' },
          newPractice: { odsCode: 'FX8D4', name: 'Aldergate Pharmacy - Wilnecote', address: '2 Watling Street, Wilnecote, Tamworth, B77 5BA' },
        },
        mustRaise: [],
        traits: ['two_tables', 'two_column_table', 'html_table', 'new_phone_in_prose'],
      }),
    );
  }

  // 007 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hello,',
      '',
      "I would like to extend a current main contact to a new practice. I've answered your list underneath each point.",
      '',
      'Details of your existing practice:',
      '- The name of your existing practice',
      'Cedar House Dental Practice',
      "- The organisation/ODS code for your existing practice (Dentists code starts with 'V', ophthalmic codes start with 'TP', pharmacies code starts with 'F', GP main practice codes are a letter followed by five numbers)",
      'V015528',
      '- The name of the main contact we hold for your existing practice',
      'Dr Eleni Papadopoulou',
      '- The email address for the main contact we hold for your existing practice',
      'eleni.papadopoulou@nhs.net',
      '- The existing practice/organisation address',
      'Cedar House',
      '3 Cedar Road',
      'Leamington Spa',
      'CV32 4JH',
      '- The existing practice telephone number',
      '01632 960481',
      'Details of your new practice:',
      '- The practice ODS code for your new practice',
      'V108842',
      '- The name of your new practice',
      'Cedar House Dental at Kingsway',
      '- The address of your new practice',
      '118 Kingsway',
      'Leamington Spa',
      'CV31 3LE',
      '',
      'Kind regards',
      'Eleni',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '007-extension-answers-next-line-dental', {
        client: 'outlook',
        from: { name: 'Eleni Papadopoulou', email: 'eleni.papadopoulou@nhs.net' },
        to: [PCSE.data],
        subject: 'Extend main contact to new practice - Cedar House Dental',
        date: '2026-11-13T12:31:20Z',
        text: `${text}${outlookBody([], true).text}`,
      }, {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: { odsCode: 'V015528', type: 'dental_practice' },
        fields: {
          existingPractice: { odsCode: 'V015528', name: 'Cedar House Dental Practice', mainContact: P('Eleni Papadopoulou', 'eleni.papadopoulou@nhs.net'), address: 'Cedar House, 3 Cedar Road, Leamington Spa, CV32 4JH', phone: '01632 960481' },
          newPractice: { odsCode: 'V108842', name: 'Cedar House Dental at Kingsway', address: '118 Kingsway, Leamington Spa, CV31 3LE' },
        },
        mustRaise: [],
        traits: ['answers_next_line', 'template_wording_copied', 'multi_line_address', 'plain_text_only'],
      }),
    );
  }

  // 008 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await flatTablePdf(
      {
        heading: 'Request to extend Main Contact to a new practice',
        subheading: 'Optique Eyecare - for PCSE Data Manager',
        font: 'times',
        sections: [
          {
            widths: [135, 180, 180],
            headerRow: true,
            boldFirstCol: true,
            rows: [
              ['', 'Existing practice', 'New practice'],
              ['Practice name', 'Optique Eyecare', 'Optique Eyecare Corbridge'],
              ['ODS code', 'TPN22', 'TPW08'],
              ['Main contact name', 'Farah Siddiqui', '(same - to be extended)'],
              ['Main contact email', 'farah.siddiqui@optique-eyecare.co.uk', '(same)'],
              ['Address', '7 Market Place, Hexham, Northumberland, NE46 1XQ', '18 Front Street, Corbridge, Northumberland, NE45 5AP'],
              ['Telephone', '0191 498 0233', '0191 498 0260'],
            ],
            after: 'The new practice opened on 16 November 2026. Please call either number to verify.',
          },
        ],
        signature: { label: 'Signed:', name: 'Farah Siddiqui, Director', date: '17/11/2026' },
      },
      { title: 'Main contact extension', author: 'Farah Siddiqui', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019', date: '2026-11-17T10:12:00Z' },
    );
    const blocks = [
      'Hello,',
      'Please find attached our request to extend our main contact to our new practice in Corbridge. All the details you asked for on the website are in the table on the form.',
      'Best wishes\nFarah Siddiqui\nOptique Eyecare',
    ];
    out.push(
      email(MB, '008-extension-flat-pdf-side-by-side', {
        client: 'gmail',
        from: { name: 'Farah Siddiqui', email: 'farah.siddiqui@optique-eyecare.co.uk' },
        to: [PCSE.data],
        subject: 'Extending main contact - Optique Eyecare Corbridge',
        date: '2026-11-17T10:26:58Z',
        text: blocksToText(blocks),
        html: gmailHtml(blocks),
        attachments: [{ filename: 'Optique Eyecare - main contact extension.pdf', data: pdf }],
      }, {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: { odsCode: 'TPN22', type: 'ophthalmic_practice' },
        fields: {
          existingPractice: { odsCode: 'TPN22', name: 'Optique Eyecare', mainContact: P('Farah Siddiqui', 'farah.siddiqui@optique-eyecare.co.uk'), address: '7 Market Place, Hexham, Northumberland, NE46 1XQ', phone: '0191 498 0233' },
          newPractice: { odsCode: 'TPW08', name: 'Optique Eyecare Corbridge', address: '18 Front Street, Corbridge, Northumberland, NE45 5AP' },
        },
        mustRaise: [],
        traits: ['pdf_flat_table', 'existing_new_columns', 'see_attached', 'gmail', 'non_nhs_domain'],
      }),
    );
  }

  // 009 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Good morning,',
      '',
      'We would like to set up access to PCSE Online for a branch practice. I have copied your list and put our answers in brackets.',
      '',
      'Details of your main practice',
      '- The name of your main practice (Westgate Medical Practice)',
      '- Your organisation type (GP) (yes - GP)',
      '- The organisation/ODS code for your main practice (GP main practice codes are a letter followed by five numbers) (C84011)',
      '- The name of the main contact PCSE holds for your main practice (Angela Price)',
      '- The email address for the main contact we hold for your main practice (angela.price4@nhs.net)',
      '- The main practice/organisation address (21 Westgate, Mansfield, Nottinghamshire, NG18 1RS)',
      '- The main practice telephone number (0115 496 0410)',
      'Details of your branch practice',
      '- The name of the main contact you would like to set up for your branch including title (Mr Jason Oyelaran)',
      '- The email address for the main contact you would like to set up for your branch (jason.oyelaran@nhs.net)',
      '- The ODS code for your branch (Branch practice ODS codes begin with the main site code, followed by 001, 002, 003 ) (C84011002)',
      '- The name of your new branch practice (Westgate Medical Practice - Forest Town)',
      '- The new branch practice/organisation address (Clipstone Road West, Forest Town, Mansfield, NG19 0HJ)',
      '- The new branch practice telephone number (0115 496 0477)',
      '',
      'Jason is our site manager at Forest Town. We have the PDF report from the ODS team if you need it.',
      '',
      'Kind regards',
      'Angela Price',
      'Practice Manager',
      'Westgate Medical Practice',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '009-branch-answers-in-brackets', {
        client: 'outlook',
        from: { name: 'Angela Price', email: 'angela.price4@nhs.net' },
        to: [PCSE.data],
        subject: 'Branch practice set up - Westgate Medical Practice',
        date: '2026-11-16T08:49:03Z',
        text: `${text}${outlookBody([], true).text}`,
      }, {
        kind: 'branch_setup',
        ignored: null,
        organisation: { odsCode: 'C84011', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'C84011', name: 'Westgate Medical Practice', mainContact: P('Angela Price', 'angela.price4@nhs.net'), address: '21 Westgate, Mansfield, Nottinghamshire, NG18 1RS', phone: '0115 496 0410' },
          branch: {
            odsCode: 'C84011002',
            name: 'Westgate Medical Practice - Forest Town',
            address: 'Clipstone Road West, Forest Town, Mansfield, NG19 0HJ',
            phone: '0115 496 0477',
            mainContact: { ...P('Jason Oyelaran', 'jason.oyelaran@nhs.net'), title: 'Mr' },
          },
        },
        mustRaise: [],
        traits: ['answers_in_brackets', 'template_wording_copied', 'template_brackets_too', 'plain_text_only'],
      }),
    );
  }

  // 010 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hello,',
      'Please could you set up our new branch surgery on PCSE Online. The details are below in the format you asked for.',
      {
        table: [
          ['', 'Main practice', 'Branch practice'],
          ['Practice name', 'Kelsall Road Surgery', 'Tarvin Village Surgery'],
          ['Organisation type', 'GP', 'GP branch'],
          ['ODS code', 'N82044', 'N82404001'],
          ['Main contact', 'Dr Ruth Ebbs', 'Ms Abigail Thorne'],
          ['Main contact email', 'ruth.ebbs@nhs.net', 'abigail.thorne3@nhs.net'],
          ['Address', '2 Kelsall Road, Chester, CH3 5LP', 'High Street, Tarvin, Chester, CH3 8EE'],
          ['Telephone', '0151 496 0612', '0151 496 0688'],
        ],
        header: true,
        boldFirstCol: true,
      },
      'Best wishes',
      'Ruth Ebbs\nGP Partner, Kelsall Road Surgery',
    ]);
    out.push(
      email(MB, '010-branch-main-vs-branch-columns', {
        client: 'outlook',
        from: { name: 'Ruth Ebbs', email: 'ruth.ebbs@nhs.net' },
        to: [PCSE.data],
        subject: 'New branch - PCSE Online access',
        date: '2026-11-18T13:14:27Z',
        ...b,
      }, {
        kind: 'branch_setup',
        ignored: null,
        organisation: { odsCode: 'N82044', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'N82044', name: 'Kelsall Road Surgery', mainContact: P('Ruth Ebbs', 'ruth.ebbs@nhs.net'), address: '2 Kelsall Road, Chester, CH3 5LP', phone: '0151 496 0612' },
          branch: {
            odsCode: 'N82404001',
            name: 'Tarvin Village Surgery',
            address: 'High Street, Tarvin, Chester, CH3 8EE',
            phone: '0151 496 0688',
            mainContact: { ...P('Abigail Thorne', 'abigail.thorne3@nhs.net'), title: 'Ms' },
          },
        },
        mustRaise: ['branch_code_mismatch'],
        traits: ['main_branch_columns', 'html_table', 'honorifics_in_table'],
      }),
    );
  }

  // 011 ------------------------------------------------------------------------------------------------------------
  {
    const pdf = await flatTablePdf(
      {
        heading: 'New branch - PCSE Online set-up details',
        subheading: 'Aire Valley Surgery',
        intro: 'Information requested by PCSE for setting up access to PCSE Online for a branch practice.',
        sections: [
          {
            title: 'Main practice',
            widths: [200, 295],
            boldFirstCol: true,
            rows: [
              ['Name of main practice', 'Aire Valley Surgery'],
              ['Organisation type', 'GP'],
              ['ODS code', 'B86651'],
              ['Main contact held by PCSE', 'Imogen Pearce'],
              ['Main contact email', 'imogen.pearce@nhs.net'],
              ['Address', '14 Town Street, Horsforth, Leeds, LS18 4RJ'],
              ['Telephone', '0113 496 0552'],
            ],
          },
          {
            title: 'Branch practice',
            widths: [200, 295],
            boldFirstCol: true,
            rows: [
              ['Branch main contact (incl. title)', 'Dr Tobias Lund'],
              ['Branch main contact email', 'tobias.lund@nhs.net'],
              ['Branch ODS code', 'B86651001'],
              ['Name of branch', 'Aire Valley Surgery - Rodley'],
              ['Branch address', '3 Rodley Lane, Rodley, Leeds, LS13 1HU'],
              ['Branch telephone', '0113 496 0552'],
            ],
          },
        ],
        footer: 'Completed by Imogen Pearce, Practice Manager, 19/11/2026',
      },
      { title: 'Branch set up', author: 'Imogen Pearce', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-19T15:40:00Z' },
    );
    const b = outlookBody([
      'Hi,',
      'Attached is the completed branch set-up sheet for our new Rodley site (ODS code B86651001).',
      "One correction: the form says the branch telephone number is 0113 496 0552 - that's actually the main surgery's number. The branch number is 0113 496 0587.",
      'Everything else on the form is correct.',
      'Thanks\nImogen Pearce\nPractice Manager\nAire Valley Surgery',
    ]);
    out.push(
      email(MB, '011-branch-flat-pdf-phone-corrected', {
        client: 'outlook',
        from: { name: 'Imogen Pearce', email: 'imogen.pearce@nhs.net' },
        to: [PCSE.data],
        subject: 'Branch set up - Aire Valley Surgery Rodley',
        date: '2026-11-19T15:52:31Z',
        ...b,
        attachments: [{ filename: 'Rodley branch set up.pdf', data: pdf }],
      }, {
        kind: 'branch_setup',
        ignored: null,
        organisation: { odsCode: 'B86651', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'B86651', name: 'Aire Valley Surgery', mainContact: P('Imogen Pearce', 'imogen.pearce@nhs.net'), address: '14 Town Street, Horsforth, Leeds, LS18 4RJ', phone: '0113 496 0552' },
          branch: {
            odsCode: 'B86651001',
            name: 'Aire Valley Surgery - Rodley',
            address: '3 Rodley Lane, Rodley, Leeds, LS13 1HU',
            phone: '0113 496 0587',
            mainContact: { ...P('Tobias Lund', 'tobias.lund@nhs.net'), title: 'Dr' },
          },
        },
        mustRaise: [],
        traits: ['pdf_flat_table', 'body_corrects_form', 'values_only_in_pdf'],
      }),
    );
  }

  // 012 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-419934';
    const b = outlookBody([
      'Thank you, I can see the new address is showing now.',
      'Regards\nEwa',
      {
        quote: [
          '________________________________',
          'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
          'Sent: 20 November 2026 14:05',
          'To: parkviewdental.reception@nhs.net',
          `Subject: Update practice email address [${ref}]`,
          '',
          'Dear Practice,',
          '',
          'We have updated the practice email address held for your practice. This confirmation has been sent to the new address.',
          '',
          'Kind regards',
          'PCSE Data Manager team',
        ].join('\n'),
      },
    ]);
    out.push(
      email(MB, '012-thanks-with-ref', {
        client: 'outlook',
        from: { name: 'Parkview Dental Reception', email: 'parkviewdental.reception@nhs.net' },
        to: [PCSE.data],
        subject: `RE: Update practice email address [${ref}]`,
        date: '2026-11-23T08:40:12Z',
        ...b,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
      }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_ref'] }),
    );
  }

  // 013 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-420115';
    const date = '2026-11-25T14:20:14Z';
    const origId = pcseMid(ref);
    const human = [
      "Your message to reception.newburnsurgery@nhs.net couldn't be delivered.",
      '',
      "reception.newburnsurgery wasn't found at nhs.net.",
      '',
      'pcse.datamanager    Office 365    reception.newburnsurgery',
      'Action Required                   Recipient',
      '',
      'Unknown To address',
      '',
      'How to Fix It',
      "The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message. If you're using Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
      'reception.newburnsurgery@nhs.net',
      'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient reception.newburnsurgery@nhs.net not found by SMTP address lookup\'',
      '',
      'Original message headers:',
      `Subject: Your practice email address has been updated ${ref}`,
      '',
    ].join('\n');
    const node: Node = {
      multipart: 'report; report-type=delivery-status',
      boundary: `_000_${sha(ref).slice(0, 24).toUpperCase()}_`,
      parts: [
        {
          multipart: 'alternative',
          boundary: `_002_${sha(ref).slice(24, 48).toUpperCase()}_`,
          parts: [
            { type: 'text/plain; charset="us-ascii"', cte: 'quoted-printable', body: human },
            { type: 'text/html; charset="us-ascii"', cte: 'quoted-printable', body: wordHtml(human.split('\n\n')) },
          ],
        },
        {
          type: 'message/delivery-status',
          cte: '7bit',
          body: [
            'Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
            'Received-From-MTA: dns;LO4P265MB3310.GBRP265.PROD.OUTLOOK.COM',
            `Arrival-Date: ${rfcDate('2026-11-25T14:20:11Z', 0)}`,
            '',
            'Final-Recipient: rfc822;reception.newburnsurgery@nhs.net',
            'Action: failed',
            'Status: 5.1.10',
            'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient reception.newburnsurgery@nhs.net not found by SMTP address lookup',
            '',
          ].join(CRLF),
        },
        {
          type: 'text/rfc822-headers',
          cte: '7bit',
          body: [
            'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
            'To: "reception.newburnsurgery@nhs.net" <reception.newburnsurgery@nhs.net>',
            `Subject: Your practice email address has been updated ${ref}`,
            `Date: ${rfcDate('2026-11-25T14:20:09Z', 0)}`,
            `Message-ID: ${origId}`,
            'Content-Type: text/plain; charset="us-ascii"',
            'MIME-Version: 1.0',
            '',
          ].join(CRLF),
        },
      ],
    };
    out.push(
      email(MB, '013-bounce-confirmation-undeliverable', {
        client: 'system',
        from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' },
        to: [PCSE.data],
        subject: `Undeliverable: Your practice email address has been updated ${ref}`,
        date,
        text: human,
        node,
        inReplyTo: origId,
        references: [origId],
        extraHeaders: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr:', 'Content-Language: en-GB', 'X-MS-PublicTrafficType: Email'],
      }, { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'case_ref'] }),
    );
  }

  // 014 ------------------------------------------------------------------------------------------------------------
  {
    const b = outlookBody([
      'Hi,',
      'Before we send our branch request, could you help with a few questions?',
      "1. We have applied to ODS for a branch code but haven't had the PDF report yet - can we send the request without it?\n2. Does the branch need its own practice email address or can it use the main one?\n3. How long does the phone verification usually take?",
      'Thanks very much\nPaul Henshaw\nAssistant Practice Manager\nGreenbank Surgery',
    ]);
    out.push(
      email(MB, '014-question-numbered', {
        client: 'outlook',
        from: { name: 'Paul Henshaw', email: 'paul.henshaw2@nhs.net' },
        to: [PCSE.data],
        subject: 'Branch ODS code - questions',
        date: '2026-11-24T10:55:34Z',
        ...b,
      }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'numbered_questions'] }),
    );
  }

  // 015 ------------------------------------------------------------------------------------------------------------
  {
    const text = [
      'Hi,',
      '',
      'Our practice manager has left and we need to change the Main Contact on PCSE Online.',
      '',
      '| Field                  | Detail                          |',
      '|------------------------|---------------------------------|',
      '| Organisation code      | M91022                          |',
      '| Organisation name      | Peartree Lane Surgery           |',
      '| New main contact       | Olivia Brandt                   |',
      '| New main contact email | olivia.brandt@nhs.net           |',
      '| Replaces               | Graham Oakes (left 06/11/2026)  |',
      '',
      'Thanks, Femi',
      '',
      'Dr Femi Adebayo',
      'GP Partner',
      'Peartree Lane Surgery',
      '',
    ].join('\n');
    out.push(
      email(MB, '015-main-contact-misdirected-pipe-table', {
        client: 'apple',
        from: { name: 'Femi Adebayo', email: 'femi.adebayo@nhs.net' },
        to: [PCSE.data],
        subject: 'Change of main contact - M91022',
        date: '2026-11-25T17:36:08Z',
        text,
      }, {
        kind: 'main_contact_change',
        ignored: null,
        organisation: { odsCode: 'M91022', type: 'gp_practice' },
        fields: { newMainContact: P('Olivia Brandt', 'olivia.brandt@nhs.net') },
        mustRaise: [],
        traits: ['misdirected', 'pipe_table', 'apple_mail', 'old_contact_in_table'],
      }),
    );
  }

  // 016 ------------------------------------------------------------------------------------------------------------
  {
    const ref = 'PCSE-2026-420388';
    const text = [
      'Hi, answers in capitals below.',
      'Marie',
      '',
      '________________________________',
      'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
      'Sent: 18 November 2026 11:20',
      'To: Marie Sutcliffe <marie.sutcliffe@nhs.net>',
      `Subject: Update practice email address - further information required ${ref}`,
      '',
      'Dear Marie,',
      '',
      'Thank you for your request to change your practice email address to lindleyvillage.practice@nhs.net. Before we can make the change we need:',
      '',
      '1. Your practice code',
      'B85610',
      '2. The current practice email address we hold for you',
      "LINDLEY.SURGERY@NHS.NET (we're not 100% sure this is what you have - it's the one on our old letterhead)",
      '3. The name of the practice',
      'LINDLEY VILLAGE SURGERY',
      '',
      'Kind regards',
      'PCSE Data Manager team',
      '',
      '',
    ].join('\n');
    out.push(
      email(MB, '016-email-update-answers-inside-quote', {
        client: 'outlook',
        from: { name: 'Marie Sutcliffe', email: 'marie.sutcliffe@nhs.net' },
        to: [PCSE.data],
        subject: `RE: Update practice email address - further information required ${ref}`,
        date: '2026-11-19T09:07:44Z',
        text: `${text}${outlookBody([], true).text}`,
        inReplyTo: pcseMid(ref),
        references: [pcseMid(ref)],
      }, {
        kind: 'practice_email_update',
        ignored: null,
        organisation: { odsCode: 'B85610', type: 'gp_practice' },
        fields: { currentEmail: 'lindley.surgery@nhs.net', newEmail: 'lindleyvillage.practice@nhs.net' },
        mustRaise: [],
        traits: ['answers_inside_quote', 'answers_in_capitals', 'case_ref', 'new_value_only_in_quote'],
      }),
    );
  }

  return out;
}
