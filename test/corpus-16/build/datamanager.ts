// pcse.datamanager@nhs.net: practice email changes, main-contact extensions, branches.
import { NHSMAIL_DISCLAIMER, make, org, person, type Email } from './common.js';
import { CRLF, boundary, outlookHtml, pdfLeaf, type Leaf } from './lib.js';
import { odsReport } from './pdfs.js';

const M = 'datamanager' as const;
const none: string[] = [];

const practice = (odsCode: string | null, name: string | null, mainContact: { name: string | null; email: string | null }, address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact, address, phone });

export async function datamanagerEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'email-update-bullets', client: 'outlook',
    from: { name: 'LLOYD, Tegan (WYNDHAM HOUSE SURGERY)', email: 'tegan.lloyd@nhs.net' },
    subject: 'Update practice email address', date: '2026-11-16T09:48:30Z',
    text: `Hi,

As per your website please see below:

•\tPractice name – Wyndham House Surgery
•\tPractice code – E82093
•\tCurrent practice email – wyndham.house@nhs.net
•\tNew practice email – herts.wyndhamhouse@nhs.net

Thank you
Tegan
Reception Team, Wyndham House Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('E82093', 'gp_practice'),
      fields: { currentEmail: 'wyndham.house@nhs.net', newEmail: 'herts.wyndhamhouse@nhs.net' },
      mustRaise: none, traits: ['bulleted_list', 'en_dash_labels'],
    },
  }));

  // 002 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'email-update-to-own-address', client: 'outlook',
    from: { name: 'HUTCHINSON, Claire (MOORFIELD SURGERY)', email: 'claire.hutchinson3@nhs.net' },
    subject: 'Practice email change - Moorfield Surgery B86642', date: '2026-11-18T10:30:14Z',
    text: `Hello,

I've just started as Practice Manager at Moorfield Surgery (B86642). Could you change the practice email address you hold from moorfield.surgery@nhs.net to my email claire.hutchinson3@nhs.net please, as nobody checks the old inbox.

Thanks
Claire Hutchinson
Practice Manager

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('B86642', 'gp_practice'),
      fields: { currentEmail: 'moorfield.surgery@nhs.net', newEmail: 'claire.hutchinson3@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['new_address_is_personal', 'prose'],
    },
  }));

  // 003 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'email-update-code-in-domain', client: 'thunderbird',
    from: { name: 'Carys Hughes', email: 'c.hughes@gp-c83054.nhs.uk' },
    subject: 'practice email change', date: '2026-11-19T11:17:52Z',
    text: `Hi there

Could you change the practice email on PCSE for Meadowbank Surgery please.
current: meadowbank.surgery@nhs.net
new: meadowbank.admin@nhs.net

many thanks
Carys
Carys Hughes – Practice Secretary
Meadowbank Surgery
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('C83054', 'gp_practice'),
      fields: { currentEmail: 'meadowbank.surgery@nhs.net', newEmail: 'meadowbank.admin@nhs.net' },
      mustRaise: none, traits: ['code_only_in_email_domain', 'thunderbird', 'format_flowed', 'lower_case_labels'],
    },
  }));

  // 004 ---------------------------------------------------------------------------------------------
  const text004 = `Good morning,

Please update our practice email as follows:

| Practice                       | Code   | Current email             | New email                    |
|--------------------------------|--------|---------------------------|------------------------------|
| Riverside & Dale Health Centre | N85009 | riversidedale.hc@nhs.net  | wirral.riversidedale@nhs.net |

Kind regards
Yvonne Pearce
Secretary`;
  out.push(make(M, {
    slug: 'email-update-pipe-table', client: 'outlook',
    from: { name: 'PEARCE, Yvonne (RIVERSIDE & DALE HEALTH CENTRE)', email: 'yvonne.pearce@nhs.net' },
    subject: 'Change of practice email', date: '2026-11-23T08:51:06Z',
    text: text004, opts: { html: outlookHtml(text004, { mono: true }) },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('N85009', 'gp_practice'),
      fields: { currentEmail: 'riversidedale.hc@nhs.net', newEmail: 'wirral.riversidedale@nhs.net' },
      mustRaise: none, traits: ['ascii_pipe_table', 'ampersand_name'],
    },
  }));

  // 005 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'extension-pharmacy-bullets', client: 'outlook',
    from: { name: 'PATEL, Jatin (LAKESIDE PHARMACY)', email: 'jatin.patel@nhs.net' },
    subject: 'Extend main contact to new pharmacy', date: '2026-11-20T17:22:45Z',
    text: `Hello,

I would like to extend a current main contact to a new pharmacy. We have bought a second pharmacy which we took over on Monday 16th.

Existing pharmacy
- Name: J. Patel Ltd t/a Lakeside Pharmacy
- ODS: FL204
- Main contact: Jatin Patel
- Main contact email: jatin.patel@nhs.net
- Address: 14 Lakeside Parade, Thornbury, BS35 2AA
- Tel: 01454 555 220

New pharmacy
- ODS: FR5 21
- Name: Hillcrest Pharmacy
- Address: 3 Hill Street, Yate, BS37 4DL

Thanks
Jatin Patel MRPharmS
Director / Superintendent Pharmacist

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FL204', 'pharmacy'),
      fields: {
        existingPractice: practice('FL204', 'J. Patel Ltd t/a Lakeside Pharmacy', person('Jatin Patel', 'jatin.patel@nhs.net'), '14 Lakeside Parade, Thornbury, BS35 2AA', '01454 555 220'),
        newPractice: { odsCode: 'FR521', name: 'Hillcrest Pharmacy', address: '3 Hill Street, Yate, BS37 4DL' },
      },
      mustRaise: none, traits: ['bulleted_list', 'trading_name', 'spaced_code', 'independent_pharmacy', 'calendar_date'],
    },
  }));

  // 006 ---------------------------------------------------------------------------------------------
  const text006 = `Hi,

Vicky Allsopp (our main contact) has asked me to request that her main contact role is extended to our new practice following the merger. Details:

\tExisting practice\tNew practice
Name\tThe Grange Medical Centre\tOakley Road Surgery
ODS code\tR81044\tR81047
Address\t21 Grange Road, Basingstoke, RG21 3PL\t2 Oakley Road, Basingstoke, RG23 7DE
Telephone\t01256 555 410\t
Main contact\tVicky Allsopp\t
Email\tvicky.allsopp@nhs.net\t

Thanks
Hollie Dunne
Assistant Practice Manager
The Grange Medical Centre`;
  const td = (s: string, b = false) => `<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">${b ? '<b>' : ''}${s}${b ? '</b>' : ''}</p></td>`;
  const rows006 = [
    ['', 'Existing practice', 'New practice'], ['Name', 'The Grange Medical Centre', 'Oakley Road Surgery'], ['ODS code', 'R81044', 'R81047'],
    ['Address', '21 Grange Road, Basingstoke, RG21 3PL', '2 Oakley Road, Basingstoke, RG23 7DE'], ['Telephone', '01256 555 410', ''],
    ['Main contact', 'Vicky Allsopp', ''], ['Email', '<a href="mailto:vicky.allsopp@nhs.net">vicky.allsopp@nhs.net</a>', ''],
  ];
  const html006 = outlookHtml(text006).replace(
    /<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif">&nbsp;&nbsp;&nbsp;&nbsp;Existing[\s\S]*?vicky\.allsopp@nhs\.net&nbsp;&nbsp;&nbsp;&nbsp;<o:p><\/o:p><\/span><\/p>/,
    `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">${CRLF}${rows006.map((r, i) => `<tr>${r.map((c, j) => td(c, i === 0 || j === 0)).join('')}</tr>`).join(CRLF)}${CRLF}</table>`,
  );
  out.push(make(M, {
    slug: 'extension-gp-tab-columns', client: 'owa',
    from: { name: 'DUNNE, Hollie (THE GRANGE MEDICAL CENTRE)', email: 'hollie.dunne@nhs.net' },
    cc: [{ name: 'ALLSOPP, Vicky (THE GRANGE MEDICAL CENTRE)', email: 'vicky.allsopp@nhs.net' }],
    subject: 'Extend main contact - merger with Oakley Road', date: '2026-11-24T10:06:33Z',
    text: text006, opts: { html: html006 },
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('R81044', 'gp_practice'),
      fields: {
        existingPractice: practice('R81044', 'The Grange Medical Centre', person('Vicky Allsopp', 'vicky.allsopp@nhs.net'), '21 Grange Road, Basingstoke, RG21 3PL', '01256 555 410'),
        newPractice: { odsCode: 'R81047', name: 'Oakley Road Surgery', address: '2 Oakley Road, Basingstoke, RG23 7DE' },
      },
      mustRaise: none, traits: ['tab_separated_columns', 'html_table', 'two_column_comparison', 'on_behalf_of_main_contact'],
    },
  }));

  // 007 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'extension-see-below-from-pm', client: 'outlook',
    from: { name: 'TARRANT, Ben (HOLLYBUSH SURGERY)', email: 'ben.tarrant@nhs.net' },
    subject: 'FW: PCSE - extend main contact', date: '2026-12-02T08:14:57Z',
    text: `Hi, see below from Sarah, can you action? Thanks Ben

Ben Tarrant
Receptionist
Hollybush Surgery

-----Original Message-----
From: WHITLOCK, Sarah (HOLLYBUSH SURGERY) <sarah.whitlock@nhs.net>
Sent: 01 December 2026 16:20
To: TARRANT, Ben (HOLLYBUSH SURGERY) <ben.tarrant@nhs.net>
Subject: PCSE - extend main contact

Ben, could you send this to pcse.datamanager@nhs.net for me please, I'm working from home and my Outlook keeps crashing:

I would like to extend my main contact role to Beacon Hill Medical Practice, which we have taken over.

Our practice: Hollybush Surgery, G82221, 4 Holly Bush Lane, Sevenoaks, TN13 3UL, 01732 555 118. Main contact: Sarah Whitlock, sarah.whitlock@nhs.net.
New practice: Beacon Hill Medical Practice, G82239, 90 Beacon Road, Sevenoaks, TN14 5JP.

Thanks, Sarah

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('G82221', 'gp_practice'),
      fields: {
        existingPractice: practice('G82221', 'Hollybush Surgery', person('Sarah Whitlock', 'sarah.whitlock@nhs.net'), '4 Holly Bush Lane, Sevenoaks, TN13 3UL', '01732 555 118'),
        newPractice: { odsCode: 'G82239', name: 'Beacon Hill Medical Practice', address: '90 Beacon Road, Sevenoaks, TN14 5JP' },
      },
      mustRaise: none, traits: ['see_below_forward', 'details_only_in_quote', 'comma_separated_details'],
    },
  }));

  // 008 ---------------------------------------------------------------------------------------------
  const ods = await odsReport({
    code: 'K82008001', name: 'LOWER GREEN SURGERY', address: ['THE PARADE', 'LOWER GREEN', 'WOKINGHAM', 'RG40 9ZZ'],
    parent: 'K82008', parentName: 'THE RIDGEWAY PRACTICE', opened: '02/11/2026', phone: '0118 555 0733',
  }, '2026-11-02T06:00:00Z');
  const text008 = `Dear Data Manager team,

We would like to set up access to PCSE Online for a branch practice. The ODS report for the new code is attached.

MAIN PRACTICE
| Name         | The Ridgeway Practice                                |
| Org type     | GP                                                   |
| ODS code     | K82008                                               |
| Main contact | Helen Forsyth, helen.forsyth@nhs.net                 |
| Address      | Ridgeway House, 1 Church Road, Wokingham, RG40 1AB   |
| Telephone    | 0118 555 0730                                        |

BRANCH
| Main contact | Mrs Helen Forsyth (helen.forsyth@nhs.net)            |
| ODS code     | K82008001                                            |
| Name         | Lower Green Surgery                                  |
| Address      | The Parade, Lower Green, Wokingham, RG40 9ZZ         |
| Telephone    | 0118 555 0733                                        |

Kind regards
Helen Forsyth
Practice Manager, The Ridgeway Practice`;
  out.push(make(M, {
    slug: 'branch-pipe-table-ods-report', client: 'outlook',
    from: { name: 'FORSYTH, Helen (THE RIDGEWAY PRACTICE)', email: 'helen.forsyth@nhs.net' },
    subject: 'Set up branch practice - The Ridgeway Practice', date: '2026-11-17T15:36:20Z',
    text: text008, opts: { html: outlookHtml(text008, { mono: true }), attachments: [pdfLeaf('ODS_Report_K82008001.pdf', ods)] },
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('K82008', 'gp_practice'),
      fields: {
        mainPractice: practice('K82008', 'The Ridgeway Practice', person('Helen Forsyth', 'helen.forsyth@nhs.net'), 'Ridgeway House, 1 Church Road, Wokingham, RG40 1AB', '0118 555 0730'),
        branch: { odsCode: 'K82008001', name: 'Lower Green Surgery', address: 'The Parade, Lower Green, Wokingham, RG40 9ZZ', phone: '0118 555 0733', mainContact: { ...person('Helen Forsyth', 'helen.forsyth@nhs.net'), title: 'Mrs' } },
      },
      mustRaise: none, traits: ['ascii_pipe_table', 'pdf_flat_report', 'same_person_main_and_branch'],
    },
  }));

  // 009 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'branch-numbered-wrong-code', client: 'outlook',
    from: { name: 'RYLAND, Gemma (BRAMLEY HEALTH CENTRE)', email: 'gemma.ryland@nhs.net' },
    subject: 'Branch set up', date: '2026-11-26T12:44:09Z',
    text: `Hi,

Please set up PCSE Online access for our new branch site. Info as requested on your website:

Main practice
1. Bramley Health Centre
2. Organisation type: GP
3. ODS: C84 011
4. Main contact: Dr Neil Cartwright, neil.cartwright@nhs.net
5. 12 Town Street, Bramley, Nottingham, NG9 4AB
6. 0115 555 2200

Branch
1. Main contact: Mr Daniel Osei, daniel.osei@nhs.net
2. Branch ODS: C84 021 001
3. Name: Bramcote Lane Surgery
4. Address: 45 Bramcote Lane, Nottingham, NG9 3HH
5. Tel: 0115 555 2290

Thanks
Gemma Ryland
Assistant Practice Manager, Bramley HC

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('C84011', 'gp_practice'),
      fields: {
        mainPractice: practice('C84011', 'Bramley Health Centre', person('Neil Cartwright', 'neil.cartwright@nhs.net'), '12 Town Street, Bramley, Nottingham, NG9 4AB', '0115 555 2200'),
        branch: { odsCode: 'C84021001', name: 'Bramcote Lane Surgery', address: '45 Bramcote Lane, Nottingham, NG9 3HH', phone: '0115 555 2290', mainContact: { ...person('Daniel Osei', 'daniel.osei@nhs.net'), title: 'Mr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['numbered_list', 'spaced_code', 'branch_code_typo', 'unlabelled_values'],
    },
  }));

  // 010 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'branch-internal-note-left-in', client: 'outlook',
    from: { name: 'QUINN, Bernadette (ABBEYFIELD SURGERY)', email: 'bernadette.quinn@nhs.net' },
    subject: 'New branch - Abbeyfield Surgery J83015', date: '2026-12-01T14:03:48Z',
    text: `Hello

We would like to set up access to PCSE Online for our branch practice please.

Main practice: Abbeyfield Surgery
Organisation type: GP
ODS code: J83015
Main contact PCSE holds: Marion Tully, marion.tully@nhs.net
Address: Abbeyfield Road, Swindon, SN3 1QT
Phone: 01793 555 601

Branch practice
Main contact for the branch: Dr Priya Raman
Email: priya.raman2@nhs.net
Branch ODS code: J83015002
Branch name: Kingsmead Surgery
Address: 7 Kingsmead Walk, Swindon, SN25 2DR
Phone: 01793 555 688

[BQ - NOTE TO SELF: Priya said use Dr not Mrs on this. Check with Marion whether 001 (the old Stratton site) needs closing on PCSE - DELETE BEFORE SENDING]

Many thanks
Bernadette Quinn
Administrator

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('J83015', 'gp_practice'),
      fields: {
        mainPractice: practice('J83015', 'Abbeyfield Surgery', person('Marion Tully', 'marion.tully@nhs.net'), 'Abbeyfield Road, Swindon, SN3 1QT', '01793 555 601'),
        branch: { odsCode: 'J83015002', name: 'Kingsmead Surgery', address: '7 Kingsmead Walk, Swindon, SN25 2DR', phone: '01793 555 688', mainContact: { ...person('Priya Raman', 'priya.raman2@nhs.net'), title: 'Dr' } },
      },
      mustRaise: none, traits: ['internal_note_left_in', 'labelled_lines', 'distractor_branch_code'],
    },
  }));

  // 011 ---------------------------------------------------------------------------------------------
  const ndrText = `Delivery has failed to these recipients or groups:

oakleigh.practice@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to send your message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

oakleigh.practice@nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`;
  const original: Leaf = {
    kind: 'leaf', contentType: 'text/rfc822-headers', encoding: '7bit',
    content: `From: PCSE Data Manager <pcse.datamanager@nhs.net>${CRLF}To: oakleigh.practice@nhs.net${CRLF}Subject: PCSE - practice email address updated${CRLF}Date: Tue, 1 Dec 2026 10:14:05 +0000${CRLF}Message-ID: <LO2P265MB5432D0E1F2A3B4C5D6E7F8A9B0C1@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>${CRLF}`,
  };
  const status: Leaf = {
    kind: 'leaf', contentType: 'message/delivery-status', encoding: '7bit',
    content: `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM${CRLF}Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM${CRLF}Arrival-Date: Tue, 1 Dec 2026 10:14:06 +0000${CRLF}${CRLF}Final-Recipient: rfc822;oakleigh.practice@nhs.net${CRLF}Action: failed${CRLF}Status: 5.1.10${CRLF}Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup${CRLF}`,
  };
  out.push(make(M, {
    slug: 'bounce-ndr', client: 'system', auth: 'none',
    from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' },
    subject: 'Undeliverable: PCSE - practice email address updated', date: '2026-12-01T10:14:07Z',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
    text: ndrText,
    body: {
      kind: 'multi', subtype: 'report', params: 'report-type=delivery-status', boundary: boundary('outlook', 'dm011', 'rep'),
      parts: [{ kind: 'leaf', contentType: 'text/plain; charset="us-ascii"', encoding: '7bit', content: ndrText }, status, original],
    },
    expected: {
      kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {},
      mustRaise: none, traits: ['bounce', 'multipart_report'],
    },
  }));

  // 012 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'thanks-with-reference', client: 'outlook',
    from: { name: 'LLOYD, Tegan (WYNDHAM HOUSE SURGERY)', email: 'tegan.lloyd@nhs.net' },
    subject: 'RE: PCSE-2026-004377 Update practice email address - completed', date: '2026-11-20T10:02:40Z',
    text: `Brilliant, thank you!

Tegan

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 20 November 2026 09:31
Subject: PCSE-2026-004377 Update practice email address - completed

Your practice email address has been updated. Reference PCSE-2026-004377.

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: none, traits: ['thanks', 'case_reference'],
    },
  }));

  // 013 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'email-update-plus-oe-question', client: 'outlook',
    from: { name: 'ARMITAGE, Sue (ELMTREE SURGERY)', email: 'sue.armitage@nhs.net' },
    subject: 'Practice email + open exeter', date: '2026-11-27T11:29:16Z',
    text: `Hi,

Two things please:

1. Update practice email address - Elmtree Surgery, D81 622, current elmtree.surgery@nhs.net, new cambs.elmtreesurgery@nhs.net
2. Our practice nurse Mandy can't log in to Open Exeter, who do we speak to about resetting her password?

Thanks
Sue
Reception, Elmtree Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('D81622', 'gp_practice'),
      fields: { currentEmail: 'elmtree.surgery@nhs.net', newEmail: 'cambs.elmtreesurgery@nhs.net' },
      mustRaise: none, traits: ['two_requests_one_for_this_mailbox', 'numbered_list', 'spaced_code', 'one_line_details'],
    },
  }));

  // 014 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'unlock-misdirected-code-in-subject', client: 'iphone',
    from: { name: 'Nikhil Desai', email: 'nikhil.desai@nhs.net' },
    subject: 'Locked out - FH 702', date: '2026-11-21T09:47:33Z',
    text: `Hi, I'm locked out of my PCSE online account after too many password attempts. Please unlock - username nikhil.desai@nhs.net

Nikhil Desai
Pharmacist/Owner
Desai Healthcare Ltd t/a Parkside Pharmacy

Sent from my iPhone`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('FH702', 'pharmacy'),
      fields: { username: 'nikhil.desai@nhs.net' },
      mustRaise: none, traits: ['misdirected', 'code_only_in_subject', 'spaced_code', 'trading_name', 'iphone_mail', 'independent_pharmacy'],
    },
  }));

  return out;
}
