// portalenquiries: the emails of corpus 19 (writer O) and the case a careful PCSE staff member would enter.
import { expected, mid, org, PCSE_PORTAL, PCSE_SIGNOFF, person, unclassified } from './common.js';
import * as forms from './forms.js';
import {
  alternative, attachment, type Addr, type Email, emit, esc, html, mixed, msoParas, MULTILINGUAL_DISCLAIMER,
  multipart, NHSMAIL_DISCLAIMER, outlookHtml, outlookQuoteHeader, outlookQuoteHeaderRule, plain, quote, rawPart, rfcDate, appleOn,
} from './lib.js';

const M = 'portalenquiries' as const;
const TO = [PCSE_PORTAL];

// People who write more than once in this corpus.
const CALLUM: Addr = { name: 'Callum Rees', email: 'callum.rees@nhs.net' };
const TVGPF: Addr = { name: 'TVGPF Digital Team (Tamar Valley GP Federation)', email: 'tvgpf.digital@nhs.net' };
const SANA: Addr = { name: 'Sana Qureshi', email: 'sana.qureshi@nhs.net' };
const OLIVIA: Addr = { name: 'Olivia Brandt', email: 'olivia.brandt@nhs.net' };
const IMOGEN: Addr = { name: 'Imogen Tate', email: 'imogen.tate@nhs.net' };
const MARCUS: Addr = { name: 'BELL, Marcus (Dr) (SEVERN VALE PCN)', email: 'marcus.bell@nhs.net' };

// ---------------------------------------------------------------------------------------------------------------
async function p001(): Promise<Email> {
  const id = mid('outlook', 'p001');
  const text = `Good morning,

Please find attached a completed GPP Practice User Administrator Certification form for Harbourside Medical Practice (L83061), one of our member practices. The practice has had no GPP user administrator since their business manager left in October, so nobody there can submit the pension forms.

Both parts of the form are complete and Part 2 has been signed by one of the partners.

If you need anything else please reply to the team mailbox rather than to me directly, as I work part-time.

Kind regards

Callum Rees
Digital Transformation Officer
Tamar Valley GP Federation
Digital Team: tvgpf.digital@nhs.net | 01752 907 310

${NHSMAIL_DISCLAIMER}`;
  const raw = emit(
    { client: 'outlook', from: TVGPF, to: TO, subject: 'GPP User Administrator certification - Harbourside Medical Practice L83061', date: '2026-11-02T10:31:07Z', id, extra: [['X-MS-Exchange-Organization-SenderOnBehalfOf', 'callum.rees@nhs.net']] },
    mixed([
      alternative([plain(text, { charset: 'windows-1252' }), html(outlookHtml(msoParas(text)))], 'outlook'),
      attachment('GPP UA Certification - Harbourside L83061.pdf', 'application/pdf', await forms.gppHarbourside(), 'outlook'),
    ], 'exchange'),
  );
  return {
    slug: 'gpp-federation-acroform', raw,
    expected: expected(M, 'user_admin_nomination', org('L83061', 'gp_practice'), {
      service: 'GPP', nominee: person('Bethany Coles', 'bethany.coles1@nhs.net'), approver: { ...person('Anjali Mehta', 'anjali.mehta3@nhs.net'), role: 'GP Partner' },
    }, [], ['acroform_pdf', 'writer_not_nominee', 'shared_mailbox_sender', 'values_only_in_pdf']),
  };
}

async function p002(): Promise<Email> {
  const id = mid('outlook', 'p002');
  const RACHEL: Addr = { name: 'Rachel Dunmore', email: 'rachel.dunmore@nhs.net' };
  const PETER: Addr = { name: 'Peter Akinola', email: 'p.akinola@nhs.net' };
  const text = `Hi PCSE team,

Forwarding on behalf of Castle Street Surgery (one of our PCN practices) - their signed GPP form is attached. Could you set Rachel up as their GPP user admin please.

Thanks
Sana

Sana Qureshi
PCN Manager | Riverside & Docks PCN
07700 900 614

${outlookQuoteHeader({ from: RACHEL, sent: '2026-11-05T16:12:00Z', to: [SANA], subject: 'FW: GPP user admin form - Castle Street Surgery' })}

Hi Sana,

Could you send this to PCSE for me? I've tried twice from our practice account and not heard anything back. Tom (our old GPP admin) left in the summer so nobody here can do the pensions bits now.

Thanks, Rachel

Rachel Dunmore
Practice Manager
Castle Street Surgery, M85711

${outlookQuoteHeader({ from: PETER, sent: '2026-11-05T11:47:00Z', to: [RACHEL], subject: 'GPP user admin form - Castle Street Surgery' })}

Rachel - signed and attached. Part 1 has your details as agreed.
Peter

Dr Peter Akinola
GP Partner
Castle Street Surgery

${NHSMAIL_DISCLAIMER}`;
  const raw = emit(
    { client: 'outlook', from: SANA, to: TO, subject: 'FW: FW: GPP user admin form - Castle Street Surgery', date: '2026-11-06T08:02:44Z', id },
    mixed([plain(text, { charset: 'utf-8' }), attachment('GPP form signed.pdf', 'application/pdf', await forms.gppCastleStreet(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'gpp-two-forwards-flat-pdf', raw,
    expected: expected(M, 'user_admin_nomination', org('M85711', 'gp_practice'), {
      service: 'GPP', nominee: person('Rachel Dunmore', 'rachel.dunmore@nhs.net'), approver: { ...person('Peter Akinola', 'p.akinola@nhs.net'), role: 'GP Partner' },
    }, [], ['flat_pdf_value_below_label', 'forward_two_deep', 'outlook_quote_headers', 'nominee_in_middle_of_chain']),
  };
}

async function p003(): Promise<Email> {
  const id = mid('outlook', 'p003');
  const text = `Dear PCSE,

Attached is the GPP Practice User Administrator Certification form for Meadowbank Surgery, C82044. Part 1 has the nominee's details (Lauren, their assistant practice manager).

The partners haven’t completed Part 2 yet – the practice asked us to send the form anyway so that it is with you, and I will chase them for the approval section.

Many thanks
Olivia

Olivia Brandt
Digital Lead
North Quay Health Federation
Hull & East Riding

${NHSMAIL_DISCLAIMER}`;
  const raw = emit(
    { client: 'owa', from: OLIVIA, to: TO, subject: 'GPP Practice User Administrator form – Meadowbank Surgery (C82044)', subjectEnc: 'Q', date: '2026-11-06T15:09:52Z', id },
    mixed([plain(text, { charset: 'windows-1252' }), attachment('Meadowbank GPP UA form.pdf', 'application/pdf', await forms.gppMeadowbank(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'gpp-blank-approver-section', raw,
    expected: expected(M, 'user_admin_nomination', org('C82044', 'gp_practice'), {
      service: 'GPP', nominee: person('Lauren Fitzgerald', 'lauren.fitzgerald2@nhs.net'), approver: null,
    }, ['missing_signature'], ['acroform_pdf', 'acrobat_default_field_names', 'blank_signatory_section', 'rfc2047_q_subject']),
  };
}

async function p004(): Promise<Email> {
  const id = mid('outlook', 'p004', 'aldermoordata.co.uk');
  const HANNAH: Addr = { name: 'Hannah Lowe', email: 'hannah.lowe@aldermoordata.co.uk' };
  const text = `Hello,

We provide practice administration support to Fernhill Surgery (N81093). Please find attached the practice's scanned GPP User Administrator certification form.

Apologies - our scanner seems to have fed it in upside down. The original is held at the practice if you need it.

Regards

Hannah Lowe
Practice Data Coordinator
Aldermoor Data Services Ltd
on behalf of Fernhill Surgery
T: 0151 496 0855`;
  const raw = emit(
    { client: 'outlook', from: HANNAH, to: TO, subject: 'Fernhill Surgery N81093 - GPP admin certification (scanned)', date: '2026-11-10T09:41:19Z', id },
    mixed([plain(text, { charset: 'us-ascii', cte: '7bit' }), attachment('Scan_20261110_093412.pdf', 'application/pdf', await forms.gppFernhillScan(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'gpp-scan-upside-down', raw,
    expected: expected(M, 'user_admin_nomination', org('N81093', 'gp_practice'), {
      service: 'GPP', nominee: person('Gareth Pryce', 'gareth.pryce@nhs.net'), approver: { ...person('Helen Osei', 'helen.osei@nhs.net'), role: 'Managing Partner' },
    }, ['sender_not_nhs'], ['scan_rotated_180', 'image_only_pdf', 'outsourced_provider', 'values_only_in_pdf']),
  };
}

function p005(): Email {
  const id = mid('outlook', 'p005');
  const LINDA: Addr = { name: 'Linda Harper', email: 'linda.harper@nhs.net' };
  const rows = [
    ['Name', 'Role at practice', 'Email', 'Request'],
    ['Linda Harper', 'CQC Registered Manager', 'linda.harper@nhs.net', 'Approves this nomination'],
    ['Joanne Whitby', 'Deputy Practice Manager', 'joanne.whitby@nhs.net', 'NEW PL Organisation Administrator'],
    ['Dr Samuel Okoye', 'GP Partner', 's.okoye@nhs.net', 'No change'],
    ['Priti Shah', 'Reception Lead', 'priti.shah7@nhs.net', 'No change (already has PL Practice Manager)'],
  ];
  const intro = `Dear PCSE,

I am writing as Clinical Director for Severn Vale PCN on behalf of Brookfield Practice (ODS J82117), which currently has no PL Organisation Administrator. The practice's CQC Registered Manager, Linda Harper, is copied in and has asked me to send this; she nominates the person marked NEW below.`;
  const outro = `Linda - please reply all to confirm.

Best wishes

Dr Marcus Bell
Clinical Director, Severn Vale PCN
GP Partner, Wyebridge Surgery
Tel: 01452 300 812`;
  const text = `${intro}

${rows.map((r) => r.join(' | ')).join('\n')}

${outro}

${NHSMAIL_DISCLAIMER}`;
  const table = `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
${rows.map((r, i) => `<tr>${r.map((c) => `<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${i === 0 ? `<b>${esc(c)}</b>` : esc(c)}<o:p></o:p></p></td>`).join('')}</tr>`).join('\n')}
</table>`;
  const htmlBody = outlookHtml(`${msoParas(intro)}\n<p class="MsoNormal">&nbsp;</p>\n${table}\n<p class="MsoNormal">&nbsp;</p>\n${msoParas(outro)}\n${msoParas(NHSMAIL_DISCLAIMER)}`);
  const raw = emit(
    { client: 'outlook', from: MARCUS, to: TO, cc: [LINDA], subject: 'PL Organisation Administrator for Brookfield Practice J82117', date: '2026-11-10T12:15:40Z', id },
    alternative([plain(text), html(htmlBody)], 'outlook'),
  );
  return {
    slug: 'pl-pcn-cd-role-table', raw,
    expected: expected(M, 'user_admin_nomination', org('J82117', 'gp_practice'), {
      service: 'PL', nominee: person('Joanne Whitby', 'joanne.whitby@nhs.net'), approver: { ...person('Linda Harper', 'linda.harper@nhs.net'), role: 'CQC Registered Manager' },
    }, [], ['role_table_one_nominee', 'writer_not_approver', 'signature_role_not_signatory', 'html_table', 'nhsmail_display_name']),
  };
}

function p006(): Email {
  const id = mid('outlook', 'p006');
  const RUTH: Addr = { name: 'Ruth Adeyemi', email: 'ruth.adeyemi@nhs.net' };
  const ref = 'PCSE-2026-031877';
  const text = `Hello,

Thanks for coming back to me. The missing details:

Nominee email: d.fairweather@nhs.net
CQC Registered Manager: Dr Ruth Adeyemi (ruth.adeyemi@nhs.net) - copied in, she confirms the nomination.

Kind regards
Imogen

Imogen Tate
PCN Manager, Lighthouse PCN

${outlookQuoteHeader({ from: PCSE_PORTAL, sent: '2026-11-11T14:20:00Z', to: [IMOGEN], subject: `PL Organisation Administrator - Bay View Surgery [${ref}]` })}

Dear Imogen,

Thank you for contacting Primary Care Support England. Your reference number is ${ref}.

We are unable to process your request because some information is missing. Please reply to this email, keeping the reference in the subject line, with:

  *   the email address of the person to be set up as PL Organisation Administrator
  *   confirmation from the practice's CQC Registered Manager, who nominates PL Organisation Administrators

${PCSE_SIGNOFF}

${outlookQuoteHeader({ from: IMOGEN, sent: '2026-11-09T10:02:00Z', to: [PCSE_PORTAL], subject: 'PL Organisation Administrator - Bay View Surgery' })}

Hi,

Bay View Surgery (G85032) need a PL admin as their previous one has left - could you set up Daniel Fairweather, their new office manager?

Thanks
Imogen`;
  const raw = emit(
    { client: 'outlook', from: IMOGEN, to: TO, cc: [RUTH], subject: `RE: PL Organisation Administrator - Bay View Surgery [${ref}]`, date: '2026-11-12T09:27:03Z', id, inReplyTo: mid('pcse', 'p006-pcse'), references: [mid('outlook', 'p006-orig'), mid('pcse', 'p006-pcse')] },
    alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'),
  );
  return {
    slug: 'pl-reply-supplies-missing', raw,
    expected: expected(M, 'user_admin_nomination', org('G85032', 'gp_practice'), {
      service: 'PL', nominee: person('Daniel Fairweather', 'd.fairweather@nhs.net'), approver: { ...person('Ruth Adeyemi', 'ruth.adeyemi@nhs.net'), role: 'CQC Registered Manager' },
    }, [], ['reply_to_pcse_more_info', 'case_ref_in_subject', 'values_split_across_thread', 'top_posted']),
  };
}

function p007(): Email {
  const id = mid('outlook', 'p007');
  const NADIA: Addr = { name: 'FAROUK, Nadia (NHS COASTAL AND DOWNS ICB - 70F)', email: 'nadia.farouk@nhs.net' };
  const text = `Dear colleagues,

Harbour Towns PCN does not currently have a PCN user administrator in PCSE Online. As the PCN's ICB approver I am submitting the request on their behalf.

PCN name:            Harbour Towns PCN
PCN ODS code:        U71408
Nominee name:        Esme Lockwood
Nominee job title:   PCN Operations Manager
Nominee email:       esme.lockwood@nhs.net
Role requested:      PCN user admin

I confirm that I am listed as an approver for NHS Coastal and Downs ICB on the NHSE Authorised Email List.

Kind regards,

Nadia Farouk
Primary Care Contracts Manager
Primary Care Team | NHS Coastal and Downs Integrated Care Board
Working days: Mon-Thu

${NHSMAIL_DISCLAIMER}`;
  const raw = emit({ client: 'outlook', from: NADIA, to: TO, subject: 'PCN user admin request - Harbour Towns PCN (U71408)', date: '2026-11-12T13:44:18Z', id }, plain(text, { charset: 'us-ascii', cte: '7bit' }));
  return {
    slug: 'pcn-admin-icb-approver', raw,
    expected: expected(M, 'user_admin_nomination', org('U71408', 'pcn'), {
      service: 'PCN', nominee: person('Esme Lockwood', 'esme.lockwood@nhs.net'), approver: { ...person('Nadia Farouk', 'nadia.farouk@nhs.net'), role: 'Primary Care Contracts Manager' },
    }, [], ['icb_writer', 'label_value_aligned', 'nhsmail_display_name']),
  };
}

function p008(): Email {
  const id = mid('outlook', 'p008');
  const GEMMA: Addr = { name: 'Gemma Holt', email: 'gemma.holt4@nhs.net' };
  const TARIQ: Addr = { name: 'Tariq Mahmood', email: 'tariq.mahmood@nhs.net' };
  const text = `Dear PCSE,

Westmoor PCN (U52917) has no PCN user admin. We would like Kirsty Barlow, our Digital & Transformation Lead (kirsty.barlow@nhs.net), to be set up as PCN user admin.

We have been trying for six weeks to get the ICB to approve this and have had no response, so our Clinical Director has approved it himself - see his reply below. He is not on the ICB's Authorised Email List.

Thanks,
Gemma

Gemma Holt
PCN Manager, Westmoor PCN

${outlookQuoteHeader({ from: TARIQ, sent: '2026-11-10T14:02:00Z', to: [GEMMA], subject: 'Re: PCN user admin' })}

Yes happy to approve Kirsty as our PCN user admin. Send it from me if that helps. I'm not on the ICB's list but I'm the CD.
Tariq

Sent from my iPhone

${appleOn('2026-11-10T11:30:00Z', GEMMA)}

${quote(`Tariq, can you approve Kirsty as PCN user admin so I can send it to PCSE? ICB still not replying.
Gemma`)}`;
  const raw = emit({ client: 'outlook', from: GEMMA, to: TO, subject: 'Westmoor PCN U52917 - PCN user administrator', date: '2026-11-13T08:55:30Z', id }, plain(text, { charset: 'utf-8', cte: 'quoted-printable' }));
  return {
    slug: 'pcn-admin-cd-not-on-ael', raw,
    expected: expected(M, 'user_admin_nomination', org('U52917', 'pcn'), {
      service: 'PCN', nominee: person('Kirsty Barlow', 'kirsty.barlow@nhs.net'), approver: { ...person('Tariq Mahmood', 'tariq.mahmood@nhs.net'), role: 'Clinical Director' },
    }, ['approver_not_on_ael'], ['approver_in_quoted_reply', 'iphone_quote_line', 'writer_not_nominee']),
  };
}

function p009(): Email {
  const id = mid('helpdesk', 'p009', 'opticaresystems.co.uk');
  const RAJ: Addr = { name: 'Rajesh Varma', email: 'rajesh.varma@clearvieweyecare.co.uk' };
  const body = `<!DOCTYPE html>
<html><head><meta charset="iso-8859-1"><style>td{font-family:Segoe UI,Arial,sans-serif;font-size:13px}</style></head>
<body>
<table width="100%" cellpadding="6" style="background:#f1f4f8;border-bottom:2px solid #0b5ea8"><tr>
<td><b>Ticket #OSS-448213</b></td><td>Priority: Normal</td><td>Status: Awaiting third party</td><td>Category: Third-party portals &raquo; PCSE</td>
</tr></table>
<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Hello PCSE,</p>
<p>We provide IT support to Clearview Eyecare (ODS TPK31). Their contract holder, Mr Rajesh Varma, has asked us to request the <b>OPTO Organisation User Administration</b> role for their new practice manager, as the practice currently has no Opto user admin.</p>
<p><b>Nominee:</b> Amira Haddad<br>
<b>Email:</b> <a href="mailto:amira.haddad@clearvieweyecare.co.uk">amira.haddad@clearvieweyecare.co.uk</a><br>
<b>Contract holder:</b> Rajesh Varma (<a href="mailto:rajesh.varma@clearvieweyecare.co.uk">rajesh.varma@clearvieweyecare.co.uk</a>) &ndash; copied in</p>
<p>Please reply keeping the ticket number in the subject line so that your response is added to the ticket.</p>
<p>Kind regards,<br>
Liam Carter<br>
Service Desk Analyst | Opticare Systems Ltd<br>
0161 555 0147 | support@opticaresystems.co.uk</p>
</div>
<pre style="font-size:10px;color:#777">${esc(MULTILINGUAL_DISCLAIMER('Opticare Systems Ltd'))}</pre>
</body></html>`;
  const raw = emit(
    { client: 'helpdesk', from: { name: 'Opticare Systems Support', email: 'support@opticaresystems.co.uk' }, to: TO, cc: [RAJ], subject: '[EXTERNAL] Ticket #OSS-448213 - PCSE OPTO user admin - Clearview Eyecare (TPK31)', date: '2026-11-13T11:20:00Z', id, charset: 'iso-8859-1' },
    html(body, { charset: 'iso-8859-1', cte: 'quoted-printable' }),
  );
  return {
    slug: 'opto-admin-it-provider-ticket', raw,
    expected: expected(M, 'user_admin_nomination', org('TPK31', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: person('Amira Haddad', 'amira.haddad@clearvieweyecare.co.uk'), approver: { ...person('Rajesh Varma', 'rajesh.varma@clearvieweyecare.co.uk'), role: 'Contract Holder' },
    }, ['sender_not_nhs'], ['html_only', 'helpdesk_ticket_number', 'external_tag', 'multilingual_disclaimer', 'outsourced_provider', 'iso_8859_1']),
  };
}

function p010(): Email {
  const id = mid('outlook', 'p010');
  const PRIYANKA: Addr = { name: 'Priyanka Desai', email: 'priyanka.desai@nhs.net' };
  const FIONA: Addr = { name: 'Fiona Grant', email: 'fiona.grant@nhs.net' };
  const text = `Hi,

Priory Lane Surgery (P86019) have asked us to request an additional PL Organisation Administrator. Their current PL admins, exported from PCSE Online this morning:

Name,Email,Role,Status
Karen Mills,karen.mills@nhs.net,PL Organisation Administrator,Active
Dr Imran Siddiqui,imran.siddiqui@nhs.net,PL Organisation Administrator,Active
Stephen Rowe,stephen.rowe3@nhs.net,PL Organisation Administrator,Active
Alison Gray,alison.gray@nhs.net,PL Organisation Administrator,Active

They would like Owen Blake (owen.blake2@nhs.net) adding as well, as he is taking over performers list admin from Karen next year (Karen is staying on until then). The CQC Registered Manager, Dr Fiona Grant, has approved - her email is below.

Thanks
Priyanka

Priyanka Desai
Digital Support Officer
Kernow Bay GP Federation

${outlookQuoteHeaderRule({ from: FIONA, sent: '2026-11-13T17:48:00Z', to: [PRIYANKA], subject: 'PL admin', locale: 'us' })}

Priyanka, as CQC Registered Manager for Priory Lane I'm happy for Owen Blake to be added as a PL Organisation Administrator.
Fiona`;
  const raw = emit({ client: 'outlook', from: PRIYANKA, to: TO, subject: 'Additional PL Organisation Administrator - Priory Lane Surgery P86019', date: '2026-11-16T09:12:26Z', id }, plain(text, { charset: 'windows-1252' }));
  return {
    slug: 'pl-fifth-admin-csv', raw,
    expected: expected(M, 'user_admin_nomination', org('P86019', 'gp_practice'), {
      service: 'PL', nominee: person('Owen Blake', 'owen.blake2@nhs.net'), approver: { ...person('Fiona Grant', 'fiona.grant@nhs.net'), role: 'CQC Registered Manager' },
    }, ['admin_limit_reached'], ['csv_lines', 'many_addresses', 'approver_in_quoted_message', 'original_message_header']),
  };
}

function p011(): Email {
  const id = mid('outlook', 'p011');
  const LEWIS: Addr = { name: 'Lewis Dalton', email: 'lewis.dalton@nhs.net' };
  const text = `Please ignore my last email, I gave you the wrong person. The correct details are:

Organisation code: B86622
New main contact: Shabnam Akhtar
Email: shabnam.akhtar@nhs.net

Claire is leaving the practice at Christmas so it needs to be Shabnam. Apologies for the confusion.

Lewis

${outlookQuoteHeader({ from: LEWIS, sent: '2026-11-16T09:05:00Z', to: [PCSE_PORTAL], subject: 'Main contact change - Oakwood Lane Medical Centre B86622' })}

Hello,

Please could you change the Main Contact for Oakwood Lane Medical Centre (B86622) to Claire Newby, claire.newby@nhs.net. The current main contact retired last month.

Thanks
Lewis Dalton
PCN Manager, Oakridge PCN
0113 496 0321`;
  const raw = emit({ client: 'outlook', from: LEWIS, to: TO, subject: 'RE: Main contact change - Oakwood Lane Medical Centre B86622', date: '2026-11-16T09:38:51Z', id, inReplyTo: mid('outlook', 'p011-first'), references: [mid('outlook', 'p011-first')] }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'main-contact-ignore-last-email', raw,
    expected: expected(M, 'main_contact_change', org('B86622', 'gp_practice'), { newMainContact: person('Shabnam Akhtar', 'shabnam.akhtar@nhs.net') }, [], ['correction_supersedes_quoted', 'two_candidates', 'label_value']),
  };
}

function p012(): Email {
  const id = mid('outlook', 'p012');
  const TEAM: Addr = { name: 'Dental Contracts - NHS Coastal and Downs ICB', email: 'cdicb.dentalcontracts@nhs.net' };
  const rows = [
    ['Name', 'Position', 'Email', 'Main Contact?'],
    ['Dr Eleni Papadakis', 'Practice Owner / Contract Holder', 'eleni.papadakis@nhs.net', 'No'],
    ['Marcus Doyle', 'Practice Manager', 'marcus.doyle@nhs.net', 'YES - new main contact'],
    ['Jenna Coates', 'Head Dental Nurse', 'jenna.coates@nhs.net', 'No'],
    ['Ryan Ellis', 'Former Practice Manager (left Sept)', 'ryan.ellis4@nhs.net', 'Current - to be replaced'],
  ];
  const intro = `Good afternoon,

We have been contacted by Smile Studio Dental Care (V036615). Their main contact for PCSE Online has left the practice and nobody there can order supplies. The practice team is below:`;
  const outro = `Please make Marcus the main contact. Dr Papadakis, the contract holder, has agreed.

Kind regards

Rebecca Hines
Dental Contracts Officer
Primary Care Team (Dental) | NHS Coastal and Downs ICB`;
  const text = `${intro}\n\n${rows.map((r) => `${r[0]!.padEnd(20)}${r[1]!.padEnd(38)}${r[2]!.padEnd(26)}${r[3]}`).join('\n')}\n\n${outro}\n\n${NHSMAIL_DISCLAIMER}`;
  const table = `<table border="1" cellpadding="4" style="border-collapse:collapse">${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n')}</table>`;
  const raw = emit(
    { client: 'owa', from: TEAM, to: TO, subject: 'Main Contact - Smile Studio Dental Care V036615', date: '2026-11-16T13:02:09Z', id },
    alternative([plain(text), html(outlookHtml(`${msoParas(intro)}\n${table}\n${msoParas(outro)}`))], 'outlook'),
  );
  return {
    slug: 'main-contact-dental-role-table', raw,
    expected: expected(M, 'main_contact_change', org('V036615', 'dental_practice'), { newMainContact: person('Marcus Doyle', 'marcus.doyle@nhs.net') }, [], ['role_table_one_nominee', 'icb_writer', 'shared_mailbox_sender', 'current_contact_listed']),
  };
}

function p013(): Email {
  const id = mid('helpdesk', 'p013', 'kineticprimary.co.uk');
  const text = `*** This is a service request raised on behalf of a customer. Please do not remove the reference from the subject. ***

Request type:            PCSE Online main contact change
Organisation type:       Dental practice
Organisation name:       Harlow Eyecare Opticians
ODS code:                TPR47
New main contact name:   Joseph Amankwah
New main contact email:  joseph.amankwah@nhs.net
Requested by:            Joseph Amankwah (Optical Practice Manager) via service desk
Notes:                   Previous main contact (store manager) has left. Practice asked us to submit on their behalf.

Regards

Daniel Ng
Service Desk Team Leader
Kinetic Primary IT
servicedesk@kineticprimary.co.uk | 0330 123 9987

${MULTILINGUAL_DISCLAIMER('Kinetic Primary IT Ltd')}`;
  const raw = emit(
    { client: 'helpdesk', from: { name: 'Kinetic Primary IT Service Desk', email: 'servicedesk@kineticprimary.co.uk' }, to: TO, subject: '[KPI-REF 2026-118734] Main contact change request - Harlow Eyecare Opticians', date: '2026-11-17T10:07:45Z', id },
    plain(text, { charset: 'utf-8', cte: 'base64' }),
  );
  return {
    slug: 'main-contact-stated-type-mismatch', raw,
    expected: expected(M, 'main_contact_change', org('TPR47', 'ophthalmic_practice'), { newMainContact: person('Joseph Amankwah', 'joseph.amankwah@nhs.net') }, ['ods_type_mismatch', 'sender_not_nhs'], ['helpdesk_ticket_number', 'provider_template', 'base64_body', 'multilingual_disclaimer']),
  };
}

function p014(): Email {
  const id = mid('outlook', 'p014', 'apexmedlocums.co.uk');
  const JADE: Addr = { name: 'Jade Morrison', email: 'jade.morrison@apexmedlocums.co.uk' };
  const text = `Hi,

I coordinate placements for Dr Oluwaseun Bankole, one of our locum GPs. He never received his PCSE Online verification link and the one from last year has expired. Can you please resend it?

GMC number: 7123456
GMC registered email: o.bankole@nhs.net

He is working nights this week so I am emailing on his behalf - please send the link to his email above, not to me.

Many thanks

Jade Morrison
Locum Coordinator | Apex Medical Locums
0117 496 0770 | www.apexmedlocums.co.uk

Please consider the environment before printing this email.`;
  const raw = emit({ client: 'outlook', from: JADE, to: TO, subject: 'Verification link - Dr Oluwaseun Bankole (GMC 7123456)', date: '2026-11-17T11:30:12Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'verification-locum-agency', raw,
    expected: expected(M, 'verification_link_resend', null, { accountEmail: 'o.bankole@nhs.net', gmcNumber: '7123456' }, ['not_own_account'], ['locum_agency', 'writer_not_account_holder', 'no_organisation']),
  };
}

function p015(): Email {
  const id = mid('iphone', 'p015');
  const HANNAH: Addr = { name: 'Hannah Whitcombe', email: 'hannah.whitcombe@nhs.net' };
  const DEBBIE: Addr = { name: 'Deborah Kane', email: 'deborah.kane@nhs.net' };
  const text = `Hello,

Please could you send me a new verification link for PCSE Online? I never received the original. My GMC number is 6098765 and my GMC registered email is this address (hannah.whitcombe@nhs.net).

I am a salaried GP at Elm Tree Surgery (H81027).

Thanks
Dr Hannah Whitcombe

Sent from my iPhone

${appleOn('2026-11-09T16:40:00Z', DEBBIE)}

${quote(`Hannah - PCSE say you need to email them yourself from your GMC email for a new link, we can't do it for you. Their address is pcse.portalenquiries@nhs.net

Debbie
Practice Manager, Elm Tree Surgery`)}`;
  const raw = emit({ client: 'iphone', from: HANNAH, to: TO, subject: 'Re: PCSE link', date: '2026-11-17T19:22:05Z', id, inReplyTo: mid('outlook', 'p015-debbie') }, plain(text, { charset: 'utf-8', cte: 'quoted-printable' }));
  return {
    slug: 'verification-gp-own-iphone', raw,
    expected: expected(M, 'verification_link_resend', org('H81027', 'gp_practice'), { accountEmail: 'hannah.whitcombe@nhs.net', gmcNumber: '6098765' }, [], ['iphone_quote_line', 'vague_subject', 'own_account']),
  };
}

function p016(): Email {
  const id = mid('outlook', 'p016');
  const MAREK: Addr = { name: 'Marek Zieliński', email: 'marek.zielinski@nhs.net' };
  const PCSE_ONLINE: Addr = { name: 'PCSE Online', email: 'noreply.pcseonline@nhs.net' };
  const text = `Hi PCSE,

I was set up last week as PCN user admin for Northgate PCN (U19384) but the verification link below had expired by the time I got to it (I was on leave). Please can you send me a new link? My account email is marek.zielinski@nhs.net.

Thanks
Marek

Marek Zieliński
Digital & Transformation Lead
Northgate PCN

${outlookQuoteHeader({ from: PCSE_ONLINE, sent: '2026-11-06T07:15:00Z', to: [MAREK], subject: 'PCSE Online - verify your account' })}

Dear Marek Zieliński,

A PCSE Online account has been created for you. Please click the link below to verify your account and set your password. This link expires in 72 hours.

[Verify my account]<https://pcse.england.nhs.uk/verify?token=expired>

This is an automated message, please do not reply.`;
  const raw = emit(
    { client: 'outlook', from: MAREK, to: TO, subject: 'FW: PCSE Online - verify your account', date: '2026-11-18T08:44:31Z', id, nameEnc: 'Q' },
    alternative([plain(text, { charset: 'utf-8', cte: 'quoted-printable' }), html(outlookHtml(msoParas(text)), { cte: 'base64' })], 'outlook'),
  );
  return {
    slug: 'verification-pcn-lead-forwarded-notice', raw,
    expected: expected(M, 'verification_link_resend', org('U19384', 'pcn'), { accountEmail: 'marek.zielinski@nhs.net', gmcNumber: null }, [], ['rfc2047_q_name', 'forwarded_system_notice', 'own_account', 'diacritics']),
  };
}

function p017(): Email {
  const id = mid('helpdesk', 'p017', 'meridianpit.co.uk');
  const text = `Incident: INC-2026-0412877
Caller: Wendy Beckett (Practice Manager, Willowbrook Surgery, K84052)
Summary: PCSE Online account locked after five incorrect password attempts
Assigned group: 2nd Line - Applications

Dear PCSE,

Our caller is locked out of PCSE Online. The password reset page tells her that the account is locked and that she must contact PCSE. Please unlock the following account:

Username:      w.beckett@nhs.net
Organisation:  Willowbrook Surgery (K84052)

Please reply to this address quoting INC-2026-0412877 so your update reaches the ticket.

Regards

Meridian Practice IT Service Desk
Tel 0161 555 0199 | Mon-Fri 08:00-18:30`;
  const raw = emit(
    { client: 'helpdesk', from: { name: 'Meridian Practice IT Service Desk', email: 'servicedesk@meridianpit.co.uk' }, to: TO, subject: 'INC-2026-0412877 | PCSE Online account locked - Willowbrook Surgery', date: '2026-11-18T10:02:00Z', id },
    plain(text, { charset: 'iso-8859-1', cte: 'quoted-printable' }),
  );
  return {
    slug: 'unlock-it-helpdesk', raw,
    expected: expected(M, 'account_unlock', org('K84052', 'gp_practice'), { username: 'w.beckett@nhs.net' }, ['sender_not_nhs'], ['helpdesk_ticket_number', 'outsourced_provider', 'writer_not_account_holder']),
  };
}

function p018(): Email {
  const id = mid('thunderbird', 'p018');
  const ALED: Addr = { name: 'Aled Pritchard', email: 'aled.pritchard@nhs.net' };
  const ref = 'PCSE-2026-029114';
  const text = `Hi, answers inline below.
Aled

On 12/11/2026 10:03, PCSE Portal Enquiries wrote:
> Dear Sir/Madam,
>
> Thank you for your email (reference ${ref}). To unlock the account we need:
>
> 1. The username (email address) of the locked account

lisa.crane@nhs.net

> 2. The name and ODS code of the organisation

St Mark's Medical Centre, E82091

> 3. The account holder's name and role

Lisa Crane, GPP user administrator at the practice. I am the PCN business manager - Lisa asked me to email as she is on a course all week.

>
${quote(PCSE_SIGNOFF)}
>
> -----Original Message-----
> From: Aled Pritchard <aled.pritchard@nhs.net>
> Sent: 11 November 2026 15:40
> Subject: Locked account
>
> Hi, Lisa at St Mark's is locked out of PCSE Online, please unlock.
> Aled Pritchard
> PCN Business Manager, Exe Estuary PCN

-- 
Aled Pritchard
PCN Business Manager | Exe Estuary PCN
07700 900 381`;
  const raw = emit(
    { client: 'thunderbird', from: ALED, to: TO, subject: `Re: Locked account [${ref}]`, date: '2026-11-18T12:16:40Z', id, inReplyTo: mid('pcse', 'p018-pcse'), references: [mid('thunderbird', 'p018-orig'), mid('pcse', 'p018-pcse')] },
    plain(text, { charset: 'utf-8', cte: '8bit', flowed: true }),
  );
  return {
    slug: 'unlock-numbered-answers-inline', raw,
    expected: expected(M, 'account_unlock', org('E82091', 'gp_practice'), { username: 'lisa.crane@nhs.net' }, [], ['numbered_questions_answered_inline', 'reply_to_pcse_more_info', 'bottom_posted', 'thunderbird']),
  };
}

function p019(): Email {
  const id = mid('outlook', 'p019');
  const text = `Hello,

Michelle Ortiz, the GPP Practice User Administrator at Stonebridge Surgery (F85023), cannot log in - the error says her account has been deactivated. She had not logged in since the spring. As she is a user administrator she has been told that only PCSE can reactivate it.

Username: michelle.ortiz@nhs.net

Please reactivate her account.

Thanks
Callum

Tamar Valley GP Federation - Digital Team
Our ref: TVD-3391 (please keep in the subject)

${NHSMAIL_DISCLAIMER}`;
  const raw = emit({ client: 'outlook', from: TVGPF, to: TO, cc: [CALLUM], subject: 'TVD-3391 Reactivate GPP user admin - Stonebridge Surgery', date: '2026-11-18T14:25:33Z', id }, plain(text, { charset: 'us-ascii', cte: '7bit' }));
  return {
    slug: 'reactivate-admin-federation', raw,
    expected: expected(M, 'account_reactivation', org('F85023', 'gp_practice'), { username: 'michelle.ortiz@nhs.net' }, [], ['shared_mailbox_sender', 'sender_own_ticket_number', 'writer_not_account_holder']),
  };
}

function p020(): Email {
  const id = mid('outlook', 'p020');
  const HARRIET: Addr = { name: 'Harriet Osborne', email: 'harriet.osborne@nhs.net' };
  const TOM: Addr = { name: 'Tom Fairley', email: 'tom.fairley@nhs.net' };
  const text = `Hi,

I am the main contact for Downsview PCN (U40127) and my PCSE Online account has been deactivated (see below). Could you reactivate it please? My username is harriet.osborne@nhs.net.

Thanks
Harriet

Harriet Osborne
PCN Manager | Downsview PCN

${outlookQuoteHeader({ from: TOM, sent: '2026-11-18T16:55:00Z', to: [HARRIET], subject: 'RE: Your PCSE Online account' })}

Harriet, it says deactivated because it has not been used for a while. Since you are the main contact you will need to ask PCSE to reactivate it - I cannot do it from my admin account.
Tom

Tom Fairley
Digital Lead, Downsview PCN

${outlookQuoteHeader({ from: HARRIET, sent: '2026-11-18T16:31:00Z', to: [TOM], subject: 'Your PCSE Online account' })}

Tom, do you know why I cannot log in to PCSE? It says my account is not active.`;
  const raw = emit({ client: 'outlook', from: HARRIET, to: TO, subject: 'FW: Your PCSE Online account', date: '2026-11-19T08:10:14Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'reactivate-own-main-contact', raw,
    expected: expected(M, 'account_reactivation', org('U40127', 'pcn'), { username: 'harriet.osborne@nhs.net' }, [], ['outlook_quote_headers', 'own_account', 'colleague_address_in_chain']),
  };
}

function p021(): Email {
  const id = mid('outlook', 'p021');
  const ANDREW: Addr = { name: 'Andrew Whitlock', email: 'andrew.whitlock@nhs.net' };
  const text = `Dear PCSE,

A former employee of Granary Court Surgery (D82061) still has GPP roles on her PCSE Online account. The practice has asked the ICB to get these removed:

username,role
t.ridley@nhs.net,Joiner & Leaver
t.ridley@nhs.net,Practice Estimate and Salary Change

Please remove both roles from Tanya Ridley's account; she left the practice on 30 September.

Regards

Andrew Whitlock
Primary Care Digital Lead
NHS Norfolk Fens ICB

${NHSMAIL_DISCLAIMER}`;
  const raw = emit({ client: 'outlook', from: ANDREW, to: TO, subject: 'Remove PCSE Online roles - leaver at Granary Court Surgery (D82061)', date: '2026-11-19T10:40:00Z', id }, plain(text, { charset: 'windows-1252' }));
  return {
    slug: 'role-removal-icb-csv', raw,
    expected: expected(M, 'role_removal_request', org('D82061', 'gp_practice'), { username: 't.ridley@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, [], ['csv_lines', 'icb_writer', 'ampersand_in_role']),
  };
}

function p022(): Email {
  const id = mid('gmail', 'p022');
  const KAYLEIGH: Addr = { name: 'Northern Sessional GP Agency', email: 'bookings.northernsessional@gmail.com' };
  const text = `Hi there,

Dr Kwame Asante finished his locum placement at Hillside Family Practice (A86017) on 31 October. While he was there the practice gave his PCSE Online account these roles:

- Practice Order Entry Clerk
- Practice Records Movement Admin

He has asked us to get them removed as he no longer works there. His username is kwame.asante@nhs.net.

Thanks

Kayleigh Burns
Locum Coordinator
Northern Sessional GP Agency`;
  const htmlBody = `<div dir="ltr"><div>Hi there,</div><div><br></div><div>Dr Kwame Asante finished his locum placement at Hillside Family Practice (A86017) on 31 October. While he was there the practice gave his PCSE Online account these roles:</div><ul><li>Practice Order Entry Clerk</li><li>Practice Records Movement Admin</li></ul><div>He has asked us to get them removed as he no longer works there. His username is <a href="mailto:kwame.asante@nhs.net">kwame.asante@nhs.net</a>.</div><div><br></div><div>Thanks</div><div><br></div><div><div dir="ltr" class="gmail_signature">Kayleigh Burns<br>Locum Coordinator<br>Northern Sessional GP Agency</div></div></div>`;
  const raw = emit({ client: 'gmail', from: KAYLEIGH, to: TO, subject: 'Remove locum roles - Dr K Asante', date: '2026-11-19T13:05:48Z', id }, alternative([plain(text, { charset: 'utf-8', cte: '7bit' }), html(htmlBody, { cte: 'quoted-printable' })], 'gmail'));
  return {
    slug: 'role-removal-locum-agency-gmail', raw,
    expected: expected(M, 'role_removal_request', org('A86017', 'gp_practice'), { username: 'kwame.asante@nhs.net', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin'] }, [], ['locum_agency', 'gmail', 'bullet_list']),
  };
}

function p023(): Email {
  const id = mid('outlook', 'p023');
  const NIKHIL: Addr = { name: 'Nikhil Varma', email: 'nikhil.varma1@nhs.net' };
  const text = `Good afternoon,

Practice name: Lockside Medical Centre
Practice code: G82650
Current practice email: lockside.mc@nhs.net
New practice email: canalsidepcn.lockside@nhs.net

The practice's old shared mailbox is being closed as part of the PCN's mailbox tidy-up, so please send PCSE correspondence to the new shared mailbox from now on.

Kind regards

Nikhil Varma
PCN Manager
Canalside PCN`;
  const raw = emit({ client: 'outlook', from: NIKHIL, to: TO, subject: 'Update practice email address', date: '2026-11-19T15:33:21Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'misdirected-practice-email-update', raw,
    expected: expected(M, 'practice_email_update', org('G82650', 'gp_practice'), { currentEmail: 'lockside.mc@nhs.net', newEmail: 'canalsidepcn.lockside@nhs.net' }, [], ['misdirected', 'label_value']),
  };
}

function p024(): Email {
  const id = mid('outlook', 'p024');
  const text = `Dear PCSE,

Two questions from our PCN board, if you could help:

1. Can a PCN user admin set up GPP roles for staff at the member practices, or does each practice need its own GPP Practice User Administrator?
2. Is there a limit on the number of user admins a PCN can have, as there is for practices?

We are not asking for any changes at the moment - just want to understand before our next board meeting.

Best wishes

Dr Marcus Bell
Clinical Director, Severn Vale PCN`;
  const raw = emit({ client: 'outlook', from: MARCUS, to: TO, subject: 'Question - PCN user admins and GPP', date: '2026-11-20T09:14:02Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return { slug: 'question-pcn-admins', raw, expected: unclassified(M, ['question', 'numbered_questions', 'no_request']) };
}

function p025(): Email {
  const id = mid('outlook', 'p025');
  const ref = 'PCSE-2026-027306';
  const text = `Hi,

Any update on this please? It has been three weeks and the practice still cannot get in.

Thanks
Olivia

${outlookQuoteHeader({ from: PCSE_PORTAL, sent: '2026-10-29T11:02:00Z', to: [OLIVIA], subject: `Your enquiry [${ref}]` })}

Dear Olivia,

Thank you for contacting Primary Care Support England. We have received your email and your reference number is ${ref}. We aim to respond within 5 working days.

${PCSE_SIGNOFF}`;
  const raw = emit({ client: 'owa', from: OLIVIA, to: TO, subject: `RE: Your enquiry [${ref}]`, date: '2026-11-20T11:47:55Z', id, inReplyTo: mid('pcse', 'p025-ack') }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return { slug: 'chaser-with-reference', raw, expected: unclassified(M, ['chaser', 'case_ref_in_subject', 'top_posted']) };
}

function p026(): Email {
  const id = mid('outlook', 'p026');
  const BETH: Addr = { name: 'Bethany Coles', email: 'bethany.coles1@nhs.net' };
  const text = `Thank you for your email. I am out of the office until Monday 23 November with limited access to email.

For anything urgent please contact the practice on harbourside.medical@nhs.net or 01752 418 300.

Bethany Coles
Operations Manager, Harbourside Medical Practice`;
  const raw = emit(
    { client: 'outlook', from: BETH, to: TO, subject: 'Automatic reply: Your PCSE Online User Administrator access [PCSE-2026-030118]', date: '2026-11-20T14:00:09Z', id, inReplyTo: mid('pcse', 'p026-conf'), extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'bethany.coles1@nhs.net']] },
    alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'),
  );
  return { slug: 'out-of-office', raw, expected: unclassified(M, ['auto_reply', 'case_ref_in_subject'], 'auto_reply') };
}

function p027(): Email {
  const id = mid('outlook', 'p027');
  const HELEN: Addr = { name: 'Helen Osei', email: 'helen.osei@nhs.net' };
  const subj = 'GPP User Administrator set up - Fernhill Surgery [PCSE-2026-030542]';
  const human = `Your message

To: Helen Osei
Subject: ${subj}
Sent: ${rfcDate('2026-11-20T10:15:00Z')}

was read on ${rfcDate('2026-11-20T15:21:00Z')}.`;
  const report = multipart('report', [
    plain(human, { charset: 'us-ascii', cte: '7bit' }),
    rawPart('message/disposition-notification', `Reporting-UA: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;helen.osei@nhs.net
Original-Message-ID: <${mid('pcse', 'p027-conf')}>
Disposition: manual-action/MDN-sent-manually; displayed`),
  ], 'outlook', 'report-type=disposition-notification');
  const raw = emit({ client: 'outlook', from: HELEN, to: TO, subject: `Read: ${subj}`, date: '2026-11-20T15:21:04Z', id }, report);
  return { slug: 'read-receipt', raw, expected: unclassified(M, ['read_receipt', 'multipart_report', 'case_ref_in_subject'], 'auto_reply') };
}

export const portal: Array<() => Email | Promise<Email>> = [
  p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015, p016, p017, p018, p019, p020,
  p021, p022, p023, p024, p025, p026, p027,
];
