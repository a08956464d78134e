// openexeter: Primary User forms (table PDF, LiveCycle form, a handwritten scan, a two-form scan, a form signed by
// a practice manager), permission requests, Open Exeter's own new-user notifications, and the usual noise.
import {
  NHSMAIL_DISCLAIMER, alt, appleHtml, build, esc, exp, html, mixed, org, outlookHtml, pdfPart, person, plain,
  type Built,
} from './lib.js';
import { oePrimaryGpTable, oePrimaryOtherLiveCycle } from './pdfs.js';
import { oeGpHandwrittenScan, oeGpTwoFormScan } from './scans.js';

const MB = 'openexeter' as const;
const outlook = (text: string) => alt(plain(text), html(outlookHtml(text)));

export async function openexeter(): Promise<Built[]> {
  const out: Built[] = [];

  // 001 — practice manager (Portuguese name) sends her own Primary User form; values in table cells.
  {
    const pdf = await oePrimaryGpTable({
      practice: 'Oakwood Lane Medical Practice', code: 'B86110', address: '2 Oakwood Lane, Leeds, LS8 2QR', phone: '0113 496 0431',
      title: 'Mrs', forename: 'Maria da Conceição', surname: 'Fernandes', jobTitle: 'Practice Manager', email: 'mariaconceicao.fernandes@nhs.net', userPhone: '0113 496 0432',
      sigName: 'Dr Yusuf Ibrahim-Kamara', sigPosition: 'GP Partner', sigEmail: 'yusuf.ibrahim-kamara@nhs.net', date: '24/11/2026', signed: true,
    }, 'o001');
    const text = `Good morning,

Please find attached the form for Primary User of Open Exeter for our practice, for myself. The form is signed by Dr Yusuf Ibrahim-Kamara who is GP partner in our practice.

Our previous Primary User Mrs Carol Whiteley has left in October so at the moment nobody can reset the passwords for the nurses and the new HCA cannot be added.

Kind regards
Maria da Conceição Fernandes
Practice Manager
Oakwood Lane Medical Practice
B86110

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '001-oe-primary-gp-table-pdf', mailbox: MB, from: ['FERNANDES, Maria da Conceição (OAKWOOD LANE MEDICAL PRACTICE)', 'mariaconceicao.fernandes@nhs.net'],
      subject: 'Open Exeter Primary User form - Oakwood Lane Medical Practice', date: '2026-11-25 11:20:36', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(outlook(text), pdfPart('OE Primary User form - Oakwood Lane.pdf', pdf)), exp('open_exeter_primary_user_request', org('B86110', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Maria da Conceição Fernandes', 'mariaconceicao.fernandes@nhs.net'),
      signatory: { ...person('Yusuf Ibrahim-Kamara', 'yusuf.ibrahim-kamara@nhs.net'), role: 'gp_partner' },
    }, [], ['pdf_text_table', 'nominee_is_sender', 'non_ascii_name', 'multi_part_name', 'distractor_people', 'nhsmail_display_name'])));
  }

  // 002 — PCN digital lead: hub's Primary User on the other-organisations form (LiveCycle IRS-style names), unsigned.
  {
    const pdf = await oePrimaryOtherLiveCycle({
      org: 'Riverbank PCN - Enhanced Access Hub', code: 'U63214', orgDescription: 'Primary Care Network - enhanced access hub (evening and Saturday cervical screening clinics)',
      address: 'Riverside Health Centre, 1 Wharf Street, Reading, RG1 8HD',
      title: 'Mr', forename: 'Dariusz', surname: 'Nowicki', jobTitle: 'Hub Coordinator', email: 'dariusz.nowicki@nhs.net', phone: '0118 496 0275',
      sigName: 'Dr Chidi Eze-Williams', sigEmail: 'chidi.eze-williams@nhs.net', capacity: 'caldicott', date: '', signed: false,
    }, 'o002');
    const text = `Hi Open Exeter team,

Attached is the primary user form for the Riverbank PCN enhanced access hub (we run the evening and Saturday smear clinics for our 6 practices from the hub at Riverside Health Centre). The hub doesn't have its own Open Exeter primary user yet - our sample takers currently use their own practice logins.

Dr Eze-Williams (our CD, and the PCN's Caldicott Guardian) has filled in his part but he hasn't been able to sign it yet as he is away until Monday 30th - he said he'll sign when he's back but could you start processing in the meantime?

Thanks
Sunita

Sunita Ramaswamy
Digital & Transformation Lead
Riverbank Primary Care Network (U63214)

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '002-oe-primary-pcn-hub-livecycle-unsigned', mailbox: MB, from: ['RAMASWAMY, Sunita (RIVERBANK PCN)', 'sunita.ramaswamy@nhs.net'],
      subject: 'Open Exeter primary user - Riverbank PCN extended access hub', date: '2026-11-27 16:55:03', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(outlook(text), pdfPart('OE Primary User - other organisations - Riverbank hub.pdf', pdf)), exp('open_exeter_primary_user_request', org('U63214', 'pcn'), {
      organisationKind: 'other',
      nominee: person('Dariusz Nowicki', 'dariusz.nowicki@nhs.net'),
      signatory: { ...person('Chidi Eze-Williams', 'chidi.eze-williams@nhs.net'), role: 'caldicott_guardian' },
    }, ['missing_signature'], ['pdf_acroform', 'livecycle_field_names', 'check_box_capacity', 'unsigned_form', 'pcn_digital_lead'])));
  }

  // 003 — surgery reception: "OE form", a form filled in by hand and scanned.
  {
    const pdf = await oeGpHandwrittenScan('o003', {
      practice: 'Kirkby Lane Surgery', code: 'C84015', address: '31 Kirkby Lane, Kirkby-in-Ashfield, NG17 9HU', phone: '01632 960 552',
      title: 'Mrs', forename: 'BLESSING', surname: 'NWANKWO', jobTitle: 'Practice Manager', email: 'blessing.nwankwo@nhs.net', userPhone: '01632 960 553',
      capacity: 'Lead GP', sigName: 'Dr Peter McALLISTER', sigEmail: '', date: '26/11/2026',
    });
    const text = `Please see attached.

Thanks
Reception
Kirkby Lane Surgery`;
    out.push(build({
      slug: '003-oe-primary-gp-handwritten-scan', mailbox: MB, from: ['Kirkby Lane Surgery', 'kirkbylane.surgery@nhs.net'],
      subject: 'OE form', date: '2026-11-26 14:02:11', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(plain(text), pdfPart('20261126134107.pdf', pdf)), exp('open_exeter_primary_user_request', org('C84015', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Blessing Nwankwo', 'blessing.nwankwo@nhs.net'),
      signatory: { ...person('Peter McAllister', null), role: 'lead_gp' },
    }, [], ['scan_image_only', 'handwritten', 'details_only_in_attachment', 'terse', 'shared_mailbox_sender', 'ticked_capacity', 'block_capitals'])));
  }

  // 004 — practice manager: two forms in one scan, only page 1 to be processed.
  {
    const pdf = await oeGpTwoFormScan('o004', {
      practice: 'Castlefields Health Centre', code: 'J82157', address: '9 Castle Street, Southampton, SO14 2BP', phone: '01632 960 340',
      title: 'Ms', forename: 'Folasade', surname: 'Adebayo', jobTitle: 'Deputy Practice Manager', email: 'folasade.adebayo@nhs.net', userPhone: '01632 960 344',
      capacity: 'GP Partner', sigName: 'Dr Graham MacPherson', sigEmail: 'graham.macpherson@nhs.net', date: '30/11/2026',
    }, {
      practice: 'Castlefields Health Centre', code: 'J82157', address: '9 Castle Street, Southampton, SO14 2BP', phone: '01632 960 340',
      title: 'Mr', forename: 'Tiago', surname: 'Ferreira', jobTitle: 'Reception Supervisor', email: 'tiago.ferreira3@nhs.net', userPhone: '01632 960 341',
      capacity: 'Lead GP', sigName: 'Dr Leah Goldberg', sigEmail: 'leah.goldberg@nhs.net', date: '20/11/2026',
    });
    const text = `Hello,

Attached are 2 Open Exeter primary user forms, scanned together.

Please only process the first page, for Folasade Adebayo (our new Deputy Practice Manager). The second page is for Tiago Ferreira but he resigned on Friday so please ignore his form - I couldn't take the page out of the scan.

Many thanks,
Niamh

Niamh O'Connell
Practice Manager
Castlefields Health Centre
J82157

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '004-oe-two-forms-one-scan-first-only', mailbox: MB, from: ["O'CONNELL, Niamh (CASTLEFIELDS HEALTH CENTRE)", 'niamh.oconnell@nhs.net'],
      subject: 'Open Exeter primary user forms', date: '2026-12-01 10:25:40', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(outlook(text), pdfPart('SCAN0042.pdf', pdf)), exp('open_exeter_primary_user_request', org('J82157', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Folasade Adebayo', 'folasade.adebayo@nhs.net'),
      signatory: { ...person('Graham MacPherson', 'graham.macpherson@nhs.net'), role: 'gp_partner' },
    }, [], ['scan_image_only', 'two_forms_one_scan', 'email_selects_page', 'withdrawn_person', 'mac_prefix_name', 'apostrophe_name'])));
  }

  // 005 — practice manager (ESL) signs the Primary User form himself; Word/LibreOffice-style flat form.
  {
    const pdf = await oePrimaryGpTable({
      practice: 'Parkside Family Practice', code: 'K81052', address: '21 Park Road, Reading, RG1 4QP', phone: '0118 496 0150',
      title: 'Mrs', forename: 'Joanna', surname: 'Kowalczyk-Smith', jobTitle: 'Senior Receptionist', email: 'joanna.kowalczyk-smith@nhs.net', userPhone: '0118 496 0151',
      sigName: 'Mehmet Ali Dogan', sigPosition: 'Practice Manager', sigEmail: 'mehmetali.dogan@nhs.net', date: '30/11/2026', signed: true,
    }, 'o005', 'word');
    const text = `Dear Open Exeter Team,

Please find attached form for making our senior receptionist Mrs Joanna Kowalczyk-Smith as Primary User for Open Exeter for Parkside Family Practice, K81052. I have signed the form myself as Practice Manager since both our GP partners are on leave this week and we urgently need someone to reset the passwords of nurses as our only primary user has left.

Kindly process at the earliest.

Best regards
DOGAN Mehmet Ali
Practice Manager
Parkside Family Practice
21 Park Road, Reading RG1 4QP`;
    out.push(build({
      slug: '005-oe-primary-signed-by-practice-manager', mailbox: MB, from: ['DOGAN, Mehmet Ali (PARKSIDE FAMILY PRACTICE)', 'mehmetali.dogan@nhs.net'],
      subject: 'Primary user request Open Exeter - Parkside Family Practice K81052', date: '2026-11-30 08:58:21', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(plain(text), pdfPart('OE primary user form.pdf', pdf)), exp('open_exeter_primary_user_request', org('K81052', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Joanna Kowalczyk-Smith', 'joanna.kowalczyk-smith@nhs.net'),
      signatory: { ...person('Mehmet Ali Dogan', 'mehmetali.dogan@nhs.net'), role: 'other' },
    }, ['signatory_role_not_allowed'], ['pdf_text_table', 'esl_formula', 'surname_first_caps', 'practice_manager_signs', 'hyphenated_name'])));
  }

  // 006 — GP partner (ESL) asks for two extra permissions for a nurse.
  {
    const text = `Respected Team,

I am GP partner at Ashby Road Surgery (E82091) and I am writing to request you to kindly provide the additional permissions of Prior Notification List and Cytology Results Enquiry in Open Exeter for our practice nurse Mrs Precious GREENE-ASANTE. Her Open Exeter user ID is GREENEASANTEP and her email is precious.greene-asante@nhs.net. She is the new sample taker lead of the practice from this month.

I confirm I am authorising this request as GP Partner.

Thanking you,
Dr SRIVASTAVA Ravindra Nath
GP Partner, Ashby Road Surgery
Ashby Road, Hemel Hempstead HP2 4EL
01632 960 910`;
    out.push(build({
      slug: '006-oe-permissions-gp-partner-esl', mailbox: MB, from: ['SRIVASTAVA, Ravindra Nath (ASHBY ROAD SURGERY)', 'ravindra.srivastava@nhs.net'],
      subject: 'Request for additional permission Open Exeter', date: '2026-11-24 13:05:48', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('open_exeter_additional_permissions', org('E82091', 'gp_practice'), {
      user: { ...person('Precious Greene-Asante', 'precious.greene-asante@nhs.net'), username: 'GREENEASANTEP' },
      permissions: ['Prior Notification List', 'Cytology Results Enquiry'],
      signatory: { ...person('Ravindra Nath Srivastava', 'ravindra.srivastava@nhs.net'), role: 'gp_partner' },
    }, [], ['esl_formula', 'surname_first_caps', 'two_permissions_in_prose', 'multi_part_name', 'nhsmail_display_name'])));
  }

  // 007 — interim practice manager asks for a permission for an HCA (not an allowed requester).
  {
    const text = `Hello,

Could you please give our HCA Kofi Owusu-Mensah the "Call/Recall Patient Enquiry" permission on Open Exeter? His user ID is OWUSUMENSAHK (email kofi.owusu-mensah@nhs.net). He has just qualified as a sample taker.

I am the interim practice manager at Holmewood Medical Practice (C84672).

Thanks
Fatima`;
    out.push(build({
      slug: '007-oe-permissions-practice-manager-asks', mailbox: MB, from: ['Fatima Zahra Benali', 'fatima.benali2@nhs.net'],
      subject: 'Open Exeter - extra access for HCA', date: '2026-12-03 09:40:55', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('open_exeter_additional_permissions', org('C84672', 'gp_practice'), {
      user: { ...person('Kofi Owusu-Mensah', 'kofi.owusu-mensah@nhs.net'), username: 'OWUSUMENSAHK' },
      permissions: ['Call/Recall Patient Enquiry'],
      signatory: { ...person('Fatima Zahra Benali', 'fatima.benali2@nhs.net'), role: 'other' },
    }, ['signatory_role_not_allowed'], ['requester_not_allowed', 'quoted_permission', 'first_name_signoff', 'multi_part_name'])));
  }

  // 008 — Lead GP corrects the user ID in a follow-up.
  {
    const text = `Sorry - wrong user ID in my email below. The right one is POPESCUA1 (POPESCUAM is her old account from when she was a student here, which should stay as it is).

Leah

From: GOLDBERG, Leah (CASTLEFIELDS HEALTH CENTRE) <leah.goldberg@nhs.net>
Sent: 02 December 2026 11:51
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: Open Exeter permissions - Ana-Maria Popescu

Hello,

As Lead GP at Castlefields Health Centre (J82157) I would like to request the Prior Notification List permission in Open Exeter for our new nurse practitioner Ana-Maria Popescu, user ID POPESCUAM, email ana-maria.popescu@nhs.net.

Many thanks
Dr Leah Goldberg
Lead GP
Castlefields Health Centre`;
    out.push(build({
      slug: '008-oe-permissions-user-id-corrected', mailbox: MB, from: ['GOLDBERG, Leah (CASTLEFIELDS HEALTH CENTRE)', 'leah.goldberg@nhs.net'],
      subject: 'RE: Open Exeter permissions - Ana-Maria Popescu', date: '2026-12-02 12:08:14', client: 'outlook', trace: 'nhsmail',
      inReplyTo: '<CWLP265MB5120B77F1A0C3D2E9F81@CWLP265MB5120.GBRP265.PROD.OUTLOOK.COM>',
      references: ['<CWLP265MB5120B77F1A0C3D2E9F81@CWLP265MB5120.GBRP265.PROD.OUTLOOK.COM>'],
    }, outlook(text), exp('open_exeter_additional_permissions', org('J82157', 'gp_practice'), {
      user: { ...person('Ana-Maria Popescu', 'ana-maria.popescu@nhs.net'), username: 'POPESCUA1' },
      permissions: ['Prior Notification List'],
      signatory: { ...person('Leah Goldberg', 'leah.goldberg@nhs.net'), role: 'lead_gp' },
    }, [], ['correction_in_followup', 'newest_message_counts', 'outlook_quote', 'details_split_across_thread', 'hyphenated_name'])));
  }

  // 009 — Open Exeter's own new-user notification (capitals, SURNAME, FORENAME).
  {
    const text = `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation code    : C84015
Organisation name    : KIRKBY LANE SURGERY
New user ID          : ODUYAD
New user name        : ODUYA, DANIEL
New user email       : daniel.oduya@nhs.net
Job role             : HEALTHCARE ASSISTANT
Created by (user ID) : NWANKWOB
Created by (name)    : NWANKWO, BLESSING
Created on           : 30/11/2026 14:31

Please authorise the user and issue a temporary password.

This is an automatically generated email. Please do not reply to this message.`;
    out.push(build({
      slug: '009-oe-new-user-notification', mailbox: MB, from: ['Open Exeter', 'openexeter.notifications@nhs.net'],
      subject: 'Open Exeter - New user created - C84015', date: '2026-11-30 14:33:02', client: 'system', trace: 'nhsmail',
      messageId: '<20261130143302.C84015.ODUYAD@openexeter.nhs.uk>',
    }, plain(text, '7bit', 'us-ascii'), exp('open_exeter_new_user_authorisation', org('C84015', 'gp_practice'), {
      user: { ...person('Daniel Oduya', 'daniel.oduya@nhs.net'), username: 'ODUYAD' },
      createdBy: person('Blessing Nwankwo', null),
    }, [], ['system_notification', 'surname_comma_forename_caps', 'padded_labels'])));
  }

  // 010 — the hub's Primary User forwards a notification from Apple Mail asking for a quick authorisation.
  {
    const note = [
      'OPEN EXETER - ORGANISATION MAINTENANCE', 'NEW USER NOTIFICATION', '',
      'A new user account has been created by a Primary User and requires authorisation by PCSE.', '',
      'Organisation code    : U63214', 'Organisation name    : RIVERBANK PCN ENHANCED ACCESS HUB', 'New user ID          : CHUAML',
      'New user name        : CHUA, MEI LING', 'New user email       : meiling.chua@nhs.net', 'Job role             : PRACTICE NURSE',
      'Created by (user ID) : NOWICKID', 'Created by (name)    : NOWICKI, DARIUSZ', 'Created on           : 04/12/2026 11:52', '',
      'Please authorise the user and issue a temporary password.', '',
      'This is an automatically generated email. Please do not reply to this message.',
    ].map((l) => (l ? esc(l) : '')).join('<br>');
    const inner = `<div>Hi,</div><div><br></div><div>Could you authorise the user below please, she starts at the hub clinics this Saturday.</div><div><br></div><div>Thanks</div><div>Dariusz</div><div>Hub Coordinator, Riverbank PCN</div><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline"><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>From: </b>Open Exeter &lt;openexeter.notifications@nhs.net&gt;<br></span></div><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>Subject: </b><b>Open Exeter - New user created - U63214</b><br></span></div><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>Date: </b>4 December 2026 at 11:53:10 GMT<br></span></div><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>To: </b>pcse.openexeter@nhs.net<br></span></div><br><div><div style="font-family: Menlo, monospace; font-size: 12px;">${note}</div></div></blockquote></div><br><div>Sent from my iPhone</div>`;
    out.push(build({
      slug: '010-oe-new-user-forwarded-by-primary-user', mailbox: MB, from: ['Dariusz Nowicki', 'dariusz.nowicki@nhs.net'],
      subject: 'Fwd: Open Exeter - New user created - U63214', date: '2026-12-04 12:10:27', client: 'iphone', trace: 'nhsmail',
    }, html(appleHtml(inner)), exp('open_exeter_new_user_authorisation', org('U63214', 'pcn'), {
      user: { ...person('Mei Ling Chua', 'meiling.chua@nhs.net'), username: 'CHUAML' },
      createdBy: person('Dariusz Nowicki', 'dariusz.nowicki@nhs.net'),
    }, [], ['html_only', 'apple_mail', 'forwarded_notification', 'creator_is_sender', 'surname_comma_forename_caps', 'east_asian_name'])));
  }

  // 011 — dental receptionist locked out of PCSE Online writes to the Open Exeter mailbox.
  {
    const text = `Dear Open Exeter team

I am locked out of PCSE Online (the supplies ordering portal, not Open Exeter - sorry if this is the wrong team) after entering the wrong password too many times. My username is nadia.haddad@nhs.net. Practice is Smileworks Dental Hucknall V030225.

Can you unlock please?

Nadia Haddad
Receptionist / Practice Administrator`;
    out.push(build({
      slug: '011-unlock-dental-misdirected', mailbox: MB, from: ['HADDAD, Nadia (SMILEWORKS DENTAL HUCKNALL)', 'nadia.haddad@nhs.net'],
      subject: 'locked out', date: '2026-12-01 08:44:19', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('account_unlock', org('V030225', 'dental_practice'), {
      username: 'nadia.haddad@nhs.net',
    }, [], ['misdirected', 'writer_knows_wrong_mailbox', 'nhsmail_display_name', 'lower_case_subject'])));
  }

  // 012 — PCN digital lead's question about Primary Users for a hub.
  {
    const text = `Hi,

Two quick questions before we send any forms:

1. Do the Primary Users for our PCN hub need to be different people from the Primary Users at the member practices, or can a practice manager be Primary User for both her practice and the hub?
2. Is there a maximum number of Primary Users per organisation? Your website says two are recommended.

Thanks,
Rhiannon

Rhiannon McAteer
Digital & Transformation Lead
Ashfield Vale Primary Care Network (U48102)`;
    out.push(build({
      slug: '012-question-pcn-hub-primary-users', mailbox: MB, from: ['McATEER, Rhiannon (ASHFIELD VALE PCN)', 'rhiannon.mcateer@nhs.net'],
      subject: 'Open Exeter Primary Users for PCN hub - question', date: '2026-12-03 14:17:33', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('unclassified', null, {}, [], ['question', 'numbered_questions', 'pcn_digital_lead'])));
  }

  // 013 — chaser with the PCSE reference in the subject only.
  {
    const text = `Hi, any update on this please? Folasade still can't see Organisation Maintenance.

Thanks
Niamh`;
    out.push(build({
      slug: '013-chaser-pcse-ref-in-subject', mailbox: MB, from: ["O'CONNELL, Niamh (CASTLEFIELDS HEALTH CENTRE)", 'niamh.oconnell@nhs.net'],
      subject: 'RE: Your enquiry [PCSE-2026-119455] Open Exeter primary user forms', date: '2026-12-04 15:30:08', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('unclassified', null, {}, [], ['chaser', 'pcse_reference', 'subject_only'])));
  }

  // 014 — PCN digital lead's out-of-office, HTML only.
  {
    const body = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Arial,sans-serif;font-size:10pt"><p>Thank you for your email.</p><p>I am out of the office until <b>Monday 30 November</b> with no access to email. For urgent PCN matters please contact <a href="mailto:riverbank.pcn@nhs.net">riverbank.pcn@nhs.net</a>.</p><p>Sunita Ramaswamy<br>Digital &amp; Transformation Lead, Riverbank PCN</p></div></body></html>`;
    out.push(build({
      slug: '014-auto-reply-pcn-html', mailbox: MB, from: ['RAMASWAMY, Sunita (RIVERBANK PCN)', 'sunita.ramaswamy@nhs.net'],
      subject: 'Automatic reply: Your enquiry [PCSE-2026-119301] has been received - Open Exeter primary user - Riverbank PCN extended access hub',
      date: '2026-11-27 17:01:45', client: 'outlook', trace: 'nhsmail',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    }, html(body), exp('unclassified', null, {}, [], ['auto_reply', 'html_only', 'pcse_reference'], 'auto_reply')));
  }

  return out;
}
