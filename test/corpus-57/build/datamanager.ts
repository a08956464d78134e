// datamanager emails of corpus-57 (writer BA): staff turnover season.
import { date, exp, NHSMAIL, org, person, unclassified } from './common.js';
import { branchAcro, extensionFlat } from './forms.js';
import type { Mail } from './lib.js';

const mb = 'datamanager' as const;

export async function datamanager(): Promise<Mail[]> {
  const m: Mail[] = [];

  m.push({
    mailbox: mb, slug: '001-email-update-new-pm', from: ['Tomasz Kowalczyk', 'tomasz.kowalczyk@nhs.net'],
    subject: 'Change of practice email - Brookfield Surgery M85712', date: date(18, '10:02'),
    text: `Dear Data Manager team,

I am the new Practice Manager at Brookfield Surgery (M85712), taking over from Margaret Doyle who retires this month. The practice mailbox she set up is being retired with her, so please update our practice email:

Current: brookfield.surgery@nhs.net
New: brookfieldsurgery.admin@nhs.net

The new address is our shared admin mailbox, monitored by the whole office team.

Kind regards
Tomasz Kowalczyk
Practice Manager
${NHSMAIL}`,
    expected: exp('practice_email_update', org('M85712', 'gp_practice'), { currentEmail: 'brookfield.surgery@nhs.net', newEmail: 'brookfieldsurgery.admin@nhs.net' },
      ['successor_writes_about_predecessor', 'labelled_lines']),
  });

  m.push({
    mailbox: mb, slug: '002-email-update-to-cover-personal', from: ['Hannah Okafor', 'hannah.okafor1@nhs.net'],
    subject: 'Practice email change', date: date(25, '12:40'),
    text: `Hi,

The practice email for Harrowgate Medical Practice (J82047) is currently Sarah Jenkins's own address, sarah.jenkins12@nhs.net, and Sarah is now on maternity leave. While I'm covering please change it to my address, hannah.okafor1@nhs.net, so the emails come to me.

Thanks
Hannah Okafor
Practice Manager (maternity cover), Harrowgate Medical Practice`,
    expected: exp('practice_email_update', org('J82047', 'gp_practice'), { currentEmail: 'sarah.jenkins12@nhs.net', newEmail: 'hannah.okafor1@nhs.net' },
      ['individual_mailbox', 'maternity_cover', 'prose_only'], ['individual_mailbox']),
  });

  m.push({
    mailbox: mb, slug: '003-email-update-on-behalf-html', from: ['Łukasz Wiśniewski', 'lukasz.wisniewski@nhs.net'],
    cc: [['Alison Kerr', 'alison.kerr@nhs.net'], ['Dr Harpreet Gill', 'harpreet.gill@nhs.net']],
    subject: 'Castle Mead Dental Care - new practice email address', date: date(5, '15:50'),
    htmlOnly: true,
    text: `Good afternoon,

I am writing on behalf of our Practice Manager, Alison Kerr (copied), who starts maternity leave soon. Our principal dentist Dr Harpreet Gill (also copied) has approved the change.

Practice name: Castle Mead Dental Care
Practice code: V018842
Current practice email: castlemead.dental@nhs.net
New practice email: castlemeaddental.reception@nhs.net

Many thanks,
Łukasz Wiśniewski
IT & Compliance Lead`,
    expected: exp('practice_email_update', org('V018842', 'dental_practice'), { currentEmail: 'castlemead.dental@nhs.net', newEmail: 'castlemeaddental.reception@nhs.net' },
      ['html_only', 'on_behalf', 'four_people', 'non_ascii_name', 'labelled_lines']),
  });

  m.push({
    mailbox: mb, slug: '004-email-update-successor-old-individual', from: ['Kwame Mensah', 'kwame.mensah@nhs.net'],
    subject: 'Northgate Surgery C82611 practice email', date: date(26, '09:14'),
    text: `Hello,

Please change the practice email for Northgate Surgery, C82611. It was set to my predecessor Jackie Moore's own address (jacqueline.moore3@nhs.net), which closes at the end of this month. The new address should be our organisation mailbox: northgate.surgery.c82611@nhs.net

Regards
Kwame Mensah, Practice Manager`,
    expected: exp('practice_email_update', org('C82611', 'gp_practice'), { currentEmail: 'jacqueline.moore3@nhs.net', newEmail: 'northgate.surgery.c82611@nhs.net' },
      ['successor_writes_about_predecessor', 'prose_only']),
  });

  m.push({
    mailbox: mb, slug: '005-extension-married-name', from: ['Rachel Osei', 'rachel.baptiste@nhs.net'],
    subject: 'Extend main contact to Fenland Road Surgery', date: date(9, '10:30'),
    text: `Dear Data Manager,

I am the main contact for Kingsmead Medical Group and from 1 December I will also manage Fenland Road Surgery, whose practice manager has left. Please extend my main contact access to the new practice.

Existing practice
ODS code: D82044
Name: Kingsmead Medical Group
Main contact: Rachel Osei (formerly Baptiste - my email still has my maiden name)
Email: rachel.baptiste@nhs.net
Address: 3 Kingsmead Way, Norwich, NR4 7TJ
Phone: 01603 555 218

New practice
ODS code: D82091
Name: Fenland Road Surgery
Address: 41 Fenland Road, King's Lynn, PE30 4QA

Kind regards
Rachel Osei
Business Manager`,
    expected: exp('main_contact_extension', org('D82044', 'gp_practice'), {
      existingPractice: { odsCode: 'D82044', name: 'Kingsmead Medical Group', mainContact: person('Rachel Osei', 'rachel.baptiste@nhs.net'), address: '3 Kingsmead Way, Norwich, NR4 7TJ', phone: '01603 555 218' },
      newPractice: { odsCode: 'D82091', name: 'Fenland Road Surgery', address: "41 Fenland Road, King's Lynn, PE30 4QA" },
    }, ['married_name', 'address_spells_old_name', 'labelled_lines', 'leaver_mentioned']),
  });

  m.push({
    mailbox: mb, slug: '006-extension-flat-pdf-predecessor', from: ['Kwame Mensah', 'kwame.mensah@nhs.net'],
    subject: 'Main contact extension - Abbeydale Surgery', date: date(19, '11:25'),
    text: `Hello,

Jackie Moore used to be main contact for both Northgate Surgery and Abbeydale Surgery. I have replaced her at Northgate (already the main contact there) and will look after Abbeydale too. The completed form is attached.

Kwame Mensah
Practice Manager, Northgate Surgery
${NHSMAIL}`,
    attachments: [{ filename: 'Main contact extension form.pdf', data: await extensionFlat({ exCode: 'C82611', exName: 'Northgate Surgery', mc: 'Kwame Mensah', mcEmail: 'kwame.mensah@nhs.net', exAddress: '88 Northgate Street, Leicester, LE3 5BY', exPhone: '0116 270 4415', newCode: 'C82650', newName: 'Abbeydale Surgery', newAddress: '2 Abbey Lane, Leicester, LE4 5QQ', note: 'Previous main contact for both practices: Jacqueline Moore (left November 2026).' }) }],
    expected: exp('main_contact_extension', org('C82611', 'gp_practice'), {
      existingPractice: { odsCode: 'C82611', name: 'Northgate Surgery', mainContact: person('Kwame Mensah', 'kwame.mensah@nhs.net'), address: '88 Northgate Street, Leicester, LE3 5BY', phone: '0116 270 4415' },
      newPractice: { odsCode: 'C82650', name: 'Abbeydale Surgery', address: '2 Abbey Lane, Leicester, LE4 5QQ' },
    }, ['pdf_flat', 'predecessor_named', 'see_attached']),
  });

  m.push({
    mailbox: mb, slug: '007-extension-nickname-signoff', from: ['William Thackeray', 'william.thackeray@nhs.net'],
    subject: 'Extending main contact - Rye Road Surgery', date: date(20, '14:00'),
    text: `Hi all,

Bill here from Ashdown Surgery. Rye Road Surgery's practice manager retired last week and the partners there have asked me to act as their main contact until they recruit. I'm already main contact for Ashdown.

Ashdown Surgery, G81029, The Green, Forest Row, RH18 5EZ, tel 01342 555 610 - main contact William Thackeray, william.thackeray@nhs.net.

New practice: Rye Road Surgery, G81077, 19 Rye Road, Hastings, TN35 5DH.

Cheers,
William Thackeray
Practice Manager, Ashdown Surgery`,
    expected: exp('main_contact_extension', org('G81029', 'gp_practice'), {
      existingPractice: { odsCode: 'G81029', name: 'Ashdown Surgery', mainContact: person('William Thackeray', 'william.thackeray@nhs.net'), address: 'The Green, Forest Row, RH18 5EZ', phone: '01342 555 610' },
      newPractice: { odsCode: 'G81077', name: 'Rye Road Surgery', address: '19 Rye Road, Hastings, TN35 5DH' },
    }, ['nickname', 'prose_only', 'interim_cover']),
  });

  m.push({
    mailbox: mb, slug: '008-branch-maternity-cover-contact', from: ['Martin Ashcroft', 'martin.ashcroft2@nhs.net'],
    subject: 'New branch set up - Quayside Branch Surgery', date: date(23, '09:52'),
    text: `Dear PCSE,

Please set up our new branch site. The branch's usual lead receptionist is on maternity leave so her cover will be the branch main contact.

Main practice
Practice code: P81734
Practice name: Harbour Lane Surgery
Main contact: Martin Ashcroft (locum practice manager), martin.ashcroft2@nhs.net
Address: Harbour Lane, Falmouth, TR11 2AZ
Phone: 01326 555 902

Branch
Branch code: P81734001
Branch name: Quayside Branch Surgery
Address: 4 The Quay, Penryn, TR10 8HH
Phone: 01326 555 947
Branch main contact: Mrs Louise Tremain (maternity cover for Sandra Penrose), louise.tremain@nhs.net

Regards
Martin Ashcroft
Locum Practice Manager`,
    expected: exp('branch_setup', org('P81734', 'gp_practice'), {
      mainPractice: { odsCode: 'P81734', name: 'Harbour Lane Surgery', mainContact: person('Martin Ashcroft', 'martin.ashcroft2@nhs.net'), address: 'Harbour Lane, Falmouth, TR11 2AZ', phone: '01326 555 902' },
      branch: { odsCode: 'P81734001', name: 'Quayside Branch Surgery', address: '4 The Quay, Penryn, TR10 8HH', phone: '01326 555 947', mainContact: { name: 'Louise Tremain', email: 'louise.tremain@nhs.net', title: 'Mrs' } },
    }, ['maternity_cover', 'locum', 'labelled_lines', 'absent_person_named']),
  });

  m.push({
    mailbox: mb, slug: '009-branch-code-mismatch-new-pm', from: ['Emma Clarke', 'emma.whitfield@nhs.net'],
    subject: "Branch setup - St Aidan's", date: date(24, '11:08'),
    text: `Hello,

I've taken over from Gareth Pugh, who had started this request before he left. Please set up the branch below.

Main site: St Aidan's Health Centre, L83019, 1 Church Road, Plymouth, PL4 6QE, 01752 430 119. Main contact: Dr Oliver Brennan, oliver.brennan@nhs.net.

Branch: St Aidan's at Lipson, branch code L83091001, 22 Lipson Road, Plymouth, PL4 8PW, 01752 430 160. Branch main contact: Mr Daniel Carver, daniel.carver@nhs.net.

Thanks,
Emma Clarke (née Whitfield)
Finance & Office Manager`,
    expected: exp('branch_setup', org('L83019', 'gp_practice'), {
      mainPractice: { odsCode: 'L83019', name: "St Aidan's Health Centre", mainContact: person('Oliver Brennan', 'oliver.brennan@nhs.net'), address: '1 Church Road, Plymouth, PL4 6QE', phone: '01752 430 119' },
      branch: { odsCode: 'L83091001', name: "St Aidan's at Lipson", address: '22 Lipson Road, Plymouth, PL4 8PW', phone: '01752 430 160', mainContact: { name: 'Daniel Carver', email: 'daniel.carver@nhs.net', title: 'Mr' } },
    }, ['branch_code_typo', 'married_name', 'predecessor_named', 'four_people'], ['branch_code_mismatch']),
  });

  m.push({
    mailbox: mb, slug: '010-branch-acroform-new-apm', from: ['Dr Ifeoma Nwosu', 'ifeoma.nwosu@nhs.net'],
    subject: 'Branch set-up form - Marlowe Health Centre Westgate', date: date(26, '16:12'),
    text: `Good afternoon,

Attached is our branch set-up form. Zoë, our new Assistant Practice Manager, will be the main contact for the branch (Kevin Lamb, who was going to do it, has left).

Dr Ifeoma Nwosu
GP Partner and Caldicott Guardian
${NHSMAIL}`,
    attachments: [{ filename: 'Branch setup Westgate.pdf', data: await branchAcro({ mainCode: 'K81066', mainName: 'Marlowe Health Centre', mainMc: 'Dr Ifeoma Nwosu', mainMcEmail: 'ifeoma.nwosu@nhs.net', mainAddress: 'Marlowe Road, Maidenhead, SL6 7AB', mainPhone: '01628 555 790', brCode: 'K81066002', brName: 'Marlowe Health Centre - Westgate Branch', brAddress: '5 Westgate, Maidenhead, SL6 4EX', brPhone: '01628 555 795', brTitle: 'Ms', brMc: 'Zoë Ashworth-Price', brMcEmail: 'zoe.ashworth-price@nhs.net' }) }],
    expected: exp('branch_setup', org('K81066', 'gp_practice'), {
      mainPractice: { odsCode: 'K81066', name: 'Marlowe Health Centre', mainContact: person('Ifeoma Nwosu', 'ifeoma.nwosu@nhs.net'), address: 'Marlowe Road, Maidenhead, SL6 7AB', phone: '01628 555 790' },
      branch: { odsCode: 'K81066002', name: 'Marlowe Health Centre - Westgate Branch', address: '5 Westgate, Maidenhead, SL6 4EX', phone: '01628 555 795', mainContact: { name: 'Zoë Ashworth-Price', email: 'zoe.ashworth-price@nhs.net', title: 'Ms' } },
    }, ['pdf_acroform', 'non_ascii_name', 'leaver_named', 'nickname']),
  });

  m.push({
    mailbox: mb, slug: '011-misdirected-main-contact-maternity', from: ['Alison Kerr', 'alison.kerr@nhs.net'],
    cc: [['Łukasz Wiśniewski', 'lukasz.wisniewski@nhs.net']],
    subject: 'Main contact while I am on maternity leave', date: date(27, '08:58'),
    text: `Hello,

I am the main contact for Castle Mead Dental Care (V018842) and I go on maternity leave next week. While I am away please make Łukasz Wiśniewski (copied) the main contact: lukasz.wisniewski@nhs.net.

Thank you
Alison Kerr
Practice Manager`,
    expected: exp('main_contact_change', org('V018842', 'dental_practice'), { newMainContact: person('Łukasz Wiśniewski', 'lukasz.wisniewski@nhs.net') },
      ['misdirected', 'maternity_cover', 'outgoing_writes_about_successor', 'non_ascii_name']),
  });

  m.push({
    mailbox: mb, slug: '012-bounce-retired-pm', from: ['Mail Delivery System', 'mailer-daemon@nhs.net'],
    subject: 'Undeliverable: PCSE-2026-005102 Practice email address updated', date: date(30, '10:03'),
    headers: [['Auto-Submitted', 'auto-replied']],
    text: `Delivery has failed to these recipients or groups:

margaret.doyle@nhs.net
The email address you entered couldn't be found. The mailbox has been deleted.`,
    report: {
      status: `Reporting-MTA: dns;LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse.datamanager

Final-Recipient: rfc822;margaret.doyle@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`,
      original: `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: margaret.doyle@nhs.net
Subject: PCSE-2026-005102 Practice email address updated
Date: Mon, 30 Nov 2026 10:02:11 +0000`,
    },
    expected: unclassified(['bounce', 'leaver_mailbox_deleted'], 'bounce'),
  });

  m.push({
    mailbox: mb, slug: '013-thanks-reference', from: ['Tomasz Kowalczyk', 'tomasz.kowalczyk@nhs.net'],
    subject: 'RE: PCSE-2026-005102 Practice email address updated', date: date(30, '11:45'),
    text: `Thanks for updating this so quickly. Margaret has now left so any future correspondence should come to me or to the new practice mailbox.

Tomasz`,
    expected: unclassified(['thanks', 'case_reference', 'leaver_named']),
  });

  m.push({
    mailbox: mb, slug: '014-question-name-change', from: ['Priyanka Mistry', 'priyanka.mistry@nhs.net'],
    subject: 'Name change - do I need to tell you?', date: date(27, '13:20'),
    text: `Hello,

I got married recently and changed my surname from Shah to Mistry. I'm the main contact for Elm Street Pharmacy. Do I need to send anything to PCSE for the name change, or can I just update my own profile in PCSE Online?

Thanks
Priyanka`,
    expected: unclassified(['question', 'married_name']),
  });

  return m;
}
