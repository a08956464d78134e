// datamanager mail of corpus-55 (writer AY).
import { dt, exp, gmailHtml, org, outlook, p, unclassified } from './common.js';
import { addr, alt, build, external, html, mixed, nhsmail, pdf, report, text, toHtml, type Built } from './lib.js';
import { flatForm, scanForm } from './pdfs.js';

const M = 'datamanager' as const;

const practice = (odsCode: string | null, name: string | null, mc: { name: string | null; email: string | null }, address: string | null, phone: string | null) => ({ odsCode, name, mainContact: mc, address, phone });

export async function datamanager(): Promise<Built[]> {
  const out: Built[] = [];

  // 001 PCN manager updates one member practice's email, table
  out.push(build({
    mailbox: M, slug: '001-pcn-manager-email-table', extra: nhsmail('10.5.1.1'),
    from: addr('Owain Haf-Roberts', 'owain.haf-roberts@nhs.net'),
    subject: 'Update practice email address - Stanwell Road Surgery', date: dt(1, '09:40'), id: 'LO4P265MB8001@LO4P265MB8001.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi Data Manager team,

I'm the PCN manager for Spelthorne Villages PCN. One of our practices has asked me to update their email with you:

| Practice name | Stanwell Road Surgery |
| Practice code | H81070 |
| Current practice email | stanwellroad.reception@nhs.net |
| New practice email | stanwellroad.surgery@nhs.net |

The new one is the practice's shared NHSmail mailbox. Please send confirmation there.

Thanks
Owain Haf-Roberts
PCN Manager, Spelthorne Villages PCN
`),
    expected: exp('practice_email_update', org('H81070', 'gp_practice'), { currentEmail: 'stanwellroad.reception@nhs.net', newEmail: 'stanwellroad.surgery@nhs.net' }, ['on_behalf_pcn', 'table']),
  }));

  // 002 Management company gives a person's mailbox as the new practice email
  out.push(build({
    mailbox: M, slug: '002-mgmt-company-individual-mailbox', extra: external('harrowfields-pms.co.uk'),
    from: addr('Harrowfields Practice Management', 'office@harrowfields-pms.co.uk'),
    cc: addr('Karen Whitlock', 'karen.whitlock2@nhs.net'),
    subject: 'Practice email change - Oldfield Park Medical Centre L81033', date: dt(1, '11:15'), id: '1764587700.12@harrowfields-pms.co.uk',
    body: text(`Dear PCSE

Please update the practice email address for Oldfield Park Medical Centre, practice code L81033.

Current practice email address: oldfield.practice@nhs.net
New practice email address: karen.whitlock2@nhs.net (Karen is the new practice manager and will deal with everything PCSE from now on)

Regards
Stephen Maddox
Harrowfields Practice Management Ltd
`),
    expected: exp('practice_email_update', org('L81033', 'gp_practice'), { currentEmail: 'oldfield.practice@nhs.net', newEmail: 'karen.whitlock2@nhs.net' }, ['on_behalf_company', 'non_nhs_sender', 'personal_mailbox'], ['individual_mailbox']),
  }));

  // 003 Federation asks to extend a main contact to a newly joined practice
  out.push(build({
    mailbox: M, slug: '003-federation-extension-labelled', extra: nhsmail('10.5.1.3'),
    from: addr('Thornbury & Severnside Federation - Business Support', 'tsfed.businesssupport@nhs.net'),
    cc: addr('Julia Santos-Pereira', 'julia.santospereira@nhs.net'),
    subject: 'Extend main contact to new practice - Almondsbury Surgery', date: dt(2, '10:00'), id: 'CWXP265MB3003@CWXP265MB3003.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear Data Manager,

Julia Santos-Pereira, main contact at Thornbury Health Centre, has taken over management of Almondsbury Surgery as well. Please extend her PCSE Online main contact access to the new practice.

EXISTING PRACTICE
Name: Thornbury Health Centre
ODS code: L81008
Main contact: Julia Santos-Pereira
Main contact email: julia.santospereira@nhs.net
Address: 14 Castle Street, Thornbury, Bristol, BS35 1HB
Telephone: 01454 418 220

NEW PRACTICE
Name: Almondsbury Surgery
ODS code: L81111
Address: 3 Sundays Hill, Almondsbury, Bristol, BS32 4DS

Julia is copied in. The new practice's number for your verification call is 01454 613 005.

Kind regards
Business Support Team
`),
    expected: exp('main_contact_extension', org('L81008', 'gp_practice'), {
      existingPractice: practice('L81008', 'Thornbury Health Centre', p('Julia Santos-Pereira', 'julia.santospereira@nhs.net'), '14 Castle Street, Thornbury, Bristol, BS35 1HB', '01454 418 220'),
      newPractice: { odsCode: 'L81111', name: 'Almondsbury Surgery', address: '3 Sundays Hill, Almondsbury, Bristol, BS32 4DS' },
    }, ['on_behalf_federation', 'labelled_lines', 'two_phone_numbers']),
  }));

  // 004 ICB sends a branch setup form; the branch code is not the main code + 3 digits
  const branchPdf = await flatForm({
    title: 'Request to set up a GP branch site on PCSE Online',
    sections: [
      { heading: 'Main practice', rows: [['Practice name', 'Kingfisher Medical Group'], ['ODS code', 'M91640'], ['Main contact', 'Harjit Sandhu'], ['Main contact email', 'harjit.sandhu@nhs.net'], ['Address', 'Kingfisher House, 80 Bath Road, Walsall, WS1 3BS'], ['Telephone', '01922 604 100']] },
      { heading: 'Branch', rows: [['Branch name', 'Kingfisher Medical Group - Pleck Branch'], ['Branch ODS code', 'M91604001'], ['Address', '211 Wednesbury Road, Pleck, Walsall, WS2 9QJ'], ['Telephone', '01922 604 180'], ['Branch main contact', 'Mrs Comfort Asamoah-Boateng'], ['Main contact email', 'comfort.asamoah-boateng@nhs.net']] },
    ],
    footer: 'Branch set-up request',
  });
  out.push(build({
    mailbox: M, slug: '004-icb-branch-form-code-mismatch', extra: nhsmail('10.5.1.4'),
    from: addr('Black Country ICB - Primary Care Contracting', 'bcicb.primarycarecontracting@nhs.net'),
    subject: 'Branch set up - Kingfisher Medical Group (M91640)', date: dt(2, '14:22'), id: 'LO6P265MB4004@LO6P265MB4004.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Dear colleagues

The ICB has approved a new branch site for Kingfisher Medical Group from 1 January. Please set it up on PCSE Online using the details on the attached form. The branch main contact will be Mrs Comfort Asamoah-Boateng (comfort.asamoah-boateng@nhs.net).

Regards
Primary Care Contracting Team
Black Country ICB
`), pdf('Kingfisher branch setup.pdf', branchPdf)),
    expected: exp('branch_setup', org('M91640', 'gp_practice'), {
      mainPractice: practice('M91640', 'Kingfisher Medical Group', p('Harjit Sandhu', 'harjit.sandhu@nhs.net'), 'Kingfisher House, 80 Bath Road, Walsall, WS1 3BS', '01922 604 100'),
      branch: { odsCode: 'M91604001', name: 'Kingfisher Medical Group - Pleck Branch', address: '211 Wednesbury Road, Pleck, Walsall, WS2 9QJ', phone: '01922 604 180', mainContact: { ...p('Comfort Asamoah-Boateng', 'comfort.asamoah-boateng@nhs.net'), title: 'Mrs' } },
    }, ['on_behalf_icb', 'pdf_flat', 'transposed_digits'], ['branch_code_mismatch']),
  }));

  // 005 Branch setup on a scanned form, sent by a federation digital team
  const branchScan = await scanForm({
    title: 'GP Branch Set-up Request',
    sections: [
      { heading: 'Main practice', rows: [['Practice name', 'Meadowbank Surgery'], ['ODS code', 'K83051'], ['Main contact', 'Fiona MacLeod'], ['Email', 'fiona.macleod7@nhs.net'], ['Address', '1 Mill Road, Corby, NN17 1AE'], ['Telephone', '01536 202 311']] },
      { heading: 'Branch', rows: [['Branch name', 'Meadowbank at Weldon'], ['Branch ODS code', 'K83051002'], ['Address', '6 Chapel Lane, Weldon, NN17 3HP'], ['Telephone', '01536 202 390'], ['Main contact', 'Dr Rohan Mehta'], ['Email', 'rohan.mehta3@nhs.net']] },
    ],
    signature: { label: 'Signed (practice manager)', seed: 'macleod', date: '26.11.2026' },
    footer: 'Branch set-up v1',
  }, 'branch-meadowbank', -1.1);
  out.push(build({
    mailbox: M, slug: '005-federation-branch-scan', extra: nhsmail('10.5.1.5'),
    from: addr('Corby Federation Digital Team', 'corbyfed.digital@nhs.net'),
    cc: addr('Fiona MacLeod', 'fiona.macleod7@nhs.net'),
    subject: 'FW: branch setup form - Meadowbank', date: dt(3, '09:10'), id: 'AS2P265MB5005@AS2P265MB5005.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Hello,

Forwarding on behalf of Meadowbank Surgery (K83051) - their scanned branch setup form is attached. Fiona MacLeod (practice manager) is copied.

Digital Team
Corby GP Federation

-----Original Message-----
From: Fiona MacLeod <fiona.macleod7@nhs.net>
Sent: 02 December 2026 17:55
To: Corby Federation Digital Team <corbyfed.digital@nhs.net>
Subject: branch setup form - Meadowbank

Can you send this to PCSE for us please? Our scanner won't send to external addresses. Branch main contact will be Dr Rohan Mehta, rohan.mehta3@nhs.net.
Thanks, Fiona
`), pdf('SCAN0042.pdf', branchScan)),
    expected: exp('branch_setup', org('K83051', 'gp_practice'), {
      mainPractice: practice('K83051', 'Meadowbank Surgery', p('Fiona MacLeod', 'fiona.macleod7@nhs.net'), '1 Mill Road, Corby, NN17 1AE', '01536 202 311'),
      branch: { odsCode: 'K83051002', name: 'Meadowbank at Weldon', address: '6 Chapel Lane, Weldon, NN17 3HP', phone: '01536 202 390', mainContact: { ...p('Rohan Mehta', 'rohan.mehta3@nhs.net'), title: 'Dr' } },
    }, ['on_behalf_federation', 'pdf_scan', 'forwarded_inline']),
  }));

  // 006 Main contact change sent to datamanager by an LMC officer
  out.push(build({
    mailbox: M, slug: '006-lmc-main-contact-misdirected', extra: nhsmail('10.5.1.6'),
    from: addr('Kent & Medway LMC - Practice Support', 'kmlmc.practicesupport@nhs.net'),
    subject: 'Change of main contact - Saint Ædan\'s Surgery', date: dt(3, '12:30'), id: 'LO2P265MB6006@LO2P265MB6006.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear PCSE

We are supporting Saint Ædan's Surgery (G82644) through a change of management. Please make Laurențiu Popescu, Interim Practice Manager, the practice's main contact on PCSE Online. His email is laurentiu.popescu@nhs.net.

The senior partner, Dr Hilary Okoro, has agreed this.

Regards
Practice Support Officer, Kent & Medway LMC
`),
    expected: exp('main_contact_change', org('G82644', 'gp_practice'), { newMainContact: p('Laurențiu Popescu', 'laurentiu.popescu@nhs.net') }, ['misdirected', 'on_behalf_lmc', 'non_ascii_name']),
  }));

  // 007 Management company extends a main contact to an acquired practice (table with two columns)
  out.push(build({
    mailbox: M, slug: '007-mgmt-company-extension-table', extra: nhsmail('10.5.1.7'),
    from: addr('Northgate Healthcare Partners - Central Ops', 'northgate.centralops@nhs.net'),
    cc: addr('Abdirahman Warsame', 'abdirahman.warsame@nhs.net'),
    subject: 'Main contact extension - acquisition of Fernbank Surgery', date: dt(4, '09:45'), id: 'DB8P265MB7007@DB8P265MB7007.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Good morning

Northgate Healthcare Partners took over Fernbank Surgery on 1 December. Our group operations manager is already main contact at Holloway Road Practice and should be extended to Fernbank.

| | Existing practice | New practice |
| Practice name | Holloway Road Practice | Fernbank Surgery |
| ODS code | F83622 | F83019 |
| Main contact | Abdirahman Warsame | |
| Main contact email | abdirahman.warsame@nhs.net | |
| Address | 410 Holloway Road, London, N7 6PZ | 22 Fernbank Avenue, London, N19 4QA |
| Telephone | 020 7946 0312 | 020 7946 0877 |

Thanks
Central Operations
Northgate Healthcare Partners
`),
    expected: exp('main_contact_extension', org('F83622', 'gp_practice'), {
      existingPractice: practice('F83622', 'Holloway Road Practice', p('Abdirahman Warsame', 'abdirahman.warsame@nhs.net'), '410 Holloway Road, London, N7 6PZ', '020 7946 0312'),
      newPractice: { odsCode: 'F83019', name: 'Fernbank Surgery', address: '22 Fernbank Avenue, London, N19 4QA' },
    }, ['on_behalf_company', 'two_column_table', 'gp_code_starting_with_f']),
  }));

  // 008 Branch setup in an HTML-only email from a PCN manager
  out.push(build({
    mailbox: M, slug: '008-pcn-branch-html-only', extra: nhsmail('10.5.1.8'),
    from: addr('Bethan Ll. Morgan', 'bethan.morgan22@nhs.net'),
    subject: 'New branch - Dolphin Lane Medical Practice', date: dt(4, '15:05'), id: 'LO3P265MB8008@LO3P265MB8008.GBRP265.PROD.OUTLOOK.COM',
    body: gmailHtml(`Hello,

Writing as PCN manager for Upper Wye PCN, for our practice Dolphin Lane Medical Practice. The practice is opening a branch and would like it set up on PCSE Online.

Main practice:
| Name | Dolphin Lane Medical Practice |
| ODS code | E82031 |
| Main contact | Desmond Achebe |
| Main contact email | desmond.achebe@nhs.net |
| Address | Dolphin Lane, Hertford, SG14 1DL |
| Phone | 01992 550 660 |

Branch:
| Name | Dolphin Lane - Bengeo |
| ODS code | e82031001 |
| Address | 9 Byde Street, Bengeo, Hertford, SG14 3BS |
| Phone | 01992 550 671 |
| Main contact | Miss Hana Kobayashi-Reid, Branch Manager |
| Main contact email | hana.kobayashi-reid@nhs.net |

Thank you
Bethan
`),
    expected: exp('branch_setup', org('E82031', 'gp_practice'), {
      mainPractice: practice('E82031', 'Dolphin Lane Medical Practice', p('Desmond Achebe', 'desmond.achebe@nhs.net'), 'Dolphin Lane, Hertford, SG14 1DL', '01992 550 660'),
      branch: { odsCode: 'E82031001', name: 'Dolphin Lane - Bengeo', address: '9 Byde Street, Bengeo, Hertford, SG14 3BS', phone: '01992 550 671', mainContact: { ...p('Hana Kobayashi-Reid', 'hana.kobayashi-reid@nhs.net'), title: 'Miss' } },
    }, ['on_behalf_pcn', 'html_only', 'table', 'lower_case_code']),
  }));

  // 009 CSU help desk forwards a practice email change; code written in lower case with a space
  out.push(build({
    mailbox: M, slug: '009-csu-email-update-spaced-code', extra: nhsmail('10.5.1.9'),
    from: addr('SCW CSU IT Helpdesk', 'scwcsu.ithelpdesk@nhs.net'),
    subject: 'Ticket #660318 - practice mailbox change for PCSE', date: dt(7, '10:30'), id: 'scw-660318@nhs.net',
    body: outlook(`Ticket #660318 - Wantage Road Surgery

Hi, the practice has moved to a new NHSmail shared mailbox as part of our migration. Please update PCSE's records:

Practice: Wantage Road Surgery
Code: b86 042
Old address: wantageroad.gp@nhs.net
New address: wantageroadsurgery.admin@nhs.net

SCW IT Helpdesk
`, false),
    expected: exp('practice_email_update', org('B86042', 'gp_practice'), { currentEmail: 'wantageroad.gp@nhs.net', newEmail: 'wantageroadsurgery.admin@nhs.net' }, ['on_behalf_csu', 'ticket_format', 'spaced_lower_code']),
  }));

  // 010 Branch setup from a practice-management company with labelled lines, some not given
  out.push(build({
    mailbox: M, slug: '010-mgmt-company-branch-partial', extra: external('carrickpm.co.uk'),
    from: addr('Carrick Practice Management', 'admin@carrickpm.co.uk'),
    subject: 'Branch setup - Trelawney Surgery', date: dt(7, '14:44'), id: 'CAB7e1q@carrickpm.co.uk',
    body: text(`Hi PCSE,

On behalf of Trelawney Surgery, Truro (L82045), please set up their new branch.

Main practice main contact: Morwenna Penhaligon (morwenna.penhaligon@nhs.net)
Main practice address: Trelawney Road, Truro, TR1 2LZ
Main practice tel: 01872 243 900

Branch name: Trelawney Surgery at Probus
Branch code: L82045001
Branch address: Fore Street, Probus, TR2 4JL
Branch main contact: Dr Senthil Kumaravel, senthil.kumaravel@nhs.net

We don't have the branch phone number yet - will send when BT install the line.

Regards
Jory Trevithick
Carrick Practice Management
`),
    expected: exp('branch_setup', org('L82045', 'gp_practice'), {
      mainPractice: practice('L82045', 'Trelawney Surgery', p('Morwenna Penhaligon', 'morwenna.penhaligon@nhs.net'), 'Trelawney Road, Truro, TR1 2LZ', '01872 243 900'),
      branch: { odsCode: 'L82045001', name: 'Trelawney Surgery at Probus', address: 'Fore Street, Probus, TR2 4JL', phone: null, mainContact: { ...p('Senthil Kumaravel', 'senthil.kumaravel@nhs.net'), title: 'Dr' } },
    }, ['on_behalf_company', 'value_not_given', 'non_nhs_sender']),
  }));

  // ---------------- not requests ----------------

  // 011 Postfix bounce from a management company's mail server
  out.push(build({
    mailbox: M, slug: '011-postfix-bounce',
    extra: [['Auto-Submitted', 'auto-replied']],
    from: addr('Mail Delivery System', 'MAILER-DAEMON@mail.harrowfields-pms.co.uk'),
    subject: 'Undelivered Mail Returned to Sender', date: dt(2, '11:16'), id: '20261202111600.9C1F2E0A31@mail.harrowfields-pms.co.uk',
    body: report(`This is the mail system at host mail.harrowfields-pms.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.maddox@harrowfields-pms.co.uk>: host mail.harrowfields-pms.co.uk[local]
    said: 550 5.1.1 <s.maddox@harrowfields-pms.co.uk>: Recipient address
    rejected: User unknown in local recipient table`,
    `Reporting-MTA: dns; mail.harrowfields-pms.co.uk
X-Postfix-Queue-ID: 9C1F2E0A31
X-Postfix-Sender: rfc822; pcse.datamanager@nhs.net
Arrival-Date: Wed,  2 Dec 2026 11:16:00 +0000 (GMT)

Final-Recipient: rfc822; s.maddox@harrowfields-pms.co.uk
Original-Recipient: rfc822;s.maddox@harrowfields-pms.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table`,
    `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: s.maddox@harrowfields-pms.co.uk
Subject: PCSE-2026-006021 Update practice email address - further information required
Message-ID: <pcse-6021@nhs.net>`),
    expected: unclassified(['bounce', 'postfix', 'reference_in_returned_headers'], 'bounce'),
  }));

  // 012 Gmail vacation responder
  out.push(build({
    mailbox: M, slug: '012-gmail-vacation',
    extra: [['Auto-Submitted', 'auto-replied'], ['Precedence', 'bulk']],
    from: addr('Jory Trevithick', 'admin@carrickpm.co.uk'),
    subject: 'Re: PCSE-2026-006233 Branch setup - further information required', date: dt(8, '09:00'), id: 'CAvac012@mail.gmail.com',
    body: alt(text(`Hi, thanks for your email. Carrick Practice Management's office is closed until 2 January. For urgent queries about Trelawney Surgery please call the practice on 01872 243 900.`), html('<div dir="ltr">Hi, thanks for your email. Carrick Practice Management&#39;s office is closed until 2 January. For urgent queries about Trelawney Surgery please call the practice on 01872 243 900.</div>')),
    expected: unclassified(['auto_reply', 'gmail_vacation', 'reference_in_subject'], 'auto_reply'),
  }));

  // 013 Reply to a closure email saying the change is not right yet
  out.push(build({
    mailbox: M, slug: '013-reply-to-closure-not-done', extra: nhsmail('10.5.1.13'),
    from: addr('Owain Haf-Roberts', 'owain.haf-roberts@nhs.net'),
    subject: 'RE: PCSE-2026-005990 Case closed - Update practice email address', date: dt(8, '10:20'), id: 'LO4P265MB8013@LO4P265MB8013.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi,

Thanks, but the practice says the old address is still showing on PCSE Online this morning. Could you check please?

Owain

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 07 December 2026 15:02
Subject: PCSE-2026-005990 Case closed - Update practice email address

Dear Owain, the practice email address for Stanwell Road Surgery has been updated. A confirmation has been sent to the new address. This case is now closed.
`),
    expected: unclassified(['reply_to_closure', 'chaser', 'reference_in_subject']),
  }));

  // 014 Federation newsletter mentioning the datamanager process
  out.push(build({
    mailbox: M, slug: '014-federation-newsletter', extra: [['List-Id', 'Corby GP Federation news <news.corbyfed.nhs.net>'], ['Precedence', 'list']],
    from: addr('Corby GP Federation News', 'corbyfed.news@nhs.net'),
    to: addr('Practice Managers', 'corbyfed.practicemanagers@nhs.net'),
    cc: 'pcse.datamanager@nhs.net',
    subject: 'Federation Friday - 4 Dec: practice email addresses, branch sites and the Christmas rota', date: dt(4, '16:00'), id: 'news-014@corbyfed.nhs.net',
    body: alt(text(`Federation Friday

1. Practice email addresses: if your practice changes its shared mailbox, tell PCSE by emailing pcse.datamanager@nhs.net with the practice name, code, current and new address. It must be a shared nhs.net mailbox, not a personal one.
2. Branch sites: the Meadowbank at Weldon branch form has gone to PCSE.
3. Christmas rota: please return by 11 December.

Unsubscribe: reply with "unsubscribe".`), html(toHtml(`Federation Friday

1. Practice email addresses: if your practice changes its shared mailbox, tell PCSE by emailing pcse.datamanager@nhs.net with the practice name, code, current and new address. It must be a shared nhs.net mailbox, not a personal one.
2. Branch sites: the Meadowbank at Weldon branch form has gone to PCSE.
3. Christmas rota: please return by 11 December.

Unsubscribe: reply with "unsubscribe".`))),
    expected: unclassified(['newsletter', 'mentions_pcse_online', 'request_words']),
  }));

  // 015 Question about merging practices
  out.push(build({
    mailbox: M, slug: '015-question-merger', extra: nhsmail('10.5.1.15'),
    from: addr('Grainne Ní Dhomhnaill', 'grainne.nidhomhnaill@nhs.net'),
    subject: 'Query - practice merger in April', date: dt(9, '13:13'), id: 'DB9P265MB9015@DB9P265MB9015.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hello

Two of our practices (Abbeyfield Surgery and St Brigid's Medical Centre) are merging on 1 April 2027. Will the merged practice keep one of the two ODS codes on PCSE Online, and do we need to tell you anything before April, or will the ICB notify you? Nothing needs doing now - I'm just planning.

Many thanks
Gráinne Ní Dhomhnaill
Head of Primary Care Transformation, Lough Valley GP Alliance
`),
    expected: unclassified(['policy_question', 'non_ascii_name']),
  }));

  // 016 Gmail delivery failure
  out.push(build({
    mailbox: M, slug: '016-gmail-delivery-failure',
    extra: [['Auto-Submitted', 'auto-replied']],
    from: addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'),
    subject: 'Delivery Status Notification (Failure)', date: dt(9, '15:41'), id: '5f1e2d3c.050a0220.1b2c3.9a1bSMTPIN_ADDED_MISSING@mx.google.com',
    body: report(`** Address not found **

Your message wasn't delivered to carrickpm.accounts@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.`,
    `Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; relay.nhs.net
Arrival-Date: Wed, 09 Dec 2026 07:41:00 -0800 (PST)

Final-Recipient: rfc822; carrickpm.accounts@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.`,
    `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: carrickpm.accounts@gmail.com
Subject: PCSE-2026-006233 Branch setup - further information required`),
    expected: unclassified(['bounce', 'gmail_dsn'], 'bounce'),
  }));

  // 017 NHSmail message recall
  out.push(build({
    mailbox: M, slug: '017-message-recall', extra: nhsmail('10.5.1.17'),
    from: addr('Northgate Healthcare Partners - Central Ops', 'northgate.centralops@nhs.net'),
    subject: 'Recall: Main contact extension - acquisition of Fernbank Surgery', date: dt(4, '09:52'), id: 'recall-017@DB8P265MB7007.GBRP265.PROD.OUTLOOK.COM',
    body: text('Northgate Healthcare Partners - Central Ops would like to recall the message, "Main contact extension - acquisition of Fernbank Surgery".', '7bit'),
    expected: unclassified(['recall', 'request_words_in_subject']),
  }));

  return out;
}
