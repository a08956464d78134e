// portalenquiries: user-administrator nominations arriving as forms and letters, and the traffic around them.
import { fillable, flat, letter, META, scanned } from './docs.js';
import { gppForm, oeGpForm, pcnForm } from './forms.js';
import { alt, type Email, html, mixed, NHSMAIL_FOOTER, P, pdf, text } from './lib.js';
import { classicBlock, date, email, expected, org, outlookBlock, PORTAL, toOutlookHtml, unclassified } from './mail.js';

const MB = 'portalenquiries' as const;

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ------------------------------------------------------------------ GPP, AcroForm Text1/Text2, "Please see attached"
  {
    const form = gppForm({
      practiceName: 'Moorside Medical Practice', practiceCode: 'P84017', practiceAddress: '14 Moorside Road\nSwinton, Manchester M27 0EW',
      nomineeName: 'Helen Ashworth', nomineeJob: 'Practice Manager', nomineeEmail: 'helen.ashworth2@nhs.net', nomineePhone: '0161 794 2210',
      approverName: 'Dr Marcus Oyelaran', approverRole: 'GP Partner', approverEmail: 'marcus.oyelaran@nhs.net', signed: true, date: '06/11/2026',
    });
    const buf = await fillable(form, 'text1', 'p001', META.reader('2026-11-06T10:12:00Z', 'GPP Practice User Administrator Certification Form'));
    const body = `Hi,

Please see attached.

Kind regards
Helen

Helen Ashworth
Practice Manager
Moorside Medical Practice
0161 794 2210

${NHSMAIL_FOOTER}`;
    out.push(email('001-gpp-acroform-text1-see-attached', {
      client: 'outlook', seed: 'p001', from: ['ASHWORTH, Helen (MOORSIDE MEDICAL PRACTICE)', 'helen.ashworth2@nhs.net'], to: [PORTAL],
      subject: 'GPP User Admin Certification', date: date('2026-11-09T09:14:22Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('GPP PUA Certification Form - Moorside.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('P84017', 'gp_practice'), {
      service: 'GPP', nominee: P('Helen Ashworth', 'helen.ashworth2@nhs.net'), approver: { ...P('Marcus Oyelaran', 'marcus.oyelaran@nhs.net'), role: 'GP Partner' },
    }, { traits: ['pdf_acroform', 'acro_generic_names', 'see_attached', 'repeated_labels_in_form', 'nhsmail_display_name'] }), 1));
  }

  // 002 ------------------------------------------------------------------ GPP, Acrobat auto-detected names (Name_2, Email_2), body only a signature
  {
    const form = gppForm({
      practiceName: 'Elmwood Surgery', practiceCode: 'K82034', practiceAddress: 'Elm Road, Chalfont St Peter\nGerrards Cross SL9 9AX',
      nomineeName: 'Oluwaseun Adeyemi', nomineeJob: 'Finance Administrator', nomineeEmail: 'seun.adeyemi@nhs.net', nomineePhone: '01753 891 442',
      approverName: 'Gillian Frost', approverRole: 'Senior Partner', approverEmail: 'gillian.frost1@nhs.net', signed: true, date: '9 Nov 2026',
    });
    const buf = await fillable(form, 'auto', 'p002', META.acrobat('2026-11-09T15:40:00Z', 'GPP Practice User Administrator Certification Form'));
    const h = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr">
<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div id="Signature">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
<b>Priya Raman</b><br>
Practice Manager<br>
Elmwood Surgery | Elm Road | Chalfont St Peter | SL9 9AX<br>
T: 01753 891 440<br>
<span style="color: rgb(0, 94, 184);">Working together for a healthier community</span></div>
</div>
</body>
</html>
`;
    out.push(email('002-gpp-acroform-email2-signature-only', {
      client: 'owa', seed: 'p002', from: ['Priya Raman', 'priya.raman@nhs.net'], to: [PORTAL],
      subject: 'GPP admin form - Elmwood Surgery K82034', date: date('2026-11-09T15:52:10Z'),
      body: mixed(html(h), pdf('Elmwood GPP UA form.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('K82034', 'gp_practice'), {
      service: 'GPP', nominee: P('Oluwaseun Adeyemi', 'seun.adeyemi@nhs.net'), approver: { ...P('Gillian Frost', 'gillian.frost1@nhs.net'), role: 'Senior Partner' },
    }, { traits: ['pdf_acroform', 'acro_duplicated_names', 'empty_body_signature_only', 'html_only', 'sender_not_nominee'] }), 1));
  }

  // 003 ------------------------------------------------------------------ GPP, Word print, values beside labels, code only in the body; reply to PCSE
  {
    const form = gppForm({
      practiceName: 'The Limes Surgery', practiceCode: '', practiceAddress: '172 Limes Avenue, Chigwell IG7 5LP',
      nomineeName: 'Tomasz Kowalczyk', nomineeJob: 'Operations Manager', nomineeEmail: 'tomasz.kowalczyk@nhs.net', nomineePhone: '020 8500 2312',
      approverName: 'Dr Aisling Brennan', approverRole: 'Partner', approverEmail: 'aisling.brennan@nhs.net', signed: true, date: '10 November 2026',
    }, 'serif');
    const buf = await flat(form, 'beside', 'brackets', 'p003', META.word('Tomasz Kowalczyk', '2026-11-10T11:03:00Z', 'GPP PUA form'));
    const body = `Hi,

Form attached as requested. I've just noticed I left our practice code off it - it's N81052.

Thanks
Tomasz

${outlookBlock(PORTAL, '2026-11-06T14:20:00Z', [['Kowalczyk Tomasz', 'tomasz.kowalczyk@nhs.net']], 'RE: GPP Practice User Administrator [PCSE-2026-031764]')}
Dear Tomasz,

Thank you for your email. As your practice has no GPP Practice User Administrator, please complete both parts of the attached certification form and return it to us. Part 2 must be completed by one of your organisation's approvers.

Kind regards

PCSE Online Support
Primary Care Support England
`;
    out.push(email('003-gpp-word-beside-code-in-body', {
      client: 'outlook', seed: 'p003', from: ['Kowalczyk Tomasz', 'tomasz.kowalczyk@nhs.net'], to: [PORTAL],
      subject: 'RE: GPP Practice User Administrator [PCSE-2026-031764]', date: date('2026-11-10T11:07:45Z'),
      body: mixed(text(body), pdf('GPP PUA form - The Limes.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('N81052', 'gp_practice'), {
      service: 'GPP', nominee: P('Tomasz Kowalczyk', 'tomasz.kowalczyk@nhs.net'), approver: { ...P('Aisling Brennan', 'aisling.brennan@nhs.net'), role: 'Partner' },
    }, { traits: ['pdf_flat_word', 'values_beside_labels', 'body_adds_value', 'reply_with_case_ref', 'quoted_pcse_text'] }), 1));
  }

  // 004 ------------------------------------------------------------------ GPP, hand-filled scan forwarded from the MFD mail
  {
    const form = gppForm({
      practiceName: 'Brookfield Health Centre', practiceCode: 'M85063', practiceAddress: 'Brookfield Road\nKings Norton, Birmingham B30 3QE',
      nomineeName: 'Kwame Asante', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'kwame.asante@nhs.net', nomineePhone: '0121 459 1830',
      approverName: 'Dr Rebecca Lyall', approverRole: 'GP Partner', approverEmail: 'r.lyall@nhs.net', signed: true, date: '10/11/26',
    });
    const buf = await scanned(form, {
      seed: 'p004', hand: 'hand', capsKeys: ['practice_code', 'nominee_name'], skew: -1.3, noise: 0.55, shadow: 'left', gray: true,
      meta: META.scanner('Xerox WorkCentre 7845', '2026-11-10T09:12:00Z'),
    });
    const body = `Please see attached.

Sue

${outlookBlock(['Brookfield Scanner', 'brookfield.mfd@nhs.net'], '2026-11-10T09:12:00Z', [['Whitlock Susan', 'susan.whitlock@nhs.net']], 'Scanned document from BHC-RECEPTION')}
Please open the attached document. It was scanned and sent to you using a Xerox multifunction printer.

Number of Images: 2
Attachment File Type: PDF

Device Name: BHC-RECEPTION-7845
Device Location: Reception back office

${NHSMAIL_FOOTER}`;
    out.push(email('004-gpp-scan-forwarded-from-mfd', {
      client: 'outlook', seed: 'p004', from: ['Whitlock Susan', 'susan.whitlock@nhs.net'], to: [PORTAL],
      subject: 'FW: Scanned document from BHC-RECEPTION', date: date('2026-11-10T09:31:05Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Scan_20261110_091200.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('M85063', 'gp_practice'), {
      service: 'GPP', nominee: P('Kwame Asante', 'kwame.asante@nhs.net'), approver: { ...P('Rebecca Lyall', 'r.lyall@nhs.net'), role: 'GP Partner' },
    }, { traits: ['pdf_scan', 'handwritten', 'forwarded', 'see_attached', 'scanner_boilerplate'] }), 1, 1));
  }

  // 005 ------------------------------------------------------------------ GPP, Word table, page 2 (approver) missing
  {
    const form = gppForm({
      practiceName: 'Harbour View Surgery', practiceCode: 'L83021', practiceAddress: 'Quay Street, Penryn TR10 8HT',
      nomineeName: 'Megan Treloar', nomineeJob: 'Reception Manager', nomineeEmail: 'megan.treloar@nhs.net', nomineePhone: '01326 372 205',
      signed: false,
    });
    const buf = await flat(form, 'table', 'glyph', 'p005', META.word('mtreloar', '2026-11-11T13:44:00Z'), [0]);
    const body = `Good afternoon,

Please see attached form for our new GPP admin.

Many thanks,
Megan

Megan Treloar
Reception Manager | Harbour View Surgery
`;
    out.push(email('005-gpp-word-table-page-two-missing', {
      client: 'owa', seed: 'p005', from: ['Megan Treloar', 'megan.treloar@nhs.net'], to: [PORTAL],
      subject: 'GPP User Administrator - Harbour View Surgery', date: date('2026-11-11T13:49:30Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('GPP form.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('L83021', 'gp_practice'), {
      service: 'GPP', nominee: P('Megan Treloar', 'megan.treloar@nhs.net'), approver: null,
    }, { traits: ['pdf_flat_word', 'values_in_table_cells', 'page_missing', 'see_attached'] }), 1));
  }

  // 006 ------------------------------------------------------------------ GPP, part 1 fillable (txt names) + part 2 printed, signed, scanned
  {
    const form = gppForm({
      practiceName: 'Canal Side Medical Centre', practiceCode: 'Y02745', practiceAddress: '3 Wharf Street\nStone ST15 8JP',
      nomineeName: 'Jordan Ellis-Brown', nomineeJob: 'Business Manager', nomineeEmail: 'jordan.ellis-brown@nhs.net', nomineePhone: '01785 813 540',
      approverName: 'Dr Anil Shah', approverRole: 'GP Partner', approverEmail: 'anil.shah4@nhs.net', signed: true, date: '11.11.2026',
    });
    const part1 = await fillable(form, 'txt', 'p006a', META.reader('2026-11-11T08:20:00Z', 'GPP Practice User Administrator Certification Form'), [0]);
    const part2 = await scanned(form, {
      seed: 'p006b', hand: 'hand', skew: 0.8, noise: 0.35, shadow: 'top', gray: false, ink: 'black',
      meta: META.scanner('Canon iR-ADV C3530', '2026-11-11T16:02:00Z'),
    }, [1]);
    const body = `Hello,

Please find attached Part 1 of the GPP User Administrator certification form, and Part 2 which Dr Shah has printed, signed and scanned separately as he couldn't sign the PDF.

Kind regards,

Jordan Ellis-Brown
Business Manager
Canal Side Medical Centre
`;
    out.push(email('006-gpp-part1-fillable-part2-scan', {
      client: 'outlook', seed: 'p006', from: ['Jordan Ellis-Brown', 'jordan.ellis-brown@nhs.net'], to: [PORTAL],
      subject: 'GPP User Administrator certification - Canal Side MC (Y02745)', date: date('2026-11-11T16:20:12Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('GPP UA form part 1.pdf', part1), pdf('GPP UA form part 2 signed.pdf', part2)),
    }, expected(MB, 'user_admin_nomination', org('Y02745', 'gp_practice'), {
      service: 'GPP', nominee: P('Jordan Ellis-Brown', 'jordan.ellis-brown@nhs.net'), approver: { ...P('Anil Shah', 'anil.shah4@nhs.net'), role: 'GP Partner' },
    }, { traits: ['two_pdfs', 'pdf_acroform', 'acro_hungarian_names', 'pdf_scan', 'handwritten', 'form_split_across_files', 'hyphenated_name'] }), 2, 1));
  }

  // 007 ------------------------------------------------------------------ PL, the practice's own letter on letterhead instead of a form
  {
    const buf = await letter({
      org: 'Westgate Family Practice', family: 'serif', colour: [0.35, 0.1, 0.3],
      headLines: ['Westgate House, 41 Westgate Road, Wakefield WF1 2QP', 'Telephone 01924 371 560   |   westgate.familypractice@nhs.net   |   Practice code J82109'],
      to: ['Primary Care Support England', 'PCSE Online Support'], date: '12 November 2026', salutation: 'Dear Sir or Madam',
      re: 'Re: PCSE Online - Performers List Organisation Administrator',
      body: [
        'I am the CQC Registered Manager for Westgate Family Practice (practice code J82109). We currently have no PL Organisation Administrator on PCSE Online following the retirement of our previous administrator.',
        'I would like to nominate our Practice Manager, Mrs Lorraine Dixon, for the PL Organisation Administrator role. Her email address is lorraine.dixon@nhs.net.',
        'If you need anything further please contact me at naomi.fairweather@nhs.net.',
      ],
      closing: 'Yours faithfully', signed: true, signName: 'Dr Naomi Fairweather', signLines: ['CQC Registered Manager', 'Westgate Family Practice'],
    }, 'p007', META.word('Naomi Fairweather', '2026-11-12T10:00:00Z', 'Letter to PCSE'));
    const body = `Dear PCSE,

Please see the attached letter from Dr Fairweather.

Kind regards

Reception Team
Westgate Family Practice
`;
    out.push(email('007-pl-letterhead-cqc-manager', {
      client: 'outlook', seed: 'p007', from: ['Westgate Family Practice', 'westgate.familypractice@nhs.net'], to: [PORTAL],
      subject: 'PL Organisation Administrator - Westgate Family Practice', date: date('2026-11-12T10:41:00Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Letter to PCSE - PL admin.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('J82109', 'gp_practice'), {
      service: 'PL', nominee: P('Lorraine Dixon', 'lorraine.dixon@nhs.net'), approver: { ...P('Naomi Fairweather', 'naomi.fairweather@nhs.net'), role: 'CQC Registered Manager' },
    }, { traits: ['letterhead_pdf', 'shared_mailbox_sender', 'see_attached', 'honorifics'] }), 1));
  }

  // 008 ------------------------------------------------------------------ PL, forwarded by the approving manager: "Approved, please action"
  {
    const body = `Approved, please action - Tariq

Dr Tariq Mahmood
CQC Registered Manager
Ingleby Barwick Medical Group

${outlookBlock(['Barraclough Chloe', 'chloe.barraclough1@nhs.net'], '2026-11-12T12:05:00Z', [['Mahmood Tariq', 'tariq.mahmood@nhs.net']], 'PL admin for PCSE')}
Hi Tariq,

As discussed, could you forward this to PCSE so I can be set up as PL Organisation Administrator? They need it to come from you as Registered Manager.

Name: Chloe Barraclough
Email: chloe.barraclough1@nhs.net
Practice: Ingleby Barwick Medical Group
Practice code: A81630
Role: PL Organisation Administrator

Thanks,
Chloe

Chloe Barraclough
Assistant Practice Manager
`;
    out.push(email('008-pl-forward-approved-please-action', {
      client: 'outlook', seed: 'p008', from: ['Mahmood Tariq', 'tariq.mahmood@nhs.net'], to: [PORTAL], cc: [['Barraclough Chloe', 'chloe.barraclough1@nhs.net']],
      subject: 'FW: PL admin for PCSE', date: date('2026-11-12T17:48:19Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'user_admin_nomination', org('A81630', 'gp_practice'), {
      service: 'PL', nominee: P('Chloe Barraclough', 'chloe.barraclough1@nhs.net'), approver: { ...P('Tariq Mahmood', 'tariq.mahmood@nhs.net'), role: 'CQC Registered Manager' },
    }, { traits: ['forwarded', 'approved_please_action', 'approver_is_sender', 'labelled_lines_in_quote'] })));
  }

  // 009 ------------------------------------------------------------------ OPTO, sent on behalf of the contract holder, his letter attached
  {
    const buf = await letter({
      org: 'Clearsight Opticians', colour: [0, 0.45, 0.45],
      headLines: ['27 Market Place, Thirsk YO7 1HD', 'Tel 01845 523 118   |   clearsight.opticians@nhs.net'],
      date: '13/11/2026', salutation: 'Dear PCSE,', re: 'Nomination of OPTO User Administrator - Clearsight Opticians (TPK21)',
      body: [
        'As contract holder for Clearsight Opticians I would like Farah Siddiqui, our Optical Assistant Manager, to be given the Opto User Management (Organisation) role on PCSE Online so that she can manage our Ophthalmic Payments users.',
        { table: [['Name', 'Farah Siddiqui'], ['Email', 'farah.siddiqui@nhs.net'], ['Practice', 'Clearsight Opticians'], ['Practice code', 'TPK21']] },
        'We currently have one OPTO user administrator (myself).',
      ],
      closing: 'Kind regards', signed: true, signName: 'Daniel Okafor', signLines: ['Contract Holder, Clearsight Opticians', 'daniel.okafor@nhs.net'],
    }, 'p009', META.word('Clearsight', '2026-11-13T09:02:00Z'));
    const body = `Good morning,

Sent on behalf of Daniel Okafor, contract holder (cc'd) - please see attached.

Many thanks
Joanne
Clearsight Opticians
`;
    out.push(email('009-opto-on-behalf-of-contract-holder', {
      client: 'outlook', seed: 'p009', from: ['Clearsight Opticians', 'clearsight.opticians@nhs.net'], to: [PORTAL], cc: [['Okafor Daniel', 'daniel.okafor@nhs.net']],
      subject: 'OPTO user admin request TPK21', date: date('2026-11-13T09:15:40Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Nomination letter.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('TPK21', 'ophthalmic_practice'), {
      service: 'OPTO', nominee: P('Farah Siddiqui', 'farah.siddiqui@nhs.net'), approver: { ...P('Daniel Okafor', 'daniel.okafor@nhs.net'), role: 'Contract Holder' },
    }, { traits: ['sent_on_behalf', 'letterhead_pdf', 'table_in_letter', 'approver_in_cc'] }), 1));
  }

  // 010 ------------------------------------------------------------------ PCN, the ICB approver forwards the PCN's form: "Approved - please action"
  {
    const form = pcnForm({
      pcnName: 'Wyre Estuary PCN', pcnCode: 'U58412', icb: 'NHS Lancashire and South Cumbria ICB', nomineeName: 'Rhiannon Pugh', nomineeRole: 'PCN Manager',
      nomineeEmail: 'rhiannon.pugh@nhs.net', nomineePhone: '01253 956 210', cdName: 'Dr Ifeanyi Obi', cdEmail: 'ifeanyi.obi@nhs.net',
    });
    const buf = await flat(form, 'table', 'glyph', 'p010', META.word('Rhiannon Pugh', '2026-11-12T16:30:00Z'));
    const body = `PCSE colleagues,

Approved - please action. I'm an approver on the AEL for Lancashire and South Cumbria ICB.

Graham

Graham Thornley
Primary Care Contracts Manager
NHS Lancashire and South Cumbria Integrated Care Board

${outlookBlock(['Pugh Rhiannon', 'rhiannon.pugh@nhs.net'], '2026-11-12T16:41:00Z', [['Thornley Graham', 'graham.thornley@nhs.net']], 'PCN user admin form - Wyre Estuary PCN')}
Hi Graham,

Please find attached our PCN user administrator request form for approval and onward submission to PCSE.

Thanks
Rhiannon
PCN Manager, Wyre Estuary PCN
`;
    out.push(email('010-pcn-icb-approver-forwards-form', {
      client: 'outlook', seed: 'p010', from: ['Thornley Graham', 'graham.thornley@nhs.net'], to: [PORTAL], cc: [['Pugh Rhiannon', 'rhiannon.pugh@nhs.net']],
      subject: 'FW: PCN user admin form - Wyre Estuary PCN', date: date('2026-11-16T08:58:02Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('PCN UA request - Wyre Estuary.pdf', buf)),
    }, expected(MB, 'user_admin_nomination', org('U58412', 'pcn'), {
      service: 'PCN', nominee: P('Rhiannon Pugh', 'rhiannon.pugh@nhs.net'), approver: { ...P('Graham Thornley', 'graham.thornley@nhs.net'), role: 'Primary Care Contracts Manager' },
    }, { traits: ['forwarded', 'approved_please_action', 'pdf_flat_word', 'values_in_table_cells', 'empty_approval_section_in_form'] }), 1));
  }

  // 011 ------------------------------------------------------------------ main contact, dental letter; the body corrects the email in the letter
  {
    const buf = await letter({
      org: 'Parkside Dental Practice', colour: [0.1, 0.4, 0.6],
      headLines: ['2 Park Terrace, Ilkeston DE7 5DA', '0115 930 4127   |   Practice code V038214'],
      date: '13 November 2026', salutation: 'To whom it may concern,', re: 'Change of Main Contact - Parkside Dental Practice (V038214)',
      body: [
        'Our main contact on PCSE Online, Mrs Janet Morley, retired at the end of October.',
        'Please set up our Practice Manager, Ms Bethany Cole, as the main contact for the practice. Her email address is bethany.cole@nhs.net.',
      ],
      closing: 'Yours sincerely', signed: true, signName: 'Richard Hales', signLines: ['Practice Owner'],
    }, 'p011', META.word2016('Reception', '2026-11-13T12:20:00Z'));
    const body = `Hello,

Please find attached letter regarding our main contact.

Please note Bethany's email address in the letter is missing the 3 - it should be bethany.cole3@nhs.net. Apologies.

Richard Hales
Practice Owner
Parkside Dental Practice

Sent from my iPad`;
    out.push(email('011-main-contact-letter-body-corrects-email', {
      client: 'iphone', seed: 'p011', from: ['Richard Hales', 'richard.hales@nhs.net'], to: [PORTAL],
      subject: 'Main contact change', date: date('2026-11-13T12:31:00Z'),
      body: mixed(text(body, '7bit', 'us-ascii'), pdf('Main contact letter.pdf', buf, 'apple')),
    }, expected(MB, 'main_contact_change', org('V038214', 'dental_practice'), {
      newMainContact: P('Bethany Cole', 'bethany.cole3@nhs.net'),
    }, { traits: ['letterhead_pdf', 'body_corrects_attachment', 'previous_contact_named', 'apple_mail'] }), 1));
  }

  // 012 ------------------------------------------------------------------ main contact, pharmacy, one line from a phone
  {
    const body = `Hi, please change the main contact for Kirkgate Pharmacy (FQ734) to our new pharmacy manager Harpreet Sandhu - harpreet.sandhu@nhs.net

Thanks
Imran Qureshi
Superintendent Pharmacist

Get Outlook for Android`;
    out.push(email('012-main-contact-pharmacy-from-phone', {
      client: 'android', seed: 'p012', from: ['Imran Qureshi', 'imran.qureshi@nhs.net'], to: [PORTAL],
      subject: 'Main contact', date: date('2026-11-14T07:12:44Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'main_contact_change', org('FQ734', 'pharmacy'), {
      newMainContact: P('Harpreet Sandhu', 'harpreet.sandhu@nhs.net'),
    }, { traits: ['terse', 'mobile_client', 'no_attachment'] })));
  }

  // 013 ------------------------------------------------------------------ verification link, a GP with GMC number
  {
    const body = `Hello

I never received the verification link for PCSE Online. My GMC number is 7034521 and this is my GMC registered email address. Could you resend it please?

Many thanks
Eleanor Whitcombe

Sent from my iPhone`;
    out.push(email('013-verification-link-gp-gmc', {
      client: 'iphone', seed: 'p013', from: ['Dr Eleanor Whitcombe', 'eleanor.whitcombe@nhs.net'], to: [PORTAL],
      subject: 'Verification link', date: date('2026-11-14T20:03:11Z'),
      body: text(body, '7bit', 'us-ascii'),
    }, expected(MB, 'verification_link_resend', null, { accountEmail: 'eleanor.whitcombe@nhs.net', gmcNumber: '7034521' }, { traits: ['own_account_by_sender', 'mobile_client', 'gmc_number'] })));
  }

  // 014 ------------------------------------------------------------------ verification link asked for someone else
  {
    const body = `Good morning,

I'm sending this on behalf of our practice manager Jill Norris, who has not received her verification link for PCSE Online. Her email address is jill.norris@nhs.net.

Stonebridge Surgery, H81077

Thank you
Karen Boyd
Receptionist
`;
    out.push(email('014-verification-link-on-behalf', {
      client: 'outlook', seed: 'p014', from: ['Boyd Karen', 'karen.boyd@nhs.net'], to: [PORTAL],
      subject: 'Verification link - Jill Norris', date: date('2026-11-16T08:22:19Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'verification_link_resend', org('H81077', 'gp_practice'), { accountEmail: 'jill.norris@nhs.net', gmcNumber: null }, { mustRaise: ['not_own_account'], traits: ['sent_on_behalf', 'account_not_senders'] })));
  }

  // 015 ------------------------------------------------------------------ unlock, from a phone
  {
    const body = `Hi I've locked my PCSE online account, too many password attempts. Username dawn.pearce@nhs.net. Can you unlock please. Thanks Dawn

Sent from my iPhone`;
    out.push(email('015-unlock-from-iphone', {
      client: 'iphone', seed: 'p015', from: ['Dawn Pearce', 'dawn.pearce@nhs.net'], to: [PORTAL],
      subject: 'Locked out', date: date('2026-11-16T18:40:51Z'),
      body: text(body, '7bit', 'us-ascii'),
    }, expected(MB, 'account_unlock', null, { username: 'dawn.pearce@nhs.net' }, { traits: ['terse', 'mobile_client'] })));
  }

  // 016 ------------------------------------------------------------------ unlock, a user name that is not an email address, HTML only
  {
    const h = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p style="font-family:Arial;font-size:10pt">Hello,</p>
<p style="font-family:Arial;font-size:10pt">Our receptionist Rosie has locked her PCSE Online account after entering the wrong password. She doesn&#39;t have an NHS email so her user name is <b>rosiemarshall@smilestudio</b>.</p>
<p style="font-family:Arial;font-size:10pt">Could you unlock it please?</p>
<p style="font-family:Arial;font-size:10pt">Kind regards,<br>
Lauren Pike<br>
Practice Manager &amp; User Administrator<br>
Smile Studio Dental (V106528)</p>
</body></html>
`;
    out.push(email('016-unlock-non-email-username-html', {
      client: 'outlook', seed: 'p016', from: ['Lauren Pike', 'lauren.pike@nhs.net'], to: [PORTAL],
      subject: 'Locked account - Smile Studio Dental', date: date('2026-11-17T10:05:33Z'),
      body: html(h),
    }, expected(MB, 'account_unlock', org('V106528', 'dental_practice'), { username: 'rosiemarshall@smilestudio' }, { traits: ['html_only', 'non_email_username', 'request_for_colleague'] })));
  }

  // 017 ------------------------------------------------------------------ reactivation, OPTO user administrator
  {
    const body = `Dear PCSE,

My PCSE Online account has been deactivated - I think because I hadn't logged in for a while. I am the OPTO user administrator for Clearview Opticians (TPD07) so I understand I need to ask you to reactivate it.

User name: naveed.akhtar@nhs.net

Regards,
Naveed Akhtar
Optometrist / Director
Clearview Opticians
`;
    out.push(email('017-reactivation-opto-admin', {
      client: 'outlook', seed: 'p017', from: ['Naveed Akhtar', 'naveed.akhtar@nhs.net'], to: [PORTAL],
      subject: 'Account deactivated', date: date('2026-11-17T13:27:08Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'account_reactivation', org('TPD07', 'ophthalmic_practice'), { username: 'naveed.akhtar@nhs.net' }, { traits: ['labelled_line'] })));
  }

  // 018 ------------------------------------------------------------------ role removal
  {
    const body = `Hi,

Please can you remove the Joiner & Leaver and Practice Estimate and Salary Change roles from Adam Price's PCSE Online account (adam.price@nhs.net)? He has moved to a reception role and no longer needs them.

Greenway Medical Practice - G85022

Thanks
Nicola Yates
Practice Manager
`;
    out.push(email('018-role-removal', {
      client: 'outlook', seed: 'p018', from: ['Yates Nicola', 'nicola.yates@nhs.net'], to: [PORTAL],
      subject: 'Remove roles - Adam Price', date: date('2026-11-18T11:11:11Z'),
      body: text(body),
    }, expected(MB, 'role_removal_request', org('G85022', 'gp_practice'), { username: 'adam.price@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, { traits: ['roles_in_prose'] })));
  }

  // 019 ------------------------------------------------------------------ Open Exeter form sent to portalenquiries: Word, values below labels, [X]
  {
    const form = oeGpForm({
      practiceName: 'Hollybush Surgery', practiceCode: 'B86041', practiceAddress: '2 Hollybush Lane, Leeds LS12 4QJ', practicePhone: '0113 263 0090',
      title: 'Mrs', forename: 'Gemma', surname: 'Stanton', job: 'Deputy Practice Manager', email: 'gemma.stanton@nhs.net', phone: '0113 263 0091',
      signatoryName: 'Dr Vikram Rao', signatoryPosition: 'Lead GP', signatoryEmail: 'vikram.rao@nhs.net', ticked: ['lead_gp'], signed: true, date: '17/11/2026',
    }, 'serif');
    const buf = await flat(form, 'below', 'brackets', 'p019', META.word('Gemma Stanton', '2026-11-17T15:00:00Z', 'Open Exeter Primary User Request'));
    const body = `Form attached as requested.

Gemma Stanton
Deputy Practice Manager
Hollybush Surgery
`;
    out.push(email('019-oe-form-misdirected-word-below', {
      client: 'outlook', seed: 'p019', from: ['Stanton Gemma', 'gemma.stanton@nhs.net'], to: [PORTAL],
      subject: 'Open Exeter form', date: date('2026-11-18T09:02:41Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('OE Primary User form Hollybush.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('B86041', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Gemma Stanton', 'gemma.stanton@nhs.net'), signatory: { ...P('Vikram Rao', 'vikram.rao@nhs.net'), role: 'lead_gp' },
    }, { traits: ['misdirected', 'pdf_flat_word', 'values_below_labels', 'bracket_checkboxes', 'allowed_roles_listed_on_page_2', 'see_attached'] }), 1));
  }

  // 020 ------------------------------------------------------------------ question
  {
    const body = `Hi,

We already have four GPP user admins at our practice. One of them is leaving at Christmas - can one of the others just give the role to her replacement, or do we have to send you a new certification form?

Thanks
Aoife Gallagher
Practice Manager, Church View Surgery
`;
    out.push(email('020-question-admin-limit', {
      client: 'outlook', seed: 'p020', from: ['Gallagher Aoife', 'aoife.gallagher@nhs.net'], to: [PORTAL],
      subject: 'GPP user admins - question', date: date('2026-11-18T14:33:09Z'),
      body: alt(body, toOutlookHtml(body)),
    }, unclassified(MB, ['question', 'mentions_four_admins_without_request'])));
  }

  // 021 ------------------------------------------------------------------ chaser with reference
  {
    const body = `Hello,

Just chasing the GPP user administrator form we sent on 2 November - reference PCSE-2026-029911. Has this been processed? Our accountant is waiting for access.

Thanks
Shaun Mallinder
Practice Manager
`;
    out.push(email('021-chaser-with-reference', {
      client: 'outlook', seed: 'p021', from: ['Mallinder Shaun', 'shaun.mallinder@nhs.net'], to: [PORTAL],
      subject: 'Chasing - GPP user admin form', date: date('2026-11-19T09:44:50Z'),
      body: text(body),
    }, unclassified(MB, ['chaser', 'case_ref_in_body'])));
  }

  // 022 ------------------------------------------------------------------ thanks with reference
  {
    const body = `Thank you, I can log in now and have set up our other admins.

Farah

${classicBlock(PORTAL, '2026-11-19T11:02:00Z', [['Farah Siddiqui', 'farah.siddiqui@nhs.net']], 'Your PCSE Online request has been completed [PCSE-2026-030452]')}
Dear Farah,

You have been set up as OPTO user administrator for Clearsight Opticians. You will receive a verification link shortly.

Kind regards
PCSE Online Support
`;
    out.push(email('022-thanks-with-reference', {
      client: 'outlook', seed: 'p022', from: ['Farah Siddiqui', 'farah.siddiqui@nhs.net'], to: [PORTAL],
      subject: 'RE: Your PCSE Online request has been completed [PCSE-2026-030452]', date: date('2026-11-19T12:15:27Z'),
      body: text(body),
    }, unclassified(MB, ['thanks', 'case_ref_in_subject', 'quoted_pcse_text'])));
  }

  // 023 ------------------------------------------------------------------ auto-reply
  {
    const body = `Thank you for your email. I am out of the office until Monday 30 November with limited access to email.

For urgent practice matters please contact reception on 0161 794 2200 or moorside.reception@nhs.net.

Helen Ashworth
Practice Manager
`;
    out.push(email('023-auto-reply', {
      client: 'outlook', seed: 'p023', from: ['ASHWORTH, Helen (MOORSIDE MEDICAL PRACTICE)', 'helen.ashworth2@nhs.net'], to: [PORTAL],
      subject: 'Automatic reply: Your PCSE Online request [PCSE-2026-031102]', date: date('2026-11-20T09:00:03Z'),
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'helen.ashworth2@nhs.net']],
      body: alt(body, toOutlookHtml(body)),
    }, unclassified(MB, ['auto_reply'], 'auto_reply')));
  }

  return out;
}
