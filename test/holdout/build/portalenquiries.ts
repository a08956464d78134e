/** Held-out emails to pcse.portalenquiries. */
import {
  FOOTER_SHORT, IPHONE, NHS_AUTH, OUTLOOK_MOBILE, PORTAL, SPOOF_AUTH, gmailForward, gmailQuote, outlookHtml, outlookQuote, p, practiceFooter,
} from './common.js';
import { addr, type Mail } from './mime.js';

const to = `PCSE Portal Enquiries <${PORTAL}>`;
const mid = (n: string, host = 'DB9PR01MB7771.eurprd01.prod.exchangelabs.com'): string => `<${n}@${host}>`;

export const PORTAL_MAILS: Mail[] = [
  {
    name: '001-gpp-admin-outlook-nested-table',
    from: addr('Lorna Fairweather-Hughes', 'lorna.fairweather-hughes@nhs.net'),
    to, subject: 'GPP user administrator - Brackenfield Surgery', date: 'Mon, 7 Dec 2026 09:02:11 +0000', messageId: mid('h-p001'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Good morning,')}${p('&nbsp;')}${p('Please could you set up the following as a GPP Practice User Administrator for us:')}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tr><td>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td width="180"><p class="MsoNormal"><b>Practice</b></p></td><td><p class="MsoNormal">Brackenfield Surgery</p></td></tr>
<tr><td><p class="MsoNormal"><b>ODS</b></p></td><td><p class="MsoNormal">M88012</p></td></tr>
<tr><td><p class="MsoNormal"><b>Role requested</b></p></td><td><p class="MsoNormal">GPP Practice User Administrator</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nominee</b></p></td><td><p class="MsoNormal">Priyanka Raghunathan</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nominee e-mail</b></p></td><td><p class="MsoNormal"><a href="mailto:priyanka.raghunathan1@nhs.net">priyanka.raghunathan1@nhs.net</a></p></td></tr>
<tr><td><p class="MsoNormal"><b>Authorising partner</b></p></td><td><p class="MsoNormal">Dr Cormac Tierney (GP Partner) &#8211; <a href="mailto:cormac.tierney@nhs.net">cormac.tierney@nhs.net</a></p></td></tr>
</table></td></tr></table>
${p('&nbsp;')}${p('Many thanks')}
<table border="0" cellpadding="0"><tr><td style="border-right:solid #005EB8 1.5pt;padding:0 8pt"><p class="MsoNormal"><b><span style="color:#005EB8">Lorna Fairweather-Hughes</span></b></p><p class="MsoNormal">Practice Manager</p></td>
<td style="padding:0 8pt"><p class="MsoNormal">Brackenfield Surgery, Chapel Street, Alfreton</p><p class="MsoNormal">T: 01773 520 118 | reception: <a href="mailto:brackenfield.reception@nhs.net">brackenfield.reception@nhs.net</a></p></td></tr></table>`),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'M88012', type: 'gp_practice' },
      fields: {
        service: 'GPP', nominee: { name: 'Priyanka Raghunathan', email: 'priyanka.raghunathan1@nhs.net' },
        approver: { name: 'Cormac Tierney', email: 'cormac.tierney@nhs.net', role: 'GP Partner' },
      },
      mustRaise: [], traits: ['html_only', 'outlook_nested_tables', 'bold_labels', 'signature_table'],
    },
  },
  {
    name: '002-gpp-admin-acroform-shared-mailbox',
    from: addr('CASTLE MEAD HEALTH CENTRE', 'castlemead.healthcentre@nhs.net'),
    to: PORTAL, subject: 'Form', date: 'Mon, 7 Dec 2026 11:40:00 +0000', messageId: mid('h-p002'), auth: NHS_AUTH,
    text: `Hi there\n\nForm attached for our new GPP admin, Dr Dunmore has signed it.\n\nThanks\nReception team\nCastle Mead Health Centre\n${FOOTER_SHORT}`,
    attachments: [{ filename: 'scan0001 nomination.pdf', pdf: 'gpp-nomination-c82044-acroform.pdf' }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'C82044', type: 'gp_practice' },
      fields: {
        service: 'GPP', nominee: { name: 'Bethany Quarshie', email: 'bethany.quarshie@nhs.net' },
        approver: { name: 'Hamish Dunmore', email: 'hamish.dunmore@nhs.net', role: 'Senior Partner' },
      },
      mustRaise: [], traits: ['pdf_acroform', 'see_attached', 'shared_mailbox_sender', 'lowercase_code_in_form', 'upper_case_display_name'],
    },
  },
  {
    name: '003-gpp-admin-flat-form-unsigned',
    from: addr('Gail Perrin', 'gail.perrin@nhs.net'),
    to, subject: 'RE: GPP nomination - Wrekin View', date: 'Tue, 8 Dec 2026 14:21:09 +0000', messageId: mid('h-p003'), auth: NHS_AUTH,
    text: `Good afternoon,\n\nPlease find attached GPP nomination for Callum, our new assistant PM.\n\nRegards,\n\nGail Perrin\nBusiness Manager | Wrekin View Surgery\n01952 641 300\n${FOOTER_SHORT}`,
    attachments: [{ filename: 'GPP nomination Callum.pdf', pdf: 'gpp-nomination-j83021-flat-unsigned.pdf' }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'J83021', type: 'gp_practice' },
      fields: {
        service: 'GPP', nominee: { name: 'Callum Ashdown', email: 'callum.ashdown@nhs.net' },
        approver: { name: 'Nkechi Obiora', email: 'nkechi.obiora@nhs.net', role: 'GP Partner' },
      },
      mustRaise: ['missing_signature'], traits: ['pdf_flat', 'values_after_label', 'missing_signature', 'see_attached'],
    },
  },
  {
    name: '004-pl-admin-gmail-reply-older-unlock-quoted',
    from: addr('Rosalind Egerton', 'rosalind.egerton@nhs.net'),
    to: PORTAL, subject: 'Re: locked out', date: 'Wed, 9 Dec 2026 08:15:43 +0000', messageId: '<CAF7r0sEgRt0nPL9q@mail.gmail.com>', auth: NHS_AUTH,
    text: `Hi again - separate thing while I have you.\n\nCould you please make Anneliese Vukovic (anneliese.vukovic@nhs.net) a PL Organisation Administrator for us? I'm the CQC registered manager for the practice.\n\nThanks,\nRos\n\nRosalind Egerton\nHolmfirth Road Surgery (C84 619)\n${gmailQuote('On Tue, 1 Dec 2026 at 10:02, Rosalind Egerton <rosalind.egerton@nhs.net> wrote:', 'Hello,\n\nShaun Pickersgill has locked himself out of PCSE Online. His username is shaun.pickersgill@nhs.net - please can you unlock it?\n\nRos')}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'C84619', type: 'gp_practice' },
      fields: {
        service: 'PL', nominee: { name: 'Anneliese Vukovic', email: 'anneliese.vukovic@nhs.net' },
        approver: { name: 'Rosalind Egerton', email: 'rosalind.egerton@nhs.net', role: 'CQC registered manager' },
      },
      mustRaise: [], traits: ['gmail_quote', 'older_request_quoted', 'spaced_code', 'inline_email'],
    },
  },
  {
    name: '005-opto-admin-iphone-spaced-code',
    from: addr('Jas Bhamra', 'jaswinder.bhamra@nhs.net'),
    to: PORTAL, subject: 'opto admin', date: 'Wed, 9 Dec 2026 19:48:02 +0000', messageId: '<A1B2C3D4-0005-4E1F-9A7B-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `hi, I'm the contract holder at Loxley Eyecare, ods: t p q 1 7. can you set my dispensing optician Wiktor Sadowski up as opto user management admin? his email wiktor.sadowski@nhs.net\n\nthx\nJas Bhamra (Optometrist)\n${IPHONE}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'TPQ17', type: 'ophthalmic_practice' },
      fields: {
        service: 'OPTO', nominee: { name: 'Wiktor Sadowski', email: 'wiktor.sadowski@nhs.net' },
        approver: { name: 'Jas Bhamra', email: 'jaswinder.bhamra@nhs.net', role: 'contract holder' },
      },
      mustRaise: [], traits: ['mobile', 'lower_case', 'spaced_code', 'one_paragraph'],
    },
  },
  {
    name: '006-pcn-admin-icb-form-flat',
    from: addr('Kerensa Thirlwell', 'kerensa.thirlwell@nhs.net'),
    to, subject: 'PCN user administrator request - Tyne Riverside PCN', date: 'Thu, 10 Dec 2026 10:05:00 +0000', messageId: mid('h-p006'), auth: NHS_AUTH,
    text: `Dear colleagues\n\nWe don't currently have anybody with user admin rights for the PCN on PCSE Online. Attached is the nomination approved by our ICB.\n\nIf you need anything else please give me a ring on 0191 488 2071.\n\nBest wishes\nKerensa\n\nKerensa Thirlwell | PCN Manager | Tyne Riverside PCN\nHosted by Riverside Medical Group\n${FOOTER_SHORT}`,
    attachments: [{ filename: 'PCN UA ICB approval.pdf', pdf: 'pcn-nomination-u55123-flat.pdf' }],
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U55123', type: 'pcn' },
      fields: {
        service: 'PCN', nominee: { name: 'Ravinder Sohal', email: 'ravinder.sohal@nhs.net' },
        approver: { name: 'Gwendolyn Ashcroft', email: 'gwendolyn.ashcroft@nhs.net', role: 'Head of Primary Care Contracting, North East and North Cumbria ICB' },
      },
      mustRaise: [], traits: ['pdf_flat', 'values_after_label', 'pcn', 'sender_not_nominee'],
    },
  },
  {
    name: '007-pcn-admin-clinical-director-approved',
    from: addr('Wendell Ambrose', 'wendell.ambrose@nhs.net'),
    to, subject: 'PCN User Admin', date: 'Thu, 10 Dec 2026 15:30:27 +0000', messageId: mid('h-p007'), auth: NHS_AUTH,
    text: `Hello,\n\nWe need a PCN user admin for Wolds Coast PCN (U71409). Our ICB contact left in the autumn and nobody at the ICB has been able to sign the form off, so our Clinical Director, Dr Sabine Lindqvist, has approved it instead - hope that's OK.\n\nNominee: Wendell Ambrose (me)\nEmail: wendell.ambrose@nhs.net\n\nKind regards\nWendell Ambrose\nPCN Manager, Wolds Coast PCN\nMob 07700 900 431\n${FOOTER_SHORT}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'U71409', type: 'pcn' },
      fields: {
        service: 'PCN', nominee: { name: 'Wendell Ambrose', email: 'wendell.ambrose@nhs.net' },
        approver: { name: 'Sabine Lindqvist', email: null, role: 'Clinical Director' },
      },
      mustRaise: ['approver_not_on_ael'], traits: ['pcn', 'approver_not_icb', 'self_nomination', 'label_value'],
    },
  },
  {
    name: '008-gpp-admin-fifth-admin',
    from: addr('Audrey Kinsella', 'audrey.kinsella@nhs.net'),
    to, subject: 'Additional GPP Practice User Administrator - Sandpiper Medical Group P92633', date: 'Fri, 11 Dec 2026 09:12:54 +0000', messageId: mid('h-p008'), auth: NHS_AUTH,
    text: `Dear Sir/Madam,\n\nOur four current GPP Practice User Administrators are Dr Lionel Hartigan, Rebecca Saltonstall, Mohsin Qureshi and myself. Owing to the size of the group we would like to add a fifth, Harriet Lowenthal (harriet.lowenthal@nhs.net), our new finance lead.\n\nI should be grateful if you would arrange this.\n\nYours faithfully,\n\nAudrey Kinsella\nOperations Director\nSandpiper Medical Group\n${practiceFooter('Sandpiper Medical Group', 'Dr L Hartigan, Dr P Amadi, Dr S Vellacott', '01502 588 100')}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'P92633', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: { name: 'Harriet Lowenthal', email: 'harriet.lowenthal@nhs.net' }, approver: null },
      mustRaise: ['admin_limit_reached'], traits: ['formal', 'distractor_names', 'admin_limit_reached', 'code_in_subject'],
    },
  },
  {
    name: '009-opto-admin-dental-shaped-code',
    from: addr('Ngozi Ifeanyi-Carter', 'ngozi.ifeanyi-carter@nhs.net'),
    to, subject: 'Ophthalmic user admin - Brightwater Opticians', date: 'Fri, 11 Dec 2026 12:44:00 +0000', messageId: mid('h-p009'), auth: NHS_AUTH,
    text: `Hello\n\nAs the contract holder for our optical practice, Brightwater Opticians (ODS V102938), I would like to nominate our practice manager, Tomasz Wiśniewski, as OPTO Organisation User Administrator.\n\nTomasz's email is tomasz.wisniewski2@nhs.net.\n\nThank you\nNgozi Ifeanyi-Carter FBDO\nBrightwater Opticians, 4 Sea Road, Bexhill-on-Sea\n${FOOTER_SHORT}`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'V102938', type: 'dental_practice' },
      fields: {
        service: 'OPTO', nominee: { name: 'Tomasz Wiśniewski', email: 'tomasz.wisniewski2@nhs.net' },
        approver: { name: 'Ngozi Ifeanyi-Carter', email: 'ngozi.ifeanyi-carter@nhs.net', role: 'contract holder' },
      },
      mustRaise: ['ods_type_mismatch'], traits: ['ods_type_mismatch', 'non_ascii_name', 'quoted_printable'],
    },
  },
  {
    name: '010-main-contact-change-formal-values-next-line',
    from: addr('Philippa Stonehouse', 'philippa.stonehouse@nhs.net'),
    to, subject: 'Notification of Change of Main Contact', date: 'Mon, 14 Dec 2026 08:30:00 +0000', messageId: mid('h-p010'), auth: NHS_AUTH,
    text: `Dear PCSE Team,\n\nFurther to the retirement of our previous Practice Manager, I write to request that the Main Contact for the practice be amended as follows.\n\nPractice:\nThe Old Rectory Surgery\n\nOrganisation code:\nY02876\n\nNew Main Contact name:\nMr Alasdair Pennington-Rhys\n\nNew Main Contact email:\nalasdair.pennington-rhys@nhs.net\n\nShould you require any further information, please do not hesitate to contact me.\n\nYours sincerely,\n\nPhilippa Stonehouse\nPractice Manager (outgoing)\nThe Old Rectory Surgery, Church Lane, Wetherby\nTelephone 01937 580 220\n${FOOTER_SHORT}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'Y02876', type: 'gp_practice' },
      fields: { newMainContact: { name: 'Alasdair Pennington-Rhys', email: 'alasdair.pennington-rhys@nhs.net' } },
      mustRaise: [], traits: ['formal', 'values_after_label', 'honorific', 'hyphenated_name'],
    },
  },
  {
    name: '011-main-contact-change-pharmacy-bold-html',
    from: addr('Yusuf Adeyinka-Brown', 'yusuf.adeyinka-brown@nhs.net'),
    to, subject: 'Main contact - Hartsholme Pharmacy', date: 'Mon, 14 Dec 2026 13:05:19 +0000', messageId: mid('h-p011'), auth: NHS_AUTH,
    text: `Hello,\n\nI've taken over as responsible pharmacist and would like to become the main contact on PCSE Online.\n\nPharmacy: Hartsholme Pharmacy\nODS: FH421\nNew main contact: Yusuf Adeyinka-Brown\nEmail: yusuf.adeyinka-brown@nhs.net\n\nThanks\nYusuf\nMPharm, Hartsholme Pharmacy`,
    html: outlookHtml(`${p('Hello,')}${p('I&#8217;ve taken over as responsible pharmacist and would like to become the main contact on PCSE Online.')}${p('&nbsp;')}
${p('<b>Pharmacy:</b> Hartsholme Pharmacy')}${p('<b>ODS:</b> FH421')}${p('<b>New main contact:</b> Yusuf Adeyinka-Brown')}${p('<b>Email:</b> <a href="mailto:yusuf.adeyinka-brown@nhs.net">yusuf.adeyinka-brown@nhs.net</a>')}${p('&nbsp;')}${p('Thanks')}${p('Yusuf')}${p('<span style="color:gray">MPharm, Hartsholme Pharmacy</span>')}`),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'FH421', type: 'pharmacy' },
      fields: { newMainContact: { name: 'Yusuf Adeyinka-Brown', email: 'yusuf.adeyinka-brown@nhs.net' } },
      mustRaise: [], traits: ['multipart_alternative', 'bold_labels', 'pharmacist', 'self_nomination'],
    },
  },
  {
    name: '012-main-contact-change-forwarded-by-partner',
    from: addr('Dr Adaeze Okonjo', 'adaeze.okonjo@nhs.net'),
    to: PORTAL, subject: 'Fwd: main contact', date: 'Tue, 15 Dec 2026 17:52:33 +0000', messageId: '<CAJk9fWdOkonjoFwd12@mail.gmail.com>', auth: NHS_AUTH,
    text: `Can you action please - see below from our outgoing PM.\nThanks\nAdaeze Okonjo (GP partner)\n${gmailForward('Maureen Tuckett <maureen.tuckett@nhs.net>', 'Mon, 14 Dec 2026 at 16:10', 'main contact', 'Adaeze Okonjo <adaeze.okonjo@nhs.net>', 'Adaeze,\n\nI retire on Friday so please could you ask PCSE to make Ffion Llewellyn-Jones the main contact for Gorse Hill Surgery (G83055). Her email is ffion.llewellyn-jones@nhs.net.\n\nMaureen\nMaureen Tuckett, Practice Manager, 01633 440 901')}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'G83055', type: 'gp_practice' },
      fields: { newMainContact: { name: 'Ffion Llewellyn-Jones', email: 'ffion.llewellyn-jones@nhs.net' } },
      mustRaise: [], traits: ['forwarded', 'gmail_forward', 'request_inside_forward', 'distractor_names'],
    },
  },
  {
    name: '013-main-contact-change-dentist-no-email',
    from: addr('Rhodri Penhallow', 'rhodri.penhallow@nhs.net'),
    to, subject: 'Change main contact (V006612)', date: 'Wed, 16 Dec 2026 12:00:41 +0000', messageId: mid('h-p013'), auth: NHS_AUTH,
    text: `Hi,\n\nPlease change the main contact for our dental practice, Penhallow & Daughters Dental (V006612), to our new practice manager Mrs Bronwen Ashby-Tate. She doesn't have an NHSmail account yet - I'll send her address as soon as it's set up.\n\nRhodri Penhallow BDS\nPrincipal Dentist\n${FOOTER_SHORT}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'V006612', type: 'dental_practice' },
      fields: { newMainContact: { name: 'Bronwen Ashby-Tate', email: null } },
      mustRaise: [], traits: ['dentist', 'omits_email', 'code_in_brackets', 'honorific'],
    },
  },
  {
    name: '014-main-contact-change-mobile-lower-case',
    from: addr('hollie brennan', 'hollie.brennan@nhs.net'),
    to: PORTAL, subject: 'main contact', date: 'Wed, 16 Dec 2026 21:14:00 +0000', messageId: '<DU0PR01MB9911HOLLIE@DU0PR01MB9911.eurprd01.prod.exchangelabs.com>', auth: NHS_AUTH,
    text: `main contact for j82 417 (hawthorn lodge surgery) should now be me please, hollie.brennan@nhs.net. old pm has left.\n\nhollie brennan\npractice manager\n${OUTLOOK_MOBILE}`,
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'J82417', type: 'gp_practice' },
      fields: { newMainContact: { name: 'hollie brennan', email: 'hollie.brennan@nhs.net' } },
      mustRaise: [], traits: ['mobile', 'lower_case', 'spaced_code', 'terse', 'self_nomination'],
    },
  },
  {
    name: '015-verification-link-gp-gmc-iphone',
    from: addr('Tobias Wainwright-Ede', 'tobias.wainwright-ede@nhs.net'),
    to: PORTAL, subject: 'Verification link', date: 'Thu, 17 Dec 2026 07:02:13 +0000', messageId: '<5C1D2E3F-0015-4A2B-8C9D-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `Morning - I'm a new GP registering on PCSE Online but the verification link has expired. Could you resend to this address please? GMC no. 7345612\n\nTobias\n${IPHONE}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'tobias.wainwright-ede@nhs.net', gmcNumber: '7345612' },
      mustRaise: [], traits: ['mobile', 'own_account_by_sender', 'gmc'],
    },
  },
  {
    name: '016-verification-link-receptionist-for-doctor',
    from: addr('Kayleigh Dobbs', 'kayleigh.dobbs@nhs.net'),
    to: PORTAL, subject: 'verification link for dr rao-whitfield', date: 'Thu, 17 Dec 2026 10:33:20 +0000', messageId: mid('h-p016'), auth: NHS_AUTH,
    text: `Hiya, can u send a new verification link for Dr Anjali Rao-Whitfield please, her email is anjali.raowhitfield@nhs.net GMC 7012398, shes registering as a performer. shes in clinic all day so pls just send it to her\n\nthanks\nkayleigh (reception)\nFernlea Clinic\n${FOOTER_SHORT}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'anjali.raowhitfield@nhs.net', gmcNumber: '7012398' },
      mustRaise: ['not_own_account'], traits: ['receptionist', 'typos', 'on_behalf', 'not_own_account'],
    },
  },
  {
    name: '017-verification-link-outlook-reply-older-quoted',
    from: addr('Efua Mensah-Bonsu', 'efua.mensah-bonsu@nhs.net'),
    to, subject: 'RE: PCSE Online - please verify your email address', date: 'Fri, 18 Dec 2026 16:47:05 +0000', messageId: mid('h-p017'), auth: NHS_AUTH,
    text: `Hello,\n\nThe link in the email below expired before I could use it - please send me another one to this address.\n\nThanks\nEfua Mensah-Bonsu\nAssistant Practice Manager, Bramhope Surgery${outlookQuote('PCSE Online <noreply.pcse@nhs.net>', '11 December 2026 09:00', 'Efua Mensah-Bonsu <efua.mensah-bonsu@nhs.net>', 'PCSE Online - please verify your email address', 'Please verify your email address by clicking the link below. The link is valid for 72 hours.\n\n[Verify email]')}${outlookQuote('Efua Mensah-Bonsu <efua.mensah-bonsu@nhs.net>', '10 December 2026 14:12', 'PCSE Portal Enquiries', 'remove roles', 'Please could you remove the Joiner & Leaver role from Gordon Pelham (gordon.pelham@nhs.net)?')}`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'efua.mensah-bonsu@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['outlook_quote', 'older_request_quoted', 'own_account_by_sender'],
    },
  },
  {
    name: '018-verification-link-dentist-gdc-html',
    from: addr('Dr Marisol Quintero-Hale', 'marisol.quintero-hale@nhs.net'),
    to, subject: 'Not received verification email', date: 'Mon, 21 Dec 2026 11:19:00 +0000', messageId: mid('h-p018'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Dear PCSE,')}${p('I registered on PCSE Online last week but the verification email never arrived (I have checked junk). Please could you send a new verification link?')}${p('&nbsp;')}
${p('<b>Name:</b> Marisol Quintero-Hale')}${p('<b>Email:</b> marisol.quintero-hale@nhs.net')}${p('<b>GDC number:</b> 284551')}${p('&nbsp;')}${p('Kind regards,')}${p('Marisol')}${p('<i>Associate Dentist, Penhallow &amp; Daughters Dental</i>')}`),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'marisol.quintero-hale@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['html_only', 'bold_labels', 'gdc_not_gmc'],
    },
  },
  {
    name: '019-account-unlock-receptionist-typos',
    from: addr('Nicola Frobisher', 'nicola.frobisher@nhs.net'),
    to: PORTAL, subject: 'LOCKED OUT AGAIN!!', date: 'Mon, 21 Dec 2026 08:03:58 +0000', messageId: mid('h-p019'), auth: NHS_AUTH,
    text: `HELP im locked out again!!! usernme is nicolafrobisher@thornleighsurgery (we were given that by our admin, its not an email). tried the pasword to many times.\n\nNicola\nreception, Thornleigh Surgery`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'nicolafrobisher@thornleighsurgery' },
      mustRaise: [], traits: ['receptionist', 'typos', 'shouting', 'non_email_username'],
    },
  },
  {
    name: '020-account-unlock-gmail-older-quoted',
    from: addr('Priscilla Oyinlola', 'priscilla.oyinlola@nhs.net'),
    to: PORTAL, subject: 'Re: Locked account', date: 'Tue, 22 Dec 2026 09:27:00 +0000', messageId: '<CAH3vLk0Oyin20Re@mail.gmail.com>', auth: NHS_AUTH,
    text: `Morning, same again I'm afraid - this time it's Teodora's account that is locked: teodora.petrescu@nhs.net\n\nMany thanks\nPriscilla\n${gmailQuote('On Wed, 25 Nov 2026 at 14:41, Priscilla Oyinlola <priscilla.oyinlola@nhs.net> wrote:', 'Hi, could you unlock darren.maitland@nhs.net please, he tried his password too many times.\n\nPriscilla Oyinlola\nPractice Manager, Ouseburn Family Practice')}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'teodora.petrescu@nhs.net' },
      mustRaise: [], traits: ['gmail_quote', 'older_request_quoted', 'on_behalf'],
    },
  },
  {
    name: '021-account-unlock-outlook-nested-html-upper',
    from: addr('Barnaby Okoro', 'barnaby.okoro@nhs.net'),
    to, subject: 'Account Locked - PCSE Online', date: 'Tue, 22 Dec 2026 13:10:10 +0000', messageId: mid('h-p021'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Hi,')}${p('My account is locked after too many attempts, details below.')}
<table border="0"><tr><td><table border="1" cellpadding="3"><tr><td><p class="MsoNormal"><b>User name</b></p></td><td><p class="MsoNormal">BARNABY.OKORO@NHS.NET</p></td></tr>
<tr><td><p class="MsoNormal"><b>Organisation</b></p></td><td><p class="MsoNormal">Quayside Pharmacy (FM036)</p></td></tr></table></td></tr></table>
${p('Thanks')}${p('Barnaby')}${p('<span style="font-size:8pt">Quayside Pharmacy | 2 Fish Quay, North Shields | 0191 257 0330 | pharmacy.fm036@nhs.net</span>')}`),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'FM036', type: 'pharmacy' },
      fields: { username: 'barnaby.okoro@nhs.net' },
      mustRaise: [], traits: ['html_only', 'outlook_nested_tables', 'upper_case', 'pharmacy'],
    },
  },
  {
    name: '022-account-unlock-value-next-line',
    from: addr('Rupert Featherstonehaugh', 'rupert.featherstonehaugh@nhs.net'),
    to, subject: 'Unlock request', date: 'Wed, 23 Dec 2026 10:45:30 +0000', messageId: mid('h-p022'), auth: NHS_AUTH,
    text: `Dear Sir or Madam\n\nI would be grateful if you could unlock my PCSE Online account.\n\nUsername\n\n    r.featherstonehaugh\n\nPractice\n\n    Beck Row Surgery\n\nRegards\nRupert Featherstonehaugh\n${FOOTER_SHORT}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: null,
      fields: { username: 'r.featherstonehaugh' },
      mustRaise: [], traits: ['values_after_label', 'indented_values', 'formal', 'non_email_username'],
    },
  },
  {
    name: '023-account-reactivation-main-contact-formal',
    from: addr('Lavinia Carrow', 'lavinia.carrow@nhs.net'),
    to, subject: 'Reactivation of deactivated PCSE Online account', date: 'Mon, 4 Jan 2027 09:00:05 +0000', messageId: mid('h-p023'), auth: NHS_AUTH,
    text: `Dear PCSE Online Team,\n\nI am the Main Contact for Ravenscar Dental Care (V114470). On attempting to log in this morning I was informed that my account has been deactivated owing to inactivity.\n\nMy username is: lavinia.carrow@nhs.net\n\nI should be most grateful if you would reactivate it at your earliest convenience.\n\nYours faithfully\n\nLavinia Carrow\nPractice Owner\nRavenscar Dental Care\n${FOOTER_SHORT}`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'V114470', type: 'dental_practice' },
      fields: { username: 'lavinia.carrow@nhs.net' },
      mustRaise: [], traits: ['formal', 'dentist', 'main_contact'],
    },
  },
  {
    name: '024-account-reactivation-iphone-this-address',
    from: addr('Marcus Oduya', 'marcus.oduya@nhs.net'),
    to: PORTAL, subject: 'Deactivated', date: 'Mon, 4 Jan 2027 18:22:47 +0000', messageId: '<9E8D7C6B-0024-4F3A-B2C1-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `Hi my PCSE account has been deactivated, I'm one of the GPP user admins at Hawthorn Lodge. Can you reactivate it, username is this email address\n\nMarcus${IPHONE}`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: null,
      fields: { username: 'marcus.oduya@nhs.net' },
      mustRaise: [], traits: ['mobile', 'username_is_sender', 'terse'],
    },
  },
  {
    name: '025-account-reactivation-forwarded-notice',
    from: addr('Gethin ap Rhys', 'gethin.aprhys@nhs.net'),
    to, subject: 'FW: Your PCSE Online account has been deactivated', date: 'Tue, 5 Jan 2027 11:11:11 +0000', messageId: mid('h-p025'), auth: NHS_AUTH,
    text: `Please reactivate - I'm one of our practice's PL organisation administrators so I can't ask anyone else to do it.\n\nDiolch,\nGethin${outlookQuote('PCSE Online <noreply.pcse@nhs.net>', '04 January 2027 02:00', 'Gethin ap Rhys <gethin.aprhys@nhs.net>', 'Your PCSE Online account has been deactivated', 'Dear user,\n\nYour PCSE Online account has been deactivated because it has not been used for 90 days.\n\nUsername: gethin.aprhys@nhs.net\n\nThis is an automated message, please do not reply.')}`,
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: null,
      fields: { username: 'gethin.aprhys@nhs.net' },
      mustRaise: [], traits: ['forwarded', 'system_notice_quoted', 'welsh'],
    },
  },
  {
    name: '026-role-removal-opto-locum',
    from: addr('Jas Bhamra', 'jaswinder.bhamra@nhs.net'),
    to, subject: 'Locum left - remove roles', date: 'Tue, 5 Jan 2027 14:02:00 +0000', messageId: mid('h-p026'), auth: NHS_AUTH,
    text: `Hello,\n\nOur former locum Ingrid Solberg (ingrid.solberg@nhs.net) finished with us at Christmas. Please remove her GOS Performer and Contractor Signatory roles for Loxley Eyecare (TPQ17).\n\nThanks\nJas Bhamra, Optometrist`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'TPQ17', type: 'ophthalmic_practice' },
      fields: { username: 'ingrid.solberg@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
      mustRaise: [], traits: ['optometrist', 'inline_roles'],
    },
  },
  {
    name: '027-role-removal-html-bullets',
    from: addr('Priscilla Oyinlola', 'priscilla.oyinlola@nhs.net'),
    to, subject: 'Role removal', date: 'Wed, 6 Jan 2027 09:40:00 +0000', messageId: mid('h-p027'), auth: NHS_AUTH,
    html: outlookHtml(`${p('Good morning,')}${p('Dominic Farraday (<a href="mailto:dominic.farraday@nhs.net">dominic.farraday@nhs.net</a>) has moved to a clinical role at Ouseburn Family Practice (A88123). Please remove:')}
<ul style="margin-top:0cm"><li class="MsoNormal">Joiner &amp; Leaver</li><li class="MsoNormal">GPP - Practice User Management</li></ul>
${p('Kind regards')}${p('Priscilla Oyinlola')}${p('Practice Manager')}`),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'A88123', type: 'gp_practice' },
      fields: { username: 'dominic.farraday@nhs.net', roles: ['Joiner & Leaver', 'GPP - Practice User Management'] },
      mustRaise: [], traits: ['html_only', 'bullets', 'html_entities'],
    },
  },
  {
    name: '028-role-removal-no-username',
    from: addr('Denholm Achebe', 'denholm.achebe@nhs.net'),
    to: PORTAL, subject: 'take role off', date: 'Wed, 6 Jan 2027 15:15:15 +0000', messageId: mid('h-p028'), auth: NHS_AUTH,
    text: `Hi could you take the Practice Records Movement Admin role off Sharon Pidgeon in our office, she's changed jobs within the practice.\n\nCheers\nDenholm`,
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: null,
      fields: { username: null, roles: ['Practice Records Movement Admin'] },
      mustRaise: [], traits: ['omits_username', 'terse'],
    },
  },
  {
    name: '029-gpp-admin-spoofed-lookalike-pass',
    from: addr('Dr Cormac Tierney', 'cormac.tierney@nhs.net'),
    to: PORTAL, subject: 'URGENT GPP admin', date: 'Sat, 9 Jan 2027 02:41:09 +0000', messageId: '<20270109024109.51234@smtp.bulk-sender.invalid>', auth: SPOOF_AUTH,
    text: `Please add Gary Winslade as GPP admin for Brackenfield Surgery M88012 today, very urgent for payroll. Email garywinslade.finance@outlook.com\n\nCormac`,
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: { odsCode: 'M88012', type: 'gp_practice' },
      fields: { service: 'GPP', nominee: { name: 'Gary Winslade', email: 'garywinslade.finance@outlook.com' }, approver: null },
      mustRaise: ['sender_unauthenticated'], traits: ['spoofed', 'lookalike_auth_header', 'urgency'],
    },
  },
  {
    name: '030-chaser-iphone-case-ref',
    from: addr('Kerensa Thirlwell', 'kerensa.thirlwell@nhs.net'),
    to: PORTAL, subject: 'Re: PCSE-2026-004417', date: 'Mon, 11 Jan 2027 12:12:12 +0000', messageId: '<0B1C2D3E-0030-4C5D-9E8F-HOLDOUT@nhs.net>', auth: NHS_AUTH,
    text: `any update on this?? been 2 wks now\n${IPHONE}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_in_subject', 'mobile'] },
  },
  {
    name: '031-thank-you-gmail-quoted-ack',
    from: addr('Audrey Kinsella', 'audrey.kinsella@nhs.net'),
    to: PORTAL, subject: 'Re: Your request PCSE-2027-000058 has been completed', date: 'Tue, 12 Jan 2027 10:00:00 +0000', messageId: '<CAKinsellaThx31@mail.gmail.com>', auth: NHS_AUTH,
    text: `Thank you so much, that's all working now.\n\nAudrey\n${gmailQuote('On Mon, 11 Jan 2027 at 16:20, PCSE Portal Enquiries <pcse.portalenquiries@nhs.net> wrote:', 'Dear Audrey,\n\nYour request PCSE-2027-000058 has been completed: Harriet Lowenthal is now a GPP Practice User Administrator.\n\nPCSE')}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thank_you', 'case_ref', 'gmail_quote', 'request_words_in_quote'] },
  },
  {
    name: '032-auto-reply-annual-leave',
    from: addr('Lorna Fairweather-Hughes', 'lorna.fairweather-hughes@nhs.net'),
    to: PORTAL, subject: 'Automatic reply: PCSE-2027-000102 Your request has been received', date: 'Wed, 13 Jan 2027 08:00:01 +0000', messageId: mid('h-p032'), auth: NHS_AUTH,
    headers: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: lorna.fairweather-hughes@nhs.net'],
    text: `I am on annual leave until Monday 18th January with no access to email.\n\nFor anything urgent, including changes to user administrators, please contact Dr Cormac Tierney (cormac.tierney@nhs.net) or reception on 01773 520 118.`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'request_words', 'names_in_body'] },
  },
  {
    name: '033-bounce-dsn-report',
    from: addr('Mail Delivery System', 'MAILER-DAEMON@nhs.net'),
    to: PORTAL, subject: 'Delivery Status Notification (Failure)', date: 'Wed, 13 Jan 2027 09:30:00 +0000', messageId: mid('h-p033'), auth: null,
    headers: ['Auto-Submitted: auto-replied'],
    rawBody: {
      contentType: 'multipart/report; report-type=delivery-status; boundary="dsn-holdout-033"',
      body: `--dsn-holdout-033
Content-Type: text/plain; charset="us-ascii"

Your message to garywinslade.finance@outlook.com couldn't be delivered.
The recipient's mailbox is unavailable.

--dsn-holdout-033
Content-Type: message/delivery-status

Reporting-MTA: dns; AM0PR01MB1234.eurprd01.prod.exchangelabs.com

Final-Recipient: rfc822; garywinslade.finance@outlook.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-holdout-033
Content-Type: text/rfc822-headers

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
To: garywinslade.finance@outlook.com
Subject: PCSE-2027-000099 We could not verify your request
Date: Wed, 13 Jan 2027 09:29:40 +0000

--dsn-holdout-033--
`,
    },
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'dsn'] },
  },
  {
    name: '034-unclassifiable-records-collection',
    from: addr('Brookfield Medical Centre', 'brookfield.mc@nhs.net'),
    to: PORTAL, subject: 'Records collection overdue', date: 'Thu, 14 Jan 2027 11:20:00 +0000', messageId: mid('h-p034'), auth: NHS_AUTH,
    text: `Hello\n\nWe have had three bags of patient records waiting for collection since before Christmas (order ref MR-88213). Our main contact has tried the portal but it says the collection is booked. Can someone chase the courier?\n\nThanks\nAdmin team, Brookfield Medical Centre (D82090)\n${FOOTER_SHORT}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['unclassifiable', 'portal_words', 'main_contact_words'] },
  },
  {
    name: '035-misdirected-practice-email-update',
    from: addr('Sunniva Hargreaves', 'sunniva.hargreaves@nhs.net'),
    to, subject: 'Practice email address change', date: 'Thu, 14 Jan 2027 15:48:00 +0000', messageId: mid('h-p035'), auth: NHS_AUTH,
    text: `Hi,\n\nNot sure if this is the right inbox - please could you update our practice email on PCSE Online.\n\nPinfold Lane Surgery, N82033\nOld: pinfold.surgery@nhs.net\nNew: pinfoldlane.admin@nhs.net\n\nThanks\nSunniva Hargreaves, Office Manager\n${FOOTER_SHORT}`,
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: { odsCode: 'N82033', type: 'gp_practice' },
      fields: { currentEmail: 'pinfold.surgery@nhs.net', newEmail: 'pinfoldlane.admin@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'short_labels'],
    },
  },
];
