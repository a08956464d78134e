/** openexeter: primary-user request forms, additional permissions, Open Exeter's new-user notifications. */
import { OE_GP_TITLE, OE_INTRO, OE_OTHER_TITLE, oeGpPage2, oeOtherPage2, writePdf, type PdfField } from './pdfs.js';
import { buildMessage } from './mime.js';
import {
  MAILBOX_ADDR, esc, htmlToText, mid, nhsAuth, outlook, outlookHeaders, p, person, quoted, signature, withRole, type CorpusEmail,
} from './common.js';

const TO = MAILBOX_ADDR.openexeter;
const ORG = (odsCode: string | null, type = 'gp_practice') => ({ odsCode, type });

/** Page 1 of the GP form; the field names are whatever habit the builder had. */
function oeFields(names: string[], values: string[]): { heading: string; fields: PdfField[] }[] {
  const labels = ['Practice name', 'Practice code', 'Primary user name', 'Job title', 'Email address', 'Telephone', 'Signatory name', 'Signatory position', 'Signatory email', 'Signature', 'Date'];
  const f = labels.map((label, i) => ({ label, name: names[i] ?? `f${i}`, value: values[i] ?? '' }));
  return [{ heading: 'Section 1 - Proposed Primary User', fields: f.slice(0, 6) }, { heading: 'Section 2 - Authorised signatory', fields: f.slice(6) }];
}

export async function openexeter(): Promise<CorpusEmail[]> {
  const out: CorpusEmail[] = [];
  const add = (slug: string, msg: Parameters<typeof buildMessage>[0], expected: CorpusEmail['expected']) =>
    out.push({ mailbox: 'openexeter', slug, msg, expected });
  const sig = (lines: string[]) => signature(lines);

  // 39. Scanned GP form, lead GP signs, body says almost nothing
  await writePdf({
    file: 'c5-oe-gp-brookfield-scan.pdf', title: OE_GP_TITLE, intro: OE_INTRO, style: 'scan', signature: 'scribble', rotate: 0.9, seed: 39,
    sections: oeFields([], ['Brookfield Surgery', 'B87002', 'Alison Firth', 'Practice Manager', 'alison.firth@nhs.net', '0113 282 4440', 'Dr Rajesh Menon', 'Lead GP', 'r.menon@nhs.net', '', '16/11/2026']),
    page2: oeGpPage2('Lead GP'),
  });
  add('039-oe-gp-scan-lead-gp', {
    topHeaders: nhsAuth(39), from: 'Alison Firth <alison.firth@nhs.net>', to: TO, subject: 'Open Exeter form',
    date: 'Mon, 16 Nov 2026 09:05:00 +0000', messageId: mid(39), text: 'Form attached.\n\nAlison\n\nSent from Outlook for iOS\n',
    attachments: [{ pdf: 'c5-oe-gp-brookfield-scan.pdf', filename: 'OE primary user.pdf' }],
  }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('B87002'),
    fields: { organisationKind: 'gp_practice', nominee: person('Alison Firth', 'alison.firth@nhs.net'), signatory: withRole('Rajesh Menon', 'r.menon@nhs.net', 'lead_gp') },
    mustRaise: [], traits: ['scanned-form', 'form-only', 'two-page-form', 'page2-tick'] });

  // 40. Scanned GP form, GP partner signs, non-ASCII nominee, partner forwards the nominee's email with approval
  await writePdf({
    file: 'c5-oe-gp-heaton-scan.pdf', title: OE_GP_TITLE, intro: OE_INTRO, style: 'scan', signature: 'scribble', rotate: -1.7, seed: 40,
    sections: oeFields([], ['Heaton Moor Medical Group', 'P88043', 'Małgorzata Kowalczyk', 'Reception Lead', 'm.kowalczyk@nhs.net', '0161 432 0671', 'Dr Niamh Gallagher', 'GP Partner', 'niamh.gallagher@nhs.net', '', '13/11/2026']),
    page2: oeGpPage2('GP Partner'),
  });
  {
    const inner = buildMessage({
      from: 'Małgorzata Kowalczyk <m.kowalczyk@nhs.net>', to: 'Niamh Gallagher <niamh.gallagher@nhs.net>', subject: 'Open Exeter primary user form',
      date: 'Fri, 13 Nov 2026 12:00:00 +0000', messageId: mid(140), text: 'Hi Dr Gallagher, I have scanned the form you signed this morning. Could you send it on to PCSE please?\nThanks, Gosia\n', encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-oe-gp-heaton-scan.pdf', filename: 'scan0042.pdf' }],
    });
    const html = outlook(p('Dear Open Exeter team,', '', 'Please find Gosia\u2019s primary user form attached, which I signed as GP Partner. I confirm my approval.', '', 'Kind regards')
      + sig(['Dr Niamh Gallagher', 'GP Partner', 'Heaton Moor Medical Group', '32 Heaton Moor Road, Stockport SK4 4NX']));
    add('040-oe-gp-scan-partner-forward-rfc822', {
      topHeaders: nhsAuth(40), from: 'GALLAGHER, Niamh (HEATON MOOR MEDICAL GROUP) <niamh.gallagher@nhs.net>', to: TO, subject: 'FW: Open Exeter primary user form',
      date: 'Mon, 16 Nov 2026 11:40:00 +0000', messageId: mid(40), headers: outlookHeaders(40), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ contentType: 'message/rfc822', content: inner, filename: 'Open Exeter primary user form.eml' }],
    }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('P88043'),
      fields: { organisationKind: 'gp_practice', nominee: person('Małgorzata Kowalczyk', 'm.kowalczyk@nhs.net'), signatory: withRole('Niamh Gallagher', 'niamh.gallagher@nhs.net', 'gp_partner') },
      mustRaise: [], traits: ['scanned-form', 'forwarded-rfc822', 'forwarder-approves', 'non-ascii-name', 'encoded-word-from', 'surname-comma-display-name'] });
  }

  // 41. Other organisation (community sexual health service), AcroForm with snake_case names, Caldicott Guardian
  await writePdf({
    file: 'c5-oe-other-snake.pdf', title: OE_OTHER_TITLE, intro: OE_INTRO, style: 'acro',
    sections: [
      { heading: 'Section 1 - Organisation and proposed Primary User', fields: [
        { label: 'Organisation name', name: 'organisation_name', value: 'Humber Community Sexual Health Service' },
        { label: 'Organisation code', name: 'organisation_code', value: 'RV9' },
        { label: 'Primary user name', name: 'primary_user_name', value: 'Colin Varley' },
        { label: 'Primary user email', name: 'primary_user_email', value: 'colin.varley@nhs.net' },
      ] },
      { heading: 'Section 2 - Authorised signatory', fields: [
        { label: 'Signatory name', name: 'signatory_name', value: 'Dr Beverley Oates' },
        { label: 'Signatory role', name: 'signatory_role', value: 'Caldicott Guardian' },
        { label: 'Signatory email', name: 'signatory_email', value: 'beverley.oates@nhs.net' },
        { label: 'Signature', name: 'signature', value: 'B Oates' },
        { label: 'Date', name: 'date_signed', value: '17/11/2026' },
      ] },
    ],
    page2: oeOtherPage2('Caldicott Guardian'),
  });
  {
    const html = outlook(p('Good morning,', '', 'Please find attached a request for a Primary User for our service. Our previous primary user has left the Trust.', '', 'Many thanks')
      + sig(['Colin Varley', 'Administration Team Leader', 'Humber Community Sexual Health Service', 'Conifer House, Prospect Street, Hull HU2 8PX']));
    add('041-oe-other-org-acro-snake', {
      topHeaders: nhsAuth(41), from: 'Colin Varley <colin.varley@nhs.net>', to: TO, subject: 'Open Exeter Primary User request - Humber CSHS',
      date: 'Tue, 17 Nov 2026 08:50:00 +0000', messageId: mid(41), headers: outlookHeaders(41), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-oe-other-snake.pdf', filename: 'Open Exeter Primary User Form - Other Organisations.pdf' }],
    }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('RV9', 'other'),
      fields: { organisationKind: 'other', nominee: person('Colin Varley', 'colin.varley@nhs.net'), signatory: withRole('Beverley Oates', 'beverley.oates@nhs.net', 'caldicott_guardian') },
      mustRaise: [], traits: ['acroform-snake-case', 'other-organisation', 'two-page-form', 'nominee-is-sender'] });
  }

  // 42. GP form signed by the practice manager (not an allowed signatory), txtCamel AcroForm
  await writePdf({
    file: 'c5-oe-gp-txt-pm-signs.pdf', title: OE_GP_TITLE, intro: OE_INTRO, style: 'acro',
    sections: oeFields(['txtPracticeName', 'txtPracticeCode', 'txtNomineeName', 'txtNomineeJobTitle', 'txtNomineeEmail', 'txtNomineePhone', 'txtSignatoryName', 'txtSignatoryPosition', 'txtSignatoryEmail', 'txtSignature', 'txtDate'],
      ['Marsh Lane Surgery', 'A84021', 'Lindsay Robson', 'Senior Receptionist', 'lindsay.robson@nhs.net', '0191 586 2173', 'Christine Dunn', 'Practice Manager', 'christine.dunn@nhs.net', 'C Dunn', '18/11/2026']),
    page2: oeGpPage2(null),
  });
  {
    const html = outlook(p('Dear PCSE,', '', 'Please see attached Open Exeter primary user form for Lindsay. I have signed it as Practice Manager as our partners are all on clinical sessions this week.', '', 'Regards')
      + sig(['Christine Dunn', 'Practice Manager', 'Marsh Lane Surgery, Peterlee SR8 5AB']));
    add('042-oe-gp-pm-signs-not-allowed', {
      topHeaders: nhsAuth(42), from: 'Christine Dunn <christine.dunn@nhs.net>', to: TO, subject: 'Open Exeter - primary user',
      date: 'Wed, 18 Nov 2026 10:00:00 +0000', messageId: mid(42), headers: outlookHeaders(42), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-oe-gp-txt-pm-signs.pdf', filename: 'OE_PrimaryUser_GP.pdf' }],
    }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('A84021'),
      fields: { organisationKind: 'gp_practice', nominee: person('Lindsay Robson', 'lindsay.robson@nhs.net'), signatory: withRole('Christine Dunn', 'christine.dunn@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'], traits: ['acroform-txt-prefix', 'signatory-not-allowed', 'page2-unticked'] });
  }

  // 43. Scanned GP form with an empty signature box
  await writePdf({
    file: 'c5-oe-gp-unsigned-scan.pdf', title: OE_GP_TITLE, intro: OE_INTRO, style: 'scan', signature: 'empty', rotate: 2.1, seed: 43,
    sections: oeFields([], ['Elmwood Medical Centre', 'N82054', 'Kerry-Ann Doyle', 'Office Manager', 'kerryann.doyle@nhs.net', '0151 526 1121', 'Dr Oluwaseun Adeyemi', 'Caldicott Guardian', 'o.adeyemi@nhs.net', '', '']),
    page2: oeGpPage2('Caldicott Guardian'),
  });
  {
    const html = outlook(p('Hello,', '', 'Attached is our Open Exeter primary user request for Kerry-Ann. Dr Adeyemi is our Caldicott Guardian.', '', 'Thanks,', 'Kerry-Ann Doyle', 'Office Manager, Elmwood Medical Centre, Liverpool'));
    add('043-oe-gp-scan-unsigned', {
      topHeaders: nhsAuth(43), from: 'Kerry-Ann Doyle <kerryann.doyle@nhs.net>', to: TO, subject: 'Open Exeter primary user request',
      date: 'Wed, 18 Nov 2026 14:20:00 +0000', messageId: mid(43), headers: outlookHeaders(43), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-oe-gp-unsigned-scan.pdf', filename: 'Scan_Elmwood_OE.pdf' }],
    }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('N82054'),
      fields: { organisationKind: 'gp_practice', nominee: person('Kerry-Ann Doyle', 'kerryann.doyle@nhs.net'), signatory: withRole('Oluwaseun Adeyemi', 'o.adeyemi@nhs.net', 'caldicott_guardian') },
      mustRaise: ['missing_signature'], traits: ['scanned-form', 'empty-signature-box', 'hyphenated-name'] });
  }

  // 44. Other organisation, flat form with values beside labels, existing primary user signs; ticks drawn as [X]
  await writePdf({
    file: 'c5-oe-other-beside.pdf', title: OE_OTHER_TITLE, intro: OE_INTRO, style: 'beside',
    sections: [
      { heading: 'Section 1', fields: [
        { label: 'Organisation name:', name: '', value: 'North Cumbria Colposcopy Unit' }, { label: 'Organisation code:', name: '', value: 'RNN' },
        { label: 'Proposed Primary User:', name: '', value: 'Stuart Nicholson' }, { label: 'Email:', name: '', value: 'stuart.nicholson@nhs.net' },
      ] },
      { heading: 'Section 2 - Signatory', fields: [
        { label: 'Name:', name: '', value: 'Janice Irving' }, { label: 'Email:', name: '', value: 'janice.irving@nhs.net' },
        { label: 'Caldicott Guardian', name: '', value: '', check: true }, { label: 'Member of the Board of Directors', name: '', value: '', check: true },
        { label: 'Existing Primary User within the organisation', name: '', value: 'X', check: true },
        { label: 'Signed:', name: '', value: 'J. Irving' }, { label: 'Date:', name: '', value: '18.11.2026' },
      ] },
    ],
    page2: oeOtherPage2(null),
  });
  {
    const html = outlook(p('Dear Open Exeter team,', '', 'I am the existing primary user for the unit and would like Stuart added as a second primary user, as recommended. Form attached.', '', 'Best regards')
      + sig(['Janice Irving', 'Colposcopy Services Coordinator', 'North Cumbria Integrated Care NHS Foundation Trust', 'Cumberland Infirmary, Carlisle CA2 7HY']));
    add('044-oe-other-existing-primary-user-flat', {
      topHeaders: nhsAuth(44), from: 'Janice Irving <janice.irving@nhs.net>', to: TO, subject: 'Second primary user - North Cumbria Colposcopy',
      date: 'Thu, 19 Nov 2026 09:15:00 +0000', messageId: mid(44), headers: outlookHeaders(44), html, text: htmlToText(html), encoding: 'quoted-printable',
      attachments: [{ pdf: 'c5-oe-other-beside.pdf', filename: 'OE form other orgs.pdf' }],
    }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('RNN', 'other'),
      fields: { organisationKind: 'other', nominee: person('Stuart Nicholson', 'stuart.nicholson@nhs.net'), signatory: withRole('Janice Irving', 'janice.irving@nhs.net', 'existing_primary_user') },
      mustRaise: [], traits: ['flat-pdf-value-beside', 'checkbox-x', 'other-organisation', 'repeated-labels'] });
  }

  // 45. A fifth scan: GP form, board member of a GP-at-scale provider signs, sent on behalf by a PA
  await writePdf({
    file: 'c5-oe-gp-board-scan.pdf', title: OE_GP_TITLE, intro: OE_INTRO, style: 'scan', signature: 'scribble', rotate: -0.6, seed: 45,
    sections: oeFields([], ['Conibear Health Centre', 'Y03312', 'Mark Ellison', 'Operations Manager', 'mark.ellison3@nhs.net', '01482 335 800', 'Sharon Pickering', 'Director (Board member)', 'sharon.pickering@nhs.net', '', '19/11/2026']),
    page2: oeGpPage2('Member of the Board of Directors'),
  });
  {
    const html = outlook(p('Dear PCSE,', '', 'I am sending the attached on behalf of Sharon Pickering, Director, who has signed the form for Mark Ellison at Conibear Health Centre.', '', 'Kind regards,')
      + sig(['Ruth Newsome', 'Executive Assistant to the Board', 'City Health Partners Ltd (GP at scale provider)']));
    add('045-oe-gp-scan-board-on-behalf', {
      topHeaders: nhsAuth(45), from: 'Ruth Newsome <ruth.newsome@nhs.net>', to: TO, cc: 'Sharon Pickering <sharon.pickering@nhs.net>',
      subject: 'Open Exeter Primary User - Conibear HC', date: 'Thu, 19 Nov 2026 12:00:00 +0000', messageId: mid(45), headers: outlookHeaders(45), html, text: htmlToText(html), encoding: 'base64',
      attachments: [{ pdf: 'c5-oe-gp-board-scan.pdf', filename: 'Conibear OE.pdf' }],
    }, { kind: 'open_exeter_primary_user_request', ignored: null, organisation: ORG('Y03312'),
      fields: { organisationKind: 'gp_practice', nominee: person('Mark Ellison', 'mark.ellison3@nhs.net'), signatory: withRole('Sharon Pickering', 'sharon.pickering@nhs.net', 'board_member') },
      mustRaise: [], traits: ['scanned-form', 'on-behalf-of', 'three-people', 'signatory-cc'] });
  }

  // 46. Additional permissions from a GP partner, in prose with a list
  {
    const html = outlook(p('Dear Open Exeter team,', '', 'As GP Partner at Eccleshill Medical Practice (B83055) I would like to request additional permissions for our existing Open Exeter user:', '',
      'Name: Farah Begum', 'Username: FBEGUM7', 'Email: farah.begum@nhs.net', '', 'Permissions required:')
      + '<ul type="disc"><li class="MsoListParagraph">Prior Notification List</li><li class="MsoListParagraph">Cytology result enquiry</li></ul>'
      + p('', 'Kind regards') + sig(['Dr Jonathan Wood', 'GP Partner', 'Eccleshill Medical Practice, Bradford', 'jonathan.wood@nhs.net']));
    add('046-oe-permissions-partner', {
      topHeaders: nhsAuth(46), from: 'Jonathan Wood <jonathan.wood@nhs.net>', to: TO, subject: 'Additional Open Exeter permissions - F Begum',
      date: 'Thu, 19 Nov 2026 15:30:00 +0000', messageId: mid(46), headers: outlookHeaders(46), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'open_exeter_additional_permissions', ignored: null, organisation: ORG('B83055'),
      fields: { user: { name: 'Farah Begum', email: 'farah.begum@nhs.net', username: 'FBEGUM7' }, permissions: ['Prior Notification List', 'Cytology result enquiry'],
        signatory: withRole('Jonathan Wood', 'jonathan.wood@nhs.net', 'gp_partner') },
      mustRaise: [], traits: ['html-list', 'outlook-html'] });
  }

  // 47. Practice manager forwards the lead GP's approval (quoted) for permissions; signatory is the lead GP
  {
    const inner = p('Happy for Carol to have the Prior Notification List permission on Open Exeter. Please send to PCSE.', '', 'Dr Andrew Heslop', 'Lead GP, Ormesby Road Surgery');
    const html = outlook(p('Dear PCSE,', '', 'Please see Dr Heslop\u2019s approval below. Could our existing user Carol Pearson (username CPEARSON2, carol.pearson@nhs.net) be given the Prior Notification List permission?', '', 'Thanks', 'Mandy Stephenson, Practice Manager')
      + quoted('Andrew Heslop <andrew.heslop@nhs.net>', '18 November 2026 08:12', 'Mandy Stephenson <mandy.stephenson@nhs.net>', 'Open Exeter access for Carol', inner));
    add('047-oe-permissions-pm-forwards-lead-gp', {
      topHeaders: nhsAuth(47), from: 'Mandy Stephenson <mandy.stephenson@nhs.net>', to: TO, cc: 'Andrew Heslop <andrew.heslop@nhs.net>',
      subject: 'FW: Open Exeter access for Carol', date: 'Fri, 20 Nov 2026 09:00:00 +0000', messageId: mid(47), headers: outlookHeaders(47, 'Open Exeter access for Carol'), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'open_exeter_additional_permissions', ignored: null, organisation: ORG(null),
      fields: { user: { name: 'Carol Pearson', email: 'carol.pearson@nhs.net', username: 'CPEARSON2' }, permissions: ['Prior Notification List'],
        signatory: withRole('Andrew Heslop', 'andrew.heslop@nhs.net', 'lead_gp') },
      mustRaise: [], traits: ['forwarded-inline', 'forwarder-adds-request', 'approval-in-quoted-part', 'three-people'] });
  }

  // 48. Permissions asked from a personal (non-NHS) address, no NHSmail stamp
  {
    const text = `Hello,

I'm the Caldicott Guardian at Saltburn Health Centre. I am working from home today so using my own email. Please give our user Beth Tindall (username BTINDALL, beth.tindall@nhs.net) access to the Cytology result enquiry screen.

Dr Philip Gaunt
`;
    add('048-oe-permissions-personal-address', {
      topHeaders: ['Authentication-Results: spf=pass (sender IP is 209.85.128.41) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100'],
      from: 'Philip Gaunt <phil.gaunt64@gmail.com>', to: TO, subject: 'open exeter access',
      date: 'Fri, 20 Nov 2026 19:44:00 +0000', messageId: '<CAJx7vQ5c5n48kP0w@mail.gmail.com>', text, lf: true,
    }, { kind: 'open_exeter_additional_permissions', ignored: null, organisation: ORG(null),
      fields: { user: { name: 'Beth Tindall', email: 'beth.tindall@nhs.net', username: 'BTINDALL' }, permissions: ['Cytology result enquiry'],
        signatory: withRole('Philip Gaunt', 'phil.gaunt64@gmail.com', 'caldicott_guardian') },
      mustRaise: ['sender_not_nhs'], traits: ['sender-not-nhs', 'lf-line-endings', 'free-prose'] });
  }

  // 49. Permissions requested by the practice manager herself
  {
    const text = `Dear Open Exeter,

Please can you add the Prior Notification List permission to Sophie Atkinson's account (username SATKINSON, sophie.atkinson@nhs.net).

Thank you
Yvonne Marshall
Practice Manager, Hexham Priors Surgery
yvonne.marshall@nhs.net
`;
    add('049-oe-permissions-pm-not-allowed', {
      topHeaders: nhsAuth(49), from: 'Yvonne Marshall <yvonne.marshall@nhs.net>', to: TO, subject: 'Permissions',
      date: 'Mon, 23 Nov 2026 08:40:00 +0000', messageId: mid(49), text,
    }, { kind: 'open_exeter_additional_permissions', ignored: null, organisation: ORG(null),
      fields: { user: { name: 'Sophie Atkinson', email: 'sophie.atkinson@nhs.net', username: 'SATKINSON' }, permissions: ['Prior Notification List'],
        signatory: withRole('Yvonne Marshall', 'yvonne.marshall@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'], traits: ['signatory-not-allowed', 'plain-text'] });
  }

  // 50. Open Exeter's own notification, HTML table with SURNAME, Forename
  {
    const rows: [string, string][] = [['Organisation', 'B86017 - LEEDS CITY MEDICAL PRACTICE'], ['New user', 'OKONKWO, Chidinma'], ['User ID', 'COKONKWO'], ['Email', 'chidinma.okonkwo@nhs.net'],
      ['Created by', 'HARGREAVES, Louise'], ['Creator email', 'louise.hargreaves@nhs.net'], ['Created', '20/11/2026 16:02']];
    const html = `<html><body style="font-family:Arial;font-size:10pt"><p>Open Exeter Organisation Maintenance - new user notification</p>
<table border="1" cellpadding="3">${rows.map(([a, b]) => `<tr><th align="left">${esc(a)}</th><td>${esc(b)}</td></tr>`).join('')}</table>
<p>This user requires authorisation before a password can be issued.</p><p>This is an automated message. Do not reply.</p></body></html>`;
    add('050-oe-new-user-notification-table', {
      topHeaders: nhsAuth(50), from: 'Open Exeter <open.exeter.notifications@nhs.net>', to: TO, subject: 'Open Exeter: new user created - B86017',
      date: 'Fri, 20 Nov 2026 16:02:30 +0000', messageId: mid(50, 'oe-notify.nhs.net'), html, encoding: 'quoted-printable',
    }, { kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: ORG('B86017'),
      fields: { user: { name: 'Chidinma Okonkwo', email: 'chidinma.okonkwo@nhs.net', username: 'COKONKWO' }, createdBy: person('Louise Hargreaves', 'louise.hargreaves@nhs.net') },
      mustRaise: [], traits: ['system-notification', 'surname-comma-forename', 'html-only', 'html-table'] });
  }

  // 51. Open Exeter notification as plain text, forwarded by a PCSE colleague from the generic inbox
  {
    const text = `Hi team, this one landed in the general inbox, forwarding for authorisation.

-----Original Message-----
From: Open Exeter <open.exeter.notifications@nhs.net>
Sent: 23 November 2026 07:58
To: PCSE Enquiries
Subject: Open Exeter: new user created - P82011

ORGANISATION: P82011 (CROMPTON VIEW SURGERY)
NEW USER: BRADSHAW, Kieran  (ID: KBRADSHAW)  kieran.bradshaw@nhs.net
CREATED BY PRIMARY USER: RAMSBOTTOM, Janet  janet.ramsbottom@nhs.net

Authorise the user and issue a temporary password.
`;
    add('051-oe-new-user-forwarded-plain', {
      topHeaders: nhsAuth(51), from: 'Gemma Ward (PCSE) <gemma.ward14@nhs.net>', to: TO, subject: 'FW: Open Exeter: new user created - P82011',
      date: 'Mon, 23 Nov 2026 08:30:00 +0000', messageId: mid(51), text,
    }, { kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: ORG('P82011'),
      fields: { user: { name: 'Kieran Bradshaw', email: 'kieran.bradshaw@nhs.net', username: 'KBRADSHAW' }, createdBy: person('Janet Ramsbottom', 'janet.ramsbottom@nhs.net') },
      mustRaise: [], traits: ['system-notification', 'surname-comma-forename', 'forwarded-inline', 'pcse-internal-forward'] });
  }

  // 52. Question about permissions that requests nothing
  {
    const html = outlook(p('Hello,', '', 'We have two primary users at Wetherby Road Surgery already. One is moving to part-time. Does she keep Organisation Maintenance, and is there any limit on how many users a primary user can add? Just checking before we decide anything.', '', 'Thanks')
      + sig(['Angela Pratt', 'Practice Manager', 'Wetherby Road Surgery, Harrogate']));
    add('052-oe-question-no-request', {
      topHeaders: nhsAuth(52), from: 'Angela Pratt <angela.pratt@nhs.net>', to: TO, subject: 'Primary user question',
      date: 'Mon, 23 Nov 2026 10:20:00 +0000', messageId: mid(52), headers: outlookHeaders(52), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question-no-request', 'mentions-permissions'] });
  }

  // 53. Bounce from a mistyped practice address
  {
    const text = `Delivery has failed to these recipients or groups:

brookfield.surgery@nhs.nett
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: CWLP265MB5139.GBRP265.PROD.OUTLOOK.COM
Remote Server returned '550 5.4.310 DNS domain nhs.nett does not exist'
`;
    add('053-bounce-ndr', {
      topHeaders: nhsAuth(53), from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>', to: TO,
      subject: 'Undeliverable: PCSE-2026-005412 Open Exeter primary user created', date: 'Mon, 23 Nov 2026 11:00:00 +0000', messageId: mid(53),
      headers: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '], text,
    }, { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'ndr'] });
  }

  // 54. Chaser about a primary user form, with reference, quoted reply
  {
    const html = outlook(p('Hi,', '', 'Just chasing PCSE-2026-005388, the primary user form we sent on the 9th. We have no one who can add users at the moment.', '', 'Many thanks')
      + sig(['Alison Firth', 'Practice Manager', 'Brookfield Surgery'])
      + quoted('PCSE Open Exeter <pcse.openexeter@nhs.net>', '09 November 2026 09:10', 'Alison Firth <alison.firth@nhs.net>', 'PCSE-2026-005388 We have received your request', p('Your reference is PCSE-2026-005388.')));
    add('054-oe-chaser-with-ref', {
      topHeaders: nhsAuth(54), from: 'Alison Firth <alison.firth@nhs.net>', to: TO, subject: 'RE: PCSE-2026-005388 We have received your request',
      date: 'Mon, 23 Nov 2026 13:30:00 +0000', messageId: mid(54), headers: outlookHeaders(54), html, text: htmlToText(html), encoding: 'quoted-printable',
    }, { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case-ref', 'quoted-history'] });
  }

  return out;
}
