// portalenquiries: the emails of corpus 38 (writer AH) and the case a careful PCSE staff member would enter.
import { PCSE, outlookHeaders, platformHeaders, person, type Email } from './common.js';
import { kvTable, mailto, outlookHtml, p, paras, sigTable } from './html.js';
import { NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, addr, attachment, crlf, esc, hexOf, hval, logoPng, message, multipart, rfc822, rfcDate, textPart } from './lib.js';
import { SIGS, gppCertWord, hrNewStarterWord, optoNominationFillable, pcnFormGeneric } from './pdfs.js';
import { scanGppHandwritten } from './scans.js';

const MB = 'portalenquiries' as const;
const b = (id: string) => `----=_Part_${hexOf(id, 6)}_${hexOf(`${id}b`, 8)}`;
const ob = (id: string, n = 0) => `_00${n}_${hexOf(`${id}${n}`, 24)}_`;

// ---------------------------------------------------------------------------------------------------------------
async function p001(): Promise<Email> {
  const id = 'p001';
  const iso = '2026-11-02T10:41:07Z';
  const pdf = await gppCertWord({
    practiceName: 'Castlegate Medical Practice', practiceCode: 'J82144', practiceAddress: '14 Castle Gate, Nottingham, NG1 6QX',
    nominee: { title: 'Mrs', first: 'Stephanie', surname: 'Okafor', jobTitle: 'Assistant Practice Manager', email: 'stephanie.okafor2@nhs.net', phone: '0115 496 0204' },
    approver: { name: 'Dr Ewan Lockhart', position: 'GP Partner', email: 'ewan.lockhart@nhs.net', date: '02/11/2026', sig: SIGS.lockhart },
    author: 'Joanne Pryce',
  });
  const html = outlookHtml([
    p('Dear PCSE Online team,'),
    p(''),
    p('Our GPP user administrator (our practice manager, Mr Hollis) retired at the end of October, so at the moment nobody at the practice holds the GPP Practice User Administrator role.'),
    p(''),
    p('Please find attached the completed certification form. Part 2 has been authorised by Dr Lockhart, one of our partners. Stephanie will be looking after the pensions admin from now on.'),
    p(''),
    p('If you need anything else please reply to this mailbox rather than to me directly as I work part time.'),
    p(''),
    p('Many thanks'),
    p(''),
    sigTable({ cid: 'image001.png@01DB2C1A.5E3F7A20', alt: 'Castlegate Medical Practice', lines: ['Joanne Pryce', 'Administration Team Lead', 'On behalf of Castlegate Medical Practice', '14 Castle Gate, Nottingham, NG1 6QX', 'Tel: 0115 496 0200 | castlegate.medicalpractice@nhs.net'] }),
    p(''),
    '<p class="MsoNormal" style="font-size:7.5pt;color:#7F7F7F">Castlegate Medical Practice is a partnership registered with the Care Quality Commission. This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender immediately and delete it from your system. Any views or opinions expressed are solely those of the author and do not necessarily represent those of the practice. Please consider the environment before printing this email.</p>',
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const root = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image001.png', 'image/png', logoPng(1), { inline: true, cid: 'image001.png@01DB2C1A.5E3F7A20', outlook: true }),
  ], { params: '; type="text/html"' });
  const mixed = multipart('mixed', ob(id, 2), [root, attachment('GPP UA Certification - Castlegate J82144.pdf', 'application/pdf', pdf, { outlook: true, size: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: '"Castlegate Medical Practice (J82144)" <castlegate.medicalpractice@nhs.net>',
    sender: '"PRYCE, Joanne (CASTLEGATE MEDICAL PRACTICE)" <joanne.pryce@nhs.net>',
    to: PCSE.portal,
    subject: 'GPP Practice User Administrator Certification - Castlegate Medical Practice J82144',
    attach: true,
  });
  return {
    mailbox: MB, name: '001-gpp-cert-word-table-on-behalf', eml: message(headers, mixed),
    pdfs: [{ kind: 'flat', file: 'GPP UA Certification - Castlegate J82144.pdf' }],
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'J82144', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Stephanie Okafor', 'stephanie.okafor2@nhs.net'), approver: { name: 'Ewan Lockhart', email: 'ewan.lockhart@nhs.net', role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_flat_word_table', 'sent_on_behalf_of', 'html_only', 'inline_logo', 'long_disclaimer', 'see_attached'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p002(): Promise<Email> {
  const id = 'p002';
  const iso = '2026-11-12T15:02:44Z';
  const pdf = await scanGppHandwritten({
    practice: 'Harbourside Medical Group', code: 'L83105',
    nomTitle: 'Mrs', nomFirst: 'Priya', nomSurname: 'Raghunathan', nomRole: 'Finance & HR Lead', nomEmail: 'priya.raghunathan@nhs.net', nomPhone: '0117 496 0731',
    apName: 'Catriona Baird', apPosition: 'Senior Partner', apEmail: 'catriona.baird@nhs.net', apDate: '12/11/2026',
  });
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
body{font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222}
.hdr{background:#003b5c;color:#fff;padding:10px 14px;font-size:16px}
.box{border:1px solid #d0d7de;margin:10px 0;padding:10px 12px}
.lbl{color:#57606a;font-weight:bold;width:190px;vertical-align:top}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;margin:10px 0}
.foot{color:#888;font-size:11px;margin-top:18px}
</style></head><body>
<div class="hdr">Harbourside Medical Group &middot; IT Service Desk</div>
<p>Hello PCSE team,</p>
<p>This message has been sent by the Harbourside Medical Group IT Service Desk on behalf of the requester named below. Please <b>reply all</b> and keep the reference <b>INC0041872</b> in the subject so your reply is added to the ticket.</p>
<div class="box">
<table cellspacing="0" cellpadding="4">
<tr><td class="lbl">Number</td><td>INC0041872</td></tr>
<tr><td class="lbl">Caller</td><td>Dr Catriona Baird (Senior Partner)</td></tr>
<tr><td class="lbl">Requested for</td><td>Priya Raghunathan</td></tr>
<tr><td class="lbl">Location</td><td>Harbourside Medical Group &ndash; Hotwells site</td></tr>
<tr><td class="lbl">Category</td><td>External systems &gt; PCSE Online</td></tr>
<tr><td class="lbl">Short description</td><td>Send signed GPP user admin form to PCSE</td></tr>
<tr><td class="lbl">State</td><td>Awaiting third party</td></tr>
</table>
</div>
<p><b>Description (caller&#39;s original text):</b></p>
<blockquote style="border-left:3px solid #d0d7de;margin:0 0 0 6px;padding:4px 10px;color:#333">Hi IT, can you please scan the GPP form I have left in the tray by MFD-2 and send it to the PCSE Online people? Priya is taking over from Martin as our GPP user admin from 1 December. The form is signed. Thanks, Catriona</blockquote>
<div class="note"><b>Work notes</b> (internal, 12/11/2026 14:55, Lewis Ferris): Form collected from MFD-2 and scanned to PDF. Checked that both parts are completed. Attached to ticket and sent to pcse.portalenquiries@nhs.net per PCSE website.</div>
<p>Attachment: GPP_UA_cert_Harbourside_scan.pdf (1 page)</p>
<p>Kind regards,<br>Lewis Ferris<br>Service Desk Analyst<br>Harbourside Medical Group IT Service Desk &middot; 0117 496 0790</p>
<p class="foot">Ref:MSG0418822_3c1f9e0a7b2d · This is a service desk notification. Internal work notes are included when a ticket is forwarded to a third party.</p>
</body></html>`;
  const plain = `Harbourside Medical Group - IT Service Desk

Hello PCSE team,

This message has been sent by the Harbourside Medical Group IT Service Desk on behalf of the requester named below. Please reply all and keep the reference INC0041872 in the subject so your reply is added to the ticket.

Number: INC0041872
Caller: Dr Catriona Baird (Senior Partner)
Requested for: Priya Raghunathan
Location: Harbourside Medical Group - Hotwells site
Category: External systems > PCSE Online
Short description: Send signed GPP user admin form to PCSE
State: Awaiting third party

Description (caller's original text):
  Hi IT, can you please scan the GPP form I have left in the tray by MFD-2 and send it to the PCSE Online people? Priya is taking over from Martin as our GPP user admin from 1 December. The form is signed. Thanks, Catriona

Work notes (internal, 12/11/2026 14:55, Lewis Ferris): Form collected from MFD-2 and scanned to PDF. Checked that both parts are completed. Attached to ticket and sent to pcse.portalenquiries@nhs.net per PCSE website.

Attachment: GPP_UA_cert_Harbourside_scan.pdf (1 page)

Kind regards,
Lewis Ferris
Service Desk Analyst
Harbourside Medical Group IT Service Desk - 0117 496 0790

Ref:MSG0418822_3c1f9e0a7b2d
`;
  const alt = multipart('alternative', b(`${id}a`), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const mixed = multipart('mixed', b(id), [alt, attachment('GPP_UA_cert_Harbourside_scan.pdf', 'application/pdf', pdf)]);
  const headers = platformHeaders({
    id, iso,
    from: 'Harbourside Medical Group IT Service Desk <itservicedesk@harboursidemedical.co.uk>',
    to: PCSE.portalBare, cc: 'Catriona Baird <catriona.baird@nhs.net>',
    subject: 'INC0041872 | Send signed GPP user admin form to PCSE',
    domain: 'harboursidemedical.co.uk', ip: '149.96.5.21', helo: 'outbound-sjc.service-now.com',
    messageId: `<Email.${hexOf(id, 20)}@harboursidemg.service-now.com>`,
    extra: [['X-ServiceNow-Source', 'Notification-7fd1a2c41b0e1d10a8c3'], ['X-ServiceNow-SysEmail-Version', '2'], ['X-ServiceNow-Generated', 'true']],
  });
  return {
    mailbox: MB, name: '002-gpp-handwritten-scan-servicedesk', eml: message(headers, mixed),
    pdfs: [{ kind: 'scan', file: 'GPP_UA_cert_Harbourside_scan.pdf' }],
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'L83105', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Priya Raghunathan', 'priya.raghunathan@nhs.net'), approver: { name: 'Catriona Baird', email: 'catriona.baird@nhs.net', role: 'Senior Partner' } },
      mustRaise: [], traits: ['scan_handwritten', 'helpdesk_relay', 'internal_notes', 'requester_not_sender', 'values_only_in_scan'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p003(): Promise<Email> {
  const id = 'p003';
  const iso = '2026-11-03T09:12:30Z';
  const form = `From: Leabrook & Tame PCN website <no-reply@leabrooktamepcn.org.uk>
Sent: 02 November 2026 17:48
To: Leabrook & Tame PCN (U93850) <leabrooktame.pcn@nhs.net>
Subject: New submission from "Contact the PCN team"

Name:
Gemma Thornton

Organisation:
Ashgrove Practice (N81066) - member practice

Role:
CQC Registered Manager

Email:
gemma.thornton@nhs.net

Telephone:
0161 496 0388

Subject of your enquiry:
PCSE Online - Performers List admin

Your message:
Hi both, I can't get through on the PCSE phone line and our PL admin (Dr Shah) has left. As practice manager and CQC Registered Manager for Ashgrove I'd like to nominate our Deputy Practice Manager, Lewis Hargreaves (lewis.hargreaves@nhs.net), as PL Organisation Administrator for the practice. Could the PCN pass this on to PCSE for me please? I'm on leave from tomorrow. Many thanks, Gemma

Consent:
I agree that the PCN may share this enquiry with the organisation best placed to answer it.

--
This e-mail was sent from a contact form on Leabrook & Tame Primary Care Network (https://www.leabrooktamepcn.org.uk)`;
  const top = `Hello PCSE,

Please see below a request from one of our member practices that came in through the PCN website. Gemma has asked us to forward it on to you as she is away. She is copied in.

Kind regards

Marcus Ellery
PCN Business Manager
Leabrook & Tame Primary Care Network

`;
  const plain = `${top}${form}\n\n${NHSMAIL_FOOTER}`;
  const html = outlookHtml([
    paras(top.trimEnd()),
    p(''),
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
    form.split('\n\n')[0]!.split('\n').map((l) => { const [k, ...v] = l.split(': '); return p(`<b>${esc(k!)}:</b> ${esc(v.join(': '))}`); }).join('\n'),
    '</div>',
    p(''),
    form.split('\n\n').slice(1).map((blk) => { const lines = blk.split('\n'); return /:$/.test(lines[0]!) ? p(`<b>${esc(lines[0]!)}</b><br>${lines.slice(1).map(esc).join('<br>')}`) : p(lines.map(esc).join('<br>')); }).join('\n' + p('') + '\n'),
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const alt = multipart('alternative', ob(id), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = outlookHeaders({
    id, iso,
    from: '"ELLERY, Marcus (LEABROOK & TAME PCN)" <marcus.ellery@nhs.net>',
    to: PCSE.portal, cc: '"THORNTON, Gemma (ASHGROVE PRACTICE)" <gemma.thornton@nhs.net>',
    subject: 'FW: New submission from "Contact the PCN team"',
  });
  return {
    mailbox: MB, name: '003-pl-admin-pcn-website-form-forwarded', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'N81066', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Lewis Hargreaves', 'lewis.hargreaves@nhs.net'), approver: { name: 'Gemma Thornton', email: 'gemma.thornton@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['web_form_relay', 'forwarded_inline', 'sender_is_pcn_not_practice', 'pcn_code_in_headers', 'q_and_a_lines'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p004(): Promise<Email> {
  const id = 'p004';
  const iso = '2026-11-04T11:27:51Z';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#005eb8"><tr><td style="padding:12px 16px;color:#ffffff;font-size:18px">NHS Humber and North Yorkshire ICB &ndash; Digital Service Desk</td></tr></table>
<p>Dear Primary Care Support England,</p>
<p>The following request has been raised with the ICB Digital Service Desk by a practice in our area. We are passing it to you because the action sits with PCSE. Please reply to this email to update the request; do not change the subject line.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr><td style="background:#f0f4f5;font-weight:bold;width:210px">Request item</td><td>RITM0093311</td></tr>
<tr><td style="background:#f0f4f5;font-weight:bold">Opened</td><td>03/11/2026 16:09</td></tr>
<tr><td style="background:#f0f4f5;font-weight:bold">Requested by</td><td>Lorraine Bassett, Practice Manager</td></tr>
<tr><td style="background:#f0f4f5;font-weight:bold">Organisation</td><td>Greenacres Surgery (D82045)</td></tr>
<tr><td style="background:#f0f4f5;font-weight:bold">Catalogue item</td><td>Third-party system access &ndash; PCSE Online</td></tr>
<tr><td style="background:#f0f4f5;font-weight:bold">Approval</td><td>Approved 04/11/2026 08:02 by Dr Hamid Qureshi (CQC Registered Manager), hamid.qureshi@nhs.net</td></tr>
</table>
<p><b>Details provided by the requester</b></p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;border:1px solid #d8dde0">
<tr><td style="font-weight:bold;width:210px;border:1px solid #d8dde0">Service</td><td style="border:1px solid #d8dde0">Performers List (PL Organisation Administrator)</td></tr>
<tr><td style="font-weight:bold;border:1px solid #d8dde0">Person to be given access</td><td style="border:1px solid #d8dde0">Lorraine Bassett</td></tr>
<tr><td style="font-weight:bold;border:1px solid #d8dde0">Their email</td><td style="border:1px solid #d8dde0">lorraine.bassett@nhs.net</td></tr>
<tr><td style="font-weight:bold;border:1px solid #d8dde0">Business justification</td><td style="border:1px solid #d8dde0">I am the new practice manager and need to approve GP status changes. Our current PL admins are Dr Qureshi, Dr Eleanor Pike, Sam Whitworth (reception lead) and Anita Kowalczyk (secretary) &ndash; so that is four already. None of them can give me the role because the system says the limit has been reached. Please add me as a fifth, or tell us what to do.</td></tr>
</table>
<p style="color:#425563">Kind regards,<br>ICB Digital Service Desk<br>NHS Humber and North Yorkshire Integrated Care Board<br>hnyicb.digitalservicedesk@nhs.net</p>
<p style="font-size:11px;color:#768692">Ref:MSG5520914_d84f0c1a9e · You are receiving this because a request on our service desk needs action from your organisation.</p>
${NHSMAIL_FOOTER_HTML}
</body></html>`;
  const headers = outlookHeaders({
    id, iso,
    from: 'HNY ICB Digital Service Desk <hnyicb.digitalservicedesk@nhs.net>',
    to: PCSE.portalBare,
    subject: 'RITM0093311 - Third-party system access - PCSE Online - Greenacres Surgery',
    messageId: `<Email.${hexOf(id, 20)}@nhshny.service-now.com>`,
    extra: [['X-ServiceNow-Source', 'Notification-2b8c0e1f87a95d10b3f2'], ['X-ServiceNow-SysEmail-Version', '2']],
  });
  return {
    mailbox: MB, name: '004-pl-admin-icb-servicedesk-fifth-admin', eml: message(headers, textPart(html, 'html', 'utf-8', 'base64')),
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'D82045', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Lorraine Bassett', 'lorraine.bassett@nhs.net'), approver: { name: 'Hamid Qureshi', email: 'hamid.qureshi@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'], traits: ['icb_servicedesk', 'html_only', 'base64_body', 'requester_is_nominee', 'approval_in_ticket', 'four_existing_admins_named'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p005(): Promise<Email> {
  const id = 'p005';
  const iso = '2026-11-05T14:18:09Z';
  const pdf = await optoNominationFillable({
    storeName: 'ClearView Opticians - Banbury', storeCode: 'TPK41', storeAddress: '27 Parsons Street, Banbury, OX16 5LW',
    nomineeName: 'Hollie Brennan', nomineeEmail: 'hollie.brennan@clearviewopticians.co.uk', nomineeRole: 'Store Manager',
    rolesRequested: 'OPTO Organisation User Administration', contractHolder: 'Rajiv Malhotra', capacity: 'Contract Holder',
    chEmail: 'rajiv.malhotra@clearviewopticians.co.uk', date: '04/11/2026', sig: SIGS.malhotra, ref: 'OC-2026-1187',
  });
  const disclaimer = `ClearView Opticians Limited is registered in England and Wales, company number 04417802. Registered office: Unit 4, Langford Business Park, Kidlington, OX5 1GF. This email, and any attachments, is confidential and may be legally privileged. It is intended only for the named recipient(s). If you are not an intended recipient you must not read, copy, distribute or act on it; please notify the sender by return and delete it. Internet communications are not secure and ClearView Opticians Limited accepts no responsibility for changes made to this message after it was sent, or for viruses. We monitor email traffic for compliance and security purposes. Our privacy notice, which explains how we use personal data (including the personal data of patients and of the staff of suppliers and NHS bodies we correspond with), is available at www.clearviewopticians.co.uk/privacy. Calls to our Support Office may be recorded for training and quality purposes.`;
  const html = outlookHtml([
    p('Good afternoon,'),
    p(''),
    p('Please find attached a completed nomination for our Banbury store. The store does not currently have anyone with the Ophthalmic Payments user administrator role since the previous manager left, and Hollie is unable to submit GOS claims for the team until this is in place.'),
    p(''),
    p('The form has been signed by the store&#8217;s contract holder. Please reply to this shared mailbox (not to the store) with any questions.'),
    p(''),
    p('Kind regards,'),
    p(''),
    sigTable({ cid: 'image001.png@01DB2F08.0B4C2E10', colour: '#0D5259', alt: 'ClearView Opticians', lines: ['Optical Compliance Team', 'ClearView Opticians &#8211; Support Office', 'Unit 4, Langford Business Park, Kidlington, OX5 1GF', 'T: 01865 496 010 (internal 2210)', 'optical.compliance@clearviewopticians.co.uk'] }),
    p(''),
    `<p class="MsoNormal" style="font-size:7.0pt;color:#8C8C8C;line-height:105%">${disclaimer}</p>`,
    '<p class="MsoNormal" style="font-size:7.0pt;color:#8C8C8C">Think before you print.</p>',
  ].join('\n'), { font: 'Calibri' });
  const root = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image001.png', 'image/png', logoPng(5), { inline: true, cid: 'image001.png@01DB2F08.0B4C2E10', outlook: true }),
  ], { params: '; type="text/html"' });
  const mixed = multipart('mixed', ob(id, 2), [root, attachment('CV-OPS-017 Banbury TPK41 - OPTO admin nomination.pdf', 'application/pdf', pdf, { outlook: true, size: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: 'ClearView Optical Compliance <optical.compliance@clearviewopticians.co.uk>',
    to: PCSE.portal,
    subject: 'OPTO user admin nomination - ClearView Opticians Banbury (TPK41) [OC-2026-1187]',
    inbound: { domain: 'clearviewopticians.co.uk', ip: '52.101.73.88' },
    attach: true,
  });
  return {
    mailbox: MB, name: '005-opto-admin-chain-fillable', eml: message(headers, mixed),
    pdfs: [{ kind: 'fillable', file: 'CV-OPS-017 Banbury TPK41 - OPTO admin nomination.pdf' }],
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Hollie Brennan', 'hollie.brennan@clearviewopticians.co.uk'), approver: { name: 'Rajiv Malhotra', email: 'rajiv.malhotra@clearviewopticians.co.uk', role: 'Contract Holder' } },
      mustRaise: [], traits: ['pdf_acroform_descriptive_names', 'head_office_for_store', 'html_only', 'long_disclaimer', 'non_nhs_corporate_domain'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p006(): Promise<Email> {
  const id = 'p006';
  const iso = '2026-11-06T08:33:12Z';
  const qa: [string, string][] = [
    ['1. Practice / store name', 'Lomax &amp; Reid Optometrists'],
    ['2. ODS code', 'TP9R2'],
    ['3. What do you need?', 'A new user administrator'],
    ['4. Which PCSE Online service?', 'Ophthalmic Payments (OPTO Organisation User Administration)'],
    ['5. Full name of the colleague', 'Agnieszka Michałowska'],
    ['6. Colleague&#39;s email address', 'agnieszka.michalowska@lomaxreid.co.uk'],
    ['7. Colleague&#39;s job title', 'Practice Administrator'],
    ['8. Contract holder name', 'Duncan Lomax'],
    ['9. Contract holder email', 'duncan.lomax@lomaxreid.co.uk'],
    ['10. I am the contract holder, or the contract holder has approved this request', 'Yes &ndash; approved by the contract holder'],
    ['11. Anything else?', 'Agnieszka replaces Carl Reid who retired. We have no other admin at present.'],
  ];
  const rows = qa.map(([q, a]) => `<tr><td style="padding:10px 0 2px 0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;font-weight:600;color:#323130">${q}</td></tr>
<tr><td style="padding:0 0 10px 0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#201f1e;border-bottom:1px solid #edebe9">${a}</td></tr>`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f3f2f1">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #008272">
<tr><td style="padding:20px 24px 4px 24px;font-family:'Segoe UI',Arial,sans-serif;font-size:20px;color:#008272">PCSE Online access request</td></tr>
<tr><td style="padding:0 24px 12px 24px;font-family:'Segoe UI',Arial,sans-serif;font-size:12px;color:#605e5c">Response #37 &middot; submitted by reception@lomaxreid.co.uk &middot; 05/11/2026 18:41</td></tr>
<tr><td style="padding:0 24px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
${rows}
</table></td></tr>
<tr><td style="padding:16px 24px 24px 24px;font-family:'Segoe UI',Arial,sans-serif;font-size:11px;color:#a19f9d">This email was sent by a flow in Power Automate owned by Lomax &amp; Reid Optometrists. Replies go to the flow owner.</td></tr>
</table></td></tr></table>
</body></html>`;
  const headers = platformHeaders({
    id, iso,
    from: 'Power Automate <flow-noreply@microsoft.com>',
    to: PCSE.portalBare, cc: 'duncan.lomax@lomaxreid.co.uk',
    replyTo: 'duncan.lomax@lomaxreid.co.uk',
    subject: hval('New response: PCSE Online access request – Lomax & Reid Optometrists'),
    domain: 'microsoft.com', ip: '40.107.22.51', helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
    messageId: `<${hexOf(id, 32)}@flow.microsoft.com>`,
    extra: [['X-MS-Exchange-Organization-AuthSource', 'AM7PR83MB0452.EURPRD83.prod.outlook.com'], ['X-Auto-Response-Suppress', 'All'], ['X-Flow-Run-Id', '08584612998712341823451172CU07']],
  });
  return {
    mailbox: MB, name: '006-opto-admin-power-automate-qa', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TP9R2', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Agnieszka Michałowska', 'agnieszka.michalowska@lomaxreid.co.uk'), approver: { name: 'Duncan Lomax', email: 'duncan.lomax@lomaxreid.co.uk', role: 'Contract Holder' } },
      mustRaise: ['sender_not_nhs'], traits: ['forms_notification', 'q_and_a_numbered', 'html_only', 'non_ascii_name', 'platform_sender', 'auto_response_suppress_not_auto_reply'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p007(): Promise<Email> {
  const id = 'p007';
  const iso = '2026-11-09T13:04:40Z';
  const pdf = await pcnFormGeneric({
    pcnName: 'North Tyne Coast PCN', pcnCode: 'U84310', memberPractices: 'A84002, A84019, A84031, A84620',
    nomineeName: 'Craig Ashworth', nomineeRole: 'PCN Operations Manager', nomineeEmail: 'craig.ashworth1@nhs.net', nomineePhone: '0191 496 0553',
    icbName: 'NHS North East and North Cumbria ICB', approverName: 'Alison Dunmore', approverRole: 'Primary Care Commissioning Manager', approverEmail: 'alison.dunmore@nhs.net', onAel: true, date: '09/11/2026', sig: SIGS.dunmore,
  });
  const text = `Good afternoon

Please find attached a PCSE Online PCN user administrator request for North Tyne Coast PCN, approved by Alison Dunmore in the ICB primary care team. Alison is on the NHSE Authorised Email List as an approver for our ICB.

This mailbox is monitored by the primary care contracting team; please reply here.

Regards

Primary Care Contracting (North of Tyne)
NHS North East and North Cumbria Integrated Care Board
Sent on behalf of Alison Dunmore, Primary Care Commissioning Manager

${NHSMAIL_FOOTER}`;
  const mixed = multipart('mixed', ob(id), [textPart(text, 'plain', 'us-ascii', '7bit'), attachment('PCN UA request - North Tyne Coast PCN.pdf', 'application/pdf', pdf, { outlook: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: 'NENC ICB Primary Care North of Tyne <nencicb.pcnorthoftyne@nhs.net>',
    sender: '"DUNMORE, Alison (NHS NORTH EAST AND NORTH CUMBRIA ICB - 00P)" <alison.dunmore@nhs.net>',
    to: PCSE.portal,
    subject: 'PCN User Admin request - North Tyne Coast PCN U84310 - ICB approved',
    attach: true,
  });
  return {
    mailbox: MB, name: '007-pcn-admin-icb-generic-fields', eml: message(headers, mixed),
    pdfs: [{ kind: 'fillable', file: 'PCN UA request - North Tyne Coast PCN.pdf' }],
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U84310', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Craig Ashworth', 'craig.ashworth1@nhs.net'), approver: { name: 'Alison Dunmore', email: 'alison.dunmore@nhs.net', role: 'Primary Care Commissioning Manager' } },
      mustRaise: [], traits: ['pdf_acroform_generic_names', 'sent_on_behalf_of', 'icb_approver', 'member_practice_codes_distractor', 'plain_text'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p008(): Promise<Email> {
  const id = 'p008';
  const iso = '2026-11-10T07:58:02Z';
  const inner = `---------- Forwarded message ---------
From: Google Forms <forms-receipts-noreply@google.com>
Date: Mon, 9 Nov 2026 at 21:14
Subject: Severnside Central PCN - PCSE Online admin request (response)
To: <severnside.centralpcn@nhs.net>

Severnside Central PCN - PCSE Online admin request
A new response was submitted.

PCN name
Severnside Central PCN

PCN code
U60217

Name of person to be made PCN user admin
Eilidh Mackenzie

Their NHSmail address
eilidh.mackenzie@nhs.net

Their role in the PCN
Digital and Transformation Lead

Who is approving this request?
Dr Folasade Adeyemi

Approver's role
PCN Clinical Director

Approver's email
folasade.adeyemi@nhs.net

Has the request been approved by an ICB approver on the NHSE Authorised Email List?
No - our ICB contact is on maternity leave, so the Clinical Director has approved it

View response: https://docs.google.com/forms/d/e/1FAIpQLSc8-severnside/viewresponse
Google Forms: Create and analyze surveys.`;
  const text = `Auto forwarded by a Rule

${inner}

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Severnside Central PCN <severnside.centralpcn@nhs.net>',
    to: PCSE.portalBare,
    subject: 'FW: Severnside Central PCN - PCSE Online admin request (response)',
    extra: [['X-MS-Exchange-Inbox-Rules-Loop', 'severnside.centralpcn@nhs.net'], ['X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent']],
  });
  return {
    mailbox: MB, name: '008-pcn-admin-google-form-autoforward-cd-approves', eml: message(headers, textPart(text, 'plain', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U60217', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Eilidh Mackenzie', 'eilidh.mackenzie@nhs.net'), approver: { name: 'Folasade Adeyemi', email: 'folasade.adeyemi@nhs.net', role: 'PCN Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['forms_notification', 'auto_forward_rule', 'headers_in_body', 'q_and_a_lines', 'approver_not_icb'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p009(): Promise<Email> {
  const id = 'p009';
  const iso = '2026-11-11T06:30:00Z';
  const pdf = await hrNewStarterWord({
    company: 'Brightsmile Dental Group', ref: 'NS-2026-0412', starter: 'Renée Dubois', jobTitle: 'Practice Manager', startDate: 'Monday 16 November 2026',
    site: 'Brightsmile Dental - Kettering', siteCode: 'V104582', siteAddress: '9 Headlands, Kettering, NN15 7HP',
    workEmail: 'renee.dubois@brightsmiledental.co.uk', lineManager: 'Owen Partridge (Area Manager)', replaces: 'Dawn Fletcher (leaver 30/10/2026)',
    systems: [['NHSmail', 'New account', 'IT'], ['Dentally (practice system)', 'Practice manager', 'IT'], ['Compass (NHS BSA)', 'Practice manager', 'Area manager'], ['PCSE Online', 'Main Contact (Supplies)', 'PCSE - emailed']],
    raisedBy: 'Owen Partridge', raisedOn: '10/11/2026',
  });
  const plain = `PEOPLE HUB - NEW STARTER NOTIFICATION

To: PCSE Online
Reference: NS-2026-0412

A new starter has been confirmed at one of our practices. Please set up the access shown for your system.

New starter:        Renée Dubois
Job title:          Practice Manager
Practice:           Brightsmile Dental - Kettering (ODS V104582)
Start date:         Monday 16 November 2026
Work email:         renee.dubois@brightsmiledental.co.uk
Replaces:           Dawn Fletcher (left 30/10/2026)

Access required on your system:
PCSE Online - Main Contact for the practice (replacing Dawn Fletcher)

The full access request is attached (NS-2026-0412.pdf).

Questions about this request: Owen Partridge, Area Manager - owen.partridge@brightsmiledental.co.uk

This is an automated message from People Hub, Brightsmile Dental Group's HR system. Please do not reply to this address.
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia,serif;background:#faf7fb;margin:0">
<div style="max-width:620px;margin:0 auto;background:#fff;border:1px solid #e5d9ea">
<div style="background:#6b1f6b;color:#fff;padding:14px 20px;font-size:18px">People Hub &middot; New starter</div>
<div style="padding:16px 20px;font-size:15px;color:#222">
<p>To: <b>PCSE Online</b><br>Reference: <b>NS-2026-0412</b></p>
<p>A new starter has been confirmed at one of our practices. Please set up the access shown for your system.</p>
<table cellpadding="5" cellspacing="0" style="font-size:15px">
<tr><td style="color:#6b1f6b">New starter</td><td><b>Renée Dubois</b></td></tr>
<tr><td style="color:#6b1f6b">Job title</td><td>Practice Manager</td></tr>
<tr><td style="color:#6b1f6b">Practice</td><td>Brightsmile Dental – Kettering (ODS V104582)</td></tr>
<tr><td style="color:#6b1f6b">Start date</td><td>Monday 16 November 2026</td></tr>
<tr><td style="color:#6b1f6b">Work email</td><td>renee.dubois@brightsmiledental.co.uk</td></tr>
<tr><td style="color:#6b1f6b">Replaces</td><td>Dawn Fletcher (left 30/10/2026)</td></tr>
</table>
<p style="background:#f3e9f5;padding:10px"><b>Access required on your system:</b><br>PCSE Online – Main Contact for the practice (replacing Dawn Fletcher)</p>
<p>The full access request is attached (NS-2026-0412.pdf).</p>
<p style="font-size:13px">Questions about this request: Owen Partridge, Area Manager – owen.partridge@brightsmiledental.co.uk</p>
</div>
<div style="padding:10px 20px;font-size:11px;color:#888">This is an automated message from People Hub, Brightsmile Dental Group’s HR system. Please do not reply to this address.</div>
</div></body></html>`;
  const alt = multipart('alternative', b(`${id}a`), [textPart(plain, 'plain', 'windows-1252', 'quoted-printable'), textPart(html, 'html', 'windows-1252', 'quoted-printable')]);
  const mixed = multipart('mixed', b(id), [alt, attachment('NS-2026-0412.pdf', 'application/pdf', pdf)]);
  const headers = platformHeaders({
    id, iso,
    from: 'People Hub <no-reply@peoplehub.brightsmiledental.co.uk>',
    to: 'pcse.portalenquiries@nhs.net',
    cc: 'owen.partridge@brightsmiledental.co.uk',
    subject: hval('New starter NS-2026-0412: Renée Dubois – Practice Manager – access request', 'windows-1252', 'Q'),
    domain: 'peoplehub.brightsmiledental.co.uk', ip: '167.89.101.44', helo: 'o44.ptr2271.peoplehub.brightsmiledental.co.uk',
    messageId: `<${hexOf(id, 22)}@geopod-ismtpd-7.sendgrid.net>`,
    extra: [['X-SG-EID', 'u001.Kb7nU3xH0q9P2w8sF1aZJmD4cR6yT5vL'], ['X-Entity-ID', 'u001.4F5tYb2qv9XkQ0==']],
  });
  return {
    mailbox: MB, name: '009-main-contact-hr-new-starter-system', eml: message(headers, mixed),
    pdfs: [{ kind: 'flat', file: 'NS-2026-0412.pdf' }],
    expected: {
      mailbox: MB, kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'V104582', type: 'dental_practice' },
      fields: { newMainContact: person('Renée Dubois', 'renee.dubois@brightsmiledental.co.uk') },
      mustRaise: [], traits: ['hr_system_notification', 'windows_1252', 'rfc2047_q_subject', 'non_ascii_name', 'pdf_flat_word_table', 'outgoing_contact_named'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p010(): Promise<Email> {
  const id = 'p010';
  const iso = '2026-11-13T12:15:55Z';
  const plain = `Dear PCSE

Could you please update the Main Contact for Netherfield Road Surgery, practice code K83051.

Carol Whitlock, our current main contact, is leaving us on 27th November. The new main contact will be:

Anjali Deshmukh <anjali.deshmukh@nhs.net>
Operations Manager

Thank you

Carol Whitlock
Practice Manager
Netherfield Road Surgery
Tel 0113 496 0171

${NHSMAIL_FOOTER}`;
  const html = outlookHtml([
    p('Dear PCSE'),
    p(''),
    p('Could you please update the Main Contact for Netherfield Road Surgery, practice code <b>K83051</b>.'),
    p(''),
    p('Carol Whitlock, our current main contact, is leaving us on 27<sup>th</sup> November. The new main contact will be:'),
    p(''),
    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
    `<tr><td width="180" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt">${p('<b>Name</b>')}</td><td width="300" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${p('Mrs Anjali Deshmukh')}</td></tr>`,
    `<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt">${p('<b>Email</b>')}</td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${p(mailto('anjali.deshmukh@nhs.net'))}</td></tr>`,
    `<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt">${p('<b>Role</b>')}</td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${p('Operations Manager')}</td></tr>`,
    '</table>',
    p(''),
    p('Thank you'),
    p(''),
    sigTable({ cid: 'image002.jpg@01DB35B0.2C7D9A40', alt: 'Netherfield Road Surgery', lines: ['Carol Whitlock', 'Practice Manager', 'Netherfield Road Surgery', 'Tel 0113 496 0171'] }),
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const related = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image002.jpg', 'image/png', logoPng(10), { inline: true, cid: 'image002.jpg@01DB35B0.2C7D9A40', outlook: true }),
  ], { params: '; type="text/html"' });
  const alt = multipart('alternative', ob(id, 2), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), related]);
  const headers = outlookHeaders({
    id, iso,
    from: '"Netherfield Road Surgery (K83051)" <netherfieldroad.surgery@nhs.net>',
    sender: '"WHITLOCK, Carol (NETHERFIELD ROAD SURGERY)" <carol.whitlock@nhs.net>',
    to: PCSE.portal,
    subject: 'Change of Main Contact - K83051',
  });
  return {
    mailbox: MB, name: '010-main-contact-gp-on-behalf-table', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'K83051', type: 'gp_practice' },
      fields: { newMainContact: person('Anjali Deshmukh', 'anjali.deshmukh@nhs.net') },
      mustRaise: [], traits: ['sent_on_behalf_of', 'alternative_differs', 'word_table_in_html', 'honorific_in_html_only', 'outgoing_contact_is_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p011(): Promise<Email> {
  const id = 'p011';
  const iso = '2026-11-16T10:06:21Z';
  const html = `<div style="font-family:-apple-system,'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#12344d">
<div>Hi PCSE Online team,</div><div><br></div>
<div>I'm raising this on behalf of our Hexham branch. The optometry practice that runs inside the store, <b>Tynedale Eyecare</b> (ODS code <b>FM4Q2</b>), needs its Main Contact changing because the current one, Bethan Hurst, has moved to our Morpeth store.</div><div><br></div>
<div>New Main Contact for the optical practice:</div>
<div>Gareth Ellwood &ndash; Optical Practice Lead &ndash; <a href="mailto:gareth.ellwood@nhs.net">gareth.ellwood@nhs.net</a></div><div><br></div>
<div>Gareth already has a PCSE Online login for GOS claims under the same email.</div><div><br></div>
<div>Thanks,</div>
<div>Stacey Nuttall<br>Systems &amp; Support Coordinator<br>Wentworth Healthcare Pharmacies &ndash; Support Centre<br>Tel: 0191 496 0622</div>
<div><br></div>
<div style="color:#92a2b1;font-size:12px">Ticket #71025 &middot; Priority: Medium &middot; Group: Systems Access</div>
<div style="color:#92a2b1;font-size:12px">To add to this ticket, reply to this email. Please leave the ticket number in the subject.</div>
</div>`;
  const headers = platformHeaders({
    id, iso,
    from: '"Stacey Nuttall via Wentworth Support" <support@wentworthhealthcare.freshdesk.com>',
    replyTo: 'support@wentworthhealthcare.freshdesk.com',
    to: PCSE.portalBare,
    subject: '[#71025] Main contact change - Tynedale Eyecare (Hexham)',
    domain: 'wentworthhealthcare.freshdesk.com', ip: '54.171.218.16', helo: 'mail-eu-w1.freshemail.io',
    messageId: `<${hexOf(id, 12)}.71025.fd@wentworthhealthcare.freshdesk.com>`,
    extra: [['X-Freshdesk-Ticket-Id', '71025'], ['X-FD-Email', 'outbound']],
  });
  return {
    mailbox: MB, name: '011-main-contact-optical-in-pharmacy-code-mismatch', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FM4Q2', type: 'pharmacy' },
      fields: { newMainContact: person('Gareth Ellwood', 'gareth.ellwood@nhs.net') },
      mustRaise: ['ods_type_mismatch', 'sender_not_nhs'], traits: ['helpdesk_relay', 'html_only', 'stated_type_disagrees_with_code', 'outgoing_contact_named', 'platform_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p012(): Promise<Email> {
  const id = 'p012';
  const iso = '2026-11-17T19:44:03Z';
  const html = outlookHtml([
    p('Hello,'),
    p(''),
    p('I have never received the verification link for PCSE Online. Please could you send a new one?'),
    p(''),
    p('My GMC registered email address is this one &#8211; <a href="mailto:tobias.wren@nhs.net">tobias.wren@nhs.net</a> &#8211; and my GMC number is 7084412. I joined Kingsmead Health Partnership (F84012) as a salaried GP in September.'),
    p(''),
    p('Thanks,'),
    p('Toby'),
    p(''),
    sigTable({ cid: 'image001.png@01DB3912.77A1B0E0', alt: 'Kingsmead Health Partnership', lines: ['Dr Tobias Wren MBBS MRCGP', 'Salaried GP', 'Kingsmead Health Partnership', '112 Kingsmead Road, London, E9 5QA', 'Tel: 020 7946 0815'] }),
    p(''),
    '<p class="MsoNormal" style="font-size:8pt;color:#595959"><i>I work Tuesdays, Wednesdays and Thursdays. If your email is urgent please contact the practice on 020 7946 0800.</i></p>',
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const related = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image001.png', 'image/png', logoPng(12), { inline: true, cid: 'image001.png@01DB3912.77A1B0E0', outlook: true }),
  ], { params: '; type="text/html"' });
  const headers = outlookHeaders({ id, iso, from: '"WREN, Tobias (KINGSMEAD HEALTH PARTNERSHIP)" <tobias.wren@nhs.net>', to: PCSE.portalBare, subject: 'PCSE Online verification link not received' });
  return {
    mailbox: MB, name: '012-verification-gp-own-f-prefixed-gp-code', eml: message(headers, related),
    expected: {
      mailbox: MB, kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'F84012', type: 'gp_practice' },
      fields: { accountEmail: 'tobias.wren@nhs.net', gmcNumber: '7084412' },
      mustRaise: [], traits: ['html_only', 'inline_logo', 'gp_code_starting_with_f', 'nickname_signoff', 'honorific_and_postnominals'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p013(): Promise<Email> {
  const id = 'p013';
  const iso = '2026-11-18T09:20:37Z';
  const plain = `Pearl Dental Partners - Practice Support
========================================

Request ID: PS-55817
Practice:   Oakwood Dental Care (V027713)
Raised by:  Hannah Keogh, Practice Manager
Type:       PCSE Online - access problem

---- Message from the practice ----
Good morning, our associate dentist Dr Mehmet Yılmaz started with us last month and has not received the PCSE Online verification email. He has checked his junk folder. His email address is mehmet.yilmaz@nhs.net and his GDC number is 287741. Could a new link be sent to him please? He is in clinic all week so I am asking on his behalf.
---- End of message ----

Practice Support comment: Forwarded to PCSE as requested by the practice. Please reply to practice.support@pearldentalpartners.co.uk quoting PS-55817.

Pearl Dental Partners Ltd, 3rd Floor, 40 Temple Street, Birmingham B2 5DP. Registered in England No. 09981432.
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana,Geneva,sans-serif;font-size:12px">
<h3 style="color:#1f6f8b;margin:0 0 6px 0">Pearl Dental Partners &ndash; Practice Support</h3>
${kvTable([['Request ID', 'PS-55817'], ['Practice', 'Oakwood Dental Care (V027713)'], ['Raised by', 'Hannah Keogh, Practice Manager'], ['Type', 'PCSE Online &ndash; access problem']], { labelWidth: 110, font: 'Verdana,Geneva,sans-serif' })}
<div style="border:1px solid #c9e2ea;background:#f4fafc;padding:8px;margin:8px 0"><b>Message from the practice</b><br>Good morning, our associate dentist Dr Mehmet Yılmaz started with us last month and has not received the PCSE Online verification email. He has checked his junk folder. His email address is mehmet.yilmaz@nhs.net and his GDC number is 287741. Could a new link be sent to him please? He is in clinic all week so I am asking on his behalf.</div>
<p><i>Practice Support comment:</i> Forwarded to PCSE as requested by the practice. Please reply to practice.support@pearldentalpartners.co.uk quoting PS-55817.</p>
<p style="font-size:10px;color:#777">Pearl Dental Partners Ltd, 3rd Floor, 40 Temple Street, Birmingham B2 5DP. Registered in England No. 09981432.</p>
</body></html>`;
  const alt = multipart('alternative', b(id), [textPart(plain, 'plain', 'utf-8', '8bit'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = outlookHeaders({
    id, iso,
    from: 'Pearl Dental Partners Practice Support <practice.support@pearldentalpartners.co.uk>',
    to: PCSE.portalBare,
    subject: 'PS-55817 Oakwood Dental Care - verification link for associate dentist',
    inbound: { domain: 'pearldentalpartners.co.uk', ip: '185.12.80.144' },
  });
  return {
    mailbox: MB, name: '013-verification-for-dentist-by-head-office', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'V027713', type: 'dental_practice' },
      fields: { accountEmail: 'mehmet.yilmaz@nhs.net', gmcNumber: null },
      mustRaise: ['not_own_account'], traits: ['helpdesk_relay', 'eight_bit_utf8', 'non_ascii_name', 'gdc_not_gmc', 'on_behalf_of_someone_else'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p014(): Promise<Email> {
  const id = 'p014';
  const iso = '2026-11-19T08:02:14Z';
  const text = `Good morning,

I was set up as a GPP Practice User Administrator for Beacon Hill Surgery (L81004) a couple of weeks ago but the verification email never arrived. Could you resend it to me at this address please - chloe.ashby@nhs.net.

Many thanks
Chloë

Chloë Ashby
Finance Administrator
Beacon Hill Surgery, Beacon Hill Road, Bristol BS8 4RT
0117 496 0902

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({ id, iso, from: addr('ASHBY, Chloë (BEACON HILL SURGERY)', 'chloe.ashby@nhs.net', 'iso-8859-1', 'Q'), to: PCSE.portalBare, subject: 'Verification link - GPP user admin' });
  return {
    mailbox: MB, name: '014-verification-user-admin-own-latin1', eml: message(headers, textPart(text, 'plain', 'iso-8859-1', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'L81004', type: 'gp_practice' },
      fields: { accountEmail: 'chloe.ashby@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['iso_8859_1', 'rfc2047_q_from', 'plain_text', 'non_ascii_name'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p015(): Promise<Email> {
  const id = 'p015';
  const iso = '2026-11-20T13:37:48Z';
  const html = `<div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#183247">
<p>Hello,</p>
<p>We have had the request below from one of our users at Tollgate Medical Centre (G85122). Could you unlock her account please? She says she entered her password wrongly five times this morning and PCSE Online now tells her the account is locked.</p>
<p>Her PCSE Online username is <b>sandra.mcbride@nhs.net</b></p>
<p>Thanks,<br>Ravi<br>Tollgate MC IT Support</p>
<hr style="border:none;border-top:1px solid #dde3e8">
<div style="color:#6f7c87;font-size:13px">
<p><b>Sandra McBride</b> wrote on Fri, 20 Nov 2026 at 09:12:</p>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccd4da;padding-left:8px">Hi IT, I've locked myself out of PCSE Online (too many goes at the password). I need to do the pensions forms today, can you sort it? Thanks Sandra, Reception Manager</blockquote>
</div>
<div style="color:#92a2b1;font-size:12px;margin-top:12px">Ticket #58213 &middot; Tollgate MC IT Support &middot; Please keep the ticket number in the subject when replying.</div>
</div>`;
  const headers = platformHeaders({
    id, iso,
    from: '"Sandra McBride (sandra.mcbride@nhs.net) via Tollgate MC IT Support" <support@tollgatemc.freshdesk.com>',
    replyTo: 'support@tollgatemc.freshdesk.com',
    to: PCSE.portalBare,
    subject: '[#58213] Locked out of PCSE Online',
    domain: 'tollgatemc.freshdesk.com', ip: '54.171.218.22', helo: 'mail-eu-w1.freshemail.io',
    messageId: `<${hexOf(id, 12)}.58213.fd@tollgatemc.freshdesk.com>`,
    extra: [['X-Freshdesk-Ticket-Id', '58213']],
  });
  return {
    mailbox: MB, name: '015-unlock-helpdesk-requester-in-display-name', eml: message(headers, textPart(html, 'html', 'utf-8', 'base64')),
    expected: {
      mailbox: MB, kind: 'account_unlock', ignored: null, organisation: { odsCode: 'G85122', type: 'gp_practice' },
      fields: { username: 'sandra.mcbride@nhs.net' },
      mustRaise: ['sender_address_deceptive', 'sender_not_nhs'], traits: ['helpdesk_relay', 'address_in_display_name', 'html_only', 'base64_body', 'quoted_requester'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p016(): Promise<Email> {
  const id = 'p016';
  const iso = '2026-11-23T11:49:26Z';
  const innerText = `Hi Support Office,

Ellen our optical assistant has locked herself out of PCSE Online. She doesn't have her own email so Hollie set her up with the username ellenparry@clearviewbanbury. Can you ask PCSE to unlock it? She uses it for GOS claims.

Thanks
Jade
ClearView Opticians Banbury
01295 496 031
`;
  const inner = message([
    ['From', 'ClearView Banbury <banbury@clearviewopticians.co.uk>'],
    ['To', 'ClearView Optical Compliance <optical.compliance@clearviewopticians.co.uk>'],
    ['Subject', 'PCSE locked - Ellen'],
    ['Date', rfcDate('2026-11-23T10:05:12Z')],
    ['Message-ID', `<${hexOf(`${id}i`, 16)}@clearviewopticians.co.uk>`],
    ['MIME-Version', '1.0'],
  ], textPart(innerText, 'plain', 'us-ascii', '7bit'));
  const outer = `Good morning,

Please see the attached email from our Banbury store (TPK41). Could you unlock the PCSE Online account for their optical assistant? The username is in the store's email.

Kind regards,
Optical Compliance Team
ClearView Opticians - Support Office
`;
  const mixed = multipart('mixed', ob(id), [textPart(outer, 'plain', 'us-ascii', '7bit'), rfc822(inner, 'PCSE locked - Ellen.eml')]);
  const headers = outlookHeaders({
    id, iso,
    from: 'ClearView Optical Compliance <optical.compliance@clearviewopticians.co.uk>',
    to: PCSE.portal,
    subject: 'FW: PCSE locked - Ellen (Banbury TPK41)',
    inbound: { domain: 'clearviewopticians.co.uk', ip: '52.101.73.88' },
    attach: true,
  });
  return {
    mailbox: MB, name: '016-unlock-non-email-username-rfc822', eml: message(headers, mixed),
    expected: {
      mailbox: MB, kind: 'account_unlock', ignored: null, organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
      fields: { username: 'ellenparry@clearviewbanbury' },
      mustRaise: [], traits: ['forwarded_as_attachment', 'non_email_username', 'head_office_for_store'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p017(): Promise<Email> {
  const id = 'p017';
  const iso = '2026-11-24T15:26:59Z';
  const html = outlookHtml([
    p('Hello PCSE,'),
    p(''),
    p('Our Registered Manager&#8217;s PCSE Online account appears to have been deactivated &#8211; she hasn&#8217;t logged in since the summer. She is the Performers List user administrator for the practice so there is nobody else who can reactivate it.'),
    p(''),
    p('Name: Kavita Sharma'),
    p('PCSE Online username: kavita.sharma@nhs.net'),
    p('Practice: Parkside Dental Practice, V219046'),
    p(''),
    p('Please could you reactivate the account?'),
    p(''),
    p('Kind regards'),
    p('Zo&euml; O&#8217;Sullivan'),
    p('Treatment Coordinator, on behalf of Parkside Dental Practice'),
    p(''),
    '<p class="MsoNormal" style="font-size:7.5pt;color:gray">Parkside Dental Practice &#8211; 61 Park Road, Leicester LE2 1XR &#8211; 0116 496 0440. The information in this e-mail is confidential and may be privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it, is prohibited and may be unlawful. Please note that the practice cannot guarantee that this message or any attachment is virus free or has not been intercepted and amended. Patients: please do not use this address to book, cancel or change appointments.</p>',
    NHSMAIL_FOOTER_HTML,
  ].join('\n'), { charset: 'windows-1252', font: 'Calibri' });
  const headers = outlookHeaders({
    id, iso,
    from: 'Parkside Dental Practice <parkside.dental@nhs.net>',
    sender: addr("O'SULLIVAN, Zoë (PARKSIDE DENTAL PRACTICE)", 'zoe.osullivan@nhs.net', 'windows-1252', 'Q'),
    to: PCSE.portal,
    subject: hval('Deactivated account – Registered Manager – V219046', 'windows-1252', 'Q'),
  });
  return {
    mailbox: MB, name: '017-reactivation-dental-on-behalf-cp1252', eml: message(headers, textPart(html, 'html', 'windows-1252', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'V219046', type: 'dental_practice' },
      fields: { username: 'kavita.sharma@nhs.net' },
      mustRaise: [], traits: ['sent_on_behalf_of', 'windows_1252', 'html_only', 'html_entities', 'rfc2047_q_subject', 'subject_of_request_not_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p018(): Promise<Email> {
  const id = 'p018';
  const iso = '2026-11-25T10:11:44Z';
  const text = `-----------------------------------------------------------------
 FENWICK HEALTH GROUP - IT SERVICE DESK
 Incident: INC0052290      Priority: 3 - Moderate
-----------------------------------------------------------------

Dear PCSE Online Support,

We are contacting you on behalf of the caller below. Please reply to
this email and keep INC0052290 in the subject.

Caller:          Daniel Osei
Caller email:    daniel.osei@nhs.net
Site:            Fenwick Street Practice (A83610)
Short desc.:     PCSE Online account deactivated - main contact

Caller's description:
"When I try to log in to PCSE Online it says my account has been
deactivated. I'm the Main Contact for Fenwick Street so I can't ask
anyone at the practice to switch it back on. Username is my nhs.net
address. Please can PCSE reactivate it?"

Work notes (internal):
 25/11/2026 09:58  K. Lindqvist  Checked with caller - he is the Main
                  Contact on PCSE Online for A83610. Password reset
                  not possible while deactivated. Passing to PCSE.
 25/11/2026 10:04  K. Lindqvist  Resolution owner: katarina.lindqvist@nhs.net

Kind regards
Katarina Lindqvist
Service Desk Analyst, Fenwick Health Group
-----------------------------------------------------------------
`;
  const headers = platformHeaders({
    id, iso,
    from: 'Fenwick Health Group Service Desk <servicedesk@fenwickhealthgroup.org.uk>',
    to: PCSE.portalBare, cc: 'daniel.osei@nhs.net',
    subject: 'INC0052290 - PCSE Online account deactivated - main contact',
    domain: 'fenwickhealthgroup.org.uk', ip: '149.96.5.40', helo: 'outbound-lhr.service-now.com',
    messageId: `<Email.${hexOf(id, 20)}@fenwickhg.service-now.com>`,
    extra: [['X-ServiceNow-Source', 'Notification-91c0d7a21b6e5910'], ['X-ServiceNow-SysEmail-Version', '2']],
  });
  return {
    mailbox: MB, name: '018-reactivation-main-contact-servicedesk-notes', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: {
      mailbox: MB, kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'A83610', type: 'gp_practice' },
      fields: { username: 'daniel.osei@nhs.net' },
      mustRaise: [], traits: ['helpdesk_relay', 'internal_notes', 'analyst_address_distractor', 'plain_text', 'username_as_caller_email'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p019(): Promise<Email> {
  const id = 'p019';
  const iso = '2026-11-26T17:05:00Z';
  const plain = `LEAVER NOTIFICATION - ACTION REQUIRED BY SYSTEM OWNER

Medway Chemists Ltd - HR

Employee:        Joanna Kaczmarek
Position:        Dispensary Supervisor
Branch:          Medway Chemists - Rainham (FW6T3)
Last working day: 27/11/2026

Please remove this person's access to your system from their last working day.

System: PCSE Online
Account / username: joanna.kaczmarek@nhs.net
Access to remove: Practice Order Entry Clerk

Other systems (for information, handled internally): NHSmail, PMR (Titan), Smartcard - RA to revoke.

Automated message - replies to this address are not monitored. Contact hr@medwaychemists.co.uk.
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
<div style="background:#b00020;color:#fff;padding:8px 12px;font-weight:bold">LEAVER NOTIFICATION &ndash; ACTION REQUIRED BY SYSTEM OWNER</div>
<p style="margin:10px 0 4px 0"><b>Medway Chemists Ltd &ndash; HR</b></p>
${kvTable([['Employee', 'Joanna Kaczmarek'], ['Position', 'Dispensary Supervisor'], ['Branch', 'Medway Chemists &ndash; Rainham (FW6T3)'], ['Last working day', '27/11/2026']], { labelWidth: 150, font: 'Tahoma,Arial,sans-serif' })}
<p>Please remove this person&#39;s access to your system from their last working day.</p>
${kvTable([['System', 'PCSE Online'], ['Account / username', 'joanna.kaczmarek@nhs.net'], ['Access to remove', 'Practice Order Entry Clerk']], { labelWidth: 150, border: true, font: 'Tahoma,Arial,sans-serif' })}
<p style="color:#666">Other systems (for information, handled internally): NHSmail, PMR (Titan), Smartcard &ndash; RA to revoke.</p>
<p style="font-size:11px;color:#999">Automated message &ndash; replies to this address are not monitored. Contact hr@medwaychemists.co.uk.</p>
</body></html>`;
  const alt = multipart('alternative', b(id), [textPart(plain, 'plain', 'us-ascii', '7bit'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = platformHeaders({
    id, iso,
    from: 'Medway Chemists HR <hr-notifications@medwaychemists.co.uk>',
    to: 'pcse.portalenquiries@nhs.net',
    subject: 'Leaver: Joanna Kaczmarek - Rainham (FW6T3) - remove PCSE Online access',
    domain: 'medwaychemists.co.uk', ip: '198.2.180.61', helo: 'mail180-61.suw21.mandrillapp.com',
    messageId: `<${hexOf(id, 26)}@mandrillapp.com>`,
    extra: [['X-Mailer', 'HR Connect Notifications 4.2'], ['X-Report-Abuse', 'Please forward a copy of this message, including all headers, to abuse@mandrill.com']],
  });
  return {
    mailbox: MB, name: '019-role-removal-pharmacy-leaver-notification', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'FW6T3', type: 'pharmacy' },
      fields: { username: 'joanna.kaczmarek@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [], traits: ['hr_system_notification', 'other_systems_distractor', 'multipart_alternative'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p020(): Promise<Email> {
  const id = 'p020';
  const iso = '2026-11-27T09:48:15Z';
  const plain = `Hi,

We have changed accountants and the old firm still has access to our GPP account on PCSE Online. Please can you take the following roles off their login:

- Joiner & Leaver
- Practice Estimate and Salary Change

Their username is accounts@hendersonmoore.co.uk

Practice: Brookfield Family Practice, C88012

Thanks
Yusuf Patel
Business Manager
Brookfield Family Practice

${NHSMAIL_FOOTER}`;
  const html = outlookHtml([
    p('Hi,'),
    p(''),
    p('We have changed accountants and the old firm still has access to our GPP account on PCSE Online. Please can you take the following roles off their login:'),
    p(''),
    '<ul style="margin-top:0cm" type="disc">',
    '<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Joiner &amp; Leaver<o:p></o:p></li>',
    '<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Practice Estimate and Salary Change<o:p></o:p></li>',
    '</ul>',
    p(''),
    p(`Their username is ${mailto('accounts@hendersonmoore.co.uk')}`),
    p(''),
    p('Practice: Brookfield Family Practice, C88012'),
    p(''),
    p('Thanks'),
    p('Yusuf Patel'),
    p('<span style="color:#7F7F7F">Business Manager</span>'),
    p('<span style="color:#7F7F7F">Brookfield Family Practice</span>'),
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const alt = multipart('alternative', ob(id), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = outlookHeaders({ id, iso, from: '"PATEL, Yusuf (BROOKFIELD FAMILY PRACTICE)" <yusuf.patel4@nhs.net>', to: PCSE.portalBare, subject: 'Remove roles - old accountant' });
  return {
    mailbox: MB, name: '020-role-removal-accountant-gpp-roles', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'C88012', type: 'gp_practice' },
      fields: { username: 'accounts@hendersonmoore.co.uk', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [], traits: ['bulleted_roles', 'html_entity_ampersand', 'non_nhs_username'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p021(): Promise<Email> {
  const id = 'p021';
  const iso = '2026-11-30T11:32:08Z';
  const row = (k: string, v: string) => `<tr><td width="220" valign="top" style="width:165pt;border:solid #BFBFBF 1.0pt;background:#F2F2F2;padding:2.85pt 5.4pt">${p(`<b>${k}</b>`)}</td><td width="360" valign="top" style="width:270pt;border:solid #BFBFBF 1.0pt;padding:2.85pt 5.4pt">${p(v)}</td></tr>`;
  const html = outlookHtml([
    p('Good morning,'),
    p(''),
    p('We would like to set up access to PCSE Online for our new branch practice. The ODS team have issued the branch code (PDF report from the ODS team is available if needed).'),
    p(''),
    p('<b><u>Main practice</u></b>'),
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
    row('Practice name', 'Riverbank Medical Practice'),
    row('Organisation type', 'GP'),
    row('ODS code', 'E87711'),
    row('Main contact held by PCSE', 'Julie Armitage'),
    row('Main contact email', mailto('julie.armitage@nhs.net')),
    row('Address', '2 Wharf Lane<br>Leeds<br>LS10 1PZ'),
    row('Telephone', '0113 496 0550'),
    '</table>',
    p(''),
    p('<b><u>Branch practice</u></b>'),
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">',
    row('Main contact for the branch', 'Mr Oliver Penhaligon'),
    row('Email', mailto('oliver.penhaligon@nhs.net')),
    row('Branch ODS code', 'E87711002'),
    row('Branch name', 'Riverbank Medical Practice - Sandfields Branch'),
    row('Address', 'Sandfields Community Hub<br>41 Sandfield Road<br>Leeds<br>LS11 7QA'),
    row('Telephone', '0113 496 0577'),
    '</table>',
    p(''),
    p('Many thanks,'),
    p(''),
    sigTable({ cid: 'image001.png@01DB42C0.1A2B3C40', alt: 'Riverbank Medical Practice', colour: '#007F3B', lines: ['Julie Armitage', 'Practice Manager', 'Riverbank Medical Practice', '0113 496 0550'] }),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const related = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image001.png', 'image/png', logoPng(21), { inline: true, cid: 'image001.png@01DB42C0.1A2B3C40', outlook: true }),
  ], { params: '; type="text/html"' });
  const headers = outlookHeaders({
    id, iso,
    from: 'Riverbank Medical Practice <riverbank.medicalpractice@nhs.net>',
    sender: '"ARMITAGE, Julie (RIVERBANK MEDICAL PRACTICE)" <julie.armitage@nhs.net>',
    to: PCSE.portal,
    subject: 'Branch practice set up - PCSE Online - E87711002',
  });
  return {
    mailbox: MB, name: '021-branch-setup-misdirected-word-tables', eml: message(headers, related),
    expected: {
      mailbox: MB, kind: 'branch_setup', ignored: null, organisation: { odsCode: 'E87711', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'E87711', name: 'Riverbank Medical Practice', mainContact: person('Julie Armitage', 'julie.armitage@nhs.net'), address: '2 Wharf Lane, Leeds, LS10 1PZ', phone: '0113 496 0550' },
        branch: { odsCode: 'E87711002', name: 'Riverbank Medical Practice - Sandfields Branch', address: 'Sandfields Community Hub, 41 Sandfield Road, Leeds, LS11 7QA', phone: '0113 496 0577', mainContact: { name: 'Oliver Penhaligon', email: 'oliver.penhaligon@nhs.net', title: 'Mr' } },
      },
      mustRaise: [], traits: ['misdirected', 'sent_on_behalf_of', 'word_table_in_html', 'multiline_address_br', 'html_only'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p022(): Promise<Email> {
  const id = 'p022';
  const iso = '2026-12-01T14:22:51Z';
  const text = `Hello PCSE

This came through our practice website contact form - we think it is one for you rather than us. Could you reply to the doctor directly? Her email is below.

Thanks
Reception team, St Aidan's Surgery

-----Original Message-----
From: St Aidan's Surgery Website <website@staidanssurgery.co.uk>
Sent: 01 December 2026 13:50
To: St Aidan's Surgery <staidans.surgery@nhs.net>
Subject: Website enquiry: Contact us

Name: Dr Ifeoma Nwachukwu
Email: ifeoma.nwachukwu@nhs.net
Phone: 07700 900 418
Are you a patient at the practice?: No
Your message: I am a locum GP starting sessions with you in January. How do I get access to PCSE Online to update my performer record and my practice details? Do I need the practice to create an account for me or do I register myself?

Submitted from: https://www.staidanssurgery.co.uk/contact-us

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({ id, iso, from: "St Aidan's Surgery <staidans.surgery@nhs.net>", to: PCSE.portalBare, subject: 'FW: Website enquiry: Contact us' });
  return {
    mailbox: MB, name: '022-question-website-form-locum', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'web_form_relay', 'forwarded_inline'] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p023(): Promise<Email> {
  const id = 'p023';
  const iso = '2026-12-02T09:03:17Z';
  const html = `<div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#183247">
<p>Hello again,</p>
<p>Just chasing this one &ndash; our GP still hasn&#39;t had the new verification link. Your reference was PCSE-2026-004417. Is there anything else you need from us?</p>
<p>Thanks,<br>Ravi<br>Tollgate MC IT Support</p>
<hr style="border:none;border-top:1px solid #dde3e8">
<div style="color:#6f7c87;font-size:13px"><p>On Tue, 24 Nov 2026 at 16:40, PCSE Portal Enquiries &lt;pcse.portalenquiries@nhs.net&gt; wrote:</p>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccd4da;padding-left:8px">Thank you for your email. Your request has been logged with reference PCSE-2026-004417. We aim to respond within 5 working days.</blockquote></div>
<div style="color:#92a2b1;font-size:12px;margin-top:12px">Ticket #60114 &middot; Tollgate MC IT Support</div>
</div>`;
  const headers = platformHeaders({
    id, iso,
    from: 'Tollgate MC IT Support <support@tollgatemc.freshdesk.com>',
    to: PCSE.portalBare,
    subject: 'Re: [#60114] PCSE-2026-004417 Verification link',
    domain: 'tollgatemc.freshdesk.com', ip: '54.171.218.22', helo: 'mail-eu-w1.freshemail.io',
    messageId: `<${hexOf(id, 12)}.60114.fd@tollgatemc.freshdesk.com>`,
    inReplyTo: `<${hexOf('pcse-ack-4417', 16)}@nhs.net>`,
    extra: [['X-Freshdesk-Ticket-Id', '60114']],
  });
  return {
    mailbox: MB, name: '023-chaser-helpdesk-with-reference', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference', 'helpdesk_relay', 'html_only'] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p024(): Promise<Email> {
  const id = 'p024';
  const iso = '2026-12-03T08:00:41Z';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Thank you for your email. I am out of the office until Monday 14th December with no access to email.</p>
<p>For urgent practice matters please contact Renée, Jörg or Fatima on 0121 496 0330, or email <a href="mailto:hollowaylane.surgery@nhs.net">hollowaylane.surgery@nhs.net</a>.</p>
<p>Kind regards<br>Siobhán</p>
</div></body></html>`;
  const headers = outlookHeaders({
    id, iso,
    from: addr("O'Donnell, Siobhán (HOLLOWAY LANE SURGERY)", 'siobhan.odonnell@nhs.net', 'windows-1252', 'Q'),
    to: PCSE.portal,
    subject: 'Automatic reply: PCSE-2026-005102 Your request has been received',
    extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Inbox-Rules-Loop', 'siobhan.odonnell@nhs.net'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent']],
  });
  return {
    mailbox: MB, name: '024-auto-reply-cp1252', eml: message(headers, textPart(html, 'html', 'windows-1252', 'quoted-printable')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'windows_1252', 'case_reference'] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function p025(): Promise<Email> {
  const id = 'p025';
  const iso = '2026-12-04T16:12:09Z';
  const orig = message([
    ['From', 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>'],
    ['To', 'renee.dubois@brightsmiledental.co.uk'],
    ['Subject', 'PCSE-2026-004980 Main contact updated - Brightsmile Dental Kettering'],
    ['Date', rfcDate('2026-12-04T16:11:52Z')],
    ['Message-ID', `<${hexOf('pcse-out-4980', 24)}@nhs.net>`],
    ['MIME-Version', '1.0'],
  ], textPart('Dear Renée,\n\nYou are now the Main Contact for Brightsmile Dental - Kettering (V104582) on PCSE Online.\n\nPCSE\n', 'plain', 'utf-8', 'quoted-printable'));
  const human = `This is the mail system at host mx1.brightsmiledental.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<renee.dubois@brightsmiledental.co.uk>: host
    mail-store2.brightsmiledental.co.uk[10.20.1.15] said: 550 5.1.1
    <renee.dubois@brightsmiledental.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
`;
  const status = `Reporting-MTA: dns; mx1.brightsmiledental.co.uk
X-Postfix-Queue-ID: 4QxJ2m1Kc9z3wYb
X-Postfix-Sender: rfc822; pcse.portalenquiries@nhs.net
Arrival-Date: Fri,  4 Dec 2026 16:12:05 +0000 (GMT)

Final-Recipient: rfc822; renee.dubois@brightsmiledental.co.uk
Original-Recipient: rfc822;renee.dubois@brightsmiledental.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail-store2.brightsmiledental.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <renee.dubois@brightsmiledental.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table
`;
  const report = multipart('report', `4QxJ2m1Kc9z3wYb.${hexOf(id, 10)}/mx1.brightsmiledental.co.uk`, [
    { headers: [['Content-Description', 'Notification'], ['Content-Type', 'text/plain; charset=us-ascii']], body: crlf(human) },
    { headers: [['Content-Description', 'Delivery report'], ['Content-Type', 'message/delivery-status']], body: crlf(status) },
    { headers: [['Content-Description', 'Undelivered Message'], ['Content-Type', 'message/rfc822']], body: orig.slice(0, -2) },
  ], { params: '; report-type=delivery-status', preamble: 'This is a MIME-encapsulated message.' });
  const headers = platformHeaders({
    id, iso,
    from: 'MAILER-DAEMON@mx1.brightsmiledental.co.uk (Mail Delivery System)',
    to: 'pcse.portalenquiries@nhs.net',
    subject: 'Undelivered Mail Returned to Sender',
    domain: 'mx1.brightsmiledental.co.uk', ip: '185.44.77.9', helo: 'mx1.brightsmiledental.co.uk',
    messageId: `<20261204161209.${hexOf(id, 10).toUpperCase()}@mx1.brightsmiledental.co.uk>`,
    extra: [['Auto-Submitted', 'auto-replied']],
    dkim: 'none', dmarc: 'none',
  });
  return {
    mailbox: MB, name: '025-bounce-postfix-report', eml: message(headers, report),
    expected: { mailbox: MB, kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'postfix', 'case_reference_in_returned_message'] },
  };
}

export async function portalEmails(): Promise<Email[]> {
  const out: Email[] = [];
  for (const f of [p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015, p016, p017, p018, p019, p020, p021, p022, p023, p024, p025]) out.push(await f());
  return out;
}

