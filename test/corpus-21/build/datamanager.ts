// datamanager: writer Q's emails (practice email changes, main contact extensions, branch set-ups).
import { DATAMANAGER, NHSMAIL_FOOTER, P, exp, gmailId, htmlAlt, outlookAlt, outlookId, org, type Email } from './common.js';
import {
  SOFT, addr, excelTable, gmailHeaders, message, mso, multipart, nhsmailHeaders, outlookHtml, outlookMobileHeaders, rfcDate, textPart, unstructured,
} from './lib.js';

const M = 'datamanager';
const id = (slug: string) => outlookId(`${M}/${slug}`);

const practice = (odsCode: string | null, name: string | null, mc: ReturnType<typeof P>, address: string | null, phone: string | null) => ({ odsCode, name, mainContact: mc, address, phone });

export const datamanager: Email[] = [
  // 001 — business manager of a three-site partnership; Excel table; only the main site changes
  {
    slug: 'email-update-multisite-excel',
    eml: async () => {
      const table = excelTable([
        ['Site', 'ODS', 'Current practice email', 'New practice email'],
        ['Kingsbury Medical Centre (main)', 'E84022', 'kingsburymc@nhs.net', 'kingsbury.medicalcentre@nhs.net'],
        ['Roe Green Surgery (branch)', 'E84022001', 'roegreen.surgery@nhs.net', 'no change'],
        ['Fryent Way Surgery (branch)', 'E84022002', 'fryentway.surgery@nhs.net', 'no change'],
      ], [220, 90, 190, 230]);
      const html = outlookHtml(`${mso(['Hi,', '', 'Please update the practice email for our main site only &#8211; see table. The old kingsburymc@ mailbox is being closed by the ICB IT team on 11/12. Branches keep theirs for now.', ''])}
${table}
${mso(['', 'Many thanks', 'Yusuf', '', '<b>Yusuf Adamjee</b> MBA', 'Business Manager', 'Kingsbury &amp; Fryent Medical Partnership', 'Kingsbury Medical Centre | Roe Green Surgery | Fryent Way Surgery', '020 8204 6611'])}`);
      return message(nhsmailHeaders({ from: addr('ADAMJEE, Yusuf (KINGSBURY & FRYENT MEDICAL PARTNERSHIP)', 'yusuf.adamjee@nhs.net'), to: DATAMANAGER, subject: 'Update practice email address', date: '2026-11-16T10:12:31Z', id: id('001') }),
        htmlAlt(html));
    },
    expected: exp('practice_email_update', org('E84022', 'gp_practice'), { currentEmail: 'kingsburymc@nhs.net', newEmail: 'kingsbury.medicalcentre@nhs.net' }, [],
      ['excel_table', 'multi_ods_codes', 'one_row_is_request', 'distractor_emails']),
  },

  // 002 — partner wants her own nhs.net address as the practice address
  {
    slug: 'email-update-individual-mailbox-iphone',
    eml: async () => {
      const text = `Beacon Surgery L82033. Current practice email beacon.surgery@nhs.net - please change to mine, a.trevithick@nhs.net, until the new shared box is set up. Old one has been locked by NHSmail and nobody can get in.
Anna

Dr A Trevithick, GP Partner

Sent from my iPhone`;
      return message([...nhsmailHeaders({ from: addr('Trevithick Anna', 'a.trevithick@nhs.net'), to: 'pcse.datamanager@nhs.net', subject: 'Update practice email address', date: '2026-11-17T06:58:02Z', id: id('002') }), 'X-Mailer: iPhone Mail (22B91)'],
        textPart(text, { charset: 'us-ascii', cte: '7bit' }));
    },
    expected: exp('practice_email_update', org('L82033', 'gp_practice'), { currentEmail: 'beacon.surgery@nhs.net', newEmail: 'a.trevithick@nhs.net' }, ['individual_mailbox'],
      ['terse', 'phone_client', 'individual_address']),
  },

  // 003 — the branch's address changes, the subject carries the main site's code; cp1252 QP, soft break in the new address
  {
    slug: 'email-update-branch-cp1252-soft-break',
    eml: async () => {
      const text = `Hi,

Can you update the practice email for our branch at Hillcrest please – it’s the branch, not the main site (Longmoor, M85021), that one’s fine.

Practice name: Hillcrest Surgery (branch of Longmoor Medical Practice)
Practice code: M85021002
Current email: hillcrest.m85021@nhs.net
New email: hillcrestsurgery.ad${SOFT}min@nhs.net

We’ve merged the two reception inboxes so the new one is the shared “admin” box.

Thanks
Bev

Beverley Carruthers
Practice Manager – Longmoor Medical Practice & Hillcrest Surgery
`;
      return message([...nhsmailHeaders({ from: addr('CARRUTHERS, Beverley (LONGMOOR MEDICAL PRACTICE)', 'beverley.carruthers@nhs.net'), to: DATAMANAGER, subject: 'Update practice email address - M85021', date: '2026-11-17T14:40:19Z', id: id('003') }), 'X-Mailer: Microsoft Outlook 16.0'],
        textPart(text, { charset: 'windows-1252', cte: 'quoted-printable' }));
    },
    expected: exp('practice_email_update', org('M85021002', 'gp_branch'), { currentEmail: 'hillcrest.m85021@nhs.net', newEmail: 'hillcrestsurgery.admin@nhs.net' }, [],
      ['branch_vs_main', 'distractor_code_in_subject', 'cp1252', 'smart_quotes', 'qp_soft_break_in_address', 'label_value']),
  },

  // 004 — dental owner with two practices corrects the code in a reply
  {
    slug: 'email-update-dental-correction-code',
    eml: async () => {
      const first = id('004-first');
      const text = `Sorry, wrong code – it's V034471 (Bridge St). V034417 is Castlegate, which isn't changing.

Hamish

-----Original Message-----
From: Hamish Buchanan <hamish.buchanan@nhs.net>
Sent: 18 November 2026 12:31
To: pcse.datamanager@nhs.net
Subject: Update practice email address

Update practice email address pls
Practice: Bridge Street Dental
Code: V034417
Current: bridgestreetdental@nhs.net
New: bridgestreet.dental@nhs.net

Hamish Buchanan BDS
Principal, Bridge Street Dental & Castlegate Dental
`;
      return message(nhsmailHeaders({ from: addr('Hamish Buchanan', 'hamish.buchanan@nhs.net'), to: 'pcse.datamanager@nhs.net', subject: 'RE: Update practice email address', date: '2026-11-18T12:44:50Z', id: id('004'), inReplyTo: first, references: first }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('practice_email_update', org('V034471', 'dental_practice'), { currentEmail: 'bridgestreetdental@nhs.net', newEmail: 'bridgestreet.dental@nhs.net' }, [],
      ['correction_thread', 'newest_message_counts', 'distractor_code', 'post_nominals']),
  },

  // 005 — superintendent extends himself to a pharmacy just bought; mixed separators
  {
    slug: 'extension-pharmacy-mixed-separators',
    eml: async () => {
      const text = `Hi,

We'd like to extend our current main contact to a new pharmacy we've bought (completion 1 Dec).

EXISTING
Name: Lechlade Pharmacy
ODS – FNP24
Main contact Farid Haddad – farid.haddad@nhs.net
Address: 14 High Street, Lechlade, GL7 3AD
Tel 01367 252118

NEW
ODS: FRW51
Name – Fairford Pharmacy
Address 3 Market Place, Fairford, GL7 4AB

Happy for you to ring Fairford to verify – ask for Joanne.

Farid Haddad MPharm
Superintendent Pharmacist
Cotswold Pharmacy Ltd
GPhC 2061187
`;
      return message(nhsmailHeaders({ from: addr('Farid Haddad', 'farid.haddad@nhs.net'), to: DATAMANAGER, subject: 'Extend main contact to new pharmacy', date: '2026-11-18T16:05:44Z', id: id('005') }),
        textPart(`${text}${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }));
    },
    expected: exp('main_contact_extension', org('FNP24', 'pharmacy'), {
      existingPractice: practice('FNP24', 'Lechlade Pharmacy', P('Farid Haddad', 'farid.haddad@nhs.net'), '14 High Street, Lechlade, GL7 3AD', '01367 252118'),
      newPractice: { odsCode: 'FRW51', name: 'Fairford Pharmacy', address: '3 Market Place, Fairford, GL7 4AB' },
    }, [], ['mixed_separators', 'post_nominals', 'distractor_person']),
  },

  // 006 — dental provider, existing/new side by side in an HTML table; base64
  {
    slug: 'extension-dental-two-column-table-b64',
    eml: async () => {
      const cell = (v: string) => `<td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2.0pt 6.0pt"><p class="MsoNormal"><span style="font-size:10.5pt">${v}</span></p></td>`;
      const rows = [
        ['', '<b>Existing practice</b>', '<b>New practice</b>'],
        ['Practice name', 'Pinfold Dental Practice', 'Wolgarston Way Dental'],
        ['ODS code', 'V071155', 'V083302'],
        ['Main contact', 'Dr Ifeoma Chukwu', '(same &#8211; extend)'],
        ['Main contact email', 'ifeoma.chukwu@nhs.net', ''],
        ['Address', '2 Pinfold Lane<br>Penkridge<br>Stafford ST19 5AP', '7 Wolgarston Way<br>Penkridge<br>ST19 5QJ'],
        ['Telephone', '01785 712440', '01785 715093'],
      ];
      const table = `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}\n</table>`;
      const html = outlookHtml(`${mso(['Dear Data Manager team,', '', 'I would like to extend my main contact role to a second practice which we took over on 1 November. Details below.', ''])}
${table}
${mso(['', 'Please call Wolgarston Way on the number above to verify &#8211; our practice manager Lorna will be expecting it.', '', 'Kind regards', '', 'Dr Ifeoma Chukwu BDS MJDF', 'Principal Dentist, Pinfold Dental Ltd', 'GDC 209934'])}`);
      return message(nhsmailHeaders({ from: addr('CHUKWU, Ifeoma (PINFOLD DENTAL PRACTICE)', 'ifeoma.chukwu@nhs.net'), to: DATAMANAGER, subject: 'Extending main contact to a new practice', date: '2026-11-19T09:30:12Z', id: id('006') }),
        htmlAlt(html, { textCte: 'base64', htmlCte: 'base64' }));
    },
    expected: exp('main_contact_extension', org('V071155', 'dental_practice'), {
      existingPractice: practice('V071155', 'Pinfold Dental Practice', P('Ifeoma Chukwu', 'ifeoma.chukwu@nhs.net'), '2 Pinfold Lane, Penkridge, Stafford ST19 5AP', '01785 712440'),
      newPractice: { odsCode: 'V083302', name: 'Wolgarston Way Dental', address: '7 Wolgarston Way, Penkridge, ST19 5QJ' },
    }, [], ['two_column_table', 'base64_html', 'multiline_address', 'distractor_phone', 'post_nominals']),
  },

  // 007 — optical owner on Gmail, terse, no phone number
  {
    slug: 'extension-optical-gmail-no-phone',
    eml: async () => {
      const html = `<div dir="ltr"><div>Hi there</div><div><br></div><div>Please extend my main contact to our new store.</div><div><br></div><div>Current: Doshi Eyecare, TPD31, 41 Gold Street, Kettering NN16 8JB - main contact me, Hetal Doshi, <a href="mailto:hetal.doshi@gmail.com">hetal.doshi@gmail.com</a></div><div>New: Doshi Eyecare Corby, TPD77, Unit 4 Willow Place, Corby NN17 1PZ</div><div><br></div><div>Thanks</div><div>Hetal</div><div><br></div><div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">Hetal Doshi BSc MCOptom<div>Director, Doshi Eyecare Ltd</div></div></div></div></div>
`;
      const text = `Hi there

Please extend my main contact to our new store.

Current: Doshi Eyecare, TPD31, 41 Gold Street, Kettering NN16 8JB - main contact me, Hetal Doshi, hetal.doshi@gmail.com
New: Doshi Eyecare Corby, TPD77, Unit 4 Willow Place, Corby NN17 1PZ

Thanks
Hetal

--
Hetal Doshi BSc MCOptom
Director, Doshi Eyecare Ltd
`;
      return message(gmailHeaders({ from: addr('Hetal Doshi', 'hetal.doshi@gmail.com'), to: 'pcse.datamanager@nhs.net', subject: 'main contact - new store', date: '2026-11-19T20:11:37Z', id: gmailId('d007') }),
        multipart('alternative', [textPart(text, { cte: 'quoted-printable' }), textPart(html, { subtype: 'html', cte: 'quoted-printable' })], { boundary: '000000000000a81c2b0627f4e5d1' }));
    },
    expected: exp('main_contact_extension', org('TPD31', 'ophthalmic_practice'), {
      existingPractice: practice('TPD31', 'Doshi Eyecare', P('Hetal Doshi', 'hetal.doshi@gmail.com'), '41 Gold Street, Kettering NN16 8JB', null),
      newPractice: { odsCode: 'TPD77', name: 'Doshi Eyecare Corby', address: 'Unit 4 Willow Place, Corby NN17 1PZ' },
    }, [], ['gmail', 'terse', 'one_line_per_practice', 'missing_phone', 'non_nhs_sender']),
  },

  // 008 — business manager: new third branch; two existing branches mentioned
  {
    slug: 'branch-setup-third-branch-multisite',
    eml: async () => {
      const text = `Hi,

We'd like to set up PCSE Online access for a new branch practice. ODS have issued the code.

MAIN PRACTICE
Practice name: Bridge Street Surgery
Organisation type: GP
ODS code: J83027
Main contact held by PCSE: Dr Alison Gedge – alison.gedge@nhs.net
Address: 1 Bridge Street, Bradford-on-Avon, Wiltshire BA15 1BY
Tel: 01225 862300

NEW BRANCH
Main contact: Mr Simon Thorne (Branch Manager) – simon.thorne1@nhs.net
ODS code: J83027${SOFT}003
Name: Holt Road Surgery
Address: 22 Holt Road, Bradford-on-Avon, BA15 1TS
Tel: 01225 868411

NB our other two branches, Winsley (J83027001) and Westwood (J83027002), are already on PCSE Online under Alison – no change needed for those.

Thanks
Rob

Rob Kilbride
Business Manager, Avon Riverside Partnership
Bridge Street | Winsley | Westwood | Holt Road
`;
      return message(nhsmailHeaders({ from: addr('KILBRIDE, Rob (AVON RIVERSIDE PARTNERSHIP)', 'rob.kilbride@nhs.net'), to: DATAMANAGER, cc: addr('GEDGE, Alison (Dr) (AVON RIVERSIDE PARTNERSHIP)', 'alison.gedge@nhs.net'), subject: 'New branch - PCSE Online access', date: '2026-11-20T11:18:03Z', id: id('008') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('branch_setup', org('J83027', 'gp_practice'), {
      mainPractice: practice('J83027', 'Bridge Street Surgery', P('Alison Gedge', 'alison.gedge@nhs.net'), '1 Bridge Street, Bradford-on-Avon, Wiltshire BA15 1BY', '01225 862300'),
      branch: { odsCode: 'J83027003', name: 'Holt Road Surgery', address: '22 Holt Road, Bradford-on-Avon, BA15 1TS', phone: '01225 868411', mainContact: { ...P('Simon Thorne', 'simon.thorne1@nhs.net'), title: 'Mr' } },
    }, [], ['multi_ods_codes', 'branch_codes_in_passing', 'sender_not_main_contact', 'sections', 'qp_soft_break_in_code']),
  },

  // 009 — partner, terse; the branch code does not start with the main code
  {
    slug: 'branch-setup-code-mismatch-terse',
    eml: async () => {
      const text = `Hi, pls set up our new branch on PCSE Online.

Main practice – Elmfield Medical Centre, GP, M84007
MC: Dr Graham Oduya graham.oduya@nhs.net
12 Elmfield Road, Walsall WS1 3QP / 01922 614300

Branch – Cranmore Surgery, ODS M84070001
MC for branch: Mrs Sunita Rai, sunita.rai@nhs.net
Address: 88 Cranmore Avenue, Walsall WS2 9LH
Phone: 01922 627711

Ta
Graham
`;
      return outlookAltMessage(text, {
        from: addr('ODUYA, Graham (Dr) (ELMFIELD MEDICAL CENTRE)', 'graham.oduya@nhs.net'), to: 'pcse.datamanager@nhs.net', subject: 'Branch set up – Cranmore Surgery', date: '2026-11-20T18:27:45Z', id: id('009'),
      });
    },
    expected: exp('branch_setup', org('M84007', 'gp_practice'), {
      mainPractice: practice('M84007', 'Elmfield Medical Centre', P('Graham Oduya', 'graham.oduya@nhs.net'), '12 Elmfield Road, Walsall WS1 3QP', '01922 614300'),
      branch: { odsCode: 'M84070001', name: 'Cranmore Surgery', address: '88 Cranmore Avenue, Walsall WS2 9LH', phone: '01922 627711', mainContact: { ...P('Sunita Rai', 'sunita.rai@nhs.net'), title: 'Mrs' } },
    }, ['branch_code_mismatch'], ['terse', 'mixed_separators', 'rfc2047_subject', 'address_and_phone_one_line']),
  },

  // 010 — shared admin box; everything in a label/value table pasted from Excel; base64 HTML
  {
    slug: 'branch-setup-excel-label-table-b64',
    eml: async () => {
      const table = excelTable([
        ['Item', 'Detail'],
        ['Main practice name', 'Chiltern Vale Surgery'],
        ['Organisation type', 'GP'],
        ['Main practice ODS', 'K82019'],
        ['Main contact (PCSE)', 'Fiona Haddow'],
        ['Main contact email', 'fiona.haddow@nhs.net'],
        ['Main practice address', 'Woodside Road, Amersham, HP6 6AA'],
        ['Main practice tel', '01494 727100'],
        ['Branch main contact', 'Dr Rupert Ashworth-Lane'],
        ['Branch MC email', 'rupert.ashworth-lane@nhs.net'],
        ['Branch ODS', 'K82019001'],
        ['Branch name', 'Prestwood Surgery'],
        ['Branch address', '150 High Street, Prestwood, Great Missenden, HP16 9EY'],
        ['Branch tel', '01494 890220'],
      ], [180, 380]);
      const html = outlookHtml(`${mso(['Good morning', '', 'Please can you set up PCSE Online access for our branch practice. Details as per your website below:', ''])}
${table}
${mso(['', 'Kind regards', '', 'Fiona Haddow', 'Practice Manager', 'Chiltern Vale Surgery'])}`);
      return message(nhsmailHeaders({ from: addr('Chiltern Vale Surgery - Admin', 'chilternvale.admin@nhs.net'), to: DATAMANAGER, subject: 'Branch practice set up - K82019001', date: '2026-11-23T09:02:27Z', id: id('010') }),
        htmlAlt(html, { textCte: 'base64', htmlCte: 'base64' }));
    },
    expected: exp('branch_setup', org('K82019', 'gp_practice'), {
      mainPractice: practice('K82019', 'Chiltern Vale Surgery', P('Fiona Haddow', 'fiona.haddow@nhs.net'), 'Woodside Road, Amersham, HP6 6AA', '01494 727100'),
      branch: { odsCode: 'K82019001', name: 'Prestwood Surgery', address: '150 High Street, Prestwood, Great Missenden, HP16 9EY', phone: '01494 890220', mainContact: { ...P('Rupert Ashworth-Lane', 'rupert.ashworth-lane@nhs.net'), title: 'Dr' } },
    }, [], ['excel_table', 'base64_html', 'shared_mailbox_sender', 'title_in_name']),
  },

  // 011 — dental main contact change sent to the wrong mailbox
  {
    slug: 'misdirected-main-contact-dental',
    eml: async () => {
      const text = `Hi,

Our practice main contact needs changing please – Devlin Dental Care, V102938.

New MC: Ms Harriet Quayle, harriet.quayle@nhs.net (Practice Manager)

Sorry if this is the wrong inbox, the website wasn't clear.

Conor Devlin BDS
Devlin Dental Care
`;
      return message(nhsmailHeaders({ from: addr('Conor Devlin', 'conor.devlin@nhs.net'), to: DATAMANAGER, subject: 'Main contact', date: '2026-11-23T13:47:09Z', id: id('011') }),
        outlookAlt(text));
    },
    expected: exp('main_contact_change', org('V102938', 'dental_practice'), { newMainContact: P('Harriet Quayle', 'harriet.quayle@nhs.net') }, [], ['misdirected', 'title_in_name']),
  },

  // 012 — a GPP admin nomination without the form, sent to the wrong mailbox
  {
    slug: 'misdirected-gpp-admin-managing-partner',
    eml: async () => {
      const text = `Hi,

We have had no GPP admin since our PM retired. Please set up Paula Wren (paula.wren@nhs.net), our new practice manager, as GPP Practice User Administrator for Castle Mead Surgery, D82044. I'm the Managing Partner and approve this.

Dr Gwen Aldous
Managing Partner
Castle Mead Surgery
`;
      return message(nhsmailHeaders({ from: addr('ALDOUS, Gwen (Dr) (CASTLE MEAD SURGERY)', 'gwen.aldous@nhs.net'), to: DATAMANAGER, subject: 'GPP user admin', date: '2026-11-24T08:40:33Z', id: id('012') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('user_admin_nomination', org('D82044', 'gp_practice'), {
      service: 'GPP', nominee: P('Paula Wren', 'paula.wren@nhs.net'), approver: { ...P('Gwen Aldous', 'gwen.aldous@nhs.net'), role: 'Managing Partner' },
    }, [], ['misdirected', 'no_form', 'approver_is_sender']),
  },

  // 013 — a question about branches that asks for nothing yet
  {
    slug: 'question-branch-code-pending',
    eml: async () => {
      const text = `Hi

We've applied to ODS for a branch code for our new site at Hatfield Road but it hasn't come through yet. Can we send you the branch set-up details now and the code when we get it, or do you need everything together? Also does the branch need its own practice email address or can it share the main site's?

Not asking for anything to be done yet.

Thanks
Sam

Samantha Greaves
Operations Director, Colne Valley Health Group (main site H81066)
`;
      return message(nhsmailHeaders({ from: addr('GREAVES, Samantha (COLNE VALLEY HEALTH GROUP)', 'samantha.greaves@nhs.net'), to: DATAMANAGER, subject: 'Branch set up - question', date: '2026-11-24T15:55:20Z', id: id('013') }),
        outlookAlt(text));
    },
    expected: exp('unclassified', null, {}, [], ['question_no_request', 'mentions_service']),
  },

  // 014 — thanks with the PCSE reference
  {
    slug: 'thanks-with-ref',
    eml: async () => {
      const text = `Thanks - all working now, confirmation came through to the new address.

Mo

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 24 November 2026 16:02
Subject: PCSE-2026-016529 Your practice email address has been updated

Dear Practice,

Your request has been completed. Your practice email address has been updated.

Kind regards
PCSE Data Manager team
`;
      return message(nhsmailHeaders({ from: addr('IQBAL, Mohammed (GREENGATES SURGERY)', 'mohammed.iqbal9@nhs.net'), to: DATAMANAGER, subject: 'RE: PCSE-2026-016529 Your practice email address has been updated', date: '2026-11-25T08:21:00Z', id: id('014'), inReplyTo: '<pcse-2026-016529.1@pcse.nhs.net>' }),
        outlookAlt(text));
    },
    expected: exp('unclassified', null, {}, [], ['thanks', 'case_ref_in_subject', 'quoted_pcse_reply']),
  },

  // 015 — the new practice address does not exist: a bounce of PCSE's confirmation
  {
    slug: 'bounce-confirmation-undeliverable',
    eml: async () => {
      const boundary = 'e5b1f3c4-72b8-4d0c-9a34-1f2c5d8e0b77';
      const human = `Delivery has failed to these recipients or groups:

stmarys.surgery.p82011@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM

stmarys.surgery.p82011@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient stmarys.surgery.p82011@nhs.net not found by SMTP address lookup'
`;
      const status = `Reporting-MTA: dns;LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate('2026-11-25T11:40:02Z')}

Final-Recipient: rfc822;stmarys.surgery.p82011@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient stmarys.surgery.p82011@nhs.net not found by SMTP address lookup
`;
      const orig = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: stmarys.surgery.p82011@nhs.net
Subject: PCSE-2026-015880 Your practice email address has been updated
Date: ${rfcDate('2026-11-25T11:40:00Z')}
Message-ID: <pcse-2026-015880.3@pcse.nhs.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
`;
      const root = multipart('report', [
        textPart(human, { cte: 'quoted-printable' }),
        { headers: ['Content-Type: message/delivery-status'], body: status.replace(/\n/g, '\r\n') },
        { headers: ['Content-Type: text/rfc822-headers'], body: orig.replace(/\n/g, '\r\n') },
      ], { extraCt: ' report-type=delivery-status;', boundary });
      return message([
        `Received: from LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM by LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM with mapi id 15.20.8205.0; ${rfcDate('2026-11-25T11:40:02Z')}`,
        'From: postmaster@nhs.net',
        `To: ${DATAMANAGER}`,
        'Subject: Undeliverable: PCSE-2026-015880 Your practice email address has been updated',
        `Date: ${rfcDate('2026-11-25T11:40:02Z')}`,
        `Message-ID: ${id('015')}`,
        'In-Reply-To: <pcse-2026-015880.3@pcse.nhs.net>',
        'Auto-Submitted: auto-replied',
        'Content-Language: en-GB',
        'X-MS-Exchange-Message-Is-Ndr: ',
      ], root);
    },
    expected: exp('unclassified', null, {}, [], ['bounce', 'ndr', 'case_ref_in_subject'], 'bounce'),
  },

  // 016 — out-of-office from a multi-site business manager
  {
    slug: 'auto-reply-business-manager',
    eml: async () => {
      const text = `I'm out of the office until Tuesday 1st December.

Kingsbury site queries: kingsbury.medicalcentre@nhs.net
Roe Green / Fryent Way: please ring 020 8204 6611 and ask for the duty manager.

Yusuf Adamjee
Business Manager, Kingsbury & Fryent Medical Partnership
`;
      return message(nhsmailHeaders({ from: addr('ADAMJEE, Yusuf (KINGSBURY & FRYENT MEDICAL PARTNERSHIP)', 'yusuf.adamjee@nhs.net'), to: DATAMANAGER, subject: 'Automatic reply: PCSE-2026-016744 We have received your request', date: '2026-11-26T14:02:11Z', id: id('016'),
        extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'] }),
        outlookAlt(text));
    },
    expected: exp('unclassified', null, {}, [], ['auto_reply', 'case_ref_in_subject', 'distractor_emails'], 'auto_reply'),
  },
];

/** An Outlook for Android message (the subject may be non-ASCII). */
function outlookAltMessage(text: string, h: { from: string; to: string; subject: string; date: string; id: string }): Buffer {
  return message(outlookMobileHeaders({ ...h, subject: unstructured(h.subject) }), outlookAlt(`${text}\nGet Outlook for Android\n`));
}
