// datamanager: practice email addresses, a main contact extended to another practice, new GP branches, and the
// questions and misdirected requests that arrive beside them.
import { simpleDoc } from './forms.js';
import { CRLF } from './lib.js';
import { org, person, unclassified, type Item } from './types.js';

export async function datamanager(): Promise<Item[]> {
  const items: Item[] = [];

  // ------------------------------------------------------------------ 001
  items.push({
    slug: 'practice-email-new-manager-rambling',
    mail: {
      client: 'outlook',
      from: { name: 'Gemma Rix', email: 'gemma.rix@nhs.net' },
      subject: 'email address change?? (Ashby Road Surgery)',
      date: '2026-11-10 13:26:51',
      text: `Hi there,

I hope you can help. I'm fairly new in post (I'm the practice manager at Ashby Road Surgery in Loughborough, practice code C82119) and one of the things on my list from the ICB is to make sure all the systems have our new generic email address, because the old one was set up years ago in the name of a GP who has since retired and nobody can get into it any more.

Our old practice email - the one that I think you'll have on your system - is drsmith.ashbyroad@nhs.net, and the new one we would like everything to go to from now on is llricb.ashbyroadsurgery@nhs.net (it's a shared mailbox that the whole admin team can see).

Is that something you can change for us? If you need it in a particular format or on a form just let me know.

Thanks so much
Gemma

Gemma Rix
Practice Manager
Ashby Road Surgery | 112 Ashby Road | Loughborough | LE11 3AF
Tel: 01509 21 77 40
`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('C82119', 'gp_practice'),
      fields: { currentEmail: 'drsmith.ashbyroad@nhs.net', newEmail: 'llricb.ashbyroadsurgery@nhs.net' },
      mustRaise: [],
      traits: ['rambling_prose', 'new_in_post', 'facts_mid_paragraph', 'question_phrasing', 'old_address_looks_personal'],
    },
  });

  // ------------------------------------------------------------------ 002
  items.push({
    slug: 'practice-email-to-managers-own-address',
    mail: {
      client: 'owa',
      from: { name: 'Donna Kettering', email: 'donna.kettering@nhs.net' },
      subject: 'Practice email',
      date: '2026-11-11 16:03:37',
      text: `Hello

Can you change the practice email you have for us (Bramley Green Surgery, H81 072) from bramleygreen.admin@nhs.net to my email donna.kettering@nhs.net please? The admin mailbox is being closed down at the end of the month and I'm the one who deals with all the PCSE stuff anyway so it makes sense for it to come straight to me.

Thanks
Donna Kettering
Practice Manager (interim)
Bramley Green Surgery
`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('H81072', 'gp_practice'),
      fields: { currentEmail: 'bramleygreen.admin@nhs.net', newEmail: 'donna.kettering@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['question_phrasing', 'new_address_is_personal', 'spaced_code', 'interim_manager'],
    },
  });

  // ------------------------------------------------------------------ 003
  const d3html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hello PCSE team,<br><br>our practice email has changed as we have moved over to the new ICB shared mailbox. Please could you update it on your system?<br><br></div><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">practice name - Northgate Medical Group<br>our code is b86 623<br>old email was&nbsp;<a href="mailto:northgate.mg@nhs.net">northgate.mg@nhs.net</a><br>new one is&nbsp;<a href="mailto:wyicb-leeds.northgatemg@nhs.net">wyicb-leeds.northgatemg@nhs.net</a></div><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">I'm the new reception lead so if there's anything else you need please let me know and I'll ask the right person&nbsp;<span style="font-family: 'Segoe UI Emoji';">\u{1F642}</span></div><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>Thanks<br>Waleed</div><div id="Signature"><p style="font-size:10pt;font-family:Arial;color:#005EB8;margin:0">Waleed Haddad<br>Reception Lead<br>Northgate Medical Group<br>0113 496 0188</p></div></body></html>
`;
  items.push({
    slug: 'practice-email-html-only-lowercase-code',
    mail: {
      client: 'owa-html',
      htmlOnly: true,
      from: { name: 'HADDAD, Waleed (NORTHGATE MEDICAL GROUP)', email: 'waleed.haddad@nhs.net' },
      subject: 'Change of email',
      date: '2026-11-13 09:37:14',
      text: '',
      html: d3html,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('B86623', 'gp_practice'),
      fields: { currentEmail: 'northgate.mg@nhs.net', newEmail: 'wyicb-leeds.northgatemg@nhs.net' },
      mustRaise: [],
      traits: ['html_only', 'div_soup', 'lowercase_code', 'spaced_code', 'emoji'],
    },
  });

  // ------------------------------------------------------------------ 004
  items.push({
    slug: 'practice-email-hard-wrapped-mistyped-code',
    mail: {
      client: 'plain',
      from: { name: 'Trevor Appleyard', email: 'trevor.appleyard@nhs.net' },
      subject: 'Update practice email address',
      date: '2026-11-16 15:58:02',
      text: `Dear PCSE,

I have come back to Moorside Surgery for a few months to help out
while they recruit a new practice manager (I retired from the same job
here in 2023 so some of this is familiar, but a lot has changed!). The
surgery's practice code is C84O17.

Could you please update the practice email address you hold for us.
At the moment I believe it will be moorside.surgery@nhs.net, which is
no longer monitored. The new practice email is
nnicb.moorsidesurgery@nhs.net.

Many thanks,

Trevor Appleyard
Interim Practice Manager
Moorside Surgery
Tel. 0115 9 496 211
`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('C84O17', 'gp_practice'),
      fields: { currentEmail: 'moorside.surgery@nhs.net', newEmail: 'nnicb.moorsidesurgery@nhs.net' },
      mustRaise: ['ods_invalid'],
      traits: ['hard_wrap_72', 'returning_staff', 'letter_o_for_zero_in_code', 'address_on_its_own_line'],
    },
  });

  // ------------------------------------------------------------------ 005
  items.push({
    slug: 'extension-caretaking-second-practice',
    mail: {
      client: 'outlook',
      from: { name: 'Lindsey Carver', email: 'lindsey.carver@nhs.net' },
      subject: 'Adding second practice to my PCSE account',
      date: '2026-11-17 12:09:45',
      text: `Good afternoon,

I'm writing because from 1st December I'll be looking after a second practice as well as my own - Weaver Vale Surgery in Winsford has been taken over by our partnership on a caretaking basis while the ICB decides what to do long term - and I'm told I need to ask you to add it to my PCSE Online log in so that I can do the supplies and records for both.

I'm currently the main contact for Riverbank Medical Practice, our code is N81093, and the main contact email you should have is mine, lindsey.carver@nhs.net. Riverbank is at 14 Mill Lane, Nantwich, CW5 5RJ and the phone number is (01270) 610 442.

The new practice is Weaver Vale Surgery, ODS code N81127, address 2 Station Road, Winsford, CW7 3DL. Their reception can confirm on 01606 55 90 13 if you need to check with them - ask for Maxine.

Thank you in advance
Lindsey Carver
Practice Manager, Riverbank Medical Practice
`,
    },
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('N81093', 'gp_practice'),
      fields: {
        existingPractice: {
          odsCode: 'N81093',
          name: 'Riverbank Medical Practice',
          mainContact: person('Lindsey Carver', 'lindsey.carver@nhs.net'),
          address: '14 Mill Lane, Nantwich, CW5 5RJ',
          phone: '(01270) 610 442',
        },
        newPractice: { odsCode: 'N81127', name: 'Weaver Vale Surgery', address: '2 Station Road, Winsford, CW7 3DL' },
      },
      mustRaise: [],
      traits: ['rambling_prose', 'facts_mid_paragraph', 'odd_phone_format', 'two_phone_numbers', 'third_person_named'],
    },
  });

  // ------------------------------------------------------------------ 006
  const row = (a: string, b: string) =>
    `<tr style="mso-yfti-irow:1"><td width="227" valign="top" style="width:170.1pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>${a}<o:p></o:p></b></p></td><td width="374" valign="top" style="width:280.6pt;border:solid windowtext 1.0pt;border-left:none;mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${b}<o:p></o:p></p></td></tr>`;
  const d6text = `Dear PCSE Data Manager team,

I am the new practice manager at Abbey Smiles Dental in Kettering and I am writing on behalf of our practice owner, Dr Jaswinder Gill. Dr Gill has bought a second practice (Lakeside Dental Studio in Corby) which he takes over on 1 December, and he would like the new practice added to his existing PCSE Online account so that he is the main contact for both.

I have put the details into a table below as I wasn't sure what format you need:

EXISTING PRACTICE
Practice name\tAbbey Smiles Dental
ODS code\tV023664
Main contact\tDr Jaswinder Gill
Main contact email\tjaswinder.gill@nhs.net
Address\t3 Abbey Road, Kettering, NN15 7QP
Telephone\t+44 (0)1536 72 19 30

NEW PRACTICE
Practice name\tLakeside Dental Studio
ODS code\tV081305
Address\tUnit 4, Lakeside Retail Park, Corby, NN17 5RQ

Please call me if you need to check anything, I'm on the number above most days (Mon-Thu).

Yours faithfully

Priti Chauhan
Practice Manager
Abbey Smiles Dental
`;
  const d6html = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
table.MsoTableGrid
	{mso-style-priority:39;
	border:solid windowtext 1.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear PCSE Data Manager team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I am the new practice manager at Abbey Smiles Dental in Kettering and I am writing on behalf of our practice owner, Dr Jaswinder Gill. Dr Gill has bought a second practice (Lakeside Dental Studio in Corby) which he takes over on 1 December, and he would like the new practice added to his existing PCSE Online account so that he is the main contact for both.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I have put the details into a table below as I wasn&#8217;t sure what format you need:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>EXISTING PRACTICE</u></b><o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
${row('Practice name', 'Abbey Smiles Dental')}
${row('ODS code', 'V023664')}
${row('Main contact', 'Dr Jaswinder Gill')}
${row('Main contact email', '<a href="mailto:jaswinder.gill@nhs.net">jaswinder.gill@nhs.net</a>')}
${row('Address', '3 Abbey Road, Kettering, NN15 7QP')}
${row('Telephone', '+44 (0)1536 72 19 30')}
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>NEW PRACTICE</u></b><o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
${row('Practice name', 'Lakeside Dental Studio')}
${row('ODS code', 'V081305')}
${row('Address', 'Unit 4, Lakeside Retail Park, Corby, NN17 5RQ')}
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please call me if you need to check anything, I&#8217;m on the number above most days (Mon-Thu).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Yours faithfully<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Priti Chauhan</b><o:p></o:p></p>
<p class="MsoNormal">Practice Manager<o:p></o:p></p>
<p class="MsoNormal">Abbey Smiles Dental<o:p></o:p></p>
</div>
</body>
</html>
`;
  items.push({
    slug: 'extension-dental-owner-word-table',
    mail: {
      client: 'outlook',
      from: { name: 'Priti Chauhan', email: 'priti.chauhan2@nhs.net' },
      subject: 'Extend main contact to new practice',
      date: '2026-11-19 10:33:28',
      text: d6text,
      html: d6html,
    },
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('V023664', 'dental_practice'),
      fields: {
        existingPractice: {
          odsCode: 'V023664',
          name: 'Abbey Smiles Dental',
          mainContact: person('Jaswinder Gill', 'jaswinder.gill@nhs.net'),
          address: '3 Abbey Road, Kettering, NN15 7QP',
          phone: '+44 (0)1536 72 19 30',
        },
        newPractice: { odsCode: 'V081305', name: 'Lakeside Dental Studio', address: 'Unit 4, Lakeside Retail Park, Corby, NN17 5RQ' },
      },
      mustRaise: [],
      traits: ['word_table', 'writer_is_not_main_contact', 'odd_phone_format', 'tab_separated_text_part'],
    },
  });

  // ------------------------------------------------------------------ 007
  const odsReport = await simpleDoc('ODS New Organisation Report', [
    { text: 'Organisation Data Service', size: 14, bold: true },
    { text: 'New Organisation Report', size: 12, bold: true },
    { text: '' },
    { text: 'Report date: 12/11/2026' },
    { text: '' },
    { text: 'Organisation code:          D82044002', bold: true },
    { text: 'Organisation name:          OLD BUCKENHAM BRANCH SURGERY' },
    { text: 'Primary role:               BRANCH SURGERY' },
    { text: 'Parent organisation:        D82044  PRIORY FIELDS SURGERY' },
    { text: 'Address:                    THE GREEN' },
    { text: '                            OLD BUCKENHAM' },
    { text: '                            ATTLEBOROUGH' },
    { text: '                            NR17 1RE' },
    { text: 'Operational start date:     01/12/2026' },
    { text: '' },
    { text: 'This report is issued when a new ODS code is created. Please keep it for your records.', size: 8 },
  ]);
  items.push({
    slug: 'branch-setup-hard-wrapped-ods-letter',
    mail: {
      client: 'plain',
      from: { name: 'Ian Burgess', email: 'ian.burgess@nhs.net' },
      subject: 'New branch - Priory Fields Surgery',
      date: '2026-11-20 11:45:09',
      attachments: [{ filename: 'ODS report D82044002.pdf', data: odsReport }],
      text: `Hello,

I'd like to set up access to PCSE Online for our new branch surgery
please. I joined Priory Fields as practice manager last month so this
is the first time I've done one of these - I've tried to include
everything from the list on your website, and the ODS report for the
branch is attached.

Our main practice is Priory Fields Surgery, GP practice, ODS code
D82044, Church Street, Attleborough, NR17 2AH, phone 01953 45 20 11.
I think the main contact you have for us is still Dr Rachel Whitmore
(rachel.whitmore@nhs.net) as I'm not set up as anything yet.

The branch is Old Buckenham Branch Surgery, code D82044002, at The
Green, Old Buckenham, Attleborough, NR17 1RE, phone 01953 86 04 27. We
would like the main contact for the branch to be Mrs Joanna
Thirkettle, our branch supervisor, email joanna.thirkettle@nhs.net.

The branch opens on 1st December so if it could be done before then
that would be brilliant.

Many thanks

Ian Burgess
Practice Manager
Priory Fields Surgery
`,
    },
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('D82044', 'gp_practice'),
      fields: {
        mainPractice: {
          odsCode: 'D82044',
          name: 'Priory Fields Surgery',
          mainContact: person('Rachel Whitmore', 'rachel.whitmore@nhs.net'),
          address: 'Church Street, Attleborough, NR17 2AH',
          phone: '01953 45 20 11',
        },
        branch: {
          odsCode: 'D82044002',
          name: 'Old Buckenham Branch Surgery',
          address: 'The Green, Old Buckenham, Attleborough, NR17 1RE',
          phone: '01953 86 04 27',
          mainContact: { ...person('Joanna Thirkettle', 'joanna.thirkettle@nhs.net'), title: 'Mrs' },
        },
      },
      mustRaise: [],
      traits: ['hard_wrap_72', 'address_split_across_lines', 'name_split_across_lines', 'ods_report_pdf', 'new_in_post', 'writer_is_not_main_contact'],
    },
  });

  // ------------------------------------------------------------------ 008
  const d8html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>Hi</div><div><br></div><div>We are opening a branch of Elmfield Practice in the new health hub at Colindale and I need to get it set up on PCSE Online please so the branch can order its own supplies.</div><div><br></div><div><b>Main practice</b></div><div>Elmfield Practice</div><div>GP practice, code E85612</div><div>Main contact - me, Olu Bankole (olu.bankole@nhs.net)</div><div>Unit 2, 48 Brent Street</div><div>Hendon</div><div>London NW4 2EA</div><div>Tel 0208 203 4471</div><div><br></div><div><b>Branch</b></div><div>Elmfield Practice at Colindale</div><div>Code E8561201 (this is what ODS gave us)</div><div>Colindale Health Hub, 1 Aerodrome Road, London NW9 5GF</div><div>Tel 020 8200 1190</div><div>Main contact for the branch: Ms Funmilayo Adeyinka (Funmi), funmi.adeyinka@nhs.net</div><div><br></div><div>I was practice manager here a few years ago and have just come back so I'm a bit rusty on all this - let me know if I've missed anything.</div><div><br></div><div>Thanks</div><div>Olu</div><div><br></div><div>Olu Bankole<br>Practice Manager<br>Elmfield Practice</div></body></html>`;
  items.push({
    slug: 'branch-setup-apple-div-soup-short-code',
    mail: {
      client: 'apple',
      from: { name: 'Olu Bankole', email: 'olu.bankole@nhs.net' },
      subject: 'Branch set up - Colindale',
      date: '2026-11-23 17:12:38',
      text: `Hi

We are opening a branch of Elmfield Practice in the new health hub at Colindale and I need to get it set up on PCSE Online please so the branch can order its own supplies.

Main practice
Elmfield Practice
GP practice, code E85612
Main contact - me, Olu Bankole (olu.bankole@nhs.net)
Unit 2, 48 Brent Street
Hendon
London NW4 2EA
Tel 0208 203 4471

Branch
Elmfield Practice at Colindale
Code E8561201 (this is what ODS gave us)
Colindale Health Hub, 1 Aerodrome Road, London NW9 5GF
Tel 020 8200 1190
Main contact for the branch: Ms Funmilayo Adeyinka (Funmi), funmi.adeyinka@nhs.net

I was practice manager here a few years ago and have just come back so I'm a bit rusty on all this - let me know if I've missed anything.

Thanks
Olu

Olu Bankole
Practice Manager
Elmfield Practice
`,
      html: d8html,
    },
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('E85612', 'gp_practice'),
      fields: {
        mainPractice: {
          odsCode: 'E85612',
          name: 'Elmfield Practice',
          mainContact: person('Olu Bankole', 'olu.bankole@nhs.net'),
          address: 'Unit 2, 48 Brent Street, Hendon, London NW4 2EA',
          phone: '0208 203 4471',
        },
        branch: {
          odsCode: 'E8561201',
          name: 'Elmfield Practice at Colindale',
          address: 'Colindale Health Hub, 1 Aerodrome Road, London NW9 5GF',
          phone: '020 8200 1190',
          mainContact: { ...person('Funmilayo Adeyinka', 'funmi.adeyinka@nhs.net'), title: 'Ms' },
        },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['apple_mail', 'div_per_line', 'multi_line_address', 'branch_code_one_digit_short', 'nickname_in_parentheses', 'returning_staff'],
    },
  });

  // ------------------------------------------------------------------ 009
  items.push({
    slug: 'question-how-to-get-branch-code',
    mail: {
      client: 'owa',
      from: { name: 'Megan Pryce', email: 'megan.pryce@nhs.net' },
      subject: 'ODS code for new branch?',
      date: '2026-11-24 14:22:16',
      text: `Hi,

We are hoping to open a small branch surgery in the village next spring and I've been asked to look into what we need to do for PCSE. Do you issue the ODS code for the branch or is that someone else? And roughly how long does it take once we have the code?

Sorry if these are silly questions, I'm quite new to the practice manager role.

Thanks
Megan Pryce
Practice Manager, Highfield Surgery
`,
    },
    expected: unclassified(['question', 'new_in_post', 'no_request']),
  });

  // ------------------------------------------------------------------ 010
  items.push({
    slug: 'thanks-with-reference-iphone',
    mail: {
      client: 'iphone',
      from: { name: 'Gemma Rix', email: 'gemma.rix@nhs.net' },
      subject: 'Re: PCSE-2026-030552 Practice email address updated',
      date: '2026-11-25 08:12:44',
      inReplyTo: '<PCSE030552.done@pcse.england.nhs.uk>',
      text: `Brilliant, thank you so much - the new shared mailbox got your confirmation this morning. Really appreciate the quick turnaround!

Gemma

Sent from my iPhone

> On 24 Nov 2026, at 17:02, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
>
> Your reference: PCSE-2026-030552
> We have updated the practice email address for Ashby Road Surgery (C82119). Confirmation has been sent to the new address.`,
    },
    expected: unclassified(['thanks', 'case_reference_in_subject', 'iphone']),
  });

  // ------------------------------------------------------------------ 011
  const bnd = '----=_NextPart_bounce_8f31c2a0';
  const bounceRaw = [
    'Authentication-Results: spf=none smtp.mailfrom=; dkim=none; dmarc=none',
    'From: Microsoft Outlook <MAILER-DAEMON@nhs.net>',
    'To: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'Date: Thu, 26 Nov 2026 10:04:51 +0000',
    'Subject: Undeliverable: PCSE-2026-033019 Practice email address updated',
    'Message-ID: <bounce-8f31c2a0-33019@LO6P265MB5130.GBRP265.PROD.OUTLOOK.COM>',
    'Auto-Submitted: auto-replied',
    'X-MS-Exchange-Message-Is-Ndr: ',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;${CRLF}\tboundary="${bnd}"`,
    '',
    `--${bnd}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    "Your message to nnicb.moorsidesurgery@nhs.net couldn't be delivered.",
    '',
    "nnicb.moorsidesurgery wasn't found at nhs.net.",
    '',
    'Action Required',
    'Unknown To address',
    '',
    'How to Fix It',
    "The address may be misspelled or may not exist. Try one or more of the following:",
    '- Retype the recipient address, then resend the message.',
    '- Contact the recipient by some other means and ask them to check the address.',
    '',
    'Diagnostic information for administrators:',
    'Generating server: LO6P265MB5130.GBRP265.PROD.OUTLOOK.COM',
    'nnicb.moorsidesurgery@nhs.net',
    'Remote server returned 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '',
    `--${bnd}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;LO6P265MB5130.GBRP265.PROD.OUTLOOK.COM',
    'Received-From-MTA: dns;LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM',
    'Arrival-Date: Thu, 26 Nov 2026 10:04:49 +0000',
    '',
    'Final-Recipient: rfc822;nnicb.moorsidesurgery@nhs.net',
    'Action: failed',
    'Status: 5.1.10',
    'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '',
    `--${bnd}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'To: nnicb.moorsidesurgery@nhs.net',
    'Subject: PCSE-2026-033019 Practice email address updated',
    'Date: Thu, 26 Nov 2026 10:04:47 +0000',
    'Message-ID: <PCSE033019.done@pcse.england.nhs.uk>',
    '',
    `--${bnd}--`,
    '',
  ].join('\n');
  items.push({
    slug: 'bounce-confirmation-to-new-address',
    mail: { client: 'raw', from: { name: null, email: 'MAILER-DAEMON@nhs.net' }, subject: '', date: '2026-11-26 10:04:51', text: '', raw: bounceRaw },
    expected: unclassified(['bounce', 'ndr', 'multipart_report'], 'bounce'),
  });

  // ------------------------------------------------------------------ 012
  items.push({
    slug: 'misdirected-pharmacy-main-contact',
    mail: {
      client: 'outlook',
      charset: 'iso-8859-1',
      from: { name: 'Kwame Asante', email: 'kwame@asantechemist.co.uk' },
      subject: 'Main contact for pharmacy',
      date: '2026-11-27 13:55:00',
      text: `Dear Sir / Madam

Our pharmacy manager, who I believe was set up as the main contact for our pharmacy on PCSE Online, left the business at the end of October. Please can you change the main contact to our new pharmacy manager, Ms Chlo\u00eb Hartnell, whose email is chloe.hartnell@nhs.net.

The pharmacy is Asante Chemist, 19 Market Place, Wellingborough, and the ODS code is fx6 52.

I am the owner and superintendent pharmacist, please contact me if you need anything further.

Regards

Kwame Asante MRPharmS
Superintendent Pharmacist
Asante Chemist
01933 44 71 20
`,
    },
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('FX652', 'pharmacy'),
      fields: { newMainContact: person('Chlo\u00eb Hartnell', 'chloe.hartnell@nhs.net') },
      mustRaise: [],
      traits: ['misdirected', 'own_domain_sender', 'lowercase_code', 'spaced_code', 'honorific_ms', 'latin1_charset', 'diaeresis_in_name'],
    },
  });

  // ------------------------------------------------------------------ 013
  items.push({
    slug: 'care-home-resident-notes-question',
    mail: {
      client: 'gmail-android',
      enc: 'b64',
      from: { name: 'Rosewood Lodge', email: 'rosewoodlodge.office@gmail.com' },
      subject: 'Residents notes',
      date: '2026-11-30 15:31:12',
      text: `Hello

One of our residents moved in with us from Derby in September and registered with the GP here, but the surgery says her paper notes still haven't come through from her old GP. They told us it would be PCSE who move the notes.

Can you tell us what we need to do or who we should speak to? She's 91 and has had a few falls so the GP is keen to see her history.

Thanks
Alison Kerr
Care Co-ordinator, Rosewood Lodge
`,
    },
    expected: unclassified(['outside_primary_care', 'care_home', 'question', 'personal_webmail']),
  });

  return items;
}
