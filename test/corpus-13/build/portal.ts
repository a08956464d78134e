// portalenquiries: the emails and the cases a careful PCSE staff member would enter from them.
import { exp, html, message, multipart, NHSMAIL_FOOTER, org, pdf, person, plain, text, TO, unclassified, withRole, type Email } from './lib.js';
import { gppAcroform, gppFlat } from './pdfs.js';

const M = 'portalenquiries' as const;
const to = TO[M];

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];
  const add = (slug: string, eml: string, expected: Email['expected']) => out.push({ slug, eml, expected });

  // 001 ---------------------------------------------------------------------------------------------------------
  {
    const form = await gppAcroform({
      practiceName: 'Hollybank Vale Surgery', ods: 'B87006', practiceAddress: 'Station Approach, Hebden Bridge HX7 8AD',
      forename: 'Rosalind', surname: 'Pemberton', email: 'rosalind.pemberton@nhs.net', phone: '01422 842600 x214',
      jobTitle: 'Assistant Practice Manager', approverName: 'Dr Kwame Mensah', approverRole: 'GP Partner',
      approverEmail: 'kwame.mensah@nhs.net', signed: 'K. Mensah', date: '02/12/2026',
    });
    const body = `Hollybank Vale Surgery
Station Approach
Hebden Bridge
West Yorkshire
HX7 8AD
Tel: 01422 842 600

Our ref: HV/ADM/RP/0412

4 December 2026

Dear Sir/Madam

Re: GP Payments and Pensions - Practice User Administrator, Hollybank Vale Surgery (B87 006)

Following the retirement of our Practice Manager, Mrs Eileen Sowerby, on 31 October 2026, the practice no longer has anyone holding the GPP Practice User Administrator role in PCSE Online. Mrs Sowerby's account has since been deactivated by your team.

We understand from your website that, where a practice has no User Administrator, the Practice User Administrator Certification form must be completed in two parts and authorised by one of the organisation's approvers. Dr Kwame Mensah, one of our GP Partners, has completed and signed Part 2.

I would therefore be grateful if you would set me up as the GPP Practice User Administrator for the practice. The completed form is attached; my details are on it and are repeated here for convenience: Rosalind Pemberton, Assistant Practice Manager, rosalind.pemberton@nhs.net, 01422 842 600 extension 214.

Should you require anything further, please do not hesitate to contact me.

Yours faithfully

Rosalind Pemberton
Assistant Practice Manager
${NHSMAIL_FOOTER}`;
    add('001-gpp-admin-formal-letter-acroform', message(
      { from: 'Rosalind Pemberton <rosalind.pemberton@nhs.net>', to, subject: 'GPP Practice User Administrator - Hollybank Vale Surgery B87006', date: 'Fri, 04 Dec 2026 09:02:11 +0000', id: 'i-p001@GVXP265MB0412.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(body), pdf('GPP PUA certification - Hollybank Vale.pdf', form)], 'p001'),
    ), exp(M, 'user_admin_nomination', org('B87006', 'gp_practice'), {
      service: 'GPP',
      nominee: person('Rosalind Pemberton', 'rosalind.pemberton@nhs.net'),
      approver: withRole('Kwame Mensah', 'kwame.mensah@nhs.net', 'GP Partner'),
    }, ['formal_letter', 'letterhead', 'reference_line', 'request_third_paragraph', 'acroform_own_names', 'former_admin_named', 'spaced_ods']));
  }

  // 002 ---------------------------------------------------------------------------------------------------------
  {
    const form = await gppFlat({
      practiceName: 'Kingfisher Medical Centre', ods: 'B86019', practiceAddress: '2 Kirkstall Lane, Leeds LS5 3BE',
      forename: 'Bethany', surname: 'Rowntree', email: 'bethany.rowntree1@nhs.net', phone: '0113 496 0721',
      jobTitle: 'Practice Administrator', approverName: 'Dr Samuel Okonjo', approverRole: 'GP Partner',
      approverEmail: 's.okonjo@nhs.net', signed: 'S Okonjo', date: '1st Dec 2026',
    });
    const body = `Hi there,

Sorry if this is the wrong inbox - I've only been at Kingfisher Medical Centre for three weeks (I'm the new practice administrator, I took over from Gail who left in September) and I'm still finding my way round all the different PCSE addresses. There seem to be about five of them!

Basically our practice doesn't have anyone who can do the pensions side of PCSE Online at the moment. Our business manager said I need to send "the PUA form" to you and you'd sort it. So please could you set me up as the GPP Practice User Administrator? The form is attached and Dr Okonjo has signed the bottom bit. I wasn't sure whether it needs to be him or our senior partner who signs - he is one of the partners so hopefully that's fine?

Also I wasn't sure if you need our PCN code as well, it's in my signature just in case.

Is this the right mailbox for this? If not could you let me know which one it should go to and I'll resend.

Many thanks and sorry for the long email!

Bethany

Bethany Rowntree
Practice Administrator
Kingfisher Medical Centre | Practice code B86019
Member of Aire Valley Primary Care Network (U47781)
0113 496 0721 (option 4)
`;
    add('002-gpp-admin-new-starter-pua-form-flat', message(
      { from: 'Bethany Rowntree <bethany.rowntree1@nhs.net>', to, subject: 'PUA form', date: 'Tue, 01 Dec 2026 14:47:30 +0000', id: 'i-p002@LO4P265MB1190.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(body), pdf('PUA form KMC.pdf', form)], 'p002'),
    ), exp(M, 'user_admin_nomination', org('B86019', 'gp_practice'), {
      service: 'GPP',
      nominee: person('Bethany Rowntree', 'bethany.rowntree1@nhs.net'),
      approver: withRole('Samuel Okonjo', 's.okonjo@nhs.net', 'GP Partner'),
    }, ['new_staff', 'form_nickname', 'right_mailbox_question', 'pcn_code_beside_practice_code', 'flat_pdf', 'request_in_middle']));
  }

  // 003 ---------------------------------------------------------------------------------------------------------
  add('003-pl-admin-partner-two-lines-initials', plain(
    { from: '"Thornley Richard (Dr)" <richard.thornley@nhs.net>', to, subject: 'PL admin', date: 'Mon, 30 Nov 2026 07:58:02 +0000', id: 'i-p003@DB9P265MB4410.GBRP265.PROD.OUTLOOK.COM' },
    `Please set up Sunita Bahra (sunita.bahra@nhs.net) as PL Organisation Administrator for us. Thanks

RT

--
Dr Richard Thornley
CQC Registered Manager
Fernside Surgery, 3 Quarry Lane, Totton SO40 3QF
ODS J82147 | Tel 023 8044 1902
${NHSMAIL_FOOTER}`,
  ), exp(M, 'user_admin_nomination', org('J82147', 'gp_practice'), {
    service: 'PL',
    nominee: person('Sunita Bahra', 'sunita.bahra@nhs.net'),
    approver: withRole('Richard Thornley', 'richard.thornley@nhs.net', 'CQC Registered Manager'),
  }, ['two_lines', 'initials_only', 'code_in_auto_signature', 'role_in_signature']));

  // 004 ---------------------------------------------------------------------------------------------------------
  add('004-opto-admin-contract-holder-letter', plain(
    { from: 'Anthony Brindley <anthony.brindley3@nhs.net>', to, subject: 'Ophthalmic Payments - User Administrator nomination', date: 'Wed, 02 Dec 2026 16:20:45 +0000', id: 'i-p004@CWLP265MB2210.GBRP265.PROD.OUTLOOK.COM' },
    `BRINDLEY & SHAW OPTOMETRISTS
22 Market Place, Ledbury, Herefordshire HR8 1DH
Telephone 01531 63 24 18

Our ref: AB/PCSE/07
Date: 2nd December 2026

Dear Sir or Madam,

Re: Ophthalmic Payments - User Administrator (Organisation), Brindley & Shaw Optometrists, TPK41

I am the contract holder for the above practice, which has held a GOS contract since 2011 (commissioned now through NHS Herefordshire and Worcestershire ICB, QGH). My GOC registration number is 01-19384.

Until recently our Ophthalmic Payments claims were submitted by my former business partner, Mr Clive Shaw, who retired in the summer and whose access has been removed. I have been submitting claims myself since then but would prefer that our practice manager takes this on.

As contract holder I therefore nominate Mr Daniel Frobisher, Practice Manager, for the Opto User Management (Organisation) role. His email address is daniel.frobisher@nhs.net and his direct line is 01531 632 419.

I should be grateful if you would confirm once this has been done.

Yours faithfully,

Anthony Brindley BSc(Hons) MCOptom
Contract Holder
`,
  ), exp(M, 'user_admin_nomination', org('TPK41', 'ophthalmic_practice'), {
    service: 'OPTO',
    nominee: person('Daniel Frobisher', 'daniel.frobisher@nhs.net'),
    approver: withRole('Anthony Brindley', 'anthony.brindley3@nhs.net', 'Contract Holder'),
  }, ['formal_letter', 'letterhead', 'reference_line', 'request_third_paragraph', 'icb_code_distractor', 'goc_number', 'former_partner_named']));

  // 005 ---------------------------------------------------------------------------------------------------------
  add('005-pcn-admin-icb-approver-outlook-forward', plain(
    { from: 'Graham Tolliver <graham.tolliver@nhs.net>', to, cc: 'Harriet Lindqvist <harriet.lindqvist@nhs.net>', subject: 'FW: PCN user admin request - Holderness PCN', date: 'Wed, 02 Dec 2026 08:31:09 +0000', id: 'i-p005@AM7P265MB3021.GBRP265.PROD.OUTLOOK.COM' },
    `Hello PCSE,

Approved. I am an approver on the NHSE Authorised Email List for NHS Humber and North Yorkshire ICB (QOQ). Please set up Harriet as below.

Graham

Graham Tolliver
Senior Primary Care Contracts Manager
NHS Humber and North Yorkshire Integrated Care Board
Tel: 01482 344 700 | Mob: 07700 900 812

From: Harriet Lindqvist (HOLDERNESS PCN) <harriet.lindqvist@nhs.net>
Sent: 01 December 2026 15:42
To: TOLLIVER, Graham (NHS HUMBER AND NORTH YORKSHIRE ICB - 03F) <graham.tolliver@nhs.net>
Subject: PCN user admin request - Holderness PCN

Hi Graham,

We don't have a PCN user admin on PCSE Online yet. Could you approve and send this to PCSE for me please?

PCN: Holderness PCN
PCN code: U83512
Lead practice: Church View Surgery (B81018)
Proposed PCN user admin: Harriet Lindqvist, PCN Manager
Email: harriet.lindqvist@nhs.net

Thanks,
Harriet
${NHSMAIL_FOOTER}`,
  ), exp(M, 'user_admin_nomination', org('U83512', 'pcn'), {
    service: 'PCN',
    nominee: person('Harriet Lindqvist', 'harriet.lindqvist@nhs.net'),
    approver: withRole('Graham Tolliver', 'graham.tolliver@nhs.net', 'Senior Primary Care Contracts Manager'),
  }, ['outlook_forward', 'icb_code_distractor', 'ccg_code_distractor', 'lead_practice_code_distractor', 'approval_on_top']));

  // 006 ---------------------------------------------------------------------------------------------------------
  add('006-pcn-admin-clinical-director-not-icb', plain(
    { from: 'Dr Mairi Kinloch <mairi.kinloch@nhs.net>', to, subject: 'PCN admin', date: 'Thu, 03 Dec 2026 21:14:55 +0000', id: 'i-p006@LO0P265MB6600.GBRP265.PROD.OUTLOOK.COM' },
    `Could you add Owen Gallacher (owen.gallacher1@nhs.net) as PCN user admin for us please. I'm the CD not the ICB - hope that's ok, our ICB contact is on leave till Jan and I don't think I'm on their list.

MK

Dr Mairi Kinloch
Clinical Director | Tweed Valley PCN | U29904
Infirmary Square, Berwick-upon-Tweed TD15 1LT
`,
  ), exp(M, 'user_admin_nomination', org('U29904', 'pcn'), {
    service: 'PCN',
    nominee: person('Owen Gallacher', 'owen.gallacher1@nhs.net'),
    approver: withRole('Mairi Kinloch', 'mairi.kinloch@nhs.net', 'Clinical Director'),
  }, ['two_lines', 'initials_only', 'code_in_auto_signature', 'approver_not_icb'], ['approver_not_on_ael']));

  // 007 ---------------------------------------------------------------------------------------------------------
  add('007-pl-admin-one-of-three-html-table', message(
    { from: 'Nadine Ashcroft <nadine.ashcroft@nhs.net>', to, cc: 'Dr Lucy Hargreaves <lucy.hargreaves@nhs.net>', subject: 'Additional PL Organisation Administrator - Riverbend Surgery', date: 'Tue, 01 Dec 2026 10:05:00 +0000', id: 'i-p007@LNXP265MB0771.GBRP265.PROD.OUTLOOK.COM' },
    html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Riverbend Surgery (practice code Y02741) has two PL Organisation Administrators at present. One of them, Paul, leaves us on Friday 11/12/26 and we would like to add a replacement so that we stay at two.</p>
<p>Dr Lucy Hargreaves, our CQC Registered Manager, has approved this and is copied in.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dbe5f1"><th>Name</th><th>Email</th><th>PL admin now?</th><th>Action</th></tr>
<tr><td>Janet Hilditch</td><td>janet.hilditch@nhs.net</td><td>Yes</td><td>none - stays</td></tr>
<tr><td>Paul Osei</td><td>paul.osei2@nhs.net</td><td>Yes</td><td>leaving 11.12.26 (we will deactivate him ourselves)</td></tr>
<tr><td><b>Farah Qureshi</b></td><td><b>farah.qureshi@nhs.net</b></td><td>No</td><td><b>PLEASE ADD as PL Organisation Administrator</b></td></tr>
</table>
<p>Thank you,</p>
<p>Nadine Ashcroft<br>Practice Manager<br>Riverbend Surgery, 40 Weir Road, Kibworth LE8 0LQ<br>0116 279 3301</p>
</body></html>`),
  ), exp(M, 'user_admin_nomination', org('Y02741', 'gp_practice'), {
    service: 'PL',
    nominee: person('Farah Qureshi', 'farah.qureshi@nhs.net'),
    approver: withRole('Lucy Hargreaves', 'lucy.hargreaves@nhs.net', 'CQC Registered Manager'),
  }, ['html_only', 'html_table', 'several_people_one_nominated', 'approver_cc', 'quoted_printable']));

  // 008 ---------------------------------------------------------------------------------------------------------
  add('008-main-contact-change-formal-qp', message(
    { from: 'Geoffrey Lamb <geoffrey.lamb@nhs.net>', to, subject: 'Change of Main Contact – Orchard Lea Surgery', date: 'Thu, 03 Dec 2026 11:40:12 +0000', id: 'i-p008@CWXP265MB5521.GBRP265.PROD.OUTLOOK.COM' },
    text(`ORCHARD LEA SURGERY
Orchard Lea, Pound Lane
Wimborne Minster
Dorset BH21 1HR
T. 01202 88 26 00     F. 01202 88 26 01

Our ref: OLS/ADM/2026/117
Re: Change of Main Contact – Orchard Lea Surgery (J81 062)

Thursday, 3rd December 2026

Dear Sir/Madam,

Our current Main Contact in PCSE Online, Mrs Angela Frampton, will be leaving the practice on 18 December after nineteen years’ service. As you will know, she is unable to pass the role on herself.

The partners have agreed that our Reception & Records Supervisor should take over responsibility for supplies orders and medical records movements from that date.

Please therefore record Mrs Geraldine Fairbrother as the Main Contact for the practice, organisation code J81062, with effect from Friday 18th December. Mrs Fairbrother’s e-mail address is geraldine.fairbrother@nhs.net.

Thank you for your assistance.

Yours faithfully,

G. Lamb
Geoffrey Lamb
Practice Business Manager
`, { cte: 'quoted-printable' }),
  ), exp(M, 'main_contact_change', org('J81062', 'gp_practice'), {
    newMainContact: person('Geraldine Fairbrother', 'geraldine.fairbrother@nhs.net'),
  }, ['formal_letter', 'letterhead', 'reference_line', 'request_third_paragraph', 'quoted_printable', 'outgoing_contact_named', 'rfc2047_subject']));

  // 009 ---------------------------------------------------------------------------------------------------------
  add('009-main-contact-change-dental-two-sites', plain(
    { from: 'Imran Siddiqui <imran.siddiqui@nhs.net>', to, subject: 'Main contact - Ashby Road Dental (V004412) - NOT the Coalville site', date: 'Mon, 30 Nov 2026 13:12:40 +0000', id: 'i-p009@LO2P265MB2290.GBRP265.PROD.OUTLOOK.COM' },
    `Dear PCSE team,

We are a two-site dental practice. Our main surgery is Ashby Road Dental Practice (V004412) and we also have a satellite surgery in Coalville which has its own contract and its own code, V087731. The Coalville site is set up separately on PCSE Online and its main contact is staying as it is.

For the Ashby Road practice only, please could you change the main contact to our new registered manager:

Imogen Tresidder - imogen.tresidder@nhs.net

Many thanks
Imran Siddiqui
Practice Manager, Ashby Road Dental Practice
14 Ashby Road, Loughborough LE11 3AA - 01509 21 43 65
`,
  ), exp(M, 'main_contact_change', org('V004412', 'dental_practice'), {
    newMainContact: person('Imogen Tresidder', 'imogen.tresidder@nhs.net'),
  }, ['two_codes_one_organisation', 'code_in_subject', 'satellite_site_distractor']));

  // 010 ---------------------------------------------------------------------------------------------------------
  add('010-main-contact-change-subject-only', plain(
    { from: 'Rajesh Singh <rajesh.singh12@nhs.net>', to, cc: 'Adebayo Balogun <adebayo.balogun@nhs.net>', subject: 'Main contact change for Parkway Pharmacy FK624 - new main contact Adebayo Balogun adebayo.balogun@nhs.net', date: 'Fri, 04 Dec 2026 17:55:03 +0000', id: 'i-p010@AS8P265MB1777.GBRP265.PROD.OUTLOOK.COM' },
    `

Rajesh Singh
Pharmacist Manager, Parkway Pharmacy
`,
  ), exp(M, 'main_contact_change', org('FK624', 'pharmacy'), {
    newMainContact: person('Adebayo Balogun', 'adebayo.balogun@nhs.net'),
  }, ['subject_only', 'empty_body', 'new_contact_cc']));

  // 011 ---------------------------------------------------------------------------------------------------------
  add('011-verification-link-gp-formal', plain(
    { from: 'Dr Adaeze Okwuosa <a.okwuosa@nhs.net>', to, subject: 'Request for new verification link - PCSE Online', date: 'Tue, 01 Dec 2026 19:30:27 +0000', id: 'i-p011@DU0P265MB8812.GBRP265.PROD.OUTLOOK.COM' },
    `Dear Sir/Madam,

I was included on the Performers List in August and began work as a salaried GP in October. My colleagues tell me that every GP should have received an email from PCSE with a verification link to set up a PCSE Online account, but I have searched my inbox and junk folder and cannot find one.

My GMC No. is 7123456 and the email address registered with the GMC is a.okwuosa@nhs.net, the address I am writing from.

I should therefore be grateful if you would send me a new verification link.

Yours faithfully,

Dr A. Okwuosa
MBBS MRCGP
`,
  ), exp(M, 'verification_link_resend', null, {
    accountEmail: 'a.okwuosa@nhs.net', gmcNumber: '7123456',
  }, ['formal_letter', 'request_third_paragraph', 'no_organisation', 'initial_only_signoff']));

  // 012 ---------------------------------------------------------------------------------------------------------
  add('012-verification-link-for-gp-new-receptionist', plain(
    { from: 'Megan Pryce <megan.pryce@nhs.net>', to, subject: 'verification link for one of our doctors', date: 'Wed, 02 Dec 2026 12:03:58 +0000', id: 'i-p012@LO6P265MB3370.GBRP265.PROD.OUTLOOK.COM' },
    `Hello,

I'm new in post (admin/reception) at Tollgate Surgery, C84092, and I've been asked to chase this up on behalf of one of our GPs as she's been trying for weeks and is very busy with clinics.

Dr Helen Marchetti never got the email with the link to register on PCSE Online. Could you resend the verification link to her please? Her GMC email is helen.marchetti@nhs.net and her GMC number is 6098123.

I wasn't sure if this was the right place to ask, so apologies if not - please point me in the right direction if so!

Kind regards,
Megan Pryce
Receptionist, Tollgate Surgery
01159 60 44 21 ext. 3
`,
  ), exp(M, 'verification_link_resend', org('C84092', 'gp_practice'), {
    accountEmail: 'helen.marchetti@nhs.net', gmcNumber: '6098123',
  }, ['new_staff', 'on_behalf_of', 'right_mailbox_question'], ['not_own_account']));

  // 013 ---------------------------------------------------------------------------------------------------------
  add('013-account-unlock-no-greeting-branch-code', plain(
    { from: 'Marcus Fenwick <marcus.fenwick@nhs.net>', to, subject: 'locked out', date: 'Mon, 30 Nov 2026 08:47:19 +0000', id: 'i-p013@CWLP265MB0913.GBRP265.PROD.OUTLOOK.COM' },
    `Locked out of PCSE Online after too many goes at the password this morning (Mon 30/11 - my fault, caps lock). It says account locked, contact PCSE.

User name: marcus.fenwick@nhs.net
Practice: Wexcombe Surgery, K83611 (the Burbage branch is K83611001 but I log in under the main site)

Can be reached on (01672) 810 255 ext. 2207 or mob 07700-900-361 between 8 and 6.30.

Marcus Fenwick
Finance & HR Lead
`,
  ), exp(M, 'account_unlock', org('K83611', 'gp_practice'), {
    username: 'marcus.fenwick@nhs.net',
  }, ['no_greeting', 'branch_code_distractor', 'phone_extension_styles']));

  // 014 ---------------------------------------------------------------------------------------------------------
  add('014-account-unlock-ticket-reply-username', plain(
    { from: 'Jennifer Sheppard <jennifer.sheppard4@nhs.net>', to, subject: 'RE: Your enquiry [PCSE-2026-004187] - Account locked', date: 'Wed, 02 Dec 2026 13:26:44 +0000', id: 'i-p014@AM0P265MB4187.GBRP265.PROD.OUTLOOK.COM',
      extra: [['In-Reply-To', '<pcse-2026-004187-1@pcse.england.nhs.uk>'], ['References', '<pcse-2026-004187-1@pcse.england.nhs.uk>']] },
    `Hello,

In answer to your question, my user name isn't an email address - I was set up without one. It is:

jennysheppard@brightwellpharmacy

The pharmacy is Brightwell Pharmacy, code FQ2M8.

Thanks,
Jenny

-----Original Message-----
From: PCSE Enquiries <pcse.portalenquiries@nhs.net>
Sent: 02 December 2026 11:07
To: Jennifer Sheppard <jennifer.sheppard4@nhs.net>
Subject: Your enquiry [PCSE-2026-004187] - Account locked

Dear Jennifer,

Thank you for contacting Primary Care Support England. So that we can unlock your PCSE Online account, please reply with the user name you use to log in, as we cannot find an account under this email address.

Kind regards,
PCSE Online Support

> -----Original Message-----
> From: Jennifer Sheppard <jennifer.sheppard4@nhs.net>
> Sent: 01 December 2026 17:52
> Subject: Account locked
>
> Hi, I've locked my PCSE Online account (too many wrong passwords). Please can you unlock it? Thanks, Jenny Sheppard, Brightwell Pharmacy
`,
  ), exp(M, 'account_unlock', org('FQ2M8', 'pharmacy'), {
    username: 'jennysheppard@brightwellpharmacy',
  }, ['ticket_reply', 'answer_above_quote', 'non_email_username', 'case_reference_in_subject']));

  // 015 ---------------------------------------------------------------------------------------------------------
  add('015-account-reactivation-main-contact-letter', plain(
    { from: 'Yvonne Castellano <yvonne.castellano@nhs.net>', to, subject: 'Deactivated account', date: 'Wed, 02 Dec 2026 09:15:00 +0000', id: 'i-p015@LO3P265MB1877.GBRP265.PROD.OUTLOOK.COM' },
    `Ashgrove Dental Care
117 Stratford Road
Shirley, Solihull
B90 3AY
0121 744 6120

Re: Deactivated PCSE Online account - Main Contact

Dear Sir/Madam,

I write as the Main Contact for Ashgrove Dental Care (practice code V021877; our commissioner is NHS Birmingham and Solihull ICB, 15E).

I had not needed to use PCSE Online since placing a supplies order in the spring, and when I attempted to log in on 1st December I was told that my account has been deactivated. I understand that, as Main Contact, I must ask PCSE directly rather than a User Administrator.

Could you kindly reactivate my account? The user name is yvonne.castellano@nhs.net.

Yours faithfully

Yvonne Castellano (Mrs)
Practice Manager and Main Contact
`,
  ), exp(M, 'account_reactivation', org('V021877', 'dental_practice'), {
    username: 'yvonne.castellano@nhs.net',
  }, ['formal_letter', 'letterhead', 'icb_code_distractor', 'request_third_paragraph']));

  // 016 ---------------------------------------------------------------------------------------------------------
  add('016-account-reactivation-opto-admin-base64', message(
    { from: 'Lewis Whitcombe <l.whitcombe@nhs.net>', to, subject: 'Account deactivated - OPTO user admin', date: 'Thu, 03 Dec 2026 15:41:37 +0000', id: 'i-p016@DB8P265MB0207.GBRP265.PROD.OUTLOOK.COM' },
    text(`Good afternoon

I'm one of the two OPTO user admins at ClearSight Eyecare (TPF07). My account has been deactivated, apparently for not logging in since June. My colleague who is the other admin says she can't reactivate an admin account, so she told me to email you.

Username: l.whitcombe@nhs.net

Thanks in advance
Lewis Whitcombe
Dispensing Optician / OPTO user admin
ClearSight Eyecare, 4 Bridge St, Kendal LA9 7DD
T 01539 72 00 46
`, { cte: 'base64' }),
  ), exp(M, 'account_reactivation', org('TPF07', 'ophthalmic_practice'), {
    username: 'l.whitcombe@nhs.net',
  }, ['base64_text', 'user_admin_own_account']));

  // 017 ---------------------------------------------------------------------------------------------------------
  add('017-role-removal-three-users-numbered', plain(
    { from: 'Sandra Whitmore <sandra.whitmore@nhs.net>', to, subject: 'Removal of GPP roles - Lydgate Medical Practice', date: 'Mon, 30 Nov 2026 10:22:51 +0000', id: 'i-p017@LO4P265MB7653.GBRP265.PROD.OUTLOOK.COM' },
    `Lydgate Medical Practice
Chapel Street, Lydgate, Oldham OL4 4AH
Tel 0161-624-5590

Our ref: LMP/SW/GPP

Dear Sir/Madam,

Following a review of who in the practice holds GP Payments and Pensions roles, the partners have asked that access be reduced to those staff who actually process joiners, leavers and estimates.

Three members of staff have changed roles within the practice over the last few months and no longer need this access.

Please would you remove the following roles:

1. Carol Duckworth (carol.duckworth@nhs.net) - Joiner & Leaver
2. Stephen Amadi (stephen.amadi@nhs.net) - Joiner & Leaver
3. Patrick Lyle (patrick.lyle1@nhs.net) - Joiner & Leaver and Practice Estimate and Salary Change

All three should keep their other roles. Our practice code is P87653.

Yours faithfully

Sandra Whitmore
Practice Manager
`,
  ), exp(M, 'role_removal_request', org('P87653', 'gp_practice'), {
    username: null, roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'],
  }, ['formal_letter', 'several_users', 'numbered_list', 'request_third_paragraph']));

  // 018 ---------------------------------------------------------------------------------------------------------
  add('018-role-removal-partner-initials', plain(
    { from: 'Dr Ayesha Khan <ayesha.khan14@nhs.net>', to, subject: 'Roles', date: 'Fri, 04 Dec 2026 12:48:06 +0000', id: 'i-p018@CWXP265MB0188.GBRP265.PROD.OUTLOOK.COM' },
    `Hi - pls remove the Practice Estimate and Salary Change and Joiner & Leaver roles from nadia.farouk@nhs.net, she's moved to reception. Thx AK

Dr Ayesha Khan
GP Partner
Sycamore Lane Surgery | M88 027

Sent from Outlook for iOS
`,
  ), exp(M, 'role_removal_request', org('M88027', 'gp_practice'), {
    username: 'nadia.farouk@nhs.net', roles: ['Practice Estimate and Salary Change', 'Joiner & Leaver'],
  }, ['two_lines', 'initials_only', 'code_in_auto_signature', 'spaced_ods']));

  // 019 ---------------------------------------------------------------------------------------------------------
  add('019-practice-email-update-misdirected-letter', plain(
    { from: 'Paula Greaves <paula.greaves@nhs.net>', to, subject: 'Update practice email address - The Woodlands Surgery C85021', date: 'Tue, 01 Dec 2026 11:11:11 +0000', id: 'i-p019@LNXP265MB8521.GBRP265.PROD.OUTLOOK.COM' },
    `The Woodlands Surgery
Woodland Drive, Worksop S81 0BZ
01909 50 11 22

Dear Sir/Madam

Re: Update practice email address

The practice has recently moved to a new NHSmail shared mailbox for all correspondence, and the old mailbox will no longer be monitored after the end of December.

The practice email address you currently hold for us is woodlands.c85021@nhs.net.

Please update this to england.woodlandssurgery@nhs.net. Our practice code is C85021.

Yours faithfully

Paula Greaves
Office Manager
`,
  ), exp(M, 'practice_email_update', org('C85021', 'gp_practice'), {
    currentEmail: 'woodlands.c85021@nhs.net', newEmail: 'england.woodlandssurgery@nhs.net',
  }, ['misdirected', 'formal_letter', 'letterhead', 'request_third_paragraph']));

  // 020 ---------------------------------------------------------------------------------------------------------
  add('020-chaser-with-reference', plain(
    { from: 'Lorna Beattie <lorna.beattie@nhs.net>', to, subject: 'RE: Your enquiry [PCSE-2026-003391]', date: 'Thu, 03 Dec 2026 09:58:31 +0000', id: 'i-p020@AM9P265MB3391.GBRP265.PROD.OUTLOOK.COM' },
    `Good morning,

I emailed on 24/11/2026 about adding a second OPTO admin for our practice and received the automatic acknowledgement (ref PCSE-2026-003391) but have heard nothing since. Could you let me know where this is up to please?

Thanks
Lorna Beattie
`,
  ), unclassified(M, ['chaser', 'case_reference']));

  // 021 ---------------------------------------------------------------------------------------------------------
  add('021-question-who-signs-gpp-form', plain(
    { from: 'Tom Ridgeway <tom.ridgeway@nhs.net>', to, subject: 'Query - GPP certification form', date: 'Wed, 02 Dec 2026 15:05:44 +0000', id: 'i-p021@LO2P265MB0021.GBRP265.PROD.OUTLOOK.COM' },
    `Dear Sir/Madam,

I have recently been appointed Practice Manager at Stanhope Road Surgery and am trying to understand our PCSE Online set-up before I ask for anything.

Could you tell me whether the GP Payments and Pensions certification form can be signed by me as practice manager, or whether it must be one of the GP partners? Also, is the limit of four user administrators per practice across all services or for each service separately?

I will send the form in once I know who should sign it.

Yours faithfully,

Tom Ridgeway
Practice Manager
`,
  ), unclassified(M, ['genuine_question', 'formal_letter']));

  // 022 ---------------------------------------------------------------------------------------------------------
  add('022-auto-reply-out-of-office', plain(
    { from: 'Yasmin Okoro <yasmin.okoro@nhs.net>', to, subject: 'Automatic reply: PCSE Online - your user administrator request', date: 'Fri, 04 Dec 2026 16:00:02 +0000', id: 'i-p022@DB9P265MB0022.GBRP265.PROD.OUTLOOK.COM',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['In-Reply-To', '<pcse-2026-004402-2@pcse.england.nhs.uk>']] },
    `Thank you for your email. I am out of the office until Monday 7th December 2026 with limited access to email.

For urgent PL or GPP matters please contact practice.manager.c82044@nhs.net or ring 0116 287 1122.

Yasmin Okoro
`,
  ), unclassified(M, ['auto_reply', 'auto_submitted_header'], 'auto_reply'));

  return out;
}
