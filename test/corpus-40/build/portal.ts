// portalenquiries: user-admin nominations, main contacts, verification links, locked and deactivated accounts,
// role removals, misdirected datamanager requests, questions, chasers, thanks and an out-of-office.
import type { MailSpec } from './clients.js';
import { gppFillable, gppFlat, pcnFlat } from './forms.js';
import { type Item, NHSMAIL_DISCLAIMER, item, org, pcseAck, person } from './model.js';
import { scanPdf } from './scans.js';
import { gppHandPage, letterPage } from './scanforms.js';

const mb = 'portalenquiries' as const;
const pdfMeta = (title: string, date: string, creator = 'Microsoft Word for Microsoft 365', producer = 'Microsoft: Print To PDF') =>
  ({ title, author: '', creator, producer, date });

export async function portal(): Promise<Item[]> {
  const out: Item[] = [];
  const add = (spec: Omit<MailSpec, 'mailbox'>, e: Parameters<typeof item>[1]): void => { out.push(item({ ...spec, mailbox: mb }, e)); };

  // 001 GPP, fillable certification form, sent by the reception lead from the practice's shared mailbox
  {
    const pdf = await gppFillable({
      practice: 'Ashgrove Surgery', code: 'M85721', address: '14 Ashgrove Road, Kings Heath, Birmingham B14 7QD',
      nominee: "Bernadette O'Callaghan", job: 'Practice Manager', email: 'bernadette.ocallaghan@nhs.net', tel: '0121 496 0734',
      approver: 'Dr Kwabena Owusu-Ansah', role: 'GP Partner', approverEmail: 'k.owusu-ansah@nhs.net', date: '03/11/2026', signed: true,
    }, pdfMeta('GPP Practice User Administrator Certification Form', '2026-11-03T11:20:00Z', 'Adobe Acrobat Pro (64-bit) 24.4.20220', 'Adobe Acrobat Pro (64-bit) 24.4.20220'));
    add({
      id: '001-gpp-fillable-shared-mailbox', client: 'nhsmail', date: '2026-11-03T12:04:51Z',
      from: { name: 'ASHGROVE SURGERY (M85721)', email: 'ashgrove.surgery@nhs.net' },
      subject: 'GPP user admin form',
      text: `Good afternoon,

Please find attached the GP Payments and Pensions Practice User Administrator certification form for Ashgrove Surgery. Bernadette has started as our new Practice Manager and our previous GPP admin left in October, so at the moment nobody at the practice can assign the GPP roles.

Dr Owusu-Ansah has completed and signed Part B.

Many thanks

Carol Whitlock
Reception & Admin Team Lead
Ashgrove Surgery
Tel: 0121 496 0734 (option 4)
`,
      attachments: [{ filename: 'GPP UA cert - Ashgrove.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('M85721', 'gp_practice'),
      fields: { service: 'GPP', nominee: person("Bernadette O'Callaghan", 'bernadette.ocallaghan@nhs.net'), approver: { name: 'Kwabena Owusu-Ansah', email: 'k.owusu-ansah@nhs.net', role: 'GP Partner' } },
      traits: ['pdf_acroform', 'generic_field_names', 'see_attached', 'shared_mailbox_sender', 'code_in_display_name', 'apostrophe_name', 'hyphenated_name', 'person_not_sender'],
    });
  }

  // 002 GPP, the form photographed with a phone, capitals by hand, the nominee's email crossed out and rewritten
  {
    const scan = await scanPdf('002-gpp', [gppHandPage({
      practice: 'Riverbank Medical Practice', code: 'L83614', address: '3 Quay Road, Plymouth PL1 2HD', nominee: 'Zainab Hussain-Mirza',
      job: 'Assistant Practice Manager', oldEmail: 'zainab.hussain@nhs.net', email: 'zainab.hussain-mirza@nhs.net', tel: '01752 496 381',
      approver: 'Dr Piotr Wisniewski', role: 'GP Partner', approverEmail: 'piotr.wisniewski1@nhs.net', date: '9/11/26',
    })], { device: 'phone', skewDeg: -3.2, contrast: [18, 240], noise: 10, speckles: 0, quality: 70 },
    { producer: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', creator: 'Photos', date: '2026-11-09T17:41:00Z' });
    add({
      id: '002-gpp-phone-photo-crossed-out', client: 'iphone', date: '2026-11-09T17:46:12Z',
      from: { name: 'Samantha Bryce-Lowe', email: 'samantha.bryce-lowe@nhs.net' },
      subject: 'Gpp form',
      text: `Hi please find attached form for Zainab to be set up as gpp admin, our scanner is broken so Ive taken a photo of it hope thats ok. Dr W has sighed it.

Thanks
Sam

Sent from my iPhone`,
      attachments: [{ filename: 'IMG_4417.pdf', contentType: 'application/pdf', data: scan.pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('L83614', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Zainab Hussain-Mirza', 'zainab.hussain-mirza@nhs.net'), approver: { name: 'Piotr Wisniewski', email: 'piotr.wisniewski1@nhs.net', role: 'GP Partner' } },
      traits: ['scan_image_only', 'scan_phone_photo', 'handwritten_capitals', 'crossed_out_field', 'phone_client', 'short_name_only', 'see_attached', 'person_not_sender', 'values_only_in_scan', 'autocorrect_slip'],
    });
  }

  // 003 GPP, flat form (word-processor export), writer with English as a second language, NHSmail display name
  {
    const pdf = await gppFlat({
      practice: 'Hollybush Medical Centre', code: 'Y04412', address: 'Hollybush Lane, Penn, Wolverhampton WV4 5QE',
      nominee: 'Mihaela Antonescu', job: 'Practice Manager', email: 'mihaela.antonescu@nhs.net', tel: '01902 496550',
      approver: 'Dr Sayed Hamid', role: 'Senior Partner', approverEmail: 'sayed.hamid@nhs.net', date: '16/11/2026', signed: true,
    }, pdfMeta('GPP PUA certification', '2026-11-16T10:02:00Z'));
    add({
      id: '003-gpp-flat-form-esl', client: 'nhsmail', date: '2026-11-16T10:15:03Z',
      from: { name: 'ANTONESCU, Mihaela (HOLLYBUSH MEDICAL CENTRE)', email: 'mihaela.antonescu@nhs.net' },
      subject: 'GPP Practice User Administrator Certification - Hollybush Medical Centre',
      text: `Dear Sir or Madam,

I am sending you the certification form for to make me the User Administrator for the GP Payments and Pensions in our practice. The form is signed from Dr Hamid who is the senior partner. Please let me know if is something missing.

Kind regards,
Mihaela

Mihaela Antonescu
Practice Manager
Hollybush Medical Centre
01902 496 550

${NHSMAIL_DISCLAIMER}`,
      attachments: [{ filename: 'GPP PUA Certification Form - Hollybush.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('Y04412', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Mihaela Antonescu', 'mihaela.antonescu@nhs.net'), approver: { name: 'Sayed Hamid', email: 'sayed.hamid@nhs.net', role: 'Senior Partner' } },
      traits: ['pdf_flat', 'non_native_english', 'nhsmail_display_name', 'nominee_is_sender', 'disclaimer', 'code_only_in_pdf'],
    });
  }

  // 004 GPP without the form, from a phone: nominee is the sender, no approver
  add({
    id: '004-gpp-no-form-phone', client: 'outlook-ios', date: '2026-11-19T19:32:40Z',
    from: { name: 'Kelly-Ann Sutcliffe', email: 'kellyann.sutcliffe@nhs.net' },
    subject: 'gpp admin',
    text: `hi, can you please add me as the GPP user admin for Marsh Lane Surgery, practice code y02817. our last admin retired and nobody can do the pensions stuff now. my email is this one kellyann.sutcliffe@nhs.net
thanks
Kelly

Get Outlook for iOS`,
  }, {
    kind: 'user_admin_nomination', organisation: org('Y02817', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Kelly-Ann Sutcliffe', 'kellyann.sutcliffe@nhs.net'), approver: null },
    traits: ['phone_client', 'all_lower_case', 'code_lower_case', 'no_form', 'nominee_is_sender', 'short_name_in_body_full_name_in_header'],
  });

  // 005 PL for an ophthalmic practice, contract holder nominates, "OCS code" in lower case in the signature
  add({
    id: '005-pl-optician-ocs-code-signature', client: 'exchange', date: '2026-11-04T09:27:15Z',
    from: { name: 'Rajinder Bhogal', email: 'r.bhogal@fenwickopticians.co.uk' },
    subject: 'PL Organisation User Administration - Fenwick & Daughters',
    text: `Hello,

I am the contract holder for Fenwick & Daughters Opticians. Our previous PL admin (my father) has now retired and I would like our Dispensing Manager to be given the PL Organisation User Administration role so she can look after our performers on PCSE Online.

Name: Ewa Kowalczyk
Email: ewa.kowalczyk@fenwickopticians.co.uk
Direct line: 0113 496 0291 ext 22

Thank you,

Rajinder Singh Bhogal BSc(Hons) MCOptom
Optometrist & Contract Holder
Fenwick & Daughters Opticians | 27 Briggate, Leeds LS1 6HD
OCS code: tpk31 | T: 0113 496 0291
`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPK31', 'ophthalmic_practice'),
    fields: { service: 'PL', nominee: person('Ewa Kowalczyk', 'ewa.kowalczyk@fenwickopticians.co.uk'), approver: { name: 'Rajinder Singh Bhogal', email: 'r.bhogal@fenwickopticians.co.uk', role: 'Contract Holder' } },
    traits: ['code_in_signature', 'code_lower_case', 'own_term_for_code', 'non_nhs_domain', 'approver_is_sender', 'full_name_in_signature_only'],
  });

  // 006 PL for a GP practice, CQC registered manager; the practice code is only in the subject
  add({
    id: '006-pl-gp-code-in-subject', client: 'nhsmail', date: '2026-11-05T08:12:09Z',
    from: { name: 'Hannah Oyelaran-Brooks', email: 'hannah.oyelaran-brooks@nhs.net' },
    subject: 'PL Organisation Administrator request C82047',
    text: `Morning,

As the CQC Registered Manager for the practice, I'd like to nominate Lindsey as our PL Organisation Administrator. She has taken over the performers list side from Gail, who retired at the end of October.

Lindsey Marr - lindsey.marr2@nhs.net

Many thanks
Hannah

Hannah Oyelaran-Brooks
Business Manager | CQC Registered Manager
Dr Adeyemi & Partners, Kirkby Health Centre
Tel: 01623 496112 ext. 204
`,
  }, {
    kind: 'user_admin_nomination', organisation: org('C82047', 'gp_practice'),
    fields: { service: 'PL', nominee: person('Lindsey Marr', 'lindsey.marr2@nhs.net'), approver: { name: 'Hannah Oyelaran-Brooks', email: 'hannah.oyelaran-brooks@nhs.net', role: 'CQC Registered Manager' } },
    traits: ['code_in_subject_only', 'approver_is_sender', 'hyphenated_name', 'phone_with_extension'],
  });

  // 007 OPTO, domiciliary optician from an iPhone, one lower-case sentence, code with a space
  add({
    id: '007-opto-domiciliary-iphone', client: 'iphone-plain', date: '2026-11-07T08:03:55Z',
    from: { name: "Declan O'Brien", email: 'declan@homevisioncare.co.uk' },
    subject: 'opto admin',
    text: `hi there can you make kasia nowak-lee an admin for the opto payments side please, her email is kasia.nowaklee@homevisioncare.co.uk, im the contract holder for home vision care (we do domiciliary eye tests) our code is tp q07 thanks

Declan

Sent from my iPhone`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPQ07', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: person('Kasia Nowak-Lee', 'kasia.nowaklee@homevisioncare.co.uk'), approver: { name: "Declan O'Brien", email: 'declan@homevisioncare.co.uk', role: 'contract holder' } },
    traits: ['phone_client', 'all_lower_case', 'single_sentence', 'code_with_space', 'domiciliary', 'apostrophe_name', 'name_from_header', 'no_signature'],
  });

  // 008 OPTO at a chain store: the code inside the store name, a second store's code, approval quoted below
  add({
    id: '008-opto-chain-code-in-name-approval-below', client: 'exchange', date: '2026-11-19T09:41:27Z',
    from: { name: 'Fiona McKenzie-Shaw', email: 'fiona.mckenzie-shaw@clearsight-opticians.co.uk' },
    subject: 'FW: Opto admin approval - ClearSight Opticians Harrogate (TPH62)',
    text: `Hi PCSE team,

Please could you set up Andrés as an Opto User Management (Organisation) admin for our Harrogate store, ClearSight Opticians Harrogate (TPH62). The approval from our contract holder is below.

Andrés Gómez Ruiz, Optical Assistant Manager - andres.gomezruiz@clearsight-opticians.co.uk

(For info I also look after Knaresborough, TPH71, but that store already has its admins so nothing needed there.)

Thanks,
Fiona

Fiona McKenzie-Shaw
Store Manager | ClearSight Opticians Harrogate
01423 496 018

________________________________
From: Anand Venkataraman <anand.venkataraman@clearsight-opticians.co.uk>
Sent: 18 November 2026 16:02
To: Fiona McKenzie-Shaw <fiona.mckenzie-shaw@clearsight-opticians.co.uk>
Subject: Re: Opto admin approval - ClearSight Opticians Harrogate (TPH62)

Fiona - approved. As contract holder for TPH62 I'm happy for Andrés to have the OPTO user admin role.

Anand

________________________________
From: Fiona McKenzie-Shaw <fiona.mckenzie-shaw@clearsight-opticians.co.uk>
Sent: 18 November 2026 11:37
To: Anand Venkataraman <anand.venkataraman@clearsight-opticians.co.uk>
Subject: Opto admin approval - ClearSight Opticians Harrogate (TPH62)

Hi Anand, PCSE need the contract holder's OK for a new Opto admin at Harrogate - can you approve Andrés please? Thanks, Fiona
`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPH62', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: person('Andrés Gómez Ruiz', 'andres.gomezruiz@clearsight-opticians.co.uk'), approver: { name: 'Anand Venkataraman', email: 'anand.venkataraman@clearsight-opticians.co.uk', role: 'Contract Holder' } },
    traits: ['code_in_org_name', 'several_codes', 'approval_in_quoted_thread', 'accented_name', 'short_name_in_body', 'person_not_sender', 'non_nhs_domain'],
  });

  // 009 OPTO: the email names the four admins the store already has and asks for a fifth
  add({
    id: '009-opto-fifth-admin', client: 'exchange', date: '2026-11-24T14:18:30Z',
    from: { name: 'Gareth Llewellyn-Jones', email: 'gareth.llewellyn-jones@lumeneyecare.co.uk' },
    cc: [{ name: 'Colin Haworth', email: 'colin.haworth@lumeneyecare.co.uk' }],
    subject: 'Additional Opto user admin - Lumen Eyecare Stockport TPL19',
    text: `Hello,

Our current Opto User Management admins at Lumen Eyecare Stockport (TPL19) are Joanne Pickering, Imran Siddiqui, Beth Harrop and myself. I know the limit is normally four, but could you please add Ngozi Eze (ngozi.eze@lumeneyecare.co.uk) as well? She covers Saturdays when none of the four of us are in and can't add locums at the moment.

This has been approved by our contract holder, Colin Haworth, who is copied in.

Best wishes
Gareth

Gareth Llewellyn-Jones
Area Manager - North West
Lumen Eyecare Ltd
Mobile 07700 900 734
`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPL19', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: person('Ngozi Eze', 'ngozi.eze@lumeneyecare.co.uk'), approver: { name: 'Colin Haworth', email: 'colin.haworth@lumeneyecare.co.uk', role: 'Contract Holder' } },
    mustRaise: ['admin_limit_reached'],
    traits: ['fifth_admin', 'approver_in_cc', 'many_names', 'person_not_sender', 'hyphenated_name'],
  });

  // 010 PCN, flat request form approved by an ICB approver who says she is on the AEL
  {
    const pdf = await pcnFlat({
      pcn: 'Wyre Forest Central PCN', code: 'U48213', nominee: 'Tomasz Zielinski', nomineeRole: 'PCN Digital & Transformation Lead',
      email: 'tomasz.zielinski@nhs.net', tel: '01562 496 700', approver: 'Gwen Pritchard-Jones', approverJob: 'Primary Care Contracts Manager',
      icb: 'NHS Herefordshire and Worcestershire ICB', approverEmail: 'gwen.pritchard-jones@nhs.net', onAel: true, date: '20/11/2026',
    }, pdfMeta('PCN UA request', '2026-11-20T13:30:00Z', 'Microsoft Word for Microsoft 365', 'Microsoft Word for Microsoft 365'));
    add({
      id: '010-pcn-icb-approved-flat-form', client: 'nhsmail', date: '2026-11-20T13:52:44Z',
      from: { name: 'Gwen Pritchard-Jones', email: 'gwen.pritchard-jones@nhs.net' },
      subject: 'PCN User Admin request - Wyre Forest Central PCN (U48213) - ICB approved',
      text: `Dear PCSE,

Please find attached a PCN user administrator request for Wyre Forest Central PCN. The PCN currently has no user admin on PCSE Online. I have reviewed and approved the request on behalf of the ICB; I am listed as an approver on the NHSE Authorised Email List.

Kind regards

Gwen Pritchard-Jones
Primary Care Contracts Manager
NHS Herefordshire and Worcestershire ICB
Mob: +44 7700 900 418
`,
      attachments: [{ filename: 'Wyre Forest Central PCN - UA request.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('U48213', 'pcn'),
      fields: { service: 'PCN', nominee: person('Tomasz Zielinski', 'tomasz.zielinski@nhs.net'), approver: { name: 'Gwen Pritchard-Jones', email: 'gwen.pritchard-jones@nhs.net', role: 'Primary Care Contracts Manager' } },
      traits: ['pdf_flat', 'icb_approver', 'approver_is_sender', 'phone_international_format', 'see_attached'],
    });
  }

  // 011 PCN: the clinical director approves instead of the ICB and says she is not on the AEL
  add({
    id: '011-pcn-cd-not-on-ael', client: 'outlook-android', date: '2026-11-12T16:50:02Z',
    from: { name: 'Louise Brennan', email: 'louise.brennan4@nhs.net' },
    cc: [{ name: 'Nadia Farouk', email: 'nadia.farouk@nhs.net' }],
    subject: 'PCN user admin - Tamar Edge PCN',
    text: `Hi,

We need a PCN user admin set up for Tamar Edge PCN (PCN code u61204) - at the moment no one can add our ARRS staff. Please set up Chidi Okonkwo-Reid, our PCN Operations Manager, chidi.okonkwo-reid@nhs.net.

We've chased our ICB lead three times with no reply, so our Clinical Director Dr Nadia Farouk (cc'd) has approved this instead. I know she's not on the ICB's authorised email list but hopefully that's ok as she is the CD.

Thanks, Lou

Louise Brennan | PCN Manager | Tamar Edge PCN
07700 900 263

Get Outlook for Android`,
  }, {
    kind: 'user_admin_nomination', organisation: org('U61204', 'pcn'),
    fields: { service: 'PCN', nominee: person('Chidi Okonkwo-Reid', 'chidi.okonkwo-reid@nhs.net'), approver: { name: 'Nadia Farouk', email: 'nadia.farouk@nhs.net', role: 'Clinical Director' } },
    mustRaise: ['approver_not_on_ael'],
    traits: ['approver_in_cc', 'code_lower_case', 'short_name_in_body_full_name_in_signature', 'phone_client', 'person_not_sender'],
  });

  // 012 main contact, independent pharmacy, "contractor code" in lower case with a space, owner writes from BT mail
  add({
    id: '012-mcc-pharmacy-contractor-code', client: 'webmail', date: '2026-11-06T14:08:21Z',
    from: { name: 'Dilip Parmar', email: 'dilip.parmar57@btinternet.com' },
    subject: 'Main contact',
    text: `Good afternoon,

I am the owner of Hollins Chemist, contractor code fq 318. Our main contact on your system, Mrs Geeta Parmar, has now retired from the business.

Please change the main contact to Mr Oluwaseun Adebayo-Cole (our pharmacy manager), email oluwaseun.adebayo-cole@nhs.net.

Regards
Dilip Parmar MRPharmS
Hollins Chemist, 2 Market Place, Hollins, Bury BL9 8AB
Tel 0161 496 0772
`,
  }, {
    kind: 'main_contact_change', organisation: org('FQ318', 'pharmacy'),
    fields: { newMainContact: person('Oluwaseun Adebayo-Cole', 'oluwaseun.adebayo-cole@nhs.net') },
    traits: ['own_term_for_code', 'code_lower_case', 'code_with_space', 'non_nhs_sender', 'person_not_sender', 'two_people_named'],
  });

  // 013 main contact, pharmacy multiple: a scanned signed letter with a stamp over the signature; four branch codes
  {
    const scan = await scanPdf('013-letter', [letterPage({
      company: ['Marlowe Pharmacy Group', 'Unit 4, Calder Park, Wakefield WF2 7AW', 'Tel 01924 496 000   www.marlowepharmacy.co.uk'],
      date: '13 November 2026',
      re: ['Re: Change of Main Contact', 'Marlowe Pharmacy, 18 Westgate, Dewsbury WF13 1LT (ODS: FH227)'],
      body: ['I confirm that with effect from 16 November 2026 the Main Contact for the above', 'pharmacy on PCSE Online should be:'],
      contact: ['Ms Thandiwe Mokoena, Pharmacist Manager', 'Email: thandiwe.mokoena@nhs.net', 'Tel: 01924 496 310'],
      after: ['She replaces Mr Craig Lumb, who has transferred to another branch.'],
      signer: ['Rebecca Osei-Tutu', 'Superintendent Pharmacist', 'GPhC 2071234'],
      stampLines: ['MARLOWE PHARMACY', 'WESTGATE DEWSBURY', '13 NOV 2026'],
    })], { device: 'mfp', skewDeg: 0.8, contrast: [70, 225], noise: 14, speckles: 400, quality: 62, grey: true },
    { producer: 'KONICA MINOLTA bizhub C300i', creator: 'KONICA MINOLTA bizhub C300i', date: '2026-11-13T15:22:00Z' });
    add({
      id: '013-mcc-pharmacy-multiple-scanned-letter', client: 'exchange', date: '2026-11-13T15:40:18Z',
      from: { name: 'Stuart Keogh', email: 'stuart.keogh@marlowepharmacy.co.uk' },
      subject: 'Change of main contact - Westgate (FH227)',
      text: `Hi,

Please see attached signed letter from our Superintendent re a change of main contact for our Westgate branch (FH227).

For info, our other branches in the area (FH226 Bridge Street, FW431 Kirkgate and FR094 Station Road) are NOT affected and should stay as they are.

Thanks
Stuart

Stuart Keogh
Area Manager - West Yorkshire
Marlowe Pharmacy Group
M: 07700 900 551

This email and any attachments are confidential and intended solely for the addressee. Marlowe Pharmacy Group Ltd, registered in England and Wales no. 08812345.
`,
      attachments: [{ filename: 'SKM_C300i26111315220.pdf', contentType: 'application/pdf', data: scan.pdf }],
    }, {
      kind: 'main_contact_change', organisation: org('FH227', 'pharmacy'),
      fields: { newMainContact: person('Thandiwe Mokoena', 'thandiwe.mokoena@nhs.net') },
      traits: ['scan_image_only', 'scan_mfp', 'low_contrast', 'stamp_over_text', 'fold_line', 'several_codes', 'see_attached', 'values_only_in_scan', 'person_not_sender'],
    });
  }

  // 014 main contact, dental practice: the code only in the subject; the new contact is the sender
  add({
    id: '014-mcc-dental-code-in-subject', client: 'nhsmail', date: '2026-11-10T11:26:47Z',
    from: { name: 'Gurpreet Kaur Dhillon', email: 'gurpreet.dhillon1@nhs.net' },
    subject: 'Main contact change - V104582',
    text: `Hi,

Our practice manager Janet has retired and the new main contact for supplies will be myself.

Gurpreet Kaur Dhillon
gurpreet.dhillon1@nhs.net

Many thanks
Gurpreet
Practice Manager
Abbeyfield Dental Care
01332 496 845
`,
  }, {
    kind: 'main_contact_change', organisation: org('V104582', 'dental_practice'),
    fields: { newMainContact: person('Gurpreet Kaur Dhillon', 'gurpreet.dhillon1@nhs.net') },
    traits: ['code_in_subject_only', 'new_contact_is_sender', 'three_part_name'],
  });

  // 015 main contact for an optical store, but the code given is a pharmacy code (group runs both)
  add({
    id: '015-mcc-optical-store-pharmacy-code', client: 'exchange', date: '2026-11-17T09:05:33Z',
    from: { name: 'Callum Rees', email: 'callum.rees@wellbridgehealth.co.uk' },
    subject: 'Main Contact - Wellbridge Opticians Crown Street',
    text: `Good morning,

Could you please update the main contact for our optical practice, Wellbridge Opticians Crown Street, ophthalmic practice code FV562.

New main contact: Mehwish Qureshi (Optical Store Manager)
Email: mehwish.qureshi@wellbridgehealth.co.uk

Mehwish replaces Tom Archer who has left the business.

Kind regards,
Callum Rees
Regional Operations Manager - Optical
Wellbridge Health (Pharmacy & Optical)
Tel: 020 7946 0813 ext 4410
`,
  }, {
    kind: 'main_contact_change', organisation: org('FV562', 'pharmacy'),
    fields: { newMainContact: person('Mehwish Qureshi', 'mehwish.qureshi@wellbridgehealth.co.uk') },
    mustRaise: ['ods_type_mismatch'],
    traits: ['stated_type_disagrees_with_code', 'mixed_pharmacy_optical_group', 'person_not_sender', 'phone_with_extension'],
  });

  // 016 verification link, GP with GMC number, RFC 2047 display name with accents, no practice code
  add({
    id: '016-vlr-gp-gmc-irish-name', client: 'nhsmail', date: '2026-11-05T20:14:09Z',
    from: { name: 'Dr Aoife Ní Mhurchú', email: 'aoife.nimhurchu@nhs.net' },
    subject: 'Verification link not received - PCSE Online',
    text: `Hello,

I never received the verification link for PCSE Online (or if I did, I can't find it and it would have expired by now). Could you please send a new link to my GMC-registered email address, which is this one: aoife.nimhurchu@nhs.net

GMC number: 7412896

I'm a salaried GP and have just joined the Performers List for England after returning from Ireland.

Thanks very much,
Aoife

Dr Aoife Ní Mhurchú MB BCh BAO MRCGP
Salaried GP
`,
  }, {
    kind: 'verification_link_resend', organisation: null,
    fields: { accountEmail: 'aoife.nimhurchu@nhs.net', gmcNumber: '7412896' },
    traits: ['accented_name', 'rfc2047_display_name', 'no_practice_code', 'own_account'],
  });

  // 017 verification link, pharmacy superintendent from a Samsung phone, "f-code" with a dash
  add({
    id: '017-vlr-pharmacy-samsung-f-code', client: 'samsung', date: '2026-11-21T10:47:31Z',
    from: { name: 'Yusuf Ibrahim', email: 'yusuf.ibrahim7@nhs.net' },
    subject: 'verification link',
    text: `hi i never got the verification link for pcse online or it has expired can u resend it to this email yusuf.ibrahim7@nhs.net pls, im the superintendent at parkside pharmacy f-code fk611

thanks yusuf

Sent from my Galaxy`,
  }, {
    kind: 'verification_link_resend', organisation: org('FK611', 'pharmacy'),
    fields: { accountEmail: 'yusuf.ibrahim7@nhs.net', gmcNumber: null },
    traits: ['phone_client', 'all_lower_case', 'single_sentence', 'own_term_for_code', 'code_lower_case', 'base64_body', 'own_account'],
  });

  // 018 verification link asked for by the practice manager for an associate dentist (not her own account)
  add({
    id: '018-vlr-dental-for-colleague', client: 'nhsmail', date: '2026-11-11T13:33:52Z',
    from: { name: 'Shona Macrae', email: 'shona.macrae@nhs.net' },
    subject: 'Verification link for our associate',
    text: `Hi,

Could you please resend the PCSE Online verification link to our new associate dentist, Dr Marek Dvořák? He says the link he was sent has expired. His email is marek.dvorak@nhs.net and his GDC number is 287654.

We are Bellfield Dental Practice, practice number v 023 871.

Thank you
Shona Macrae
Practice Manager, Bellfield Dental Practice
0191 496 0032
`,
  }, {
    kind: 'verification_link_resend', organisation: org('V023871', 'dental_practice'),
    fields: { accountEmail: 'marek.dvorak@nhs.net', gmcNumber: null },
    mustRaise: ['not_own_account'],
    traits: ['someone_elses_account', 'gdc_not_gmc', 'accented_name', 'own_term_for_code', 'code_with_space', 'code_lower_case'],
  });

  // 019 account locked, pharmacist from her personal Gmail on an iPhone; username is her nhs.net address
  add({
    id: '019-unlock-pharmacy-personal-email', client: 'iphone-plain', date: '2026-11-14T08:22:10Z',
    from: { name: 'Lena Petrova', email: 'lenapetrova88@gmail.com' },
    subject: 'Locked out',
    text: `Hello, I am locked out of PCSE online, I put wrong pass word to many times. My username is lena.petrova@nhs.net. I am the pharmacist manager at Marlowe Pharmacy Station Road FR094. I am writing from my personal phone because I am not in the pharmacy today. Please unlock. Thank you Lena

Sent from my iPhone`,
  }, {
    kind: 'account_unlock', organisation: org('FR094', 'pharmacy'),
    fields: { username: 'lena.petrova@nhs.net' },
    traits: ['phone_client', 'personal_address_sender', 'username_differs_from_sender', 'non_native_english', 'single_paragraph', 'code_in_org_name', 'autocorrect_slip'],
  });

  // 020 account locked, optical assistant without email (non-email user name), dictated, code spelt out in letters
  add({
    id: '020-unlock-optician-non-email-username-dictated', client: 'nhsmail', date: '2026-11-18T12:55:00Z',
    from: { name: 'Bright Optics', email: 'brightoptics.tpb48@nhs.net' },
    subject: 'Locked account',
    text: `Hello PCSE this is Joanne Whitfield at Bright Optics practice code T P B 48 I cannot get into PCSE online it says my account is locked my user name is joannewhitfield@brightoptics I do not have my own email address the practice set me up with that user name please can you unlock it thank you Joanne
`,
  }, {
    kind: 'account_unlock', organisation: org('TPB48', 'ophthalmic_practice'),
    fields: { username: 'joannewhitfield@brightoptics' },
    traits: ['dictated', 'no_punctuation', 'non_email_username', 'code_spelt_out', 'shared_mailbox_sender', 'code_in_sender_address'],
  });

  // 021 reactivation, pharmacy main contact
  add({
    id: '021-reactivation-pharmacy-main-contact', client: 'nhsmail', date: '2026-11-09T10:01:44Z',
    from: { name: 'Chiamaka Obi', email: 'chiamaka.obi2@nhs.net' },
    subject: 'Account deactivated - main contact',
    text: `Hi there,

I'm the main contact on PCSE Online for Greenway Pharmacy (ODS FT061) and I've just found my account has been deactivated - I think because I hadn't logged in since the summer. The error says to contact my user administrator but I am the main contact so there is nobody else.

My username is chiamaka.obi2@nhs.net.

Could you please reactivate it? We need to order supplies.

Many thanks,
Chi

Chiamaka Obi
Pharmacist Manager | Greenway Pharmacy
0115 496 0188
`,
  }, {
    kind: 'account_reactivation', organisation: org('FT061', 'pharmacy'),
    fields: { username: 'chiamaka.obi2@nhs.net' },
    traits: ['main_contact_account', 'short_name_in_body_full_name_in_signature'],
  });

  // 022 reactivation, dental receptionist (not an admin) from Gmail, code with spaces
  add({
    id: '022-reactivation-dental-receptionist-gmail', client: 'gmail', date: '2026-11-26T17:12:06Z',
    from: { name: 'Aaliyah Brown', email: 'aaliyah.brown.smilecare@gmail.com' },
    subject: 'Reactivate account pls',
    text: `Hi, my PCSE account has been deactivated as i havent used it for a while, can you reactivate it please. my username is aaliyah.brown22@nhs.net. I'm a receptionist at Smilecare Dental, V 071 229.

Thanks
Aaliyah
`,
  }, {
    kind: 'account_reactivation', organisation: org('V071229', 'dental_practice'),
    fields: { username: 'aaliyah.brown22@nhs.net' },
    traits: ['not_an_admin', 'personal_address_sender', 'username_differs_from_sender', 'code_with_space'],
  });

  // 023 role removal, optometrist who left; two roles named
  add({
    id: '023-role-removal-optician-leaver', client: 'exchange', date: '2026-11-02T15:44:19Z',
    from: { name: 'Hamida Begum', email: 'hamida.begum@kirkgateeyecare.co.uk' },
    subject: 'Remove roles - leaver',
    text: `Hello,

Hamish McAllister (optometrist) left Kirkgate Eyecare on 30 October. Please can you remove his GOS Performer and Contractor Signatory roles for our practice (TPR05). His username is hamish.mcallister@nhs.net.

Thanks
Hamida Begum
Practice Administrator
Kirkgate Eyecare, 41 Kirkgate, Otley LS21 3HN
01943 496 402
`,
  }, {
    kind: 'role_removal_request', organisation: org('TPR05', 'ophthalmic_practice'),
    fields: { username: 'hamish.mcallister@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
    traits: ['two_roles', 'person_not_sender', 'mc_name'],
  });

  // 024 role removal, pharmacy, no username ("don't have her login"), the subject is just a first name
  add({
    id: '024-role-removal-pharmacy-no-username', client: 'iphone-plain', date: '2026-11-27T18:09:48Z',
    from: { name: 'Rob Tierney', email: 'rob.tierney@nhs.net' },
    subject: 'Shauna',
    text: `Hi, Shauna Doyle has left us (Fairfield Pharmacy, FN532), can you take the Practice Order Entry Clerk role off her account please. Don't have her login details sorry. Rob

Sent from my iPhone`,
  }, {
    kind: 'role_removal_request', organisation: org('FN532', 'pharmacy'),
    fields: { username: null, roles: ['Practice Order Entry Clerk'] },
    traits: ['phone_client', 'uninformative_subject', 'username_not_given', 'person_not_sender'],
  });

  // 025 misdirected: a practice email update sent to portalenquiries
  add({
    id: '025-misdirected-email-update-pharmacy', client: 'nhsmail', date: '2026-11-23T09:31:05Z',
    from: { name: 'Moses Adjei', email: 'moses.adjei@nhs.net' },
    subject: 'Update practice email address',
    text: `Hi,

Please can you update the email address you hold for our pharmacy.

Pharmacy name: Lakeside Pharmacy
ODS code: FD745
Current email: lakesidepharmacy@outlook.com
New email: lakeside.pharmacyfd745@nhs.net

Thank you
Moses Adjei
Responsible Pharmacist
`,
  }, {
    kind: 'practice_email_update', organisation: org('FD745', 'pharmacy'),
    fields: { currentEmail: 'lakesidepharmacy@outlook.com', newEmail: 'lakeside.pharmacyfd745@nhs.net' },
    traits: ['misdirected', 'labelled_lines'],
  });

  // 026 misdirected: extending a main contact to a newly bought pharmacy, sent to portalenquiries
  add({
    id: '026-misdirected-extension-pharmacy', client: 'exchange', date: '2026-11-25T11:48:37Z',
    from: { name: 'Harjit Sandhu', email: 'harjit@sandhupharmacy.co.uk' },
    subject: 'Extend main contact to new pharmacy',
    text: `Dear PCSE,

We have purchased a second pharmacy and I would like to extend my main contact access to it.

Existing pharmacy
Name: Sandhu Pharmacy
ODS code: FL690
Main contact: Harjit Sandhu
Main contact email: harjit.sandhu@nhs.net
Address: 112 Soho Road, Handsworth, Birmingham B21 9DP
Telephone: 0121 496 0907

New pharmacy
ODS code: FP213
Name: Sandhu Pharmacy Lozells
Address: 8 Lozells Road, Birmingham B19 2TN

Regards
Harjit Sandhu
Director, Sandhu Pharmacy Ltd
`,
  }, {
    kind: 'main_contact_extension', organisation: org('FL690', 'pharmacy'),
    fields: {
      existingPractice: { odsCode: 'FL690', name: 'Sandhu Pharmacy', mainContact: person('Harjit Sandhu', 'harjit.sandhu@nhs.net'), address: '112 Soho Road, Handsworth, Birmingham B21 9DP', phone: '0121 496 0907' },
      newPractice: { odsCode: 'FP213', name: 'Sandhu Pharmacy Lozells', address: '8 Lozells Road, Birmingham B19 2TN' },
    },
    traits: ['misdirected', 'labelled_lines', 'main_contact_address_differs_from_sender'],
  });

  // 027 question: locum optometrist asks how access works across practices
  add({
    id: '027-question-locum-optometrist', client: 'gmail', date: '2026-11-08T21:37:14Z',
    from: { name: 'Sophie Marchetti', email: 'sophie.marchetti.optom@gmail.com' },
    subject: 'How do I get access as a locum?',
    text: `Hi,

I'm a locum optometrist working across a few independent practices in Kent. Do I need a separate PCSE Online login for each practice to be able to submit GOS claims, or can the practices add me to my existing account? I already have a performer login.

Thanks,
Sophie Marchetti (GOC 01-23456)
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['question', 'personal_address_sender'],
  });

  // 028 chaser, top-posted from an iPhone above PCSE's acknowledgement
  add({
    id: '028-chaser-iphone-top-posted', client: 'iphone', date: '2026-12-01T07:58:29Z',
    from: { name: 'Nasreen Akhtar', email: 'nasreen.akhtar@nhs.net' },
    subject: 'Re: PCSE-2026-004187 Your enquiry has been received',
    inReplyTo: '<PCSE-2026-004187.ack@pcse.england.nhs.uk>',
    text: `Any update on this please? It's been nearly 3 weeks and our new manager still can't order anything.

Nasreen

Sent from my iPhone

> On 12 Nov 2026, at 10:41, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:
>
${pcseAck('PCSE-2026-004187', 'Main contact change - Greenfields Pharmacy').map((l) => `> ${l}`.trimEnd()).join('\n')}
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['chaser', 'case_ref_in_subject', 'top_posted', 'phone_client', 'quoted_ack'],
  });

  // 029 thank-you with a case reference
  add({
    id: '029-thanks-dental-ref', client: 'nhsmail', date: '2026-11-30T14:20:50Z',
    from: { name: 'Tom Whitehead', email: 'tom.whitehead3@nhs.net' },
    subject: 'RE: PCSE-2026-003911 - Main contact change',
    inReplyTo: '<PCSE-2026-003911.done@pcse.england.nhs.uk>',
    text: `Thank you, I can log in now and see the supplies ordering.

Kind regards
Tom

Tom Whitehead
Practice Manager
Brook Lane Dental

________________________________
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 27 November 2026 15:02
To: Tom Whitehead <tom.whitehead3@nhs.net>
Subject: PCSE-2026-003911 - Main contact change

Dear Tom,

We have updated the main contact for your organisation. You will receive an email shortly with a link to access PCSE Online.

Kind regards
PCSE Online Support
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['thanks', 'case_ref_in_subject', 'quoted_pcse_reply'],
  });

  // 030 out-of-office from an optician, in reply to PCSE's request for information
  add({
    id: '030-auto-reply-optician', client: 'exchange', date: '2026-11-20T11:03:12Z',
    from: { name: 'Priya Desai', email: 'priya.desai@sightcareopticians.co.uk' },
    subject: 'Automatic reply: PCSE-2026-004390 - Further information required',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'priya.desai@sightcareopticians.co.uk']],
    text: `Thank you for your email. I am out of the office until Monday 30th November with limited access to email.

For urgent GOS queries please contact the practice on 01522 496 210 or email admin@sightcareopticians.co.uk.

Priya Desai
Practice Manager, SightCare Opticians Lincoln
`,
  }, {
    kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
    traits: ['auto_reply', 'case_ref_in_subject'],
  });

  // 031 not PCSE: a locum pharmacist's NHSmail / Smartcard lock-out, from his Gmail
  add({
    id: '031-nhsmail-smartcard-confusion', client: 'gmail', date: '2026-11-28T09:14:33Z',
    from: { name: 'Bogdan Ionescu', email: 'bogdan.ionescu.pharm@gmail.com' },
    subject: 'account locked',
    text: `Hello,

I am new locum pharmacist. My smartcard is not working and I cannot log in NHSmail, it say account locked. Can you please unlock? My NHS mail is bogdan.ionescu@nhs.net. I need it for Monday for the pharmacy.

Thank you
Bogdan
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['service_confusion', 'not_pcse_online', 'non_native_english', 'personal_address_sender', 'looks_like_unlock'],
  });

  // 032 main contact change for a domiciliary optician; the new contact has no email address yet
  add({
    id: '032-mcc-domiciliary-no-email-yet', client: 'samsung', date: '2026-12-03T17:55:20Z',
    from: { name: 'Dan Mercer-Hughes', email: 'dan@visionathomeuk.co.uk' },
    subject: 'main contact',
    text: `Hi, can you change the main contact for Vision at Home (domiciliary) OCS number TPV03 to our new ops manager Hollie Dunn please. She hasnt got her nhs.net email set up yet, Ill send it over when she has. Cheers Dan

Sent from my Galaxy`,
  }, {
    kind: 'main_contact_change', organisation: org('TPV03', 'ophthalmic_practice'),
    fields: { newMainContact: person('Hollie Dunn', null) },
    traits: ['email_not_given', 'domiciliary', 'own_term_for_code', 'phone_client', 'base64_body', 'person_not_sender'],
  });

  return out;
}
