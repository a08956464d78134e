/** Corpus 8, openexeter: writer D (scanned and Word-exported forms, signatories, replies to PCSE). */
import type { Email } from './common.js';
import { externalAuth, nhsAuth, person, withRole } from './common.js';
import type { FormSpec } from './pdfs.js';

const M = 'openexeter' as const;

export const forms: FormSpec[] = [
  {
    file: 'oe-gp-scan-brookfield.pdf',
    type: 'oe_gp',
    style: 'scan',
    rows: [
      ['Practice name', 'Brookfield Surgery'],
      ['Practice code', 'J82139'],
      ['Primary User full name', 'Natalia Kowalczyk'],
      ['Primary User job title', 'Senior Receptionist'],
      ['Primary User email', 'natalia.kowalczyk@nhs.net'],
      ['Signatory name', 'Dr Oliver Pennington'],
      ['Signatory email', 'oliver.pennington@nhs.net'],
      ['Date', '26/11/2026'],
    ],
    tick: 'Lead GP',
    signed: true,
    rotate: -1.1,
    seed: 81,
  },
];

export const openexeter: Email[] = [
  {
    mailbox: M,
    slug: 'scanned-gp-primary-user-lead-gp',
    msg: {
      from: 'Brookfield Surgery <brookfield.surgery@nhs.net>',
      subject: 'Open Exeter primary user form',
      date: 'Tue, 01 Dec 2026 10:22:31 +0000',
      topHeaders: nhsAuth(),
      text: `Please find attached our completed form for a new Open Exeter primary user (scanned).

Brookfield Surgery
Reception Team

-----------------------------------------------------------------------------------
This message originated from Brookfield Surgery. The contents are confidential and may be privileged.
-----------------------------------------------------------------------------------
`,
      attachments: [{ pdf: 'oe-gp-scan-brookfield.pdf', filename: 'SCAN0041.pdf' }],
    },
    exp: {
      kind: 'open_exeter_primary_user_request',
      organisation: { odsCode: 'J82139', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Natalia Kowalczyk', 'natalia.kowalczyk@nhs.net'),
        signatory: withRole('Oliver Pennington', 'oliver.pennington@nhs.net', 'lead_gp'),
      },
      traits: ['scanned_form', 'handwritten', 'details_only_in_attachment', 'generic_scan_filename'],
    },
  },
  {
    mailbox: M,
    slug: 'additional-permissions-gp-partner-bullets',
    msg: {
      from: 'Dr Fiona McAllister <fiona.mcallister@nhs.net>',
      subject: 'Additional Open Exeter permissions for our screening lead',
      date: 'Tue, 01 Dec 2026 12:50:03 +0000',
      topHeaders: nhsAuth(),
      text: `Dear Open Exeter team,

As a GP Partner at Castlegate Medical Group (M85063) I am asking for extra permissions for our existing user:

  • User: Rebecca Thornley (rebecca.thornley@nhs.net)
  • Open Exeter user ID: RTHORNLEY85
  • Permissions needed:
      - Cervical Screening Prior Notification List
      - Call/Recall enquiry

Thank you.

Dr Fiona McAllister MBChB MRCGP
GP Partner and Caldicott Guardian
Castlegate Medical Group, 12 Castle Gate, Newark NG24 1BG
`,
    },
    exp: {
      kind: 'open_exeter_additional_permissions',
      organisation: { odsCode: 'M85063', type: 'gp_practice' },
      fields: {
        user: { name: 'Rebecca Thornley', email: 'rebecca.thornley@nhs.net', username: 'RTHORNLEY85' },
        permissions: ['Cervical Screening Prior Notification List', 'Call/Recall enquiry'],
        signatory: withRole('Fiona McAllister', 'fiona.mcallister@nhs.net', 'gp_partner'),
      },
      traits: ['bullet_list', 'nested_bullets', 'postnominals', 'two_roles_stated'],
    },
  },
  {
    mailbox: M,
    slug: 'oe-system-new-user-notification',
    msg: {
      from: 'Open Exeter <openexeter.noreply@nhs.net>',
      subject: 'Open Exeter: new user created - authorisation required',
      date: 'Tue, 01 Dec 2026 13:15:00 +0000',
      topHeaders: nhsAuth(),
      text: `OPEN EXETER - ORGANISATION MAINTENANCE

A new user account has been created and requires authorisation by PCSE.

Organisation:      Riverside Health Centre (K81022)
New user name:     Joseph Mbeki
New user email:    joseph.mbeki@nhs.net
New user ID:       JMBEKI22
Created by:        Sarah Lindqvist (sarah.lindqvist@nhs.net)
Created on:        01/12/2026 13:14

This is an automatically generated message. Please do not reply.
`,
    },
    exp: {
      kind: 'open_exeter_new_user_authorisation',
      organisation: { odsCode: 'K81022', type: 'gp_practice' },
      fields: {
        user: { name: 'Joseph Mbeki', email: 'joseph.mbeki@nhs.net', username: 'JMBEKI22' },
        createdBy: person('Sarah Lindqvist', 'sarah.lindqvist@nhs.net'),
      },
      traits: ['system_generated', 'aligned_labels'],
    },
  },
];

void externalAuth;
