// portalenquiries: writer AA's emails and their expected cases.
import { alt, NHSMAIL_DISCLAIMER as DISC, org, outlookHtml, p, pdf, txt, uncl, withFiles, withRole, type Spec } from './common.js';
import { gppForm, optoForm, pcnForm } from './formdefs.js';
import { renderLetter, renderPdf } from './forms.js';
import { htmlPart, multipart, textPart } from './lib.js';

const D = (iso: string) => new Date(iso);

export async function portal(): Promise<Spec[]> {
  const out: Spec[] = [];

  // 1 — GPP certification as a fillable form, body says almost nothing.
  {
    const form = await renderPdf(gppForm({
      practice: 'Fernbrook Medical Practice', code: 'K83047', address: '12 Mill Lane\nFernbrook, FB4 2XY', nominee: 'Gareth Pellow', jobTitle: 'Assistant Practice Manager',
      email: 'gareth.pellow@nhs.net', phone: '01632 960 118', approver: 'Dr Anjali Vaswani', approverRole: 'GP Partner', approverEmail: 'anjali.vaswani@nhs.net', signed: true, date: '03/11/2026',
    }), { mode: 'acro', title: 'GPP Practice User Administrator Certification Form', date: D('2026-11-03T08:40:00Z'), seed: 'p1' });
    out.push({
      n: 1, slug: 'gpp-see-attached-acroform', from: { name: 'Tamsin Roper', email: 'tamsin.roper@nhs.net' }, subject: 'GPP form', date: '2026-11-03T09:02:11Z', client: 'outlook',
      body: withFiles(alt(`Please see attached.\n\nTamsin\n\nTamsin Roper\nPractice Manager\nFernbrook Medical Practice\n\n${DISC}`, 'p1'), [pdf('GPP UA form - Fernbrook.pdf', form)], 'p1'),
      exp: {
        kind: 'user_admin_nomination', organisation: org('K83047', 'gp_practice'),
        fields: { service: 'GPP', nominee: p('Gareth Pellow', 'gareth.pellow@nhs.net'), approver: withRole('Anjali Vaswani', 'anjali.vaswani@nhs.net', 'GP Partner') },
        traits: ['pdf_acroform', 'see_attached', 'body_says_little'],
      },
    });
  }

  // 2 — old-version GPP form, capitals, N/A and "-", signature box empty; body is only a signature.
  {
    const form = await renderPdf(gppForm({
      version: 'v2', practice: 'CASTLEGATE SURGERY', code: 'P81702', address: '4 CASTLEGATE\nWESTHOLME WH2 7QP', nominee: 'LORRAINE FITCH', jobTitle: 'PRACTICE MANAGER',
      email: 'LORRAINE.FITCH1@NHS.NET', phone: 'N/A', approver: 'DR MALCOLM OYELARAN', approverRole: 'SENIOR PARTNER', approverEmail: '-', signed: false, date: '12.11.26',
    }), { mode: 'flat', font: 'helv', valueFont: 'courier', title: 'GPP UA Cert', creator: 'Microsoft® Word 2016', date: D('2026-11-12T10:10:00Z'), seed: 'p2' });
    out.push({
      n: 2, slug: 'gpp-old-form-capitals-unsigned', from: { name: 'FITCH, Lorraine (CASTLEGATE SURGERY)', email: 'lorraine.fitch1@nhs.net' }, subject: 'GPP user admin', date: '2026-11-12T10:31:40Z', client: 'outlook',
      body: withFiles(alt(`\n\nLorraine Fitch\nPractice Manager | Castlegate Surgery\nT: 01632 960 431\n\n${DISC}`, 'p2'), [pdf('SCAN_GPP_UA_CASTLEGATE.pdf', form)], 'p2'),
      exp: {
        kind: 'user_admin_nomination', organisation: org('P81702', 'gp_practice'),
        fields: { service: 'GPP', nominee: p('Lorraine Fitch', 'lorraine.fitch1@nhs.net'), approver: withRole('Malcolm Oyelaran', null, 'Senior Partner') },
        mustRaise: ['missing_signature'],
        traits: ['pdf_flat', 'old_form_version', 'capitals', 'placeholder_values', 'empty_body_signature_only', 'unsigned_form'],
      },
    });
  }

  // 3 — two attachments: the first form (wrong email) and the corrected one, flattened badly; the email says which counts.
  {
    const base = {
      practice: 'Heronsgate Health Centre', code: 'M85531', address: 'Heronsgate Road\nKilnbury KB3 9LD', nominee: 'Samir Qureshi', jobTitle: 'Practice Business Manager',
      phone: '01632 960 507', approver: 'Dr Fiona Lestrange', approverRole: 'GP Partner', approverEmail: 'fiona.lestrange@nhs.net', signed: true,
    };
    const old = await renderPdf(gppForm({ ...base, email: 'samir.qureshi@nhs.net', date: '17/11/2026' }), { mode: 'acro', title: 'GPP Practice User Administrator Certification Form', date: D('2026-11-17T14:00:00Z'), seed: 'p3a' });
    const fixed = await renderPdf(gppForm({ ...base, email: 'samir.qureshi2@nhs.net', date: '18 Nov 2026' }), { mode: 'flatBad', title: 'GPP Practice User Administrator Certification Form', creator: 'Microsoft: Print To PDF', date: D('2026-11-18T08:50:00Z'), seed: 'p3b' });
    out.push({
      n: 3, slug: 'gpp-old-and-corrected-form', from: { name: 'Kerry-Ann Whitlock', email: 'kerryann.whitlock@nhs.net' }, subject: 'RE: GPP user admin form - Heronsgate HC', date: '2026-11-18T09:05:52Z', client: 'outlook',
      body: withFiles(alt(`Morning,

Apologies, the form I sent yesterday had Samir's email address wrong (it's missing the 2). I've attached both so you can see - please IGNORE "GPP form v1" and use the one called "GPP form CORRECTED".

Thanks
Kerry-Ann

Kerry-Ann Whitlock
Administrator
Heronsgate Health Centre

${DISC}`, 'p3'), [pdf('GPP form v1.pdf', old), pdf('GPP form CORRECTED.pdf', fixed)], 'p3'),
      exp: {
        kind: 'user_admin_nomination', organisation: org('M85531', 'gp_practice'),
        fields: { service: 'GPP', nominee: p('Samir Qureshi', 'samir.qureshi2@nhs.net'), approver: withRole('Fiona Lestrange', 'fiona.lestrange@nhs.net', 'GP Partner') },
        traits: ['two_attachments', 'corrected_form', 'pdf_acroform', 'pdf_flattened_offset'],
      },
    });
  }

  // 4 — PL admin nominated by the CQC registered manager in plain text.
  out.push({
    n: 4, slug: 'pl-admin-cqc-manager', from: { name: 'Bernadette Okonjo-Hale', email: 'b.okonjo-hale@nhs.net' }, subject: 'PL Organisation Administrator - Millbrook Surgery J82119', date: '2026-11-04T11:14:03Z', client: 'outlook',
    body: txt(`Dear PCSE,

We currently have no PL Organisation Administrator at Millbrook Surgery (J82119). As the practice's CQC Registered Manager I would like to nominate:

Priya Ramdhanie - Deputy Practice Manager
priya.ramdhanie@nhs.net

Can you let me know if you need anything else.

Many thanks,
Bernadette

Bernadette Okonjo-Hale
Practice Manager & CQC Registered Manager
Millbrook Surgery, 2 Station Approach, Millbrook MB6 1AA
01632 960 772

${DISC}`),
    exp: {
      kind: 'user_admin_nomination', organisation: org('J82119', 'gp_practice'),
      fields: { service: 'PL', nominee: p('Priya Ramdhanie', 'priya.ramdhanie@nhs.net'), approver: withRole('Bernadette Okonjo-Hale', 'b.okonjo-hale@nhs.net', 'CQC Registered Manager') },
      traits: ['plain_text', 'approver_is_sender'],
    },
  });

  // 5 — OPTO nomination form with "Dental practice" ticked against an ophthalmic code.
  {
    const form = await renderPdf(optoForm({
      orgType: ['Dental practice'], name: 'Carrow Eyecare', code: 'TPK41', address: '88 Harbour Street\nPortleven-on-Sea PS2 4RT', nominee: 'Declan Murtagh', email: 'declan.murtagh@nhs.net',
      phone: '01632 960 915', roles: ['OPTO Organisation User Administration'], holder: 'Imogen Carrow-Leith', holderEmail: 'imogen.carrow-leith@nhs.net', date: '2026-11-09',
    }), { mode: 'flat', font: 'times', title: 'User admin nomination', date: D('2026-11-09T15:00:00Z'), seed: 'p5' });
    out.push({
      n: 5, slug: 'opto-form-type-box-wrong', from: { name: 'Imogen Carrow-Leith', email: 'imogen.carrow-leith@nhs.net' }, subject: 'Ophthalmic user admin nomination', date: '2026-11-09T15:22:18Z', client: 'iphone',
      body: withFiles(txt('Form attached as requested\n\nImogen\nCarrow Eyecare\n\nSent from my iPhone'), [pdf('Nomination.pdf', form)], 'p5', 'apple'),
      exp: {
        kind: 'user_admin_nomination', organisation: org('TPK41', 'ophthalmic_practice'),
        fields: { service: 'OPTO', nominee: p('Declan Murtagh', 'declan.murtagh@nhs.net'), approver: withRole('Imogen Carrow-Leith', 'imogen.carrow-leith@nhs.net', 'Contract Holder') },
        mustRaise: ['ods_type_mismatch'],
        traits: ['pdf_flat', 'tick_box_type_disagrees_with_code', 'body_says_little', 'iphone'],
      },
    });
  }

  // 6 — PCN nomination signed by the PCN's own clinical director (not the ICB).
  {
    const form = await renderPdf(pcnForm({
      pcn: 'Three Rivers PCN', code: 'U58213', nominee: 'Harriet Lomax', job: 'PCN Operations Manager', email: 'harriet.lomax3@nhs.net', approver: 'Dr Kwame Asante-Morley',
      approverJob: 'Clinical Director, Three Rivers PCN', icb: 'n/a - see email', approverEmail: 'kwame.asante-morley@nhs.net', date: '20/11/2026',
    }), { mode: 'flat', title: 'PCN user admin request', date: D('2026-11-20T12:00:00Z'), seed: 'p6' });
    out.push({
      n: 6, slug: 'pcn-signed-by-clinical-director', from: { name: 'Harriet Lomax', email: 'harriet.lomax3@nhs.net' }, subject: 'PCN user admin request - Three Rivers PCN (U58213)', date: '2026-11-20T12:41:09Z', client: 'outlook',
      body: withFiles(alt(`Hello,

Please find our PCN user admin request form attached. Our ICB contact is on annual leave until January so Dr Asante-Morley, our Clinical Director, has approved and signed it instead - hope that's OK as we really need access before the year-end claims.

Kind regards
Harriet

Harriet Lomax
PCN Operations Manager | Three Rivers PCN

${DISC}`, 'p6'), [pdf('PCN UA request Three Rivers.pdf', form)], 'p6'),
      exp: {
        kind: 'user_admin_nomination', organisation: org('U58213', 'pcn'),
        fields: { service: 'PCN', nominee: p('Harriet Lomax', 'harriet.lomax3@nhs.net'), approver: withRole('Kwame Asante-Morley', 'kwame.asante-morley@nhs.net', 'Clinical Director') },
        mustRaise: ['approver_not_on_ael'],
        traits: ['pdf_flat', 'approver_not_icb', 'nominee_is_sender'],
      },
    });
  }

  // 7 — ICB approver forwards a PCN's request with an approval comment (HTML forward).
  {
    const text = `Dear PCSE team,

I approve the request below. I am listed as an approver for NHS Fenland and Wash ICB on the NHSE Authorised Email List.

Rosalind

Rosalind Hatherley
Primary Care Contracts Manager
NHS Fenland and Wash ICB
rosalind.hatherley@nhs.net

From: Ngozi Pemberton <ngozi.pemberton@nhs.net>
Sent: 23 November 2026 16:02
To: HATHERLEY, Rosalind (NHS FENLAND AND WASH ICB) <rosalind.hatherley@nhs.net>
Subject: PCN user admin - Westmarsh Coastal PCN

Hi Rosalind,

Could you approve and send on to PCSE please? We have no PCN user admin since Lee left.

PCN: Westmarsh Coastal PCN
PCN code: U40977
Proposed user admin: Dominic Farrier-Jones (Digital & Transformation Lead)
Email: dominic.farrier-jones@nhs.net

Thanks, Ngozi
Business Manager, Westmarsh Coastal PCN
`;
    const html = outlookHtml(text).replace('<p class="MsoNormal">From: Ngozi', '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Ngozi').replace(/Subject: PCN user admin - Westmarsh Coastal PCN<o:p><\/o:p><\/p>/, 'Subject: PCN user admin - Westmarsh Coastal PCN<o:p></o:p></p></div>');
    out.push({
      n: 7, slug: 'pcn-icb-approver-forward-html', from: { name: 'HATHERLEY, Rosalind (NHS FENLAND AND WASH ICB)', email: 'rosalind.hatherley@nhs.net' }, subject: 'FW: PCN user admin - Westmarsh Coastal PCN',
      cc: [{ name: 'Ngozi Pemberton', email: 'ngozi.pemberton@nhs.net' }], date: '2026-11-24T08:15:30Z', client: 'outlook',
      body: htmlPart(html),
      exp: {
        kind: 'user_admin_nomination', organisation: org('U40977', 'pcn'),
        fields: { service: 'PCN', nominee: p('Dominic Farrier-Jones', 'dominic.farrier-jones@nhs.net'), approver: withRole('Rosalind Hatherley', 'rosalind.hatherley@nhs.net', 'Primary Care Contracts Manager') },
        traits: ['html_only', 'forwarded', 'icb_approver', 'nhsmail_display_name'],
      },
    });
  }

  // 8 — GPP form whose nominee email disagrees with the covering email; the email does not say which is right.
  {
    const form = await renderPdf(gppForm({
      practice: 'Quayside Medical Group', code: 'B86032', address: 'Unit 3, Quayside\nAnchorford AF1 6GH', nominee: 'Nadia Pereira-Stokes', jobTitle: 'Finance Lead',
      email: 'n.pereira-stokes@nhs.net', phone: '01632 960 230', approver: 'Dr Tobias Renwick', approverRole: 'GP Partner', approverEmail: 'tobias.renwick@nhs.net', signed: true, date: '25-11-2026',
    }), { mode: 'acro', title: 'GPP Practice User Administrator Certification Form', date: D('2026-11-25T09:30:00Z'), seed: 'p8', fieldPrefix: 'form1.' });
    out.push({
      n: 8, slug: 'gpp-form-disagrees-with-email', from: { name: 'Tobias Renwick', email: 'tobias.renwick@nhs.net' }, subject: 'GPP admin for Quayside', date: '2026-11-25T09:48:00Z', client: 'outlook',
      body: withFiles(alt(`Hi

Please set up Nadia Pereira-Stokes as a GPP user admin for us, her email is nadia.pereirastokes@nhs.net. Signed form attached.

Thanks
Toby

Dr Tobias Renwick
GP Partner, Quayside Medical Group

${DISC}`, 'p8'), [pdf('GPP cert signed.pdf', form)], 'p8'),
      exp: {
        kind: 'user_admin_nomination', organisation: org('B86032', 'gp_practice'),
        fields: { service: 'GPP', nominee: p('Nadia Pereira-Stokes', 'n.pereira-stokes@nhs.net'), approver: withRole('Tobias Renwick', 'tobias.renwick@nhs.net', 'GP Partner') },
        traits: ['pdf_acroform', 'form_disagrees_with_email', 'form_counts', 'mixed_date_format'],
      },
    });
  }

  // 9 — main contact change in an attached letter; body says little.
  {
    const letter = await renderLetter([
      '26 November 2026', '', 'PCSE', 'pcse.portalenquiries@nhs.net', '',
      'Dear Sir / Madam', '',
      'Re: Change of Main Contact - Ashdown Lane Surgery (ODS code H81622)', '',
      'Our current Main Contact, Mrs Pauline Greaves, retires at the end of this month. Please change our Main Contact for PCSE Online to:', '',
      'Mr Yusuf Delacroix-Amani, Operations Manager', 'Email: yusuf.delacroix@nhs.net', '',
      'Mr Delacroix-Amani already has a PCSE Online account for the GPP roles.', '',
      'Yours faithfully', '{sig}', 'Dr Harriet Okwuosa', 'Senior Partner',
    ], { title: 'Main contact letter', date: D('2026-11-26T10:00:00Z'), head: ['Ashdown Lane Surgery', '41 Ashdown Lane', 'Brackley Cross BX4 8NE', 'Tel 01632 960 844'], signed: true, seed: 'p9' });
    out.push({
      n: 9, slug: 'main-contact-letter-attached', from: { name: 'Ashdown Lane Surgery Admin', email: 'ashdownlane.admin@nhs.net' }, subject: 'Main contact change', date: '2026-11-26T10:12:44Z', client: 'outlook',
      body: withFiles(alt(`Please see attached letter.\n\nAshdown Lane Surgery\n\n${DISC}`, 'p9'), [pdf('Letter to PCSE main contact.pdf', letter)], 'p9'),
      exp: {
        kind: 'main_contact_change', organisation: org('H81622', 'gp_practice'),
        fields: { newMainContact: p('Yusuf Delacroix-Amani', 'yusuf.delacroix@nhs.net') },
        traits: ['pdf_letter', 'see_attached', 'shared_mailbox_sender'],
      },
    });
  }

  // 10 — main contact change from a personal gmail address.
  out.push({
    n: 10, slug: 'main-contact-from-gmail', from: { name: 'Leanne Okafor', email: 'leanne.okafor.dental@gmail.com' }, subject: 'New main contact Brightsmile Dental V018427', date: '2026-11-10T19:47:25Z', client: 'gmail',
    auth: { pass: 'gmail.com' },
    body: multipart('alternative', [textPart(`Hi there,

I've taken over as practice manager at Brightsmile Dental Care (V018427) and need to be made the main contact please, the previous one has left. My work email is leanne.okafor@nhs.net but I can't get into it from home yet.

Name: Leanne Okafor
Email: leanne.okafor@nhs.net

Thanks so much
Leanne`), htmlPart(`<div dir="ltr">Hi there,<div><br></div><div>I've taken over as practice manager at Brightsmile Dental Care (V018427) and need to be made the main contact please, the previous one has left. My work email is <a href="mailto:leanne.okafor@nhs.net">leanne.okafor@nhs.net</a> but I can't get into it from home yet.</div><div><br></div><div>Name: Leanne Okafor</div><div>Email: <a href="mailto:leanne.okafor@nhs.net">leanne.okafor@nhs.net</a></div><div><br></div><div>Thanks so much</div><div>Leanne</div></div>\n`)], 'p10', 'gmail'),
    exp: {
      kind: 'main_contact_change', organisation: org('V018427', 'dental_practice'),
      fields: { newMainContact: p('Leanne Okafor', 'leanne.okafor@nhs.net') },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_address', 'gmail', 'html_alternative'],
    },
  });

  // 11 — GP verification link with GMC number.
  out.push({
    n: 11, slug: 'verification-link-gmc', from: { name: 'Dr Anil Chaudhury', email: 'anil.chaudhury@nhs.net' }, subject: 'Verification link not received', date: '2026-11-05T07:58:10Z', client: 'android',
    body: txt(`Hello

I never received the PCSE Online verification link. This address is the one registered with the GMC. GMC number 7712045.

Could you send a new link please.

Anil Chaudhury
Salaried GP

Get Outlook for Android`),
    exp: {
      kind: 'verification_link_resend', organisation: null,
      fields: { accountEmail: 'anil.chaudhury@nhs.net', gmcNumber: '7712045' },
      traits: ['phone', 'gmc_number'],
    },
  });

  // 12 — user admin's own link expired, from an iPhone, base64 text part.
  out.push({
    n: 12, slug: 'verification-link-admin-iphone', from: { name: 'Joss Penhaligon', email: 'joss.penhaligon@nhs.net' }, subject: 'Link expired', date: '2026-11-16T17:20:41Z', client: 'iphone',
    body: txt(`Hi, I’m the new GPP admin at Elmhurst Surgery (L83106). The verification link in your email has expired before I could use it – can you resend it to me at this address please? Thanks Joss\n\nSent from my iPhone`, { enc: 'base64' }),
    exp: {
      kind: 'verification_link_resend', organisation: org('L83106', 'gp_practice'),
      fields: { accountEmail: 'joss.penhaligon@nhs.net', gmcNumber: null },
      traits: ['iphone', 'base64_text', 'own_account_implicit'],
    },
  });

  // 13 — unlock, username only (non-email user name).
  out.push({
    n: 13, slug: 'unlock-non-email-username', from: { name: 'St Clements Dental Reception', email: 'stclements.dental@nhs.net' }, subject: 'account locked', date: '2026-11-06T08:31:02Z', client: 'outlook',
    body: alt(`Good morning

Our nurse has locked her account after too many attempts. She doesn't have an email so her log in is:

Username: martinaveldhuis@stclementsdental

St Clement's Dental Practice, practice code V207731.

Thank you
Reception

${DISC}`, 'p13'),
    exp: {
      kind: 'account_unlock', organisation: org('V207731', 'dental_practice'),
      fields: { username: 'martinaveldhuis@stclementsdental' },
      traits: ['non_email_username', 'shared_mailbox_sender'],
    },
  });

  // 14 — unlock request whose authentication failed at the receiving server.
  out.push({
    n: 14, slug: 'unlock-dkim-fail', from: { name: 'Barnaby Quill', email: 'barnaby.quill@nhs.net' }, subject: 'URGENT locked out of PCSE', date: '2026-11-19T22:04:57Z', client: 'thunderbird',
    auth: { fail: 'nhs.net', ip: '185.220.101.47' },
    body: txt(`Hi,

I am locked out of PCSE Online after entering the wrong password 5 times. Username barnaby.quill@nhs.net. Pinfold Surgery C82044.

Please unlock asap.

Barnaby Quill
Practice Manager`),
    exp: {
      kind: 'account_unlock', organisation: org('C82044', 'gp_practice'),
      fields: { username: 'barnaby.quill@nhs.net' },
      mustRaise: ['sender_unauthenticated'],
      traits: ['auth_fail', 'out_of_hours'],
    },
  });

  // 15 — main contact's own account deactivated.
  out.push({
    n: 15, slug: 'reactivation-main-contact', from: { name: 'Oyelowo, Femi (Hartside Pharmacy)', email: 'femi.oyelowo@nhs.net' }, subject: 'Account deactivated - main contact FKD41', date: '2026-11-11T13:26:36Z', client: 'outlook',
    body: alt(`Hello,

My PCSE Online account has been deactivated as I hadn't logged in for a while. I am the Main Contact for Hartside Pharmacy (FKD41). Please could you reactivate it - my username is femi.oyelowo@nhs.net.

Kind regards

Femi Oyelowo MRPharmS
Pharmacist Manager
Hartside Pharmacy

${DISC}`, 'p15'),
    exp: {
      kind: 'account_reactivation', organisation: org('FKD41', 'pharmacy'),
      fields: { username: 'femi.oyelowo@nhs.net' },
      traits: ['nhsmail_display_name', 'main_contact_own_account'],
    },
  });

  // 16 — leaver: remove several roles.
  out.push({
    n: 16, slug: 'role-removal-leaver-several-roles', from: { name: 'Graham Tulloch', email: 'graham.tulloch@nhs.net' }, subject: 'Leaver - please remove access', date: '2026-11-02T10:44:19Z', client: 'outlook',
    body: alt(`Hi PCSE,

Dr Saoirse Mulvaney left Brookhollow Surgery (D83061) on 31/10/2026. Please remove all her roles from PCSE Online:

- Joiner & Leaver
- Practice Estimate and Salary Change
- PL Practice Manager
- GPP - Practice User Management

Her username is saoirse.mulvaney@nhs.net

Regards
Graham Tulloch
Practice Manager, Brookhollow Surgery

${DISC}`, 'p16'),
    exp: {
      kind: 'role_removal_request', organisation: org('D83061', 'gp_practice'),
      fields: { username: 'saoirse.mulvaney@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'PL Practice Manager', 'GPP - Practice User Management'] },
      traits: ['leaver', 'bulleted_roles'],
    },
  });

  // 17 — role removal by username only.
  out.push({
    n: 17, slug: 'role-removal-username-only', from: { name: 'Oakvale Surgery', email: 'oakvale.surgery@nhs.net' }, subject: 'Remove roles', date: '2026-11-13T14:02:50Z', client: 'outlook',
    body: txt(`Please remove Practice Order Entry Clerk and Practice Records Movement Admin from user jmcgintyrecords@oakvale - no longer works here. Oakvale Surgery N81093.

Thanks`),
    exp: {
      kind: 'role_removal_request', organisation: org('N81093', 'gp_practice'),
      fields: { username: 'jmcgintyrecords@oakvale', roles: ['Practice Order Entry Clerk', 'Practice Records Movement Admin'] },
      traits: ['terse', 'non_email_username'],
    },
  });

  // 18 — chaser with reference.
  out.push({
    n: 18, slug: 'chaser-with-reference', from: { name: 'Tamsin Roper', email: 'tamsin.roper@nhs.net' }, subject: 'RE: Your enquiry PCSE-2026-004417', date: '2026-11-17T09:12:00Z', client: 'outlook',
    body: alt(`Hi, just chasing this one - Gareth still hasn't had his email. Ref PCSE-2026-004417.\n\nThanks\nTamsin\n\n${DISC}`, 'p18'),
    exp: uncl(['chaser', 'case_reference']),
  });

  // 19 — out of office.
  out.push({
    n: 19, slug: 'out-of-office', from: { name: 'Graham Tulloch', email: 'graham.tulloch@nhs.net' }, subject: 'Automatic reply: PCSE-2026-004390 Leaver - please remove access', date: '2026-11-03T16:00:05Z', client: 'outlook',
    extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'graham.tulloch@nhs.net']],
    body: alt(`I am out of the office until Monday 9th November with limited access to email. For urgent matters please contact the surgery on 01632 960 330.\n\nGraham`, 'p19'),
    exp: uncl(['auto_reply'], 'auto_reply'),
  });

  // 20 — genuine question.
  out.push({
    n: 20, slug: 'question-admin-limit', from: { name: 'Rhys Abernethy', email: 'rhys.abernethy@nhs.net' }, subject: 'Question about user admins', date: '2026-11-18T11:37:29Z', client: 'outlook',
    body: alt(`Hello,

We are merging with another practice in April. Will we be able to have more than four GPP user admins while both codes are live, or is it four per code? Also does the Main Contact count towards the four?

Thanks for any help
Rhys Abernethy
Operations Manager
Larchfield Medical Centre

${DISC}`, 'p20'),
    exp: uncl(['question']),
  });

  // 21 — GP partner nominates herself (nominee = approver; allowed for GPP).
  out.push({
    n: 21, slug: 'gpp-partner-nominates-herself', from: { name: 'Dr Esther Nwachukwu-Lyle', email: 'esther.nwachukwu-lyle@nhs.net' }, subject: 'GPP Practice User Administrator - Sandpiper Surgery G83027', date: '2026-11-27T12:55:13Z', client: 'outlook',
    body: alt(`Dear PCSE

Our only GPP admin has retired and nobody can now add the new salaried GP for pensions. I am a partner and one of the practice's approvers, so I would like to be set up as GPP Practice User Administrator myself:

Name: Esther Nwachukwu-Lyle
Email: esther.nwachukwu-lyle@nhs.net
Practice: Sandpiper Surgery, G83027

I approve this request as GP Partner.

Best wishes
Esther

Dr Esther Nwachukwu-Lyle
GP Partner
Sandpiper Surgery

${DISC}`, 'p21'),
    exp: {
      kind: 'user_admin_nomination', organisation: org('G83027', 'gp_practice'),
      fields: { service: 'GPP', nominee: p('Esther Nwachukwu-Lyle', 'esther.nwachukwu-lyle@nhs.net'), approver: withRole('Esther Nwachukwu-Lyle', 'esther.nwachukwu-lyle@nhs.net', 'GP Partner') },
      traits: ['self_nomination', 'approver_is_nominee', 'labelled_lines'],
    },
  });

  return out;
}
