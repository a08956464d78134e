// portalenquiries: user administrators, main contacts, links, locks, reactivations, leavers, and the rest.
import { CAPTIVE, compose, EXTERNAL_BANNER, email, exp, NHSMAIL_FOOTER, org, outlookQuote, PRACTICE_CONFIDENTIALITY, TRUST_DISCLAIMER } from './compose.js';
import { gppForm } from './forms.js';
import { attachment, boundary, type CorpusEmail, hardWrap, type Header, longDate, message, multipart, outlookHeaders, p, PCSE, rfcDate, textPart } from './lib.js';
import { encryptedPdf, formPdf, scanPdf } from './pdfs.js';

const PE = [PCSE.portal];
const MB = 'portalenquiries' as const;

export async function portal(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 ---------------------------------------------------------------- GPP certification, two-page scan, page 2 (approver) faint
  {
    const slug = '001-gpp-admin-two-page-scan-faint-approver';
    const pdf = await scanPdf(gppForm({
      practice: 'Fernhill Medical Group', code: 'D81022',
      nominee: { name: 'Jasmine Whitlock', job: 'Finance Administrator', email: 'jasmine.whitlock@nhs.net', phone: '01223 566 210' },
      approver: { name: 'Dr Oliver Brandreth', role: 'GP Partner', email: 'oliver.brandreth@nhs.net' }, mark: 'scribble', date: '09/11/2026',
    }), { date: '2026-11-09T15:10:00Z' }, { seed: slug, skew: [0.6, -0.9], ink: [1, 0.36], paper: [238, 226], valueFont: 'C17Sans', speckles: 350, scanner: 'KONICA MINOLTA bizhub C300i' });
    const text = `Dear Portal Enquiries team,

Please find attached the GP Payments and Pensions Practice User Administrator certification form, both parts, for our new Finance Administrator. Part 2 has been completed by one of our partners.

Apologies for the quality of the second page - our scanner is on its last legs.

Kind regards

Sarah Kettleborough
Practice Manager
Fernhill Medical Group
Fernhill Road, Cambridge CB1 3JY
01223 566 200

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Sarah Kettleborough', email: 'sarah.kettleborough@nhs.net' }, to: PE, subject: 'GPP Practice User Administrator certification - Fernhill Medical Group D81022', date: '2026-11-09T15:26:10Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'GPP UA certification Fernhill.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org('D81022', 'gp_practice'), {
      service: 'GPP',
      nominee: p('Jasmine Whitlock', 'jasmine.whitlock@nhs.net'),
      approver: { ...p('Oliver Brandreth', 'oliver.brandreth@nhs.net'), role: 'GP Partner' },
    }, [], ['pdf_scan', 'two_page_scan', 'faint_page', 'see_attached']), [{ file: slug, what: 'GPP certification form, two-page image-only scan, page 2 (the approver) printed faint on grey', scan: true }]));
  }

  // 002 ---------------------------------------------------------------- GPP certification, password-protected PDF nobody can open
  {
    const slug = '002-gpp-admin-password-protected-pdf';
    const pdf = encryptedPdf([
      'GP Payments and Pensions - Practice User Administrator Certification',
      'Part 1  Practice: Halsey Street Surgery   Practice code: F85011',
      'Name of nominee: Tobias Renshaw   Job title: Finance Manager',
      'Email address: tobias.renshaw@nhs.net   Telephone: 020 8340 7712',
      'Part 2  Approver: Dr Naomi Feldman   Role: GP Partner',
      'Approver email: naomi.feldman@nhs.net   Signed   Date: 16/11/2026',
    ], 'Halsey#2026', 'hs-owner-7731', { date: '2026-11-16T12:00:00Z', title: 'GPP UA Certification', producer: 'Microsoft: Print To PDF' });
    const text = `Good afternoon,

Please find attached our completed GPP Practice User Administrator certification form for Tobias Renshaw, who joined Halsey Street Surgery this month as Finance Manager.

As the form contains personal details it has been password protected in line with our information governance policy. I will send the password in a separate email.

Kind regards

Bernadette Okoye
Practice Manager
Halsey Street Surgery, 22 Halsey Street, London N15 4QS
Tel: 020 8340 7700

${PRACTICE_CONFIDENTIALITY}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Bernadette Okoye', email: 'bernadette.okoye@nhs.net' }, to: PE, subject: 'GPP User Admin form - Halsey Street Surgery', date: '2026-11-16T12:31:20Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'GPP UA form - PROTECTED.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org(null, 'gp_practice'), {
      service: 'GPP',
      nominee: p('Tobias Renshaw', null),
      approver: null,
    }, ['attachment_unreadable'], ['pdf_encrypted', 'values_only_in_unreadable_pdf', 'password_to_follow']), [{ file: slug, what: 'GPP certification form protected by a user password the email does not give (RC4 128-bit): nobody can open it' }]));
  }

  // 003 ---------------------------------------------------------------- GPP certification, fillable, HTML-only Outlook
  {
    const slug = '003-gpp-admin-fillable-html-only';
    const pdf = await formPdf(gppForm({
      practice: 'Canal Side Medical Practice', code: 'N81042',
      nominee: { name: 'Michael Stott', job: 'Finance Lead', email: 'michael.stott@nhs.net', phone: '01270 611 095' },
      approver: { name: 'Dr Hannah Okonjo-Reid', role: 'GP Partner', email: 'hannah.okonjo-reid@nhs.net' }, mark: 'scribble', date: '17/11/2026',
      names: { practice: 'txtPracticeName', code: 'txtPracticeCode', nName: 'txtNomineeName', nJob: 'txtNomineeRole', nEmail: 'txtNomineeEmail', nPhone: 'txtNomineeTel', aName: 'txtApproverName', aRole: 'txtApproverRole', aEmail: 'txtApproverEmail', date: 'dtSigned' },
    }), 'fill', { date: '2026-11-17T09:30:00Z', title: 'GPP Practice User Administrator Certification', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272' });
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p>Dear team,</p><p>&nbsp;</p>
<p>Please find attached a certification form for a second GPP user administrator at our practice.</p><p>&nbsp;</p>
<p>Regards</p><p>Hannah</p><p>&nbsp;</p>
<table style="border-top:2px solid #005EB8"><tr><td style="padding-top:6pt">
<p><b><span style="color:#005EB8">Dr Hannah Okonjo-Reid</span></b></p>
<p>GP Partner &amp; Clinical Lead for Finance</p>
<p>Canal Side Medical Practice | Wharf Road | Crewe | CW1 2QE</p>
</td></tr></table>
<p style="font-size:8pt;color:#777">${NHSMAIL_FOOTER.replace(/\n/g, ' ')}</p>
</div></body></html>`;
    const { eml } = compose({
      client: 'outlook', html: { html, only: true }, text: '',
      env: { seed: slug, from: { name: 'Hannah Okonjo-Reid', email: 'hannah.okonjo-reid@nhs.net' }, to: PE, subject: 'GPP certification form - N81042', date: '2026-11-17T09:48:52Z', auth: 'pass' },
      attachments: [attachment(pdf, { filename: 'GPP_Cert_N81042.pdf', outlook: true })],
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org('N81042', 'gp_practice'), {
      service: 'GPP',
      nominee: p('Michael Stott', 'michael.stott@nhs.net'),
      approver: { ...p('Hannah Okonjo-Reid', 'hannah.okonjo-reid@nhs.net'), role: 'GP Partner' },
    }, [], ['pdf_acroform', 'html_only', 'approver_is_sender', 'hyphenated_name']), [{ file: slug, what: 'GPP certification form, fillable (`txt…` field names), two pages' }]));
  }

  // 004 ---------------------------------------------------------------- PL admin, CQC Registered Manager, Thunderbird hard wrap across the nominee's name
  {
    const slug = '004-pl-admin-thunderbird-wrapped-name';
    const text = `Dear PCSE,

We currently have no PL Organisation Administrator at Moorside Medical Centre (practice code B82016), since our previous administrator left in the summer. As the practice's CQC Registered Manager I would like to nominate our new Deputy Practice Manager, Mrs Aleksandra Wiśniewska-Hart, for the role. Her email address is aleksandra.wisniewska-hart@nhs.net.

She will be approving performer changes for our GP registrars, so we would be grateful if this could be set up before the next intake in December.

With thanks,

Beverley Castellano
Practice Manager and CQC Registered Manager
Moorside Medical Centre
Moorside Road, Bury BL8 2RN
0161 764 5510
`;
    const { eml } = compose({
      client: 'thunderbird', text: hardWrap(text, 72), textOpts: { flowed: false, charset: 'utf-8', cte: '8bit' },
      env: { seed: slug, from: { name: 'Beverley Castellano', email: 'beverley.castellano@nhs.net' }, to: PE, subject: 'PL Organisation Administrator nomination - Moorside Medical Centre B82016', date: '2026-11-10T10:02:00Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org('B82016', 'gp_practice'), {
      service: 'PL',
      nominee: p('Aleksandra Wiśniewska-Hart', 'aleksandra.wisniewska-hart@nhs.net'),
      approver: { ...p('Beverley Castellano', 'beverley.castellano@nhs.net'), role: 'CQC Registered Manager' },
    }, [], ['thunderbird', 'hard_wrapped', 'name_split_across_lines', 'non_ascii_name', '8bit']), []));
  }

  // 005 ---------------------------------------------------------------- OPTO admin, contract holder, windows-1252 bytes labelled iso-8859-1
  {
    const slug = '005-opto-admin-contract-holder-latin1';
    const text = `Hello,

I am the contract holder for Hartley & Finch Opticians (ophthalmic practice code TPK41) and would like our practice manager, Ellie Brightwater, to be given the OPTO Organisation User Administration role so she can set up our new optical assistants.

Ellie's email address is ellie.brightwater@hartleyfinch.co.uk

Many thanks,

Rajiv Malhotra BSc(Hons) MCOptom
Director & Contract Holder
Hartley & Finch Opticians
14 Market Place, Hexham NE46 1XQ
Opening hours Mon–Sat 9.00–17.30

Hartley & Finch Ltd. Registered in England No. 06612094. Share capital £100. Registered office: 14 Market Place, Hexham NE46 1XQ. This email and any attachments are confidential.`;
    const { eml } = compose({
      client: 'outlook', text, textOpts: { charset: 'windows-1252', declare: 'iso-8859-1', cte: 'quoted-printable', quoteCharset: true },
      env: { seed: slug, from: { name: 'Rajiv Malhotra', email: 'rajiv.malhotra@hartleyfinch.co.uk' }, to: PE, subject: '[EXTERNAL] OPTO user admin - Hartley & Finch Opticians TPK41', date: '2026-11-10T12:40:33Z', auth: 'external-pass' },
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org('TPK41', 'ophthalmic_practice'), {
      service: 'OPTO',
      nominee: p('Ellie Brightwater', 'ellie.brightwater@hartleyfinch.co.uk'),
      approver: { ...p('Rajiv Malhotra', 'rajiv.malhotra@hartleyfinch.co.uk'), role: 'Contract Holder' },
    }, [], ['mislabelled_charset', 'iso_8859_1', 'external_tag', 'non_nhs_sender', 'approver_is_sender']), []));
  }

  // 006 ---------------------------------------------------------------- PCN admin, ICB approver on the AEL forwards the PCN's request
  {
    const slug = '006-pcn-admin-icb-approver-forward';
    const text = `Dear PCSE,

Please accept this email as ICB approval for the request below. I am listed as an approver for NHS West Yorkshire ICB on the NHSE Authorised Email List and I approve Farhan Iqbal being set up as PCN user administrator for Aire Valley North PCN (U68291).

Kind regards

Gemma Hollingworth
Primary Care Contracts Manager
NHS West Yorkshire Integrated Care Board - Bradford District and Craven place

${outlookQuote({ from: { name: 'SUTCLIFFE, Imogen (AIRE VALLEY NORTH PCN)', email: 'imogen.sutcliffe@nhs.net' }, sent: longDate('2026-11-10T16:02:00Z'), to: [{ name: 'HOLLINGWORTH, Gemma (NHS WEST YORKSHIRE ICB - 36J)', email: 'gemma.hollingworth@nhs.net' }], subject: 'PCN user admin for PCSE Online' })}
Hi Gemma,

We don't have a PCN user admin on PCSE Online. Could you approve the following so PCSE can set one up?

PCN: Aire Valley North PCN
PCN code: U68291
Nominee: Farhan Iqbal, PCN Digital Transformation Lead
Email: farhan.iqbal3@nhs.net

Thanks,
Imogen

Dr Imogen Sutcliffe
Clinical Director, Aire Valley North PCN

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'HOLLINGWORTH, Gemma (NHS WEST YORKSHIRE ICB - 36J)', email: 'gemma.hollingworth@nhs.net' }, to: PE, cc: [{ name: 'SUTCLIFFE, Imogen (AIRE VALLEY NORTH PCN)', email: 'imogen.sutcliffe@nhs.net' }], subject: 'FW: PCN user admin for PCSE Online - ICB approval', date: '2026-11-11T08:30:17Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org('U68291', 'pcn'), {
      service: 'PCN',
      nominee: p('Farhan Iqbal', 'farhan.iqbal3@nhs.net'),
      approver: { ...p('Gemma Hollingworth', 'gemma.hollingworth@nhs.net'), role: 'Primary Care Contracts Manager' },
    }, [], ['forward_with_approval', 'icb_approver_ael', 'nhsmail_display_name', 'quoted_request']), []));
  }

  // 007 ---------------------------------------------------------------- PL admin: a fifth
  {
    const slug = '007-pl-admin-fifth-limit-reached';
    const text = `Dear Sir/Madam,

Lowther Street Surgery (A83009) - additional PL Organisation Administrator

We already have four PL Organisation Administrators:
1. Graham Eccles (Practice Manager)
2. Dr Fiona Lister (GP Partner)
3. Dr Tom Ridley (GP Partner)
4. Jean Armstrong (Assistant Practice Manager)

As the practice's CQC Registered Manager I would like to add our new HR Officer, Callum Pryor (callum.pryor@nhs.net), as an additional PL Organisation Administrator so that he can deal with GP starters and leavers.

Yours faithfully

Graham Eccles
Practice Manager & CQC Registered Manager
Lowther Street Surgery, Lowther Street, Carlisle CA3 8EL

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Graham Eccles', email: 'graham.eccles@nhs.net' }, to: PE, subject: 'Additional PL Organisation Administrator - A83009', date: '2026-11-11T11:19:08Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('user_admin_nomination', org('A83009', 'gp_practice'), {
      service: 'PL',
      nominee: p('Callum Pryor', 'callum.pryor@nhs.net'),
      approver: { ...p('Graham Eccles', 'graham.eccles@nhs.net'), role: 'CQC Registered Manager' },
    }, ['admin_limit_reached'], ['existing_admins_listed', 'numbered_list', 'distractor_names']), []));
  }

  // 008 ---------------------------------------------------------------- main contact change: delegated mailbox, new contact introduced in the third person
  {
    const slug = '008-main-contact-change-delegate-third-person';
    const text = `Dear PCSE,

Dr Amery has asked me to let you know that Mrs Helen Oduya joined Beacon Hill Surgery on 2 November as our Practice Manager and will be taking over as the practice's Main Contact from Mr Keith Barlow, who retired at the end of October.

Helen's email address is helen.oduya@nhs.net. Our practice code is K82061.

Kind regards

Pauline Greaves
Medical Secretary to Dr J Amery
Beacon Hill Surgery

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: {
        seed: slug, from: { name: 'Dr Jonathan Amery', email: 'jonathan.amery@nhs.net' }, sender: { name: 'Pauline Greaves', email: 'pauline.greaves@nhs.net' },
        to: PE, subject: 'Main Contact - Beacon Hill Surgery K82061', date: '2026-11-12T14:08:19Z', auth: 'pass',
      },
    });
    out.push(email(MB, slug, eml, exp('main_contact_change', org('K82061', 'gp_practice'), { newMainContact: p('Helen Oduya', 'helen.oduya@nhs.net') }, [], ['delegated_mailbox', 'sent_on_behalf_of', 'third_person_introduction', 'previous_contact_named']), []));
  }

  // 009 ---------------------------------------------------------------- main contact change, dental, windows-1252 with £ and curly quotes
  {
    const slug = '009-main-contact-change-dental-windows-1252';
    const text = `Hi there,

Please can you change the Main Contact for Smile Studio Dental Care (V041873) to our new practice manager, Ms Chantelle Dixon – chantelle.dixon@nhs.net.

She’ll be placing our supplies orders from now on. Our last order (£212.40) went astray because it was linked to our previous manager’s login, so we’d like this sorted before we order again.

Thanks very much,

Andreas Georgiou BDS
Principal Dentist
Smile Studio Dental Care
“Creating confident smiles since 2009”`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text, textOpts: { charset: 'windows-1252', declare: 'windows-1252', cte: 'quoted-printable', quoteCharset: true },
      htmlOpts: { charset: 'utf-8', cte: 'base64', quoteCharset: true },
      env: { seed: slug, from: { name: 'Andreas Georgiou', email: 'andreas.georgiou@nhs.net' }, to: PE, subject: 'Change of main contact – Smile Studio Dental Care', subjectCharset: 'windows-1252', subjectMode: 'B', date: '2026-11-12T17:45:40Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('main_contact_change', org('V041873', 'dental_practice'), { newMainContact: p('Chantelle Dixon', 'chantelle.dixon@nhs.net') }, [], ['windows_1252', 'pound_sign', 'curly_quotes', 'base64_html', 'rfc2047_b_subject']), []));
  }

  // 010 ---------------------------------------------------------------- main contact change after a merger (old and new codes)
  {
    const slug = '010-main-contact-change-after-merger';
    const text = `Dear Portal Enquiries,

Following the merger of Elmtree Surgery (M83021) and Parkside Surgery (M83614) on 1 October, the combined practice, Elmtree & Parkside Medical Partnership, continues under Elmtree's code M83021. The Parkside code has now been closed by ODS.

I have been appointed Business Manager for the merged practice and would like to become the Main Contact for M83021 in place of Mrs Janet Coles, who was the Elmtree practice manager and has left. My email is ruth.adeyemi@nhs.net.

Please let me know if you need anything from the partners to confirm this.

Kind regards

Ruth Adeyemi
Business Manager
Elmtree & Parkside Medical Partnership
Elmtree Surgery, 3 Elm Road, Walsall WS1 4LE

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Ruth Adeyemi', email: 'ruth.adeyemi@nhs.net' }, to: PE, subject: 'Main Contact following practice merger - M83021', date: '2026-11-13T10:55:02Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('main_contact_change', org('M83021', 'gp_practice'), { newMainContact: p('Ruth Adeyemi', 'ruth.adeyemi@nhs.net') }, [], ['merger', 'two_codes', 'sender_is_new_contact', 'previous_contact_named']), []));
  }

  // 011 ---------------------------------------------------------------- main contact change: "our dental practice" with a pharmacy-shaped code
  {
    const slug = '011-main-contact-change-code-type-mismatch';
    const text = `Hello,

Our dental practice, Greenway Dental Care (code FL428), needs a new Main Contact for PCSE Online as our receptionist who held it has left.

New Main Contact: Omar Haddou
Email: omar.haddou@nhs.net

Thank you,
Priyanka Shah
Practice Owner, Greenway Dental Care`;
    const { eml } = compose({
      client: 'gmail', html: 'alt', text,
      env: { seed: slug, from: { name: 'Priyanka Shah', email: 'greenwaydentalcare@gmail.com' }, to: PE, subject: 'New main contact', date: '2026-11-13T19:22:37Z', auth: 'external-pass' },
    });
    out.push(email(MB, slug, eml, exp('main_contact_change', org('FL428', 'pharmacy'), { newMainContact: p('Omar Haddou', 'omar.haddou@nhs.net') }, ['ods_type_mismatch', 'sender_not_nhs'], ['code_shape_vs_stated_type', 'gmail', 'free_mail_sender', 'label_value']), []));
  }

  // 012 ---------------------------------------------------------------- verification link, own account, locum GP with GMC number
  {
    const slug = '012-verification-link-locum-gp-gmc';
    const text = `Hello

I am a locum GP and never received the PCSE Online verification link. My GMC registered email is this address, adaeze.nwankwo@nhs.net, and my GMC number is 7234519.

Please could you send a new link.

Thank you
Dr Adaeze Nwankwo`;
    const { eml } = compose({
      client: 'apple', text: hardWrap(text, 72), textOpts: { charset: 'us-ascii', cte: '7bit' },
      env: { seed: slug, from: { name: 'Adaeze Nwankwo', email: 'adaeze.nwankwo@nhs.net' }, to: PE, subject: 'Verification link', date: '2026-11-14T09:30:12Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('verification_link_resend', null, { accountEmail: 'adaeze.nwankwo@nhs.net', gmcNumber: '7234519' }, [], ['apple_mail', 'gmc_number', 'locum_no_practice']), []));
  }

  // 013 ---------------------------------------------------------------- verification link asked for a colleague
  {
    const slug = '013-verification-link-for-colleague';
    const text = `Hi

Our new salaried GP, Dr Sam Whitlow, hasn't received his PCSE Online verification link. His GMC registered email is sam.whitlow@nhs.net and his GMC number is 7481236. Could you resend it please? He's asked me to chase it as he's in clinic all week.

Thanks

Stacey Moorcroft
Practice Manager, Wyke Regis Surgery (J81055)

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Stacey Moorcroft', email: 'stacey.moorcroft@nhs.net' }, to: PE, subject: 'Verification link for Dr Whitlow', date: '2026-11-16T10:12:58Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('verification_link_resend', org('J81055', 'gp_practice'), { accountEmail: 'sam.whitlow@nhs.net', gmcNumber: '7481236' }, ['not_own_account'], ['for_colleague', 'gmc_number']), []));
  }

  // 014 ---------------------------------------------------------------- verification link, own user-admin account, Apple Mail wrapped
  {
    const slug = '014-verification-link-own-admin-apple';
    const text = `Good morning,

I was set up last week as PL Organisation Administrator for Ferncliffe Practice (B83040) but the verification link expired before I could use it - I was on leave. Please could you send a new link to this address?

Kind regards,

Olivia Sterling
Assistant Practice Manager
Ferncliffe Practice, 9 Ferncliffe Road, Bingley BD16 2AP
`;
    const { eml } = compose({
      client: 'apple', text: hardWrap(text, 72), textOpts: { charset: 'us-ascii', cte: '7bit' },
      env: { seed: slug, from: { name: 'Olivia Sterling', email: 'olivia.sterling@nhs.net' }, to: PE, subject: 'Expired verification link', date: '2026-11-16T08:05:44Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('verification_link_resend', org('B83040', 'gp_practice'), { accountEmail: 'olivia.sterling@nhs.net', gmcNumber: null }, [], ['apple_mail', 'hard_wrapped', 'address_only_in_from']), []));
  }

  // 015 ---------------------------------------------------------------- unlock, quoted-printable soft break inside the username
  {
    const slug = '015-account-unlock-qp-break-in-address';
    const text = `Hello, I entered my password incorrectly too many times this morning and PCSE Online now says my account is locked. My username is deborah.fairclough@nhs.net - could you please unlock it?

Deborah Fairclough
Reception Team Leader
Glebe House Surgery (C83019)

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text, textOpts: { charset: 'utf-8', cte: 'quoted-printable', qpLineLen: 76, quoteCharset: true },
      env: { seed: slug, from: { name: 'Deborah Fairclough', email: 'deborah.fairclough@nhs.net' }, to: PE, subject: 'Account locked', date: '2026-11-17T08:22:09Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('account_unlock', org('C83019', 'gp_practice'), { username: 'deborah.fairclough@nhs.net' }, [], ['qp_break_in_address', 'short']), []));
  }

  // 016 ---------------------------------------------------------------- unlock, authentication failed
  {
    const slug = '016-account-unlock-auth-failed';
    const text = `Hi

My PCSE account is locked after too many attempts. Username imran.bashir@nhs.net. Practice Queensway Medical Centre G83027.

Please unlock asap as I need to submit the pension forms today.

Imran Bashir
`;
    const { eml } = compose({
      client: 'system', text, textOpts: { charset: 'utf-8', cte: '8bit' }, mailer: 'Microsoft Windows Live Mail 16.4.3528.331',
      env: { seed: slug, from: { name: 'Imran Bashir', email: 'imran.bashir@nhs.net' }, to: PE, subject: 'URGENT account locked', date: '2026-11-17T06:51:30Z', auth: 'fail', importance: 'high' },
    });
    out.push(email(MB, slug, eml, exp('account_unlock', org('G83027', 'gp_practice'), { username: 'imran.bashir@nhs.net' }, ['sender_unauthenticated'], ['auth_fail', 'odd_client', 'urgent']), []));
  }

  // 017 ---------------------------------------------------------------- reactivation, the practice's main contact
  {
    const slug = '017-account-reactivation-main-contact';
    const text = `Dear PCSE,

I am the Main Contact for Thornbury Road Surgery (L81095). My PCSE Online account has been deactivated, I think because I had not logged in for several months while on secondment. Could you reactivate it please? My username is sally.penhaligon@nhs.net.

Kind regards

Sally Penhaligon
Practice Manager
Thornbury Road Surgery, Thornbury Road, Bristol BS35 1DT

${PRACTICE_CONFIDENTIALITY}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Sally Penhaligon', email: 'sally.penhaligon@nhs.net' }, to: PE, subject: 'PCSE Online account deactivated - Main Contact L81095', date: '2026-11-18T09:57:14Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('account_reactivation', org('L81095', 'gp_practice'), { username: 'sally.penhaligon@nhs.net' }, [], ['main_contact', 'username_is_email']), []));
  }

  // 018 ---------------------------------------------------------------- reactivation for a user admin without email, sent on behalf of a shared mailbox
  {
    const slug = '018-account-reactivation-non-email-username';
    const text = `Good morning

Janet Mills, our GPP Practice User Administrator, does not have her own email address. Her PCSE Online user name is janetmills@harboroughsurgery and her account has been deactivated. As she is our only GPP user administrator, please could you reactivate it?

Janet can be contacted on the practice number below.

Many thanks

Kelly Shaw
on behalf of Harborough Surgery (C83044)
Tel 01858 464 300

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: {
        seed: slug, from: { name: 'Harborough Surgery Admin (HARBOROUGH SURGERY)', email: 'harborough.admin@nhs.net' }, sender: { name: 'SHAW, Kelly (HARBOROUGH SURGERY)', email: 'kelly.shaw6@nhs.net' },
        to: PE, subject: 'Reactivate user admin account', date: '2026-11-18T10:40:27Z', auth: 'pass',
      },
    });
    out.push(email(MB, slug, eml, exp('account_reactivation', org('C83044', 'gp_practice'), { username: 'janetmills@harboroughsurgery' }, [], ['non_email_username', 'shared_mailbox', 'sent_on_behalf_of', 'for_colleague']), []));
  }

  // 019 ---------------------------------------------------------------- role removal for a leaver
  {
    const slug = '019-role-removal-leaver-gpp-roles';
    const text = `Dear PCSE

Gary Tomlinson left Sandown Medical Practice (H84021) on 31 October. Please remove his Joiner & Leaver and Practice Estimate and Salary Change roles; his username is gary.tomlinson@nhs.net.

Thank you

Wendy Marsh
Practice Manager, Sandown Medical Practice

${NHSMAIL_FOOTER}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Wendy Marsh', email: 'wendy.marsh@nhs.net' }, to: PE, subject: 'Leaver - remove PCSE roles', date: '2026-11-19T13:21:00Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('role_removal_request', org('H84021', 'gp_practice'), { username: 'gary.tomlinson@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, [], ['leaver', 'roles_inline']), []));
  }

  // 020 ---------------------------------------------------------------- role removal without a username, Thunderbird flowed
  {
    const slug = '020-role-removal-no-username-flowed';
    const text = `Hello,

Could you please take the PL Practice Manager role off our former practice manager, Denise Allsop, who left us in September? I don't have her username, and I'm not sure who set her up originally.

Regards,
Martin Okwuosa
Practice Manager
Castle Mead Surgery (P83015)
`;
    const { eml } = compose({
      client: 'thunderbird', text: hardWrap(text, 72, true), textOpts: { flowed: true, charset: 'utf-8', cte: '7bit' },
      env: { seed: slug, from: { name: 'Martin Okwuosa', email: 'martin.okwuosa@nhs.net' }, to: PE, subject: 'Remove role from former member of staff', date: '2026-11-19T15:09:45Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('role_removal_request', org('P83015', 'gp_practice'), { username: null, roles: ['PL Practice Manager'] }, [], ['thunderbird', 'format_flowed', 'no_username', 'leaver']), []));
  }

  // 021 ---------------------------------------------------------------- misdirected: practice email change, only the new address
  {
    const slug = '021-misdirected-practice-email-new-only';
    const text = `${EXTERNAL_BANNER}

Hi,

Can you update our practice email address please? It should now be harefieldroad.practice@nhs.net. Practice: Harefield Road Practice, P81107.

Thanks
Jo Marchant
Office Manager

${TRUST_DISCLAIMER('Lancashire Coastal Primary Care Ltd')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', banner: EXTERNAL_BANNER, text,
      env: { seed: slug, from: { name: 'Jo Marchant', email: 'jo.marchant@lcpc.org.uk' }, to: PE, subject: '[EXTERNAL] Update practice email address', date: '2026-11-20T09:34:11Z', auth: 'external-pass' },
    });
    out.push(email(MB, slug, eml, exp('practice_email_update', org('P81107', 'gp_practice'), { currentEmail: null, newEmail: 'harefieldroad.practice@nhs.net' }, [], ['misdirected', 'new_address_only', 'external_tag', 'external_banner']), []));
  }

  // 022 ---------------------------------------------------------------- pensions question: not a user-access request
  {
    const slug = '022-unclassified-pensions-question-1252';
    const text = `Good afternoon,

Could you confirm whether our Type 1 certificate for 2025/26 has been received? Our accountant says the employer contribution of £4,312.56 hasn’t shown on the practice statement yet, and we’re worried it’s been missed.

Kind regards
Linda Achebe
Practice Accounts – Ivy Lodge Surgery`;
    const { eml } = compose({
      client: 'outlook', text, textOpts: { charset: 'windows-1252', cte: 'quoted-printable', quoteCharset: true },
      env: { seed: slug, from: { name: 'Linda Achebe', email: 'linda.achebe@nhs.net' }, to: PE, subject: 'Type 1 certificate 2025/26', date: '2026-11-20T14:02:18Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['out_of_scope', 'pensions', 'windows_1252', 'pound_sign']), []));
  }

  // 023 ---------------------------------------------------------------- chaser with reference
  {
    const slug = '023-chaser-case-ref-in-body';
    const text = `Hi, just chasing this one - ref PCSE-2026-003852. Our new GPP admin still hasn't had her verification email. Thanks, Sarah

Sarah Kettleborough
Practice Manager, Fernhill Medical Group`;
    const { eml } = compose({
      client: 'outlook-mobile', html: 'alt', text,
      env: { seed: slug, from: { name: 'Sarah Kettleborough', email: 'sarah.kettleborough@nhs.net' }, to: PE, subject: 'RE: GPP Practice User Administrator certification - Fernhill Medical Group D81022', date: '2026-11-23T12:10:40Z', auth: 'pass', inReplyTo: '<PCSEPE3852@LO4P265MB6001.GBRP265.PROD.OUTLOOK.COM>' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['chaser', 'case_ref', 'outlook_mobile']), []));
  }

  // 024 ---------------------------------------------------------------- non-delivery report
  {
    const slug = '024-bounce-ndr';
    const seed = slug;
    const date = '2026-11-23T15:41:09Z';
    const human = `Your message to tobias.renshaw@nhs.uk couldn't be delivered.

tobias.renshaw wasn't found at nhs.uk.

Office 365 / PCSE Portal Enquiries

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Check the address in your contacts list.

Original Message Details
Created Date:   ${rfcDate('2026-11-23T15:40:58Z')}
Sender Address: pcse.portalenquiries@nhs.net
Recipient Address: tobias.renshaw@nhs.uk
Subject: RE: GPP User Admin form - Halsey Street Surgery [PCSE-2026-004633]

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate('2026-11-23T15:40:58Z')}

Final-Recipient: rfc822;tobias.renshaw@nhs.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const orig = `Received: from LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM ([fe80::3c1:9a1e:4d7b:1a02]) by
 LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with mapi id 15.20.8901.012; ${rfcDate('2026-11-23T15:40:58Z')}
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
To: "tobias.renshaw@nhs.uk" <tobias.renshaw@nhs.uk>
Subject: RE: GPP User Admin form - Halsey Street Surgery [PCSE-2026-004633]
Date: ${rfcDate('2026-11-23T15:40:58Z')}
Message-ID: <PCSEPE4633@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain
`;
    const b = boundary(seed, 'outlook', 9);
    const report = multipart('report', [
      textPart(human, { charset: 'us-ascii', cte: '7bit' }),
      { headers: [['Content-Type', 'message/delivery-status']], body: Buffer.from(status.replace(/\n/g, '\r\n'), 'ascii') },
      { headers: [['Content-Type', 'text/rfc822-headers']], body: Buffer.from(orig.replace(/\n/g, '\r\n'), 'ascii') },
    ], b, { params: '; report-type=delivery-status' });
    const { headers } = outlookHeaders({ seed, from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' }, to: PE, subject: 'Undeliverable: RE: GPP User Admin form - Halsey Street Surgery [PCSE-2026-004633]', date, auth: 'none' });
    const eml = message([...headers, ['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']] as Header[], report);
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['bounce', 'multipart_report', 'case_ref_in_subject'], 'bounce'), []));
  }

  // 025 ---------------------------------------------------------------- thank-you with a reference
  {
    const slug = '025-thanks-case-ref';
    const text = `Thank you - all working now.

Deborah

${outlookQuote({ from: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' }, sent: longDate('2026-11-17T10:05:00Z'), to: [{ name: 'Deborah Fairclough', email: 'deborah.fairclough@nhs.net' }], subject: 'RE: Account locked [PCSE-2026-004301]' })}
Dear Deborah,

Your PCSE Online account has been unlocked. Reference PCSE-2026-004301.

Kind regards
PCSE Portal Enquiries

${CAPTIVE('Capita Business Services Ltd', '02299747')}`;
    const { eml } = compose({
      client: 'outlook', html: 'alt', text,
      env: { seed: slug, from: { name: 'Deborah Fairclough', email: 'deborah.fairclough@nhs.net' }, to: PE, subject: 'RE: Account locked [PCSE-2026-004301]', date: '2026-11-17T10:31:55Z', auth: 'pass', inReplyTo: '<PCSEPE4301@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>' },
    });
    out.push(email(MB, slug, eml, exp('unclassified', null, {}, [], ['thanks', 'case_ref']), []));
  }

  // 026 ---------------------------------------------------------------- reactivation, a pharmacy's main contact, iPhone
  {
    const slug = '026-account-reactivation-pharmacy-iphone';
    const text = `Hi, my PCSE Online account has been deactivated. I'm the main contact for Dalton Square Pharmacy, FW263. Username bilal.choudry@nhs.net

Can you reactivate it please so I can order our supplies?

Thanks
Bilal Choudry
Pharmacist Manager

Sent from my iPhone`;
    const { eml } = compose({
      client: 'iphone', text, textOpts: { charset: 'utf-8', cte: 'quoted-printable' },
      env: { seed: slug, from: { name: 'Bilal Choudry', email: 'bilal.choudry@nhs.net' }, to: PE, subject: 'Account deactivated', date: '2026-11-24T07:40:51Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('account_reactivation', org('FW263', 'pharmacy'), { username: 'bilal.choudry@nhs.net' }, [], ['iphone', 'pharmacy', 'main_contact', 'terse']), []));
  }

  // 027 ---------------------------------------------------------------- misdirected: Open Exeter permissions from a GP partner
  {
    const slug = '027-misdirected-open-exeter-permissions';
    const text = `Hello

Please could you add the following Open Exeter permissions for our practice nurse Jessica Palmer (user ID PALMERJ3, jessica.palmer@nhs.net):

Sample Taker search
Prior Notification List

I am a GP Partner at Saltergate Surgery (A82074).

Thanks
Kieran

Dr Kieran Doherty
GP Partner, Saltergate Surgery

Get Outlook for Android`;
    const { eml } = compose({
      client: 'outlook-mobile', html: 'alt', text,
      env: { seed: slug, from: { name: 'Kieran Doherty', email: 'kieran.doherty@nhs.net' }, to: PE, subject: 'Open Exeter access for Jessica Palmer', date: '2026-11-25T18:12:06Z', auth: 'pass' },
    });
    out.push(email(MB, slug, eml, exp('open_exeter_additional_permissions', org('A82074', 'gp_practice'), {
      user: { ...p('Jessica Palmer', 'jessica.palmer@nhs.net'), username: 'PALMERJ3' },
      permissions: ['Sample Taker search', 'Prior Notification List'],
      signatory: { ...p('Kieran Doherty', 'kieran.doherty@nhs.net'), role: 'gp_partner' },
    }, [], ['misdirected', 'outlook_mobile', 'list_without_bullets']), []));
  }

  return out;
}
