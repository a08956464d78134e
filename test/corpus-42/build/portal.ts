// portalenquiries: user-admin nominations, main contacts, verification links, locks, reactivations, role removals.
import { addr, encWord, hardWrap, htmlEscape, attachment, type Part } from './mime.js';
import { rfcDate, longDate, NHSMAIL_FOOTER, SCANNED_FOOTER, LEGAL_MULTI, EXTERNAL_TEXT, safeLink, divHtml, quoteLines, type Email, type ExpectedCase } from './clients.js';
import { outlookMail, simpleMail, pdfAtt } from './compose.js';
import { gppForm, acroPdf, flatPdf, scanPdf } from './pdfs.js';

const MB = 'portalenquiries' as const;
const P = (name: string | null, email: string | null) => ({ name, email });
const ex = (kind: string, org: ExpectedCase['organisation'], fields: Record<string, unknown>, traits: string[], mustRaise: string[] = []): ExpectedCase => ({ kind, ignored: null, organisation: org, fields, mustRaise, traits });

const dotted = (k: string): string => ({
  'practice.name': 'Part1.Practice.Name', 'practice.ods': 'Part1.Practice.ODSCode', 'practice.address': 'Part1.Practice.Address',
  'nominee.name': 'Part1.Nominee.FullName', 'nominee.email': 'Part1.Nominee.Email', 'nominee.job': 'Part1.Nominee.JobTitle', 'nominee.phone': 'Part1.Nominee.Telephone',
  'approver.name': 'Part2.Approver.Name', 'approver.role': 'Part2.Approver.Role', 'approver.email': 'Part2.Approver.Email', 'approver.date': 'Part2.Date', 'sig.signature': 'Part2.Signature',
}[k] ?? k);
const snake = (k: string): string => ({
  'practice.name': 'practice_name', 'practice.ods': 'practice_code', 'practice.address': 'practice_address',
  'nominee.name': 'nominee_name', 'nominee.email': 'nominee_email', 'nominee.job': 'nominee_role', 'nominee.phone': 'nominee_tel',
  'approver.name': 'approver_name', 'approver.role': 'approver_position', 'approver.email': 'approver_email', 'approver.date': 'date_signed', 'sig.signature': 'approver_signature',
}[k] ?? k.replace(/\./g, '_'));

export async function portalEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 GPP certification, fillable (Acrobat), Outlook desktop with logo signature
  {
    const pdf = await acroPdf([gppForm({
      practiceName: 'Brookfield Surgery', odsCode: 'C82044', address: '12 Brookfield Road, Wigston, Leicester, LE18 4QT',
      nomineeName: 'Helen Marsh', nomineeEmail: 'helen.marsh4@nhs.net', nomineeJob: 'Practice Manager', nomineePhone: '0116 288 4410',
      approverName: 'Dr Amrit Sandhu', approverRole: 'GP Partner', approverEmail: 'amrit.sandhu@nhs.net', date: '03/11/2026', signed: true,
    }, 101)], { title: 'GPP Practice User Administrator Certification', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date: '2026-11-03T10:02:00Z' }, dotted);
    out.push({
      mailbox: MB, slug: 'gpp-cert-acrobat-outlook-logo',
      eml: outlookMail({
        seed: 'p1', mailbox: MB, from: 'Helen Marsh <helen.marsh4@nhs.net>', subject: 'GPP User Administrator form - Brookfield Surgery C82044', date: rfcDate(3, 10, 14, 22),
        main: 'Good morning,\n\nPlease find attached our completed GP Payments and Pensions Practice User Administrator certification form. Our previous administrator retired in October so we currently have nobody with the role.\n\nThe form has been signed by Dr Sandhu, one of our partners.\n\nMany thanks\n',
        word: { sig: ['**Helen Marsh**', 'Practice Manager', 'Brookfield Surgery', '12 Brookfield Road, Wigston, Leicester LE18 4QT', 'Tel: 0116 288 4410'], footer: NHSMAIL_FOOTER },
        logo: { text: 'Brookfield', colour: '#005EB8' },
        attachments: [pdfAtt(pdf, 'GPP UA Certification - Brookfield.pdf', true)],
      }),
      expected: ex('user_admin_nomination', { odsCode: 'C82044', type: 'gp_practice' }, { service: 'GPP', nominee: P('Helen Marsh', 'helen.marsh4@nhs.net'), approver: { name: 'Amrit Sandhu', email: 'amrit.sandhu@nhs.net', role: 'GP Partner' } },
        ['pdf_acroform', 'outlook_word_html', 'inline_logo_cid', 'nhsmail_footer', 'see_attached']),
    });
  }

  // 2 GPP certification saved by Preview on a Mac, Apple Mail format=flowed, encoded display name
  {
    const pdf = await acroPdf([gppForm({
      practiceName: 'Castle Mead Surgery', odsCode: 'J83022', address: 'Castle Street, Trowbridge, BA14 8AE',
      nomineeName: 'Zoë Whitfield-Oyelaran', nomineeEmail: 'zoe.whitfield-oyelaran@nhs.net', nomineeJob: 'Assistant Practice Manager', nomineePhone: '01225 752 090',
      approverName: 'Dr Tomasz Nowak', approverRole: 'Senior Partner', approverEmail: 'tomasz.nowak@nhs.net', date: '4 Nov 2026', signed: true,
    }, 202)], { title: 'GPP_UA_Certification_Form', producer: 'macOS Version 15.1 (Build 24B83) Quartz PDFContext', creator: 'Preview', date: '2026-11-04T16:40:00Z' }, snake);
    const text = 'Hello PCSE team,\n\nI attach the GPP Practice User Administrator certification form for Castle Mead Surgery (J83022), completed and signed by our senior partner Dr Tomasz Nowak. I am the person being nominated.\n\nIf you need anything else from us please let me know.\n\nBest wishes,\nZoë\n\nZoë Whitfield-Oyelaran\nAssistant Practice Manager | Castle Mead Surgery\n01225 752 090\n';
    out.push({
      mailbox: MB, slug: 'gpp-cert-preview-apple-flowed',
      eml: simpleMail({ seed: 'p2', mailbox: MB, client: 'apple', from: addr('Zoë Whitfield-Oyelaran', 'zoe.whitfield-oyelaran@nhs.net', 'B'), subject: 'GPP user admin certification form', date: rfcDate(4, 16, 52, 10), text, flowed: true, delsp: true,
        attachments: [attachment(pdf, 'application/pdf', 'GPP UA form Castle Mead signed.pdf', { extra: [['Content-Disposition-Type', 'attachment']] })] }),
      expected: ex('user_admin_nomination', { odsCode: 'J83022', type: 'gp_practice' }, { service: 'GPP', nominee: P('Zoë Whitfield-Oyelaran', 'zoe.whitfield-oyelaran@nhs.net'), approver: { name: 'Tomasz Nowak', email: 'tomasz.nowak@nhs.net', role: 'Senior Partner' } },
        ['pdf_acroform', 'preview_saved_form', 'apple_mail', 'format_flowed', 'rfc2047_display_name', 'non_ascii_name']),
    });
  }

  // 3 GPP certification scanned at the MFP, forwarded with a line on top
  {
    const pdf = await scanPdf([gppForm({
      practiceName: 'Pennine View Practice', odsCode: 'B86031', address: '88 Halifax Road, Todmorden, OL14 5BB',
      nomineeName: 'Gillian Roe', nomineeEmail: 'gillian.roe@nhs.net', nomineeJob: 'Practice Manager', nomineePhone: '01706 811 300',
      approverName: 'Dr Rashid Qureshi', approverRole: 'GP Partner', approverEmail: 'rashid.qureshi1@nhs.net', date: '09/11/2026', signed: true,
    }, 303)], { title: 'Scanned from MFP-C3003', producer: 'MFP-C3003 PDF Engine 2.1', creator: 'Scan to Email', date: '2026-11-09T14:02:00Z' },
    [{ seed: 33, skewDeg: 0.9, contrast: 0.8, noise: 2500, jpegQuality: 62, stamp: { lines: ['PENNINE VIEW PRACTICE', 'RECEIVED', '09 NOV 2026'], x: 380, y: 40, rot: -4 } }]);
    const main = 'Hi,\n\nSigned GPP user admin form for Pennine View Practice attached (scanned) - please set me up as the GPP Practice User Administrator.\n\nThanks\nGill Roe\nPractice Manager, Pennine View Practice\n';
    out.push({
      mailbox: MB, slug: 'gpp-cert-mfp-scan-forwarded',
      eml: outlookMail({
        seed: 'p3', mailbox: MB, client: 'owa', from: 'Roe Gillian (PENNINE VIEW PRACTICE) <gillian.roe@nhs.net>', subject: 'FW: Scanned from MFP-C3003 [#0043]', date: rfcDate(9, 14, 9, 41),
        main,
        word: { quoted: { from: 'MFP-C3003 Reception <scanner@pennineviewpractice.co.uk>', sent: longDate(9, 14, 2), to: 'Roe Gillian (PENNINE VIEW PRACTICE) <gillian.roe@nhs.net>', subject: 'Scanned from MFP-C3003 [#0043]', body: 'Scanned from MFP-C3003\nDate:09/11/2026 14:02\nPages:1\nResolution:200x200 DPI\n----------------------------------------\n' }, footer: NHSMAIL_FOOTER },
        attachments: [pdfAtt(pdf, 'SKM_C30026110914020.pdf', true)],
      }),
      expected: ex('user_admin_nomination', { odsCode: 'B86031', type: 'gp_practice' }, { service: 'GPP', nominee: P('Gillian Roe', 'gillian.roe@nhs.net'), approver: { name: 'Rashid Qureshi', email: 'rashid.qureshi1@nhs.net', role: 'GP Partner' } },
        ['pdf_scan', 'mfp_scan_to_email', 'forwarded_outlook_headers', 'nhsmail_display_name', 'stamp']),
    });
  }

  // 4 PL admin from an old practice mail system, hard-wrapped at 72 columns
  {
    const body = hardWrap(`Dear PCSE,

RE: PERFORMERS LIST - PL ORGANISATION ADMINISTRATOR - TRINITY LANE SURGERY N81053

We do not currently have a PL Organisation Administrator at the practice since our previous administrator left. As the practice's CQC Registered Manager I would like to nominate the following member of staff for the PL Organisation Administrator role: Marcus Bell, Operations Manager, email marcus.bell2@nhs.net

Practice: Trinity Lane Surgery, Trinity Lane, Nantwich, Cheshire CW5 5DF, practice code N81053, telephone 01270 610 455.

Please could you set this up and send Marcus the link.

Yours faithfully

Dr Oluwaseun Adebayo
CQC Registered Manager
Trinity Lane Surgery
o.adebayo@nhs.net

--
This e-mail was sent from Trinity Lane Surgery. The contents are confidential and intended only for the addressee.`, 72);
    out.push({
      mailbox: MB, slug: 'pl-admin-legacy-hardwrap',
      eml: simpleMail({ seed: 'p4', mailbox: MB, client: 'legacy', from: 'Trinity Lane Surgery <trinitylane.surgery@nhs.net>', subject: 'PL Organisation Administrator - N81053', date: rfcDate(4, 8, 31, 5), text: body, charset: 'us-ascii', cte: '7bit' }),
      expected: ex('user_admin_nomination', { odsCode: 'N81053', type: 'gp_practice' }, { service: 'PL', nominee: P('Marcus Bell', 'marcus.bell2@nhs.net'), approver: { name: 'Oluwaseun Adebayo', email: 'o.adebayo@nhs.net', role: 'CQC Registered Manager' } },
        ['hard_wrapped_72', 'shared_mailbox_sender', 'label_value_split_by_wrap', 'plain_text_only']),
    });
  }

  // 5 OPTO admin from the contract holder on Google Workspace (Gmail web), multilingual disclaimer
  {
    const text = `Hi there,

I'm the contract holder for Brightwell Opticians (ODS TPD21). Could you please set up our dispensing manager, Chloe Ashworth, with the Opto User Management (Organisation) role for ophthalmic payments? We don't have anyone with it at the moment.

Her email is chloe@brightwellopticians.co.uk

Thanks very much,

Rajiv Mehta BSc MCOptom
Contract Holder
Brightwell Opticians
4 Sheep Street, Bicester OX26 6JF
01869 322 781

${LEGAL_MULTI}
`;
    const html = divHtml(text.split(LEGAL_MULTI)[0]!.trimEnd()) + `\n<div><br></div><div style="font-size:10px;color:#888888">${LEGAL_MULTI.split('\n').map(htmlEscape).join('<br>')}</div>`;
    out.push({
      mailbox: MB, slug: 'opto-admin-gmail-workspace',
      eml: simpleMail({ seed: 'p5', mailbox: MB, client: 'gmail', from: 'Rajiv Mehta <rajiv@brightwellopticians.co.uk>', subject: 'User admin for ophthalmic payments', date: rfcDate(5, 11, 3, 48), text, html }),
      expected: ex('user_admin_nomination', { odsCode: 'TPD21', type: 'ophthalmic_practice' }, { service: 'OPTO', nominee: P('Chloe Ashworth', 'chloe@brightwellopticians.co.uk'), approver: { name: 'Rajiv Mehta', email: 'rajiv@brightwellopticians.co.uk', role: 'Contract Holder' } },
        ['gmail_web', 'multilingual_disclaimer', 'non_nhs_domain', 'post_nominals']),
    });
  }

  // 6 OPTO fifth admin, Samsung Email, gateway banner inserted at the top
  {
    const text = `${EXTERNAL_TEXT}

Hello

We currently have four OPTO user admins at Clearsight Eyecare (TP8K4): myself, Niall Byrne, Sarah Quigley and Aoife Brennan. Aoife is going on maternity leave in December so can you please add Priya Raman as another user admin for ophthalmic payments so we are covered. Her email address is priya.raman@clearsighteyecare.co.uk

Regards
Declan Byrne
Director & Contract Holder, Clearsight Eyecare

Sent from my Galaxy`;
    const html = `<div style="border:1px solid #9C0006;background:#FFC7CE;padding:4px;font-size:12px"><b>${htmlEscape(EXTERNAL_TEXT)}</b></div>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">Hello</div><div dir="auto"><br></div><div dir="auto">We currently have four OPTO user admins at Clearsight Eyecare (TP8K4): myself, Niall Byrne, Sarah Quigley and Aoife Brennan. Aoife is going on maternity leave in December so can you please add Priya Raman as another user admin for ophthalmic payments so we are covered. Her email address is <a href="mailto:priya.raman@clearsighteyecare.co.uk">priya.raman@clearsighteyecare.co.uk</a></div><div dir="auto"><br></div><div dir="auto">Regards</div><div dir="auto">Declan Byrne</div><div dir="auto">Director &amp; Contract Holder, Clearsight Eyecare</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div></body></html>`;
    out.push({
      mailbox: MB, slug: 'opto-fifth-admin-samsung',
      eml: simpleMail({ seed: 'p6', mailbox: MB, client: 'samsung', from: 'Declan Byrne <declan@clearsighteyecare.co.uk>', subject: '[EXT] Extra user admin - Clearsight Eyecare', date: rfcDate(6, 7, 48, 0, '+0000'), text, html, cte: 'base64' }),
      expected: ex('user_admin_nomination', { odsCode: 'TP8K4', type: 'ophthalmic_practice' }, { service: 'OPTO', nominee: P('Priya Raman', 'priya.raman@clearsighteyecare.co.uk'), approver: { name: 'Declan Byrne', email: 'declan@clearsighteyecare.co.uk', role: 'Director & Contract Holder' } },
        ['samsung_email', 'gateway_banner', 'subject_prefix', 'base64_text', 'existing_admins_listed'], ['admin_limit_reached']),
    });
  }

  // 7 PCN admin: ICB approver forwards the PCN's request (Outlook on the web, quoted headers)
  {
    const main = 'Dear PCSE,\n\nPlease see the request below from Riverside & Docks PCN. As the ICB approver for the PCN (I am on the NHSE Authorised Email List for NHS Bristol, North Somerset and South Gloucestershire ICB) I approve Farah Siddiqui being set up as the PCN user admin.\n\nKind regards\n';
    out.push({
      mailbox: MB, slug: 'pcn-admin-icb-forward-owa',
      eml: outlookMail({
        seed: 'p7', mailbox: MB, client: 'owa', from: 'HARDACRE, Glenn (NHS BRISTOL, NORTH SOMERSET AND SOUTH GLOUCESTERSHIRE ICB - 15C) <glenn.hardacre@nhs.net>', subject: 'FW: PCN user admin - Riverside & Docks PCN (U38821)', date: rfcDate(10, 9, 20, 13),
        main,
        word: {
          sig: ['**Glenn Hardacre**', 'Primary Care Contracts Manager', 'NHS Bristol, North Somerset and South Gloucestershire ICB'],
          quoted: { from: 'SIDDIQUI, Farah (RIVERSIDE & DOCKS PCN) <farah.siddiqui@nhs.net>', sent: longDate(9, 16, 44), to: 'HARDACRE, Glenn (NHS BRISTOL, NORTH SOMERSET AND SOUTH GLOUCESTERSHIRE ICB - 15C) <glenn.hardacre@nhs.net>', subject: 'PCN user admin - Riverside & Docks PCN (U38821)',
            body: 'Hi Glenn,\n\nWe don\'t have a PCN user admin on PCSE Online. Could you approve me (Farah Siddiqui, PCN Business Manager, farah.siddiqui@nhs.net) for the PCN user admin role for Riverside & Docks PCN, code U38821, and send it on to PCSE?\n\nThanks\nFarah' },
          footer: NHSMAIL_FOOTER,
        },
      }),
      expected: ex('user_admin_nomination', { odsCode: 'U38821', type: 'pcn' }, { service: 'PCN', nominee: P('Farah Siddiqui', 'farah.siddiqui@nhs.net'), approver: { name: 'Glenn Hardacre', email: 'glenn.hardacre@nhs.net', role: 'Primary Care Contracts Manager' } },
        ['forwarded_outlook_headers', 'nhsmail_display_name', 'owa', 'request_in_quoted_original']),
    });
  }

  // 8 PCN admin approved by the PCN's own clinical director (not the ICB)
  {
    const main = 'Hello,\n\nNorth Moors PCN (U60714) needs a PCN user admin on PCSE Online. We would like Kerry Lund, our Digital and Transformation Lead, to have the role - kerry.lund@nhs.net.\n\nOur ICB primary care lead is on leave until January and I\'m not sure who else at the ICB is on the Authorised Email List, so I\'m approving this myself as the PCN Clinical Director. Hope that is OK.\n\nThanks\n';
    out.push({
      mailbox: MB, slug: 'pcn-admin-clinical-director',
      eml: outlookMail({
        seed: 'p8', mailbox: MB, from: 'Dr Michael Thornbury <michael.thornbury@nhs.net>', cc: 'Kerry Lund <kerry.lund@nhs.net>', subject: 'PCN user admin request - North Moors PCN', date: rfcDate(10, 13, 5, 2),
        main,
        word: { sig: ['**Dr Michael Thornbury**', 'Clinical Director, North Moors PCN', 'GP Partner, Helmsley Surgery'], footer: NHSMAIL_FOOTER },
        logo: { text: 'North Moors', colour: '#41B6E6' },
      }),
      expected: ex('user_admin_nomination', { odsCode: 'U60714', type: 'pcn' }, { service: 'PCN', nominee: P('Kerry Lund', 'kerry.lund@nhs.net'), approver: { name: 'Michael Thornbury', email: 'michael.thornbury@nhs.net', role: 'Clinical Director' } },
        ['outlook_word_html', 'inline_logo_cid', 'nominee_in_cc', 'two_roles_in_signature'], ['approver_not_on_ael']),
    });
  }

  // 9 PL admin: iPhone "Begin forwarded message:" from the practice manager, CQC registered manager's approval below
  {
    const orig = `Hi Darren,

As CQC Registered Manager I'm happy for you to be our PL Organisation Administrator on PCSE Online for Kingsway Medical Practice (E85711). Please forward this to PCSE as they need it from me.

Sian

Dr Sian Hughes
CQC Registered Manager / GP Partner
Kingsway Medical Practice`;
    const text = `Hi PCSE, please see below from Dr Hughes. Can I be set up as PL Organisation Administrator please - darren.kell@nhs.net

Thanks Darren Kell
Practice Manager

Sent from my iPhone

Begin forwarded message:

> From: "Hughes Sian (KINGSWAY MEDICAL PRACTICE)" <sian.hughes7@nhs.net>
> Date: 11 November 2026 at 08:12:40 GMT
> To: "Kell Darren (KINGSWAY MEDICAL PRACTICE)" <darren.kell@nhs.net>
> Subject: PL admin
>
${quoteLines(orig)}`;
    const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">Hi PCSE, please see below from Dr Hughes. Can I be set up as PL Organisation Administrator please - <a href="mailto:darren.kell@nhs.net">darren.kell@nhs.net</a><div><br></div><div>Thanks Darren Kell</div><div>Practice Manager<br><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br>Begin forwarded message:<br><br></div><blockquote type="cite"><div dir="ltr"><b>From:</b> "Hughes Sian (KINGSWAY MEDICAL PRACTICE)" &lt;sian.hughes7@nhs.net&gt;<br><b>Date:</b> 11 November 2026 at 08:12:40 GMT<br><b>To:</b> "Kell Darren (KINGSWAY MEDICAL PRACTICE)" &lt;darren.kell@nhs.net&gt;<br><b>Subject:</b> <b>PL admin</b><br><br></div></blockquote><blockquote type="cite"><div dir="ltr">${orig.split('\n').map(htmlEscape).join('<br>')}</div></blockquote></div></body></html>`;
    out.push({
      mailbox: MB, slug: 'pl-admin-iphone-begin-forwarded',
      eml: simpleMail({ seed: 'p9', mailbox: MB, client: 'iphone', from: '"Kell Darren (KINGSWAY MEDICAL PRACTICE)" <darren.kell@nhs.net>', subject: 'Fwd: PL admin', date: rfcDate(11, 8, 30, 17), text, html }),
      expected: ex('user_admin_nomination', { odsCode: 'E85711', type: 'gp_practice' }, { service: 'PL', nominee: P('Darren Kell', 'darren.kell@nhs.net'), approver: { name: 'Sian Hughes', email: 'sian.hughes7@nhs.net', role: 'CQC Registered Manager' } },
        ['iphone_mail', 'begin_forwarded_message', 'approval_in_quoted_original', 'nominee_is_sender']),
    });
  }

  // 10 Main contact change, Outlook, windows-1252 quoted-printable with smart quotes
  {
    const main = 'Hi,\n\nOur pharmacy manager Joe Platt left us at the end of October and we’d like to change our PCSE “Main Contact” to our new manager – details below.\n\nPharmacy: Greenway Pharmacy, 7 Greenway Parade, Chelmsford CM1 7QT\nODS code: FQ472\nNew main contact: Sunita Rai\nEmail: sunita.rai@nhs.net\n\nThank you – Sunita\n';
    out.push({
      mailbox: MB, slug: 'main-contact-cp1252-smart-quotes',
      eml: outlookMail({ seed: 'p10', mailbox: MB, from: 'Greenway Pharmacy <greenway.pharmacy@nhs.net>', subject: encWord('Change of Main Contact – FQ472', 'Q', 'windows-1252'), date: rfcDate(11, 12, 40, 3), main, charset: 'windows-1252',
        word: { sig: ['Sunita Rai MPharm', 'Pharmacist Manager'], footer: NHSMAIL_FOOTER } }),
      expected: ex('main_contact_change', { odsCode: 'FQ472', type: 'pharmacy' }, { newMainContact: P('Sunita Rai', 'sunita.rai@nhs.net') },
        ['windows_1252', 'smart_quotes', 'shared_mailbox_sender', 'previous_contact_named']),
    });
  }

  // 11 Main contact change from a corporate dental group's Notes mail
  {
    const text = `To whom it may concern

Please update the Main Contact held for Harbour Dental Care, organisation code V230871, to:

Name:   Ewa Kowalczyk
Email:  ewa.kowalczyk1@nhs.net

Ewa has taken over as practice manager from Mark Tully, who should no longer be the main contact.

Regards

Compliance Team
Seaview Dental Group Ltd
compliance@seaviewdental.co.uk



Seaview Dental Group Ltd, registered in England and Wales no. 08812233. Registered office: 1 Quay Street, Poole BH15 1HA.`;
    const html = `<font size=2 face="sans-serif">To whom it may concern</font><br><br><font size=2 face="sans-serif">Please update the Main Contact held for Harbour Dental Care, organisation code V230871, to:</font><br><br><font size=2 face="sans-serif">Name: &nbsp; Ewa Kowalczyk</font><br><font size=2 face="sans-serif">Email: &nbsp;ewa.kowalczyk1@nhs.net</font><br><br><font size=2 face="sans-serif">Ewa has taken over as practice manager from Mark Tully, who should no longer be the main contact.</font><br><br><font size=2 face="sans-serif">Regards</font><br><br><font size=2 face="sans-serif">Compliance Team<br>Seaview Dental Group Ltd<br>compliance@seaviewdental.co.uk</font><br><br><br><br><font size=1 face="sans-serif">Seaview Dental Group Ltd, registered in England and Wales no. 08812233. Registered office: 1 Quay Street, Poole BH15 1HA.</font>`;
    out.push({
      mailbox: MB, slug: 'main-contact-notes-dental-group',
      eml: simpleMail({ seed: 'p11', mailbox: MB, client: 'notes', from: 'Compliance Team <compliance@seaviewdental.co.uk>', subject: 'Main Contact update - V230871 Harbour Dental Care', date: rfcDate(12, 10, 11, 0), text, html, charset: 'us-ascii', cte: 'quoted-printable' }),
      expected: ex('main_contact_change', { odsCode: 'V230871', type: 'dental_practice' }, { newMainContact: P('Ewa Kowalczyk', 'ewa.kowalczyk1@nhs.net') },
        ['lotus_notes', 'corporate_group_mailbox', 'previous_contact_named']),
    });
  }

  // 12 Main contact change, HTML only, Safe Links rewritten mailto, code of the wrong shape for an optician
  {
    const link = safeLink('mailto:amy.chen@nhs.net', 'p12');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Good afternoon,</div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Please can our main contact for PCSE Online be changed to Amy Chen (<a href="${link}" originalsrc="mailto:amy.chen@nhs.net" shash="${'x'.repeat(8)}">amy.chen@nhs.net</a>), our new optical practice manager.</div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Hollins Opticians, 31 Bridge Street, Walsall WS1 1LH<br>ODS code: FW284</div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Many thanks,<br>Richard Hollins<br>Optometrist &amp; Director</div></body></html>`;
    out.push({
      mailbox: MB, slug: 'main-contact-html-only-safelinks',
      eml: simpleMail({ seed: 'p12', mailbox: MB, client: 'owa', from: 'Richard Hollins <richard.hollins@nhs.net>', subject: 'Main contact change', date: rfcDate(12, 15, 26, 40), html }),
      expected: ex('main_contact_change', { odsCode: 'FW284', type: 'pharmacy' }, { newMainContact: P('Amy Chen', 'amy.chen@nhs.net') },
        ['html_only', 'safe_links_mailto', 'code_shape_disagrees'], ['ods_type_mismatch']),
    });
  }

  // 13 Verification link, a GP from her iPhone, GMC number given
  {
    const text = `Hello,

I never received the verification link for PCSE Online. Could you send a new one please? My GMC registered email is niamh.osullivan@nhs.net and my GMC number is 7123456. I'm a salaried GP at Ashgrove Family Practice (P84066).

Many thanks
Dr Niamh O’Sullivan

Sent from my iPhone`;
    out.push({
      mailbox: MB, slug: 'verification-link-gp-iphone',
      eml: simpleMail({ seed: 'p13', mailbox: MB, client: 'iphone', from: addr('Dr Niamh O’Sullivan', 'niamh.osullivan@nhs.net', 'Q'), subject: 'Verification link', date: rfcDate(12, 21, 47, 9), text }),
      expected: ex('verification_link_resend', { odsCode: 'P84066', type: 'gp_practice' }, { accountEmail: 'niamh.osullivan@nhs.net', gmcNumber: '7123456' },
        ['iphone_mail', 'rfc2047_display_name', 'smart_apostrophe_name', 'plain_text_only']),
    });
  }

  // 14 Verification link asked for by the practice manager for a GP's account
  {
    const main = 'Hi,\n\nDr Ben Osei joined us in September and still hasn\'t had his verification link for PCSE Online. Please could you resend it to his GMC email ben.osei@nhs.net? His GMC number is 6098123.\n\nThank you\n';
    out.push({
      mailbox: MB, slug: 'verification-link-for-colleague',
      eml: outlookMail({ seed: 'p14', mailbox: MB, from: 'Grant Lisa (RIVERBANK GROUP PRACTICE) <lisa.grant@nhs.net>', subject: 'Verification link for Dr Osei - K82018', date: rfcDate(13, 9, 2, 55),
        main, word: { sig: ['Lisa Grant', 'Practice Manager', 'Riverbank Group Practice (K82018)'], footer: NHSMAIL_FOOTER } }),
      expected: ex('verification_link_resend', { odsCode: 'K82018', type: 'gp_practice' }, { accountEmail: 'ben.osei@nhs.net', gmcNumber: '6098123' },
        ['on_behalf_of_colleague', 'nhsmail_display_name'], ['not_own_account']),
    });
  }

  // 15 Account unlock, Outlook on the web, short
  {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">Hi</div><div style="font-family:Aptos,Arial,sans-serif;font-size:11pt"><br></div><div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">I've locked my PCSE Online account - put the wrong password in too many times. Username is j.fairbairn@nhs.net. Could you unlock it please?</div><div style="font-family:Aptos,Arial,sans-serif;font-size:11pt"><br></div><div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">Jenna Fairbairn<br>Senior Receptionist, Elm Tree Surgery (D81625)</div><div><br></div><div style="font-size:8pt;color:gray">${NHSMAIL_FOOTER.split('\n').map(htmlEscape).join('<br>')}</div></body></html>`;
    const text = `Hi\n\nI've locked my PCSE Online account - put the wrong password in too many times. Username is j.fairbairn@nhs.net. Could you unlock it please?\n\nJenna Fairbairn\nSenior Receptionist, Elm Tree Surgery (D81625)\n\n${NHSMAIL_FOOTER}`;
    out.push({
      mailbox: MB, slug: 'unlock-owa-short',
      eml: simpleMail({ seed: 'p15', mailbox: MB, client: 'owa', from: 'Fairbairn Jenna (ELM TREE SURGERY) <j.fairbairn@nhs.net>', subject: 'Locked out', date: rfcDate(13, 8, 5, 18), text, html }),
      expected: ex('account_unlock', { odsCode: 'D81625', type: 'gp_practice' }, { username: 'j.fairbairn@nhs.net' }, ['owa', 'short', 'nhsmail_footer']),
    });
  }

  // 16 Account unlock from a pharmacist's Gmail on Android, base64 parts, non-email username
  {
    const text = `Hi my PCSE online account is locked after 5 attempts. Username samirkhan@daleroadpharmacy (I don't have an nhs email for it). Dale Road Pharmacy FH016. Please unlock asap as need to submit claims

Samir Khan
Pharmacist`;
    const html = `<div dir="auto">Hi my PCSE online account is locked after 5 attempts. Username samirkhan@daleroadpharmacy (I don't have an nhs email for it). Dale Road Pharmacy FH016. Please unlock asap as need to submit claims</div><div dir="auto"><br></div><div dir="auto">Samir Khan</div><div dir="auto">Pharmacist</div>`;
    out.push({
      mailbox: MB, slug: 'unlock-gmail-android-base64',
      eml: simpleMail({ seed: 'p16', mailbox: MB, client: 'gmail-android', from: 'Samir Khan <samirk.pharm@gmail.com>', subject: 'Account locked', date: rfcDate(14, 7, 22, 31), text, html, cte: 'base64' }),
      expected: ex('account_unlock', { odsCode: 'FH016', type: 'pharmacy' }, { username: 'samirkhan@daleroadpharmacy' },
        ['gmail_android', 'base64_text', 'non_email_username', 'personal_webmail']),
    });
  }

  // 17 Reactivation of a GPP user admin, Thunderbird format=flowed
  {
    const text = `Dear PCSE,

I am one of the GPP Practice User Administrators at Larkfield Surgery (G82097) and I have just found that my PCSE Online account has been deactivated, I think because I had not logged in for a few months while on secondment. As I am a user administrator I understand that you need to reactivate it for me.

My username is m.delacroix@nhs.net

Kind regards,

Marie-Hélène Delacroix
Finance & Operations Lead
Larkfield Surgery, 2 Mill Lane, Aylesford ME20 7JY`;
    out.push({
      mailbox: MB, slug: 'reactivation-admin-thunderbird-flowed',
      eml: simpleMail({ seed: 'p17', mailbox: MB, client: 'thunderbird', from: addr('Marie-Hélène Delacroix', 'm.delacroix@nhs.net', 'Q'), subject: 'Reactivate my PCSE Online account - Larkfield Surgery', date: rfcDate(16, 10, 44, 12), text, flowed: true, cte: '8bit' }),
      expected: ex('account_reactivation', { odsCode: 'G82097', type: 'gp_practice' }, { username: 'm.delacroix@nhs.net' },
        ['thunderbird', 'format_flowed', 'rfc2047_display_name', 'non_ascii_name', '8bit']),
    });
  }

  // 18 Reactivation of a pharmacy main contact, subject encoded (Q) and folded
  {
    const main = 'Hello,\n\nI am the Main Contact for Coleridge Chemist (FK83P) and my PCSE Online account has been deactivated. When I try to log in it says my account is inactive. Please can you reactivate it - username dilip.shah@nhs.net.\n\nRegards\nDilip Shah\nSuperintendent Pharmacist\n';
    out.push({
      mailbox: MB, slug: 'reactivation-main-contact-encoded-subject',
      eml: outlookMail({ seed: 'p18', mailbox: MB, client: 'owa', from: 'Shah Dilip <dilip.shah@nhs.net>', subject: encWord('Account deactivated – Main Contact – Coleridge Chemist FK83P – please reactivate', 'Q'), date: rfcDate(16, 14, 15, 2), main, word: { footer: NHSMAIL_FOOTER } }),
      expected: ex('account_reactivation', { odsCode: 'FK83P', type: 'pharmacy' }, { username: 'dilip.shah@nhs.net' },
        ['rfc2047_subject_q', 'folded_subject', 'owa']),
    });
  }

  // 19 Role removal for a leaver, Outlook desktop
  {
    const main = 'Good afternoon\n\nTom Baxter, our former finance assistant, left the practice last week. Please could you remove the following roles from his PCSE Online account (tom.baxter3@nhs.net):\n\n- Joiner & Leaver\n- Practice Estimate and Salary Change\n\nMeadowside Medical Practice, Y02468\n\nKind regards\n';
    out.push({
      mailbox: MB, slug: 'role-removal-leaver-outlook-list',
      eml: outlookMail({ seed: 'p19', mailbox: MB, from: 'Anita Sharma <anita.sharma12@nhs.net>', subject: 'Remove roles - leaver', date: rfcDate(17, 13, 31, 0), main,
        word: { sig: ['Anita Sharma', 'Business Manager | Meadowside Medical Practice'], footer: NHSMAIL_FOOTER }, logo: { text: 'Meadowside', colour: '#007F3B' } }),
      expected: ex('role_removal_request', { odsCode: 'Y02468', type: 'gp_practice' }, { username: 'tom.baxter3@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
        ['outlook_word_list', 'inline_logo_cid', 'leaver']),
    });
  }

  // 20 Practice email update sent to the wrong mailbox, iso-8859-1
  {
    const text = `Dear Sir/Madam,

Update practice email address

Practice name: St Brannock's Surgery
Practice code: L83104
Current practice email address: stbrannocks.reception@nhs.net
New practice email address: stbrannocks.admin@nhs.net

The reception mailbox is being closed at the end of the month.

Yours faithfully,
Renée Pascoe
Practice Administrator`;
    out.push({
      mailbox: MB, slug: 'practice-email-misdirected-latin1',
      eml: simpleMail({ seed: 'p20', mailbox: MB, client: 'outlook', from: addr('Renée Pascoe', 'renee.pascoe@nhs.net', 'Q'), subject: 'Update practice email address', date: rfcDate(17, 11, 8, 19), text, charset: 'iso-8859-1' }),
      expected: ex('practice_email_update', { odsCode: 'L83104', type: 'gp_practice' }, { currentEmail: 'stbrannocks.reception@nhs.net', newEmail: 'stbrannocks.admin@nhs.net' },
        ['misdirected', 'iso_8859_1', 'plain_text_only', 'labelled_lines']),
    });
  }

  // 21 A genuine question, Gmail
  {
    const text = `Hi,

Quick question - how many PL organisation administrators can a practice have, and is it possible for our accountant to have access to upload the end of year pension forms? If so who sets that up, us or you?

Thanks
Paula Jenkins
Kingfisher Medical Centre`;
    out.push({
      mailbox: MB, slug: 'question-admin-numbers-gmail',
      eml: simpleMail({ seed: 'p21', mailbox: MB, client: 'gmail', from: 'Paula Jenkins <paula.jenkins@nhs.net>', subject: 'Question about user admins', date: rfcDate(18, 10, 0, 33), text, html: divHtml(text) }),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'gmail_web'] },
    });
  }

  // 22 Chaser with our reference, prefixes stacked by the gateway and replies
  {
    const main = 'Hi, any update on this please? It has been two weeks.\n\nThanks\nGill\n';
    out.push({
      mailbox: MB, slug: 'chaser-reference-stacked-prefixes',
      eml: outlookMail({ seed: 'p22', mailbox: MB, client: 'owa', from: 'Roe Gillian (PENNINE VIEW PRACTICE) <gillian.roe@nhs.net>', subject: 'RE: FW: [EXTERNAL] PCSE-2026-004817 GPP user admin - Pennine View Practice', date: rfcDate(23, 9, 12, 0), inReplyTo: '<pcse.2026004817.ack@pcse.england.nhs.uk>',
        main, word: { quoted: { from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: longDate(9, 15, 30), to: 'Roe Gillian (PENNINE VIEW PRACTICE) <gillian.roe@nhs.net>', subject: 'PCSE-2026-004817 GPP user admin - Pennine View Practice', body: 'Thank you for your email. Your request has been logged with reference PCSE-2026-004817. Please quote this reference in any correspondence.\n\nPCSE Online Support' }, footer: NHSMAIL_FOOTER } }),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference', 'subject_prefixes', 'top_posted'] },
    });
  }

  // 23 Out-of-office reply
  {
    const text = 'Thank you for your email. I am out of the office until Monday 30th November with no access to email. For urgent PCSE queries please contact the practice on 01482 335 600.\n\nKind regards\nJanet Milburn';
    out.push({
      mailbox: MB, slug: 'auto-reply-out-of-office',
      eml: simpleMail({ seed: 'p23', mailbox: MB, client: 'outlook', from: 'Milburn Janet <janet.milburn@nhs.net>', subject: 'Automatic reply: PCSE-2026-005020 Main contact change', date: rfcDate(19, 16, 3, 44), text, html: divHtml(text),
        extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'janet.milburn@nhs.net']] }),
      expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'out_of_office'] },
    });
  }

  // 24 GPP certification exported from Word (flat, serif), signed
  {
    const pdf = await flatPdf([gppForm({
      practiceName: 'Hartcliffe Medical Centre', odsCode: 'L81077', address: 'Hareclive Road, Hartcliffe, Bristol, BS13 0JP',
      nomineeName: 'Deborah Akintola', nomineeEmail: 'deborah.akintola@nhs.net', nomineeJob: 'Deputy Practice Manager', nomineePhone: '0117 964 2210',
      approverName: 'Dr Carys Pritchard', approverRole: 'Senior Partner', approverEmail: 'carys.pritchard@nhs.net', date: '18/11/2026', signed: true,
    }, 2424)], { title: 'GPP UA certification form', producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365', author: 'Deborah Akintola', date: '2026-11-18T11:20:00Z' }, { serif: true });
    const main = 'Dear PCSE\n\nPlease find attached the GPP Practice User Administrator certification form for Hartcliffe Medical Centre, signed by Dr Pritchard.\n\nKind regards\nDeborah Akintola\nDeputy Practice Manager\n';
    out.push({
      mailbox: MB, slug: 'gpp-cert-word-export',
      eml: outlookMail({ seed: 'p24', mailbox: MB, from: 'Akintola Deborah (HARTCLIFFE MEDICAL CENTRE) <deborah.akintola@nhs.net>', subject: 'GPP certification form', date: rfcDate(18, 11, 31, 7), main, word: { footer: `${NHSMAIL_FOOTER}\n${SCANNED_FOOTER}` },
        attachments: [pdfAtt(pdf, 'GPP UA certification form - Hartcliffe.pdf', true)] }),
      expected: ex('user_admin_nomination', { odsCode: 'L81077', type: 'gp_practice' }, { service: 'GPP', nominee: P('Deborah Akintola', 'deborah.akintola@nhs.net'), approver: { name: 'Carys Pritchard', email: 'carys.pritchard@nhs.net', role: 'Senior Partner' } },
        ['pdf_flat', 'word_export', 'virus_scanned_footer', 'see_attached']),
    });
  }

  return out;
}

export type { Part };
