// datamanager: practice email changes, main contact extensions, branch set-ups, and the odd misdirected request.
import { BHP_FOOTER, CORDWAINER_FOOTER, NORTHGATE_FOOTER, logoPng } from './common.js';
import { CRLF, NHSMAIL_FOOTER, msoParas, msoTable, multipart, textPart, type Part } from './lib.js';
import { person, type Spec } from './mail.js';
import { wordLetter } from './pdfs.js';

const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' });

function bounce(seed: string): Part {
  const notice = textPart(`This is the mail system at host mx.nhs.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<practicemanager.wellstone@nhs.net>: host nhs-net.mail.protection.outlook.com said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`);
  const status: Part = {
    headers: ['Content-Type: message/delivery-status'],
    body: `Reporting-MTA: dns; mx.nhs.net${CRLF}Arrival-Date: Thu, 26 Nov 2026 10:14:02 +0000${CRLF}${CRLF}Final-Recipient: rfc822; practicemanager.wellstone@nhs.net${CRLF}Action: failed${CRLF}Status: 5.1.10${CRLF}Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound${CRLF}`,
  };
  const original: Part = {
    headers: ['Content-Type: text/rfc822-headers'],
    body: `From: PCSE Data Manager <pcse.datamanager@nhs.net>${CRLF}To: practicemanager.wellstone@nhs.net${CRLF}Subject: PCSE-2026-005021 Practice email address updated${CRLF}Date: Thu, 26 Nov 2026 10:13:58 +0000${CRLF}Message-ID: <pcse-2026-005021.2@pcse.england.nhs.uk>${CRLF}`,
  };
  return multipart('report', [notice, status, original], seed, `;${CRLF}\treport-type=delivery-status`);
}

export async function datamanager(): Promise<Spec[]> {
  const specs: Spec[] = [];

  // 026 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 26,
    slug: 'email-update-group-it-table',
    from: ['Northgate IT Service Desk', 'northgate.itservicedesk@nhs.net'],
    subject: 'Update practice email address - Quayside Medical Practice',
    date: '2026-11-02T10:18:50Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Hello Data Manager team,

As part of moving all Northgate practices onto group-managed shared mailboxes, please update the practice email address held for Quayside Medical Practice. This is the first of our four practices; Fernhill, St Aidan's and Harrowgate Lane will follow in January once their new mailboxes are live, so please leave those unchanged for now.`)}
${msoTable([
      ['Practice name', 'Quayside Medical Practice'],
      ['Practice code', 'N84033'],
      ['Current practice email', 'quayside.medical@nhs.net'],
      ['New practice email', 'northgate.quayside@nhs.net'],
      ['Mailbox owner', 'Northgate Primary Care Group (shared mailbox)'],
    ])}
${msoParas(`
Regards
Marek Wróbel
IT Service Desk Analyst
Northgate Primary Care Group

${NORTHGATE_FOOTER}`)}`,
    attachments: [{ filename: 'image001.png', mime: 'image/png', data: logoPng('Northgate PCG', '#1d5fa8'), inline: 'image001.png@01DB3C2A.5E1F0A10' }],
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: gp('N84033'),
      fields: { currentEmail: 'quayside.medical@nhs.net', newEmail: 'northgate.quayside@nhs.net' },
      mustRaise: [],
      traits: ['html_label_value_table', 'group_central_team', 'other_practices_named', 'inline_image'],
    },
  });

  // 027 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 27,
    slug: 'email-update-to-personal-address',
    from: ['Joanne Pilling', 'joanne.pilling@nhs.net'],
    subject: 'Update practice email address',
    date: '2026-11-03T12:44:21Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi,

Please can you update the practice email address for Sutton Vale Surgery (M85126). The current one is suttonvale.surgery@nhs.net but nobody really monitors it, so please change it to my email joanne.pilling@nhs.net so that I see everything from PCSE straight away.

Thanks
Joanne Pilling
Practice Manager
Sutton Vale Surgery
Cordwainer Medical Group

${CORDWAINER_FOOTER}
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: gp('M85126'),
      fields: { currentEmail: 'suttonvale.surgery@nhs.net', newEmail: 'joanne.pilling@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['individual_mailbox', 'sender_is_new_address'],
    },
  });

  // 028 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 28,
    slug: 'email-update-numbered-answers',
    from: ['BHP Digital Team', 'bhp.digital@nhs.net'],
    subject: 'RE: PCSE-2026-004233 Update practice email address - information needed',
    date: '2026-11-05T14:27:11Z',
    client: 'outlook',
    auth: 'pass',
    inReplyTo: '<pcse-2026-004233.3@pcse.england.nhs.uk>',
    html: msoParas(`Hi,

Thanks for getting back to us. Answers to your questions:

1. Oakhanger Health Centre
2. D83064
3. oakhanger.hc@nhs.net
4. bhp.oakhanger@nhs.net (this is a shared organisation mailbox managed by our digital team, not a personal one)

Regards
Callum Fairhurst
Digital Transformation Lead
Brackenfield Health Partnership

${BHP_FOOTER}

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 04 November 2026 11:02
To: BHP Digital Team <bhp.digital@nhs.net>
Subject: PCSE-2026-004233 Update practice email address - information needed

Good morning,

Thank you for your email. Your email did not say which practice this is for. To update a practice email address we need:

1. The practice name
2. The practice code
3. The current practice email address
4. The new practice email address

Kind regards
PCSE Data Management Team`),
    htmlOnly: true,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: gp('D83064'),
      fields: { currentEmail: 'oakhanger.hc@nhs.net', newEmail: 'bhp.oakhanger@nhs.net' },
      mustRaise: [],
      traits: ['numbered_answers', 'quoted_thread', 'case_reference', 'group_central_team', 'html_only'],
    },
  });

  // 029 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 29,
    slug: 'email-update-dispensing-cp1252',
    from: ['Upper Fold Surgery', 'upperfold.surgery@nhs.net'],
    subject: 'Update practice email address – Upper Fold Surgery J82117',
    date: '2026-11-06T09:03:37Z',
    client: 'outlook',
    auth: 'pass',
    charset: 'windows-1252',
    cte: 'quoted-printable',
    text: `Good morning,

We’re a small dispensing practice and I’ve just realised the “practice email” you hold for us is still Dr Fothergill’s own address (d.fothergill@nhs.net) – he retired in 2024! Please could you change it to our shared practice mailbox, upperfold.surgery@nhs.net, which I’m writing from.

Practice: Upper Fold Surgery
Practice code: J82117

Many thanks
Gwen Arkwright
Practice Manager – Upper Fold Surgery (Dispensing Practice)
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: gp('J82117'),
      fields: { currentEmail: 'd.fothergill@nhs.net', newEmail: 'upperfold.surgery@nhs.net' },
      mustRaise: [],
      traits: ['dispensing_practice', 'windows_1252', 'quoted_printable', 'alarming_no_finding', 'current_is_personal'],
    },
  });

  // 030 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 30,
    slug: 'extension-acquisition-table',
    from: ['Cordwainer Medical Group - Governance', 'cordwainer.governance@nhs.net'],
    subject: 'Extend main contact to new practice - Birchwood Medical Practice',
    date: '2026-11-09T11:37:05Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Dear PCSE,

From 1 December Birchwood Medical Practice joins Cordwainer Medical Group. We would like to extend a current main contact to the new practice. Details below; our other practices (The Ropewalk and Sutton Vale) are not affected.`)}
${msoTable([
      ['', 'Existing practice', 'New practice'],
      ['Practice name', 'Hollins Green Surgery', 'Birchwood Medical Practice'],
      ['ODS code', 'M85104', 'M85177'],
      ['Main contact', 'Rachel Greenhalgh', '(same - to be extended)'],
      ['Main contact email', 'rachel.greenhalgh@nhs.net', ''],
      ['Address', 'Hollins Green Road, Cordwainer CW4 1HG', '2 Birchwood Parade, Cordwainer CW5 9BP'],
      ['Telephone', '01632 961 100', '01632 961 577'],
    ], { header: true })}
${msoParas(`
Birchwood's reception can be reached on the number above for your verification call - please ask for Mrs Patel.

Kind regards
Oliver Brandreth
Head of Governance and Compliance
Cordwainer Medical Group

${CORDWAINER_FOOTER}`)}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: gp('M85104'),
      fields: {
        existingPractice: { odsCode: 'M85104', name: 'Hollins Green Surgery', mainContact: person('Rachel Greenhalgh', 'rachel.greenhalgh@nhs.net'), address: 'Hollins Green Road, Cordwainer CW4 1HG', phone: '01632 961 100' },
        newPractice: { odsCode: 'M85177', name: 'Birchwood Medical Practice', address: '2 Birchwood Parade, Cordwainer CW5 9BP' },
      },
      mustRaise: [],
      traits: ['html_table_header_row', 'extra_columns', 'group_central_team', 'other_practices_named'],
    },
  });

  // 031 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 31,
    slug: 'extension-letter-on-letterhead',
    from: ['BHP Governance', 'bhp.governance@nhs.net'],
    subject: 'Letter - extension of main contact to Cradley Bank Surgery',
    date: '2026-11-10T16:02:29Z',
    client: 'outlook',
    auth: 'pass',
    text: `Dear Data Manager team,

Please see the attached letter from our Managing Partner about extending our existing main contact to Cradley Bank Surgery, which merges into the partnership this month.

Kind regards
Naomi Sethi
Governance Administrator
Brackenfield Health Partnership

${BHP_FOOTER}

${NHSMAIL_FOOTER}`,
    attachments: [{
      filename: 'Letter to PCSE - Cradley Bank main contact.pdf',
      data: await wordLetter({
        org: 'Brackenfield Health Partnership',
        orgLines: ['Millbrook Surgery, 3 Mill Lane', 'Brackenfield BF1 4MS', 'Tel 01632 960 418', 'bhp.governance@nhs.net'],
        to: ['Primary Care Support England', 'Data Management Team', 'By email: pcse.datamanager@nhs.net'],
        date: '10 November 2026',
        ref: 'BHP/GOV/2026/117',
        salutation: 'Dear Sir or Madam',
        heading: 'Extending a current main contact to a new practice',
        paragraphs: [
          'Cradley Bank Surgery joins Brackenfield Health Partnership on 1 December 2026. We would like the main contact we hold for Millbrook Surgery to be extended to Cradley Bank Surgery so that supplies and records can be managed centrally.',
          'Existing practice: Millbrook Surgery, ODS code D83015, 3 Mill Lane, Brackenfield BF1 4MS, telephone 01632 960 418. The main contact you hold for Millbrook Surgery is Paul Ashdown (paul.ashdown@nhs.net).',
          'New practice: Cradley Bank Surgery, ODS code D83088, 41 Cradley Bank Road, Brackenfield BF6 3CB.',
          'Please call the Cradley Bank reception team to verify these details. I can be contacted through the governance mailbox above.',
        ],
        signName: 'Dr Helen Marchetti',
        signRole: 'Managing Partner',
        seed: 'letter031',
      }),
    }],
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: gp('D83015'),
      fields: {
        existingPractice: { odsCode: 'D83015', name: 'Millbrook Surgery', mainContact: person('Paul Ashdown', 'paul.ashdown@nhs.net'), address: '3 Mill Lane, Brackenfield BF1 4MS', phone: '01632 960 418' },
        newPractice: { odsCode: 'D83088', name: 'Cradley Bank Surgery', address: '41 Cradley Bank Road, Brackenfield BF6 3CB' },
      },
      mustRaise: [],
      traits: ['pdf_flat', 'word_letter', 'letterhead', 'see_attached', 'long_disclaimer'],
    },
  });

  // 032 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 32,
    slug: 'branch-setup-bullets',
    from: ['Northgate Workforce Team', 'northgate.workforce@nhs.net'],
    subject: 'Set up access to PCSE Online for a branch practice - Fernhill Brookside',
    date: '2026-11-11T09:28:44Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Good morning,

We would like to set up access to PCSE Online for a branch practice of Fernhill Practice. The ODS team have issued the branch code (report attached to our records). Details below.`)}
<p class="MsoNormal"><b>Main practice</b><o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Name: Fernhill Practice</li>
<li class="MsoNormal">Organisation type: GP</li>
<li class="MsoNormal">ODS code: N84012</li>
<li class="MsoNormal">Main contact: Nikhil Varma (nikhil.varma@nhs.net)</li>
<li class="MsoNormal">Address: 1 Fernhill Rise, Northgate NG3 5FR</li>
<li class="MsoNormal">Telephone: 01632 962 300</li>
</ul>
<p class="MsoNormal"><b>Branch practice</b><o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Main contact: Mrs Gillian Thorne</li>
<li class="MsoNormal">Email: gillian.thorne@nhs.net</li>
<li class="MsoNormal">Branch ODS code: N84012001</li>
<li class="MsoNormal">Name: Fernhill Practice - Brookside Branch</li>
<li class="MsoNormal">Address: Brookside Community Centre, 20 Brook Street, Northgate NG3 7BS</li>
<li class="MsoNormal">Telephone: 01632 962 345</li>
</ul>
${msoParas(`
Gill is the branch's site manager. Nikhil remains main contact for the main site.

Kind regards
Priya Raman
Workforce Coordinator, Northgate Primary Care Group

${NORTHGATE_FOOTER}`)}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: gp('N84012'),
      fields: {
        mainPractice: { odsCode: 'N84012', name: 'Fernhill Practice', mainContact: person('Nikhil Varma', 'nikhil.varma@nhs.net'), address: '1 Fernhill Rise, Northgate NG3 5FR', phone: '01632 962 300' },
        branch: { odsCode: 'N84012001', name: 'Fernhill Practice - Brookside Branch', address: 'Brookside Community Centre, 20 Brook Street, Northgate NG3 7BS', phone: '01632 962 345', mainContact: { ...person('Gillian Thorne', 'gillian.thorne@nhs.net'), title: 'Mrs' } },
      },
      mustRaise: [],
      traits: ['bulleted_list', 'group_central_team', 'shortened_name'],
    },
  });

  // 033 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 33,
    slug: 'branch-code-mismatch',
    from: ["Róisín O'Neill", 'roisin.oneill@nhs.net'],
    subject: 'Branch practice set up - Kelsey Road Surgery',
    date: '2026-11-13T13:16:22Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi,

I would like to set up access to PCSE Online for our new branch practice.

Main practice
Name: Kelsey Road Surgery
Organisation type: GP
ODS code: D83041
Main contact: Dr Farhan Siddiqui, farhan.siddiqui@nhs.net
Address: 112 Kelsey Road, Brackenfield BF4 2QL
Telephone: 01632 960 650

Branch
Main contact: Dr Róisín O'Neill
Email: roisin.oneill@nhs.net
Branch ODS code: D83014001
Name: Kelsey Road Surgery at Elmwood
Address: Elmwood Health Hub, Elmwood Avenue, Brackenfield BF4 8EW
Telephone: 01632 960 690

Thanks very much,
Róisín

Dr Róisín O'Neill
Salaried GP and Branch Lead, Kelsey Road Surgery
Brackenfield Health Partnership
`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: gp('D83041'),
      fields: {
        mainPractice: { odsCode: 'D83041', name: 'Kelsey Road Surgery', mainContact: person('Farhan Siddiqui', 'farhan.siddiqui@nhs.net'), address: '112 Kelsey Road, Brackenfield BF4 2QL', phone: '01632 960 650' },
        branch: { odsCode: 'D83014001', name: 'Kelsey Road Surgery at Elmwood', address: 'Elmwood Health Hub, Elmwood Avenue, Brackenfield BF4 8EW', phone: '01632 960 690', mainContact: { ...person("Róisín O'Neill", 'roisin.oneill@nhs.net'), title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['branch_code_mismatch', 'apostrophe_name', 'non_ascii_name', 'rfc2047_from'],
    },
  });

  // 034 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 34,
    slug: 'branch-spaced-codes-esl',
    from: ['Sutton Vale Surgery', 'suttonvale.surgery@nhs.net'],
    subject: 'new branch - Sutton Vale',
    date: '2026-11-16T15:51:13Z',
    client: 'outlook',
    auth: 'pass',
    text: `Dear Sir / Madam

Kindly we are requesting to set up the PCSE Online for our branch surgery which ODS team has given the code now. Please find details.

Main practice is Sutton Vale Surgery, it is GP, ODS code m85 126. Main contact is Joanne Pilling, email joanne.pilling@nhs.net. Address is 7 Vale Road, Sutton Vale CW8 2SV and telephone 01632 961 800.

For branch: main contact will be Ms Farida Rahimi, email farida.rahimi@nhs.net. Branch code M85126 002. Name Sutton Vale Surgery - Nether Sutton. Address The Old School, Church Lane, Nether Sutton CW8 5NS. Telephone 01632 961 850.

Please to contact me if something is not clear.

Best regards
Farida Rahimi
Reception Supervisor
Sutton Vale Surgery (Cordwainer Medical Group)
`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: gp('M85126'),
      fields: {
        mainPractice: { odsCode: 'M85126', name: 'Sutton Vale Surgery', mainContact: person('Joanne Pilling', 'joanne.pilling@nhs.net'), address: '7 Vale Road, Sutton Vale CW8 2SV', phone: '01632 961 800' },
        branch: { odsCode: 'M85126002', name: 'Sutton Vale Surgery - Nether Sutton', address: 'The Old School, Church Lane, Nether Sutton CW8 5NS', phone: '01632 961 850', mainContact: { ...person('Farida Rahimi', 'farida.rahimi@nhs.net'), title: 'Ms' } },
      },
      mustRaise: [],
      traits: ['esl_writer', 'prose_not_labelled', 'spaced_ods_codes', 'lower_case_ods', 'alarming_no_finding', 'shared_mailbox_personal_signoff'],
    },
  });

  // 035 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 35,
    slug: 'main-contact-change-misdirected',
    from: ['Cordwainer Medical Group - HR', 'cordwainer.hr@nhs.net'],
    subject: 'Main contact change - The Ropewalk Practice',
    date: '2026-11-17T10:40:00Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Hi,

Please change the main contact for The Ropewalk Practice to Tom, who is taking over supplies ordering from Andreea (she remains practice manager and GPP admin). Details:`)}
${msoTable([
      ['Organisation code', 'M85118'],
      ['New main contact', 'Thomas Ekwueme'],
      ['Email', 'thomas.ekwueme@nhs.net'],
      ['Job title', 'Operations Administrator'],
    ])}
${msoParas(`
Many thanks
Lucy Garside
HR Officer, Cordwainer Medical Group

${CORDWAINER_FOOTER}`)}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: gp('M85118'),
      fields: { newMainContact: person('Thomas Ekwueme', 'thomas.ekwueme@nhs.net') },
      mustRaise: [],
      traits: ['misdirected', 'html_label_value_table', 'shortened_name', 'several_people', 'group_central_team'],
    },
  });

  // 036 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 36,
    slug: 'question-merger',
    from: ['BHP Governance', 'bhp.governance@nhs.net'],
    subject: 'Question - practice merger and ODS codes',
    date: '2026-11-18T14:05:48Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hello,

A general question before we send anything formal: when two of our practices merge under one ODS code next April (Thornbury Lane into Millbrook), do we need to tell the Data Manager team, or does PCSE pick it up from ODS automatically? And what happens to the users who only have roles at the practice that closes?

Thanks
Naomi Sethi
Governance Administrator, Brackenfield Health Partnership
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['genuine_question', 'group_central_team'] },
  });

  // 037 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 37,
    slug: 'bounce-ndr',
    from: ['Mail Delivery System', 'postmaster@nhs.net'],
    subject: 'Undeliverable: PCSE-2026-005021 Practice email address updated',
    date: '2026-11-26T10:14:05Z',
    client: 'system',
    auth: 'none',
    extraHeaders: ['Auto-Submitted: auto-replied'],
    body: bounce('n37'),
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'case_reference'] },
  });

  // 038 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 38,
    slug: 'thanks-with-reference',
    from: ['Upper Fold Surgery', 'upperfold.surgery@nhs.net'],
    subject: 'RE: PCSE-2026-004390 Practice email address updated',
    date: '2026-11-27T09:12:30Z',
    client: 'outlook',
    auth: 'pass',
    text: `Received, thank you - all working now.

Gwen
Upper Fold Surgery
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_reference', 'short'] },
  });

  return specs;
}
