/** Emails to pcse.datamanager@nhs.net (and a few data-manager requests sent to the wrong mailbox). */
import { type CorpusEntry, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, nhsMessage, nov, org, outlookHtml, person } from './common.js';

const M = 'datamanager' as const;
const pe = (currentEmail: string | null, newEmail: string | null) => ({ currentEmail, newEmail });
const ext = (
  ex: { odsCode: string | null; name: string | null; mainContact: ReturnType<typeof person>; address: string | null; phone: string | null },
  nw: { odsCode: string | null; name: string | null; address: string | null },
) => ({ existingPractice: ex, newPractice: nw });
const br = (
  mainPractice: { odsCode: string | null; name: string | null; mainContact: ReturnType<typeof person>; address: string | null; phone: string | null },
  branch: { odsCode: string | null; name: string | null; address: string | null; phone: string | null; mainContact: { name: string | null; email: string | null; title: string | null } },
) => ({ mainPractice, branch });

export const DATAMANAGER: CorpusEntry[] = [
  {
    n: 1, slug: 'practice-email-label-value', mailbox: M,
    message: nhsMessage(M, 'Janet Wilkes <janet.wilkes@nhs.net>', 'Change of practice email address', nov(2, '10:00:00'), 'd001', {
      text: `Dear Data Manager,

Please update our practice email address on PCSE Online.

Practice name: Ashgrove Surgery
Practice code: P84022
Current practice email: ashgrove.surgery@nhs.net
New practice email: ashgrove.admin@nhs.net

Kind regards
Janet Wilkes
Practice Manager
Tel: 0161 496 0444

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('P84022', 'gp_practice'),
      fields: pe('ashgrove.surgery@nhs.net', 'ashgrove.admin@nhs.net'), mustRaise: [], traits: ['label_value'],
    },
  },
  {
    n: 2, slug: 'practice-email-individual-mailbox', mailbox: M,
    message: nhsMessage(M, 'Lakeside Pharmacy <lakeside.pharmacy@nhs.net>', 'new email for pharmacy', nov(3, '11:30:00'), 'd002', {
      text: `Hi, Lakeside Pharmacy FK731 - please change our email from lakeside.pharmacy@nhs.net to our pharmacist's, which is rebecca.lloyd5@nhs.net, as she checks it more often. Thanks\n\nRebecca Lloyd\nPharmacist Manager\n`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('FK731', 'pharmacy'),
      fields: pe('lakeside.pharmacy@nhs.net', 'rebecca.lloyd5@nhs.net'), mustRaise: ['individual_mailbox'], traits: ['terse', 'individual_mailbox'],
    },
  },
  {
    n: 3, slug: 'practice-email-html-table', mailbox: M,
    message: nhsMessage(M, 'Greenlane Medical Centre <greenlane.mc@nhs.net>', 'Practice Email Change Request', nov(6, '09:45:00'), 'd003', {
      encoding: 'quoted-printable',
      html: outlookHtml(`<p class="MsoNormal">Good morning,</p><p class="MsoNormal">Please could you amend our practice email as per the below.</p>
<table class="MsoNormalTable" border="1" cellpadding="0" style="border-collapse:collapse">
<tr><td width="200"><p class="MsoNormal"><b>Practice Name</b></p></td><td><p class="MsoNormal">Greenlane Medical Centre</p></td></tr>
<tr><td><p class="MsoNormal"><b>Practice Code</b></p></td><td><p class="MsoNormal">L83 104</p></td></tr>
<tr><td><p class="MsoNormal"><b>Current Email</b></p></td><td><p class="MsoNormal"><a href="mailto:greenlane.mc@nhs.net">greenlane.mc@nhs.net</a></p></td></tr>
<tr><td><p class="MsoNormal"><b>New Email</b></p></td><td><p class="MsoNormal"><a href="mailto:Greenlane.Reception@nhs.net">Greenlane.Reception@nhs.net</a></p></td></tr>
</table>
<p class="MsoNormal">Many thanks,<br>Ruth Penhaligon | Office Manager | 01872 496 300 | ruth.penhaligon@nhs.net</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('L83104', 'gp_practice'),
      fields: pe('greenlane.mc@nhs.net', 'greenlane.reception@nhs.net'), mustRaise: [], traits: ['html_only', 'html_table', 'spaced_ods', 'quoted_printable', 'distractor_email'],
    },
  },
  {
    n: 4, slug: 'practice-email-no-current', mailbox: M,
    message: nhsMessage(M, 'Dr Anil Mehta <anil.mehta@nhs.net>', 'practice email', nov(9, '18:05:00'), 'd004', {
      text: `Hello\n\nWe have a new shared mailbox for the practice: hillcrest.practice@nhs.net. Please use this going forward for Hillcrest Practice (M83 012).\n\nAnil Mehta\nGP Partner\n\n${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('M83012', 'gp_practice'),
      fields: pe(null, 'hillcrest.practice@nhs.net'), mustRaise: [], traits: ['omits_current_email', 'spaced_ods'],
    },
  },
  {
    n: 5, slug: 'practice-email-forwarded-b64', mailbox: M,
    message: nhsMessage(M, 'Tariq Hussain <tariq.hussain9@nhs.net>', 'Fw: Email change for Moorside', nov(10, '08:20:00'), 'd005', {
      encoding: 'base64',
      text: `Please see below, sent to the wrong address originally.

Tariq

---------- Forwarded message ---------
From: Moorside Surgery <moorside.surgery@nhs.net>
Date: Mon, 9 Nov 2026 at 16:12
Subject: Email change for Moorside
To: <pcse.enquiries@nhs.net>

Hello,
Moorside Surgery, practice code A89 021.
Our practice email is changing from moorside.surgery@nhs.net to moorside.practice@nhs.net on 1st December. Please update PCSE Online.
Deborah Fenwick, Practice Manager, 0191 496 0808
`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('A89021', 'gp_practice'),
      fields: pe('moorside.surgery@nhs.net', 'moorside.practice@nhs.net'), mustRaise: [], traits: ['forwarded', 'base64', 'spaced_ods'],
    },
  },
  {
    n: 6, slug: 'practice-email-dental-nonascii', mailbox: M,
    message: nhsMessage(M, 'Siobhán Ní Bhriain <siobhan.nibhriain@nhs.net>', 'Update practice email – Harbour Dental', nov(16, '14:00:00'), 'd006', {
      encoding: 'quoted-printable',
      text: `Hi,

Harbour Dental (V071188) would like to change our practice email:
• Current: harbour.dental@nhs.net
• New: harbourdental.reception@nhs.net

Go raibh maith agat,
Siobhán Ní Bhriain
Practice Manager

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('V071188', 'dental_practice'),
      fields: pe('harbour.dental@nhs.net', 'harbourdental.reception@nhs.net'), mustRaise: [], traits: ['bullets', 'non_ascii_name', 'quoted_printable'],
    },
  },
  // main_contact_extension
  {
    n: 7, slug: 'main-contact-extension-label-value', mailbox: M,
    message: nhsMessage(M, 'Vikram Patel <vikram.patel@nhs.net>', 'Extend main contact to new pharmacy', nov(4, '10:30:00'), 'd007', {
      text: `Dear PCSE,

I would like to extend my current main contact role to our new pharmacy.

Existing pharmacy
Name: Lakeside Pharmacy
ODS code: FK731
Main contact: Vikram Patel
Main contact email: vikram.patel@nhs.net
Address: 3 Lake Road
Windermere
LA23 1AB
Telephone: 015394 96000

New pharmacy
ODS code: FW882
Name: Lakeside Pharmacy Bowness
Address: 12 Crag Brow, Bowness-on-Windermere, LA23 3BX

Regards
Vikram

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FK731', 'pharmacy'),
      fields: ext(
        { odsCode: 'FK731', name: 'Lakeside Pharmacy', mainContact: person('Vikram Patel', 'vikram.patel@nhs.net'), address: '3 Lake Road, Windermere, LA23 1AB', phone: '015394 96000' },
        { odsCode: 'FW882', name: 'Lakeside Pharmacy Bowness', address: '12 Crag Brow, Bowness-on-Windermere, LA23 3BX' },
      ),
      mustRaise: [], traits: ['label_value', 'multiline_address'],
    },
  },
  {
    n: 8, slug: 'main-contact-extension-html', mailbox: M,
    message: nhsMessage(M, 'Hannah Greaves <hannah.greaves@nhs.net>', 'New practice - main contact', nov(5, '12:45:00'), 'd008', {
      html: outlookHtml(`<p class="MsoNormal">Hello,</p><p class="MsoNormal">We have opened a second optical practice and I'd like my main contact access extended to it.</p>
<p class="MsoNormal"><b><u>Existing practice</u></b></p>
<table border="0"><tr><td>Practice name:</td><td>Bright Eyes Opticians</td></tr><tr><td>ODS code:</td><td>TPX41</td></tr><tr><td>Main contact:</td><td>Hannah Greaves (hannah.greaves@nhs.net)</td></tr><tr><td>Address:</td><td>8 Queens Road, Clifton, Bristol, BS8 1QU</td></tr><tr><td>Phone:</td><td>0117 496 0321</td></tr></table>
<p class="MsoNormal"><b><u>New practice</u></b></p>
<table border="0"><tr><td>Practice name:</td><td>Bright Eyes Opticians Redland</td></tr><tr><td>ODS code:</td><td>TPX93</td></tr><tr><td>Address:</td><td>41 Chandos Road, Redland, Bristol, BS6 6PQ</td></tr></table>
<p class="MsoNormal">Thanks, Hannah</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('TPX41', 'ophthalmic_practice'),
      fields: ext(
        { odsCode: 'TPX41', name: 'Bright Eyes Opticians', mainContact: person('Hannah Greaves', 'hannah.greaves@nhs.net'), address: '8 Queens Road, Clifton, Bristol, BS8 1QU', phone: '0117 496 0321' },
        { odsCode: 'TPX93', name: 'Bright Eyes Opticians Redland', address: '41 Chandos Road, Redland, Bristol, BS6 6PQ' },
      ),
      mustRaise: [], traits: ['html_only', 'html_table'],
    },
  },
  {
    n: 9, slug: 'main-contact-extension-prose-no-address', mailbox: M,
    message: nhsMessage(M, 'Sunil Kapoor <sunil.kapoor@nhs.net>', 'main contact for our new pharmacy', nov(11, '09:00:00'), 'd009', {
      text: `Hi, I'm Sunil Kapoor, main contact for Kapoor Chemists (FA104). We've just bought Station Road Pharmacy, new ODS code FR229. Can you add it to my account please? My email is sunil.kapoor@nhs.net, phone 0116 496 0150.\n\nThanks\nSunil\n`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FA104', 'pharmacy'),
      fields: ext(
        { odsCode: 'FA104', name: 'Kapoor Chemists', mainContact: person('Sunil Kapoor', 'sunil.kapoor@nhs.net'), address: null, phone: '0116 496 0150' },
        { odsCode: 'FR229', name: 'Station Road Pharmacy', address: null },
      ),
      mustRaise: [], traits: ['prose', 'omits_address'],
    },
  },
  {
    n: 10, slug: 'main-contact-extension-reply-chain', mailbox: M,
    message: nhsMessage(M, 'Seren Evans <seren.evans@nhs.net>', 'RE: Extending main contact', nov(13, '15:30:00'), 'd010', {
      text: `Hi Lucy,

Here are the details you asked for:

Existing practice: Smile Dental Care, V045123
Main contact: Seren Evans, seren.evans@nhs.net
Address: 5 Walter Road, Swansea, SA1 5NF
Tel: 01792 496 222

New practice: Smile Dental Care Mumbles, V088341, 19 Newton Road, Mumbles, SA3 4AS

Diolch,
Seren

From: Lucy Barnes <lucy.barnes@nhs.net>
Sent: 12 November 2026 16:20
To: Seren Evans <seren.evans@nhs.net>
Subject: RE: Extending main contact

Hi Seren, please send the existing practice's address and phone number and the new practice's name, ODS code and address. Lucy Barnes, PCSE, 0333 014 2884

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('V045123', 'dental_practice'),
      fields: ext(
        { odsCode: 'V045123', name: 'Smile Dental Care', mainContact: person('Seren Evans', 'seren.evans@nhs.net'), address: '5 Walter Road, Swansea, SA1 5NF', phone: '01792 496 222' },
        { odsCode: 'V088341', name: 'Smile Dental Care Mumbles', address: '19 Newton Road, Mumbles, SA3 4AS' },
      ),
      mustRaise: [], traits: ['reply_quoted', 'outlook_quote_header', 'distractor_person'],
    },
  },
  {
    n: 11, slug: 'main-contact-extension-invalid-code', mailbox: M,
    message: nhsMessage(M, 'Vikram Patel <vikram.patel@nhs.net>', 'Second pharmacy', nov(23, '10:10:00'), 'd011', {
      text: `Hello, please extend my main contact (Lakeside Pharmacy, FK731, vikram.patel@nhs.net, 015394 96000) to our new branch, Lakeside Pharmacy Ambleside, ODS code 7731-X, Rydal Road, Ambleside, LA22 9AN.\n\nVikram Patel\n`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FK731', 'pharmacy'),
      fields: ext(
        { odsCode: 'FK731', name: 'Lakeside Pharmacy', mainContact: person('Vikram Patel', 'vikram.patel@nhs.net'), address: null, phone: '015394 96000' },
        { odsCode: '7731-X', name: 'Lakeside Pharmacy Ambleside', address: 'Rydal Road, Ambleside, LA22 9AN' },
      ),
      mustRaise: ['ods_invalid'], traits: ['ods_invalid', 'one_liner'],
    },
  },
  // branch_setup
  {
    n: 12, slug: 'branch-setup-full', mailbox: M,
    message: nhsMessage(M, 'Janet Wilkes <janet.wilkes@nhs.net>', 'Set up access for branch practice', nov(2, '14:00:00'), 'd012', {
      text: `Dear PCSE,

We would like to set up access to PCSE Online for our new branch practice.

Main practice
Practice name: Ashgrove Surgery
ODS code: P84022
Main contact: Janet Wilkes, janet.wilkes@nhs.net
Address: 1 Ashgrove Road, Oldham, OL1 3AA
Telephone: 0161 496 0444

Branch practice
Main contact: Mrs Lorraine Baxter
Main contact email: lorraine.baxter@nhs.net
Branch ODS code: P84022001
Branch name: Ashgrove Surgery - Chadderton
Address: 77 Middleton Road, Chadderton, OL9 6BB
Telephone: 0161 496 0460

Kind regards
Janet Wilkes
Practice Manager

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('P84022', 'gp_practice'),
      fields: br(
        { odsCode: 'P84022', name: 'Ashgrove Surgery', mainContact: person('Janet Wilkes', 'janet.wilkes@nhs.net'), address: '1 Ashgrove Road, Oldham, OL1 3AA', phone: '0161 496 0444' },
        { odsCode: 'P84022001', name: 'Ashgrove Surgery - Chadderton', address: '77 Middleton Road, Chadderton, OL9 6BB', phone: '0161 496 0460', mainContact: { name: 'Lorraine Baxter', email: 'lorraine.baxter@nhs.net', title: 'Mrs' } },
      ),
      mustRaise: [], traits: ['label_value', 'two_sections'],
    },
  },
  {
    n: 13, slug: 'branch-setup-code-mismatch', mailbox: M,
    message: nhsMessage(M, 'Dr Anil Mehta <anil.mehta@nhs.net>', 'Branch set up - Hillcrest', nov(5, '16:40:00'), 'd013', {
      text: `Hello,

Please set up our branch on PCSE Online. Main site is Hillcrest Practice, M83012, 20 Hill Street, Walsall, WS1 2AB, 01922 496 100; main contact is me (Anil Mehta, anil.mehta@nhs.net).

Branch: Hillcrest at Pleck, ODS M83021001, 4 Pleck Road, Walsall, WS2 9ES, phone 01922 496 180. Main contact for the branch will be Dr Kwame Asante, kwame.asante@nhs.net.

Thanks
Anil

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('M83012', 'gp_practice'),
      fields: br(
        { odsCode: 'M83012', name: 'Hillcrest Practice', mainContact: person('Anil Mehta', 'anil.mehta@nhs.net'), address: '20 Hill Street, Walsall, WS1 2AB', phone: '01922 496 100' },
        { odsCode: 'M83021001', name: 'Hillcrest at Pleck', address: '4 Pleck Road, Walsall, WS2 9ES', phone: '01922 496 180', mainContact: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net', title: 'Dr' } },
      ),
      mustRaise: ['branch_code_mismatch'], traits: ['prose', 'branch_code_mismatch'],
    },
  },
  {
    n: 14, slug: 'branch-setup-html-table-qp', mailbox: M,
    message: nhsMessage(M, 'Greenlane Medical Centre <greenlane.mc@nhs.net>', 'New branch ODS code received - please set up', nov(12, '11:05:00'), 'd014', {
      encoding: 'quoted-printable',
      html: outlookHtml(`<p class="MsoNormal">Hi,</p><p class="MsoNormal">We have our branch ODS code from the ODS team (thank you Exeter helpdesk!) and would like the branch set up please.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Main practice</th><th>Branch</th></tr>
<tr><td>Name</td><td>Greenlane Medical Centre</td><td>Greenlane Medical Centre – Truro West</td></tr>
<tr><td>ODS code</td><td>L83104</td><td>l83104002</td></tr>
<tr><td>Main contact</td><td>Ruth Penhaligon (ruth.penhaligon@nhs.net)</td><td>Mr Jory Trevithick (jory.trevithick@nhs.net)</td></tr>
<tr><td>Address</td><td>Greenlane, Truro, TR1 2JA</td><td>5 Chapel Hill, Truro, TR1 3HB</td></tr>
<tr><td>Phone</td><td>01872 496 300</td><td>01872 496 355</td></tr>
</table>
<p class="MsoNormal">Ruth Penhaligon<br>Office Manager</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('L83104', 'gp_practice'),
      fields: br(
        { odsCode: 'L83104', name: 'Greenlane Medical Centre', mainContact: person('Ruth Penhaligon', 'ruth.penhaligon@nhs.net'), address: 'Greenlane, Truro, TR1 2JA', phone: '01872 496 300' },
        { odsCode: 'L83104002', name: 'Greenlane Medical Centre – Truro West', address: '5 Chapel Hill, Truro, TR1 3HB', phone: '01872 496 355', mainContact: { name: 'Jory Trevithick', email: 'jory.trevithick@nhs.net', title: 'Mr' } },
      ),
      mustRaise: [], traits: ['html_only', 'html_table_two_columns', 'quoted_printable', 'lower_case_ods'],
    },
  },
  {
    n: 15, slug: 'branch-setup-omits-phone-email', mailbox: M,
    message: nhsMessage(M, 'Kirkgate Medical Practice <kirkgate.medical@nhs.net>', 'branch', nov(17, '09:25:00'), 'd015', {
      text: `Hi

Can we get our branch site set up on PCSE Online please.

Main practice: Kirkgate Medical Practice, K81002, main contact Gillian Marsh
Branch: Kirkgate Medical Practice (Outwood), K81002001, Leeds Road, Outwood, WF1 2PE
Branch main contact: Ms Zara Iqbal

Thanks

Kirkgate Medical Practice
`,
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('K81002', 'gp_practice'),
      fields: br(
        { odsCode: 'K81002', name: 'Kirkgate Medical Practice', mainContact: person('Gillian Marsh', null), address: null, phone: null },
        { odsCode: 'K81002001', name: 'Kirkgate Medical Practice (Outwood)', address: 'Leeds Road, Outwood, WF1 2PE', phone: null, mainContact: { name: 'Zara Iqbal', email: null, title: 'Ms' } },
      ),
      mustRaise: [], traits: ['omits_email', 'omits_phone', 'omits_address', 'terse'],
    },
  },
  {
    n: 16, slug: 'branch-setup-type-mismatch', mailbox: M,
    message: nhsMessage(M, 'Harbour Dental <harbour.dental@nhs.net>', 'Branch GP practice set up', nov(19, '10:50:00'), 'd016', {
      text: `Hello,

We are a GP practice, Harbour Health, code V071188, and would like to set up our branch V071188001 (Harbour Health Quay Street, 2 Quay Street, Falmouth, TR11 3HH, 01326 496 010). Branch main contact: Dr Morwenna Rowe, morwenna.rowe@nhs.net.

Main practice address: 1 Harbour Terrace, Falmouth, TR11 2AA. Phone 01326 496 000. Main contact Siobhán Ní Bhriain (siobhan.nibhriain@nhs.net).

Thanks
`,
      encoding: 'quoted-printable',
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('V071188', 'dental_practice'),
      fields: br(
        { odsCode: 'V071188', name: 'Harbour Health', mainContact: person('Siobhán Ní Bhriain', 'siobhan.nibhriain@nhs.net'), address: '1 Harbour Terrace, Falmouth, TR11 2AA', phone: '01326 496 000' },
        { odsCode: 'V071188001', name: 'Harbour Health Quay Street', address: '2 Quay Street, Falmouth, TR11 3HH', phone: '01326 496 010', mainContact: { name: 'Morwenna Rowe', email: 'morwenna.rowe@nhs.net', title: 'Dr' } },
      ),
      mustRaise: ['ods_type_mismatch'], traits: ['ods_type_mismatch', 'non_ascii_name', 'quoted_printable'],
    },
  },
  {
    n: 17, slug: 'branch-setup-forwarded-bullets', mailbox: M,
    message: nhsMessage(M, 'Colin Ritchie <colin.ritchie@nhs.net>', 'FW: Branch practice PCSE', nov(24, '13:00:00'), 'd017', {
      text: `Forwarding from our partner - please action.

Colin Ritchie
Practice Manager, Meadowbank Surgery
01392 496 707

-----Original Message-----
From: Dr Paul Whitcombe <paul.whitcombe@nhs.net>
Sent: 23 November 2026 19:44
To: Colin Ritchie <colin.ritchie@nhs.net>
Subject: Branch practice PCSE

Colin - details for PCSE for the new branch:

* Main practice: Meadowbank Surgery, Y01234
* Main practice address: Meadow Lane, Exeter, EX2 4QP
* Main practice phone: 01392 496 707
* Main contact: Colin Ritchie, colin.ritchie@nhs.net
* Branch ODS: Y01234003
* Branch name: Meadowbank Surgery at Alphington
* Branch address: 9 Church Road, Alphington, EX2 8SW
* Branch phone: 01392 496 740
* Branch main contact: Miss Ellie Trewin, ellie.trewin@nhs.net

Paul
`,
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('Y01234', 'gp_practice'),
      fields: br(
        { odsCode: 'Y01234', name: 'Meadowbank Surgery', mainContact: person('Colin Ritchie', 'colin.ritchie@nhs.net'), address: 'Meadow Lane, Exeter, EX2 4QP', phone: '01392 496 707' },
        { odsCode: 'Y01234003', name: 'Meadowbank Surgery at Alphington', address: '9 Church Road, Alphington, EX2 8SW', phone: '01392 496 740', mainContact: { name: 'Ellie Trewin', email: 'ellie.trewin@nhs.net', title: 'Miss' } },
      ),
      mustRaise: [], traits: ['forwarded', 'bullets', 'outlook_quote_header'],
    },
  },
  // misdirected requests that arrived here
  {
    n: 18, slug: 'misdirected-verification-link', mailbox: M,
    message: nhsMessage(M, 'Dr Kwame Asante <kwame.asante@nhs.net>', 'PCSE online registration link', nov(6, '21:10:00'), 'd018', {
      text: `Hi, I'm a GP trying to register for PCSE Online. Please could you resend the verification link to this address? GMC 7123456.\n\nKwame Asante\n`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'kwame.asante@nhs.net', gmcNumber: '7123456' }, mustRaise: [], traits: ['misdirected', 'gmc_number'],
    },
  },
  {
    n: 19, slug: 'misdirected-main-contact-change', mailbox: M,
    message: nhsMessage(M, 'Ruth Penhaligon <ruth.penhaligon@nhs.net>', 'Main contact change - L83104', nov(20, '10:20:00'), 'd019', {
      text: `Please change the main contact for Greenlane Medical Centre (L83104) from Ruth Penhaligon to Dr Tamsin Polglase, tamsin.polglase@nhs.net, as I am retiring.\n\nRuth\n\n${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('L83104', 'gp_practice'),
      fields: { newMainContact: person('Tamsin Polglase', 'tamsin.polglase@nhs.net') }, mustRaise: [], traits: ['misdirected', 'distractor_person', 'honorific'],
    },
  },
  // unclassified / ignored
  {
    n: 20, slug: 'chaser-subject-ref', mailbox: M,
    message: nhsMessage(M, 'Janet Wilkes <janet.wilkes@nhs.net>', 'Re: PCSE-2026-000456 Branch set up', nov(25, '09:30:00'), 'd020', {
      text: `Hello, just chasing this - the branch still isn't showing in my drop down list. Thanks, Janet\n`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref'] },
  },
  {
    n: 21, slug: 'out-of-office-html', mailbox: M,
    message: nhsMessage(M, 'Ruth Penhaligon <ruth.penhaligon@nhs.net>', 'Automatic reply: Your request PCSE-2026-000512', nov(21, '07:00:00'), 'd021', {
      headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: bulk'],
      html: outlookHtml(`<p class="MsoNormal">I am on annual leave until 30/11/2026. For practice email changes please contact greenlane.mc@nhs.net.</p>`),
    }),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'html_only'] },
  },
  {
    n: 22, slug: 'unclassifiable-ods-question', mailbox: M,
    message: nhsMessage(M, 'Tomasz Nowak <tomasz.nowak@nhs.net>', 'Question about ODS codes', nov(26, '11:45:00'), 'd022', {
      text: `Hi, how long does it usually take to get a branch ODS code from the ODS team? We are thinking of opening a branch next year. Thanks, Tomasz\n\n${NHSMAIL_FOOTER}`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['unclassifiable', 'keyword_bait'] },
  },
];

/** Data-manager requests sent to the portal mailbox by mistake. */
export const DATAMANAGER_MISDIRECTED: CorpusEntry[] = [
  {
    n: 41, slug: 'misdirected-practice-email-update', mailbox: 'portalenquiries',
    message: nhsMessage('portalenquiries', 'Kingsway Family Practice <kingsway.fp@nhs.net>', 'Change practice email', nov(12, '15:00:00'), 'p041', {
      text: `Hello,\n\nPlease change the practice email for Kingsway Family Practice (M85066) from kingsway.fp@nhs.net to kingsway.familypractice@nhs.net.\n\nThanks\nDenise Hartley, Practice Manager\n`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('M85066', 'gp_practice'),
      fields: pe('kingsway.fp@nhs.net', 'kingsway.familypractice@nhs.net'), mustRaise: [], traits: ['misdirected'],
    },
  },
];
