// datamanager: corpus 39 (writer AI).

import { compose, messageIdFor } from './clients.js';
import { type CorpusEmail, expected, UNCLASSIFIED } from './expect.js';
import { A4, BLACK, flatPdf, GREY, INK, NHS_BLUE, Page, SHADE } from './forms.js';
import { esc, mso, outlookHtml, outlookQuoteHtml, outlookQuoteText } from './html.js';
import { finish, multipart, NHSMAIL_FOOTER, rfcDate, textPart } from './lib.js';

const MB = 'datamanager' as const;

// ---------------------------------------------------------------- 001
function d001(): CorpusEmail {
  const text = `Hello,

Practice name: Hollybush Surgery
Practice code: C84050

We are moving from our old practice email hollybush.surgery@nhs.net to a new shared mailbox, hollybushsurgery.admin@nhs.net, as part of our NHSmail tidy-up. Please update your records and send the confirmation to the new address.

The old mailbox will stay open until 31 December.

Regards
Craig Ellison
Practice Manager
Hollybush Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd001', date: '2026-11-16T11:20:05Z',
    from: { name: 'Craig Ellison', email: 'craig.ellison@nhs.net' }, subject: 'Update practice email address', text,
  });
  return {
    mailbox: MB, slug: 'practice-email-moving-from-to', eml,
    expected: expected(MB, { kind: 'practice_email_update', currentEmail: 'hollybush.surgery@nhs.net', newEmail: 'hollybushsurgery.admin@nhs.net' }, {
      org: { odsCode: 'C84050', type: 'gp_practice' }, traits: ['moving_from_to', 'labelled_lines'],
    }),
  };
}

// ---------------------------------------------------------------- 002
function d002(): CorpusEmail {
  const text = `Hi, please change the practice email for Parkview Surgery (N81093).

sarah.okonkwo@nhs.net replaces parkviewsurgery@nhs.net as our practice email - nobody has been checking the old shared inbox since our receptionist left, so it's easier if everything comes to me directly.

Thanks, Sarah
Practice Manager

Get Outlook for Android`;
  const eml = compose({
    client: 'outlook-mobile', mailbox: MB, key: 'd002', date: '2026-11-18T07:58:41Z',
    from: { name: 'Sarah Okonkwo', email: 'sarah.okonkwo@nhs.net' }, subject: 'Practice email', text,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">${text.split('\n').map((l) => (l ? `${esc(l)}<br>` : '<br>')).join('')}</div></body></html>`,
  });
  return {
    mailbox: MB, slug: 'practice-email-new-replaces-old-personal-mailbox', eml,
    expected: expected(MB, { kind: 'practice_email_update', currentEmail: 'parkviewsurgery@nhs.net', newEmail: 'sarah.okonkwo@nhs.net' }, {
      org: { odsCode: 'N81093', type: 'gp_practice' }, mustRaise: ['individual_mailbox'], traits: ['new_replaces_old_order', 'outlook_mobile', 'base64_body'],
    }),
  };
}

// ---------------------------------------------------------------- 003
function d003(): CorpusEmail {
  const text = `Dear Data Manager team,

Please update the practice email address we have registered with PCSE.

Practice name: Kingsway Dental Practice
Practice code: V051177
Current practice email: kingswaydental@nhs.net
New practice email: kingsway.dentalpractice@nhs.net

Kind regards,

Andrew Kirkby
Practice Manager
Kingsway Dental Practice

P.S. Our IT support have just rung to say the new mailbox was created as kingswaydental.practice@nhs.net, not the one I typed above. Please use kingswaydental.practice@nhs.net - sorry for the confusion!
`;
  const eml = compose({
    client: 'thunderbird', mailbox: MB, key: 'd003', date: '2026-11-19T14:06:12Z',
    from: { name: 'Andrew Kirkby', email: 'andrew.kirkby@nhs.net' }, subject: 'Update practice email address - Kingsway Dental Practice', text, cte: '7bit',
  });
  return {
    mailbox: MB, slug: 'practice-email-dental-ps-changes-new-address', eml,
    expected: expected(MB, { kind: 'practice_email_update', currentEmail: 'kingswaydental@nhs.net', newEmail: 'kingswaydental.practice@nhs.net' }, {
      org: { odsCode: 'V051177', type: 'dental_practice' }, traits: ['ps_correction', 'labelled_lines', 'thunderbird'],
    }),
  };
}

// ---------------------------------------------------------------- 004
function d004(): CorpusEmail {
  const subj = 'PCSE-2026-038890 - Practice email update - information required';
  const q = { from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: '23 November 2026 15:12', to: 'Adebayo Yvonne (TIDESWELL MEDICAL PRACTICE) <yvonne.adebayo@nhs.net>', subject: subj };
  const q2 = { from: 'Yvonne Adebayo <yvonne.adebayo@nhs.net>', sent: '22 November 2026 12:40', to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', subject: 'new email' };
  const pre = ['Hi, please see my answers in red below.', '', 'Yvonne', ''];
  const pcse1 = ['Dear Practice,', '', 'We have received your request to change your practice email address, but we need some more details before we can make the change:', ''];
  const qa: [string, string][] = [
    ['Practice name:', 'Tideswell Medical Practice'],
    ['Practice code:', 'C81027'],
    ['Current practice email address (the one we hold for you):', 'tideswell.mp@nhs.net'],
    ['New practice email address:', 'tideswellmedical.practice@nhs.net (as in my first email)'],
  ];
  const pcse2 = ['', "Please note the new address must be an nhs.net organisation (shared) mailbox, not an individual's address.", '', 'Kind regards', 'PCSE Data Management Team', ''];
  const orig = ['', 'Hi, we have a new practice email, tideswellmedical.practice@nhs.net, please can you update it. Thanks', '', 'Yvonne Adebayo', 'Assistant Practice Manager'];
  const text = [...pre, outlookQuoteText(q), '', ...pcse1, ...qa.map(([a, b]) => `${a} ${b}`), ...pcse2, outlookQuoteText(q2), ...orig, '', NHSMAIL_FOOTER].join('\n');
  const html = outlookHtml([
    mso(pre), outlookQuoteHtml(q), mso(['', ...pcse1]),
    ...qa.map(([a, b]) => `<p class="MsoNormal">${esc(a)} <span style="color:red">${esc(b)}</span><o:p></o:p></p>`),
    mso(pcse2), outlookQuoteHtml(q2), mso(orig), `<pre>${esc(NHSMAIL_FOOTER)}</pre>`,
  ].join('\n'));
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd004', date: '2026-11-24T09:30:27Z',
    from: { name: 'Yvonne Adebayo', email: 'yvonne.adebayo@nhs.net' }, subject: `RE: ${subj}`, text, html,
    inReplyTo: '<PCSE-2026-038890.2@pcse.england.nhs.uk>', references: '<PCSE-2026-038890.2@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'practice-email-inline-answers-in-red', eml,
    expected: expected(MB, { kind: 'practice_email_update', currentEmail: 'tideswell.mp@nhs.net', newEmail: 'tideswellmedical.practice@nhs.net' }, {
      org: { odsCode: 'C81027', type: 'gp_practice' }, traits: ['inline_answers', 'html_coloured_answers', 'case_ref_reply', 'quoted_original_request'],
    }),
  };
}

// ---------------------------------------------------------------- 005
function d005(): CorpusEmail {
  const text = `Good morning,

Pharmacy: Marlowe Pharmacy
ODS: FH6T1

New email: marlowe.pharmacy-fh6t1@nhs.net - this replaces our old one, marlowepharmacy@nhs.net, which NHSmail are closing on 12 December.

Please could you update PCSE Online.

Thanks,
Ravi Chandran
Responsible Pharmacist
Marlowe Pharmacy, 60 Marlowe Road, Margate, CT9 2QT

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd005', date: '2026-11-25T08:12:49Z',
    from: { name: 'Ravi Chandran', email: 'ravi.chandran@nhs.net' }, subject: 'Update practice email address - FH6T1', text,
  });
  return {
    mailbox: MB, slug: 'practice-email-pharmacy-new-then-old', eml,
    expected: expected(MB, { kind: 'practice_email_update', currentEmail: 'marlowepharmacy@nhs.net', newEmail: 'marlowe.pharmacy-fh6t1@nhs.net' }, {
      org: { odsCode: 'FH6T1', type: 'pharmacy' }, traits: ['new_replaces_old_order', 'labelled_lines'],
    }),
  };
}

// ---------------------------------------------------------------- 006
async function d006(): Promise<CorpusEmail> {
  const p = new Page();
  p.text(40, 56, 'ASHGROVE PHARMACY LTD', 18, 'serifBold', NHS_BLUE);
  p.text(40, 74, '14 Ashgrove Road, Bradford, BD7 1AA  |  01274 555 201  |  Registered in England No. 08811234', 8.5, 'serif', GREY);
  p.line(40, 84, A4.w - 40, 84, 1, NHS_BLUE);
  p.text(40, 116, 'PCSE Data Management Team', 10.5, 'serif');
  p.text(40, 130, 'pcse.datamanager@nhs.net', 10.5, 'serif');
  p.text(A4.w - 140, 116, '27 November 2026', 10.5, 'serif');
  p.text(40, 164, 'Request to extend our current main contact to a new pharmacy', 12, 'serifBold');
  let y = p.para(40, 188, A4.w - 80, 'Dear Sir or Madam, following our acquisition of the pharmacy below, we would like to extend our current main contact to the new pharmacy so that it appears on the same PCSE Online account. The details are set out in the table.', 10.5, 'serif');
  y += 10;
  const cols = [40, 190, 380, A4.w - 40];
  p.band(cols[0]!, y, cols[3]! - cols[0]!, 20, SHADE);
  p.text(cols[0]! + 6, y + 14, '', 10, 'serifBold');
  p.text(cols[1]! + 6, y + 14, 'Existing pharmacy', 10, 'serifBold');
  p.text(cols[2]! + 6, y + 14, 'New pharmacy', 10, 'serifBold');
  const rows: [string, string[], string[]][] = [
    ['Name', ['Ashgrove Pharmacy'], ['Thornton Pharmacy']],
    ['ODS code', ['FR3K8'], ['']],
    ['Main contact', ['Deepak Sharma'], ['(same - to be extended)']],
    ['Main contact email', ['deepak.sharma4@nhs.net'], ['']],
    ['Address', ['14 Ashgrove Road', 'Bradford', 'BD7 1AA'], ['2 Market Street', 'Thornton', 'Bradford', 'BD13 3EF']],
    ['Telephone', ['01274 555 201'], ['01274 555 877']],
  ];
  let ry = y + 20;
  for (const [label, a, b] of rows) {
    const h = Math.max(a.length, b.length) * 14 + 8;
    p.box(cols[0]!, ry, cols[1]! - cols[0]!, h, 0.6).box(cols[1]!, ry, cols[2]! - cols[1]!, h, 0.6).box(cols[2]!, ry, cols[3]! - cols[2]!, h, 0.6);
    p.text(cols[0]! + 6, ry + 15, label, 10, 'serifBold');
    a.forEach((s, i) => p.text(cols[1]! + 6, ry + 15 + i * 14, s, 10, 'serif'));
    b.forEach((s, i) => p.text(cols[2]! + 6, ry + 15 + i * 14, s, 10, 'serif'));
    if (label === 'ODS code') {
      p.struck(cols[2]! + 6, ry + 15, 'FX9P1', 10, 'serif', BLACK);
      p.text(cols[2]! + 56, ry + 15, 'FX9P4', 12, 'hand', INK);
    }
    ry += h;
  }
  y = p.para(40, ry + 24, A4.w - 80, 'We understand that PCSE will telephone the new pharmacy to verify these details. Please ask for Deepak Sharma or the responsible pharmacist on duty.', 10.5, 'serif');
  p.text(40, y + 20, 'Yours faithfully,', 10.5, 'serif');
  p.sig(40, y + 30, 150, 36, 606);
  p.text(40, y + 84, 'Deepak Sharma', 10.5, 'serif');
  p.text(40, y + 98, 'Director and Superintendent Pharmacist, Ashgrove Pharmacy Ltd', 10.5, 'serif');
  const pdf = await flatPdf([p], { title: 'Letter to PCSE - main contact extension', author: 'Deepak', creator: 'Writer', producer: 'LibreOffice 7.6', date: new Date('2026-11-27T11:00:00Z') }, true);
  const text = `Hello,

We would like to extend our current main contact to our newly acquired pharmacy. All the details are in the attached letter. Please note I corrected the new pharmacy's ODS code by hand after printing - the correct code is the handwritten one.

Kind regards,

Deepak Sharma
Director, Ashgrove Pharmacy Ltd

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd006', date: '2026-11-27T11:42:16Z',
    from: { name: 'Deepak Sharma', email: 'deepak.sharma4@nhs.net' }, subject: 'Extend main contact to new pharmacy', text,
    attachments: [{ filename: 'PCSE letter - Thornton Pharmacy.pdf', type: 'application/pdf', data: pdf }],
  });
  return {
    mailbox: MB, slug: 'extension-pharmacy-letter-table-code-corrected', eml,
    expected: expected(MB, {
      kind: 'main_contact_extension',
      existingPractice: { odsCode: 'FR3K8', name: 'Ashgrove Pharmacy', mainContact: { name: 'Deepak Sharma', email: 'deepak.sharma4@nhs.net' }, address: '14 Ashgrove Road, Bradford, BD7 1AA', phone: '01274 555 201' },
      newPractice: { odsCode: 'FX9P4', name: 'Thornton Pharmacy', address: '2 Market Street, Thornton, Bradford, BD13 3EF' },
    }, { org: { odsCode: 'FR3K8', type: 'pharmacy' }, traits: ['pdf_flat', 'pdf_table', 'crossed_out_value', 'multi_line_address', 'details_only_in_pdf'] }),
  };
}

// ---------------------------------------------------------------- 007
function d007(): CorpusEmail {
  const subj = 'PCSE-2026-039120 - Extend main contact - further information required';
  const q = { from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: '26 November 2026 10:31', to: 'Rowan Blake <rowan.blake@nhs.net>', subject: subj };
  const q2 = { from: 'Rowan Blake <rowan.blake@nhs.net>', sent: '25 November 2026 17:05', to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', subject: 'New practice - Corbridge' };
  const text = `Hello, I've put the answers in below each question.

Rowan

${outlookQuoteText(q)}

Dear Rowan,

Thank you for your request to extend your main contact to your new practice. To process it we need the details of your existing practice:

> The name of your existing practice:
Clearview Opticians Hexham
> The ODS code of your existing practice:
TPH21
> The name of the main contact we hold for it:
Rowan Blake (me)
> The email address of that main contact:
rowan.blake@nhs.net
> The existing practice address:
7 Fore Street, Hexham, NE46 1LN
> The existing practice telephone number:
01434 555 120

We already have the new practice's details from your email below.

Kind regards
PCSE Data Management Team

${outlookQuoteText(q2)}

Hi, we've opened a second practice, Clearview Opticians Corbridge, ODS TPH39, at 2 Market Place, Corbridge, NE45 5AW. Can I be main contact for both please?
Rowan

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd007', date: '2026-11-26T13:55:03Z', parts: 'text',
    from: { name: 'Rowan Blake', email: 'rowan.blake@nhs.net' }, subject: `RE: ${subj}`, text,
    inReplyTo: '<PCSE-2026-039120.2@pcse.england.nhs.uk>', references: '<PCSE-2026-039120.2@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'extension-optical-inline-answers-new-in-quote', eml,
    expected: expected(MB, {
      kind: 'main_contact_extension',
      existingPractice: { odsCode: 'TPH21', name: 'Clearview Opticians Hexham', mainContact: { name: 'Rowan Blake', email: 'rowan.blake@nhs.net' }, address: '7 Fore Street, Hexham, NE46 1LN', phone: '01434 555 120' },
      newPractice: { odsCode: 'TPH39', name: 'Clearview Opticians Corbridge', address: '2 Market Place, Corbridge, NE45 5AW' },
    }, { org: { odsCode: 'TPH21', type: 'ophthalmic_practice' }, traits: ['inline_answers', 'case_ref_reply', 'details_split_reply_and_quote', 'text_only'] }),
  };
}

// ---------------------------------------------------------------- 008
function d008(): CorpusEmail {
  const text = `Dear PCSE Data Manager team,

I hope this finds you well. I'm writing about access for a practice we have just taken over, and I'm afraid it comes with some history.

As some of you may remember (we have had several phone calls!), my husband and I bought Millgate Dental Studio from Mr Gordon Fairley in September. The handover has not been smooth: Mr Fairley was still the main contact for Millgate until last week, and his old email (gordon.fairley@millgatedental.co.uk) no longer works, so we have not been able to order supplies for nearly two months. We had to borrow gloves from the practice next door, which was embarrassing.

I have spoken to the contracts team at the ICB and they have confirmed the contract transferred to us on 1 October.

What I would like now is for my existing main contact account (for Riverbank Dental) to be extended to Millgate, so I can manage both practices from one login. The details you ask for on your website:

Existing practice
Name: Riverbank Dental
ODS code: V034412
Main contact: Dr Hannah Osei
Main contact email: hannah.osei@nhs.net
Address: 41 Riverside Walk, Bedford, MK40 1RU
Telephone: 01234 555 671

New practice
ODS code: V078120
Name: Millgate Dental Studio
Address: 9 Millgate, Newark, NG24 4TS

I know you will phone Millgate to verify - please ask for me or our new practice manager, Sophie Lund, as the reception staff there are still getting used to the new ownership.

Finally, could someone please make sure Mr Fairley no longer has any access to Millgate? He has been very difficult about the handover.

With thanks and best wishes,

Dr Hannah Osei BDS
Principal Dentist, Riverbank Dental and Millgate Dental Studio

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd008', date: '2026-11-30T19:44:38Z',
    from: { name: 'Hannah Osei', email: 'hannah.osei@nhs.net' }, subject: 'Extending main contact to Millgate Dental Studio (V078120)', text,
  });
  return {
    mailbox: MB, slug: 'extension-dental-long-history', eml,
    expected: expected(MB, {
      kind: 'main_contact_extension',
      existingPractice: { odsCode: 'V034412', name: 'Riverbank Dental', mainContact: { name: 'Hannah Osei', email: 'hannah.osei@nhs.net' }, address: '41 Riverside Walk, Bedford, MK40 1RU', phone: '01234 555 671' },
      newPractice: { odsCode: 'V078120', name: 'Millgate Dental Studio', address: '9 Millgate, Newark, NG24 4TS' },
    }, { org: { odsCode: 'V034412', type: 'dental_practice' }, traits: ['long_context', 'complaint', 'request_in_middle', 'previous_owner_address', 'labelled_lines'] }),
  };
}

// ---------------------------------------------------------------- 009
function d009(): CorpusEmail {
  const origId = messageIdFor({ client: 'nhsmail', key: 'd009-original', from: { name: null, email: 'philippa.dunn@nhs.net' } });
  const q = { from: 'Philippa Dunn <philippa.dunn@nhs.net>', sent: '30 November 2026 11:52', to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', subject: 'New branch set up - Church View Surgery K83047' };
  const text = `Sorry - I've just realised I gave you the wrong branch code in my email below. Oakthorpe's ODS code is K83047001. K83047002 is the code for our Ashby site, which doesn't open until next spring, so please ignore that one for now.

Everything else below is correct.

Philippa

${outlookQuoteText(q)}

Hello,

We would like to set up access to PCSE Online for our new branch practice.

Main practice
Practice name: Church View Surgery
Organisation type: GP
ODS code: K83047
Main contact: Philippa Dunn
Main contact email: philippa.dunn@nhs.net
Address: 1 Church Lane, Measham, Swadlincote, DE12 7JU
Telephone: 01530 555 300

Branch practice
Branch main contact: Mrs Gail Norris
Email: gail.norris@nhs.net
Branch ODS code: K83047002
Branch name: Church View Surgery - Oakthorpe
Address: Oakthorpe Community Centre, Chapel Street, Oakthorpe, DE12 7QR
Telephone: 01530 555 311

Kind regards
Philippa Dunn
Practice Manager
Church View Surgery

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd009', date: '2026-11-30T12:06:19Z',
    from: { name: 'Philippa Dunn', email: 'philippa.dunn@nhs.net' }, subject: 'RE: New branch set up - Church View Surgery K83047', text,
    inReplyTo: origId, references: origId,
  });
  return {
    mailbox: MB, slug: 'branch-followup-corrects-branch-code', eml,
    expected: expected(MB, {
      kind: 'branch_setup',
      mainPractice: { odsCode: 'K83047', name: 'Church View Surgery', mainContact: { name: 'Philippa Dunn', email: 'philippa.dunn@nhs.net' }, address: '1 Church Lane, Measham, Swadlincote, DE12 7JU', phone: '01530 555 300' },
      branch: { odsCode: 'K83047001', name: 'Church View Surgery - Oakthorpe', address: 'Oakthorpe Community Centre, Chapel Street, Oakthorpe, DE12 7QR', phone: '01530 555 311', mainContact: { name: 'Gail Norris', email: 'gail.norris@nhs.net', title: 'Mrs' } },
    }, { org: { odsCode: 'K83047', type: 'gp_practice' }, traits: ['followup_correction', 'quoted_original_wrong_value', 'labelled_lines'] }),
  };
}

// ---------------------------------------------------------------- 010
function d010(): CorpusEmail {
  const text = `Hi,

I'm the business manager at South Staffordshire GP Federation and I'm helping one of our member practices, Meadowbank Practice, set up their new branch on PCSE Online. Their practice manager, Karen Brooks, is in copy.

Main practice
- Name: Meadowbank Practice
- Type: GP
- ODS code: R82050
- Main contact: Karen Brooks, karen.brooks8@nhs.net
- Address: Meadowbank House, 15 Lichfield Road, Stafford, ST17 4LD
- Phone: 01785 555 800

Branch
- Main contact: Dr Imogen Barclay (GP Partner), imogen.barclay@nhs.net
- Branch ODS code: R82005002
- Name: Meadowbank at Stoke Lane
- Address: Stoke Lane Health Hub, 2 Stoke Lane, Stafford, ST16 3AA
- Phone: 01785 555 822

The federation also looks after the IT for eleven other practices, several of which will be opening branches in the new year, so you may hear from me again!

Thanks,
Owen Jacobs
Business Manager
South Staffordshire GP Federation

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd010', date: '2026-12-01T10:17:52Z',
    from: { name: 'Owen Jacobs', email: 'owen.jacobs@nhs.net' }, cc: 'Karen Brooks <karen.brooks8@nhs.net>',
    subject: 'Branch set-up for Meadowbank Practice', text,
  });
  return {
    mailbox: MB, slug: 'branch-federation-code-not-main-code', eml,
    expected: expected(MB, {
      kind: 'branch_setup',
      mainPractice: { odsCode: 'R82050', name: 'Meadowbank Practice', mainContact: { name: 'Karen Brooks', email: 'karen.brooks8@nhs.net' }, address: 'Meadowbank House, 15 Lichfield Road, Stafford, ST17 4LD', phone: '01785 555 800' },
      branch: { odsCode: 'R82005002', name: 'Meadowbank at Stoke Lane', address: 'Stoke Lane Health Hub, 2 Stoke Lane, Stafford, ST16 3AA', phone: '01785 555 822', mainContact: { name: 'Imogen Barclay', email: 'imogen.barclay@nhs.net', title: 'Dr' } },
    }, { org: { odsCode: 'R82050', type: 'gp_practice' }, mustRaise: ['branch_code_mismatch'], traits: ['on_behalf_of', 'federation_writer', 'bulleted_labels', 'contact_in_cc'] }),
  };
}

// ---------------------------------------------------------------- 011
function d011(): CorpusEmail {
  const row = (a: string, b: string) => `<tr><td style="border:solid #BFBFBF 1.0pt;padding:3pt 6pt;background:#F2F2F2"><p class="MsoNormal"><b>${a}</b></p></td><td style="border:solid #BFBFBF 1.0pt;padding:3pt 6pt"><p class="MsoNormal">${b}</p></td></tr>`;
  const html = outlookHtml(`${mso([
    'Good afternoon,',
    '',
    'We would like to set up access to PCSE Online for our new branch at St Agnes. The builders finally handed the keys over last Friday (three months late, but that&#8217;s another story) and we start seeing patients there on 4 January, so we&#8217;d be grateful if this could be done before Christmas.',
    '',
    '<b>Main practice</b>',
  ], true)}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
${row('Practice name', 'Penhallow Surgery')}
${row('Organisation type', 'GP')}
${row('ODS code', 'L82033')}
${row('Main contact', 'Tessa Kerr')}
${row('Main contact email', 'tessa.kerr1@nhs.net')}
${row('Address', 'Penhallow House<br>Trevithick Road<br>Truro<br>TR1 3EZ')}
${row('Telephone', '01872 555 640')}
</table>
${mso(['', '<b>Branch</b>'], true)}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
${row('Branch main contact', 'Mr Liam Doherty')}
${row('Email', 'liam.doherty2@nhs.net')}
${row('Branch ODS code', 'L82033001')}
${row('Branch name', 'Penhallow Surgery &#8211; St Agnes')}
${row('Address', 'Vicarage Road<br>St Agnes<br>TR5 0TF')}
${row('Telephone', '01872 555 699')}
</table>
${mso(['', 'Liam is our branch manager and will look after supplies and records at St Agnes.', '', 'Many thanks,', '', 'Tessa Kerr', 'Practice Manager, Penhallow Surgery'])}`);
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd011', date: '2026-12-02T13:37:05Z', parts: 'html',
    from: { name: 'Tessa Kerr', email: 'tessa.kerr1@nhs.net' }, subject: 'Set up PCSE Online access for branch practice - L82033001', html,
  });
  return {
    mailbox: MB, slug: 'branch-html-tables-multiline-address', eml,
    expected: expected(MB, {
      kind: 'branch_setup',
      mainPractice: { odsCode: 'L82033', name: 'Penhallow Surgery', mainContact: { name: 'Tessa Kerr', email: 'tessa.kerr1@nhs.net' }, address: 'Penhallow House, Trevithick Road, Truro, TR1 3EZ', phone: '01872 555 640' },
      branch: { odsCode: 'L82033001', name: 'Penhallow Surgery – St Agnes', address: 'Vicarage Road, St Agnes, TR5 0TF', phone: '01872 555 699', mainContact: { name: 'Liam Doherty', email: 'liam.doherty2@nhs.net', title: 'Mr' } },
    }, { org: { odsCode: 'L82033', type: 'gp_practice' }, traits: ['html_only', 'html_table', 'multi_line_address', 'unrelated_news'] }),
  };
}

// ---------------------------------------------------------------- 012
function d012(): CorpusEmail {
  const text = `Hello,

We are a small dental practice in Aberystwyth Road, Cardigan and we are moving to new premises across the road in February. The practice name and owners are staying the same.

Do we need to tell PCSE about the new address ourselves, or will it come through from the ICB / ODS? And will our practice code change? I don't want to lose access to the portal in the middle of the move.

Many thanks,
Siân Pryce
Receptionist, Glan-yr-Afon Dental`;
  const eml = compose({
    client: 'yahoo', mailbox: MB, key: 'd012', date: '2026-11-20T12:25:40Z',
    from: { name: 'Siân Pryce', email: 'sian.pryce@yahoo.co.uk', enc: 'Q' }, subject: 'Moving premises - do we need to tell you?', text,
    html: `<html><head></head><body><div class="ydp4f1b2c3dyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">${text.split('\n').map((l) => (l ? `<div>${esc(l)}</div>` : '<div><br></div>')).join('')}</div></body></html>`,
  });
  return {
    mailbox: MB, slug: 'question-moving-premises', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, traits: ['question', 'yahoo', 'rfc2047_name', 'personal_address'] }),
  };
}

// ---------------------------------------------------------------- 013
function d013(): CorpusEmail {
  const text = `Thank you so much - I can see the new practice email on the portal now and the confirmation arrived in the new mailbox this morning.

Much appreciated,
Craig

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 20 November 2026 16:48
To: hollybushsurgery.admin@nhs.net
Subject: PCSE-2026-037415 - Practice email address updated

Dear Hollybush Surgery,

We have updated the practice email address for C84050 as requested. This confirmation has been sent to your new practice email address.

Kind regards
PCSE Data Management Team

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd013', date: '2026-11-21T09:05:51Z',
    from: { name: 'Craig Ellison', email: 'craig.ellison@nhs.net' }, subject: 'RE: PCSE-2026-037415 - Practice email address updated', text,
    inReplyTo: '<PCSE-2026-037415.4@pcse.england.nhs.uk>', references: '<PCSE-2026-037415.4@pcse.england.nhs.uk>',
  });
  return {
    mailbox: MB, slug: 'thanks-practice-email-done-pcse-ref', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, traits: ['thanks', 'case_ref_in_subject', 'quoted_pcse_confirmation'] }),
  };
}

// ---------------------------------------------------------------- 014
function d014(): CorpusEmail {
  const date = rfcDate('2026-11-24T15:31:09Z');
  const original = [
    'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'To: tideswellmedical.practice@nhs.net',
    'Subject: PCSE-2026-038890 - Practice email address updated',
    `Date: ${rfcDate('2026-11-24T15:30:58Z')}`,
    'Message-ID: <PCSE-2026-038890.5@pcse.england.nhs.uk>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    'Dear Tideswell Medical Practice,',
    '',
    'We have updated the practice email address for C81027 as requested. This confirmation',
    'has been sent to your new practice email address.',
    '',
    'Kind regards',
    'PCSE Data Management Team',
  ].join('\n');
  const human = `Your message to tideswellmedical.practice@nhs.net couldn't be delivered.

tideswellmedical.practice wasn't found at nhs.net.

pcse.datamanager  Office 365  tideswellmedical.practice
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is for a shared mailbox, check with the mailbox owner that it has been created.

Diagnostic information for administrators:
Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
tideswellmedical.practice@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`;
  const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse-mailer.pcse.england.nhs.uk
Arrival-Date: ${rfcDate('2026-11-24T15:30:59Z')}

Final-Recipient: rfc822;tideswellmedical.practice@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
  const boundary = '_7f3c1a0e-55b2-4d9e-9a61-2cb0e8d4f8a1_';
  const body = multipart('report', boundary, [
    textPart(human, { cte: 'quoted-printable', charset: 'us-ascii' }),
    ['Content-Type: message/delivery-status', '', status].join('\n'),
    ['Content-Type: message/rfc822', '', original].join('\n'),
  ], 'report-type=delivery-status');
  const eml = finish([
    `Received: from LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${date}`,
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>',
    'To: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'Subject: Undeliverable: PCSE-2026-038890 - Practice email address updated',
    `Date: ${date}`,
    'Message-ID: <7c1e9a0b4f2d4e8b9d6a3f5e2c1b0a99@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>',
    'In-Reply-To: <PCSE-2026-038890.5@pcse.england.nhs.uk>',
    'References: <PCSE-2026-038890.5@pcse.england.nhs.uk>',
    'Auto-Submitted: auto-replied',
    'X-MS-Exchange-Message-Is-Ndr: ',
    'Content-Language: en-GB',
  ], body);
  return {
    mailbox: MB, slug: 'bounce-confirmation-to-new-address', eml,
    expected: expected(MB, UNCLASSIFIED, { org: null, ignored: 'bounce', traits: ['bounce', 'multipart_report', 'case_ref_in_subject'] }),
  };
}

// ---------------------------------------------------------------- 015
function d015(): CorpusEmail {
  const text = `Hello,

I look after Hartley Opticians, the optical practice inside Hartley's Pharmacy on Station Road, Skipton. Our ODS code is FP8K2.

Please change our main contact, moving it from me (alison.hartley@nhs.net) to our new optical manager, Samuel Fitzgerald (samuel.fitzgerald@nhs.net). I am moving over to the pharmacy side of the business from January.

Thanks
Alison Hartley
Optical Manager, Hartley Opticians

${NHSMAIL_FOOTER}`;
  const eml = compose({
    client: 'nhsmail', mailbox: MB, key: 'd015', date: '2026-12-03T16:22:30Z',
    from: { name: 'Alison Hartley', email: 'alison.hartley@nhs.net' }, subject: 'Change of main contact', text,
  });
  return {
    mailbox: MB, slug: 'main-contact-optical-misdirected-pharmacy-code', eml,
    expected: expected(MB, { kind: 'main_contact_change', newMainContact: { name: 'Samuel Fitzgerald', email: 'samuel.fitzgerald@nhs.net' } }, {
      org: { odsCode: 'FP8K2', type: 'pharmacy' }, mustRaise: ['ods_type_mismatch'], traits: ['misdirected', 'moving_from_to', 'outgoing_contact_is_sender', 'code_shape_disagrees'],
    }),
  };
}

export const datamanagerEmails: (() => CorpusEmail | Promise<CorpusEmail>)[] = [
  d001, d002, d003, d004, d005, d006, d007, d008, d009, d010, d011, d012, d013, d014, d015,
];

