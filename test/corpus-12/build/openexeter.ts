// openexeter: primary user forms, extra permissions, new-user notifications; writer H's senders.
import { GP_SIGNATORIES, oePrimary, OTHER_SIGNATORIES } from './forms.js';
import { alt, attachment, ew, html, message, multi, NHSMAIL_FOOTER, org, P, PCSE_OE, text, unclassified, type Email } from './lib.js';
import { acroForm, flatForm, scanForm } from './pdfs.js';

const MB = 'openexeter' as const;
const ticks = (list: string[], on: string, prefix?: string) =>
  list.map((label, i) => ({ label, on: label === on, field: prefix ? `${prefix}${i}` : undefined }));

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];
  const add = (slug: string, eml: string, expected: Email['expected']) => out.push({ mailbox: MB, slug, eml, expected });

  // 1. GP form as an AcroForm with long hierarchical field names; signatory role by check box. Sent by the nominee.
  {
    const root = 'OE_PrimaryUser_GP.Page1';
    const pdf = await acroForm(oePrimary({
      kind: 'gp', orgName: 'Castle Mead Medical Centre', orgCode: 'J83601', orgAddress: 'Castle Mead, Trowbridge BA14 0QX',
      title: 'Mrs', forename: 'Anne-Marie', surname: "O'Sullivan", jobTitle: 'Practice Manager', email: 'annemarie.osullivan@nhs.net', phone: '01225 555 310',
      sigName: 'Dr Rajinder Kaur-Sandhu', sigRoleTicks: ticks(GP_SIGNATORIES, 'Lead GP', `${root}.Section3_Signatory.chkSignatoryRole_`),
      sigEmail: 'r.kaur-sandhu@nhs.net', signed: true, date: '02/12/2026',
      names: [
        `${root}.Section1_Organisation.txtOrganisationName`, `${root}.Section1_Organisation.txtOrganisationCode`, `${root}.Section1_Organisation.txtOrganisationAddress`,
        `${root}.Section2_PrimaryUser.ddTitle`, `${root}.Section2_PrimaryUser.txtForename`, `${root}.Section2_PrimaryUser.txtSurname`,
        `${root}.Section2_PrimaryUser.txtJobTitle`, `${root}.Section2_PrimaryUser.txtEmail`, `${root}.Section2_PrimaryUser.txtTelephone`,
        `${root}.Section3_Signatory.txtSignatoryName`, `${root}.Section3_Signatory.txtSignatoryRole`, `${root}.Section3_Signatory.txtSignatoryEmail`,
        `${root}.Section3_Signatory.sigSignature`, `${root}.Section3_Signatory.dtDateSigned`,
      ],
    }));
    add('primary-user-gp-acroform-hierarchical', message({
      from: "Anne-Marie O'Sullivan <AnneMarie.OSullivan@nhs.net>", to: PCSE_OE, cc: 'Dr Rajinder Kaur-Sandhu <r.kaur-sandhu@nhs.net>',
      subject: 'Open Exeter primary user request - Castle Mead MC',
      date: 'Wed, 2 Dec 2026 09:14:27 +0000', id: 'DB8PR10MB3689E2F1A0B9C8D7E6F5A4B3C2D1E@DB8PR10MB3689.eurprd10.prod.outlook.com',
      body: multi('mixed', [alt(`Hello,

Please find attached our request for me to be set up as a Primary User on Open Exeter, signed by our Lead GP (cc'd). Our previous primary user has left and we have nobody with Organisation Maintenance at the moment.

Kind regards
Anne-Marie

Anne-Marie O'Sullivan (she/her)
Practice Manager, Castle Mead Medical Centre
T: 01225 555 310 | M: 07700 900 190 | Switchboard 01225 555 300

Get Outlook for iOS
${NHSMAIL_FOOTER}`), attachment('application/pdf', 'OE Primary User form - Castle Mead.pdf', pdf)]),
    }), {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('J83601', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: P("Anne-Marie O'Sullivan", 'annemarie.osullivan@nhs.net'),
        signatory: { name: 'Rajinder Kaur-Sandhu', email: 'r.kaur-sandhu@nhs.net', role: 'lead_gp' },
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'hierarchical_field_names', 'tick_box_role', 'apostrophe_name', 'hyphenated_name', 'self_nomination', 'cc_signatory', 'outlook_ios'],
    });
  }

  // 2. GP form as a phone scan (PNG, skewed, handwritten-looking values), signature box empty.
  {
    const pdf = await scanForm(oePrimary({
      kind: 'gp', orgName: 'Blackthorn Surgery', orgCode: 'B82077', orgAddress: '7 Blackthorn Road, Harrogate HG1 4PT',
      title: 'Ms', forename: 'Siobhan', surname: 'Fitzpatrick-Lowe', jobTitle: 'Reception Manager', email: 'siobhan.fitzpatrick-lowe@nhs.net', phone: '01423 555 091',
      sigName: 'Dr Kofi Mensah-Bonsu', sigRoleTicks: ticks(GP_SIGNATORIES, 'GP Partner'), sigEmail: 'k.mensah-bonsu@nhs.net',
      signed: false, date: '30/11/2026',
    }), { angle: -1.6, seed: 90210, handwritten: true });
    add('primary-user-gp-scan-unsigned', message({
      from: 'Siobhan Fitzpatrick-Lowe <siobhan.fitzpatrick-lowe@nhs.net>', to: PCSE_OE, subject: 'Primary user form',
      date: 'Mon, 30 Nov 2026 17:58:40 +0000', id: 'E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7@nhs.net',
      headers: ['X-Mailer: iPhone Mail (22B91)'],
      body: multi('mixed', [text(`Hi, form attached for Open Exeter primary user for Blackthorn Surgery. Scanned on my phone so hope it's readable. Thanks, Siobhan

Sent from my iPhone`, { cte: '7bit' }), attachment('application/pdf', 'IMG_4471.pdf', pdf)]),
    }), {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82077', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: P('Siobhan Fitzpatrick-Lowe', 'siobhan.fitzpatrick-lowe@nhs.net'),
        signatory: { name: 'Kofi Mensah-Bonsu', email: 'k.mensah-bonsu@nhs.net', role: 'gp_partner' },
      },
      mustRaise: ['missing_signature'],
      traits: ['pdf_scan', 'scan_unsigned', 'tick_box_role', 'handwriting_style', 'hyphenated_name', 'sent_from_iphone', 'minimal_body'],
    });
  }

  // 3. Out-of-hours provider with a practice-like code, "other organisations" form, flat with values on the label's line.
  {
    const pdf = await flatForm(oePrimary({
      kind: 'other', orgName: 'Vale Urgent Care (GP out-of-hours service)', orgCode: 'Y02871', orgAddress: 'Unit 3, Vale Business Park, Evesham WR11 1GS',
      title: 'Mr', forename: 'Jean-Luc', surname: 'Ndiaye', jobTitle: 'Clinical Governance Administrator', email: 'jean-luc.ndiaye@nhs.net', phone: '01386 555 740',
      sigName: 'Dr Helen Van Rensburg', sigRoleText: 'Caldicott Guardian', sigEmail: 'helen.vanrensburg@nhs.net', signed: true, date: '1 December 2026',
    }), 'line');
    add('primary-user-ooh-other-flat', message({
      from: 'Jean-Luc Ndiaye <jean-luc.ndiaye@nhs.net>', to: PCSE_OE, subject: 'Primary User request - Vale Urgent Care',
      date: 'Tue, 1 Dec 2026 12:31:05 +0000', id: 'CWLP265MB5120AB12CD34EF56A7B8C9D0E1F2A@CWLP265MB5120.GBRP265.PROD.OUTLOOK.COM',
      body: multi('mixed', [alt(`Dear Open Exeter team,

We are a GP out-of-hours and urgent care provider (not a GP practice, although our ODS code looks like one) and some of our sites take cervical samples. Please find attached the completed Primary User form for other organisations, signed by our Caldicott Guardian.

Regards,
Jean-Luc Ndiaye
Clinical Governance Administrator
Vale Urgent Care | 111 / OOH
01386 555 740 | 07700 900 585 | On-call manager 01386 555 799
Ticket ref (internal): VUC-INC-00932
${NHSMAIL_FOOTER}`), attachment('application/pdf', 'PU form other orgs - VUC.pdf', pdf)]),
    }), {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('Y02871', 'gp_practice'),
      fields: {
        organisationKind: 'other',
        nominee: P('Jean-Luc Ndiaye', 'jean-luc.ndiaye@nhs.net'),
        signatory: { name: 'Helen Van Rensburg', email: 'helen.vanrensburg@nhs.net', role: 'caldicott_guardian' },
      },
      mustRaise: [],
      traits: ['pdf_flat', 'value_on_label_line', 'out_of_hours_provider', 'practice_like_code', 'particle_name', 'ticket_number_nearby', 'self_nomination'],
    });
  }

  // 4. GP form flat table with [X] ticks; the practice manager signs (not an allowed signatory).
  {
    const pdf = await flatForm(oePrimary({
      kind: 'gp', orgName: 'Marsh Lane Surgery', orgCode: 'P86021', orgAddress: '2 Marsh Lane, Preston PR1 8UJ',
      forename: 'Lucy', surname: 'Okonjo-Reeve', jobTitle: 'Deputy Practice Manager', email: 'lucy.okonjo-reeve@nhs.net', phone: '01772 555 402',
      sigName: 'Graham McAlister', sigRoleTicks: [...ticks(GP_SIGNATORIES, ''), { label: 'Other: Practice Manager', on: true }],
      sigEmail: 'graham.mcalister@nhs.net', signed: true, date: '01/12/2026',
    }), 'table');
    add('primary-user-gp-practice-manager-signs', message({
      from: 'Graham McAlister <graham.mcalister@nhs.net>', to: PCSE_OE, subject: 'OE primary user - P86 021',
      date: 'Tue, 1 Dec 2026 15:09:48 +0000', id: 'CAF9pQ2r=S5tU8vW1xY4zA7bC0dE3fG6hI9@mail.gmail.com',
      body: multi('mixed', [alt(`Hi,

Form attached to make Lucy (my deputy) a primary user so there are two of us. I've signed it as practice manager - our partners are all clinical and never touch Open Exeter so hopefully that's OK.

Graham McAlister
Practice Manager
Marsh Lane Surgery
01772 555 400

Sent from Gmail Mobile`), attachment('application/pdf', 'OE PU form.pdf', pdf)]),
    }), {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('P86021', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: P('Lucy Okonjo-Reeve', 'lucy.okonjo-reeve@nhs.net'),
        signatory: { name: 'Graham McAlister', email: 'graham.mcalister@nhs.net', role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat', 'pdf_table', 'tick_boxes_text', 'signatory_role_not_allowed', 'mc_mac_name', 'code_with_space', 'gmail_app'],
    });
  }

  // 5. Prison healthcare provider (other organisation), request in the body; a board member signs off; no code.
  add('primary-user-prison-board-member-body', message({
    from: '"Fairclough, Nicholas (Nick)" <nick.fairclough@nhs.net>', to: PCSE_OE, subject: 'Open Exeter - Primary User for HMP Stourmoor healthcare',
    date: 'Thu, 3 Dec 2026 08:40:12 +0000', id: 'LNXP265MB1834F0E1D2C3B4A596877A6B5C4D3@LNXP265MB1834.GBRP265.PROD.OUTLOOK.COM',
    body: alt(`Good morning,

Your "other organisations" form will not open on our prison network laptops (macros are blocked), so I am giving the details below and approving by email. Please tell me if you need it on the form and I will find a way.

Organisation: HMP Stourmoor Healthcare (Oakvale Health & Justice CIC) - we do not have our own code for Open Exeter that I can find
Proposed Primary User: Thandiwe Mokoena-Price, Healthcare Administration Lead
Email: thandiwe.mokoena-price@nhs.net
Phone: 01902 555 620 (healthcare) - not the gate number

Signatory: me, Nicholas Fairclough, Director of Healthcare Services and a member of the Board of Directors of Oakvale Health & Justice CIC.

Regards,
Nick

Nicholas (Nick) Fairclough
Director of Healthcare Services | Board Director
Oakvale Health & Justice CIC
M 07700 900 077 | T 01902 555 600 | Company no. 09876543
${NHSMAIL_FOOTER}`),
  }), {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
    fields: {
      organisationKind: 'other',
      nominee: P('Thandiwe Mokoena-Price', 'thandiwe.mokoena-price@nhs.net'),
      signatory: { name: 'Nicholas Fairclough', email: 'nick.fairclough@nhs.net', role: 'board_member' },
    },
    mustRaise: [],
    traits: ['no_form', 'prison_healthcare', 'known_as_name', 'surname_first_display_name', 'company_number_nearby', 'no_code'],
  });

  // 6. A GP Partner's numbered answers to PCSE's questions (reply with reference), bullet list of permissions.
  add('permissions-numbered-answers-reply', message({
    from: 'Dr Eilidh MacLeod-Banerjee <Eilidh.MacLeod-Banerjee@nhs.net>', to: PCSE_OE,
    subject: 'RE: PCSE-2026-006031 Open Exeter - further information required',
    date: 'Wed, 25 Nov 2026 20:16:33 +0000', id: 'AM8PR07MB7592D3C2B1A0F9E8D7C6B5A4F3E2D@AM8PR07MB7592.eurprd07.prod.outlook.com',
    headers: ['In-Reply-To: <PCSE-2026-006031.fir@pcse.england.nhs.uk>'],
    body: alt(`Answers below, sorry for the delay.

1. Nomvula Dlamini-Hart, Practice Nurse, nomvula.dlamini-hart@nhs.net
2. Her Open Exeter user ID is NDLAMINIHART
3. Permissions needed:
   - Prior Notification List (PNL)
   - Cervical cytology result enquiry
4. I am a GP Partner at Kestrel Park Surgery (h81 090), and I'm sending this from my own nhs.net account as asked.

Eilidh

Dr Eilidh MacLeod-Banerjee
GP Partner | Cervical screening lead
GMC 7012245
Kestrel Park Surgery | 01483 555 770

Sent from Outlook for Android

________________________________
From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 24 November 2026 11:02
Subject: PCSE-2026-006031 Open Exeter - further information required

Thank you for your email. To add permissions for an existing user please reply with:
1. the user's full name, role and email address
2. their Open Exeter user ID
3. the permissions required
4. your role at the practice (the request must come from a Lead GP, GP Partner, Caldicott Guardian or Board member, from an NHS address)
`),
  }), {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('H81090', 'gp_practice'),
    fields: {
      user: { name: 'Nomvula Dlamini-Hart', email: 'nomvula.dlamini-hart@nhs.net', username: 'NDLAMINIHART' },
      permissions: ['Prior Notification List (PNL)', 'Cervical cytology result enquiry'],
      signatory: { name: 'Eilidh MacLeod-Banerjee', email: 'eilidh.macleod-banerjee@nhs.net', role: 'gp_partner' },
    },
    mustRaise: [],
    traits: ['numbered_answers', 'reply_with_reference_supplies_info', 'bullet_list', 'lowercase_code', 'code_with_space', 'gmc_number_nearby', 'mc_mac_name', 'outlook_android', 'quoted_pcse_questions'],
  });

  // 7. Caldicott Guardian asks from a personal Gmail address (not NHS).
  add('permissions-caldicott-from-gmail', message({
    from: 'Mina de Jong-Asare <Mina.deJongAsare+work@gmail.com>', to: PCSE_OE, subject: 'Open Exeter access - Lerato',
    date: 'Sat, 28 Nov 2026 10:22:17 +0000', id: 'CAH4kL7=mN0pQ3rS6tU9vW2xY5zA8bC1dE4@mail.gmail.com',
    body: alt(`Hello,

Sending from my personal account as NHSmail won't let me log in on my phone this weekend.

Please could you add the Sample Taker Maintenance permission to Lerato Mahlangu's Open Exeter account (user ID LMAHLANGU, lerato.mahlangu@nhs.net) at Ferndown Valley Practice, J81 023. I'm the practice's Caldicott Guardian.

Thanks,
Dr Wilhelmina (Mina) de Jong-Asare
GP & Caldicott Guardian, Ferndown Valley Practice
07700 900 944

Sent from my iPhone`),
  }), {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('J81023', 'gp_practice'),
    fields: {
      user: { name: 'Lerato Mahlangu', email: 'lerato.mahlangu@nhs.net', username: 'LMAHLANGU' },
      permissions: ['Sample Taker Maintenance'],
      signatory: { name: 'Wilhelmina de Jong-Asare', email: 'mina.dejongasare+work@gmail.com', role: 'caldicott_guardian' },
    },
    mustRaise: ['sender_not_nhs'],
    traits: ['sender_not_nhs', 'plus_tag_sender', 'known_as_name', 'particle_name', 'code_with_space', 'sent_from_iphone'],
  });

  // 8. A practice manager asks for permissions (not an allowed requester) and a password reset in the same email; tab-separated.
  add('permissions-practice-manager-two-asks', message({
    from: 'Jo-Anne Featherstonehaugh <joanne.featherstonehaugh@nhs.net>', to: PCSE_OE, subject: 'Open Exeter permissions + password',
    date: 'Thu, 26 Nov 2026 14:55:28 +0000', id: 'LO4P265MB3742C1B0A9F8E7D6C5B4A3F2E1D0C@LO4P265MB3742.GBRP265.PROD.OUTLOOK.COM',
    body: text(`Hi

Please could you add the following for our HCA:

Name\tUser ID\tEmail\tPermission
Bethan Rees-O'Connor\tBREESOCONNOR\tbethan.rees-oconnor@nhs.net\tPrior Notification List

Also our nurse Pam has forgotten her Open Exeter password again, can you reset that too or is that something our primary user does?

Thanks
Jo-Anne Featherstonehaugh
Practice Manager
Tollgate Surgery (M87 014)
01902 555 100 ext 3
${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }),
  }), {
    kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('M87014', 'gp_practice'),
    fields: {
      user: { name: "Bethan Rees-O'Connor", email: 'bethan.rees-oconnor@nhs.net', username: 'BREESOCONNOR' },
      permissions: ['Prior Notification List'],
      signatory: { name: 'Jo-Anne Featherstonehaugh', email: 'joanne.featherstonehaugh@nhs.net', role: 'other' },
    },
    mustRaise: ['signatory_role_not_allowed'],
    traits: ['tab_separated', 'two_asks', 'signatory_role_not_allowed', 'apostrophe_name', 'hyphenated_name', 'code_with_space', 'code_in_signature_only'],
  });

  // 9. Open Exeter's own new-user notification, plain text.
  add('new-user-notification-plain', message({
    from: 'Open Exeter <openexeter.notifications@nhs.net>', to: PCSE_OE, subject: 'Open Exeter: new user awaiting authorisation (J83601)',
    date: 'Fri, 4 Dec 2026 10:02:00 +0000', id: 'oe-newuser-20261204100200-J83601-0017@openexeter.nhs.uk',
    headers: ['Auto-Submitted: auto-generated', 'X-Mailer: OE-OrgMaint 5.2'],
    body: text(`OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER NOTIFICATION

A Primary User has created the following user account. The account is inactive until authorised by PCSE.

Organisation code : J83601
Organisation name : CASTLE MEAD MEDICAL CENTRE
User ID           : SCHOWDHURY2
User name         : Sabina Chowdhury
User email        : sabina.chowdhury2@nhs.net
Created by        : Anne-Marie O'Sullivan (annemarie.osullivan@nhs.net)
Created on        : 04/12/2026 09:58

This is an automatically generated message. Do not reply to this address.`, { cte: '7bit' }),
  }), {
    kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('J83601', 'gp_practice'),
    fields: {
      user: { name: 'Sabina Chowdhury', email: 'sabina.chowdhury2@nhs.net', username: 'SCHOWDHURY2' },
      createdBy: P("Anne-Marie O'Sullivan", 'annemarie.osullivan@nhs.net'),
    },
    mustRaise: [],
    traits: ['system_notification', 'auto_generated_header', 'colon_aligned_labels', 'apostrophe_name'],
  });

  // 10. New-user notification as an HTML table (quoted-printable, HTML only), for the out-of-hours provider.
  add('new-user-notification-html-table', message({
    from: 'Open Exeter <openexeter.notifications@nhs.net>', to: PCSE_OE, subject: ew('Open Exeter – new user created – Y02871'),
    date: 'Fri, 4 Dec 2026 14:36:00 +0000', id: 'oe-newuser-20261204143600-Y02871-0003@openexeter.nhs.uk',
    headers: ['Auto-Submitted: auto-generated'],
    body: html(`<html><body style="font-family:Arial">
<h3>Open Exeter &ndash; Organisation Maintenance</h3>
<p>A new user has been created by a Primary User and requires authorisation by PCSE.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">Organisation</th><td>Y02871 &ndash; VALE URGENT CARE</td></tr>
<tr><th align="left">User ID</th><td>ANOWAKFLEMI</td></tr>
<tr><th align="left">Forename</th><td>Agnieszka</td></tr>
<tr><th align="left">Surname</th><td>Nowak-Fleming</td></tr>
<tr><th align="left">Email</th><td>agnieszka.nowak-fleming@nhs.net</td></tr>
<tr><th align="left">Created by (Primary User)</th><td>Jean-Luc Ndiaye (JNDIAYE1)</td></tr>
</table>
<p style="font-size:9pt;color:#666">Automatically generated &ndash; please do not reply.</p>
</body></html>`, { cte: 'quoted-printable' }),
  }), {
    kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('Y02871', 'gp_practice'),
    fields: {
      user: { name: 'Agnieszka Nowak-Fleming', email: 'agnieszka.nowak-fleming@nhs.net', username: 'ANOWAKFLEMI' },
      createdBy: P('Jean-Luc Ndiaye', null),
    },
    mustRaise: [],
    traits: ['system_notification', 'html_only', 'html_table', 'rfc2047_subject', 'forename_surname_split', 'out_of_hours_provider'],
  });

  // 11. Thank-you with a reference.
  add('thanks-with-reference', message({
    from: 'Siobhan Fitzpatrick-Lowe <siobhan.fitzpatrick-lowe@nhs.net>', to: PCSE_OE, subject: 'Re: PCSE-2026-006244 Primary user form',
    date: 'Fri, 4 Dec 2026 16:20:51 +0000', id: 'F7E6D5C4-B3A2-4190-8F7E-6D5C4B3A2918@nhs.net',
    body: text(`Thanks, Dr Mensah-Bonsu has now signed it - I'll send the new copy tomorrow from the practice scanner. Siobhan

Sent from my iPhone

> On 4 Dec 2026, at 11:05, pcse.openexeter@nhs.net wrote:
> PCSE-2026-006244: we are unable to process your request because the form has not been signed by an authorised signatory.`, { cte: '7bit' }),
  }), unclassified(['thanks', 'case_reference', 'promise_of_later_form', 'sent_from_iphone']));

  // 12. Genuine question.
  add('question-two-primary-users', message({
    from: 'Precious Mthembu-Okoro <precious.mthembu-okoro@nhs.net>', to: PCSE_OE, subject: 'how many primary users?',
    date: 'Thu, 3 Dec 2026 11:11:11 +0000', id: 'PR3PR02MB6204D2E1F0A9B8C7D6E5F4A3B2C1D@PR3PR02MB6204.eurprd02.prod.outlook.com',
    body: alt(`Hi,

Is there a limit on how many Primary Users we can have on Open Exeter? We have one (me) and I'd like our two reception leads to be able to reset passwords as well. Would they each need a separate form, and who signs if our Caldicott Guardian is also the person leaving?

Thanks
Precious
Brixton Water Lane Practice, H85033
020 7946 0880

Sent from Outlook for Android`),
  }), unclassified(['genuine_question', 'outlook_android', 'code_in_signature_only']));

  // 13. Out-of-office auto-reply (no Auto-Submitted header), ISO-8859-1.
  add('auto-reply-iso-8859-1', message({
    from: 'Dr Helen Van Rensburg <helen.vanrensburg@nhs.net>', to: PCSE_OE, subject: 'Out of Office: Primary User request - Vale Urgent Care',
    date: 'Wed, 2 Dec 2026 07:00:12 +0000', id: 'CWLP265MB5120OOF0001@CWLP265MB5120.GBRP265.PROD.OUTLOOK.COM',
    body: text(`I am on annual leave until Monday 14 December and will not be checking emails.

For Caldicott matters please contact our deputy, Señor Tomás Ibáñez, via the clinical governance inbox vuc.governance@nhs.net or 01386 555 741.

Dr Helen Van Rensburg
Medical Director & Caldicott Guardian`, { charset: 'iso-8859-1', cte: 'quoted-printable' }),
  }), unclassified(['auto_reply', 'no_auto_submitted_header', 'iso_8859_1', 'phone_numbers'], 'auto_reply'));

  // 14. Misdirected PCSE Online reactivation (a GPP user admin), windows-1252 8bit with curly quotes.
  add('reactivation-misdirected-cp1252', message({
    from: 'Ruairi McGillycuddy <ruairi.mcgillycuddy@nhs.net>', to: PCSE_OE, subject: 'Account deactivated',
    date: 'Fri, 27 Nov 2026 08:07:44 +0000', id: '000201db4089$1a2b3c4d$5e6f7a8b$@nhs.net',
    headers: ['X-Mailer: Microsoft Outlook 16.0'],
    body: text(`Morning,

Apologies if this is the wrong inbox – I couldn’t find the right one on my phone.

My PCSE Online account (not Open Exeter) has been deactivated because I hadn’t logged in for a while. I’m the GPP Practice User Administrator at Thornbury Vale Practice (L81 066) so I understand I can’t be reactivated by a colleague. User name: ruairi.mcgillycuddy@nhs.net

Cheers
Ruairí McGillycuddy
Finance & HR Manager
01454 555 233 | mob 07700 900 560
`, { charset: 'windows-1252', cte: '8bit' }),
  }), {
    kind: 'account_reactivation', ignored: null, organisation: org('L81066', 'gp_practice'),
    fields: { username: 'ruairi.mcgillycuddy@nhs.net' },
    mustRaise: [],
    traits: ['misdirected', 'windows_1252', 'eight_bit', 'mc_mac_name', 'code_with_space'],
  });

  return out;
}

void OTHER_SIGNATORIES;
