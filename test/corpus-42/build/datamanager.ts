// datamanager: practice email updates, main contact extensions, GP branches.
import { encWord, hardWrap, htmlEscape, message, multipart, textPart, rfc822 } from './mime.js';
import { rfcDate, longDate, NHSMAIL_FOOTER, SCANNED_FOOTER, safeLink, urlDefense, divHtml, type Email, type ExpectedCase } from './clients.js';
import { outlookMail, simpleMail, pdfAtt, boundary } from './compose.js';
import { textPdf, Layout, type Op } from './pdfs.js';

const MB = 'datamanager' as const;
const P = (name: string | null, email: string | null) => ({ name, email });
const ex = (kind: string, org: ExpectedCase['organisation'], fields: Record<string, unknown>, traits: string[], mustRaise: string[] = []): ExpectedCase => ({ kind, ignored: null, organisation: org, fields, mustRaise, traits });

/** A pharmacy's notice typeset in two columns (existing | new), flat text. */
function twoColumnNotice(): Op[] {
  const L = new Layout();
  L.text(40, 60, 'Priory Pharmacy Group', 16, true);
  L.text(40, 80, 'Request to extend our PCSE Online Main Contact to a new pharmacy', 11, true);
  L.para(40, 100, 515, 'We have acquired a second pharmacy and would like our existing Main Contact to be extended to it. Details of both pharmacies are below. Please call the new pharmacy to verify.', 9);
  const col = (x: number, title: string, rows: [string, string][]) => {
    let y = 150;
    L.text(x, y, title, 11, true);
    y += 20;
    for (const [k, v] of rows) {
      L.text(x, y, k, 8.5, true);
      y += 12;
      for (const line of v.split('\n')) { L.text(x, y, line, 9.5); y += 12.5; }
      y += 6;
    }
  };
  col(40, 'EXISTING PHARMACY', [
    ['Pharmacy name', 'Priory Pharmacy'], ['ODS code', 'FAD62'], ['Main contact', 'Imran Hafeez'], ['Main contact email', 'imran.hafeez@nhs.net'],
    ['Address', '14 Priory Road\nHastings\nTN34 3JB'], ['Telephone', '01424 552190'],
  ]);
  L.ops.push({ t: 'line', x1: 300, y1: 140, x2: 300, y2: 420 });
  col(315, 'NEW PHARMACY', [
    ['Pharmacy name', 'Priory Pharmacy Ore'], ['ODS code', 'FX7R1'], ['Address', '201 Old London Road\nOre, Hastings\nTN35 5LT'], ['Date of acquisition', '1 November 2026'],
  ]);
  L.text(40, 460, 'Signed on behalf of Priory Pharmacy Group:  Imran Hafeez, Superintendent Pharmacist', 9);
  L.text(40, 810, 'Priory Pharmacy Group Ltd - Company no. 10442871', 7);
  return L.ops;
}

export async function datamanagerEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 Practice email update, Outlook desktop, CAUTION banner from the gateway, practice's own domain
  {
    const main = 'Hello,\n\nUpdate practice email address\n\nPractice name: The Willows Health Centre\nPractice code: M85019\nCurrent practice email address: willows.healthcentre@nhs.net\nNew practice email address: bsol.thewillowshc@nhs.net\n\nWe are moving to the ICB\'s naming convention for shared mailboxes.\n\nMany thanks\n';
    out.push({
      mailbox: MB, slug: 'practice-email-outlook-caution-banner',
      eml: outlookMail({ seed: 'd1', mailbox: MB, from: 'Natalie Okoro <natalie.okoro@thewillowshc.co.uk>', subject: '[EXTERNAL] Update practice email address - M85019', date: rfcDate(3, 9, 40, 51), main, auth: { domain: 'thewillowshc.co.uk', dkim: 'pass' },
        word: { banner: 'caution', sig: ['**Natalie Okoro**', 'Practice Manager', 'The Willows Health Centre', '01213 554 870'] }, logo: { text: 'The Willows', colour: '#330072' } }),
      expected: ex('practice_email_update', { odsCode: 'M85019', type: 'gp_practice' }, { currentEmail: 'willows.healthcentre@nhs.net', newEmail: 'bsol.thewillowshc@nhs.net' },
        ['caution_banner', 'outlook_word_html', 'inline_logo_cid', 'subject_prefix', 'non_nhs_sender']),
    });
  }

  // 2 Practice email update from an old system, 72 columns, malformed practice code
  {
    const text = hardWrap(`To PCSE Data Manager

Please update our practice email address. Our practice is Northway Surgery, practice code B8201. The current practice email address you hold for us is northway.surgery@nhs.net and the new practice email address we would like you to use from now on is northwaysurgery.admin@nhs.net

Thank you

Carol Ibbotson
Office Manager
Northway Surgery, 5 Northway, Scarborough YO12 7AF`, 72);
    out.push({
      mailbox: MB, slug: 'practice-email-legacy-wrapped-bad-code',
      eml: simpleMail({ seed: 'd2', mailbox: MB, client: 'legacy', from: 'Northway Surgery <northway.surgery@nhs.net>', subject: 'Update practice email address', date: rfcDate(4, 15, 2, 0), text, charset: 'us-ascii', cte: '7bit' }),
      expected: ex('practice_email_update', { odsCode: 'B8201', type: 'gp_practice' }, { currentEmail: 'northway.surgery@nhs.net', newEmail: 'northwaysurgery.admin@nhs.net' },
        ['hard_wrapped_72', 'label_value_split_by_wrap', 'prose_not_labels', 'malformed_code'], ['ods_invalid']),
    });
  }

  // 3 Practice email update to a person's own nhs.net address, Apple Mail HTML
  {
    const text = `Hi,

Can you please update the practice email for Smile Lane Dental (V014562)? The current one is smilelane.dental@nhs.net but nobody checks it any more. Please change it to my address laura.benn@nhs.net as I'm the practice owner.

Thanks,
Laura Benn
Principal Dentist, Smile Lane Dental`;
    const html = `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Hi,<div><br></div><div>Can you please update the practice email for Smile Lane Dental (V014562)? The current one is <a href="mailto:smilelane.dental@nhs.net">smilelane.dental@nhs.net</a> but nobody checks it any more. Please change it to my address <a href="mailto:laura.benn@nhs.net">laura.benn@nhs.net</a> as I’m the practice owner.</div><div><br></div><div>Thanks,</div><div>Laura Benn</div><div>Principal Dentist, Smile Lane Dental</div></body></html>`;
    out.push({
      mailbox: MB, slug: 'practice-email-personal-address-apple',
      eml: simpleMail({ seed: 'd3', mailbox: MB, client: 'apple', from: 'Laura Benn <laura.benn@nhs.net>', subject: 'Practice email', date: rfcDate(5, 19, 17, 29), text, html, flowed: true, delsp: true }),
      expected: ex('practice_email_update', { odsCode: 'V014562', type: 'dental_practice' }, { currentEmail: 'smilelane.dental@nhs.net', newEmail: 'laura.benn@nhs.net' },
        ['apple_mail', 'format_flowed', 'individual_address'], ['individual_mailbox']),
    });
  }

  // 4 Practice email update forwarded from head office in Gmail, long B-encoded subject folded over lines
  {
    const fwdBody = `Hi Chris,

Please ask PCSE to update the practice email for Wellcross Pharmacy (FLM29).
Current: wellcross.pharmacy@nhs.net
New: pharmacy.flm29@nhs.net

Thanks
Head Office Compliance`;
    const text = `Hello PCSE - forwarding the below from our head office. Please update our practice email address as shown.

Chris Adeleke
Pharmacist Manager, Wellcross Pharmacy

---------- Forwarded message ---------
From: Compliance <compliance@wellcrosshealth.co.uk>
Date: Thu, 5 Nov 2026 at 16:02
Subject: Update practice email address – Wellcross Pharmacy (FLM29) – action needed
To: Chris Adeleke <wellcross.manager@gmail.com>


${fwdBody}
`;
    const html = divHtml('Hello PCSE - forwarding the below from our head office. Please update our practice email address as shown.\n\nChris Adeleke\nPharmacist Manager, Wellcross Pharmacy', {
      forwardGmail: { header: ['From: Compliance <compliance@wellcrosshealth.co.uk>', 'Date: Thu, 5 Nov 2026 at 16:02', 'Subject: Update practice email address – Wellcross Pharmacy (FLM29) – action needed', 'To: Chris Adeleke <wellcross.manager@gmail.com>'], body: fwdBody },
    });
    out.push({
      mailbox: MB, slug: 'practice-email-gmail-forward-folded-subject',
      eml: simpleMail({ seed: 'd4', mailbox: MB, client: 'gmail', from: 'Chris Adeleke <wellcross.manager@gmail.com>', subject: encWord('Fwd: Update practice email address – Wellcross Pharmacy (FLM29) – action needed', 'B'), date: rfcDate(6, 8, 55, 3), text, html }),
      expected: ex('practice_email_update', { odsCode: 'FLM29', type: 'pharmacy' }, { currentEmail: 'wellcross.pharmacy@nhs.net', newEmail: 'pharmacy.flm29@nhs.net' },
        ['gmail_forwarded_message', 'rfc2047_subject_b', 'folded_subject', 'request_in_quoted_original', 'personal_webmail']),
    });
  }

  // 5 Practice email update, HTML only, base64 (NHSmail OWA)
  {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">Dear Data Manager team,</div><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt"><br></div><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">Please update the practice email address for <b>Northgate Dental Practice</b> (practice code <b>V009318</b>).</div><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt"><br></div><table style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt"><tr><td style="border:1px solid #999;padding:3px 8px">Current practice email</td><td style="border:1px solid #999;padding:3px 8px">northgatedental@nhs.net</td></tr><tr><td style="border:1px solid #999;padding:3px 8px">New practice email</td><td style="border:1px solid #999;padding:3px 8px">northgate.dentalpractice@nhs.net</td></tr></table><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt"><br></div><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">Regards,<br>Bronwen Lewis<br>Practice Manager</div><div><br></div><div style="font-size:8pt;color:gray">${NHSMAIL_FOOTER.split('\n').map(htmlEscape).join('<br>')}</div></body></html>`;
    out.push({
      mailbox: MB, slug: 'practice-email-html-only-base64-table',
      eml: simpleMail({ seed: 'd5', mailbox: MB, client: 'owa', from: 'Lewis Bronwen (NORTHGATE DENTAL PRACTICE) <bronwen.lewis3@nhs.net>', subject: 'Update practice email address - V009318', date: rfcDate(9, 12, 1, 26), html, cte: 'base64' }),
      expected: ex('practice_email_update', { odsCode: 'V009318', type: 'dental_practice' }, { currentEmail: 'northgatedental@nhs.net', newEmail: 'northgate.dentalpractice@nhs.net' },
        ['html_only', 'base64_html', 'html_table', 'nhsmail_display_name']),
    });
  }

  // 6 Main contact extension, details in a flat PDF typeset in two columns
  {
    const pdf = await textPdf([twoColumnNotice()], { title: 'Main contact extension', producer: 'Microsoft® Publisher 2021', creator: 'Microsoft® Publisher 2021', date: '2026-11-09T09:00:00Z' });
    const main = 'Dear PCSE,\n\nWe would like to extend our current main contact to our new pharmacy. All the details for both pharmacies are in the attached letter.\n\nKind regards\nImran Hafeez\nSuperintendent Pharmacist, Priory Pharmacy Group\n';
    out.push({
      mailbox: MB, slug: 'extension-two-column-pdf',
      eml: outlookMail({ seed: 'd6', mailbox: MB, from: 'Hafeez Imran <imran.hafeez@nhs.net>', subject: 'Extend main contact to new pharmacy', date: rfcDate(10, 10, 22, 8), main, word: { footer: NHSMAIL_FOOTER },
        attachments: [pdfAtt(pdf, 'PCSE main contact extension - Priory Pharmacy Ore.pdf', true)] }),
      expected: ex('main_contact_extension', { odsCode: 'FAD62', type: 'pharmacy' }, {
        existingPractice: { odsCode: 'FAD62', name: 'Priory Pharmacy', mainContact: P('Imran Hafeez', 'imran.hafeez@nhs.net'), address: '14 Priory Road, Hastings, TN34 3JB', phone: '01424 552190' },
        newPractice: { odsCode: 'FX7R1', name: 'Priory Pharmacy Ore', address: '201 Old London Road, Ore, Hastings, TN35 5LT' },
      }, ['pdf_flat', 'two_column_layout', 'see_attached', 'multi_line_address']),
    });
  }

  // 7 Main contact extension, Thunderbird format=flowed, addresses over several lines
  {
    const text = `Dear PCSE Data Manager,

I would like to extend a current main contact to a new practice.

Details of our existing practice:
Practice name: Abbey Road Dental
ODS code: V102938
Main contact: Grace Oyelowo
Main contact email: grace.oyelowo@nhs.net
Address:
3 Abbey Road
Barrow-in-Furness
LA14 5QW
Telephone: 01229 820 114

Details of the new practice:
ODS code: V118403
Practice name: Walney Island Dental
Address:
46 Ocean Road
Walney
Barrow-in-Furness
LA14 3DT

Please call Walney Island Dental on 01229 471 552 to verify - ask for me or our receptionist Shona.

Best regards,
Grace Oyelowo
Practice Manager`;
    out.push({
      mailbox: MB, slug: 'extension-thunderbird-flowed-dental',
      eml: simpleMail({ seed: 'd7', mailbox: MB, client: 'thunderbird', from: 'Grace Oyelowo <grace.oyelowo@nhs.net>', subject: 'Extend main contact to new practice - V118403', date: rfcDate(11, 17, 5, 40), text, flowed: true }),
      expected: ex('main_contact_extension', { odsCode: 'V102938', type: 'dental_practice' }, {
        existingPractice: { odsCode: 'V102938', name: 'Abbey Road Dental', mainContact: P('Grace Oyelowo', 'grace.oyelowo@nhs.net'), address: '3 Abbey Road, Barrow-in-Furness, LA14 5QW', phone: '01229 820 114' },
        newPractice: { odsCode: 'V118403', name: 'Walney Island Dental', address: '46 Ocean Road, Walney, Barrow-in-Furness, LA14 3DT' },
      }, ['thunderbird', 'format_flowed', 'multi_line_address', 'second_phone_for_new_practice']),
    });
  }

  // 8 Main contact extension, HTML only, a two-column table, URL-defence rewritten mailto
  {
    const link = urlDefense('mailto:joanna.hartley@nhs.net', 'd8');
    const cell = 'style="border:1px solid #bfbfbf;padding:4px 8px;vertical-align:top"';
    const html = `<html><body><p>Good morning,</p><p>Please could you extend our main contact to our new branch in Corbridge. Details below.</p><table style="border-collapse:collapse;font-family:Arial;font-size:10pt"><tr><th ${cell}></th><th ${cell}>Existing practice</th><th ${cell}>New practice</th></tr><tr><td ${cell}>Name</td><td ${cell}>Hartley &amp; Moss Opticians</td><td ${cell}>Hartley &amp; Moss Opticians (Corbridge)</td></tr><tr><td ${cell}>ODS code</td><td ${cell}>TPK31</td><td ${cell}>TPM08</td></tr><tr><td ${cell}>Main contact</td><td ${cell}>Joanna Hartley<br><a href="${link}">joanna.hartley@nhs.net</a></td><td ${cell}>(same)</td></tr><tr><td ${cell}>Address</td><td ${cell}>22 Market Place<br>Hexham<br>NE46 1XQ</td><td ${cell}>5 Front Street<br>Corbridge<br>NE45 5AP</td></tr><tr><td ${cell}>Telephone</td><td ${cell}>01434 600 221</td><td ${cell}></td></tr></table><p>Thank you,<br>Joanna Hartley<br>Partner, Hartley &amp; Moss Opticians</p><p style="font-size:8pt;color:#777">${htmlEscape(SCANNED_FOOTER).replace(/\n/g, '<br>')}</p></body></html>`;
    out.push({
      mailbox: MB, slug: 'extension-html-table-urldefense',
      eml: simpleMail({ seed: 'd8', mailbox: MB, client: 'outlook', from: 'Joanna Hartley <joanna.hartley@nhs.net>', subject: 'Main contact - new practice TPM08', date: rfcDate(12, 9, 15, 0), html }),
      expected: ex('main_contact_extension', { odsCode: 'TPK31', type: 'ophthalmic_practice' }, {
        existingPractice: { odsCode: 'TPK31', name: 'Hartley & Moss Opticians', mainContact: P('Joanna Hartley', 'joanna.hartley@nhs.net'), address: '22 Market Place, Hexham, NE46 1XQ', phone: '01434 600 221' },
        newPractice: { odsCode: 'TPM08', name: 'Hartley & Moss Opticians (Corbridge)', address: '5 Front Street, Corbridge, NE45 5AP' },
      }, ['html_only', 'html_table_two_columns', 'url_defense_mailto', 'virus_scanned_footer']),
    });
  }

  // 9 Branch set-up, Outlook desktop, labelled lines, logo
  {
    const main = `Dear PCSE,

We would like to set up access to PCSE Online for our branch practice.

**Main practice**
Practice name: Saltmarsh Medical Practice
Organisation type: GP
ODS code: H81042
Main contact: Rebecca Stone
Main contact email: rebecca.stone@nhs.net
Address: Saltmarsh Lane, Shoreham-by-Sea, BN43 5PA
Telephone: 01273 461 800

**Branch practice**
Main contact for the branch: Mr Paul Okafor
Email: paul.okafor@nhs.net
Branch ODS code: H81042001
Branch name: Saltmarsh Medical Practice - Adur Branch
Address: 2 Ferry Road, Lancing, BN15 8HZ
Telephone: 01903 750 123

Thank you
`;
    out.push({
      mailbox: MB, slug: 'branch-setup-outlook-labelled',
      eml: outlookMail({ seed: 'd9', mailbox: MB, from: 'Stone Rebecca (SALTMARSH MEDICAL PRACTICE) <rebecca.stone@nhs.net>', subject: 'Set up PCSE Online access for branch practice H81042001', date: rfcDate(13, 11, 48, 15), main,
        word: { sig: ['**Rebecca Stone**', 'Practice Manager', 'Saltmarsh Medical Practice'], footer: NHSMAIL_FOOTER }, logo: { text: 'Saltmarsh', colour: '#00A499' } }),
      expected: ex('branch_setup', { odsCode: 'H81042', type: 'gp_practice' }, {
        mainPractice: { odsCode: 'H81042', name: 'Saltmarsh Medical Practice', mainContact: P('Rebecca Stone', 'rebecca.stone@nhs.net'), address: 'Saltmarsh Lane, Shoreham-by-Sea, BN43 5PA', phone: '01273 461 800' },
        branch: { odsCode: 'H81042001', name: 'Saltmarsh Medical Practice - Adur Branch', address: '2 Ferry Road, Lancing, BN15 8HZ', phone: '01903 750 123', mainContact: { name: 'Paul Okafor', email: 'paul.okafor@nhs.net', title: 'Mr' } },
      }, ['outlook_word_html', 'inline_logo_cid', 'labelled_lines', 'bold_section_headings']),
    });
  }

  // 10 Branch set-up, plain text, branch code not built from the main code
  {
    const text = `Hello

Please set up our new branch on PCSE Online.

MAIN PRACTICE
Moorgate Surgery, ODS A86019
Main contact: Steven Dunn (steven.dunn@nhs.net)
14 Moorgate Road, Rotherham, S60 2AY
01709 364 220

BRANCH
Name: Moorgate Surgery at Brinsworth
ODS code: A86091002
Address: Brinsworth Lane, Brinsworth, Rotherham, S60 5BX
Tel: 01709 828 010
Main contact: Dr Lena Forsyth, lena.forsyth@nhs.net

Regards
Steven Dunn
Practice Business Manager`;
    out.push({
      mailbox: MB, slug: 'branch-setup-plain-code-mismatch',
      eml: simpleMail({ seed: 'd10', mailbox: MB, client: 'outlook', from: 'Dunn Steven <steven.dunn@nhs.net>', subject: 'New branch - Moorgate Surgery', date: rfcDate(16, 9, 5, 52), text, charset: 'us-ascii', cte: '7bit' }),
      expected: ex('branch_setup', { odsCode: 'A86019', type: 'gp_practice' }, {
        mainPractice: { odsCode: 'A86019', name: 'Moorgate Surgery', mainContact: P('Steven Dunn', 'steven.dunn@nhs.net'), address: '14 Moorgate Road, Rotherham, S60 2AY', phone: '01709 364 220' },
        branch: { odsCode: 'A86091002', name: 'Moorgate Surgery at Brinsworth', address: 'Brinsworth Lane, Brinsworth, Rotherham, S60 5BX', phone: '01709 828 010', mainContact: { name: 'Lena Forsyth', email: 'lena.forsyth@nhs.net', title: 'Dr' } },
      }, ['plain_text_only', 'unlabelled_address_lines', 'code_transposed'], ['branch_code_mismatch']),
    });
  }

  // 11 Branch set-up forwarded as an attached message (message/rfc822)
  {
    const innerText = `Sandra,

Here are the details for the Youlgrave branch - can you send them on to PCSE datamanager?

Main practice: Oakhill Health Centre
Organisation type: GP
ODS code: C83063
Main contact held by PCSE: Sandra Wilkes, sandra.wilkes@nhs.net
Address: Oakhill Road, Bakewell, DE45 1ED
Telephone: 01629 812 345

Branch: Oakhill Health Centre - Youlgrave Surgery
Branch ODS code: C83063001
Address: Alport Lane, Youlgrave, DE45 1WN
Telephone: 01629 636 200
Branch main contact: Ms Hannah Birch, hannah.birch2@nhs.net

Thanks
Andrew`;
    const inner = message([
      ['From', 'Dr Andrew Pell <andrew.pell@nhs.net>'], ['To', 'Sandra Wilkes <sandra.wilkes@nhs.net>'], ['Subject', 'Youlgrave branch - PCSE'],
      ['Date', rfcDate(17, 8, 2, 11)], ['Message-ID', '<LO0P265MB6011D4C2A7E1B0F39E5CC1A8B4C52@LO0P265MB6011.GBRP265.PROD.OUTLOOK.COM>'], ['Content-Language', 'en-GB'],
    ], textPart(innerText, { cte: '7bit', charset: 'us-ascii' }));
    const main = 'Hello,\n\nPlease see the attached email from Dr Pell, one of our partners, with the details for setting up our new branch practice on PCSE Online.\n\nKind regards\nSandra Wilkes\nPractice Manager, Oakhill Health Centre\n';
    out.push({
      mailbox: MB, slug: 'branch-setup-attached-message',
      eml: outlookMail({ seed: 'd11', mailbox: MB, from: 'Wilkes Sandra (OAKHILL HEALTH CENTRE) <sandra.wilkes@nhs.net>', subject: 'FW: Youlgrave branch - PCSE', date: rfcDate(17, 10, 30, 0), main, word: { footer: NHSMAIL_FOOTER },
        attachments: [rfc822(inner, 'Youlgrave branch - PCSE.eml')] }),
      expected: ex('branch_setup', { odsCode: 'C83063', type: 'gp_practice' }, {
        mainPractice: { odsCode: 'C83063', name: 'Oakhill Health Centre', mainContact: P('Sandra Wilkes', 'sandra.wilkes@nhs.net'), address: 'Oakhill Road, Bakewell, DE45 1ED', phone: '01629 812 345' },
        branch: { odsCode: 'C83063001', name: 'Oakhill Health Centre - Youlgrave Surgery', address: 'Alport Lane, Youlgrave, DE45 1WN', phone: '01629 636 200', mainContact: { name: 'Hannah Birch', email: 'hannah.birch2@nhs.net', title: 'Ms' } },
      }, ['attached_message_rfc822', 'request_in_attached_message']),
    });
  }

  // 12 Main contact change sent to the wrong mailbox, Gmail web with Safe Links rewritten mailto in the HTML
  {
    const text = `Hi,

Please can you change the main contact for Bridge Street Dental, practice code V067251, to Oksana Petrenko - oksana.petrenko@nhs.net<${safeLink('mailto:oksana.petrenko@nhs.net', 'd12')}>

Thanks
Tariq Aziz
Owner, Bridge Street Dental`;
    const html = divHtml('Hi,\n\nPlease can you change the main contact for Bridge Street Dental, practice code V067251, to Oksana Petrenko - oksana.petrenko@nhs.net\n\nThanks\nTariq Aziz\nOwner, Bridge Street Dental', {
      linkify: (s) => s.replace(/(oksana\.petrenko@nhs\.net)/, `<a href="${safeLink('mailto:oksana.petrenko@nhs.net', 'd12')}" originalsrc="mailto:oksana.petrenko@nhs.net">$1</a>`),
    });
    out.push({
      mailbox: MB, slug: 'main-contact-misdirected-gmail-safelinks',
      eml: simpleMail({ seed: 'd12', mailbox: MB, client: 'gmail', from: 'Tariq Aziz <bridgestreetdental@gmail.com>', subject: 'Change main contact', date: rfcDate(18, 13, 14, 2), text, html }),
      expected: ex('main_contact_change', { odsCode: 'V067251', type: 'dental_practice' }, { newMainContact: P('Oksana Petrenko', 'oksana.petrenko@nhs.net') },
        ['misdirected', 'safe_links_mailto', 'address_glued_to_link', 'personal_webmail']),
    });
  }

  // 13 Thanks carrying our reference
  {
    const main = 'Brilliant, thank you - confirmation received at the new address.\n\nBronwen\n';
    out.push({
      mailbox: MB, slug: 'thanks-with-reference',
      eml: outlookMail({ seed: 'd13', mailbox: MB, client: 'owa', from: 'Lewis Bronwen (NORTHGATE DENTAL PRACTICE) <bronwen.lewis3@nhs.net>', subject: 'RE: PCSE-2026-005112 Update practice email address - V009318', date: rfcDate(20, 8, 41, 9), inReplyTo: '<pcse.2026005112.done@pcse.england.nhs.uk>',
        main, word: { quoted: { from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: longDate(19, 16, 2), to: 'northgate.dentalpractice@nhs.net', subject: 'PCSE-2026-005112 Update practice email address - V009318', body: 'Your practice email address has been updated to northgate.dentalpractice@nhs.net.\n\nPCSE Data Management' }, footer: NHSMAIL_FOOTER } }),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_reference'] },
    });
  }

  // 14 Bounce of our confirmation (delivery status notification)
  {
    const b = boundary('outlook', 'd14', 5);
    const human = textPart(`Your message to northway.admin@nhs.net couldn't be delivered.

northway.admin wasn't found at nhs.net.

pcse.datamanager    Office 365    northway.admin
Action Required                   Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist.

Original message headers:
Subject: PCSE-2026-004990 Your practice email address has been updated
`, { cte: 'quoted-printable' });
    const status = { headers: [['Content-Type', 'message/delivery-status']] as [string, string][], body: Buffer.from('Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM\r\nReceived-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM\r\nArrival-Date: Fri, 20 Nov 2026 10:02:11 +0000\r\n\r\nFinal-Recipient: rfc822;northway.admin@nhs.net\r\nAction: failed\r\nStatus: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n') };
    const orig = { headers: [['Content-Type', 'text/rfc822-headers']] as [string, string][], body: Buffer.from('From: PCSE Data Manager <pcse.datamanager@nhs.net>\r\nTo: northway.admin@nhs.net\r\nSubject: PCSE-2026-004990 Your practice email address has been updated\r\nDate: Fri, 20 Nov 2026 10:02:09 +0000\r\nMessage-ID: <pcse.2026004990.done@pcse.england.nhs.uk>\r\n') };
    const root = multipart('report', b, [human, status, orig], { params: '; report-type=delivery-status' });
    const eml = message([
      ['From', 'Microsoft Outlook <postmaster@nhs.net>'], ['To', 'pcse.datamanager@nhs.net'], ['Date', rfcDate(20, 10, 2, 13)],
      ['Subject', 'Undeliverable: PCSE-2026-004990 Your practice email address has been updated'], ['Message-ID', '<0b1f7e2c-5d1a-4d2e-9a11-4c0e2f7d9b21@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>'],
      ['Content-Language', 'en-GB'], ['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', ''],
    ], root);
    out.push({ mailbox: MB, slug: 'bounce-confirmation-undeliverable', eml, expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'delivery_status_notification'] } });
  }

  // 15 A genuine question, Outlook with CAUTION banner (commissioner's own domain)
  {
    const main = 'Hello,\n\nOne of our practices is relocating its branch surgery to a new building across town. Does the branch keep its existing ODS code on PCSE Online or do we need to apply to the ODS team for a new one before contacting you?\n\nMany thanks\nHelen Armitage\nPractice Support Officer, Calderdale GP Federation\n';
    out.push({
      mailbox: MB, slug: 'question-branch-relocation',
      eml: outlookMail({ seed: 'd15', mailbox: MB, from: 'Helen Armitage <helen.armitage@calderdalegpfederation.co.uk>', subject: 'Query - branch relocation and ODS code', date: rfcDate(24, 14, 20, 0), main, auth: { domain: 'calderdalegpfederation.co.uk', dkim: 'pass' }, word: { banner: 'caution' } }),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'caution_banner'] },
    });
  }

  return out;
}
