// pcse.openexeter@nhs.net: Primary User forms, extra permissions, Open Exeter's new-user notifications.
import { NHSMAIL_DISCLAIMER, make, org, person, type Email } from './common.js';
import { pdfLeaf } from './lib.js';
import { oeGpWordExport, oeOtherFillable, oeOtherTyped } from './pdfs.js';
import { oeGpScanMfd, oeGpScanWithStickyNote } from './scans.js';

const M = 'openexeter' as const;
const none: string[] = [];

const oeNotification = (o: { code: string; orgName: string; userId: string; forename: string; surname: string; email: string; role: string; createdBy: string; on: string }) => `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A new user account has been created and requires authorisation by PCSE.

Organisation code : ${o.code}
Organisation name : ${o.orgName}
User ID           : ${o.userId}
Forename          : ${o.forename}
Surname           : ${o.surname}
Email             : ${o.email}
Job role          : ${o.role}
Created by        : ${o.createdBy}
Created on        : ${o.on}

This is an automatically generated message. Please do not reply to this email.`;

export async function openexeterEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------------------------------------
  const sticky = await oeGpScanWithStickyNote({
    practiceName: 'Fairfield Medical Centre', code: 'L81072', address: '1 Station Road, Keynsham, BS31 2BN',
    nomineeName: 'Kerry Ashworth', nomineeTitle: 'Reception Manager', nomineeEmail: 'kerry.ashworth@nhs.net', nomineePhone: '0117 555 0011',
    capacity: 'gp_partner', signatoryName: 'Dr Simon Blakemore', signatoryRole: 'GP Partner', date: '19/11/26', signed: true,
  }, ['Kerry to replace', 'Janet as PU -', 'pls send asap', 'thx Bev'], 'o001', '2026-11-23T09:41:00Z');
  out.push(make(M, {
    slug: 'primary-user-scan-sticky-note', client: 'outlook',
    from: { name: 'HURST, Beverley (FAIRFIELD MEDICAL CENTRE)', email: 'beverley.hurst@nhs.net' },
    subject: 'Open Exeter Primary User form', date: '2026-11-23T09:47:26Z',
    text: `Hi,

Please see attached signed form.

Thanks
Bev Hurst
Reception Manager
Fairfield Medical Centre

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('SKM_C300i26112309410.pdf', sticky)] },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L81072', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Kerry Ashworth', 'kerry.ashworth@nhs.net'), signatory: { ...person('Simon Blakemore', null), role: 'gp_partner' } },
      mustRaise: none, traits: ['image_only_pdf', 'sticky_note_annotation', 'handwritten_capitals', 'see_attached', 'code_only_in_form'],
    },
  }));

  // 002 ---------------------------------------------------------------------------------------------
  const mfd = await oeGpScanMfd({
    practiceName: 'Northgate Surgery', code: 'M83140', address: '60 Northgate, Walsall, WS1 3LP',
    nomineeName: 'Rebecca Lund', nomineeTitle: 'Practice Manager', nomineeEmail: 'rebecca.lund@nhs.net', nomineePhone: '01922 555 140',
    capacity: 'lead_gp', signatoryName: 'Dr Arun Pillai', signatoryRole: 'Lead GP', date: '24/11/2026', signed: false,
  }, 'o002', '2026-11-24T15:10:00Z');
  out.push(make(M, {
    slug: 'primary-user-scan-unsigned', client: 'outlook',
    from: { name: 'WHITLEY, Donna (NORTHGATE SURGERY)', email: 'donna.whitley@nhs.net' },
    subject: 'OE form - Northgate Surgery', date: '2026-11-24T15:16:49Z',
    text: `Hello,

Attached form for new primary user for Open Exeter. Dr Pillai has checked it over.

Kind regards
Donna Whitley
Receptionist

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('Scan_0042.pdf', mfd)] },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('M83140', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Rebecca Lund', 'rebecca.lund@nhs.net'), signatory: { ...person('Arun Pillai', null), role: 'lead_gp' } },
      mustRaise: ['missing_signature'], traits: ['image_only_pdf', 'mfd_scan', 'skewed', 'blank_signature_box'],
    },
  }));

  // 003 ---------------------------------------------------------------------------------------------
  const typed = await oeOtherTyped({
    orgName: 'Kestrel Urgent Care CIC', code: 'N/A', orgType: 'Out of hours / IUC provider', address: 'Unit 4, Kestrel Park, Taunton, TA2 8QY',
    nomineeName: 'Deepa Kaur', nomineeTitle: 'Clinical Governance Administrator', nomineeEmail: 'deepa.kaur5@nhs.net', nomineePhone: '01823 555 870',
    capacity: 'board', signatoryName: 'Dr Vikram Sharma', signatoryEmail: 'vikram.sharma@nhs.net', date: '25/11/2026', signed: true,
  }, '2026-11-25T10:20:00Z');
  out.push(make(M, {
    slug: 'primary-user-other-typed-offsets', client: 'outlook',
    from: { name: 'KAUR, Deepa (KESTREL URGENT CARE CIC)', email: 'deepa.kaur5@nhs.net' },
    subject: 'Primary User form - Kestrel Urgent Care', date: '2026-11-25T10:34:11Z',
    text: `Good afternoon,

Please find attached our request for a Primary User on Open Exeter. We are the out of hours provider for the area and have started offering cervical screening appointments at our extended hours hub.

Our Medical Director Dr Sharma (board member) has signed the form.

Kind regards
Deepa Kaur
Clinical Governance Administrator
Kestrel Urgent Care CIC

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('OE PU form - Kestrel.pdf', typed)] },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Deepa Kaur', 'deepa.kaur5@nhs.net'), signatory: { ...person('Vikram Sharma', 'vikram.sharma@nhs.net'), role: 'board_member' } },
      mustRaise: none, traits: ['pdf_typed_over_form', 'values_off_the_lines', 'out_of_hours_provider', 'no_ods_code', 'nominee_is_sender'],
    },
  }));

  // 004 ---------------------------------------------------------------------------------------------
  const word = await oeGpWordExport({
    practiceName: 'Hawthorn Medical Practice', code: 'B83027', address: 'Hawthorn Road, Bradford, BD9 4RT',
    nomineeName: 'Lisa Chambers', nomineeTitle: 'Deputy Practice Manager', nomineeEmail: 'lisa.chambers@nhs.net', nomineePhone: '01274 555 027',
    capacity: null, signatoryName: 'Janet Rowe', signatoryRole: 'Practice Manager', date: '26/11/2026', signed: true,
  }, '2026-11-26T13:00:00Z');
  out.push(make(M, {
    slug: 'primary-user-signed-by-pm', client: 'outlook',
    from: { name: 'ROWE, Janet (HAWTHORN MEDICAL PRACTICE)', email: 'janet.rowe@nhs.net' },
    subject: 'Primary User request - Hawthorn Medical Practice', date: '2026-11-26T13:08:55Z',
    text: `Hi,

Please find attached a Primary User request for Lisa Chambers, our new Deputy Practice Manager.

I've signed it myself as the practice manager as the partners are all on leave this week - hope that's ok.

Kind regards
Janet Rowe
Practice Manager
Hawthorn Medical Practice

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('Open Exeter Primary User Form GP.pdf', word)] },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B83027', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Lisa Chambers', 'lisa.chambers@nhs.net'), signatory: { ...person('Janet Rowe', 'janet.rowe@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_word_export', 'practice_manager_signs', 'no_capacity_ticked'],
    },
  }));

  // 005 ---------------------------------------------------------------------------------------------
  const fill = await oeOtherFillable({
    orgName: 'Tamsworth GP Federation Ltd - Extended Access Service', code: 'N/A', orgType: 'GP federation (extended access)', address: 'Suite 2, Wharf House, Tamsworth, TW4 1GH',
    nomineeName: 'Ayesha Mirza', nomineeTitle: 'Lead Nurse - Extended Access', nomineeEmail: 'ayesha.mirza@nhs.net', nomineePhone: '01632 555 480',
    capacity: 'caldicott', signatoryName: 'Dr Colin Frame', signatoryEmail: 'colin.frame@nhs.net', date: '30/11/2026', signed: true,
  }, '2026-11-30T16:00:00Z');
  out.push(make(M, {
    slug: 'primary-user-extended-access-fillable', client: 'outlook',
    from: { name: 'TAMSWORTH GP FEDERATION – EXTENDED ACCESS', email: 'tgf.extendedaccess@nhs.net' }, nameMode: 'Q',
    subject: 'Open Exeter - primary user request (extended access)', date: '2026-11-30T16:21:38Z',
    text: `Hello,

Please find attached our completed Primary User request for the extended access service - we run the evening and weekend smear clinics for the 9 practices in the federation. It's been signed by our Caldicott Guardian Dr Frame.

Any questions let me know.

Stacey
Extended Access Admin Team

${NHSMAIL_DISCLAIMER}`,
    opts: { attachments: [pdfLeaf('OE_PrimaryUser_NonGP_TGF.pdf', fill)] },
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Ayesha Mirza', 'ayesha.mirza@nhs.net'), signatory: { ...person('Colin Frame', 'colin.frame@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: none, traits: ['pdf_acroform', 'guessed_field_names', 'extended_access_provider', 'shared_mailbox_sender', 'no_ods_code'],
    },
  }));

  // 006 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'permissions-gp-partner-list', client: 'outlook',
    from: { name: 'LATIMER, Hugh (Dr) (PARKGATE SURGERY)', email: 'hugh.latimer@nhs.net' },
    subject: 'Open Exeter - additional permissions for Michelle Tan', date: '2026-11-18T12:26:04Z',
    text: `Dear Open Exeter team

As a GP Partner at Parkgate Surgery (S81019) I'd be grateful if you could add the following permissions to Michelle Tan's existing Open Exeter account:

  - Prior Notification List
  - Patient Enquiry

Michelle's details:
   Name:    Michelle Tan
   User ID: MTAN019
   Email:   michelle.tan@nhs.net

She is taking over the PNL work from our retiring practice nurse from Monday 7th.

Kind regards
Dr Hugh Latimer
GP Partner
Parkgate Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('S81019', 'gp_practice'),
      fields: { user: { ...person('Michelle Tan', 'michelle.tan@nhs.net'), username: 'MTAN019' }, permissions: ['Prior Notification List', 'Patient Enquiry'], signatory: { ...person('Hugh Latimer', 'hugh.latimer@nhs.net'), role: 'gp_partner' } },
      mustRaise: none, traits: ['bulleted_list', 'indented_labels', 'calendar_date'],
    },
  }));

  // 007 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'permissions-nurse-lead-for-herself', client: 'outlook',
    from: { name: 'PRICE, Joanne (OAKWOOD SURGERY)', email: 'joanne.price4@nhs.net' },
    subject: 'Extra access on Open Exeter', date: '2026-11-19T13:52:27Z',
    text: `Hi,

Could I please have the 'Sample Taker Maintenance' permission added to my Open Exeter login? I'm the Lead Practice Nurse at Oakwood Surgery (b81 640) and I'm now responsible for keeping our sample taker list up to date.

My Open Exeter user ID is JPRICE4.

Thanks
Joanne Price
Lead Practice Nurse

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('B81640', 'gp_practice'),
      fields: { user: { ...person('Joanne Price', 'joanne.price4@nhs.net'), username: 'JPRICE4' }, permissions: ['Sample Taker Maintenance'], signatory: { ...person('Joanne Price', 'joanne.price4@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['nurse_lead', 'self_request', 'quoted_permission', 'spaced_lowercase_code'],
    },
  }));

  // 008 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'permissions-partner-from-gmail', client: 'gmail',
    from: { name: 'Farid Hassan', email: 'farid.hassan.gp@gmail.com' },
    subject: 'Open Exeter permissions for Sophie', date: '2026-11-28T18:09:45Z',
    text: `Hi,

Sorry to email from my personal account, I'm on leave and can't get into NHSmail on my laptop.

I'm a GP Partner at Whitecross Surgery (A84 035). Please can our new practice nurse Sophie Grant (sophie.grant8@nhs.net) have the Call and Recall permission added in Open Exeter - she's already set up as a user.

Thanks
Farid Hassan
GP Partner, Whitecross Surgery

Sent from Gmail Mobile`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('A84035', 'gp_practice'),
      fields: { user: { ...person('Sophie Grant', 'sophie.grant8@nhs.net'), username: null }, permissions: ['Call and Recall'], signatory: { ...person('Farid Hassan', 'farid.hassan.gp@gmail.com'), role: 'gp_partner' } },
      mustRaise: ['sender_not_nhs'], traits: ['personal_webmail', 'spaced_code', 'prose'],
    },
  }));

  // 009 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'new-user-notification', client: 'system',
    from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' },
    subject: 'Open Exeter: New user created - L81072', date: '2026-11-30T14:22:19Z',
    extraHeaders: [['Auto-Submitted', 'auto-generated'], ['X-Mailer', 'OE-Notify 3.4']],
    text: oeNotification({ code: 'L81072', orgName: 'FAIRFIELD MEDICAL CENTRE', userId: 'HNOLAN1', forename: 'HAYLEY', surname: 'NOLAN', email: 'hayley.nolan@nhs.net', role: 'Practice Nurse', createdBy: 'ASHWORTH, KERRY (KASHWORTH)', on: '30/11/2026 14:22' }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('L81072', 'gp_practice'),
      fields: { user: { ...person('Hayley Nolan', 'hayley.nolan@nhs.net'), username: 'HNOLAN1' }, createdBy: person('Kerry Ashworth', null) },
      mustRaise: none, traits: ['system_notification', 'capitalised_names', 'surname_first_creator'],
    },
  }));

  // 010 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'new-user-notification-forwarded', client: 'outlook',
    from: { name: 'FLETCHER, Naomi (BANKSIDE MEDICAL CENTRE)', email: 'naomi.fletcher@nhs.net' },
    subject: 'FW: Open Exeter: New user created - P82017', date: '2026-12-01T11:19:02Z',
    text: `Hi, see below - Grace starts with us Monday 7th and is booked to do smears from the week after, can you authorise her account please?

Many thanks, Naomi

Naomi Fletcher | Practice Manager | Bankside Medical Centre

From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 01 December 2026 11:05
To: FLETCHER, Naomi (BANKSIDE MEDICAL CENTRE) <naomi.fletcher@nhs.net>
Subject: Open Exeter: New user created - P82017

${oeNotification({ code: 'P82017', orgName: 'BANKSIDE MEDICAL CENTRE', userId: 'GADEBAYO', forename: 'GRACE', surname: 'ADEBAYO', email: 'grace.adebayo@nhs.net', role: 'Practice Nurse', createdBy: 'FLETCHER, NAOMI (NFLETCHER2)', on: '01/12/2026 11:04' })}

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('P82017', 'gp_practice'),
      fields: { user: { ...person('Grace Adebayo', 'grace.adebayo@nhs.net'), username: 'GADEBAYO' }, createdBy: person('Naomi Fletcher', 'naomi.fletcher@nhs.net') },
      mustRaise: none, traits: ['see_below_forward', 'forwarded_notification', 'creator_forwards', 'calendar_date'],
    },
  }));

  // 011 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'question-password-reset', client: 'outlook',
    from: { name: 'DUNSTAN, Marie (COPPICE LANE SURGERY)', email: 'marie.dunstan@nhs.net' },
    subject: 'open exeter password reset?', date: '2026-11-20T10:55:37Z',
    text: `Hi

I'm supposed to be one of our primary users but I can't see where to reset a colleague's password - there's no Organisation Maintenance option in my menu. Is there something I need to do my end or do I need a new form?

Thanks
Marie Dunstan
Admin Team Leader

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: none, traits: ['pure_question'],
    },
  }));

  // 012 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'auto-reply-out-of-office', client: 'outlook',
    from: { name: 'NOLAN, Hayley (FAIRFIELD MEDICAL CENTRE)', email: 'hayley.nolan@nhs.net' },
    subject: 'Out of Office: Open Exeter - your temporary password', date: '2026-12-01T08:30:12Z',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `Hi, I'm not working today. I work Mon, Weds and Thurs. If urgent please contact reception on 0117 555 0011.

Hayley`,
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {},
      mustRaise: none, traits: ['auto_reply'],
    },
  }));

  // 013 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'second-request-chaser-ref-in-body', client: 'outlook',
    from: { name: 'WHITLEY, Donna (NORTHGATE SURGERY)', email: 'donna.whitley@nhs.net' },
    subject: '2nd request - any update?', date: '2026-12-03T12:02:51Z',
    text: `Hello,

2nd request - we sent our Primary User form last week and got an acknowledgement (your ref PCSE-2026-004512) but haven't heard anything since. Can you let me know where it's up to?

Kind regards
Donna Whitley
Receptionist, Northgate Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: none, traits: ['chaser', 'second_request', 'case_reference_in_body'],
    },
  }));

  // 014 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'pl-admin-misdirected', client: 'outlook',
    from: { name: 'CARVER, Helen (Dr) (THORNBURY & ALVESTON SURGERY)', email: 'helen.carver@nhs.net' },
    subject: 'PL admin', date: '2026-11-27T17:40:16Z',
    text: `Hello,

As CQC Registered Manager for Thornbury & Alveston Surgery (l84006) I'd like to nominate the following as PL Organisation Administrator:

Maxine Holt - Practice Administrator - maxine.holt@nhs.net

Thank you
Dr Helen Carver
Thornbury & Alveston Surgery

${NHSMAIL_DISCLAIMER}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('L84006', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Maxine Holt', 'maxine.holt@nhs.net'), approver: { ...person('Helen Carver', 'helen.carver@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: none, traits: ['misdirected', 'name_role_email_line', 'lowercase_code', 'approver_is_sender', 'ampersand_name'],
    },
  }));

  // 015 ---------------------------------------------------------------------------------------------
  out.push(make(M, {
    slug: 'primary-user-by-email-partner', client: 'apple',
    from: { name: 'Ravi Menon', email: 'ravi.menon@nhs.net' },
    subject: 'Open Exeter primary user', date: '2026-12-02T19:31:08Z',
    text: `Hi,

We need a second Open Exeter primary user at Linden Lodge Surgery (C85006). Please can you set up Imogen Pryor, our Office Manager, email imogen.pryor@nhs.net.

I'm one of the GP partners here and I'm happy to authorise this. Let me know if you need the form as well.

Thanks
Ravi

Dr Ravi Menon
GP Partner
Linden Lodge Surgery`,
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('C85006', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Imogen Pryor', 'imogen.pryor@nhs.net'), signatory: { ...person('Ravi Menon', 'ravi.menon@nhs.net'), role: 'gp_partner' } },
      mustRaise: none, traits: ['no_form', 'apple_mail', 'approver_is_sender', 'prose'],
    },
  }));

  return out;
}
