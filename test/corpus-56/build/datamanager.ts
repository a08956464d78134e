// datamanager emails of corpus-56 (writer AZ).
import { NHS_DISCLAIMER, mixed, pdf, tableMail, text, type MailSpec, type Part } from './lib.js';
import { flatTable } from './pdfs.js';
import { E, U, date, org, P } from './util.js';

const practice = (odsCode: string | null, name: string | null, mc: [string | null, string | null], address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: P(mc[0], mc[1]), address, phone });

export async function datamanager(): Promise<MailSpec[]> {
  const mb = 'datamanager' as const;
  const m: MailSpec[] = [];

  // 030 practice email update: Outlook key/value table
  m.push({
    mb, slug: '030-practice-email-update-outlook-table', from: { name: 'Thornbury Road Medical Practice', email: 'thornburyroad.mp@nhs.net' },
    subject: 'Update practice email address', date: date(2, 11, 4),
    body: tableMail([
      'Dear Data Manager team,',
      '',
      'We have moved to a new shared mailbox. Please update our details:',
      '',
      { rows: [['Practice name', 'Thornbury Road Medical Practice'], ['Practice code', 'A89031'], ['Current practice email', 'thornburyroad.mp@nhs.net'], ['New practice email', 'thornburyroad.admin@nhs.net']] },
      'Kind regards',
      'Lorraine Tate',
      'Operations Manager',
      NHS_DISCLAIMER,
    ]),
    exp: E('practice_email_update', org('A89031', 'gp_practice'), { currentEmail: 'thornburyroad.mp@nhs.net', newEmail: 'thornburyroad.admin@nhs.net' }, [], ['html_table_cells_text', 'shared_mailbox_sender']),
  });

  // 031 practice email update to a person's own mailbox
  m.push({
    mb, slug: '031-practice-email-update-individual-pipe', from: { name: 'Olivia Brennan', email: 'olivia.brennan3@nhs.net' },
    subject: 'Practice email change', date: date(3, 9, 58),
    body: text(`Hi,

Nobody checks our old practice inbox any more so please change the practice email to mine.

Practice name | Fairfield Dental Studio
Practice code | V019925
Current email | fairfield.dental@nhs.net
New email     | olivia.brennan3@nhs.net

Thanks
Olivia Brennan
Practice Manager
`),
    exp: E('practice_email_update', org('V019925', 'dental_practice'), { currentEmail: 'fairfield.dental@nhs.net', newEmail: 'olivia.brennan3@nhs.net' }, ['individual_mailbox'], ['key_value_grid', 'individual_mailbox']),
  });

  // 032 practice email update: Excel header row + values, tab separated
  m.push({
    mb, slug: '032-practice-email-update-excel-header-row', from: { name: 'Penrose Chemist', email: 'penrose.chemist@nhs.net' },
    subject: 'Update practice email address - FPQ42', date: date(4, 14, 12),
    body: text(`Hello, details below as requested on your website.

Practice Name\tPractice Code\tCurrent Practice Email\tNew Practice Email
Penrose Chemist\tFPQ42\tpenrose.chemist@nhs.net\tpharmacy.fpq42@nhs.net

Regards
Amir Haddad MRPharmS
Responsible Pharmacist
${NHS_DISCLAIMER}`),
    exp: E('practice_email_update', org('FPQ42', 'pharmacy'), { currentEmail: 'penrose.chemist@nhs.net', newEmail: 'pharmacy.fpq42@nhs.net' }, [], ['tab_separated_rows', 'header_row_table']),
  });

  // 033 practice email update: bilingual labels, HTML only
  m.push({
    mb, slug: '033-practice-email-update-bilingual-html-only', from: { name: 'Meddygfa Glan Hafren', email: 'glanhafren.surgery@nhs.net' },
    subject: 'Diweddaru cyfeiriad e-bost / Update practice email address', date: date(5, 10, 27),
    body: tableMail([
      'Annwyl Dîm / Dear Team,',
      '',
      { rows: [['Practis / Practice', 'Meddygfa Glan Hafren / Glan Hafren Surgery'], ['Cod y practis / Practice code', 'M82058'], ['Cyfeiriad e-bost presennol / Current email address', 'glanhafren.surgery@nhs.net'], ['Cyfeiriad e-bost newydd / New email address', 'shropshire.glanhafren@nhs.net']], widths: [300, 300] },
      'Diolch yn fawr / Many thanks',
      'Nia Whitfield',
      'Gweinyddwr / Administrator',
    ], 'html-only'),
    exp: E('practice_email_update', org('M82058', 'gp_practice'), { currentEmail: 'glanhafren.surgery@nhs.net', newEmail: 'shropshire.glanhafren@nhs.net' }, [], ['html_only', 'bilingual_labels', 'non_ascii_text']),
  });

  // 034 main contact extension: side-by-side Outlook table (existing | new)
  m.push({
    mb, slug: '034-extension-side-by-side-table', from: { name: 'Deepak Joshi', email: 'deepak.joshi@nhs.net' },
    subject: 'Extend main contact to new pharmacy', date: date(6, 9, 35),
    body: tableMail([
      'Hello,',
      '',
      'I would like to extend my main contact role to our new pharmacy. Details side by side:',
      '',
      { rows: [
        ['', 'Existing pharmacy', 'New pharmacy'],
        ['Name', 'Castle Pharmacy', 'Castle Pharmacy Church Stretton'],
        ['ODS code', 'FH219', 'FL804'],
        ['Main contact', 'Deepak Joshi', ''],
        ['Main contact email', 'deepak.joshi@nhs.net', ''],
        ['Address', '14 Market Street\nLudlow\nSY8 1AR', '3 Sandford Avenue\nChurch Stretton\nSY6 6BW'],
        ['Telephone', '01584 872 331', ''],
      ], header: true, widths: [150, 220, 220] },
      'Regards',
      'Deepak Joshi',
      'Director, Castle Pharmacy Ltd',
    ]),
    exp: E('main_contact_extension', org('FH219', 'pharmacy'), {
      existingPractice: practice('FH219', 'Castle Pharmacy', ['Deepak Joshi', 'deepak.joshi@nhs.net'], '14 Market Street, Ludlow, SY8 1AR', '01584 872 331'),
      newPractice: { odsCode: 'FL804', name: 'Castle Pharmacy Church Stretton', address: '3 Sandford Avenue, Church Stretton, SY6 6BW' },
    }, [], ['side_by_side_table', 'html_table_cells_text', 'multi_line_cells', 'empty_cells']),
  });

  // 035 main contact extension: flat PDF table, landscape
  {
    const doc = await flatTable({
      title: 'Request to extend main contact to a new practice', landscape: true,
      intro: ['To: PCSE Data Manager (pcse.datamanager@nhs.net)'],
      tables: [{ rows: [
        ['', 'Existing practice', 'New practice'],
        ['Practice name', 'Linden House Dental', 'Linden House Dental at Ledbury'],
        ['ODS code', 'V023310', 'V031874'],
        ['Main contact', 'Dr Rhodri Vaughan-Evans', '-'],
        ['Main contact email', 'rhodri.vaughan-evans@nhs.net', '-'],
        ['Address', 'Linden House, 22 Bridge Street\nHereford\nHR4 9DG', '9 The Homend\nLedbury\nHR8 1BN'],
        ['Telephone', '01432 356 118', '-'],
      ], widths: [160, 300, 300] }],
      outro: ['Signed: Dr Rhodri Vaughan-Evans, Principal Dentist', 'Date: 05/11/2026'],
    });
    m.push({
      mb, slug: '035-extension-flat-pdf-table', from: { name: 'Rhodri Vaughan-Evans', email: 'rhodri.vaughan-evans@nhs.net' },
      subject: 'Extending main contact - Linden House Dental', date: date(6, 16, 10),
      body: mixed(text(`Good afternoon,

We have bought a second practice in Ledbury. Please see the attached table with the details for extending my main contact access to it.

Thank you
Rhodri
`), pdf('Main contact extension Linden House.pdf', doc)),
      exp: E('main_contact_extension', org('V023310', 'dental_practice'), {
        existingPractice: practice('V023310', 'Linden House Dental', ['Rhodri Vaughan-Evans', 'rhodri.vaughan-evans@nhs.net'], 'Linden House, 22 Bridge Street, Hereford, HR4 9DG', '01432 356 118'),
        newPractice: { odsCode: 'V031874', name: 'Linden House Dental at Ledbury', address: '9 The Homend, Ledbury, HR8 1BN' },
      }, [], ['pdf_flat_table', 'see_attached', 'side_by_side_table', 'landscape']),
    });
  }

  // 036 main contact extension: pipe-separated markdown-like table
  m.push({
    mb, slug: '036-extension-pipe-table-ophthalmic', from: { name: 'Nuño Peña', email: 'nuno.pena@nhs.net' },
    subject: 'Extend current main contact to a new practice', date: date(9, 11, 45),
    body: text(`Hi,

I would like to extend a current main contact to a new practice. Our new store has its ODS code now.

| Field              | Existing practice                                  | New practice                  |
|--------------------|----------------------------------------------------|-------------------------------|
| Practice name      | Clearview Eyecare Ltd                              | Clearview Eyecare Olney       |
| ODS code           | TPL08                                              | TPN77                         |
| Main contact       | Nuño Peña                                          |                               |
| Main contact email | nuno.pena@nhs.net                                  |                               |
| Address            | 41 High Street, Stony Stratford, Milton Keynes, MK11 1AA | 2 Market Place, Olney, MK46 4BA |
| Telephone          | 01908 561 204                                      |                               |

Gracias / thanks
Nuño Peña
Optometrist and Director
`),
    exp: E('main_contact_extension', org('TPL08', 'ophthalmic_practice'), {
      existingPractice: practice('TPL08', 'Clearview Eyecare Ltd', ['Nuño Peña', 'nuno.pena@nhs.net'], '41 High Street, Stony Stratford, Milton Keynes, MK11 1AA', '01908 561 204'),
      newPractice: { odsCode: 'TPN77', name: 'Clearview Eyecare Olney', address: '2 Market Place, Olney, MK46 4BA' },
    }, [], ['pipe_table', 'side_by_side_table', 'non_ascii_name', 'empty_cells']),
  });

  // 037 branch setup: side-by-side Outlook table (main | branch), tabbed text alternative
  m.push({
    mb, slug: '037-branch-setup-side-by-side-table', from: { name: 'Karen Whitlock', email: 'karen.whitlock@nhs.net' },
    subject: 'Set up access to PCSE Online for a branch practice', date: date(10, 10, 2),
    body: tableMail([
      'Dear PCSE,',
      '',
      'We would like to set up access to PCSE Online for our new branch. Organisation type: GP.',
      '',
      { rows: [
        ['', 'Main practice', 'Branch'],
        ['Practice name', 'Hillcrest Medical Practice', 'Hillcrest Medical Practice - Sprowston Branch'],
        ['ODS code', 'D82044', 'D82044001'],
        ['Main contact', 'Karen Whitlock', 'Dr Ayodele Fashola'],
        ['Main contact email', 'karen.whitlock@nhs.net', 'ayodele.fashola@nhs.net'],
        ['Address', 'Hillcrest Road\nNorwich\nNR3 2QP', '88 Wroxham Road\nSprowston\nNR7 8EX'],
        ['Telephone', '01603 412 900', '01603 412 950'],
      ], header: true, widths: [150, 220, 260] },
      'Many thanks',
      'Karen Whitlock',
      'Practice Manager',
    ], 'tabs'),
    exp: E('branch_setup', org('D82044', 'gp_practice'), {
      mainPractice: practice('D82044', 'Hillcrest Medical Practice', ['Karen Whitlock', 'karen.whitlock@nhs.net'], 'Hillcrest Road, Norwich, NR3 2QP', '01603 412 900'),
      branch: { odsCode: 'D82044001', name: 'Hillcrest Medical Practice - Sprowston Branch', address: '88 Wroxham Road, Sprowston, NR7 8EX', phone: '01603 412 950', mainContact: { name: 'Ayodele Fashola', email: 'ayodele.fashola@nhs.net', title: 'Dr' } },
    }, [], ['side_by_side_table', 'html_table_tabs_text', 'multi_line_cells', 'title_in_name']),
  });

  // 038 branch setup: flat PDF table
  {
    const doc = await flatTable({
      title: 'Branch practice set-up - PCSE Online', font: 'times',
      intro: ['Organisation type: GP'],
      tables: [
        { heading: 'Details of our main practice', rows: [['Item', 'Detail'], ['Practice name', 'Brookside Family Practice'], ['ODS code', 'F81133'], ['Main contact', 'Susan Pilkington'], ['Main contact email', 'susan.pilkington@nhs.net'], ['Address', 'Brook Lane, Colchester, CO4 5HL'], ['Telephone', '01206 844 200']], widths: [170, 330] },
        { heading: 'Details of our branch practice', rows: [['Item', 'Detail'], ['Branch name', 'Brookside West Mersea'], ['Branch ODS code', 'F81133002'], ['Main contact (incl. title)', 'Mrs Joanne Tennant'], ['Main contact email', 'joanne.tennant@nhs.net'], ['Address', 'Barfield Road, West Mersea, CO5 8QX'], ['Telephone', '01206 383 110']], widths: [170, 330] },
      ],
      outro: ['Completed by Susan Pilkington, Practice Manager, 09/11/2026'],
    });
    m.push({
      mb, slug: '038-branch-setup-flat-pdf-two-tables', from: { name: 'Susan Pilkington', email: 'susan.pilkington@nhs.net' },
      subject: 'Branch set up F81133002', date: date(11, 9, 16),
      body: mixed(text(`Hello, please find attached the details for setting up our second branch on PCSE Online. Our first branch (F81133001) is already set up.

Susan Pilkington
Practice Manager, Brookside Family Practice
${NHS_DISCLAIMER}`), pdf('Branch setup F81133002.pdf', doc)),
      exp: E('branch_setup', org('F81133', 'gp_practice'), {
        mainPractice: practice('F81133', 'Brookside Family Practice', ['Susan Pilkington', 'susan.pilkington@nhs.net'], 'Brook Lane, Colchester, CO4 5HL', '01206 844 200'),
        branch: { odsCode: 'F81133002', name: 'Brookside West Mersea', address: 'Barfield Road, West Mersea, CO5 8QX', phone: '01206 383 110', mainContact: { name: 'Joanne Tennant', email: 'joanne.tennant@nhs.net', title: 'Mrs' } },
      }, [], ['pdf_flat_table', 'see_attached', 'distractor_code', 'title_in_name']),
    });
  }

  // 039 branch setup: tab-separated two rows, branch code does not extend the main code
  m.push({
    mb, slug: '039-branch-setup-tab-rows-code-mismatch', from: { name: 'Philippa Drummond', email: 'philippa.drummond@nhs.net' },
    subject: 'New branch - PCSE Online access', date: date(12, 15, 30),
    body: text(`Hi,

Please set up our new branch on PCSE Online. Copied from our spreadsheet:

\tPractice name\tODS code\tAddress\tTelephone\tMain contact\tMain contact email
Main practice\tOrchard End Surgery\tG82134\tOrchard End, Faversham Road, Ashford, TN24 0BY\t01233 620 411\tPhilippa Drummond\tphilippa.drummond@nhs.net
Branch\tOrchard End Surgery - Kennington\tG82143001\t120 Canterbury Road, Kennington, Ashford, TN24 9QE\t01233 620 477\tMr Jonas Lindqvist\tjonas.lindqvist@nhs.net

Organisation type GP.

Thanks
Philippa Drummond
Practice Manager
${NHS_DISCLAIMER}`),
    exp: E('branch_setup', org('G82134', 'gp_practice'), {
      mainPractice: practice('G82134', 'Orchard End Surgery', ['Philippa Drummond', 'philippa.drummond@nhs.net'], 'Orchard End, Faversham Road, Ashford, TN24 0BY', '01233 620 411'),
      branch: { odsCode: 'G82143001', name: 'Orchard End Surgery - Kennington', address: '120 Canterbury Road, Kennington, Ashford, TN24 9QE', phone: '01233 620 477', mainContact: { name: 'Jonas Lindqvist', email: 'jonas.lindqvist@nhs.net', title: 'Mr' } },
    }, ['branch_code_mismatch'], ['tab_separated_rows', 'header_row_table', 'branch_code_mismatch', 'title_in_name']),
  });

  // 040 branch setup: prose with bilingual sign-off
  m.push({
    mb, slug: '040-branch-setup-prose-bilingual', from: { name: 'Catrin Howells', email: 'catrin.howells@nhs.net' },
    subject: 'Branch practice set up request', date: date(13, 8, 50),
    body: text(`Dear Data Manager,

We would like to set up access to PCSE Online for a branch practice. We are a GP practice; our main practice is Severnside Medical Group, ODS code M82019, Station Road, Oswestry, SY11 1DB, telephone 01691 655 844. The main contact you hold for us is me, Dr Catrin Howells (catrin.howells@nhs.net).

The branch is Severnside Medical Group - Pant Branch, ODS code M82019001, at The Old School, Pant, Oswestry, SY10 9QD, telephone 01691 830 216. The main contact for the branch will be Ms Ffion Jarvis, ffion.jarvis@nhs.net.

Diolch / Thank you

Dr Catrin Howells
Partner Busnes / Business Partner
Grŵp Meddygol Glan Hafren / Severnside Medical Group
`),
    exp: E('branch_setup', org('M82019', 'gp_practice'), {
      mainPractice: practice('M82019', 'Severnside Medical Group', ['Catrin Howells', 'catrin.howells@nhs.net'], 'Station Road, Oswestry, SY11 1DB', '01691 655 844'),
      branch: { odsCode: 'M82019001', name: 'Severnside Medical Group - Pant Branch', address: 'The Old School, Pant, Oswestry, SY10 9QD', phone: '01691 830 216', mainContact: { name: 'Ffion Jarvis', email: 'ffion.jarvis@nhs.net', title: 'Ms' } },
    }, [], ['prose', 'bilingual_signature', 'title_in_name']),
  });

  // 041 main contact change, misdirected: spreadsheet rows, one person marked NEW
  m.push({
    mb, slug: '041-main-contact-change-misdirected-rows', from: { name: 'Harriet Osei', email: 'harriet.osei@nhs.net' },
    subject: 'Main contact - Ravensworth Surgery N84019', date: date(13, 12, 5),
    body: text(`Hi,

I'm leaving at the end of the month. Please change our main contact (Ravensworth Surgery, N84019) to the person marked NEW below:

Name\tJob title\tEmail\tMain contact?
Harriet Osei\tPractice Manager\tharriet.osei@nhs.net\tcurrent - leaving 30/11
Rebecca Tull\tDeputy Practice Manager\trebecca.tull@nhs.net\tNEW
Imran Qureshi\tFinance Lead\timran.qureshi7@nhs.net\t

Thanks
Harriet
`),
    exp: E('main_contact_change', org('N84019', 'gp_practice'), { newMainContact: P('Rebecca Tull', 'rebecca.tull@nhs.net') }, [], ['misdirected', 'tab_separated_rows', 'one_row_of_several', 'distractor_people']),
  });

  // 042 thanks with reference
  m.push({
    mb, slug: '042-thanks-with-reference', from: { name: 'Karen Whitlock', email: 'karen.whitlock@nhs.net' },
    subject: 'RE: Set up access to PCSE Online for a branch practice [PCSE-2026-003981]', date: date(18, 14, 0),
    body: text(`Thank you, Dr Fashola has his login now.

Karen

-----Original Message-----
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 17 November 2026 16:02
Subject: Set up access to PCSE Online for a branch practice [PCSE-2026-003981]

Your branch Hillcrest Medical Practice - Sprowston Branch (D82044001) has been set up.
`),
    exp: U(['thanks', 'case_reference']),
  });

  // 043 bounce
  const bounce: Part = {
    t: 'multi', sub: 'report', params: '; report-type=delivery-status',
    parts: [
      text(`Delivery has failed to these recipients or groups:

glanhafren.surgery@nhs.net
The email address you entered couldn't be found.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
`),
      { t: 'leaf', type: 'message/delivery-status', enc: '7bit', body: `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

Final-Recipient: rfc822;glanhafren.surgery@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
` },
      { t: 'leaf', type: 'text/rfc822-headers', enc: '7bit', body: `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: glanhafren.surgery@nhs.net
Subject: Your practice email address has been updated
Date: Thu, 19 Nov 2026 10:00:00 +0000
` },
    ],
  };
  m.push({
    mb, slug: '043-bounce-ndr', from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' }, client: 'system',
    to: 'pcse.datamanager@nhs.net',
    subject: 'Undeliverable: Your practice email address has been updated', date: date(19, 10, 1),
    headers: [['Auto-Submitted', 'auto-replied']],
    body: bounce,
    exp: { ...U(['bounce', 'delivery_report']), ignored: 'bounce' },
  });

  // 044 question about branch codes, with a table
  m.push({
    mb, slug: '044-question-branch-ods-table', from: { name: 'Tessa Langford', email: 'tessa.langford@nhs.net' },
    subject: 'Query - do we need a new ODS code?', date: date(19, 11, 25),
    body: tableMail([
      'Hello,',
      '',
      'We are opening a new site in the spring. Do we need to get the branch ODS code from the ODS team before we email you, and how long does the set-up take once you have it? Our current sites for reference:',
      '',
      { rows: [['Site', 'ODS code'], ['Marsh Lane Surgery (main)', 'K81063'], ['Marsh Lane - Tilehurst', 'K81063001']], header: true },
      'Thanks',
      'Tessa Langford',
    ]),
    exp: U(['question', 'header_row_table']),
  });

  return m;
}
