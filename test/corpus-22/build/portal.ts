// pcse.portalenquiries: an ordinary fortnight (16-27 November 2026).
import { type Entry, PCSE, PCSE_SIGN, org, person, unclassified } from './entry.js';
import { gppCertForm, pcnForm, renderPdf, renderScan } from './forms.js';
import { addMinutes } from './lib.js';

const M = 'portalenquiries' as const;

export async function portal(): Promise<Entry[]> {
  const out: Entry[] = [];

  // ---------------------------------------------------------------- GPP certification form, filled in Acrobat
  const p01pdf = await renderPdf(
    gppCertForm(),
    {
      practiceName: 'Hollins Park Medical Practice', odsCode: 'P88019', nomineeName: 'Lisa Ferns', nomineeJobTitle: 'Assistant Practice Manager',
      nomineeEmail: 'lisa.ferns@nhs.net', nomineePhone: '0161 426 5580', approverName: 'Dr Anil Patel', approverRole: 'GP Partner',
      approverEmail: 'anil.patel2@nhs.net', signature: true, date: '13/11/2026',
    },
    {
      mode: 'acro',
      meta: { title: 'GPP Practice User Administrator Certification Form', author: 'PCSE', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date: '2026-11-13T15:02:00Z' },
      fieldNames: {
        practiceName: 'Practice name', odsCode: 'Practice ODS code', nomineeName: 'Nominee full name', nomineeJobTitle: 'Nominee job title', nomineeEmail: 'Nominee email',
        nomineePhone: 'Nominee telephone', approverName: 'Approver name', approverRole: 'Approver position', approverEmail: 'Approver email', date: 'Date',
      },
      signSeed: 'patel-sig',
    },
  );
  out.push({
    mailbox: M, slug: 'gpp-cert-form-acroform', pdfs: ['acroform'],
    spec: {
      client: 'outlook', from: { name: 'WHITWORTH, Karen (HOLLINS PARK MEDICAL PRACTICE)', email: 'karen.whitworth@nhs.net' }, to: [PCSE.portalNhsmail],
      subject: 'GPP User Administrator form - Hollins Park Medical Practice P88019', date: '2026-11-16T09:12:41Z',
      body: `Good morning,

Please find attached the GPP Practice User Administrator certification form for Lisa Ferns, who joined us last month as Assistant Practice Manager. Part B has been completed by Dr Patel, one of our GP partners.

Lisa will be taking over the pensions work from me so we would be grateful if she could be set up as soon as possible.

Many thanks

Karen Whitworth
Practice Manager
Hollins Park Medical Practice
Hollins Lane, Marple, Stockport SK6 7AW
Tel: 0161 426 5580`,
      attachments: [{ filename: 'GPP UA Certification - Lisa Ferns.pdf', data: p01pdf }],
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('P88019', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Lisa Ferns', 'lisa.ferns@nhs.net'), approver: { ...person('Anil Patel', 'anil.patel2@nhs.net'), role: 'GP Partner' } },
      mustRaise: [], traits: ['pdf_acroform', 'covering_note', 'nhsmail_display_name', 'approver_only_in_form'],
    },
  });

  // ---------------------------------------------------------------- GPP certification form, printed, handwritten, scanned
  const p02pdf = await renderScan(
    gppCertForm(),
    {
      practiceName: 'Church Lane Surgery', odsCode: 'J82140', nomineeName: 'Denise Marlow', nomineeJobTitle: 'Practice Manager', nomineeEmail: 'denise.marlow@nhs.net',
      nomineePhone: '01794 512330', approverName: 'Dr Hugh Fenwick', approverRole: 'Senior Partner', approverEmail: 'hugh.fenwick@nhs.net', signature: true, date: '16.11.26',
    },
    {
      hand: { font: 'HandC', size: 27, slant: 0.15, ink: 'rgb(18,24,60)', caps: ['practiceName', 'nomineeName', 'approverName'], wobble: 1.2 },
      defects: [{ angle: -0.7, dx: -5, dy: 8, noise: 6, speckles: 120, edgeShadow: 'top', gray: true, quality: 68, blur: 0.6, toner: 0.15 }],
      pages: [0], seed: 'p02-church-lane',
      meta: { title: 'Scan_20261117_104122', creator: 'Canon iR-ADV C3530', producer: 'Canon iR-ADV C3530 PDF', date: '2026-11-17T10:41:22Z' },
    },
  );
  out.push({
    mailbox: M, slug: 'gpp-cert-form-scan', pdfs: ['scan'],
    spec: {
      client: 'outlook', from: { name: 'MARLOW, Denise (CHURCH LANE SURGERY)', email: 'denise.marlow@nhs.net' }, to: [PCSE.portalBare],
      subject: 'GPP user admin - Church Lane Surgery', date: '2026-11-17T10:48:03Z',
      body: `Hi,

Please see attached signed certification form. Our GPP user administrator retired in October and we now have nobody who can add new starters for pensions, so the form is to set me up in her place.

Thanks,
Denise

Denise Marlow
Practice Manager
Church Lane Surgery | Church Lane | Romsey | SO51 8AE
01794 512 330`,
      attachments: [{ filename: 'Scan_20261117_104122.pdf', data: p02pdf }],
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('J82140', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Denise Marlow', 'denise.marlow@nhs.net'), approver: { ...person('Hugh Fenwick', 'hugh.fenwick@nhs.net'), role: 'Senior Partner' } },
      mustRaise: [], traits: ['pdf_scan', 'handwriting', 'code_only_in_scan', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- PL admin, two paragraphs of prose
  out.push({
    mailbox: M, slug: 'pl-admin-prose',
    spec: {
      client: 'owa', from: { name: 'HURST, Gemma (CASTLE MEAD MEDICAL CENTRE)', email: 'gemma.hurst1@nhs.net' }, to: [PCSE.portalBare],
      subject: 'PL Organisation Administrator - Castle Mead Medical Centre', date: '2026-11-16T14:22:10Z',
      body: `Hello,

We have not had a PL Organisation Administrator on PCSE Online since our last practice manager left. As the CQC Registered Manager for Castle Mead Medical Centre (L83106), I would like to nominate our Deputy Practice Manager, Tom Aldridge, for this role. His email address is tom.aldridge@nhs.net.

Please let me know if you need anything further from us.

Kind regards

Gemma Hurst
Practice Manager
Castle Mead Medical Centre
Pinhoe Road, Exeter EX4 8AA
01392 469 220`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('L83106', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Tom Aldridge', 'tom.aldridge@nhs.net'), approver: { ...person('Gemma Hurst', 'gemma.hurst1@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['prose', 'approver_is_sender', 'role_in_body_differs_from_signature'],
    },
  });

  // ---------------------------------------------------------------- PL admin, details in a table, registered manager copied in
  out.push({
    mailbox: M, slug: 'pl-admin-table',
    spec: {
      client: 'outlook', from: { name: 'CHAUHAN, Priya (NORTHGATE HEALTH CENTRE)', email: 'priya.chauhan@nhs.net' }, to: [PCSE.portalNhsmail],
      cc: [{ name: 'REEVE, Simon (NORTHGATE HEALTH CENTRE)', email: 'simon.reeve@nhs.net' }],
      subject: 'Request for PL Organisation Administrator', date: '2026-11-18T11:05:37Z',
      body: `Dear PCSE,

Please could you set up a PL Organisation Administrator for our practice. Details below:

| Practice name | Northgate Health Centre |
| Practice code | C82044 |
| Name of nominee | Priya Chauhan |
| Nominee email | priya.chauhan@nhs.net |
| Role requested | PL Organisation Administrator |
| Nominated by (CQC Registered Manager) | Dr Simon Reeve |
| CQC Registered Manager email | simon.reeve@nhs.net |

Dr Reeve is copied in to confirm.

Kind regards

Priya Chauhan
Assistant Practice Manager
Northgate Health Centre
Northgate Street, Leicester LE3 5BY
0116 251 3370`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('C82044', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Priya Chauhan', 'priya.chauhan@nhs.net'), approver: { ...person('Simon Reeve', 'simon.reeve@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['html_table', 'approver_in_cc', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- OPTO admin from a contract holder on the practice's own domain
  out.push({
    mailbox: M, slug: 'opto-admin-contract-holder',
    spec: {
      client: 'smb', from: { name: 'Mark Delaney', email: 'mark@wexfordopticians.co.uk' }, to: [PCSE.portalBare],
      cc: [{ name: 'Julie Kerr', email: 'julie@wexfordopticians.co.uk' }],
      subject: 'Ophthalmic payments user admin', date: '2026-11-19T08:41:12Z', server: 'mail.wexfordopticians.co.uk',
      body: `Good morning

I am the contract holder for Wexford Opticians, ODS code TPW18. Please could you give our practice manager, Julie Kerr, the OPTO Organisation User Administration role so that she can manage our staff's access to Ophthalmic Payments. Her email address is julie@wexfordopticians.co.uk.

We don't have anyone in this role at the moment.

Regards

Mark Delaney BSc(Hons) MCOptom
Director & Contract Holder
Wexford Opticians Ltd
27 High Street, Bicester, OX26 6HP
01869 245 118
www.wexfordopticians.co.uk`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPW18', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Julie Kerr', 'julie@wexfordopticians.co.uk'), approver: { ...person('Mark Delaney', 'mark@wexfordopticians.co.uk'), role: 'Contract Holder' } },
      mustRaise: [], traits: ['own_domain', 'post_nominals', 'approver_is_sender', 'outlook_16'],
    },
  });

  // ---------------------------------------------------------------- OPTO admin from a phone, code in lower case
  out.push({
    mailbox: M, slug: 'opto-admin-mobile',
    spec: {
      client: 'ios', from: { name: 'SANDHU, Harjit (BRIGHTSIGHT OPTICIANS)', email: 'harjit.sandhu@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Opto admin', date: '2026-11-20T17:52:09Z',
      body: `Hi there, can you please add Amy Roberts as the Opto user admin for our Market Street store, code tpc62. Her email is amy.roberts14@nhs.net. I'm the contract holder.
Thanks
Harjit`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPC62', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Amy Roberts', 'amy.roberts14@nhs.net'), approver: { ...person('Harjit Sandhu', 'harjit.sandhu@nhs.net'), role: 'contract holder' } },
      mustRaise: [], traits: ['mobile', 'terse', 'lowercase_code', 'no_signature_block'],
    },
  });

  // ---------------------------------------------------------------- PCN form sent in by the ICB approver
  const p07pdf = await renderPdf(
    pcnForm(),
    {
      pcnName: 'Wolds Coast PCN', odsCode: 'U38412', icb: 'NHS Humber and North Yorkshire ICB', nomineeName: 'Sarah Bainbridge', nomineeJobTitle: 'PCN Business Manager',
      nomineeEmail: 'sarah.bainbridge3@nhs.net', nomineePhone: '01262 400 715', approverName: 'Andrew Coyle', approverRole: 'Primary Care Contracts Manager',
      approverEmail: 'andrew.coyle@nhs.net', onAel: true, date: '20/11/2026',
    },
    { mode: 'flat', meta: { title: 'PCN UA request - Wolds Coast', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft: Print To PDF', date: '2026-11-20T14:10:00Z' } },
  );
  out.push({
    mailbox: M, slug: 'pcn-admin-icb-approver', pdfs: ['flat'],
    spec: {
      client: 'outlook', from: { name: 'COYLE, Andrew (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', email: 'andrew.coyle@nhs.net' }, to: [PCSE.portalNhsmail],
      cc: [{ name: 'BAINBRIDGE, Sarah (WOLDS COAST PCN)', email: 'sarah.bainbridge3@nhs.net' }],
      subject: 'PCN User Admin request - Wolds Coast PCN (U38412)', date: '2026-11-23T13:30:55Z',
      body: `Dear colleagues

Please find attached a PCN user administrator request for Wolds Coast PCN, which currently has no user admin on PCSE Online. I have reviewed and approved the request and I am listed as an approver on the AEL for Humber and North Yorkshire ICB.

Sarah Bainbridge, the PCN Business Manager, is copied in.

Kind regards

Andrew Coyle
Primary Care Contracts Manager
NHS Humber and North Yorkshire Integrated Care Board
Health House, Grange Park Lane, Willerby, HU10 6DT
Mob: 07700 914 382`,
      attachments: [{ filename: 'PCN UA request form - Wolds Coast PCN.pdf', data: p07pdf }],
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U38412', 'pcn'),
      fields: { service: 'PCN', nominee: person('Sarah Bainbridge', 'sarah.bainbridge3@nhs.net'), approver: { ...person('Andrew Coyle', 'andrew.coyle@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [], traits: ['pdf_flat', 'icb_sender', 'nominee_in_cc'],
    },
  });

  // ---------------------------------------------------------------- second GPP admin, no form, managing partner in copy
  out.push({
    mailbox: M, slug: 'gpp-second-admin-partner-cc',
    spec: {
      client: 'owa', from: { name: 'TAYLOR, Beverley (THE RIDGEWAY PRACTICE)', email: 'beverley.taylor@nhs.net' }, to: [PCSE.portalBare],
      cc: [{ name: 'MOSS, Claire (THE RIDGEWAY PRACTICE)', email: 'claire.moss@nhs.net' }],
      subject: 'Additional GPP User Administrator - The Ridgeway Practice K81055', date: '2026-11-24T10:15:26Z',
      body: `Hello,

We would like to add a second GPP Practice User Administrator at The Ridgeway Practice (K81055) so that we have cover when I am on leave. Could you please set up Jo Bennett, our Finance and HR Lead, with the role? Her email address is joanne.bennett7@nhs.net.

Dr Claire Moss, our Managing Partner, has approved this and is copied in to this email.

Thank you

Bev Taylor
Practice Manager
The Ridgeway Practice
Ridgeway Road, Wantage OX12 8AD
01235 763 451`,
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('K81055', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Jo Bennett', 'joanne.bennett7@nhs.net'), approver: { ...person('Claire Moss', 'claire.moss@nhs.net'), role: 'Managing Partner' } },
      mustRaise: [], traits: ['prose', 'approver_in_cc', 'short_name_vs_address'],
    },
  });

  // ---------------------------------------------------------------- main contact change, typo in the signature
  out.push({
    mailbox: M, slug: 'main-contact-change-gp',
    spec: {
      client: 'outlook', from: { name: 'CROSS, Natalie (ELM TREE SURGERY)', email: 'natalie.cross@nhs.net' }, to: [PCSE.portalBare], smartQuotes: true,
      subject: 'Change of main contact - Elm Tree Surgery', date: '2026-11-16T11:31:07Z',
      body: `Good morning,

Our current main contact on PCSE Online, Sue Parkes, retired at the end of October. Please could you change the main contact for Elm Tree Surgery (H81077) to me, Natalie Cross? My email address is natalie.cross@nhs.net.

Many thanks

Natalie Crosse
Practice Manager
Elm Tree Surgery
Elm Road, Leatherhead KT22 7SH
01372 384 210`,
    },
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('H81077', 'gp_practice'),
      fields: { newMainContact: person('Natalie Cross', 'natalie.cross@nhs.net') },
      mustRaise: [], traits: ['prose', 'name_typo_in_signature', 'self_as_new_contact'],
    },
  });

  // ---------------------------------------------------------------- pharmacy shared mailbox
  out.push({
    mailbox: M, slug: 'main-contact-change-pharmacy',
    spec: {
      client: 'outlook', from: { name: 'GREENWAY PHARMACY (FW482)', email: 'pharmacy.fw482@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Main contact change', date: '2026-11-18T15:44:20Z',
      body: `Hi,

Please can you change the main contact for Greenway Pharmacy to our pharmacist manager Ahmed Rashid, email ahmed.rashid4@nhs.net. The previous main contact (Lisa Hollis) has left the company.

ODS code FW482

Kind regards
Bethan Morgan
Dispensary Manager
Greenway Pharmacy
8 Greenway Parade, Southmead, Bristol BS10 5NE
0117 950 2264`,
    },
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('FW482', 'pharmacy'),
      fields: { newMainContact: person('Ahmed Rashid', 'ahmed.rashid4@nhs.net') },
      mustRaise: [], traits: ['shared_mailbox_sender', 'old_contact_named'],
    },
  });

  // ---------------------------------------------------------------- dental, code written with a space
  out.push({
    mailbox: M, slug: 'main-contact-change-dental',
    spec: {
      client: 'smb', from: { name: 'Lucy Grant', email: 'lucy.grant@harboursidedental.co.uk' }, to: [PCSE.portalBare],
      subject: 'Main contact change', date: '2026-11-19T12:02:48Z', server: 'smtp.harboursidedental.co.uk',
      body: `Dear Sir/Madam,

I have taken over as practice manager at Harbourside Dental Practice, practice code V02 1843, and I would like to be set up as our main contact on PCSE Online so that I can order our supplies. The previous main contact, Karen Lowe, no longer works here.

My details are:
Name: Lucy Grant
Email: lucy.grant@harboursidedental.co.uk

Kind regards,

Lucy Grant
Practice Manager
Harbourside Dental Practice
4 Quay Street, Poole, Dorset BH15 1HA
01202 671 904`,
    },
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('V021843', 'dental_practice'),
      fields: { newMainContact: person('Lucy Grant', 'lucy.grant@harboursidedental.co.uk') },
      mustRaise: [], traits: ['code_with_space', 'own_domain', 'old_contact_named'],
    },
  });

  // ---------------------------------------------------------------- reply supplying the address PCSE asked for
  const p12orig = {
    from: { name: 'HUSSAIN, Farah (ST ANNE\'S SURGERY)', email: 'farah.hussain9@nhs.net' }, to: [PCSE.portalBare], date: '2026-11-18T13:12:40Z',
    subject: 'Change of main contact - St Anne\'s Surgery',
    body: `Hello,

Please can you change the main contact for St Anne's Surgery, practice code B86022, to Mohammed Iqbal, our new Practice Manager.

Thank you

Farah Hussain
Administrator
St Anne's Surgery
12 Cardigan Road, Leeds LS6 1LJ`,
  };
  const p12pcse = {
    from: PCSE.portal, to: [{ name: 'HUSSAIN, Farah (ST ANNE\'S SURGERY)', email: 'farah.hussain9@nhs.net' }], date: '2026-11-19T16:05:12Z',
    subject: 'PCSE-2026-041207 Change of main contact - St Anne\'s Surgery',
    body: `Dear Farah,

Thank you for your email. To update the main contact for your organisation we need the email address of the new main contact. Please reply to this email with the address, keeping the reference PCSE-2026-041207 in the subject line.

${PCSE_SIGN}`,
  };
  out.push({
    mailbox: M, slug: 'main-contact-change-reply-with-email',
    spec: {
      client: 'outlook', from: { name: 'HUSSAIN, Farah (ST ANNE\'S SURGERY)', email: 'farah.hussain9@nhs.net' }, to: [PCSE.portal],
      subject: 'RE: PCSE-2026-041207 Change of main contact - St Anne\'s Surgery', date: '2026-11-20T09:27:33Z',
      body: `Hi,

Apologies, I missed that off. Mohammed's email address is mohammed.iqbal12@nhs.net

Thanks
Farah`,
      quoted: [p12pcse, p12orig],
    },
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('B86022', 'gp_practice'),
      fields: { newMainContact: person('Mohammed Iqbal', 'mohammed.iqbal12@nhs.net') },
      mustRaise: [], traits: ['reply_in_thread', 'values_split_across_thread', 'case_reference'],
    },
  });

  // ---------------------------------------------------------------- GP asks for a new verification link, from his phone
  out.push({
    mailbox: M, slug: 'verification-link-gp',
    spec: {
      client: 'android', from: { name: 'ADEYEMI, Olumide (NHS ENGLAND)', email: 'olumide.adeyemi@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Verification link not received', date: '2026-11-17T19:48:02Z',
      body: `Hello, I am a GP and I have not received the verification link for PCSE Online. My GMC registered email address is olumide.adeyemi@nhs.net and my GMC number is 7123456. Please could you send me a new link.

Many thanks
Dr Olumide Adeyemi
Locum GP`,
    },
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'olumide.adeyemi@nhs.net', gmcNumber: '7123456' },
      mustRaise: [], traits: ['mobile', 'no_organisation', 'gmc_number'],
    },
  });

  // ---------------------------------------------------------------- new user admin's link expired
  out.push({
    mailbox: M, slug: 'verification-link-admin',
    spec: {
      client: 'owa', from: { name: 'LOWE, Hannah (WOODSIDE MEDICAL GROUP)', email: 'hannah.lowe6@nhs.net' }, to: [PCSE.portalBare],
      subject: 'New verification link please', date: '2026-11-18T09:55:19Z',
      body: `Hi,

I was set up last week as a PL Organisation Administrator for Woodside Medical Group (M85012) but the verification link had expired by the time I came back from leave. Could you please send me a new one? The account is under this email address, hannah.lowe6@nhs.net.

Thank you

Hannah Lowe
Assistant Practice Manager
Woodside Medical Group
Woodside Road, Birmingham B29 6JD
0121 472 0631`,
    },
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('M85012', 'gp_practice'),
      fields: { accountEmail: 'hannah.lowe6@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['prose', 'role_mentioned_not_requested'],
    },
  });

  // ---------------------------------------------------------------- practice manager asks for a GP's link
  out.push({
    mailbox: M, slug: 'verification-link-for-gp',
    spec: {
      client: 'outlook', from: { name: "O'NEILL, Siobhán (MARSH LANE SURGERY)", email: 'siobhan.oneill@nhs.net' }, to: [PCSE.portalNhsmail], smartQuotes: true,
      subject: 'Verification link for Dr Whitfield', date: '2026-11-23T10:38:51Z',
      body: `Good morning,

One of our new GP partners, Dr James Whitfield, has not received his verification link for PCSE Online. His GMC registered email address is j.whitfield@nhs.net and his GMC number is 6098123. Could a new link be sent to him please?

Our practice code is P81204.

Kind regards

Siobhán O'Neill
Practice Manager
Marsh Lane Surgery
Marsh Lane, Preston PR1 8RU
01772 401 762`,
    },
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('P81204', 'gp_practice'),
      fields: { accountEmail: 'j.whitfield@nhs.net', gmcNumber: '6098123' },
      mustRaise: ['not_own_account'], traits: ['on_behalf_of', 'gmc_number', 'apostrophe_in_name'],
    },
  });

  // ---------------------------------------------------------------- locked out
  out.push({
    mailbox: M, slug: 'account-unlock-apm',
    spec: {
      client: 'outlook', from: { name: 'DUNN, Rachel (BROOKFIELD SURGERY)', email: 'rachel.dunn@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Account locked', date: '2026-11-16T08:37:14Z',
      body: `Morning,

I've managed to lock myself out of PCSE Online after getting my password wrong too many times. Could you unlock my account please? My username is rachel.dunn@nhs.net.

Brookfield Surgery, D82061

Thanks
Rachel

Rachel Dunn
Assistant Practice Manager | Brookfield Surgery
Tel 01603 271 559`,
    },
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('D82061', 'gp_practice'),
      fields: { username: 'rachel.dunn@nhs.net' },
      mustRaise: [], traits: ['short', 'code_on_own_line'],
    },
  });

  out.push({
    mailbox: M, slug: 'account-unlock-pharmacy-mobile',
    spec: {
      client: 'android', from: { name: 'OSEI, Daniel (KINGSWAY PHARMACY)', email: 'daniel.osei@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Locked out of pcse online', date: '2026-11-19T13:14:45Z',
      body: `Hi I'm locked out of PCSE online after too many attempts, can you unlock please. Username daniel.osei@nhs.net. Kingsway Pharmacy FC603.
Thanks
Dan`,
    },
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('FC603', 'pharmacy'),
      fields: { username: 'daniel.osei@nhs.net' },
      mustRaise: [], traits: ['mobile', 'terse', 'one_paragraph'],
    },
  });

  out.push({
    mailbox: M, slug: 'account-unlock-non-email-username',
    spec: {
      client: 'smb', from: { name: 'Clearview Optical', email: 'info@clearviewoptical.co.uk' }, to: [PCSE.portalBare],
      subject: 'Locked account - Megan Price', date: '2026-11-24T15:21:33Z', server: 'mail.clearviewoptical.co.uk',
      body: `Hello,

One of our optical assistants, Megan Price, has locked her PCSE Online account. She doesn't have her own email address so her user name is meganprice@clearviewoptical. Could you please unlock it for her?

Our practice code is TPH47.

Thanks very much

Rob Hayes
Practice Manager
Clearview Optical
15 Fore Street, Tiverton, EX16 6LN
01884 253 077`,
    },
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('TPH47', 'ophthalmic_practice'),
      fields: { username: 'meganprice@clearviewoptical' },
      mustRaise: [], traits: ['non_email_username', 'on_behalf_of', 'shared_mailbox_sender', 'own_domain'],
    },
  });

  // ---------------------------------------------------------------- deactivated accounts
  out.push({
    mailbox: M, slug: 'account-reactivation-pcn-admin',
    spec: {
      client: 'outlook', from: { name: 'McGOWAN, Stuart (HARBOUR COAST PCN)', email: 's.mcgowan@nhs.net' }, to: [PCSE.portalBare],
      subject: 'PCSE Online account deactivated', date: '2026-11-17T11:09:58Z',
      body: `Hello,

When I tried to log in to PCSE Online today I got a message saying my account has been deactivated. I'm the PCN user admin for Harbour Coast PCN (U61027) and I haven't needed to log in for a few months. Could you please reactivate it? My username is s.mcgowan@nhs.net.

Kind regards

Stuart McGowan
PCN Digital and Transformation Lead
Harbour Coast Primary Care Network
c/o Seaton Hirst Health Centre, Ashington NE63 0BT
07700 916 205`,
    },
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('U61027', 'pcn'),
      fields: { username: 's.mcgowan@nhs.net' },
      mustRaise: [], traits: ['prose', 'pcn'],
    },
  });

  out.push({
    mailbox: M, slug: 'account-reactivation-dental-gmail',
    spec: {
      client: 'gmail', from: { name: 'Paulina Nowak', email: 'paulina.nowak85@gmail.com' }, to: [PCSE.portalBare],
      subject: 'PCSE Online account deactivated – Sunnyside Dental Care V105562', date: '2026-11-25T20:16:40Z',
      body: `Hello,

I am the main contact for Sunnyside Dental Care (V105562). When I log in to PCSE Online it says my account is deactivated. My username is p.nowak@sunnysidedental.co.uk. I'm emailing from my personal address as our practice email is having problems today.

Could you reactivate the account please?

Thank you,
Paulina Nowak
Practice Manager, Sunnyside Dental Care
07700 900 418`,
    },
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('V105562', 'dental_practice'),
      fields: { username: 'p.nowak@sunnysidedental.co.uk' },
      mustRaise: [], traits: ['gmail', 'username_differs_from_sender', 'out_of_hours'],
    },
  });

  // ---------------------------------------------------------------- role removal requests
  out.push({
    mailbox: M, slug: 'role-removal-leaver',
    spec: {
      client: 'outlook', from: { name: 'GRAY, Alison (HILLCREST SURGERY)', email: 'alison.gray3@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Remove roles - Kelly Young', date: '2026-11-18T16:20:12Z',
      body: `Hi,

Kelly Young left the practice on Friday. Could you please remove the Joiner & Leaver and Practice Estimate and Salary Change roles from her PCSE Online account? Her username is kelly.young5@nhs.net.

Hillcrest Surgery, G82O33

Thanks

Alison Gray
Practice Manager
Hillcrest Surgery
01843 593 017`,
    },
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('G82O33', 'gp_practice'),
      fields: { username: 'kelly.young5@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: ['ods_invalid'], traits: ['letter_o_for_zero_in_code', 'two_roles', 'ampersand'],
    },
  });

  out.push({
    mailbox: M, slug: 'role-removal-own-account',
    spec: {
      client: 'owa', from: { name: 'HADDAD, Amira (THE VALLEY PRACTICE)', email: 'amira.haddad@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Please remove PL Practice Manager role', date: '2026-11-26T12:44:05Z',
      body: `Hello,

I have moved from the practice manager post into a clinical role at The Valley Practice and no longer need the PL Practice Manager role on my PCSE Online account. Please could you remove it? My login is amira.haddad@nhs.net.

Many thanks

Amira Haddad
Advanced Nurse Practitioner
The Valley Practice`,
    },
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org(null, 'gp_practice'),
      fields: { username: 'amira.haddad@nhs.net', roles: ['PL Practice Manager'] },
      mustRaise: [], traits: ['no_code', 'own_account'],
    },
  });

  // ---------------------------------------------------------------- the traffic that asks for nothing new
  const p23ack = {
    from: PCSE.portal, to: [{ name: 'PATEL, Nisha (ASHGROVE MEDICAL CENTRE)', email: 'nisha.patel22@nhs.net' }], date: '2026-11-09T10:02:31Z',
    subject: 'PCSE-2026-040388 GPP User Administrator certification form',
    body: `Thank you for contacting Primary Care Support England.

Your enquiry has been logged under reference PCSE-2026-040388. Please quote this reference in any further correspondence about this enquiry.

We aim to respond within 5 working days.

${PCSE_SIGN}`,
  };
  out.push({
    mailbox: M, slug: 'chaser-gpp-form',
    spec: {
      client: 'outlook', from: { name: 'PATEL, Nisha (ASHGROVE MEDICAL CENTRE)', email: 'nisha.patel22@nhs.net' }, to: [PCSE.portal],
      subject: 'RE: PCSE-2026-040388 GPP User Administrator certification form', date: '2026-11-24T09:08:27Z',
      body: `Hi,

Just chasing the below - we sent the GPP certification form over two weeks ago and haven't heard anything since the acknowledgement. Could you let me know where this is up to?

Thanks
Nisha

Nisha Patel
Assistant Practice Manager
Ashgrove Medical Centre`,
      quoted: [p23ack],
    },
    expected: unclassified(['chaser', 'case_reference', 'reply_in_thread']),
  });

  const p24conf = {
    from: PCSE.portal, to: [{ name: 'DUNN, Rachel (BROOKFIELD SURGERY)', email: 'rachel.dunn@nhs.net' }], date: '2026-11-19T11:20:05Z',
    subject: 'PCSE-2026-041388 Account locked',
    body: `Dear Rachel,

Your PCSE Online account has now been unlocked. You can reset your password using the 'Forgotten your login details?' link on the sign in page if you need to.

${PCSE_SIGN}`,
  };
  out.push({
    mailbox: M, slug: 'thanks-unlocked',
    spec: {
      client: 'owa', from: { name: 'DUNN, Rachel (BROOKFIELD SURGERY)', email: 'rachel.dunn@nhs.net' }, to: [PCSE.portal],
      subject: 'RE: PCSE-2026-041388 Account locked', date: '2026-11-19T14:35:50Z',
      body: `Thank you - all working now.

Rachel`,
      quoted: [p24conf],
    },
    expected: unclassified(['thanks', 'case_reference', 'reply_in_thread']),
  });

  out.push({
    mailbox: M, slug: 'auto-reply-out-of-office',
    spec: {
      client: 'outlook', from: { name: 'FENWICK, Hugh (CHURCH LANE SURGERY)', email: 'hugh.fenwick@nhs.net' }, to: [PCSE.portal],
      subject: 'Automatic reply: PCSE-2026-041302 GPP user admin - Church Lane Surgery', date: '2026-11-20T16:02:11Z', footer: false,
      body: `Thank you for your email. I am out of the practice until Monday 30th November with limited access to email.

For anything urgent please contact the practice on 01794 512 330 or churchlane.surgery@nhs.net.

Dr Hugh Fenwick`,
      extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: hugh.fenwick@nhs.net', `In-Reply-To: <LO6P265MB67800A3F2C91D4B7E5186C2AD9E1@LO6P265MB6780.GBRP265.PROD.OUTLOOK.COM>`],
    },
    expected: unclassified(['auto_reply', 'case_reference'], 'auto_reply'),
  });

  out.push({
    mailbox: M, slug: 'question-admin-limit',
    spec: {
      client: 'outlook', from: { name: 'WARD, Jenny (OAKHILL SURGERY)', email: 'jenny.ward@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Query - number of PL admins', date: '2026-11-25T11:47:23Z',
      body: `Hello,

Could you tell me how many PL Organisation Administrators a practice is allowed to have? We currently have two and may want to add our new deputy manager in the new year, but I wanted to check the limit first.

Also, is there a guide for the PL Practice Manager role anywhere?

Thanks

Jenny Ward
Practice Manager
Oakhill Surgery`,
    },
    expected: unclassified(['question', 'mentions_future_request']),
  });

  // ---------------------------------------------------------------- misdirected: a practice email change sent here
  out.push({
    mailbox: M, slug: 'practice-email-update-misdirected',
    spec: {
      client: 'outlook', from: { name: 'FRANKLIN, Paul (OAK LODGE MEDICAL CENTRE)', email: 'paul.franklin2@nhs.net' }, to: [PCSE.portalBare],
      subject: 'Update practice email address', date: '2026-11-26T09:19:06Z',
      body: `Hello,

Please could you update the practice email address you hold for us.

Practice name: Oak Lodge Medical Centre
Practice code: E85118
Current practice email: oaklodge.medicalcentre@nhs.net
New practice email: oaklodge.reception@nhs.net

The old mailbox is being closed at the end of the month.

Thanks,
Paul Franklin
IT & Operations Manager
Oak Lodge Medical Centre
234 Burnt Oak Broadway, Edgware HA8 0AP`,
    },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('E85118', 'gp_practice'),
      fields: { currentEmail: 'oaklodge.medicalcentre@nhs.net', newEmail: 'oaklodge.reception@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'labelled_lines'],
    },
  });

  // ---------------------------------------------------------------- a partner's nomination forwarded by the nominee
  const p28orig = {
    from: { name: 'BLAKE, Fiona (MEADOWBANK SURGERY)', email: 'fiona.blake@nhs.net' }, to: [{ name: 'SHAW, Helen (MEADOWBANK SURGERY)', email: 'helen.shaw@nhs.net' }],
    date: '2026-11-24T16:40:18Z', subject: 'PL admin nomination',
    body: `Helen,

Can you send this on to PCSE please - I don't have their address to hand.

To PCSE: I am the CQC Registered Manager for Meadowbank Surgery (A83042) and I nominate Helen Shaw, Practice Manager, helen.shaw@nhs.net, as PL Organisation Administrator for the practice.

Thanks
Fiona

Dr Fiona Blake
GP Partner
Meadowbank Surgery`,
  };
  out.push({
    mailbox: M, slug: 'pl-admin-forwarded',
    spec: {
      client: 'outlook', from: { name: 'SHAW, Helen (MEADOWBANK SURGERY)', email: 'helen.shaw@nhs.net' }, to: [PCSE.portalBare],
      subject: 'FW: PL admin nomination', date: addMinutes('2026-11-25T09:03:44Z', 0),
      body: `Hi,

Please see below from Dr Blake, our CQC registered manager.

Thanks
Helen

Helen Shaw
Practice Manager
Meadowbank Surgery
Front Street, Chester-le-Street DH3 3AT
0191 388 2112`,
      quoted: [p28orig], quoteMode: 'forward',
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('A83042', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Helen Shaw', 'helen.shaw@nhs.net'), approver: { ...person('Fiona Blake', 'fiona.blake@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['forward', 'request_in_forwarded_part', 'self_nomination'],
    },
  });

  return out;
}
