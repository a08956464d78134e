// pcse.openexeter@nhs.net: corpus 37 (writer AG).
import { compose, org } from './compose.js';
import { ACROBAT, CORP_FOOTER, LIVECYCLE, MFD, TRUST_BOTTOM, WORD, formPdf, scanPdf, scannedFormPage } from './common.js';
import { OE_GP, OE_GP_LONG_NAMES, OE_GP_WORD, OE_OTHER, OE_OTHER_XFA_NAMES } from './forms.js';
import { type Email, NHSMAIL_FOOTER, escHtml, outlookShell, person, rfcDate, sentLine } from './lib.js';
import { handwrite, rubberStamp } from './scans.js';

const MB = 'openexeter' as const;
const none: string[] = [];

const GREENWAY = { name: 'Greenway Medical Group (E85027)', email: 'greenway.medicalgroup@nhs.net' };
const NIKHIL = { name: 'SHAH, Nikhil (GREENWAY MEDICAL GROUP)', email: 'nikhil.shah14@nhs.net' };
const CVCH_SHARED = { name: 'Calder Valley Community Healthcare NHS Trust - Primary Care Directorate', email: 'cvch.primarycare@nhs.net' };
const HANNAH = { name: 'OKAFOR, Hannah (CALDER VALLEY COMMUNITY HEALTHCARE NHS TRUST)', email: 'hannah.okafor@nhs.net' };
const OE_SYSTEM = { name: 'Open Exeter', email: 'no-reply.openexeter@nhs.net' };
const HOSPICE_FOOTER = 'St Aldhelm\'s Hospice is a registered charity (no. 1012345) and a company limited by guarantee registered in England and Wales (no. 02761194). This email and any attachments are confidential and intended for the named recipient only. If you have received it in error, please tell the sender and delete it. The hospice does not accept liability for viruses transmitted by email.';

const sig = (name: string, email: string | null, role: string) => ({ ...person(name, email), role });

const notification = (f: { code: string; orgName: string; userId: string; surname: string; forename: string; email: string; role: string; createdBy: string; created: string }) => `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A new user account has been created and is awaiting authorisation by PCSE.

Organisation code : ${f.code}
Organisation name : ${f.orgName}
User ID           : ${f.userId}
Surname           : ${f.surname}
Forename          : ${f.forename}
Email address     : ${f.email}
Job role          : ${f.role}
Created by        : ${f.createdBy}
Date created      : ${f.created}

This is an automatically generated email. Please do not reply to this address.
`;

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 ── GP practice, Lead GP, fillable form with long descriptive field names, from the practice mailbox on behalf of the nominee
  {
    const pdf = await formPdf(OE_GP, ACROBAT('Open Exeter Primary User request - GP practices', '2026-11-12T08:50:00Z'), {
      practiceName: 'Greenway Medical Group', odsCode: 'E85027', address: '1 Greenway Road, Hounslow\nTW4 6AB',
      nomineeName: 'NIKHIL SHAH', nomineeRole: 'Operations Manager', nomineeEmail: 'nikhil.shah14@nhs.net', nomineeUserId: '',
      sigName: 'Dr Ruth Abernethy', capLead: true, sigEmail: 'ruth.abernethy@nhs.net', sig: 'Ruth Abernethy', sigDate: '12/11/2026',
    }, OE_GP_LONG_NAMES);
    out.push(compose({
      mailbox: MB, slug: 'primary-user-gp-lead-gp-acroform',
      env: { from: GREENWAY, sender: NIKHIL, subject: 'Open Exeter Primary User form - Greenway Medical Group E85027', date: rfcDate('2026-11-12T09:14:33Z') },
      format: 'alt',
      blocks: [
        'Dear Open Exeter team,',
        'Please find attached the Primary User request form for Greenway Medical Group, signed by our Lead GP. We currently have only one Primary User (our practice manager, who starts maternity leave in December), so this would be our second.',
        'Kind regards',
        'Nikhil Shah\nOperations Manager\nGreenway Medical Group\nnikhil.shah14@nhs.net',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'OE Primary User form - Greenway E85027.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('E85027', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Nikhil Shah', 'nikhil.shah14@nhs.net'), signatory: sig('Ruth Abernethy', 'ruth.abernethy@nhs.net', 'lead_gp') },
        mustRaise: none, traits: ['pdf_acroform', 'long_field_names', 'sent_on_behalf', 'shared_mailbox', 'checkbox_capacity'],
      },
    }));
  }

  // 2 ── hospice, Caldicott Guardian, LiveCycle form with XFA-style dotted field names, surname and forenames apart
  {
    const pdf = await formPdf(OE_OTHER, LIVECYCLE('Open Exeter Primary User request - other organisations', '2026-11-13T10:20:00Z'), {
      orgName: 'St Aldhelm\'s Hospice', orgCode: '8JN52', orgType: 'Independent hospice (registered charity)', dept: 'Women\'s Health and Lymphoedema Clinic',
      address: 'Aldhelm House, Bradford Road\nSherborne DT9 6BP',
      nomSurname: 'PENROSE', nomForenames: 'Anna-Louise', nomineeRole: 'Clinic Coordinator', nomineeEmail: 'anna-louise.penrose@nhs.net',
      sigName: 'Dr Hamish Rattray', sigTitle: 'Medical Director', capCg: true, sigEmail: 'hamish.rattray@staldhelms-hospice.org.uk', sig: 'Hamish Rattray', sigDate: '13/11/2026',
    }, OE_OTHER_XFA_NAMES);
    out.push(compose({
      mailbox: MB, slug: 'primary-user-hospice-caldicott-xfa-names',
      env: { from: { name: 'St Aldhelm\'s Hospice - Information Governance', email: 'ig@staldhelms-hospice.org.uk' }, subject: 'Open Exeter Primary User application - St Aldhelm\'s Hospice', date: rfcDate('2026-11-13T10:44:02Z'), client: 'exchange-trust' },
      format: 'alt',
      blocks: [
        'Dear PCSE,',
        'Please find attached our application for an Open Exeter Primary User for the hospice\'s women\'s health and lymphoedema clinic, which now checks screening histories for its outpatients.',
        'The form has been completed electronically and signed by our Caldicott Guardian, Dr Hamish Rattray.',
        'Kind regards,',
        'Information Governance Team\nSt Aldhelm\'s Hospice\nAldhelm House, Bradford Road, Sherborne DT9 6BP',
        { small: HOSPICE_FOOTER },
      ],
      attachments: [{ filename: 'OE_PrimaryUser_OtherOrgs_StAldhelms.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('8JN52', 'other'),
        fields: { organisationKind: 'other', nominee: person('Anna-Louise Penrose', 'anna-louise.penrose@nhs.net'), signatory: sig('Hamish Rattray', 'hamish.rattray@staldhelms-hospice.org.uk', 'caldicott_guardian') },
        mustRaise: none, traits: ['pdf_acroform', 'xfa_style_names', 'surname_forename_split', 'other_organisation', 'hospice', 'non_nhs_domain'],
      },
    }));
  }

  // 3 ── trust colposcopy service, board member: a clean 300 dpi scan of a typed form with an ink signature
  {
    const page = await scannedFormPage(OE_OTHER, {
      dpi: 300, seed: 'o003', skewDeg: 0.18, specks: 12, noise: 3, tint: [252, 252, 250], color: true, quality: 80, handKeys: ['sigDate'],
      values: {
        orgName: 'Royal Wessex Hospital NHS Foundation Trust', orgCode: 'RWX', orgType: 'NHS Foundation Trust (acute)', dept: 'Colposcopy Service, Women\'s Health Division',
        address: 'Wessex Way, Basingstoke\nRG24 9NA',
        nomSurname: 'OKWUOSA', nomForenames: 'Bernadette', nomineeRole: 'Colposcopy Administration Lead', nomineeEmail: 'bernadette.okwuosa@nhs.net',
        sigName: 'Professor Alistair Crane', sigTitle: 'Chief Medical Officer', capBoard: true, sigEmail: 'alistair.crane@nhs.net', sig: 'Alistair Crane', sigDate: '16/11/26',
      },
    });
    const pdf = await scanPdf([page], MFD('RICOH IM C4510', '2026-11-17T08:22:10Z'));
    out.push(compose({
      mailbox: MB, slug: 'primary-user-trust-board-member-clean-scan',
      env: { from: { name: 'ELLIS, Victoria (ROYAL WESSEX HOSPITAL NHS FOUNDATION TRUST)', email: 'victoria.ellis9@nhs.net' }, subject: 'Open Exeter Primary User - Colposcopy Service - Royal Wessex', date: rfcDate('2026-11-17T08:40:51Z') },
      format: 'alt',
      blocks: [
        'Hello,',
        'Attached is the signed Primary User request for our colposcopy service. It has been signed by our Chief Medical Officer, who sits on the Trust Board.',
        'Many thanks',
        'Victoria Ellis\nColposcopy Services Manager\nWomen\'s Health Division\nRoyal Wessex Hospital NHS Foundation Trust',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'SKM_C451026111708220.pdf', data: pdf, scan: true }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RWX', 'other'),
        fields: { organisationKind: 'other', nominee: person('Bernadette Okwuosa', 'bernadette.okwuosa@nhs.net'), signatory: sig('Alistair Crane', 'alistair.crane@nhs.net', 'board_member') },
        mustRaise: none, traits: ['scan', 'high_resolution_scan', 'typed_form', 'ink_signature', 'other_organisation', 'trust', 'surname_forename_split'],
      },
    }));
  }

  // 4 ── GP practice, existing Primary Contact: a colour MFD scan with a received stamp and a handwritten note across it
  {
    const page = await scannedFormPage(OE_GP, {
      dpi: 200, seed: 'o004', skewDeg: 1.2, specks: 220, noise: 16, shadowEdge: 'top', color: true, valueStyle: 'hand', quality: 70,
      values: {
        practiceName: 'Tollgate Surgery', odsCode: 'H81640', address: '7 Tollgate Road\nGateshead NE8 3PL',
        nomineeName: 'ROSALIND MBATHA', nomineeRole: 'Deputy Practice Manager', nomineeEmail: 'rosalind.mbatha@nhs.net',
        sigName: 'Clare Fenwick', capExisting: true, sigEmail: 'clare.fenwick3@nhs.net', sig: 'Clare Fenwick', sigDate: '05/11/2026',
      },
      decorate: (ctx, _s, rnd) => {
        rubberStamp(ctx, 330, 84, ['TOLLGATE SURGERY', 'RECEIVED', '06 NOV 2026'], -7, rnd);
        ctx.save();
        ctx.translate(120, 690);
        ctx.rotate(-0.05);
        handwrite(ctx, 'Replaces Mrs J Kettley as Primary User (left 30/10) -', 0, 0, 13, rnd);
        handwrite(ctx, 'please remove her access.   CF', 0, 18, 13, rnd);
        ctx.restore();
        ctx.save();
        ctx.strokeStyle = 'rgba(22,35,120,0.85)';
        ctx.lineWidth = 1.2;
        ctx.beginPath();
        ctx.moveTo(110, 682);
        ctx.bezierCurveTo(70, 640, 60, 440, 150, 412);
        ctx.stroke();
        ctx.restore();
      },
    });
    const pdf = await scanPdf([page], MFD('Brother MFC-L8900CDW', '2026-11-06T10:03:00Z'));
    out.push(compose({
      mailbox: MB, slug: 'primary-user-gp-existing-contact-stamped-scan',
      env: { from: { name: 'Tollgate Surgery Reception', email: 'tollgate.reception@nhs.net' }, subject: 'OE form', date: rfcDate('2026-11-06T10:09:45Z'), client: 'nhsmail-owa' },
      format: 'text',
      text: `Hi please see attached form

Thanks
Tollgate Surgery reception

${NHSMAIL_FOOTER}
`,
      attachments: [{ filename: 'scan0041.pdf', data: pdf, scan: true }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('H81640', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Rosalind Mbatha', 'rosalind.mbatha@nhs.net'), signatory: sig('Clare Fenwick', 'clare.fenwick3@nhs.net', 'existing_primary_contact') },
        mustRaise: none, traits: ['scan', 'handwritten_values', 'stamp', 'handwritten_annotation', 'distractor_name', 'terse', 'see_attached'],
      },
    }));
  }

  // 5 ── community sexual health service, existing Primary User signs; flat form, values in table cells
  {
    const pdf = await formPdf(OE_OTHER, WORD('Open Exeter Primary User request', 'Laura McIntyre', '2026-11-17T14:00:00Z'), {
      orgName: 'Kestrel Community Sexual Health Service', orgCode: 'RY7', orgType: 'Community health services (NHS Trust)', dept: 'Sexual and reproductive health',
      address: 'Kestrel House, 9 Halifax Road\nBrighouse HD6 2AA',
      nomSurname: 'EZE', nomForenames: 'Chiamaka', nomineeRole: 'Senior Administrator', nomineeEmail: 'chiamaka.eze@nhs.net',
      sigName: 'Laura McIntyre', sigTitle: 'Service Administration Manager', capPu: true, sigEmail: 'laura.mcintyre4@nhs.net', sig: 'Laura McIntyre', sigDate: '17/11/2026',
    });
    out.push(compose({
      mailbox: MB, slug: 'primary-user-community-existing-pu-flat',
      env: { from: { name: 'Kestrel Community Sexual Health Service', email: 'kestrel.sexualhealth@nhs.net' }, sender: { name: 'McINTYRE, Laura (CALDER VALLEY COMMUNITY HEALTHCARE NHS TRUST)', email: 'laura.mcintyre4@nhs.net' }, subject: 'Open Exeter - second Primary User - Kestrel Sexual Health', date: rfcDate('2026-11-17T14:26:14Z') },
      format: 'alt',
      blocks: [
        'Hi,',
        'Please see the attached form to add a second Primary User for Kestrel Community Sexual Health Service. I am the service\'s existing Primary User and have signed the form.',
        'Thanks,',
        'Laura McIntyre\nService Administration Manager\nKestrel Community Sexual Health Service\nCalder Valley Community Healthcare NHS Trust',
        { small: `${TRUST_BOTTOM}\n\n${NHSMAIL_FOOTER}` },
      ],
      attachments: [{ filename: 'Kestrel SH - OE Primary User form.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RY7', 'other'),
        fields: { organisationKind: 'other', nominee: person('Chiamaka Eze', 'chiamaka.eze@nhs.net'), signatory: sig('Laura McIntyre', 'laura.mcintyre4@nhs.net', 'existing_primary_user') },
        mustRaise: none, traits: ['pdf_flat_table', 'other_organisation', 'community_service', 'sent_on_behalf', 'surname_forename_split'],
      },
    }));
  }

  // 6 ── GP practice: the practice manager signs the practice's own Word copy of the form
  {
    const pdf = await formPdf(OE_GP_WORD, WORD('Open Exeter Primary User request - Abbeyfield', 'Andrea Colquhoun', '2026-11-18T09:10:00Z'), {
      practiceName: 'Abbeyfield Practice', odsCode: 'L82019', address: 'Abbeyfield Health Centre, Church Lane\nSt Austell PL25 4BT',
      nomineeName: 'Jodie Marsh', nomineeRole: 'Reception Supervisor', nomineeEmail: 'jodie.marsh6@nhs.net', nomineePhone: '0117 496 0948',
      sigName: 'Andrea Colquhoun', sigCapacity: 'Practice Manager', sigEmail: 'andrea.colquhoun@nhs.net', sig: 'Andrea Colquhoun', sigDate: '18 November 2026',
    });
    out.push(compose({
      mailbox: MB, slug: 'primary-user-gp-practice-manager-word',
      env: { from: { name: 'Abbeyfield Practice - Practice Manager', email: 'abbeyfield.pm@nhs.net' }, subject: 'Primary User request - Abbeyfield Practice', date: rfcDate('2026-11-18T09:22:37Z') },
      format: 'alt',
      blocks: [
        'Good morning,',
        'Please find attached our Open Exeter Primary User request. Our GPs are all sessional at the moment and we have no partner on site this week, so I have signed it myself as Practice Manager. I hope this is OK.',
        'Kind regards',
        'Andrea Colquhoun\nPractice Manager\nAbbeyfield Practice (L82019)\nandrea.colquhoun@nhs.net',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'Open Exeter PU request Abbeyfield.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L82019', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Jodie Marsh', 'jodie.marsh6@nhs.net'), signatory: sig('Andrea Colquhoun', 'andrea.colquhoun@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat_table', 'word_export', 'capacity_as_text', 'practice_manager_signs'],
      },
    }));
  }

  // 7 ── GP partner; fillable form completed but the signature box and date left empty
  {
    const pdf = await formPdf(OE_GP, ACROBAT('Open Exeter Primary User request - GP practices', '2026-11-19T20:41:00Z'), {
      practiceName: 'Linden House Surgery', odsCode: 'C84633', address: '3 Linden Avenue, Newark\nNG24 1QS',
      nomineeName: 'MARIA DOS SANTOS', nomineeRole: 'Practice Administrator', nomineeEmail: 'maria.dossantos@nhs.net', nomineeUserId: '',
      sigName: 'Dr Rhys Bellamy', capPartner: true, sigEmail: 'rhys.bellamy@nhs.net', sig: '', sigDate: '',
    }, OE_GP_LONG_NAMES);
    out.push(compose({
      mailbox: MB, slug: 'primary-user-gp-partner-unsigned-acroform',
      env: { from: { name: 'Dr Rhys Bellamy', email: 'rhys.bellamy@nhs.net' }, subject: 'Open Exeter Primary User form - Linden House Surgery', date: rfcDate('2026-11-19T20:55:16Z') },
      format: 'alt',
      blocks: [
        'Hello,',
        'Attached is our Primary User form for Linden House Surgery, completed electronically. I am one of the GP partners and have ticked that on the form. I was not able to add a signature to the PDF from home, but I am happy for this email to serve as confirmation.',
        'Best wishes',
        'Rhys Bellamy\nGP Partner, Linden House Surgery',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'OE PU form Linden House.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('C84633', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Maria Dos Santos', 'maria.dossantos@nhs.net'), signatory: sig('Rhys Bellamy', 'rhys.bellamy@nhs.net', 'gp_partner') },
        mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'long_field_names', 'unsigned_form', 'checkbox_capacity'],
      },
    }));
  }

  // 8 ── other organisation signed by its Lead GP (not an allowed signatory for non-GP organisations), no code
  {
    const pdf = await formPdf(OE_OTHER, WORD('OE Primary User - Community Gynaecology', 'Femi Adebayo', '2026-11-19T16:00:00Z'), {
      orgName: 'Severn Vale GP Federation - Community Gynaecology Service', orgCode: '', orgType: 'GP federation (ICB-commissioned community service)', dept: 'Community Gynaecology',
      address: 'Unit 4, Riverside Business Park\nTewkesbury GL20 8JH',
      nomSurname: 'KOWALCZYK', nomForenames: 'Agata', nomineeRole: 'Service Coordinator', nomineeEmail: 'agata.kowalczyk@nhs.net',
      sigName: 'Dr Femi Adebayo', sigTitle: 'Lead GP', capOther: 'Lead GP for the service', sigEmail: 'femi.adebayo@nhs.net', sig: 'Femi Adebayo', sigDate: '19/11/2026',
    });
    out.push(compose({
      mailbox: MB, slug: 'primary-user-other-org-lead-gp-not-allowed',
      env: { from: { name: 'Dr Femi Adebayo', email: 'femi.adebayo@nhs.net' }, subject: 'Primary User for Community Gynaecology Service', date: rfcDate('2026-11-19T16:18:29Z') },
      format: 'alt',
      blocks: [
        'Dear Open Exeter team,',
        'Severn Vale GP Federation runs a Community Gynaecology Service, commissioned by the ICB, which needs to check cervical screening histories before clinic. Please find attached the Primary User request form for the service.',
        'I am the Lead GP for the service and have signed the form. The Federation does not have its own Caldicott Guardian at present, so I hope my signature is sufficient.',
        'Kind regards',
        'Dr Femi Adebayo\nLead GP, Community Gynaecology Service\nSevern Vale GP Federation',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'Community Gynae - OE Primary User request.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
        fields: { organisationKind: 'other', nominee: person('Agata Kowalczyk', 'agata.kowalczyk@nhs.net'), signatory: sig('Femi Adebayo', 'femi.adebayo@nhs.net', 'lead_gp') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat_table', 'other_organisation', 'no_ods_code', 'capacity_other_line', 'federation'],
      },
    }));
  }

  // 9 ── a GP practice run by a trust: GP form, signed by a trust board member
  {
    const pdf = await formPdf(OE_GP, WORD('Open Exeter Primary User request - Moorside Surgery', 'Hannah Okafor', '2026-11-20T10:00:00Z'), {
      practiceName: 'Moorside Surgery', odsCode: 'B86032', address: '18 Moor Lane, Brighouse\nHD6 3LS',
      nomineeName: 'TOMASZ WISNIEWSKI', nomineeRole: 'Interim Practice Manager', nomineeEmail: 'tomasz.wisniewski1@nhs.net', nomineeUserId: 'None',
      sigName: 'Margaret Oyelowo-Banks', capBoard: true, sigEmail: 'margaret.oyelowo-banks@nhs.net', sig: 'Margaret Oyelowo-Banks', sigDate: '20/11/2026',
    });
    out.push(compose({
      mailbox: MB, slug: 'primary-user-trust-run-gp-board-member',
      env: { from: CVCH_SHARED, sender: HANNAH, subject: 'Open Exeter Primary User - Moorside Surgery B86032', date: rfcDate('2026-11-20T10:37:45Z') },
      format: 'alt',
      blocks: [
        'Dear Open Exeter team,',
        'Please find attached a Primary User request for Moorside Surgery. Although the practice is run by Calder Valley Community Healthcare NHS Trust rather than by partners, it is a GP practice, so we have used the GP practice form.',
        'The form is signed by Margaret Oyelowo-Banks, the Trust\'s Chief Nurse, who is a voting member of the Trust Board of Directors.',
        'Kind regards',
        'Hannah Okafor\nPrimary Care Business Manager\nCalder Valley Community Healthcare NHS Trust',
        { small: `${TRUST_BOTTOM}\n\n${NHSMAIL_FOOTER}` },
      ],
      attachments: [{ filename: 'Moorside OE PU request (signed).pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B86032', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Tomasz Wisniewski', 'tomasz.wisniewski1@nhs.net'), signatory: sig('Margaret Oyelowo-Banks', 'margaret.oyelowo-banks@nhs.net', 'board_member') },
        mustRaise: none, traits: ['pdf_flat_table', 'trust_run_practice', 'board_member_signs_for_gp', 'sent_on_behalf'],
      },
    }));
  }

  // 10 ── newest message corrects the nominee's address on the (re-attached) form
  {
    const pdf = await formPdf(OE_GP, WORD('Open Exeter Primary User - Pendle View', 'Omar Farouk', '2026-11-23T17:00:00Z'), {
      practiceName: 'Pendle View Surgery', odsCode: 'P81702', address: '2 Pendle View, Colne\nBB8 9AU',
      nomineeName: 'ELLIE HARTIGAN', nomineeRole: 'Practice Manager', nomineeEmail: 'ellie.hartigan@nhs.net', nomineeUserId: '',
      sigName: 'Dr Omar Farouk', capLead: true, sigEmail: 'omar.farouk@nhs.net', sig: 'Omar Farouk', sigDate: '23/11/2026',
    });
    out.push(compose({
      mailbox: MB, slug: 'primary-user-thread-corrects-nominee-email',
      env: { from: { name: 'Dr Omar Farouk', email: 'omar.farouk@nhs.net' }, subject: 'RE: Open Exeter Primary User - Pendle View Surgery P81702 - CORRECTION', date: rfcDate('2026-11-24T08:06:02Z') },
      format: 'alt',
      blocks: [
        'Dear Open Exeter team,',
        'Apologies - the email address on the form I sent yesterday (below) is wrong. Ellie\'s address is ellie.hartigan1@nhs.net, not ellie.hartigan@nhs.net (that is someone at another practice). Everything else on the form is correct. I have re-attached the form for ease.',
        'Best wishes\nOmar',
        'Dr Omar Farouk\nLead GP\nPendle View Surgery',
        { quoteHeader: { from: 'Dr Omar Farouk <omar.farouk@nhs.net>', sent: sentLine('2026-11-23T17:12:00Z'), to: 'PCSE Open Exeter <pcse.openexeter@nhs.net>', subject: 'Open Exeter Primary User - Pendle View Surgery P81702' } },
        'Dear Open Exeter team,',
        'Please find attached our Primary User form for Pendle View Surgery (P81702), nominating our practice manager, Ellie Hartigan.',
        'Kind regards\nDr Omar Farouk\nLead GP',
        { small: NHSMAIL_FOOTER },
      ],
      attachments: [{ filename: 'Pendle View OE Primary User.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('P81702', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Ellie Hartigan', 'ellie.hartigan1@nhs.net'), signatory: sig('Omar Farouk', 'omar.farouk@nhs.net', 'lead_gp') },
        mustRaise: none, traits: ['thread', 'correction_in_newest_message', 'form_value_superseded', 'pdf_flat_table'],
      },
    }));
  }

  // 11 ── additional permissions: Caldicott Guardian, permissions as a bullet list
  out.push(compose({
    mailbox: MB, slug: 'permissions-caldicott-bullets',
    env: { from: { name: 'Dr Niamh Cassidy', email: 'niamh.cassidy@nhs.net' }, subject: 'Open Exeter - additional permissions for existing user - Quayside Medical Practice', date: rfcDate('2026-11-24T11:19:50Z') },
    format: 'alt',
    blocks: [
      'Dear PCSE,',
      'I am the Caldicott Guardian for Harbourside Health Partnership. Please could you grant additional Open Exeter permissions to the following existing user at Quayside Medical Practice (K83610):',
      'Name: Ben Aldridge\nOpen Exeter user ID: ALDRIDGEB\nEmail: ben.aldridge@nhs.net',
      'Permissions required:',
      { list: ['Cervical screening - Prior Notification List', 'Cervical screening - non-responder report', 'Patient enquiry (screening history)'] },
      'Ben has taken over the practice\'s screening failsafe work from a colleague who has retired.',
      'Kind regards',
      'Dr Niamh Cassidy\nCaldicott Guardian\nHarbourside Health Partnership',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('K83610', 'gp_practice'),
      fields: {
        user: { ...person('Ben Aldridge', 'ben.aldridge@nhs.net'), username: 'ALDRIDGEB' },
        permissions: ['Cervical screening - Prior Notification List', 'Cervical screening - non-responder report', 'Patient enquiry (screening history)'],
        signatory: sig('Niamh Cassidy', 'niamh.cassidy@nhs.net', 'caldicott_guardian'),
      },
      mustRaise: none, traits: ['bullet_list', 'labelled_lines', 'super_partnership'],
    },
  }));

  // 12 ── additional permissions: GP partner, a Yes/No table (only the "Yes" rows are asked for)
  out.push(compose({
    mailbox: MB, slug: 'permissions-gp-partner-yes-no-table',
    env: { from: { name: 'Dr Rhodri Vaughan', email: 'rhodri.vaughan@nhs.net' }, subject: 'Additional Open Exeter permissions - Sian Prosser - Bridge Street Surgery L84017', date: rfcDate('2026-11-25T09:03:11Z') },
    format: 'html',
    blocks: [
      'Dear Open Exeter team,',
      'As a GP Partner at Bridge Street Surgery (L84017), I would like to request additional permissions for our existing Open Exeter user below.',
      { table: [['User', 'Sian Prosser'], ['Open Exeter username', 'PROSSERS1'], ['Email', 'sian.prosser@nhs.net'], ['Job title', 'Practice Nurse Lead']] },
      'Permissions:',
      { table: [['Permission', 'Required?'], ['Prior Notification List - view', 'Yes'], ['Prior Notification List - amend / cease', 'Yes'], ['Cytology results enquiry', 'No - already has this'], ['Failsafe (no result) report', 'Yes']], head: true },
      'Kind regards,',
      'Dr Rhodri Vaughan\nGP Partner\nBridge Street Surgery',
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('L84017', 'gp_practice'),
      fields: {
        user: { ...person('Sian Prosser', 'sian.prosser@nhs.net'), username: 'PROSSERS1' },
        permissions: ['Prior Notification List - view', 'Prior Notification List - amend / cease', 'Failsafe (no result) report'],
        signatory: sig('Rhodri Vaughan', 'rhodri.vaughan@nhs.net', 'gp_partner'),
      },
      mustRaise: none, traits: ['html_only', 'outlook_table', 'yes_no_table', 'row_not_requested'],
    },
  }));

  // 13 ── additional permissions asked for by a practice manager, in one sentence
  out.push(compose({
    mailbox: MB, slug: 'permissions-practice-manager-inline',
    env: { from: { name: 'Andrea Colquhoun', email: 'andrea.colquhoun@nhs.net' }, subject: 'Open Exeter permissions for new nurse', date: rfcDate('2026-11-25T13:48:29Z') },
    format: 'text',
    text: `Hi,

Could you please give our new practice nurse, Grace Whitmore (Open Exeter user ID WHITMOREG, grace.whitmore@nhs.net), the prior notification list and cervical screening history enquiry permissions? She was set up by our Primary User last week but only has basic access.

Thanks,
Andrea Colquhoun
Practice Manager
Abbeyfield Practice, L82019

${NHSMAIL_FOOTER}
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('L82019', 'gp_practice'),
      fields: {
        user: { ...person('Grace Whitmore', 'grace.whitmore@nhs.net'), username: 'WHITMOREG' },
        permissions: ['prior notification list', 'cervical screening history enquiry'],
        signatory: sig('Andrea Colquhoun', 'andrea.colquhoun@nhs.net', 'other'),
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['plain_text', 'permissions_in_prose', 'practice_manager_requests'],
    },
  }));

  // 14 ── additional permissions from a Lead GP's personal address; the practice code has a letter O for a zero
  out.push(compose({
    mailbox: MB, slug: 'permissions-lead-gp-gmail-malformed-code',
    env: { from: { name: 'Yusuf Karimi', email: 'yusuf.karimi.gp@gmail.com' }, subject: 'Open Exeter permissions - Cranmore Surgery', date: rfcDate('2026-11-26T19:41:07Z'), client: 'gmail' },
    format: 'alt',
    text: `Dear Open Exeter team,

Apologies for writing from my personal address - my NHSmail account is locked and the NHSmail helpdesk can't reset it until Monday.

As Lead GP at Cranmore Surgery (ODS E86O14), I'd like to request the following additional permissions for our practice administrator Hollie Dawson (Open Exeter username DAWSONH, hollie.dawson@nhs.net):

1. Prior Notification List
2. Ceased patients report
3. Result letters reprint

Thanks very much,
Yusuf

Dr Yusuf Karimi
Lead GP, Cranmore Surgery
`,
    html: `<div dir="ltr"><div>Dear Open Exeter team,</div><div><br></div><div>Apologies for writing from my personal address - my NHSmail account is locked and the NHSmail helpdesk can&#39;t reset it until Monday.</div><div><br></div><div>As Lead GP at Cranmore Surgery (ODS E86O14), I&#39;d like to request the following additional permissions for our practice administrator Hollie Dawson (Open Exeter username DAWSONH, <a href="mailto:hollie.dawson@nhs.net">hollie.dawson@nhs.net</a>):</div><div><br></div><ol><li>Prior Notification List</li><li>Ceased patients report</li><li>Result letters reprint</li></ol><div>Thanks very much,</div><div>Yusuf</div><div><br></div><div>Dr Yusuf Karimi</div><div>Lead GP, Cranmore Surgery</div></div>
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('E86O14', 'gp_practice'),
      fields: {
        user: { ...person('Hollie Dawson', 'hollie.dawson@nhs.net'), username: 'DAWSONH' },
        permissions: ['Prior Notification List', 'Ceased patients report', 'Result letters reprint'],
        signatory: sig('Yusuf Karimi', 'yusuf.karimi.gp@gmail.com', 'lead_gp'),
      },
      mustRaise: ['sender_not_nhs', 'ods_invalid'], traits: ['gmail', 'personal_address', 'malformed_ods', 'numbered_list'],
    },
  }));

  // 15 ── Open Exeter's own new-user notification (auto-generated, still a request)
  out.push(compose({
    mailbox: MB, slug: 'new-user-notification-plain',
    env: {
      from: OE_SYSTEM, subject: 'Open Exeter: New user awaiting authorisation - H81640', date: rfcDate('2026-11-25T14:07:40Z'), client: 'system',
      extra: ['Auto-Submitted: auto-generated', 'X-Mailer: OpenExeter Notification Service 4.2'],
    },
    format: 'text', textCte: '7bit', charset: 'us-ascii',
    text: notification({ code: 'H81640', orgName: 'TOLLGATE SURGERY', userId: 'PATELK3', surname: 'PATEL', forename: 'KIRAN', email: 'kiran.patel54@nhs.net', role: 'RECEPTIONIST', createdBy: 'MBATHA, ROSALIND (Primary User)', created: '25/11/2026 14:07' }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('H81640', 'gp_practice'),
      fields: { user: { ...person('Kiran Patel', 'kiran.patel54@nhs.net'), username: 'PATELK3' }, createdBy: person('Rosalind Mbatha', null) },
      mustRaise: none, traits: ['system_notification', 'auto_generated_header', 'surname_first_caps'],
    },
  }));

  // 16 ── the notification forwarded by the creating Primary User from the practice mailbox
  out.push(compose({
    mailbox: MB, slug: 'new-user-notification-forwarded-on-behalf',
    env: { from: GREENWAY, sender: NIKHIL, subject: 'FW: Open Exeter: New user awaiting authorisation - E85027', date: rfcDate('2026-12-01T10:15:52Z') },
    format: 'alt',
    blocks: [
      'Hi OE team,',
      'Please could you authorise our new HCA, Grace Okonjo? The system notification is below - I set her up this morning.',
      'Thanks',
      'Nikhil Shah\nOperations Manager and Primary User\nGreenway Medical Group\nnikhil.shah14@nhs.net',
      { quoteHeader: { from: 'Open Exeter <no-reply.openexeter@nhs.net>', sent: sentLine('2026-12-01T09:58:00Z'), to: 'Greenway Medical Group (E85027) <greenway.medicalgroup@nhs.net>', subject: 'Open Exeter: New user awaiting authorisation - E85027' } },
      notification({ code: 'E85027', orgName: 'GREENWAY MEDICAL GROUP', userId: 'OKONJOG', surname: 'OKONJO', forename: 'GRACE', email: 'grace.okonjo@nhs.net', role: 'HEALTHCARE ASSISTANT', createdBy: 'SHAH, NIKHIL (Primary User)', created: '01/12/2026 09:58' }).trimEnd(),
      { small: NHSMAIL_FOOTER },
    ],
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('E85027', 'gp_practice'),
      fields: { user: { ...person('Grace Okonjo', 'grace.okonjo@nhs.net'), username: 'OKONJOG' }, createdBy: person('Nikhil Shah', 'nikhil.shah14@nhs.net') },
      mustRaise: none, traits: ['forward', 'sent_on_behalf', 'creator_forwards', 'surname_first_caps', 'quoted_outlook_header'],
    },
  }));

  // 17 ── an HTML notification for a hospice user with no email address
  {
    const rows: [string, string][] = [
      ['Organisation code', '8JN52'], ['Organisation name', 'ST ALDHELM\'S HOSPICE'], ['User ID', 'MORCOMBED'], ['Surname', 'MORCOMBE'], ['Forename', 'DAVID'],
      ['Email address', 'Not recorded'], ['Job role', 'HEALTHCARE ASSISTANT'], ['Created by', 'PENROSE, ANNA-LOUISE (Primary User)'], ['Date created', '02/12/2026 11:26'],
    ];
    const html = `<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<h3 style="color:#005eb8">Open Exeter &ndash; New user awaiting authorisation</h3>
<p>A new user account has been created in Organisation Maintenance and is awaiting authorisation by PCSE.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
${rows.map(([k, v]) => `<tr><th align="left" style="background:#e8edee">${escHtml(k)}</th><td>${escHtml(v)}</td></tr>`).join('\n')}
</table>
<p style="color:#768692;font-size:11px">This is an automatically generated email. Please do not reply to this address.</p>
</body></html>
`;
    out.push(compose({
      mailbox: MB, slug: 'new-user-notification-html-no-email',
      env: { from: OE_SYSTEM, subject: 'Open Exeter: New user awaiting authorisation - 8JN52', date: rfcDate('2026-12-02T11:26:31Z'), client: 'system', extra: ['X-Mailer: OpenExeter Notification Service 4.2'] },
      format: 'html', html,
      expected: {
        kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('8JN52', 'other'),
        fields: { user: { ...person('David Morcombe', null), username: 'MORCOMBED' }, createdBy: person('Anna-Louise Penrose', null) },
        mustRaise: none, traits: ['system_notification', 'html_only', 'html_table', 'no_user_email', 'other_organisation'],
      },
    }));
  }

  // 18 ── PCSE Online account unlock sent to the Open Exeter mailbox
  out.push(compose({
    mailbox: MB, slug: 'unlock-pcse-online-misdirected',
    env: { from: { name: 'Kelly-Anne Dobson', email: 'kellyanne.dobson@brightbaydental.co.uk' }, subject: 'Locked out', date: rfcDate('2026-12-02T08:37:14Z'), client: 'exchange-trust' },
    format: 'alt',
    blocks: [
      'Hello,',
      'I have locked my PCSE Online account (not Open Exeter - sorry if this is the wrong inbox, I couldn\'t find the right address). I\'m the Main Contact at Brightbay Dental Kingsmead, V018842.',
      'Username: kellyanne.dobson@brightbaydental.co.uk',
      'Please could you unlock it?',
      'Thanks,\nKelly-Anne',
      { small: CORP_FOOTER('Brightbay Dental Group Ltd', '07712094', 'Brightbay House, 12 Temple Quay, Bristol BS1 6DZ') },
    ],
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('V018842', 'dental_practice'),
      fields: { username: 'kellyanne.dobson@brightbaydental.co.uk' },
      mustRaise: none, traits: ['misdirected', 'mentions_open_exeter', 'non_nhs_domain'],
    },
  }));

  // 19 ── a genuine question about Primary Users across a federation
  out.push(compose({
    mailbox: MB, slug: 'question-primary-users-federation',
    env: { from: { name: 'Severn Vale GP Federation - Central Services', email: 'severnvale.centralservices@nhs.net' }, sender: { name: 'MORGAN, Bethan (SEVERN VALE GP FEDERATION)', email: 'bethan.morgan12@nhs.net' }, subject: 'Open Exeter Primary Users - federation question', date: rfcDate('2026-12-02T14:50:03Z') },
    format: 'alt',
    blocks: [
      'Good afternoon,',
      'We are reviewing Open Exeter access across the eleven member practices of Severn Vale GP Federation and would be grateful for advice before we send any forms:',
      { list: [
        'Does each practice need its own Primary User, or can one person at the Federation be the Primary User for all eleven practices?',
        'If each practice needs its own, does the Primary User form have to be signed by a GP partner at that practice, or can our Federation Caldicott Guardian sign for all of them?',
      ] },
      'Many thanks,',
      'Bethan Morgan\nBusiness Support Officer\nSevern Vale GP Federation - Central Services',
      { small: NHSMAIL_FOOTER },
    ],
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['question', 'mentions_open_exeter', 'sent_on_behalf'] },
  }));

  // 20 ── out-of-office reply
  out.push(compose({
    mailbox: MB, slug: 'auto-reply-out-of-office',
    env: {
      from: { name: 'ELLIS, Victoria (ROYAL WESSEX HOSPITAL NHS FOUNDATION TRUST)', email: 'victoria.ellis9@nhs.net' },
      subject: 'Automatic reply: PCSE-2026-120087 Open Exeter Primary User - Colposcopy Service - Royal Wessex', date: rfcDate('2026-12-03T09:00:41Z'),
      extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], inReplyTo: '<PCSE-2026-120087.2@pcse.england.nhs.uk>',
    },
    format: 'html',
    html: outlookShell(`<p class="MsoNormal">Thank you for your email. I am out of the office until Wednesday 9 December with limited access to email.<o:p></o:p></p>
<p class="MsoNormal">For colposcopy appointments please call 0118 496 0290. For Open Exeter queries please contact colposcopy.admin@nhs.net.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Victoria Ellis<br>Colposcopy Services Manager<o:p></o:p></p>`),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: none, traits: ['out_of_office', 'html_only', 'case_ref'] },
  }));

  // 21 ── a chaser with the reference in the subject
  out.push(compose({
    mailbox: MB, slug: 'chaser-reference-in-subject',
    env: {
      from: { name: 'Kestrel Community Sexual Health Service', email: 'kestrel.sexualhealth@nhs.net' }, sender: { name: 'McINTYRE, Laura (CALDER VALLEY COMMUNITY HEALTHCARE NHS TRUST)', email: 'laura.mcintyre4@nhs.net' },
      subject: 'RE: PCSE-2026-120114 Open Exeter - second Primary User - Kestrel Sexual Health - any update?', date: rfcDate('2026-12-04T11:12:26Z'),
      inReplyTo: '<PCSE-2026-120114.1@pcse.england.nhs.uk>',
    },
    format: 'alt',
    blocks: [
      'Hello,',
      'Could you let me know where this is up to? Chiamaka still does not have the Organisation Maintenance option.',
      'Thanks,\nLaura',
      { quoteHeader: { from: 'PCSE Open Exeter <pcse.openexeter@nhs.net>', sent: sentLine('2026-11-17T15:02:00Z'), to: 'Kestrel Community Sexual Health Service <kestrel.sexualhealth@nhs.net>', subject: 'PCSE-2026-120114 Open Exeter - second Primary User - Kestrel Sexual Health' } },
      'Thank you for contacting PCSE. Your request has been logged with reference PCSE-2026-120114.',
      { small: `${TRUST_BOTTOM}\n\n${NHSMAIL_FOOTER}` },
    ],
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: none, traits: ['chaser', 'case_ref', 'sent_on_behalf'] },
  }));

  return out;
}
