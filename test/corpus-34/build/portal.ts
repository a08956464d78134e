// portalenquiries: the emails of corpus-34 (writer AD) that arrived in pcse.portalenquiries@nhs.net.
import { escHtml, msoParas, msoTable, leaf, multi, pdf, text, html, textTable, outlookHtml } from './lib.js';
import {
  type Item, item, nov, novLong, outlookId, appleId, outlookAlt, withPdfs, person, practiceDisclaimer, appleBoundary, outlookBoundary,
} from './common.js';
import { gppCertAcroOdd, gppCertFlat, pcnFormFlat, optoNominationScan } from './forms.js';

const M = 'portalenquiries' as const;

export async function portal(): Promise<Item[]> {
  const out: Item[] = [];

  // 1 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p01';
    const partners = ['Dr Simon Whitcombe', 'Dr Rohit Anand', 'Dr Margaret Lyle', "Dr Joseph O'Hara", 'Dr Ewa Nowicka'];
    const body = `Hello,

Please find attached our completed GPP Practice User Administrator certification form.

Our previous GPP user admin retired at the end of October and at the moment nobody at the practice can add the Joiner & Leaver role for our new starters. Dr Anand has completed and signed part B.

Many thanks

Claire Donnelly
Practice Manager
Brookfield Medical Practice
Brookfield Road, Penketh, Warrington WA5 2PL
Tel 01925 555 143

${practiceDisclaimer('Brookfield Medical Practice', partners)}`;
    const frag = `${msoParas(body.split('\n\nClaire Donnelly')[0]!)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table border="0" cellpadding="0" style="border-collapse:collapse"><tr><td style="border-right:solid #005EB8 2.0pt;padding:0 8pt 0 0"><p class="MsoNormal"><b><span style="color:#005EB8">Brookfield Medical Practice</span></b></p><p class="MsoNormal"><span style="font-size:8pt">${partners.join(' &middot; ')}</span></p></td>
<td style="padding:0 0 0 8pt"><p class="MsoNormal"><b>Claire Donnelly</b><br>Practice Manager<br>Brookfield Road, Penketh, Warrington WA5 2PL<br>Tel 01925 555 143</p></td></tr></table>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">${escHtml(practiceDisclaimer('Brookfield Medical Practice', partners))}</span></p>`;
    const form = await gppCertAcroOdd({
      practiceName: 'Brookfield Medical Practice', odsCode: 'K83047', address: 'Brookfield Road, Penketh, Warrington WA5 2PL',
      nomineeName: 'Natalie Hargreaves', nomineeJob: 'Deputy Practice Manager', nomineeEmail: 'natalie.hargreaves@nhs.net', nomineePhone: '01925 555 147',
      approverName: 'Dr Rohit Anand', approverRole: 'GP Partner', approverEmail: 'rohit.anand@nhs.net', date: '13/11/2026',
    }, '2026-11-13T11:20:00Z');
    out.push(item(M, 'gpp-cert-acroform-odd-names', {
      client: 'outlook', from: { name: 'DONNELLY, Claire (BROOKFIELD MEDICAL PRACTICE)', email: 'claire.donnelly7@nhs.net' },
      subject: 'GPP user admin certification form', date: nov(16, 8, 47, 12), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { htmlFragment: frag }), [pdf('GPP UA Certification - Brookfield.pdf', form)]),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'K83047', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Natalie Hargreaves', 'natalie.hargreaves@nhs.net'), approver: { ...person('Rohit Anand', 'rohit.anand@nhs.net'), role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'odd_field_names', 'letterhead_partners', 'nhsmail_display_name', 'see_attached'],
    }, ['acroform']));
  }

  // 2 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p02';
    const body = `Good afternoon,

I am leaving Hollins Lane Surgery on 4th December and at the moment I am our only PL Organisation Administrator.

Could you please set up Tom Ashworth, our Operations Manager, as a PL Organisation Administrator so that he can approve performer changes once I have gone. His email is tom.ashworth2@nhs.net and I have copied him in.

Dr Helen Greaves, our CQC Registered Manager, is also copied and has agreed to this nomination - Helen, could you reply all to confirm if PCSE need it from you directly?

If possible I'd like my own admin role to stay active until my last day so I can hand over.

Thanks very much,

Gail Pritchard
Practice Manager (until 04/12/2026)
Hollins Lane Surgery | ODS P81042 | 01254 555 210`;
    out.push(item(M, 'pl-admin-leaver-cc-approver', {
      client: 'outlook', from: { name: 'Gail Pritchard', email: 'gail.pritchard@nhs.net' },
      cc: [{ name: 'ASHWORTH, Tom (HOLLINS LANE SURGERY)', email: 'tom.ashworth2@nhs.net' }, { name: 'GREAVES, Helen (Dr) (HOLLINS LANE SURGERY)', email: 'helen.greaves@nhs.net' }],
      subject: 'PL Organisation Administrator - new nomination', date: nov(16, 13, 5, 40), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'P81042', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Tom Ashworth', 'tom.ashworth2@nhs.net'), approver: { ...person('Helen Greaves', 'helen.greaves@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['several_people', 'leaver_author', 'approver_in_cc', 'code_in_signature', 'nhsmail_footer'],
    }));
  }

  // 3 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p03';
    const body = `Hi can you set Jess Tranter up as opto user admin for us please, jess.tranter@nhs.net. I'm the contract holder. Tranter & Moss Opticians tpk31

Dan

Sent from my iPhone`;
    out.push(item(M, 'opto-admin-mobile-one-liner', {
      client: 'iphone', from: { name: 'Dan Moss', email: 'dan.moss@nhs.net' }, subject: 'opto admin', date: nov(16, 19, 52, 3), messageId: appleId(key),
      body: text(body, { enc: '7bit' }),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPK31', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Jess Tranter', 'jess.tranter@nhs.net'), approver: { ...person('Dan Moss', 'dan.moss@nhs.net'), role: 'Contract Holder' } },
      mustRaise: [], traits: ['mobile_one_liner', 'lower_case_code', 'approver_is_sender'],
    }));
  }

  // 4 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p04';
    const form = await pcnFormFlat({
      pcnName: 'Weaver Valley PCN', pcnCode: 'U60421', leadPractice: 'Winsford Health Centre (N81619)',
      nomineeName: 'Priya Nair', nomineeRole: 'Digital & Transformation Lead', nomineeEmail: 'priya.nair14@nhs.net', nomineePhone: '01606 555 882',
      requestedBy: 'Sam Kettle', requestedRole: 'PCN Manager',
      icbName: 'NHS North West Coast ICB', icbApprover: 'Beverley Okonjo', icbRole: 'Primary Care Contracts Manager', icbEmail: 'beverley.okonjo@nhs.net', icbDate: '18/11/2026',
    }, '2026-11-18T09:02:00Z');
    const top = `Dear PCSE,

Please see below and attached from Weaver Valley PCN.

I can confirm that I am an approver for NHS North West Coast ICB on the NHSE Authorised Email List, and I approve this request. I have completed section 3 of the form.

Kind regards

Beverley Okonjo
Primary Care Contracts Manager
NHS North West Coast ICB
Tel: 0300 555 1470

`;
    const fwd = `________________________________
From: KETTLE, Sam (WEAVER VALLEY PCN) <sam.kettle@nhs.net>
Sent: ${novLong(17, 16, 2)}
To: OKONJO, Beverley (NHS NORTH WEST COAST ICB) <beverley.okonjo@nhs.net>
Cc: NAIR, Priya (WEAVER VALLEY PCN) <priya.nair14@nhs.net>
Subject: PCN user admin form - Weaver Valley PCN

Hi Beverley,

Since Andrea left in the summer we haven't had a PCN user administrator on PCSE Online, so nobody can add our ARRS staff. Please could you approve the attached form so Priya can be set up, and send it on to PCSE?

Thanks

Sam Kettle
PCN Manager, Weaver Valley PCN
`;
    const icbFooter = `NHS North West Coast Integrated Care Board. This email and any attachments may contain confidential or legally privileged information and are intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete the email. Any views expressed are those of the author and do not necessarily represent those of the ICB. Emails to and from the ICB may be monitored and may be disclosed under the Freedom of Information Act 2000.`;
    const body = `${top}${fwd}\n${icbFooter}`;
    out.push(item(M, 'pcn-admin-icb-forward', {
      client: 'outlook', from: { name: 'OKONJO, Beverley (NHS NORTH WEST COAST ICB)', email: 'beverley.okonjo@nhs.net' },
      cc: [{ name: 'KETTLE, Sam (WEAVER VALLEY PCN)', email: 'sam.kettle@nhs.net' }],
      subject: 'FW: PCN user admin form - Weaver Valley PCN', date: nov(18, 9, 14, 55), messageId: outlookId(key),
      references: [outlookId('p04-orig')], inReplyTo: outlookId('p04-orig'),
      body: withPdfs(key, outlookAlt(key, body), [pdf('Weaver Valley PCN - PCN user admin request.pdf', form)]),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U60421', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Priya Nair', 'priya.nair14@nhs.net'), approver: { ...person('Beverley Okonjo', 'beverley.okonjo@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['forwarded_inline', 'icb_forward', 'pdf_flat_two_column', 'several_people', 'nhsmail_display_name'],
    }, ['flat']));
  }

  // 5 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p05';
    const directors = ['Dr Alan Treloar', 'Dr Jenna Pascoe', 'Mrs Wendy Carne', 'Dr Ifeoma Eze'];
    const frag = `<div>
<p class="MsoNormal">Good morning PCSE team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I'm writing on behalf of <b>Saltmarsh &amp; Coast PCN</b> (PCN code U48807), which our federation hosts. The PCN has had no PCN user administrator on PCSE Online since the clinical director changed in September.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please set up the following person as PCN user administrator:<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Name: Kirsty Lowe<o:p></o:p></li>
<li class="MsoNormal">Role: PCN Business Manager<o:p></o:p></li>
<li class="MsoNormal">Email: <a href="mailto:kirsty.lowe3@nhs.net">kirsty.lowe3@nhs.net</a><o:p></o:p></li>
</ul>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I approve this request as Chief Operating Officer of the federation that holds the PCN's contracts. To be clear, we are not the ICB and I am not on the Authorised Email List - the ICB primary care team have told us they cannot turn these round before January, and the PCN cannot add its new staff until then.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best wishes,<o:p></o:p></p>
<p class="MsoNormal"><b>Mark Penhaligon</b><br>Chief Operating Officer<br>Saltmarsh Health Federation<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">Saltmarsh Health Federation Ltd is a company limited by guarantee registered in England and Wales, no. 10934412. Registered office: Unit 4, Harbour Business Park, Truro TR1 2XN. Directors: ${directors.join(', ')}. This email is confidential and intended only for the addressee.<o:p></o:p></span></p>
</div>`;
    const plain = `Good morning PCSE team,

I'm writing on behalf of Saltmarsh & Coast PCN (PCN code U48807), which our federation hosts. The PCN has had no PCN user administrator on PCSE Online since the clinical director changed in September.

Please set up the following person as PCN user administrator:

  *   Name: Kirsty Lowe
  *   Role: PCN Business Manager
  *   Email: kirsty.lowe3@nhs.net

I approve this request as Chief Operating Officer of the federation that holds the PCN's contracts. To be clear, we are not the ICB and I am not on the Authorised Email List - the ICB primary care team have told us they cannot turn these round before January, and the PCN cannot add its new staff until then.

Best wishes,
Mark Penhaligon
Chief Operating Officer
Saltmarsh Health Federation

Saltmarsh Health Federation Ltd is a company limited by guarantee registered in England and Wales, no. 10934412. Registered office: Unit 4, Harbour Business Park, Truro TR1 2XN. Directors: ${directors.join(', ')}. This email is confidential and intended only for the addressee.`;
    out.push(item(M, 'pcn-admin-federation-not-ael', {
      client: 'outlook', from: { name: 'Mark Penhaligon', email: 'mark.penhaligon@nhs.net' },
      cc: [{ name: 'LOWE, Kirsty (SALTMARSH & COAST PCN)', email: 'kirsty.lowe3@nhs.net' }],
      subject: 'PCN user administrator - Saltmarsh & Coast PCN', date: nov(17, 10, 31, 7), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag }),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U48807', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Kirsty Lowe', 'kirsty.lowe3@nhs.net'), approver: { ...person('Mark Penhaligon', 'mark.penhaligon@nhs.net'), role: 'Chief Operating Officer' } },
      mustRaise: ['approver_not_on_ael'], traits: ['federation_on_behalf', 'html_list', 'directors_in_footer'],
    }));
  }

  // 6 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p06';
    const body = `Hi,

Our main contact on PCSE Online needs changing please. It should now be our new practice manager Lucy Fairbrother, email lucy.fairbrother@nhs.net

The old one was Ann Kitching who retired last month.

Thanks
Becky
Reception`;
    out.push(item(M, 'main-contact-code-in-subject', {
      client: 'outlook', from: { name: 'Castlegate Health Centre Reception', email: 'castlegate.reception@nhs.net' },
      subject: 'J86015 - change of main contact', date: nov(17, 11, 58, 30), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'J86015', type: 'gp_practice' },
      fields: { newMainContact: person('Lucy Fairbrother', 'lucy.fairbrother@nhs.net') },
      mustRaise: [], traits: ['code_in_subject_only', 'shared_mailbox_sender', 'leaver_named'],
    }));
  }

  // 7 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p07';
    const frag = `<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse">
<tr><td style="background:#0B6E69;padding:8pt">
<p class="MsoNormal"><b><span style="font-size:16pt;color:white">Abbeydale Dental Care</span></b><br>
<span style="font-size:8pt;color:white">14 Abbeydale Road, Sheffield S7 1FD &middot; 0114 555 0190 &middot; Practice code: v 021 784</span><br>
<span style="font-size:8pt;color:white">Principal dentists: Dr Aled Rhys-Jones BDS &middot; Dr Sunita Kaur BDS MJDF &middot; Dr Philip Brennan BDS MSc &middot; Associates: Dr Hana Sato, Dr Liam Costello</span></p>
</td></tr></table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dear PCSE,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please could you change the main contact for our practice (we use it for Supplies). From now on it should be our practice manager, Mrs Joanne Whitely &ndash; <a href="mailto:joanne.whitely1@nhs.net">joanne.whitely1@nhs.net</a>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Aled Rhys-Jones<br>Principal Dentist<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7pt;color:gray">Abbeydale Dental Care is the trading name of Abbeydale Dental Care LLP (OC412233). This email is confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it; please tell us and delete it.</span><o:p></o:p></p>`;
    const plain = `Abbeydale Dental Care
14 Abbeydale Road, Sheffield S7 1FD · 0114 555 0190 · Practice code: v 021 784
Principal dentists: Dr Aled Rhys-Jones BDS · Dr Sunita Kaur BDS MJDF · Dr Philip Brennan BDS MSc · Associates: Dr Hana Sato, Dr Liam Costello

Dear PCSE,

Please could you change the main contact for our practice (we use it for Supplies). From now on it should be our practice manager, Mrs Joanne Whitely – joanne.whitely1@nhs.net.

Kind regards,
Aled Rhys-Jones
Principal Dentist

Abbeydale Dental Care is the trading name of Abbeydale Dental Care LLP (OC412233). This email is confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it; please tell us and delete it.`;
    out.push(item(M, 'main-contact-dental-letterhead-code', {
      client: 'outlook', from: { name: 'Aled Rhys-Jones', email: 'aled@abbeydaledental.co.uk' }, dkim: 'abbeydaledental.co.uk',
      subject: 'Main contact change', date: nov(17, 14, 20, 18), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag }),
    }, {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'V021784', type: 'dental_practice' },
      fields: { newMainContact: person('Joanne Whitely', 'joanne.whitely1@nhs.net') },
      mustRaise: [], traits: ['code_in_letterhead_only', 'code_with_spaces', 'lower_case_code', 'letterhead_partners', 'non_nhs_sender'],
    }));
  }

  // 8 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p08';
    const body = `Hello

Shona Doyle, who was our main contact on PCSE Online, left the company last week and her nhs.net account has been closed.

Please make me the main contact instead:

Hassan Qureshi
hassan.qureshi@nhs.net

Our ODS code is fq521 (Rowan Pharmacy, 88 Kirkby Road).

Regards
Hassan Qureshi MRPharmS
Superintendent Pharmacist & Director
Rowan Pharmacy Ltd`;
    out.push(item(M, 'main-contact-pharmacy-self', {
      client: 'outlook', from: { name: 'QURESHI, Hassan (ROWAN PHARMACY)', email: 'hassan.qureshi@nhs.net' },
      subject: 'Change main contact - Rowan Pharmacy', date: nov(18, 8, 2, 44), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FQ521', type: 'pharmacy' },
      fields: { newMainContact: person('Hassan Qureshi', 'hassan.qureshi@nhs.net') },
      mustRaise: [], traits: ['lower_case_code', 'self_nomination', 'leaver_named', 'nhsmail_display_name'],
    }));
  }

  // 9 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'p09';
    const body = `Dear PCSE

I have never received the verification link for my PCSE Online account. My GMC number is 7045128 and my GMC registered email address is this one, anil.varghese@nhs.net.

Could you send me a new link please?

Many thanks

Dr Anil Varghese
Salaried GP
Millbrook Surgery (L83102)`;
    out.push(item(M, 'verification-gp-gmc', {
      client: 'outlook', from: { name: 'VARGHESE, Anil (Dr) (MILLBROOK SURGERY)', email: 'anil.varghese@nhs.net' },
      subject: 'Verification link not received', date: nov(18, 12, 41, 9), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'L83102', type: 'gp_practice' },
      fields: { accountEmail: 'anil.varghese@nhs.net', gmcNumber: '7045128' },
      mustRaise: [], traits: ['gmc_number', 'code_in_signature', 'nhsmail_display_name'],
    }));
  }

  // 10 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p10';
    const partners = ['Dr Per Lindqvist', 'Dr Hannah Okafor', 'Dr Sunil Bhatt', 'Dr Eimear Carey'];
    const plain = `Good morning,

Dr Hannah Okafor joined us as a partner in September and still hasn't received her PCSE Online verification link. Her GMC registered email is h.okafor@nhs.net and her GMC number is 7261934.

Could you send her a new link please? She is in clinic all week so I said I would chase it for her.

Kind regards,

Janet Ellwood
Practice Manager
Greyfriars Medical Group  |  C84619
Partners: ${partners.join(', ')}`;
    const frag = `${msoParas(plain.split('\n\nJanet Ellwood')[0]!)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Janet Ellwood</b><br>Practice Manager<o:p></o:p></p>
${msoTable([['Greyfriars Medical Group', 'C84619'], ['Partners', partners.join(', ')]], { widths: [200, 380] })}`;
    out.push(item(M, 'verification-pm-for-partner', {
      client: 'outlook', from: { name: 'ELLWOOD, Janet (GREYFRIARS MEDICAL GROUP)', email: 'janet.ellwood@nhs.net' },
      subject: 'New verification link please - Dr Okafor', date: nov(19, 9, 3, 26), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag }),
    }, {
      kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'C84619', type: 'gp_practice' },
      fields: { accountEmail: 'h.okafor@nhs.net', gmcNumber: '7261934' },
      mustRaise: ['not_own_account'], traits: ['on_behalf_of_gp', 'letterhead_partners', 'html_table_signature'],
    }));
  }

  // 11 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p11';
    const body = `Hiya I never got the link to verify my pcse account, can you resend it to me please

Thanks Megan

Get Outlook for iOS<https://aka.ms/o0ukef>`;
    const frag = `<div dir="ltr"><div style="font-family:Aptos,sans-serif;font-size:12pt">Hiya I never got the link to verify my pcse account, can you resend it to me please</div><div style="font-family:Aptos,sans-serif;font-size:12pt"><br></div><div style="font-family:Aptos,sans-serif;font-size:12pt">Thanks Megan</div><div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>`;
    out.push(item(M, 'verification-mobile-own', {
      client: 'outlook-ios', from: { name: 'Megan Hurst', email: 'megan.hurst5@nhs.net' },
      subject: 'Verification', date: nov(19, 21, 17, 50), messageId: outlookId(key),
      body: multi('alternative', outlookBoundary(key), [text(body), html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${frag}</body></html>`)]),
    }, {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'megan.hurst5@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['mobile_one_liner', 'no_organisation', 'account_is_sender'],
    }));
  }

  // 12 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p12';
    const body = `Hi,

I've locked myself out of PCSE Online - I put the wrong password in too many times this morning. My username is paula.brennan2@nhs.net

Please could you unlock it?

Thank you
Paula Brennan
Senior Receptionist
Linden Hall Surgery, ODS: j82073.`;
    out.push(item(M, 'unlock-code-stray-stop', {
      client: 'outlook', from: { name: 'BRENNAN, Paula (LINDEN HALL SURGERY)', email: 'paula.brennan2@nhs.net' },
      subject: 'Locked out', date: nov(19, 10, 12, 2), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'J82073', type: 'gp_practice' },
      fields: { username: 'paula.brennan2@nhs.net' },
      mustRaise: [], traits: ['code_in_signature', 'lower_case_code', 'stray_punctuation'],
    }));
  }

  // 13 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p13';
    const body = `Good afternoon,

Our dispensing assistant Sally Hughes doesn't have her own email address, so her PCSE Online user name is sallyhughes@brightoptics (set up by our user admin last year).

She has locked her account after getting the password wrong five times. Could you unlock it please? She can't get into the claims screen at all.

Many thanks
Gordon Lythgoe
Practice Manager
Bright Optics, 41 Telegraph Road, Heswall CH60 0AH
Practice code TPM07`;
    out.push(item(M, 'unlock-non-email-username', {
      client: 'outlook', from: { name: 'Bright Optics Heswall', email: 'brightoptics.heswall@nhs.net' },
      subject: 'Account locked - Sally Hughes', date: nov(19, 15, 33, 41), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'TPM07', type: 'ophthalmic_practice' },
      fields: { username: 'sallyhughes@brightoptics' },
      mustRaise: [], traits: ['non_email_username', 'shared_mailbox_sender', 'on_behalf'],
    }));
  }

  // 14 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p14';
    const plain = `Hello,

My PCSE Online account seems to have been deactivated. When I reset my password I get an error message saying the account is inactive (screenshot below).

I am one of the GPP Practice User Administrators for Fernbank Surgery (M85733), so I understand you need to reactivate it rather than our other admins.

Username: ravinder.sahota@nhs.net

[cid:image001.png@01DB5A11.6C2E7F40]

Thanks in advance,
Ravinder Sahota
Finance Manager, Fernbank Surgery`;
    const frag = `${msoParas(plain.split('\n\n[cid')[0]!)}
<p class="MsoNormal"><img width="420" height="96" style="width:4.375in;height:1.0in" id="Picture_x0020_1" src="cid:image001.png@01DB5A11.6C2E7F40" alt="error"><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${msoParas('Thanks in advance,\nRavinder Sahota\nFinance Manager, Fernbank Surgery')}`;
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const related = multi('related', outlookBoundary(key, '005'), [
      html(outlookHtml(frag)),
      leaf('image/png; name="image001.png"', 'base64', png, [['Content-Description', 'image001.png'], ['Content-Disposition', 'inline; filename="image001.png"; size=70'], ['Content-ID', '<image001.png@01DB5A11.6C2E7F40>']]),
    ], { params: 'type="text/html"' });
    out.push(item(M, 'reactivation-gpp-admin', {
      client: 'outlook', from: { name: 'SAHOTA, Ravinder (FERNBANK SURGERY)', email: 'ravinder.sahota@nhs.net' },
      subject: 'Account deactivated - please reactivate', date: nov(20, 9, 25, 37), messageId: outlookId(key),
      body: multi('alternative', outlookBoundary(key), [text(plain), related]),
    }, {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'M85733', type: 'gp_practice' },
      fields: { username: 'ravinder.sahota@nhs.net' },
      mustRaise: [], traits: ['inline_image', 'multipart_related', 'user_admin_self'],
    }));
  }

  // 15 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p15';
    const innerKey = 'p15-inner';
    const innerBody = `Hi Harriet,

Could you send this on to PCSE for me please, I'm off from tomorrow until Monday and can't get onto my work email from home.

My PCSE Online account has been deactivated (it says inactive when I log in). I'm the main contact for Oakhurst Medical Centre so PCSE have to reactivate it, our user admins can't.

Username: denise.holroyd@nhs.net
Practice: Oakhurst Medical Centre, B82611

Thanks so much
Denise

Denise Holroyd
Practice Manager
Oakhurst Medical Centre`;
    const inner = [
      `From: "HOLROYD, Denise (OAKHURST MEDICAL CENTRE)" <denise.holroyd@nhs.net>`,
      `To: "COLES, Harriet (NIDD VALLEY PCN)" <harriet.coles@nhs.net>`,
      `Subject: PCSE account deactivated - can you send on please`,
      `Date: ${nov(19, 17, 48, 10)}`,
      `Message-ID: <${outlookId(innerKey)}>`,
      'Content-Language: en-GB',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="us-ascii"',
      'Content-Transfer-Encoding: 7bit',
      '',
      innerBody.replace(/\n/g, '\r\n'),
      '',
    ].join('\r\n');
    const top = `Dear PCSE,

Forwarding on behalf of Oakhurst Medical Centre, one of our member practices. Denise is on leave until Monday and asked me to send this on - her original email is attached.

Kind regards

Harriet Coles
Operations Lead
Nidd Valley PCN`;
    out.push(item(M, 'reactivation-pcn-forward-attached', {
      client: 'outlook', from: { name: 'COLES, Harriet (NIDD VALLEY PCN)', email: 'harriet.coles@nhs.net' },
      subject: 'FW: PCSE account deactivated - can you send on please', date: nov(20, 8, 36, 0), messageId: outlookId(key),
      body: multi('mixed', outlookBoundary(key, '004'), [
        outlookAlt(key, top, { footer: true }),
        leaf('message/rfc822', '7bit', Buffer.from(inner, 'utf8'), [['Content-Disposition', 'attachment; filename="PCSE account deactivated - can you send on please.eml"']]),
      ]),
    }, {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'B82611', type: 'gp_practice' },
      fields: { username: 'denise.holroyd@nhs.net' },
      mustRaise: [], traits: ['forwarded_as_attachment', 'pcn_on_behalf', 'main_contact_self'],
    }));
  }

  // 16 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p16';
    const rows: string[][] = [
      ['Employee', 'WHITFIELD, Karen'],
      ['Staff number', '00418823'],
      ['Job title', 'Administrator (Finance)'],
      ['Email', 'karen.whitfield@nhs.net'],
      ['Leaving date', '13/11/2026'],
      ['Line manager', 'DUNBAR, Moira'],
      ['Systems to revoke', 'EMIS Web; Docman; PCSE Online - Joiner & Leaver; PCSE Online - Practice Estimate and Salary Change; PCSE Online - PL Practice Manager'],
    ];
    const intro = `Hello,

Please see the leaver notification below from our HR system. Karen left on 13 November.

Could you please remove these roles from her PCSE Online account: Joiner & Leaver, Practice Estimate and Salary Change and PL Practice Manager.

Thanks
Moira Dunbar
Practice Manager, Quarry Road Surgery (E84056)

-----Original Message-----
From: noreply@practicehr.co.uk <noreply@practicehr.co.uk>
Sent: ${novLong(16, 7, 0)}
To: DUNBAR, Moira (QUARRY ROAD SURGERY) <moira.dunbar@nhs.net>
Subject: Leaver notification - action required

Leaver notification - Quarry Road Surgery
`;
    const plain = `${intro}\n${textTable(rows)}\n\nPlease revoke access to the systems listed by the leaving date.\nThis is an automated message from PracticeHR. Do not reply.`;
    const frag = `${msoParas(intro)}
${msoTable(rows, { widths: [160, 420] })}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9pt">Please revoke access to the systems listed by the leaving date.<br>This is an automated message from PracticeHR. Do not reply.</span><o:p></o:p></p>`;
    out.push(item(M, 'role-removal-leaver-hr-table', {
      client: 'outlook', from: { name: 'DUNBAR, Moira (QUARRY ROAD SURGERY)', email: 'moira.dunbar@nhs.net' },
      subject: 'FW: Leaver notification - action required', date: nov(16, 10, 4, 19), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag }),
    }, {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'E84056', type: 'gp_practice' },
      fields: { username: 'karen.whitfield@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'PL Practice Manager'] },
      mustRaise: [], traits: ['system_notification_forwarded', 'html_table', 'surname_comma_forename', 'leaver'],
    }));
  }

  // 17 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p17';
    const body = `Hi could you take the Practice Order Entry Clerk role off my account please, I've moved to reception and don't do the ordering any more. Username is my email chloe.barraclough@nhs.net

Thanks
Chloe
Parkside Family Dental

Get Outlook for Android`;
    out.push(item(M, 'role-removal-self-mobile', {
      client: 'outlook-android', from: { name: 'Chloe Barraclough', email: 'chloe.barraclough@nhs.net' },
      subject: 'Remove role', date: nov(20, 12, 7, 14), messageId: outlookId(key),
      body: text(body),
    }, {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: null, type: 'dental_practice' },
      fields: { username: 'chloe.barraclough@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [], traits: ['mobile_one_liner', 'no_code', 'own_account'],
    }));
  }

  // 18 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p18';
    const body = `Hi,

I've just started as practice manager at Westfield Surgery and I'm trying to get my head round the different systems.

Is the Open Exeter "primary user" the same thing as the PCSE Online main contact? My predecessor seems to have been both. And if I do end up needing to be nominated for either of them, who at the practice has to sign or approve it - does it have to be a partner?

I'm not asking you to set anything up yet, I just want to understand it before I take it to the partners' meeting next week.

Thanks for your help

Gemma Rusk
Practice Manager
Westfield Surgery`;
    out.push(item(M, 'question-primary-user-vs-main-contact', {
      client: 'outlook', from: { name: 'RUSK, Gemma (WESTFIELD SURGERY)', email: 'gemma.rusk@nhs.net' },
      subject: 'Open Exeter primary user / main contact - question', date: nov(20, 14, 51, 33), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['genuine_question', 'mentions_open_exeter', 'mentions_nomination'],
    }));
  }

  // 19 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p19';
    const partners = ['Dr Keith Armitage', 'Dr Laura Beddow', 'Dr Samir Haddad'];
    const body = `Good afternoon,

A quick question before we do anything. How many GPP Practice User Administrators can a practice have? We have three at the moment.

Our accountants have asked whether one of their staff could be made a GPP user administrator so they can upload the pension forms themselves. Is that allowed, or should our existing admins just give them a more limited role? We don't want to nominate anyone until we know the right way to do it.

Kind regards

Neil Tomlinson
Business Manager
Lowfield Road Practice

${practiceDisclaimer('Lowfield Road Practice', partners)}`;
    out.push(item(M, 'question-admin-limit-accountant', {
      client: 'outlook', from: { name: 'TOMLINSON, Neil (LOWFIELD ROAD PRACTICE)', email: 'neil.tomlinson@nhs.net' },
      subject: 'Query - GPP user admins and accountants', date: nov(23, 15, 2, 5), messageId: outlookId(key),
      body: outlookAlt(key, body),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['genuine_question', 'mentions_nomination', 'letterhead_partners'],
    }));
  }

  // 20 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p20';
    const body = `Hello,

Just chasing this one please - it's been over a week and Natalie still hasn't had anything through from PCSE Online.

Thanks
Claire

________________________________
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: ${novLong(16, 9, 12)}
To: DONNELLY, Claire (BROOKFIELD MEDICAL PRACTICE) <claire.donnelly7@nhs.net>
Subject: PCSE-2026-004517 - We have received your request

Thank you for contacting Primary Care Support England. Your request has been logged with reference PCSE-2026-004517. Please quote this reference in any correspondence.

This is an automated acknowledgement.`;
    out.push(item(M, 'chaser-with-reference', {
      client: 'outlook', from: { name: 'DONNELLY, Claire (BROOKFIELD MEDICAL PRACTICE)', email: 'claire.donnelly7@nhs.net' },
      subject: 'RE: PCSE-2026-004517 - We have received your request', date: nov(26, 9, 40, 22), messageId: outlookId(key),
      inReplyTo: outlookId('p20-ack'), references: [outlookId('p20-ack')],
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['chaser', 'case_reference', 'quoted_acknowledgement'],
    }));
  }

  // 21 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p21';
    const body = `Thank you for your email. I am on annual leave until Monday 30th November with no access to email.

For anything urgent please contact the practice office on 01484 555 300 or email hudroad.admin@nhs.net.

Kind regards
Sarah Mellor
Practice Manager, Huddersfield Road Surgery`;
    out.push(item(M, 'auto-reply-annual-leave', {
      client: 'exchange-auto', from: { name: 'MELLOR, Sarah (HUDDERSFIELD ROAD SURGERY)', email: 'sarah.mellor4@nhs.net' },
      subject: 'Automatic reply: PCSE-2026-004561 - Further information required', date: nov(23, 11, 0, 3), messageId: outlookId(key),
      inReplyTo: outlookId('p21-orig'), references: [outlookId('p21-orig')],
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'sarah.mellor4@nhs.net']],
      body: outlookAlt(key, body),
    }, {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [],
      traits: ['auto_reply', 'case_reference_in_subject'],
    }));
  }

  // 22 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p22';
    const body = `Dear PCSE,

Please could you add our new assistant practice manager, Sophie Lander (sophie.lander@nhs.net), as a PL Organisation Administrator for Elmstead Medical Practice, H82044.

For information our current PL admins are:
- Dr Nikhil Rao (myself)
- Karen Tully
- Jo Whitlam
- Ben Okafor

As CQC Registered Manager I'm happy to nominate Sophie.

Regards,
Dr Nikhil Rao
GP Partner and CQC Registered Manager
Elmstead Medical Practice`;
    out.push(item(M, 'pl-admin-fifth-admin', {
      client: 'outlook', from: { name: 'RAO, Nikhil (Dr) (ELMSTEAD MEDICAL PRACTICE)', email: 'nikhil.rao@nhs.net' },
      cc: [{ name: 'LANDER, Sophie (ELMSTEAD MEDICAL PRACTICE)', email: 'sophie.lander@nhs.net' }],
      subject: 'Additional PL admin', date: nov(23, 8, 15, 48), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'H82044', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Sophie Lander', 'sophie.lander@nhs.net'), approver: { ...person('Nikhil Rao', 'nikhil.rao@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'], traits: ['existing_admins_listed', 'approver_is_sender', 'several_people'],
    }));
  }

  // 23 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p23';
    const scan = await optoNominationScan({
      letterhead: ['Clearview Eyecare', 'Independent Optometrists  -  3 Market Place, Malton, North Yorkshire YO17 7LX  -  01653 555 264', 'Directors: Mark Ellery BSc(Hons) MCOptom  -  Joanna Ellery FBDO'],
      practiceName: 'Clearview Eyecare', code: 'TPC58', address: '3 Market Place, Malton YO17 7LX',
      nomineeName: 'Rachel Duffy', nomineeRole: 'Practice Manager', nomineeEmail: 'rachel.duffy8@nhs.net', nomineePhone: '01653 555 264',
      holderName: 'Mark Ellery', holderGoc: '01-29384', date: '20/11/26',
    }, '2026-11-20T16:10:00Z');
    const body = `Please see attached signed nomination for our OPTO user admin.

Mark Ellery
Clearview Eyecare`;
    out.push(item(M, 'opto-admin-scan-300dpi', {
      client: 'apple', from: { name: 'Mark Ellery', email: 'mark.ellery@nhs.net' }, subject: 'OPTO user admin nomination', date: nov(20, 16, 22, 9), messageId: appleId(key),
      body: multi('mixed', appleBoundary(key), [text(body, { enc: '7bit' }), pdf('Scan 20 Nov 2026 at 16.08.pdf', scan, { style: 'apple' })]),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPC58', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Rachel Duffy', 'rachel.duffy8@nhs.net'), approver: { ...person('Mark Ellery', 'mark.ellery@nhs.net'), role: 'Contract Holder' } },
      mustRaise: [], traits: ['pdf_scan_300dpi', 'hand_signed', 'see_attached', 'everything_in_scan'],
    }, ['scan']));
  }

  // 24 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p24';
    const partners = ['Dr Tobias Firth', 'Dr Lisa Ng', 'Dr Chinedu Adeyemi-Brown', 'Dr Rachel Sutcliffe'];
    const plain = `RIVERBANK SURGERY
Riverside Walk, Brigg DN20 8AA  ·  Tel 01652 555 810
Partners: ${partners.join(' · ')}

Dear Sir/Madam

Please change the main contact for Riverbank Surgery on PCSE Online to our new Practice Manager, Mr Simon Blackledge. His email address is simon.blackledge@nhs.net.

Practice code N81 062.

Yours faithfully

Kath Moorhouse
Office Manager
on behalf of the Partners`;
    const frag = `<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:14pt;color:#1F3864">RIVERBANK SURGERY</span></b><br><span style="font-size:8.5pt">Riverside Walk, Brigg DN20 8AA &nbsp;&middot;&nbsp; Tel 01652 555 810</span><br><span style="font-size:8pt;color:#595959">Partners: ${partners.join(' &middot; ')}</span><o:p></o:p></p>
<div style="border:none;border-bottom:solid #1F3864 1.0pt;padding:0cm 0cm 1.0pt 0cm"><p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>
${msoParas(plain.split('\n\n').slice(1).join('\n\n'))}`;
    out.push(item(M, 'main-contact-on-behalf-of', {
      client: 'outlook', from: { name: 'Riverbank Surgery', email: 'riverbank.surgery@nhs.net' }, sender: { name: 'MOORHOUSE, Kath (RIVERBANK SURGERY)', email: 'kath.moorhouse@nhs.net' },
      subject: 'Change of Main Contact', date: nov(24, 10, 45, 51), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag, footer: true }),
    }, {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'N81062', type: 'gp_practice' },
      fields: { newMainContact: person('Simon Blackledge', 'simon.blackledge@nhs.net') },
      mustRaise: [], traits: ['sent_on_behalf_of', 'code_with_space', 'letterhead_partners', 'honorific'],
    }));
  }

  // 25 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p25';
    const body = `Hello

Update practice email address

Practice name: Stoneleigh Surgery
Practice code: D82031
Current practice email address: stoneleigh.surgery@nhs.net
New practice email address: nwicb.stoneleighsurgery@nhs.net

The old mailbox is being closed at the end of the month as part of the ICB's move to generic mailboxes.

Thanks
Jo Earnshaw
Deputy Practice Manager`;
    out.push(item(M, 'practice-email-update-misdirected', {
      client: 'outlook', from: { name: 'EARNSHAW, Jo (STONELEIGH SURGERY)', email: 'jo.earnshaw@nhs.net' },
      subject: 'Update practice email address', date: nov(24, 13, 30, 6), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'D82031', type: 'gp_practice' },
      fields: { currentEmail: 'stoneleigh.surgery@nhs.net', newEmail: 'nwicb.stoneleighsurgery@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'labelled_lines'],
    }));
  }

  // 26 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p26';
    const form = await gppCertFlat({
      practiceName: 'Ashby Road Medical Centre', odsCode: 'C82644', address: '212 Ashby Road, Loughborough LE11 3AG',
      nomineeName: 'Lauren Pegg', nomineeJob: 'Finance and HR Lead', nomineeEmail: 'lauren.pegg@nhs.net', nomineePhone: '01509 555 377',
      approverName: 'Dr Farah Iqbal', approverRole: 'GP Partner', approverEmail: 'farah.iqbal@nhs.net', date: '24 November 2026',
    }, '2026-11-24T15:30:00Z');
    const body = `Good morning,

Attached is the GPP Practice User Administrator certification form for Ashby Road Medical Centre, signed by Dr Iqbal (partner). The nominee is our finance lead, who will be looking after the pensions side.

Many thanks,

Tom Beresford
Practice Manager
Ashby Road Medical Centre
Partners: Dr F Iqbal, Dr G Mason, Dr P Oyelowo, Dr C Reid`;
    out.push(item(M, 'gpp-cert-flat-two-column', {
      client: 'outlook', from: { name: 'BERESFORD, Tom (ASHBY ROAD MEDICAL CENTRE)', email: 'tom.beresford@nhs.net' },
      subject: 'GPP User Admin - Ashby Road MC', date: nov(25, 8, 55, 13), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('GPP UA cert ARMC signed.pdf', form)]),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'C82644', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Lauren Pegg', 'lauren.pegg@nhs.net'), approver: { ...person('Farah Iqbal', 'farah.iqbal@nhs.net'), role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_flat_two_column', 'letterhead_partners', 'nominee_only_in_pdf'],
    }, ['flat']));
  }

  // 27 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p27';
    const body = `Hi there

I have been locked out of PCSE Online after too many password attempts. Can you unlock me please? Username wendy.gaskell@nhs.net

Wensley Lodge Surgery, practice code M8501

Thanks
Wendy Gaskell
Admin`;
    out.push(item(M, 'unlock-malformed-code', {
      client: 'outlook', from: { name: 'GASKELL, Wendy (WENSLEY LODGE SURGERY)', email: 'wendy.gaskell@nhs.net' },
      subject: 'Account locked', date: nov(25, 11, 19, 27), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'M8501', type: 'gp_practice' },
      fields: { username: 'wendy.gaskell@nhs.net' },
      mustRaise: ['ods_invalid'], traits: ['malformed_code'],
    }));
  }

  // 28 --------------------------------------------------------------------------------------------------------
  {
    const key = 'p28';
    const body = `Hi

We are the community pharmacy based inside Moorside Health Centre. Please set up a new main contact for our pharmacy:

Name - Aisha Begum
Email - aisha.begum12@nhs.net

Our code is Y02935.

Kind regards
Oliver Grant
Pharmacist Manager, Moorside Pharmacy`;
    out.push(item(M, 'main-contact-pharmacy-gp-shaped-code', {
      client: 'outlook', from: { name: 'GRANT, Oliver (MOORSIDE PHARMACY)', email: 'oliver.grant3@nhs.net' },
      subject: 'New main contact', date: nov(26, 14, 3, 58), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'Y02935', type: 'gp_practice' },
      fields: { newMainContact: person('Aisha Begum', 'aisha.begum12@nhs.net') },
      mustRaise: ['ods_type_mismatch'], traits: ['code_wrong_shape_for_type', 'pharmacy_in_health_centre'],
    }));
  }

  return out;
}
