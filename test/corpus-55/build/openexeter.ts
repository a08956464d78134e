// openexeter mail of corpus-55 (writer AY).
import { dt, exp, gmailHtml, org, outlook, p, unclassified } from './common.js';
import { addr, alt, build, calendar, external, html, mixed, nhsmail, pdf, report, text, toHtml, type Built } from './lib.js';
import { flatForm, scanForm } from './pdfs.js';

const M = 'openexeter' as const;

const oeGpForm = (practice: string, code: string, nominee: [string, string, string], signatory: [string, string, string], date: string) => ({
  title: 'Open Exeter - Request for a Primary User (GP Practices)',
  intro: 'The Primary User manages Open Exeter access for the practice. This form must be signed at the bottom of page 1 by the Lead GP, a GP Partner, the Caldicott Guardian or the existing Primary Contact.',
  sections: [
    { heading: '1. Practice', rows: [['Practice name', practice], ['Practice code', code]] as [string, string][] },
    { heading: '2. Proposed Primary User', rows: [['Name', nominee[0]], ['Job title', nominee[1]], ['NHSmail address', nominee[2]]] as [string, string][] },
    { heading: '3. Authorised signatory', rows: [['Name', signatory[0]], ['Capacity', signatory[1]], ['Email', signatory[2]]] as [string, string][] },
  ],
  signature: { label: 'Signature', seed: signatory[0], date },
  footer: 'OE PU form (GP) v5',
});

export async function openexeter(): Promise<Built[]> {
  const out: Built[] = [];

  // 001 Scanned GP primary user form signed by a GP partner, sent by a federation's screening admin
  const scan = await scanForm(oeGpForm('Hollins Park Surgery', 'G82099', ['Marguerite Delacroix-Hale', 'Practice Manager', 'm.delacroix-hale@nhs.net'], ['Dr Kwabena Asante-Mensah', 'GP Partner', 'k.asante-mensah@nhs.net'], '23/11/2026'), 'oe-hollins', 0.9);
  out.push(build({
    mailbox: M, slug: '001-federation-oe-gp-scan', extra: nhsmail('10.6.1.1'),
    from: addr('Medway GP Federation - Screening Admin', 'medwayfed.screening@nhs.net'),
    cc: addr('Marguerite Delacroix-Hale', 'm.delacroix-hale@nhs.net'),
    subject: 'Open Exeter primary user form - Hollins Park Surgery G82099', date: dt(1, '10:25'), id: 'LO2P265MB1101@LO2P265MB1101.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Good morning,

Please find attached a signed Open Exeter Primary User request for Hollins Park Surgery (G82099). The new Primary User will be their practice manager, Marguerite Delacroix-Hale (m.delacroix-hale@nhs.net, copied), and the form is signed by Dr Kwabena Asante-Mensah, GP Partner (k.asante-mensah@nhs.net).

Kind regards
Screening Admin Team
Medway GP Federation
`), pdf('Hollins Park OE PU form signed.pdf', scan)),
    expected: exp('open_exeter_primary_user_request', org('G82099', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Marguerite Delacroix-Hale', 'm.delacroix-hale@nhs.net'), signatory: { ...p('Kwabena Asante-Mensah', 'k.asante-mensah@nhs.net'), role: 'gp_partner' },
    }, ['on_behalf_federation', 'pdf_scan', 'signatory_not_sender']),
  }));

  // 002 Other organisation (a sexual health service) on a fillable form signed by the Caldicott Guardian
  const other = await flatForm({
    title: 'Open Exeter - Request for a Primary User (Other Organisations)',
    intro: 'For organisations other than GP practices. Must be signed by the Caldicott Guardian, a member of the Board of Directors or the existing Primary User.',
    sections: [
      { heading: 'Organisation', rows: [['Organisation name', 'Solent Integrated Sexual Health Service'], ['Organisation code', '']] },
      { heading: 'Proposed Primary User', rows: [['Name', 'Chidinma Obi-Lawson'], ['Email', 'chidinma.obi-lawson@nhs.net']] },
      { heading: 'Authorised signatory', rows: [['Name', 'Dr Imogen Ravenscroft'], ['Position', 'Caldicott Guardian'], ['Email', 'imogen.ravenscroft@nhs.net']] },
    ],
    signature: { label: 'Signature', seed: 'ravenscroft', date: '30/11/2026' },
    footer: 'OE PU form (other) v5',
  }, true);
  out.push(build({
    mailbox: M, slug: '002-other-org-caldicott-acroform', extra: nhsmail('10.6.1.2'),
    from: addr('Chidinma Obi-Lawson', 'chidinma.obi-lawson@nhs.net'),
    subject: 'Primary user request', date: dt(1, '15:50'), id: 'AM0P265MB1102@AM0P265MB1102.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Hello,

Please see attached form requesting Open Exeter Primary User access for me at Solent Integrated Sexual Health Service. It has been signed by our Caldicott Guardian, Dr Imogen Ravenscroft.

Thanks
Chidinma Obi-Lawson
Clinical Systems Lead
`), pdf('OE_PU_other_orgs_signed.pdf', other)),
    expected: exp('open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: p('Chidinma Obi-Lawson', 'chidinma.obi-lawson@nhs.net'), signatory: { ...p('Imogen Ravenscroft', 'imogen.ravenscroft@nhs.net'), role: 'caldicott_guardian' },
    }, ['pdf_acroform', 'no_ods_code', 'nominee_is_sender']),
  }));

  // 003 GP form signed by the practice manager: role not allowed
  const pmForm = await flatForm(oeGpForm('Beacon Hill Medical Practice', 'A86017', ['Simone Achterberg-Lowe', 'Senior Receptionist', 'simone.achterberg-lowe@nhs.net'], ['Patrick Ó Súilleabháin', 'Practice Manager', 'patrick.osullivan9@nhs.net'], '01/12/2026'));
  out.push(build({
    mailbox: M, slug: '003-pm-signs-oe-form', extra: nhsmail('10.6.1.3'),
    from: addr('Patrick Ó Súilleabháin', 'patrick.osullivan9@nhs.net'),
    subject: 'Open Exeter primary user - Beacon Hill A86017', date: dt(2, '09:05'), id: 'LO4P265MB1103@LO4P265MB1103.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(outlook(`Hi

Form attached for Simone Achterberg-Lowe to be an Open Exeter primary user for Beacon Hill Medical Practice. I've signed it as practice manager as the partners are all on leave this week.

Patrick Ó Súilleabháin
Practice Manager
Beacon Hill Medical Practice
`), pdf('OE form Beacon Hill.pdf', pmForm)),
    expected: exp('open_exeter_primary_user_request', org('A86017', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Simone Achterberg-Lowe', 'simone.achterberg-lowe@nhs.net'), signatory: { ...p('Patrick Ó Súilleabháin', 'patrick.osullivan9@nhs.net'), role: 'other' },
    }, ['pdf_flat', 'non_ascii_name', 'address_not_spelling_name'], ['signatory_role_not_allowed']),
  }));

  // 004 Additional permissions from a GP partner
  out.push(build({
    mailbox: M, slug: '004-gp-partner-permissions', extra: nhsmail('10.6.1.4'),
    from: addr('Dr Rukhsana Qureshi', 'rukhsana.qureshi@nhs.net'),
    subject: 'Open Exeter - extra permissions for Ewa Kowalczyk', date: dt(2, '13:30'), id: 'CWLP265MB1104@CWLP265MB1104.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear Open Exeter team

Please could our cytology administrator, Ewa Kowalczyk (ewa.kowalczyk@nhs.net, Open Exeter user ID KOWALCZYKE01), be given the Prior Notification List and Cervical Screening Results Enquiry permissions at Hawthorn Lane Practice (C84112).

Thank you
Dr Rukhsana Qureshi
GP Partner, Hawthorn Lane Practice
`),
    expected: exp('open_exeter_additional_permissions', org('C84112', 'gp_practice'), {
      user: { ...p('Ewa Kowalczyk', 'ewa.kowalczyk@nhs.net'), username: 'KOWALCZYKE01' },
      permissions: ['Prior Notification List', 'Cervical Screening Results Enquiry'],
      signatory: { ...p('Rukhsana Qureshi', 'rukhsana.qureshi@nhs.net'), role: 'gp_partner' },
    }, ['signature_block_role']),
  }));

  // 005 Permissions asked by a management company (not NHS) for the Lead GP, who is copied in
  out.push(build({
    mailbox: M, slug: '005-mgmt-company-permissions-not-nhs', extra: external('meridianpracticeservices.co.uk'),
    from: addr('Meridian Practice Services', 'helpdesk@meridianpracticeservices.co.uk'),
    cc: addr('Dr Alistair Drummond-Kerr', 'alistair.drummond-kerr@nhs.net'),
    subject: 'Open Exeter permissions - Riverbend Surgery', date: dt(3, '10:12'), id: '0102019a1b2c-meridian-1105@eu-west-2.amazonses.com',
    body: text(`Dear PCSE

On behalf of Dr Alistair Drummond-Kerr, Lead GP at Riverbend Surgery (J83044), who is copied into this email, please add the Prior Notification List permission to the Open Exeter account of Tariq Mahmood (user ID MAHMOODT2, tariq.mahmood5@nhs.net).

Kind regards
Lauren Pike
Meridian Practice Services - Helpdesk
`),
    expected: exp('open_exeter_additional_permissions', org('J83044', 'gp_practice'), {
      user: { ...p('Tariq Mahmood', 'tariq.mahmood5@nhs.net'), username: 'MAHMOODT2' },
      permissions: ['Prior Notification List'],
      signatory: { ...p('Alistair Drummond-Kerr', 'alistair.drummond-kerr@nhs.net'), role: 'lead_gp' },
    }, ['on_behalf_company', 'non_nhs_sender', 'signatory_in_cc'], ['sender_not_nhs']),
  }));

  // 006 New-user notification forwarded by a PCN manager
  out.push(build({
    mailbox: M, slug: '006-pcn-forwards-new-user-notice', extra: nhsmail('10.6.1.6'),
    from: addr('Yusuf Demir', 'yusuf.demir1@nhs.net'),
    subject: 'FW: Open Exeter - New User Created - AUTHORISATION REQUIRED', date: dt(3, '16:20'), id: 'LO6P265MB1106@LO6P265MB1106.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi, forwarding this for Orchard Vale Surgery (N82060) - I don't think it went to you automatically. Thanks, Yusuf (PCN Manager, Wirral West PCN)

________________________________
From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 03 December 2026 15:48
To: Hughes Bronwen <bronwen.hughes4@nhs.net>
Subject: Open Exeter - New User Created - AUTHORISATION REQUIRED

A new user has been created on Open Exeter and requires authorisation by PCSE.

Organisation: N82060 ORCHARD VALE SURGERY
New user: SZABO, ANNA
User ID: SZABOA
Email: anna.szabo2@nhs.net
Created by: HUGHES, BRONWEN (Primary User)

This is an automatically generated email. Please do not reply.
`),
    expected: exp('open_exeter_new_user_authorisation', org('N82060', 'gp_practice'), {
      user: { ...p('Anna Szabo', 'anna.szabo2@nhs.net'), username: 'SZABOA' },
      createdBy: p('Bronwen Hughes', 'bronwen.hughes4@nhs.net'),
    }, ['forwarded_notification', 'surname_first_caps', 'on_behalf_pcn']),
  }));

  // 007 New-user notification straight from the system
  out.push(build({
    mailbox: M, slug: '007-oe-system-notice',
    extra: [['X-Mailer', 'OpenExeter Notification Service 4.2']],
    from: addr('Open Exeter', 'openexeter.noreply@nhs.net'),
    subject: 'Open Exeter - New User Created - AUTHORISATION REQUIRED', date: dt(4, '11:03'), id: 'oe-notify-88123@openexeter.nhs.net',
    body: text(`A new user has been created on Open Exeter and requires authorisation by PCSE.

Organisation: Y02741 CRESCENT HEALTH PARTNERSHIP
New user: NWOSU-ADEYEMI, CHIAMAKA
User ID: NWOSUC
Email: chiamaka.nwosu-adeyemi@nhs.net
Created by: FITZGERALD, DECLAN (Primary User)

This is an automatically generated email. Please do not reply.`, '7bit'),
    expected: exp('open_exeter_new_user_authorisation', org('Y02741', 'gp_practice'), {
      user: { ...p('Chiamaka Nwosu-Adeyemi', 'chiamaka.nwosu-adeyemi@nhs.net'), username: 'NWOSUC' },
      createdBy: p('Declan Fitzgerald', null),
    }, ['system_notification', 'surname_first_caps', 'creator_without_email']),
  }));

  // 008 ICB screening team sends a Lead GP's request in the body, no form
  out.push(build({
    mailbox: M, slug: '008-icb-lead-gp-body-request', extra: nhsmail('10.6.1.8'),
    from: addr('Screening & Immunisation Team (NHS England South West)', 'england.swscreening@nhs.net'),
    cc: addr('Dr Felicity Abernethy-Nkemelu', 'felicity.abernethy@nhs.net'),
    subject: 'Open Exeter Primary User for Quarry Hill Surgery (K81630)', date: dt(7, '09:55'), id: 'LO3P265MB1108@LO3P265MB1108.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear colleagues,

Quarry Hill Surgery (K81630) has no Open Exeter Primary User since their practice manager left, and sample takers cannot check screening histories. The practice's Lead GP, Dr Felicity Abernethy-Nkemelu (felicity.abernethy@nhs.net, copied), has asked us to request that their Reception Manager, Dorota Kamińska-Webb (dorota.kaminska-webb@nhs.net), be made Primary User. Dr Abernethy-Nkemelu will sign the form if you need one - please let us know.

Regards
Screening & Immunisation Team
NHS England - South West
`),
    expected: exp('open_exeter_primary_user_request', org('K81630', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Dorota Kamińska-Webb', 'dorota.kaminska-webb@nhs.net'), signatory: { ...p('Felicity Abernethy-Nkemelu', 'felicity.abernethy@nhs.net'), role: 'lead_gp' },
    }, ['on_behalf_nhse', 'no_form', 'non_ascii_name', 'signatory_in_cc']),
  }));

  // 009 Caldicott Guardian asks for extra permissions for two-step user ID
  out.push(build({
    mailbox: M, slug: '009-caldicott-permissions', extra: nhsmail('10.6.1.9'),
    from: addr('Dr Sunita Ramaswamy-Hale', 'sunita.ramaswamy-hale@nhs.net'),
    subject: 'Extra access on Open Exeter', date: dt(8, '12:40'), id: 'DB6P265MB1109@DB6P265MB1109.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hello,

I am the Caldicott Guardian for Brierley Hill Family Practice (M87011). Please could you give our nurse, Ioana Constantinescu, Open Exeter username CONSTANTI1, access to Cervical Screening Results Enquiry. Her email is ioana.constantinescu@nhs.net.

Kind regards
Sunita
`),
    expected: exp('open_exeter_additional_permissions', org('M87011', 'gp_practice'), {
      user: { ...p('Ioana Constantinescu', 'ioana.constantinescu@nhs.net'), username: 'CONSTANTI1' },
      permissions: ['Cervical Screening Results Enquiry'],
      signatory: { ...p('Sunita Ramaswamy-Hale', 'sunita.ramaswamy-hale@nhs.net'), role: 'caldicott_guardian' },
    }, ['role_in_prose', 'first_name_sign_off']),
  }));

  // 010 Account unlock sent to openexeter by a practice-management company (PCSE Online, misdirected)
  out.push(build({
    mailbox: M, slug: '010-unlock-misdirected', extra: nhsmail('10.6.1.10'),
    from: addr('Apex Primary Care Management', 'apex.pcm@nhs.net'),
    subject: 'Locked out of PCSE Online', date: dt(9, '08:45'), id: 'LO4P265MB1110@LO4P265MB1110.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hello

Sorry if this is the wrong inbox. One of our client practices, Elmtree Surgery (P82007), has a practice manager who is locked out of PCSE Online after too many password attempts. Her username is zainab.olatunji@nhs.net. Please unlock it.

Kind regards
Oluwaseun Adeyemi-Grant
Apex Primary Care Management
`),
    expected: exp('account_unlock', org('P82007', 'gp_practice'), { username: 'zainab.olatunji@nhs.net' }, ['misdirected', 'on_behalf_company']),
  }));

  // ---------------- not requests ----------------

  // 011 NHSmail out-of-office
  out.push(build({
    mailbox: M, slug: '011-nhsmail-ooo',
    extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All']],
    from: addr('Bronwen Hughes', 'bronwen.hughes4@nhs.net'),
    subject: 'Automatic reply: PCSE-2026-006301 Open Exeter new user authorised', date: dt(7, '08:00'), id: 'auto-1111@LO2P265MB1111.GBRP265.PROD.OUTLOOK.COM',
    body: text(`Hello, I'm out of the office until 14 December. For Open Exeter queries please contact orchardvale.surgery@nhs.net.

Bronwen`),
    expected: unclassified(['auto_reply', 'nhsmail', 'reference_in_subject'], 'auto_reply'),
  }));

  // 012 Teams meeting invitation for a screening programme board
  out.push(build({
    mailbox: M, slug: '012-teams-invite-programme-board', extra: nhsmail('10.6.1.12'),
    from: addr('Cervical Screening Programme Board - South West', 'england.swcervicalboard@nhs.net'),
    subject: 'Cervical Screening Programme Board - January 2027', date: dt(7, '13:00'), id: 'invite-1112@LO3P265MB1112.GBRP265.PROD.OUTLOOK.COM',
    body: mixed(alt(text(`Colleagues,

Please join the January programme board. Agenda items include Open Exeter primary user coverage across practices and PCSE's authorisation turnaround.

Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 348 221 907 115`), html(toHtml(`Colleagues,

Please join the January programme board. Agenda items include Open Exeter primary user coverage across practices and PCSE's authorisation turnaround.

Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 348 221 907 115`))), calendar(`BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
BEGIN:VEVENT
SUMMARY:Cervical Screening Programme Board - January 2027
DTSTART:20270114T100000Z
DTEND:20270114T120000Z
UID:040000008200E00074C5B7101A82E00800000000SWCSPB
END:VEVENT
END:VCALENDAR`)),
    expected: unclassified(['meeting_invitation', 'calendar_part', 'mentions_open_exeter']),
  }));

  // 013 Question about Open Exeter
  out.push(build({
    mailbox: M, slug: '013-question-how-many-primary-users', extra: nhsmail('10.6.1.13'),
    from: addr('Yusuf Demir', 'yusuf.demir1@nhs.net'),
    subject: 'Question: how many primary users per practice?', date: dt(8, '10:10'), id: 'LO6P265MB1113@LO6P265MB1113.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi,

Quick question before I advise our practices: is there a maximum number of Open Exeter primary users per practice? Guidance says two are recommended, but could a practice have three? And can a PCN-employed admin be primary user for several practices?

Thanks
Yusuf Demir
PCN Manager, Wirral West PCN
`),
    expected: unclassified(['policy_question']),
  }));

  // 014 Phishing: Open Exeter account suspended
  out.push(build({
    mailbox: M, slug: '014-phishing-oe-suspended', extra: external('nhs-openexeter-support.net', false),
    from: addr('NHS Open Exeter', 'security@nhs-openexeter-support.net'),
    subject: 'Your Open Exeter account has been suspended', date: dt(8, '02:47'), id: 'x91823.77@nhs-openexeter-support.net',
    body: html(`<html><body><p>Dear Primary User,</p><p>Due to unusual sign-in activity your Open Exeter account has been <b>suspended</b>. To restore access and keep your permissions, confirm your NHS credentials within 12 hours:</p><p><a href="http://nhs-openexeter-support.net/restore">Restore my account</a></p><p>NHS Digital Security</p></body></html>`),
    expected: unclassified(['phishing', 'html_only', 'lookalike_domain']),
  }));

  // 015 Thanks reply to a closure email
  out.push(build({
    mailbox: M, slug: '015-thanks-reply-closure', extra: nhsmail('10.6.1.15'),
    from: addr('Marguerite Delacroix-Hale', 'm.delacroix-hale@nhs.net'),
    subject: 'RE: PCSE-2026-006088 Case closed - Open Exeter Primary User', date: dt(9, '09:20'), id: 'LO2P265MB1115@LO2P265MB1115.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Many thanks, I can see Organisation Maintenance now.

Marguerite

-----Original Message-----
From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: PCSE-2026-006088 Case closed - Open Exeter Primary User

You have been set up as a Primary User for Hollins Park Surgery. This case is now closed.
`),
    expected: unclassified(['thanks', 'reply_to_closure']),
  }));

  // 016 On-premise Exchange NDR (delay then failure)
  out.push(build({
    mailbox: M, slug: '016-exchange-onprem-ndr',
    from: addr('postmaster@scwcsu.nhs.uk', 'postmaster@scwcsu.nhs.uk'),
    subject: 'Delivery has failed to these recipients or groups', date: dt(9, '11:32'), id: 'ndr-1116@EXCH02.scwcsu.nhs.uk',
    body: report(`Delivery has failed to these recipients or groups:

Open Exeter helpdesk (oe.helpdesk@scwcsu.nhs.uk)
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: EXCH02.scwcsu.nhs.uk
oe.helpdesk@scwcsu.nhs.uk
#550 5.2.2 STOREDRV.Deliver; mailbox full ##`,
    `Reporting-MTA: dns;EXCH02.scwcsu.nhs.uk
Received-From-MTA: dns;relay.nhs.net

Final-Recipient: rfc822;oe.helpdesk@scwcsu.nhs.uk
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full`,
    `From: PCSE Open Exeter <pcse.openexeter@nhs.net>
To: oe.helpdesk@scwcsu.nhs.uk
Subject: RE: Open Exeter access queries`),
    expected: unclassified(['bounce', 'exchange_onprem'], 'bounce'),
  }));

  // 017 Locum agency "mailbox not monitored" auto-reply
  out.push(build({
    mailbox: M, slug: '017-agency-unmonitored-autoreply', extra: [...external('kestrelmedlocums.co.uk'), ['Auto-Submitted', 'auto-replied']],
    from: addr('Kestrel Medical Locums - Compliance', 'compliance@kestrelmedlocums.co.uk'),
    subject: 'Re: PCSE-2026-006190 Open Exeter query', date: dt(9, '14:02'), id: 'autoreply-1117@kestrelmedlocums.co.uk',
    body: gmailHtml(`Thank you for contacting Kestrel Medical Locums. This mailbox is not monitored between 5pm and 9am or at weekends. Your email has been logged and a member of the compliance team will reply within two working days.

For urgent shift bookings call 0117 496 0731.`),
    expected: unclassified(['auto_reply', 'unmonitored_mailbox', 'reference_in_subject'], 'auto_reply'),
  }));

  // 018 LMC complaint about Open Exeter turnaround
  out.push(build({
    mailbox: M, slug: '018-lmc-complaint', extra: nhsmail('10.6.1.18'),
    from: addr('Dr Ifeoma Nwachukwu (Chief Executive, Mersey LMCs)', 'merseylmcs.ceo@nhs.net'),
    subject: 'Concerns from practices - Open Exeter authorisations', date: dt(10, '10:00'), id: 'LO2P265MB1118@LO2P265MB1118.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Dear PCSE

Several practices have raised with the LMC that new Open Exeter users are waiting more than ten working days for authorisation, leaving sample takers unable to check screening histories. This is a patient safety concern. Please could you tell us the current turnaround and escalation route? We are not sending individual requests here; practices have sent those separately.

Yours sincerely
Dr Ifeoma Nwachukwu
Chief Executive, Mersey LMCs
`),
    expected: unclassified(['complaint', 'request_words']),
  }));

  // 019 Chaser with the reference in the subject
  out.push(build({
    mailbox: M, slug: '019-pcn-chaser-ref-subject', extra: nhsmail('10.6.1.19'),
    from: addr('Yusuf Demir', 'yusuf.demir1@nhs.net'),
    subject: 'PCSE-2026-006215 - any update?', date: dt(10, '15:30'), id: 'LO6P265MB1119@LO6P265MB1119.GBRP265.PROD.OUTLOOK.COM',
    body: outlook(`Hi, just chasing the new user authorisation for Orchard Vale Surgery I forwarded last week - Anna still can't log in.

Thanks
Yusuf
`),
    expected: unclassified(['chaser', 'reference_in_subject', 'names_a_user']),
  }));

  // 020 Postfix bounce from a GP federation's relay
  out.push(build({
    mailbox: M, slug: '020-postfix-bounce-relay',
    from: addr('Mail Delivery System', 'MAILER-DAEMON@relay.meridianpracticeservices.co.uk'),
    subject: 'Undelivered Mail Returned to Sender', date: dt(10, '16:45'), id: '20261210164500.AB12C3D4E5@relay.meridianpracticeservices.co.uk',
    body: report(`This is the mail system at host relay.meridianpracticeservices.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<l.pike@meridianpracticeservices.co.uk>: host
    mx.meridianpracticeservices.co.uk[10.2.0.4] said: 552 5.2.2 Mailbox full
    (in reply to RCPT TO command)`,
    `Reporting-MTA: dns; relay.meridianpracticeservices.co.uk
X-Postfix-Queue-ID: AB12C3D4E5

Final-Recipient: rfc822; l.pike@meridianpracticeservices.co.uk
Action: failed
Status: 5.2.2`,
    `From: PCSE Open Exeter <pcse.openexeter@nhs.net>
To: l.pike@meridianpracticeservices.co.uk
Subject: PCSE-2026-006150 Open Exeter permissions - further information required`),
    expected: unclassified(['bounce', 'postfix'], 'bounce'),
  }));

  return out;
}
