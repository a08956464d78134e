// pcse.datamanager@nhs.net: corpus 37 (writer AG).
import { compose, org } from './compose.js';
import { CORP_FOOTER, TRUST_BOTTOM, TRUST_TOP, WB_ICB_TOP, WORD, letterPdf } from './common.js';
import { type Email, NHSMAIL_FOOTER, escHtml, hex, multipart, person, rawPart, rfcDate, sentLine, textPart, wrap } from './lib.js';

const MB = 'datamanager' as const;
const none: string[] = [];

const CVCH_SHARED = { name: 'Calder Valley Community Healthcare NHS Trust - Primary Care Directorate', email: 'cvch.primarycare@nhs.net' };
const HANNAH = { name: 'OKAFOR, Hannah (CALDER VALLEY COMMUNITY HEALTHCARE NHS TRUST)', email: 'hannah.okafor@nhs.net' };
const HARBOURSIDE_SHARED = { name: 'Harbourside Health Partnership - Corporate Office', email: 'harbourside.corporate@nhs.net' };
const KEIRA = { name: 'DUNMORE, Keira (HARBOURSIDE HEALTH PARTNERSHIP)', email: 'keira.dunmore@nhs.net' };
const WELLFIELD = { name: 'Wellfield Pharmacy Group - Regulatory & Compliance', email: 'regulatory@wellfieldpharmacy.co.uk' };
const WELLFIELD_FOOTER = CORP_FOOTER('Wellfield Pharmacy Group Ltd', '03398812', 'Wellfield House, Lichfield Road, Wednesbury WS10 0AZ');
const BRIGHTBAY_FOOTER = CORP_FOOTER('Brightbay Dental Group Ltd', '07712094', 'Brightbay House, 12 Temple Quay, Bristol BS1 6DZ');

const practice = (odsCode: string | null, name: string | null, mc: { name: string | null; email: string | null }, address: string | null, phone: string | null) => ({ odsCode, name, mainContact: person(mc.name, mc.email), address, phone });

export async function datamanager(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 ── ICB primary care team for a caretaken practice: Current / New columns
  out.push(compose({
    mailbox: MB, slug: 'email-update-icb-current-new-table',
    env: {
      from: { name: 'NHS Wensum and Broads ICB - Primary Care Team', email: 'wbicb.primarycare@nhs.net' },
      sender: { name: 'COLE, Martina (NHS WENSUM AND BROADS ICB - 26A)', email: 'martina.cole4@nhs.net' },
      subject: 'Update practice email address - Saxlingham Road Surgery (D82611)', date: rfcDate('2026-11-02T11:18:36Z'),
    },
    format: 'alt',
    blocks: [
      { small: WB_ICB_TOP },
      'Dear Data Manager team,',
      'We are writing on behalf of Saxlingham Road Surgery, which has been under an ICB caretaking arrangement since 1 October 2026. The former partners\' staff no longer look after the practice\'s old mailbox, so please update the practice email address held by PCSE as shown below.',
      { table: [
        ['', 'Current', 'New'],
        ['Practice name', 'Saxlingham Road Surgery', 'Saxlingham Road Surgery'],
        ['Practice code', 'D82611', 'D82611'],
        ['Practice email address', 'saxlinghamroad.surgery@nhs.net', 'saxlinghamroad.caretaker@nhs.net'],
      ], head: true },
      'The new address is a shared NHSmail mailbox managed by the caretaking provider\'s admin team. Please send the confirmation there.',
      'Kind regards',
      'Martina Cole\nPrimary Care Contracts Officer\nNHS Wensum and Broads Integrated Care Board',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('D82611', 'gp_practice'),
      fields: { currentEmail: 'saxlinghamroad.surgery@nhs.net', newEmail: 'saxlinghamroad.caretaker@nhs.net' },
      mustRaise: none, traits: ['icb_writes_for_practice', 'current_new_table', 'old_and_new_values', 'disclaimer_above', 'sent_on_behalf'],
    },
  }));

  // 2 ── new address is the practice manager's own mailbox; plain text hard-wrapped at 72
  out.push(compose({
    mailbox: MB, slug: 'email-update-individual-mailbox-plain72',
    env: { from: { name: 'Gregory Tan', email: 'gregory.tan@nhs.net' }, subject: 'Update practice email address', date: rfcDate('2026-11-03T08:47:19Z'), client: 'nhsmail-owa' },
    format: 'text', textCte: '7bit', charset: 'us-ascii',
    text: wrap(`Hi,

Please can you update our practice email address.

Practice name: Fernhill Surgery
Practice code: H85033
Current practice email address: fernhill.surgery@nhs.net
New practice email address: gregory.tan@nhs.net

The fernhill.surgery mailbox is being closed next week as part of our move into the Southmere Federation's shared admin service, and the federation has not yet set up the replacement generic mailbox. Please use my own email address in the meantime and I will let you know the new shared one once it exists.

Thanks,
Gregory Tan
Practice Manager, Fernhill Surgery

${NHSMAIL_FOOTER}
`),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('H85033', 'gp_practice'),
      fields: { currentEmail: 'fernhill.surgery@nhs.net', newEmail: 'gregory.tan@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['plain_text', 'hard_wrap_72', 'labelled_lines'],
    },
  }));

  // 3 ── trust letter on letterhead as a PDF; the email says only "please see attached letter"
  {
    const letter = await letterPdf(
      {
        org: ['Calder Valley Community Healthcare', 'NHS Trust', 'Trust Headquarters, Elland Road', 'Brighouse HD6 2QR'],
        nhsLogo: true,
        orgRight: ['Tel: 0113 496 0500', 'www.calderch.nhs.uk'],
        date: '10 November 2026',
        ourRef: 'PCD/HO/2611',
        to: ['PCSE Data Manager', 'Primary Care Support England', 'By email: pcse.datamanager@nhs.net'],
        salutation: 'Dear Sir/Madam',
        heading: 'Update practice email address: Hebble End Medical Practice',
        paras: [
          'Hebble End Medical Practice is one of the GP practices directly managed by Calder Valley Community Healthcare NHS Trust. As part of the Trust\'s move to a single naming convention for practice mailboxes, the practice\'s email address is changing.',
          { table: [
            ['Practice name', 'Hebble End Medical Practice'],
            ['Practice code', 'B86041'],
            ['Current practice email address', 'hebbleend.practice@nhs.net'],
            ['New practice email address', 'cvch.hebbleend@nhs.net'],
            ['Effective from', '16 November 2026'],
          ] },
          'The new address is an NHSmail shared (organisation) mailbox. Please send your confirmation to the new address; the current mailbox will remain open until 30 November 2026.',
        ],
        closing: 'Yours faithfully',
        sigKey: 'sig',
        signoff: ['Hannah Okafor', 'Primary Care Business Manager', 'On behalf of the Director of Primary Care'],
        footer: 'Chair: Jonathan Ellery   Chief Executive: Dr Priya Venkatesh   Calder Valley Community Healthcare NHS Trust, Trust Headquarters, Elland Road, Brighouse HD6 2QR',
      },
      WORD('Letter - practice email address - Hebble End', 'Hannah Okafor', '2026-11-10T09:15:00Z'),
      { sig: 'Hannah Okafor' },
    );
    out.push(compose({
      mailbox: MB, slug: 'email-update-trust-letter-pdf',
      env: { from: CVCH_SHARED, sender: HANNAH, subject: '[SECURE] Letter - Hebble End Medical Practice - practice email address', date: rfcDate('2026-11-10T09:32:05Z') },
      format: 'alt',
      blocks: [{ small: TRUST_TOP }, 'Good morning,', 'Please see attached letter.', 'Kind regards', 'Hannah Okafor\nPrimary Care Business Manager\nCalder Valley Community Healthcare NHS Trust', { small: `${TRUST_BOTTOM}\n\n${NHSMAIL_FOOTER}` }],
      attachments: [{ filename: 'Hebble End - practice email address - letter to PCSE.pdf', data: letter }],
      expected: {
        kind: 'practice_email_update', ignored: null, organisation: org('B86041', 'gp_practice'),
        fields: { currentEmail: 'hebbleend.practice@nhs.net', newEmail: 'cvch.hebbleend@nhs.net' },
        mustRaise: none, traits: ['covering_letter_pdf', 'see_attached', 'trust_run_practice', 'secure_tag', 'disclaimer_above', 'sent_on_behalf'],
      },
    }));
  }

  // 4 ── the new address is corrected in a P.S.
  out.push(compose({
    mailbox: MB, slug: 'email-update-ps-correction',
    env: { from: { name: 'Brightbay Dental Group - Compliance', email: 'compliance@brightbaydental.co.uk' }, subject: 'Update practice email address - Brightbay Dental Harlow Common V021107', date: rfcDate('2026-11-11T15:21:48Z'), client: 'exchange-trust' },
    format: 'alt', htmlFont: 'Segoe UI',
    blocks: [
      'Dear Data Manager,',
      'Please update the practice email address for the practice below. Our ref: BDG-COMP-4502.',
      'Practice name: Brightbay Dental Harlow Common\nPractice code: V021107\nCurrent practice email address: harlowcommondental@nhs.net\nNew practice email address: brightbay.harlowcomon@nhs.net',
      'The new address is the practice\'s shared NHSmail mailbox, set up by our IT team last week.',
      'Kind regards,',
      'Natasha Greer\nCompliance Coordinator\nBrightbay Dental Group Ltd',
      'P.S. Apologies - I have just noticed a typo in the new address above. It should read brightbay.harlowcommon@nhs.net (double "m"), not brightbay.harlowcomon@nhs.net.',
      { small: BRIGHTBAY_FOOTER },
    ],
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('V021107', 'dental_practice'),
      fields: { currentEmail: 'harlowcommondental@nhs.net', newEmail: 'brightbay.harlowcommon@nhs.net' },
      mustRaise: none, traits: ['ps_correction', 'corporate_dental', 'labelled_lines', 'non_nhs_domain'],
    },
  }));

  // 5 ── extend a main contact: federation taking on a caretaker practice
  out.push(compose({
    mailbox: MB, slug: 'extension-federation-caretaker',
    env: { from: { name: 'Peter Okonkwo', email: 'peter.okonkwo@nhs.net' }, subject: 'Extend main contact to new practice - Wolvey Lane Surgery', date: rfcDate('2026-11-12T10:02:27Z') },
    format: 'alt',
    blocks: [
      'Dear PCSE Data Manager team,',
      'I would like to extend a current main contact to a new practice. From 1 December Northgate Federation is taking over Wolvey Lane Surgery under a caretaker contract, and the main contact at our Castle Mead site will also look after Wolvey Lane.',
      { bold: 'Existing practice' },
      'Practice name: Castle Mead Surgery\nODS code: C82104\nMain contact: Deborah Ingham\nMain contact email: deborah.ingham@nhs.net\nAddress: 14 Castle Mead, Lutterworth, Leicestershire, LE17 4DX\nTelephone: 0116 496 0210',
      { bold: 'New practice' },
      'ODS code: C82140\nPractice name: Wolvey Lane Surgery\nAddress: 2 Wolvey Lane, Lutterworth, LE17 5QP',
      'The ODS code for Wolvey Lane is not changing. The practice can be reached on 0116 496 0288 for your verification call.',
      'Kind regards,',
      'Peter Okonkwo\nOperations Director\nNorthgate Federation',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('C82104', 'gp_practice'),
      fields: {
        existingPractice: practice('C82104', 'Castle Mead Surgery', { name: 'Deborah Ingham', email: 'deborah.ingham@nhs.net' }, '14 Castle Mead, Lutterworth, Leicestershire, LE17 4DX', '0116 496 0210'),
        newPractice: { odsCode: 'C82140', name: 'Wolvey Lane Surgery', address: '2 Wolvey Lane, Lutterworth, LE17 5QP' },
      },
      mustRaise: none, traits: ['labelled_lines', 'two_phone_numbers', 'federation'],
    },
  }));

  // 6 ── extend a main contact: pharmacy acquisition, side-by-side nested Outlook tables
  {
    const existing: [string, string][] = [
      ['Pharmacy name', 'Wellfield Pharmacy Stanton Road'],
      ['ODS code', 'FJ624'],
      ['Main contact', 'Hamza Siddiqui'],
      ['Main contact email', 'hamza.siddiqui1@nhs.net'],
      ['Address', '112 Stanton Road\nBilston\nWV14 8PQ'],
      ['Telephone', '0121 496 0347'],
    ];
    const fresh: [string, string][] = [
      ['ODS code', 'FP7K3'],
      ['Pharmacy name', 'Wellfield Pharmacy Coseley'],
      ['Address', 'Unit 3, Birmingham New Road Parade\nCoseley\nWV14 9BB'],
    ];
    const cell = (s: string, label: boolean) => `<td valign="top" style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt${label ? ';background:#F2F2F2;width:110.0pt' : ''}"><p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif">${label ? '<b>' : ''}${escHtml(s).replace(/\n/g, '<br>\n')}${label ? '</b>' : ''}<o:p></o:p></span></p></td>`;
    const inner = (title: string, rows: [string, string][]) => `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td colspan="2" style="background:#00827F;padding:3.0pt 5.0pt 3.0pt 5.0pt"><p class="MsoNormal"><b><span style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif;color:white">${title}<o:p></o:p></span></b></p></td></tr>
${rows.map(([k, v]) => `<tr>${cell(k, true)}${cell(v, false)}</tr>`).join('\n')}
</table>`;
    const html = `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td valign="top" style="padding:0cm 12.0pt 0cm 0cm">
${inner('Existing pharmacy', existing)}
</td>
<td valign="top" style="padding:0cm 0cm 0cm 0cm">
${inner('New pharmacy', fresh)}
</td>
</tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>`;
    const text = ['Existing pharmacy', '', ...existing.map(([k, v]) => `${k}\n\n${v}`), '', 'New pharmacy', '', ...fresh.map(([k, v]) => `${k}\n\n${v}`)].join('\n\n');
    out.push(compose({
      mailbox: MB, slug: 'extension-pharmacy-nested-tables',
      env: { from: WELLFIELD, subject: 'Extend main contact to new pharmacy - Wellfield Pharmacy Coseley (FP7K3)', date: rfcDate('2026-11-13T13:09:52Z'), client: 'exchange-trust' },
      format: 'alt',
      blocks: [
        'Dear Data Manager team,',
        'Wellfield Pharmacy Group completed the purchase of Coseley Pharmacy on 2 November 2026 and it now trades as Wellfield Pharmacy Coseley. We would like to extend the current main contact for our Stanton Road pharmacy to the new pharmacy.',
        { html, text },
        'Our area manager, Hamza Siddiqui, is the main contact at Stanton Road and will also be the main contact for Coseley. The Coseley pharmacy can be reached on 0121 496 0355 for verification.',
        'Yours faithfully,',
        'Daniel Ferreira\nRegulatory & Compliance Officer\nWellfield Pharmacy Group Ltd',
        { small: WELLFIELD_FOOTER },
      ],
      expected: {
        kind: 'main_contact_extension', ignored: null, organisation: org('FJ624', 'pharmacy'),
        fields: {
          existingPractice: practice('FJ624', 'Wellfield Pharmacy Stanton Road', { name: 'Hamza Siddiqui', email: 'hamza.siddiqui1@nhs.net' }, '112 Stanton Road, Bilston, WV14 8PQ', '0121 496 0347'),
          newPractice: { odsCode: 'FP7K3', name: 'Wellfield Pharmacy Coseley', address: 'Unit 3, Birmingham New Road Parade, Coseley, WV14 9BB' },
        },
        mustRaise: none, traits: ['nested_tables', 'multi_line_address', 'pharmacy_head_office', 'two_phone_numbers', 'non_nhs_domain'],
      },
    }));
  }

  // 7 ── reply to PCSE's request for more information: the newest message gives the phone, the quoted original the rest
  out.push(compose({
    mailbox: MB, slug: 'extension-reply-supplies-phone',
    env: {
      from: { name: 'Sarah-Jane Pollard', email: 'sarahjane.pollard@nhs.net' },
      subject: 'RE: PCSE-2026-119205 Extend main contact - Tollgate Surgery / Brookside Surgery', date: rfcDate('2026-11-16T14:27:05Z'),
      inReplyTo: '<PCSE-2026-119205.2@pcse.england.nhs.uk>',
    },
    format: 'alt',
    blocks: [
      'Hello,',
      'Thank you for your email. The telephone number for Tollgate Surgery is 0191 498 0620.',
      'Everything else in my original email below is still correct.',
      'Kind regards,\nSarah-Jane',
      { quoteHeader: { from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: sentLine('2026-11-16T09:12:00Z'), to: 'Sarah-Jane Pollard <sarahjane.pollard@nhs.net>', subject: 'PCSE-2026-119205 Extend main contact - Tollgate Surgery / Brookside Surgery' } },
      'Dear Sarah-Jane,',
      'Thank you for your request. Before we can process it, please send us the telephone number of your existing practice.',
      'Kind regards,\nPCSE Data Manager Team',
      { quoteHeader: { from: 'Sarah-Jane Pollard <sarahjane.pollard@nhs.net>', sent: sentLine('2026-11-13T16:48:00Z'), to: 'PCSE Data Manager <pcse.datamanager@nhs.net>', subject: 'Extend main contact - Tollgate Surgery / Brookside Surgery' } },
      'Hello,',
      'Please could you extend our main contact to a new practice? Tollgate Surgery has merged with Brookside Surgery and I will be the main contact for both.',
      'Existing practice: Tollgate Surgery\nODS code: H81640\nMain contact: Sarah-Jane Pollard, sarahjane.pollard@nhs.net\nAddress: 7 Tollgate Road, Gateshead, NE8 3PL',
      'New practice: Brookside Surgery\nODS code: H81655\nAddress: 40 Brookside Avenue, Gateshead, NE9 6RT',
      'Many thanks,\nSarah-Jane Pollard\nPractice Manager, Tollgate Surgery',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('H81640', 'gp_practice'),
      fields: {
        existingPractice: practice('H81640', 'Tollgate Surgery', { name: 'Sarah-Jane Pollard', email: 'sarahjane.pollard@nhs.net' }, '7 Tollgate Road, Gateshead, NE8 3PL', '0191 498 0620'),
        newPractice: { odsCode: 'H81655', name: 'Brookside Surgery', address: '40 Brookside Avenue, Gateshead, NE9 6RT' },
      },
      mustRaise: none, traits: ['thread', 'reply_supplies_missing_field', 'case_ref_not_chaser', 'quoted_outlook_header'],
    },
  }));

  // 8 ── branch set-up on a super-partnership's letterhead, "please see attached letter"
  {
    const letter = await letterPdf(
      {
        org: ['Harbourside Health Partnership', 'Quayside House, 3 Wharf Street', 'Portbury, Bristol BS20 7TQ', 'Tel 0117 496 0815'],
        logoText: 'Harbourside Health',
        accent: [0.0, 0.3, 0.55],
        date: '16 November 2026',
        ourRef: 'HHP/CORP/BR-02',
        to: ['PCSE Data Manager', 'Primary Care Support England'],
        salutation: 'Dear Sir/Madam',
        heading: 'Request to set up PCSE Online access for a GP branch practice',
        paras: [
          'We would like to set up access to PCSE Online for a new branch of Quayside Medical Practice, which opened on 2 November 2026. The ODS team has issued the branch code shown below.',
          { table: [
            ['Main practice name', 'Quayside Medical Practice'],
            ['Organisation type', 'GP'],
            ['Main practice ODS code', 'K83610'],
            ['Main contact', 'Mr Declan Fairbairn'],
            ['Main contact email', 'declan.fairbairn@nhs.net'],
            ['Main practice address', 'Quayside House, 3 Wharf Street, Portbury, Bristol, BS20 7TQ'],
            ['Main practice telephone', '0117 496 0815'],
          ] },
          { table: [
            ['Branch name', 'Harbour Heights Branch Surgery'],
            ['Branch ODS code', 'K83610002'],
            ['Branch main contact', 'Mrs Olivia Penhaligon'],
            ['Branch main contact email', 'olivia.penhaligon@nhs.net'],
            ['Branch address', '41 Heights Road, Portbury, Bristol, BS20 7UH'],
            ['Branch telephone', '0117 496 0833'],
          ] },
          'Please contact Mrs Penhaligon or Mr Fairbairn on the numbers above to verify these details.',
        ],
        closing: 'Yours faithfully',
        sigKey: 'sig',
        signoff: ['Dr Imogen Achebe', 'Managing Partner'],
      },
      WORD('Branch set up - Harbour Heights', 'Keira Dunmore', '2026-11-16T11:30:00Z'),
      { sig: 'Imogen Achebe' },
    );
    out.push(compose({
      mailbox: MB, slug: 'branch-setup-partnership-letter-pdf',
      env: { from: HARBOURSIDE_SHARED, sender: KEIRA, subject: 'Branch set up - Harbour Heights Branch Surgery', date: rfcDate('2026-11-16T11:52:40Z') },
      format: 'alt',
      blocks: ['Hello,', 'Please see attached letter.', 'Thanks\nKeira', 'Keira Dunmore\nCorporate Administrator\nHarbourside Health Partnership', { small: NHSMAIL_FOOTER }],
      attachments: [{ filename: 'HHP - branch set up letter - Harbour Heights.pdf', data: letter }],
      expected: {
        kind: 'branch_setup', ignored: null, organisation: org('K83610', 'gp_practice'),
        fields: {
          mainPractice: practice('K83610', 'Quayside Medical Practice', { name: 'Declan Fairbairn', email: 'declan.fairbairn@nhs.net' }, 'Quayside House, 3 Wharf Street, Portbury, Bristol, BS20 7TQ', '0117 496 0815'),
          branch: { odsCode: 'K83610002', name: 'Harbour Heights Branch Surgery', address: '41 Heights Road, Portbury, Bristol, BS20 7UH', phone: '0117 496 0833', mainContact: { ...person('Olivia Penhaligon', 'olivia.penhaligon@nhs.net'), title: 'Mrs' } },
        },
        mustRaise: none, traits: ['covering_letter_pdf', 'see_attached', 'pdf_flat_table', 'sent_on_behalf', 'super_partnership'],
      },
    }));
  }

  // 9 ── branch set-up where the branch code is not the main code + 3 digits (digits transposed)
  out.push(compose({
    mailbox: MB, slug: 'branch-setup-code-mismatch-trust',
    env: { from: CVCH_SHARED, sender: HANNAH, subject: 'Set up PCSE Online for new branch - Moorside Surgery', date: rfcDate('2026-11-17T10:40:13Z') },
    format: 'alt',
    blocks: [
      'Dear Data Manager,',
      'Please set up access to PCSE Online for a new branch of Moorside Surgery, which the Trust opened at Clifton Health Centre on 9 November. Details below.',
      { bold: 'Main practice' },
      { table: [
        ['Practice name', 'Moorside Surgery'],
        ['Organisation type', 'GP'],
        ['ODS code', 'B86032'],
        ['Main contact', 'Mr Tomasz Wiśniewski'],
        ['Main contact email', 'tomasz.wisniewski1@nhs.net'],
        ['Address', '18 Moor Lane, Brighouse, HD6 3LS'],
        ['Telephone', '0113 496 0581'],
      ] },
      { bold: 'Branch practice' },
      { table: [
        ['Branch name', 'Moorside Surgery at Clifton Health Centre'],
        ['ODS code', 'B86023001'],
        ['Main contact', 'Ms Rebecca Drummond'],
        ['Main contact email', 'rebecca.drummond@nhs.net'],
        ['Address', 'Clifton Health Centre, Clifton Common, Brighouse, HD6 4DJ'],
        ['Telephone', '0113 496 0590'],
      ] },
      'Kind regards',
      'Hannah Okafor\nPrimary Care Business Manager\nCalder Valley Community Healthcare NHS Trust',
      { small: `${TRUST_BOTTOM}\n\n${NHSMAIL_FOOTER}` },
    ],
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('B86032', 'gp_practice'),
      fields: {
        mainPractice: practice('B86032', 'Moorside Surgery', { name: 'Tomasz Wiśniewski', email: 'tomasz.wisniewski1@nhs.net' }, '18 Moor Lane, Brighouse, HD6 3LS', '0113 496 0581'),
        branch: { odsCode: 'B86023001', name: 'Moorside Surgery at Clifton Health Centre', address: 'Clifton Health Centre, Clifton Common, Brighouse, HD6 4DJ', phone: '0113 496 0590', mainContact: { ...person('Rebecca Drummond', 'rebecca.drummond@nhs.net'), title: 'Ms' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['outlook_table', 'trust_run_practice', 'non_ascii_name', 'sent_on_behalf'],
    },
  }));

  // 10 ── branch set-up with a malformed main practice code; plain text hard-wrapped at 72
  out.push(compose({
    mailbox: MB, slug: 'branch-setup-malformed-main-code-plain72',
    env: { from: { name: 'Harjit Sandhu', email: 'harjit.sandhu@nhs.net' }, subject: 'GP branch set up request', date: rfcDate('2026-11-18T08:15:44Z'), client: 'nhsmail-owa' },
    format: 'text', textCte: '7bit', charset: 'us-ascii',
    text: wrap(`Dear PCSE,

We would like to set up access to PCSE Online for a branch practice. Our new branch opened in October and we have now received the branch code from the ODS team, who told us to email you with the details below.

Details of our main practice:
Name: Lowther Street Practice
Organisation type: GP
ODS code: N8107
Main contact: Harjit Sandhu
Main contact email: harjit.sandhu@nhs.net
Address: 3 Lowther Street, Carlisle, CA3 8DA
Telephone: 0191 498 0357

Details of our branch practice:
Main contact for the branch: Mr Callum Reid
Main contact email: callum.reid4@nhs.net
Branch ODS code: N81072001
Branch name: Stanwix Branch Surgery
Address: 12 Scotland Road, Stanwix, Carlisle, CA3 9DG
Telephone: 0191 498 0362

Please call me on the number above if you need to verify anything. Callum is the branch manager and will be based at Stanwix full time from January.

Regards

Harjit Sandhu
Practice Manager
Lowther Street Practice

${NHSMAIL_FOOTER}
`),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('N8107', 'gp_practice'),
      fields: {
        mainPractice: practice('N8107', 'Lowther Street Practice', { name: 'Harjit Sandhu', email: 'harjit.sandhu@nhs.net' }, '3 Lowther Street, Carlisle, CA3 8DA', '0191 498 0357'),
        branch: { odsCode: 'N81072001', name: 'Stanwix Branch Surgery', address: '12 Scotland Road, Stanwix, Carlisle, CA3 9DG', phone: '0191 498 0362', mainContact: { ...person('Callum Reid', 'callum.reid4@nhs.net'), title: 'Mr' } },
      },
      mustRaise: ['ods_invalid', 'branch_code_mismatch'], traits: ['plain_text', 'hard_wrap_72', 'malformed_ods', 'labelled_lines'],
    },
  }));

  // 11 ── main contact change sent here; the "GP branch" is given the main-site-shaped code
  out.push(compose({
    mailbox: MB, slug: 'main-contact-misdirected-branch-stated-main-code',
    env: { from: { name: 'BRENNAN, Louise (NHS WENSUM AND BROADS ICB - 26A)', email: 'louise.brennan2@nhs.net' }, subject: 'Main Contact change - Bishop\'s Moor branch surgery', date: rfcDate('2026-11-19T12:31:27Z') },
    format: 'alt',
    blocks: [
      { small: WB_ICB_TOP },
      'Hi Data Manager team,',
      'Please could you change the Main Contact in PCSE Online for Bishop\'s Moor Surgery. Bishop\'s Moor is a GP branch (ODS D82650) and its previous Main Contact, Karen Youngs, left on 13 November.',
      'The new Main Contact will be Eilidh MacAskill, Branch Manager, eilidh.macaskill@nhs.net.',
      'I appreciate this may need to go to the Portal Enquiries mailbox instead - please forward it if so.',
      'Thanks,',
      'Louise Brennan\nPrimary Care Support Officer\nNHS Wensum and Broads Integrated Care Board',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('D82650', 'gp_practice'),
      fields: { newMainContact: person('Eilidh MacAskill', 'eilidh.macaskill@nhs.net') },
      mustRaise: ['ods_type_mismatch'], traits: ['misdirected', 'stated_type_vs_code', 'icb_writes_for_practice', 'disclaimer_above'],
    },
  }));

  // 12 ── account reactivation sent here from an iPhone
  out.push(compose({
    mailbox: MB, slug: 'reactivation-misdirected-iphone',
    env: { from: { name: 'Hamza Siddiqui', email: 'hamza.siddiqui1@nhs.net' }, subject: 'Account deactivated', date: rfcDate('2026-11-20T07:12:09Z'), client: 'iphone' },
    format: 'text', textCte: 'qp',
    text: `Hi, I’m the main contact for Wellfield Pharmacy Stanton Road (FJ624) and my PCSE Online account has been deactivated – the error says “Your account has been deactivated, please contact your administrator”. As I’m the main contact I understand you need to reactivate it. My username is hamza.siddiqui1@nhs.net

Thanks
Hamza Siddiqui
Area Manager, Wellfield Pharmacy Group

Sent from my iPhone
`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('FJ624', 'pharmacy'),
      fields: { username: 'hamza.siddiqui1@nhs.net' },
      mustRaise: none, traits: ['misdirected', 'mobile', 'smart_quotes', 'terse'],
    },
  }));

  // 13 ── a question about merging practices (no request)
  out.push(compose({
    mailbox: MB, slug: 'question-practice-merger-codes',
    env: { from: { name: 'Ruth Kinsella', email: 'ruth.kinsella@nhs.net' }, subject: 'Practice merger - ODS codes and PCSE Online', date: rfcDate('2026-11-23T09:55:30Z') },
    format: 'alt',
    blocks: [
      'Good morning,',
      'Ashby Road Surgery (C82033) is merging into Castle Mead Surgery (C82104) from 1 April 2027. Before we start the paperwork, could you tell us:',
      { list: [
        'Will PCSE Online keep both practice codes after the merger, or only Castle Mead\'s?',
        'Will the users at Ashby Road need new accounts, or will their roles move across automatically?',
        'Is there anything we need to send to the Data Manager team in advance of 1 April?',
      ], ordered: true },
      'We are not asking for any changes yet.',
      'Kind regards,',
      'Ruth Kinsella\nMerger Programme Manager\nNorthgate Federation',
      { small: NHSMAIL_FOOTER },
    ],
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['question', 'two_ods_codes'] },
  }));

  // 14 ── a bounce of PCSE's confirmation to a new practice address
  {
    const id = `${MB}/bounce`;
    const origId = `<PCSE-2026-119377.3@pcse.england.nhs.uk>`;
    const explanation = `Delivery has failed to these recipients or groups:

crowmarsh.surgery@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

crowmarsh.surgery@nhs.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: crowmarsh.surgery@nhs.net
Subject: PCSE-2026-119377 Your practice email address has been updated
Date: Mon, 23 Nov 2026 14:02:00 +0000
Message-ID: ${origId}
`;
    const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Mon, 23 Nov 2026 14:02:03 +0000

Final-Recipient: rfc822;crowmarsh.surgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
    const original = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: crowmarsh.surgery@nhs.net
Subject: PCSE-2026-119377 Your practice email address has been updated
Date: Mon, 23 Nov 2026 14:02:00 +0000
Message-ID: ${origId}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Practice,

We have updated the practice email address for Crowmarsh Surgery (E82061) to crowmarsh.surgery@nhs.net as requested.

Kind regards,
PCSE Data Manager Team
`;
    const root = multipart('report', `_${hex(`${id}b`, 28)}_`, [
      textPart(explanation, { cte: '7bit', charset: 'us-ascii' }),
      rawPart(['Content-Type: message/delivery-status'], status),
      rawPart(['Content-Type: message/rfc822'], original),
    ], '; report-type=delivery-status');
    out.push(compose({
      mailbox: MB, slug: 'bounce-confirmation-undeliverable',
      env: {
        from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' },
        subject: 'Undeliverable: PCSE-2026-119377 Your practice email address has been updated', date: rfcDate('2026-11-23T14:02:05Z'),
        extra: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '], inReplyTo: origId, references: origId, client: 'system',
      },
      format: 'text', root, messageId: `<${hex(`${id}m`, 32).toUpperCase()}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`,
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: none, traits: ['bounce', 'ndr', 'multipart_report', 'case_ref'] },
    }));
  }

  // 15 ── a thank-you on an existing case
  out.push(compose({
    mailbox: MB, slug: 'thanks-with-reference',
    env: {
      from: { name: 'NHS Wensum and Broads ICB - Primary Care Team', email: 'wbicb.primarycare@nhs.net' },
      sender: { name: 'COLE, Martina (NHS WENSUM AND BROADS ICB - 26A)', email: 'martina.cole4@nhs.net' },
      subject: 'RE: PCSE-2026-118955 Update practice email address - Saxlingham Road Surgery (D82611)', date: rfcDate('2026-11-24T15:30:18Z'),
      inReplyTo: '<PCSE-2026-118955.2@pcse.england.nhs.uk>',
    },
    format: 'alt',
    blocks: [
      'Thank you - the confirmation has arrived in the new mailbox and the caretaking team can see it.',
      'Kind regards\nMartina',
      { quoteHeader: { from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: sentLine('2026-11-24T11:05:00Z'), to: 'NHS Wensum and Broads ICB - Primary Care Team <wbicb.primarycare@nhs.net>', subject: 'PCSE-2026-118955 Update practice email address - Saxlingham Road Surgery (D82611)' } },
      'Dear Martina,',
      'The practice email address for Saxlingham Road Surgery (D82611) has been updated. A confirmation has been sent to the new address.',
      'Kind regards,\nPCSE Data Manager Team',
    ],
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['thanks', 'case_ref', 'thread'] },
  }));

  return out;
}
