// portalenquiries: 26 emails of writer V.
import { NHSMAIL_FOOTER, date, org, outlookQuote, person, sentLine, type Mail } from './lib.js';
import { gppForm, pcnForm } from './formspecs.js';
import { formPdf } from './pdfs.js';
import { scanPdf } from './scanforms.js';

const PDF = 'application/pdf';

export async function portal(): Promise<Mail[]> {
  const m: Mail[] = [];

  // 001 GPP nomination, fillable certification form; covering email with label typos and a lower-case spaced code.
  m.push({
    slug: 'gpp-acroform-practise-code', client: 'nhsmail',
    from: { name: 'QUAYLE, Harriet (BRACKENFOLD MEDICAL PRACTICE)', email: 'harriet.quayle1@nhs.net' },
    subject: 'GPP user admin form', date: date(3, 11, 9, 12, 41),
    text: `Good morning

Please find attached our completed GPP Practice User Administrator certification form, signed off by one of our partners.

Practise name: Brackenfold Medical Practice
Practise code: c82 014
Nominee: Tomasz Wielgosz (Assistant Practice Manager)

Any problems give me a ring on 0116 496 0327 ext 214.

Kind regards

Harriet Quayle
Practice Manager
Brackenfold Medical Practice
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'GPP UA certification - Brackenfold.pdf', contentType: PDF, data: await formPdf(gppForm({
      practiceName: 'Brackenfold Medical Practice', ods: 'C82014', address: '41 Brackenfold Road\nWigston LE18 9QX',
      nomineeName: 'Tomasz Wielgosz', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'tomasz.wielgosz@nhs.net', nomineePhone: '0116 496 0327',
      approverName: 'Dr Imogen Falconer-Reid', approverRole: 'GP Partner', approverEmail: 'imogen.falconerreid@nhs.net', signed: true, date: '02/11/2026',
    }, { practiceName: 'txtPracticeName', ods: 'txtODSCode', address: 'txtPracticeAddress', nomineeName: 'txtNomineeName', nomineeJob: 'txtNomineeRole', nomineeEmail: 'txtNomineeEmail', nomineePhone: 'txtNomineeTel', approverName: 'txtApproverName', approverRole: 'txtApproverPosition', approverEmail: 'txtApproverEmail', date: 'dtSigned' }), { mode: 'acro', created: new Date('2026-11-02T16:20:00Z'), seed: 'p001' }) }],
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('C82014', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Tomasz Wielgosz', 'tomasz.wielgosz@nhs.net'), approver: { name: 'Imogen Falconer-Reid', email: 'imogen.falconerreid@nhs.net', role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'label_typo', 'code_lower_case_spaced', 'nhsmail_display_name'],
    },
  });

  // 002 GPP nomination, scanned hand-filled form, approver part filled but not signed.
  m.push({
    slug: 'gpp-scan-unsigned', client: 'nhsmail',
    from: { name: 'OKAFOR, Chidinma (THE LINDENS SURGERY)', email: 'chidinma.okafor@nhs.net' },
    subject: 'GPP Practice User Admin certification - The Lindens', date: date(4, 11, 14, 3, 19),
    text: `Hi PCSE team,

Attached is the scanned GPP user admin certification form for myself. Dr Baxter has filled in his part but hasn't had a chance to sign it yet - he is away until next week so I'm sending it now to save time, hope that is ok.

Thanks
Chidinma

Chidinma Okafor
Practice Business Manager | The Lindens Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'SCAN_20261104_135512.pdf', contentType: PDF, data: await scanPdf(gppForm({
      practiceName: 'The Lindens Surgery', ods: 'N81 062', address: 'Lindens Close\nMiddlewich CW10 9XT',
      nomineeName: 'Chidinma Okafor', nomineeJob: 'Practice Business Manager', nomineeEmail: 'chidinma.okafor@nhs.net', nomineePhone: '01606 960 112',
      approverName: 'Dr Alun Baxter', approverRole: 'Senior Partner', approverEmail: 'alun.baxter@nhs.net', signed: false, date: '',
    }), { seed: 'p002', hand: 'B', skewDeg: -1.1, noise: 1800, quality: 72 }, new Date('2026-11-04T13:55:12Z')) }],
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('N81062', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Chidinma Okafor', 'chidinma.okafor@nhs.net'), approver: { name: 'Alun Baxter', email: 'alun.baxter@nhs.net', role: 'Senior Partner' } },
      mustRaise: ['missing_signature'], traits: ['pdf_scan', 'handwriting', 'unsigned_form', 'nominee_is_sender'],
    },
  });

  // 003 PL nomination by the CQC Registered Manager; the subject writes the code with a letter O, the body gives it right.
  m.push({
    slug: 'pl-admin-letter-o-in-subject', client: 'nhsmail',
    from: { name: 'Gwen Abernethy', email: 'gwen.abernethy@nhs.net' },
    subject: 'PL Organisation Administrator request – Saltmarsh Lane Surgery (M85O61)', date: date(5, 11, 8, 31, 2),
    text: `Dear PCSE,

As the CQC Registered Manager for Saltmarsh Lane Surgery I would like to nominate our practice manager as a PL Organisation Administrator, we currently have none.

Name: Priya Venkatraman
Email: priya.venkatraman2@nhs.net
Practice: Saltmarsh Lane Surgery
ODS: M85 061

Regards,

Gwen Abernethy
Registered Manager (CQC) / Nurse Partner
Saltmarsh Lane Surgery, 2 Saltmarsh Lane, Northfield B31 7ZZ
Tel 0121.496.0183
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('M85061', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Priya Venkatraman', 'priya.venkatraman2@nhs.net'), approver: { name: 'Gwen Abernethy', email: 'gwen.abernethy@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['letter_o_for_zero', 'code_spaced', 'odd_phone_format', 'smart_punctuation_subject'],
    },
  });

  // 004 PL nomination sent by the practice manager for the registered manager (in copy); names in capitals, mailto values.
  m.push({
    slug: 'pl-admin-caps-names-mailto', client: 'nhsmail',
    from: { name: 'Mark Tennant', email: 'mark.tennant@nhs.net' },
    cc: ['Dr Ruth Singh <ruth.singh7@nhs.net>'],
    subject: 'New PL admin - Holm Oak Health Centre', date: date(5, 11, 11, 47, 55),
    text: `Hello

Our CQC registered manager Dr Ruth Singh (copied in) has asked me to request that the following person is set up as a PL Organisation Administrator for our practice:

NAME: DEBORAH ANN KILBRIDE
ROLE: OPERATIONS MANAGER
EMAIL: deborah.kilbride@nhs.net <mailto:deborah.kilbride@nhs.net>
TEL: 07700.900.412

Practice: HOLM OAK HEALTH CENTRE
Practice code: h81 072

Dr Singh confirms she approves this nomination as Registered Manager - Ruth please reply all if PCSE need it from you directly.

Thanks
Mark Tennant
IT & Data Lead, Holm Oak Health Centre
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('H81072', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Deborah Ann Kilbride', 'deborah.kilbride@nhs.net'), approver: { name: 'Ruth Singh', email: 'ruth.singh7@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['names_all_caps', 'mailto_value', 'code_lower_case_spaced', 'approver_in_cc', 'odd_phone_format'],
    },
  });

  // 005 OPTO nomination from an optician whose code is dental-shaped: type from the code, ods_type_mismatch.
  m.push({
    slug: 'opto-admin-dental-shaped-code', client: 'exchange',
    from: { name: 'Rupert Fenwick', email: 'rupert@fenwickopticians.co.uk' },
    subject: 'Ophthalmic payments user admin', date: date(6, 11, 10, 5, 27),
    text: `Hi,

I am the contract holder at Fenwick & Daughters Opticians, our optician practice ODS code is V018273.

Please could you set up Lucy Amadi as an OPTO Organisation User Administrator (Ophthalmic Payments user management)? Her email is lucy.amadi@nhs.net. She will be looking after the GOS claims from now on.

Many thanks,
Rupert Fenwick FBDO
Contract Holder
Fenwick & Daughters Opticians
17 Bridge Street, Kendal LA9 4ZZ
01539 960 205
`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>I am the contract holder at Fenwick &amp; Daughters Opticians, our optician practice ODS code is <b>V018273</b>.</p>
<p>Please could you set up Lucy Amadi as an OPTO Organisation User Administrator (Ophthalmic Payments user management)? Her email is <a href="mailto:lucy.amadi@nhs.net">lucy.amadi@nhs.net</a>. She will be looking after the GOS claims from now on.</p>
<p>Many thanks,<br>Rupert Fenwick FBDO<br>Contract Holder<br>Fenwick &amp; Daughters Opticians<br>17 Bridge Street, Kendal LA9 4ZZ<br>01539 960 205</p>
</div></body></html>`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('V018273', 'dental_practice'),
      fields: { service: 'OPTO', nominee: person('Lucy Amadi', 'lucy.amadi@nhs.net'), approver: { name: 'Rupert Fenwick', email: 'rupert@fenwickopticians.co.uk', role: 'Contract Holder' } },
      mustRaise: ['ods_type_mismatch'], traits: ['type_code_mismatch', 'html_alternative', 'non_nhs_corporate_domain'],
    },
  });

  // 006 OPTO nomination: a fifth administrator, the four existing ones are listed.
  m.push({
    slug: 'opto-fifth-admin', client: 'exchange',
    from: { name: 'Sunita Rao', email: 'sunita.rao@clearvieweyecare.co.uk' },
    subject: 'Additional OPTO user admin - Clearview Eyecare TPB73', date: date(9, 11, 13, 22, 8),
    text: `Good afternoon,

We already have four OPTO user admins at Clearview Eyecare (TPB73):
 - Sunita Rao (me)
 - Daniel Okwuosa
 - Megan Pritchard
 - Colm Mulready

None of them are leaving, but we are opening Saturday clinics and need a fifth. Please can you add Ewan Docherty, ewan.docherty@clearvieweyecare.co.uk, as an additional Opto User Management (Organisation) admin?

I'm the contract holder so I approve this.

Best wishes
Sunita Rao BSc MCOptom
Contract Holder, Clearview Eyecare
Tel: 0 1 2 2 3  9 6 0 5 5 1
`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPB73', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Ewan Docherty', 'ewan.docherty@clearvieweyecare.co.uk'), approver: { name: 'Sunita Rao', email: 'sunita.rao@clearvieweyecare.co.uk', role: 'Contract Holder' } },
      mustRaise: ['admin_limit_reached'], traits: ['admin_limit_from_email', 'list_of_other_people', 'odd_phone_format', 'non_nhs_corporate_domain'],
    },
  });

  // 007 PCN nomination submitted by the ICB approver with a flat PDF form.
  m.push({
    slug: 'pcn-admin-icb-form', client: 'nhsmail',
    from: { name: 'Olumide Bankole-Hart', email: 'olumide.bankolehart@nhs.net' },
    subject: 'PCN User Admin request - Estuary Villages PCN (ICB approved)', date: date(10, 11, 9, 58, 40),
    text: `Dear colleagues

Please find attached a PCN user administrator request for Estuary Villages PCN, approved by me on behalf of NHS Severnvale ICB. I am listed as an approver on the NHSE Authorised Email List.

The PCN currently has no PCN user admin.

Kind regards

Olumide Bankole-Hart
Primary Care Contracts Manager
NHS Severnvale Integrated Care Board
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Estuary Villages PCN - UA request.pdf', contentType: PDF, data: await formPdf(pcnForm({
      pcnName: 'Estuary Villages PCN', pcnCode: 'U41872', lead: 'Pill Road Surgery',
      nomineeName: 'Kerry-Anne Maddox', nomineeJob: 'PCN Operations Manager', nomineeEmail: 'k.maddox@nhs.net', nomineePhone: '01275 960 338',
      approverName: 'Olumide Bankole-Hart', approverJob: 'Primary Care Contracts Manager', icb: 'NHS Severnvale ICB', approverEmail: 'olumide.bankolehart@nhs.net', ael: true, signed: true, date: '09/11/2026',
    }), { mode: 'flat', created: new Date('2026-11-09T15:02:00Z'), seed: 'p007' }) }],
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U41872', 'pcn'),
      fields: { service: 'PCN', nominee: person('Kerry-Anne Maddox', 'k.maddox@nhs.net'), approver: { name: 'Olumide Bankole-Hart', email: 'olumide.bankolehart@nhs.net', role: 'Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['pdf_text', 'icb_approver', 'see_attached'],
    },
  });

  // 008 PCN: the clinical director nominates and "approves" himself.
  m.push({
    slug: 'pcn-admin-self-approved', client: 'nhsmail',
    from: { name: 'Dr Lewis Achterberg', email: 'lewis.achterberg@nhs.net' },
    subject: 'PCN user admin for Riverbend & Mere PCN', date: date(10, 11, 17, 46, 13),
    text: `Hello,

Riverbend & Mere PCN (code u 52 019) doesn't have a PCN user admin on PCSE Online at the moment. I'd like to be set up as the PCN user admin myself:

Name: Dr Lewis Achterberg
Email: lewis.achterberg@nhs.net

As Clinical Director of the PCN I approve this request - I don't think we need to involve the ICB for something this small, but let me know if you need anything else.

Thanks,
Lewis

Dr Lewis Achterberg
Clinical Director, Riverbend & Mere PCN
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U52019', 'pcn'),
      fields: { service: 'PCN', nominee: person('Lewis Achterberg', 'lewis.achterberg@nhs.net'), approver: { name: 'Lewis Achterberg', email: 'lewis.achterberg@nhs.net', role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['nominee_is_approver', 'code_lower_case_spaced', 'no_icb_approval'],
    },
  });

  // 009 PCN: business manager nominates, approval by the clinical director who is said not to be on the AEL.
  m.push({
    slug: 'pcn-admin-approver-not-ael', client: 'nhsmail',
    from: { name: 'Shona Pettigrew', email: 'shona.pettigrew@nhs.net' },
    cc: ['Fiona Lamb <fiona.lamb@nhs.net>'],
    subject: 'Coldharbour Central PCN - new PCN user admin', date: date(11, 11, 10, 14, 37),
    text: `Hi there

Coldharbour Central PCN (U60344) would like Ravi Chandrasekar, our Digital Transformation Lead, set up as PCN user admin. His email is ravi.chandrasekar@nhs.net.

This has been approved by our Clinical Director, Dr Fiona Lamb (cc'd). Fiona is not on the AEL herself - our ICB contact who is on it is on long-term leave and we've had no reply from the ICB inbox - so we hope Fiona's approval will do in the meantime.

Many thanks
Shona

Shona Pettigrew | PCN Business Manager | Coldharbour Central PCN
M: 07700 900 671
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U60344', 'pcn'),
      fields: { service: 'PCN', nominee: person('Ravi Chandrasekar', 'ravi.chandrasekar@nhs.net'), approver: { name: 'Fiona Lamb', email: 'fiona.lamb@nhs.net', role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['approver_says_not_on_ael', 'approver_in_cc'],
    },
  });

  // 010 Main contact change, dental practice, label typos, mailto value, spaced code.
  m.push({
    slug: 'main-contact-dental-emial', client: 'nhsmail',
    from: { name: 'Bright Smiles Dental Care', email: 'brightsmiles.dental@nhs.net' },
    subject: 'Change of main contact', date: date(12, 11, 9, 3, 51),
    text: `Hello,

Our previous main contact has left. Please change our main contact to the person below.

Practise name: Bright Smiles Dental Care
Practise code: V 047 315
New main contact: Anastasia Korolenko (Practice Manager)
Emial: anastasia.korolenko@nhs.net<mailto:anastasia.korolenko@nhs.net>

Thank you

Reception
Bright Smiles Dental Care
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'main_contact_change', ignored: null, organisation: org('V047315', 'dental_practice'),
      fields: { newMainContact: person('Anastasia Korolenko', 'anastasia.korolenko@nhs.net') },
      mustRaise: [], traits: ['label_typo', 'mailto_value', 'code_spaced', 'shared_mailbox_sender'],
    },
  });

  // 011 Main contact change for a pharmacy, sent from a personal gmail address.
  m.push({
    slug: 'main-contact-pharmacy-from-gmail', client: 'gmail',
    from: { name: 'Yusuf Demirci', email: 'yusuf.demirci.rx@gmail.com' },
    subject: 'main contact change FQ528', date: date(12, 11, 21, 18, 4),
    text: `Hi

I am the new superintendent / owner of Demirci Chemist (ODS FQ528). Please change our main contact on PCSE Online to me:

Yusuf Demirci
yusuf.demirci@nhs.net

Sorry for sending from my personal email, I can't get into nhsmail on my phone tonight.

Thanks
Yusuf
`,
    html: `<div dir="ltr"><div>Hi</div><div><br></div><div>I am the new superintendent / owner of Demirci Chemist (ODS FQ528). Please change our main contact on PCSE Online to me:</div><div><br></div><div>Yusuf Demirci</div><div><a href="mailto:yusuf.demirci@nhs.net">yusuf.demirci@nhs.net</a></div><div><br></div><div>Sorry for sending from my personal email, I can&#39;t get into nhsmail on my phone tonight.</div><div><br></div><div>Thanks</div><div>Yusuf</div></div>`,
    expect: {
      kind: 'main_contact_change', ignored: null, organisation: org('FQ528', 'pharmacy'),
      fields: { newMainContact: person('Yusuf Demirci', 'yusuf.demirci@nhs.net') },
      mustRaise: ['sender_not_nhs'], traits: ['personal_mailbox_sender', 'gmail_html', 'lower_case_subject'],
    },
  });

  // 012 Reply to PCSE's "further information required" with the missing address on top, the request quoted below.
  m.push({
    slug: 'main-contact-reply-with-missing-email', client: 'nhsmail',
    from: { name: 'Elspeth Marrow', email: 'elspeth.marrow@nhs.net' },
    subject: 'RE: PCSE-2026-004518 Main contact change - further information required', date: date(16, 11, 8, 55, 30),
    inReplyTo: '<PCSE-2026-004518.2@pcse.england.nhs.uk>',
    text: `Morning,

Apologies - Dr Okonjo's email address is benedict.okonjo@nhs.net

Practice details as below.

Elspeth
${outlookQuote({ from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: sentLine(13, 11, 15, 2), to: 'Elspeth Marrow <elspeth.marrow@nhs.net>', subject: 'PCSE-2026-004518 Main contact change - further information required' }, `Dear Elspeth

Thank you for your email. To progress your request we need the email address of the new main contact. Please reply to this email with the missing information, keeping the reference in the subject.

Kind regards
PCSE Online Support
${outlookQuote({ from: 'Elspeth Marrow <elspeth.marrow@nhs.net>', sent: sentLine(12, 11, 16, 40), to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', subject: 'Main contact change' }, `Hello,

Please change the main contact for Ashgrove Medical Group (P84027) to our new senior partner Dr Benedict Okonjo. Our previous main contact Dr Hale has retired.

Thanks,
Elspeth Marrow
Deputy Practice Manager, Ashgrove Medical Group`)}`)}
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'main_contact_change', ignored: null, organisation: org('P84027', 'gp_practice'),
      fields: { newMainContact: person('Benedict Okonjo', 'benedict.okonjo@nhs.net') },
      mustRaise: [], traits: ['reply_with_missing_info', 'quoted_thread', 'case_reference'],
    },
  });

  // 013 Verification link for the sender's own GP account, GMC number given.
  m.push({
    slug: 'verification-own-gmc', client: 'nhsmail',
    from: { name: 'Dr Anjali Raghunathan', email: 'anjali.raghunathan@nhs.net' },
    subject: 'Verification link not received', date: date(16, 11, 12, 30, 9),
    text: `Dear PCSE

I never received the verification link for PCSE Online. Could you send a new one please?

GMC no. 7123456
GMC registered email: anjali.raghunathan@nhs.net (this address)

I am a salaried GP at Fernleigh Surgery, E84019.

Many thanks
Dr Anjali Raghunathan
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'verification_link_resend', ignored: null, organisation: org('E84019', 'gp_practice'),
      fields: { accountEmail: 'anjali.raghunathan@nhs.net', gmcNumber: '7123456' },
      mustRaise: [], traits: ['gmc_number', 'own_account'],
    },
  });

  // 014 Verification link asked by a practice manager for a GP partner's account.
  m.push({
    slug: 'verification-for-partner', client: 'nhsmail',
    from: { name: 'Colin Ashdown', email: 'colin.ashdown@nhs.net' },
    subject: 'Re-send verification link for Dr Lavelle', date: date(17, 11, 9, 41, 0),
    text: `Hi,

Could you please resend the PCSE Online verification link for one of our partners, Dr Marguerite Lavelle? Her GMC email is m.lavelle@nhs.net and GMC number 6098123.

She has asked me to chase this on her behalf as she is on the rota all week.

Westcombe Road Practice - L83045

Thanks
Colin Ashdown
Practice Manager
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'verification_link_resend', ignored: null, organisation: org('L83045', 'gp_practice'),
      fields: { accountEmail: 'm.lavelle@nhs.net', gmcNumber: '6098123' },
      mustRaise: ['not_own_account'], traits: ['on_behalf_of_colleague', 'gmc_number'],
    },
  });

  // 015 The whole email in capitals: unlock own account.
  m.push({
    slug: 'unlock-all-caps', client: 'iphone',
    from: { name: 'BARRY HOLLINGWORTH', email: 'barry.hollingworth@nhs.net' },
    subject: 'ACCOUNT LOCKED', date: date(17, 11, 7, 52, 44),
    text: `HI

MY PCSE ONLINE ACCOUNT IS LOCKED, I PUT THE WRONG PASSWORD IN TOO MANY TIMES. USERNAME IS BARRY.HOLLINGWORTH@NHS.NET

ORCHARD GATE SURGERY PRACTICE CODE G82 051

PLEASE UNLOCK ASAP NEED TO DO THE PENSIONS FORMS TODAY

THANKS
BARRY HOLLINGWORTH
PRACTICE MANAGER

SENT FROM MY IPHONE`,
    expect: {
      kind: 'account_unlock', ignored: null, organisation: org('G82051', 'gp_practice'),
      fields: { username: 'barry.hollingworth@nhs.net' },
      mustRaise: [], traits: ['all_caps', 'mobile_client', 'code_spaced'],
    },
  });

  // 016 Unlock asked for a colleague's account (no contract finding for that; see README).
  m.push({
    slug: 'unlock-colleague-pharmacy', client: 'nhsmail',
    from: { name: 'Siân Pryce-Jones', email: 'sian.prycejones@nhs.net' },
    subject: 'Locked account – Harbourside Pharmacy', date: date(18, 11, 14, 16, 22),
    text: `Hi,

Our dispenser Marek’s PCSE Online account is locked – he tried his old password too many times. Could you unlock it please?

Username: marek.zielinski@nhs.net
Pharmacy: Harbourside Pharmacy, FK731

Diolch / thanks
Siân Pryce-Jones
Pharmacy Manager
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'account_unlock', ignored: null, organisation: org('FK731', 'pharmacy'),
      fields: { username: 'marek.zielinski@nhs.net' },
      mustRaise: [], traits: ['on_behalf_of_colleague', 'smart_punctuation', 'non_ascii_name'],
    },
  });

  // 017 Reactivation for a GPP user administrator, odd phone format.
  m.push({
    slug: 'reactivation-gpp-admin', client: 'nhsmail',
    from: { name: 'Joanna Brightwell', email: 'joanna.brightwell@nhs.net' },
    subject: 'PCSE Online account deactivated', date: date(19, 11, 10, 8, 33),
    text: `Hello

I'm the GPP user admin at Quarry Hill Surgery (B86023) and my PCSE Online account has been deactivated as I hadn't logged in for a few months. Please can you reactivate it?

Username: joanna.brightwell@nhs.net

You can reach me on +44 (0)113 496 0 871 if needed.

Joanna Brightwell
Finance & HR Lead
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'account_reactivation', ignored: null, organisation: org('B86023', 'gp_practice'),
      fields: { username: 'joanna.brightwell@nhs.net' },
      mustRaise: [], traits: ['odd_phone_format', 'admin_own_account'],
    },
  });

  // 018 Reactivation for a main contact; practice code with a letter where a digit should be.
  m.push({
    slug: 'reactivation-main-contact-bad-code', client: 'nhsmail',
    from: { name: 'Declan Furey', email: 'declan.furey@nhs.net' },
    subject: 'reactivate my account please', date: date(19, 11, 15, 59, 2),
    text: `Hi,

I'm the main contact for St Brannock's Surgery, practice code J82B04, and my PCSE online account has been deactivated.

username: declan.furey@nhs.net <mailto:declan.furey@nhs.net>

Please reactivate so I can order supplies.

Cheers
Declan
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'account_reactivation', ignored: null, organisation: org('J82B04', 'gp_practice'),
      fields: { username: 'declan.furey@nhs.net' },
      mustRaise: ['ods_invalid'], traits: ['malformed_code', 'mailto_value', 'main_contact_own_account'],
    },
  });

  // 019 Role removal for a leaver.
  m.push({
    slug: 'role-removal-leaver', client: 'nhsmail',
    from: { name: 'Ffion Gwilliam', email: 'ffion.gwilliam@nhs.net' },
    subject: 'Remove roles - leaver', date: date(20, 11, 11, 0, 45),
    text: `Good morning

Please remove the "Joiner & Leaver" and "Practice Estimate and Salary Change" roles from Gareth Lloyd (gareth.lloyd4@nhs.net). He left Aberlash Surgery (K84066) at the end of October.

Kind regards
Ffion Gwilliam
Practice Administrator
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'role_removal_request', ignored: null, organisation: org('K84066', 'gp_practice'),
      fields: { username: 'gareth.lloyd4@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [], traits: ['leaver', 'quoted_role_names'],
    },
  });

  // 020 Role removal on own account, all lower case.
  m.push({
    slug: 'role-removal-own-lowercase', client: 'outlookcom',
    from: { name: 'tariq mahmood', email: 'tariq.mahmood3@nhs.net' },
    subject: 'remove role', date: date(20, 11, 16, 27, 18),
    text: `hi

i keep getting supplies emails, please take the practice order entry clerk role off my account. im a dental nurse at cherry tree dental practice (v112580) and dont order anything. my login is this email address tariq.mahmood3@nhs.net

thanks
tariq mahmood`,
    expect: {
      kind: 'role_removal_request', ignored: null, organisation: org('V112580', 'dental_practice'),
      fields: { username: 'tariq.mahmood3@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [], traits: ['all_lower_case', 'code_lower_case', 'own_account'],
    },
  });

  // 021 Two requests in one email: unlock (first, PCSE acts) and a role removal for a retired colleague (advice only).
  m.push({
    slug: 'two-requests-unlock-and-removal', client: 'nhsmail',
    from: { name: 'Rosalind Achebe', email: 'rosalind.achebe@nhs.net' },
    subject: 'Locked out + retired GP', date: date(23, 11, 9, 20, 0),
    text: `Hi PCSE,

Two things please:

1) My account is locked - I tried too many times this morning. Username rosalind.achebe@nhs.net

2) Can you also take the PL Practice Manager role off Simon Darby (simon.darby@nhs.net)? He retired in the summer.

Mill Race Surgery, y02714

Thank you!
Rosalind Achebe
Practice Manager
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'account_unlock', ignored: null, organisation: org('Y02714', 'gp_practice'),
      fields: { username: 'rosalind.achebe@nhs.net' },
      mustRaise: [], traits: ['two_requests', 'code_lower_case', 'numbered_list'],
    },
  });

  // 022 "Please ignore my last email": corrected PL nominee above the quoted original.
  m.push({
    slug: 'pl-admin-ignore-last-nominee', client: 'nhsmail',
    from: { name: 'Hollie Brennan', email: 'hollie.brennan@nhs.net' },
    subject: 'RE: PL Organisation Admin - Kingsmead Family Practice', date: date(23, 11, 14, 12, 6),
    text: `Hi,

Please ignore my last email, the correct nominee is Natasha Ellery (natasha.ellery@nhs.net), not Nathan Ellery - sorry, autocomplete! Everything else is the same.

Hollie
${outlookQuote({ from: 'Hollie Brennan <hollie.brennan@nhs.net>', sent: sentLine(23, 11, 13, 58), to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', subject: 'PL Organisation Admin - Kingsmead Family Practice' }, `Dear PCSE,

I am the CQC Registered Manager at Kingsmead Family Practice (D82 044). Please set up Nathan Ellery (nathan.ellery@nhs.net) as a PL Organisation Administrator.

Kind regards
Hollie Brennan
CQC Registered Manager
Kingsmead Family Practice`)}
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('D82044', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Natasha Ellery', 'natasha.ellery@nhs.net'), approver: { name: 'Hollie Brennan', email: 'hollie.brennan@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['correction_ignore_last', 'quoted_thread', 'code_spaced'],
    },
  });

  // 023 A question, no request.
  m.push({
    slug: 'question-how-many-admins', client: 'nhsmail',
    from: { name: 'Wendy Castellano', email: 'wendy.castellano@nhs.net' },
    subject: 'Query - number of user admins', date: date(24, 11, 10, 40, 51),
    text: `Hello,

Quick question - how many GPP user admins are we allowed per practice? And if one of ours leaves, can the others remove her, or do we need to contact you?

Thanks in advance
Wendy
${NHSMAIL_FOOTER}`,
    expect: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question'] },
  });

  // 024 A chaser with a case reference.
  m.push({
    slug: 'chaser-with-reference', client: 'nhsmail',
    from: { name: 'Pradeep Kulkarni', email: 'pradeep.kulkarni@nhs.net' },
    subject: 'RE: PCSE-2026-003877 User administrator nomination', date: date(25, 11, 15, 34, 12),
    inReplyTo: '<PCSE-2026-003877.1@pcse.england.nhs.uk>',
    text: `Hi,

Just chasing this one - it's been two weeks and our new admin still hasn't had the email. Could you let me know where it's up to?

Thanks
Pradeep
${outlookQuote({ from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: sentLine(10, 11, 11, 5), to: 'Pradeep Kulkarni <pradeep.kulkarni@nhs.net>', subject: 'PCSE-2026-003877 User administrator nomination' }, `Thank you for contacting PCSE. Your reference is PCSE-2026-003877. We aim to respond within 5 working days.`)}
${NHSMAIL_FOOTER}`,
    expect: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference'] },
  });

  // 025 Out-of-office reply.
  m.push({
    slug: 'auto-reply-out-of-office', client: 'nhsmail',
    from: { name: 'Naveed Siddiqui', email: 'naveed.siddiqui@nhs.net' },
    subject: 'Automatic reply: PCSE-2026-004402 Your request has been received', date: date(25, 11, 16, 1, 30),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `Thank you for your email. I am out of the office until Monday 7th December with no access to email.

For urgent practice matters please contact reception on 01632 960 401 or email the practice mailbox.

Naveed Siddiqui
Practice Manager`,
    expect: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply'] },
  });

  // 026 Misdirected practice email update: the new "practice" address is the manager's personal gmail.
  m.push({
    slug: 'misdirected-email-update-gmail', client: 'nhsmail',
    from: { name: 'Lakeside Surgery', email: 'lakeside.surgery@nhs.net' },
    subject: 'Update practice email address', date: date(26, 11, 9, 15, 48),
    text: `Dear Sir/Madam

We would like to update our practice email address.

Practice name: Lakeside Surgery
Practice code: W91 044
Current practice email: lakeside.surgery@nhs.net
New practice email: sandra.pickles1972@gmail.com

The nhs.net account is being closed down at the end of the month so please use the new one, it's our practice manager Sandra's.

Regards
Lakeside Surgery
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'practice_email_update', ignored: null, organisation: org('W91044', 'gp_practice'),
      fields: { currentEmail: 'lakeside.surgery@nhs.net', newEmail: 'sandra.pickles1972@gmail.com' },
      mustRaise: ['individual_mailbox'], traits: ['misdirected', 'personal_mailbox_value', 'code_spaced'],
    },
  });

  return m;
}
