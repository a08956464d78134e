// portalenquiries: people answering PCSE's own guidance (corpus 44, writer AN).
import { NHSMAIL_FOOTER, P, jan, org, type MailSpec } from './lib.js';
import { gppCertFillable, oeGpFlat, pcnFlat } from './pdfs.js';
import { gppCertScan } from './scanforms.js';

export async function portalMails(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];
  const mb = 'portalenquiries' as const;

  // 1 GPP certification, fillable form, covering note quoting the guidance
  m.push({
    mailbox: mb, slug: 'gpp-cert-fillable-quotes-guidance', client: 'outlook', date: jan(4, 9, 12, 40),
    from: { name: 'PRYCE, Helen (BRAMBLESIDE MEDICAL PRACTICE)', email: 'helen.pryce@nhs.net' },
    subject: 'GPP Practice User Administrator Certification form - Brambleside Medical Practice M85013',
    text: `Good morning,

Your User Management page says "If your practice has no user administrator ... Complete both parts of the form and return to pcse.portalenquiries@nhs.net", so please find attached our completed GP Payments and Pensions Practice User Administrator Certification form.

Our previous GPP admin retired before Christmas and nobody else had the role, so we currently have no user administrator for GPP. We would like Daniel Whitcombe, our Assistant Practice Manager, to take this on. Part B has been completed and signed by Dr Haddad, one of our GP Partners.

Many thanks

Helen Pryce
Practice Manager
Brambleside Medical Practice
0121 496 0388
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'GPP UA Certification - Brambleside.pdf', content: await gppCertFillable({
      practiceName: 'Brambleside Medical Practice', odsCode: 'M85013', address: '212 Stratford Road, Shirley, Solihull, B90 3AQ', phone: '0121 496 0388',
      nomineeName: 'Daniel Whitcombe', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'daniel.whitcombe@nhs.net', nomineePhone: '0121 496 0391',
      approverName: 'Dr Samira Haddad', approverRole: 'GP Partner', approverEmail: 'samira.haddad@nhs.net', date: '03/01/2027', signed: true,
    }, 'Helen Pryce') }],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('M85013', 'gp_practice'),
      fields: { service: 'GPP', nominee: P('Daniel Whitcombe', 'daniel.whitcombe@nhs.net'), approver: { ...P('Samira Haddad', 'samira.haddad@nhs.net'), role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'quotes_guidance', 'nhsmail_display_name', 'honorific_in_form'] },
  });

  // 2 GPP certification, printed, signed, stamped and scanned; terse reception email
  m.push({
    mailbox: mb, slug: 'gpp-cert-scan-reception', client: 'outlook', date: jan(4, 11, 3, 5),
    from: { name: "St Aldhelm's Surgery Reception", email: 'staldhelms.reception@nhs.net' },
    subject: 'Scanned from a Xerox multifunction printer',
    text: `Please see attached GPP form as requested on your website.

Thanks
Reception
St Aldhelm's Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Scan_0114.pdf', content: await gppCertScan({
      practiceName: "St Aldhelm's Surgery", odsCode: 'J81620', address: '3 Abbey Walk, Sherborne, DT9 3EL', phone: '01935 812 440',
      nomineeName: 'Karen Ashdown-Lee', nomineeJob: 'Practice Manager', nomineeEmail: 'karen.ashdownlee@nhs.net', nomineePhone: '01935 812 441',
      approverName: 'Dr Michael Oyelaran', approverRole: 'Senior Partner', approverEmail: 'michael.oyelaran@nhs.net', date: '30 December 2026', signed: true,
    }, ["ST ALDHELM'S SURGERY", '3 Abbey Walk, Sherborne', 'Tel 01935 812 440']) }],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('J81620', 'gp_practice'),
      fields: { service: 'GPP', nominee: P('Karen Ashdown-Lee', 'karen.ashdownlee@nhs.net'), approver: { ...P('Michael Oyelaran', 'michael.oyelaran@nhs.net'), role: 'Senior Partner' } },
      mustRaise: [], traits: ['pdf_scan', 'see_attached', 'scanner_subject', 'shared_mailbox_sender', 'stamp'] },
  });

  // 3 PL admin nominated by the CQC Registered Manager, quoting the GP help page
  m.push({
    mailbox: mb, slug: 'pl-admin-cqc-manager-quote', client: 'outlook', date: jan(5, 8, 41, 12),
    from: { name: 'GALLAGHER, Fiona (Dr) (KELSALL ROAD SURGERY)', email: 'fiona.gallagher2@nhs.net' },
    subject: 'PL Organisation Administrator - Kelsall Road Surgery (P87631)',
    text: `Dear PCSE,

Your GP practices help page says "User Administrators are nominated by the CQC Registered Manager", so I am writing as the CQC Registered Manager for Kelsall Road Surgery (P87631) to nominate our Practice Manager for the PL Organisation Administrator role.

Name: Priya Chandrasekaran
Email: priya.chandrasekaran@nhs.net

We don't currently have anyone with this role, which is why we can't approve the changes of status our new salaried GP has submitted.

Kind regards,

Dr Fiona Gallagher
GP Partner and CQC Registered Manager
Kelsall Road Surgery, 41 Kelsall Road, Salford M6 8HD
${NHSMAIL_FOOTER}`,
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('P87631', 'gp_practice'),
      fields: { service: 'PL', nominee: P('Priya Chandrasekaran', 'priya.chandrasekaran@nhs.net'), approver: { ...P('Fiona Gallagher', 'fiona.gallagher2@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['quotes_guidance', 'approver_is_sender', 'two_roles_in_signature'] },
  });

  // 4 PL admin, the guidance's list copied and answered, template wording left in
  m.push({
    mailbox: mb, slug: 'pl-admin-template-na', client: 'outlook', date: jan(5, 14, 20, 3),
    from: { name: 'Gareth Lloyd-Evans', email: 'gareth.lloyd-evans@nhs.net' },
    subject: 'Request for PL Organisation Administrator',
    text: `Hello

"If your practice has no PL organisation administrator, please email pcse.portalenquiries@nhs.net, with your practice details and name and email address of the person you'd like to have this role."

Practice details: Harbour View Health Centre, L83105, 14 Quay Road, Plymouth, PL1 2QA
Name of the person you'd like to have this role: Megan Tregunna
Email address: megan.tregunna@nhs.net
Approved by (if applicable): N/A

Regards
Gareth Lloyd-Evans
Practice Manager
Harbour View Health Centre
01752 000 417
${NHSMAIL_FOOTER}`,
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('L83105', 'gp_practice'),
      fields: { service: 'PL', nominee: P('Megan Tregunna', 'megan.tregunna@nhs.net'), approver: null },
      mustRaise: [], traits: ['guidance_template', 'template_left_in', 'quotes_guidance', 'hyphenated_name'] },
  });

  // 5 OPTO admin nominated by the contract holder himself (non-NHS domain)
  m.push({
    mailbox: mb, slug: 'opto-admin-contract-holder', client: 'gmail', date: jan(6, 10, 2, 55),
    from: { name: 'Rajinder Sahota', email: 'rajinder@sahotaopticians.co.uk' },
    subject: 'User Management (Organisation) role - Sahota Opticians TPD47',
    text: `Hi,

I have read the Ophthalmic User Management Guide which states "The contract holder is responsible for nominating up to four User Administrators". I am the contract holder for Sahota Opticians (TPD47) and we do not have the User Management (Organisation) role set up at the practice yet.

Please could you set up:

Name of colleague: Chloe Barnard (Dispensing Optician)
Email address: chloe.barnard@sahotaopticians.co.uk
Role: OPTO Organisation User Administration

I confirm as contract holder that I approve this.

Thanks,
Rajinder Sahota BSc MCOptom
Contract Holder / Director
Sahota Opticians Ltd, 88 High Street, Kettering NN16 8SX
01536 400 227`,
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('TPD47', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: P('Chloe Barnard', 'chloe.barnard@sahotaopticians.co.uk'), approver: { ...P('Rajinder Sahota', 'rajinder@sahotaopticians.co.uk'), role: 'Contract Holder' } },
      mustRaise: [], traits: ['quotes_guidance', 'approver_is_sender', 'non_nhs_domain', 'job_title_in_brackets'] },
  });

  // 6 OPTO: a fifth administrator asked for although the guidance's maximum is quoted
  m.push({
    mailbox: mb, slug: 'opto-fifth-admin', client: 'outlook', date: jan(6, 15, 47, 20),
    from: { name: 'Clearview Eyecare', email: 'admin@clearvieweyecare.co.uk' },
    subject: 'Additional OPTO user admin please',
    text: `Dear Sir / Madam

I understand from your website that each practice can have "a maximum of four" user admins for Ophthalmic Payments. We currently have four:

1. Anthony Deakin
2. Sunita Mistry
3. Paul Ferreira
4. Gemma Rowlands (on maternity leave until September)

As Gemma is away we need a further person to cover, could you please add Tomasz Wiśniewski, tomasz.wisniewski@clearvieweyecare.co.uk, as an OPTO Organisation User Administrator for Clearview Eyecare, ophthalmic code TPK09? We would rather not remove Gemma's access as she will be returning.

Kind regards
Sunita Mistry
Practice Manager, Clearview Eyecare
Unit 4, Riverside Retail Park, Norwich NR1 1WW`,
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('TPK09', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: P('Tomasz Wiśniewski', 'tomasz.wisniewski@clearvieweyecare.co.uk'), approver: null },
      mustRaise: ['admin_limit_reached'], traits: ['quotes_guidance', 'numbered_list_of_other_people', 'non_ascii_name', 'shared_mailbox_sender'] },
  });

  // 7 PCN admin, submitted by the ICB approver with a flat PDF form
  m.push({
    mailbox: mb, slug: 'pcn-admin-icb-approver-form', client: 'outlook', date: jan(7, 9, 30, 0),
    from: { name: 'WHITFIELD, Joanne (NHS PENNINE VALE ICB)', email: 'joanne.whitfield3@nhs.net' },
    subject: 'PCN user admin request - Rossendale North PCN',
    text: `Good morning

Please find attached a PCN user admin request for Rossendale North PCN, which I have approved. As your guidance requires, I am submitting it myself as a member of the ICB listed as an approver on the NHSE Authorised Email List.

Kind regards

Joanne Whitfield
Primary Care Contracts Manager
NHS Pennine Vale Integrated Care Board
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Rossendale North PCN - user admin request.pdf', content: await pcnFlat({
      pcnName: 'Rossendale North PCN', pcnCode: 'U27841', memberPractices: 'P81044, P81102, P81730',
      nomineeName: 'Aisha Begum', nomineeRole: 'PCN Operations Manager', nomineeEmail: 'aisha.begum7@nhs.net',
      icbName: 'NHS Pennine Vale ICB', approverName: 'Joanne Whitfield', approverRole: 'Primary Care Contracts Manager', approverEmail: 'joanne.whitfield3@nhs.net', onAel: 'Yes', date: '06/01/2027',
    }, 'Joanne Whitfield') }],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('U27841', 'pcn'),
      fields: { service: 'PCN', nominee: P('Aisha Begum', 'aisha.begum7@nhs.net'), approver: { ...P('Joanne Whitfield', 'joanne.whitfield3@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['pdf_flat', 'pdf_table', 'member_practice_codes', 'approver_is_sender'] },
  });

  // 8 PCN admin: reply to PCSE's request for information; the approver says she is not on the AEL
  m.push({
    mailbox: mb, slug: 'pcn-admin-reply-not-on-ael', client: 'outlook', date: jan(7, 16, 5, 31),
    from: { name: 'Callum Fraser', email: 'callum.fraser4@nhs.net' },
    cc: ['Lorna McBride <lorna.mcbride@nhs.net>'],
    inReplyTo: '<ack-PCSE-2027-004518@pcse.england.nhs.uk>',
    subject: 'RE: Your enquiry PCSE-2027-004518 - further information required',
    text: `Hi,

Thanks for coming back to us. You asked who is approving this. I have re-read your page and it says the form needs to be "approved and submitted to PCSE by a member of their ICB who is listed as an approver on the NHSE AEL". Lorna McBride, Head of Primary Care at the ICB, is happy to approve (she is copied in) but she has told me she is not on the AEL herself, and we don't know who is. Is that OK?

To recap:
PCN: Wyre Coast PCN (U61203)
Nominee: Callum Fraser (me), PCN Digital Transformation Lead, callum.fraser4@nhs.net
Approver: Lorna McBride, Head of Primary Care, NHS Lancashire Coast ICB, lorna.mcbride@nhs.net

Many thanks
Callum

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 06 January 2027 13:12
To: Callum Fraser <callum.fraser4@nhs.net>
Subject: Your enquiry PCSE-2027-004518 - further information required

Dear Callum,

Thank you for your email. PCN user admin requests must be approved and submitted by a member of your ICB listed as an approver on the NHSE Authorised Email List. Please provide the approver's details.

Kind regards
PCSE Online User Management Team
${NHSMAIL_FOOTER}`,
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('U61203', 'pcn'),
      fields: { service: 'PCN', nominee: P('Callum Fraser', 'callum.fraser4@nhs.net'), approver: { ...P('Lorna McBride', 'lorna.mcbride@nhs.net'), role: 'Head of Primary Care' } },
      mustRaise: ['approver_not_on_ael'], traits: ['reply_with_reference', 'quoted_pcse_text', 'quotes_guidance', 'nominee_is_sender', 'approver_in_cc'] },
  });

  // 9 main contact change, answered point by point
  m.push({
    mailbox: mb, slug: 'main-contact-gp-point-by-point', client: 'outlook', date: jan(8, 9, 2, 17),
    from: { name: 'Thornbury Moor Surgery', email: 'thornburymoor.surgery@nhs.net' },
    subject: 'Change of main contact',
    text: `Hello,

As per your website please see below to change our main contact:

Organisation code: B82044
Name of the new main contact: Mrs Yvonne Hartley
Email address of the new main contact: yvonne.hartley@nhs.net

Our previous main contact, Alan Pike, has now left the practice.

Thank you
Yvonne Hartley
Business Manager, Thornbury Moor Surgery
${NHSMAIL_FOOTER}`,
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('B82044', 'gp_practice'),
      fields: { newMainContact: P('Yvonne Hartley', 'yvonne.hartley@nhs.net') },
      mustRaise: [], traits: ['guidance_template', 'honorific', 'shared_mailbox_sender', 'old_contact_named'] },
  });

  // 10 main contact change, dental, quoting "an existing main contact cannot assign the role"
  m.push({
    mailbox: mb, slug: 'main-contact-dental-quote', client: 'gmail', date: jan(8, 13, 36, 2),
    from: { name: 'Marcus Bell', email: 'marcus@smilelanedental.co.uk' },
    subject: 'Main contact - Smile Lane Dental Care V104387',
    text: `Hi PCSE team

I'm the current main contact for Smile Lane Dental Care and I tried to pass the role over to my colleague in PCSE Online, but your page says "An existing main contact cannot assign the role to another user", so I am emailing as instructed.

Please make Natalia Kowalczyk the main contact in my place from 1st February:
natalia.kowalczyk@smilelanedental.co.uk

Our organisation code is V104387.

Best wishes
Marcus Bell
Practice Owner
Smile Lane Dental Care`,
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('V104387', 'dental_practice'),
      fields: { newMainContact: P('Natalia Kowalczyk', 'natalia.kowalczyk@smilelanedental.co.uk') },
      mustRaise: [], traits: ['quotes_guidance', 'future_date', 'non_nhs_domain'] },
  });

  // 11 main contact change, pharmacy, template with "(if applicable)" left in
  m.push({
    mailbox: mb, slug: 'main-contact-pharmacy-if-applicable', client: 'outlook', date: jan(11, 10, 15, 44),
    from: { name: 'Greenway Pharmacy (FV381)', email: 'greenway.pharmacy@nhs.net' },
    subject: 'New main contact - Greenway Pharmacy',
    text: `Dear PCSE

Please update the main contact for our pharmacy. Details:

Organisation code: FV381
Organisation name (if applicable): Greenway Pharmacy, 7 Market Place, Wetherby LS22 6LQ
Name of new main contact: Imran Qureshi (Pharmacist Manager)
Email address of new main contact: imran.qureshi1@nhs.net
Reason (if applicable): previous manager has moved to another branch

Regards
Greenway Pharmacy
01937 000 550
${NHSMAIL_FOOTER}`,
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('FV381', 'pharmacy'),
      fields: { newMainContact: P('Imran Qureshi', 'imran.qureshi1@nhs.net') },
      mustRaise: [], traits: ['guidance_template', 'template_left_in', 'job_title_in_brackets', 'shared_mailbox_sender'] },
  });

  // 12 verification link for a GP, confirming the GMC email as the page asks
  m.push({
    mailbox: mb, slug: 'verification-gp-gmc-email', client: 'iphone', date: jan(11, 19, 48, 9),
    from: { name: 'Sunil Rao', email: 'sunil.rao@nhs.net' },
    subject: 'New verification link please',
    text: `Hello

I never received the verification link for PCSE Online. As your page asks, I confirm my GMC registered email is sunil.rao@nhs.net (same as this one). GMC number 7034521.

I'm a salaried GP at Eastgate Surgery, K84052.

Thanks
Dr Sunil Rao

Sent from my iPhone`,
    expected: { kind: 'verification_link_resend', ignored: null, organisation: org('K84052', 'gp_practice'),
      fields: { accountEmail: 'sunil.rao@nhs.net', gmcNumber: '7034521' },
      mustRaise: [], traits: ['quotes_guidance', 'mobile_client', 'gmc_number'] },
  });

  // 13 verification link for a dental user admin's own account
  m.push({
    mailbox: mb, slug: 'verification-dental-admin-own', client: 'outlook', date: jan(12, 8, 55, 30),
    from: { name: 'Deborah Okafor', email: 'deborah.okafor@abbeygatedental.co.uk' },
    subject: 'Verification link not received - user admin',
    text: `Good morning,

I was set up as a user administrator for Abbeygate Dental Practice (V231560) last month but the link has either expired or never arrived, I have checked my junk folder. Your page says "Please ensure you only request for a new link for your own account" - this is for my own account, deborah.okafor@abbeygatedental.co.uk.

Kind regards
Deborah Okafor
Practice Manager
Abbeygate Dental Practice`,
    expected: { kind: 'verification_link_resend', ignored: null, organisation: org('V231560', 'dental_practice'),
      fields: { accountEmail: 'deborah.okafor@abbeygatedental.co.uk', gmcNumber: null },
      mustRaise: [], traits: ['quotes_guidance', 'non_nhs_domain'] },
  });

  // 14 verification link asked by a practice manager for a GP partner
  m.push({
    mailbox: mb, slug: 'verification-for-gp-partner', client: 'outlook', date: jan(12, 12, 10, 4),
    from: { name: 'FENWICK, Louise (MILLFIELD MEDICAL GROUP)', email: 'louise.fenwick@nhs.net' },
    subject: 'Verification link for Dr Rahman',
    text: `Hi,

I know your page says to only request a new link for your own account, but Dr Rahman is in clinic all week and has asked me to chase this for him. Could you please resend his PCSE Online verification link?

GP: Dr Ahmed Rahman
GMC registered email: ahmed.rahman@nhs.net
GMC number: 6129874
Practice: Millfield Medical Group, N81092

Thank you
Louise Fenwick
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'verification_link_resend', ignored: null, organisation: org('N81092', 'gp_practice'),
      fields: { accountEmail: 'ahmed.rahman@nhs.net', gmcNumber: '6129874' },
      mustRaise: ['not_own_account'], traits: ['on_behalf_of', 'quotes_guidance', 'labelled_fields'] },
  });

  // 15 account unlock, pharmacy, quoting the five-attempts sentence
  m.push({
    mailbox: mb, slug: 'unlock-pharmacy-five-attempts', client: 'outlook', date: jan(13, 9, 21, 48),
    from: { name: 'Olusegun Adeyemi', email: 'olusegun.adeyemi@nhs.net' },
    subject: 'Account locked - PCSE Online',
    text: `Hello,

"Entering your password incorrectly five times will lock your account. You will need to contact us to unlock your account."

That is what has happened to me this morning, sorry. Please unlock my account, username olusegun.adeyemi@nhs.net.

Castle Street Pharmacy, FQ247

Olusegun Adeyemi MRPharmS
Responsible Pharmacist
${NHSMAIL_FOOTER}`,
    expected: { kind: 'account_unlock', ignored: null, organisation: org('FQ247', 'pharmacy'),
      fields: { username: 'olusegun.adeyemi@nhs.net' },
      mustRaise: [], traits: ['quotes_guidance', 'post_nominals'] },
  });

  // 16 account unlock for a staff member without an email (non-email user name)
  m.push({
    mailbox: mb, slug: 'unlock-non-email-username', client: 'outlook', date: jan(13, 14, 2, 26),
    from: { name: 'Millbrook Surgery - Practice Manager', email: 'millbrook.pm@nhs.net' },
    subject: 'Please unlock user - Millbrook Surgery G82150',
    text: `Hi

One of our receptionists, Janet Oakes, does not have an email address so we set her up using the format in your guide (firstnamesurname@practicename). She has now locked herself out after too many attempts and as user admin I can't unlock it.

User name: janetoakes@millbrook

Practice: Millbrook Surgery, G82150

Thanks
Paula Greaves
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'account_unlock', ignored: null, organisation: org('G82150', 'gp_practice'),
      fields: { username: 'janetoakes@millbrook' },
      mustRaise: [], traits: ['non_email_username', 'on_behalf_of', 'quotes_guidance'] },
  });

  // 17 reactivation for a user administrator, quoting the FAQ
  m.push({
    mailbox: mb, slug: 'reactivate-gp-user-admin', client: 'outlook', date: jan(14, 10, 44, 0),
    from: { name: 'Hannah Stirling', email: 'hannah.stirling@nhs.net' },
    subject: 'Reactivate my account',
    text: `Dear PCSE,

My PCSE Online account has been deactivated, I think because I haven't logged in since the summer. Your FAQ says "If you are the User Administrator or Main Contact for your organisation, please contact us to reactivate it for you." I am the GPP Practice User Administrator for Lindenfield Health Centre (H81070).

My username is hannah.stirling@nhs.net

Thank you,
Hannah Stirling
Finance and Office Manager
Lindenfield Health Centre
${NHSMAIL_FOOTER}`,
    expected: { kind: 'account_reactivation', ignored: null, organisation: org('H81070', 'gp_practice'),
      fields: { username: 'hannah.stirling@nhs.net' },
      mustRaise: [], traits: ['quotes_guidance'] },
  });

  // 18 reactivation for an optical main contact
  m.push({
    mailbox: mb, slug: 'reactivate-optical-main-contact', client: 'applemail', date: jan(14, 16, 58, 13),
    from: { name: 'Michael Osei', email: 'm.osei@brightsideopticians.co.uk' },
    subject: 'Deactivated account - main contact',
    text: `Hello

I tried the Forgotten your login details link as suggested, but I get an error saying my account is deactivated. I'm the Main Contact for Brightside Opticians (TPB52), so I understand I need to ask you rather than our user admin.

Login: m.osei@brightsideopticians.co.uk

Regards
Michael Osei
Brightside Opticians
`,
    expected: { kind: 'account_reactivation', ignored: null, organisation: org('TPB52', 'ophthalmic_practice'),
      fields: { username: 'm.osei@brightsideopticians.co.uk' },
      mustRaise: [], traits: ['follows_guidance_steps', 'non_nhs_domain'] },
  });

  // 19 role removal asked of PCSE after reading the "Why am I receiving this email?" answer
  m.push({
    mailbox: mb, slug: 'role-removal-comms-misread', client: 'outlook', date: jan(15, 11, 7, 39),
    from: { name: 'Rebecca Holt', email: 'rebecca.holt@nhs.net' },
    subject: 'Please remove roles - not relevant to me',
    text: `Hi,

I keep getting PCSE emails about supplies and records. Your page says "If you believe this is not relevant to you, please speak to your organisation's PCSE Online User Administrator to remove any roles that you no longer require", but I've no idea who that is here, so please could you remove these roles from my account:

- Practice Order Entry Clerk
- Practice Records Movement Admin

Username: rebecca.holt@nhs.net
Fernhill Surgery, E85712

Thanks
Rebecca Holt
Medical Secretary
${NHSMAIL_FOOTER}`,
    expected: { kind: 'role_removal_request', ignored: null, organisation: org('E85712', 'gp_practice'),
      fields: { username: 'rebecca.holt@nhs.net', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin'] },
      mustRaise: [], traits: ['misreads_guidance', 'quotes_guidance', 'bulleted_list'] },
  });

  // 20 role removal for a leaver, optical
  m.push({
    mailbox: mb, slug: 'role-removal-optical-leaver', client: 'gmail', date: jan(15, 15, 20, 51),
    from: { name: 'Ruth Penhaligon', email: 'ruth@penhaligonoptometrists.co.uk' },
    subject: 'Remove roles for optometrist who has left',
    text: `Good afternoon,

Our optometrist James McAteer left us on 31 December. Could you please remove his Contractor Signatory and GOS Performer roles for our practice (Penhaligon Optometrists, TPF18)? His username is j.mcateer@penhaligonoptometrists.co.uk. He is staying on the performers list as he is moving to another practice so please don't remove him from that.

Many thanks
Ruth Penhaligon
Practice Owner`,
    expected: { kind: 'role_removal_request', ignored: null, organisation: org('TPF18', 'ophthalmic_practice'),
      fields: { username: 'j.mcateer@penhaligonoptometrists.co.uk', roles: ['Contractor Signatory', 'GOS Performer'] },
      mustRaise: [], traits: ['roles_in_prose', 'negated_request', 'mc_name'] },
  });

  // 21 genuine question: accountant access (a user administrator can do this)
  m.push({
    mailbox: mb, slug: 'question-accountant-access', client: 'outlook', date: jan(18, 9, 40, 2),
    from: { name: 'Sandra Whitley', email: 'sandra.whitley@nhs.net' },
    subject: 'Accountant access to GP pensions',
    text: `Hi

Our accountants (Harland & Co) have asked for access to PCSE Online so they can do the end of year pension forms. I saw the FAQ "Can my accountant upload GP Pension forms?" but it doesn't say which role the accountant needs or whether the GP still has to submit. Is it something you set up or do we do it? I'm not sure I have the right access.

Thanks
Sandra Whitley
Practice Manager, Orchard Lea Surgery (D82618)
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['genuine_question', 'quotes_guidance'] },
  });

  // 22 a request these mailboxes do not handle: unsubscribe from communications
  m.push({
    mailbox: mb, slug: 'unsubscribe-comms-wrong-mailbox', client: 'outlook', date: jan(18, 14, 13, 17),
    from: { name: 'Tariq Mahmood', email: 'tariq.mahmood2@nhs.net' },
    subject: 'Unsubscribe',
    text: `Please cancel my subscription to PCSE communications.

Email address: tariq.mahmood2@nhs.net
Organisation/ODS code: FK602
Communications subscribed to: Pharmacy news
Reason: no longer work in community pharmacy

Thanks
Tariq
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['wrong_mailbox', 'guidance_template', 'not_handled_here'] },
  });

  // 23 chaser carrying a reference
  m.push({
    mailbox: mb, slug: 'chaser-with-reference', client: 'outlook', date: jan(19, 10, 2, 45),
    from: { name: 'Daniel Whitcombe', email: 'daniel.whitcombe@nhs.net' },
    inReplyTo: '<ack-PCSE-2027-003377@pcse.england.nhs.uk>',
    subject: 'RE: PCSE-2027-003377 - we have received your enquiry',
    text: `Hi, just checking on the progress of this one - your acknowledgement said 5 working days and it has now been 10. We still have no GPP user admin.

Thanks
Daniel

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 04 January 2027 09:20
Subject: PCSE-2027-003377 - we have received your enquiry

Thank you for contacting Primary Care Support England. Your reference is PCSE-2027-003377. We aim to respond within 5 working days.
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['chaser', 'reply_with_reference', 'quoted_pcse_text'] },
  });

  // 24 out-of-office reply to PCSE's acknowledgement
  m.push({
    mailbox: mb, slug: 'auto-reply-out-of-office', client: 'outlook', date: jan(19, 10, 31, 0),
    from: { name: 'Karen Ashdown-Lee', email: 'karen.ashdownlee@nhs.net' },
    inReplyTo: '<ack-PCSE-2027-003402@pcse.england.nhs.uk>',
    subject: 'Automatic reply: PCSE-2027-003402 - we have received your enquiry',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'karen.ashdownlee@nhs.net']],
    text: `Thank you for your email. I am on annual leave until Monday 25th January with no access to emails.

For urgent practice matters please contact staldhelms.reception@nhs.net or call 01935 812 440.

Karen Ashdown-Lee
Practice Manager`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      mustRaise: [], traits: ['auto_reply', 'reference_in_subject'] },
  });

  // 25 practice email update sent here instead of datamanager
  m.push({
    mailbox: mb, slug: 'misdirected-practice-email', client: 'outlook', date: jan(20, 9, 5, 26),
    from: { name: 'Wellington Road Surgery', email: 'wellingtonroad.surgery@nhs.net' },
    subject: 'Update practice email address',
    text: `Hello

Following the steps on your website:

Practice name: Wellington Road Surgery
Practice code: C86019
Current practice email address: wellingtonroad.surgery@nhs.net
New practice email address: wellingtonrd.admin@nhs.net

The new address is our shared admin mailbox which several of us monitor.

Many thanks
Nicola Barraclough
Assistant Practice Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('C86019', 'gp_practice'),
      fields: { currentEmail: 'wellingtonroad.surgery@nhs.net', newEmail: 'wellingtonrd.admin@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'guidance_template', 'shared_mailbox_sender'] },
  });

  // 26 Open Exeter primary user form sent here instead of openexeter (flat, word-processor export)
  m.push({
    mailbox: mb, slug: 'misdirected-oe-primary-user-flat', client: 'outlook', date: jan(20, 12, 40, 8),
    from: { name: 'Ashby Lane Surgery', email: 'ashbylane.surgery@nhs.net' },
    subject: 'Open Exeter primary user form',
    text: `Dear PCSE,

Please find attached our completed Open Exeter Primary User request form, signed by Dr Whelan (GP Partner) at the bottom of page 1 as required.

Kind regards
Ashby Lane Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE Primary User - Ashby Lane.pdf', content: await oeGpFlat({
      orgName: 'Ashby Lane Surgery', orgCode: 'Y02791', address: '2 Ashby Lane, Loughborough, LE11 3AB', orgPhone: '01509 000 612',
      surname: 'Kaur', forenames: 'Jaspreet', jobTitle: 'Senior Receptionist / Cytology lead', email: 'jaspreet.kaur22@nhs.net', phone: '01509 000 615',
      signatoryName: 'Dr Conor Whelan', capacity: 'GP Partner', signatoryEmail: 'conor.whelan@nhs.net', date: '19/01/2027', signed: true,
    }, 'ALS Admin', true) }],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('Y02791', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: P('Jaspreet Kaur', 'jaspreet.kaur22@nhs.net'), signatory: { ...P('Conor Whelan', 'conor.whelan@nhs.net'), role: 'gp_partner' } },
      mustRaise: [], traits: ['misdirected', 'pdf_flat', 'surname_forename_fields', 'see_attached'] },
  });

  // 27 asking PCSE for something the practice's user admin does itself
  m.push({
    mailbox: mb, slug: 'create-user-request-not-handled', client: 'outlook', date: jan(21, 11, 18, 32),
    from: { name: 'Joanne Eccles', email: 'joanne.eccles@nhs.net' },
    subject: 'New user for PCSE Online',
    text: `Hello

Please can you create a PCSE Online account for our new receptionist so she can order supplies.

Name: Leah Morton
Email: leah.morton3@nhs.net
Role: Practice Order Entry Clerk
Practice: Ribble Bank Surgery, P81730

Thank you
Joanne Eccles
Reception Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['not_handled_here', 'self_service_asked_of_pcse', 'labelled_fields'] },
  });

  // 28 PCN nomination where the PCN code given is the lead practice's code
  m.push({
    mailbox: mb, slug: 'pcn-admin-practice-code', client: 'outlook', date: jan(21, 15, 2, 11),
    from: { name: 'ASHWORTH, Neil (NHS SOUTH MERCIA ICB)', email: 'neil.ashworth@nhs.net' },
    subject: 'PCN user admin - Severn Fields PCN',
    text: `Dear PCSE

I am an ICB approver on the NHSE Authorised Email List and I approve the following PCN user admin request, which the PCN has asked me to submit:

PCN name: Severn Fields PCN
PCN ODS code: M82007
Nominated PCN user admin: Bethany Pugh, PCN Manager
Email: bethany.pugh@nhs.net

Regards

Neil Ashworth
Senior Primary Care Manager
NHS South Mercia Integrated Care Board
${NHSMAIL_FOOTER}`,
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('M82007', 'gp_practice'),
      fields: { service: 'PCN', nominee: P('Bethany Pugh', 'bethany.pugh@nhs.net'), approver: { ...P('Neil Ashworth', 'neil.ashworth@nhs.net'), role: 'Senior Primary Care Manager' } },
      mustRaise: ['ods_type_mismatch'], traits: ['approver_is_sender', 'labelled_fields', 'nhsmail_display_name'] },
  });

  return m;
}
