// openexeter: system notifications, Primary User forms (fillable, typed, scanned), extra permissions, and the rest.
import { email, unclassified } from './corpus.js';
import { esc, mailDate, NHSMAIL_FOOTER, org, PCSE, who, type CorpusEmail } from './lib.js';
import { oeForm, renderFormPdf, scanForm } from './pdfs.js';

const O = 'openexeter' as const;
const to = [PCSE.oe];
const OE_SYSTEM = { name: 'Open Exeter', email: 'oe.notifications@openexeter.nhs.uk' };

const notificationHtml = (rows: string[][], lead: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p><b>Open Exeter - Organisation Maintenance</b></p>
<p>${esc(lead)}</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#c0c0c0"><th>Org Code</th><th>Organisation</th><th>User ID</th><th>Name</th><th>Email</th><th>Created By</th><th>Created</th></tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</table>
<p>Please authorise the user(s) and issue a temporary password.</p>
<p style="color:#808080">This is an automatically generated message. Please do not reply to this address.</p>
</body></html>`;

export async function openexeter(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];

  // 201 system notification, HTML table, SURNAME, Forename
  {
    const rows = [['J83015', 'MOORSIDE HEALTH CENTRE', 'J83015CH', 'HOLROYD, Craig', 'craig.holroyd@nhs.net', 'ACKROYD, Janine', '01/12/2026 14:52']];
    out.push(email(O, '201', 'notification-html-table', {
      client: 'system', from: OE_SYSTEM, to,
      subject: 'Open Exeter: new user created - J83015', date: mailDate(1, 14, 52, 30),
      html: notificationHtml(rows, 'The following user has been created by a Primary User and is awaiting authorisation.'), htmlOnly: true,
    }, {
      kind: 'open_exeter_new_user_authorisation', organisation: org('J83015', 'gp_practice'),
      fields: { user: { ...who('Craig Holroyd', 'craig.holroyd@nhs.net'), username: 'J83015CH' }, createdBy: who('Janine Ackroyd', null) },
      traits: ['system_notification', 'html_only', 'surname_first'],
    }));
  }

  // 202 system notification in plain text, a PCN, creator's address given
  out.push(email(O, '202', 'notification-plain-pcn', {
    client: 'system', from: OE_SYSTEM, to,
    subject: 'Open Exeter: new user created - U60371', date: mailDate(2, 9, 31, 2),
    text: `OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

Organisation code : U60371
Organisation name : NORTHGATE & ROWAN PCN
User ID           : U60371AOM
User name         : OWUSU-MENSAH, Abena
User email        : abena.owusu-mensah@nhs.net
Created by        : CROSS, Bethany (bethany.cross3@nhs.net)
Created on        : 02/12/2026 09:30

Please authorise the user and issue a temporary password.

This is an automatically generated message. Please do not reply.`,
  }, {
    kind: 'open_exeter_new_user_authorisation', organisation: org('U60371', 'pcn'),
    fields: { user: { ...who('Abena Owusu-Mensah', 'abena.owusu-mensah@nhs.net'), username: 'U60371AOM' }, createdBy: who('Bethany Cross', 'bethany.cross3@nhs.net') },
    traits: ['system_notification', 'fixed_width_labels', 'surname_first', 'hyphenated_name'],
  }));

  // 203 practice manager forwards a two-row notification: only the second row is to be authorised
  {
    const rows = [
      ['P84031', 'ASHGROVE MEDICAL CENTRE', 'P84031JH', 'HARTLEY, James', 'james.hartley7@nhs.net', 'BRENNAN, Moira', '03/12/2026 10:14'],
      ['P84031', 'ASHGROVE MEDICAL CENTRE', 'P84031SP', 'PATEL, Sanjay', 'sanjay.patel31@nhs.net', 'BRENNAN, Moira', '03/12/2026 10:21'],
    ];
    const inner = notificationHtml(rows, 'The following users have been created by a Primary User and are awaiting authorisation.');
    const text = `Hello,

Forwarding the notification below. The first user (HARTLEY) was created by mistake - he's a locum who doesn't need Open Exeter and I've deleted him. Please only authorise PATEL, Sanjay.

Thanks
Moira Brennan
Practice Manager, Ashgrove Medical Centre

-----Original Message-----
From: Open Exeter <oe.notifications@openexeter.nhs.uk>
Sent: 03 December 2026 10:22
To: PCSE Open Exeter <pcse.openexeter@nhs.net>; Brennan Moira (ASHGROVE MEDICAL CENTRE) <moira.brennan@nhs.net>
Subject: Open Exeter: new users created - P84031

Org Code\tOrganisation\tUser ID\tName\tEmail\tCreated By\tCreated
${rows.map((r) => r.join('\t')).join('\n')}

Please authorise the user(s) and issue a temporary password.
${NHSMAIL_FOOTER}`;
    const html = `<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Forwarding the notification below. The first user (HARTLEY) was created by mistake - he's a locum who doesn't need Open Exeter and I've deleted him. Please only authorise PATEL, Sanjay.</p>
<p>Thanks<br>Moira Brennan<br>Practice Manager, Ashgrove Medical Centre</p>
<hr><p><b>From:</b> Open Exeter &lt;oe.notifications@openexeter.nhs.uk&gt;<br><b>Sent:</b> 03 December 2026 10:22<br><b>To:</b> PCSE Open Exeter &lt;pcse.openexeter@nhs.net&gt;; Brennan Moira (ASHGROVE MEDICAL CENTRE) &lt;moira.brennan@nhs.net&gt;<br><b>Subject:</b> Open Exeter: new users created - P84031</p>
${inner.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '')}
</div></body></html>`;
    out.push(email(O, '203', 'forwarded-two-row-notification-one-to-authorise', {
      client: 'outlook', from: { name: 'Brennan Moira (ASHGROVE MEDICAL CENTRE)', email: 'moira.brennan@nhs.net' }, to,
      subject: 'FW: Open Exeter: new users created - P84031', date: mailDate(3, 10, 40, 11), text, html,
    }, {
      kind: 'open_exeter_new_user_authorisation', organisation: org('P84031', 'gp_practice'),
      fields: { user: { ...who('Sanjay Patel', 'sanjay.patel31@nhs.net'), username: 'P84031SP' }, createdBy: who('Moira Brennan', 'moira.brennan@nhs.net') },
      traits: ['forwarded_notification', 'multi_row_table', 'row_withdrawn', 'surname_first'],
    }));
  }

  // 204 GP Primary User form, filled by hand and photographed
  {
    const pdf = await scanForm(oeForm({
      kind: 'gp', orgName: 'Brookfield Surgery', orgCode: 'L81092', orgAddress: '18 Brookfield Road, Nailsea, BS48 1AF',
      nomineeName: 'Dawn Whitworth', nomineeJob: 'Practice Manager', nomineeEmail: 'dawn.whitworth@nhs.net', nomineePhone: '01275 866 300',
      sigName: 'Dr Owain Bevan', sigEmail: 'owain.bevan@nhs.net', capacity: ['GP Partner'], signed: true, date: '02/12/2026',
    }), 'o204', { style: 'phone', handFont: 'HandC' }, 'iOS Notes Scanner');
    out.push(email(O, '204', 'primary-user-gp-form-phone-photo', {
      client: 'iphone', from: { name: 'Dawn Whitworth', email: 'dawn.whitworth@nhs.net' }, to,
      subject: 'Open Exeter primary user form', date: mailDate(3, 13, 6, 51),
      text: `Hi, form attached for me to be our Open Exeter primary user, signed by Dr Bevan. Sorry it's a photo.

Dawn
Brookfield Surgery

Sent from my iPhone`,
      attachments: [{ filename: 'OE form.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('L81092', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: who('Dawn Whitworth', 'dawn.whitworth@nhs.net'), signatory: { ...who('Owain Bevan', 'owain.bevan@nhs.net'), role: 'gp_partner' } },
      traits: ['scan_phone_photo', 'handwritten', 'tick_box', 'iphone'],
    }, 'scan'));
  }

  // 205 federation hub: non-GP form, MFD scan, signed by an operations manager (not an allowed signatory)
  {
    const pdf = await scanForm(oeForm({
      kind: 'other', orgName: 'Three Rivers GP Federation - Enhanced Access Hub', orgCode: '', orgType: 'GP Federation (extended access)', orgAddress: 'Unit 2, Hebble Court, Halifax, HX1 5DL',
      nomineeName: 'Nadia Farooq', nomineeJob: 'Hub Coordinator', nomineeEmail: 'nadia.farooq@nhs.net', nomineePhone: '01422 300 781',
      sigName: 'Graham Stott', sigEmail: 'graham.stott@nhs.net', capacity: [], capacityOther: 'Operations Manager', signed: true, date: '04/12/2026',
    }), 'o205', { style: 'mfd', handFont: 'HandB' }, 'Xerox WorkCentre 7835');
    out.push(email(O, '205', 'primary-user-federation-mfd-scan', {
      client: 'outlook', from: { name: 'Stott Graham (THREE RIVERS GP FEDERATION)', email: 'graham.stott@nhs.net' }, to,
      subject: 'Open Exeter Primary User - Enhanced Access Hub', date: mailDate(4, 15, 44, 20),
      text: `Good afternoon,

Please find attached a scanned Primary User request for our Enhanced Access Hub, which takes cervical screening appointments for our member practices. We don't have a separate ODS code for the hub.

Kind regards
Graham Stott
Operations Manager
Three Rivers GP Federation
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'SKM_C30826120415440.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: who('Nadia Farooq', 'nadia.farooq@nhs.net'), signatory: { ...who('Graham Stott', 'graham.stott@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['scan_mfd', 'handwritten', 'no_ods_code', 'federation'],
    }, 'scan'));
  }

  // 206 GP form, fillable, signatory ticked but not signed yet
  {
    const pdf = await renderFormPdf(oeForm({
      kind: 'gp', orgName: 'Riverbank Medical Practice', orgCode: 'C86024', orgAddress: 'Riverside Way, Bakewell, DE45 1ED',
      nomineeName: 'Rebecca Lumb', nomineeJob: 'Operations Manager', nomineeEmail: 'rebecca.lumb@nhs.net', nomineePhone: '01629 812 455',
      sigName: 'Dr Helen Ogunbiyi', sigEmail: 'helen.ogunbiyi@nhs.net', capacity: ['Caldicott Guardian'], signed: false, date: '',
    }), 'o206', 'fillable');
    out.push(email(O, '206', 'primary-user-fillable-unsigned', {
      client: 'outlook', from: { name: 'Lumb Rebecca (RIVERBANK MEDICAL PRACTICE)', email: 'rebecca.lumb@nhs.net' }, to,
      subject: 'Primary User request - Riverbank Medical Practice C86024', date: mailDate(4, 16, 58, 3),
      text: `Hello,

Attached is our Open Exeter Primary User form. Dr Ogunbiyi, our Caldicott Guardian, has checked it but she is on leave until the 15th so hasn't been able to sign it yet - could you start processing it in the meantime and she'll sign when she's back?

Thanks
Rebecca Lumb
Operations Manager
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'OE Primary User Request - GP - Riverbank.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('C86024', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: who('Rebecca Lumb', 'rebecca.lumb@nhs.net'), signatory: { ...who('Helen Ogunbiyi', 'helen.ogunbiyi@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'unsigned', 'tick_box'],
    }, 'fillable'));
  }

  // 207 GP form typed in Word, signed by the practice manager
  {
    const pdf = await renderFormPdf(oeForm({
      kind: 'gp', orgName: 'Weaver Street Surgery', orgCode: 'Y02718', orgAddress: '41 Weaver Street, Winsford, CW7 4AA',
      nomineeName: 'Jade Whitlock', nomineeJob: 'Assistant Practice Manager', nomineeEmail: 'jade.whitlock@nhs.net', nomineePhone: '01606 553 210',
      sigName: 'Lorraine Cheadle', sigEmail: 'lorraine.cheadle@nhs.net', capacity: [], capacityOther: 'Practice Manager', signed: true, date: '05/12/2026',
    }), 'o207', 'text');
    out.push(email(O, '207', 'primary-user-typed-form-pm-signed', {
      client: 'outlook', from: { name: 'Cheadle Lorraine (WEAVER STREET SURGERY)', email: 'lorraine.cheadle@nhs.net' }, to,
      subject: 'Open Exeter - new Primary User - Weaver Street Surgery', date: mailDate(5, 12, 12, 12),
      text: `Dear Open Exeter team,

Please see attached our request for Jade Whitlock to become a second Primary User for the practice. I've signed it as Practice Manager as the partners are all in clinic this week.

Kind regards
Lorraine Cheadle
Practice Manager
Weaver Street Surgery
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'Open Exeter PU form Weaver St.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('Y02718', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: who('Jade Whitlock', 'jade.whitlock@nhs.net'), signatory: { ...who('Lorraine Cheadle', 'lorraine.cheadle@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_text', 'practice_manager_signs'],
    }, 'text'));
  }

  // 208 PCN on the non-GP form (fillable), existing primary user signs; the code given is a member practice's
  {
    const pdf = await renderFormPdf(oeForm({
      kind: 'other', orgName: 'Tame Valley PCN', orgCode: 'P82017', orgType: 'Primary Care Network', orgAddress: 'c/o Calder Bank Surgery, Calder Bank Road, Todmorden, OL14 5QR',
      nomineeName: 'Ellis Fairclough', nomineeJob: 'PCN Digital and Transformation Lead', nomineeEmail: 'ellis.fairclough2@nhs.net', nomineePhone: '07700 900 236',
      sigName: 'Mark Hollinshead', sigEmail: 'mark.hollinshead@nhs.net', capacity: ['Existing Primary User within the organisation'], signed: true, date: '08/12/2026',
    }), 'o208', 'fillable');
    out.push(email(O, '208', 'primary-user-pcn-form-practice-code', {
      client: 'outlook', from: { name: 'Hollinshead Mark (TAME VALLEY PCN)', email: 'mark.hollinshead@nhs.net' }, to,
      subject: 'Second Primary User - Tame Valley PCN', date: mailDate(8, 10, 26, 44),
      text: `Hi,

I'm currently the only Open Exeter Primary User for the PCN. Attached is the form for Ellis to be our second, signed by me as the existing Primary User.

Thanks
Mark Hollinshead
PCN Manager, Tame Valley PCN
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'OE Primary User - non GP - Tame Valley PCN.pdf', contentType: 'application/pdf', data: pdf }],
    }, {
      kind: 'open_exeter_primary_user_request', organisation: org('P82017', 'gp_practice'),
      fields: { organisationKind: 'other', nominee: who('Ellis Fairclough', 'ellis.fairclough2@nhs.net'), signatory: { ...who('Mark Hollinshead', 'mark.hollinshead@nhs.net'), role: 'existing_primary_user' } },
      mustRaise: ['ods_type_mismatch'], traits: ['pdf_acroform', 'pcn', 'member_practice_code', 'tick_box'],
    }, 'fillable'));
  }

  // 209 GP partner from iPhone asks for extra permissions for a user
  out.push(email(O, '209', 'permissions-gp-partner-iphone', {
    client: 'iphone', from: { name: 'Owain Bevan', email: 'owain.bevan@nhs.net' }, to,
    subject: 'Extra OE access for Dawn', date: mailDate(8, 13, 2, 9),
    text: `Hello

Please could Dawn Whitworth (Open Exeter user ID L81092DW, dawn.whitworth@nhs.net) have Call/Recall and Prior Notification List access added to her existing account.

I'm a GP partner at Brookfield Surgery, L81092.

Thanks
Owain

Dr Owain Bevan
GP Partner

Sent from my iPhone`,
  }, {
    kind: 'open_exeter_additional_permissions', organisation: org('L81092', 'gp_practice'),
    fields: { user: { ...who('Dawn Whitworth', 'dawn.whitworth@nhs.net'), username: 'L81092DW' }, permissions: ['Call/Recall', 'Prior Notification List'], signatory: { ...who('Owain Bevan', 'owain.bevan@nhs.net'), role: 'gp_partner' } },
    traits: ['iphone', 'role_in_body_and_signature'],
  }));

  // 210 Caldicott Guardian asks from her personal Gmail
  out.push(email(O, '210', 'permissions-caldicott-personal-gmail', {
    client: 'gmail', from: { name: 'Rukhsana Mirza', email: 'rukhsana.mirza.gp@gmail.com' }, to,
    subject: 'Open Exeter permissions - Calder Bank Surgery P82017', date: mailDate(8, 20, 40, 36),
    text: `Dear PCSE,

I am the Caldicott Guardian at Calder Bank Surgery (P82017). Please could our Practice Business Manager, Hayley Ormerod (user ID HORMEROD1, hayley.ormerod@nhs.net), be given the Result Enquiry and Sample Taker Maintenance permissions in Open Exeter.

I'm writing from home on my own email - apologies.

Best wishes
Dr Rukhsana Mirza
GP and Caldicott Guardian, Calder Bank Surgery`,
  }, {
    kind: 'open_exeter_additional_permissions', organisation: org('P82017', 'gp_practice'),
    fields: { user: { ...who('Hayley Ormerod', 'hayley.ormerod@nhs.net'), username: 'HORMEROD1' }, permissions: ['Result Enquiry', 'Sample Taker Maintenance'], signatory: { ...who('Rukhsana Mirza', 'rukhsana.mirza.gp@gmail.com'), role: 'caldicott_guardian' } },
    mustRaise: ['sender_not_nhs'], traits: ['personal_address', 'gmail'],
  }));

  // 211 Lead GP on top of a thread in which the permission asked for was corrected
  out.push(email(O, '211', 'permissions-lead-gp-thread-corrected', {
    client: 'outlook', from: { name: 'Alade Temitope (RIVERBANK MEDICAL PRACTICE)', email: 'temitope.alade@nhs.net' }, to,
    cc: [{ name: 'Goddard Jenny (RIVERBANK MEDICAL PRACTICE)', email: 'jenny.goddard@nhs.net' }],
    subject: 'RE: Open Exeter access for Rebecca', date: mailDate(9, 12, 50, 15),
    text: `PCSE - as Lead GP at Riverbank Medical Practice (C86024) please action as per Jenny's correction below: Result Enquiry only for Rebecca Lumb (user ID RLUMB01, rebecca.lumb@nhs.net). She already has PNL.

Dr Temitope Alade
Lead GP

From: Goddard Jenny (RIVERBANK MEDICAL PRACTICE) <jenny.goddard@nhs.net>
Sent: 09 December 2026 11:31
To: Alade Temitope (RIVERBANK MEDICAL PRACTICE) <temitope.alade@nhs.net>
Subject: RE: Open Exeter access for Rebecca

Dr Alade - sorry, I got that wrong. Rebecca already has Prior Notification List. What she actually needs is Result Enquiry. Jenny

From: Goddard Jenny (RIVERBANK MEDICAL PRACTICE) <jenny.goddard@nhs.net>
Sent: 09 December 2026 09:05
To: Alade Temitope (RIVERBANK MEDICAL PRACTICE) <temitope.alade@nhs.net>
Subject: Open Exeter access for Rebecca

Dr Alade, could you email PCSE to ask for Rebecca (RLUMB01) to have Prior Notification List access in Open Exeter? It has to come from you as Lead GP. Thanks, Jenny
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'open_exeter_additional_permissions', organisation: org('C86024', 'gp_practice'),
    fields: { user: { ...who('Rebecca Lumb', 'rebecca.lumb@nhs.net'), username: 'RLUMB01' }, permissions: ['Result Enquiry'], signatory: { ...who('Temitope Alade', 'temitope.alade@nhs.net'), role: 'lead_gp' } },
    traits: ['thread_correction', 'latest_instruction_counts', 'nhsmail_display_names'],
  }));

  // 212 lead practice nurse asks for permissions herself (not an allowed requester)
  out.push(email(O, '212', 'permissions-nurse-manager-android', {
    client: 'outlook_android', from: { name: 'Dunne Carol (ASHGROVE MEDICAL CENTRE)', email: 'carol.dunne@nhs.net' }, to,
    subject: 'Sample taker access', date: mailDate(9, 17, 18, 29),
    text: `Hi

Can our new HCA Tariq Rasool (OE user ID TRASOOL, tariq.rasool@nhs.net) be given Sample Taker access please. He's doing smears from January once his training is signed off. Ashgrove Medical Centre P84031.

Carol Dunne
Lead Practice Nurse

Get Outlook for Android<https://aka.ms/AAb9ysg>`,
  }, {
    kind: 'open_exeter_additional_permissions', organisation: org('P84031', 'gp_practice'),
    fields: { user: { ...who('Tariq Rasool', 'tariq.rasool@nhs.net'), username: 'TRASOOL' }, permissions: ['Sample Taker'], signatory: { ...who('Carol Dunne', 'carol.dunne@nhs.net'), role: 'other' } },
    mustRaise: ['signatory_role_not_allowed'], traits: ['outlook_android', 'nurse_requests'],
  }));

  // 213 question about password expiry, asks for nothing
  out.push(email(O, '213', 'question-password-expiry', {
    client: 'outlook', from: { name: 'Cross Bethany (NORTHGATE & ROWAN PCN)', email: 'bethany.cross3@nhs.net' }, to,
    subject: 'Open Exeter password expiry question', date: mailDate(10, 9, 45, 2),
    text: `Hi,

Not a request, just a question. Our hub staff are being forced to change their Open Exeter passwords every few weeks, which causes a lot of calls to me as Primary User. I can reset them myself so there's nothing for you to do - I'd just like to know whether the expiry period is fixed nationally or something we can change in Organisation Maintenance.

Thanks
Bethany Cross
PCN Operations Manager
${NHSMAIL_FOOTER}`,
  }, { ...unclassified, traits: ['question_only', 'mentions_password', 'primary_user_writes'] }));

  // 214 chaser with the reference in the subject
  out.push(email(O, '214', 'chaser-reference-subject', {
    client: 'outlook_ios', from: { name: 'Whitworth Dawn (BROOKFIELD SURGERY)', email: 'dawn.whitworth@nhs.net' }, to,
    subject: 'RE: Open Exeter primary user form [PCSE-2026-119655]', date: mailDate(10, 16, 20, 0),
    text: `Hi, just checking this is in hand? Thanks Dawn

Get Outlook for iOS<https://aka.ms/o0ukef>`,
  }, { ...unclassified, traits: ['chaser', 'case_reference', 'outlook_ios'] }));

  // 215 misdirected: PCSE Online unlock sent to Open Exeter
  out.push(email(O, '215', 'misdirected-pcse-online-unlock', {
    client: 'iphone', from: { name: 'Gwen Harker', email: 'gwen.harker@nhs.net' }, to,
    subject: 'Locked out', date: mailDate(10, 18, 3, 17),
    text: `Hi, I've locked myself out of PCSE Online (not Open Exeter, sorry if this is the wrong inbox). Username gwen.harker@nhs.net, Kirkby Lonsdale Eyecare TPL22. Can you unlock it?

Gwen

Sent from my iPhone`,
  }, {
    kind: 'account_unlock', organisation: org('TPL22', 'ophthalmic_practice'),
    fields: { username: 'gwen.harker@nhs.net' },
    traits: ['misdirected', 'iphone'],
  }));

  // 216 out-of-office
  out.push(email(O, '216', 'auto-reply-practice', {
    client: 'outlook', from: { name: 'Cheadle Lorraine (WEAVER STREET SURGERY)', email: 'lorraine.cheadle@nhs.net' }, to,
    subject: 'Automatic reply: Open Exeter - new Primary User - Weaver Street Surgery [PCSE-2026-119702]', date: mailDate(11, 8, 0, 1),
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `I am on annual leave until Monday 5 January 2027. For urgent Open Exeter or cervical screening queries please contact Jade Whitlock on jade.whitlock@nhs.net or the practice on 01606 553200.

Lorraine Cheadle
Practice Manager`,
  }, { ...unclassified, ignored: 'auto_reply', traits: ['auto_reply'] }));

  return out;
}
