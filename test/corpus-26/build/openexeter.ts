// openexeter: 15 emails of writer V.
import { NHSMAIL_FOOTER, date, gtQuote, org, outlookQuote, person, sentLine, type Mail } from './lib.js';
import { oeForm, type OeValues } from './formspecs.js';
import { formPdf } from './pdfs.js';
import { scanPdf } from './scanforms.js';

const PDF = 'application/pdf';
const oe = (v: Partial<OeValues> & Pick<OeValues, 'orgName' | 'first' | 'surname' | 'email' | 'sigName' | 'capacity'>): OeValues => ({
  orgCode: '', address: '', phone: '', title: '', job: '', nomPhone: '', otherRole: '', sigEmail: '', signed: true, date: '', ...v,
});

export async function openexeter(): Promise<Mail[]> {
  const m: Mail[] = [];

  // 001 GP primary user, fillable form with generic Acrobat field names, signed by a GP partner.
  m.push({
    slug: 'primary-user-gp-acroform', client: 'nhsmail',
    from: { name: 'Carys Whitlock', email: 'carys.whitlock@nhs.net' },
    subject: 'Open Exeter Primary User form - Penmorvah Surgery', date: date(2, 11, 11, 9, 14),
    text: `Hello

Please find attached our completed Open Exeter primary user form. It has been signed by Dr Engström, one of our GP partners.

Thank you
Carys Whitlock
Practice Manager, Penmorvah Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE Primary User Request - Penmorvah.pdf', contentType: PDF, data: await formPdf(oeForm('gp', oe({
      orgName: 'Penmorvah Surgery', orgCode: 'L82 033', address: 'Penmorvah Lane\nBudock Water TR11 5ZL', phone: '01326 960 104',
      title: 'Mrs', first: 'Carys', surname: 'Whitlock', job: 'Practice Manager', email: 'carys.whitlock@nhs.net', nomPhone: '01326 960 100',
      capacity: 'GP Partner', sigName: 'Dr Tobias Engström', sigEmail: 'tobias.engstrom@nhs.net', date: '30/10/2026',
    }), { acroNames: true }), { mode: 'acro', created: new Date('2026-10-30T12:00:00Z'), seed: 'o001' }) }],
    expect: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L82033', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Carys Whitlock', 'carys.whitlock@nhs.net'), signatory: { name: 'Tobias Engström', email: 'tobias.engstrom@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'generic_field_names', 'nominee_is_sender', 'non_ascii_name'],
    },
  });

  // 002 GP primary user, flat word-processor form (Times) signed by the practice manager.
  m.push({
    slug: 'primary-user-gp-signed-by-pm', client: 'nhsmail',
    from: { name: 'Denise Arkwright', email: 'denise.arkwright@nhs.net' },
    subject: 'OE form', date: date(4, 11, 15, 40, 2),
    text: `Hi

Form attached for a new Open Exeter primary user for Ravensworth Surgery. I've signed it myself as practice manager as the GPs are all on leave or on the rota this week - hope that's OK.

Denise Arkwright
Practice Manager
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Open Exeter PU form.pdf', contentType: PDF, data: await formPdf(oeForm('gp', oe({
      orgName: 'Ravensworth Surgery', orgCode: 'A84011', address: '7 Ravensworth Terrace\nGateshead NE8 9ZD', phone: '0191 496 0522',
      title: 'Miss', first: 'Lauren', surname: 'Bickerstaffe', job: 'Senior Receptionist', email: 'lauren.bickerstaffe@nhs.net', nomPhone: '0191 496 0523',
      capacity: null, otherRole: 'Practice Manager', sigName: 'Denise Arkwright', sigEmail: 'denise.arkwright@nhs.net', date: '04/11/2026',
    }), { serif: true }), { mode: 'flat', created: new Date('2026-11-04T15:31:00Z'), seed: 'o002' }) }],
    expect: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A84011', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Lauren Bickerstaffe', 'lauren.bickerstaffe@nhs.net'), signatory: { name: 'Denise Arkwright', email: 'denise.arkwright@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_text', 'serif_form', 'practice_manager_signatory', 'terse_subject'],
    },
  });

  // 003 GP primary user, hand-filled scan, signed by the Caldicott Guardian.
  m.push({
    slug: 'primary-user-gp-scan-caldicott', client: 'nhsmail',
    from: { name: 'Hollybush Surgery Reception', email: 'reception.hollybush@nhs.net' },
    subject: 'Scanned form - Open Exeter', date: date(6, 11, 12, 2, 56),
    text: `Please see scanned form attached.

Hollybush Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Scan0041.pdf', contentType: PDF, data: await scanPdf(oeForm('gp', oe({
      orgName: 'Hollybush Surgery', orgCode: 'D81 027', address: '3 Chapel Row\nHollybush, Ledbury', phone: '01531 960 448',
      title: 'Mrs', first: 'Agata', surname: 'Nowakowska', job: 'Reception Manager', email: 'agata.nowakowska@nhs.net', nomPhone: '01531 960 449',
      capacity: 'Caldicott Guardian', sigName: 'Dr Ruth Ellingham', sigEmail: 'r.ellingham@nhs.net', date: '05/11/2026',
    })), { seed: 'o003', hand: 'A', skewDeg: 0.8, noise: 1500, quality: 76 }, new Date('2026-11-06T11:58:00Z'), [0, 1]) }],
    expect: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('D81027', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Agata Nowakowska', 'agata.nowakowska@nhs.net'), signatory: { name: 'Ruth Ellingham', email: 'r.ellingham@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['pdf_scan', 'handwriting', 'hand_tick', 'two_page_scan', 'see_attached', 'shared_mailbox_sender'],
    },
  });

  // 004 Other organisation, scan in block capitals, signature box empty.
  m.push({
    slug: 'primary-user-other-scan-unsigned', client: 'nhsmail',
    from: { name: 'Tracey Grimshaw', email: 'tracey.grimshaw@nhs.net' },
    subject: 'Primary User request - Colposcopy Unit', date: date(9, 11, 9, 49, 21),
    text: `Good morning

Please find attached the Open Exeter primary user request for our colposcopy unit. We are not a GP practice so I have used the form for other organisations.

Kind regards
Tracey Grimshaw
Colposcopy Administration Lead
Northvale Community Health NHS Trust
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE primary user - colposcopy.pdf', contentType: PDF, data: await scanPdf(oeForm('other', oe({
      orgName: 'Northvale Community Health NHS Trust', orgService: 'Colposcopy Unit', orgCode: '', address: 'Northvale Hospital, Wharf Road\nNorthvale NV4 2ZZ', phone: '01632 960 870',
      title: 'Ms', first: 'Tracey', surname: 'Grimshaw', job: 'Colposcopy Administration Lead', email: 'tracey.grimshaw@nhs.net', nomPhone: '01632 960 874',
      capacity: 'Caldicott Guardian', sigName: 'Dr Adrian Whitcombe', sigEmail: 'adrian.whitcombe@nhs.net', signed: false, date: '06/11/2026',
    })), { seed: 'o004', hand: 'C', caps: true, skewDeg: -0.9, noise: 2200, quality: 70 }, new Date('2026-11-09T09:40:00Z')) }],
    expect: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Tracey Grimshaw', 'tracey.grimshaw@nhs.net'), signatory: { name: 'Adrian Whitcombe', email: 'adrian.whitcombe@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'], traits: ['pdf_scan', 'handwriting', 'block_capitals', 'unsigned_form', 'other_organisation'],
    },
  });

  // 005 Other organisation, fillable form signed by a service manager.
  m.push({
    slug: 'primary-user-other-service-manager', client: 'nhsmail',
    from: { name: 'Imran Qureshi', email: 'imran.qureshi7@nhs.net' },
    subject: 'Open Exeter access - Healthier Lives Sexual Health (Ashbourne Hub)', date: date(11, 11, 14, 37, 45),
    text: `Hi,

Attached is the form for me to become the Primary User for our service. Bernadette (our Service Manager) has signed it for us.

Thanks,
Imran Qureshi
Clinical Systems Administrator
Healthier Lives Sexual Health Service
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'PU request Healthier Lives.pdf', contentType: PDF, data: await formPdf(oeForm('other', oe({
      orgName: 'Healthier Lives Sexual Health Service', orgService: 'Ashbourne Hub', orgCode: '', address: '2nd Floor, Ashbourne House\nMarket Place, Ashbourne DE6 1ZA', phone: '01335 960 202',
      title: 'Mr', first: 'Imran', surname: 'Qureshi', job: 'Clinical Systems Administrator', email: 'imran.qureshi7@nhs.net', nomPhone: '01335 960 219',
      capacity: null, otherRole: 'Service Manager', sigName: 'Bernadette Kavanagh', sigEmail: 'bernadette.kavanagh@nhs.net', date: '10/11/2026',
    }), { acroNames: true }), { mode: 'acro', created: new Date('2026-11-10T10:00:00Z'), seed: 'o005' }) }],
    expect: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Imran Qureshi', 'imran.qureshi7@nhs.net'), signatory: { name: 'Bernadette Kavanagh', email: 'bernadette.kavanagh@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_acroform', 'generic_field_names', 'other_organisation', 'nominee_is_sender'],
    },
  });

  // 006 "Please ignore my last email": corrected nominee, corrected form attached.
  m.push({
    slug: 'primary-user-gp-ignore-last', client: 'nhsmail',
    from: { name: 'Oliver Stanbridge', email: 'oliver.stanbridge@nhs.net' },
    subject: 'RE: Open Exeter primary user form - Copperfield Surgery', date: date(12, 11, 16, 20, 33),
    text: `Hello again,

Please ignore my last email, the correct nominee is Bethany Rowe (bethany.rowe3@nhs.net) - I attached the wrong version of the form. The corrected form is attached, signed by Dr Kapoor as Lead GP.

Apologies for the confusion.
Oliver
${outlookQuote({ from: 'Oliver Stanbridge <oliver.stanbridge@nhs.net>', sent: sentLine(12, 11, 15, 51), to: 'PCSE Open Exeter <pcse.openexeter@nhs.net>', subject: 'Open Exeter primary user form - Copperfield Surgery' }, `Hi,

Please find attached the primary user form for Bethan Rhodes (bethan.rhodes@nhs.net) at Copperfield Surgery, N82 055.

Thanks
Oliver Stanbridge
Assistant Practice Manager`)}
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE PU form Copperfield v2.pdf', contentType: PDF, data: await formPdf(oeForm('gp', oe({
      orgName: 'Copperfield Surgery', orgCode: 'N82055', address: '40 Copperfield Street\nRuncorn WA7 9ZB', phone: '01928 960 615',
      title: 'Ms', first: 'Bethany', surname: 'Rowe', job: 'Patient Services Lead', email: 'bethany.rowe3@nhs.net', nomPhone: '01928 960 616',
      capacity: 'Lead GP', sigName: 'Dr Vikram Kapoor', sigEmail: 'vikram.kapoor@nhs.net', date: '12/11/2026',
    })), { mode: 'flat', created: new Date('2026-11-12T16:10:00Z'), seed: 'o006' }) }],
    expect: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('N82055', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Bethany Rowe', 'bethany.rowe3@nhs.net'), signatory: { name: 'Vikram Kapoor', email: 'vikram.kapoor@nhs.net', role: 'lead_gp' } },
      mustRaise: [], traits: ['correction_ignore_last', 'pdf_text', 'quoted_thread'],
    },
  });

  // 007 Additional permissions from a GP partner.
  m.push({
    slug: 'permissions-gp-partner', client: 'nhsmail',
    from: { name: 'Dr Eleanor Vasquez-Hill', email: 'eleanor.vasquezhill@nhs.net' },
    subject: 'Additional Open Exeter permissions - Elmstead Practice K81044', date: date(13, 11, 8, 12, 0),
    text: `Dear Open Exeter team

As a GP Partner at Elmstead Practice (K81044) I would like to request additional permissions for one of our existing Open Exeter users:

User: Kirsty Mabbott
Open Exeter username: KMABBOTT1
Email: kirsty.mabbott@nhs.net

Permissions required:
• Prior Notification List
• Cytology Enquiry

Kind regards
Dr Eleanor Vasquez-Hill
GP Partner, Elmstead Practice
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('K81044', 'gp_practice'),
      fields: { user: { name: 'Kirsty Mabbott', email: 'kirsty.mabbott@nhs.net', username: 'KMABBOTT1' }, permissions: ['Prior Notification List', 'Cytology Enquiry'], signatory: { name: 'Eleanor Vasquez-Hill', email: 'eleanor.vasquezhill@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['bullets_unicode'],
    },
  });

  // 008 Additional permissions from the lead GP's personal gmail.
  m.push({
    slug: 'permissions-lead-gp-gmail', client: 'gmail',
    from: { name: 'Francis Odhiambo', email: 'f.odhiambo.gp@gmail.com' },
    subject: 'Open Exeter - PNL access for our new nurse', date: date(16, 11, 19, 5, 41),
    text: `Dear PCSE

I'm the Lead GP at Marshgate Surgery (J81 075). Please could you give our new practice nurse Hannah Coyle access to the Prior Notification List on Open Exeter? Her Open Exeter username is HCOYLE and her email is hannah.coyle@nhs.net.

Apologies for using my home email - nhsmail won't let me in from home tonight.

Dr Francis Odhiambo
Lead GP, Marshgate Surgery
`,
    html: `<div dir="ltr">Dear PCSE<div><br></div><div>I&#39;m the Lead GP at Marshgate Surgery (J81 075). Please could you give our new practice nurse Hannah Coyle access to the Prior Notification List on Open Exeter? Her Open Exeter username is HCOYLE and her email is <a href="mailto:hannah.coyle@nhs.net">hannah.coyle@nhs.net</a>.</div><div><br></div><div>Apologies for using my home email - nhsmail won&#39;t let me in from home tonight.</div><div><br></div><div>Dr Francis Odhiambo</div><div>Lead GP, Marshgate Surgery</div></div>`,
    expect: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J81075', 'gp_practice'),
      fields: { user: { name: 'Hannah Coyle', email: 'hannah.coyle@nhs.net', username: 'HCOYLE' }, permissions: ['Prior Notification List'], signatory: { name: 'Francis Odhiambo', email: 'f.odhiambo.gp@gmail.com', role: 'lead_gp' } },
      mustRaise: ['sender_not_nhs'], traits: ['personal_mailbox_sender', 'gmail_html', 'code_spaced'],
    },
  });

  // 009 Additional permissions requested by a practice manager; the subject writes the code with a letter O.
  m.push({
    slug: 'permissions-practice-manager', client: 'nhsmail',
    from: { name: 'Lorraine Fitzgibbon', email: 'lorraine.fitzgibbon@nhs.net' },
    subject: 'Open Exeter permissions G85O19', date: date(18, 11, 10, 33, 29),
    text: `Hi

Could you please add Organisation Maintenance to Chloe Barrington's Open Exeter account so she can cover me as a second primary user? Her username is CBARRINGTON2 and email chloe.barrington@nhs.net.

Kind regards

Lorraine Fitzgibbon
Practice Manager
Beacon Hill Surgery | G85019
T: 020 7946 0.381
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('G85019', 'gp_practice'),
      fields: { user: { name: 'Chloe Barrington', email: 'chloe.barrington@nhs.net', username: 'CBARRINGTON2' }, permissions: ['Organisation Maintenance'], signatory: { name: 'Lorraine Fitzgibbon', email: 'lorraine.fitzgibbon@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['letter_o_for_zero', 'practice_manager_signatory', 'odd_phone_format'],
    },
  });

  // 010 Open Exeter's own new-user notification.
  m.push({
    slug: 'new-user-notification', client: 'system',
    from: { name: 'Open Exeter', email: 'do-not-reply.openexeter@nhs.net' },
    subject: 'Open Exeter: new user awaiting authorisation (C81023)', date: date(30, 11, 10, 14, 3),
    text: `This is an automated message from Open Exeter. Please do not reply to this address.

A new user account has been created by a Primary User and is awaiting authorisation by PCSE.

Organisation code : C81023
Organisation name : BELMONT HOUSE SURGERY
New user ID       : SPATEL9
New user name     : PATEL, SANJANA
New user email    : sanjana.patel9@nhs.net
Created by        : GREENHALGH, MOIRA (MGREENHALGH)
Date created      : 30/11/2026 10:13

Please authorise the account and issue a temporary password to the user.
`,
    expect: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('C81023', 'gp_practice'),
      fields: { user: { name: 'Sanjana Patel', email: 'sanjana.patel9@nhs.net', username: 'SPATEL9' }, createdBy: person('Moira Greenhalgh', null) },
      mustRaise: [], traits: ['system_notification', 'surname_first_caps'],
    },
  });

  // 011 The notification forwarded by the primary user who created the account.
  m.push({
    slug: 'new-user-notification-forwarded', client: 'nhsmail',
    from: { name: 'Neil Rushworth', email: 'neil.rushworth@nhs.net' },
    subject: 'FW: Open Exeter: new user awaiting authorisation (E82098)', date: date(1, 12, 8, 44, 17),
    text: `Morning - please can you authorise Temi asap, she starts on Monday. Thanks, Neil

Neil Rushworth | Practice Manager | Fairhaven Medical Centre
${outlookQuote({ from: 'Open Exeter <do-not-reply.openexeter@nhs.net>', sent: sentLine(30, 11, 17, 2), to: 'PCSE Open Exeter <pcse.openexeter@nhs.net>; Neil Rushworth <neil.rushworth@nhs.net>', subject: 'Open Exeter: new user awaiting authorisation (E82098)' }, `This is an automated message from Open Exeter. Please do not reply to this address.

A new user account has been created by a Primary User and is awaiting authorisation by PCSE.

Organisation code : E82098
Organisation name : FAIRHAVEN MEDICAL CENTRE
New user ID       : TOYELARAN
New user name     : OYELARAN, TEMITOPE
New user email    : temitope.oyelaran@nhs.net
Created by        : RUSHWORTH, NEIL (NRUSHWORTH)
Date created      : 30/11/2026 17:01

Please authorise the account and issue a temporary password to the user.`)}
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('E82098', 'gp_practice'),
      fields: { user: { name: 'Temitope Oyelaran', email: 'temitope.oyelaran@nhs.net', username: 'TOYELARAN' }, createdBy: person('Neil Rushworth', 'neil.rushworth@nhs.net') },
      mustRaise: [], traits: ['forwarded_notification', 'surname_first_caps', 'creator_is_sender'],
    },
  });

  // 012 A question (password reset), no request PCSE acts on.
  m.push({
    slug: 'question-password-reset', client: 'iphone',
    from: { name: 'Becky Lomas', email: 'rebecca.lomas@nhs.net' },
    subject: 'open exeter password', date: date(2, 12, 13, 21, 50),
    text: `Hi, how do I reset my open exeter password? It says expired and I can't find a reset button anywhere. Is it our primary user who does it or you?
Thanks Becky (practice nurse)

Sent from my iPhone`,
    expect: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mobile_client'] },
  });

  // 013 A chaser with the reference in the subject only.
  m.push({
    slug: 'chaser-reference-in-subject', client: 'nhsmail',
    from: { name: 'Oliver Stanbridge', email: 'oliver.stanbridge@nhs.net' },
    subject: 'PCSE-2026-004790 - chasing primary user form', date: date(3, 12, 9, 6, 8),
    text: `Hi, just checking the form we sent on 12 November has been received and is being processed? Bethany still has no Organisation Maintenance.

Thanks
Oliver
${NHSMAIL_FOOTER}`,
    expect: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference_subject_only'] },
  });

  // 014 Out-of-office reply (gmail-style quoting of our acknowledgement).
  m.push({
    slug: 'auto-reply', client: 'nhsmail',
    from: { name: 'Carys Whitlock', email: 'carys.whitlock@nhs.net' },
    subject: 'Automatic reply: PCSE-2026-004188 Open Exeter Primary User request', date: date(3, 12, 11, 40, 0),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `I am on annual leave returning Wednesday 9th December. For anything urgent please email penmorvah.surgery@nhs.net.
${gtQuote('On 3 Dec 2026, at 11:39, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:', 'Your Open Exeter request PCSE-2026-004188 has been completed.')}`,
    expect: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply'] },
  });

  // 015 Misdirected: a PCSE Online main contact's reactivation sent to the Open Exeter mailbox.
  m.push({
    slug: 'misdirected-reactivation', client: 'nhsmail',
    from: { name: "Matthew O'Rourke", email: 'matthew.orourke@nhs.net' },
    subject: 'Account deactivated', date: date(4, 12, 14, 55, 12),
    text: `Hello, sorry if this is the wrong inbox.

My PCSE Online account has been deactivated - I'm the main contact at Tollgate Dental (V 063 921) and need it back to order supplies. My username is matthew.orourke@nhs.net.

Thanks
Matthew O'Rourke
${NHSMAIL_FOOTER}`,
    expect: {
      kind: 'account_reactivation', ignored: null, organisation: org('V063921', 'dental_practice'),
      fields: { username: 'matthew.orourke@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'code_spaced', 'apostrophe_name'],
    },
  });

  return m;
}
