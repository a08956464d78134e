// openexeter emails of corpus-57 (writer BA): staff turnover season.
import { date, exp, NHSMAIL, org, person, unclassified } from './common.js';
import { oeGpFlat, oeGpScan, oeOtherAcro } from './forms.js';
import type { Mail } from './lib.js';

const mb = 'openexeter' as const;

export async function openexeter(): Promise<Mail[]> {
  const m: Mail[] = [];

  m.push({
    mailbox: mb, slug: '001-primary-user-scan-handwritten', from: ['Kwame Mensah', 'kwame.mensah@nhs.net'],
    subject: 'Open Exeter primary user form', date: date(12, '10:44'),
    text: `Hello,

Please find attached the signed Open Exeter primary user form. I am replacing Jacqueline Moore, who was our Primary User and has left the practice. The form is signed by Dr Abernethy, our Lead GP.

Kwame Mensah
Practice Manager, Northgate Surgery
${NHSMAIL}`,
    attachments: [{ filename: 'OE form Northgate.pdf', data: await oeGpScan({ practice: 'NORTHGATE SURGERY', code: 'C82611', address: '88 NORTHGATE ST, LEICESTER LE3 5BY', phone: '0116 270 4415', title: 'MR', forename: 'KWAME', surname: 'MENSAH', jobTitle: 'PRACTICE MANAGER', email: 'kwame.mensah@nhs.net', capacity: 'Lead GP', sigName: 'DR RUTH ABERNETHY', sigEmail: 'ruth.abernethy@nhs.net', date: '11/11/2026', signed: true }, 'hand', -1.1) }],
    expected: exp('open_exeter_primary_user_request', org('C82611', 'gp_practice'), { organisationKind: 'gp_practice', nominee: person('Kwame Mensah', 'kwame.mensah@nhs.net'), signatory: { name: 'Ruth Abernethy', email: 'ruth.abernethy@nhs.net', role: 'lead_gp' } },
      ['pdf_scan', 'handwritten', 'successor_writes_about_predecessor', 'nominee_sends']),
  });

  m.push({
    mailbox: mb, slug: '002-primary-user-other-org-acroform', from: ['Gwen Roberts', 'gwen.roberts@nhs.net'],
    subject: 'Open Exeter Primary User - Elm Street Pharmacy', date: date(13, '14:22'),
    text: `Dear Open Exeter team,

Our previous Primary User, Priyanka Shah (now Priyanka Mistry), is moving to our Riverside branch. Attached is the form for her replacement as Primary User at Elm Street Pharmacy, signed by me as Caldicott Guardian.

Gwen Roberts
Superintendent Pharmacist & Caldicott Guardian`,
    attachments: [{ filename: 'OE primary user (other orgs) - Elm Street.pdf', data: await oeOtherAcro({ org: 'Elm Street Pharmacy', code: 'FW412', orgType: 'Community pharmacy', forename: 'Temitope', surname: 'Bankole', jobTitle: 'Pharmacy Manager', email: 'temitope.bankole@nhs.net', capacity: 'Caldicott Guardian', sigName: 'Gwen Roberts', sigEmail: 'gwen.roberts@nhs.net', date: '12/11/2026' }) }],
    expected: exp('open_exeter_primary_user_request', org('FW412', 'pharmacy'), { organisationKind: 'other', nominee: person('Temitope Bankole', 'temitope.bankole@nhs.net'), signatory: { name: 'Gwen Roberts', email: 'gwen.roberts@nhs.net', role: 'caldicott_guardian' } },
      ['pdf_acroform', 'married_name', 'leaver_named', 'signatory_sends']),
  });

  m.push({
    mailbox: mb, slug: '003-primary-user-flat-locum-pm-signs', from: ['Yvonne Fairweather', 'yvonne.fairweather@nhs.net'],
    subject: 'OE primary user request - Wolds Edge Surgery', date: date(18, '09:31'),
    text: `Hello,

Our Primary User retired in the summer. Attached is a request for Bethany Coles, our temporary administrator, to become Primary User. I've signed it as the locum practice manager as the GPs are very stretched this week.

Yvonne Fairweather
Locum Practice Manager, Wolds Edge Surgery`,
    attachments: [{ filename: 'Open Exeter primary user.pdf', data: await oeGpFlat({ practice: 'Wolds Edge Surgery', code: 'Y61042', address: 'Market Place, Driffield, YO25 6AW', phone: '01377 555 233', title: 'Miss', forename: 'Bethany', surname: 'Coles', jobTitle: 'Temporary Administrator', email: 'bethany.coles@nhs.net', capacity: 'Locum Practice Manager', sigName: 'Yvonne Fairweather', sigEmail: 'yvonne.fairweather@nhs.net', date: '17/11/2026', signed: true }) }],
    expected: exp('open_exeter_primary_user_request', org('Y61042', 'gp_practice'), { organisationKind: 'gp_practice', nominee: person('Bethany Coles', 'bethany.coles@nhs.net'), signatory: { name: 'Yvonne Fairweather', email: 'yvonne.fairweather@nhs.net', role: 'other' } },
      ['pdf_flat', 'locum', 'temporary_admin', 'practice_manager_signs'], ['signatory_role_not_allowed']),
  });

  m.push({
    mailbox: mb, slug: '004-primary-user-scan-unsigned-two-patels', from: ['Margaret Doyle', 'margaret.doyle@nhs.net'],
    subject: 'Open Exeter - new primary user Brookfield Surgery', date: date(19, '12:12'),
    text: `Hello,

I am the current Primary User at Brookfield Surgery and I retire next week. Attached is the scanned form for Tomasz Kowalczyk to take over. Dr Anjali Patel has filled in the signatory part (not Dr Hemant Patel, who is leaving too).

Margaret Doyle
Practice Manager`,
    attachments: [{ filename: 'scan20261119.pdf', data: await oeGpScan({ practice: 'BROOKFIELD SURGERY', code: 'M85712', address: '14 BROOKFIELD ROAD, SOLIHULL B91 3QT', phone: '0121 496 0871', title: 'MR', forename: 'TOMASZ', surname: 'KOWALCZYK', jobTitle: 'PRACTICE MANAGER', email: 'tomasz.kowalczyk@nhs.net', capacity: 'GP Partner', sigName: 'DR ANJALI PATEL', sigEmail: 'anjali.patel4@nhs.net', date: '18/11/2026', signed: false }, 'typed', 0.7) }],
    expected: exp('open_exeter_primary_user_request', org('M85712', 'gp_practice'), { organisationKind: 'gp_practice', nominee: person('Tomasz Kowalczyk', 'tomasz.kowalczyk@nhs.net'), signatory: { name: 'Anjali Patel', email: 'anjali.patel4@nhs.net', role: 'gp_partner' } },
      ['pdf_scan', 'unsigned', 'same_surname', 'outgoing_writes_about_successor', 'four_people'], ['missing_signature']),
  });

  m.push({
    mailbox: mb, slug: '005-primary-user-flat-existing-contact-nickname', from: ['Liz Hartley', 'elizabeth.hartley@nhs.net'],
    subject: 'Primary User handover - Pennine View Practice', date: date(20, '10:05'),
    text: `Dear Open Exeter team,

I have been the Primary Contact for Pennine View Practice for many years and retire on 30 November. I attach the primary user form for my successor, Raj Sandhu, signed by me as existing Primary Contact.

Best wishes
Liz

Elizabeth Hartley
Practice Manager, Pennine View Practice
${NHSMAIL}`,
    attachments: [{ filename: 'OE Primary User - Pennine View.pdf', data: await oeGpFlat({ practice: 'Pennine View Practice', code: 'B86034', address: 'Moor Lane, Huddersfield, HD7 5LR', phone: '01484 555 120', title: 'Mr', forename: 'Rajinder', surname: 'Sandhu', jobTitle: 'Practice Manager', email: 'rajinder.sandhu@nhs.net', capacity: 'Existing Primary Contact', sigName: 'Elizabeth Hartley', sigEmail: 'elizabeth.hartley@nhs.net', date: '19/11/2026', signed: true }) }],
    expected: exp('open_exeter_primary_user_request', org('B86034', 'gp_practice'), { organisationKind: 'gp_practice', nominee: person('Rajinder Sandhu', 'rajinder.sandhu@nhs.net'), signatory: { name: 'Elizabeth Hartley', email: 'elizabeth.hartley@nhs.net', role: 'existing_primary_contact' } },
      ['pdf_flat', 'nickname', 'outgoing_writes_about_successor', 'signatory_sends']),
  });

  m.push({
    mailbox: mb, slug: '006-permissions-partner-married-name', from: ['Dr Oliver Brennan', 'oliver.brennan@nhs.net'],
    subject: 'Open Exeter permissions - Emma Clarke', date: date(16, '08:20'),
    text: `Hello,

Please give Emma Clarke the Organisation Maintenance permission on Open Exeter at St Aidan's Health Centre (L83019). She has taken over from Gareth Pugh, who had it before he left.

Her Open Exeter user ID is still under her maiden name: L83019EWHIT. Email emma.whitfield@nhs.net.

I am a GP Partner here.

Dr Oliver Brennan
${NHSMAIL}`,
    expected: exp('open_exeter_additional_permissions', org('L83019', 'gp_practice'), { user: { name: 'Emma Clarke', email: 'emma.whitfield@nhs.net', username: 'L83019EWHIT' }, permissions: ['Organisation Maintenance'], signatory: { name: 'Oliver Brennan', email: 'oliver.brennan@nhs.net', role: 'gp_partner' } },
      ['married_name', 'address_spells_old_name', 'leaver_named']),
  });

  m.push({
    mailbox: mb, slug: '007-permissions-personal-email-cg', from: ['Ifeoma Nwosu', 'ifeoma.nwosu.md@gmail.com'],
    subject: 'Permissions for our new APM', date: date(25, '21:14'),
    auth: 'pass',
    text: `Hi,

Sorry to send from my personal email, I'm on leave and can't get into NHSmail. As Caldicott Guardian for Marlowe Health Centre (K81066) please add Amend Users and Reset Passwords to Zoë Ashworth-Price's Open Exeter account (user K81066ZAP, zoe.ashworth-price@nhs.net). She has replaced Kevin Lamb.

Thanks
Ifeoma Nwosu`,
    expected: exp('open_exeter_additional_permissions', org('K81066', 'gp_practice'), { user: { name: 'Zoë Ashworth-Price', email: 'zoe.ashworth-price@nhs.net', username: 'K81066ZAP' }, permissions: ['Amend Users', 'Reset Passwords'], signatory: { name: 'Ifeoma Nwosu', email: 'ifeoma.nwosu.md@gmail.com', role: 'caldicott_guardian' } },
      ['non_nhs_sender', 'non_ascii_name', 'leaver_named'], ['sender_not_nhs']),
  });

  m.push({
    mailbox: mb, slug: '008-permissions-cover-pm-self', from: ['Hannah Okafor', 'hannah.okafor1@nhs.net'],
    subject: 'Open Exeter - Organisation Maintenance', date: date(26, '11:30'),
    text: `Hello,

I am the maternity cover practice manager at Harrowgate Medical Practice (J82047), covering for Sarah Jenkins. Could I please have Organisation Maintenance added to my Open Exeter account (user ID J82047HOK) so I can set up the new registrars?

Thanks
Hannah Okafor
Practice Manager (maternity cover)`,
    expected: exp('open_exeter_additional_permissions', org('J82047', 'gp_practice'), { user: { name: 'Hannah Okafor', email: 'hannah.okafor1@nhs.net', username: 'J82047HOK' }, permissions: ['Organisation Maintenance'], signatory: { name: 'Hannah Okafor', email: 'hannah.okafor1@nhs.net', role: 'other' } },
      ['maternity_cover', 'self_request', 'practice_manager_signs'], ['signatory_role_not_allowed']),
  });

  m.push({
    mailbox: mb, slug: '009-new-user-notification', from: ['Open Exeter', 'openexeter.noreply@nhs.net'],
    subject: 'Open Exeter: new user awaiting authorisation (C82611)', date: date(27, '07:02'),
    text: `This is an automated message from Open Exeter.

A new user has been created by a Primary User and requires authorisation by PCSE.

Organisation: C82611 NORTHGATE SURGERY
Created by: ABERNETHY, RUTH (Primary User)
New user: PARMAR, SUNITA
User ID: C82611SPA
Email: sunita.parmar@nhs.net
Role: Practice Administrator (maternity cover)

Please do not reply to this message.`,
    expected: exp('open_exeter_new_user_authorisation', org('C82611', 'gp_practice'), { user: { name: 'Sunita Parmar', email: 'sunita.parmar@nhs.net', username: 'C82611SPA' }, createdBy: person('Ruth Abernethy', null) },
      ['system_notification', 'surname_first', 'maternity_cover']),
  });

  m.push({
    mailbox: mb, slug: '010-new-user-forwarded-by-creator', from: ['Rajinder Sandhu', 'rajinder.sandhu@nhs.net'],
    subject: 'FW: Open Exeter: new user awaiting authorisation (B86034)', date: date(30, '09:40'),
    text: `Hi, forwarding as requested - Maartje is our temporary administrator while we recruit Liz's replacement on reception. Please authorise her.

Raj Sandhu
Practice Manager, Pennine View Practice

-----Original Message-----
From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 30 November 2026 08:12
To: rajinder.sandhu@nhs.net
Subject: Open Exeter: new user awaiting authorisation (B86034)

A new user has been created by a Primary User and requires authorisation by PCSE.

Organisation: B86034 PENNINE VIEW PRACTICE
Created by: SANDHU, RAJINDER (Primary User)
New user: ACHTERBERG, MAARTJE
User ID: B86034MAC
Email: maartje.achterberg@nhs.net`,
    expected: exp('open_exeter_new_user_authorisation', org('B86034', 'gp_practice'), { user: { name: 'Maartje Achterberg', email: 'maartje.achterberg@nhs.net', username: 'B86034MAC' }, createdBy: person('Rajinder Sandhu', 'rajinder.sandhu@nhs.net') },
      ['forwarded', 'creator_forwards', 'surname_first', 'nickname', 'temporary_admin']),
  });

  m.push({
    mailbox: mb, slug: '011-misdirected-unlock', from: ['Maartje Achterberg', 'maartje.achterberg@nhs.net'],
    subject: 'Locked out', date: date(30, '15:27'),
    text: `Hello, I think I typed my password wrong too many times on PCSE Online (not Open Exeter) and now it says my account is locked. Username maartje.achterberg@nhs.net. Pennine View Practice, B86034. Thank you, Maartje (temporary administrator)`,
    expected: exp('account_unlock', org('B86034', 'gp_practice'), { username: 'maartje.achterberg@nhs.net' },
      ['misdirected', 'temporary_admin', 'one_paragraph']),
  });

  m.push({
    mailbox: mb, slug: '012-auto-reply-retired', from: ['Elizabeth Hartley', 'elizabeth.hartley@nhs.net'],
    subject: 'Automatic reply: PCSE-2026-005233 Open Exeter primary user', date: date(1, '09:01', 12),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `Elizabeth (Liz) Hartley has now retired from Pennine View Practice and this mailbox is no longer monitored.

Please contact Rajinder Sandhu, Practice Manager, at rajinder.sandhu@nhs.net.`,
    expected: unclassified(['auto_reply', 'leaver_mailbox'], 'auto_reply'),
  });

  m.push({
    mailbox: mb, slug: '013-chaser-reference-subject', from: ['Kwame Mensah', 'kwame.mensah@nhs.net'],
    subject: 'PCSE-2026-005011 - any update?', date: date(1, '14:35', 12),
    text: `Hi,

Following up on the primary user form I sent on 12 November. I still can't see Organisation Maintenance on my account.

Thanks
Kwame`,
    expected: unclassified(['chaser', 'case_reference']),
  });

  m.push({
    mailbox: mb, slug: '014-question-two-primary-users', from: ['Rajinder Sandhu', 'rajinder.sandhu@nhs.net'],
    subject: 'How many primary users?', date: date(2, '10:50', 12),
    text: `Hello,

Now that Liz has retired I'm the only Primary User at Pennine View. Is it recommended to have a second one, and if so can a temporary administrator hold it, or must it be a permanent member of staff?

Thanks
Raj`,
    expected: unclassified(['question', 'nickname']),
  });

  return m;
}
