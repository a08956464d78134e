// portalenquiries: corpus-53 (writer AW)
import { addr, formPdf, NHS_FOOTER, P, scanPdf, type MailSpec } from './lib.js';

const mb = 'portalenquiries' as const;

export async function portal(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];

  // 001 GPP, single-handed GP nominates himself and signs as approver, AcroForm
  m.push({
    mailbox: mb, slug: '001-gpp-self-nominee-acroform', at: 12,
    from: addr('WOJCIK, Tomasz (BROOKFIELD SURGERY)', 'tomasz.wojcik@nhs.net'),
    subject: 'GPP user admin form',
    text: `Hello,

I'm a single-handed GP and there is nobody else here to do it, so I'd like to be the GPP administrator myself.
I have filled in the certification form (attached) as the nominee and signed it as the approver too - I hope that is OK as I am the only partner.

Many thanks
Tomasz

Dr Tomasz Wójcik
Brookfield Surgery${NHS_FOOTER}`,
    attachments: [{
      filename: 'GPP cert form - Brookfield.pdf',
      content: await formPdf({
        title: 'GPP Practice User Administrator Certification', at: 10,
        intro: ['Use this form to nominate a GPP Practice User Administrator (up to four per practice).', 'The form must be signed by one of the organisation\'s approvers.'],
        rows: [
          { label: 'Practice name', field: 'practice_name', value: 'Brookfield Surgery' },
          { label: 'Practice ODS code', field: 'practice_code', value: 'M85063' },
          { label: 'Nominee full name', field: 'nominee_name', value: 'Dr Tomasz Wójcik' },
          { label: 'Nominee email', field: 'nominee_email', value: 'tomasz.wojcik@nhs.net' },
          { label: 'Approver name', field: 'approver_name', value: 'Tomasz Wójcik' },
          { label: 'Approver role', field: 'approver_role', value: 'Sole GP Partner' },
          { label: 'Approver email', field: 'approver_email', value: 'tomasz.wojcik@nhs.net' },
          { label: 'Signature', field: 'approver_signature', value: 'T Wojcik' },
          { label: 'Date', field: 'date', value: '30/10/2026' },
        ],
        footer: ['I certify that the nominee is employed by the organisation named above.'],
      }),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'M85063', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: P('Tomasz Wójcik', 'tomasz.wojcik@nhs.net'), approver: { name: 'Tomasz Wójcik', email: 'tomasz.wojcik@nhs.net', role: 'Sole GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'sender_is_nominee', 'sender_is_approver', 'non_ascii_name', 'nhsmail_display_name'],
    },
  });

  // 002 PL, CQC registered manager nominates herself in prose
  m.push({
    mailbox: mb, slug: '002-pl-self-cqc-prose', at: 95,
    from: addr('Aisha Rahman-Cole', 'a.rahman-cole@nhs.net'),
    subject: 'Performers List admin - Hollins Lane Surgery P87651',
    text: `Dear PCSE,

Please set me up as the PL Organisation Administrator for Hollins Lane Surgery (ODS P87651).

I am the CQC Registered Manager for the practice as well as the only GP here, so I am nominating myself - this is me, and my email is the one I'm writing from (a.rahman-cole@nhs.net).

Best wishes,
Dr Aisha Rahman-Cole
GP / CQC Registered Manager
Hollins Lane Surgery, 2 Hollins Lane, Salford M6 8QT
0161 555 0192${NHS_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'P87651', type: 'gp_practice' },
      fields: { service: 'PL', nominee: P('Aisha Rahman-Cole', 'a.rahman-cole@nhs.net'), approver: { name: 'Aisha Rahman-Cole', email: 'a.rahman-cole@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['sender_is_nominee', 'sender_is_approver', 'signature_block', 'code_in_subject'],
    },
  });

  // 003 OPTO, contract holder from gmail nominates herself, asks to use her nhs.net address
  m.push({
    mailbox: mb, slug: '003-opto-self-gmail', at: 240, client: 'gmail',
    from: addr('Siân Pritchard', 'sianpritchardoptom@gmail.com'),
    subject: 'opto user admin please',
    text: `Hi there

I run a small optician's on my own - Siân Pritchard Optometrists, code TPK41. I'm the contract holder and the only optometrist so I'd like to be the OPTO user admin myself.

Please set me up using my work email sian.pritchard@nhs.net rather than this one (I'm at home today).

Diolch,
Siân Pritchard
Contract Holder`,
    html: `<div dir="ltr">Hi there<br><br>I run a small optician's on my own - Siân Pritchard Optometrists, code TPK41. I'm the contract holder and the only optometrist so I'd like to be the OPTO user admin myself.<br><br>Please set me up using my work email <a href="mailto:sian.pritchard@nhs.net">sian.pritchard@nhs.net</a> rather than this one (I'm at home today).<br><br>Diolch,<br>Siân Pritchard<br>Contract Holder</div>`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPK41', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: P('Siân Pritchard', 'sian.pritchard@nhs.net'), approver: { name: 'Siân Pritchard', email: 'sianpritchardoptom@gmail.com', role: 'Contract Holder' } },
      mustRaise: [], traits: ['sender_is_nominee', 'sender_is_approver', 'personal_address', 'nominee_address_differs_from_sender', 'non_ascii_name', 'multipart_alternative'],
    },
  });

  // 004 OPTO, scanned handwritten form, contract holder nominates a new colleague, sent from the shared mailbox
  m.push({
    mailbox: mb, slug: '004-opto-colleague-scan', at: 1500,
    from: addr('Harbourside Eyecare', 'harbourside.eyecare@nhs.net'),
    subject: 'Scanned form',
    text: `Hi, please find the scanned form attached for our new dispensing optician. I've signed it as contract holder.

Declan${NHS_FOOTER}`,
    attachments: [{
      filename: 'SCAN_20261103_0912.pdf',
      content: await scanPdf([{
        seed: 'aw-004', angle: 1.1,
        header: 'PCSE Online - Ophthalmic practices',
        title: 'Nomination of an OPTO User Administrator',
        intro: ['The contract holder may nominate up to four User Administrators.', 'Please complete in BLOCK CAPITALS and return to pcse.portalenquiries@nhs.net'],
        rows: [
          { label: 'Practice name', value: 'Harbourside Eyecare', caps: true },
          { label: 'Practice code', value: 'TPR07', caps: true },
          { label: 'Nominee name', value: 'Maryam Siddiqui', caps: true },
          { label: 'Nominee email', value: 'maryam.siddiqui@nhs.net' },
          { label: 'Role(s)', value: 'OPTO user admin' },
          { label: 'Contract holder', value: 'Declan Furlong', caps: true },
          { label: 'Contract holder email', value: 'declan.furlong@nhs.net' },
        ],
        signatureLabel: 'Contract holder signature', signature: 'D Furlong', date: '02/11/26',
      }], 1490),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPR07', type: 'ophthalmic_practice' },
      fields: { service: 'OPTO', nominee: P('Maryam Siddiqui', 'maryam.siddiqui@nhs.net'), approver: { name: 'Declan Furlong', email: 'declan.furlong@nhs.net', role: 'Contract Holder' } },
      mustRaise: [], traits: ['scan', 'handwritten', 'see_attached', 'shared_mailbox', 'sender_is_approver', 'nominates_colleague'],
    },
  });

  // 005 PCN, clinical director nominates himself, ICB approver copied in and confirms in the quoted thread
  m.push({
    mailbox: mb, slug: '005-pcn-cd-self-icb-cc', at: 1720,
    from: addr('Bankole Olumide (Dr)', 'olumide.bankole@nhs.net'),
    cc: addr('Marsh Helen (NHS GLOUCESTERSHIRE ICB)', 'helen.marsh3@nhs.net'),
    subject: 'RE: PCN user admin - Severn Vale PCN',
    text: `Hello PCSE,

Forwarding Helen's approval below. To be clear, the nominee is me - please set me up as PCN user admin for Severn Vale PCN (U83412) on olumide.bankole@nhs.net.

Thanks
Olu
Dr Olumide Bankole, Clinical Director, Severn Vale PCN

From: Marsh Helen (NHS GLOUCESTERSHIRE ICB) <helen.marsh3@nhs.net>
Sent: 03 November 2026 10:02
To: Bankole Olumide (Dr) <olumide.bankole@nhs.net>
Subject: RE: PCN user admin - Severn Vale PCN

Hi Olu, I approve your nomination as PCN user administrator. I am on the Authorised Email List as an ICB approver.

Helen Marsh
Primary Care Contracts Manager
NHS Gloucestershire ICB${NHS_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U83412', type: 'pcn' },
      fields: { service: 'PCN', nominee: P('Olumide Bankole', 'olumide.bankole@nhs.net'), approver: { name: 'Helen Marsh', email: 'helen.marsh3@nhs.net', role: 'Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['sender_is_nominee', 'quoted_thread', 'approver_in_quote', 'cc_approver', 'nhsmail_display_name', 'surname_first'],
    },
  });

  // 006 PCN, clinical director approves her new PCN manager herself: no ICB approver
  m.push({
    mailbox: mb, slug: '006-pcn-cd-approves-colleague', at: 2900,
    from: addr('Gwen Ashdown', 'gwen.ashdown@nhs.net'),
    subject: 'New PCN manager - user admin access',
    text: `Good afternoon,

Our new PCN manager, Kwabena Osei-Mensah (kwabena.osei-mensah@nhs.net), started on Monday and needs PCN user admin access for Ribble Estuary PCN, code U45120.

We don't currently have an ICB approver - our ICB contact left in the summer and nobody has replaced her on the list - so I am approving this myself as Clinical Director. I'll be the signatory on anything you need.

Kind regards
Dr Gwen Ashdown
Clinical Director
Ribble Estuary PCN${NHS_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U45120', type: 'pcn' },
      fields: { service: 'PCN', nominee: P('Kwabena Osei-Mensah', 'kwabena.osei-mensah@nhs.net'), approver: { name: 'Gwen Ashdown', email: 'gwen.ashdown@nhs.net', role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['nominates_colleague', 'sender_is_approver', 'no_icb_approver'],
    },
  });

  // 007 GPP, flat PDF, single-handed GP nominates a new practice manager
  m.push({
    mailbox: mb, slug: '007-gpp-new-pm-flat-pdf', at: 3100,
    from: addr('Ravi Chandrasekaran', 'ravi.chandrasekaran@nhs.net'),
    subject: 'Millbrook Surgery J82614 - GPP admin nomination',
    text: `Hi,

Our new practice manager starts next week. Completed certification form attached - I've signed it (I'm the only GP principal here). Please could she be set up before the 16th?

Regards,
Ravi

Sent from my iPhone`,
    client: 'iphone',
    attachments: [{
      filename: 'GPP_UA_certification_Millbrook.pdf',
      content: await formPdf({
        title: 'GPP Practice User Administrator Certification', at: 3000, flat: true,
        intro: ['Nomination of a GP Payments and Pensions Practice User Administrator.', 'To be signed by one of the organisation\'s approvers.'],
        rows: [
          { label: 'Practice name', value: 'Millbrook Surgery' },
          { label: 'Practice code', value: 'J82614' },
          { label: 'Nominee name', value: 'Zoë Fairweather-Lund' },
          { label: 'Nominee email', value: 'zoe.fairweather-lund@nhs.net' },
          { label: 'Approver name', value: 'Dr Ravi Chandrasekaran' },
          { label: 'Approver role', value: 'GP Principal' },
          { label: 'Approver email', value: 'ravi.chandrasekaran@nhs.net' },
          { label: 'Signed', value: 'R. Chandrasekaran' },
          { label: 'Date', value: '4 November 2026' },
        ],
      }),
    }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'J82614', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: P('Zoë Fairweather-Lund', 'zoe.fairweather-lund@nhs.net'), approver: { name: 'Ravi Chandrasekaran', email: 'ravi.chandrasekaran@nhs.net', role: 'GP Principal' } },
      mustRaise: [], traits: ['pdf_flat', 'see_attached', 'nominates_colleague', 'sender_is_approver', 'mobile_client', 'non_ascii_name', 'code_in_subject'],
    },
  });

  // 008 PL, fifth admin: four existing PL admins named
  m.push({
    mailbox: mb, slug: '008-pl-fifth-admin-self', at: 4300,
    from: addr('Callum Reid', 'callum.reid7@nhs.net'),
    subject: 'Add me as PL admin',
    text: `Hi

Tarn Road Medical Practice, L83027. I'm the GP and the CQC registered manager. Can you please add me as a PL Organisation Administrator as well?

We already have four PL admins on the system (Jenny Marr, Paul Osei, Dawn Lumley and Imran Baig) - I know two of them have left but they are still showing and I can't get in to take them off because I'm not an admin, which is the whole problem.

I'm the nominee - callum.reid7@nhs.net.

Callum Reid
GP, Tarn Road Medical Practice${NHS_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'L83027', type: 'gp_practice' },
      fields: { service: 'PL', nominee: P('Callum Reid', 'callum.reid7@nhs.net'), approver: { name: 'Callum Reid', email: 'callum.reid7@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'], traits: ['sender_is_nominee', 'sender_is_approver', 'four_existing_admins', 'mixed_requests'],
    },
  });

  // 009 main contact change, pharmacy owner from the shared mailbox: "this is me"
  m.push({
    mailbox: mb, slug: '009-mcc-pharmacy-owner-self', at: 5800,
    from: addr('Fenwick Pharmacy', 'fenwick.pharmacy@nhs.net'),
    subject: 'Main contact change FK317',
    text: `Hello,

Our main contact (the previous manager) has left. Please change the main contact for Fenwick Pharmacy, FK317, to me:

Ifeoma Nwachukwu - ifeoma.nwachukwu@nhs.net

I'm the owner and superintendent, and this is our shared pharmacy inbox.

Thanks,
Ifeoma${NHS_FOOTER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FK317', type: 'pharmacy' },
      fields: { newMainContact: P('Ifeoma Nwachukwu', 'ifeoma.nwachukwu@nhs.net') },
      mustRaise: [], traits: ['sender_is_nominee', 'shared_mailbox'],
    },
  });

  // 010 main contact change for a dental practice (new receptionist) + owner's own account locked (noted)
  m.push({
    mailbox: mb, slug: '010-mcc-dental-plus-unlock', at: 7000,
    from: addr('Björn Lindqvist', 'bjorn.lindqvist@nhs.net'),
    subject: 'Two things - main contact + locked out',
    text: `Hi PCSE team,

Two things, sorry:

1. Main contact for Lindqvist Dental Care (V028814) - please change it to our new receptionist, Chloé Marchetti, chloe.marchetti@nhs.net. She'll be doing the supplies ordering from now on.

2. Separately, I've managed to lock my own login (too many password attempts this morning). Could someone unlock it when you get a chance? It's this email address.

Thanks,
Björn
Dr Björn Lindqvist BDS
Practice Owner, Lindqvist Dental Care${NHS_FOOTER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'V028814', type: 'dental_practice' },
      fields: { newMainContact: P('Chloé Marchetti', 'chloe.marchetti@nhs.net') },
      mustRaise: [], traits: ['mixed_requests', 'numbered_list', 'non_ascii_name', 'nominates_colleague'],
    },
  });

  // 011 main contact change, optician from a personal hotmail who wants her personal address used
  m.push({
    mailbox: mb, slug: '011-mcc-optician-personal-address', at: 8300, client: 'outlookcom',
    from: addr('Harpreet Kaur', 'harpreet.kaur.optom@hotmail.co.uk'),
    subject: 'Main contact - Kaur & Daughter Opticians',
    text: `Hello

Please could I be set up as the main contact for Kaur & Daughter Opticians, TPM22. We haven't got an nhs.net account for the practice yet, so please use this email address (harpreet.kaur.optom@hotmail.co.uk) for now.

Many thanks
Harpreet Kaur
Optometrist & Owner`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'TPM22', type: 'ophthalmic_practice' },
      fields: { newMainContact: P('Harpreet Kaur', 'harpreet.kaur.optom@hotmail.co.uk') },
      mustRaise: [], traits: ['sender_is_nominee', 'personal_address'],
    },
  });

  // 012 verification link, own account with GMC number
  m.push({
    mailbox: mb, slug: '012-verification-own-gmc', at: 9700,
    from: addr('Emeka Obi', 'emeka.obi@nhs.net'),
    subject: 'Verification link never arrived',
    text: `Dear Sir/Madam

I never received the PCSE Online verification link. I'm the only GP at Obi Family Practice (C82045).

GMC number: 7034512
GMC registered email: emeka.obi@nhs.net (the address I'm writing from)

Please could you send a new link.

Dr Emeka Obi${NHS_FOOTER}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'C82045', type: 'gp_practice' },
      fields: { accountEmail: 'emeka.obi@nhs.net', gmcNumber: '7034512' },
      mustRaise: [], traits: ['labelled_lines'],
    },
  });

  // 013 verification link for a locum asked by the practice's shared mailbox
  m.push({
    mailbox: mb, slug: '013-verification-for-locum', at: 11000,
    from: addr('Reception - Greenhill Surgery', 'reception.greenhill@nhs.net'),
    subject: 'Verification link for our locum',
    text: `Hi,

Could you resend the verification link for our long-term locum Dr Fiona McTaggart please? Her GMC email is fiona.mctaggart@nhs.net and GMC no. 6118842. She's asked me to chase as she's in clinic all week.

Greenhill Surgery, B86033

Thanks
Lorraine (practice manager/reception/everything else!)${NHS_FOOTER}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'B86033', type: 'gp_practice' },
      fields: { accountEmail: 'fiona.mctaggart@nhs.net', gmcNumber: '6118842' },
      mustRaise: ['not_own_account'], traits: ['shared_mailbox', 'on_behalf_of'],
    },
  });

  // 014 verification link from a personal address, GMC email given, no GMC number or practice code
  m.push({
    mailbox: mb, slug: '014-verification-own-from-gmail', at: 12500, client: 'gmail',
    from: addr('Kemi Adeyemi', 'kemi.adeyemi.gp@gmail.com'),
    subject: 'New link please',
    text: `Hi, I'm a GP and the verification link you sent has expired. Please send a new one to my GMC registered address k.adeyemi@nhs.net - writing from my own email as I can't get into nhs.net from home. Thanks, Kemi`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'k.adeyemi@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['personal_address', 'one_line', 'no_org_code'],
    },
  });

  // 015 unlock, dental owner-performer
  m.push({
    mailbox: mb, slug: '015-unlock-dental-owner', at: 14000,
    from: addr('Priya Venkataraman', 'priya.venkataraman@nhs.net'),
    subject: 'Account locked',
    text: `Hello,

I have locked myself out of PCSE Online after too many wrong passwords. Username: priya.venkataraman@nhs.net

Abbey Smile Dental, V104392 - I'm the owner and the performer so I'm a bit stuck without it!

Thank you
Priya${NHS_FOOTER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'V104392', type: 'dental_practice' },
      fields: { username: 'priya.venkataraman@nhs.net' },
      mustRaise: [], traits: ['sender_is_account_holder'],
    },
  });

  // 016 unlock, pharmacist, also asks about the pharmacy email (noted)
  m.push({
    mailbox: mb, slug: '016-unlock-pharmacist-plus-email', at: 15600,
    from: addr('Hamid Karimi', 'hamid.karimi@nhs.net'),
    subject: 'Locked out + pharmacy email',
    text: `Hi,

Main thing: I'm locked out of PCSE Online - could you unlock hamid.karimi@nhs.net please? I'm the pharmacist and owner at Oakley Pharmacy (FN204).

Also, while I have you - our pharmacy email will be changing to oakley.pharmacy.fn204@nhs.net next month. Do I need to send that somewhere else?

Hamid${NHS_FOOTER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'FN204', type: 'pharmacy' },
      fields: { username: 'hamid.karimi@nhs.net' },
      mustRaise: [], traits: ['mixed_requests', 'sender_is_account_holder'],
    },
  });

  // 017 unlock, a staff member without email (non-email username), owner writes
  m.push({
    mailbox: mb, slug: '017-unlock-non-email-username', at: 17000,
    from: addr('Clearview Optics', 'clearview.optics@nhs.net'),
    subject: 'Please unlock Lucy',
    text: `Hello

Our receptionist Lucy Brennan doesn't have an email so we set her up with the username lucybrennan@clearviewoptics. She has locked herself out. Please could you unlock it?

Clearview Optics TPB88

Owen Hale, owner/optometrist${NHS_FOOTER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'TPB88', type: 'ophthalmic_practice' },
      fields: { username: 'lucybrennan@clearviewoptics' },
      mustRaise: [], traits: ['non_email_username', 'on_behalf_of', 'shared_mailbox'],
    },
  });

  // 018 reactivation, optometrist, only OPTO admin
  m.push({
    mailbox: mb, slug: '018-reactivate-opto-admin-self', at: 18600,
    from: addr('Nuala Ní Bhraonáin', 'nuala.nibhraonain@nhs.net'),
    subject: 'Account deactivated',
    text: `Dia dhuit,

My PCSE Online account has been deactivated because I hadn't logged in for a while (maternity leave). I'm the OPTO user admin for Ní Bhraonáin Optometrists (TPW19) - the only one - so nobody else can turn it back on.

Username is nuala.nibhraonain@nhs.net.

Go raibh maith agat,
Nuala${NHS_FOOTER}`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'TPW19', type: 'ophthalmic_practice' },
      fields: { username: 'nuala.nibhraonain@nhs.net' },
      mustRaise: [], traits: ['non_ascii_name', 'sender_is_account_holder', 'admin_role_holder'],
    },
  });

  // 019 reactivation, PCN clinical director (main contact) — HTML only
  m.push({
    mailbox: mb, slug: '019-reactivate-pcn-cd-html', at: 20100,
    from: addr('Marcus Oyelaran-Hughes', 'm.oyelaran-hughes@nhs.net'),
    subject: 'Reactivate my account - Kennet Valley PCN',
    text: '',
    htmlOnly: true,
    html: `<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I'm the Clinical Director and main contact for <b>Kennet Valley PCN (U61207)</b>. My PCSE Online account has been deactivated - please can you reactivate it?</p>
<p><b>Username:</b> m.oyelaran-hughes@nhs.net</p>
<p>Thanks,<br>Dr Marcus Oyelaran-Hughes<br>Clinical Director, Kennet Valley PCN</p>
</div></body></html>`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'U61207', type: 'pcn' },
      fields: { username: 'm.oyelaran-hughes@nhs.net' },
      mustRaise: [], traits: ['html_only', 'sender_is_account_holder', 'admin_role_holder'],
    },
  });

  // 020 role removal, single-handed GP for a leaver
  m.push({
    mailbox: mb, slug: '020-role-removal-leaver', at: 21500,
    from: addr('Samuel Achterberg', 'samuel.achterberg@nhs.net'),
    subject: 'Remove roles - Kirsty Dobbs',
    text: `Hi,

Kirsty Dobbs (kirsty.dobbs@nhs.net) left Pennine View Surgery (B82619) last Friday. Please remove her Joiner & Leaver and Practice Estimate and Salary Change roles.

Dr Sam Achterberg
Pennine View Surgery${NHS_FOOTER}`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'B82619', type: 'gp_practice' },
      fields: { username: 'kirsty.dobbs@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [], traits: ['leaver'],
    },
  });

  // 021 role removal of the sender's own role
  m.push({
    mailbox: mb, slug: '021-role-removal-own-role', at: 23000,
    from: addr('Castle Street Pharmacy', 'castlestreet.pharmacy@nhs.net'),
    subject: 'Take a role off my account',
    text: `Hello,

Please can you take the Practice Order Entry Clerk role off my account (username dylan.prosser@nhs.net)? I'm the main contact for Castle Street Pharmacy FQ771 and the owner, so I don't need it as well - it just clutters my screen.

Dylan Prosser MRPharmS${NHS_FOOTER}`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'FQ771', type: 'pharmacy' },
      fields: { username: 'dylan.prosser@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [], traits: ['shared_mailbox', 'sender_is_account_holder'],
    },
  });

  // 022 misdirected practice email update (dental practice) to portalenquiries
  m.push({
    mailbox: mb, slug: '022-misdirected-practice-email', at: 24500,
    from: addr('Linden House Dental', 'lindenhouse.dental@btinternet.com'),
    subject: 'Update practice email address',
    text: `Hi,

Practice: Linden House Dental
Practice code: V009215
Current practice email: lindenhouse.dental@btinternet.com
New practice email: lindenhousedental.v009215@nhs.net

We finally have an nhs.net shared mailbox! Sorry if this is the wrong inbox.

Marguerite Ashby-Fox (owner)`,
    client: 'outlookcom',
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V009215', type: 'dental_practice' },
      fields: { currentEmail: 'lindenhouse.dental@btinternet.com', newEmail: 'lindenhousedental.v009215@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'labelled_lines', 'personal_address'],
    },
  });

  // 023 genuine question
  m.push({
    mailbox: mb, slug: '023-question-two-practices', at: 26000,
    from: addr('Tomasz Wójcik', 'tomasz.wojcik@nhs.net'),
    subject: 'Question',
    text: `Hello, quick question - I also do sessions at a second practice. If I'm user admin at both, will I see both organisations under the one login or do I need a second account? Thanks, Tomasz${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question'] },
  });

  // 024 chaser with a case reference
  m.push({
    mailbox: mb, slug: '024-chaser-with-ref', at: 27400,
    from: addr('Olumide Bankole', 'olumide.bankole@nhs.net'),
    subject: 'RE: Your request PCSE-2026-004817',
    text: `Hi, any update on this? It's been a week. Ref PCSE-2026-004817. Thanks, Olu${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref'] },
  });

  // 025 out-of-office auto reply
  m.push({
    mailbox: mb, slug: '025-auto-reply-ooo', at: 28800,
    from: addr('Ravi Chandrasekaran', 'ravi.chandrasekaran@nhs.net'),
    subject: 'Automatic reply: PCSE-2026-005102 Further information required',
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `I am on annual leave until 23 November with no access to email. For urgent matters please call the surgery on 01772 555 301.

Dr Ravi Chandrasekaran`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_ref'] },
  });

  // 026 thank-you with a reference
  m.push({
    mailbox: mb, slug: '026-thanks-with-ref', at: 30200,
    from: addr('Ifeoma Nwachukwu', 'ifeoma.nwachukwu@nhs.net'),
    subject: 'RE: PCSE-2026-005230 main contact updated',
    text: `Lovely, got the email and I'm in. Thank you so much!

Ifeoma

> Your request PCSE-2026-005230 has been completed.${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_ref', 'quoted_thread'] },
  });

  // 027 PL nomination from an ophthalmic practice: contract holder nominates herself, code typed wrongly
  m.push({
    mailbox: mb, slug: '027-pl-opto-malformed-code', at: 31800,
    from: addr('Rosalind Achebe-Grant', 'rosalind.achebe-grant@nhs.net'),
    subject: 'PL organisation admin for our optical practice',
    text: `Dear PCSE,

I'm the contract holder at Grant Eyecare (code TP-G4?? - sorry, I think it's TPG45 but I'm not in the office to check) and I'd like to be the PL Organisation User Administrator myself, so I can manage our performers' access.

Please set me up on rosalind.achebe-grant@nhs.net.

Regards
Rosalind Achebe-Grant
Contract Holder, Grant Eyecare${NHS_FOOTER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPG45', type: 'ophthalmic_practice' },
      fields: { service: 'PL', nominee: P('Rosalind Achebe-Grant', 'rosalind.achebe-grant@nhs.net'), approver: { name: 'Rosalind Achebe-Grant', email: 'rosalind.achebe-grant@nhs.net', role: 'Contract Holder' } },
      mustRaise: [], traits: ['sender_is_nominee', 'sender_is_approver', 'uncertain_code'],
    },
  });

  return m;
}
