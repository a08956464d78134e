// openexeter: Primary User forms (fillable, Word, scanned, a letter instead, two files), permission requests and
// Open Exeter's own new-user notifications.
import { fillable, flat, letter, META, scanned } from './docs.js';
import { oeGpForm, oeOtherForm } from './forms.js';
import { alt, type Email, mixed, NHSMAIL_FOOTER, P, pdf, text } from './lib.js';
import { appleBlock, classicBlock, date, email, expected, OE, org, outlookBlock, toOutlookHtml, unclassified } from './mail.js';

const MB = 'openexeter' as const;
const sig = (name: string, email: string | null, role: string) => ({ ...P(name, email), role });

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ------------------------------------------------------------------ GP form, fillable with txt/chk names
  {
    const form = oeGpForm({
      practiceName: 'Meadowbank Surgery', practiceCode: 'G82077', practiceAddress: 'Meadowbank Road\nRainham, Gillingham ME8 7QX', practicePhone: '01634 360 512',
      title: 'Mr', forename: 'Liam', surname: "O'Connell", job: 'Practice Administrator', email: 'liam.oconnell@nhs.net', phone: '01634 360 518',
      signatoryName: 'Dr Sunita Bhatt', signatoryPosition: 'Partner', signatoryEmail: 'sunita.bhatt@nhs.net', ticked: ['gp_partner'], signed: true, date: '16/11/2026',
    });
    const buf = await fillable(form, 'txt', 'o001', META.reader('2026-11-16T10:00:00Z', 'Open Exeter Primary User Request - GP'));
    const body = `Please see attached.

Liam O'Connell
Practice Administrator
Meadowbank Surgery

${NHSMAIL_FOOTER}`;
    out.push(email('001-oe-gp-fillable-txt-names', {
      client: 'outlook', seed: 'o001', from: ["O'Connell Liam", 'liam.oconnell@nhs.net'], to: [OE],
      subject: 'Open Exeter Primary User Request', date: date('2026-11-16T10:14:37Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('OE_PrimaryUser_GP_Meadowbank.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('G82077', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P("Liam O'Connell", 'liam.oconnell@nhs.net'), signatory: sig('Sunita Bhatt', 'sunita.bhatt@nhs.net', 'gp_partner'),
    }, { traits: ['pdf_acroform', 'acro_hungarian_names', 'see_attached', 'split_forename_surname', 'apostrophe_in_name', 'allowed_roles_listed_on_page_2'] }), 1));
  }

  // 002 ------------------------------------------------------------------ GP form, Word with ☒ boxes, values beside labels, body only a signature
  {
    const form = oeGpForm({
      practiceName: 'Highfield Surgery', practiceCode: 'B87032', practiceAddress: 'Highfield Road, Dewsbury WF13 4HN', practicePhone: '01924 465 343',
      title: 'Mrs', forename: 'Janice', surname: 'Cartwright', job: 'Practice Manager', email: 'janice.cartwright@nhs.net', phone: '01924 465 340',
      signatoryName: 'Dr Edward Lam', signatoryPosition: 'GP and Caldicott Guardian', signatoryEmail: 'edward.lam@nhs.net', ticked: ['caldicott_guardian'], signed: true, date: '16 November 2026',
    });
    const buf = await flat(form, 'beside', 'glyph', 'o002', META.word('Janice Cartwright', '2026-11-16T13:00:00Z', 'Open Exeter Primary User Request'));
    const body = `--
Janice Cartwright
Practice Manager
Highfield Surgery
01924 465 340
`;
    out.push(email('002-oe-gp-word-ballot-boxes-signature-only', {
      client: 'outlook', seed: 'o002', from: ['Cartwright Janice', 'janice.cartwright@nhs.net'], to: [OE],
      subject: 'Primary user form', date: date('2026-11-16T13:26:50Z'),
      body: mixed(text(body, 'base64'), pdf('Primary User form - Highfield.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('B87032', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Janice Cartwright', 'janice.cartwright@nhs.net'), signatory: sig('Edward Lam', 'edward.lam@nhs.net', 'caldicott_guardian'),
    }, { traits: ['pdf_flat_word', 'values_beside_labels', 'ballot_box_glyphs', 'empty_body_signature_only', 'practice_manager_is_nominee_not_signatory'] }), 1));
  }

  // 003 ------------------------------------------------------------------ GP form, Word table with ☒, sent on behalf of the Lead GP by a secretary
  {
    const form = oeGpForm({
      practiceName: 'Sandfield Medical Practice', practiceCode: 'J83025', practiceAddress: 'Sandfield Close, Swindon SN3 1JZ', practicePhone: '01793 536 541',
      title: 'Mr', forename: 'Thomas', surname: 'Greaves', job: 'IT & Data Lead', email: 'thomas.greaves@nhs.net', phone: '01793 536 560',
      signatoryName: 'Dr Chidi Okoro', signatoryPosition: 'Lead GP', signatoryEmail: 'chidi.okoro@nhs.net', ticked: ['lead_gp'], signed: true, date: '17.11.2026',
    });
    const buf = await flat(form, 'table', 'glyph', 'o003', META.word2016('lharding', '2026-11-17T09:00:00Z'));
    const body = `Good morning,

Sent on behalf of Dr Chidi Okoro, Lead GP.

Please find attached the Open Exeter Primary User form for our practice. Thomas can be reached on his direct line 01793 536 560 if you need to check anything.

Kind regards

Lucy Harding
Medical Secretary to Dr Okoro
Sandfield Medical Practice
`;
    out.push(email('003-oe-gp-word-table-sent-on-behalf', {
      client: 'outlook', seed: 'o003', from: ['Harding Lucy', 'lucy.harding7@nhs.net'], to: [OE], cc: [['Okoro Chidi', 'chidi.okoro@nhs.net']],
      subject: 'Open Exeter - Primary User - Sandfield Medical Practice', date: date('2026-11-17T09:18:22Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Sandfield OE primary user.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('J83025', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Thomas Greaves', 'thomas.greaves@nhs.net'), signatory: sig('Chidi Okoro', 'chidi.okoro@nhs.net', 'lead_gp'),
    }, { traits: ['sent_on_behalf', 'pdf_flat_word', 'values_in_table_cells', 'ballot_box_glyphs'] }), 1));
  }

  // 004 ------------------------------------------------------------------ GP form, hand-filled scan, forwarded by the nominee
  {
    const form = oeGpForm({
      practiceName: 'Ashgrove Surgery', practiceCode: 'N82041', practiceAddress: '30 Ashgrove Road\nBirkenhead CH41 2TY', practicePhone: '0151 647 3010',
      title: 'Ms', forename: 'Amanda', surname: 'Prosser', job: 'Practice Manager', email: 'amanda.prosser@nhs.net', phone: '0151 647 3012',
      signatoryName: 'Dr Gareth Hughes', signatoryPosition: 'GP Partner', signatoryEmail: 'gareth.hughes3@nhs.net', ticked: ['gp_partner'], signed: true, date: '17/11/26',
    });
    const buf = await scanned(form, {
      seed: 'o004', hand: 'hand', capsKeys: ['practice_code', 'nominee_surname'], skew: 1.6, noise: 0.6, shadow: 'right', gray: true,
      meta: META.scanner('HP LaserJet MFP M428fdw', '2026-11-17T16:40:00Z'),
    });
    const body = `Hi,

See attached signed by Dr Hughes.

Thanks, Mandy

${classicBlock(['Hughes Gareth', 'gareth.hughes3@nhs.net'], '2026-11-17T16:44:00Z', [['Prosser Amanda', 'amanda.prosser@nhs.net']], 'OE form')}
Signed and scanned - Gareth
`;
    out.push(email('004-oe-gp-scan-signed-forwarded', {
      client: 'outlook', seed: 'o004', from: ['Prosser Amanda', 'amanda.prosser@nhs.net'], to: [OE],
      subject: 'FW: OE form', date: date('2026-11-18T08:07:14Z'),
      body: mixed(text(body), pdf('doc01784520261117164012.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('N82041', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Amanda Prosser', 'amanda.prosser@nhs.net'), signatory: sig('Gareth Hughes', 'gareth.hughes3@nhs.net', 'gp_partner'),
    }, { traits: ['pdf_scan', 'handwritten', 'forwarded', 'allowed_roles_listed_on_page_2', 'scanner_file_name'] }), 1, 1));
  }

  // 005 ------------------------------------------------------------------ GP form, block-capital scan, signature box empty
  {
    const form = oeGpForm({
      practiceName: 'Castlegate Medical Practice', practiceCode: 'H82066', practiceAddress: '9 Castlegate, Lewes BN7 1AX', practicePhone: '01273 471 050',
      title: 'Miss', forename: 'Sophie', surname: 'Addo', job: 'Reception Lead', email: 'sophie.addo@nhs.net', phone: '01273 471 050',
      signatoryName: 'Dr Rachel Ferris', signatoryPosition: 'Lead GP', signatoryEmail: 'rachel.ferris@nhs.net', ticked: ['lead_gp'], signed: false, date: '18/11/2026',
    });
    const buf = await scanned(form, {
      seed: 'o005', hand: 'caps', skew: -0.7, noise: 0.4, shadow: 'left', gray: false,
      meta: META.scanner('Canon iR-ADV C5535', '2026-11-18T11:03:00Z'),
    }, [0]);
    const body = `Form attached

Sophie Addo
Reception Lead
Castlegate Medical Practice
`;
    out.push(email('005-oe-gp-scan-caps-unsigned', {
      client: 'owa', seed: 'o005', from: ['Sophie Addo', 'sophie.addo@nhs.net'], to: [OE],
      subject: 'Open exeter', date: date('2026-11-18T11:10:09Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('SCAN0042.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('H82066', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Sophie Addo', 'sophie.addo@nhs.net'), signatory: sig('Rachel Ferris', 'rachel.ferris@nhs.net', 'lead_gp'),
    }, { mustRaise: ['missing_signature'], traits: ['pdf_scan', 'handwritten_block_capitals', 'empty_signature_box', 'see_attached'] }), 1, 1));
  }

  // 006 ------------------------------------------------------------------ GP form twice: the fillable form unsigned + a signed scan of page 1
  {
    const d = {
      practiceName: 'Ridgeway Practice', practiceCode: 'K83058', practiceAddress: 'Ridgeway, Wellingborough NN8 4RT', practicePhone: '01933 222 309',
      title: 'Ms', forename: 'Katarzyna', surname: 'Lis', job: 'Assistant Practice Manager', email: 'katarzyna.lis@nhs.net', phone: '01933 222 315',
      signatoryName: 'Dr Kofi Mensah', signatoryPosition: 'GP Partner', signatoryEmail: 'kofi.mensah@nhs.net', ticked: ['gp_partner'], date: '',
    };
    const filled = await fillable(oeGpForm({ ...d, signed: false }), 'text1', 'o006a', META.reader('2026-11-18T14:00:00Z', 'Open Exeter Primary User Request - GP'));
    const signedScan = await scanned(oeGpForm({ ...d, signed: true }), {
      seed: 'o006b', hand: 'typed', skew: 0.5, noise: 0.3, shadow: 'none', gray: true,
      meta: META.scanner('RICOH IM C3000', '2026-11-18T15:21:00Z'),
    }, [0]);
    const body = `Hi,

Attached is our completed Primary User form, and a scan of page 1 signed by Dr Mensah as he wasn't able to sign it electronically.

Many thanks
Kasia

Katarzyna Lis
Assistant Practice Manager
Ridgeway Practice
`;
    out.push(email('006-oe-gp-two-files-fillable-and-signed-scan', {
      client: 'outlook', seed: 'o006', from: ['Lis Katarzyna', 'katarzyna.lis@nhs.net'], to: [OE],
      subject: 'Open Exeter primary user - Ridgeway Practice K83058', date: date('2026-11-18T15:33:47Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('OE Primary User form - Ridgeway.pdf', filled), pdf('OE form page 1 signed.pdf', signedScan)),
    }, expected(MB, 'open_exeter_primary_user_request', org('K83058', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Katarzyna Lis', 'katarzyna.lis@nhs.net'), signatory: sig('Kofi Mensah', 'kofi.mensah@nhs.net', 'gp_partner'),
    }, { traits: ['two_pdfs', 'pdf_acroform', 'acro_generic_names', 'pdf_scan', 'unsigned_copy_plus_signed_scan', 'nickname_signoff'] }), 2, 1));
  }

  // 007 ------------------------------------------------------------------ GP: the Caldicott Guardian's letter instead of the form
  {
    const buf = await letter({
      org: 'Brambles Medical Centre', family: 'serif', colour: [0.2, 0.35, 0.15],
      headLines: ['Brambles Way, Stockton-on-Tees TS19 0NB', 'Tel 01642 618 007   |   Practice code P81099'],
      date: '19 November 2026', salutation: 'Dear Open Exeter team,', re: 'Request for an Open Exeter Primary User',
      body: [
        'I am the Caldicott Guardian for Brambles Medical Centre (P81099).',
        'I confirm that Ms Nadia Rahman, our Assistant Practice Manager, should be set up as a Primary User on Open Exeter for the practice, so that she can manage our users and reset passwords. Her email address is nadia.rahman@nhs.net.',
        'Please contact me at peter.lindqvist@nhs.net if you need to verify this request.',
      ],
      closing: 'Yours sincerely', signed: true, signName: 'Dr Peter Lindqvist', signLines: ['General Practitioner', 'Caldicott Guardian, Brambles Medical Centre'],
    }, 'o007', META.word('Peter Lindqvist', '2026-11-19T09:15:00Z'));
    const body = `Dear PCSE,

We couldn't find the form on your website, so Dr Lindqvist has written a letter instead - I hope this is OK.

Kind regards
Nadia Rahman
Assistant Practice Manager
Brambles Medical Centre
`;
    out.push(email('007-oe-gp-caldicott-letter-instead-of-form', {
      client: 'outlook', seed: 'o007', from: ['Rahman Nadia', 'nadia.rahman@nhs.net'], to: [OE],
      subject: 'Open Exeter primary user', date: date('2026-11-19T09:40:05Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Letter - Open Exeter Primary User.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('P81099', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Nadia Rahman', 'nadia.rahman@nhs.net'), signatory: sig('Peter Lindqvist', 'peter.lindqvist@nhs.net', 'caldicott_guardian'),
    }, { traits: ['letterhead_pdf', 'letter_instead_of_form', 'honorifics'] }), 1));
  }

  // 008 ------------------------------------------------------------------ GP form signed by the practice manager (no box ticked)
  {
    const form = oeGpForm({
      practiceName: 'Thornbury Medical Centre', practiceCode: 'Y03321', practiceAddress: '1 Rock Street, Thornbury BS35 2AP', practicePhone: '01454 412 299',
      title: 'Mr', forename: 'Darren', surname: 'Walsh', job: 'Data Quality Lead', email: 'darren.walsh@nhs.net', phone: '01454 412 288',
      signatoryName: 'Carol Brennan', signatoryPosition: 'Practice Manager', signatoryEmail: 'carol.brennan@nhs.net', ticked: [], signed: true, date: '19/11/2026',
    });
    const buf = await flat(form, 'below', 'glyph', 'o008', META.word('Carol Brennan', '2026-11-19T11:30:00Z', 'Open Exeter Primary User Request'));
    const body = `Hi,

Please find attached our completed form for Darren to be set up as a Primary User.

Thanks
Carol

Carol Brennan
Practice Manager
Thornbury Medical Centre
`;
    out.push(email('008-oe-gp-word-signed-by-practice-manager', {
      client: 'outlook', seed: 'o008', from: ['Brennan Carol', 'carol.brennan@nhs.net'], to: [OE],
      subject: 'Primary User - Thornbury MC', date: date('2026-11-19T11:42:18Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Open Exeter form.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('Y03321', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Darren Walsh', 'darren.walsh@nhs.net'), signatory: sig('Carol Brennan', 'carol.brennan@nhs.net', 'other'),
    }, { mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat_word', 'values_below_labels', 'ballot_box_glyphs', 'no_capacity_ticked', 'allowed_roles_listed_on_page_2'] }), 1));
  }

  // 009 ------------------------------------------------------------------ other organisations form, fillable with snake_case names (a PCN hub)
  {
    const form = oeOtherForm({
      orgName: 'North Tyneside Coastal PCN', orgType: 'Primary Care Network (enhanced access hub)', orgCode: 'U83014', orgAddress: 'Whitley Bay Health Centre\nWhitley Road, Whitley Bay NE26 2ND',
      name: 'Grace Okonkwo-Reid', job: 'Hub Manager', email: 'grace.okonkwo-reid@nhs.net', phone: '0191 253 1124',
      signatoryName: 'Dr Alan Cheung', signatoryJob: 'Clinical Director and Caldicott Guardian', signatoryEmail: 'alan.cheung@nhs.net', ticked: ['caldicott_guardian'], signed: true, date: '20/11/2026',
    });
    const buf = await fillable(form, 'snake', 'o009', META.reader('2026-11-20T10:00:00Z', 'Open Exeter Primary User Request - Other Organisations'));
    const body = `Hello,

Please see attached Primary User request for our PCN's enhanced access hub, where we now offer cervical screening appointments.

Kind regards
Grace Okonkwo-Reid
Hub Manager, North Tyneside Coastal PCN
`;
    out.push(email('009-oe-other-fillable-snake-case-pcn', {
      client: 'outlook', seed: 'o009', from: ['Okonkwo-Reid Grace', 'grace.okonkwo-reid@nhs.net'], to: [OE],
      subject: 'Open Exeter Primary User - PCN hub', date: date('2026-11-20T10:22:31Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('OE PU other orgs - NTC PCN.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('U83014', 'pcn'), {
      organisationKind: 'other', nominee: P('Grace Okonkwo-Reid', 'grace.okonkwo-reid@nhs.net'), signatory: sig('Alan Cheung', 'alan.cheung@nhs.net', 'caldicott_guardian'),
    }, { traits: ['pdf_acroform', 'acro_snake_case_names', 'other_organisation_form', 'pcn', 'hyphenated_name'] }), 1));
  }

  // 010 ------------------------------------------------------------------ other organisations form, hand-filled scan, a trust site code
  {
    const form = oeOtherForm({
      orgName: 'Sexual Health Sheffield', orgType: 'Sexual health service (NHS trust)', orgCode: 'RHQ', orgAddress: 'Royal Hallamshire Hospital\nGlossop Road, Sheffield S10 2JF',
      name: 'Bernadette Quinn', job: 'Clinic Administration Manager', email: 'bernadette.quinn@nhs.net', phone: '0114 226 8888',
      signatoryName: 'Dr Joseph Adebayo', signatoryJob: 'Clinical Lead', signatoryEmail: 'joseph.adebayo@nhs.net', ticked: ['existing_primary_user'], signed: true, date: '20-11-2026',
    });
    const buf = await scanned(form, {
      seed: 'o010', hand: 'hand', capsKeys: ['organisation_code'], skew: -1.9, noise: 0.7, shadow: 'top', gray: true, ink: 'black',
      meta: META.scanner('KONICA MINOLTA bizhub C300i', '2026-11-20T14:50:00Z'),
    });
    const body = `Dear Open Exeter team,

Please find attached a Primary User request for our service. Dr Adebayo is our existing Primary User.

Regards
Bernadette Quinn
Clinic Administration Manager
Sexual Health Sheffield
`;
    out.push(email('010-oe-other-scan-trust-code', {
      client: 'outlook', seed: 'o010', from: ['QUINN, Bernadette (SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST)', 'bernadette.quinn@nhs.net'], to: [OE],
      subject: 'Open Exeter Primary User Request', date: date('2026-11-20T15:02:44Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Scanned from a Konica Minolta device.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org('RHQ', 'other'), {
      organisationKind: 'other', nominee: P('Bernadette Quinn', 'bernadette.quinn@nhs.net'), signatory: sig('Joseph Adebayo', 'joseph.adebayo@nhs.net', 'existing_primary_user'),
    }, { mustRaise: ['ods_invalid'], traits: ['pdf_scan', 'handwritten', 'other_organisation_form', 'trust_code_fits_no_shape', 'nhsmail_display_name'] }), 1, 1));
  }

  // 011 ------------------------------------------------------------------ other organisations form, Word with [X], no code; the body corrects an email
  {
    const form = oeOtherForm({
      orgName: 'Wyre Forest GP Federation', orgType: 'GP federation (community interest company)', orgCode: 'Not known', orgAddress: 'Unit 4, Bewdley Road Business Park, Kidderminster DY11 6RL',
      name: 'Owen Bradley', job: 'Operations Manager', email: 'owen.bradley@nhs.net', phone: '01562 734 900',
      signatoryName: 'Margaret Ellison', signatoryJob: 'Director', signatoryEmail: 'margaret.ellison@nhs.net', ticked: ['board_member'], signed: true, date: '23/11/2026',
    });
    const buf = await flat(form, 'beside', 'brackets', 'o011', META.word('M Ellison', '2026-11-23T09:00:00Z'));
    const body = `Hi,

Please see attached.

Owen's email address on the form is wrong - it should be owen.bradley2@nhs.net (the other Owen Bradley is at a practice in Leeds!).

Thanks
Margaret Ellison
Director, Wyre Forest GP Federation
`;
    out.push(email('011-oe-other-word-brackets-body-corrects-email', {
      client: 'outlook', seed: 'o011', from: ['Ellison Margaret', 'margaret.ellison@nhs.net'], to: [OE],
      subject: 'Primary User request - Wyre Forest GP Federation', date: date('2026-11-23T09:27:13Z'),
      body: mixed(alt(body, toOutlookHtml(body)), pdf('Open Exeter PU request.pdf', buf)),
    }, expected(MB, 'open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: P('Owen Bradley', 'owen.bradley2@nhs.net'), signatory: sig('Margaret Ellison', 'margaret.ellison@nhs.net', 'board_member'),
    }, { traits: ['pdf_flat_word', 'values_beside_labels', 'bracket_checkboxes', 'body_corrects_attachment', 'no_ods_code'] }), 1));
  }

  // 012 ------------------------------------------------------------------ additional permissions, forwarded by the GP partner: "Approved, please action"
  {
    const body = `Approved, please action - Dr Ellen Park, GP Partner, Fernlea Surgery (D81022)

${outlookBlock(['Dunn Rachel', 'rachel.dunn@nhs.net'], '2026-11-23T11:15:00Z', [['Park Ellen', 'ellen.park@nhs.net']], 'Open Exeter access for Tom')}
Hi Ellen,

PCSE need this to come from a partner. Could you forward to pcse.openexeter@nhs.net?

Please could Tom Baxter (Open Exeter user ID BAXTERT1, tom.baxter@nhs.net) be given access to:
- Prior Notification List
- Patient Details Enquiry

Thanks
Rachel
`;
    out.push(email('012-perm-forward-approved-please-action', {
      client: 'outlook', seed: 'o012', from: ['Park Ellen', 'ellen.park@nhs.net'], to: [OE],
      subject: 'FW: Open Exeter access for Tom', date: date('2026-11-23T12:40:09Z'),
      body: alt(body, toOutlookHtml(body)),
    }, expected(MB, 'open_exeter_additional_permissions', org('D81022', 'gp_practice'), {
      user: { ...P('Tom Baxter', 'tom.baxter@nhs.net'), username: 'BAXTERT1' }, permissions: ['Prior Notification List', 'Patient Details Enquiry'],
      signatory: sig('Ellen Park', 'ellen.park@nhs.net', 'gp_partner'),
    }, { traits: ['forwarded', 'approved_please_action', 'bullet_list', 'request_written_by_someone_else'] })));
  }

  // 013 ------------------------------------------------------------------ additional permissions, sent on behalf of the Caldicott Guardian (cc'd)
  {
    const body = `Dear PCSE,

Sent on behalf of Dr Yusuf Patel, Caldicott Guardian (copied in).

Please add the Cytology Results application to Mrs Linda Shore's Open Exeter account. Her user ID is SHOREL01 and her email is linda.shore@nhs.net.

Linthorpe Road Surgery, A81054

Kind regards
Joanna Wright
Secretary
`;
    out.push(email('013-perm-on-behalf-of-caldicott', {
      client: 'outlook', seed: 'o013', from: ['Wright Joanna', 'joanna.wright22@nhs.net'], to: [OE], cc: [['Patel Yusuf', 'yusuf.patel@nhs.net']],
      subject: 'Open Exeter - additional access', date: date('2026-11-24T10:02:51Z'),
      body: text(body),
    }, expected(MB, 'open_exeter_additional_permissions', org('A81054', 'gp_practice'), {
      user: { ...P('Linda Shore', 'linda.shore@nhs.net'), username: 'SHOREL01' }, permissions: ['Cytology Results'],
      signatory: sig('Yusuf Patel', 'yusuf.patel@nhs.net', 'caldicott_guardian'),
    }, { traits: ['sent_on_behalf', 'signatory_in_cc', 'honorifics'] })));
  }

  // 014 ------------------------------------------------------------------ additional permissions asked by a practice manager
  {
    const body = `Hi Open Exeter team,

Could you give our new receptionist Jade Morris access to the Prior Notification List please? Her user ID is MORRISJ4 and email jade.morris1@nhs.net.

Many thanks

Stephanie Crook
Practice Manager
Moss Side Family Practice (P84070)
`;
    out.push(email('014-perm-practice-manager-not-allowed', {
      client: 'apple', seed: 'o014', from: ['Stephanie Crook', 'stephanie.crook@nhs.net'], to: [OE],
      subject: 'PNL access – Jade Morris', date: date('2026-11-24T14:45:00Z'),
      body: text(body, 'quoted-printable', 'us-ascii'),
    }, expected(MB, 'open_exeter_additional_permissions', org('P84070', 'gp_practice'), {
      user: { ...P('Jade Morris', 'jade.morris1@nhs.net'), username: 'MORRISJ4' }, permissions: ['Prior Notification List'],
      signatory: sig('Stephanie Crook', 'stephanie.crook@nhs.net', 'other'),
    }, { mustRaise: ['signatory_role_not_allowed'], traits: ['practice_manager_requester', 'apple_mail'] })));
  }

  // 015 ------------------------------------------------------------------ Open Exeter's new-user notification
  {
    const body = `This is an automated message from Open Exeter. Please do not reply to this email.

A new user has been created by an Organisation Maintenance user and requires authorisation by PCSE.

Organisation Code  : C84031
Organisation Name  : ASPLEY MEDICAL CENTRE
User ID            : KHANA07
Surname            : KHAN
Forename           : AMINA
Email Address      : amina.khan12@nhs.net
Job Role           : Healthcare Assistant
Created By         : WALSH, JOANNE (WALSHJ02)
Date Created       : 24/11/2026 10:42

Open Exeter - Cervical Screening Administration Service
`;
    out.push(email('015-new-user-notification', {
      client: 'system', seed: 'o015', from: ['Open Exeter', 'openexeter.notifications@nhs.net'], to: [OE],
      subject: 'Open Exeter - New User Authorisation Required - C84031', date: date('2026-11-24T10:42:31Z'),
      extra: [['X-Mailer', 'OpenExeter Notification Service 3.2'], ['Auto-Submitted', 'auto-generated']],
      body: text(body, '7bit', 'us-ascii'),
    }, expected(MB, 'open_exeter_new_user_authorisation', org('C84031', 'gp_practice'), {
      user: { ...P('Amina Khan', 'amina.khan12@nhs.net'), username: 'KHANA07' }, createdBy: P('Joanne Walsh', null),
    }, { traits: ['system_notification', 'surname_forename_fields', 'auto_generated_header_but_request'] })));
  }

  // 016 ------------------------------------------------------------------ notification forwarded by the primary user who created the account
  {
    const body = `Hi, I've set up our new HCA on Open Exeter - please could you authorise her. Thanks, Priyanka

Sent from my iPhone

${appleBlock(['Open Exeter', 'openexeter.notifications@nhs.net'], '2026-11-25T09:12:00Z', [[null, 'priyanka.sharma@nhs.net']], 'Open Exeter - New user created - B82005')}
A new user has been created by an Organisation Maintenance user and requires authorisation by PCSE.

Organisation Code  : B82005
Organisation Name  : KNARESBOROUGH ROAD SURGERY
User ID            : OBRIENC1
Surname            : O'BRIEN
Forename           : CIARAN
Email Address      : ciaran.obrien@nhs.net
Job Role           : Healthcare Assistant
Created By         : SHARMA, PRIYANKA (SHARMAP2)
Date Created       : 25/11/2026 09:11
`;
    out.push(email('016-new-user-forwarded-by-creator', {
      client: 'iphone', seed: 'o016', from: ['Priyanka Sharma', 'priyanka.sharma@nhs.net'], to: [OE],
      subject: 'Fwd: Open Exeter - New user created - B82005', date: date('2026-11-25T09:20:40Z'),
      body: text(body, 'quoted-printable', 'utf-8'),
    }, expected(MB, 'open_exeter_new_user_authorisation', org('B82005', 'gp_practice'), {
      user: { ...P("Ciaran O'Brien", 'ciaran.obrien@nhs.net'), username: 'OBRIENC1' }, createdBy: P('Priyanka Sharma', 'priyanka.sharma@nhs.net'),
    }, { traits: ['forwarded', 'system_notification', 'creator_is_sender', 'apostrophe_in_name'] })));
  }

  // 017 ------------------------------------------------------------------ chaser, reference in the subject
  {
    const body = `Hello,

We sent our Primary User form two weeks ago and haven't heard anything. Our only Primary User leaves on Friday - please could someone let me know where this is up to?

Thanks
Sophie Addo
Castlegate Medical Practice
`;
    out.push(email('017-chaser-reference-in-subject', {
      client: 'owa', seed: 'o017', from: ['Sophie Addo', 'sophie.addo@nhs.net'], to: [OE],
      subject: 'RE: Open exeter [PCSE-2026-030117] - chasing', date: date('2026-12-02T09:01:30Z'),
      body: alt(body, toOutlookHtml(body)),
    }, unclassified(MB, ['chaser', 'case_ref_in_subject'])));
  }

  // 018 ------------------------------------------------------------------ auto-reply
  {
    const body = `I am currently on annual leave returning on 7th December.

For Open Exeter queries please contact Thomas Greaves on thomas.greaves@nhs.net.

Dr Chidi Okoro
`;
    out.push(email('018-auto-reply', {
      client: 'outlook', seed: 'o018', from: ['Okoro Chidi', 'chidi.okoro@nhs.net'], to: [OE],
      subject: 'Automatic reply: Open Exeter - Primary User - Sandfield Medical Practice [PCSE-2026-030350]', date: date('2026-11-27T12:00:02Z'),
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
      body: alt(body, toOutlookHtml(body)),
    }, unclassified(MB, ['auto_reply', 'names_a_person_and_address'], 'auto_reply')));
  }

  // 019 ------------------------------------------------------------------ question
  {
    const body = `Good afternoon,

We are a colposcopy clinic run by an independent provider and we need access to Open Exeter for our administrators. Which Primary User form should we use, and does it have to be signed by our Caldicott Guardian or can our registered manager sign?

Kind regards
Hollie Barnes
Service Administrator, Medway Community Colposcopy
`;
    out.push(email('019-question-which-form', {
      client: 'gmail', seed: 'o019', from: ['Hollie Barnes', 'medway.colposcopy.admin@gmail.com'], to: [OE],
      subject: 'Which form?', date: date('2026-11-26T14:20:18Z'),
      body: alt(body, `<div dir="ltr">${body.split('\n\n').map((p) => `<div>${p.replace(/\n/g, '<br>')}</div><div><br></div>`).join('')}</div>\n`),
    }, unclassified(MB, ['question', 'names_roles_without_request', 'non_nhs_sender'])));
  }

  return out;
}
