// portalenquiries: user-admin nominations, main contacts, verification links, locked and deactivated accounts,
// role removals, plus misdirected mail, questions, chasers, thanks and an automatic reply.
import { type MailSpec, compose, outOfOffice, outlookId, uuid } from './clients.js';
import { gppForm } from './forms.js';
import { outlookMobileQuoteDate, outlookQuoteDate, appleQuoteDate } from './lib.js';
import { formPdf, letterPdf, lockedScreenshot, scanPdf } from './pdfs.js';
import { type Email, expected, org, person, unclassified, withRole } from './types.js';

const M = 'portalenquiries' as const;

function mail(spec: Omit<MailSpec, 'mailbox'>, exp: Email['expected']): Email {
  return { slug: spec.slug, mailbox: M, eml: compose({ ...spec, mailbox: M }), expected: exp };
}

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 001: GPP certification form filled by hand, photographed with the iPhone's document scanner.
  {
    const form = gppForm({
      practiceName: 'KINGSWAY HEALTH CENTRE', odsCode: 'C82044', address: '27 KINGSWAY, LEICESTER LE3 2PL',
      nomineeName: 'TRACEY WILKINS', jobTitle: 'PRACTICE MANAGER', nomineeEmail: 'tracey.wilkins@nhs.net', phone: '0116 289 4410',
      approverName: 'DR KWAME MENSAH', approverRole: 'GP PARTNER', approverEmail: 'kwame.mensah@nhs.net',
      signed: true, date: '26/11/2026',
    });
    const scan = await scanPdf([form], { kind: 'photo', hand: true, rotate: -2.2 }, {
      seed: '001-gpp-form-photo',
      meta: { title: 'Scanned Document', creator: 'Notes', producer: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', date: '2026-11-26T16:40:00Z' },
    });
    out.push(mail({
      slug: '001-gpp-form-photo', client: 'iphone', date: '2026-11-26T16:44:09Z',
      from: ['Tracey Wilkins', 'tracey.wilkins@nhs.net'], to: 'bare',
      subject: 'GPP admin form',
      text: `Hi

Pls see attached the GPP user admin form for Kingsway, Dr Mensah has signed part B. Sorry its a photo our scanner is broke

Tracey

Sent from my iPhone`,
      attachments: [{ filename: 'Scanned Document.pdf', contentType: 'application/pdf', data: scan.pdf }],
    }, expected(M, 'user_admin_nomination', org('C82044', 'gp_practice'), {
      service: 'GPP',
      nominee: person('Tracey Wilkins', 'tracey.wilkins@nhs.net'),
      approver: withRole('Kwame Mensah', 'kwame.mensah@nhs.net', 'GP Partner'),
    }, { traits: ['from_phone', 'pdf_scan', 'scan_photo', 'handwriting', 'see_attached', 'block_capitals'] })));
  }

  // 002: PL admin, all lower case, no punctuation, Outlook for Android.
  out.push(mail({
    slug: '002-pl-admin-lowercase', client: 'outlook_android', date: '2026-11-23T07:52:31Z',
    from: ['Dawn Hebblethwaite', 'dawn.hebblethwaite@nhs.net'],
    subject: 'pl admin',
    text: `hi can you please set up priya chauhan as PL admin for our surgery she is our new assistant practice manager her email is priya.chauhan5@nhs.net practice is the willows medical practice b86021 im the cqc registered manager so i can nominate her i think thanks
dawn

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, expected(M, 'user_admin_nomination', org('B86021', 'gp_practice'), {
    service: 'PL',
    nominee: person('Priya Chauhan', 'priya.chauhan5@nhs.net'),
    approver: withRole('Dawn Hebblethwaite', 'dawn.hebblethwaite@nhs.net', 'CQC Registered Manager'),
  }, { traits: ['from_phone', 'lower_case', 'no_punctuation', 'run_on', 'lower_case_code', 'name_from_header'] })));

  // 003: OPTO admin, second-language writer, contract holder in copy.
  out.push(mail({
    slug: '003-opto-admin-esl-cc', client: 'outlook', date: '2026-11-24T10:18:47Z',
    from: ['Elena Popescu', 'elena.popescu@nhs.net'],
    cc: [['Sanjay Bhatt', 'sanjay.bhatt@nhs.net']],
    subject: 'Request for user administrator Ophthalmic Payments - Clearview Opticians',
    disclaimer: true,
    text: `Dear Sir or Madam,

I am writing for ask to make me the user administrator for Ophthalmic payments in our practice Clearview Opticians, code TPK31. Our previous administrator Mr. Hughes he left the company in October and now nobody can not add the new staff to the system.

My name is Elena Popescu and my email is elena.popescu@nhs.net . The contract holder is Mr Sanjay Bhatt, he is agree with this and he is in the copy of this email.

Thank you very much for your help

Best regards
Elena Popescu
Dispensing Optician
Clearview Opticians
14 Market Place, Kettering NN16 0AJ`,
  }, expected(M, 'user_admin_nomination', org('TPK31', 'ophthalmic_practice'), {
    service: 'OPTO',
    nominee: person('Elena Popescu', 'elena.popescu@nhs.net'),
    approver: withRole('Sanjay Bhatt', 'sanjay.bhatt@nhs.net', 'Contract Holder'),
  }, { traits: ['esl', 'approver_in_cc', 'signature_block', 'disclaimer'] })));

  // 004: GPP certification form filled in on a phone (fillable PDF), reply to PCSE's request for the form.
  {
    const form = gppForm({
      practiceName: 'St Annes Medical Centre', odsCode: 'p84017', address: '112 Wythenshawe Road, Manchester M23 0PB',
      nomineeName: 'KHAN Imran', jobTitle: 'Finance lead', nomineeEmail: 'Imran.Khan12@nhs.net ', phone: '07700 900 412',
      approverName: 'Dr Lucy Fairbrother', approverRole: 'Senior Partner', approverEmail: 'lucy.fairbrother@nhs.net',
      signed: false, sigTyped: 'L Fairbrother', date: '25/11/26',
    });
    const pdf = await formPdf([form], {
      mode: 'acro', seed: '004-gpp-acroform-phone',
      meta: { title: 'GPP Practice User Administrator Certification Form', author: 'PCSE', creator: 'Microsoft Word for Microsoft 365', producer: 'Adobe PDF Library 24.1.174; modified using iOS PDFKit', date: '2026-11-25T21:03:00Z' },
    });
    const pcseReply = outlookId('004-pcse-request');
    out.push(mail({
      slug: '004-gpp-acroform-phone', client: 'outlook_android', date: '2026-11-25T21:07:55Z',
      from: ['Imran Khan', 'Imran.Khan12@nhs.net'],
      subject: 'RE: GPP user admin',
      inReplyTo: pcseReply,
      attachments: [{ filename: 'GPP_User_Admin_Certification_Form (1).pdf', contentType: 'application/pdf', data: pdf }],
      text: `Hi,

Form attached filled in for gpp admin, Dr Fairbother has signed it (e signature). Sorry for delay I was off.

Thx
Imran

Get Outlook for Android<https://aka.ms/AAb9ysg>
________________________________
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: ${outlookMobileQuoteDate('2026-11-17T14:18:09Z')}
To: Imran Khan <Imran.Khan12@nhs.net>
Subject: RE: GPP user admin

Dear Imran,

Thank you for your email. To set up a GPP Practice User Administrator please complete both parts of the attached certification form, have Part B authorised by one of your organisation's approvers and return it to this mailbox.

Kind regards
PCSE Online Support`,
    }, expected(M, 'user_admin_nomination', org('P84017', 'gp_practice'), {
      service: 'GPP',
      nominee: person('Imran Khan', 'imran.khan12@nhs.net'),
      approver: withRole('Lucy Fairbrother', 'lucy.fairbrother@nhs.net', 'Senior Partner'),
    }, { traits: ['from_phone', 'pdf_acroform', 'surname_first', 'lower_case_code', 'mixed_case_email', 'quoted_reply', 'typo_in_name'] })));
  }

  // 005: OPTO admin from a Samsung phone, the contract holder asks for his daughter.
  out.push(mail({
    slug: '005-opto-admin-galaxy', client: 'samsung', date: '2026-11-27T12:31:02Z',
    from: ['Asif Hussain', 'asif.hussain3@nhs.net'], to: 'bare',
    subject: 'Opto admin',
    text: `Hi can u add Zainab Hussain as OPTO user admin for Hussain Eyecare TPB07 pls, her email zainab.hussain@nhs.net. I am the contract holder. She does all the admin now

Thanks
Asif



Sent from my Galaxy`,
  }, expected(M, 'user_admin_nomination', org('TPB07', 'ophthalmic_practice'), {
    service: 'OPTO',
    nominee: person('Zainab Hussain', 'zainab.hussain@nhs.net'),
    approver: withRole('Asif Hussain', 'asif.hussain3@nhs.net', 'Contract Holder'),
  }, { traits: ['from_phone', 'abbreviations', 'base64_text', 'name_from_header'] })));

  // 006: PCN user admin, forwarded and approved by the ICB approver.
  out.push(mail({
    slug: '006-pcn-icb-forward', client: 'outlook', date: '2026-12-01T08:47:13Z',
    from: ['PRYCE, Gareth (NHS WEST YORKSHIRE ICB - 15F)', 'gareth.pryce1@nhs.net'],
    subject: 'FW: PCN user admin - North Leeds PCN',
    disclaimer: true,
    text: `Hi PCSE,

Approving the below request for the PCN. I'm an ICB approver on the AEL.

Thanks
Gareth

Gareth Pryce
Primary Care Contracts Manager
NHS West Yorkshire ICB (Leeds place)
Mob: 07700 900 871

From: SHARMA, Anjali (NORTH LEEDS PCN) <anjali.sharma7@nhs.net>
Sent: ${outlookQuoteDate('2026-11-30T16:02:00Z')}
To: PRYCE, Gareth (NHS WEST YORKSHIRE ICB - 15F) <gareth.pryce1@nhs.net>
Subject: PCN user admin - North Leeds PCN

Hi Gareth
Could you approve and send on to PCSE pls, we dont have a PCN user admin at the moment since Rob left.

PCN: North Leeds PCN
Code: U61824
Nominee: Sharma Anjali (PCN Manager)
Email: anjali.sharma7@nhs.net

Many thanks
Anjali`,
  }, expected(M, 'user_admin_nomination', org('U61824', 'pcn'), {
    service: 'PCN',
    nominee: person('Anjali Sharma', 'anjali.sharma7@nhs.net'),
    approver: withRole('Gareth Pryce', 'gareth.pryce1@nhs.net', 'Primary Care Contracts Manager'),
  }, { traits: ['forwarded', 'surname_first', 'nhsmail_display_name', 'signature_block', 'disclaimer'] })));

  // 007: PCN user admin approved by the clinical director himself (no ICB approver).
  out.push(mail({
    slug: '007-pcn-cd-approves', client: 'iphone', date: '2026-11-28T19:12:40Z',
    from: ['Femi Adeyemi', 'femi.adeyemi@nhs.net'],
    subject: 'PCN user admin request',
    text: `hi we need a PCN user admin for Riverside & Canal PCN (u38209) can you set up Tomasz Zielinski please, tomasz.zielinski@nhs.net he is our digital transformation lead. Our ICB contact is on mat leave so I am approving as clinical director, hope thats ok

thx
Dr Femi Adeyemi
Clinical Director Riverside & Canal PCN

Sent from my iPhone`,
  }, expected(M, 'user_admin_nomination', org('U38209', 'pcn'), {
    service: 'PCN',
    nominee: person('Tomasz Zielinski', 'tomasz.zielinski@nhs.net'),
    approver: withRole('Femi Adeyemi', 'femi.adeyemi@nhs.net', 'Clinical Director'),
  }, { mustRaise: ['approver_not_on_ael'], traits: ['from_phone', 'run_on', 'lower_case_code', 'weekend'] })));

  // 008: a fifth GPP admin.
  out.push(mail({
    slug: '008-gpp-fifth-admin', client: 'owa', date: '2026-11-30T13:05:29Z',
    from: ['Mandy Clegg', 'mandy.clegg@nhs.net'],
    subject: 'Additional GPP user admin - Oak Tree Surgery N81093',
    disclaimer: true,
    text: `Hello

Can you please add Jade Robinson (jade.robinson14@nhs.net) as a GPP practice user administrator for Oak Tree Surgery, N81093.

We already have 4 (myself, Dr Lowe, Karen Pitts and Sam Doyle) but Sam is on long term sick and Jade is covering the payroll side so we need a 5th one for now.

Thanks
Mandy Clegg
Practice Manager
Oak Tree Surgery
01606 552310`,
  }, expected(M, 'user_admin_nomination', org('N81093', 'gp_practice'), {
    service: 'GPP',
    nominee: person('Jade Robinson', 'jade.robinson14@nhs.net'),
    approver: null,
  }, { mustRaise: ['admin_limit_reached'], traits: ['admin_count_in_text', 'signature_block'] })));

  // 009: PL admin, letter from the CQC registered manager attached (flat PDF).
  {
    const letter = await letterPdf([
      { text: 'Moorside Medical Group', bold: true, size: 16 },
      { text: 'Moorside Road, Oldham OL4 2AB   |   Tel: 0161 624 9080   |   ODS: P87622', size: 9 },
      { rule: true },
      { text: '1 December 2026', gap: 8 },
      { text: 'Primary Care Support England' },
      { text: 'By email: pcse.portalenquiries@nhs.net', gap: 12 },
      { text: 'Re: Nomination of PL Organisation Administrator', bold: true, gap: 8 },
      { text: 'Dear Sir/Madam,', gap: 6 },
      { text: 'As the CQC Registered Manager for Moorside Medical Group (P87622), I nominate our Practice Manager, Mr Craig Lomax, to hold the PL Organisation Administrator role in PCSE Online for our practice.', gap: 6 },
      { text: 'Mr Lomax\'s email address is craig.lomax@nhs.net. We currently have no PL organisation administrator in place following the retirement of our previous practice manager.', gap: 6 },
      { text: 'Please contact me if you need anything further.', gap: 10 },
      { text: 'Yours faithfully,', gap: 4 },
      { sig: true },
      { text: 'Dr Rukhsana Iqbal', bold: true },
      { text: 'CQC Registered Manager' },
      { text: 'rukhsana.iqbal@nhs.net' },
    ], { seed: '009-pl-letter', meta: { title: 'PL admin nomination letter', author: 'Rukhsana Iqbal', creator: 'Microsoft Word for Microsoft 365', producer: 'Microsoft: Print To PDF', date: '2026-12-01T09:12:00Z' } });
    out.push(mail({
      slug: '009-pl-admin-letter', client: 'outlook', date: '2026-12-01T09:26:51Z',
      from: ['Craig Lomax', 'craig.lomax@nhs.net'],
      subject: 'PL Organisation Admin - Moorside Medical Group P87622',
      disclaimer: true,
      attachments: [{ filename: 'PL admin nomination letter.pdf', contentType: 'application/pdf', data: letter }],
      text: `Morning,

Letter from our CQC registered manager attached re PL organisation admin access for me. Any problems give me a call on 0161 624 9080 ext 214.

Cheers
Craig

Craig Lomax | Practice Manager | Moorside Medical Group`,
    }, expected(M, 'user_admin_nomination', org('P87622', 'gp_practice'), {
      service: 'PL',
      nominee: person('Craig Lomax', 'craig.lomax@nhs.net'),
      approver: withRole('Rukhsana Iqbal', 'rukhsana.iqbal@nhs.net', 'CQC Registered Manager'),
    }, { traits: ['pdf_letter', 'see_attached', 'nominee_is_sender'] })));
  }

  // 010: main contact change for a pharmacy, from an iPhone, code with a space.
  out.push(mail({
    slug: '010-mcc-pharmacy-phone', client: 'iphone', date: '2026-11-24T11:03:26Z',
    from: ['Nikhil Patel', 'nikhil.patel4@nhs.net'], to: 'bare',
    subject: 'Main contact change',
    text: `Hi, pls change main contact for Patel\u2019s Chemist FM 417 to me - Nikhil Patel, nikhil.patel4@nhs.net. Previous one was my dad (Mr H Patel) he has retired now.
Thx
Nikhil

Sent from my iPhone`,
  }, expected(M, 'main_contact_change', org('FM417', 'pharmacy'), {
    newMainContact: person('Nikhil Patel', 'nikhil.patel4@nhs.net'),
  }, { traits: ['from_phone', 'code_with_space', 'abbreviations', 'smart_quote'] })));

  // 011: main contact change for a dental practice, name surname first, from the practice mailbox.
  out.push(mail({
    slug: '011-mcc-dental-surname-first', client: 'outlook', date: '2026-11-25T14:37:18Z',
    from: ['BRIGHT SMILE DENTAL (V081152)', 'brightsmile.dental@nhs.net'],
    subject: 'Change main contact',
    disclaimer: true,
    text: `Good afternoon,

We need to change the main contact for our practice on PCSE Online please.

Practice - Bright Smile Dental
Code - V081152
New main contact - OKONKWO Chiamaka (Practice Manager)
Email - chiamaka.okonkwo@nhs.net

The old main contact Mrs J Reid left the practice in September.

Kind regards

Lauren
Reception
Bright Smile Dental`,
  }, expected(M, 'main_contact_change', org('V081152', 'dental_practice'), {
    newMainContact: person('Chiamaka Okonkwo', 'chiamaka.okonkwo@nhs.net'),
  }, { traits: ['surname_first', 'org_mailbox_sender', 'sender_not_subject', 'initials'] })));

  // 012: main contact change, second-language practice manager nominating herself.
  out.push(mail({
    slug: '012-mcc-esl-gp', client: 'outlook', date: '2026-11-26T09:58:03Z',
    from: ['SANDHU, Gurpreet Kaur (ELMFIELD SURGERY)', 'g.sandhu@nhs.net'],
    subject: 'Request to change main contact',
    disclaimer: true,
    text: `Dear Team,

Kindly requesting to change main contact of our surgery. Surgery name is Elmfield Surgery and code is J82119. New main contact will be myself, Ms Gurpreet Kaur Sandhu and email is g.sandhu@nhs.net. Previous main contact was Dr Hall who is now retired from the practice since last month so nobody is able to do the supplies orders.

Please do the needful at the earliest.

Regards
Gurpreet
Practice Manager
Elmfield Surgery
023 9266 1021`,
  }, expected(M, 'main_contact_change', org('J82119', 'gp_practice'), {
    newMainContact: person('Gurpreet Kaur Sandhu', 'g.sandhu@nhs.net'),
  }, { traits: ['esl', 'nhsmail_display_name', 'self_nomination', 'initial_in_email'] })));

  // 013: main contact change where the stated type (dental) and the code (ophthalmic) disagree.
  out.push(mail({
    slug: '013-mcc-dental-optical-code', client: 'webmail', date: '2026-12-02T17:21:44Z',
    from: ['Tom Pengelly', 'tom@quaysidedentaloptical.co.uk'],
    subject: 'main contact',
    auth: 'other',
    text: `Hi there,

We run Quayside Dental & Optical (dentist and opticians in the same building). Can you change the main contact for the dental practice please, code TPW08, to our new manager Aleksandra Wi\u015bniewska, email a.wisniewska@nhs.net.

Thanks
Tom Pengelly
Director
Quayside Dental & Optical Ltd`,
  }, expected(M, 'main_contact_change', org('TPW08', 'ophthalmic_practice'), {
    newMainContact: person('Aleksandra Wi\u015bniewska', 'a.wisniewska@nhs.net'),
  }, { mustRaise: ['ods_type_mismatch'], traits: ['type_code_mismatch', 'non_nhs_sender', 'non_ascii_name'] })));

  // 014: verification link, locum GP, GMC number, no practice.
  out.push(mail({
    slug: '014-vlr-gp-locum', client: 'iphone', date: '2026-11-29T21:48:12Z',
    from: ['Adaeze Nwosu', 'adaeze.nwosu@nhs.net'], to: 'bare',
    subject: 'verification link',
    text: `hi i never got the verification link for pcse online could you resend it please. my gmc registered email is this one adaeze.nwosu@nhs.net, GMC no 7654321. im a locum gp so not attached to one practice

thanks
Dr Adaeze Nwosu

Sent from my iPhone`,
  }, expected(M, 'verification_link_resend', null, {
    accountEmail: 'adaeze.nwosu@nhs.net',
    gmcNumber: '7654321',
  }, { traits: ['from_phone', 'lower_case', 'no_organisation', 'weekend'] })));

  // 015: verification link for the sender's own admin account.
  out.push(mail({
    slug: '015-vlr-admin-own', client: 'outlook_android', date: '2026-11-30T08:12:57Z',
    from: ['Joanne Tregunna', 'joanne.tregunna@nhs.net'],
    subject: 'New verification link pls',
    text: `Hi, the link expired before I could use it (was on annual leave). Please can you send a new verification link to this email, joanne.tregunna@nhs.net. I'm one of the GPP user admins for Castle Street Surgery L83045.

Thanks Jo

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, expected(M, 'verification_link_resend', org('L83045', 'gp_practice'), {
    accountEmail: 'joanne.tregunna@nhs.net',
    gmcNumber: null,
  }, { traits: ['from_phone', 'abbreviations'] })));

  // 016: verification link asked by the reception mailbox for a GP.
  out.push(mail({
    slug: '016-vlr-for-gp', client: 'outlook', date: '2026-12-01T11:26:35Z',
    from: ['FERNHILL PRACTICE (E84061)', 'fernhill.practice@nhs.net'],
    subject: 'verification email for Dr Sato',
    disclaimer: true,
    text: `Hello,

Dr Hiroshi Sato (salaried GP) says he didnt recieve the verification email for PCSE Online. Can you send it again to his email hiroshi.sato@nhs.net please? His GMC number is 7212345.

Many thanks
Reception team
Fernhill Practice, E84061`,
  }, expected(M, 'verification_link_resend', org('E84061', 'gp_practice'), {
    accountEmail: 'hiroshi.sato@nhs.net',
    gmcNumber: '7212345',
  }, { mustRaise: ['not_own_account'], traits: ['org_mailbox_sender', 'on_behalf', 'typos'] })));

  // 017: locked account, pharmacist, screenshot attached.
  out.push(mail({
    slug: '017-unlock-pharmacist-screenshot', client: 'iphone', date: '2026-11-27T10:49:21Z',
    from: ['Richard Osei', 'r.osei@nhs.net'], to: 'bare',
    subject: 'Locked out',
    attachments: [{ filename: 'IMG_4471.PNG', contentType: 'image/png', data: lockedScreenshot(), inline: true }],
    text: `Hi

Locked myself out of PCSE online, typed the wrong password too many times. Username r.osei@nhs.net
Pls unlock asap need to check the payment schedule today. Screenshot attached.

Richard Osei
Lakeside Pharmacy FN663

Sent from my iPhone`,
  }, expected(M, 'account_unlock', org('FN663', 'pharmacy'), {
    username: 'r.osei@nhs.net',
  }, { traits: ['from_phone', 'screenshot_attachment', 'urgent'] })));

  // 018: locked account for a dental nurse with a non-email user name, asked by the practice manager (ESL).
  out.push(mail({
    slug: '018-unlock-dental-nonemail', client: 'outlook', date: '2026-12-02T09:14:06Z',
    from: ['Harbour Dental Practice', 'harbourdental.practice@nhs.net'],
    subject: 'Account is locked - please unlock',
    disclaimer: true,
    text: `Hello,

My colleague Sarah Jones (dental nurse) cannot log in to PCSE, account is locked after she put wrong password. She don't have email so her username is sarahjones@harbourdental . I send this for her because I am the user admin.

Harbour Dental Practice V264019

Thank you,
Monika Nowak
Practice Manager`,
  }, expected(M, 'account_unlock', org('V264019', 'dental_practice'), {
    username: 'sarahjones@harbourdental',
  }, { traits: ['esl', 'non_email_username', 'on_behalf', 'org_mailbox_sender'] })));

  // 019: deactivated admin account, code missing a digit.
  out.push(mail({
    slug: '019-react-admin-bad-code', client: 'outlook', date: '2026-11-23T15:40:52Z',
    from: ['Debbie Fairweather', 'd.fairweather@nhs.net'],
    subject: 'Account deactivated',
    disclaimer: true,
    text: `Hi

My PCSE Online account has been deactivated as I havent logged in for a while (it says my account is inactive). I am the PL organisation admin for Ashby Lane Surgery C8363 so need it back on please as I cant ask anyone else to do it.

Username d.fairweather@nhs.net

Thanks
Debbie Fairweather
Practice Manager
Ashby Lane Surgery`,
  }, expected(M, 'account_reactivation', org('C8363', 'gp_practice'), {
    username: 'd.fairweather@nhs.net',
  }, { mustRaise: ['ods_invalid'], traits: ['malformed_code', 'signature_block'] })));

  // 020: deactivated main contact, pharmacist, second-language.
  out.push(mail({
    slug: '020-react-pharmacy-esl', client: 'owa', date: '2026-12-03T13:22:17Z',
    from: ['Fatima Begum', 'fatima.begum22@nhs.net'],
    subject: 'Account deactivate',
    disclaimer: true,
    text: `Hello,

I am the main contact of Greenway Pharmacy (FG706). When I try to login to PCSE it say my account is deactivated. My username is fatima.begum22@nhs.net. Please can you make it active again.

Thank you
Fatima Begum
Pharmacist`,
  }, expected(M, 'account_reactivation', org('FG706', 'pharmacy'), {
    username: 'fatima.begum22@nhs.net',
  }, { traits: ['esl'] })));

  // 021: remove GPP roles from a leaver.
  out.push(mail({
    slug: '021-roles-leaver', client: 'owa', date: '2026-11-23T12:09:44Z',
    from: ['Sue Marsh', 'susan.marsh@nhs.net'],
    subject: 'remove roles - left practice',
    disclaimer: true,
    text: `Hi,

Please can you remove the Joiner & Leaver and Practice Estimate and Salary Change roles from Ben Gallager (ben.gallagher2@nhs.net), he left us on Friday.

Thanks, Sue
Riverbank Family Practice K81052`,
  }, expected(M, 'role_removal_request', org('K81052', 'gp_practice'), {
    username: 'ben.gallagher2@nhs.net',
    roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'],
  }, { traits: ['typo_in_name', 'two_roles_one_line'] })));

  // 022: remove optical roles from an optometrist who left (second-language writer).
  out.push(mail({
    slug: '022-roles-optical-esl', client: 'webmail', date: '2026-11-26T15:55:30Z',
    from: ['Rose & Lane Opticians', 'roseandlane.opticians@nhs.net'],
    subject: 'Remove roles of old optometrist',
    text: `Dear PCSE,

Please to remove the GOS Performer role and Contractor Signatory role from account of Mr Karim Haddad. He is not working anymore with us since 1st of November. His email is karim.haddad@nhs.net

Rose & Lane Opticians - TPD42

Best Regards
Nadia Saleh
Optical Assistant`,
  }, expected(M, 'role_removal_request', org('TPD42', 'ophthalmic_practice'), {
    username: 'karim.haddad@nhs.net',
    roles: ['GOS Performer', 'Contractor Signatory'],
  }, { traits: ['esl', 'org_mailbox_sender'] })));

  // 023: practice email update sent to the wrong mailbox, all lower case.
  out.push(mail({
    slug: '023-pemail-misdirected', client: 'iphone', date: '2026-12-03T08:31:09Z',
    from: ['Leanne Foster', 'leanne.foster3@nhs.net'], to: 'bare',
    subject: 'Update practice email address',
    text: `hi we have a new generic email for the practice can you update on pcse please from hollybush.surgery@nhs.net to hollybushmc.admin@nhs.net. practice code D82070 hollybush medical centre. thanks leanne

Sent from my iPhone`,
  }, expected(M, 'practice_email_update', org('D82070', 'gp_practice'), {
    currentEmail: 'hollybush.surgery@nhs.net',
    newEmail: 'hollybushmc.admin@nhs.net',
  }, { traits: ['misdirected', 'from_phone', 'lower_case', 'run_on'] })));

  // 024: a question.
  out.push(mail({
    slug: '024-question-accountant', client: 'gmail_app', date: '2026-11-24T20:16:38Z',
    from: ['Jenny Marsh', 'jennymarsh.admin@gmail.com'],
    subject: 'accountant access',
    text: `Hi, how do i give our accountant access to upload the pension forms? do they need a nhs email address or can they use there work one? Thanks Jenny (Brook Lane Surgery)`,
  }, unclassified(M, ['question', 'from_phone', 'non_nhs_sender'])));

  // 025: chaser with the reference.
  {
    const ack = outlookId('025-pcse-ack');
    out.push(mail({
      slug: '025-chaser-ref', client: 'outlook', date: '2026-12-01T10:02:48Z',
      from: ['Paul Gresty', 'paul.gresty@nhs.net'],
      subject: 'RE: PCSE-2026-004817 Request received',
      inReplyTo: ack,
      disclaimer: true,
      text: `Hi any update on this please?? Its been 2 weeks and we still cant add the new staff.

Paul

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: ${outlookQuoteDate('2026-11-17T10:41:00Z')}
To: Paul Gresty <paul.gresty@nhs.net>
Subject: PCSE-2026-004817 Request received

Thank you for contacting Primary Care Support England. Your request has been logged with reference PCSE-2026-004817. Please quote this reference in any correspondence.

PCSE Online Support`,
    }, unclassified(M, ['chaser', 'case_ref_subject', 'quoted_reply'])));
  }

  // 026: thanks with the reference, iPhone reply.
  out.push(mail({
    slug: '026-thanks-ref', client: 'iphone', date: '2026-12-02T15:30:51Z',
    from: ['Bev Ahmed', 'beverley.ahmed@nhs.net'],
    subject: 'Re: Your request PCSE-2026-005102 has been completed',
    inReplyTo: `<${uuid('026-pcse-done')}@nhs.net>`,
    text: `Thank you!! all working now

Sent from my iPhone

> On ${appleQuoteDate('2026-12-02T15:12:00Z')}, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:
> 
> Dear Beverley,
> Your request PCSE-2026-005102 has been completed. The account has been unlocked.
> Kind regards
> PCSE Online Support`,
  }, unclassified(M, ['thanks', 'case_ref_subject', 'quoted_reply', 'from_phone'])));

  // 027: automatic reply from a practice manager to PCSE's acknowledgement.
  out.push({
    slug: '027-auto-reply', mailbox: M,
    eml: outOfOffice({
      slug: '027-auto-reply', mailbox: M, date: '2026-12-04T09:15:02Z',
      from: ['Mandy Clegg', 'mandy.clegg@nhs.net'],
      subject: 'Automatic reply: PCSE-2026-005087 Additional GPP user admin - Oak Tree Surgery N81093',
      inReplyTo: outlookId('027-pcse-ack'),
      text: `Thank you for your email. I am out of the office until Monday 7th December with limited access to emails. For anything urgent please contact reception on 01606 552 300 or email oaktree.surgery@nhs.net

Mandy Clegg
Practice Manager`,
    }),
    expected: unclassified(M, ['auto_reply', 'case_ref_subject'], 'auto_reply'),
  });

  return out;
}
