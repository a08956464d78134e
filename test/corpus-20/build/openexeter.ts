// openexeter: Primary User request forms (three of them scanned), extra permissions, Open Exeter's own new-user
// notices, and mail from people who found this address first.
import { fillableForm, flatForm, scannedForm, type FormSpec } from './forms.js';
import { qp } from './lib.js';
import { org, person, unclassified, type Item } from './types.js';

function notice(o: { id: string; date: string; rfcDate: string; to: string; code: string; orgName: string; userId: string; userName: string; email: string; createdBy: string; created: string }): string {
  const body = `This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by an organisation Primary User and is awaiting authorisation by PCSE.

Organisation code:   ${o.code}
Organisation name:   ${o.orgName}

User ID:             ${o.userId}
User name:           ${o.userName}
Email address:       ${o.email}

Created by:          ${o.createdBy}
Date created:        ${o.created}

The user will not be able to log in until the account has been authorised and a temporary password issued.
`;
  return [
    'Authentication-Results: spf=pass (sender IP is 194.189.27.40) smtp.mailfrom=nhs.net; dkim=pass (signature was verified) header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;',
    'From: Open Exeter <openexeter.noreply@nhs.net>',
    `To: ${o.to}`,
    `Subject: Open Exeter - new user awaiting authorisation (${o.code})`,
    `Date: ${o.rfcDate}`,
    `Message-ID: <${o.id}@openexeter.nhs.uk>`,
    'Auto-Submitted: auto-generated',
    'X-Mailer: OpenExeter Notification Service 4.2',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: 7bit',
    '',
    body,
  ].join('\n');
}

export async function openexeter(): Promise<Item[]> {
  const items: Item[] = [];

  // ------------------------------------------------------------------ 001
  const oe1: FormSpec = {
    kind: 'oe_gp',
    layout: 'grid',
    guidancePage: true,
    tick: 1,
    signature: 'Graham Teale',
    values: {
      orgName: 'Pendle View Surgery',
      orgCode: 'P81735',
      orgAddress: '18 Colne Road\nBurnley BB10 1LG',
      orgPhone: '01282 614 300',
      title: 'Mrs',
      forename: 'Louise',
      surname: 'Haworth',
      jobTitle: 'Practice Manager',
      email: '01282 61 43 90',
      userPhone: 'louise.haworth@nhs.net',
      signatoryName: 'Dr Graham Teale',
      signatoryEmail: 'graham.teale@nhs.net',
      date: '12/11/2026',
    },
  };
  const oe1Names = {
    orgName: 'Practice Name', orgCode: 'Practice Code', orgAddress: 'Practice Address', orgPhone: 'Practice Telephone', title: 'Title', forename: 'Forename',
    surname: 'Surname', jobTitle: 'Job Title', email: 'Email Address', userPhone: 'Telephone', signatoryName: 'Signatory Name', signatoryEmail: 'Signatory Email', date: 'Date',
  };
  items.push({
    slug: 'primary-user-fillable-boxes-swapped',
    mail: {
      client: 'outlook',
      from: { name: 'Louise Haworth', email: 'louise.haworth@nhs.net' },
      subject: 'Open Exeter primary user form',
      date: '2026-11-12 15:20:33',
      text: `Hello,

Please find attached our request for a primary user for Open Exeter. I'm the new practice manager at Pendle View Surgery (P81735) and our previous primary user left before I started, so nobody here can add the nurses at the moment.

I've just noticed that I've typed my phone number into the email box and my email into the telephone box on the form - sorry! To confirm, my email is louise.haworth@nhs.net and my phone is 01282 61 43 90. Dr Teale (one of our GP partners) has signed it.

Thanks
Louise Haworth
Practice Manager
Pendle View Surgery
`,
      attachments: [{ filename: 'Open Exeter Primary User form GP practices.pdf', data: await fillableForm(oe1, oe1Names, ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Board Member']) }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('P81735', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Louise Haworth', 'louise.haworth@nhs.net'),
        signatory: { ...person('Graham Teale', 'graham.teale@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['pdf_acroform', 'values_in_wrong_boxes_corrected_in_email', 'new_in_post', 'self_nomination'],
    },
  });

  // ------------------------------------------------------------------ 002
  const oe2: FormSpec = {
    kind: 'oe_gp',
    layout: 'stacked',
    tick: 2,
    signature: 'Peter Whitcombe',
    values: {
      orgName: 'Beechwood Surgery',
      orgCode: 'G82231',
      orgAddress: 'Beech Avenue, Gillingham ME7 4TY',
      orgPhone: '01634 852199',
      title: 'Mrs',
      forename: 'Adaeze',
      surname: 'Okonkwo-Baines',
      jobTitle: 'Nurse Manager',
      email: 'a.okonkwobaines@nhs.net',
      userPhone: '01634 852199',
      signatoryName: 'Dr Peter Whitcombe',
      signatoryEmail: 'p.whitcombe@nhs.net',
      date: '19/11/26',
    },
  };
  items.push({
    slug: 'primary-user-handwritten-scan-generic-mailbox',
    mail: {
      client: 'owa',
      from: { name: 'BEECHWOOD SURGERY (NHS KENT AND MEDWAY ICB - 91Q)', email: 'beechwood.surgery@nhs.net' },
      subject: 'OE form',
      date: '2026-11-19 16:48:10',
      text: `Hi,

Attached is a form for Open Exeter for our new nurse manager Adaeze to be our primary user, as our old one retired in the summer. Our Caldicott guardian Dr Whitcombe has signed it. It's handwritten I'm afraid as the computer version wouldn't let us type in it.

Any problems give us a ring on 01634 85 21 99 and ask for me.

Thanks
Pauline
(secretary)
`,
      attachments: [{ filename: 'SCAN0042.pdf', data: await scannedForm(oe2, 'mfd', 'hand', 'oe-002', 0.9) }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('G82231', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Adaeze Okonkwo-Baines', 'a.okonkwobaines@nhs.net'),
        signatory: { ...person('Peter Whitcombe', 'p.whitcombe@nhs.net'), role: 'caldicott_guardian' },
      },
      mustRaise: [],
      traits: ['scan_handwritten', 'generic_mailbox_signed_by_person', 'first_name_only', 'values_only_in_scan', 'hyphenated_surname'],
    },
  });

  // ------------------------------------------------------------------ 003
  const oe3: FormSpec = {
    kind: 'oe_gp',
    layout: 'grid',
    guidancePage: true,
    tick: 0,
    signature: 'Anjali Mehta',
    values: {
      orgName: "St Olave's Surgery",
      orgCode: 'B82078',
      orgAddress: 'Marygate\nYork YO30 7BH',
      orgPhone: '01904 496 120',
      title: 'Mrs',
      forename: 'Claire',
      surname: 'Etherington',
      jobTitle: 'Practice Manager',
      email: 'claire.etherington@nhs.net',
      userPhone: '01904 496 122',
      signatoryName: 'Dr Anjali Mehta',
      signatoryEmail: 'anjali.mehta1@nhs.net',
      date: '20 Nov 2026',
    },
  };
  items.push({
    slug: 'primary-user-two-page-scan-apprentice',
    mail: {
      client: 'outlook',
      from: { name: 'Tyler Moss', email: 'tyler.moss3@nhs.net' },
      subject: 'Open Exeter Primary User Request - St Olaves',
      date: '2026-11-20 10:06:57',
      text: `Good morning,

I've been asked by our practice manager to send you the attached form to make her the primary user on Open Exeter. It's 2 pages because I scanned the guidance page as well, sorry. Let me know if you need anything else.

Kind regards

Tyler Moss
Apprentice Administrator
St Olave's Surgery
`,
      attachments: [{ filename: 'Open Exeter form.pdf', data: await scannedForm(oe3, 'mfd', 'typed', 'oe-003', -0.7) }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('B82078', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Claire Etherington', 'claire.etherington@nhs.net'),
        signatory: { ...person('Anjali Mehta', 'anjali.mehta1@nhs.net'), role: 'lead_gp' },
      },
      mustRaise: [],
      traits: ['scan_two_pages', 'page_two_lists_signatories', 'apprentice', 'values_only_in_scan', 'sender_is_not_nominee'],
    },
  });

  // ------------------------------------------------------------------ 004
  const oe4: FormSpec = {
    kind: 'oe_other',
    layout: 'grid',
    tick: 0,
    signature: 'Imogen Latchford',
    values: {
      orgName: 'Harrowfield Community Sexual Health Service',
      orgType: 'Community sexual health clinic (NHS Trust)',
      orgCode: 'N/A',
      orgAddress: 'Level 2, Harrowfield Health Centre\nStation Parade, Harrowfield HG4 2PL',
      orgPhone: '01765 496 330',
      title: 'Ms',
      forename: 'Katarzyna',
      surname: 'Nowak',
      jobTitle: 'Service Administrator',
      email: 'katarzyna.nowak@nhs.net',
      userPhone: '01765 496 334',
      signatoryName: 'Dr Imogen Latchford',
      signatoryEmail: 'imogen.latchford@nhs.net',
      date: '23.11.2026',
    },
  };
  const oe4Names = {
    orgName: 'Text Field 1', orgType: 'Text Field 2', orgCode: 'Text Field 3', orgAddress: 'Text Field 4', orgPhone: 'Text Field 5', title: 'Text Field 6',
    forename: 'Text Field 7', surname: 'Text Field 8', jobTitle: 'Text Field 9', email: 'Text Field 10', userPhone: 'Text Field 11',
    signatoryName: 'Text Field 12', signatoryEmail: 'Text Field 13', date: 'Text Field 15',
  };
  items.push({
    slug: 'primary-user-other-organisation-generic-fields',
    mail: {
      client: 'owa',
      from: { name: 'Katarzyna Nowak', email: 'katarzyna.nowak@nhs.net' },
      subject: 'Request for Open Exeter primary user - sexual health service',
      date: '2026-11-23 12:40:19',
      text: `Dear Open Exeter team,

We are a community sexual health service and from January we will be offering cervical screening to some of our patients, so our clinical lead has asked me to get us set up on Open Exeter. I have completed the form for other organisations (attached) and our Caldicott Guardian, Dr Latchford, has signed it.

The form asked for an organisation code - I wasn't sure which one to use as we are part of the Trust, so I have put N/A. Please let me know if you need one and I will find out.

Kind regards,
Kasia

Katarzyna (Kasia) Nowak
Service Administrator
Harrowfield Community Sexual Health Service
`,
      attachments: [{ filename: 'OE primary user form - other orgs (completed).pdf', data: await fillableForm(oe4, oe4Names, ['Check Box 1', 'Check Box 2', 'Check Box 3']) }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org(null, 'other'),
      fields: {
        organisationKind: 'other',
        nominee: person('Katarzyna Nowak', 'katarzyna.nowak@nhs.net'),
        signatory: { ...person('Imogen Latchford', 'imogen.latchford@nhs.net'), role: 'caldicott_guardian' },
      },
      mustRaise: [],
      traits: ['pdf_acroform_generic_names', 'other_organisation', 'no_code', 'nickname_sign_off', 'self_nomination'],
    },
  });

  // ------------------------------------------------------------------ 005
  const oe5: FormSpec = {
    kind: 'oe_gp',
    layout: 'grid',
    tick: null,
    tickNote: 'Practice Manager',
    signature: 'Stuart Penhaligon',
    values: {
      orgName: 'Trevithick Road Surgery',
      orgCode: 'L82071',
      orgAddress: 'Trevithick Road\nCamborne TR14 8LQ',
      orgPhone: '01209 71 33 40',
      title: 'Miss',
      forename: 'Morwenna',
      surname: 'Hocking',
      jobTitle: 'Reception Supervisor',
      email: 'morwenna.hocking@nhs.net',
      userPhone: '01209 71 33 40',
      signatoryName: 'Stuart Penhaligon',
      signatoryEmail: 'stuart.penhaligon@nhs.net',
      date: '24/11/2026',
    },
  };
  items.push({
    slug: 'primary-user-signed-by-practice-manager',
    mail: {
      client: 'outlook',
      from: { name: 'Stuart Penhaligon', email: 'stuart.penhaligon@nhs.net' },
      subject: 'Open Exeter',
      date: '2026-11-24 17:26:05',
      text: `Hi,

Please see the attached form - we'd like Morwenna, our reception supervisor, to become the primary user for Open Exeter so she can look after the nurses' logins.

I've signed it myself as practice manager, I hope that's OK - I did look at the list of who can sign but our GPs are really stretched at the moment and I didn't want to hold it up. If it definitely needs a GP I'll chase one of them.

Thanks very much

Stuart Penhaligon
Practice Manager
Trevithick Road Surgery, Camborne
`,
      attachments: [{ filename: 'OE Primary User - Morwenna Hocking.pdf', data: await flatForm(oe5, 'Microsoft® Word for Microsoft 365') }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('L82071', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Morwenna Hocking', 'morwenna.hocking@nhs.net'),
        signatory: { ...person('Stuart Penhaligon', 'stuart.penhaligon@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat', 'no_box_ticked_role_written_beside', 'practice_manager_signs', 'first_name_only_in_body'],
    },
  });

  // ------------------------------------------------------------------ 006
  const oe6: FormSpec = {
    kind: 'oe_gp',
    layout: 'stacked',
    tick: 1,
    signature: null,
    values: {
      orgName: 'Kestrel House Surgery',
      orgCode: 'M85702',
      orgAddress: '63 Pershore Road\nSelly Park, Birmingham B29 7NX',
      orgPhone: '0121 496 0561',
      title: 'Miss',
      forename: 'Bethany',
      surname: 'Coles',
      jobTitle: 'Deputy Practice Manager',
      email: 'bethany.coles@nhs.net',
      userPhone: '0121 496 0565',
      signatoryName: 'Dr Harpreet Sandhu',
      signatoryEmail: 'harpreet.sandhu@nhs.net',
    },
  };
  items.push({
    slug: 'primary-user-unsigned-values-below-labels',
    mail: {
      client: 'iphone',
      from: { name: 'Bethany Coles', email: 'bethany.coles@nhs.net' },
      subject: 'Open Exeter primary user',
      date: '2026-11-25 12:03:47',
      text: `Hi, attached is the Open Exeter primary user form for me. Dr Sandhu is going to sign it when he's back on Thursday (he's one of the partners) but I was told to send it in now so you can start processing it - is that ok? I can send the signed one over on Thursday.

Thanks
Beth
Deputy Practice Manager, Kestrel House Surgery

Sent from my iPhone`,
      attachments: [{ filename: 'Open Exeter PU form.pdf', data: await flatForm(oe6, 'Microsoft: Print To PDF') }],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('M85702', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Bethany Coles', 'bethany.coles@nhs.net'),
        signatory: { ...person('Harpreet Sandhu', 'harpreet.sandhu@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: ['missing_signature'],
      traits: ['pdf_flat_values_below_labels', 'unsigned_form', 'question_phrasing', 'short_name_sign_off', 'iphone'],
    },
  });

  // ------------------------------------------------------------------ 007
  items.push({
    slug: 'permissions-gp-partner-nurse',
    mail: {
      client: 'owa',
      from: { name: 'Dr Rhiannon Pugh', email: 'rhiannon.pugh@nhs.net' },
      subject: 'Extra Open Exeter access for our nurse',
      date: '2026-11-26 13:11:29',
      text: `Hi,

Can our new practice nurse Kelly (Kelly Brannigan) please have 'Prior Notification List' and 'Cytology History Enquiry' added to her Open Exeter account? She can already see basic patient details but not the screening history, which she needs before she starts taking samples next week.

Her Open Exeter username is KBRANNIGAN and her email is kelly.brannigan@nhs.net.

I'm one of the GP partners here at Severn Bank Surgery (M81043).

Thanks,
Rhiannon

Dr Rhiannon Pugh
GP Partner, Severn Bank Surgery
`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('M81043', 'gp_practice'),
      fields: {
        user: { ...person('Kelly Brannigan', 'kelly.brannigan@nhs.net'), username: 'KBRANNIGAN' },
        permissions: ['Prior Notification List', 'Cytology History Enquiry'],
        signatory: { ...person('Rhiannon Pugh', 'rhiannon.pugh@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['question_phrasing', 'name_given_once_in_parentheses', 'quoted_permission_names'],
    },
  });

  // ------------------------------------------------------------------ 008
  items.push({
    slug: 'permissions-asked-by-practice-manager',
    mail: {
      client: 'outlook',
      from: { name: 'Yvonne Marchetti', email: 'yvonne.marchetti@nhs.net' },
      subject: 'Open Exeter - extra permissions for HCA',
      date: '2026-11-27 09:49:16',
      text: `Good morning,

Our health care assistant, Ruth Adjei, has recently qualified as a sample taker and needs the Sample Taker Registration permission adding to her Open Exeter account. Her user name on Open Exeter is RADJEI2 and her email is ruth.adjei@nhs.net.

I'm the practice manager at Fairfield Park Surgery (K81 220). We don't currently have a primary user here, which is why I'm asking you - our last one left in the summer and I'm still trying to find out how to replace her.

Kind regards,
Yvonne Marchetti
Practice Manager
Fairfield Park Surgery
`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('K81220', 'gp_practice'),
      fields: {
        user: { ...person('Ruth Adjei', 'ruth.adjei@nhs.net'), username: 'RADJEI2' },
        permissions: ['Sample Taker Registration'],
        signatory: { ...person('Yvonne Marchetti', 'yvonne.marchetti@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['practice_manager_requests', 'spaced_code', 'new_in_post'],
    },
  });

  // ------------------------------------------------------------------ 009
  items.push({
    slug: 'permissions-gp-partner-from-gmail',
    mail: {
      client: 'gmail-android',
      from: { name: 'Nikhil Rao', email: 'nikhil.rao.home@gmail.com' },
      subject: 'Open Exeter permissions - Windmill Practice',
      date: '2026-11-28 19:58:03',
      text: `Hi

Sending this from my personal email as NHSmail keeps logging me out on my phone, sorry. I'm a GP partner at Windmill Practice (K82 027).

Please could you add the Prior Notification List to our practice nurse Fiona Strachan's Open Exeter account? Her username is FSTRACHAN2. She's covering the PNL while our lead nurse is off.

Thanks
Nikhil

Dr Nikhil Rao
GP Partner
`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('K82027', 'gp_practice'),
      fields: {
        user: { ...person('Fiona Strachan', null), username: 'FSTRACHAN2' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Nikhil Rao', 'nikhil.rao.home@gmail.com'), role: 'gp_partner' },
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_webmail', 'gmail_android', 'possessive_name', 'spaced_code'],
    },
  });

  // ------------------------------------------------------------------ 010
  items.push({
    slug: 'new-user-notification',
    mail: {
      client: 'raw',
      from: { name: 'Open Exeter', email: 'openexeter.noreply@nhs.net' },
      subject: '',
      date: '2026-11-27 14:06:12',
      text: '',
      raw: notice({
        id: 'oe-nu-20261127140612-g82231',
        date: '2026-11-27 14:06:12',
        rfcDate: 'Fri, 27 Nov 2026 14:06:12 +0000',
        to: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
        code: 'G82231',
        orgName: 'BEECHWOOD SURGERY',
        userId: 'TCLEMENTS1',
        userName: 'CLEMENTS, TANYA',
        email: 'tanya.clements@nhs.net',
        createdBy: 'OKONKWO-BAINES, ADAEZE (AOKONKWOBAINES)',
        created: '27/11/2026 14:05',
      }),
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('G82231', 'gp_practice'),
      fields: {
        user: { ...person('Tanya Clements', 'tanya.clements@nhs.net'), username: 'TCLEMENTS1' },
        createdBy: person('Adaeze Okonkwo-Baines', null),
      },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_capitals', 'hyphenated_surname'],
    },
  });

  // ------------------------------------------------------------------ 011
  items.push({
    slug: 'new-user-notification-forwarded-by-creator',
    mail: {
      client: 'outlook',
      from: { name: 'Claire Etherington', email: 'claire.etherington@nhs.net' },
      subject: 'FW: Open Exeter - new user awaiting authorisation (B82078)',
      date: '2026-12-01 10:22:40',
      text: `Hi,

I've just added our new HCA onto Open Exeter (now that I'm the primary user - thank you!) and got the email below. Does that mean you need to do something before she can log in? She's starting her smear training next week so it would be good to get it sorted.

Thanks
Claire

Claire Etherington
Practice Manager
St Olave's Surgery

-----Original Message-----
From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 01 December 2026 10:17
To: Etherington Claire (ST OLAVE'S SURGERY) <claire.etherington@nhs.net>
Subject: Open Exeter - new user awaiting authorisation (B82078)

This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by an organisation Primary User and is awaiting authorisation by PCSE.

Organisation code:   B82078
Organisation name:   ST OLAVE'S SURGERY

User ID:             MWATTS3
User name:           WATTS, MEGAN
Email address:       megan.watts7@nhs.net

Created by:          ETHERINGTON, CLAIRE (CETHERINGTON)
Date created:        01/12/2026 10:16

The user will not be able to log in until the account has been authorised and a temporary password issued.
`,
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('B82078', 'gp_practice'),
      fields: {
        user: { ...person('Megan Watts', 'megan.watts7@nhs.net'), username: 'MWATTS3' },
        createdBy: person('Claire Etherington', 'claire.etherington@nhs.net'),
      },
      mustRaise: [],
      traits: ['forwarded_notification', 'question_phrasing', 'creator_is_sender', 'surname_first_capitals'],
    },
  });

  // ------------------------------------------------------------------ 012
  items.push({
    slug: 'colposcopy-secretary-misdirected-result',
    mail: {
      client: 'outlook',
      from: { name: 'Donna Featherstone', email: 'donna.featherstone@nhs.net' },
      subject: 'Result letter received for patient not under our care',
      date: '2026-11-30 11:37:52',
      text: `Dear Sir/Madam,

I work in the colposcopy department at Harrowfield General Hospital. We have received a cervical screening result letter for a lady who is not known to our service and has never been referred to us - it looks like it may have been sent to us in error instead of to her GP practice.

Please could you let me know who I should return this to, or whether there is a form we need to complete? I have not included any patient details in this email but can send them securely if needed.

Kind regards

Donna Featherstone
Colposcopy Secretary
Women's Health Unit, Harrowfield General Hospital
`,
    },
    expected: unclassified(['outside_primary_care', 'hospital_secretary', 'question']),
  });

  // ------------------------------------------------------------------ 013
  items.push({
    slug: 'chaser-reference-in-subject-only',
    mail: {
      client: 'iphone',
      from: { name: 'Bethany Coles', email: 'bethany.coles@nhs.net' },
      subject: 'Re: PCSE-2026-032560 - Open Exeter primary user',
      date: '2026-12-02 08:33:21',
      inReplyTo: '<PCSE032560.ack@pcse.england.nhs.uk>',
      text: `Hi, any update on this one? Dr Sandhu signed the form last week and I sent it back on the same thread. Thanks, Beth

Sent from my iPhone`,
    },
    expected: unclassified(['chaser', 'case_reference_in_subject', 'iphone']),
  });

  // ------------------------------------------------------------------ 014
  const oooText = `Thank you for your email.

I am away from the practice until Wednesday 9th December. I will respond to your email on my return.

If your query relates to Open Exeter or the cervical screening recall for Pendle View Surgery please contact our lead nurse, Sister Janet Howarth, on 01282 614 300.

Louise Haworth
Practice Manager`;
  items.push({
    slug: 'out-of-office-practice-manager',
    mail: {
      client: 'raw',
      from: { name: 'Louise Haworth', email: 'louise.haworth@nhs.net' },
      subject: '',
      date: '2026-12-03 09:00:04',
      text: '',
      raw: [
        'From: Louise Haworth <louise.haworth@nhs.net>',
        'To: PCSE Open Exeter <pcse.openexeter@nhs.net>',
        'Subject: Automatic reply: PCSE-2026-032201 Open Exeter Primary User set up',
        'Date: Thu, 3 Dec 2026 09:00:04 +0000',
        'Message-ID: <LO4P265MB7702C1A0E5C2B11F4E9B8D1DA@LO4P265MB7702.GBRP265.PROD.OUTLOOK.COM>',
        'In-Reply-To: <PCSE032201.done@pcse.england.nhs.uk>',
        'References: <PCSE032201.done@pcse.england.nhs.uk>',
        'Auto-Submitted: auto-replied',
        'X-Auto-Response-Suppress: All',
        'Content-Language: en-GB',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp(oooText),
        '',
      ].join('\n'),
    },
    expected: unclassified(['auto_reply', 'out_of_office', 'quoted_printable'], 'auto_reply'),
  });

  // ------------------------------------------------------------------ 015
  const o15html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr"><div style="font-family:Arial,sans-serif;font-size:10pt">Hello,<br></div><div style="font-family:Arial,sans-serif;font-size:10pt"><br></div><div style="font-family:Arial,sans-serif;font-size:10pt">Apologies if this is the wrong department - I couldn't find a separate address for PCSE Online.<br><br>I've locked my PCSE Online account by putting the wrong password in five times (I was trying an old one from before I went on long-term leave). The message says to contact PCSE to unlock it.<br><br>Username:&nbsp;<b>gareth.llewellyn@nhs.net</b><br>Practice:&nbsp;Brookside Surgery, F82 015<br><br>Diolch yn fawr / many thanks,<br>Gareth<br></div><div style="font-family:Arial,sans-serif;font-size:8pt;color:#808080"><br>Gareth Llewellyn<br>Business Manager, Brookside Surgery</div></div></body></html>
`;
  items.push({
    slug: 'misdirected-unlock-html-only',
    mail: {
      client: 'owa-html',
      htmlOnly: true,
      from: { name: 'Gareth Llewellyn', email: 'gareth.llewellyn@nhs.net' },
      subject: 'PCSE Online account locked',
      date: '2026-12-03 14:18:30',
      text: '',
      html: o15html,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('F82015', 'gp_practice'),
      fields: { username: 'gareth.llewellyn@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'html_only', 'spaced_code', 'gp_code_starting_with_f', 'returning_staff'],
    },
  });

  // ------------------------------------------------------------------ 016
  items.push({
    slug: 'primary-user-question-partner-approves-forward',
    mail: {
      client: 'owa',
      from: { name: 'Gorman Alistair (Dr) (LINDEN HALL SURGERY)', email: 'alistair.gorman@nhs.net' },
      cc: [{ name: 'Quinn Natasha (LINDEN HALL SURGERY)', email: 'natasha.quinn@nhs.net' }],
      subject: 'FW: Open Exeter',
      date: '2026-12-04 08:16:55',
      text: `Happy to approve this - Alistair Gorman, GP Partner

________________________________
From: Quinn Natasha (LINDEN HALL SURGERY) <natasha.quinn@nhs.net>
Sent: 03 December 2026 17:41
To: Gorman Alistair (Dr) (LINDEN HALL SURGERY) <alistair.gorman@nhs.net>
Subject: Open Exeter

Hi Alistair,

Sorry to add to your inbox. PCSE need a GP partner to OK this so could you forward it to pcse.openexeter@nhs.net with a line to say you approve?

Hello PCSE - is it possible to make me the primary user for Open Exeter at Linden Hall Surgery (K83 615)? I started as practice manager last month and the primary user we had was my predecessor, who has now left. My email is natasha.quinn@nhs.net and my direct line is 01234 49 61 07.

Many thanks
Natasha Quinn
Practice Manager
`,
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('K83615', 'gp_practice'),
      fields: {
        organisationKind: 'gp_practice',
        nominee: person('Natasha Quinn', 'natasha.quinn@nhs.net'),
        signatory: { ...person('Alistair Gorman', 'alistair.gorman@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['question_phrasing', 'one_line_approval_on_forward', 'no_form', 'surname_first_display_names', 'spaced_code'],
    },
  });

  return items;
}
