/** Held-out emails to pcse.openexeter. */
import { FOOTER_SHORT, HOTMAIL_AUTH, IPHONE, NHS_AUTH, OE, gmailQuote, outlookHtml, outlookQuote, p } from './common.js';
import { addr, type Mail } from './mime.js';

const to = `PCSE Open Exeter <${OE}>`;
const mid = (n: string): string => `<${n}@CWLP265MB3301.GBRP265.PROD.OUTLOOK.COM>`;
const NOTIFIER = addr('OpenExeter Notifications', 'noreply.openexeter@nhs.net');

export const OPENEXETER_MAILS: Mail[] = [
  {
    name: '001-primary-user-acroform-lead-gp',
    from: addr('Fenella Marchbank', 'fenella.marchbank@nhs.net'),
    to, subject: 'OE primary user form', date: 'Mon, 7 Dec 2026 10:00:00 +0000', messageId: mid('h-o001'), auth: NHS_AUTH,
    text: `Hi,\n\nPlease see attached, signed by our Lead GP.\n\nFenella Marchbank\nPractice Manager, Kirkstall Lane Medical Practice\n${FOOTER_SHORT}`,
    attachments: [{ filename: 'OE-PU form KLMP.pdf', pdf: 'oe-primary-b86017-acroform.pdf' }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'B86017', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: { name: 'Oksana Hrytsenko', email: 'oksana.hrytsenko@nhs.net' },
        signatory: { name: 'Fergus McAllister', email: null, role: 'lead_gp' },
      },
      mustRaise: [], traits: ['pdf_acroform', 'see_attached', 'sender_not_signatory'],
    },
  },
  {
    name: '002-primary-user-flat-colposcopy-caldicott',
    from: addr('Colposcopy Admin', 'fenland.colposcopy@nhs.net'),
    to: OE, subject: 'Primary User nomination - colposcopy unit', date: 'Tue, 8 Dec 2026 09:15:00 +0000', messageId: mid('h-o002'), auth: NHS_AUTH,
    text: `Dear Open Exeter team,\n\nAttached is our Primary User nomination form, signed by the Trust's Caldicott Guardian.\n\nKind regards\nColposcopy Unit admin office\nFenland Women's Health\n${FOOTER_SHORT}`,
    attachments: [{ filename: 'Primary User nomination.pdf', pdf: 'oe-primary-colposcopy-flat.pdf' }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
      fields: {
        organisationKind: 'other', nominee: { name: 'Marguerite Oyelaran', email: 'marguerite.oyelaran@nhs.net' },
        signatory: { name: 'Desmond Achterberg', email: null, role: 'caldicott_guardian' },
      },
      mustRaise: [], traits: ['pdf_flat', 'values_after_label', 'non_gp_org', 'no_ods_code'],
    },
  },
  {
    name: '003-primary-user-acroform-unsigned',
    from: addr('Saltmarsh Surgery', 'saltmarsh.surgery@nhs.net'),
    to: OE, subject: 'open exeter', date: 'Tue, 8 Dec 2026 16:40:00 +0000', messageId: mid('h-o003'), auth: NHS_AUTH,
    text: `see attached form for Tegan thanks`,
    attachments: [{ filename: 'OE form Tegan.pdf', pdf: 'oe-primary-k84031-unsigned.pdf' }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'K84031', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: { name: 'Tegan Rowbotham', email: 'tegan.rowbotham@nhs.net' },
        signatory: { name: 'Imogen Castellanos', email: null, role: 'gp_partner' },
      },
      mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'missing_signature', 'one_liner', 'lower_case'],
    },
  },
  {
    name: '004-primary-user-business-manager-request',
    from: addr('Percival Ogunleye', 'percival.ogunleye@nhs.net'),
    to, subject: 'Request for Open Exeter Primary User - Quarry Bank Surgery', date: 'Wed, 9 Dec 2026 11:20:00 +0000', messageId: mid('h-o004'), auth: NHS_AUTH,
    text: `Dear Sir/Madam,\n\nI am the Business Manager at Quarry Bank Surgery (ods M91604) and I would like to request that our senior receptionist, Lowri Haverford (lowri.haverford@nhs.net), be set up as a Primary User on Open Exeter. Our previous primary user has retired.\n\nI trust this is in order.\n\nYours faithfully\nPercival Ogunleye\nBusiness Manager\n${FOOTER_SHORT}`,
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'M91604', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: { name: 'Lowri Haverford', email: 'lowri.haverford@nhs.net' },
        signatory: { name: 'Percival Ogunleye', email: 'percival.ogunleye@nhs.net', role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['formal', 'no_form', 'signatory_role_not_allowed'],
    },
  },
  {
    name: '005-primary-user-html-table-partner',
    from: addr('Dr Oyelaran Bamidele', 'oyelaran.bamidele@nhs.net'),
    to, subject: 'Open Exeter Primary User', date: 'Thu, 10 Dec 2026 13:13:00 +0000', messageId: mid('h-o005'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Dear colleagues,')}${p('As a GP Partner at Gorse Hill Surgery I would like to nominate a second Primary User for Open Exeter:')}
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td><p class="MsoNormal"><b>Practice</b></p></td><td><p class="MsoNormal">Gorse Hill Surgery (G83055)</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nominated Primary User</b></p></td><td><p class="MsoNormal">Ffion Llewellyn-Jones</p></td></tr>
<tr><td><p class="MsoNormal"><b>Email</b></p></td><td><p class="MsoNormal">ffion.llewellyn-jones@nhs.net</p></td></tr></table>
${p('&nbsp;')}${p('Regards')}${p('Dr Oyelaran Bamidele')}${p('GP Partner | Gorse Hill Surgery | 01633 440 900')}`),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'G83055', type: 'gp_practice' },
      fields: {
        organisationKind: 'gp_practice', nominee: { name: 'Ffion Llewellyn-Jones', email: 'ffion.llewellyn-jones@nhs.net' },
        signatory: { name: 'Oyelaran Bamidele', email: 'oyelaran.bamidele@nhs.net', role: 'gp_partner' },
      },
      mustRaise: [], traits: ['html_only', 'table', 'no_form', 'name_order_ambiguous'],
    },
  },
  {
    name: '006-primary-user-existing-pu-iphone-no-email',
    from: addr('Saoirse Dunleavy', 'saoirse.dunleavy@nhs.net'),
    to: OE, subject: 'extra primary user', date: 'Fri, 11 Dec 2026 17:55:00 +0000', messageId: '<3A4B5C6D-O006-4E7F-8A9B-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `Hi, I'm the existing primary user for the Riverside sexual health service (not a GP practice). Could you add Kofi Mensah-Abrokwa as a second primary user? He's waiting for his nhs.net account so I'll send his email once he has it.\n\nSaoirse\n${IPHONE}`,
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: null,
      fields: {
        organisationKind: 'other', nominee: { name: 'Kofi Mensah-Abrokwa', email: null },
        signatory: { name: 'Saoirse Dunleavy', email: 'saoirse.dunleavy@nhs.net', role: 'existing_primary_user' },
      },
      mustRaise: [], traits: ['mobile', 'non_gp_org', 'omits_email', 'no_ods_code'],
    },
  },
  {
    name: '007-additional-permissions-caldicott-iphone',
    from: addr('Dr Hamish Dunmore', 'hamish.dunmore@nhs.net'),
    to: OE, subject: 'OE permissions for Bethany', date: 'Mon, 14 Dec 2026 07:45:00 +0000', messageId: '<1F2E3D4C-O007-4B5A-9C8D-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `Please add Prior Notification List and Call/Recall Enquiry to Bethany Quarshie's Open Exeter account (user BQUARSHIE, bethany.quarshie@nhs.net). I'm Caldicott Guardian here at Castle Mead HC (C82044).\n\nHamish\n${IPHONE}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'C82044', type: 'gp_practice' },
      fields: {
        user: { name: 'Bethany Quarshie', email: 'bethany.quarshie@nhs.net', username: 'BQUARSHIE' },
        permissions: ['Prior Notification List', 'Call/Recall Enquiry'],
        signatory: { name: 'Hamish Dunmore', email: 'hamish.dunmore@nhs.net', role: 'caldicott_guardian' },
      },
      mustRaise: [], traits: ['mobile', 'inline_everything'],
    },
  },
  {
    name: '008-additional-permissions-hotmail-lead-gp',
    from: addr('Fergus McAllister', 'fergusmcallister@hotmail.co.uk'),
    to: OE, subject: 'Open Exeter', date: 'Sat, 12 Dec 2026 10:30:00 +0000', messageId: '<DB7P191MB0001HOTMAIL@DB7P191MB0001.EURP191.PROD.OUTLOOK.COM>', auth: HOTMAIL_AUTH,
    text: `Hello - writing from home as NHSmail is playing up. I'm Lead GP at Kirkstall Lane Medical Practice (B86017). Please give Oksana Hrytsenko (username OHRYTSENKO) the Sample Taker Enquiry permission.\n\nFergus McAllister`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'B86017', type: 'gp_practice' },
      fields: {
        user: { name: 'Oksana Hrytsenko', email: null, username: 'OHRYTSENKO' },
        permissions: ['Sample Taker Enquiry'],
        signatory: { name: 'Fergus McAllister', email: 'fergusmcallister@hotmail.co.uk', role: 'lead_gp' },
      },
      mustRaise: ['sender_not_nhs'], traits: ['personal_mailbox', 'sender_not_nhs', 'omits_user_email'],
    },
  },
  {
    name: '009-additional-permissions-receptionist',
    from: addr('Kayleigh Dobbs', 'kayleigh.dobbs@nhs.net'),
    to: OE, subject: 'open exeter access', date: 'Mon, 14 Dec 2026 12:01:00 +0000', messageId: mid('h-o009'), auth: NHS_AUTH,
    text: `hi can i have the prior notification list added to my open exeter please, my username is KDOBBS2. the doctors said it was ok\n\nkayleigh dobbs\nreceptionist, Fernlea Clinic (H85102)`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'H85102', type: 'gp_practice' },
      fields: {
        user: { name: 'kayleigh dobbs', email: 'kayleigh.dobbs@nhs.net', username: 'KDOBBS2' },
        permissions: ['prior notification list'],
        signatory: { name: 'kayleigh dobbs', email: 'kayleigh.dobbs@nhs.net', role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['receptionist', 'lower_case', 'self_request', 'signatory_role_not_allowed'],
    },
  },
  {
    name: '010-additional-permissions-gmail-reply-older-quoted',
    from: addr('Dr Imogen Castellanos', 'imogen.castellanos@nhs.net'),
    to: OE, subject: 'Re: Open Exeter permissions', date: 'Tue, 15 Dec 2026 08:50:00 +0000', messageId: '<CACastellanos10Re@mail.gmail.com>', auth: NHS_AUTH,
    text: `Hello again,\n\nA new request: please grant our nurse Delphine Achterberg-Moss (username DACHTERBERGM, delphine.achterbergmoss@nhs.net) the following:\n- Prior Notification List\n- Sample Taker Enquiry\n- Cytology Result Enquiry\n\nImogen Castellanos\nGP Partner, Saltmarsh Surgery (K84031)\n${gmailQuote('On Thu, 19 Nov 2026 at 15:03, Imogen Castellanos <imogen.castellanos@nhs.net> wrote:', 'Please add Prior Notification List for Marta Kowalewska (MKOWALEWSKA), marta.kowalewska@nhs.net.\n\nThanks, Imogen')}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'K84031', type: 'gp_practice' },
      fields: {
        user: { name: 'Delphine Achterberg-Moss', email: 'delphine.achterbergmoss@nhs.net', username: 'DACHTERBERGM' },
        permissions: ['Prior Notification List', 'Sample Taker Enquiry', 'Cytology Result Enquiry'],
        signatory: { name: 'Imogen Castellanos', email: 'imogen.castellanos@nhs.net', role: 'gp_partner' },
      },
      mustRaise: [], traits: ['gmail_quote', 'older_request_quoted', 'dash_bullets'],
    },
  },
  {
    name: '011-additional-permissions-board-member-bold-html',
    from: addr('Winifred Osei-Tutu', 'winifred.osei-tutu@nhs.net'),
    to, subject: 'Additional Open Exeter permissions', date: 'Wed, 16 Dec 2026 14:14:00 +0000', messageId: mid('h-o011'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Good afternoon,')}${p('I am writing as a member of the Board of Directors of Riverside Community Health CIC to request additional permissions for one of our clinic staff.')}${p('&nbsp;')}
${p('<b>Name</b>')}${p('Saoirse Dunleavy')}${p('<b>Username</b>')}${p('SDUNLEAVY')}${p('<b>Email</b>')}${p('saoirse.dunleavy@nhs.net')}${p('<b>Permissions required</b>')}${p('Cytology Result Enquiry')}${p('&nbsp;')}
${p('With best wishes,')}${p('Winifred Osei-Tutu')}${p('Non-Executive Director')}`),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: null,
      fields: {
        user: { name: 'Saoirse Dunleavy', email: 'saoirse.dunleavy@nhs.net', username: 'SDUNLEAVY' },
        permissions: ['Cytology Result Enquiry'],
        signatory: { name: 'Winifred Osei-Tutu', email: 'winifred.osei-tutu@nhs.net', role: 'board_member' },
      },
      mustRaise: [], traits: ['html_only', 'bold_labels', 'values_after_label', 'non_gp_org'],
    },
  },
  {
    name: '012-new-user-notification-html-table',
    from: NOTIFIER,
    to: OE, subject: 'Open Exeter - Authorisation required for new user', date: 'Thu, 17 Dec 2026 05:00:00 +0000', messageId: '<oe.20261217050000.0012@openexeter.nhs.uk>', auth: NHS_AUTH,
    headers: ['Auto-Submitted: auto-generated', 'X-Mailer: OE-Notify 3.2'],
    html: `<html><body style="font-family:Arial"><h3>Open Exeter</h3><p>The following user has been created by a Primary User and is awaiting authorisation.</p>
<table border="1" cellpadding="3"><tr><th align="left">Organisation</th><td>C82044 - CASTLE MEAD HEALTH CENTRE</td></tr>
<tr><th align="left">User ID</th><td>MQUANSAH</td></tr><tr><th align="left">Full name</th><td>Mercy Quansah</td></tr>
<tr><th align="left">Email</th><td>mercy.quansah@nhs.net</td></tr><tr><th align="left">Created by</th><td>Bethany Quarshie (bethany.quarshie@nhs.net)</td></tr></table>
<p style="font-size:9px">This mailbox is not monitored.</p></body></html>`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'C82044', type: 'gp_practice' },
      fields: {
        user: { name: 'Mercy Quansah', email: 'mercy.quansah@nhs.net', username: 'MQUANSAH' },
        createdBy: { name: 'Bethany Quarshie', email: 'bethany.quarshie@nhs.net' },
      },
      mustRaise: [], traits: ['system_notification', 'html_only', 'auto_generated_header'],
    },
  },
  {
    name: '013-new-user-notification-forwarded-by-practice',
    from: addr('Fenella Marchbank', 'fenella.marchbank@nhs.net'),
    to, subject: 'FW: Open Exeter - Authorisation required for new user', date: 'Fri, 18 Dec 2026 09:02:00 +0000', messageId: mid('h-o013'), auth: NHS_AUTH,
    text: `Hi - we had this through but the new user still can't log in. Can you authorise please?\n\nFenella${outlookQuote('OpenExeter Notifications <noreply.openexeter@nhs.net>', '17 December 2026 05:00', 'Fenella Marchbank <fenella.marchbank@nhs.net>', 'Open Exeter - Authorisation required for new user', 'Organisation: B86017 - KIRKSTALL LANE MEDICAL PRACTICE\nUser ID: NPAPADOPOULOU\nFull name: Niovi Papadopoulou\nEmail: niovi.papadopoulou@nhs.net\nCreated by: Oksana Hrytsenko (oksana.hrytsenko@nhs.net)')}`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'B86017', type: 'gp_practice' },
      fields: {
        user: { name: 'Niovi Papadopoulou', email: 'niovi.papadopoulou@nhs.net', username: 'NPAPADOPOULOU' },
        createdBy: { name: 'Oksana Hrytsenko', email: 'oksana.hrytsenko@nhs.net' },
      },
      mustRaise: [], traits: ['forwarded', 'outlook_quote', 'system_notification_inside'],
    },
  },
  {
    name: '014-new-user-notification-no-email',
    from: NOTIFIER,
    to: OE, subject: 'Open Exeter - Authorisation required for new user', date: 'Mon, 21 Dec 2026 05:00:00 +0000', messageId: '<oe.20261221050000.0014@openexeter.nhs.uk>', auth: NHS_AUTH,
    headers: ['Auto-Submitted: auto-generated', 'X-Mailer: OE-Notify 3.2'],
    text: `OPEN EXETER\n\nThe following user has been created by a Primary User and is awaiting authorisation.\n\nOrganisation:   K84031 - SALTMARSH SURGERY\nUser ID:        SCLEGHORN\nFull name:      Sorcha Cleghorn\nEmail:          (none recorded)\nCreated by:     Tegan Rowbotham\n\nThis mailbox is not monitored.`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'K84031', type: 'gp_practice' },
      fields: {
        user: { name: 'Sorcha Cleghorn', email: null, username: 'SCLEGHORN' },
        createdBy: { name: 'Tegan Rowbotham', email: null },
      },
      mustRaise: [], traits: ['system_notification', 'omits_email', 'aligned_columns', 'placeholder_value'],
    },
  },
  {
    name: '015-thank-you-outlook-case-ref',
    from: addr('Percival Ogunleye', 'percival.ogunleye@nhs.net'),
    to, subject: 'RE: PCSE-2027-000211 Primary User set up', date: 'Tue, 5 Jan 2027 10:10:00 +0000', messageId: mid('h-o015'), auth: NHS_AUTH,
    text: `Many thanks for your help with this.\n\nPercival${outlookQuote('PCSE Open Exeter <pcse.openexeter@nhs.net>', '04 January 2027 15:30', 'Percival Ogunleye', 'PCSE-2027-000211 Primary User set up', 'Dear Percival,\n\nLowri Haverford has been set up as a Primary User for Quarry Bank Surgery.\n\nPCSE Open Exeter team')}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_ref_in_subject', 'outlook_quote'] },
  },
  {
    name: '016-bounce-ndr-plain',
    from: addr('Microsoft Outlook', 'postmaster@nhs.net'),
    to: OE, subject: 'Undeliverable: PCSE-2027-000240 Temporary password', date: 'Wed, 6 Jan 2027 06:06:06 +0000', messageId: mid('h-o016'), auth: null,
    headers: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr:'],
    text: `Delivery has failed to these recipients or groups:\n\nsorcha.cleghorn@nhs.net\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\nGenerating server: CWLP265MB3301.GBRP265.PROD.OUTLOOK.COM\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'`,
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'ndr_plain'] },
  },
  {
    name: '017-unclassifiable-result-letters',
    from: addr('Delphine Achterberg-Moss', 'delphine.achterbergmoss@nhs.net'),
    to: OE, subject: 'Result letters', date: 'Thu, 7 Jan 2027 13:30:00 +0000', messageId: mid('h-o017'), auth: NHS_AUTH,
    text: `Hi, several of our patients say they haven't had their cervical screening result letters since November. Is there a delay at the lab or with Open Exeter? Thanks, Delphine (practice nurse, Saltmarsh Surgery)`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['unclassifiable', 'open_exeter_words'] },
  },
  {
    name: '018-misdirected-main-contact-change',
    from: addr('Percival Ogunleye', 'percival.ogunleye@nhs.net'),
    to, subject: 'Main contact', date: 'Fri, 8 Jan 2027 09:00:00 +0000', messageId: mid('h-o018'), auth: NHS_AUTH,
    text: `Dear PCSE,\n\nPlease could you change the main contact for Quarry Bank Surgery (M91604) to Lowri Haverford, lowri.haverford@nhs.net.\n\nYours faithfully\nPercival Ogunleye\nBusiness Manager`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'M91604', type: 'gp_practice' },
      fields: { newMainContact: { name: 'Lowri Haverford', email: 'lowri.haverford@nhs.net' } },
      mustRaise: [], traits: ['misdirected', 'formal'],
    },
  },
];

