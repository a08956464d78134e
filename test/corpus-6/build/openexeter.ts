/** Mail that reached pcse.openexeter@nhs.net, and the forms attached to the corpus. */
import { externalAuth, nhsAuth, person, withRole, type Email } from './common.js';
import type { FormSpec } from './pdfs.js';

const M = 'openexeter' as const;

export const forms: FormSpec[] = [
  // portalenquiries: GPP certification forms
  { file: 'gpp-pryce-photo.pdf', type: 'gpp', style: 'scan', photo: true, rotate: -2.2, hand: 'Hand2', signed: true, values: {
    orgName: 'Polruan Surgery', ods: 'L83107', nomName: 'Kerensa Trevithick', nomJob: 'Practice Manager', nomEmail: 'kerensa.trevithick@nhs.net', nomPhone: '01726 555 870',
    appName: 'Dr Aled Pryce', appRole: 'GP Partner', appEmail: 'aled.pryce@nhs.net', date: '23/11/26' } },
  { file: 'gpp-moorlane-acro.pdf', type: 'gpp', style: 'acro', naming: 'hungarian', signed: true, values: {
    orgName: 'Moor Lane Surgery', ods: 'L83622', nomName: 'Gareth Lowther', nomJob: 'Practice Manager', nomEmail: 'gareth.lowther@nhs.net', nomPhone: '01271 555 019',
    appName: 'Dr Fiona Blackmore', appRole: 'GP Partner', appEmail: 'fiona.blackmore@nhs.net', date: '24/11/2026' } },
  { file: 'gpp-tamarview-table.pdf', type: 'gpp', style: 'table', signed: true, values: {
    orgName: 'Tamar View Surgery', ods: 'L83050', nomName: 'Jade Whitlock', nomJob: 'Practice Manager', nomEmail: 'jade.whitlock@nhs.net', nomPhone: '01752 555 802',
    appName: 'Dr Paul Kessell', appRole: 'GP (contract holder)', appEmail: 'paul.kessell@nhs.net', date: '2 Dec 2026' } },
  // openexeter: primary-user request forms
  { file: 'oe-gp-stives-scan.pdf', type: 'oe_gp', style: 'scan', rotate: 1.1, signed: true, tickRole: 'Lead GP', values: {
    orgName: 'Stennack Surgery', ods: 'L82054', address: 'The Stennack, St Ives TR26 1RU', nomName: 'Lowenna Berryman', nomJob: 'Deputy Practice Manager',
    nomEmail: 'lowenna.berryman@nhs.net', nomPhone: '01736 555 121', sigName: 'Dr Mark Rosewarne', sigRole: 'Lead GP', sigEmail: 'mark.rosewarne@nhs.net', date: '24.11.26' } },
  { file: 'oe-gp-walworth-photo.pdf', type: 'oe_gp', style: 'scan', photo: true, rotate: -3.4, hand: 'Hand2', signed: true, values: {
    orgName: 'Walworth Road Practice', ods: 'G85651', address: '88 Walworth Road SE17 1JL', nomName: 'Abena Mensah', nomJob: 'Senior Receptionist',
    nomEmail: 'abena.mensah@nhs.net', nomPhone: '020 7555 3301', sigName: 'Patricia Lyle', sigRole: 'Practice Manager', sigEmail: 'patricia.lyle@nhs.net', date: '25/11/2026' } },
  { file: 'oe-other-clinic-unsigned-scan.pdf', type: 'oe_other', style: 'scan', rotate: 0.6, signed: false, tickRole: 'Caldicott Guardian', values: {
    orgName: 'Riverside Sexual Health Clinic', ods: 'RK950', orgType: 'Community sexual health service', nomName: 'Dominic Ashworth', nomJob: 'Clinic Administrator',
    nomEmail: 'dominic.ashworth@nhs.net', sigName: 'Dr Lesley Crane', sigRole: 'Caldicott Guardian', sigEmail: 'lesley.crane@nhs.net', date: '26/11/2026' } },
  { file: 'oe-other-snake-acro.pdf', type: 'oe_other', style: 'acro', naming: 'snake', signed: true, tickRole: 'Member of the Board of Directors', values: {
    orgName: 'Kernow Women\'s Health CIC', ods: 'NQT3A', orgType: 'Independent provider (CIC)', nomName: 'Tegen Williams', nomJob: 'Operations Lead',
    nomEmail: 'tegen.williams@nhs.net', sigName: 'Piran Couch', sigRole: 'Board member (Director)', sigEmail: 'piran.couch@nhs.net', date: '27/11/2026' } },
  { file: 'oe-gp-text1-acro.pdf', type: 'oe_gp', style: 'acro', naming: 'numbered', signed: true, tickRole: 'GP Partner', values: {
    orgName: 'Honiton Road Surgery', ods: 'L83023', address: 'Honiton Road, Exeter EX1 3EP', nomName: 'Sinead Farrelly', nomJob: 'Practice Manager',
    nomEmail: 'sinead.farrelly@nhs.net', nomPhone: '01392 555 640', sigName: 'Dr Tom Bastable', sigRole: 'GP Partner', sigEmail: 'tom.bastable@nhs.net', date: '30/11/2026' } },
  { file: 'oe-gp-acrobat-acro.pdf', type: 'oe_gp', style: 'acro', naming: 'acrobat', signed: true, tickRole: 'Caldicott Guardian', values: {
    orgName: 'Lordship Lane Medical Practice', ods: 'G85045', address: '417 Lordship Lane, London SE22 8JN', nomName: 'Ines Carvalho', nomJob: 'Admin Lead',
    nomEmail: 'ines.carvalho@nhs.net', nomPhone: '020 8555 4210', sigName: 'Dr Ruth Adebayo', sigRole: 'Caldicott Guardian', sigEmail: 'ruth.adebayo@nhs.net', date: '1/12/2026' } },
  { file: 'oe-gp-below-flat.pdf', type: 'oe_gp', style: 'below', signed: true, tickRole: 'Existing Primary Contact', values: {
    orgName: 'Budleigh Salterton Medical Centre', ods: 'L83093', address: 'The Lawn, Budleigh Salterton EX9 6LS', nomName: 'Gemma Yeo', nomJob: 'Reception Manager',
    nomEmail: 'gemma.yeo@nhs.net', nomPhone: '01395 555 712', sigName: 'Alison Pike', sigRole: 'Existing Primary Contact', sigEmail: 'alison.pike@nhs.net', date: '1 December 2026' } },
  { file: 'oe-other-existing-pu-scan.pdf', type: 'oe_other', style: 'scan', rotate: -0.9, hand: 'Hand2', signed: true, tickRole: 'An existing Primary User within the organisation', values: {
    orgName: 'Camden Community Colposcopy Service', ods: 'RV3C2', orgType: 'NHS community service', nomName: 'Grace Oyelaran', nomJob: 'Team Administrator',
    nomEmail: 'grace.oyelaran@nhs.net', sigName: 'Michelle Doyle', sigRole: 'Existing Primary User', sigEmail: 'michelle.doyle@nhs.net', date: '02/12/2026' } },
  { file: 'oe-gp-beside-flat.pdf', type: 'oe_gp', style: 'beside', signed: true, tickRole: 'GP Partner', values: {
    orgName: 'Wadebridge Medical Centre', ods: 'l82 066', address: 'Brooklyn, Wadebridge PL27 7BS', nomName: 'Jennifer Menhennick', nomJob: 'Office Manager',
    nomEmail: 'jennifer.menhennick@nhs.net', nomPhone: '01208 555 300', sigName: 'Dr Andrew Tonkin', sigRole: 'GP Partner', sigEmail: 'andrew.tonkin@nhs.net', date: '03/12/2026' } },
  { file: 'gpp-mevagissey-below.pdf', type: 'gpp', style: 'below', signed: true, values: {
    orgName: 'Mevagissey Surgery', ods: 'L82048', nomName: 'Lamorna Hext', nomJob: 'Practice Administrator', nomEmail: 'lamorna.hext@nhs.net', nomPhone: '01726 555 233',
    appName: 'Dr Ewan Pengelly', appRole: 'GP Partner', appEmail: 'ewan.pengelly@nhs.net', date: '03/12/2026' } },
];

export const openexeter: Email[] = [
  {
    mailbox: M, slug: 'oe-primary-user-scan-see-attached',
    msg: {
      from: 'Stennack Surgery <stennack.surgery@nhs.net>', subject: 'Open Exeter form', date: 'Tue, 24 Nov 2026 12:00:31 +0000', topHeaders: nhsAuth(),
      text: `see attached\n`, attachments: [{ pdf: 'oe-gp-stives-scan.pdf', filename: 'Scan_20261124_115902.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'L82054', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Lowenna Berryman', 'lowenna.berryman@nhs.net'), signatory: withRole('Mark Rosewarne', 'mark.rosewarne@nhs.net', 'lead_gp') },
      traits: ['form_only_body', 'scanned_form', 'values_only_in_form', 'page2_tick_box'],
    },
  },
  {
    mailbox: M, slug: 'oe-primary-user-photo-pm-signed',
    msg: {
      from: 'Patricia Lyle <patricia.lyle@nhs.net>', subject: 'open exeter primary user', date: 'Wed, 25 Nov 2026 18:22:09 +0000', topHeaders: nhsAuth(),
      text: `Hi please find form for Abena attached, I signed it as PM as the partners are all on leave this week\n\nPatricia\n\nSent from my iPhone\n`,
      attachments: [{ pdf: 'oe-gp-walworth-photo.pdf', filename: 'image0.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'G85651', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Abena Mensah', 'abena.mensah@nhs.net'), signatory: withRole('Patricia Lyle', 'patricia.lyle@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['scanned_form', 'phone_photo', 'signatory_not_allowed', 'no_page2_tick'],
    },
  },
  {
    mailbox: M, slug: 'oe-other-org-unsigned-scan',
    msg: {
      from: 'Dominic Ashworth <dominic.ashworth@nhs.net>', subject: 'Primary user request - Riverside Sexual Health Clinic', date: 'Thu, 26 Nov 2026 10:10:10 +0000', topHeaders: nhsAuth(),
      text: `Dear Open Exeter team,\n\nPlease find attached our request form for a Primary User for the clinic. Dr Crane is our Caldicott Guardian.\n\nBest wishes\nDominic Ashworth\nClinic Administrator\n`,
      attachments: [{ pdf: 'oe-other-clinic-unsigned-scan.pdf', filename: 'OE primary user form.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'RK950', type: 'other' },
      fields: { organisationKind: 'other', nominee: person('Dominic Ashworth', 'dominic.ashworth@nhs.net'), signatory: withRole('Lesley Crane', 'lesley.crane@nhs.net', 'caldicott_guardian') },
      mustRaise: ['missing_signature'],
      traits: ['scanned_form', 'empty_signature_box', 'other_organisation', 'self_nomination'],
    },
  },
  {
    mailbox: M, slug: 'oe-other-org-snake-acroform',
    msg: {
      from: 'Piran Couch <piran.couch@nhs.net>', subject: 'Open Exeter Primary User - Kernow Women\'s Health CIC', date: 'Fri, 27 Nov 2026 14:55:46 +0000', topHeaders: nhsAuth(),
      text: `Hello, form attached, completed and signed. I'm one of the directors. Piran\n`,
      attachments: [{ pdf: 'oe-other-snake-acro.pdf', filename: 'open-exeter-primary-user-other-orgs.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'NQT3A', type: 'other' },
      fields: { organisationKind: 'other', nominee: person('Tegen Williams', 'tegen.williams@nhs.net'), signatory: withRole('Piran Couch', 'piran.couch@nhs.net', 'board_member') },
      traits: ['acroform_snake_case', 'values_only_in_form', 'other_organisation'],
    },
  },
  {
    mailbox: M, slug: 'oe-gp-text1-acroform',
    msg: {
      from: 'Sinead Farrelly <sinead.farrelly@nhs.net>', subject: 'Open Exeter primary user form', date: 'Mon, 30 Nov 2026 09:41:27 +0000', topHeaders: nhsAuth(),
      encoding: 'quoted-printable',
      html: `<html><body><div style="font-family:Aptos,sans-serif">Good morning,<br><br>Attached is the Open Exeter primary user form for myself, signed by Dr Bastable.<br><br>Kind regards,<br><br><b>Sinéad Farrelly</b><br>Practice Manager | Honiton Road Surgery<br>☎ 01392 555 640</div></body></html>`,
      attachments: [{ pdf: 'oe-gp-text1-acro.pdf', filename: 'OE Primary User Request - GP Practice.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'L83023', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Sinead Farrelly', 'sinead.farrelly@nhs.net'), signatory: withRole('Tom Bastable', 'tom.bastable@nhs.net', 'gp_partner') },
      traits: ['acroform_numbered_text1', 'html_only', 'non_ascii_signature', 'self_nomination'],
    },
  },
  {
    mailbox: M, slug: 'oe-gp-acrobat-names',
    msg: {
      from: 'Ines Carvalho <ines.carvalho@nhs.net>', subject: 'OE form', date: 'Tue, 1 Dec 2026 11:03:59 +0000', topHeaders: nhsAuth(),
      text: `Hi, attached. Dr Adebayo is our caldicott guardian. Ines\n`,
      attachments: [{ pdf: 'oe-gp-acrobat-acro.pdf', filename: 'OpenExeter_PU_GP.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'G85045', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Ines Carvalho', 'ines.carvalho@nhs.net'), signatory: withRole('Ruth Adebayo', 'ruth.adebayo@nhs.net', 'caldicott_guardian') },
      traits: ['acroform_acrobat_style', 'values_only_in_form', 'terse'],
    },
  },
  {
    mailbox: M, slug: 'oe-gp-flat-forwarded-rfc822',
    msg: {
      from: 'Alison Pike <alison.pike@nhs.net>', subject: 'FW: Open Exeter', date: 'Wed, 2 Dec 2026 08:20:00 +0000', topHeaders: nhsAuth(),
      text: `Sending on Gemma's form, I am our existing primary contact and have signed it.\nAlison\n`,
      attachments: [{
        filename: 'Open Exeter.eml',
        eml: `From: Gemma Yeo <gemma.yeo@nhs.net>\nTo: Alison Pike <alison.pike@nhs.net>\nSubject: Open Exeter\nDate: Tue, 1 Dec 2026 16:40:00 +0000\nMessage-ID: <inner-oe-1@nhs.net>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="inner-b1"\n\n--inner-b1\nContent-Type: text/plain; charset="utf-8"\n\nHi Alison, here's my form for Open Exeter, can you sign and send to PCSE? Thanks Gemma\n--inner-b1\nContent-Type: application/pdf; name="OE form Gemma.pdf"\nContent-Disposition: attachment; filename="OE form Gemma.pdf"\nContent-Transfer-Encoding: base64\n\n@@PDF:oe-gp-below-flat.pdf@@\n--inner-b1--\n`,
      }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'L83093', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Gemma Yeo', 'gemma.yeo@nhs.net'), signatory: withRole('Alison Pike', 'alison.pike@nhs.net', 'existing_primary_contact') },
      traits: ['forwarded_as_attachment', 'message_rfc822', 'pdf_inside_forward', 'flat_form_value_below'],
    },
  },
  {
    mailbox: M, slug: 'oe-other-existing-primary-user-scan',
    msg: {
      from: 'Michelle Doyle <michelle.doyle@nhs.net>', subject: 'Second primary user', date: 'Wed, 2 Dec 2026 13:37:21 +0000', topHeaders: nhsAuth(),
      text: `Hi, I am currently our only primary user so we'd like Grace set up as a second one, as recommended. Scanned form attached.\nMichelle Doyle\n`,
      attachments: [{ pdf: 'oe-other-existing-pu-scan.pdf', filename: 'doc02122026.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'RV3C2', type: 'other' },
      fields: { organisationKind: 'other', nominee: person('Grace Oyelaran', 'grace.oyelaran@nhs.net'), signatory: withRole('Michelle Doyle', 'michelle.doyle@nhs.net', 'existing_primary_user') },
      traits: ['scanned_form', 'other_organisation', 'page2_tick_box'],
    },
  },
  {
    mailbox: M, slug: 'oe-gp-beside-flat-lowercase-code',
    msg: {
      from: 'Jennifer Menhennick <jennifer.menhennick@nhs.net>', cc: 'Dr Andrew Tonkin <andrew.tonkin@nhs.net>', subject: 'Open exeter primary user request', date: 'Thu, 3 Dec 2026 10:02:33 +0000', topHeaders: nhsAuth(),
      text: `Morning, form attached for me to become primary user, signed by Dr Tonkin (cc). Jen\n`,
      attachments: [{ pdf: 'oe-gp-beside-flat.pdf', filename: 'Open Exeter form.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request', organisation: { odsCode: 'L82066', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Jennifer Menhennick', 'jennifer.menhennick@nhs.net'), signatory: withRole('Andrew Tonkin', 'andrew.tonkin@nhs.net', 'gp_partner') },
      traits: ['flat_form_value_beside', 'ods_with_space_lowercase', 'cc_signatory', 'self_nomination'],
    },
  },
  {
    mailbox: M, slug: 'oe-permissions-gp-partner',
    msg: {
      from: 'Dr Chloe Bennetto <chloe.bennetto@nhs.net>', subject: 'Open Exeter permissions', date: 'Mon, 23 Nov 2026 13:14:15 +0000', topHeaders: nhsAuth(),
      text: `Hello\n\nAs GP partner at Newquay Health Centre (L82015) please could you add the "Sample Taker" and "Call/Recall Enquiry" permissions to Morwen Jenkin's Open Exeter account. username MJENKIN3, email morwen.jenkin@nhs.net\n\nMany thanks\nChloe Bennetto\n`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'L82015', type: 'gp_practice' },
      fields: {
        user: { ...person('Morwen Jenkin', 'morwen.jenkin@nhs.net'), username: 'MJENKIN3' },
        permissions: ['Sample Taker', 'Call/Recall Enquiry'],
        signatory: withRole('Chloe Bennetto', 'chloe.bennetto@nhs.net', 'gp_partner'),
      },
      traits: ['plain_text', 'quoted_permission_names', 'possessive_name'],
    },
  },
  {
    mailbox: M, slug: 'oe-permissions-from-btinternet',
    msg: {
      from: 'Dr Mike Vosper <mike.vosper@btinternet.com>', subject: 'open exeter access for nurse', date: 'Mon, 30 Nov 2026 22:05:40 +0000', topHeaders: externalAuth('btinternet.com', '65.20.0.49'),
      text: `Hi, Lead GP at Chagford Surgery L83140. Can our new practice nurse Sarah Luscombe (sarah.luscombe@nhs.net, user SLUSCOMBE) have prior notification list access please.\nMike\n`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'L83140', type: 'gp_practice' },
      fields: {
        user: { ...person('Sarah Luscombe', 'sarah.luscombe@nhs.net'), username: 'SLUSCOMBE' },
        permissions: ['prior notification list'],
        signatory: withRole('Mike Vosper', 'mike.vosper@btinternet.com', 'lead_gp'),
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['non_nhs_sender', 'plain_text', 'late_night'],
    },
  },
  {
    mailbox: M, slug: 'oe-permissions-pm-on-behalf',
    msg: {
      from: 'Deborah Clegg <deborah.clegg@nhs.net>', subject: 'Additional permissions - Open Exeter', date: 'Tue, 1 Dec 2026 09:00:45 +0000', topHeaders: nhsAuth(),
      text: `Dear PCSE\n\nOn behalf of Dr Martin Gale (GP Partner) please can you give our HCA Ryan Pollard (username RPOLLARD, ryan.pollard@nhs.net) the Sample Taker permission on Open Exeter. Practice code G83017, Clapham Park Group Practice.\n\nDeborah Clegg\nPractice Manager\n`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'G83017', type: 'gp_practice' },
      fields: {
        user: { ...person('Ryan Pollard', 'ryan.pollard@nhs.net'), username: 'RPOLLARD' },
        permissions: ['Sample Taker'],
        signatory: withRole('Deborah Clegg', 'deborah.clegg@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['on_behalf_of', 'three_people', 'requester_not_signatory'],
    },
  },
  {
    mailbox: M, slug: 'oe-permissions-spoofed-nhs',
    msg: {
      from: 'Dr Jane Roskilly <jane.roskilly@nhs.net>', subject: 'URGENT open exeter permissions', date: 'Wed, 2 Dec 2026 03:12:09 +0000', topHeaders: nhsAuth('185.220.101.7', false),
      text: `Please urgently add all permissions including Organisation Maintenance to user TPRICE9 (tom.price9@nhs.net) at Launceston Medical Centre L82029. I am the Caldicott Guardian.\nDr Roskilly\n`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions', organisation: { odsCode: 'L82029', type: 'gp_practice' },
      fields: {
        user: { ...person(null, 'tom.price9@nhs.net'), username: 'TPRICE9' },
        permissions: ['all permissions', 'Organisation Maintenance'],
        signatory: withRole('Jane Roskilly', 'jane.roskilly@nhs.net', 'caldicott_guardian'),
      },
      mustRaise: ['sender_unauthenticated'],
      traits: ['auth_fail', 'spoofed_sender', 'urgency'],
    },
  },
  {
    mailbox: M, slug: 'oe-new-user-notification-html',
    msg: {
      from: 'Open Exeter <openexeter.notifications@nhs.net>', subject: 'Open Exeter: New user created', date: 'Tue, 24 Nov 2026 15:31:02 +0000', topHeaders: nhsAuth('51.140.20.9'),
      html: `<html><body><p>A new user has been created in Open Exeter and requires authorisation.</p>
<table border="1" cellpadding="3"><tr><th>Organisation</th><th>User name</th><th>Name</th><th>Email</th><th>Created by</th><th>Creator email</th></tr>
<tr><td>L82054</td><td>KCURNOW2</td><td>CURNOW, Keziah</td><td>keziah.curnow@nhs.net</td><td>BERRYMAN, Lowenna</td><td>lowenna.berryman@nhs.net</td></tr></table>
<p>This is an automated message. Do not reply.</p></body></html>`,
    },
    exp: {
      kind: 'open_exeter_new_user_authorisation', organisation: { odsCode: 'L82054', type: 'gp_practice' },
      fields: { user: { ...person('Keziah Curnow', 'keziah.curnow@nhs.net'), username: 'KCURNOW2' }, createdBy: person('Lowenna Berryman', 'lowenna.berryman@nhs.net') },
      traits: ['system_notification', 'surname_forename_table', 'html_only'],
    },
  },
  {
    mailbox: M, slug: 'oe-new-user-notification-text',
    msg: {
      from: 'Open Exeter <openexeter.notifications@nhs.net>', subject: 'Open Exeter: New user created', date: 'Thu, 3 Dec 2026 11:48:20 +0000', topHeaders: nhsAuth('51.140.20.9'),
      text: `A new user has been created in Open Exeter and requires authorisation.\n\nOrganisation: G85045\nUser name:    ICARVALHO\nName:         CARVALHO, Ines\nEmail:        ines.carvalho@nhs.net\nCreated by:   ADEBAYO, Ruth (ruth.adebayo@nhs.net)\n\nThis is an automated message. Do not reply.\n`,
    },
    exp: {
      kind: 'open_exeter_new_user_authorisation', organisation: { odsCode: 'G85045', type: 'gp_practice' },
      fields: { user: { ...person('Ines Carvalho', 'ines.carvalho@nhs.net'), username: 'ICARVALHO' }, createdBy: person('Ruth Adebayo', 'ruth.adebayo@nhs.net') },
      traits: ['system_notification', 'surname_forename', 'aligned_labels'],
    },
  },
  {
    mailbox: M, slug: 'oe-password-question',
    msg: {
      from: 'Tregony Surgery <tregony.surgery@nhs.net>', subject: 'forgot open exeter password', date: 'Fri, 27 Nov 2026 08:33:00 +0000', topHeaders: nhsAuth(),
      text: `hi one of our nurses forgot her open exeter password, do you reset it or do we? we have a primary user but she is off sick. what permissions does a primary user need to do it?\n`,
    },
    exp: {
      kind: 'unclassified', organisation: null, fields: {},
      traits: ['question_only', 'mentions_permissions_no_request', 'lowercase_only'],
    },
  },
  {
    mailbox: M, slug: 'oe-chaser-ref',
    msg: {
      from: 'Patricia Lyle <patricia.lyle@nhs.net>', subject: 'RE: PCSE-2026-004871 open exeter primary user', date: 'Thu, 3 Dec 2026 16:20:00 +0000', topHeaders: nhsAuth(),
      html: `<html><body><p>Hi, any update on this one please? Abena still has no access.</p><p>Patricia</p><div style="border-top:solid #E1E1E1 1pt"><p><b>From:</b> PCSE Open Exeter &lt;pcse.openexeter@nhs.net&gt;<br><b>Sent:</b> 26 November 2026 09:00<br><b>Subject:</b> PCSE-2026-004871 open exeter primary user</p></div><blockquote><p>We have received your request. Reference PCSE-2026-004871.</p></blockquote></body></html>`,
      encoding: 'quoted-printable',
    },
    exp: {
      kind: 'unclassified', organisation: null, fields: {},
      traits: ['chaser', 'case_ref', 'quoted_history', 'html_only'],
    },
  },
  {
    mailbox: M, slug: 'oe-misdirected-gpp-nomination',
    msg: {
      from: 'Dr Wyn Rowlands <wyn.rowlands@nhs.net>', subject: 'user admin', date: 'Thu, 3 Dec 2026 17:02:12 +0000', topHeaders: nhsAuth(),
      text: `Hi, sorry if wrong team. I'm the GP partner at Bodmin Road Surgery, Truro (L82031). Please can our new manager Esyllt Prys-Jones, esyllt.prys-jones@nhs.net, be made a GP Payments and Pensions user administrator. I approve this.\nWyn Rowlands\n`,
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'L82031', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Esyllt Prys-Jones', 'esyllt.prys-jones@nhs.net'), approver: withRole('Wyn Rowlands', 'wyn.rowlands@nhs.net', 'GP partner') },
      traits: ['misdirected', 'gpp_without_form', 'hyphenated_name'],
    },
  },
  {
    mailbox: M, slug: 'oe-misdirected-gpp-form',
    msg: {
      from: 'Lamorna Hext <lamorna.hext@nhs.net>', subject: 'form for user admin', date: 'Fri, 4 Dec 2026 08:30:00 +0000', topHeaders: nhsAuth(),
      text: `form attached thx\n\nLamorna\n`,
      attachments: [{ pdf: 'gpp-mevagissey-below.pdf', filename: 'GPP form.pdf' }],
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'L82048', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Lamorna Hext', 'lamorna.hext@nhs.net'), approver: withRole('Ewan Pengelly', 'ewan.pengelly@nhs.net', 'GP Partner') },
      traits: ['misdirected', 'form_only_body', 'flat_form_value_below', 'values_only_in_form', 'self_nomination'],
    },
  },
];
