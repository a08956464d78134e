// openexeter: the emails of corpus-34 (writer AD) that arrived in pcse.openexeter@nhs.net.
import { escHtml, msoParas, multi, pdf, text, html } from './lib.js';
import { type Item, item, nov, novLong, outlookId, appleId, gmailId, outlookAlt, withPdfs, person, practiceDisclaimer, outlookBoundary, gmailBoundary } from './common.js';
import { oeGpFax, oeGpRotated, oeGpWord, oeGpAcro, oeOtherWord } from './forms.js';

const M = 'openexeter' as const;

export async function openexeter(): Promise<Item[]> {
  const out: Item[] = [];

  // 1 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o01';
    const scan = await oeGpFax({
      practiceName: "St Aidan's Surgery", odsCode: 'N82088', address: 'Church Street, Bolton BL1 2HT', phone: '01204 555 010',
      title: 'Mrs', forename: 'Lorraine', surname: 'Baxter', job: 'Practice Manager', email: 'lorraine.baxter@nhs.net', direct: '01204 555 017',
      tick: 1, sigName: 'Dr Gareth Pryce', sigPosition: 'GP Partner', sigEmail: 'gareth.pryce@nhs.net', date: '12/11/2026', signed: true,
    }, '2026-11-16T10:05:00Z');
    const body = `Hello,

Please find attached the form for our new primary user. Sorry it's a bit faint, the scanner is stuck on fax mode and I can't change it!

Thanks
Janice Cole
Receptionist, St Aidan's Surgery`;
    out.push(item(M, 'primary-user-gp-fax-scan', {
      client: 'outlook', from: { name: 'COLE, Janice (ST AIDANS SURGERY)', email: 'janice.cole3@nhs.net' },
      subject: 'Open Exeter form', date: nov(16, 10, 18, 46), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('SCAN0001.pdf', scan)]),
    }, {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'N82088', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: person('Lorraine Baxter', 'lorraine.baxter@nhs.net'),
        signatory: { ...person('Gareth Pryce', 'gareth.pryce@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [], traits: ['pdf_scan_fax_bilevel', 'handwritten', 'everything_in_scan', 'receptionist_sender'],
    }, ['scan']));
  }

  // 2 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o02';
    const scan = await oeGpRotated({
      practiceName: 'Kelsall Road Medical Practice', odsCode: 'A82045', address: '61 Kelsall Road, Carlisle CA2 7HS', phone: '01228 555 431',
      title: 'Miss', forename: 'Priya', surname: 'Chauhan', job: 'Assistant Practice Manager', email: 'priya.chauhan1@nhs.net', direct: '01228 555 436',
      tick: 2, sigName: 'Dr Fiona Marsh', sigPosition: 'GP and Caldicott Guardian', sigEmail: 'fiona.marsh@nhs.net', date: '17/11/2026', signed: true,
    }, '2026-11-17T13:30:00Z');
    const body = `Hi,

Attached is a signed form for Priya to be our second primary user alongside me, so we have cover when I'm on leave.

Regards
Dawn Fletcher
Practice Manager and Primary User
Kelsall Road Medical Practice`;
    out.push(item(M, 'primary-user-gp-rotated-scan', {
      client: 'outlook', from: { name: 'Kelsall Road Medical Practice', email: 'kelsallroad.mp@nhs.net' },
      subject: 'Second primary user - A82045', date: nov(17, 13, 52, 20), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('SCN_0042.pdf', scan)]),
    }, {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'A82045', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: person('Priya Chauhan', 'priya.chauhan1@nhs.net'),
        signatory: { ...person('Fiona Marsh', 'fiona.marsh@nhs.net'), role: 'caldicott_guardian' },
      },
      mustRaise: [], traits: ['pdf_scan_rotated_90', 'shared_mailbox_sender', 'sender_not_a_party', 'code_in_subject'],
    }, ['scan']));
  }

  // 3 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o03';
    const form = await oeGpWord({
      practiceName: 'Fairholme Surgery', odsCode: 'D81066', address: '8 Fairholme Road, Ely CB7 4EX', phone: '01353 555 122',
      title: 'Ms', forename: 'Agnieszka', surname: 'Nowak', job: 'Reception Manager', email: 'agnieszka.nowak@nhs.net', direct: '01353 555 129',
      tick: null, sigName: 'Stuart Kemp', sigPosition: 'Practice Manager', sigEmail: 'stuart.kemp@nhs.net', date: '18/11/2026', signed: true,
    }, '2026-11-18T11:00:00Z');
    const partners = ['Dr Imogen Hart', 'Dr Rafael Souza', 'Dr Vivek Kulkarni'];
    const body = `Good morning,

Please find attached our Open Exeter primary user form for Agnieszka. I've signed it myself as practice manager as the partners are snowed under at the moment - I hope that's OK.

Kind regards

Stuart Kemp
Practice Manager
Fairholme Surgery

${practiceDisclaimer('Fairholme Surgery', partners)}`;
    out.push(item(M, 'primary-user-gp-signed-by-pm', {
      client: 'outlook', from: { name: 'KEMP, Stuart (FAIRHOLME SURGERY)', email: 'stuart.kemp@nhs.net' },
      subject: 'Open Exeter Primary User request - Fairholme Surgery', date: nov(18, 11, 26, 8), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body), [pdf('OE Primary User form - Fairholme.pdf', form)]),
    }, {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'D81066', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: person('Agnieszka Nowak', 'agnieszka.nowak@nhs.net'),
        signatory: { ...person('Stuart Kemp', 'stuart.kemp@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat_two_column', 'practice_manager_signatory', 'letterhead_partners'],
    }, ['flat']));
  }

  // 4 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o04';
    const form = await oeOtherWord({
      orgName: 'Lowmoor Community Health NHS Trust - Colposcopy Service', orgType: 'Colposcopy clinic (NHS community trust)', orgCode: '',
      address: 'Outpatients Block C, Lowmoor Community Hospital,\nLowmoor Road, Kirkby-in-Ashfield NG17 7LE',
      nomineeName: 'Tanya Whitmore', nomineeJob: 'Colposcopy Service Manager', nomineeEmail: 'tanya.whitmore@nhs.net', nomineePhone: '01623 555 860',
      capacity: 'Member of the Board of Directors', sigName: 'Maureen Achebe', sigJob: 'Director of Nursing and Quality (Executive Director)', sigEmail: 'maureen.achebe@nhs.net', date: '19 November 2026',
    }, '2026-11-19T09:40:00Z');
    const body = `Dear Open Exeter team,

Please find attached a request for a Primary User for our colposcopy service, which is new to Open Exeter. It has been signed by our Director of Nursing, who sits on the Trust Board. The primary user will be me.

We don't have an organisation code for the service itself that I'm aware of - please let me know if you need the Trust's.

With thanks

Tanya Whitmore
Colposcopy Service Manager
Lowmoor Community Health NHS Trust`;
    out.push(item(M, 'primary-user-other-org-board-member', {
      client: 'outlook', from: { name: 'WHITMORE, Tanya (LOWMOOR COMMUNITY HEALTH NHS TRUST)', email: 'tanya.whitmore@nhs.net' },
      cc: [{ name: 'ACHEBE, Maureen (LOWMOOR COMMUNITY HEALTH NHS TRUST)', email: 'maureen.achebe@nhs.net' }],
      subject: 'Open Exeter Primary User - Colposcopy', date: nov(19, 9, 55, 2), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('OE PU request - Lowmoor colposcopy (signed).pdf', form)]),
    }, {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
      fields: {
        organisationKind: 'other', nominee: person('Tanya Whitmore', 'tanya.whitmore@nhs.net'),
        signatory: { ...person('Maureen Achebe', 'maureen.achebe@nhs.net'), role: 'board_member' },
      },
      mustRaise: [], traits: ['pdf_flat_table', 'other_organisation', 'nominee_is_sender', 'no_code'],
    }, ['flat']));
  }

  // 5 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o05';
    const form = await oeGpAcro({
      practiceName: 'Beckside Medical Practice', odsCode: 'B86011', address: 'Beck Lane, Kirkstall, Leeds LS5 3DD', phone: '0113 555 0740',
      title: 'Mrs', forename: 'Amy', surname: 'Lister', job: 'Deputy Practice Manager', email: 'amy.lister@nhs.net', direct: '0113 555 0746',
      tick: 0, sigName: 'Dr Kiran Sandhu', sigPosition: 'Lead GP', sigEmail: 'kiran.sandhu@nhs.net', date: '', signed: false,
    }, '2026-11-20T15:15:00Z');
    const body = `Hi,

Attached is our Primary User form for Amy. Dr Sandhu is our lead GP - she has filled in her details but hasn't been able to sign it electronically, can you accept it as it is? Practice code b86011.

Thanks
Rachel Thornton
Practice Manager`;
    out.push(item(M, 'primary-user-acroform-unsigned', {
      client: 'outlook', from: { name: 'THORNTON, Rachel (BECKSIDE MEDICAL PRACTICE)', email: 'rachel.thornton6@nhs.net' },
      subject: 'OE primary user', date: nov(20, 15, 31, 17), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('OE_PrimaryUser_GP_fillable.pdf', form)]),
    }, {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'B86011', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: person('Amy Lister', 'amy.lister@nhs.net'),
        signatory: { ...person('Kiran Sandhu', 'kiran.sandhu@nhs.net'), role: 'lead_gp' },
      },
      mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'odd_field_names', 'unsigned', 'lower_case_code', 'stray_punctuation'],
    }, ['acroform']));
  }

  // 6 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o06';
    const partners = ['Dr Oluwaseun Adebayo', 'Dr Mairead Quinn', 'Dr Thomas Elmore', 'Dr Shabana Rafiq', 'Dr George Fenwick'];
    const plain = `Dear PCSE,

Please could you add the Prior Notification List permission to the Open Exeter account of our practice nurse, Maria Lopes (username LOPESM01, email maria.lopes3@nhs.net)? She is taking over the PNL from our retiring nurse next month.

I am a GP Partner at the practice.

Many thanks

Dr Oluwaseun Adebayo
GP Partner
Fenwick Street Surgery, C86021

Fenwick Street Surgery | Partners: ${partners.join(', ')}`;
    const frag = `${msoParas(plain.split('\n\nDr Oluwaseun Adebayo')[0]!)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#005EB8">Dr Oluwaseun Adebayo</span></b><br><span style="font-size:9pt">GP Partner<br>Fenwick Street Surgery, C86021</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#595959">Fenwick Street Surgery | Partners: ${escHtml(partners.join(', '))}</span><o:p></o:p></p>`;
    out.push(item(M, 'permissions-gp-partner-html', {
      client: 'outlook', from: { name: 'ADEBAYO, Oluwaseun (Dr) (FENWICK STREET SURGERY)', email: 'oluwaseun.adebayo@nhs.net' },
      subject: 'Open Exeter - additional permission for practice nurse', date: nov(23, 12, 8, 39), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag, footer: true }),
    }, {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'C86021', type: 'gp_practice' },
      fields: {
        user: { ...person('Maria Lopes', 'maria.lopes3@nhs.net'), username: 'LOPESM01' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Oluwaseun Adebayo', 'oluwaseun.adebayo@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [], traits: ['letterhead_partners', 'signatory_is_sender', 'html_signature'],
    }));
  }

  // 7 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o07';
    const body = `Hi,

Please can you give our new healthcare assistant Ben Carter (Open Exeter user ID CARTERB2, ben.carter9@nhs.net) access to:

Sample Taker Database
Cervical Screening Enquiry

I've copied in Dr Lowe for information.

Thanks
Gillian Marsh
Practice Manager
Hadley Wood Surgery - E83027`;
    out.push(item(M, 'permissions-practice-manager', {
      client: 'outlook', from: { name: 'MARSH, Gillian (HADLEY WOOD SURGERY)', email: 'gillian.marsh@nhs.net' },
      cc: [{ name: 'LOWE, Andrew (Dr) (HADLEY WOOD SURGERY)', email: 'andrew.lowe4@nhs.net' }],
      subject: 'Open Exeter access for new HCA', date: nov(24, 9, 47, 25), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'E83027', type: 'gp_practice' },
      fields: {
        user: { ...person('Ben Carter', 'ben.carter9@nhs.net'), username: 'CARTERB2' },
        permissions: ['Sample Taker Database', 'Cervical Screening Enquiry'],
        signatory: { ...person('Gillian Marsh', 'gillian.marsh@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['practice_manager_requester', 'partner_cc_silent', 'several_people'],
    }));
  }

  // 8 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o08';
    const plain = `Hello

Sending from my personal email as I can't get into NHSmail at home tonight.

As Lead GP at Brampton Surgery (A88012) I'd like our practice manager Julie Heron (Open Exeter username HERONJ, julie.heron@nhs.net) to be given:

- Prior Notification List
- Non-Responder Report

Many thanks
Paul Whitaker
Lead GP, Brampton Surgery`;
    const gmailHtml = `<div dir="ltr"><div>Hello</div><div><br></div><div>Sending from my personal email as I can't get into NHSmail at home tonight.</div><div><br></div><div>As Lead GP at Brampton Surgery (A88012) I'd like our practice manager Julie Heron (Open Exeter username HERONJ, <a href="mailto:julie.heron@nhs.net">julie.heron@nhs.net</a>) to be given:</div><div><br></div><div>- Prior Notification List</div><div>- Non-Responder Report</div><div><br></div><div>Many thanks</div><div>Paul Whitaker</div><div>Lead GP, Brampton Surgery</div></div>
`;
    out.push(item(M, 'permissions-lead-gp-personal-gmail', {
      client: 'gmail', from: { name: 'Paul Whitaker', email: 'paulwhitaker.gp@gmail.com' }, dkim: 'gmail.com',
      subject: 'Open Exeter permissions', date: nov(24, 21, 33, 4), messageId: gmailId(key),
      body: multi('alternative', gmailBoundary(key), [text(plain, { charset: 'UTF-8' }), html(gmailHtml, { charset: 'UTF-8' })]),
    }, {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'A88012', type: 'gp_practice' },
      fields: {
        user: { ...person('Julie Heron', 'julie.heron@nhs.net'), username: 'HERONJ' },
        permissions: ['Prior Notification List', 'Non-Responder Report'],
        signatory: { ...person('Paul Whitaker', 'paulwhitaker.gp@gmail.com'), role: 'lead_gp' },
      },
      mustRaise: ['sender_not_nhs'], traits: ['personal_email_sender', 'gmail_html'],
    }));
  }

  // 9 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'o09';
    const rows = [
      ['Organisation code', 'B81620'],
      ['Organisation name', 'MARFLEET LANE SURGERY'],
      ['New user', 'PATTERSON, Laura'],
      ['User ID', 'PATTERSONL'],
      ['Email address', 'laura.patterson7@nhs.net'],
      ['Job role', 'Practice Nurse'],
      ['Created by', 'GREENWOOD, Alison (Primary User)'],
      ['Created on', '23/11/2026 10:41'],
    ];
    const tableHtml = `<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
${rows.map(([a, b]) => `<tr><td style="background:#E8EDF2;font-weight:bold">${escHtml(a!)}</td><td>${escHtml(b!)}</td></tr>`).join('\n')}
</table>`;
    const h = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:Arial;font-size:10pt">
<p><b>Open Exeter - New user requires authorisation</b></p>
<p>A Primary User has created a new Open Exeter user account. The account cannot be used until it is authorised by PCSE.</p>
${tableHtml}
<p>This is an automatically generated email. Please do not reply to this message.</p>
</body></html>`;
    const plain = `Open Exeter - New user requires authorisation

A Primary User has created a new Open Exeter user account. The account cannot be used until it is authorised by PCSE.

${rows.map(([a, b]) => `${a}: ${b}`).join('\n')}

This is an automatically generated email. Please do not reply to this message.`;
    out.push(item(M, 'new-user-notification-html-table', {
      client: 'system', from: { name: 'Open Exeter', email: 'open.exeter.notifications@nhs.net' },
      subject: 'Open Exeter: new user created - B81620', date: nov(23, 10, 41, 30), messageId: `OE.20261123104130.b81620.77120.${key}@openexeter.nhs.uk`,
      extra: [['X-Mailer', 'OpenExeter Notification Service 3.2'], ['Auto-Submitted', 'auto-generated']],
      body: multi('alternative', `----=_Part_77120_${'1911046527'}.1763894490000`, [text(plain, { enc: '7bit' }), html(h, { enc: '7bit' })]),
    }, {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'B81620', type: 'gp_practice' },
      fields: {
        user: { ...person('Laura Patterson', 'laura.patterson7@nhs.net'), username: 'PATTERSONL' },
        createdBy: person('Alison Greenwood', null),
      },
      mustRaise: [], traits: ['system_notification', 'html_table', 'surname_comma_forename', 'auto_generated_not_ignored'],
    }));
  }

  // 10 --------------------------------------------------------------------------------------------------------
  {
    const key = 'o10';
    const notif = `Open Exeter - New user requires authorisation

A Primary User has created a new Open Exeter user account. The account cannot be used until it is authorised by PCSE.

Organisation code: L82039
Organisation name: CRANMORE SURGERY
New user: OYELARAN, Funmilayo
User ID: OYELARANF
Email address: funmilayo.oyelaran@nhs.net
Job role: Practice Nurse
Created by: SHAW, Imogen (Primary User)
Created on: 24/11/2026 14:02

This is an automatically generated email. Please do not reply to this message.`;
    const body = `Hi,

I've set our new nurse up on Open Exeter this afternoon (notification below) - please could you authorise her account and send her the temporary password?

Thanks
Imogen Shaw
Office Manager / OE Primary User
Cranmore Surgery

________________________________
From: Open Exeter <open.exeter.notifications@nhs.net>
Sent: ${novLong(24, 14, 2)}
To: SHAW, Imogen (CRANMORE SURGERY) <imogen.shaw@nhs.net>
Subject: Open Exeter: new user created - L82039

${notif}`;
    out.push(item(M, 'new-user-notification-forwarded-by-creator', {
      client: 'outlook', from: { name: 'SHAW, Imogen (CRANMORE SURGERY)', email: 'imogen.shaw@nhs.net' },
      subject: 'FW: Open Exeter: new user created - L82039', date: nov(24, 14, 20, 45), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'L82039', type: 'gp_practice' },
      fields: {
        user: { ...person('Funmilayo Oyelaran', 'funmilayo.oyelaran@nhs.net'), username: 'OYELARANF' },
        createdBy: person('Imogen Shaw', 'imogen.shaw@nhs.net'),
      },
      mustRaise: [], traits: ['forwarded_notification', 'surname_comma_forename', 'creator_is_sender'],
    }));
  }

  // 11 --------------------------------------------------------------------------------------------------------
  {
    const key = 'o11';
    const body = `*** OPEN EXETER USER AUTHORISATION REQUEST ***

A new user has been added to Open Exeter by a Primary User and requires authorisation.

ORGANISATION : Y02610  GOLDTHORPE MEDICAL CENTRE
USER NAME    : KHAN, Zainab
USER ID      : KHANZ03
E-MAIL       : zainab.khan21@nhs.net
ADDED BY     : ROBERTS, Sian  (ROBERTSS)
DATE ADDED   : 25/11/2026

Please action within 2 working days.
Open Exeter Service`;
    out.push(item(M, 'new-user-notification-plain', {
      client: 'system', from: { name: 'Open Exeter', email: 'open.exeter.notifications@nhs.net' },
      subject: 'OPEN EXETER USER AUTHORISATION REQUEST - Y02610', date: nov(25, 16, 2, 0), messageId: `OE.20261125160200.y02610.77961.${key}@openexeter.nhs.uk`,
      extra: [['X-Mailer', 'OpenExeter Notification Service 3.2'], ['Auto-Submitted', 'auto-generated']],
      body: text(body, { enc: '7bit' }),
    }, {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'Y02610', type: 'gp_practice' },
      fields: {
        user: { ...person('Zainab Khan', 'zainab.khan21@nhs.net'), username: 'KHANZ03' },
        createdBy: person('Sian Roberts', null),
      },
      mustRaise: [], traits: ['system_notification', 'fixed_width_layout', 'surname_comma_forename', 'auto_generated_not_ignored'],
    }));
  }

  // 12 --------------------------------------------------------------------------------------------------------
  {
    const key = 'o12';
    const body = `Hello,

Two quick questions please:

1. We already have one Open Exeter primary user (me). If we want a second one, do we still need to send you the signed form, or can I just set her up myself?
2. Can our nurse lead sign the form, or does it have to be one of the GPs? She is not a partner.

I'm not sending anything yet - just want to get it right first time.

Thanks
Lesley Armstrong
Practice Manager
Brook Lane Surgery`;
    out.push(item(M, 'question-second-primary-user', {
      client: 'outlook', from: { name: 'ARMSTRONG, Lesley (BROOK LANE SURGERY)', email: 'lesley.armstrong@nhs.net' },
      subject: 'Primary user query', date: nov(25, 10, 14, 56), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['genuine_question', 'mentions_open_exeter', 'mentions_signatory'],
    }));
  }

  // 13 --------------------------------------------------------------------------------------------------------
  {
    const key = 'o13';
    const body = `Hi, we sent the signed form for our new primary user on the 10th - is there any update? Our current primary user leaves on Friday.

Thanks
Joanne
Westgate Practice`;
    out.push(item(M, 'chaser-reference-in-subject', {
      client: 'iphone', from: { name: 'Joanne Birtwistle', email: 'joanne.birtwistle@nhs.net' },
      subject: 'PCSE-2026-004621 - primary user form - any update?', date: nov(26, 12, 55, 31), messageId: appleId(key),
      body: multi('alternative', outlookBoundary(key), [text(body, { enc: '7bit' }), html(`<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head><body dir="auto">${escHtml(body).split('\n').join('<br>')}</body></html>`, { enc: '7bit' })]),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['chaser', 'case_reference_in_subject', 'mobile'],
    }));
  }

  // 14 --------------------------------------------------------------------------------------------------------
  {
    const key = 'o14';
    const body = `I am out of the office until Tuesday 1 December. Your email has not been forwarded.

For Open Exeter queries please contact our deputy practice manager, Amy Lister, amy.lister@nhs.net.

Rachel Thornton
Practice Manager, Beckside Medical Practice`;
    out.push(item(M, 'auto-reply-out-of-office', {
      client: 'exchange-auto', from: { name: 'THORNTON, Rachel (BECKSIDE MEDICAL PRACTICE)', email: 'rachel.thornton6@nhs.net' },
      subject: 'Automatic reply: PCSE-2026-004633 - Open Exeter primary user request', date: nov(27, 9, 5, 12), messageId: outlookId(key),
      inReplyTo: outlookId('o14-orig'), references: [outlookId('o14-orig')],
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
      body: outlookAlt(key, body),
    }, {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [],
      traits: ['auto_reply', 'names_a_colleague'],
    }));
  }

  // 15 --------------------------------------------------------------------------------------------------------
  {
    const key = 'o15';
    const body = `Hello, sorry if this is the wrong inbox.

My PCSE Online account (not Open Exeter) is locked - I entered the wrong password too many times. Username amir.hakimi@nhs.net.

Holmewood Pharmacy, FJ224

Thanks
Amir Hakimi
Pharmacist`;
    out.push(item(M, 'unlock-misdirected', {
      client: 'outlook', from: { name: 'HAKIMI, Amir (HOLMEWOOD PHARMACY)', email: 'amir.hakimi@nhs.net' },
      subject: 'Locked account', date: nov(27, 11, 37, 40), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'FJ224', type: 'pharmacy' },
      fields: { username: 'amir.hakimi@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'mentions_open_exeter'],
    }));
  }

  return out;
}
