// datamanager: practice email changes, main contact extensions, branch set-ups, and what else lands there.
import { email, unclassified } from './corpus.js';
import { CRLF, esc, hex, mailDate, NHSMAIL_FOOTER, org, PCSE, who, type CorpusEmail } from './lib.js';
import { renderLetterPdf, scanLetter } from './pdfs.js';

const D = 'datamanager' as const;
const to = [PCSE.dm];

export async function datamanager(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 101 pharmacy multiple: HTML-only table of three branches, only one changes
  {
    const rows = [
      ['Hollins & Grey Pharmacy - Ormskirk', 'FW562', 'hollinsgrey.ormskirk@nhs.net', '-', 'No change'],
      ['Hollins & Grey Pharmacy - Aughton', 'FP4K7', 'aughton.pharmacy@nhs.net', 'hollinsgrey.aughton@nhs.net', 'CHANGE'],
      ['Hollins & Grey Pharmacy - Halsall Road', 'FQ318', 'hollinsgrey.halsallroad@nhs.net', '-', 'No change'],
    ];
    const html = `<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Data Manager team,</p>
<p>As part of moving all our branches onto NHSmail shared mailboxes named by branch, please update the <b>practice email address</b> for the branch marked CHANGE below. The other two are listed for reference only and are already correct.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<thead><tr style="background:#1f4e79;color:#ffffff"><th>Branch</th><th>ODS</th><th>Current email</th><th>New email</th><th>Action</th></tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<p>The new mailbox is a shared NHSmail organisation mailbox monitored by the branch team.</p>
<p>Kind regards,<br><b>Digital Support Team</b><br>Hollins &amp; Grey Pharmacy Ltd<br>Derby Street Works, Ormskirk L39 2BU</p>
<p style="font-size:8pt;color:#777">This email and any attachments are confidential and intended solely for the addressee.</p>
</body></html>`;
    out.push(email(D, '101', 'pharmacy-multiple-email-table', {
      client: 'company_exchange', from: { name: 'Hollins & Grey - Digital Support', email: 'digital.support@hollinsgrey.co.uk' }, to,
      subject: 'Practice email update - Aughton branch FP4K7', date: mailDate(1, 10, 40, 12), html, htmlOnly: true,
    }, {
      kind: 'practice_email_update', organisation: org('FP4K7', 'pharmacy'),
      fields: { currentEmail: 'aughton.pharmacy@nhs.net', newEmail: 'hollinsgrey.aughton@nhs.net' },
      traits: ['html_only', 'multi_row_table', 'pharmacy_multiple', 'head_office_for_branch'],
    }));
  }

  // 102 principal dentist asks for his own nhs.net address as the practice email (Outlook for Android)
  out.push(email(D, '102', 'dental-email-to-personal-nhsnet', {
    client: 'outlook_android', from: { name: 'Marcus Hale', email: 'marcus.hale@nhs.net' }, to,
    subject: 'Practice email change - Oakwood Dental Care', date: mailDate(1, 20, 16, 40),
    text: `Hi

Please change the practice email for Oakwood Dental Care (V041177) from oakwooddental@btconnect.com to marcus.hale@nhs.net - BT are closing the btconnect accounts and I'm the one who reads everything anyway.

Marcus Hale
Principal Dentist, Oakwood Dental Care

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, {
    kind: 'practice_email_update', organisation: org('V041177', 'dental_practice'),
    fields: { currentEmail: 'oakwooddental@btconnect.com', newEmail: 'marcus.hale@nhs.net' },
    mustRaise: ['individual_mailbox'], traits: ['outlook_android', 'individual_new_address'],
  }));

  // 103 optician from an iPhone: old Outlook.com address to a new shared nhs.net mailbox
  out.push(email(D, '103', 'optician-email-update-iphone', {
    client: 'iphone', from: { name: 'Gwen Harker', email: 'gwen.harker@nhs.net' }, to,
    subject: 'New practice email', date: mailDate(2, 12, 51, 7),
    text: `Hello, our practice email needs changing please.

Kirkby Lonsdale Eyecare, TPL22
Old: kleyecare@outlook.com
New: kirkbylonsdale.eyecare@nhs.net

Thank you
Gwen Harker, Practice Manager

Sent from my iPhone`,
  }, {
    kind: 'practice_email_update', organisation: org('TPL22', 'ophthalmic_practice'),
    fields: { currentEmail: 'kleyecare@outlook.com', newEmail: 'kirkbylonsdale.eyecare@nhs.net' },
    traits: ['iphone', 'old_address_not_nhs'],
  }));

  // 104 GP practice thread: the new address corrected in the latest message; the code has six digits
  out.push(email(D, '104', 'gp-email-update-corrected-thread', {
    client: 'outlook', from: { name: 'Lumb Rebecca (RIVERBANK MEDICAL PRACTICE)', email: 'rebecca.lumb@nhs.net' }, to,
    subject: 'RE: Change of practice email - Riverbank Medical Practice', date: mailDate(2, 15, 9, 31),
    text: `Hi again,

Please ignore the new address in my email below - NHSmail wouldn't let us have that name. The shared mailbox has now been created as riverbank.mp@nhs.net, so please use that one.

Old address is still admin.riverbank@nhs.net.

Thanks
Rebecca

From: Lumb Rebecca (RIVERBANK MEDICAL PRACTICE)
Sent: 02 December 2026 09:12
To: PCSE Data Manager <pcse.datamanager@nhs.net>
Subject: Change of practice email - Riverbank Medical Practice

Good morning,

We would like to change the practice email address PCSE holds for us.

Practice: Riverbank Medical Practice
Practice code: C860245
Current practice email: admin.riverbank@nhs.net
New practice email: riverbankmedical@nhs.net

Kind regards
Rebecca Lumb
Operations Manager
Riverbank Medical Practice
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', organisation: org('C860245', 'gp_practice'),
    fields: { currentEmail: 'admin.riverbank@nhs.net', newEmail: 'riverbank.mp@nhs.net' },
    mustRaise: ['ods_invalid'], traits: ['thread_correction', 'ods_wrong_digit_count', 'labelled_lines'],
  }));

  // 105 pharmacy acquisition: main contact extended to a newly acquired pharmacy; details in a typed letter PDF
  {
    const pdf = await renderLetterPdf(
      ['Hollins & Grey Pharmacy Ltd', 'Derby Street Works, Ormskirk L39 2BU', 'Tel 01695 570 100', '', 'PCSE Data Manager', 'pcse.datamanager@nhs.net', '', '4 December 2026'],
      [
        '##Request to extend an existing Main Contact to a newly acquired pharmacy',
        'Following our acquisition of Burscough Bridge Pharmacy (completion 1 December 2026), we ask that our existing Main Contact is extended to the new pharmacy so that she can manage supplies ordering for both sites.',
        '##Existing pharmacy',
        'Name: Hollins & Grey Pharmacy - Ormskirk\nODS code: FW562\nMain contact: Priya Chandarana\nMain contact email: priya.chandarana@nhs.net\nAddress: 14 Market Street, Ormskirk, L39 4AA\nTelephone: 01695 570 118',
        '##New pharmacy',
        'Name: Burscough Bridge Pharmacy\nODS code: FK2M6\nAddress: 61 Liverpool Road South, Burscough, L40 5RL',
        'Please call the Ormskirk branch on the number above if you need to verify any of the above.',
        'Yours faithfully,',
        'Imran Bhatti\nArea Manager - West Lancashire\nfor and on behalf of Hollins & Grey Pharmacy Ltd',
      ],
      'd105', 'Imran Bhatti',
    );
    out.push(email(D, '105', 'pharmacy-acquisition-extension-letter', {
      client: 'outlook', from: { name: 'Bhatti Imran (HOLLINS & GREY PHARMACY)', email: 'imran.bhatti@nhs.net' }, to,
      subject: 'Main contact extension - acquisition of Burscough Bridge Pharmacy', date: mailDate(4, 11, 30, 45),
      text: `Hello,

Please see the attached letter asking for our main contact at Ormskirk to be extended to the pharmacy we have just acquired.

Kind regards
Imran Bhatti
Area Manager - West Lancashire
Hollins & Grey Pharmacy Ltd
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'Burscough Bridge - MC extension letter.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'main_contact_extension', organisation: org('FW562', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FW562', name: 'Hollins & Grey Pharmacy - Ormskirk', mainContact: who('Priya Chandarana', 'priya.chandarana@nhs.net'), address: '14 Market Street, Ormskirk, L39 4AA', phone: '01695 570 118' },
        newPractice: { odsCode: 'FK2M6', name: 'Burscough Bridge Pharmacy', address: '61 Liverpool Road South, Burscough, L40 5RL' },
      },
      traits: ['pdf_text_letter', 'see_attached', 'pharmacy_multiple', 'acquisition'],
    }, 'text'));
  }

  // 106 dental corporate: two-column comparison table (existing / new)
  {
    const pairs: [string, string, string][] = [
      ['Practice name', 'Brightwater Dental - Ashby Road', 'Brightwater Dental - Shepshed'],
      ['ODS code', 'V083214', 'V095302'],
      ['Address', '112 Ashby Road, Loughborough, LE11 3AF', '9 Field Street, Shepshed, LE12 9AL'],
      ['Telephone', '01509 264 880', '(new number not yet live)'],
      ['Main Contact', 'Zainab Okafor', 'as existing'],
      ['Main Contact email', 'zainab.okafor@nhs.net', 'as existing'],
    ];
    const text = `Dear PCSE Data Manager,

Brightwater Dental Group has opened a new practice at Shepshed which will be managed from our Ashby Road practice. Please extend the existing Main Contact at Ashby Road to the new practice.

\tExisting practice\tNew practice
${pairs.map((p) => p.join('\t')).join('\n')}

Internal ref: BDG-COMP-4490

Kind regards,
Rhiannon Beddoes
Compliance Coordinator, Practice Compliance Team
Brightwater Dental Group`;
    const html = `<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear PCSE Data Manager,</p>
<p>Brightwater Dental Group has opened a new practice at Shepshed which will be managed from our Ashby Road practice. Please extend the existing Main Contact at Ashby Road to the new practice.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Existing practice</th><th>New practice</th></tr>
${pairs.map((p) => `<tr><td><b>${esc(p[0])}</b></td><td>${esc(p[1])}</td><td>${esc(p[2])}</td></tr>`).join('\n')}
</table>
<p>Internal ref: BDG-COMP-4490</p>
<p>Kind regards,<br>Rhiannon Beddoes<br>Compliance Coordinator, Practice Compliance Team<br>Brightwater Dental Group</p>
</body></html>`;
    out.push(email(D, '106', 'dental-group-extension-comparison-table', {
      client: 'company_exchange', from: { name: 'Brightwater Dental - Practice Compliance', email: 'practice.compliance@brightwaterdental.co.uk' }, to,
      subject: 'Main Contact extension - new practice Shepshed V095302 [BDG-COMP-4490]', date: mailDate(4, 14, 12, 0), text, html,
    }, {
      kind: 'main_contact_extension', organisation: org('V083214', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V083214', name: 'Brightwater Dental - Ashby Road', mainContact: who('Zainab Okafor', 'zainab.okafor@nhs.net'), address: '112 Ashby Road, Loughborough, LE11 3AF', phone: '01509 264 880' },
        newPractice: { odsCode: 'V095302', name: 'Brightwater Dental - Shepshed', address: '9 Field Street, Shepshed, LE12 9AL' },
      },
      traits: ['comparison_table', 'dental_corporate', 'shared_mailbox_sender'],
    }));
  }

  // 107 optician answers PCSE's request for more information: only the new practice's address was missing
  out.push(email(D, '107', 'optician-extension-reply-to-more-info', {
    client: 'outlook', from: { name: 'Penhaligon Ruth (HARBOUR LANE OPTICIANS)', email: 'ruth.penhaligon@nhs.net' }, to,
    subject: 'RE: Further information required [PCSE-2026-119012]', date: mailDate(5, 10, 4, 50),
    text: `Hi,

Sorry - the new practice address is 22 Lower Market Street, Penryn, TR10 8BG.

Everything else in my original email is still correct.

Ruth

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 04 December 2026 15:30
To: Penhaligon Ruth (HARBOUR LANE OPTICIANS) <ruth.penhaligon@nhs.net>
Subject: Further information required [PCSE-2026-119012]

Dear Ruth,

Thank you for your request to extend the main contact to a new practice. Before we can proceed we need the full address of the new practice. Please reply to this email with the address.

Kind regards
PCSE Data Management Team

From: Penhaligon Ruth (HARBOUR LANE OPTICIANS) <ruth.penhaligon@nhs.net>
Sent: 03 December 2026 17:15
To: PCSE Data Manager <pcse.datamanager@nhs.net>
Subject: Main contact for our new practice

Hello,

We have taken over the optical practice in Penryn and I'd like to be main contact for it as well as for Harbour Lane.

Existing practice: Harbour Lane Opticians, TPX33
3 Harbour Lane, Falmouth, TR11 3DF
Tel 01326 311 902
Main contact: Ruth Penhaligon, ruth.penhaligon@nhs.net

New practice: Harbour Lane Opticians - Penryn, TPX58

Thanks
Ruth Penhaligon
Contract Holder, Harbour Lane Opticians
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'main_contact_extension', organisation: org('TPX33', 'ophthalmic_practice'),
    fields: {
      existingPractice: { odsCode: 'TPX33', name: 'Harbour Lane Opticians', mainContact: who('Ruth Penhaligon', 'ruth.penhaligon@nhs.net'), address: '3 Harbour Lane, Falmouth, TR11 3DF', phone: '01326 311 902' },
      newPractice: { odsCode: 'TPX58', name: 'Harbour Lane Opticians - Penryn', address: '22 Lower Market Street, Penryn, TR10 8BG' },
    },
    traits: ['reply_to_more_info', 'case_reference', 'details_split_across_thread'],
  }));

  // 108 federation sets up a branch for a member practice, key: value blocks
  out.push(email(D, '108', 'branch-setup-federation', {
    client: 'outlook', from: { name: 'Three Rivers GP Federation - Practice Support', email: 'threeriversfed.practicesupport@nhs.net' }, to,
    cc: [{ name: 'Ormerod Hayley (CALDER BANK SURGERY)', email: 'hayley.ormerod@nhs.net' }],
    subject: 'Branch set up on PCSE Online - Calder Bank Surgery Walsden branch', date: mailDate(8, 11, 20, 14),
    text: `Dear PCSE,

On behalf of Calder Bank Surgery we would like to set up access to PCSE Online for their new branch practice. The ODS team have issued the branch code (report attached to our records).

MAIN PRACTICE
Practice name: Calder Bank Surgery
Organisation type: GP
ODS code: P82017
Main contact: Hayley Ormerod
Main contact email: hayley.ormerod@nhs.net
Address: Calder Bank Road, Todmorden, OL14 5QR
Telephone: 01706 812440

BRANCH PRACTICE
Branch main contact: Mr Daniel Sutcliffe
Branch main contact email: daniel.sutcliffe@nhs.net
Branch ODS code: P82017001
Branch name: Calder Bank Surgery - Walsden Branch
Address: Rochdale Road, Walsden, OL14 6SA
Telephone: 01706 819220

Hayley is copied in and is happy to take your verification call.

Kind regards

Kayleigh Brunton
Practice Support Officer
Three Rivers GP Federation
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'branch_setup', organisation: org('P82017', 'gp_practice'),
    fields: {
      mainPractice: { odsCode: 'P82017', name: 'Calder Bank Surgery', mainContact: who('Hayley Ormerod', 'hayley.ormerod@nhs.net'), address: 'Calder Bank Road, Todmorden, OL14 5QR', phone: '01706 812440' },
      branch: { odsCode: 'P82017001', name: 'Calder Bank Surgery - Walsden Branch', address: 'Rochdale Road, Walsden, OL14 6SA', phone: '01706 819220', mainContact: { ...who('Daniel Sutcliffe', 'daniel.sutcliffe@nhs.net'), title: 'Mr' } },
    },
    traits: ['federation_on_behalf', 'labelled_blocks', 'shared_mailbox_sender'],
  }));

  // 109 branch code whose main-site digits are transposed
  out.push(email(D, '109', 'branch-setup-transposed-code', {
    client: 'outlook', from: { name: 'Cheadle Lorraine (WEAVER STREET SURGERY)', email: 'lorraine.cheadle@nhs.net' }, to,
    subject: 'New branch - Weaver Street Surgery', date: mailDate(8, 15, 3, 58),
    text: `Hello Data Manager team,

We'd like to set up our new branch surgery on PCSE Online please.

Our main practice is Weaver Street Surgery (GP), ODS Y02718, 41 Weaver Street, Winsford, CW7 4AA, tel 01606 553200. I'm the main contact you hold for it: Lorraine Cheadle, lorraine.cheadle@nhs.net.

The branch is Over Village Surgery, 3 Delamere Street, Winsford, CW7 2LX, tel 01606 553260. Branch ODS code Y02781002. Main contact for the branch will be Dr Anjali Deshmukh (anjali.deshmukh@nhs.net), who runs the site.

Thanks
Lorraine Cheadle
Practice Manager
Weaver Street Surgery
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'branch_setup', organisation: org('Y02718', 'gp_practice'),
    fields: {
      mainPractice: { odsCode: 'Y02718', name: 'Weaver Street Surgery', mainContact: who('Lorraine Cheadle', 'lorraine.cheadle@nhs.net'), address: '41 Weaver Street, Winsford, CW7 4AA', phone: '01606 553200' },
      branch: { odsCode: 'Y02781002', name: 'Over Village Surgery', address: '3 Delamere Street, Winsford, CW7 2LX', phone: '01606 553260', mainContact: { ...who('Anjali Deshmukh', 'anjali.deshmukh@nhs.net'), title: 'Dr' } },
    },
    mustRaise: ['branch_code_mismatch'], traits: ['prose_not_labels', 'branch_code_transposed'],
  }));

  // 110 branch set-up letter photographed on a phone
  {
    const pdf = await scanLetter(
      ['Moorside Health Centre', '2 Moorside Lane, Holmfirth, HD9 7AB   Tel: 01484 686200', '', 'To: PCSE Data Manager', '3 December 2026'],
      [
        '##Set up of branch practice on PCSE Online',
        'Please set up access to PCSE Online for our branch practice. Details are below.',
        '##Main practice',
        'Name: Moorside Health Centre\nOrganisation type: GP\nODS code: J83015\nMain contact: Janine Ackroyd\nMain contact email: janine.ackroyd@nhs.net\nAddress: 2 Moorside Lane, Holmfirth, HD9 7AB\nTelephone: 01484 686200',
        '##Branch practice',
        'Branch main contact: Mrs Lesley Haigh\nBranch main contact email: lesley.haigh@nhs.net\nBranch ODS code: J83015002\nBranch name: Holme Valley Branch Surgery\nAddress: 14 Station Road, Honley, HD9 6AZ\nTelephone: 01484 686250',
        'Please call Janine on the main number to verify.',
        'Yours sincerely,',
        'Dr Fiona Laidlaw, GP Partner',
      ],
      'd110', 'phone', 'iOS Notes Scanner',
    );
    out.push(email(D, '110', 'branch-setup-letter-phone-photo', {
      client: 'iphone', from: { name: 'Janine Ackroyd', email: 'janine.ackroyd@nhs.net' }, to,
      subject: 'Branch setup', date: mailDate(8, 17, 40, 16),
      text: `Hi, letter attached re setting up our branch. Janine\n\nSent from my iPhone`,
      attachments: [{ filename: 'Scanned Document.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'branch_setup', organisation: org('J83015', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'J83015', name: 'Moorside Health Centre', mainContact: who('Janine Ackroyd', 'janine.ackroyd@nhs.net'), address: '2 Moorside Lane, Holmfirth, HD9 7AB', phone: '01484 686200' },
        branch: { odsCode: 'J83015002', name: 'Holme Valley Branch Surgery', address: '14 Station Road, Honley, HD9 6AZ', phone: '01484 686250', mainContact: { ...who('Lesley Haigh', 'lesley.haigh@nhs.net'), title: 'Mrs' } },
      },
      traits: ['scan_phone_photo', 'see_attached', 'iphone', 'typed_letter'],
    }, 'scan'));
  }

  // 111 misdirected: domiciliary optician's main contact change sent to datamanager
  out.push(email(D, '111', 'misdirected-main-contact-domiciliary', {
    client: 'outlook', from: { name: 'Raithatha Dev (EYES@HOME DOMICILIARY OPTICIANS)', email: 'dev.raithatha@nhs.net' }, to,
    subject: 'Main contact', date: mailDate(9, 9, 27, 35),
    text: `Hello,

Could you make Anjali Raithatha (anjali.raithatha@nhs.net) the main contact for Eyes@Home Domiciliary Opticians, code TPQ58, in place of me please. She orders all our supplies now.

(Got my NHSmail working again, so please ignore the Gmail address I used last week.)

Dev Raithatha
Contract Holder
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'main_contact_change', organisation: org('TPQ58', 'ophthalmic_practice'),
    fields: { newMainContact: who('Anjali Raithatha', 'anjali.raithatha@nhs.net') },
    traits: ['misdirected', 'domiciliary_optician'],
  }));

  // 112 question about whether a company mailbox may be the practice email
  out.push(email(D, '112', 'question-company-mailbox', {
    client: 'company_exchange', from: { name: 'Hollins & Grey - Digital Support', email: 'digital.support@hollinsgrey.co.uk' }, to,
    subject: 'Query - does the practice email have to be NHSmail?', date: mailDate(9, 11, 2, 28),
    text: `Hello,

A general question before we plan our next batch of changes: does the practice email address you hold have to be an nhs.net shared mailbox, or could a branch use a company address (e.g. aughton@hollinsgrey.co.uk)? And can it be a pharmacist's own nhs.net address if the branch has no shared mailbox yet?

Please don't change anything for now - we just need the rules.

Kind regards
Digital Support Team
Hollins & Grey Pharmacy Ltd`,
  }, { ...unclassified, traits: ['question_only', 'pharmacy_multiple', 'no_action_requested'] }));

  // 113 thanks with a reference, Outlook for Android
  out.push(email(D, '113', 'thanks-reference-android', {
    client: 'outlook_android', from: { name: 'Lumb Rebecca (RIVERBANK MEDICAL PRACTICE)', email: 'rebecca.lumb@nhs.net' }, to,
    subject: 'RE: Practice email updated [PCSE-2026-119240]', date: mailDate(10, 8, 33, 10),
    text: `Brilliant, thank you - can see it's changed.

Rebecca

Get Outlook for Android<https://aka.ms/AAb9ysg>
________________________________
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: Tuesday, December 9, 2026 4:12:40 PM
To: riverbank.mp@nhs.net
Subject: Practice email updated [PCSE-2026-119240]

Dear Riverbank Medical Practice,

The practice email address held for your practice has been updated. This confirmation has been sent to your new address.

Kind regards
PCSE Data Management Team`,
  }, { ...unclassified, traits: ['thanks', 'case_reference', 'outlook_android'] }));

  // 114 bounce: NDR for a confirmation sent to a mistyped address
  {
    const slug = 'datamanager/114-bounce';
    const b = `_ndr_${hex(slug, 20)}_`;
    const report = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM${CRLF}Received-From-MTA: dns;nhs.net${CRLF}Arrival-Date: Wed, 10 Dec 2026 11:02:14 +0000${CRLF}${CRLF}Final-Recipient: rfc822;hollinsgrey.aughtn@nhs.net${CRLF}Action: failed${CRLF}Status: 5.1.10${CRLF}Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`;
    const text = `Your message to hollinsgrey.aughtn@nhs.net couldn't be delivered.

hollinsgrey.aughtn wasn't found at nhs.net.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.`;
    const headers = [
      `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>`,
      `To: PCSE Data Manager <pcse.datamanager@nhs.net>`,
      `Subject: Undeliverable: Practice email updated [PCSE-2026-119388]`,
      `Date: Thu, 10 Dec 2026 11:02:16 +0000`,
      `Message-ID: <${hex(`mid:${slug}`, 24)}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`,
      `Auto-Submitted: auto-replied`,
      `Content-Language: en-GB`,
      `MIME-Version: 1.0`,
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    ].join(CRLF);
    const orig = `From: PCSE Data Manager <pcse.datamanager@nhs.net>${CRLF}To: hollinsgrey.aughtn@nhs.net${CRLF}Subject: Practice email updated [PCSE-2026-119388]${CRLF}Date: Thu, 10 Dec 2026 11:02:12 +0000${CRLF}Message-ID: <ack-119388@pcse.nhs.net>`;
    const eml = `${headers}${CRLF}${CRLF}--${b}${CRLF}Content-Type: text/plain; charset="us-ascii"${CRLF}Content-Transfer-Encoding: 7bit${CRLF}${CRLF}${text.replace(/\n/g, CRLF)}${CRLF}--${b}${CRLF}Content-Type: message/delivery-status${CRLF}${CRLF}${report}${CRLF}--${b}${CRLF}Content-Type: text/rfc822-headers${CRLF}${CRLF}${orig}${CRLF}--${b}--${CRLF}`;
    out.push({
      file: 'datamanager/114-bounce-undeliverable-confirmation', eml,
      expected: { mailbox: D, kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report'] },
    });
  }

  // 115 PCN manager from Outlook for iOS: the PCN's practice email
  out.push(email(D, '115', 'pcn-email-update-outlook-ios', {
    client: 'outlook_ios', from: { name: 'Hollinshead Mark (TAME VALLEY PCN)', email: 'mark.hollinshead@nhs.net' }, to,
    subject: 'Email address for Tame Valley PCN', date: mailDate(10, 19, 5, 44),
    text: `Hi, please update the email you hold for Tame Valley PCN (U48215). Current one is tamevalley.pcn@nhs.net, new one is tamevalleypcn.admin@nhs.net - it's the shared PCN admin inbox, the old one is being closed.

Thanks, Mark
PCN Manager

Get Outlook for iOS<https://aka.ms/o0ukef>`,
  }, {
    kind: 'practice_email_update', organisation: org('U48215', 'pcn'),
    fields: { currentEmail: 'tamevalley.pcn@nhs.net', newEmail: 'tamevalleypcn.admin@nhs.net' },
    traits: ['outlook_ios', 'pcn', 'prose_not_labels'],
  }));

  return out;
}
