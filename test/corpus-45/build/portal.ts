// portalenquiries: user-administrator nominations, main contacts, verification links, locked and deactivated
// accounts, role removals, a misdirected Open Exeter form and the mail around them.
import { NHSMAIL_FOOTER, htmlOf, type Mail } from './lib.js';
import { type Entry, PORTAL, msgId, org, person, unclassified, when } from './kit.js';
import { GPP_CERT, OE_GP, filledForm, imagePdf, wordDoc } from './pdfs.js';
import { faxScan, printerScan } from './scans.js';

const pdf = (filename: string, data: Buffer) => ({ filename, contentType: 'application/pdf', data });
const NHS = 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM';

export async function portal(): Promise<Entry[]> {
  const out: Entry[] = [];
  const add = (slug: string, mail: Mail, expected: Entry['expected']) => out.push({ mailbox: 'portalenquiries', slug, mail, expected });

  // 1 GPP form typed over with a PDF viewer's text tool (FreeText annotations), the email answer off its box.
  const f1 = await filledForm(GPP_CERT, {
    practice_name: 'Holloway Lane Surgery', practice_code: 'M85042', practice_address: '12 Holloway Lane\nNorthfield, Birmingham B31 2QX',
    nominee_name: 'Joanne Whitfield', nominee_role: 'Practice Manager', nominee_email: 'joanne.whitfield@nhs.net', nominee_phone: '0121 496 0812',
    approver_name: 'Dr Amir Haddad', approver_role: 'GP Partner', approver_email: 'amir.haddad@nhs.net', sig: 'ink:Amir Haddad', date: '2/11/26',
  }, { mode: 'freetext', nudge: { nominee_email: [22, -10] }, title: 'GPP Practice User Administrator Certification', producer: 'PDF-XChange Core API SDK (10.2.1.385)', creator: 'PDF-XChange Editor 10.2.1.385' });
  add('gpp-form-typed-over', {
    client: 'nhsmail', from: ['WHITFIELD, Joanne (HOLLOWAY LANE SURGERY)', 'joanne.whitfield@nhs.net'], to: [PORTAL],
    subject: 'GPP User Admin form - M85042', date: when(2, 9, 41), id: msgId(1, NHS),
    text: `Hi,

Please find attached the GPP certification form for Holloway Lane Surgery, signed by Dr Haddad.

Our previous admin left in the summer so at the moment nobody here can add the pensions roles.

Many thanks
Joanne

Joanne Whitfield
Practice Manager
Holloway Lane Surgery
0121 496 0812
${NHSMAIL_FOOTER}`,
    attachments: [pdf('GPP_UA_Certification_Form_completed.pdf', f1)],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('M85042', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Joanne Whitfield', 'joanne.whitfield@nhs.net'), approver: { ...person('Amir Haddad', 'amir.haddad@nhs.net'), role: 'GP Partner' } },
    mustRaise: [], traits: ['pdf_freetext_annotations', 'answer_off_box', 'pen_ink_annotation', 'nhsmail_display_name', 'see_attached'],
  });

  // 2 GPP form filled in Acrobat and saved (fillable, with appearances), sent by the approving partner.
  const f2 = await filledForm(GPP_CERT, {
    practice_name: 'Kingsmead Medical Practice', practice_code: 'J82117', practice_address: 'Kingsmead Way\nPortsmouth PO6 3LT',
    nominee_name: 'Tomasz Nowak', nominee_role: 'Finance Manager', nominee_email: 'tomasz.nowak2@nhs.net', nominee_phone: '023 9237 7714',
    approver_name: 'Dr Helen Marsh', approver_role: 'GP Partner', approver_email: 'helen.marsh4@nhs.net', sig: 'ink:Helen Marsh', date: '30 October 2026',
  }, { mode: 'acrobat', title: 'GPP Practice User Administrator Certification', producer: 'Adobe Acrobat Pro (64-bit) 25.1.20432', creator: 'Adobe Acrobat Pro (64-bit) 25.1.20432' });
  add('gpp-acrobat-saved', {
    client: 'nhsmail', from: ['Helen Marsh', 'helen.marsh4@nhs.net'], to: [PORTAL], cc: [['Tomasz Nowak', 'tomasz.nowak2@nhs.net']],
    subject: 'Kingsmead MP - GPP practice user administrator', date: when(2, 10, 5), id: msgId(2, NHS),
    text: `Morning,

Attached is our completed GPP practice user admin form for Tomasz, who looks after the pensions and payments side for us. He is copied in.

Best wishes
Helen

Dr Helen Marsh
GP Partner
Kingsmead Medical Practice
${NHSMAIL_FOOTER}`,
    attachments: [pdf('Kingsmead GPP UA form signed.pdf', f2)],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('J82117', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Tomasz Nowak', 'tomasz.nowak2@nhs.net'), approver: { ...person('Helen Marsh', 'helen.marsh4@nhs.net'), role: 'GP Partner' } },
    mustRaise: [], traits: ['pdf_acroform', 'sender_is_approver', 'nominee_in_cc'],
  });

  // 3 GPP form filled in a browser's PDF viewer: values set, no appearances (NeedAppearances), typed signature.
  const f3 = await filledForm(GPP_CERT, {
    practice_name: 'The Old Forge Surgery', practice_code: 'k81630', practice_address: 'Forge Lane, Wargrave, Reading RG10 8EB',
    nominee_name: 'Priya Chauhan', nominee_role: 'Assistant Practice Manager', nominee_email: 'Priya.Chauhan1@nhs.net', nominee_phone: '0118 940 2261',
    approver_name: 'Gareth Llewellyn', approver_role: 'Senior Partner', approver_email: 'gareth.llewellyn@nhs.net', sig: 'typed:G Llewellyn', date: '03.11.2026',
  }, { mode: 'browser', title: 'GPP Practice User Administrator Certification', producer: 'PCSE Forms', creator: 'PCSE Forms' });
  add('gpp-browser-filled', {
    client: 'nhsmail', from: ['OLD FORGE SURGERY (K81630)', 'oldforge.surgery@nhs.net'], to: [PORTAL],
    subject: 'GPP admin certification', date: when(3, 14, 22), id: msgId(3, NHS),
    text: `Hello,

Please see the attached form. We filled it in on the computer so Dr Llewellyn's signature is typed - I hope that is ok, if you need a wet signature let us know and we will post it.

Thanks
Priya
Old Forge Surgery
${NHSMAIL_FOOTER}`,
    attachments: [pdf('GPP-UA-Certification-Form.pdf', f3)],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('K81630', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Priya Chauhan', 'priya.chauhan1@nhs.net'), approver: { ...person('Gareth Llewellyn', 'gareth.llewellyn@nhs.net'), role: 'Senior Partner' } },
    mustRaise: [], traits: ['pdf_acroform_need_appearances', 'typed_signature', 'shared_mailbox_sender', 'lower_case_ods_in_form'],
  });

  // 4 GPP form typed, printed, signed and scanned on the practice printer, the post-room RECEIVED stamp over a box.
  const scan4 = printerScan(GPP_CERT, { hand: 'typed', values: {
    practice_name: 'Brambleside Health Centre', practice_code: 'B86054', practice_address: '1 Brambleside Road\nLeeds LS14 6PA',
    nominee_name: 'Liam Doherty', nominee_role: 'Deputy Practice Manager', nominee_email: 'liam.doherty3@nhs.net', nominee_phone: '0113 295 4408',
    approver_name: 'Dr Sunita Raman', approver_role: 'Managing Partner', approver_email: 'sunita.raman@nhs.net', sig: 'ink:Sunita Raman', date: '28/10/2026',
  } }, { page: 0, x: 345, y: 574, text: ['RECEIVED', '30 OCT 2026'] }, 4004);
  const f4 = await imagePdf(scan4.map((data) => ({ data })), 'Xerox AltaLink C8135', 'Xerox AltaLink C8135');
  add('gpp-scan-received-stamp', {
    client: 'nhsmail', from: ['Karen Ostrowski', 'k.ostrowski@nhs.net'], to: [PORTAL],
    subject: 'FW: Scanned from a Xerox Multifunction Printer', date: when(3, 16, 8), id: msgId(4, NHS),
    text: `Hi there

Scanned form attached nominating Liam as GPP user administrator for Brambleside, signed by Dr Raman. Apologies for the stamp, it went through our post room before it got back to me.

Regards
Karen Ostrowski
Practice Business Manager
Brambleside Health Centre

-----Original Message-----
From: scanner.brambleside@nhs.net
Sent: 03 November 2026 16:02
To: k.ostrowski@nhs.net
Subject: Scanned from a Xerox Multifunction Printer

Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.
${NHSMAIL_FOOTER}`,
    attachments: [pdf('Scan_20261103_160211.pdf', f4)],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('B86054', 'gp_practice'),
    fields: { service: 'GPP', nominee: person('Liam Doherty', 'liam.doherty3@nhs.net'), approver: { ...person('Sunita Raman', 'sunita.raman@nhs.net'), role: 'Managing Partner' } },
    mustRaise: [], traits: ['scan_image_only', 'stamp_over_box', 'forwarded_scanner_mail', 'sender_neither_nominee_nor_approver'],
  });

  // 5 PL admin by email, from the CQC Registered Manager.
  const t5 = `Good afternoon,

Could you please set up Daniel Kowalczyk as a PL Organisation Administrator for Canal Street Medical Centre (P84061). Daniel is our Assistant Practice Manager and his email is daniel.kowalczyk@nhs.net.

I am the CQC Registered Manager for the practice. At present I am the only PL admin, so Daniel would be our second.

Kind regards

Rachel Brennan
Practice Manager
Canal Street Medical Centre
Canal Street, Manchester M4 6DL
Tel 0161 832 5590`;
  add('pl-admin-cqc-manager', {
    client: 'outlook365', from: ['Rachel Brennan', 'rachel.brennan@nhs.net'], to: [PORTAL],
    subject: 'PL Organisation Administrator - Canal Street Medical Centre', date: when(4, 13, 47), id: msgId(5, 'AM6PR01MB4419.eurprd01.prod.exchangelabs.com'),
    text: t5, html: htmlOf(t5),
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('P84061', 'gp_practice'),
    fields: { service: 'PL', nominee: person('Daniel Kowalczyk', 'daniel.kowalczyk@nhs.net'), approver: { ...person('Rachel Brennan', 'rachel.brennan@nhs.net'), role: 'CQC Registered Manager' } },
    mustRaise: [], traits: ['email_only', 'html_alternative'],
  });

  // 6 A fifth PL admin asked for, the four existing ones named.
  add('pl-admin-fifth', {
    client: 'nhsmail', from: ['PENGELLY, Sharon (WHITECROSS FAMILY PRACTICE)', 'sharon.pengelly@nhs.net'], to: [PORTAL],
    subject: 'Additional Performers List admin - L83105', date: when(4, 15, 2), id: msgId(6, NHS),
    text: `Dear PCSE,

As the CQC Registered Manager for Whitecross Family Practice (L83105) I would like to nominate Amy Treloar, our Reception Team Leader, as an additional PL Organisation Administrator. Her email address is amy.treloar@nhs.net.

We already have four PL admins - myself, Mark Jory, Dr Ruth Carne and Nicola Hocking - but Nicola is on long-term leave and we need someone to approve GP changes while she is away.

Thank you
Sharon

Sharon Pengelly
Operations Manager
Whitecross Family Practice
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('L83105', 'gp_practice'),
    fields: { service: 'PL', nominee: person('Amy Treloar', 'amy.treloar@nhs.net'), approver: { ...person('Sharon Pengelly', 'sharon.pengelly@nhs.net'), role: 'CQC Registered Manager' } },
    mustRaise: ['admin_limit_reached'], traits: ['email_only', 'four_existing_admins_named', 'nhsmail_display_name'],
  });

  // 7 OPTO admin on the practice's own Word form: Yes / No with the unwanted option struck through.
  const f7 = await wordDoc({
    title: 'User admin request', producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365', serif: true,
    letterhead: { org: 'Clearview Opticians', lines: ['27 Wells Road, Knowle, Bristol BS4 2AX', 'Tel 0117 977 3140   www.clearviewopticians.co.uk'], colour: [0.05, 0.35, 0.55] },
    heading: 'Request for PCSE Online user administrator access',
    intro: ['We could not find a PCSE form for ophthalmic practices, so this is our own. Please contact the contract holder below with any questions.'],
    sections: [
      { heading: 'Practice', rows: [['Practice name', 'Clearview Opticians'], ['Practice (ODS) code', 'TPD41'], ['Address', '27 Wells Road, Knowle, Bristol BS4 2AX']] },
      { heading: 'Person to be made user administrator', rows: [['Name', 'Hannah Greaves'], ['Job title', 'Practice Manager / Dispensing Optician'], ['Email', 'hannah.greaves@nhs.net'],
        ['OPTO Organisation User Administration', { yesNo: 'Yes', style: 'strike' }], ['PL Organisation User Administration', { yesNo: 'No', style: 'strike' }]] },
      { heading: 'Authorised by', rows: [['Name', 'Rajiv Sood'], ['Role', 'Contract Holder'], ['Email', 'rajiv.sood1@nhs.net'], ['Signature', { sig: 'Rajiv Sood' }], ['Date', '1st November 2026']] },
    ],
  });
  add('opto-admin-word-form', {
    client: 'nhsmail', from: ['Hannah Greaves', 'hannah.greaves@nhs.net'], to: [PORTAL], cc: [['Rajiv Sood', 'rajiv.sood1@nhs.net']],
    subject: 'Clearview Opticians TPD41 - user admin', date: when(5, 9, 12), id: msgId(7, NHS),
    text: `Hi,

Rajiv (our contract holder) has filled in our own version of the form as we couldn't find one on your website for opticians - hope this is OK. It is for the ophthalmic payments side only, we don't need the performers list one.

Thanks,
Hannah

Hannah Greaves
Clearview Opticians
${NHSMAIL_FOOTER}`,
    attachments: [pdf('PCSE user admin request - Clearview.pdf', f7)],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('TPD41', 'ophthalmic_practice'),
    fields: { service: 'OPTO', nominee: person('Hannah Greaves', 'hannah.greaves@nhs.net'), approver: { ...person('Rajiv Sood', 'rajiv.sood1@nhs.net'), role: 'Contract Holder' } },
    mustRaise: [], traits: ['word_export_table', 'yes_no_struck_through', 'letterhead', 'signature_image'],
  });

  // 8 PCN admin on a landscape Google Docs form with tick glyphs, approved and sent by the ICB.
  const f8 = await wordDoc({
    title: 'PCN user admin request - Tamar North PCN', producer: 'Skia/PDF m131 Google Docs Renderer', creator: '', landscape: true,
    letterhead: { org: 'Tamar North Primary Care Network', lines: ['c/o Launceston Medical Centre, Landlake Road, Launceston PL15 9HH'], colour: [0.2, 0.45, 0.3] },
    heading: 'PCSE Online: PCN user administrator request (ICB approval)',
    sections: [
      { heading: 'PCN', rows: [['PCN name', 'Tamar North PCN'], ['PCN ODS code', 'U47218'], ['Access requested', { ticks: [{ label: 'PCN user admin', on: true }, { label: 'PCN user (no admin)', on: false }], style: 'tick' }]] },
      { heading: 'Nominee', rows: [['Full name', 'Jake Pascoe'], ['Job title', 'PCN Digital and Transformation Lead'], ['NHS email', 'jake.pascoe@nhs.net']] },
      { heading: 'ICB approval (approver on the NHSE Authorised Email List)', rows: [['Approver name', 'Fiona Tremayne'], ['Job title', 'Head of Primary Care Commissioning'], ['ICB', 'NHS Cornwall and the Isles of Scilly ICB'], ['Email', 'fiona.tremayne@nhs.net'], ['On the AEL', { ticks: [{ label: 'Yes', on: true }, { label: 'No', on: false }], style: 'tick' }]] },
    ],
  });
  add('pcn-admin-icb-form', {
    client: 'nhsmail', from: ['TREMAYNE, Fiona (NHS CORNWALL AND THE ISLES OF SCILLY ICB - 11N)', 'fiona.tremayne@nhs.net'], to: [PORTAL], cc: [['Jake Pascoe', 'jake.pascoe@nhs.net']],
    subject: 'PCN user admin request - Tamar North PCN (U47218) - ICB approved', date: when(5, 11, 30), id: msgId(8, NHS),
    text: `Dear colleagues,

Please find attached a request for a PCN user administrator for Tamar North PCN, which I have approved on behalf of the ICB. I am listed on the Authorised Email List.

Kind regards
Fiona

Fiona Tremayne
Head of Primary Care Commissioning
NHS Cornwall and the Isles of Scilly ICB
${NHSMAIL_FOOTER}`,
    attachments: [pdf('Tamar North PCN - user admin request.pdf', f8)],
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('U47218', 'pcn'),
    fields: { service: 'PCN', nominee: person('Jake Pascoe', 'jake.pascoe@nhs.net'), approver: { ...person('Fiona Tremayne', 'fiona.tremayne@nhs.net'), role: 'Head of Primary Care Commissioning' } },
    mustRaise: [], traits: ['word_export_table', 'landscape', 'tick_glyphs', 'icb_approver'],
  });

  // 9 PCN admin approved by the PCN's own clinical director, the ICB contact away.
  add('pcn-admin-cd-approves', {
    client: 'nhsmail', from: ['Imran Qureshi', 'imran.qureshi@nhs.net'], to: [PORTAL],
    subject: 'Hatfield Town PCN - PCN user admin', date: when(6, 8, 55), id: msgId(9, NHS),
    text: `Hello

We don't have a PCN user admin for Hatfield Town PCN (U83406). Our ICB contact is on leave for three weeks and we have new ARRS staff starting, so as Clinical Director I am approving this myself.

Please set up Lauren Mitchell, PCN Manager, lauren.mitchell12@nhs.net as our PCN user admin.

Many thanks
Dr Imran Qureshi
Clinical Director, Hatfield Town PCN
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'user_admin_nomination', ignored: null, organisation: org('U83406', 'pcn'),
    fields: { service: 'PCN', nominee: person('Lauren Mitchell', 'lauren.mitchell12@nhs.net'), approver: { ...person('Imran Qureshi', 'imran.qureshi@nhs.net'), role: 'Clinical Director' } },
    mustRaise: ['approver_not_on_ael'], traits: ['email_only', 'approver_not_icb'],
  });

  // 10 Main contact change, pharmacy, from the pharmacy's shared mailbox.
  add('main-contact-pharmacy', {
    client: 'nhsmail', from: ['PARKWAY PHARMACY (FK382)', 'parkway.pharmacy-fk382@nhs.net'], to: [PORTAL],
    subject: 'Change of main contact', date: when(6, 10, 14), id: msgId(10, NHS),
    text: `Hi

Our main contact Zoe Carter has left the company. Please can you make our pharmacy manager the new main contact for Parkway Pharmacy, ODS code FK382:

Ayesha Begum
ayesha.begum7@nhs.net

Thanks
Ayesha
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('FK382', 'pharmacy'),
    fields: { newMainContact: person('Ayesha Begum', 'ayesha.begum7@nhs.net') },
    mustRaise: [], traits: ['shared_mailbox_sender', 'old_contact_named'],
  });

  // 11 Main contact change, dental, HTML mail.
  const t11 = `Dear Sir/Madam,

Please could you change the main contact for Bridge Street Dental Care (V018842) from Gemma Hart, who left us in October, to our new practice manager, Mrs Claire Ashworth - claire.ashworth3@nhs.net.

Yours faithfully,

Dr Elena Rossi BDS
Principal Dentist
Bridge Street Dental Care
4 Bridge Street, Stockport SK1 1XR`;
  add('main-contact-dental', {
    client: 'outlook365', from: ['Elena Rossi', 'elena.rossi@nhs.net'], to: [PORTAL],
    subject: 'Main Contact - Bridge Street Dental Care V018842', date: when(6, 12, 3), id: msgId(11, 'DB9PR01MB7712.eurprd01.prod.exchangelabs.com'),
    text: t11, html: htmlOf(t11),
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('V018842', 'dental_practice'),
    fields: { newMainContact: person('Claire Ashworth', 'claire.ashworth3@nhs.net') },
    mustRaise: [], traits: ['honorific', 'old_contact_named', 'html_alternative'],
  });

  // 12 Main contact change from a phone, code first.
  add('main-contact-gp-phone', {
    client: 'apple', from: ['Mark Ellison', 'mark.ellison@nhs.net'], to: [PORTAL],
    subject: 'main contact', date: when(9, 7, 48), id: msgId(12, 'nhs.net'),
    text: `Hi, please update main contact for C82044 Ashgrove Surgery to Dr Nadia Farouk nadia.farouk@nhs.net. I'm leaving end of the week. Thanks Mark

Sent from my iPhone`,
  }, {
    kind: 'main_contact_change', ignored: null, organisation: org('C82044', 'gp_practice'),
    fields: { newMainContact: person('Nadia Farouk', 'nadia.farouk@nhs.net') },
    mustRaise: [], traits: ['terse', 'mobile_client', 'honorific'],
  });

  // 13 Verification link for a GP's own account, GMC number given.
  add('verification-locum-gp', {
    client: 'nhsmail', from: ['Nikhil Varma', 'nikhil.varma@nhs.net'], to: [PORTAL],
    subject: 'PCSE Online verification link not received', date: when(9, 19, 26), id: msgId(13, NHS),
    text: `Dear PCSE

I never received the verification link to set up my PCSE Online account. I work as a locum across several practices in Leeds so I am not attached to one surgery.

My GMC registered email is nikhil.varma@nhs.net and my GMC number is 7045812.

Could you send a new link please?

Regards
Dr Nikhil Varma
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'verification_link_resend', ignored: null, organisation: null,
    fields: { accountEmail: 'nikhil.varma@nhs.net', gmcNumber: '7045812' },
    mustRaise: [], traits: ['no_organisation'],
  });

  // 14 Verification link asked for by the practice manager on a partner's behalf.
  add('verification-for-partner', {
    client: 'nhsmail', from: ['Lorraine Fenwick', 'lorraine.fenwick@nhs.net'], to: [PORTAL],
    subject: "New verification link - Dr Robson, St Aidan's Medical Group", date: when(10, 9, 3), id: msgId(14, NHS),
    text: `Hi

Dr Matthew Robson, one of our partners here at St Aidan's Medical Group (A84013), says his verification link has expired before he got round to using it. Could you please send him a new one?

His GMC email address is matthew.robson5@nhs.net and GMC no. 6112093.

Thanks
Lorraine Fenwick
Practice Manager
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'verification_link_resend', ignored: null, organisation: org('A84013', 'gp_practice'),
    fields: { accountEmail: 'matthew.robson5@nhs.net', gmcNumber: '6112093' },
    mustRaise: ['not_own_account'], traits: ['on_behalf_of'],
  });

  // 15 Locked account, pharmacy.
  add('unlock-pharmacy', {
    client: 'nhsmail', from: ['Daniel Osei', 'daniel.osei1@nhs.net'], to: [PORTAL],
    subject: 'Account locked', date: when(10, 13, 37), id: msgId(15, NHS),
    text: `Hi,

I put my password in wrong too many times and now my PCSE Online account is locked. Username is daniel.osei1@nhs.net

Hilltop Pharmacy, FN614

Thank you
Daniel
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('FN614', 'pharmacy'),
    fields: { username: 'daniel.osei1@nhs.net' },
    mustRaise: [], traits: ['short'],
  });

  // 16 Locked account of a dental nurse without an email address.
  add('unlock-dental-non-email-user', {
    client: 'nhsmail', from: ['Ian Crowther', 'ian.crowther@nhs.net'], to: [PORTAL],
    subject: 'Please unlock - Smile Studio Dental V092215', date: when(11, 11, 19), id: msgId(16, NHS),
    text: `Hello

Our dental nurse Sarah Jones doesn't have an email address so she was set up with the username sarahjones@smilestudiodental

She is now locked out after getting her password wrong five times. Could you unlock her account please? I'm the practice manager and main contact.

Ian Crowther
Smile Studio Dental
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_unlock', ignored: null, organisation: org('V092215', 'dental_practice'),
    fields: { username: 'sarahjones@smilestudiodental' },
    mustRaise: [], traits: ['non_email_username', 'on_behalf_of'],
  });

  // 17 Deactivated main contact.
  add('reactivation-main-contact', {
    client: 'nhsmail', from: ['Beverley Nash', 'beverley.nash@nhs.net'], to: [PORTAL],
    subject: 'Account deactivated - Thornbury Road Surgery Y02718', date: when(11, 14, 50), id: msgId(17, NHS),
    text: `Good afternoon

My PCSE Online account has been deactivated, I think because I hadn't logged in for a few months. I am the Main Contact for Thornbury Road Surgery (Y02718) so I understand I have to ask you to reactivate it.

My username is beverley.nash@nhs.net

Kind regards
Beverley Nash
Practice Manager
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_reactivation', ignored: null, organisation: org('Y02718', 'gp_practice'),
    fields: { username: 'beverley.nash@nhs.net' },
    mustRaise: [], traits: ['states_admin_role'],
  });

  // 18 Deactivated OPTO admin at an optical practice quoting a pharmacy-shaped code.
  add('reactivation-optical-pharmacy-code', {
    client: 'nhsmail', from: ['Anita Kaur', 'anita.kaur4@nhs.net'], to: [PORTAL],
    subject: 'Reactivate my account please', date: when(12, 10, 2), id: msgId(18, NHS),
    text: `Hi,

I am the OPTO user admin for our optical practice, Brightsight Opticians (ODS code FM731). When I try to log in it says my account is deactivated.

Username: anita.kaur4@nhs.net

Please can you reactivate it so I can submit our GOS claims.

Anita Kaur
Brightsight Opticians, 9 High Street, Hinckley LE10 1AA
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'account_reactivation', ignored: null, organisation: org('FM731', 'pharmacy'),
    fields: { username: 'anita.kaur4@nhs.net' },
    mustRaise: ['ods_type_mismatch'], traits: ['stated_type_disagrees_with_code'],
  });

  // 19 Roles to remove, GP practice.
  add('role-removal-gp', {
    client: 'nhsmail', from: ['Ruth Okonjo', 'ruth.okonjo@nhs.net'], to: [PORTAL],
    subject: 'Remove roles - Millbrook Medical Centre N81092', date: when(12, 15, 44), id: msgId(19, NHS),
    text: `Hello

Please remove the following roles from Stephen Hale's account (stephen.hale@nhs.net), he has moved to a patient services role and no longer deals with pensions:

- Joiner & Leaver
- Practice Estimate and Salary Change

Thank you
Ruth Okonjo
Millbrook Medical Centre
${NHSMAIL_FOOTER}`,
  }, {
    kind: 'role_removal_request', ignored: null, organisation: org('N81092', 'gp_practice'),
    fields: { username: 'stephen.hale@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
    mustRaise: [], traits: ['bulleted_list'],
  });

  // 20 A former locum asks for his own role at a pharmacy to be removed.
  add('role-removal-former-locum', {
    client: 'gmail', from: ['Peter Adebayo', 'peter.adebayo.locum@gmail.com'], to: [PORTAL],
    subject: 'Please remove me from Eastgate Pharmacy', date: when(13, 20, 15), id: msgId(20, 'mail.gmail.com'),
    text: `Hi

I keep getting PCSE emails about Eastgate Pharmacy (FR227). I only worked there as a locum last year. Please remove the Practice Order Entry Clerk role from my account, my login is p.adebayo@nhs.net.

Thanks
Peter Adebayo MPharm`,
  }, {
    kind: 'role_removal_request', ignored: null, organisation: org('FR227', 'pharmacy'),
    fields: { username: 'p.adebayo@nhs.net', roles: ['Practice Order Entry Clerk'] },
    mustRaise: [], traits: ['personal_address_sender', 'username_differs_from_sender'],
  });

  // 21 Open Exeter Primary User form faxed, then emailed to the wrong mailbox.
  const fax = faxScan(OE_GP, { hand: 'pen', values: {
    org_name: 'Sandy Lane Surgery', org_code: 'P82019', org_address: '40 Sandy Lane\nLeyland PR25 2EB',
    nominee_name: 'GILLIAN ROSCOE', nominee_role: 'Practice Manager', nominee_email: 'gillian.roscoe@nhs.net', nominee_phone: '01772 621 904',
    sig_name: 'DR PETER HALLAM', sig_email: 'peter.hallam@nhs.net', c_gp_partner: true, sig: 'ink:Peter Hallam', date: '2/11/26',
  } }, '02/11/2026 16:47  FROM: 01772 621900  SANDY LANE SURGERY          P.00{p}/002', 2121);
  const f21 = await imagePdf(fax.map((data) => ({ data, png: true })), 'eFax Messenger', 'j2 Global eFax');
  add('oe-primary-user-fax-misdirected', {
    client: 'nhsmail', from: ['Sandy Lane Surgery', 'sandylane.surgery@nhs.net'], to: [PORTAL],
    subject: 'FW: Fax - Open Exeter', date: when(13, 9, 6), id: msgId(21, NHS),
    text: `Hello,

We faxed this form last week and were told you don't take faxes any more, so here is the copy from our fax-to-email. It is the Open Exeter primary user form for our practice manager.

Thanks
Reception, Sandy Lane Surgery
${NHSMAIL_FOOTER}`,
    attachments: [pdf('FAX_01772621900_20261102_1647.pdf', f21)],
  }, {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('P82019', 'gp_practice'),
    fields: { organisationKind: 'gp_practice', nominee: person('Gillian Roscoe', 'gillian.roscoe@nhs.net'), signatory: { ...person('Peter Hallam', 'peter.hallam@nhs.net'), role: 'gp_partner' } },
    mustRaise: [], traits: ['misdirected', 'scan_image_only', 'fax', 'handwritten', 'block_capitals'],
  });

  // 22 A question.
  add('question-accountant', {
    client: 'nhsmail', from: ['Jasmine Patel', 'jasmine.patel8@nhs.net'], to: [PORTAL],
    subject: 'Accountant access', date: when(16, 11, 11), id: msgId(22, NHS),
    text: `Hi

Our accountants have asked whether they can upload the end of year pension forms for our partners. Do they need their own PCSE login and who would set that up, us or you?

Thanks
Jasmine
Pennine Lodge Surgery
${NHSMAIL_FOOTER}`,
  }, unclassified(null, ['question']));

  // 23 A chaser with the reference in the subject.
  add('chaser-reference', {
    client: 'nhsmail', from: ['Joanne Whitfield', 'joanne.whitfield@nhs.net'], to: [PORTAL],
    subject: 'RE: PCSE-2026-004187 GPP User Admin form - M85042', date: when(17, 10, 20), id: msgId(23, NHS), inReplyTo: '<ack.PCSE-2026-004187@pcse.england.nhs.uk>',
    text: `Hi,

Just chasing this one please - it has been over two weeks now and we still can't add the pensions roles.

Thanks
Joanne

From: PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>
Sent: 02 November 2026 09:45
Subject: PCSE-2026-004187 GPP User Admin form - M85042

Thank you for contacting Primary Care Support England. Your enquiry has been logged with reference PCSE-2026-004187.
${NHSMAIL_FOOTER}`,
  }, unclassified(null, ['chaser', 'case_reference', 'quoted_acknowledgement']));

  // 24 Thanks, with the reference in the body only.
  add('thanks-reference', {
    client: 'outlook365', from: ['Rachel Brennan', 'rachel.brennan@nhs.net'], to: [PORTAL],
    subject: 'Thank you', date: when(18, 8, 31), id: msgId(24, 'AM6PR01MB4419.eurprd01.prod.exchangelabs.com'),
    text: `Thanks for sorting Daniel's access so quickly (your ref PCSE-2026-004251). He has logged in fine.

Rachel`,
  }, unclassified(null, ['thanks', 'case_reference']));

  // 25 An out-of-office reply to PCSE's acknowledgement.
  add('auto-reply', {
    client: 'nhsmail', from: ['Beverley Nash', 'beverley.nash@nhs.net'], to: [PORTAL],
    subject: 'Automatic reply: PCSE-2026-004302 Account deactivated - Thornbury Road Surgery Y02718', date: when(11, 15, 1), id: msgId(25, NHS),
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'beverley.nash@nhs.net']],
    text: `Thank you for your email. I am out of the office until Monday 16th November with limited access to email.

For anything urgent please contact the surgery on 01454 412 636 or thornbury.road@nhs.net.

Beverley Nash
Practice Manager`,
  }, unclassified('auto_reply', ['out_of_office', 'case_reference']));

  return out;
}
