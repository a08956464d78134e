// The datamanager mailbox: practice email updates, branches, extensions, main contacts, mergers and closures.
import { P, PCSE, exp, mid, org, type Item } from './common.js';
import { NHSMAIL_FOOTER, PCSE_FOOTER, html, htmlDoc, htmlToText, message, text, type Leaf } from './lib.js';

const MB = 'datamanager' as const;
const TO = [PCSE.dm];

const td = 'style="border:1px solid #999999;padding:3pt 6pt;vertical-align:top"';
const th = 'style="border:1px solid #999999;padding:3pt 6pt;background:#D9E2F3;text-align:left"';
function table(rows: string[][], header?: string[]): string {
  const head = header ? `<tr>${header.map((h) => `<th ${th}>${h}</th>`).join('')}</tr>\n` : '';
  return `<table style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt" cellspacing="0" cellpadding="0">\n${head}${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && !header ? `<td ${td}><b>${c}</b></td>` : `<td ${td}>${c}</td>`)).join('')}</tr>`).join('\n')}\n</table>`;
}

export async function datamanager(): Promise<Item[]> {
  const items: Item[] = [];
  const add = (slug: string, eml: Buffer, expected: Item['expected']) => items.push({ mailbox: MB, slug, eml, expected });

  // 001 ---------------------------------------------------------------- practice email update, by the book
  {
    const body = `Dear Data Manager team,

Please update the practice email address held for our practice.

Practice name: Willowbrook Surgery
Practice code: B86034
Current practice email address: willowbrook.surgery@nhs.net
New practice email address: leedsnorth.willowbrook@nhs.net

The old mailbox is being closed as part of the NHSmail tidy-up in our PCN.

Kind regards
Gillian Ashworth
Practice Manager, Willowbrook Surgery
0113 496 0712
${NHSMAIL_FOOTER}`;
    add('001-email-update-labelled', message({
      profile: 'outlook', from: { name: 'ASHWORTH, Gillian (WILLOWBROOK SURGERY)', email: 'gillian.ashworth@nhs.net' }, to: TO,
      subject: 'Update practice email address', date: '2026-11-02T10:12:44Z', id: mid('outlook', 201), body: text(body),
    }), exp(MB, 'practice_email_update', org('B86034', 'gp_practice'), { currentEmail: 'willowbrook.surgery@nhs.net', newEmail: 'leedsnorth.willowbrook@nhs.net' }, [], ['labelled_lines']));
  }

  // 002 ---------------------------------------------------------------- terse, the new address is the writer's own
  {
    add('002-email-update-individual-terse', message({
      profile: 'outlook', from: { name: 'Oluwaseun Adeyemi', email: 'oluwaseun.adeyemi@nhs.net' }, to: TO,
      subject: 'practice email', date: '2026-11-03T16:58:02Z', id: mid('outlook', 202),
      body: text(`Hi. Change practice email for Larkspur Pharmacy FK482 from larkspur.pharmacy@nhs.net to mine oluwaseun.adeyemi@nhs.net. Shared box not checked. Thanks Seun\n${NHSMAIL_FOOTER}`),
    }), exp(MB, 'practice_email_update', org('FK482', 'pharmacy'), { currentEmail: 'larkspur.pharmacy@nhs.net', newEmail: 'oluwaseun.adeyemi@nhs.net' }, ['individual_mailbox'], ['terse', 'new_address_is_person']));
  }

  // 003 ---------------------------------------------------------------- details in an HTML table, HTML only
  {
    const inner = `<p>Good morning,</p><p>&nbsp;</p><p>Please could you update the practice email address for our practice as below.</p><p>&nbsp;</p>
${table([['Practice name', 'Hazelmere Dental Practice'], ['Practice code', 'V043817'], ['Current practice email', 'hazelmere.dental@nhs.net'], ['New practice email', 'hazelmeredental.reception@nhs.net'], ['Contact telephone', '01494 496 220']])}
<p>&nbsp;</p><p>Many thanks,</p><p>Priyanka Venkataraman<br>Practice Manager<br>Hazelmere Dental Practice</p>`;
    add('003-email-update-html-table', message({
      profile: 'outlook', from: { name: 'VENKATARAMAN, Priyanka (HAZELMERE DENTAL PRACTICE)', email: 'priyanka.venkataraman@nhs.net' }, to: TO,
      subject: 'Update practice email address - Hazelmere Dental Practice', date: '2026-11-04T09:20:31Z', id: mid('outlook', 203), body: html(htmlDoc(inner)),
    }), exp(MB, 'practice_email_update', org('V043817', 'dental_practice'), { currentEmail: 'hazelmere.dental@nhs.net', newEmail: 'hazelmeredental.reception@nhs.net' }, [], ['html_only', 'html_table']));
  }

  // 004 ---------------------------------------------------------------- French writer, windows-1252
  {
    const body = `Bonjour,

I write you for change the email of our practice in your system. We are Beaus\u00e9jour Opticians, code TPQ45. The actual email is beausejour.opticians@nhs.net but since the 1st of November we use the new one: beausejouropticians.admin@nhs.net. Could you please make the change and confirm?

Merci beaucoup et bonne journ\u00e9e,
H\u00e9l\u00e8ne Lef\u00e8vre
G\u00e9rante \u2013 Beaus\u00e9jour Opticians
`;
    add('004-email-update-french-cp1252', message({
      profile: 'outlook', from: { name: 'H\u00e9l\u00e8ne Lef\u00e8vre', email: 'helene.lefevre@nhs.net', charset: 'windows-1252' }, to: TO,
      subject: 'Mise \u00e0 jour \u2013 practice email address', subjectCharset: 'windows-1252', date: '2026-11-05T08:03:15Z', id: mid('outlook', 204),
      body: text(body + NHSMAIL_FOOTER, 'windows-1252', 'quoted-printable'),
    }), exp(MB, 'practice_email_update', org('TPQ45', 'ophthalmic_practice'), { currentEmail: 'beausejour.opticians@nhs.net', newEmail: 'beausejouropticians.admin@nhs.net' }, [], ['second_language_english', 'windows_1252', 'false_friend_actual', 'non_ascii_name']));
  }

  // 005 ---------------------------------------------------------------- the practice corrects its own typo
  {
    const body = `Apologies \u2013 there was a typo in my email below. The new address should be greenacre.medicalpractice@nhs.net (not greenacre.medicalpractise@nhs.net). Everything else is correct.

Thanks,
Kiran

From: Kiran Bhattacharya <kiran.bhattacharya@nhs.net>
Sent: 17 November 2026 14:03
To: PCSE Data Manager <pcse.datamanager@nhs.net>
Subject: Update practice email address - Greenacre Medical Practice

Hello,

Please could you update our practice email address.

Practice name: Greenacre Medical Practice
Practice code: E82093
Current email: greenacre.mp@nhs.net
New email: greenacre.medicalpractise@nhs.net

Many thanks
Kiran Bhattacharya
Practice Administrator
${NHSMAIL_FOOTER}`;
    add('005-email-update-correction', message({
      profile: 'outlook', from: { name: 'BHATTACHARYA, Kiran (GREENACRE MEDICAL PRACTICE)', email: 'kiran.bhattacharya@nhs.net' }, to: TO,
      subject: 'RE: Update practice email address - Greenacre Medical Practice', date: '2026-11-17T14:26:48Z', id: mid('outlook', 205),
      inReplyTo: mid('outlook', 1205), references: [mid('outlook', 1205)], body: text(body),
    }), exp(MB, 'practice_email_update', org('E82093', 'gp_practice'), { currentEmail: 'greenacre.mp@nhs.net', newEmail: 'greenacre.medicalpractice@nhs.net' }, [], ['correction', 'stale_value_in_quote']));
  }

  // 006 ---------------------------------------------------------------- reply to PCSE's request for the current address
  {
    const body = `Hi,

The current one is tamarisk.surgery@nhs.net

Agnieszka

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 20 November 2026 10:31
To: Agnieszka Lewandowska <a.lewandowska@nhs.net>
Subject: RE: Update practice email address [PCSE-2026-030114]

Dear Agnieszka,

Thank you for your request to update the practice email address for Tamarisk Surgery (G81077) to tamarisk.admin@nhs.net.

To process this we also need the current practice email address held on PCSE Online. Please reply with it, keeping the reference in the subject line.

Kind regards
Data Management Team
${PCSE_FOOTER}

From: Agnieszka Lewandowska <a.lewandowska@nhs.net>
Sent: 19 November 2026 16:45
To: PCSE Data Manager <pcse.datamanager@nhs.net>
Subject: Update practice email address

Please change our practice email to tamarisk.admin@nhs.net. Tamarisk Surgery G81077. Thanks
${NHSMAIL_FOOTER}`;
    add('006-email-update-reply-supplies-current', message({
      profile: 'outlook', from: { name: 'Agnieszka Lewandowska', email: 'a.lewandowska@nhs.net' }, to: TO,
      subject: 'RE: Update practice email address [PCSE-2026-030114]', date: '2026-11-20T11:47:05Z', id: mid('outlook', 206),
      inReplyTo: 'PCSE-2026-030114.2@pcse.england.nhs.uk', references: ['PCSE-2026-030114.2@pcse.england.nhs.uk'], body: text(body),
    }), exp(MB, 'practice_email_update', org('G81077', 'gp_practice'), { currentEmail: 'tamarisk.surgery@nhs.net', newEmail: 'tamarisk.admin@nhs.net' }, [], ['reply_to_info_request', 'case_ref', 'details_in_quoted_pcse_message', 'terse']));
  }

  // 007 ---------------------------------------------------------------- a merger written as prose, two practices, one changes
  {
    const body = `Dear colleagues,

As you may know, Ashgrove Surgery (M84011) and Linden Lea Surgery (M84032) merged on 1 October 2026. The two practices keep their own codes for now, but from 1 December all correspondence for Linden Lea Surgery should go to the merged practice's shared mailbox, ashgrovelindenlea.practice@nhs.net, instead of lindenlea.surgery@nhs.net, which will be closed at the end of the month.

Ashgrove's address (ashgrove.surgery@nhs.net) is not changing for now.

Please could you update the practice email address for Linden Lea on PCSE Online accordingly.

Best wishes
Oksana Kovalenko
Operations Manager
Ashgrove & Linden Lea Medical Partnership
${NHSMAIL_FOOTER}`;
    add('007-merger-prose-email-update', message({
      profile: 'outlook', from: { name: 'KOVALENKO, Oksana (ASHGROVE & LINDEN LEA MEDICAL PARTNERSHIP)', email: 'oksana.kovalenko@nhs.net' }, to: TO,
      subject: 'Merger - Ashgrove & Linden Lea', date: '2026-11-06T15:33:27Z', id: mid('outlook', 207), body: text(body),
    }), exp(MB, 'practice_email_update', org('M84032', 'gp_practice'), { currentEmail: 'lindenlea.surgery@nhs.net', newEmail: 'ashgrovelindenlea.practice@nhs.net' }, [], ['merger', 'prose', 'two_organisations', 'decoy_address']));
  }

  // 008 ---------------------------------------------------------------- stated optician, dental code
  {
    const body = `Hello,

We are an optician practice, Christodoulou & Daughters Opticians, practice code V014982.

Current practice email: cdopticians@nhs.net
New practice email: christodoulou.opticians@nhs.net

Please update and confirm to the new address.

Yiannis Christodoulou
Director
${NHSMAIL_FOOTER}`;
    add('008-email-update-stated-type-mismatch', message({
      profile: 'outlook', from: { name: 'Yiannis Christodoulou', email: 'yiannis.christodoulou@nhs.net' }, to: TO,
      subject: 'Update practice email address', date: '2026-11-09T11:11:11Z', id: mid('outlook', 208), body: text(body),
    }), exp(MB, 'practice_email_update', org('V014982', 'dental_practice'), { currentEmail: 'cdopticians@nhs.net', newEmail: 'christodoulou.opticians@nhs.net' }, ['ods_type_mismatch'], ['stated_type_disagrees_with_code']));
  }

  // 009 ---------------------------------------------------------------- branch set-up: main and branch sections with the same labels
  {
    const body = `Good morning,

We would like to set up access to PCSE Online for our new branch practice. Details below.

MAIN PRACTICE
Name: Saltmarsh Lane Medical Centre
Organisation type: GP
ODS code: H82067
Main contact: Mr Daniel Kowalski
Email: daniel.kowalski@nhs.net
Address: 4 Saltmarsh Lane, Ilford, IG1 4TJ
Telephone: 020 8496 0150

BRANCH PRACTICE
Name: Saltmarsh Lane Medical Centre - Goodmayes Branch
Main contact: Mrs Nadia Rahman
Email: nadia.rahman4@nhs.net
ODS code: H82067001
Address: 212 Green Lane, Goodmayes, IG3 9ZX
Telephone: 020 8496 0188

Many thanks,
Nadia Rahman
Assistant Practice Manager
${NHSMAIL_FOOTER}`;
    add('009-branch-repeated-labels', message({
      profile: 'outlook', from: { name: 'RAHMAN, Nadia (SALTMARSH LANE MEDICAL CENTRE)', email: 'nadia.rahman4@nhs.net' }, to: TO,
      subject: 'Set up access to PCSE Online for a branch practice', date: '2026-11-10T09:44:52Z', id: mid('outlook', 209), body: text(body),
    }), exp(MB, 'branch_setup', org('H82067', 'gp_practice'), {
      mainPractice: { odsCode: 'H82067', name: 'Saltmarsh Lane Medical Centre', mainContact: P('Daniel Kowalski', 'daniel.kowalski@nhs.net'), address: '4 Saltmarsh Lane, Ilford, IG1 4TJ', phone: '020 8496 0150' },
      branch: { odsCode: 'H82067001', name: 'Saltmarsh Lane Medical Centre - Goodmayes Branch', address: '212 Green Lane, Goodmayes, IG3 9ZX', phone: '020 8496 0188', mainContact: { ...P('Nadia Rahman', 'nadia.rahman4@nhs.net'), title: 'Mrs' } },
    }, [], ['repeated_labels', 'labelled_lines', 'branch_contact_is_sender']));
  }

  // 010 ---------------------------------------------------------------- branch set-up in a two-column HTML table
  {
    const inner = `<p>Hello Data Manager team,</p><p>&nbsp;</p><p>We would like to set up access to PCSE Online for our new branch practice. Our organisation type is GP. The details are in the table below.</p><p>&nbsp;</p>
${table([
  ['Practice name', 'Kingfisher Medical Practice', 'Kingfisher Medical Practice \u2013 Riverside Branch'],
  ['ODS code', 'P82014', 'P82014002'],
  ['Address', '1 Canal Street, Bolton BL1 2AB', 'Riverside Health Hub, 88 Bridge Street, Bolton BL2 1HF'],
  ['Telephone', '01204 496 300', '01204 496 355'],
  ['Main contact', 'Dr Harjinder Singh Bains', 'Ms Rutendo Chikwanha'],
  ['Main contact email', 'hsbains@nhs.net', 'rutendo.chikwanha@nhs.net'],
], ['', 'Main practice', 'Branch practice'])}
<p>&nbsp;</p><p>Our first branch (P82014001) is already set up.</p><p>&nbsp;</p><p>Kind regards,</p><p>Rutendo Chikwanha<br>Business Manager, Kingfisher Medical Practice</p>`;
    const h = htmlDoc(inner);
    add('010-branch-html-table', message({
      profile: 'outlook', from: { name: 'CHIKWANHA, Rutendo (KINGFISHER MEDICAL PRACTICE)', email: 'rutendo.chikwanha@nhs.net' }, to: TO,
      subject: 'New branch - Kingfisher Medical Practice (P82014)', date: '2026-11-11T13:15:00Z', id: mid('outlook', 210),
      body: { multipart: 'alternative', boundary: '_000_LO2P265MB0210KMP_', parts: [text(`${htmlToText(h)}\n${NHSMAIL_FOOTER}`), html(h)] },
    }), exp(MB, 'branch_setup', org('P82014', 'gp_practice'), {
      mainPractice: { odsCode: 'P82014', name: 'Kingfisher Medical Practice', mainContact: P('Harjinder Singh Bains', 'hsbains@nhs.net'), address: '1 Canal Street, Bolton BL1 2AB', phone: '01204 496 300' },
      branch: { odsCode: 'P82014002', name: 'Kingfisher Medical Practice \u2013 Riverside Branch', address: 'Riverside Health Hub, 88 Bridge Street, Bolton BL2 1HF', phone: '01204 496 355', mainContact: { ...P('Rutendo Chikwanha', 'rutendo.chikwanha@nhs.net'), title: 'Ms' } },
    }, [], ['html_table', 'html_alternative', 'two_column_table', 'decoy_branch_code']));
  }

  // 011 ---------------------------------------------------------------- branch code is not the main code + 3 digits
  {
    const body = `Hi team,

We'd like to set up a branch practice on PCSE Online.

Main practice: Hillcrest Surgery, ODS K81052, main contact Dr Wojciech Zieli\u0144ski (wojciech.zielinski@nhs.net), 19 Hill Crescent, Reading RG4 7PT, tel 0118 496 0901. Organisation type GP.

Branch: Hillcrest Surgery at Caversham Park, branch ODS code K81025001, 3 Park Parade, Caversham Park, Reading RG4 6QA, tel 0118 496 0944. Main contact for the branch: Mrs Beatriz Santos, beatriz.santos@nhs.net.

Thanks,
Wojciech
${NHSMAIL_FOOTER}`;
    add('011-branch-code-mismatch', message({
      profile: 'outlook', from: { name: 'ZIELI\u0143SKI, Wojciech (Dr) (HILLCREST SURGERY)', email: 'wojciech.zielinski@nhs.net' }, to: TO,
      subject: 'Branch practice set up - Hillcrest Surgery', date: '2026-11-12T17:02:38Z', id: mid('outlook', 211), body: text(body),
    }), exp(MB, 'branch_setup', org('K81052', 'gp_practice'), {
      mainPractice: { odsCode: 'K81052', name: 'Hillcrest Surgery', mainContact: P('Wojciech Zieli\u0144ski', 'wojciech.zielinski@nhs.net'), address: '19 Hill Crescent, Reading RG4 7PT', phone: '0118 496 0901' },
      branch: { odsCode: 'K81025001', name: 'Hillcrest Surgery at Caversham Park', address: '3 Park Parade, Caversham Park, Reading RG4 6QA', phone: '0118 496 0944', mainContact: { ...P('Beatriz Santos', 'beatriz.santos@nhs.net'), title: 'Mrs' } },
    }, ['branch_code_mismatch'], ['transposed_digits', 'dense_prose', 'non_ascii_name']));
  }

  // 012 ---------------------------------------------------------------- branch in prose, the same person for both
  {
    const body = `Hello,

I'm the main contact for Thornbury Road Practice (L81099) and we've now got our ODS code through for the new branch surgery at Olveston, which is L81099001. Could you set it up on PCSE Online please and add me as main contact for the branch too (Mrs Eilidh MacLeod, same email as this one)?

The main practice is at 2 Thornbury Road, Bristol BS35 1AA, tel 01454 496 210, and the branch is Olveston Village Surgery, The Street, Olveston, Bristol BS35 4DR, tel 01454 496 260.

Thanks very much,
Eilidh
${NHSMAIL_FOOTER}`;
    add('012-branch-prose-same-contact', message({
      profile: 'outlook', from: { name: 'MacLEOD, Eilidh (THORNBURY ROAD PRACTICE)', email: 'eilidh.macleod@nhs.net' }, to: TO,
      subject: 'Olveston branch', date: '2026-11-13T10:27:19Z', id: mid('outlook', 212), body: text(body),
    }), exp(MB, 'branch_setup', org('L81099', 'gp_practice'), {
      mainPractice: { odsCode: 'L81099', name: 'Thornbury Road Practice', mainContact: P('Eilidh MacLeod', 'eilidh.macleod@nhs.net'), address: '2 Thornbury Road, Bristol BS35 1AA', phone: '01454 496 210' },
      branch: { odsCode: 'L81099001', name: 'Olveston Village Surgery', address: 'The Street, Olveston, Bristol BS35 4DR', phone: '01454 496 260', mainContact: { ...P('Eilidh MacLeod', 'eilidh.macleod@nhs.net'), title: 'Mrs' } },
    }, [], ['prose', 'address_by_reference', 'same_contact_for_both']));
  }

  // 013 ---------------------------------------------------------------- extension after a takeover, in prose
  {
    const body = `Dear Data Manager,

I would like to extend a current main contact to a new pharmacy. We completed the purchase of Moorside Pharmacy on 16 November and I will manage it alongside our existing pharmacy.

I am the main contact you hold for Deshpande Chemist (ODS FR731), 44 High Street, Ossett WF5 8AB, telephone 01924 496 733, and my email is anil.deshpande@nhs.net.

The new pharmacy is Moorside Pharmacy, 3 Moorside Parade, Dewsbury WF13 4LS, and its ODS code is FX209.

Please could you add it to my account.

Kind regards
Anil Deshpande MRPharmS
Superintendent Pharmacist
Deshpande Chemists Ltd
${NHSMAIL_FOOTER}`;
    add('013-extension-takeover-prose', message({
      profile: 'outlook', from: { name: 'Anil Deshpande', email: 'anil.deshpande@nhs.net' }, to: TO,
      subject: 'Extend main contact to new pharmacy', date: '2026-11-18T12:40:00Z', id: mid('outlook', 213), body: text(body),
    }), exp(MB, 'main_contact_extension', org('FR731', 'pharmacy'), {
      existingPractice: { odsCode: 'FR731', name: 'Deshpande Chemist', mainContact: P('Anil Deshpande', 'anil.deshpande@nhs.net'), address: '44 High Street, Ossett WF5 8AB', phone: '01924 496 733' },
      newPractice: { odsCode: 'FX209', name: 'Moorside Pharmacy', address: '3 Moorside Parade, Dewsbury WF13 4LS' },
    }, [], ['prose', 'takeover', 'post_nominal_letters']));
  }

  // 014 ---------------------------------------------------------------- extension in an HTML table, dental
  {
    const inner = `<p>Dear PCSE,</p><p>&nbsp;</p><p>I would like to extend my main contact role to a second dental practice that we have acquired. Details are below.</p><p>&nbsp;</p>
${table([
  ['ODS code', 'V061284', 'V072915'],
  ['Practice name', 'Brookside Dental Care', 'Elm Tree Dental'],
  ['Main contact', 'Dr Ioana Constantinescu', ''],
  ['Main contact email', 'ioana.constantinescu@nhs.net', ''],
  ['Address', '12 Brook Street, Lichfield WS13 6AA', '7 Elm Tree Road, Burntwood WS7 0BN'],
  ['Telephone', '01543 496 100', '01543 496 477'],
], ['', 'Existing practice', 'New practice'])}
<p>&nbsp;</p><p>Mul\u021bumesc / thank you,</p><p>Dr Ioana Constantinescu BDS<br>Principal Dentist</p>`;
    const h = htmlDoc(inner);
    add('014-extension-html-table-dental', message({
      profile: 'outlook', from: { name: 'CONSTANTINESCU, Ioana (BROOKSIDE DENTAL CARE)', email: 'ioana.constantinescu@nhs.net' }, to: TO,
      subject: 'Extending main contact to Elm Tree Dental', date: '2026-11-19T19:05:42Z', id: mid('outlook', 214),
      body: { multipart: 'alternative', boundary: '_000_LO2P265MB0214BDC_', parts: [text(`${htmlToText(h)}\n${NHSMAIL_FOOTER}`), html(h)] },
    }), exp(MB, 'main_contact_extension', org('V061284', 'dental_practice'), {
      existingPractice: { odsCode: 'V061284', name: 'Brookside Dental Care', mainContact: P('Ioana Constantinescu', 'ioana.constantinescu@nhs.net'), address: '12 Brook Street, Lichfield WS13 6AA', phone: '01543 496 100' },
      newPractice: { odsCode: 'V072915', name: 'Elm Tree Dental', address: '7 Elm Tree Road, Burntwood WS7 0BN' },
    }, [], ['html_table', 'two_column_table', 'empty_cells', 'non_ascii_name']));
  }

  // 015 ---------------------------------------------------------------- main contact change, prose, sent to datamanager
  {
    const body = `Hello,

Our main contact on PCSE Online, Mrs Patricia Hargreaves, retired last Friday after 22 years with the practice. Please could you make our new practice manager, Ms Chlo\u00e9 Martin-Okeke, the main contact for Beechwood Surgery (J83011) in her place. Her email is chloe.martinokeke@nhs.net.

Best wishes
Dr Siddharth Menon
Senior Partner, Beechwood Surgery
${NHSMAIL_FOOTER}`;
    add('015-main-contact-change-prose', message({
      profile: 'outlook', from: { name: 'MENON, Siddharth (Dr) (BEECHWOOD SURGERY)', email: 'siddharth.menon@nhs.net' }, to: TO,
      subject: 'Main contact - Beechwood Surgery', date: '2026-11-20T16:16:16Z', id: mid('outlook', 215), body: text(body),
    }), exp(MB, 'main_contact_change', org('J83011', 'gp_practice'), { newMainContact: P('Chlo\u00e9 Martin-Okeke', 'chloe.martinokeke@nhs.net') }, [], ['prose', 'misdirected', 'old_contact_named', 'non_ascii_name']));
  }

  // 016 ---------------------------------------------------------------- main contact change forwarded by the owner, windows-1252 8bit
  {
    const body = `Please action the below \u2013 I confirm Zo\u00eb is taking over as our main contact.

Jos\u00e9
Dr Jos\u00e9 Antonio P\u00e9rez, Principal Dentist
Whitby Lane Dental Practice

-----Original Message-----
From: Zo\u00eb Ashdown <zoe.ashdown@nhs.net>
Sent: 23 November 2026 08:55
To: Jos\u00e9 Antonio P\u00e9rez <joseantonio.perez@nhs.net>
Subject: PCSE main contact

Hi Jos\u00e9, could you send this to PCSE for me, they need it to come from you: please change the main contact for Whitby Lane Dental Practice, V038842, to me, Zo\u00eb Ashdown, zoe.ashdown@nhs.net.

Thanks!
Zo\u00eb
`;
    const leaf: Leaf = text(body, 'windows-1252', '8bit');
    add('016-main-contact-change-forwarded-cp1252', message({
      profile: 'outlook', from: { name: 'Jos\u00e9 Antonio P\u00e9rez', email: 'joseantonio.perez@nhs.net', charset: 'windows-1252' }, to: TO,
      subject: 'FW: PCSE main contact', date: '2026-11-23T09:30:05Z', id: mid('outlook', 216), body: leaf,
    }), exp(MB, 'main_contact_change', org('V038842', 'dental_practice'), { newMainContact: P('Zo\u00eb Ashdown', 'zoe.ashdown@nhs.net') }, [], ['forwarded', 'on_behalf_of', 'windows_1252', '8bit', 'misdirected', 'non_ascii_name']));
  }

  // 017 ---------------------------------------------------------------- closure in prose: no kind fits
  {
    const body = `Dear PCSE,

I am writing to let you know that Stonegate Surgery (N85044) will close on 31 March 2027. The partners have handed the contract back to the ICB and our 3,100 patients will be dispersed to neighbouring practices over the next four months.

Could you tell us what we need to do about our PCSE Online accounts, the practice email address you hold for us and the user administrator roles before we close? We also have medical records to return and would welcome any guidance.

Yours sincerely
Dr Kwame Owusu-Ansah
Senior Partner, Stonegate Surgery
${NHSMAIL_FOOTER}`;
    add('017-closure-prose', message({
      profile: 'outlook', from: { name: 'OWUSU-ANSAH, Kwame (Dr) (STONEGATE SURGERY)', email: 'kwame.owusu-ansah@nhs.net' }, to: TO,
      subject: 'Practice closure - Stonegate Surgery', date: '2026-11-24T14:00:00Z', id: mid('outlook', 217), body: text(body),
    }), exp(MB, 'unclassified', null, {}, [], ['closure', 'prose', 'question']));
  }

  // 018 ---------------------------------------------------------------- bounce of PCSE's confirmation
  {
    const human = `Your message to oakhill.practice@nhs.net couldn't be delivered.

oakhill.practice wasn't found at nhs.net.

pcse.datamanager        Office 365        oakhill.practice
Action Required                           Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

oakhill.practice@nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: <oakhill.practice@nhs.net>
Subject: Practice email address updated [PCSE-2026-030877]
Date: Wed, 25 Nov 2026 09:14:08 +0000
`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 25 Nov 2026 09:14:09 +0000

Final-Recipient: rfc822;oakhill.practice@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const headers = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: <oakhill.practice@nhs.net>
Subject: Practice email address updated [PCSE-2026-030877]
Date: Wed, 25 Nov 2026 09:14:08 +0000
Message-ID: <PCSE-2026-030877.4@pcse.england.nhs.uk>
MIME-Version: 1.0
`;
    add('018-bounce', message({
      profile: 'system', from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' }, to: TO,
      subject: 'Undeliverable: Practice email address updated [PCSE-2026-030877]', date: '2026-11-25T09:14:11Z', id: mid('exchange', 218),
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: ', 'Content-Language: en-GB'],
      body: { multipart: 'report', params: 'report-type=delivery-status', boundary: '_ndr_0218_LO2P265MB5432_', parts: [
        text(human, 'us-ascii', 'quoted-printable'),
        { type: 'message/delivery-status', cte: '7bit', body: status },
        { type: 'text/rfc822-headers', cte: '7bit', body: headers },
      ] },
    }), exp(MB, 'unclassified', null, {}, [], ['bounce', 'case_ref', 'multipart_report'], 'bounce'));
  }

  // 019 ---------------------------------------------------------------- chaser with a reference
  {
    const body = `Good afternoon,

I emailed on 2 November asking for our Gorton branch to be set up (your ref PCSE-2026-028930). Please could you let me know where this is up to? We have had no call from your team yet.

Thanks
Yetunde Afolabi
Practice Manager
${NHSMAIL_FOOTER}`;
    add('019-chaser-with-reference', message({
      profile: 'outlook', from: { name: 'AFOLABI, Yetunde (GORTON PARK PRACTICE)', email: 'yetunde.afolabi@nhs.net' }, to: TO,
      subject: 'Branch set up - chasing - PCSE-2026-028930', date: '2026-11-27T15:40:10Z', id: mid('outlook', 219), body: text(body),
    }), exp(MB, 'unclassified', null, {}, [], ['chaser', 'case_ref']));
  }

  // 020 ---------------------------------------------------------------- out of office
  {
    const body = `Hello,

Thank you for your message. I am on annual leave returning Wednesday 2 December. Your email will not be forwarded.

For practice email or PCSE queries please contact reception on 0161 496 0998.

Regards
Mohammed Al-Rashid
Practice Manager, Cheadle Heath Surgery
`;
    add('020-out-of-office', message({
      profile: 'outlook', from: { name: 'AL-RASHID, Mohammed (CHEADLE HEATH SURGERY)', email: 'mohammed.al-rashid@nhs.net' }, to: TO,
      subject: 'Automatic reply: RE: Update practice email address [PCSE-2026-031002]', date: '2026-11-26T08:00:44Z', id: mid('outlook', 220),
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], body: text(body),
    }), exp(MB, 'unclassified', null, {}, [], ['auto_reply', 'case_ref'], 'auto_reply'));
  }

  return items;
}
