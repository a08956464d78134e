// datamanager: the emails of corpus 36 (writer AF) and the cases a careful person would enter.
import { TO, btMailMsg, gmailMail, hotmail, iphoneMail, nhs, org, person, rowTable, rowTableText } from './common.js';
import { addr, message, multipart, outlookHtml, outlookQuote, pcseAck, pdfAttachment, rfcDate, textPart, type CorpusEmail, type Part } from './lib.js';
import type { Pdfs } from './build.js';

export function datamanager(pdf: Pdfs): CorpusEmail[] {
  const out: CorpusEmail[] = [];

  // 1 ------------------------------------------------------------------
  out.push({
    slug: 'practice-email-dentist-gmail',
    eml: gmailMail(
      { id: 'af36-d01', from: addr('Farah Siddiqui', 'farahsiddiqui.dental@gmail.com'), to: 'pcse.datamanager@nhs.net', subject: 'Update practice email address', iso: '2026-11-02T19:40:12Z' },
      `Dear Sir/Madam,

We have finally got an NHSmail shared mailbox for the practice, so please could you update our practice email on PCSE Online.

Practice name: Siddiqui Dental Surgery
Practice code: V052288
Current practice email: siddiquidental@btinternet.com
New practice email: siddiquidental.surgery@nhs.net

I am the practice owner and single-handed dentist. Apologies for writing from my personal Gmail - I don't have access to the new mailbox yet.

Kind regards,
Dr Farah Siddiqui BDS`,
    ),
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('V052288', 'dental_practice'),
      fields: { currentEmail: 'siddiquidental@btinternet.com', newEmail: 'siddiquidental.surgery@nhs.net' },
      mustRaise: ['sender_not_nhs'],
      traits: ['webmail_sender', 'single_handed_dentist', 'labelled_lines'],
    },
  });

  // 2 ------------------------------------------------------------------
  {
    const rows = [
      ['Practice name', 'Practice code', 'Current email', 'New email'],
      ['Askrigg & Bainbridge Surgery', 'B82 613', 'askrigg.surgery@nhs.net', 'gail.metcalfe@nhs.net'],
    ];
    const intro = 'Please can you change our practice email address on PCSE Online to mine below - the old generic inbox is not really checked any more and things keep getting missed.';
    const text = `Hi,\n\n${intro}\n\n${rowTableText(rows)}\n\nThanks,\nGail Metcalfe\nPractice Manager\nAskrigg & Bainbridge Surgery`;
    const html = outlookHtml(`<p class="MsoNormal">Hi,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">${intro}<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${rowTable(rows)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks,<br>Gail Metcalfe<br>Practice Manager<br>Askrigg &amp; Bainbridge Surgery<o:p></o:p></p>`);
    out.push({
      slug: 'practice-email-to-personal-address-table-row',
      eml: nhs({ id: 'af36-d02', from: addr('METCALFE, Gail (ASKRIGG & BAINBRIDGE SURGERY)', 'gail.metcalfe@nhs.net'), to: TO.data, subject: 'Update practice email address', iso: '2026-11-04T12:11:50Z' }, text, { html, disclaimer: false }),
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: org('B82613', 'gp_practice'),
        fields: { currentEmail: 'askrigg.surgery@nhs.net', newEmail: 'gail.metcalfe@nhs.net' },
        mustRaise: ['individual_mailbox'],
        traits: ['table_labels_first_row', 'individual_mailbox', 'code_with_spaces'],
      },
    });
  }

  // 3 ------------------------------------------------------------------
  {
    const staffReply = `Dear David,

Thank you for your email. PCSE does not hold or change pharmacy premises addresses - please contact NHS England's pharmacy market entry team about your relocation.

Kind regards,
Data Management Team
Primary Care Support England`;
    const earlier = `Hello,

We are relocating Blackmore Pharmacy two doors down the high street in January. Do we need to tell you the new address?

David Blackmore
Blackmore Pharmacy`;
    out.push({
      slug: 'practice-email-pharmacy-numbered-old-thread',
      eml: nhs(
        {
          id: 'af36-d03',
          from: addr('BLACKMORE, David (BLACKMORE PHARMACY)', 'david.blackmore@nhs.net'),
          to: TO.data,
          subject: 'RE: PCSE-2026-091206 - Your enquiry',
          iso: '2026-11-05T15:47:08Z',
          inReplyTo: '<PCSE-2026-091206.r1@pcse.england.nhs.uk>',
        },
        `Hi, thanks for the above. One more thing while I have you - please update our practice email address:

1. Blackmore Pharmacy
2. FL736
3. current email: blackmore.pharmacy@btconnect.com
4. new email: pharmacy.fl736@nhs.net

Thanks
David

${outlookQuote({ fromName: 'PCSE Data Manager', fromEmail: 'pcse.datamanager@nhs.net', to: 'BLACKMORE, David (BLACKMORE PHARMACY) <david.blackmore@nhs.net>', iso: '2026-10-21T11:15:00Z', subject: 'PCSE-2026-091206 - Your enquiry', text: staffReply })}

${outlookQuote({ fromName: 'PCSE Data Manager', fromEmail: 'pcse.datamanager@nhs.net', to: 'BLACKMORE, David (BLACKMORE PHARMACY) <david.blackmore@nhs.net>', iso: '2026-10-19T08:31:00Z', subject: 'PCSE-2026-091206 - Your enquiry has been received', text: pcseAck('Data Manager', 'PCSE-2026-091206') })}

${outlookQuote({ fromName: 'BLACKMORE, David (BLACKMORE PHARMACY)', fromEmail: 'david.blackmore@nhs.net', to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', iso: '2026-10-19T08:29:00Z', subject: 'Pharmacy relocation', text: earlier })}`,
      ),
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: org('FL736', 'pharmacy'),
        fields: { currentEmail: 'blackmore.pharmacy@btconnect.com', newEmail: 'pharmacy.fl736@nhs.net' },
        mustRaise: [],
        traits: ['numbered_list', 'top_posted_on_old_thread', 'pcse_ack_in_thread', 'pcse_staff_reply_in_thread', 'earlier_request_other_kind'],
      },
    });
  }

  // 4 ------------------------------------------------------------------
  {
    const gp = `Sue,

Can we get PCSE to change the practice email address they hold for us? They still have the old one, hatherleighsurgery@nhs.net, and everything should now go to our new shared mailbox hatherleigh.halwill@nhs.net.

Practice name for them is Hatherleigh & Halwill Surgery, code L83654.

Thanks
Naomi`;
    const pm = `Kayleigh can you send this on to PCSE data manager pls, I'm out all week. Sue

${outlookQuote({ fromName: 'CHUGG, Naomi (Dr) (HATHERLEIGH & HALWILL SURGERY)', fromEmail: 'naomi.chugg@nhs.net', to: 'HARRIS, Sue (HATHERLEIGH & HALWILL SURGERY) <sue.harris23@nhs.net>', iso: '2026-11-27T17:12:00Z', subject: 'practice email', text: gp })}`;
    out.push({
      slug: 'practice-email-forwarded-twice',
      eml: nhs(
        { id: 'af36-d04', from: addr('SLUGGETT, Kayleigh (HATHERLEIGH & HALWILL SURGERY)', 'kayleigh.sluggett@nhs.net'), to: TO.data, subject: 'FW: FW: practice email', iso: '2026-11-30T09:03:26Z' },
        `Hi,

Please see below from Dr Chugg, thanks.

Kayleigh
Reception

${outlookQuote({ fromName: 'HARRIS, Sue (HATHERLEIGH & HALWILL SURGERY)', fromEmail: 'sue.harris23@nhs.net', to: 'SLUGGETT, Kayleigh (HATHERLEIGH & HALWILL SURGERY) <kayleigh.sluggett@nhs.net>', iso: '2026-11-30T08:47:00Z', subject: 'FW: practice email', text: pm })}`,
      ),
      expected: {
        kind: 'practice_email_update',
        ignored: null,
        organisation: org('L83654', 'gp_practice'),
        fields: { currentEmail: 'hatherleighsurgery@nhs.net', newEmail: 'hatherleigh.halwill@nhs.net' },
        mustRaise: [],
        traits: ['forwarded_two_levels', 'values_in_prose', 'nhsmail_display_name'],
      },
    });
  }

  // 5 ------------------------------------------------------------------
  out.push({
    slug: 'extension-pharmacy-flat-pdf',
    eml: nhs(
      { id: 'af36-d05', from: addr("SANDHU, Harjinder (SANDHU'S PHARMACY)", 'harj.sandhu@nhs.net'), to: TO.data, subject: 'Extend main contact to new pharmacy FC389', iso: '2026-11-09T09:20:31Z' },
      `Hello,

We have bought Broadway Village Pharmacy and I'd like to extend my existing main contact role to the new pharmacy. The details are on the attached.

Kind regards
Harj Sandhu MRPharmS
Superintendent Pharmacist
Sandhu's Pharmacy`,
      { attachments: [pdfAttachment(pdf.extensionLetter, 'Main contact extension - Broadway.pdf')] },
    ),
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('FH471', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FH471', name: "Sandhu's Pharmacy", mainContact: person('Harjinder Sandhu', 'harj.sandhu@nhs.net'), address: '22 Kings Road, Evesham, WR11 3BQ', phone: '01386 442 910' },
        newPractice: { odsCode: 'FC389', name: 'Broadway Village Pharmacy', address: '1 The Green, Broadway, Worcestershire, WR12 7AA' },
      },
      mustRaise: [],
      traits: ['pdf_flat_values_under_labels', 'multi_line_address', 'apostrophe_name', 'short_name_in_signature'],
    },
  });

  // 6 ------------------------------------------------------------------
  {
    const rows = [
      ['', 'ODS code', 'Practice name', 'Main contact', 'Main contact email', 'Address', 'Telephone'],
      ['Existing practice', 'TPH36', 'Hollis & Daughter Opticians', 'Rosalind Hollis', 'ros.hollis@outlook.com', '7 Market Street, Sedbergh, LA10 5AH', '015396 20418'],
      ['New practice', 'TPK51', 'Hollis & Daughter Opticians (Kirkby Lonsdale)', '-', '-', '12 Main Street, Kirkby Lonsdale, LA6 2AE', '015242 71930'],
    ];
    const intro = "I'm the main contact for Hollis & Daughter Opticians and we have opened a second practice in Kirkby Lonsdale, which now has its own ODS code. Please could you extend my main contact access to the new practice.";
    const text = `Hello,\n\n${intro}\n\n${rowTableText(rows)}\n\nMany thanks\nRos Hollis`;
    const html = outlookHtml(`<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">${intro.replace(/&/g, '&amp;')}<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${rowTable(rows)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks<br>Ros Hollis<o:p></o:p></p>`);
    out.push({
      slug: 'extension-opticians-table-first-row',
      eml: hotmail({ id: 'af36-d06', from: addr('Ros Hollis', 'ros.hollis@outlook.com'), to: TO.data, subject: 'Extending main contact to our new practice', iso: '2026-11-10T21:06:44Z' }, text, { html }),
      expected: {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: org('TPH36', 'ophthalmic_practice'),
        fields: {
          existingPractice: { odsCode: 'TPH36', name: 'Hollis & Daughter Opticians', mainContact: person('Rosalind Hollis', 'ros.hollis@outlook.com'), address: '7 Market Street, Sedbergh, LA10 5AH', phone: '015396 20418' },
          newPractice: { odsCode: 'TPK51', name: 'Hollis & Daughter Opticians (Kirkby Lonsdale)', address: '12 Main Street, Kirkby Lonsdale, LA6 2AE' },
        },
        mustRaise: ['sender_not_nhs'],
        traits: ['table_labels_first_row', 'webmail_sender', 'family_business', 'short_name_in_signature'],
      },
    });
  }

  // 7 ------------------------------------------------------------------
  {
    const original = `Dear PCSE,

I would like to extend my main contact role to a new practice that I have taken over.

Existing practice
Golden Valley Dental
ODS code V073340
Main contact: Dr Ewa Kowalczyk-Barnes
Email: ewa.kowalczyk-barnes@nhs.net
Address: Church Road, Peterchurch, Hereford, HR2 0RP

New practice
ODS code V081127
Kington Dental Practice
14 High Street, Kington, HR5 3AX

Kind regards,
Ewa Kowalczyk-Barnes`;
    const ask = `Dear Ewa,

Thank you for your email. To extend your main contact role to the new practice we also need the telephone number of your existing practice. Please reply to this email with the number, keeping the reference in the subject line.

Kind regards,
Data Management Team
Primary Care Support England`;
    out.push({
      slug: 'extension-dental-reply-supplies-phone',
      eml: nhs(
        {
          id: 'af36-d07',
          from: addr('KOWALCZYK-BARNES, Ewa (GOLDEN VALLEY DENTAL)', 'ewa.kowalczyk-barnes@nhs.net'),
          to: TO.data,
          subject: 'RE: PCSE-2026-105502 - Further information required',
          iso: '2026-11-26T08:41:17Z',
          inReplyTo: '<PCSE-2026-105502.fi@pcse.england.nhs.uk>',
        },
        `Hello,

Sorry about that - the phone number for Golden Valley Dental is 01981 550 644.

Everything else in my original email below is still correct.

Ewa

${outlookQuote({ fromName: 'PCSE Data Manager', fromEmail: 'pcse.datamanager@nhs.net', to: 'KOWALCZYK-BARNES, Ewa (GOLDEN VALLEY DENTAL) <ewa.kowalczyk-barnes@nhs.net>', iso: '2026-11-25T14:20:00Z', subject: 'PCSE-2026-105502 - Further information required', text: ask })}

${outlookQuote({ fromName: 'KOWALCZYK-BARNES, Ewa (GOLDEN VALLEY DENTAL)', fromEmail: 'ewa.kowalczyk-barnes@nhs.net', to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', iso: '2026-11-24T09:05:00Z', subject: 'Extend main contact to new dental practice', text: original })}`,
      ),
      expected: {
        kind: 'main_contact_extension',
        ignored: null,
        organisation: org('V073340', 'dental_practice'),
        fields: {
          existingPractice: { odsCode: 'V073340', name: 'Golden Valley Dental', mainContact: person('Ewa Kowalczyk-Barnes', 'ewa.kowalczyk-barnes@nhs.net'), address: 'Church Road, Peterchurch, Hereford, HR2 0RP', phone: '01981 550 644' },
          newPractice: { odsCode: 'V081127', name: 'Kington Dental Practice', address: '14 High Street, Kington, HR5 3AX' },
        },
        mustRaise: [],
        traits: ['reply_supplies_missing_value', 'values_in_quoted_original', 'case_ref', 'hyphen_name', 'honorific'],
      },
    });
  }

  // 8 ------------------------------------------------------------------
  out.push({
    slug: 'branch-codes-lower-case-with-spaces',
    eml: nhs(
      { id: 'af36-d08', from: addr("BEVAN, Nerys (BISHOP'S CASTLE MEDICAL PRACTICE)", 'nerys.bevan@nhs.net'), to: TO.data, subject: 'Branch set up - Clun', iso: '2026-11-12T10:30:55Z' },
      `Good morning,

We would like to set up access to PCSE Online for our branch practice at Clun, which now has its ODS code.

Main practice
Bishop's Castle Medical Practice, GP practice, code m82621
Main contact you hold: Nerys Bevan (me), nerys.bevan@nhs.net
Church Street, Bishop's Castle, SY9 5AA
Tel 01588 638 221

Branch
Main contact for the branch: Dr Owain ap Rhys, owain.aprhys@nhs.net
Branch code: m82621 002
Clun Surgery
Enfield Street, Clun, Craven Arms, SY7 8JX
Tel 01588 640 317

Many thanks,
Nerys Bevan
Practice Manager`,
    ),
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('M82621', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'M82621', name: "Bishop's Castle Medical Practice", mainContact: person('Nerys Bevan', 'nerys.bevan@nhs.net'), address: "Church Street, Bishop's Castle, SY9 5AA", phone: '01588 638 221' },
        branch: { odsCode: 'M82621002', name: 'Clun Surgery', address: 'Enfield Street, Clun, Craven Arms, SY7 8JX', phone: '01588 640 317', mainContact: { ...person('Owain ap Rhys', 'owain.aprhys@nhs.net'), title: 'Dr' } },
      },
      mustRaise: [],
      traits: ['code_lower_case', 'code_with_spaces', 'particle_name', 'unlabelled_lines', 'apostrophe_in_org_name'],
    },
  });

  // 9 ------------------------------------------------------------------
  out.push({
    slug: 'branch-letter-scanned-upside-down',
    eml: nhs(
      { id: 'af36-d09', from: addr('Moorland View Surgery', 'moorlandview.surgery@nhs.net'), to: TO.data, subject: 'Branch surgery set up - letter attached', iso: '2026-11-24T15:52:02Z' },
      `Good afternoon,

Please see attached letter from Dr Quick about setting up our new branch surgery on PCSE Online.

Kind regards,
Reception Team
Moorland View Surgery`,
      { attachments: [pdfAttachment(pdf.scanUpsideDownBranch, 'SCAN0047.pdf')] },
    ),
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('L83012', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'L83012', name: 'Moorland View Surgery', mainContact: person('Jenny Rowe', 'jenny.rowe7@nhs.net'), address: 'Station Road, Princetown, Yelverton, PL20 6QX', phone: '01822 890 512' },
        branch: { odsCode: 'L83102001', name: 'Postbridge Branch Surgery', address: 'The Old Chapel, Postbridge, Yelverton, PL20 6TH', phone: '01822 880 207', mainContact: { ...person('Barnaby Quick', 'barnaby.quick@nhs.net'), title: 'Mr' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['scan_rotated_180', 'see_attached', 'same_surname', 'branch_code_transposed', 'shared_mailbox_sender'],
    },
  });

  // 10 -----------------------------------------------------------------
  out.push({
    slug: 'branch-main-contact-also-branch-prose',
    eml: nhs(
      { id: 'af36-d10', from: addr('PEPLOW-DAVIES, Claire (WEOBLEY & STAUNTON SURGERY)', 'claire.peplow-davies@nhs.net'), to: TO.data, subject: 'New branch - Staunton on Wye', iso: '2026-12-01T11:13:39Z' },
      `Hi,

Our new branch at Staunton on Wye has its ODS code now (M81622001) and we would like to set it up on PCSE Online.

The main practice is Weobley & Staunton Surgery, a GP practice, code M81622, at Back Lane, Weobley, Hereford, HR4 8SG, telephone 01544 318 690. You hold me as our main contact - Mrs Claire Peplow-Davies, claire.peplow-davies@nhs.net.

I would like to be the main contact for the branch as well, please, on the same email address. The branch is called Staunton on Wye Surgery and is at The Old School, Staunton on Wye, Hereford, HR4 7LT; its phone number is 01981 500 233.

Thank you,
Claire Peplow-Davies
Practice Manager`,
    ),
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('M81622', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'M81622', name: 'Weobley & Staunton Surgery', mainContact: person('Claire Peplow-Davies', 'claire.peplow-davies@nhs.net'), address: 'Back Lane, Weobley, Hereford, HR4 8SG', phone: '01544 318 690' },
        branch: { odsCode: 'M81622001', name: 'Staunton on Wye Surgery', address: 'The Old School, Staunton on Wye, Hereford, HR4 7LT', phone: '01981 500 233', mainContact: { ...person('Claire Peplow-Davies', 'claire.peplow-davies@nhs.net'), title: 'Mrs' } },
      },
      mustRaise: [],
      traits: ['values_in_prose', 'same_person_both_roles', 'hyphen_name', 'title_from_main_practice_sentence'],
    },
  });

  // 11 -----------------------------------------------------------------
  out.push({
    slug: 'main-contact-change-misdirected',
    eml: nhs(
      { id: 'af36-d11', from: addr('CARRUTHERS, Donna (BEWCASTLE & ROADHEAD SURGERY)', 'donna.carruthers@nhs.net'), to: TO.data, subject: 'Change of main contact', iso: '2026-11-13T14:05:21Z' },
      `Hello,

Our practice manager Mhairi McGillivray started with us last month and needs to become our main contact on PCSE Online in place of Dr Lowther, who has retired.

New main contact: Mhairi McGillivray - mhairi.mcgillivray@nhs.net
ODS:A82650 (Bewcastle & Roadhead Surgery)

Thanks,
Donna`,
    ),
    expected: {
      kind: 'main_contact_change',
      ignored: null,
      organisation: org('A82650', 'gp_practice'),
      fields: { newMainContact: person('Mhairi McGillivray', 'mhairi.mcgillivray@nhs.net') },
      mustRaise: [],
      traits: ['misdirected', 'code_prefix', 'mc_name'],
    },
  });

  // 12 -----------------------------------------------------------------
  out.push({
    slug: 'reactivation-misdirected-btinternet',
    eml: btMailMsg(
      { id: 'af36-d12', from: addr('Kwame Okonkwo', 'kwame.okonkwo@btinternet.com'), to: 'pcse.datamanager@nhs.net', subject: 'pcse online account deactivated', iso: '2026-11-17T18:25:48Z' },
      `Hello

I can't log into PCSE Online, it says my account is deactivated. I'm the main contact (and the only dentist) at Okonkwo Dental Care, V018334, so Adaeze tells me I have to ask you.

Username: kwame.okonkwo@nhs.net

Regards
Kwame Okonkwo`,
    ),
    expected: {
      kind: 'account_reactivation',
      ignored: null,
      organisation: org('V018334', 'dental_practice'),
      fields: { username: 'kwame.okonkwo@nhs.net' },
      mustRaise: ['sender_not_nhs'],
      traits: ['misdirected', 'webmail_sender', 'single_handed_dentist', 'username_differs_from_sender'],
    },
  });

  // 13 -----------------------------------------------------------------
  {
    const id = 'af36-d13';
    const b = `_NDR_${'9c3e1a'}_${id}`;
    const human = `Delivery has failed to these recipients or groups:

siddiquidental@btinternet.com
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

siddiquidental@btinternet.com
Remote server returned '552 5.2.2 <siddiquidental@btinternet.com>: mailbox over quota'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: siddiquidental@btinternet.com
Subject: RE: Update practice email address [PCSE-2026-100457]
Date: ${rfcDate('2026-11-06T10:14:00Z')}`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate('2026-11-06T10:14:00Z')}

Final-Recipient: rfc822;siddiquidental@btinternet.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 <siddiquidental@btinternet.com>: mailbox over quota
Remote-MTA: dns;mx.bt.lon5.cpcloud.co.uk`;
    const headers = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: <siddiquidental@btinternet.com>
Subject: RE: Update practice email address [PCSE-2026-100457]
Date: ${rfcDate('2026-11-06T10:14:00Z')}
Message-ID: <PCSE-2026-100457.r2@pcse.england.nhs.uk>
MIME-Version: 1.0`;
    const parts: Part[] = [
      textPart(human, { cte: 'quoted-printable', charset: 'utf-8' }),
      { headers: ['Content-Type: message/delivery-status'], body: status },
      { headers: ['Content-Type: text/rfc822-headers'], body: headers },
    ];
    out.push({
      slug: 'bounce-mailbox-full',
      eml: message(
        [
          ['From', 'Microsoft Outlook <postmaster@nhs.net>'],
          ['To', 'PCSE Data Manager <pcse.datamanager@nhs.net>'],
          ['Subject', 'Undeliverable: RE: Update practice email address [PCSE-2026-100457]'],
          ['Date', rfcDate('2026-11-06T10:14:09Z')],
          ['Message-ID', '<9c3e1a7f-2b1d-4e55-8f0a-61c2d3e4b5a6@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>'],
          ['In-Reply-To', '<PCSE-2026-100457.r2@pcse.england.nhs.uk>'],
          ['Auto-Submitted', 'auto-replied'],
          ['X-MS-Exchange-Message-Is-Ndr', ''],
          ['MIME-Version', '1.0'],
        ],
        multipart('report', b, parts, 'report-type=delivery-status'),
      ),
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'case_ref'] },
    });
  }

  // 14 -----------------------------------------------------------------
  out.push({
    slug: 'question-performers-list-wrong-mailbox',
    eml: gmailMail(
      { id: 'af36-d14', from: addr('Femi Adebayo-Lawson', 'femi.adebayolawson@gmail.com'), to: 'pcse.datamanager@nhs.net', subject: 'Performers list - change of practice', iso: '2026-11-19T21:47:33Z' },
      `Hi,

Quick question - I'm a GP joining a second practice from January as a salaried GP, alongside my partnership at Corvedale. Do I need to tell you about this, or do I update my performers list record myself on PCSE Online? I couldn't see where to add a second practice.

Many thanks,
Femi`,
    ),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'wrong_mailbox', 'performers_list', 'webmail_sender'] },
  });

  // 15 -----------------------------------------------------------------
  out.push({
    slug: 'thanks-emoji-ref',
    eml: iphoneMail(
      { id: 'af36-d15', from: addr('Pat Grimshaw', 'pat.grimshaw@nhs.net'), to: 'pcse.datamanager@nhs.net', subject: 'Re: PCSE-2026-103390 - Your request has been completed', iso: '2026-11-21T08:09:57Z', inReplyTo: '<PCSE-2026-103390.done@pcse.england.nhs.uk>' },
      `thank you so much!! all working now 😊

Pat

Sent from my iPhone

> On 20 Nov 2026, at 16:31, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
>
> Dear Pat,
>
> Your practice email address has been updated to marshlane.dental@nhs.net. A confirmation has been sent to the new address.
>
> Reference: PCSE-2026-103390
>
> Kind regards,
> Data Management Team`,
    ),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_ref', 'emoji', 'lower_case', 'phone'] },
  });

  return out;
}
