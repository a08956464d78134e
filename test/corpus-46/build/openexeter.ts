// openexeter: primary-user forms (fillable, flat and scanned), permissions, new-user notifications, misdirected
// PCSE Online access requests, a question and a chaser.
import { addr, NHSMAIL_FOOTER } from './lib.js';
import { date, org, person, type Email } from './model.js';
import { oeForm, renderForm, scanForm, type OeValues } from './pdfs.js';

const M = 'openexeter' as const;
const oid = (n: number): string => `<DU0P265MB${(5200 + n * 41).toString()}${String.fromCharCode(67 + (n % 22))}${n}E@DU0P265MB${5200 + n * 41}.GBRP265.PROD.OUTLOOK.COM>`;

export async function openexeterEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // fillable GP form, GP partner
  const f1: OeValues = {
    orgName: 'Greenacres Medical Practice',
    orgCode: 'N82655',
    address: 'Greenacres, 5 Moor Lane, Crosby, Liverpool L23 2SW',
    nomineeName: 'Danielle Foster',
    nomineeRole: 'Practice Administrator',
    nomineeEmail: 'danielle.foster3@nhs.net',
    nomineePhone: '0151 928 6100',
    signatoryName: 'Dr Matthew Kerrigan',
    signatoryRoleTick: 'GP Partner',
    date: '03/11/2026',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'oe-primary-user-gp-acroform',
    spec: {
      from: addr('Danielle Foster', 'danielle.foster3@nhs.net'),
      subject: 'Open Exeter primary user form',
      date: date(2, 10, 8, 21),
      messageId: oid(1),
      text: `Hello,

Our only Open Exeter primary user has left, so no one here can reset passwords and two of the nurses are locked out of Open Exeter. Attached is the completed primary user form, signed by Dr Kerrigan.

Thanks
Danielle Foster
Greenacres Medical Practice
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'OE Primary User Form - Greenacres.pdf', contentType: 'application/pdf', data: await renderForm(oeForm(f1, true), { fillable: true, producer: 'Adobe Acrobat Pro 24.2', seed: 101 }) }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('N82655'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Danielle Foster', 'danielle.foster3@nhs.net'),
        signatory: { name: 'Matthew Kerrigan', email: null, role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'checkbox_role'],
    },
  });

  // handwritten GP form, photographed on a phone, Lead GP
  const f2: OeValues = {
    orgName: 'Saltmarsh Surgery',
    orgCode: 'J81046',
    address: 'Quay Street, Lymington SO41 3AS',
    nomineeName: 'Bethan Morgan',
    nomineeRole: 'Reception Manager',
    nomineeEmail: 'bethan.morgan7@nhs.net',
    nomineePhone: '01590 672 218',
    signatoryName: 'Dr Ian Farquhar',
    signatoryRoleTick: 'Lead GP',
    date: '2/11/26',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'oe-primary-user-gp-photo-scan',
    spec: {
      from: addr('Bethan Morgan', 'bethan.morgan7@nhs.net'),
      subject: 'Form',
      date: date(3, 15, 44, 5),
      messageId: '<3C0B9F6E-1D2A-4E8B-A7C3-55F0E2D19B4A@nhs.net>',
      client: 'iphone',
      text: `Hi, please see form attached for Open Exeter primary user. Sorry it's a photo our scanner is broken.

Bethan

Sent from my iPhone`,
      attachments: [{ filename: 'IMG_4471.pdf', contentType: 'application/pdf', data: await scanForm(oeForm(f2, true), { seed: 102, skewDeg: -2.4, handwritten: true, contrast: 0.7, photo: true }, 2, 'iOS Version 18.1 (Build 22B83) Quartz PDFContext') }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('J81046'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Bethan Morgan', 'bethan.morgan7@nhs.net'),
        signatory: { name: 'Ian Farquhar', email: null, role: 'lead_gp' },
      },
      mustRaise: [],
      traits: ['pdf_scan', 'handwritten', 'photographed', 'terse', 'mobile'],
    },
  });

  // typed GP form, printed, signed by the practice manager, scanned
  const f3: OeValues = {
    orgName: 'Beech Hill Surgery',
    orgCode: 'Y01833',
    address: '21 Beech Hill Road, Sheffield S10 2RF',
    nomineeName: 'Thomas Whitaker',
    nomineeRole: 'IT & Data Lead',
    nomineeEmail: 'thomas.whitaker1@nhs.net',
    nomineePhone: '0114 266 0019',
    signatoryName: 'Carol Hebden',
    signatoryRoleTick: '',
    signatoryRoleText: 'Practice Manager',
    date: '06/11/2026',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'oe-primary-user-gp-scan-pm-signed',
    spec: {
      from: addr('HEBDEN, Carol (BEECH HILL SURGERY)', 'carol.hebden@nhs.net'),
      subject: 'Open Exeter - request for Primary User - Y01833',
      date: date(5, 12, 20, 58),
      messageId: oid(3),
      text: `Good afternoon,

Please find attached a scanned Primary User request for Tom Whitaker, who is taking over Open Exeter user management from me as I retire at Christmas. I have signed it as the practice manager.

Regards
Carol Hebden
Practice Manager
Beech Hill Surgery
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'OE PU request Beech Hill (scan).pdf', contentType: 'application/pdf', data: await scanForm(oeForm(f3, true), { seed: 103, skewDeg: 0.7, handwritten: false, contrast: 0.6, stamp: 'BEECH HILL SURGERY\nRECEIVED 06 NOV 2026' }, 2, 'Canon iR-ADV C3530 PDF') }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('Y01833'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Thomas Whitaker', 'thomas.whitaker1@nhs.net'),
        signatory: { name: 'Carol Hebden', email: 'carol.hebden@nhs.net', role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_scan', 'low_contrast', 'stamp', 'signatory_is_sender', 'nickname_in_body'],
    },
  });

  // other organisation (sexual health service), scanned with a stamp, Caldicott Guardian
  const f4: OeValues = {
    orgName: 'Solent Integrated Sexual Health Service',
    orgCode: '',
    address: 'Royal South Hants Hospital, Brintons Terrace, Southampton SO14 0YG',
    nomineeName: 'Gemma Alderton',
    nomineeRole: 'Clinical Systems Administrator',
    nomineeEmail: 'gemma.alderton@nhs.net',
    nomineePhone: '023 8082 5120',
    signatoryName: 'Dr Philippa Osei',
    signatoryRoleTick: 'Caldicott Guardian',
    date: '05.11.2026',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'oe-primary-user-other-org-scan',
    spec: {
      from: addr('Gemma Alderton', 'gemma.alderton@nhs.net'),
      subject: 'Primary User form - sexual health service',
      date: date(6, 9, 14, 36),
      messageId: oid(4),
      text: `Dear Open Exeter team,

Attached is our form requesting a Primary User for the sexual health service, signed by our Caldicott Guardian. Our previous primary user's account was deleted when she left and we now have clinicians who cannot get into Open Exeter to check screening histories.

Many thanks
Gemma Alderton
Clinical Systems Administrator`,
      attachments: [{ filename: 'scan0042.pdf', contentType: 'application/pdf', data: await scanForm(oeForm(f4, false), { seed: 104, skewDeg: -0.9, handwritten: true, contrast: 0.85, stamp: 'SISHS CLINICAL\nGOVERNANCE 05/11' }, 1, 'HP Smart Document Scan') }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org(null, 'other'),
      fields: {
        organisationKind: 'other',
        nominee: person('Gemma Alderton', 'gemma.alderton@nhs.net'),
        signatory: { name: 'Philippa Osei', email: null, role: 'caldicott_guardian' },
      },
      mustRaise: [],
      traits: ['pdf_scan', 'handwritten', 'stamp', 'other_organisation', 'no_ods_code'],
    },
  });

  // GP form exported flat from a word processor, signed by the Caldicott Guardian
  const f5: OeValues = {
    orgName: 'Fernleigh Practice',
    orgCode: 'L81127',
    address: '9 Fernleigh Avenue, Weston-super-Mare BS23 2PW',
    nomineeName: 'Ana Sofia Pereira',
    nomineeRole: 'Senior Receptionist',
    nomineeEmail: 'anasofia.pereira@nhs.net',
    nomineePhone: '01934 624 090',
    signatoryName: 'Dr Neil Castleton',
    signatoryRoleTick: 'Caldicott Guardian',
    date: '09 November 2026',
    signed: true,
  };
  out.push({
    mailbox: M,
    slug: 'oe-primary-user-gp-flat-caldicott',
    spec: {
      from: addr('Fernleigh Practice', 'fernleigh.practice@nhs.net'),
      subject: 'OE primary user',
      date: date(8, 11, 50, 13),
      messageId: oid(5),
      text: `Hi

Form attached for a second Open Exeter primary user at Fernleigh Practice (L81127). Signed by Dr Castleton, our Caldicott Guardian.

Thanks
Fernleigh admin`,
      attachments: [{ filename: 'Open Exeter PU form Fernleigh.pdf', contentType: 'application/pdf', data: await renderForm(oeForm(f5, true), { fillable: false, serif: true, producer: 'LibreOffice 7.6', seed: 105 }) }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('L81127'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Ana Sofia Pereira', 'anasofia.pereira@nhs.net'),
        signatory: { name: 'Neil Castleton', email: null, role: 'caldicott_guardian' },
      },
      mustRaise: [],
      traits: ['pdf_flat', 'shared_mailbox_sender', 'compound_given_name'],
    },
  });

  // additional permissions, GP partner
  out.push({
    mailbox: M,
    slug: 'oe-permissions-gp-partner',
    spec: {
      from: addr('Dr Rachel Greenwood', 'rachel.greenwood2@nhs.net'),
      subject: 'Open Exeter - additional permissions for practice nurse',
      date: date(4, 8, 47, 29),
      messageId: oid(6),
      text: `Dear PCSE,

Our lead practice nurse can log in to Open Exeter but cannot see everything she needs for the call/recall work. Please could you add the following to her account:

- Prior Notification List
- Cervical Screening Result History

Name: Joanne Birch
Email: joanne.birch@nhs.net
Open Exeter user ID: BIRCJ014

Practice: Willowbrook Surgery, F81119

Regards
Dr Rachel Greenwood
GP Partner, Willowbrook Surgery`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('F81119'),
      fields: {
        user: { name: 'Joanne Birch', email: 'joanne.birch@nhs.net', username: 'BIRCJ014' },
        permissions: ['Prior Notification List', 'Cervical Screening Result History'],
        signatory: { name: 'Rachel Greenwood', email: 'rachel.greenwood2@nhs.net', role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['bulleted_permissions', 'labelled_lines'],
    },
  });

  // additional permissions, asked by a practice manager
  out.push({
    mailbox: M,
    slug: 'oe-permissions-practice-manager',
    spec: {
      from: addr('Mark Ingham', 'mark.ingham@nhs.net'),
      subject: 'Permissions on Open Exeter',
      date: date(7, 15, 31, 52),
      messageId: oid(7),
      text: `Hi,

Could you give our new HCA Leanne Cross (leanne.cross4@nhs.net, user ID CROSL007) access to Prior Notification on Open Exeter please.

Thanks
Mark Ingham
Practice Manager, Tollgate Health Centre (D81055)`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('D81055'),
      fields: {
        user: { name: 'Leanne Cross', email: 'leanne.cross4@nhs.net', username: 'CROSL007' },
        permissions: ['Prior Notification'],
        signatory: { name: 'Mark Ingham', email: 'mark.ingham@nhs.net', role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['bracketed_details', 'code_in_signature'],
    },
  });

  // Open Exeter's own new-user notification
  out.push({
    mailbox: M,
    slug: 'oe-new-user-notification',
    spec: {
      from: addr('Open Exeter', 'openexeter.noreply@nhs.net'),
      subject: 'Open Exeter: New user created - authorisation required',
      date: date(3, 11, 2, 0),
      messageId: '<OE-NU-20261105-110200-44817@openexeter.nhs.uk>',
      client: 'plain',
      text: `OPEN EXETER - NEW USER NOTIFICATION

A new user has been created by a Primary User and requires authorisation by PCSE.

Organisation:      GREENACRES MEDICAL PRACTICE (N82655)
User ID:           PATELR022
User name:         PATEL, RAVINA
Email:             ravina.patel11@nhs.net
Created by:        FOSTER, DANIELLE
Date created:      05/11/2026 10:58

This is an automatically generated email. Please do not reply.`,
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('N82655'),
      fields: {
        user: { name: 'Ravina Patel', email: 'ravina.patel11@nhs.net', username: 'PATELR022' },
        createdBy: person('Danielle Foster', null),
      },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_caps'],
    },
  });

  // notification forwarded by the primary user who created the account
  out.push({
    mailbox: M,
    slug: 'oe-new-user-forwarded',
    spec: {
      from: addr('Bethan Morgan', 'bethan.morgan7@nhs.net'),
      subject: 'FW: Open Exeter: New user created - authorisation required',
      date: date(11, 9, 26, 44),
      messageId: oid(9),
      text: `Hi, I set up our new nurse on Friday but she still can't log in - please can you authorise her? Notification below.

Thanks
Bethan Morgan
Primary User, Saltmarsh Surgery

________________________________
From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 13 November 2026 16:12
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: Open Exeter: New user created - authorisation required

OPEN EXETER - NEW USER NOTIFICATION

A new user has been created by a Primary User and requires authorisation by PCSE.

Organisation:      SALTMARSH SURGERY (J81046)
User ID:           OKAFC003
User name:         OKAFOR, CHIDINMA
Email:             chidinma.okafor@nhs.net
Created by:        MORGAN, BETHAN
Date created:      13/11/2026 16:09

This is an automatically generated email. Please do not reply.`,
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('J81046'),
      fields: {
        user: { name: 'Chidinma Okafor', email: 'chidinma.okafor@nhs.net', username: 'OKAFC003' },
        createdBy: person('Bethan Morgan', 'bethan.morgan7@nhs.net'),
      },
      mustRaise: [],
      traits: ['forwarded_notification', 'creator_is_sender', 'cannot_log_in'],
    },
  });

  // misdirected: PCSE Online unlock sent to Open Exeter
  out.push({
    mailbox: M,
    slug: 'misdirected-pcse-online-unlock',
    spec: {
      from: addr('Imogen Walsh', 'imogen.walsh@nhs.net'),
      subject: 'Locked out',
      date: date(6, 17, 40, 8),
      messageId: oid(10),
      text: `Hello

I have locked my PCSE Online account (not Open Exeter - that one's fine!) by getting the password wrong five times. Could you unlock it please - login imogen.walsh@nhs.net.

Thank you
Imogen Walsh
Salaried GP, Moorside Practice`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org(null, 'gp_practice'),
      fields: { username: 'imogen.walsh@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'mentions_other_system'],
    },
  });

  // misdirected: verification link request
  out.push({
    mailbox: M,
    slug: 'misdirected-verification-link',
    spec: {
      from: addr('Daniel Achterberg', 'daniel.achterberg@nhs.net'),
      subject: 'verification email',
      date: date(9, 14, 3, 57),
      messageId: oid(11),
      text: `Hi,

Not sure this is the right address, but could you re-send my PCSE Online verification email? I'm a newly qualified GP (from August) and it never came. My GMC number is 7688142 and this is my GMC email.

Daniel Achterberg`,
    },
    expected: {
      kind: 'verification_link_resend',
      ignored: null,
      organisation: null,
      fields: { accountEmail: 'daniel.achterberg@nhs.net', gmcNumber: '7688142' },
      mustRaise: [],
      traits: ['misdirected', 'gmc_number', 'newly_qualified'],
    },
  });

  // question: Open Exeter password
  out.push({
    mailbox: M,
    slug: 'question-oe-password',
    spec: {
      from: addr('Hayley Brookes', 'hayley.brookes@nhs.net'),
      subject: 'Open Exeter password expired',
      date: date(2, 16, 22, 31),
      messageId: oid(12),
      text: `Hi,

My Open Exeter password has expired and I'm not sure how I reset it. Do I do that myself or does it have to come from you? Our primary user is on leave until next week.

Thanks
Hayley Brookes
Practice Nurse`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'not_a_request'] },
  });

  // chaser, reference in the subject
  out.push({
    mailbox: M,
    slug: 'chaser-primary-user-ref',
    spec: {
      from: addr('Carol Hebden', 'carol.hebden@nhs.net'),
      subject: 'Chasing - Primary User request PCSE-2026-019006',
      date: date(12, 8, 58, 16),
      messageId: oid(13),
      text: `Hello,

Just chasing the Primary User form we sent on 6th November for Tom Whitaker. Is there anything else you need from us?

Regards
Carol Hebden
Practice Manager, Beech Hill Surgery`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_subject'] },
  });

  return out;
}
