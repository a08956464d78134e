// Emails that arrived in pcse.portalenquiries@nhs.net.
import { NHSMAIL_FOOTER as F, type Mail } from './lib.js';
import { gppCertLayout, oeFormLayout, renderPdf } from './pdfs.js';

const gp = (odsCode: string | null) => ({ odsCode, type: 'gp_practice' });
const pdf = (filename: string, content: Buffer) => ({ filename, contentType: 'application/pdf', content });

export async function portalMails(): Promise<Mail[]> {
  const gppHalf = await renderPdf(
    gppCertLayout({
      practiceName: 'Kenton & Starcross Medical Practice',
      practiceCode: 'L83190',
      nominee: { name: 'Ellie Tapper', jobTitle: 'Finance Administrator', email: null, phone: null },
      approver: { name: 'Dr Rupert Vane', role: 'Senior Partner', email: 'rupert.vane@nhs.net', signed: true, date: '12/01/2027' },
    }),
    'acro',
    { title: 'GPP Practice User Administrator Certification Form', author: 'PCSE' },
  );
  const oeMisdirected = await renderPdf(
    oeFormLayout({
      variant: 'gp',
      orgName: 'Chagford Health Centre',
      orgCode: 'L83124',
      orgAddress: 'Southcombe Street, Chagford, Newton Abbot TQ13 8AX',
      nominee: { title: 'Mrs', forename: 'Philippa', surname: 'Northcott', jobTitle: 'Practice Manager', email: 'philippa.northcott@nhs.net', phone: '01647 433320' },
      signatory: { name: 'Dr James Whitlock', position: 'GP Partner', email: 'james.whitlock@nhs.net', capacity: 'GP Partner', signed: true, date: '13/01/2027' },
    }),
    'flat',
    { title: 'Open Exeter Primary User request - GP practices', author: 'Northcott, Philippa' },
  );

  return [
    {
      slug: 'pe-gpp-half-filled-acroform',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Wendy Aplin', email: 'wendy.aplin@nhs.net' },
      subject: 'GPP user administrator certification form',
      date: 'Tue, 12 Jan 2027 14:26:31 +0000',
      html: true,
      text: `Good afternoon,

Attached is the certification form for Ellie to become a GPP Practice User Administrator, signed by Dr Vane. Sorry, the form would not save everything I typed in Part 1 and I have run out of time to redo it before I go on leave.

Kind regards

Wendy Aplin
Practice Manager
Kenton & Starcross Medical Practice
${F}`,
      attachments: [pdf('GPP UA certification - Kenton.pdf', gppHalf)],
      expected: {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: gp('L83190'),
        fields: {
          service: 'GPP',
          nominee: { name: 'Ellie Tapper', email: null },
          approver: { name: 'Rupert Vane', email: 'rupert.vane@nhs.net', role: 'Senior Partner' },
        },
        mustRaise: [],
        traits: ['pdf_acroform', 'half_filled', 'missing_field', 'ods_in_pdf_only'],
      },
    },
    {
      slug: 'pe-pl-admin-cqc-manager-code-in-signature',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Rachel Okafor', email: 'rachel.okafor@nhs.net' },
      subject: 'PL Organisation Administrator',
      date: 'Wed, 13 Jan 2027 09:48:15 +0000',
      html: true,
      text: `Dear PCSE,

We have no PL organisation administrator at the moment. As the practice's CQC Registered Manager I would like our assistant practice manager, Holly Sanders, to have the role. Her email address is holly.sanders@nhs.net.

Many thanks

Dr Rachel Okafor
GP Partner and CQC Registered Manager
Brixham Harbour Surgery
ODS code L83085 | 01803 855 101
${F}`,
      expected: {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: gp('L83085'),
        fields: {
          service: 'PL',
          nominee: { name: 'Holly Sanders', email: 'holly.sanders@nhs.net' },
          approver: { name: 'Rachel Okafor', email: 'rachel.okafor@nhs.net', role: 'CQC Registered Manager' },
        },
        mustRaise: [],
        traits: ['ods_in_signature_only', 'prose'],
      },
    },
    {
      slug: 'pe-opto-admin-old-and-new-code',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Sandra Hext', email: 'sandra.hext@nhs.net' },
      cc: ['Jason Hext <jason.hext@nhs.net>'],
      subject: 'Opto user administrator - Hext & Daughter Opticians',
      date: 'Thu, 14 Jan 2027 12:31:40 +0000',
      text: `Hello,

Following the change of ownership on 1 January our practice code has changed from TPK14 to TPN08. I am the contract holder under the new contract.

Please set up my son Jason Hext (jason.hext@nhs.net) with the Opto User Management (Organisation) role for Hext & Daughter Opticians under the new code TPN08, so that he can manage our ophthalmic payments users. The old code can be left as it is.

Kind regards
Sandra Hext
Contract Holder
Hext & Daughter Opticians, 22 Bank Street, Teignmouth TQ14 8AW
${F}`,
      expected: {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'TPN08', type: 'ophthalmic_practice' },
        fields: {
          service: 'OPTO',
          nominee: { name: 'Jason Hext', email: 'jason.hext@nhs.net' },
          approver: { name: 'Sandra Hext', email: 'sandra.hext@nhs.net', role: 'Contract Holder' },
        },
        mustRaise: [],
        traits: ['two_codes', 'old_and_new_code', 'ophthalmic', 'nominee_in_cc'],
      },
    },
    {
      slug: 'pe-pcn-admin-clinical-director-approves',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Alasdair Munro', email: 'alasdair.munro@nhs.net' },
      subject: 'PCN user admin - Tor Valley PCN',
      date: 'Fri, 15 Jan 2027 16:08:22 +0000',
      html: true,
      text: `Dear PCSE,

Tor Valley PCN (U83420) has no PCN user admin. Please set up our PCN Business Manager, Kelly Bastow (kelly.bastow@nhs.net), with the PCN user admin role.

Our ICB approver is on long-term leave and nobody else at the ICB has replied, so I am approving this myself as the PCN's Clinical Director. I am not on the ICB's list but I hope this is acceptable in the circumstances.

Regards
Dr Alasdair Munro
Clinical Director, Tor Valley PCN
${F}`,
      expected: {
        kind: 'user_admin_nomination',
        ignored: null,
        organisation: { odsCode: 'U83420', type: 'pcn' },
        fields: {
          service: 'PCN',
          nominee: { name: 'Kelly Bastow', email: 'kelly.bastow@nhs.net' },
          approver: { name: 'Alasdair Munro', email: 'alasdair.munro@nhs.net', role: 'Clinical Director' },
        },
        mustRaise: ['approver_not_on_ael'],
        traits: ['pcn', 'approver_not_icb'],
      },
    },
    {
      slug: 'pe-main-contact-change-code-in-subject',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Derek Luxton', email: 'derek.luxton@nhs.net' },
      cc: ['Charlotte Yeo <charlotte.yeo@nhs.net>'],
      subject: 'Main contact change - L85044',
      date: 'Mon, 18 Jan 2027 10:22:09 +0000',
      text: `Hi,

I retire at the end of this month. Please change our main contact to Mrs Charlotte Yeo, who has taken over from me as practice manager. Her email is charlotte.yeo@nhs.net (copied in).

Thanks for all your help over the years.

Derek Luxton
Practice Manager (retiring)
${F}`,
      expected: {
        kind: 'main_contact_change',
        ignored: null,
        organisation: gp('L85044'),
        fields: { newMainContact: { name: 'Charlotte Yeo', email: 'charlotte.yeo@nhs.net' } },
        mustRaise: [],
        traits: ['ods_in_subject_only', 'staff_left', 'new_contact_in_cc'],
      },
    },
    {
      slug: 'pe-verification-link-gmc',
      mailbox: 'portalenquiries',
      client: 'iphone',
      from: { name: 'Kwame Asante', email: 'kwame.asante@nhs.net' },
      subject: 'Verification link not received',
      date: 'Tue, 19 Jan 2027 21:37:50 +0000',
      text: `Dear PCSE,

I never received the verification link for PCSE Online. My GMC-registered email address is this one, kwame.asante@nhs.net, and my GMC number is 7123456. Could you send a new link please?

Kind regards
Dr Kwame Asante

Sent from my iPhone`,
      expected: {
        kind: 'verification_link_resend',
        ignored: null,
        organisation: null,
        fields: { accountEmail: 'kwame.asante@nhs.net', gmcNumber: '7123456' },
        mustRaise: [],
        traits: ['gmc_number', 'own_account', 'mobile', 'no_organisation'],
      },
    },
    {
      slug: 'pe-unlock-email-only',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Adam Whiteway', email: 'adam.whiteway@nhs.net' },
      subject: 'Account locked',
      date: 'Wed, 20 Jan 2027 08:12:27 +0000',
      text: `Hi,

m.zielinska@nhs.net is locked - five wrong passwords this morning. Can you unlock it please?

Thanks
Adam
${F}`,
      expected: {
        kind: 'account_unlock',
        ignored: null,
        organisation: null,
        fields: { username: 'm.zielinska@nhs.net' },
        mustRaise: [],
        traits: ['username_is_email_only', 'terse', 'third_party'],
      },
    },
    {
      slug: 'pe-reactivate-user-admin',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Fern Lusty', email: 'fern.lusty@nhs.net' },
      subject: 'Account deactivated - please reactivate',
      date: 'Thu, 21 Jan 2027 11:49:03 +0000',
      html: true,
      text: `Hello,

I am the GPP Practice User Administrator for Kingsbridge Medical Practice (L83041). My PCSE Online account has been deactivated, I think because I had not logged in since the summer. My username is fern.lusty@nhs.net.

Could you reactivate it please, as there's no other user administrator who can do it.

Thank you
Fern Lusty
Finance Manager
${F}`,
      expected: {
        kind: 'account_reactivation',
        ignored: null,
        organisation: gp('L83041'),
        fields: { username: 'fern.lusty@nhs.net' },
        mustRaise: [],
        traits: ['user_admin_own_account'],
      },
    },
    {
      slug: 'pe-leaver-remove-all-access',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Yealm Medical Centre', email: 'yealm.medicalcentre@nhs.net' },
      subject: 'Staff member left - remove access',
      date: 'Fri, 22 Jan 2027 15:55:18 +0000',
      text: `Dear PCSE,

Our receptionist Chloe Wakeham (chloe.wakeham@nhs.net) left the practice last Friday. Please remove all of her access to PCSE Online for Yealm Medical Centre, L83059.

Regards
Admin team
Yealm Medical Centre
${F}`,
      expected: {
        kind: 'role_removal_request',
        ignored: null,
        organisation: gp('L83059'),
        fields: { username: 'chloe.wakeham@nhs.net', roles: [] },
        mustRaise: [],
        traits: ['staff_left', 'all_roles', 'shared_mailbox_sender'],
      },
    },
    {
      slug: 'pe-misdirected-open-exeter-form',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Philippa Northcott', email: 'philippa.northcott@nhs.net' },
      subject: 'Primary User request - Chagford Health Centre',
      date: 'Mon, 25 Jan 2027 09:31:56 +0000',
      text: `Good morning,

Please find attached a signed request for me to become a Primary User for our practice. Dr Whitlock has signed it as a GP partner.

Kind regards
Philippa Northcott
Practice Manager
Chagford Health Centre
${F}`,
      attachments: [pdf('Primary User request Chagford.pdf', oeMisdirected)],
      expected: {
        kind: 'open_exeter_primary_user_request',
        ignored: null,
        organisation: gp('L83124'),
        fields: {
          organisationKind: 'gp_practice',
          nominee: { name: 'Philippa Northcott', email: 'philippa.northcott@nhs.net' },
          signatory: { name: 'James Whitlock', email: 'james.whitlock@nhs.net', role: 'gp_partner' },
        },
        mustRaise: [],
        traits: ['misdirected', 'pdf_text', 'open_exeter_not_named_in_body', 'sender_is_nominee'],
      },
    },
    {
      slug: 'pe-chaser-with-ref',
      mailbox: 'portalenquiries',
      client: 'outlook',
      from: { name: 'Holly Sanders', email: 'holly.sanders@nhs.net' },
      subject: 'RE: PL Organisation Administrator [PCSE-2027-000356]',
      date: 'Wed, 27 Jan 2027 14:03:31 +0000',
      text: `Hi,

Dr Okafor asked me to follow this up - I still haven't received the email to set up my PL administrator account. Could you let me know where it has got to? Ref PCSE-2027-000356.

Thanks
Holly Sanders
Assistant Practice Manager, Brixham Harbour Surgery
${F}`,
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref', 'third_party_chaser'] },
    },
  ];
}
