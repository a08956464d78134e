// pcse.portalenquiries@nhs.net: corpus 37 (writer AG).
import { compose, org } from './compose.js';
import {
  CORP_FOOTER, ICB_TOP, MFD, TRUST_BOTTOM, TRUST_TOP, WORD, ACROBAT, formPdf, letterPdf, scanPdf, scannedFormPage, scannedLetterPage,
} from './common.js';
import { GPP_CERT, GPP_CERT_LONG_NAMES, PCN_FORM } from './forms.js';
import {
  type Email, NHSMAIL_FOOTER, PCSE, b64, calendarPart, htmlPart, hex, multipart, outlookShell, person, rfcDate, sentLine, textPart, wrap, escHtml,
} from './lib.js';

const MB = 'portalenquiries' as const;
const none: string[] = [];

const LUMEN_FOOTER = CORP_FOOTER('Lumen Eyecare Ltd', '04561237', '3 Castle Court, Meridian Business Park, Leicester LE19 1WQ');
const WELLFIELD_FOOTER = CORP_FOOTER('Wellfield Pharmacy Group Ltd', '03398812', 'Wellfield House, Lichfield Road, Wednesbury WS10 0AZ');
const BRIGHTBAY_FOOTER = CORP_FOOTER('Brightbay Dental Group Ltd', '07712094', 'Brightbay House, 12 Temple Quay, Bristol BS1 6DZ');

const SEVERN_SHARED = { name: 'Severn Vale GP Federation - Central Services', email: 'severnvale.centralservices@nhs.net' };
const HARBOURSIDE_SHARED = { name: 'Harbourside Health Partnership - Corporate Office', email: 'harbourside.corporate@nhs.net' };
const KEIRA = { name: 'DUNMORE, Keira (HARBOURSIDE HEALTH PARTNERSHIP)', email: 'keira.dunmore@nhs.net' };
const CVCH_SHARED = { name: 'Calder Valley Community Healthcare NHS Trust - Primary Care Directorate', email: 'cvch.primarycare@nhs.net' };
const HANNAH = { name: 'OKAFOR, Hannah (CALDER VALLEY COMMUNITY HEALTHCARE NHS TRUST)', email: 'hannah.okafor@nhs.net' };
const LUMEN = { name: 'Lumen Eyecare - Compliance', email: 'compliance@lumeneyecare.co.uk' };
const WELLFIELD = { name: 'Wellfield Pharmacy Group - Regulatory & Compliance', email: 'regulatory@wellfieldpharmacy.co.uk' };

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 ── GPP nomination: federation's shared mailbox, covering letter PDF + fillable form with long field names
  {
    const letter = await letterPdf(
      {
        org: ['Severn Vale GP Federation', 'Unit 4, Riverside Business Park', 'Tewkesbury', 'GL20 8JH'],
        logoText: 'Severn Vale GP Federation',
        orgRight: ['Tel: 0117 496 0142', 'severnvale.centralservices@nhs.net'],
        accent: [0.1, 0.45, 0.4],
        date: '30 October 2026',
        ourRef: 'SVF/CS/2026/311',
        to: ['Primary Care Support England', 'PCSE Online - Portal Enquiries', 'By email'],
        salutation: 'Dear Sir/Madam',
        heading: 'GP Payments and Pensions - Practice User Administrator for Bridge Street Surgery (L84017)',
        paras: [
          'Bridge Street Surgery is one of the eleven member practices of Severn Vale GP Federation. Following the retirement of the practice\'s previous administrator, the practice currently has no GPP Practice User Administrator in PCSE Online.',
          'Please find enclosed the completed GPP Practice User Administrator Certification form. Part A nominates the practice\'s Practice Manager, and Part B has been completed by Dr Owain Lloyd-Evans, GP Partner at the practice.',
          'We would be grateful if the verification link could be sent to the nominee at the address given on the form. Any queries about this request can be directed to the Federation\'s Central Services team at the address above.',
        ],
        closing: 'Yours faithfully',
        sigKey: 'sig',
        signoff: ['Bethan Morgan', 'Business Support Officer', 'On behalf of Severn Vale GP Federation'],
        cc: 'cc: Dr Owain Lloyd-Evans, GP Partner, Bridge Street Surgery',
        footer: 'Severn Vale GP Federation Ltd is a company registered in England and Wales no. 09876543. Registered office: Unit 4, Riverside Business Park, Tewkesbury GL20 8JH.',
      },
      WORD('Letter to PCSE - GPP UA Bridge Street', 'Bethan Morgan', '2026-10-30T15:12:00Z'),
      { sig: 'Bethan Morgan' },
    );
    const form = await formPdf(GPP_CERT, ACROBAT('GPP Practice User Administrator Certification', '2026-10-29T11:40:00Z'), {
      practiceName: 'Bridge Street Surgery', odsCode: 'L84017', address: '22 Bridge Street, Tewkesbury\nGL20 5AA',
      nomineeName: 'CARYS PRITCHARD', nomineeRole: 'Practice Manager', nomineeEmail: 'carys.pritchard@nhs.net', nomineePhone: '0117 496 0231',
      approverName: 'Dr Owain Lloyd-Evans', approverRole: 'GP Partner', approverEmail: 'owain.lloyd-evans@nhs.net',
      approverSig: 'Owain Lloyd-Evans', approverDate: '29/10/2026',
    }, GPP_CERT_LONG_NAMES);
    out.push(compose({
      mailbox: MB, slug: 'gpp-federation-letter-and-acroform',
      env: { from: SEVERN_SHARED, sender: { name: 'MORGAN, Bethan (SEVERN VALE GP FEDERATION)', email: 'bethan.morgan12@nhs.net' }, subject: 'GPP Practice User Administrator - Bridge Street Surgery L84017', date: rfcDate('2026-11-02T09:41:07Z') },
      format: 'alt',
      blocks: [
        'Good morning,',
        'Please see attached letter.',
        'Kind regards',
        'Bethan Morgan\nBusiness Support Officer\nSevern Vale GP Federation - Central Services\nUnit 4, Riverside Business Park, Tewkesbury, GL20 8JH',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [
        { filename: 'Letter to PCSE - GPP UA Bridge Street.pdf', data: letter },
        { filename: 'GPP PUA certification - L84017.pdf', data: form },
      ],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('L84017', 'gp_practice'),
        fields: { service: 'GPP', nominee: person('Carys Pritchard', 'carys.pritchard@nhs.net'), approver: { ...person('Owain Lloyd-Evans', 'owain.lloyd-evans@nhs.net'), role: 'GP Partner' } },
        mustRaise: none, traits: ['covering_letter_pdf', 'pdf_acroform', 'long_field_names', 'see_attached', 'sent_on_behalf', 'federation'],
      },
    }));
  }

  // 2 ── PL nomination: trust-run practice, [SECURE], Outlook table, disclaimer above and below
  out.push(compose({
    mailbox: MB, slug: 'pl-admin-trust-run-practice-secure',
    env: {
      from: CVCH_SHARED, sender: HANNAH,
      cc: [{ name: 'GALLACHER, Fiona (CALDER VALLEY COMMUNITY HEALTHCARE NHS TRUST)', email: 'fiona.gallacher@nhs.net' }],
      subject: '[SECURE] PL Organisation Administrator - Moorside Surgery (B86032)', date: rfcDate('2026-11-03T14:22:51Z'),
    },
    format: 'alt',
    blocks: [
      { small: TRUST_TOP },
      'Dear PCSE Portal Enquiries,',
      'Moorside Surgery is one of the four GP practices run directly by Calder Valley Community Healthcare NHS Trust. Since the practice manager left in October the practice has had no PL Organisation Administrator, so no one can approve Performers List changes for the GPs working there.',
      'Please could you set up the person below with the PL Organisation Administrator role for Moorside Surgery:',
      {
        table: [
          ['Practice', 'Moorside Surgery'],
          ['Practice ODS code', 'B86032'],
          ['Nominee', 'Mr Tomasz Wiśniewski'],
          ['Job title', 'Interim Practice Manager'],
          ['Nominee email', 'tomasz.wisniewski1@nhs.net'],
          ['Nominated by', 'Dr Fiona Gallacher, Associate Medical Director for Primary Care (CQC Registered Manager for the Trust\'s GP locations)'],
          ['Nominator email', 'fiona.gallacher@nhs.net'],
        ],
        widths: [170, 380],
      },
      'Dr Gallacher is copied into this email and can confirm the nomination if needed.',
      'Many thanks,',
      'Hannah Okafor\nPrimary Care Business Manager\nPrimary Care Directorate | Calder Valley Community Healthcare NHS Trust\nTrust Headquarters, Elland Road, Brighouse HD6 2QR\nTel: 0113 496 0574',
      { small: `${TRUST_BOTTOM}\n\n${NHSMAIL_FOOTER}` },
    ],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('B86032', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Tomasz Wiśniewski', 'tomasz.wisniewski1@nhs.net'), approver: { ...person('Fiona Gallacher', 'fiona.gallacher@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: none, traits: ['trust_run_practice', 'secure_tag', 'disclaimer_above', 'outlook_table', 'sent_on_behalf', 'non_ascii_name'],
    },
  }));

  // 3 ── OPTO nomination: optical group head office, "please see attached letter", letter on letterhead
  {
    const letter = await letterPdf(
      {
        org: ['Lumen Eyecare Ltd', 'Support Office', '3 Castle Court, Meridian Business Park', 'Leicester LE19 1WQ'],
        logoText: 'lumen eyecare',
        accent: [0.55, 0.2, 0.5],
        date: '3 November 2026',
        ourRef: 'LE/COMP/OPTO/0932',
        to: ['PCSE Portal Enquiries', 'Primary Care Support England'],
        salutation: 'Dear Sir/Madam',
        heading: 'Ophthalmic Payments user administrator - Lumen Eyecare Ashby (ODS code TPN58)',
        paras: [
          'We write on behalf of our Ashby practice, which does not currently have anyone with the Opto User Management (Organisation) role in PCSE Online following the departure of the previous store manager.',
          'Please set up the following colleague as the practice\'s Ophthalmic Payments user administrator:',
          { table: [
            ['Practice', 'Lumen Eyecare Ashby, 41 Market Street, Ashby-de-la-Zouch LE65 1AN'],
            ['ODS code', 'TPN58'],
            ['Nominee', 'Miss Priya Raghunathan'],
            ['Position', 'Store Manager'],
            ['Email', 'priya.raghunathan@lumeneyecare.co.uk'],
          ] },
          'The contract holder for the practice, Mr Amir Haddad (Ophthalmic Director), has approved this nomination. He is copied into our covering email and can be contacted at amir.haddad@lumeneyecare.co.uk.',
          'Should you need anything further please contact the Compliance Team at the address above.',
        ],
        closing: 'Yours faithfully',
        sigKey: 'sig',
        signoff: ['Gemma Thornbury', 'Head of Compliance', 'Lumen Eyecare Ltd'],
        footer: 'Lumen Eyecare Ltd. Registered in England and Wales No. 04561237. Registered office: 3 Castle Court, Meridian Business Park, Leicester LE19 1WQ.',
      },
      WORD('Opto UA nomination - Ashby', 'Gemma Thornbury', '2026-11-03T10:05:00Z'),
      { sig: 'Gemma Thornbury' },
    );
    out.push(compose({
      mailbox: MB, slug: 'opto-admin-head-office-letter',
      env: { from: LUMEN, cc: [{ name: 'Amir Haddad', email: 'amir.haddad@lumeneyecare.co.uk' }], subject: 'Opto User Management (Organisation) nomination - Lumen Eyecare Ashby TPN58', date: rfcDate('2026-11-03T10:31:44Z'), client: 'exchange-trust' },
      format: 'alt',
      blocks: ['Dear PCSE,', 'Please see attached letter.', 'Kind regards,', 'Compliance Team\nLumen Eyecare Ltd | Support Office\n3 Castle Court, Meridian Business Park, Leicester LE19 1WQ', { small: LUMEN_FOOTER }],
      attachments: [{ filename: 'PCSE letter - Opto UA - Ashby TPN58.pdf', data: letter }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('TPN58', 'ophthalmic_practice'),
        fields: { service: 'OPTO', nominee: person('Priya Raghunathan', 'priya.raghunathan@lumeneyecare.co.uk'), approver: { ...person('Amir Haddad', 'amir.haddad@lumeneyecare.co.uk'), role: 'Contract holder' } },
        mustRaise: none, traits: ['covering_letter_pdf', 'see_attached', 'corporate_optical', 'pdf_flat_table', 'non_nhs_domain'],
      },
    }));
  }

  // 4 ── PCN nomination sent by the ICB approver, flat form with values in table cells
  {
    const form = await formPdf(PCN_FORM, WORD('PCN User Administrator Request', 'Rachel Pearce', '2026-11-04T13:10:00Z'), {
      pcnName: 'Three Rivers PCN', pcnCode: 'U40127', host: 'Aire Valley Surgery (B82011)',
      nomineeName: 'Daniel Achterberg', nomineeRole: 'PCN Operations Manager', nomineeEmail: 'daniel.achterberg@nhs.net', nomineePhone: '0113 496 0721',
      approverName: 'Rachel Pearce', approverRole: 'Senior Primary Care Commissioning Manager', icb: 'NHS Pennine Vale ICB', approverEmail: 'rachel.pearce7@nhs.net',
      approverSig: 'Rachel Pearce', approverDate: '04/11/2026',
    });
    out.push(compose({
      mailbox: MB, slug: 'pcn-admin-icb-approver-form',
      env: {
        from: { name: 'PEARCE, Rachel (NHS PENNINE VALE ICB - 02T)', email: 'rachel.pearce7@nhs.net' },
        cc: [{ name: 'ACHTERBERG, Daniel (THREE RIVERS PCN)', email: 'daniel.achterberg@nhs.net' }],
        subject: '[SECURE] PCN user admin request - Three Rivers PCN U40127', date: rfcDate('2026-11-04T13:26:09Z'),
      },
      format: 'alt',
      blocks: [
        { small: ICB_TOP },
        'Good afternoon,',
        'Please find attached a PCN User Administrator request form for Three Rivers PCN, which has had no PCN user admin since the PCN\'s previous manager left in the summer.',
        'I have reviewed and approved the request on behalf of the ICB. For your checks, I am listed as an approver for NHS Pennine Vale ICB on the NHS England Authorised Email List.',
        'Daniel (the nominee) is copied in for information.',
        'Kind regards',
        'Rachel Pearce\nSenior Primary Care Commissioning Manager\nNHS Pennine Vale Integrated Care Board\nrachel.pearce7@nhs.net | 0113 496 0388',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'Three Rivers PCN - PCN UA request (approved).pdf', data: form }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('U40127', 'pcn'),
        fields: { service: 'PCN', nominee: person('Daniel Achterberg', 'daniel.achterberg@nhs.net'), approver: { ...person('Rachel Pearce', 'rachel.pearce7@nhs.net'), role: 'Senior Primary Care Commissioning Manager' } },
        mustRaise: none, traits: ['icb_writes_for_pcn', 'secure_tag', 'disclaimer_above', 'pdf_flat_table', 'second_ods_code_in_form'],
      },
    }));
  }

  // 5 ── PCN nomination "approved" by the PCN manager, who says she is not from the ICB; plain text wrapped at 72
  out.push(compose({
    mailbox: MB, slug: 'pcn-admin-pcn-manager-not-icb-plain72',
    env: { from: { name: 'Joanne Whitlock', email: 'joanne.whitlock@nhs.net' }, subject: 'PCN user admin - Hartwell and Fenby PCN', date: rfcDate('2026-11-05T08:03:30Z'), client: 'nhsmail-owa' },
    format: 'text', textCte: '7bit', charset: 'us-ascii',
    text: wrap(`Hello,

I am writing to ask for a PCN user administrator to be set up in PCSE Online for Hartwell and Fenby PCN (ODS code U81934). Our previous PCN user admin, Dr Stephen Marr, retired at the end of September and we have nobody who can add or remove PCN users at the moment.

Our nominee is the PCN's new Digital Transformation Lead, Mr Naveed
Qureshi. His email address is naveed.qureshi2@nhs.net and his direct
line is 0114 496 0093.

I understand from your website that the request should be approved by someone at the ICB who is on the Authorised Email List. Our ICB primary care lead is on long-term leave and we have had no reply from the ICB team mailbox in over three weeks. I am not an ICB employee myself, but as PCN Manager I am approving this on the PCN's behalf and I hope that will be acceptable in the circumstances. If it is not, could you let me know who else could approve it?

Kind regards

Joanne Whitlock
PCN Manager
Hartwell and Fenby Primary Care Network
Hosted by Fenby Road Medical Centre

${NHSMAIL_FOOTER}
`),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U81934', 'pcn'),
      fields: { service: 'PCN', nominee: person('Naveed Qureshi', 'naveed.qureshi2@nhs.net'), approver: { ...person('Joanne Whitlock', 'joanne.whitlock@nhs.net'), role: 'PCN Manager' } },
      mustRaise: ['approver_not_on_ael'], traits: ['plain_text', 'hard_wrap_72', 'approver_not_icb', 'prose'],
    },
  }));

  // 6 ── GPP nomination: two-page MFD scan, covering letter on page 1, the certification form on page 2
  {
    const letterSpec = {
      org: ['Harbourside Health Partnership', 'Quayside House, 3 Wharf Street', 'Portbury, Bristol BS20 7TQ', 'Tel 0117 496 0815'],
      logoText: 'Harbourside Health',
      accent: [0.0, 0.3, 0.55] as [number, number, number],
      date: '6 November 2026',
      to: ['Primary Care Support England', 'PCSE Online Portal Enquiries'],
      salutation: 'Dear Sir/Madam',
      heading: 'GP Payments and Pensions Practice User Administrator: Quayside Medical Practice (K83610)',
      paras: [
        'Harbourside Health Partnership holds the GMS contracts for nine practices across North Somerset, including Quayside Medical Practice.',
        'Please find overleaf the completed certification form nominating Mr Declan Fairbairn, Site Operations Manager, as a GPP Practice User Administrator for Quayside Medical Practice. Part B of the form has been completed and signed by me as Managing Partner.',
        'Our other sites already have their own user administrators and are not affected by this request.',
      ],
      closing: 'Yours faithfully',
      sigKey: 'sig',
      signoff: ['Dr Imogen Achebe', 'Managing Partner', 'Harbourside Health Partnership'],
    };
    const p1 = await scannedLetterPage(letterSpec, { dpi: 150, seed: 'p006a', values: { sig: 'Imogen Achebe' }, skewDeg: -0.7, specks: 120, noise: 16, shadowEdge: 'left' });
    const p2 = await scannedFormPage(GPP_CERT, {
      dpi: 150, seed: 'p006b', skewDeg: 0.9, specks: 160, noise: 18, shadowEdge: 'left', handKeys: ['approverDate'],
      values: {
        practiceName: 'Quayside Medical Practice', odsCode: 'K83610', address: 'Quayside House, 3 Wharf Street\nPortbury, Bristol BS20 7TQ',
        nomineeName: 'DECLAN FAIRBAIRN', nomineeRole: 'Site Operations Manager', nomineeEmail: 'declan.fairbairn@nhs.net', nomineePhone: '0117 496 0816',
        approverName: 'Dr Imogen Achebe', approverRole: 'Managing Partner', approverEmail: 'imogen.achebe@nhs.net', approverSig: 'Imogen Achebe', approverDate: '06/11/2026',
      },
    });
    const pdf = await scanPdf([p1, p2], MFD('Canon iR-ADV C5840  PDF', '2026-11-09T10:32:44Z'));
    out.push(compose({
      mailbox: MB, slug: 'gpp-two-page-scan-letter-then-form',
      env: { from: HARBOURSIDE_SHARED, sender: KEIRA, subject: 'Scanned letter - GPP User Administrator - Quayside Medical Practice', date: rfcDate('2026-11-09T10:41:18Z') },
      format: 'alt',
      blocks: ['Hello,', 'Please see attached letter.', 'Thanks\nKeira', 'Keira Dunmore\nCorporate Administrator\nHarbourside Health Partnership\nQuayside House, 3 Wharf Street, Portbury BS20 7TQ', { small: NHSMAIL_FOOTER }],
      attachments: [{ filename: 'Scanned_20261109_103244.pdf', data: pdf, scan: true }],
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('K83610', 'gp_practice'),
        fields: { service: 'GPP', nominee: person('Declan Fairbairn', 'declan.fairbairn@nhs.net'), approver: { ...person('Imogen Achebe', 'imogen.achebe@nhs.net'), role: 'Managing Partner' } },
        mustRaise: none, traits: ['scan', 'two_page_scan', 'form_on_page_2', 'covering_letter_in_scan', 'see_attached', 'sent_on_behalf', 'super_partnership'],
      },
    }));
  }

  // 7 ── a fifth PL admin: the email lists the four existing ones
  out.push(compose({
    mailbox: MB, slug: 'pl-admin-fifth-listed-four',
    env: {
      from: { name: 'ADEYEMI, Folasade (WESTGATE MEDICAL GROUP)', email: 'folasade.adeyemi@nhs.net' },
      cc: [{ name: 'RAO, Sunita (WESTGATE MEDICAL GROUP)', email: 'sunita.rao3@nhs.net' }],
      subject: 'Additional PL Organisation Administrator - Westgate Medical Group P92644', date: rfcDate('2026-11-10T11:15:02Z'),
    },
    format: 'html',
    blocks: [
      'Dear PCSE,',
      'Westgate Medical Group now operates from six sites following our merger with Hindley Green Surgery in the summer. Our current PL Organisation Administrators are:',
      { table: [
        ['Name', 'Site', 'Email'],
        ['Folasade Adeyemi', 'Westgate (main site)', 'folasade.adeyemi@nhs.net'],
        ['Craig Lomax', 'Westgate (main site)', 'craig.lomax@nhs.net'],
        ['Priti Mistry', 'Aspull', 'priti.mistry2@nhs.net'],
        ['Helen Sharples', 'Ince', 'helen.sharples@nhs.net'],
      ], head: true },
      'As the Hindley site has no one with this role, please could you add one more PL Organisation Administrator:',
      'Name: Gareth Hollins\nJob title: Site Manager, Hindley\nEmail: gareth.hollins@nhs.net',
      'This has been agreed by our CQC Registered Manager, Dr Sunita Rao, who is copied in.',
      'Kind regards,',
      'Folasade Adeyemi\nBusiness Manager\nWestgate Medical Group',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('P92644', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Gareth Hollins', 'gareth.hollins@nhs.net'), approver: { ...person('Sunita Rao', 'sunita.rao3@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: ['admin_limit_reached'], traits: ['html_only', 'outlook_table', 'many_addresses', 'fifth_admin'],
    },
  }));

  // 8 ── several queries in one email; only one is a PCSE user-access case
  out.push(compose({
    mailbox: MB, slug: 'main-contact-among-several-queries',
    env: { from: { name: 'Ravi Chandarana', email: 'ravi.chandarana@nhs.net' }, subject: 'Several queries - Elmtree Surgery C82077', date: rfcDate('2026-11-10T15:47:36Z') },
    format: 'alt',
    blocks: [
      'Hi,',
      'I look after PCSE matters for the practices in Northgate Federation and have a few things for Elmtree Surgery (C82077). Apologies for putting them all in one email - please pass them to the right teams as needed.',
      { list: [
        'Supplies - our order of cervical screening sample kits placed on 20 October (order ref SUP-4471920) has still not arrived. Could someone chase this?',
        'Main Contact - Mrs Pauline Hardcastle retired from Elmtree Surgery on 30 October. Please make Leanne Brook the new Main Contact for the practice. Leanne\'s email address is leanne.brook@nhs.net.',
        'Medical records - we have a records movement query for a patient who left the list in September; I will send this separately to the records team with the patient details.',
        'GP Pensions - can our accountant be given access to upload the Type 2 forms, or does this have to be done by the practice?',
      ], ordered: true },
      'Thanks in advance,',
      'Ravi Chandarana\nPCSE and Contracts Lead\nNorthgate Federation\n0116 496 0452',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('C82077', 'gp_practice'),
      fields: { newMainContact: person('Leanne Brook', 'leanne.brook@nhs.net') },
      mustRaise: none, traits: ['several_requests', 'numbered_list', 'federation'],
    },
  }));

  // 9 ── main contact change from a dental group's head office: Current / New columns, nested Outlook tables
  {
    const rows: [string, string, string][] = [
      ['Practice name', 'Brightbay Dental Kingsmead', 'No change'],
      ['ODS code', 'V018842', 'No change'],
      ['Main Contact name', 'Sharon Teague', 'Kelly-Anne Dobson'],
      ['Main Contact email', 'sharon.teague@brightbaydental.co.uk', 'kellyanne.dobson@brightbaydental.co.uk'],
      ['Main Contact telephone', '0117 496 0610', '0117 496 0612'],
    ];
    const cell = (s: string, head = false) => `<td valign="top" style="border:solid #A6A6A6 1.0pt;padding:3.0pt 6.0pt 3.0pt 6.0pt${head ? ';background:#1F3864' : ''}"><p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Segoe UI&quot;,sans-serif${head ? ';color:white' : ''}">${head ? '<b>' : ''}${escHtml(s)}${head ? '</b>' : ''}<o:p></o:p></span></p></td>`;
    const inner = `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse">
<tr>${cell('Field', true)}${cell('Current', true)}${cell('New', true)}</tr>
${rows.map((r) => `<tr>${r.map((c) => cell(c)).join('')}</tr>`).join('\n')}
</table>`;
    const nested = `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="640" style="width:480.0pt;border-collapse:collapse">
<tr><td style="background:#D9E2F3;padding:6.0pt 6.0pt 6.0pt 6.0pt"><p class="MsoNormal"><b><span style="font-size:11.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#1F3864">Main Contact change request &ndash; Ref BDG-COMP-4471<o:p></o:p></span></b></p></td></tr>
<tr><td style="padding:6.0pt 0cm 6.0pt 0cm">
${inner}
</td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>`;
    const nestedText = ['Main Contact change request - Ref BDG-COMP-4471', '', 'Field\tCurrent\tNew', ...rows.map((r) => r.join('\t'))].join('\n');
    out.push(compose({
      mailbox: MB, slug: 'main-contact-dental-head-office-current-new',
      env: { from: { name: 'Brightbay Dental Group - Compliance', email: 'compliance@brightbaydental.co.uk' }, subject: 'Main Contact change - Brightbay Dental Kingsmead (V018842) [Ref: BDG-COMP-4471]', date: rfcDate('2026-11-11T09:12:40Z'), client: 'exchange-trust' },
      format: 'alt', htmlFont: 'Segoe UI',
      blocks: [
        'Dear PCSE Portal Enquiries Team,',
        'Please update the Main Contact held in PCSE Online for the practice below. The current Main Contact, Sharon Teague, has moved to our Clifton practice and is no longer responsible for Kingsmead.',
        { html: nested, text: nestedText },
        'Sharon will keep her access at Brightbay Dental Clifton (V017290), so please do not deactivate her account.',
        'Kind regards,',
        'Natasha Greer\nCompliance Coordinator\nBrightbay Dental Group Ltd | Head Office\nBrightbay House, 12 Temple Quay, Bristol BS1 6DZ',
        { small: BRIGHTBAY_FOOTER },
      ],
      expected: {
        kind: 'main_contact_change', ignored: null, organisation: org('V018842', 'dental_practice'),
        fields: { newMainContact: person('Kelly-Anne Dobson', 'kellyanne.dobson@brightbaydental.co.uk') },
        mustRaise: none, traits: ['current_new_table', 'nested_tables', 'corporate_dental', 'old_and_new_values', 'second_ods_code', 'non_nhs_domain'],
      },
    }));
  }

  // 10 ── two requests, the second withdrawn further down the same email
  out.push(compose({
    mailbox: MB, slug: 'main-contact-second-request-withdrawn',
    env: { from: { name: 'Anita Bhardwaj', email: 'anita.bhardwaj@nhs.net' }, subject: 'Main contact change + account query - The Limes Surgery J81055', date: rfcDate('2026-11-11T13:58:12Z') },
    format: 'text',
    text: `Good afternoon,

Two things for The Limes Surgery (J81055) please:

1) Main Contact - Dr Harold Ames, who is our Main Contact on PCSE Online, retired last month. Please change the Main Contact to our new Assistant Practice Manager, Samira Haddou (samira.haddou@nhs.net).

2) My own PCSE Online account (anita.bhardwaj@nhs.net) says it has been deactivated when I try to log in. I am the practice's GPP user administrator so I understand you need to reactivate it for me.

*** UPDATE - please ignore point 2. I tried once more before sending this and it has let me in, so it must have been a temporary problem. Only point 1 is needed. ***

Many thanks,
Anita

Anita Bhardwaj
Practice Manager
The Limes Surgery
Tel: 0121 496 0118

${NHSMAIL_FOOTER}
`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('J81055', 'gp_practice'),
      fields: { newMainContact: person('Samira Haddou', 'samira.haddou@nhs.net') },
      mustRaise: none, traits: ['two_requests_one_withdrawn', 'plain_text', 'distractor_address'],
    },
  }));

  // 11 ── GP asks for his own verification link; plain text hard-wrapped, his address split at the hyphen
  out.push(compose({
    mailbox: MB, slug: 'verification-gp-own-plain72-split-address',
    env: { from: { name: 'Dr Eleanor Whitfield-Osei', email: 'eleanor.whitfield-osei@nhs.net' }, subject: 'PCSE Online verification link', date: rfcDate('2026-11-12T07:49:55Z'), client: 'nhsmail-owa' },
    format: 'text', textCte: '7bit', charset: 'us-ascii',
    text: `Dear PCSE team,

I am a salaried GP working across three of the Riverbank Health
Federation sites and I have never received the verification link for
PCSE Online. I moved to England in August after working in Scotland, so
my GMC registered email address may only recently have reached you.

My details:
GMC number: 7183402
GMC registered email address (the address I am writing from): eleanor.whitfield-
osei@nhs.net

Please could you send a new verification link to that address? Many
thanks for your help, and apologies if I have sent this to the wrong
team. Dr Eleanor
Whitfield-Osei, Salaried GP, Riverbank Health Federation

${NHSMAIL_FOOTER}
`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'eleanor.whitfield-osei@nhs.net', gmcNumber: '7183402' },
      mustRaise: none, traits: ['plain_text', 'hard_wrap_72', 'address_split_across_lines', 'name_split_across_lines', 'no_ods_code'],
    },
  }));

  // 12 ── PCN manager asks for a GP's verification link
  out.push(compose({
    mailbox: MB, slug: 'verification-pcn-manager-for-gp',
    env: { from: { name: 'Sophie Lanigan', email: 'sophie.lanigan@nhs.net' }, subject: 'New verification link please - Dr Marcus Oyelaran', date: rfcDate('2026-11-12T10:20:03Z') },
    format: 'alt',
    blocks: [
      'Hello,',
      'Could you please resend the PCSE Online verification link for Dr Marcus Oyelaran? He joined Ashgrove Surgery (M83091) as a GP partner on 1 November and the original link expired while he was on leave.',
      'His GMC number is 7420915 and his GMC registered email address is marcus.oyelaran@nhs.net.',
      'He is in clinic all day today so I said I would email on his behalf - I am the PCN Manager for Ashgrove and Lickey Hills PCN.',
      'Many thanks',
      'Sophie Lanigan\nPCN Manager\nAshgrove and Lickey Hills PCN\n0121 496 0675',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('M83091', 'gp_practice'),
      fields: { accountEmail: 'marcus.oyelaran@nhs.net', gmcNumber: '7420915' },
      mustRaise: ['not_own_account'], traits: ['on_behalf_of_another', 'pcn_manager'],
    },
  }));

  // 13 ── own verification link, sent from the practice's shared mailbox, replying to PCSE's confirmation (a reference that is not a chaser)
  out.push(compose({
    mailbox: MB, slug: 'verification-own-from-shared-mailbox-reply',
    env: {
      from: { name: 'Oakridge Practice (L81652) - Admin', email: 'oakridge.admin@nhs.net' },
      sender: { name: 'FITZGERALD, Lorraine (OAKRIDGE PRACTICE)', email: 'lorraine.fitzgerald2@nhs.net' },
      subject: 'RE: PCSE-2026-118402 GPP Practice User Administrator - Oakridge Practice', date: rfcDate('2026-11-13T12:05:26Z'),
      inReplyTo: '<PCSE-2026-118402.1@pcse.england.nhs.uk>', references: '<PCSE-2026-118402.1@pcse.england.nhs.uk>',
    },
    format: 'alt',
    blocks: [
      'Hi,',
      'Thank you for setting this up. Unfortunately the verification link expired before I was able to use it (I was on annual leave last week).',
      'Could you please send a new verification link to my account, lorraine.fitzgerald2@nhs.net? I am sending from the practice admin mailbox as I am working at our branch site today.',
      'Kind regards,',
      'Lorraine Fitzgerald\nPractice Manager\nOakridge Practice (L81652)',
      { quoteHeader: { from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: sentLine('2026-11-03T16:10:00Z'), to: 'Oakridge Practice (L81652) - Admin <oakridge.admin@nhs.net>', subject: 'PCSE-2026-118402 GPP Practice User Administrator - Oakridge Practice' } },
      'Dear Lorraine,',
      'We have set you up as GPP Practice User Administrator for Oakridge Practice (L81652). You will shortly receive an email with a verification link at lorraine.fitzgerald2@nhs.net. Please use the link within 72 hours to set your password.',
      'Kind regards,\nPCSE Online Support Team\nPrimary Care Support England',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('L81652', 'gp_practice'),
      fields: { accountEmail: 'lorraine.fitzgerald2@nhs.net', gmcNumber: null },
      mustRaise: none, traits: ['sent_on_behalf', 'shared_mailbox', 'thread', 'case_ref_not_chaser', 'quoted_outlook_header'],
    },
  }));

  // 14 ── account unlock from a pharmacy group's compliance team, formal
  out.push(compose({
    mailbox: MB, slug: 'unlock-pharmacy-head-office-formal',
    env: { from: WELLFIELD, subject: 'PCSE Online - locked account - Wellfield Pharmacy, Stanton Road (FJ624)', date: rfcDate('2026-11-13T09:37:50Z'), client: 'exchange-trust' },
    format: 'alt',
    blocks: [
      'Dear Sir/Madam,',
      { bold: 'Re: Locked PCSE Online account - Wellfield Pharmacy, 112 Stanton Road, Bilston (ODS FJ624)' },
      'The responsible pharmacist and pharmacy manager at our Stanton Road branch, Ms Rutendo Mbeki, entered her password incorrectly five times this morning and her PCSE Online account is now locked. She needs access to place a supplies order before Friday.',
      'Her user name is rutendo.mbeki@nhs.net.',
      'We would be grateful if you could unlock the account. Ms Mbeki can be contacted at the branch on 0121 496 0347 if you need to verify her identity.',
      'Yours faithfully,',
      'Daniel Ferreira\nRegulatory & Compliance Officer\nWellfield Pharmacy Group Ltd\nHead Office: Wellfield House, Lichfield Road, Wednesbury WS10 0AZ',
      { small: WELLFIELD_FOOTER },
    ],
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('FJ624', 'pharmacy'),
      fields: { username: 'rutendo.mbeki@nhs.net' },
      mustRaise: none, traits: ['pharmacy_head_office', 'formal', 'on_behalf_of_another', 'non_nhs_domain'],
    },
  }));

  // 15 ── unlock for a dental nurse whose user name is not an email address
  out.push(compose({
    mailbox: MB, slug: 'unlock-dental-non-email-username',
    env: { from: { name: 'Meadowbank Dental Care', email: 'meadowbankdental.reception@nhs.net' }, subject: 'locked out', date: rfcDate('2026-11-16T08:31:14Z'), client: 'nhsmail-owa' },
    format: 'text',
    text: `Hello,

One of our dental nurses, Janet Reeves, has locked herself out of PCSE Online after putting the wrong password in too many times. She doesn't have her own email so her username is janetreeves@meadowbankdental

Practice: Meadowbank Dental Care, V065021

Can you unlock it please?

Thanks
Reception team
Meadowbank Dental Care

${NHSMAIL_FOOTER}
`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('V065021', 'dental_practice'),
      fields: { username: 'janetreeves@meadowbankdental' },
      mustRaise: none, traits: ['non_email_username', 'shared_mailbox', 'terse'],
    },
  }));

  // 16 ── reactivation for a federation's GPP user admin, with an internal reply quoted below
  out.push(compose({
    mailbox: MB, slug: 'reactivation-federation-admin-quoted-helpdesk',
    env: { from: { name: 'ASANTE, Kwame (RIVERBANK HEALTH FEDERATION)', email: 'kwame.asante@nhs.net' }, subject: 'FW: PCSE login - deactivated account', date: rfcDate('2026-11-16T11:02:47Z') },
    format: 'alt',
    blocks: [
      'Dear PCSE,',
      'Please could you reactivate my PCSE Online account? I am the GPP Practice User Administrator for Kingsgate Surgery (N82019), one of the Riverbank Health Federation practices. I have been on a six-month secondment and when I tried to log in today I got a message that my account has been deactivated.',
      'My username is kwame.asante@nhs.net.',
      'Our IT helpdesk\'s reply is below for reference.',
      'Many thanks,\nKwame',
      'Kwame Asante\nFinance and Workforce Lead\nRiverbank Health Federation',
      { quoteHeader: { from: 'Riverbank IT Helpdesk <riverbank.ithelpdesk@nhs.net>', sent: sentLine('2026-11-16T08:55:00Z'), to: 'ASANTE, Kwame (RIVERBANK HEALTH FEDERATION) <kwame.asante@nhs.net>', subject: 'RE: PCSE login' } },
      'Hi Kwame,',
      'PCSE Online accounts are deactivated when they are not used for a while. Normally the practice\'s user administrator would reactivate you, but as you are the user administrator yourself you will need to email PCSE directly at pcse.portalenquiries@nhs.net.',
      'Regards\nRiverbank IT Helpdesk',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('N82019', 'gp_practice'),
      fields: { username: 'kwame.asante@nhs.net' },
      mustRaise: none, traits: ['forward', 'quoted_outlook_header', 'federation'],
    },
  }));

  // 17 ── reactivation for an optical store's user admin, from head office
  out.push(compose({
    mailbox: MB, slug: 'reactivation-optical-store-admin-head-office',
    env: { from: LUMEN, cc: [{ name: 'Craig Pattinson', email: 'craig.pattinson@lumeneyecare.co.uk' }], subject: 'Reactivation request - Opto user admin - Lumen Eyecare Whitby (TPH21)', date: rfcDate('2026-11-17T14:14:09Z'), client: 'exchange-trust' },
    format: 'alt',
    blocks: [
      'Hello,',
      'The Opto User Management (Organisation) administrator at our Whitby practice (ODS TPH21), Craig Pattinson, has returned from parental leave to find his PCSE Online account has been deactivated because it had not been used. As he is the practice\'s user administrator, we understand only PCSE can reactivate it.',
      'His user name is craig.pattinson@lumeneyecare.co.uk. Craig is copied in.',
      'Thank you,',
      'Compliance Team\nLumen Eyecare Ltd | Support Office',
      { small: LUMEN_FOOTER },
    ],
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('TPH21', 'ophthalmic_practice'),
      fields: { username: 'craig.pattinson@lumeneyecare.co.uk' },
      mustRaise: none, traits: ['corporate_optical', 'on_behalf_of_another', 'non_nhs_domain'],
    },
  }));

  // 18 ── role removal for a leaver, federation workforce mailbox on behalf of an officer
  out.push(compose({
    mailbox: MB, slug: 'role-removal-leaver-federation-workforce',
    env: {
      from: { name: 'Severn Vale GP Federation - Workforce', email: 'severnvale.workforce@nhs.net' },
      sender: { name: 'HUGHES, Gareth (SEVERN VALE GP FEDERATION)', email: 'gareth.hughes31@nhs.net' },
      subject: 'Leaver - please remove PCSE Online roles', date: rfcDate('2026-11-18T09:26:33Z'),
    },
    format: 'alt',
    blocks: [
      'Hi,',
      'Martin Greaves, Finance Assistant at Bridge Street Surgery (L84017), left the practice on 31 October. Please could you remove the following roles from his PCSE Online account:',
      { list: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'GPP - Practice User Management'] },
      'His username is martin.greaves@nhs.net.',
      'He may still need access for his new job at another practice, so please only remove the Bridge Street roles.',
      'Thanks,',
      'Gareth Hughes\nWorkforce Officer\nSevern Vale GP Federation',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('L84017', 'gp_practice'),
      fields: { username: 'martin.greaves@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change', 'GPP - Practice User Management'] },
      mustRaise: none, traits: ['bullet_list', 'sent_on_behalf', 'federation'],
    },
  }));

  // 19 ── role removal from a pharmacy group, in a three-column table
  out.push(compose({
    mailbox: MB, slug: 'role-removal-pharmacy-table',
    env: { from: WELLFIELD, subject: 'Role removal - Wellfield Pharmacy Market Street FW388', date: rfcDate('2026-11-18T15:40:21Z'), client: 'exchange-trust' },
    format: 'html',
    blocks: [
      'Dear PCSE,',
      'Our dispenser Amelia Stone has transferred from Wellfield Pharmacy Market Street (FW388) to our Stanton Road branch. Please remove the following role from her account for Market Street only:',
      { table: [['User name', 'Role to remove', 'Organisation'], ['amelia.stone@nhs.net', 'Practice Order Entry Clerk', 'Wellfield Pharmacy Market Street (FW388)']], head: true },
      'She should keep her roles at Stanton Road (FJ624).',
      'Yours faithfully,',
      'Daniel Ferreira\nRegulatory & Compliance Officer\nWellfield Pharmacy Group Ltd',
      { small: WELLFIELD_FOOTER },
    ],
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('FW388', 'pharmacy'),
      fields: { username: 'amelia.stone@nhs.net', roles: ['Practice Order Entry Clerk'] },
      mustRaise: none, traits: ['html_only', 'outlook_table', 'pharmacy_head_office', 'second_ods_code', 'non_nhs_domain'],
    },
  }));

  // 20 ── practice email update sent to the wrong mailbox
  out.push(compose({
    mailbox: MB, slug: 'practice-email-update-misdirected',
    env: { from: HARBOURSIDE_SHARED, sender: KEIRA, subject: 'Update practice email address - Marina View Surgery', date: rfcDate('2026-11-19T10:08:58Z') },
    format: 'alt',
    blocks: [
      'Hello,',
      'As part of moving all our sites onto Harbourside-branded shared mailboxes, please update the practice email address for the practice below.',
      { table: [
        ['Practice name', 'Marina View Surgery'],
        ['Practice code', 'K83622'],
        ['Current practice email address', 'marinaview.surgery@nhs.net'],
        ['New practice email address', 'harbourside.marinaview@nhs.net'],
      ] },
      'The new mailbox is a shared NHSmail mailbox monitored by the practice reception team.',
      'Thanks\nKeira',
      'Keira Dunmore\nCorporate Administrator\nHarbourside Health Partnership',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('K83622', 'gp_practice'),
      fields: { currentEmail: 'marinaview.surgery@nhs.net', newEmail: 'harbourside.marinaview@nhs.net' },
      mustRaise: none, traits: ['misdirected', 'outlook_table', 'sent_on_behalf', 'super_partnership'],
    },
  }));

  // 21 ── OE additional permissions sent to the wrong mailbox
  out.push(compose({
    mailbox: MB, slug: 'oe-permissions-misdirected',
    env: { from: { name: 'Dr Adaeze Nwosu', email: 'adaeze.nwosu@nhs.net' }, subject: 'Open Exeter access for practice nurse', date: rfcDate('2026-11-19T13:33:41Z') },
    format: 'alt',
    blocks: [
      'Dear PCSE,',
      'I am a GP Partner at Castle Mead Surgery (C82104). Our practice nurse, Bethany Cole, already has an Open Exeter account (user ID CM104BC) but cannot see the prior notification lists. Please could you add the following permissions to her account:',
      { list: ['Prior Notification List - view', 'Prior Notification List - amend'] },
      'Her email address is bethany.cole7@nhs.net.',
      'Kind regards,',
      'Dr Adaeze Nwosu\nGP Partner\nCastle Mead Surgery',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('C82104', 'gp_practice'),
      fields: {
        user: { ...person('Bethany Cole', 'bethany.cole7@nhs.net'), username: 'CM104BC' },
        permissions: ['Prior Notification List - view', 'Prior Notification List - amend'],
        signatory: { ...person('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: none, traits: ['misdirected', 'bullet_list'],
    },
  }));

  // 22 ── a genuine question (no request)
  out.push(compose({
    mailbox: MB, slug: 'question-gpp-admins-across-federation',
    env: { from: { name: 'Peter Okonkwo', email: 'peter.okonkwo@nhs.net' }, subject: 'Query - GPP user administrators across a federation', date: rfcDate('2026-11-20T09:00:12Z') },
    format: 'alt',
    blocks: [
      'Good morning,',
      'We are a federation of nine practices and are reviewing who has access to PCSE Online at each site. Could you clarify two things for us:',
      { list: [
        'Does the limit of four GPP Practice User Administrators apply per practice ODS code, or across the federation as a whole?',
        'Can one person (for example our finance lead) be a GPP user administrator for all nine practices on one account, or would they need a separate account for each practice?',
      ] },
      'We are not asking for any changes yet - we just want to get our policy right before we send in any nominations.',
      'Many thanks,',
      'Peter Okonkwo\nOperations Director\nNorthgate Federation',
      { small: NHSMAIL_FOOTER },
    ],
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['question', 'federation'] },
  }));

  // 23 ── a meeting invitation (text/calendar)
  {
    const id = `${MB}/ics`;
    const ics = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
      'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'ORGANIZER;CN=NHS Pennine Vale ICB - Primary Care Digital:mailto:pennine.primarycaredigital@nhs.net',
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=PCSE Portal Enquiries:mailto:pcse.portalenquiries@nhs.net',
      'DESCRIPTION;LANGUAGE=en-GB:Drop-in session for practice managers on PCSE Online user administrators\\, main contacts and Open Exeter Primary Users. PCSE colleagues are welcome to attend to answer questions.\\n',
      'UID:040000008200E00074C5B7101A82E008000000' + hex(id, 32).toUpperCase(),
      'SUMMARY;LANGUAGE=en-GB:PCSE Online and Open Exeter user management drop-in for practice managers',
      'DTSTART;TZID=GMT Standard Time:20261208T123000', 'DTEND;TZID=GMT Standard Time:20261208T133000',
      'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20261120T113500Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting',
      'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const text = `Drop-in session for practice managers on PCSE Online user administrators, main contacts and Open Exeter Primary Users. PCSE colleagues are welcome to attend to answer questions.

When: Tuesday, 8 December 2026 12:30-13:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_${hex(id, 24)}%40thread.v2/0>
Meeting ID: 372 118 904 551
Passcode: Kq7xP2
________________________________________________________________________________
`;
    const html = outlookShell(`<p class="MsoNormal">Drop-in session for practice managers on PCSE Online user administrators, main contacts and Open Exeter Primary Users. PCSE colleagues are welcome to attend to answer questions.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<div><p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span><o:p></o:p></p>
<p class="MsoNormal"><b><span style="font-size:18.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#252424">Microsoft Teams meeting</span></b><o:p></o:p></p>
<p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_${hex(id, 24)}%40thread.v2/0">Click here to join the meeting</a><o:p></o:p></p>
<p class="MsoNormal">Meeting ID: 372 118 904 551<br>Passcode: Kq7xP2<o:p></o:p></p></div>`);
    const root = multipart('alternative', `_000_${hex(`${id}b`, 24).toUpperCase()}_`, [textPart(text), htmlPart(html), calendarPart(ics)]);
    out.push(compose({
      mailbox: MB, slug: 'meeting-invitation-drop-in',
      env: {
        from: { name: 'NHS Pennine Vale ICB - Primary Care Digital', email: 'pennine.primarycaredigital@nhs.net' },
        to: [PCSE.portalenquiries, { name: 'Pennine Vale Practice Managers', email: 'pennine.practicemanagers@nhs.net' }],
        subject: 'PCSE Online and Open Exeter user management drop-in for practice managers', date: rfcDate('2026-11-20T11:35:00Z'),
        extra: ['Content-class: urn:content-classes:calendarmessage', 'X-MS-Exchange-Calendar-Series-Instance-Id: ' + b64(hex(`${id}s`, 24)).trim(), 'X-MS-TNEF-Correlator: '],
      },
      format: 'alt', root,
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['meeting_invitation', 'text_calendar'] },
    }));
  }

  // 24 ── out-of-office reply to PCSE's acknowledgement
  out.push(compose({
    mailbox: MB, slug: 'auto-reply-out-of-office',
    env: {
      from: { name: 'ADEYEMI, Folasade (WESTGATE MEDICAL GROUP)', email: 'folasade.adeyemi@nhs.net' },
      subject: 'Automatic reply: PCSE-2026-117733 Additional PL Organisation Administrator - Westgate Medical Group P92644', date: rfcDate('2026-11-20T16:02:11Z'),
      extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: folasade.adeyemi@nhs.net'],
      inReplyTo: '<PCSE-2026-117733.2@pcse.england.nhs.uk>',
    },
    format: 'alt',
    blocks: [
      'Thank you for your email.',
      'I am on annual leave until Monday 23 November 2026 and will not be checking my emails. For urgent practice matters please contact westgate.admin@nhs.net or call the practice on 0161 496 0730.',
      'Kind regards\nFolasade Adeyemi\nBusiness Manager, Westgate Medical Group',
    ],
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: none, traits: ['out_of_office', 'case_ref'] },
  }));

  // 25 ── a chaser on an existing case
  out.push(compose({
    mailbox: MB, slug: 'chaser-with-reference',
    env: {
      from: { name: 'Ravi Chandarana', email: 'ravi.chandarana@nhs.net' },
      subject: 'RE: PCSE-2026-116920 Several queries - Elmtree Surgery C82077', date: rfcDate('2026-11-24T10:44:39Z'),
      inReplyTo: '<PCSE-2026-116920.1@pcse.england.nhs.uk>',
    },
    format: 'alt',
    blocks: [
      'Hi,',
      'Just chasing point 2 of my email below (the Main Contact change for Elmtree Surgery) as Leanne still cannot see the Supplies menu. Is there an update?',
      'Thanks,\nRavi',
      { quoteHeader: { from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: sentLine('2026-11-10T16:01:00Z'), to: 'Ravi Chandarana <ravi.chandarana@nhs.net>', subject: 'PCSE-2026-116920 Several queries - Elmtree Surgery C82077' } },
      'Thank you for contacting PCSE. Your enquiry has been logged with reference PCSE-2026-116920. Please quote this reference in any further correspondence.',
      { small: NHSMAIL_FOOTER },
    ],
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['chaser', 'case_ref', 'thread'] },
  }));

  // 26 ── an ICB newsletter that mentions PCSE Online
  {
    const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Primary Care Bulletin</title></head>
<body style="margin:0;background:#f0f4f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f4f5"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#005eb8;color:#ffffff;padding:18px 24px;font-size:22px;font-weight:bold">Primary Care Bulletin &ndash; Issue 47, 23 November 2026</td></tr>
<tr><td style="padding:18px 24px;font-size:14px;color:#212b32">
<h2 style="font-size:18px;color:#005eb8">Flu and COVID-19 vaccination uptake</h2>
<p>Thank you to every practice for a strong start to the autumn programme. Uptake in the over-65s is 71% across Pennine Vale.</p>
<h2 style="font-size:18px;color:#005eb8">PCSE Online: check your user administrators</h2>
<p>PCSE Online accounts that are not used are deactivated. Please check that each practice has at least two active GPP Practice User Administrators and a current Main Contact. If your only user administrator has left, email pcse.portalenquiries@nhs.net with the certification form.</p>
<h2 style="font-size:18px;color:#005eb8">Open Exeter Primary Users</h2>
<p>We recommend two Open Exeter Primary Users per practice so that password resets can be done locally.</p>
<h2 style="font-size:18px;color:#005eb8">Dates for your diary</h2>
<p>Practice managers&rsquo; forum: Thursday 10 December, 13:00, Teams.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#4c6272">You are receiving this bulletin because you are on the NHS Pennine Vale ICB primary care distribution list. <a href="https://bulletins.penninevale-icb.nhs.uk/unsubscribe?u=${hex('unsub', 16)}">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
`;
    out.push(compose({
      mailbox: MB, slug: 'newsletter-icb-bulletin',
      env: {
        from: { name: 'NHS Pennine Vale ICB Primary Care Bulletin', email: 'penninevale.bulletin@nhs.net' },
        to: [{ name: 'Primary Care Bulletin distribution', email: 'penninevale.bulletin@nhs.net' }],
        subject: 'Primary Care Bulletin - Issue 47', date: rfcDate('2026-11-23T07:00:00Z'),
        extra: ['Precedence: bulk', `List-Unsubscribe: <https://bulletins.penninevale-icb.nhs.uk/unsubscribe?u=${hex('unsub', 16)}>`, 'List-Id: Primary Care Bulletin <bulletin.penninevale-icb.nhs.uk>'],
      },
      format: 'html', html, htmlCte: 'base64',
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['newsletter', 'html_only', 'mentions_pcse_online'] },
    }));
  }

  return out;
}
