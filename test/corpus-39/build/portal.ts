// portalenquiries: corpus 39 (writer AI).

import { compose, messageIdFor } from './clients.js';
import { type CorpusEmail, expected, UNCLASSIFIED } from './expect.js';
import { imagePdf, scanPage } from './forms.js';
import { esc, mso, outlookHtml, outlookQuoteHtml, outlookQuoteText } from './html.js';
import { NHSMAIL_FOOTER } from './lib.js';
import { fillablePdf, fillFlat, gppTemplate, optoTemplate, pcnTemplate, TYPED } from './templates.js';
import { flatPdf } from './forms.js';

const MB = 'portalenquiries' as const;
const PDF = 'application/pdf';

// ---------------------------------------------------------------- 001
async function p001(): Promise<CorpusEmail> {
  const form = await fillablePdf(gppTemplate(), {
    values: {
      practice: 'Brackenfield Surgery', ods: 'J82117', address: 'Brackenfield Road, Gillingham, ME7 2PL', nomineeName: 'Karen Oduya',
      nomineeRole: 'Finance & Contracts Lead', nomineeEmail: 'karen.odoya1@nhs.net', nomineePhone: '01634 555 224',
      approverName: 'Dr Stephen Whitlock', approverRole: 'GP Partner', approverEmail: 'stephen.whitlock@nhs.net', date: '13/11/2026',
    },
    signed: true, sigSeed: 101,
  }, {
    practice: 'Practice name', ods: 'Practice ODS code', address: 'Practice address', nomineeName: 'Name of person nominated as GPP user administrator',
    nomineeRole: 'Job title of nominated user administrator', nomineeEmail: 'Email address of nominated user administrator',
    nomineePhone: 'Telephone number of nominated user administrator', approverName: 'Name of organisation approver',
    approverRole: 'Role of organisation approver at the practice', approverEmail: 'Email address of organisation approver', date: 'Date of certification',
  }, { title: 'GPP Practice User Administrator Certification', author: 'Helen Marsh', date: new Date('2026-11-13T16:40:00Z') });
  const text = `Good morning,

Please find attached our completed GPP Practice User Administrator certification form. We would like Karen Oduya, our new Finance & Contracts Lead, to be set up as a GPP Practice User Administrator so that she can take over the pensions paperwork from me.

Sorry - I have just spotted that I mistyped Karen's email address on the form. It says karen.odoya1@nhs.net but it should be karen.oduya1@nhs.net (u, not o). Everything else on the form is correct and Dr Whitlock has signed it.

Many thanks,

Helen Marsh
Practice Manager
Brackenfield Surgery
Tel: 01634 555 218

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p001', date: '2026-11-16T09:12:31Z',
    from: { name: 'Helen Marsh', email: 'helen.marsh4@nhs.net' }, subject: 'GPP user admin form - Brackenfield Surgery J82117', text,
    attachments: [{ filename: 'GPP UA certification - Brackenfield.pdf', type: PDF, data: form }],
  });
  return {
    mailbox: MB, slug: 'gpp-fillable-form-email-typo-corrected-in-body', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'GPP', nominee: { name: 'Karen Oduya', email: 'karen.oduya1@nhs.net' },
      approver: { name: 'Stephen Whitlock', email: 'stephen.whitlock@nhs.net', role: 'GP Partner' },
    }, { org: { odsCode: 'J82117', type: 'gp_practice' }, traits: ['pdf_acroform', 'descriptive_field_names', 'correction_same_email', 'body_overrides_form', 'signature_drawn'] }),
  };
}

// ---------------------------------------------------------------- 002
async function p002(): Promise<CorpusEmail> {
  const pages = fillFlat(gppTemplate(), {
    values: {
      practice: 'Kingsmead Health Centre', ods: 'M85063', address: '112 Kingsmead Road, Birmingham, B14 6EA', nomineeName: 'Precious Achebe',
      nomineeRole: 'Assistant Practice Manager', nomineeEmail: 'precious.achebe@nhs.net', nomineePhone: '0121 555 7741',
      approverName: 'Dr Anil Varghese', approverRole: 'Senior Partner', approverEmail: 'anil.varghese@nhs.net', date: '17/11/2026',
    },
    struck: { nomineeEmail: 'kingsmead.admin3@nhs.net' },
    signed: true, sigSeed: 202,
  });
  const pdf = await flatPdf(pages, { title: 'GPP UA certification', author: 'mdelaney', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019; modified using iText® 7.2.5', date: new Date('2026-11-17T12:05:00Z') });
  const text = `Hi,

Attached is the signed GPP certification form for Precious Achebe, who has joined our admin team as Assistant Practice Manager.

You'll see I've crossed out her email on the form and put the new one next to it - she was originally given one of our generic admin accounts by IT but now has her own nhs.net address. The one in blue is the right one.

Our previous GPP administrator, Gemma Rowe, left in October, so at the moment I'm the only one.

Thanks
Marcus

Marcus Delaney
Business Manager | Kingsmead Health Centre
0121 555 7730
`;
  const eml = compose({
    client: 'apple', mailbox: MB, key: 'p002', date: '2026-11-17T13:48:02Z',
    from: { name: 'Marcus Delaney', email: 'marcus.delaney@nhs.net' }, subject: 'GPP admin - Kingsmead HC', text,
    html: `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${text.split('\n').map((l) => (l ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('\n')}</body></html>`,
    attachments: [{ filename: 'GPP cert Precious Achebe signed.pdf', type: PDF, data: pdf }],
  });
  return {
    mailbox: MB, slug: 'gpp-flat-form-nominee-email-crossed-out', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'GPP', nominee: { name: 'Precious Achebe', email: 'precious.achebe@nhs.net' },
      approver: { name: 'Anil Varghese', email: 'anil.varghese@nhs.net', role: 'Senior Partner' },
    }, { org: { odsCode: 'M85063', type: 'gp_practice' }, traits: ['pdf_flat', 'crossed_out_value', 'apple_mail', 'previous_admin_mentioned', 'details_only_in_pdf'] }),
  };
}

// ---------------------------------------------------------------- 003
async function p003(): Promise<CorpusEmail> {
  const pages = fillFlat(gppTemplate(), {
    values: {
      practice: 'Low Moor Surgery', ods: 'B83622', address: '12 Low Moor Lane, Bradford, BD12 0AB', nomineeName: 'Gareth Lyons',
      nomineeRole: 'Assistant Practice Manager', nomineeEmail: 'gareth.lyons@nhs.net', nomineePhone: '01274 555 010',
      approverName: 'Dr Mei Ling Chau', approverRole: 'GP Partner', approverEmail: 'meiling.chau@nhs.net', date: '18/11/2026',
    },
    style: { font: 'sans', size: 12, color: [0, 0, 0] },
    signed: true, sigSeed: 303,
  });
  const scan = scanPage(pages[0]!.ops, { dpi: 100, skewDeg: 1.4, seed: 3003, mode: 'bw', specks: 260 });
  const pdf = await imagePdf([scan], { title: 'Scan_20261119_0841', author: 'WorkCentre 6515', creator: 'Xerox WorkCentre 6515', producer: 'Xerox WorkCentre 6515', date: new Date('2026-11-19T08:41:00Z') });
  const text = `Hi

Please see the attached form for Gareth to be set up as a GPP user admin. Sorry about the quality, the scanner only does black and white at the moment.

Dawn Pickering
Reception Team Lead
Low Moor Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p003', date: '2026-11-19T08:52:10Z',
    from: { name: 'Dawn Pickering', email: 'dawn.pickering1@nhs.net' }, subject: 'form', text,
    attachments: [{ filename: 'Scan_20261119_0841.pdf', type: PDF, data: pdf }],
  });
  return {
    mailbox: MB, slug: 'gpp-fax-like-scan-terse', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'GPP', nominee: { name: 'Gareth Lyons', email: 'gareth.lyons@nhs.net' },
      approver: { name: 'Mei Ling Chau', email: 'meiling.chau@nhs.net', role: 'GP Partner' },
    }, { org: { odsCode: 'B83622', type: 'gp_practice' }, traits: ['pdf_scan', 'scan_bw_100dpi', 'skew', 'specks', 'terse_subject', 'details_only_in_pdf'] }),
  };
}

// ---------------------------------------------------------------- 004
function p004(): CorpusEmail {
  const pcseSent = '24 November 2026 14:03';
  const subj = 'PCSE-2026-038214 - Further information required - Performers List user administrator';
  const q = { from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: pcseSent, to: 'PRITCHARD, Owain (THORNBURY MEDICAL PRACTICE) <owain.pritchard@nhs.net>', subject: subj };
  const q2 = { from: 'Owain Pritchard <owain.pritchard@nhs.net>', sent: '23 November 2026 17:41', to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', subject: 'PL admin' };
  const text = `Hello,

Sorry for the delay. Please see my answers in blue below.

Kind regards
Owain

Dr Owain Pritchard
GP Partner
Thornbury Medical Practice

${outlookQuoteText(q)}

Dear Dr Pritchard,

Thank you for your email. Before we can set up a PL Organisation Administrator we need the following information:

1. Practice name and ODS code
Thornbury Medical Practice, L81044
2. Full name of the person to be set up
Bethan Rees
3. Their email address (this will be their username)
bethan.rees7@nhs.net
4. The name and role of the person nominating them. PL Organisation Administrators are nominated by the practice's CQC Registered Manager.
Me - I am the practice's CQC Registered Manager

Please reply to this email keeping the reference PCSE-2026-038214 in the subject line.

Kind regards
PCSE Online Support Team
Primary Care Support England

${outlookQuoteText(q2)}

Hi, can you set Bethan up as a PL admin for us please? Our last one has left. Thanks, Owain

${NHSMAIL_FOOTER}`;
  const blue = (s: string) => `<p class="MsoNormal"><span style="color:#0070C0">${esc(s)}</span><o:p></o:p></p>`;
  const html = outlookHtml(`${mso(['Hello,', '', 'Sorry for the delay. Please see my answers in blue below.', '', 'Kind regards', 'Owain', '', 'Dr Owain Pritchard', 'GP Partner', 'Thornbury Medical Practice', ''])}
${outlookQuoteHtml(q)}
${mso(['', 'Dear Dr Pritchard,', '', 'Thank you for your email. Before we can set up a PL Organisation Administrator we need the following information:', '', '1. Practice name and ODS code'])}
${blue('Thornbury Medical Practice, L81044')}
${mso(['2. Full name of the person to be set up'])}
${blue('Bethan Rees')}
${mso(['3. Their email address (this will be their username)'])}
${blue('bethan.rees7@nhs.net')}
${mso(["4. The name and role of the person nominating them. PL Organisation Administrators are nominated by the practice's CQC Registered Manager."])}
${blue("Me - I am the practice's CQC Registered Manager")}
${mso(['', 'Please reply to this email keeping the reference PCSE-2026-038214 in the subject line.', '', 'Kind regards', 'PCSE Online Support Team', 'Primary Care Support England', ''])}
${outlookQuoteHtml(q2)}
${mso(['', 'Hi, can you set Bethan up as a PL admin for us please? Our last one has left. Thanks, Owain', ''])}
<pre>${esc(NHSMAIL_FOOTER)}</pre>`);
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p004', date: '2026-11-25T08:17:45Z',
    from: { name: 'Owain Pritchard', email: 'owain.pritchard@nhs.net' }, subject: `RE: ${subj}`, text, html,
    inReplyTo: '<PCSE-2026-038214.3@pcse.england.nhs.uk>', references: '<PCSE-2026-038214.3@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'pl-inline-answers-in-blue', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'PL', nominee: { name: 'Bethan Rees', email: 'bethan.rees7@nhs.net' },
      approver: { name: 'Owain Pritchard', email: 'owain.pritchard@nhs.net', role: 'CQC Registered Manager' },
    }, { org: { odsCode: 'L81044', type: 'gp_practice' }, traits: ['inline_answers', 'html_coloured_answers', 'case_ref_reply', 'quoted_original_request', 'approver_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 005
function p005(): CorpusEmail {
  const text = `Dear PCSE,

I hope you are well. I'm writing on behalf of Parkside Group Practice following our merger with Welland Road Surgery on 1 October. Apologies in advance for the long email - there has been a lot of change here and I want to make sure we get our PCSE Online access right this time.

Some background: before the merger, Welland Road had their own PL administrators (Linda Moss and Tom Baxter), but their practice code has now closed and all of our performers sit under C82009. Linda retired at the end of October and Tom has moved to our finance team, where he will only need GPP access (I'll sort that out separately, as I understand that is a different form).

Our current team, for your information:
- Dr Fiona Grant - Senior Partner and CQC Registered Manager (fiona.grant3@nhs.net)
- Sunita Bhatt - Business Manager, existing PL Organisation Administrator (sunita.bhatt2@nhs.net)
- Joanne Whitfield - Operations Manager (joanne.whitfield@nhs.net)
- Tom Baxter - Finance Officer (tom.baxter7@nhs.net)
- Amy Collins - Reception Manager (amy.collins21@nhs.net)

What we need: please could Joanne Whitfield be set up as a PL Organisation Administrator for C82009, so that there are two of us who can approve performer changes. Dr Grant, as our CQC Registered Manager, has asked me to make this request on her behalf and she is copied in to confirm.

On a separate note, we are still waiting for the performers who moved across from Welland Road to show under our practice on the portal - three of them still show the old practice. Is that something your Performers List team deals with, or do the GPs need to update it themselves?

Many thanks for your help,

Sunita Bhatt
Business Manager
Parkside Group Practice
Parkside Health Centre, 4 Westgate, Peterborough, PE1 1RB
01733 555 409

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p005', date: '2026-11-18T15:02:19Z',
    from: { name: 'BHATT, Sunita (PARKSIDE GROUP PRACTICE)', email: 'sunita.bhatt2@nhs.net' },
    cc: '"GRANT, Fiona (PARKSIDE GROUP PRACTICE)" <fiona.grant3@nhs.net>',
    subject: 'Performers List admin access - Parkside Group Practice (C82009)', text,
  });
  return {
    mailbox: MB, slug: 'pl-long-merger-email-staff-list', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'PL', nominee: { name: 'Joanne Whitfield', email: 'joanne.whitfield@nhs.net' },
      approver: { name: 'Fiona Grant', email: 'fiona.grant3@nhs.net', role: 'CQC Registered Manager' },
    }, { org: { odsCode: 'C82009', type: 'gp_practice' }, traits: ['long_context', 'staff_list', 'request_in_middle', 'approver_in_cc', 'nhsmail_display_name', 'second_question'] }),
  };
}

// ---------------------------------------------------------------- 006
function p006(): CorpusEmail {
  const html = outlookHtml(mso([
    'Hello,',
    '',
    'I am the contract holder for Hollis &amp; Crane Opticians (ODS TPK37). Please could you add our new dispensing manager, Chloe Barnard, as an Opto User Management (Organisation) administrator on PCSE Online.',
    '',
    'Her email is <del>chloe.barnard@hollisandcrane.co.uk</del> <b>chloe@hollisandcrane.co.uk</b> &#8211; the longer address was never set up by our IT company, sorry, so please use the short one.',
    '',
    'Chloe replaces Paul Whitmore, who retired in the summer (paul@hollisandcrane.co.uk &#8211; this mailbox has now been closed, so please don&#8217;t send anything there).',
    '',
    'Thanks,',
    '',
    'Imran Qureshi',
    'Contract Holder',
    'Hollis &amp; Crane Opticians',
    '22 High Street, Ludlow, SY8 1AX',
    '01584 555 017',
  ], true));
  const eml = compose({
    client: 'outlookcom', mailbox: MB, key: 'p006', date: '2026-11-19T11:26:40Z', parts: 'html',
    from: { name: 'Imran Qureshi', email: 'imran@hollisandcrane.co.uk' }, subject: 'OPTO user admin - Hollis & Crane Opticians TPK37', html,
  });
  return {
    mailbox: MB, slug: 'opto-html-del-old-address', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'OPTO', nominee: { name: 'Chloe Barnard', email: 'chloe@hollisandcrane.co.uk' },
      approver: { name: 'Imran Qureshi', email: 'imran@hollisandcrane.co.uk', role: 'Contract Holder' },
    }, { org: { odsCode: 'TPK37', type: 'ophthalmic_practice' }, traits: ['html_only', 'html_strikethrough', 'previous_admin_mentioned', 'non_nhs_domain', 'approver_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 007
async function p007(): Promise<CorpusEmail> {
  const form = await fillablePdf(optoTemplate(), {
    values: {
      practice: 'Lenton Eyecare', ods: 'TPF08', holderName: 'Marcus Fell', holderEmail: 'marcus.fell@nhs.net', nomineeName: 'Sade Okafor',
      nomineeRole: 'Optical Assistant / Practice Administrator',
    },
    ticks: ['opto'], signed: true, sigSeed: 707,
  }, {
    practice: 'Name of practice', ods: 'ODS code', holderName: 'Name of contract holder', holderEmail: 'Contract holder email', nomineeName: 'Name of nominee',
    nomineeRole: 'Nominee position', nomineeEmail: 'Email address of nominee', opto: 'OPTO Organisation User Administration', pl: 'PL Organisation User Administration',
    date: 'Date',
  }, { title: 'Ophthalmic user administrator nomination', author: 'Marcus Fell', date: new Date('2026-12-02T17:10:00Z') });
  const text = `Hi there,

Please find our user admin nomination form attached. We'd like Sade Okafor to have the OPTO user admin role (not the PL one - our optometrist already looks after that).

I've left her email address blank on the form because her nhs.net account only went live this morning - it is sade.okafor@nhs.net. I also forgot to date it; I signed it yesterday (2 December).

Kind regards,
Marcus Fell
Contract Holder, Lenton Eyecare
0115 555 2290

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p007', date: '2026-12-03T10:31:08Z',
    from: { name: 'Marcus Fell', email: 'marcus.fell@nhs.net' }, subject: 'User admin nomination form - Lenton Eyecare', text,
    attachments: [{ filename: 'Lenton Eyecare UA nomination.pdf', type: PDF, data: form }],
  });
  return {
    mailbox: MB, slug: 'opto-form-partly-filled-email-in-body', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'OPTO', nominee: { name: 'Sade Okafor', email: 'sade.okafor@nhs.net' },
      approver: { name: 'Marcus Fell', email: 'marcus.fell@nhs.net', role: 'Contract Holder' },
    }, { org: { odsCode: 'TPF08', type: 'ophthalmic_practice' }, traits: ['pdf_acroform', 'partial_form', 'rest_in_email', 'check_box'] }),
  };
}

// ---------------------------------------------------------------- 008
async function p008(): Promise<CorpusEmail> {
  const pages = fillFlat(pcnTemplate(), {
    values: {
      pcn: 'Riverside North PCN', ods: 'U43872', icb: 'NHS Humber and North Yorkshire ICB', nomineeName: 'Lauren Mitchell',
      nomineeRole: 'Digital and Transformation Lead', nomineeEmail: 'lauren.mitchell12@nhs.net', approverName: 'Graham Otley',
      approverRole: 'Head of Primary Care Commissioning', approverEmail: 'graham.otley@nhs.net', date: '25/11/2026',
    },
    style: TYPED, signed: true, sigSeed: 808,
  });
  const pdf = await flatPdf(pages, { title: 'PCN User Administrator Request - Riverside North PCN', author: 'Kelly Brough', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: new Date('2026-11-25T10:02:00Z') });
  const inner = compose({
    client: 'nhsmail', mailbox: MB, key: 'p008-inner', date: '2026-11-21T12:14:55Z',
    from: { name: 'BROUGH, Kelly (RIVERSIDE NORTH PCN)', email: 'kelly.brough@nhs.net' }, to: '"OTLEY, Graham (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)" <graham.otley@nhs.net>',
    subject: 'PCN user admin approval please - Riverside North PCN',
    text: `Hi Graham,

As discussed at the PCN managers' meeting, we don't have a PCN user admin on PCSE Online at the moment. Craig Holt (craig.holt@nhs.net), who was our admin, left the PCN in July and his account was deactivated.

We'd like Lauren Mitchell, our Digital and Transformation Lead, to take on the role. Her email is lauren.mitchell12@nhs.net. I've filled in sections A and B of the PCSE form - could you complete section C and send it on to PCSE as our ICB approver?

Thanks very much,

Kelly Brough
Operations Manager
Riverside North PCN
`,
  });
  const text = `Good afternoon,

I am one of the approvers for NHS Humber and North Yorkshire ICB on the NHSE Authorised Email List. I have checked the request from Riverside North PCN (attached below) and I approve Lauren Mitchell being set up as their PCN user administrator. I have completed and signed section C of their form, also attached.

Please note the PCN's email mentions their previous admin, Craig Holt - he left the PCN in the summer and should not be given access.

Regards

Graham Otley
Head of Primary Care Commissioning
NHS Humber and North Yorkshire Integrated Care Board

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p008', date: '2026-11-25T14:37:21Z',
    from: { name: 'OTLEY, Graham (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', email: 'graham.otley@nhs.net' },
    subject: 'FW: PCN user admin approval please - Riverside North PCN', text,
    rfc822: [{ message: inner, filename: 'PCN user admin approval please - Riverside North PCN.eml' }],
    attachments: [{ filename: 'PCN UA request - Riverside North - signed.pdf', type: PDF, data: pdf }],
  });
  return {
    mailbox: MB, slug: 'pcn-icb-approver-forwards-attached-message', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'PCN', nominee: { name: 'Lauren Mitchell', email: 'lauren.mitchell12@nhs.net' },
      approver: { name: 'Graham Otley', email: 'graham.otley@nhs.net', role: 'Head of Primary Care Commissioning' },
    }, { org: { odsCode: 'U43872', type: 'pcn' }, traits: ['rfc822_forward', 'pdf_flat', 'icb_approver', 'previous_admin_mentioned', 'nhsmail_display_name'] }),
  };
}

// ---------------------------------------------------------------- 009
function p009(): CorpusEmail {
  const text = `Hi PCSE team,

I'm the new Operations Lead for Aire Valley PCN (U60218) and I need to be set up as the PCN user administrator so I can manage our ARRS staff's access. Our previous PCN manager, Sam Whiteley, held the role but left in September and his account has been deactivated.

I understand the request normally needs to be approved by the ICB, but I've been chasing West Yorkshire ICB for five weeks and nobody has come back to me. Our Clinical Director, Dr Rachel Ambrose, has approved it instead (she is copied in). She isn't on the ICB's authorised list, but as CD she is ultimately responsible for the PCN, so I hope that is acceptable.

My details:
Name: Nadia Hussain
Email: nadia.hussain6@nhs.net
Role: PCN Operations Lead

Thanks,
Nadia

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p009', date: '2026-11-20T10:05:33Z',
    from: { name: 'Nadia Hussain', email: 'nadia.hussain6@nhs.net' }, cc: 'Rachel Ambrose <rachel.ambrose@nhs.net>',
    subject: 'PCN user admin - Aire Valley PCN', text,
  });
  return {
    mailbox: MB, slug: 'pcn-clinical-director-approves-not-icb', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'PCN', nominee: { name: 'Nadia Hussain', email: 'nadia.hussain6@nhs.net' },
      approver: { name: 'Rachel Ambrose', email: 'rachel.ambrose@nhs.net', role: 'Clinical Director' },
    }, { org: { odsCode: 'U60218', type: 'pcn' }, mustRaise: ['approver_not_on_ael'], traits: ['nominee_is_sender', 'approver_in_cc', 'previous_admin_mentioned', 'labelled_lines'] }),
  };
}

// ---------------------------------------------------------------- 010
function p010(): CorpusEmail {
  const text = `Hello,

As the CQC Registered Manager for Elm Tree Surgery (D81045), I'd like to nominate Jaspreet Kaur (jaspreet.kaur21@nhs.net), our new Assistant Practice Manager, as a PL Organisation Administrator.

For completeness, our current PL administrators are:
  1. Sandra Quigley (me) - sandra.quigley@nhs.net
  2. Dr Ian Forsyth - ian.forsyth@nhs.net
  3. Maureen Tait - maureen.tait@nhs.net
  4. Colin Reeve - colin.reeve2@nhs.net

None of them are leaving; we just need Jaspreet to cover the performers list work while Maureen is on maternity leave next year.

Sorry, typo above - Jaspreet's email is jaspreet.kaur22@nhs.net, not 21 (21 is a different Jaspreet in Coventry!).

Many thanks
Sandra Quigley
Practice Manager and CQC Registered Manager
Elm Tree Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p010', date: '2026-11-23T12:40:02Z',
    from: { name: 'Sandra Quigley', email: 'sandra.quigley@nhs.net' }, subject: 'Additional PL Organisation Administrator - Elm Tree Surgery D81045', text,
  });
  return {
    mailbox: MB, slug: 'pl-fifth-admin-with-typo-correction', eml,
    expected: expected(MB, {
      kind: 'user_admin_nomination', service: 'PL', nominee: { name: 'Jaspreet Kaur', email: 'jaspreet.kaur22@nhs.net' },
      approver: { name: 'Sandra Quigley', email: 'sandra.quigley@nhs.net', role: 'CQC Registered Manager' },
    }, { org: { odsCode: 'D81045', type: 'gp_practice' }, mustRaise: ['admin_limit_reached'], traits: ['fifth_admin', 'staff_list', 'correction_same_email', 'approver_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 011
function p011(): CorpusEmail {
  const html = outlookHtml(mso([
    'Dear PCSE,',
    '',
    'Please can you update the main contact for Abbeygate Dental Care (practice code V006731).',
    '',
    'Peter Szabo (<a href="mailto:peter.szabo@nhs.net">peter.szabo@nhs.net</a>), our new Practice Manager, replaces Donna Hale (<a href="mailto:donna.hale@nhs.net">donna.hale@nhs.net</a>) as our main contact with effect from 1 December 2026. Donna is leaving us at the end of this month after eleven years &#8211; we&#8217;ll miss her!',
    '',
    'Please send the confirmation to Peter and copy me in.',
    '',
    'Kind regards,',
    '',
    'Dr Małgorzata Nowak BDS',
    'Principal Dentist',
    'Abbeygate Dental Care | 3 Abbeygate Street, Bury St Edmunds, IP33 1LW | 01284 555 960',
  ], true));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p011', date: '2026-11-24T16:55:47Z', parts: 'html',
    from: { name: 'Małgorzata Nowak', email: 'malgorzata.nowak@nhs.net', enc: 'B' }, subject: 'Change of main contact – Abbeygate Dental Care V006731', html,
  });
  return {
    mailbox: MB, slug: 'main-contact-dental-new-replaces-old-html', eml,
    expected: expected(MB, { kind: 'main_contact_change', newMainContact: { name: 'Peter Szabo', email: 'peter.szabo@nhs.net' } }, {
      org: { odsCode: 'V006731', type: 'dental_practice' }, traits: ['html_only', 'new_replaces_old_order', 'rfc2047_name', 'rfc2047_subject', 'outgoing_contact_mentioned'],
    }),
  };
}

// ---------------------------------------------------------------- 012
function p012(): CorpusEmail {
  const text = `Hi,

Could you please change the main contact for Greenway Pharmacy, ODS code FL4R2, moving it from our previous manager Alan Price (alan.price3@nhs.net) to our new pharmacy manager Olumide Bankole, olumide.bankole@nhs.net.

Alan left the company on 14 November so he should no longer have the role.

Thanks,
Kiran Lal
Superintendent Pharmacist
Greenway Pharmacy Ltd

P.S. Apologies - Olumide has just told me his email is actually olumide.bankole1@nhs.net (the one above without the 1 belongs to someone else).

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p012', date: '2026-11-17T09:33:12Z',
    from: { name: 'Kiran Lal', email: 'kiran.lal@nhs.net' }, subject: 'Main contact change FL4R2', text,
  });
  return {
    mailbox: MB, slug: 'main-contact-pharmacy-ps-corrects-address', eml,
    expected: expected(MB, { kind: 'main_contact_change', newMainContact: { name: 'Olumide Bankole', email: 'olumide.bankole1@nhs.net' } }, {
      org: { odsCode: 'FL4R2', type: 'pharmacy' }, traits: ['ps_correction', 'moving_from_to', 'outgoing_contact_mentioned'],
    }),
  };
}

// ---------------------------------------------------------------- 013
function p013(): CorpusEmail {
  const origId = messageIdFor({ client: 'nhsmail', key: 'p013-original', from: { name: null, email: 'gary.whelan@nhs.net' } });
  const q = { from: 'Gary Whelan <gary.whelan@nhs.net>', sent: '26 November 2026 10:14', to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', subject: 'Main Contact change - Wyndham Road Surgery H85022' };
  const text = `Apologies, I gave you the wrong email address for Marion below. Her correct address is marion.ellery@nhs.net - the one with the 2 is her old one from when she worked in Balham and it no longer works.

Gary

${outlookQuoteText(q)}

Hello,

Our practice code is H85022. Please change our main contact to Marion Ellery, our Deputy Practice Manager, email marion.ellery2@nhs.net. I am stepping down as main contact as I am reducing my hours in the new year.

Thank you,
Gary Whelan
Practice Manager
Wyndham Road Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p013', date: '2026-11-26T10:21:54Z',
    from: { name: 'Gary Whelan', email: 'gary.whelan@nhs.net' }, subject: 'RE: Main Contact change - Wyndham Road Surgery H85022', text,
    inReplyTo: origId, references: origId,
  });
  return {
    mailbox: MB, slug: 'main-contact-followup-corrects-quoted-address', eml,
    expected: expected(MB, { kind: 'main_contact_change', newMainContact: { name: 'Marion Ellery', email: 'marion.ellery@nhs.net' } }, {
      org: { odsCode: 'H85022', type: 'gp_practice' }, traits: ['followup_correction', 'quoted_original_wrong_value', 'outgoing_contact_mentioned'],
    }),
  };
}

// ---------------------------------------------------------------- 014
function p014(): CorpusEmail {
  const text = `Hello

I'm a GP at Castle Mead Surgery (K81052) and I never received the verification link for PCSE Online. My GMC registered email is tobias.renner@nhs.net and my GMC number is 7123456.

Sorry typo - GMC number is 7123465.

Please could you resend the link.

Thanks
Tobias Renner

Sent from my iPhone`;
  const eml = compose({
    client: 'iphone', mailbox: MB, key: 'p014', date: '2026-11-18T21:47:03Z',
    from: { name: 'Tobias Renner', email: 'tobias.renner@nhs.net' }, subject: 'Verification link', text,
  });
  return {
    mailbox: MB, slug: 'verification-gp-gmc-number-typo', eml,
    expected: expected(MB, { kind: 'verification_link_resend', accountEmail: 'tobias.renner@nhs.net', gmcNumber: '7123465' }, {
      org: { odsCode: 'K81052', type: 'gp_practice' }, traits: ['correction_same_email', 'iphone', 'format_flowed'],
    }),
  };
}

// ---------------------------------------------------------------- 015
function p015(): CorpusEmail {
  const text = `Good afternoon,

We have a new GP partner starting with us on Monday, Dr Aisha Mensah, who is taking over from Dr Colin Marsh (retiring 30 November). Dr Mensah has not received her PCSE Online verification link and is worried she won't be able to sign off the partnership change forms.

Please could you send a new verification link to Dr Mensah. Her details:
GMC number: 7654321
GMC registered email: aisha.mensah@nhs.net

I am emailing on her behalf as she is still working her notice at her previous practice and is very busy.

Also - Dr Marsh's leaving date is 30/11, I have already updated this on the portal.

Many thanks
Lorraine Baptiste
Practice Manager
Heathfield Surgery (N82061)

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p015', date: '2026-11-27T13:20:40Z',
    from: { name: 'Lorraine Baptiste', email: 'lorraine.baptiste@nhs.net' }, subject: 'Verification link for new partner - Dr Aisha Mensah', text,
  });
  return {
    mailbox: MB, slug: 'verification-practice-manager-for-new-partner', eml,
    expected: expected(MB, { kind: 'verification_link_resend', accountEmail: 'aisha.mensah@nhs.net', gmcNumber: '7654321' }, {
      org: { odsCode: 'N82061', type: 'gp_practice' }, mustRaise: ['not_own_account'], traits: ['on_behalf_of', 'outgoing_gp_mentioned', 'labelled_lines'],
    }),
  };
}

// ---------------------------------------------------------------- 016
function p016(): CorpusEmail {
  const text = `Hi, answers below.

Farah

On 27/11/2026 11:20, PCSE Portal Enquiries wrote:
> Dear Dr Siddiqui,
>
> Thank you for your email. To resend your verification link we need you
> to confirm the following:
>
> GMC number:
→ 6098123
> The email address registered with the GMC:
→ farah.siddiqui@nhs.net (same as this one)
> Practice name and ODS code (if you work at a practice):
→ Bramley Health Centre, G85017
>
> Please note we can only send a verification link for your own account.
>
> Kind regards
> PCSE Online Support Team
> Reference: PCSE-2026-040117
>
> -----Original Message-----
> From: Farah Siddiqui <farah.siddiqui@nhs.net>
> Sent: 26 November 2026 19:02
> To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
> Subject: link
>
> I never got the link to set up my PCSE account, can you send it again please
`;
  const eml = compose({
    client: 'thunderbird', mailbox: MB, key: 'p016', date: '2026-11-27T18:09:26Z',
    from: { name: 'Farah Siddiqui', email: 'farah.siddiqui@nhs.net' }, subject: 'Re: PCSE-2026-040117 - Verification link request - further details needed', text,
    inReplyTo: '<PCSE-2026-040117.2@pcse.england.nhs.uk>', references: '<PCSE-2026-040117.1@pcse.england.nhs.uk> <PCSE-2026-040117.2@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'verification-inline-arrow-answers', eml,
    expected: expected(MB, { kind: 'verification_link_resend', accountEmail: 'farah.siddiqui@nhs.net', gmcNumber: '6098123' }, {
      org: { odsCode: 'G85017', type: 'gp_practice' }, traits: ['inline_answers', 'arrow_answers', 'case_ref_reply', 'quoted_original_request', 'thunderbird', '8bit'],
    }),
  };
}

// ---------------------------------------------------------------- 017
function p017(): CorpusEmail {
  const text = `Hi,

I've locked my PCSE Online account - entered the wrong password too many times this morning. My username is t.wong@nhs.net.

Sorry, ignore that, t.wong was my old address before NHSmail changed it. My username is tracey.wong3@nhs.net.

Could you unlock it please? I need to put the supplies order in for the practice (Hillcrest Medical Centre, E85118) today.

Thanks
Tracey Wong
Reception Team Lead

Get Outlook for Android`;
  const eml = compose({
    client: 'outlook-mobile', mailbox: MB, key: 'p017', date: '2026-11-30T08:44:19Z',
    from: { name: 'Tracey Wong', email: 'tracey.wong3@nhs.net' }, subject: 'Locked out of PCSE Online', text,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">${text.split('\n').map((l) => (l ? `${esc(l)}<br>` : '<br>')).join('')}</div></body></html>`,
  });
  return {
    mailbox: MB, slug: 'unlock-reception-lead-username-corrected', eml,
    expected: expected(MB, { kind: 'account_unlock', username: 'tracey.wong3@nhs.net' }, {
      org: { odsCode: 'E85118', type: 'gp_practice' }, traits: ['correction_same_email', 'old_and_new_address', 'outlook_mobile', 'base64_body'],
    }),
  };
}

// ---------------------------------------------------------------- 018
function p018(): CorpusEmail {
  const text = `To whom it may concern,

I am writing to complain about the service we have received from PCSE over the last two months, and also to ask for help with our account, which is now locked.

In September we sent in our change of ownership paperwork and were told by your customer support centre that our supplies account would be moved across within ten working days. It was not. I phoned again on 8 October and on 21 October and was given a different answer each time. In the meantime we have had to buy prescription bags and controlled drug registers from a wholesaler at our own cost.

Today, when I tried to log in to PCSE Online to check on this, the password was rejected and after the fifth attempt it told me the account is locked. Please can you unlock the account. The username is daltons.chemist@nhs.net (this is our shared pharmacy mailbox, which the whole team uses).

I would also like a written response to my complaint and the name of a person I can contact directly, rather than starting again with somebody new every time I call. We are a small independent pharmacy and we do not have time to spend hours on hold.

Yours faithfully,

Gemma Dalton MRPharmS
Pharmacist Manager
Dalton's Chemist, 3 Church Street, Ulverston, LA12 7AX
ODS: FW2C7
Tel: 01229 555 341

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p018', date: '2026-12-01T11:58:36Z',
    from: { name: 'Gemma Dalton', email: 'gemma.dalton@nhs.net' }, subject: "Complaint and account locked - Dalton's Chemist FW2C7", text,
  });
  return {
    mailbox: MB, slug: 'unlock-pharmacy-inside-long-complaint', eml,
    expected: expected(MB, { kind: 'account_unlock', username: 'daltons.chemist@nhs.net' }, {
      org: { odsCode: 'FW2C7', type: 'pharmacy' }, traits: ['long_context', 'complaint', 'request_in_middle', 'shared_mailbox_username'],
    }),
  };
}

// ---------------------------------------------------------------- 019
function p019(): CorpusEmail {
  const subj = 'PCSE-2026-039552 - Account reactivation - information required';
  const q = { from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: '25 November 2026 09:47', to: 'Hargreaves Neil (MOORSIDE PRACTICE) <neil.hargreaves@nhs.net>', subject: subj };
  const q2 = { from: 'Neil Hargreaves <neil.hargreaves@nhs.net>', sent: '24 November 2026 16:30', to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', subject: 'Account deactivated' };
  const lines1 = ['Hi, answers added below in capitals.', '', 'Neil', ''];
  const pcse = [
    'Dear Neil,', '',
    "We can only reactivate accounts for users who hold a user administrator or main contact role. Other users should ask their own practice's user administrator. Please tell us:", '',
  ];
  const qa: [string, string][] = [
    ['- The username (email address) of the deactivated account', 'ANSWER: NEIL.HARGREAVES@NHS.NET'],
    ['- The organisation name and ODS code', 'ANSWER: MOORSIDE PRACTICE, P82019'],
    ['- The administrator role(s) held on the account', 'ANSWER: GPP PRACTICE USER ADMINISTRATOR AND MAIN CONTACT'],
  ];
  const tail = ['', 'Kind regards', 'PCSE Online Support Team', ''];
  const orig = ['', "My account has been deactivated because I haven't logged in since the summer. Can you switch it back on please?", '', 'Neil Hargreaves', 'Practice Manager, Moorside Practice'];
  const text = [...lines1, outlookQuoteText(q), '', ...pcse, ...qa.flatMap(([a, b]) => [a, b]), ...tail, outlookQuoteText(q2), ...orig, '', NHSMAIL_FOOTER].join('\n');
  const html = outlookHtml([
    mso(lines1), outlookQuoteHtml(q), mso(['', ...pcse]),
    ...qa.map(([a, b]) => `${mso([a])}\n<p class="MsoNormal"><b><span style="color:#C00000">${esc(b)}</span></b><o:p></o:p></p>`),
    mso(tail), outlookQuoteHtml(q2), mso(orig), `<pre>${esc(NHSMAIL_FOOTER)}</pre>`,
  ].join('\n'));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p019', date: '2026-11-25T12:02:11Z',
    from: { name: 'Neil Hargreaves', email: 'neil.hargreaves@nhs.net' }, subject: `RE: ${subj}`, text, html,
    inReplyTo: '<PCSE-2026-039552.2@pcse.england.nhs.uk>', references: '<PCSE-2026-039552.2@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'reactivation-admin-inline-capitals', eml,
    expected: expected(MB, { kind: 'account_reactivation', username: 'neil.hargreaves@nhs.net' }, {
      org: { odsCode: 'P82019', type: 'gp_practice' }, traits: ['inline_answers', 'answers_in_capitals', 'case_ref_reply', 'quoted_original_request'],
    }),
  };
}

// ---------------------------------------------------------------- 020
function p020(): CorpusEmail {
  const html = outlookHtml(mso([
    'Hi all,',
    '',
    'Hope you&#8217;re keeping well. A bit of news from us first: we finally got our new surgery room open in October and Dr Kaveh Jafari has joined us as an associate three days a week, so it&#8217;s been a busy autumn!',
    '',
    'Anyway, the reason I&#8217;m writing: I&#8217;m the main contact for Smiles Dental Care in Morpeth and my PCSE Online account has been deactivated (I got the &#8220;your account has been deactivated due to inactivity&#8221; message when I tried to order supplies). My username is <b>lucy.fenwick@nhs.net</b>. Could you reactivate it please?',
    '',
    'Our practice code is 019284 (I think that&#8217;s the right one &#8211; it&#8217;s the number on our contract letter).',
    '',
    'Also, our CQC inspection went well &#8211; rated Good in every area &#128522;',
    '',
    'Many thanks,',
    '',
    '<b>Lucy Fenwick</b>',
    'Practice Manager &amp; Main Contact',
    'Smiles Dental Care, 12 Bridge Street, Morpeth, NE61 1NB',
  ], true));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p020', date: '2026-12-02T09:15:58Z', parts: 'html', htmlCte: 'base64',
    from: { name: 'Lucy Fenwick', email: 'lucy.fenwick@nhs.net' }, subject: 'Re-activate my account please + news!', html,
  });
  return {
    mailbox: MB, slug: 'reactivation-dental-main-contact-news-bad-code', eml,
    expected: expected(MB, { kind: 'account_reactivation', username: 'lucy.fenwick@nhs.net' }, {
      org: { odsCode: '019284', type: 'dental_practice' }, mustRaise: ['ods_invalid'], traits: ['html_only', 'base64_body', 'unrelated_news', 'request_in_middle', 'contract_number_as_code'],
    }),
  };
}

// ---------------------------------------------------------------- 021
function p021(): CorpusEmail {
  const text = `Hi,

A few staff changes at Oaklands Surgery (A83014) from 1 December:

- Ben Cartwright has moved from our finance team to reception. Please remove his Joiner & Leaver and Practice Estimate and Salary Change roles - he doesn't need GPP access any more. His username is ben.cartwright@nhs.net.
- Ellie Sutton (ellie.sutton4@nhs.net) is taking over Ben's finance work - I will set her up myself once Ben's roles are off.
- Dr Patel and Dr O'Neill are unchanged.

Thanks,
Harriet Cole
Practice Manager
Oaklands Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p021', date: '2026-11-30T14:26:07Z',
    from: { name: 'Harriet Cole', email: 'harriet.cole@nhs.net' }, subject: 'Staff changes - PCSE Online roles', text,
  });
  return {
    mailbox: MB, slug: 'role-removal-one-of-several-staff', eml,
    expected: expected(MB, { kind: 'role_removal_request', username: 'ben.cartwright@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, {
      org: { odsCode: 'A83014', type: 'gp_practice' }, traits: ['staff_list', 'one_subject_among_several', 'roles_in_prose'],
    }),
  };
}

// ---------------------------------------------------------------- 022
function p022(): CorpusEmail {
  const text = `Dear PCSE Online team,

Our former director, Paul Wren, left Seaview Opticians (TPM52) at the end of September. He never had an email address, so his PCSE Online username was paulwren@seaviewopticians.

Could you please remove the Contractor Signatory and GOS Performer roles from his account? He is still showing on our user list and I don't want him signing claims for us. Our old user admin set him up and I'm not sure how to take the roles off myself.

Many thanks

Joanna Price
Practice Manager, Seaview Opticians
14 Marine Parade, Whitby, YO21 3PR
`;
  const eml = compose({
    client: 'apple', mailbox: MB, key: 'p022', date: '2026-11-20T15:40:29Z',
    from: { name: 'Joanna Price', email: 'joanna@seaviewopticians.co.uk' }, subject: 'Remove roles - former director', text,
    html: `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">${text.split('\n').map((l) => (l ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('\n')}</body></html>`,
  });
  return {
    mailbox: MB, slug: 'role-removal-optical-non-email-username', eml,
    expected: expected(MB, { kind: 'role_removal_request', username: 'paulwren@seaviewopticians', roles: ['Contractor Signatory', 'GOS Performer'] }, {
      org: { odsCode: 'TPM52', type: 'ophthalmic_practice' }, traits: ['non_email_username', 'apple_mail', 'non_nhs_domain', 'leaver'],
    }),
  };
}

// ---------------------------------------------------------------- 023
function p023(): CorpusEmail {
  const text = `Bonjour / Hello,

I am writing, again, because I really do not understand how PCSE Online is supposed to work for a practice like ours. I joined Rosehill Surgery as practice manager in August and nobody here knows who our user administrators are. The previous manager left no handover notes and her account was closed when she left.

I have tried to call the support centre three times and each time I was on hold for more than forty minutes before the line dropped. I am not asking you to set anything up today - I just want to know: how can I find out who currently holds the administrator roles for our practice, and who the main contact is? Is there a list you can send me, or do I need to ask every member of staff to log in and check?

I would be grateful for a clear answer.

Cordialement / Kind regards,
Chloé Durand
Practice Manager, Rosehill Surgery
`;
  const eml = compose({
    client: 'outlookcom', mailbox: MB, key: 'p023', date: '2026-11-21T19:30:55Z', charset: 'iso-8859-1',
    from: { name: 'Chloé Durand', email: 'chloe.durand@outlook.com', enc: 'Q', charset: 'iso-8859-1' }, subject: 'Who are our admins??', text,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">${text.split('\n').map((l) => (l ? `${esc(l)}<br>` : '<br>')).join('\n')}</div></body></html>`,
  });
  return {
    mailbox: MB, slug: 'question-who-are-our-admins-complaint', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, traits: ['question', 'complaint', 'latin1_charset', 'rfc2047_name', 'personal_address'] }),
  };
}

// ---------------------------------------------------------------- 024
function p024(): CorpusEmail {
  const html = outlookHtml(mso([
    'Hello,',
    '',
    'Could I please have an update on <b>PCSE-2026-037766</b>? I sent in our main contact change for Hazelwood Surgery on 6 November and have not heard anything since, other than the automatic acknowledgement.',
    '',
    'It has now been nearly four weeks and our new main contact still cannot place supplies orders.',
    '',
    'Thank you,',
    'Priya Raman',
    'Office Manager, Hazelwood Surgery',
  ], true));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p024', date: '2026-12-03T14:11:20Z',
    from: { name: 'Priya Raman', email: 'priya.raman2@nhs.net' }, subject: 'Chasing PCSE-2026-037766', html, text: `Hello,

Could I please have an update on PCSE-2026-037766? I sent in our main contact change for Hazelwood Surgery on 6 November and have not heard anything since, other than the automatic acknowledgement.

It has now been nearly four weeks and our new main contact still cannot place supplies orders.

Thank you,
Priya Raman
Office Manager, Hazelwood Surgery`,
  });
  return {
    mailbox: MB, slug: 'chaser-main-contact-pcse-ref', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, traits: ['chaser', 'case_ref_in_body', 'case_ref_in_subject'] }),
  };
}

// ---------------------------------------------------------------- 025
function p025(): CorpusEmail {
  const text = `Thank you for your email. I am out of the office until Monday 7 December with limited access to email.

For anything urgent please contact the practice on 01904 555 600 or email reception.fulfordsurgery@nhs.net.

Alison Pryor
Business Manager, Fulford Surgery`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p025', date: '2026-12-02T10:03:44Z',
    from: { name: 'Alison Pryor', email: 'alison.pryor@nhs.net' }, subject: 'Automatic reply: PCSE-2026-041002 - We have received your request', text,
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: alison.pryor@nhs.net'],
    inReplyTo: '<PCSE-2026-041002.1@pcse.england.nhs.uk>', references: '<PCSE-2026-041002.1@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'auto-reply-out-of-office', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, ignored: 'auto_reply', traits: ['auto_reply', 'auto_submitted_header', 'case_ref_in_subject'] }),
  };
}

// ---------------------------------------------------------------- 026
function p026(): CorpusEmail {
  const html = outlookHtml(mso([
    'Hi,',
    '',
    'Please can you update our practice email address.',
    '',
    '<b>Practice:</b> Fernbank Surgery',
    '<b>Practice code:</b> M83027',
    '<b>Current practice email:</b> fernbank.surgery@nhs.net',
    '<b>New practice email:</b> <s>fernbank.admin@nhs.net</s> fernbank.reception@nhs.net',
    '',
    '(admin was the one we set up first but it goes to the partners, so reception is the right one)',
    '',
    'Thanks,',
    'Jill Armitage',
    'Office Manager, Fernbank Surgery',
  ], true));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'p026', date: '2026-11-23T10:48:31Z', parts: 'html',
    from: { name: 'Jill Armitage', email: 'jill.armitage@nhs.net' }, subject: 'Update practice email address', html,
  });
  return {
    mailbox: MB, slug: 'practice-email-misdirected-s-strikethrough', eml,
    expected: expected(MB, { kind: 'practice_email_update', currentEmail: 'fernbank.surgery@nhs.net', newEmail: 'fernbank.reception@nhs.net' }, {
      org: { odsCode: 'M83027', type: 'gp_practice' }, traits: ['misdirected', 'html_only', 'html_strikethrough', 'labelled_lines'],
    }),
  };
}

export const portalEmails: (() => CorpusEmail | Promise<CorpusEmail>)[] = [
  p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015, p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026,
];
