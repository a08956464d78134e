// The datamanager mailbox: practice email changes, two-section letters (existing/new, main/branch), a bounce.
import { flatPdf, type FormDef } from './forms.js';
import { type EmailDef } from './mail.js';
import { escapeHtml, hex, rfcDate } from './lib.js';

const M = 'datamanager' as const;
const p = (name: string | null, email: string | null) => ({ name, email });
const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' });

export async function datamanagerEmails(): Promise<EmailDef[]> {
  const out: EmailDef[] = [];

  // 001 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 1, slug: 'practice-email-update', client: 'outlook',
    from: { name: 'Clare Beaumont', email: 'clare.beaumont@nhs.net' },
    subject: 'Update practice email address', date: '2026-11-16T11:40:19Z',
    text: `Hello,

Practice name: Holmfirth Road Surgery
Practice code: B87033
Current practice email: holmfirthroad.surgery@nhs.net
New practice email: admin.holmfirthroad@nhs.net

The old mailbox is being closed at the end of the month.

Clare Beaumont
Office Manager`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: gp('B87033'), fields: { currentEmail: 'holmfirthroad.surgery@nhs.net', newEmail: 'admin.holmfirthroad@nhs.net' }, mustRaise: [], traits: ['key_value_lines', 'seed_subject'] },
  });

  // 002 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 2, slug: 'practice-email-update-to-own-address', client: 'outlook',
    from: { name: 'Trevor Lund', email: 'trevor.lund@nhs.net' },
    subject: 'Practice email', date: '2026-11-18T09:26:02Z',
    text: `Hi,

Please update the practice email for Oakwood Lane Surgery (E85610) from oakwoodlane.surgery@nhs.net to my own address trevor.lund@nhs.net, as the shared inbox isn't monitored.

Thanks
Trevor Lund
Practice Manager`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: gp('E85610'), fields: { currentEmail: 'oakwoodlane.surgery@nhs.net', newEmail: 'trevor.lund@nhs.net' }, mustRaise: ['individual_mailbox'], traits: ['individual_mailbox', 'prose_request', 'new_address_is_sender'] },
  });

  // 003 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 3, slug: 'practice-email-two-sections-repeated-labels', client: 'outlook',
    from: { name: 'Ewa Kaczmarek', email: 'ewa.kaczmarek@nhs.net' },
    subject: 'Update practice email address - Cedar Court Dental', date: '2026-11-20T14:12:36Z',
    text: `Good afternoon,

Please update our practice email address.

OLD DETAILS
Practice: Cedar Court Dental Practice
Code: V034871
Email: cedarcourt.dental@nhs.net

NEW DETAILS
Practice: Cedar Court Dental Practice
Code: V034871
Email: reception.cedarcourtdental@nhs.net

Regards
Ewa Kaczmarek
Practice Manager
Tel: 01872 555 310
Email: ewa.kaczmarek@nhs.net`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V034871', type: 'dental_practice' }, fields: { currentEmail: 'cedarcourt.dental@nhs.net', newEmail: 'reception.cedarcourtdental@nhs.net' }, mustRaise: [], traits: ['two_sections', 'repeated_labels', 'signature_email_label'] },
  });

  // 004 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 4, slug: 'extension-two-sections-plain', client: 'outlook',
    from: { name: 'Rebecca Thorne', email: 'rebecca.thorne@nhs.net' },
    subject: 'Extend main contact to new practice', date: '2026-11-23T10:55:47Z',
    text: `Hello,

I would like to extend a current main contact to a new practice. We have taken over Millbrook Surgery from 1 December.

EXISTING PRACTICE
Name: Kingsway Medical Centre
ODS code: M85022
Main contact: Rebecca Thorne
Email: rebecca.thorne@nhs.net
Address: 41 Kingsway, Wolverhampton, WV3 9QF
Telephone: 01902 555 412

NEW PRACTICE
Name: Millbrook Surgery
ODS code: M85094
Address: 2 Millbrook Road, Wolverhampton, WV6 0AB
Telephone: 01902 555 780
Email: millbrook.surgery@nhs.net

Thanks
Rebecca Thorne
Business Manager`,
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: gp('M85022'),
      fields: {
        existingPractice: { odsCode: 'M85022', name: 'Kingsway Medical Centre', mainContact: p('Rebecca Thorne', 'rebecca.thorne@nhs.net'), address: '41 Kingsway, Wolverhampton, WV3 9QF', phone: '01902 555 412' },
        newPractice: { odsCode: 'M85094', name: 'Millbrook Surgery', address: '2 Millbrook Road, Wolverhampton, WV6 0AB' },
      },
      mustRaise: [], traits: ['two_sections', 'repeated_labels', 'new_practice_email_and_phone_extra'],
    },
  });

  // 005 ----------------------------------------------------------------------------------------------------------
  const letterDef: FormDef = {
    pages: [[
      { t: 'title', text: 'Bains Pharmacy Group Ltd', size: 16 },
      { t: 'para', text: 'Registered office: 212 Soho Road, Birmingham B21 9LR  |  0121 555 0193', size: 8.5 },
      { t: 'gap', h: 10 },
      { t: 'para', text: 'Primary Care Support England\nData Manager team\npcse.datamanager@nhs.net', size: 10 },
      { t: 'para', text: '24 November 2026', size: 10 },
      { t: 'para', text: 'Dear PCSE,', size: 10.5 },
      { t: 'para', text: 'Re: extending a current main contact to a new pharmacy', size: 10.5 },
      { t: 'para', text: 'We would like to extend our existing main contact to the pharmacy we acquired on 16 November. The details of both pharmacies are below.', size: 10.5 },
      { t: 'head', text: 'Existing pharmacy' },
      { t: 'field', key: 'e_name', label: 'Name', value: 'Bains Pharmacy - Soho Road' },
      { t: 'field', key: 'e_code', label: 'ODS code', value: 'FJ381' },
      { t: 'field', key: 'e_mc', label: 'Main contact', value: 'Harjit Kaur Bains' },
      { t: 'field', key: 'e_email', label: 'Email', value: 'harjit.bains@nhs.net' },
      { t: 'field', key: 'e_addr', label: 'Address', value: '212 Soho Road, Birmingham, B21 9LR' },
      { t: 'field', key: 'e_tel', label: 'Telephone', value: '0121 555 0193' },
      { t: 'head', text: 'New pharmacy' },
      { t: 'field', key: 'n_name', label: 'Name', value: 'Bains Pharmacy - Lozells' },
      { t: 'field', key: 'n_code', label: 'ODS code', value: 'FQ620' },
      { t: 'field', key: 'n_addr', label: 'Address', value: '17 Lozells Road, Birmingham, B19 2TA' },
      { t: 'field', key: 'n_tel', label: 'Telephone', value: '0121 555 0388' },
      { t: 'field', key: 'n_email', label: 'Email', value: 'lozells.pharmacy@nhs.net' },
      { t: 'gap', h: 8 },
      { t: 'para', text: 'Please call the Lozells branch on the number above to verify. Many thanks for your help.', size: 10.5 },
      { t: 'para', text: 'Yours faithfully', size: 10.5 },
      { t: 'sig', key: 'sig', label: '', signed: true, signer: 'Harjit Kaur Bains' },
      { t: 'para', text: 'Harjit Kaur Bains MRPharmS\nSuperintendent Pharmacist and Director', size: 10.5 },
    ]],
  };
  out.push({
    mailbox: M, n: 5, slug: 'extension-pharmacy-letter-pdf-table', client: 'outlook',
    from: { name: 'BAINS, Harjit Kaur (BAINS PHARMACY GROUP)', email: 'harjit.bains@nhs.net' },
    subject: 'Extend main contact - new pharmacy', date: '2026-11-24T12:03:28Z',
    text: 'Please see attached letter.',
    attachments: [{ filename: 'Letter to PCSE - Lozells.pdf', data: await flatPdf('dm005', letterDef, { layout: 'table', check: 'box', labelWidth: 120 }, { title: 'Letter to PCSE - Lozells' }) }],
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FJ381', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FJ381', name: 'Bains Pharmacy - Soho Road', mainContact: p('Harjit Kaur Bains', 'harjit.bains@nhs.net'), address: '212 Soho Road, Birmingham, B21 9LR', phone: '0121 555 0193' },
        newPractice: { odsCode: 'FQ620', name: 'Bains Pharmacy - Lozells', address: '17 Lozells Road, Birmingham, B19 2TA' },
      },
      mustRaise: [], traits: ['flat_text_pdf', 'letter', 'see_attached', 'two_sections', 'repeated_labels', 'value_in_table_cell'],
    },
  });

  // 006 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 6, slug: 'branch-setup-two-sections-plain', client: 'outlook',
    from: { name: 'Gail Nuttall', email: 'gail.nuttall@nhs.net' },
    subject: 'Set up access to PCSE Online for a branch practice', date: '2026-11-25T14:38:50Z',
    text: `Hello,

We would like to set up access to PCSE Online for our new branch practice.

MAIN PRACTICE
Practice name: Trinity Street Surgery
Organisation type: GP
ODS code: P84012
Main contact: Gail Nuttall
Email: gail.nuttall@nhs.net
Address: 9 Trinity Street, Bolton, BL3 6DH
Telephone: 01204 555 120

BRANCH
Main contact: Mr Declan Shorrock
Email: declan.shorrock@nhs.net
ODS code: P84012001
Branch name: Trinity Street Surgery - Hulton Lane
Address: 140 Hulton Lane, Bolton, BL3 4JA
Telephone: 01204 555 167

Kind regards
Gail Nuttall
Practice Manager`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: gp('P84012'),
      fields: {
        mainPractice: { odsCode: 'P84012', name: 'Trinity Street Surgery', mainContact: p('Gail Nuttall', 'gail.nuttall@nhs.net'), address: '9 Trinity Street, Bolton, BL3 6DH', phone: '01204 555 120' },
        branch: { odsCode: 'P84012001', name: 'Trinity Street Surgery - Hulton Lane', address: '140 Hulton Lane, Bolton, BL3 4JA', phone: '01204 555 167', mainContact: { name: 'Declan Shorrock', email: 'declan.shorrock@nhs.net', title: 'Mr' } },
      },
      mustRaise: [], traits: ['two_sections', 'repeated_labels', 'branch_contact_title'],
    },
  });

  // 007 ----------------------------------------------------------------------------------------------------------
  const rows: [string, string, string][] = [
    ['Practice name', 'Greenhill Health Centre', 'Greenhill Health Centre - Stanbridge'],
    ['ODS code', 'K82019', 'K82091001'],
    ['Main contact', 'Anjum Chaudhry', 'Dr Rosemary Iwu'],
    ['Email', 'anjum.chaudhry@nhs.net', 'rosemary.iwu@nhs.net'],
    ['Address', 'Greenhill Road, Leighton Buzzard, LU7 2RX', 'The Old School, Stanbridge, LU7 9HY'],
    ['Telephone', '01525 555 301', '01525 555 342'],
  ];
  const cell = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"';
  const table = `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td ${cell}><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td><td ${cell}><p class="MsoNormal"><b>Main practice<o:p></o:p></b></p></td><td ${cell}><p class="MsoNormal"><b>Branch practice<o:p></o:p></b></p></td></tr>
${rows.map(([l, a, b]) => `<tr><td ${cell}><p class="MsoNormal"><b>${escapeHtml(l)}<o:p></o:p></b></p></td><td ${cell}><p class="MsoNormal">${escapeHtml(a)}<o:p></o:p></p></td><td ${cell}><p class="MsoNormal">${escapeHtml(b)}<o:p></o:p></p></td></tr>`).join('\n')}
</table>`;
  out.push({
    mailbox: M, n: 7, slug: 'branch-setup-html-table-code-mismatch', client: 'outlook',
    from: { name: 'Anjum Chaudhry', email: 'anjum.chaudhry@nhs.net' },
    subject: 'New branch - PCSE Online access', date: '2026-11-26T11:49:13Z',
    htmlOnly: true, text: '',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We would like to set up access to PCSE Online for a branch practice. Organisation type: GP. Details below.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
${table}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks<o:p></o:p></p>
<p class="MsoNormal">Anjum Chaudhry<o:p></o:p></p>
<p class="MsoNormal">Practice Manager, Greenhill Health Centre<o:p></o:p></p>
</div></body></html>`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: gp('K82019'),
      fields: {
        mainPractice: { odsCode: 'K82019', name: 'Greenhill Health Centre', mainContact: p('Anjum Chaudhry', 'anjum.chaudhry@nhs.net'), address: 'Greenhill Road, Leighton Buzzard, LU7 2RX', phone: '01525 555 301' },
        branch: { odsCode: 'K82091001', name: 'Greenhill Health Centre - Stanbridge', address: 'The Old School, Stanbridge, LU7 9HY', phone: '01525 555 342', mainContact: { name: 'Rosemary Iwu', email: 'rosemary.iwu@nhs.net', title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['html_only', 'html_table_two_columns', 'branch_code_transposed', 'branch_contact_title'],
    },
  });

  // 008 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 8, slug: 'branch-setup-malformed-main-code', client: 'outlook',
    from: { name: 'Philip Roscoe', email: 'philip.roscoe@nhs.net' },
    subject: 'Branch practice set up', date: '2026-11-27T09:33:05Z',
    text: `Dear Data Manager team,

Please set up PCSE Online access for our branch surgery.

Details of our main practice
Name: Abbey Fields Surgery
Organisation type: GP
Code: L8310
Main contact: Philip Roscoe
Email: philip.roscoe@nhs.net
Address: Abbey Fields, Cheltenham Road, Gloucester, GL2 0LX
Telephone: 01452 555 640

Details of our branch
Main contact: Mrs Irene Gwilliam
Email: irene.gwilliam@nhs.net
Code: L83105001
Name: Abbey Fields Surgery - Quedgeley
Address: Unit 4, Quedgeley Centre, Gloucester, GL2 4XX
Telephone: 01452 555 699

Regards
Philip Roscoe
Practice Manager`,
    expected: {
      kind: 'branch_setup', ignored: null, organisation: { odsCode: 'L8310', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'L8310', name: 'Abbey Fields Surgery', mainContact: p('Philip Roscoe', 'philip.roscoe@nhs.net'), address: 'Abbey Fields, Cheltenham Road, Gloucester, GL2 0LX', phone: '01452 555 640' },
        branch: { odsCode: 'L83105001', name: 'Abbey Fields Surgery - Quedgeley', address: 'Unit 4, Quedgeley Centre, Gloucester, GL2 4XX', phone: '01452 555 699', mainContact: { name: 'Irene Gwilliam', email: 'irene.gwilliam@nhs.net', title: 'Mrs' } },
      },
      mustRaise: ['ods_invalid', 'branch_code_mismatch'], traits: ['two_sections', 'repeated_labels', 'malformed_code', 'branch_contact_title'],
    },
  });

  // 009 bounce ----------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 9, slug: 'bounce-old-practice-mailbox', client: 'outlook',
    from: { name: 'Microsoft Outlook', email: 'postmaster@nhs.net' },
    subject: 'Undeliverable: Your practice email address has been updated [PCSE-2026-118877]', date: '2026-11-30T08:02:41Z',
    text: '',
    raw: (mid) => bounce(mid),
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'delivery_status_report', 'case_reference'] },
  });

  // 010 question --------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 10, slug: 'question-branch-permissions', client: 'android',
    from: { name: 'Graham Lowther-Smith', email: 'graham.lowther-smith@nhs.net' },
    subject: 'Branch and user permissions', date: '2026-12-01T15:27:39Z',
    text: `Hi,

Once a branch is set up, do the branch staff need their own permissions on PCSE Online, or do the main practice's user admins' roles cover the branch automatically? We haven't applied yet - just trying to understand before we do.

Thanks
Graham`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mentions_permissions', 'mentions_branch'] },
  });

  // 011 misdirected reactivation ----------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 11, slug: 'misdirected-reactivation', client: 'apple',
    from: { name: 'Colin Ashby', email: 'colin.ashby@nhs.net' },
    subject: 'PCSE Online account deactivated', date: '2026-12-02T10:10:10Z',
    text: `Hi,

My PCSE Online account (colin.ashby@nhs.net) has been deactivated. I'm the PL Organisation Administrator for Upton Lea Surgery (H85023). Please can you reactivate it?

Thanks
Colin Ashby`,
    expected: { kind: 'account_reactivation', ignored: null, organisation: gp('H85023'), fields: { username: 'colin.ashby@nhs.net' }, mustRaise: [], traits: ['misdirected', 'user_admin_account'] },
  });

  return out;
}

function bounce(mid: string): string {
  const b = `b_${hex('dm-bounce', 24)}`;
  const origId = `<${hex('dm-bounce-orig', 20).toUpperCase()}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`;
  const date = rfcDate('2026-11-30T08:02:41Z');
  const CR = '\r\n';
  const lines = [
    'Received: from LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e0::11) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ' + date,
    'From: Microsoft Outlook <postmaster@nhs.net>',
    'To: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'Date: ' + date,
    'Subject: Undeliverable: Your practice email address has been updated',
    ' [PCSE-2026-118877]',
    'Message-ID: ' + mid,
    'Auto-Submitted: auto-replied',
    'X-MS-Exchange-Message-Is-Ndr: ',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    "Your message to oldmill.surgery@nhs.net couldn't be delivered.",
    '',
    "oldmill.surgery wasn't found at nhs.net.",
    '',
    'Action Required',
    'Unknown To address',
    '',
    'How to Fix It',
    "The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.",
    '',
    'Diagnostic information for administrators:',
    'Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
    'oldmill.surgery@nhs.net',
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
    'Received-From-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM',
    'Arrival-Date: ' + date,
    '',
    'Final-Recipient: rfc822;oldmill.surgery@nhs.net',
    'Action: failed',
    'Status: 5.1.10',
    'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'To: oldmill.surgery@nhs.net',
    'Subject: Your practice email address has been updated [PCSE-2026-118877]',
    'Date: ' + rfcDate('2026-11-30T08:02:30Z'),
    'Message-ID: ' + origId,
    '',
    `--${b}--`,
    '',
  ];
  return lines.join(CR);
}
