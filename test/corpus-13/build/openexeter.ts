// openexeter: the emails and the cases a careful PCSE staff member would enter from them.
import { exp, html, message, multipart, NHSMAIL_FOOTER, org, pdf, person, plain, rfc822, text, TO, unclassified, withRole, type Email } from './lib.js';
import { letterPdf, oeGpAcroform, oeGpFlat, oeGpPhoto, oeOtherScan } from './pdfs.js';

const M = 'openexeter' as const;
const to = TO[M];

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];
  const add = (slug: string, eml: string, expected: Email['expected']) => out.push({ slug, eml, expected });

  // 001 ---------------------------------------------------------------------------------------------------------
  {
    const form = await oeGpAcroform({
      orgName: 'Dunmore Road Surgery', orgCode: 'D82044', orgAddress: '58 Dunmore Road, King\'s Lynn PE30 2QN',
      nomineeName: 'Lorraine Eccleston', nomineeEmail: 'lorraine.eccleston@nhs.net', nomineePhone: '01553 77 21 40',
      nomineeJob: 'Deputy Practice Manager', sigName: 'Dr Hamish Galbraith', sigEmail: 'hamish.galbraith@nhs.net',
      sigRole: 'Lead GP', signed: 'H Galbraith', date: '03.12.2026',
    });
    const body = `Dunmore Road Surgery
58 Dunmore Road
King's Lynn
Norfolk PE30 2QN
Tel: 01553 772140

Our ref: DRS/OE/01

3 December 2026

Dear Sir/Madam

Re: Open Exeter - request for a Primary User

Sister Maureen Hale, practice nurse, has been the surgery's only Primary User on Open Exeter for many years. She retires at Christmas, and we have been advised that each organisation should have two Primary Users so that password resets and new starters can always be dealt with.

Our cervical screening administration is now carried out by the office team rather than the nursing team, and it makes sense for the Primary User role to sit there.

I should therefore be grateful if you would set me up as a Primary User for the practice. The request form, completed and signed by Dr Hamish Galbraith, our Lead GP, is attached.

Yours faithfully

Lorraine Eccleston
Deputy Practice Manager
${NHSMAIL_FOOTER}`;
    add('001-oe-primary-user-gp-letter-acroform', message(
      { from: 'Lorraine Eccleston <lorraine.eccleston@nhs.net>', to, subject: 'Open Exeter Primary User request - Dunmore Road Surgery D82044', date: 'Thu, 03 Dec 2026 11:05:55 +0000', id: 'i-o001@LO4P265MB2044.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(body), pdf('OE Primary User form - GP - signed.pdf', form)], 'o001'),
    ), exp(M, 'open_exeter_primary_user_request', org('D82044', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Lorraine Eccleston', 'lorraine.eccleston@nhs.net'),
      signatory: withRole('Hamish Galbraith', 'hamish.galbraith@nhs.net', 'lead_gp'),
    }, ['formal_letter', 'letterhead', 'reference_line', 'request_third_paragraph', 'acroform_checkbox_role', 'former_user_named']));
  }

  // 002 ---------------------------------------------------------------------------------------------------------
  {
    const form = await oeGpPhoto({
      orgName: 'Millbrook Health Centre', orgCode: 'N82071', orgAddress: '',
      nomineeName: 'Precious Mutasa', nomineeEmail: 'precious.mutasa@nhs.net', nomineePhone: '0151 426 3311',
      nomineeJob: 'Screening Administrator', sigName: 'Dr Eleanor Whitfield', sigEmail: 'eleanor.whitfield@nhs.net',
      sigRole: 'Caldicott Guardian', signed: 'E Whitfield', date: '30/11/26',
    }, 1302);
    add('002-oe-primary-user-gp-phone-photo-new-staff', message(
      { from: 'Precious Mutasa <precious.mutasa@nhs.net>', to, subject: 'OE signatory form', date: 'Mon, 30 Nov 2026 16:44:10 +0000', id: 'i-o002@DB9P265MB2071.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(`Hi,

I hope this is the right place to send this. I joined Millbrook Health Centre last month as the screening administrator and I've been asked to get myself set up on Open Exeter so I can look after the cervical screening lists and add the other staff.

My manager called it "the OE signatory form" - it's the primary user one for GP practices I think. Dr Whitfield has filled in her part and signed it. Our scanner is broken at the moment so I've taken a photo of it on my phone and saved it as a PDF, I hope it's clear enough to read. If you need the original posting to you please let me know the address.

The primary user is me. Our practice code is N82071.

Thank you so much,
Precious

Precious Mutasa
Screening Administrator
Millbrook Health Centre
0151 426 3311
`), pdf('IMG_20261130_163902.pdf', form)], 'o002'),
    ), exp(M, 'open_exeter_primary_user_request', org('N82071', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Precious Mutasa', 'precious.mutasa@nhs.net'),
      signatory: withRole('Eleanor Whitfield', 'eleanor.whitfield@nhs.net', 'caldicott_guardian'),
    }, ['new_staff', 'form_nickname', 'phone_photo_scan', 'image_only_pdf', 'signatory_only_in_scan']));
  }

  // 003 ---------------------------------------------------------------------------------------------------------
  {
    const letter = await letterPdf({
      letterhead: ['Westcliffe Community Health CIC', 'Harbourside Sexual Health Service', 'The Quay Clinic, 2 Marine Road', 'Southend-on-Sea SS1 2EH', 'Telephone 01702 214 590'],
      ref: 'WCH/BQ/OE-26', date: '27 November 2026',
      body: `Dear Sir/Madam

Open Exeter - Primary User for Harbourside Sexual Health Service

Harbourside Sexual Health Service is run by Westcliffe Community Health CIC and provides cervical screening to women who are not registered with a GP practice or who prefer to attend a specialist service. We are not a GP practice.

Our previous Primary User left the organisation in October, and we currently have no-one able to add or remove users or reset passwords on Open Exeter.

I write as a member of the Board of Directors of Westcliffe Community Health CIC to request that Ms Natalie Brennan, Clinical Services Administrator (natalie.brennan@nhs.net, 01702 214 591), be set up as the Open Exeter Primary User for the service. I confirm that I am authorised to sign this request on the organisation's behalf.

Yours faithfully`,
      signedScript: 'B. Quayle',
      signOff: ['Dr Bernadette Quayle', 'Director of Clinical Services and Board member', 'bernadette.quayle@nhs.net'],
    });
    add('003-oe-primary-user-other-letter-pdf', message(
      { from: 'Natalie Brennan <natalie.brennan@nhs.net>', to, subject: 'Primary User request - Harbourside Sexual Health Service', date: 'Fri, 27 Nov 2026 15:15:15 +0000', id: 'i-o003@LO0P265MB0590.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(`Dear Sir/Madam,

Please find attached a letter from our Director of Clinical Services, Dr Quayle, requesting a new Open Exeter Primary User for our service. We could not find a version of the form that fitted a non-GP service, so Dr Quayle has set the request out in a letter instead. I hope that is acceptable.

Yours faithfully,

Natalie Brennan
Clinical Services Administrator
Harbourside Sexual Health Service
`), pdf('Letter to PCSE - Open Exeter Primary User.pdf', letter)], 'o003'),
    ), exp(M, 'open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other',
      nominee: person('Natalie Brennan', 'natalie.brennan@nhs.net'),
      signatory: withRole('Bernadette Quayle', 'bernadette.quayle@nhs.net', 'board_member'),
    }, ['letter_pdf_instead_of_form', 'non_gp_organisation', 'no_ods_code', 'letterhead', 'request_third_paragraph']));
  }

  // 004 ---------------------------------------------------------------------------------------------------------
  {
    const scan = await oeOtherScan({
      orgName: 'Wyre Forest PCN - Enhanced Access Hub', orgCode: 'U66218', orgAddress: '',
      nomineeName: 'Gareth Pennington', nomineeEmail: 'gareth.pennington@nhs.net', nomineePhone: '',
      nomineeJob: 'Hub Operations Manager', sigName: 'Joanna Kowalczyk', sigEmail: 'joanna.kowalczyk@nhs.net',
      sigRole: 'Existing Primary User', signed: 'J Kowalczyk', date: '01-12-2026',
    }, 4218);
    add('004-oe-primary-user-other-two-page-scan', message(
      { from: 'Wyre Forest PCN <wyreforest.pcn@nhs.net>', to, subject: 'Open Exeter form - Wyre Forest PCN hub', date: 'Tue, 01 Dec 2026 14:02:20 +0000', id: 'i-o004@CWXP265MB6218.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(`Good afternoon,

Please find attached our signed Primary User form (other organisations) for the Wyre Forest PCN enhanced access hub, PCN code U66218. We have scanned page 2 of the form as well in case you need it. The form was signed by our existing Primary User.

Many thanks
Wyre Forest PCN admin team
`), pdf('scan0041.pdf', scan)], 'o004'),
    ), exp(M, 'open_exeter_primary_user_request', org('U66218', 'pcn'), {
      organisationKind: 'other',
      nominee: person('Gareth Pennington', 'gareth.pennington@nhs.net'),
      signatory: withRole('Joanna Kowalczyk', 'joanna.kowalczyk@nhs.net', 'existing_primary_user'),
    }, ['two_page_scan', 'image_only_pdf', 'signatory_list_page', 'shared_mailbox_sender', 'people_only_in_scan']));
  }

  // 005 ---------------------------------------------------------------------------------------------------------
  {
    const form = await oeGpFlat({
      orgName: 'Castlegate Surgery', orgCode: 'E84023', orgAddress: '9 Castlegate, Harrow HA1 3LT',
      nomineeName: 'Kelechi Nwosu', nomineeEmail: 'kelechi.nwosu@nhs.net', nomineePhone: '020 8427 5566',
      nomineeJob: 'Reception Team Leader', sigName: 'Deborah Hanley', sigEmail: 'deborah.hanley@nhs.net',
      sigRole: 'Practice Manager', signed: 'D. Hanley', date: '2 Dec 2026',
    });
    add('005-oe-primary-user-gp-flat-practice-manager-signs', message(
      { from: 'Deborah Hanley <deborah.hanley@nhs.net>', to, subject: 'OE form - Castlegate Surgery E84 023 - Primary User', date: 'Wed, 02 Dec 2026 17:47:01 +0000', id: 'i-o005@LO2P265MB4023.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(`OE signatory form attached for our reception team leader to be a second Primary User. I've signed it myself as practice manager as both partners are away until the new year.

Deborah Hanley
Practice Manager, Castlegate Surgery
`), pdf('OE PU form Castlegate.pdf', form)], 'o005'),
    ), exp(M, 'open_exeter_primary_user_request', org('E84023', 'gp_practice'), {
      organisationKind: 'gp_practice',
      nominee: person('Kelechi Nwosu', 'kelechi.nwosu@nhs.net'),
      signatory: withRole('Deborah Hanley', 'deborah.hanley@nhs.net', 'other'),
    }, ['no_greeting', 'form_nickname', 'flat_pdf', 'practice_manager_signs', 'nominee_only_in_form'], ['signatory_role_not_allowed']));
  }

  // 006 ---------------------------------------------------------------------------------------------------------
  add('006-oe-primary-user-reply-confirms-signatory-role', plain(
    { from: 'Dr Rachel Oyelaran <rachel.oyelaran@nhs.net>', to, subject: 'RE: [PCSE-2026-007734] Open Exeter Primary User request - further information required', date: 'Fri, 04 Dec 2026 08:05:30 +0000', id: 'i-o006@AM9P265MB7734.GBRP265.PROD.OUTLOOK.COM',
      extra: [['In-Reply-To', '<pcse-2026-007734-2@pcse.england.nhs.uk>']] },
    `Dear PCSE,

To answer your question: yes, I signed the form, and I signed as a GP Partner at Greenhill Surgery (not as Caldicott Guardian - that is Dr Foster).

Regards,
Dr R Oyelaran

> From: PCSE Open Exeter <pcse.openexeter@nhs.net>
> Sent: 03 December 2026 16:30
> To: Tariq Hussain <tariq.hussain3@nhs.net>; Rachel Oyelaran <rachel.oyelaran@nhs.net>
> Subject: [PCSE-2026-007734] Open Exeter Primary User request - further information required
>
> Dear Tariq and Dr Oyelaran,
>
> Thank you for the Primary User form. The form does not show the capacity in which it was signed. Please could the signatory confirm by reply, from their own NHS email address, that they signed it and in which capacity (Lead GP, GP Partner, Caldicott Guardian, existing Primary Contact or member of the Board of Directors).
>
> Kind regards,
> PCSE Open Exeter team
>
>> From: Tariq Hussain <tariq.hussain3@nhs.net>
>> Sent: 02 December 2026 12:12
>> To: PCSE Open Exeter <pcse.openexeter@nhs.net>
>> Subject: Open Exeter Primary User request
>>
>> Hello,
>>
>> Please set up Tariq Hussain (tariq.hussain3@nhs.net) as a Primary User for Greenhill Surgery, P82 011. The form signed by Dr Rachel Oyelaran is attached.
>>
>> Thanks, Tariq
`,
  ), exp(M, 'open_exeter_primary_user_request', org('P82011', 'gp_practice'), {
    organisationKind: 'gp_practice',
    nominee: person('Tariq Hussain', 'tariq.hussain3@nhs.net'),
    signatory: withRole('Rachel Oyelaran', 'rachel.oyelaran@nhs.net', 'gp_partner'),
  }, ['ticket_reply', 'answer_above_quote', 'nested_quotes', 'request_only_in_quote', 'other_gp_named', 'spaced_ods']));

  // 007 ---------------------------------------------------------------------------------------------------------
  add('007-oe-additional-permissions-partner-initials', plain(
    { from: 'Dr Jonathan Baptiste <jonathan.baptiste@nhs.net>', to, subject: 'OE access for Tessa', date: 'Tue, 01 Dec 2026 12:59:59 +0000', id: 'i-o007@DU0P265MB1022.GBRP265.PROD.OUTLOOK.COM' },
    `Please can Tessa Odukoya (OE user ID TODUK001, tessa.odukoya@nhs.net) also have access to the Prior Notification List. Thanks
JB

Dr Jonathan Baptiste
GP Partner
The Old Forge Surgery | H81022 | 01483 27 27 27
${NHSMAIL_FOOTER}`,
  ), exp(M, 'open_exeter_additional_permissions', org('H81022', 'gp_practice'), {
    user: { name: 'Tessa Odukoya', email: 'tessa.odukoya@nhs.net', username: 'TODUK001' },
    permissions: ['Prior Notification List'],
    signatory: withRole('Jonathan Baptiste', 'jonathan.baptiste@nhs.net', 'gp_partner'),
  }, ['two_lines', 'initials_only', 'code_in_auto_signature', 'role_in_signature']));

  // 008 ---------------------------------------------------------------------------------------------------------
  add('008-oe-additional-permissions-caldicott-one-of-three-qp', message(
    { from: 'Dr Farida Begum <farida.begum@nhs.net>', to, subject: 'Open Exeter – additional permissions – Lowfield Practice (G85 092)', date: 'Wed, 02 Dec 2026 09:09:09 +0000', id: 'i-o008@LO6P265MB5092.GBRP265.PROD.OUTLOOK.COM' },
    text(`Dear Sir/Madam,

I am the Caldicott Guardian for the Lowfield Practice (practice code G85092).

Three of our administrators use Open Exeter for cervical screening work. Two of them, Sharon Pike and Daniel Ebo, already have all the access they need and no change is required for them.

Please would you grant the third, Kerry Blundell (user name KBLUNDELL1, e-mail kerry.blundell@nhs.net), the following additional permissions:

  • Call and Recall enquiries
  • Prior Notification List

I confirm I am writing from my own NHS mail account.

Yours faithfully,

Dr Farida Begum
Caldicott Guardian & Salaried GP
Lowfield Practice · 020 7703 6620 (ext. 118)
`, { cte: 'quoted-printable' }),
  ), exp(M, 'open_exeter_additional_permissions', org('G85092', 'gp_practice'), {
    user: { name: 'Kerry Blundell', email: 'kerry.blundell@nhs.net', username: 'KBLUNDELL1' },
    permissions: ['Call and Recall enquiries', 'Prior Notification List'],
    signatory: withRole('Farida Begum', 'farida.begum@nhs.net', 'caldicott_guardian'),
  }, ['formal_letter', 'several_people_one_changed', 'bullet_list', 'quoted_printable', 'rfc2047_subject', 'spaced_ods']));

  // 009 ---------------------------------------------------------------------------------------------------------
  add('009-oe-additional-permissions-practice-manager', plain(
    { from: 'Stuart Kenyon <stuart.kenyon@nhs.net>', to, subject: 'Open Exeter permission for Amy Roscoe', date: 'Thu, 03 Dec 2026 08:20:14 +0000', id: 'i-o009@CWLP265MB1077.GBRP265.PROD.OUTLOOK.COM' },
    `Good morning,

Could you please add the Prior Notification List permission to Amy Roscoe's Open Exeter account? Her user ID is AROSC003 and her email is amy.roscoe@nhs.net. She has taken over the screening lists from our nurse manager.

Thanks,

Stuart Kenyon
Practice Manager
Fernhill Surgery (L81077)
Tel: 0117 950 2211 / ext 205
`,
  ), exp(M, 'open_exeter_additional_permissions', org('L81077', 'gp_practice'), {
    user: { name: 'Amy Roscoe', email: 'amy.roscoe@nhs.net', username: 'AROSC003' },
    permissions: ['Prior Notification List'],
    signatory: withRole('Stuart Kenyon', 'stuart.kenyon@nhs.net', 'other'),
  }, ['practice_manager_requests', 'role_in_signature'], ['signatory_role_not_allowed']));

  // 010 ---------------------------------------------------------------------------------------------------------
  add('010-oe-new-user-notification-html', message(
    { from: 'Open Exeter <openexeter.noreply@nhs.net>', to, subject: 'Open Exeter: new user created - authorisation required', date: 'Thu, 03 Dec 2026 14:22:37 +0000', id: 'i-o010@oe-notify-03.exeter.nhs.uk' },
    html(`<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>A new user has been created through Organisation Maintenance and requires authorisation by PCSE.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td>Organisation code</td><td>J83 025</td></tr>
<tr><td>Organisation name</td><td>WELLSPRING MEDICAL CENTRE</td></tr>
<tr><td>New user name</td><td>Oliver Sandhu</td></tr>
<tr><td>New user ID</td><td>OSAND001</td></tr>
<tr><td>New user email</td><td>oliver.sandhu@nhs.net</td></tr>
<tr><td>Created by</td><td>Marianne Colley (MCOLL002) &lt;marianne.colley@nhs.net&gt;</td></tr>
<tr><td>Created on</td><td>03-DEC-2026 14:22</td></tr>
</table>
<p>This is an automated message. Please do not reply.</p>
</body></html>`),
  ), exp(M, 'open_exeter_new_user_authorisation', org('J83025', 'gp_practice'), {
    user: { name: 'Oliver Sandhu', email: 'oliver.sandhu@nhs.net', username: 'OSAND001' },
    createdBy: person('Marianne Colley', 'marianne.colley@nhs.net'),
  }, ['system_notification', 'html_only', 'html_table', 'spaced_ods']));

  // 011 ---------------------------------------------------------------------------------------------------------
  {
    const inner = message(
      { from: 'Dr Imtiaz Chaudhry <imtiaz.chaudhry@nhs.net>', to: 'Hannah Greatorex <hannah.greatorex@nhs.net>', subject: 'Open Exeter - Chloe', date: 'Tue, 01 Dec 2026 13:41:00 +0000', id: 'i-o011-inner@LO4P265MB1036.GBRP265.PROD.OUTLOOK.COM' },
      text(`Hannah,

I'm happy for Chloe Marsh to have the Call and Recall enquiries permission on Open Exeter - her user ID is CMARS004 (chloe.marsh2@nhs.net). Please send this on to PCSE.

Imtiaz

Dr Imtiaz Chaudhry
GP Partner
Beacon Hill Surgery, K81 036
`),
    );
    add('011-oe-additional-permissions-attached-eml', message(
      { from: 'Hannah Greatorex <hannah.greatorex@nhs.net>', to, subject: 'FW: Open Exeter - Chloe', date: 'Tue, 01 Dec 2026 15:03:22 +0000', id: 'i-o011@LO4P265MB1037.GBRP265.PROD.OUTLOOK.COM' },
      multipart('mixed', [text(`Dear Sir/Madam,

Please see the attached email from Dr Chaudhry, one of our GP Partners, authorising an extra Open Exeter permission for our new health care assistant. I understand the request has to come from a partner rather than from me, so I have attached his email as it was sent rather than copying it out.

Kind regards,

Hannah Greatorex
Practice Manager
Beacon Hill Surgery
`), rfc822('Open Exeter - Chloe.eml', inner)], 'o011'),
    ), exp(M, 'open_exeter_additional_permissions', org('K81036', 'gp_practice'), {
      user: { name: 'Chloe Marsh', email: 'chloe.marsh2@nhs.net', username: 'CMARS004' },
      permissions: ['Call and Recall enquiries'],
      signatory: withRole('Imtiaz Chaudhry', 'imtiaz.chaudhry@nhs.net', 'gp_partner'),
    }, ['attached_eml', 'message_rfc822', 'forwarder_not_signatory', 'request_only_in_attachment', 'spaced_ods']));
  }

  // 012 ---------------------------------------------------------------------------------------------------------
  add('012-oe-new-user-notification-plain-caps', plain(
    { from: 'Open Exeter Notifications <openexeter.noreply@nhs.net>', to, subject: 'OE ORGANISATION MAINTENANCE - NEW USER C82010', date: 'Fri, 04 Dec 2026 09:41:05 +0000', id: 'i-o012@oe-notify-01.exeter.nhs.uk' },
    `OPEN EXETER - ORGANISATION MAINTENANCE NOTIFICATION

Date/time    : 04/12/2026 09:41
Organisation : C82010  TRINITY MEDICAL CENTRE
Action       : NEW USER CREATED
User ID      : PLAMB007
User name    : PETRA LAMBERT
User email   : petra.lambert@nhs.net
Created by   : DHAWK001  DOMINIC HAWKSWORTH  dominic.hawksworth@nhs.net

Please authorise this user and issue a temporary password.
`,
  ), exp(M, 'open_exeter_new_user_authorisation', org('C82010', 'gp_practice'), {
    user: { name: 'Petra Lambert', email: 'petra.lambert@nhs.net', username: 'PLAMB007' },
    createdBy: person('Dominic Hawksworth', 'dominic.hawksworth@nhs.net'),
  }, ['system_notification', 'colon_aligned', 'capitals']));

  // 013 ---------------------------------------------------------------------------------------------------------
  add('013-opto-admin-misdirected-to-openexeter', plain(
    { from: 'Gillian Mortimer <gillian.mortimer@nhs.net>', to, subject: 'New user admin', date: 'Mon, 30 Nov 2026 11:36:48 +0000', id: 'i-o013@AM7P265MB0033.GBRP265.PROD.OUTLOOK.COM' },
    `Mortimer Eyecare
7 Sheep Street, Stratford-upon-Avon CV37 6EF
Tel. 01789-29-30-31

Dear Sir/Madam,

I am not certain whether this should come to you or to another PCSE address; please forward it if necessary.

Our practice (TPD33) has had no Ophthalmic Payments user administrator since our manager left in October, and our GOS claims are beginning to back up.

As contract holder, I would like to nominate our optical assistant, Jade Whitehouse, for the Opto User Management (Organisation) role. Her email address is jade.whitehouse@nhs.net.

Yours faithfully,

Gillian Mortimer FBDO
Contract Holder
`,
  ), exp(M, 'user_admin_nomination', org('TPD33', 'ophthalmic_practice'), {
    service: 'OPTO',
    nominee: person('Jade Whitehouse', 'jade.whitehouse@nhs.net'),
    approver: withRole('Gillian Mortimer', 'gillian.mortimer@nhs.net', 'Contract Holder'),
  }, ['misdirected', 'formal_letter', 'letterhead', 'request_third_paragraph', 'right_mailbox_question']));

  // 014 ---------------------------------------------------------------------------------------------------------
  add('014-chaser-subject-only', plain(
    { from: 'Vikram Rao <vikram.rao@nhs.net>', to, subject: 'PCSE-2026-007102 Open Exeter primary user - any update? submitted 20/11', date: 'Thu, 03 Dec 2026 17:17:17 +0000', id: 'i-o014@DB8P265MB7102.GBRP265.PROD.OUTLOOK.COM' },
    `
Vikram Rao
Sent from Outlook for Android
`,
  ), unclassified(M, ['chaser', 'case_reference', 'subject_only']));

  // 015 ---------------------------------------------------------------------------------------------------------
  add('015-question-merging-practices-signatory', plain(
    { from: 'Eleri Vaughan <eleri.vaughan@nhs.net>', to, subject: 'Query about Open Exeter Primary Users after a merger', date: 'Wed, 02 Dec 2026 11:47:02 +0000', id: 'i-o015@LO3P265MB0015.GBRP265.PROD.OUTLOOK.COM' },
    `Dear Sir/Madam,

Our practice is due to merge with a neighbouring practice on 1 April 2027, and the two practices will keep their own codes until the contracts are formally combined.

Could you advise whether the existing Primary User at one practice can sign the request form for a Primary User at the other, or whether each practice needs its own signatory from the list? And will our existing Primary Users keep their access after the merger?

Yours faithfully,

Eleri Vaughan
Business Manager
`,
  ), unclassified(M, ['genuine_question', 'formal_letter']));

  // 016 ---------------------------------------------------------------------------------------------------------
  add('016-auto-reply-out-of-office', plain(
    { from: 'Hamish Galbraith <hamish.galbraith@nhs.net>', to, subject: 'Out of Office: Open Exeter Primary User request - Dunmore Road Surgery D82044', date: 'Thu, 03 Dec 2026 11:06:02 +0000', id: 'i-o016@LO4P265MB2045.GBRP265.PROD.OUTLOOK.COM',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'DR, OOF, AutoReply']] },
    `I am on annual leave returning Wednesday 9 December. For clinical matters please contact the duty doctor via reception on 01553 772140; for Open Exeter queries please contact Lorraine Eccleston.

Dr H Galbraith
`,
  ), unclassified(M, ['auto_reply', 'auto_submitted_header', 'quotes_request_subject'], 'auto_reply'));

  return out;
}
