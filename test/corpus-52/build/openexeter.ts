// openexeter emails of corpus-52 (writer AV).
import { NHS_DISCLAIMER, exp, gmailQuote, outlookQuote, pcseAsk, type MailSpec } from './lib.js';
import { acroForm, flatForm, scanForm, type FormSpec } from './pdfs.js';

const M = 'openexeter' as const;
const OE = 'PCSE Open Exeter <pcse.openexeter@nhs.net>';
const GP_CAPS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OTHER_CAPS = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'];

function oeGp(v: { practice: string; code: string; address: string; nominee: string; job: string; email: string; phone: string; sig: string; sigEmail: string; cap: string; date: string }, signed: string | null): FormSpec {
  return {
    title: 'Open Exeter: Primary User request (GP practices)',
    intro: 'Must be signed at the bottom of page 1 by an authorised signatory.',
    sections: [
      { heading: 'Section 1  Practice', rows: [['Practice name', v.practice], ['Practice code', v.code], ['Address', v.address]] },
      { heading: 'Section 2  Primary User', rows: [['Name', v.nominee], ['Job title', v.job], ['NHSmail address', v.email], ['Telephone', v.phone]] },
      { heading: 'Section 3  Authorised signatory', rows: [['Name of signatory', v.sig], ['Signatory email', v.sigEmail], ['Date', v.date]] },
    ],
    ticks: { heading: 'Capacity of signatory (tick one)', options: GP_CAPS.map((c) => [c, c === v.cap] as [string, boolean]) },
    signature: signed,
    footer: 'Email the completed form to pcse.openexeter@nhs.net',
  };
}

export async function openexeter(): Promise<MailSpec[]> {
  const out: MailSpec[] = [];

  // 001: the first form was unsigned; the signed one is scanned and sent in reply.
  const scan1 = await scanForm('o001', oeGp({ practice: 'Hawthorn Medical Practice', code: 'K81042', address: '5 Hawthorn Lane, Reading RG1 4DP', nominee: 'Lorraine Beckett', job: 'Practice Manager', email: 'lorraine.beckett@nhs.net', phone: '0118 555 2040', sig: 'Dr Ashok Pillai', sigEmail: 'ashok.pillai@nhs.net', cap: 'GP Partner', date: '10/11/2026' }, 'A Pillai'), { skewDeg: -1.4 });
  out.push({
    mailbox: M, slug: '001-primary-user-signed-scan-reply', style: 'outlook', date: '2026-11-10T14:20:00Z',
    from: { name: 'Lorraine Beckett', email: 'lorraine.beckett@nhs.net' },
    subject: 'RE: Open Exeter primary user - Hawthorn Medical Practice [PCSE-2026-004150]',
    attachments: [{ filename: 'Scanned from a Xerox Multifunction Printer.pdf', data: scan1 }],
    text: `Hi,

Apologies, I'd sent the unsigned copy. Dr Pillai has now signed it - scan attached.

Kind regards
Lorraine Beckett
Practice Manager
Hawthorn Medical Practice

${outlookQuote({ from: OE, sent: '09 November 2026 11:03', to: 'Lorraine Beckett <lorraine.beckett@nhs.net>', subject: 'RE: Open Exeter primary user - Hawthorn Medical Practice [PCSE-2026-004150]', body: pcseAsk(M, 'Dear Lorraine', 'The form you sent has not been signed. We need a signed form: it must be signed by an authorised signatory at the bottom of page 1, otherwise we are unable to process the request.', 'PCSE-2026-004150') })}`,
    expected: exp('open_exeter_primary_user_request', { odsCode: 'K81042', type: 'gp_practice' }, {
      organisationKind: 'gp_practice',
      nominee: { name: 'Lorraine Beckett', email: 'lorraine.beckett@nhs.net' },
      signatory: { name: 'Ashok Pillai', email: 'ashok.pillai@nhs.net', role: 'gp_partner' },
    }, [], ['reply_to_pcse_request', 'pdf_scan', 'form_forwarded_again', 'outlook_quote']),
  });

  // 002: PCSE said the GP form was used; the dental practice returns the other-organisations form (fillable).
  const acro2 = await acroForm({
    title: 'Open Exeter: Primary User request (other organisations)',
    intro: 'Must be signed at the bottom of page 1 by an authorised signatory.',
    sections: [
      { heading: 'Organisation', rows: [['Organisation name', 'Greenacre Dental Practice'], ['Organisation code', 'V061537'], ['Address', '31 Greenacre Road, Hull HU5 2RE']] },
      { heading: 'Primary User', rows: [['Name', 'Zofia Lewandowska'], ['Job title', 'Practice Administrator'], ['Email', 'zofia.lewandowska@nhs.net']] },
      { heading: 'Authorised signatory', rows: [['Name', 'Mr David Oduya'], ['Email', 'david.oduya@nhs.net'], ['Date', '11/11/2026']] },
    ],
    ticks: { heading: 'Capacity', options: OTHER_CAPS.map((c) => [c, c === 'Caldicott Guardian'] as [string, boolean]) },
    signature: 'D. Oduya',
  }, (l, i) => `f1_${String(i + 1).padStart(2, '0')}`);
  out.push({
    mailbox: M, slug: '002-primary-user-other-form-resent', style: 'gmail', date: '2026-11-11T15:05:00Z',
    from: { name: 'Zofia Lewandowska', email: 'zofia.lewandowska@nhs.net' },
    subject: 'Re: Open Exeter Primary User - Greenacre Dental [PCSE-2026-004190]',
    attachments: [{ filename: 'OE_primary_user_other_orgs_Greenacre.pdf', data: acro2 }],
    text: `Hello, please find the correct form attached, signed by David Oduya, our Caldicott Guardian.

Zofia Lewandowska
Greenacre Dental Practice

${gmailQuote('Wed, 11 Nov 2026 at 10:12', 'PCSE Open Exeter <pcse.openexeter@nhs.net>', pcseAsk(M, 'Dear Zofia', 'You have used the form for GP practices. As a dental practice please complete the Primary User form for other organisations, signed by your Caldicott Guardian, a member of the Board of Directors or an existing Primary User.', 'PCSE-2026-004190'))}`,
    expected: exp('open_exeter_primary_user_request', { odsCode: 'V061537', type: 'dental_practice' }, {
      organisationKind: 'other',
      nominee: { name: 'Zofia Lewandowska', email: 'zofia.lewandowska@nhs.net' },
      signatory: { name: 'David Oduya', email: 'david.oduya@nhs.net', role: 'caldicott_guardian' },
    }, [], ['reply_to_pcse_request', 'pdf_acroform', 'opaque_field_names', 'non_ascii_name', 'gmail_quote']),
  });

  // 003: fresh form signed by the practice manager (flat text PDF).
  const flat3 = await flatForm(oeGp({ practice: 'Linden Tree Surgery', code: 'L81620', address: '2 Linden Avenue, Bristol BS6 7HU', nominee: 'Gemma Tallis', job: 'Senior Receptionist', email: 'gemma.tallis@nhs.net', phone: '0117 555 9012', sig: 'Carol Whitaker', sigEmail: 'carol.whitaker@nhs.net', cap: '', date: '12/11/2026' }, 'C Whitaker'));
  out.push({
    mailbox: M, slug: '003-primary-user-signed-by-pm-fresh', style: 'plain', date: '2026-11-12T09:30:00Z',
    from: { name: 'Carol Whitaker', email: 'carol.whitaker@nhs.net' },
    subject: 'Open Exeter form',
    attachments: [{ filename: 'Open Exeter Primary User - Gemma.pdf', data: flat3 }],
    text: `Hi,

Please find attached our Open Exeter Primary User form for Gemma Tallis, which I have signed as Practice Manager.

Carol Whitaker
Practice Manager
Linden Tree Surgery
`,
    expected: exp('open_exeter_primary_user_request', { odsCode: 'L81620', type: 'gp_practice' }, {
      organisationKind: 'gp_practice',
      nominee: { name: 'Gemma Tallis', email: 'gemma.tallis@nhs.net' },
      signatory: { name: 'Carol Whitaker', email: 'carol.whitaker@nhs.net', role: 'other' },
    }, ['signatory_role_not_allowed'], ['fresh_request', 'pdf_flat', 'no_capacity_ticked']),
  });

  // 004: the nominee's address on the form was wrong; the sender corrects it and attaches the form again.
  const flat4 = await flatForm(oeGp({ practice: 'Saltmarsh Family Practice', code: 'D81093', address: 'Coast Road, Wells-next-the-Sea NR23 1DR', nominee: 'Bartholomew Ngata', job: 'Office Manager', email: 'bart.ngata@nhs.net', phone: '01328 555 301', sig: 'Dr Eleanor Vance', sigEmail: 'eleanor.vance@nhs.net', cap: 'Lead GP', date: '13/11/2026' }, 'E. Vance'), true);
  out.push({
    mailbox: M, slug: '004-primary-user-email-corrected-form-again', style: 'outlook', date: '2026-11-13T16:40:00Z',
    from: { name: 'Eleanor Vance', email: 'eleanor.vance@nhs.net' },
    subject: 'RE: Open Exeter Primary User request - Saltmarsh Family Practice D81093',
    attachments: [{ filename: 'OE Primary User Saltmarsh.pdf', data: flat4 }],
    text: `Dear PCSE,

Sorry, the email address on the form I sent earlier is wrong. Bartholomew's address is bartholomew.ngata@nhs.net, not bart.ngata@nhs.net as written on the form. The form is attached again; everything else on it is correct.

Dr Eleanor Vance
Lead GP
Saltmarsh Family Practice

${outlookQuote({ from: 'Eleanor Vance <eleanor.vance@nhs.net>', sent: '13 November 2026 15:12', to: OE, subject: 'Open Exeter Primary User request - Saltmarsh Family Practice D81093', body: 'Please find attached our signed Primary User form.\n\nDr Eleanor Vance' })}`,
    expected: exp('open_exeter_primary_user_request', { odsCode: 'D81093', type: 'gp_practice' }, {
      organisationKind: 'gp_practice',
      nominee: { name: 'Bartholomew Ngata', email: 'bartholomew.ngata@nhs.net' },
      signatory: { name: 'Eleanor Vance', email: 'eleanor.vance@nhs.net', role: 'lead_gp' },
    }, [], ['correction_of_own_email', 'corrected_value', 'body_overrides_pdf', 'pdf_flat', 'form_forwarded_again']),
  });

  // 005: a practice manager forwards a partner's internal email with a scanned form whose signature box is empty.
  const scan5 = await scanForm('o005', oeGp({ practice: 'Brambleside Health Centre', code: 'F85027', address: '60 Bramble Way, Enfield EN2 6QQ', nominee: 'Nasrin Akhtar', job: 'Deputy Practice Manager', email: 'nasrin.akhtar@nhs.net', phone: '020 7946 0522', sig: 'Dr Malcolm Achebe', sigEmail: 'malcolm.achebe@nhs.net', cap: 'Lead GP', date: '' }, null), { skewDeg: 0.8, capitals: true });
  out.push({
    mailbox: M, slug: '005-primary-user-scan-unsigned', style: 'outlook', date: '2026-11-16T11:00:00Z',
    from: { name: 'Nasrin Akhtar', email: 'nasrin.akhtar@nhs.net' },
    subject: 'FW: OE form',
    attachments: [{ filename: 'OE form Brambleside.pdf', data: scan5 }],
    text: `Hello,

Please see below and attached - Open Exeter Primary User request for me at Brambleside Health Centre.

Thanks
Nasrin Akhtar
Deputy Practice Manager

${outlookQuote({ from: 'Dr Malcolm Achebe <malcolm.achebe@nhs.net>', sent: '16 November 2026 08:12', to: 'Nasrin Akhtar <nasrin.akhtar@nhs.net>', subject: 'OE form', body: 'Nasrin - form filled in, scanned it for you. Can you send it to PCSE? M' })}`,
    expected: exp('open_exeter_primary_user_request', { odsCode: 'F85027', type: 'gp_practice' }, {
      organisationKind: 'gp_practice',
      nominee: { name: 'Nasrin Akhtar', email: 'nasrin.akhtar@nhs.net' },
      signatory: { name: 'Malcolm Achebe', email: 'malcolm.achebe@nhs.net', role: 'lead_gp' },
    }, ['missing_signature'], ['pdf_scan', 'forward_internal_thread', 'unsigned_scan', 'block_capitals', 'gp_code_starting_with_f']),
  });

  // 006: PCSE said the request must come from an NHS address; a GP partner confirms the earlier Gmail request.
  out.push({
    mailbox: M, slug: '006-permissions-confirmed-from-nhs', style: 'outlook', date: '2026-11-17T12:30:00Z',
    from: { name: 'Dr Chidi Okonkwo', email: 'chidi.okonkwo@nhs.net' },
    subject: 'RE: Open Exeter permissions for Chloe Patel [PCSE-2026-004310]',
    text: `Dear PCSE,

I am a GP Partner at Ridgeway Surgery (H82051) and confirm the request below from our practice manager: please add the Prior Notification List and Screening History Enquiry permissions to Chloe Patel's Open Exeter account (user ID CPATEL01, chloe.patel12@nhs.net).

Regards
Dr Chidi Okonkwo
GP Partner

${outlookQuote({ from: OE, sent: '17 November 2026 09:00', to: 'Sue Dalton <sue.dalton.rs@gmail.com>', subject: 'RE: Open Exeter permissions for Chloe Patel [PCSE-2026-004310]', body: pcseAsk(M, 'Dear Sue', 'Requests for additional Open Exeter permissions must come from an NHS email address and from a Lead GP, GP Partner, Caldicott Guardian or member of the Board of Directors.', 'PCSE-2026-004310') })}
${outlookQuote({ from: 'Sue Dalton <sue.dalton.rs@gmail.com>', sent: '16 November 2026 19:41', to: OE, subject: 'Open Exeter permissions for Chloe Patel', body: 'Hi, can Chloe Patel (CPATEL01) have PNL and screening history access added please? Sue Dalton, PM Ridgeway Surgery' })}`,
    expected: exp('open_exeter_additional_permissions', { odsCode: 'H82051', type: 'gp_practice' }, {
      user: { name: 'Chloe Patel', email: 'chloe.patel12@nhs.net', username: 'CPATEL01' },
      permissions: ['Prior Notification List', 'Screening History Enquiry'],
      signatory: { name: 'Chidi Okonkwo', email: 'chidi.okonkwo@nhs.net', role: 'gp_partner' },
    }, [], ['reply_to_pcse_request', 'sender_differs_from_quoted', 'quoted_non_nhs_sender', 'outlook_quote']),
  });

  // 007: fresh permissions request from a Caldicott Guardian.
  out.push({
    mailbox: M, slug: '007-permissions-caldicott-fresh', style: 'outlook', date: '2026-11-18T10:10:00Z',
    from: { name: 'Dr Anneliese Kühn', email: 'anneliese.kuhn@nhs.net' },
    subject: 'Additional Open Exeter permissions - Tollgate Practice G81055',
    text: `Dear Open Exeter team,

As Caldicott Guardian for Tollgate Practice (G81055), I authorise the following additional permission for an existing user:

User: Marcus Oyelowo
User ID: MOYELOWO
Email: marcus.oyelowo@nhs.net
Permission required: Cervical Screening Call/Recall - Result Entry

Kind regards

Dr Anneliese Kühn
Caldicott Guardian | GP
Tollgate Practice, 8 Tollgate Road, Colchester CO3 8AB

Practice team: Dr A Kühn (Caldicott Guardian) | Dr S Okafor (Lead GP) | Jenny Marsh (Practice Manager, jenny.marsh3@nhs.net)

${NHS_DISCLAIMER}`,
    expected: exp('open_exeter_additional_permissions', { odsCode: 'G81055', type: 'gp_practice' }, {
      user: { name: 'Marcus Oyelowo', email: 'marcus.oyelowo@nhs.net', username: 'MOYELOWO' },
      permissions: ['Cervical Screening Call/Recall - Result Entry'],
      signatory: { name: 'Anneliese Kühn', email: 'anneliese.kuhn@nhs.net', role: 'caldicott_guardian' },
    }, [], ['fresh_request', 'non_ascii_name', 'multi_person_signature', 'long_disclaimer']),
  });

  // 008: PCSE asked which permissions; the practice manager answers (Gmail quoting) and may not request them.
  out.push({
    mailbox: M, slug: '008-permissions-pm-answer', style: 'gmail', date: '2026-11-19T11:45:00Z',
    from: { name: 'Lucy Hargreaves', email: 'lucy.hargreaves@nhs.net' },
    subject: 'Re: Open Exeter - extra access for Ben Ashworth [PCSE-2026-004350]',
    text: `Hi, it's the Prior Notification List he needs.

Lucy Hargreaves
Practice Manager, Moorside Medical Practice

${gmailQuote('Thu, 19 Nov 2026 at 10:20', 'PCSE Open Exeter <pcse.openexeter@nhs.net>', `${pcseAsk(M, 'Dear Lucy', 'Please tell us which permissions are needed.', 'PCSE-2026-004350')}
${gmailQuote('Wed, 18 Nov 2026 at 15:00', 'Lucy Hargreaves <lucy.hargreaves@nhs.net>', `Hello, please can Ben Ashworth (user ID BASHWORTH2, ben.ashworth@nhs.net) at Moorside Medical Practice, N82117, have more access on Open Exeter?
Lucy Hargreaves, Practice Manager`)}`)}`,
    expected: exp('open_exeter_additional_permissions', { odsCode: 'N82117', type: 'gp_practice' }, {
      user: { name: 'Ben Ashworth', email: 'ben.ashworth@nhs.net', username: 'BASHWORTH2' },
      permissions: ['Prior Notification List'],
      signatory: { name: 'Lucy Hargreaves', email: 'lucy.hargreaves@nhs.net', role: 'other' },
    }, ['signatory_role_not_allowed'], ['reply_to_pcse_request', 'answer_needs_quote', 'gmail_quote', 'nested_quote']),
  });

  // 009: a primary user forwards Open Exeter's new-user notification.
  out.push({
    mailbox: M, slug: '009-new-user-notification-forwarded', style: 'outlook', date: '2026-11-20T09:05:00Z',
    from: { name: 'Lorraine Beckett', email: 'lorraine.beckett@nhs.net' },
    subject: 'FW: Open Exeter - new user created',
    text: `Hi,

I have set up Kieran in Open Exeter (notification below). Please can you authorise him.

Thanks
Lorraine

${outlookQuote({ from: 'Open Exeter <noreply.openexeter@nhs.net>', sent: '20 November 2026 08:58', to: 'Lorraine Beckett <lorraine.beckett@nhs.net>', subject: 'Open Exeter - new user created', body: `A new user has been created on Open Exeter and is awaiting authorisation by PCSE.

Organisation: K81042 HAWTHORN MEDICAL PRACTICE
User ID: KDOHERTY
User name: DOHERTY, KIERAN
User email: kieran.doherty@nhs.net
Created by: BECKETT, LORRAINE (Primary User)

This is an automated message. Please do not reply.` })}`,
    expected: exp('open_exeter_new_user_authorisation', { odsCode: 'K81042', type: 'gp_practice' }, {
      user: { name: 'Kieran Doherty', email: 'kieran.doherty@nhs.net', username: 'KDOHERTY' },
      createdBy: { name: 'Lorraine Beckett', email: 'lorraine.beckett@nhs.net' },
    }, [], ['forwarded_notification', 'surname_first_names', 'outlook_quote', 'creator_is_sender']),
  });

  // 010: the notification arriving directly.
  out.push({
    mailbox: M, slug: '010-new-user-notification-direct', style: 'plain', date: '2026-11-20T14:47:00Z',
    from: { name: 'Open Exeter', email: 'noreply.openexeter@nhs.net' },
    subject: 'Open Exeter - new user awaiting authorisation (TPD18)',
    text: `A new user has been created on Open Exeter and is awaiting authorisation by PCSE.

Organisation: TPD18 VISIONCARE OPTOMETRISTS
User ID: ASZABO
User name: SZABÓ, ANNA
User email: anna.szabo@nhs.net
Created by: MENSAH, KWABENA (Primary User)

This is an automated message. Please do not reply.
`,
    expected: exp('open_exeter_new_user_authorisation', { odsCode: 'TPD18', type: 'ophthalmic_practice' }, {
      user: { name: 'Anna Szabó', email: 'anna.szabo@nhs.net', username: 'ASZABO' },
      createdBy: { name: 'Kwabena Mensah', email: null },
    }, [], ['fresh_request', 'system_notification', 'surname_first_names', 'non_ascii_name']),
  });

  // 011: chaser with the reference in the subject only.
  out.push({
    mailbox: M, slug: '011-chaser-ref-in-subject', style: 'outlook', date: '2026-11-24T10:30:00Z',
    from: { name: 'Zofia Lewandowska', email: 'zofia.lewandowska@nhs.net' },
    subject: 'RE: Open Exeter Primary User - Greenacre Dental [PCSE-2026-004190]',
    text: `Good morning,

Could you let me know when this will be done? We have a screening audit next week.

Zofia

${outlookQuote({ from: 'Zofia Lewandowska <zofia.lewandowska@nhs.net>', sent: '11 November 2026 15:05', to: OE, subject: 'Re: Open Exeter Primary User - Greenacre Dental', body: 'Hello, please find the correct form attached, signed by David Oduya, our Caldicott Guardian.' })}`,
    expected: exp('unclassified', null, {}, [], ['chaser', 'case_reference', 'outlook_quote']),
  });

  // 012: out-of-office.
  out.push({
    mailbox: M, slug: '012-auto-reply', style: 'plain', date: '2026-11-24T11:02:00Z',
    from: { name: 'Eleanor Vance', email: 'eleanor.vance@nhs.net' },
    subject: 'Automatic reply: Open Exeter Primary User request - Saltmarsh Family Practice D81093',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `I am out of the practice until 30 November. For Open Exeter matters please contact our office manager, Bartholomew Ngata.

Dr Eleanor Vance
`,
    expected: exp('unclassified', null, {}, [], ['auto_reply'], 'auto_reply'),
  });

  // 013: a question in reply to PCSE's confirmation.
  out.push({
    mailbox: M, slug: '013-question-second-primary-user', style: 'gmail', date: '2026-11-25T13:20:00Z',
    from: { name: 'Lorraine Beckett', email: 'lorraine.beckett@nhs.net' },
    subject: 'Re: Open Exeter primary user - Hawthorn Medical Practice [PCSE-2026-004150]',
    text: `Thank you. Your page says two primary users are recommended - does the second one need a whole new form signed by a partner, or can I add them myself now that I'm a primary user?

Lorraine

${gmailQuote('Wed, 25 Nov 2026 at 09:10', 'PCSE Open Exeter <pcse.openexeter@nhs.net>', 'Dear Lorraine\n\nYou have been set up as Primary User for K81042.\n\nPCSE Open Exeter Team')}`,
    expected: exp('unclassified', null, {}, [], ['question', 'case_reference', 'gmail_quote']),
  });

  return out;
}
