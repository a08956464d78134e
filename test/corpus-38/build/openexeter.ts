// openexeter: the emails of corpus 38 (writer AH) and the case a careful PCSE staff member would enter.
import { PCSE, outlookHeaders, outlookMsgId, platformHeaders, person, type Email } from './common.js';
import { mailto, outlookHtml, p, paras, sigTable } from './html.js';
import { NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, attachment, esc, hexOf, logoPng, message, multipart, rfc822, rfcDate, textPart } from './lib.js';
import { SIGS, oePrimaryFillable, oePrimaryGpTwoPage, oePrimaryOtherWord } from './pdfs.js';
import { greyScanOe, photoOe } from './scans.js';

const MB = 'openexeter' as const;
const ob = (id: string, n = 0) => `_00${n}_${hexOf(`${id}${n}`, 24)}_`;

// ---------------------------------------------------------------------------------------------------------------
async function o042(): Promise<Email> {
  const id = 'o042';
  const iso = '2026-11-03T15:09:51Z';
  const pdf = await oePrimaryGpTwoPage({
    practice: 'The Willows Health Centre', code: 'Y02931', address: 'Willow Way, Manchester, M22 5RT', phone: '0161 496 0900',
    nominee: { title: 'Miss', first: 'Megan', surname: 'Atherton', role: 'Deputy Practice Manager', email: 'megan.atherton@nhs.net', phone: '0161 496 0921', smartcard: 'Not known' },
    capacity: 'GP Partner',
    signatory: { name: 'Dr Rhys Pritchard', email: 'rhys.pritchard@nhs.net', date: '03/11/2026', sig: SIGS.pritchard },
  });
  const html = outlookHtml([
    p('Dear Open Exeter team,'),
    p(''),
    p('Please find attached our Open Exeter Primary User request. Page 1 has been completed and signed by Dr Pritchard, one of our GP partners. Page 2 is the guidance that came with the form.'),
    p(''),
    p('Kind regards,'),
    p(''),
    sigTable({ cid: 'image001.png@01DB2D6E.4F0A8C30', alt: 'The Willows Health Centre', colour: '#41B6E6', lines: ['The Willows Health Centre', 'Willow Way, Manchester, M22 5RT', 'Tel: 0161 496 0900', 'thewillows.healthcentre@nhs.net'] }),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const related = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image001.png', 'image/png', logoPng(42), { inline: true, cid: 'image001.png@01DB2D6E.4F0A8C30', outlook: true }),
  ], { params: '; type="text/html"' });
  const mixed = multipart('mixed', ob(id, 2), [related, attachment('Open Exeter PU form - Willows Y02931.pdf', 'application/pdf', pdf, { outlook: true, size: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: 'The Willows Health Centre <thewillows.healthcentre@nhs.net>',
    sender: '"ATHERTON, Megan (THE WILLOWS HEALTH CENTRE)" <megan.atherton@nhs.net>',
    to: PCSE.oe,
    subject: 'Open Exeter Primary User request - The Willows Health Centre',
    attach: true,
  });
  return {
    mailbox: MB, name: '042-primary-user-gp-two-page-guidance', eml: message(headers, mixed),
    pdfs: [{ kind: 'flat', file: 'Open Exeter PU form - Willows Y02931.pdf' }],
    expected: {
      mailbox: MB, kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'Y02931', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Megan Atherton', 'megan.atherton@nhs.net'), signatory: { name: 'Rhys Pritchard', email: 'rhys.pritchard@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['pdf_flat_word_table', 'two_pages_guidance_second', 'guidance_lists_roles_distractor', 'sent_on_behalf_of', 'nominee_is_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o043(): Promise<Email> {
  const id = 'o043';
  const iso = '2026-11-16T18:22:07Z';
  const pdf = await photoOe({
    practice: 'Whitmore Vale Surgery', code: 'Y05218', address: '2 Vale Road, Whitmore, ST5 5HR', phone: '01632 960 118',
    title: 'Miss', forename: 'Kelly', surname: 'Brannigan', role: 'Reception Manager', email: 'kelly.brannigan@nhs.net',
    capacity: 'Lead GP', sigName: 'Dr Oluwaseun Balogun', sigEmail: 'o.balogun@nhs.net', date: '16/11/2026',
  });
  const text = `Hi,

Please find attached the Open Exeter form for Kelly to be our second primary user. Sorry it is a photo, our scanner is broken.

Thanks
Marie

Sent from my iPhone`;
  const boundary = `Apple-Mail-${hexOf(id, 8).toUpperCase()}-${hexOf(`${id}x`, 4).toUpperCase()}-4C1D-9E2A-${hexOf(`${id}y`, 12).toUpperCase()}`;
  const mixed = multipart('mixed', boundary, [
    textPart(text, 'plain', 'us-ascii', '7bit'),
    { headers: [['Content-Type', 'application/pdf; name="Scanned Document.pdf"; x-unix-mode=0644'], ['Content-Disposition', 'attachment; filename="Scanned Document.pdf"'], ['Content-Transfer-Encoding', 'base64']], body: attachment('x', 'application/pdf', pdf).body },
  ]);
  const headers: [string, string][] = [
    ...outlookHeaders({ id, iso, from: '"COLE, Marie (WHITMORE VALE SURGERY)" <marie.cole@nhs.net>', to: PCSE.oeBare, subject: 'OE form', messageId: `<${hexOf(id, 8).toUpperCase()}-${hexOf(`${id}m`, 4).toUpperCase()}-4F7A-B1C2-${hexOf(`${id}n`, 12).toUpperCase()}@nhs.net>` }).filter(([k]) => !['Thread-Index', 'Thread-Topic', 'MIME-Version', 'Accept-Language', 'X-MS-TNEF-Correlator'].includes(k)),
    ['X-Mailer', 'iPhone Mail (22B91)'],
    ['Mime-Version', '1.0 (1.0)'],
  ];
  return {
    mailbox: MB, name: '043-primary-user-gp-phone-photo', eml: message(headers, mixed),
    pdfs: [{ kind: 'scan', file: 'Scanned Document.pdf' }],
    expected: {
      mailbox: MB, kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'Y05218', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Kelly Brannigan', 'kelly.brannigan@nhs.net'), signatory: { name: 'Oluwaseun Balogun', email: 'o.balogun@nhs.net', role: 'lead_gp' } },
      mustRaise: [], traits: ['scan_phone_photo', 'perspective', 'terse', 'values_only_in_scan', 'iphone_mail'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o044(): Promise<Email> {
  const id = 'o044';
  const iso = '2026-11-18T12:31:40Z';
  const pdf = await greyScanOe({
    practice: 'Cranford Park Surgery', code: 'E85637', address: '9 Cranford Lane, London, W4 2QJ', phone: '020 7946 0350',
    title: 'Mr', forename: 'Ravinder', surname: 'Bains', role: 'IT & Data Lead', email: 'ravinder.bains@nhs.net',
    capacity: 'Other', otherText: 'Practice Manager', sigName: 'Teresa Quigley', sigEmail: 'teresa.quigley@nhs.net', date: '18/11/2026', handDate: true,
  });
  const plain = `Hello,

Please set Ravinder up as a Primary User for the practice - our previous primary user left in October.

Kind regards
Teresa Quigley
Practice Manager
Cranford Park Surgery
020 7946 0350

From: RICOH IM C3000 - Reception <mfd.reception@cranfordparksurgery.co.uk>
Sent: 18 November 2026 12:04
To: QUIGLEY, Teresa (CRANFORD PARK SURGERY) <teresa.quigley@nhs.net>
Subject: Scanned from RICOH IM C3000 - Reception

Please open the attached document. It was scanned and sent to you using a RICOH device.

Device name: RICOH IM C3000 - Reception
Scan date: 18.11.2026 12:04
File format: PDF
Pages: 1

${NHSMAIL_FOOTER}`;
  const html = outlookHtml([
    paras('Hello,\n\nPlease set Ravinder up as a Primary User for the practice - our previous primary user left in October.\n\nKind regards\nTeresa Quigley\nPractice Manager\nCranford Park Surgery\n020 7946 0350'),
    p(''),
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
    p('<b>From:</b> RICOH IM C3000 - Reception &lt;mfd.reception@cranfordparksurgery.co.uk&gt;<br><b>Sent:</b> 18 November 2026 12:04<br><b>To:</b> QUIGLEY, Teresa (CRANFORD PARK SURGERY) &lt;teresa.quigley@nhs.net&gt;<br><b>Subject:</b> Scanned from RICOH IM C3000 - Reception'),
    '</div>',
    p(''),
    paras('Please open the attached document. It was scanned and sent to you using a RICOH device.\n\nDevice name: RICOH IM C3000 - Reception\nScan date: 18.11.2026 12:04\nFile format: PDF\nPages: 1'),
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const alt = multipart('alternative', ob(id, 1), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const mixed = multipart('mixed', ob(id, 2), [alt, attachment('20261118120412.pdf', 'application/pdf', pdf, { outlook: true, size: true })]);
  const headers = outlookHeaders({ id, iso, from: '"QUIGLEY, Teresa (CRANFORD PARK SURGERY)" <teresa.quigley@nhs.net>', to: PCSE.oe, subject: 'FW: Scanned from RICOH IM C3000 - Reception', attach: true });
  return {
    mailbox: MB, name: '044-primary-user-gp-grey-scan-practice-manager-signs', eml: message(headers, mixed),
    pdfs: [{ kind: 'scan', file: '20261118120412.pdf' }],
    expected: {
      mailbox: MB, kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'E85637', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Ravinder Bains', 'ravinder.bains@nhs.net'), signatory: { name: 'Teresa Quigley', email: 'teresa.quigley@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['scan_greyscale_low_dpi', 'skew', 'specks', 'scan_to_email_forwarded', 'handwritten_date', 'other_capacity_ticked'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o045(): Promise<Email> {
  const id = 'o045';
  const iso = '2026-11-19T14:50:26Z';
  const pdf = await oePrimaryFillable({
    practice: 'Old Forge Surgery', code: 'J81620', address: '1 Forge Lane, Bristol, BS5 9JH',
    nomineeFirst: 'Bethany', nomineeSurname: 'Coles', nomineeRole: 'Senior Receptionist', nomineeEmail: 'bethany.coles@nhs.net',
    capacity: 'Caldicott Guardian', signatoryName: 'Dr Sarah Okonjo', signatoryEmail: 'sarah.okonjo@nhs.net', date: '19/11/2026',
  });
  const plain = `South, Central and West CSU - IT Service Desk
Incident INC0120034

Hello PCSE Open Exeter team,

Old Forge Surgery (J81620) has asked us to send you the attached Open Exeter Primary User application. The form was completed electronically by the practice.

Requested by: Bethany Coles, Senior Receptionist, Old Forge Surgery
Contact: 0117 496 0255

Please reply to this email (keeping INC0120034 in the subject) or contact the practice directly.

Regards
SCW CSU IT Service Desk
scwcsu.itservicedesk@nhs.net

${NHSMAIL_FOOTER}`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="border-bottom:3px solid #330072;padding-bottom:6px;margin-bottom:10px"><span style="font-size:16px;color:#330072"><b>South, Central and West CSU</b> &ndash; IT Service Desk</span><br><span style="color:#666">Incident INC0120034</span></div>
<p>Hello PCSE Open Exeter team,</p>
<p>Old Forge Surgery (J81620) has asked us to send you the attached Open Exeter Primary User application. The form was completed electronically by the practice.</p>
<p><b>Requested by:</b> Bethany Coles, Senior Receptionist, Old Forge Surgery<br><b>Contact:</b> 0117 496 0255</p>
<p>Please reply to this email (keeping INC0120034 in the subject) or contact the practice directly.</p>
<p>Regards<br>SCW CSU IT Service Desk<br>${mailto('scwcsu.itservicedesk@nhs.net')}</p>
${NHSMAIL_FOOTER_HTML}
</body></html>`;
  const alt = multipart('alternative', ob(id, 1), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const mixed = multipart('mixed', ob(id, 2), [alt, attachment('OE Primary User - Old Forge Surgery.pdf', 'application/pdf', pdf, { outlook: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: 'SCW CSU IT Service Desk <scwcsu.itservicedesk@nhs.net>',
    to: PCSE.oeBare,
    subject: 'INC0120034 - Open Exeter Primary User application - Old Forge Surgery',
    messageId: `<Email.${hexOf(id, 20)}@scwcsu.service-now.com>`,
    attach: true,
    extra: [['X-ServiceNow-Source', 'Notification-55d0f3b8e2a1'], ['X-ServiceNow-SysEmail-Version', '2']],
  });
  return {
    mailbox: MB, name: '045-primary-user-gp-fillable-unsigned-csu-desk', eml: message(headers, mixed),
    pdfs: [{ kind: 'fillable', file: 'OE Primary User - Old Forge Surgery.pdf' }],
    expected: {
      mailbox: MB, kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'J81620', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Bethany Coles', 'bethany.coles@nhs.net'), signatory: { name: 'Sarah Okonjo', email: 'sarah.okonjo@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'], traits: ['pdf_acroform_own_names', 'signature_box_empty', 'helpdesk_relay', 'requester_is_nominee'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o046(): Promise<Email> {
  const id = 'o046';
  const iso = '2026-11-20T09:36:15Z';
  const pdf = await oePrimaryOtherWord({
    org: 'Leabrook & Tame Primary Care Network', code: 'U93850', orgType: 'Primary Care Network (enhanced access hub)',
    address: 'Tame Valley Health Hub, 3 Leabrook Road, Manchester, M34 2AG', service: 'Cervical screening clinics at the enhanced access hub (evenings and Saturdays)',
    nominee: { name: 'Nokuthula Dube', role: 'Lead Nurse - Enhanced Access Hub', email: 'nokuthula.dube@nhs.net', phone: '0161 496 0765' },
    signatory: { name: 'Graham Whitfield', capacity: 'Existing Primary User', email: 'graham.whitfield@nhs.net', date: '20/11/2026', sig: SIGS.whitfield },
  });
  const plain = `Good morning

Please find attached a request for an additional Open Exeter Primary User for the PCN's enhanced access hub, where we run evening and Saturday smear clinics for our member practices. The form is signed by Graham Whitfield, our existing Primary User.

Kind regards

Marcus Ellery
PCN Business Manager
Leabrook & Tame Primary Care Network (U93850)

${NHSMAIL_FOOTER}`;
  const html = outlookHtml([
    paras(`Good morning\n\nPlease find attached a request for an additional Open Exeter Primary User for the PCN's enhanced access hub, where we run evening and Saturday smear clinics for our member practices. The form is signed by Graham Whitfield, our existing Primary User.\n\nKind regards\n\nMarcus Ellery\nPCN Business Manager\nLeabrook & Tame Primary Care Network (U93850)`),
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const alt = multipart('alternative', ob(id, 1), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const mixed = multipart('mixed', ob(id, 2), [alt, attachment('OE Primary User request - L&T PCN hub.pdf', 'application/pdf', pdf, { outlook: true, size: true })]);
  const headers = outlookHeaders({
    id, iso,
    from: '"Leabrook & Tame PCN (U93850)" <leabrooktame.pcn@nhs.net>',
    sender: '"ELLERY, Marcus (LEABROOK & TAME PCN)" <marcus.ellery@nhs.net>',
    to: PCSE.oe,
    subject: 'Open Exeter Primary User request - Leabrook & Tame PCN hub',
    attach: true,
  });
  return {
    mailbox: MB, name: '046-primary-user-pcn-hub-other-org-word', eml: message(headers, mixed),
    pdfs: [{ kind: 'flat', file: 'OE Primary User request - L&T PCN hub.pdf' }],
    expected: {
      mailbox: MB, kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'U93850', type: 'pcn' },
      fields: { organisationKind: 'other', nominee: person('Nokuthula Dube', 'nokuthula.dube@nhs.net'), signatory: { name: 'Graham Whitfield', email: 'graham.whitfield@nhs.net', role: 'existing_primary_user' } },
      mustRaise: [], traits: ['pdf_flat_word_table', 'non_gp_organisation', 'sent_on_behalf_of', 'existing_primary_user_signs'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o047(): Promise<Email> {
  const id = 'o047';
  const iso = '2026-11-23T13:18:29Z';
  const html = outlookHtml([
    p('Dear PCSE,'),
    p(''),
    p('Please could you add the following permissions to the Open Exeter account of our practice nurse, Hannah Ferreira (username <b>HFERREIRA1</b>, ' + mailto('hannah.ferreira@nhs.net') + '):'),
    '<ul style="margin-top:0cm" type="disc">',
    '<li class="MsoNormal">Prior Notification List<o:p></o:p></li>',
    '<li class="MsoNormal">Cytology result enquiry<o:p></o:p></li>',
    '</ul>',
    p('She has taken over the cervical screening lead role from Sister Moss, who retired last week.'),
    p(''),
    p('I confirm I am a GP Partner at the practice.'),
    p(''),
    p('Regards'),
    p(''),
    sigTable({ cid: 'image001.png@01DB3D2A.6B5E7C10', alt: 'Castlegate Medical Practice', lines: ['Dr Ewan Lockhart', 'GP Partner', 'Castlegate Medical Practice (J82144)', '14 Castle Gate, Nottingham, NG1 6QX'] }),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const related = multipart('related', ob(id, 1), [
    textPart(html, 'html', 'utf-8', 'quoted-printable'),
    attachment('image001.png', 'image/png', logoPng(1), { inline: true, cid: 'image001.png@01DB3D2A.6B5E7C10', outlook: true }),
  ], { params: '; type="text/html"' });
  const headers = outlookHeaders({ id, iso, from: '"LOCKHART, Ewan (CASTLEGATE MEDICAL PRACTICE)" <ewan.lockhart@nhs.net>', to: PCSE.oeBare, subject: 'Open Exeter - additional permissions for practice nurse' });
  return {
    mailbox: MB, name: '047-permissions-gp-partner-html-list', eml: message(headers, related),
    expected: {
      mailbox: MB, kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'J82144', type: 'gp_practice' },
      fields: { user: { name: 'Hannah Ferreira', email: 'hannah.ferreira@nhs.net', username: 'HFERREIRA1' }, permissions: ['Prior Notification List', 'Cytology result enquiry'], signatory: { name: 'Ewan Lockhart', email: 'ewan.lockhart@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['html_only', 'bulleted_permissions', 'inline_logo', 'former_holder_distractor'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o048(): Promise<Email> {
  const id = 'o048';
  const iso = '2026-11-10T11:44:52Z';
  const html = `<div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#183247">
<p>Hello Open Exeter team,</p>
<p>Passing on the request below from Netherfield Road Surgery (K83051).</p>
<p>Regards,<br>Dev<br>Netherfield IT Support</p>
<hr style="border:none;border-top:1px solid #dde3e8">
<p style="color:#6f7c87;font-size:13px">On Mon, 9 Nov 2026 at 16:02, Carol Whitlock &lt;carol.whitlock@nhs.net&gt; wrote:</p>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccd4da;padding-left:8px;color:#33475b">
Hi Dev,<br><br>
Please could you ask the Open Exeter people to give Lauren Pickering (user ID LPICKERING, lauren.pickering@nhs.net) these extra permissions:<br>
&bull; Patient enquiry<br>
&bull; Call and recall reports<br><br>
I am the practice manager so I am authorising this.<br><br>
Thanks<br>Carol Whitlock<br>Practice Manager, Netherfield Road Surgery
</blockquote>
<div style="color:#92a2b1;font-size:12px;margin-top:12px">Ticket #3310 &middot; Netherfield IT Support</div>
</div>`;
  const headers = platformHeaders({
    id, iso,
    from: '"Carol Whitlock via Netherfield IT Support" <support@netherfieldit.freshdesk.com>',
    replyTo: 'support@netherfieldit.freshdesk.com',
    to: PCSE.oeBare,
    subject: '[#3310] Open Exeter extra permissions - Lauren Pickering',
    domain: 'netherfieldit.freshdesk.com', ip: '54.171.218.40', helo: 'mail-eu-w1.freshemail.io',
    messageId: `<${hexOf(id, 12)}.3310.fd@netherfieldit.freshdesk.com>`,
    extra: [['X-Freshdesk-Ticket-Id', '3310']],
  });
  return {
    mailbox: MB, name: '048-permissions-practice-manager-via-helpdesk', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'K83051', type: 'gp_practice' },
      fields: { user: { name: 'Lauren Pickering', email: 'lauren.pickering@nhs.net', username: 'LPICKERING' }, permissions: ['Patient enquiry', 'Call and recall reports'], signatory: { name: 'Carol Whitlock', email: 'carol.whitlock@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed', 'sender_not_nhs'], traits: ['helpdesk_relay', 'quoted_requester', 'platform_sender', 'html_only'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o049(): Promise<Email> {
  const id = 'o049';
  const iso = '2026-11-24T10:02:33Z';
  const text = `BNSSG ICB - Primary Care Digital Service Desk
Request RITM0077120 - Open Exeter permissions

Hello,

Please see below an authorisation from the Caldicott Guardian at Harbourside Medical Group (L83105), which the practice asked us to forward to you.

Regards
Primary Care Digital Service Desk
NHS Bristol, North Somerset and South Gloucestershire ICB

________________________________
From: HALE, Imogen (HARBOURSIDE MEDICAL GROUP) <imogen.hale@nhs.net>
Sent: 23 November 2026 19:40
To: BNSSG ICB Primary Care Digital Service Desk <bnssg.pcdigitaldesk@nhs.net>
Subject: Open Exeter permissions for Shabnam Akhtar

Hello,

As Caldicott Guardian for Harbourside Medical Group I authorise the following additional Open Exeter permissions for Shabnam Akhtar, Nurse Practitioner:

User ID: SAKHTAR7
Email: shabnam.akhtar@nhs.net
Permissions required: Prior Notification List; Sample taker database

Please could you pass this to PCSE as I do not have the right address.

Dr Imogen Hale
Caldicott Guardian
Harbourside Medical Group

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({
    id, iso,
    from: 'BNSSG ICB Primary Care Digital Service Desk <bnssg.pcdigitaldesk@nhs.net>',
    to: PCSE.oeBare, cc: '"HALE, Imogen (HARBOURSIDE MEDICAL GROUP)" <imogen.hale@nhs.net>',
    subject: 'RITM0077120 - FW: Open Exeter permissions for Shabnam Akhtar',
  });
  return {
    mailbox: MB, name: '049-permissions-caldicott-via-icb-desk', eml: message(headers, textPart(text, 'plain', 'utf-8', 'quoted-printable')),
    expected: {
      mailbox: MB, kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'L83105', type: 'gp_practice' },
      fields: { user: { name: 'Shabnam Akhtar', email: 'shabnam.akhtar@nhs.net', username: 'SAKHTAR7' }, permissions: ['Prior Notification List', 'Sample taker database'], signatory: { name: 'Imogen Hale', email: 'imogen.hale@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: [], traits: ['icb_servicedesk', 'forwarded_inline', 'semicolon_list', 'signatory_not_sender'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
function oeNotice(o: { org: string; code: string; userId: string; surname: string; forename: string; email: string; role: string; createdBy: string; when: string }): string {
  return `OPEN EXETER - ORGANISATION MAINTENANCE
New user awaiting authorisation

A new user account has been created by a Primary User and requires
authorisation by PCSE before a password can be issued.

Organisation code : ${o.code}
Organisation name : ${o.org}
User ID           : ${o.userId}
Surname           : ${o.surname}
Forename(s)       : ${o.forename}
Email address     : ${o.email}
Job role          : ${o.role}
Applications      : Cervical Screening (CSAS)
Created by        : ${o.createdBy} (Primary User)
Created on        : ${o.when}

This is an automatically generated email. Please do not reply.
`;
}

async function o050(): Promise<Email> {
  const id = 'o050';
  const iso = '2026-11-23T10:14:40Z';
  const text = oeNotice({ org: 'THE WILLOWS HEALTH CENTRE', code: 'Y02931', userId: 'CEZE0041', surname: 'EZE', forename: 'CHIAMAKA', email: 'chiamaka.eze@nhs.net', role: 'Practice Nurse', createdBy: 'ATHERTON, MEGAN', when: '23/11/2026 10:14' });
  const headers = outlookHeaders({
    id, iso,
    from: 'Open Exeter <openexeter.notifications@nhs.net>',
    to: PCSE.oeBare,
    subject: 'Open Exeter: new user awaiting authorisation - Y02931',
    extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All']],
  });
  return {
    mailbox: MB, name: '050-new-user-notification-direct', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: {
      mailbox: MB, kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'Y02931', type: 'gp_practice' },
      fields: { user: { name: 'Chiamaka Eze', email: 'chiamaka.eze@nhs.net', username: 'CEZE0041' }, createdBy: person('Megan Atherton', null) },
      mustRaise: [], traits: ['system_notification', 'auto_submitted_but_request', 'names_in_capitals_surname_first'],
    },
  };
}

async function o051(): Promise<Email> {
  const id = 'o051';
  const iso = '2026-11-26T16:48:03Z';
  const inner = message([
    ['From', 'Open Exeter <openexeter.notifications@nhs.net>'],
    ['To', 'PCSE Open Exeter <pcse.openexeter@nhs.net>'],
    ['Cc', '"BRANNIGAN, Kelly (WHITMORE VALE SURGERY)" <kelly.brannigan@nhs.net>'],
    ['Subject', 'Open Exeter: new user awaiting authorisation - Y05218'],
    ['Date', rfcDate('2026-11-26T16:40:11Z')],
    ['Message-ID', outlookMsgId(`${id}-inner`)],
    ['Auto-Submitted', 'auto-generated'],
    ['MIME-Version', '1.0'],
  ], textPart(oeNotice({ org: 'WHITMORE VALE SURGERY', code: 'Y05218', userId: 'TNOWAK03', surname: 'NOWAK', forename: 'TOMASZ', email: 'tomasz.nowak3@nhs.net', role: 'Healthcare Assistant', createdBy: 'BRANNIGAN, KELLY', when: '26/11/2026 16:40' }), 'plain', 'us-ascii', '7bit'));
  const text = `Hi,

I've just set up Tomasz on Open Exeter (notification attached). Please could you authorise him - he starts smear admin on Monday.

Thanks
Kelly Brannigan
Reception Manager / Primary User
Whitmore Vale Surgery

${NHSMAIL_FOOTER}`;
  const mixed = multipart('mixed', ob(id), [textPart(text, 'plain', 'utf-8', 'quoted-printable'), rfc822(inner, 'Open Exeter new user awaiting authorisation - Y05218.eml')]);
  const headers = outlookHeaders({ id, iso, from: '"BRANNIGAN, Kelly (WHITMORE VALE SURGERY)" <kelly.brannigan@nhs.net>', to: PCSE.oeBare, subject: 'FW: Open Exeter: new user awaiting authorisation - Y05218', attach: true });
  return {
    mailbox: MB, name: '051-new-user-forwarded-by-creator-rfc822', eml: message(headers, mixed),
    expected: {
      mailbox: MB, kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'Y05218', type: 'gp_practice' },
      fields: { user: { name: 'Tomasz Nowak', email: 'tomasz.nowak3@nhs.net', username: 'TNOWAK03' }, createdBy: person('Kelly Brannigan', 'kelly.brannigan@nhs.net') },
      mustRaise: [], traits: ['forwarded_as_attachment', 'creator_forwards', 'names_in_capitals_surname_first'],
    },
  };
}

async function o052(): Promise<Email> {
  const id = 'o052';
  const iso = '2026-11-27T09:03:58Z';
  const rows: [string, string][] = [['Organisation code', 'E85637'], ['Organisation name', 'CRANFORD PARK SURGERY'], ['User ID', 'PMENSAH2'], ['Surname', 'MENSAH'], ['Forename(s)', 'PRECIOUS'], ['Email address', 'precious.mensah@nhs.net'], ['Job role', 'Practice Nurse'], ['Applications', 'Cervical Screening (CSAS)'], ['Created by', 'BAINS, RAVINDER (Primary User)'], ['Created on', '27/11/2026 08:51']];
  const html = outlookHtml([
    p('<b>From:</b> Open Exeter &lt;openexeter.notifications@nhs.net&gt;'),
    p('<b>Sent:</b> 27 November 2026 08:51'),
    p('<b>To:</b> Cranford Park Surgery &lt;cranfordpark.surgery@nhs.net&gt;'),
    p('<b>Subject:</b> Open Exeter: new user awaiting authorisation - E85637'),
    p(''),
    '<table border="0" cellpadding="0" cellspacing="0" width="560" style="font-family:Arial,sans-serif;font-size:10pt;border:1px solid #9FB3C8">',
    '<tr><td colspan="2" style="background:#1F4E79;color:#ffffff;padding:6px 8px"><b>OPEN EXETER &#8211; ORGANISATION MAINTENANCE</b><br>New user awaiting authorisation</td></tr>',
    ...rows.map(([k, v]) => `<tr><td style="padding:3px 8px;width:170px;color:#1F4E79">${esc(k)}</td><td style="padding:3px 8px">${esc(v)}</td></tr>`),
    '<tr><td colspan="2" style="padding:6px 8px;color:#7F7F7F;font-size:8pt">This is an automatically generated email. Please do not reply.</td></tr>',
    '</table>',
    p(''),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const plain = `From: Open Exeter <openexeter.notifications@nhs.net>
Sent: 27 November 2026 08:51
To: Cranford Park Surgery <cranfordpark.surgery@nhs.net>
Subject: Open Exeter: new user awaiting authorisation - E85637

OPEN EXETER - ORGANISATION MAINTENANCE
New user awaiting authorisation
${rows.map(([k, v]) => `${k}\t${v}`).join('\n')}
This is an automatically generated email. Please do not reply.

${NHSMAIL_FOOTER}`;
  const alt = multipart('alternative', ob(id), [textPart(plain, 'plain', 'utf-8', 'quoted-printable'), textPart(html, 'html', 'utf-8', 'quoted-printable')]);
  const headers = outlookHeaders({
    id, iso,
    from: 'Cranford Park Surgery <cranfordpark.surgery@nhs.net>',
    to: PCSE.oeBare,
    subject: 'FW: Open Exeter: new user awaiting authorisation - E85637',
    extra: [['X-MS-Exchange-Inbox-Rules-Loop', 'cranfordpark.surgery@nhs.net'], ['X-MS-Exchange-Generated-Message-Source', 'Mailbox Rules Agent']],
  });
  return {
    mailbox: MB, name: '052-new-user-auto-forward-rule-html', eml: message(headers, alt),
    expected: {
      mailbox: MB, kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'E85637', type: 'gp_practice' },
      fields: { user: { name: 'Precious Mensah', email: 'precious.mensah@nhs.net', username: 'PMENSAH2' }, createdBy: person('Ravinder Bains', null) },
      mustRaise: [], traits: ['auto_forward_rule', 'headers_in_body', 'html_layout_table', 'tab_separated_plain', 'names_in_capitals_surname_first'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o053(): Promise<Email> {
  const id = 'o053';
  const iso = '2026-11-28T21:17:45Z';
  const text = `Hello

I am a GP partner and have never had the PCSE Online verification email. Please can you send me a new verification link. My GMC number is 6093318 and my GMC registered email is helena.marsh@nhs.net (this address).

Many thanks

Dr Helena Marsh
GP Partner
The Willows Health Centre (Y02931)

Sent from my iPad`;
  const headers: [string, string][] = [
    ...outlookHeaders({ id, iso, from: 'Helena Marsh <helena.marsh@nhs.net>', to: PCSE.oeBare, subject: 'PCSE online verification link please', messageId: `<${hexOf(id, 8).toUpperCase()}-${hexOf(`${id}m`, 4).toUpperCase()}-4A2B-8C3D-${hexOf(`${id}n`, 12).toUpperCase()}@nhs.net>` }).filter(([k]) => !['Thread-Index', 'Thread-Topic', 'MIME-Version', 'Accept-Language', 'X-MS-TNEF-Correlator'].includes(k)),
    ['X-Mailer', 'iPad Mail (22B83)'],
    ['Mime-Version', '1.0 (1.0)'],
  ];
  return {
    mailbox: MB, name: '053-verification-misdirected-ipad', eml: message(headers, textPart(text, 'plain', 'utf-8', 'quoted-printable', [['__format', '']])),
    expected: {
      mailbox: MB, kind: 'verification_link_resend', ignored: null, organisation: { odsCode: 'Y02931', type: 'gp_practice' },
      fields: { accountEmail: 'helena.marsh@nhs.net', gmcNumber: '6093318' },
      mustRaise: [], traits: ['misdirected', 'ipad_mail', 'format_flowed', 'plain_text'],
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
async function o054(): Promise<Email> {
  const id = 'o054';
  const iso = '2026-12-01T11:40:09Z';
  const html = outlookHtml([
    p('Good morning,'),
    p(''),
    p('I manage the sexual health service&#8217;s cervical screening clinic and we are reviewing who has access to Open Exeter. Two questions:'),
    p('1. Is there a maximum number of Primary Users an organisation can have? We currently have one.'),
    p('2. Can a bank (temporary) nurse be a Primary User, or should it be a permanent member of staff?'),
    p(''),
    p('Thank you'),
    p(''),
    p('<b>Angharad Pugh</b>'),
    p('Clinical Services Manager, Integrated Sexual Health Service'),
    p('Riverside Community Health NHS Trust'),
    NHSMAIL_FOOTER_HTML,
  ].join('\n'));
  const headers = outlookHeaders({ id, iso, from: '"PUGH, Angharad (RIVERSIDE COMMUNITY HEALTH NHS TRUST)" <angharad.pugh@nhs.net>', to: PCSE.oeBare, subject: 'Question about Primary Users' });
  return {
    mailbox: MB, name: '054-question-sexual-health-primary-users', eml: message(headers, textPart(html, 'html', 'utf-8', 'quoted-printable')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'html_only', 'numbered_questions'] },
  };
}

async function o055(): Promise<Email> {
  const id = 'o055';
  const iso = '2026-12-02T15:27:36Z';
  const text = `Hi,

Just checking whether there is any update on this? The form went in on 19th November via our CSU. We are down to no Primary User at the moment so nobody can reset passwords.

Thanks
Bethany Coles
Senior Receptionist, Old Forge Surgery

-----Original Message-----
From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 19 November 2026 15:02
To: SCW CSU IT Service Desk <scwcsu.itservicedesk@nhs.net>
Subject: PCSE-2026-005560 Open Exeter Primary User application - Old Forge Surgery

Thank you for your email, which has been logged with reference PCSE-2026-005560.

${NHSMAIL_FOOTER}`;
  const headers = outlookHeaders({
    id, iso,
    from: 'Old Forge Surgery <oldforge.surgery@nhs.net>',
    sender: '"COLES, Bethany (OLD FORGE SURGERY)" <bethany.coles@nhs.net>',
    to: PCSE.oe,
    subject: 'RE: PCSE-2026-005560 Open Exeter Primary User application - Old Forge Surgery',
  });
  return {
    mailbox: MB, name: '055-chaser-reference-in-subject', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference', 'sent_on_behalf_of'] },
  };
}

async function o056(): Promise<Email> {
  const id = 'o056';
  const iso = '2026-12-03T07:30:12Z';
  const text = `I am on annual leave until Monday 7 December and will not be checking emails.

For Open Exeter and cervical screening queries please contact Hannah Ferreira (hannah.ferreira@nhs.net). For anything urgent please call the practice on 0115 496 0200.

Dr Ewan Lockhart
`;
  const headers = outlookHeaders({
    id, iso,
    from: '"LOCKHART, Ewan (CASTLEGATE MEDICAL PRACTICE)" <ewan.lockhart@nhs.net>',
    to: PCSE.oe,
    subject: 'Out of Office: PCSE-2026-005871 Open Exeter - additional permissions for practice nurse',
    extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'ewan.lockhart@nhs.net']],
  });
  return {
    mailbox: MB, name: '056-auto-reply-out-of-office', eml: message(headers, textPart(text, 'plain', 'us-ascii', '7bit')),
    expected: { mailbox: MB, kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_reference', 'plain_text'] },
  };
}

export async function openexeterEmails(): Promise<Email[]> {
  const out: Email[] = [];
  for (const f of [o042, o043, o044, o045, o046, o047, o048, o049, o050, o051, o052, o053, o054, o055, o056]) out.push(await f());
  return out;
}

