// openexeter emails for corpus 54 (writer AX).
import { oeForm, renderForm, renderLetter, scanForm, type OeValues } from './pdfs.js';
import { NHS_FOOTER, org, person, unclassified, type Email } from './types.js';

const pdf = (filename: string, data: Uint8Array) => ({ filename, data });

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];
  const M = 'openexeter' as const;

  // 1. GP form, fillable, field names "Text N" / "Check Box N"
  const v1: OeValues = {
    orgName: 'Moorside Surgery', orgCode: 'B82617', orgAddress: 'Moor Lane, Skipton, BD23 1HH',
    title: 'Mrs', forename: 'Catriona', surname: 'MacLeod', job: 'Practice Manager', email: 'catriona.macleod@nhs.net', phone: '01756 792 100',
    sigName: 'Dr Émile Laurent', sigEmail: 'emile.laurent@nhs.net', capacity: 0, signed: true, date: '28/10/2026',
  };
  out.push({
    mailbox: M, slug: 'oe-gp-acroform',
    msg: { from: { name: 'MacLeod Catriona', email: 'catriona.macleod@nhs.net' }, subject: 'Open Exeter Primary User',
      body: `OE primary user form attached.\n\nCatriona\n${NHS_FOOTER}` },
    attachments: [pdf('OE_PU_form_GP.pdf', await renderForm(oeForm('gp', v1, (i) => (i >= 30 ? `Check Box${i - 29}` : `Text${i}`)), { layout: 'beside', acro: true, seed: 501 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82617', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Catriona MacLeod', 'catriona.macleod@nhs.net'), signatory: { name: 'Émile Laurent', email: 'emile.laurent@nhs.net', role: 'lead_gp' } },
      mustRaise: [], traits: ['pdf_acroform', 'odd_field_names', 'two_pages', 'see_attached', 'surname_first_display_name', 'non_ascii_name'] },
  });

  // 2. GP form, flat, table cells, [X]
  const v2: OeValues = {
    orgName: 'Saltburn Road Practice', orgCode: 'A83509', orgAddress: '101 Saltburn Road, Redcar, TS10 1QF',
    title: 'Ms', forename: 'Shauna', surname: 'Doyle', job: 'Senior Receptionist', email: 'shauna.doyle1@nhs.net', phone: '01642 486 922',
    sigName: 'Dr Kwame Asante', sigEmail: 'kwame.asante@nhs.net', capacity: 1, signed: true, date: '29/10/2026',
  };
  out.push({
    mailbox: M, slug: 'oe-gp-flat-table',
    msg: { from: { name: 'Shauna Doyle', email: 'shauna.doyle1@nhs.net' }, subject: 'Open Exeter form',
      body: `Shauna Doyle\nSenior Receptionist\nSaltburn Road Practice\nT: 01642 486 922` },
    attachments: [pdf('Open Exeter Primary User Request - GP Practices.pdf', await renderForm(oeForm('gp', v2), { layout: 'table', seed: 502 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A83509', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Shauna Doyle', 'shauna.doyle1@nhs.net'), signatory: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['pdf_flat', 'table_cells', 'checkbox_x', 'two_pages', 'signature_only_body'] },
  });

  // 3. GP form scan, handwriting, ☒, signed by the Caldicott Guardian
  const v3: OeValues = {
    orgName: 'Wharfedale Practice', orgCode: 'B82033', orgAddress: '2 Bridge Street, Otley, LS21 1BQ',
    title: 'Miss', forename: 'Chloé', surname: 'Martin', job: 'Admin Lead', email: 'chloe.martin4@nhs.net', phone: '01943 465 011',
    sigName: 'Dr Imran Chaudhry', sigEmail: 'imran.chaudhry@nhs.net', capacity: 2, signed: true, date: '27-10-2026',
  };
  out.push({
    mailbox: M, slug: 'oe-gp-scan-handwritten',
    msg: { from: { name: 'Wharfedale Practice', email: 'wharfedale.practice@nhs.net' }, subject: 'Scan from MFD',
      body: `Wharfedale Practice | 01943 465 000\n${NHS_FOOTER}` },
    attachments: [pdf('SCAN_0007.pdf', await scanForm(oeForm('gp', v3), { seed: 53, angle: -1.4, hand: 'hand', specks: 240 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82033', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Chloé Martin', 'chloe.martin4@nhs.net'), signatory: { name: 'Imran Chaudhry', email: 'imran.chaudhry@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['scan_image_only', 'handwriting', 'rotated', 'specks', 'checkbox_box', 'two_pages', 'signature_only_body', 'non_ascii_name'] },
  });

  // 4. GP form scan, ticks, signature box empty
  const v4: OeValues = {
    orgName: 'Three Rivers Surgery', orgCode: 'K82609', orgAddress: '5 Rickmansworth Road, Watford, WD18 7HE',
    title: 'Mr', forename: 'Ben', surname: 'Whitfield', job: 'IT Lead', email: 'ben.whitfield@nhs.net', phone: '01923 226 400',
    sigName: 'Dr Aisha Bello', sigEmail: 'aisha.bello@nhs.net', capacity: 1, signed: false, date: '',
  };
  out.push({
    mailbox: M, slug: 'oe-gp-scan-unsigned',
    msg: { from: { name: 'Ben Whitfield', email: 'ben.whitfield@nhs.net' }, subject: 'Primary user request',
      body: `Hi, form attached, Dr Bello has approved it. Ben` },
    attachments: [pdf('OE form Three Rivers.pdf', await scanForm(oeForm('gp', v4), { seed: 54, angle: 0.9, hand: 'hand2', specks: 180, checkGlyph: 'tick' }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('K82609', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Ben Whitfield', 'ben.whitfield@nhs.net'), signatory: { name: 'Aisha Bello', email: 'aisha.bello@nhs.net', role: 'gp_partner' } },
      mustRaise: ['missing_signature'], traits: ['scan_image_only', 'handwriting', 'rotated', 'specks', 'checkbox_tick', 'empty_signature_box', 'two_pages'] },
  });

  // 5. other-organisations form, fillable, dental group director
  const v5: OeValues = {
    orgName: 'Smile Harbour Dental', orgCode: 'V031876', orgType: 'Dental practice (corporate group)', orgAddress: '1 Harbour Walk, Poole, BH15 1HJ',
    title: 'Ms', forename: 'Priyanka', surname: 'Shah', job: 'Compliance Manager', email: 'priyanka.shah4@nhs.net', phone: '01202 675 330',
    sigName: 'Graham Thornton', sigEmail: 'graham.thornton@nhs.net', capacity: 1, signed: true, date: '30/10/2026',
  };
  out.push({
    mailbox: M, slug: 'oe-other-acroform-dental',
    msg: { from: { name: 'Compliance - Smile Harbour Dental', email: 'smileharbour.compliance@nhs.net' }, subject: 'OE Primary User (other organisation) - ref SHD/IT/0412',
      body: `Please find attached.\n\nCompliance Team\nSmile Harbour Dental Group\n${NHS_FOOTER}` },
    attachments: [pdf('OE Primary User - Other Organisations.pdf', await renderForm(oeForm('other', v5, (i) => `OEForm.P${i < 13 ? 1 : 2}.Field_${String.fromCharCode(65 + (i % 26))}${i}`), { layout: 'beside', acro: true, seed: 505 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('V031876', 'dental_practice'),
      fields: { organisationKind: 'other', nominee: person('Priyanka Shah', 'priyanka.shah4@nhs.net'), signatory: { name: 'Graham Thornton', email: 'graham.thornton@nhs.net', role: 'board_member' } },
      mustRaise: [], traits: ['pdf_acroform', 'odd_field_names', 'other_org_form', 'shared_mailbox_sender', 'see_attached'] },
  });

  // 6. other-organisations form, flat, no organisation code
  const v6: OeValues = {
    orgName: 'Northfield Community Colposcopy Service', orgCode: '', orgType: 'NHS colposcopy clinic', orgAddress: 'Northfield Health Campus, Bristol Road South, Birmingham, B31 2AF',
    title: 'Mr', forename: 'Tobias', surname: 'Engel', job: 'Service Administrator', email: 'tobias.engel@nhs.net', phone: '0121 475 1990',
    sigName: 'Dr Martin Osei', sigEmail: 'martin.osei@nhs.net', capacity: 0, signed: true, date: '31 Oct 2026',
  };
  out.push({
    mailbox: M, slug: 'oe-other-flat-no-code',
    msg: { from: { name: 'Tobias Engel', email: 'tobias.engel@nhs.net' }, subject: 'Open Exeter access - colposcopy service',
      body: `Hello,\n\nAttached is the primary user form for our colposcopy clinic, signed by our Caldicott Guardian. We don't have a separate organisation code for the clinic.\n\nTobias Engel\n${NHS_FOOTER}` },
    attachments: [pdf('Primary User Form.pdf', await renderForm(oeForm('other', v6), { layout: 'beside', seed: 506, serif: true }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Tobias Engel', 'tobias.engel@nhs.net'), signatory: { name: 'Martin Osei', email: 'martin.osei@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['pdf_flat', 'values_beside_labels', 'checkbox_x', 'other_org_form', 'no_ods_code', 'serif'] },
  });

  // 7. GP practice on the other-organisations form (wrong form)
  const v7: OeValues = {
    orgName: 'Ravensworth Medical Practice', orgCode: 'A84016', orgType: 'GP surgery', orgAddress: 'Ravensworth Terrace, Gateshead, NE8 4QA',
    title: 'Mrs', forename: 'Gülay', surname: 'Yıldız', job: 'Deputy Practice Manager', email: 'gulay.yildiz@nhs.net', phone: '0191 477 3322',
    sigName: 'Dr Leonie Fischer', sigEmail: 'leonie.fischer@nhs.net', capacity: 0, signed: true, date: '01/11/2026',
  };
  // Latin-1 only in pdf-lib's standard fonts: the form spells the name without the dotless i, as a practice's Word would
  out.push({
    mailbox: M, slug: 'oe-gp-on-other-org-form',
    msg: { from: { name: 'Dr Leonie Fischer', email: 'leonie.fischer@nhs.net' }, subject: 'Open Exeter primary user - Ravensworth',
      body: `Dear PCSE,\n\nForm attached for Gülay Yıldız. Apologies if this is the wrong version of the form - it was the one we had on file.\n\nDr Leonie Fischer\nCaldicott Guardian, Ravensworth Medical Practice\n${NHS_FOOTER}` },
    attachments: [pdf('OE form.pdf', await renderForm(oeForm('other', { ...v7, surname: 'Yildiz' }), { layout: 'below', seed: 507 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A84016', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Gülay Yıldız', 'gulay.yildiz@nhs.net'), signatory: { name: 'Leonie Fischer', email: 'leonie.fischer@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['wrong_form', 'pdf_flat', 'values_below_labels', 'checkbox_x', 'non_ascii_name'] },
  });

  // 8. GP form scan signed by the practice manager (no capacity ticked)
  const v8: OeValues = {
    orgName: 'Fenwick Street Surgery', orgCode: 'N82054', orgAddress: '60 Fenwick Street, Liverpool, L2 7NT',
    title: 'Mr', forename: 'Tariq', surname: 'Hussain', job: 'Receptionist', email: 'tariq.hussain5@nhs.net', phone: '0151 236 4410',
    sigName: 'Deborah Lyle (Practice Manager)', sigEmail: 'deborah.lyle@nhs.net', capacity: -1, signed: true, date: '02/11/2026',
  };
  out.push({
    mailbox: M, slug: 'oe-gp-scan-practice-manager',
    msg: { from: { name: 'Deborah Lyle', email: 'deborah.lyle@nhs.net' }, subject: 'OE primary user',
      body: `Hi,\n\nAttached. I have signed it myself as practice manager as the partners are all on leave this week.\n\nDeborah Lyle\nPractice Manager\nFenwick Street Surgery` },
    attachments: [pdf('20261102093114.pdf', await scanForm(oeForm('gp', v8), { seed: 58, angle: 1.9, hand: 'typed', specks: 300 }))],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('N82054', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Tariq Hussain', 'tariq.hussain5@nhs.net'), signatory: { name: 'Deborah Lyle', email: 'deborah.lyle@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['scan_image_only', 'rotated', 'specks', 'signatory_practice_manager', 'two_pages'] },
  });

  // 9. GP form + covering letter; the email corrects the nominee's address
  const v9: OeValues = {
    orgName: 'Linthorpe Village Surgery', orgCode: 'A87012', orgAddress: '210 Linthorpe Road, Middlesbrough, TS5 6AB',
    title: 'Ms', forename: 'Marta', surname: 'García', job: 'Reception Supervisor', email: 'marta.garcia@nhs.net', phone: '01642 817 233',
    sigName: 'Dr Neil Ashworth', sigEmail: 'neil.ashworth@nhs.net', capacity: 1, signed: true, date: '30/10/2026',
  };
  out.push({
    mailbox: M, slug: 'oe-gp-form-letter-email-corrected',
    msg: { from: { name: 'Neil Ashworth', email: 'neil.ashworth@nhs.net' }, subject: 'Open Exeter Primary User - Linthorpe Village Surgery',
      body: `Hello,\n\nForm and covering letter attached. Please note Marta's email address is marta.garcia2@nhs.net - the form says marta.garcia@nhs.net, which belongs to someone else.\n\nNeil\n\nDr Neil Ashworth\nGP Partner\n${NHS_FOOTER}` },
    attachments: [
      pdf('OE Primary User GP.pdf', await renderForm(oeForm('gp', v9, (i) => `undefined_${i}`), { layout: 'beside', acro: true, seed: 509 })),
      pdf('Letter to PCSE.pdf', await renderLetter({
        head: ['Linthorpe Village Surgery', '210 Linthorpe Road, Middlesbrough, TS5 6AB', 'Tel 01642 817 200'],
        to: ['PCSE Open Exeter team'], date: '30 October 2026', subject: 'Request for an additional Open Exeter Primary User',
        paragraphs: ['We would like Marta García, our Reception Supervisor, to be set up as a second Primary User for the practice so that password resets can be covered when our practice manager is away. The signed form is enclosed.'],
        signoff: ['Yours sincerely', 'Dr Neil Ashworth', 'GP Partner'], signed: true,
      }, 609)),
    ],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A87012', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Marta García', 'marta.garcia2@nhs.net'), signatory: { name: 'Neil Ashworth', email: 'neil.ashworth@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'odd_field_names', 'two_attachments', 'covering_letter', 'body_corrects_form', 'non_ascii_name'] },
  });

  // 10. additional permissions, body only, GP partner
  out.push({
    mailbox: M, slug: 'oe-additional-permissions-body',
    msg: { from: { name: 'Hamid Rezaei', email: 'hamid.rezaei@nhs.net' }, subject: 'Additional Open Exeter permissions',
      body: `Dear Open Exeter team,\n\nPlease could you add the following permissions for our existing user:\n\nName: Lorna Fraser\nUser ID: LFRASER1\nEmail: lorna.fraser@nhs.net\nPermissions required:\n☒ Prior Notification List\n☒ Result enquiries\n\nI am a GP Partner at Elm Grove Surgery (G82135).\n\nDr Hamid Rezaei\n${NHS_FOOTER}` },
    expected: { kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('G82135', 'gp_practice'),
      fields: { user: { name: 'Lorna Fraser', email: 'lorna.fraser@nhs.net', username: 'LFRASER1' }, permissions: ['Prior Notification List', 'Result enquiries'], signatory: { name: 'Hamid Rezaei', email: 'hamid.rezaei@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['no_attachment', 'labelled_lines', 'checkbox_box'] },
  });

  // 11. additional permissions in a Caldicott Guardian's letter, signature-only body
  out.push({
    mailbox: M, slug: 'oe-additional-permissions-letter',
    msg: { from: { name: 'Gwen Rhys', email: 'gwen.rhys@nhs.net' }, subject: 'Open Exeter',
      body: `Dr Gwen Rhys\nCaldicott Guardian\nQuayside Medical Practice\n${NHS_FOOTER}` },
    attachments: [pdf('OE permissions letter.pdf', await renderLetter({
      head: ['Quayside Medical Practice', 'Quayside, Newcastle upon Tyne, NE1 3DX', 'Practice code Y03341'],
      to: ['PCSE Open Exeter'], date: '1 November 2026', subject: 'Additional permissions for an existing Open Exeter user',
      paragraphs: ['As Caldicott Guardian for the practice, I authorise the following additional permission for our existing user:'],
      table: [['User', 'Sanjay Patel'], ['Open Exeter user ID', 'SPATEL22'], ['Email', 'sanjay.patel22@nhs.net'], ['Permission', 'Organisation Maintenance']],
      signoff: ['Yours sincerely', 'Dr Gwen Rhys', 'Caldicott Guardian'], signed: true,
    }, 611))],
    expected: { kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('Y03341', 'gp_practice'),
      fields: { user: { name: 'Sanjay Patel', email: 'sanjay.patel22@nhs.net', username: 'SPATEL22' }, permissions: ['Organisation Maintenance'], signatory: { name: 'Gwen Rhys', email: 'gwen.rhys@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['pdf_letter', 'headed_paper', 'signature_only_body', 'letter_table'] },
  });

  // 12. additional permissions from a personal address
  out.push({
    mailbox: M, slug: 'oe-additional-permissions-gmail',
    msg: { client: 'gmail', from: { name: 'Colm Brennan', email: 'colm.brennan.gp@gmail.com' }, subject: 'Open Exeter permissions for Evie',
      body: `Hi,\n\nSending from my personal email as NHSmail is down at home. I'm a GP Partner at Parkside Surgery (C83077). Please give our user Evie Turner (user ID ETURNER, evie.turner@nhs.net) the Call/Recall permission.\n\nThanks\nColm Brennan` },
    expected: { kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('C83077', 'gp_practice'),
      fields: { user: { name: 'Evie Turner', email: 'evie.turner@nhs.net', username: 'ETURNER' }, permissions: ['Call/Recall'], signatory: { name: 'Colm Brennan', email: 'colm.brennan.gp@gmail.com', role: 'gp_partner' } },
      mustRaise: ['sender_not_nhs'], traits: ['no_attachment', 'non_nhs_sender', 'details_in_prose'] },
  });

  // 13-14. Open Exeter's own new-user notifications
  out.push({
    mailbox: M, slug: 'oe-new-user-notification',
    msg: { client: 'system', from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' }, subject: 'Open Exeter - New User Created (B81022)',
      body: `OPEN EXETER - NEW USER NOTIFICATION\n\nOrganisation Code: B81022\nOrganisation Name: Hessle Grange Medical Practice\n\nNew User ID: AKHAN07\nNew User Name: Amira Khan\nNew User Email: amira.khan7@nhs.net\n\nCreated By: PSTEELE (Paula Steele, paula.steele@nhs.net)\nDate Created: 02/11/2026 10:41\n\nThis is an automatically generated message. Please authorise the user and issue a password.` },
    msgHost: 'openexeter.nhs.net',
    expected: { kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('B81022', 'gp_practice'),
      fields: { user: { name: 'Amira Khan', email: 'amira.khan7@nhs.net', username: 'AKHAN07' }, createdBy: person('Paula Steele', 'paula.steele@nhs.net') },
      mustRaise: [], traits: ['system_notification', 'no_attachment'] },
  });
  out.push({
    mailbox: M, slug: 'oe-new-user-notification-table',
    msg: { client: 'system', from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' }, subject: 'New Open Exeter user awaiting authorisation',
      body: `A Primary User has created a new user account.\n\nOrganisation | M83110 Ryecroft Health Centre\nUser ID      | JWEISS\nName         | Jonas Weiß\nEmail        | jonas.weiss@nhs.net\nCreated by   | Olga Petrenko (olga.petrenko@nhs.net)\n\nDo not reply to this message.`,
      html: `<p>A Primary User has created a new user account.</p><table border="1"><tr><td>Organisation</td><td>M83110 Ryecroft Health Centre</td></tr><tr><td>User ID</td><td>JWEISS</td></tr><tr><td>Name</td><td>Jonas Wei&szlig;</td></tr><tr><td>Email</td><td>jonas.weiss@nhs.net</td></tr><tr><td>Created by</td><td>Olga Petrenko (olga.petrenko@nhs.net)</td></tr></table><p>Do not reply to this message.</p>` },
    msgHost: 'openexeter.nhs.net',
    expected: { kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('M83110', 'gp_practice'),
      fields: { user: { name: 'Jonas Weiß', email: 'jonas.weiss@nhs.net', username: 'JWEISS' }, createdBy: person('Olga Petrenko', 'olga.petrenko@nhs.net') },
      mustRaise: [], traits: ['system_notification', 'html_table', 'non_ascii_name', 'no_attachment'] },
  });

  // 15. out of office
  out.push({
    mailbox: M, slug: 'out-of-office',
    msg: { headers: ['Auto-Submitted: auto-replied'], from: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net' }, subject: 'Automatic reply: Open Exeter form',
      body: `Thank you for your email. I am on annual leave until 16 November. Please contact Saltburn Road Practice reception on 01642 486 900.` },
    expected: unclassified(['auto_reply'], 'auto_reply'),
  });

  // 16. genuine question
  out.push({
    mailbox: M, slug: 'question-password',
    msg: { from: { name: 'Rosa Lindqvist', email: 'rosa.lindqvist@nhs.net' }, subject: 'Open Exeter password',
      body: `Hello,\n\nI can't remember my Open Exeter password. Can I reset it myself or does our primary user need to do it? I'm not sure who our primary user is.\n\nRosa` },
    expected: unclassified(['question']),
  });

  return out;
}

