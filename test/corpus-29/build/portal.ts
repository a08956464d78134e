// portalenquiries: nominations, main contacts, verification links, locks, reactivations, removals, questions.
import { email, unclassified } from './corpus.js';
import { buildMail, esc, mailDate, NHSMAIL_FOOTER, org, PCSE, who, type CorpusEmail } from './lib.js';
import { gppForm, renderFormPdf, scanForm } from './pdfs.js';

const P = 'portalenquiries' as const;
const to = [PCSE.portal];

const outlookTable = (intro: string[], head: string[], rows: string[][], outro: string[]) => `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} table.MsoTableGrid {border-collapse:collapse;} --></style></head>
<body lang="EN-GB" style="word-wrap:break-word"><div class="WordSection1">
${intro.map((l) => `<p class="MsoNormal">${l ? esc(l) : '<o:p>&nbsp;</o:p>'}</p>`).join('\n')}
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>${head.map((c) => `<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>${esc(c)}</b></p></td>`).join('')}</tr>
${rows.map((r) => `<tr>${r.map((c) => `<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">${esc(c)}</p></td>`).join('')}</tr>`).join('\n')}
</table>
${outro.map((l) => `<p class="MsoNormal">${l ? esc(l) : '<o:p>&nbsp;</o:p>'}</p>`).join('\n')}
</div></body></html>`;

/** Outlook's own plain-text rendering of such a table: one cell per line, rows separated by blank lines. */
const tableText = (intro: string[], head: string[], rows: string[][], outro: string[]) =>
  [...intro, '', head.join('\t'), ...rows.map((r) => r.join('\t')), '', ...outro].join('\n');

export async function portal(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 001 domiciliary optical provider, contract holder nominates an OPTO admin in an Outlook table
  {
    const intro = ['Hello PCSE team,', '', 'We are a domiciliary sight-testing provider (GOS contract, home visits across Cheshire and the Wirral) and nobody at the company currently holds the Opto User Management (Organisation) role, so claims are backing up.', '', 'As contract holder I would like to nominate the colleague below for the OPTO Organisation User Administration role:', ''];
    const head = ['Name', 'Email', 'Role requested', 'Contractor code'];
    const rows = [['Nkechi Adeyemi-Cole', 'nkechi.adeyemicole@nhs.net', 'OPTO Organisation User Administration', 'TPM41']];
    const outro = ['', 'Nkechi is our Clinical Services Coordinator and does all of our GOS 6 submissions.', '', 'Many thanks,', '', 'Gareth Marsden', 'Contract Holder', 'Homesight Domiciliary Eyecare Ltd', 'Unit 4, Brook Court, Ellesmere Port CH65 4EF', 'T: 0151 496 0732'];
    out.push(email(P, '001', 'opto-domiciliary-nomination-table', {
      client: 'company_exchange', from: { name: 'Gareth Marsden', email: 'gareth.marsden@homesighteyecare.co.uk' }, to,
      subject: 'OPTO user admin request - Homesight Domiciliary Eyecare (TPM41)', date: mailDate(1, 9, 12, 41),
      text: tableText(intro, head, rows, outro), html: outlookTable(intro, head, rows, outro),
    }, {
      kind: 'user_admin_nomination', organisation: org('TPM41', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: who('Nkechi Adeyemi-Cole', 'nkechi.adeyemicole@nhs.net'), approver: { ...who('Gareth Marsden', 'gareth.marsden@homesighteyecare.co.uk'), role: 'Contract Holder' } },
      traits: ['html_table', 'domiciliary_optician', 'company_domain', 'hyphenated_name'],
    }));
  }

  // 002 optician, iPhone one-paragraph, names four existing admins and asks for a fifth
  out.push(email(P, '002', 'opto-fifth-admin-iphone', {
    client: 'iphone', from: { name: 'Ruth Penhaligon', email: 'ruth.penhaligon@nhs.net' }, to,
    subject: 'Opto admin', date: mailDate(1, 18, 47, 3),
    text: `Hi can you add Tomasz Zielinski as an OPTO user admin for Harbour Lane Opticians TPX33 please, his email is tomasz.zielinski1@nhs.net. I'm the contract holder. We've got me, Lowenna Trevail, Sam Hocking and Priyesh Mistry as admins already but Tomasz is taking over the claims from Jan so he needs it too.

Thanks
Ruth

Sent from my iPhone`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPX33', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: who('Tomasz Zielinski', 'tomasz.zielinski1@nhs.net'), approver: { ...who('Ruth Penhaligon', 'ruth.penhaligon@nhs.net'), role: 'Contract Holder' } },
    mustRaise: ['admin_limit_reached'], traits: ['iphone', 'admin_count_in_prose', 'no_greeting'],
  }));

  // 003 domiciliary optometrist writing from personal Gmail on Android
  out.push(email(P, '003', 'opto-nomination-personal-gmail', {
    client: 'gmail_android', from: { name: 'Dev Raithatha', email: 'devraithatha.optom@gmail.com' }, to,
    subject: 'User management role - Eyes@Home Domiciliary Opticians TPQ58', date: mailDate(2, 7, 3, 55),
    text: `Good morning

Apologies for using my personal email, my nhs.net won't let me sign in on my phone since the MFA change.

I'm the contract holder for Eyes@Home Domiciliary Opticians (contractor code TPQ58). We have no one with Opto User Management (Organisation) at the moment. Please could you give it to our practice administrator:

Anjali Raithatha - anjali.raithatha@nhs.net

She'll then set up our two domiciliary optoms and the dispensing assistant.

Regards
Dev Raithatha BSc MCOptom
Contract Holder / Optometrist
Eyes@Home Domiciliary Opticians
07700 900 418`,
  }, {
    kind: 'user_admin_nomination', organisation: org('TPQ58', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: who('Anjali Raithatha', 'anjali.raithatha@nhs.net'), approver: { ...who('Dev Raithatha', 'devraithatha.optom@gmail.com'), role: 'Contract Holder' } },
    mustRaise: ['sender_not_nhs'], traits: ['personal_address', 'gmail_android', 'domiciliary_optician', 'post_nominals'],
  }));

  // 004 GP federation's practice support team sends a fillable GPP certification form for a member practice
  {
    const pdf = await renderFormPdf(gppForm({
      practiceName: 'Calder Bank Surgery', odsCode: 'P82017', practiceAddress: 'Calder Bank Road, Todmorden, OL14 5QR',
      nomineeName: 'Hayley Ormerod', nomineeEmail: 'hayley.ormerod@nhs.net', nomineePhone: '01706 812440', nomineeJob: 'Practice Business Manager',
      approverName: 'Dr Olumide Bankole', approverRole: 'GP Partner', approverEmail: 'olumide.bankole@nhs.net', signed: true, date: '27/11/2026',
    }), 'p004', 'fillable');
    out.push(email(P, '004', 'gpp-federation-fillable-form', {
      client: 'outlook', from: { name: 'Three Rivers GP Federation - Practice Support', email: 'threeriversfed.practicesupport@nhs.net' }, to,
      subject: 'GPP Practice User Administrator - Calder Bank Surgery', date: mailDate(2, 10, 31, 8),
      text: `Dear PCSE,

On behalf of Calder Bank Surgery (one of our member practices), please find attached their GP Payments and Pensions Practice User Administrator Certification form, completed and signed by one of the partners.

The practice's previous GPP admin retired in October and they have nobody left with the role, which is why we are sending this centrally. Please copy the practice into your reply.

Kind regards

Kayleigh Brunton
Practice Support Officer
Three Rivers GP Federation
Supporting 14 practices across Calderdale and Rossendale
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'Calder Bank - GPP UA certification.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('P82017', 'gp_practice'),
      fields: { service: 'GPP', nominee: who('Hayley Ormerod', 'hayley.ormerod@nhs.net'), approver: { ...who('Olumide Bankole', 'olumide.bankole@nhs.net'), role: 'GP Partner' } },
      traits: ['pdf_acroform', 'federation_on_behalf', 'shared_mailbox_sender'],
    }, 'fillable'));
  }

  // 005 PCN nomination: ICB approver on top of a thread in which the nominee's address was corrected
  out.push(email(P, '005', 'pcn-nomination-icb-thread-corrected', {
    client: 'outlook', from: { name: 'Grewal Sunita (NHS PENNINE VALE ICB - 02X)', email: 'sunita.grewal@nhs.net' }, to,
    cc: [{ name: 'Hollinshead Mark (TAME VALLEY PCN)', email: 'mark.hollinshead@nhs.net' }],
    subject: 'FW: PCN user admin - Tame Valley PCN U48215', date: mailDate(2, 14, 5, 19),
    text: `PCSE colleagues,

Please see the thread below. I approve Ellis Fairclough's nomination as PCN user admin for Tame Valley PCN (U48215). I am listed on the Authorised Email List for NHS Pennine Vale ICB.

Please use the corrected email address in Mark's last message, not the one in his first.

Thanks
Sunita

Sunita Grewal
Primary Care Contracts Manager
NHS Pennine Vale Integrated Care Board

From: Hollinshead Mark (TAME VALLEY PCN) <mark.hollinshead@nhs.net>
Sent: 02 December 2026 11:48
To: Grewal Sunita (NHS PENNINE VALE ICB - 02X) <sunita.grewal@nhs.net>
Subject: RE: PCN user admin - Tame Valley PCN U48215

Sunita - apologies, Ellis's address is ellis.fairclough2@nhs.net (there's another Ellis Fairclough in Lancashire who has the one without the 2). Mark

From: Hollinshead Mark (TAME VALLEY PCN) <mark.hollinshead@nhs.net>
Sent: 01 December 2026 16:20
To: Grewal Sunita (NHS PENNINE VALE ICB - 02X) <sunita.grewal@nhs.net>
Subject: PCN user admin - Tame Valley PCN U48215

Hi Sunita,

We don't have a PCN user admin in PCSE Online since Joanne left. PCSE say the request has to come from an ICB approver on the AEL. Could you approve and send on for:

Ellis Fairclough, PCN Digital and Transformation Lead
ellis.fairclough@nhs.net

Thanks, Mark

Mark Hollinshead
PCN Manager, Tame Valley PCN
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'user_admin_nomination', organisation: org('U48215', 'pcn'),
    fields: { service: 'PCN', nominee: who('Ellis Fairclough', 'ellis.fairclough2@nhs.net'), approver: { ...who('Sunita Grewal', 'sunita.grewal@nhs.net'), role: 'Primary Care Contracts Manager' } },
    traits: ['thread_correction', 'nhsmail_display_names', 'icb_approver', 'forwarded_inline'],
  }));

  // 006 PCN clinical director approves his own PCN's nomination: no ICB approver
  out.push(email(P, '006', 'pcn-cd-approves-himself', {
    client: 'outlook_ios', from: { name: 'Pritchard Aled (NORTHGATE & ROWAN PCN)', email: 'aled.pritchard@nhs.net' }, to,
    subject: 'PCN admin access Northgate & Rowan PCN', date: mailDate(3, 21, 14, 2),
    text: `Hello,

Northgate & Rowan PCN (U60371) has no PCN user admin. I've tried twice to get someone at the ICB to approve the form but nobody there seems to know what the AEL is, and we can't wait any longer with ARRS claims due.

So as Clinical Director I'm approving this myself. Please set up Bethany Cross, our PCN Operations Manager, email bethany.cross3@nhs.net.

Dr Aled Pritchard
Clinical Director
Northgate & Rowan PCN

Get Outlook for iOS<https://aka.ms/o0ukef>`,
  }, {
    kind: 'user_admin_nomination', organisation: org('U60371', 'pcn'),
    fields: { service: 'PCN', nominee: who('Bethany Cross', 'bethany.cross3@nhs.net'), approver: { ...who('Aled Pritchard', 'aled.pritchard@nhs.net'), role: 'Clinical Director' } },
    mustRaise: ['approver_not_on_ael'], traits: ['outlook_ios', 'self_approval', 'nhsmail_display_names'],
  }));

  // 007 GPP certification form photographed on a phone
  {
    const pdf = await scanForm(gppForm({
      practiceName: 'Moorside Health Centre', odsCode: 'J83015', practiceAddress: '2 Moorside Lane, Holmfirth, HD9 7AB',
      nomineeName: 'Craig Holroyd', nomineeEmail: 'craig.holroyd@nhs.net', nomineePhone: '01484 686 210', nomineeJob: 'Finance Administrator',
      approverName: 'Dr Fiona Laidlaw', approverRole: 'GP Partner', approverEmail: 'fiona.laidlaw@nhs.net', signed: true, date: '1/12/26',
    }), 'p007', { style: 'phone', handFont: 'HandA' }, 'Samsung Document Scanner');
    out.push(email(P, '007', 'gpp-form-phone-photo', {
      client: 'samsung', from: { name: 'Janine Ackroyd', email: 'janine.ackroyd@nhs.net' }, to,
      subject: 'GPP form', date: mailDate(3, 8, 2, 37),
      text: `Hi please find attached signed GPP admin form for Moorside. It's a photo as the scanner is broken, hope it's ok

Thanks
Janine

Sent from my Galaxy`,
      attachments: [{ filename: 'Scan_20261203_075911.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('J83015', 'gp_practice'),
      fields: { service: 'GPP', nominee: who('Craig Holroyd', 'craig.holroyd@nhs.net'), approver: { ...who('Fiona Laidlaw', 'fiona.laidlaw@nhs.net'), role: 'GP Partner' } },
      traits: ['scan_phone_photo', 'handwritten', 'android', 'see_attached'],
    }, 'scan'));
  }

  // 008 dental corporate compliance team, Outlook table, new main contact for one practice
  {
    const intro = ['Dear PCSE Team,', '', 'Please update the Main Contact (Supplies) for the practice below. The current Main Contact has transferred to another site in the group and cannot hand the role over herself.', ''];
    const head = ['Practice', 'ODS code', 'Current Main Contact', 'New Main Contact', 'New MC email'];
    const rows = [['Brightwater Dental - Ashby Road', 'V083214', 'Leanne Fowkes', 'Zainab Okafor (Practice Manager)', 'zainab.okafor@nhs.net']];
    const outro = ['', 'Internal ref: BDG-COMP-4471', '', 'Kind regards,', 'Rhiannon Beddoes', 'Compliance Coordinator, Practice Compliance Team', 'Brightwater Dental Group', 'Support Centre, 3 Meridian Way, Leicester LE19 1WZ'];
    out.push(email(P, '008', 'dental-group-main-contact-table', {
      client: 'company_exchange', from: { name: 'Brightwater Dental - Practice Compliance', email: 'practice.compliance@brightwaterdental.co.uk' }, to,
      subject: 'Change of Main Contact - Brightwater Dental Ashby Road V083214 [BDG-COMP-4471]', date: mailDate(3, 11, 26, 50),
      text: tableText(intro, head, rows, outro), html: outlookTable(intro, head, rows, outro),
    }, {
      kind: 'main_contact_change', organisation: org('V083214', 'dental_practice'),
      fields: { newMainContact: who('Zainab Okafor', 'zainab.okafor@nhs.net') },
      traits: ['html_table', 'dental_corporate', 'shared_mailbox_sender', 'internal_reference'],
    }));
  }

  // 009 pharmacy multiple area manager: chaser adding the missing email, Outlook for iOS, original quoted
  out.push(email(P, '009', 'pharmacy-main-contact-chaser-adds-email', {
    client: 'outlook_ios', from: { name: 'Bhatti Imran (HOLLINS & GREY PHARMACY)', email: 'imran.bhatti@nhs.net' }, to,
    subject: 'RE: Main contact change - Hollins & Grey Pharmacy Ormskirk FW562', date: mailDate(4, 7, 41, 12),
    text: `Sorry, forgot to put her email in - it's priya.chandarana@nhs.net

Imran

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Bhatti Imran (HOLLINS & GREY PHARMACY) <imran.bhatti@nhs.net>
Sent: Wednesday, December 3, 2026 5:52:09 PM
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: Main contact change - Hollins & Grey Pharmacy Ormskirk FW562

Hi,

Please can you change the Main Contact for Hollins & Grey Pharmacy, 14 Market Street, Ormskirk (FW562) to our new Pharmacist Manager, Priya Chandarana. The previous main contact, Gavin Tse, left the company last month so can't pass it on.

Thanks
Imran Bhatti
Area Manager - West Lancashire
Hollins & Grey Pharmacy Ltd`,
  }, {
    kind: 'main_contact_change', organisation: org('FW562', 'pharmacy'),
    fields: { newMainContact: who('Priya Chandarana', 'priya.chandarana@nhs.net') },
    traits: ['chaser_adds_detail', 'outlook_ios', 'pharmacy_multiple', 'quoted_original'],
  }));

  // 010 GP asks for a new verification link from iPhone with GMC number
  out.push(email(P, '010', 'verification-link-gp-iphone', {
    client: 'iphone', from: { name: 'Chinedu Eze', email: 'chinedu.eze@nhs.net' }, to,
    subject: 'Verification link', date: mailDate(4, 22, 8, 44),
    text: `Hello

I never received the PCSE Online verification link. GMC no 7184426, my GMC-registered email is this one (chinedu.eze@nhs.net). Could you send it again please. I'm a salaried GP, started at a new practice in November.

Many thanks
Dr Chinedu Eze

Sent from my iPhone`,
  }, {
    kind: 'verification_link_resend', organisation: null,
    fields: { accountEmail: 'chinedu.eze@nhs.net', gmcNumber: '7184426' },
    traits: ['iphone', 'gmc_number'],
  }));

  // 011 pharmacy head office asks for a branch manager's verification link
  out.push(email(P, '011', 'verification-link-head-office-for-branch', {
    client: 'company_exchange', from: { name: 'Hollins & Grey Pharmacy - Professional Standards', email: 'professional.standards@hollinsgrey.co.uk' }, to,
    subject: 'Verification link not received - Halsall Road branch FQ318', date: mailDate(4, 10, 2, 6),
    text: `Good morning,

Our Pharmacist Manager at the Halsall Road branch (Hollins & Grey Pharmacy, 88 Halsall Road, Southport, FQ318) has not received her PCSE Online verification email. Could you please resend the link to her:

Olamide Adebayo - olamide.adebayo@nhs.net

She is on a training day today so we are chasing on her behalf.

Kind regards

Natalie Okoro
Professional Standards Officer (Head Office)
Hollins & Grey Pharmacy Ltd
Registered office: Derby Street Works, Ormskirk L39 2BU`,
  }, {
    kind: 'verification_link_resend', organisation: org('FQ318', 'pharmacy'),
    fields: { accountEmail: 'olamide.adebayo@nhs.net', gmcNumber: null },
    mustRaise: ['not_own_account'], traits: ['head_office_for_branch', 'pharmacy_multiple', 'company_domain'],
  }));

  // 012 dental associate replies to PCSE's earlier answer asking for a fresh link (the first expired)
  out.push(email(P, '012', 'verification-link-dentist-expired-reply', {
    client: 'outlook', from: { name: 'Kowalczyk Hana (SMILE STUDIO DENTAL)', email: 'hana.kowalczyk@nhs.net' }, to,
    subject: 'RE: PCSE Online verification [PCSE-2026-118204]', date: mailDate(4, 13, 37, 0),
    text: `Hello,

Thank you, but the link you sent had expired by the time I could use it (I was away on a course). Could you please send me a new one to this address, hana.kowalczyk@nhs.net? It is for my own account.

I am an associate dentist at Smile Studio Dental, practice code V062851.

Kind regards
Hana Kowalczyk BDS
Associate Dentist
Smile Studio Dental

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 20 November 2026 15:02
To: Kowalczyk Hana (SMILE STUDIO DENTAL) <hana.kowalczyk@nhs.net>
Subject: PCSE Online verification [PCSE-2026-118204]

Dear Hana,

Thank you for your email. A new verification link has been sent to your registered email address. Please note the link is valid for 72 hours.

Kind regards
PCSE Online Support
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'verification_link_resend', organisation: org('V062851', 'dental_practice'),
    fields: { accountEmail: 'hana.kowalczyk@nhs.net', gmcNumber: null },
    traits: ['reply_to_pcse', 'case_reference_but_new_request', 'nhsmail_display_names'],
  }));

  // 013 pharmacy contractor locked out, writes from Hotmail on Android
  out.push(email(P, '013', 'unlock-pharmacist-hotmail', {
    client: 'hotmail', from: { name: 'Femi Adeleke', email: 'femi_adeleke@hotmail.co.uk' }, to,
    subject: 'Locked out of PCSE online', date: mailDate(5, 6, 58, 21),
    text: `Hi

I've locked my PCSE Online account after too many wrong passwords. Username is femi.adeleke1@nhs.net. Could you unlock it please, I need to submit the month end.

Sending from my personal email as nhsmail won't load on my phone.

Femi Adeleke
Superintendent Pharmacist
Crossways Pharmacy (FD093)

Sent from Outlook for Android`,
  }, {
    kind: 'account_unlock', organisation: org('FD093', 'pharmacy'),
    fields: { username: 'femi.adeleke1@nhs.net' },
    mustRaise: ['sender_not_nhs'], traits: ['personal_address', 'android'],
  }));

  // 014 optometrist answers PCSE's "more information required" with a non-email username
  out.push(email(P, '014', 'unlock-reply-to-more-info', {
    client: 'outlook', from: { name: 'Trevail Lowenna (HARBOUR LANE OPTICIANS)', email: 'lowenna.trevail@nhs.net' }, to,
    subject: 'RE: More information required [PCSE-2026-117455]', date: mailDate(5, 9, 15, 33),
    text: `Hi,

My username is lowennatrevail@harbourlaneopticians - I don't use my nhs.net address to log in, it was set up before I had one. Practice code TPX33.

It says the account is locked after I got the password wrong too many times.

Thanks
Lowenna

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 04 December 2026 16:41
To: Trevail Lowenna (HARBOUR LANE OPTICIANS) <lowenna.trevail@nhs.net>
Subject: More information required [PCSE-2026-117455]

Dear Sender,

Thank you for contacting PCSE. In order to process your request to unlock your PCSE Online account we require the following information:

- the username of the locked account
- your organisation code

Please reply to this email with the information above.

Kind regards
PCSE Online Support
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_unlock', organisation: org('TPX33', 'ophthalmic_practice'),
    fields: { username: 'lowennatrevail@harbourlaneopticians' },
    traits: ['reply_to_more_info', 'non_email_username', 'case_reference'],
  }));

  // 015 optician user admin asks for reactivation, quotes a pharmacy-shaped code as her practice code
  out.push(email(P, '015', 'reactivation-opto-admin-code-mismatch', {
    client: 'outlook', from: { name: 'Chua Mei Ling (CLEARVIEW OPTICIANS)', email: 'meiling.chua@nhs.net' }, to,
    subject: 'Account deactivated - OPTO user admin', date: mailDate(5, 11, 3, 9),
    text: `Dear PCSE

My PCSE Online account has been deactivated, I think because I hadn't logged in since the summer. I'm the OPTO user admin for our practice so I understand I need to ask you rather than our own admin.

Username: meiling.chua@nhs.net
Practice: Clearview Opticians, 7 Bridge Street, Keswick
Our ophthalmic practice code: FR205

Could you reactivate it please.

Best wishes
Mei Ling Chua
Practice Manager & OPTO User Admin
Clearview Opticians
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_reactivation', organisation: org('FR205', 'pharmacy'),
    fields: { username: 'meiling.chua@nhs.net' },
    mustRaise: ['ods_type_mismatch'], traits: ['code_shape_disagrees_with_type', 'labelled_lines'],
  }));

  // 016 GP main contact, reactivation, replying to PCSE's advice to ask her own admin
  out.push(email(P, '016', 'reactivation-main-contact-outlook-ios', {
    client: 'outlook_ios', from: { name: 'Whitworth Dawn (BROOKFIELD SURGERY)', email: 'dawn.whitworth@nhs.net' }, to,
    subject: 'RE: Account deactivated [PCSE-2026-116871]', date: mailDate(5, 15, 22, 48),
    text: `I AM the main contact for Brookfield Surgery (L81092), there isn't anyone else to ask. Please reactivate my account - username dawn.whitworth@nhs.net.

Dawn Whitworth
Practice Manager

Get Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: Friday, December 5, 2026 1:10:55 PM
To: Whitworth Dawn (BROOKFIELD SURGERY) <dawn.whitworth@nhs.net>
Subject: Account deactivated [PCSE-2026-116871]

Dear Dawn,

Thank you for your email. Accounts that have not been used are deactivated. Please contact your organisation's user administrator, who can reactivate your role(s).

Kind regards
PCSE Online Support

From: Whitworth Dawn (BROOKFIELD SURGERY) <dawn.whitworth@nhs.net>
Sent: 05 December 2026 09:02
To: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Subject: Account deactivated

Hi, my PCSE online account has been deactivated, can it be switched back on please. Thanks Dawn`,
  }, {
    kind: 'account_reactivation', organisation: org('L81092', 'gp_practice'),
    fields: { username: 'dawn.whitworth@nhs.net' },
    traits: ['outlook_ios', 'reply_to_pcse', 'top_posted', 'case_reference_but_new_request'],
  }));

  // 017 federation workforce team: one leaver, her roles as table rows
  {
    const intro = ['Hi PCSE,', '', 'A member of staff at one of our practices, Riverbank Medical Practice (C86024), left on 28 November. Please remove the following roles from her PCSE Online account:', ''];
    const head = ['User', 'Username', 'Role to remove'];
    const rows = [
      ['AKHTAR, Shabana', 'shabana.akhtar@nhs.net', 'Joiner & Leaver'],
      ['AKHTAR, Shabana', 'shabana.akhtar@nhs.net', 'Practice Estimate and Salary Change'],
      ['AKHTAR, Shabana', 'shabana.akhtar@nhs.net', 'Practice Order Entry Clerk'],
    ];
    const outro = ['', 'Thanks,', 'Owen Lassiter', 'Workforce Coordinator', 'Three Rivers GP Federation'];
    out.push(email(P, '017', 'role-removal-federation-table', {
      client: 'outlook', from: { name: 'Lassiter Owen (THREE RIVERS GP FEDERATION)', email: 'owen.lassiter@nhs.net' }, to,
      subject: 'Leaver - remove PCSE roles - Riverbank Medical Practice', date: mailDate(8, 9, 48, 30),
      text: tableText(intro, head, rows, outro), html: outlookTable(intro, head, rows, outro),
    }, {
      kind: 'role_removal_request', organisation: org('C86024', 'gp_practice'),
      fields: { username: 'shabana.akhtar@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'Practice Order Entry Clerk'] },
      traits: ['html_table', 'multi_row_table', 'surname_first', 'federation_on_behalf'],
    }));
  }

  // 018 optician from iPhone: remove two roles from a departed partner
  out.push(email(P, '018', 'role-removal-optician-iphone', {
    client: 'iphone', from: { name: 'Gwen Harker', email: 'gwen.harker@nhs.net' }, to,
    subject: 'Remove roles', date: mailDate(8, 19, 30, 2),
    text: `Hi pls remove the GOS Performer and Contractor Signatory roles from Alistair Munro's account (alistair.munro@nhs.net) at Kirkby Lonsdale Eyecare TPL22 - he sold his share of the practice and left on Friday.

Gwen Harker
Kirkby Lonsdale Eyecare

Sent from my iPhone`,
  }, {
    kind: 'role_removal_request', organisation: org('TPL22', 'ophthalmic_practice'),
    fields: { username: 'alistair.munro@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
    traits: ['iphone', 'terse'],
  }));

  // 019 question about the password special characters, asks for nothing to be done
  out.push(email(P, '019', 'question-password-dash', {
    client: 'outlook', from: { name: 'Dispensary Moorgate Pharmacy', email: 'moorgate.pharmacy@nhs.net' }, to,
    subject: 'Password special characters query', date: mailDate(8, 12, 5, 0),
    text: `Hello,

Quick question rather than a request. The PCSE Online password rules list "! $ % ^ & * @ # ? –" as the special characters. Is that last one a normal hyphen or a long dash? Two of our dispensers have had "password does not meet requirements" using a hyphen, and both got in fine once they used a ! instead.

We're not asking for any resets or changes to anyone's permissions, we just want to put the right guidance on our staff noticeboard.

Thanks
Moorgate Pharmacy team`,
  }, { ...unclassified, traits: ['question_only', 'mentions_password', 'shared_mailbox_sender'] }));

  // 020 dental practice manager complains about the forms, asks for no action
  out.push(email(P, '020', 'complaint-forms-dental', {
    client: 'gmail', from: { name: 'Ferncliffe Dental Practice', email: 'ferncliffe.dental@nhs.net' }, to,
    subject: 'Feedback - user management forms', date: mailDate(9, 16, 44, 12),
    text: `To whom it may concern,

I'd like to pass on some feedback. Over the last month I've had to deal with user admin nominations, a main contact change and a permissions mix-up, and every one needed a different form or a different mailbox. The role names on the portal ("OPTO Organisation User Administration", "PL Organisation Administrator", "Main Contact") mean nothing to a dental team and we had to guess which ones we needed.

Everything is sorted now, thankfully, and I'm not asking for anything to be changed on our account. I just think the guidance for dental practices could be clearer, and it would help if one form covered all of it.

Regards
Christine Yelland
Practice Manager
Ferncliffe Dental Practice`,
  }, { ...unclassified, traits: ['complaint', 'mentions_permissions_and_forms', 'no_action_requested'] }));

  // 021 chaser with a reference from an iPhone, nothing new
  out.push(email(P, '021', 'chaser-reference-iphone', {
    client: 'iphone', from: { name: 'Janine Ackroyd', email: 'janine.ackroyd@nhs.net' }, to,
    subject: 'Re: Your enquiry has been received [PCSE-2026-116930]', date: mailDate(9, 8, 11, 40),
    text: `Hi, any update on this? It's been over a week. Thanks Janine

Sent from my iPhone

> On 1 Dec 2026, at 09:03, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:
>
> Thank you for contacting Primary Care Support England. Your enquiry has been received and logged under reference PCSE-2026-116930. We aim to respond within 5 working days.
>
> Please do not change the subject line when replying.`,
  }, { ...unclassified, traits: ['chaser', 'case_reference', 'iphone', 'quoted_acknowledgement'] }));

  // 022 out-of-office from a pharmacy area manager
  out.push(email(P, '022', 'auto-reply-area-manager', {
    client: 'outlook', from: { name: 'Bhatti Imran (HOLLINS & GREY PHARMACY)', email: 'imran.bhatti@nhs.net' }, to,
    subject: 'Automatic reply: Main contact change - Hollins & Grey Pharmacy Ormskirk FW562 [PCSE-2026-119377]', date: mailDate(9, 9, 0, 4),
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'imran.bhatti@nhs.net']],
    text: `Thank you for your email. I am out of the office visiting branches until Monday 14 December with limited access to email.

For urgent branch matters please contact the West Lancashire area office on 01695 570 100. For PCSE Online access or password queries please contact your branch's user administrator.

Imran Bhatti
Area Manager - West Lancashire`,
  }, { ...unclassified, ignored: 'auto_reply', traits: ['auto_reply', 'mentions_password'] }));

  // 023 misdirected: a dental practice's email change sent to portalenquiries
  out.push(email(P, '023', 'misdirected-dental-practice-email', {
    client: 'gmail', from: { name: 'Ferncliffe Dental Practice', email: 'ferncliffe.dental@nhs.net' }, to,
    subject: 'Change of practice email address', date: mailDate(9, 10, 12, 55),
    text: `Hello,

Please can you update the email address you hold for our practice.

Practice name: Ferncliffe Dental Practice
Practice code: V072519
Old email: ferncliffedental@btinternet.com
New email: ferncliffe.dental@nhs.net (our new NHSmail shared mailbox)

BT are closing the old account at the end of the month.

Regards
Christine Yelland
Practice Manager`,
  }, {
    kind: 'practice_email_update', organisation: org('V072519', 'dental_practice'),
    fields: { currentEmail: 'ferncliffedental@btinternet.com', newEmail: 'ferncliffe.dental@nhs.net' },
    traits: ['misdirected', 'labelled_lines', 'gmail_client_nhs_address'],
  }));

  // 024 PL admin: practice manager forwards the CQC Registered Manager's approval as an attached message; code has 4 digits
  {
    const inner = buildMail({
      slug: 'portalenquiries/024-inner', client: 'outlook', from: { name: 'Ashcroft Neil (HILLCREST SURGERY)', email: 'neil.ashcroft@nhs.net' },
      to: [{ name: 'Boothroyd Sandra (HILLCREST SURGERY)', email: 'sandra.boothroyd@nhs.net' }],
      subject: 'PL admin', date: mailDate(9, 12, 40, 10),
      text: `Sandra,

As the practice's CQC Registered Manager I'm happy for you to be our PL Organisation Administrator on PCSE Online - please send this on to PCSE.

Neil

Dr Neil Ashcroft
Senior Partner and CQC Registered Manager
Hillcrest Surgery
${NHSMAIL_FOOTER}`,
    });
    out.push(email(P, '024', 'pl-admin-forwarded-cqc-approval', {
      client: 'outlook', from: { name: 'Boothroyd Sandra (HILLCREST SURGERY)', email: 'sandra.boothroyd@nhs.net' }, to,
      subject: 'PL Organisation Administrator request - Hillcrest Surgery', date: mailDate(9, 14, 2, 18),
      text: `Dear PCSE,

We have no PL Organisation Administrator at present. Please could I be set up with the role:

Name: Sandra Boothroyd
Email: sandra.boothroyd@nhs.net
Role: Practice Manager
Practice: Hillcrest Surgery, practice code J8301

Our CQC Registered Manager's approval is attached.

Kind regards
Sandra Boothroyd
Practice Manager
Hillcrest Surgery
${NHSMAIL_FOOTER}`,
      forwardedRaw: [{ raw: inner, filename: 'PL admin.eml' }],
    }, {
      kind: 'user_admin_nomination', organisation: org('J8301', 'gp_practice'),
      fields: { service: 'PL', nominee: who('Sandra Boothroyd', 'sandra.boothroyd@nhs.net'), approver: { ...who('Neil Ashcroft', 'neil.ashcroft@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: ['ods_invalid'], traits: ['forward_as_attachment', 'self_nomination', 'ods_wrong_digit_count'],
    }));
  }

  // 025 GPP form as a flat text PDF; the covering email misspells the nominee's surname
  {
    const pdf = await renderFormPdf(gppForm({
      practiceName: 'Weaver Street Surgery', odsCode: 'Y02718', practiceAddress: '41 Weaver Street, Winsford, CW7 4AA',
      nomineeName: 'Jade Whitlock', nomineeEmail: 'jade.whitlock@nhs.net', nomineePhone: '01606 553 210', nomineeJob: 'Assistant Practice Manager',
      approverName: 'Dr Rohan Mehta', approverRole: 'Senior Partner', approverEmail: 'rohan.mehta@nhs.net', signed: true, date: '05/12/2026',
    }), 'p025', 'text');
    out.push(email(P, '025', 'gpp-text-pdf-name-differs', {
      client: 'outlook', from: { name: 'Weaver Street Surgery - Reception', email: 'weaverstreet.reception@nhs.net' }, to,
      subject: 'GPP admin form - Weaver Street Surgery Y02718', date: mailDate(10, 10, 19, 27),
      text: `Hello

Please find attached the GPP Practice User Administrator form for Jade Whitlow, signed by Dr Mehta.

Thanks
Weaver Street Surgery Reception
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'GPP UA form - J Whitlock.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'user_admin_nomination', organisation: org('Y02718', 'gp_practice'),
      fields: { service: 'GPP', nominee: who('Jade Whitlock', 'jade.whitlock@nhs.net'), approver: { ...who('Rohan Mehta', 'rohan.mehta@nhs.net'), role: 'Senior Partner' } },
      traits: ['pdf_text', 'name_differs_form_body', 'shared_mailbox_sender'],
    }, 'text'));
  }

  // 026 GP practice manager: table of the GPP admin team with an action column; one row to add
  {
    const intro = ['Good afternoon,', '', 'Following staff changes, this is where our GPP Practice User Administrators stand. Please add the person marked ADD. Dr Nwachukwu (GP Partner, copied in) approves this.', ''];
    const head = ['Name', 'Email', 'Action'];
    const rows = [
      ['BRENNAN, Moira', 'moira.brennan@nhs.net', 'Keep'],
      ['NWACHUKWU, Ifeoma', 'ifeoma.nwachukwu@nhs.net', 'Keep'],
      ['DALY, Patrick', 'patrick.daly4@nhs.net', 'Keep'],
      ['HUSSAIN, Rubina', 'rubina.hussain@nhs.net', 'Left - removed by us 21/11'],
      ['WALSH, Ciara', 'ciara.walsh@nhs.net', 'ADD'],
    ];
    const outro = ['', 'Ashgrove Medical Centre, practice code P84031.', '', 'Many thanks', 'Moira Brennan', 'Practice Manager', 'Ashgrove Medical Centre'];
    out.push(email(P, '026', 'gpp-admin-team-table-add-one', {
      client: 'outlook', from: { name: 'Brennan Moira (ASHGROVE MEDICAL CENTRE)', email: 'moira.brennan@nhs.net' }, to,
      cc: [{ name: 'Nwachukwu Ifeoma (ASHGROVE MEDICAL CENTRE)', email: 'ifeoma.nwachukwu@nhs.net' }],
      subject: 'GPP user admins - Ashgrove Medical Centre', date: mailDate(10, 14, 55, 3),
      text: tableText(intro, head, rows, outro), html: outlookTable(intro, head, rows, outro),
    }, {
      kind: 'user_admin_nomination', organisation: org('P84031', 'gp_practice'),
      fields: { service: 'GPP', nominee: who('Ciara Walsh', 'ciara.walsh@nhs.net'), approver: { ...who('Ifeoma Nwachukwu', 'ifeoma.nwachukwu@nhs.net'), role: 'GP Partner' } },
      traits: ['html_table', 'multi_row_table', 'surname_first', 'approver_in_cc', 'admin_count_stays_at_four'],
    }));
  }

  return out;
}
