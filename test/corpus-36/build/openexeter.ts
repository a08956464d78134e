// openexeter: the emails of corpus 36 (writer AF) and the cases a careful person would enter.
import { TO, gmailMail, hotmail, iphoneMail, macMail, nhs, nhsMobile, org, person } from './common.js';
import { addr, compose, gmail, message, messageLf, multipart, nhsOutlook, outlookHtml, htmlBody, outlookQuote, pcseAck, pdfAttachment, rfc822Part, rfcDate, textPart, type CorpusEmail, type Part } from './lib.js';
import type { Pdfs } from './build.js';

function notification(o: { org: string; orgName: string; createdBy: string; id: string; name: string; email: string; when: string }): string {
  return `OPEN EXETER - NEW USER NOTIFICATION

A Primary User has created a new user account for their organisation.
PCSE action required: authorise the user and issue a temporary password.

Organisation code : ${o.org}
Organisation name : ${o.orgName}
Created by        : ${o.createdBy} (Primary User)
New user ID       : ${o.id}
New user name     : ${o.name}
New user email    : ${o.email}
Created           : ${o.when}

This is an automatically generated email. Please do not reply to this address.`;
}

export function openexeter(pdf: Pdfs): CorpusEmail[] {
  const out: CorpusEmail[] = [];

  // 1 ------------------------------------------------------------------
  out.push({
    slug: 'primary-user-gp-acroform',
    eml: nhs(
      { id: 'af36-o01', from: addr('TONKIN, Kerenza (TREGONY SURGERY)', 'kerenza.tonkin@nhs.net'), to: TO.oe, subject: 'Open Exeter Primary User form - Tregony Surgery', iso: '2026-11-20T11:38:16Z' },
      `Hello,

Please find attached a Primary User request for Jago Trethewey, signed by Dr Pengelly (GP Partner). We would like Jago as our second Primary User alongside me.

Many thanks,
Kerenza Tonkin
Practice Manager, Tregony Surgery`,
      { attachments: [pdfAttachment(pdf.oeGpFillable, 'OE Primary User - J Trethewey.pdf')] },
    ),
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('L82077', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Jago Trethewey', 'jago.trethewey@nhs.net'), signatory: { ...person('Alan Pengelly', 'alan.pengelly@nhs.net'), role: 'gp_partner' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'checkbox_capacity', 'see_attached', 'sender_is_existing_primary_user'],
    },
  });

  // 2 ------------------------------------------------------------------
  out.push({
    slug: 'primary-user-gp-low-res-grey-scan',
    eml: nhs(
      { id: 'af36-o02', from: addr('MISTRY, Priya (BROOKSIDE SURGERY)', 'priya.mistry4@nhs.net'), to: TO.oe, subject: 'OE primary user application', iso: '2026-11-19T16:04:51Z' },
      `Dear Open Exeter team,

Please see attached our application for Aoife Brennan-Kelly to be set up as a Primary User. It has been signed by Dr Mistry as Lead GP (that's Dr Anand Mistry - not me, I'm the practice manager!).

Regards
Priya Mistry
Practice Manager, Brookside Surgery`,
      { attachments: [pdfAttachment(pdf.scanLowResOe, 'Scan_OE_primary_user.pdf')] },
    ),
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('D82655', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Aoife Brennan-Kelly', 'aoife.brennan-kelly@nhs.net'), signatory: { ...person('Anand Mistry', 'anand.mistry@nhs.net'), role: 'lead_gp' } },
      mustRaise: [],
      traits: ['scan_low_res_grey', 'two_page_scan', 'same_surname', 'hyphen_name', 'see_attached'],
    },
  });

  // 3 ------------------------------------------------------------------
  out.push({
    slug: 'primary-user-gp-boxed-handwriting-scan',
    eml: compose(
      nhsOutlook,
      'outlook',
      { id: 'af36-o03', from: addr('Ruth Hosegood', 'ruth.hosegood@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'OE form', iso: '2026-11-27T09:21:40Z' },
      {
        text: 'Hi, OE primary user form for Daniel attached. Thanks Ruth\n\nGet Outlook for iOS',
        html: outlookHtml(htmlBody('Hi, OE primary user form for Daniel attached. Thanks Ruth\n\nGet Outlook for iOS')),
        attachments: [pdfAttachment(pdf.scanBoxedOe, 'Scan_20261127_0915.pdf')],
      },
    ),
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('L85633', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Daniel Le Marquand', 'daniel.lemarquand@nhs.net'), signatory: { ...person('Sam Ferris', 'sam.ferris@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: [],
      traits: ['scan_handwriting_boxes', 'terse', 'phone', 'particle_name', 'block_capitals'],
    },
  });

  // 4 ------------------------------------------------------------------
  out.push({
    slug: 'primary-user-word-form-practice-manager-signs',
    eml: nhs(
      { id: 'af36-o04', from: addr('CARRUTHERS, Donna (BEWCASTLE & ROADHEAD SURGERY)', 'donna.carruthers@nhs.net'), to: TO.oe, subject: 'Primary User request - Bewcastle & Roadhead Surgery', iso: '2026-11-30T13:17:02Z' },
      `Hi,

I'd like to be set up as a Primary User on Open Exeter for our practice - the form is attached, signed by our practice manager.

Thanks,
Donna Carruthers
Senior Receptionist`,
      { attachments: [pdfAttachment(pdf.oeGpWordExport, 'OE primary user form Bewcastle.pdf')] },
    ),
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('A82650', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Donna Carruthers', 'donna.carruthers@nhs.net'), signatory: { ...person('Mhairi McGillivray', 'mhairi.mcgillivray@nhs.net'), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat_values_under_labels', 'word_export', 'nominee_is_sender', 'practice_manager_signs'],
    },
  });

  // 5 ------------------------------------------------------------------
  out.push({
    slug: 'primary-user-other-org-unsigned',
    eml: macMail(
      { id: 'af36-o05', from: addr('Rose Lane Clinic Admin', 'admin@roselaneclinic.co.uk'), to: 'pcse.openexeter@nhs.net', subject: 'Open Exeter Primary User - Rose Lane Wellbeing Clinic', iso: '2026-11-23T10:48:29Z' },
      `Hello,

Please find attached our Primary User request form for Precious Moyo. Dr Sørensen, our Caldicott Guardian, has filled in her section but is away until next week, so she hasn't been able to sign it yet. Could you start processing it and we will send the signed copy on when she's back?

We're a small independent clinic and don't have an organisation code that we know of.

Best wishes,
Amara
Rose Lane Wellbeing Clinic`,
      { attachments: [pdfAttachment(pdf.oeOtherFillable, 'OE PU form Rose Lane.pdf', 'apple')] },
    ),
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org(null, 'other'),
      fields: { organisationKind: 'other', nominee: person('Precious Moyo', 'precious.moyo@roselaneclinic.co.uk'), signatory: { ...person('Helena Sørensen', 'helena.sorensen@roselaneclinic.co.uk'), role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature', 'sender_not_nhs'],
      traits: ['pdf_acroform', 'unsigned_form', 'non_nhs_domain', 'no_org_code', 'non_ascii_name', 'other_organisation'],
    },
  });

  // 6 ------------------------------------------------------------------
  out.push({
    slug: 'permissions-gp-partner-pnl',
    eml: nhs(
      { id: 'af36-o06', from: addr('CHUGG, Naomi (Dr) (HATHERLEIGH & HALWILL SURGERY)', 'naomi.chugg@nhs.net'), to: TO.oe, subject: 'Additional Open Exeter permission', iso: '2026-11-25T12:59:45Z' },
      `Dear Open Exeter team,

As a GP Partner at Hatherleigh & Halwill Surgery (L83654), please could you add access to the Prior Notification List to Kayleigh Sluggett's existing Open Exeter account. She is taking over the PNL work from our nurse manager.

Name: Kayleigh Sluggett
Open Exeter user ID: HHS0417
Email: kayleigh.sluggett@nhs.net

Many thanks,
Dr Naomi Chugg
GP Partner`,
    ),
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('L83654', 'gp_practice'),
      fields: { user: { ...person('Kayleigh Sluggett', 'kayleigh.sluggett@nhs.net'), username: 'HHS0417' }, permissions: ['Prior Notification List'], signatory: { ...person('Naomi Chugg', 'naomi.chugg@nhs.net'), role: 'gp_partner' } },
      mustRaise: [],
      traits: ['labelled_lines', 'honorific', 'nhsmail_display_name'],
    },
  });

  // 7 ------------------------------------------------------------------
  out.push({
    slug: 'permissions-practice-manager-gmail',
    eml: gmailMail(
      { id: 'af36-o07', from: addr('Gail Metcalfe', 'gailmetcalfe71@gmail.com'), to: 'pcse.openexeter@nhs.net', subject: 'open exeter access for our new nurse', iso: '2026-12-02T20:14:36Z' },
      `hi,

can you give our new practice nurse hannah scaife access to cytology results enquiry on open exeter please. her user id is ASK0093 and email hannah.scaife@nhs.net

im the practice manager at askrigg & bainbridge surgery (B82613), on leave this week so using my own email sorry

gail`,
    ),
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('B82613', 'gp_practice'),
      fields: { user: { ...person('Hannah Scaife', 'hannah.scaife@nhs.net'), username: 'ASK0093' }, permissions: ['Cytology Results Enquiry'], signatory: { ...person('Gail Metcalfe', 'gailmetcalfe71@gmail.com'), role: 'other' } },
      mustRaise: ['sender_not_nhs', 'signatory_role_not_allowed'],
      traits: ['webmail_sender', 'lower_case', 'no_punctuation', 'practice_manager_requests'],
    },
  });

  // 8 ------------------------------------------------------------------
  {
    const earlier = `Dear Open Exeter team,

Please find attached a Primary User form for Bethan Lloyd-Hughes at Corvedale Surgery, signed by me as Senior Partner.

Richard Pargeter`;
    out.push({
      slug: 'permissions-caldicott-numbered-old-thread',
      eml: nhs(
        {
          id: 'af36-o08',
          from: addr('ADEBAYO-LAWSON, Femi (Dr) (CORVEDALE SURGERY)', 'femi.adebayo-lawson@nhs.net'),
          to: TO.oe,
          subject: 'RE: PCSE-2026-102288 - Your enquiry has been received',
          iso: '2026-12-03T09:07:25Z',
          inReplyTo: '<PCSE-2026-102288.ack@pcse.england.nhs.uk>',
        },
        `Hello,

Further to the Primary User request below (thank you, now done), I am the Caldicott Guardian for Corvedale Surgery, M82608, and I would like to request additional permissions for one of our users:

1. User: Bethan Lloyd-Hughes
2. OE user ID: CVS0112
3. Email: bethan.lloyd-hughes@nhs.net
4. Permissions: Prior Notification List; Sample Taker Database

Kind regards,
Dr Femi Adebayo-Lawson
GP and Caldicott Guardian
Corvedale Surgery

${outlookQuote({ fromName: 'PCSE Open Exeter', fromEmail: 'pcse.openexeter@nhs.net', to: 'PARGETER, Richard (Dr) (CORVEDALE SURGERY) <r.pargeter@nhs.net>', cc: 'ADEBAYO-LAWSON, Femi (Dr) (CORVEDALE SURGERY) <femi.adebayo-lawson@nhs.net>', iso: '2026-11-16T09:12:00Z', subject: 'PCSE-2026-102288 - Your enquiry has been received', text: pcseAck('Open Exeter', 'PCSE-2026-102288') })}

${outlookQuote({ fromName: 'PARGETER, Richard (Dr) (CORVEDALE SURGERY)', fromEmail: 'r.pargeter@nhs.net', to: 'PCSE Open Exeter <pcse.openexeter@nhs.net>', cc: 'ADEBAYO-LAWSON, Femi (Dr) (CORVEDALE SURGERY) <femi.adebayo-lawson@nhs.net>', iso: '2026-11-16T09:10:00Z', subject: 'OE Primary User - Corvedale Surgery', text: earlier })}`,
      ),
      expected: {
        kind: 'open_exeter_additional_permissions',
        ignored: null,
        organisation: org('M82608', 'gp_practice'),
        fields: { user: { ...person('Bethan Lloyd-Hughes', 'bethan.lloyd-hughes@nhs.net'), username: 'CVS0112' }, permissions: ['Prior Notification List', 'Sample Taker Database'], signatory: { ...person('Femi Adebayo-Lawson', 'femi.adebayo-lawson@nhs.net'), role: 'caldicott_guardian' } },
        mustRaise: [],
        traits: ['numbered_list', 'top_posted_on_old_thread', 'pcse_ack_in_thread', 'earlier_request_other_kind', 'two_permissions', 'hyphen_name'],
      },
    });
  }

  // 9 ------------------------------------------------------------------
  out.push({
    slug: 'new-user-notification',
    eml: compose(
      nhsOutlook,
      'outlook',
      {
        id: 'af36-o09',
        from: addr('Open Exeter', 'noreply.openexeter@nhs.net'),
        to: 'pcse.openexeter@nhs.net',
        subject: 'Open Exeter - New user created - L82077',
        iso: '2026-11-24T10:42:37Z',
        extra: [['Auto-Submitted', 'auto-generated']],
      },
      { text: notification({ org: 'L82077', orgName: 'TREGONY SURGERY', createdBy: 'TONKIN, KERENZA', id: 'TRG0231', name: 'PASCOE, TAMSYN', email: 'tamsyn.pascoe@nhs.net', when: '24/11/2026 10:42' }), cte: '7bit' },
    ),
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('L82077', 'gp_practice'),
      fields: { user: { ...person('Tamsyn Pascoe', 'tamsyn.pascoe@nhs.net'), username: 'TRG0231' }, createdBy: person('Kerenza Tonkin', null) },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_capitals', 'auto_submitted_header_but_request'],
    },
  });

  // 10 -----------------------------------------------------------------
  {
    const innerM = {
      id: 'af36-o10-inner',
      from: addr('Open Exeter', 'noreply.openexeter@nhs.net'),
      to: 'ruth.hosegood@nhs.net',
      subject: 'Open Exeter - New user created - L85633',
      iso: '2026-12-01T08:55:12Z',
    };
    const inner = messageLf(
      [
        ['From', innerM.from],
        ['To', innerM.to],
        ['Subject', innerM.subject],
        ['Date', rfcDate(innerM.iso)],
        ['Message-ID', '<OE.NU.L85633.WEX0058@openexeter.nhs.uk>'],
        ['MIME-Version', '1.0'],
      ],
      textPart(notification({ org: 'L85633', orgName: 'WITHYPOOL & EXFORD SURGERY', createdBy: 'HOSEGOOD, RUTH', id: 'WEX0058', name: 'WRIGHT-NAKAMURA, EMIKO', email: 'emiko.wright-nakamura@nhs.net', when: '01/12/2026 08:55' }), { cte: '7bit', charset: 'us-ascii' }),
    );
    const text = `Hi,

I set up a new user on Open Exeter this morning for our new HCA - the notification is attached. Please could you authorise her so she can log in?

Thanks,
Ruth Hosegood
Practice Manager
Withypool & Exford Surgery`;
    out.push({
      slug: 'new-user-forwarded-as-attachment',
      eml: compose(
        nhsOutlook,
        'outlook',
        { id: 'af36-o10', from: addr('HOSEGOOD, Ruth (WITHYPOOL & EXFORD SURGERY)', 'ruth.hosegood@nhs.net'), to: TO.oe, subject: 'FW: Open Exeter - New user created - L85633', iso: '2026-12-01T09:31:48Z' },
        { text, html: outlookHtml(htmlBody(text)), attachments: [rfc822Part(inner, 'Open Exeter - New user created - L85633.eml')] },
      ),
      expected: {
        kind: 'open_exeter_new_user_authorisation',
        ignored: null,
        organisation: org('L85633', 'gp_practice'),
        fields: { user: { ...person('Emiko Wright-Nakamura', 'emiko.wright-nakamura@nhs.net'), username: 'WEX0058' }, createdBy: person('Ruth Hosegood', 'ruth.hosegood@nhs.net') },
        mustRaise: [],
        traits: ['forwarded_as_attachment', 'message_rfc822', 'creator_forwards', 'surname_first_capitals', 'hyphen_name'],
      },
    });
  }

  // 11 -----------------------------------------------------------------
  out.push({
    slug: 'pcse-online-unlock-misdirected-emoji',
    eml: hotmail(
      { id: 'af36-o11', from: addr('Ros Hollis', 'ros.hollis@outlook.com'), to: 'pcse.openexeter@nhs.net', subject: 'locked out 😬', iso: '2026-11-28T09:44:03Z' },
      `hiya, sorry if this is the wrong inbox - I've locked myself out of PCSE Online (not Open Exeter!) after too many goes at the password. username ros.hollis@outlook.com. could you unlock it please?

thanks, Ros
Hollis & Daughter Opticians`,
    ),
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org(null, 'ophthalmic_practice'),
      fields: { username: 'ros.hollis@outlook.com' },
      mustRaise: ['sender_not_nhs'],
      traits: ['misdirected', 'emoji', 'rfc2047', 'lower_case', 'webmail_sender', 'no_org_code'],
    },
  });

  // 12 -----------------------------------------------------------------
  out.push({
    slug: 'vacation-responder-clinic',
    eml: compose(
      gmail,
      'gmail',
      {
        id: 'af36-o12',
        from: addr('Helena Sørensen', 'helena.sorensen@roselaneclinic.co.uk'),
        to: 'pcse.openexeter@nhs.net',
        subject: 'Re: PCSE-2026-106014 - Further information required',
        iso: '2026-11-26T14:02:19Z',
        inReplyTo: '<PCSE-2026-106014.fi@pcse.england.nhs.uk>',
        extra: [
          ['Auto-Submitted', 'auto-replied'],
          ['Precedence', 'bulk'],
          ['X-Autoreply', 'yes'],
        ],
      },
      {
        text: `Thank you for your message. I am away from the clinic until Monday 30 November and will reply when I return.

For urgent clinical matters please call the clinic on 01531 630 552.

Helena Sørensen
Rose Lane Wellbeing Clinic`,
        cte: 'quoted-printable',
        html: `<div dir="ltr">Thank you for your message. I am away from the clinic until Monday 30 November and will reply when I return.<div><br></div><div>For urgent clinical matters please call the clinic on 01531 630 552.</div><div><br></div><div>Helena Sørensen<br>Rose Lane Wellbeing Clinic</div></div>`,
      },
    ),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'vacation_responder', 'case_ref', 'rfc2047'] },
  });

  // 13 -----------------------------------------------------------------
  out.push({
    slug: 'chaser-ref-in-subject-iphone',
    eml: iphoneMail(
      { id: 'af36-o13', from: addr('Priya Mistry', 'priya.mistry4@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'Re: PCSE-2026-104615 OE primary user application - any update?', iso: '2026-12-03T17:26:51Z', inReplyTo: '<PCSE-2026-104615.ack@pcse.england.nhs.uk>' },
      `Hi, any update on this one? Aoife still can't see Organisation Maintenance. Thanks Priya

Sent from my iPhone

> On 19 Nov 2026, at 16:06, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:
>
${pcseAck('Open Exeter', 'PCSE-2026-104615')
  .split('\n')
  .map((l) => (l ? `> ${l}` : '>'))
  .join('\n')}`,
    ),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref', 'phone', 'pcse_ack_in_thread'] },
  });

  // 14 -----------------------------------------------------------------
  out.push({
    slug: 'question-performers-list-locum',
    eml: nhsMobile(
      { id: 'af36-o14', from: addr('MACRAE, Callum', 'callum.macrae@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'Moving region - performers list', iso: '2026-12-04T07:31:10Z' },
      `Hi, sorry if this isn't the right address. I'm a locum GP moving from Cumbria to Devon in the new year - do I need to ask you to move my performers list entry to the South West local office, or do I do that myself on PCSE Online?

Thanks
Callum MacRae

Get Outlook for Android`,
    ),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'wrong_mailbox', 'performers_list', 'phone'] },
  });

  // 15 -----------------------------------------------------------------
  {
    const human = `Your message to gailmetcalfe71@gmail.com couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.

gailmetcalfe71          Office 365          gmail.com
Action Required                              Recipient

Mailbox full

How to Fix It
Try resending the message later, or contact the recipient by another route.

Diagnostic information for administrators:
Generating server: LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
gailmetcalfe71@gmail.com
Remote server returned '552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm'

Original message headers:
From: PCSE Open Exeter <pcse.openexeter@nhs.net>
To: gailmetcalfe71@gmail.com
Subject: RE: open exeter access for our new nurse [PCSE-2026-107731]`;
    const parts: Part[] = [
      textPart(human, { cte: 'quoted-printable' }),
      {
        headers: ['Content-Type: message/delivery-status'],
        body: `Reporting-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate('2026-12-03T11:20:00Z')}

Final-Recipient: rfc822;gailmetcalfe71@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 The recipient's inbox is out of storage space and inactive.
Remote-MTA: dns;gmail-smtp-in.l.google.com`,
      },
      {
        headers: ['Content-Type: text/rfc822-headers'],
        body: `From: PCSE Open Exeter <pcse.openexeter@nhs.net>
To: <gailmetcalfe71@gmail.com>
Subject: RE: open exeter access for our new nurse [PCSE-2026-107731]
Date: ${rfcDate('2026-12-03T11:20:00Z')}
Message-ID: <PCSE-2026-107731.r1@pcse.england.nhs.uk>`,
      },
    ];
    out.push({
      slug: 'bounce-gmail-over-quota',
      eml: message(
        [
          ['From', 'Microsoft Outlook <postmaster@nhs.net>'],
          ['To', 'PCSE Open Exeter <pcse.openexeter@nhs.net>'],
          ['Subject', 'Undeliverable: RE: open exeter access for our new nurse [PCSE-2026-107731]'],
          ['Date', rfcDate('2026-12-03T11:21:33Z')],
          ['Message-ID', '<e1b7d0c4-55aa-4f0e-9d3b-7a2c6f1e8b90@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>'],
          ['Auto-Submitted', 'auto-replied'],
          ['Content-Language', 'en-GB'],
          ['MIME-Version', '1.0'],
        ],
        multipart('report', 'ndr_e1b7d0c4_55aa_4f0e', parts, 'report-type=delivery-status'),
      ),
      expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'case_ref'] },
    });
  }

  return out;
}
