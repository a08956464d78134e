// portalenquiries: user administrators, main contacts, links, locks, deactivations, role removals, and whatever else
// people who have never written to PCSE before send to the first address they find.
import { fillableForm, flatForm, scannedForm, type FormSpec } from './forms.js';
import { org, person, unclassified, type Item } from './types.js';

const PCSE_REPLY = (n: string) => `<PCSE${n}.ack@pcse.england.nhs.uk>`;

export async function portal(): Promise<Item[]> {
  const items: Item[] = [];

  // ------------------------------------------------------------------ 001
  const gpp1: FormSpec = {
    kind: 'gpp',
    layout: 'grid',
    signature: 'Chidi Okafor',
    values: {
      practiceName: 'Brackenfield Surgery',
      practiceCode: 'M85317',
      practiceAddress: '41 Brackenfield Road\nKings Heath, Birmingham B14 7QT',
      nomineeName: 'Kerry-Ann Whitlock',
      nomineeJob: 'Practice Manager',
      nomineeEmail: 'kerryann.whitlock@nhs.net',
      nomineePhone: '0121 496 0734 ext 2',
      approverName: 'Dr Chidi Okafor',
      approverRole: 'GP Partner',
      approverEmail: 'chidi.okafor@nhs.net',
      date: '10/11/2026',
    },
  };
  const gppNames1 = {
    practiceName: 'Text1', practiceCode: 'Text2', practiceAddress: 'Text3', nomineeName: 'Text4', nomineeJob: 'Text5', nomineeEmail: 'Text6',
    nomineePhone: 'Text7', approverName: 'Text8', approverRole: 'Text9', approverEmail: 'Text10', date: 'Text12',
  };
  items.push({
    slug: 'gpp-new-practice-manager-acroform',
    mail: {
      client: 'outlook',
      from: { name: 'Kerry-Ann Whitlock', email: 'kerryann.whitlock@nhs.net' },
      subject: 'Help with PCSE access please - new practice manager',
      date: '2026-11-10 08:47:12',
      text: `Hello,

I hope this is the right place to send this, apologies if not. I started as the practice manager at Brackenfield Surgery three weeks ago (I've come over from a dental practice so PCSE is all quite new to me!) and I'm trying to get to grips with everything. Our previous practice manager Janet retired at the end of September and unfortunately none of her logins were passed on, so at the moment nobody here can get into the GP pensions side of PCSE Online to do the starters and leavers.

One of the partners, Dr Okafor, found the user administrator form on your website and we have filled it in together - it's attached. I've put myself down as the person to be the administrator and he has signed the second part as the approver. Our practice code should be on there but just in case it's M85317.

If there is anything missing or we've done it wrong please do let me know and I'll sort it straight away. I'm in the office Monday to Thursday, best number is 0121 496 0734 (ext 2).

Many thanks for your help,

Kerry-Ann

Kerry-Ann Whitlock
Practice Manager
Brackenfield Surgery
41 Brackenfield Road, Kings Heath, Birmingham B14 7QT
`,
      attachments: [{ filename: 'GPP User Admin form - Brackenfield.pdf', data: await fillableForm(gpp1, gppNames1, []) }],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('M85317', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: person('Kerry-Ann Whitlock', 'kerryann.whitlock@nhs.net'),
        approver: { ...person('Chidi Okafor', 'chidi.okafor@nhs.net'), role: 'GP Partner' },
      },
      mustRaise: [],
      traits: ['rambling_prose', 'new_in_post', 'pdf_acroform_generic_names', 'word_html'],
    },
  });

  // ------------------------------------------------------------------ 002
  const gpp2: FormSpec = {
    kind: 'gpp',
    layout: 'grid',
    signature: 'Matthew Farrant',
    values: {
      practiceName: 'Hollins Lane Medical Practice',
      practiceCode: 'N81614',
      practiceAddress: 'Hollins Lane\nRuncorn WA7 4QX',
      nomineeName: 'Dawn Ellery',
      nomineeJob: 'Reception Lead (covering PM)',
      nomineeEmail: 'dawn.ellery1@nhs.net',
      nomineePhone: '01928 715502',
      approverName: 'Dr Matthew Farrant',
      approverRole: 'Senior Partner',
      approverEmail: 'matthew.farrant@nhs.net',
      date: '11/11/26',
    },
  };
  items.push({
    slug: 'gpp-generic-mailbox-phone-photo',
    mail: {
      client: 'outlook',
      from: { name: 'HOLLINS LANE MEDICAL PRACTICE (NHS CHESHIRE AND MERSEYSIDE ICB - 01F)', email: 'hollinslane.medicalpractice@nhs.net' },
      subject: 'user admin form',
      date: '2026-11-11 12:58:40',
      text: `Hi

Please see attached form for our practice. Sorry about the quality, the scanner upstairs has been broken since last week so I've had to take a photo of it with the app on my phone.

Just to explain, our practice manager Sue is off sick at the moment (not sure how long for) and I am covering some of her admin in the meantime. She had started getting this form together before she went off because there's no one here who can do the leavers on the pension bit of PCSE, so the partners asked me to finish it off and send it in. It's me that is going to be the admin for now - I'm the reception lead. Dr Farrant has signed it.

Can you let us know when it's been done? Replies to this mailbox are fine as it gets checked every day, or my own email is on the form.

Thanks
Dawn
Reception Lead
Hollins Lane Medical Practice
01928 71 55 02
`,
      attachments: [{ filename: 'Scan 11 Nov 2026.pdf', data: await scannedForm(gpp2, 'photo', 'typed', 'portal-002', -3.6) }],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('N81614', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: person('Dawn Ellery', 'dawn.ellery1@nhs.net'),
        approver: { ...person('Matthew Farrant', 'matthew.farrant@nhs.net'), role: 'Senior Partner' },
      },
      mustRaise: [],
      traits: ['generic_mailbox_signed_by_person', 'first_name_only', 'scan_photo_angled', 'values_only_in_scan', 'covering_sick_leave'],
    },
  });

  // ------------------------------------------------------------------ 003
  items.push({
    slug: 'pl-question-forwarded-registered-manager',
    mail: {
      client: 'owa',
      from: { name: 'Marsh Helen (KINGSMEAD SURGERY)', email: 'helen.marsh@nhs.net' },
      cc: [{ name: 'Begum Aisha (KINGSMEAD SURGERY)', email: 'aisha.begum12@nhs.net' }],
      subject: 'FW: Performers list admin',
      date: '2026-11-12 10:15:03',
      text: `Approved - Helen Marsh, CQC Registered Manager

________________________________
From: Begum Aisha (KINGSMEAD SURGERY) <aisha.begum12@nhs.net>
Sent: 12 November 2026 09:58
To: Marsh Helen (KINGSMEAD SURGERY) <helen.marsh@nhs.net>
Subject: Performers list admin

Hi Helen,

Sorry to bother you again about PCSE! I've been reading the website and it says the performers list user admin has to be nominated by the CQC registered manager, which I think is you? So could you forward this on to them (pcse.portalenquiries@nhs.net) if you're happy.

Dear PCSE, is it possible to make Jo the admin for the performers list part of PCSE Online at Kingsmead Surgery (K81633)? Jo is Joanne Pritchard, our senior administrator, and her email is joanne.pritchard4@nhs.net. At the moment nobody here has that role since Dr Whitfield retired and we have two new GPs joining in January that we need to approve.

Thank you
Aisha

Aisha Begum
Assistant Practice Manager (started 2nd Nov!)
Kingsmead Surgery, 2 Abbey Walk, Reading RG1 3BQ
`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('K81633', 'gp_practice'),
      fields: {
        service: 'PL',
        nominee: person('Joanne Pritchard', 'joanne.pritchard4@nhs.net'),
        approver: { ...person('Helen Marsh', 'helen.marsh@nhs.net'), role: 'CQC Registered Manager' },
      },
      mustRaise: [],
      traits: ['question_phrasing', 'one_line_approval_on_forward', 'nickname_then_full_name', 'three_people'],
    },
  });

  // ------------------------------------------------------------------ 004
  items.push({
    slug: 'opto-apple-contract-holder-copied',
    mail: {
      client: 'apple',
      from: { name: 'Grace Adeyemi', email: 'grace.adeyemi@nhs.net' },
      cc: [{ name: 'Anil Mistry', email: 'anil.mistry@nhs.net' }],
      subject: 'Ophthalmic payments - user admin request',
      date: '2026-11-13 16:22:50',
      text: `Good afternoon,

I've recently joined Clearview Opticians in Hinckley as practice manager and I've been asked to get myself set up so I can sort out PCSE Online for the GOS claims side, as at the moment only Anil can do anything and he is in clinic most days. I rang the helpline and they said to email this address with my details, so here goes: I'd like the ophthalmic user admin role (User Management (Organisation) I think it's called?) for our practice, which is tpd41 on the system, my name is Grace Adeyemi and my work email is this one, grace.adeyemi@nhs.net.

Anil (Anil Mistry, the contract holder) is copied in and is happy for me to have it - he can confirm if you need him to.

Kind regards,
Grace

Grace Adeyemi
Practice Manager | Clearview Opticians
27 Castle Street, Hinckley LE10 1DA
t. 01455 63 28 19
`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('TPD41', 'ophthalmic_practice'),
      fields: {
        service: 'OPTO',
        nominee: person('Grace Adeyemi', 'grace.adeyemi@nhs.net'),
        approver: { ...person('Anil Mistry', 'anil.mistry@nhs.net'), role: 'Contract Holder' },
      },
      mustRaise: [],
      traits: ['lowercase_code_in_sentence', 'approver_copied_in', 'facts_mid_paragraph', 'self_nomination'],
    },
  });

  // ------------------------------------------------------------------ 005
  const p5html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hi there,</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">I'm the new business manager for Wharfedale Central PCN (started last month) and I'm trying to work out how we get our PCN set up to manage its own users on PCSE Online. From what I can see on your website we need a PCN user admin, so could we please have <b>Tom Barraclough</b> (our digital transformation lead) set up as that?&nbsp;His email is&nbsp;<a href="mailto:tom.barraclough2@nhs.net" style="color: rgb(70, 120, 134);">tom.barraclough2@nhs.net</a>.<br><br>Our clinical director Dr Ruth Ansah has said she is happy to approve it - I've copied her in - so hopefully that's all you need? Our PCN code is u63218.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">I did see something about the ICB having to approve but I wasn't sure who that would be at the ICB, so I hope the CD's approval is ok instead.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Many thanks<br>Rebecca</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div id="Signature"><div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: rgb(96, 96, 96);"><b>Rebecca Holt</b><br>PCN Business Manager<br>Wharfedale Central PCN<br>07700 900 461</div></div>
</body></html>
`;
  items.push({
    slug: 'pcn-admin-clinical-director-approves',
    mail: {
      client: 'owa-html',
      htmlOnly: true,
      from: { name: 'HOLT, Rebecca (WHARFEDALE CENTRAL PCN)', email: 'rebecca.holt9@nhs.net' },
      cc: [{ name: 'ANSAH, Ruth (Dr) (WHARFEDALE CENTRAL PCN)', email: 'ruth.ansah@nhs.net' }],
      subject: 'PCN admin access?',
      date: '2026-11-16 11:03:27',
      text: '',
      html: p5html,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('U63218', 'pcn'),
      fields: {
        service: 'PCN',
        nominee: person('Tom Barraclough', 'tom.barraclough2@nhs.net'),
        approver: { ...person('Ruth Ansah', 'ruth.ansah@nhs.net'), role: 'Clinical Director' },
      },
      mustRaise: ['approver_not_on_ael'],
      traits: ['html_only', 'div_soup', 'lowercase_code_in_sentence', 'sender_is_not_nominee', 'surname_first_display_names'],
    },
  });

  // ------------------------------------------------------------------ 006
  items.push({
    slug: 'gpp-fifth-admin-question',
    mail: {
      client: 'outlook',
      from: { name: 'Carys Pemberton', email: 'carys.pemberton@nhs.net' },
      subject: 'Extra GPP user admin',
      date: '2026-11-16 09:12:44',
      text: `Good morning,

Could I check whether it's possible to add another GPP practice user administrator at Tollgate Medical Centre (F84720)? I've been told there's a limit, and I think we are already at it - at the moment the four people with the role are me, our practice manager Louise Gaffney, Dr Neha Patel and our old finance lead who is still working a couple of days a week. The partners would like our new finance lead Marcus Oduya to have it too so he can do the pensions stuff from January - his email is marcus.oduya@nhs.net. Dr Patel (senior partner) has said she is happy with it.

If we can't have five, please let me know what we need to do instead.

Thanks very much,
Carys Pemberton
Deputy Practice Manager
Tollgate Medical Centre
Tel 020 7946 0381
`,
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('F84720', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: person('Marcus Oduya', 'marcus.oduya@nhs.net'),
        approver: { ...person('Neha Patel', null), role: 'Senior Partner' },
      },
      mustRaise: ['admin_limit_reached'],
      traits: ['question_phrasing', 'admin_count_in_prose', 'many_people_named', 'role_in_parentheses', 'gp_code_starting_with_f'],
    },
  });

  // ------------------------------------------------------------------ 007
  items.push({
    slug: 'main-contact-generic-mailbox-hard-wrapped',
    mail: {
      client: 'plain',
      from: { name: 'The Willows Health Centre', email: 'willows.healthcentre@nhs.net' },
      subject: 'Main contact',
      date: '2026-11-17 14:31:09',
      text: `Hi,

I'm emailing on behalf of The Willows Health Centre in Ilkeston (practice
code C81 052 if that helps). Our practice manager has left and I have
been asked to pass on that from now on the main contact for supplies and
medical records for the practice should be my colleague Priya (Priya
Raman) who is our new admin and records manager, as she is the one who
will be ordering the forms and dealing with the record movements going
forward. Her email address is priya.raman7@nhs.net and her direct line
is 0115 496 0992.

I'm only covering the inbox this week as our reception lead is on leave
so if you need anything else it's probably best to contact Priya
directly.

Kind regards

Bev Towns
Receptionist
The Willows Health Centre
`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('C81052', 'gp_practice'),
      fields: { newMainContact: person('Priya Raman', 'priya.raman7@nhs.net') },
      mustRaise: [],
      traits: ['hard_wrap_72', 'name_split_across_lines', 'name_given_once_in_parentheses', 'generic_mailbox_signed_by_person', 'spaced_code'],
    },
  });

  // ------------------------------------------------------------------ 008
  const p8text = `Dear Sir/Madam,

I would be grateful if you could update the main contact for our practice on PCSE Online. I took over as practice manager in October and our supplies orders are still going to my predecessor, Lorraine Hughes, who left the practice in the summer and no longer has access to her email.

The details are below (I've copied them from the handover document so apologies for the formatting):

1. Practice: Bridge Street Dental Care
2. ODS / practice code: V04 7219
3. Current main contact (to be removed): Lorraine Hughes \u2013 lorraine.hughes3@nhs.net
4. New main contact: Natalia Kowalczyk (myself) \u2013 natalia.kowalczyk@nhs.net

Please let me know if you need anything from the practice owner.

Kind regards,
Natalia Kowalczyk
Practice Manager
Bridge Street Dental Care | 8 Bridge Street | Northampton | NN1 1NW
`;
  const li = (n: number, body: string) =>
    `<p class="MsoListParagraph" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin"><span style="mso-list:Ignore">${n}.<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang="EN-US" style="font-family:&quot;Arial&quot;,sans-serif;mso-ansi-language:EN-US">${body}</span><o:p></o:p></p>`;
  const p8html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
@list l0
	{mso-list-id:1183590212;
	mso-list-type:hybrid;
	mso-list-template-ids:-1547261882 134807567 134807577 134807579 134807567 134807577 134807579 134807567 134807577 134807579;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I would be grateful if you could update the main contact for our practice on PCSE Online. I took over as practice manager in October and our supplies orders are still going to my predecessor, Lorraine Hughes, who left the practice in the summer and no longer has access to her email.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The details are below (I&#8217;ve copied them from the handover document so apologies for the formatting):<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${li(1, 'Practice: <b>Bridge Street Dental Care</b>')}
${li(2, 'ODS / practice code: <b>V04 7219</b>')}
${li(3, 'Current main contact (to be removed): Lorraine Hughes &#8211; <a href="mailto:lorraine.hughes3@nhs.net">lorraine.hughes3@nhs.net</a>')}
${li(4, 'New main contact: <b>Natalia Kowalczyk</b> (myself) &#8211; <a href="mailto:natalia.kowalczyk@nhs.net">natalia.kowalczyk@nhs.net</a>')}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please let me know if you need anything from the practice owner.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Natalia Kowalczyk</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">Practice Manager<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Bridge Street Dental Care | 8 Bridge Street | Northampton | NN1 1NW<o:p></o:p></span></p>
</div>
</body>
</html>
`;
  items.push({
    slug: 'main-contact-dental-word-list',
    mail: {
      client: 'outlook',
      from: { name: 'Natalia Kowalczyk', email: 'natalia.kowalczyk@nhs.net' },
      subject: 'Change of main contact - Bridge Street Dental Care',
      date: '2026-11-18 10:40:55',
      text: p8text,
      html: p8html,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('V047219', 'dental_practice'),
      fields: { newMainContact: person('Natalia Kowalczyk', 'natalia.kowalczyk@nhs.net') },
      mustRaise: [],
      traits: ['word_pasted_list', 'old_and_new_contact_named', 'spaced_code', 'self_nomination'],
    },
  });

  // ------------------------------------------------------------------ 009
  items.push({
    slug: 'verification-link-locum-gp-gmail',
    mail: {
      client: 'gmail-android',
      from: { name: 'Sam Nwosu', email: 'samuel.nwosu.gp@gmail.com' },
      subject: 'Verification link never arrived',
      date: '2026-11-18 21:17:36',
      text: `Hi

Sorry to bother you. I'm a locum GP and I work for a few different practices around Leicester and Loughborough. One of the practice managers told me I need to be on PCSE Online to do my own performers list changes and that I should have had an email with a verification link but I never received anything (checked junk too). The email I have registered with the GMC is this gmail one - samuel.nwosu.gp@gmail.com - I know it's not an nhs one, I use it because I move around so much. GMC number is 7123456 if you need it.

Could you send me a new link please?

Many thanks
Sam Nwosu
`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'samuel.nwosu.gp@gmail.com', gmcNumber: '7123456' },
      mustRaise: [],
      traits: ['locum_gp', 'personal_webmail', 'gmail_android', 'no_practice'],
    },
  });

  // ------------------------------------------------------------------ 010
  items.push({
    slug: 'verification-link-apprentice-for-gp',
    mail: {
      client: 'owa',
      from: { name: 'CUTLER, Jade (FERNHILL PRACTICE)', email: 'jade.cutler@nhs.net' },
      subject: 'verification link for Dr Amberton',
      date: '2026-11-19 08:05:21',
      text: `Hiya,

I'm the admin apprentice at Fernhill Practice (L83140). Dr Lucy Amberton, one of our salaried GPs, has asked me to email you as she has never had the link to set up her PCSE Online account and she needs to update her details on the performers list. Her email address is lucy.amberton@nhs.net and her GMC number is 6098213.

Could you please resend the link to her? She is in clinic all day so asked me to do it.

Thanks
Jade Cutler
Admin Apprentice, Fernhill Practice
`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('L83140', 'gp_practice'),
      fields: { accountEmail: 'lucy.amberton@nhs.net', gmcNumber: '6098213' },
      mustRaise: ['not_own_account'],
      traits: ['apprentice', 'on_behalf_of_gp', 'surname_first_display_name'],
    },
  });

  // ------------------------------------------------------------------ 011
  const p11html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000">Hello<br><br>I wonder if you can help me.&nbsp; I was set up as a user admin for our practice back in the summer but went off on long term sick leave the week after and never got round to clicking the link in the email.&nbsp; I came back this week, found the email and tried it but it just says the link has expired.<br><br></div>
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000">Could you please send me a new one?&nbsp; It's for my own account, <span style="color:#1f497d"><u>bernadette.quayle@nhs.net</u></span>, at Ashgrove Surgery (a86029).</div>
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000"><br></div>
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000">Many thanks,<br>Bernadette<br><br><span style="font-size:9pt;color:#595959">Bernadette Quayle | Office Manager | Ashgrove Surgery | Tel 0191 496 0275</span></div>
</body></html>
`;
  items.push({
    slug: 'verification-link-expired-returning-admin',
    mail: {
      client: 'owa-html',
      htmlOnly: true,
      from: { name: 'Bernadette Quayle', email: 'bernadette.quayle@nhs.net' },
      subject: 'link expired',
      date: '2026-11-19 13:44:02',
      text: '',
      html: p11html,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: org('A86029', 'gp_practice'),
      fields: { accountEmail: 'bernadette.quayle@nhs.net', gmcNumber: null },
      mustRaise: [],
      traits: ['html_only', 'returning_staff', 'lowercase_code_in_sentence', 'own_account'],
    },
  });

  // ------------------------------------------------------------------ 012
  items.push({
    slug: 'unlock-locum-pharmacist-iphone',
    mail: {
      client: 'iphone',
      from: { name: 'Imran Siddiqui', email: 'imran.siddiqui@nhs.net' },
      subject: 'Account locked',
      date: '2026-11-20 09:26:48',
      text: `Hello,

I'm working as a locum pharmacist at Hallam Pharmacy (FQ217) for the next few weeks while the manager is off and I've locked myself out of PCSE Online - I put the wrong password in too many times trying to place a supplies order this morning and now it says the account is locked and to contact PCSE. My username is imran.siddiqui@nhs.net.

Could you unlock it please? Would be much appreciated as we're waiting on some stock.

Thanks
Imran

Sent from my iPhone`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('FQ217', 'pharmacy'),
      fields: { username: 'imran.siddiqui@nhs.net' },
      mustRaise: [],
      traits: ['locum_pharmacist', 'iphone'],
    },
  });

  // ------------------------------------------------------------------ 013
  items.push({
    slug: 'unlock-from-icloud-working-from-home',
    mail: {
      client: 'apple',
      from: { name: 'Dominic Faulkner', email: 'dom.faulkner@icloud.com' },
      subject: 'Locked out of PCSE',
      date: '2026-11-20 19:52:15',
      auth: 'pass',
      text: `Hi PCSE,

Apologies for emailing from my personal address, I'm working from home today and can't get into NHSmail on this laptop either (it's been one of those weeks).

Since Tues 17th I've not been able to log in to PCSE Online - I think I must have got my password wrong a few times after I changed it last week and it now tells me my account is locked. I'm the practice manager at Orchard House Surgery (J82117), I only started at the beginning of the month. My PCSE login is dominic.faulkner1@nhs.net.

Please could you unlock it for me? You can reply here or to the nhs.net one.

Thanks,
Dom

Dominic Faulkner
Practice Manager, Orchard House Surgery
`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('J82117', 'gp_practice'),
      fields: { username: 'dominic.faulkner1@nhs.net' },
      mustRaise: [],
      traits: ['personal_webmail', 'login_differs_from_sender', 'odd_date_format', 'new_in_post'],
    },
  });

  // ------------------------------------------------------------------ 014
  items.push({
    slug: 'reactivation-after-maternity-leave',
    mail: {
      client: 'outlook',
      from: { name: 'Hannah Lister', email: 'hannah.lister@nhs.net' },
      subject: 'Reactivate account after maternity leave',
      date: '2026-11-23 08:58:30',
      text: `Hi,

I've just come back from maternity leave (I was off from January) and my PCSE Online account seems to have been deactivated in the meantime - when I log in it says my account is inactive and to contact my user administrator, but I am the user administrator! I'm also the main contact for the practice for supplies.

Practice: Meadowside Family Practice, E82 093
My login: hannah.lister@nhs.net

Please could you reactivate it? Our locum practice manager who was covering me didn't have access either so nobody has been able to do anything on it for months.

Thank you
Hannah Lister
Practice Manager
`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('E82093', 'gp_practice'),
      fields: { username: 'hannah.lister@nhs.net' },
      mustRaise: [],
      traits: ['returning_staff', 'spaced_code', 'key_value_lines'],
    },
  });

  // ------------------------------------------------------------------ 015
  items.push({
    slug: 'reactivation-locum-gp-yahoo',
    mail: {
      client: 'yahoo',
      from: { name: 'Femi Adebayo', email: 'femi.adebayo@yahoo.co.uk' },
      subject: 'PCSE account deactivated',
      date: '2026-11-23 22:03:11',
      text: `Dear PCSE

I have been working abroad for most of this year and have just started doing locum sessions again. When I tried to log on to PCSE Online to update my performers list details it says my account has been deactivated because I haven't used it.

My username is femi.adebayo@nhs.net (it is the email address the GMC has for me). I don't belong to one practice as I'm a locum so I don't have a user administrator to ask.

Could you please reactivate it.

Regards
Dr Femi Adebayo
Locum GP
07700 900 882
`,
    },
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: null,
      fields: { username: 'femi.adebayo@nhs.net' },
      mustRaise: [],
      traits: ['locum_gp', 'personal_webmail', 'returning_staff', 'yahoo', 'no_practice'],
    },
  });

  // ------------------------------------------------------------------ 016
  items.push({
    slug: 'role-removal-leaver-question',
    mail: {
      client: 'outlook',
      from: { name: 'Rachael Dunmore', email: 'rachael.dunmore@nhs.net' },
      subject: 'Leaver still has access',
      date: '2026-11-24 11:19:57',
      text: `Hello,

I'm the new practice manager at Kingfisher Medical Practice (B82 611). Going through who has access to what, I've found that our previous secretary, Gail Hodgson, who left us in October, still has the Joiner & Leaver and Practice Estimate and Salary Change roles for our practice on her PCSE account. Is it possible for you to take those roles off her? Her login was gail.hodgson@nhs.net.

I don't think I've got the right access to do it myself yet - I'm still waiting for my admin access to come through.

Kind regards
Rachael Dunmore
Practice Manager
Kingfisher Medical Practice
`,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('B82611', 'gp_practice'),
      fields: { username: 'gail.hodgson@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [],
      traits: ['question_phrasing', 'roles_in_prose', 'new_in_post', 'spaced_code'],
    },
  });

  // ------------------------------------------------------------------ 017
  const p17html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family: Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(33, 33, 33);"><div>Hi</div><div><br></div><div>I moved from reception into the secretaries' team last month so I don't order the supplies any more.<br>Could you please remove the <b>Practice Order Entry Clerk</b> role from my PCSE account?</div><div><br></div><div>My username is sian.prothero@nhs.net<br>I'm at Castlegate Surgery (D81 064)</div><div><br></div><div>Diolch / thanks,</div><div>Si\u00e2n</div><div><br></div><div><span style="font-size:9pt;color:#7a7a7a">Si\u00e2n Prothero<br>Medical Secretary<br>Castlegate Surgery</span></div></div></body></html>
`;
  items.push({
    slug: 'role-removal-own-role-html',
    mail: {
      client: 'owa-html',
      htmlOnly: true,
      from: { name: 'Si\u00e2n Prothero', email: 'sian.prothero@nhs.net' },
      subject: 'Remove role',
      date: '2026-11-24 15:36:40',
      text: '',
      html: p17html,
    },
    expected: {
      kind: 'role_removal_request',
      ignored: null,
      organisation: org('D81064', 'gp_practice'),
      fields: { username: 'sian.prothero@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: [],
      traits: ['html_only', 'div_soup', 'non_ascii_name', 'rfc2047_name', 'own_account'],
    },
  });

  // ------------------------------------------------------------------ 018
  items.push({
    slug: 'hospital-secretary-records-request',
    mail: {
      client: 'outlook',
      from: { name: 'Janice Whitworth', email: 'janice.whitworth@wrvh.nhs.uk' },
      subject: 'Request for GP records - urgent',
      date: '2026-11-25 10:02:18',
      text: `Dear Sir/Madam,

I am the medical secretary to Mr K Oduya, Consultant Orthopaedic Surgeon, at West Riding Valley Hospitals. We are trying to obtain the previous GP records for a patient who is due to have surgery with us next month. The patient has recently moved to the area from Scotland and has not yet registered with a new GP, and I was given this email address by the switchboard as the people who deal with medical records.

Could you please advise how we go about requesting the records, or who we should contact? I have not included any patient details in this email for confidentiality reasons but can provide them by secure email.

Many thanks for your help.

Kind regards

Janice Whitworth
Medical Secretary to Mr K Oduya
Trauma & Orthopaedics
West Riding Valley Hospitals NHS Foundation Trust
Tel: 01924 54 3321
`,
    },
    expected: unclassified(['outside_primary_care', 'hospital_secretary', 'question']),
  });

  // ------------------------------------------------------------------ 019
  items.push({
    slug: 'relative-asking-about-mothers-records',
    mail: {
      client: 'yahoo',
      enc: 'b64',
      from: { name: 'Pauline Gregson', email: 'pauline.gregson58@yahoo.com' },
      subject: 'My mums medical records',
      date: '2026-11-25 20:44:51',
      text: `Hello

I hope you don't mind me emailing. My mum passed away in August and I'm trying to get a copy of her medical records from her GP as there are some questions the family have about her care. The surgery (Elm Tree Surgery in Shrivenham) said her records would have been sent to you after she died and that I would have to ask PCSE.

Is this the right email address? What do I need to send you? I am her daughter and the executor of her will.

Thank you for any help you can give me.

Pauline Gregson
`,
    },
    expected: unclassified(['outside_primary_care', 'patient_relative', 'personal_webmail', 'question']),
  });

  // ------------------------------------------------------------------ 020
  items.push({
    slug: 'chaser-with-reference',
    mail: {
      client: 'owa',
      from: { name: 'Kerry-Ann Whitlock', email: 'kerryann.whitlock@nhs.net' },
      subject: 'RE: PCSE-2026-031877 Your enquiry has been received',
      date: '2026-11-26 09:31:05',
      inReplyTo: PCSE_REPLY('031877'),
      text: `Hi,

Just following up on the below - I sent the user admin form for Brackenfield Surgery over on the 10th and I still can't see the user management option when I log in. Is there anything else you need from us? Sorry to chase, it's just that we have two new starters waiting to be added.

Thanks
Kerry-Ann

________________________________
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 10 November 2026 09:02
To: Kerry-Ann Whitlock <kerryann.whitlock@nhs.net>
Subject: PCSE-2026-031877 Your enquiry has been received

Thank you for contacting Primary Care Support England. Your reference is PCSE-2026-031877. Please quote this reference in any further correspondence about this enquiry.
`,
    },
    expected: unclassified(['chaser', 'case_reference_in_subject', 'quoted_acknowledgement']),
  });

  // ------------------------------------------------------------------ 021
  items.push({
    slug: 'out-of-office-reply',
    mail: {
      client: 'outlook',
      from: { name: 'Pritchard Joanne (KINGSMEAD SURGERY)', email: 'joanne.pritchard4@nhs.net' },
      subject: 'Automatic reply: PCSE-2026-032114 Performers List user administrator set up',
      date: '2026-11-26 14:07:33',
      inReplyTo: PCSE_REPLY('032114'),
      headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: joanne.pritchard4@nhs.net'],
      text: `Thank you for your email. I am on annual leave until Monday 30th November with no access to my emails.

For anything urgent please contact the surgery on 0118 496 0410 or email the practice manager, Helen Marsh, on helen.marsh@nhs.net.

Jo
`,
    },
    expected: unclassified(['auto_reply', 'out_of_office'], 'auto_reply'),
  });

  // ------------------------------------------------------------------ 022
  items.push({
    slug: 'misdirected-practice-email-update',
    mail: {
      client: 'owa',
      from: { name: 'Lauren Fisk', email: 'lauren.fisk@nhs.net' },
      subject: 'new practice email',
      date: '2026-11-27 10:48:26',
      text: `Hi, not sure if this is the right team but we have a new shared inbox for the practice and I've been asked to let PCSE know so that things stop going to the old one.

Practice is Sycamore Lodge Surgery, code G82 507
Old email: sycamorelodge.surgery@nhs.net
New email: kmicb.sycamorelodgesurgery@nhs.net

Thanks,
Lauren (admin team)
`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('G82507', 'gp_practice'),
      fields: { currentEmail: 'sycamorelodge.surgery@nhs.net', newEmail: 'kmicb.sycamorelodgesurgery@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'spaced_code', 'first_name_only_signature'],
    },
  });

  // ------------------------------------------------------------------ 023
  items.push({
    slug: 'care-home-asking-how-to-register',
    mail: {
      client: 'gmail-android',
      from: { name: 'Meadowbank Care Home', email: 'meadowbankcarehome.manager@gmail.com' },
      subject: 'Registering for PCSE online??',
      date: '2026-11-27 16:25:40',
      text: `Good afternoon

I'm the deputy manager at Meadowbank Care Home (residential, 34 beds). One of the GP practices that visits our residents mentioned that we might be able to order our own supplies of some forms through PCSE Online instead of going through them every time.

How would we register for an account? Do we need an ODS code, and if so how do we get one? We're a private care home so we don't have an nhs.net email, only this one.

Any help appreciated

Kind regards
Tracey Lomax
Deputy Manager
`,
    },
    expected: unclassified(['outside_primary_care', 'care_home', 'question', 'generic_mailbox_signed_by_person']),
  });

  // ------------------------------------------------------------------ 024
  const gpp24: FormSpec = {
    kind: 'gpp',
    layout: 'stacked',
    signature: 'Kieran Pascoe',
    values: {
      practiceName: 'Harbour View Surgery',
      practiceCode: 'L82046',
      practiceAddress: 'Quay Road\nFalmouth TR11 3RT',
      nomineeName: 'Rosalind Treloar',
      nomineeJob: 'Practice Manager',
      nomineeEmail: 'rosalind.treloar@nhs.net',
      nomineePhone: '01326 21 04 38',
      approverName: 'Dr Kieran Pascoe',
      approverRole: 'Partner',
      approverEmail: 'kieran.pascoe@nhs.net',
      date: '6th Nov 2026',
    },
  };
  items.push({
    slug: 'gpp-apprentice-sends-for-manager',
    mail: {
      client: 'outlook',
      from: { name: 'Ellie Trewin', email: 'ellie.trewin@nhs.net' },
      subject: 'Form for Rosalind',
      date: '2026-11-09 11:52:07',
      text: `Hi,

Please find attached the GPP form for Rosalind, our practice manager, she asked me to send it over as she's on annual leave this week. If you need anything please email her on rosalind.treloar@nhs.net or ring the surgery on 01326 21 04 38.

Thanks,
Ellie (apprentice)
Harbour View Surgery
`,
      attachments: [{ filename: 'GPP form Rosalind.pdf', data: await flatForm(gpp24, 'Microsoft: Print To PDF') }],
    },
    expected: {
      kind: 'user_admin_nomination',
      ignored: null,
      organisation: org('L82046', 'gp_practice'),
      fields: {
        service: 'GPP',
        nominee: person('Rosalind Treloar', 'rosalind.treloar@nhs.net'),
        approver: { ...person('Kieran Pascoe', 'kieran.pascoe@nhs.net'), role: 'Partner' },
      },
      mustRaise: [],
      traits: ['apprentice', 'pdf_flat_values_below_labels', 'first_name_only_in_subject', 'sender_is_not_nominee'],
    },
  });

  // ------------------------------------------------------------------ 025
  items.push({
    slug: 'misdirected-open-exeter-permissions',
    mail: {
      client: 'outlook',
      from: { name: 'Dr Oluwaseun Bakare', email: 'o.bakare@nhs.net' },
      subject: 'Open Exeter access for HCA',
      date: '2026-11-30 12:14:46',
      text: `Hello,

I'm one of the GP partners at Elmtree Surgery (M83 061). Our health care assistant Precious Mutasa has just finished her sample taker training and needs to be able to see the Prior Notification List in Open Exeter as well as the access she has already. Her Open Exeter username is PMUTASA01.

Could you add that for her please? Apologies if this should have gone to a different address, I couldn't find one on the website for Open Exeter.

Best wishes
Seun

Dr Oluwaseun Bakare
GP Partner
Elmtree Surgery
`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('M83061', 'gp_practice'),
      fields: {
        user: { ...person('Precious Mutasa', null), username: 'PMUTASA01' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Oluwaseun Bakare', 'o.bakare@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['misdirected', 'short_name_sign_off', 'spaced_code', 'initial_address'],
    },
  });

  // ------------------------------------------------------------------ 026
  items.push({
    slug: 'unlock-pcn-code-given-for-practice',
    mail: {
      client: 'iphone',
      from: { name: 'Shona McBride', email: 'shona.mcbride@nhs.net' },
      subject: 'cant log in',
      date: '2026-12-01 07:41:19',
      auth: 'pass',
      text: `Morning, I'm the new practice manager at Meadowbank Surgery, our code is U52814 (it's on the letterhead). I tried logging into PCSE Online last night from home and got my password wrong too many times so now my account is locked. Username is shona.mcbride@nhs.net

Could someone unlock it please, I need to get the estimates in this week

Shona

Sent from my iPhone`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('U52814', 'pcn'),
      fields: { username: 'shona.mcbride@nhs.net' },
      mustRaise: ['ods_type_mismatch'],
      traits: ['pcn_code_for_practice', 'iphone', 'new_in_post', 'no_punctuation'],
    },
  });

  return items;
}
