// portalenquiries: emails 001-026 of corpus 41 (writer AK) and the case a careful PCSE staff member would enter.
import { fillablePdf, flatPdf, gppCertTemplate, imagePdf, letterDoc, pcnTemplate, tableDoc } from './forms.js';
import { exp, gmailAlt, meta, org, outlookAlt, outlookMixed, outlookPlain, p, pdfAtt, type Built } from './kit.js';
import {
  gmailHeaders, iphoneHeaders, longDate, message, msoParas, msoQuoteHeader,
  msoTable, outlookHeaders, outlookMessageId, plainQuoteHeader, textPart,
  type Envelope, type Mailbox,
} from './lib.js';
import { scanPage } from './scans.js';

const MB: Mailbox = 'portalenquiries';

// 001: a practice business manager sends the GPP form; the approver is a partner in copy, the nominee is in copy,
// the previous admin and the sender's own roles are mentioned. Fillable form, LiveCycle-style field names.
async function e001(): Promise<Built> {
  const id = '001-gpp-cert-fillable-business-manager';
  const date = '2026-11-04 10:22:09';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true, auth: false,
    from: { name: 'WHITLOCK, Karen (FERNBANK MEDICAL PRACTICE)', email: 'karen.whitlock2@nhs.net' },
    cc: [{ name: 'WILK, Tomasz (FERNBANK MEDICAL PRACTICE)', email: 'tomasz.wilk@nhs.net' }, { name: 'BRENNAN, Hollie (FERNBANK MEDICAL PRACTICE)', email: 'hollie.brennan@nhs.net' }],
    subject: 'GPP Practice User Admin - Fernbank Medical Practice (B82031)',
  };
  const form = gppCertTemplate({
    practiceName: 'Fernbank Medical Practice', odsCode: 'B82031', practiceAddress: 'Fernbank Road\nOakworth\nKE22 7QA',
    nomineeName: 'Hollie Brennan', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'hollie.brennan@nhs.net', nomineePhone: '01632 960118 ext 204',
    approverName: 'Dr Tomasz Wilk', approverRole: 'GP Partner', approverEmail: 'tomasz.wilk@nhs.net', date: '03/11/2026', signed: true, sigSeed: `${id}:wilk`,
  });
  const pdf = await fillablePdf(form, meta('GPP Practice User Administrator Certification', 'Adobe Acrobat Pro (64-bit) 25.1.20432', 'Adobe Acrobat Pro (64-bit) 25.1.20432', '2026-11-03 16:40:00', 'PCSE'), (n) => `form1[0].Page1[0].${n}[0]`);
  const text = `Good morning,

Please find attached the GP Payments and Pensions Practice User Administrator certification form for Fernbank Medical Practice (B82031).

The form nominates Hollie Brennan, our new Assistant Practice Manager, who joined us on 2 November. Denise Ackroyd was our only GPP admin and left at the end of October; her account has since been deactivated, so there is nobody at the practice who can add Hollie in PCSE Online.

Part B has been completed and signed by Dr Tomasz Wilk, one of our GP partners, who is on our list of approvers. I have copied Dr Wilk and Hollie into this email.

For info, I am the practice's main contact and one of our PL admins, but I don't hold the GPP admin role and don't need it.

Many thanks

Karen

Karen Whitlock
Practice Business Manager
Fernbank Medical Practice
Fernbank Road, Oakworth, KE22 7QA
Tel: 01632 960118`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('GPP UA Certification - Fernbank.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'GPP UA Certification - Fernbank.pdf', kind: 'fillable', pages: 1 }],
    expected: exp(MB, 'user_admin_nomination', org('B82031', 'gp_practice'), {
      service: 'GPP', nominee: p('Hollie Brennan', 'hollie.brennan@nhs.net'), approver: { ...p('Tomasz Wilk', 'tomasz.wilk@nhs.net'), role: 'GP Partner' },
    }, { traits: ['pdf_acroform', 'sender_is_neither_nominee_nor_approver', 'approver_in_cc', 'nominee_in_cc', 'previous_admin_mentioned', 'nhsmail_display_name_surname_first'] }),
  };
}

// 002: a retiring practice manager hands over to her successor; the signatory is the senior partner; the deputy
// (an existing admin) is copied in. Flat PDF exported from Word.
async function e002(): Promise<Built> {
  const id = '002-gpp-cert-flat-retiring-pm-handover';
  const date = '2026-11-09 15:47:31';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Margaret Oyelaran', email: 'm.oyelaran@nhs.net' },
    cc: [{ name: 'Declan Ferris', email: 'declan.ferris@nhs.net' }, { name: 'Lorna Kemp', email: 'lorna.kemp1@nhs.net' }],
    subject: 'GPP admin for our new Practice Manager - Castle Mead Surgery J83017',
  };
  const form = gppCertTemplate({
    practiceName: 'Castle Mead Surgery', odsCode: 'J83017', practiceAddress: '3 Abbey Walk\nCastle Mead\nCM4 2RT',
    nomineeName: 'Declan Ferris', nomineeJob: 'Practice Manager Designate', nomineeEmail: 'declan.ferris@nhs.net', nomineePhone: '01632 960744',
    approverName: 'Dr Anjali Raman', approverRole: 'Senior GP Partner', approverEmail: 'anjali.raman@nhs.net', date: '06/11/2026', signed: true, sigSeed: `${id}:raman`,
  });
  const pdf = await flatPdf(form, meta('GPP UA Certification form', 'Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365', '2026-11-06 12:05:00', 'Margaret Oyelaran'));
  const text = `Dear Portal Enquiries team,

After 22 years at Castle Mead I retire on 27 November, and Declan Ferris takes over from me as Practice Manager. Declan has been with us since October as Practice Manager Designate.

I'd be grateful if you could set Declan up as a GPP Practice User Administrator so that he can pick up the pensions and payments side. The certification form is attached - Part B is signed by our senior partner, Dr Anjali Raman.

Lorna Kemp, our deputy practice manager, is our other GPP admin, but she is on maternity leave until April, which is why we are using the form rather than adding Declan ourselves. My own access can be removed by Declan once he is set up.

Declan and Lorna are both copied in.

With best wishes,
Maggie

Margaret Oyelaran
Practice Manager (until 27/11/2026)
Castle Mead Surgery
3 Abbey Walk, Castle Mead, CM4 2RT
01632 960744`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('Castle Mead GPP UA form signed.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'Castle Mead GPP UA form signed.pdf', kind: 'flat', pages: 1 }],
    expected: exp(MB, 'user_admin_nomination', org('J83017', 'gp_practice'), {
      service: 'GPP', nominee: p('Declan Ferris', 'declan.ferris@nhs.net'), approver: { ...p('Anjali Raman', 'anjali.raman@nhs.net'), role: 'Senior GP Partner' },
    }, { traits: ['pdf_flat', 'handover_retirement', 'sender_is_outgoing_admin', 'existing_admin_in_cc', 'nickname_and_full_name'] }),
  };
}

// 003: the reception mailbox sends a printed GPP form filled in by hand and scanned; the outgoing manager is named.
async function e003(): Promise<Built> {
  const id = '003-gpp-cert-handwritten-scan';
  const date = '2026-11-17 09:41:55';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true, auth: false,
    from: { name: 'RECEPTION, Brookside Health Centre (L81044)', email: 'brookside.reception@nhs.net' },
    subject: 'Form from Dr Okonkwo',
  };
  const form = gppCertTemplate({
    practiceName: 'Brookside Health Centre', odsCode: 'L81044', practiceAddress: '12 Brook Street\nSomertown\nST4 1AB',
    nomineeName: 'Priya Nair', nomineeJob: 'Practice Manager', nomineeEmail: 'priya.nair7@nhs.net', nomineePhone: '01632 960222',
    approverName: 'Dr Chidi Okonkwo', approverRole: 'GP Partner', approverEmail: 'chidi.okonkwo@nhs.net', date: '16/11/2026', signed: true, sigSeed: `${id}:okonkwo`,
  });
  const page = scanPage(form.pages[0]!, { seed: id, dpi: 150, skewDeg: 0.8, hand: 'all', caps: ['nominee_name', 'practice_code'], noise: 9, speckles: 260, shadow: 'left', offset: [6, 4], jpegQuality: 70 });
  const pdf = await imagePdf([page], meta('Scan_20261117_0938', 'RICOH IM C3000', 'RICOH IM C3000', '2026-11-17 09:38:12'));
  const text = `Hello,

Please see the attached form which Dr Okonkwo has asked us to send to you.

Priya starts as our Practice Manager on Monday. Mr Haynes, who she is replacing, finishes on Friday.

Thanks
Stacey
Reception Team Lead
Brookside Health Centre`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('Scan_20261117_0938.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'Scan_20261117_0938.pdf', kind: 'scan', pages: 1 }],
    expected: exp(MB, 'user_admin_nomination', org('L81044', 'gp_practice'), {
      service: 'GPP', nominee: p('Priya Nair', 'priya.nair7@nhs.net'), approver: { ...p('Chidi Okonkwo', 'chidi.okonkwo@nhs.net'), role: 'GP Partner' },
    }, { traits: ['scan_handwritten', 'see_attached', 'shared_mailbox_sender', 'outgoing_manager_mentioned', 'first_name_only_in_body'] }),
  };
}

// 004: the CQC Registered Manager sends a table of the practice's PL admins; one row is the request.
async function e004(): Promise<Built> {
  const id = '004-pl-admin-table-cqc-manager';
  const date = '2026-11-05 13:02:47';
  const env: Envelope = {
    id, mailbox: MB, date, auth: false,
    from: { name: 'VARGHESE, Sunita (HOLLYBUSH FAMILY PRACTICE)', email: 'sunita.varghese@nhs.net' },
    cc: [{ name: 'PRYCE, Gareth (HOLLYBUSH FAMILY PRACTICE)', email: 'gareth.pryce@nhs.net' }],
    subject: 'PL Organisation Administrator - Hollybush Family Practice M85063',
  };
  const rows = [
    ['Name', 'Role at practice', 'Email', 'PL admin'],
    ['Gareth Pryce', 'Practice Manager', 'gareth.pryce@nhs.net', 'Current - leaving 11/12/2026'],
    ['Fiona Lamb', 'Senior Receptionist', 'fiona.lamb3@nhs.net', 'Current - no change'],
    ['Amina Chaudhry', 'Operations Manager', 'amina.chaudhry2@nhs.net', 'NEW - please set up'],
  ];
  const intro = `Dear Portal Enquiries team,

I am the CQC Registered Manager for Hollybush Family Practice (M85063). Our PL Organisation Administrators are currently as below. Gareth leaves us on 11 December and I would like to nominate Amina Chaudhry, our new Operations Manager, to take over his PL admin role.`;
  const outro = `Gareth will remove his own role before he goes, and Fiona stays as she is.

Kind regards,
Sunita

Dr Sunita Varghese MBBS MRCGP
GP Partner | CQC Registered Manager
Hollybush Family Practice
Hollybush Lane, Marlow Vale, MV2 8HN | 01632 960530`;
  const plainTable = rows.map((r) => r.join('\t')).join('\n');
  const text = `${intro}\n\n${plainTable}\n\n${outro}`;
  const html = `${msoParas(intro)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoTable(rows, [130, 140, 180, 170])}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(outro)}`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text, { html }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'user_admin_nomination', org('M85063', 'gp_practice'), {
      service: 'PL', nominee: p('Amina Chaudhry', 'amina.chaudhry2@nhs.net'), approver: { ...p('Sunita Varghese', 'sunita.varghese@nhs.net'), role: 'CQC Registered Manager' },
    }, { traits: ['html_table', 'table_one_row_is_request', 'outgoing_admin_in_cc', 'approver_is_sender', 'two_roles_in_signature'] }),
  };
}

// 005: the practice manager writes "on behalf of" the partner who is the CQC Registered Manager (in copy); a locum
// practice manager is mentioned in passing.
async function e005(): Promise<Built> {
  const id = '005-pl-admin-pm-pp-partner';
  const date = '2026-11-12 16:18:03';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Jennifer Castellano', email: 'jennifer.castellano@nhs.net' },
    cc: [{ name: 'Dr Rhodri Pritchard', email: 'rhodri.pritchard@nhs.net' }],
    subject: 'New PL Organisation Administrator - Wharfedale Road Surgery (B86110)',
  };
  const text = `Hi,

On behalf of Dr Rhodri Pritchard, GP Partner and our CQC Registered Manager (copied in), please could you set up a new PL Organisation Administrator for Wharfedale Road Surgery, B86110:

Name: Bethan Lloyd-Evans
Email: bethan.lloyd-evans@nhs.net
Role at practice: Medical Secretary / HR lead

At the moment I am our only PL admin and I start maternity leave on 8 January, so Dr Pritchard has asked that Bethan is set up before I go. Our locum practice manager from January, Steve Huxley, won't need PL access.

Thanks very much,
Jen

Jennifer Castellano
Practice Manager
pp Dr R Pritchard
Wharfedale Road Surgery
01632 960377`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'user_admin_nomination', org('B86110', 'gp_practice'), {
      service: 'PL', nominee: p('Bethan Lloyd-Evans', 'bethan.lloyd-evans@nhs.net'), approver: { ...p('Rhodri Pritchard', 'rhodri.pritchard@nhs.net'), role: 'CQC Registered Manager' },
    }, { traits: ['pp_signature', 'approver_in_cc', 'locum_mentioned', 'hyphenated_name', 'labelled_lines'] }),
  };
}

// 006: a family-run optician: the contract holder nominates his daughter-in-law; his wife (retired) and his son
// (a performer) share the surname.
async function e006(): Promise<Built> {
  const id = '006-opto-admin-family-same-surname';
  const date = '2026-11-10 11:36:20';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Rajan Shah', email: 'rajan@shahopticians.co.uk' },
    cc: [{ name: 'Priya Shah', email: 'priya.shah@shahopticians.co.uk' }],
    subject: 'OPTO user admin - Shah & Sons Opticians TPK31',
  };
  const text = `Hello,

I am the contract holder for Shah & Sons Opticians (TPK31). Please can you set up my daughter-in-law, Mrs Priya Shah, as the Opto User Management (Organisation) administrator for the practice. She has taken over the running of the practice from my wife, Meena Shah, who retired in October.

Priya's email address is priya.shah@shahopticians.co.uk (she is copied in).

For your records, my son Neel Shah (optometrist, GOC 01-23456) stays on as a performer with us and nothing changes for him. Please do not send anything further to Meena's old address, meena.shah@shahopticians.co.uk, as it will be closed at the end of the month.

Regards,

Rajan Shah BSc FCOptom
Contract Holder
Shah & Sons Opticians
41 Market Street, Ashby Cross, AC3 5PL
Tel 01632 960912`;
  const eml = message(gmailHeaders(env), gmailAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'user_admin_nomination', org('TPK31', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: p('Priya Shah', 'priya.shah@shahopticians.co.uk'), approver: { ...p('Rajan Shah', 'rajan@shahopticians.co.uk'), role: 'Contract Holder' },
    }, { traits: ['same_surname_family', 'approver_is_sender', 'non_nhs_domain', 'performer_mentioned', 'gmail'] }),
  };
}

// 007: the contract holder replies "approved" above the store manager's request; the quoted table lists four
// existing OPTO admins and one new one: a fifth admin.
async function e007(): Promise<Built> {
  const id = '007-opto-fifth-admin-approved-reply';
  const date = '2026-11-19 08:55:12';
  const origDate = '2026-11-18 17:20:40';
  const origId = outlookMessageId(id, 'orig');
  const env: Envelope = {
    id, mailbox: MB, date, auth: 'pass',
    from: { name: 'Dev Patel', email: 'dev.patel@clearvieweyecare.co.uk' },
    cc: [{ name: 'Louise Carter', email: 'louise.carter@clearvieweyecare.co.uk' }],
    subject: 'RE: Additional OPTO admin - Clearview Eyecare TPF08',
    inReplyTo: origId, references: [origId],
  };
  const top = `Approved - please set Ola up as below.

Dev

Dev Patel MCOptom
Contract Holder | Clearview Eyecare
`;
  const origIntro = `Hi PCSE,

We'd like to add another Opto User Management (Organisation) admin for Clearview Eyecare, TPF08. Our current admins are:`;
  const rows = [
    ['Name', 'Position', 'Email'],
    ['Louise Carter', 'Store Manager', 'louise.carter@clearvieweyecare.co.uk'],
    ['James Whitfield', 'Optical Assistant Supervisor', 'james.whitfield@clearvieweyecare.co.uk'],
    ['Sana Iqbal', 'Dispensing Optician', 'sana.iqbal@clearvieweyecare.co.uk'],
    ['Dev Patel', 'Contract Holder', 'dev.patel@clearvieweyecare.co.uk'],
  ];
  const origOutro = `Please could you add Olamide (Ola) Bankole, our new Assistant Manager, as well: olamide.bankole@clearvieweyecare.co.uk. Dev is copied in to approve.

Thanks
Louise Carter
Store Manager`;
  const qh = { from: 'Louise Carter <louise.carter@clearvieweyecare.co.uk>', sent: longDate(origDate), to: 'pcse.portalenquiries@nhs.net', cc: 'Dev Patel <dev.patel@clearvieweyecare.co.uk>', subject: 'Additional OPTO admin - Clearview Eyecare TPF08' };
  const text = `${top}\n${plainQuoteHeader(qh)}\n\n${origIntro}\n\n${rows.map((r) => r.join(' | ')).join('\n')}\n\n${origOutro}`;
  const html = `${msoParas(top)}\n<div>\n${msoQuoteHeader(qh)}\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(origIntro)}\n${msoTable(rows)}\n${msoParas(`\n${origOutro}`)}`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text, { html, disclaimer: false }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'user_admin_nomination', org('TPF08', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: p('Olamide Bankole', 'olamide.bankole@clearvieweyecare.co.uk'), approver: { ...p('Dev Patel', 'dev.patel@clearvieweyecare.co.uk'), role: 'Contract Holder' },
    }, { mustRaise: ['admin_limit_reached'], traits: ['reply_above_quote', 'html_table', 'table_lists_existing_admins', 'nickname_and_full_name', 'approver_is_sender', 'non_nhs_domain'] }),
  };
}

// 008: an ICB approver forwards a PCN's request with the PCN form; the clinical director, the nominee and a
// previous PCN manager are all named.
async function e008(): Promise<Built> {
  const id = '008-pcn-admin-icb-forwards-form';
  const date = '2026-11-23 14:12:36';
  const fwdDate = '2026-11-20 12:03:00';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true, auth: false,
    from: { name: 'ACHTERBERG, Naomi (NHS SEVERN VALE ICB - 15Q)', email: 'naomi.achterberg@nhs.net' },
    cc: [{ name: 'ADEBAYO, Femi (RIVERBEND PCN)', email: 'femi.adebayo@nhs.net' }],
    subject: 'FW: PCN user admin request - Riverbend PCN',
  };
  const form = pcnTemplate({
    pcnName: 'Riverbend PCN', pcnCode: 'U63418', leadPractice: 'Riverbend Medical Centre (K82610)',
    nomineeName: 'Charlotte Greaves', nomineeJob: 'PCN Manager', nomineeEmail: 'charlotte.greaves@nhs.net', nomineePhone: '01632 961044',
    cdName: 'Dr Femi Adebayo', cdEmail: 'femi.adebayo@nhs.net',
    icbName: 'NHS Severn Vale ICB', approverName: 'Naomi Achterberg', approverJob: 'Senior Primary Care Contracts Manager', approverEmail: 'naomi.achterberg@nhs.net',
    date: '23/11/2026', signed: true, sigSeed: `${id}:na`,
  });
  const pdf = await fillablePdf(form, meta('PCN User Administrator Request', 'Microsoft Word', 'Adobe PDF Library 24.3.61', '2026-11-23 14:05:00'), (n) => n);
  const text = `Dear PCSE,

Please find attached a PCN user admin request from Riverbend PCN (U63418), which I approve as an ICB approver on the NHSE Authorised Email List. Section D is completed.

The form was completed by the PCN's Clinical Director, Dr Femi Adebayo (copied), and nominates their PCN Manager, Charlotte Greaves. Dr Adebayo's covering email is below for information.

Kind regards
Naomi

Naomi Achterberg
Senior Primary Care Contracts Manager
NHS Severn Vale Integrated Care Board
naomi.achterberg@nhs.net | 01632 961900

${plainQuoteHeader({ from: 'ADEBAYO, Femi (RIVERBEND PCN) <femi.adebayo@nhs.net>', sent: longDate(fwdDate), to: 'ACHTERBERG, Naomi (NHS SEVERN VALE ICB - 15Q) <naomi.achterberg@nhs.net>', subject: 'PCN user admin request - Riverbend PCN' })}

Hi Naomi,

As discussed at the CD forum, please find the PCN user admin form for Charlotte attached. Our previous PCN manager, Ian Rusk, left in September and he was our only user admin, so at the moment nobody can add our ARRS staff.

Many thanks
Femi

Dr Femi Adebayo
Clinical Director, Riverbend PCN
GP Partner, Riverbend Medical Centre`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('Riverbend PCN UA request - signed.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'Riverbend PCN UA request - signed.pdf', kind: 'fillable', pages: 1 }],
    expected: exp(MB, 'user_admin_nomination', org('U63418', 'pcn'), {
      service: 'PCN', nominee: p('Charlotte Greaves', 'charlotte.greaves@nhs.net'), approver: { ...p('Naomi Achterberg', 'naomi.achterberg@nhs.net'), role: 'Senior Primary Care Contracts Manager' },
    }, { traits: ['pdf_acroform', 'forwarded_inline', 'approver_forwards', 'clinical_director_in_cc', 'previous_admin_mentioned', 'two_codes_pcn_and_practice'] }),
  };
}

// 009: a PCN clinical director approves his own PCN request because the ICB lead is away, and says he is not on
// the AEL; his own practice's code is in his signature.
async function e009(): Promise<Built> {
  const id = '009-pcn-admin-cd-not-on-ael';
  const date = '2026-11-26 18:44:51';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Dr Hamish Drummond', email: 'hamish.drummond@nhs.net' },
    cc: [{ name: 'Zoe Ridley', email: 'zoe.ridley1@nhs.net' }, { name: 'Marcus Obi', email: 'marcus.obi@nhs.net' }],
    subject: 'Kingsmoor PCN - PCN user admin',
  };
  const text = `Dear PCSE,

Kingsmoor PCN (U28105) has no PCN user admin. Please can you set up Marcus Obi, our Digital and Transformation Lead, as PCN user admin - marcus.obi@nhs.net.

I appreciate your guidance says this should come from an ICB approver on the AEL. Our ICB primary care lead, Rebecca Stannard, is on long-term leave and nobody else at the ICB has been able to pick it up, so as Clinical Director I am approving this myself. I should say I am not on the AEL and I don't work for the ICB.

Zoe Ridley, our PCN business manager, is copied in and can supply anything else you need.

Best wishes,
Hamish

Dr Hamish Drummond
Clinical Director, Kingsmoor PCN
GP Partner, Moorside Surgery (K81022)`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'user_admin_nomination', org('U28105', 'pcn'), {
      service: 'PCN', nominee: p('Marcus Obi', 'marcus.obi@nhs.net'), approver: { ...p('Hamish Drummond', 'hamish.drummond@nhs.net'), role: 'Clinical Director' },
    }, { mustRaise: ['approver_not_on_ael'], traits: ['approver_is_sender', 'absent_icb_lead_named', 'business_manager_in_cc', 'two_codes_pcn_and_practice'] }),
  };
}

// 010: the retiring main contact asks for her successor; outgoing and incoming side by side; the senior partner
// is in copy to authorise.
async function e010(): Promise<Built> {
  const id = '010-main-contact-retiring-handover';
  const date = '2026-11-16 14:29:10';
  const env: Envelope = {
    id, mailbox: MB, date, auth: false,
    from: { name: 'GREATOREX, Pauline (THE LIMES SURGERY)', email: 'pauline.greatorex@nhs.net' },
    cc: [{ name: 'DOSHI, Ravi (THE LIMES SURGERY)', email: 'ravi.doshi@nhs.net' }, { name: 'VANCE, Eleanor (Dr) (THE LIMES SURGERY)', email: 'eleanor.vance@nhs.net' }],
    subject: 'Change of Main Contact - The Limes Surgery C82045',
  };
  const text = `Good afternoon,

I am the current Main Contact for The Limes Surgery (ODS C82045) and I retire on 18 December. I understand I can't pass the role on myself, so please could you change our main contact to my successor:

Outgoing main contact:  Pauline Greatorex - pauline.greatorex@nhs.net
New main contact:       Ravi Doshi - ravi.doshi@nhs.net (Practice Manager from 1 December)

Dr Eleanor Vance, our senior partner, is copied in and is happy to confirm that she authorises the change.

Thank you for all your help over the years.

Pauline Greatorex
Practice Manager
The Limes Surgery, 27 Limes Avenue, Hartfield, HF1 6DD
01632 960615`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_change', org('C82045', 'gp_practice'), { newMainContact: p('Ravi Doshi', 'ravi.doshi@nhs.net') }, {
      traits: ['old_new_side_by_side', 'handover_retirement', 'sender_is_outgoing_contact', 'authoriser_in_cc'],
    }),
  };
}

// 011: two merged practices and their codes; the request is about one of them, and the new contact is the sender.
async function e011(): Promise<Built> {
  const id = '011-main-contact-merger-two-codes';
  const date = '2026-12-01 09:03:44';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Suleiman Haddad', email: 'suleiman.haddad@nhs.net' },
    cc: [{ name: 'Dr Colin Farrow', email: 'colin.farrow@nhs.net' }],
    subject: 'Main contact - Northgate Medical Centre E84019 (merger with Priory Lane)',
  };
  const text = `Hello,

From today, 1 December 2026, Priory Lane Surgery (E84062) has merged into Northgate Medical Centre (E84019) and the Priory Lane patient list is transferring across. E84062 will close once the list transfer is complete, and that is being handled separately.

This email is only about Northgate Medical Centre, E84019. Our main contact has been Dr Colin Farrow, who has stepped down from the partnership and is now working with us as a salaried GP, so he has asked to hand the main contact role over. As the Business Manager of the merged practice, please can you make me the main contact for E84019:

Name: Suleiman Haddad
Email: suleiman.haddad@nhs.net

Priory Lane's main contact, Jackie Moss, is not moving across with us, so nothing needs to change on E84062.

Colin is copied in.

Regards,
Suleiman Haddad
Business Manager
Northgate & Priory Medical Group
Northgate Medical Centre, 2 Northgate, Elmbury, EL5 3JW | 01632 960804`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_change', org('E84019', 'gp_practice'), { newMainContact: p('Suleiman Haddad', 'suleiman.haddad@nhs.net') }, {
      traits: ['merger_two_codes', 'new_contact_is_sender', 'outgoing_contact_in_cc', 'other_practice_contact_named'],
    }),
  };
}

// 012: a dentist forwards his practice manager's draft; she is "Kasia" in his note, "KZ" under her draft and her
// full name in the request itself.
async function e012(): Promise<Built> {
  const id = '012-main-contact-dental-three-names';
  const date = '2026-11-24 12:51:28';
  const draftDate = '2026-11-24 10:15:02';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Andrew Kerr', email: 'andrew.kerr7@nhs.net' },
    cc: [{ name: 'Katarzyna Zielińska', email: 'k.zielinska@nhs.net' }],
    subject: 'FW: Main contact change - Harbourside Dental Care V021457',
  };
  const top = `Dear PCSE,

Kasia has asked me to send the below on as I am the contract holder. I confirm the change.

Andrew Kerr BDS
Principal Dentist
Harbourside Dental Care`;
  const qh = { from: 'Katarzyna Zielińska <k.zielinska@nhs.net>', sent: longDate(draftDate), to: 'Andrew Kerr <andrew.kerr7@nhs.net>', subject: 'Main contact change - Harbourside Dental Care V021457' };
  const draft = `Hi Andrew,

Could you forward this to PCSE please - I think it needs to come from you.

---

Main contact change for Harbourside Dental Care (V021457)

Previous main contact: Lynne Forbes (left August 2026)
New main contact: Katarzyna Zielińska
Email: k.zielinska@nhs.net

Thanks,
KZ
Practice Manager`;
  const text = `${top}\n\n${plainQuoteHeader(qh)}\n\n${draft}`;
  const html = `${msoParas(top)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoQuoteHeader(qh)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(draft)}`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text, { html }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_change', org('V021457', 'dental_practice'), { newMainContact: p('Katarzyna Zielińska', 'k.zielinska@nhs.net') }, {
      traits: ['same_person_three_ways', 'forwarded_draft', 'non_ascii_name', 'rfc2047_header', 'previous_contact_named'],
    }),
  };
}

// 013: a GP partner asks for his own verification link from his phone; the practice manager and two other
// partners are mentioned.
async function e013(): Promise<Built> {
  const id = '013-verification-gp-own-iphone';
  const date = '2026-11-06 07:58:16';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Oluwaseun Bakare', email: 'seun.bakare@nhs.net' },
    cc: [{ name: 'Trish Moody', email: 'trish.moody@nhs.net' }],
    subject: 'PCSE Online verification link',
  };
  const text = `Hi

I'm a GP partner at Elmwood Surgery (G82150). I never received the verification link for PCSE Online. My GMC number is 7123456 and my GMC registered email is seun.bakare@nhs.net, which is the one I'm writing from.

Our practice manager Trish (cc'd) says Dr Lam and Dr Whitby got theirs in October. Could you resend mine please?

Thanks
Seun

Sent from my iPhone`;
  const eml = message(iphoneHeaders(env), textPart(text, { csLabel: 'utf-8' }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'verification_link_resend', org('G82150', 'gp_practice'), { accountEmail: 'seun.bakare@nhs.net', gmcNumber: '7123456' }, {
      traits: ['iphone', 'nickname_and_full_name', 'practice_manager_in_cc', 'other_gps_named'],
    }),
  };
}

// 014: a practice manager asks for a new partner's link: not the sender's own account.
async function e014(): Promise<Built> {
  const id = '014-verification-pm-for-new-partner';
  const date = '2026-11-11 11:20:05';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'ATHERTON, Gemma (SALTWELL MEDICAL PRACTICE)', email: 'gemma.atherton@nhs.net' },
    subject: 'Verification link - Dr Imran Qureshi',
  };
  const text = `Hi,

Could you please resend the PCSE Online verification link for one of our new partners, Dr Imran Qureshi. He joined Dr Holt and Dr Neville in the partnership on 1 November.

His GMC registered email address is imran.qureshi3@nhs.net and his GMC number is 7654321.

He is consulting all day today so I said I would email on his behalf.

Many thanks
Gemma Atherton
Practice Manager
Saltwell Medical Practice (A89022)`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'verification_link_resend', org('A89022', 'gp_practice'), { accountEmail: 'imran.qureshi3@nhs.net', gmcNumber: '7654321' }, {
      mustRaise: ['not_own_account'], traits: ['on_behalf_of', 'other_partners_named', 'code_in_signature_only'],
    }),
  };
}

// 015: a pharmacy manager asks for his own link; the superintendent who nominated him and the previous admin are named.
async function e015(): Promise<Built> {
  const id = '015-verification-pharmacy-admin-own';
  const date = '2026-11-30 10:07:39';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Ahmed Rahimi', email: 'ahmed.rahimi@nhs.net' },
    subject: 'New verification link please - Parkview Pharmacy FV416',
  };
  const text = `Hello,

I was set up as a user administrator for Parkview Pharmacy (FV416) by your team a fortnight ago, after our superintendent pharmacist, Mrs Joanna Pike, sent in the request. Unfortunately the verification link expired before I could use it as I was on annual leave.

Could you please send a new link to my account, ahmed.rahimi@nhs.net.

Our previous administrator, Colin Dyer, left the company in the summer so at the moment nobody here can log in to manage users.

Regards,
Ahmed Rahimi MPharm
Pharmacy Manager
Parkview Pharmacy, 6 Parkview Parade, Lowbridge, LB9 2EE`;
  const eml = message(outlookHeaders(env), outlookPlain(text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'verification_link_resend', org('FV416', 'pharmacy'), { accountEmail: 'ahmed.rahimi@nhs.net', gmcNumber: null }, {
      traits: ['superintendent_named', 'previous_admin_mentioned', 'plain_text_only'],
    }),
  };
}

// 016: the deputy writes for the locked-out practice manager (in copy); a partner is mentioned.
async function e016(): Promise<Built> {
  const id = '016-unlock-deputy-for-pm';
  const date = '2026-11-27 09:12:58';
  const env: Envelope = {
    id, mailbox: MB, date, importance: 'high',
    from: { name: 'Denise Okafor', email: 'denise.okafor@nhs.net' },
    cc: [{ name: 'Rachel Thornbury', email: 'rachel.thornbury@nhs.net' }],
    subject: 'URGENT - locked PCSE Online account - Beacon Hill Surgery P81077',
  };
  const text = `Dear PCSE,

Our Practice Manager, Rachel Thornbury, locked her PCSE Online account this morning after too many password attempts. She is our main contact and one of our GPP admins.

Her username is rachel.thornbury@nhs.net.

Rachel is at a training day and asked me to email on her behalf - she is copied in. Please could you unlock the account? Dr Mensah, our senior partner, would like the pension forms submitted before the deadline.

Thank you
Denise Okafor
Deputy Practice Manager
Beacon Hill Surgery (P81077)`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'account_unlock', org('P81077', 'gp_practice'), { username: 'rachel.thornbury@nhs.net' }, {
      traits: ['on_behalf_of', 'account_holder_in_cc', 'partner_mentioned'],
    }),
  };
}

// 017: short message from a phone; a locum GP is mentioned in passing.
async function e017(): Promise<Built> {
  const id = '017-unlock-iphone-locum-mention';
  const date = '2026-12-02 13:33:07';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Sam Fry', email: 'samantha.fry@nhs.net' },
    subject: 'Locked out',
  };
  const text = `Hi my account is locked (5 wrong passwords, sorry!). Username samantha.fry@nhs.net

I'm the GPP admin at Millbrook Surgery D82044. Dr Ansell our locum was sitting with me to do his locum forms when it happened.

Can you unlock it please

Thanks
Sam Fry

Sent from my iPhone`;
  const eml = message(iphoneHeaders(env), textPart(text, { cte: '7bit', csLabel: 'us-ascii' }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'account_unlock', org('D82044', 'gp_practice'), { username: 'samantha.fry@nhs.net' }, {
      traits: ['iphone', 'terse', 'locum_mentioned', 'nickname_and_full_name'],
    }),
  };
}

// 018: a dental practice's main contact asks to reactivate her own account; the principal is in copy and a nurse
// (whom the practice reactivates itself) is also mentioned.
async function e018(): Promise<Built> {
  const id = '018-reactivation-dental-main-contact';
  const date = '2026-11-13 15:05:49';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Fiona MacLeod', email: 'fiona.macleod4@nhs.net' },
    cc: [{ name: 'Graham Ruddock', email: 'graham.ruddock@nhs.net' }],
    subject: 'Deactivated account - Ashgrove Dental Practice V004871',
  };
  const text = `Hello,

My PCSE Online account has been deactivated. I haven't logged in since the summer because our principal, Mr Graham Ruddock (copied), did our supplies ordering while I was off.

I am the Main Contact for Ashgrove Dental Practice (V004871). My username is fiona.macleod4@nhs.net.

Please can you reactivate it? One of our nurses, Kelly Dunn, has also been deactivated but I understand I can sort her out myself once I am back in.

Many thanks,
Fiona MacLeod
Practice Manager
Ashgrove Dental Practice`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'account_reactivation', org('V004871', 'dental_practice'), { username: 'fiona.macleod4@nhs.net' }, {
      traits: ['second_deactivated_user_mentioned', 'principal_in_cc'],
    }),
  };
}

// 019: a GP partner asks for the practice's PL admin's account to be reactivated; the other admin (off sick) and a
// performer waiting for approval are named.
async function e019(): Promise<Built> {
  const id = '019-reactivation-partner-for-pl-admin';
  const date = '2026-11-20 17:26:31';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'ACHEBE, Miriam (ST AIDAN\'S MEDICAL CENTRE)', email: 'miriam.achebe@nhs.net' },
    cc: [{ name: 'KAVANAGH, Joseph (ST AIDAN\'S MEDICAL CENTRE)', email: 'joseph.kavanagh@nhs.net' }],
    subject: 'Reactivate PL admin account - St Aidan\'s Medical Centre N81093',
  };
  const text = `Dear colleagues,

Our PL Organisation Administrator, Joe Kavanagh, has found that his PCSE Online account has been deactivated. His username is joseph.kavanagh@nhs.net.

Joe is one of our two PL admins; the other, Wendy Lau, is on long-term sick leave, so at present nobody can approve Dr Singh's change of status. Please could you reactivate Joe's account?

Joe is copied in.

Kind regards

Dr Miriam Achebe
GP Partner
St Aidan's Medical Centre, N81093`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'account_reactivation', org('N81093', 'gp_practice'), { username: 'joseph.kavanagh@nhs.net' }, {
      traits: ['on_behalf_of', 'nickname_and_full_name', 'other_admin_named', 'performer_named', 'apostrophe_in_org_name'],
    }),
  };
}

// 020: a practice manager asks PCSE to remove a retired partner's roles; the senior partner and a locum are named.
async function e020(): Promise<Built> {
  const id = '020-role-removal-retired-partner';
  const date = '2026-11-18 12:40:22';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Claire Holloway', email: 'claire.holloway@nhs.net' },
    cc: [{ name: 'Dr Neil Bamford', email: 'neil.bamford@nhs.net' }],
    subject: 'Remove roles - Dr P Sowerby - Greenacres Surgery H81076',
  };
  const text = `Hi,

Dr Philippa Sowerby retired from the partnership on 30 September. Please can you remove the following roles from her PCSE Online account:

- GPP Practice User Administrator
- Joiner & Leaver

Her username is philippa.sowerby@nhs.net.

Our locum, Dr Kwame Asante, also still shows against our practice, but as he is a performer I assume he manages his own record.

Dr Bamford (copied) has asked that this is done before the year end.

Thanks
Claire Holloway
Practice Manager, Greenacres Surgery (H81076)`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'role_removal_request', org('H81076', 'gp_practice'), { username: 'philippa.sowerby@nhs.net', roles: ['GPP Practice User Administrator', 'Joiner & Leaver'] }, {
      traits: ['bulleted_roles', 'locum_mentioned', 'partner_in_cc', 'initial_in_subject'],
    }),
  };
}

// 021: a dental contract holder asks to remove a former associate's roles; no username is given.
async function e021(): Promise<Built> {
  const id = '021-role-removal-dental-no-username';
  const date = '2026-12-03 16:02:13';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Yusuf Demir', email: 'yusuf.demir@nhs.net' },
    subject: 'Former associate - Quayside Dental V019203',
  };
  const text = `Good afternoon,

Please remove the Contractor Signatory and Performer roles from our former associate, Ms Anneliese Brandt. She left us on 31 October to join a practice in Cardiff.

Our practice manager, Tina, is away this week so I am writing myself.

Yusuf Demir BDS
Principal Dentist / Contract Holder
Quayside Dental (V019203)`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'role_removal_request', org('V019203', 'dental_practice'), { username: null, roles: ['Contractor Signatory', 'Performer'] }, {
      traits: ['username_not_given', 'practice_manager_first_name_only', 'roles_in_prose'],
    }),
  };
}

// 022 (misdirected): a practice email change sent to portalenquiries, in a table of old and new values of which
// only the email row is the request.
async function e022(): Promise<Built> {
  const id = '022-practice-email-misdirected-old-new-table';
  const date = '2026-11-25 10:48:37';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'FARRINGTON, Wendy (STONEBRIDGE SURGERY)', email: 'wendy.farrington@nhs.net' },
    subject: 'Update practice email address - Stonebridge Surgery F83021',
  };
  const rows = [
    ['', 'Old', 'New'],
    ['Practice email', 'stonebridge.surgery@nhs.net', 'stonebridgesurgery.f83021@nhs.net'],
    ['Practice manager', 'Trevor Adkins (retired)', 'Wendy Farrington'],
    ['Telephone', '01632 960 100', 'unchanged'],
  ];
  const intro = `Hello,

Dr Iqbal and Dr Hart have asked me to let you know that the practice email address for Stonebridge Surgery (F83021) has changed. Please update your records as below.`;
  const outro = `The old mailbox was set up years ago by Trevor and is being closed by the ICB IT team at the end of December. Please send any confirmation to the new address.

Many thanks,
Wendy Farrington
Office Manager
Stonebridge Surgery`;
  const text = `${intro}\n\n${rows.map((r) => r.join('\t')).join('\n')}\n\n${outro}`;
  const html = `${msoParas(intro)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoTable(rows, [120, 210, 230])}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(outro)}`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text, { html }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'practice_email_update', org('F83021', 'gp_practice'), { currentEmail: 'stonebridge.surgery@nhs.net', newEmail: 'stonebridgesurgery.f83021@nhs.net' }, {
      traits: ['misdirected', 'html_table', 'old_new_side_by_side', 'table_one_row_is_request', 'partners_named'],
    }),
  };
}

// 023: a new practice manager asks who holds which role: a question, not a request PCSE can act on.
async function e023(): Promise<Built> {
  const id = '023-question-who-holds-roles';
  const date = '2026-11-02 11:14:50';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Oliver Brandreth', email: 'oliver.brandreth@nhs.net' },
    subject: 'Who are our user admins?',
  };
  const text = `Hello,

I started as Practice Manager at Kingfisher Surgery (J82088) three weeks ago, taking over from Sue Halliwell. Sue left without a handover and I am trying to work out who has which access.

Could you tell me who PCSE has recorded as our main contact and as our GPP and PL administrators? I believe it may still be Sue, and possibly Dr Ferreira and our former secretary Joan Pettit, but I can't see anything in PCSE Online as I don't have a login yet.

Once I know, I'll get the right forms sent over.

Thanks,
Oliver Brandreth
Practice Manager, Kingfisher Surgery`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { traits: ['question', 'several_people_named', 'no_action_requested'] }),
  };
}

// 024: a chaser on an existing case, with the reference in the subject and several people named.
async function e024(): Promise<Built> {
  const id = '024-chaser-with-reference';
  const date = '2026-12-04 08:37:19';
  const prevId = outlookMessageId(id, 'ack');
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Harriet Nwosu', email: 'harriet.nwosu@nhs.net' },
    subject: 'RE: PCSE Enquiry Received - Ref PCSE-2026-004718',
    inReplyTo: prevId, references: [prevId],
  };
  const text = `Good morning,

I emailed on 19 November asking for our new GPP admin to be set up (reference above) and haven't heard anything since. Dr Coates signed the form and Mrs Varley, who is the nominee, still has no access.

Could you let me know where this is up to please? Our pension return is due.

Thanks
Harriet Nwosu
Assistant Practice Manager
Penrose Medical Practice

${plainQuoteHeader({ from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: longDate('2026-11-19 14:02:00'), to: 'Harriet Nwosu <harriet.nwosu@nhs.net>', subject: 'PCSE Enquiry Received - Ref PCSE-2026-004718' })}

Thank you for contacting Primary Care Support England. Your enquiry has been received and logged with reference PCSE-2026-004718. Please quote this reference in any further correspondence.`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { traits: ['chaser', 'case_reference_in_subject', 'quoted_acknowledgement', 'several_people_named'] }),
  };
}

// 025: an out-of-office reply naming two colleagues to contact instead.
async function e025(): Promise<Built> {
  const id = '025-auto-reply-out-of-office';
  const date = '2026-11-30 06:00:04';
  const env: Envelope = {
    id, mailbox: MB, date, auth: false,
    from: { name: 'HUGHES, Bronwen (LLANFAIR ROAD SURGERY)', email: 'bronwen.hughes@nhs.net' },
    subject: 'Automatic reply: PCSE Online - GPP user admin request',
  };
  const text = `Thank you for your email. I am on annual leave until Monday 14 December with no access to email.

For anything urgent please contact Gethin Price, Deputy Practice Manager (gethin.price@nhs.net), or for clinical matters Dr Sian Morgan via reception on 01632 960222.

Bronwen Hughes
Practice Manager`;
  const headers = [...outlookHeaders(env), 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: bronwen.hughes@nhs.net'];
  const eml = message(headers, outlookAlt(id, text, { disclaimer: false }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { ignored: 'auto_reply', traits: ['auto_reply', 'alternates_named'] }),
  };
}

// 026: a three-page scanned pack: a covering letter about a merger (page 1), the GPP form (page 2) and the old
// practice's admin list (page 3). The email itself names no nominee.
async function e026(): Promise<Built> {
  const id = '026-gpp-cert-multipage-scan-form-on-page-2';
  const date = '2026-12-02 11:27:45';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true, auth: false,
    from: { name: 'QUINN, Heather (RIVERSIDE & DENE MEDICAL PARTNERSHIP)', email: 'heather.quinn@nhs.net' },
    subject: 'Merger paperwork and GPP admin form - K83058',
  };
  const letter = letterDoc(
    ['Riverside & Dene Medical Partnership', 'Riverside Surgery, 1 Quay Road, Dene Bridge, DB2 4QA', 'Tel 01632 960450  |  heather.quinn@nhs.net'],
    ['Primary Care Support England', 'PCSE Online - Portal Enquiries', 'pcse.portalenquiries@nhs.net'],
    '1 December 2026',
    [
      'Dear Sir or Madam,',
      'Merger of Riverside Surgery (K83058) and Dene Valley Practice (K83621)',
      'We write to confirm that, with the agreement of the ICB, Riverside Surgery and Dene Valley Practice merged on 1 December 2026. The merged partnership continues under ODS code K83058; Dene Valley Practice\'s code K83621 will be closed once its patient list has transferred.',
      'Dene Valley\'s previous GPP administrators (listed on the last page for information) no longer work for the partnership and we ask that no access is granted on K83621.',
      'Enclosed is the GP Payments and Pensions Practice User Administrator certification form for the merged practice, signed by one of our approvers.',
      'Yours faithfully,',
    ],
    [{ name: 'Dr Graham Lister', role: 'Senior Partner', seed: `${id}:lister` }, { name: 'Heather Quinn', role: 'Managing Partner', seed: `${id}:quinn` }],
  );
  const form = gppCertTemplate({
    practiceName: 'Riverside & Dene Medical Partnership', odsCode: 'K83058', practiceAddress: 'Riverside Surgery\n1 Quay Road, Dene Bridge\nDB2 4QA',
    nomineeName: 'Nathan Cole', nomineeJob: 'Finance Lead', nomineeEmail: 'nathan.cole@nhs.net', nomineePhone: '01632 960452',
    approverName: 'Dr Ifeoma Nwosu', approverRole: 'GP Partner', approverEmail: 'ifeoma.nwosu@nhs.net', date: '01/12/2026', signed: true, sigSeed: `${id}:nwosu`,
  });
  const admins = tableDoc('Dene Valley Practice (K83621) - GPP administrators before the merger', ['For information only. None of the people below should be given access on either code.'],
    ['Name', 'Role', 'Email', 'Status'],
    [['Maureen Tully', 'Practice Manager', 'maureen.tully@nhs.net', 'Retired 30/11/2026'], ['Kevin Osei', 'Finance Assistant', 'kevin.osei2@nhs.net', 'Left 31/10/2026'], ['Dr Paul Ingram', 'GP Partner', 'paul.ingram@nhs.net', 'Retired 30/11/2026']],
    [130, 115, 160, 100]);
  const pages = [
    scanPage(letter.pages[0]!, { seed: `${id}:1`, dpi: 150, skewDeg: -0.5, noise: 8, speckles: 180, shadow: 'right', jpegQuality: 68, ink: [20, 20, 30] }),
    scanPage(form.pages[0]!, { seed: `${id}:2`, dpi: 150, skewDeg: 0.9, noise: 8, speckles: 220, shadow: 'right', offset: [-4, 6], jpegQuality: 68, ink: [20, 20, 30], scribble: [{ x: 470, y: 795, s: 'p.2' }] }),
    scanPage(admins.pages[0]!, { seed: `${id}:3`, dpi: 150, skewDeg: -0.3, noise: 8, speckles: 150, shadow: 'right', jpegQuality: 68 }),
  ];
  const pdf = await imagePdf(pages, meta('Scanned Document', 'Canon iR-ADV C5535  PDF', 'Adobe PSL 1.3e for Canon', '2026-12-02 11:19:33'));
  const text = `Good morning,

Please see the attached scanned pack.

Page 1 is our covering letter confirming the merger of Riverside Surgery and Dene Valley Practice; the merged practice keeps the Riverside code, K83058. Page 2 is the GPP Practice User Administrator certification form for our new finance lead, who will be the GPP admin for the merged practice. Page 3 is Dene Valley's old list of admins, for information only.

Kind regards,
Heather

Heather Quinn
Managing Partner (non-clinical)
Riverside & Dene Medical Partnership`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('20261202112345.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: '20261202112345.pdf', kind: 'scan', pages: 3 }],
    expected: exp(MB, 'user_admin_nomination', org('K83058', 'gp_practice'), {
      service: 'GPP', nominee: p('Nathan Cole', 'nathan.cole@nhs.net'), approver: { ...p('Ifeoma Nwosu', 'ifeoma.nwosu@nhs.net'), role: 'GP Partner' },
    }, { traits: ['scan_multipage', 'form_not_on_first_page', 'merger_two_codes', 'nominee_only_in_scan', 'distractor_people_in_scan', 'letter_signed_by_two'] }),
  };
}

export const portalEmails = [e001, e002, e003, e004, e005, e006, e007, e008, e009, e010, e011, e012, e013, e014, e015, e016, e017, e018, e019, e020, e021, e022, e023, e024, e025, e026];

