// portalenquiries: 28 emails from central teams.
import { gppCertFillable, gppCertFlat, gppCertScan, letterPdf, letterScan } from './docs.js';
import {
  alt, attachment, multipart, message, outlookQuoteHeader, person, org, text, html, toHtml,
  NHSMAIL_DISCLAIMER, PCSE, type Block, type Email,
} from './lib.js';
import { BDG_FOOTER, CSCSU_FOOTER, GREENFIELDS_DISCLAIMER, HPG_DISCLAIMER, clearviewSig, hpgSig, icbSig, keystoneSig, nhpSig, prpSig, tamesSig, vcmgSig } from './orgs.js';

const TO = [PCSE.portalenquiries];
const mb = 'portalenquiries' as const;

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------------------------------------
  {
    const slug = '001-nhp-gpp-cert-acroform';
    const pdf = await gppCertFillable({
      practiceName: 'Hollybank Medical Practice', practiceCode: 'M85034', practiceAddress: '22 Hollybank Road, Quarry Bank, Brierley Hill, DY5 2LT',
      nomineeName: 'Priya Chauhan', nomineeRole: 'Assistant Practice Manager', nomineeEmail: 'priya.chauhan4@nhs.net', nomineeTel: '01384 960 418',
      approverName: 'Dr Edward Ossai', approverPosition: 'GP Partner', approverEmail: 'edward.ossai@nhs.net', signed: true, date: '02/11/2026',
    }, slug, { title: 'GPP Practice User Administrator Certification', author: 'Gemma Rowbotham', creator: 'Adobe Acrobat Pro 2024', producer: 'Adobe PDF Library 24.2.159', date: '2026-11-02T16:40:00Z' });
    const blocks: Block[] = [
      'Dear PCSE Portal Enquiries team,',
      'Our ref: NHP-SR-2026-0419',
      'I am writing from the Northmoor Health Partnership central Workforce & Systems Team on behalf of Hollybank Medical Practice, one of the fourteen surgeries in the Partnership. Hollybank currently has no GPP Practice User Administrator following the retirement of their previous practice manager, and we would be grateful if you could set one up.',
      'Please find attached the completed GPP Practice User Administrator Certification Form. Part 2 has been completed and signed by Dr Edward Ossai, GP Partner, who is copied into this email.',
      'Site details for your records:',
      { table: [['Site', 'ODS code', 'Address', 'Telephone'], ['Hollybank Medical Practice', 'M85034', '22 Hollybank Road, Quarry Bank, Brierley Hill, DY5 2LT', '01384 960 418']], head: true },
      'Should you need to verify anything, please contact me on the number below rather than the practice, as the site team are not aware of the detail of this request.',
      'Kind regards,',
      nhpSig('Gemma Rowbotham', 'Systems & Access Administrator | Workforce & Systems Team', '0121 496 0214', ['M: 07700 900318 | E: gemma.rowbotham@nhs.net', 'Team mailbox: northmoor.systems@nhs.net', 'Working days: Mon–Thu']),
    ];
    const m = message({
      from: { name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }, to: TO,
      cc: [{ name: 'Ossai Edward (NORTHMOOR HEALTH PARTNERSHIP)', email: 'edward.ossai@nhs.net' }, { name: 'Northmoor Systems', email: 'northmoor.systems@nhs.net' }],
      subject: 'GPP Practice User Administrator certification - Hollybank Medical Practice (M85034) - Our ref NHP-SR-2026-0419',
      date: '2026-11-03T10:12:31Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [alt(blocks, slug), attachment('NHP-SR-2026-0419 Hollybank GPP UA certification.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('M85034', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Priya Chauhan', 'priya.chauhan4@nhs.net'), approver: { ...person('Edward Ossai', 'edward.ossai@nhs.net'), role: 'GP Partner' } },
      traits: ['pdf_acroform', 'central_team', 'site_table', 'approver_cc', 'own_reference', 'long_signature'],
    } });
  }

  // 002 ---------------------------------------------------------------------------------------------
  {
    const slug = '002-keystone-gpp-cert-flat';
    const pdf = await gppCertFlat({
      practiceName: 'Ashgrove Surgery', practiceCode: 'K81044', practiceAddress: '3 Ashgrove Lane, Bracknell, RG12 9PL',
      nomineeName: 'Lorraine Ebdon', nomineeRole: 'Practice Manager', nomineeEmail: 'lorraine.ebdon@nhs.net', nomineeTel: '0118 496 0391',
      approverName: 'Dr Hamish Carruthers', approverPosition: 'Senior Partner', approverEmail: 'hamish.carruthers@nhs.net', signed: true, date: '03/11/2026',
    }, slug, { title: 'GPP UA Certification - Ashgrove Surgery', author: 'flatchford', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-03T15:02:00Z' });
    const body = `Good afternoon,

Keystone Practice Services provide practice management support to Ashgrove Surgery under contract. On behalf of the partners I attach the GP Payments and Pensions Practice User Administrator Certification form nominating Lorraine Ebdon, the surgery's Practice Manager, as GPP Practice User Administrator. The form has been completed and signed by the Senior Partner, Dr Hamish Carruthers.

The practice details are:
Practice: Ashgrove Surgery
ODS code: K81044
Address: Ashgrove Surgery, 3 Ashgrove Lane, Bracknell, RG12 9PL

Please reply to me and to the practice at ashgrove.surgery@nhs.net.

Our case reference is KPS-CASE-20417.

Regards

${keystoneSig('Fiona Latchford', 'Client Services Manager', '0118 496 0772')}`;
    const m = message({
      from: { name: 'Fiona Latchford', email: 'fiona.latchford@keystoneps.co.uk' }, to: TO,
      subject: 'Ashgrove Surgery K81044 – GPP user admin nomination [KPS-CASE-20417]',
      date: '2026-11-04T14:37:05Z', client: 'exchange', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body], 'Arial'))], slug), attachment('Ashgrove GPP UA form signed.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('K81044', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Lorraine Ebdon', 'lorraine.ebdon@nhs.net'), approver: { ...person('Hamish Carruthers', 'hamish.carruthers@nhs.net'), role: 'Senior Partner' } },
      traits: ['pdf_flat', 'management_company', 'non_nhs_sender', 'own_reference', 'legal_disclaimer'],
    } });
  }

  // 003 ---------------------------------------------------------------------------------------------
  {
    const slug = '003-vcmg-gpp-cert-scan';
    const pdf = await gppCertScan({
      practiceName: 'Ferndown Road Surgery', practiceCode: 'J82139', practiceAddress: '118 Ferndown Road, Ferndown, BH22 8QT',
      nomineeName: 'Tomasz Wilk', nomineeRole: 'Finance & Payroll Lead', nomineeEmail: 'tomasz.wilk@nhs.net', nomineeTel: '01632 960 452',
      approverName: 'Dr Amira Haddad', approverPosition: 'GP Partner', approverEmail: 'amira.haddad1@nhs.net', signed: true, date: '04/11/2026',
    }, slug, { title: 'SCAN0042', creator: 'RICOH IM C3000', producer: 'RICOH IM C3000', date: '2026-11-04T16:21:09Z' }, { seed: slug, skewDeg: 1.1, dx: 9, dy: -6, quality: 68 });
    const body = `Hello,

Please see attached scanned GPP Practice User Administrator Certification for Ferndown Road Surgery (J82139). The form was printed, signed by Dr Amira Haddad (GP Partner) and scanned at the site, so apologies for the quality.

Nominee: Tomasz Wilk, Finance & Payroll Lead (group-employed, based at Ferndown Road three days a week).

This is one of three GPP nominations we will be sending this month as we centralise payroll; Kingsmere Medical Centre (J82113) and Wimborne Road Surgery (J82126) will follow under separate cover once their forms are signed.

Our ref: VCMG-OPS-2611-041

Many thanks,
Marta

${vcmgSig('Marta Nowicka', 'Group Operations Coordinator', '01632 960 451')}`;
    const m = message({
      from: { name: 'VALE & COAST MEDICAL GROUP, Group Operations (NHS DORSET ICB - 11J)', email: 'vcmg.groupoperations@nhs.net' }, to: TO,
      subject: 'GPP Practice User Admin form – Ferndown Road Surgery J82139 (VCMG-OPS-2611-041)',
      date: '2026-11-05T08:51:44Z', client: 'nhsmail', idSeed: slug,
      extra: [['Sender', '"Nowicka Marta (VALE & COAST MEDICAL GROUP)" <marta.nowicka@nhs.net>']],
      root: multipart('mixed', [text(body), attachment('SCAN0042.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('J82139', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Tomasz Wilk', 'tomasz.wilk@nhs.net'), approver: { ...person('Amira Haddad', 'amira.haddad1@nhs.net'), role: 'GP Partner' } },
      traits: ['pdf_scan', 'shared_mailbox', 'send_on_behalf', 'other_sites_mentioned', 'values_only_in_scan'],
    } });
  }

  // 004 ---------------------------------------------------------------------------------------------
  {
    const slug = '004-prp-pl-admin-forwarded-approval';
    const quoted = `${outlookQuoteHeader({ from: { name: 'Pickersgill Janet (PENNINE RISE PARTNERSHIP)', email: 'janet.pickersgill@nhs.net' }, sent: '2026-11-05T17:44:00Z', to: [{ name: 'Kershaw Daniel (PENNINE RISE PARTNERSHIP)', email: 'daniel.kershaw3@nhs.net' }], subject: 'RE: PL admin for Brookfold' })}

Dan,

Yes – as Registered Manager I'm happy to approve Kirsty as PL Organisation Administrator for Brookfold. Please send to PCSE.

Janet

Janet Pickersgill
Director of Operations
Pennine Rise Partnership

${outlookQuoteHeader({ from: { name: 'Kershaw Daniel (PENNINE RISE PARTNERSHIP)', email: 'daniel.kershaw3@nhs.net' }, sent: '2026-11-05T11:02:00Z', to: [{ name: 'Pickersgill Janet (PENNINE RISE PARTNERSHIP)', email: 'janet.pickersgill@nhs.net' }], subject: 'PL admin for Brookfold' })}

Hi Janet,

Brookfold still has nobody with the PL Organisation Administrator role since Paul left, so approvals for GPs joining are stuck. Kirsty has offered to take it on. PCSE need the CQC Registered Manager's OK – are you happy for me to put her forward?

Thanks
Dan`;
    const blocks: Block[] = [
      'Good morning,',
      'Reference: PRP/BS/2026/1182',
      'Pennine Rise Partnership\'s Business Support Hub handles PCSE Online access for our three practices. Brookfold Surgery has no PL Organisation Administrator at present and I would like to request the role for:',
      'Name: Kirsty Oldroyd\nJob title: Practice Operations Manager, Brookfold Surgery\nEmail: kirsty.oldroyd@nhs.net',
      'Practice: Brookfold Surgery, ODS P87615, Brookfold Lane, Halifax HX3 7JT.',
      'Janet Pickersgill, the CQC Registered Manager for the partnership, has approved this – her approval is below.',
      'Thanks,\nDan',
      prpSig('Daniel Kershaw', 'Business Support Officer', '0113 496 0583'),
      { quote: quoted },
    ];
    const m = message({
      from: { name: 'Kershaw Daniel (PENNINE RISE PARTNERSHIP)', email: 'daniel.kershaw3@nhs.net' }, to: TO,
      subject: 'PL Organisation Administrator request – Brookfold Surgery P87615 [PRP/BS/2026/1182]',
      date: '2026-11-06T11:20:12Z', client: 'nhsmail', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('P87615', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Kirsty Oldroyd', 'kirsty.oldroyd@nhs.net'), approver: { ...person('Janet Pickersgill', 'janet.pickersgill@nhs.net'), role: 'CQC Registered Manager' } },
      traits: ['forwarded_approval', 'thread_below', 'central_team', 'own_reference'],
    } });
  }

  // 005 ---------------------------------------------------------------------------------------------
  {
    const slug = '005-cscsu-pl-admin-ticket';
    const rowsT = [
      ['Practice name', 'St Kea Medical Centre'], ['Practice ODS code', 'C82091'], ['Nominee name', 'Daniel Penrose'], ['Nominee role', 'Practice Manager'],
      ['Nominee email', 'daniel.penrose@nhs.net'], ['Authorised by', 'Dr Lowenna Tregear – CQC Registered Manager (lowenna.tregear@nhs.net)'],
    ];
    const htmlBody = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<div style="background:#005EB8;color:#ffffff;padding:8px 12px;font-size:13pt"><b>Central Shires Commissioning Support Unit – IT Service Desk</b></div>
<p><b>Request for third-party action</b></p>
<table style="font-size:10pt" cellpadding="2">
<tr><td>Request item:</td><td><b>RITM0051877</b></td></tr>
<tr><td>Parent request:</td><td>REQ0049302</td></tr>
<tr><td>Opened:</td><td>06/11/2026 15:22</td></tr>
<tr><td>Requested for:</td><td>St Kea Medical Centre (C82091)</td></tr>
<tr><td>Assignment group:</td><td>CSCSU Primary Care Digital – Access</td></tr>
</table>
<p>Dear PCSE,</p>
<p>The practice below has asked us, as their IT provider, to arrange PCSE Online access for a new Performers List Organisation Administrator. Details supplied by the practice:</p>
<table border="1" style="border-collapse:collapse;font-size:10pt" cellpadding="4">
${rowsT.map(([k, v]) => `<tr><td style="background:#E8EDEE"><b>${k}</b></td><td>${v!.replace(/&/g, '&amp;').replace(/([a-z.]+@nhs\.net)/, '<a href="mailto:$1">$1</a>')}</td></tr>`).join('\n')}
</table>
<p>The practice has confirmed they currently have one PL Organisation Administrator (the GP lead) and want to add a second.</p>
<p>Please reply to this email keeping the reference RITM0051877 in the subject line so your response is attached to the ticket.</p>
<p>Kind regards,<br>Primary Care Digital – Access Team</p>
<p style="color:#425563;font-size:8pt">${CSCSU_FOOTER.replace(/\n/g, '<br>')}</p>
<p style="color:#ffffff;font-size:1pt">Ref:MSG4477120</p>
</body></html>`;
    const m = message({
      from: { name: 'Central Shires CSU IT Service Desk', email: 'cscsu.servicedesk@nhs.net' }, to: TO,
      subject: 'RITM0051877 - PCSE Online - Performers List Organisation Administrator - St Kea Medical Centre',
      date: '2026-11-09T09:03:58Z', client: 'servicenow', idSeed: slug, root: html(htmlBody),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('C82091', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Daniel Penrose', 'daniel.penrose@nhs.net'), approver: { ...person('Lowenna Tregear', 'lowenna.tregear@nhs.net'), role: 'CQC Registered Manager' } },
      traits: ['it_service_desk', 'html_only', 'ticket_template', 'label_value_table'],
    } });
  }

  // 006 ---------------------------------------------------------------------------------------------
  {
    const slug = '006-clearview-opto-admin';
    const blocks: Block[] = [
      'Dear PCSE,',
      'Clearview Opticians Ltd – request to set up an Ophthalmic Payments user administrator\nOur reference: CV-PS-00788',
      'We are the central support office for Clearview Opticians (nine practices across Leicestershire and Rutland). Our Market Harborough practice has had no one with the User Management (Organisation) role for Ophthalmic Payments since the previous practice manager left in October.',
      'Please set up the following colleague:\nName: Bethany Sowerby\nRole: Practice Manager, Market Harborough\nEmail: bethany.sowerby@clearviewopticians.co.uk',
      'Practice details',
      { table: [['Practice', 'ODS code', 'Address', 'Phone'], ['Clearview Opticians – Market Harborough', 'TPK21', '18 High Street, Market Harborough, LE16 7NJ', '01632 960 127']], head: true },
      'Rajinder Bains, contract holder for all of our practices, is copied in and confirms that he nominates Bethany for this role.',
      'Kind regards',
      clearviewSig('Ruth Aldous', 'Practice Support Administrator'),
    ];
    const m = message({
      from: { name: 'Support Office – Clearview Opticians', email: 'support.office@clearviewopticians.co.uk' }, to: TO,
      cc: [{ name: 'Rajinder Bains', email: 'rajinder.bains@clearviewopticians.co.uk' }],
      subject: 'OPTO User Management (Organisation) - Clearview Opticians Market Harborough TPK21 - ref CV-PS-00788',
      date: '2026-11-10T13:15:20Z', client: 'exchange', idSeed: slug, root: alt(blocks, slug, 'Verdana'),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('TPK21', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Bethany Sowerby', 'bethany.sowerby@clearviewopticians.co.uk'), approver: { ...person('Rajinder Bains', 'rajinder.bains@clearviewopticians.co.uk'), role: 'Contract holder' } },
      traits: ['optical_chain', 'shared_mailbox', 'approver_cc', 'site_table', 'non_nhs_sender'],
    } });
  }

  // 007 ---------------------------------------------------------------------------------------------
  {
    const slug = '007-lumen-opto-fifth-admin';
    const blocks: Block[] = [
      'Hi,',
      'I look after operations for Lumen Eyecare\'s West Yorkshire practices from our head office in Leeds. Could you please add an additional Opto User Management (Organisation) user for our Ilkley practice (TPC44) to cover the Christmas and New Year period, when two of the current admins are on extended leave.',
      'Current OPTO user admins at TPC44 (from the User Management screen this morning):',
      { table: [['Name', 'Email', 'Role at practice'], ['Gareth Lumb', 'gareth.lumb@nhs.net', 'Optometrist (contract holder)'], ['Amelia Shaw', 'amelia.shaw@lumeneyecare.co.uk', 'Practice Manager'], ['Jonathan Pryce', 'jonathan.pryce@lumeneyecare.co.uk', 'Optometrist'], ['Nisha Kotecha', 'nisha.kotecha@lumeneyecare.co.uk', 'Senior Optical Assistant']], head: true },
      'New admin required:\nHarriet Mossop – Dispensing Optician – harriet.mossop@lumeneyecare.co.uk',
      'Gareth\'s approval is below.',
      'Thanks\nSimon',
      'Simon Naylor\nRegional Operations Manager – West Yorkshire\nLumen Eyecare Ltd, Head Office, 5 Wellington Place, Leeds LS1 4AP\nt: 0113 496 0617  m: 07700 900 542\nLumen Eyecare Ltd, registered in England no. 09917265. Confidential: if this email is not meant for you, please delete it and let us know.',
      { quote: `-----Original Message-----
From: Gareth Lumb <gareth.lumb@nhs.net>
Sent: 11 November 2026 14:02
To: Simon Naylor <simon.naylor@lumeneyecare.co.uk>
Subject: Re: Ilkley cover over Xmas

Simon - fine by me, please ask PCSE to add Harriet as an OPTO admin for Ilkley. I'm the contract holder so you can quote me.
Gareth

Sent from my iPhone` },
    ];
    const m = message({
      from: { name: 'Naylor, Simon', email: 'simon.naylor@lumeneyecare.co.uk' }, to: TO,
      subject: 'Additional Opto User Management (Organisation) admin – Lumen Eyecare Ilkley (TPC44)',
      date: '2026-11-11T15:48:02Z', client: 'exchange', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('TPC44', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Harriet Mossop', 'harriet.mossop@lumeneyecare.co.uk'), approver: { ...person('Gareth Lumb', 'gareth.lumb@nhs.net'), role: 'Contract holder' } },
      mustRaise: ['admin_limit_reached'],
      traits: ['optical_chain', 'admin_table', 'forwarded_approval', 'fifth_admin', 'many_addresses'],
    } });
  }

  // 008 ---------------------------------------------------------------------------------------------
  {
    const slug = '008-icb-pcn-admin-letter';
    const pdf = await letterPdf(
      { org: 'NHS Severn Vale Integrated Care Board', strap: 'Primary Care Commissioning Team', lines: ['Alexandra House', '12 Kingsholm Road', 'Gloucester GL1 3AX', 'Tel: 01632 960 880', 'svicb.primarycare@nhs.net'], colour: 0.3 },
      {
        ref: 'PCC/RN/2026/071', date: '11 November 2026', to: ['Primary Care Support England', 'PCSE Online User Management', 'By email: pcse.portalenquiries@nhs.net'],
        salutation: 'Dear PCSE colleagues,', heading: 'Re: Nomination of a PCN User Administrator – Riverside North PCN (ODS U47821)',
        paras: [
          'Riverside North Primary Care Network does not currently have a PCN user administrator in PCSE Online. At the request of the PCN Clinical Director, the ICB approves the nomination of the following person for the PCN user administrator role:',
          { table: [['', 'Details'], ['PCN', 'Riverside North PCN'], ['PCN ODS code', 'U47821'], ['Nominee', 'Marcus Adeyemi-Jones'], ['Job title', 'PCN Digital & Transformation Lead'], ['Email', 'marcus.adeyemi-jones@nhs.net']], widths: [140, 300] },
          'I confirm that I am an approver for NHS Severn Vale ICB on the NHS England Authorised Email List, and that this request is sent from my listed address.',
          'Please contact me if you need anything further.',
        ],
        closing: 'Yours sincerely,', signer: 'Claire Whitmarsh', signerLines: ['Senior Primary Care Manager', 'NHS Severn Vale Integrated Care Board'], signed: true,
        footer: 'NHS Severn Vale Integrated Care Board. Chair: Prof. Alan Ridley. Chief Executive: Sarah Onions. We are committed to protecting your information: see our privacy notice on our website.',
      }, slug, { title: 'ICB approval - PCN user admin - Riverside North PCN', author: 'WHITMARSH, Claire', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-11T16:10:00Z' });
    const body = `Dear colleagues,

Please find attached a letter on behalf of NHS Severn Vale Integrated Care Board approving the nomination of a PCN user administrator for Riverside North PCN (U47821). The PCN does not currently have a PCN user admin on PCSE Online.

Nominee: Marcus Adeyemi-Jones, PCN Digital & Transformation Lead – marcus.adeyemi-jones@nhs.net

I am an ICB approver on the NHSE Authorised Email List and this request is sent from my listed address.

The PCN's shared mailbox is copied in for information.

Kind regards

${icbSig('Claire Whitmarsh', 'Senior Primary Care Manager', '01632 960 880', ['North Locality | Primary Care Commissioning Team'])}`;
    const m = message({
      from: { name: 'WHITMARSH, Claire (NHS SEVERN VALE ICB - 15Q)', email: 'claire.whitmarsh@nhs.net' }, to: TO,
      cc: [{ name: 'RIVERSIDE NORTH PCN (NHS SEVERN VALE ICB - 15Q)', email: 'riversidenorth.pcn@nhs.net' }],
      subject: 'PCN User Administrator – Riverside North PCN (U47821) – ICB approval attached',
      date: '2026-11-12T10:05:47Z', client: 'nhsmail', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body]))], slug), attachment('Riverside North PCN - PCN user admin - ICB approval letter.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('U47821', 'pcn'),
      fields: { service: 'PCN', nominee: person('Marcus Adeyemi-Jones', 'marcus.adeyemi-jones@nhs.net'), approver: { ...person('Claire Whitmarsh', 'claire.whitmarsh@nhs.net'), role: 'Senior Primary Care Manager' } },
      traits: ['icb_on_behalf', 'letter_pdf', 'headed_paper', 'hyphenated_name', 'ael_confirmed'],
    } });
  }

  // 009 ---------------------------------------------------------------------------------------------
  {
    const slug = '009-federation-pcn-admin-cd-approval';
    const body = `Hi PCSE team,

Tamesbridge GP Federation provides back-office admin for Five Towns PCN. The PCN has no PCN user admin on PCSE Online and would like one set up:

PCN: Five Towns PCN
PCN ODS code: U63019
Nominee: Leanne Fairclough (PCN Operations Manager)
Email: leanne.fairclough1@nhs.net

We know this normally needs to be approved by the ICB, but our ICB contact is on long-term leave and nobody else there has been able to pick it up. Dr Sunil Raghavan, the PCN Clinical Director, has approved the nomination instead and is cc'd – hopefully that is sufficient.

Many thanks
Hollie

${tamesSig('Hollie Brereton', 'Federation Administrator')}`;
    const m = message({
      from: { name: 'Tamesbridge GP Federation - Central Admin', email: 'tamesbridge.federation@nhs.net' }, to: TO,
      cc: [{ name: 'RAGHAVAN, Sunil (FIVE TOWNS PCN)', email: 'sunil.raghavan@nhs.net' }],
      subject: 'PCN user admin request - Five Towns PCN U63019',
      date: '2026-11-13T12:30:09Z', client: 'nhsmail', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('U63019', 'pcn'),
      fields: { service: 'PCN', nominee: person('Leanne Fairclough', 'leanne.fairclough1@nhs.net'), approver: { ...person('Sunil Raghavan', 'sunil.raghavan@nhs.net'), role: 'PCN Clinical Director' } },
      mustRaise: ['approver_not_on_ael'],
      traits: ['federation', 'shared_mailbox', 'approver_cc', 'approver_not_icb', 'plain_text'],
    } });
  }

  // 010 ---------------------------------------------------------------------------------------------
  {
    const slug = '010-greenfields-opto-admin-pharmacy-code';
    const body = `Dear Sir/Madam,

Greenfields Health operates combined pharmacy and optical stores across North Yorkshire. I am writing from our Professional Services team to request the Ophthalmic Payments user administrator role (OPTO Organisation User Administration) for the optical practice in our Harrogate store:

Optical practice: Greenfields Opticians Harrogate
ODS code: FK417
Address: Unit 3, Victoria Gardens, Harrogate HG1 1AE

Nominee: Ewa Kaczmarek, Optical Store Manager, ewa.kaczmarek@greenfields-health.co.uk

Alistair Venn (Contract Holder) approves this nomination and is copied in.

Yours faithfully

Daniel Okafor
Professional Services Manager
Greenfields Health Ltd (Greenfields Pharmacy & Opticians)
Greenfields House, Clifton Moor Gate, York YO30 4XE
Tel 01632 960 233 | Mob 07700 900 861

${GREENFIELDS_DISCLAIMER}`;
    const m = message({
      from: { name: 'Daniel Okafor', email: 'daniel.okafor@greenfields-health.co.uk' }, to: TO,
      cc: [{ name: 'Alistair Venn', email: 'alistair.venn@greenfields-health.co.uk' }],
      subject: 'Request - OPTO admin role - Greenfields Opticians Harrogate',
      date: '2026-11-16T09:40:33Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Arial'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'user_admin_nomination', org: org('FK417', 'pharmacy'),
      fields: { service: 'OPTO', nominee: person('Ewa Kaczmarek', 'ewa.kaczmarek@greenfields-health.co.uk'), approver: { ...person('Alistair Venn', 'alistair.venn@greenfields-health.co.uk'), role: 'Contract Holder' } },
      mustRaise: ['ods_type_mismatch'],
      traits: ['pharmacy_and_optical_group', 'code_of_other_business', 'approver_cc', 'non_nhs_sender'],
    } });
  }

  // 011 ---------------------------------------------------------------------------------------------
  {
    const slug = '011-halewood-main-contact-letter-scan';
    const pdf = await letterScan(
      { org: 'Halewood Pharmacy Group', strap: 'Caring for our communities since 1968', lines: ['Halewood House', '7 Speke Boulevard', 'Liverpool L24 9HZ', 'Tel: 0151 496 0700', 'www.halewoodpharmacy.co.uk'], colour: 0.2 },
      {
        ref: 'HPG-REG-0934', date: '16 November 2026', to: ['Primary Care Support England', 'pcse.portalenquiries@nhs.net'],
        salutation: 'Dear Sir or Madam,', heading: 'Re: Change of Main Contact – Halewood Pharmacy, Bridge Street (ODS FH214)',
        paras: [
          'I write to ask that the PCSE Online Main Contact for the above pharmacy be changed to Nadia Qureshi, Pharmacy Manager, with effect from today. Her email address is nadia.qureshi3@nhs.net.',
          'The previous Main Contact, Paul Renshaw, has left the company and should no longer hold the role.',
          'Please direct any queries to our Registration & Contracts team at registrations@halewoodpharmacy.co.uk or on 0151 496 0745.',
        ],
        closing: 'Yours faithfully,', signer: 'Michael Sefton', signerLines: ['Superintendent Pharmacist', 'GPhC 2049183'], signed: true, font: 'serif',
        footer: 'Halewood Pharmacy Group Ltd. Registered in England No. 02275190. Registered Office: Halewood House, 7 Speke Boulevard, Liverpool L24 9HZ.',
      }, slug, { title: 'Scanned Document', creator: 'Canon iR-ADV C5840', producer: 'Canon iR-ADV C5840 PDF', date: '2026-11-16T14:08:51Z' }, { seed: slug, skewDeg: -0.8, dx: -5, dy: 12, quality: 72, grey: true });
    const body = `Good morning,

Please find attached a signed letter from our Superintendent Pharmacist regarding a change of main contact for one of our branches.

Branch: Halewood Pharmacy - Bridge Street
ODS: FH214
New main contact: Nadia Qureshi (Pharmacy Manager) – nadia.qureshi3@nhs.net

The outgoing main contact, Paul Renshaw, left the company on 30 October and his nhs.net account is no longer monitored.

Kind regards,

${hpgSig('Joanne Critchley', 'Registration & Contracts Officer', '0151 496 0745', 'registrations@halewoodpharmacy.co.uk')}`;
    const m = message({
      from: { name: 'Registrations - Halewood Pharmacy Group', email: 'registrations@halewoodpharmacy.co.uk' }, to: TO,
      subject: 'Change of Main Contact - Halewood Pharmacy Bridge Street (FH214) - HPG-REG-0934',
      date: '2026-11-17T11:02:14Z', client: 'exchange', idSeed: slug,
      root: multipart('mixed', [multipart('alternative', [text(body), html(toHtml([body]))], slug), attachment('HPG-REG-0934 signed letter.pdf', 'application/pdf', pdf)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_change', org: org('FH214', 'pharmacy'),
      fields: { newMainContact: person('Nadia Qureshi', 'nadia.qureshi3@nhs.net') },
      traits: ['pharmacy_chain', 'letter_scan', 'headed_paper', 'outgoing_contact_named', 'non_nhs_sender'],
    } });
  }

  // 012 ---------------------------------------------------------------------------------------------
  {
    const slug = '012-brightside-main-contact-ticket';
    const body = `Hello PCSE team,

Ticket: BDG-11872
Practice: Brightside Dental Kettering
NHS contract / ODS code: V021907
Request: change of PCSE Online Main Contact (Supplies)

Current main contact: Angela Brookes (left the practice)
New main contact: Oluwaseun Bakare, Practice Manager
Email: oluwaseun.bakare@nhs.net
Direct line: 01632 960 310

Approved by Helen Treadwell, Area Operations Manager (cc'd).

Please reply to this email so your response is added to our ticket.

Thanks,
Priya Mistry
Compliance Coordinator
${BDG_FOOTER}`;
    const htmlBody = `<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">${body.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/\n/g, '<br>')}</p>`).join('\n')}</div>
<div style="color:#999;font-size:11px">[#BDG-11872] This email was sent from our helpdesk. Please do not remove the ticket number from the subject.</div>`;
    const m = message({
      from: { name: 'Brightside Dental Compliance', email: 'compliance@brightsidedental.co.uk' }, to: TO,
      cc: [{ name: 'Helen Treadwell', email: 'helen.treadwell@brightsidedental.co.uk' }],
      subject: '[#BDG-11872] Main contact change – Brightside Dental Kettering V021907',
      date: '2026-11-18T16:10:27Z', client: 'freshdesk', idSeed: slug,
      root: multipart('alternative', [text(body), html(htmlBody)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_change', org: org('V021907', 'dental_practice'),
      fields: { newMainContact: person('Oluwaseun Bakare', 'oluwaseun.bakare@nhs.net') },
      traits: ['dental_group', 'helpdesk_ticket', 'outgoing_contact_named', 'approver_cc'],
    } });
  }

  // 013 ---------------------------------------------------------------------------------------------
  {
    const slug = '013-nhp-main-contact-site-table';
    const blocks: Block[] = [
      'Hi,',
      'As part of a review of PCSE Online supplies access across the Partnership, we have found that one of our surgeries needs its main contact changing. Please could you update the main contact for Old Hill Health Centre as below. The other two surgeries in the same review are shown for completeness only – no change is needed for them.',
      { table: [
        ['Surgery', 'ODS', 'Current main contact', 'New main contact', 'New main contact email'],
        ['Cradley Lane Surgery', 'M85021', 'Hayley Brettell', 'No change', '–'],
        ['Old Hill Health Centre', 'M85047', 'Stuart Beddow (left)', 'Rebecca Hatton', 'rebecca.hatton@nhs.net'],
        ['Hollybank Medical Practice', 'M85034', 'Priya Chauhan', 'No change', '–'],
      ], head: true },
      'Rebecca is the Reception & Administration Manager at Old Hill.',
      'Thanks, Lee',
      nhpSig('Lee Hickman', 'Estates & Supplies Coordinator', '0121 496 0226'),
    ];
    const m = message({
      from: { name: 'Hickman Lee (NORTHMOOR HEALTH PARTNERSHIP)', email: 'lee.hickman@nhs.net' }, to: TO,
      subject: 'Main contact - Old Hill Health Centre M85047',
      date: '2026-11-19T10:25:40Z', client: 'nhsmail', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_change', org: org('M85047', 'gp_practice'),
      fields: { newMainContact: person('Rebecca Hatton', 'rebecca.hatton@nhs.net') },
      traits: ['site_table', 'other_sites_mentioned', 'central_team', 'one_row_of_several'],
    } });
  }

  // 014 ---------------------------------------------------------------------------------------------
  {
    const slug = '014-icb-main-contact-on-behalf';
    const body = `Good afternoon,

I am contacting you on behalf of The Limes Surgery (L84077), a single-handed practice in our South locality. The practice manager has left at short notice and the practice has nobody with the Main Contact role, so they are unable to order supplies. Dr Kwame Asante (the contract holder) has asked the ICB to make this request for them as the practice's shared nhs.net mailbox is not being monitored at present.

Please set up the following person as Main Contact:

Sharon Pilling – Senior Receptionist / Acting Practice Manager
sharon.pilling@nhs.net

Practice address: The Limes Surgery, 40 Church Road, Tewkesbury, GL20 5SA

If you need to verify this, Dr Asante can be reached on 01632 960 577.

Kind regards

${icbSig("Ciara O'Donoghue", 'Primary Care Contracts Officer', '01632 960 884', ['South Locality'])}`;
    const m = message({
      from: { name: "O'DONOGHUE, Ciara (NHS SEVERN VALE ICB - 15Q)", email: 'ciara.odonoghue@nhs.net' }, to: TO,
      subject: 'Main Contact change request on behalf of The Limes Surgery (L84077)',
      date: '2026-11-20T14:55:03Z', client: 'nhsmail', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'main_contact_change', org: org('L84077', 'gp_practice'),
      fields: { newMainContact: person('Sharon Pilling', 'sharon.pilling@nhs.net') },
      traits: ['icb_on_behalf', 'apostrophe_name', 'no_current_contact'],
    } });
  }

  // 015 ---------------------------------------------------------------------------------------------
  {
    const slug = '015-vcmg-gp-verification-link-own';
    const body = `Hello

I joined Vale & Coast Medical Group as a salaried GP in September (working mainly at Ferndown Road Surgery, J82139) and have never received the PCSE Online verification email. My GMC registered email is this one, farhan.siddiqui@nhs.net, and my GMC number is 7218845.

Could you send a new link please?

Thanks
Farhan

Dr Farhan Siddiqui MBBS MRCGP
Salaried GP
Vale & Coast Medical Group
Group Office: 3rd Floor, Quay House, 14 Harbour Parade, Poole BH15 1HJ | 01632 960 450
Ferndown Road Surgery: 118 Ferndown Road, Ferndown BH22 8QT | 01632 960 452

Get Outlook for iOS`;
    const m = message({
      from: { name: 'Siddiqui Farhan (VALE & COAST MEDICAL GROUP)', email: 'farhan.siddiqui@nhs.net' }, to: TO,
      subject: 'New verification link please - PCSE Online',
      date: '2026-11-23T07:48:19Z', client: 'outlook-ios', idSeed: slug,
      root: multipart('alternative', [text(body), html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">${body.split('\n').map((l) => (l ? l.replace(/&/g, '&amp;') : '<br>')).join('<br>\n')}</div></body></html>`)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'verification_link_resend', org: org('J82139', 'gp_practice'),
      fields: { accountEmail: 'farhan.siddiqui@nhs.net', gmcNumber: '7218845' },
      traits: ['gp_own_request', 'mobile_client', 'two_addresses_in_signature'],
    } });
  }

  // 016 ---------------------------------------------------------------------------------------------
  {
    const slug = '016-prp-hr-verification-link-for-partner';
    const body = `Dear PCSE,

Dr Imogen Stancliffe joined Pennine Rise Partnership as a GP Partner on 2 November (based at Brookfold Surgery, P87615). She has not received her PCSE Online verification link and we would like to get her set up before the next pensions deadline.

Her details:
Name: Dr Imogen Stancliffe
GMC number: 7104432
GMC registered email address: imogen.stancliffe@nhs.net

Please send the verification link to her email address above. We handle onboarding centrally for our partners, so please reply to this team mailbox.

Kind regards

Sam Greenwood
HR Advisor – Workforce Team
Pennine Rise Partnership
Calder House, 2 Wharf Street, Sowerby Bridge HX6 2AF
0113 496 0540

${NHSMAIL_DISCLAIMER}`;
    const m = message({
      from: { name: 'Pennine Rise Partnership - HR & Workforce', email: 'prp.workforce@nhs.net' }, to: TO,
      subject: 'Verification link for new GP Partner – Dr Imogen Stancliffe',
      date: '2026-11-24T09:30:51Z', client: 'nhsmail', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'verification_link_resend', org: org('P87615', 'gp_practice'),
      fields: { accountEmail: 'imogen.stancliffe@nhs.net', gmcNumber: '7104432' },
      mustRaise: ['not_own_account'],
      traits: ['hr_team', 'shared_mailbox', 'on_behalf_of_gp'],
    } });
  }

  // 017 ---------------------------------------------------------------------------------------------
  {
    const slug = '017-cscsu-unlock-incident';
    const body = `Incident: INC0849213
Caller: Julie Morcombe
Location: Whitstone Surgery (C82088)
Category: Third party application > PCSE Online
Priority: 3 - Moderate

Short description: PCSE Online account locked after too many password attempts

Description:
User reports that her PCSE Online account has been locked after entering the wrong password five times. She has tried 'Forgotten your login details' but gets a message saying the account is locked. As PCSE Online is not managed by the CSU we are passing this to you to unlock.

PCSE Online username: julie.morcombe@nhs.net
User's role: Practice Administrator (Joiner & Leaver)

Please update us by replying to this email without changing the subject line.

${CSCSU_FOOTER}`;
    const m = message({
      from: { name: 'Central Shires CSU IT Service Desk', email: 'cscsu.servicedesk@nhs.net' }, to: TO,
      subject: 'INC0849213 - PCSE Online account locked - Whitstone Surgery (C82088)',
      date: '2026-11-24T13:12:06Z', client: 'servicenow', idSeed: slug,
      root: multipart('alternative', [text(body), html(`<html><body style="font-family:Arial;font-size:10pt">${body.split('\n').map((l) => l.replace(/&/g, '&amp;').replace(/>/g, '&gt;')).join('<br>\n')}</body></html>`)], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'account_unlock', org: org('C82088', 'gp_practice'),
      fields: { username: 'julie.morcombe@nhs.net' },
      traits: ['it_service_desk', 'ticket_template', 'third_party_request'],
    } });
  }

  // 018 ---------------------------------------------------------------------------------------------
  {
    const slug = '018-halewood-unlock-non-email-username';
    const body = `Hi PCSE,

One of our dispensers at Halewood Pharmacy - Kirkby Row (FK903) has locked her PCSE Online account (too many wrong passwords). She doesn't have an nhs.net address, so the branch user admin set her up with a non-email user name:

User name: amyturner@halewoodkirkbyrow
Name: Amy Turner, Dispenser

Could you unlock it please? Our branch admin can't reset it while it's locked.

Our ticket: HPG-IT-55102

Thanks,
Ben Lowry
IT Support Analyst, Halewood Pharmacy Group
0151 496 0761 | itsupport@halewoodpharmacy.co.uk
Halewood House, 7 Speke Boulevard, Liverpool L24 9HZ

${HPG_DISCLAIMER}`;
    const m = message({
      from: { name: 'Halewood Pharmacy Group - IT Support', email: 'itsupport@halewoodpharmacy.co.uk' }, to: TO,
      subject: 'Locked PCSE account - Kirkby Row branch FK903 - ticket HPG-IT-55102',
      date: '2026-11-25T10:44:37Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Segoe UI'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'account_unlock', org: org('FK903', 'pharmacy'),
      fields: { username: 'amyturner@halewoodkirkbyrow' },
      traits: ['pharmacy_chain', 'non_email_username', 'it_team', 'non_nhs_sender'],
    } });
  }

  // 019 ---------------------------------------------------------------------------------------------
  {
    const slug = '019-brightside-reactivate-main-contact';
    const body = `Hello,

Ticket: BDG-11931

Suzanne McGill is the Main Contact for Brightside Dental Corby (ODS V044519). Her PCSE Online account has been deactivated because she had not logged in for several months (she has been on maternity leave and returned this week). As she holds the Main Contact role we understand only PCSE can reactivate it.

Username: suzanne.mcgill@nhs.net

Please could you reactivate the account and reply to this email so the ticket is updated.

Thanks,
Priya Mistry
Compliance Coordinator
${BDG_FOOTER}`;
    const m = message({
      from: { name: 'Brightside Dental Compliance', email: 'compliance@brightsidedental.co.uk' }, to: TO,
      subject: '[#BDG-11931] Reactivate PCSE Online account – Main Contact – Brightside Dental Corby',
      date: '2026-11-26T11:30:58Z', client: 'freshdesk', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'account_reactivation', org: org('V044519', 'dental_practice'),
      fields: { username: 'suzanne.mcgill@nhs.net' },
      traits: ['dental_group', 'helpdesk_ticket', 'main_contact_account'],
    } });
  }

  // 020 ---------------------------------------------------------------------------------------------
  {
    const slug = '020-nhp-reactivate-gpp-admin';
    const body = `Good afternoon,

Denise Amos, Payroll & Pensions Officer in our central finance team, holds the GPP Practice User Administrator role for Cradley Lane Surgery (M85021). Her PCSE Online account (denise.amos@nhs.net) has been deactivated – when she logs in she gets an error saying the account is inactive. As she is a user administrator, please could PCSE reactivate it? She is copied in.

We need this before the December pensions submission if at all possible.

Many thanks

${nhpSig('Imran Khan', 'Finance Business Partner – Primary Care', '0121 496 0231')}`;
    const m = message({
      from: { name: 'Khan Imran (NORTHMOOR HEALTH PARTNERSHIP)', email: 'imran.khan23@nhs.net' }, to: TO,
      cc: [{ name: 'Amos Denise (NORTHMOOR HEALTH PARTNERSHIP)', email: 'denise.amos@nhs.net' }],
      subject: 'Deactivated GPP user admin account - Cradley Lane Surgery M85021',
      date: '2026-11-26T15:05:22Z', client: 'nhsmail', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'account_reactivation', org: org('M85021', 'gp_practice'),
      fields: { username: 'denise.amos@nhs.net' },
      traits: ['central_finance', 'user_admin_account', 'account_holder_cc'],
    } });
  }

  // 021 ---------------------------------------------------------------------------------------------
  {
    const slug = '021-nhp-hr-leaver-role-removal';
    const blocks: Block[] = [
      'LEAVER NOTIFICATION – THIRD PARTY SYSTEMS\nHR reference: NHP-LVR-2026-113',
      { table: [['Employee', 'Carl Ingham'], ['Site', 'Wollescote Surgery (M85060)'], ['Job title', 'Practice Finance Administrator'], ['Last working day', '20/11/2026']] },
      'Systems access to be removed:\nPCSE Online – username carl.ingham@nhs.net\nRoles: Joiner & Leaver; Practice Estimate and Salary Change',
      'Please remove the above roles from the user\'s PCSE Online account and confirm by reply when done.',
      'This notification is issued by the Northmoor Health Partnership HR team as part of the leavers process. Please do not reply to individual members of staff.',
      'Kelly Round\nHR Administrator',
      nhpSig('Northmoor Health Partnership – HR', 'Leavers & Starters', '0121 496 0240'),
    ];
    const m = message({
      from: { name: 'Northmoor Health Partnership - HR Leavers', email: 'northmoor.hr@nhs.net' }, to: TO,
      subject: 'Leaver - remove PCSE Online roles - Carl Ingham - Wollescote Surgery',
      date: '2026-11-27T09:15:45Z', client: 'nhsmail', idSeed: slug, root: alt(blocks, slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'role_removal_request', org: org('M85060', 'gp_practice'),
      fields: { username: 'carl.ingham@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      traits: ['hr_template', 'leaver_process', 'formal_template'],
    } });
  }

  // 022 ---------------------------------------------------------------------------------------------
  {
    const slug = '022-greenfields-role-removal-locum';
    const body = `Hello,

Please could you remove the Practice Order Entry Clerk role from Tom Yardley's PCSE Online account for Greenfields Pharmacy Selby (FV058). Tom was a regular locum but no longer works with us. His user name is tom.yardley@nhs.net.

He should keep any access he has at other pharmacies – it's only our Selby branch we need removing.

Thanks
Louise

Louise Harker
Pharmacy Operations Administrator
Greenfields Health Ltd | Greenfields House, Clifton Moor Gate, York YO30 4XE
01632 960 240

${GREENFIELDS_DISCLAIMER}`;
    const m = message({
      from: { name: 'Louise Harker', email: 'louise.harker@greenfields-health.co.uk' }, to: TO,
      subject: 'Remove role from former locum – Greenfields Pharmacy Selby FV058',
      date: '2026-11-30T12:20:18Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Arial'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'role_removal_request', org: org('FV058', 'pharmacy'),
      fields: { username: 'tom.yardley@nhs.net', roles: ['Practice Order Entry Clerk'] },
      traits: ['pharmacy_chain', 'locum', 'non_nhs_sender'],
    } });
  }

  // 023 ---------------------------------------------------------------------------------------------
  {
    const slug = '023-brightside-question-group-admins';
    const body = `Hello,

Ticket: BDG-12010

We are reviewing how PCSE Online access is managed across our 38 practices. Could you confirm:

1. whether one person at our Support Centre can hold the Main Contact role for several practices at once; and
2. whether there is a bulk process for changing main contacts when we acquire a practice, rather than emailing once per site?

We are not asking for any changes at this stage – we just want to update our internal procedure.

Thanks,
Priya Mistry
Compliance Coordinator
${BDG_FOOTER}`;
    const m = message({
      from: { name: 'Brightside Dental Compliance', email: 'compliance@brightsidedental.co.uk' }, to: TO,
      subject: '[#BDG-12010] Query – user administrators across a corporate group',
      date: '2026-12-01T10:02:11Z', client: 'freshdesk', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['question', 'dental_group', 'no_request'] } });
  }

  // 024 ---------------------------------------------------------------------------------------------
  {
    const slug = '024-clearview-chaser-with-ref';
    const body = `Hi,

Just chasing the above – we sent the request on 28 October and our Oakham practice still can't get into Ophthalmic Payments to submit GOS claims. Could you give us an update please?

Our ref: CV-PS-00761

Kind regards

${clearviewSig('Ruth Aldous', 'Practice Support Administrator')}

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 29 October 2026 08:12
To: Support Office – Clearview Opticians <support.office@clearviewopticians.co.uk>
Subject: PCSE-2026-004518 OPTO User Management (Organisation) - Clearview Opticians Oakham TPF07

Thank you for contacting Primary Care Support England. Your enquiry has been received and your reference is PCSE-2026-004518. Please quote this reference in any further correspondence. We aim to respond within five working days.`;
    const m = message({
      from: { name: 'Support Office – Clearview Opticians', email: 'support.office@clearviewopticians.co.uk' }, to: TO,
      subject: 'RE: PCSE-2026-004518 OPTO User Management (Organisation) - Clearview Opticians Oakham TPF07',
      date: '2026-12-01T14:27:49Z', client: 'exchange', idSeed: slug,
      inReplyTo: '<pcse.004518.ack@pcse.england.nhs.uk>', references: ['<pcse.004518.ack@pcse.england.nhs.uk>'],
      root: multipart('alternative', [text(body), html(toHtml([body], 'Verdana'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['chaser', 'pcse_reference', 'own_reference', 'quoted_ack'] } });
  }

  // 025 ---------------------------------------------------------------------------------------------
  {
    const slug = '025-icb-thanks-with-ref';
    const body = `Thank you – the PCN confirms their new admin received her link and has logged in. No further action needed on this one.

Kind regards
Claire

${icbSig('Claire Whitmarsh', 'Senior Primary Care Manager', '01632 960 880', ['North Locality | Primary Care Commissioning Team'])}

-----Original Message-----
From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 02 December 2026 15:40
To: WHITMARSH, Claire (NHS SEVERN VALE ICB - 15Q) <claire.whitmarsh@nhs.net>
Subject: PCSE-2026-003977 PCN User Administrator – Kingfisher PCN (U28714)

Dear Claire,
The PCN user administrator role has been set up and a verification link has been sent to the nominee.
Kind regards,
PCSE Online User Management`;
    const m = message({
      from: { name: 'WHITMARSH, Claire (NHS SEVERN VALE ICB - 15Q)', email: 'claire.whitmarsh@nhs.net' }, to: TO,
      subject: 'RE: PCSE-2026-003977 PCN User Administrator – Kingfisher PCN (U28714)',
      date: '2026-12-03T09:11:02Z', client: 'nhsmail', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', org: null, fields: {}, traits: ['thanks', 'pcse_reference', 'quoted_pcse_reply'] } });
  }

  // 026 ---------------------------------------------------------------------------------------------
  {
    const slug = '026-nhp-out-of-office';
    const body = `Thank you for your email. I do not work on Fridays and will reply when I am next in the office on Monday.

For urgent systems access queries please contact the Workforce & Systems team mailbox northmoor.systems@nhs.net or call the Partnership Support Office on 0121 496 0200.

Gemma Rowbotham
Systems & Access Administrator
Northmoor Health Partnership`;
    const m = message({
      from: { name: 'Rowbotham Gemma (NORTHMOOR HEALTH PARTNERSHIP)', email: 'gemma.rowbotham@nhs.net' }, to: TO,
      subject: 'Automatic reply: PCSE-2026-005384 GPP Practice User Administrator certification - Hollybank Medical Practice (M85034)',
      date: '2026-12-04T08:02:40Z', client: 'nhsmail', idSeed: slug,
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'gemma.rowbotham@nhs.net']],
      root: multipart('alternative', [text(body), html(toHtml([body]))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: { kind: 'unclassified', ignored: 'auto_reply', org: null, fields: {}, traits: ['auto_reply', 'pcse_reference'] } });
  }

  // 027 ---------------------------------------------------------------------------------------------
  {
    const slug = '027-cscsu-practice-email-misdirected';
    const body = `Request item: RITM0052210
Requested for: St Kea Medical Centre (C82091)
Assignment group: CSCSU Primary Care Digital – Mailbox Migration

Update practice email address

Practice name: St Kea Medical Centre
Practice code: C82091
Current practice email address: stkea.medicalcentre@nhs.net
New practice email address: cscsu.stkeamedicalcentre@nhs.net

Reason: migration of the practice's shared mailbox to the CSU naming convention. The old mailbox will be retired on 31/12/2026. The new address is an NHSmail shared (organisation) mailbox.

Please reply to this email keeping RITM0052210 in the subject line.

${CSCSU_FOOTER}`;
    const m = message({
      from: { name: 'Central Shires CSU IT Service Desk', email: 'cscsu.servicedesk@nhs.net' }, to: TO,
      subject: 'RITM0052210 - Update practice email address - St Kea Medical Centre (C82091)',
      date: '2026-12-02T11:47:30Z', client: 'servicenow', idSeed: slug, root: text(body),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'practice_email_update', org: org('C82091', 'gp_practice'),
      fields: { currentEmail: 'stkea.medicalcentre@nhs.net', newEmail: 'cscsu.stkeamedicalcentre@nhs.net' },
      traits: ['misdirected', 'it_service_desk', 'ticket_template'],
    } });
  }

  // 028 ---------------------------------------------------------------------------------------------
  {
    const slug = '028-clearview-reactivate-optometrist';
    const body = `Dear PCSE,

One of our optometrists at Clearview Opticians – Oakham (TPF07), Idris Vaughan, has found that his PCSE Online account has been deactivated – we think because he had not logged in since the summer. His username is idris.vaughan@nhs.net and he holds the GOS Performer role.

Could you please reactivate his account?

Our reference: CV-PS-00812

Kind regards

${clearviewSig('Ruth Aldous', 'Practice Support Administrator')}`;
    const m = message({
      from: { name: 'Support Office – Clearview Opticians', email: 'support.office@clearviewopticians.co.uk' }, to: TO,
      subject: 'Account deactivated – optometrist at Oakham (TPF07) – CV-PS-00812',
      date: '2026-12-03T13:36:14Z', client: 'exchange', idSeed: slug,
      root: multipart('alternative', [text(body), html(toHtml([body], 'Verdana'))], slug),
    });
    out.push({ mailbox: mb, slug, raw: m.raw, exp: {
      kind: 'account_reactivation', org: org('TPF07', 'ophthalmic_practice'),
      fields: { username: 'idris.vaughan@nhs.net' },
      traits: ['optical_chain', 'non_admin_account', 'shared_mailbox'],
    } });
  }

  return out;
}
