// openexeter: the messages as they arrived, with the case a careful PCSE staff member would enter.
import { type Msg, person, withRole } from './lib.js';
import { oeAcro, oeFlatBelow, oeFlatTable } from './pdfs.js';
import { NHSMAIL } from './portal.js';

export async function openexeter(): Promise<Msg[]> {
  const mb = 'openexeter' as const;
  return [
    {
      mailbox: mb, n: 1, slug: 'primary-user-gp-acroform-merged',
      from: ['Dr Rory Mac Giolla Phádraig', 'rory.macgiollaphadraig@nhs.net'],
      subject: 'Open Exeter Primary User form - K83019',
      date: '2026-12-02T08:47:00Z', id: 'LO3P265MB1187C1D2E3F4A5B6C7D8E9F0',
      text: `Good morning,

Please find attached our signed Primary User request for Sinéad Brennan.

Following our merger this is for K83019 (Castlefields & Elm Tree Medical Practice) only - the old Elm Tree code K83042 is closing and should not get a primary user. Elm Tree's previous primary contact, Gareth Lyle, has retired.

Rory
${NHSMAIL}`,
      attachments: [{
        filename: 'OE_PU_request_GP_K83019.pdf', contentType: 'application/pdf',
        content: await oeAcro({
          orgName: 'Castlefields & Elm Tree Medical Practice', orgCode: 'K83019', orgAddress: 'Castlefields Health Centre, 9 Castle Street, Lincoln, LN1 3AA',
          nomineeName: 'Sinéad Brennan', nomineeJob: 'Operations Manager', nomineeEmail: 'sinead.brennan3@nhs.net', nomineePhone: '01522 540 300',
          signatoryName: 'Dr Rory Mac Giolla Phádraig', signatoryEmail: 'rory.macgiollaphadraig@nhs.net', signatoryRoleBox: 'GP Partner', signature: 'R. Mac Giolla Phádraig', date: '01/12/2026',
        }, true),
      }],
      expected: {
        kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'K83019', type: 'gp_practice' },
        fields: {
          organisationKind: 'gp_practice',
          nominee: person('Sinéad Brennan', 'sinead.brennan3@nhs.net'),
          signatory: withRole('Rory Mac Giolla Phádraig', 'rory.macgiollaphadraig@nhs.net', 'gp_partner'),
        },
        traits: ['pdf_acroform', 'acroform_xfa_field_names', 'role_by_checkbox', 'merged_practice_two_codes', 'non_ascii_name', 'multi_word_surname', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 2, slug: 'primary-user-pcn-hub-flat-below',
      from: ['Enhanced Access Hub - Lakeside PCN', 'lakesidepcn.hub@nhs.net'],
      subject: 'Primary User request - Lakeside PCN hub',
      date: '2026-11-25T13:18:00Z', id: 'PAXP265MB2210A1B2C3D4E5F6A7B8C9D0',
      text: `Hello,

Form attached for our enhanced access hub's Open Exeter primary user. The hub runs cervical screening clinics for the 6 practices in Lakeside PCN.

Kind regards
Hub Coordinator
Lakeside PCN Enhanced Access Hub
${NHSMAIL}`,
      attachments: [{
        filename: 'Primary User form - other organisations.pdf', contentType: 'application/pdf',
        content: await oeFlatBelow({
          orgName: 'Lakeside PCN Enhanced Access Hub', orgCode: 'U61842', orgAddress: 'Lakeside Primary Care Centre, 1 Marina Way, Stoke-on-Trent, ST1 5GH',
          nomineeName: 'Funmilayo Adebayo', nomineeJob: 'PCN Manager', nomineeEmail: 'funmilayo.adebayo@nhs.net', nomineePhone: '01782 442 910',
          signatoryName: 'Dr Hamid Farouk', signatoryEmail: 'hamid.farouk@nhs.net', signatoryRoleBox: 'Caldicott Guardian', signature: 'H Farouk', date: '24/11/2026',
        }, false),
      }],
      expected: {
        kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'U61842', type: 'pcn' },
        fields: {
          organisationKind: 'other',
          nominee: person('Funmilayo Adebayo', 'funmilayo.adebayo@nhs.net'),
          signatory: withRole('Hamid Farouk', 'hamid.farouk@nhs.net', 'caldicott_guardian'),
        },
        traits: ['pdf_text', 'value_below_label', 'other_organisation_form', 'terse_body'],
      },
    },
    {
      mailbox: mb, n: 3, slug: 'primary-user-gp-table-practice-manager-signs',
      from: ['Saltmarsh Surgery - Practice Manager', 'saltmarsh.pm@nhs.net'],
      subject: 'Open Exeter primary user - Saltmarsh Surgery J82155',
      date: '2026-11-27T12:40:00Z', id: 'CWXP265MB3391B1C2D3E4F5A6B7C8D9E0',
      text: `Hi,

Please see attached Primary User form for our deputy practice manager, Joseph Mensah. I've signed it as practice manager since our partners are all on leave this week.

Thanks,
Rhian Powell
Practice Manager, Saltmarsh Surgery
${NHSMAIL}`,
      attachments: [{
        filename: 'OE Primary User Application.pdf', contentType: 'application/pdf',
        content: await oeFlatTable({
          orgName: 'Saltmarsh Surgery', orgCode: 'J82155', orgAddress: 'The Quay, Lymington, SO41 3AA',
          nomineeName: 'Joseph Mensah', nomineeJob: 'Deputy Practice Manager', nomineeEmail: 'joseph.mensah2@nhs.net', nomineePhone: '01590 672 040',
          signatoryName: 'Rhian Powell', signatoryEmail: 'saltmarsh.pm@nhs.net', signatoryRoleBox: 'Practice Manager', signature: 'Rhian Powell', date: '27/11/2026',
        }, true),
      }],
      expected: {
        kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'J82155', type: 'gp_practice' },
        fields: {
          organisationKind: 'gp_practice',
          nominee: person('Joseph Mensah', 'joseph.mensah2@nhs.net'),
          signatory: withRole('Rhian Powell', 'saltmarsh.pm@nhs.net', 'other'),
        },
        mustRaise: ['signatory_role_not_allowed'],
        traits: ['pdf_text', 'table_cells', 'signatory_not_allowed', 'role_stated_in_body_and_form'],
      },
    },
    {
      mailbox: mb, n: 4, slug: 'primary-user-federation-acroform-unsigned',
      from: ['Wyre Forest Health Partnership', 'wfhp.admin@nhs.net'],
      subject: 'Open Exeter primary user form',
      date: '2026-11-20T16:05:00Z', id: 'LO6P265MB1204A1B2C3D4E5F6A7B8C9D0',
      text: `Hi,

Attached is our Primary User form for the Partnership's cervical screening failsafe team. Michael Doyle, one of our directors, is the signatory.

Best wishes,
Partnership Admin Team
Wyre Forest Health Partnership
${NHSMAIL}`,
      attachments: [{
        filename: 'PrimaryUser_OtherOrgs.pdf', contentType: 'application/pdf',
        content: await oeAcro({
          orgName: 'Wyre Forest Health Partnership', orgCode: '', orgAddress: 'Unit 7, Stourport Road, Kidderminster, DY11 7QT',
          nomineeName: 'Pham Thanh Huong', nomineeJob: 'Screening Failsafe Coordinator', nomineeEmail: 'pham.huong@nhs.net', nomineePhone: '01562 823 700',
          signatoryName: 'Michael Doyle', signatoryEmail: 'michael.doyle7@nhs.net', signatoryRoleBox: 'Member of the Board of Directors', signature: '', date: '20/11/2026',
        }, false),
      }],
      expected: {
        kind: 'open_exeter_primary_user_request', organisation: { odsCode: null, type: 'other' },
        fields: {
          organisationKind: 'other',
          nominee: person('Pham Thanh Huong', 'pham.huong@nhs.net'),
          signatory: withRole('Michael Doyle', 'michael.doyle7@nhs.net', 'board_member'),
        },
        mustRaise: ['missing_signature'],
        traits: ['pdf_acroform', 'acroform_xfa_field_names', 'role_by_checkbox', 'unsigned_form', 'no_ods_code', 'family_name_first'],
      },
    },
    {
      mailbox: mb, n: 5, slug: 'permissions-gp-partner-list',
      from: ['Dr Olumide Bakare', 'olumide.bakare@nhs.net'],
      subject: 'Open Exeter additional permissions - Rowan Tree Surgery L83104',
      date: '2026-12-01T13:05:00Z', id: 'CWLP265MB5217C1D2E3F4A5B6C7D8E9F0',
      text: `Dear Open Exeter team,

I am a GP Partner at Rowan Tree Surgery (L83104). Please add the following permissions to the existing Open Exeter account of our assistant practice manager, Catriona McAleese (username CMCALEESE1, catriona.mcaleese@nhs.net):

- Prior Notification List
- Cytology Results

Sorry, her username is CMCALEESE2 - CMCALEESE1 was a previous member of staff.

Kind regards
Dr Olumide Bakare
GP Partner, Rowan Tree Surgery
${NHSMAIL}`,
      expected: {
        kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'L83104', type: 'gp_practice' },
        fields: {
          user: { name: 'Catriona McAleese', email: 'catriona.mcaleese@nhs.net', username: 'CMCALEESE2' },
          permissions: ['Prior Notification List', 'Cytology Results'],
          signatory: withRole('Olumide Bakare', 'olumide.bakare@nhs.net', 'gp_partner'),
        },
        traits: ['bulleted_permissions', 'self_correction_username'],
      },
    },
    {
      mailbox: mb, n: 6, slug: 'permissions-lead-gp-personal-gmail',
      from: ['Dr Aisling Geraghty', 'aisling.geraghty.gp@gmail.com'],
      subject: 'Call/Recall access for our practice manager',
      date: '2026-11-29T20:14:00Z', id: 'CAH7xq9Lm2Qp0e5Vd8ZrY3kT1nWfB6sJ@mail.gmail.com', domain: 'mail.gmail.com',
      text: `Hello,

Writing from my personal email as NHSmail isn't working for me at home this weekend.

I'm the Lead GP at Millbrook Surgery (B82044). Please give our practice manager, Paweł Dąbrowski (Open Exeter username PDABROWSKI, pawel.dabrowski@nhs.net), the Call/Recall permission in Open Exeter.

Thanks,
Dr Aisling Geraghty
Lead GP, Millbrook Surgery

Sent from my iPhone`,
      expected: {
        kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'B82044', type: 'gp_practice' },
        fields: {
          user: { name: 'Paweł Dąbrowski', email: 'pawel.dabrowski@nhs.net', username: 'PDABROWSKI' },
          permissions: ['Call/Recall'],
          signatory: withRole('Aisling Geraghty', 'aisling.geraghty.gp@gmail.com', 'lead_gp'),
        },
        mustRaise: ['sender_not_nhs'],
        traits: ['personal_email_sender', 'non_ascii_name', 'quoted_printable'],
      },
    },
    {
      mailbox: mb, n: 7, slug: 'permissions-html-cc-lead-gp-approves',
      from: ['Lê Thị Hoa', 'le.hoa@nhs.net'],
      cc: [['Dr Babatunde Ogunleye', 'b.ogunleye@nhs.net'], ['Karolina Nowak', 'karolina.nowak5@nhs.net']],
      subject: 'Open Exeter - Result Enquiry for new practice nurse',
      date: '2026-11-23T10:25:00Z', id: 'LO2P265MB0193D1E2F3A4B5C6D7E8F9A0',
      enc: 'qp',
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Dear PCSE,</p>
<p>Please add the <b>Result Enquiry</b> permission in Open Exeter for our new practice nurse, Karolina Nowak (cc&#39;d), Open Exeter username <b>KNOWAK5</b>, email karolina.nowak5@nhs.net.</p>
<p>Our Lead GP, Dr Babatunde Ogunleye, is copied in and has approved this request.</p>
<p>Ewa on reception also asked about Open Exeter access, but she doesn&#39;t need anything for now.</p>
<p>Many thanks,</p>
<p>Lê Thị Hoa<br>Practice Manager<br>Greenhill Medical Centre (D82071)</p>
</div></body></html>`,
      expected: {
        kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'D82071', type: 'gp_practice' },
        fields: {
          user: { name: 'Karolina Nowak', email: 'karolina.nowak5@nhs.net', username: 'KNOWAK5' },
          permissions: ['Result Enquiry'],
          signatory: withRole('Babatunde Ogunleye', 'b.ogunleye@nhs.net', 'lead_gp'),
        },
        traits: ['html_only', 'quoted_printable', 'cc_approver_stated', 'cc_nominee', 'distractor_person', 'non_ascii_sender', 'code_in_signature'],
      },
    },
    {
      mailbox: mb, n: 8, slug: 'new-user-notification-plain',
      from: ['Open Exeter', 'openexeter.notifications@nhs.net'],
      subject: 'Open Exeter: new user created for organisation C84027',
      date: '2026-12-02T10:15:00Z', id: 'oe-notify-20261202101412-C84027-JHARRIS27',
      text: `This is an automated notification from Open Exeter. Please do not reply.

A new user account has been created and requires authorisation by PCSE.

Organisation code:   C84027
Organisation name:   WHITECROSS SURGERY
New user name:       HARRIS, JODIE
New user ID:         JHARRIS27
New user email:      jodie.harris@nhs.net
Created by:          OYELOWO, FOLAKE (Primary User)
Creator email:       folake.oyelowo@nhs.net
Date created:        02/12/2026 10:14
`,
      expected: {
        kind: 'open_exeter_new_user_authorisation', organisation: { odsCode: 'C84027', type: 'gp_practice' },
        fields: {
          user: { name: 'Jodie Harris', email: 'jodie.harris@nhs.net', username: 'JHARRIS27' },
          createdBy: person('Folake Oyelowo', 'folake.oyelowo@nhs.net'),
        },
        traits: ['system_notification', 'surname_first_allcaps', 'aligned_columns'],
      },
    },
    {
      mailbox: mb, n: 9, slug: 'new-user-notification-html-base64',
      from: ['Open Exeter', 'openexeter.notifications@nhs.net'],
      subject: 'Open Exeter: new user created for organisation K83019',
      date: '2026-12-04T09:32:00Z', id: 'oe-notify-20261204093107-K83019-SNIBHRIAIN',
      enc: 'b64',
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>This is an automated notification from Open Exeter. Please do not reply.</p>
<p>A new user account has been created and requires authorisation by PCSE.</p>
<table cellpadding="3">
<tr><td>Organisation code</td><td>K83019</td></tr>
<tr><td>Organisation name</td><td>CASTLEFIELDS &amp; ELM TREE MEDICAL PRACTICE</td></tr>
<tr><td>New user name</td><td>NÍ BHRIAIN, SIOBHÁN</td></tr>
<tr><td>New user ID</td><td>SNIBHRIAIN</td></tr>
<tr><td>New user email</td><td>siobhan.nibhriain@nhs.net</td></tr>
<tr><td>Created by</td><td>BRENNAN, SINÉAD (Primary User)</td></tr>
<tr><td>Creator email</td><td>sinead.brennan3@nhs.net</td></tr>
<tr><td>Date created</td><td>04/12/2026 09:31</td></tr>
</table>
</body></html>`,
      expected: {
        kind: 'open_exeter_new_user_authorisation', organisation: { odsCode: 'K83019', type: 'gp_practice' },
        fields: {
          user: { name: 'Siobhán Ní Bhriain', email: 'siobhan.nibhriain@nhs.net', username: 'SNIBHRIAIN' },
          createdBy: person('Sinéad Brennan', 'sinead.brennan3@nhs.net'),
        },
        traits: ['system_notification', 'html_only', 'base64_body', 'surname_first_allcaps', 'non_ascii_name', 'html_table'],
      },
    },
    {
      mailbox: mb, n: 10, slug: 'chaser-thanks-with-ref',
      from: ['Dr Rory Mac Giolla Phádraig', 'rory.macgiollaphadraig@nhs.net'],
      subject: 'RE: PCSE-2026-006018 Open Exeter Primary User form - K83019',
      date: '2026-12-03T17:50:00Z', id: 'LO3P265MB1187D2E3F4A5B6C7D8E9F0A1',
      text: `Thanks for confirming receipt. Do you know roughly how long it takes? Sinéad has the cervical screening failsafe list to run next week.

Rory

From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 02 December 2026 09:10
Subject: PCSE-2026-006018 Open Exeter Primary User form - K83019

Thank you for contacting Primary Care Support England. Your reference is PCSE-2026-006018.
${NHSMAIL}`,
      expected: {
        kind: 'unclassified', organisation: null, fields: {},
        traits: ['chaser', 'thank_you', 'case_ref_in_subject', 'quoted_acknowledgement'],
      },
    },
    {
      mailbox: mb, n: 11, slug: 'question-cic-director-as-signatory',
      from: ['Wyre Forest Health Partnership', 'wfhp.admin@nhs.net'],
      subject: 'Who can sign the Primary User form for a CIC?',
      date: '2026-11-19T11:02:00Z', id: 'LO6P265MB1204F6A7B8C9D0E1F2A3B4C5',
      text: `Hello,

Our partnership is a community interest company rather than a GP practice. Does a director of the CIC count as a "Member of the Board of Directors" for signing the Open Exeter Primary User form for other organisations, or do we need our Caldicott Guardian to sign?

We haven't sent a form yet.

Best wishes,
Partnership Admin Team
Wyre Forest Health Partnership
${NHSMAIL}`,
      expected: {
        kind: 'unclassified', organisation: null, fields: {},
        traits: ['genuine_question', 'mentions_primary_user_form'],
      },
    },
    {
      mailbox: mb, n: 12, slug: 'out-of-office-no-header',
      from: ['Dr Olumide Bakare', 'olumide.bakare@nhs.net'],
      subject: 'Out of Office: PCSE-2026-006233 Open Exeter additional permissions - Rowan Tree Surgery L83104',
      date: '2026-12-01T13:20:00Z', id: 'CWLP265MB5217D2E3F4A5B6C7D8E9F0A1',
      text: `I am out of the practice until Thursday 3 December. For Open Exeter queries please contact Catriona McAleese on catriona.mcaleese@nhs.net. For anything clinical please call the surgery on 01392 461 700.

Dr Olumide Bakare`,
      expected: {
        kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
        traits: ['auto_reply', 'no_auto_submitted_header', 'case_ref_in_subject', 'mentions_permissions'],
      },
    },
    {
      mailbox: mb, n: 13, slug: 'misdirected-verification-link',
      from: ['Dr Nguyễn Văn Thành', 'thanh.nguyen21@nhs.net'],
      subject: 'New verification link please',
      date: '2026-11-22T18:44:00Z', id: 'LO2P265MB7720E2F3A4B5C6D7E8F9A0B1',
      text: `Dear PCSE,

Apologies if this is the wrong address. I have just joined the Performers List and need a new PCSE Online verification link for my own account - the one I received has expired.

My GMC registered email is thanh.nguyen21@nhs.net, GMC no. 7419035.

Kind regards
Dr Nguyễn Văn Thành
${NHSMAIL}`,
      expected: {
        kind: 'verification_link_resend', organisation: null,
        fields: { accountEmail: 'thanh.nguyen21@nhs.net', gmcNumber: '7419035' },
        traits: ['misdirected', 'non_ascii_name', 'gp_own_account', 'quoted_printable'],
      },
    },
  ];
}
