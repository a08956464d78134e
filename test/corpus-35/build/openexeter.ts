// The openexeter mailbox: Primary User forms in every shape, permissions, Open Exeter notifications, threads.
import { P, PCSE, S, exp, mid, org, type Item } from './common.js';
import { oeForm, raForm, type OeValues } from './forms.js';
import { NHSMAIL_FOOTER, PCSE_FOOTER, html, htmlDoc, htmlToText, message, pdf, text } from './lib.js';
import { scanPdf, vectorPdf } from './pdfs.js';

const MB = 'openexeter' as const;
const TO = [PCSE.oe];

function oe(v: Partial<OeValues> & Pick<OeValues, 'form' | 'seed'>): OeValues {
  return {
    orgName: null, orgType: null, orgCode: null, orgAddress: null, orgPhone: null,
    nomTitle: null, nomForename: null, nomSurname: null, nomRole: null, nomEmail: null, nomPhone: null,
    capacity: null, sigName: null, sigJobTitle: null, sigEmail: null, signed: true, sigDate: null,
    ...v,
  };
}

const WORD_META = (title: string, date: string, author: string) => ({ title, author, creator: 'Microsoft\u00ae Word for Microsoft 365', producer: 'Microsoft\u00ae Word for Microsoft 365', date });
const ACRO_META = (title: string, date: string) => ({ title, creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432', date });

export async function openexeter(): Promise<Item[]> {
  const items: Item[] = [];
  const add = (slug: string, eml: Buffer, expected: Item['expected'], pdfs?: Item['pdfs']) => items.push({ mailbox: MB, slug, eml, expected, pdfs });

  // 001 ---------------------------------------------------------------- the form is the whole request
  {
    const v = oe({
      form: 'gp', seed: 101, fieldNames: 'descriptive',
      orgName: 'Hollybush Surgery', orgCode: 'M85023', orgAddress: '221 Stratford Road, Shirley, Solihull B90 3AQ', orgPhone: '0121 496 0580',
      nomTitle: 'Ms', nomForename: 'Thandiwe', nomSurname: 'Mokoena', nomRole: 'Assistant Practice Manager', nomEmail: 'thandiwe.mokoena@nhs.net', nomPhone: '0121 496 0584',
      capacity: 1, sigName: 'Dr Tomasz Kowalczyk', sigJobTitle: 'GP Partner', sigEmail: 't.kowalczyk@nhs.net', sigDate: '02/11/2026',
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'acro', meta: ACRO_META('OE-PU1 Primary User request - GP', '2026-11-02T08:40:00Z'), seed: 1101 });
    const eml = message({
      profile: 'outlook', from: { name: 'RECEPTION, Hollybush Surgery (NHS BIRMINGHAM AND SOLIHULL ICB - M85023)', email: 'hollybush.reception@nhs.net' }, to: TO,
      subject: 'OE', date: '2026-11-02T09:03:11Z', id: mid('outlook', 101),
      body: { multipart: 'mixed', boundary: '_004_LO4P265MB0101OE_', parts: [text(`attached\n${NHSMAIL_FOOTER}`), pdf('OE PU form.pdf', bytes)] },
    });
    add('001-gp-acroform-body-says-nothing', eml, exp(MB, 'open_exeter_primary_user_request', org('M85023', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Thandiwe Mokoena', 'thandiwe.mokoena@nhs.net'), signatory: S('Tomasz Kowalczyk', 't.kowalczyk@nhs.net', 'gp_partner'),
    }, [], ['pdf_acroform', 'body_says_nothing', 'shared_mailbox_sender', 'two_page_form']), [{ name: 'OE PU form.pdf', kind: 'fillable', pages: 2, note: 'Open Exeter GP form, descriptive field names, GP Partner ticked, drawn signature' }]);
  }

  // 002 ---------------------------------------------------------------- other organisation, flat, trust code
  {
    const v = oe({
      form: 'other', seed: 102,
      orgName: "Colposcopy Unit, St Aldhelm's Hospital", orgType: 'NHS Foundation Trust - hospital colposcopy clinic', orgCode: 'RX9', orgAddress: "St Aldhelm's Hospital, Odstock Lane, Sarum SP2 8QL", orgPhone: '01722 496 200',
      nomTitle: 'Mrs', nomForename: 'Precious', nomSurname: 'Mutasa', nomRole: 'Colposcopy Services Manager', nomEmail: 'precious.mutasa@nhs.net', nomPhone: '01722 496 231',
      capacity: 0, sigName: "Dr Bernadette O'Callaghan", sigJobTitle: 'Deputy Chief Medical Officer', sigEmail: 'bernadette.ocallaghan@nhs.net', sigDate: '04/11/2026',
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'flat', font: 'times', underlines: true, meta: WORD_META('Open Exeter Primary User application', '2026-11-04T11:20:00Z', 'OCALLAGHAN, Bernadette'), seed: 1102 });
    const body = `Dear Open Exeter team,

Please find attached our application for an additional Primary User for the colposcopy service at St Aldhelm's Hospital. Our existing Primary User, Glenys Pritchard, retires at the end of December and Precious will take over from her.

I have signed the form as the Trust's Caldicott Guardian.

Kind regards

Bernadette O'Callaghan
Caldicott Guardian and Deputy Chief Medical Officer
Wessex Vale NHS Foundation Trust
01722 496 114
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: "O'CALLAGHAN, Bernadette (WESSEX VALE NHS FOUNDATION TRUST)", email: 'bernadette.ocallaghan@nhs.net' }, to: TO,
      subject: "Open Exeter Primary User application \u2013 Colposcopy, St Aldhelm's Hospital", date: '2026-11-04T11:37:52Z', id: mid('outlook', 102),
      body: { multipart: 'mixed', boundary: '_005_DB9P191MB0102C0LP_', parts: [text(body), pdf('Primary User application - Colposcopy.pdf', bytes)] },
    });
    add('002-other-org-flat-caldicott-trust-code', eml, exp(MB, 'open_exeter_primary_user_request', org('RX9', 'other'), {
      organisationKind: 'other', nominee: P('Precious Mutasa', 'precious.mutasa@nhs.net'), signatory: S("Bernadette O'Callaghan", 'bernadette.ocallaghan@nhs.net', 'caldicott_guardian'),
    }, ['ods_invalid'], ['pdf_flat', 'other_organisation', 'apostrophe_name', 'third_person_named', 'guidance_page_lists_roles']), [{ name: 'Primary User application - Colposcopy.pdf', kind: 'flat', pages: 2, note: 'Open Exeter other-organisations form, Times, word-processor underlines, trust code' }]);
  }

  // 003 ---------------------------------------------------------------- phone photo, nominee and signatory share a surname
  {
    const v = oe({
      form: 'gp', seed: 103,
      orgName: 'Brackenfield Medical Practice', orgCode: 'C82044', orgAddress: '14 Mill Lane, Brackenfield, Leicester LE7 2QP', orgPhone: '0116 496 0321',
      nomTitle: 'Mrs', nomForename: 'Chidinma', nomSurname: 'Okafor', nomRole: 'Practice Manager', nomEmail: 'chidinma.okafor1@nhs.net', nomPhone: '0116 496 0330',
      capacity: 0, sigName: 'Dr Adaeze Okafor', sigJobTitle: 'Lead GP / Senior Partner', sigEmail: 'adaeze.okafor@nhs.net', sigDate: '09/11/2026',
    });
    const pages = oeForm(v);
    const bytes = await scanPdf({ style: 'phone', pages: [{ els: pages[0]!, values: 'typed' }], meta: { title: 'Scanned Document', creator: 'Notes', producer: 'iOS Version 18.1 (Build 22B91) Quartz PDFContext', date: '2026-11-09T17:48:00Z' }, seed: 1103 });
    const eml = message({
      profile: 'iphone', from: { name: 'Adaeze Okafor', email: 'adaeze.okafor@nhs.net' }, to: [{ email: 'pcse.openexeter@nhs.net' }],
      subject: 'Primary user form', date: '2026-11-09T17:52:40Z', id: mid('iphone', 103),
      body: {
        multipart: 'mixed', boundary: 'Apple-Mail-8E3C1F0B-2D6A-4B7E-9C51-0103A1E2B3C4', parts: [
          text('Hi\n\nPhoto of the signed form attached - our scanner is down again, sorry. Chidinma is our new practice manager and will be looking after Open Exeter for us.\n\nAda\n', 'us-ascii', '7bit'),
          pdf('Scanned Document.pdf', bytes),
          text('\nDr A Okafor\nBrackenfield Medical Practice\n\nSent from my iPhone', 'us-ascii', '7bit'),
        ],
      },
    });
    add('003-scan-phone-photo-same-surname', eml, exp(MB, 'open_exeter_primary_user_request', org('C82044', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Chidinma Okafor', 'chidinma.okafor1@nhs.net'), signatory: S('Adaeze Okafor', 'adaeze.okafor@nhs.net', 'lead_gp'),
    }, [], ['pdf_scan', 'phone_photo', 'perspective', 'nominee_signatory_confusable', 'iphone', 'text_after_attachment']), [{ name: 'Scanned Document.pdf', kind: 'scan', pages: 1, note: 'phone photo of a typed GP form on a desk: perspective, uneven light, colour' }]);
  }

  // 004 ---------------------------------------------------------------- faint photocopy of the other-organisation form, both pages
  {
    const v = oe({
      form: 'other', seed: 104,
      orgName: 'Harbourside Sexual Health Service', orgType: 'Community sexual health clinic', orgCode: null, orgAddress: 'Harbourside Health Centre, Quay Street, Portsmouth PO1 3HX', orgPhone: '023 9249 6410',
      nomTitle: 'Ms', nomForename: 'Aoife', nomSurname: 'N\u00ed Dhomhnaill', nomRole: 'Clinic Coordinator', nomEmail: 'aoife.nidhomhnaill@nhs.net', nomPhone: '023 9249 6417',
      capacity: 1, sigName: 'Dimitrios Papadakis', sigJobTitle: 'Director of Nursing (Executive Board member)', sigEmail: 'dimitrios.papadakis@nhs.net', sigDate: '10/11/2026',
    });
    const pages = oeForm(v);
    const bytes = await scanPdf({ style: 'faint', pages: [{ els: pages[0]!, values: 'typed' }, { els: pages[1]!, values: 'typed' }], meta: { title: 'SCAN0042', creator: 'KONICA MINOLTA bizhub C300i', producer: 'KONICA MINOLTA bizhub C300i', date: '2026-11-11T14:05:00Z' }, seed: 1104 });
    const body = `Good afternoon,

Please find attached the signed application for a Primary User for Harbourside Sexual Health Service. Apologies for the quality, it is a copy of the signed original which is held in our office.

Many thanks
Admin Team
Harbourside Sexual Health Service
Solent Coast Community Healthcare NHS Trust
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'HARBOURSIDE SEXUAL HEALTH, Admin (SOLENT COAST COMMUNITY HEALTHCARE NHS TRUST)', email: 'solentcoast.harboursideshs@nhs.net' }, to: TO,
      subject: 'Signed Primary User application form', date: '2026-11-11T14:21:09Z', id: mid('outlook', 104),
      body: { multipart: 'mixed', boundary: '_006_AM0P191MB0104SHS_', parts: [text(body), pdf('SCAN0042.pdf', bytes)] },
    });
    add('004-scan-faint-photocopy-other-org', eml, exp(MB, 'open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: P('Aoife N\u00ed Dhomhnaill', 'aoife.nidhomhnaill@nhs.net'), signatory: S('Dimitrios Papadakis', 'dimitrios.papadakis@nhs.net', 'board_member'),
    }, [], ['pdf_scan', 'faint_photocopy', 'two_page_scan', 'guidance_page_lists_roles', 'other_organisation', 'non_ascii_name', 'shared_mailbox_sender']), [{ name: 'SCAN0042.pdf', kind: 'scan', pages: 2, note: 'faint photocopy of the other-organisations form, both pages, copier-lid shadow and streaks' }]);
  }

  // 005 ---------------------------------------------------------------- practice manager signs; blank reverse side scanned
  {
    const v = oe({
      form: 'gp', seed: 105,
      orgName: 'Eastgate Surgery', orgCode: 'J82177', orgAddress: '3 Eastgate Street, Winchester SO23 8DZ', orgPhone: '01962 496 077',
      nomTitle: 'Mr', nomForename: 'Kwabena', nomSurname: 'Asante-Darko', nomRole: 'Reception Manager', nomEmail: 'kwabena.asante-darko@nhs.net', nomPhone: '01962 496 070',
      capacity: null, sigName: 'Lorraine Whitcombe', sigJobTitle: 'Practice Manager', sigEmail: 'lorraine.whitcombe@nhs.net', sigDate: '12/11/26',
    });
    const pages = oeForm(v);
    const bytes = await scanPdf({ style: 'mfd', pages: [{ els: pages[0]!, values: 'hand' }, { els: [], values: 'typed', blank: true }], meta: { title: 'Scan_20261112_101544', creator: 'Canon iR-ADV C5535', producer: 'Canon iR-ADV C5535 PDF', date: '2026-11-12T10:15:44Z' }, seed: 1105 });
    const body = `Hello,

Please can Kwabena be set up as a primary user on Open Exeter? Our previous primary user left in the summer and nobody here has Organisation Maintenance now. The form is attached, signed by me as practice manager.

Thanks
Lorraine Whitcombe
Practice Manager
Eastgate Surgery
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'WHITCOMBE, Lorraine (EASTGATE SURGERY)', email: 'lorraine.whitcombe@nhs.net' }, to: TO,
      subject: 'Open Exeter primary user - Eastgate Surgery J82177', date: '2026-11-12T10:31:18Z', id: mid('outlook', 105),
      body: { multipart: 'mixed', boundary: '_007_LO2P265MB0105EGS_', parts: [text(body), pdf('Scan_20261112_101544.pdf', bytes)] },
    });
    add('005-scan-blank-back-practice-manager-signs', eml, exp(MB, 'open_exeter_primary_user_request', org('J82177', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Kwabena Asante-Darko', 'kwabena.asante-darko@nhs.net'), signatory: S('Lorraine Whitcombe', 'lorraine.whitcombe@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['pdf_scan', 'handwritten_values', 'blank_second_page', 'no_capacity_ticked', 'hyphenated_name']), [{ name: 'Scan_20261112_101544.pdf', kind: 'scan', pages: 2, note: 'GP form filled in pen, no capacity ticked (practice manager); page 2 the blank reverse side with show-through' }]);
  }

  // 006 ---------------------------------------------------------------- hand-printed block capitals, Caldicott Guardian
  {
    const v = oe({
      form: 'gp', seed: 106,
      orgName: 'Castle Mead Health Centre', orgCode: 'L83107', orgAddress: 'Castle Mead, Taunton TA1 4QS', orgPhone: '01823 496 500',
      nomTitle: 'Mr', nomForename: 'Se\u00e1n', nomSurname: '\u00d3 Briain', nomRole: 'IT & Data Lead', nomEmail: 'sean.obriain@nhs.net', nomPhone: '01823 496 512',
      capacity: 2, sigName: 'Dr Priya Ramaswamy', sigJobTitle: 'GP / Caldicott Guardian', sigEmail: 'priya.ramaswamy@nhs.net', sigDate: '13/11/2026',
    });
    const pages = oeForm(v);
    const bytes = await scanPdf({ style: 'mfd', pages: [{ els: pages[0]!, values: 'block' }], meta: { title: 'doc01844520261113', creator: 'RICOH IM C3000', producer: 'RICOH IM C3000', date: '2026-11-13T12:02:00Z' }, seed: 1106, quality: 62 });
    const eml = message({
      profile: 'outlook', from: { name: 'CASTLE MEAD HEALTH CENTRE (L83107)', email: 'castlemead.hc@nhs.net' }, to: TO,
      subject: 'Open Exeter - primary user request', date: '2026-11-13T12:09:30Z', id: mid('outlook', 106),
      body: { multipart: 'mixed', boundary: '_008_CWXP265MB0106CMH_', parts: [text(`Hi, form attached. Thanks, Reception\n${NHSMAIL_FOOTER}`), pdf('doc01844520261113.pdf', bytes)] },
    });
    add('006-scan-block-capitals-caldicott', eml, exp(MB, 'open_exeter_primary_user_request', org('L83107', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Se\u00e1n \u00d3 Briain', 'sean.obriain@nhs.net'), signatory: S('Priya Ramaswamy', 'priya.ramaswamy@nhs.net', 'caldicott_guardian'),
    }, [], ['pdf_scan', 'block_capitals', 'non_ascii_name', 'terse', 'shared_mailbox_sender']), [{ name: 'doc01844520261113.pdf', kind: 'scan', pages: 1, note: 'GP form hand-printed in block capitals (accented Irish name), hand tick, low JPEG quality' }]);
  }

  // 007 ---------------------------------------------------------------- two-page scan, page 2 a different form naming a GP partner
  {
    const v = oe({
      form: 'gp', seed: 107,
      orgName: 'The Willows Practice', orgCode: 'B86092', orgAddress: '18 Town Street, Horsforth, Leeds LS18 4RJ', orgPhone: '0113 496 0440',
      nomTitle: 'Mr', nomForename: 'Obinna', nomSurname: 'Nwachukwu', nomRole: 'Operations Manager', nomEmail: 'obinna.nwachukwu@nhs.net', nomPhone: '0113 496 0447',
      capacity: 3, sigName: 'Marguerite Achterberg', sigJobTitle: 'Business Manager', sigEmail: 'm.achterberg@nhs.net', sigDate: '16/11/2026',
    });
    const ra = raForm({ applicant: 'Halima Yusuf', position: 'Healthcare Assistant', org: 'The Willows Practice', orgCode: 'B86092', sponsor: 'Dr Jonathan Pike', sponsorRole: 'GP Partner', roles: 'Clinical - HCA (R8003)\nSCR viewer', seed: 2107 });
    const bytes = await scanPdf({ style: 'mfd', pages: [{ els: oeForm(v)[0]!, values: 'typed' }, { els: ra[0]!, values: 'hand' }], meta: { title: 'Willows scan 16-11', creator: 'Xerox AltaLink C8145', producer: 'Xerox AltaLink C8145', date: '2026-11-16T09:12:00Z' }, seed: 1107 });
    const body = `Dear PCSE,

I attach a Primary User request for Obinna Nwachukwu, who joins us as Operations Manager. I am currently the Primary Contact for the practice on Open Exeter and have signed the form in that capacity. We would like Obinna to be our second primary user.

Kind regards
Marguerite Achterberg
Business Manager
The Willows Practice, Horsforth
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'ACHTERBERG, Marguerite (THE WILLOWS PRACTICE)', email: 'm.achterberg@nhs.net' }, to: TO,
      subject: 'Primary User request - The Willows Practice', date: '2026-11-16T09:26:02Z', id: mid('outlook', 107),
      body: { multipart: 'mixed', boundary: '_009_LO6P265MB0107TWP_', parts: [text(body), pdf('Willows scan 16-11.pdf', bytes)] },
    });
    add('007-scan-second-page-other-form', eml, exp(MB, 'open_exeter_primary_user_request', org('B86092', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Obinna Nwachukwu', 'obinna.nwachukwu@nhs.net'), signatory: S('Marguerite Achterberg', 'm.achterberg@nhs.net', 'existing_primary_contact'),
    }, [], ['pdf_scan', 'two_page_scan', 'second_page_different_form', 'decoy_gp_partner', 'job_title_differs_from_capacity']), [{ name: 'Willows scan 16-11.pdf', kind: 'scan', pages: 2, note: 'typed GP form (Existing Primary Contact ticked); page 2 an unrelated smartcard form filled in pen naming a GP partner as sponsor' }]);
  }

  // 008 ---------------------------------------------------------------- fillable, everything but the signature; windows-1252
  {
    const v = oe({
      form: 'gp', seed: 108, fieldNames: 'generic',
      orgName: 'Meadowside Family Practice', orgCode: 'E85641', orgAddress: '2 Meadowside Road, Harrow HA2 0QE', orgPhone: '020 8496 0719',
      nomTitle: 'Ms', nomForename: 'Zs\u00f3fia', nomSurname: 'Kov\u00e1cs', nomRole: 'Patient Services Lead', nomEmail: 'zsofia.kovacs@nhs.net', nomPhone: '020 8496 0725',
      capacity: 1, sigName: 'Dr Farhan Qureshi', sigJobTitle: 'GP Partner', sigEmail: 'farhan.qureshi@nhs.net', signed: false, sigDate: null,
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'acro', meta: ACRO_META('OE-PU1', '2026-11-13T15:00:00Z'), seed: 1108 });
    const body = `Hi there,

Attached is the Primary User form for me for Meadowside Family Practice. Dr Qureshi is away until Monday 16th so it has not been signed yet \u2013 I was hoping you could start the process and he will sign when back?

K\u00f6sz\u00f6n\u00f6m / thank you,
Zs\u00f3fia Kov\u00e1cs
Patient Services Lead
Meadowside Family Practice
`;
    const eml = message({
      profile: 'outlook', from: { name: 'Zs\u00f3fia Kov\u00e1cs', email: 'zsofia.kovacs@nhs.net', charset: 'windows-1252' }, to: TO,
      subject: 'Open Exeter Primary User form \u2013 Meadowside Family Practice', subjectCharset: 'windows-1252', date: '2026-11-13T15:12:45Z', id: mid('outlook', 108),
      body: { multipart: 'mixed', boundary: '_010_LO3P265MB0108MFP_', parts: [text(body + NHSMAIL_FOOTER, 'windows-1252', 'quoted-printable'), pdf('OE-PU1 Kovacs.pdf', bytes)] },
    });
    add('008-acroform-unsigned-cp1252', eml, exp(MB, 'open_exeter_primary_user_request', org('E85641', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Zs\u00f3fia Kov\u00e1cs', 'zsofia.kovacs@nhs.net'), signatory: S('Farhan Qureshi', 'farhan.qureshi@nhs.net', 'gp_partner'),
    }, ['missing_signature'], ['pdf_acroform', 'generic_field_names', 'signature_empty', 'windows_1252', 'nominee_is_sender', 'non_ascii_name']), [{ name: 'OE-PU1 Kovacs.pdf', kind: 'fillable', pages: 2, note: 'Open Exeter GP form, fields Text1..Text14 and Check Box1..5, signature box and date empty' }]);
  }

  // 009 ---------------------------------------------------------------- flat, partly filled: no nominee address
  {
    const v = oe({
      form: 'gp', seed: 109,
      orgName: 'Riverbank Medical Centre', orgCode: 'N81033', orgAddress: 'Riverbank, Northwich CW9 5AR', orgPhone: '01606 496 380',
      nomTitle: 'Mr', nomForename: 'Rui', nomSurname: 'Gon\u00e7alves', nomRole: 'Senior Receptionist', nomEmail: null, nomPhone: null,
      capacity: 3, sigName: 'Hye-jin Park', sigJobTitle: 'Practice Manager (Primary Contact)', sigEmail: 'hyejin.park@nhs.net', sigDate: '17/11/2026',
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'flat', meta: { title: 'OE-PU1', creator: 'Microsoft Print to PDF', producer: 'Microsoft: Print To PDF', date: '2026-11-17T10:10:00Z' }, seed: 1109 });
    const eml = message({
      profile: 'outlook', from: { name: 'RIVERBANK MEDICAL CENTRE', email: 'riverbank.mc@nhs.net' }, to: TO,
      subject: 'Form', date: '2026-11-17T10:14:27Z', id: mid('outlook', 109),
      body: { multipart: 'mixed', boundary: '_011_LO4P265MB0109RMC_', parts: [text(`Please find attached.\n\nRiverbank Medical Centre\n${NHSMAIL_FOOTER}`), pdf('Form.pdf', bytes)] },
    });
    add('009-flat-partly-filled-no-nominee-email', eml, exp(MB, 'open_exeter_primary_user_request', org('N81033', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Rui Gon\u00e7alves', null), signatory: S('Hye-jin Park', 'hyejin.park@nhs.net', 'existing_primary_contact'),
    }, [], ['pdf_flat', 'partly_filled', 'missing_value', 'body_says_nothing', 'job_title_differs_from_capacity', 'non_ascii_name']), [{ name: 'Form.pdf', kind: 'flat', pages: 2, note: 'Open Exeter GP form printed to PDF, nominee email and phone blank' }]);
  }

  // 010 ---------------------------------------------------------------- PCN hub, fillable other-org form, clinical director signs
  {
    const v = oe({
      form: 'other', seed: 110, fieldNames: 'designer',
      orgName: 'Northfields & Vale PCN - Enhanced Access Hub', orgType: 'Primary Care Network', orgCode: 'U49381', orgAddress: 'Northfields Health Centre, 2 Vale Road, Northampton NN3 8GD', orgPhone: '01604 496 900',
      nomTitle: 'Mrs', nomForename: 'Gurpreet Kaur', nomSurname: 'Sandhu', nomRole: 'Hub Coordinator', nomEmail: 'gurpreet.sandhu2@nhs.net', nomPhone: '01604 496 913',
      capacity: null, sigName: 'Dr Venkatesh Raghunathan', sigJobTitle: 'Clinical Director, Northfields & Vale PCN', sigEmail: 'venkatesh.raghunathan@nhs.net', sigDate: '18/11/2026',
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'acro', meta: { title: 'OE-PU2', creator: 'Adobe LiveCycle Designer 11.0', producer: 'Adobe XML Form Module Library', date: '2026-11-18T16:30:00Z' }, seed: 1110 });
    const body = `Dear Sir/Madam,

Our PCN is running cervical screening clinics at the enhanced access hub from January and our hub coordinator needs Open Exeter Primary User access for the hub. Please find attached the completed form, which I have signed as Clinical Director of the PCN.

Kindly process at the earliest.

Regards,
Dr Venkatesh Raghunathan
Clinical Director
Northfields & Vale Primary Care Network (U49381)
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'RAGHUNATHAN, Venkatesh (Dr) (NORTHFIELDS & VALE PCN)', email: 'venkatesh.raghunathan@nhs.net' }, to: TO,
      subject: 'Open Exeter access for our PCN enhanced access hub', date: '2026-11-18T16:44:03Z', id: mid('outlook', 110),
      body: { multipart: 'mixed', boundary: '_012_LO7P265MB0110NVP_', parts: [text(body), pdf('OE-PU2 Northfields Vale hub.pdf', bytes)] },
    });
    add('010-pcn-acroform-clinical-director-signs', eml, exp(MB, 'open_exeter_primary_user_request', org('U49381', 'pcn'), {
      organisationKind: 'other', nominee: P('Gurpreet Kaur Sandhu', 'gurpreet.sandhu2@nhs.net'), signatory: S('Venkatesh Raghunathan', 'venkatesh.raghunathan@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['pdf_acroform', 'designer_field_names', 'other_organisation', 'pcn', 'no_capacity_ticked', 'senior_but_not_allowed']), [{ name: 'OE-PU2 Northfields Vale hub.pdf', kind: 'fillable', pages: 2, note: 'Open Exeter other-organisations form, LiveCycle-style field names, no capacity ticked, signed' }]);
  }

  // 011 ---------------------------------------------------------------- additional permissions, GP partner, HTML + text
  {
    const inner = `<p>Dear Open Exeter team,</p><p>&nbsp;</p>
<p>As a GP Partner at Lowther Road Surgery (H85012), I would like to request additional permissions on Open Exeter for our practice nurse, Olamide Bakare:</p><p>&nbsp;</p>
<p><b>User name:</b> OBAKARE1<br><b>Email:</b> olamide.bakare@nhs.net<br><b>Permissions requested:</b> Prior Notification List (PNL); Cytology results enquiry</p><p>&nbsp;</p>
<p>Olamide already has basic patient enquiry access.</p><p>&nbsp;</p>
<p>With thanks,</p><p>Dr Rafael Dom\u00ednguez Ib\u00e1\u00f1ez<br>GP Partner<br>Lowther Road Surgery</p>`;
    const h = htmlDoc(inner);
    const eml = message({
      profile: 'outlook', from: { name: 'Rafael Dom\u00ednguez Ib\u00e1\u00f1ez', email: 'rafael.dominguezibanez@nhs.net' }, to: TO,
      subject: 'Additional Open Exeter permissions for practice nurse', date: '2026-11-05T13:02:19Z', id: mid('outlook', 111),
      body: { multipart: 'alternative', boundary: '_000_LO2P265MB0111LRS_', parts: [text(`${htmlToText(h)}\n${NHSMAIL_FOOTER}`), html(h)] },
    });
    add('011-addperm-gp-partner-html', eml, exp(MB, 'open_exeter_additional_permissions', org('H85012', 'gp_practice'), {
      user: { ...P('Olamide Bakare', 'olamide.bakare@nhs.net'), username: 'OBAKARE1' }, permissions: ['Prior Notification List (PNL)', 'Cytology results enquiry'],
      signatory: S('Rafael Dom\u00ednguez Ib\u00e1\u00f1ez', 'rafael.dominguezibanez@nhs.net', 'gp_partner'),
    }, [], ['html_alternative', 'labelled_lines', 'non_ascii_name']));
  }

  // 012 ---------------------------------------------------------------- additional permissions from Gmail, terse
  {
    const eml = message({
      profile: 'android', from: { name: "Sam O'Riordan", email: 'sam.oriordan.gp@gmail.com' }, to: [{ email: 'pcse.openexeter@nhs.net' }],
      subject: 'OE perms', date: '2026-11-06T07:41:55Z', id: mid('gmail', 112),
      body: { multipart: 'alternative', boundary: '0000000000002f1a7c0641b7e012', parts: [
        text('Hi - Lead GP at Fernhill Surgery P84029. Pls add Prior Notification List + Ceasing for Marta Soko\u0142owska (user MSOKOLOWSKA). Thx Sam\n\nSent from my Galaxy\n'),
        html('<div dir="auto">Hi - Lead GP at Fernhill Surgery P84029. Pls add Prior Notification List + Ceasing for Marta Soko\u0142owska (user MSOKOLOWSKA). Thx Sam</div><div dir="auto"><br></div><div dir="auto">Sent from my Galaxy</div>\n'),
      ] },
    });
    add('012-addperm-gmail-terse', eml, exp(MB, 'open_exeter_additional_permissions', org('P84029', 'gp_practice'), {
      user: { ...P('Marta Soko\u0142owska', null), username: 'MSOKOLOWSKA' }, permissions: ['Prior Notification List', 'Ceasing'],
      signatory: S("Sam O'Riordan", 'sam.oriordan.gp@gmail.com', 'lead_gp'),
    }, ['sender_not_nhs'], ['terse', 'personal_address', 'apostrophe_name', 'non_ascii_name', 'android']));
  }

  // 013 ---------------------------------------------------------------- additional permissions asked by a practice manager, second-language English
  {
    const body = `Good morning,

I am the practice manager from The Grove Medical Practice, code G82650. Kindly I request you to add the permission of "Sample Taker Maintenance" to our user Ms Ewa Nowak, her user name is ENOWAK7, email ewa.nowak5@nhs.net. She is new nurse and she need it for the screening clinic starting next week.

Please do the needful and confirm me when done.

Best regards,
\u0218tefan Popescu
Practice Manager
The Grove Medical Practice
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'POPESCU, \u0218tefan (THE GROVE MEDICAL PRACTICE)', email: 'stefan.popescu@nhs.net' }, to: TO,
      subject: 'Request permision for Open Exeter user', date: '2026-11-19T08:15:00Z', id: mid('outlook', 113),
      body: text(body),
    });
    add('013-addperm-practice-manager-esl', eml, exp(MB, 'open_exeter_additional_permissions', org('G82650', 'gp_practice'), {
      user: { ...P('Ewa Nowak', 'ewa.nowak5@nhs.net'), username: 'ENOWAK7' }, permissions: ['Sample Taker Maintenance'],
      signatory: S('\u0218tefan Popescu', 'stefan.popescu@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['second_language_english', 'surname_first_display_name', 'non_ascii_name']));
  }

  // 014 ---------------------------------------------------------------- Open Exeter's own notification
  {
    const body = `This is an automated message from Open Exeter. Please do not reply.

A new user account has been created through Organisation Maintenance and requires authorisation by PCSE.

Organisation code:      K82019
Organisation name:      Chalfont Road Surgery
New user ID:            AMENSAH2
New user name:          Abena Mensah
New user email:         abena.mensah3@nhs.net
Created by (user ID):   JWHITFIELD
Created by (name):      Jane Whitfield
Date created:           24/11/2026 10:42

Please authorise the account and issue a temporary password to the new user.
`;
    const eml = message({
      profile: 'system', from: { name: 'Open Exeter', email: 'noreply.openexeter@nhs.net' }, to: TO,
      subject: 'Open Exeter: new user created - authorisation required', date: '2026-11-24T10:42:31Z', id: mid('system', 114),
      extraHeaders: ['Auto-Submitted: auto-generated', 'X-OE-Notification: ORGMAINT-NEWUSER'],
      body: text(body, 'us-ascii', '7bit'),
    });
    add('014-new-user-notification', eml, exp(MB, 'open_exeter_new_user_authorisation', org('K82019', 'gp_practice'), {
      user: { ...P('Abena Mensah', 'abena.mensah3@nhs.net'), username: 'AMENSAH2' }, createdBy: P('Jane Whitfield', null),
    }, [], ['system_notification', 'auto_submitted_but_a_request', 'labelled_lines']));
  }

  // 015 ---------------------------------------------------------------- the notification forwarded by the primary user who created the account
  {
    const body = `Hi both,

I've just created an account for our new HCA - could you authorise it and send her the password please? She has her first smear-taker clinic on Thursday.

Diolch,
Huw ap Dafydd
Primary User / Deputy Practice Manager
Penrhos Surgery, Oswestry

-----Original Message-----
From: Open Exeter <noreply.openexeter@nhs.net>
Sent: 01 December 2026 15:02
To: Huw ap Dafydd <huw.apdafydd@nhs.net>
Subject: Open Exeter: new user created - authorisation required

This is an automated message from Open Exeter. Please do not reply.

A new user account has been created through Organisation Maintenance and requires authorisation by PCSE.

Organisation code:      M82055
Organisation name:      Penrhos Surgery
New user ID:            LTRAN1
New user name:          TRAN, Lan
New user email:         lan.tran9@nhs.net
Created by (user ID):   HAPDAFYDD
Created by (name):      AP DAFYDD, Huw
Date created:           01/12/2026 15:01

Please authorise the account and issue a temporary password to the new user.
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'ap Dafydd, Huw (PENRHOS SURGERY)', email: 'huw.apdafydd@nhs.net' }, to: TO,
      subject: 'FW: Open Exeter: new user created - authorisation required', date: '2026-12-01T15:09:12Z', id: mid('outlook', 115),
      body: text(body),
    });
    add('015-new-user-forwarded-by-creator', eml, exp(MB, 'open_exeter_new_user_authorisation', org('M82055', 'gp_practice'), {
      user: { ...P('Lan Tran', 'lan.tran9@nhs.net'), username: 'LTRAN1' }, createdBy: P('Huw ap Dafydd', 'huw.apdafydd@nhs.net'),
    }, [], ['forwarded', 'surname_first_in_notification', 'particle_in_name', 'welsh']));
  }

  // 016 ---------------------------------------------------------------- reply to PCSE's request for the missing nominee address
  {
    const body = `Hi, sorry about that - Daniela's email is daniela.ferreira7@nhs.net

Thanks
Reception
Sutton Park Surgery

From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 25 November 2026 11:20
To: SUTTON PARK SURGERY <suttonpark.surgery@nhs.net>
Subject: RE: Open Exeter Primary User form [PCSE-2026-031877]

Dear Sutton Park Surgery,

Thank you for your Primary User application for Sutton Park Surgery (E84677).

Nominee: Daniela Ferreira
Signed by: Dr Ikechukwu Obi, GP Partner (ikechukwu.obi@nhs.net)

Before we can process the request we need the nominee's NHSmail address, which was left blank on the form. Please reply to this email with the address, quoting the reference above.

Kind regards
Open Exeter Team
${PCSE_FOOTER}
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'SUTTON PARK SURGERY', email: 'suttonpark.surgery@nhs.net' }, to: TO,
      subject: 'RE: Open Exeter Primary User form [PCSE-2026-031877]', date: '2026-11-25T14:48:20Z', id: mid('outlook', 116),
      inReplyTo: 'PCSE-2026-031877.3@pcse.england.nhs.uk', references: ['PCSE-2026-031877.1@pcse.england.nhs.uk', 'PCSE-2026-031877.3@pcse.england.nhs.uk'],
      body: text(body),
    });
    add('016-reply-supplies-nominee-email', eml, exp(MB, 'open_exeter_primary_user_request', org('E84677', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Daniela Ferreira', 'daniela.ferreira7@nhs.net'), signatory: S('Ikechukwu Obi', 'ikechukwu.obi@nhs.net', 'gp_partner'),
    }, [], ['reply_to_info_request', 'case_ref', 'details_in_quoted_pcse_message']));
  }

  // 017 ---------------------------------------------------------------- chaser with a reference
  {
    const body = `Hello,

We sent the signed primary user form for Kingsway Medical Centre on 6 November and got your acknowledgement (ref PCSE-2026-029410) but nothing since. Our only primary user goes on maternity leave next week. Could you let us know when it will be done?

Thanks
Fatima Zahra Benali
Assistant Practice Manager
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'BENALI, Fatima Zahra (KINGSWAY MEDICAL CENTRE)', email: 'fatimazahra.benali@nhs.net' }, to: TO,
      subject: 'Re: Primary User request PCSE-2026-029410 - still waiting', date: '2026-11-26T09:55:00Z', id: mid('outlook', 117),
      body: text(body),
    });
    add('017-chaser-with-reference', eml, exp(MB, 'unclassified', null, {}, [], ['chaser', 'case_ref']));
  }

  // 018 ---------------------------------------------------------------- out of office
  {
    const body = `Thank you for your email. I am out of the office until Monday 7 December with no access to email.

For urgent Open Exeter or cervical screening queries please contact the practice on 01632 960 441 or email hawthorn.practice@nhs.net.

In\u00eas Baptista
Nurse Manager, Hawthorn Practice
`;
    const eml = message({
      profile: 'outlook', from: { name: 'In\u00eas Baptista', email: 'ines.baptista@nhs.net' }, to: TO,
      subject: 'Automatic reply: Open Exeter - temporary password for new user [PCSE-2026-030552]', date: '2026-11-27T11:02:09Z', id: mid('outlook', 118),
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: ines.baptista@nhs.net'],
      body: text(body),
    });
    add('018-out-of-office', eml, exp(MB, 'unclassified', null, {}, [], ['auto_reply', 'case_ref'], 'auto_reply'));
  }

  // 019 ---------------------------------------------------------------- a question PCSE does not act on
  {
    const eml = message({
      profile: 'outlook', from: { name: 'Jolanta Wi\u015bniewska', email: 'jolanta.wisniewska@nhs.net' }, to: TO,
      subject: 'open exeter password', date: '2026-11-20T12:31:40Z', id: mid('outlook', 119),
      body: text(`hello, i forgot my open exeter password, how can i reset it? i am not primary user. thanks Jolanta\n${NHSMAIL_FOOTER}`),
    });
    add('019-question-password-self-serve', eml, exp(MB, 'unclassified', null, {}, [], ['question', 'terse', 'lower_case']));
  }

  // 020 ---------------------------------------------------------------- a practice corrects its own earlier message, corrected form attached
  {
    const v = oe({
      form: 'gp', seed: 120,
      orgName: 'Orchard Vale Surgery', orgCode: 'Y02874', orgAddress: 'Orchard Vale, Evesham WR11 2LP', orgPhone: '01386 496 150',
      nomTitle: 'Ms', nomForename: 'Hannah', nomSurname: 'Lindqvist', nomRole: 'Care Coordinator', nomEmail: 'hannah.lindqvist@nhs.net', nomPhone: '01386 496 166',
      capacity: 0, sigName: 'Dr Chukwuemeka Okonkwo', sigJobTitle: 'Lead GP', sigEmail: 'c.okonkwo@nhs.net', sigDate: '30/11/2026',
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'flat', font: 'times', underlines: true, meta: WORD_META('Primary User request', '2026-11-30T12:50:00Z', 'Mehreen Chaudhry'), seed: 1120 });
    const body = `Hello again,

Please ignore the form I sent this morning - I typed Hannah's email address wrongly. The corrected form is attached; the correct address is hannah.lindqvist@nhs.net. Everything else is the same.

Apologies for the confusion.
Mehreen

Mehreen Chaudhry
Deputy Practice Manager
Orchard Vale Surgery

From: Mehreen Chaudhry <mehreen.chaudhry@nhs.net>
Sent: 30 November 2026 09:12
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: Open Exeter Primary User - Orchard Vale Surgery

Good morning,

Please find attached a Primary User request for Hannah Lindqvist (hannah.lindquist@nhs.net), signed by Dr Okonkwo as Lead GP.

Kind regards
Mehreen
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'CHAUDHRY, Mehreen (ORCHARD VALE SURGERY)', email: 'mehreen.chaudhry@nhs.net' }, to: TO,
      subject: 'RE: Open Exeter Primary User - Orchard Vale Surgery - CORRECTED FORM', date: '2026-11-30T13:04:51Z', id: mid('outlook', 120),
      inReplyTo: mid('outlook', 1120), references: [mid('outlook', 1120)],
      body: { multipart: 'mixed', boundary: '_013_LO2P265MB0120OVS_', parts: [text(body), pdf('Primary User request - CORRECTED.pdf', bytes)] },
    });
    add('020-correction-with-corrected-form', eml, exp(MB, 'open_exeter_primary_user_request', org('Y02874', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Hannah Lindqvist', 'hannah.lindqvist@nhs.net'), signatory: S('Chukwuemeka Okonkwo', 'c.okonkwo@nhs.net', 'lead_gp'),
    }, [], ['correction', 'pdf_flat', 'stale_value_in_quote', 'on_behalf_of']), [{ name: 'Primary User request - CORRECTED.pdf', kind: 'flat', pages: 2, note: 'Open Exeter GP form, Times with underlines, Lead GP ticked' }]);
  }

  // 021 ---------------------------------------------------------------- misdirected PCSE Online unlock
  {
    const body = `Hi,

I have locked myself out of PCSE Online after too many password attempts - username kofi.boateng@nhs.net. I am a GPP user admin at Elmwood Surgery (D81604). Could you unlock it please? I know this is the Open Exeter inbox but I couldn't find the right one.

Thanks
Kofi Boateng
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'BOATENG, Kofi (ELMWOOD SURGERY)', email: 'kofi.boateng@nhs.net' }, to: TO,
      subject: 'Locked out of PCSE Online', date: '2026-11-23T08:47:13Z', id: mid('outlook', 121),
      body: text(body),
    });
    add('021-misdirected-portal-unlock', eml, exp(MB, 'account_unlock', org('D81604', 'gp_practice'), { username: 'kofi.boateng@nhs.net' }, [], ['misdirected']));
  }

  // 022 ---------------------------------------------------------------- salaried GP signs; forwarded on behalf by the practice manager
  {
    const v = oe({
      form: 'gp', seed: 122,
      orgName: 'Ashby Road Surgery', orgCode: 'C84120', orgAddress: '77 Ashby Road, Loughborough LE11 3AA', orgPhone: '01509 496 620',
      nomTitle: 'Mr', nomForename: 'Yusuf', nomSurname: 'Demir', nomRole: 'Data Quality Lead', nomEmail: 'yusuf.demir@nhs.net', nomPhone: '01509 496 633',
      capacity: null, sigName: 'Dr Eleanor Featherstone-Hughes', sigJobTitle: 'Salaried GP', sigEmail: 'e.featherstone-hughes@nhs.net', sigDate: '02/12/2026',
    });
    const bytes = await vectorPdf(oeForm(v), { mode: 'flat', meta: { title: 'OE Primary User - Ashby Road', creator: 'PDF24 Creator', producer: 'GPL Ghostscript 10.02.1', date: '2026-12-02T10:00:00Z' }, seed: 1122 });
    const body = `Good morning,

Please see below and attached from Dr Featherstone-Hughes - Yusuf is taking over the cervical screening admin from January. I am sending it on as the form needs to come to this mailbox.

Kind regards
Graham Pettifer
Practice Manager, Ashby Road Surgery

________________________________
From: FEATHERSTONE-HUGHES, Eleanor (ASHBY ROAD SURGERY) <e.featherstone-hughes@nhs.net>
Sent: 02 December 2026 10:05
To: PETTIFER, Graham (ASHBY ROAD SURGERY) <graham.pettifer@nhs.net>
Subject: OE form for Yusuf

Graham - signed form attached for Yusuf's Open Exeter primary user access. Could you send it to PCSE? Thanks, Eleanor
${NHSMAIL_FOOTER}`;
    const eml = message({
      profile: 'outlook', from: { name: 'PETTIFER, Graham (ASHBY ROAD SURGERY)', email: 'graham.pettifer@nhs.net' }, to: TO,
      subject: 'FW: OE form for Yusuf', date: '2026-12-02T10:21:36Z', id: mid('outlook', 122),
      body: { multipart: 'mixed', boundary: '_014_LO8P265MB0122ARS_', parts: [text(body), pdf('OE Primary User - Ashby Road.pdf', bytes)] },
    });
    add('022-salaried-gp-signs-forwarded', eml, exp(MB, 'open_exeter_primary_user_request', org('C84120', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Yusuf Demir', 'yusuf.demir@nhs.net'), signatory: S('Eleanor Featherstone-Hughes', 'e.featherstone-hughes@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['pdf_flat', 'forwarded', 'on_behalf_of', 'salaried_gp', 'hyphenated_name', 'three_people']), [{ name: 'OE Primary User - Ashby Road.pdf', kind: 'flat', pages: 2, note: 'Open Exeter GP form, Helvetica boxes, no capacity ticked, job title Salaried GP' }]);
  }

  return items;
}
