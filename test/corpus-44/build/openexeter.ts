// openexeter: people answering PCSE's own guidance (corpus 44, writer AN).
import { NHSMAIL_FOOTER, P, jan, org, type MailSpec } from './lib.js';
import { gppCertFillable, oeGpFillable, oeGpFlat } from './pdfs.js';
import { oeGpPhoto, oeOtherScan } from './scanforms.js';

export async function openexeterMails(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];
  const mb = 'openexeter' as const;

  // primary user, GP, fillable form signed by a GP partner
  m.push({
    mailbox: mb, slug: 'oe-primary-gp-fillable', client: 'outlook', date: jan(4, 13, 22, 10),
    from: { name: 'Marsh Lane Medical Practice', email: 'marshlane.medical@nhs.net' },
    subject: 'Request for a new Primary User - Marsh Lane Medical Practice',
    text: `Dear Open Exeter team,

We do not have the 'Organisation Maintenance' option under the Application drop down menu, so as your page advises please find attached the completed form requesting a Primary User for our practice. It has been signed by one of our GP Partners at the bottom of page 1.

Kind regards
Anita Desai
Practice Manager
Marsh Lane Medical Practice
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Open Exeter Primary User form - Marsh Lane.pdf', content: await oeGpFillable({
      orgName: 'Marsh Lane Medical Practice', orgCode: 'L81634', address: '77 Marsh Lane, Bristol, BS5 9DJ', orgPhone: '0117 000 3304',
      surname: 'Desai', forenames: 'Anita', jobTitle: 'Practice Manager', email: 'anita.desai@nhs.net', phone: '0117 000 3310',
      signatoryName: 'Dr Thomas Lowry', capacity: 'GP Partner', signatoryEmail: 'thomas.lowry@nhs.net', date: '04/01/2027', signed: true,
    }, 'Anita Desai') }],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L81634', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: P('Anita Desai', 'anita.desai@nhs.net'), signatory: { ...P('Thomas Lowry', 'thomas.lowry@nhs.net'), role: 'gp_partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'quotes_guidance', 'nominee_is_sender', 'checkbox_role'] },
  });

  // primary user, GP, handwritten form photographed with a phone
  m.push({
    mailbox: mb, slug: 'oe-primary-gp-photo', client: 'iphone', date: jan(5, 17, 50, 44),
    from: { name: 'Ben Adeyinka', email: 'ben.adeyinka@nhs.net' },
    subject: 'OE form',
    text: `Hi please see attached form signed by our Lead GP. Sorry it's a photo, scanner is broken.

Ben

Sent from my iPhone`,
    attachments: [{ filename: 'IMG_4471.pdf', content: await oeGpPhoto({
      orgName: 'WESTCLIFF SURGERY', orgCode: 'H82019', address: '12 THE PARADE, WORTHING BN11 3PX', orgPhone: '01903 000 271',
      surname: 'ADEYINKA', forenames: 'BENJAMIN', jobTitle: 'OFFICE MANAGER', email: 'ben.adeyinka@nhs.net', phone: '01903 000 275',
      signatoryName: 'DR HELENA VOSS', capacity: 'Lead GP', signatoryEmail: 'helena.voss@nhs.net', date: '05/01/27', signed: true,
    }) }],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('H82019', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: P('Benjamin Adeyinka', 'ben.adeyinka@nhs.net'), signatory: { ...P('Helena Voss', 'helena.voss@nhs.net'), role: 'lead_gp' } },
      mustRaise: [], traits: ['pdf_scan', 'photographed', 'handwritten', 'block_capitals', 'terse', 'nominee_is_sender', 'short_name_in_email'] },
  });

  // primary user, other organisation (trust screening service), scanned two pages, Caldicott Guardian
  m.push({
    mailbox: mb, slug: 'oe-primary-other-scan', client: 'outlook', date: jan(6, 11, 5, 0),
    from: { name: 'Colposcopy Admin (Vale Hospitals NHS Trust)', email: 'valehospitals.colposcopy@nhs.net' },
    subject: 'Open Exeter Primary User request - Colposcopy Service',
    text: `Good morning,

Please find attached a request for an additional Primary User for our colposcopy service (organisation other than a GP practice). The form has been signed by our Trust Caldicott Guardian as listed in the guidance on page 2.

Kind regards

Colposcopy Administration Team
Women's Health Unit
Vale Hospitals NHS Trust
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE primary user - colposcopy.pdf', content: await oeOtherScan({
      orgName: 'Vale Hospitals NHS Trust - Colposcopy Service', orgCode: 'RV7', address: 'Vale General Hospital, Stroud GL5 2HY', orgPhone: '01453 000 900',
      surname: 'Montgomery', forenames: 'Rachel', jobTitle: 'Colposcopy Services Coordinator', email: 'rachel.montgomery5@nhs.net', phone: '01453 000 914',
      signatoryName: 'Dr Ian Cartwright', capacity: 'Caldicott Guardian', signatoryEmail: 'ian.cartwright1@nhs.net', date: '22/12/2026', signed: true,
    }) }],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RV7', 'other'),
      fields: { organisationKind: 'other', nominee: P('Rachel Montgomery', 'rachel.montgomery5@nhs.net'), signatory: { ...P('Ian Cartwright', 'ian.cartwright1@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['pdf_scan', 'two_page_scan', 'non_gp_organisation', 'trust_code', 'shared_mailbox_sender'] },
  });

  // primary user, GP, flat form signed by the practice manager
  m.push({
    mailbox: mb, slug: 'oe-primary-gp-practice-manager-signs', client: 'outlook', date: jan(7, 14, 40, 19),
    from: { name: 'Claire Donnelly', email: 'claire.donnelly6@nhs.net' },
    subject: 'Primary User form - Hatherley Surgery',
    text: `Hello,

Your page says "Each organisation using Open Exeter should have a primary user ... for example, a practice manager for a GP Surgery", so I have completed the attached form for our new receptionist to be our second Primary User and signed it myself as Practice Manager.

Thanks
Claire Donnelly
Practice Manager
Hatherley Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'Primary User Request.pdf', content: await oeGpFlat({
      orgName: 'Hatherley Surgery', orgCode: 'L84092', address: '3 Hatherley Road, Cheltenham, GL51 6EA', orgPhone: '01242 000 118',
      surname: 'Ncube', forenames: 'Tendai', jobTitle: 'Receptionist', email: 'tendai.ncube@nhs.net', phone: '01242 000 118',
      signatoryName: 'Claire Donnelly', capacity: 'Practice Manager', signatoryEmail: 'claire.donnelly6@nhs.net', date: '07/01/2027', signed: true,
    }, 'Claire Donnelly', false) }],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('L84092', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: P('Tendai Ncube', 'tendai.ncube@nhs.net'), signatory: { ...P('Claire Donnelly', 'claire.donnelly6@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat', 'misreads_guidance', 'quotes_guidance', 'signatory_is_sender'] },
  });

  // primary user, GP, fillable form not signed
  m.push({
    mailbox: mb, slug: 'oe-primary-gp-unsigned', client: 'outlook', date: jan(8, 16, 15, 3),
    from: { name: 'Sophie Brennan', email: 'sophie.brennan@nhs.net' },
    subject: 'Open Exeter primary user',
    text: `Hi,

Attached is our form for a new Primary User. Dr Mistry (Caldicott Guardian) has ticked and dated it but is working from home today so hasn't been able to sign - I hope the typed details are enough, otherwise I can send a signed copy next week.

Thanks
Sophie Brennan
Reception Supervisor, Coppice Green Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE_PrimaryUser_CoppiceGreen.pdf', content: await oeGpFillable({
      orgName: 'Coppice Green Surgery', orgCode: 'M83127', address: 'Coppice Green, Wolverhampton, WV6 8AB', orgPhone: '01902 000 552',
      surname: 'Brennan', forenames: 'Sophie', jobTitle: 'Reception Supervisor', email: 'sophie.brennan@nhs.net', phone: '01902 000 553',
      signatoryName: 'Dr Vikram Mistry', capacity: 'Caldicott Guardian', signatoryEmail: 'vikram.mistry@nhs.net', date: '08/01/2027', signed: false,
    }, 'Sophie Brennan') }],
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('M83127', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: P('Sophie Brennan', 'sophie.brennan@nhs.net'), signatory: { ...P('Vikram Mistry', 'vikram.mistry@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'unsigned_form', 'nominee_is_sender'] },
  });

  // primary user for an other organisation, by email only, from the existing primary user
  m.push({
    mailbox: mb, slug: 'oe-primary-other-existing-pu-email', client: 'outlook', date: jan(11, 9, 58, 27),
    from: { name: 'Moses Nwachukwu', email: 'moses.nwachukwu@nhs.net' },
    subject: 'Second Primary User - Riverside Sexual Health',
    text: `Dear PCSE,

Your page recommends that organisations have two Primary User accounts. I am the existing Primary User for Riverside Sexual Health Service (Tamesis Community Health NHS Trust, code RY9) and, as an existing Primary User within the organisation is one of the listed signatories, I would like to request that my colleague is set up as our second Primary User:

Name: Harriet Lim
Job title: Clinical Administrator
Email: harriet.lim@nhs.net

I can complete the form as well if needed.

Regards
Moses Nwachukwu
Service Manager / Open Exeter Primary User
Riverside Sexual Health Service
${NHSMAIL_FOOTER}`,
    expected: { kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('RY9', 'other'),
      fields: { organisationKind: 'other', nominee: P('Harriet Lim', 'harriet.lim@nhs.net'), signatory: { ...P('Moses Nwachukwu', 'moses.nwachukwu@nhs.net'), role: 'existing_primary_user' } },
      mustRaise: [], traits: ['no_form', 'quotes_guidance', 'signatory_is_sender', 'non_gp_organisation', 'trust_code'] },
  });

  // additional permissions from a GP partner
  m.push({
    mailbox: mb, slug: 'oe-permissions-gp-partner', client: 'outlook', date: jan(12, 13, 3, 41),
    from: { name: 'OKONJO, Adaeze (Dr) (RIVERMEAD SURGERY)', email: 'adaeze.okonjo@nhs.net' },
    subject: 'Additional permissions for existing Open Exeter user',
    text: `Dear Open Exeter team,

As a GP Partner at Rivermead Surgery (J82155), and sending from my NHS email address as your page requires, I would like to request additional permissions for an existing user.

User: Kelly Marsh
Open Exeter user ID: KMARSH03
Email: kelly.marsh2@nhs.net
Permissions required: Cervical Screening - Prior Notification List; Cervical Screening - Non-Responders

Kind regards
Dr Adaeze Okonjo
GP Partner
${NHSMAIL_FOOTER}`,
    expected: { kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J82155', 'gp_practice'),
      fields: { user: { ...P('Kelly Marsh', 'kelly.marsh2@nhs.net'), username: 'KMARSH03' }, permissions: ['Cervical Screening - Prior Notification List', 'Cervical Screening - Non-Responders'], signatory: { ...P('Adaeze Okonjo', 'adaeze.okonjo@nhs.net'), role: 'gp_partner' } },
      mustRaise: [], traits: ['quotes_guidance', 'nhsmail_display_name', 'semicolon_list'] },
  });

  // additional permissions from a Caldicott Guardian's personal webmail
  m.push({
    mailbox: mb, slug: 'oe-permissions-webmail-caldicott', client: 'gmail', date: jan(13, 20, 11, 6),
    from: { name: 'Peter Hollis', email: 'drpeterhollis@gmail.com' },
    subject: 'Open Exeter - extra access for our nurse',
    text: `Hello,

I'm the Caldicott Guardian at Greystones Medical Centre (B81633), which is one of the signatories your page lists for requesting additional permissions. Sorry for using my personal email, I can't get onto NHSmail from home this evening.

Please could you give our practice nurse Shirin Farahani (username SFARAHANI01, shirin.farahani@nhs.net) access to the Prior Notification List (cervical screening).

Many thanks
Dr Peter Hollis`,
    expected: { kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('B81633', 'gp_practice'),
      fields: { user: { ...P('Shirin Farahani', 'shirin.farahani@nhs.net'), username: 'SFARAHANI01' }, permissions: ['Prior Notification List'], signatory: { ...P('Peter Hollis', 'drpeterhollis@gmail.com'), role: 'caldicott_guardian' } },
      mustRaise: ['sender_not_nhs'], traits: ['personal_webmail', 'quotes_guidance', 'prose_request'] },
  });

  // additional permissions asked for by a practice manager
  m.push({
    mailbox: mb, slug: 'oe-permissions-practice-manager', client: 'outlook', date: jan(14, 9, 17, 52),
    from: { name: 'Stephen Royle', email: 'stephen.royle@nhs.net' },
    subject: 'Request additional permissions for an existing user',
    text: `Hi

Request additional permissions for an existing user:

Name of user: Amira Haddad
User name: AHADDAD02
Email address: amira.haddad4@nhs.net
Permissions: Non-Responders list, Prior Notification List

Requested by: Stephen Royle, Practice Manager
Practice: Tanners Brook Surgery, J82067

Thanks
Stephen
${NHSMAIL_FOOTER}`,
    expected: { kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J82067', 'gp_practice'),
      fields: { user: { ...P('Amira Haddad', 'amira.haddad4@nhs.net'), username: 'AHADDAD02' }, permissions: ['Non-Responders list', 'Prior Notification List'], signatory: { ...P('Stephen Royle', 'stephen.royle@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['guidance_heading_as_text', 'labelled_fields', 'requester_not_a_signatory'] },
  });

  // Open Exeter's own new-user notification
  m.push({
    mailbox: mb, slug: 'oe-new-user-notification', client: 'system', date: jan(15, 10, 22, 0),
    from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' },
    subject: 'Open Exeter: new user created - C82611',
    text: `OPEN EXETER - NEW USER NOTIFICATION

A new user account has been created by a Primary User and requires authorisation.

Organisation code:     C82611
Organisation name:     SANDYFORD MEDICAL CENTRE
New user ID:           JBRADSHAW02
New user name:         BRADSHAW, JESSICA
New user email:        jessica.bradshaw9@nhs.net
Created by:            TOLLITT, GRAHAM (GTOLLITT01)
Date created:          15/01/2027 10:21

This is an automatically generated message. Please do not reply.`,
    expected: { kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('C82611', 'gp_practice'),
      fields: { user: { ...P('Jessica Bradshaw', 'jessica.bradshaw9@nhs.net'), username: 'JBRADSHAW02' }, createdBy: P('Graham Tollitt', null) },
      mustRaise: [], traits: ['system_notification', 'surname_first_capitals', 'aligned_labels'] },
  });

  // the notification forwarded by the primary user who created the account
  m.push({
    mailbox: mb, slug: 'oe-new-user-forwarded', client: 'outlook', date: jan(18, 11, 9, 14),
    from: { name: 'Anita Desai', email: 'anita.desai@nhs.net' },
    subject: 'FW: Open Exeter: new user created - L81634',
    text: `Hi, I've set up our new nurse on Open Exeter as your page describes - please could you authorise her and issue her password. Thanks, Anita (Primary User, Marsh Lane)

From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 18 January 2027 10:55
To: Desai Anita <anita.desai@nhs.net>
Subject: Open Exeter: new user created - L81634

OPEN EXETER - NEW USER NOTIFICATION

A new user account has been created by a Primary User and requires authorisation.

Organisation code:     L81634
Organisation name:     MARSH LANE MEDICAL PRACTICE
New user ID:           EOYELARAN01
New user name:         OYELARAN, ESTHER
New user email:        esther.oyelaran@nhs.net
Created by:            DESAI, ANITA (ADESAI04)
Date created:          18/01/2027 10:54
${NHSMAIL_FOOTER}`,
    expected: { kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('L81634', 'gp_practice'),
      fields: { user: { ...P('Esther Oyelaran', 'esther.oyelaran@nhs.net'), username: 'EOYELARAN01' }, createdBy: P('Anita Desai', 'anita.desai@nhs.net') },
      mustRaise: [], traits: ['forwarded', 'system_notification', 'surname_first_capitals', 'creator_is_sender'] },
  });

  // a question the guidance says people can self-serve
  m.push({
    mailbox: mb, slug: 'question-password-self-serve', client: 'outlook', date: jan(19, 14, 44, 40),
    from: { name: 'Mandy Critchley', email: 'mandy.critchley@nhs.net' },
    subject: 'Open Exeter password',
    text: `Hello

Your page says Open Exeter users "can self-serve when it comes to resetting your Open Exeter password or updating your email address" - where is the guide for that? I can't find it and my password has expired. Do I need to ask our Primary User instead?

Thanks
Mandy Critchley
Practice Nurse, Oakwood Surgery
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['genuine_question', 'quotes_guidance'] },
  });

  // chaser with the reference in the subject
  m.push({
    mailbox: mb, slug: 'chaser-reference-subject', client: 'outlook', date: jan(20, 10, 0, 52),
    from: { name: 'Claire Donnelly', email: 'claire.donnelly6@nhs.net' },
    subject: 'PCSE-2027-006031 - any update?',
    text: `Hi, could you let me know where we are with our Primary User request please? Ref above. Thanks, Claire
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['chaser', 'reference_in_subject', 'terse'] },
  });

  // GPP certification form sent to the Open Exeter mailbox
  m.push({
    mailbox: mb, slug: 'misdirected-gpp-cert', client: 'outlook', date: jan(21, 9, 36, 21),
    from: { name: 'Zoe Harcourt', email: 'zoe.harcourt@nhs.net' },
    subject: 'Practice User Administrator form',
    text: `Dear PCSE,

Please find attached the GP Payments and Pensions Practice User Administrator Certification form for Linthorpe Medical Centre, signed by our Lead GP who is one of the practice's approvers.

Kind regards
Zoe Harcourt
Practice Administrator
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'GPP Practice User Admin Certification.pdf', content: await gppCertFillable({
      practiceName: 'Linthorpe Medical Centre', odsCode: 'A87025', address: '210 Linthorpe Road, Middlesbrough, TS1 3QW', phone: '01642 000 840',
      nomineeName: 'Zoe Harcourt', nomineeJob: 'Practice Administrator', nomineeEmail: 'zoe.harcourt@nhs.net', nomineePhone: '01642 000 843',
      approverName: 'Dr Kwame Asante', approverRole: 'Lead GP', approverEmail: 'kwame.asante@nhs.net', date: '20/01/2027', signed: true,
    }, 'Zoe Harcourt') }],
    expected: { kind: 'user_admin_nomination', ignored: null, organisation: org('A87025', 'gp_practice'),
      fields: { service: 'GPP', nominee: P('Zoe Harcourt', 'zoe.harcourt@nhs.net'), approver: { ...P('Kwame Asante', 'kwame.asante@nhs.net'), role: 'Lead GP' } },
      mustRaise: [], traits: ['misdirected', 'pdf_acroform', 'nominee_is_sender'] },
  });

  // PCSE Online account locked, sent to the Open Exeter mailbox
  m.push({
    mailbox: mb, slug: 'misdirected-unlock', client: 'outlook', date: jan(21, 16, 27, 5),
    from: { name: 'Gwen Alderson', email: 'gwen.alderson@nhs.net' },
    subject: 'Locked out',
    text: `Hi,

I've locked myself out of PCSE Online (too many wrong passwords) - the site says I have to contact you to unlock it. My username is gwen.alderson@nhs.net. I'm the main contact at Wharfedale Pharmacy, FJ418.

Thanks
Gwen
${NHSMAIL_FOOTER}`,
    expected: { kind: 'account_unlock', ignored: null, organisation: org('FJ418', 'pharmacy'),
      fields: { username: 'gwen.alderson@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'paraphrases_guidance'] },
  });

  return m;
}
