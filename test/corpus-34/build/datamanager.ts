// datamanager: the emails of corpus-34 (writer AD) that arrived in pcse.datamanager@nhs.net.
import { escHtml, msoParas, msoTable, leaf, multi, pdf, text, html, textTable } from './lib.js';
import { type Item, item, nov, novLong, outlookId, appleId, outlookAlt, withPdfs, person, practiceDisclaimer, outlookBoundary } from './common.js';
import { changeOfDetailsTable, extensionLetter, branchLetter, gppCertAcroAuto } from './forms.js';

const M = 'datamanager' as const;

export async function datamanager(): Promise<Item[]> {
  const out: Item[] = [];

  // 1 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd01';
    const body = `Good morning,

Please update our practice email address as below.

Practice name: Ashgrove Surgery
Practice code: G82119
Current practice email address: ashgrove.surgery@nhs.net
New practice email address: kmicb.ashgrovesurgery@nhs.net

Kind regards,
Karen Holt
Practice Manager`;
    out.push(item(M, 'email-update-labelled', {
      client: 'outlook', from: { name: 'HOLT, Karen (ASHGROVE SURGERY)', email: 'karen.holt4@nhs.net' },
      subject: 'Update practice email address', date: nov(16, 9, 30, 11), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'G82119', type: 'gp_practice' },
      fields: { currentEmail: 'ashgrove.surgery@nhs.net', newEmail: 'kmicb.ashgrovesurgery@nhs.net' },
      mustRaise: [], traits: ['labelled_lines', 'seed_format'],
    }));
  }

  // 2 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd02';
    const partners = ['Dr Ian Forsyth', 'Dr Bola Adeyinka', 'Dr Catherine Moyo'];
    const plain = `Hi there,

Could you please update the practice email address for Kingsway Medical Practice (B87022)? At the moment PCSE has kingsway.mp@nhs.net, which nobody really monitors since the reception team moved to the new phone system.

Please change it to my email, sarah.whitlock2@nhs.net, as I'm the one who actually reads everything from PCSE.

Many thanks
Sarah Whitlock
Practice Manager

${practiceDisclaimer('Kingsway Medical Practice', partners)}`;
    out.push(item(M, 'email-update-individual-mailbox', {
      client: 'outlook', from: { name: 'WHITLOCK, Sarah (KINGSWAY MEDICAL PRACTICE)', email: 'sarah.whitlock2@nhs.net' },
      subject: 'Practice email address', date: nov(16, 14, 2, 55), messageId: outlookId(key),
      body: outlookAlt(key, plain),
    }, {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'B87022', type: 'gp_practice' },
      fields: { currentEmail: 'kingsway.mp@nhs.net', newEmail: 'sarah.whitlock2@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['personal_new_address', 'letterhead_partners', 'prose'],
    }));
  }

  // 3 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd03';
    const form = await changeOfDetailsTable({
      practiceName: 'Thornbury Surgery', odsCode: 'L81044', address: 'Eastland Road, Thornbury, Bristol BS35 1DP',
      rows: [
        ['Practice email', 'thornbury.surgery@nhs.net', 'bnssg.thornburysurgery@nhs.net'],
        ['Telephone', '01454 555 200', 'No change'],
        ['Practice manager', 'Alison Reeve', 'No change'],
      ],
      contactName: 'Alison Reeve', contactRole: 'Practice Manager', date: '17/11/2026',
    }, '2026-11-17T12:00:00Z');
    const body = `Hi,

Forwarding this for Thornbury Surgery - as part of the PCN's move to generic mailboxes they asked me to send it to the right team. Please update their practice email address as per the attached.

Thanks,
Daniel Fry
Digital Transformation Lead
Severnside North PCN

________________________________
From: REEVE, Alison (THORNBURY SURGERY) <alison.reeve@nhs.net>
Sent: ${novLong(17, 12, 6)}
To: FRY, Daniel (SEVERNSIDE NORTH PCN) <daniel.fry1@nhs.net>
Subject: Change of details form

Hi Dan, form attached as discussed - could you send it to whoever deals with it at PCSE? Ta, Alison`;
    out.push(item(M, 'email-update-pcn-forward-old-new-table', {
      client: 'outlook', from: { name: 'FRY, Daniel (SEVERNSIDE NORTH PCN)', email: 'daniel.fry1@nhs.net' },
      cc: [{ name: 'REEVE, Alison (THORNBURY SURGERY)', email: 'alison.reeve@nhs.net' }],
      subject: 'FW: Change of details form', date: nov(17, 15, 44, 2), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('Change of details - Thornbury Surgery.pdf', form)]),
    }, {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'L81044', type: 'gp_practice' },
      fields: { currentEmail: 'thornbury.surgery@nhs.net', newEmail: 'bnssg.thornburysurgery@nhs.net' },
      mustRaise: [], traits: ['pcn_forward', 'forwarded_inline', 'pdf_old_new_table', 'values_only_in_pdf'],
    }, ['flat']));
  }

  // 4 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd04';
    const rows = [['Current practice email', 'New practice email'], ['meadowbank.practice@nhs.net', 'swlicb.meadowbankpractice@nhs.net']];
    const intro = `Dear Data Management team,

We would like to update our practice email address on PCSE Online, please see the table below.
`;
    const sig = `Kind regards

Yvonne Tapper
Operations Manager
Meadowbank Practice · A83619
27 Coniston Avenue, Darlington DL3 9QT
Tel 01325 555 600 (option 4)`;
    const legal = `CONFIDENTIALITY NOTICE: The information contained in this email and any attachments is confidential and may be subject to legal privilege. It is intended only for the named recipient(s). If you are not an intended recipient, you must not read, use, copy, disclose or distribute it. If you have received this email in error please notify the sender immediately and delete it from your system. Meadowbank Practice does not accept responsibility for any loss or damage arising from the use of this email or its attachments. Calls to the practice may be recorded for training and monitoring purposes. Patients: please do not use this address to request prescriptions or appointments; use the NHS App or call the practice.`;
    const plain = `${intro}\n${textTable(rows)}\n\n${sig}\n\n${legal}`;
    const frag = `${msoParas(intro)}
${msoTable(rows, { head: true, widths: [280, 300] })}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${msoParas(sig)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7pt;color:#808080">${escHtml(legal)}</span><o:p></o:p></p>`;
    out.push(item(M, 'email-update-html-table-code-in-signature', {
      client: 'outlook', from: { name: 'TAPPER, Yvonne (MEADOWBANK PRACTICE)', email: 'yvonne.tapper@nhs.net' },
      subject: 'Practice email change', date: nov(18, 10, 10, 34), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag }),
    }, {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'A83619', type: 'gp_practice' },
      fields: { currentEmail: 'meadowbank.practice@nhs.net', newEmail: 'swlicb.meadowbankpractice@nhs.net' },
      mustRaise: [], traits: ['html_table', 'code_in_signature', 'long_disclaimer'],
    }));
  }

  // 5 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd05';
    const body = `Hello,

Can you please update our practice email address. We have finally got an NHSmail shared mailbox.

Practice - Harbour Dental Studio
Code - v027731
Current email - info@harbourdentalstudio.co.uk
New email - harbourdental.studio@nhs.net

Thanks
Kelly
Practice Co-ordinator
Harbour Dental Studio, 3 Quay Street, Whitby YO21 3BN`;
    out.push(item(M, 'email-update-dental-lowercase-code', {
      client: 'thunderbird', from: { name: 'Harbour Dental Studio', email: 'info@harbourdentalstudio.co.uk' },
      subject: 'Update practice email address', date: nov(19, 11, 28, 0), messageId: `${uuid8(key)}@harbourdentalstudio.co.uk`,
      body: text(body, { enc: '7bit', format: 'flowed' }),
    }, {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V027731', type: 'dental_practice' },
      fields: { currentEmail: 'info@harbourdentalstudio.co.uk', newEmail: 'harbourdental.studio@nhs.net' },
      mustRaise: [], traits: ['lower_case_code', 'non_nhs_sender', 'plain_text_only'],
    }));
  }

  // 6 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd06';
    const letter = await extensionLetter({
      letterhead: ['Greenway Pharmacy Ltd', '27 Station Road, Shipley BD18 2JL', 'Tel 01274 555 381', 'Directors: V. Desai, R. Desai'],
      date: '18 November 2026', salutation: 'Dear Sir or Madam,',
      paras: [
        'Re: Extending the current main contact to a new pharmacy',
        'Greenway Pharmacy Ltd completed the purchase of Pennine Pharmacy in Skipton on 2 November 2026. I am the main contact for our existing pharmacy and would like to extend my main contact role to the new pharmacy, so that I can manage supplies for both.',
        'The details of both pharmacies are set out below.',
      ],
      existing: [
        ['Name', 'Greenway Pharmacy'], ['ODS code', 'FH406'], ['Main contact', 'Vikram Desai'], ['Email', 'vikram.desai@nhs.net'],
        ['Address', '27 Station Road\nShipley BD18 2JL'], ['Telephone', '01274 555 381'],
      ],
      newer: [['ODS code', 'FX812'], ['Name', 'Pennine Pharmacy'], ['Address', '4 Bridge Street\nSkipton BD23 1NH']],
      signOff: ['Vikram Desai', 'Director and Superintendent Pharmacist', 'Greenway Pharmacy Ltd'],
    }, '2026-11-18T10:00:00Z');
    const body = `Dear PCSE,

Please find attached our letter asking to extend my main contact role to our newly acquired pharmacy.

Kind regards
Vikram Desai
Greenway Pharmacy Ltd`;
    out.push(item(M, 'extension-pharmacy-letter-two-columns', {
      client: 'outlook', from: { name: 'DESAI, Vikram (GREENWAY PHARMACY)', email: 'vikram.desai@nhs.net' },
      subject: 'Extend main contact to new pharmacy', date: nov(18, 10, 21, 40), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('Letter to PCSE - Pennine Pharmacy.pdf', letter)]),
    }, {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FH406', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FH406', name: 'Greenway Pharmacy', mainContact: person('Vikram Desai', 'vikram.desai@nhs.net'), address: '27 Station Road, Shipley BD18 2JL', phone: '01274 555 381' },
        newPractice: { odsCode: 'FX812', name: 'Pennine Pharmacy', address: '4 Bridge Street, Skipton BD23 1NH' },
      },
      mustRaise: [], traits: ['pdf_flat_two_column', 'side_by_side_columns', 'multi_line_address', 'see_attached'],
    }, ['flat']));
  }

  // 7 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd07';
    const rows = [
      ['', 'Existing practice', 'New practice'],
      ['Practice name', 'Orchard House Surgery', 'Barlow Street Surgery'],
      ['ODS code', 'M83019', 'M83640'],
      ['Main contact', 'Lindsay Parr', '(to be added)'],
      ['Main contact email', 'lindsay.parr@nhs.net', ''],
      ['Address', '1 Orchard Way, Walsall WS3 4LP', '58 Barlow Street, Walsall WS1 2HG'],
      ['Telephone', '01922 555 120', '01922 555 988'],
    ];
    const intro = `Hello,

I would like to extend a current main contact to a new practice. Orchard House Surgery has taken over Barlow Street Surgery following the retirement of its single-handed GP, and I will be the main contact for both practices.
`;
    const sig = `Thank you,

Lindsay Parr
Business Manager
Orchard House Surgery`;
    const plain = `${intro}\n${textTable(rows)}\n\n${sig}`;
    const frag = `${msoParas(intro)}\n${msoTable(rows, { head: true, widths: [150, 220, 220] })}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(sig)}`;
    out.push(item(M, 'extension-gp-html-comparison-table', {
      client: 'outlook', from: { name: 'PARR, Lindsay (ORCHARD HOUSE SURGERY)', email: 'lindsay.parr@nhs.net' },
      subject: 'Extend main contact to new practice - Barlow Street Surgery M83640', date: nov(19, 13, 57, 19), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag, footer: true }),
    }, {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'M83019', type: 'gp_practice' },
      fields: {
        existingPractice: { odsCode: 'M83019', name: 'Orchard House Surgery', mainContact: person('Lindsay Parr', 'lindsay.parr@nhs.net'), address: '1 Orchard Way, Walsall WS3 4LP', phone: '01922 555 120' },
        newPractice: { odsCode: 'M83640', name: 'Barlow Street Surgery', address: '58 Barlow Street, Walsall WS1 2HG' },
      },
      mustRaise: [], traits: ['html_table', 'old_new_columns', 'new_code_in_subject'],
    }));
  }

  // 8 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd08';
    const body = `Hi,

I'm the main contact on PCSE Online for our optical practice, Sightline Opticians (code V013377), 12 High Street, Thirsk YO7 1HA, tel 01845 555 702. My email is neil.sampson@nhs.net.

We have just opened a second practice and I'd like to be main contact there too. Details:

New practice ODS code: TPQ44
Name: Sightline Opticians Ripon
Address: 9 Kirkgate, Ripon HG4 1PA

Cheers
Neil Sampson
Optometrist / Director`;
    out.push(item(M, 'extension-optical-dental-shaped-code', {
      client: 'outlook', from: { name: 'SAMPSON, Neil (SIGHTLINE OPTICIANS)', email: 'neil.sampson@nhs.net' },
      subject: 'Main contact for our new practice', date: nov(20, 11, 2, 47), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'V013377', type: 'dental_practice' },
      fields: {
        existingPractice: { odsCode: 'V013377', name: 'Sightline Opticians', mainContact: person('Neil Sampson', 'neil.sampson@nhs.net'), address: '12 High Street, Thirsk YO7 1HA', phone: '01845 555 702' },
        newPractice: { odsCode: 'TPQ44', name: 'Sightline Opticians Ripon', address: '9 Kirkgate, Ripon HG4 1PA' },
      },
      mustRaise: ['ods_type_mismatch'], traits: ['code_wrong_shape_for_type', 'prose_existing_details'],
    }));
  }

  // 9 ---------------------------------------------------------------------------------------------------------
  {
    const key = 'd09';
    const letter = await branchLetter({
      letterhead: ['Hawthorn Medical Centre', 'Hawthorn Lane, Hatfield, Hertfordshire AL10 0RD', 'Telephone 01707 555 400  |  www.hawthornmc.nhs.uk'],
      partners: 'Partners: Dr Jonathan Hale MBBS MRCGP, Dr Anjali Menon MBChB DRCOG, Dr Stephen Pryor BM, Dr Oluwakemi Dada MBBS, Dr Fiona Kerr MB ChB. Practice Manager: Mrs Deborah Kaye.',
      date: '19 November 2026',
      paras: [
        'We would like to set up access to PCSE Online for our new branch practice, which opens on 1 December 2026. We have received the ODS report for the branch and the details are below.',
      ],
      main: [
        ['Practice name', 'Hawthorn Medical Centre'], ['Organisation type', 'GP'], ['ODS code', 'E82077'],
        ['Main contact', 'Mrs Deborah Kaye'], ['Main contact email', 'deborah.kaye@nhs.net'],
        ['Address', 'Hawthorn Lane, Hatfield, Hertfordshire AL10 0RD'], ['Telephone', '01707 555 400'],
      ],
      branch: [
        ['Branch main contact', 'Ms Charlotte Iles'], ['Email', 'charlotte.iles@nhs.net'], ['Branch ODS code', 'E82077001'],
        ['Branch name', 'Lea Green Surgery'], ['Address', '2 Lea Green Parade, Welwyn AL6 9PQ'], ['Telephone', '01438 555 612'],
      ],
      signOff: ['Deborah Kaye', 'Practice Manager'],
    }, '2026-11-19T14:00:00Z');
    const body = `Good afternoon,

Please see attached letter regarding the set-up of our new branch, Lea Green Surgery.

Kind regards

Deborah Kaye
Practice Manager
Hawthorn Medical Centre`;
    out.push(item(M, 'branch-setup-letter-two-columns', {
      client: 'outlook', from: { name: 'KAYE, Deborah (HAWTHORN MEDICAL CENTRE)', email: 'deborah.kaye@nhs.net' },
      cc: [{ name: 'ILES, Charlotte (HAWTHORN MEDICAL CENTRE)', email: 'charlotte.iles@nhs.net' }],
      subject: 'New branch set up - PCSE Online', date: nov(20, 14, 40, 5), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('Branch set up letter - Lea Green.pdf', letter)]),
    }, {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'E82077', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'E82077', name: 'Hawthorn Medical Centre', mainContact: person('Deborah Kaye', 'deborah.kaye@nhs.net'), address: 'Hawthorn Lane, Hatfield, Hertfordshire AL10 0RD', phone: '01707 555 400' },
        branch: { odsCode: 'E82077001', name: 'Lea Green Surgery', address: '2 Lea Green Parade, Welwyn AL6 9PQ', phone: '01438 555 612', mainContact: { ...person('Charlotte Iles', 'charlotte.iles@nhs.net'), title: 'Ms' } },
      },
      mustRaise: [], traits: ['pdf_flat_two_column', 'letterhead_partners', 'see_attached'],
    }, ['flat']));
  }

  // 10 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd10';
    const frag = `<p class="MsoNormal">Dear PCSE,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We would like to set up access to PCSE Online for a branch practice.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><u>Main practice</u></b><o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Priory Fields Surgery<o:p></o:p></li>
<li class="MsoNormal">Organisation type: GP<o:p></o:p></li>
<li class="MsoNormal">ODS code: K81052<o:p></o:p></li>
<li class="MsoNormal">Main contact: Martin Crowe, <a href="mailto:martin.crowe@nhs.net">martin.crowe@nhs.net</a><o:p></o:p></li>
<li class="MsoNormal">Priory Road, Abingdon OX14 3JA<o:p></o:p></li>
<li class="MsoNormal">01235 555 050<o:p></o:p></li>
</ul>
<p class="MsoNormal"><b><u>Branch</u></b><o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Main contact: Dr Amelia Stokes, <a href="mailto:amelia.stokes@nhs.net">amelia.stokes@nhs.net</a><o:p></o:p></li>
<li class="MsoNormal">Branch ODS code: K81025001<o:p></o:p></li>
<li class="MsoNormal">Drayton Village Surgery<o:p></o:p></li>
<li class="MsoNormal">5 Church Lane, Drayton, Abingdon OX14 4JS<o:p></o:p></li>
<li class="MsoNormal">01235 555 733<o:p></o:p></li>
</ul>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks,<o:p></o:p></p>
<p class="MsoNormal">Martin Crowe<br>Practice Manager<o:p></o:p></p>`;
    const plain = `Dear PCSE,

We would like to set up access to PCSE Online for a branch practice.

Main practice

  *   Priory Fields Surgery
  *   Organisation type: GP
  *   ODS code: K81052
  *   Main contact: Martin Crowe, martin.crowe@nhs.net
  *   Priory Road, Abingdon OX14 3JA
  *   01235 555 050

Branch

  *   Main contact: Dr Amelia Stokes, amelia.stokes@nhs.net
  *   Branch ODS code: K81025001
  *   Drayton Village Surgery
  *   5 Church Lane, Drayton, Abingdon OX14 4JS
  *   01235 555 733

Many thanks,
Martin Crowe
Practice Manager`;
    out.push(item(M, 'branch-setup-code-mismatch', {
      client: 'outlook', from: { name: 'CROWE, Martin (PRIORY FIELDS SURGERY)', email: 'martin.crowe@nhs.net' },
      subject: 'Branch practice set up', date: nov(23, 10, 18, 23), messageId: outlookId(key),
      body: outlookAlt(key, plain, { htmlFragment: frag, footer: true }),
    }, {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'K81052', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'K81052', name: 'Priory Fields Surgery', mainContact: person('Martin Crowe', 'martin.crowe@nhs.net'), address: 'Priory Road, Abingdon OX14 3JA', phone: '01235 555 050' },
        branch: { odsCode: 'K81025001', name: 'Drayton Village Surgery', address: '5 Church Lane, Drayton, Abingdon OX14 4JS', phone: '01235 555 733', mainContact: { ...person('Amelia Stokes', 'amelia.stokes@nhs.net'), title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['html_list', 'unlabelled_values', 'transposed_digits'],
    }));
  }

  // 11 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd11';
    const innerBody = `Hi Claire,

As discussed at the federation ops meeting, here are the details for our new branch. Could the federation send them to PCSE for us?

Main practice: Westcliffe Group Practice, GP, ODS p84033
Main contact: Gareth Lowe, gareth.lowe1@nhs.net
Address: 300 Westcliffe Road, Rochdale OL11 4RT
Tel: 01706 555 241

Branch ODS: p84033002
Branch name: Castleton Health Hub
Address: Unit 2, Manchester Road, Castleton, Rochdale OL11 3AF
Tel: 01706 555 919
Branch main contact: Miss Hannah Brook, hannah.brook@nhs.net

Thanks
Gareth`;
    const inner = [
      'From: "LOWE, Gareth (WESTCLIFFE GROUP PRACTICE)" <gareth.lowe1@nhs.net>',
      'To: "MBEKI, Claire (ROCHDALE GP FEDERATION)" <claire.mbeki@nhs.net>',
      'Subject: Castleton branch - PCSE Online',
      `Date: ${nov(23, 16, 5, 12)}`,
      `Message-ID: <${outlookId('d11-inner')}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="us-ascii"',
      'Content-Transfer-Encoding: 7bit',
      '',
      innerBody.replace(/\n/g, '\r\n'),
      '',
    ].join('\r\n');
    const top = `Good morning,

On behalf of Westcliffe Group Practice, please see the attached email with the details for setting up their new branch on PCSE Online. Happy for you to contact Gareth directly to verify.

Kind regards

Claire Mbeki
Operations Manager
Rochdale GP Federation

Rochdale GP Federation Ltd, registered in England no. 09811245. Registered office: Telegraph House, Baillie Street, Rochdale OL16 1JA. Board: Dr N. Shah (Chair), Dr R. Hartley, Mr P. Quinn, Mrs J. Ogden.`;
    out.push(item(M, 'branch-setup-federation-attached', {
      client: 'outlook', from: { name: 'MBEKI, Claire (ROCHDALE GP FEDERATION)', email: 'claire.mbeki@nhs.net' },
      cc: [{ name: 'LOWE, Gareth (WESTCLIFFE GROUP PRACTICE)', email: 'gareth.lowe1@nhs.net' }],
      subject: 'FW: Castleton branch - PCSE Online', date: nov(24, 9, 1, 16), messageId: outlookId(key),
      body: multi('mixed', outlookBoundary(key, '004'), [
        outlookAlt(key, top),
        leaf('message/rfc822', '7bit', Buffer.from(inner, 'utf8'), [['Content-Disposition', 'attachment; filename="Castleton branch - PCSE Online.eml"']]),
      ]),
    }, {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'P84033', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'P84033', name: 'Westcliffe Group Practice', mainContact: person('Gareth Lowe', 'gareth.lowe1@nhs.net'), address: '300 Westcliffe Road, Rochdale OL11 4RT', phone: '01706 555 241' },
        branch: { odsCode: 'P84033002', name: 'Castleton Health Hub', address: 'Unit 2, Manchester Road, Castleton, Rochdale OL11 3AF', phone: '01706 555 919', mainContact: { ...person('Hannah Brook', 'hannah.brook@nhs.net'), title: 'Miss' } },
      },
      mustRaise: [], traits: ['forwarded_as_attachment', 'federation_on_behalf', 'lower_case_code', 'directors_in_footer'],
    }));
  }

  // 12 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd12';
    const form = await gppCertAcroAuto({
      practiceName: 'Duncombe Park Surgery', odsCode: 'C83078', address: 'Duncombe Lane, Helmsley YO62 5AB',
      nomineeName: 'Joanne Pickering', nomineeJob: 'Practice Administrator', nomineeEmail: 'joanne.pickering@nhs.net', nomineePhone: '01439 555 020',
      approverName: 'Dr Richard Lund', approverRole: 'Senior Partner', approverEmail: 'richard.lund@nhs.net', date: '23/11/2026',
    }, '2026-11-23T16:45:00Z');
    const body = `Hi,

Please see the attached GPP User Admin Certification form for Duncombe Park Surgery. Both parts are completed.

Thank you
Kerry Holland
Practice Manager`;
    out.push(item(M, 'gpp-cert-misdirected-acrobat-names', {
      client: 'outlook', from: { name: 'HOLLAND, Kerry (DUNCOMBE PARK SURGERY)', email: 'kerry.holland@nhs.net' },
      subject: 'GPP user admin form', date: nov(24, 8, 12, 30), messageId: outlookId(key),
      body: withPdfs(key, outlookAlt(key, body, { footer: true }), [pdf('GPP_UA_Certification_Form_v3 - completed.pdf', form)]),
    }, {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'C83078', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: person('Joanne Pickering', 'joanne.pickering@nhs.net'), approver: { ...person('Richard Lund', 'richard.lund@nhs.net'), role: 'Senior Partner' } },
      mustRaise: [], traits: ['misdirected', 'pdf_acroform', 'acrobat_auto_field_names', 'two_page_form', 'see_attached'],
    }, ['acroform']));
  }

  // 13 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd13';
    const body = `Hello,

We are thinking about changing our practice email address to one of the new shared mailboxes in the new year.

Before we ask you to do it - if the practice email is changed on PCSE Online, does that also change where Open Exeter emails go, or is that separate? And does our main contact stay the same? I don't want the Open Exeter primary user notifications to get lost.

Thanks,
Robert Vance
Assistant Practice Manager
Hillcrest Surgery`;
    out.push(item(M, 'question-email-change-open-exeter', {
      client: 'outlook', from: { name: 'VANCE, Robert (HILLCREST SURGERY)', email: 'robert.vance@nhs.net' },
      subject: 'Question about practice email address', date: nov(24, 15, 36, 44), messageId: outlookId(key),
      body: outlookAlt(key, body, { footer: true }),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['genuine_question', 'mentions_open_exeter', 'mentions_email_change'],
    }));
  }

  // 14 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd14';
    const body = `Thank you - the confirmation arrived at the new mailbox this morning.

Karen

-----Original Message-----
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: ${novLong(25, 16, 40)}
To: kmicb.ashgrovesurgery@nhs.net
Subject: PCSE-2026-004402 Your practice email address has been updated

Dear Ashgrove Surgery,

We have updated your practice email address on PCSE Online. This confirmation has been sent to your new address.

Primary Care Support England`;
    out.push(item(M, 'thanks-with-reference', {
      client: 'outlook', from: { name: 'HOLT, Karen (ASHGROVE SURGERY)', email: 'karen.holt4@nhs.net' },
      subject: 'RE: PCSE-2026-004402 Your practice email address has been updated', date: nov(26, 8, 20, 2), messageId: outlookId(key),
      inReplyTo: outlookId('d14-conf'), references: [outlookId('d14-conf')],
      body: outlookAlt(key, body),
    }, {
      kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [],
      traits: ['thanks', 'case_reference', 'quoted_confirmation'],
    }));
  }

  // 15 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd15';
    const human = `Your message to nwicb.stonleighsurgery@nhs.net couldn't be delivered.

nwicb.stonleighsurgery wasn't found at nhs.net.

pcse.datamanager      Office 365      nwicb.stonleighsurgery
Action Required                       Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:

Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM

nwicb.stonleighsurgery@nhs.net
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nwicb.stonleighsurgery@nhs.net not found by SMTP address lookup'`;
    const dsn = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${nov(26, 12, 4, 51)}

Final-Recipient: rfc822;nwicb.stonleighsurgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nwicb.stonleighsurgery@nhs.net not found by SMTP address lookup
`;
    const origHeaders = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: nwicb.stonleighsurgery@nhs.net
Subject: PCSE-2026-004590 Your practice email address has been updated
Date: ${nov(26, 12, 4, 49)}
Message-ID: <${outlookId('d15-orig')}>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
`;
    out.push(item(M, 'bounce-confirmation-undeliverable', {
      client: 'system', from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net' },
      to: [{ name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' }],
      subject: 'Undeliverable: PCSE-2026-004590 Your practice email address has been updated', date: nov(26, 12, 4, 53), messageId: outlookId(key),
      inReplyTo: outlookId('d15-orig'), references: [outlookId('d15-orig')],
      extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
      body: multi('report', outlookBoundary(key, '006'), [
        multi('alternative', outlookBoundary(key, '007'), [text(human), html(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><p><b><span style="color:#C00000">Your message to nwicb.stonleighsurgery@nhs.net couldn't be delivered.</span></b></p><p>nwicb.stonleighsurgery wasn't found at nhs.net.</p><p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nwicb.stonleighsurgery@nhs.net not found by SMTP address lookup'</p></body></html>`)]),
        leaf('message/delivery-status', '7bit', dsn),
        leaf('text/rfc822-headers', '7bit', origHeaders),
      ], { params: 'report-type=delivery-status' }),
    }, {
      kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [],
      traits: ['bounce', 'ndr', 'case_reference_in_subject'],
    }));
  }

  // 16 --------------------------------------------------------------------------------------------------------
  {
    const key = 'd16';
    const body = `Hi

Sorry if this is the wrong address - please can you change our main contact on PCSE Online to David Chen, david.chen7@nhs.net. He has taken over from me as practice manager.

Sandy Lane Surgery, y05521

Thanks
Emma

Sent from my iPad`;
    out.push(item(M, 'main-contact-change-misdirected', {
      client: 'iphone', from: { name: 'Emma Lyon', email: 'emma.lyon@nhs.net' },
      cc: [{ name: 'David Chen', email: 'david.chen7@nhs.net' }],
      subject: 'Main contact', date: nov(27, 7, 48, 33), messageId: appleId(key),
      body: text(body, { enc: '7bit' }),
    }, {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'Y05521', type: 'gp_practice' },
      fields: { newMainContact: person('David Chen', 'david.chen7@nhs.net') },
      mustRaise: [], traits: ['misdirected', 'lower_case_code', 'mobile', 'leaver_author'],
    }));
  }

  return out;
}

function uuid8(k: string): string {
  return `${Buffer.from(k).toString('hex').padEnd(8, '0').slice(0, 8)}-5c1e-4f0a-9b2d-${Buffer.from(`${k}x`).toString('hex').padEnd(12, '0').slice(0, 12)}`;
}
