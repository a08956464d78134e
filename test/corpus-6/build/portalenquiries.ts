/** Mail that reached pcse.portalenquiries@nhs.net (some of it meant for another mailbox). */
import { externalAuth, nhsAuth, person, withRole, type Email } from './common.js';

const M = 'portalenquiries' as const;

export const portalenquiries: Email[] = [
  {
    mailbox: M, slug: 'opto-admin-contract-holder-terse',
    msg: {
      from: 'Hollis Eyecare <hollis.eyecare@nhs.net>', subject: 'new admin',
      date: 'Mon, 23 Nov 2026 08:41:12 +0000', topHeaders: nhsAuth(),
      text: `hi\n\nCan you make Priya Vaghela user admin for opthalmic payments please. her email is priya.vaghela1@nhs.net\n\nI am the contract holder, Martin Hollis. practice code TPK41\n\nthanks\nMartin\nHollis Eyecare, Fore St, Totnes\n`,
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: person('Priya Vaghela', 'priya.vaghela1@nhs.net'), approver: withRole('Martin Hollis', 'hollis.eyecare@nhs.net', 'contract holder') },
      traits: ['plain_text', 'terse', 'typos', 'shared_mailbox_sender'],
    },
  },
  {
    mailbox: M, slug: 'gpp-form-photo-only',
    msg: {
      from: 'Dr Aled Pryce <aled.pryce@nhs.net>', subject: 'Form', date: 'Mon, 23 Nov 2026 19:02:55 +0000', topHeaders: nhsAuth(),
      text: `Please see attached\n\nSent from my iPhone\n`,
      attachments: [{ pdf: 'gpp-pryce-photo.pdf', filename: 'IMG_4471.pdf' }],
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'L83107', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Kerensa Trevithick', 'kerensa.trevithick@nhs.net'), approver: withRole('Aled Pryce', 'aled.pryce@nhs.net', 'GP Partner') },
      traits: ['form_only_body', 'scanned_form', 'phone_photo', 'values_only_in_form', 'single_handed_gp'],
    },
  },
  {
    mailbox: M, slug: 'gpp-acroform-on-behalf',
    msg: {
      from: 'Reception - Moor Lane Surgery <moorlane.reception@nhs.net>', cc: 'Dr Fiona Blackmore <fiona.blackmore@nhs.net>',
      subject: 'GPP user admin form - Moor Lane Surgery', date: 'Tue, 24 Nov 2026 10:15:03 +0000', topHeaders: nhsAuth(),
      encoding: 'quoted-printable',
      text: `Good morning,\n\nDr Blackmore has asked me to send the attached form on her behalf. She has signed it as the approver. We would like our new practice manager, Gareth Lowther, to be set up as a GPP Practice User Administrator as we currently have nobody since our old manager retired.\n\nDr Blackmore is copied in.\n\nKind regards\n\nSam (reception)\nMoor Lane Surgery\nMoor Lane, Barnstaple EX31 2DN\n01271 555 019\n`,
      attachments: [{ pdf: 'gpp-moorlane-acro.pdf', filename: 'GPP PUA certification form - Moor Lane.pdf' }],
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'L83622', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Gareth Lowther', 'gareth.lowther@nhs.net'), approver: withRole('Fiona Blackmore', 'fiona.blackmore@nhs.net', 'GP Partner') },
      traits: ['on_behalf_of', 'three_people', 'acroform_hungarian', 'values_only_in_form', 'cc_approver'],
    },
  },
  {
    mailbox: M, slug: 'pl-admin-cqc-manager-typos',
    msg: {
      from: 'Bernadette Okafor <b.okafor@nhs.net>', subject: 'performers list admin acess', date: 'Tue, 24 Nov 2026 13:27:40 +0000', topHeaders: nhsAuth(),
      text: `Hello\n\nIm the CQC registered manager at Peckham Rye Medical Centre (G85733). Please could you give our assistant pm Tomasz Wiśniewski the PL Organisation administrator role, his email tomasz.wisniewski@nhs.net\n\nwe only have one admin at the moment and shes on mat leave\n\nMany thanks\nBernadette Okafor\nRegistered Manager\n`,
      encoding: '8bit',
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'G85733', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Tomasz Wiśniewski', 'tomasz.wisniewski@nhs.net'), approver: withRole('Bernadette Okafor', 'b.okafor@nhs.net', 'CQC registered manager') },
      traits: ['plain_text', 'typos', 'non_ascii_name', 'utf8_body'],
    },
  },
  {
    mailbox: M, slug: 'pcn-form-forwarded-by-icb-approver',
    msg: {
      from: 'Louise Tremayne <louise.tremayne1@nhs.net>', subject: 'FW: PCN user admin - Penwith PCN', date: 'Wed, 25 Nov 2026 09:03:18 +0000', topHeaders: nhsAuth(),
      html: `<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">Hi PCSE,<br><br>Approved - I am an approver for Cornwall and Isles of Scilly ICB on the Authorised Email List. Please action the request below.<br><br>Louise Tremayne<br>Primary Care Contracts Manager<br>NHS Cornwall and Isles of Scilly ICB</div>
<hr><div><b>From:</b> Jenna Pascoe &lt;jenna.pascoe@nhs.net&gt;<br><b>Sent:</b> 24 November 2026 16:40<br><b>To:</b> Louise Tremayne &lt;louise.tremayne1@nhs.net&gt;<br><b>Subject:</b> PCN user admin - Penwith PCN</div><br>
<div>Hi Louise<br><br>We have no PCN user admin since Mark left. Could you approve and send on to PCSE please? I'd like to be set up myself.<br><br>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>PCN</td><td>Penwith PCN</td></tr><tr><td>PCN code</td><td>U58214</td></tr><tr><td>Name</td><td>Jenna Pascoe</td></tr><tr><td>Role</td><td>PCN Business Manager</td></tr><tr><td>Email</td><td>jenna.pascoe@nhs.net</td></tr></table><br>Thanks<br>Jenna</div></body></html>`,
      encoding: 'quoted-printable',
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'U58214', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Jenna Pascoe', 'jenna.pascoe@nhs.net'), approver: withRole('Louise Tremayne', 'louise.tremayne1@nhs.net', 'Primary Care Contracts Manager') },
      traits: ['forwarded_inline', 'forwarder_adds_approval', 'html_only', 'html_table', 'pcn'],
    },
  },
  {
    mailbox: M, slug: 'pcn-approver-not-icb',
    msg: {
      from: 'Dr Sunil Raman <sunil.raman@nhs.net>', subject: 'PCN admin for Thames Reach PCN', date: 'Wed, 25 Nov 2026 12:50:00 +0000', topHeaders: nhsAuth(),
      text: `Dear PCSE\n\nI am clinical director of Thames Reach PCN (U71902). I'm not from the ICB and we couldn't get hold of anyone there, but as CD I approve this myself: please set up Olga Brennan, olga.brennan@nhs.net, as our PCN user admin.\n\nRegards\nSunil Raman\nClinical Director, Thames Reach PCN\n`,
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'U71902', type: 'pcn' },
      fields: { service: 'PCN', nominee: person('Olga Brennan', 'olga.brennan@nhs.net'), approver: withRole('Sunil Raman', 'sunil.raman@nhs.net', 'Clinical Director') },
      mustRaise: ['approver_not_on_ael'],
      traits: ['plain_text', 'approver_not_icb', 'pcn'],
    },
  },
  {
    mailbox: M, slug: 'dental-main-contact-change',
    msg: {
      from: 'Smile Studio Falmouth <smilestudio.falmouth@nhs.net>', subject: 'Change of main contact', date: 'Thu, 26 Nov 2026 08:05:44 +0000', topHeaders: nhsAuth(),
      text: `Hello,\n\nour practice manager has left. New main contact for supplies is Demelza Rowe demelza.rowe@nhs.net\n\nPractice code V018254\nSmile Studio, 12 Arwenack St, Falmouth\n\nThank you\nRuth (owner)\n`,
    },
    exp: {
      kind: 'main_contact_change', organisation: { odsCode: 'V018254', type: 'dental_practice' },
      fields: { newMainContact: person('Demelza Rowe', 'demelza.rowe@nhs.net') },
      traits: ['plain_text', 'terse', 'dental'],
    },
  },
  {
    mailbox: M, slug: 'pharmacy-main-contact-4-digit-code',
    msg: {
      from: 'Kiran Dosanjh <kiran.dosanjh@nhs.net>', subject: 'RE: main contact', date: 'Thu, 26 Nov 2026 11:31:09 +0000', topHeaders: nhsAuth(),
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p class="MsoNormal">Hi,</p><p class="MsoNormal">As discussed on the phone, please change the main contact for Dosanjh Chemists to me.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"><tr><td><p class="MsoNormal">Pharmacy</p></td><td><p class="MsoNormal">Dosanjh Chemists, 201 Uxbridge Road, Hanwell W7 3TD</p></td></tr><tr><td><p class="MsoNormal">ODS</p></td><td><p class="MsoNormal">4417</p></td></tr><tr><td><p class="MsoNormal">New main contact</p></td><td><p class="MsoNormal">Kiran Dosanjh</p></td></tr><tr><td><p class="MsoNormal">Email</p></td><td><p class="MsoNormal">kiran.dosanjh@nhs.net</p></td></tr></table>
<p class="MsoNormal">Kiran Dosanjh MRPharmS<br>Superintendent Pharmacist</p></body></html>`,
      text: `Hi,\n\nAs discussed on the phone, please change the main contact for Dosanjh Chemists to me.\n\nPharmacy\tDosanjh Chemists, 201 Uxbridge Road, Hanwell W7 3TD\nODS\t4417\nNew main contact\tKiran Dosanjh\nEmail\tkiran.dosanjh@nhs.net\n\nKiran Dosanjh MRPharmS\nSuperintendent Pharmacist\n`,
      encoding: 'quoted-printable',
    },
    exp: {
      kind: 'main_contact_change', organisation: { odsCode: '4417', type: 'pharmacy' },
      fields: { newMainContact: person('Kiran Dosanjh', 'kiran.dosanjh@nhs.net') },
      mustRaise: ['ods_invalid'],
      traits: ['outlook_html', 'html_table', 'malformed_ods', 'pharmacy', 'self_nomination'],
    },
  },
  {
    mailbox: M, slug: 'gp-verification-link-gmc',
    msg: {
      from: 'Dr Chidi Eze <chidi.eze@nhs.net>', subject: 'verification link expired', date: 'Thu, 26 Nov 2026 21:14:36 +0000', topHeaders: nhsAuth(),
      text: `link expired before i could use it. can u send another. GMC 7123456\n\nChidi\n\nSent from my Galaxy\n`,
    },
    exp: {
      kind: 'verification_link_resend', organisation: null,
      fields: { accountEmail: 'chidi.eze@nhs.net', gmcNumber: '7123456' },
      traits: ['plain_text', 'terse', 'phone_written', 'account_email_is_sender'],
    },
  },
  {
    mailbox: M, slug: 'verification-link-for-colleague',
    msg: {
      from: 'Helen Marsh <helen.marsh7@nhs.net>', subject: 'Verification email for Dr Adeyemi', date: 'Fri, 27 Nov 2026 09:22:10 +0000', topHeaders: nhsAuth(),
      text: `Dear PCSE,\n\nOur new salaried GP Dr Funmi Adeyemi never received her verification link. Could you please resend it to her: funmi.adeyemi@nhs.net (GMC no. 7654321).\n\nMany thanks\nHelen Marsh\nPractice Manager, St Ann's Road Surgery, Tottenham\n`,
    },
    exp: {
      kind: 'verification_link_resend', organisation: null,
      fields: { accountEmail: 'funmi.adeyemi@nhs.net', gmcNumber: '7654321' },
      mustRaise: ['not_own_account'],
      traits: ['plain_text', 'on_behalf_of', 'not_own_account'],
    },
  },
  {
    mailbox: M, slug: 'optician-locked-out',
    msg: {
      from: 'Nikos Papadakis <nikos.papadakis@nhs.net>', subject: 'LOCKED OUT', date: 'Fri, 27 Nov 2026 10:48:02 +0000', topHeaders: nhsAuth(),
      text: `Hi I put the password in wrong too many times and now im locked out of pcse online. username nikos.papadakis@nhs.net. I am the user admin for Clearview Opticians Camden TPQ72, cant submit GOS claims\n\nNikos\n`,
    },
    exp: {
      kind: 'account_unlock', organisation: { odsCode: 'TPQ72', type: 'ophthalmic_practice' },
      fields: { username: 'nikos.papadakis@nhs.net' },
      traits: ['plain_text', 'capitals_subject', 'no_punctuation'],
    },
  },
  {
    mailbox: M, slug: 'dental-unlock-from-gmail',
    msg: {
      from: 'Yasmin Haddad <yasmin.haddad.dental@gmail.com>', subject: 'Account locked - Bishopston Dental', date: 'Fri, 27 Nov 2026 17:05:19 +0000', topHeaders: externalAuth('gmail.com'),
      text: `Hello, sorry writing from my personal email as I can't get into my nhs mail either today. My PCSE account is locked, username yasminhaddad@bishopstondental. Practice V047719. Please unlock.\n\nYasmin Haddad\nPractice Manager\nBishopston Dental, Gloucester Rd, Bristol\n`,
    },
    exp: {
      kind: 'account_unlock', organisation: { odsCode: 'V047719', type: 'dental_practice' },
      fields: { username: 'yasminhaddad@bishopstondental' },
      traits: ['non_nhs_sender', 'non_email_username', 'dental'],
    },
  },
  {
    mailbox: M, slug: 'pharmacy-main-contact-reactivate',
    msg: {
      from: 'Ade Ogunleye <ade.ogunleye@nhs.net>', subject: 'account deactivated', date: 'Mon, 30 Nov 2026 08:12:47 +0000', topHeaders: nhsAuth(),
      text: `Morning\n\nMy PCSE Online account has been deactivated because I have not logged in for a while. I am the main contact for Lewisham Way Pharmacy (FQ624) so can't ask anyone else to do it. username ade.ogunleye@nhs.net\n\nthanks\nAde Ogunleye\n`,
    },
    exp: {
      kind: 'account_reactivation', organisation: { odsCode: 'FQ624', type: 'pharmacy' },
      fields: { username: 'ade.ogunleye@nhs.net' },
      traits: ['plain_text', 'pharmacy'],
    },
  },
  {
    mailbox: M, slug: 'reactivation-plus-question',
    msg: {
      from: 'Dr Rhiannon Penrose <rhiannon.penrose@nhs.net>', subject: 'Reactivate + quick q', date: 'Mon, 30 Nov 2026 13:40:00 +0000', topHeaders: nhsAuth(),
      encoding: 'quoted-printable',
      text: `Hi there,\n\n1) my account (rhiannon.penrose@nhs.net) was deactivated, I'm the GPP user admin for Lanner Surgery L82045, please reactivate.\n2) also do you know how long a new users roles take to show? we added our new receptionist yesterday and she cant see anything yet.\n\nRhiannon\n\nDr R Penrose\nLanner Surgery, Redruth\n`,
    },
    exp: {
      kind: 'account_reactivation', organisation: { odsCode: 'L82045', type: 'gp_practice' },
      fields: { username: 'rhiannon.penrose@nhs.net' },
      traits: ['two_requests', 'question_mixed_in', 'numbered_list'],
    },
  },
  {
    mailbox: M, slug: 'remove-gos-performer-role',
    msg: {
      from: 'Clearsight Opticians <clearsight.brixton@nhs.net>', subject: 'remove roles from old locum', date: 'Tue, 1 Dec 2026 09:58:31 +0000', topHeaders: nhsAuth(),
      text: `please remove the GOS Performer and Contractor Signatory roles from our old locum's login, username james.o.kane@nhs.net, he doesnt work here anymore.\n\nClearsight Opticians Brixton TPB19\n`,
    },
    exp: {
      kind: 'role_removal_request', organisation: { odsCode: 'TPB19', type: 'ophthalmic_practice' },
      fields: { username: 'james.o.kane@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
      traits: ['plain_text', 'lowercase_only', 'shared_mailbox_sender'],
    },
  },
  {
    mailbox: M, slug: 'remove-role-no-username',
    msg: {
      from: 'Gwen Tallack <gwen.tallack@nhs.net>', subject: 'Joiner & Leaver role', date: 'Tue, 1 Dec 2026 14:21:05 +0000', topHeaders: nhsAuth(),
      text: `Hi, can you take the Joiner & Leaver role off our former practice manager please, she retired in October. Thanks, Gwen - St Just Surgery\n\nGet Outlook for iOS\n`,
    },
    exp: {
      kind: 'role_removal_request', organisation: null,
      fields: { username: null, roles: ['Joiner & Leaver'] },
      traits: ['plain_text', 'terse', 'no_username', 'phone_written'],
    },
  },
  {
    mailbox: M, slug: 'question-permissions-no-request',
    msg: {
      from: 'Maya Goldberg <maya.goldberg@nhs.net>', subject: 'Question about roles', date: 'Tue, 1 Dec 2026 16:02:44 +0000', topHeaders: nhsAuth(),
      text: `Hello,\n\nI'm the only user admin at our dental practice. Does the Contractor Signatory role give access to the payment statements, or do I need a separate permission for that? I don't want to give our associates more access than they need. Not asking for anything to be changed just yet, only want to understand.\n\nThanks\nMaya Goldberg\nHighgate Village Dental\n`,
    },
    exp: {
      kind: 'unclassified', organisation: null, fields: {},
      traits: ['question_only', 'mentions_permissions_no_request'],
    },
  },
  {
    mailbox: M, slug: 'chaser-with-ref',
    msg: {
      from: 'Dr Aled Pryce <aled.pryce@nhs.net>', subject: 'Re: PCSE-2026-004812 GPP form', date: 'Wed, 2 Dec 2026 07:55:13 +0000', topHeaders: nhsAuth(),
      text: `Any news on this? Kerensa still cant log in\n\nSent from my iPhone\n\n> On 24 Nov 2026, at 09:00, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:\n>\n> Thank you for your email. Your reference is PCSE-2026-004812.\n> We aim to respond within 5 working days.\n`,
    },
    exp: {
      kind: 'unclassified', organisation: null, fields: {},
      traits: ['chaser', 'case_ref', 'quoted_history', 'phone_written'],
    },
  },
  {
    mailbox: M, slug: 'out-of-office',
    msg: {
      from: 'Hollis Eyecare <hollis.eyecare@nhs.net>', subject: 'Automatic reply: PCSE-2026-004790 Your request', date: 'Wed, 2 Dec 2026 10:00:01 +0000', topHeaders: nhsAuth(),
      headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: hollis.eyecare@nhs.net'],
      text: `The practice is closed Wednesday afternoons. For urgent eye problems please call NHS 111.\n`,
    },
    exp: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      traits: ['auto_reply'],
    },
  },
  {
    mailbox: M, slug: 'misdirected-practice-email-update',
    msg: {
      from: 'Coombe Dental Care <coombe.dental@nhs.net>', subject: 'new practice email', date: 'Wed, 2 Dec 2026 11:17:36 +0000', topHeaders: nhsAuth(),
      text: `Hi not sure if this is the right address.\n\nCoombe Dental Care, Kingston V021196\nOur practice email is changing from coombedental.kingston@nhs.net to coombe.dental@nhs.net (this one) as the old shared mailbox is being closed.\n\nthank you\nAnita\n`,
    },
    exp: {
      kind: 'practice_email_update', organisation: { odsCode: 'V021196', type: 'dental_practice' },
      fields: { currentEmail: 'coombedental.kingston@nhs.net', newEmail: 'coombe.dental@nhs.net' },
      traits: ['misdirected', 'plain_text', 'dental'],
    },
  },
  {
    mailbox: M, slug: 'opto-admin-code-shape-mismatch',
    msg: {
      from: 'Farah Qureshi <farah.qureshi@nhs.net>', subject: 'Opto user admin request', date: 'Wed, 2 Dec 2026 15:33:50 +0000', topHeaders: nhsAuth(),
      text: `Hello\n\nI own Qureshi Optometrists in Ilford (ophthalmic practice code V61288) and hold the GOS contract. Please add my optical assistant Leanne Cobb, leanne.cobb@nhs.net, as OPTO Organisation User Administrator.\n\nFarah Qureshi\nContract holder\n`,
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'V61288', type: 'dental_practice' },
      fields: { service: 'OPTO', nominee: person('Leanne Cobb', 'leanne.cobb@nhs.net'), approver: withRole('Farah Qureshi', 'farah.qureshi@nhs.net', 'Contract holder') },
      mustRaise: ['ods_type_mismatch'],
      traits: ['plain_text', 'ods_shape_mismatch'],
    },
  },
  {
    mailbox: M, slug: 'gpp-table-form-contract-holder-cc',
    msg: {
      from: 'Jade Whitlock <jade.whitlock@nhs.net>', cc: 'Dr Paul Kessell <paul.kessell@nhs.net>',
      subject: 'GPP practice user admin - Tamar View Surgery L83050', date: 'Thu, 3 Dec 2026 09:12:00 +0000', topHeaders: nhsAuth(),
      text: `Hi\n\nForm attached for me to become GPP user administrator. Dr Kessell (single-handed GP and contract holder, cc'd) has signed part B.\n\nJade Whitlock\nPractice Manager\nTamar View Surgery\n01752 555 802\n`,
      attachments: [{ pdf: 'gpp-tamarview-table.pdf', filename: 'GPP certification.pdf' }],
    },
    exp: {
      kind: 'user_admin_nomination', organisation: { odsCode: 'L83050', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Jade Whitlock', 'jade.whitlock@nhs.net'), approver: withRole('Paul Kessell', 'paul.kessell@nhs.net', 'GP (contract holder)') },
      traits: ['flat_form_table', 'contract_holder_cc', 'single_handed_gp', 'self_nomination'],
    },
  },
  {
    mailbox: M, slug: 'ndr-bounce',
    msg: {
      from: 'Microsoft Outlook <postmaster@nhs.net>', subject: 'Undeliverable: PCSE-2026-004655 Your verification link', date: 'Thu, 3 Dec 2026 09:40:22 +0000', topHeaders: nhsAuth('40.107.22.60'),
      headers: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
      html: `<html><body><p><b><font color="#000066" size="3">Your message to d.kowalczyk@nhs.net couldn't be delivered.</font></b></p><p>d.kowalczyk wasn't found at nhs.net.</p><p><b>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</b></p></body></html>`,
    },
    exp: {
      kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {},
      traits: ['bounce', 'html_only'],
    },
  },
  {
    mailbox: M, slug: 'thanks-with-ref',
    msg: {
      from: 'Bernadette Okafor <b.okafor@nhs.net>', subject: 'RE: PCSE-2026-004830 performers list admin acess', date: 'Thu, 3 Dec 2026 11:05:09 +0000', topHeaders: nhsAuth(),
      text: `Brilliant thank you, Tomasz is in now.\n\nBernadette\n\n-----Original Message-----\nFrom: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>\nSent: 02 December 2026 15:12\nSubject: PCSE-2026-004830 performers list admin acess\n\nThe PL Organisation Administrator role has now been added.\n`,
    },
    exp: {
      kind: 'unclassified', organisation: null, fields: {},
      traits: ['thank_you', 'case_ref', 'quoted_history'],
    },
  },
  {
    mailbox: M, slug: 'single-handed-gp-main-contact-prose',
    msg: {
      from: 'Dr Emeka Nwosu <emeka.nwosu@nhs.net>', subject: 'supplies main contact', date: 'Thu, 3 Dec 2026 12:44:18 +0000', topHeaders: nhsAuth(),
      encoding: 'base64',
      text: `Dear Sir/Madam, I run a single-handed practice in Deptford, The Creek Surgery, G85119, and I would like my new practice manager Ms Zsófia Németh to take over from me as the main contact for supplies and medical records. Her email address is zsofia.nemeth@nhs.net. Please let me know if anything else is needed. Yours faithfully, Dr E. Nwosu\n`,
    },
    exp: {
      kind: 'main_contact_change', organisation: { odsCode: 'G85119', type: 'gp_practice' },
      fields: { newMainContact: person('Zsófia Németh', 'zsofia.nemeth@nhs.net') },
      traits: ['free_prose_no_labels', 'non_ascii_name', 'base64_body', 'single_handed_gp', 'honorific_in_name'],
    },
  },
  {
    mailbox: M, slug: 'unlock-and-email-change',
    msg: {
      from: 'Tom Vosper-Hill <tom.vosperhill@nhs.net>', subject: '2 things', date: 'Fri, 4 Dec 2026 07:48:02 +0000', topHeaders: nhsAuth(),
      text: `Hi\n\nFirst, I'm locked out again - username tom.vosperhill@nhs.net (Bideford Quay Dental, V033871).\nSecond, our practice email is now bidefordquay.dental@nhs.net, do I tell you or someone else?\n\nCheers\nTom\n`,
    },
    exp: {
      kind: 'account_unlock', organisation: { odsCode: 'V033871', type: 'dental_practice' },
      fields: { username: 'tom.vosperhill@nhs.net' },
      traits: ['two_requests', 'question_mixed_in', 'dental', 'terse'],
    },
  },
];


