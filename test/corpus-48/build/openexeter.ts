// openexeter: a fortnight's mail (16-27 November 2026).
import { StandardFonts } from 'pdf-lib';
import { angleQuote, noise, org, outlookQuote, person, type Entry } from './entry.js';
import { OE_GP, OE_OTHER } from './forms.js';
import { NHSMAIL_DISCLAIMER, PCSE_OE, addr } from './lib.js';
import { fillableForm, flatForm, scannedForm } from './pdfs.js';

const TO = addr(PCSE_OE);
const pdf = (filename: string, data: Buffer) => ({ filename, contentType: 'application/pdf', data });
const OE_SYSTEM = { name: 'Open Exeter System', email: 'noreply.openexeter@nhs.net' };

function notification(n: { code: string; orgName: string; userId: string; name: string; job: string; email: string; byId: string; byName: string; created: string }): string {
  return `OPEN EXETER - NEW USER NOTIFICATION

A new user account has been created by a Primary User and is awaiting
authorisation by PCSE.

Organisation code:   ${n.code}
Organisation name:   ${n.orgName}
Application:         Cervical Screening

New user
  User ID:           ${n.userId}
  Name:              ${n.name}
  Job title:         ${n.job}
  Email:             ${n.email}

Created by
  User ID:           ${n.byId}
  Name:              ${n.byName}
  Role:              PRIMARY USER

Created:             ${n.created}

Please authorise the user and issue a temporary password.

This is an automated message. Please do not reply to this address.`;
}

export async function openexeterEntries(): Promise<Entry[]> {
  const E: Entry[] = [];

  // ---------------------------------------------------------------- 051
  E.push({
    slug: 'new-user-notification',
    mailbox: 'openexeter',
    mail: {
      client: 'system',
      from: OE_SYSTEM,
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-16T07:02:11Z',
      subject: 'Open Exeter - New User Notification - C84044',
      text: notification({ code: 'C84044', orgName: 'ASHFIELD MEDICAL CENTRE', userId: 'JWALSH7', name: 'WALSH, JENNIFER', job: 'PRACTICE NURSE', email: 'jennifer.walsh22@nhs.net', byId: 'MBARKER2', byName: 'BARKER, MICHELLE', created: '15/11/2026 16:48' }),
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('C84044', 'gp_practice'),
      fields: { user: { ...person('Jennifer Walsh', 'jennifer.walsh22@nhs.net'), username: 'JWALSH7' }, createdBy: person('Michelle Barker', null) },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_caps'],
    },
  });

  // ---------------------------------------------------------------- 052
  E.push({
    slug: 'permissions-gp-partner',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'Dr Ian Mackenzie', email: 'ian.mackenzie@nhs.net' },
      to: TO,
      date: '2026-11-16T09:55:30Z',
      subject: 'Open Exeter - additional access for practice nurse',
      html: true,
      text: `Dear Open Exeter team,

I am a GP Partner at Parkside Surgery (L81066). Please could you give our practice nurse, Julie Marsh, access to the Prior Notification List in Open Exeter? Her Open Exeter user ID is JMARSH3 and her email is julie.marsh@nhs.net.

Thank you.

Dr Ian Mackenzie
GP Partner, Parkside Surgery

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('L81066', 'gp_practice'),
      fields: {
        user: { ...person('Julie Marsh', 'julie.marsh@nhs.net'), username: 'JMARSH3' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Ian Mackenzie', 'ian.mackenzie@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['prose', 'honorific_in_display_name'],
    },
  });

  // ---------------------------------------------------------------- 053
  E.push({
    slug: 'primary-user-acrobat-lead-gp',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'BUTTERWORTH, Alison (HOLLYBANK SURGERY)', email: 'alison.butterworth@nhs.net' },
      to: TO,
      date: '2026-11-16T11:10:52Z',
      subject: 'Open Exeter Primary User form - Hollybank Surgery',
      html: true,
      text: `Good morning,

Please find attached our Open Exeter primary user form, signed by our lead GP. Our previous primary user has left.

Kind regards

Alison Butterworth
Practice Manager
Hollybank Surgery
Tel: 01924 263 771

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'OE Primary User form Hollybank.pdf',
          await fillableForm({
            layout: OE_GP,
            meta: { title: 'Open Exeter - Request for a Primary User (GP Practices)', creator: 'Microsoft Word - OE PU GP v4.docx', producer: 'Adobe Acrobat Reader (64-bit) 24.1.20643', date: '2026-11-13T10:42:00Z' },
            values: {
              PracticeName: 'Hollybank Surgery',
              PracticeCode: 'B85061',
              PracticeAddress: 'Hollybank Road, Ravensthorpe\nDewsbury WF13 3HQ',
              PracticeTel: '01924 263771',
              PU_Title: 'Mrs',
              PU_Forename: 'Alison',
              PU_Surname: 'Butterworth',
              PU_JobTitle: 'Practice Manager',
              PU_Email: 'alison.butterworth@nhs.net',
              PU_Tel: '01924 263771 ext 210',
              PU_UserID: 'ABUTTERWORTH1',
              Sig_LeadGP: true,
              Sig_Name: 'Dr Kamal Hussain',
              Sig_Position: 'Lead GP',
              Sig_Date: '13/11/2026',
            },
            signed: ['Sig_Signature'],
            signer: 'Kamal Hussain',
          }),
        ),
      ],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('B85061', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Alison Butterworth', 'alison.butterworth@nhs.net'), signatory: { ...person('Kamal Hussain', null), role: 'lead_gp' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'see_attached', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 054
  E.push({
    slug: 'primary-user-phone-photo',
    mailbox: 'openexeter',
    mail: {
      client: 'iphone',
      from: { name: 'Gareth Pugh', email: 'gareth.pugh@nhs.net' },
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-17T08:36:05Z',
      subject: 'OE form',
      text: `Form attached for Open Exeter primary user

Gareth

Sent from my iPhone`,
      attachments: [
        pdf(
          'IMG_4417.pdf',
          await scannedForm({
            layout: OE_GP,
            seed: 'beacon-oe-phone',
            hand: 'HandB',
            device: 'phone',
            rotate: 2.3,
            quality: 70,
            meta: { title: 'IMG_4417', creator: 'Photos', producer: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', date: '2026-11-17T08:34:00Z' },
            values: {
              PracticeName: 'Beacon Medical Practice',
              PracticeCode: 'C82061',
              PracticeAddress: 'Beacon Road, Loughborough LE11 2BD',
              PracticeTel: '01509 268411',
              PU_Title: 'Mr',
              PU_Forename: 'Gareth',
              PU_Surname: 'Pugh',
              PU_JobTitle: 'Operations Manager',
              PU_Email: 'gareth.pugh@nhs.net',
              PU_Tel: '01509 268411',
              Sig_Partner: true,
              Sig_Name: 'Dr Meera Nair',
              Sig_Position: 'GP Partner',
              Sig_Date: '16/11/26',
            },
            signed: ['Sig_Signature'],
            signer: 'Meera Nair',
            ink: '#14204f',
          }),
        ),
      ],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('C82061', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Gareth Pugh', 'gareth.pugh@nhs.net'), signatory: { ...person('Meera Nair', null), role: 'gp_partner' } },
      mustRaise: [],
      traits: ['scan', 'phone_photo', 'handwritten', 'rotated', 'terse', 'mobile', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 055
  E.push({
    slug: 'permissions-practice-manager',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'HALLIDAY, Wendy (NORTHGATE PRACTICE)', email: 'wendy.halliday@nhs.net' },
      to: TO,
      date: '2026-11-18T10:40:17Z',
      subject: 'Open Exeter permissions',
      html: true,
      text: `Hi,

Could you add the Cytology Results Enquiry and Prior Notification List options to our new HCA Kirsty Lane's Open Exeter account please? Username KLANE4, email kirsty.lane3@nhs.net.

I am the practice manager at Northgate Practice (K84021).

Thanks
Wendy Halliday
Practice Manager

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('K84021', 'gp_practice'),
      fields: {
        user: { ...person('Kirsty Lane', 'kirsty.lane3@nhs.net'), username: 'KLANE4' },
        permissions: ['Cytology Results Enquiry', 'Prior Notification List'],
        signatory: { ...person('Wendy Halliday', 'wendy.halliday@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['prose', 'possessive_name'],
    },
  });

  // ---------------------------------------------------------------- 056
  E.push({
    slug: 'question-locum-signatory',
    mailbox: 'openexeter',
    mail: {
      client: 'gmail',
      from: { name: 'Leila Haddad', email: 'leila.haddad.locum@gmail.com' },
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-17T13:15:48Z',
      subject: 'Can a locum sign the Open Exeter form?',
      html: true,
      text: `Hello,

I'm a long-term locum GP at a practice in Bristol where both partners are currently off. The practice manager has asked me to sign the Open Exeter primary user form. Am I allowed to sign it as I'm not a partner?

Thanks,
Leila Haddad
GMC 7012984`,
    },
    expected: noise(null, ['question', 'locum', 'gmail']),
  });

  // ---------------------------------------------------------------- 057
  E.push({
    slug: 'primary-user-scan-unsigned',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'Reception Team - Thornbury Health Centre', email: 'thornbury.healthcentre@nhs.net' },
      to: TO,
      date: '2026-11-18T12:20:36Z',
      subject: 'Open Exeter primary user request',
      html: true,
      text: `Dear PCSE,

Please find attached the Open Exeter primary user request for Thornbury Health Centre.

Many thanks,
Reception Team
Thornbury Health Centre

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'Scan_20261118_121402.pdf',
          await scannedForm({
            layout: OE_GP,
            seed: 'thornbury-oe-mfd',
            hand: 'HandA',
            caps: true,
            device: 'mfd',
            rotate: -0.7,
            faint: 0.32,
            meta: { title: 'Scan_20261118_121402', creator: 'Canon iR-ADV C5535', producer: 'Canon iR-ADV C5535 PDF', date: '2026-11-18T12:14:02Z' },
            values: {
              PracticeName: 'Thornbury Health Centre',
              PracticeCode: 'L81093',
              PracticeAddress: 'Eastland Road, Thornbury BS35 1DP',
              PracticeTel: '01454 412599',
              PU_Title: 'Ms',
              PU_Forename: 'Chloe',
              PU_Surname: 'Pritchard',
              PU_JobTitle: 'Assistant Practice Manager',
              PU_Email: 'chloe.pritchard@nhs.net',
              PU_Tel: '01454 412599',
              Sig_Caldicott: true,
              Sig_Name: 'Dr Robert Fry',
              Sig_Position: 'Caldicott Guardian',
              Sig_Date: '17/11/26',
            },
            signed: [],
            ink: '#1a1a1a',
          }),
        ),
      ],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('L81093', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Chloe Pritchard', 'chloe.pritchard@nhs.net'), signatory: { ...person('Robert Fry', null), role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'],
      traits: ['scan', 'faint', 'handwritten', 'rotated', 'shared_mailbox', 'unsigned'],
    },
  });

  // ---------------------------------------------------------------- 058
  E.push({
    slug: 'permissions-forwarded-lead-gp',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'Dr Kwabena Mensah', email: 'k.mensah@nhs.net' },
      to: TO,
      date: '2026-11-19T09:05:44Z',
      subject: 'FW: Open Exeter access for Dr Shah',
      html: true,
      text: `Approved - please action.

Dr K Mensah
Lead GP, Wellspring Medical Practice

${outlookQuote({
  from: 'JACKSON, Lynn (WELLSPRING MEDICAL PRACTICE) <lynn.jackson6@nhs.net>',
  sent: '18 November 2026 17:22',
  to: 'MENSAH, Kwabena (WELLSPRING MEDICAL PRACTICE) <k.mensah@nhs.net>',
  subject: 'Open Exeter access for Dr Shah',
  body: `Hi Dr Mensah,

PCSE need the request for extra Open Exeter permissions to come from a GP partner or the lead GP. Could you forward this to pcse.openexeter@nhs.net with your approval?

Our new salaried GP Dr Rina Shah (Open Exeter user ID RSHAH11, rina.shah@nhs.net) needs the Screening History and Prior Notification List permissions adding to her account. Practice code E82077.

Thanks
Lynn`,
})}

${NHSMAIL_DISCLAIMER}`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('E82077', 'gp_practice'),
      fields: {
        user: { ...person('Rina Shah', 'rina.shah@nhs.net'), username: 'RSHAH11' },
        permissions: ['Screening History', 'Prior Notification List'],
        signatory: { ...person('Kwabena Mensah', 'k.mensah@nhs.net'), role: 'lead_gp' },
      },
      mustRaise: [],
      traits: ['forwarded', 'one_line_cover', 'request_in_quote', 'initial_in_signature'],
    },
  });

  // ---------------------------------------------------------------- 059
  E.push({
    slug: 'primary-user-preview-existing-contact',
    mailbox: 'openexeter',
    mail: {
      client: 'apple',
      from: { name: 'Sarah Lindley', email: 'sarah.lindley@nhs.net' },
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-19T14:50:29Z',
      subject: 'Second primary user - Kestrel Way Surgery',
      html: true,
      text: `Hello,

I'm currently the primary contact for Open Exeter at Kestrel Way Surgery. We'd like a second primary user so there's cover when I'm on leave. Completed form attached - I've signed it as existing primary contact.

Thanks,
Sarah

Sarah Lindley
Practice Manager
Kestrel Way Surgery
`,
      attachments: [
        pdf(
          'Open Exeter PU form - Kestrel Way.pdf',
          await fillableForm({
            layout: OE_GP,
            meta: { title: 'Open Exeter - Request for a Primary User (GP Practices)', creator: 'Preview', producer: 'macOS Version 15.1 (Build 24B83) Quartz PDFContext', date: '2026-11-19T14:41:00Z' },
            valueFont: StandardFonts.TimesRoman,
            fontSize: 11,
            values: {
              PracticeName: 'Kestrel Way Surgery',
              PracticeCode: 'H82099',
              PracticeAddress: '2 Kestrel Way, Crawley RH10 1QF',
              PracticeTel: '01293 551 002',
              PU_Title: 'Mr',
              PU_Forename: 'Jonathan',
              PU_Surname: 'Eades',
              PU_JobTitle: 'Deputy Practice Manager',
              PU_Email: 'jonathan.eades@nhs.net',
              PU_Tel: '01293 551 002',
              Sig_PrimaryContact: true,
              Sig_Name: 'Sarah Lindley',
              Sig_Position: 'Practice Manager (existing Primary Contact)',
              Sig_Date: '19/11/2026',
            },
            signed: ['Sig_Signature'],
            signer: 'Sarah Lindley',
          }),
        ),
      ],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('H82099', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Jonathan Eades', 'jonathan.eades@nhs.net'), signatory: { ...person('Sarah Lindley', 'sarah.lindley@nhs.net'), role: 'existing_primary_contact' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'apple_mail', 'signatory_is_sender'],
    },
  });

  // ---------------------------------------------------------------- 060
  E.push({
    slug: 'permissions-personal-email',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook-ios',
      from: { name: 'Rob Whitaker', email: 'rob.whitaker73@hotmail.co.uk' },
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-20T19:48:33Z',
      subject: 'Open Exeter permissions - Marsh Lane Surgery',
      auth: 'ext-pass',
      html: true,
      text: `Hi

Sending from my personal email as my nhs.net account is locked and I'm away until Tuesday - sorry.

I'm the Caldicott Guardian at Marsh Lane Surgery (N82117). Could our new practice nurse Amy Kendrick (Open Exeter username AKENDRICK1, amy.kendrick@nhs.net) please have the Prior Notification List permission added?

Thanks
Dr Rob Whitaker
GP Partner & Caldicott Guardian
Marsh Lane Surgery

Get Outlook for Android`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions',
      ignored: null,
      organisation: org('N82117', 'gp_practice'),
      fields: {
        user: { ...person('Amy Kendrick', 'amy.kendrick@nhs.net'), username: 'AKENDRICK1' },
        permissions: ['Prior Notification List'],
        signatory: { ...person('Rob Whitaker', 'rob.whitaker73@hotmail.co.uk'), role: 'caldicott_guardian' },
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_email', 'mobile', 'evening'],
    },
  });

  // ---------------------------------------------------------------- 061
  E.push({
    slug: 'primary-user-sexual-health-service',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'ELLISON, Mark (SOUTH COAST COMMUNITY HEALTH NHS TRUST)', email: 'mark.ellison2@nhs.net' },
      to: TO,
      date: '2026-11-23T10:25:13Z',
      subject: 'Open Exeter Primary User request - Meridian Sexual Health Service',
      html: true,
      text: `Good morning,

Please find attached a Primary User request for our sexual health service. We need a primary user to manage staff access for checking cervical screening histories. The form has been signed by our Trust's Caldicott Guardian.

Kind regards,

Mark Ellison
Service Manager - Meridian Sexual Health Service
South Coast Community Health NHS Trust
The Meridian Centre, 60 Osborne Road, Southsea PO5 3LS

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'OE_PU_ORG_Meridian_signed.pdf',
          await fillableForm({
            layout: OE_OTHER,
            meta: { title: 'Open Exeter Primary User Request - Organisations', creator: 'Designer 6.5', producer: 'Adobe XML Form Module Library', date: '2026-11-20T16:12:00Z' },
            values: {
              'form1[0].Page1[0].OrgName[0]': 'Meridian Sexual Health Service',
              'form1[0].Page1[0].OrgCode[0]': 'R1C12',
              'form1[0].Page1[0].OrgType[0]': 'Sexual health service (NHS community trust)',
              'form1[0].Page1[0].OrgAddress[0]': 'The Meridian Centre, 60 Osborne Road\nSouthsea PO5 3LS',
              'form1[0].Page1[0].PUName[0]': 'Mark Ellison',
              'form1[0].Page1[0].PUJob[0]': 'Service Manager',
              'form1[0].Page1[0].PUEmail[0]': 'mark.ellison2@nhs.net',
              'form1[0].Page1[0].PUPhone[0]': '023 9282 4400',
              'form1[0].Page1[0].CapCaldicott[0]': true,
              'form1[0].Page1[0].SigName[0]': 'Dr Fiona Hartnell',
              'form1[0].Page1[0].SigJob[0]': 'Medical Director and Caldicott Guardian',
              'form1[0].Page1[0].SigEmail[0]': 'fiona.hartnell@nhs.net',
              'form1[0].Page1[0].SigDate[0]': '20/11/2026',
            },
            signed: ['form1[0].Page1[0].Signature[0]'],
            signer: 'Fiona Hartnell',
          }),
        ),
      ],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('R1C12', 'other'),
      fields: { organisationKind: 'other', nominee: person('Mark Ellison', 'mark.ellison2@nhs.net'), signatory: { ...person('Fiona Hartnell', 'fiona.hartnell@nhs.net'), role: 'caldicott_guardian' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'livecycle_names', 'non_gp_organisation', 'trust_site_code', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 062
  E.push({
    slug: 'new-user-notification-2',
    mailbox: 'openexeter',
    mail: {
      client: 'system',
      from: OE_SYSTEM,
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-24T07:04:40Z',
      subject: 'Open Exeter - New User Notification - M85711',
      text: notification({ code: 'M85711', orgName: 'THE WILLOWS MEDICAL CENTRE', userId: 'FOYELARAN1', name: 'OYELARAN, FOLAKE', job: 'NURSE ASSOCIATE', email: 'folake.oyelaran@nhs.net', byId: 'PDIXON', byName: 'DIXON, PAUL', created: '23/11/2026 18:05' }),
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('M85711', 'gp_practice'),
      fields: { user: { ...person('Folake Oyelaran', 'folake.oyelaran@nhs.net'), username: 'FOYELARAN1' }, createdBy: person('Paul Dixon', null) },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_caps'],
    },
  });

  // ---------------------------------------------------------------- 063
  E.push({
    slug: 'primary-user-word-deputy-signs',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook',
      from: { name: 'Stephanie Cole', email: 'stephanie.cole3@nhs.net' },
      to: TO,
      date: '2026-11-24T11:30:08Z',
      subject: 'Primary User Form - Lime Tree Surgery P84033',
      html: true,
      text: `Hi,

Attached is the completed form for me to be set up as a Primary User on Open Exeter for Lime Tree Surgery.

Thank you
Stephanie

${NHSMAIL_DISCLAIMER}`,
      attachments: [
        pdf(
          'Open Exeter form.pdf',
          await flatForm({
            layout: OE_GP,
            meta: { title: 'OE PU GP v4', author: 'Stephanie Cole', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019', date: '2026-11-24T11:21:00Z' },
            valueFont: StandardFonts.TimesRoman,
            fontSize: 11,
            values: {
              PracticeName: 'Lime Tree Surgery',
              PracticeCode: 'P84033',
              PracticeAddress: '101 Lime Tree Avenue, Manchester M14 6JT',
              PracticeTel: '0161 224 7788',
              PU_Title: 'Miss',
              PU_Forename: 'Stephanie',
              PU_Surname: 'Cole',
              PU_JobTitle: 'Reception Manager',
              PU_Email: 'stephanie.cole3@nhs.net',
              PU_Tel: '0161 224 7788',
              Sig_Name: 'Diane Mellor',
              Sig_Position: 'Deputy Practice Manager',
              Sig_Date: '24/11/2026',
            },
            signed: ['Sig_Signature'],
            signer: 'Diane Mellor',
          }),
        ),
      ],
    },
    expected: {
      kind: 'open_exeter_primary_user_request',
      ignored: null,
      organisation: org('P84033', 'gp_practice'),
      fields: { organisationKind: 'gp_practice', nominee: person('Stephanie Cole', 'stephanie.cole3@nhs.net'), signatory: { ...person('Diane Mellor', null), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_flat', 'no_box_ticked', 'self_nomination'],
    },
  });

  // ---------------------------------------------------------------- 064
  E.push({
    slug: 'new-user-forwarded-by-primary-user',
    mailbox: 'openexeter',
    mail: {
      client: 'owa',
      from: { name: 'Claire Ormerod', email: 'claire.ormerod@nhs.net' },
      to: TO,
      date: '2026-11-24T15:10:55Z',
      subject: 'FW: Open Exeter - New User Notification - D81022',
      html: true,
      text: `Hi, I set this user up yesterday but she still can't log in - could you authorise her please, she starts on Monday. Thanks, Claire (primary user, Orchard House Surgery)

${outlookQuote(
  {
    from: 'Open Exeter System <noreply.openexeter@nhs.net>',
    sent: '23 November 2026 16:32',
    to: 'ORMEROD, Claire (ORCHARD HOUSE SURGERY) <claire.ormerod@nhs.net>',
    subject: 'Open Exeter - New User Notification - D81022',
    body: notification({ code: 'D81022', orgName: 'ORCHARD HOUSE SURGERY', userId: 'EBLAKE2', name: 'BLAKE, EMMA', job: 'HEALTHCARE ASSISTANT', email: 'emma.blake4@nhs.net', byId: 'CORMEROD1', byName: 'ORMEROD, CLAIRE', created: '23/11/2026 16:31' }),
  },
  true,
)}`,
    },
    expected: {
      kind: 'open_exeter_new_user_authorisation',
      ignored: null,
      organisation: org('D81022', 'gp_practice'),
      fields: { user: { ...person('Emma Blake', 'emma.blake4@nhs.net'), username: 'EBLAKE2' }, createdBy: person('Claire Ormerod', 'claire.ormerod@nhs.net') },
      mustRaise: [],
      traits: ['forwarded', 'system_notification', 'creator_is_sender'],
    },
  });

  // ---------------------------------------------------------------- 065
  E.push({
    slug: 'auto-reply-out-of-office',
    mailbox: 'openexeter',
    mail: {
      client: 'exchange',
      from: { name: 'BUTTERWORTH, Alison (HOLLYBANK SURGERY)', email: 'alison.butterworth@nhs.net' },
      to: TO,
      date: '2026-11-25T12:30:02Z',
      subject: 'Automatic reply: Open Exeter Primary User - Hollybank Surgery [PCSE-2026-118455]',
      inReplyTo: '<pcse-118455-done@pcse.england.nhs.uk>',
      references: '<pcse-118455-done@pcse.england.nhs.uk>',
      extraHeaders: [
        ['Auto-Submitted', 'auto-replied'],
        ['X-Auto-Response-Suppress', 'All'],
        ['Thread-Topic', 'Open Exeter Primary User - Hollybank Surgery [PCSE-2026-118455]'],
      ],
      html: true,
      text: `Thank you for your email. I am out of the office until Monday 30th November with limited access to email.

For anything urgent please contact Hollybank Surgery on 01924 263 771 and ask for the duty manager.

Alison Butterworth
Practice Manager`,
    },
    expected: noise('auto_reply', ['auto_reply', 'case_ref']),
  });

  // ---------------------------------------------------------------- 066
  E.push({
    slug: 'unlock-pcse-online-misdirected',
    mailbox: 'openexeter',
    mail: {
      client: 'outlook-ios',
      from: { name: 'Jas Gill', email: 'jaswinder.gill@nhs.net' },
      to: TO,
      date: '2026-11-26T09:15:31Z',
      subject: 'locked account',
      html: true,
      text: `Hi, I've locked my PCSE Online account - username jaswinder.gill@nhs.net. Please could you unlock? Thank you. Jas, Practice Manager, Northfield Surgery M85112

Get Outlook for iOS`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('M85112', 'gp_practice'),
      fields: { username: 'jaswinder.gill@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'mobile', 'one_paragraph'],
    },
  });

  // ---------------------------------------------------------------- 067
  E.push({
    slug: 'thanks-primary-user-set-up',
    mailbox: 'openexeter',
    mail: {
      client: 'iphone',
      from: { name: 'Gareth Pugh', email: 'gareth.pugh@nhs.net' },
      to: 'pcse.openexeter@nhs.net',
      date: '2026-11-27T11:05:19Z',
      subject: 'Re: Open Exeter Primary User set up [PCSE-2026-118561]',
      inReplyTo: '<pcse-118561-done@pcse.england.nhs.uk>',
      references: '<pcse-118561-done@pcse.england.nhs.uk>',
      html: true,
      text: `Thanks, logged in fine and can see Organisation Maintenance now.

Gareth

Sent from my iPhone

${angleQuote('On 26 Nov 2026, at 15:20, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:', `Dear Gareth,

You have been set up as a Primary User for Beacon Medical Practice (C82061). Your temporary password will follow in a separate email.

Reference: PCSE-2026-118561

Kind regards
PCSE Open Exeter Team
Primary Care Support England`)}`,
    },
    expected: noise(null, ['thanks', 'case_ref', 'mobile', 'quoted_history']),
  });

  return E;
}
