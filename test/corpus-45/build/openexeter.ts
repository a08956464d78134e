// openexeter: Primary User forms (GP and other organisations), extra permissions, Open Exeter's new-user
// notifications, a misdirected practice email change, and the mail around them.
import { NHSMAIL_FOOTER, htmlOf, type Mail } from './lib.js';
import { type Entry, OPENEX, msgId, org, person, unclassified, when } from './kit.js';
import { OE_GP, OE_OTHER, filledForm, imagePdf, wordDoc } from './pdfs.js';
import { photoScan } from './scans.js';

const pdf = (filename: string, data: Buffer) => ({ filename, contentType: 'application/pdf', data });
const NHS = 'LO6P265MB6861.GBRP265.PROD.OUTLOOK.COM';

export async function openexeter(): Promise<Entry[]> {
  const out: Entry[] = [];
  const add = (slug: string, mail: Mail, expected: Entry['expected']) => out.push({ mailbox: 'openexeter', slug, mail, expected });

  // 40 GP Primary User form filled in Acrobat, two pages, signed by the Lead GP.
  const f40 = await filledForm(OE_GP, {
    org_name: 'Elmstead Surgery', org_code: 'F81160', org_address: '21 Elmstead Road\nColchester CO4 3RH',
    nominee_name: 'Deborah Quinn', nominee_role: 'Practice Manager', nominee_email: 'deborah.quinn@nhs.net', nominee_phone: '01206 823 415',
    sig_name: 'Dr Alan Pritchard', sig_email: 'alan.pritchard1@nhs.net', c_lead_gp: true, sig: 'ink:Alan Pritchard', date: '02/11/2026',
  }, { mode: 'acrobat', title: 'Open Exeter Primary User request (GP practice)', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432' });
  add('oe-gp-acrobat-lead-gp', {
    client: 'nhsmail', from: ['Deborah Quinn', 'deborah.quinn@nhs.net'], to: [OPENEX],
    subject: 'Open Exeter primary user form - Elmstead Surgery', date: when(2, 13, 18), id: msgId(40, NHS),
    text: `Good afternoon,

Please find attached our signed Primary User form for Elmstead Surgery.

Kind regards
Deborah Quinn
Practice Manager
Elmstead Surgery
${NHSMAIL_FOOTER}`,
    attachments: [pdf('OE Primary User Form - Elmstead.pdf', f40)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('F81160', 'gp_practice'),
    fields: { organisationKind: 'gp_practice', nominee: person('Deborah Quinn', 'deborah.quinn@nhs.net'), signatory: { ...person('Alan Pritchard', 'alan.pritchard1@nhs.net'), role: 'lead_gp' } },
    mustRaise: [], traits: ['pdf_acroform', 'two_pages', 'checkbox_role', 'see_attached'],
  });

  // 41 GP Primary User form typed over (FreeText), the address typed under its label, an X in the box.
  const f41 = await filledForm(OE_GP, {
    org_name: 'Hartwell Surgery', org_code: 'K83027', org_address: 'Church Lane, Hartwell, Northampton NN7 2HL',
    nominee_name: 'Simone Bailey', nominee_role: 'Reception Manager', nominee_email: 'simone.bailey5@nhs.net', nominee_phone: '01604 862 217',
    sig_name: 'Dr Farhan Siddiqui', sig_email: 'farhan.siddiqui@nhs.net', c_gp_partner: true, sig: 'ink:Farhan Siddiqui', date: '4 Nov 2026',
  }, { mode: 'freetext', underLabel: ['org_address'], nudge: { org_address: [0, 7], sig_name: [8, 3] }, title: 'Open Exeter Primary User request (GP practice)', producer: 'Foxit PDF Editor Printer Version 12.1.2.15332', creator: 'Foxit PDF Editor' });
  add('oe-gp-typed-over-partner', {
    client: 'nhsmail', from: ['Simone Bailey', 'simone.bailey5@nhs.net'], to: [OPENEX], cc: [['Farhan Siddiqui', 'farhan.siddiqui@nhs.net']],
    subject: 'Primary User request K83027', date: when(4, 16, 3), id: msgId(41, NHS),
    text: `Hi,

Attached is the Open Exeter form for me to become a Primary User for Hartwell Surgery. Dr Siddiqui (GP partner) has signed it and is copied in.

Thanks
Simone
${NHSMAIL_FOOTER}`,
    attachments: [pdf('OpenExeter_PU_form_Hartwell.pdf', f41)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('K83027', 'gp_practice'),
    fields: { organisationKind: 'gp_practice', nominee: person('Simone Bailey', 'simone.bailey5@nhs.net'), signatory: { ...person('Farhan Siddiqui', 'farhan.siddiqui@nhs.net'), role: 'gp_partner' } },
    mustRaise: [], traits: ['pdf_freetext_annotations', 'answer_under_label', 'pen_ink_annotation', 'sender_is_nominee'],
  });

  // 42 GP Primary User form photographed on a desk, signed by the practice manager.
  const photo = photoScan(OE_GP, { hand: 'pen', values: {
    org_name: 'Greyfriars Medical Centre', org_code: 'M83011', org_address: 'Greyfriars Walk\nStafford ST16 2SD',
    nominee_name: 'Rosie Atkinson', nominee_role: 'Senior Receptionist', nominee_email: 'rosie.atkinson@nhs.net', nominee_phone: '01785 252 780',
    sig_name: 'Jane Metcalfe', sig_email: 'jane.metcalfe2@nhs.net', sig: 'ink:Jane Metcalfe', date: '5.11.26',
  } }, 4242);
  const f42 = await imagePdf(photo.map((data) => ({ data })), 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', 'Notes');
  add('oe-gp-photo-practice-manager', {
    client: 'apple', from: ['Jane Metcalfe', 'jane.metcalfe2@nhs.net'], to: [OPENEX],
    subject: 'Open Exeter form', date: when(5, 12, 51), id: msgId(42, 'nhs.net'),
    text: `Hi, photo of the form attached, sorry our scanner is broken. I've signed it myself as practice manager as the GPs are all at the flu clinic today. Rosie is our senior receptionist.

Jane Metcalfe
Practice Manager, Greyfriars Medical Centre

Sent from my iPhone`,
    attachments: [pdf('Scanned Document.pdf', f42)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('M83011', 'gp_practice'),
    fields: { organisationKind: 'gp_practice', nominee: person('Rosie Atkinson', 'rosie.atkinson@nhs.net'), signatory: { ...person('Jane Metcalfe', 'jane.metcalfe2@nhs.net'), role: 'other' } },
    mustRaise: ['signatory_role_not_allowed'], traits: ['scan_image_only', 'photo_at_angle', 'shadow', 'handwritten', 'no_capacity_ticked', 'mobile_client'],
  });

  // 43 GP Primary User form filled in a browser (NeedAppearances), everything but the signature.
  const f43 = await filledForm(OE_GP, {
    org_name: 'Linden Hall Surgery', org_code: 'B82099', org_address: 'Station Road, Hebden Bridge HX7 6AD',
    nominee_name: 'Marcus Webb', nominee_role: 'IT and Data Quality Lead', nominee_email: 'marcus.webb@nhs.net', nominee_phone: '01422 842 333',
    sig_name: 'Dr Yasmin Akhtar', sig_email: 'yasmin.akhtar@nhs.net', c_caldicott: true, date: '',
  }, { mode: 'browser', title: 'Open Exeter Primary User request (GP practice)', producer: 'PCSE Forms', creator: 'PCSE Forms' });
  add('oe-gp-browser-unsigned', {
    client: 'nhsmail', from: ['Marcus Webb', 'marcus.webb@nhs.net'], to: [OPENEX],
    subject: 'Open Exeter Primary User - Linden Hall Surgery B82099', date: when(6, 15, 37), id: msgId(43, NHS),
    text: `Hello

Please find our Primary User form attached. Dr Akhtar, our Caldicott Guardian, has approved it.

Regards
Marcus Webb
IT and Data Quality Lead
Linden Hall Surgery
${NHSMAIL_FOOTER}`,
    attachments: [pdf('OE_PrimaryUser_GP_LindenHall.pdf', f43)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82099', 'gp_practice'),
    fields: { organisationKind: 'gp_practice', nominee: person('Marcus Webb', 'marcus.webb@nhs.net'), signatory: { ...person('Yasmin Akhtar', 'yasmin.akhtar@nhs.net'), role: 'caldicott_guardian' } },
    mustRaise: ['missing_signature'], traits: ['pdf_acroform_need_appearances', 'signature_box_empty', 'checkbox_role'],
  });

  // 44 Non-GP Primary User form printed to PDF (flattened): a sexual health service, Caldicott Guardian.
  const f44 = await filledForm(OE_OTHER, {
    org_name: 'North Devon Integrated Sexual Health Service', org_code: 'RBZ', org_type: 'Sexual health service (NHS trust)', org_address: 'Castle Centre, Castle Street\nBarnstaple EX31 1DR',
    nominee_name: 'Kerry Sanders', nominee_role: 'Service Administrator', nominee_email: 'kerry.sanders@nhs.net',
    sig_name: 'Dr Imogen Hartley', sig_email: 'imogen.hartley@nhs.net', c_caldicott: true, sig: 'ink:Imogen Hartley', date: '06/11/2026',
  }, { mode: 'printed', title: 'Microsoft Word - OE_PU_nonGP', producer: 'Microsoft: Print To PDF', creator: 'Microsoft: Print To PDF' });
  const t44 = `Dear Open Exeter team,

Please find attached a request for a Primary User for our service, signed by our Caldicott Guardian.

Kind regards,
Kerry Sanders
Service Administrator
North Devon Integrated Sexual Health Service`;
  add('oe-other-printed-caldicott', {
    client: 'outlook365', from: ['Kerry Sanders', 'kerry.sanders@nhs.net'], to: [OPENEX],
    subject: 'Request for Open Exeter Primary User', date: when(9, 9, 14), id: msgId(44, 'DB7PR02MB5038.eurprd02.prod.exchangelabs.com'),
    text: t44, html: htmlOf(t44), attachments: [pdf('Primary User request - NDISHS.pdf', f44)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RBZ', 'other'),
    fields: { organisationKind: 'other', nominee: person('Kerry Sanders', 'kerry.sanders@nhs.net'), signatory: { ...person('Imogen Hartley', 'imogen.hartley@nhs.net'), role: 'caldicott_guardian' } },
    mustRaise: [], traits: ['pdf_flattened', 'printed_to_pdf', 'non_gp_organisation'],
  });

  // 45 Non-GP Primary User request on the laboratory's own three-page Word form, the signature on page 3.
  const f45 = await wordDoc({
    title: 'Open Exeter Primary User Request', producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365',
    letterhead: { org: 'Midlands Cellular Pathology Laboratory', lines: ['Cytology Department, Level 2, Pathology Block', 'Queen Elizabeth Hospital, Mindelsohn Way, Birmingham B15 2GW'], colour: [0.0, 0.3, 0.6] },
    heading: 'Open Exeter: request for a Primary User (non-GP organisation)',
    intro: [
      'This form follows the content of the PCSE form for organisations other than GP practices and is used by the laboratory for document control (QP-CYT-044). It must be approved by the laboratory\'s Caldicott Guardian, a member of the Board of Directors or an existing Primary User.',
      'The Primary User will manage Open Exeter access for laboratory staff, including new starters and leavers, and will reset passwords. Two Primary Users are recommended so that access can be managed during leave.',
    ],
    sections: [
      { heading: 'Part A: Organisation', rows: [['Organisation name', 'Midlands Cellular Pathology Laboratory'], ['Organisation code', 'RRK'], ['Type of organisation', 'Cervical screening laboratory'], ['Address', 'Queen Elizabeth Hospital, Mindelsohn Way, Birmingham B15 2GW']] },
      { heading: 'Part B: Proposed Primary User', breakBefore: true, rows: [['Full name', 'Lucy Brennan-Hughes'], ['Job title', 'Laboratory Office Manager'], ['Email', 'lucy.brennan-hughes@nhs.net'], ['Telephone', '0121 371 5590'], ['Existing Open Exeter user?', { yesNo: 'No', style: 'delete' }], ['Additional Primary User (second for the organisation)?', { yesNo: 'Yes', style: 'delete' }]] },
      { heading: 'Part C: Authorised signatory', breakBefore: true, rows: [['Name', 'Dr David Okoro'], ['Position', 'Medical Director'], ['Email', 'david.okoro@nhs.net'],
        ['Capacity', { ticks: [{ label: 'Caldicott Guardian', on: false }, { label: 'Member of the Board of Directors', on: true }, { label: 'Existing Primary User', on: false }], style: 'box' }],
        ['Signature', { sig: 'David Okoro' }], ['Date', '09 November 2026']] },
    ],
    closing: ['Return to pcse.openexeter@nhs.net. Keep a copy in the laboratory quality records.'],
    footer: 'QP-CYT-044 v1.2  Uncontrolled when printed',
  });
  add('oe-other-lab-word-three-pages', {
    client: 'nhsmail', from: ['BRENNAN-HUGHES, Lucy (UNIVERSITY HOSPITALS BIRMINGHAM NHS FOUNDATION TRUST)', 'lucy.brennan-hughes@nhs.net'], to: [OPENEX],
    subject: 'Open Exeter Primary User request - cytology lab', date: when(10, 14, 29), id: msgId(45, NHS),
    text: `Dear PCSE,

Please see attached our request for an additional Primary User for the laboratory, signed by our Medical Director who sits on the Trust Board.

Many thanks,
Lucy
${NHSMAIL_FOOTER}`,
    attachments: [pdf('QP-CYT-044 OE Primary User - L Brennan-Hughes.pdf', f45)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RRK', 'other'),
    fields: { organisationKind: 'other', nominee: person('Lucy Brennan-Hughes', 'lucy.brennan-hughes@nhs.net'), signatory: { ...person('David Okoro', 'david.okoro@nhs.net'), role: 'board_member' } },
    mustRaise: [], traits: ['word_export_table', 'three_pages', 'signature_last_page', 'letterhead_every_page', 'tick_box_glyphs', 'yes_no_deleted', 'hyphenated_name'],
  });

  // 46 Extra permissions asked for by a GP partner.
  add('perms-gp-partner', {
    client: 'nhsmail', from: ['Harriet Cole', 'harriet.cole@nhs.net'], to: [OPENEX],
    subject: 'Additional Open Exeter permissions - Moorside Medical Practice C86021', date: when(11, 8, 44), id: msgId(46, NHS),
    text: `Dear Open Exeter team,

Could you please add the following permissions to our practice nurse's Open Exeter account:

  * Prior Notification List
  * Cytology results enquiry

Name: Sam Whitaker
User ID: SWHITAKER01
Email: sam.whitaker@nhs.net

I am a GP partner at Moorside Medical Practice (C86021).

Many thanks
Dr Harriet Cole
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('C86021', 'gp_practice'),
    fields: { user: { ...person('Sam Whitaker', 'sam.whitaker@nhs.net'), username: 'SWHITAKER01' }, permissions: ['Prior Notification List', 'Cytology results enquiry'], signatory: { ...person('Harriet Cole', 'harriet.cole@nhs.net'), role: 'gp_partner' } },
    mustRaise: [], traits: ['bulleted_list', 'labelled_lines'],
  });

  // 47 Extra permissions asked for by the Lead GP from a personal Gmail address.
  add('perms-lead-gp-gmail', {
    client: 'gmail', from: ['Ben Ashby', 'ben.ashby.gp@gmail.com'], to: [OPENEX],
    subject: 'Open Exeter access for our practice manager', date: when(12, 18, 2), id: msgId(47, 'mail.gmail.com'),
    text: `Hi,

Sorry to write from my personal email, my NHSmail won't load on this laptop.

I'm the Lead GP at Wellfield Surgery (J81044). Please could you give our practice manager Tracy Hobbs (Open Exeter username THOBBS, email tracy.hobbs@nhs.net) access to the Prior Notification List and the non-responder reports.

Thanks
Ben

Dr Ben Ashby
Lead GP, Wellfield Surgery`,
  }, {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J81044', 'gp_practice'),
    fields: { user: { ...person('Tracy Hobbs', 'tracy.hobbs@nhs.net'), username: 'THOBBS' }, permissions: ['Prior Notification List', 'non-responder reports'], signatory: { ...person('Ben Ashby', 'ben.ashby.gp@gmail.com'), role: 'lead_gp' } },
    mustRaise: ['sender_not_nhs'], traits: ['personal_address_sender', 'prose'],
  });

  // 48 Extra permissions asked for by a practice manager.
  const t48 = `Hello,

Please can Olivia Grant (user name OGRANT2, olivia.grant@nhs.net) be given access to the Sample Taker Database? She has just qualified as a sample taker.

Thank you
Michelle Garner
Practice Manager
Stonebridge Surgery (Y00416)`;
  add('perms-practice-manager', {
    client: 'outlook365', from: ['Michelle Garner', 'michelle.garner@nhs.net'], to: [OPENEX],
    subject: 'Open Exeter - additional access', date: when(13, 11, 27), id: msgId(48, 'AS8PR01MB9950.eurprd01.prod.exchangelabs.com'),
    text: t48, html: htmlOf(t48),
  }, {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('Y00416', 'gp_practice'),
    fields: { user: { ...person('Olivia Grant', 'olivia.grant@nhs.net'), username: 'OGRANT2' }, permissions: ['Sample Taker Database'], signatory: { ...person('Michelle Garner', 'michelle.garner@nhs.net'), role: 'other' } },
    mustRaise: ['signatory_role_not_allowed'], traits: ['requester_role_in_signature'],
  });

  // 49 Open Exeter's own notification of a new user.
  add('oe-new-user-notification', {
    client: 'system', from: ['Open Exeter', 'oe.noreply@nhs.net'], to: [OPENEX],
    subject: 'Open Exeter: new user created - P87011', date: when(16, 7, 3), id: msgId(49, 'oe-notify.nhs.net'),
    text: `OPEN EXETER - ORGANISATION MAINTENANCE

A new user has been created and requires authorisation by PCSE.

Organisation code:   P87011
Organisation name:   RINGWAY MEDICAL PRACTICE
User ID:             AHUSSAIN3
User name:           HUSSAIN, AMINA
Email address:       amina.hussain@nhs.net
Created by:          COLLINS, PETER (PCOLLINS1)
Date created:        15/11/2026 17:42

This is an automatically generated message. Please do not reply.`,
  }, {
    kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('P87011', 'gp_practice'),
    fields: { user: { ...person('Amina Hussain', 'amina.hussain@nhs.net'), username: 'AHUSSAIN3' }, createdBy: person('Peter Collins', null) },
    mustRaise: [], traits: ['system_notification', 'auto_generated_header', 'surname_first_capitals'],
  });

  // 50 The same notification forwarded by the Primary User who created the account.
  add('oe-new-user-forwarded', {
    client: 'nhsmail', from: ['Nicola Barton', 'nicola.barton@nhs.net'], to: [OPENEX],
    subject: 'FW: Open Exeter: new user created - C84077', date: when(17, 9, 55), id: msgId(50, NHS),
    text: `Hi, I set up our new HCA yesterday - could you authorise her please as she starts doing smears next week. Thanks, Nicola (Primary User, The Limes Surgery)

________________________________
From: Open Exeter <oe.noreply@nhs.net>
Sent: 16 November 2026 16:20
To: PCSE Open Exeter <pcse.openexeter@nhs.net>; Nicola Barton <nicola.barton@nhs.net>
Subject: Open Exeter: new user created - C84077

OPEN EXETER - ORGANISATION MAINTENANCE

A new user has been created and requires authorisation by PCSE.

Organisation code:   C84077
Organisation name:   THE LIMES SURGERY
User ID:             GWHITEHOUSE
User name:           WHITEHOUSE, GRACE
Email address:       grace.whitehouse1@nhs.net
Created by:          BARTON, NICOLA (NBARTON)
Date created:        16/11/2026 16:19
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('C84077', 'gp_practice'),
    fields: { user: { ...person('Grace Whitehouse', 'grace.whitehouse1@nhs.net'), username: 'GWHITEHOUSE' }, createdBy: person('Nicola Barton', 'nicola.barton@nhs.net') },
    mustRaise: [], traits: ['forwarded', 'creator_is_sender', 'surname_first_capitals'],
  });

  // 51 A practice email change sent to the wrong mailbox.
  add('email-update-misdirected', {
    client: 'nhsmail', from: ['Castle Pharmacy', 'castlepharmacy@nhs.net'], to: [OPENEX],
    subject: 'Update practice email address', date: when(18, 10, 31), id: msgId(51, NHS),
    text: `Hello,

Please update our email address.

Castle Pharmacy, FH302
Old: castlepharmacy@nhs.net
New: castle.pharmacy-fh302@nhs.net

Thank you
Castle Pharmacy team
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'practice_email_update', ignored: null, organisation: org('FH302', 'pharmacy'),
    fields: { currentEmail: 'castlepharmacy@nhs.net', newEmail: 'castle.pharmacy-fh302@nhs.net' },
    mustRaise: [], traits: ['misdirected', 'old_new_labels'],
  });

  // 52 A question.
  add('question-which-form', {
    client: 'nhsmail', from: ['Rhiannon Price', 'rhiannon.price3@nhs.net'], to: [OPENEX],
    subject: 'Which Open Exeter form?', date: when(18, 14, 6), id: msgId(52, NHS),
    text: `Hi

We are a new community colposcopy clinic run by a GP federation rather than a practice. Which Primary User form should we use, the GP one or the other organisations one? And who would count as an authorised signatory for us, as we don't have a Caldicott Guardian of our own yet?

Thanks
Rhiannon Price
Clinic Coordinator
${NHSMAIL_FOOTER}`,
  }, unclassified(null, ['question']));

  // 53 An out-of-office reply.
  add('auto-reply', {
    client: 'nhsmail', from: ['Alan Pritchard', 'alan.pritchard1@nhs.net'], to: [OPENEX],
    subject: 'Automatic reply: PCSE-2026-004560 Open Exeter primary user form - Elmstead Surgery', date: when(3, 8, 2), id: msgId(53, NHS),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `I am on annual leave until 10th November. For urgent clinical matters please contact the duty doctor via reception on 01206 823400.

Dr Alan Pritchard`,
  }, unclassified('auto_reply', ['out_of_office', 'case_reference']));

  // 54 Thanks, replying to PCSE's completion email.
  add('thanks-reference', {
    client: 'nhsmail', from: ['Deborah Quinn', 'deborah.quinn@nhs.net'], to: [OPENEX],
    subject: 'RE: PCSE-2026-004560 Open Exeter primary user form - Elmstead Surgery', date: when(19, 11, 40), id: msgId(54, NHS), inReplyTo: '<done.PCSE-2026-004560@pcse.england.nhs.uk>',
    text: `Thank you, I can see Organisation Maintenance now.

Deborah

From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 18 November 2026 15:02
Subject: PCSE-2026-004560 Open Exeter primary user form - Elmstead Surgery

Your Primary User access has been set up.
${NHSMAIL_FOOTER}`,
  }, unclassified(null, ['thanks', 'case_reference', 'quoted_completion']));

  return out;
}
