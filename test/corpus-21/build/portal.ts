// portalenquiries: writer Q's emails (busy senior people: partners, clinical directors, business managers of
// multi-site partnerships, dental/optical owners with several contracts, pharmacy superintendents).
import { P, PORTAL, appleId, exp, htmlAlt, outlookAlt, outlookId, org, plainId, NHSMAIL_FOOTER, type Email } from './common.js';
import {
  SOFT, addr, attachment, excelTable, genericHeaders, message, mso, multipart, nhsmailHeaders, outlookHtml, outlookMobileHeaders, textPart, unstructured,
} from './lib.js';
import { gppForm, renderPdf, scanPdf } from './pdfs.js';

const M = 'portalenquiries';
const id = (slug: string) => outlookId(`${M}/${slug}`);

export const portal: Email[] = [
  // 001 — business manager of a multi-site partnership; fillable form with odd field names; branch codes in passing
  {
    slug: 'gpp-admin-acroform-multisite',
    eml: async () => {
      const form = gppForm({
        practiceName: 'Tamar Valley Medical Partnership - Saltash Road Surgery', practiceCode: 'L83047',
        practiceAddress: '42 Saltash Road\nCallington, Cornwall PL17 7EF', nomineeName: 'Kerensa Polglase', nomineeJob: 'Finance & HR Lead',
        nomineeEmail: 'kerensa.polglase@nhs.net', nomineePhone: '01579 382114', approverName: 'Dr Matthew Penhaligon',
        approverRole: 'GP Partner', approverEmail: 'm.penhaligon@nhs.net', signed: true, date: '16/11/2026',
      }, 'p001');
      const pdf = await renderPdf(form, 'acro', { producer: 'Adobe Acrobat Pro (64-bit) 24.4.20220', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20220', date: '2026-11-16T15:20:00Z', author: 'gtreloar' }, {
        practiceName: 'Part1.PracName', practiceCode: 'Part1.NatCode', practiceAddress: 'Part1.Addr_ML', nomineeName: 'Part1.UA_FullName',
        nomineeJob: 'Part1.UA_Role', nomineeEmail: 'Part1.UA_eMail', nomineePhone: 'Part1.UA_Tel', approverName: 'Part2.Cert_By',
        approverRole: 'Part2.Cert_Capacity', approverEmail: 'Part2.Cert_eMail', date: 'Part2.dte',
      });
      const text = `Hi

Form attached for GPP user admin for Saltash Road (L83047) - Kerensa is taking over from Jan, who retired end of Sept.

This is for the main site only. Callington Rd (L83047001) and St Dominick (L83047002) are branches under the same contract so I assume they pick it up? Lynher HC (L83112) is a separate partnership and their PM will send their own.

Thanks
Gail

Gail Treloar MBA FIHM
Partnership Business Manager
Tamar Valley Medical Partnership
Saltash Road Surgery | Callington Road Surgery | St Dominick Surgery
T 01579 382110 | M 07700 900418
`;
      return message(nhsmailHeaders({ from: addr('TRELOAR, Gail (TAMAR VALLEY MEDICAL PARTNERSHIP)', 'gail.treloar@nhs.net'), to: PORTAL, subject: 'GPP user admin form - L83047', date: '2026-11-16T15:31:12Z', id: id('001') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('GPP UA Certification - Saltash Rd.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('user_admin_nomination', org('L83047', 'gp_practice'), {
      service: 'GPP', nominee: P('Kerensa Polglase', 'kerensa.polglase@nhs.net'), approver: { ...P('Matthew Penhaligon', 'm.penhaligon@nhs.net'), role: 'GP Partner' },
    }, [], ['acroform', 'unusual_field_names', 'multi_ods_codes', 'branch_codes_in_passing', 'post_nominals', 'distractor_person']),
  },

  // 002 — practice manager nominates herself; Part 2 signed by a different person; flat word-processor PDF
  {
    slug: 'gpp-admin-flat-pdf-signed-by-partner',
    eml: async () => {
      const form = gppForm({
        practiceName: 'Brookfield Surgery', practiceCode: 'P87023', practiceAddress: '118 Brookfield Road\nOldham OL8 2HJ',
        nomineeName: 'Deborah Okonkwo-Hale', nomineeJob: 'Practice Manager', nomineeEmail: 'deborah.okonkwo-hale@nhs.net', nomineePhone: '0161 496 0352',
        approverName: 'Dr Rhys Vaughan', approverRole: 'Senior Partner', approverEmail: 'rhys.vaughan2@nhs.net', signed: true, date: '19 November 2026',
      }, 'p002');
      const pdf = await renderPdf(form, 'flat', { producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365', date: '2026-11-19T13:02:00Z', author: 'Deborah Okonkwo-Hale' }, {}, { serif: true, valueSize: 10.5 });
      const html = outlookHtml(mso([
        'Good afternoon,', '',
        'Please find attached our GPP Practice User Administrator certification form. Part 1 is completed by me as I am the nominee, and Part 2 has been signed off by Dr Vaughan as Senior Partner.', '',
        'We have had no GPP admin since our previous PM left in the summer, so we can&#8217;t currently submit the joiner/leaver forms for our new salaried GP.', '',
        'Kind regards', '', 'Debbie', '',
        '<b><span style="color:#1F3864">Deborah Okonkwo-Hale</span></b> <span style="font-size:9.0pt;color:gray">AMSPAR Dip PM</span>',
        '<span style="font-size:10.0pt">Practice Manager | Brookfield Surgery</span>',
        '<span style="font-size:10.0pt">Tel: 0161 496 0352</span>',
      ]));
      return message(nhsmailHeaders({ from: addr('OKONKWO-HALE, Deborah (BROOKFIELD SURGERY)', 'deborah.okonkwo-hale@nhs.net'), to: PORTAL, subject: 'GPP Practice User Administrator Certification', date: '2026-11-19T13:15:40Z', id: id('002') }, { attach: true }),
        multipart('mixed', [htmlAlt(html, { textCte: 'base64', htmlCte: 'base64' }), attachment('GPP Cert form Brookfield.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('user_admin_nomination', org('P87023', 'gp_practice'), {
      service: 'GPP', nominee: P('Deborah Okonkwo-Hale', 'deborah.okonkwo-hale@nhs.net'), approver: { ...P('Rhys Vaughan', 'rhys.vaughan2@nhs.net'), role: 'Senior Partner' },
    }, [], ['pdf_text', 'signatory_not_sender', 'self_nomination', 'base64_html', 'nhsmail_display_name']),
  },

  // 003 — partner forwards the practice manager's email "see below, approved"; the form is a skewed scan
  {
    slug: 'gpp-admin-skewed-scan-forward-approved',
    eml: async () => {
      const form = gppForm({
        practiceName: 'Westgate Medical Practice', practiceCode: 'N81093', practiceAddress: '7 Westgate\nNantwich, Cheshire CW5 5DP',
        nomineeName: 'Niamh Ó Súilleabháin', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'niamh.osullivan4@nhs.net', nomineePhone: '01270 610447',
        approverName: 'Dr Callum Ferris', approverRole: 'GP Partner', approverEmail: 'callum.ferris@nhs.net', signed: true, date: '20/11/2026',
      }, 'p003');
      const pdf = await scanPdf(form, { dpi: 150, skewDeg: 2.3, quality: 70, seed: 'p003scan', shadow: true, speckle: 1600 },
        { producer: 'RICOH MP C3004ex', creator: 'RICOH MP C3004ex', date: '2026-11-20T15:58:00Z' });
      const html = outlookHtml(`<div dir="ltr"><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">See below, approved.</div>
<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt"><br></div>
<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">Callum</div>
<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt"><br></div>
<div id="ms-outlook-mobile-signature">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> BRENNAN, Aoife (WESTGATE MEDICAL PRACTICE) &lt;aoife.brennan7@nhs.net&gt;<br>
<b>Sent:</b> Friday, November 20, 2026 4:12:09 PM<br>
<b>To:</b> FERRIS, Callum (Dr) (WESTGATE MEDICAL PRACTICE) &lt;callum.ferris@nhs.net&gt;<br>
<b>Subject:</b> GPP admin form for PCSE</font>
<div>&nbsp;</div></div>
${mso(['Hi Callum,', '', 'Can you forward this to pcse.portalenquiries@nhs.net with your approval when you get a sec? It&#8217;s the GPP user admin form for Niamh while I&#8217;m on mat leave from January &#8211; you signed part 2 on Friday, I&#8217;ve scanned it.', '', 'Thanks', 'Aoife', '', 'Aoife Brennan', 'Practice Manager', 'Westgate Medical Practice'])}
</div>`);
      return message(outlookMobileHeaders({ from: addr('FERRIS, Callum (Dr) (WESTGATE MEDICAL PRACTICE)', 'callum.ferris@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'Fw: GPP admin form for PCSE', date: '2026-11-22T20:47:03Z', id: id('003') }, { attach: true }),
        multipart('mixed', [htmlAlt(html), attachment('Scan_20261120_155812.pdf', 'application/pdf', pdf)]));
    },
    expected: exp('user_admin_nomination', org('N81093', 'gp_practice'), {
      service: 'GPP', nominee: P('Niamh Ó Súilleabháin', 'niamh.osullivan4@nhs.net'), approver: { ...P('Callum Ferris', 'callum.ferris@nhs.net'), role: 'GP Partner' },
    }, [], ['scan', 'skewed_scan', 'forward_approved', 'non_ascii_name', 'values_only_in_scan', 'phone_client']),
  },

  // 004 — GP partner / CQC registered manager, two lines from the phone
  {
    slug: 'pl-admin-two-lines-iphone',
    eml: async () => {
      const text = `Pls set up Hamid Qureshi hamid.qureshi1@nhs.net as PL org admin for Cheetham Hill Medical Centre P84019. I'm CQC reg manager.
Ta
Farah

Dr Farah Siddiqui MBChB MRCGP DFSRH
GP Partner | CQC Registered Manager
Cheetham Hill Medical Centre

Sent from my iPhone`;
      return message([...nhsmailHeaders({ from: addr('Siddiqui Farah', 'farah.siddiqui@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'PL admin', date: '2026-11-17T07:12:44Z', id: appleId('p004@nhs.net') }), 'X-Mailer: iPhone Mail (22B91)'],
        textPart(text, { charset: 'us-ascii', cte: '7bit' }));
    },
    expected: exp('user_admin_nomination', org('P84019', 'gp_practice'), {
      service: 'PL', nominee: P('Hamid Qureshi', 'hamid.qureshi1@nhs.net'), approver: { ...P('Farah Siddiqui', 'farah.siddiqui@nhs.net'), role: 'CQC Registered Manager' },
    }, [], ['terse', 'phone_client', 'abbreviations', 'post_nominals', 'approver_is_sender']),
  },

  // 005 — optical contract holder with three contracts; an Excel table, only one row is the request
  {
    slug: 'opto-admin-excel-three-contracts',
    eml: async () => {
      const table = excelTable([
        ['Practice', 'ODS', 'Current OPTO admin', 'Action'],
        ['Mistry &amp; Webb Loughborough', 'TPK41', 'Sanjay Mistry', '-'],
        ['Mistry &amp; Webb Coalville', 'TPK58', 'Sanjay Mistry', 'ADD Lydia Fairbrother, lydia.fairbrother@mistrywebb-optom.co.uk'],
        ['Mistry &amp; Webb Melton Mowbray', 'TPL07', 'Priya Chauhan', '-'],
      ], [190, 60, 130, 360]);
      const html = outlookHtml(`${mso(['Hi PCSE team,', '', 'As contract holder I would like to add an OPTO user admin (User Management (Organisation)) at our Coalville practice. Our 3 contracts are below for ref &#8211; only Coalville needs changing, please leave the other two as they are.', ''])}
${table}
${mso(['', 'Lydia is our new practice manager at Coalville.', '', 'Regards', 'Sanjay', '', '<b>Sanjay Mistry</b> BSc(Hons) MCOptom', 'Director &amp; Contract Holder', 'Mistry &amp; Webb Opticians Ltd', 'GOC 01-27731'])}`);
      return message(genericHeaders({ from: addr('Sanjay Mistry', 'sanjay@mistrywebb-optom.co.uk'), to: 'pcse.portalenquiries@nhs.net', subject: 'OPTO user admin - Coalville', date: '2026-11-18T11:05:00Z', id: plainId('p005', 'mistrywebb-optom.co.uk'), extra: ['Content-Language: en-GB', 'Thread-Index: AdtZk3b7q1S9mXr0QkO2yJm6nE4x2Q=='] }, { mailer: 'Microsoft Outlook 16.0' }),
        htmlAlt(html));
    },
    expected: exp('user_admin_nomination', org('TPK58', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: P('Lydia Fairbrother', 'lydia.fairbrother@mistrywebb-optom.co.uk'), approver: { ...P('Sanjay Mistry', 'sanjay@mistrywebb-optom.co.uk'), role: 'Contract Holder' },
    }, [], ['excel_table', 'multi_ods_codes', 'one_row_is_request', 'non_nhs_sender', 'post_nominals']),
  },

  // 006 — ICB approver forwards a PCN clinical director's request: "see below, approved"
  {
    slug: 'pcn-admin-icb-forward-approved',
    eml: async () => {
      const html = outlookHtml(`${mso(['PCSE team &#8211; see below, approved.', '', 'Helen', '', '<b>Helen Markham</b>', 'Senior Primary Care Contracts Manager', 'NHS Trent Vale Integrated Care Board', '<a href="mailto:helen.markham3@nhs.net">helen.markham3@nhs.net</a> | 0115 883 9102', ''])}
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">From:</span></b><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> ASANTE, Kwame (Dr) (RAINWORTH HEALTH CENTRE) &lt;kwame.asante@nhs.net&gt;<br>
<b>Sent:</b> 23 November 2026 08:14<br>
<b>To:</b> MARKHAM, Helen (NHS TRENT VALE ICB) &lt;helen.markham3@nhs.net&gt;<br>
<b>Subject:</b> PCN user admin - Sherwood North PCN<o:p></o:p></span></p>
</div>
</div>
${mso(['', 'Hi Helen,', '', 'Could you approve and pass on to PCSE pls &#8211; we need a PCN user admin for Sherwood North PCN (U47213).', '', 'Nominee: Maisie Clegg, PCN Digital &amp; Transformation Lead, maisie.clegg@nhs.net', '', 'We&#8217;ve had no PCN admin since Tom Riley left in September.', '', 'Many thanks', 'Kwame', '', 'Dr Kwame Asante MRCGP', 'Clinical Director, Sherwood North PCN', 'GP Partner, Rainworth Health Centre'])}`);
      return message(nhsmailHeaders({ from: addr('MARKHAM, Helen (NHS TRENT VALE ICB)', 'helen.markham3@nhs.net'), to: PORTAL, subject: 'FW: PCN user admin - Sherwood North PCN', date: '2026-11-23T10:41:19Z', id: id('006') }),
        textPart(html, { subtype: 'html', cte: 'base64' }));
    },
    expected: exp('user_admin_nomination', org('U47213', 'pcn'), {
      service: 'PCN', nominee: P('Maisie Clegg', 'maisie.clegg@nhs.net'), approver: { ...P('Helen Markham', 'helen.markham3@nhs.net'), role: 'Senior Primary Care Contracts Manager' },
    }, [], ['forward_approved', 'html_only', 'base64_html', 'requester_not_approver']),
  },

  // 007 — four PL admins listed, a fifth asked for; the CQC registered manager in copy
  {
    slug: 'pl-admin-fifth-admin-cc-approver',
    eml: async () => {
      const text = `Hi,

Could you add Ruth Ellery (ruth.ellery@nhs.net), our new Deputy Practice Manager, as a PL Organisation Administrator for Brindley Health Partnership, M85733.

Our current PL admins are:
Dr J Pryce
Dr A Lowe - amrit.lowe@nhs.net
Karen Tipton: karen.tipton2@nhs.net
Marcus Adeyemi (me)

Dr Pryce is our CQC Registered Manager and is copied in to approve.

Thanks,
Marcus

Marcus Adeyemi
Operations Manager
Brindley Health Partnership - Ladywood & Edgbaston sites
`;
      return message(nhsmailHeaders({ from: addr('ADEYEMI, Marcus (BRINDLEY HEALTH PARTNERSHIP)', 'marcus.adeyemi@nhs.net'), to: PORTAL, cc: addr('PRYCE, Jonathan (Dr) (BRINDLEY HEALTH PARTNERSHIP)', 'jonathan.pryce@nhs.net'), subject: 'Additional PL Organisation Administrator - M85733', date: '2026-11-18T14:22:51Z', id: id('007') }),
        textPart(`${text}${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }));
    },
    expected: exp('user_admin_nomination', org('M85733', 'gp_practice'), {
      service: 'PL', nominee: P('Ruth Ellery', 'ruth.ellery@nhs.net'), approver: { ...P('Jonathan Pryce', 'jonathan.pryce@nhs.net'), role: 'CQC Registered Manager' },
    }, ['admin_limit_reached'], ['fifth_admin', 'approver_in_cc', 'mixed_separators', 'distractor_person']),
  },

  // 008 — dental provider with three contracts; main contact change for one, in an Excel table
  {
    slug: 'main-contact-dental-excel-three-contracts',
    eml: async () => {
      const table = excelTable([
        ['Practice', 'Contract / ODS', 'Main contact', 'Email'],
        ['Marchetti Dental Care Stamford', 'V012873', 'Elena Marchetti', 'elena.marchetti@nhs.net'],
        ['Marchetti Dental Care Bourne', 'V045120', 'Tanya Holbrook (NEW - replaces Carol Dunn)', 'tanya.holbrook@nhs.net'],
        ['Marchetti Dental Care Market Deeping', 'V067734', 'Elena Marchetti', 'elena.marchetti@nhs.net'],
      ], [230, 100, 260, 190]);
      const html = outlookHtml(`${mso(['Hi,', '', 'Pls change the main contact for our Bourne practice &#8211; details in the table. The other two sites stay as they are.', ''])}
${table}
${mso(['', 'Thanks', 'Elena', '', 'Dr Elena Marchetti BDS MFDS RCS(Ed)', 'Principal Dentist &amp; Provider', 'Marchetti Dental Care Ltd', 'GDC 112847'])}`);
      return message(nhsmailHeaders({ from: addr('Dr Elena Marchetti', 'elena.marchetti@nhs.net'), to: PORTAL, subject: 'Main contact change - Bourne', date: '2026-11-19T19:36:02Z', id: id('008') }),
        htmlAlt(html));
    },
    expected: exp('main_contact_change', org('V045120', 'dental_practice'), {
      newMainContact: P('Tanya Holbrook', 'tanya.holbrook@nhs.net'),
    }, [], ['excel_table', 'multi_ods_codes', 'one_row_is_request', 'post_nominals', 'distractor_person']),
  },

  // 009 — pharmacy superintendent: the request is in the subject line only
  {
    slug: 'main-contact-pharmacy-subject-only',
    eml: async () => {
      const text = `As per subject pls. Gareth has left.

Ravi

Ravinder Sandhu MPharm MRPharmS
Superintendent Pharmacist | Sandhu Healthcare Ltd
GPhC 2054117

Get Outlook for Android
`;
      return message(outlookMobileHeaders({ from: addr('Ravinder Sandhu', 'ravinder.sandhu@nhs.net'), to: 'pcse.portalenquiries@nhs.net', cc: 'priya.lakhani2@nhs.net', subject: unstructured('Main contact FHT42 Ashgrove Pharmacy – new MC Priya Lakhani priya.lakhani2@nhs.net'), date: '2026-11-20T08:03:27Z', id: id('009') }),
        outlookAlt(text));
    },
    expected: exp('main_contact_change', org('FHT42', 'pharmacy'), {
      newMainContact: P('Priya Lakhani', 'priya.lakhani2@nhs.net'),
    }, [], ['subject_only', 'rfc2047_subject', 'terse', 'phone_client', 'post_nominals']),
  },

  // 010 — a correction in the same thread: the code in the first email was wrong
  {
    slug: 'main-contact-correction-wrong-code',
    eml: async () => {
      const first = id('010-first');
      const text = `Sorry - wrong code, it's B86042 not B86024. Everything else as below.

Jo

From: WHITFIELD, Joanne (RIVERSIDE MEDICAL PRACTICE) <joanne.whitfield@nhs.net>
Sent: 23 November 2026 09:02
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: Main contact change

Morning,

Please can you update the main contact for Riverside Medical Practice, B86024, to Oliver Grantham - oliver.grantham@nhs.net. Oliver is our new Operations Manager and takes over from Sue Kaye who left on Friday.

Thanks
Jo

Joanne Whitfield
Practice Manager
Riverside Medical Practice, Otley Road, Leeds
`;
      return message(nhsmailHeaders({ from: addr('WHITFIELD, Joanne (RIVERSIDE MEDICAL PRACTICE)', 'joanne.whitfield@nhs.net'), to: PORTAL, subject: 'RE: Main contact change', date: '2026-11-23T09:09:40Z', id: id('010'), inReplyTo: first, references: first }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('main_contact_change', org('B86042', 'gp_practice'), {
      newMainContact: P('Oliver Grantham', 'oliver.grantham@nhs.net'),
    }, [], ['correction_thread', 'newest_message_counts', 'distractor_code', 'distractor_person']),
  },

  // 011 — GP from the phone, GMC number, RFC 2047 display name
  {
    slug: 'verification-link-gp-android',
    eml: async () => {
      const text = `Hi, never got the verification link for PCSE online. GMC 7123456 - this is the email on my GMC record. Pls resend.
Thanks
Tomasz Wiśniewski

Get Outlook for Android
`;
      return message(outlookMobileHeaders({ from: addr('Tomasz Wiśniewski', 'tomasz.wisniewski@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'verification link', date: '2026-11-17T21:48:10Z', id: id('011') }),
        outlookAlt(text));
    },
    expected: exp('verification_link_resend', null, { accountEmail: 'tomasz.wisniewski@nhs.net', gmcNumber: '7123456' }, [], ['rfc2047_name', 'non_ascii_name', 'terse', 'phone_client', 'no_org']),
  },

  // 012 — pharmacy superintendent's own link expired; base64 HTML
  {
    slug: 'verification-link-pharmacy-b64-html',
    eml: async () => {
      const html = outlookHtml(mso(['Hello,', '', 'I was set up last week as main contact for Kingsway Pharmacy (FLR63) but the verification link had expired by the time I opened it (I was on leave). Could you send a new link to this address please?', '', 'Kind regards,', 'Jaspreet', '',
        '<span style="font-size:10.0pt;color:#2F5496"><b>Jaspreet Kaur Bains</b> MPharm PGDip IP</span>', '<span style="font-size:10.0pt;color:#2F5496">Superintendent Pharmacist | Kingsway Pharmacy Ltd</span>', '<span style="font-size:10.0pt;color:#2F5496">GPhC reg. 2071935</span>']));
      return message(nhsmailHeaders({ from: addr('BAINS, Jaspreet Kaur (KINGSWAY PHARMACY)', 'jaspreet.bains@nhs.net'), to: PORTAL, subject: 'New verification link please', date: '2026-11-18T09:26:33Z', id: id('012') }),
        htmlAlt(html, { textCte: 'base64', htmlCte: 'base64' }));
    },
    expected: exp('verification_link_resend', org('FLR63', 'pharmacy'), { accountEmail: 'jaspreet.bains@nhs.net', gmcNumber: null }, [], ['base64_html', 'post_nominals', 'nhsmail_display_name']),
  },

  // 013 — practice manager asks for a partner's link
  {
    slug: 'verification-link-for-partner',
    eml: async () => {
      const text = `Hi

Dr Lucy Hartnell, one of our new partners, hasn't received her PCSE Online verification email. Could you resend to her please - lucy.hartnell@nhs.net (GMC 6098231). She's in clinic all day so asked me to chase.

Fernhill Surgery, J82155

Thanks
Rachel Dobson
Practice Manager
`;
      return message(nhsmailHeaders({ from: addr('DOBSON, Rachel (FERNHILL SURGERY)', 'rachel.dobson@nhs.net'), to: PORTAL, subject: 'Verification link - Dr Hartnell', date: '2026-11-19T10:14:58Z', id: id('013') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('verification_link_resend', org('J82155', 'gp_practice'), { accountEmail: 'lucy.hartnell@nhs.net', gmcNumber: '6098231' }, ['not_own_account'], ['for_colleague']),
  },

  // 014 — clinical director locked out, from the phone
  {
    slug: 'account-unlock-cd-iphone',
    eml: async () => {
      const text = `Hi pls unlock my account - sarah.obrien12@nhs.net. Too many goes at the password. Ta

Dr Sarah O'Brien MRCGP
Clinical Director, Wolds & Vale PCN

Sent from my iPhone`;
      return message([...nhsmailHeaders({ from: addr("O'BRIEN, Sarah (Dr) (WOLDS & VALE PCN)", 'sarah.obrien12@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'Locked out PCSE', date: '2026-11-20T06:51:09Z', id: appleId('p014@nhs.net') }), 'X-Mailer: iPhone Mail (22B91)'],
        textPart(text, { charset: 'us-ascii', cte: '7bit' }));
    },
    expected: exp('account_unlock', org(null, 'pcn'), { username: 'sarah.obrien12@nhs.net' }, [], ['terse', 'phone_client', 'quoted_display_name', 'no_code']),
  },

  // 015 — optical owner: a staff member without email (non-email user name) is locked
  {
    slug: 'account-unlock-optical-non-email-username',
    eml: async () => {
      const text = `Hi,

One of our dispensing opticians has locked herself out after too many password attempts. She doesn't have an email address so her username is bethanyroe@kellandopticians

Can you unlock it please?

Many thanks
Owen Kelland FBDO
Owner / Contract Holder
Kelland Opticians (TPM22), 9 Fore Street, Totnes TQ9 5DA
`;
      return message(genericHeaders({ from: addr('Owen Kelland', 'owen@kellandopticians.co.uk'), to: 'pcse.portalenquiries@nhs.net', subject: 'Locked account - Kelland Opticians', date: '2026-11-20T16:40:12Z', id: plainId('p015', 'kellandopticians.co.uk') }, { mailer: 'Microsoft Outlook 16.0' }),
        textPart(text, { charset: 'iso-8859-1', cte: '7bit' }));
    },
    expected: exp('account_unlock', org('TPM22', 'ophthalmic_practice'), { username: 'bethanyroe@kellandopticians' }, [], ['non_email_username', 'for_colleague', 'non_nhs_sender', 'post_nominals']),
  },

  // 016 — dental owner and main contact, deactivated; a second contract in brackets
  {
    slug: 'account-reactivation-dental-main-contact',
    eml: async () => {
      const text = `Hello

My PCSE Online account has been deactivated – I think because I hadn't logged in for a while. I'm the main contact for Ashfield Dental Practice (V058812). Username anika.rahman@nhs.net

Could you reactivate asap please, we need to place a supplies order this week.

(I'm also MC for our other practice, Kirkby Dental V058830 – same login.)

Thanks
Anika

Dr Anika Rahman BDS
Practice Owner
Ashfield Dental Practice | Kirkby Dental
`;
      return message(nhsmailHeaders({ from: addr('Anika Rahman', 'anika.rahman@nhs.net'), to: PORTAL, subject: 'Account deactivated - main contact V058812', date: '2026-11-23T12:30:45Z', id: id('016') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('account_reactivation', org('V058812', 'dental_practice'), { username: 'anika.rahman@nhs.net' }, [], ['multi_ods_codes', 'asap', 'post_nominals']),
  },

  // 017 — GPP admin deactivated; windows-1252 smart quotes, a soft line break inside the user name
  {
    slug: 'account-reactivation-cp1252-soft-break',
    eml: async () => {
      const text = `Hi,

I’m the GPP user admin for Oakwood Surgery (K81055) and my account’s been deactivated – I get “your account is inactive” when I try to log in. My username is christopher.ash${SOFT}down@nhs.net.

Could you reactivate it please? Month-end pension forms are due.

Kind regards
Chris

Christopher Ashdown
Business Manager, Oakwood Surgery
`;
      return message([...nhsmailHeaders({ from: addr('Christopher Ashdown', 'christopher.ashdown@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'Deactivated account', date: '2026-11-24T08:17:29Z', id: id('017') }), 'X-Mailer: Microsoft Outlook 16.0'],
        textPart(text, { charset: 'windows-1252', cte: 'quoted-printable' }));
    },
    expected: exp('account_reactivation', org('K81055', 'gp_practice'), { username: 'christopher.ashdown@nhs.net' }, [], ['cp1252', 'smart_quotes', 'qp_soft_break_in_address']),
  },

  // 018 — business manager of a three-site group: remove a departed partner's roles
  {
    slug: 'role-removal-partner-left-multisite',
    eml: async () => {
      const text = `Hi

Dr Imogen Pratt left the partnership on 31/10 (all sites). Please remove her roles from PCSE Online:

- Joiner & Leaver
- Practice Estimate and Salary Change
- PL Practice Manager

Username imogen.pratt@nhs.net

Sites for info: Harbour View (main) E82061 / Quay Street branch E82061001 / Marina Park branch E82061002

Thanks
Stuart

Stuart Penrose FCMI
Business Manager, Harbour View Medical Group
`;
      return message(nhsmailHeaders({ from: addr('PENROSE, Stuart (HARBOUR VIEW MEDICAL GROUP)', 'stuart.penrose@nhs.net'), to: PORTAL, subject: 'Leaver - remove roles', date: '2026-11-24T13:02:16Z', id: id('018') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('role_removal_request', org('E82061', 'gp_practice'), {
      username: 'imogen.pratt@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'PL Practice Manager'],
    }, [], ['multi_ods_codes', 'branch_codes_in_passing', 'bullet_list', 'post_nominals']),
  },

  // 019 — superintendent: take a role off a former locum, no user name given
  {
    slug: 'role-removal-pharmacy-locum-no-username',
    eml: async () => {
      const text = `Hi
Can you take the Practice Order Entry Clerk role off Adebayo Ogunleye please. He was a regular locum at our Peckham Rye branch (FKW18) but no longer works for us.
Regards
Olu

Olumide Fashola MPharm
Superintendent Pharmacist, Fashola Chemists Ltd (FKW18, FKX02, FDQ66)
GPhC 2043518
`;
      return message(nhsmailHeaders({ from: addr('Olumide Fashola', 'olumide.fashola@nhs.net'), to: PORTAL, subject: 'Remove role - ex locum', date: '2026-11-25T17:44:03Z', id: id('019') }),
        outlookAlt(text));
    },
    expected: exp('role_removal_request', org('FKW18', 'pharmacy'), { username: null, roles: ['Practice Order Entry Clerk'] }, [], ['multi_ods_codes', 'missing_username', 'post_nominals']),
  },

  // 020 — a clinical director's question that asks for nothing
  {
    slug: 'question-pcn-admin-who-signs',
    eml: async () => {
      const text = `Quick q - when we eventually nominate a PCN user admin, does the form have to come from the ICB or can I sign it as CD? We're U82304. Not urgent, just planning for when our digital lead starts in Jan.

Thanks
Ian

Dr Ian McCrae
Clinical Director, Lune Valley PCN
`;
      return message(nhsmailHeaders({ from: addr('McCRAE, Ian (Dr) (LUNE VALLEY PCN)', 'ian.mccrae@nhs.net'), to: PORTAL, subject: 'PCN user admin - question', date: '2026-11-24T19:20:00Z', id: id('020') }),
        outlookAlt(text));
    },
    expected: exp('unclassified', null, {}, [], ['question_no_request', 'mentions_service']),
  },

  // 021 — chaser with a PCSE reference
  {
    slug: 'chaser-pcse-ref-gpp-form',
    eml: async () => {
      const text = `Hi - sent our GPP admin form 2 wks ago (ref above), nothing heard. Can you advise pls? Practice M83610.
ta
Gemma

Gemma Ridley | Practice Manager | Walsall Wood Surgery
`;
      return message(nhsmailHeaders({ from: addr('RIDLEY, Gemma (WALSALL WOOD SURGERY)', 'gemma.ridley@nhs.net'), to: PORTAL, subject: 'Chasing - PCSE-2026-017734', date: '2026-11-25T10:03:51Z', id: id('021') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('unclassified', null, {}, [], ['chaser', 'case_ref_in_subject', 'terse']),
  },

  // 022 — out-of-office reply to PCSE's acknowledgement
  {
    slug: 'auto-reply-annual-leave',
    eml: async () => {
      const text = `Thank you for your email. I am on annual leave until Monday 30th November with limited access to email.

For urgent practice matters please contact our practice manager, Hayley Moss, on hayley.moss@nhs.net or 01904 555210.

Dr Patrick Quinlan
GP Partner, Heworth Green Surgery
`;
      return message(nhsmailHeaders({ from: addr('QUINLAN, Patrick (Dr) (HEWORTH GREEN SURGERY)', 'patrick.quinlan@nhs.net'), to: PORTAL, subject: 'Automatic reply: PCSE-2026-018102 - we have received your enquiry', date: '2026-11-24T11:00:07Z', id: id('022'),
        extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: patrick.quinlan@nhs.net'] }),
        outlookAlt(text));
    },
    expected: exp('unclassified', null, {}, [], ['auto_reply', 'case_ref_in_subject'], 'auto_reply'),
  },

  // 023 — practice email change sent to the wrong mailbox (dental)
  {
    slug: 'misdirected-practice-email-dental',
    eml: async () => {
      const text = `Hello,

Please update our practice email address:

Practice name: Holloway Lane Dental Practice
Practice code: V091247
Current practice email: hollowaylane.dental@nhs.net
New practice email: hollowaylanedental.reception@nhs.net

The current mailbox will be closed at the end of December.

Regards
Marta Kowalczyk
Practice Manager
`;
      return message(nhsmailHeaders({ from: addr('Holloway Lane Dental Practice', 'hollowaylane.dental@nhs.net'), to: PORTAL, subject: 'Update practice email address', date: '2026-11-26T09:45:18Z', id: id('023') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('practice_email_update', org('V091247', 'dental_practice'), {
      currentEmail: 'hollowaylane.dental@nhs.net', newEmail: 'hollowaylanedental.reception@nhs.net',
    }, [], ['misdirected', 'label_value', 'shared_mailbox_sender']),
  },

  // 024 — clinical director: main contact for the branch, not the main site
  {
    slug: 'main-contact-branch-site',
    eml: async () => {
      const text = `Can you make Nadia Bukhari (nadia.bukhari@nhs.net) the main contact for our Ashby Road branch G82117001 pls. Main site G82117 stays with me.
Thanks
Paul

Dr Paul Ennis
GP Partner | Clinical Director, Soar Valley PCN
`;
      return message(nhsmailHeaders({ from: addr('ENNIS, Paul (Dr) (SOAR VALLEY PCN)', 'paul.ennis@nhs.net'), to: PORTAL, subject: 'MC for Ashby Rd branch', date: '2026-11-26T13:13:13Z', id: id('024') }),
        outlookAlt(text));
    },
    expected: exp('main_contact_change', org('G82117001', 'gp_branch'), { newMainContact: P('Nadia Bukhari', 'nadia.bukhari@nhs.net') }, [], ['branch_vs_main', 'terse', 'multi_ods_codes']),
  },

  // 025 — optical contract holder corrects the nominee's address in a reply
  {
    slug: 'opto-admin-correction-nominee-email',
    eml: async () => {
      const first = id('025-first');
      const text = `Apologies – wrong address for Leanne below, it's leanne.morris7@nhs.net. Rest is correct.

Siân

________________________________
From: Siân Pugh <sian.pugh@nhs.net>
Sent: 25 November 2026 17:20
To: pcse.portalenquiries@nhs.net <pcse.portalenquiries@nhs.net>
Subject: OPTO user admin - TPR19

Hi, as contract holder for Pugh & Daughters Opticians (TPR19) I'd like Leanne Morris added as an OPTO user admin – User Management (Organisation). Email leanne.morris@nhs.net.

Thanks
Siân Pugh BSc MCOptom
Contract Holder, Pugh & Daughters Opticians, Abergavenny Road, Monmouth
`;
      return message(outlookMobileHeaders({ from: addr('Siân Pugh', 'sian.pugh@nhs.net', { charset: 'iso-8859-1', mode: 'Q' }), to: 'pcse.portalenquiries@nhs.net', subject: 'Re: OPTO user admin - TPR19', date: '2026-11-26T07:58:40Z', id: id('025'), inReplyTo: first, references: first }),
        outlookAlt(text));
    },
    expected: exp('user_admin_nomination', org('TPR19', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: P('Leanne Morris', 'leanne.morris7@nhs.net'), approver: { ...P('Siân Pugh', 'sian.pugh@nhs.net'), role: 'Contract Holder' },
    }, [], ['correction_thread', 'newest_message_counts', 'approver_is_sender', 'rfc2047_name', 'non_ascii_name']),
  },

  // 026 — partner, two lines, a code one digit short
  {
    slug: 'main-contact-malformed-code',
    eml: async () => {
      const text = `Pls change MC for Meadowbank Surgery, G8211, to Lisa Tranter lisa.tranter@nhs.net (new PM). ta

Dr Hugh Beddows
Senior Partner

Sent from Outlook for iOS
`;
      return message(outlookMobileHeaders({ from: addr('BEDDOWS, Hugh (Dr) (MEADOWBANK SURGERY)', 'hugh.beddows@nhs.net'), to: 'pcse.portalenquiries@nhs.net', subject: 'New MC', date: '2026-11-27T07:31:55Z', id: id('026') }),
        outlookAlt(text));
    },
    expected: exp('main_contact_change', org('G8211', 'gp_practice'), { newMainContact: P('Lisa Tranter', 'lisa.tranter@nhs.net') }, ['ods_invalid'], ['malformed_code', 'terse', 'phone_client']),
  },
];

