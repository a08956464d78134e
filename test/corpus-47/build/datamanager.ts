// datamanager mail of corpus 47: branches, extensions, email changes, merges and takeovers.
import { esc, NHS_FOOTER, type Mail } from './lib.js';
import { branchFormFillable, headedLetter } from './pdfs.js';
import { branchLetterScan } from './scans.js';

const P = (name: string | null, email: string | null) => ({ name, email });

export async function datamanagerMails(): Promise<Mail[]> {
  const mails: Mail[] = [];
  const dm = (m: Omit<Mail, 'mailbox'>): void => { mails.push({ ...m, mailbox: 'datamanager' }); };

  // 1 branch set-up, prose with headings, multi-line addresses
  dm({
    slug: 'branch-willows-headings', from: 'Helen Marsh <helen.marsh3@nhs.net>',
    subject: 'Set up PCSE Online access for branch practice - The Willows Medical Practice', date: 'Mon, 2 Nov 2026 09:12:40 +0000',
    text: `Good morning,

We would like to set up access to PCSE Online for our new branch practice. The ODS team have now issued the branch code (report attached to our records, not this email).

MAIN PRACTICE
Practice name: The Willows Medical Practice
Organisation type: GP
ODS code: M85042
Main contact: Helen Marsh (Practice Manager)
Main contact email: helen.marsh3@nhs.net
Address:
14 Church Lane
Kings Heath
Birmingham
B14 7RJ
Telephone: 0121 496 0872

BRANCH PRACTICE
Branch name: Willows at Druids Heath
Branch ODS code: M85042001
Address:
Druids Heath Health Centre
2 Pound Road
Birmingham
B14 5SB
Telephone: 0121 496 0990
Main contact for the branch: Mrs Sandra Okafor, Assistant Practice Manager
Email: sandra.okafor@nhs.net

Please call the practice on the main number if you need to verify any of the above.

Many thanks

Helen Marsh
Practice Manager
The Willows Medical Practice
${NHS_FOOTER}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'M85042', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'M85042', name: 'The Willows Medical Practice', mainContact: P('Helen Marsh', 'helen.marsh3@nhs.net'), address: '14 Church Lane, Kings Heath, Birmingham, B14 7RJ', phone: '0121 496 0872' },
        branch: { odsCode: 'M85042001', name: 'Willows at Druids Heath', address: 'Druids Heath Health Centre, 2 Pound Road, Birmingham, B14 5SB', phone: '0121 496 0990', mainContact: { name: 'Sandra Okafor', email: 'sandra.okafor@nhs.net', title: 'Mrs' } },
      },
      mustRaise: [], traits: ['headed_sections', 'multi_line_address', 'name_with_the', 'branch_contact_title'],
    },
  });

  // 2 branch set-up, HTML table (Outlook), apostrophe name, phone with brackets and extension, +44 main number
  {
    const rows: [string, string, string][] = [
      ['Practice name', "St Luke's Surgery", "St Luke's Surgery - Hythe"],
      ['ODS code', 'G82113', 'G82113002'],
      ['Address', '5 Cheriton Road<br>Folkestone<br>Kent CT20 1DB', 'Hythe Health Centre, Station Road, Hythe CT21 6AN'],
      ['Telephone', '+44 1303 252 500', '(01303) 266 410 ext. 2'],
      ['Main contact', 'Dr Paul Ferris', 'Ms Abena Mensah'],
      ['Main contact email', 'paul.ferris@nhs.net', 'abena.mensah2@nhs.net'],
    ];
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #999;padding:4px;font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Hi Data Manager team,<br><br>
Please could you set up our second branch site on PCSE Online. Details below (main site on the left, branch on the right). Our first branch (G82113001) is already set up, this one is new.<br><br></div>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td></td><td><b>Main site</b></td><td><b>New branch</b></td></tr>
${rows.map(([a, b, c]) => `<tr><td><b>${a}</b></td><td>${b.includes('<br>') ? b : esc(b)}</td><td>${esc(c)}</td></tr>`).join('\n')}
</table>
<div style="font-family:Calibri,sans-serif;font-size:11pt"><br>Abena will be running the Hythe site day to day.<br><br>Kind regards,<br><br>Paul<br><br>Dr Paul Ferris<br>Managing Partner<br>St Luke&#39;s Surgery, Folkestone</div>
</body></html>`;
    const text = `Hi Data Manager team,

Please could you set up our second branch site on PCSE Online. Details below (main site on the left, branch on the right). Our first branch (G82113001) is already set up, this one is new.

\tMain site\tNew branch
Practice name\tSt Luke's Surgery\tSt Luke's Surgery - Hythe
ODS code\tG82113\tG82113002
Address\t5 Cheriton Road
Folkestone
Kent CT20 1DB\tHythe Health Centre, Station Road, Hythe CT21 6AN
Telephone\t+44 1303 252 500\t(01303) 266 410 ext. 2
Main contact\tDr Paul Ferris\tMs Abena Mensah
Main contact email\tpaul.ferris@nhs.net\tabena.mensah2@nhs.net

Abena will be running the Hythe site day to day.

Kind regards,

Paul

Dr Paul Ferris
Managing Partner
St Luke's Surgery, Folkestone
`;
    dm({
      slug: 'branch-st-lukes-table', from: 'Ferris Paul (ST LUKES SURGERY) <paul.ferris@nhs.net>',
      subject: "Branch set up - St Luke's Surgery G82113 - second branch", date: 'Tue, 3 Nov 2026 14:03:11 +0000', text, html,
      expected: {
        kind: 'branch_setup', ignored: null, organisation: { odsCode: 'G82113', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'G82113', name: "St Luke's Surgery", mainContact: P('Paul Ferris', 'paul.ferris@nhs.net'), address: '5 Cheriton Road, Folkestone, Kent CT20 1DB', phone: '+44 1303 252 500' },
          branch: { odsCode: 'G82113002', name: "St Luke's Surgery - Hythe", address: 'Hythe Health Centre, Station Road, Hythe CT21 6AN', phone: '(01303) 266 410 ext. 2', mainContact: { name: 'Abena Mensah', email: 'abena.mensah2@nhs.net', title: 'Ms' } },
        },
        mustRaise: [], traits: ['html_table', 'two_columns', 'apostrophe_name', 'phone_extension', 'phone_plus44', 'other_branch_code_mentioned', 'nhsmail_display_name'],
      },
    });
  }

  // 3 branch set-up as a letter on headed paper (flat PDF), two numbers for the main site
  {
    const pdf = await headedLetter({ name: 'Ashworth & Partners', lines: ['Castleton Medical Centre', '1 Market Street, Castleton', 'Rochdale OL11 3AE', 'Tel 01706 555 210 / 01706 555 211', 'Practice code P87621'], colour: [0.05, 0.35, 0.3] }, [
      '20 November 2026', '',
      'Primary Care Support England - Data Manager', '',
      'Dear PCSE,', '',
      '# Branch practice set up on PCSE Online', '',
      'Following the opening of our branch surgery in Norden we would be grateful if you could set up access to PCSE Online for the branch. Our details are as follows.', '',
      '# Main practice',
      '| Name: Ashworth & Partners',
      '| Organisation type: GP practice',
      '| ODS code: P87621',
      '| Main contact held by PCSE: Dr Imran Qureshi, imran.qureshi1@nhs.net',
      '| Address: Castleton Medical Centre, 1 Market Street, Castleton, Rochdale, OL11 3AE',
      '| Telephone: 01706 555 210 / 01706 555 211', '',
      '# Branch practice',
      '| Name: Norden Surgery',
      '| ODS code: P87621001',
      '| Address: 44 Edenfield Road, Norden, Rochdale OL12 7QH',
      '| Telephone: 01706 555 300',
      '| Main contact: Miss Lauren Heywood (Branch Supervisor), lauren.heywood@nhs.net', '',
      'Please contact me on either of the numbers above should you need to verify any details.', '',
      'Yours sincerely,', '', '',
      'Dr Imran Qureshi',
      'Senior Partner, Ashworth & Partners',
    ]);
    dm({
      slug: 'branch-ashworth-letter-pdf', from: 'QURESHI, Imran (ASHWORTH & PARTNERS) <imran.qureshi1@nhs.net>',
      subject: 'Branch practice - letter attached', date: 'Fri, 20 Nov 2026 16:48:02 +0000',
      text: `Dear Data Manager,

Please find attached a letter regarding the set up of our branch practice on PCSE Online.

Regards
Imran Qureshi
${NHS_FOOTER}`,
      attachments: [{ filename: 'Letter to PCSE - Norden branch.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'branch_setup', ignored: null, organisation: { odsCode: 'P87621', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'P87621', name: 'Ashworth & Partners', mainContact: P('Imran Qureshi', 'imran.qureshi1@nhs.net'), address: 'Castleton Medical Centre, 1 Market Street, Castleton, Rochdale, OL11 3AE', phone: '01706 555 210 / 01706 555 211' },
          branch: { odsCode: 'P87621001', name: 'Norden Surgery', address: '44 Edenfield Road, Norden, Rochdale OL12 7QH', phone: '01706 555 300', mainContact: { name: 'Lauren Heywood', email: 'lauren.heywood@nhs.net', title: 'Miss' } },
        },
        mustRaise: [], traits: ['pdf_flat', 'headed_paper_letter', 'see_attached', 'ampersand_name', 'two_phone_numbers', 'nhsmail_display_name'],
      },
    });
  }

  // 4 branch set-up, the practice's own fillable form, two columns
  {
    const pdf = await branchFormFillable({
      mainName: 'Harbour View Surgery', mainCode: 'L83054', mainContact: 'Mrs Claire Trebilcock', mainEmail: 'claire.trebilcock@nhs.net',
      mainAddress: 'Harbour View Surgery, Quay Road, Saltash, PL12 6AB', mainPhone: '01752 841 077',
      branchName: 'Harbour View Surgery (Torpoint)', branchCode: 'L83054002', branchAddress: '7 Fore Street, Torpoint, Cornwall PL11 2AA',
      branchPhone: '01752 812 940', branchTitle: 'Mr', branchContact: 'Mark Penrose', branchEmail: 'mark.penrose@nhs.net',
    });
    dm({
      slug: 'branch-harbour-view-form', from: 'Claire Trebilcock <claire.trebilcock@nhs.net>',
      subject: 'New branch - Torpoint', date: 'Wed, 4 Nov 2026 10:21:55 +0000',
      text: `Hello,

We have had our new code through from ODS for the Torpoint site. I have put all the details on the attached form, I hope that's OK.

Mark is our reception lead at Torpoint and will be the main contact there.

Thanks
Claire

Claire Trebilcock
Practice Manager
Harbour View Surgery
${NHS_FOOTER}`,
      attachments: [{ filename: 'Branch setup form Torpoint.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'branch_setup', ignored: null, organisation: { odsCode: 'L83054', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'L83054', name: 'Harbour View Surgery', mainContact: P('Claire Trebilcock', 'claire.trebilcock@nhs.net'), address: 'Harbour View Surgery, Quay Road, Saltash, PL12 6AB', phone: '01752 841 077' },
          branch: { odsCode: 'L83054002', name: 'Harbour View Surgery (Torpoint)', address: '7 Fore Street, Torpoint, Cornwall PL11 2AA', phone: '01752 812 940', mainContact: { name: 'Mark Penrose', email: 'mark.penrose@nhs.net', title: 'Mr' } },
        },
        mustRaise: [], traits: ['pdf_acroform', 'see_attached', 'title_in_same_field', 'generic_field_names'],
      },
    });
  }

  // 5 branch set-up, all in one paragraph in the order written, phone with extension
  dm({
    slug: 'branch-brookside-run-on', from: 'Rachel Adeyemi <rachel.adeyemi@nhs.net>',
    subject: 'Branch surgery', date: 'Thu, 5 Nov 2026 18:40:17 +0000', client: 'android',
    text: `Hi, I am the main contact at Brookside Health Centre (code C83019) and we have taken over the old Kirton surgery as a branch from 1st November. Our main contact with you is me, rachel.adeyemi@nhs.net, and we are at 22 Brook Street Boston PE21 8RZ tel 01205 362114 ext 204. The branch is Kirton Surgery, its new code is C83019001, 9 High Street, Kirton, Boston PE20 1DR, phone 01205 722300. Please can you set up Mr Tom Whitlock, tom.whitlock@nhs.net, as the main contact for Kirton. He is our site manager there.

Thanks, Rachel (Dr R Adeyemi, GP partner)

Sent from Outlook for Android`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'C83019', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'C83019', name: 'Brookside Health Centre', mainContact: P('Rachel Adeyemi', 'rachel.adeyemi@nhs.net'), address: '22 Brook Street Boston PE21 8RZ', phone: '01205 362114 ext 204' },
        branch: { odsCode: 'C83019001', name: 'Kirton Surgery', address: '9 High Street, Kirton, Boston PE20 1DR', phone: '01205 722300', mainContact: { name: 'Tom Whitlock', email: 'tom.whitlock@nhs.net', title: 'Mr' } },
      },
      mustRaise: [], traits: ['run_on_prose', 'no_headings', 'order_only', 'phone_extension', 'mobile_client', 'takeover'],
    },
  });

  // 6 branch set-up with a branch code that is not the main code + 3 digits (digits transposed)
  dm({
    slug: 'branch-meadows-code-mismatch', from: 'The Meadows Practice <meadows.practice@nhs.net>',
    subject: 'Update - branch practice set up request', date: 'Fri, 6 Nov 2026 11:05:09 +0000',
    text: `Dear PCSE

Please set up our branch practice on PCSE Online.

Details of main practice
Name - The Meadows Practice
Type - GP
Code - J82150
Main contact - Mr Gareth Lloyd-Evans, Business Manager
Main contact email - gareth.lloyd-evans@nhs.net
Address - Meadows Health Centre, Bursledon Road, Southampton SO19 8BR
Tel - 023 8040 2211

Details of branch practice
Name - The Meadows Practice at Hedge End
Code - J82105001
Address - 1 St John's Road, Hedge End, Southampton SO30 4AF
Tel - 01489 785 600
Main contact - Dr Priya Nair
Email - priya.nair7@nhs.net

Kind regards

Reception / Admin team
The Meadows Practice
meadows.practice@nhs.net
${NHS_FOOTER}`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'J82150', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'J82150', name: 'The Meadows Practice', mainContact: P('Gareth Lloyd-Evans', 'gareth.lloyd-evans@nhs.net'), address: 'Meadows Health Centre, Bursledon Road, Southampton SO19 8BR', phone: '023 8040 2211' },
        branch: { odsCode: 'J82105001', name: 'The Meadows Practice at Hedge End', address: "1 St John's Road, Hedge End, Southampton SO30 4AF", phone: '01489 785 600', mainContact: { name: 'Priya Nair', email: 'priya.nair7@nhs.net', title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['dash_labels', 'shared_mailbox_sender', 'transposed_digits', 'hyphenated_name'],
    },
  });

  // 7 branch set-up, printed letter signed and scanned (image only)
  {
    const pdf = await branchLetterScan();
    dm({
      slug: 'branch-oakwood-scan', from: 'Oakwood Surgery Reception <oakwood.reception@nhs.net>',
      subject: 'Scanned from a Xerox multifunction printer', date: 'Mon, 16 Nov 2026 13:30:44 +0000',
      text: `Please open the attached document. It was scanned and sent to you using a Xerox multifunction printer.

Attachment File Type: PDF

Device Name: OAKWOOD-RECEP-MFD
`,
      attachments: [{ filename: 'Scan_20261116_133012.pdf', contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'branch_setup', ignored: null, organisation: { odsCode: 'K81077', type: 'gp_practice' },
        fields: {
          mainPractice: { odsCode: 'K81077', name: 'Oakwood Surgery', mainContact: P('Simon Adebayo-Clarke', 'simon.adebayo-clarke@nhs.net'), address: 'Oakwood Road, Wokingham, Berkshire RG40 3DL', phone: '0118 974 0110' },
          branch: { odsCode: 'K81077001', name: 'Oakwood Surgery - Twyford Branch', address: 'Polehampton Close, Twyford, Reading RG10 9RP', phone: '0118 934 5522', mainContact: { name: 'Joanne Pike', email: 'joanne.pike@nhs.net', title: 'Mrs' } },
        },
        mustRaise: [], traits: ['pdf_scan', 'scanner_email', 'headed_paper_letter', 'stamp', 'letterhead_details'],
      },
    });
  }

  // 8 main contact extension: pharmacy company with trading name takes over a second pharmacy
  dm({
    slug: 'extension-riverside-pharmacy-takeover', from: 'Nikhil Patel <nikhil.patel@nhs.net>',
    subject: 'Extend main contact to new pharmacy - Greenway Pharmacy FW817', date: 'Tue, 10 Nov 2026 08:55:31 +0000',
    text: `Hello,

We have now completed the purchase of Greenway Pharmacy and would like to extend our current main contact to the new pharmacy please.

Our existing pharmacy is Patel Healthcare Ltd t/a Riverside Pharmacy, ODS FQ452. The main contact you hold for us is myself, Nikhil Patel, nikhil.patel@nhs.net. Riverside Pharmacy is at Unit 3, Riverside Parade, Walton Road, Stafford ST16 3HB and the phone number is 01785 240118.

The new pharmacy is Greenway Pharmacy, ODS code FW817, 18 Greenway Avenue, Stafford, ST16 1RF. The change of ownership took effect on 1 November. The staff there are expecting your call.

Thank you

Nikhil Patel MRPharmS
Superintendent Pharmacist
Patel Healthcare Ltd
`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FQ452', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FQ452', name: 'Patel Healthcare Ltd t/a Riverside Pharmacy', mainContact: P('Nikhil Patel', 'nikhil.patel@nhs.net'), address: 'Unit 3, Riverside Parade, Walton Road, Stafford ST16 3HB', phone: '01785 240118' },
        newPractice: { odsCode: 'FW817', name: 'Greenway Pharmacy', address: '18 Greenway Avenue, Stafford, ST16 1RF' },
      },
      mustRaise: [], traits: ['prose', 'trading_name', 'takeover', 'new_code_in_subject'],
    },
  });

  // 9 main contact extension: dental practice opening a second site, old/new pairs
  dm({
    slug: 'extension-bright-smile-dental-pairs', from: 'Bright Smile Dental Care <brightsmile.dental@nhs.net>',
    subject: 'Extending main contact to new practice', date: 'Wed, 11 Nov 2026 12:17:08 +0000',
    text: `Dear Data Manager team,

We would like to extend a current main contact to a new practice. We are opening a second surgery in Ilkley and have our new code.

EXISTING practice name / NEW practice name:
Bright Smile Dental Care / Bright Smile Dental Care - Ilkley

EXISTING ODS code / NEW ODS code:
V012874 / V019332

EXISTING address / NEW address:
41 Otley Road, Guiseley, Leeds LS20 8AH / 2 The Grove, Ilkley, West Yorkshire LS29 9EE

Main contact for existing practice: Dr Hannah Lowe (hannah.lowe@nhs.net)
Existing practice phone: 01943 872 615

Dr Lowe is the practice owner and will remain main contact for both sites.

Best wishes

Kirsty Ambler
Practice Manager
Bright Smile Dental Care
`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'V012874', type: 'dental_practice' },
      fields: {
        existingPractice: { odsCode: 'V012874', name: 'Bright Smile Dental Care', mainContact: P('Hannah Lowe', 'hannah.lowe@nhs.net'), address: '41 Otley Road, Guiseley, Leeds LS20 8AH', phone: '01943 872 615' },
        newPractice: { odsCode: 'V019332', name: 'Bright Smile Dental Care - Ilkley', address: '2 The Grove, Ilkley, West Yorkshire LS29 9EE' },
      },
      mustRaise: [], traits: ['old_new_pairs', 'shared_mailbox_sender', 'sender_not_subject'],
    },
  });

  // 10 main contact extension: opticians, HTML table, ampersand and "+44 (0)" phone
  {
    const html = `<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Good afternoon,</p>
<p>We would like to extend our current main contact to our new practice at Bridge Street, which we took over from Mr Hughes on his retirement.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Existing practice</th><th>New practice</th></tr>
<tr><td>Name</td><td>Clarke &amp; Dunn Opticians</td><td>Clarke &amp; Dunn Opticians (Bridge Street)</td></tr>
<tr><td>ODS code</td><td>TPK31</td><td>TPL07</td></tr>
<tr><td>Address</td><td>12 Pride Hill<br>Shrewsbury<br>SY1 1DG</td><td>3 Bridge Street<br>Shrewsbury<br>SY1 1QP</td></tr>
<tr><td>Main contact</td><td>Graham Dunn</td><td></td></tr>
<tr><td>Main contact email</td><td>graham.dunn@nhs.net</td><td></td></tr>
<tr><td>Telephone</td><td>+44 (0)1743 360 551</td><td>+44 (0)1743 361 004</td></tr>
</table>
<p>Kind regards,<br>Graham Dunn FBDO<br>Director, Clarke &amp; Dunn Opticians Ltd</p>
</body></html>`;
    dm({
      slug: 'extension-clarke-dunn-optical-table', from: 'Graham Dunn <graham.dunn@nhs.net>',
      subject: 'Main contact extension - Clarke & Dunn Opticians TPK31 > TPL07', date: 'Thu, 12 Nov 2026 15:22:47 +0000', html,
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'TPK31', type: 'ophthalmic_practice' },
        fields: {
          existingPractice: { odsCode: 'TPK31', name: 'Clarke & Dunn Opticians', mainContact: P('Graham Dunn', 'graham.dunn@nhs.net'), address: '12 Pride Hill, Shrewsbury, SY1 1DG', phone: '+44 (0)1743 360 551' },
          newPractice: { odsCode: 'TPL07', name: 'Clarke & Dunn Opticians (Bridge Street)', address: '3 Bridge Street, Shrewsbury, SY1 1QP' },
        },
        mustRaise: [], traits: ['html_only', 'html_table', 'ampersand_name', 'phone_plus44', 'takeover', 'new_site_phone_extra'],
      },
    });
  }

  // 11 main contact extension: GP merger, two codes, the absorbed practice is the new one
  dm({
    slug: 'extension-elm-tree-merger', from: 'Karen Doyle <karen.doyle@nhs.net>',
    subject: 'Practice merger - extend main contact', date: 'Fri, 13 Nov 2026 09:48:26 +0000',
    text: `Dear Sir/Madam,

Elm Tree Surgery (Y02716) and Castle Practice (Y02544) are merging with effect from 1 December 2026. Both practices will keep their ODS codes for the time being while the contract variation goes through, and the merged practice will run from both buildings.

I am the main contact for Elm Tree Surgery and would like my access extended to Castle Practice please, so that I can manage supplies and records for both.

Existing practice
Elm Tree Surgery, Y02716
Main contact: Karen Doyle, karen.doyle@nhs.net
60 Elm Grove, Hull HU5 1LT
01482 341 220

New practice
Castle Practice, Y02544
Castle Street Health Centre, Castle Street, Hull HU1 2BQ

Castle Practice's current main contact, Mr Alan Birch, is retiring at the end of November; please contact their reception on 01482 223 904 to verify.

Yours faithfully

Karen Doyle
Practice Manager, Elm Tree Surgery
`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'Y02716', type: 'gp_practice' },
      fields: {
        existingPractice: { odsCode: 'Y02716', name: 'Elm Tree Surgery', mainContact: P('Karen Doyle', 'karen.doyle@nhs.net'), address: '60 Elm Grove, Hull HU5 1LT', phone: '01482 341 220' },
        newPractice: { odsCode: 'Y02544', name: 'Castle Practice', address: 'Castle Street Health Centre, Castle Street, Hull HU1 2BQ' },
      },
      mustRaise: [], traits: ['merger', 'two_codes', 'unlabelled_lines', 'third_person_named', 'second_phone_mentioned'],
    },
  });

  // 12 main contact extension as a flat headed letter (pharmacy group, apostrophes, "St")
  {
    const pdf = await headedLetter({ name: "St Aidan's Pharmacy", lines: ['Northgate Chemists Ltd', "47 St Aidan's Road, Bishop Auckland", 'County Durham DL14 6QJ', 'T: 01388 603 417', 'ODS: FH216'], colour: [0.45, 0.1, 0.45] }, [
      '23 November 2026', '',
      'Dear PCSE Data Manager,', '',
      '# Request to extend current main contact to a new pharmacy', '',
      "Northgate Chemists Ltd has acquired Bishop's Pharmacy, Newgate Street, from its previous owner. We would like our current main contact to be extended to the newly acquired pharmacy.", '',
      '# Details of our existing pharmacy',
      "| Name: St Aidan's Pharmacy",
      '| ODS code: FH216',
      '| Main contact: Aisha Rahman (aisha.rahman4@nhs.net)',
      "| Address: 47 St Aidan's Road, Bishop Auckland, County Durham DL14 6QJ",
      '| Telephone: 01388 603 417', '',
      '# Details of the new pharmacy',
      "| Name: Bishop's Pharmacy",
      '| ODS code: FK590',
      '| Address: 112 Newgate Street, Bishop Auckland DL14 7EQ', '',
      'Yours sincerely,', '',
      'Aisha Rahman',
      'Superintendent Pharmacist, Northgate Chemists Ltd',
    ]);
    dm({
      slug: 'extension-st-aidans-letter-pdf', from: 'Aisha Rahman <aisha.rahman4@nhs.net>',
      subject: "RE: Bishop's Pharmacy - PCSE access", date: 'Mon, 23 Nov 2026 10:02:13 +0000',
      text: `Hi,

As requested by the helpdesk, please find our request on headed paper attached.

Thanks,
Aisha
${NHS_FOOTER}`,
      attachments: [{ filename: "St Aidans - extend main contact to Bishop's.pdf", contentType: 'application/pdf', data: pdf }],
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FH216', type: 'pharmacy' },
        fields: {
          existingPractice: { odsCode: 'FH216', name: "St Aidan's Pharmacy", mainContact: P('Aisha Rahman', 'aisha.rahman4@nhs.net'), address: "47 St Aidan's Road, Bishop Auckland, County Durham DL14 6QJ", phone: '01388 603 417' },
          newPractice: { odsCode: 'FK590', name: "Bishop's Pharmacy", address: '112 Newgate Street, Bishop Auckland DL14 7EQ' },
        },
        mustRaise: [], traits: ['pdf_flat', 'headed_paper_letter', 'apostrophe_name', 'saint_name', 'legal_and_trading_name', 'see_attached'],
      },
    });
  }

  // 13 main contact extension: GP takes over a neighbouring practice's contract, addresses without postcodes
  dm({
    slug: 'extension-parkside-no-postcode', from: 'Dr Fiona McTavish <fiona.mctavish@nhs.net>',
    subject: 'Taking over Parkside Surgery - PCSE Online', date: 'Tue, 24 Nov 2026 17:26:50 +0000',
    text: `Hello

I'm writing from Abbey Lane Surgery (D81021). We have taken over the contract of Parkside Surgery, code D81633, from 1/12/26 and need PCSE Online to show it under our existing main contact.

Our main contact is Dr Fiona McTavish (me) - fiona.mctavish@nhs.net.
Abbey Lane Surgery, 8 Abbey Lane, Ely
Tel 01353 662 450 or 07700 900 318 (mobile, practice manager)

Parkside Surgery is at 1 Parkside, Littleport.

Please let me know if anything else is needed.

Fiona

Dr Fiona McTavish
Senior Partner
`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'D81021', type: 'gp_practice' },
      fields: {
        existingPractice: { odsCode: 'D81021', name: 'Abbey Lane Surgery', mainContact: P('Fiona McTavish', 'fiona.mctavish@nhs.net'), address: 'Abbey Lane Surgery, 8 Abbey Lane, Ely', phone: '01353 662 450' },
        newPractice: { odsCode: 'D81633', name: 'Parkside Surgery', address: '1 Parkside, Littleport' },
      },
      mustRaise: [], traits: ['no_postcode', 'mobile_beside_landline', 'takeover', 'prose', 'honorific_in_display_name'],
    },
  });

  // 13b main contact extension: dental company takes over a second practice, postcode on its own line, "(0191)" phone
  dm({
    slug: 'extension-harbour-dental-takeover', from: 'Jaspreet Kaur <jaspreet.kaur22@nhs.net>',
    subject: 'Request to extend main contact - dental practice acquisition', date: 'Wed, 25 Nov 2026 08:41:16 +0000',
    text: `Dear Data Manager,

Kaur Dental Ltd (trading as Harbour Dental) has bought Quayside Family Dentistry. Please extend our current main contact to the new practice.

Existing practice
Name: Kaur Dental Ltd t/a Harbour Dental
ODS: V021187
Main contact: Dr Jaspreet Kaur
Main contact email: jaspreet.kaur22@nhs.net
Address: 7 Grey Street
Newcastle upon Tyne
Postcode: NE1 6EE
Tel: (0191) 232 0874

New practice
Name: Quayside Family Dentistry
ODS: V030915
Address: 31 Sandhill, Newcastle upon Tyne
Postcode: NE1 3JF

The previous owner's associates are staying on, and the practice phone number is unchanged if you need to call them to verify.

Kind regards,
Dr Jaspreet Kaur BDS
Principal Dentist
`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'V021187', type: 'dental_practice' },
      fields: {
        existingPractice: { odsCode: 'V021187', name: 'Kaur Dental Ltd t/a Harbour Dental', mainContact: P('Jaspreet Kaur', 'jaspreet.kaur22@nhs.net'), address: '7 Grey Street, Newcastle upon Tyne, NE1 6EE', phone: '(0191) 232 0874' },
        newPractice: { odsCode: 'V030915', name: 'Quayside Family Dentistry', address: '31 Sandhill, Newcastle upon Tyne, NE1 3JF' },
      },
      mustRaise: [], traits: ['trading_name', 'takeover', 'postcode_own_line', 'phone_brackets', 'headed_sections'],
    },
  });

  // 14 practice email update, old / new pairs
  dm({
    slug: 'email-update-hollybank-old-new', from: 'Hollybank Surgery <hollybank.surgery@nhs.net>',
    subject: 'Update practice email address', date: 'Wed, 4 Nov 2026 08:30:02 +0000',
    text: `Hello

Practice: Hollybank Surgery
Practice code: N81066

Old email: hollybank.surgery@nhs.net
New email: hollybank.admin@nhs.net

We are moving to the new shared mailbox from 1st December as part of our move to the new building, so please send anything after that date to the new address.

Thank you
Lindsey Coates
Office Manager
${NHS_FOOTER}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'N81066', type: 'gp_practice' },
      fields: { currentEmail: 'hollybank.surgery@nhs.net', newEmail: 'hollybank.admin@nhs.net' },
      mustRaise: [], traits: ['old_new_pairs', 'sent_from_current_address', 'relocation'],
    },
  });

  // 15 practice email update after a merger: two codes, only one changes
  dm({
    slug: 'email-update-lime-street-merger', from: 'Olga Nowak <olga.nowak@nhs.net>',
    subject: 'Change of practice email following merger', date: 'Thu, 19 Nov 2026 11:47:38 +0000',
    text: `Dear PCSE,

Following the merger of Lime Street Medical Group (B83027) and Station Road Surgery (B83611) we now have one shared inbox for the merged practice.

Could you please update the practice email for Lime Street Medical Group, B83027, from limestreet.mg@nhs.net to limestreetstationroad.practice@nhs.net.

Station Road Surgery's own address (stationroad.surgery@nhs.net) will be closed when their code is retired in the spring; we will write again about that then, so please leave B83611 as it is for now.

Many thanks,

Olga Nowak
Operations Manager
Lime Street Medical Group
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'B83027', type: 'gp_practice' },
      fields: { currentEmail: 'limestreet.mg@nhs.net', newEmail: 'limestreetstationroad.practice@nhs.net' },
      mustRaise: [], traits: ['merger', 'two_codes', 'third_address_mentioned', 'prose'],
    },
  });

  // 16 practice email update to a person's own mailbox (pharmacy, apostrophe)
  dm({
    slug: 'email-update-oconnors-individual', from: "Sarah O'Connor <sarah.oconnor12@nhs.net>",
    subject: "Update practice email address - O'Connor's Pharmacy", date: 'Fri, 20 Nov 2026 13:13:13 +0000',
    text: `Hi there,

Please can you update the email address for O'Connor's Pharmacy (FN338).

Current: oconnors.pharmacy@nhs.net - we've lost access to this since the move, nobody seems to have the password
New: sarah.oconnor12@nhs.net

I'm the owner so it's easiest if it all comes to me.

Thanks
Sarah O'Connor
O'Connor's Pharmacy, 5 The Parade, Swindon SN1 1BA
01793 535 770
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'FN338', type: 'pharmacy' },
      fields: { currentEmail: 'oconnors.pharmacy@nhs.net', newEmail: 'sarah.oconnor12@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['apostrophe_name', 'personal_mailbox', 'relocation'],
    },
  });

  // 17 practice email update, HTML table with legal and trading names
  dm({
    slug: 'email-update-village-pharmacy-table', from: 'Medichem Head Office <medichem.headoffice@nhs.net>',
    subject: 'Update practice email address', date: 'Mon, 23 Nov 2026 09:05:59 +0000',
    html: `<html><body><div style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Good morning,</p>
<p>Please update the shared mailbox on record for the pharmacy below. The branch has been re-fitted and moved two doors down; the old mailbox was set up under the previous owner.</p>
<table style="border:1px solid #444;border-collapse:collapse" cellpadding="4">
<tr><td style="border:1px solid #444"><b>Pharmacy</b></td><td style="border:1px solid #444">Medichem Ltd t/a The Village Pharmacy</td></tr>
<tr><td style="border:1px solid #444"><b>ODS</b></td><td style="border:1px solid #444">fa7t2</td></tr>
<tr><td style="border:1px solid #444"><b>Current practice email</b></td><td style="border:1px solid #444">villagepharmacy.cheadle@nhs.net</td></tr>
<tr><td style="border:1px solid #444"><b>New practice email</b></td><td style="border:1px solid #444">medichem.villagepharmacy@nhs.net</td></tr>
</table>
<p>Regards,<br>Deepa Mistry<br>Compliance Officer, Medichem Ltd<br>Tel: 0161 428 0099 Ext 12</p>
</div></body></html>`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'FA7T2', type: 'pharmacy' },
      fields: { currentEmail: 'villagepharmacy.cheadle@nhs.net', newEmail: 'medichem.villagepharmacy@nhs.net' },
      mustRaise: [], traits: ['html_only', 'html_table', 'trading_name', 'lower_case_code', 'head_office_sender'],
    },
  });

  // 18 practice email update: a pharmacy quoting its co-located surgery's code
  dm({
    slug: 'email-update-elm-pharmacy-type-mismatch', from: 'Elm Pharmacy <elmpharmacy.kingsheath@nhs.net>',
    subject: 'New email address for pharmacy', date: 'Tue, 24 Nov 2026 10:10:10 +0000',
    text: `Hello,

We are the pharmacy inside The Willows Medical Practice building in Kings Heath.

Organisation type: Pharmacy
Name: Elm Pharmacy
ODS code: M85042
Current email: elm.pharmacy@nhs.net
New email: elmpharmacy.kingsheath@nhs.net

Thanks,
Jas Bains
Pharmacy Manager
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'M85042', type: 'gp_practice' },
      fields: { currentEmail: 'elm.pharmacy@nhs.net', newEmail: 'elmpharmacy.kingsheath@nhs.net' },
      mustRaise: ['ods_type_mismatch'], traits: ['wrong_code_for_type', 'sent_from_new_address', 'co_located'],
    },
  });

  // 19 practice email update in prose, the new address given before the old one
  dm({
    slug: 'email-update-dr-singh-prose', from: 'Reception - Dr Singh & Partners <drsinghandpartners@nhs.net>',
    subject: 'Practice email address', date: 'Wed, 25 Nov 2026 16:20:00 +0000',
    text: `Good afternoon

Please could you change our practice email to drsinghandpartners@nhs.net (this one) - at the moment you have stmarys.hc@nhs.net, which was the health centre's old address before we took over the building.

Practice: Dr Singh & Partners, St Mary's Health Centre
Practice code: F86704

Thanks

Reception team
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'F86704', type: 'gp_practice' },
      fields: { currentEmail: 'stmarys.hc@nhs.net', newEmail: 'drsinghandpartners@nhs.net' },
      mustRaise: [], traits: ['new_before_old', 'ampersand_name', 'saint_name', 'f_prefix_gp_code'],
    },
  });

  // 19b practice email update for a dental practice after a merger of two sites, code written with spaces
  dm({
    slug: 'email-update-dental-code-spaces', from: 'Tomasz Wiśniewski <tomasz.wisniewski@nhs.net>',
    subject: 'Update practice email address - Castlegate Dental', date: 'Thu, 26 Nov 2026 17:02:48 +0000',
    text: `Hello,

Our two sites (Castlegate and Fenwick Road) now share one reception team, so we have set up a single NHSmail shared mailbox.

Practice name: Castlegate Dental & Implant Centre
Practice code: v 045 390
Current practice email address: castlegate.dental@nhs.net
New practice email address: castlegatefenwick.dental@nhs.net

Fenwick Road's code (V045412) uses a different address and is not changing.

Dziękuję / thank you,
Tomasz Wiśniewski
Practice Manager
`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V045390', type: 'dental_practice' },
      fields: { currentEmail: 'castlegate.dental@nhs.net', newEmail: 'castlegatefenwick.dental@nhs.net' },
      mustRaise: [], traits: ['code_with_spaces', 'two_codes', 'merger', 'ampersand_name', 'non_ascii_sender'],
    },
  });

  // 20 main contact change sent to datamanager (after a takeover)
  dm({
    slug: 'main-contact-change-bishops-misdirected', from: 'Daniel Shaw <daniel.shaw@nhs.net>',
    subject: "New main contact - Bishop's Pharmacy", date: 'Thu, 26 Nov 2026 12:00:31 +0000',
    text: `Hello,

Now that Northgate Chemists have taken over Bishop's Pharmacy (FK590) I will be the pharmacist manager there. Could you please change the main contact for FK590 to me:

Daniel Shaw
daniel.shaw@nhs.net

The previous owner, Mr R. Bishop, no longer has any involvement with the pharmacy.

Thank you,
Daniel Shaw
Pharmacist Manager, Bishop's Pharmacy
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FK590', type: 'pharmacy' },
      fields: { newMainContact: P('Daniel Shaw', 'daniel.shaw@nhs.net') },
      mustRaise: [], traits: ['misdirected', 'takeover', 'old_contact_named'],
    },
  });

  // 21 genuine question: moving premises
  dm({
    slug: 'question-moving-premises', from: 'Priory Dental Practice <priory.dental@nhs.net>',
    subject: 'Moving premises - what do we need to do?', date: 'Fri, 27 Nov 2026 09:31:22 +0000',
    text: `Hi,

We are relocating our dental practice (V045721) to a new unit across town in February. The ODS code is not changing as far as we know.

Do we need to tell PCSE about the new address separately, or will it update from ODS automatically? And will our PCSE Online logins carry on working after the move?

Thanks for your help,
Marta
Priory Dental Practice
`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['genuine_question', 'relocation'],
    },
  });

  // 22 thanks with a case reference
  dm({
    slug: 'thanks-with-reference', from: 'Helen Marsh <helen.marsh3@nhs.net>',
    subject: 'RE: Your request has been completed [PCSE-2026-031877]', date: 'Mon, 30 Nov 2026 10:15:42 +0000',
    inReplyTo: '<ack.PCSE-2026-031877@pcse.england.nhs.uk>',
    text: `Thank you so much, Sandra has logged in and can see the branch. Much appreciated.

Helen

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 27 November 2026 15:02
To: Helen Marsh <helen.marsh3@nhs.net>
Subject: Your request has been completed [PCSE-2026-031877]

Dear Helen,

The branch Willows at Druids Heath (M85042001) has been set up on PCSE Online and the main contact has been sent their access details.

Kind regards
PCSE Data Management
`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['thanks', 'case_reference', 'quoted_completion'],
    },
  });

  // 23 chaser with a case reference in the body
  dm({
    slug: 'chaser-extension', from: 'Graham Dunn <graham.dunn@nhs.net>',
    subject: 'RE: Main contact extension - Clarke & Dunn Opticians TPK31 > TPL07', date: 'Tue, 8 Dec 2026 14:44:05 +0000',
    text: `Hello,

Just chasing this one - your reference PCSE-2026-032410. We still can't see Bridge Street in the drop-down and the staff there need to order supplies.

Could you let me know when it will be done?

Thanks,
Graham
`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['chaser', 'case_reference', 'codes_in_subject'],
    },
  });

  // 24 bounce from the practice's retired mailbox
  dm({
    slug: 'bounce-old-mailbox', from: 'Mail Delivery System <MAILER-DAEMON@nhs.net>',
    to: 'pcse.datamanager@nhs.net', subject: 'Undeliverable: Your request has been completed [PCSE-2026-030912]', date: 'Wed, 2 Dec 2026 08:01:17 +0000',
    client: 'system',
    raw: {
      contentType: 'multipart/report; report-type=delivery-status; boundary="ndr47"',
      body: `--ndr47
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

stationroad.surgery@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mx.nhs.net
stationroad.surgery@nhs.net
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--ndr47
Content-Type: message/delivery-status

Reporting-MTA: dns;mx.nhs.net

Final-Recipient: rfc822;stationroad.surgery@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--ndr47
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: stationroad.surgery@nhs.net
Subject: Your request has been completed [PCSE-2026-030912]
Date: Wed, 2 Dec 2026 08:00:58 +0000

--ndr47--
`,
    },
    expected: {
      kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {},
      mustRaise: [], traits: ['bounce', 'multipart_report', 'case_reference'],
    },
  });

  // 25 out-of-office reply
  dm({
    slug: 'auto-reply-practice-manager', from: 'Claire Trebilcock <claire.trebilcock@nhs.net>',
    subject: 'Automatic reply: PCSE - further information required [PCSE-2026-031455]', date: 'Thu, 3 Dec 2026 07:45:00 +0000',
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: claire.trebilcock@nhs.net'],
    text: `Thank you for your email. I am on annual leave until Monday 14th December with no access to email.

For anything urgent about the Torpoint branch please contact Mark Penrose (mark.penrose@nhs.net) or call the surgery on 01752 841 077.

Claire Trebilcock
Practice Manager, Harbour View Surgery
`,
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      mustRaise: [], traits: ['auto_reply', 'case_reference', 'alternative_contact'],
    },
  });

  return mails;
}
