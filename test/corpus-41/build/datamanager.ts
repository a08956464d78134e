// datamanager: emails 027-041 of corpus 41 (writer AK) and the case a careful PCSE staff member would enter.
import { flatPdf, tableDoc } from './forms.js';
import { exp, meta, org, outlookAlt, outlookMixed, outlookPlain, p, pdfAtt, type Built } from './kit.js';
import {
  crlf, esc, exchangeHeaders, longDate, message, msoParas, msoTable, multipart, outlookBoundary, outlookHeaders, outlookHtml,
  outlookMessageId, plainQuoteHeader, rfcDate, textPart, type Envelope, type Mailbox, CRLF,
} from './lib.js';

const MB: Mailbox = 'datamanager';

// 027: the seed's labelled lines; the previous manager, a partner, IT and a receptionist are named.
async function e027(): Promise<Built> {
  const id = '027-practice-email-labelled-lines';
  const date = '2026-11-03 10:31:17';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Bridget Lomax', email: 'bridget.lomax@nhs.net' },
    cc: [{ name: 'Dr Sanjay Kumar', email: 'sanjay.kumar4@nhs.net' }],
    subject: 'Update practice email address',
  };
  const text = `Dear Data Manager team,

Please could you update our practice email address.

Practice name: Hawthorn Medical Centre
Practice code: J82121
Current practice email: hawthorn.mc@nhs.net
New practice email: hawthornmedicalcentre.j82121@nhs.net

The current inbox was set up by our previous practice manager, Gordon Tate, and is being retired by our ICB IT team. The new one is a shared NHSmail organisation mailbox that I, Dr Kumar (copied) and our reception lead, Amy Wilde, can all access.

Please send the confirmation to the new address.

Thank you
Bridget Lomax
Practice Manager
Hawthorn Medical Centre`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'practice_email_update', org('J82121', 'gp_practice'), { currentEmail: 'hawthorn.mc@nhs.net', newEmail: 'hawthornmedicalcentre.j82121@nhs.net' }, {
      traits: ['labelled_lines', 'previous_manager_named', 'partner_in_cc'],
    }),
  };
}

// 028: two merged practices, two codes and three addresses; only one practice's address changes.
async function e028(): Promise<Built> {
  const id = '028-practice-email-merger-one-of-two';
  const date = '2026-11-10 14:52:08';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'SUTCLIFFE, Abigail (CALDER VALLEY HEALTH PARTNERSHIP)', email: 'abigail.sutcliffe@nhs.net' },
    cc: [{ name: 'AKERS, Josephine (Dr) (CALDER VALLEY HEALTH PARTNERSHIP)', email: 'josephine.akers@nhs.net' }],
    subject: 'Update practice email address - Calder Bank Practice B87032',
  };
  const text = `Hello,

Following the merger of Hebden Road Surgery (B87004) and Calder Bank Practice (B87032) on 1 October, we now work as one partnership, Calder Valley Health Partnership, but both practice codes stay live until the list merge completes in April.

Please update the practice email address for Calder Bank Practice (B87032) only:

Current: calderbank.practice@nhs.net
New:     cvhp.calderbank@nhs.net

Hebden Road Surgery keeps hebdenroad.surgery@nhs.net, so no change is needed there.

Our managing partner, Dr Josephine Akers (copied), and Calder Bank's former manager, Phil Rowntree, are aware of the change.

Regards
Abigail Sutcliffe
Operations Manager
Calder Valley Health Partnership`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'practice_email_update', org('B87032', 'gp_practice'), { currentEmail: 'calderbank.practice@nhs.net', newEmail: 'cvhp.calderbank@nhs.net' }, {
      traits: ['merger_two_codes', 'third_address_unchanged', 'old_new_side_by_side', 'managing_partner_in_cc'],
    }),
  };
}

// 029: a partner asks to move the "practice" address from the leaving manager's own mailbox to the new manager's.
async function e029(): Promise<Built> {
  const id = '029-practice-email-to-individual-mailbox';
  const date = '2026-11-20 12:09:44';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Dr Lionel Ashby', email: 'lionel.ashby@nhs.net' },
    cc: [{ name: 'Tom Greenhalgh', email: 'tom.greenhalgh@nhs.net' }],
    subject: 'Update practice email address',
  };
  const text = `Hi,

Practice name: Cross Keys Surgery
Practice code: L83110
Current practice email: sandra.pope@nhs.net
New practice email: tom.greenhalgh@nhs.net

Sandra Pope, our practice manager, leaves on Friday. I'm afraid we have always used her own nhs.net address as the practice address. Tom Greenhalgh (copied) takes over as practice manager on Monday, so please use his address from now on.

Dr Lionel Ashby
GP Partner
Cross Keys Surgery`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'practice_email_update', org('L83110', 'gp_practice'), { currentEmail: 'sandra.pope@nhs.net', newEmail: 'tom.greenhalgh@nhs.net' }, {
      mustRaise: ['individual_mailbox'], traits: ['labelled_lines', 'personal_mailboxes_old_and_new', 'handover', 'new_manager_in_cc'],
    }),
  };
}

// 030: HTML only; the signature has two blocks, the main site's and the branch's, each with its own address,
// phone and email; the partners are listed.
async function e030(): Promise<Built> {
  const id = '030-practice-email-branch-signature-html-only';
  const date = '2026-11-26 15:38:52';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Nadia Kowalczyk', email: 'nadia.kowalczyk@nhs.net' },
    subject: 'Update practice email address - Meadowvale Surgery',
  };
  const body = msoParas(`Good afternoon,

Please update the practice email address for our main site:

Practice name: Meadowvale Surgery
Practice code: M83044
Current practice email: meadowvale.surgery@nhs.net
New practice email: meadowvale.m83044@nhs.net

Our branch at Oakley Road (M83044001) keeps its own address and does not need changing.

Kind regards,
Nadia Kowalczyk
Practice Business Manager`);
  const sig = `<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="260" valign="top" style="padding:0 12pt 0 0"><p class="MsoNormal"><b><span style="font-size:9.0pt;color:#005EB8">Meadowvale Surgery (main site)</span></b><br><span style="font-size:9.0pt">14 Meadow Way, Vale Green, VG3 1MS<br>Tel 01632 960310<br>${esc('meadowvale.m83044@nhs.net')}</span></p></td>
<td width="260" valign="top" style="border-left:solid #005EB8 1.0pt;padding:0 0 0 12pt"><p class="MsoNormal"><b><span style="font-size:9.0pt;color:#005EB8">Oakley Road Surgery (branch)</span></b><br><span style="font-size:9.0pt">2 Oakley Road, Vale Green, VG3 4QR<br>Tel 01632 960355<br>${esc('oakleyroad.branch@nhs.net')}</span></p></td></tr>
</table>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Partners: Dr H Olawale, Dr S Brightman, Dr K Yeung</span></p>`;
  const html = outlookHtml(`${body}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${sig}`);
  const eml = message(outlookHeaders(env), textPart(html, { subtype: 'html' }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'practice_email_update', org('M83044', 'gp_practice'), { currentEmail: 'meadowvale.surgery@nhs.net', newEmail: 'meadowvale.m83044@nhs.net' }, {
      traits: ['html_only', 'branch_block_in_signature', 'branch_code_mentioned', 'signature_shows_new_address'],
    }),
  };
}

// 031: a business manager extends himself as main contact to a practice his group has taken over; the old
// practice's contact, the retiring contract holder and the site lead are named.
async function e031(): Promise<Built> {
  const id = '031-extension-takeover-gp';
  const date = '2026-12-01 11:45:30';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Vikram Sethi', email: 'vikram.sethi@nhs.net' },
    subject: 'Extend main contact to new practice - Thornhill Surgery C86027',
  };
  const text = `Dear Data Manager team,

I would like to extend a current main contact to a new practice. Lowfield Group Practice took over the contract for Thornhill Surgery on 1 December following Dr Mark Abbott's retirement, and I will be the main contact for both.

Details of our existing practice
Practice name: Lowfield Group Practice
ODS code: C86012
Main contact: Vikram Sethi
Main contact email: vikram.sethi@nhs.net
Address: 14 Lowfield Road, Harrowby, HB4 2QT
Telephone: 01632 960412

Details of the new practice
ODS code: C86027
Practice name: Thornhill Surgery
Address: 2 Chapel Walk, Thornhill, HB7 1LS

Thornhill's previous main contact, Sheila Grant (sheila.grant@nhs.net), left when the contract transferred, so please do not extend anything to her. When you call Thornhill to verify, please ask for our site lead there, Dr Priyanka Menon, on 01632 960733; Dr Abbott can also confirm if needed.

Many thanks
Vikram Sethi
Practice Business Manager
Lowfield Group Practice`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_extension', org('C86012', 'gp_practice'), {
      existingPractice: { odsCode: 'C86012', name: 'Lowfield Group Practice', mainContact: p('Vikram Sethi', 'vikram.sethi@nhs.net'), address: '14 Lowfield Road, Harrowby, HB4 2QT', phone: '01632 960412' },
      newPractice: { odsCode: 'C86027', name: 'Thornhill Surgery', address: '2 Chapel Walk, Thornhill, HB7 1LS' },
    }, { traits: ['labelled_blocks', 'previous_contact_of_new_practice_named', 'verification_contact_named', 'second_phone_number'] }),
  };
}

// 032: a superintendent pharmacist writes from the company's own Exchange to extend the area manager (main
// contact) to a pharmacy bought from its previous owner.
async function e032(): Promise<Built> {
  const id = '032-extension-pharmacy-superintendent';
  const date = '2026-11-27 16:21:03';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Adaeze Nwachukwu', email: 'adaeze.nwachukwu@brightwellpharmacy.co.uk' },
    cc: [{ name: 'Colm Brennan', email: 'colm.brennan@brightwellpharmacy.co.uk' }],
    subject: 'Extend current main contact to a new pharmacy - FP733',
  };
  const text = `Dear Sir/Madam,

Re: Extend current main contact to a new pharmacy

Brightwell Pharmacy Ltd completed the purchase of Reilly's Chemist, Market Square, from Mr Gordon Reilly on 23 November. The pharmacy now trades as Brightwell Pharmacy - Market Square. We would like our existing main contact, our area manager Colm Brennan (copied), to be extended to it.

Existing pharmacy
Name: Brightwell Pharmacy - High Street
ODS code: FK218
Main contact: Colm Brennan (Area Manager)
Main contact email: colm.brennan@brightwellpharmacy.co.uk
Address: 88 High Street, Wexcombe, WX2 7AB
Telephone: 01632 960588

New pharmacy
ODS code: FP733
Name: Brightwell Pharmacy - Market Square
Address: 5 Market Square, Wexcombe, WX2 7HP

The pharmacist manager at Market Square is Oksana Petrenko, who can take your verification call on 01632 960601.

Yours faithfully,

Adaeze Nwachukwu MPharm
Superintendent Pharmacist
Brightwell Pharmacy Ltd

This email and any attachments are confidential and intended solely for the addressee. Brightwell Pharmacy Ltd, registered in England no. 08812345.`;
  const eml = message(exchangeHeaders(env, 'BWP-EX01.brightwell.local'), outlookAlt(id, text, { disclaimer: false }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_extension', org('FK218', 'pharmacy'), {
      existingPractice: { odsCode: 'FK218', name: 'Brightwell Pharmacy - High Street', mainContact: p('Colm Brennan', 'colm.brennan@brightwellpharmacy.co.uk'), address: '88 High Street, Wexcombe, WX2 7AB', phone: '01632 960588' },
      newPractice: { odsCode: 'FP733', name: 'Brightwell Pharmacy - Market Square', address: '5 Market Square, Wexcombe, WX2 7HP' },
    }, { traits: ['sender_not_main_contact', 'previous_owner_named', 'verification_contact_named', 'non_nhs_domain', 'exchange_on_premises'] }),
  };
}

// 033: a dental contract holder sends both practices side by side in a table; the main contact is his practice
// manager, and an associate is named for the new site.
async function e033(): Promise<Built> {
  const id = '033-extension-dental-side-by-side-table';
  const date = '2026-11-17 13:14:26';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Dr Harpreet Gill', email: 'harpreet.gill@nhs.net' },
    cc: [{ name: 'Joanne Pickering', email: 'joanne.pickering@nhs.net' }],
    subject: 'Extending main contact to our new practice (Elm Tree Dental at Kingsway)',
  };
  const rows = [
    ['', 'Existing practice', 'New practice'],
    ['Practice name', 'Elm Tree Dental', 'Elm Tree Dental at Kingsway'],
    ['ODS code', 'V018862', 'V030114'],
    ['Address', '7 Elm Tree Road, Norbury Vale, NV1 3ET', '120 Kingsway, Norbury Vale, NV4 8KW'],
    ['Telephone', '01632 960271', '01632 960299 (from January)'],
    ['Main contact', 'Joanne Pickering, Practice Manager - joanne.pickering@nhs.net', 'Same as Elm Tree Dental'],
  ];
  const intro = `Hello,

I am the contract holder for both practices below. Joanne Pickering is our main contact at Elm Tree Dental and we would like her to be extended as main contact to our new Kingsway practice, which opens in January.`;
  const outro = `My associate, Dr Tom Baxter, will be the lead dentist at Kingsway and can verify the details if you call the new number.

Best wishes,
Harpreet

Dr Harpreet Gill BDS MFDS
Dentist & Contract Holder
Elm Tree Dental`;
  const plain = `${intro}\n\n${rows.map((r) => (r[0] ? `${r[0]}:\n  Existing - ${r[1]}\n  New - ${r[2]}` : '')).filter(Boolean).join('\n')}\n\n${outro}`;
  const html = `${msoParas(intro)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoTable(rows, [110, 230, 220])}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(outro)}`;
  const eml = message(outlookHeaders(env), outlookAlt(id, plain, { html }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_extension', org('V018862', 'dental_practice'), {
      existingPractice: { odsCode: 'V018862', name: 'Elm Tree Dental', mainContact: p('Joanne Pickering', 'joanne.pickering@nhs.net'), address: '7 Elm Tree Road, Norbury Vale, NV1 3ET', phone: '01632 960271' },
      newPractice: { odsCode: 'V030114', name: 'Elm Tree Dental at Kingsway', address: '120 Kingsway, Norbury Vale, NV4 8KW' },
    }, { traits: ['html_table', 'old_new_side_by_side', 'sender_not_main_contact', 'associate_named', 'main_contact_in_cc'] }),
  };
}

// 034: the main contact sets up a branch with a different person as the branch contact; two more people are named
// for the verification call.
async function e034(): Promise<Built> {
  const id = '034-branch-setup-labelled-blocks';
  const date = '2026-11-05 09:26:40';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'FAIRWEATHER, Rosalind (WOLDS VIEW PRACTICE)', email: 'rosalind.fairweather@nhs.net' },
    cc: [{ name: 'HOLROYD, Janice (WOLDS VIEW PRACTICE)', email: 'janice.holroyd@nhs.net' }],
    subject: 'Set up PCSE Online access for a branch practice - E82093001',
  };
  const text = `Good morning,

We would like to set up access to PCSE Online for a branch practice. Our new branch ODS code came through from the ODS team last week.

Main practice
Practice name: Wolds View Practice
Organisation type: GP
ODS code: E82093
Main contact: Rosalind Fairweather
Main contact email: rosalind.fairweather@nhs.net
Address: Market Place, Kelby, KL3 9PB
Telephone: 01632 961200

Branch practice
Main contact: Mrs Janice Holroyd (Branch Manager)
Main contact email: janice.holroyd@nhs.net
Branch ODS code: E82093001
Branch name: Kelby Moor Surgery
Address: 3 Moor Lane, Kelby Moor, KL3 9TR
Telephone: 01632 961255
Branch email: kelbymoor.branch@nhs.net

When you call to verify, Janice or our branch lead GP, Dr Tobias Renner, can confirm the details. If they are both busy, Aisha Begum on the branch reception can take a message.

Kind regards,
Rosalind

Rosalind Fairweather
Practice Manager, Wolds View Practice`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'branch_setup', org('E82093', 'gp_practice'), {
      mainPractice: { odsCode: 'E82093', name: 'Wolds View Practice', mainContact: p('Rosalind Fairweather', 'rosalind.fairweather@nhs.net'), address: 'Market Place, Kelby, KL3 9PB', phone: '01632 961200' },
      branch: { odsCode: 'E82093001', name: 'Kelby Moor Surgery', address: '3 Moor Lane, Kelby Moor, KL3 9TR', phone: '01632 961255', mainContact: { ...p('Janice Holroyd', 'janice.holroyd@nhs.net'), title: 'Mrs' } },
    }, { traits: ['labelled_blocks', 'branch_email_block', 'verification_contacts_named', 'branch_contact_in_cc'] }),
  };
}

// 035: after a merger the branch is given the absorbed practice's old code plus 001; the main contact and the
// branch contact share a surname (husband and wife).
async function e035(): Promise<Built> {
  const id = '035-branch-setup-code-from-old-practice';
  const date = '2026-11-19 10:58:14';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Lewis Kapoor', email: 'lewis.kapoor@nhs.net' },
    cc: [{ name: 'Dr Alan Moorcroft', email: 'alan.moorcroft@nhs.net' }, { name: 'Julie Moorcroft', email: 'julie.moorcroft@nhs.net' }],
    subject: 'Branch set up - Ashdown Surgery (Fenwick Medical Group)',
  };
  const text = `Hello,

Ashdown Surgery merged into Fenwick Medical Group on 1 November and now operates as our branch. Please could you set up access to PCSE Online for it as a branch practice.

MAIN PRACTICE
- Name: Fenwick Medical Group
- Organisation type: GP
- ODS code: G85011
- Main contact: Dr Alan Moorcroft, alan.moorcroft@nhs.net
- Address: Fenwick House, 40 Station Road, Brackley Heath, BH6 2FN
- Telephone: 01632 960190

BRANCH
- Main contact: Mrs Julie Moorcroft, Nurse Manager at Ashdown, julie.moorcroft@nhs.net
- Branch ODS code: G85077001
- Branch name: Ashdown Surgery
- Address: 11 Ashdown Lane, Brackley Heath, BH6 5AS
- Telephone: 01632 960195

(Before the merger Ashdown was G85077 in its own right. Julie is Dr Moorcroft's wife - we get asked!)

Both are copied in.

Thanks
Lewis Kapoor
Business Manager
Fenwick Medical Group`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'branch_setup', org('G85011', 'gp_practice'), {
      mainPractice: { odsCode: 'G85011', name: 'Fenwick Medical Group', mainContact: p('Alan Moorcroft', 'alan.moorcroft@nhs.net'), address: 'Fenwick House, 40 Station Road, Brackley Heath, BH6 2FN', phone: '01632 960190' },
      branch: { odsCode: 'G85077001', name: 'Ashdown Surgery', address: '11 Ashdown Lane, Brackley Heath, BH6 5AS', phone: '01632 960195', mainContact: { ...p('Julie Moorcroft', 'julie.moorcroft@nhs.net'), title: 'Mrs' } },
    }, { mustRaise: ['branch_code_mismatch'], traits: ['same_surname_family', 'merger_two_codes', 'bulleted_blocks', 'sender_is_neither_contact'] }),
  };
}

// 036: a partner attaches a flat PDF table (main practice and new branch); an existing first branch is in the
// footnote, and the practice manager (main contact) is in copy.
async function e036(): Promise<Built> {
  const id = '036-branch-setup-flat-pdf-second-branch';
  const date = '2026-11-30 13:40:55';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Dr Gwen Treharne', email: 'gwen.treharne@nhs.net' },
    cc: [{ name: 'Martin Oduya', email: 'martin.oduya@nhs.net' }],
    subject: 'New branch - Penhallow Surgery',
  };
  const doc = tableDoc('Branch practice set-up: PCSE Online', ['Penhallow Surgery requests PCSE Online access for its second branch site, which opens on 4 January 2027.'],
    ['', 'Main practice', 'New branch'],
    [
      ['Organisation type', 'GP', 'GP branch'],
      ['Practice name', 'Penhallow Surgery', 'St Keverne Road Surgery'],
      ['ODS code', 'H84031', 'H84031002'],
      ['Main contact', 'Mr Martin Oduya', 'Dr Ffion Rees'],
      ['Main contact email', 'martin.oduya@nhs.net', 'ffion.rees@nhs.net'],
      ['Address', 'Penhallow House, Church Street, Porthlow, PL9 3HH', '21 St Keverne Road, Porthlow, PL9 6SK'],
      ['Telephone', '01632 960640', '01632 960648'],
    ],
    [120, 190, 195],
    ['Existing branch (no change): Trenance Road Surgery, H84031001, main contact Martin Oduya.', 'Completed by Dr G Treharne, GP Partner, 30/11/2026.'],
    { letterhead: ['Penhallow Surgery', 'Penhallow House, Church Street, Porthlow, PL9 3HH', 'Tel 01632 960640'] });
  const pdf = await flatPdf(doc, meta('Branch set-up PCSE', 'Writer', 'LibreOffice 24.8', '2026-11-30 13:31:00', 'Gwen Treharne'), { serif: true, useObjectStreams: true });
  const text = `Dear Data Manager,

Please find attached the details for setting up our second branch, St Keverne Road, on PCSE Online. Our first branch (Trenance Road) is already set up and is not affected.

Martin, our practice manager, is our main contact and is copied in. Dr Ffion Rees, the salaried GP who will lead the new branch, will be its main contact.

Best wishes
Gwen

Dr Gwen Treharne
GP Partner, Penhallow Surgery`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('Penhallow branch 2 - PCSE set up.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'Penhallow branch 2 - PCSE set up.pdf', kind: 'flat', pages: 1 }],
    expected: exp(MB, 'branch_setup', org('H84031', 'gp_practice'), {
      mainPractice: { odsCode: 'H84031', name: 'Penhallow Surgery', mainContact: p('Martin Oduya', 'martin.oduya@nhs.net'), address: 'Penhallow House, Church Street, Porthlow, PL9 3HH', phone: '01632 960640' },
      branch: { odsCode: 'H84031002', name: 'St Keverne Road Surgery', address: '21 St Keverne Road, Porthlow, PL9 6SK', phone: '01632 960648', mainContact: { ...p('Ffion Rees', 'ffion.rees@nhs.net'), title: 'Dr' } },
    }, { traits: ['pdf_flat', 'pdf_table_two_columns', 'existing_branch_distractor', 'sender_is_neither_contact', 'main_contact_in_cc'] }),
  };
}

// 037 (misdirected): a main contact change sent to datamanager, outgoing and incoming in aligned columns.
async function e037(): Promise<Built> {
  const id = '037-main-contact-change-misdirected-columns';
  const date = '2026-11-09 09:48:21';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Aaliyah Morgan', email: 'aaliyah.morgan@nhs.net' },
    cc: [{ name: 'Dr Stephen Pearce', email: 'stephen.pearce@nhs.net' }],
    subject: 'Main contact - Orchard House Surgery',
  };
  const text = `Hi,

I have recently joined Orchard House Surgery (D83015) as Practice Manager, replacing Brian Hendry, who left at the end of October. Brian was our main contact on PCSE Online.

              Outgoing                      Incoming
Name:         Brian Hendry                  Aaliyah Morgan
Email:        brian.hendry@nhs.net          aaliyah.morgan@nhs.net
Role:         Practice Manager (left)       Practice Manager

Please could you make me the main contact. Dr Stephen Pearce, our Lead GP, is copied in and is happy with this.

Thanks,
Aaliyah`;
  const eml = message(outlookHeaders(env), outlookPlain(text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'main_contact_change', org('D83015', 'gp_practice'), { newMainContact: p('Aaliyah Morgan', 'aaliyah.morgan@nhs.net') }, {
      traits: ['misdirected', 'old_new_side_by_side', 'aligned_columns', 'new_contact_is_sender', 'lead_gp_in_cc'],
    }),
  };
}

// 038 (misdirected): an optical practice's user admin asks to reactivate his own account; the other admin (the
// contract holder) and a new starter are named.
async function e038(): Promise<Built> {
  const id = '038-reactivation-misdirected-optical';
  const date = '2026-11-23 11:03:39';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Mohammed Al-Rashid', email: 'mohammed.alrashid@nhs.net' },
    cc: [{ name: 'Eleni Georgiou', email: 'eleni.georgiou@nhs.net' }],
    subject: 'Account deactivated - Vision Plus Opticians',
  };
  const text = `Hello,

My PCSE Online account has been deactivated. My username is mohammed.alrashid@nhs.net and I am one of the two Opto User Management admins for Vision Plus Opticians (TPM47).

The other admin is Eleni Georgiou, our contract holder (copied), but she rarely logs in. Our new dispensing optician, Chloe Barnes, needs adding to the system and I can't do that until I'm reactivated.

Please can you reactivate my account?

Thanks
Mo Al-Rashid
Practice Manager, Vision Plus Opticians`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'account_reactivation', org('TPM47', 'ophthalmic_practice'), { username: 'mohammed.alrashid@nhs.net' }, {
      traits: ['misdirected', 'other_admin_in_cc', 'new_starter_named', 'nickname_and_full_name'],
    }),
  };
}

// 039: a question about what happens to the main contact and branches in a merger: nothing to act on yet.
async function e039(): Promise<Built> {
  const id = '039-question-merger-main-contact';
  const date = '2026-11-12 14:17:33';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Graham Pettifer', email: 'graham.pettifer@nhs.net' },
    subject: 'Merger - what do we need to send you?',
  };
  const text = `Hello,

Ridgeway Surgery (A86017) and Hill Top Practice (A86044) are merging on 1 April 2027. Hill Top will become a branch of Ridgeway, and we're waiting for the ODS team to issue the branch code.

A few questions before we send anything:

1. Ridgeway's main contact is me; Hill Top's is Diane Foulkes, who is retiring in March. Will Hill Top's main contact carry over to the branch, or do we need to ask you to change it?
2. Do we need to send the branch set-up email before or after the merger date?
3. Dr Singh and Dr Abara at Hill Top are both GPP admins there - will they lose that access?

Thanks for your help.

Graham Pettifer
Practice Manager, Ridgeway Surgery`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { traits: ['question', 'merger_two_codes', 'several_people_named', 'numbered_questions'] }),
  };
}

// 040: a thank-you on an earlier case, quoting PCSE's confirmation.
async function e040(): Promise<Built> {
  const id = '040-thanks-with-reference';
  const date = '2026-11-16 08:22:10';
  const prevId = outlookMessageId(id, 'conf');
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Rita Oyelowo', email: 'rita.oyelowo@nhs.net' },
    subject: 'RE: Practice email address updated [PCSE-2026-003391]',
    inReplyTo: prevId, references: [prevId],
  };
  const text = `Thank you - the confirmation arrived in the new mailbox this morning. Dr Haldane and Mrs Shore both have access to it now.

Kind regards
Rita Oyelowo
Senior Administrator

${plainQuoteHeader({ from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: longDate('2026-11-13 16:40:00'), to: 'stmarks.surgery.f82611@nhs.net', subject: 'Practice email address updated [PCSE-2026-003391]' })}

Dear colleague,

We have updated the practice email address held for your practice. This confirmation has been sent to the new address.

Reference: PCSE-2026-003391

Primary Care Support England`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { traits: ['thanks', 'case_reference_in_subject', 'quoted_confirmation'] }),
  };
}

// 041: NHSmail's non-delivery report for PCSE's confirmation to an old practice address.
async function e041(): Promise<Built> {
  const id = '041-bounce-ndr';
  const date = '2026-11-06 15:02:47';
  const origDate = '2026-11-06 15:02:31';
  const origMid = `<${id}-orig@pcse.nhs.net>`;
  const env: Envelope = {
    id, mailbox: MB, date, auth: false,
    from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' },
    to: [{ name: null, email: 'pcse.datamanager@nhs.net' }],
    subject: 'Undeliverable: Practice email address updated [PCSE-2026-003982]',
  };
  const human = `Your message to oldmill.surgery@nhs.net couldn't be delivered.

oldmill.surgery wasn't found at nhs.net.

pcse.datamanager   Office 365   oldmill.surgery
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience delivery issues, contact the recipient by some other means (by phone, for example).`;
  const status = `Reporting-MTA: dns;${'LO2P265MB5432'}.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate(origDate)}

Final-Recipient: rfc822;oldmill.surgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
  const orig = [
    'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'To: <oldmill.surgery@nhs.net>',
    'Subject: Practice email address updated [PCSE-2026-003982]',
    `Date: ${rfcDate(origDate)}`,
    `Message-ID: ${origMid}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 7bit',
  ].join(CRLF);
  const origBody = crlf(`Dear colleague,

We have updated the practice email address held for Old Mill Surgery. This confirmation has been sent to the new address.

Reference: PCSE-2026-003982

Primary Care Support England
`);
  const report = multipart('report', outlookBoundary(id, 0), [
    multipart('alternative', outlookBoundary(id, 1), [textPart(human), textPart(outlookHtml(msoParas(human)), { subtype: 'html' })]),
    { headers: ['Content-Type: message/delivery-status'], body: crlf(status) },
    { headers: ['Content-Type: message/rfc822'], body: `${orig}${CRLF}${CRLF}${origBody}` },
  ], { params: ';\r\n\treport-type=delivery-status' });
  const headers = [...outlookHeaders(env), 'Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr:'];
  const eml = message(headers, report);
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { ignored: 'bounce', traits: ['bounce', 'multipart_report', 'case_reference_in_subject'] }),
  };
}

export const datamanagerEmails = [e027, e028, e029, e030, e031, e032, e033, e034, e035, e036, e037, e038, e039, e040, e041];
