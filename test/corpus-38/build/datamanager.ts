// datamanager: the emails of corpus 38 (writer AH) and the case a careful PCSE staff member would enter.
import { PCSE, outlookHeaders, outlookMsgId, platformHeaders, person, type Email } from './common.js';
import { kvTable, mailto, outlookHtml, p, paras } from './html.js';
import { NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, addr, attachment, crlf, hexOf, message, multipart, rfc822, rfcDate, textPart } from './lib.js';
import { extensionTableWord } from './pdfs.js';

const MB = 'datamanager' as const;
const b = (id: string) => `----=_Part_${hexOf(id, 6)}_${hexOf(`${id}b`, 8)}`;
const ob = (id: string, n = 0) => `_00${n}_${hexOf(`${id}${n}`, 24)}_`;

// ---------------------------------------------------------------------------------------------------------------
async function d026(): Promise<Email> {
  const id = 'd026';
  const iso = '2026-11-03T13:40:22Z';
  const plain = `Good afternoon,

Update practice email address

Practice name: Holloway Lane Surgery
Practice code: M85047
Current practice email: hollowaylane.surgery@nhs.net
New practice email: bsol.hollowaylanesurgery@nhs.net

Kind regards

Fatima Begum
Senior Administrator
On behalf of Holloway Lane Surgery
0121 496 0330

${NHSMAIL_FOOTER}`;
  const html = outlookHtml([
    p('Good afternoon,'),
    p(''),
    p('Please could you update our practice email address on PCSE Online. Our ICB has moved all practices to new shared mailboxes and the new one is already live.'),
    p(''),
    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">',
    ...[['Practice name', 'Holloway Lane Surgery'], ['Practice code', 'M85047'], ['Current practice email', mailto('hollowaylane.surgery@nhs.net')], ['New practice email', mailto('bsol.hollowaylanesurgery@nhs.net')]]
      .map(([k, v]) => `<tr><td width="200" style="border:solid windowtext 1.0pt;background:#DEEAF6;padding:0cm 5.4pt">${p(`<b>${k}</b>`)}</td><td width="320" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${p(v!)}</td></tr>`),
    '</table>',
    p(''),
    p('Kind regards'),
    p(''),
    p('<b><span style="color:#1F3864">Fatima Begum</span></b>'),
    p('<span style="color:#1F3864">Senior Administrator</span>'),
    p('<span style="color:#1F3864">On behalf of Holloway Lane Surgery</span>'),
    p('<span style="color:#1F3864">0121 496 0330</span>'),
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const alt = multipart('alternative', ob(id), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = outlookHeaders({
    id, iso,
    from: 'Holloway Lane Surgery <hollowaylane.surgery@nhs.net>',
    sender: '"BEGUM, Fatima (HOLLOWAY LANE SURGERY)" <fatima.begum12@nhs.net>',
    to: PCSE.data,
    subject: 'Update practice email address',
  });
  return {
    mailbox: MB, name: '026-practice-email-on-behalf-table', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'M85047', type: 'gp_practice' },
      fields: { currentEmail: 'hollowaylane.surgery@nhs.net', newEmail: 'bsol.hollowaylanesurgery@nhs.net' },
      mustRaise: [], traits: ['sent_on_behalf_of', 'alternative_differs', 'word_table_in_html', 'sender_is_current_mailbox'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d027(): Promise<Email> {
  const id = 'd027';
  const iso = '2026-11-05T10:55:31Z';
  const html = `<div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#183247">
<p>Hello PCSE Data Manager team,</p>
<p>Raising on behalf of our Harborne practice. Please see the practice manager&#39;s request below.</p>
<table cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#6f7c87;width:170px">Practice</td><td>Smile Studio Dental &ndash; Harborne</td></tr>
<tr><td style="color:#6f7c87">ODS code</td><td>V305518</td></tr>
<tr><td style="color:#6f7c87">Requested by</td><td>Sarah Whitfield, Practice Manager</td></tr>
</table>
<blockquote style="margin:10px 0 10px 8px;border-left:2px solid #ccd4da;padding-left:8px;color:#33475b">Hi, please can you change the practice email PCSE holds for us. At the moment it is harborne@smilestudiodental.co.uk which goes to the front desk and things get missed. Please use my NHS mail instead: sarah.whitfield7@nhs.net. Thank you, Sarah</blockquote>
<p>Thanks,<br>Connor Blake<br>Smile Studio Dental Group &ndash; Central Support</p>
<div style="color:#92a2b1;font-size:12px;margin-top:12px">Ticket #20931 &middot; Central Support &middot; Reply above this line to add to the ticket.</div>
</div>`;
  const headers = platformHeaders({
    id, iso,
    from: '"Connor Blake via Smile Studio Central Support" <support@smilestudio.freshdesk.com>',
    replyTo: 'support@smilestudio.freshdesk.com',
    to: PCSE.dataBare,
    subject: '[#20931] Update practice email address - Harborne V305518',
    domain: 'smilestudio.freshdesk.com', ip: '54.171.218.31', helo: 'mail-eu-w1.freshemail.io',
    messageId: `<${hexOf(id, 12)}.20931.fd@smilestudio.freshdesk.com>`,
    extra: [['X-Freshdesk-Ticket-Id', '20931']],
  });
  return {
    mailbox: MB, name: '027-practice-email-personal-nhsmail-helpdesk', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'V305518', type: 'dental_practice' },
      fields: { currentEmail: 'harborne@smilestudiodental.co.uk', newEmail: 'sarah.whitfield7@nhs.net' },
      mustRaise: ['individual_mailbox', 'sender_not_nhs'], traits: ['helpdesk_relay', 'html_only', 'quoted_requester', 'platform_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d028(): Promise<Email> {
  const id = 'd028';
  const iso = '2026-11-06T16:21:48Z';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Data Manager team,</p>
<p><b>Update practice email address</b></p>
<p>We’re tidying up the contact details for our pharmacies. For the pharmacy below please replace the current email with the new NHSmail shared mailbox we’ve set up:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt;border-color:#999">
<tr><th align="left" style="background:#e8f1e4">Pharmacy name</th><th align="left" style="background:#e8f1e4">ODS</th><th align="left" style="background:#e8f1e4">Current email</th><th align="left" style="background:#e8f1e4">New email</th></tr>
<tr><td>Carlton Health Pharmacy – Sneinton</td><td>FC9D4</td><td>carltonhealth.pharmacy@nhs.net</td><td>pharmacy.fc9d4@nhs.net</td></tr>
</table>
<p>Our other branches will follow in a separate email once their mailboxes are live.</p>
<p>Best regards,<br>
Jérôme Lefèvre<br>
Compliance &amp; Governance Officer<br>
Carlton Health Ltd · 0115 496 0911</p>
<p style="font-size:7.5pt;color:#808080">Carlton Health Ltd is registered in England (No. 07712093). This e-mail is confidential; if you’re not the addressee please delete it and let us know.</p>
</body></html>`;
  const headers = outlookHeaders({
    id, iso,
    from: addr('Jérôme Lefèvre', 'jerome.lefevre@carltonhealth.co.uk', 'windows-1252', 'Q'),
    to: PCSE.dataBare,
    subject: 'Update practice email address - FC9D4',
    inbound: { domain: 'carltonhealth.co.uk', ip: '81.144.203.17', dkim: 'fail', spf: 'softfail', dmarc: 'fail' },
  });
  return {
    mailbox: MB, name: '028-practice-email-pharmacy-dkim-fail-cp1252', eml: message(headers, textPart(html, 'html', 'windows-1252', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'FC9D4', type: 'pharmacy' },
      fields: { currentEmail: 'carltonhealth.pharmacy@nhs.net', newEmail: 'pharmacy.fc9d4@nhs.net' },
      mustRaise: ['sender_unauthenticated'], traits: ['windows_1252', 'html_only', 'html_table_row', 'dkim_fail', 'non_ascii_name', 'rfc2047_q_from'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d029(): Promise<Email> {
  const id = 'd029';
  const iso = '2026-11-09T09:17:05Z';
  const plain = `Lancashire and South Cumbria ICB - Digital Service Desk

Request: REQ0081552
Raised by: St Aidan's Surgery reception team
Item: Supplier change request - PCSE (update practice email address)

Organisation type: GP Practice
Practice name: St Aidan's Surgery
Practice code: P8173
Current practice email: staidans.surgery@nhs.net
New practice email: lancs.staidanssurgery@nhs.net

Notes from requester: We have been moved onto the ICB naming convention for shared mailboxes. The old mailbox will be closed at the end of December.

Please reply to this email to update the request. Do not remove the reference REQ0081552.

LSC ICB Digital Service Desk
lscicb.servicedesk@nhs.net

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({
    id, iso,
    from: 'LSC ICB Digital Service Desk <lscicb.servicedesk@nhs.net>',
    to: PCSE.dataBare,
    subject: 'REQ0081552 - Update practice email address - St Aidan\'s Surgery',
    messageId: `<Email.${hexOf(id, 20)}@nhslsc.service-now.com>`,
    extra: [['X-ServiceNow-Source', 'Notification-c4f2e0a91bd6'], ['X-ServiceNow-SysEmail-Version', '2']],
  });
  return {
    mailbox: MB, name: '029-practice-email-icb-desk-malformed-code', eml: message(headers, textPart(plain, 'plain', 'us-ascii', '7bit')),
    expected: {
      mailbox: MB, kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'P8173', type: 'gp_practice' },
      fields: { currentEmail: 'staidans.surgery@nhs.net', newEmail: 'lancs.staidanssurgery@nhs.net' },
      mustRaise: ['ods_invalid'], traits: ['icb_servicedesk', 'malformed_code', 'stated_type_only', 'plain_text'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d030(): Promise<Email> {
  const id = 'd030';
  const iso = '2026-11-10T11:05:29Z';
  const pdf = await extensionTableWord({
    group: 'Hallam Pharmacy Group', title: 'PCSE Online - extend main contact to a new pharmacy',
    existing: { name: 'Hallam Pharmacy - Crookes', code: 'FH2K7', contact: 'Imran Siddiqui', email: 'imran.siddiqui@nhs.net', address: '214 Crookes, Sheffield, S10 1UG', phone: '0114 496 0312' },
    newer: { name: 'Hallam Pharmacy - Walkley', code: 'FH3P1', address: '88 South Road, Walkley, Sheffield, S6 3TE', completion: '01/11/2026' },
    signedBy: 'Nadia Rahman, Head of Operations',
  });
  const text = `Hello,

We would like to extend a current main contact to a new pharmacy. We completed the purchase of the Walkley pharmacy on 1 November and the new ODS code has been issued.

All the details are in the attached table. Imran is our superintendent and is already main contact for Crookes.

Many thanks
Nadia Rahman
Head of Operations, Hallam Pharmacy Group
On behalf of Hallam Pharmacy Group head office

${NHSMAIL_FOOTER}`;
  const mixed = multipart('mixed', ob(id), [textPart(text, 'plain', 'utf-8', 'quoted-printable'), attachment('Main contact extension - Walkley FH3P1.pdf', 'application/pdf', pdf, { outlook: true, size: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: 'Hallam Pharmacy Group Head Office <hallampharmacy.headoffice@nhs.net>',
    sender: '"RAHMAN, Nadia (HALLAM PHARMACY GROUP)" <nadia.rahman8@nhs.net>',
    to: PCSE.data,
    subject: 'Extend main contact to new pharmacy - FH3P1',
    attach: true,
  });
  return {
    mailbox: MB, name: '030-extension-pharmacy-landscape-table-pdf', eml: message(headers, mixed),
    pdfs: [{ kind: 'flat', file: 'Main contact extension - Walkley FH3P1.pdf' }],
    expected: {
      mailbox: MB, kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'FH2K7', type: 'pharmacy' },
      fields: {
        existingPractice: { odsCode: 'FH2K7', name: 'Hallam Pharmacy - Crookes', mainContact: person('Imran Siddiqui', 'imran.siddiqui@nhs.net'), address: '214 Crookes, Sheffield, S10 1UG', phone: '0114 496 0312' },
        newPractice: { odsCode: 'FH3P1', name: 'Hallam Pharmacy - Walkley', address: '88 South Road, Walkley, Sheffield, S6 3TE' },
      },
      mustRaise: [], traits: ['pdf_flat_word_table', 'landscape_two_columns', 'sent_on_behalf_of', 'see_attached', 'main_contact_not_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d031(): Promise<Email> {
  const id = 'd031';
  const iso = '2026-11-12T10:30:12Z';
  const cell = 'style="padding:6px 10px;border-bottom:1px solid #eadcef;font-family:Arial,sans-serif;font-size:13px;vertical-align:top"';
  const head = 'style="padding:8px 10px;background:#6b1f6b;color:#ffffff;font-family:Arial,sans-serif;font-size:13px;text-align:left"';
  const rows: [string, string, string][] = [
    ['Practice name', 'Brightsmile Dental - Corby', 'Brightsmile Dental - Wellingborough'],
    ['ODS code', 'V104590', 'V118834'],
    ['Main contact (held by PCSE)', 'Lucy Okonkwo', '&mdash;'],
    ['Main contact email', 'lucy.okonkwo@nhs.net', '&mdash;'],
    ['Address', 'Unit 3, Oakley Parade<br>Corby<br>NN17 1AP', '22 Sheep Street<br>Wellingborough<br>NN8 1BL'],
    ['Telephone', '01632 960 441', 'not yet connected'],
  ];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f6f2f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:18px 22px;font-family:Georgia,serif;font-size:20px;color:#6b1f6b">Brightsmile Dental Group</td></tr>
<tr><td style="padding:0 22px 10px 22px;font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear PCSE Data Manager,</p>
<p>We would like to extend a current main contact to a new practice. Lucy Okonkwo is main contact for our Corby practice and will also manage our newly opened Wellingborough practice.</p>
</td></tr>
<tr><td style="padding:0 22px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><th ${head}></th><th ${head}>Existing practice</th><th ${head}>New practice</th></tr>
${rows.map(([k, a, n]) => `<tr><td ${cell}><b>${k}</b></td><td ${cell}>${a}</td><td ${cell}>${n}</td></tr>`).join('\n')}
</table></td></tr>
<tr><td style="padding:14px 22px;font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>If you need to verify by phone, please call the Corby number above and ask for Lucy.</p>
<p>Kind regards,<br><b>Practice Support Team</b><br>Brightsmile Dental Group &middot; Support Centre, Northampton<br>practicesupport@brightsmiledental.co.uk</p>
</td></tr>
<tr><td style="padding:12px 22px;background:#f1e8f3;font-family:Arial,sans-serif;font-size:10px;color:#7b6b80">Brightsmile Dental Group Ltd. Registered in England and Wales no. 10339021. Registered office: Support Centre, 1 Brackmills Way, Northampton NN4 7PB. This message and any attachments are confidential and intended for the named addressee(s) only. If you have received this message in error please notify the sender and delete it. We do not accept liability for any loss or damage caused by software viruses. We process personal data in line with our privacy notice at brightsmiledental.co.uk/privacy, which also explains your rights. Our practices are regulated by the Care Quality Commission.</td></tr>
</table></td></tr></table>
</body></html>`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Brightsmile Practice Support <practicesupport@brightsmiledental.co.uk>',
    to: PCSE.dataBare, cc: 'Lucy Okonkwo <lucy.okonkwo@nhs.net>',
    subject: 'Extend current main contact to new practice - Brightsmile Wellingborough V118834',
    inbound: { domain: 'brightsmiledental.co.uk', ip: '52.101.68.140' },
  });
  return {
    mailbox: MB, name: '031-extension-dental-html-layout-columns', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'V104590', type: 'dental_practice' },
      fields: {
        existingPractice: { odsCode: 'V104590', name: 'Brightsmile Dental - Corby', mainContact: person('Lucy Okonkwo', 'lucy.okonkwo@nhs.net'), address: 'Unit 3, Oakley Parade, Corby, NN17 1AP', phone: '01632 960 441' },
        newPractice: { odsCode: 'V118834', name: 'Brightsmile Dental - Wellingborough', address: '22 Sheep Street, Wellingborough, NN8 1BL' },
      },
      mustRaise: [], traits: ['html_only', 'layout_table_columns', 'head_office_for_practice', 'long_disclaimer'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d032(): Promise<Email> {
  const id = 'd032';
  const iso = '2026-11-16T08:47:39Z';
  const text = `Morning,

Approved - please action the below for Hamza. Note the Witney phone line isn't live yet so please use the Bicester number to verify.

Thanks
Philippa Grant
Regional Operations Manager (Oxfordshire)
ClearView Opticians

-----Original Message-----
From: Hamza Rauf <hamza.rauf@nhs.net>
Sent: 13 November 2026 17:22
To: Philippa Grant <philippa.grant@clearviewopticians.co.uk>
Subject: PCSE - add Witney to my main contact login

Hi Philippa,

As discussed, can you send this to PCSE (Data Manager) so Witney gets added to my PCSE Online account. I'm the main contact at Bicester already.

Existing practice
Name: ClearView Opticians - Bicester
ODS code: TPK47
Main contact: Hamza Rauf
Main contact email: hamza.rauf@nhs.net
Address: 14 Sheep Street, Bicester, OX26 6JF
Telephone: 01632 960 587

New practice
ODS code: TPL03
Name: ClearView Opticians - Witney
Address: 31 Market Square, Witney, OX28 6AG

Cheers
Hamza
`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Philippa Grant <philippa.grant@clearviewopticians.co.uk>',
    to: PCSE.dataBare, cc: 'Hamza Rauf <hamza.rauf@nhs.net>',
    subject: 'FW: PCSE - add Witney to my main contact login',
    inbound: { domain: 'clearviewopticians.co.uk', ip: '52.101.73.88' },
  });
  return {
    mailbox: MB, name: '032-extension-optical-forwarded-approval', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: {
      mailbox: MB, kind: 'main_contact_extension', ignored: null, organisation: { odsCode: 'TPK47', type: 'ophthalmic_practice' },
      fields: {
        existingPractice: { odsCode: 'TPK47', name: 'ClearView Opticians - Bicester', mainContact: person('Hamza Rauf', 'hamza.rauf@nhs.net'), address: '14 Sheep Street, Bicester, OX26 6JF', phone: '01632 960 587' },
        newPractice: { odsCode: 'TPL03', name: 'ClearView Opticians - Witney', address: '31 Market Square, Witney, OX28 6AG' },
      },
      mustRaise: [], traits: ['forwarded_inline', 'manager_approval_on_top', 'headers_in_body', 'plain_text'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d033(): Promise<Email> {
  const id = 'd033';
  const iso = '2026-11-18T14:03:50Z';
  const innerPlain = `Dear PCSE,

We would like to set up access to PCSE Online for a branch practice.

MAIN PRACTICE
Name of main practice: Millbrook Surgery
Organisation type: GP
ODS code: B86023
Main contact PCSE holds: Sunita Rao
Main contact email: sunita.rao@nhs.net
Address: Millbrook House, 5 Mill Street, Leeds, LS9 8BP
Telephone: 0113 496 0612

BRANCH PRACTICE
Main contact for the branch: Dr Alan Kershaw
Email: alan.kershaw@nhs.net
Branch ODS code: B86023001
Branch name: Millbrook Surgery at Thornhill Lees
Address: Thornhill Lees Health Centre, 2 Brewery Lane, Leeds, LS12 4RN
Telephone: 0113 496 0640

Regards
Sunita Rao
Practice Manager, Millbrook Surgery
`;
  const inner = message([
    ['From', '"RAO, Sunita (MILLBROOK SURGERY)" <sunita.rao@nhs.net>'],
    ['To', 'Leeds South GP Federation Business Support <lsgpf.businesssupport@nhs.net>'],
    ['Subject', 'Branch set up on PCSE Online - Thornhill Lees'],
    ['Date', rfcDate('2026-11-18T12:31:07Z')],
    ['Message-ID', outlookMsgId(`${id}-inner`)],
    ['Content-Language', 'en-GB'],
    ['MIME-Version', '1.0'],
  ], textPart(innerPlain, 'plain', 'us-ascii', '7bit'));
  const outer = `Hello

On behalf of Millbrook Surgery (one of our member practices), please see the attached request to set up their new branch on PCSE Online. Sunita is copied in and is happy to take your verification call.

Kind regards
Business Support Team
Leeds South GP Federation

${NHSMAIL_FOOTER}`;
  const mixed = multipart('mixed', ob(id), [textPart(outer, 'plain', 'us-ascii', '7bit'), rfc822(inner, 'Branch set up on PCSE Online - Thornhill Lees.eml')]);
  const headers = outlookHeaders({
    id, iso,
    from: 'Leeds South GP Federation Business Support <lsgpf.businesssupport@nhs.net>',
    to: PCSE.data, cc: '"RAO, Sunita (MILLBROOK SURGERY)" <sunita.rao@nhs.net>',
    subject: 'FW: Branch set up on PCSE Online - Thornhill Lees',
    attach: true,
  });
  return {
    mailbox: MB, name: '033-branch-setup-federation-forwards-rfc822', eml: message(headers, mixed),
    expected: {
      mailbox: MB, kind: 'branch_setup', ignored: null, organisation: { odsCode: 'B86023', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'B86023', name: 'Millbrook Surgery', mainContact: person('Sunita Rao', 'sunita.rao@nhs.net'), address: 'Millbrook House, 5 Mill Street, Leeds, LS9 8BP', phone: '0113 496 0612' },
        branch: { odsCode: 'B86023001', name: 'Millbrook Surgery at Thornhill Lees', address: 'Thornhill Lees Health Centre, 2 Brewery Lane, Leeds, LS12 4RN', phone: '0113 496 0640', mainContact: { name: 'Alan Kershaw', email: 'alan.kershaw@nhs.net', title: 'Dr' } },
      },
      mustRaise: [], traits: ['forwarded_as_attachment', 'federation_for_practice', 'details_only_in_attached_message'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d034(): Promise<Email> {
  const id = 'd034';
  const iso = '2026-11-20T10:48:33Z';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#212b32">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#005eb8;color:#fff;padding:10px 14px;font-size:17px">NHS Surrey Heartlands ICB &middot; IT Service Desk</td></tr></table>
<p>Dear PCSE Data Manager,</p>
<p>The practice below has asked the ICB to pass on a request to set up a <b>branch practice</b> on PCSE Online. Ticket <b>RITM0104476</b>. Please reply to this mailbox.</p>
<h4 style="margin:14px 0 4px 0;color:#005eb8">Main practice</h4>
${kvTable([['Practice name', 'Oakridge Medical Centre'], ['Organisation type', 'GP'], ['ODS code', 'H81090'], ['Main contact', 'Peter Dunleavy'], ['Main contact email', 'peter.dunleavy@nhs.net'], ['Address', 'Oakridge Road, Guildford, GU2 7XR'], ['Telephone', '01632 960 200']], { border: true, labelWidth: 200, font: 'Arial,sans-serif' })}
<h4 style="margin:14px 0 4px 0;color:#005eb8">Branch</h4>
${kvTable([['Branch main contact', 'Mrs Helen Carver'], ['Branch main contact email', 'helen.carver@nhs.net'], ['Branch ODS code', 'H81099001'], ['Branch name', 'Oakridge Medical Centre - Park Barn'], ['Branch address', 'Park Barn Centre, Cabell Road, Guildford, GU2 8DS'], ['Branch telephone', '01632 960 214']], { border: true, labelWidth: 200, font: 'Arial,sans-serif' })}
<p style="color:#4c6272">Requester&#39;s note: &ldquo;Branch code copied from the ODS letter.&rdquo;</p>
<p>Kind regards<br>IT Service Desk<br>NHS Surrey Heartlands Integrated Care Board</p>
${NHSMAIL_FOOTER_HTML}
</body></html>`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Surrey Heartlands ICB IT Service Desk <syheartlandsicb.itservicedesk@nhs.net>',
    to: PCSE.dataBare,
    subject: 'RITM0104476 - PCSE Online branch set up - Oakridge Medical Centre',
    messageId: `<Email.${hexOf(id, 20)}@nhssurreyh.service-now.com>`,
    extra: [['X-ServiceNow-Source', 'Notification-1e7b0c9d2a4f'], ['X-ServiceNow-SysEmail-Version', '2']],
  });
  return {
    mailbox: MB, name: '034-branch-setup-icb-desk-code-mismatch', eml: message(headers, textPart(html, 'html', 'utf-8', 'base64')),
    expected: {
      mailbox: MB, kind: 'branch_setup', ignored: null, organisation: { odsCode: 'H81090', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'H81090', name: 'Oakridge Medical Centre', mainContact: person('Peter Dunleavy', 'peter.dunleavy@nhs.net'), address: 'Oakridge Road, Guildford, GU2 7XR', phone: '01632 960 200' },
        branch: { odsCode: 'H81099001', name: 'Oakridge Medical Centre - Park Barn', address: 'Park Barn Centre, Cabell Road, Guildford, GU2 8DS', phone: '01632 960 214', mainContact: { name: 'Helen Carver', email: 'helen.carver@nhs.net', title: 'Mrs' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['icb_servicedesk', 'html_only', 'base64_body', 'branch_code_not_main_plus_three'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d035(): Promise<Email> {
  const id = 'd035';
  const iso = '2026-11-24T12:19:02Z';
  const text = `Dear Sir/Madam,

I would like to set up access to PCSE Online for a branch practice.

Details of our main practice
  Name:                Harrowden Road Surgery
  Organisation type:   GP
  ODS code:            M89012
  Main contact:        Nuala Ó Briain
  Main contact email:  nuala.obriain@nhs.net
  Address:             44 Harrowden Road, Birmingham, B31 4PL
  Telephone:           0121 496 0460

Details of the branch
  Main contact:        Dr Søren Madsen
  Email:               soren.madsen@nhs.net
  Branch ODS code:     M89012003
  Branch name:         Harrowden Road Surgery - Quinton Branch
  Address:             Quinton Health Centre, 120 Ridgacre Road, Birmingham, B32 2TJ
  Telephone:           0121 496 0488

(Our other branch, M89012001, is already set up.)

Yours faithfully

Nuala Ó Briain
Practice Manager

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Harrowden Road Surgery <harrowdenroad.surgery@nhs.net>',
    sender: addr('Ó BRIAIN, Nuala (HARROWDEN ROAD SURGERY)', 'nuala.obriain@nhs.net', 'iso-8859-1', 'B'),
    to: PCSE.data,
    subject: 'Set up access for branch practice M89012003',
  });
  return {
    mailbox: MB, name: '035-branch-setup-latin1-plain-other-branch-distractor', eml: message(headers, textPart(text, 'plain', 'iso-8859-1', '8bit')),
    expected: {
      mailbox: MB, kind: 'branch_setup', ignored: null, organisation: { odsCode: 'M89012', type: 'gp_practice' },
      fields: {
        mainPractice: { odsCode: 'M89012', name: 'Harrowden Road Surgery', mainContact: person('Nuala Ó Briain', 'nuala.obriain@nhs.net'), address: '44 Harrowden Road, Birmingham, B31 4PL', phone: '0121 496 0460' },
        branch: { odsCode: 'M89012003', name: 'Harrowden Road Surgery - Quinton Branch', address: 'Quinton Health Centre, 120 Ridgacre Road, Birmingham, B32 2TJ', phone: '0121 496 0488', mainContact: { name: 'Søren Madsen', email: 'soren.madsen@nhs.net', title: 'Dr' } },
      },
      mustRaise: [], traits: ['iso_8859_1', 'eight_bit_latin1', 'sent_on_behalf_of', 'non_ascii_name', 'other_branch_distractor', 'rfc2047_b_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d036(): Promise<Email> {
  const id = 'd036';
  const iso = '2026-11-25T08:26:44Z';
  const html = outlookHtml([
    p('Hi,'),
    p(''),
    p('Please see the message below from one of our salaried GPs, sent to us through CareLink. Could you unlock her PCSE Online account?'),
    p(''),
    p('Thanks'),
    p('Marie Cole'),
    p('Practice Manager, Whitmore Vale Surgery (Y05218)'),
    p(''),
    '<div style="border:1px solid #cfd8dc;border-radius:4px;padding:10px 12px;font-family:Arial,sans-serif;font-size:10.5pt;background:#f7fafb">',
    '<p style="margin:0 0 6px 0;color:#00796b;font-weight:bold">CareLink Messenger &middot; Message to practice</p>',
    '<p style="margin:0;color:#546e7a;font-size:9pt">From: Dr Jaspreet Kaur (Whitmore Vale Surgery) &middot; 25 Nov 2026, 07:51 &middot; Conversation #CL-883102</p>',
    '<hr style="border:none;border-top:1px solid #cfd8dc">',
    '<p style="margin:0">Morning Marie &#8211; I tried to log into PCSE Online from home last night and got my password wrong too many times, it now says the account is locked and to contact PCSE. My username is jaspreet.kaur@nhs.net. Could someone ask them to unlock it? I need to update my performer details this week. Thanks, Jas</p>',
    '<p style="margin:8px 0 0 0;color:#90a4ae;font-size:8pt">Sent via CareLink Messenger. This message was exported from the CareLink inbox by marie.cole@nhs.net.</p>',
    '</div>',
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const headers = outlookHeaders({ id, iso, from: '"COLE, Marie (WHITMORE VALE SURGERY)" <marie.cole@nhs.net>', to: PCSE.dataBare, subject: 'PCSE Online account locked - Dr Kaur' });
  return {
    mailbox: MB, name: '036-unlock-misdirected-patient-comms-tool', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'account_unlock', ignored: null, organisation: { odsCode: 'Y05218', type: 'gp_practice' },
      fields: { username: 'jaspreet.kaur@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'messaging_tool_export', 'html_only', 'requester_not_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d037(): Promise<Email> {
  const id = 'd037';
  const iso = '2026-11-26T07:00:05Z';
  const plain = `Starterline - onboarding task for an external supplier

Marsh Lane Surgery has a new starter who needs access to your system.

Organisation: Marsh Lane Surgery
Organisation code: C82077
New starter: Kwame Asante
Role at organisation: Practice Manager
Start date: 01/12/2026
Email: kwame.asante@nhs.net

System: PCSE Online
Access requested: PL Organisation Administrator (Performers List user admin)
Approved by: Dr Ruth Ferriday, CQC Registered Manager (ruth.ferriday@nhs.net)
Approved on: 25/11/2026

Reply to this email to let the practice know when access is set up. Replies are delivered to the practice's onboarding lead.

Starterline - onboarding made simple - starterline.app
You are receiving this email because Marsh Lane Surgery listed this address as the contact for PCSE Online.
`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef2f7;font-family:Inter,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:20px 24px 0 24px;font-size:12px;color:#5b6b82;text-transform:uppercase;letter-spacing:1px">Onboarding task for an external supplier</td></tr>
<tr><td style="padding:6px 24px 12px 24px;font-size:20px;color:#15233b;font-weight:bold">Marsh Lane Surgery has a new starter who needs access to your system</td></tr>
<tr><td style="padding:0 24px">
${kvTable([['Organisation', 'Marsh Lane Surgery'], ['Organisation code', 'C82077'], ['New starter', 'Kwame Asante'], ['Role at organisation', 'Practice Manager'], ['Start date', '01/12/2026'], ['Email', 'kwame.asante@nhs.net']], { labelWidth: 170, font: 'Inter,Arial,sans-serif' })}
</td></tr>
<tr><td style="padding:12px 24px"><div style="background:#f4f7fb;border-radius:6px;padding:12px">
${kvTable([['System', 'PCSE Online'], ['Access requested', 'PL Organisation Administrator (Performers List user admin)'], ['Approved by', 'Dr Ruth Ferriday, CQC Registered Manager (ruth.ferriday@nhs.net)'], ['Approved on', '25/11/2026']], { labelWidth: 150, font: 'Inter,Arial,sans-serif' })}
</div></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:13px;color:#5b6b82">Reply to this email to let the practice know when access is set up. Replies are delivered to the practice&#39;s onboarding lead.</td></tr>
</table>
<p style="font-size:11px;color:#8a97ab">Starterline &middot; onboarding made simple &middot; starterline.app<br>You are receiving this email because Marsh Lane Surgery listed this address as the contact for PCSE Online.</p>
</td></tr></table></body></html>`;
  const alt = multipart('alternative', b(id), [textPart(plain, 'plain', 'utf-8', '7bit'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = platformHeaders({
    id, iso,
    from: 'Starterline for Marsh Lane Surgery <notifications@starterline.app>',
    replyTo: 'reply+t_8812f0@inbound.starterline.app',
    to: 'pcse.datamanager@nhs.net',
    subject: 'Action needed: PCSE Online access for Kwame Asante (Marsh Lane Surgery)',
    domain: 'starterline.app', ip: '23.251.234.12', helo: 'a234-12.smtp-out.eu-west-1.amazonses.com',
    messageId: `<0102019a${hexOf(id, 24)}-000000@eu-west-1.amazonses.com>`,
    extra: [['Feedback-ID', '::1.eu-west-1.Hq0mZ9:AmazonSES'], ['X-SES-Outgoing', '2026.11.26-23.251.234.12'], ['List-Unsubscribe', '<https://starterline.app/u/8812f0>']],
  });
  return {
    mailbox: MB, name: '037-pl-admin-misdirected-onboarding-system', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'C82077', type: 'gp_practice' },
      fields: { service: 'PL', nominee: person('Kwame Asante', 'kwame.asante@nhs.net'), approver: { name: 'Ruth Ferriday', email: 'ruth.ferriday@nhs.net', role: 'CQC Registered Manager' } },
      mustRaise: ['sender_not_nhs'], traits: ['misdirected', 'onboarding_system_notification', 'platform_sender', 'list_unsubscribe_not_bulk'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d038(): Promise<Email> {
  const id = 'd038';
  const iso = '2026-11-27T13:12:40Z';
  const html = `<div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#12344d">
<p>Hi Data Manager team,</p>
<p>Quick question before we send anything in: we have 12 pharmacies, each with its own ODS code. Does each pharmacy need its own Main Contact, or can one person (our superintendent) be the main contact for all of them on one PCSE Online login? And if it is one person, do we need to send the extension request 11 times?</p>
<p>Thanks,<br>Stacey Nuttall<br>Systems &amp; Support Coordinator, Wentworth Healthcare Pharmacies</p>
<div style="color:#92a2b1;font-size:12px">Ticket #71388 &middot; Group: Systems Access</div>
</div>`;
  const headers = platformHeaders({
    id, iso,
    from: '"Stacey Nuttall via Wentworth Support" <support@wentworthhealthcare.freshdesk.com>',
    to: PCSE.dataBare,
    subject: '[#71388] Question - one main contact for several pharmacies?',
    domain: 'wentworthhealthcare.freshdesk.com', ip: '54.171.218.16', helo: 'mail-eu-w1.freshemail.io',
    messageId: `<${hexOf(id, 12)}.71388.fd@wentworthhealthcare.freshdesk.com>`,
  });
  return {
    mailbox: MB, name: '038-question-helpdesk-many-pharmacies', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'helpdesk_relay', 'html_only'] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d039(): Promise<Email> {
  const id = 'd039';
  const iso = '2026-11-30T15:44:18Z';
  const plain = `Thank you - all working now.

Fatima

-----Original Message-----
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 30 November 2026 14:02
To: Holloway Lane Surgery <bsol.hollowaylanesurgery@nhs.net>
Subject: PCSE-2026-003981 Practice email address updated

Dear Holloway Lane Surgery,

We have updated the practice email address for M85047 to bsol.hollowaylanesurgery@nhs.net. This confirmation has been sent to the new address.

Kind regards
PCSE Data Manager
`;
  const html = outlookHtml([
    p('Thank you &#8211; all working now.'),
    p(''),
    p('Fatima'),
    p(''),
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
    p('<b>From:</b> PCSE Data Manager &lt;pcse.datamanager@nhs.net&gt;<br><b>Sent:</b> 30 November 2026 14:02<br><b>To:</b> Holloway Lane Surgery &lt;bsol.hollowaylanesurgery@nhs.net&gt;<br><b>Subject:</b> PCSE-2026-003981 Practice email address updated'),
    '</div>',
    p(''),
    paras('Dear Holloway Lane Surgery,\n\nWe have updated the practice email address for M85047 to bsol.hollowaylanesurgery@nhs.net. This confirmation has been sent to the new address.\n\nKind regards\nPCSE Data Manager'),
  ].join('\n'));
  const alt = multipart('alternative', ob(id), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = outlookHeaders({
    id, iso,
    from: 'Holloway Lane Surgery <bsol.hollowaylanesurgery@nhs.net>',
    sender: '"BEGUM, Fatima (HOLLOWAY LANE SURGERY)" <fatima.begum12@nhs.net>',
    to: PCSE.data,
    subject: 'RE: PCSE-2026-003981 Practice email address updated',
    inReplyTo: `<${hexOf('pcse-out-3981', 24)}@nhs.net>`,
  });
  return {
    mailbox: MB, name: '039-thanks-with-reference-on-behalf', eml: message(headers, alt),
    expected: { mailbox: MB, kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_reference', 'sent_on_behalf_of', 'quoted_pcse_reply'] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d040(): Promise<Email> {
  const id = 'd040';
  const iso = '2026-12-01T10:05:33Z';
  const human = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p style="font-size:20px;color:#c00000">Your message to lancs.staidanssurgery@nhs.net couldn't be delivered.</p>
<p><b>lancs.staidanssurgery</b> wasn't found at nhs.net.</p>
<table><tr><td style="padding-right:30px">pcse.datamanager</td><td>Office 365</td><td>lancs.staidanssurgery</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p style="font-size:12px;color:#666">Diagnostic information for administrators:<br>Generating server: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM<br>lancs.staidanssurgery@nhs.net<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>`;
  const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Tue, 1 Dec 2026 10:05:30 +0000

Final-Recipient: rfc822;lancs.staidanssurgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`;
  const origHeaders = `From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: St Aidan's Surgery <lancs.staidanssurgery@nhs.net>
Subject: PCSE-2026-004622 Practice email address updated
Date: Tue, 1 Dec 2026 10:05:28 +0000
Message-ID: <${hexOf('pcse-out-4622', 24)}@nhs.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
`;
  const report = multipart('report', `_000_${hexOf(id, 28)}_`, [
    textPart(human, 'html', 'us-ascii', 'quoted-printable'),
    { headers: [['Content-Type', 'message/delivery-status']], body: crlf(status) },
    { headers: [['Content-Type', 'text/rfc822-headers']], body: crlf(origHeaders) },
  ], { params: '; report-type=delivery-status' });
  const headers = outlookHeaders({
    id, iso,
    from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>',
    to: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
    subject: 'Undeliverable: PCSE-2026-004622 Practice email address updated',
    extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', ''], ['X-MS-Exchange-Generated-Message-Source', 'Transport']],
  });
  return {
    mailbox: MB, name: '040-bounce-exchange-ndr', eml: message(headers, report),
    expected: { mailbox: MB, kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'exchange_ndr', 'case_reference'] },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function d041(): Promise<Email> {
  const id = 'd041';
  const iso = '2026-12-02T11:20:08Z';
  const text = `Thank you for contacting the Surrey Heartlands ICB IT Service Desk.

Your email has been received and logged as REQ0106190 - "RE: RITM0104476 - PCSE Online branch set up - Oakridge Medical Centre".

An analyst will review your email within 1 working day. You do not need to reply to this message. If you reply, please keep the reference in the subject line.

This is an automatically generated message.

IT Service Desk
NHS Surrey Heartlands Integrated Care Board
`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Surrey Heartlands ICB IT Service Desk <syheartlandsicb.itservicedesk@nhs.net>',
    to: PCSE.dataBare,
    subject: 'REQ0106190 has been logged - RE: RITM0104476 - PCSE Online branch set up',
    messageId: `<Email.${hexOf(id, 20)}@nhssurreyh.service-now.com>`,
    extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All'], ['X-ServiceNow-Source', 'Notification-aa10c2e3f45b'], ['Precedence', 'auto_reply']],
  });
  return {
    mailbox: MB, name: '041-auto-ack-icb-servicedesk', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'ticket_acknowledgement', 'auto_submitted_generated'] },
  };
}

export async function datamanagerEmails(): Promise<Email[]> {
  const out: Email[] = [];
  for (const f of [d026, d027, d028, d029, d030, d031, d032, d033, d034, d035, d036, d037, d038, d039, d040, d041]) out.push(await f());
  return out;
}

