// openexeter emails of corpus-56 (writer AZ).
import { NHS_DISCLAIMER, mixed, pdf, tableMail, text, type MailSpec } from './lib.js';
import { acroForm, flatTable, scanPdf } from './pdfs.js';
import { E, U, date, org, P, W } from './util.js';

const INTRO = ['This form must be signed by an authorised signatory at the bottom of page 1.', 'Email the completed form to pcse.openexeter@nhs.net'];

export async function openexeter(): Promise<MailSpec[]> {
  const mb = 'openexeter' as const;
  const m: MailSpec[] = [];

  // 050 primary user (GP): AcroForm
  {
    const form = await acroForm({
      title: 'Open Exeter - Primary User request (GP Practices)', intro: INTRO,
      sections: [
        { heading: 'Practice', fields: [
          { label: 'Practice name', name: 'practice_name', value: 'Elmstead Medical Centre' },
          { label: 'Practice code', name: 'practice_code', value: 'J81044' },
        ] },
        { heading: 'Proposed Primary User', fields: [
          { label: 'Full name', name: 'pu_name', value: 'Marguerite Owusu' },
          { label: 'Job title', name: 'pu_title', value: 'Practice Manager' },
          { label: 'NHS email address', name: 'pu_email', value: 'marguerite.owusu@nhs.net' },
        ] },
        { heading: 'Authorised signatory', fields: [
          { label: 'Name', name: 'sig_name', value: 'Dr Benedikt Schäfer' },
          { label: 'Capacity (Lead GP / GP Partner / Caldicott Guardian / ...)', name: 'sig_capacity', value: 'GP Partner' },
          { label: 'Email', name: 'sig_email', value: 'benedikt.schaefer@nhs.net' },
          { label: 'Date', name: 'sig_date', value: '03/11/2026' },
        ] },
      ],
      signAfter: 'sig_date', signKey: 'schaefer',
    });
    m.push({
      mb, slug: '050-primary-user-gp-acroform', from: { name: 'Marguerite Owusu', email: 'marguerite.owusu@nhs.net' },
      subject: 'Open Exeter primary user form - J81044', date: date(3, 10, 10),
      body: mixed(tableMail([
        'Hello,',
        '',
        'Please find attached our signed Primary User form.',
        '',
        { rows: [['Practice', 'Elmstead Medical Centre (J81044)'], ['Primary User', 'Marguerite Owusu'], ['Signed by', 'Dr Benedikt Schäfer, GP Partner']] },
        'Kind regards',
        'Marguerite',
      ]), pdf('OE Primary User - Elmstead.pdf', form)),
      exp: E('open_exeter_primary_user_request', org('J81044', 'gp_practice'), { organisationKind: 'gp_practice', nominee: P('Marguerite Owusu', 'marguerite.owusu@nhs.net'), signatory: W('Benedikt Schäfer', 'benedikt.schaefer@nhs.net', 'gp_partner') }, [], ['pdf_acroform', 'html_table_cells_text', 'non_ascii_name', 'self_nomination']),
    });
  }

  // 051 primary user (GP): handwritten scan, Lead GP
  {
    const scan = await scanPdf([{
      seed: 'az-051-oe-gp', title: 'Open Exeter', subtitle: 'Request for a Primary User - GP Practices', intro: INTRO,
      rows: [
        { label: 'Practice name', value: 'Moor Lane Surgery' },
        { label: 'Practice code', value: 'C87005' },
        { label: 'Primary User name', value: 'Tamsin Kerrigan' },
        { label: 'Primary User email', value: 'tamsin.kerrigan@nhs.net' },
        { label: 'Signatory name', value: 'Dr Rukhsana Begum' },
        { label: 'Signatory email', value: 'rukhsana.begum@nhs.net' },
        { label: 'Lead GP', value: '', tick: true },
        { label: 'GP Partner', value: '' },
        { label: 'Caldicott Guardian', value: '' },
      ],
      sectionBreaks: { 0: 'Section 1 - Practice', 2: 'Section 2 - Primary User', 4: 'Section 3 - Authorised signatory', 6: 'Capacity of signatory (tick one)' },
      signature: { label: 'Signature', signed: true, nameBelow: 'Date: 06/11/2026' },
      footer: 'Open Exeter PU form (GP) - page 1 of 1', angleDeg: -1.3,
    }]);
    m.push({
      mb, slug: '051-primary-user-gp-handwritten-scan', from: { name: 'Tamsin Kerrigan', email: 'tamsin.kerrigan@nhs.net' },
      subject: 'OE form', date: date(6, 12, 44),
      body: mixed(text(`Hi, signed form attached (scanned).

Tamsin Kerrigan
Moor Lane Surgery
${NHS_DISCLAIMER}`), pdf('OE_PU_MoorLane.pdf', scan)),
      exp: E('open_exeter_primary_user_request', org('C87005', 'gp_practice'), { organisationKind: 'gp_practice', nominee: P('Tamsin Kerrigan', 'tamsin.kerrigan@nhs.net'), signatory: W('Rukhsana Begum', 'rukhsana.begum@nhs.net', 'lead_gp') }, [], ['pdf_scan', 'handwritten', 'tick_box', 'terse']),
    });
  }

  // 052 primary user (other organisation): typed form, printed, signed, scanned
  {
    const scan = await scanPdf([{
      seed: 'az-052-oe-other', title: 'Open Exeter', subtitle: 'Request for a Primary User - Other Organisations', intro: INTRO, typed: true,
      rows: [
        { label: 'Organisation name', value: 'Orchard Clinic Sexual Health Service' },
        { label: 'Organisation code', value: 'RYX45' },
        { label: 'Primary User name', value: 'Dimitra Papadakis' },
        { label: 'Primary User email', value: 'dimitra.papadakis@nhs.net' },
        { label: 'Signatory name', value: 'Dr Felicity Armitage' },
        { label: 'Signatory capacity', value: 'Caldicott Guardian' },
        { label: 'Signatory email', value: 'felicity.armitage@nhs.net' },
      ],
      sectionBreaks: { 0: 'Section 1 - Organisation', 2: 'Section 2 - Primary User', 4: 'Section 3 - Authorised signatory' },
      signature: { label: 'Signature', signed: true, nameBelow: 'Date: 10/11/2026' },
      footer: 'Open Exeter PU form (non-GP) - page 1 of 1', angleDeg: 0.6,
    }]);
    m.push({
      mb, slug: '052-primary-user-other-org-typed-scan', from: { name: 'Dimitra Papadakis', email: 'dimitra.papadakis@nhs.net' },
      subject: 'Primary User request - Orchard Clinic', date: date(10, 15, 20),
      body: mixed(text(`Dear Open Exeter team,

Please find attached a Primary User request for our sexual health service, signed by our Caldicott Guardian.

Best wishes
Dimitra Papadakis
Clinical Services Administrator
Orchard Clinic Sexual Health Service
${NHS_DISCLAIMER}`), pdf('PU request Orchard Clinic signed.pdf', scan)),
      exp: E('open_exeter_primary_user_request', org('RYX45', 'other'), { organisationKind: 'other', nominee: P('Dimitra Papadakis', 'dimitra.papadakis@nhs.net'), signatory: W('Felicity Armitage', 'felicity.armitage@nhs.net', 'caldicott_guardian') }, [], ['pdf_scan', 'typed_scan', 'non_gp_organisation', 'trust_site_code']),
    });
  }

  // 053 primary user (GP): flat PDF signed by the practice manager
  {
    const doc = await flatTable({
      title: 'Open Exeter Primary User Request - GP Practice', font: 'times',
      intro: INTRO,
      tables: [{ rows: [
        ['Section', 'Details'],
        ['Practice name', 'Wendover Heath Surgery'],
        ['Practice code', 'K82055'],
        ['Primary User name', 'Lucy Ashdown'],
        ['Primary User email', 'lucy.ashdown@nhs.net'],
        ['Signatory name', 'Graham Pettifer'],
        ['Signatory capacity', 'Practice Manager'],
        ['Signatory email', 'graham.pettifer@nhs.net'],
      ], widths: [170, 330] }],
      outro: ['Signature:', '', 'Date: 11/11/2026'], signKey: 'pettifer',
    });
    m.push({
      mb, slug: '053-primary-user-gp-flat-pdf-practice-manager', from: { name: 'Graham Pettifer', email: 'graham.pettifer@nhs.net' },
      subject: 'Primary user - Wendover Heath Surgery', date: date(11, 11, 11),
      body: mixed(text(`Good morning,

Attached is our Primary User form for Lucy Ashdown. I have signed it as practice manager as our partners are all on leave this week.

Regards
Graham Pettifer
Practice Manager
`), pdf('OE Primary User form Wendover Heath.pdf', doc)),
      exp: E('open_exeter_primary_user_request', org('K82055', 'gp_practice'), { organisationKind: 'gp_practice', nominee: P('Lucy Ashdown', 'lucy.ashdown@nhs.net'), signatory: W('Graham Pettifer', 'graham.pettifer@nhs.net', 'other') }, ['signatory_role_not_allowed'], ['pdf_flat_table', 'signatory_practice_manager']),
    });
  }

  // 054 primary user (GP): the form's content pasted as an HTML table, HTML only
  m.push({
    mb, slug: '054-primary-user-gp-html-table-only', from: { name: 'Dr Thomas Ekwueme', email: 'thomas.ekwueme@nhs.net' },
    subject: 'Open Exeter Primary User - D81025', date: date(12, 17, 40),
    body: tableMail([
      'Dear PCSE,',
      '',
      'Our scanner is broken so I have copied the form into this email. I am the Caldicott Guardian for the practice and approve this request.',
      '',
      { rows: [['Practice name', 'Fenland View Surgery'], ['Practice code', 'D81025'], ['Primary User', 'Aleksandra Nowak-Hill'], ['Primary User email', 'a.nowak-hill@nhs.net'], ['Authorised signatory', 'Dr Thomas Ekwueme'], ['Capacity', 'Caldicott Guardian']] },
      'Dr Thomas Ekwueme',
      'GP and Caldicott Guardian, Fenland View Surgery',
    ], 'html-only'),
    exp: E('open_exeter_primary_user_request', org('D81025', 'gp_practice'), { organisationKind: 'gp_practice', nominee: P('Aleksandra Nowak-Hill', 'a.nowak-hill@nhs.net'), signatory: W('Thomas Ekwueme', 'thomas.ekwueme@nhs.net', 'caldicott_guardian') }, [], ['html_only', 'key_value_table', 'form_pasted_as_table']),
  });

  // 055 additional permissions: pipe table, GP partner
  m.push({
    mb, slug: '055-additional-permissions-pipe-table', from: { name: 'Dr Harpreet Sandhu', email: 'harpreet.sandhu@nhs.net' },
    subject: 'Additional Open Exeter permissions', date: date(13, 9, 25),
    body: text(`Hello,

As a GP Partner at Longford Road Practice (E85012) I'd like to request additional permissions for one of our existing users:

User name | Bronwen Tudor-Hughes
User ID   | btudorhughes
Email     | bronwen.tudor-hughes@nhs.net
Add       | Prior Notification List
Add       | Screening History

Thank you
Dr Harpreet Sandhu
GP Partner
${NHS_DISCLAIMER}`),
    exp: E('open_exeter_additional_permissions', org('E85012', 'gp_practice'), { user: { name: 'Bronwen Tudor-Hughes', email: 'bronwen.tudor-hughes@nhs.net', username: 'btudorhughes' }, permissions: ['Prior Notification List', 'Screening History'], signatory: W('Harpreet Sandhu', 'harpreet.sandhu@nhs.net', 'gp_partner') }, [], ['key_value_grid', 'repeated_key']),
  });

  // 056 additional permissions from a practice manager's personal gmail
  m.push({
    mb, slug: '056-additional-permissions-gmail-practice-manager', from: { name: 'Jacqui Marsden', email: 'jacqui.marsden64@gmail.com' }, client: 'gmail',
    subject: 'Open Exeter access for Shauna', date: date(13, 20, 3),
    body: text(`Hi,

Sending from home as I can't get into NHSmail. Could Shauna please have the Prior Notification List added on Open Exeter?

Name\tUser ID\tEmail\tPermission
Shauna Kielty\tskielty\tshauna.kielty@nhs.net\tPrior Notification List

Thanks
Jacqui Marsden
Practice Manager, Tollgate Surgery (P84033)
`, '8bit'),
    exp: E('open_exeter_additional_permissions', org('P84033', 'gp_practice'), { user: { name: 'Shauna Kielty', email: 'shauna.kielty@nhs.net', username: 'skielty' }, permissions: ['Prior Notification List'], signatory: W('Jacqui Marsden', 'jacqui.marsden64@gmail.com', 'other') }, ['sender_not_nhs', 'signatory_role_not_allowed'], ['non_nhs_sender', 'tab_separated_rows', 'signatory_practice_manager']),
  });

  // 057 additional permissions: Outlook table, same user on two rows, Caldicott Guardian
  m.push({
    mb, slug: '057-additional-permissions-outlook-two-rows', from: { name: 'Dr Oluwaseun Adebayo', email: 'oluwaseun.adebayo@nhs.net' },
    subject: 'Request for additional permissions - Riverbend Health Centre N85017', date: date(16, 9, 9),
    body: tableMail([
      'Dear Open Exeter team,',
      '',
      'As Caldicott Guardian for Riverbend Health Centre (N85017) please add the following permissions:',
      '',
      { rows: [['User', 'User ID', 'Email', 'Permission to add'], ['Maximilian Hoffmann', 'mhoffmann2', 'max.hoffmann@nhs.net', 'Ceasing/deferral'], ['Maximilian Hoffmann', 'mhoffmann2', 'max.hoffmann@nhs.net', 'Result letters reprint']], header: true, widths: [160, 100, 180, 180] },
      'Kind regards',
      'Dr Oluwaseun Adebayo',
      'Caldicott Guardian',
    ]),
    exp: E('open_exeter_additional_permissions', org('N85017', 'gp_practice'), { user: { name: 'Maximilian Hoffmann', email: 'max.hoffmann@nhs.net', username: 'mhoffmann2' }, permissions: ['Ceasing/deferral', 'Result letters reprint'], signatory: W('Oluwaseun Adebayo', 'oluwaseun.adebayo@nhs.net', 'caldicott_guardian') }, [], ['header_row_table', 'html_table_cells_text', 'repeated_value_rows']),
  });

  // 058 new user notification from Open Exeter: system HTML table
  m.push({
    mb, slug: '058-new-user-notification-system-table', from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' }, client: 'system',
    subject: 'Open Exeter: new user awaiting authorisation (H81092)', date: date(17, 7, 30),
    body: tableMail([
      'A new user has been created by a Primary User and requires authorisation.',
      '',
      { rows: [['Organisation', 'H81092 - Ashtead Lane Surgery'], ['User ID', 'KPATEL7'], ['Name', 'Kavita Patel'], ['Email', 'kavita.patel22@nhs.net'], ['Created by', 'Fiona MacLeod (Primary User)'], ['Created', '17/11/2026 07:28']] },
      'This is an automatically generated message. Please do not reply.',
    ], 'tabs'),
    exp: E('open_exeter_new_user_authorisation', org('H81092', 'gp_practice'), { user: { name: 'Kavita Patel', email: 'kavita.patel22@nhs.net', username: 'KPATEL7' }, createdBy: P('Fiona MacLeod', null) }, [], ['system_notification', 'html_table_tabs_text']),
  });

  // 059 new user notification forwarded by the creating primary user
  m.push({
    mb, slug: '059-new-user-notification-forwarded', from: { name: 'Eamon Ó Briain', email: 'eamon.obriain@nhs.net' },
    subject: 'FW: Open Exeter: new user awaiting authorisation (E84066)', date: date(18, 8, 42),
    body: tableMail([
      'Hi, forwarding as requested - I set Julia up yesterday. Could you authorise her please?',
      '',
      'Eamon Ó Briain',
      'Practice Manager and Primary User, Kilburn Park Medical Centre',
      '',
      '________________________________',
      'From: Open Exeter <openexeter.noreply@nhs.net>',
      'Sent: 17 November 2026 16:12',
      'To: PCSE Open Exeter',
      'Subject: Open Exeter: new user awaiting authorisation (E84066)',
      '',
      { rows: [['Organisation', 'E84066 - Kilburn Park Medical Centre'], ['User ID', 'JWOJCIK'], ['Name', 'Julia Wójcik'], ['Email', 'julia.wojcik@nhs.net'], ['Created by', 'Eamon Ó Briain (eamon.obriain@nhs.net)']] },
    ]),
    exp: E('open_exeter_new_user_authorisation', org('E84066', 'gp_practice'), { user: { name: 'Julia Wójcik', email: 'julia.wojcik@nhs.net', username: 'JWOJCIK' }, createdBy: P('Eamon Ó Briain', 'eamon.obriain@nhs.net') }, [], ['forwarded', 'html_table_cells_text', 'non_ascii_name']),
  });

  // 060 chaser with reference in subject
  m.push({
    mb, slug: '060-chaser-reference-in-subject', from: { name: 'Graham Pettifer', email: 'graham.pettifer@nhs.net' },
    subject: 'RE: PCSE-2026-005207 Open Exeter primary user form - any update?', date: date(20, 9, 0),
    body: text(`Morning, just chasing this one - Lucy still can't see Organisation Maintenance.

Graham
`),
    exp: U(['chaser', 'case_reference']),
  });

  // 061 auto-reply
  m.push({
    mb, slug: '061-auto-reply', from: { name: 'Rukhsana Begum', email: 'rukhsana.begum@nhs.net' },
    subject: 'Automatic reply: Open Exeter Primary User - Moor Lane Surgery', date: date(20, 9, 12),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    body: text(`I am on annual leave, returning 30/11/2026. For urgent clinical matters please call the surgery on 01942 700 512.
`),
    exp: { ...U(['auto_reply']), ignored: 'auto_reply' },
  });

  // 062 PCSE Online unlock sent to openexeter: key | value grid
  m.push({
    mb, slug: '062-account-unlock-misdirected-grid', from: { name: 'Nasiru Abubakar', email: 'n.abubakar@nhs.net' },
    subject: 'Account locked', date: date(20, 14, 31),
    body: text(`Hello,

My PCSE Online account (not Open Exeter) is locked after too many password attempts.

Name         | Nasiru Abubakar
Username     | n.abubakar@nhs.net
Practice     | Tanners Brook Surgery
Practice code| J82106

Please unlock.
Thanks
`),
    exp: E('account_unlock', org('J82106', 'gp_practice'), { username: 'n.abubakar@nhs.net' }, [], ['misdirected', 'key_value_grid']),
  });

  // 063 question: which form for a colposcopy clinic
  m.push({
    mb, slug: '063-question-which-form', from: { name: 'Moira Gallacher', email: 'moira.gallacher@nhs.net' },
    subject: 'Which Primary User form?', date: date(23, 10, 48),
    body: text(`Hi,

We are a hospital colposcopy clinic, not a GP practice. Which Primary User form should we use, and can our clinical lead sign it or does it have to be the Caldicott Guardian?

Thanks
Moira Gallacher
Colposcopy Services Coordinator
`),
    exp: U(['question', 'prose']),
  });

  return m;
}
