// datamanager: practice email changes, main-contact extensions, GP branches, and the mail around them.
import {
  addr, alt, angleQuote, attachment, esc, mixed, mk, multipart, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, outlookHtmlDoc, outlookQuote,
  outlookQuoteHtml, pcseInfoRequest, person, rfcDate, SB, textPart, textToMso, topHeaders, iphoneOn, type Email, type Quoted,
} from './lib.js';
import { wordTablePdf } from './pdfs.js';

const MB = 'datamanager';
const PCSE = 'pcse.datamanager@nhs.net';
const TO = addr('PCSE Data Manager', PCSE);
const PCSE_NAME = 'PCSE Data Manager';
const TEAM = 'PCSE Data Management Team';

function outlookReply(id: string, newText: string, q: Quoted, footer = true): ReturnType<typeof alt> {
  const text = `${newText}\n\n${footer ? `${NHSMAIL_FOOTER}\n` : ''}${outlookQuote(q)}`;
  const html = outlookHtmlDoc(`${textToMso(newText)}\n${footer ? NHSMAIL_FOOTER_HTML : ''}\n${outlookQuoteHtml(q, textToMso(q.body))}`);
  return alt('outlook', id, textPart(text), textPart(html, { subtype: 'html' }));
}

const practice = (odsCode: string | null, name: string | null, mc: [string | null, string | null], address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: person(mc[0], mc[1]), address, phone });

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 — practice email update, windows-1252 quoted-printable, smart apostrophe in the practice name
  {
    const id = 'LO2P265MB1010PEU0001STMARY0AAAA0101@LO2P265MB1010.GBRP265.PROD.OUTLOOK.COM';
    const text = `Dear Data Manager team,

Please update our practice email address as follows:

Practice name: St Mary’s Surgery
Practice code: K81047
Current practice email: stmaryssurgery.reading@nhs.net
New practice email: england.stmaryssurgery-k81047@nhs.net

The new address is our shared NHSmail mailbox – the old one will be closed at the end of the month.

Many thanks,

Gwenllian Parry
Practice Manager
St Mary’s Surgery, 2 Church Street, Caversham, RG4 8AT
0118 947 2210`;
    const top = topHeaders({ client: 'outlook', from: addr('Gwenllian Parry', 'gwenllian.parry@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Update practice email address – K81047', subjectCharset: 'windows-1252', date: '2026-11-02T10:44:12Z', id });
    out.push(mk(MB, 1, 'practice-email-update-cp1252-qp', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`, { charset: 'windows-1252', cte: 'quoted-printable' }), {
      kind: 'practice_email_update', org: ['K81047', 'gp_practice'],
      fields: { currentEmail: 'stmaryssurgery.reading@nhs.net', newEmail: 'england.stmaryssurgery-k81047@nhs.net' },
      traits: ['windows_1252', 'quoted_printable', 'smart_quotes', 'labelled_lines', 'welsh_name'],
    }));
  }

  // 002 — answers written inline (in red) under PCSE's questions; the new address is the practice manager's own
  {
    const id = 'LO4P265MB2020PEU0002LEEDS00BBBB0202@LO4P265MB2020.GBRP265.PROD.OUTLOOK.COM';
    const asks = ['Practice name', 'Practice code', 'Current practice email address', 'New practice email address'];
    const answers = ['Leeds Road Medical Practice', 'B86022', 'leedsroad.mp@nhs.net', "farhana.begum7@nhs.net - that's mine (I'm the practice manager), please use it for now until IT set up a shared one"];
    const pcse = pcseInfoRequest('Dear Farhana,', 'PCSE-2026-040377', asks, TEAM);
    const orig = `Hi, can you change the email address you have for our practice please, the old one isn't monitored any more. Thanks Farhana`;
    let answeredText = pcse;
    let answeredHtml = textToMso(pcse);
    asks.forEach((a, i) => {
      answeredText = answeredText.replace(`  *   ${a}\n`, `  *   ${a}\n      >>> ${answers[i]}\n`);
      answeredHtml = answeredHtml.replace(`${esc(`  *   ${a}`)}<o:p></o:p></p>`, `${esc(`  *   ${a}`)}<o:p></o:p></p>\n<p class="MsoNormal"><b><span style="color:red">${esc(answers[i]!)}</span></b><o:p></o:p></p>`);
    });
    const newText = 'Hi, answers in red below.\n\nFarhana';
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-03T09:15:00Z', to: 'Farhana Begum', subject: 'RE: practice email [PCSE-2026-040377]', body: '' };
    const inner = outlookQuote({ fromName: 'Farhana Begum', fromEmail: 'farhana.begum7@nhs.net', sent: '2026-11-02T16:40:00Z', to: 'PCSE Data Manager', subject: 'practice email', body: orig });
    const text = `${newText}\n\n${outlookQuote({ ...q, body: `${answeredText}\n\n${inner}` })}`;
    const html = outlookHtmlDoc(`${textToMso(newText)}\n${outlookQuoteHtml(q, `${answeredHtml}\n${textToMso(inner)}`)}`);
    const top = topHeaders({ client: 'outlook', from: addr('Farhana Begum', 'farhana.begum7@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: practice email [PCSE-2026-040377]', date: '2026-11-03T12:02:40Z', id, inReplyTo: 'pcse-040377-1@nhs.net', references: ['pcse-040377-1@nhs.net'] });
    out.push(mk(MB, 2, 'practice-email-inline-red-answers-individual', top, alt('outlook', id, textPart(text), textPart(html, { subtype: 'html' })), {
      kind: 'practice_email_update', org: ['B86022', 'gp_practice'],
      fields: { currentEmail: 'leedsroad.mp@nhs.net', newEmail: 'farhana.begum7@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['inline_answers', 'reply_to_info_request', 'outlook_quote_block', 'individual_mailbox', 'new_email_is_sender'],
    }));
  }

  // 003 — dental, Outlook HTML only, the details in a layout table, signature in table cells
  {
    const id = 'LO3P265MB3030PEU0003MOOR000CCCC0303@LO3P265MB3030.GBRP265.PROD.OUTLOOK.COM';
    const html = outlookHtmlDoc(`<p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Update practice email address - please see our details below.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="220" style="padding:2pt 6pt;background:#F2F2F2"><p class="MsoNormal"><b>Practice name</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal">Moorgate Dental Surgery</p></td></tr>
<tr><td style="padding:2pt 6pt;background:#F2F2F2"><p class="MsoNormal"><b>Practice code</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal">V203118</p></td></tr>
<tr><td style="padding:2pt 6pt;background:#F2F2F2"><p class="MsoNormal"><b>Current practice email address</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal"><a href="mailto:moorgatedental@nhs.net">moorgatedental@nhs.net</a></p></td></tr>
<tr><td style="padding:2pt 6pt;background:#F2F2F2"><p class="MsoNormal"><b>New practice email address</b></p></td><td style="padding:2pt 6pt"><p class="MsoNormal"><a href="mailto:england.moorgatedentalsurgery@nhs.net">england.moorgatedentalsurgery@nhs.net</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thank you</p><p class="MsoNormal">&nbsp;</p>
<table border="0" cellspacing="0" cellpadding="0"><tr>
<td valign="top" style="padding:0 8pt 0 0"><p class="MsoNormal"><b>Dr Ioana Popescu-Reid</b></p></td>
<td valign="top" style="padding:0 8pt;border-left:solid #999 1pt"><p class="MsoNormal">Registered Manager</p><p class="MsoNormal">Principal Dentist</p></td>
<td valign="top" style="padding:0 8pt;border-left:solid #999 1pt"><p class="MsoNormal">Moorgate Dental Surgery</p><p class="MsoNormal">7 Moorgate Street, Rotherham, S60 2DA</p></td>
</tr></table>
${NHSMAIL_FOOTER_HTML}`);
    const top = topHeaders({ client: 'outlook', from: addr('Ioana Popescu-Reid', 'ioana.popescu-reid@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Update practice email address', date: '2026-11-04T13:27:51Z', id });
    out.push(mk(MB, 3, 'practice-email-dental-html-only-table', top, textPart(html, { subtype: 'html' }), {
      kind: 'practice_email_update', org: ['V203118', 'dental_practice'],
      fields: { currentEmail: 'moorgatedental@nhs.net', newEmail: 'england.moorgatedentalsurgery@nhs.net' },
      traits: ['html_only', 'layout_table', 'signature_table_cells', 'mailto_links', 'romanian_name', 'hyphenated_name'],
    }));
  }

  // 004 — practice email update; the second message corrects a typo in the new address
  {
    const id = 'LO0P265MB4040PEU0004HILL000DDDD0404@LO0P265MB4040.GBRP265.PROD.OUTLOOK.COM';
    const first = `Update practice email address

Practice: Hillcrest Surgery
Code: N82054
Current: hillcrest.surgery@nhs.net
New: england.hilcrestsurgery@nhs.net

Thanks
Chidi Okafor
IT & Premises Lead, Hillcrest Surgery`;
    const q: Quoted = { fromName: 'Chidi Okafor', fromEmail: 'chidi.okafor1@nhs.net', sent: '2026-11-05T08:30:00Z', to: 'PCSE Data Manager', subject: 'Update practice email address - N82054', body: first };
    const top = topHeaders({ client: 'outlook', from: addr('Chidi Okafor', 'chidi.okafor1@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: Update practice email address - N82054', date: '2026-11-05T08:52:19Z', id, inReplyTo: 'LO0P265MB4040PEUORIG04@LO0P265MB4040.GBRP265.PROD.OUTLOOK.COM', references: ['LO0P265MB4040PEUORIG04@LO0P265MB4040.GBRP265.PROD.OUTLOOK.COM'] });
    out.push(mk(MB, 4, 'practice-email-second-message-fixes-typo', top, outlookReply(id, `Sorry - typo in the new address below. It should be england.hillcrestsurgery@nhs.net (double L). The rest is right.

Chidi`, q), {
      kind: 'practice_email_update', org: ['N82054', 'gp_practice'],
      fields: { currentEmail: 'hillcrest.surgery@nhs.net', newEmail: 'england.hillcrestsurgery@nhs.net' },
      traits: ['second_reply_corrects', 'outlook_quote_block', 'request_in_quoted_original', 'decoy_address', 'nigerian_name'],
    }));
  }

  // 005 — extension to a new pharmacy; Word-exported table; the email corrects the existing pharmacy's phone
  {
    const id = 'LO2P265MB5050EXT0005MARSH00EEEE0505@LO2P265MB5050.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await wordTablePdf({
      org: 'Rajendran Healthcare Ltd', title: 'Extend current Main Contact to a new pharmacy',
      subtitle: 'For the attention of PCSE Data Management (pcse.datamanager@nhs.net)',
      rows: [
        { t: 'heading', text: 'Existing pharmacy' },
        { t: 'field', label: 'Pharmacy name', value: 'Marsh Lane Pharmacy' },
        { t: 'field', label: 'ODS code', value: 'FK742' },
        { t: 'field', label: 'Main contact name', value: 'Senthil Kumaran Rajendran' },
        { t: 'field', label: 'Main contact email', value: 'senthil.rajendran@nhs.net' },
        { t: 'field', label: 'Address', value: '14 Marsh Lane, Bootle, L20 4JY' },
        { t: 'field', label: 'Telephone', value: '0151 933 2104' },
        { t: 'heading', text: 'New pharmacy' },
        { t: 'field', label: 'ODS code', value: 'FW631' },
        { t: 'field', label: 'Pharmacy name', value: 'Seaforth Village Pharmacy' },
        { t: 'field', label: 'Address', value: '2 Church Road, Seaforth, Liverpool, L21 3TB' },
        { t: 'para', text: 'We took over Seaforth Village Pharmacy on 1 November 2026. Please add it to the existing main contact\'s PCSE Online account.' },
      ],
    }, { seed: 5050, author: 'S Rajendran' });
    const text = `Dear Sir/Madam,

We would like to extend our current main contact to a new pharmacy - details in the attached.

Please note the telephone number for Marsh Lane on the form is our old number. The correct number is 0151 933 6620 - please use this one when you call to verify.

Kind regards,
Senthil

Senthil Kumaran Rajendran MRPharmS
Superintendent Pharmacist
Rajendran Healthcare Ltd`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('Senthil Kumaran Rajendran', 'senthil.rajendran@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Extend main contact to new pharmacy FW631', date: '2026-11-06T11:11:11Z', id });
    out.push(mk(MB, 5, 'extension-pharmacy-word-pdf-phone-corrected', top, mixed('outlook', id, body, [attachment('Main contact extension - Seaforth.pdf', pdf)]), {
      kind: 'main_contact_extension', org: ['FK742', 'pharmacy'],
      fields: {
        existingPractice: practice('FK742', 'Marsh Lane Pharmacy', ['Senthil Kumaran Rajendran', 'senthil.rajendran@nhs.net'], '14 Marsh Lane, Bootle, L20 4JY', '0151 933 6620'),
        newPractice: { odsCode: 'FW631', name: 'Seaforth Village Pharmacy', address: '2 Church Road, Seaforth, Liverpool, L21 3TB' },
      },
      traits: ['pdf_text_table', 'word_export', 'form_body_disagree', 'corrected_phone', 'tamil_name'],
    }, ['text']));
  }

  // 006 — extension for an optical practice; the reply gives the new practice's address PCSE asked for
  {
    const id = 'LO6P265MB6060EXT0006HARTL00FFFF0606@LO6P265MB6060.GBRP265.PROD.OUTLOOK.COM';
    const orig = `Hello,

I would like to extend a current main contact to a new practice.

Existing practice: Hartley & Dunn Opticians - Ilkley
ODS code: TPG35
Main contact: Mohammed Tariq Iqbal, tariq.iqbal@nhs.net
Address: 27 The Grove, Ilkley, LS29 9EE
Tel: 01943 608 112

New practice: Hartley & Dunn Opticians - Otley
New ODS code: TPG61

Thanks,
Tariq`;
    const pcse = pcseInfoRequest('Dear Tariq,', 'PCSE-2026-041290', ['The address of the new practice'], TEAM);
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-09T10:30:00Z', to: 'Tariq Iqbal', subject: 'RE: Extend main contact - TPG61 [PCSE-2026-041290]',
      body: `${pcse}\n\n${outlookQuote({ fromName: 'Tariq Iqbal', fromEmail: 'tariq.iqbal@nhs.net', sent: '2026-11-06T15:00:00Z', to: 'PCSE Data Manager', subject: 'Extend main contact - TPG61', body: orig })}` };
    const top = topHeaders({ client: 'outlook', from: addr('Tariq Iqbal', 'tariq.iqbal@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: Extend main contact - TPG61 [PCSE-2026-041290]', date: '2026-11-09T12:45:03Z', id, inReplyTo: 'pcse-041290-1@nhs.net', references: ['pcse-041290-1@nhs.net'] });
    out.push(mk(MB, 6, 'extension-optical-reply-gives-new-address', top, outlookReply(id, `Hi,

The Otley practice is at 5 Kirkgate, Otley, LS21 3HN. Phone there is 01943 462 550 if you need to ring to verify.

Regards,
Tariq`, q), {
      kind: 'main_contact_extension', org: ['TPG35', 'ophthalmic_practice'],
      fields: {
        existingPractice: practice('TPG35', 'Hartley & Dunn Opticians - Ilkley', ['Mohammed Tariq Iqbal', 'tariq.iqbal@nhs.net'], '27 The Grove, Ilkley, LS29 9EE', '01943 608 112'),
        newPractice: { odsCode: 'TPG61', name: 'Hartley & Dunn Opticians - Otley', address: '5 Kirkgate, Otley, LS21 3HN' },
      },
      traits: ['reply_to_info_request', 'top_posted', 'outlook_quote_block', 'request_in_quoted_original', 'ampersand_in_name'],
    }));
  }

  // 007 — extension for a dental practice; ISO-8859-1 quoted-printable with soft breaks inside names and addresses
  {
    const id = 'LO3P265MB7070EXT0007RIVER00AAAA0707@LO3P265MB7070.GBRP265.PROD.OUTLOOK.COM';
    const text = `Dear PCSE,

We would like to extend our current main contact to a new practice that our group has just acquired.

Existing practice
Name: Riverside Dental Practice
ODS code: V012977
Main contact: Zoë Ashworth-P${SB}érez (zoe.ashworth-perez@nhs.net)
Address: 3 Quay Street, Bide${SB}ford, Devon, EX39 2HS
Telephone: 01237 472 019

New practice
ODS code: V091344
Name: Torridge Smile Cen${SB}tre
Address: Unit 4, Clovelly Road Industrial Est${SB}ate, Bideford, EX39 3HN

Kind regards,
Zoë Ashworth-Pérez
Group Practice Manager`;
    const top = topHeaders({ client: 'outlook', from: addr('Zoë Ashworth-Pérez', 'zoe.ashworth-perez@nhs.net', 'iso-8859-1', 'Q'), fromDomain: 'nhs.net', to: TO, subject: 'Extend main contact to new practice V091344', date: '2026-11-10T09:33:27Z', id });
    out.push(mk(MB, 7, 'extension-dental-latin1-soft-breaks', top, textPart(text, { charset: 'iso-8859-1', cte: 'quoted-printable' }), {
      kind: 'main_contact_extension', org: ['V012977', 'dental_practice'],
      fields: {
        existingPractice: practice('V012977', 'Riverside Dental Practice', ['Zoë Ashworth-Pérez', 'zoe.ashworth-perez@nhs.net'], '3 Quay Street, Bideford, Devon, EX39 2HS', '01237 472 019'),
        newPractice: { odsCode: 'V091344', name: 'Torridge Smile Centre', address: 'Unit 4, Clovelly Road Industrial Estate, Bideford, EX39 3HN' },
      },
      traits: ['iso_8859_1', 'quoted_printable', 'qp_soft_break_in_name', 'qp_soft_break_in_address', 'non_ascii_name', 'hyphenated_name', 'encoded_display_name'],
    }));
  }

  // 008 — GP branch set-up, "see attached", Word-exported table
  {
    const id = 'LO2P265MB8080BR0008WILLOW0BBBB0808@LO2P265MB8080.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await wordTablePdf({
      org: 'The Willows Medical Centre', title: 'Set up PCSE Online access for a branch practice',
      rows: [
        { t: 'heading', text: 'Main practice' },
        { t: 'field', label: 'Practice name', value: 'The Willows Medical Centre' },
        { t: 'field', label: 'Organisation type', value: 'GP' },
        { t: 'field', label: 'ODS code', value: 'D82044' },
        { t: 'field', label: 'Main contact held by PCSE', value: 'Margaret Oyelaran-Clarke' },
        { t: 'field', label: 'Main contact email', value: 'm.oyelaran-clarke@nhs.net' },
        { t: 'field', label: 'Address', value: 'Willow Way, Dereham, Norfolk, NR19 1AB' },
        { t: 'field', label: 'Telephone', value: '01362 692 300' },
        { t: 'heading', text: 'Branch practice' },
        { t: 'field', label: 'Branch main contact (incl. title)', value: 'Mr Kwabena Asante-Darko' },
        { t: 'field', label: 'Branch main contact email', value: 'k.asante-darko@nhs.net' },
        { t: 'field', label: 'Branch ODS code', value: 'D82044001' },
        { t: 'field', label: 'Branch name', value: 'The Willows - Mattishall Surgery' },
        { t: 'field', label: 'Branch address', value: 'Dereham Road, Mattishall, NR20 3QA' },
        { t: 'field', label: 'Branch telephone', value: '01362 850 227' },
      ],
    }, { seed: 8080, serif: true, author: 'Margaret Oyelaran-Clarke' });
    const text = `Please see attached - branch practice set up.

Thanks
Margaret

Margaret Oyelaran-Clarke
Practice Manager | The Willows Medical Centre`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('Margaret Oyelaran-Clarke', 'm.oyelaran-clarke@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Branch set up D82044001', date: '2026-11-11T14:19:45Z', id });
    out.push(mk(MB, 8, 'branch-setup-see-attached-word-pdf', top, mixed('outlook', id, body, [attachment('Branch setup - Mattishall.pdf', pdf)]), {
      kind: 'branch_setup', org: ['D82044', 'gp_practice'],
      fields: {
        mainPractice: practice('D82044', 'The Willows Medical Centre', ['Margaret Oyelaran-Clarke', 'm.oyelaran-clarke@nhs.net'], 'Willow Way, Dereham, Norfolk, NR19 1AB', '01362 692 300'),
        branch: { odsCode: 'D82044001', name: 'The Willows - Mattishall Surgery', address: 'Dereham Road, Mattishall, NR20 3QA', phone: '01362 850 227',
          mainContact: { ...person('Kwabena Asante-Darko', 'k.asante-darko@nhs.net'), title: 'Mr' } },
      },
      traits: ['pdf_text_table', 'word_export', 'see_attached', 'ghanaian_name', 'hyphenated_name', 'nigerian_name'],
    }, ['text']));
  }

  // 009 — branch set-up, Apple Mail, answers typed inline between the quoted lines of PCSE's checklist
  {
    const id = '9C2E5A10-3B4D-4F6E-8A7B-1C2D3E4F5A6B@nhs.net';
    const qs: [string, string][] = [
      ['Name of your main practice', 'Ribble Valley Family Practice'],
      ['Organisation type', 'GP'],
      ['ODS code of your main practice', 'P81077'],
      ['Name of the main contact we hold for the main practice', "Siobhan O'Neill-Byrne (me)"],
      ['Email of that main contact', 'siobhan.oneill-byrne@nhs.net'],
      ['Main practice address', 'Clitheroe Health Centre, Railway View Road, Clitheroe, BB7 2JG'],
      ['Main practice telephone', '01200 421 888'],
      ['Branch main contact name, including title', 'Dr Rajeswari Pillai'],
      ['Branch main contact email', 'rajeswari.pillai@nhs.net'],
      ['Branch ODS code', 'P81077002'],
      ['Branch name', 'Whalley Surgery'],
      ['Branch address', 'King Street, Whalley, BB7 9SL'],
      ['Branch telephone', '01254 823 140'],
    ];
    const pcse = pcseInfoRequest('Dear Siobhan,', 'PCSE-2026-041566', qs.map(([q]) => q), TEAM);
    const lines = pcse.split('\n');
    const outLines: string[] = [];
    for (const l of lines) {
      outLines.push(l ? `> ${l}` : '>');
      const hit = qs.find(([q]) => l === `  *   ${q}`);
      if (hit) outLines.push('', hit[1], '');
    }
    const text = `Hi - answers below each question.

Siobhan

${iphoneOn('2026-11-11T16:05:00Z', `${PCSE_NAME} <${PCSE}>`)}

${outLines.join('\n')}
>
> ${iphoneOn('2026-11-10T17:22:00Z', "Siobhan O'Neill-Byrne <siobhan.oneill-byrne@nhs.net>")}
>
${angleQuote(angleQuote("Hello, we'd like to set up our Whalley branch on PCSE Online please. What do you need from us? Siobhan"))}
`;
    const top = topHeaders({ client: 'android', from: addr("Siobhan O'Neill-Byrne", 'siobhan.oneill-byrne@nhs.net'), fromDomain: 'nhs.net', to: TO,
      subject: 'Re: Branch set up - Whalley [PCSE-2026-041566]', date: '2026-11-12T08:40:58Z', id, inReplyTo: 'pcse-041566-1@nhs.net', references: ['pcse-041566-1@nhs.net'],
      extra: ['X-Mailer: Apple Mail (2.3826.300.87.4.3)'] });
    out.push(mk(MB, 9, 'branch-setup-apple-mail-inline-answers', top, textPart(text, { cte: 'quoted-printable', format: 'flowed' }), {
      kind: 'branch_setup', org: ['P81077', 'gp_practice'],
      fields: {
        mainPractice: practice('P81077', 'Ribble Valley Family Practice', ["Siobhan O'Neill-Byrne", 'siobhan.oneill-byrne@nhs.net'], 'Clitheroe Health Centre, Railway View Road, Clitheroe, BB7 2JG', '01200 421 888'),
        branch: { odsCode: 'P81077002', name: 'Whalley Surgery', address: 'King Street, Whalley, BB7 9SL', phone: '01254 823 140',
          mainContact: { ...person('Rajeswari Pillai', 'rajeswari.pillai@nhs.net'), title: 'Dr' } },
      },
      traits: ['inline_answers', 'reply_to_info_request', 'angle_quote', 'apple_mail', 'irish_apostrophe', 'hyphenated_name', 'tamil_name'],
    }));
  }

  // 010 — branch set-up, Outlook HTML only; the branch code does not start with the main code
  {
    const id = 'LO4P265MB9090BR0010CANAL00CCCC1010@LO4P265MB9090.GBRP265.PROD.OUTLOOK.COM';
    const row = (k: string, v: string) => `<tr><td width="230" style="border:solid #A6A6A6 1pt;padding:2pt 5pt;background:#EDEDED"><p class="MsoNormal">${k}</p></td><td width="330" style="border:solid #A6A6A6 1pt;border-left:none;padding:2pt 5pt"><p class="MsoNormal">${v}</p></td></tr>`;
    const html = outlookHtmlDoc(`<p class="MsoNormal">Dear Data Manager,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We would like to set up access to PCSE Online for our new branch practice. Details below.</p><p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td colspan="2" style="border:solid #A6A6A6 1pt;background:#1F4E79;padding:2pt 5pt"><p class="MsoNormal"><b><span style="color:white">Main practice</span></b></p></td></tr>
${row('Name', 'Canal Side Surgery')}${row('Organisation type', 'GP')}${row('ODS code', 'E84012')}${row('Main contact', 'Tomasz Nowakowski')}
${row('Main contact email', '<a href="mailto:tomasz.nowakowski@nhs.net">tomasz.nowakowski@nhs.net</a>')}${row('Address', '2 Grand Union Walk, Wembley, HA0 1LD')}${row('Telephone', '020 8903 1144')}
<tr><td colspan="2" style="border:solid #A6A6A6 1pt;background:#1F4E79;padding:2pt 5pt"><p class="MsoNormal"><b><span style="color:white">Branch practice</span></b></p></td></tr>
${row('Branch main contact', 'Ms Lakshmi Venkataraman')}${row('Email', '<a href="mailto:lakshmi.venkataraman@nhs.net">lakshmi.venkataraman@nhs.net</a>')}
${row('Branch ODS code', 'E84021001')}${row('Branch name', 'Canal Side Surgery - Alperton')}${row('Address', '112 Ealing Road, Alperton, HA0 4PY')}${row('Telephone', '020 8902 3318')}
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Regards,</p>
<table border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-right:10pt"><p class="MsoNormal"><b>Tomasz Nowakowski</b></p></td><td style="border-left:solid #1F4E79 1pt;padding-left:10pt"><p class="MsoNormal">Business Manager</p></td><td style="padding-left:10pt"><p class="MsoNormal">Canal Side Surgery</p></td></tr></table>
${NHSMAIL_FOOTER_HTML}`);
    const top = topHeaders({ client: 'outlook', from: addr('Tomasz Nowakowski', 'tomasz.nowakowski@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'New branch - PCSE Online access', date: '2026-11-12T10:05:36Z', id });
    out.push(mk(MB, 10, 'branch-setup-html-only-code-mismatch', top, textPart(html, { subtype: 'html' }), {
      kind: 'branch_setup', org: ['E84012', 'gp_practice'],
      fields: {
        mainPractice: practice('E84012', 'Canal Side Surgery', ['Tomasz Nowakowski', 'tomasz.nowakowski@nhs.net'], '2 Grand Union Walk, Wembley, HA0 1LD', '020 8903 1144'),
        branch: { odsCode: 'E84021001', name: 'Canal Side Surgery - Alperton', address: '112 Ealing Road, Alperton, HA0 4PY', phone: '020 8902 3318',
          mainContact: { ...person('Lakshmi Venkataraman', 'lakshmi.venkataraman@nhs.net'), title: 'Ms' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['html_only', 'layout_table', 'signature_table_cells', 'branch_code_mismatch', 'polish_name', 'tamil_name'],
    }));
  }

  // 011 — non-delivery report for PCSE's own reply
  {
    const id = 'LO2P265MB0000NDR0011BOUNCE000DDDD1111@LO2P265MB0000.GBRP265.PROD.OUTLOOK.COM';
    const origId = 'pcse-041420-2@nhs.net';
    const human = `Your message to admin.greenfieldsurgery@nhs.net couldn't be delivered.

admin.greenfieldsurgery wasn't found at nhs.net.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Original Message Details
Created Date: ${rfcDate('2026-11-13T09:00:00Z')}
Sender Address: ${PCSE}
Subject: RE: Update practice email address [PCSE-2026-041420]

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: LO2P265MB0000.GBRP265.PROD.OUTLOOK.COM`;
    const dsn = `Reporting-MTA: dns;LO2P265MB0000.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB1111.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate('2026-11-13T09:00:01Z')}

Final-Recipient: rfc822;admin.greenfieldsurgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const headersOnly = `From: PCSE Data Manager <${PCSE}>
To: admin.greenfieldsurgery@nhs.net
Subject: RE: Update practice email address [PCSE-2026-041420]
Date: ${rfcDate('2026-11-13T09:00:00Z')}
Message-ID: <${origId}>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
`;
    const root = multipart('report', '_NDR_0011_LO2P265MB0000_', [
      textPart(human, { cte: 'quoted-printable' }),
      { headers: ['Content-Type: message/delivery-status'], body: dsn.replace(/\n/g, '\r\n') },
      { headers: ['Content-Type: text/rfc822-headers'], body: headersOnly.replace(/\n/g, '\r\n') },
    ], { params: 'report-type=delivery-status' });
    const top = topHeaders({ client: 'system', from: addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net'), fromDomain: 'nhs.net', to: TO,
      subject: 'Undeliverable: RE: Update practice email address [PCSE-2026-041420]', date: '2026-11-13T09:00:03Z', id, inReplyTo: origId, extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '] });
    out.push(mk(MB, 11, 'bounce-ndr-report', top, root, {
      kind: 'unclassified', org: null, fields: {}, ignored: 'bounce',
      traits: ['bounce', 'multipart_report', 'case_ref_in_subject'],
    }));
  }

  // 012 — chaser from an iPhone with the reference in the body
  {
    const id = 'B7D8E9F0-1A2B-4C3D-9E4F-5A6B7C8D9E0F@nhs.net';
    const text = `Hi any news on the Whalley branch set up? Ref PCSE-2026-041566. Dr Pillai still can't see it on the portal.

Thanks Siobhan

Sent from my iPhone`;
    const top = topHeaders({ client: 'iphone', from: addr("Siobhan O'Neill-Byrne", 'siobhan.oneill-byrne@nhs.net'), fromDomain: 'nhs.net', to: PCSE, subject: 'Branch', date: '2026-11-24T18:31:04Z', id });
    out.push(mk(MB, 12, 'chaser-iphone-ref-in-body', top, textPart(text, { charset: 'us-ascii', cte: '7bit' }), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['chaser', 'mobile_short', 'iphone', 'case_ref_in_body'],
    }));
  }

  // 013 — a genuine question about practice mailboxes
  {
    const id = 'LO3P265MB1313Q0013PHARM000EEEE1313@LO3P265MB1313.GBRP265.PROD.OUTLOOK.COM';
    const text = `Hello,

Does the practice email address you hold for us have to be an nhs.net address? Our company has a shared mailbox on our own domain (dispensary@oakleighpharmacy.co.uk) which all our pharmacists can see, and it would be much easier for us if PCSE used that.

If it has to be nhs.net, can it be one person's address or does it need to be a shared one?

We are Oakleigh Pharmacy, FH208.

Thanks,
Naveed Chaudhry
Pharmacy Manager`;
    const top = topHeaders({ client: 'outlook', from: addr('Naveed Chaudhry', 'naveed.chaudhry@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Question about practice email address', date: '2026-11-25T10:48:22Z', id });
    out.push(mk(MB, 13, 'question-must-it-be-nhsnet', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['genuine_question', 'mentions_kinds_without_asking'],
    }));
  }

  // 014 — main contact change sent to datamanager, top-posted above the new manager's request
  {
    const id = 'LO2P265MB1414MC0014FAIRF00FFFF1414@LO2P265MB1414.GBRP265.PROD.OUTLOOK.COM';
    const inner = `Hi Adaeze,

Can you ask PCSE to make me the main contact for Fairfield? I still can't order anything on the supplies site because it's all under Karen's old login.

Cheers
Cormac

Cormac O'Dwyer MPharm
Pharmacist Manager, Fairfield Pharmacy`;
    const q: Quoted = { fromName: "Cormac O'Dwyer", fromEmail: 'cormac.odwyer@nhs.net', sent: '2026-11-25T17:02:00Z', to: 'Adaeze Nwosu', subject: 'Main contact', body: inner };
    const top = topHeaders({ client: 'outlook', from: addr('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'FW: Main contact - Fairfield Pharmacy FA617', date: '2026-11-26T08:20:45Z', id });
    out.push(mk(MB, 14, 'main-contact-misdirected-top-posted-forward', top, outlookReply(id, `Good morning,

Please could you update the main contact for Fairfield Pharmacy (FA617) to our new pharmacist manager, Cormac O'Dwyer - cormac.odwyer@nhs.net. See his email below.

Many thanks
Adaeze Nwosu
Area Manager (North West)`, q), {
      kind: 'main_contact_change', org: ['FA617', 'pharmacy'],
      fields: { newMainContact: person("Cormac O'Dwyer", 'cormac.odwyer@nhs.net') },
      traits: ['misdirected', 'top_posted', 'forwarded', 'outlook_quote_block', 'irish_apostrophe', 'nigerian_name'],
    }));
  }

  return out;
}
