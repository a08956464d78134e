/** Emails to pcse.portalenquiries@nhs.net. */
import {
  F, FOOTER, FOOTER_HTML, arrives, both, date, org, outlook, p, paras, pr, quoteHeaderHtml, quoteHeaderText, sentLine, table,
  type Entry,
} from './common.js';

const M = 'portalenquiries' as const;

export const PORTAL: Entry[] = [
  {
    n: 1, slug: 'icb-on-behalf-of-pcn-table', mailbox: M,
    message: arrives(M, '"HOLLOWAY, Bernadette (NHS BIRMINGHAM AND SOLIHULL ICB - 15E)" <bernadette.holloway@nhs.net>',
      'PCN user admin request - Northfield & Longbridge PCN', date(12, 1, '14:22:51'), 'c7p001', {
        encoding: 'quoted-printable',
        html: outlook(`${paras(`Good afternoon PCSE team,

I am writing on behalf of Northfield & Longbridge PCN, which has no PCN user administrator on PCSE Online at present. The PCN's Clinical Director, Dr Tomasz Wiśniewski, has asked for their Digital & Transformation Lead to take on the role.

I am the ICB approver for this PCN and am listed on the NHSE Authorised Email List. I approve the nomination below.
`)}
${table([
  ['PCN name', 'Northfield & Longbridge PCN'],
  ['PCN ODS code', 'U40217'],
  ['Nominated PCN user admin', 'Keisha Adebayo-Grant'],
  ['Job title', 'Digital & Transformation Lead'],
  ['Email address', 'keisha.adebayo-grant@nhs.net'],
])}
${paras(`
Many thanks,

**Bernadette Holloway**
Senior Primary Care Contracts Manager
Primary Care Commissioning | NHS Birmingham and Solihull ICB
Wesleyan, Colmore Circus Queensway, Birmingham B4 6AR
Mobile: 07700 900 412`)}
${FOOTER_HTML}`),
      }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U40217', 'pcn'),
      fields: F.nomination('PCN', p('Keisha Adebayo-Grant', 'keisha.adebayo-grant@nhs.net'), pr('Bernadette Holloway', 'bernadette.holloway@nhs.net', 'Senior Primary Care Contracts Manager')),
      mustRaise: [], traits: ['icb-writes', 'on-behalf-of', 'html-only', 'html-table', 'surname-comma-display-name', 'icb-approver', 'role-in-signature', 'distractor-names', 'non-ascii-name', 'hyphenated-name'],
    },
  },
  {
    n: 2, slug: 'pcn-admin-deep-thread-icb-forwards', mailbox: M,
    message: arrives(M, 'Priya Raman <priya.raman4@nhs.net>', 'FW: RE: RE: PCN user admin - Exe Estuary PCN', date(12, 1, '16:05:10'), 'c7p002', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hi PCSE,

Please see the request from the Clinical Director below. I approve this as NHS Devon ICB's approver on the Authorised Email List.

Thanks,
Priya

Priya Raman
Primary Care Commissioning Officer
NHS Devon ICB`)}
${quoteHeaderHtml('Olumide Bankole <olumide.bankole@nhs.net>', sentLine(12, 1, '15:40'), 'Priya Raman <priya.raman4@nhs.net>', 'RE: RE: PCN user admin - Exe Estuary PCN')}
${paras(`Thanks Priya – her nhs.net address is rosie.penhaligon@nhs.net.

Olu`)}
${quoteHeaderHtml('Priya Raman <priya.raman4@nhs.net>', sentLine(12, 1, '11:02'), 'Olumide Bankole <olumide.bankole@nhs.net>', 'RE: PCN user admin - Exe Estuary PCN')}
${paras(`Hi Olu,

Happy to approve. Can you confirm her nhs.net email and I'll send it on to PCSE?

Priya`)}
${quoteHeaderHtml('Olumide Bankole <olumide.bankole@nhs.net>', sentLine(11, 30, '17:48'), 'Priya Raman <priya.raman4@nhs.net>', 'PCN user admin - Exe Estuary PCN', 'Sam Treloar <sam.treloar@nhs.net>')}
${paras(`Hi Priya,

Exe Estuary PCN (U83921) will have no PCN user admin on PCSE Online once Sam Treloar leaves on Friday. We'd like our PCN Operations Manager, Rosie Penhaligon, to have the role. As we don't have a user admin, PCSE need the ICB to approve – could you do that and send it on?

Best wishes
Dr Olumide Bankole
Clinical Director, Exe Estuary PCN`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U83921', 'pcn'),
      fields: F.nomination('PCN', p('Rosie Penhaligon', 'rosie.penhaligon@nhs.net'), pr('Priya Raman', 'priya.raman4@nhs.net', 'Primary Care Commissioning Officer')),
      mustRaise: [], traits: ['thread-re-re-fw', 'request-deep-in-quote', 'forwarder-approves', 'three-people', 'icb-approver', 'distractor-leaver', 'values-split-across-thread', 'multipart-alternative'],
    },
  },
  {
    n: 3, slug: 'pcn-cd-approves-himself', mailbox: M,
    message: arrives(M, 'SANDHU, Harjit (WOLVERHAMPTON SOUTH EAST PCN) <harjit.sandhu@nhs.net>', 'Urgent - PCN user administrator', date(12, 2, '08:12:03'), 'c7p003', {
      text: `Dear PCSE

We need a PCN user administrator for Wolverhampton South East PCN (ODS U55102) urgently as claims are due. Our ICB primary care lead is on maternity leave and nobody else at the ICB has answered, so as Clinical Director I am approving this myself. I appreciate I am not an ICB approver on the AEL but hope you can make an exception.

Nominee: Aoife Ní Bhriain, PCN Business Manager
Email: aoife.nibhriain@nhs.net

Regards
Dr Harjit Sandhu
Clinical Director
Wolverhampton South East PCN
${FOOTER}`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U55102', 'pcn'),
      fields: F.nomination('PCN', p('Aoife Ní Bhriain', 'aoife.nibhriain@nhs.net'), pr('Harjit Sandhu', 'harjit.sandhu@nhs.net', 'Clinical Director')),
      mustRaise: ['approver_not_on_ael'], traits: ['pcn-clinical-director', 'approver-not-icb', 'approver-is-sender', 'non-ascii-name', 'plain-text', 'surname-comma-display-name'],
    },
  },
  {
    n: 4, slug: 'gpp-form-only-txt-fields', mailbox: M,
    message: arrives(M, 'Gemma Tolley <gemma.tolley@nhs.net>', 'GPP form', date(12, 2, '09:47:30'), 'c7p004', {
      text: `Please find attached.

Gemma
${FOOTER}`,
      attachments: [{ pdf: 'c7-gpp-brookside-acro.pdf', filename: 'GPP PUA certification - Brookside.pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('L83045', 'gp_practice'),
      fields: F.nomination('GPP', p('Callum Fry', 'callum.fry2@nhs.net'), pr('Nadia Rahman', 'nadia.rahman@nhs.net', 'GP Partner')),
      mustRaise: [], traits: ['form-only', 'acroform-txt-prefix', 'three-people', 'honorific-in-value', 'pdf-attached'],
    },
  },
  {
    n: 5, slug: 'gpp-form-scanned-caps', mailbox: M,
    message: arrives(M, 'Lowenna Hocking <lowenna.hocking@nhs.net>', 'Signed GPP certification form - Trewithen Surgery', date(12, 2, '11:30:12'), 'c7p005', {
      text: `Hi,

Attached is the scanned GPP user administrator form signed by Dr Penrose. Any problems please give me a ring on 01726 810 443.

Thanks
Lowenna Hocking
Reception Supervisor, Trewithen Surgery
${FOOTER}`,
      attachments: [{ pdf: 'c7-gpp-trewithen-scan.pdf', filename: 'SKM_C25826120211300.pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('L82019', 'gp_practice'),
      fields: F.nomination('GPP', p('Jago Trembath', 'jago.trembath@nhs.net'), pr('Morwenna Penrose', 'morwenna.penrose@nhs.net', 'Senior Partner')),
      mustRaise: [], traits: ['scanned-form', 'handwriting-caps', 'three-people', 'values-only-in-scan', 'pdf-attached'],
    },
  },
  {
    n: 6, slug: 'pl-self-nomination-cqc-manager', mailbox: M,
    message: arrives(M, 'Eleanor Ashdown-Price <eleanor.ashdown-price@nhs.net>', 'PL Organisation Administrator - Severnside Medical Practice M81062', date(12, 2, '13:15:44'), 'c7p006', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Dear Sir/Madam,

Severnside Medical Practice (M81062) currently has no PL Organisation Administrator. I am the practice's CQC Registered Manager and I would like to be set up as the PL Organisation Administrator myself, so that I can approve performer changes for our GPs.

My email address is eleanor.ashdown-price@nhs.net.

Kind regards

Eleanor Ashdown-Price
Practice Manager & CQC Registered Manager
Severnside Medical Practice, Bewdley Road, Stourport-on-Severn DY13 8XX
01299 827 100`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('M81062', 'gp_practice'),
      fields: F.nomination('PL', p('Eleanor Ashdown-Price', 'eleanor.ashdown-price@nhs.net'), pr('Eleanor Ashdown-Price', 'eleanor.ashdown-price@nhs.net', 'CQC Registered Manager')),
      mustRaise: [], traits: ['self-nomination', 'two-roles-stated', 'hyphenated-name', 'outlook-html', 'multipart-alternative'],
    },
  },
  {
    n: 7, slug: 'opto-contract-holder-non-ascii-nominee', mailbox: M,
    message: arrives(M, 'Anand Mistry <anand.mistry@nhs.net>', 'OPTO user admin for Mistry Eyecare', date(12, 3, '10:02:18'), 'c7p007', {
      encoding: 'quoted-printable',
      text: `Hello,

As the contract holder for Mistry Eyecare (ODS TPK47), I would like to nominate our new practice manager, Zoë Ó Briain, for the Opto User Management (Organisation) role. Her email address is zoe.obriain@nhs.net.

Our optometrist Mr Callum Reid (callum.reid@nhs.net) already has Contractor Signatory and should keep it.

Thank you
Anand Mistry BSc MCOptom
Director, Mistry Eyecare Ltd
19 Bridge Street, Evesham WR11 4RY
${FOOTER}`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPK47', 'ophthalmic_practice'),
      fields: F.nomination('OPTO', p('Zoë Ó Briain', 'zoe.obriain@nhs.net'), pr('Anand Mistry', 'anand.mistry@nhs.net', 'contract holder')),
      mustRaise: [], traits: ['ophthalmic', 'contract-holder', 'approver-is-sender', 'non-ascii-name', 'distractor-names', 'quoted-printable', 'post-nominals'],
    },
  },
  {
    n: 8, slug: 'opto-admin-iphone-one-liner', mailbox: M,
    message: arrives(M, 'Rhodri Vaughan <rhodri.vaughan1@nhs.net>', 'opto admin', date(12, 3, '19:41:02'), 'c7p008', {
      encoding: '8bit',
      text: `Hi can you set Siân Lloyd-Jones up as OPTO user admin for Vaughan & Price Opticians TPR55 please, her email is sian.lloyd-jones@nhs.net. Ta

Sent from my iPhone`,
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPR55', 'ophthalmic_practice'),
      fields: F.nomination('OPTO', p('Siân Lloyd-Jones', 'sian.lloyd-jones@nhs.net'), null),
      mustRaise: [], traits: ['mobile-one-liner', 'ophthalmic', 'no-approver', 'non-ascii-name', 'hyphenated-name', 'utf8-8bit-body', 'no-labels'],
    },
  },
  {
    n: 9, slug: 'gpp-fifth-admin-flat-below', mailbox: M,
    message: arrives(M, 'Canalside Health Centre <canalside.hc@nhs.net>', 'Additional GPP user admin - B86097', date(12, 3, '12:10:55'), 'c7p009', {
      encoding: 'quoted-printable',
      text: `Good afternoon,

We already have four GPP Practice User Administrators:
  Joanne Kemp - joanne.kemp@nhs.net
  Andrew Salt - andrew.salt1@nhs.net
  Dr Simran Kaur - simran.kaur7@nhs.net
  Farah Iqbal - farah.iqbal@nhs.net

Dr Kaur has asked that our new finance lead is also given the role, so please could you set him up as a fifth admin. The signed certification form is attached.

Many thanks
Canalside Health Centre admin team
${FOOTER}`,
      attachments: [{ pdf: 'c7-gpp-canalside-below.pdf', filename: 'GPP cert form.pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('B86097', 'gp_practice'),
      fields: F.nomination('GPP', p("Declan O'Rourke", 'declan.orourke@nhs.net'), pr('Simran Kaur', 'simran.kaur7@nhs.net', 'Lead GP')),
      mustRaise: ['admin_limit_reached'], traits: ['admin-limit', 'distractor-names', 'apostrophe-name', 'flat-pdf-value-below', 'shared-mailbox-sender', 'pdf-attached'],
    },
  },
  {
    n: 10, slug: 'opto-admin-dental-shaped-code-cc-holder', mailbox: M,
    message: arrives(M, 'Kirsty McAllister <kirsty.mcallister@nhs.net>', 'User Management (Organisation) - ClearView Opticians', date(12, 4, '09:05:37'), 'c7p010', {
      cc: 'Dev Chauhan <dev.chauhan@nhs.net>',
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hello,

Our contract holder, Mr Dev Chauhan (copied in), has asked me to request the Opto User Management (Organisation) role for our new branch manager.

Name: Ryan Bell
Email: ryan.bell6@nhs.net
Practice: ClearView Opticians, 8 The Parade, Leamington Spa CV32 4AT
ODS code: V34102

Kind regards,
Kirsty McAllister
Optical Assistant`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('V34102', 'ophthalmic_practice'),
      fields: F.nomination('OPTO', p('Ryan Bell', 'ryan.bell6@nhs.net'), pr('Dev Chauhan', 'dev.chauhan@nhs.net', 'contract holder')),
      mustRaise: ['ods_type_mismatch'], traits: ['ophthalmic', 'ods-type-mismatch', 'contract-holder-cc', 'on-behalf-of', 'three-people', 'cc'],
    },
  },
  {
    n: 11, slug: 'main-contact-change-icb-table', mailbox: M,
    message: arrives(M, 'Samuel Okonjo <samuel.okonjo@nhs.net>', 'Change of Main Contact - Ashby Road Surgery C83612', date(12, 4, '10:48:09'), 'c7p011', {
      encoding: 'base64',
      html: outlook(`${paras(`Dear colleagues,

Ashby Road Surgery's practice manager has left at short notice and the partners have asked the ICB to help update their main contact on PCSE Online. Details below.
`)}
${table([
  ['', 'Details'],
  ['Practice', 'Ashby Road Surgery'],
  ['Organisation code', 'C83612'],
  ['Current main contact (left)', 'Brian Featherstone – brian.featherstone@nhs.net'],
  ['New main contact', 'Mrs Agnieszka Kowalczyk, Assistant Practice Manager'],
  ['New main contact email', 'agnieszka.kowalczyk@nhs.net'],
], true)}
${paras(`
With thanks,
Samuel Okonjo
Primary Care Manager (South)
NHS Lincolnshire ICB`)}
${FOOTER_HTML}`),
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('C83612', 'gp_practice'),
      fields: F.mainContactChange(p('Agnieszka Kowalczyk', 'agnieszka.kowalczyk@nhs.net')),
      mustRaise: [], traits: ['icb-writes', 'on-behalf-of', 'html-only', 'html-table', 'table-header-row', 'old-contact-named', 'base64-body', 'honorific-in-value'],
    },
  },
  {
    n: 12, slug: 'main-contact-four-digit-code', mailbox: M,
    message: arrives(M, 'Yusuf Patel <yusuf.patel2@nhs.net>', 'main contact', date(12, 4, '13:33:40'), 'c7p012', {
      text: `Hi

Please change the main contact for Meadowbank Surgery, org code C8400, to Lorraine Whitby (lorraine.whitby@nhs.net). She has taken over from me as practice manager.

Thanks
Yusuf
${FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('C8400', 'gp_practice'),
      fields: F.mainContactChange(p('Lorraine Whitby', 'lorraine.whitby@nhs.net')),
      mustRaise: ['ods_invalid'], traits: ['malformed-ods', 'email-in-parentheses', 'plain-text', 'old-contact-is-sender'],
    },
  },
  {
    n: 13, slug: 'main-contact-reply-with-details', mailbox: M,
    message: arrives(M, 'Chloe Ferreira <chloe.ferreira@nhs.net>', 'RE: PCSE-2026-004417 Change of main contact - further information required', date(12, 7, '09:20:31'), 'c7p013', {
      headers: ['In-Reply-To: <PCSE-2026-004417.1@pcse.england.nhs.uk>', 'References: <c7p013-orig@DB9PR02MB7212.eurprd02.prod.outlook.com> <PCSE-2026-004417.1@pcse.england.nhs.uk>'],
      text: `Hi,

Sorry about that. The organisation code is Y02718 (St Luke's Surgery) and the new main contact is Hannah Osei, hannah.osei@nhs.net.

Regards
Chloe Ferreira
Practice Manager (leaving 18/12)

${quoteHeaderText('PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sentLine(12, 4, '15:02'), 'Chloe Ferreira <chloe.ferreira@nhs.net>', 'PCSE-2026-004417 Change of main contact - further information required')}
Thank you for your email. To change the main contact for your organisation we need the organisation code and the name and email address of the new main contact. Please reply keeping the reference in the subject.

PCSE Portal Enquiries

${quoteHeaderText('Chloe Ferreira <chloe.ferreira@nhs.net>', sentLine(12, 3, '16:44'), 'pcse.portalenquiries@nhs.net', 'Main contact')}
Hi, I'm leaving the practice this month. Can Hannah take over from me as main contact please? Thanks
${FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('Y02718', 'gp_practice'),
      fields: F.mainContactChange(p('Hannah Osei', 'hannah.osei@nhs.net')),
      mustRaise: [], traits: ['reply-to-pcse-request', 'case-ref', 'quoted-history', 'plain-text', 'old-contact-is-sender', 'apostrophe-name'],
    },
  },
  {
    n: 14, slug: 'gp-verification-link-android', mailbox: M,
    message: arrives(M, 'Chinedu Obi <chinedu.obi@nhs.net>', 'PCSE Online link', date(12, 7, '07:12:58'), 'c7p014', {
      text: `Hi, I never got the verification link for PCSE Online. GMC 7123456. My GMC registered email is this one. Thanks, Chinedu

Get Outlook for Android`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: F.verification('chinedu.obi@nhs.net', '7123456'),
      mustRaise: [], traits: ['mobile-one-liner', 'gp-own-account', 'account-is-sender-address'],
    },
  },
  {
    n: 15, slug: 'verification-link-for-new-gp', mailbox: M,
    message: arrives(M, 'Teresa Dunne <teresa.dunne@nhs.net>', 'Verification link - Dr Alves', date(12, 7, '11:26:14'), 'c7p015', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hello,

Could you please resend the PCSE Online verification link to our new salaried GP, Dr Fátima Alves? She started with us on 1 December.

GMC number: 7654321
GMC registered email: fatima.alves@nhs.net

Thank you,
Teresa Dunne
Practice Manager, Orchard House Surgery`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org(null, 'gp_practice'),
      fields: F.verification('fatima.alves@nhs.net', '7654321'),
      mustRaise: ['not_own_account'], traits: ['not-own-account', 'on-behalf-of', 'non-ascii-name', 'outlook-html', 'multipart-alternative'],
    },
  },
  {
    n: 16, slug: 'unlock-own-account-signature', mailbox: M,
    message: arrives(M, 'Marcus Bell <marcus.bell3@nhs.net>', 'Locked out of PCSE Online', date(12, 8, '08:55:00'), 'c7p016', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Morning,

I've locked myself out of PCSE Online after too many password attempts this morning. My username is marcus.bell3@nhs.net. Please could you unlock it?

Thanks

Marcus Bell | Finance & Contracts Officer
Hawthorn Medical Group | Tel: 01902 444 210 | marcus.bell3@nhs.net
Working days: Mon–Wed`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org(null, 'gp_practice'),
      fields: F.unlock('marcus.bell3@nhs.net'),
      mustRaise: [], traits: ['inline-signature-job-title', 'outlook-html', 'multipart-alternative'],
    },
  },
  {
    n: 17, slug: 'unlock-non-email-username', mailbox: M,
    message: arrives(M, 'Amira Haddad <amira.haddad@nhs.net>', 'Account locked - Bethany Cole', date(12, 8, '10:14:27'), 'c7p017', {
      text: `Hello PCSE,

One of our reception team, Bethany Cole, does not have an nhs.net email so her PCSE Online user name is bethanycole@hollybankmc. She has been locked out after getting her password wrong five times. Could you unlock her account please?

Amira Haddad
Deputy Practice Manager
Hollybank Medical Centre
${FOOTER}`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org(null, 'gp_practice'),
      fields: F.unlock('bethanycole@hollybankmc'),
      mustRaise: [], traits: ['non-email-username', 'on-behalf-of', 'plain-text'],
    },
  },
  {
    n: 18, slug: 'reactivate-admin-account', mailbox: M,
    message: arrives(M, 'Patience Ogunleye <p.ogunleye@nhs.net>', 'Account deactivated', date(12, 8, '14:40:16'), 'c7p018', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Dear PCSE,

My PCSE Online account has been deactivated, I think because I had not logged in since the summer. I am the GPP user administrator and the main contact for Fernhill Surgery (K81633), so I understand I need to ask you to reactivate it.

Username: p.ogunleye@nhs.net

Kind regards
Patience Ogunleye
Operations Manager`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('K81633', 'gp_practice'),
      fields: F.reactivation('p.ogunleye@nhs.net'),
      mustRaise: [], traits: ['admin-own-account', 'outlook-html', 'multipart-alternative'],
    },
  },
  {
    n: 19, slug: 'reactivate-accented-name', mailbox: M,
    message: arrives(M, 'Hélène Dubois-Marchand <helene.dubois-marchand@nhs.net>', 'Réactivation / reactivate my PCSE account', date(12, 9, '09:01:45'), 'c7p019', {
      encoding: 'quoted-printable',
      text: `Good morning,

My account on PCSE Online says it is deactivated. I am the Main Contact for Quayside Dental Practice (V061942). Please can you reactivate it.

Username: helene.dubois-marchand@nhs.net

Merci,
Hélène Dubois-Marchand
Practice Manager
${FOOTER}`,
    }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('V061942', 'dental_practice'),
      fields: F.reactivation('helene.dubois-marchand@nhs.net'),
      mustRaise: [], traits: ['non-ascii-name', 'encoded-word-subject', 'encoded-word-from', 'dental', 'quoted-printable'],
    },
  },
  {
    n: 20, slug: 'remove-gpp-roles-quoted', mailbox: M,
    message: arrives(M, 'Lisa Marriott <lisa.marriott@nhs.net>', "Remove roles - Gavin Rourke", date(12, 9, '12:12:12'), 'c7p020', {
      text: `Hi

Please remove the 'Joiner & Leaver' and 'Practice Estimate and Salary Change' roles from Gavin Rourke's account (gavin.rourke@nhs.net). He has moved to a reception role and no longer needs them.

Thanks
Lisa Marriott
Practice Manager, Thornbury Road Surgery
${FOOTER}`,
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org(null, 'gp_practice'),
      fields: F.roleRemoval('gavin.rourke@nhs.net', ['Joiner & Leaver', 'Practice Estimate and Salary Change']),
      mustRaise: [], traits: ['quoted-role-names', 'plain-text', 'email-in-parentheses'],
    },
  },
  {
    n: 21, slug: 'remove-one-opto-role-keep-other', mailbox: M,
    message: arrives(M, 'Ingrid Halvorsen <ingrid.halvorsen@nhs.net>', 'Björn Lindqvist - Contractor Signatory', date(12, 9, '15:30:02'), 'c7p021', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hello,

Björn Lindqvist (bjorn.lindqvist@nhs.net) has stepped down as a director of Fjord Opticians. Please remove his **Contractor Signatory** role.

He is still working for us as an optometrist, so please leave his **GOS Performer** role as it is.

Thanks,
Ingrid Halvorsen
Director, Fjord Opticians (TPF08)`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('TPF08', 'ophthalmic_practice'),
      fields: F.roleRemoval('bjorn.lindqvist@nhs.net', ['Contractor Signatory']),
      mustRaise: [], traits: ['distractor-role', 'ophthalmic', 'non-ascii-name', 'encoded-word-subject', 'outlook-html'],
    },
  },
  {
    n: 22, slug: 'chaser-with-reference', mailbox: M,
    message: arrives(M, 'Wendy Ashcroft <wendy.ashcroft@nhs.net>', 'RE: PCSE-2026-003981 User administrator request', date(12, 10, '10:10:10'), 'c7p022', {
      text: `Hi,

Any update on this please? We sent the signed form on 17 November and still have no GPP user admin.

Wendy

${quoteHeaderText('PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sentLine(11, 17, '12:40'), 'Wendy Ashcroft <wendy.ashcroft@nhs.net>', 'PCSE-2026-003981 User administrator request')}
Thank you for contacting PCSE. Your reference is PCSE-2026-003981.
${FOOTER}`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: F.none(),
      mustRaise: [], traits: ['chaser', 'case-ref', 'quoted-history'],
    },
  },
  {
    n: 23, slug: 'out-of-office', mailbox: M,
    message: arrives(M, 'Craig Ndlovu <craig.ndlovu@nhs.net>', 'Automatic reply: PCSE-2026-004120 Your request has been completed', date(12, 10, '10:31:00'), 'c7p023', {
      headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: craig.ndlovu@nhs.net'],
      text: `Thank you for your email. I am on annual leave until Monday 4 January 2027 with no access to email.

For anything urgent about user access please contact Sharon on 0115 883 2000 or sharon.bright@nhs.net.

Craig`,
    }),
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: F.none(),
      mustRaise: [], traits: ['auto-reply', 'case-ref', 'distractor-names'],
    },
  },
  {
    n: 24, slug: 'question-how-many-admins', mailbox: M,
    message: arrives(M, 'Nadia Szymańska <nadia.szymanska@nhs.net>', 'Query re user admins and accountant access', date(12, 10, '13:13:13'), 'c7p024', {
      text: `Hello,

A couple of questions before we send anything:
1. How many GPP user admins can a practice have?
2. Can our accountant be given access to upload the end of year pension forms, and who would set that up?

We are not asking for any changes yet.

Thanks
Nadia Szymańska
Practice Manager
${FOOTER}`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: F.none(),
      mustRaise: [], traits: ['question-no-request', 'mentions-roles', 'non-ascii-name'],
    },
  },
  {
    n: 25, slug: 'misdirected-practice-email-update', mailbox: M,
    message: arrives(M, 'Riverbank Practice <riverbank.practice@nhs.net>', 'Update practice email address', date(12, 11, '09:09:09'), 'c7p025', {
      text: `Dear PCSE,

Please update our practice email address.

Practice name: Riverbank Practice
Practice code: P82033
Current practice email address: riverbank.practice@nhs.net
New practice email address: gmicb.riverbankpractice@nhs.net

Kind regards
Riverbank Practice
${FOOTER}`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('P82033', 'gp_practice'),
      fields: F.practiceEmail('riverbank.practice@nhs.net', 'gmicb.riverbankpractice@nhs.net'),
      mustRaise: [], traits: ['misdirected', 'shared-mailbox-sender', 'current-is-sender-address'],
    },
  },
  {
    n: 26, slug: 'gpp-acrobat-names-code-corrected', mailbox: M,
    message: arrives(M, 'Oluwaseun Adeyemi-Clarke <seun.adeyemi-clarke@nhs.net>', 'GPP user admin form - Hazelmere Surgery', date(12, 11, '11:45:50'), 'c7p026', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hello,

Please find attached the GPP Practice User Administrator certification form, signed by Dr Thorne.

Apologies – the practice code on the form is wrong. It should be J82155, not J82515.

Many thanks,
Seun Adeyemi-Clarke
Practice Administrator, Hazelmere Surgery`)}
${FOOTER_HTML}`)),
      attachments: [{ pdf: 'c7-gpp-hazelmere-acrobat.pdf', filename: 'GPP_Practice_User_Admin_Certification_Form (2).pdf' }],
    }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('J82155', 'gp_practice'),
      fields: F.nomination('GPP', p('Oluwaseun Adeyemi-Clarke', 'seun.adeyemi-clarke@nhs.net'), pr('Rebecca Thorne', 'rebecca.thorne@nhs.net', 'Caldicott Guardian')),
      mustRaise: [], traits: ['acroform-acrobat-names', 'conflicting-ods-body-corrects-form', 'nominee-is-sender', 'short-name-in-signature', 'pdf-attached'],
    },
  },
  {
    n: 58, slug: 'main-contact-pharmacy-dental-shaped-code', mailbox: M,
    message: arrives(M, 'Mohammed Al-Rashid <mohammed.al-rashid@nhs.net>', 'Main contact change - Hillside Pharmacy', date(12, 11, '14:02:36'), 'c7p058', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hi,

I have taken over as pharmacist manager at Hillside Pharmacy and need to become the main contact for Supplies. The previous manager, Joanne Whittle, has left the company.

Organisation: Hillside Pharmacy
Organisation code: V012044
New main contact: Mohammed Al-Rashid
Email: mohammed.al-rashid@nhs.net

Thanks

Mohammed Al-Rashid MRPharmS | Pharmacist Manager | Hillside Pharmacy | GPhC 2071234 | 0117 965 3321`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('V012044', 'pharmacy'),
      fields: F.mainContactChange(p('Mohammed Al-Rashid', 'mohammed.al-rashid@nhs.net')),
      mustRaise: ['ods_type_mismatch'], traits: ['pharmacy', 'ods-type-mismatch', 'self-nomination', 'old-contact-named', 'inline-signature-job-title', 'distractor-number', 'hyphenated-name', 'multipart-alternative'],
    },
  },
  {
    n: 61, slug: 'pl-admin-from-personal-address', mailbox: M,
    message: {
      ...arrives(M, 'Patricia Lowe <patricia.lowe64@btinternet.com>', 'PL admin for Lakeside Surgery', date(12, 11, '19:48:20'), 'c7p061'),
      text: `Dear PCSE,

I am the CQC Registered Manager for Lakeside Surgery (Y05582). Our PL Organisation Administrator has left and we have no other. Please set up our deputy practice manager, Thu Nguyen (thu.nguyen3@nhs.net), as PL Organisation Administrator.

I am sending this from home as I cannot get into my nhs.net account this evening.

Patricia Lowe
CQC Registered Manager, Lakeside Surgery`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('Y05582', 'gp_practice'),
      fields: F.nomination('PL', p('Thu Nguyen', 'thu.nguyen3@nhs.net'), pr('Patricia Lowe', 'patricia.lowe64@btinternet.com', 'CQC Registered Manager')),
      mustRaise: ['sender_not_nhs'], traits: ['sender-not-nhs', 'personal-email', 'no-nhsmail-stamp', 'approver-is-sender', 'email-in-parentheses', 'plain-text'],
    },
  },
];
