// pcse.openexeter@nhs.net: primary users, extra permissions, new-user authorisations (writer T).
import { mailbox, NHSMAIL_FOOTER, type MailSpec } from './lib.js';
import { oeGpFillable, oeGpFlat, scanPdf } from './pdfs.js';
import { scanOeGp, scanOeOther } from './scans.js';
import { org, person, type Email, type Expected } from './types.js';

type Spec = Omit<MailSpec, 'id' | 'mailbox'>;
type Exp = Omit<Expected, 'mailbox'>;
const mk = (slug: string, spec: Spec, expected: Exp): Email => ({
  slug,
  spec: { ...spec, id: `openexeter/${slug}`, mailbox: 'openexeter' },
  expected: { mailbox: 'openexeter', ...expected },
});

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 -------------------------------------------------------------------------------------------------------------
  const gpScan = await scanPdf('saltmarsh', await scanOeGp('saltmarsh'), 'KONICA MINOLTA bizhub C300i', new Date('2026-11-16T11:48:20Z'));
  out.push(mk('oe-form-scan-reception', {
    client: 'nhsmail',
    from: { name: 'Saltmarsh Surgery Reception', email: 'saltmarsh.reception@nhs.net' },
    subject: 'OE form',
    date: 'Mon, 16 Nov 2026 11:55:02 +0000',
    text: `Hello

OE form attached for our new primary user, signed by Dr Hargreaves.

Kind regards
Reception
Saltmarsh Surgery
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'SKM_C300i26111611480.pdf', contentType: 'application/pdf', content: gpScan }],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('Y02719', 'gp_practice'),
    fields: {
      organisationKind: 'gp_practice',
      nominee: person('Nuala McGinley', 'nuala.mcginley@nhs.net'),
      signatory: { ...person('James Hargreaves', null), role: 'gp_partner' },
    },
    mustRaise: [],
    traits: ['scan_handwritten', 'two_page_scan', 'see_attached', 'shared_mailbox_sender', 'tick_box_role', 'mc_name'],
  }));

  // 2 -------------------------------------------------------------------------------------------------------------
  const otherScan = await scanPdf('coastal', await scanOeOther('coastal'), 'HP LaserJet MFP M428fdw', new Date('2026-11-18T15:20:51Z'));
  out.push(mk('pcn-hub-form-unsigned-scan', {
    client: 'nhsmail',
    from: { name: 'WIŚNIEWSKA, Dorota (COASTAL CARE PCN)', email: 'dorota.wisniewska@nhs.net' },
    subject: 'Open Exeter access for PCN hub',
    date: 'Wed, 18 Nov 2026 15:33:47 +0000',
    text: `Dear Sir/Madam,

Please find attached the Open Exeter form for our PCN hub, where we now do the evening and weekend smear clinics. I am the co-ordinator at the hub and I need to check the screening history of the patients before the appointment.

Thank you,
Dorota
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'doc03341220261118152051.pdf', contentType: 'application/pdf', content: otherScan }],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('U60372', 'pcn'),
    fields: {
      organisationKind: 'other',
      nominee: person('Dorota Wiśniewska', 'dorota.wisniewska@nhs.net'),
      signatory: { ...person('Graham Pettifer', null), role: 'board_member' },
    },
    mustRaise: ['missing_signature'],
    traits: ['scan_handwritten', 'blank_signature_box', 'non_ascii_name', 'rfc2047_name', 'self_nomination', 'esl_writer'],
  }));

  // 3 -------------------------------------------------------------------------------------------------------------
  const fillable = await oeGpFillable('highgate', {
    practiceName: 'Highgate Lane Practice', odsCode: 'B82633', address: '9 Highgate Lane, Kendal, LA9 4DR', phone: '01539 496 011',
    title: 'Miss', forename: 'Kerry-Ann', surname: 'Whitfield', jobTitle: 'Patient Services Manager', email: 'kerryann.whitfield@nhs.net', phoneUser: '01539 496 019',
    signatoryName: 'Dr Farah Qureshi', signatoryRole: 'Caldicott Guardian', signatoryEmail: 'farah.qureshi@nhs.net', date: '17 Nov 2026',
  });
  out.push(mk('second-primary-user-caldicott-form', {
    client: 'nhsmail',
    from: { name: 'QURESHI, Farah (HIGHGATE LANE PRACTICE)', email: 'farah.qureshi@nhs.net' },
    subject: 'Open Exeter – second Primary User for B82633',
    date: 'Tue, 17 Nov 2026 13:11:26 +0000',
    text: `Good afternoon,

Please find attached the request form. I'm the practice's Caldicott Guardian and have signed at the bottom of page 1.

Kerry-Ann will be our second primary user alongside Jo Fenwick (already set up), as your website recommends having two.

Best wishes,
Farah

Dr Farah Qureshi
Highgate Lane Practice
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE Primary User request - Highgate Lane.pdf', contentType: 'application/pdf', content: fillable }],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82633', 'gp_practice'),
    fields: {
      organisationKind: 'gp_practice',
      nominee: person('Kerry-Ann Whitfield', 'kerryann.whitfield@nhs.net'),
      signatory: { ...person('Farah Qureshi', 'farah.qureshi@nhs.net'), role: 'caldicott_guardian' },
    },
    mustRaise: [],
    traits: ['pdf_acroform', 'descriptive_field_names', 'split_name_fields', 'hyphenated_name', 'other_person_mentioned', 'rfc2047_subject'],
  }));

  // 4 -------------------------------------------------------------------------------------------------------------
  const flat = await oeGpFlat('doveridge', {
    practiceName: 'Doveridge Surgery', odsCode: 'C84590', nomineeName: "Connor O'Hare", nomineeJob: 'Reception Supervisor', nomineeEmail: 'connor.ohare@nhs.net',
    signatoryName: 'Lorraine Bagshaw', signatoryPosition: 'Practice Manager', date: '17/11/2026',
  });
  out.push(mk('oe-login-person-pm-signed', {
    client: 'nhsmail',
    from: { name: 'Lorraine Bagshaw', email: 'lorraine.bagshaw@nhs.net' },
    subject: 'New OE login person',
    date: 'Tue, 17 Nov 2026 11:20:09 +0000',
    text: `Hi

Please see form attached for Connor to be our OE login person (primary user) now Marion has retired. I've signed it as practice manager as the partners are all in clinic this week.

Lorraine
${NHSMAIL_FOOTER}`,
    attachments: [{ filename: 'OE PU form Connor.pdf', contentType: 'application/pdf', content: flat }],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('C84590', 'gp_practice'),
    fields: {
      organisationKind: 'gp_practice',
      nominee: person("Connor O'Hare", 'connor.ohare@nhs.net'),
      signatory: { ...person('Lorraine Bagshaw', 'lorraine.bagshaw@nhs.net'), role: 'other' },
    },
    mustRaise: ['signatory_role_not_allowed'],
    traits: ['pdf_flat', 'loose_role_name', 'practice_manager_signatory', 'apostrophe_name', 'nickname'],
  }));

  // 5 -------------------------------------------------------------------------------------------------------------
  out.push(mk('new-lead-user-partner-email-only', {
    client: 'nhsmail',
    from: { name: 'Tom Whitaker', email: 'thomas.whitaker@nhs.net' },
    subject: 'New OE lead user',
    date: 'Wed, 18 Nov 2026 08:09:33 +0000',
    text: `Hi,

Our Open Exeter lead user (Pam Rutherford, our PM) retired last Friday and we now have nobody who can add users or reset passwords. Please can you make our new practice manager Ngozi Eze the lead user instead - ngozi.eze@nhs.net.

I'm a GP partner at Ravensworth Medical Centre (A86017). If you need your form filling in, please send it and I'll sign it.

Tom

Dr Thomas Whitaker
GP Partner
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('A86017', 'gp_practice'),
    fields: {
      organisationKind: 'gp_practice',
      nominee: person('Ngozi Eze', 'ngozi.eze@nhs.net'),
      signatory: { ...person('Thomas Whitaker', 'thomas.whitaker@nhs.net'), role: 'gp_partner' },
    },
    mustRaise: [],
    traits: ['no_form', 'loose_role_name', 'nickname', 'other_person_mentioned'],
  }));

  // 6 -------------------------------------------------------------------------------------------------------------
  out.push(mk('nurse-pnl-gp-partner', {
    client: 'nhsmail',
    from: { name: 'Dr Anita Balogun-Reid', email: 'anita.balogun-reid@nhs.net' },
    subject: 'Extra Open Exeter access for practice nurse',
    date: 'Thu, 19 Nov 2026 12:44:18 +0000',
    text: `Dear Open Exeter team,

Please could you give one of our practice nurses additional permissions on Open Exeter. She already has a login.

Name: Sinéad Kavanagh
Open Exeter user ID: SKAVANAGH
Email: sinead.kavanagh@nhs.net

Permissions needed:
- Prior Notification List (PNL)
- Cervical screening patient history enquiry

She has taken over the smear recall from Linda, who has gone down to two days a week.

Many thanks
Dr Anita Balogun-Reid
GP Partner, Cedar House Surgery (E85012)
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('E85012', 'gp_practice'),
    fields: {
      user: { ...person('Sinéad Kavanagh', 'sinead.kavanagh@nhs.net'), username: 'SKAVANAGH' },
      permissions: ['Prior Notification List (PNL)', 'Cervical screening patient history enquiry'],
      signatory: { ...person('Anita Balogun-Reid', 'anita.balogun-reid@nhs.net'), role: 'gp_partner' },
    },
    mustRaise: [],
    traits: ['labelled_lines', 'bulleted_permissions', 'non_ascii_name', 'hyphenated_name'],
  }));

  // 7 -------------------------------------------------------------------------------------------------------------
  out.push(mk('pnl-for-hca-practice-manager', {
    client: 'owa',
    from: { name: 'OKAFOR-SMITH, Dawn (TOLLGATE MEDICAL PRACTICE)', email: 'dawn.okafor-smith@nhs.net' },
    subject: 'PNL access',
    date: 'Fri, 20 Nov 2026 09:36:52 +0000',
    text: `Hi,

Could you add PNL access to our new HCA's Open Exeter login please. She's Lauren Price, user ID LPRICE2, lauren.price12@nhs.net. She will be doing the smear recalls with the nurses from next month.

I'm the practice manager at Tollgate Medical Practice, F84700.

Thanks
Dawn Okafor-Smith
`,
  }, {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('F84700', 'gp_practice'),
    fields: {
      user: { ...person('Lauren Price', 'lauren.price12@nhs.net'), username: 'LPRICE2' },
      permissions: ['PNL'],
      signatory: { ...person('Dawn Okafor-Smith', 'dawn.okafor-smith@nhs.net'), role: 'other' },
    },
    mustRaise: ['signatory_role_not_allowed'],
    traits: ['practice_manager_signatory', 'abbreviation_only', 'gp_code_starting_f', 'surname_first_display_name', 'prose_only'],
  }));

  // 8 -------------------------------------------------------------------------------------------------------------
  out.push(mk('caldicott-from-personal-gmail', {
    client: 'gmail',
    from: { name: 'Mehmet Yıldız', email: 'drmyildiz@gmail.com' },
    subject: 'Open Exeter access - Seaview Surgery',
    date: 'Sat, 21 Nov 2026 10:27:05 +0000',
    text: `Hello,

Sending this from my personal email as I'm on leave and can't get onto NHSmail from here - sorry.

As Caldicott Guardian for Seaview Surgery (J83610) I'd like to authorise extra Open Exeter access for our assistant practice manager Holly Trevithick (holly.trevithick@nhs.net, user ID HTREVITHICK):
- Cytology results
- Prior Notification List

Best wishes
Mehmet Yıldız
GP, Caldicott Guardian
`,
  }, {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J83610', 'gp_practice'),
    fields: {
      user: { ...person('Holly Trevithick', 'holly.trevithick@nhs.net'), username: 'HTREVITHICK' },
      permissions: ['Cytology results', 'Prior Notification List'],
      signatory: { ...person('Mehmet Yıldız', 'drmyildiz@gmail.com'), role: 'caldicott_guardian' },
    },
    mustRaise: ['sender_not_nhs'],
    traits: ['personal_address', 'non_ascii_name', 'rfc2047_name', 'bulleted_permissions', 'weekend'],
  }));

  // 9 -------------------------------------------------------------------------------------------------------------
  out.push(mk('system-new-user-notification', {
    client: 'system',
    from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' },
    subject: 'Open Exeter - new user created - K83042',
    date: 'Tue, 17 Nov 2026 14:02:41 +0000',
    textEnc: '7bit',
    headers: [['X-Mailer', 'OpenExeter Notification Service 4.2'], ['Precedence', 'bulk']],
    text: `This is an automatically generated message from Open Exeter.

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation code:   K83042
Organisation name:   THE OLD MILL SURGERY
New user ID:         PHUGHES3
New user name:       HUGHES, PAUL ANDREW
New user email:      paul.hughes23@nhs.net
Created by:          BRENNAN, SIOBHAN (SBRENNAN1)
Date created:        17/11/2026 14:02

Please do not reply to this email.
`,
  }, {
    kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('K83042', 'gp_practice'),
    fields: {
      user: { ...person('Paul Andrew Hughes', 'paul.hughes23@nhs.net'), username: 'PHUGHES3' },
      createdBy: person('Siobhan Brennan', null),
    },
    mustRaise: [],
    traits: ['system_notification', 'surname_first_caps', 'aligned_columns'],
  }));

  // 10 ------------------------------------------------------------------------------------------------------------
  out.push(mk('primary-user-asks-password-new-starter', {
    client: 'nhsmail',
    from: { name: 'DHILLON, Amrit Kaur (BEECH GROVE PRACTICE)', email: 'amrit.dhillon@nhs.net' },
    subject: 'New starter - Open Exeter password please',
    date: 'Tue, 24 Nov 2026 08:52:30 +0000',
    text: `Hiya,

I've just set up our new receptionist on Open Exeter - Tanisha Jones, user ID TJONES7, email tanisha.jones4@nhs.net. Could you authorise her and send her password please? She starts Monday.

I'm the primary user for Beech Grove Practice (N81055).

Thanks
Amrit
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('N81055', 'gp_practice'),
    fields: {
      user: { ...person('Tanisha Jones', 'tanisha.jones4@nhs.net'), username: 'TJONES7' },
      createdBy: person('Amrit Kaur Dhillon', 'amrit.dhillon@nhs.net'),
    },
    mustRaise: [],
    traits: ['written_by_primary_user', 'surname_first_display_name', 'nickname', 'prose_only'],
  }));

  // 11 ------------------------------------------------------------------------------------------------------------
  out.push(mk('chaser-form-sent-2nd', {
    client: 'nhsmail',
    from: { name: 'Bethany Rowe', email: 'bethany.rowe3@nhs.net' },
    subject: 'RE: Open Exeter form [PCSE-2026-004502]',
    date: 'Wed, 25 Nov 2026 10:03:12 +0000',
    headers: [['In-Reply-To', '<ack.PCSE-2026-004502@pcse.england.nhs.uk>']],
    text: `Hello, just checking you received the form we sent on the 2nd? Still no login for Sam.

Thanks
Beth
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['chaser', 'case_reference_in_subject', 'terse'],
  }));

  // 12 ------------------------------------------------------------------------------------------------------------
  out.push(mk('out-of-office-reply-to-password', {
    client: 'exchange',
    from: { name: 'Paul Hughes', email: 'paul.hughes23@nhs.net' },
    subject: 'Out of Office: Open Exeter - your temporary password',
    date: 'Wed, 18 Nov 2026 09:00:04 +0000',
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['In-Reply-To', '<pw.PCSE-2026-004561@pcse.england.nhs.uk>']],
    text: `Hi, I'm out of the office on a course until Thursday 19/11. I'll reply when I'm back.
Paul
`,
  }, {
    kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [],
    traits: ['auto_reply', 'terse'],
  }));

  // 13 ------------------------------------------------------------------------------------------------------------
  out.push(mk('question-reset-password-exeter-account', {
    client: 'iphone',
    from: { name: 'Bethan Griffiths', email: 'bethan.griffiths7@nhs.net' },
    subject: 'Exeter account',
    date: 'Thu, 26 Nov 2026 13:45:27 +0000',
    text: `Hi, I think I'm the primary user on our Exeter account but I can't see how to reset a password for one of the nurses, where is it? And do I need to tell you when someone leaves or do I just delete them?

Thanks, Bethan (Pengarth Surgery)

Sent from my iPhone
`,
  }, {
    kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
    traits: ['pure_question', 'loose_role_name', 'mobile_client'],
  }));

  // 14 ------------------------------------------------------------------------------------------------------------
  out.push(mk('pcse-portal-locked-wrong-mailbox', {
    client: 'iphone',
    from: { name: 'Jo Kettle', email: 'j.kettle@nhs.net' },
    cc: mailbox(undefined, 'pcse.portalenquiries@nhs.net'),
    subject: 'Locked',
    date: 'Fri, 27 Nov 2026 08:21:39 +0000',
    textEnc: 'quoted-printable',
    text: `Morning – I've locked myself out of PCSE Online (not Exeter, the main PCSE one), typed my password wrong 5 times. Username j.kettle@nhs.net. Kettlewell Surgery, B82019.
Could you unlock please?
Jo

Sent from my iPhone
`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('B82019', 'gp_practice'),
    fields: { username: 'j.kettle@nhs.net' },
    mustRaise: [],
    traits: ['misdirected', 'mobile_client', 'terse', 'both_mailboxes'],
  }));

  return out;
}
