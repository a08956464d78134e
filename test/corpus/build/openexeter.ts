/** Emails to pcse.openexeter@nhs.net, plus bounces across the mailboxes. */
import { type CorpusEntry, MAILBOX_ADDR, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, authResults, nhsMessage, nov, org, outlookHtml, withRole } from './common.js';

const M = 'openexeter' as const;
const pur = (organisationKind: string, nominee: { name: string | null; email: string | null }, signatory: ReturnType<typeof withRole>) => ({ organisationKind, nominee, signatory });
const user = (name: string | null, email: string | null, username: string | null) => ({ name, email, username });
const perm = (u: ReturnType<typeof user>, permissions: string[], signatory: ReturnType<typeof withRole>) => ({ user: u, permissions, signatory });
const nua = (u: ReturnType<typeof user>, createdBy: { name: string | null; email: string | null }) => ({ user: u, createdBy });

/** Open Exeter's own notification (sent by the system, not a person). */
function oeNotification(n: number, day: number, body: string) {
  return {
    from: 'Open Exeter <open.exeter.noreply@nhs.net>',
    to: MAILBOX_ADDR.openexeter,
    subject: 'Open Exeter: new user requires authorisation',
    date: nov(day, '06:30:00'),
    messageId: `<oe-notify-${n}@openexeter.nhs.uk>`,
    topHeaders: [authResults('nhs.net')],
    headers: ['Auto-Submitted: auto-generated', 'X-Mailer: Open Exeter Notification Service'],
    text: body,
  };
}

export const OPENEXETER: CorpusEntry[] = [
  {
    n: 1, slug: 'primary-user-flat-pdf', mailbox: M,
    message: nhsMessage(M, 'Colin Ritchie <colin.ritchie@nhs.net>', 'Open Exeter Primary User form - Meadowbank Surgery', nov(10, '10:00:00'), 'o001', {
      text: `Hello,\n\nPlease find attached our signed Primary User request form for Open Exeter.\n\nKind regards\nColin Ritchie\nPractice Manager, Meadowbank Surgery\n01392 496 707\n\n${NHSMAIL_FOOTER}`,
      attachments: [{ pdf: 'oe-primary-y01234-flat.pdf', filename: 'OE Primary User GP form.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('Y01234', 'gp_practice'),
      fields: pur('gp_practice', { name: 'Aoife Ó Briain', email: 'aoife.obriain@nhs.net' }, withRole('Paul Whitcombe', null, 'caldicott_guardian')),
      mustRaise: [], traits: ['pdf_text', 'see_attached', 'non_ascii_name', 'distractor_person'],
    },
  },
  {
    n: 2, slug: 'primary-user-practice-manager-signed', mailbox: M,
    message: nhsMessage(M, 'Kingsway Family Practice <kingsway.fp@nhs.net>', 'Open Exeter primary user', nov(11, '12:00:00'), 'o002', {
      text: `Please see attached.\n\n${NHSMAIL_FOOTER}`,
      attachments: [{ pdf: 'oe-primary-m85066-practice-manager.pdf', filename: 'Primary_User_Form.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('M85066', 'gp_practice'),
      fields: pur('gp_practice', { name: 'Kerry Lomas', email: 'kerry.lomas1@nhs.net' }, withRole('Denise Hartley', null, 'other')),
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_acroform', 'see_attached', 'terse', 'signatory_role_not_allowed'],
    },
  },
  {
    n: 3, slug: 'primary-user-unsigned', mailbox: M,
    message: nhsMessage(M, 'Tomasz Nowak <tomasz.nowak@nhs.net>', 'Primary user request Brookside', nov(12, '09:10:00'), 'o003', {
      text: `Hi,\n\nAttached is the form for me to become the Open Exeter primary user at Brookside Medical Practice. Dr Gallagher has approved it.\n\nThanks\nTomasz Nowak\nAssistant Practice Manager\n`,
      attachments: [{ pdf: 'oe-primary-n81090-unsigned.pdf', filename: 'OpenExeter_PrimaryUser_Brookside.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('N81090', 'gp_practice'),
      fields: pur('gp_practice', { name: 'Tomasz Nowak', email: 'tomasz.nowak@nhs.net' }, withRole('Fiona Gallagher', null, 'lead_gp')),
      mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'missing_signature'],
    },
  },
  {
    n: 4, slug: 'primary-user-email-from-partner', mailbox: M,
    message: nhsMessage(M, 'Dr Fiona Gallagher <fiona.gallagher@nhs.net>', 'Open Exeter - second primary user', nov(16, '13:30:00'), 'o004', {
      text: `Dear Open Exeter team,

As a GP Partner at Brookside Medical Practice (N81090) I authorise Agnieszka Wójcik (agnieszka.wojcik@nhs.net), our senior receptionist, to be set up as our second Open Exeter Primary User.

Dr Fiona Gallagher
GP Partner and Caldicott Guardian
Brookside Medical Practice

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('N81090', 'gp_practice'),
      fields: pur('gp_practice', { name: 'Agnieszka Wójcik', email: 'agnieszka.wojcik@nhs.net' }, withRole('Fiona Gallagher', 'fiona.gallagher@nhs.net', 'gp_partner')),
      mustRaise: [], traits: ['prose', 'non_ascii_name'],
    },
  },
  {
    n: 5, slug: 'primary-user-non-gp-board', mailbox: M,
    message: nhsMessage(M, 'Richard Fairbairn <richard.fairbairn@nhs.net>', 'Primary User for Open Exeter - colposcopy service', nov(18, '10:45:00'), 'o005', {
      html: outlookHtml(`<p class="MsoNormal">Good morning,</p><p class="MsoNormal">I am a member of the Board of Directors of Northshore Community Health CIC (organisation code NQ7). Please set up the following person as our Open Exeter Primary User:</p>
<ul><li>Name: Hélène Marchetti</li><li>Email: helene.marchetti@nhs.net</li><li>Role: Colposcopy Service Manager</li></ul>
<p class="MsoNormal">Richard Fairbairn<br>Director of Clinical Services</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('NQ7', 'other'),
      fields: pur('other', { name: 'Hélène Marchetti', email: 'helene.marchetti@nhs.net' }, withRole('Richard Fairbairn', 'richard.fairbairn@nhs.net', 'board_member')),
      mustRaise: [], traits: ['html_only', 'bullets', 'non_gp_org', 'non_ascii_name'],
    },
  },
  {
    n: 6, slug: 'primary-user-no-email-nominee', mailbox: M,
    message: nhsMessage(M, 'Dr Emeka Nwosu <emeka.nwosu@nhs.net>', 'OE primary contact', nov(20, '16:00:00'), 'o006', {
      text: `I'm the lead GP at Castle Street Health Centre, C83011. Please make our new practice manager, Ms Olivia Thornton, a primary user on Open Exeter. She is still waiting for her nhs.net account.\n\nEmeka Nwosu\n`,
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('C83011', 'gp_practice'),
      fields: pur('gp_practice', { name: 'Olivia Thornton', email: null }, withRole('Emeka Nwosu', 'emeka.nwosu@nhs.net', 'lead_gp')),
      mustRaise: [], traits: ['omits_email', 'honorific', 'terse'],
    },
  },
  // additional permissions
  {
    n: 7, slug: 'additional-permissions-partner', mailbox: M,
    message: nhsMessage(M, 'Dr Paul Whitcombe <paul.whitcombe@nhs.net>', 'Additional Open Exeter permissions', nov(3, '12:15:00'), 'o007', {
      text: `Hello,

Please could you give our practice nurse additional access on Open Exeter:

User: Rachel Dunn
Open Exeter username: RDUNN01
Email: rachel.dunn@nhs.net
Permissions required: Cervical Screening Prior Notification List, Sample Taker Enquiry

I am a GP Partner at Meadowbank Surgery (Y01234).

Dr Paul Whitcombe

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('Y01234', 'gp_practice'),
      fields: perm(user('Rachel Dunn', 'rachel.dunn@nhs.net', 'RDUNN01'), ['Cervical Screening Prior Notification List', 'Sample Taker Enquiry'], withRole('Paul Whitcombe', 'paul.whitcombe@nhs.net', 'gp_partner')),
      mustRaise: [], traits: ['label_value'],
    },
  },
  {
    n: 8, slug: 'additional-permissions-gmail', mailbox: M,
    message: {
      ...nhsMessage(M, 'Dr Olu Adeyemi <oluadeyemi.gp@gmail.com>', 'open exeter access for receptionist', nov(7, '20:30:00'), 'o008'),
      text: `Hi, sending from my personal email as I can't get into nhs.net at home. As Lead GP at The Grange Practice (G85031) please add Prior Notification List permission for Sandra Kowalczyk (Open Exeter user SKOWAL1). Thanks, Olu\n`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('G85031', 'gp_practice'),
      fields: perm(user('Sandra Kowalczyk', null, 'SKOWAL1'), ['Prior Notification List'], withRole('Olu Adeyemi', 'oluadeyemi.gp@gmail.com', 'lead_gp')),
      mustRaise: ['sender_not_nhs'], traits: ['gmail', 'sender_not_nhs', 'one_liner'],
    },
  },
  {
    n: 9, slug: 'additional-permissions-from-manager', mailbox: M,
    message: nhsMessage(M, 'Denise Hartley <denise.hartley@nhs.net>', 'Extra permissions on Open Exeter for Kerry', nov(13, '11:25:00'), 'o009', {
      text: `Hi,

Can Kerry Lomas (username KLOMAS, kerry.lomas1@nhs.net) have the Sample Taker Enquiry permission added please.

Thanks
Denise Hartley
Practice Manager
Kingsway Family Practice, M85066

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('M85066', 'gp_practice'),
      fields: perm(user('Kerry Lomas', 'kerry.lomas1@nhs.net', 'KLOMAS'), ['Sample Taker Enquiry'], withRole('Denise Hartley', 'denise.hartley@nhs.net', 'other')),
      mustRaise: ['signatory_role_not_allowed'], traits: ['signatory_role_not_allowed'],
    },
  },
  {
    n: 10, slug: 'additional-permissions-caldicott-html', mailbox: M,
    message: nhsMessage(M, 'Dr Morwenna Rowe <morwenna.rowe@nhs.net>', 'Open Exeter permissions request', nov(17, '14:45:00'), 'o010', {
      encoding: 'quoted-printable',
      html: outlookHtml(`<p class="MsoNormal">Dear colleagues,</p><p class="MsoNormal">In my capacity as Caldicott Guardian for Harbour Health I'd like to request the following permissions for an existing user:</p>
<table border="1"><tr><td>Name</td><td>Jenifer Pascoe</td></tr><tr><td>Username</td><td>jpascoe</td></tr><tr><td>Permissions</td><td>Prior Notification List; Non-Responder Lists</td></tr></table>
<p class="MsoNormal">Many thanks,<br>Dr Morwenna Rowe<br>Caldicott Guardian</p>${NHSMAIL_FOOTER_HTML}`),
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: null,
      fields: perm(user('Jenifer Pascoe', null, 'jpascoe'), ['Prior Notification List', 'Non-Responder Lists'], withRole('Morwenna Rowe', 'morwenna.rowe@nhs.net', 'caldicott_guardian')),
      mustRaise: [], traits: ['html_only', 'html_table', 'quoted_printable', 'omits_email'],
    },
  },
  {
    n: 11, slug: 'additional-permissions-reply', mailbox: M,
    message: nhsMessage(M, 'Dr Fiona Gallagher <fiona.gallagher@nhs.net>', 'RE: Open Exeter permissions', nov(23, '09:55:00'), 'o011', {
      text: `Yes, I confirm - I'm the Lead GP. Please go ahead and add Sample Taker Enquiry for Tomasz (username TNOWAK2).

Fiona

On Fri, 20 Nov 2026 at 15:02, Tomasz Nowak <tomasz.nowak@nhs.net> wrote:
> Hi Fiona, PCSE need a GP to ask for extra Open Exeter permissions for me.
> Could you email pcse.openexeter@nhs.net? Thanks, Tomasz
`,
      cc: 'Tomasz Nowak <tomasz.nowak@nhs.net>',
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: null,
      fields: perm(user('Tomasz Nowak', 'tomasz.nowak@nhs.net', 'TNOWAK2'), ['Sample Taker Enquiry'], withRole('Fiona Gallagher', 'fiona.gallagher@nhs.net', 'lead_gp')),
      mustRaise: [], traits: ['reply_quoted', 'context_in_quote'],
    },
  },
  // new user authorisation (Open Exeter's notification)
  {
    n: 12, slug: 'new-user-authorisation', mailbox: M,
    message: oeNotification(12, 4, `This is an automated message from Open Exeter.

A Primary User has created a new user account which requires authorisation by PCSE.

Organisation: A81023 OAKFIELD MEDICAL CENTRE
New user name: Jenny Holt
New user ID: JHOLT3
New user email: jenny.holt2@nhs.net
Created by: Siobhan Murphy (siobhan.murphy3@nhs.net)
Date created: 03/11/2026 17:42

Please do not reply to this email.
`),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('A81023', 'gp_practice'),
      fields: nua(user('Jenny Holt', 'jenny.holt2@nhs.net', 'JHOLT3'), { name: 'Siobhan Murphy', email: 'siobhan.murphy3@nhs.net' }),
      mustRaise: [], traits: ['system_notification'],
    },
  },
  {
    n: 13, slug: 'new-user-authorisation-no-email', mailbox: M,
    message: oeNotification(13, 9, `This is an automated message from Open Exeter.

A Primary User has created a new user account which requires authorisation by PCSE.

Organisation: Y01234 MEADOWBANK SURGERY
New user name: Dylan Hext
New user ID: DHEXT1
New user email:
Created by: Colin Ritchie (colin.ritchie@nhs.net)
Date created: 08/11/2026 10:05

Please do not reply to this email.
`),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('Y01234', 'gp_practice'),
      fields: nua(user('Dylan Hext', null, 'DHEXT1'), { name: 'Colin Ritchie', email: 'colin.ritchie@nhs.net' }),
      mustRaise: [], traits: ['system_notification', 'empty_label'],
    },
  },
  {
    n: 14, slug: 'new-user-authorisation-forwarded', mailbox: M,
    message: nhsMessage(M, 'Agnieszka Wójcik <agnieszka.wojcik@nhs.net>', 'FW: Open Exeter: new user requires authorisation', nov(14, '08:40:00'), 'o014', {
      encoding: 'quoted-printable',
      text: `Hi, I created this user yesterday - could you authorise them please? They need it for Monday. Thanks, Agnieszka

-----Original Message-----
From: Open Exeter <open.exeter.noreply@nhs.net>
Sent: 13 November 2026 16:01
To: Agnieszka Wójcik <agnieszka.wojcik@nhs.net>
Subject: Open Exeter: new user requires authorisation

Organisation: N81090 BROOKSIDE MEDICAL PRACTICE
New user name: Marek Zieliński
New user ID: MZIELI1
New user email: marek.zielinski@nhs.net
Created by: Agnieszka Wójcik (agnieszka.wojcik@nhs.net)
`,
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('N81090', 'gp_practice'),
      fields: nua(user('Marek Zieliński', 'marek.zielinski@nhs.net', 'MZIELI1'), { name: 'Agnieszka Wójcik', email: 'agnieszka.wojcik@nhs.net' }),
      mustRaise: [], traits: ['forwarded', 'non_ascii_name', 'quoted_printable'],
    },
  },
  {
    n: 15, slug: 'new-user-authorisation-prose', mailbox: M,
    message: nhsMessage(M, 'Kerry Lomas <kerry.lomas1@nhs.net>', 'New user on Open Exeter needs authorising', nov(24, '12:20:00'), 'o015', {
      text: `Hi,

As primary user for Kingsway Family Practice (M85066) I have just created a new Open Exeter user for our new HCA, Priya Nair, user ID PNAIR4, email priya.nair7@nhs.net. Please could you authorise her and send the temporary password.

Thanks
Kerry Lomas
Open Exeter Primary User

${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('M85066', 'gp_practice'),
      fields: nua(user('Priya Nair', 'priya.nair7@nhs.net', 'PNAIR4'), { name: 'Kerry Lomas', email: 'kerry.lomas1@nhs.net' }),
      mustRaise: [], traits: ['prose'],
    },
  },
  // unclassified / ignored
  {
    n: 16, slug: 'thank-you-case-ref', mailbox: M,
    message: nhsMessage(M, 'Colin Ritchie <colin.ritchie@nhs.net>', 'RE: PCSE-2026-000777 Primary User set up', nov(19, '10:00:00'), 'o016', {
      text: `Brilliant, thanks for your help.\n\nColin\n\n${NHSMAIL_FOOTER}`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_ref', 'terse'] },
  },
  {
    n: 17, slug: 'chaser-body-ref', mailbox: M,
    message: nhsMessage(M, 'Tomasz Nowak <tomasz.nowak@nhs.net>', 'Open Exeter form', nov(25, '14:00:00'), 'o017', {
      text: `Hello, I sent a form two weeks ago and got reference PCSE-2026-000650 but haven't heard anything since. Can you let me know where it's up to? Thanks\n`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_in_body'] },
  },
  {
    n: 18, slug: 'unclassifiable-password-reset', mailbox: M,
    message: nhsMessage(M, 'Rachel Dunn <rachel.dunn@nhs.net>', 'Open Exeter training', nov(26, '09:00:00'), 'o018', {
      text: `Hello, is there any training available for new Open Exeter users at our practice? We have three new nurses starting in January. Thanks, Rachel\n\n${NHSMAIL_FOOTER}`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['unclassifiable', 'keyword_bait'] },
  },
];

/** A delivery status notification (RFC 3464) for a reply we sent. */
function bounce(n: number, mailbox: 'portalenquiries' | 'openexeter' | 'datamanager', rcpt: string, day: number): string {
  const b = `bounce-${n}-boundary`;
  const addr = MAILBOX_ADDR[mailbox].replace(/.*<|>/g, '');
  return [
    authResults('nhs.net'),
    `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>`,
    `To: <${addr}>`,
    `Subject: Undeliverable: PCSE-2026-000${300 + n} Your request has been completed`,
    `Date: ${nov(day, '11:02:03')}`,
    `Message-ID: <bounce-${n}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    `Your message to ${rcpt} couldn't be delivered.`,
    `${rcpt.split('@')[0]} wasn't found at nhs.net.`,
    '',
    'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
    '',
    `Final-Recipient: rfc822;${rcpt}`,
    'Action: failed',
    'Status: 5.1.10',
    'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    `From: ${MAILBOX_ADDR[mailbox]}`,
    `To: ${rcpt}`,
    `Subject: PCSE-2026-000${300 + n} Your request has been completed`,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}

export const BOUNCES: CorpusEntry[] = [
  {
    n: 42, slug: 'bounce-ndr', mailbox: 'portalenquiries', raw: bounce(42, 'portalenquiries', 'mark.dunmore@nhs.net', 20),
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'dsn'] },
  },
  {
    n: 19, slug: 'bounce-ndr', mailbox: 'openexeter', raw: bounce(19, 'openexeter', 'kerry.lomas@nhs.net', 22),
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'dsn'] },
  },
  {
    n: 23, slug: 'bounce-ndr', mailbox: 'datamanager', raw: bounce(23, 'datamanager', 'ashgrove.admin@nhs.net', 4),
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'dsn'] },
  },
];
