// datamanager: practice email changes, main contacts extended to new practices, GP branches; misdirected requests,
// a question, a thank-you and a bounce.
import { createCanvas } from '@napi-rs/canvas';
import { ensureFonts } from './scans.js';
import { type MailSpec, rawMessage } from './clients.js';
import { odsReport } from './forms.js';
import { CRLF, escapeHtml, hex, multi, rfcDate, textLeaf } from './lib.js';
import { type Item, NHSMAIL_DISCLAIMER, item, org, person } from './model.js';

const mb = 'datamanager' as const;

function logoPng(text: string, color: string): Buffer {
  ensureFonts();
  const c = createCanvas(220, 56);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 220, 56);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 10, 56);
  ctx.font = 'bold 20px DVSansBold';
  ctx.fillText(text, 20, 36);
  return c.encodeSync('png');
}

function outlookTable(rows: string[][], intro: string[], outro: string[]): string {
  const p = (s: string): string => `<p class="MsoNormal">${s}<o:p></o:p></p>`;
  const cell = (s: string, head: boolean): string =>
    `<td style="border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt${head ? ';background:#DEEAF6' : ''}"><p class="MsoNormal">${head ? `<b>${escapeHtml(s)}</b>` : escapeHtml(s).replace(/([a-z0-9.\-]+@[a-z0-9.\-]+)/g, '<a href="mailto:$1">$1</a>')}<o:p></o:p></p></td>`;
  const table = `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n${rows.map((r, i) => `<tr>${r.map((c, j) => cell(c, i === 0 || j === 0)).join('')}</tr>`).join('\n')}\n</table>`;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">
${intro.map((l) => (l ? p(escapeHtml(l)) : p('&nbsp;'))).join('\n')}
${table}
${outro.map((l) => (l ? p(escapeHtml(l)) : p('&nbsp;'))).join('\n')}
</div></body></html>
`;
}

export async function datamanager(): Promise<Item[]> {
  const out: Item[] = [];
  const add = (spec: Omit<MailSpec, 'mailbox'>, e: Parameters<typeof item>[1]): void => { out.push(item({ ...spec, mailbox: mb }, e)); };

  // 033 practice email update, pharmacy, by the book
  add({
    id: '033-email-update-pharmacy', client: 'nhsmail', date: '2026-11-02T09:22:18Z',
    from: { name: 'Ioana Popescu', email: 'ioana.popescu3@nhs.net' },
    subject: 'Update practice email address',
    text: `Good morning,

Please update our pharmacy email address.

Practice name: Westbrook Pharmacy
Practice code: FJ204
Current practice email: westbrookpharmacy@btconnect.com
New practice email: westbrook.pharmacy@nhs.net

The btconnect address will be closed at the end of the month.

Kind regards
Ioana Popescu
Pharmacist Manager
Westbrook Pharmacy
Tel: 01206 496 114
`,
  }, {
    kind: 'practice_email_update', organisation: org('FJ204', 'pharmacy'),
    fields: { currentEmail: 'westbrookpharmacy@btconnect.com', newEmail: 'westbrook.pharmacy@nhs.net' },
    traits: ['labelled_lines'],
  });

  // 034 dental practice asks to make the practice manager's own nhs.net address the practice email
  add({
    id: '034-email-update-dental-personal-mailbox', client: 'nhsmail', date: '2026-11-06T16:40:27Z',
    from: { name: 'Sarah Jenkins', email: 'sarah.jenkins23@nhs.net' },
    subject: 'Change of email',
    text: `Hi,

Can you change the practice email for Smilewell Dental Care (V056310) please?

Old: reception@smilewell-dental.co.uk
New: sarah.jenkins23@nhs.net (my nhs.net)

Thanks
Sarah
Practice Manager
`,
  }, {
    kind: 'practice_email_update', organisation: org('V056310', 'dental_practice'),
    fields: { currentEmail: 'reception@smilewell-dental.co.uk', newEmail: 'sarah.jenkins23@nhs.net' },
    mustRaise: ['individual_mailbox'],
    traits: ['individual_mailbox', 'code_in_org_name', 'terse'],
  });

  // 035 GP practice, values in an Outlook HTML table
  {
    const rows = [
      ['', 'Details'],
      ['Practice name', 'The Whitehouse Surgery'],
      ['Practice code', 'B86034'],
      ['Current practice email', 'whitehouse.surgery@nhs.net'],
      ['New practice email', 'gp.b86034@nhs.net'],
    ];
    const intro = ['Dear Data Manager team,', '', 'Please update our practice email address as below. The new address is our NHSmail shared mailbox.', ''];
    const outro = ['', 'Kind regards', '', 'Margaret Ellison-Shaw', 'Practice Manager', 'The Whitehouse Surgery, 9 Whitehouse Lane, Leeds LS19 6JR', '0113 496 0580'];
    add({
      id: '035-email-update-gp-html-table', client: 'nhsmail', date: '2026-11-12T10:09:55Z',
      from: { name: 'Margaret Ellison-Shaw', email: 'm.ellison-shaw@nhs.net' },
      subject: 'Update practice email address',
      text: [...intro, ...rows.slice(1).map((r) => `${r[0]}\t${r[1]}`), ...outro].join('\n'),
      html: outlookTable(rows, intro, outro),
    }, {
      kind: 'practice_email_update', organisation: org('B86034', 'gp_practice'),
      fields: { currentEmail: 'whitehouse.surgery@nhs.net', newEmail: 'gp.b86034@nhs.net' },
      traits: ['html_table', 'new_address_contains_code'],
    });
  }

  // 036 optician, one lower-case sentence from an iPhone; current address is a consumer mailbox
  add({
    id: '036-email-update-optician-one-sentence', client: 'iphone-plain', date: '2026-11-15T13:02:44Z',
    from: { name: 'Ravi Kapoor', email: 'kingsopticians@outlook.com' },
    subject: 'email change',
    text: `hi we need to change our practice email on pcse from kingsopticians@outlook.com to the new nhs one which is kingsopticians.tpk88@nhs.net our ocs number is tpk88 and we are kings opticians in chatham thanks ravi

Sent from my iPhone`,
  }, {
    kind: 'practice_email_update', organisation: org('TPK88', 'ophthalmic_practice'),
    fields: { currentEmail: 'kingsopticians@outlook.com', newEmail: 'kingsopticians.tpk88@nhs.net' },
    traits: ['single_sentence', 'all_lower_case', 'own_term_for_code', 'phone_client', 'sender_is_current_address'],
  });

  // 037 PCN changes its shared mailbox
  add({
    id: '037-email-update-pcn', client: 'nhsmail', date: '2026-11-18T15:27:36Z',
    from: { name: 'Joseph Mensah', email: 'joseph.mensah1@nhs.net' },
    subject: 'PCN email address change - North Tyne Rural PCN U83307',
    text: `Hello Data Manager team,

We have a new shared mailbox for the PCN and would like PCSE to use it from now on.

PCN: North Tyne Rural PCN
PCN code: U83307
Email currently held: ntr.pcn@nhs.net
New email: northtynerural.pcn@nhs.net

Thanks
Joe Mensah
PCN Business Manager

${NHSMAIL_DISCLAIMER}`,
  }, {
    kind: 'practice_email_update', organisation: org('U83307', 'pcn'),
    fields: { currentEmail: 'ntr.pcn@nhs.net', newEmail: 'northtynerural.pcn@nhs.net' },
    traits: ['pcn', 'short_name_in_signature', 'disclaimer'],
  });

  // 038 extension, pharmacy group's compliance head; multi-line address; other branch codes mentioned; logo inline
  add({
    id: '038-extension-pharmacy-group', client: 'exchange', date: '2026-11-10T14:51:08Z',
    from: { name: 'Priti Chauhan', email: 'priti.chauhan@ashbournepharmacies.co.uk' },
    subject: 'Extend main contact to new pharmacy - FE817',
    text: `Dear Data Manager team,

Ashbourne Pharmacies has acquired a further pharmacy and we would like to extend our current main contact to it. Details below.

Existing practice
Name: Ashbourne Pharmacy - Belper
ODS code: FC402
Main contact: Mr Alastair Pryce-Whyte
Main contact email: alastair.prycewhyte@nhs.net
Address: 3 King Street
Belper
Derbyshire
DE56 1PW
Telephone: 01773 496 233

New practice
ODS code: FE817
Name: Ashbourne Pharmacy - Duffield
Address: 21 Town Street, Duffield, Belper DE56 4EH

(Our other branches FC401 Ashbourne and FC405 Wirksworth already sit under Alastair's account and need no change.)

Kind regards
Priti Chauhan
Head of Compliance & Governance
Ashbourne Pharmacies Ltd
T: +44 (0)1335 496 900
[cid:image001.png@01DB3A7C.5E2F1B40]
`,
    inlineImages: [{ filename: 'image001.png', contentType: 'image/png', data: logoPng('Ashbourne', '#1d6b44'), cid: 'image001.png@01DB3A7C.5E2F1B40' }],
  }, {
    kind: 'main_contact_extension', organisation: org('FC402', 'pharmacy'),
    fields: {
      existingPractice: { odsCode: 'FC402', name: 'Ashbourne Pharmacy - Belper', mainContact: person('Alastair Pryce-Whyte', 'alastair.prycewhyte@nhs.net'), address: '3 King Street, Belper, Derbyshire, DE56 1PW', phone: '01773 496 233' },
      newPractice: { odsCode: 'FE817', name: 'Ashbourne Pharmacy - Duffield', address: '21 Town Street, Duffield, Belper DE56 4EH' },
    },
    traits: ['multi_line_address', 'several_codes', 'new_code_in_subject', 'inline_logo', 'person_not_sender', 'hyphenated_name'],
  });

  // 039 extension, optician owner dictating on an iPhone: no punctuation, addresses run together
  add({
    id: '039-extension-optician-dictated', client: 'iphone-plain', date: '2026-11-22T19:44:02Z',
    from: { name: 'Nkechi Okafor', email: 'nkechi@okaforopticians.co.uk' },
    subject: 'Main contact for new practice',
    text: `Hi PCSE I would like to extend my main contact to our new practice please. Existing practice is Okafor Opticians ODS code TPN14 main contact is me Nkechi Okafor email nkechi.okafor@nhs.net address 56 High Street Bromley BR1 1EG phone 020 8496 0147. New practice ODS code TPN27 name Okafor Opticians Orpington address 9 Station Square Petts Wood Orpington BR5 1LY thank you Nkechi

Sent from my iPhone`,
  }, {
    kind: 'main_contact_extension', organisation: org('TPN14', 'ophthalmic_practice'),
    fields: {
      existingPractice: { odsCode: 'TPN14', name: 'Okafor Opticians', mainContact: person('Nkechi Okafor', 'nkechi.okafor@nhs.net'), address: '56 High Street Bromley BR1 1EG', phone: '020 8496 0147' },
      newPractice: { odsCode: 'TPN27', name: 'Okafor Opticians Orpington', address: '9 Station Square Petts Wood Orpington BR5 1LY' },
    },
    traits: ['dictated', 'no_punctuation', 'phone_client', 'main_contact_is_sender', 'main_contact_address_differs_from_sender'],
  });

  // 040 extension, dental, HTML only with bold headings and <br> lines
  add({
    id: '040-extension-dental-html-only', client: 'nhsmail', date: '2026-11-26T08:36:19Z',
    from: { name: 'Rhodri Prys-Jones', email: 'rhodri.prys-jones@nhs.net' },
    subject: 'Extending main contact to our new dental practice',
    text: '',
    htmlOnly: true,
    html: `<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I would like to extend my main contact role to the second practice we have just taken over.</p>
<p><b>Existing practice</b><br>
Practice name: Meadowbank Dental Practice<br>
ODS: V112094<br>
Main contact: Dr Rhodri Prys-Jones<br>
Email: <a href="mailto:rhodri.prys-jones@nhs.net">rhodri.prys-jones@nhs.net</a><br>
Address: 7 Meadowbank Road, Stafford ST16 3QA<br>
Telephone: 01785&nbsp;496&nbsp;071</p>
<p><b>New practice</b><br>
ODS: V118650<br>
Practice name: Meadowbank Dental &ndash; Stone<br>
Address: 2 Lichfield Street, Stone ST15 8NA</p>
<p>Diolch / Thank you,<br>
Rhodri</p>
<p style="color:#555;font-size:9pt">Dr Rhodri Prys-Jones BDS<br>Principal Dentist, Meadowbank Dental Practice</p>
</div>`,
  }, {
    kind: 'main_contact_extension', organisation: org('V112094', 'dental_practice'),
    fields: {
      existingPractice: { odsCode: 'V112094', name: 'Meadowbank Dental Practice', mainContact: person('Rhodri Prys-Jones', 'rhodri.prys-jones@nhs.net'), address: '7 Meadowbank Road, Stafford ST16 3QA', phone: '01785 496 071' },
      newPractice: { odsCode: 'V118650', name: 'Meadowbank Dental – Stone', address: '2 Lichfield Street, Stone ST15 8NA' },
    },
    traits: ['html_only', 'html_entities', 'main_contact_is_sender', 'honorific_in_name'],
  });

  // 041 branch set-up with the ODS new-organisation report attached
  {
    const pdf = await odsReport({
      code: 'N82051002', name: 'CASTLEGATE MEDICAL GROUP - SALTNEY SURGERY', address: ['45 HIGH STREET', 'SALTNEY', 'CHESTER', 'CH4 8SY'],
      parent: 'N82051', parentName: 'CASTLEGATE MEDICAL GROUP', opened: '02-NOV-2026', ref: 'ODS/NOC/2026/118842',
    }, { title: 'New Organisation Code Report', author: 'ODS', creator: 'ODS Reporting', producer: 'Crystal Reports', date: '2026-11-02T16:00:00Z' });
    add({
      id: '041-branch-gp-ods-report-attached', client: 'nhsmail', date: '2026-11-04T11:12:40Z',
      from: { name: 'Olumide Fashola', email: 'olumide.fashola@nhs.net' },
      subject: 'Set up access to PCSE Online for a branch practice',
      text: `Dear Data Manager,

We would like to set up access to PCSE Online for our new branch practice. The ODS report for the branch code is attached.

Main practice
Practice name: Castlegate Medical Group
Organisation type: GP
ODS code: N82051
Main contact: Olumide Fashola
Main contact email: olumide.fashola@nhs.net
Address: Castlegate Health Centre, 1 Castle Street, Chester CH1 2DS
Telephone: 01244 496 300

Branch practice
Main contact: Mrs Deborah Kinsella
Email: deborah.kinsella@nhs.net
Branch ODS code: N82051002
Branch name: Castlegate Medical Group - Saltney Surgery
Address: 45 High Street, Saltney, Chester CH4 8SY
Telephone: 01244 496 377

Kind regards
Olumide Fashola
Practice Business Manager
`,
      attachments: [{ filename: 'ODS New Org Report N82051002.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'branch_setup', organisation: org('N82051', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'N82051', name: 'Castlegate Medical Group', mainContact: person('Olumide Fashola', 'olumide.fashola@nhs.net'), address: 'Castlegate Health Centre, 1 Castle Street, Chester CH1 2DS', phone: '01244 496 300' },
        branch: { odsCode: 'N82051002', name: 'Castlegate Medical Group - Saltney Surgery', address: '45 High Street, Saltney, Chester CH4 8SY', phone: '01244 496 377', mainContact: { name: 'Deborah Kinsella', email: 'deborah.kinsella@nhs.net', title: 'Mrs' } },
      },
      traits: ['pdf_flat', 'ods_report_attached', 'labelled_lines', 'title_in_name'],
    });
  }

  // 042 branch set-up, branch code not the main code + 3 digits (digits transposed)
  add({
    id: '042-branch-code-transposed', client: 'nhsmail', date: '2026-11-16T12:30:11Z',
    from: { name: 'Imran Chaudhry', email: 'imran.chaudhry@nhs.net' },
    subject: 'New branch - PCSE access',
    text: `Hi,

We've opened a branch surgery and need it setting up on PCSE Online please.

Main practice: Parkview Surgery, GP, P84012
Main contact held by PCSE: Dr Imran Chaudhry, imran.chaudhry@nhs.net
Main practice address: 220 Wilmslow Road, Fallowfield, Manchester M14 6LE
Main practice phone: 0161 496 0455

Branch: Parkview Surgery at Ladybarn
Branch code: P84021001
Branch address: 14 Ladybarn Lane, Manchester M14 6WN
Branch phone: 0161 496 0462
Branch main contact: Miss Ellie Fairbrother, ellie.fairbrother@nhs.net

Thanks
Imran
`,
  }, {
    kind: 'branch_setup', organisation: org('P84012', 'gp_practice'),
    fields: {
      mainPractice: { odsCode: 'P84012', name: 'Parkview Surgery', mainContact: person('Imran Chaudhry', 'imran.chaudhry@nhs.net'), address: '220 Wilmslow Road, Fallowfield, Manchester M14 6LE', phone: '0161 496 0455' },
      branch: { odsCode: 'P84021001', name: 'Parkview Surgery at Ladybarn', address: '14 Ladybarn Lane, Manchester M14 6WN', phone: '0161 496 0462', mainContact: { name: 'Ellie Fairbrother', email: 'ellie.fairbrother@nhs.net', title: 'Miss' } },
    },
    mustRaise: ['branch_code_mismatch'],
    traits: ['branch_code_mismatch', 'several_values_per_line', 'honorific_in_name'],
  });

  // 043 branch set-up in a two-column Outlook table; the branch contact's Irish name with accents
  {
    const rows = [
      ['', 'Main practice', 'Branch'],
      ['Practice name', 'Oakwood Family Practice', 'Oakwood Family Practice - Hemsby Branch'],
      ['Organisation type', 'GP', 'GP branch'],
      ['ODS code', 'J81640', 'J81640001'],
      ['Main contact', 'Rebecca Thornton-Hale', 'Mr Tomás Ó Súilleabháin'],
      ['Main contact email', 'rebecca.thornton-hale@nhs.net', 'tomas.osuilleabhain@nhs.net'],
      ['Address', 'The Surgery, Oakwood Lane, Caister-on-Sea, Great Yarmouth NR30 5HH', '12 Waterside, Hemsby, Great Yarmouth NR29 4NE'],
      ['Telephone', '01493 496 120', '01493 496 188'],
    ];
    const intro = ['Hello,', '', 'We would like to set up access to PCSE Online for our new branch practice. Details of the main practice and the branch are below.', ''];
    const outro = ['', 'Please let me know if you need anything else.', '', 'Best wishes', 'Rebecca', '', 'Rebecca Thornton-Hale', 'Practice Manager | Oakwood Family Practice'];
    add({
      id: '043-branch-two-column-table', client: 'nhsmail', date: '2026-11-30T10:44:58Z',
      from: { name: 'Rebecca Thornton-Hale', email: 'rebecca.thornton-hale@nhs.net' },
      subject: 'Branch practice set up request – Oakwood Family Practice',
      text: [...intro, ...rows.map((r) => r.join('\t')), ...outro].join('\n'),
      html: outlookTable(rows, intro, outro),
    }, {
      kind: 'branch_setup', organisation: org('J81640', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'J81640', name: 'Oakwood Family Practice', mainContact: person('Rebecca Thornton-Hale', 'rebecca.thornton-hale@nhs.net'), address: 'The Surgery, Oakwood Lane, Caister-on-Sea, Great Yarmouth NR30 5HH', phone: '01493 496 120' },
        branch: { odsCode: 'J81640001', name: 'Oakwood Family Practice - Hemsby Branch', address: '12 Waterside, Hemsby, Great Yarmouth NR29 4NE', phone: '01493 496 188', mainContact: { name: 'Tomás Ó Súilleabháin', email: 'tomas.osuilleabhain@nhs.net', title: 'Mr' } },
      },
      traits: ['html_table', 'two_column_table', 'accented_name', 'title_in_name', 'rfc2047_subject'],
    });
  }

  // 044 misdirected: main contact change for a pharmacy, sent to datamanager from an iPhone
  add({
    id: '044-misdirected-mcc-pharmacy', client: 'iphone', date: '2026-11-03T18:26:35Z',
    from: { name: 'Precious Moyo', email: 'precious.moyo@nhs.net' },
    subject: 'New main contact',
    text: `Hello, please change the main contact for Rosehill Pharmacy FG518 to me, Precious Moyo, precious.moyo@nhs.net. The previous manger Karen left last moth. Thank you

Sent from my iPhone`,
  }, {
    kind: 'main_contact_change', organisation: org('FG518', 'pharmacy'),
    fields: { newMainContact: person('Precious Moyo', 'precious.moyo@nhs.net') },
    traits: ['misdirected', 'phone_client', 'new_contact_is_sender', 'code_in_org_name', 'autocorrect_slip'],
  });

  // 045 misdirected: locked account, dental, Samsung phone
  add({
    id: '045-misdirected-unlock-dental', client: 'samsung', date: '2026-11-24T08:05:17Z',
    from: { name: 'Tariq Mahmood', email: 'tariq.mahmood8@nhs.net' },
    subject: 'account locked',
    text: `hi my pcse online account is locked after entering wrong password, username tariq.mahmood8@nhs.net , Lindley Dental our ODS is v093418. pls unlock asap need to submit forms. thanks Tariq

Sent from my Galaxy`,
  }, {
    kind: 'account_unlock', organisation: org('V093418', 'dental_practice'),
    fields: { username: 'tariq.mahmood8@nhs.net' },
    traits: ['misdirected', 'phone_client', 'base64_body', 'own_term_for_code', 'code_lower_case'],
  });

  // 046 question: opening a new pharmacy, which code and which team
  add({
    id: '046-question-new-pharmacy-ods', client: 'gmail', date: '2026-11-19T12:16:45Z',
    from: { name: 'Faisal Rahman', email: 'faisal.rahman.mpharm@gmail.com' },
    subject: 'New pharmacy - ODS code and PCSE Online',
    text: `Hello,

We are opening a new community pharmacy in March (market entry application already approved). Do we need to get the F code from the ODS team before we contact you, and once we have it, is it this mailbox or market entry that sets up our PCSE Online access? Also can I be main contact for both this and my existing pharmacy?

Many thanks
Faisal Rahman
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['question', 'personal_address_sender', 'own_term_for_code'],
  });

  // 047 thanks with a reference, from an iPhone, quoting PCSE's confirmation
  add({
    id: '047-thanks-ref-iphone', client: 'iphone', date: '2026-11-29T10:31:02Z',
    from: { name: 'Ioana Popescu', email: 'ioana.popescu3@nhs.net' },
    subject: 'Re: PCSE-2026-004025 Update practice email address',
    inReplyTo: '<PCSE-2026-004025.done@pcse.england.nhs.uk>',
    text: `Brilliant thank you so much

Sent from my iPhone

> On 27 Nov 2026, at 14:10, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
>
> Dear Ioana,
>
> We have updated the practice email address for Westbrook Pharmacy. This confirmation has been sent to the new address.
>
> Kind regards
> PCSE Data Management
`,
  }, {
    kind: 'unclassified', organisation: null, fields: {},
    traits: ['thanks', 'case_ref_in_subject', 'phone_client', 'quoted_pcse_reply'],
  });

  // 048 bounce: PCSE's confirmation could not be delivered to a new practice address
  {
    const id = '048-bounce-ndr';
    const date = '2026-11-25T15:06:44Z';
    const b1 = `_${hex(`${id}|r`, 24)}_`;
    const origMid = '<PCSE-2026-004301.done@pcse.england.nhs.uk>';
    const human = `Delivery has failed to these recipients or groups:

lakeside.pharmacy.fd745@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

lakeside.pharmacy.fd745@nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: lakeside.pharmacy.fd745@nhs.net
Subject: PCSE-2026-004301 - Practice email address updated
Date: ${rfcDate('2026-11-25T15:06:30Z')}
Message-ID: ${origMid}
`;
    const status = [
      'Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
      'Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
      `Arrival-Date: ${rfcDate('2026-11-25T15:06:30Z')}`,
      '',
      'Final-Recipient: rfc822;lakeside.pharmacy.fd745@nhs.net',
      'Action: failed',
      'Status: 5.1.10',
      'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    ].join(CRLF);
    const headersPart = [
      'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
      'To: lakeside.pharmacy.fd745@nhs.net',
      'Subject: PCSE-2026-004301 - Practice email address updated',
      `Date: ${rfcDate('2026-11-25T15:06:30Z')}`,
      `Message-ID: ${origMid}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="us-ascii"',
    ].join(CRLF);
    const node = multi('report', [
      textLeaf(human, 'plain', { cte: 'quoted-printable', charset: 'us-ascii' }),
      { headers: [['Content-Type', 'message/delivery-status']], body: status },
      { headers: [['Content-Type', 'text/rfc822-headers']], body: headersPart },
    ], b1, '; report-type=delivery-status');
    const headers: [string, string][] = [
      ['Received', `from LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM (::1) by\r\n LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with mapi id 15.20.8207.017; ${rfcDate(date)}`],
      ['From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>'],
      ['To', 'PCSE Data Manager <pcse.datamanager@nhs.net>'],
      ['Date', rfcDate(date, 0, true)],
      ['Subject', 'Undeliverable: PCSE-2026-004301 - Practice email address updated'],
      ['Message-ID', `<${hex(`${id}|mid`, 32).toUpperCase()}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`],
      ['In-Reply-To', origMid],
      ['References', origMid],
      ['Auto-Submitted', 'auto-replied'],
      ['X-MS-Exchange-Message-Is-Ndr', ''],
      ['Content-Language', 'en-GB'],
      ['MIME-Version', '1.0'],
    ];
    const raw = rawMessage(headers.map(([k, v]) => [k, v === '' ? ' ' : v] as [string, string]), node);
    add({
      id, client: 'raw', date, from: { email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' }, subject: 'Undeliverable', text: '',
      headerOverride: [], node: { headers: [], body: '' },
    }, {
      kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {},
      traits: ['bounce', 'ndr', 'multipart_report', 'case_ref_in_subject'],
    });
    out[out.length - 1]!.raw = raw;
  }

  return out;
}
