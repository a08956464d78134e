// openexeter: primary-user forms (fillable, photographed, scanned with pen corrections, flat with extra pages),
// permission requests, Open Exeter's new-user notifications, and the rest.
import { type OeData, letter, oePage1, oePage2 } from './forms.js';
import {
  type Email, MAILBOX_ADDRESS, MAILBOX_NAME, NHSMAIL_FOOTER_HTML, NHSMAIL_FOOTER_TEXT, addr, attachment, escHtml, htmlToText, longDate, make, multi, org,
  outlookHtml, outlookQuoteHead, p, person, text,
} from './lib.js';
import { acroPdf, flatPdf, imagePdf } from './pdfs.js';
import { flatbedScan, phonePhoto, renderSheet } from './scans.js';

const MB = 'openexeter' as const;
const TO = addr(MAILBOX_NAME[MB], MAILBOX_ADDRESS[MB]);
const PDF = 'application/pdf';

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------- GP form, fillable, signed by the Lead GP
  {
    const d: OeData = {
      gp: true, orgName: 'Parkside Surgery', orgCode: 'C88047', orgAddress: '5 Park Road, Rotherham S60 2AF', orgPhone: '01709 555 118', title: 'Mrs', forename: 'Roksana', surname: 'Akter',
      jobTitle: 'Practice Manager', email: 'roksana.akter@nhs.net', phone: '01709 555 119', existingId: '', capacity: 'Lead GP', sigName: 'Dr Chinedu Okonkwo', sigPosition: 'Lead GP',
      sigEmail: 'chinedu.okonkwo@nhs.net', signed: true, date: '18/11/2026', seed: 1101,
    };
    const pdf = await acroPdf([oePage1(d), oePage2(d)], { title: 'Open Exeter Primary User Request - GP', creator: 'Adobe Acrobat Reader (64-bit) 24.4.20220', producer: 'Adobe Acrobat Reader (64-bit) 24.4.20220', date: '2026-11-18T10:00:00Z' }, { prefix: 'OE_' });
    const html = outlookHtml([
      p('Dear Open Exeter team,'),
      p(''),
      p('Please find attached the completed Primary User form for Parkside Surgery (C88047). I am the Lead GP (single-handed practice). Mrs Akter is our practice manager and will look after the cytology users.'),
      p(''),
      p('Regards,'),
      p('Dr C. Okonkwo'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '001-oe-primary-gp-acroform-lead-gp',
      env: { client: 'outlook', from: addr('OKONKWO, Chinedu (PARKSIDE SURGERY)', 'chinedu.okonkwo@nhs.net'), fromEmail: 'chinedu.okonkwo@nhs.net', to: TO, subject: 'Open Exeter Primary User form - Parkside Surgery C88047', date: '2026-11-18T10:22:31Z' },
      body: (b) => multi('mixed', b(4), [multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]), attachment(pdf, PDF, 'OE Primary User GP - Parkside.pdf', { sizeParam: true })]),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('C88047', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Roksana Akter', 'roksana.akter@nhs.net'), signatory: { ...person('Chinedu Okonkwo', 'chinedu.okonkwo@nhs.net'), role: 'lead_gp' } },
        mustRaise: [], traits: ['pdf_acroform', 'not_flattened', 'signature_ink', 'single_handed', 'nhsmail_display_name'],
      },
    }));
  }

  // 002 ---------------------------------------------------------------- GP form photographed by a phone, GP partner
  {
    const d: OeData = {
      gp: true, orgName: 'Elmwood Family Practice', orgCode: 'D82044', orgAddress: '14 Elmwood Road, Norwich NR3 2BT', orgPhone: '01603 555 210', title: 'Mrs', forename: 'Sunita', surname: 'Ramdass',
      jobTitle: 'Nurse Manager', email: 'sunita.ramdass@nhs.net', phone: '01603 555 214', existingId: '', capacity: 'GP Partner', sigName: 'Dr Nkechi Eze-Williams', sigPosition: 'GP Partner',
      sigEmail: 'nkechi.eze-williams@nhs.net', signed: true, date: '19/11/2026', seed: 1202,
    };
    const sheet = renderSheet(oePage1(d, { handCapacity: true, fields: { sigDate: { hand: true } } }), 200, 1202);
    const shot = phonePhoto(sheet, 1202, { tilt: 0.024, keystone: 0.075 });
    const pdf = await imagePdf([shot], { title: 'CamScanner 19-11-2026 08.41', creator: 'CamScanner', producer: 'intsig.com pdf producer', date: '2026-11-19T08:41:00Z' });
    out.push(make({
      mailbox: MB, slug: '002-oe-primary-gp-phone-photo',
      env: { client: 'android-outlook', from: addr('Nkechi Eze-Williams', 'nkechi.eze-williams@nhs.net'), fromEmail: 'nkechi.eze-williams@nhs.net', to: TO, subject: 'primary user form', date: '2026-11-19T08:44:12Z' },
      body: (b) => multi('mixed', b(1), [
        text(`Hi, form attached for our nurse manager to become primary user for Open Exeter. It is a photo sorry, the scanner at surgery is broken. I am one of the GP partners.

Thanks
Nkechi

Get Outlook for Android`),
        attachment(pdf, PDF, 'CamScanner 19-11-2026 08.41.pdf'),
      ]),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('D82044', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Sunita Ramdass', 'sunita.ramdass@nhs.net'), signatory: { ...person('Nkechi Eze-Williams', 'nkechi.eze-williams@nhs.net'), role: 'gp_partner' } },
        mustRaise: [], traits: ['pdf_scan', 'phone_photo', 'hand_tick', 'details_only_in_pdf', 'terse', 'hyphenated_surname'],
      },
    }));
  }

  // 003 ---------------------------------------------------------------- GP form typed in the wrong boxes, corrected by pen, scanned
  {
    const d: OeData = {
      gp: true, orgName: 'Brook Lane Medical Centre', orgCode: 'J81055', orgAddress: '60 Brook Lane, Southampton SO31 6EZ', orgPhone: '023 8055 5610', title: 'Dr', forename: 'Mohammed Ali', surname: 'Hassan',
      jobTitle: 'GP Principal', email: 'm.alihassan@nhs.net', phone: '023 8055 5611', existingId: '', capacity: 'Caldicott Guardian', sigName: 'Jincy Mathew', sigPosition: 'Practice Nurse',
      sigEmail: 'jincy.mathew@nhs.net', signed: true, date: '20/11/2026', seed: 1303,
    };
    const page = oePage1(d, {
      handCapacity: true,
      fields: {
        puTitle: { struck: true, correction: 'MRS' },
        puForename: { struck: true, correction: 'JINCY' },
        puSurname: { struck: true, correction: 'MATHEW' },
        puJobTitle: { struck: true, correction: 'PRACTICE NURSE' },
        puEmail: { struck: true, correction: 'jincy.mathew@nhs.net' },
        sigName: { struck: true, correction: 'DR MOHAMMED ALI HASSAN' },
        sigPosition: { struck: true, correction: 'GP / CALDICOTT GUARDIAN' },
        sigEmail: { struck: true, correction: 'm.alihassan@nhs.net' },
      },
    });
    page.els.push({ t: 'note', x: 330, y: 331, s: 'boxes corrected - MAH', size: 11, angle: -0.05 });
    const sheet = renderSheet(page, 150, 1303);
    const scan = flatbedScan(sheet, 1303, { skew: -0.012 });
    const pdf = await imagePdf([scan], { title: 'SCAN_20261120_101522', creator: 'RICOH IM C3000', producer: 'RICOH IM C3000', date: '2026-11-20T10:15:22Z' });
    const html = outlookHtml([
      p('Dear Sir/Madam,'),
      p(''),
      p('Attached the Open Exeter primary user form for Brook Lane Medical Centre J81055.'),
      p(''),
      p('Sorry, our receptionist typed some of the details in the wrong boxes (my details in the primary user section and the nurse details in the signatory section). I have corrected by pen and initialled it. The primary user should be our practice nurse Jincy Mathew, not me. I sign as the Caldicott Guardian of the practice.'),
      p(''),
      p('Regards'),
      p('Dr M A Hassan'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '003-oe-primary-gp-wrong-boxes-pen-corrected',
      env: { client: 'outlook', from: addr('HASSAN, Mohammed Ali (BROOK LANE MEDICAL CENTRE)', 'm.alihassan@nhs.net'), fromEmail: 'm.alihassan@nhs.net', to: TO, subject: 'Primary User form J81055 (corrected)', date: '2026-11-20T10:31:05Z' },
      body: (b) => multi('mixed', b(4), [multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]), attachment(pdf, PDF, 'SCAN_20261120_101522.pdf')]),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('J81055', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Jincy Mathew', 'jincy.mathew@nhs.net'), signatory: { ...person('Mohammed Ali Hassan', 'm.alihassan@nhs.net'), role: 'caldicott_guardian' } },
        mustRaise: [], traits: ['pdf_scan', 'flatbed_scan', 'wrong_boxes', 'pen_corrections', 'handwriting', 'given_name_as_surname', 'swapped_people'],
      },
    }));
  }

  // 004 ---------------------------------------------------------------- other-organisation form for a PCN hub, flat PDF, Caldicott Guardian
  {
    const d: OeData = {
      gp: false, orgName: 'Severn Vale Rural PCN - Enhanced Access Hub', orgCode: 'U58833', orgType: 'Primary Care Network', orgAddress: 'Riverside Health Centre, Quay Street, Tewkesbury GL20 5BH',
      orgPhone: '01684 555 902', title: 'Mrs', forename: 'Aisha', surname: 'Bello-Danjuma', jobTitle: 'Enhanced Access Lead Nurse', email: 'aisha.bello-danjuma@nhs.net', phone: '01684 555 907',
      existingId: '', capacity: 'Caldicott Guardian', sigName: 'Dr Kwabena Boateng', sigPosition: 'Caldicott Guardian, Severn Vale Rural PCN', sigEmail: 'kwabena.boateng@nhs.net', signed: true,
      date: '23/11/2026', seed: 1404,
    };
    const pdf = await flatPdf([oePage1(d), oePage2(d)], { title: 'OE Primary User - Other Organisations', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-23T15:00:00Z' });
    const html = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">Hello,<br><br>
Please find attached form for a primary user for our PCN hub. We do cervical screening in the enhanced access hub on evenings and Saturdays, so our lead nurse needs to manage the users for the hub. Form is signed by our Caldicott Guardian Dr Boateng.<br><br>
Kind regards<br>
Dorota Kamińska<br>
PCN Manager<br>
Severn Vale Rural PCN</div>
${NHSMAIL_FOOTER_HTML}</body>
</html>
`;
    out.push(make({
      mailbox: MB, slug: '004-oe-primary-other-pcn-flat-pdf',
      env: { client: 'owa', from: addr('Dorota Kamińska', 'dorota.kaminska@nhs.net'), fromEmail: 'dorota.kaminska@nhs.net', to: TO, subject: 'Open Exeter primary user - PCN hub', date: '2026-11-23T15:12:48Z' },
      body: (b) => multi('mixed', b(4), [text(html, { html: true }), attachment(pdf, PDF, 'OE PU form - Severn Vale PCN hub.pdf', { sizeParam: true })]),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('U58833', 'pcn'),
        fields: { organisationKind: 'other', nominee: person('Aisha Bello-Danjuma', 'aisha.bello-danjuma@nhs.net'), signatory: { ...person('Kwabena Boateng', 'kwabena.boateng@nhs.net'), role: 'caldicott_guardian' } },
        mustRaise: [], traits: ['pdf_text', 'html_only', 'other_organisation_form', 'pcn', 'diacritics', 'hyphenated_surname'],
      },
    }));
  }

  // 005 ---------------------------------------------------------------- GP form, fillable, signature box left empty
  {
    const d: OeData = {
      gp: true, orgName: 'Lakeside Surgery', orgCode: 'B82631', orgAddress: '2 Lakeside Walk, Harrogate HG1 4PQ', orgPhone: '01423 555 640', title: 'Mr', forename: 'Tendai', surname: 'Moyo',
      jobTitle: 'Practice Administrator', email: 'tendai.moyo@nhs.net', phone: '01423 555 641', existingId: '', capacity: 'Lead GP', sigName: 'Dr Ravi Shankar Subramanian', sigPosition: 'Lead GP',
      sigEmail: 'ravishankar.subramanian@nhs.net', signed: false, date: '24/11/2026', seed: 1505,
    };
    const pdf = await acroPdf([oePage1(d), oePage2(d)], { title: 'Open Exeter Primary User Request - GP', creator: 'Microsoft Edge', producer: 'Microsoft: Print To PDF', date: '2026-11-24T11:00:00Z' }, { prefix: 'frm1.' });
    out.push(make({
      mailbox: MB, slug: '005-oe-primary-gp-acroform-unsigned',
      env: { client: 'outlook', from: addr('Lakeside Surgery - B82631', 'lakeside.surgeryb82631@nhs.net'), fromEmail: 'lakeside.surgeryb82631@nhs.net', to: TO, subject: 'open exeter form', date: '2026-11-24T11:06:33Z' },
      body: (b) => multi('mixed', b(4), [text(`hi please find the open exeter form attached for our new primary user

thanks
ravi

${NHSMAIL_FOOTER_TEXT}`), attachment(pdf, PDF, 'open exeter form.pdf', { sizeParam: true })]),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82631', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Tendai Moyo', 'tendai.moyo@nhs.net'), signatory: { ...person('Ravi Shankar Subramanian', 'ravishankar.subramanian@nhs.net'), role: 'lead_gp' } },
        mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'not_flattened', 'unsigned', 'shared_mailbox_sender', 'all_lowercase', 'terse', 'multi_part_name'],
      },
    }));
  }

  // 006 ---------------------------------------------------------------- GP form signed by the practice manager, covering letter as an extra page
  {
    const d: OeData = {
      gp: true, orgName: 'Greenhill Surgery', orgCode: 'G83011', orgAddress: '33 Greenhill Road, Sevenoaks TN13 1JB', orgPhone: '01732 555 301', title: 'Ms', forename: 'Precious', surname: 'Dube',
      jobTitle: 'Senior Receptionist', email: 'precious.dube@nhs.net', phone: '01732 555 302', existingId: '', capacity: null, sigName: 'Xin Yi Lim', sigPosition: 'Practice Manager',
      sigEmail: 'xinyi.lim@nhs.net', signed: true, date: '25/11/2026', seed: 1606,
    };
    const cover = letter({
      head: ['Greenhill Surgery', '33 Greenhill Road, Sevenoaks TN13 1JB  |  Tel 01732 555 301  |  Practice code G83011'],
      to: ['PCSE Open Exeter team', 'pcse.openexeter@nhs.net'],
      dateLine: '25 November 2026',
      re: 'Re: Open Exeter Primary User - Greenhill Surgery (G83011)',
      paras: [
        'Dear Open Exeter team,',
        'Our practice is single-handed and our GP, Dr Kowalski, is on long-term sick leave. We have no partner, and our locum GPs do not want to sign. I have therefore signed the attached form myself as Practice Manager.',
        'Please set up our senior receptionist, Ms Precious Dube, as a Primary User so that she can manage our Open Exeter users while Dr Kowalski is away.',
        'Thank you for your help.',
      ],
      signOff: 'Yours sincerely,',
      sigName: 'Xin Yi Lim',
      sigLines: ['Practice Manager', 'Greenhill Surgery'],
      seed: 1607,
      serif: false,
    });
    const pdf = await flatPdf([cover, oePage1(d), oePage2(d)], { title: 'Greenhill OE primary user', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-25T09:30:00Z' });
    out.push(make({
      mailbox: MB, slug: '006-oe-primary-gp-practice-manager-cover-letter',
      env: { client: 'outlook', from: addr('LIM, Xin Yi (GREENHILL SURGERY)', 'xinyi.lim@nhs.net'), fromEmail: 'xinyi.lim@nhs.net', to: TO, subject: 'Open Exeter Primary User request - Greenhill Surgery', date: '2026-11-25T09:41:27Z' },
      body: (b) => multi('mixed', b(4), [text(`Dear team,

Please see attached the Primary User request for Greenhill Surgery (3 pages including our covering letter).

Thanks,
Xin Yi Lim
Practice Manager

${NHSMAIL_FOOTER_TEXT}`), attachment(pdf, PDF, 'Greenhill - OE Primary User.pdf', { sizeParam: true })]),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('G83011', 'gp_practice'),
        fields: { organisationKind: 'gp_practice', nominee: person('Precious Dube', 'precious.dube@nhs.net'), signatory: { ...person('Xin Yi Lim', 'xinyi.lim@nhs.net'), role: 'other' } },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_text', 'extra_pages', 'cover_letter', 'practice_manager_signatory', 'no_capacity_ticked', 'distractor_person'],
      },
    }));
  }

  // 007 ---------------------------------------------------------------- permissions, GP partner, HTML-only
  {
    const html = outlookHtml([
      p('Dear PCSE Open Exeter team,'),
      p(''),
      p('As GP Partner at Queensway Medical Practice (A83045) I would like to request additional Open Exeter permissions for one of our existing users:'),
      p(''),
      p('<b>Name:</b> Ngozi Okafor (Practice Nurse)<br><b>Email:</b> <a href="mailto:ngozi.okafor2@nhs.net">ngozi.okafor2@nhs.net</a><br><b>Open Exeter username:</b> NOKAFOR'),
      p(''),
      p('<b>Permissions to add:</b><br>1. Prior Notification List<br>2. Cytology Result Enquiry'),
      p(''),
      p('Thank you,'),
      p('Dr Ifeoma Nwankwo'),
      p('GP Partner, Queensway Medical Practice, 220 Queensway, Billingham TS23 2NA'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '007-oe-permissions-gp-partner-html-only',
      env: { client: 'outlook', from: addr('NWANKWO, Ifeoma (QUEENSWAY MEDICAL PRACTICE)', 'ifeoma.nwankwo@nhs.net'), fromEmail: 'ifeoma.nwankwo@nhs.net', to: TO, subject: 'Additional permissions - Open Exeter - A83045', date: '2026-11-16T11:18:54Z' },
      body: () => text(html, { html: true }),
      expected: {
        kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('A83045', 'gp_practice'),
        fields: {
          user: { ...person('Ngozi Okafor', 'ngozi.okafor2@nhs.net'), username: 'NOKAFOR' },
          permissions: ['Prior Notification List', 'Cytology Result Enquiry'],
          signatory: { ...person('Ifeoma Nwankwo', 'ifeoma.nwankwo@nhs.net'), role: 'gp_partner' },
        },
        mustRaise: [], traits: ['html_only', 'outlook_html', 'bold_labels_br', 'numbered_list'],
      },
    }));
  }

  // 008 ---------------------------------------------------------------- permissions, Lead GP from a personal Gmail
  out.push(make({
    mailbox: MB, slug: '008-oe-permissions-lead-gp-gmail',
    env: { client: 'gmail', from: addr('Abimbola Fashola', 'abimbola.fashola@gmail.com'), fromEmail: 'abimbola.fashola@gmail.com', to: TO, subject: 'open exeter permissions for nurse', date: '2026-11-22T20:35:16Z' },
    body: (b) => {
      const plain = `hi this is dr fashola lead gp at meadowbank surgery n81094, i am writing from my personal email as my nhsmail is not working on my laptop at home, please could you add permissions for our practice nurse grace adjei-mensah on open exeter her user id is GADJEIM and email grace.adjei-mensah@nhs.net, permissions needed: prior notification list, patient enquiry. many thanks abimbola`;
      return multi('alternative', b(0), [text(plain, { quoteCharset: false }), text(`<div dir="ltr">${escHtml(plain)}</div>\n`, { html: true, quoteCharset: false })]);
    },
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('N81094', 'gp_practice'),
      fields: {
        user: { ...person('Grace Adjei-Mensah', 'grace.adjei-mensah@nhs.net'), username: 'GADJEIM' },
        permissions: ['prior notification list', 'patient enquiry'],
        signatory: { ...person('Abimbola Fashola', 'abimbola.fashola@gmail.com'), role: 'lead_gp' },
      },
      mustRaise: ['sender_not_nhs'], traits: ['all_lowercase', 'run_on', 'one_paragraph', 'non_nhs_sender', 'gmail', 'lower_case_ods'],
    },
  }));

  // 009 ---------------------------------------------------------------- permissions asked by a practice manager
  out.push(make({
    mailbox: MB, slug: '009-oe-permissions-practice-manager',
    env: { client: 'outlook', from: addr('PETRENKO, Olga (CASTLE HILL SURGERY)', 'olga.petrenko@nhs.net'), fromEmail: 'olga.petrenko@nhs.net', to: TO, subject: 'open exeter - extra permission', date: '2026-11-24T14:27:39Z' },
    body: () => text(`hello,

i am practice manager at castle hill surgery P82077. please add the non-responder list permission to our receptionist tanvir ahmed on open exeter, his username TAHMED5, email tanvir.ahmed@nhs.net. he is doing the recalls now.

kind regards
olga petrenko
practice manager

${NHSMAIL_FOOTER_TEXT}`),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('P82077', 'gp_practice'),
      fields: {
        user: { ...person('Tanvir Ahmed', 'tanvir.ahmed@nhs.net'), username: 'TAHMED5' },
        permissions: ['non-responder list'],
        signatory: { ...person('Olga Petrenko', 'olga.petrenko@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'], traits: ['all_lowercase', 'practice_manager_signatory', 'plain_text_only'],
    },
  }));

  // 010 ---------------------------------------------------------------- Open Exeter's own new-user notification
  out.push(make({
    mailbox: MB, slug: '010-oe-new-user-notification',
    env: { client: 'system', from: addr('Open Exeter', 'noreply.openexeter@nhs.net'), fromEmail: 'noreply.openexeter@nhs.net', to: addr(null, MAILBOX_ADDRESS[MB]), subject: 'OPEN EXETER - NEW USER AUTHORISATION REQUIRED - K81633', date: '2026-11-23T14:02:41Z' },
    body: () => text(`OPEN EXETER - ORGANISATION MAINTENANCE
NEW USER CREATED - AUTHORISATION REQUIRED

Organisation code : K81633
Organisation name : BROOKFIELD SURGERY
New user name     : OKONJO, CHIAMAKA
User ID           : COKONJO1
Email address     : chiamaka.okonjo@nhs.net
Job role          : HEALTH CARE ASSISTANT
Created by        : ADEBAYO, TITILAYO (PRIMARY USER)
Date created      : 23/11/2026 14:02

Please authorise this user and issue a temporary password.

This is an automated message. Please do not reply.`, { charset: 'us-ascii', cte: '7bit' }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('K81633', 'gp_practice'),
      fields: { user: { ...person('Chiamaka Okonjo', 'chiamaka.okonjo@nhs.net'), username: 'COKONJO1' }, createdBy: person('Titilayo Adebayo', null) },
      mustRaise: [], traits: ['system_notification', 'surname_comma_forename', 'all_caps', 'fixed_width_labels'],
    },
  }));

  // 011 ---------------------------------------------------------------- the notification forwarded by the primary user who created the user
  {
    const html = outlookHtml([
      p('Hello PCSE,'),
      p(''),
      p('I create new user today in Open Exeter for our new nurse, please to authorise her and send the password. Notification is below.'),
      p(''),
      p('Thank you,'),
      p('Bozena'),
      p('(Primary User, Willow Bank Surgery)'),
      p(''),
      outlookQuoteHead({ from: 'Open Exeter <noreply.openexeter@nhs.net>', sent: longDate('2026-11-25T13:15:00Z'), to: 'KOWALSKA-LIS, Bozena (WILLOW BANK SURGERY) <bozena.kowalska-lis@nhs.net>', subject: 'OPEN EXETER - NEW USER CREATED - L81019' }),
      p(''),
      `<p class="MsoNormal" style="font-family:'Courier New'">OPEN EXETER - ORGANISATION MAINTENANCE<br>NEW USER CREATED<br><br>Organisation code : L81019<br>Organisation name : WILLOW BANK SURGERY<br>New user name&nbsp;&nbsp;&nbsp;&nbsp; : NOWAK-SZYMANSKA, KATARZYNA<br>User ID&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; : KNOWAKSZ<br>Email address&nbsp;&nbsp;&nbsp;&nbsp; : katarzyna.nowak-szymanska@nhs.net<br>Created by&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; : KOWALSKA-LIS, BOZENA (PRIMARY USER)<br>Date created&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; : 25/11/2026 13:14<o:p></o:p></p>`,
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '011-oe-new-user-forwarded-by-creator',
      env: { client: 'outlook', from: addr('KOWALSKA-LIS, Bozena (WILLOW BANK SURGERY)', 'bozena.kowalska-lis@nhs.net'), fromEmail: 'bozena.kowalska-lis@nhs.net', to: TO, subject: 'FW: OPEN EXETER - NEW USER CREATED - L81019', date: '2026-11-25T13:29:08Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('L81019', 'gp_practice'),
        fields: { user: { ...person('Katarzyna Nowak-Szymanska', 'katarzyna.nowak-szymanska@nhs.net'), username: 'KNOWAKSZ' }, createdBy: person('Bozena Kowalska-Lis', 'bozena.kowalska-lis@nhs.net') },
        mustRaise: [], traits: ['forwarded_notification', 'non_native_english', 'hyphenated_surname', 'surname_comma_forename', 'creator_is_sender'],
      },
    }));
  }

  // 012 ---------------------------------------------------------------- PCSE Online reactivation sent to the Open Exeter mailbox
  out.push(make({
    mailbox: MB, slug: '012-account-reactivation-misdirected-dentist',
    env: { client: 'outlook', from: addr('Kateryna Bondarenko', 'kateryna.bondarenko@nhs.net'), fromEmail: 'kateryna.bondarenko@nhs.net', to: TO, subject: 'PCSE Online account deactivated', date: '2026-11-26T09:09:09Z' },
    body: (b) => {
      const html = outlookHtml([
        p('Good day,'),
        p(''),
        p('My PCSE Online account say it is deactivated when I log in. I am user administrator and main contact for our dental practice Bondarenko Dental Surgery, V036614, so I cannot ask anybody else in practice to do it.'),
        p(''),
        p('Username: kateryna.bondarenko@nhs.net'),
        p(''),
        p('Please reactivate. Sorry if this is wrong email address, I did not find other.'),
        p(''),
        p('Kind regards,'),
        p('Kateryna Bondarenko'),
        p('Dentist, Bondarenko Dental Surgery, 19 Albert Road, Southsea PO5 2SE'),
        NHSMAIL_FOOTER_HTML,
      ].join('\n'));
      return multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]);
    },
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('V036614', 'dental_practice'),
      fields: { username: 'kateryna.bondarenko@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'non_native_english', 'outlook_html'],
    },
  }));

  // 013 ---------------------------------------------------------------- a question in capitals
  out.push(make({
    mailbox: MB, slug: '013-question-password-caps',
    env: { client: 'outlook', from: addr('OYELARAN, Adewale (MEADOWBANK SURGERY)', 'adewale.oyelaran@nhs.net'), fromEmail: 'adewale.oyelaran@nhs.net', to: TO, subject: 'OPEN EXETER PASSWORD', date: '2026-11-26T16:50:12Z' },
    body: () => text(`HELLO

HOW I CAN RESET MY OPEN EXETER PASSWORD MYSELF? I FORGOT IT AND OUR PRIMARY USER IS ON HOLIDAY TILL NEXT WEEK. IS THERE A LINK SOMEWHERE?

THANKS
ADE

${NHSMAIL_FOOTER_TEXT}`, { charset: 'us-ascii', cte: '7bit' }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'all_caps'] },
  }));

  // 014 ---------------------------------------------------------------- chaser above PCSE's acknowledgement
  {
    const html = outlookHtml([
      p('Hi, any news on this please? Our nurse still cannot see the PNL. Thanks, Rukhsana'),
      p(''),
      outlookQuoteHead({ from: 'PCSE Open Exeter <pcse.openexeter@nhs.net>', sent: longDate('2026-11-16T10:00:00Z'), to: 'IQBAL, Rukhsana (PRIORY MEDICAL GROUP) <rukhsana.iqbal@nhs.net>', subject: 'Acknowledgement: Open Exeter permissions [PCSE-2026-119377]' }),
      p(''),
      p('Thank you for your email, which has been logged with the reference PCSE-2026-119377. Please quote this reference in any correspondence.'),
      p(''),
      p('PCSE Open Exeter team'),
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '014-chaser-above-acknowledgement',
      env: { client: 'outlook', from: addr('IQBAL, Rukhsana (PRIORY MEDICAL GROUP)', 'rukhsana.iqbal@nhs.net'), fromEmail: 'rukhsana.iqbal@nhs.net', to: TO, subject: 'RE: Acknowledgement: Open Exeter permissions [PCSE-2026-119377]', date: '2026-11-27T08:15:45Z', inReplyTo: '<PCSE-2026-119377.ack@pcse.england.nhs.uk>' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'pcse_ref_in_subject', 'quoted_acknowledgement'] },
    }));
  }

  // 015 ---------------------------------------------------------------- automatic reply
  out.push(make({
    mailbox: MB, slug: '015-auto-reply-pcn-manager',
    env: {
      client: 'outlook', from: addr('WOJCIK-EVANS, Joanna (THREE RIVERS RURAL PCN)', 'joanna.wojcik-evans@nhs.net'), fromEmail: 'joanna.wojcik-evans@nhs.net', to: TO, subject: 'Automatic reply: Open Exeter primary user', date: '2026-11-27T12:00:03Z',
      extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All']],
    },
    body: (b) => {
      const html = outlookHtml([
        p('Dzień dobry, thank you for your email. I am out of the office until 2nd December. For anything urgent please contact Chidi Eze on 01588 555 730.'),
        p(''),
        p('Joanna Wójcik-Evans, PCN Manager, Three Rivers Rural PCN'),
      ].join('\n'));
      return multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]);
    },
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'auto_submitted_header'] },
  }));

  return out;
}
