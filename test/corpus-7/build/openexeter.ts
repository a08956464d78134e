/** Emails to pcse.openexeter@nhs.net. */
import {
  F, FOOTER, FOOTER_HTML, arrives, both, date, escapeHtml, org, outlook, p, paras, pr, quoteHeaderHtml, sentLine, table,
  type Entry,
} from './common.js';

const M = 'openexeter' as const;
const oePr = (name: string | null, email: string | null, role: 'lead_gp' | 'gp_partner' | 'caldicott_guardian' | 'existing_primary_contact' | 'board_member' | 'existing_primary_user' | 'other') =>
  ({ ...pr(name, email, role), role });

export const OPENEXETER: Entry[] = [
  {
    n: 41, slug: 'primary-user-form-only-textn', mailbox: M,
    message: arrives(M, 'Leanne Marsh <leanne.marsh@nhs.net>', 'Open Exeter', date(12, 1, '10:20:30'), 'c7o041', {
      text: `Please see attached form.

Kind regards
Leanne
${FOOTER}`,
      attachments: [{ pdf: 'c7-oe-kingfisher-textn.pdf', filename: 'OE primary user form.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('B82101', 'gp_practice'),
      fields: F.oePrimary('gp_practice', p('Lucy Haworth', 'lucy.haworth@nhs.net'), oePr('Graham Ellis', 'graham.ellis@nhs.net', 'gp_partner')),
      mustRaise: [], traits: ['form-only', 'acroform-text-n', 'two-page-form', 'page2-decoy-example', 'three-people', 'pdf-attached'],
    },
  },
  {
    n: 42, slug: 'primary-user-other-org-cells', mailbox: M,
    message: arrives(M, 'Joy Akinola <joy.akinola@nhs.net>', 'Primary User request - Integrated Sexual Health Service', date(12, 1, '14:55:07'), 'c7o042', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Dear PCSE Open Exeter team,

Please find attached our request for a new Primary User for the Integrated Sexual Health Service, signed by our Trust's Caldicott Guardian. Our previous primary user retired in October.

Kind regards
Joy Akinola
Service Administration Lead
Integrated Sexual Health Service | Shropshire Community Health NHS Trust`)}
${FOOTER_HTML}`)),
      attachments: [{ pdf: 'c7-oe-sexual-health-cells.pdf', filename: 'Open Exeter Primary User - ISHS.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('R1D', 'other'),
      fields: F.oePrimary('other', p('Bethan Morgan-Rees', 'bethan.morgan-rees@nhs.net'), oePr('Alistair Finch', 'alistair.finch@nhs.net', 'caldicott_guardian')),
      mustRaise: [], traits: ['other-organisation', 'community-trust', 'flat-pdf-table', 'two-page-form', 'page2-tick', 'three-people', 'hyphenated-name', 'pdf-attached'],
    },
  },
  {
    n: 43, slug: 'primary-user-scan-cursive', mailbox: M,
    message: arrives(M, 'Ridgeway Surgery <ridgeway.surgery@nhs.net>', 'Scanned from a Xerox Multifunction Printer', date(12, 2, '09:02:51'), 'c7o043', {
      text: `Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF, Multi-Page

Multifunction Printer Location: Ridgeway Surgery admin office
Device Name: XRX-ADMIN-01
`,
      attachments: [{ pdf: 'c7-oe-ridgeway-scan.pdf', filename: 'Scan_0212_090231.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('K84052', 'gp_practice'),
      fields: F.oePrimary('gp_practice', p('Natalia Wojcik', 'natalia.wojcik@nhs.net'), oePr('Helen Marsh-Baptiste', 'helen.marsh-baptiste@nhs.net', 'lead_gp')),
      mustRaise: [], traits: ['scanned-form', 'handwriting-cursive', 'scanner-boilerplate-body', 'form-only', 'two-page-form', 'page2-tick', 'hyphenated-name', 'pdf-attached'],
    },
  },
  {
    n: 44, slug: 'primary-user-photo-unsigned', mailbox: M,
    message: arrives(M, 'Tariq Aziz <tariq.aziz@nhs.net>', 'Open Exeter primary user form - Oak Tree Lane Surgery', date(12, 2, '18:30:40'), 'c7o044', {
      text: `Hi, form attached for our new primary user. Photo taken on my phone, hope it is readable.

Thanks
Dr Tariq Aziz
GP Partner, Oak Tree Lane Surgery

Sent from my Galaxy`,
      attachments: [{ pdf: 'c7-oe-oaktree-photo.pdf', filename: 'Scanned Document.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('M84627', 'gp_practice'),
      fields: F.oePrimary('gp_practice', p('Priya Venkataraman', 'priya.venkataraman@nhs.net'), oePr('Tariq Aziz', 'tariq.aziz@nhs.net', 'gp_partner')),
      mustRaise: ['missing_signature'], traits: ['scanned-form', 'phone-photo', 'handwriting-round', 'empty-signature-box', 'signatory-is-sender', 'pdf-attached'],
    },
  },
  {
    n: 45, slug: 'primary-user-pm-signs-snake-case', mailbox: M,
    message: arrives(M, 'Karen Lowther <karen.lowther@nhs.net>', 'Open Exeter Primary User - Bankside Medical Practice', date(12, 3, '08:40:15'), 'c7o045', {
      text: `Good morning,

Both of our existing primary users have now left the practice. I have signed the attached form as practice manager as the partners are all on leave this week, so that Jamal can be set up.

Kind regards
Karen Lowther
Practice Manager
Bankside Medical Practice
${FOOTER}`,
      attachments: [{ pdf: 'c7-oe-bankside-snake.pdf', filename: 'primary_user_request.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('J83029', 'gp_practice'),
      fields: F.oePrimary('gp_practice', p('Jamal Idris', 'jamal.idris@nhs.net'), oePr('Karen Lowther', 'karen.lowther@nhs.net', 'other')),
      mustRaise: ['signatory_role_not_allowed'], traits: ['signatory-not-allowed', 'acroform-snake-case', 'signatory-is-sender', 'pdf-attached'],
    },
  },
  {
    n: 46, slug: 'primary-user-other-org-photo-caps', mailbox: M,
    message: arrives(M, 'Sophie Trelawny <sophie.trelawny@nhs.net>', 'Primary user form', date(12, 3, '12:21:09'), 'c7o046', {
      text: `Hello

Please find our signed Open Exeter form for Avonmead Community Health's contraception and sexual health clinics. Our Director of Nursing, who sits on the board, has signed it.

Sophie
${FOOTER}`,
      attachments: [{ pdf: 'c7-oe-avonmead-photo.pdf', filename: 'IMG_4471.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org(null, 'other'),
      fields: F.oePrimary('other', p('Sophie Trelawny', 'sophie.trelawny@nhs.net'), oePr('Marcus Delaney', 'marcus.delaney@nhs.net', 'board_member')),
      mustRaise: [], traits: ['scanned-form', 'phone-photo', 'handwriting-caps', 'other-organisation', 'nominee-is-sender', 'no-ods-code', 'two-page-form', 'page2-tick', 'pdf-attached'],
    },
  },
  {
    n: 47, slug: 'primary-user-lead-gp-forwards-grid-form', mailbox: M,
    message: arrives(M, 'Nkem Achebe <nkem.achebe@nhs.net>', 'FW: Open Exeter primary user for Bríd', date(12, 4, '09:58:34'), 'c7o047', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`PCSE,

Approved – I have signed the attached form as Lead GP. NB the practice code in Sarah's email below is a typo; it is E82096, as on the form.

Dr Nkem Achebe
Lead GP, Greenhill Health Centre`)}
${quoteHeaderHtml('Sarah Whitlock <sarah.whitlock@nhs.net>', sentLine(12, 3, '17:15'), 'Nkem Achebe <nkem.achebe@nhs.net>', 'Open Exeter primary user for Bríd')}
${paras(`Hi Nkem,

Could you sign the attached Open Exeter form so that Bríd can be our second primary user for Greenhill Health Centre (E82069), and send it straight to PCSE?

Thanks
Sarah Whitlock
Practice Manager`)}
${FOOTER_HTML}`)),
      attachments: [{ pdf: 'c7-oe-greenhill-grid.pdf', filename: 'OE Primary User Request Greenhill signed.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('E82096', 'gp_practice'),
      fields: F.oePrimary('gp_practice', p("Bríd O'Connell", 'brid.oconnell@nhs.net'), oePr('Nkem Achebe', 'nkem.achebe@nhs.net', 'lead_gp')),
      mustRaise: [], traits: ['forwarder-approves', 'forwarded-inline', 'flat-pdf-grid', 'surname-forename-split', 'conflicting-ods-body-corrects-quote', 'non-ascii-name', 'apostrophe-name', 'three-people', 'pdf-attached'],
    },
  },
  {
    n: 48, slug: 'permissions-gp-partner-bullets', mailbox: M,
    message: arrives(M, 'Rhiannon Pugh <rhiannon.pugh@nhs.net>', 'Additional Open Exeter permissions - Kerry Lam', date(12, 4, '13:02:11'), 'c7o048', {
      text: `Dear Open Exeter team,

Please could you add the following permissions to our administrator Kerry Lam's Open Exeter account (username KLAM0042):

  * Prior Notification List
  * Cytology Results Enquiry

I am a GP Partner at Wyeside Surgery (W91037).

Many thanks
Dr Rhiannon Pugh
${FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('W91037', 'gp_practice'),
      fields: F.oePermissions({ name: 'Kerry Lam', email: null, username: 'KLAM0042' }, ['Prior Notification List', 'Cytology Results Enquiry'], oePr('Rhiannon Pugh', 'rhiannon.pugh@nhs.net', 'gp_partner')),
      mustRaise: [], traits: ['bulleted-permissions', 'signatory-is-sender', 'plain-text', 'possessive-name'],
    },
  },
  {
    n: 49, slug: 'permissions-practice-manager-asks', mailbox: M,
    message: arrives(M, 'Bridget Nolan <bridget.nolan@nhs.net>', 'Open Exeter access for new admin', date(12, 7, '10:40:44'), 'c7o049', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hello,

I'm the practice manager at Crossways Surgery (Q82011). Please can you give our new administrator, Tayo Bamidele (tayo.bamidele@nhs.net, Open Exeter username TBAMIDELE), the following permissions:
`)}
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Patient Enquiry<o:p></o:p></li>
<li class="MsoNormal">Call/Recall<o:p></o:p></li>
</ul>
${paras(`
Thanks,
Bridget Nolan
Practice Manager`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('Q82011', 'gp_practice'),
      fields: F.oePermissions({ name: 'Tayo Bamidele', email: 'tayo.bamidele@nhs.net', username: 'TBAMIDELE' }, ['Patient Enquiry', 'Call/Recall'], oePr('Bridget Nolan', 'bridget.nolan@nhs.net', 'other')),
      mustRaise: ['signatory_role_not_allowed'], traits: ['signatory-not-allowed', 'html-list', 'signatory-is-sender', 'multipart-alternative'],
    },
  },
  {
    n: 50, slug: 'permissions-lead-gp-gmail', mailbox: M,
    message: {
      ...arrives(M, 'Dr Seun Adebayo <dr.s.adebayo@gmail.com>', 'Open Exeter permissions for our nurse lead', date(12, 7, '20:15:33'), 'c7o050'),
      text: `Hi

Writing from my personal email as NHSmail is playing up at home. I'm the Lead GP at Parkview Surgery (A84033). Could you please give our nurse lead Maria Santos (username MSANTOS1) the Sample Taker Maintenance permission on Open Exeter?

Thanks
Seun Adebayo
Lead GP, Parkview Surgery`,
    },
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('A84033', 'gp_practice'),
      fields: F.oePermissions({ name: 'Maria Santos', email: null, username: 'MSANTOS1' }, ['Sample Taker Maintenance'], oePr('Seun Adebayo', 'dr.s.adebayo@gmail.com', 'lead_gp')),
      mustRaise: ['sender_not_nhs'], traits: ['sender-not-nhs', 'personal-email', 'no-nhsmail-stamp', 'honorific-in-display-name', 'inline-values'],
    },
  },
  {
    n: 51, slug: 'permissions-caldicott-forwards-request', mailbox: M,
    message: arrives(M, 'Kofi Mensah-Bonsu <kofi.mensah-bonsu@nhs.net>', 'FW: Open Exeter permissions - Grace', date(12, 8, '08:31:27'), 'c7o051', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`PCSE – I confirm and authorise the request below as Caldicott Guardian for Hollins Park Surgery.

Kofi Mensah-Bonsu`)}
${quoteHeaderHtml('Amy Rowbotham <amy.rowbotham@nhs.net>', sentLine(12, 7, '16:50'), 'Kofi Mensah-Bonsu <kofi.mensah-bonsu@nhs.net>', 'Open Exeter permissions - Grace')}
${paras(`Hi Kofi,

PCSE need this to come from you. Could you authorise Grace Whitfield (username GWHITFIELD, grace.whitfield2@nhs.net) being given these Open Exeter permissions and forward to pcse.openexeter@nhs.net?
`)}
${table([['Permission'], ['Result Letters'], ['Non-Responders']], true)}
${paras(`
Practice: Hollins Park Surgery, L84019

Thanks
Amy Rowbotham
Assistant Practice Manager`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('L84019', 'gp_practice'),
      fields: F.oePermissions({ name: 'Grace Whitfield', email: 'grace.whitfield2@nhs.net', username: 'GWHITFIELD' }, ['Result Letters', 'Non-Responders'], oePr('Kofi Mensah-Bonsu', 'kofi.mensah-bonsu@nhs.net', 'caldicott_guardian')),
      mustRaise: [], traits: ['forwarder-approves', 'request-in-quote', 'html-table', 'three-people', 'hyphenated-name', 'multipart-alternative'],
    },
  },
  {
    n: 52, slug: 'new-user-notification-surname-comma', mailbox: M,
    message: arrives(M, 'Open Exeter <openexeter.notifications@nhs.net>', 'Open Exeter - New User Created - Organisation C82040', date(12, 8, '11:04:00'), 'c7o052', {
      encoding: 'base64',
      html: `<html><body style="font-family:Arial;font-size:10pt">
<p>The following user has been created by a Primary User and requires authorisation.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">User ID</th><td>LTHOMPSON5</td></tr>
<tr><th align="left">User Name</th><td>THOMPSON, Lauren</td></tr>
<tr><th align="left">Email</th><td>lauren.thompson12@nhs.net</td></tr>
<tr><th align="left">Organisation</th><td>C82040 - WOODGATE VALLEY PRACTICE</td></tr>
<tr><th align="left">Created By</th><td>OKONKWO, Chidi (COKONKWO1)</td></tr>
<tr><th align="left">Creator Email</th><td>chidi.okonkwo@nhs.net</td></tr>
<tr><th align="left">Date Created</th><td>08/12/2026 11:03</td></tr>
</table>
<p>This is an automatically generated email. Please do not reply.</p>
</body></html>`,
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('C82040', 'gp_practice'),
      fields: F.oeNewUser({ name: 'Lauren Thompson', email: 'lauren.thompson12@nhs.net', username: 'LTHOMPSON5' }, p('Chidi Okonkwo', 'chidi.okonkwo@nhs.net')),
      mustRaise: [], traits: ['system-notification', 'surname-comma-forename', 'html-only', 'html-table', 'base64-body', 'upper-case-values'],
    },
  },
  {
    n: 53, slug: 'new-user-notification-plain', mailbox: M,
    message: arrives(M, 'Open Exeter <openexeter.notifications@nhs.net>', 'New user awaiting authorisation (L81642)', date(12, 9, '14:47:00'), 'c7o053', {
      text: `A new user has been added by Primary User Maeve O'Sullivan (maeve.osullivan@nhs.net) for organisation L81642.

    Name .......... DE SOUZA, Anita
    Username ...... ADESOUZA
    Email ......... anita.desouza@nhs.net

Please authorise this user and issue a temporary password.

This is an automatically generated email. Please do not reply.
`,
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: org('L81642', 'gp_practice'),
      fields: F.oeNewUser({ name: 'Anita De Souza', email: 'anita.desouza@nhs.net', username: 'ADESOUZA' }, p("Maeve O'Sullivan", 'maeve.osullivan@nhs.net')),
      mustRaise: [], traits: ['system-notification', 'surname-comma-forename', 'two-word-surname', 'dot-leader-labels', 'apostrophe-name', 'plain-text'],
    },
  },
  {
    n: 54, slug: 'question-about-permissions', mailbox: M,
    message: arrives(M, 'Hollie Brennan <hollie.brennan@nhs.net>', 'Query - Open Exeter permissions', date(12, 9, '10:05:55'), 'c7o054', {
      text: `Hello,

Could you tell me what permissions a Primary User has in Open Exeter, and whether our practice nurse would need the Prior Notification List permission to see her patients' results? We are not requesting anything yet, just trying to understand before our primary user leaves in January.

Thanks
Hollie Brennan
Administrator, Fairfield Surgery
${FOOTER}`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: F.none(),
      mustRaise: [], traits: ['question-no-request', 'mentions-permissions'],
    },
  },
  {
    n: 55, slug: 'out-of-office-html', mailbox: M,
    message: arrives(M, 'Olumide Bankole <olumide.bankole@nhs.net>', 'Out of Office: PCSE-2026-004501 Open Exeter primary user created', date(12, 9, '11:40:02'), 'c7o055', {
      headers: ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: DR, OOF, AutoReply'],
      html: outlook(paras(`I am out of the office on Wednesdays. For PCN matters please contact rosie.penhaligon@nhs.net.

Dr Olumide Bankole`)),
    }),
    expected: {
      kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: F.none(),
      mustRaise: [], traits: ['auto-reply', 'html-only', 'case-ref'],
    },
  },
  {
    n: 56, slug: 'misdirected-verification-link', mailbox: M,
    message: arrives(M, 'Salma Farouk <s.farouk@nhs.net>', 'verification link', date(12, 10, '07:50:31'), 'c7o056', {
      text: `Hi I need a new PCSE Online verification link please. GMC 6078123, email s.farouk@nhs.net (my GMC registered address).
Dr Salma Farouk`,
    }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: F.verification('s.farouk@nhs.net', '6078123'),
      mustRaise: [], traits: ['misdirected', 'gp-own-account', 'terse'],
    },
  },
  {
    n: 57, slug: 'chaser-openexeter', mailbox: M,
    message: arrives(M, 'Leanne Marsh <leanne.marsh@nhs.net>', 'RE: PCSE-2026-004455 Open Exeter primary user request', date(12, 10, '15:16:17'), 'c7o057', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hi, just checking whether Lucy's primary user account has been set up yet? Thanks, Leanne`)}
${quoteHeaderHtml('PCSE Open Exeter <pcse.openexeter@nhs.net>', sentLine(12, 1, '10:21'), 'Leanne Marsh <leanne.marsh@nhs.net>', 'PCSE-2026-004455 Open Exeter primary user request')}
${paras(`Thank you for your email, which we have logged as ${escapeHtml('PCSE-2026-004455')}.`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: F.none(),
      mustRaise: [], traits: ['chaser', 'case-ref', 'quoted-history', 'multipart-alternative'],
    },
  },
  {
    n: 60, slug: 'primary-user-colposcopy-unsigned-colon', mailbox: M,
    message: arrives(M, 'Tamsin Rowe <tamsin.rowe@nhs.net>', 'Open Exeter Primary User - Colposcopy', date(12, 10, '12:30:45'), 'c7o060', {
      text: `Hello,

Attached is the primary user request for our colposcopy clinic, filled in by Dr Kowalski, who is our existing primary user. Could you set up Tamsin as a second primary user please?

Many thanks
Tamsin Rowe
Colposcopy Clinic Coordinator
Royal Cornwall Hospitals NHS Trust
${FOOTER}`,
      attachments: [{ pdf: 'c7-oe-colposcopy-colon.pdf', filename: 'OE_PU_request_colposcopy.pdf' }],
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: org('REF', 'other'),
      fields: F.oePrimary('other', p('Tamsin Rowe', 'tamsin.rowe@nhs.net'), oePr('Anna Kowalski', 'anna.kowalski@nhs.net', 'existing_primary_user')),
      mustRaise: ['missing_signature'], traits: ['other-organisation', 'hospital-trust', 'flat-pdf-value-beside', 'unsigned-flat-form', 'nominee-is-sender', 'two-page-form', 'pdf-attached'],
    },
  },
];
