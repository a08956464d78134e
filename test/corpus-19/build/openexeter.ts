// openexeter: the emails of corpus 19 (writer O) and the case a careful PCSE staff member would enter.
import { expected, mid, org, PCSE_OE, PCSE_SIGNOFF, person, unclassified } from './common.js';
import * as forms from './forms.js';
import {
  alternative, attachment, type Addr, type Email, emit, esc, html, mixed, msoParas, multipart, NHSMAIL_DISCLAIMER,
  outlookHtml, outlookQuoteHeader, plain, rawPart, rfcDate, WELSH_DISCLAIMER,
} from './lib.js';

const M = 'openexeter' as const;
const TO = [PCSE_OE];

const TVGPF: Addr = { name: 'TVGPF Digital Team (Tamar Valley GP Federation)', email: 'tvgpf.digital@nhs.net' };
const SANA: Addr = { name: 'Sana Qureshi', email: 'sana.qureshi@nhs.net' };
const BEN: Addr = { name: 'Ben Hollis', email: 'ben.hollis@nhs.net' };
const MARCUS: Addr = { name: 'BELL, Marcus (Dr) (SEVERN VALE PCN)', email: 'marcus.bell@nhs.net' };

const signatory = (name: string | null, email: string | null, role: string) => ({ name, email, role });

async function o001(): Promise<Email> {
  const id = mid('outlook', 'o001');
  const text = `Dear Open Exeter team,

Please find attached a Primary User request form for Trelawny Health Centre (L82019), one of our member practices. Their long-standing primary user retired in October and nobody at the practice currently has Organisation Maintenance.

The form has been signed by the practice's lead GP.

Kind regards

Callum Rees
Digital Transformation Officer
Tamar Valley GP Federation
Digital Team: tvgpf.digital@nhs.net | 01752 907 310

${NHSMAIL_DISCLAIMER}`;
  const raw = emit(
    { client: 'outlook', from: TVGPF, to: TO, subject: 'Open Exeter Primary User - Trelawny Health Centre', date: '2026-11-11T12:31:40Z', id },
    mixed([alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'), attachment('OE Primary User form - Trelawny L82019.pdf', 'application/pdf', await forms.oeTrelawny(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'oe-primary-gp-flat-below-label', raw,
    expected: expected(M, 'open_exeter_primary_user_request', org('L82019', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: person('Kerry Penhaligon', 'kerry.penhaligon@nhs.net'), signatory: signatory('Simon Trevithick', 'simon.trevithick@nhs.net', 'lead_gp'),
    }, [], ['flat_pdf_value_below_label', 'shared_mailbox_sender', 'ticked_capacity_differs_from_job_title', 'values_only_in_pdf']),
  };
}

async function o002(): Promise<Email> {
  const id = mid('outlook', 'o002');
  const text = `Hi,

Attached is an Open Exeter Primary User form from Northfield Road Surgery (M87024), one of our PCN practices, for their IT & data lead. It is signed by the practice's Caldicott Guardian.

Thanks
Sana

Sana Qureshi
PCN Manager | Riverside & Docks PCN
07700 900 614`;
  const raw = emit(
    { client: 'outlook', from: SANA, to: TO, subject: 'OE primary user form - Northfield Road Surgery M87024', date: '2026-11-12T09:20:11Z', id },
    mixed([plain(text, { charset: 'utf-8', cte: '7bit' }), attachment('Northfield Road - OE Primary User.pdf', 'application/pdf', await forms.oeNorthfield(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'oe-primary-gp-two-column-table', raw,
    expected: expected(M, 'open_exeter_primary_user_request', org('M87024', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: person('Adeel Rashid', 'adeel.rashid@nhs.net'), signatory: signatory('Catherine Moyo', 'catherine.moyo@nhs.net', 'caldicott_guardian'),
    }, [], ['two_column_table_pdf', 'writer_not_nominee', 'ticked_capacity_differs_from_job_title']),
  };
}

async function o003(): Promise<Email> {
  const id = mid('outlook', 'o003');
  const PCN: Addr = { name: 'Exe Valley PCN Admin', email: 'exevalleypcn.admin@nhs.net' };
  const text = `Hi,

Abbey Mead Surgery faxed this over to us as their scanner is broken - can you process it please? It is for Tasha to be their primary user.

Thanks
Marion
PCN Admin Assistant, Exe Valley PCN

${NHSMAIL_DISCLAIMER}`;
  const raw = emit(
    { client: 'outlook', from: PCN, to: TO, subject: 'FW: Fax from Abbey Mead Surgery (2 pages)', date: '2026-11-13T15:06:25Z', id },
    mixed([plain(text, { charset: 'windows-1252' }), attachment('fax_20261113_1452.pdf', 'application/pdf', await forms.oeAbbeyMeadFax(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'oe-primary-gp-fax-scan', raw,
    expected: expected(M, 'open_exeter_primary_user_request', org('J81045', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: person('Tasha Greenwood', 'tasha.greenwood@nhs.net'), signatory: signatory('Robert Llewellyn', 'robert.llewellyn@nhs.net', 'gp_partner'),
    }, [], ['image_only_pdf', 'fax_low_contrast', 'two_page_scan', 'shared_mailbox_sender', 'values_only_in_pdf']),
  };
}

async function o004(): Promise<Email> {
  const id = mid('outlook', 'o004');
  const ZOE: Addr = { name: 'Zoe Chapman', email: 'zoe.chapman7@nhs.net' };
  const text = `Hello,

We are the IT provider for Ivy Lane Surgery (B83027). Please find attached their Open Exeter Primary User request for Craig Sutherland, the deputy practice manager. Joanne, the practice manager, has completed and signed it.

Kind regards

Zoe Chapman
IT Project Officer
Meridian Practice IT - on behalf of Ivy Lane Surgery`;
  const raw = emit(
    { client: 'outlook', from: ZOE, to: TO, subject: 'Open Exeter Primary User request - Ivy Lane Surgery', date: '2026-11-16T10:42:18Z', id },
    mixed([alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'), attachment('IvyLane_OE_PU.pdf', 'application/pdf', await forms.oeIvyLane(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'oe-primary-gp-signed-by-practice-manager', raw,
    expected: expected(M, 'open_exeter_primary_user_request', org('B83027', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: person('Craig Sutherland', 'craig.sutherland@nhs.net'), signatory: signatory('Joanne Pickering', 'joanne.pickering@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['acroform_pdf', 'no_capacity_ticked', 'outsourced_provider']),
  };
}

async function o005(): Promise<Email> {
  const id = mid('outlook', 'o005');
  const text = `Dear PCSE,

Please find attached a Primary User request (other organisations form) for the federation's enhanced access hub, which runs evening and weekend cervical screening clinics for our member practices. We have left the organisation code blank as we were not sure which code to use for the hub.

The form is signed by our Director of Operations, who sits on the federation board.

Kind regards

Ben Hollis
Digital Services Manager
Wessex Vale GP Federation`;
  const raw = emit(
    { client: 'outlook', from: BEN, to: TO, subject: 'Open Exeter Primary User - Wessex Vale GP Federation Enhanced Access Hub', date: '2026-11-17T13:58:02Z', id },
    mixed([plain(text, { charset: 'utf-8', cte: 'quoted-printable' }), attachment('OE PU other orgs - WVGPF hub.pdf', 'application/pdf', await forms.oeWessexHub(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'oe-primary-other-org-acroform', raw,
    expected: expected(M, 'open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: person('Sophie Marchetti', 'sophie.marchetti@nhs.net'), signatory: signatory('Anthony Okafor-Reid', 'anthony.okafor-reid@nhs.net', 'board_member'),
    }, [], ['acroform_pdf', 'field_names_with_spaces', 'no_ods_code', 'other_organisation']),
  };
}

async function o006(): Promise<Email> {
  const id = mid('outlook', 'o006');
  const UHP: Addr = { name: 'UHP Access Management', email: 'uhp.accessmanagement@nhs.net' };
  const text = `Good afternoon,

Please find attached an Open Exeter Primary User request for the South Hams Sexual Health Service (site code RK950). The service completed the form by hand and we have scanned it for them. It is signed by the service's existing primary user.

Regards

Aaron Pascoe
Access Management Analyst
Digital Services | University Hospitals Plymouth NHS Trust
Ticket: RITM0049921

${WELSH_DISCLAIMER}

${NHSMAIL_DISCLAIMER}`;
  const raw = emit(
    { client: 'outlook', from: UHP, to: TO, subject: 'RITM0049921 - Open Exeter Primary User - South Hams Sexual Health Service', date: '2026-11-18T16:22:47Z', id },
    mixed([plain(text, { charset: 'utf-8', cte: 'quoted-printable' }), attachment('SCAN0042.pdf', 'application/pdf', await forms.oeSexualHealthScan(), 'outlook')], 'exchange'),
  );
  return {
    slug: 'oe-primary-other-org-hand-scan', raw,
    expected: expected(M, 'open_exeter_primary_user_request', org('RK950', 'other'), {
      organisationKind: 'other', nominee: person('Chloe Vance', 'chloe.vance1@nhs.net'), signatory: signatory('Bridget Halloran', 'bridget.halloran@nhs.net', 'existing_primary_user'),
    }, [], ['image_only_pdf', 'handwritten_capitals', 'skewed_scan', 'trust_site_code', 'sender_own_ticket_number', 'welsh_disclaimer']),
  };
}

function o007(): Email {
  const id = mid('outlook', 'o007');
  const text = `Dear PCSE Open Exeter team,

As a GP Partner at Wyebridge Surgery (J82150), I would like to request additional Open Exeter permissions for our practice nurse, who already has an Open Exeter account:

Name: Rebecca Tolley
User ID: RTOLLEY1
Email: rebecca.tolley@nhs.net

Permissions required:
- Prior Notification List
- Cytology Enquiry

She is taking over the practice's cervical screening recall work from January.

Best wishes

Dr Marcus Bell
Clinical Director, Severn Vale PCN
Tel: 01452 300 812

${NHSMAIL_DISCLAIMER}`;
  const raw = emit({ client: 'outlook', from: MARCUS, to: TO, subject: 'Additional Open Exeter permissions - Rebecca Tolley (Wyebridge Surgery)', date: '2026-11-19T08:37:29Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'oe-permissions-partner-signs-as-cd', raw,
    expected: expected(M, 'open_exeter_additional_permissions', org('J82150', 'gp_practice'), {
      user: { ...person('Rebecca Tolley', 'rebecca.tolley@nhs.net'), username: 'RTOLLEY1' },
      permissions: ['Prior Notification List', 'Cytology Enquiry'],
      signatory: signatory('Marcus Bell', 'marcus.bell@nhs.net', 'gp_partner'),
    }, [], ['signature_role_not_signatory', 'role_in_body', 'nhsmail_display_name', 'label_value']),
  };
}

function o008(): Email {
  const id = mid('helpdesk', 'o008', 'meridianpit.co.uk');
  const text = `Incident: INC-2026-0413310
Caller: Wendy Beckett (Practice Manager, Willowbrook Surgery, K84052)
Summary: Open Exeter - additional permission for existing user

Dear PCSE,

Please add the Organisation Maintenance permission to the following existing Open Exeter user at Willowbrook Surgery (K84052):

Name:     Wendy Beckett
User ID:  WBECKETT
Email:    w.beckett@nhs.net

The practice manager has asked us to arrange this as their previous primary user has left.

Regards

Ryan Holt
2nd Line Analyst
Meridian Practice IT Service Desk
Tel 0161 555 0199`;
  const raw = emit({ client: 'helpdesk', from: { name: 'Meridian Practice IT Service Desk', email: 'servicedesk@meridianpit.co.uk' }, to: TO, subject: 'INC-2026-0413310 | Open Exeter permissions - Willowbrook Surgery', date: '2026-11-19T11:12:00Z', id }, plain(text, { charset: 'iso-8859-1', cte: 'quoted-printable' }));
  return {
    slug: 'oe-permissions-it-provider-non-nhs', raw,
    expected: expected(M, 'open_exeter_additional_permissions', org('K84052', 'gp_practice'), {
      user: { ...person('Wendy Beckett', 'w.beckett@nhs.net'), username: 'WBECKETT' },
      permissions: ['Organisation Maintenance'],
      signatory: signatory('Ryan Holt', 'servicedesk@meridianpit.co.uk', 'other'),
    }, ['sender_not_nhs', 'signatory_role_not_allowed'], ['helpdesk_ticket_number', 'outsourced_provider', 'caller_not_signatory']),
  };
}

function o009(): Email {
  const id = mid('outlook', 'o009');
  const CATH: Addr = { name: 'Catherine Moyo', email: 'catherine.moyo@nhs.net' };
  const text = `Dear Open Exeter team,

As Caldicott Guardian for Northfield Road Surgery (M87024), I would like to request additional Open Exeter permissions for our healthcare assistant, Marcin Nowak (marcin.nowak@nhs.net), user ID MNOWAK2. He needs the Prior Notification List.

Sorry - Adeel, our IT lead, has just checked over my shoulder: Marcin's user ID is NOWAKM, not MNOWAK2. He also says Marcin will need Cytology Enquiry as well, so please add both: Prior Notification List and Cytology Enquiry.

With thanks

Dr Catherine Moyo
Salaried GP and Caldicott Guardian
Northfield Road Surgery`;
  const raw = emit({ client: 'outlook', from: CATH, to: TO, cc: [{ name: 'Adeel Rashid', email: 'adeel.rashid@nhs.net' }], subject: 'Open Exeter permissions - Marcin Nowak', date: '2026-11-19T14:48:36Z', id }, alternative([plain(text, { charset: 'windows-1252' }), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'oe-permissions-corrected-halfway', raw,
    expected: expected(M, 'open_exeter_additional_permissions', org('M87024', 'gp_practice'), {
      user: { ...person('Marcin Nowak', 'marcin.nowak@nhs.net'), username: 'NOWAKM' },
      permissions: ['Prior Notification List', 'Cytology Enquiry'],
      signatory: signatory('Catherine Moyo', 'catherine.moyo@nhs.net', 'caldicott_guardian'),
    }, [], ['request_changes_halfway', 'two_candidates', 'prose']),
  };
}

function o010(): Email {
  const id = mid('system', 'o010', 'nhs.net');
  const text = `OPEN EXETER - ORGANISATION MAINTENANCE
New user notification

A Primary User has created a new user account. PCSE authorisation is required before the user can log in.

Organisation code : K83620
Organisation name : BRAMLEY GREEN SURGERY

NEW USER
  User ID   : PATELN07
  Surname   : PATEL
  Forename  : NIKITA
  Email     : nikita.patel12@nhs.net
  Job role  : Practice Nurse

CREATED BY
  User ID   : LAWSONG
  Name      : LAWSON, GRAHAM
  Email     : graham.lawson@nhs.net

Date created : 19/11/2026 14:22

This is an automatically generated email. Please do not reply to this address.`;
  const raw = emit(
    { client: 'system', from: { name: 'Open Exeter', email: 'openexeter.notification@nhs.net' }, to: TO, subject: 'Open Exeter: New user created - K83620', date: '2026-11-19T14:22:31Z', id, extra: [['Auto-Submitted', 'auto-generated']] },
    plain(text, { charset: 'us-ascii', cte: '7bit' }),
  );
  return {
    slug: 'oe-new-user-notification', raw,
    expected: expected(M, 'open_exeter_new_user_authorisation', org('K83620', 'gp_practice'), {
      user: { ...person('Nikita Patel', 'nikita.patel12@nhs.net'), username: 'PATELN07' },
      createdBy: person('Graham Lawson', 'graham.lawson@nhs.net'),
    }, [], ['system_notification', 'auto_generated_header_but_request', 'surname_first_capitals']),
  };
}

function o011(): Email {
  const id = mid('outlook', 'o011');
  const GEMMA: Addr = { name: 'Gemma Holt', email: 'gemma.holt4@nhs.net' };
  const OE: Addr = { name: 'Open Exeter', email: 'openexeter.notification@nhs.net' };
  const rows = [['User ID', 'OKONKWOC'], ['Surname', 'OKONKWO'], ['Forename', 'CHIDINMA'], ['Email', 'chidinma.okonkwo@nhs.net'], ['Job role', 'Healthcare Assistant']];
  const cRows = [['User ID', 'FERREIRAA'], ['Name', 'FERREIRA, ANA'], ['Email', 'ana.ferreira3@nhs.net']];
  const tbl = (r: string[][]) => `<table border="1" cellpadding="3" style="border-collapse:collapse;font-family:Courier New">${r.map(([k, v]) => `<tr><td>${esc(k!)}</td><td>${esc(v!)}</td></tr>`).join('')}</table>`;
  const top = `Hi,

Tor View Surgery asked me to forward this - Ana created the account on Monday and Chidinma still has not had a password. The practice thinks the notification to you may not have arrived.

Thanks
Gemma

Gemma Holt
PCN Manager, Westmoor PCN`;
  const inner = `OPEN EXETER - ORGANISATION MAINTENANCE
New user notification
Organisation code: L83102   Organisation name: TOR VIEW SURGERY`;
  const text = `${top}

${outlookQuoteHeader({ from: OE, sent: '2026-11-16T10:05:00Z', to: [{ name: 'Tor View Surgery', email: 'torview.surgery@nhs.net' }], subject: 'Open Exeter: New user created - L83102' })}

${inner}

NEW USER
${rows.map(([k, v]) => `  ${k!.padEnd(9)}: ${v}`).join('\n')}

CREATED BY
${cRows.map(([k, v]) => `  ${k!.padEnd(9)}: ${v}`).join('\n')}

Date created : 16/11/2026 10:04`;
  const htmlBody = outlookHtml(`${msoParas(top)}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Open Exeter &lt;openexeter.notification@nhs.net&gt;<br><b>Sent:</b> Monday, 16 November 2026 10:05<br><b>To:</b> Tor View Surgery &lt;torview.surgery@nhs.net&gt;<br><b>Subject:</b> Open Exeter: New user created - L83102</p></div>
<p><b>OPEN EXETER - ORGANISATION MAINTENANCE</b><br>New user notification<br>Organisation code: L83102 &nbsp; Organisation name: TOR VIEW SURGERY</p>
<p><b>NEW USER</b></p>${tbl(rows)}
<p><b>CREATED BY</b></p>${tbl(cRows)}
<p>Date created : 16/11/2026 10:04</p>`);
  const raw = emit({ client: 'outlook', from: GEMMA, to: TO, subject: 'FW: Open Exeter: New user created - L83102', date: '2026-11-20T09:02:13Z', id }, alternative([plain(text), html(htmlBody, { cte: 'base64' })], 'outlook'));
  return {
    slug: 'oe-new-user-forwarded-by-pcn', raw,
    expected: expected(M, 'open_exeter_new_user_authorisation', org('L83102', 'gp_practice'), {
      user: { ...person('Chidinma Okonkwo', 'chidinma.okonkwo@nhs.net'), username: 'OKONKWOC' },
      createdBy: person('Ana Ferreira', 'ana.ferreira3@nhs.net'),
    }, [], ['forwarded_system_notification', 'html_tables', 'surname_first_capitals', 'writer_not_creator']),
  };
}

function o012(): Email {
  const id = mid('outlook', 'o012');
  const YUSUF: Addr = { name: 'Yusuf Bakr', email: 'yusuf.bakr@nhs.net' };
  const text = `Hello,

I am a GP registrar and I never received my PCSE Online verification link. Could you send me a new one please?

GMC number: 7345120
GMC registered email: yusuf.bakr@nhs.net (this address)

Thank you
Dr Yusuf Bakr

Get Outlook for Android<https://aka.ms/AAb9ysg>`;
  const raw = emit({ client: 'outlook', from: YUSUF, to: TO, subject: 'PCSE Online verification link', date: '2026-11-20T07:12:44Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return {
    slug: 'misdirected-verification-link', raw,
    expected: expected(M, 'verification_link_resend', null, { accountEmail: 'yusuf.bakr@nhs.net', gmcNumber: '7345120' }, [], ['misdirected', 'own_account', 'no_organisation']),
  };
}

function o013(): Email {
  const id = mid('outlook', 'o013');
  const text = `Dear Open Exeter team,

A question from one of our practices: they have a main site and two branch surgeries. Does each branch need its own Primary User form, or can the primary user at the main practice manage staff at the branches too?

No request at this stage - we just want to give them the right advice.

Kind regards

Callum Rees
Digital Transformation Officer
Tamar Valley GP Federation`;
  const raw = emit({ client: 'outlook', from: TVGPF, to: TO, subject: 'Query - Primary Users for branch surgeries', date: '2026-11-20T10:40:51Z', id }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return { slug: 'question-branches', raw, expected: unclassified(M, ['question', 'no_request', 'shared_mailbox_sender']) };
}

function o014(): Email {
  const id = mid('outlook', 'o014');
  const ref = 'PCSE-2026-030665';
  const text = `Hi,

Just checking on progress with this one - the practice manager is keen to get started before the January recall run.

Thanks
Callum

${outlookQuoteHeader({ from: PCSE_OE, sent: '2026-11-11T15:02:00Z', to: [TVGPF], subject: `Open Exeter Primary User - Trelawny Health Centre [${ref}]` })}

Thank you for your email, which has been logged with reference ${ref}.

${PCSE_SIGNOFF}`;
  const raw = emit({ client: 'outlook', from: TVGPF, to: TO, subject: `RE: Open Exeter Primary User - Trelawny Health Centre [${ref}]`, date: '2026-11-24T09:05:18Z', id, inReplyTo: mid('pcse', 'o014-ack') }, alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'));
  return { slug: 'chaser-reference-in-subject', raw, expected: unclassified(M, ['chaser', 'case_ref_in_subject']) };
}

function o015(): Email {
  const id = mid('outlook', 'o015');
  const CATH: Addr = { name: 'Catherine Moyo', email: 'catherine.moyo@nhs.net' };
  const text = `I am on annual leave until Wednesday 2 December. Caldicott queries in my absence to Dr Peter Hussain (peter.hussain@nhs.net).

Catherine Moyo`;
  const raw = emit(
    { client: 'outlook', from: CATH, to: TO, subject: 'Automatic reply: Open Exeter permissions - Marcin Nowak [PCSE-2026-031244]', date: '2026-11-24T12:30:00Z', id, extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']] },
    alternative([plain(text), html(outlookHtml(msoParas(text)))], 'outlook'),
  );
  return { slug: 'out-of-office', raw, expected: unclassified(M, ['auto_reply', 'case_ref_in_subject'], 'auto_reply') };
}

function o016(): Email {
  const id = mid('system', 'o016', 'mail.aldermoordata.co.uk');
  const origSubj = 'Open Exeter user authorised [PCSE-2026-030990]';
  const human = `This is the mail system at host mail.aldermoordata.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.harding@aldermoordata.co.uk>: host mail.aldermoordata.co.uk[private/dovecot-lmtp]
    said: 550 5.1.1 <m.harding@aldermoordata.co.uk> User doesn't exist:
    m.harding@aldermoordata.co.uk (in reply to RCPT TO command)`;
  const dsn = `Reporting-MTA: dns; mail.aldermoordata.co.uk
X-Postfix-Queue-ID: 4Xk2Qm1Zr9z9sQ
X-Postfix-Sender: rfc822; pcse.openexeter@nhs.net
Arrival-Date: ${rfcDate('2026-11-24T14:00:00Z')}

Final-Recipient: rfc822; m.harding@aldermoordata.co.uk
Original-Recipient: rfc822;m.harding@aldermoordata.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; User doesn't exist: m.harding@aldermoordata.co.uk`;
  const headers = `From: PCSE Open Exeter <pcse.openexeter@nhs.net>
To: m.harding@aldermoordata.co.uk
Subject: ${origSubj}
Date: ${rfcDate('2026-11-24T14:00:00Z')}
Message-ID: <${mid('pcse', 'o016-orig')}>`;
  const report = multipart('report', [
    plain(human, { charset: 'us-ascii', cte: '7bit' }),
    rawPart('message/delivery-status', dsn, [['Content-Description', 'Delivery report']]),
    rawPart('text/rfc822-headers', headers, [['Content-Description', 'Undelivered Message Headers']]),
  ], 'plain', 'report-type=delivery-status');
  const raw = emit(
    { client: 'system', from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mail.aldermoordata.co.uk' }, to: TO, subject: 'Undelivered Mail Returned to Sender', date: '2026-11-24T14:00:02Z', id, extra: [['Auto-Submitted', 'auto-replied']] },
    report,
  );
  return { slug: 'bounce-postfix', raw, expected: unclassified(M, ['bounce', 'multipart_report', 'postfix'], 'bounce') };
}

export const openexeter: Array<() => Email | Promise<Email>> = [o001, o002, o003, o004, o005, o006, o007, o008, o009, o010, o011, o012, o013, o014, o015, o016];
