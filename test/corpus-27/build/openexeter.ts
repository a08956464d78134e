// openexeter: primary user forms, extra permissions, Open Exeter's own new-user notifications, and the rest.
import { compose, who, type Spec } from './compose.js';
import { oeGp, oeOther } from './forms.js';
import { addr, esc, msoParas, msoTable, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, outlookHtml, type Email } from './lib.js';
import { formPdf, scanPdf } from './pdfs.js';

const TO = addr('PCSE Open Exeter', 'pcse.openexeter@nhs.net');
const sig = (name: string, email: string | null, role: string) => ({ name, email, role });

export async function openexeter(): Promise<Email[]> {
  const specs: Spec[] = [];

  // 001 — new practice manager sends the GP form her GP partner signed (fillable)
  {
    const pdf = await formPdf(oeGp('o001', {
      orgName: "St Brannock's Surgery", orgCode: 'L82055', address: 'Church Hill\nBraunford EX33 9ZZ',
      nomineeName: 'Anjali Deshpande-Wright', nomineeTitle: 'Practice Manager', nomineeEmail: 'anjali.deshpande-wright@nhs.net', nomineePhone: '01632 960 271',
      signatoryName: 'Dr Tomás Ó Floinn', signatoryEmail: 'tomas.ofloinn@nhs.net', ticks: [false, true, false, false, false], signed: true, typedName: 'T. Ó Floinn', date: '02/11/2026',
    }), 'fillable');
    const body = `Hello,

I started as practice manager at St Brannock's a few weeks ago and I need to be able to look after Open Exeter for our nurses - at the moment nobody here can add anyone or reset their passwords. Dr Ó Floinn has filled in and signed the form, which is attached.

Thank you,
Anjali`;
    specs.push({
      file: '001-primary-user-gp-partner-signed-acroform',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('DESHPANDE-WRIGHT, Anjali (ST BRANNOCKS SURGERY)', 'anjali.deshpande-wright@nhs.net'), to: TO, subject: 'Open Exeter', date: '2026-11-03T08:31:22Z' },
      text: `${body}\n${NHSMAIL_FOOTER}`,
      html: outlookHtml(`${msoParas(body)}\n${NHSMAIL_FOOTER_HTML}`),
      attachments: [{ filename: 'OE primary user form.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'L82055', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: who('Anjali Deshpande-Wright', 'anjali.deshpande-wright@nhs.net'), signatory: sig('Tomás Ó Floinn', 'tomas.ofloinn@nhs.net', 'gp_partner') },
        mustRaise: [], traits: ['pdf_acroform', 'nominee_is_sender', 'non_ascii_name', 'hyphenated_name', 'code_only_in_form'],
      },
    });
  }

  // 002 — a secretary sends a scanned, hand-filled GP form; nominee written SURNAME, Forename in capitals
  {
    const pdf = await scanPdf(oeGp('o002', {
      orgName: 'MILLBROOK VALLEY PRACTICE', orgCode: 'F85063', address: '2 Mill Row\nBrookhaven BH4 1LL',
      nomineeName: 'WÓJCIK, AGNIESZKA', nomineeTitle: 'Nurse Manager', nomineeEmail: 'agnieszka.wojcik@nhs.net', nomineePhone: '01632 960 845', existingUserId: 'AWOJCI01',
      signatoryName: 'Dr Eleanor Fairbairn-Mensah', signatoryEmail: 'eleanor.fairbairn-mensah@nhs.net', ticks: [false, false, true, false, false], signed: true, date: '05.11.2026',
    }), { hand: 'HandA', skewDeg: 0.9, noise: 20, shadow: 'right' });
    specs.push({
      file: '002-primary-user-gp-scan-sent-by-secretary',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('OKORO, Patience (MILLBROOK VALLEY PRACTICE)', 'patience.okoro@nhs.net'), to: TO, subject: 'Form for Agnieszka', date: '2026-11-06T13:19:05Z' },
      text: `Good afternoon

Dr Fairbairn-Mensah asked me to scan and send the attached. She is our Caldicott Guardian. Agnieszka already has a normal Open Exeter login but needs to be able to manage the other nurses.

Kind regards
Pat Okoro
Secretary to Dr Fairbairn-Mensah
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'Scan_20261106_1317.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'F85063', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: who('Agnieszka Wójcik', 'agnieszka.wojcik@nhs.net'), signatory: sig('Eleanor Fairbairn-Mensah', 'eleanor.fairbairn-mensah@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['pdf_scan', 'handwriting', 'block_capitals', 'surname_first', 'non_ascii_name', 'secretary_for_partner', 'nickname', 'code_only_in_form'],
      },
    });
  }

  // 003 — community trust sexual health service; flat form (Times, word-processor export)
  {
    const pdf = await formPdf(oeOther('o003', {
      orgName: 'Northmoor Community Healthcare NHS Trust - Integrated Sexual Health Service', orgTypeLine: 'Community NHS trust service', orgCode: '', address: 'Level 2, Wharfside Clinic\nStation Approach, Northmoor NM1 4QS',
      nomineeName: 'Marisol Echeverría-Blake', nomineeTitle: 'Clinical Administration Lead', nomineeEmail: 'marisol.echeverria-blake@nhs.net', nomineePhone: '01632 961 020',
      signatoryName: 'Dr Kwabena Owusu-Ansah', signatoryEmail: 'kwabena.owusu-ansah@nhs.net', ticks: [true, false, false], signed: true, date: '9 November 2026',
    }), 'flat', 'times');
    specs.push({
      file: '003-primary-user-community-trust-service-flat',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('ECHEVERRÍA-BLAKE, Marisol (NORTHMOOR COMMUNITY HEALTHCARE NHS TRUST)', 'marisol.echeverria-blake@nhs.net'), to: TO, subject: 'Primary user request - Integrated Sexual Health Service', date: '2026-11-10T11:42:39Z' },
      text: `Dear colleagues,

Our service takes cervical samples in our clinics and we currently have no Primary User on Open Exeter, so we have to ring round whenever a new nurse starts. Please find attached our completed request form, signed by our Trust's Caldicott Guardian.

Kind regards,

Marisol Echeverría-Blake
Clinical Administration Lead
Integrated Sexual Health Service
Northmoor Community Healthcare NHS Trust
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'ISHS Open Exeter Primary User request.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
        fields: { organisationKind: 'other', nominee: who('Marisol Echeverría-Blake', 'marisol.echeverria-blake@nhs.net'), signatory: sig('Kwabena Owusu-Ansah', 'kwabena.owusu-ansah@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['pdf_flat', 'other_organisation', 'community_trust', 'non_ascii_name', 'hyphenated_name', 'surname_first_display_name'],
      },
    });
  }

  // 004 — hospice: the existing primary user signs for a second one; scanned form
  {
    const pdf = await scanPdf(oeOther('o004', {
      orgName: "St Cuthbert's Hospice", orgTypeLine: 'Hospice (charity)', orgCode: '', address: 'Lindisfarne Road\nHolyford HF2 8CB',
      nomineeName: 'Joséphine Laurent', nomineeTitle: 'Ward Clerk / Admin', nomineeEmail: 'josephine.laurent@nhs.net', nomineePhone: '01632 960 377',
      signatoryName: 'Hilary Vance-Oduya', signatoryEmail: 'hilary.vance-oduya@nhs.net', ticks: [false, false, true], signed: true, date: '12/11/2026',
    }), { hand: 'HandC', skewDeg: -0.6, noise: 26, shadow: 'left', quality: 65 });
    specs.push({
      file: '004-primary-user-hospice-existing-pu-scan',
      hdr: { client: 'outlook-ext', domain: 'nhs.net', from: addr('Hilary Vance-Oduya', 'hilary.vance-oduya@nhs.net'), to: TO, subject: "Second primary user for St Cuthbert's", date: '2026-11-12T15:27:51Z' },
      text: `Hello,

I'm currently the only Primary User for the hospice on Open Exeter, and when I'm away nobody can reset anyone's password. Joséphine on our day unit has agreed to be the second one. I've signed the form as the existing Primary User - scan attached (sorry about the quality, our scanner is older than me).

Best wishes
Hilary

Hilary Vance-Oduya
Head of Clinical Systems
St Cuthbert's Hospice
`,
      attachments: [{ filename: 'scan0042.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
        fields: { organisationKind: 'other', nominee: who('Joséphine Laurent', 'josephine.laurent@nhs.net'), signatory: sig('Hilary Vance-Oduya', 'hilary.vance-oduya@nhs.net', 'existing_primary_user') },
        mustRaise: [], traits: ['pdf_scan', 'hospice', 'other_organisation', 'signatory_is_sender', 'non_ascii_name', 'hyphenated_name'],
      },
    });
  }

  // 005 — out-of-hours provider; the form is signed by a service manager ("Other")
  {
    const pdf = await formPdf(oeOther('o005', {
      orgName: 'Wolds and Coast Urgent Care', orgTypeLine: 'Out-of-hours GP service', orgCode: '', address: 'Unit 4, Beacon Park\nDriffield YO25 6XX',
      nomineeName: 'Farah Siddiqui-Hart', nomineeTitle: 'Clinical Governance Lead', nomineeEmail: 'farah.siddiqui-hart@nhs.net', nomineePhone: '01632 960 555',
      signatoryName: 'Graham Pettigrew-Nwosu', signatoryEmail: 'graham.pettigrew-nwosu@nhs.net', ticks: [false, false, false], otherRole: 'Service Manager', signed: true, typedName: 'G Pettigrew-Nwosu', date: '13/11/2026',
    }), 'fillable');
    specs.push({
      file: '005-primary-user-out-of-hours-service-manager-signs',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('PETTIGREW-NWOSU, Graham (WOLDS AND COAST URGENT CARE)', 'graham.pettigrew-nwosu@nhs.net'), to: TO, subject: 'Open Exeter primary user - OOH', date: '2026-11-13T17:03:14Z' },
      text: `Hi,

Form attached for Farah to become our Primary User. I'm the Service Manager and the most senior person on site, so I've signed it. Our medical director is the Caldicott Guardian but she only works Tuesdays.

Thanks,
Graham Pettigrew-Nwosu
Service Manager, Wolds and Coast Urgent Care
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'OE_PU_request_WCUC.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
        fields: { organisationKind: 'other', nominee: who('Farah Siddiqui-Hart', 'farah.siddiqui-hart@nhs.net'), signatory: sig('Graham Pettigrew-Nwosu', 'graham.pettigrew-nwosu@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_acroform', 'out_of_hours_provider', 'other_organisation', 'signatory_is_sender', 'hyphenated_name'],
      },
    });
  }

  // 006 — GP form with Lead GP ticked but no signature yet
  {
    const pdf = await formPdf(oeGp('o006', {
      orgName: 'Tanners Yard Surgery', orgCode: 'G82118', address: '6 Tanners Yard\nAshwell Bridge AB9 3TY',
      nomineeName: "Kieran O'Shaughnessy", nomineeTitle: 'Reception Manager', nomineeEmail: 'kieran.oshaughnessy@nhs.net', nomineePhone: '01632 960 612',
      signatoryName: 'Dr Imogen St John-Mbeki', signatoryEmail: 'imogen.stjohn-mbeki@nhs.net', ticks: [true, false, false, false, false], signed: false, date: '',
    }), 'fillable');
    specs.push({
      file: '006-primary-user-gp-lead-gp-not-signed',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr("O'SHAUGHNESSY, Kieran (TANNERS YARD SURGERY)", 'kieran.oshaughnessy@nhs.net'), to: TO, subject: 'OE form', date: '2026-11-16T12:14:47Z' },
      text: `Hi,

Form attached. Dr St John-Mbeki is our lead GP - she's ticked the box and put her details in but she's on leave until the 30th so hasn't been able to sign it properly. Hope that's OK as we really need someone who can reset passwords.

Kieran
${NHSMAIL_FOOTER}`,
      attachments: [{ filename: 'OE form Tanners Yard.pdf', data: pdf }],
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'G82118', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: who("Kieran O'Shaughnessy", 'kieran.oshaughnessy@nhs.net'), signatory: sig('Imogen St John-Mbeki', 'imogen.stjohn-mbeki@nhs.net', 'lead_gp') },
        mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'unsigned_form', 'nominee_is_sender', 'apostrophe_name', 'hyphenated_name', 'code_only_in_form'],
      },
    });
  }

  // 007 — a GP partner asks for two more permissions for a nurse; prose
  specs.push({
    file: '007-permissions-gp-partner-for-nurse',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('NOWICKA-BYRNE, Aleksandra (Dr) (ALDERBROOK SURGERY)', 'aleksandra.nowicka-byrne@nhs.net'), to: TO, subject: 'Extra access for our nurse', date: '2026-11-17T08:09:58Z' },
    text: `Hello,

Our practice nurse Zoë Whitfield already uses Open Exeter to look patients up, but since she took over the smear recall work from Siobhan in October she needs two more things adding to her account:

- Prior Notification List
- Recall date amendment

Her Open Exeter user ID is ZWHITF01 and her email is zoe.whitfield@nhs.net.

I'm one of the GP partners here.

Many thanks
Dr Aleksandra Nowicka-Byrne
GP Partner, Alderbrook Surgery (M83044)
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'M83044', type: 'gp_practice' },
      fields: { user: { name: 'Zoë Whitfield', email: 'zoe.whitfield@nhs.net', username: 'ZWHITF01' }, permissions: ['Prior Notification List', 'Recall date amendment'], signatory: sig('Aleksandra Nowicka-Byrne', 'aleksandra.nowicka-byrne@nhs.net', 'gp_partner') },
      mustRaise: [], traits: ['prose_story', 'non_ascii_name', 'hyphenated_name', 'signature_only_code'],
    },
  });

  // 008 — Caldicott Guardian writes from his home address
  specs.push({
    file: '008-permissions-caldicott-guardian-home-email',
    hdr: { client: 'outlook-ext', domain: 'btinternet.com', from: addr('Peter Llewellyn-Hayes', 'pllewellynhayes@btinternet.com'), to: TO, subject: 'Open Exeter - Mared Hughes', date: '2026-11-18T21:37:16Z' },
    text: `Dear PCSE,

Apologies for writing from my home email - my NHSmail has been locked since the weekend.

I'm the Caldicott Guardian at Coedwig Surgery (W91026). Our receptionist Mared Hughes (user ID MHUGH04, mared.hughes4@nhs.net) now handles the results queries for the nurses, so please could she be given access to the cytology results enquiry as well as what she has already.

Regards,
Dr Peter Llewellyn-Hayes
Caldicott Guardian, Coedwig Surgery
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'W91026', type: 'gp_practice' },
      fields: { user: { name: 'Mared Hughes', email: 'mared.hughes4@nhs.net', username: 'MHUGH04' }, permissions: ['cytology results enquiry'], signatory: sig('Peter Llewellyn-Hayes', 'pllewellynhayes@btinternet.com', 'caldicott_guardian') },
      mustRaise: ['sender_not_nhs'], traits: ['non_nhs_sender', 'hyphenated_name', 'no_labels'],
    },
  });

  // 009 — a practice manager asks, HTML table
  {
    const rows: [string, string][] = [['User', 'CHEN, Wei-Ling'], ['Open Exeter user ID', 'WCHEN22'], ['Email', 'weiling.chen@nhs.net'], ['Extra access needed', 'Prior Notification List; Call/Recall reports']];
    specs.push({
      file: '009-permissions-practice-manager-html-table',
      hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Siobhán Ní Dhomhnaill', 'siobhan.nidhomhnaill@nhs.net'), to: TO, subject: 'Additional permissions', date: '2026-11-19T10:51:30Z' },
      text: `Hi,\n\nCould you add the following for one of our HCAs please?\n\nSiobhán Ní Dhomhnaill\nPractice Manager, Ivybridge Lane Practice (K83061)\n${NHSMAIL_FOOTER}`,
      html: outlookHtml(`${msoParas('Hi,\n\nCould you add the following for one of our HCAs please?\n')}\n${msoTable(rows)}\n${msoParas('\nSiobhán Ní Dhomhnaill\nPractice Manager, Ivybridge Lane Practice (K83061)')}\n${NHSMAIL_FOOTER_HTML}`),
      expected: {
        kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'K83061', type: 'gp_practice' },
        fields: { user: { name: 'Wei-Ling Chen', email: 'weiling.chen@nhs.net', username: 'WCHEN22' }, permissions: ['Prior Notification List', 'Call/Recall reports'], signatory: sig('Siobhán Ní Dhomhnaill', 'siobhan.nidhomhnaill@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['html_table', 'poor_plain_text', 'surname_first', 'non_ascii_name', 'practice_manager_requester'],
      },
    });
  }

  // 010 — Open Exeter's own notification, HTML-only system table
  {
    const rows: [string, string][] = [
      ['Organisation Code', 'J82131'], ['Organisation Name', 'HARBOURSIDE MEDICAL PRACTICE'], ['User ID', 'JDASIL01'], ['Surname', 'DA SILVA FERREIRA'], ['Forename', 'JOÃO'],
      ['Email Address', 'joao.dasilvaferreira@nhs.net'], ['Job Role', 'Practice Nurse'], ['Created By', 'FMCALL01 - MCALLISTER-BROWN, FIONA'], ['Date Created', '24/11/2026 10:14'],
    ];
    specs.push({
      file: '010-new-user-system-notification-table',
      hdr: { client: 'system', domain: 'nhs.net', from: addr('Open Exeter', 'openexeter.notifications@nhs.net'), to: TO, subject: 'Open Exeter: New user created - J82131 - authorisation required', date: '2026-11-24T10:14:36Z' },
      html: `<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:12px">
<p>The following user account has been created by a Primary User and requires authorisation by PCSE.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
${rows.map(([a, b]) => `<tr><td style="background:#E8EEF4;font-weight:bold;width:160px">${esc(a)}</td><td>${esc(b)}</td></tr>`).join('\n')}
</table>
<p style="color:#888888;font-size:10px">This is an automatically generated message from Open Exeter. Please do not reply.</p>
</body></html>
`,
      expected: {
        kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'J82131', type: 'gp_practice' },
        fields: { user: { name: 'João Da Silva Ferreira', email: 'joao.dasilvaferreira@nhs.net', username: 'JDASIL01' }, createdBy: who('Fiona McAllister-Brown', null) },
        mustRaise: [], traits: ['system_notification', 'html_only', 'surname_first', 'block_capitals', 'non_ascii_name', 'double_barrelled'],
      },
    });
  }

  // 011 — the primary user forwards the notification herself
  specs.push({
    file: '011-new-user-notification-forwarded-by-creator',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('ADEBAYO-LAWAL, Kemi (BROADWATER SURGERY)', 'kemi.adebayo-lawal@nhs.net'), to: TO, subject: 'FW: Open Exeter: New user created - E82090 - authorisation required', date: '2026-11-25T09:05:12Z' },
    text: `Hi, I've just added our new HCA on Open Exeter - could you authorise her please so she can start on Monday? Notification below.

Thanks
Kemi
Primary User, Broadwater Surgery

-----Original Message-----
From: Open Exeter <openexeter.notifications@nhs.net>
Sent: 25 November 2026 08:58
To: PCSE Open Exeter <pcse.openexeter@nhs.net>
Subject: Open Exeter: New user created - E82090 - authorisation required

The following user account has been created by a Primary User and requires authorisation by PCSE.

Organisation Code : E82090
Organisation Name : BROADWATER SURGERY
User ID           : TNGUYE07
Surname           : NGUYỄN
Forename          : THỊ HOA
Email Address     : hoa.nguyen7@nhs.net
Job Role          : Health Care Assistant
Created By        : KADEBA01 - ADEBAYO-LAWAL, KEMI
Date Created      : 25/11/2026 08:58
${NHSMAIL_FOOTER}`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'E82090', type: 'gp_practice' },
      fields: { user: { name: 'Thị Hoa Nguyễn', email: 'hoa.nguyen7@nhs.net', username: 'TNGUYE07' }, createdBy: who('Kemi Adebayo-Lawal', 'kemi.adebayo-lawal@nhs.net') },
      mustRaise: [], traits: ['forwarded_notification', 'creator_forwards', 'surname_first', 'block_capitals', 'non_ascii_name'],
    },
  });

  // 012 — a question about who may sign
  specs.push({
    file: '012-question-no-caldicott-guardian',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Bronwen Ellis-Kaur', 'bronwen.ellis-kaur@nhs.net'), to: TO, subject: 'Who can sign the primary user form?', date: '2026-11-26T14:22:08Z' },
    text: `Hello,

Our Caldicott Guardian retired last month and we haven't appointed a new one yet. Can our practice manager sign the Open Exeter primary user form instead, or does it have to wait?

Thanks,
Bronwen
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question'] },
  });

  // 013 — a chaser with the reference in the subject
  specs.push({
    file: '013-chaser-reference-in-subject',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('OKORO, Patience (MILLBROOK VALLEY PRACTICE)', 'patience.okoro@nhs.net'), to: TO, subject: 'Chasing PCSE-2026-004990 - Open Exeter form for Millbrook Valley', date: '2026-11-27T11:33:45Z' },
    text: `Hello, just checking whether you have had a chance to look at our form yet? Agnieszka is asking.

Pat
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'caseref_in_subject'] },
  });

  // 014 — an out-of-office reply to PCSE's acknowledgement
  specs.push({
    file: '014-auto-reply-on-leave',
    hdr: { client: 'nhsmail', domain: 'nhs.net', from: addr('Hilary Vance-Oduya', 'hilary.vance-oduya@nhs.net'), to: TO, subject: 'Automatic reply: PCSE-2026-005061 Open Exeter request received', date: '2026-11-27T16:40:00Z',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']] },
    text: `I am out of the office until Wednesday 2 December. For urgent Open Exeter matters please contact Joséphine Laurent.

Hilary
`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'caseref_in_subject'] },
  });

  return specs.map((s) => compose('openexeter', s));
}
