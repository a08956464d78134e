// datamanager: practice email changes, main contacts extended to a new practice, GP branches, and mail that
// belongs elsewhere, written by owners of small practices and pharmacies (or by someone for them).
import {
  type Email, MAILBOX_ADDRESS, MAILBOX_NAME, NHSMAIL_FOOTER_HTML, NHSMAIL_FOOTER_TEXT, addr, escHtml, ew, htmlToText, longDate, make, multi, org,
  outlookHtml, outlookQuoteHead, p, person, rawPart, sigTable, text,
} from './lib.js';

const MB = 'datamanager' as const;
const TO = addr(MAILBOX_NAME[MB], MAILBOX_ADDRESS[MB]);

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------- practice email, single-handed GP, Outlook layout table
  {
    const row = (k: string, v: string) =>
      `<tr><td width="200" valign="top" style="width:150pt;border:solid #A6A6A6 1.0pt;background:#F2F2F2;padding:2pt 5.4pt"><p class="MsoNormal"><b>${k}<o:p></o:p></b></p></td><td valign="top" style="border:solid #A6A6A6 1.0pt;border-left:none;padding:2pt 5.4pt"><p class="MsoNormal">${v}<o:p></o:p></p></td></tr>`;
    const html = outlookHtml([
      p('Dear Data Manager team,'),
      p(''),
      p('Please update our practice email address as below. The old mailbox will be closed at the end of the year.'),
      p(''),
      `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
${row('Practice name', 'Hollybush Surgery')}
${row('Practice code', 'E87654')}
${row('Current practice email', '<a href="mailto:hollybushsurgery@nhs.net">hollybushsurgery@nhs.net</a>')}
${row('New practice email', '<a href="mailto:e87654.hollybushsurgery@nhs.net">e87654.hollybushsurgery@nhs.net</a>')}
</table>`,
      p(''),
      p('Thanks,'),
      p(''),
      sigTable('Dr Rashid Mahmood', ['GP Principal (single-handed)', 'Hollybush Surgery, 27 Hollybush Lane, London NW10 8RT', 'Direct: <a href="mailto:r.mahmood@nhs.net">r.mahmood@nhs.net</a>'], '#005EB8'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '001-practice-email-gp-outlook-table',
      env: { client: 'outlook', from: addr('Hollybush Surgery (E87654)', 'hollybushsurgery@nhs.net'), fromEmail: 'hollybushsurgery@nhs.net', to: TO, subject: 'Update practice email address', date: '2026-11-09T09:31:10Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'practice_email_update', ignored: null, organisation: org('E87654', 'gp_practice'),
        fields: { currentEmail: 'hollybushsurgery@nhs.net', newEmail: 'e87654.hollybushsurgery@nhs.net' },
        mustRaise: [], traits: ['outlook_html', 'layout_table', 'signature_table', 'distractor_email', 'single_handed'],
      },
    }));
  }

  // 002 ---------------------------------------------------------------- practice email, pharmacy owner wants his own nhs.net address
  out.push(make({
    mailbox: MB, slug: '002-practice-email-pharmacy-individual',
    env: { client: 'android-outlook', from: addr('Olumide Bankole', 'olumide.bankole@nhs.net'), fromEmail: 'olumide.bankole@nhs.net', to: TO, subject: 'Update practice email address', date: '2026-11-10T20:18:45Z' },
    body: () => text(`Hello data manager team please i want to update our pharmacy email address in PCSE, the pharmacy is Bankole Pharmacy ODS FL603, the old email is bankolepharmacy@btinternet.com which we dont use anymore please change it to my nhs mail olumide.bankole@nhs.net because i check it every day

thanks
Olumide Bankole MRPharmS
Bankole Pharmacy, 31 Rye Lane, Peckham SE15 5EW

Get Outlook for Android`, { charset: 'utf-8' }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('FL603', 'pharmacy'),
      fields: { currentEmail: 'bankolepharmacy@btinternet.com', newEmail: 'olumide.bankole@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['run_on', 'missing_punctuation', 'new_email_is_sender'],
    },
  }));

  // 003 ---------------------------------------------------------------- practice email, answers in blue under PCSE's questions, Yahoo
  {
    const blue = (s: string) => `<span style="color:rgb(0, 112, 192);"><b>${s}</b></span>`;
    const html = `<html><head></head><body><div class="ydp4f1e2a3byahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Hello, see my answers below in blue. Thank you, Dimitra</div><div dir="ltr" data-setdir="false"><br></div></div>
<div id="ydp7c1d9yahoo_quoted_4410" class="ydp7c1d9yahoo_quoted">
<div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">
<div>On ${escHtml(longDate('2026-11-10T15:12:00Z'))}, PCSE Data Manager &lt;pcse.datamanager@nhs.net&gt; wrote:</div>
<div><br></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<div>Dear Sir/Madam,</div><div><br></div>
<div>Thank you for your email. To update a practice email address we need the following. Please reply to this email with:</div><div><br></div>
<div>Practice name: ${blue('Papadopoulou Optometrists')}</div>
<div>Practice code: ${blue('TPR12')}</div>
<div>Current practice email address: ${blue('papadopoulou.opt@yahoo.co.uk (this one)')}</div>
<div>New practice email address: ${blue('papadopoulou.optometrists@nhs.net &#8211; it is a shared one, me and my husband both use it')}</div>
<div><br></div>
<div>Please note the new address must be an nhs.net organisation mailbox, not an individual nhs.net address.</div><div><br></div>
<div>Kind regards</div><div>PCSE Data Manager team</div><div>Ref: PCSE-2026-118204</div>
<div><br></div>
<div>On ${escHtml(longDate('2026-11-09T19:40:00Z'))}, Dimitra Papadopoulou &lt;papadopoulou.opt@yahoo.co.uk&gt; wrote:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<div>hello i want to change the email of our practice to the new nhs one, we got it from the NHSmail team last week. Dimitra</div>
</blockquote>
</blockquote>
</div></div></body></html>
`;
    out.push(make({
      mailbox: MB, slug: '003-practice-email-inline-blue-yahoo',
      env: { client: 'yahoo', from: addr('Dimitra Papadopoulou', 'papadopoulou.opt@yahoo.co.uk'), fromEmail: 'papadopoulou.opt@yahoo.co.uk', to: TO, subject: 'Re: Update practice email address [PCSE-2026-118204]', date: '2026-11-11T08:05:19Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html), { charset: 'utf-8', quoteCharset: false }), text(html, { html: true, quoteCharset: false })]),
      expected: {
        kind: 'practice_email_update', ignored: null, organisation: org('TPR12', 'ophthalmic_practice'),
        fields: { currentEmail: 'papadopoulou.opt@yahoo.co.uk', newEmail: 'papadopoulou.optometrists@nhs.net' },
        mustRaise: [], traits: ['inline_answers', 'coloured_reply', 'quoted_thread', 'pcse_ref_in_subject', 'reply_with_requested_info', 'non_nhs_sender'],
      },
    }));
  }

  // 004 ---------------------------------------------------------------- practice email, dentist, ALL CAPS, Latin-1
  out.push(make({
    mailbox: MB, slug: '004-practice-email-dental-caps-latin1',
    env: { client: 'thunderbird', from: addr('ZOLTÁN FARKAS', 'zoltan.farkas@nhs.net', 'Q', 'iso-8859-1'), fromEmail: 'zoltan.farkas@nhs.net', to: TO, subject: 'UPDATE PRACTICE EMAIL ADDRESS', date: '2026-11-12T12:26:50Z' },
    body: () => text(`PLEASE UPDATE PRACTICE EMAIL ADDRESS FOR FARKAS DENTAL PRACTICE, CODE V051277.

CURRENT: FARKASDENTAL@NHS.NET
NEW: FARKASDENTAL.V051277@NHS.NET

(OLD ONE HAS PROBLEMS WITH STORAGE, NHSMAIL TEAM GAVE US NEW SHARED MAILBOX)

THANK YOU.
ZOLTÁN FARKAS, DENTAL SURGEON
FARKAS DENTAL PRACTICE, 14 WATERLOO ROAD, WOLVERHAMPTON WV1 4NB`, { charset: 'iso-8859-1', cte: '8bit', quoteCharset: false }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('V051277', 'dental_practice'),
      fields: { currentEmail: 'farkasdental@nhs.net', newEmail: 'farkasdental.v051277@nhs.net' },
      mustRaise: [], traits: ['all_caps', 'iso_8859_1', '8bit', 'rfc2047_from', 'upper_case_emails'],
    },
  }));

  // 005 ---------------------------------------------------------------- extension, pharmacist bought a second pharmacy, run-on
  out.push(make({
    mailbox: MB, slug: '005-extension-pharmacy-runon',
    env: { client: 'outlook', from: addr('GILL, Harpreet Kaur (GILL PHARMACY)', 'harpreet.gill@nhs.net'), fromEmail: 'harpreet.gill@nhs.net', to: TO, subject: 'extend main contact to new pharmacy', date: '2026-11-13T17:52:03Z' },
    body: () => text(`Hi I would like to extend a current main contact to a new pharmacy. I am the main contact for Gill Pharmacy (ODS FD905) at 12 Market Street, Wednesbury WS10 7AB, tel 0121 556 0923, my email harpreet.gill@nhs.net and we have bought Moxley Pharmacy which we take over from 1st December, the new ODS code is FRK52 and the address is 3 Moxley Road, Darlaston WS10 8QN, i would like to be main contact for both pharmacies please so i can order for both, you can call Moxley Pharmacy on 0121 556 1187 to check.

Thank you
Harpreet Kaur Gill
Pharmacist Owner

${NHSMAIL_FOOTER_TEXT}`),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FD905', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FD905', name: 'Gill Pharmacy', mainContact: person('Harpreet Kaur Gill', 'harpreet.gill@nhs.net'), address: '12 Market Street, Wednesbury WS10 7AB', phone: '0121 556 0923' },
        newPractice: { odsCode: 'FRK52', name: 'Moxley Pharmacy', address: '3 Moxley Road, Darlaston WS10 8QN' },
      },
      mustRaise: [], traits: ['run_on', 'plain_text_only', 'nhsmail_display_name', 'distractor_phone', 'multi_part_name'],
    },
  }));

  // 006 ---------------------------------------------------------------- extension, single-handed dentist, two-column Outlook table
  {
    const cell = (s: string, head = false) => `<td width="50%" valign="top" style="width:50%;border:solid #BFBFBF 1.0pt;${head ? 'background:#DEEAF6;' : ''}padding:3pt 5.4pt"><p class="MsoNormal">${head ? `<b>${s}</b>` : s}<o:p></o:p></p></td>`;
    const html = outlookHtml([
      p('Dzień dobry / Good afternoon,'),
      p(''),
      p('I would like to extend the current main contact (myself) to my new second practice which I have taken over from retiring colleague. Details in the table:'),
      p(''),
      `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%" style="width:100%;border-collapse:collapse;border:none">
<tr>${cell('EXISTING PRACTICE', true)}${cell('NEW PRACTICE', true)}</tr>
<tr>${cell('Wiśniewska Dental Practice')}${cell('Berkhamsted Smile Studio')}</tr>
<tr>${cell('ODS code: V072614')}${cell('ODS code: V073905')}</tr>
<tr>${cell('41 High Street<br>Hemel Hempstead<br>HP1 3AE')}${cell('7 Lower Kings Road<br>Berkhamsted<br>HP4 2AB')}</tr>
<tr>${cell('Tel: 01442 250 118')}${cell('Tel: 01442 870 455')}</tr>
<tr>${cell('Main contact: Dr Aleksandra Wiśniewska, <a href="mailto:aleksandra.wisniewska@nhs.net">aleksandra.wisniewska@nhs.net</a>')}${cell('&nbsp;')}</tr>
</table>`,
      p(''),
      p('Thank you in advance,'),
      p('Aleksandra'),
      p(''),
      sigTable('Dr Aleksandra Wiśniewska', ['Lek. dent. / GDC 271834', 'Wiśniewska Dental Practice'], '#2E75B6'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '006-extension-dentist-two-column-table',
      env: { client: 'outlook', from: addr('Aleksandra Wiśniewska', 'aleksandra.wisniewska@nhs.net'), fromEmail: 'aleksandra.wisniewska@nhs.net', to: TO, subject: 'Extending main contact to new practice V073905', date: '2026-11-16T14:40:22Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: org('V072614', 'dental_practice'),
        fields: {
          existingPractice: { odsCode: 'V072614', name: 'Wiśniewska Dental Practice', mainContact: person('Aleksandra Wiśniewska', 'aleksandra.wisniewska@nhs.net'), address: '41 High Street, Hemel Hempstead, HP1 3AE', phone: '01442 250 118' },
          newPractice: { odsCode: 'V073905', name: 'Berkhamsted Smile Studio', address: '7 Lower Kings Road, Berkhamsted, HP4 2AB' },
        },
        mustRaise: [], traits: ['outlook_html', 'layout_table', 'two_column', 'diacritics', 'rfc2047_from', 'multi_line_address', 'distractor_phone'],
      },
    }));
  }

  // 007 ---------------------------------------------------------------- extension, optician gives a pharmacy-shaped code
  {
    const html = outlookHtml([
      p('Good morning,'),
      p(''),
      p('I would like to extend a current main contact to a new practice please.'),
      p(''),
      p('<b>Existing practice</b>'),
      p('Name: Shah Opticians (our optician practice)<br>ODS code: FJ206<br>Main contact: Mehul Shah, <a href="mailto:mehul.shah2@nhs.net">mehul.shah2@nhs.net</a><br>Address: 22 Station Road, Harrow HA1 2SQ<br>Telephone: 020 8555 0461'),
      p(''),
      p('<b>New practice</b>'),
      p('Name: Shah Home Eyecare (our new domiciliary service)<br>ODS code: TPX38<br>Address: Rear Office, 22 Station Road, Harrow HA1 2SQ'),
      p(''),
      p('Many thanks,'),
      p('Mehul'),
      p(''),
      p('<span style="font-size:9.0pt;color:#595959">Mehul Shah BSc(Hons) MCOptom | Optometrist &amp; Director | Shah Opticians</span>'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '007-extension-optician-pharmacy-code',
      env: { client: 'outlook', from: addr('SHAH, Mehul (SHAH OPTICIANS)', 'mehul.shah2@nhs.net'), fromEmail: 'mehul.shah2@nhs.net', to: TO, subject: 'Extend main contact - Shah Home Eyecare', date: '2026-11-17T08:55:36Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: org('FJ206', 'pharmacy'),
        fields: {
          existingPractice: { odsCode: 'FJ206', name: 'Shah Opticians', mainContact: person('Mehul Shah', 'mehul.shah2@nhs.net'), address: '22 Station Road, Harrow HA1 2SQ', phone: '020 8555 0461' },
          newPractice: { odsCode: 'TPX38', name: 'Shah Home Eyecare', address: 'Rear Office, 22 Station Road, Harrow HA1 2SQ' },
        },
        mustRaise: ['ods_type_mismatch'], traits: ['outlook_html', 'bold_labels_br', 'domiciliary', 'ods_type_mismatch', 'name_with_comment'],
      },
    }));
  }

  // 008 ---------------------------------------------------------------- branch, single-handed GP, HTML-only bold labels
  {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Assalamu alaikum / Dear PCSE,</p>
<p>I would like to set up access to PCSE Online for our new branch practice. We have the branch ODS code from the ODS team now.</p>
<p><b><u>MAIN PRACTICE</u></b><br>
<b>Name:</b> Riverside Medical Practice<br>
<b>Organisation type:</b> GP<br>
<b>ODS code:</b> M85063<br>
<b>Main contact:</b> Dr Abdul-Rahman Al-Khatib<br>
<b>Main contact email:</b> abdulrahman.alkhatib@nhs.net<br>
<b>Address:</b> 1 Canal Side, Smethwick, B66 1AA<br>
<b>Telephone:</b> 0121 558 3300</p>
<p><b><u>BRANCH PRACTICE</u></b><br>
<b>Main contact for branch:</b> Mrs Layla Haddad (branch manager)<br>
<b>Email:</b> layla.haddad1@nhs.net<br>
<b>Branch ODS code:</b> M85063001<br>
<b>Branch name:</b> Riverside Medical Practice - Rolfe Street Branch<br>
<b>Address:</b> 88 Rolfe Street, Smethwick, B66 2AR<br>
<b>Telephone:</b> 0121 558 3311</p>
<p>I am the only GP partner, I do the admin myself, so please call me on the main number if you need to verify.</p>
<p>Jazakallah khair / Many thanks<br>
Dr Abdul-Rahman Al-Khatib<br>
GP Principal, Riverside Medical Practice</p>
${NHSMAIL_FOOTER_HTML}</body></html>
`;
    out.push(make({
      mailbox: MB, slug: '008-branch-setup-single-handed-html-only',
      env: { client: 'owa', from: addr('AL-KHATIB, Abdul-Rahman (RIVERSIDE MEDICAL PRACTICE)', 'abdulrahman.alkhatib@nhs.net'), fromEmail: 'abdulrahman.alkhatib@nhs.net', to: TO, subject: 'New branch set up - Riverside Medical Practice M85063', date: '2026-11-18T19:03:17Z' },
      body: () => text(html, { html: true, cte: 'base64' }),
      expected: {
        kind: 'branch_setup', ignored: null, organisation: org('M85063', 'gp_practice'),
        fields: {
          mainPractice: { odsCode: 'M85063', name: 'Riverside Medical Practice', mainContact: person('Abdul-Rahman Al-Khatib', 'abdulrahman.alkhatib@nhs.net'), address: '1 Canal Side, Smethwick, B66 1AA', phone: '0121 558 3300' },
          branch: { odsCode: 'M85063001', name: 'Riverside Medical Practice - Rolfe Street Branch', address: '88 Rolfe Street, Smethwick, B66 2AR', phone: '0121 558 3311', mainContact: { ...person('Layla Haddad', 'layla.haddad1@nhs.net'), title: 'Mrs' } },
        },
        mustRaise: [], traits: ['html_only', 'bold_labels_br', 'base64_body', 'hyphenated_name', 'single_handed', 'name_with_comment'],
      },
    }));
  }

  // 009 ---------------------------------------------------------------- branch, one paragraph, branch code transposed
  out.push(make({
    mailbox: MB, slug: '009-branch-code-mismatch-runon',
    env: { client: 'thunderbird', from: addr('Siddharth Iyer', 's.iyer@nhs.net'), fromEmail: 's.iyer@nhs.net', to: TO, subject: 'branch practice pcse online access', date: '2026-11-19T21:47:58Z' },
    body: () => text(`dear data manager team we got our branch ods code from the ods team last week and would like to set up access to pcse online for our branch practice, main practice is Kingsway Surgery code Y02918 (GP), main contact you have is me Dr Siddharth Iyer s.iyer@nhs.net, address 140 Kingsway, Huyton, Liverpool L36 9UX phone 0151 555 2040, the branch is called Kingsway Surgery at Page Moss, branch ods code Y02981001, address 3 Page Moss Parade, Liverpool L36 2NB phone 0151 555 2049, main contact for the branch will be my wife Dr Meenakshi Iyer (she is salaried GP with us) email m.iyer2@nhs.net please call me if any question thanks siddharth`, { charset: 'utf-8', cte: '7bit', flowed: true, quoteCharset: false }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('Y02918', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'Y02918', name: 'Kingsway Surgery', mainContact: person('Siddharth Iyer', 's.iyer@nhs.net'), address: '140 Kingsway, Huyton, Liverpool L36 9UX', phone: '0151 555 2040' },
        branch: { odsCode: 'Y02981001', name: 'Kingsway Surgery at Page Moss', address: '3 Page Moss Parade, Liverpool L36 2NB', phone: '0151 555 2049', mainContact: { ...person('Meenakshi Iyer', 'm.iyer2@nhs.net'), title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['run_on', 'one_paragraph', 'all_lowercase_mostly', 'branch_code_mismatch', 'same_surname_people'],
    },
  }));

  // 010 ---------------------------------------------------------------- branch, sent by the practice's IT supplier, Outlook tables
  {
    const tr = (k: string, v: string) => `<tr><td width="180" valign="top" style="width:135pt;padding:1.5pt 5.4pt"><p class="MsoNormal"><span style="color:#44546A">${k}<o:p></o:p></span></p></td><td valign="top" style="padding:1.5pt 5.4pt"><p class="MsoNormal">${v}<o:p></o:p></p></td></tr>`;
    const table = (rows: string[]) => `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n${rows.join('\n')}\n</table>`;
    const html = outlookHtml([
      p('Hello Data Manager team,'),
      p(''),
      p('On behalf of Dr Chandrasekaran (copied in), who has asked us to submit this as the practice has no practice manager at present, please set up PCSE Online access for the practice&#8217;s new branch.'),
      p(''),
      p('<b>Main practice</b>'),
      table([
        tr('Practice name', 'The Old Forge Surgery'),
        tr('Organisation type', 'GP'),
        tr('ODS code', 'H85021'),
        tr('Main contact held by PCSE', 'Dr Priyanka Chandrasekaran'),
        tr('Main contact email', '<a href="mailto:priyanka.chandrasekaran@nhs.net">priyanka.chandrasekaran@nhs.net</a>'),
        tr('Address', 'The Old Forge<br>9 Mill Lane<br>Carshalton<br>SM5 2JY'),
        tr('Telephone', '020 8555 7310'),
      ]),
      p(''),
      p('<b>Branch practice</b>'),
      table([
        tr('Branch main contact', 'Ms Grace Mwangi'),
        tr('Branch main contact email', '<a href="mailto:grace.mwangi3@nhs.net">grace.mwangi3@nhs.net</a>'),
        tr('Branch ODS code', 'H85021002'),
        tr('Branch name', 'The Old Forge Surgery - Westfield Branch'),
        tr('Address', '41 Westfield Road<br>Sutton<br>SM1 2JZ'),
        tr('Telephone', '020 8555 7318'),
      ]),
      p(''),
      p('(The practice&#8217;s first branch, H85021001, is already set up and is not affected.)'),
      p(''),
      p('Kind regards,'),
      p(''),
      sigTable('Connor O&#8217;Sullivan', ['Project Engineer', 'MedIT Services Ltd &#8211; IT for General Practice', '020 8555 9000 | <a href="mailto:connor.osullivan@medit-services.co.uk">connor.osullivan@medit-services.co.uk</a>'], '#5B2C6F', 'MedIT'),
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '010-branch-setup-it-supplier-tables',
      env: {
        client: 'outlook', from: addr("Connor O'Sullivan", 'connor.osullivan@medit-services.co.uk'), fromEmail: 'connor.osullivan@medit-services.co.uk', to: TO,
        cc: addr('CHANDRASEKARAN, Priyanka (THE OLD FORGE SURGERY)', 'priyanka.chandrasekaran@nhs.net'), subject: 'Branch set up request - The Old Forge Surgery (H85021) - Westfield', date: '2026-11-20T11:20:40Z',
      },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'branch_setup', ignored: null, organisation: org('H85021', 'gp_practice'),
        fields: {
          mainPractice: { odsCode: 'H85021', name: 'The Old Forge Surgery', mainContact: person('Priyanka Chandrasekaran', 'priyanka.chandrasekaran@nhs.net'), address: 'The Old Forge, 9 Mill Lane, Carshalton, SM5 2JY', phone: '020 8555 7310' },
          branch: { odsCode: 'H85021002', name: 'The Old Forge Surgery - Westfield Branch', address: '41 Westfield Road, Sutton, SM1 2JZ', phone: '020 8555 7318', mainContact: { ...person('Grace Mwangi', 'grace.mwangi3@nhs.net'), title: 'Ms' } },
        },
        mustRaise: [], traits: ['on_behalf_it_supplier', 'layout_table', 'multi_line_address', 'distractor_branch_code', 'non_nhs_sender', 'signature_table'],
      },
    }));
  }

  // 011 ---------------------------------------------------------------- main contact change sent to datamanager, lower case
  out.push(make({
    mailbox: MB, slug: '011-main-contact-misdirected-lowercase',
    env: { client: 'samsung', from: addr('yusuf patel', 'yusuf.patel7@nhs.net'), fromEmail: 'yusuf.patel7@nhs.net', to: TO, subject: 'main contact', date: '2026-11-23T13:14:27Z' },
    body: () => text(`hi can u change main contact for patel chemists fr882 please, new main contact is my brother imran patel imran.patel12@nhs.net he is the manager now, i was main contact before but i moved to our other shop

thx yusuf



Sent from my Galaxy`, { charset: 'utf-8', quoteCharset: false }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('FR882', 'pharmacy'),
      fields: { newMainContact: person('Imran Patel', 'imran.patel12@nhs.net') },
      mustRaise: [], traits: ['misdirected', 'all_lowercase', 'lower_case_ods', 'family_nominee'],
    },
  }));

  // 012 ---------------------------------------------------------------- unlock sent to datamanager, from a phone
  out.push(make({
    mailbox: MB, slug: '012-account-unlock-misdirected-phone',
    env: { client: 'iphone', from: addr('Gosia Zielińska', 'm.zielinska@nhs.net'), fromEmail: 'm.zielinska@nhs.net', to: TO, subject: ew('Konto zablokowane / account locked'), date: '2026-11-24T07:58:02Z' },
    body: (b) => {
      const plain = `Hi, my pcse online acount is locked (too many wrong pasword). can you unlock pls.
username m.zielinska@nhs.net

Thank you
Małgorzata Zielińska
Zielinska Dental Clinic V058830

Sent from my iPhone`;
      const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">${escHtml(plain).replace(/\n/g, '<br>')}</div></body></html>`;
      return multi('alternative', b(0), [text(plain, { charset: 'utf-8', quoteCharset: false }), text(html, { html: true, quoteCharset: false })]);
    },
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('V058830', 'dental_practice'),
      fields: { username: 'm.zielinska@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'typos', 'diacritics', 'rfc2047_from', 'iphone'],
    },
  }));

  // 013 ---------------------------------------------------------------- a question about branch codes
  out.push(make({
    mailbox: MB, slug: '013-question-branch-ods-code',
    env: { client: 'outlook', from: addr('DIALLO, Mamadou (ASHFIELD SURGERY)', 'mamadou.diallo@nhs.net'), fromEmail: 'mamadou.diallo@nhs.net', to: TO, subject: 'question about branch', date: '2026-11-25T12:02:11Z' },
    body: () => text(`Bonjour / Hello,

We are a small practice opening a branch surgery in the village next spring. How do we get the ODS code for the branch, do PCSE give it or somebody else, and how long it take? After we have the code what we must send to you?

Merci,
Dr Mamadou Diallo
Ashfield Surgery

${NHSMAIL_FOOTER_TEXT}`),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'non_native_english', 'mentions_request_kind'] },
  }));

  // 014 ---------------------------------------------------------------- thank-you with a reference and the whole thread below
  {
    const html = outlookHtml([
      p('Thank you so much, all working now. I received the confirmation on the new mailbox.'),
      p(''),
      p('Nnamdi'),
      p(''),
      outlookQuoteHead({ from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: longDate('2026-11-24T15:30:00Z'), to: 'uchennadental.v061142@nhs.net', subject: 'Practice email address updated [PCSE-2026-117450]' }),
      p(''),
      p('Dear Practice,'),
      p(''),
      p('We have updated the practice email address for Uchenna Dental Care (V061142) to uchennadental.v061142@nhs.net as requested. This confirmation has been sent to the new address.'),
      p(''),
      p('Kind regards,'),
      p('PCSE Data Manager team'),
      p(''),
      outlookQuoteHead({ from: 'UCHENNA-IBE, Nnamdi (UCHENNA DENTAL CARE) <nnamdi.uchenna-ibe@nhs.net>', sent: longDate('2026-11-20T10:12:00Z'), to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', subject: 'Update practice email address' }),
      p(''),
      p('Hello,'),
      p('Practice name: Uchenna Dental Care'),
      p('Practice code: V061142'),
      p('Current practice email: uchennadentalcare@hotmail.co.uk'),
      p('New practice email: uchennadental.v061142@nhs.net'),
      p('Thanks, Dr N Uchenna-Ibe'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '014-thanks-with-ref-quoted-request',
      env: { client: 'outlook', from: addr('UCHENNA-IBE, Nnamdi (UCHENNA DENTAL CARE)', 'nnamdi.uchenna-ibe@nhs.net'), fromEmail: 'nnamdi.uchenna-ibe@nhs.net', to: TO, subject: 'RE: Practice email address updated [PCSE-2026-117450]', date: '2026-11-25T08:44:50Z', inReplyTo: '<PCSE-2026-117450.c3@pcse.england.nhs.uk>' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'pcse_ref_in_subject', 'quoted_request_below', 'outlook_html'] },
    }));
  }

  // 015 ---------------------------------------------------------------- a bounce of PCSE's reply to an old pharmacy address
  out.push(make({
    mailbox: MB, slug: '015-bounce-old-pharmacy-address',
    env: {
      client: 'system', from: addr('Mail Delivery System', 'MAILER-DAEMON@mx.btinternet.com'), fromEmail: 'MAILER-DAEMON@mx.btinternet.com', to: addr(null, MAILBOX_ADDRESS[MB]),
      subject: 'Undelivered Mail Returned to Sender', date: '2026-11-26T06:12:09Z', auth: 'none',
      extra: [['Auto-Submitted', 'auto-replied']],
    },
    body: (b) => multi('report', b(0), [
      text(`This is the mail system at host mx.btinternet.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bankolepharmacy@btinternet.com>: host mx.btinternet.com[213.120.69.12] said:
    550 5.1.1 <bankolepharmacy@btinternet.com>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)`, { charset: 'us-ascii', cte: '7bit', quoteCharset: false, extra: [['Content-Description', 'Notification']] }),
      rawPart([['Content-Description', 'Delivery report'], ['Content-Type', 'message/delivery-status']], `Reporting-MTA: dns; mx.btinternet.com
X-Postfix-Queue-ID: 4Nq3Xy1ZpQz9sT
Arrival-Date: ${'Thu, 26 Nov 2026 06:12:05 +0000'}

Final-Recipient: rfc822; bankolepharmacy@btinternet.com
Original-Recipient: rfc822;bankolepharmacy@btinternet.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.btinternet.com
Diagnostic-Code: smtp; 550 5.1.1 <bankolepharmacy@btinternet.com>: Recipient
    address rejected: User unknown in virtual mailbox table`),
      rawPart([['Content-Description', 'Undelivered Message Headers'], ['Content-Type', 'text/rfc822-headers']], `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: bankolepharmacy@btinternet.com
Subject: RE: Update practice email address [PCSE-2026-117991]
Date: Thu, 26 Nov 2026 06:11:58 +0000
Message-ID: <PCSE-2026-117991.r2@pcse.england.nhs.uk>`),
    ], { params: '; report-type=delivery-status', preamble: 'This is a MIME-encapsulated message.' }),
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'pcse_ref_in_quoted_headers'] },
  }));

  return out;
}
