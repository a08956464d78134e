// portalenquiries: people who cannot get in (unlocks, reactivations, verification links, role removals), their
// questions, chasers and thanks, and the ordinary nominations and main-contact changes.
import { addr, NHSMAIL_FOOTER } from './lib.js';
import { date, org, person, type Email } from './model.js';
import { flatDocument, gppForm, renderForm, scanForm, type GppValues } from './pdfs.js';

const M = 'portalenquiries' as const;
const oid = (n: number): string => `<LO${n}P265MB${(7000 + n * 37).toString()}${String.fromCharCode(65 + (n % 26))}${n}F@LO${n}P265MB${7000 + n * 37}.GBRP265.PROD.OUTLOOK.COM>`;

export async function portalEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 1. salaried GP locked out, "my login is", screenshot of the error printed to PDF
  const shot = await flatDocument(
    'PCSE Online - Sign in',
    [
      { text: 'https://secure.pcse.england.nhs.uk/Account/Login                                   05/11/2026, 08:41', size: 8 },
      { text: 'PCSE Online', bold: true, size: 16 },
      { text: 'Home   About   Services   Organisations   News   Help   Contact Us   Register   Login', size: 9, gap: 14 },
      { text: 'Sign in', bold: true, size: 13 },
      { text: 'EMAIL ADDRESS\namara.nwosu1@nhs.net', size: 10 },
      { text: 'PASSWORD\n••••••••••', size: 10, gap: 10 },
      { text: 'Your account has been locked because of too many unsuccessful sign in attempts. Please contact PCSE to unlock your account.', bold: true, size: 10, gap: 10 },
      { text: 'Forgotten your login details? | Help', size: 9, gap: 20 },
      { text: 'PRIMARY CARE SUPPORT ENGLAND\nPrimary Care Support England provides administrative and support services for primary care on behalf of NHS England.', size: 8 },
    ],
    'Microsoft: Print To PDF',
  );
  out.push({
    mailbox: M,
    slug: 'locked-salaried-gp-screenshot',
    spec: {
      from: addr('NWOSU, Amara (BROOKFIELD HEALTH CENTRE)', 'amara.nwosu1@nhs.net'),
      subject: 'Account locked - PCSE Online',
      date: date(3, 8, 52, 11),
      messageId: oid(1),
      text: `Good morning,

I'm afraid I've managed to lock myself out of PCSE Online. I tried my old password a few times before realising I'd changed it in the summer and now it says the account is locked (screenshot attached).

My login is amara.nwosu1@nhs.net

I'm a salaried GP at Brookfield Health Centre, practice code M85042. I need to get in this week to check my pension statement before our partners' meeting.

Many thanks
Amara

Dr Amara Nwosu
Salaried GP
Brookfield Health Centre
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'Screenshot PCSE locked.pdf', contentType: 'application/pdf', data: shot }],
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('M85042'),
      fields: { username: 'amara.nwosu1@nhs.net' },
      mustRaise: [],
      traits: ['my_login_is', 'pdf_flat', 'screenshot_pdf', 'nhsmail_display_name'],
    },
  });

  // 2. username in the subject only, sent from the phone
  out.push({
    mailbox: M,
    slug: 'locked-subject-only-iphone',
    spec: {
      from: addr('Kemi Oyelaran', 'k.oyelaran@nhs.net'),
      subject: 'LOCKED OUT k.oyelaran@nhs.net',
      date: date(0, 19, 7, 40),
      messageId: '<8F3C1A2E-77B0-4D5A-9C21-0B6E4A1D2F90@nhs.net>',
      client: 'iphone',
      text: `Hi as per subject can you unlock please, 5 goes and its locked me out.

Thanks
Kemi

Sent from my iPhone`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: null,
      fields: { username: 'k.oyelaran@nhs.net' },
      mustRaise: [],
      traits: ['subject_only', 'terse', 'mobile'],
    },
  });

  // 3. practice manager for a locum known only by surname, non-NHS username
  out.push({
    mailbox: M,
    slug: 'locked-locum-surname-pm',
    spec: {
      from: addr('Hollins Park Surgery - Practice Manager', 'hollinspark.pm@nhs.net'),
      subject: 'Locum GP locked out of PCSE',
      date: date(1, 10, 14, 2),
      messageId: oid(3),
      text: `Hello

Dr Fairbairn, one of our regular locums, has locked himself out of PCSE Online and he's asked me to contact you as he's not having much luck getting through on the phone. He needs to get his locum A and B forms submitted.

He says his username is the email he registered with the GMC: dfairbairn@doctors.org.uk

We are Hollins Park Surgery, P82011.

Thanks in advance

Gillian Rowe
Practice Manager
Hollins Park Surgery
01204 556 120
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('P82011'),
      fields: { username: 'dfairbairn@doctors.org.uk' },
      mustRaise: [],
      traits: ['on_behalf', 'surname_only', 'non_nhs_username', 'shared_mailbox_sender'],
    },
  });

  // 4. dispenser, username typed wrongly then corrected
  out.push({
    mailbox: M,
    slug: 'locked-dispenser-corrected-username',
    spec: {
      from: addr('Wolds Practice Dispensary', 'wolds.dispensary@nhs.net'),
      subject: 'Unlock PCSE Online account please',
      date: date(2, 13, 27, 45),
      messageId: oid(4),
      text: `Hi,

Could you please unlock my account, I've been locked out after too many password attempts.

Username: rachel.dunmore@nhs.net

Sorry - just checked with our PM and that one's wrong, there's another Rachel Dunmore in the county! Mine is rachel.dunmore2@nhs.net

I work in the dispensary at the Wolds Practice (B81633).

Kind regards,
Rachel Dunmore
Dispensary Team Leader
The Wolds Practice
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('B81633'),
      fields: { username: 'rachel.dunmore2@nhs.net' },
      mustRaise: [],
      traits: ['corrected_value', 'shared_mailbox_sender', 'dispensary'],
    },
  });

  // 5. optical assistant without email: non-email username, asked by the store's user admin
  out.push({
    mailbox: M,
    slug: 'locked-optical-nonemail-username',
    spec: {
      from: addr('Deepa Chauhan', 'deepa.chauhan@nhs.net'),
      subject: 'Locked account - optical assistant (no email username)',
      date: date(4, 9, 3, 30),
      messageId: oid(5),
      text: `Dear PCSE,

One of our optical assistants, Chloe Price, has been locked out of PCSE Online. She doesn't have an email address so I set her up with a user name in the format your guide suggests. I've tried resetting her password from User Management but it won't let me while the account is locked.

Her user name is chloeprice@sightcareoptom

Practice: SightCare Opticians, 14 Fore Street, Redruth
ODS: TPK47

I'm the OPTO user admin for the practice.

Regards
Deepa Chauhan
Practice Manager / Dispensing Optician
SightCare Opticians`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('TPK47'),
      fields: { username: 'chloeprice@sightcareoptom' },
      mustRaise: [],
      traits: ['on_behalf', 'non_email_username'],
    },
  });

  // 6. dispensary assistant writing from personal webmail
  out.push({
    mailbox: M,
    slug: 'locked-from-hotmail',
    spec: {
      from: addr('Jo Akers', 'jo_akers77@hotmail.co.uk'),
      subject: 'locked out',
      date: date(5, 18, 36, 9),
      messageId: '<DB9PR02MB7311A4C2E1F0D5B3A9C2E7F1B6D8A@DB9PR02MB7311.eurprd02.prod.outlook.com>',
      client: 'plain',
      text: `Hello,

I am locked out of PCSE Online - I got my password wrong too many times. My login is my work email j.akers@nhs.net but I'm working from home today and can't get into NHSmail on this laptop so I'm sending from my own email, sorry.

I work on the dispensary at Fenwick Surgery.

Thank you
Jo Akers`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org(null, 'gp_practice'),
      fields: { username: 'j.akers@nhs.net' },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_webmail', 'my_login_is', 'no_ods_code'],
    },
  });

  // 7. GP partner back from maternity leave, GPP admin, reactivation
  out.push({
    mailbox: M,
    slug: 'reactivate-gp-partner-mat-leave',
    spec: {
      from: addr('Harriet Coles', 'harriet.coles@nhs.net'),
      subject: 'Reactivation of PCSE Online account after maternity leave',
      date: date(1, 7, 58, 20),
      messageId: oid(7),
      text: `Dear PCSE team,

I have just returned from maternity leave and my PCSE Online account has been deactivated as I have not logged in for over 9 months. I'm one of the GPP Practice User Administrators for the practice so I understand I need to ask you rather than a colleague.

Username: harriet.coles@nhs.net
Practice: Castlegate Medical Group, Y02716

Grateful if you could reactivate it.

Best wishes

Dr Harriet Coles MBChB MRCGP
GP Partner
Castlegate Medical Group
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('Y02716'),
      fields: { username: 'harriet.coles@nhs.net' },
      mustRaise: [],
      traits: ['labelled_lines', 'honorific_and_postnominals'],
    },
  });

  // 8. main contact, username only in the signature (a role mailbox, not the sender)
  out.push({
    mailbox: M,
    slug: 'reactivate-main-contact-sig-username',
    spec: {
      from: addr('WHITLOCK, Jane (STANLEY ROAD MEDICAL PRACTICE)', 'jane.whitlock@nhs.net'),
      subject: 'PCSE Online says account deactivated',
      date: date(6, 11, 41, 3),
      messageId: oid(8),
      text: `Hi

I haven't logged in to PCSE Online since August (we've been doing supplies orders through my colleague) and now it tells me the account has been deactivated. I'm the Main Contact for the practice so I gather only you can switch it back on.

The login is our practice manager one shown below, not this email address.

Thanks very much

Jane Whitlock
Practice Manager
Stanley Road Medical Practice | N81088
Tel 0151 920 4471
PCSE Online login: pm.stanleyroad@nhs.net
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('N81088'),
      fields: { username: 'pm.stanleyroad@nhs.net' },
      mustRaise: [],
      traits: ['username_in_signature', 'username_differs_from_sender', 'nhsmail_display_name'],
    },
  });

  // 9. dental main contact, username quoted
  out.push({
    mailbox: M,
    slug: 'reactivate-dental-quoted-login',
    spec: {
      from: addr('Bright Smile Dental Care', 'reception.brightsmile@nhs.net'),
      subject: 'Account inactive',
      date: date(7, 14, 12, 55),
      messageId: oid(9),
      text: `Good afternoon,

When I try to log in with "reception.brightsmile@nhs.net" it says the account is inactive and to contact my user administrator - but I am the main contact, there isn't anyone else! Please can you reactivate.

Practice: Bright Smile Dental Care
Code: V018274

Thank you
Marta (Practice Manager)
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('V018274'),
      fields: { username: 'reception.brightsmile@nhs.net' },
      mustRaise: [],
      traits: ['quoted_username', 'first_name_only'],
    },
  });

  // 10. optometrist contractor, OPTO admin, username in brackets
  out.push({
    mailbox: M,
    slug: 'reactivate-optom-bracket-username',
    spec: {
      from: addr('Sana Bhatti', 'sbhatti.optom@nhs.net'),
      subject: 'Re-activate user admin account - TPQ09',
      date: date(8, 9, 22, 13),
      messageId: oid(10),
      text: `Hello,

Please could you reactivate my account (sbhatti.optom@nhs.net). I am the contract holder and OPTO user administrator at Bhatti & Lowe Eyecare (TPQ09) but I have been off sick since the spring and it has been deactivated. Our other admin left in September so there's nobody who can do it at our end.

Kind regards
Sana Bhatti BSc(Hons) MCOptom
Optometrist / Director`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('TPQ09'),
      fields: { username: 'sbhatti.optom@nhs.net' },
      mustRaise: [],
      traits: ['bracketed_username', 'code_in_subject'],
    },
  });

  // 11. relief pharmacist, not an admin, from the pharmacy mailbox
  out.push({
    mailbox: M,
    slug: 'reactivate-relief-pharmacist',
    spec: {
      from: addr('Carrow Road Pharmacy', 'carrowroad.pharmacy@nhs.net'),
      subject: 'Deactivated account',
      date: date(9, 12, 5, 48),
      messageId: oid(11),
      text: `Hi there,

I'm a relief pharmacist and only cover at Carrow Road Pharmacy (FM731) a couple of days a month, so I don't log in to PCSE Online very often. It now says my account is deactivated due to inactivity.

My username is aisha.karim3@nhs.net

Could you reactivate it please? Sorry if this should go somewhere else.

Aisha Karim
Relief Pharmacist (GPhC 2087716)`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('FM731'),
      fields: { username: 'aisha.karim3@nhs.net' },
      mustRaise: [],
      traits: ['not_an_admin', 'shared_mailbox_sender', 'gphc_number'],
    },
  });

  // 12. terse, from Outlook for Android
  out.push({
    mailbox: M,
    slug: 'reactivate-terse-android',
    spec: {
      from: addr('Tom Harris', 'tom.g.harris@nhs.net'),
      subject: 'pcse account',
      date: date(10, 16, 49, 31),
      messageId: '<AM9PR06MB7860D2B4C1A0E9F3B7D54C2A1E8F6B3D@AM9PR06MB7860.eurprd06.prod.outlook.com>',
      client: 'android',
      text: `Hi my pcse account has been deactivated, can u reactivate pls, username tom.g.harris@nhs.net. I'm the GPP admin at Park Lane Surgery

Thanks Tom

Get Outlook for Android`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org(null, 'gp_practice'),
      fields: { username: 'tom.g.harris@nhs.net' },
      mustRaise: [],
      traits: ['terse', 'mobile', 'no_ods_code'],
    },
  });

  // 13. newly qualified GP, "GMC 7612084"
  out.push({
    mailbox: M,
    slug: 'verification-new-gp-gmc-space',
    spec: {
      from: addr('Dr Oliver Pemberton', 'oliver.pemberton@nhs.net'),
      subject: 'Verification link not received',
      date: date(0, 10, 31, 17),
      messageId: oid(13),
      text: `Hello,

I finished GP training in August (CCT) and have been told I should have had an email from PCSE with a link to set up my PCSE Online account, but nothing has arrived - I've checked junk. This nhs.net address is the one registered with the GMC.

GMC 7612084

Could you send me a new link please?

Thanks,
Oliver Pemberton
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'oliver.pemberton@nhs.net', gmcNumber: '7612084' },
      mustRaise: [],
      traits: ['gmc_number', 'newly_qualified', 'honorific_in_display_name'],
    },
  });

  // 14. link expired, "GMC no:"
  out.push({
    mailbox: M,
    slug: 'verification-expired-gmc-no',
    spec: {
      from: addr('Fiona MacLeod', 'fiona.macleod4@nhs.net'),
      subject: 'Expired verification link',
      date: date(2, 21, 3, 0),
      messageId: oid(14),
      text: `Dear Sir/Madam

I received a verification link from PCSE a couple of weeks ago but didn't get round to clicking it until tonight and it says the link has expired. Please could you send another one to this address, which is my GMC registered email.

GMC no: 7345091

I'm a locum GP, currently working mostly in Fife border practices but on the English performers list.

Many thanks
Fiona MacLeod`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'fiona.macleod4@nhs.net', gmcNumber: '7345091' },
      mustRaise: [],
      traits: ['gmc_number', 'link_expired', 'locum'],
    },
  });

  // 15. GP writing from Gmail, asks for the link at her GMC-registered NHS address
  out.push({
    mailbox: M,
    slug: 'verification-from-gmail-my-gmc-is',
    spec: {
      from: addr('Nicola Ferreira', 'nicferreira.doc@gmail.com'),
      subject: 'New verification link please',
      date: date(3, 20, 18, 26),
      messageId: '<CAK7f2+Qm3d8W0pXhT9aYbZs4nLr1EoVu6JcKx5@mail.gmail.com>',
      client: 'gmail',
      text: `Hi,

I never got the PCSE Online verification link. I'm writing from my personal email as I'm on annual leave, but my GMC registered email is nicola.ferreira@nhs.net so please send it there.

My GMC is 6089341

Thanks
Nicola Ferreira
(GP Retainer, Westgate Surgery)`,
      html: `<div dir="ltr"><div>Hi,</div><div><br></div><div>I never got the PCSE Online verification link. I'm writing from my personal email as I'm on annual leave, but my GMC registered email is <a href="mailto:nicola.ferreira@nhs.net">nicola.ferreira@nhs.net</a> so please send it there.</div><div><br></div><div>My GMC is 6089341</div><div><br></div><div>Thanks</div><div>Nicola Ferreira</div><div>(GP Retainer, Westgate Surgery)</div></div>`,
      qp: true,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org(null, 'gp_practice'),
      fields: { accountEmail: 'nicola.ferreira@nhs.net', gmcNumber: '6089341' },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_webmail', 'account_email_differs_from_sender', 'gmc_number', 'html_alternative'],
    },
  });

  // 16. dentist gives a GDC number
  out.push({
    mailbox: M,
    slug: 'verification-dentist-gdc',
    spec: {
      from: addr('Rhys Pritchard', 'rhys.pritchard@nhs.net'),
      subject: 'PCSE Online registration link',
      date: date(4, 12, 44, 10),
      messageId: oid(16),
      text: `Hello

I registered for PCSE Online as a performer three weeks ago and haven't had the email with the link to set up my account. Could you resend it to this address please.

GDC No. 284519

Harbourside Dental Practice, V027716

Regards
Rhys Pritchard BDS
Associate Dentist`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('V027716'),
      fields: { accountEmail: 'rhys.pritchard@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['gdc_not_gmc', 'performer'],
    },
  });

  // 17. optometrist gives a GOC number, signature only
  out.push({
    mailbox: M,
    slug: 'verification-optom-goc',
    spec: {
      from: addr('Ewa Kowalczyk', 'ewa.kowalczyk@nhs.net'),
      subject: 'Link to verify account never arrived',
      date: date(5, 9, 55, 2),
      messageId: oid(17),
      text: `Good morning,

My store manager set me up on PCSE Online through Performer Registration last Monday but the verification email hasn't come through. Please can you send a new link to ewa.kowalczyk@nhs.net?

Thank you,

Ewa Kowalczyk
Optometrist
GOC 01-28456`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'ewa.kowalczyk@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['goc_not_gmc', 'non_ascii_free_name'],
    },
  });

  // 18. practice manager asks for a link for the new partner: not own account
  out.push({
    mailbox: M,
    slug: 'verification-pm-for-new-partner',
    spec: {
      from: addr('Lesley Brennan', 'lesley.brennan@nhs.net'),
      subject: 'Verification link for Dr Adeyemi',
      date: date(6, 10, 2, 37),
      messageId: oid(18),
      text: `Hi,

Our new GP partner, Dr Tunde Adeyemi, hasn't received his PCSE Online verification link. Could you send it again please? His GMC registered email is tunde.adeyemi@nhs.net

GMC: 7198826

Practice: Ashcombe Surgery, K81052

Thanks
Lesley Brennan
Practice Manager`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('K81052'),
      fields: { accountEmail: 'tunde.adeyemi@nhs.net', gmcNumber: '7198826' },
      mustRaise: ['not_own_account'],
      traits: ['on_behalf', 'gmc_number'],
    },
  });

  // 19. new GPP user admin never got the link, no GMC
  out.push({
    mailbox: M,
    slug: 'verification-new-admin-no-link',
    spec: {
      from: addr('Priti Solanki', 'priti.solanki@nhs.net'),
      subject: 'RE: GPP user admin - verification email',
      date: date(8, 15, 20, 44),
      messageId: oid(19),
      text: `Hello,

Our partners sent in the GPP certification form for me about a fortnight ago and I was told I'd get an email with a verification link, but I still haven't. Please could you resend the link to me at this address?

Practice: Elmhurst Family Practice (E84019)

Many thanks
Priti Solanki
Assistant Practice Manager`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('E84019'),
      fields: { accountEmail: 'priti.solanki@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['re_subject_no_ref', 'no_gmc'],
    },
  });

  // 20. HTML-only, GMC in the signature
  out.push({
    mailbox: M,
    slug: 'verification-html-gmc-signature',
    spec: {
      from: addr('Dr Kwame Asante', 'kwame.asante@nhs.net'),
      subject: 'No verification link',
      date: date(9, 8, 12, 9),
      messageId: oid(20),
      html: `<html><body><p style="font-family:Calibri,sans-serif;font-size:11pt">Dear PCSE,</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">I updated my email address with the GMC more than a month ago and still have no verification link for PCSE Online. The address registered with the GMC is the one I am writing from. Please can you send a new link.</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">With thanks,</p>
<p style="font-family:Calibri,sans-serif;font-size:10pt;color:#1F3864"><b>Dr Kwame Asante</b><br>GP Partner | Oakbridge Medical Centre<br>GMC 7410253<br>Tel: 0113 496 0772</p>
</body></html>`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org(null, 'gp_practice'),
      fields: { accountEmail: 'kwame.asante@nhs.net', gmcNumber: '7410253' },
      mustRaise: [],
      traits: ['html_only', 'gmc_in_signature'],
    },
  });

  // 21. PM: salaried GP left, remove named roles (exact)
  out.push({
    mailbox: M,
    slug: 'role-removal-leaver-two-roles',
    spec: {
      from: addr('Graham Tolley', 'graham.tolley@nhs.net'),
      subject: 'Leaver - please remove PCSE roles',
      date: date(1, 14, 33, 51),
      messageId: oid(21),
      text: `Hello,

Dr Priya Raman (salaried GP) left the practice on 31 October. Could you please remove the following roles from her account for our practice:

- Joiner & Leaver
- Practice Estimate and Salary Change

Her login was priya.raman2@nhs.net

Practice: Riverside Medical Centre, C83044

Regards
Graham Tolley
Practice Business Manager`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('C83044'),
      fields: { username: 'priya.raman2@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [],
      traits: ['leaver', 'bulleted_roles', 'on_behalf'],
    },
  });

  // 22. receptionist leaving, removes herself
  out.push({
    mailbox: M,
    slug: 'role-removal-self-leaving',
    spec: {
      from: addr('Jenna McGarry', 'j.mcgarry@nhs.net'),
      subject: 'Leaving practice - remove my access',
      date: date(3, 16, 58, 4),
      messageId: oid(22),
      text: `Hi

I finish at Broadway Health Centre (J82077) on Friday and move to a hospital job. Please can you take off my Practice Order Entry Clerk and Practice Records Movement Admin roles, my username is j.mcgarry@nhs.net. I don't want to keep getting the emails!

Thanks
Jenna`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('J82077'),
      fields: { username: 'j.mcgarry@nhs.net', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin'] },
      mustRaise: [],
      traits: ['leaver', 'roles_in_prose'],
    },
  });

  // 23. locum known only by surname, no username
  out.push({
    mailbox: M,
    slug: 'role-removal-locum-surname-no-username',
    spec: {
      from: addr('Kingsway Surgery Admin', 'kingsway.admin@nhs.net'),
      subject: 'Locum finished - remove access',
      date: date(5, 11, 6, 29),
      messageId: oid(23),
      text: `Morning,

Dr Mensah finished his locum with us on Friday. Please remove his Performer role from our practice (Kingsway Surgery, G85133) - we don't have his login details I'm afraid.

Thanks
Sue
Kingsway Surgery reception`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('G85133'),
      fields: { username: null, roles: ['Performer'] },
      mustRaise: [],
      traits: ['surname_only', 'no_username', 'locum', 'shared_mailbox_sender'],
    },
  });

  // 24. role change: one role off, another on
  out.push({
    mailbox: M,
    slug: 'role-change-clerk-to-records',
    spec: {
      from: addr('Beverley Onions', 'beverley.onions@nhs.net'),
      subject: "Change Lorraine's roles",
      date: date(7, 9, 47, 0),
      messageId: oid(24),
      text: `Hi PCSE

Could you change Lorraine Ashby's access from Practice Order Entry Clerk to Practice Records Movement Admin please? She's moved from ordering to the notes team. Her username is lorraine.ashby@nhs.net.

Practice code L83102 (Harbour View Surgery)

Many thanks
Bev
Office Manager`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('L83102'),
      fields: { username: 'lorraine.ashby@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [],
      traits: ['role_change', 'on_behalf'],
    },
  });

  // 25. optometrist leaving one practice, keeps roles at another
  out.push({
    mailbox: M,
    slug: 'role-removal-optom-two-practices',
    spec: {
      from: addr('Sanjay Mistry', 'sanjay.mistry@nhs.net'),
      subject: 'Remove roles - Clearview Opticians TPH21',
      date: date(9, 17, 2, 16),
      messageId: oid(25),
      text: `Hello,

I've left Clearview Opticians (TPH21) but still work at Mistry Eyecare. Can you please remove my Contractor Signatory and GOS Performer roles for Clearview only - I need to keep them at my own practice.

Username sanjay.mistry@nhs.net

Thanks
Sanjay Mistry MCOptom`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('TPH21'),
      fields: { username: 'sanjay.mistry@nhs.net', roles: ['Contractor Signatory', 'GOS Performer'] },
      mustRaise: [],
      traits: ['two_organisations', 'leaver'],
    },
  });

  // 26. old accountant's role
  out.push({
    mailbox: M,
    slug: 'role-removal-accountant',
    spec: {
      from: addr('Nadia Rahman', 'nadia.rahman7@nhs.net'),
      subject: 'Remove accountant access',
      date: date(10, 10, 27, 38),
      messageId: oid(26),
      text: `Dear PCSE

We have changed accountants. Please remove the GPP - Practice User Management role from our previous accountant's login, "pensions@hendersonbrook.co.uk", for Millbrook Surgery (H81064).

Kind regards

Nadia Rahman
Practice Manager, Millbrook Surgery`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('H81064'),
      fields: { username: 'pensions@hendersonbrook.co.uk', roles: ['GPP - Practice User Management'] },
      mustRaise: [],
      traits: ['accountant', 'quoted_username', 'non_nhs_username'],
    },
  });

  // 27. question: how do I reset my password
  out.push({
    mailbox: M,
    slug: 'question-how-reset-password',
    spec: {
      from: addr('Megan Lloyd', 'megan.lloyd12@nhs.net'),
      subject: 'How do I reset my password?',
      date: date(2, 9, 10, 11),
      messageId: oid(27),
      text: `Hi,

I've forgotten my PCSE Online password. I'm not locked out yet (I stopped after two tries!) - how do I reset it myself? I can't see where to do it.

Thanks
Megan Lloyd
Receptionist, Hillside Surgery`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'not_a_request'] },
  });

  // 28. question: why was I locked out
  out.push({
    mailbox: M,
    slug: 'question-why-locked-out',
    spec: {
      from: addr('Dr Samuel Okonkwo', 'samuel.okonkwo@nhs.net'),
      subject: 'Why was my account locked?',
      date: date(6, 13, 51, 8),
      messageId: oid(28),
      text: `Hello

Your colleague unlocked my account yesterday, thank you. I'm now back in. But I'd like to understand why it was locked in the first place - I'm certain I only entered my password once that morning. Does the account lock for other reasons, e.g. not logging in for a while? I want to avoid it happening again before the pension deadline.

Regards
Samuel Okonkwo`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mentions_unlock_but_asks_why'] },
  });

  // 29. chaser with reference
  out.push({
    mailbox: M,
    slug: 'chaser-still-locked-ref',
    spec: {
      from: addr('Deborah Quinn', 'deborah.quinn@nhs.net'),
      subject: 'RE: Your enquiry has been received [PCSE-2026-018734]',
      date: date(8, 8, 30, 59),
      messageId: oid(29),
      inReplyTo: '<ack.PCSE-2026-018734@pcse.england.nhs.uk>',
      text: `Hello,

I'm still locked out - it's now been three working days since I emailed. Is there any update? I need to submit a GP pension form this week.

Deborah Quinn

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 03 November 2026 11:02
To: Deborah Quinn <deborah.quinn@nhs.net>
Subject: Your enquiry has been received [PCSE-2026-018734]

Thank you for contacting Primary Care Support England. Your reference is PCSE-2026-018734. Please quote this reference in any further correspondence.`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_subject', 'quoted_ack'] },
  });

  // 30. thanks with reference in the body
  out.push({
    mailbox: M,
    slug: 'thanks-reactivated-ref',
    spec: {
      from: addr('Tariq Hussain', 'tariq.hussain2@nhs.net'),
      subject: 'Re: account reactivated',
      date: date(10, 15, 4, 27),
      messageId: oid(30),
      text: `That's worked, I'm back in. Thanks for your help (ref PCSE-2026-017902).

Tariq`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_ref_body', 'terse'] },
  });

  // 31. out-of-office auto-reply to a PCSE verification email
  out.push({
    mailbox: M,
    slug: 'auto-reply-out-of-office',
    spec: {
      from: addr('Dr Helen Marsh', 'helen.marsh3@nhs.net'),
      subject: 'Automatic reply: Your PCSE Online verification link [PCSE-2026-016550]',
      date: date(4, 6, 15, 2),
      messageId: oid(31),
      extraHeaders: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Auto-Response-Suppress', 'All'],
        ['X-MS-Exchange-Inbox-Rules-Loop', 'helen.marsh3@nhs.net'],
      ],
      text: `Thank you for your email. I am on annual leave until Monday 16th November with no access to email.

For urgent practice matters please contact the practice manager on 01392 555 018.

Dr Helen Marsh`,
    },
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'out_of_office'] },
  });

  // 32. GPP nomination, fillable AcroForm
  const gpp1: GppValues = {
    practiceName: 'Thornbury Road Surgery',
    odsCode: 'F85031',
    address: '112 Thornbury Road, Isleworth, TW7 4HQ',
    nomineeName: 'Katarzyna Nowak',
    nomineeRole: 'Practice Manager',
    nomineeEmail: 'katarzyna.nowak@nhs.net',
    nomineePhone: '020 8568 1174',
    approverName: 'Dr Imran Qureshi',
    approverRole: 'GP Partner',
    approverEmail: 'imran.qureshi@nhs.net',
    date: '04/11/2026',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'gpp-nomination-acroform',
    spec: {
      from: addr('Katarzyna Nowak', 'katarzyna.nowak@nhs.net'),
      subject: 'GPP user admin form - Thornbury Road Surgery',
      date: date(2, 11, 19, 35),
      messageId: oid(32),
      text: `Hello,

Our previous GPP user administrator retired and I can no longer get anyone set up for pensions. Please find attached the certification form, signed by Dr Qureshi, nominating me.

Kind regards
Kasia Nowak
Practice Manager
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'GPP_UA_Certification_Thornbury.pdf', contentType: 'application/pdf', data: await renderForm(gppForm(gpp1), { fillable: true, producer: 'Adobe Acrobat Pro 24.2', seed: 32 }) }],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('F85031'),
      fields: {
        service: 'GPP',
        nominee: person('Katarzyna Nowak', 'katarzyna.nowak@nhs.net'),
        approver: { name: 'Imran Qureshi', email: 'imran.qureshi@nhs.net', role: 'GP Partner' },
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'nickname_in_signoff', 'nominee_is_sender'],
    },
  });

  // 33. GPP nomination, printed-signed-scanned form
  const gpp2: GppValues = {
    practiceName: 'The Ridgeway Practice',
    odsCode: 'K84620',
    address: 'Ridgeway House, 3 Station Approach, Didcot OX11 7NR',
    nomineeName: 'Marcus Ellery',
    nomineeRole: 'Finance & HR Lead',
    nomineeEmail: 'marcus.ellery@nhs.net',
    nomineePhone: '01235 811 402',
    approverName: 'Dr Ruth Abernethy',
    approverRole: 'Senior Partner',
    approverEmail: 'ruth.abernethy@nhs.net',
    date: '29/10/2026',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'gpp-nomination-scanned-form',
    spec: {
      from: addr('Ridgeway Practice Admin', 'ridgeway.admin@nhs.net'),
      subject: 'Scanned from a Xerox Multifunction Printer',
      date: date(3, 14, 2, 6),
      messageId: '<XRX0026A1B2C3D4E5-2026110514020600@ridgeway-mfd.local>',
      client: 'plain',
      text: `Please find attached the signed GPP certification form for Marcus, who cannot access the pensions part of PCSE Online at the moment.

Thanks, Ridgeway admin team

----
Scanned from a Xerox Multifunction Printer. Number of Images: 1. Attachment File Type: PDF.`,
      attachments: [{ filename: 'Scan_20261105_140158.pdf', contentType: 'application/pdf', data: await scanForm(gppForm(gpp2), { seed: 33, skewDeg: 1.1, handwritten: false, contrast: 0.8 }, 1, 'Xerox WorkCentre 6515') }],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('K84620'),
      fields: {
        service: 'GPP',
        nominee: person('Marcus Ellery', 'marcus.ellery@nhs.net'),
        approver: { name: 'Ruth Abernethy', email: 'ruth.abernethy@nhs.net', role: 'Senior Partner' },
      },
      mustRaise: [],
      traits: ['pdf_scan', 'scanner_subject', 'see_attached', 'shared_mailbox_sender'],
    },
  });

  // 34. PL nomination by the CQC Registered Manager, email only
  out.push({
    mailbox: M,
    slug: 'pl-nomination-cqc-manager',
    spec: {
      from: addr('Dr Alan Hughes', 'alan.hughes@nhs.net'),
      subject: 'PL Organisation Administrator - Valley View Health Centre',
      date: date(5, 15, 12, 33),
      messageId: oid(34),
      text: `Dear PCSE,

We currently have no PL Organisation Administrator: our only one left in the summer and since then nobody at the practice can approve performer changes on PCSE Online. As CQC Registered Manager for Valley View Health Centre (A82045) I would like to nominate:

Name: Sharon Pickering
Email: sharon.pickering1@nhs.net
Role: Deputy Practice Manager

Regards

Dr Alan Hughes
GP Partner and CQC Registered Manager
Valley View Health Centre`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('A82045'),
      fields: {
        service: 'PL',
        nominee: person('Sharon Pickering', 'sharon.pickering1@nhs.net'),
        approver: { name: 'Alan Hughes', email: 'alan.hughes@nhs.net', role: 'CQC Registered Manager' },
      },
      mustRaise: [],
      traits: ['labelled_lines', 'approver_is_sender'],
    },
  });

  // 35. OPTO nomination by the contract holder, email only
  out.push({
    mailbox: M,
    slug: 'opto-nomination-contract-holder',
    spec: {
      from: addr('Gareth Powell', 'gareth.powell@nhs.net'),
      subject: 'OPTO user admin request',
      date: date(7, 12, 38, 14),
      messageId: oid(35),
      text: `Hi,

I'm the contract holder for Powell Opticians, TPB38. I've been the only user admin and I'm locked out half the time, so I'd like to add my dispensing optician Lucy Tran as an OPTO Organisation User Administration user: lucy.tran@nhs.net.

Thanks,
Gareth Powell
Contract Holder, Powell Opticians`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('TPB38'),
      fields: {
        service: 'OPTO',
        nominee: person('Lucy Tran', 'lucy.tran@nhs.net'),
        approver: { name: 'Gareth Powell', email: 'gareth.powell@nhs.net', role: 'Contract Holder' },
      },
      mustRaise: [],
      traits: ['prose', 'mentions_locked_but_nominates'],
    },
  });

  // 36. PCN nomination by the ICB approver, flat PDF form
  const pcnPdf = await flatDocument(
    'PCN User Administrator request',
    [
      { text: 'PCSE Online - PCN User Administrator Request', bold: true, size: 14 },
      { text: 'To be approved and submitted to PCSE by an ICB approver listed on the NHSE Authorised Email List (AEL).', size: 9, gap: 12 },
      { text: '1. Primary Care Network', bold: true, size: 11 },
      { text: 'PCN name: North Tyneside Coast PCN\nPCN ODS code: U47281\nLead practice: Beacon Medical Group', size: 10, gap: 10 },
      { text: '2. Nominated PCN user administrator', bold: true, size: 11 },
      { text: 'Name: Callum Reid\nJob title: PCN Operations Manager\nEmail: callum.reid2@nhs.net\nTelephone: 0191 643 2280', size: 10, gap: 10 },
      { text: '3. ICB approval', bold: true, size: 11 },
      { text: 'Approver name: Angela Whitfield\nJob title: Primary Care Contracts Manager\nOrganisation: NHS North East and North Cumbria ICB\nEmail: angela.whitfield@nhs.net\nApproved: Yes      Date: 06/11/2026', size: 10 },
    ],
    'Microsoft Word for Microsoft 365',
  );
  out.push({
    mailbox: M,
    slug: 'pcn-nomination-icb-flat-form',
    spec: {
      from: addr('WHITFIELD, Angela (NHS NORTH EAST AND NORTH CUMBRIA ICB - 99C)', 'angela.whitfield@nhs.net'),
      subject: 'PCN user admin request - North Tyneside Coast PCN U47281',
      date: date(4, 16, 26, 20),
      messageId: oid(36),
      text: `Good afternoon,

Please see the attached PCN user administrator request for North Tyneside Coast PCN, which I approve as the ICB approver on the Authorised Email List. The PCN currently has no user admin and their staff cannot get access.

Kind regards
Angela Whitfield
Primary Care Contracts Manager
NHS North East and North Cumbria ICB
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'PCN UA request - NTC PCN.pdf', contentType: 'application/pdf', data: pcnPdf }],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('U47281', 'pcn'),
      fields: {
        service: 'PCN',
        nominee: person('Callum Reid', 'callum.reid2@nhs.net'),
        approver: { name: 'Angela Whitfield', email: 'angela.whitfield@nhs.net', role: 'Primary Care Contracts Manager' },
      },
      mustRaise: [],
      traits: ['pdf_flat', 'icb_approver', 'nhsmail_display_name'],
    },
  });

  // 37. main contact change: the old main contact left and nobody can get in
  out.push({
    mailbox: M,
    slug: 'main-contact-change-left',
    spec: {
      from: addr('Dr Sophie Lambert', 'sophie.lambert@nhs.net'),
      subject: 'Change of main contact - D82031',
      date: date(6, 8, 4, 50),
      messageId: oid(37),
      text: `Hello,

Our practice manager and main contact, Steve Barker, left last month and his account has been closed, so nobody here can order supplies or deal with records movements. Please make our new practice manager the main contact:

Organisation code: D82031 (Lowther Street Surgery)
New main contact: Aoife Gallagher
Email: aoife.gallagher@nhs.net

Thanks
Dr Sophie Lambert, GP Partner`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('D82031'),
      fields: { newMainContact: person('Aoife Gallagher', 'aoife.gallagher@nhs.net') },
      mustRaise: [],
      traits: ['labelled_lines', 'old_contact_named'],
    },
  });

  // 38. pharmacy main contact change, HTML
  out.push({
    mailbox: M,
    slug: 'main-contact-change-pharmacy-html',
    spec: {
      from: addr('Oluwaseun Balogun', 'o.balogun@nhs.net'),
      subject: 'New main contact for pharmacy FQ264',
      date: date(9, 10, 40, 2),
      messageId: oid(38),
      text: `Hi,

I have taken over as responsible pharmacist and manager at Hartley Pharmacy (FQ264). The previous main contact has left and we can't log in to order anything. Please set me up as the main contact.

Name: Oluwaseun Balogun
Email: o.balogun@nhs.net

Thanks
Seun`,
      html: `<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt"><p>Hi,</p><p>I have taken over as responsible pharmacist and manager at Hartley Pharmacy (FQ264). The previous main contact has left and we can&#39;t log in to order anything. Please set me up as the main contact.</p><p><b>Name:</b> Oluwaseun Balogun<br><b>Email:</b> <a href="mailto:o.balogun@nhs.net">o.balogun@nhs.net</a></p><p>Thanks<br>Seun</p></div>`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('FQ264'),
      fields: { newMainContact: person('Oluwaseun Balogun', 'o.balogun@nhs.net') },
      mustRaise: [],
      traits: ['html_alternative', 'self_nomination', 'nickname_in_signoff'],
    },
  });

  // 39. PL admin locked after a reset
  out.push({
    mailbox: M,
    slug: 'locked-pl-admin-after-reset',
    spec: {
      from: addr('Yvonne Clarke', 'yvonne.clarke@nhs.net'),
      subject: 'Account locked - PL admin',
      date: date(10, 8, 17, 42),
      messageId: oid(39),
      text: `Good morning

I am the PL Organisation Administrator at Northgate Surgery (R82019). I reset my password on Friday, then put the old one in by mistake on Monday and it has locked me.

My user name: yvonne.clarke@nhs.net

We have a performer change waiting for approval so I'd be grateful if this could be done today.

Yvonne Clarke
Practice Manager`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('R82019'),
      fields: { username: 'yvonne.clarke@nhs.net' },
      mustRaise: [],
      traits: ['labelled_lines', 'user_admin'],
    },
  });

  return out;
}
