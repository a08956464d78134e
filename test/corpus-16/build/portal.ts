// pcse.portalenquiries@nhs.net: front-line practice staff, ARRS staff, a locum and a trainee, independent opticians
// and pharmacies.
import { NHSMAIL_DISCLAIMER, make, org, person, type Email } from './common.js';
import { outlookHtml, pdfLeaf } from './lib.js';
import { gppCertPrinted, optoNominationFillable } from './pdfs.js';
import { gppCertPhonePhoto, pcnFormScan } from './scans.js';

const M = 'portalenquiries' as const;
const none: string[] = [];

export async function portalEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------------------------------------
  const photo = await gppCertPhonePhoto({
    practiceName: 'The Willows Surgery', practiceCode: 'J82046', practiceAddress: '2 Mill Lane, Fareham, PO16 7QX',
    nomineeName: 'Chloe Barnard', nomineeTitle: 'Reception Supervisor', nomineeEmail: 'chloe.barnard@nhs.net', nomineePhone: '01329 555 210',
    approverName: 'Dr Emeka Okafor', approverRole: 'GP Partner', approverEmail: 'emeka.okafor@nhs.net', signed: true, date: '18/11/2026',
  }, 'p001', '2026-11-18T16:41:07Z');
  out.push(make(M, {
    slug: 'gpp-form-phone-photo', client: 'iphone',
    from: { name: 'Kelly Dunn', email: 'kelly.dunn3@nhs.net' },
    subject: 'GPP admin form', date: '2026-11-18T16:44:51Z',
    text: `Hi

Please see attached form for GPP user admin for Chloe. Sorry its a photo, our scanner is playing up again. Dr Okafor has signed it.

Thanks
Kelly
Reception
The Willows Surgery

Sent from my iPhone`,
    opts: { attachments: [pdfLeaf('IMG_4471.pdf', photo, 'apple')] },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('J82046', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Chloe Barnard', 'chloe.barnard@nhs.net'), approver: { ...person('Emeka Okafor', 'emeka.okafor@nhs.net'), role: 'GP Partner' } },
      mustRaise: none, traits: ['scan_phone_photo', 'image_only_pdf', 'see_attached', 'iphone_mail', 'code_only_in_form'],
    },
  }));

  // 002 ---------------------------------------------------------------------------------------------
  const printed = await gppCertPrinted({
    practiceName: 'Ashgrove & Millbrook Medical Centre', practiceCode: '', practiceAddress: '112 Ashgrove Road, Kings Heath, Birmingham, B14 7RE',
    nomineeName: 'Leanne Whitfield', nomineeTitle: 'Assistant Practice Manager', nomineeEmail: 'leanne.whitfield@nhs.net', nomineePhone: '0121 555 0387',
    approverName: 'Dr Harjit Sandhu', approverRole: 'Senior Partner', approverEmail: 'harjit.sandhu@nhs.net', signed: true, date: '19/11/2026',
    typedSignature: 'H Sandhu',
  }, { fileUrl: 'file:///C:/Users/lwhitfield/Downloads/GPP_Practice_User_Admin_Certification_v3.pdf', printedAt: '19/11/2026, 14:02', date: '2026-11-19T14:02:33Z' });
  out.push(make(M, {
    slug: 'gpp-form-browser-flattened', client: 'outlook',
    from: { name: 'WHITFIELD, Leanne (ASHGROVE & MILLBROOK MEDICAL CENTRE)', email: 'leanne.whitfield@nhs.net' },
    subject: 'GPP Practice User Admin form - M85 019', date: '2026-11-19T14:09:12Z',
    text: `Good afternoon,

Please could you:

1. Set me up as GPP Practice User Administrator for Ashgrove & Millbrook Medical Centre (form attached, signed by Dr Sandhu our senior partner)
2. Let me know once its done so I can submit our new salaried GP's joiner form

I think I've left the practice code off the form, sorry - it's in the subject line.

Many thanks

Leanne Whitfield
Assistant Practice Manager
Ashgrove & Millbrook Medical Centre
Tel 0121 555 0387

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('GPP_Practice_User_Admin_Certification_v3.pdf', printed)] },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('M85019', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Leanne Whitfield', 'leanne.whitfield@nhs.net'), approver: { ...person('Harjit Sandhu', 'harjit.sandhu@nhs.net'), role: 'Senior Partner' } },
      mustRaise: none, traits: ['pdf_print_to_pdf_flattened', 'code_only_in_subject', 'spaced_code', 'numbered_list', 'ampersand_name', 'nominee_is_sender'],
    },
  }));

  // 003 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'pl-admin-name-role-email', client: 'outlook',
    from: { name: 'MOSS, Angela (THE BEECHES MEDICAL CENTRE)', email: 'angela.moss2@nhs.net' },
    cc: [{ name: 'MARSH, Ruth (THE BEECHES MEDICAL CENTRE)', email: 'ruth.marsh@nhs.net' }],
    subject: 'PL Organisation Admin - The Beeches', date: '2026-11-16T10:22:40Z',
    text: `Hi there,

Dr Marsh (our CQC Registered Manager, copied in) has asked me to email you to request the following person is set up as PL Organisation Administrator for the practice:

Karen Doyle - Assistant Practice Manager - karen.doyle7@nhs.net

Practice: The Beeches Medical Centre, ODS b 82 031

We haven't had a PL admin since our old PM left in the summer.

Kind regards

Angela Moss
Medical Secretary to Dr R Marsh
The Beeches Medical Centre | 14 Beech Grove | Harrogate | HG2 0LP
01423 555 019

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('B82031', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Karen Doyle', 'karen.doyle7@nhs.net'), approver: { ...person('Ruth Marsh', 'ruth.marsh@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: none, traits: ['name_role_email_line', 'spaced_lowercase_code', 'approver_cc', 'secretary_on_behalf'],
    },
  }));

  // 004 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'pl-admin-see-below', client: 'outlook',
    from: { name: 'HARPER, Dean (CASTLE STREET SURGERY)', email: 'dean.harper@nhs.net' },
    subject: 'FW: PL admin for Tom', date: '2026-11-25T08:31:02Z',
    text: `Hi PCSE,

See below from Dr Farouk, can you action please?

Thanks, Dean

Dean Harper | Reception Lead | Castle Street Surgery

From: FAROUK, Nadia (CASTLE STREET SURGERY) <nadia.farouk@nhs.net>
Sent: 24 November 2026 17:48
To: HARPER, Dean (CASTLE STREET SURGERY) <dean.harper@nhs.net>
Subject: PL admin for Tom

Dean,

Can you email PCSE and ask them to make Tom Oyelaran a PL Organisation Administrator please, now that he's taken over the performers list stuff from Sue. His email is tom.oyelaran@nhs.net. As CQC Registered Manager I approve this - they can contact me if they need to.

Practice code is K81022 if they ask.

Thanks
Nadia

Dr Nadia Farouk
Castle Street Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('K81022', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Tom Oyelaran', 'tom.oyelaran@nhs.net'), approver: { ...person('Nadia Farouk', 'nadia.farouk@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: none, traits: ['see_below_forward', 'details_only_in_quote', 'approval_in_quote'],
    },
  }));

  // 005 ---------------------------------------------------------------------------------------------
  const opto = await optoNominationFillable({
    practiceName: 'Harrow Lane Opticians', code: 'TPR27', address: '9 Harrow Lane, Maidenhead, SL6 4QE',
    nomineeName: 'Gemma Crossley', nomineeEmail: 'gemma@harrowlaneopticians.co.uk', nomineePhone: '01628 555 940',
    opto: true, pl: false, holderName: 'Sunil Mehra', holderEmail: 'sunil@harrowlaneopticians.co.uk', date: '20/11/2026',
  }, '2026-11-20T09:15:00Z');
  out.push(make(M, {
    slug: 'opto-admin-fillable-generic-fields', client: 'outlook',
    from: { name: 'Harrow Lane Opticians', email: 'info@harrowlaneopticians.co.uk' },
    subject: 'OPTO user admin nomination – Harrow Lane', subjectMode: 'Q', date: '2026-11-20T09:26:45Z',
    text: `Dear Sir/Madam

Please find attached our nomination form for a OPTO user admin. Gemma will be taking over the GOS claims from January.

Regards

Sunil Mehra BSc MCOptom
Director / Optometrist
Harrow Lane Opticians
9 Harrow Lane, Maidenhead, SL6 4QE
01628 555 940
`,
    opts: { attachments: [pdfLeaf('OPTO admin nomination - Harrow Lane.pdf', opto)] },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPR27', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Gemma Crossley', 'gemma@harrowlaneopticians.co.uk'), approver: { ...person('Sunil Mehra', 'sunil@harrowlaneopticians.co.uk'), role: 'Contract Holder' } },
      mustRaise: none, traits: ['pdf_acroform', 'generic_field_names', 'shared_mailbox_sender', 'non_nhs_domain', 'independent_optician'],
    },
  }));

  // 006 ---------------------------------------------------------------------------------------------
  const table006 = `+-----------------+---------------------+-----------------------------------+
| Name            | Role                | Email                             |
+-----------------+---------------------+-----------------------------------+
| Farah Qureshi   | Contract holder     | farah@brighteyes-opticians.co.uk  |
| Daniel Qureshi  | Optometrist         | daniel@brighteyes-opticians.co.uk |
| Lorna Haigh     | Practice manager    | lorna@brighteyes-opticians.co.uk  |
| Stephen Wu      | Dispensing optician | stephen@brighteyes-opticians.co.uk|
+-----------------+---------------------+-----------------------------------+`;
  const text006 = `Hello,

I'm the contract holder at Bright Eyes Opticians (TPM08). Could you please add Priya Nair (priya.nair@brighteyes-opticians.co.uk) as an Opto User Management (Organisation) admin for us.

Our current admins on PCSE Online are:

${table006}

Lorna is going on maternity leave in the new year but we'd like to keep her on for now as she'll be coming back.

Thanks,
Farah

Farah Qureshi
Bright Eyes Opticians | 27 Market Street | Hebden Bridge | HX7 6AA`;
  out.push(make(M, {
    slug: 'opto-admin-fifth-ascii-table', client: 'outlook',
    from: { name: 'Farah Qureshi', email: 'farah@brighteyes-opticians.co.uk' },
    subject: 'Add OPTO user admin - Bright Eyes Opticians TPM08', date: '2026-11-23T19:52:18Z',
    text: text006,
    opts: { html: outlookHtml(text006, { mono: true }) },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPM08', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Priya Nair', 'priya.nair@brighteyes-opticians.co.uk'), approver: { ...person('Farah Qureshi', 'farah@brighteyes-opticians.co.uk'), role: 'Contract holder' } },
      mustRaise: ['admin_limit_reached'], traits: ['ascii_table', 'admin_count_in_table', 'independent_optician', 'non_nhs_domain'],
    },
  }));

  // 007 ---------------------------------------------------------------------------------------------
  const pcn = await pcnFormScan({
    pcnName: 'Riverbend PCN', pcnCode: 'U47213', leadPractice: 'Riverside Surgery, Stroud', nomineeName: 'Aisha Rahman',
    nomineeRole: 'Clinical Pharmacist (ARRS)', nomineeEmail: 'aisha.rahman4@nhs.net', approverName: 'Graham Lister',
    approverTitle: 'Primary Care Contracts Manager', icb: 'NHS Severn Vale ICB', approverEmail: 'graham.lister@nhs.net', ael: true, date: '17/11/2026',
  }, 'p007', '2026-11-17T12:03:00Z');
  out.push(make(M, {
    slug: 'pcn-admin-icb-scan', client: 'outlook',
    from: { name: 'RAHMAN, Aisha (RIVERBEND PCN)', email: 'aisha.rahman4@nhs.net' },
    cc: [{ name: 'LISTER, Graham (NHS SEVERN VALE ICB)', email: 'graham.lister@nhs.net' }],
    subject: 'PCN user admin request - Riverbend PCN', date: '2026-11-17T13:40:29Z',
    text: `Hi,

I'm one of the clinical pharmacists employed by Riverbend PCN (ARRS role). We don't currently have a PCN user admin on PCSE Online and our CD has asked me to take this on.

Attached is the form approved by Graham Lister at the ICB (cc'd) - he's on the AEL.

Kind regards
Aisha Rahman
Clinical Pharmacist | Riverbend Primary Care Network
Mob: 07700 900 412

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('Scan_20261117_1203.pdf', pcn)] },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U47213', 'pcn'),
      fields: { service: 'PCN', nominee: person('Aisha Rahman', 'aisha.rahman4@nhs.net'), approver: { ...person('Graham Lister', 'graham.lister@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: none, traits: ['image_only_pdf', 'mfd_scan', 'arrs_staff', 'approver_cc', 'nominee_is_sender'],
    },
  }));

  // 008 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'pcn-admin-cd-approves', client: 'outlook',
    from: { name: 'KETTERING, Josh (TAMSWORTH NORTH PCN)', email: 'josh.kettering@nhs.net' },
    cc: [{ name: 'ACHEBE, Miriam (FERNDALE SURGERY)', email: 'miriam.achebe@nhs.net' }],
    subject: 'PCN admin access', date: '2026-11-26T11:05:55Z',
    text: `Hi PCSE team

Could I please be set up as the PCN user admin for our PCN on PCSE Online? Details:

• Name: Josh Kettering
• Role: Social Prescribing Link Worker (ARRS)
• Email: josh.kettering@nhs.net

We tried to get someone at the ICB to approve the form but nobody has come back to us in 6 weeks, so our Clinical Director Dr Achebe (copied) has approved it instead - hope that's ok!

Thanks
Josh

Josh Kettering
Social Prescribing Link Worker
Tamsworth North PCN (U60518)
Hosted by Ferndale Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U60518', 'pcn'),
      fields: { service: 'PCN', nominee: person('Josh Kettering', 'josh.kettering@nhs.net'), approver: { ...person('Miriam Achebe', 'miriam.achebe@nhs.net'), role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['bulleted_list', 'code_only_in_signature', 'arrs_staff', 'approver_cc', 'nominee_is_sender'],
    },
  }));

  // 009 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'main-contact-hr-notification', client: 'outlook',
    from: { name: 'PRYCE, Shannon (GREENHILL SURGERY)', email: 'shannon.pryce@nhs.net' },
    subject: 'H81 077 - change of main contact', date: '2026-11-30T09:12:37Z',
    text: `Hi,

Please can you change our main contact to our new practice manager, details in the HR notification below. Sandra (current main contact) left on Friday.

Thanks
Shannon Pryce
Administrator, Greenhill Surgery

-----Original Message-----
From: PeopleDesk HR <notifications@peopledesk-hr.co.uk>
Sent: 23 November 2026 07:00
To: Greenhill Surgery Admin
Subject: [PeopleDesk] New starter confirmed: Deborah Ellis

*** This is an automated message from PeopleDesk HR. Please do not reply. ***

NEW STARTER NOTIFICATION
------------------------
Employee name ....... Deborah Ellis
Job title ........... Practice Manager
Department .......... Management
Site ................ Greenhill Surgery
Start date .......... Monday 7th December 2026
Line manager ........ Dr P Venkatesh
NHSmail ............. deborah.ellis12@nhs.net
Smartcard required .. Yes

ACTIONS FOR SITE ADMIN
 [ ] Add to rota
 [x] Request NHSmail / Smartcard
 [ ] Update system access (EMIS, PCSE, Open Exeter)

-----Original Message-----
From: PeopleDesk HR <notifications@peopledesk-hr.co.uk>
Sent: 16 November 2026 07:00
To: Greenhill Surgery Admin
Subject: [PeopleDesk] Leaver confirmed: Sandra Pike

LEAVER NOTIFICATION
-------------------
Employee name ....... Sandra Pike
Job title ........... Practice Manager
Last working day .... Friday 27th November 2026
NHSmail ............. sandra.pike@nhs.net

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('H81077', 'gp_practice'),
      fields: { newMainContact: person('Deborah Ellis', 'deborah.ellis12@nhs.net') },
      mustRaise: none, traits: ['hr_system_notification', 'code_only_in_subject', 'spaced_code', 'dot_leaders', 'leaver_and_joiner'],
    },
  }));

  // 010 ---------------------------------------------------------------------------------------------
  const text010 = `Hello,

Please update the main contact for our practice as below (our old PM Graham has retired):

Practice\tODS code\tNew main contact\tEmail address
St. Luke's Health Centre\tP87006\tHannah Kowalczyk\thannah.kowalczyk@nhs.net

Hannah is our new Operations Manager and starts Monday 30th.

Many thanks,
Marcus Webb
Admin Lead`;
  const html010 = outlookHtml(text010).replace(
    /<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Arial&quot;,sans-serif">Practice&nbsp;[\s\S]*?hannah\.kowalczyk@nhs\.net<o:p><\/o:p><\/span><\/p>/,
    `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Practice</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>ODS code</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>New main contact</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Email address</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">St. Luke&#8217;s Health Centre</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">P87006</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Hannah Kowalczyk</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:hannah.kowalczyk@nhs.net">hannah.kowalczyk@nhs.net</a></p></td></tr>
</table>`,
  );
  out.push(make(M, {
    slug: 'main-contact-tab-table', client: 'outlook',
    from: { name: 'WEBB, Marcus (ST. LUKE\'S HEALTH CENTRE)', email: 'marcus.webb3@nhs.net' },
    subject: 'Main contact update', date: '2026-11-24T15:18:09Z',
    text: text010, opts: { html: html010 },
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('P87006', 'gp_practice'),
      fields: { newMainContact: person('Hannah Kowalczyk', 'hannah.kowalczyk@nhs.net') },
      mustRaise: none, traits: ['tab_separated_columns', 'html_table', 'calendar_date'],
    },
  }));

  // 011 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'main-contact-pharmacy-trading-name', client: 'owa',
    from: { name: 'GREENWAY PHARMACY (FQ341)', email: 'pharmacy.fq341@nhs.net' },
    subject: 'Main contact', date: '2026-11-20T12:47:31Z',
    text: `Hi

We are Kapoor Chemists Ltd t/a Greenway Pharmacy, ODS fq3 41.

Can you please change our PCSE main contact from me to our new pharmacy manager Amrit Sahota, amrit.sahota@nhs.net, as I am stepping back from day to day running of the shop.

Thanks
Rakesh Kapoor MRPharmS
Superintendent / Owner

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('FQ341', 'pharmacy'),
      fields: { newMainContact: person('Amrit Sahota', 'amrit.sahota@nhs.net') },
      mustRaise: none, traits: ['trading_name', 'spaced_lowercase_code', 'shared_mailbox_sender', 'independent_pharmacy'],
    },
  }));

  // 012 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'verification-locum-gmail', client: 'gmail',
    from: { name: 'Seun Adeyemi', email: 'seun.adeyemi.gp@gmail.com' },
    subject: 'Verification link not recieved', date: '2026-11-21T08:03:14Z',
    text: `Hello,

I'm a locum GP and I have never received the PCSE Online verification link. I've checked my junk folder. My GMC number is 7654321 and my GMC registered email is this one (seun.adeyemi.gp@gmail.com).

Could you please resend it?

Many thanks
Dr Oluwaseun Adeyemi
Locum GP`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'seun.adeyemi.gp@gmail.com', gmcNumber: '7654321' },
      mustRaise: none, traits: ['locum', 'personal_webmail', 'gmc_number', 'misspelt_subject'],
    },
  }));

  // 013 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'verification-gp-trainee-mobile', client: 'outlook-ios',
    from: { name: 'Bethany Lorimer', email: 'bethany.lorimer@nhs.net' },
    subject: 'Re-send verification link please 🙏', date: '2026-11-27T21:36:48Z',
    text: `Hi, I'm a GP registrar (ST3) at The Old Forge Surgery - I think my verification link expired before I got round to using it 🙈 could you send me a new one? This nhs.net address is the one registered with the GMC.

Thanks, Beth

Dr Bethany Lorimer
GPST3, The Old Forge Surgery (l83117)

Get Outlook for iOS`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('L83117', 'gp_practice'),
      fields: { accountEmail: 'bethany.lorimer@nhs.net', gmcNumber: null },
      mustRaise: none, traits: ['gp_trainee', 'outlook_mobile', 'base64_body', 'lowercase_code', 'code_only_in_signature', 'emoji'],
    },
  }));

  // 014 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'verification-secretary-for-gp', client: 'outlook',
    from: { name: 'GREAVES, Paula (FERNBANK MEDICAL CENTRE)', email: 'paula.greaves@nhs.net' },
    subject: 'Verification link for Dr Bhatt', date: '2026-11-19T08:55:21Z',
    text: `Good morning

Dr Anjali Bhatt has asked me to email on her behalf as she is in clinic all day. She has not received the verification email to set up her PCSE Online account. Can you please send a new link to her GMC email address anjali.bhatt1@nhs.net. Her GMC no. is 6091234.

Kind regards
Paula Greaves
Medical Secretary
Fernbank Medical Centre
D82 044

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('D82044', 'gp_practice'),
      fields: { accountEmail: 'anjali.bhatt1@nhs.net', gmcNumber: '6091234' },
      mustRaise: ['not_own_account'], traits: ['secretary_on_behalf', 'spaced_code', 'code_only_in_signature'],
    },
  }));

  // 015 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'unlock-second-request', client: 'outlook',
    from: { name: 'CLARKE, Jodie (ORCHARD HOUSE SURGERY)', email: 'jodie.clarke9@nhs.net' },
    subject: '2nd request - RE: PCSE Online account locked', date: '2026-11-26T14:20:03Z',
    text: `2nd request - please could someone look at this, I still can't get in and we have supplies to order before Friday.

Thanks
Jodie

From: CLARKE, Jodie (ORCHARD HOUSE SURGERY)
Sent: 23 November 2026 09:12
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: PCSE Online account locked

Hi,

I've locked myself out of PCSE Online (too many wrong passwords after the reset). Username is jodie.clarke9@nhs.net. Orchard House Surgery, N81093.

Could you unlock it please?

Thanks
Jodie Clarke
Receptionist / Supplies

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('N81093', 'gp_practice'),
      fields: { username: 'jodie.clarke9@nhs.net' },
      mustRaise: none, traits: ['chaser_with_full_request', 'second_request', 'details_only_in_quote'],
    },
  }));

  // 016 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'unlock-bullets-short-code', client: 'outlook',
    from: { name: 'O\'DOWD, Maureen (BROOKSIDE HEALTH CENTRE)', email: 'maureen.odowd@nhs.net' },
    subject: 'Locked out!!', date: '2026-12-01T07:58:44Z',
    text: `Hello,

Please can you unlock my PCSE account, details below:

- Name: Maureen O'Dowd
- Username: maureen.odowd@nhs.net
- Practice: Brookside Health Centre (G8512)
- Problem: says account locked after 5 attempts

I do the nursing supplies orders so need it back asap please.

Many thanks
Maureen
Practice Nurse Lead

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('G8512', 'gp_practice'),
      fields: { username: 'maureen.odowd@nhs.net' },
      mustRaise: ['ods_invalid'], traits: ['bulleted_list', 'malformed_code', 'apostrophe_name', 'nurse_lead'],
    },
  }));

  // 017 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'reactivation-gpp-admin', client: 'outlook',
    from: { name: 'BROOKS, Natalie (IVY LANE SURGERY)', email: 'natalie.brooks@nhs.net' },
    subject: 'Account deactivated - GPP user admin', date: '2026-11-17T11:33:50Z',
    text: `Hi,

My PCSE Online account has been deactivated - I don't log in very often as I only use it for the pensions stuff at year end. I am one of the GPP Practice User Administrators for Ivy Lane Surgery (E85627) so I understand I need to ask you to reactivate it.

Username: natalie.brooks@nhs.net

Thank you
Natalie Brooks
Assistant Practice Manager
Ivy Lane Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('E85627', 'gp_practice'),
      fields: { username: 'natalie.brooks@nhs.net' },
      mustRaise: none, traits: ['assistant_practice_manager', 'labelled_username'],
    },
  }));

  // 018 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'reactivation-extended-access-hub', client: 'outlook-ios',
    from: { name: 'Gareth Lomax', email: 'gareth.lomax1@nhs.net' },
    subject: 'pcse account', date: '2026-11-28T10:14:27Z',
    text: `Hi my account on PCSE online has been deactivated, I'm the main contact for Lea Valley PCN extended access hub (PCN code E84061). Can u reactivate pls. User name gareth.lomax1@nhs.net

Gareth Lomax
Extended Access Hub Coordinator
Lea Valley PCN

Get Outlook for Android`,
    opts: { html: false },
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('E84061', 'gp_practice'),
      fields: { username: 'gareth.lomax1@nhs.net' },
      mustRaise: ['ods_type_mismatch'], traits: ['extended_access_provider', 'pcn_with_practice_code', 'outlook_mobile', 'base64_body', 'text_speak'],
    },
  }));

  // 019 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'role-removal-bullets', client: 'outlook',
    from: { name: 'BECKETT, Sharon (PARKVIEW SURGERY)', email: 'sharon.beckett@nhs.net' },
    subject: 'Remove roles - Gary Fenton', date: '2026-11-18T13:02:11Z',
    text: `Hi

Gary Fenton has moved from our admin team to reception so no longer needs the following PCSE Online roles:
* Joiner & Leaver
* Practice Estimate and Salary Change

His username is gary.fenton@nhs.net. Could you remove them please? He should keep his other access.

Thanks
Sharon Beckett
Admin Lead, Parkview Surgery (C82014)

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('C82014', 'gp_practice'),
      fields: { username: 'gary.fenton@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: none, traits: ['bulleted_list', 'code_only_in_signature'],
    },
  }));

  // 020 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'role-removal-ticketing-system', client: 'system',
    from: { name: 'The Elms Medical Practice - IT Requests', email: 'elms.itrequests@nhs.net' },
    subject: '[Ticket #4471] Leaver - remove system access (Kieran Doherty)', date: '2026-12-02T16:30:00Z',
    extraHeaders: [['X-Mailer', 'HelpDeskLite 6.2'], ['Auto-Submitted', 'auto-generated'], ['X-Ticket-ID', '4471'], ['Reply-To', 'elms.itrequests+4471@nhs.net']],
    text: `##- Please type your reply above this line -##

[Ticket #4471] Leaver - remove system access
Status: Open    Priority: Normal    Assigned to: Sophie Tan (Assistant Practice Manager)

This request was raised through the Elms practice request portal.

----------------------------------------------------------------
Request type:   Staff leaver - remove access
Raised by:      Sophie Tan
Staff member:   Kieran Doherty
Job title:      Practice Administrator
Leaving date:   Fri 4th December 2026
Email:          kieran.doherty@nhs.net
Practice:       The Elms Medical Practice (M91614)

Systems:
  EMIS Web .................. disable login
  NHSmail ................... leaver process (PM)
  PCSE Online ............... remove roles: PL Practice Manager, Practice Records Movement Admin
  Open Exeter ............... n/a
----------------------------------------------------------------

Comment from Sophie Tan (2 Dec 2026 16:29):
PCSE - please can you remove Kieran's PCSE roles above from the 4th. Thanks, Sophie

You are receiving this because pcse.portalenquiries@nhs.net was added as a watcher on ticket #4471.
`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('M91614', 'gp_practice'),
      fields: { username: 'kieran.doherty@nhs.net', roles: ['PL Practice Manager', 'Practice Records Movement Admin'] },
      mustRaise: none, traits: ['ticketing_system', 'auto_generated', 'dot_leaders', 'calendar_date'],
    },
  }));

  // 021 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'practice-email-misdirected', client: 'owa',
    from: { name: 'GORDON, Rachel (CHURCH VIEW SURGERY)', email: 'rachel.gordon5@nhs.net' },
    subject: 'Update practice email address – Church View Surgery', date: '2026-11-16T14:45:19Z',
    text: `Hello

Can you update our practice email address please.

Practice name: Church View Surgery
Practice code: P81 203
Current practice email: churchview.surgery@nhs.net
New practice email: lancs.churchviewsurgery@nhs.net

(Rach - check with Dr G if we need to tell them about the Moss Lane site as well??)

The old one is being closed down at the end of the month.

Regards
Rachel Gordon
Secretary

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('P81203', 'gp_practice'),
      fields: { currentEmail: 'churchview.surgery@nhs.net', newEmail: 'lancs.churchviewsurgery@nhs.net' },
      mustRaise: none, traits: ['misdirected', 'internal_note_left_in', 'spaced_code', 'labelled_lines'],
    },
  }));

  // 022 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'main-contact-plus-email-change', client: 'outlook',
    from: { name: 'BARKER, Louise (HOLLY TREE MEDICAL CENTRE)', email: 'louise.barker@nhs.net' },
    subject: 'Main contact + practice email', date: '2026-11-25T12:11:42Z',
    text: `Hi both requests below for Holly Tree Medical Centre (K83 620):

1) Main contact - please change to Jade Okonkwo (Practice Manager), jade.okonkwo@nhs.net. She replaces Carol who retired last month.
2) Practice email - our new shared inbox is hollytree.mc@nhs.net (old one hollytreemc.admin@nhs.net)

If 2) needs to go to a different team please can you pass it on.

Thanks
Louise Barker
Assistant Practice Manager

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('K83620', 'gp_practice'),
      fields: { newMainContact: person('Jade Okonkwo', 'jade.okonkwo@nhs.net') },
      mustRaise: none, traits: ['two_requests_one_for_this_mailbox', 'numbered_list', 'spaced_code'],
    },
  }));

  // 023 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'dental-asks-about-gp-access', client: 'gmail',
    from: { name: 'Smile Street Dental', email: 'reception.smilestreetdental@gmail.com' },
    subject: 'Access question', date: '2026-11-20T15:58:06Z',
    text: `Hi,

We're a dental practice (V0 24 611) and one of our dentists also does some GP out of hours sessions. How does she get access to PCSE Online for the GP side, does she need a seperate log in or can we add it from our dental account?

Also is there a way to see a patient's GP details on the portal?

Thanks
Kasia
Smile Street Dental`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: none, traits: ['wrong_service', 'pure_question', 'dental'],
    },
  }));

  // 024 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'chaser-any-update-with-ref', client: 'outlook',
    from: { name: 'FAIRWEATHER, Kirsty (THE GREEN SURGERY)', email: 'kirsty.fairweather@nhs.net' },
    subject: 'RE: PCSE-2026-004183 - User administrator request - any update?', date: '2026-12-03T09:40:12Z',
    text: `Hi, any update on this please? It's been nearly 2 weeks.

Thanks
Kirsty

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 19 November 2026 10:02
To: FAIRWEATHER, Kirsty (THE GREEN SURGERY) <kirsty.fairweather@nhs.net>
Subject: PCSE-2026-004183 - User administrator request

Thank you for your email. Your request has been logged with reference PCSE-2026-004183. Please quote this reference in any further correspondence.

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: none, traits: ['chaser', 'case_reference', 'any_update'],
    },
  }));

  // 025 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'auto-reply-gp', client: 'outlook',
    from: { name: 'OKORO, Helen (Dr) (MEADOWSIDE SURGERY)', email: 'helen.okoro@nhs.net' },
    subject: 'Automatic reply: PCSE Online - your verification link', date: '2026-11-24T07:00:31Z',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'helen.okoro@nhs.net']],
    text: `Thank you for your email. I am on annual leave until Monday 7th December with no access to email.

For urgent clinical matters please contact the surgery on 01904 555 300. For admin queries please email meadowside.admin@nhs.net.

Dr Helen Okoro`,
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      mustRaise: none, traits: ['auto_reply', 'calendar_date'],
    },
  }));

  // 026 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'question-arrs-paramedic', client: 'owa',
    from: { name: 'REID, Ciarán (CASTLEFORD & DISTRICT PCN)', email: 'ciaran.reid2@nhs.net' },
    subject: 'Do I need a PCSE account?', date: '2026-11-30T13:27:58Z',
    text: `Hi,

I'm a first contact paramedic employed by our PCN under ARRS and I work across 4 practices. Do I need my own PCSE Online account for anything, and if so who sets it up - the PCN or each of the practices?

Thanks
Ciarán Reid
First Contact Practitioner (Paramedic)

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: none, traits: ['pure_question', 'arrs_staff'],
    },
  }));

  // 027 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'main-contact-auth-fail', client: 'owa', auth: 'fail',
    from: { name: 'Dr A Ndlovu', email: 'a.ndlovu@nhs.net' },
    subject: 'URGENT main contact change', date: '2026-12-04T17:55:02Z',
    text: `Dear PCSE,

URGENT - please change the main contact for Sunnyside Surgery (y02118) to Lauren Fisher, lauren.fisher22@nhs.net, with immediate effect. Our practice manager has left suddenly.

Regards
Dr A Ndlovu
Sunnyside Surgery`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('Y02118', 'gp_practice'),
      fields: { newMainContact: person('Lauren Fisher', 'lauren.fisher22@nhs.net') },
      mustRaise: ['sender_unauthenticated'], traits: ['authentication_failed', 'urgent', 'lowercase_code'],
    },
  }));

  return out;
}
