// datamanager: practice email changes, main contact extensions and GP branches from writer K's senders.
import {
  NHSMAIL_DISCLAIMER, alt, appleHtml, build, esc, exp, gmailDivs, html, mixed, org, outlookHtml, pdfPart, person, plain, report,
  type Built,
} from './lib.js';
import { pharmacyAcquisitionTable } from './pdfs.js';

const MB = 'datamanager' as const;
const outlook = (text: string) => alt(plain(text), html(outlookHtml(text)));

export async function datamanager(): Promise<Built[]> {
  const out: Built[] = [];

  // 001 — pharmacy multiple's area manager: one branch among several, HTML only, bold labels.
  {
    const body = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Hello Data Manager team,<br><br>
We are moving all our North West branches over to NHSmail shared mailboxes. Please update the practice email for the branch below. The other branches in my area (FA302 Skelmersdale, FA311 Burscough, FA325 Aughton) will follow in separate emails once their mailboxes are live &#8211; please do not change those yet.<br><br>
<b>Pharmacy name:</b> Kestrel Pharmacy &#8211; Ormskirk<br>
<b>ODS code:</b> FA318<br>
<b>Current practice email:</b> ormskirk@kestrelpharmacy.co.uk<br>
<b>New practice email:</b> kestrelpharmacy.fa318@nhs.net<br><br>
The new address is a shared mailbox for the whole branch team.<br><br>
Thanks,<br>Tomasz<br><br>
<span style="color:#7a0f1f"><b>Tomasz Wi&#347;niewski</b></span><br>Area Manager &#8211; North West<br>Kestrel Pharmacy Ltd<br>07700 900 833
</div>
<div style="font-size:8pt;color:#666;margin-top:16px">${esc(NHSMAIL_DISCLAIMER).replace(/\n/g, '<br>')}</div>
</body></html>`;
    out.push(build({
      slug: '001-practice-email-pharmacy-area-manager-html', mailbox: MB, from: ['WIŚNIEWSKI, Tomasz (KESTREL PHARMACY LTD)', 'tomasz.wisniewski@nhs.net'],
      subject: 'Update practice email address - Kestrel Pharmacy Ormskirk FA318', date: '2026-12-01 10:05:51', client: 'outlook', trace: 'nhsmail',
    }, html(body), exp('practice_email_update', org('FA318', 'pharmacy'), {
      currentEmail: 'ormskirk@kestrelpharmacy.co.uk',
      newEmail: 'kestrelpharmacy.fa318@nhs.net',
    }, [], ['html_only', 'br_label_value', 'bold_labels', 'several_codes', 'non_ascii_sender', 'html_entities', 'pharmacy_multiple'])));
  }

  // 002 — dental group asks for the practice manager's own NHSmail as the practice email.
  {
    const text = `Hi Data Manager team,

Please change the practice email address for Smileworks Dental – Hucknall (V030225).

Current: hucknall@smileworksdental.co.uk
New: grace.appiah-kubi@nhs.net

Grace is the practice manager. The practice doesn't have an NHSmail shared mailbox yet so for now please use Grace's NHSmail, we will update it again once the shared one is created.

Thanks,
Chiamaka Nnadi
Compliance Coordinator, Smileworks Dental Group
Central Support Office, 5 Castle Boulevard, Nottingham NG7 1FT`;
    out.push(build({
      slug: '002-practice-email-dental-personal-mailbox', mailbox: MB, from: ['Chiamaka Nnadi', 'chiamaka.nnadi@smileworksdental.co.uk'],
      subject: 'Practice email change - Smileworks Dental Hucknall V030225', date: '2026-11-25 10:40:12', client: 'gmail', trace: 'google',
    }, alt(plain(text), html(`<div dir="ltr">${gmailDivs(text)}</div>\n`)), exp('practice_email_update', org('V030225', 'dental_practice'), {
      currentEmail: 'hucknall@smileworksdental.co.uk',
      newEmail: 'grace.appiah-kubi@nhs.net',
    }, ['individual_mailbox'], ['personal_mailbox_as_practice_email', 'dental_group', 'corporate_domain', 'hyphenated_address'])));
  }

  // 003 — pharmacy regional manager: everything in the subject.
  {
    const text = `As subject please. Both mailboxes cc'd.

Thanks
Irfan
Regional Manager, Allcare Chemists`;
    out.push(build({
      slug: '003-practice-email-pharmacy-subject-only', mailbox: MB, from: ['QURESHI Mohammed Irfan', 'irfan.qureshi@nhs.net'],
      cc: [['Allcare Chemists Syston', 'allcarechemists.syston@nhs.net'], ['Allcare Syston', 'allcare.syston@nhs.net']],
      subject: 'Update practice email address - Allcare Chemists Syston FKL27 - from allcarechemists.syston@nhs.net to allcare.syston@nhs.net',
      date: '2026-11-26 16:21:36', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('practice_email_update', org('FKL27', 'pharmacy'), {
      currentEmail: 'allcarechemists.syston@nhs.net',
      newEmail: 'allcare.syston@nhs.net',
    }, [], ['subject_only', 'terse', 'surname_first_caps', 'folded_subject', 'cc_both_mailboxes'])));
  }

  // 004 — optical chain's systems coordinator corrects the new address in a follow-up (Gmail, HTML only).
  {
    const first = `Hello,<br><br>Please update the practice email address for Horizon Eyecare Loughborough.<br><br>Practice name: Horizon Eyecare Loughborough<br>Practice code: TPD47<br>Current practice email: <a href="mailto:loughborough@horizoneyecare.co.uk">loughborough@horizoneyecare.co.uk</a><br>New practice email: <a href="mailto:horizoneyecare.tpd47@nhs.net">horizoneyecare.tpd47@nhs.net</a><br><br>Many thanks<br>Siddharth Iyer<br>IT &amp; Systems Coordinator, Horizon Eyecare Group`;
    const body = `<div dir="ltr"><div>Sorry, wrong email address, the right one is <a href="mailto:horizon.eyecare.tpd47@nhs.net">horizon.eyecare.tpd47@nhs.net</a> (with a dot between horizon and eyecare). The one in my email below does not exist.</div><div><br></div><div>Thanks,</div><div>Sid</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, 2 Dec 2026 at 14:02, Siddharth Iyer &lt;<a href="mailto:siddharth.iyer@horizoneyecare.co.uk">siddharth.iyer@horizoneyecare.co.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">${first}</div></blockquote></div>\n`;
    out.push(build({
      slug: '004-practice-email-optical-correction-followup', mailbox: MB, from: ['Siddharth Iyer', 'siddharth.iyer@horizoneyecare.co.uk'],
      subject: 'Re: Update practice email address – Horizon Eyecare Loughborough (TPD47)', date: '2026-12-02 14:19:27', client: 'gmail', trace: 'google',
      inReplyTo: '<CAJx9pQe4m1T0rWbV8kZ2sLhN5yUc3oFdA7gRi6jXqEw0tBn@mail.gmail.com>',
      references: ['<CAJx9pQe4m1T0rWbV8kZ2sLhN5yUc3oFdA7gRi6jXqEw0tBn@mail.gmail.com>'],
    }, html(body), exp('practice_email_update', org('TPD47', 'ophthalmic_practice'), {
      currentEmail: 'loughborough@horizoneyecare.co.uk',
      newEmail: 'horizon.eyecare.tpd47@nhs.net',
    }, [], ['html_only', 'gmail_blockquote', 'correction_in_followup', 'newest_message_counts', 'corporate_domain', 'non_ascii_subject'])));
  }

  // 005 — superintendent pharmacist: "please see attached", every detail in a PDF table.
  {
    const pdf = await pharmacyAcquisitionTable([
      ['', 'Existing pharmacy', 'New pharmacy (acquired 1 December 2026)'],
      ['Pharmacy name', 'Kestrel Pharmacy - Penn Road', 'Kestrel Pharmacy - Sedgley'],
      ['Previous trading name', '-', 'Sedgley Chemist'],
      ['ODS code', 'FRL63', 'FG804'],
      ['Main contact (held by PCSE)', 'Jaswinder Kaur Dhillon', 'To be the same as existing pharmacy'],
      ['Main contact email', 'jaswinder.dhillon3@nhs.net', '-'],
      ['Address', '331 Penn Road, Wolverhampton, WV4 5QF', '14 Bull Ring, Sedgley, Dudley, DY3 1RX'],
      ['Telephone', '0121 496 0452', '0121 496 0468'],
    ], { ref: 'KP-SI-2026-044', date: '02/12/2026', signer: 'Olumide Adebayo-Cole, Superintendent Pharmacist' });
    const text = `Hi,

Please see attached.

Regards
Olumide
Superintendent Pharmacist, Kestrel Pharmacy Ltd

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '005-extension-pharmacy-details-in-pdf-table', mailbox: MB, from: ['ADEBAYO-COLE, Olumide (KESTREL PHARMACY LTD)', 'olumide.adebayo-cole@nhs.net'],
      subject: 'Extend main contact to new pharmacy', date: '2026-12-03 17:10:29', client: 'outlook', trace: 'nhsmail', hasAttach: true,
    }, mixed(outlook(text), pdfPart('KP-SI-2026-044 Extend MC Sedgley.pdf', pdf)), exp('main_contact_extension', org('FRL63', 'pharmacy'), {
      existingPractice: {
        odsCode: 'FRL63', name: 'Kestrel Pharmacy - Penn Road',
        mainContact: person('Jaswinder Kaur Dhillon', 'jaswinder.dhillon3@nhs.net'),
        address: '331 Penn Road, Wolverhampton, WV4 5QF', phone: '0121 496 0452',
      },
      newPractice: { odsCode: 'FG804', name: 'Kestrel Pharmacy - Sedgley', address: '14 Bull Ring, Sedgley, Dudley, DY3 1RX' },
    }, [], ['details_only_in_attachment', 'pdf_text_table', 'terse', 'previous_trading_name', 'pharmacy_multiple'])));
  }

  // 006 — optical store director (ESL) extends himself to a new store; Apple Mail, HTML only.
  {
    const inner = `<div>Dear Sir/Madam,</div><div><br></div><div>I would like to extend current main contact to new practice because we open new store in Crystal Peaks on 1st December. Details as below.</div><div><br></div><div><b>Existing practice</b></div><div>ClearSight Opticians Meadowhall</div><div>ODS code TPK77</div><div>Main contact: PARK Hyun-woo (myself)</div><div>Email: hyunwoo.park@nhs.net</div><div>Unit 12 Meadowhall Centre<br>Sheffield<br>S9 1EP</div><div>Tel 0114 496 0871</div><div><br></div><div><b>New practice</b></div><div>ODS code TPL03</div><div>ClearSight Opticians Crystal Peaks</div><div>Unit 4 Crystal Peaks Shopping Centre<br>Sheffield<br>S20 7PN</div><div><br></div><div>Please call the Meadowhall store if you need to verify, the new store number is not working yet.</div><div><br></div><div>Thank you very much.</div><div>Best regards</div><div>Hyun-woo PARK</div><div>Store Director, ClearSight Opticians Meadowhall</div>`;
    out.push(build({
      slug: '006-extension-optical-new-store-apple', mailbox: MB, from: ['PARK Hyun-woo', 'hyunwoo.park@nhs.net'],
      subject: 'Extend main contact to new store', date: '2026-11-27 18:03:44', client: 'apple', trace: 'nhsmail',
    }, html(appleHtml(inner)), exp('main_contact_extension', org('TPK77', 'ophthalmic_practice'), {
      existingPractice: {
        odsCode: 'TPK77', name: 'ClearSight Opticians Meadowhall',
        mainContact: person('Hyun-woo Park', 'hyunwoo.park@nhs.net'),
        address: 'Unit 12 Meadowhall Centre, Sheffield, S9 1EP', phone: '0114 496 0871',
      },
      newPractice: { odsCode: 'TPL03', name: 'ClearSight Opticians Crystal Peaks', address: 'Unit 4 Crystal Peaks Shopping Centre, Sheffield, S20 7PN' },
    }, [], ['html_only', 'apple_mail', 'unlabelled_block', 'multi_line_address', 'surname_first_caps', 'east_asian_name', 'esl'])));
  }

  // 007 — dental group answers PCSE's request for the new practice's address (Gmail thread, two levels).
  {
    const original = `Good afternoon,

We would like to extend our existing main contact to a new practice which Brightsmile Dental Group has acquired.

Existing practice
Name: Brightsmile Dental Care - Wolverhampton Road
ODS code: V021774
Main contact: Samuel Ofori-Atta
Main contact email: samuel.ofori-atta@nhs.net
Address: 212 Wolverhampton Road, Oldbury, B68 8DT
Telephone: 0121 496 0733

New practice
Name: Brightsmile Dental Care - Rowley Regis
ODS code: V032561

Kind regards
Adaeze OKONJO
Compliance Officer | Central Compliance Team
Brightsmile Dental Group`;
    const pcse = `Dear Adaeze,

Thank you for your email. To extend the main contact to the new practice we also need the address of the new practice. Please reply to this email with the address, keeping the reference in the subject line.

Kind regards
PCSE Data Manager Team
Primary Care Support England`;
    const newest = `Hello,

Apologies, I missed the address of the new practice. It is:

Brightsmile Dental Care - Rowley Regis
45 Halesowen Street
Rowley Regis
B65 0HG

All the other details are in my original email below.

Kind regards
Adaeze`;
    const q = (s: string) => s.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n');
    const text = `${newest}

On Mon, 30 Nov 2026 at 14:55, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
${q(`${pcse}

From: Adaeze Okonjo <adaeze.okonjo@brightsmiledental.co.uk>
Sent: 27 November 2026 12:31
To: PCSE Data Manager <pcse.datamanager@nhs.net>
Subject: Extend main contact - Brightsmile Rowley Regis

${original}`)}
`;
    const htmlBody = `<div dir="ltr">${gmailDivs(newest)}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, 30 Nov 2026 at 14:55, PCSE Data Manager &lt;<a href="mailto:pcse.datamanager@nhs.net">pcse.datamanager@nhs.net</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div class="msg-pcse">${gmailDivs(pcse)}<div><br></div><div style="border:none;border-top:solid #e1e1e1 1pt;padding:3pt 0 0 0"><b>From:</b> Adaeze Okonjo &lt;adaeze.okonjo@brightsmiledental.co.uk&gt;<br><b>Sent:</b> 27 November 2026 12:31<br><b>To:</b> PCSE Data Manager &lt;pcse.datamanager@nhs.net&gt;<br><b>Subject:</b> Extend main contact - Brightsmile Rowley Regis</div><div><br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${gmailDivs(original)}</blockquote></div></blockquote></div>\n`;
    out.push(build({
      slug: '007-extension-dental-address-in-reply', mailbox: MB, from: ['Adaeze Okonjo', 'adaeze.okonjo@brightsmiledental.co.uk'],
      subject: 'Re: Your enquiry [PCSE-2026-117905] Further information required - Extend main contact - Brightsmile Rowley Regis',
      date: '2026-11-30 15:48:06', client: 'gmail', trace: 'google',
      inReplyTo: '<PCSE-2026-117905.3@pcse.england.nhs.uk>', references: ['<CAMd2kTt0Yb7Q1sZx4Lw9nHvRp2uJe6aFcO8iG3mNyK5qDhE@mail.gmail.com>', '<PCSE-2026-117905.3@pcse.england.nhs.uk>'],
    }, alt(plain(text), html(htmlBody)), exp('main_contact_extension', org('V021774', 'dental_practice'), {
      existingPractice: {
        odsCode: 'V021774', name: 'Brightsmile Dental Care - Wolverhampton Road',
        mainContact: person('Samuel Ofori-Atta', 'samuel.ofori-atta@nhs.net'),
        address: '212 Wolverhampton Road, Oldbury, B68 8DT', phone: '0121 496 0733',
      },
      newPractice: { odsCode: 'V032561', name: 'Brightsmile Dental Care - Rowley Regis', address: '45 Halesowen Street, Rowley Regis, B65 0HG' },
    }, [], ['reply_supplies_missing_detail', 'pcse_reference', 'gmail_blockquote', 'nested_quote', 'details_split_across_thread', 'corporate_domain'])));
  }

  // 008 — PCN digital champion sets up a member practice's branch; HTML only, divs with inline CSS.
  {
    const lbl = (k: string, v: string) => `<span style="font-weight:bold">${k}:</span> ${v}<br>`;
    const body = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#212b32">
<div>Dear Data Manager team,</div><div><br></div>
<div>On behalf of Sutton Road Health Centre (one of our PCN member practices) I would like to set up access to PCSE Online for their new branch practice, which opened on 1 December. The ODS team issued the branch code last week.</div><div><br></div>
<div style="font-weight:bold;color:#005eb8;font-size:12pt;margin-bottom:4px">Main practice</div>
<div style="margin-left:12px;margin-bottom:10px">${lbl('Name', 'Sutton Road Health Centre')}${lbl('Organisation type', 'GP')}${lbl('ODS code', 'C84109')}${lbl('Main contact', 'Joanne Whitworth-Hale')}${lbl('Main contact email', 'joanne.whitworth-hale@nhs.net')}${lbl('Address', '2 Sutton Road, Kirkby-in-Ashfield, NG17 8GY')}${lbl('Telephone', '0115 496 0312')}</div>
<div style="font-weight:bold;color:#005eb8;font-size:12pt;margin-bottom:4px">Branch practice</div>
<div style="margin-left:12px;margin-bottom:10px">${lbl('Main contact for the branch', 'Dr Abimbola Ogunleye')}${lbl('Email', 'abimbola.ogunleye@nhs.net')}${lbl('Branch ODS code', 'C84109001')}${lbl('Branch name', 'Kingsway Surgery')}${lbl('Address', 'Kingsway Community Hub, 60 Kingsway, Kirkby-in-Ashfield, NG17 7BQ')}${lbl('Telephone', '0115 496 0388')}</div>
<div>Joanne can be reached on the main practice number for the verification call. Dr Ogunleye is the GP lead at the branch.</div><div><br></div>
<div>Thanks,</div><div>Sanjay</div><div><br></div>
<div style="color:#425563">Sanjay Bhattacharya | PCN Digital Champion | Ashfield Vale PCN (U48102)<br>Working Tue / Wed / Fri</div>
</div></body></html>`;
    out.push(build({
      slug: '008-branch-pcn-member-practice-html-divs', mailbox: MB, from: ['Sanjay Bhattacharya', 'sanjay.bhattacharya2@nhs.net'],
      subject: 'New branch set up on PCSE Online - Sutton Road HC / Kingsway Surgery', date: '2026-12-02 11:30:17', client: 'outlook', trace: 'nhsmail',
    }, html(body), exp('branch_setup', org('C84109', 'gp_practice'), {
      mainPractice: {
        odsCode: 'C84109', name: 'Sutton Road Health Centre',
        mainContact: person('Joanne Whitworth-Hale', 'joanne.whitworth-hale@nhs.net'),
        address: '2 Sutton Road, Kirkby-in-Ashfield, NG17 8GY', phone: '0115 496 0312',
      },
      branch: {
        odsCode: 'C84109001', name: 'Kingsway Surgery', address: 'Kingsway Community Hub, 60 Kingsway, Kirkby-in-Ashfield, NG17 7BQ', phone: '0115 496 0388',
        mainContact: { ...person('Abimbola Ogunleye', 'abimbola.ogunleye@nhs.net'), title: 'Dr' },
      },
    }, [], ['html_only', 'div_inline_css', 'bold_labels', 'pcn_writes_for_practice', 'pcn_code_distractor'])));
  }

  // 009 — GP partner (ESL) gives a branch code with two digits swapped.
  {
    const text = `Dear Sir/Madam,

I am writing to request you to please set up our new branch practice on PCSE Online which we have opened in Handsworth Wood from 16th November as the patients from Handsworth area are increasing and our main site is too small, the ODS team has given the branch code which I am giving below along with all the details as per your website.

Main practice name: Lozells Medical Centre
Organisation type: GP
Main practice ODS code: M85042
Main contact with PCSE: Dr Rizwana Begum Chowdhury (myself)
Main contact email: rizwana.chowdhury@nhs.net
Main practice address: 118 Lozells Road, Birmingham, B19 2TJ
Main practice telephone: 0121 496 0186

Branch main contact: Mr Abdul Karim Miah
Branch main contact email: abdulkarim.miah@nhs.net
Branch ODS code: M85024001
Branch name: Lozells Medical Centre - Handsworth Wood Branch
Branch address: 7 Church Lane, Handsworth Wood, Birmingham, B20 2ES
Branch telephone: 0121 496 0193

Kindly do the needful and let me know if anything else required.

Thanking you,
CHOWDHURY Rizwana Begum
GP Partner and Main Contact
Lozells Medical Centre`;
    out.push(build({
      slug: '009-branch-code-digits-swapped-esl', mailbox: MB, from: ['CHOWDHURY, Rizwana Begum (LOZELLS MEDICAL CENTRE)', 'rizwana.chowdhury@nhs.net'],
      subject: 'Branch practice setup for PCSE online', date: '2026-12-01 20:47:09', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('branch_setup', org('M85042', 'gp_practice'), {
      mainPractice: {
        odsCode: 'M85042', name: 'Lozells Medical Centre',
        mainContact: person('Rizwana Begum Chowdhury', 'rizwana.chowdhury@nhs.net'),
        address: '118 Lozells Road, Birmingham, B19 2TJ', phone: '0121 496 0186',
      },
      branch: {
        odsCode: 'M85024001', name: 'Lozells Medical Centre - Handsworth Wood Branch', address: '7 Church Lane, Handsworth Wood, Birmingham, B20 2ES', phone: '0121 496 0193',
        mainContact: { ...person('Abdul Karim Miah', 'abdulkarim.miah@nhs.net'), title: 'Mr' },
      },
    }, ['branch_code_mismatch'], ['esl_run_on', 'esl_formula', 'label_value', 'sender_is_main_contact', 'multi_part_name', 'surname_first_caps'])));
  }

  // 010 — GP group operations director: second branch, the first branch and sister practices named as context.
  {
    const text = `Hi,

Meridian Primary Care Group would like to set up PCSE Online access for a second branch of Levenshulme Medical Practice. For context, we run three practices in the North West: Lowther Street Surgery (M85110), Crewe Road Medical Centre (N81033) and Levenshulme Medical Practice (P84019). Levenshulme already has one branch on PCSE Online (Slade Lane, P84019001), which is not changing.

Details of the main practice
- Practice name: Levenshulme Medical Practice
- Organisation type: GP
- ODS code: P84019
- Main contact PCSE holds: Bernadette McGuinness
- Main contact email: bernadette.mcguinness@nhs.net
- Address: 842 Stockport Road, Levenshulme, Manchester, M19 3AW
- Telephone: 0161 496 0520

Details of the new branch
- Branch main contact: Ms Nomvula Dlamini (Branch Manager)
- Email: nomvula.dlamini@nhs.net
- Branch ODS code: P84019002
- Branch name: Burnage Lane Surgery
- Address: 327 Burnage Lane, Manchester, M19 1FN
- Telephone: 0161 496 0547

Bernadette will be available on the main number for the verification call.

Regards,
Declan O'Rourke
Operations Director
Meridian Primary Care Group
07700 900 266

${NHSMAIL_DISCLAIMER}`;
    out.push(build({
      slug: '010-branch-gp-group-second-branch', mailbox: MB, from: ["O'ROURKE, Declan (MERIDIAN PRIMARY CARE GROUP)", 'declan.orourke@nhs.net'],
      subject: 'Branch set up request - Levenshulme Medical Practice P84019 - second branch', date: '2026-12-04 10:12:33', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('branch_setup', org('P84019', 'gp_practice'), {
      mainPractice: {
        odsCode: 'P84019', name: 'Levenshulme Medical Practice',
        mainContact: person('Bernadette McGuinness', 'bernadette.mcguinness@nhs.net'),
        address: '842 Stockport Road, Levenshulme, Manchester, M19 3AW', phone: '0161 496 0520',
      },
      branch: {
        odsCode: 'P84019002', name: 'Burnage Lane Surgery', address: '327 Burnage Lane, Manchester, M19 1FN', phone: '0161 496 0547',
        mainContact: { ...person('Nomvula Dlamini', 'nomvula.dlamini@nhs.net'), title: 'Ms' },
      },
    }, [], ['several_codes', 'existing_branch_distractor', 'bulleted_labels', 'corporate_group', 'mc_prefix_name', 'apostrophe_name'])));
  }

  // 011 — pharmacy superintendent's main contact change sent to datamanager.
  {
    const text = `Good morning,

Please could you change the main contact for Valley Health Pharmacy, Todmorden (ODS FTQ41) to our new pharmacist manager, Ms Marta Sokołowska – marta.sokolowska@nhs.net. The previous main contact (Alan Greenwood) retired last week.

Our branches at Hebden Bridge (FT902) and Mytholmroyd (FTR17) are unchanged.

Thank you,
Nnamdi Okoro-Igwe
Superintendent Pharmacist
Valley Health Pharmacies Ltd
01632 960 700`;
    out.push(build({
      slug: '011-main-contact-change-pharmacy-misdirected', mailbox: MB, from: ['Nnamdi Okoro-Igwe', 'nnamdi.okoro-igwe@nhs.net'],
      subject: 'Main contact - Valley Health Pharmacy Todmorden', date: '2026-11-23 09:37:45', client: 'outlook', trace: 'nhsmail',
    }, outlook(text), exp('main_contact_change', org('FTQ41', 'pharmacy'), {
      newMainContact: person('Marta Sokołowska', 'marta.sokolowska@nhs.net'),
    }, [], ['misdirected', 'several_codes', 'non_ascii_name', 'distractor_people', 'pharmacy_multiple'])));
  }

  // 012 — pharmacy head of operations asks about change of ownership (question).
  {
    const text = `Hello,

We are completing the purchase of two pharmacies in Telford on 1 January (both currently independent). Our understanding is that the ODS codes stay with the premises on a change of ownership, but someone else has told us that new F codes are issued. Could you confirm which it is, and whether the current owner's PCSE Online users are removed automatically on the date or whether we need to ask you?

We will send the main contact details once we know.

Thanks
Kwame

Kwame Asante-Boateng
Head of Operations
Kestrel Pharmacy Ltd`;
    out.push(build({
      slug: '012-question-change-of-ownership', mailbox: MB, from: ['Kwame Asante-Boateng', 'kwame.asante-boateng@nhs.net'],
      subject: 'Change of ownership - PCSE Online access question', date: '2026-12-02 16:44:02', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('unclassified', null, {}, [], ['question', 'pharmacy_multiple', 'mentions_main_contact'])));
  }

  // 013 — thank-you on a completed PCSE reference.
  {
    const text = `Thanks so much, the new mailbox has received your confirmation. Have a good weekend.

Sid

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 04 December 2026 10:41
To: Siddharth Iyer <siddharth.iyer@horizoneyecare.co.uk>
Subject: Completed: Update practice email address [PCSE-2026-119388]

Dear Siddharth,

The practice email address for TPD47 has been updated to horizon.eyecare.tpd47@nhs.net. A confirmation has been sent to the new address.

Kind regards
PCSE Data Manager Team`;
    out.push(build({
      slug: '013-thanks-completed-pcse-ref', mailbox: MB, from: ['Siddharth Iyer', 'siddharth.iyer@horizoneyecare.co.uk'],
      subject: 'RE: Completed: Update practice email address [PCSE-2026-119388]', date: '2026-12-04 11:02:50', client: 'outlook', trace: 'm365',
    }, outlook(text), exp('unclassified', null, {}, [], ['thanks', 'pcse_reference', 'quoted_completion'])));
  }

  // 014 — NHSmail non-delivery report for PCSE's confirmation to a shared mailbox not yet created.
  {
    const human = `Your message to kestrelpharmacy.fa318@nhs.net couldn't be delivered.

kestrelpharmacy.fa318 wasn't found at nhs.net.

pcse.datamanager    Office 365    kestrelpharmacy.fa318
Action Required                    Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your helpdesk.

Original Message Details
Created Date:    02/12/2026 09:11:40
Sender Address:  pcse.datamanager@nhs.net
Recipient Address:    kestrelpharmacy.fa318@nhs.net
Subject:    Completed: Update practice email address [PCSE-2026-118977]

Error Details
Reported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by:    LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 2 Dec 2026 09:11:40 +0000

Final-Recipient: rfc822;kestrelpharmacy.fa318@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const orig = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: "kestrelpharmacy.fa318@nhs.net" <kestrelpharmacy.fa318@nhs.net>
Subject: Completed: Update practice email address [PCSE-2026-118977]
Date: Wed, 2 Dec 2026 09:11:40 +0000
Message-ID: <PCSE-2026-118977.2@pcse.england.nhs.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
`;
    out.push(build({
      slug: '014-bounce-confirmation-to-new-mailbox', mailbox: MB, from: ['Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net'],
      to: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
      subject: 'Undeliverable: Completed: Update practice email address [PCSE-2026-118977]', date: '2026-12-02 09:11:42', client: 'exchange-ndr', trace: 'none',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
    }, report(human, status, orig), exp('unclassified', null, {}, [], ['bounce', 'multipart_report', 'pcse_reference', 'address_in_bounce'], 'bounce')));
  }

  // 015 — optical OPTO admin's deactivated account, sent to datamanager.
  {
    const text = `Hi,

My PCSE Online account has been deactivated. I am one of the OPTO user admins for Horizon Eyecare Leicester (TPD90). Username abena.osei@nhs.net.

Please can you reactivate it, the other admins have asked me to do the domiciliary claims this month.

Thanks
Abena Osei
Clinical Services Manager, Horizon Eyecare Leicester`;
    out.push(build({
      slug: '015-reactivation-optical-admin-misdirected', mailbox: MB, from: ['OSEI, Abena (HORIZON EYECARE)', 'abena.osei@nhs.net'],
      subject: 'Account deactivated', date: '2026-12-03 12:25:18', client: 'outlook', trace: 'nhsmail',
    }, plain(text), exp('account_reactivation', org('TPD90', 'ophthalmic_practice'), {
      username: 'abena.osei@nhs.net',
    }, [], ['misdirected', 'nhsmail_display_name', 'terse', 'domiciliary'])));
  }

  return out;
}
