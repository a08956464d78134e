// datamanager: practice email changes, main contact extensions, branch set-ups, and the rest.
import { compose, who, type Spec } from './compose.js';
import { addr, esc, headers, message, msoParas, msoTable, multipart, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, outlookHtml, rawPart, textPart, type Email } from './lib.js';

const TO = addr('PCSE Data Manager', 'pcse.datamanager@nhs.net');

export function datamanager(): Email[] {
  const specs: Spec[] = [];

  // 001 — a shared inbox at last; prose, code in the signature
  specs.push({
    file: '001-practice-email-shared-inbox-story',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('ZIELIŃSKA, Ewa (ORCHARD CROFT SURGERY)', 'ewa.zielinska@nhs.net'), to: TO, subject: 'Update practice email address', date: '2026-11-03T09:18:40Z' },
    text: `Good morning,

Our IT people have finally set up a proper shared inbox for the surgery, so letters from you won't sit in one person's mailbox when they're on leave.

The address you have for us at the moment is orchardcroft.surgery@nhs.net. Please could you change it to orchardcroft.enquiries@nhs.net, which the whole admin team can see.

With thanks,

Ewa Zielińska
Practice Manager
Orchard Croft Surgery
H81090
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'H81090', type: 'gp_practice' },
      fields: { currentEmail: 'orchardcroft.surgery@nhs.net', newEmail: 'orchardcroft.enquiries@nhs.net' },
      mustRaise: [], traits: ['prose_story', 'no_labels', 'non_ascii_name', 'signature_only_code'],
    },
  });

  // 002 — the "new practice email" is a person's own address; two Lloyd-Hughes in one email
  specs.push({
    file: '002-practice-email-to-managers-own-address',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('LLOYD-HUGHES, Ffion (BRAMBLE HILL DENTAL)', 'ffion.lloyd-hughes@nhs.net'), to: TO, subject: 'Update practice email address', date: '2026-11-04T11:36:02Z' },
    text: `Hi,

Megan Lloyd-Hughes (our practice manager, and my sister-in-law before you ask!) deals with everything from PCSE, so we would like all your emails to go straight to her rather than to the practice inbox that nobody checks.

Please change the practice email from bramblehill.dental@nhs.net to megan.lloyd-hughes@nhs.net.

Thanks very much,
Ffion Lloyd-Hughes
Receptionist, Bramble Hill Dental
Practice code V183320
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V183320', type: 'dental_practice' },
      fields: { currentEmail: 'bramblehill.dental@nhs.net', newEmail: 'megan.lloyd-hughes@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['same_surname', 'hyphenated_name', 'personal_mailbox_as_practice', 'signature_only_code'],
    },
  });

  // 003 — pharmacy, Outlook HTML table with bold labels; tab-separated text alternative
  {
    const rows: [string, string][] = [['Pharmacy name', 'Beaumont Pharmacy'], ['ODS code', 'FM631'], ['Email you have now', 'beaumont.pharmacy@nhs.net'], ['New email', 'pharmacy.fm631@nhs.net']];
    specs.push({
      file: '003-practice-email-pharmacy-html-table',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('DIALLO, Mariama (BEAUMONT PHARMACY)', 'mariama.diallo1@nhs.net'), to: TO, subject: 'Change of email', date: '2026-11-05T14:50:11Z' },
      text: `Hello\n\nPlease change our email address on your system.\n\n${rows.map(([a, b]) => `${a}\t${b}`).join('\n')}\n\nMariama Diallo\nPharmacy Manager\n`,
      html: outlookHtml(`${msoParas('Hello\n\nPlease change our email address on your system.\n')}\n${msoTable(rows)}\n${msoParas('\nMariama Diallo\nPharmacy Manager')}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'FM631', type: 'pharmacy' },
        fields: { currentEmail: 'beaumont.pharmacy@nhs.net', newEmail: 'pharmacy.fm631@nhs.net' },
        mustRaise: [], traits: ['html_table', 'surname_first_display_name', 'pharmacy'],
      },
    });
  }

  // 004 — pharmacist bought a second pharmacy; the whole request told as a story, HTML first
  {
    const body = `Hello,

I have been the main contact on PCSE Online for Oakapple Pharmacy (FAL38) for a few years. We are at 14 Bridge Street, Hexley HX4 2PL and our phone number is 01632 960771. I log in with ciaran.macgiolla@nhs.net.

Last month I bought Tidewater Pharmacy, which is at 3 Harbour Parade, Saltby SB2 9QT. The ODS team tell me its code is FK927.

I'd like to use the same PCSE Online account to look after both shops, if that's possible, rather than having two logins.

Go raibh maith agat,
Ciarán

Ciarán Mac Giolla
Owner and Superintendent Pharmacist`;
    specs.push({
      file: '004-extension-pharmacy-owner-bought-second-shop',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Ciarán Mac Giolla', 'ciaran.macgiolla@nhs.net'), to: TO, subject: 'Second pharmacy', date: '2026-11-06T10:12:57Z' },
      text: `${body}\n${NHSMAIL_FOOTER}`,
      html: outlookHtml(`${msoParas(body)}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FAL38', type: 'pharmacy' },
        fields: {
          existingPractice: { odsCode: 'FAL38', name: 'Oakapple Pharmacy', mainContact: who('Ciarán Mac Giolla', 'ciaran.macgiolla@nhs.net'), address: '14 Bridge Street, Hexley HX4 2PL', phone: '01632 960771' },
          newPractice: { odsCode: 'FK927', name: 'Tidewater Pharmacy', address: '3 Harbour Parade, Saltby SB2 9QT' },
        },
        mustRaise: [], traits: ['prose_story', 'no_labels', 'non_ascii_name', 'name_particle'],
      },
    });
  }

  // 005 — optical practice manager writes for the main contact; a three-column HTML table, multi-line addresses
  {
    const cells: [string, string, string][] = [
      ['Practice name', 'Pemberton-Shaw Opticians', 'Pemberton-Shaw Opticians at Keswick Road'],
      ['ODS code', 'TPD33', 'TPH90'],
      ['Address', '22 Castle Street\nOldbury-on-Fosse\nOF3 8NN', '118 Keswick Road\nOldbury-on-Fosse\nOF5 1QA'],
      ['Telephone', '01632 960640', ''],
      ['Main contact', 'PEMBERTON-SHAW Yasmin', 'same'],
      ['Main contact email', 'yasmin.pemberton-shaw@nhs.net', 'same'],
    ];
    const td = (s: string, b = false) => `<td style="border:solid #8EAADB 1.0pt;padding:2pt 6pt;vertical-align:top"><p class="MsoNormal">${b ? '<b>' : ''}${s.split('\n').map(esc).join('<br>')}${b ? '</b>' : ''}</p></td>`;
    const table = `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr>${td('', true)}${td('Existing practice', true)}${td('New practice', true)}</tr>\n${cells.map(([a, b, c]) => `<tr>${td(a, true)}${td(b)}${td(c)}</tr>`).join('\n')}\n</table>`;
    const intro = `Dear Data Manager team,

I'm the practice manager for Pemberton-Shaw Opticians. Yasmin, our owner, is already the main contact for our Castle Street practice and we'd like her to be main contact for our new practice on Keswick Road as well, which opened on 2 November. The details are in the table - Yasmin is copied in.`;
    specs.push({
      file: '005-extension-optical-three-column-table',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Sebastián Ortega', 'sebastian.ortega@nhs.net'), to: TO, cc: addr('Yasmin Pemberton-Shaw', 'yasmin.pemberton-shaw@nhs.net'), subject: 'Extend main contact to new practice', date: '2026-11-09T15:04:26Z' },
      text: `${intro}\n\n(see table)\n\nSebastián Ortega\nPractice Manager, Pemberton-Shaw Opticians\n`,
      html: outlookHtml(`${msoParas(intro)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${table}\n${msoParas('\nMany thanks,\nSebastián Ortega\nPractice Manager, Pemberton-Shaw Opticians')}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'TPD33', type: 'ophthalmic_practice' },
        fields: {
          existingPractice: { odsCode: 'TPD33', name: 'Pemberton-Shaw Opticians', mainContact: who('Yasmin Pemberton-Shaw', 'yasmin.pemberton-shaw@nhs.net'), address: '22 Castle Street, Oldbury-on-Fosse, OF3 8NN', phone: '01632 960640' },
          newPractice: { odsCode: 'TPH90', name: 'Pemberton-Shaw Opticians at Keswick Road', address: '118 Keswick Road, Oldbury-on-Fosse, OF5 1QA' },
        },
        mustRaise: [], traits: ['html_table', 'poor_plain_text', 'three_column_table', 'surname_first', 'writes_for_main_contact', 'multi_line_address', 'non_ascii_name'],
      },
    });
  }

  // 006 — branch set-up in an Outlook table with bold labels; branch contact "Mrs Siân Pryce-Jones"
  {
    const main: [string, string][] = [
      ['Main practice name', 'Harrowgate Hill Surgery'], ['Organisation type', 'GP'], ['ODS code', 'A82044'],
      ['Main contact', 'Lorraine Kitching'], ['Main contact email', 'lorraine.kitching@nhs.net'],
      ['Address', '1 Harrowgate Lane, Darnford, DF3 0HH'], ['Telephone', '01632 960300'],
    ];
    const branch: [string, string][] = [
      ['Branch main contact', 'Mrs Siân Pryce-Jones'], ['Email', 'sian.pryce-jones@nhs.net'], ['Branch ODS code', 'A82044001'],
      ['Branch name', 'Ravensworth Road Surgery'], ['Address', '54 Ravensworth Road, Darnford, DF4 2RR'], ['Telephone', '01632 960315'],
    ];
    const intro = 'Hello,\n\nWe would like to set up access to PCSE Online for our new branch. Our details are below.\n';
    specs.push({
      file: '006-branch-setup-outlook-tables',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('KITCHING, Lorraine (HARROWGATE HILL SURGERY)', 'lorraine.kitching@nhs.net'), to: TO, subject: 'New branch - Ravensworth Road', date: '2026-11-10T10:29:48Z' },
      text: `${intro}\nMain practice\n${main.map(([a, b]) => `${a}: ${b}`).join('\n')}\n\nBranch\n${branch.map(([a, b]) => `${a}: ${b}`).join('\n')}\n\nLorraine Kitching\nPractice Manager\n${NHSMAIL_FOOTER}`,
      html: outlookHtml(`${msoParas(intro)}\n${msoTable(main, { header: ['Main practice', ''] })}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoTable(branch, { header: ['Branch', ''] })}\n${msoParas('\nKind regards\nLorraine Kitching\nPractice Manager')}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'branch_setup', ignored: null, organisation: { odsCode: 'A82044', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'A82044', name: 'Harrowgate Hill Surgery', mainContact: who('Lorraine Kitching', 'lorraine.kitching@nhs.net'), address: '1 Harrowgate Lane, Darnford, DF3 0HH', phone: '01632 960300' },
          branch: { odsCode: 'A82044001', name: 'Ravensworth Road Surgery', address: '54 Ravensworth Road, Darnford, DF4 2RR', phone: '01632 960315', mainContact: { name: 'Siân Pryce-Jones', email: 'sian.pryce-jones@nhs.net', title: 'Mrs' } },
        },
        mustRaise: [], traits: ['html_table', 'bold_labels', 'non_ascii_name', 'hyphenated_name', 'honorific_title'],
      },
    });
  }

  // 007 — branch set-up told as a story; the branch code's digits are transposed
  {
    const body = `Dear PCSE,

I'm writing to ask you to set up PCSE Online for the new branch of our practice. We are a GP practice, Kingsmead Medical Group, code B82041, at Kingsmead House, 9 Abbey Walk, Yarford YF2 6PL (01632 960488). I'm the main contact you hold for us, adaeze.oyelaran-smith@nhs.net.

In September we took over the old walk-in centre and it is now our branch, Kingsmead at Northgate, Northgate Health Village, Fenwick Road, Yarford YF7 3JD, phone 01632 960499. The ODS team gave us the code B82014002 for it.

Our operations manager, Mr Tomasz Kowalczyk, will run the branch day to day, so please could he be its main contact. His email is tomasz.kowalczyk@nhs.net.

Many thanks

Dr Adaeze Oyelaran-Smith
Senior Partner, Kingsmead Medical Group`;
    specs.push({
      file: '007-branch-setup-story-transposed-code',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('OYELARAN-SMITH, Adaeze (Dr) (KINGSMEAD MEDICAL GROUP)', 'adaeze.oyelaran-smith@nhs.net'), to: TO, subject: 'Branch practice access', date: '2026-11-12T16:44:03Z' },
      text: `${body}\n${NHSMAIL_FOOTER}`,
      expected: {
        kind: 'branch_setup', ignored: null, organisation: { odsCode: 'B82041', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'B82041', name: 'Kingsmead Medical Group', mainContact: who('Adaeze Oyelaran-Smith', 'adaeze.oyelaran-smith@nhs.net'), address: 'Kingsmead House, 9 Abbey Walk, Yarford YF2 6PL', phone: '01632 960488' },
          branch: { odsCode: 'B82014002', name: 'Kingsmead at Northgate', address: 'Northgate Health Village, Fenwick Road, Yarford YF7 3JD', phone: '01632 960499', mainContact: { name: 'Tomasz Kowalczyk', email: 'tomasz.kowalczyk@nhs.net', title: 'Mr' } },
        },
        mustRaise: ['branch_code_mismatch'], traits: ['prose_story', 'no_labels', 'branch_code_transposed', 'hyphenated_name', 'honorific_title'],
      },
    });
  }

  // 008 — main contact change sent to datamanager; code in the subject
  specs.push({
    file: '008-main-contact-change-misdirected',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('DVOŘÁK, Marek (Dr) (FENSTANTON ROAD SURGERY)', 'marek.dvorak@nhs.net'), to: TO, subject: 'D81077 main contact', date: '2026-11-16T08:55:30Z' },
    text: `Hello,

Pauline Gresham, who was our main contact, left us at the end of October. Deepika Venkataraman is our new practice manager and should be the main contact from now on - deepika.venkataraman@nhs.net.

Regards
Dr Marek Dvořák
GP Partner
Fenstanton Road Surgery
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'D81077', type: 'gp_practice' },
      fields: { newMainContact: who('Deepika Venkataraman', 'deepika.venkataraman@nhs.net') },
      mustRaise: [], traits: ['misdirected', 'subject_details', 'non_ascii_name', 'old_contact_named'],
    },
  });

  // 009 — a question about ODS codes
  specs.push({
    file: '009-question-how-to-get-branch-code',
    hdr: { client: 'gmail', domain: 'gmail.com', from: addr('Nia Abernethy', 'nia.abernethy.pm@gmail.com'), to: TO, subject: 'ODS code for a branch?', date: '2026-11-17T19:21:44Z' },
    text: `Hi, we're opening a branch surgery in the new year. Do we get the ODS code from you or from someone else? And how long does it usually take? Thanks, Nia\n`,
    html: '<div dir="ltr">Hi, we&#39;re opening a branch surgery in the new year. Do we get the ODS code from you or from someone else? And how long does it usually take? Thanks, Nia</div>\n',
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'personal_webmail'] },
  });

  // 011 — thanks with a reference
  specs.push({
    file: '011-thanks-new-address-works',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Orchard Croft Enquiries', 'orchardcroft.enquiries@nhs.net'), to: TO, subject: 'RE: PCSE-2026-005233 Practice email address updated', date: '2026-11-20T09:47:12Z', inReplyTo: '<ack-PCSE-2026-005233@pcse.england.nhs.uk>' },
    text: `Thank you - we've received your confirmation at the new address, so it all works.

Ewa
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'caseref_in_subject'] },
  });

  const out = specs.map((s) => compose('datamanager', s));

  // 010 — a bounce of PCSE's confirmation (multipart/report)
  {
    const slug = 'datamanager/010-bounce-confirmation-undeliverable';
    const hdrs = headers({ client: 'system', domain: 'nhs.net', slug, from: addr('Mail Delivery System', 'MAILER-DAEMON@nhs.net'), to: TO, subject: 'Undeliverable: PCSE-2026-005180 Practice email address updated', date: '2026-11-18T12:02:09Z',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']] });
    const human = textPart(`Your message to pharmacy.fm63l@nhs.net couldn't be delivered.

pharmacy.fm63l wasn't found at nhs.net.

Action required: check the recipient's address and try again.
`, '7bit', 'us-ascii');
    const status = rawPart([['Content-Type', 'message/delivery-status']], `Reporting-MTA: dns; mx.nhs.net
Arrival-Date: Wed, 18 Nov 2026 12:02:03 +0000

Final-Recipient: rfc822; pharmacy.fm63l@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
`);
    const orig = rawPart([['Content-Type', 'text/rfc822-headers']], `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: pharmacy.fm63l@nhs.net
Subject: PCSE-2026-005180 Practice email address updated
Date: Wed, 18 Nov 2026 12:01:58 +0000
Message-ID: <conf-PCSE-2026-005180@pcse.england.nhs.uk>
`);
    const root = multipart('report', [human, status, orig], slug, 'plain', '; report-type=delivery-status');
    out.push({
      file: '010-bounce-confirmation-undeliverable',
      eml: message(hdrs, root),
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'caseref_in_subject', 'multipart_report'] },
    });
  }
  return out;
}
