// openexeter: Primary User forms, extra permissions, Open Exeter's new-user notifications.
import { htmlEscape } from './mime.js';
import { rfcDate, longDate, NHSMAIL_FOOTER, LEGAL_MULTI, divHtml, quoteLines, type Email, type ExpectedCase } from './clients.js';
import { outlookMail, simpleMail, pdfAtt } from './compose.js';
import { oeForm, acroPdf, flatPdf, scanPdf } from './pdfs.js';
import { attachment } from './mime.js';

const MB = 'openexeter' as const;
const ex = (kind: string, org: ExpectedCase['organisation'], fields: Record<string, unknown>, traits: string[], mustRaise: string[] = []): ExpectedCase => ({ kind, ignored: null, organisation: org, fields, mustRaise, traits });

/** Plain names typed by whoever made the form in a Mac's Preview. */
const previewNames = (k: string): string => ({
  'org.name': 'organisation name', 'org.type': 'organisation type', 'org.code': 'organisation code', 'org.address': 'address',
  'pu.name': 'primary user name', 'pu.job': 'job title', 'pu.email': 'primary user email', 'pu.phone': 'telephone',
  'sig.name': 'signatory name', 'sig.email': 'signatory email', 'sig.date': 'date', 'sig.signature': 'signature',
}[k] ?? k.replace(/^sig\.role\.(\d)$/, 'capacity $1'));

const orgGp = (ods: string) => ({ odsCode: ods, type: 'gp_practice' });

export async function openExeterEmails(): Promise<Email[]> {
  const out: Email[] = [];

  // 1 Primary User (GP), form printed to PDF from a browser (header and footer on each page)
  {
    const pdf = await flatPdf(oeForm({
      orgKind: 'gp', orgName: 'Ashgrove Family Practice', orgCode: 'P84066', address: '210 Ashgrove Road, Oldham, OL8 3RS',
      nomineeName: 'Kelly Osborne', nomineeJob: 'Practice Manager', nomineeEmail: 'kelly.osborne@nhs.net', nomineePhone: '0161 624 7710',
      sigName: 'Dr Hamid Farouk', sigRoleTick: 1, sigEmail: 'hamid.farouk@nhs.net', date: '09/11/2026', signed: true,
    }, 501), { title: 'Open Exeter Primary User request', producer: 'Skia/PDF m131', creator: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', date: '2026-11-09T11:24:00Z' },
    { browser: { stamp: '09/11/2026, 11:24', title: 'Open Exeter Primary User request - GP practices', url: 'file:///C:/Users/kosborne/Downloads/OE%20Primary%20User%20form%20GP.html' } });
    const main = 'Good morning,\n\nPlease find attached a request for a new Open Exeter Primary User for Ashgrove Family Practice. I was previously not the primary user; Dr Farouk (GP Partner) has signed the form.\n\nKind regards\nKelly Osborne\nPractice Manager\n';
    out.push({
      mailbox: MB, slug: 'oe-gp-browser-printed-form',
      eml: outlookMail({ seed: 'o1', mailbox: MB, from: 'Osborne Kelly (ASHGROVE FAMILY PRACTICE) <kelly.osborne@nhs.net>', subject: 'Open Exeter Primary User form - P84066', date: rfcDate(9, 11, 40, 2), main, word: { footer: NHSMAIL_FOOTER },
        attachments: [pdfAtt(pdf, 'Open Exeter Primary User request - GP practices.pdf', true)] }),
      expected: ex('open_exeter_primary_user_request', orgGp('P84066'), {
        organisationKind: 'gp_practice', nominee: { name: 'Kelly Osborne', email: 'kelly.osborne@nhs.net' }, signatory: { name: 'Hamid Farouk', email: 'hamid.farouk@nhs.net', role: 'gp_partner' },
      }, ['pdf_flat', 'browser_print_header_footer', 'two_page_form', 'tick_box_role']),
    });
  }

  // 2 Primary User (GP), handwritten form scanned and sent by the MFP itself
  {
    const pdf = await scanPdf(oeForm({
      orgKind: 'gp', orgName: 'Trinity Lane Surgery', orgCode: 'N81053', address: 'Trinity Lane, Nantwich, CW5 5DF',
      nomineeName: 'Shabnam Akhtar', nomineeJob: 'Reception Manager', nomineeEmail: 'shabnam.akhtar@nhs.net', nomineePhone: '01270 610 455',
      sigName: 'Dr O. Adebayo', sigRoleTick: 0, sigEmail: 'o.adebayo@nhs.net', date: '10/11/26', signed: true,
    }, 502), { title: 'Scan', producer: 'Sharp MX-3071 Scan', creator: 'Sharp MX-3071', date: '2026-11-10T15:33:00Z' },
    [{ seed: 52, skewDeg: -1.4, contrast: 0.72, noise: 4000, jpegQuality: 55, handFilled: true }, { seed: 53, skewDeg: -1.1, contrast: 0.72, noise: 3000, jpegQuality: 55 }]);
    const text = 'Reply to: trinitylane.surgery@nhs.net\r\nDevice Name: MX-3071-RECEPTION\r\nDevice Model: MX-3071\r\nLocation: Reception\r\n\r\nFile Format: PDF (High)\r\nResolution: 200dpi x 200dpi\r\n\r\nAttached file is scanned image in PDF format.\r\nThis file can be read by Adobe Acrobat Reader.\r\n';
    out.push({
      mailbox: MB, slug: 'oe-gp-handwritten-mfp-direct',
      eml: simpleMail({ seed: 'o2', mailbox: MB, client: 'legacy', from: 'Sharp MX-3071 <scanner@trinitylanesurgery.co.uk>', subject: 'Scanned image from MX-3071-RECEPTION', date: rfcDate(10, 15, 33, 50), text, charset: 'us-ascii', cte: '7bit', auth: { domain: 'trinitylanesurgery.co.uk', dkim: 'none' },
        extra: [['Reply-To', 'trinitylane.surgery@nhs.net']],
        attachments: [attachment(pdf, 'application/pdf', 'Img20261110153350.pdf')] }),
      expected: ex('open_exeter_primary_user_request', orgGp('N81053'), {
        organisationKind: 'gp_practice', nominee: { name: 'Shabnam Akhtar', email: 'shabnam.akhtar@nhs.net' }, signatory: { name: 'O. Adebayo', email: 'o.adebayo@nhs.net', role: 'lead_gp' },
      }, ['pdf_scan', 'handwritten_values', 'mfp_sent_directly', 'generic_scanner_body', 'initial_only_signatory']),
    });
  }

  // 3 Primary User (GP), phone photo of the signed form, sent from the iPhone
  {
    const pdf = await scanPdf(oeForm({
      orgKind: 'gp', orgName: 'Hartcliffe Medical Centre', orgCode: 'L81077', address: 'Hareclive Road, Bristol, BS13 0JP',
      nomineeName: 'Deborah Akintola', nomineeJob: 'Deputy Practice Manager', nomineeEmail: 'deborah.akintola@nhs.net', nomineePhone: '0117 964 2210',
      sigName: 'Dr Carys Pritchard', sigRoleTick: 2, sigEmail: 'carys.pritchard@nhs.net', date: '19/11/2026', signed: true,
    }, 503).slice(0, 1), { title: 'Scanned Document', producer: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', creator: 'Notes', date: '2026-11-19T17:05:00Z' },
    [{ seed: 63, skewDeg: 2.6, contrast: 0.85, noise: 800, jpegQuality: 70, photo: true }]);
    const text = 'Hi, signed OE primary user form attached (page 1). Dr Pritchard is our Caldicott Guardian.\n\nDeborah\n\nSent from my iPhone';
    out.push({
      mailbox: MB, slug: 'oe-gp-phone-photo',
      eml: simpleMail({ seed: 'o3', mailbox: MB, client: 'iphone', from: '"Akintola Deborah (HARTCLIFFE MEDICAL CENTRE)" <deborah.akintola@nhs.net>', subject: 'OE form', date: rfcDate(19, 17, 8, 30), text,
        attachments: [attachment(pdf, 'application/pdf', 'Scanned Document.pdf')] }),
      expected: ex('open_exeter_primary_user_request', orgGp('L81077'), {
        organisationKind: 'gp_practice', nominee: { name: 'Deborah Akintola', email: 'deborah.akintola@nhs.net' }, signatory: { name: 'Carys Pritchard', email: 'carys.pritchard@nhs.net', role: 'caldicott_guardian' },
      }, ['pdf_scan', 'phone_photo', 'page_one_only', 'terse']),
    });
  }

  // 4 Primary User (hospice), typed form printed, signed and scanned on the MFP
  {
    const pdf = await scanPdf(oeForm({
      orgKind: 'other', orgName: "St Columba's Hospice", orgType: 'Hospice (independent charity)', orgCode: '', address: '15 Boswall Road, Edinburgh Road, Carlisle, CA3 9JX',
      nomineeName: 'Fiona Drummond', nomineeJob: 'Clinical Administration Lead', nomineeEmail: 'fiona.drummond@nhs.net', nomineePhone: '01228 510 662',
      sigName: 'Alasdair Kerr', sigRoleTick: 1, sigEmail: 'alasdair.kerr@nhs.net', date: '12/11/2026', signed: true,
    }, 504), { title: 'Scanned Document', producer: 'KONICA MINOLTA bizhub C360i', creator: 'KONICA MINOLTA bizhub C360i', date: '2026-11-12T10:10:00Z' },
    [{ seed: 44, skewDeg: 0.5, contrast: 0.6, noise: 1800, jpegQuality: 58, stamp: { lines: ["ST COLUMBA'S HOSPICE", 'CLINICAL ADMINISTRATION', 'RECEIVED 12 NOV 2026'], x: 370, y: 20, rot: 2 } }, { seed: 45, skewDeg: 0.4, contrast: 0.6, noise: 1500, jpegQuality: 58 }]);
    const main = 'Dear Open Exeter team,\n\nPlease find attached our request to set up a Primary User for St Columba\'s Hospice. I typed the form, printed it for signature and scanned it back in; it has been signed by Alasdair Kerr, a member of our Board of Trustees and Directors.\n\nWith thanks\nFiona Drummond\nClinical Administration Lead\n';
    out.push({
      mailbox: MB, slug: 'oe-hospice-printed-signed-mfp-scan',
      eml: outlookMail({ seed: 'o4', mailbox: MB, client: 'owa', from: 'Drummond Fiona <fiona.drummond@nhs.net>', subject: 'Primary User request - St Columba\'s Hospice', date: rfcDate(12, 10, 25, 33), main, word: { footer: NHSMAIL_FOOTER },
        attachments: [pdfAtt(pdf, 'SCAN_20261112_101044.pdf', true)] }),
      expected: ex('open_exeter_primary_user_request', { odsCode: null, type: 'other' }, {
        organisationKind: 'other', nominee: { name: 'Fiona Drummond', email: 'fiona.drummond@nhs.net' }, signatory: { name: 'Alasdair Kerr', email: 'alasdair.kerr@nhs.net', role: 'board_member' },
      }, ['pdf_scan', 'mfp_scan_to_email', 'stamp', 'low_contrast', 'non_gp_organisation', 'no_ods_code', 'tick_box_role']),
    });
  }

  // 5 Primary User (GP), Word export signed by the practice manager
  {
    const pdf = await flatPdf(oeForm({
      orgKind: 'gp', orgName: 'Elm Tree Surgery', orgCode: 'D81625', address: '3 Church Street, Ely, CB7 4EX',
      nomineeName: 'Jenna Fairbairn', nomineeJob: 'Senior Receptionist', nomineeEmail: 'j.fairbairn@nhs.net', nomineePhone: '01353 662 010',
      sigName: 'Louise Carrington', sigRoleTick: -1, sigEmail: 'louise.carrington@nhs.net', date: '13/11/2026', signed: true,
    }, 505), { title: 'OE Primary User form GP', producer: 'Microsoft® Word 2019', creator: 'Microsoft® Word 2019', author: 'Louise Carrington', date: '2026-11-13T12:00:00Z' }, { serif: true });
    const main = 'Hello,\n\nAttached is a request for Jenna Fairbairn to become our second Open Exeter primary user. I have signed it myself as the practice manager as the GPs are all on a training afternoon - hopefully that is acceptable.\n\nMany thanks\n';
    out.push({
      mailbox: MB, slug: 'oe-gp-signed-by-practice-manager',
      eml: outlookMail({ seed: 'o5', mailbox: MB, from: 'Carrington Louise (ELM TREE SURGERY) <louise.carrington@nhs.net>', subject: 'Open Exeter primary user - Elm Tree Surgery D81625', date: rfcDate(13, 12, 16, 21), main,
        word: { sig: ['**Louise Carrington**', 'Practice Manager', 'Elm Tree Surgery'], footer: NHSMAIL_FOOTER }, logo: { text: 'Elm Tree', colour: '#006747' },
        attachments: [pdfAtt(pdf, 'OE Primary User form - Elm Tree.pdf', true)] }),
      expected: ex('open_exeter_primary_user_request', orgGp('D81625'), {
        organisationKind: 'gp_practice', nominee: { name: 'Jenna Fairbairn', email: 'j.fairbairn@nhs.net' }, signatory: { name: 'Louise Carrington', email: 'louise.carrington@nhs.net', role: 'other' },
      }, ['pdf_flat', 'word_export', 'no_role_ticked', 'role_in_covering_email'], ['signatory_role_not_allowed']),
    });
  }

  // 6 Primary User (community services), fillable form saved in Preview, signature box empty
  {
    const pdf = await acroPdf(oeForm({
      orgKind: 'other', orgName: 'Southmoor Community Health Services', orgType: 'Community sexual health service', orgCode: '', address: 'Unit 4, Southmoor Business Park, Wakefield, WF2 7AN',
      nomineeName: 'Gabriel Mensah', nomineeJob: 'Service Administrator', nomineeEmail: 'gabriel.mensah@nhs.net', nomineePhone: '01924 301 455',
      sigName: 'Dr Ruth Adeyemi', sigRoleTick: 0, sigEmail: 'ruth.adeyemi@nhs.net', date: '16/11/2026', signed: false,
    }, 506), { title: 'OE_PU_form_nonGP', producer: 'macOS Version 14.6.1 (Build 23G93) Quartz PDFContext', creator: 'Preview', date: '2026-11-16T09:12:00Z' }, previewNames);
    const text = 'Hi,\n\nPlease see the attached Primary User form for Southmoor Community Health Services. Dr Adeyemi is our Caldicott Guardian.\n\nThanks\nGabriel Mensah\nService Administrator\n';
    out.push({
      mailbox: MB, slug: 'oe-community-preview-unsigned',
      eml: simpleMail({ seed: 'o6', mailbox: MB, client: 'apple', from: 'Gabriel Mensah <gabriel.mensah@nhs.net>', subject: 'Open Exeter Primary User', date: rfcDate(16, 9, 20, 4), text, html: `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">${text.split('\n').map((l) => (l ? `<div>${htmlEscape(l)}</div>` : '<div><br></div>')).join('')}</body></html>`,
        attachments: [attachment(pdf, 'application/pdf', 'OE_PU_form_Southmoor.pdf')] }),
      expected: ex('open_exeter_primary_user_request', { odsCode: null, type: 'other' }, {
        organisationKind: 'other', nominee: { name: 'Gabriel Mensah', email: 'gabriel.mensah@nhs.net' }, signatory: { name: 'Ruth Adeyemi', email: 'ruth.adeyemi@nhs.net', role: 'caldicott_guardian' },
      }, ['pdf_acroform', 'preview_saved_form', 'apple_mail', 'unsigned_form', 'no_ods_code'], ['missing_signature']),
    });
  }

  // 7 Additional permissions from a GP partner, Outlook with a Word bullet list
  {
    const main = 'Dear PCSE,\n\nPlease could you add the following Open Exeter permissions for our existing user Claire Whitmore (user ID CWHITM01, claire.whitmore@nhs.net), who has taken over our cervical screening administration:\n\n- Prior Notification List\n- Cytology Results Enquiry\n\nI am a GP Partner at the practice.\n\nKind regards\n';
    out.push({
      mailbox: MB, slug: 'oe-permissions-gp-partner-list',
      eml: outlookMail({ seed: 'o7', mailbox: MB, from: 'Fenwick Alice (CASTLE MEAD SURGERY) <alice.fenwick@nhs.net>', subject: 'Additional Open Exeter permissions - J83022', date: rfcDate(17, 16, 2, 49), main,
        word: { sig: ['Dr Alice Fenwick', 'GP Partner', 'Castle Mead Surgery, Trowbridge (J83022)'], footer: NHSMAIL_FOOTER } }),
      expected: ex('open_exeter_additional_permissions', orgGp('J83022'), {
        user: { name: 'Claire Whitmore', email: 'claire.whitmore@nhs.net', username: 'CWHITM01' }, permissions: ['Prior Notification List', 'Cytology Results Enquiry'], signatory: { name: 'Alice Fenwick', email: 'alice.fenwick@nhs.net', role: 'gp_partner' },
      }, ['outlook_word_list', 'nhsmail_display_name']),
    });
  }

  // 8 Additional permissions from a Caldicott Guardian's personal Gmail
  {
    const text = `Hello,

I'm the Caldicott Guardian at Brookfield Surgery (C82044). Please could you give Helen Marsh (Open Exeter user HMARSH4, helen.marsh4@nhs.net) the Sample Taker Reports permission as well as what she has now.

Apologies for using my personal email, I'm away from the practice this week.

Dr Sanjay Patel`;
    out.push({
      mailbox: MB, slug: 'oe-permissions-personal-gmail',
      eml: simpleMail({ seed: 'o8', mailbox: MB, client: 'gmail', from: 'Sanjay Patel <sanjay.patel.gp@gmail.com>', subject: 'Open Exeter access for Helen Marsh', date: rfcDate(18, 20, 31, 7), text, html: divHtml(text) }),
      expected: ex('open_exeter_additional_permissions', orgGp('C82044'), {
        user: { name: 'Helen Marsh', email: 'helen.marsh4@nhs.net', username: 'HMARSH4' }, permissions: ['Sample Taker Reports'], signatory: { name: 'Sanjay Patel', email: 'sanjay.patel.gp@gmail.com', role: 'caldicott_guardian' },
      }, ['gmail_web', 'personal_webmail', 'prose_request'], ['sender_not_nhs']),
    });
  }

  // 9 Additional permissions asked for by a practice manager (Samsung Email)
  {
    const text = `Hi OE team

Can Amir Haddad (username AHADDA01, amir.haddad@nhs.net) please have the Prior Notification List permission added? He's our new admin lead.

Thanks
Gill Roe
Practice Manager, Pennine View Practice B86031

Sent from my Galaxy`;
    out.push({
      mailbox: MB, slug: 'oe-permissions-practice-manager-samsung',
      eml: simpleMail({ seed: 'o9', mailbox: MB, client: 'samsung', from: 'Roe Gillian (PENNINE VIEW PRACTICE) <gillian.roe@nhs.net>', subject: 'OE permissions', date: rfcDate(19, 7, 58, 0), text, html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">${text.split('\n').map((l) => `<div dir="auto">${l ? htmlEscape(l) : '<br>'}</div>`).join('')}</body></html>` }),
      expected: ex('open_exeter_additional_permissions', orgGp('B86031'), {
        user: { name: 'Amir Haddad', email: 'amir.haddad@nhs.net', username: 'AHADDA01' }, permissions: ['Prior Notification List'], signatory: { name: 'Gillian Roe', email: 'gillian.roe@nhs.net', role: 'other' },
      }, ['samsung_email', 'short', 'nickname_sign_off'], ['signatory_role_not_allowed']),
    });
  }

  // 10 Open Exeter's own new-user notification
  {
    const text = `This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation Code   : N81053
Organisation Name   : TRINITY LANE SURGERY
User ID             : RSMITH07
Surname             : SMITH
Forename            : RACHEL
Email Address       : rachel.smith22@nhs.net
Created By          : SAKHTA01 (AKHTAR, SHABNAM)
Date Created        : 19/11/2026 11:42

Open Exeter Service Desk`;
    out.push({
      mailbox: MB, slug: 'oe-new-user-notification',
      eml: simpleMail({ seed: 'o10', mailbox: MB, client: 'system', from: 'Open Exeter <openexeter.notifications@nhs.net>', subject: 'Open Exeter - New User Notification - N81053', date: rfcDate(19, 11, 42, 31), text, charset: 'us-ascii', cte: '7bit' }),
      expected: ex('open_exeter_new_user_authorisation', orgGp('N81053'), {
        user: { name: 'Rachel Smith', email: 'rachel.smith22@nhs.net', username: 'RSMITH07' }, createdBy: { name: 'Shabnam Akhtar', email: null },
      }, ['system_notification', 'surname_first_capitals']),
    });
  }

  // 11 The same notification forwarded by the primary user who created the account
  {
    const notice = 'This is an automated message from Open Exeter. Please do not reply to this email.\n\nA new user account has been created by a Primary User and requires authorisation by PCSE.\n\nOrganisation Code   : E85711\nOrganisation Name   : KINGSWAY MEDICAL PRACTICE\nUser ID             : TGREAV01\nSurname             : GREAVES\nForename            : THOMAS\nEmail Address       : thomas.greaves@nhs.net\nCreated By          : DKELL01 (KELL, DARREN)\nDate Created        : 20/11/2026 09:05\n\nOpen Exeter Service Desk';
    const main = 'Hi,\n\nI set up Tom on Open Exeter this morning - please can you authorise his account? He starts in reception on Monday.\n\nThanks\nDarren\n';
    out.push({
      mailbox: MB, slug: 'oe-new-user-forwarded-by-creator',
      eml: outlookMail({ seed: 'o11', mailbox: MB, from: 'Kell Darren (KINGSWAY MEDICAL PRACTICE) <darren.kell@nhs.net>', subject: 'FW: Open Exeter - New User Notification - E85711', date: rfcDate(20, 9, 30, 12), main,
        word: { quoted: { from: 'Open Exeter <openexeter.notifications@nhs.net>', sent: longDate(20, 9, 5), to: 'Kell Darren (KINGSWAY MEDICAL PRACTICE) <darren.kell@nhs.net>', subject: 'Open Exeter - New User Notification - E85711', body: notice }, footer: NHSMAIL_FOOTER } }),
      expected: ex('open_exeter_new_user_authorisation', orgGp('E85711'), {
        user: { name: 'Thomas Greaves', email: 'thomas.greaves@nhs.net', username: 'TGREAV01' }, createdBy: { name: 'Darren Kell', email: 'darren.kell@nhs.net' },
      }, ['forwarded_outlook_headers', 'system_notification_quoted', 'creator_is_sender']),
    });
  }

  // 12 PCSE Online unlock sent to the Open Exeter mailbox, iPhone
  {
    const text = 'Hello, I\'m locked out of PCSE Online (not Open Exeter) after getting my password wrong. My username is kerry.lund@nhs.net - I\'m the PCN user admin for North Moors PCN, U60714. Can you unlock it please?\n\nKerry\n\nSent from my iPhone';
    out.push({
      mailbox: MB, slug: 'unlock-misdirected-iphone',
      eml: simpleMail({ seed: 'o12', mailbox: MB, client: 'iphone', from: 'Kerry Lund <kerry.lund@nhs.net>', subject: 'Locked out of PCSE', date: rfcDate(23, 18, 4, 55), text }),
      expected: ex('account_unlock', { odsCode: 'U60714', type: 'pcn' }, { username: 'kerry.lund@nhs.net' }, ['misdirected', 'iphone_mail', 'plain_text_only']),
    });
  }

  // 13 A genuine question, HTML only from Apple Mail
  {
    const html = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;"><div>Hello,</div><div><br></div><div>Is there a maximum number of Open Exeter primary users a practice can have? We have two at the moment and would like a third for holiday cover. Also does the new one need a separate form signed by a partner?</div><div><br></div><div>Thank you,</div><div>Marian Cole</div><div>Practice Manager, Riverside Surgery</div></body></html>';
    out.push({
      mailbox: MB, slug: 'question-primary-user-limit-html-only',
      eml: simpleMail({ seed: 'o13', mailbox: MB, client: 'apple', from: 'Marian Cole <marian.cole2@nhs.net>', subject: 'Primary users query', date: rfcDate(24, 11, 11, 11), html }),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'html_only', 'apple_mail'] },
    });
  }

  // 14 Chaser with our reference in the subject, Gmail reply with the quoted original in a blockquote
  {
    const quoted = 'Thank you for your email. Your request has been logged with reference PCSE-2026-006023.\n\nPCSE Open Exeter team';
    const text = `Hello, just checking on this one - the practice has no primary user at the moment so nobody can reset passwords.

Thanks
Fiona

On Thu, 12 Nov 2026 at 11:02, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:
${quoteLines(quoted)}

${LEGAL_MULTI}`;
    const html = divHtml('Hello, just checking on this one - the practice has no primary user at the moment so nobody can reset passwords.\n\nThanks\nFiona', { gmailQuote: { attribution: 'On Thu, 12 Nov 2026 at 11:02, PCSE Open Exeter <pcse.openexeter@nhs.net> wrote:', body: quoted } });
    out.push({
      mailbox: MB, slug: 'chaser-reference-gmail-blockquote',
      eml: simpleMail({ seed: 'o14', mailbox: MB, client: 'gmail', from: 'Fiona Drummond <fiona.drummond@nhs.net>', subject: 'Re: [EXT] PCSE-2026-006023 Open Exeter Primary User', date: rfcDate(25, 9, 0, 0), text, html, inReplyTo: '<pcse.2026006023.ack@pcse.england.nhs.uk>' }),
      expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference', 'gmail_blockquote'] },
    });
  }

  // 15 Automatic reply from NHSmail
  {
    const text = 'I am currently on annual leave returning on 30/11/2026. For Open Exeter queries please contact Shabnam Akhtar at the practice.\n\nThank you';
    out.push({
      mailbox: MB, slug: 'auto-reply-annual-leave',
      eml: simpleMail({ seed: 'o15', mailbox: MB, client: 'owa', from: 'Adebayo Oluwaseun (TRINITY LANE SURGERY) <o.adebayo@nhs.net>', subject: 'Automatic reply: Open Exeter Primary User request - N81053', date: rfcDate(20, 10, 1, 2), text, html: divHtml(text),
        extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'o.adebayo@nhs.net']] }),
      expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'annual_leave'] },
    });
  }

  return out;
}
