// datamanager: practice email changes, main contacts extended to new practices, GP branches, plus a misdirected
// main-contact change, a question, a thank-you and a bounce.
import { type MailSpec, compose, nonDelivery, outlookId } from './clients.js';
import { odsReport } from './forms.js';
import { gmailQuoteDate } from './lib.js';
import { letterPdf, scanPdf } from './pdfs.js';
import { type Email, expected, org, person, unclassified } from './types.js';

const M = 'datamanager' as const;

function mail(spec: Omit<MailSpec, 'mailbox'>, exp: Email['expected']): Email {
  return { slug: spec.slug, mailbox: M, eml: compose({ ...spec, mailbox: M }), expected: exp };
}

const practice = (odsCode: string | null, name: string | null, mc: [string | null, string | null], address: string | null, phone: string | null) =>
  ({ odsCode, name, mainContact: person(mc[0], mc[1]), address, phone });

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 028: pharmacy email change from an iPhone, label lines.
  out.push(mail({
    slug: '028-pemail-pharmacy-phone', client: 'iphone', date: '2026-11-23T09:07:44Z',
    from: ['Daniel Cohen', 'daniel.cohen9@nhs.net'], to: 'bare',
    subject: 'Update practice email address',
    text: `Pharmacy name: Cohen\u2019s Pharmacy
Code: FT215
Current email cohens.pharmacy@nhs.net
New email pharmacy.ft215@nhs.net

Thanks
Daniel Cohen

Sent from my iPhone`,
  }, expected(M, 'practice_email_update', org('FT215', 'pharmacy'), {
    currentEmail: 'cohens.pharmacy@nhs.net',
    newEmail: 'pharmacy.ft215@nhs.net',
  }, { traits: ['from_phone', 'terse', 'smart_quote'] })));

  // 029: new practice email is a person's own mailbox.
  out.push(mail({
    slug: '029-pemail-individual', client: 'owa', date: '2026-11-24T14:51:12Z',
    from: ['Sharon Whitby', 'sharon.whitby@nhs.net'],
    subject: 'change of practice email',
    disclaimer: true,
    text: `Hi

Please can you change our practice email address on PCSE Online to sharon.whitby@nhs.net as nobody really checks the old one (northgate.surgery@nhs.net) and we keep missing things.

Northgate Surgery
Y03355

Thank you
Sharon Whitby
Office Manager`,
  }, expected(M, 'practice_email_update', org('Y03355', 'gp_practice'), {
    currentEmail: 'northgate.surgery@nhs.net',
    newEmail: 'sharon.whitby@nhs.net',
  }, { mustRaise: ['individual_mailbox'], traits: ['new_before_old', 'personal_mailbox'] })));

  // 030: dental practice, second-language writer, new address first.
  out.push(mail({
    slug: '030-pemail-dental-esl', client: 'outlook', date: '2026-11-25T08:44:39Z',
    from: ['Rafael Costa', 'rafael.costa2@nhs.net'],
    subject: 'Practice email change',
    disclaimer: true,
    text: `Good morning,

New email: dentalcareclinic.v301877@nhs.net (it is the shared mailbox for all the practice, not personal)

Old email what you have is dentalcare.clinic@nhs.net , we cannot access this one anymore because the person who created it left.

Practice name - Dentalcare Clinic
Practice code - V301877

Please confirm when is done.
Thank you very much
Rafael Costa
Practice Coordinator`,
  }, expected(M, 'practice_email_update', org('V301877', 'dental_practice'), {
    currentEmail: 'dentalcare.clinic@nhs.net',
    newEmail: 'dentalcareclinic.v301877@nhs.net',
  }, { traits: ['esl', 'order_shuffled', 'new_before_old'] })));

  // 031: optical practice that does not know which address PCSE holds.
  out.push(mail({
    slug: '031-pemail-optical-no-current', client: 'outlook_android', date: '2026-12-02T12:18:25Z',
    from: ['Hannah Lee', 'hannah.lee31@nhs.net'],
    subject: 'Update practice email address',
    text: `Hi,
Please could you update our practice email to visionplus.tpm55@nhs.net. Practice is Vision Plus Optometrists, TPM55. Not sure what email you have for us at the moment sorry, it might be the old one that was in Rajs name.
Thanks
Hannah

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, expected(M, 'practice_email_update', org('TPM55', 'ophthalmic_practice'), {
    currentEmail: null,
    newEmail: 'visionplus.tpm55@nhs.net',
  }, { traits: ['from_phone', 'missing_value'] })));

  // 032: pharmacist extending her main contact to a second pharmacy, details in her own order.
  out.push(mail({
    slug: '032-mce-pharmacy-order', client: 'outlook_android', date: '2026-11-26T13:36:50Z',
    from: ['Priti Shah', 'priti.shah1@nhs.net'],
    subject: 'extend main contact to new pharmacy',
    text: `Hi I'm the main contact for Alderley Pharmacy and we've just taken over another pharmacy, can you add it to my account please.

New one - Moss Lane Pharmacy, FJ904, 12 Moss Lane, Macclesfield SK11 7TQ

Existing - Alderley Pharmacy FC382, 3 London Road, Alderley Edge SK9 7JT, tel 01625 584 220

me - Priti Shah priti.shah1@nhs.net

thx Priti

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, expected(M, 'main_contact_extension', org('FC382', 'pharmacy'), {
    existingPractice: practice('FC382', 'Alderley Pharmacy', ['Priti Shah', 'priti.shah1@nhs.net'], '3 London Road, Alderley Edge SK9 7JT', '01625 584 220'),
    newPractice: { odsCode: 'FJ904', name: 'Moss Lane Pharmacy', address: '12 Moss Lane, Macclesfield SK11 7TQ' },
  }, { traits: ['from_phone', 'order_shuffled', 'new_before_existing', 'abbreviations'] })));

  // 033: dental owner, everything in an attached letter (flat PDF with tables).
  {
    const letter = await letterPdf([
      { text: 'Smile Dental Care', bold: true, size: 17 },
      { text: '45 High Street, Bromley, BR1 1LE   \u2022   020 8460 1234', size: 9 },
      { rule: true },
      { text: '30th November 2026', gap: 10 },
      { text: 'PCSE Data Manager', },
      { text: 'pcse.datamanager@nhs.net', gap: 12 },
      { text: 'Extension of main contact to a new practice', bold: true, gap: 8 },
      { text: 'Dear Sir / Madam,', gap: 6 },
      { text: 'I am the main contact for Smile Dental Care on PCSE Online. We have opened a second practice and I would like my main contact role to be extended to it. The details are below.', gap: 8 },
      { text: 'Existing practice', bold: true, gap: 2 },
      { table: [
        ['Practice name', 'Smile Dental Care'],
        ['ODS code', 'V027814'],
        ['Main contact', 'Dr Ravi Menon'],
        ['Main contact email', 'ravi.menon@nhs.net'],
        ['Address', '45 High Street, Bromley, BR1 1LE'],
        ['Telephone', '020 8460 1234'],
      ] },
      { text: 'New practice', bold: true, gap: 2 },
      { table: [
        ['ODS code', 'V419930'],
        ['Practice name', 'Bickley Dental Studio'],
        ['Address', '2 Southborough Road, Bickley, Bromley, BR1 2EA'],
      ] },
      { text: 'Please call the new practice on 020 8467 5590 if you need to verify anything.', gap: 10 },
      { text: 'Yours faithfully', gap: 4 },
      { sig: true },
      { text: 'Dr Ravi Menon BDS', bold: true },
      { text: 'Principal Dentist' },
    ], { seed: '033-mce-dental-letter', meta: { title: 'Main contact extension letter', author: 'Reception', creator: 'Writer', producer: 'LibreOffice 24.8', date: '2026-11-30T15:20:00Z' } });
    out.push(mail({
      slug: '033-mce-dental-letter', client: 'outlook', date: '2026-11-30T15:34:17Z',
      from: ['Ravi Menon', 'ravi.menon@nhs.net'],
      subject: 'Extending main contact to new practice - Bickley Dental Studio',
      disclaimer: true,
      attachments: [{ filename: 'Letter to PCSE - main contact.pdf', contentType: 'application/pdf', data: letter }],
      text: `Dear PCSE,

Please see attached letter re extending my main contact role to our new practice.

Regards
Dr Ravi Menon
Smile Dental Care`,
    }, expected(M, 'main_contact_extension', org('V027814', 'dental_practice'), {
      existingPractice: practice('V027814', 'Smile Dental Care', ['Ravi Menon', 'ravi.menon@nhs.net'], '45 High Street, Bromley, BR1 1LE', '020 8460 1234'),
      newPractice: { odsCode: 'V419930', name: 'Bickley Dental Studio', address: '2 Southborough Road, Bickley, Bromley, BR1 2EA' },
    }, { traits: ['pdf_letter', 'pdf_table', 'see_attached'] })));
  }

  // 034: optical chain owner, no phone number given.
  out.push(mail({
    slug: '034-mce-optical-no-phone', client: 'owa', date: '2026-12-01T19:05:33Z',
    from: ['Arjun Mehta', 'arjun.mehta@nhs.net'],
    subject: 'Main contact extend for new shop',
    disclaimer: true,
    text: `Hello,

I want to extend my main contact to our new shop please.

Old shop: Look Optical, TPR19, 88 Queen Street, Wolverhampton WV1 3BG
Main contact is me, Arjun Mehta, arjun.mehta@nhs.net

New shop: Look Optical Bilston, code TPR64
address 5 Church Street, Bilston, WV14 0AX

Thank you
Arjun`,
  }, expected(M, 'main_contact_extension', org('TPR19', 'ophthalmic_practice'), {
    existingPractice: practice('TPR19', 'Look Optical', ['Arjun Mehta', 'arjun.mehta@nhs.net'], '88 Queen Street, Wolverhampton WV1 3BG', null),
    newPractice: { odsCode: 'TPR64', name: 'Look Optical Bilston', address: '5 Church Street, Bilston, WV14 0AX' },
  }, { traits: ['esl', 'missing_value'] })));

  // 035: GP business manager after a merger, one run-on paragraph.
  out.push(mail({
    slug: '035-mce-gp-merger', client: 'outlook_android', date: '2026-12-03T16:47:08Z',
    from: ['Claire Whitehouse', 'claire.whitehouse@nhs.net'],
    subject: 'Main contact - merger',
    text: `Hi, I am main contact for Fernbank Surgery M83021 (Fernbank Road, Stafford ST16 3PU, 01785252404) and from 1st Dec we have merged with Hill View Surgery M83147 so could you add Hill View to my account, their address is 9 Tixall Road, Stafford ST16 3UZ. my email is claire.whitehouse@nhs.net

Thanks Claire Whitehouse
Business Manager

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, expected(M, 'main_contact_extension', org('M83021', 'gp_practice'), {
    existingPractice: practice('M83021', 'Fernbank Surgery', ['Claire Whitehouse', 'claire.whitehouse@nhs.net'], 'Fernbank Road, Stafford ST16 3PU', '01785252404'),
    newPractice: { odsCode: 'M83147', name: 'Hill View Surgery', address: '9 Tixall Road, Stafford ST16 3UZ' },
  }, { traits: ['from_phone', 'run_on', 'details_in_parentheses'] })));

  // 036: GP branch, branch details first, code with a space.
  out.push(mail({
    slug: '036-branch-order', client: 'outlook', date: '2026-11-24T11:41:20Z',
    from: ['Ngozi Eze', 'ngozi.eze@nhs.net'],
    subject: 'New branch set up PCSE Online',
    disclaimer: true,
    text: `Hi,

We would like to set up access to PCSE Online for our new branch practice please.

BRANCH
Name: Plaistow Road Surgery
ODS: G85118 001
Address: 210 Plaistow Road, London E13 0AL
Tel: 020 8552 7134
Main contact for branch: Mrs Ngozi Eze, ngozi.eze@nhs.net

MAIN PRACTICE (GP)
Dr Okafor & Partners - G85118
14 Barking Road
London E6 3BP
020 8472 1100
Main contact you have: Dr Chidi Okafor chidi.okafor@nhs.net

Thanks
Ngozi Eze
Assistant Practice Manager`,
  }, expected(M, 'branch_setup', org('G85118', 'gp_practice'), {
    mainPractice: practice('G85118', 'Dr Okafor & Partners', ['Chidi Okafor', 'chidi.okafor@nhs.net'], '14 Barking Road, London E6 3BP', '020 8472 1100'),
    branch: { odsCode: 'G85118001', name: 'Plaistow Road Surgery', address: '210 Plaistow Road, London E13 0AL', phone: '020 8552 7134', mainContact: { name: 'Ngozi Eze', email: 'ngozi.eze@nhs.net', title: 'Mrs' } },
  }, { traits: ['order_shuffled', 'branch_first', 'code_with_space', 'multi_line_address'] })));

  // 037: GP branch from a phone, branch code with transposed digits.
  out.push(mail({
    slug: '037-branch-code-mismatch', client: 'iphone', date: '2026-11-27T17:58:14Z',
    from: ['Alison Crane', 'alison.crane2@nhs.net'], to: 'bare',
    subject: 'Branch setup',
    text: `Hi we've got the ODS code through for our branch so can you set it up on PCSE please.

Main practice - Parkview Surgery, D81004, 3 Parkview Road, Cambridge CB4 1EZ, 01223 350 611. Main contact Alison Crane (me) alison.crane2@nhs.net

Branch - Parkview Surgery Histon, code D81040001, 62 High Street, Histon CB24 9JD, 01223 237 090. Branch main contact Dr Oliver Grant oliver.grant@nhs.net

Thanks
Alison

Sent from my iPhone`,
  }, expected(M, 'branch_setup', org('D81004', 'gp_practice'), {
    mainPractice: practice('D81004', 'Parkview Surgery', ['Alison Crane', 'alison.crane2@nhs.net'], '3 Parkview Road, Cambridge CB4 1EZ', '01223 350 611'),
    branch: { odsCode: 'D81040001', name: 'Parkview Surgery Histon', address: '62 High Street, Histon CB24 9JD', phone: '01223 237 090', mainContact: { name: 'Oliver Grant', email: 'oliver.grant@nhs.net', title: 'Dr' } },
  }, { mustRaise: ['branch_code_mismatch'], traits: ['from_phone', 'inline_details', 'transposed_digits'] })));

  // 038: GP branch, the branch code, name and address only on a scanned ODS report.
  {
    const report = odsReport({
      code: 'L82040002', name: 'HARBOURSIDE MEDICAL PRACTICE - PENRYN BRANCH',
      addressLines: ['COMMERCIAL ROAD', 'PENRYN', 'CORNWALL', 'TR10 8AG'],
      parent: 'L82040', parentName: 'HARBOURSIDE MEDICAL PRACTICE', opened: '01-DEC-2026', requested: '24-NOV-2026',
    });
    const scan = await scanPdf([report], { kind: 'flatbed', hand: false, rotate: 0.7, mono: true }, {
      seed: '038-branch-ods-scan',
      meta: { title: 'SCAN0042', creator: 'RICOH IM C3000', producer: 'RICOH IM C3000', date: '2026-12-02T10:05:00Z' },
    });
    out.push(mail({
      slug: '038-branch-ods-scan', client: 'outlook', date: '2026-12-02T10:21:36Z',
      from: ['Kerensa Pascoe', 'kerensa.pascoe@nhs.net'],
      subject: 'Set up branch practice - Harbourside Medical Practice L82040',
      disclaimer: true,
      attachments: [{ filename: 'SCAN0042.pdf', contentType: 'application/pdf', data: scan.pdf }],
      text: `Hello,

We would like to set up access to PCSE Online for our branch practice. The ODS report is attached (scanned) with the branch code, name and address on it.

Main practice: Harbourside Medical Practice, L82040
Address: 1 Quay Road, Falmouth, TR11 3LT
Tel: 01326 210 450
Main contact: Kerensa Pascoe, kerensa.pascoe@nhs.net

Branch main contact: Mr Jory Trewin, jory.trewin@nhs.net
Branch phone: 01326 340 118

Kind regards
Kerensa`,
    }, expected(M, 'branch_setup', org('L82040', 'gp_practice'), {
      mainPractice: practice('L82040', 'Harbourside Medical Practice', ['Kerensa Pascoe', 'kerensa.pascoe@nhs.net'], '1 Quay Road, Falmouth, TR11 3LT', '01326 210 450'),
      branch: { odsCode: 'L82040002', name: 'HARBOURSIDE MEDICAL PRACTICE - PENRYN BRANCH', address: 'COMMERCIAL ROAD, PENRYN, CORNWALL, TR10 8AG', phone: '01326 340 118', mainContact: { name: 'Jory Trewin', email: 'jory.trewin@nhs.net', title: 'Mr' } },
    }, { traits: ['pdf_scan', 'scan_flatbed', 'split_between_body_and_scan', 'multi_line_address'] })));
  }

  // 039: main contact change sent to the wrong mailbox, second-language writer.
  out.push(mail({
    slug: '039-mcc-misdirected-esl', client: 'outlook', date: '2026-12-01T07:58:41Z',
    from: ['Piotr Kowalczyk', 'piotr.kowalczyk1@nhs.net'],
    subject: 'New main contact',
    disclaimer: true,
    text: `Good morning,

I am new practice manager in Wellfield Surgery (A83055) from 1 December. Our previous manager Mrs Linda Todd is leave the practice. Please to change main contact for our surgery to me, Piotr Kowalczyk, email piotr.kowalczyk1@nhs.net.

With kind regards,
Piotr Kowalczyk
Practice Manager
Wellfield Surgery`,
  }, expected(M, 'main_contact_change', org('A83055', 'gp_practice'), {
    newMainContact: person('Piotr Kowalczyk', 'piotr.kowalczyk1@nhs.net'),
  }, { traits: ['misdirected', 'esl', 'self_nomination'] })));

  // 040: a question.
  out.push(mail({
    slug: '040-question-branch-code', client: 'iphone', date: '2026-11-25T18:22:03Z',
    from: ['Gemma Rowe', 'gemma.rowe@nhs.net'], to: 'bare',
    subject: 'branch',
    text: `Hi do we need to get an ODS code for our branch before you can set it up on PCSE? its been open 3 weeks and nobody told us. Thanks Gemma Rowe, Ashfield Surgery

Sent from my iPhone`,
  }, unclassified(M, ['question', 'from_phone'])));

  // 041: thank-you with the reference, Gmail-style quote.
  out.push(mail({
    slug: '041-thanks-ref', client: 'gmail_app', date: '2026-12-03T11:47:29Z',
    from: ['Rafael Costa', 'rafaelcosta.pt@gmail.com'],
    subject: 'Re: PCSE-2026-005233 Update practice email address - completed',
    inReplyTo: outlookId('041-pcse-done'),
    attribution: `On ${gmailQuoteDate('2026-12-03T11:20:00Z')}, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:`,
    text: `Thank you, we receive the confirmation in the new mailbox. Have a nice day
Rafael

On ${gmailQuoteDate('2026-12-03T11:20:00Z')}, PCSE Data Manager <pcse.datamanager@nhs.net> wrote:
> Dear Rafael,
>
> Your request PCSE-2026-005233 has been completed. The practice email address for Dentalcare Clinic (V301877) is now dentalcareclinic.v301877@nhs.net.
>
> Kind regards
> PCSE Data Management`,
  }, unclassified(M, ['thanks', 'case_ref_subject', 'quoted_reply', 'esl'])));

  // 042: bounce of PCSE's confirmation to an old address.
  out.push({
    slug: '042-bounce', mailbox: M,
    eml: nonDelivery({
      slug: '042-bounce', mailbox: M, date: '2026-11-23T10:31:12Z', origDate: '2026-11-23T10:31:05Z',
      recipient: 'pharmacy.ft215@nhs.net', origSubject: 'PCSE-2026-005198 Update practice email address - completed',
      origMessageId: outlookId('042-pcse-confirm'),
    }),
    expected: unclassified(M, ['bounce', 'case_ref_subject'], 'bounce'),
  });

  return out;
}
