// openexeter: corpus 39 (writer AI).

import { compose, messageIdFor } from './clients.js';
import { type CorpusEmail, expected, UNCLASSIFIED } from './expect.js';
import { flatPdf, imagePdf, INK, photoPage, scanPage } from './forms.js';
import { esc, gmailHtml, mso, outlookHtml } from './html.js';
import { NHSMAIL_FOOTER } from './lib.js';
import { CAPS, fillablePdf, fillFlat, HAND, oeTemplate, TYPED } from './templates.js';

const MB = 'openexeter' as const;
const PDF = 'application/pdf';

// ---------------------------------------------------------------- 001
async function o001(): Promise<CorpusEmail> {
  const pages = fillFlat(oeTemplate('gp', false), {
    values: {
      org: "St Aidan's Surgery", ods: 'A84031', nomineeName: 'Kerry Lightfoot', nomineeRole: 'Reception Manager', nomineeEmail: 'kerry.lightfoot@nhs.net',
      nomineePhone: '0191 555 0192', sigName: 'Dr Samuel Adeyemi', sigEmail: 'samuel.adeyemi@nhs.net', date: '24/11/26',
    },
    style: HAND, styles: { nomineeEmail: CAPS, sigEmail: CAPS, ods: CAPS }, ticks: ['gp_partner'], signed: true, sigSeed: 1101,
  });
  const scan = scanPage(pages[0]!.ops, { dpi: 150, skewDeg: -0.8, seed: 1001, mode: 'grey', specks: 140, jpegQuality: 70 });
  const pdf = await imagePdf([scan], { title: 'Scanned Document', author: 'HP LaserJet MFP M234sdw', creator: 'HP Scan', producer: 'HP Scan Extended', date: new Date('2026-11-24T15:02:00Z') });
  const text = `Hello,

Please find attached a scan of the Open Exeter Primary User form for St Aidan's Surgery, signed by Dr Adeyemi. Our previous Primary User, Brenda Kaye, retired in October, so at the moment we have nobody who can reset passwords for the nurses.

Many thanks
Kerry Lightfoot
Reception Manager
St Aidan's Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o001', date: '2026-11-24T15:16:33Z',
    from: { name: 'Kerry Lightfoot', email: 'kerry.lightfoot@nhs.net' }, subject: 'Open Exeter primary user form', text,
    attachments: [{ filename: 'OE primary user form St Aidans.pdf', type: PDF, data: pdf }],
  });
  return {
    mailbox: MB, slug: 'oe-primary-handwritten-scan-tick-signature', eml,
    expected: expected(MB, {
      kind: 'open_exeter_primary_user_request', organisationKind: 'gp_practice', nominee: { name: 'Kerry Lightfoot', email: 'kerry.lightfoot@nhs.net' },
      signatory: { name: 'Samuel Adeyemi', email: 'samuel.adeyemi@nhs.net', role: 'gp_partner' },
    }, { org: { odsCode: 'A84031', type: 'gp_practice' }, traits: ['pdf_scan', 'handwriting', 'hand_tick', 'signature_drawn', 'skew', 'specks', 'previous_primary_user_mentioned'] }),
  };
}

// ---------------------------------------------------------------- 002
async function o002(): Promise<CorpusEmail> {
  const pages = fillFlat(oeTemplate('gp'), {
    values: {
      org: 'Harbour Lane Surgery', ods: 'L83110', nomineeName: 'Zoë Pemberton', nomineeRole: 'Nurse Manager', nomineeEmail: 'zoe.pemberton@nhs.net',
      nomineePhone: '01326 555 410', sigName: 'Dr Nkechi Eze', sigEmail: 'nkechi.eze@nhs.net', date: '1/12/26',
    },
    style: { ...TYPED, size: 10.5 }, styles: { date: HAND }, ticks: ['lead_gp'], tickColor: INK, signed: true, sigSeed: 1202,
  });
  const photo = photoPage(pages[0]!.ops, { seed: 1002, wPx: 1536, hPx: 2048, tiltDeg: 2.2, jpegQuality: 76 });
  const pdf = await imagePdf([photo], { title: 'IMG_4471', author: 'iPhone', creator: 'iOS Version 18.1 (Build 22B91) Quartz PDFContext', producer: 'iOS Version 18.1 (Build 22B91) Quartz PDFContext', date: new Date('2026-12-01T18:40:00Z') }, 'image');
  const text = `Hi, photo of the signed form attached - our scanner is broken. Zoë will be our second primary user alongside Mark.

Dr Nkechi Eze
Lead GP, Harbour Lane Surgery

Sent from my iPhone`;
  const eml = compose({
    client: 'iphone', mailbox: MB, key: 'o002', date: '2026-12-01T18:43:12Z', parts: 'text',
    from: { name: 'Nkechi Eze', email: 'nkechi.eze@nhs.net' }, subject: 'Open Exeter form – Zoë Pemberton', subjectEnc: 'Q', text,
    attachments: [{ filename: 'IMG_4471.pdf', type: PDF, data: pdf }],
  });
  return {
    mailbox: MB, slug: 'oe-primary-phone-photo-with-shadow', eml,
    expected: expected(MB, {
      kind: 'open_exeter_primary_user_request', organisationKind: 'gp_practice', nominee: { name: 'Zoë Pemberton', email: 'zoe.pemberton@nhs.net' },
      signatory: { name: 'Nkechi Eze', email: 'nkechi.eze@nhs.net', role: 'lead_gp' },
    }, { org: { odsCode: 'L83110', type: 'gp_practice' }, traits: ['pdf_scan', 'phone_photo', 'shadow', 'perspective', 'non_ascii_name', 'rfc2047_subject', 'iphone', 'signatory_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 003
async function o003(): Promise<CorpusEmail> {
  const form = await fillablePdf(oeTemplate('other'), {
    values: {
      org: 'North Wolds PCN - Extended Access Hub', ods: 'U82317', orgType: 'Primary Care Network', nomineeName: 'Amira Haddad', nomineeRole: 'Hub Administrator',
      nomineeEmail: 'amira.haddad@nhs.net', nomineePhone: '01377 555 903', sigName: 'Dr Peter Lindqvist', sigEmail: 'peter.lindqvist@nhs.net', date: '26/11/2026',
    },
    ticks: ['caldicott'], signed: true, sigSeed: 1303,
  }, {
    org: 'Organisation name', ods: 'Organisation ODS code', orgType: 'Type of organisation', nomineeName: 'Primary user full name', nomineeRole: 'Primary user job title',
    nomineeEmail: 'Primary user NHS email address', nomineePhone: 'Primary user telephone', caldicott: 'Signatory is the Caldicott Guardian',
    board: 'Signatory is a member of the Board of Directors', primary_user: 'Signatory is an existing Primary User', sigName: 'Signatory full name',
    sigEmail: 'Signatory email address', date: 'Date signed',
  }, { title: 'Open Exeter Primary User request - other organisations', author: 'Stacey Ward', date: new Date('2026-11-26T14:00:00Z') });
  const text = `Good morning,

Please find attached a Primary User request for our extended access hub (North Wolds PCN), which runs cervical screening clinics on weekday evenings and Saturday mornings for our seven member practices. The form has been signed by our Caldicott Guardian, Dr Lindqvist.

Amira will be the hub's first Primary User; we will send a second form for her deputy once they have started in January.

Kind regards,
Stacey Ward
PCN Operations Lead
North Wolds PCN

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o003', date: '2026-11-27T09:08:14Z',
    from: { name: 'Stacey Ward', email: 'stacey.ward@nhs.net' }, subject: 'Open Exeter Primary User request - North Wolds PCN hub', text,
    attachments: [{ filename: 'OE Primary User - North Wolds PCN hub.pdf', type: PDF, data: form }],
  });
  return {
    mailbox: MB, slug: 'oe-primary-pcn-hub-fillable-caldicott', eml,
    expected: expected(MB, {
      kind: 'open_exeter_primary_user_request', organisationKind: 'other', nominee: { name: 'Amira Haddad', email: 'amira.haddad@nhs.net' },
      signatory: { name: 'Peter Lindqvist', email: 'peter.lindqvist@nhs.net', role: 'caldicott_guardian' },
    }, { org: { odsCode: 'U82317', type: 'pcn' }, traits: ['pdf_acroform', 'descriptive_field_names', 'check_box', 'non_gp_form', 'writer_not_signatory'] }),
  };
}

// ---------------------------------------------------------------- 004
async function o004(): Promise<CorpusEmail> {
  const pages = fillFlat(oeTemplate('gp'), {
    values: {
      org: 'Ravensworth Medical Group', ods: 'G82040', nomineeName: 'Daniel Frost', nomineeRole: 'IT and Data Lead', nomineeEmail: 'daniel.frost7@nhs.net',
      nomineePhone: '01622 555 774', sigName: 'Dr Chiara Benedetti', sigEmail: 'chiara.benedetti@nhs.net', date: '30/11/2026',
    },
    struck: { nomineeEmail: 'daniel.frost@nhs.net' }, ticks: ['gp_partner'], signed: true, sigSeed: 1404,
  });
  const pdf = await flatPdf(pages, { title: 'Open Exeter - Request for a Primary User (GP Practices)', author: 'wclarke', creator: 'Microsoft® Word for Microsoft 365', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272 (Fill & Sign)', date: new Date('2026-11-30T16:20:00Z') });
  const text = `Dear Open Exeter team,

Please see attached our request for Daniel Frost, our IT and Data Lead, to be set up as an Open Exeter Primary User. He will take over from our current Primary User, Wendy Clarke (me!), as I am retiring at Christmas - please do not remove my access until the end of December.

Dr Benedetti noticed that Daniel's email on the form was wrong before she signed it, so she has crossed it out and written the correct one next to it.

Kind regards,
Wendy Clarke
Practice Manager
Ravensworth Medical Group

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o004', date: '2026-11-30T16:34:51Z',
    from: { name: 'Wendy Clarke', email: 'wendy.clarke3@nhs.net' }, subject: 'Open Exeter Primary User - Ravensworth Medical Group G82040', text,
    attachments: [{ filename: 'OE PU form - D Frost.pdf', type: PDF, data: pdf }],
  });
  return {
    mailbox: MB, slug: 'oe-primary-flat-form-email-crossed-out', eml,
    expected: expected(MB, {
      kind: 'open_exeter_primary_user_request', organisationKind: 'gp_practice', nominee: { name: 'Daniel Frost', email: 'daniel.frost7@nhs.net' },
      signatory: { name: 'Chiara Benedetti', email: 'chiara.benedetti@nhs.net', role: 'gp_partner' },
    }, { org: { odsCode: 'G82040', type: 'gp_practice' }, traits: ['pdf_flat', 'crossed_out_value', 'outgoing_primary_user_is_sender', 'writer_not_signatory'] }),
  };
}

// ---------------------------------------------------------------- 005
function o005(): CorpusEmail {
  const lines = [
    'Hi Open Exeter team,',
    '',
    "I'd like to request that Natalie Brooks is set up as an Open Exeter Primary User for Brookside Surgery (E83021). Our previous primary user, Carol Dean, left last month and the partners have asked me to sort this out.",
    '',
    "I couldn't get your PDF form to save, so here are the details from it:",
    '',
  ];
  const table: [string, string][] = [
    ['Practice name', 'Brookside Surgery'],
    ['Practice code', 'E83021'],
    ['Primary User name', 'Natalie Brooks'],
    ['Job title', 'Senior Receptionist'],
    ['Email', 'natalie.brooks3@nhs.net'],
    ['Telephone', '020 8555 6130'],
    ['Authorised signatory', 'Julie Carmichael, Practice Manager'],
    ['Signatory email', 'julie.carmichael@nhs.net'],
    ['Signed', 'J. Carmichael'],
    ['Date', '01/12/2026'],
  ];
  const end = ['', 'Thanks', 'Julie', '', 'Julie Carmichael', 'Practice Manager', 'Brookside Surgery'];
  const text = [...lines, ...table.map(([a, b]) => `${a}: ${b}`), ...end, '', NHSMAIL_FOOTER].join('\n');
  const html = outlookHtml(`${mso(lines)}
${table.map(([a, b]) => `<p class="MsoNormal"><b>${esc(a)}:</b> ${a === 'Signed' ? `<i><span style="font-family:&quot;Segoe Script&quot;;color:#1F3864">${esc(b)}</span></i>` : esc(b)}<o:p></o:p></p>`).join('\n')}
${mso(end)}
<pre>${esc(NHSMAIL_FOOTER)}</pre>`);
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o005', date: '2026-12-01T11:12:40Z',
    from: { name: 'Julie Carmichael', email: 'julie.carmichael@nhs.net' }, subject: 'Open Exeter primary user - Brookside Surgery', text, html,
  });
  return {
    mailbox: MB, slug: 'oe-primary-form-typed-in-body-practice-manager-signs', eml,
    expected: expected(MB, {
      kind: 'open_exeter_primary_user_request', organisationKind: 'gp_practice', nominee: { name: 'Natalie Brooks', email: 'natalie.brooks3@nhs.net' },
      signatory: { name: 'Julie Carmichael', email: 'julie.carmichael@nhs.net', role: 'other' },
    }, { org: { odsCode: 'E83021', type: 'gp_practice' }, mustRaise: ['signatory_role_not_allowed'], traits: ['form_typed_into_body', 'labelled_lines', 'previous_primary_user_mentioned', 'signatory_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 006
async function o006(): Promise<CorpusEmail> {
  const form = await fillablePdf(oeTemplate('gp'), {
    values: {
      org: 'Beacon Hill Surgery', ods: 'B86094', nomineeName: 'Joanne Pike', nomineeRole: 'Practice Administrator', nomineeEmail: 'joanne.pike@nhs.net',
      nomineePhone: '0113 555 2046', sigName: 'Dr Rupa Patel', sigEmail: 'rupa.patel2@nhs.net',
    },
    ticks: ['caldicott'], signed: false,
  }, {
    org: 'PracName', ods: 'PracCode', nomineeName: 'PU_FullName', nomineeRole: 'PU_JobTitle', nomineeEmail: 'PU_Email', nomineePhone: 'PU_Tel',
    lead_gp: 'chk_LeadGP', gp_partner: 'chk_Partner', caldicott: 'chk_Caldicott', primary_contact: 'chk_ExistingPC', board: 'chk_Board',
    sigName: 'Sig_Name', sigEmail: 'Sig_Email', date: 'Sig_Date',
  }, { title: 'OE-PU-GP v4', author: 'Joanne Pike', date: new Date('2026-12-02T10:30:00Z') });
  const text = `Hello,

Attached is our Open Exeter Primary User form. Dr Patel is our Caldicott Guardian and has agreed to sign it, but she is on leave until Monday. Can you start processing it in the meantime and she will sign it when she is back? We are a bit stuck because our only Primary User is off sick.

Thanks
Joanne Pike
Practice Administrator
Beacon Hill Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o006', date: '2026-12-02T10:41:27Z',
    from: { name: 'Joanne Pike', email: 'joanne.pike@nhs.net' }, subject: 'OE primary user form (to be signed)', text,
    attachments: [{ filename: 'OE-PU-GP Beacon Hill.pdf', type: PDF, data: form }],
  });
  return {
    mailbox: MB, slug: 'oe-primary-fillable-unsigned', eml,
    expected: expected(MB, {
      kind: 'open_exeter_primary_user_request', organisationKind: 'gp_practice', nominee: { name: 'Joanne Pike', email: 'joanne.pike@nhs.net' },
      signatory: { name: 'Rupa Patel', email: 'rupa.patel2@nhs.net', role: 'caldicott_guardian' },
    }, { org: { odsCode: 'B86094', type: 'gp_practice' }, mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'terse_field_names', 'unsigned', 'nominee_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 007
function o007(): CorpusEmail {
  const text = `Answers inline below (marked >>).

Hamish Ross
GP Partner, Glenview Medical Practice

From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 30 November 2026 09:15
To: Ross Hamish (GLENVIEW MEDICAL PRACTICE) <hamish.ross@nhs.net>
Subject: PCSE-2026-040388 - Open Exeter additional permissions - further information

Dear Dr Ross,

Thank you for your request. Please confirm the following so that we can add the permissions:

The practice name and code:
>> Glenview Medical Practice, G83012
The user's full name:
>> Megan Toller
Their Open Exeter user ID:
>> TOLLERM1
Their email address:
>> megan.toller@nhs.net
The permissions required:
>> Prior Notification List (PNL)
>> Cervical Screening Result Enquiry
Your role at the practice (requests must come from a Lead GP, GP Partner, Caldicott Guardian or member of the Board of Directors):
>> GP Partner

Kind regards
PCSE Open Exeter Team

From: Hamish Ross <hamish.ross@nhs.net>
Sent: 29 November 2026 18:22
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: OE access for Megan

Can Megan have access to the PNL and results please? She's taking over from Sue who retires this week.

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o007', date: '2026-11-30T12:48:09Z', parts: 'text',
    from: { name: 'Hamish Ross', email: 'hamish.ross@nhs.net' }, subject: 'RE: PCSE-2026-040388 - Open Exeter additional permissions - further information', text,
    inReplyTo: '<PCSE-2026-040388.2@pcse.england.nhs.uk>', references: '<PCSE-2026-040388.2@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'oe-permissions-inline-answers-gp-partner', eml,
    expected: expected(MB, {
      kind: 'open_exeter_additional_permissions', user: { name: 'Megan Toller', email: 'megan.toller@nhs.net', username: 'TOLLERM1' },
      permissions: ['Prior Notification List (PNL)', 'Cervical Screening Result Enquiry'], signatory: { name: 'Hamish Ross', email: 'hamish.ross@nhs.net', role: 'gp_partner' },
    }, { org: { odsCode: 'G83012', type: 'gp_practice' }, traits: ['inline_answers', 'chevron_answers', 'case_ref_reply', 'quoted_original_request', 'text_only'] }),
  };
}

// ---------------------------------------------------------------- 008
function o008(): CorpusEmail {
  const origId = messageIdFor({ client: 'nhsmail', key: 'o008-original', from: { name: null, email: 'ayodele.bakare@nhs.net' } });
  const text = `Sorry, wrong user ID below - Lisa's Open Exeter user ID is HARDYL2. HARDYL1 was her account at her previous practice and should be left alone.

Dr Ayodele Bakare

From: Ayodele Bakare <ayodele.bakare@nhs.net>
Sent: 02 December 2026 08:41
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: Open Exeter permissions for Lisa Hardy

Dear colleagues,

As Caldicott Guardian for Whitchurch Road Practice (H81066) I'd like to request additional Open Exeter permissions for our practice nurse Lisa Hardy (lisa.hardy5@nhs.net), user ID HARDYL1:

- Sample Taker Enquiry
- Prior Notification List

Kind regards
Dr Ayodele Bakare
GP and Caldicott Guardian
Whitchurch Road Practice

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o008', date: '2026-12-02T08:49:57Z',
    from: { name: 'Ayodele Bakare', email: 'ayodele.bakare@nhs.net' }, subject: 'RE: Open Exeter permissions for Lisa Hardy', text,
    inReplyTo: origId, references: origId,
  });
  return {
    mailbox: MB, slug: 'oe-permissions-followup-corrects-user-id', eml,
    expected: expected(MB, {
      kind: 'open_exeter_additional_permissions', user: { name: 'Lisa Hardy', email: 'lisa.hardy5@nhs.net', username: 'HARDYL2' },
      permissions: ['Sample Taker Enquiry', 'Prior Notification List'], signatory: { name: 'Ayodele Bakare', email: 'ayodele.bakare@nhs.net', role: 'caldicott_guardian' },
    }, { org: { odsCode: 'H81066', type: 'gp_practice' }, traits: ['followup_correction', 'quoted_original_wrong_value', 'old_and_new_user_id', 'bulleted_permissions'] }),
  };
}

// ---------------------------------------------------------------- 009
function o009(): CorpusEmail {
  const lines = [
    'Hi,',
    '',
    "I'm one of the GP partners at Saltwell Medical Centre (A89027). I'm on leave this week so I'm emailing from my personal account, apologies.",
    '',
    'Please could you give Priya Nair (priya.nair4@nhs.net, Open Exeter user ID NAIRP3) access to the Prior Notification List. She is our new cervical screening lead nurse and starts running the PNL from next week.',
    '',
    'Thanks',
    'Dr Rob Kettering',
    'GP Partner',
    'Saltwell Medical Centre',
  ];
  const eml = compose({
    client: 'gmail', mailbox: MB, key: 'o009', date: '2026-11-28T10:22:16Z',
    from: { name: 'Rob Kettering', email: 'rob.kettering71@gmail.com' }, subject: 'Open Exeter - PNL access for Priya', text: `${lines.join('\n')}\n`, html: gmailHtml(lines),
  });
  return {
    mailbox: MB, slug: 'oe-permissions-gp-partner-from-gmail', eml,
    expected: expected(MB, {
      kind: 'open_exeter_additional_permissions', user: { name: 'Priya Nair', email: 'priya.nair4@nhs.net', username: 'NAIRP3' },
      permissions: ['Prior Notification List'], signatory: { name: 'Rob Kettering', email: 'rob.kettering71@gmail.com', role: 'gp_partner' },
    }, { org: { odsCode: 'A89027', type: 'gp_practice' }, mustRaise: ['sender_not_nhs'], traits: ['gmail', 'personal_address', 'details_in_prose'] }),
  };
}

// ---------------------------------------------------------------- 010
function o010(): CorpusEmail {
  const text = `This is an automatically generated message. Please do not reply.

A new user account has been created in Open Exeter and requires authorisation by PCSE.

Organisation code:   M88014
Organisation name:   Pelsall Village Surgery
New user ID:         KHANS07
New user name:       Sabina Khan
New user email:      sabina.khan12@nhs.net
Job role:            Healthcare Assistant
Created by:          Maria Lopez (LOPEZM2)
Created on:          03/12/2026 14:22

Please authorise the account and issue a temporary password to the new user.

Open Exeter Service
`;
  const eml = compose({
    client: 'system', mailbox: MB, key: 'o010', date: '2026-12-03T14:22:48Z',
    from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' }, to: 'pcse.openexeter@nhs.net',
    subject: 'Open Exeter: new user created at organisation M88014 - authorisation required', text,
  });
  return {
    mailbox: MB, slug: 'oe-new-user-notification', eml,
    expected: expected(MB, {
      kind: 'open_exeter_new_user_authorisation', user: { name: 'Sabina Khan', email: 'sabina.khan12@nhs.net', username: 'KHANS07' },
      createdBy: { name: 'Maria Lopez', email: null },
    }, { org: { odsCode: 'M88014', type: 'gp_practice' }, traits: ['system_notification', 'aligned_labels', 'auto_generated_header'] }),
  };
}

// ---------------------------------------------------------------- 011
function o011(): CorpusEmail {
  const text = `Hi team,

I set up two new users yesterday afternoon. Rebecca Stone's account (STONER4) came through fine and she has her password already, but Joel Adeyinka's hasn't been authorised yet - the notification for his account is below. Could you authorise it please?

(Our third new starter, Hollie, doesn't need Open Exeter.)

Thanks
Grace Mwangi
Practice Manager & Open Exeter Primary User
Fairfield Surgery

-----Original Message-----
From: Open Exeter <openexeter.notifications@nhs.net>
Sent: 03 December 2026 16:05
To: pcse.openexeter@nhs.net
Cc: grace.mwangi@nhs.net
Subject: Open Exeter: new user created at organisation C86031 - authorisation required

This is an automatically generated message. Please do not reply.

A new user account has been created in Open Exeter and requires authorisation by PCSE.

Organisation code:   C86031
Organisation name:   Fairfield Surgery
New user ID:         ADEYINJ1
New user name:       Joel Adeyinka
New user email:      joel.adeyinka@nhs.net
Job role:            Practice Nurse
Created by:          Grace Mwangi (MWANGIG1)
Created on:          03/12/2026 16:04

Please authorise the account and issue a temporary password to the new user.

Open Exeter Service

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o011', date: '2026-12-04T09:02:33Z',
    from: { name: 'Grace Mwangi', email: 'grace.mwangi@nhs.net' }, subject: 'FW: Open Exeter: new user created at organisation C86031 - authorisation required', text,
  });
  return {
    mailbox: MB, slug: 'oe-new-user-forwarded-with-other-users-named', eml,
    expected: expected(MB, {
      kind: 'open_exeter_new_user_authorisation', user: { name: 'Joel Adeyinka', email: 'joel.adeyinka@nhs.net', username: 'ADEYINJ1' },
      createdBy: { name: 'Grace Mwangi', email: 'grace.mwangi@nhs.net' },
    }, { org: { odsCode: 'C86031', type: 'gp_practice' }, traits: ['inline_forward', 'staff_list', 'one_subject_among_several', 'creator_is_sender'] }),
  };
}

// ---------------------------------------------------------------- 012
function o012(): CorpusEmail {
  const lines = [
    'Hello,',
    '',
    'Quick question: is there a limit on how many Primary Users a practice can have in Open Exeter? We currently have two (myself and our senior nurse) but with the new extended hours rota we would like a third so there is always someone on site who can reset passwords.',
    '',
    'If a third is allowed, which form do we use and who needs to sign it?',
    '',
    'Thank you,',
    'Rosa Delgado',
    'Assistant Practice Manager, Kirkgate Surgery',
  ];
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o012', date: '2026-11-19T13:44:02Z',
    from: { name: 'Rosa Delgado', email: 'rosa.delgado@nhs.net' }, subject: 'How many Primary Users can we have?', text: `${lines.join('\n')}\n\n${NHSMAIL_FOOTER}`,
  });
  return {
    mailbox: MB, slug: 'question-how-many-primary-users', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, traits: ['question'] }),
  };
}

// ---------------------------------------------------------------- 013
function o013(): CorpusEmail {
  const text = `Hi,

Just chasing this one - we sent the signed Primary User form on 17 November and have had the acknowledgement, but nothing since. Could you let me know where it is up to?

Thanks,
Debbie Kaur
Practice Manager, Westfield Surgery`;
  const eml = compose({
    client: 'outlook-mobile', mailbox: MB, key: 'o013', date: '2026-12-03T17:58:20Z',
    from: { name: 'Debbie Kaur', email: 'debbie.kaur@nhs.net' }, subject: 'Chasing - PCSE-2026-039004 - Open Exeter primary user form', text,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">${text.split('\n').map((l) => (l ? `${esc(l)}<br>` : '<br>')).join('')}</div></body></html>`,
  });
  return {
    mailbox: MB, slug: 'chaser-pcse-ref-in-subject', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, traits: ['chaser', 'case_ref_in_subject', 'outlook_mobile', 'base64_body'] }),
  };
}

// ---------------------------------------------------------------- 014
function o014(): CorpusEmail {
  const html = outlookHtml(mso([
    'Thank you for your message.',
    '',
    'I am on annual leave returning Wednesday 9 December. Your email will not be forwarded.',
    '',
    'For Open Exeter password resets please contact our second Primary User, Sister Jane Holloway (jane.holloway@nhs.net).',
    '',
    'Dr Ifeoma Chukwu',
  ]));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'o014', date: '2026-12-04T11:30:09Z', parts: 'html',
    from: { name: 'Ifeoma Chukwu', email: 'ifeoma.chukwu@nhs.net' }, subject: 'Automatic reply: PCSE-2026-040911 - Open Exeter new user authorised', html,
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    inReplyTo: '<PCSE-2026-040911.3@pcse.england.nhs.uk>', references: '<PCSE-2026-040911.3@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'auto-reply-annual-leave-html', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, ignored: 'auto_reply', traits: ['auto_reply', 'html_only', 'auto_submitted_header'] }),
  };
}

// ---------------------------------------------------------------- 015
function o015(): CorpusEmail {
  const text = `Hello,

I'm a locum GP and my PCSE Online account is locked - I typed my password wrong too many times last night. My username is my GMC registered email, samira.haddou@hotmail.co.uk.

I need to submit my pension forms by Friday so I'd be grateful if you could unlock it as soon as possible.

Sorry if this is the wrong mailbox, it's the only PCSE address I had saved.

Thanks,
Dr Samira Haddou`;
  const eml = compose({
    client: 'outlookcom', mailbox: MB, key: 'o015', date: '2026-12-01T07:36:44Z',
    from: { name: 'Samira Haddou', email: 'samira.haddou@hotmail.co.uk' }, subject: 'account locked', text,
  });
  return {
    mailbox: MB, slug: 'unlock-locum-gp-misdirected-hotmail', eml,
    expected: expected(MB, { kind: 'account_unlock', username: 'samira.haddou@hotmail.co.uk' }, {
      org: null, mustRaise: ['sender_not_nhs'], traits: ['misdirected', 'personal_address', 'no_organisation'],
    }),
  };
}

export const openexeterEmails: (() => CorpusEmail | Promise<CorpusEmail>)[] = [
  o001, o002, o003, o004, o005, o006, o007, o008, o009, o010, o011, o012, o013, o014, o015,
];
