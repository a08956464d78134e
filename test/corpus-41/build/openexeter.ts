// openexeter: emails 042-056 of corpus 41 (writer AK) and the case a careful PCSE staff member would enter.
import { fillablePdf, flatPdf, imagePdf, oePrimaryTemplate } from './forms.js';
import { exp, gmailAlt, meta, org, outlookAlt, outlookMixed, outlookPlain, p, pdfAtt, type Built } from './kit.js';
import {
  exchangeHeaders, gmailHeaders, longDate, message, msoParas, msoQuoteHeader, outlookHeaders,
  plainQuoteHeader, rfc822Part, textPart, type Envelope, type Mailbox,
} from './lib.js';
import { scanPage } from './scans.js';

const MB: Mailbox = 'openexeter';

/** Word's "convert to fillable" names: Text1, Text2 … and Check Box1 …, in the order the fields appear. */
function wordNames(): (n: string) => string {
  const seen = new Map<string, string>();
  let t = 0;
  let c = 0;
  return (n: string) => {
    if (!seen.has(n)) seen.set(n, n.startsWith('capacity_') ? `Check Box${++c}` : `Text${++t}`);
    return seen.get(n)!;
  };
}
const camelNames = (n: string) => (n.startsWith('capacity_') ? `chkCapacity${n.slice(9)}` : `txt${n.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`);

// 042: the practice manager (an existing primary user) sends a form signed by a GP partner for a second primary user.
async function e042(): Promise<Built> {
  const id = '042-oe-primary-gp-fillable-partner-signs';
  const date = '2026-11-09 12:17:35';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'BEGUM, Rukhsana (THISTLE LANE SURGERY)', email: 'rukhsana.begum@nhs.net' },
    cc: [{ name: 'TILLEY, Joanne (THISTLE LANE SURGERY)', email: 'joanne.tilley@nhs.net' }],
    subject: 'Open Exeter Primary User request - Thistle Lane Surgery A82057',
  };
  const form = oePrimaryTemplate({
    kind: 'gp', orgName: 'Thistle Lane Surgery', orgCode: 'A82057', orgAddress: '9 Thistle Lane\nBramwick\nBW3 6TL', orgPhone: '01632 960705',
    title: 'Mrs', forename: 'Joanne', surname: 'Tilley', jobTitle: 'Senior Administrator', email: 'joanne.tilley@nhs.net', phone: '01632 960706',
    capacity: 'GP Partner', signatoryName: 'Dr Marcus Hale', signatoryEmail: 'marcus.hale@nhs.net', signatoryPosition: 'GP Partner', date: '06/11/2026', signed: true, sigSeed: `${id}:hale`,
  });
  const pdf = await fillablePdf(form, meta('Open Exeter Primary User request - GP practices', 'Microsoft® Word for Microsoft 365', 'Adobe Acrobat Pro (64-bit) 25.1.20432', '2026-11-06 17:02:00'), wordNames());
  const text = `Good afternoon,

Please find attached an Open Exeter Primary User request for Joanne Tilley, our Senior Administrator, so that we have two primary users as you recommend. The form has been signed by Dr Marcus Hale, one of our GP partners.

I am currently our only primary user.

Kind regards,
Rukhsana Begum
Practice Manager
Thistle Lane Surgery`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('OE Primary User form - J Tilley.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'OE Primary User form - J Tilley.pdf', kind: 'fillable', pages: 2 }],
    expected: exp(MB, 'open_exeter_primary_user_request', org('A82057', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Joanne Tilley', 'joanne.tilley@nhs.net'), signatory: { ...p('Marcus Hale', 'marcus.hale@nhs.net'), role: 'gp_partner' },
    }, { traits: ['pdf_acroform', 'generic_field_names', 'sender_is_existing_primary_user', 'nominee_in_cc', 'forename_surname_split'] }),
  };
}

// 043: a faint fax of the GP form, scanned again by the practice; a Caldicott Guardian signs; the retired primary
// user is named.
async function e043(): Promise<Built> {
  const id = '043-oe-primary-gp-faint-fax-caldicott';
  const date = '2026-12-03 11:06:02';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Bev Lockwood', email: 'bev.lockwood@nhs.net' },
    subject: 'Open Exeter form',
  };
  const form = oePrimaryTemplate({
    kind: 'gp', orgName: 'Ravensworth Surgery', orgCode: 'B83099', orgAddress: '4 Mill Lane\nRavensworth\nRW8 2ML', orgPhone: '01632 960581',
    title: 'Mr', forename: 'Craig', surname: 'Dunmore', jobTitle: 'Practice Manager', email: 'craig.dunmore@nhs.net', phone: '01632 960582',
    capacity: 'Caldicott Guardian', signatoryName: 'Dr Leah Feldman', signatoryEmail: 'leah.feldman@nhs.net', signatoryPosition: 'GP, Caldicott Guardian', date: '02/12/2026', signed: true, sigSeed: `${id}:feldman`,
  });
  const header = (n: number) => `DEC-02-2026 16:51  FROM: RAVENSWORTH BRANCH  01632960590   TO: 01632960581      P.0${n}/02`;
  const pages = [
    scanPage(form.pages[0]!, { seed: `${id}:1`, dpi: 200, skewDeg: -0.45, noise: 55, speckles: 520, fax: { faint: 0.55, header: header(1) } }),
    scanPage(form.pages[1]!, { seed: `${id}:2`, dpi: 200, skewDeg: 0.3, noise: 55, speckles: 480, fax: { faint: 0.55, header: header(2) } }),
  ];
  const pdf = await imagePdf(pages, meta('', 'Brother MFC-L8900CDW', 'Brother PDF Creator', '2026-12-03 10:58:41'));
  const text = `Hi,

Apologies for the quality - this was faxed over to us from our branch by Dr Feldman and our scanner has made it worse.

It's the Open Exeter primary user form for Craig, our new Practice Manager. Our previous primary user, Hazel Turnbull, retired in October.

Regards,
Bev Lockwood
Administrator
Ravensworth Surgery`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('SKM_C25826120310580.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'SKM_C25826120310580.pdf', kind: 'scan', pages: 2 }],
    expected: exp(MB, 'open_exeter_primary_user_request', org('B83099', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Craig Dunmore', 'craig.dunmore@nhs.net'), signatory: { ...p('Leah Feldman', 'leah.feldman@nhs.net'), role: 'caldicott_guardian' },
    }, { traits: ['scan_fax_faint', 'first_name_only_in_body', 'previous_primary_user_named', 'sender_is_neither_nominee_nor_signatory'] }),
  };
}

// 044: the practice manager signs the form herself (she is not a primary user); the absent partners and the retired
// primary contact are named. Flat PDF in Times.
async function e044(): Promise<Built> {
  const id = '044-oe-primary-gp-flat-signed-by-pm';
  const date = '2026-11-13 10:44:19';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Sharon Whitely', email: 'sharon.whitely@nhs.net' },
    cc: [{ name: 'Dawn Pilkington', email: 'dawn.pilkington@nhs.net' }],
    subject: 'Primary User form - Beckside Medical Practice N82066',
  };
  const form = oePrimaryTemplate({
    kind: 'gp', orgName: 'Beckside Medical Practice', orgCode: 'N82066', orgAddress: 'Beckside House\nLow Beck Road, Fellby\nFB2 9BK', orgPhone: '01632 960866',
    title: 'Ms', forename: 'Dawn', surname: 'Pilkington', jobTitle: 'Reception Manager', email: 'dawn.pilkington@nhs.net', phone: '01632 960867',
    capacity: '', signatoryName: 'Sharon Whitely', signatoryEmail: 'sharon.whitely@nhs.net', signatoryPosition: 'Practice Manager', date: '12/11/2026', signed: true, sigSeed: `${id}:whitely`,
  });
  const pdf = await flatPdf(form, meta('Open Exeter Primary User request', 'Microsoft® Word 2016', 'Microsoft® Word 2016', '2026-11-12 15:20:00', 'swhitely'), { serif: true });
  const text = `Hello,

Please find attached the Open Exeter Primary User form for Dawn Pilkington, our Reception Manager.

Our partners, Dr Fox and Dr Gupta, are both away this week so I have signed it myself as practice manager. I am not a primary user at the moment - our previous primary contact, Linda Marsh, retired in the summer and her account was closed.

Many thanks
Sharon Whitely
Practice Manager
Beckside Medical Practice`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('Open Exeter PU form Beckside.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'Open Exeter PU form Beckside.pdf', kind: 'flat', pages: 2 }],
    expected: exp(MB, 'open_exeter_primary_user_request', org('N82066', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Dawn Pilkington', 'dawn.pilkington@nhs.net'), signatory: { ...p('Sharon Whitely', 'sharon.whitely@nhs.net'), role: 'other' },
    }, { mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat', 'serif_font', 'no_capacity_ticked', 'absent_partners_named', 'previous_primary_user_named'] }),
  };
}

// 045: the retiring primary contact signs for her successor as the existing primary contact; the lead GP and the
// successor are in copy.
async function e045(): Promise<Built> {
  const id = '045-oe-primary-gp-existing-contact-handover';
  const date = '2026-11-25 16:33:48';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Geraldine Ashworth', email: 'geraldine.ashworth@nhs.net' },
    cc: [{ name: 'Dr Venkat Rao', email: 'venkat.rao@nhs.net' }, { name: 'Owen Pritchett', email: 'owen.pritchett@nhs.net' }],
    subject: 'Open Exeter - new Primary User to replace me (Hollins Park Surgery P82019)',
  };
  const form = oePrimaryTemplate({
    kind: 'gp', orgName: 'Hollins Park Surgery', orgCode: 'P82019', orgAddress: '77 Hollins Road\nParkfield\nPK4 7HP', orgPhone: '01632 960927',
    title: 'Mr', forename: 'Owen', surname: 'Pritchett', jobTitle: 'Practice Manager (from 1 January 2027)', email: 'owen.pritchett@nhs.net', phone: '01632 960927',
    capacity: 'Existing Primary Contact', signatoryName: 'Geraldine Ashworth', signatoryEmail: 'geraldine.ashworth@nhs.net', signatoryPosition: 'Practice Manager', date: '25/11/2026', signed: true, sigSeed: `${id}:ashworth`,
  });
  const pdf = await fillablePdf(form, meta('OE PU request GP', 'Adobe Acrobat Pro (64-bit) 24.4.20272', 'Adobe Acrobat Pro (64-bit) 24.4.20272', '2026-11-25 16:20:00'), camelNames);
  const text = `Dear Open Exeter team,

I retire as Practice Manager at Hollins Park Surgery at the end of December and I am currently the practice's Open Exeter primary contact. Please find attached the Primary User form for my successor, Owen Pritchett, which I have signed as the existing primary contact.

Dr Venkat Rao, our Lead GP, is copied in and is aware. Once Owen is set up he will remove my access himself.

Kind regards,
Geraldine Ashworth
Practice Manager
Hollins Park Surgery`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('Hollins Park - OE primary user - O Pritchett.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'Hollins Park - OE primary user - O Pritchett.pdf', kind: 'fillable', pages: 2 }],
    expected: exp(MB, 'open_exeter_primary_user_request', org('P82019', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: p('Owen Pritchett', 'owen.pritchett@nhs.net'), signatory: { ...p('Geraldine Ashworth', 'geraldine.ashworth@nhs.net'), role: 'existing_primary_contact' },
    }, { traits: ['pdf_acroform', 'handover_retirement', 'signatory_is_sender', 'lead_gp_in_cc', 'practice_manager_allowed_as_existing_contact'] }),
  };
}

// 046: a sexual health service's business support officer sends a form signed by the Medical Director (a board
// member) because the Caldicott Guardian is on leave.
async function e046(): Promise<Built> {
  const id = '046-oe-primary-other-fillable-board-member';
  const date = '2026-11-18 14:55:27';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'MENSAH-BONSU, Kofi (NORTHSHIRE COMMUNITY HEALTH NHS TRUST)', email: 'kofi.mensah-bonsu@nhs.net' },
    cc: [{ name: 'BLACKWOOD, Tanya (NORTHSHIRE COMMUNITY HEALTH NHS TRUST)', email: 'tanya.blackwood@nhs.net' }],
    subject: 'Open Exeter Primary User - Northshire Integrated Sexual Health Service',
  };
  const form = oePrimaryTemplate({
    kind: 'other', orgName: 'Northshire Integrated Sexual Health Service', orgCode: 'RK5BC', orgType: 'Sexual health service (NHS community trust)',
    orgAddress: 'The Archway Centre, 3 Station Street\nNorthbury\nNB1 4AC', orgPhone: '01632 961500',
    title: 'Ms', forename: 'Tanya', surname: 'Blackwood', jobTitle: 'Service Administration Manager', email: 'tanya.blackwood@nhs.net', phone: '01632 961512',
    capacity: 'Member of the Board of Directors', signatoryName: 'Dr Helena Marchetti', signatoryEmail: 'helena.marchetti@nhs.net', signatoryPosition: 'Medical Director', date: '17/11/2026', signed: true, sigSeed: `${id}:marchetti`,
  });
  const pdf = await fillablePdf(form, meta('Open Exeter Primary User request - other organisations', 'Adobe Acrobat Pro (64-bit) 25.1.20432', 'Adobe Acrobat Pro (64-bit) 25.1.20432', '2026-11-17 11:11:00'), (n) => `topmostSubform[0].Page1[0].${n}[0]`);
  const text = `Dear PCSE Open Exeter team,

Please find attached a request for a Primary User for Northshire Integrated Sexual Health Service, for Tanya Blackwood, our Service Administration Manager (copied).

Our Caldicott Guardian, David Ellery, is on leave until January, so the form has been signed by Dr Helena Marchetti, our Medical Director, as a member of the Trust Board.

Kind regards

Kofi Mensah-Bonsu
Business Support Officer
Northshire Integrated Sexual Health Service
Northshire Community Health NHS Trust`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('ISHS Open Exeter PU request.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'ISHS Open Exeter PU request.pdf', kind: 'fillable', pages: 2 }],
    expected: exp(MB, 'open_exeter_primary_user_request', org('RK5BC', 'other'), {
      organisationKind: 'other', nominee: p('Tanya Blackwood', 'tanya.blackwood@nhs.net'), signatory: { ...p('Helena Marchetti', 'helena.marchetti@nhs.net'), role: 'board_member' },
    }, { traits: ['pdf_acroform', 'non_gp_organisation', 'trust_site_code', 'caldicott_guardian_named_but_not_signatory', 'sender_is_neither_nominee_nor_signatory', 'hyphenated_name'] }),
  };
}

// 047: a colposcopy clinic's form, filled in by the existing primary user but not signed; the nominee sends it and
// names a consultant who could sign instead.
async function e047(): Promise<Built> {
  const id = '047-oe-primary-other-flat-unsigned';
  const date = '2026-12-04 09:31:50';
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Patience Owusu', email: 'patience.owusu@nhs.net' },
    cc: [{ name: 'Maureen Costello', email: 'maureen.costello@nhs.net' }],
    subject: 'Open Exeter primary user form - Colposcopy, St Wilfrid\'s Hospital',
  };
  const form = oePrimaryTemplate({
    kind: 'other', orgName: 'Colposcopy Clinic, St Wilfrid\'s Hospital', orgCode: 'RXH06', orgType: 'Colposcopy clinic (acute trust)',
    orgAddress: 'Women\'s Outpatients, St Wilfrid\'s Hospital\nChurch Lane, Wilford\nWF3 8SW', orgPhone: '01632 961730',
    title: 'Mrs', forename: 'Patience', surname: 'Owusu', jobTitle: 'Colposcopy Administrator', email: 'patience.owusu@nhs.net', phone: '01632 961734',
    capacity: 'Existing Primary User within the organisation', signatoryName: 'Maureen Costello', signatoryEmail: 'maureen.costello@nhs.net', signatoryPosition: 'Lead Colposcopy Nurse Specialist', date: '', signed: false, sigSeed: `${id}:costello`,
  });
  const pdf = await flatPdf(form, meta('Open Exeter PU request (non-GP)', 'Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365', '2026-12-03 17:45:00', 'Maureen Costello'));
  const text = `Good morning,

Please find attached the Open Exeter primary user form for me (Patience Owusu, Colposcopy Administrator).

Maureen Costello, our existing primary user, filled in her part before she went on leave but didn't get the chance to sign it - she is back on the 14th. She asked me to send it in anyway so it's in the queue. If it helps, our consultant, Mr Adeleke, could sign instead.

Thanks,
Patience Owusu
Colposcopy Administrator
St Wilfrid's Hospital`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [pdfAtt('OE form colposcopy.pdf', pdf, date)]));
  return {
    id, mailbox: MB, eml, pdfs: [{ name: 'OE form colposcopy.pdf', kind: 'flat', pages: 2 }],
    expected: exp(MB, 'open_exeter_primary_user_request', org('RXH06', 'other'), {
      organisationKind: 'other', nominee: p('Patience Owusu', 'patience.owusu@nhs.net'), signatory: { ...p('Maureen Costello', 'maureen.costello@nhs.net'), role: 'existing_primary_user' },
    }, { mustRaise: ['missing_signature'], traits: ['pdf_flat', 'non_gp_organisation', 'nominee_is_sender', 'unsigned_form', 'alternative_signatory_named'] }),
  };
}

// 048: a GP partner asks for extra permissions for the nurse lead; the primary user who created her is named.
async function e048(): Promise<Built> {
  const id = '048-oe-permissions-gp-partner';
  const date = '2026-11-06 13:25:57';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Dr Grace Adeyemi-Lowe', email: 'grace.adeyemi-lowe@nhs.net' },
    cc: [{ name: 'Dawn Hesketh', email: 'dawn.hesketh@nhs.net' }],
    subject: 'Additional Open Exeter permissions - Sister A Corrigan - Cedar Lodge Surgery F81055',
  };
  const text = `Dear PCSE,

I am a GP Partner at Cedar Lodge Surgery (F81055). Please could you give our practice nurse lead, Sister Ann Corrigan, the following additional Open Exeter permissions:

  * Prior Notification List
  * Cytology Results Enquiry

Her details:
Open Exeter user ID: ACORRIGAN
Email: ann.corrigan@nhs.net

Our primary user, Dawn Hesketh (copied), has already set Ann up with basic access but tells me she cannot grant these herself.

Many thanks,
Dr Grace Adeyemi-Lowe
GP Partner
Cedar Lodge Surgery`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'open_exeter_additional_permissions', org('F81055', 'gp_practice'), {
      user: { ...p('Ann Corrigan', 'ann.corrigan@nhs.net'), username: 'ACORRIGAN' }, permissions: ['Prior Notification List', 'Cytology Results Enquiry'],
      signatory: { ...p('Grace Adeyemi-Lowe', 'grace.adeyemi-lowe@nhs.net'), role: 'gp_partner' },
    }, { traits: ['honorific_sister', 'primary_user_in_cc', 'hyphenated_name', 'bulleted_permissions', 'initial_in_subject'] }),
  };
}

// 049: the Lead GP forwards the practice manager's draft with "Approved"; the request is in the quoted draft.
async function e049(): Promise<Built> {
  const id = '049-oe-permissions-lead-gp-forwards-draft';
  const date = '2026-11-24 18:02:36';
  const draftDate = '2026-11-24 11:47:09';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'CHOWDHURY, Rashid (Dr) (SAXON WAY SURGERY)', email: 'rashid.chowdhury@nhs.net' },
    cc: [{ name: 'DARBY, Helen (SAXON WAY SURGERY)', email: 'helen.darby@nhs.net' }],
    subject: 'FW: Open Exeter permissions for Kerry-Ann',
  };
  const top = `Approved - please action.

Dr Rashid Chowdhury
Lead GP, Saxon Way Surgery (C83072)`;
  const qh = { from: 'DARBY, Helen (SAXON WAY SURGERY) <helen.darby@nhs.net>', sent: longDate(draftDate), to: 'CHOWDHURY, Rashid (Dr) (SAXON WAY SURGERY) <rashid.chowdhury@nhs.net>', subject: 'Open Exeter permissions for Kerry-Ann' };
  const draft = `Rashid,

As discussed, could you forward this to pcse.openexeter@nhs.net please, as it has to come from you.

---
Dear PCSE,

Please could our practice nurse, Kerry-Ann Jessop, be given the following additional permissions in Open Exeter:
- Cervical Cytology Enquiry
- PNL Responses

Username: JESSOPK
Email: kerry-ann.jessop@nhs.net

Thanks,
Helen Darby
Practice Manager`;
  const text = `${top}\n\n${plainQuoteHeader(qh)}\n\n${draft}`;
  const html = `${msoParas(top)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoQuoteHeader(qh)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n${msoParas(draft)}`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text, { html }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'open_exeter_additional_permissions', org('C83072', 'gp_practice'), {
      user: { ...p('Kerry-Ann Jessop', 'kerry-ann.jessop@nhs.net'), username: 'JESSOPK' }, permissions: ['Cervical Cytology Enquiry', 'PNL Responses'],
      signatory: { ...p('Rashid Chowdhury', 'rashid.chowdhury@nhs.net'), role: 'lead_gp' },
    }, { traits: ['forwarded_draft', 'request_in_quoted_part', 'approval_above_quote', 'drafter_is_practice_manager', 'code_in_signature_only'] }),
  };
}

// 050: a Caldicott Guardian writes from his personal Gmail because NHSmail is down; the practice manager is in copy.
async function e050(): Promise<Built> {
  const id = '050-oe-permissions-caldicott-from-gmail';
  const date = '2026-11-28 20:14:09';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Patrick Mulcahy', email: 'pat.mulcahy.gp@gmail.com' },
    cc: [{ name: 'Yvonne Slater', email: 'yvonne.slater@nhs.net' }],
    subject: 'Open Exeter access for Imogen Hart - Larkfield Surgery',
  };
  const text = `Dear PCSE,

I'm the Caldicott Guardian at Larkfield Surgery (K82044). Apologies for writing from my personal account - our NHSmail has been playing up all afternoon.

Could you please give our new data quality lead, Imogen Hart, access to the Prior Notification List in Open Exeter? Her username is HARTI and her email is imogen.hart@nhs.net.

Yvonne Slater, our practice manager, is copied in.

Best wishes,
Dr Patrick Mulcahy
GP and Caldicott Guardian, Larkfield Surgery`;
  const eml = message(gmailHeaders(env), gmailAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'open_exeter_additional_permissions', org('K82044', 'gp_practice'), {
      user: { ...p('Imogen Hart', 'imogen.hart@nhs.net'), username: 'HARTI' }, permissions: ['Prior Notification List'],
      signatory: { ...p('Patrick Mulcahy', 'pat.mulcahy.gp@gmail.com'), role: 'caldicott_guardian' },
    }, { mustRaise: ['sender_not_nhs'], traits: ['gmail', 'personal_address', 'practice_manager_in_cc', 'permission_in_prose'] }),
  };
}

const notification = (o: { code: string; name: string; userId: string; surname: string; forename: string; email: string; role: string; createdBy: string; when: string; others: string }) => `OPEN EXETER - NEW USER NOTIFICATION

A new user account has been created by a Primary User and requires authorisation by PCSE.

Organisation code : ${o.code}
Organisation name : ${o.name}
User ID           : ${o.userId}
Surname           : ${o.surname}
Forename          : ${o.forename}
Email address     : ${o.email}
Job role          : ${o.role}
Created by        : ${o.createdBy}
Created on        : ${o.when}

Other Primary Users for this organisation: ${o.others}

Please authorise this user and issue a temporary password.

This is an automatically generated message. Please do not reply to this email.`;

// 051: Open Exeter's own notification; the other primary users of the organisation are listed.
async function e051(): Promise<Built> {
  const id = '051-oe-new-user-notification';
  const date = '2026-11-25 14:06:51';
  const env: Envelope = {
    id, mailbox: MB, date, auth: false,
    from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' },
    subject: 'Open Exeter: new user requires authorisation - B84012',
  };
  const text = notification({ code: 'B84012', name: 'HILLCREST SURGERY', userId: 'OKOROJ', surname: 'OKORO', forename: 'JASMINE', email: 'jasmine.okoro@nhs.net', role: 'RECEPTIONIST', createdBy: 'WESTON, PAULA (Primary User)', when: '25/11/2026 14:06', others: 'DIAS, MARCO' });
  const headers = [...exchangeHeaders(env, 'oe-app02.exeter.nhs.uk'), 'Auto-Submitted: auto-generated', 'Precedence: bulk'];
  const eml = message(headers, textPart(text, { cte: '7bit', csLabel: 'us-ascii' }));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'open_exeter_new_user_authorisation', org('B84012', 'gp_practice'), {
      user: { ...p('Jasmine Okoro', 'jasmine.okoro@nhs.net'), username: 'OKOROJ' }, createdBy: p('Paula Weston', null),
    }, { traits: ['system_notification', 'names_in_capitals_surname_first', 'other_primary_user_listed', 'auto_generated_header'] }),
  };
}

// 052: the primary user forwards the notification as an attachment with a note naming another new starter and the
// other primary user, who is leaving.
async function e052(): Promise<Built> {
  const id = '052-oe-new-user-forwarded-as-attachment';
  const date = '2026-12-01 10:19:28';
  const innerDate = '2026-12-01 09:58:12';
  const innerEnv: Envelope = {
    id: `${id}:inner`, mailbox: MB, date: innerDate, auth: false,
    from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' },
    to: [{ name: null, email: 'tom.ridgeway@nhs.net' }],
    subject: 'Open Exeter: new user created - P82040',
  };
  const innerText = notification({ code: 'P82040', name: 'MOSSLEY HILL SURGERY', userId: 'MENONA', surname: 'MENON', forename: 'ANJALI', email: 'anjali.menon1@nhs.net', role: 'PRACTICE NURSE', createdBy: 'RIDGEWAY, THOMAS (Primary User)', when: '01/12/2026 09:57', others: 'ASHBY, NICOLA' });
  const inner = message([...exchangeHeaders(innerEnv, 'oe-app01.exeter.nhs.uk'), 'Auto-Submitted: auto-generated'], textPart(innerText, { cte: '7bit', csLabel: 'us-ascii' }));
  const env: Envelope = {
    id, mailbox: MB, date, hasAttach: true,
    from: { name: 'Tom Ridgeway', email: 'tom.ridgeway@nhs.net' },
    subject: 'FW: Open Exeter: new user created - P82040',
  };
  const text = `Hi,

I've just created Open Exeter accounts for two new starters, but only one notification has come through so far - the attached one, for Anjali Menon. I'll forward the other, for Bradley Cole, when it arrives.

Also, for your records, our other primary user, Nicola Ashby, leaves us at Christmas.

Thanks
Tom Ridgeway
Primary User / IT Lead
Mossley Hill Surgery`;
  const eml = message(outlookHeaders(env), outlookMixed(id, outlookAlt(id, text), [rfc822Part(inner, 'Open Exeter new user created - P82040.eml')]));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'open_exeter_new_user_authorisation', org('P82040', 'gp_practice'), {
      user: { ...p('Anjali Menon', 'anjali.menon1@nhs.net'), username: 'MENONA' }, createdBy: p('Thomas Ridgeway', 'tom.ridgeway@nhs.net'),
    }, { traits: ['forwarded_as_attachment', 'message_rfc822', 'creator_is_sender', 'same_person_two_ways', 'second_new_user_named', 'other_primary_user_named'] }),
  };
}

// 053 (misdirected): a PCSE Online lock-out sent to openexeter; the other admin (on holiday) is named.
async function e053(): Promise<Built> {
  const id = '053-unlock-misdirected-openexeter';
  const date = '2026-11-16 08:49:30';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Lorraine Kettering', email: 'lorraine.kettering@nhs.net' },
    subject: 'Account locked',
  };
  const text = `Morning,

I've locked myself out of PCSE Online (not Open Exeter - that's working fine!) after getting my password wrong five times. My username is lorraine.kettering@nhs.net.

I'm a GPP admin at Abbeyfield Practice, A84033. Our other admin, Raj Mistry, is on holiday so he can't help. Could you unlock it please?

Thanks,
Lorraine`;
  const eml = message(outlookHeaders(env), outlookPlain(text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'account_unlock', org('A84033', 'gp_practice'), { username: 'lorraine.kettering@nhs.net' }, {
      traits: ['misdirected', 'mentions_open_exeter_negatively', 'other_admin_named'],
    }),
  };
}

// 054: who can sign when the Caldicott Guardian has left and the only GP is a locum: a question.
async function e054(): Promise<Built> {
  const id = '054-question-no-signatory';
  const date = '2026-11-20 15:51:14';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Joanna Whitfield', email: 'joanna.whitfield2@nhs.net' },
    subject: 'Who can sign the primary user form?',
  };
  const text = `Hello,

We need a new Open Exeter primary user at Cranmore Surgery, but I'm not sure who can sign the form.

Our Caldicott Guardian, Dr Beresford, left in September, and at the moment our GP cover is provided by a long-term locum, Dr Okafor, and by Dr Lindqvist from the federation, who is our clinical lead but not a partner. Our previous primary user, Trevor Nash, has also left.

Can either of the doctors sign, or do we need to appoint a new Caldicott Guardian first?

Thank you,
Joanna Whitfield
Practice Manager`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { traits: ['question', 'several_people_named', 'locum_mentioned'] }),
  };
}

// 055: a chaser with the reference in the subject, from the nominee's manager.
async function e055(): Promise<Built> {
  const id = '055-chaser-reference-subject';
  const date = '2026-12-04 14:28:03';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Callum Fraser', email: 'callum.fraser@nhs.net' },
    subject: 'PCSE-2026-005102 - Open Exeter primary user form - any update?',
  };
  const text = `Hi,

We sent in a primary user form for our new receptionist, Megan, on 20 November (reference in the subject), signed by Dr Patel. Could you let us know if there is anything else you need from us?

Thanks
Callum Fraser
Operations Manager, Foxglove Medical Centre`;
  const eml = message(outlookHeaders(env), outlookAlt(id, text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { traits: ['chaser', 'case_reference_in_subject', 'first_name_only'] }),
  };
}

// 056: an out-of-office from a trust's on-premises Exchange, naming a deputy.
async function e056(): Promise<Built> {
  const id = '056-auto-reply-trust-exchange';
  const date = '2026-12-03 09:00:12';
  const env: Envelope = {
    id, mailbox: MB, date,
    from: { name: 'Martin Okonjo', email: 'martin.okonjo@nhs.net' },
    subject: 'Out of Office: Open Exeter Primary User request - RK5BC',
  };
  const text = `I am out of the office until Wednesday 9 December. For Open Exeter queries please contact my deputy, Shona Reid, on shona.reid@nhs.net.

Martin Okonjo
Screening Services Manager`;
  const headers = [...exchangeHeaders(env, 'NCHT-EX02.northshire.nhs.uk'), 'Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'];
  const eml = message(headers, textPart(text));
  return {
    id, mailbox: MB, eml, pdfs: [],
    expected: exp(MB, 'unclassified', null, {}, { ignored: 'auto_reply', traits: ['auto_reply', 'deputy_named'] }),
  };
}

export const openexeterEmails = [e042, e043, e044, e045, e046, e047, e048, e049, e050, e051, e052, e053, e054, e055, e056];
