// openexeter: 14 emails from central teams (and Open Exeter itself).
import { oePrimaryFillable, oePrimaryFlat, oePrimaryScan } from './docs.js';
import { alt, attachment, html, message, multipart, org, person, rfc822, text, toHtml, NHSMAIL_DISCLAIMER, PCSE, type Block, type Email } from './lib.js';
import { BDG_FOOTER, CSCSU_FOOTER, keystoneSig, nhpSig, prpSig, tamesSig, vcmgSig, icbSig } from './orgs.js';

const TO = [PCSE.openexeter];
const mb = 'openexeter' as const;

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 044 ---------------------------------------------------------------------------------------------
  {
    const slug = '044-nhp-oe-primary-user-acroform';
    const pdf = await oePrimaryFillable({
      kind: 'gp', orgName: 'Cradley Lane Surgery', orgCode: 'M85021', orgAddress: '5 Cradley Lane, Cradley Heath, B64 6AE',
      surname: 'BRETTELL', forenames: 'HAYLEY', jobTitle: 'PRACTICE MANAGER', email: 'hayley.brettell@nhs.net', tel: '0121 496 0271',
      signatoryName: 'DR OLUMIDE FASHOLA', capacity: 1, signatoryEmail: 'olumide.fashola@nhs.net', signed: true, date: '24/11/2026',
    }, slug, { title: 'Open Exeter Primary User Request - GP Practices', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20220', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20220', date: '2026-11-24T15:31:00Z' });
    const blocks: Block[] = [
      'Dear Open Exeter team,',
      'Our ref: NHP-SR-2026-0471',
      'Please find attached an Open Exeter Primary User request form (GP practices) for Cradley Lane Surgery (M85021), completed electronically and signed by Dr Olumide Fashola, GP Partner, who is copied in.',
      'The practice would like Hayley Brettell, Practice Manager, set up as a second Primary User alongside their existing one, so that passwords can still be reset when either of them is on leave.',
      'Kind regards,',
      nhpSig('Gemma Rowbotham', 'Systems & Access Administrator | Workforce & Systems Team', '0121 496 0214', ['Team mailbox: northmoor.systems@nhs.net']),
    ];
    const m = message({
      from: { name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }, to: TO,
      cc: [{ name: 'Fashola Olumide (NORTHMOOR HEALTH PARTNERSHIP)', email: 'olumide.fashola@nhs.net' }],
      subject: 'Open Exeter Primary User request - Cradley Lane Surgery (M85021) - NHP-SR-2026-0471',
      date: '2026-11-25T09:06:17Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [alt(blocks, slug), attachment('Open Exeter PU form - Cradley Lane - signed.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_primary_user_request', org: org('M85021', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Hayley Brettell', 'hayley.brettell@nhs.net'), signatory: { ...person('Olumide Fashola', 'olumide.fashola@nhs.net'), role: 'gp_partner' } },
      traits: ['pdf_acroform', 'central_team', 'signatory_cc', 'block_capitals', 'own_reference'],
    } });
  }

  // 045 ---------------------------------------------------------------------------------------------
  {
    const slug = '045-vcmg-oe-primary-user-handwritten-scan';
    const pdf = await oePrimaryScan({
      kind: 'gp', orgName: 'WIMBORNE ROAD SURGERY', orgCode: 'J82126', orgAddress: '240 WIMBORNE ROAD, POOLE BH15 3EF',
      surname: 'INGRAM', forenames: 'CHARLOTTE', jobTitle: 'DEPUTY PRACTICE MANAGER', email: 'charlotte.ingram7@nhs.net', tel: '01632 960 461',
      signatoryName: 'DR BENEDICT HALE', capacity: 2, signatoryEmail: 'benedict.hale@nhs.net', signed: true, date: '25/11/26',
    }, slug, { title: 'Scan_20261125_1442', creator: 'Xerox WorkCentre 7845', producer: 'Xerox WorkCentre 7845', date: '2026-11-25T14:42:10Z' }, 'hand', [{ seed: slug, skewDeg: -1.6, dx: 14, dy: 8, quality: 66 }]);
    const body = `Hi,

Attached is a scanned Open Exeter Primary User form for Wimborne Road Surgery (J82126), signed by the practice's Caldicott Guardian.

Kind regards,
Tom

${vcmgSig('Tom Ashby', 'Group Operations Assistant', '01632 960 453')}`;
    const m = message({
      from: { name: 'VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J)', email: 'vcmg.groupoperations@nhs.net' }, to: TO,
      subject: 'Open Exeter form - Wimborne Road Surgery J82126',
      date: '2026-11-26T08:37:52Z', client: 'nhsmail', idSeed: slug,
      extra: [['Sender', '"Ashby Tom (VALE & COAST MEDICAL GROUP)" <tom.ashby1@nhs.net>']],
      root: multipart('mixed', [text(body), attachment('Scan_20261125_1442.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_primary_user_request', org: org('J82126', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Charlotte Ingram', 'charlotte.ingram7@nhs.net'), signatory: { ...person('Benedict Hale', 'benedict.hale@nhs.net'), role: 'caldicott_guardian' } },
      traits: ['pdf_scan', 'handwritten', 'values_only_in_scan', 'shared_mailbox', 'send_on_behalf'],
    } });
  }

  // 046 ---------------------------------------------------------------------------------------------
  {
    const slug = '046-federation-oe-primary-user-pcn-scan';
    const pdf = await oePrimaryScan({
      kind: 'other', orgName: 'Kingfisher PCN', orgCode: 'U28714', orgType: 'Primary Care Network (screening hub)', orgAddress: 'Kingfisher Hub, Clarence Street Health Centre, Stalybridge SK15 1QR',
      surname: 'Mellor', forenames: 'Joanne', jobTitle: 'PCN Screening Hub Coordinator', email: 'joanne.mellor@nhs.net', tel: '0161 496 0418',
      signatoryName: 'Dr Naomi Vickers', capacity: 0, signatoryTitle: 'Clinical Director & Caldicott Guardian, Kingfisher PCN', signatoryEmail: 'naomi.vickers@nhs.net', signed: true, date: '27/11/2026',
    }, slug, { title: 'DOC271126-10271126', creator: 'KONICA MINOLTA bizhub C300i', producer: 'KONICA MINOLTA bizhub C300i', date: '2026-11-27T10:27:11Z' }, 'typed', [
      { seed: `${slug}:1`, skewDeg: 1.3, dx: -8, dy: 10, quality: 70, grey: true },
      { seed: `${slug}:2`, skewDeg: 0.9, dx: -6, dy: 4, quality: 70, grey: true },
    ], 2);
    const body = `Hello Open Exeter team,

Kingfisher PCN has started running an evening cervical screening clinic from its hub at Clarence Street Health Centre and needs its own Open Exeter Primary User. As the hub is not a GP practice, the PCN has completed the "other organisations" form, which is attached (scanned, two pages).

The form is signed by Dr Naomi Vickers, the PCN's Caldicott Guardian.

Tamesbridge GP Federation provides admin support to the PCN, so please copy this mailbox into your reply.

Thanks
Hollie

${tamesSig('Hollie Brereton', 'Federation Administrator')}`;
    const m = message({
      from: { name: 'Tamesbridge GP Federation - Central Admin', email: 'tamesbridge.federation@nhs.net' }, to: TO,
      subject: 'Open Exeter Primary User – Kingfisher PCN screening hub (U28714)',
      date: '2026-11-27T11:02:45Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body]))], slug), attachment('DOC271126-10271126.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_primary_user_request', org: org('U28714', 'pcn'),
      fields: { organisationKind: 'other', nominee: person('Joanne Mellor', 'joanne.mellor@nhs.net'), signatory: { ...person('Naomi Vickers', 'naomi.vickers@nhs.net'), role: 'caldicott_guardian' } },
      traits: ['pdf_scan', 'two_page_scan', 'other_organisation_form', 'federation', 'pcn_hub'],
    } });
  }

  // 047 ---------------------------------------------------------------------------------------------
  {
    const slug = '047-keystone-oe-form-signed-by-pm';
    const pdf = await oePrimaryFlat({
      kind: 'gp', orgName: 'Ashgrove Surgery', orgCode: 'K81044', orgAddress: '3 Ashgrove Lane, Bracknell, RG12 9PL',
      surname: 'Denton', forenames: 'Paula', jobTitle: 'Senior Administrator', email: 'paula.denton@nhs.net', tel: '0118 496 0392',
      signatoryName: 'Lorraine Ebdon - Practice Manager', capacity: -1, signatoryEmail: 'lorraine.ebdon@nhs.net', signed: true, date: '01/12/2026',
    }, slug, { title: 'Open Exeter PU form - Ashgrove', author: 'flatchford', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-12-01T15:44:00Z' });
    const body = `Good afternoon,

Please find attached the completed Open Exeter Primary User form for Ashgrove Surgery (K81044), nominating Paula Denton (Senior Administrator). The form has been signed by the surgery's Practice Manager, Lorraine Ebdon.

Our case reference is KPS-CASE-20488.

Regards

${keystoneSig('Fiona Latchford', 'Client Services Manager', '0118 496 0772')}`;
    const m = message({
      from: { name: 'Fiona Latchford', email: 'fiona.latchford@keystoneps.co.uk' }, to: TO,
      subject: 'Open Exeter primary user form – Ashgrove Surgery K81044 [KPS-CASE-20488]',
      date: '2026-12-02T10:21:33Z', client: 'exchange', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body], 'Arial'))], slug), attachment('Ashgrove OE PU form.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_primary_user_request', org: org('K81044', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Paula Denton', 'paula.denton@nhs.net'), signatory: { ...person('Lorraine Ebdon', 'lorraine.ebdon@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat', 'management_company', 'practice_manager_signed', 'no_capacity_ticked', 'non_nhs_sender'],
    } });
  }

  // 048 ---------------------------------------------------------------------------------------------
  {
    const slug = '048-prp-oe-form-unsigned';
    const pdf = await oePrimaryFillable({
      kind: 'gp', orgName: 'Ridgeway Surgery', orgCode: 'P87618', orgAddress: 'Ridgeway Surgery, 71 Ridgeway Road, Halifax, HX3 9LN',
      surname: 'Sutcliffe', forenames: 'Gemma', jobTitle: 'Reception Team Leader', email: 'gemma.sutcliffe@nhs.net', tel: '0113 496 0625',
      signatoryName: 'Dr Matthew Royle', capacity: 0, signatoryEmail: 'matthew.royle@nhs.net', signed: false, date: '30/11/2026',
    }, slug, { title: 'Open Exeter Primary User Request - GP Practices', creator: 'Adobe Acrobat Reader (64-bit) 24.3', producer: 'Adobe Acrobat Reader (64-bit) 24.3', date: '2026-11-30T16:12:00Z' });
    const body = `Good morning,

Reference: PRP/BS/2026/1251

Please find attached the signed Open Exeter Primary User form for Ridgeway Surgery (P87618), nominating Gemma Sutcliffe, Reception Team Leader. Dr Matthew Royle, Lead GP at Ridgeway, is the signatory.

Thanks,
Dan

${prpSig('Daniel Kershaw', 'Business Support Officer', '0113 496 0583')}`;
    const m = message({
      from: { name: 'Kershaw Daniel (PENNINE RISE PARTNERSHIP)', email: 'daniel.kershaw3@nhs.net' }, to: TO,
      subject: 'Open Exeter primary user – Ridgeway Surgery P87618 [PRP/BS/2026/1251]',
      date: '2026-12-01T08:44:09Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body]))], slug), attachment('Ridgeway OE primary user.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_primary_user_request', org: org('P87618', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Gemma Sutcliffe', 'gemma.sutcliffe@nhs.net'), signatory: { ...person('Matthew Royle', 'matthew.royle@nhs.net'), role: 'lead_gp' } },
      mustRaise: ['missing_signature'],
      traits: ['pdf_acroform', 'signature_box_empty', 'email_says_signed', 'central_team'],
    } });
  }

  // 049 ---------------------------------------------------------------------------------------------
  {
    const slug = '049-vcmg-oe-permissions-partner';
    const blocks: Block[] = [
      'Dear Open Exeter team,',
      'Our ref: VCMG-OPS-2612-004',
      'As a GP Partner at Kingsmere Medical Centre (J82113), I am requesting additional Open Exeter permissions for an existing user at the practice:',
      { table: [['User', 'Sinead Hollis, Practice Nurse (sample taker)'], ['Open Exeter user ID', 'J82113SH1'], ['Email', 'sinead.hollis@nhs.net']] },
      'Permissions required:\n• Prior Notification List\n• Cervical Screening Result Enquiry',
      'Sinead is taking over the practice\'s screening recall work from January.',
      'Kind regards',
      'Dr Priyanka Raman\nGP Partner & Clinical Lead for Cervical Screening\nKingsmere Medical Centre, 2 Kingsmere Road, Poole BH14 9DJ\nVale & Coast Medical Group\nGroup Office: 3rd Floor, Quay House, 14 Harbour Parade, Poole BH15 1HJ | 01632 960 450',
      NHSMAIL_DISCLAIMER,
    ];
    const m = message({
      from: { name: 'Raman Priyanka (VALE & COAST MEDICAL GROUP)', email: 'priyanka.raman@nhs.net' }, to: TO,
      cc: [{ name: 'VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J)', email: 'vcmg.groupoperations@nhs.net' }],
      subject: 'Open Exeter – additional permissions for existing user – Kingsmere Medical Centre J82113 (VCMG-OPS-2612-004)',
      date: '2026-12-02T13:18:55Z', client: 'nhsmail', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_additional_permissions', org: org('J82113', 'gp_practice'),
      fields: { user: { ...person('Sinead Hollis', 'sinead.hollis@nhs.net'), username: 'J82113SH1' }, permissions: ['Prior Notification List', 'Cervical Screening Result Enquiry'], signatory: { ...person('Priyanka Raman', 'priyanka.raman@nhs.net'), role: 'gp_partner' } },
      traits: ['gp_partner_direct', 'central_team_cc', 'bulleted_permissions', 'own_reference'],
    } });
  }

  // 050 ---------------------------------------------------------------------------------------------
  {
    const slug = '050-nhp-oe-permissions-attached-approval';
    const inner = message({
      from: { name: 'Ossai Edward (NORTHMOOR HEALTH PARTNERSHIP)', email: 'edward.ossai@nhs.net' },
      to: [{ name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }],
      subject: 'Open Exeter access for Priya',
      date: '2026-12-02T17:05:12Z', client: 'nhsmail', idSeed: `${slug}:inner`,
      root: text(`Gemma,

Please could you send this to PCSE for me.

As a GP Partner at Hollybank Medical Practice (M85034) I authorise additional Open Exeter permissions for Priya Chauhan, our Assistant Practice Manager:

Open Exeter user ID: M85034PC1
Email: priya.chauhan4@nhs.net
Permissions: Call and Recall; Prior Notification List

Thanks
Edward

Dr Edward Ossai
GP Partner, Hollybank Medical Practice
Northmoor Health Partnership

${NHSMAIL_DISCLAIMER}`),
    });
    const blocks: Block[] = [
      'Dear Open Exeter team,',
      'Our ref: NHP-SR-2026-0483',
      'Please see the attached email from Dr Edward Ossai, GP Partner at Hollybank Medical Practice (M85034), asking for additional Open Exeter permissions for Priya Chauhan. I have attached his original message rather than forwarding it so that you can see it was sent from his own NHSmail account.',
      'Kind regards,',
      nhpSig('Gemma Rowbotham', 'Systems & Access Administrator | Workforce & Systems Team', '0121 496 0214', ['Team mailbox: northmoor.systems@nhs.net']),
    ];
    const m = message({
      from: { name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }, to: TO,
      subject: 'Open Exeter additional permissions - Hollybank Medical Practice M85034 - approval attached',
      date: '2026-12-03T09:12:40Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [alt(blocks, slug), rfc822(inner.raw, 'Open Exeter access for Priya.eml')], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_additional_permissions', org: org('M85034', 'gp_practice'),
      fields: { user: { ...person('Priya Chauhan', 'priya.chauhan4@nhs.net'), username: 'M85034PC1' }, permissions: ['Call and Recall', 'Prior Notification List'], signatory: { ...person('Edward Ossai', 'edward.ossai@nhs.net'), role: 'gp_partner' } },
      traits: ['attached_message', 'central_team', 'signatory_in_attachment'],
    } });
  }

  // 051 ---------------------------------------------------------------------------------------------
  {
    const slug = '051-keystone-oe-permissions-non-nhs';
    const body = `Dear Open Exeter team,

On behalf of Ashgrove Surgery (K81044), please add the Prior Notification List permission to Paula Denton's Open Exeter account:

User: Paula Denton, Senior Administrator
User ID: K81044PD1
Email: paula.denton@nhs.net

I manage operations for the surgery under Keystone's practice management contract and have authority to request system access on the partners' behalf.

Regards

${keystoneSig('Martin Dellow', 'Head of Practice Operations', '0118 496 0710')}`;
    const m = message({
      from: { name: 'Martin Dellow', email: 'martin.dellow@keystoneps.co.uk' }, to: TO,
      subject: 'Open Exeter - additional access for Paula Denton (Ashgrove Surgery)',
      date: '2026-12-03T15:27:04Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Arial'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_additional_permissions', org: org('K81044', 'gp_practice'),
      fields: { user: { ...person('Paula Denton', 'paula.denton@nhs.net'), username: 'K81044PD1' }, permissions: ['Prior Notification List'], signatory: { ...person('Martin Dellow', 'martin.dellow@keystoneps.co.uk'), role: 'other' } },
      mustRaise: ['sender_not_nhs', 'signatory_role_not_allowed'],
      traits: ['management_company', 'non_nhs_sender', 'requester_not_signatory'],
    } });
  }

  // 052 ---------------------------------------------------------------------------------------------
  {
    const slug = '052-oe-new-user-notification';
    const body = `OPEN EXETER - ORGANISATION MAINTENANCE
NOTIFICATION OF NEW USER

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation Code : M85047
Organisation Name : OLD HILL HEALTH CENTRE
User ID           : M85047RH2
User Name         : HATTON, REBECCA
Email Address     : rebecca.hatton@nhs.net
Job Role          : ADMINISTRATOR
Created By        : CARTWRIGHT, LISA (M85047LC1)
Date Created      : 01/12/2026 10:42

This is an automatically generated email. Please do not reply to this address.`;
    const m = message({
      from: { name: 'Open Exeter', email: 'noreply.openexeter@nhs.net' }, to: TO,
      subject: 'Open Exeter - New User Created - M85047',
      date: '2026-12-01T10:42:31Z', client: 'system', idSeed: slug, root: text(body, { cte: '7bit', charset: 'us-ascii' }),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_new_user_authorisation', org: org('M85047', 'gp_practice'),
      fields: { user: { ...person('Rebecca Hatton', 'rebecca.hatton@nhs.net'), username: 'M85047RH2' }, createdBy: person('Lisa Cartwright', null) },
      traits: ['system_notification', 'surname_first_caps', 'fixed_width_labels'],
    } });
  }

  // 053 ---------------------------------------------------------------------------------------------
  {
    const slug = '053-vcmg-forwarded-new-user-notification';
    const body = `Hello,

Joanna Pearce (joanna.pearce@nhs.net), the Primary User at Ferndown Road Surgery, set up Tomasz Wilk on Open Exeter on Monday but he still hasn't received a password. Joanna was copied into the system email below – forwarding in case yours did not arrive. Could you authorise the account please?

Thanks,
Marta

${vcmgSig('Marta Nowicka', 'Group Operations Coordinator', '01632 960 451')}

________________________________
From: Open Exeter <noreply.openexeter@nhs.net>
Sent: 30 November 2026 15:08
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Cc: PEARCE, Joanna <joanna.pearce@nhs.net>
Subject: Open Exeter - New User Created - J82139

OPEN EXETER - ORGANISATION MAINTENANCE
NOTIFICATION OF NEW USER

Organisation Code : J82139
Organisation Name : FERNDOWN ROAD SURGERY
User ID           : J82139TW1
User Name         : WILK, TOMASZ
Email Address     : tomasz.wilk@nhs.net
Job Role          : FINANCE
Created By        : PEARCE, JOANNA (J82139JP1)
Date Created      : 30/11/2026 15:07`;
    const m = message({
      from: { name: 'VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J)', email: 'vcmg.groupoperations@nhs.net' }, to: TO,
      subject: 'FW: Open Exeter - New User Created - J82139',
      date: '2026-12-03T11:49:18Z', client: 'nhsmail', idSeed: slug,
      extra: [['Sender', '"Nowicka Marta (VALE & COAST MEDICAL GROUP)" <marta.nowicka@nhs.net>']],
      root: multipart('alternative', [text(body), html(toHtml([body], 'Calibri'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'open_exeter_new_user_authorisation', org: org('J82139', 'gp_practice'),
      fields: { user: { ...person('Tomasz Wilk', 'tomasz.wilk@nhs.net'), username: 'J82139TW1' }, createdBy: person('Joanna Pearce', 'joanna.pearce@nhs.net') },
      traits: ['forwarded_notification', 'central_team', 'creator_address_in_body'],
    } });
  }

  // 054 ---------------------------------------------------------------------------------------------
  {
    const slug = '054-nhp-oe-chaser';
    const body = `Hi,

Hayley still hasn't received her Open Exeter log-in details following the form we sent on 25 November. Is there anything outstanding from our side?

Kind regards,
Gemma

Gemma Rowbotham
Systems & Access Administrator | Workforce & Systems Team
Northmoor Health Partnership
T: 0121 496 0214`;
    const m = message({
      from: { name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }, to: TO,
      subject: 'RE: PCSE-2026-005260 Open Exeter Primary User request - Cradley Lane Surgery (M85021)',
      date: '2026-12-04T10:03:26Z', client: 'nhsmail', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['chaser', 'pcse_reference_in_subject'] } });
  }

  // 055 ---------------------------------------------------------------------------------------------
  {
    const slug = '055-icb-oe-question';
    const body = `Good afternoon,

The ICB is commissioning a community cervical screening service from a GP federation from April 2027. The federation is not a GP practice and does not yet have a Caldicott Guardian of its own.

Could you advise:
- which Primary User form the federation should use; and
- who could sign it, given they have no Caldicott Guardian yet – would an ICB director be acceptable?

We are not submitting a request yet.

Kind regards

${icbSig("Ciara O'Donoghue", 'Primary Care Contracts Officer', '01632 960 884', ['South Locality'])}`;
    const m = message({
      from: { name: "O'DONOGHUE, Ciara (NHS SEVERN VALE ICB - 15Q)", email: 'ciara.odonoghue@nhs.net' }, to: TO,
      subject: 'Query - Open Exeter access for a new community screening service',
      date: '2026-12-04T14:16:48Z', client: 'nhsmail', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['question', 'icb', 'no_request'] } });
  }

  // 056 ---------------------------------------------------------------------------------------------
  {
    const slug = '056-cscsu-service-desk-auto-ack';
    const body = `This is an automated response. Please do not reply to this message.

Thank you for contacting the Central Shires CSU IT Service Desk. Your email has been logged as:

Incident: INC0851102
Short description: RE: PCSE-2026-005311 Open Exeter user - Whitstone Surgery
State: New
Assignment group: Service Desk

An analyst will review your email and contact you if needed. If your issue is urgent please call 0116 496 0900.

${CSCSU_FOOTER}`;
    const m = message({
      from: { name: 'Central Shires CSU IT Service Desk', email: 'cscsu.servicedesk@nhs.net' }, to: TO,
      subject: 'INC0851102 has been logged - RE: PCSE-2026-005311 Open Exeter user - Whitstone Surgery',
      date: '2026-12-04T15:30:02Z', client: 'servicenow', idSeed: slug,
      extra: [['Auto-Submitted', 'auto-generated'], ['Precedence', 'auto_reply'], ['X-Auto-Response-Suppress', 'All']],
      root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', ignored: 'auto_reply', org: null, fields: {}, traits: ['auto_reply', 'service_desk_ack', 'pcse_reference'] } });
  }

  // 057 ---------------------------------------------------------------------------------------------
  {
    const slug = '057-brightside-unlock-misdirected';
    const body = `Hello,

Ticket: BDG-12004

Our practice manager at Brightside Dental Wellingborough (V014382), Kamala Perera, has locked her PCSE Online account after too many password attempts. Please could you unlock it?

PCSE Online username: kamala.perera@nhs.net

Sorry if this is the wrong PCSE mailbox – it was the one saved in our contacts.

Thanks,
Priya Mistry
Compliance Coordinator
${BDG_FOOTER}`;
    const m = message({
      from: { name: 'Brightside Dental Compliance', email: 'compliance@brightsidedental.co.uk' }, to: TO,
      subject: '[#BDG-12004] PCSE Online account locked – Brightside Dental Wellingborough',
      date: '2026-12-04T16:05:37Z', client: 'freshdesk', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'account_unlock', org: org('V014382', 'dental_practice'),
      fields: { username: 'kamala.perera@nhs.net' },
      traits: ['misdirected', 'dental_group', 'helpdesk_ticket'],
    } });
  }

  return out;
}
