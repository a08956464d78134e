// portalenquiries emails of corpus-52 (writer AV): replies inside threads, corrections, chasers, a few fresh requests.
import { NHS_DISCLAIMER, exp, gmailQuote, originalMessage, outlookQuote, pcseAsk, type MailSpec } from './lib.js';
import { acroForm, scanForm } from './pdfs.js';

const M = 'portalenquiries' as const;
const PE = 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>';

export async function portal(): Promise<MailSpec[]> {
  const out: MailSpec[] = [];

  // 001: PCSE asked for the signed certification form; the reply attaches it (fillable).
  const gppForm = await acroForm({
    title: 'GP Payments and Pensions: Practice User Administrator Certification',
    subtitle: 'Part 1: nominee   Part 2: organisation approver',
    sections: [
      { heading: 'Part 1  Practice and nominee', rows: [['Practice name', 'Hollybank Surgery'], ['Practice ODS code', 'B82014'], ['Nominee full name', 'Marek Zielinski'], ['Nominee job title', 'Business Manager'], ['Nominee NHSmail address', 'marek.zielinski@nhs.net'], ['Nominee telephone', '01423 555 218']] },
      { heading: 'Part 2  Organisation approver', rows: [['Approver name', 'Dr Fiona Lamont'], ['Approver role', 'GP Partner'], ['Approver email', 'fiona.lamont@nhs.net'], ['Date', '09/11/2026']] },
    ],
    signature: 'F. Lamont',
    footer: 'Return both parts to pcse.portalenquiries@nhs.net',
  }, (l, i) => `Text${i + 1} ${l}`);
  out.push({
    mailbox: M, slug: '001-gpp-signed-form-after-request', style: 'outlook', date: '2026-11-09T10:12:00Z',
    from: { name: 'CARRUTHERS, Helen (HOLLYBANK SURGERY)', email: 'helen.carruthers@nhs.net' },
    subject: 'RE: GPP user admin for Hollybank Surgery [PCSE-2026-004102]',
    attachments: [{ filename: 'GPP UA Certification - Hollybank signed.pdf', data: gppForm }],
    text: `Hello,

As requested please find attached the certification form, now signed by Dr Lamont (GP Partner). Both parts are completed.

Many thanks
Helen

Helen Carruthers | Practice Manager
Hollybank Surgery | 14 Moor Lane | Harrogate | HG2 7PQ
Tel: 01423 555 200

${NHS_DISCLAIMER}
${outlookQuote({ from: PE, sent: '06 November 2026 15:40', to: 'CARRUTHERS, Helen (HOLLYBANK SURGERY) <helen.carruthers@nhs.net>', subject: 'RE: GPP user admin for Hollybank Surgery [PCSE-2026-004102]', body: pcseAsk(M, 'Dear Helen', 'To set up a GPP Practice User Administrator we need the GP Payments and Pensions Practice User Administrator Certification form, with both parts completed and signed by one of your organisation\'s approvers. We are unable to act on an email request alone.', 'PCSE-2026-004102') })}
${outlookQuote({ from: 'CARRUTHERS, Helen (HOLLYBANK SURGERY) <helen.carruthers@nhs.net>', sent: '05 November 2026 09:02', to: PE, subject: 'GPP user admin for Hollybank Surgery', body: `Hi,

Could our business manager Marek please be given the GPP Practice User Administrator role? Our previous admin retired last month.

Thanks
Helen` })}`,
    expected: exp('user_admin_nomination', { odsCode: 'B82014', type: 'gp_practice' }, {
      service: 'GPP',
      nominee: { name: 'Marek Zielinski', email: 'marek.zielinski@nhs.net' },
      approver: { name: 'Fiona Lamont', email: 'fiona.lamont@nhs.net', role: 'GP Partner' },
    }, [], ['reply_to_pcse_request', 'outlook_quote', 'pdf_acroform', 'details_only_in_pdf', 'nhsmail_display_name', 'long_disclaimer']),
  });

  // 002: PCSE said the nominee's address is not nhs.net; the reply (Gmail-style quoting) gives the new one.
  out.push({
    mailbox: M, slug: '002-pl-nominee-nhsnet-address-now', style: 'gmail', date: '2026-11-10T08:47:00Z',
    from: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net' },
    subject: 'Re: PL Organisation Administrator - Fernlea Medical Practice M85033',
    text: `Apologies, Ruth now has an NHSmail account: ruth.abernethy2@nhs.net
Please use that one instead.

Kwame

${gmailQuote('Mon, 9 Nov 2026 at 16:03', 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', `${pcseAsk(M, 'Dear Dr Asante', 'The nominee\'s email address you have given is not an nhs.net address. PL Organisation Administrators must have an nhs.net email address; please send us the nominee\'s nhs.net address.', null)}
${gmailQuote('Fri, 6 Nov 2026 at 12:30', 'Kwame Asante <kwame.asante@nhs.net>', `Dear PCSE,

As CQC Registered Manager for Fernlea Medical Practice (M85033) I nominate our assistant practice manager Ruth Abernethy (ruth.abernethy@btinternet.com) as PL Organisation Administrator for the Performers List.

Regards
Dr Kwame Asante
CQC Registered Manager, Fernlea Medical Practice`)}`)}`,
    expected: exp('user_admin_nomination', { odsCode: 'M85033', type: 'gp_practice' }, {
      service: 'PL',
      nominee: { name: 'Ruth Abernethy', email: 'ruth.abernethy2@nhs.net' },
      approver: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net', role: 'CQC Registered Manager' },
    }, [], ['reply_to_pcse_request', 'gmail_quote', 'nested_quote', 'answer_needs_quote', 'corrected_value']),
  });

  // 003: the sender corrects his own earlier nomination ("wrong email address in my last").
  out.push({
    mailbox: M, slug: '003-opto-nominee-email-corrected', style: 'outlook', date: '2026-11-11T11:20:00Z',
    from: { name: 'Gareth Pryce', email: 'gareth.pryce@nhs.net' },
    cc: 'Alan Dunn <alan.dunn@nhs.net>',
    subject: 'RE: OPTO user admin - Pryce & Dunn Opticians TPK41',
    text: `Hi again,

Sorry, wrong email address in my last - Leanne's is leanne.moss4@nhs.net. The one below belongs to a different Leanne Moss in Leeds, please do not use it.

Everything else stands.

Gareth

Gareth Pryce
Store Manager
Pryce & Dunn Opticians
22 High Street, Ludlow SY8 1BB
01584 555 731

${outlookQuote({ from: 'Gareth Pryce <gareth.pryce@nhs.net>', sent: '11 November 2026 10:58', to: PE, cc: 'Alan Dunn <alan.dunn@nhs.net>', subject: 'OPTO user admin - Pryce & Dunn Opticians TPK41', body: `Good morning,

Please can Leanne Moss (leanne.moss@nhs.net), our optical assistant, be made an Opto User Management (Organisation) administrator for Pryce & Dunn Opticians, TPK41.

Alan Dunn, our contract holder, is copied in and approves this nomination.

Thanks
Gareth` })}`,
    expected: exp('user_admin_nomination', { odsCode: 'TPK41', type: 'ophthalmic_practice' }, {
      service: 'OPTO',
      nominee: { name: 'Leanne Moss', email: 'leanne.moss4@nhs.net' },
      approver: { name: 'Alan Dunn', email: 'alan.dunn@nhs.net', role: 'Contract Holder' },
    }, [], ['correction_of_own_email', 'outlook_quote', 'corrected_value', 'approver_in_cc']),
  });

  // 004: fresh PCN nomination from an ICB approver, team signature with several people.
  out.push({
    mailbox: M, slug: '004-pcn-admin-fresh-icb', style: 'outlook', date: '2026-11-12T14:05:00Z',
    from: { name: 'QUAYLE, Deborah (NHS CHESHIRE AND MERSEYSIDE ICB - 27D)', email: 'deborah.quayle@nhs.net' },
    subject: 'PCN user admin request - Wirral West PCN (U47129)',
    text: `Dear colleagues,

Wirral West PCN (U47129) currently has no PCN user admin. I am an ICB approver on the Authorised Email List and approve the following nomination:

Nominee: Tomasz Wiśniewski
Role at PCN: Digital and Transformation Lead
Email: tomasz.wisniewski1@nhs.net

Please could you set up the PCN user admin role and send Tomasz his verification link.

With best wishes

Deborah Quayle
Senior Primary Care Contracts Manager
Wirral Place | NHS Cheshire and Merseyside ICB

Primary Care Team (Wirral):
Deborah Quayle - Senior Primary Care Contracts Manager - 0151 555 0412
Imogen Falk - Primary Care Contracts Officer - 0151 555 0419 - imogen.falk@nhs.net
Rashid Karim - Head of Primary Care - 0151 555 0400
Team inbox: cmicb-wirral.primarycare@nhs.net

${NHS_DISCLAIMER}`,
    expected: exp('user_admin_nomination', { odsCode: 'U47129', type: 'pcn' }, {
      service: 'PCN',
      nominee: { name: 'Tomasz Wiśniewski', email: 'tomasz.wisniewski1@nhs.net' },
      approver: { name: 'Deborah Quayle', email: 'deborah.quayle@nhs.net', role: 'Senior Primary Care Contracts Manager' },
    }, [], ['fresh_request', 'multi_person_signature', 'non_ascii_name', 'nhsmail_display_name', 'long_disclaimer']),
  });

  // 005: PCSE could not open the attachment; the form is scanned and sent again.
  const gppScan = await scanForm('p005', {
    title: 'GPP Practice User Administrator Certification',
    subtitle: 'Complete both parts in BLOCK CAPITALS',
    sections: [
      { heading: 'Part 1  Nominee', rows: [['Practice name', 'Kingsway Health Centre'], ['Practice code', 'C83061'], ['Nominee name', 'Daniel Whitfield'], ['Nominee email', 'daniel.whitfield@nhs.net'], ['Telephone', '01522 555 604']] },
      { heading: 'Part 2  Organisation approver', rows: [['Approver name', 'Dr Sunita Bhattacharya'], ['Approver role', 'Senior Partner'], ['Approver email', 'sunita.bhattacharya@nhs.net'], ['Date', '03/11/2026']] },
    ],
    signature: 'S Bhattacharya',
    footer: 'PCSE GPP UA certification v3.2',
  }, { skewDeg: 1.2, capitals: false });
  out.push({
    mailbox: M, slug: '005-gpp-scan-sent-again', style: 'outlook', date: '2026-11-13T09:31:00Z',
    from: { name: 'Jasmine Okafor-Reid', email: 'jasmine.okafor-reid@nhs.net' },
    subject: 'RE: GPP admin form - Daniel Whitfield [PCSE-2026-004230]',
    attachments: [{ filename: 'SCAN_20261113_0928.pdf', data: gppScan }],
    text: `Morning,

Sorry about that - I have rescanned the form and attached it again. Hopefully this one opens.

Kind regards,
Jasmine

Jasmine Okafor-Reid
Reception Manager
Kingsway Health Centre

${outlookQuote({ from: PE, sent: '12 November 2026 13:17', to: 'Jasmine Okafor-Reid <jasmine.okafor-reid@nhs.net>', subject: 'RE: GPP admin form - Daniel Whitfield [PCSE-2026-004230]', body: pcseAsk(M, 'Dear Jasmine', 'Unfortunately the attachment on your email could not be opened. Please send the completed certification form again.', 'PCSE-2026-004230') })}
${outlookQuote({ from: 'Jasmine Okafor-Reid <jasmine.okafor-reid@nhs.net>', sent: '11 November 2026 16:44', to: PE, subject: 'GPP admin form - Daniel Whitfield', body: `Hi,
Please find attached the GPP admin form for Daniel.
Thanks, Jasmine` })}`,
    expected: exp('user_admin_nomination', { odsCode: 'C83061', type: 'gp_practice' }, {
      service: 'GPP',
      nominee: { name: 'Daniel Whitfield', email: 'daniel.whitfield@nhs.net' },
      approver: { name: 'Sunita Bhattacharya', email: 'sunita.bhattacharya@nhs.net', role: 'Senior Partner' },
    }, [], ['reply_to_pcse_request', 'pdf_scan', 'form_forwarded_again', 'details_only_in_scan']),
  });

  // 006: PCSE asked for the organisation code; the new main contact answers with only the code.
  out.push({
    mailbox: M, slug: '006-main-contact-code-supplied', style: 'outlook', date: '2026-11-13T12:02:00Z',
    from: { name: 'Rhiannon Evans', email: 'rhiannon.evans7@nhs.net' },
    subject: 'RE: Change of main contact - Bryn Road Dental Care',
    text: `Hi,

Ewa has now left us so I am replying on her behalf. Our code is V082231.

Thanks,
Rhiannon

${outlookQuote({ from: PE, sent: '10 November 2026 11:26', to: 'Ewa Kowalczyk <ewa.kowalczyk@nhs.net>', cc: 'Rhiannon Evans <rhiannon.evans7@nhs.net>', subject: 'RE: Change of main contact - Bryn Road Dental Care', body: pcseAsk(M, 'Dear Ewa', 'So that we can change the main contact, please provide the organisation (ODS) code of the practice.', null) })}
${outlookQuote({ from: 'Ewa Kowalczyk <ewa.kowalczyk@nhs.net>', sent: '09 November 2026 17:05', to: PE, cc: 'Rhiannon Evans <rhiannon.evans7@nhs.net>', subject: 'Change of main contact - Bryn Road Dental Care', body: `Hello,

I am leaving Bryn Road Dental Care on Friday. Please change our main contact to Rhiannon Evans, rhiannon.evans7@nhs.net (copied in).

Kind regards
Ewa Kowalczyk
Practice Manager` })}`,
    expected: exp('main_contact_change', { odsCode: 'V082231', type: 'dental_practice' }, {
      newMainContact: { name: 'Rhiannon Evans', email: 'rhiannon.evans7@nhs.net' },
    }, [], ['reply_to_pcse_request', 'answer_needs_quote', 'sender_differs_from_quoted', 'outlook_quote']),
  });

  // 007: fresh main contact change from a pharmacy.
  out.push({
    mailbox: M, slug: '007-main-contact-pharmacy-fresh', style: 'plain', date: '2026-11-16T08:15:00Z',
    from: { name: 'Harbourside Pharmacy', email: 'harbourside.pharmacy@nhs.net' },
    subject: 'Main Contact change FQ218',
    text: `Dear PCSE,

Please change the Main Contact for Harbourside Pharmacy (ODS FQ218) to our new pharmacy manager:

Name: Oluwaseun Adeyemi
Email: oluwaseun.adeyemi@nhs.net

The current main contact, Graham Stott, has retired.

Regards,

Harbourside Pharmacy Team
Priya Chandran MRPharmS - Superintendent Pharmacist
Oluwaseun Adeyemi - Pharmacy Manager
Becky Lomas - Dispensary Supervisor
3 Quay Parade, Falmouth TR11 3DT | 01326 555 090
`,
    expected: exp('main_contact_change', { odsCode: 'FQ218', type: 'pharmacy' }, {
      newMainContact: { name: 'Oluwaseun Adeyemi', email: 'oluwaseun.adeyemi@nhs.net' },
    }, [], ['fresh_request', 'shared_mailbox_sender', 'multi_person_signature']),
  });

  // 008: PCSE refused a link asked for on the GP's behalf; the GP now writes from his own address.
  out.push({
    mailbox: M, slug: '008-verification-from-own-account', style: 'outlook', date: '2026-11-16T13:44:00Z',
    from: { name: 'Imran Siddiqui', email: 'imran.siddiqui@nhs.net' },
    subject: 'RE: Verification link for Dr Siddiqui [PCSE-2026-004315]',
    text: `Dear PCSE,

As you asked below I am now writing from my own account. Please resend my verification link to this address. My GMC number is 7123456.

Regards
Dr Imran Siddiqui
GP Partner, Meadowcroft Surgery

${outlookQuote({ from: PE, sent: '16 November 2026 10:02', to: 'Claire Dobbs <claire.dobbs@nhs.net>', subject: 'RE: Verification link for Dr Siddiqui [PCSE-2026-004315]', body: pcseAsk(M, 'Dear Claire', 'For security reasons a verification link can only be requested by the account holder, from the email address registered to their account (for GPs, the address registered with the GMC). Please ask Dr Siddiqui to contact us directly.', 'PCSE-2026-004315') })}
${outlookQuote({ from: 'Claire Dobbs <claire.dobbs@nhs.net>', sent: '13 November 2026 15:20', to: PE, subject: 'Verification link for Dr Siddiqui', body: `Hi,
Dr Imran Siddiqui at Meadowcroft Surgery (J82107) never received his verification link. Could you send another please?
Claire Dobbs, Practice Manager` })}`,
    expected: exp('verification_link_resend', { odsCode: 'J82107', type: 'gp_practice' }, {
      accountEmail: 'imran.siddiqui@nhs.net', gmcNumber: '7123456',
    }, [], ['reply_to_pcse_request', 'sender_differs_from_quoted', 'outlook_quote']),
  });

  // 009: fresh verification link request from a GP, no practice code.
  out.push({
    mailbox: M, slug: '009-verification-fresh-gp', style: 'plain', date: '2026-11-17T07:58:00Z',
    from: { name: 'Ciarán Ó Briain', email: 'ciaran.obriain@nhs.net' },
    subject: 'Verification link expired',
    text: `Hello,

The verification link for my PCSE Online account expired before I could use it. Could you send me a new one please? The account is under this address, ciaran.obriain@nhs.net.

GMC: 6098123

Thank you,
Dr Ciarán Ó Briain
Salaried GP
`,
    expected: exp('verification_link_resend', null, { accountEmail: 'ciaran.obriain@nhs.net', gmcNumber: '6098123' }, [], ['fresh_request', 'non_ascii_name']),
  });

  // 010: PCSE asked for the username; the answer comes from a different address than the original.
  out.push({
    mailbox: M, slug: '010-unlock-username-answer', style: 'gmail', date: '2026-11-17T10:10:00Z',
    from: { name: 'Shona McGregor', email: 'shona.mcgregor@nhs.net' },
    subject: 'Re: Locked out of PCSE Online [PCSE-2026-004377]',
    text: `Hi,

It's my own nhs.net address, shona.mcgregor@nhs.net - not the practice one I emailed from before.

Shona

${gmailQuote('Tue, 17 Nov 2026 at 09:31', 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', `${pcseAsk(M, 'Dear Shona', 'Please could you confirm the username of the account that is locked?', 'PCSE-2026-004377')}
${gmailQuote('Mon, 16 Nov 2026 at 17:52', 'Ashdown Practice <ashdown.practice@nhs.net>', `Hi, I've been locked out of PCSE Online after entering the wrong password too many times. Can you unlock it please?
Shona McGregor, Ashdown Practice H81077`)}`)}`,
    expected: exp('account_unlock', { odsCode: 'H81077', type: 'gp_practice' }, { username: 'shona.mcgregor@nhs.net' }, [], ['reply_to_pcse_request', 'answer_needs_quote', 'gmail_quote', 'nested_quote', 'sender_differs_from_quoted']),
  });

  // 011: fresh unlock from a dental nurse.
  out.push({
    mailbox: M, slug: '011-unlock-fresh-dental', style: 'plain', date: '2026-11-18T08:03:00Z',
    from: { name: 'Paulina Nowak', email: 'paulina.nowak@nhs.net' },
    subject: 'Locked out',
    text: `Hi, my PCSE Online account is locked after too many attempts at the password.
Username: paulina.nowak@nhs.net
Practice: Smile Studio Dental, V019284
Thanks
Paulina

Sent from Outlook for Android
`,
    expected: exp('account_unlock', { odsCode: 'V019284', type: 'dental_practice' }, { username: 'paulina.nowak@nhs.net' }, [], ['fresh_request', 'terse', 'mobile']),
  });

  // 012: a GP forwards a colleague's reply that he must ask PCSE himself.
  out.push({
    mailbox: M, slug: '012-reactivation-colleague-quoted', style: 'outlook', date: '2026-11-18T12:40:00Z',
    from: { name: 'Oliver Brennan', email: 'oliver.brennan@nhs.net' },
    subject: 'FW: PCSE Online access',
    text: `Dear PCSE,

Please see Mandy's note below. My account (oliver.brennan@nhs.net) has been deactivated - I am one of our GPP Practice User Administrators, so I understand only you can reactivate it.

Thanks
Dr Oliver Brennan
GP Partner | Thornbury Lane Surgery | L83115
01454 555 322

${outlookQuote({ from: 'Mandy Price <mandy.price@nhs.net>', sent: '18 November 2026 11:15', to: 'Oliver Brennan <oliver.brennan@nhs.net>', subject: 'PCSE Online access', body: `Oliver,

I tried to reactivate you but because you're a user admin it won't let me - you'll need to email PCSE at pcse.portalenquiries@nhs.net yourself.

Mandy Price
Assistant Practice Manager` })}`,
    expected: exp('account_reactivation', { odsCode: 'L83115', type: 'gp_practice' }, { username: 'oliver.brennan@nhs.net' }, [], ['forward_internal_thread', 'outlook_quote', 'sender_differs_from_quoted']),
  });

  // 013: a reactivation request corrected ("wrong username in my last").
  out.push({
    mailbox: M, slug: '013-reactivation-username-corrected', style: 'gmail', date: '2026-11-19T09:22:00Z',
    from: { name: 'Kofi Darko', email: 'kofi.darko1@nhs.net' },
    subject: 'Re: Reactivate main contact account - Darko Chemists FH731',
    text: `Sorry, wrong username in my last. The account is kofi.darko1@nhs.net (the one I am writing from). k.darko@nhs.net is an old address that no longer exists.

Kofi

${gmailQuote('Thu, 19 Nov 2026 at 09:05', 'Kofi Darko <kofi.darko1@nhs.net>', `Hello,

I am the Main Contact for Darko Chemists (FH731). My PCSE Online account has been deactivated as I had not logged in for a while. Please reactivate account k.darko@nhs.net.

Many thanks
Kofi Darko
Pharmacist Owner`)}`,
    expected: exp('account_reactivation', { odsCode: 'FH731', type: 'pharmacy' }, { username: 'kofi.darko1@nhs.net' }, [], ['correction_of_own_email', 'gmail_quote', 'corrected_value']),
  });

  // 014: a practice manager passes on a partner's internal request to remove a leaver's roles.
  out.push({
    mailbox: M, slug: '014-role-removal-leaver', style: 'outlook', date: '2026-11-19T14:30:00Z',
    from: { name: 'Bernadette Flynn', email: 'bernadette.flynn@nhs.net' },
    subject: 'FW: Jason leaving - PCSE access',
    text: `Hello PCSE,

Please remove the Joiner & Leaver and Practice Estimate and Salary Change roles from Jason Tebbutt's account (jason.tebbutt@nhs.net). He left Riverbend Surgery (N81052) last week.

Thank you
Bernadette Flynn
Practice Manager, Riverbend Surgery

${outlookQuote({ from: 'Dr Ahmed Farouk <ahmed.farouk@nhs.net>', sent: '19 November 2026 08:50', to: 'Bernadette Flynn <bernadette.flynn@nhs.net>', subject: 'Jason leaving - PCSE access', body: `Bernadette - can you make sure Jason's access to the GPP pensions bits is taken off now he has gone? Thanks, Ahmed` })}`,
    expected: exp('role_removal_request', { odsCode: 'N81052', type: 'gp_practice' }, {
      username: 'jason.tebbutt@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'],
    }, [], ['forward_internal_thread', 'outlook_quote', 'sender_differs_from_quoted']),
  });

  // 015: after PCSE's advice, the practice asks again for a role to be removed.
  out.push({
    mailbox: M, slug: '015-role-removal-after-advice', style: 'outlook', date: '2026-11-20T10:05:00Z',
    from: { name: 'Samir Haddad', email: 'samir.haddad@nhs.net' },
    subject: 'RE: Remove Contractor Signatory - Clearview Opticians [PCSE-2026-004402]',
    text: `Hello,

I understand, but Lucy was our only Opto User Management admin and she has left, so there is nobody here who can do it. Please remove the Contractor Signatory role from lucy.fenwick@nhs.net for Clearview Opticians (TPB63).

Samir Haddad
Optometrist and Director
Clearview Opticians

${originalMessage({ from: PE, sent: '19 November 2026 16:12', to: 'Samir Haddad <samir.haddad@nhs.net>', subject: 'RE: Remove Contractor Signatory - Clearview Opticians [PCSE-2026-004402]', body: pcseAsk(M, 'Dear Samir', 'PCSE is unable to remove roles from a user\'s account. Please ask your organisation\'s Opto User Management (Organisation) administrator to remove the role.', 'PCSE-2026-004402') })}`,
    expected: exp('role_removal_request', { odsCode: 'TPB63', type: 'ophthalmic_practice' }, {
      username: 'lucy.fenwick@nhs.net', roles: ['Contractor Signatory'],
    }, [], ['reply_to_pcse_request', 'original_message_block']),
  });

  // 016: chaser with a reference, quoting PCSE's acknowledgement.
  out.push({
    mailbox: M, slug: '016-chaser-with-reference', style: 'outlook', date: '2026-11-20T15:48:00Z',
    from: { name: 'Helen Carruthers', email: 'helen.carruthers@nhs.net' },
    subject: 'RE: GPP user admin for Hollybank Surgery [PCSE-2026-004102]',
    text: `Hi,

Just checking on progress with this - Marek still hasn't received a verification email.

Thanks
Helen

${outlookQuote({ from: PE, sent: '09 November 2026 10:30', to: 'Helen Carruthers <helen.carruthers@nhs.net>', subject: 'RE: GPP user admin for Hollybank Surgery [PCSE-2026-004102]', body: 'Thank you for your email, which has been received and logged under reference PCSE-2026-004102. We aim to respond within 5 working days.\n\nPCSE Online Portal Enquiries Team' })}`,
    expected: exp('unclassified', null, {}, [], ['chaser', 'case_reference', 'outlook_quote']),
  });

  // 017: chaser without a reference.
  out.push({
    mailbox: M, slug: '017-chaser-no-reference', style: 'plain', date: '2026-11-23T09:12:00Z',
    from: { name: 'Tariq Mahmood', email: 'tariq.mahmood@nhs.net' },
    subject: 'Chasing - PL admin nomination',
    text: `Good morning,

I emailed on 2 November about our PL admin nomination and haven't heard anything back. Could someone let me know where this is up to?

Tariq Mahmood
Practice Manager
`,
    expected: exp('unclassified', null, {}, [], ['chaser', 'no_reference']),
  });

  // 018: thanks, Gmail quoting PCSE's confirmation.
  out.push({
    mailbox: M, slug: '018-thanks-gmail-quote', style: 'gmail', date: '2026-11-23T11:30:00Z',
    from: { name: 'Rhiannon Evans', email: 'rhiannon.evans7@nhs.net' },
    subject: 'Re: Change of main contact - Bryn Road Dental Care [PCSE-2026-004361]',
    text: `Brilliant, thank you - all working.

${gmailQuote('Mon, 23 Nov 2026 at 10:02', 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', 'Dear Rhiannon\n\nYou have now been set up as main contact for V082231. You will receive a verification email shortly.\n\nReference: PCSE-2026-004361\nPCSE Online Portal Enquiries Team')}`,
    expected: exp('unclassified', null, {}, [], ['thanks', 'case_reference', 'gmail_quote']),
  });

  // 019: out-of-office reply to a PCSE email.
  out.push({
    mailbox: M, slug: '019-auto-reply-ooo', style: 'plain', date: '2026-11-24T10:05:00Z',
    from: { name: 'Fiona Lamont', email: 'fiona.lamont@nhs.net' },
    subject: 'Automatic reply: GPP user admin for Hollybank Surgery [PCSE-2026-004102]',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'fiona.lamont@nhs.net']],
    text: `Thank you for your email. I am on annual leave until Monday 7 December with no access to email.

For urgent matters please contact Helen Carruthers (helen.carruthers@nhs.net) or the surgery on 01423 555 200.

Dr Fiona Lamont
`,
    expected: exp('unclassified', null, {}, [], ['auto_reply', 'case_reference'], 'auto_reply'),
  });

  // 020: a genuine question in reply to PCSE's confirmation.
  out.push({
    mailbox: M, slug: '020-question-in-reply', style: 'outlook', date: '2026-11-24T14:18:00Z',
    from: { name: 'Leanne Moss', email: 'leanne.moss4@nhs.net' },
    subject: 'RE: OPTO user admin - Pryce & Dunn Opticians TPK41 [PCSE-2026-004299]',
    text: `Hi,

Thanks for setting me up. One question - now I'm an admin, can I give myself the GOS Performer role as well, or does that have to come from you? And does a performer need a separate registration?

Leanne

${outlookQuote({ from: PE, sent: '24 November 2026 09:40', to: 'Leanne Moss <leanne.moss4@nhs.net>', subject: 'RE: OPTO user admin - Pryce & Dunn Opticians TPK41 [PCSE-2026-004299]', body: 'Dear Leanne\n\nYou have been set up as Opto User Management (Organisation) for TPK41.\n\nPCSE Online Portal Enquiries Team' })}`,
    expected: exp('unclassified', null, {}, [], ['question', 'case_reference', 'outlook_quote']),
  });

  // 021: PCSE asked for the current admins; the reply lists four and asks for a fifth.
  out.push({
    mailbox: M, slug: '021-opto-fifth-admin-reply', style: 'outlook', date: '2026-11-25T09:55:00Z',
    from: { name: 'Nkechi Eze', email: 'nkechi.eze@nhs.net' },
    subject: 'RE: Additional OPTO admin - Brightsight Opticians [PCSE-2026-004455]',
    text: `Hello,

Our current Opto User Management admins are:
- Nkechi Eze (me)
- Paul Jardine
- Sanjay Kohli
- Maria Fernández

We would still like Callum Reid (callum.reid@nhs.net) added as well, as he runs our domiciliary service. Our contract holder Sanjay Kohli (sanjay.kohli@nhs.net) approves.

Kind regards
Nkechi Eze
Practice Manager, Brightsight Opticians, TPF29

${outlookQuote({ from: PE, sent: '24 November 2026 15:10', to: 'Nkechi Eze <nkechi.eze@nhs.net>', subject: 'RE: Additional OPTO admin - Brightsight Opticians [PCSE-2026-004455]', body: pcseAsk(M, 'Dear Nkechi', 'Before we add another administrator, please confirm who your current Opto User Management (Organisation) administrators are. Each organisation may have a maximum of four.', 'PCSE-2026-004455') })}`,
    expected: exp('user_admin_nomination', { odsCode: 'TPF29', type: 'ophthalmic_practice' }, {
      service: 'OPTO',
      nominee: { name: 'Callum Reid', email: 'callum.reid@nhs.net' },
      approver: { name: 'Sanjay Kohli', email: 'sanjay.kohli@nhs.net', role: 'Contract Holder' },
    }, ['admin_limit_reached'], ['reply_to_pcse_request', 'admin_limit_from_email', 'non_ascii_name']),
  });

  // 022: misdirected practice email change, fresh, signature with several partners.
  out.push({
    mailbox: M, slug: '022-practice-email-misdirected', style: 'outlook', date: '2026-11-25T11:11:00Z',
    from: { name: 'Grace Oyelaran', email: 'grace.oyelaran@nhs.net' },
    subject: 'Change of practice email address',
    text: `Dear Sir/Madam,

Please update the practice email address held for Willowbrook Medical Practice (ODS code D82066).

Current email: willowbrook.mp@nhs.net
New email: willowbrook.admin.d82066@nhs.net

The new address is our shared practice mailbox.

Kind regards

Grace Oyelaran
Operations Manager

Willowbrook Medical Practice
Partners: Dr H. Lindqvist, Dr P. Ramesh, Dr A. O'Sullivan, Dr T. Nakamura
Practice Manager: Steven Blake | Operations Manager: Grace Oyelaran
45 Willow Road, Norwich NR3 2LT | 01603 555 870

${NHS_DISCLAIMER}`,
    expected: exp('practice_email_update', { odsCode: 'D82066', type: 'gp_practice' }, {
      currentEmail: 'willowbrook.mp@nhs.net', newEmail: 'willowbrook.admin.d82066@nhs.net',
    }, [], ['fresh_request', 'misdirected', 'multi_person_signature', 'long_disclaimer']),
  });

  // 023: main contact change corrected by the sender ("sorry, wrong email").
  out.push({
    mailbox: M, slug: '023-main-contact-corrected', style: 'outlook', date: '2026-11-26T08:40:00Z',
    from: { name: 'Declan Brennan', email: 'declan.brennan@nhs.net' },
    subject: 'RE: New Main Contact - Castlegate Surgery E87701',
    text: `Apologies - I gave the wrong email address in my last. Aoife's correct address is aoife.brennan2@nhs.net (aoife.brennan@nhs.net is my sister-in-law at another practice!).

Declan

${outlookQuote({ from: 'Declan Brennan <declan.brennan@nhs.net>', sent: '26 November 2026 08:31', to: PE, subject: 'New Main Contact - Castlegate Surgery E87701', body: `Hi PCSE,

Please make Aoife Brennan, our new practice manager, the Main Contact for Castlegate Surgery, E87701, in place of me. Her email is aoife.brennan@nhs.net.

Thanks
Declan Brennan
Outgoing Practice Manager` })}`,
    expected: exp('main_contact_change', { odsCode: 'E87701', type: 'gp_practice' }, {
      newMainContact: { name: 'Aoife Brennan', email: 'aoife.brennan2@nhs.net' },
    }, [], ['correction_of_own_email', 'outlook_quote', 'corrected_value', 'same_surname']),
  });

  return out;
}
